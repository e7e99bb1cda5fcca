"""Errors of the service layer that every door answers the same way."""

from __future__ import annotations

from sohoa.errors import SohoaError

__all__ = ["NotFoundError", "RecordAlteredError"]


class NotFoundError(SohoaError):
    """The record, dossier or batch asked for does not exist, or is not this actor's to see."""

    code = "not_found"
    http_status = 404


class RecordAlteredError(SohoaError):
    """An archived file no longer matches the sha256 its manifest recorded."""

    code = "record_altered"
    http_status = 409
