"""Reading the archive: a dossier, a document, its signed PDF (checked against its manifest
first), its printed copy with a QR code, page previews, search. Every read is in the audit
trail."""

from __future__ import annotations

import hashlib
import io
from dataclasses import asdict, replace
from pathlib import PurePath
from time import perf_counter
from typing import Any

from archive import Manifest, keys, load_manifest
from archive.hold import current_holds
from archive.lifecycle import STEP_LABELS, DossierStep, life_of
from archive.printed_copy import QrBand, render_printed_copy
from archive.reuse import reuses_of
from archive.revisions import DocumentView, find_view
from archive.versions import file_versions, newest_file, with_versions
from pipeline.records import dossier_state
from pipeline.results import record_dossier_step
from pipeline.review import revision_json
from search_api import SearchQuery, SearchResults
from service.access import Actor
from service.context import Context
from service.errors import NotFoundError
from service.verification import reference_link
from signing import find_stamp_font
from sohoa import metrics
from sohoa.clock import now_vn
from sohoa.codes import RECEIPT_CODE, agency_of
from sohoa.errors import UsageError
from sohoa.pdfium import PDFIUM_LOCK

__all__ = ["REASON_LABELS", "Records", "document_named", "page_ref", "pages_note",
           "rejected_page", "view_json"]


REASON_LABELS = {
    "low_resolution": "Độ phân giải quá thấp", "too_dark": "Trang quá tối",
    "washed_out": "Chữ quá mờ nhạt", "cut_off": "Trang bị cắt mép", "blurred": "Ảnh bị nhòe",
    "noisy": "Ảnh lấm tấm nhiễu",
    "page_unreadable": "Không đọc được trang", "page_too_large": "Trang quá lớn",
    "blank_page": "Trang trắng", "separator_sheet": "Tờ phân cách",
    "unassigned": "Trang trước phiếu tiếp nhận đầu tiên", "record_destroyed": "Tài liệu đã hủy",
}
"""What a clerk reads first for each reason a page was not archived (the detail follows)."""


def page_ref(r: dict[str, Any]) -> dict[str, Any]:
    """A page as the clerk knows it: the file name they sent (not where the server kept it)
    and the page number in it."""
    return {"file": PurePath(str(r["file"])).name, "page": r["page"]}


def rejected_page(batch_id: str, r: dict[str, Any]) -> dict[str, Any]:
    """A page that was not archived: where it was, why, and its thumbnail's name."""
    thumb = r.get("thumbnail") or ""
    at = thumb.find(keys.batch(batch_id, "rejected/"))
    name = thumb[at:].rsplit("/", 1)[-1] if at >= 0 else None
    return page_ref(r) | {"code": r["code"], "reason": r["reason"],
                          "reason_vi": REASON_LABELS.get(r["code"], "Không lưu trữ được"),
                          "thumbnail": name}


def _step(s: DossierStep) -> dict[str, Any]:
    return {"step": s.step, "label": s.label, "at": s.at, "who": s.who, "detail": s.detail}


def summary(m: Manifest) -> dict[str, Any]:
    """What a list of documents shows of one manifest."""
    c = m.classification
    return {"receipt_code": m.receipt_code, "document_id": m.document_id,
            "agency": agency_of(m.receipt_code), "doc_type": c.doc_type,
            "label": c.label, "title": c.title or "",
            "procedure": m.dossier.procedure, "received_at": m.dossier.received_at or None,
            "pages": len(m.pages), "signed_at": m.signature.signed_at,
            "retain_until": m.retention.retain_until, "needs_review": c.needs_review,
            "kind": m.kind, "result_form": m.result.label if m.result else None}


def view_json(view: DocumentView) -> dict[str, Any]:
    """A document as the review desk and the record page show it: what it is now, which
    pages of which signed PDF it is, and what people did to it."""
    m = view.manifest
    first = next((r for r in view.revisions if "doc_type" in r.before), None)
    read_as = {"doc_type": first.before["doc_type"], "label": first.before.get("label", "")} \
        if first else {"doc_type": m.classification.doc_type, "label": m.classification.label}
    return summary(m) | {
        "fields": m.classification.fields, "confidence": m.classification.confidence,
        "read_as": read_as, "decided": decided_json(m.classification),
        "package": view.package, "logical": view.logical, "reviewed": view.reviewed,
        "spans": [s.to_json() for s in view.spans], "revision": view.number,
        "merged_into": view.merged_into, "pages_note": pages_note(view),
        "revisions": [revision_json(r) for r in view.history],
    }


DECIDED_BY = {
    "rules": "quy tắc đọc tiêu đề xác định",
    "both": "quy tắc và mô hình học từ hồ sơ cùng kết luận",
    "model": "mô hình học từ hồ sơ xác định, vì quy tắc không chắc",
    "disputed": "quy tắc và mô hình học từ hồ sơ không thống nhất",
    "unsure": "cả quy tắc lẫn mô hình học từ hồ sơ đều không chắc",
    "person": "người tiếp nhận chọn loại",
}
"""How each ``decided_by`` (``pipeline.type_model.decision_record``) reads on the review desk."""


def decided_json(c: Any) -> dict[str, Any] | None:
    """How a document's type was decided when it was read: by whom (``by``, and ``why`` in
    Vietnamese), the rules' type and confidence, and the model's three likeliest types with
    their probabilities; None for a document read before the model was weighed in."""
    extra = c.model_extra or {}
    by = extra.get("decided_by")
    if not by:
        return None
    model = extra.get("model") or {}
    return {"by": by, "why": DECIDED_BY.get(str(by), str(by)),
            "rules_type": extra.get("rules_type"),
            "rules_confidence": extra.get("rules_confidence"),
            "model_top": [{"doc_type": t, "p": p} for t, p in model.get("top", [])],
            "model_sha256": model.get("sha256")}


def pages_note(view: DocumentView) -> str:
    """Which pages of which signed PDF the document is, when it is not its own package's,
    all of them (``""``)."""
    if view.whole_package:
        return ""
    parts = [f"trang {s.first}–{s.last}" if s.first != s.last else f"trang {s.first}"
             for s in view.spans]
    packages = list(dict.fromkeys(s.document_id for s in view.spans))
    where = " và ".join(f"bản PDF ký số của tài liệu {p}" for p in packages)
    return f"{', '.join(parts)} của {where}" if parts else ""


def document_named(record: str) -> tuple[str, str]:
    """(receipt code, document id) of one document named as ``RECEIPT_CODE/DOCUMENT_ID``
    (or by its key); ``UsageError`` for anything else."""
    parts = keys.record_of(record.strip().strip("/") + "/").split("/")
    if len(parts) != 2 or not all(parts):
        raise UsageError("name one document as RECEIPT_CODE/DOCUMENT_ID (`sohoa status CODE` "
                         "lists them)")
    return parts[0], parts[1]


class Records:
    """What archivists, officers and clerks read."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def dossier(self, actor: Actor, receipt_code: str) -> dict[str, Any]:
        """A dossier's documents (archived, searchable or not), destroyed documents and
        rejected pages."""
        self.ctx.authorize_record(actor, "records.dossier", receipt_code)
        deps = self.ctx.deps
        state = dossier_state(deps.store, deps.index, receipt_code)
        life = life_of(deps.store, receipt_code)
        if state.empty and not life:
            raise NotFoundError(f"Không tìm thấy hồ sơ {receipt_code}: chưa có gì được lưu "
                                "trữ với mã này; chạy `sohoa reconcile` để xử lý nốt các lô đã "
                                "nhận (nothing is archived under this receipt code yet).")
        docs = [summary(m) | {"indexed": m.document_id in state.indexed}
                for _, m in state.documents]
        gone = [{k: getattr(t, k) for k in ("document_id", "doc_type", "label", "batch_id",
                                             "destroyed_at", "approved_by")}
                for t in state.destroyed]
        rejected = [rejected_page(batch_id, asdict(r)) | {"batch_id": batch_id}
                    for batch_id, d in state.outcomes for r in d.rejected]
        self.ctx.audit(actor, "viewed", keys.aip(receipt_code),
                       {"documents": len(docs), "destroyed": len(gone)})
        return {"receipt_code": receipt_code, "agency": agency_of(receipt_code),
                "life": [_step(s) for s in life],
                "documents": docs, "destroyed": gone, "rejected": rejected}

    def step(self, actor: Actor, receipt_code: str, step: str, note: str = "") -> dict[str, Any]:
        """Record a step of a dossier's life that a person takes: sent to the department,
        result issued (on paper nobody scanned, too: the digitisation report counts it as a
        result not digitised), returned, closed (received and digitised are recorded as they
        happen)."""
        self.ctx.authorize_record(actor, "records.step", receipt_code)
        if step in ("received", "digitised"):
            raise UsageError(f"Bước '{STEP_LABELS.get(step, step)}' được ghi tự động khi hồ sơ "
                             f"được tiếp nhận và số hóa (the {step} step is recorded as it "
                             "happens)")
        if not life_of(self.ctx.deps.store, receipt_code):
            raise NotFoundError(f"Không tìm thấy hồ sơ {receipt_code} (no such dossier: it was "
                                "never received or digitised).")
        taken = record_dossier_step(self.ctx.deps.store, receipt_code, step, at=now_vn(),
                                    who=actor.name,
                                    detail={"note": note[:1000]} if note else None)
        self.ctx.audit(actor, "dossier_step", keys.aip(receipt_code),
                       {"step": step, "note": note[:1000]}, seal=True)
        return _step(taken)

    def _manifest(self, actor: Actor, action: str, receipt_code: str, document_id: str
                  ) -> Manifest:
        """The package's own manifest (its signed PDF and files, as archived)."""
        self.ctx.authorize_record(actor, action, receipt_code, "tài liệu")
        key = keys.manifest(receipt_code, document_id)
        if not RECEIPT_CODE.fullmatch(document_id) or not self.ctx.deps.store.exists(key):
            view = find_view(self.ctx.deps.store, receipt_code, document_id) \
                if RECEIPT_CODE.fullmatch(document_id) else None
            if view is not None:
                raise NotFoundError(
                    f"Tài liệu {document_id} là {pages_note(view)}: bản ký số là của tài liệu "
                    f"{view.package} (a document split off another has the signed PDF of "
                    "its package).")
            raise NotFoundError(f"Không tìm thấy tài liệu {receipt_code}/{document_id}; "
                                f"`sohoa status {receipt_code}` liệt kê các tài liệu (no such "
                                "document).")
        return with_versions(self.ctx.deps.store, load_manifest(self.ctx.deps.store, key))

    def _view(self, actor: Actor, action: str, receipt_code: str, document_id: str
              ) -> DocumentView:
        """A document as it is now (revisions applied)."""
        self.ctx.authorize_record(actor, action, receipt_code, "tài liệu")
        view = find_view(self.ctx.deps.store, receipt_code, document_id) \
            if RECEIPT_CODE.fullmatch(document_id) else None
        if view is None:
            raise NotFoundError(f"Không tìm thấy tài liệu {receipt_code}/{document_id}; "
                                f"`sohoa status {receipt_code}` liệt kê các tài liệu (no such "
                                "document).")
        if view.merged_into is not None:
            raise NotFoundError(f"Tài liệu {document_id} đã được gộp vào tài liệu "
                                f"{view.merged_into} (/tai-lieu/{receipt_code}/"
                                f"{view.merged_into}) (it was merged into another).")
        return view

    def record(self, actor: Actor, receipt_code: str, document_id: str) -> dict[str, Any]:
        """A document's metadata as it is now: classification, fields, retention, signature,
        files, which pages of which signed PDF it is, and its revisions (who, when, why,
        before → after)."""
        view = self._view(actor, "records.record", receipt_code, document_id)
        m = view.manifest
        prefix = keys.aip(receipt_code, document_id)
        package = keys.aip(receipt_code, view.package)
        held = any(prefix.startswith(h["record"]) or package.startswith(h["record"])
                   for h in current_holds(self.ctx.deps.store))
        self.ctx.audit(actor, "viewed", prefix)
        body = m.to_json()
        return view_json(view) | {
            "retention": body["retention"], "signature": body["signature"],
            "events": m.events, "files": body["files"], "legal_hold": held, "ocr": m.ocr,
            "versions": [v.to_json() for v in file_versions(self.ctx.deps.store, receipt_code,
                                                             view.package)],
            "reused_in": [{"dossier": u.dossier, "at": u.at, "who": u.who}
                          for u in reuses_of(self.ctx.deps.store, receipt_code, document_id)],
        }

    def download(self, actor: Actor, receipt_code: str, document_id: str,
                 whole_package: bool = False) -> dict[str, bytes]:
        """The signed PDF (or, with ``whole_package``, every file of the document's package),
        each checked against the sha256 its manifest recorded; a file that differs is refused
        (``RecordAlteredError``) and the refusal is in the audit trail."""
        m = self._manifest(actor, "records.download", receipt_code, document_id)
        store = self.ctx.deps.store
        prefix = keys.aip(receipt_code, document_id)
        out: dict[str, bytes] = {}
        if not whole_package:  # the newest version of the signed PDF
            key, sha256, _number = newest_file(store, m)
            out["document.pdf"] = self.ctx.read_checked(actor, key, sha256)
        else:  # the package as kept, and every later version beside it
            for name in sorted(m.files):
                out[name] = self.ctx.read_checked(actor, prefix + name, m.files[name].sha256)
            key = prefix + "manifest.json"
            out["manifest.json"] = self.ctx.read_checked(actor, key, store.info(key).sha256)
            for v in m.versions:
                record = keys.version(receipt_code, document_id, v.number)
                out[v.key.removeprefix(prefix)] = self.ctx.read_checked(actor, v.key, v.sha256)
                out[record.removeprefix(prefix)] = self.ctx.read_checked(actor, record,
                                                                 store.info(record).sha256)
        self.ctx.audit(actor, "downloaded", prefix, {"files": {
            prefix + n: hashlib.sha256(data).hexdigest() for n, data in out.items()}})
        return out

    def printed_copy(self, actor: Actor, receipt_code: str, document_id: str) -> bytes:
        """A print-ready PDF of the document: its signed PDF (checked against its manifest, as
        a download is) drawn page by page, each page with a QR code linking to the public
        verification page with the signed PDF's sha256. The print carries no signature: it
        says it is a print of the signed original."""
        m = self._manifest(actor, "records.print", receipt_code, document_id)
        prefix = keys.aip(receipt_code, document_id)
        key, sha256, _number = newest_file(self.ctx.deps.store, m)
        data = self.ctx.read_checked(actor, key, sha256)
        digest = hashlib.sha256(data).hexdigest()
        link = reference_link(self.ctx.settings.web.public_url, receipt_code, document_id,
                              digest)
        band = QrBand(link, digest, f"Hồ sơ {receipt_code} · tài liệu {document_id}")
        printed = render_printed_copy(data, band, find_stamp_font())  # holds PDFium's lock
        self.ctx.audit(actor, "printed", prefix, {
            "sha256": digest, "print_sha256": hashlib.sha256(printed).hexdigest()})
        return printed

    def page_png(self, actor: Actor, receipt_code: str, document_id: str, page: int) -> bytes:
        """Page ``page`` (1-based) of the signed PDF as a PNG preview."""
        import pypdfium2

        view = self._view(actor, "records.page", receipt_code, document_id)
        pages = view.pages  # page n of the document is a page of its package's signed PDF
        if not 1 <= page <= len(pages):
            raise NotFoundError(f"Tài liệu có {len(pages)} trang; không có trang {page}.")
        package, at = pages[page - 1]
        store = self.ctx.deps.store
        data = store.get(newest_file(store, load_manifest(
            store, keys.manifest(receipt_code, package)))[0])
        with PDFIUM_LOCK:  # PDFium is not thread-safe (sohoa/pdfium.py)
            pdf = pypdfium2.PdfDocument(data)
            try:
                pdf.init_forms()  # the signatures' appearances are form fields
                if not 1 <= at <= len(pdf):
                    raise NotFoundError(f"Tài liệu có {len(pdf)} trang; không có trang {at}.")
                drawn = pdf[at - 1]
                bitmap = drawn.render(scale=1.2)
                image = bitmap.to_pil().convert("L")  # a copy: PDFium's memory is freed here
                bitmap.close()
                drawn.close()
            finally:
                pdf.close()
        out = io.BytesIO()
        image.save(out, "PNG", optimize=True)
        self.ctx.audit_seldom(actor, "viewed", keys.aip(receipt_code, document_id),
                            {"page": page})
        return out.getvalue()

    def search(self, actor: Actor, query: SearchQuery) -> SearchResults:
        """Search within what ``actor`` may see; the search is audited."""
        self.ctx.authorize(actor, "records.search")
        if actor.scoped:
            if not actor.agency:  # a clerk or officer of no agency sees no dossier
                return SearchResults([], 0, {})
            wanted = set(query.agencies) or {str(actor.agency)}
            allowed = tuple(sorted(a for a in wanted if a == actor.agency))
            if not allowed:
                return SearchResults([], 0, {})
            query = replace(query, agencies=allowed)
        started = perf_counter()
        results = self.ctx.deps.index.find(query)
        metrics.search_done(perf_counter() - started)
        self.ctx.audit(actor, "searched", "", {
            "query": query.text, "type": query.doc_type or "",
            "results": [h.document_id for h in results.hits]})
        return results
