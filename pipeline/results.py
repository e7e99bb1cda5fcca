"""Results into their dossier: the result of a procedure (kết quả giải quyết thủ tục hành
chính) archived as a document of kind ``result`` beside the papers received.

Four forms come in (see :class:`archive.records.ResultInfo`):

- ``electronic``: a department's unsigned original. It is made PDF/A-2b the way scans are (the
  page image under the text the PDF itself carries, :mod:`ocr.digital`), then signed by the
  officer and sealed by the organisation (the caller signs: the keys may be on tokens); the
  file as uploaded is kept beside it as ``source.pdf``.
- ``signed_elsewhere``: an original already signed (an officer's own token): verified first,
  kept byte for byte so its signatures stay valid; refused with the reason when it does not
  verify.
- ``scanned_paper``: the paper result scanned at the counter, digitised like any page and
  signed by the clerk (Circular 01/2023): a copy digitised from the paper original.
- ``certified_copy``: a certified electronic copy (bản sao điện tử: SAO Y, SAO LỤC, TRÍCH
  SAO) made for the dossier: PDF/A-2b from its own text like ``electronic``, signed by the
  organisation with the copy's text stamp (:func:`signing.results.certify_copy`), the file as
  it came kept as ``source.pdf``. A copy made for a dossier is one of its results whether it
  copies the result or a paper the citizen brought: it is what the centre hands back, under its
  seal, and the papers received stay as they were received (kind ``received``).

Each gets its type, key fields and retention from the same rules as the papers received (the
longer of its type's class and its dossier's procedure), and the dossier's life records that
a result was issued. The day a result is issued points to its dossier (``intake/days/``), so
the digitisation report of that day finds the dossier whenever it was received.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from archive import (
    ArchivedDocument,
    ObjectStore,
    archive_document,
    find_archived,
    iter_manifests,
)
from archive.disposal import refuse_destroyed
from archive.lifecycle import DossierStep, life_of, record_step
from archive.revisions import current_of, revised_documents
from classify import PageClass
from ocr import build_searchable_pdf
from ocr.digital import digital_pages
from ocr.types import PageText
from pipeline.deps import Deps
from pipeline.intake import note_day
from pipeline.receipts import load_receipt
from pipeline.type_model import Typed, decide_type, decision_record
from sohoa import metrics
from sohoa.clock import now_vn
from sohoa.errors import InputDocumentError, SohoaError, UsageError
from sohoa.pdfa import claims_pdfa2
from sohoa.text import nfc, normalise_space

__all__ = [
    "COPY_FORMS",
    "RESULT_FORMS",
    "DossierUnknownError",
    "ResultFields",
    "ResultRefusedError",
    "archive_result",
    "copy_form_of",
    "dossier_facts",
    "electronic_pdfa",
    "note_result_issued",
    "record_dossier_step",
    "result_id",
    "results_of",
    "signable_pdfa",
]

RESULT_FORMS = {
    "electronic": "Bản gốc điện tử (bản gốc điện tử, ký số khi lưu)",
    "signed_elsewhere": "Bản gốc điện tử đã ký số",
    "scanned_paper": "Bản sao số hóa từ bản gốc giấy",
    "certified_copy": "Bản sao điện tử có chứng thực",
}
"""Each form of a result as a clerk reads it."""

COPY_FORMS = ("SAO Y", "SAO LỤC", "TRÍCH SAO")
"""The forms of a certified copy (Decree 30/2020/NĐ-CP, Art. 25): the whole document, a copy
of a copy, an extract."""


class ResultRefusedError(InputDocumentError):
    """A result that cannot be archived as it is; the reason says what to send instead."""

    code = "result_refused"
    http_status = 422


class DossierUnknownError(SohoaError):
    """A result for a receipt code no dossier has."""

    code = "unknown_receipt_code"
    http_status = 404


@dataclass(frozen=True, slots=True)
class ResultFields:
    """Key fields of a result given by the person issuing it; each wins over what is read
    from the document."""

    so_ky_hieu: str | None = None
    ngay_ban_hanh: str | None = None
    """ISO date."""
    co_quan_ban_hanh: str | None = None
    nguoi_ky: str | None = None
    doc_type: str | None = None
    """The result's type (an id of the document types), when the reading gets it wrong."""

    def given(self) -> dict[str, str]:
        """The fields given, NFC and trimmed."""
        return {k: normalise_space(nfc(v)) for k, v in (
            ("so_ky_hieu", self.so_ky_hieu), ("ngay_ban_hanh", self.ngay_ban_hanh),
            ("co_quan_ban_hanh", self.co_quan_ban_hanh), ("nguoi_ky", self.nguoi_ky)) if v}


def dossier_facts(deps: Deps, receipt_code: str) -> tuple[str | None, datetime]:
    """The dossier's procedure and when it was received.

    Raises:
        DossierUnknownError: no receipt was registered and no paper archived with this code.
    """
    receipt = load_receipt(deps.store, receipt_code)
    if receipt is not None:
        return receipt.get("procedure"), datetime.fromisoformat(receipt["received_at"])
    for _key, manifest in iter_manifests(deps.store, receipt_code):
        if manifest.kind == "received" and manifest.received_at:
            return manifest.dossier.procedure, datetime.fromisoformat(manifest.received_at)
    raise DossierUnknownError(
        f"Không có hồ sơ nào mang mã {receipt_code}: kiểm tra mã trên phiếu tiếp nhận (no "
        f"dossier has this receipt code)")


def copy_form_of(form: str) -> str:
    """``form`` as one of :data:`COPY_FORMS` (NFC, upper case, single spaces).

    Raises:
        UsageError: it is none of them.
    """
    given = normalise_space(nfc(form)).upper()
    if given not in COPY_FORMS:
        raise UsageError(f"'{form[:40]}' không phải hình thức bản sao; chọn một trong "
                         f"{', '.join(COPY_FORMS)} (not a form of copy)")
    return given


def result_id(receipt_code: str, original: bytes, *, copy_form: str | None = None) -> str:
    """The id of a result made from ``original`` (the file as it came): sending the same file
    again finds the result archived before. A certified copy (``copy_form``) of a file is a
    document of its own, apart from a result made from the same file."""
    salt = f"\x00certified_copy\x00{copy_form}" if copy_form else ""
    digest = hashlib.sha256(f"{receipt_code}\x00result{salt}".encode())
    digest.update(hashlib.sha256(original).digest())
    return digest.hexdigest()[:24]


_A_SCAN = {
    "electronic": "gửi nó là kết quả bản giấy đã quét (--scanned) (the PDF carries no text: it "
                  "is a scan; send it as a scanned result)",
    "certified_copy": "chứng thực bản có chữ, ví dụ bản sohoa đã số hóa (the PDF carries no "
                      "text: it is a scan; certify a copy that carries its text, such as one "
                      "sohoa digitised)",
}


def electronic_pdfa(deps: Deps, pdf: bytes, *, receipt_code: str, name: str,
                    form: str = "electronic") -> tuple[bytes, list[PageText]]:
    """An unsigned electronic original (or the document a certified copy is made of, ``form``
    ``certified_copy``) as PDF/A-2b, and the text of each page.

    Raises:
        ResultRefusedError: the PDF carries no text (a scan: send it as a scanned result).
        UnreadableDigitalPdfError: it cannot be opened or rendered (damaged, password).
    """
    pages = digital_pages(pdf, dpi=deps.settings.ingest.render_dpi, name=name,
                          max_pages=min(deps.settings.ingest.max_pages, 200))
    if not any(p.text and p.text.words for p in pages):
        raise ResultRefusedError(f"{name}: tệp không có chữ (chỉ có ảnh quét); {_A_SCAN[form]}")
    pdfa = build_searchable_pdf(pages, title=f"Kết quả — {receipt_code}",
                                receipt_code=receipt_code, doc_type="ket_qua",
                                created=now_vn())
    return pdfa, [p.text for p in pages if p.text is not None]


def signable_pdfa(deps: Deps, pdf: bytes, *, name: str) -> bytes:
    """What ``sohoa sign`` signs of a file given to it, so that what it writes is PDF/A-2b: the
    file as it is when it already says it is PDF/A-2 or carries a signature (which a rebuild
    would drop), else rebuilt as an archived result is (:func:`electronic_pdfa`: each page's
    image under the PDF's own text), titled with the file's name.

    Raises:
        UnreadableDigitalPdfError: it cannot be opened or rendered (damaged, password).
    """
    if claims_pdfa2(pdf) or b"/ByteRange" in pdf:
        return pdf
    pages = digital_pages(pdf, dpi=deps.settings.ingest.render_dpi, name=name,
                          max_pages=min(deps.settings.ingest.max_pages, 200))
    return build_searchable_pdf(pages, title=nfc(Path(name).stem), created=now_vn())


def archive_result(
    deps: Deps, *, receipt_code: str, document: bytes, original: bytes, form: str,
    texts: Sequence[str], ocr_pages: Sequence[PageText | None], by: str,
    signers: Sequence[str], signed_at: datetime | None, level: str,
    fields: ResultFields, source_name: str, copy_form: str | None = None,
    identities: Sequence[dict[str, Any]] = (),
) -> ArchivedDocument:
    """Archive a result into its dossier: classify it, fix its retention, write its package
    (``document.pdf``; ``source.pdf`` when it was made from another file; ``ocr.json``).

    ``document`` is what is kept as the result; ``original`` the file as it came (the same
    bytes when it is kept as it is); its id comes from ``original`` (and, for a certified
    copy, its ``copy_form``: SAO Y, SAO LỤC or TRÍCH SAO). ``identities``: what
    ``Keyring.record`` says of each signature made here, in signing order.
    """
    procedure, received_at = dossier_facts(deps, receipt_code)
    document_id = result_id(receipt_code, original, copy_form=copy_form)
    if (found := find_archived(deps.store, receipt_code, document_id)) is not None:
        return found
    refuse_destroyed(deps.store, receipt_code, document_id)
    rules = deps.rules
    page_classes: list[PageClass] = [rules.classify_page(p if p is not None else t)
                                     for p, t in zip(ocr_pages, texts, strict=True)]
    read = rules.classify_document(list(texts), page_classes)
    rules_said = (read.doc_type, read.confidence)
    typed = Typed(read, "rules") if fields.doc_type else decide_type(deps, read, list(texts))
    read = typed.result
    doc_type = fields.doc_type or read.doc_type
    found_fields = {**read.fields, **fields.given()}
    if signers and "nguoi_ky" not in found_fields:
        found_fields["nguoi_ky"] = signers[0]
    retention = rules.retention_for(doc_type, procedure)
    closing = received_at.date()
    retain_until = retention.retain_until(closing)
    now = now_vn()
    files = {"document.pdf": document}
    if original != document:
        files["source.pdf"] = original
    files["ocr.json"] = json.dumps(
        {"pages": [p.to_json() if p is not None else {"text": t}
                   for p, t in zip(ocr_pages, texts, strict=True)]},
        ensure_ascii=False).encode("utf-8")
    events = [{"at": received_at.isoformat(), "event": "received", "by": "một cửa"}]
    if signed_at is not None:
        events.append({"at": signed_at.isoformat(), "event": "signed", "by": ", ".join(signers)})
    events.append({"at": now.isoformat(), "event": "archived", "by": by})
    result: dict[str, object] = {"form": form, "label": RESULT_FORMS[form], "issued_by": by,
                                 "signers": list(signers)}
    if copy_form:
        result |= {"copy_form": copy_form, "label": f"{RESULT_FORMS[form]} ({copy_form})"}
    metadata = {
        "kind": "result",
        "result": result,
        "dossier": {"receipt_code": receipt_code, "code_source": "result",
                    "procedure": procedure, "received_at": received_at.isoformat()},
        "classification": {
            "doc_type": doc_type,
            "label": rules.label(doc_type), "title": read.title,
            "confidence": 1.0 if fields.doc_type else read.confidence,
            "needs_review": False if fields.doc_type else read.needs_review,
            "fields": found_fields, **decision_record(typed, rules_said, fields.doc_type)},
        "retention": {
            "class": retention.id, "label": retention.label, "years": retention.years,
            "legal_source": retention.legal_source, "verified": retention.verified,
            "closing_date": closing.isoformat(),
            "retain_until": retain_until.isoformat() if retain_until else None,
            "permanent": retain_until is None},
        "legal_hold": False,
        "source": {"batch": source_name, "files": [Path(source_name).name]},
        "pages": [{"n": n, "ocr_confidence": 100.0} for n in range(1, len(texts) + 1)],
        "ocr": {"engine": "pdf-text", "language": "vie"},
        "signature": {"signer": ", ".join(signers), "level": level,
                      "signed_at": signed_at.isoformat() if signed_at else "",
                      "ca": "ca.cert.pem" if any(i.get("kind") == "dev" for i in identities)
                      else "",
                      "identities": list(identities)},
        "events": events,
    }
    note_day(deps.store, receipt_code, received_at)
    archived = archive_document(deps.store, receipt_code=receipt_code, document_id=document_id,
                                files=files, metadata=metadata, retain_until=retain_until,
                                permanent=retain_until is None)
    if not archived.already_archived:
        metrics.document_archived("result")
        deps.audit.append("archived", archived.prefix, {
            "kind": "result", "form": form, "doc_type": doc_type,
            "retain_until": retain_until.isoformat() if retain_until else "permanent",
            "manifest_sha256": archived.manifest_sha256}, who=by)
    return archived


def record_dossier_step(store: ObjectStore, receipt_code: str, step: str, *, at: datetime,
                        who: str, detail: dict[str, Any] | None = None) -> DossierStep:
    """Record a step of the dossier's life (:func:`archive.lifecycle.record_step`); the step
    kept before is returned unchanged. For ``result_issued`` the day it was issued (in
    Vietnam) is pointed to the dossier first, so the digitisation report of that day counts
    its result.

    Raises:
        LifecycleError: ``step`` is not a step, or comes before the one it follows.
    """
    if step == "result_issued":
        note_day(store, receipt_code, at)
    taken = record_step(store, receipt_code, step, at=at, who=who, detail=detail)
    if step == "result_issued":  # kept from before: its own day (written once, then found)
        note_day(store, receipt_code, datetime.fromisoformat(taken.at))
    return taken


def note_result_issued(deps: Deps, receipt_code: str, *, who: str, document_id: str) -> None:
    """Record in the dossier's life that its result was issued (and, when nobody recorded it,
    that it had been sent to the department that issued it)."""
    at = now_vn()
    taken = {s.step for s in life_of(deps.store, receipt_code)}
    if "result_issued" in taken:
        return
    if "sent" not in taken:
        if "digitised" not in taken:
            record_step(deps.store, receipt_code, "digitised", at=at, who=who,
                        detail={"note": "ghi nhận khi có kết quả (recorded with the result)"})
        record_step(deps.store, receipt_code, "sent", at=at, who=who,
                    detail={"note": "ghi nhận khi phòng chuyên môn nộp kết quả (recorded when "
                                    "the department sent the result)"})
    record_dossier_step(deps.store, receipt_code, "result_issued", at=at, who=who,
                        detail={"document_id": document_id})


def results_of(deps: Deps, receipt_code: str) -> list[ArchivedDocument]:
    """The results archived in a dossier, oldest first, as they are now (corrected on the
    review desk)."""
    found = []
    revised = revised_documents(deps.store, receipt_code)
    for key, archived in iter_manifests(deps.store, receipt_code):
        if archived.kind == "result":
            manifest = current_of(deps.store, archived, revised)
            prefix = key.removesuffix("manifest.json")
            found.append(ArchivedDocument(manifest.document_id, receipt_code, prefix, manifest,
                                          deps.store.locate(prefix), already_archived=True))
    return sorted(found, key=lambda a: a.manifest.events[-1]["at"] if a.manifest.events else "")

