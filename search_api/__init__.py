"""Search stage: the full-text index port and its adapters."""

from __future__ import annotations

from search_api.errors import SearchUnavailableError
from search_api.sqlite_index import SqliteIndex, make_snippet
from search_api.types import (
    FACETS,
    TOTAL_CAP,
    IndexRecord,
    SearchHit,
    SearchIndex,
    SearchQuery,
    SearchResults,
)

__all__ = [
    "FACETS",
    "TOTAL_CAP",
    "IndexRecord",
    "SearchHit",
    "SearchIndex",
    "SearchQuery",
    "SearchResults",
    "SearchUnavailableError",
    "SqliteIndex",
    "make_snippet",
]
