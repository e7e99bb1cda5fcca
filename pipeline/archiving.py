"""Archiving one document: classify its pages, build and sign its PDF, write its archival
package with the manifest, OCR text and ALTO, and index it (or hand it to whoever indexes).

The local runner and the Celery tasks both archive through ``archive_group``; an archived
document gets the same id from the same pages, so archiving it again finds it.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from archive import ArchivedDocument, aip_prefix, archive_document, find_archived, keys
from archive.disposal import refuse_destroyed
from classify import PageClass
from ocr import build_searchable_pdf
from ocr.alto import page_alto
from pipeline.deps import Deps, profile_of
from pipeline.indexing import index_from_archive
from pipeline.intake import note_day
from pipeline.pages import PageOutcome, page_layout
from pipeline.receipts import citizen_of
from pipeline.reports import DocumentReport, PageRef, ReviewNote
from pipeline.type_model import Typed, decide_type, decision_record
from search_api import IndexRecord, SearchUnavailableError
from signing import DEFAULT_FIELD_NAME, sign_pdf, verify_pdf
from sohoa import metrics
from sohoa.clock import now_vn
from sohoa.errors import TransientServiceError
from sohoa.timing import stage

__all__ = ["IndexCallback", "archive_group", "document_id_of", "document_report", "index_now"]

log = logging.getLogger(__name__)
IndexCallback = Callable[[ArchivedDocument, str], bool]
"""Called after a document is archived, with its package and its text, to index it (or queue
its indexing); returns False when that could not be done now (``sohoa reconcile`` will)."""


def document_id_of(receipt_code: str, pages: list[PageOutcome]) -> str:
    """The id a document of these pages gets: the same pages always give the same id."""
    return _document_id(receipt_code, (p.original or b"" for p in pages))


def _document_id(receipt_code: str, originals: Iterable[bytes]) -> str:
    digest = hashlib.sha256(receipt_code.encode())
    for data in originals:
        digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()[:24]


def archive_group(
    deps: Deps, *, source_name: str, source_sha: str, receipt_code: str, code_source: str,
    procedure: str | None, pages: list[PageOutcome], received_at: datetime, clerk: str,
    on_archived: IndexCallback, closed: date | None = None,
    extra: dict[str, Any] | None = None, doc_type: str | None = None,
    fields: dict[str, str] | None = None, page_classes: list[PageClass] | None = None,
) -> DocumentReport:
    """Classify, build, sign, archive and index one document (the pages of one group).

    ``extra`` goes into the manifest as it is (a result's ``kind`` and ``result``);
    ``doc_type`` and ``fields``, when given by a person, win over what is read.
    ``page_classes``: the pages' classes when they were read already (sorting the dossier's
    pages into documents), so that no page is classified twice."""
    if page_classes is None:
        with stage("classify"):
            page_classes = [deps.rules.classify_page(page_layout(p)) for p in pages]
    classes = page_classes
    _, doc = _archive_one(
        deps, source_name=source_name, source_sha=source_sha, receipt_code=receipt_code,
        code_source=code_source, procedure=procedure, pages=pages, page_classes=classes,
        received_at=received_at, clerk=clerk, on_archived=on_archived, closed=closed,
        extra=extra, given_type=doc_type, given_fields=fields,
    )
    return doc


def _archive_one(
    deps: Deps,
    *,
    source_name: str,
    source_sha: str,
    receipt_code: str,
    code_source: str,
    procedure: str | None,
    pages: list[PageOutcome],
    page_classes: list[PageClass],
    received_at: datetime,
    clerk: str,
    on_archived: IndexCallback,
    closed: date | None = None,
    extra: dict[str, Any] | None = None,
    given_type: str | None = None,
    given_fields: dict[str, str] | None = None,
) -> tuple[ArchivedDocument, DocumentReport]:
    rules = deps.rules
    texts = [p.text.text if p.text else "" for p in pages]
    with stage("classify"):
        result = rules.classify_document(texts, page_classes)
        rules_said = (result.doc_type, result.confidence)
        typed = Typed(result, "rules") if given_type else decide_type(deps, result, texts)
        result = typed.result
    if given_type or given_fields:
        result = replace(result, doc_type=given_type or result.doc_type,
                         label=rules.label(given_type) if given_type else result.label,
                         confidence=1.0 if given_type else result.confidence,
                         fields={**result.fields, **(given_fields or {})})
    document_id = _document_id(receipt_code, (p.original or b"" for p in pages))
    ocr_review = deps.settings.ocr.review_confidence
    refs = [PageRef(p.file, p.page) for p in pages]
    retention = rules.retention_for(result.doc_type, procedure)
    closing = closed or received_at.date()
    retain_until = retention.retain_until(closing)
    archived = find_archived(deps.store, receipt_code, document_id)
    if archived is None:
        refuse_destroyed(deps.store, receipt_code, document_id)
        signed, signed_at, identity = _signed_pdf(deps, pages, result.label, result.doc_type,
                                                  receipt_code, document_id, clerk)
        files: dict[str, bytes] = {}
        page_meta = []
        for n, (p, ref) in enumerate(zip(pages, refs, strict=True), start=1):
            name = f"pages/page-{n:03d}.{p.original_ext}"
            files[name] = p.original or b""
            if p.text is not None:
                files[f"pages/page-{n:03d}.alto.xml"] = page_alto(p.text, name, page_number=n)
            conf = p.text.mean_confidence if p.text else 0.0
            page_meta.append({
                "n": n, "file": name, "source_file": Path(ref.file).name,
                "source_page": ref.page, "dpi": round(p.dpi, 1), "rotation": p.rotation,
                "skew_deg": p.skew_deg, "ocr_confidence": round(conf, 2),
                "needs_review": conf < ocr_review or bool(p.review),
                "review": [{"code": f.code, "reason": f.reason} for f in p.review],
            })
        files["document.pdf"] = signed
        files["ocr.json"] = _ocr_json(pages)
        now = now_vn()
        metadata = {
            "dossier": {"receipt_code": receipt_code, "code_source": code_source,
                        "procedure": procedure, "received_at": received_at.isoformat()},
            "classification": {
                "doc_type": result.doc_type, "label": result.label, "title": result.title,
                "confidence": result.confidence, "needs_review": result.needs_review,
                "fields": result.fields, **decision_record(typed, rules_said, given_type),
            },
            "retention": {
                "class": retention.id, "label": retention.label, "years": retention.years,
                "legal_source": retention.legal_source, "verified": retention.verified,
                "closing_date": closing.isoformat(),
                "retain_until": retain_until.isoformat() if retain_until else None,
                "permanent": retain_until is None,
            },
            "legal_hold": False,
            "source": {"batch": source_name, "batch_id": source_sha,
                       "intake": keys.batch(source_sha),
                       "files": sorted({p.file.rsplit("/", 1)[-1] for p in pages})},
            "pages": page_meta,
            "ocr": _ocr_summary(pages),
            "signature": {"signer": clerk, "signed_at": signed_at.isoformat(),
                          "level": f"PAdES-{deps.settings.signing.level}",
                          "ca": "ca.cert.pem" if identity.get("kind") == "dev" else "",
                          "identities": [identity] if identity else []},
            "events": [
                {"at": received_at.isoformat(), "event": "received", "by": clerk},
                {"at": signed_at.isoformat(), "event": "signed", "by": clerk},
                {"at": now.isoformat(), "event": "archived", "by": "sohoa"},
            ],
            **(extra or {}),
        }
        note_day(deps.store, receipt_code, received_at)  # the report finds it from then on
        with stage("archive write"):
            archived = archive_document(
                deps.store, receipt_code=receipt_code, document_id=document_id, files=files,
                metadata=metadata, retain_until=retain_until, permanent=retain_until is None,
            )
        if not archived.already_archived:
            metrics.document_archived("received")
            deps.audit.append("archived", archived.prefix, {
                "doc_type": result.doc_type, "pages": len(pages), "source": source_name,
                "retain_until": retain_until.isoformat() if retain_until else "permanent",
                "manifest_sha256": archived.manifest_sha256,
            }, who=clerk)
    with stage("index"):
        indexed = on_archived(archived, "\n\n".join(texts))
    return archived, document_report(deps, archived, refs, indexed)


def document_report(
    deps: Deps, archived: ArchivedDocument, refs: list[PageRef], indexed: bool
) -> DocumentReport:
    """Describe an archived document for the run's report."""
    manifest = archived.manifest
    classification = manifest.classification
    return DocumentReport(
        document_id=archived.document_id,
        doc_type=classification.doc_type,
        label=classification.label,
        pages=refs,
        location=archived.location,
        signed_pdf=deps.store.locate(archived.prefix + "document.pdf"),
        needs_review=classification.needs_review
        or any(p.needs_review for p in manifest.pages),
        already_archived=archived.already_archived,
        indexed=indexed,
        fields=classification.fields,
        decided_by=getattr(classification, "decided_by", None) or "rules",
        review_pages=[ref for ref, page in zip(refs, manifest.pages, strict=True)
                      if page.needs_review],
        review_notes=[ReviewNote(ref.file, ref.page, r.code, r.reason)
                      for ref, page in zip(refs, manifest.pages, strict=True)
                      for r in page.review],
    )


def _signed_pdf(
    deps: Deps, pages: list[PageOutcome], label: str, doc_type: str, receipt_code: str,
    document_id: str, clerk: str,
) -> tuple[bytes, datetime, dict[str, Any]]:
    """Build and sign the document's PDF, or take the one an interrupted attempt stored; say
    which identity signed it."""
    key = aip_prefix(receipt_code, document_id) + "document.pdf"
    if deps.store.exists(key):
        existing = deps.store.get(key)
        report = verify_pdf(existing, trust_roots=deps.keys.trust_roots(),
                            crls=deps.keys.crls())
        if report.valid and report.signing_time is not None:
            return (existing, report.signing_time,
                    deps.keys.record_of_signed(existing, DEFAULT_FIELD_NAME, "digitiser"))
    signed_at = now_vn()
    with deps.keys.person(clerk) as signer:  # a key that cannot be used fails before the PDF
        with stage("PDF/A assembly"):
            pdf = build_searchable_pdf(
                [p.pdf_page for p in pages if p.pdf_page is not None],
                title=f"{label} — {receipt_code}", receipt_code=receipt_code,
                doc_type=doc_type, created=signed_at,
            )
        with stage("signing"):
            signed = sign_pdf(pdf, signer, when=signed_at,
                              location=deps.settings.signing.organisation,
                              profile=profile_of(deps, signer))
            return signed, signed_at, deps.keys.record(signer, "digitiser")


def _ocr_json(pages: list[PageOutcome]) -> bytes:
    data = [p.text.to_json() if p.text else None for p in pages]
    return json.dumps({"pages": data}, ensure_ascii=False).encode("utf-8")


def _ocr_summary(pages: list[PageOutcome]) -> dict[str, object]:
    texts = [p.text for p in pages if p.text is not None]
    if not texts:
        return {"engine": None}
    # pages of one document may be read by different engines (a photo among scans)
    engines = dict.fromkeys(f"{t.engine} {t.engine_version}" for t in texts)
    return {
        "engine": ", ".join(dict.fromkeys(t.engine for t in texts)),
        "version": "; ".join(engines), "language": texts[0].language,
        "mean_confidence": round(sum(t.mean_confidence for t in texts) / len(texts), 2),
    }


def index_now(deps: Deps) -> IndexCallback:
    """An index callback that writes to ``deps.index`` at once, and tolerates it being down."""

    def on_archived(archived: ArchivedDocument, text: str) -> bool:
        try:
            if archived.already_archived:  # as it is now: people may have corrected it
                index_from_archive(deps, archived.prefix + "manifest.json")
                return True
            citizen = citizen_of(deps.store, archived.receipt_code)
            deps.index.index(IndexRecord.from_manifest(archived.manifest.to_json(), text,
                                                       archived.location,
                                                       [citizen] if citizen else []))
        except (TransientServiceError, SearchUnavailableError) as exc:
            log.warning("%s archived but not searchable yet: %s", archived.prefix, exc)
            return False
        return True

    return on_archived
