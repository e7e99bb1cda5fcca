"""Retention of archived records: which may be destroyed before a date, and how a change of the
retention schedule reaches records already archived.

A record's retention is fixed when it is archived (in its manifest, and as the lock of each of
its objects). A later schedule may lengthen it: ``apply_schedule`` extends the locks and keeps
a record of each change. It never shortens one: a shorter period in a new schedule is listed
and left as it is, since the write-once store itself refuses to shorten a lock.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from itertools import islice
from typing import Any

import archive.keys as keys
from archive.aip import (
    due_day_pointers,
    due_manifest_keys,
    iter_manifests,
    load_manifest,
    note_retention_end,
    retention_days_ready,
)
from archive.audit import AuditLog
from archive.errors import ObjectMissingError
from archive.records import Manifest
from archive.revisions import current_of, revised_documents
from archive.store import ObjectInfo, ObjectStore, put_json
from sohoa.clock import now_vn
from sohoa.errors import UsageError
from sohoa.text import nfc

__all__ = [
    "DueCount",
    "DuePage",
    "RetentionChange",
    "RetentionItem",
    "apply_schedule",
    "count_due",
    "effective_retention",
    "extend_record",
    "later",
    "retention_due",
    "retention_due_page",
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


@dataclass(frozen=True, slots=True)
class DuePage:
    """One page of the due list."""

    items: list[RetentionItem]
    next: str | None
    """The cursor of the following page (``None``: this is the last one). A page may hold
    fewer items than asked when pointers on its way lead to documents kept longer or
    destroyed; only ``next`` says whether more follow."""


@dataclass(frozen=True, slots=True)
class DueCount:
    """How many documents are due, counted from the pointers alone (no manifest read)."""

    total: int
    exact: bool
    """False when counted by pointers: a document kept longer, or destroyed, still has its
    pointer, so the count may be higher than the list; True when every record was read (an
    archive whose pointers are not upgraded yet)."""
    at_least: bool = False
    """Counting stopped at the cap asked for: at least ``total`` are due."""


PAGE_READERS = 8
"""Records of a page read at once (on MinIO each is a few round trips)."""
_CURSOR = re.compile(r"^\d{4}-\d{2}-\d{2}/[A-Za-z0-9._\-]+/[A-Za-z0-9._\-]+$")


def _item(store: ObjectStore, key: str, before: date, day: str | None) -> RetentionItem | None:
    """The due list's item for the manifest at ``key``, found by a pointer on ``day``
    (``None``: by an earlier release's year pointer); ``None`` when it is not due before
    ``before``, destroyed, or listed at the pointer of the day its retention now ends."""
    try:
        manifest = load_manifest(store, key)
    except ObjectMissingError:
        return None  # destroyed: its pointer stays
    if not manifest.retention.retain_until and not manifest.retention.permanent:
        return None
    manifest = current_of(store, manifest)  # its type and retention as corrected
    retention = manifest.retention
    info = store.info(key)
    ends = effective_retention(store, key, manifest, info)
    if ends is None or ends >= before:
        return None
    if day is not None and ends.isoformat() != day and store.exists(
            keys.retention_day(ends.isoformat(), key)):
        return None  # kept longer: listed where its pointer of the new end is
    return RetentionItem(
        manifest.receipt_code, manifest.document_id, manifest.classification.doc_type,
        retention.retention_class, retention.legal_source, ends, info.legal_hold,
        key.rsplit("/", 1)[0] + "/")


def _cursor(item: RetentionItem) -> str:
    return f"{item.retain_until.isoformat()}/{item.receipt_code}/{item.document_id}"


def retention_due(store: ObjectStore, before: date) -> Iterator[RetentionItem]:
    """Every document whose retention ends before ``before`` (permanent ones never), oldest
    first, each with whether a legal hold keeps it: what a disposal of everything due needs.
    A view of the list reads it a page at a time (``retention_due_page``)."""
    if not retention_days_ready(store):
        yield from _due_read_whole(store, before)
        return
    for pointer, key in due_day_pointers(store, before):
        if (item := _item(store, key, before, keys.retention_day_of(pointer)[0])) is not None:
            yield item


def _due_read_whole(store: ObjectStore, before: date) -> list[RetentionItem]:
    """The due list of an archive not upgraded yet: every manifest its pointers name (day
    and earlier year ones) read, sorted as the day pointers sort."""
    found = [item for key in due_manifest_keys(store, before)
             if (item := _item(store, key, before, None)) is not None]
    return sorted(found, key=_cursor)


def retention_due_page(store: ObjectStore, before: date, *, after: str = "",
                       limit: int = 50) -> DuePage:
    """A page of the due list: up to ``limit`` documents whose retention ends before
    ``before``, oldest first (by day, receipt code, document), after the cursor ``after``
    (the previous page's ``next``). It reads only the manifests of its own documents and
    the pointers on its way, whatever the size of the archive; an archive of an earlier
    release whose pointers are not upgraded yet (``sohoa reconcile``) is read whole.

    Raises:
        UsageError: ``after`` is not a cursor of this list.
    """
    if after and not _CURSOR.fullmatch(after):
        raise UsageError(f"con trỏ trang '{after[:60]}' không đúng dạng (not a cursor of the "
                         "due list: give back the 'next' of the previous page)")
    limit = max(1, limit)
    if not retention_days_ready(store):
        rest = [i for i in _due_read_whole(store, before) if _cursor(i) > after]
        page = rest[:limit]
        return DuePage(page, _cursor(page[-1]) if len(rest) > limit else None)
    items: list[RetentionItem] = []
    pointers = due_day_pointers(store, before, after)

    def one(found: tuple[str, str]) -> RetentionItem | None:
        pointer, key = found
        return _item(store, key, before, keys.retention_day_of(pointer)[0])

    with ThreadPoolExecutor(PAGE_READERS, thread_name_prefix="due") as pool:
        while len(items) < limit:
            batch = list(islice(pointers, limit - len(items)))  # the records still wanted
            if not batch:
                return DuePage(items, None)
            items += [i for i in pool.map(one, batch) if i is not None]
            after = batch[-1][0].removeprefix(keys.RETENTION_DAYS)
    more = next(pointers, None) is not None  # one more pointer is due: a page starts there
    return DuePage(items, after if more else None)


def count_due(store: ObjectStore, before: date, *, cap: int | None = None) -> DueCount:
    """How many documents end their retention before ``before``: the day pointers counted
    from their listing (no manifest read; may count documents kept longer or destroyed
    since), up to ``cap`` when given (its cost follows the count: a view that must stay quick
    says "at least" past it); in an archive not upgraded yet, the records read whole
    (exact)."""
    if not retention_days_ready(store):
        return DueCount(len(_due_read_whole(store, before)), True)
    total = 0
    for _ in due_day_pointers(store, before):
        if cap is not None and total >= cap:
            return DueCount(total, False, at_least=True)
        total += 1
    return DueCount(total, False)


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


def later(a: date | None, b: date | None) -> bool:
    """Is a retention ending on ``a`` longer than one ending on ``b`` (``None``: kept
    permanently, the longest)?"""
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
        if later(until, current):
            outcome = "extended"
        elif later(current, until):
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


def _iso(d: date | None) -> str:
    return d.isoformat() if d else "permanent"
