"""The local runner: every stage in-process, pages in a process pool (the embedded default)."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import cv2

from archive import (
    ArchivedDocument,
    FolderStore,
    ObjectStore,
    archive_document,
    find_archived,
    iter_manifests,
    record_intake,
)
from classify import PageClass, Rules, load_rules
from ingest import (
    IngestSettings,
    Source,
    expand_inputs,
    load_page,
    open_source,
    scan_page,
)
from ocr import OcrEngine, OcrSettings, PageText, PdfPage, build_searchable_pdf, get_engine
from pipeline.reports import (
    DocumentReport,
    DossierReport,
    InputReport,
    PageRef,
    RejectedPage,
    RunReport,
)
from pipeline.settings import Settings
from search_api import IndexRecord, SearchIndex, SqliteIndex
from signing import DevPki, sign_pdf
from sohoa.clock import now_vn
from sohoa.errors import SohoaError
from sohoa.text import nfc

__all__ = ["Deps", "PageOutcome", "build_deps", "process_paths", "reindex"]

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Deps:
    """The adapters a run uses, picked from the settings."""

    settings: Settings
    store: ObjectStore
    index: SearchIndex
    rules: Rules
    pki: DevPki


def build_deps(settings: Settings) -> Deps:
    """Build the embedded adapters: folder store, SQLite index, development PKI."""
    settings.data.mkdir(parents=True, exist_ok=True)
    return Deps(
        settings=settings,
        store=FolderStore(settings.store_dir),
        index=SqliteIndex(settings.index_path),
        rules=load_rules(),
        pki=DevPki.ensure(settings.pki_dir, settings.signing.organisation),
    )


@dataclass(frozen=True, slots=True)
class PageOutcome:
    """What a page worker made of one page."""

    index: int
    original: bytes | None = None
    original_ext: str = "png"
    dpi: float = 300.0
    rotation: int = 0
    skew_deg: float = 0.0
    blank: bool = False
    receipt_codes: tuple[str, ...] = ()
    pdf_page: PdfPage | None = None
    text: PageText | None = None
    error_code: str | None = None
    error: str | None = None


# ---- page workers -------------------------------------------------------------------------

_engine: OcrEngine | None = None


def _init_worker(ocr_settings: OcrSettings) -> None:
    global _engine
    cv2.setNumThreads(1)
    _engine = get_engine(ocr_settings)


def _page_job(source: Source, index: int, ingest: IngestSettings, ocr: OcrSettings) -> PageOutcome:
    """Load, clean and read one page. Runs in a worker; never raises for a bad page."""
    engine = _engine or get_engine(ocr)
    try:
        page = load_page(source, index, ingest)
    except SohoaError as exc:
        return PageOutcome(index, error_code=exc.code, error=exc.message)
    try:
        scan = scan_page(
            page.image, page.dpi,
            orientation=engine.orientation if ocr.detect_orientation else None,
            receipt_code_pattern=ingest.receipt_code_pattern,
            blank_threshold=ingest.blank_ink_ratio,
            max_skew_deg=ingest.max_skew_deg,
        )
        base = {"index": index, "original": page.original, "original_ext": page.original_ext,
                "dpi": page.dpi, "rotation": scan.rotation, "skew_deg": scan.skew_deg,
                "receipt_codes": scan.receipt_codes}
        if scan.blank:
            return PageOutcome(**base, blank=True)  # type: ignore[arg-type]
        text = engine.recognize(scan.upright, page.dpi)
        pdf_page = PdfPage.from_image(scan.upright, page.dpi, text)
        return PageOutcome(**base, pdf_page=pdf_page, text=text)  # type: ignore[arg-type]
    except SohoaError as exc:
        return PageOutcome(index, original=page.original, original_ext=page.original_ext,
                           error_code=exc.code, error=exc.message)
    except (cv2.error, ValueError, MemoryError) as exc:
        return PageOutcome(index, original=page.original, original_ext=page.original_ext,
                           error_code="page_unreadable",
                           error=f"the page could not be cleaned ({type(exc).__name__}: {exc})")


def _run_pages(
    source: Source, settings: Settings, pool: ProcessPoolExecutor | None
) -> list[PageOutcome]:
    args = [(source, i, settings.ingest, settings.ocr) for i in range(source.page_count)]
    if pool is None:
        return [_page_job(*a) for a in args]
    futures = [pool.submit(_page_job, *a) for a in args]
    return [f.result() for f in futures]


# ---- dossiers and documents -----------------------------------------------------------------


def _split(outcomes: list[PageOutcome], fallback_code: str) -> list[tuple[str, str, list[int]]]:
    """Split pages into dossiers at each page carrying a new receipt code."""
    dossiers: list[tuple[str, str, list[int]]] = []
    for i, o in enumerate(outcomes):
        code = o.receipt_codes[0] if o.receipt_codes else None
        if code and (not dossiers or dossiers[-1][0] != code):
            dossiers.append((code, "qr", [i]))
        elif dossiers:
            dossiers[-1][2].append(i)
        else:
            dossiers.append((fallback_code, "generated", [i]))
    # Pages before the first receipt sheet belong to no known dossier: keep them together
    # under the generated code rather than guessing.
    return dossiers


def _document_id(receipt_code: str, originals: Iterable[bytes]) -> str:
    digest = hashlib.sha256(receipt_code.encode())
    for data in originals:
        digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()[:24]


def _page_label(source: Source, index: int) -> PageRef:
    path, inner = source.page_file(index)
    return PageRef(str(path), inner + 1)


def _archive_one(
    deps: Deps,
    *,
    source: Source,
    source_sha: str,
    receipt_code: str,
    code_source: str,
    procedure: str | None,
    pages: list[PageOutcome],
    page_classes: list[PageClass],
    received_at: datetime,
    clerk: str,
) -> tuple[ArchivedDocument, DocumentReport]:
    rules = deps.rules
    texts = [p.text.text if p.text else "" for p in pages]
    result = rules.classify_document(texts, page_classes)
    document_id = _document_id(receipt_code, (p.original or b"" for p in pages))
    ocr_review = deps.settings.ocr.review_confidence
    refs = [_page_label(source, p.index) for p in pages]
    retention = result.retention
    assert retention is not None
    closing = received_at.date()
    retain_until = retention.retain_until(closing)
    archived = find_archived(deps.store, receipt_code, document_id)
    if archived is None:
        pdf = build_searchable_pdf(
            [p.pdf_page for p in pages if p.pdf_page is not None],
            title=f"{result.label} — {receipt_code}",
        )
        signed_at = now_vn()
        signer = deps.pki.clerk_signer(clerk)
        signed = sign_pdf(pdf, signer, when=signed_at, location=deps.settings.signing.organisation)
        files: dict[str, bytes] = {}
        page_meta = []
        for n, (p, ref) in enumerate(zip(pages, refs, strict=True), start=1):
            name = f"pages/page-{n:03d}.{p.original_ext}"
            files[name] = p.original or b""
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
            "source": {"file": source.path.name, "sha256": source_sha,
                       "intake": f"intake/{source_sha}/"},
            "pages": page_meta,
            "ocr": _ocr_summary(pages),
            "signature": {"signer": clerk, "signed_at": signed_at.isoformat(),
                          "level": "PAdES-B-B", "ca": deps.pki.ca_cert_path.name},
            "events": [
                {"at": received_at.isoformat(), "event": "received", "by": clerk},
                {"at": signed_at.isoformat(), "event": "signed", "by": clerk},
                {"at": now.isoformat(), "event": "archived", "by": "sohoa"},
            ],
        }
        archived = archive_document(
            deps.store, receipt_code=receipt_code, document_id=document_id, files=files,
            metadata=metadata, retain_until=retain_until, permanent=retain_until is None,
        )
    manifest = archived.manifest
    classification = manifest["classification"]
    deps.index.index(IndexRecord.from_manifest(manifest, "\n\n".join(texts), archived.location))
    report = DocumentReport(
        document_id=document_id,
        doc_type=classification["doc_type"],
        label=classification["label"],
        pages=refs,
        location=archived.location,
        signed_pdf=deps.store.locate(archived.prefix + "document.pdf"),
        needs_review=classification["needs_review"]
        or any(p["needs_review"] for p in manifest["pages"]),
        already_archived=archived.already_archived,
        fields=classification["fields"],
    )
    return archived, report


def _ocr_json(pages: list[PageOutcome]) -> bytes:
    data = [p.text.to_json() if p.text else None for p in pages]
    return json.dumps({"pages": data}, ensure_ascii=False).encode("utf-8")


def _ocr_summary(pages: list[PageOutcome]) -> dict[str, object]:
    texts = [p.text for p in pages if p.text is not None]
    if not texts:
        return {"engine": None}
    first = texts[0]
    return {
        "engine": first.engine, "version": first.engine_version, "language": first.language,
        "mean_confidence": round(sum(t.mean_confidence for t in texts) / len(texts), 2),
    }


def _process_dossier(
    deps: Deps, source: Source, source_sha: str, code: str, code_source: str,
    outcomes: list[PageOutcome], received_at: datetime, clerk: str,
) -> DossierReport:
    report = DossierReport(receipt_code=code, code_source=code_source)
    kept: list[PageOutcome] = []
    for o in outcomes:
        ref = _page_label(source, o.index)
        if o.error_code:
            report.rejected.append(RejectedPage(ref.file, ref.page, o.error_code, o.error or ""))
        elif o.blank:
            report.rejected.append(RejectedPage(
                ref.file, ref.page, "blank_page",
                "blank page (no text found); if it is the back of a one-sided sheet nothing "
                "is missing, otherwise rescan it",
            ))
        else:
            kept.append(o)
    if not kept:
        report.error_code = "no_pages"
        report.error = f"dossier {code}: no page could be archived; rescan the dossier"
        return report
    classes = [deps.rules.classify_page(o.text.text if o.text else "") for o in kept]
    groups = deps.rules.group(classes)
    receipt_fields = [
        deps.rules.classify_document([kept[g[0]].text.text], [classes[g[0]]]).fields  # type: ignore[union-attr]
        for g in groups
        if classes[g[0]].doc_type == "phieu_tiep_nhan"
    ]
    report.procedure = receipt_fields[0].get("thu_tuc") if receipt_fields else None
    for group in groups:
        try:
            _, doc = _archive_one(
                deps, source=source, source_sha=source_sha, receipt_code=code,
                code_source=code_source, procedure=report.procedure,
                pages=[kept[i] for i in group], page_classes=[classes[i] for i in group],
                received_at=received_at, clerk=clerk,
            )
            report.documents.append(doc)
        except SohoaError as exc:
            report.error_code = exc.code
            report.error = f"dossier {code}: {exc.message}"
            for i in group:
                ref = _page_label(source, kept[i].index)
                report.rejected.append(RejectedPage(ref.file, ref.page, exc.code, exc.message))
    return report


def _record_intake(deps: Deps, path: Path, received_at: datetime, clerk: str) -> str | None:
    files = sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path]
    digest = hashlib.sha256()
    for f in files:
        data = f.read_bytes()
        sha = record_intake(deps.store, data, filename=f.name, received_at=received_at,
                            details={"clerk": clerk, "batch": path.name})
        digest.update(sha.encode())
    if path.is_dir():
        return digest.hexdigest()
    return sha if files else None


def _process_input(
    deps: Deps, path: Path, pool: ProcessPoolExecutor | None, clerk: str,
    progress: Callable[[str], None],
) -> InputReport:
    report = InputReport(path=str(path))
    received_at = now_vn()
    try:
        report.sha256 = _record_intake(deps, path, received_at, clerk)
    except OSError as exc:
        report.error_code, report.error = "unreadable", f"{path.name}: cannot be read ({exc})"
        return report
    try:
        source = open_source(path, deps.settings.ingest)
    except SohoaError as exc:
        report.error_code, report.error = exc.code, exc.message
        return report
    report.kind, report.pages = source.kind, source.page_count
    progress(f"{path.name}: {source.page_count} pages")
    outcomes = _run_pages(source, deps.settings, pool)
    fallback = f"SOHOA-{received_at:%y%m%d}-{(report.sha256 or '0' * 8)[:8]}"
    for code, code_source, idx in _split(outcomes, fallback):
        dossier = _process_dossier(
            deps, source, report.sha256 or "", code, code_source, [outcomes[i] for i in idx],
            received_at, clerk,
        )
        report.dossiers.append(dossier)
    return report


def process_paths(
    paths: list[Path], deps: Deps, *, clerk: str | None = None,
    progress: Callable[[str], None] = lambda _msg: None,
) -> RunReport:
    """Run every stage on every input; a bad input never stops the others."""
    run = RunReport()
    clerk = nfc(clerk or deps.settings.signing.clerk)
    inputs: list[Path] = []
    for p in paths:
        try:
            inputs.extend(expand_inputs([p]))
        except SohoaError as exc:
            run.inputs.append(InputReport(path=str(p), error_code=exc.code, error=exc.message))
    workers = deps.settings.worker_count
    if workers > 1:
        with ProcessPoolExecutor(workers, initializer=_init_worker,
                                 initargs=(deps.settings.ocr,)) as pool:
            for path in inputs:
                run.inputs.append(_process_input(deps, path, pool, clerk, progress))
    else:
        _init_worker(deps.settings.ocr)
        for path in inputs:
            run.inputs.append(_process_input(deps, path, None, clerk, progress))
    return run


def reindex(deps: Deps) -> int:
    """Rebuild the search index from the archive's manifests and OCR text; return the count."""
    deps.index.clear()
    count = 0
    for key, manifest in iter_manifests(deps.store):
        prefix = key.removesuffix("manifest.json")
        ocr = json.loads(deps.store.get(prefix + "ocr.json"))
        text = "\n\n".join(p["text"] for p in ocr["pages"] if p)
        deps.index.index(IndexRecord.from_manifest(manifest, text, deps.store.locate(prefix)))
        count += 1
    return count

