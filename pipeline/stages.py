"""The plain stage functions that both runners share: the local one and the Celery one.

Nothing here knows whether it runs in-process or in a Celery worker; the runners decide where
pages are read and pass the outcomes in.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from archive import (
    ArchivedDocument,
    FolderStore,
    ObjectExistsError,
    ObjectStore,
    aip_prefix,
    archive_document,
    find_archived,
    iter_manifests,
    load_manifest,
)
from archive.audit import AuditLog
from archive.disposal import refuse_destroyed
from classify import PageClass, Rules, load_rules
from ingest import IngestSettings, Source, load_page, scan_page
from ingest.clean import PageScan, to_gray, turn_scan
from ingest.quality import assess
from ocr import OcrEngine, OcrSettings, PageText, PdfPage, build_searchable_pdf, get_engine
from ocr.alto import page_alto
from pipeline.intake import note_day
from pipeline.reports import DocumentReport, DossierReport, PageRef, RejectedPage
from pipeline.settings import Settings
from search_api import IndexRecord, SearchIndex, SearchUnavailableError, SqliteIndex
from signing import DevPki, sign_pdf, verify_pdf
from signing.ltv import SigningProfile, current_crl, signing_profile
from sohoa.clock import now_vn
from sohoa.errors import (
    ConfigurationError,
    InputDocumentError,
    SohoaError,
    TransientServiceError,
)

__all__ = [
    "UNASSIGNED_REASON",
    "Deps",
    "DossierMismatchError",
    "IndexCallback",
    "PageOutcome",
    "archive_group",
    "build_deps",
    "build_index",
    "build_store",
    "document_id_of",
    "document_report",
    "engine_for",
    "fallback_code",
    "index_from_archive",
    "index_now",
    "plan_dossier",
    "process_dossier",
    "profile_of",
    "read_page",
    "read_upright",
    "record_from_archive",
    "reindex",
    "reject_group",
    "split_batch",
    "split_dossiers",
]

log = logging.getLogger(__name__)
IndexCallback = Callable[[ArchivedDocument, str], bool]
"""Called after a document is archived, with its package and its text, to index it (or queue
its indexing); returns False when that could not be done now (``sohoa reconcile`` will)."""


@dataclass(slots=True)
class Deps:
    """The adapters a run uses, picked from the settings."""

    settings: Settings
    store: ObjectStore
    index: SearchIndex
    rules: Rules
    pki: DevPki
    audit: AuditLog


def build_store(settings: Settings) -> ObjectStore:
    """Return the object store the settings name: S3 (MinIO) if configured, else the folder."""
    if settings.s3_endpoint:
        from archive.s3_store import S3Store

        if not settings.s3_access_key or not settings.s3_secret_key:
            raise ConfigurationError(
                "SOHOA_S3_ENDPOINT is set but SOHOA_S3_ACCESS_KEY or SOHOA_S3_SECRET_KEY is not"
            )
        return S3Store(settings.s3_endpoint, settings.s3_access_key,
                       settings.s3_secret_key.get_secret_value(), settings.s3_bucket,
                       secure=settings.s3_secure)
    return FolderStore(settings.store_dir)


def build_index(settings: Settings) -> SearchIndex:
    """Return the search index the settings name: Elasticsearch if configured, else SQLite."""
    if settings.es_url:
        from search_api.es_index import ElasticIndex

        return ElasticIndex(settings.es_url, settings.es_index)
    return SqliteIndex(settings.index_path)


def build_deps(settings: Settings) -> Deps:
    """Build the adapters the settings name (the embedded ones by default)."""
    settings.data.mkdir(parents=True, exist_ok=True)
    return Deps(
        settings=settings,
        store=build_store(settings),
        index=build_index(settings),
        rules=load_rules(),
        pki=DevPki.ensure(settings.pki_dir, settings.signing.organisation),
        audit=AuditLog(settings.audit_path),
    )


@dataclass(frozen=True, slots=True)
class PageOutcome:
    """What a page worker made of one page."""

    index: int
    file: str
    """The input file the page came from (for a folder of images, the image file)."""
    page: int
    """1-based page number inside ``file``."""
    original: bytes | None = None
    original_ext: str = "png"
    dpi: float = 300.0
    rotation: int = 0
    skew_deg: float = 0.0
    blank: bool = False
    separator: bool = False
    """A separator sheet: it starts a dossier and is not archived in it."""
    photographed: bool = False
    receipt_codes: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    """Text of every QR code and barcode on the page."""
    pdf_page: PdfPage | None = None
    text: PageText | None = None
    error_code: str | None = None
    error: str | None = None
    thumbnail: bytes | None = None
    """A small JPEG of a page that was not kept, for the clerk to see."""


def _thumbnail(image: np.ndarray, width: int = 320) -> bytes:
    im = Image.fromarray(image)
    im.thumbnail((width, width * 2))
    buf = io.BytesIO()
    im.save(buf, format="JPEG", quality=70)
    return buf.getvalue()


# ---- page workers -------------------------------------------------------------------------

def engine_for(ocr: OcrSettings) -> OcrEngine:
    """Return the OCR engine for these settings, made once per process."""
    return _engine_for(ocr.model_dump_json())


@lru_cache(maxsize=4)
def _engine_for(ocr_json: str) -> OcrEngine:
    cv2.setNumThreads(1)
    return get_engine(OcrSettings.model_validate_json(ocr_json))


_TURNED_CONFIDENCE = 65.0
"""Upright sample pages read at 80 or more; a page upside down at about 45."""


def _sideways(text: PageText) -> bool:
    """Words standing upright: Tesseract reads a page turned by 90 degrees, but its word boxes
    are then taller than wide (and its text out of order)."""
    words = [w for w in text.words if len(w.text) >= 3]
    return sum(w.height > w.width for w in words) > len(words) / 2


def read_upright(
    scan: PageScan, engine: OcrEngine, ingest: IngestSettings, *, detect_orientation: bool = True
) -> tuple[PageScan, PageText]:
    """Read a page as it lies; only when that reading looks turned (words standing upright, or
    a confidence no upright page gets), ask the engine's orientation detector and read the page
    again turned as it says.

    Most pages lie upright, and orientation detection costs as much as reading a page.
    """
    def read(s: PageScan) -> PageText:
        assert s.for_ocr is not None
        height, width = s.upright.shape[:2]
        return engine.recognize(s.for_ocr, s.ocr_dpi).resized(width, height, s.dpi)

    text = read(scan)
    sideways = _sideways(text)
    if detect_orientation and (sideways or text.mean_confidence < _TURNED_CONFIDENCE):
        turn = engine.orientation(to_gray(scan.sheet), scan.dpi)
        if turn:
            turned = turn_scan(scan, turn, ingest)
            again = read(turned)
            if sideways or again.mean_confidence >= text.mean_confidence:
                return turned, again
    return scan, text


def read_page(
    source: Source, index: int, ingest: IngestSettings, ocr: OcrSettings,
    display: str | None = None,
) -> PageOutcome:
    """Load, clean and read one page; never raises for a bad page.

    Runs in a page worker (a pool process or a Celery worker). ``display`` names the file in
    reports when ``source`` is a temporary copy.
    """
    path, inner = source.page_file(index)
    ref = (display or str(path), inner + 1)
    try:
        page = load_page(source, index, ingest)
    except SohoaError as exc:
        return PageOutcome(index, *ref, error_code=exc.code, error=exc.message)
    try:
        scan = scan_page(page.image, page.dpi, ingest, orientation=None)
        base = {"index": index, "file": ref[0], "page": ref[1], "original": page.original,
                "original_ext": page.original_ext, "dpi": scan.dpi, "rotation": scan.rotation,
                "skew_deg": scan.skew_deg, "photographed": scan.photographed,
                "receipt_codes": scan.receipt_codes, "codes": scan.codes}
        if scan.blank or scan.separator:
            return PageOutcome(**base, blank=scan.blank,  # type: ignore[arg-type]
                               separator=scan.separator, thumbnail=_thumbnail(scan.sheet))
        issues = assess(to_gray(scan.sheet), scan.dpi, ingest.quality)
        if issues:
            return PageOutcome(**base, error_code=issues[0].code,  # type: ignore[arg-type]
                               error="; ".join(i.reason for i in issues),
                               thumbnail=_thumbnail(scan.sheet))
        engine = engine_for(ocr.for_page(photographed=scan.photographed))
        scan, text = read_upright(scan, engine, ingest, detect_orientation=ocr.detect_orientation)
        base["rotation"], base["skew_deg"] = scan.rotation, scan.skew_deg
        pdf_page = PdfPage.from_image(scan.upright, scan.dpi, text)
        return PageOutcome(**base, pdf_page=pdf_page, text=text)  # type: ignore[arg-type]
    except SohoaError as exc:
        return PageOutcome(index, *ref, original=page.original, original_ext=page.original_ext,
                           error_code=exc.code, error=exc.message,
                           thumbnail=_thumbnail(page.image))
    except (cv2.error, ValueError, MemoryError) as exc:
        return PageOutcome(index, *ref, original=page.original, original_ext=page.original_ext,
                           error_code="page_unreadable",
                           error=f"không xử lý được ảnh trang; quét lại trang này (the page "
                                 f"could not be cleaned: {type(exc).__name__}: {exc})")


def split_dossiers(
    outcomes: list[PageOutcome], fallback_code: str
) -> tuple[list[tuple[str, str, list[int]]], list[int]]:
    """Split pages into dossiers at each page carrying a new receipt code.

    Returns the dossiers as (receipt code, "qr" or "generated", page positions) and the
    positions of pages that come before the first receipt sheet: they belong to no known
    dossier and are listed for the clerk instead of being guessed into one. A batch with no
    receipt code at all is one dossier under ``fallback_code``.
    """
    first = next((i for i, o in enumerate(outcomes) if o.receipt_codes), None)
    if first is None:
        return [(fallback_code, "generated", list(range(len(outcomes))))], []
    dossiers: list[tuple[str, str, list[int]]] = []
    for i in range(first, len(outcomes)):
        codes = outcomes[i].receipt_codes
        if codes and (not dossiers or dossiers[-1][0] != codes[0]):
            dossiers.append((codes[0], "qr", [i]))
        else:
            dossiers[-1][2].append(i)
    return dossiers, list(range(first))


UNASSIGNED_REASON = (
    "trang nằm trước phiếu tiếp nhận đầu tiên nên không thuộc hồ sơ nào; quét lại sau phiếu "
    "tiếp nhận của nó (page before the first receipt sheet: it belongs to no dossier; scan it "
    "again behind its receipt sheet)"
)


class DossierMismatchError(InputDocumentError):
    """Pages sent into one dossier carry the receipt code of another."""

    code = "dossier_mismatch"


def split_batch(
    outcomes: list[PageOutcome], fallback_code: str, into: str | None = None
) -> tuple[list[tuple[str, str, list[int]]], list[RejectedPage]]:
    """Split a batch's pages into dossiers, or send them all into the dossier ``into``.

    Returns the dossiers as (receipt code, how the code was known, page positions) and the
    pages that belong to no dossier, each with the reason.

    Raises:
        DossierMismatchError: ``into`` is given but a page carries another receipt code.
    """
    if into is not None:
        for o in outcomes:
            other = [c for c in o.receipt_codes if c != into]
            if other:
                raise DossierMismatchError(
                    f"{Path(o.file).name} trang {o.page} mang mã hồ sơ {other[0]}, không phải "
                    f"{into}: các trang này thuộc hồ sơ khác, hãy gửi vào hồ sơ đó "
                    f"({Path(o.file).name} page {o.page} carries receipt code {other[0]}, not "
                    f"{into}: these pages belong to another dossier; send them there)"
                )
        return [(into, "resubmitted", list(range(len(outcomes))))], []
    dossiers, unassigned = split_dossiers(outcomes, fallback_code)
    return dossiers, [RejectedPage(outcomes[i].file, outcomes[i].page, "unassigned",
                                   UNASSIGNED_REASON) for i in unassigned]


def _document_id(receipt_code: str, originals: Iterable[bytes]) -> str:
    digest = hashlib.sha256(receipt_code.encode())
    for data in originals:
        digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()[:24]


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
) -> tuple[ArchivedDocument, DocumentReport]:
    rules = deps.rules
    texts = [p.text.text if p.text else "" for p in pages]
    result = rules.classify_document(texts, page_classes)
    document_id = _document_id(receipt_code, (p.original or b"" for p in pages))
    ocr_review = deps.settings.ocr.review_confidence
    refs = [PageRef(p.file, p.page) for p in pages]
    retention = rules.retention_for(result.doc_type, procedure)
    closing = closed or received_at.date()
    retain_until = retention.retain_until(closing)
    archived = find_archived(deps.store, receipt_code, document_id)
    if archived is None:
        refuse_destroyed(deps.store, receipt_code, document_id)
        signed, signed_at = _signed_pdf(deps, pages, result.label, result.doc_type,
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
                "needs_review": conf < ocr_review,
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
                "fields": result.fields,
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
                       "intake": f"intake/batches/{source_sha}/",
                       "files": sorted({p.file.rsplit("/", 1)[-1] for p in pages})},
            "pages": page_meta,
            "ocr": _ocr_summary(pages),
            "signature": {"signer": clerk, "signed_at": signed_at.isoformat(),
                          "level": f"PAdES-{deps.settings.signing.level}",
                          "ca": deps.pki.ca_cert_path.name},
            "events": [
                {"at": received_at.isoformat(), "event": "received", "by": clerk},
                {"at": signed_at.isoformat(), "event": "signed", "by": clerk},
                {"at": now.isoformat(), "event": "archived", "by": "sohoa"},
            ],
        }
        note_day(deps.store, receipt_code, received_at)  # the report finds it from then on
        archived = archive_document(
            deps.store, receipt_code=receipt_code, document_id=document_id, files=files,
            metadata=metadata, retain_until=retain_until, permanent=retain_until is None,
        )
        if not archived.already_archived:
            deps.audit.append("archived", archived.prefix, {
                "doc_type": result.doc_type, "pages": len(pages), "source": source_name,
                "retain_until": retain_until.isoformat() if retain_until else "permanent",
                "manifest_sha256": archived.manifest_sha256,
            }, who=clerk)
    indexed = on_archived(archived, "\n\n".join(texts))
    return archived, document_report(deps, archived, refs, indexed)


def document_report(
    deps: Deps, archived: ArchivedDocument, refs: list[PageRef], indexed: bool
) -> DocumentReport:
    """Describe an archived document for the run's report."""
    manifest = archived.manifest
    classification = manifest["classification"]
    return DocumentReport(
        document_id=archived.document_id,
        doc_type=classification["doc_type"],
        label=classification["label"],
        pages=refs,
        location=archived.location,
        signed_pdf=deps.store.locate(archived.prefix + "document.pdf"),
        needs_review=classification["needs_review"]
        or any(p["needs_review"] for p in manifest["pages"]),
        already_archived=archived.already_archived,
        indexed=indexed,
        fields=classification["fields"],
        review_pages=[ref for ref, page in zip(refs, manifest["pages"], strict=True)
                      if page["needs_review"]],
    )


def _signed_pdf(
    deps: Deps, pages: list[PageOutcome], label: str, doc_type: str, receipt_code: str,
    document_id: str, clerk: str,
) -> tuple[bytes, datetime]:
    """Build and sign the document's PDF, or take the one an interrupted attempt stored."""
    key = aip_prefix(receipt_code, document_id) + "document.pdf"
    if deps.store.exists(key):
        existing = deps.store.get(key)
        report = verify_pdf(existing, trust_roots=[deps.pki.ca_cert_path],
                            crls=[current_crl(deps.pki)])
        if report.valid and report.signing_time is not None:
            return existing, report.signing_time
    signed_at = now_vn()
    pdf = build_searchable_pdf(
        [p.pdf_page for p in pages if p.pdf_page is not None],
        title=f"{label} — {receipt_code}", receipt_code=receipt_code, doc_type=doc_type,
        created=signed_at,
    )
    signer = deps.pki.clerk_signer(clerk)
    signed = sign_pdf(pdf, signer, when=signed_at, location=deps.settings.signing.organisation,
                      profile=profile_of(deps))
    return signed, signed_at


def profile_of(deps: Deps) -> SigningProfile:
    """The PAdES level, time-stamping authority and revocation source the settings name."""
    s = deps.settings.signing
    return signing_profile(deps.pki, s.level, tsa_url=s.tsa_url,
                           fetch_revocation=s.fetch_revocation)


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
            deps.index.index(IndexRecord.from_manifest(archived.manifest, text,
                                                       archived.location))
        except (TransientServiceError, SearchUnavailableError) as exc:
            log.warning("%s archived but not searchable yet: %s", archived.prefix, exc)
            return False
        return True

    return on_archived


def plan_dossier(
    deps: Deps, code: str, code_source: str, outcomes: list[PageOutcome], batch_id: str
) -> tuple[DossierReport, list[list[PageOutcome]]]:
    """Sort a dossier's pages: rejected ones into the report, the rest into documents.

    Returns the report (rejected pages with a thumbnail kept beside the batch's intake,
    skipped blank pages and separator sheets, procedure, what to check) and the pages of each
    document in order.
    """
    report = DossierReport(receipt_code=code, code_source=code_source)
    kept: list[PageOutcome] = []
    for o in outcomes:
        if o.error_code:
            report.rejected.append(RejectedPage(o.file, o.page, o.error_code, o.error or "",
                                                _keep_thumbnail(deps, batch_id, o)))
        elif o.separator:
            report.skipped.append(RejectedPage(
                o.file, o.page, "separator_sheet",
                f"tờ phân cách của hồ sơ {code}, không lưu vào hồ sơ (separator sheet of dossier "
                f"{code}: not archived in it)",
                _keep_thumbnail(deps, batch_id, o),
            ))
        elif o.blank:
            report.skipped.append(RejectedPage(
                o.file, o.page, "blank_page",
                "trang trắng (không có chữ), không lưu; nếu là mặt sau của tờ in một mặt thì "
                "không thiếu gì, nếu không hãy quét lại (blank page, no text found, not "
                "archived; if it is the back of a one-sided sheet nothing is missing, otherwise "
                "rescan it)", _keep_thumbnail(deps, batch_id, o),
            ))
        else:
            kept.append(o)
        report.warnings.extend(_unknown_codes(deps, o))
    if not kept:
        report.error_code = "no_pages"
        report.error = f"dossier {code}: no page could be archived; rescan the dossier"
        return report, []
    classes = [deps.rules.classify_page(_text(o)) for o in kept]
    groups = deps.rules.group(classes)
    if code_source == "resubmitted" and classes[0].doc_type is None:
        # Rescanned pages without a title may each belong to a different document of the
        # dossier: each is archived on its own, for a person to review.
        groups = [[i] for i in groups[0]] + groups[1:]
    receipts = [g for g in groups if classes[g[0]].doc_type == "phieu_tiep_nhan"]
    receipt = _text(kept[receipts[0][0]]) if receipts else None
    papers = len(kept) - sum(len(g) for g in receipts)
    if receipt is not None:
        fields = deps.rules.classify_document([receipt], [classes[receipts[0][0]]]).fields
        report.procedure = fields.get("thu_tuc")
    elif code_source == "resubmitted":
        receipt, archived_papers, report.procedure = _archived_receipt(deps, code)
        papers += archived_papers
    declared = _DECLARED_SHEETS.search(receipt or "")
    if declared and papers < int(declared.group(1)):
        report.warnings.append(
            f"phiếu tiếp nhận ghi {int(declared.group(1))} tờ nhưng chỉ lưu được {papers} trang: "
            "kiểm tra trang thiếu hoặc bị trả lại và quét lại (the receipt declares "
            f"{int(declared.group(1))} sheets but only {papers} pages were kept: check for "
            "missing or rejected pages and rescan them)"
        )
    return report, [[kept[i] for i in g] for g in groups]


def _unknown_codes(deps: Deps, outcome: PageOutcome) -> list[str]:
    """Warnings for codes on a page that are neither a receipt code nor of a known kind."""
    ingest = deps.settings.ingest
    receipt = re.compile(ingest.receipt_code_pattern)
    known = [re.compile(p) for p in ingest.known_code_patterns.values()]
    return [
        f"{Path(outcome.file).name} trang {outcome.page} có mã không phải mã hồ sơ: "
        f"{text[:60]!r}; nếu trang này mở đầu một hồ sơ, kiểm tra định dạng mã hồ sơ "
        f"({Path(outcome.file).name} page {outcome.page} carries a code that is not a receipt "
        "code; if it should start a dossier, check the receipt code's format)"
        for text in outcome.codes
        if not receipt.search(text) and not any(k.search(text) for k in known)
    ]


def _archived_receipt(deps: Deps, code: str) -> tuple[str | None, int, str | None]:
    """For pages sent into an existing dossier: its receipt's text, the number of pages of its
    other archived documents, and its procedure."""
    receipt: str | None = None
    papers = 0
    procedure: str | None = None
    prefix = f"aip/{code}/"
    for key in deps.store.list(prefix):
        if not key.endswith("/manifest.json"):
            continue
        manifest = load_manifest(deps.store, key)
        procedure = procedure or manifest["dossier"].get("procedure")
        if manifest["classification"]["doc_type"] == "phieu_tiep_nhan":
            ocr = json.loads(deps.store.get(key.removesuffix("manifest.json") + "ocr.json"))
            receipt = "\n".join(p["text"] for p in ocr["pages"] if p)
        else:
            papers += len(manifest["pages"])
    return receipt, papers, procedure


def _keep_thumbnail(deps: Deps, batch_id: str, outcome: PageOutcome) -> str | None:
    if outcome.thumbnail is None:
        return None
    key = f"intake/batches/{batch_id}/rejected/page-{outcome.index + 1:05d}.jpg"
    with contextlib.suppress(ObjectExistsError):
        deps.store.put(key, outcome.thumbnail)
    return deps.store.locate(key)


_DECLARED_SHEETS = re.compile(r"gồm\s+(\d{1,3})\s+tờ", re.IGNORECASE)
"""The receipt's count of sheets received ("Số lượng hồ sơ: 01 bộ, gồm 03 tờ")."""


def _text(outcome: PageOutcome) -> str:
    return outcome.text.text if outcome.text else ""


def fallback_code(batch_id: str, received_at: datetime) -> str:
    """The code a dossier gets when its pages carry no receipt code (never a real one)."""
    return f"SOHOA-{received_at:%y%m%d}-{batch_id[:8]}"


def document_id_of(receipt_code: str, pages: list[PageOutcome]) -> str:
    """The id a document of these pages gets: the same pages always give the same id."""
    return _document_id(receipt_code, (p.original or b"" for p in pages))


def archive_group(
    deps: Deps, *, source_name: str, source_sha: str, receipt_code: str, code_source: str,
    procedure: str | None, pages: list[PageOutcome], received_at: datetime, clerk: str,
    on_archived: IndexCallback, closed: date | None = None,
) -> DocumentReport:
    """Classify, build, sign, archive and index one document (the pages of one group)."""
    classes = [deps.rules.classify_page(_text(p)) for p in pages]
    _, doc = _archive_one(
        deps, source_name=source_name, source_sha=source_sha, receipt_code=receipt_code,
        code_source=code_source, procedure=procedure, pages=pages, page_classes=classes,
        received_at=received_at, clerk=clerk, on_archived=on_archived, closed=closed,
    )
    return doc


def reject_group(
    report: DossierReport, pages: list[PageOutcome], code: str, message: str
) -> None:
    """Record that a document could not be archived: the dossier fails, its pages are listed."""
    report.error_code = code
    report.error = f"dossier {report.receipt_code}: {message}"
    for p in pages:
        report.rejected.append(RejectedPage(p.file, p.page, code, message))


def process_dossier(
    deps: Deps, source_name: str, source_sha: str, code: str, code_source: str,
    outcomes: list[PageOutcome], received_at: datetime, clerk: str,
    on_archived: IndexCallback | None = None, closed: date | None = None,
) -> DossierReport:
    """Classify, sign, archive and index the pages of one dossier, here and now.

    ``on_archived`` indexes each archived document; by default it writes to ``deps.index``.
    """
    report, groups = plan_dossier(deps, code, code_source, outcomes, source_sha)
    for pages in groups:
        try:
            report.documents.append(archive_group(
                deps, source_name=source_name, source_sha=source_sha, receipt_code=code,
                code_source=code_source, procedure=report.procedure, pages=pages,
                received_at=received_at, clerk=clerk, on_archived=on_archived or index_now(deps),
                closed=closed,
            ))
        except SohoaError as exc:
            reject_group(report, pages, exc.code, exc.message)
    return report


def record_from_archive(deps: Deps, manifest_key: str) -> IndexRecord:
    """Build the index record of an archived document from its manifest and OCR text."""
    manifest = load_manifest(deps.store, manifest_key)
    prefix = manifest_key.removesuffix("manifest.json")
    ocr = json.loads(deps.store.get(prefix + "ocr.json"))
    text = "\n\n".join(p["text"] for p in ocr["pages"] if p)
    return IndexRecord.from_manifest(manifest, text, deps.store.locate(prefix))


def index_from_archive(deps: Deps, manifest_key: str) -> str:
    """Index one archived document from its manifest and OCR text; return its id."""
    record = record_from_archive(deps, manifest_key)
    deps.index.index(record)
    return record.document_id


def reindex(deps: Deps, batch_size: int = 200) -> int:
    """Rebuild the search index from the archive's manifests and OCR text; return the count."""
    deps.index.clear()
    count = 0
    batch: list[IndexRecord] = []
    for key, _manifest in iter_manifests(deps.store):
        batch.append(record_from_archive(deps, key))
        if len(batch) >= batch_size:
            deps.index.bulk(batch)
            count += len(batch)
            batch.clear()
    deps.index.bulk(batch)
    return count + len(batch)
