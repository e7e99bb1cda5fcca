"""Errors of the search stage."""

from __future__ import annotations

from sohoa.errors import SohoaError, TransientServiceError

__all__ = ["SearchUnavailableError", "TransientServiceError"]


class SearchUnavailableError(SohoaError):
    """The search index cannot be opened or queried."""

    code = "search_unavailable"
    http_status = 503
