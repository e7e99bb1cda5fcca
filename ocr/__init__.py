"""OCR stage: engines behind one contract, and the searchable PDF writer."""

from __future__ import annotations

from ocr.engine import OcrEngine, OcrSettings, get_engine
from ocr.errors import OcrEngineMissingError, OcrFailedError
from ocr.pdf import PdfPage, build_searchable_pdf
from ocr.types import PageText, Word

__all__ = [
    "OcrEngine",
    "OcrEngineMissingError",
    "OcrFailedError",
    "OcrSettings",
    "PageText",
    "PdfPage",
    "Word",
    "build_searchable_pdf",
    "get_engine",
]
