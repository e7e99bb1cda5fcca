"""Versions of an archived file: a renewed signed PDF is kept beside the one before.

A package's files are written once and never changed. When the archive time stamp of its
signed PDF is renewed, the renewed PDF (the same bytes followed by an incremental update) is
a new *version* of ``document.pdf``: its bytes under ``versions/<n>/document.pdf``, then its
record ``versions/<n>.json`` (schema ``sohoa.version/1``, :class:`archive.records.Version`:
number, sha256, size, the sha256 it follows, when, why, by whom, with which TSA). The
package's own file is version 1. The newest version is what a download, a print or a
verification reads (:func:`newest_file`); fixity checks every version against its record.

Written in that order, a crash leaves at most a file without its record: the next attempt
finds it (:func:`unrecorded_file`) and records it if it is a sound successor, so a renewal
completes or repeats cleanly. Of two renewals made at once the store keeps the first record
and the second is refused (:class:`VersionConflictError`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

import archive.keys as keys
from archive.errors import ArchiveError, ObjectExistsError, ObjectMissingError
from archive.records import Manifest, Version
from archive.store import ObjectStore, get_json, put_json

__all__ = [
    "VersionConflictError",
    "add_version",
    "file_versions",
    "newest_file",
    "unrecorded_file",
    "version_shas",
    "with_versions",
]


class VersionConflictError(ArchiveError):
    """Another renewal recorded this version number first."""

    code = "version_conflict"
    http_status = 409


def file_versions(store: ObjectStore, receipt_code: str, document_id: str,
                  listed: Iterable[str] | None = None) -> list[Version]:
    """The later versions of a package's files, in number order (a gap ends the chain)."""
    found = listed if listed is not None else store.list(keys.versions(receipt_code,
                                                                       document_id))
    numbered = sorted((parsed[2], key) for key in found
                      if (parsed := keys.version_number(key)) is not None
                      and parsed[:2] == (receipt_code, document_id))
    out: list[Version] = []
    for expected, (number, key) in enumerate(numbered, start=2):
        if number != expected:
            break
        out.append(get_json(store, key, Version))
    return out


def with_versions(store: ObjectStore, manifest: Manifest) -> Manifest:
    """The manifest with its version chain filled in (``versions``)."""
    found = file_versions(store, manifest.receipt_code, manifest.document_id)
    return manifest.model_copy(update={"versions": found}) if found else manifest


def newest_file(store: ObjectStore, manifest: Manifest, name: str = "document.pdf"
                ) -> tuple[str, str | None, int]:
    """(key, sha256 it must have, version number) of the newest version of the package's
    file ``name``; the package's own file (version 1) when it has no later one."""
    chain = [v for v in (manifest.versions or file_versions(
        store, manifest.receipt_code, manifest.document_id)) if v.file == name]
    if chain:
        last = chain[-1]
        return last.key, last.sha256, last.number
    entry = manifest.files.get(name)
    return (keys.aip(manifest.receipt_code, manifest.document_id) + name,
            entry.sha256 if entry else None, 1)


def version_shas(store: ObjectStore, manifest: Manifest, name: str = "document.pdf"
                 ) -> list[str]:
    """The sha256 of every version of the package's file ``name``, oldest first."""
    entry = manifest.files.get(name)
    first = [entry.sha256] if entry else []
    return first + [v.sha256 for v in (manifest.versions or file_versions(
        store, manifest.receipt_code, manifest.document_id)) if v.file == name]


def unrecorded_file(store: ObjectStore, manifest: Manifest, name: str = "document.pdf"
                    ) -> bytes | None:
    """The bytes of the next version of ``name`` if a renewal stored them and stopped before
    writing their record (a crash between the two writes), else None."""
    number = len(file_versions(store, manifest.receipt_code, manifest.document_id)) + 2
    key = keys.version_file(manifest.receipt_code, manifest.document_id, number, name)
    try:
        return store.get(key)
    except ObjectMissingError:
        return None


def add_version(store: ObjectStore, manifest: Manifest, data: bytes, *, at: str, why: str,
                who: str, tsa: dict[str, Any], replaced: dict[str, Any],
                name: str = "document.pdf") -> Version:
    """Keep ``data`` as the next version of the package's file ``name``: its bytes first,
    kept as long as (and held like) the package's own file, then its record.

    Raises:
        VersionConflictError: Another renewal took the number first, or different bytes
            already wait under it without a record (the message says which key).
    """
    code, doc = manifest.receipt_code, manifest.document_id
    chain = file_versions(store, code, doc)
    number = len(chain) + 2
    _key, previous_sha, _n = newest_file(
        store, manifest.model_copy(update={"versions": chain}), name)
    original = store.info(keys.aip(code, doc) + name)
    key = keys.version_file(code, doc, number, name)
    try:
        info = store.put(key, data, retain_until=original.retain_until,
                         permanent=original.permanent)
    except ObjectExistsError as exc:
        raise VersionConflictError(
            f"Phiên bản {number} của {keys.aip(code, doc)}{name} đã có nội dung khác ở {key} "
            "(a different file already waits under this version's key); báo cho cán bộ lưu "
            "trữ và chạy `sohoa fixity`.") from exc
    if original.legal_hold and not info.legal_hold:
        store.set_legal_hold(key, True)
    record = Version.model_validate({
        "receipt_code": code, "document_id": doc, "number": number, "file": name, "key": key,
        "sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
        "previous_sha256": previous_sha or "", "at": at, "why": why, "who": who,
        "tsa": tsa, "replaced": replaced})
    record_key = keys.version(code, doc, number)
    try:
        written = put_json(store, record_key, record, retain_until=original.retain_until,
                           permanent=original.permanent)
    except ObjectExistsError as exc:
        raise _conflict(store, record_key, number) from exc
    if hashlib.sha256(store.get(record_key)).digest() != hashlib.sha256(written).digest():
        raise _conflict(store, record_key, number)  # a store without an atomic create
    if original.legal_hold:
        store.set_legal_hold(record_key, True)
    return record


def _conflict(store: ObjectStore, key: str, number: int) -> VersionConflictError:
    try:
        first = get_json(store, key, Version)
        who = f"{first.who} ({first.at[:16].replace('T', ' ')})"
    except ArchiveError:
        who = "người khác"
    return VersionConflictError(
        f"Phiên bản {number} ({key}) vừa được {who} ghi trước (another renewal recorded this "
        "version first); chạy lại để xem tình trạng mới.")
