"""The review desk: people confirm or correct what the classifier read (type, key fields,
how pages are grouped into documents) without rewriting the archive.

Each action is a new write-once revision of the document (``archive.revisions``), made by a
named person with a reason, in the audit trail with what it was before and after (sealed at
once, as a records-management decision), the search index following. Retention follows the
type: a longer period is applied to the store at once, a shorter one is never (the lock stays,
and the answer says so). Archivists and the head review every agency's documents; clerks and
officers their own agency's (another's is answered as missing).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from archive import keys
from archive.revisions import (
    DocumentView,
    RevisionConflictError,
    RevisionError,
    dossier_views,
    find_view,
)
from pipeline import review
from pipeline.review import Revised, Who, revision_json
from service.access import Actor
from service.context import Context
from service.errors import NotFoundError
from service.records import view_json
from sohoa.clock import now_vn
from sohoa.codes import RECEIPT_CODE
from sohoa.errors import UsageError

__all__ = ["MAX_DAYS", "Review"]

MAX_DAYS = 366
"""The longest look back of the queue."""


class Review:
    """Confirm, correct, split and merge documents; the queue of those to review."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def queue(self, actor: Actor, agency: str | None = None, limit: int = 50, days: int = 30
              ) -> dict[str, Any]:
        """The documents still to review (flagged when read, not yet confirmed or corrected)
        of the dossiers that came in during the last ``days`` days: of the actor's agency for
        a clerk or officer, of ``agency`` or every agency for the others."""
        self.ctx.authorize(actor, "review.queue")
        if actor.scoped:
            agency = actor.agency
        if not 1 <= days <= MAX_DAYS or not 1 <= limit <= 500:
            raise UsageError(f"Số ngày từ 1 đến {MAX_DAYS}, số tài liệu từ 1 đến 500 (days 1 to "
                             f"{MAX_DAYS}, limit 1 to 500)")
        today = now_vn().date()
        views = [] if actor.scoped and not agency else review.flagged(
            self.ctx.deps.store, agency or None, today - timedelta(days=days - 1), today,
            limit)
        self.ctx.audit_seldom(actor, "viewed", f"review/{agency or 'all'}",
                              {"documents": len(views)})
        return {"agency": agency, "days": days,
                "documents": [view_json(v) for v in views]}

    def document(self, actor: Actor, receipt_code: str, document_id: str) -> dict[str, Any]:
        """One document on the review desk: what it is now, its pages, its history, the
        types it may be given and the document before it (where a merge puts it)."""
        view = self._view(actor, receipt_code, document_id)
        self.ctx.audit(actor, "viewed", keys.aip(receipt_code, document_id))
        rules = self.ctx.deps.rules
        return view_json(view) | {
            "types": [{"id": t.id, "label": t.label} for t in (*rules.types, rules.unknown)],
            "previous": self._previous(view)}

    def history(self, actor: Actor, receipt_code: str, document_id: str
                ) -> list[dict[str, Any]]:
        """What people did to a document, oldest first: who, when, why, before → after."""
        self.ctx.authorize_record(actor, "records.record", receipt_code, "tài liệu")
        view = self._find(receipt_code, document_id)
        self.ctx.audit(actor, "viewed", keys.revisions(receipt_code, document_id))
        return [revision_json(r) for r in view.history]

    def confirm(self, actor: Actor, receipt_code: str, document_id: str, why: str, *,
                base: int | None = None) -> dict[str, Any]:
        """The type and fields read are right: the document leaves the queue."""
        view, who = self._start(actor, receipt_code, document_id, why, base)
        return self._done(actor, view, review.confirm(self.ctx.deps, self.ctx.log(actor),
                                                      view, who))

    def correct(self, actor: Actor, receipt_code: str, document_id: str, *,
                doc_type: str | None = None, fields: Mapping[str, str | None] | None = None,
                procedure: str | None = None, why: str, base: int | None = None
                ) -> dict[str, Any]:
        """Give a document another type, other key fields (an empty value removes one) or
        procedure; its retention follows the type (a shorter one is kept, and said)."""
        view, who = self._start(actor, receipt_code, document_id, why, base)
        return self._done(actor, view, review.correct(
            self.ctx.deps, self.ctx.log(actor), view, who, doc_type=doc_type or None,
            fields=fields, procedure=procedure))

    def split(self, actor: Actor, receipt_code: str, document_id: str, *, at_page: int,
              why: str, doc_type: str | None = None, base: int | None = None
              ) -> dict[str, Any]:
        """Its pages from ``at_page`` on become a new document (of ``doc_type``, else the
        same type)."""
        view, who = self._start(actor, receipt_code, document_id, why, base)
        return self._done(actor, view, review.split(self.ctx.deps, self.ctx.log(actor), view,
                                                    who, at_page, doc_type=doc_type or None))

    def merge(self, actor: Actor, receipt_code: str, document_id: str, *, why: str,
              into: str | None = None, base: int | None = None) -> dict[str, Any]:
        """Add the document's pages at the end of ``into`` (by default the document before it
        in the dossier); it is no longer listed on its own."""
        view, who = self._start(actor, receipt_code, document_id, why, base)
        target_id = into or self._previous(view)
        if not target_id:
            raise RevisionError("Đây là tài liệu đầu tiên của hồ sơ: không có tài liệu trước "
                                "để gộp vào (the first document has none before it)")
        target = find_view(self.ctx.deps.store, receipt_code, target_id)
        if target is None:
            raise NotFoundError(f"Không tìm thấy tài liệu {receipt_code}/{target_id} để gộp "
                                "vào (no such document in this dossier).")
        return self._done(actor, view, review.merge(self.ctx.deps, self.ctx.log(actor), view,
                                                    target, who))

    # --- helpers -----------------------------------------------------------------------------

    def _find(self, receipt_code: str, document_id: str) -> DocumentView:
        view = find_view(self.ctx.deps.store, receipt_code, document_id) \
            if RECEIPT_CODE.fullmatch(document_id) else None
        if view is None:
            raise NotFoundError(f"Không tìm thấy tài liệu {receipt_code}/{document_id}; "
                                f"`sohoa status {receipt_code}` liệt kê các tài liệu (no such "
                                "document).")
        return view

    def _view(self, actor: Actor, receipt_code: str, document_id: str) -> DocumentView:
        self.ctx.authorize_record(actor, "review.correct", receipt_code, "tài liệu")
        return self._find(receipt_code, document_id)

    def _start(self, actor: Actor, receipt_code: str, document_id: str, why: str,
               base: int | None) -> tuple[DocumentView, Who]:
        role = self.ctx.authorize_record(actor, "review.correct", receipt_code, "tài liệu")
        view = self._find(receipt_code, document_id)
        if base is not None and base != view.number:
            last = view.revisions[-1] if view.revisions else None
            by = f" (bản sửa số {last.number} của {last.who})" if last else ""
            raise RevisionConflictError(
                f"Tài liệu đã được sửa kể từ khi bạn mở nó{by}; xem lại rồi sửa nếu vẫn cần "
                "(the document changed since you opened it)")
        if not why.strip():
            raise UsageError("Ghi lý do (why): người đọc lại hồ sơ sau này cần biết vì sao "
                             "(give the reason)")
        return view, Who(actor.name, role, why, actor.person_id)

    def _previous(self, view: DocumentView) -> str | None:
        docs = [v.document_id for v in dossier_views(self.ctx.deps.store, view.receipt_code)]
        at = docs.index(view.document_id) if view.document_id in docs else 0
        return docs[at - 1] if at > 0 else None

    def _done(self, actor: Actor, before: DocumentView, done: Revised) -> dict[str, Any]:
        rev = done.revision
        self.ctx.audit(actor, "document_revised", keys.aip(rev.receipt_code, rev.document_id), {
            "action": rev.action, "revision": rev.number, "why": rev.why,
            "asked_on": before.document_id,
            "before": rev.before, "after": rev.after,
            "retention": revision_json(rev)["retention"], "retention_note": rev.retention_note,
            "related": rev.related, "objects_extended": done.extended}, seal=True)
        note = rev.retention_note or ((rev.created or {}).get("retention_note") or "")
        return {"revision": revision_json(rev),
                "document": view_json(done.view) if done.view else None,
                "created": view_json(done.created) if done.created else None,
                "retention_note": note, "objects_extended": done.extended,
                "indexed": done.indexed, "message": _message(rev, note)}


def _message(rev: Any, note: str) -> str:
    said = {"confirm": "Đã xác nhận loại và thông tin tài liệu",
            "correct": "Đã lưu bản sửa", "split": f"Đã tách thành tài liệu mới {rev.related}",
            "merge": f"Đã gộp tài liệu {rev.related} vào tài liệu này",
            "merged": f"Đã gộp vào tài liệu {rev.related}"}[rev.action]
    return f"{said} (bản sửa số {rev.number})" + (f"; {note}" if note else ".")
