"""The review desk's engine: confirm, correct, split and merge archived documents as new
revisions (``archive.revisions``), with the retention the new type needs, and the search
index following.

Retention follows the type: a correction of the type (or the procedure) recomputes the
retention with ``Rules.retention_for``. A longer period is applied at once: every object of
every package holding the document's pages is kept longer (``extend_record``, as a schedule
change does, recorded in ``retention/changes/`` and the audit trail). A shorter one is never
applied, since the store's lock cannot be shortened: the type is saved, the retention stays as
it was, and the revision says so (``retention_note``), as the person is told.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from archive import keys, load_manifest
from archive.audit import AuditLog
from archive.errors import ArchiveError
from archive.records import RetentionInfo, Revision, Span
from archive.retention import effective_retention, extend_record, later
from archive.revisions import (
    DocumentView,
    RevisionConflictError,
    RevisionError,
    append_revision,
    dossier_views,
    join_pages,
    new_document_id,
    page_text,
    span_json,
)
from archive.store import ObjectStore
from pipeline.deps import Deps
from pipeline.indexing import index_dossier
from pipeline.intake import dossiers_of_day
from search_api import SearchUnavailableError
from sohoa.clock import now_vn
from sohoa.codes import agency_of
from sohoa.errors import TransientServiceError
from sohoa.text import nfc, normalise_space

__all__ = ["Revised", "UnknownTypeError", "Who", "confirm", "correct", "flagged", "merge",
           "revision_json", "split"]

log = logging.getLogger(__name__)
_FIELD = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_MERGE_TRIES = 5


class UnknownTypeError(RevisionError):
    """The type asked for is not one of the taxonomy's."""

    code = "unknown_type"


@dataclass(frozen=True, slots=True)
class Who:
    """Who makes a revision, in which role, and why."""

    name: str
    role: str
    why: str
    person_id: str | None = None


@dataclass(frozen=True, slots=True)
class Revised:
    """What a revision did."""

    revision: Revision
    view: DocumentView | None
    """The document as it is now (None once merged into another)."""
    created: DocumentView | None = None
    """For a split: the new document."""
    extended: int = 0
    """How many objects the store now keeps longer."""
    indexed: bool = True
    """False when the search index could not follow now (``sohoa reconcile`` catches up)."""


def revision_json(r: Revision) -> dict[str, Any]:
    """A revision as the doors show it, with its ``changes`` spelt out (``name``: a key
    field, or ``doc_type``, ``procedure``, ``pages``, ``merged_into``; ``before``,
    ``after``: as a person reads them)."""
    body = r.to_json()
    retention = r.retention
    body["retention"] = None if retention is None else {
        "class": retention.retention_class, "label": retention.label,
        "retain_until": retention.retain_until, "permanent": retention.permanent,
        "legal_source": retention.legal_source}
    body["changes"] = _changes(r.before, r.after)
    return body


def _changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[dict[str, str]]:
    out = []
    if "doc_type" in after:
        out.append({"name": "doc_type",
                    "before": f"{before.get('label', '')} ({before.get('doc_type', '')})",
                    "after": f"{after.get('label', '')} ({after['doc_type']})"})
    if "fields" in after:
        old, new = before.get("fields") or {}, after["fields"] or {}
        out += [{"name": k, "before": str(old.get(k, "")), "after": str(new.get(k, ""))}
                for k in dict.fromkeys([*old, *new]) if old.get(k) != new.get(k)]
    for name in ("procedure", "merged_into"):
        if name in after:
            out.append({"name": name, "before": str(before.get(name) or ""),
                        "after": str(after[name] or "")})
    if "pages" in after:
        out.append({"name": "pages", "before": _spans(before.get("pages") or []),
                    "after": _spans(after["pages"])})
    return out


def _spans(spans: Iterable[Mapping[str, Any]]) -> str:
    return ", ".join(f"{s['first']}–{s['last']} ({str(s['document_id'])[:8]}…)" if s["first"]
                     != s["last"] else f"{s['first']} ({str(s['document_id'])[:8]}…)"
                     for s in spans) or "—"


def flagged(store: ObjectStore, agency: str | None, since: date, until: date, limit: int
            ) -> list[DocumentView]:
    """The documents still to review (flagged when read, nobody has confirmed or corrected
    them since) of the dossiers that came in from ``since`` to ``until``, of one agency or
    all, newest day first."""
    found: list[DocumentView] = []
    seen: set[str] = set()
    day = until
    while day >= since and len(found) < limit:
        for code in dossiers_of_day(store, day):
            if code in seen or (agency and agency_of(code) != agency):
                continue
            seen.add(code)
            found += [v for v in dossier_views(store, code) if v.needs_review]
        day -= timedelta(days=1)
    return found[:limit]


def _retention(deps: Deps, view: DocumentView, doc_type: str, procedure: str | None
               ) -> RetentionInfo:
    cls = deps.rules.retention_for(doc_type, procedure)
    closing = view.manifest.closing_day
    until = cls.retain_until(date.fromisoformat(closing)) if closing else None
    return RetentionInfo.model_validate({
        "class": cls.id, "label": cls.label, "years": cls.years,
        "legal_source": cls.legal_source, "verified": cls.verified,
        "closing_date": view.manifest.retention.closing_date or closing or None,
        "retain_until": until.isoformat() if until else None, "permanent": until is None})


def _until(info: RetentionInfo) -> date | None:
    if info.permanent or not info.retain_until:
        return None
    return date.fromisoformat(info.retain_until)


def _locked(store: ObjectStore, receipt_code: str, spans: Iterable[Span],
            retention: RetentionInfo) -> date | None:
    """The latest end of ``retention`` and of the locks on the packages of ``spans``."""
    ends = [_until(retention)]
    for package in dict.fromkeys(s.document_id for s in spans):
        key = keys.manifest(receipt_code, package)
        if store.exists(key):
            ends.append(effective_retention(store, key, load_manifest(store, key)))
    latest = ends[0]
    for end in ends[1:]:
        if later(end, latest):
            latest = end
    return latest


def _settle(deps: Deps, view: DocumentView, spans: Iterable[Span], current: RetentionInfo,
            wanted: RetentionInfo) -> tuple[RetentionInfo, str]:
    """The retention a document takes when its type asks for ``wanted``: that one when it
    is as long as the lock already on its pages, else the current one, with why."""
    spans = list(spans)
    locked = _locked(deps.store, view.receipt_code, spans, current)
    if not later(locked, _until(wanted)):
        return wanted, ""
    kept = current if _until(current) == locked else current.model_copy(update={
        "retain_until": locked.isoformat() if locked else None, "permanent": locked is None})
    return kept, (
        f"thời hạn bảo quản mới ngắn hơn thời hạn đã khóa: giữ nguyên {_say(locked)} "
        f"({current.label}); loại mới chỉ cần {_say(_until(wanted))} ({wanted.label}) (the "
        "new type's retention is shorter than the lock already on the document: kept)")


def _say(d: date | None) -> str:
    return "vĩnh viễn" if d is None else f"đến {d.isoformat()}"


def _keep(deps: Deps, audit: AuditLog, view: DocumentView, spans: Iterable[Span],
          retention: RetentionInfo, who: Who, number: int) -> int:
    """Make the store keep every object of the packages of ``spans`` (and the document's own
    revisions) at least as long as ``retention``; return how many objects it extended."""
    until = _until(retention)
    records = [keys.aip(view.receipt_code, p) for p in
               dict.fromkeys([*(s.document_id for s in spans), view.document_id])]
    extended = 0
    for record in records:
        objects = [deps.store.info(k) for k in deps.store.list(record)]
        short = [i for i in objects if not i.permanent and (
            until is None or i.retain_until is None or i.retain_until < until)]
        if not short:
            continue
        before = min((i.retain_until for i in short if i.retain_until), default=None)
        manifest_key = record + "manifest.json"
        extended += extend_record(
            deps.store, audit, record, until, before=before,
            retention_class=retention.retention_class, who=who.name,
            reason=f"{who.why} (soát xét, bản sửa số {number} của "
                   f"{view.receipt_code}/{view.document_id})",
            manifest_key=manifest_key if deps.store.exists(manifest_key) else None,
            extra={"revision": keys.revision(view.receipt_code, view.document_id, number)})
    return extended


def _write(deps: Deps, view: DocumentView, who: Who, action: str, before: dict[str, Any],
           after: dict[str, Any], retention: RetentionInfo | None, **more: Any) -> Revision:
    why = normalise_space(nfc(who.why))
    if not why:
        raise RevisionError("Ghi lý do sửa (why): ai đọc lại hồ sơ sau này cần biết vì sao "
                            "(a correction is made with its reason)")
    lock = _until(retention or view.manifest.retention)
    return append_revision(deps.store, view, {
        "action": action, "at": now_vn().isoformat(timespec="seconds"), "who": nfc(who.name),
        "who_id": who.person_id, "role": who.role, "why": why[:1000], "before": before,
        "after": after, "retention": retention.to_json() if retention else None, **more},
        retain_until=lock, permanent=lock is None)


def _reindex(deps: Deps, receipt_code: str) -> bool:
    try:
        index_dossier(deps, receipt_code)
    except (TransientServiceError, SearchUnavailableError) as exc:
        log.warning("%s revised but the index did not follow yet: %s", receipt_code, exc)
        return False
    return True


def _now(deps: Deps, view: DocumentView) -> DocumentView | None:
    for v in dossier_views(deps.store, view.receipt_code):
        if v.document_id == view.document_id:
            return v
    return None


def _open(view: DocumentView) -> None:
    if view.merged_into is not None:
        raise RevisionError(f"Tài liệu {view.document_id} đã được gộp vào tài liệu "
                            f"{view.merged_into}; sửa tài liệu đó (it was merged into another)")


def _clean_fields(current: Mapping[str, Any], given: Mapping[str, str | None]
                  ) -> dict[str, Any]:
    fields = dict(current)
    for name, value in given.items():
        if not _FIELD.match(name):
            raise RevisionError(f"'{name[:40]}' không phải tên trường (a field name is lower "
                                "case letters, digits and _, e.g. so_ky_hieu)")
        if text := _field_value(value):
            fields[name] = text
        else:
            fields.pop(name, None)
    return fields


def _field_value(value: str | None) -> str | None:
    """A field's value as kept: NFC, spaces collapsed, at most 500 characters; None when
    empty."""
    return normalise_space(nfc(value or ""))[:500] or None


def _fields_of_type(deps: Deps, view: DocumentView, doc_type: str) -> dict[str, str | None]:
    """The key fields of ``doc_type`` read again from the document's OCR text, as a change
    to its fields: those the type carries, found now or kept as they were; the others
    removed (an unknown type's fields are every field found, guesses a type narrows)."""
    wanted = deps.rules.carried_fields(doc_type)
    try:
        found = deps.rules.read_fields("\n".join(page_text(deps.store, view)), doc_type)
    except (ArchiveError, OSError, ValueError) as exc:
        log.warning("%s/%s: fields not read again for its new type (%s)", view.receipt_code,
                    view.document_id, exc)
        return {}
    current = view.manifest.classification.fields
    change: dict[str, str | None] = {k: None for k in current
                                     if wanted is not None and k not in wanted}
    change.update(found)
    return change


def correct(deps: Deps, audit: AuditLog, view: DocumentView, who: Who, *,
            doc_type: str | None = None, fields: Mapping[str, str | None] | None = None,
            procedure: str | None = None) -> Revised:
    """Correct a document's type, key fields (a value ``None`` or empty removes a field) or
    procedure; its retention follows the new type (longer: applied; shorter: kept). A new
    type has its fields read again from the document's text (the fields that type carries),
    under the ones the person changed, unless a person corrected its fields before."""
    _open(view)
    c, m = view.manifest.classification, view.manifest
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    if doc_type is not None and doc_type != c.doc_type:
        known = {t.id for t in deps.rules.types} | {deps.rules.unknown.id}
        if doc_type not in known:
            raise UnknownTypeError(f"Không có loại tài liệu '{doc_type[:64]}'; các loại: "
                                   f"{', '.join(sorted(known))} (no such document type)")
        before |= {"doc_type": c.doc_type, "label": c.label}
        after |= {"doc_type": doc_type, "label": deps.rules.label(doc_type)}
    if "doc_type" in after and not any("fields" in r.after for r in view.revisions):
        # read again for the new type, under what the person changed (a form sends every
        # field: those sent as they were are not changes)
        changed = {k: v for k, v in (fields or {}).items() if _field_value(v) != c.fields.get(k)}
        fields = _fields_of_type(deps, view, after["doc_type"]) | changed
    if fields is not None and (new := _clean_fields(c.fields, fields)) != c.fields:
        before["fields"], after["fields"] = dict(c.fields), new
    if procedure is not None and normalise_space(nfc(procedure)) != (m.dossier.procedure or ""):
        before["procedure"] = m.dossier.procedure
        after["procedure"] = normalise_space(nfc(procedure))[:200] or None
    if not after:
        raise RevisionError("Không có gì thay đổi; nếu loại và thông tin đã đúng, hãy xác nhận "
                            "(nothing changed: confirm it instead)")
    if not view.reviewed:
        before["reviewed"], after["reviewed"] = False, True
    retention, note = None, ""
    if "doc_type" in after or "procedure" in after:
        wanted = _retention(deps, view, after.get("doc_type", c.doc_type),
                            after.get("procedure", m.dossier.procedure))
        retention, note = _settle(deps, view, view.spans, m.retention, wanted)
    revision = _write(deps, view, who, "correct", before, after, retention,
                      retention_note=note)
    extended = _keep(deps, audit, view, view.spans, retention, who, revision.number) \
        if retention is not None else 0
    return Revised(revision, _now(deps, view), extended=extended,
                   indexed=_reindex(deps, view.receipt_code))


def confirm(deps: Deps, audit: AuditLog, view: DocumentView, who: Who) -> Revised:
    """Confirm that the type and fields read are right: the document leaves the queue."""
    del audit
    _open(view)
    if view.reviewed:
        last = next(r for r in reversed(view.revisions) if r.action in ("confirm", "correct"))
        raise RevisionError(f"Tài liệu đã được {last.who} soát xét lúc {last.at[:16]} (already "
                            "reviewed); sửa nếu còn sai")
    revision = _write(deps, view, who, "confirm", {"reviewed": False}, {"reviewed": True},
                      None)
    return Revised(revision, _now(deps, view), indexed=_reindex(deps, view.receipt_code))


def split(deps: Deps, audit: AuditLog, view: DocumentView, who: Who, at_page: int, *,
          doc_type: str | None = None) -> Revised:
    """Split a document before its page ``at_page`` (1-based): the pages from there on
    become a new document (of ``doc_type``, else of the same type), the signed PDF staying
    the package's."""
    _open(view)
    pages = view.pages
    if not 2 <= at_page <= len(pages):
        raise RevisionError(f"Tài liệu có {len(pages)} trang: tách tại trang từ 2 đến "
                            f"{len(pages)} (split at a page from 2 to the last)"
                            if len(pages) > 1 else "Tài liệu chỉ có 1 trang, không tách được "
                            "(a one-page document cannot be split)")
    c, m = view.manifest.classification, view.manifest
    new_type = doc_type or c.doc_type
    known = {t.id for t in deps.rules.types} | {deps.rules.unknown.id}
    if new_type not in known:
        raise UnknownTypeError(f"Không có loại tài liệu '{new_type[:64]}' (no such document "
                               "type)")
    head, tail = join_pages(pages[:at_page - 1]), join_pages(pages[at_page - 1:])
    new_id = new_document_id(view.receipt_code, view.document_id, view.number + 1, at_page)
    retention, note = (m.retention, "") if new_type == c.doc_type else _settle(
        deps, view, tail, m.retention, _retention(deps, view, new_type, m.dossier.procedure))
    created = {"document_id": new_id, "pages": span_json(tail), "doc_type": new_type,
               "label": deps.rules.label(new_type), "title": "" if doc_type else c.title or "",
               "fields": dict(c.fields), "retention": retention.to_json(),
               "retention_note": note}
    revision = _write(deps, view, who, "split", {"pages": span_json(view.spans)},
                      {"pages": span_json(head)}, None, related=new_id, created=created)
    extended = _keep(deps, audit, view, tail, retention, who, revision.number)
    now = dossier_views(deps.store, view.receipt_code)
    find = {v.document_id: v for v in now}
    return Revised(revision, find.get(view.document_id), find.get(new_id), extended,
                   _reindex(deps, view.receipt_code))


def merge(deps: Deps, audit: AuditLog, view: DocumentView, into: DocumentView, who: Who
          ) -> Revised:
    """Merge a document into ``into`` (its pages added at the end): the document merged
    away is no longer listed; ``into`` keeps its type and takes the longer retention."""
    _open(view)
    _open(into)
    if into.document_id == view.document_id:
        raise RevisionError("Không gộp tài liệu vào chính nó (a document is not merged into "
                            "itself)")
    gone = _write(deps, view, who, "merged",
                  {"pages": span_json(view.spans), "merged_into": None},
                  {"pages": [], "merged_into": into.document_id}, None,
                  related=into.document_id)
    target: DocumentView | None = into
    for _ in range(_MERGE_TRIES):  # the pages are already given: add them to what it is now
        assert target is not None
        spans = join_pages([*target.pages, *view.pages])
        current, added = target.manifest.retention, view.manifest.retention
        retention, note = (added, "thời hạn bảo quản dài hơn của tài liệu gộp vào được giữ "
                           "(the longer retention of the document merged in is kept)") \
            if later(_until(added), _until(current)) else (None, "")
        try:
            revision = _write(deps, target, who, "merge", {"pages": span_json(target.spans)},
                              {"pages": span_json(spans)}, retention, related=view.document_id,
                              retention_note=note)
            break
        except RevisionConflictError:
            target = _now(deps, into)
            if target is None:
                raise
    else:  # the view adds the pages all the same (archive.revisions._finish_merges)
        log.warning("%s merged into %s without its merge revision", view.document_id,
                    into.document_id)
        return Revised(gone, None, indexed=_reindex(deps, view.receipt_code))
    extended = _keep(deps, audit, target, spans, retention or target.manifest.retention, who,
                     revision.number)
    return Revised(revision, _now(deps, target), extended=extended,
                   indexed=_reindex(deps, view.receipt_code))
