"""Archival packages (AIP) and intake packages (SIP) in an object store.

One AIP per document, under ``aip/<receipt code>/<document id>/``::

    pages/page-001.jpg ...   the page images as scanned
    document.pdf             the searchable PDF, signed by the person who digitised it
    ocr.json                 words, boxes and confidences of every page
    manifest.json            metadata, sha256 of every file, retention, events (written last)

An intake package keeps every input file as received, under ``intake/<sha256>/``, before any
processing, so nothing is lost whatever happens next.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import archive.keys as keys
from archive.changes import note_change
from archive.errors import ArchiveError, ObjectMissingError, ObjectUnreadableError
from archive.records import MANIFEST_SCHEMA, Manifest, Tombstone, Version
from archive.store import ObjectStore, get_json, put_json, put_pointer

__all__ = [
    "MANIFEST_SCHEMA",
    "ArchivedDocument",
    "FixityProblem",
    "FixityReport",
    "aip_prefix",
    "archive_document",
    "check_fixity",
    "due_day_pointers",
    "due_manifest_keys",
    "due_manifests",
    "find_archived",
    "find_document_or_tombstone",
    "index_retention_ends",
    "iter_manifests",
    "load_manifest",
    "note_retention_end",
    "record_intake",
    "retention_days_ready",
    "upgrade_retention_pointers",
]

RETENTION_ENDS = keys.RETENTION_ENDS
_FIRST_YEAR = 1900
"""The earliest year a retention end is looked for (decades-old backlog included)."""
_MEDIA = {".jpg": "image/jpeg", ".png": "image/png", ".pdf": "application/pdf",
          ".json": "application/json", ".tif": "image/tiff", ".xml": "application/xml"}


def _media_type(name: str) -> str:
    dot = name.rfind(".")
    return _MEDIA.get(name[dot:].lower(), "application/octet-stream") if dot >= 0 else (
        "application/octet-stream")


def aip_prefix(receipt_code: str, document_id: str) -> str:
    """Return the key prefix of a document's archival package."""
    return keys.aip(receipt_code, document_id)


@dataclass(frozen=True, slots=True)
class ArchivedDocument:
    """Where a document was archived."""

    document_id: str
    receipt_code: str
    prefix: str
    manifest: Manifest
    location: str
    """Where a person finds the package (a folder path or a URL)."""
    already_archived: bool = False
    manifest_sha256: str = ""
    """The sha256 of ``manifest.json`` as written (empty when it was archived before)."""


def record_intake(
    store: ObjectStore, data: bytes, *, filename: str, received_at: datetime,
    details: Mapping[str, Any] | None = None,
) -> str:
    """Keep an input file as received; return its sha256. Safe to call again."""
    digest = hashlib.sha256(data).hexdigest()
    prefix = keys.intake_original(digest)
    safe_name = "".join(c if c.isalnum() or c in "._-" else "_" for c in filename) or "input"
    if not store.exists(prefix + "receipt.json"):
        store.put(keys.intake_original(digest, safe_name), data)
        receipt = {"sha256": digest, "filename": filename, "size": len(data),
                   "received_at": received_at.isoformat(), **(details or {})}
        put_json(store, prefix + "receipt.json", receipt)
    return digest


def archive_document(
    store: ObjectStore,
    *,
    receipt_code: str,
    document_id: str,
    files: Mapping[str, bytes],
    metadata: Mapping[str, Any],
    retain_until: date | None,
    permanent: bool,
) -> ArchivedDocument:
    """Write a document's package: its files, then ``manifest.json`` listing their sha256.

    If the manifest is already there, the document was archived before (the id is derived from
    the page contents), and nothing is written again.
    """
    prefix = aip_prefix(receipt_code, document_id)
    if (existing := find_archived(store, receipt_code, document_id)) is not None:
        return existing
    note_change(store, receipt_code)  # the digitisation report reads the dossier again
    listing: dict[str, dict[str, Any]] = {}
    for name, data in files.items():
        store.put(prefix + name, data, retain_until=retain_until, permanent=permanent)
        listing[name] = {
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
            "media_type": _media_type(name),
        }
    manifest = Manifest.model_validate({
        "schema": MANIFEST_SCHEMA,
        "document_id": document_id,
        "receipt_code": receipt_code,
        **metadata,
        "files": listing,
    })
    key = keys.manifest(receipt_code, document_id)
    if retain_until is not None and not permanent:
        note_retention_end(store, key, retain_until)
    manifest_bytes = put_json(store, key, manifest, retain_until=retain_until,
                              permanent=permanent)
    return ArchivedDocument(document_id, receipt_code, prefix, manifest, store.locate(prefix),
                            manifest_sha256=hashlib.sha256(manifest_bytes).hexdigest())


def note_retention_end(store: ObjectStore, manifest_key: str, ends: date) -> bool:
    """Point the day a document's retention ends to its manifest (``retention/end-days/
    <YYYY-MM-DD>/<receipt code>/<document id>``): listed in key order, these pointers are the
    due list in its order, oldest first, and a page of it reads only its own manifests. A
    pointer is a hint: the manifest and its lock say when retention really ends (a document
    kept longer has a pointer on each day it was to end; a destroyed one leaves its own)."""
    return put_pointer(store, keys.retention_day(ends.isoformat(), manifest_key),
                       {"manifest": manifest_key})


def retention_days_ready(store: ObjectStore) -> bool:
    """Whether every document's retention end has its day pointer: once the upgrade step
    (``upgrade_retention_pointers``) has run, or in an archive that has no pointer of an
    earlier release (only their year was kept, ``retention/ends/<year>/``), which is then
    marked so."""
    if store.exists(keys.RETENTION_DAYS_READY):
        return True
    if next(iter(store.list(RETENTION_ENDS)), None) is not None:
        return False  # an archive of an earlier release, not upgraded yet
    put_pointer(store, keys.RETENTION_DAYS_READY, {"schema": "sohoa.retention-days/1",
                                                   "written": 0})
    return True


def due_manifests(store: ObjectStore, before: date
                  ) -> Iterator[tuple[str, Manifest]]:
    """(key, manifest) of the documents whose retention may end before ``before``, found by
    their pointers, in key order; the caller checks the real end (it may have been extended),
    and destroyed documents are left out."""
    for key in due_manifest_keys(store, before):
        try:
            yield key, load_manifest(store, key)
        except ObjectMissingError:
            continue  # destroyed since: its pointer stays


def due_manifest_keys(store: ObjectStore, before: date) -> list[str]:
    """The manifests the pointers say may end their retention before ``before``, each once,
    sorted: the day pointers, and in an archive not upgraded yet the year pointers of the
    earlier release too."""
    found = {key for _, key in due_day_pointers(store, before)}
    if not retention_days_ready(store):
        found |= set(_due_year_keys(store, before))
    return sorted(found)


def due_day_pointers(store: ObjectStore, before: date, after: str = ""
                     ) -> Iterator[tuple[str, str]]:
    """(pointer, manifest key) of the day pointers before ``before``, in key order (the due
    order: by day, receipt code, document), from the pointer after ``after`` on; the
    listing stops at the first day not before ``before``."""
    end = before.isoformat()
    start = keys.RETENTION_DAYS + after if after else ""
    for pointer in store.list(keys.RETENTION_DAYS, start_after=start):
        day, key = keys.retention_day_of(pointer)
        if day >= end:
            return
        yield pointer, key


def _due_year_keys(store: ObjectStore, before: date) -> Iterator[str]:
    """The manifests the earlier release's year pointers name up to ``before``'s year."""
    years = range(_FIRST_YEAR, before.year + 1)
    prefixes = [f"{RETENTION_ENDS}{y:04d}/" for y in years] if len(years) <= 300 else [
        RETENTION_ENDS]  # centuries ahead: one listing of every pointer costs less
    for prefix in prefixes:
        for pointer in store.list(prefix):
            if int(pointer.split("/", 3)[2]) <= before.year:
                yield keys.manifest_of_retention_end(pointer)


def index_retention_ends(store: ObjectStore) -> int:
    """Write the retention-end pointers of documents archived before pointers were kept
    (every manifest is read); return how many were written."""
    count = 0
    for key in store.list(keys.AIP):
        if not key.endswith("/manifest.json"):
            continue
        info = store.info(key)
        until = load_manifest(store, key).retention.retain_until
        ends = [d for d in (info.retain_until, date.fromisoformat(until) if until else None)
                if d is not None]
        if not info.permanent:
            count += sum(note_retention_end(store, key, end) for end in ends)
    return count


def upgrade_retention_pointers(store: ObjectStore, *, whole: bool = False) -> int:
    """Once per archive: write the day pointers of the documents archived by an earlier
    release (every manifest is read, as ``sohoa reconcile`` does after an upgrade), then
    mark the archive so (until then the due list reads the earlier year pointers as well,
    whole); return how many pointers were written. With ``whole``, also in an archive
    already marked: one whose records are older than any pointer (no year pointer to tell
    it from a new archive) gets its pointers at its first reconcile."""
    if store.exists(keys.RETENTION_DAYS_READY) and not whole:
        return 0
    written = index_retention_ends(store)
    put_pointer(store, keys.RETENTION_DAYS_READY, {"schema": "sohoa.retention-days/1",
                                                   "written": written})
    return written


def find_archived(
    store: ObjectStore, receipt_code: str, document_id: str
) -> ArchivedDocument | None:
    """Return the document's package if it was archived before, else None."""
    prefix = aip_prefix(receipt_code, document_id)
    if not store.exists(prefix + "manifest.json"):
        return None
    manifest = load_manifest(store, prefix + "manifest.json")
    return ArchivedDocument(document_id, receipt_code, prefix, manifest, store.locate(prefix),
                            already_archived=True)


def find_document_or_tombstone(
    store: ObjectStore, receipt_code: str, document_id: str
) -> ArchivedDocument | Tombstone | None:
    """The document's package if it is archived, else the tombstone it left if it was
    destroyed, else None (what a public verification looks up, and nothing more)."""
    found = find_archived(store, receipt_code, document_id)
    if found is not None:
        return found
    key = keys.tombstone(receipt_code, document_id)
    return get_json(store, key, Tombstone) if store.exists(key) else None


def load_manifest(store: ObjectStore, key: str) -> Manifest:
    """Read and check one manifest (any schema this version reads)."""
    return get_json(store, key, Manifest)


def iter_manifests(store: ObjectStore, receipt_code: str = ""
                   ) -> Iterator[tuple[str, Manifest]]:
    """Yield (key, manifest) for every archived document (of one dossier, if given)."""
    for key in store.list(keys.aip(receipt_code)):
        if key.endswith("/manifest.json"):
            yield key, load_manifest(store, key)


@dataclass(frozen=True, slots=True)
class FixityProblem:
    """One file that is missing or does not match its recorded sha256."""

    key: str
    problem: str
    """"missing", "altered" or "unreadable" (the store keeps it but cannot read it back
    whole)."""
    document_id: str | None
    receipt_code: str | None
    expected_sha256: str
    actual_sha256: str | None


@dataclass(frozen=True, slots=True)
class FixityReport:
    """Result of checking every object against the sha256 recorded for it."""

    checked_objects: int
    checked_documents: int
    problems: tuple[FixityProblem, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        """True when nothing is missing or altered."""
        return not self.problems


def check_fixity(store: ObjectStore) -> FixityReport:
    """Recompute the sha256 of every object; compare with its write record and its manifest
    (a later version of a file: with its version record).

    A file listed in a manifest but absent from the store is reported missing, as is an object
    whose write record survives without it.
    """
    problems: list[FixityProblem] = []
    expected: dict[str, tuple[str | None, str | None, str | None]] = {}
    documents = 0
    for key in store.list(keys.AIP):
        if keys.version_number(key) is not None:  # a later version of a file: its record
            try:
                version = get_json(store, key, Version)
            except ArchiveError:
                continue  # reported below by its write record
            expected[version.key] = (version.sha256, version.document_id,
                                     version.receipt_code)
            continue
        if not key.endswith("/manifest.json"):
            continue
        prefix = key.removesuffix("manifest.json")
        try:
            manifest = load_manifest(store, key)
        except ArchiveError:
            continue  # missing or altered manifest: reported below by its write record
        documents += 1
        for name, entry in manifest.files.items():
            expected[prefix + name] = (entry.sha256, manifest.document_id,
                                       manifest.receipt_code)
    every = sorted(set(store.list()) | set(expected))
    for key in every:
        want, doc_id, code = expected.get(key, (None, None, None))
        if doc_id is None and key.startswith(keys.AIP):
            parts = key.split("/")
            code, doc_id = (parts[1], parts[2]) if len(parts) > 3 else (None, None)
        try:
            recorded = store.info(key).sha256
        except ObjectMissingError:
            recorded = None
        reference = want or recorded or ""
        try:
            actual = hashlib.sha256(store.get(key)).hexdigest()
        except ObjectMissingError:
            problems.append(FixityProblem(key, "missing", doc_id, code, reference, None))
            continue
        except ObjectUnreadableError:
            problems.append(FixityProblem(key, "unreadable", doc_id, code, reference, None))
            continue
        if actual != reference or (recorded and actual != recorded):
            problems.append(FixityProblem(key, "altered", doc_id, code, reference, actual))
    return FixityReport(len(every), documents, tuple(problems))
