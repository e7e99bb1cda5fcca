"""Ingest stage: load scans, clean pages, find receipt codes."""

from __future__ import annotations

from ingest.clean import PageScan, scan_page
from ingest.errors import (
    CorruptFileError,
    EmptyFileError,
    EncryptedPdfError,
    FileTooLargeError,
    InputNotFoundError,
    PageTooLargeError,
    UnsupportedFileTypeError,
)
from ingest.load import LoadedPage, Source, expand_inputs, load_page, open_source
from ingest.settings import RECEIPT_CODE_PATTERN, IngestSettings

__all__ = [
    "RECEIPT_CODE_PATTERN",
    "CorruptFileError",
    "EmptyFileError",
    "EncryptedPdfError",
    "FileTooLargeError",
    "IngestSettings",
    "InputNotFoundError",
    "LoadedPage",
    "PageScan",
    "PageTooLargeError",
    "Source",
    "UnsupportedFileTypeError",
    "expand_inputs",
    "load_page",
    "open_source",
    "scan_page",
]
