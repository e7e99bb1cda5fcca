"""Archived documents made without OCR, for the review desk's tests: a real multi-page PDF,
its text as ``ocr.json``, a manifest as the pipeline writes it, the day pointer of its dossier,
and its index record."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from archive import archive_document, keys
from pipeline.deps import Deps
from pipeline.indexing import index_from_archive
from pipeline.intake import note_day
from sohoa.clock import now_vn
from sohoa.text import fold

AGENCY = "000.00.12.H19"
OTHER_AGENCY = "000.00.21.H56"


def pdf_of(lines: list[str]) -> bytes:
    """A PDF with one page per line of text (folded to ASCII for the core font)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=14)
    for line in lines:
        pdf.add_page()
        pdf.cell(text=fold(line))
    return bytes(pdf.output())


def archive_sample(deps: Deps, code: str, doc_type: str, *, texts: list[str] | None = None,
                   needs_review: bool = True, procedure: str | None = None,
                   fields: dict[str, str] | None = None, received: datetime | None = None,
                   first_page: int = 1) -> str:
    """Archive (and index) a document of ``doc_type`` in dossier ``code``; return its id.
    Its pages are ``texts`` (two pages by default), numbered in the scan from
    ``first_page``."""
    rules = deps.rules
    label = rules.label(doc_type)
    texts = texts or [f"{label.upper()} so {code}", f"trang tiep theo cua {code}"]
    received = received or now_vn()
    doc_id = hashlib.sha256(json.dumps([code, doc_type, texts]).encode()).hexdigest()[:24]
    retention = rules.retention_for(doc_type, procedure)
    until = retention.retain_until(received.date())
    pages = [{"n": n, "file": f"pages/page-{n:03d}.png", "source_file": "scan.pdf",
              "source_page": first_page + n - 1, "ocr_confidence": 90.0}
             for n in range(1, len(texts) + 1)]
    metadata: dict[str, Any] = {
        "dossier": {"receipt_code": code, "code_source": "qr", "procedure": procedure,
                    "received_at": received.isoformat()},
        "classification": {"doc_type": doc_type, "label": label, "title": texts[0],
                           "confidence": 0.3 if needs_review else 1.0,
                           "needs_review": needs_review, "fields": fields or {}},
        "retention": {"class": retention.id, "label": retention.label,
                      "years": retention.years, "legal_source": retention.legal_source,
                      "verified": retention.verified,
                      "closing_date": received.date().isoformat(),
                      "retain_until": until.isoformat() if until else None,
                      "permanent": until is None},
        "pages": pages,
        "signature": {"signer": "Nguyễn Thị Lan", "signed_at": received.isoformat(),
                      "level": "PAdES-B-B"},
        "events": [{"at": received.isoformat(), "event": "archived", "by": "sohoa"}],
    }
    files = {"document.pdf": pdf_of(texts),
             "ocr.json": json.dumps({"pages": [{"text": t} for t in texts]},
                                    ensure_ascii=False).encode()}
    archive_document(deps.store, receipt_code=code, document_id=doc_id, files=files,
                     metadata=metadata, retain_until=until, permanent=until is None)
    note_day(deps.store, code, received)
    index_from_archive(deps, keys.manifest(code, doc_id))
    return doc_id
