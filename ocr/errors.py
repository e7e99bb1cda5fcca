"""Errors of the OCR stage."""

from __future__ import annotations

from sohoa.errors import ConfigurationError, SohoaError

__all__ = ["OcrEngineMissingError", "OcrFailedError"]


class OcrEngineMissingError(ConfigurationError):
    """The OCR program or its language data is not installed."""

    code = "ocr_engine_missing"


class OcrFailedError(SohoaError):
    """The engine crashed or timed out on a page; the page is kept and can be retried."""

    code = "ocr_failed"
    http_status = 500
