"""Indexing from the archive: the archive is the truth, the search index is rebuilt from it.

An archived document's index record is made from its current metadata (its manifest with
its revisions applied: ``archive.revisions``) and its OCR text only, so a document can be
indexed again at any time (by ``sohoa reconcile``, a Celery task, ``sohoa reindex`` or a
correction on the review desk). A document split off another is indexed under its own id
with the text of its pages; one merged into another is taken out of the index. A document
belongs to the citizen whose number it carries (its ``so_cccd`` field) and to the one its
dossier's receipt names (``pipeline.receipts``): both are indexed as ``citizen_ids``.
"""

from __future__ import annotations

import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from archive import MANIFEST_SCHEMA, ObjectStore, get_json, keys, load_manifest
from archive.revisions import DocumentView, dossier_views, page_text
from pipeline.deps import Deps
from pipeline.receipts import citizen_of
from search_api import IndexRecord, SearchIndex

__all__ = ["READERS", "archived_records", "count_documents", "index_dossier",
           "index_from_archive", "record_from_archive", "record_of_view", "reindex",
           "upgrade_index"]


READERS = 8
"""Threads that read the archive during a rebuild (``archived_records``)."""


def record_of_view(deps: Deps, view: DocumentView,
                   citizens: list[str] | None = None) -> IndexRecord:
    """The index record of a document as it is now: the text of its own pages (all of its
    package's when it is the whole package, as archived). ``citizens``: whom its dossier's
    receipt names, when already read (a dossier's documents share it)."""
    prefix = keys.aip(view.receipt_code, view.package)
    if view.whole_package:
        ocr = get_json(deps.store, prefix + "ocr.json")
        text = "\n\n".join(p["text"] for p in ocr["pages"] if p)
    else:
        text = "\n\n".join(t for t in page_text(deps.store, view) if t)
    location = deps.store.locate(prefix)
    if citizens is None:
        citizens = _receipt_citizen(deps, view.receipt_code)
    return IndexRecord.from_manifest(view.manifest.to_json(), text, location, citizens)


def _receipt_citizen(deps: Deps, receipt_code: str) -> list[str]:
    """The citizen the dossier's receipt names, whose document every one of it is."""
    found = citizen_of(deps.store, receipt_code)
    return [found] if found else []


def _revised(deps: Deps, receipt_code: str, document_id: str) -> bool:
    return next(iter(deps.store.list(keys.revisions(receipt_code, document_id))), None) \
        is not None


def record_from_archive(deps: Deps, manifest_key: str) -> IndexRecord:
    """Build the index record of an archived document from its manifest (as revised) and
    OCR text."""
    manifest = load_manifest(deps.store, manifest_key)
    code, doc = manifest.receipt_code, manifest.document_id
    if _revised(deps, code, doc):
        for view in dossier_views(deps.store, code, include_merged=True):
            if view.document_id == doc:
                return record_of_view(deps, view)
    prefix = manifest_key.removesuffix("manifest.json")
    ocr = get_json(deps.store, prefix + "ocr.json")
    text = "\n\n".join(p["text"] for p in ocr["pages"] if p)
    return IndexRecord.from_manifest(manifest.to_json(), text, deps.store.locate(prefix),
                                     _receipt_citizen(deps, code))


def index_dossier(deps: Deps, receipt_code: str) -> list[str]:
    """Index every document of a dossier as it is now and take out those merged into
    another; return the ids indexed."""
    views = dossier_views(deps.store, receipt_code, include_merged=True)
    shown = [v for v in views if v.merged_into is None]
    deps.index.bulk([record_of_view(deps, v) for v in shown])
    gone = [v.document_id for v in views if v.merged_into is not None]
    if gone:
        deps.index.remove(gone)
    return [v.document_id for v in shown]


def index_from_archive(deps: Deps, manifest_key: str) -> str:
    """Index one archived document from its manifest and OCR text (with the rest of its
    dossier, when it was revised); return its id."""
    manifest = load_manifest(deps.store, manifest_key)
    if _revised(deps, manifest.receipt_code, manifest.document_id):
        index_dossier(deps, manifest.receipt_code)
        return manifest.document_id
    record = record_from_archive(deps, manifest_key)
    deps.index.index(record)
    return record.document_id


def count_documents(store: ObjectStore) -> int:
    """How many documents the archive holds, from its listing alone (its manifests' keys;
    nothing is read): the total a rebuild's progress is measured against. A document split
    off another (revisions only, no manifest) is not counted."""
    return sum(1 for key in store.list(keys.aip()) if key.endswith("/manifest.json"))


def _dossier_records(deps: Deps, code: str, listed: list[str]) -> list[IndexRecord]:
    citizens = _receipt_citizen(deps, code)  # read once for the dossier's documents
    if not any(keys.revision_number(key) is not None for key in listed):
        plain = _unrevised_records(deps, code, listed, citizens)
        if plain is not None:
            return plain
    return [record_of_view(deps, v, citizens)
            for v in dossier_views(deps.store, code, listed=listed)]


def _unrevised_records(deps: Deps, code: str, listed: list[str], citizens: list[str]
                       ) -> list[IndexRecord] | None:
    """The records of a dossier none of whose documents was ever revised: each is its
    manifest as archived with its package's whole OCR text, as ``record_of_view`` makes it,
    read from the manifest's JSON without making the whole manifest and its view (which
    cost as much as reading both files). None when a manifest is not of the form the
    index reads (``dossier_views`` then reads the dossier, and says what is wrong)."""
    out: dict[str, IndexRecord] = {}
    for key in listed:
        if not key.endswith("/manifest.json"):
            continue
        manifest = _plain_manifest(get_json(deps.store, key))
        if manifest is None:
            return None
        prefix = keys.aip(code, manifest["document_id"])
        ocr = get_json(deps.store, prefix + "ocr.json")
        text = "\n\n".join(p["text"] for p in ocr["pages"] if p)
        out[manifest["document_id"]] = IndexRecord.from_manifest(
            manifest, text, deps.store.locate(prefix), citizens)
    return list(out.values())


def _plain_manifest(raw: dict[str, Any]) -> dict[str, Any] | None:
    """What ``IndexRecord.from_manifest`` reads of a manifest, with the defaults of
    ``archive.Manifest`` filled in; None when a value it reads is not of its type."""
    dossier, found = raw.get("dossier", {}), raw.get("classification", {})
    if raw.get("schema", MANIFEST_SCHEMA) != MANIFEST_SCHEMA \
            or not isinstance(raw.get("document_id"), str) \
            or not isinstance(raw.get("receipt_code"), str) \
            or not isinstance(dossier, dict) or not isinstance(found, dict):
        return None
    classification = {"doc_type": "khac", "label": "", "title": "", "fields": {}, **found}
    dossier = {"procedure": None, "received_at": "", **dossier}
    if not all(isinstance(classification[k], str) for k in ("doc_type", "label")) \
            or not isinstance(classification["title"], str | None) \
            or not isinstance(classification["fields"], dict) \
            or not isinstance(dossier["procedure"], str | None) \
            or not isinstance(dossier["received_at"], str):
        return None
    return {**raw, "classification": classification, "dossier": dossier}


def archived_records(deps: Deps, readers: int = READERS,
                     listed: Iterable[str] | None = None) -> Iterator[IndexRecord]:
    """The index record of every document of the archive as it is now (``iter_views``'
    order), dossiers read by ``readers`` threads at once: a read from an object store over
    HTTP mostly waits for the network. ``listed``: the keys under ``aip/`` in order, when
    already listed."""
    def dossiers() -> Iterator[tuple[str, list[str]]]:
        code, group = "", []
        for key in deps.store.list(keys.aip()) if listed is None else listed:
            if keys.code_of(key) != code and group:
                yield code, group
                group = []
            code = keys.code_of(key)
            group.append(key)
        if group:
            yield code, group

    with ThreadPoolExecutor(readers, thread_name_prefix="sohoa-reindex") as pool:
        ahead: deque[Future[list[IndexRecord]]] = deque()
        for code, listed in dossiers():
            ahead.append(pool.submit(_dossier_records, deps, code, listed))
            if len(ahead) >= 4 * readers:
                yield from ahead.popleft().result()
        while ahead:
            yield from ahead.popleft().result()


def reindex(deps: Deps, batch_size: int = 2000,
            progress: Callable[[int, int], None] | None = None) -> int:
    """Rebuild the search index from the archive's documents as they are now, beside the
    live one, which keeps answering (and taking live changes, caught up into the new one)
    until the new one is complete and switched in; return how many documents the index
    holds then. ``progress`` is told (indexed, total) after each batch, the total counted
    first from the archive's listing (which is kept in a temporary file and read from it:
    the archive is listed once). A rebuild that fails leaves the live index as it was."""
    built = deps.index.begin_rebuild()  # before the listing: see search_api.rebuild_log
    try:
        with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
            total = 0
            for key in deps.store.list(keys.aip()):
                spool.write(key + "\n")
                total += key.endswith("/manifest.json")
            spool.seek(0)
            _rebuild(deps, built, (line[:-1] for line in spool), total, batch_size, progress)
        deps.index.finish_rebuild(built)
    except BaseException:
        deps.index.abort_rebuild(built)
        raise
    return deps.index.count()


def _rebuild(deps: Deps, built: SearchIndex, listed: Iterable[str], total: int,
             batch_size: int, progress: Callable[[int, int], None] | None) -> None:
    """Index into ``built`` every document of the archive's keys ``listed``."""
    count = 0
    if progress:
        progress(count, total)
    batch: list[IndexRecord] = []
    for record in archived_records(deps, listed=listed):
        batch.append(record)
        if len(batch) >= batch_size:
            built.bulk(batch)
            count += len(batch)
            batch.clear()
            if progress:
                progress(count, max(total, count))
    built.bulk(batch)
    built.flush()
    count += len(batch)
    if progress and batch:
        progress(count, max(total, count))


def upgrade_index(deps: Deps) -> int | None:
    """Rebuild the embedded index from the archive when the data folder holds the index of
    an earlier release (``Settings.previous_index_path``), which is kept aside as
    ``index.sqlite3.previous``, or a Tantivy index of an earlier version (moved aside as
    ``index.previous`` when it was opened: ``TantivyIndex.rebuild_needed``); return how many
    documents were indexed, None when nothing was to upgrade. One process wins the rename
    (or the move) and rebuilds; the archive stays the truth."""
    old = deps.settings.previous_index_path
    if deps.settings.es_url:
        return None
    stale = bool(getattr(deps.index, "rebuild_needed", False))
    if stale:
        deps.index.rebuild_needed = False  # type: ignore[attr-defined]
    if old.exists():
        try:
            old.rename(old.with_name(old.name + ".previous"))
            for extra in ("-wal", "-shm"):
                old.with_name(old.name + extra).unlink(missing_ok=True)
            stale = True
        except FileNotFoundError:  # another process is upgrading it
            pass
    return reindex(deps) if stale else None
