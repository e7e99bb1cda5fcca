"""Reading one page: load, clean, check and OCR it into a ``PageOutcome``.

This runs in a page worker (a pool process of the local runner or a Celery worker); it never
needs the adapters, only the ingest and OCR settings.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from functools import lru_cache

import cv2
import numpy as np
from PIL import Image

from ingest import IngestSettings, Source, load_page, scan_page
from ingest.clean import PageScan, to_gray, turn_scan
from ocr import OcrEngine, OcrSettings, PageText, PdfPage, get_engine
from pipeline.page_checks import ReviewFlag, gate_page, review_page
from sohoa.errors import SohoaError
from sohoa.timing import CPU, add, stage, take

__all__ = [
    "PAGE_CPU", "PageOutcome", "engine_for", "page_layout", "page_text", "read_page",
    "read_upright",
]


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
    review: tuple[ReviewFlag, ...] = ()
    """Why a person should check what was read of the page (empty: it looks right)."""
    timings: tuple[tuple[str, float], ...] = ()
    """Seconds the worker spent on the page, per stage (``sohoa.timing``); not kept."""


def page_text(outcome: PageOutcome) -> str:
    """Return the OCR text of a page, or an empty string if it was not read."""
    return outcome.text.text if outcome.text else ""


def page_layout(outcome: PageOutcome) -> PageText | str:
    """What the classifier reads of a page: its words with their boxes (the title is found
    by its layout), or an empty text if it was not read."""
    return outcome.text if outcome.text is not None else ""


def _thumbnail(image: np.ndarray, width: int = 320) -> bytes:
    im = Image.fromarray(image)
    im.thumbnail((width, width * 2))
    buf = io.BytesIO()
    im.save(buf, format="JPEG", quality=70)
    return buf.getvalue()


def engine_for(ocr: OcrSettings) -> OcrEngine:
    """Return the OCR engine for these settings, made once per process."""
    return _engine_for(ocr.model_dump_json())


@lru_cache(maxsize=4)
def _engine_for(ocr_json: str) -> OcrEngine:
    cv2.setNumThreads(1)
    return get_engine(OcrSettings.model_validate_json(ocr_json))


PAGE_CPU = "page" + CPU
"""The stage of ``sohoa.timing`` that holds the processor seconds of the page worker's pages."""

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
        with stage("OCR"):
            return engine.recognize(s.for_ocr, s.ocr_dpi).resized(width, height, s.dpi)

    text = read(scan)
    sideways = _sideways(text)
    if detect_orientation and (sideways or text.mean_confidence < _TURNED_CONFIDENCE):
        with stage("orientation"):
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
    reports when ``source`` is a temporary copy. The outcome carries the seconds spent on the
    page per stage (``PageOutcome.timings``; ``page``: all of it; ``PAGE_CPU``: the processor
    seconds of all of it, which other work on the machine does not inflate).
    """
    earlier = take()  # read in the gathering process: its sums so far are not this page's
    try:
        with stage("page"):
            outcome = _read_page(source, index, ingest, ocr, display)
        return replace(outcome, timings=take())
    finally:
        add(earlier)


def _read_page(
    source: Source, index: int, ingest: IngestSettings, ocr: OcrSettings, display: str | None
) -> PageOutcome:
    path, inner = source.page_file(index)
    ref = (display or str(path), inner + 1)
    try:
        with stage("load"):
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
        engine = engine_for(ocr.for_page(photographed=scan.photographed))
        gate = gate_page(to_gray(scan.sheet), scan.dpi, ingest.quality, engine)
        if gate.issues:
            return PageOutcome(**base, error_code=gate.issues[0].code,  # type: ignore[arg-type]
                               error="; ".join(i.reason for i in gate.issues),
                               thumbnail=_thumbnail(scan.sheet))
        scan, text = read_upright(scan, engine, ingest, detect_orientation=ocr.detect_orientation)
        base["rotation"], base["skew_deg"] = scan.rotation, scan.skew_deg
        with stage("page image for the PDF"):
            pdf_page = PdfPage.from_image(scan.upright, scan.dpi, text)
        review = review_page(text, gate.verdict.text, ocr.review_confidence)
        return PageOutcome(**base, pdf_page=pdf_page, text=text,  # type: ignore[arg-type]
                           review=review)
    except SohoaError as exc:
        return PageOutcome(index, *ref, original=page.original, original_ext=page.original_ext,
                           error_code=exc.code, error=exc.message,
                           thumbnail=_thumbnail(page.image))
    except (cv2.error, ValueError, MemoryError) as exc:
        return PageOutcome(index, *ref, original=page.original, original_ext=page.original_ext,
                           error_code="page_unreadable",
                           error=f"không xử lý được ảnh trang; quét lại trang này (the page "
                                 f"could not be cleaned: {type(exc).__name__}: {exc})")
