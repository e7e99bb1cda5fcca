"""Retention of archived records: which may be destroyed before a date, and how a change of the
retention schedule reaches records already archived.

A record's retention is fixed when it is archived (in its manifest, and as the lock of each of
its objects). A later schedule may lengthen it: ``apply_schedule`` extends the locks and keeps
a record of each change. It never shortens one: a shorter period in a new schedule is listed
and left as it is, since the write-once store itself refuses to shorten a lock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import archive.keys as keys
from archive.aip import due_manifests, iter_manifests, note_retention_end
from archive.audit import AuditLog
from archive.records import Manifest
from archive.revisions import current_of, revised_documents
from archive.store import ObjectInfo, ObjectStore, put_json
from sohoa.clock import now_vn
from sohoa.text import nfc

__all__ = [
    "RetentionChange",
    "RetentionItem",
    "apply_schedule",
    "effective_retention",
    "extend_record",
    "later",
    "retention_due",
]


@dataclass(frozen=True, slots=True)
class RetentionItem:
    """An archived document whose retention ends before the date asked about."""

    receipt_code: str
    document_id: str
    doc_type: str
    retention_class: str
    legal_source: str
    retain_until: date
    held: bool
    """Under legal hold: listed, but it cannot be destroyed until the hold is released."""
    prefix: str


def effective_retention(store: ObjectStore, key: str, manifest: Manifest,
                        info: ObjectInfo | None = None) -> date | None:
    """When a document's retention ends (``None``: kept permanently): the later of its
    manifest's date and the lock its manifest object carries (which a schedule change may have
    extended)."""
    retention = manifest.retention
    info = info or store.info(key)
    if retention.permanent or info.permanent:
        return None
    until = retention.retain_until
    written = date.fromisoformat(until) if until else None
    if written is None:
        return info.retain_until
    return max(written, info.retain_until) if info.retain_until else written


def retention_due(store: ObjectStore, before: date) -> Iterator[RetentionItem]:
    """The documents whose retention ends before ``before`` (permanent ones never), oldest
    first, each with whether a legal hold keeps it."""
    found: list[RetentionItem] = []
    for key, manifest in due_manifests(store, before):
        if not manifest.retention.retain_until and not manifest.retention.permanent:
            continue
        manifest = current_of(store, manifest)  # its type and retention as corrected
        retention = manifest.retention
        info = store.info(key)
        ends = effective_retention(store, key, manifest, info)
        if ends is None or ends >= before:
            continue
        found.append(RetentionItem(
            manifest.receipt_code, manifest.document_id, manifest.classification.doc_type,
            retention.retention_class, retention.legal_source, ends,
            info.legal_hold, key.rsplit("/", 1)[0] + "/",
        ))
    yield from sorted(found, key=lambda r: (r.retain_until, r.receipt_code, r.document_id))


@dataclass(frozen=True, slots=True)
class RetentionChange:
    """What the current schedule means for one archived document."""

    record: str
    retention_class: str
    current: date | None
    """Retention end now (``None``: permanent)."""
    scheduled: date | None
    """Retention end under the current schedule."""
    outcome: str
    """``extended`` (done, or to be done), ``shorter`` (left as it is) or ``unchanged``."""


def _later(a: date | None, b: date | None) -> bool:
    """Is ``a`` later than ``b`` (``None`` = permanent, the latest)?"""
    if a is None:
        return b is not None
    return b is not None and a > b


def apply_schedule(
    store: ObjectStore, audit: AuditLog,
    scheduled: Callable[[Manifest], tuple[str, date | None]], *, apply: bool,
    who: str, reason: str = "",
) -> list[RetentionChange]:
    """Compare every archived document's retention with the current schedule
    (``scheduled(manifest)`` gives its class and retention end). With ``apply``, extend the
    retention of those the schedule now keeps longer and record each change; shorter periods
    are never applied."""
    changes: list[RetentionChange] = []
    revised = revised_documents(store)
    for key, manifest in iter_manifests(store):
        current = effective_retention(store, key, manifest)
        cls, until = scheduled(current_of(store, manifest, revised))  # its type as corrected
        record = key.removesuffix("manifest.json")
        if _later(until, current):
            outcome = "extended"
        elif _later(current, until):
            outcome = "shorter"
        else:
            outcome = "unchanged"
        changes.append(RetentionChange(record, cls, current, until, outcome))
        if apply and outcome == "extended":
            extend_record(store, audit, record, until, before=current, retention_class=cls,
                          who=who, reason=reason, manifest_key=key)
    return changes


def extend_record(
    store: ObjectStore, audit: AuditLog, record: str, until: date | None, *,
    before: date | None, retention_class: str, who: str, reason: str,
    manifest_key: str | None = None, extra: dict[str, Any] | None = None,
) -> int:
    """Keep every object under ``record`` (a package's prefix, ``aip/<code>/<doc>/``) until
    ``until`` (``None``: permanently); objects already kept as long are left as they are, and
    none is ever shortened. The change is kept in the store (``retention/changes/…``, kept
    permanently) and in the audit trail, with who, why and the retention before; the year
    the retention now ends points to ``manifest_key``. Return how many objects were
    extended."""
    if until is not None and manifest_key is not None:
        note_retention_end(store, manifest_key, until)
    extended = 0
    for object_key in store.list(record):
        info = store.info(object_key)
        if info.permanent or (until is not None and info.retain_until is not None
                              and info.retain_until >= until):
            continue
        store.extend_retention(object_key, until)
        extended += 1
    now = now_vn()
    change = {"record": record, "retention_class": retention_class, "before": _iso(before),
              "after": _iso(until), "by": nfc(who), "at": now.isoformat(),
              "reason": nfc(reason), **(extra or {})}
    put_json(store, keys.retention_change(record, now.strftime("%Y%m%dT%H%M%S%f")), change,
             permanent=True)
    audit.append("retention_extended", record, {
        "before": _iso(before), "after": _iso(until), "class": retention_class,
        "reason": nfc(reason), "objects": extended, **(extra or {})}, who=who)
    return extended


def later(a: date | None, b: date | None) -> bool:
    """Is a retention ending on ``a`` longer than one ending on ``b`` (``None``: kept
    permanently, the longest)?"""
    return _later(a, b)


def _iso(d: date | None) -> str:
    return d.isoformat() if d else "permanent"
