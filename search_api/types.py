"""Types of the search port: what is indexed and what a search returns."""

from __future__ import annotations

import base64
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from sohoa.codes import CITIZEN_ID
from sohoa.text import nfc

__all__ = ["FACETS", "TOTAL_CAP", "IndexRecord", "SearchHit", "SearchIndex", "SearchQuery",
           "SearchResults", "cursor_offset", "page_cursor"]

FACETS = ("doc_type", "procedure", "agency")
"""What search results are counted by."""
TOTAL_CAP = 10_000
"""Totals are exact up to this many matches; past it a search says "10,000+"
(``SearchResults.capped``)."""


@dataclass(frozen=True, slots=True)
class IndexRecord:
    """One archived document as the index sees it: built from its manifest and OCR text."""

    document_id: str
    receipt_code: str
    doc_type: str
    doc_label: str
    title: str
    procedure: str
    agency: str
    doc_date: str | None
    """Issue date (ngày ban hành) when known, ISO format."""
    received_date: str
    location: str
    text: str
    fields: dict[str, str] = field(default_factory=dict)
    citizen_ids: tuple[str, ...] = ()
    """The personal identification numbers (12 digits) of the citizens the document belongs
    to: the one it carries as its ``so_cccd`` field and the one its dossier's receipt names.
    Indexed as a keyword: looked up whole, never by prefix."""

    @classmethod
    def from_manifest(cls, manifest: dict[str, Any], text: str, location: str,
                      citizen_ids: Iterable[str] = ()) -> IndexRecord:
        """Build a record from an archive manifest (schema ``sohoa.manifest/1``) and its text;
        ``citizen_ids`` adds numbers the manifest does not carry (its dossier's receipt's)."""
        cls_ = manifest.get("classification", {})
        fields = {k: str(v) for k, v in cls_.get("fields", {}).items()}
        ids = [fields.get("so_cccd", "").strip(), *citizen_ids]
        return cls(
            document_id=manifest["document_id"],
            receipt_code=manifest["receipt_code"],
            doc_type=cls_.get("doc_type", ""),
            doc_label=cls_.get("label", ""),
            title=cls_.get("title") or "",
            procedure=manifest.get("dossier", {}).get("procedure") or "",
            agency=fields.get("co_quan_ban_hanh", ""),
            doc_date=fields.get("ngay_ban_hanh"),
            received_date=manifest.get("dossier", {}).get("received_at", "")[:10],
            location=location,
            text=nfc(text),
            fields=fields,
            citizen_ids=tuple(sorted({i for i in ids if CITIZEN_ID.fullmatch(i)})),
        )


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """A search: words (with or without diacritics) and filters."""

    text: str
    doc_type: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    """Both inclusive; compared with the issue date, or the received date when unknown."""
    limit: int = 10
    procedure: str | None = None
    agencies: tuple[str, ...] = ()
    """Only records of these agencies (``sohoa.codes.agency_of`` of the receipt code); empty:
    every agency."""
    receipt_code: str | None = None
    offset: int = 0
    """How many ranked hits to skip (pagination); ``limit`` is the page size."""
    facets: bool = True
    """Count the matches by facet (``SearchResults.facets``); off, the facets are empty and
    the search costs only its page."""
    cursor: str | None = None
    """Continue after the page that returned this ``SearchResults.cursor`` (``offset`` is
    then ignored): how deep pages are reached."""
    citizen_id: str | None = None
    """Only records that belong to this citizen (``IndexRecord.citizen_ids``): 12 digits,
    matched whole."""

    def __post_init__(self) -> None:
        if self.limit < 0 or self.offset < 0:
            raise ValueError(f"limit and offset cannot be negative: {self.limit}, {self.offset}")
        if self.citizen_id is not None and not CITIZEN_ID.fullmatch(self.citizen_id):
            raise ValueError("a personal identification number is exactly 12 digits")


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One ranked result."""

    document_id: str
    receipt_code: str
    doc_type: str
    doc_label: str
    title: str
    date: str | None
    location: str
    score: float
    snippet: str
    """Text around the match; matched words are wrapped in ``[`` and ``]``."""
    procedure: str = ""
    agency: str = ""
    """The agency the dossier belongs to (from its receipt code)."""


@dataclass(frozen=True, slots=True)
class SearchResults:
    """One page of ranked hits, how many records match in all, and their counts by facet."""

    hits: list[SearchHit]
    total: int
    facets: dict[str, dict[str, int]]
    """For each of ``FACETS``, each value and how many matching records have it (empty when
    the query did not ask for them). When ``capped``, an adapter may count them over the
    newest matching records only, at least ``TOTAL_CAP`` of them (Tantivy: whole months
    back from the latest); pages say so."""
    capped: bool = False
    """More than ``TOTAL_CAP`` records match; ``total`` is then ``TOTAL_CAP``."""
    cursor: str | None = None
    """The query's ``cursor`` for the next page; None on the last page."""
    newest_only: bool = False
    """The page is ranked among the newest matches only, not all of them (Elasticsearch, a
    search whose words are together in very many records: ``search_api.es_query``); older
    matches are found by narrowing the dates or adding words. Pages say so."""


class SearchIndex(Protocol):
    """A full-text index of archived documents.

    Implementations MUST match words with and without Vietnamese diacritics (đ as d), MUST
    rank an exact phrase above scattered words, and MUST treat ``index`` of the same document
    id as a replacement (so a rebuilt index has no duplicates).
    """

    def index(self, record: IndexRecord) -> None:
        """Add or replace one document. Near real time: searches may see it up to about a
        second after this returns (Tantivy: at once in this process, within its commit
        timer elsewhere; Elasticsearch: after its refresh)."""
        ...

    def bulk(self, records: Sequence[IndexRecord]) -> None:
        """Add or replace many documents at once (a load ends with ``flush``)."""
        ...

    def flush(self) -> None:
        """Make everything written so far visible to every searcher, in every process: the
        end of a bulk load (a rebuild, a catch-up), before it is reported done."""
        ...

    def search(self, query: SearchQuery) -> list[SearchHit]:
        """Return ranked hits (``find(query).hits``); none when the text has no word."""
        ...

    def find(self, query: SearchQuery) -> SearchResults:
        """Return a page of ranked hits with the total and the facets of every match. Empty
        text matches every record the filters let through, newest first."""
        ...

    def count(self) -> int:
        """Return the number of documents indexed."""
        ...

    def document_ids(self, among: Collection[str] | None = None) -> set[str]:
        """Return the ids of every document indexed, or only those of ``among`` that are
        (what one dossier's view needs, without listing the whole index)."""
        ...

    def remove(self, document_ids: Sequence[str]) -> None:
        """Remove these documents (destroyed records); unknown ids are ignored."""
        ...

    def clear(self) -> None:
        """Remove every document."""
        ...

    def begin_rebuild(self) -> SearchIndex:
        """Start a rebuild: a new, empty index beside this one, to be filled with ``bulk``
        and ``flush``. This one keeps answering and taking live changes meanwhile, from
        every process; each change made from now on is also kept for the new one."""
        ...

    def finish_rebuild(self, built: SearchIndex) -> int:
        """Make in ``built`` (of ``begin_rebuild``) the live changes kept for it, then put
        it in this one's place for every searcher, in every process, at once, and drop the
        old one; return how many changes were caught up."""
        ...

    def abort_rebuild(self, built: SearchIndex) -> None:
        """Drop ``built`` (a rebuild that failed or was stopped): this index stays as it
        was, with every live change."""
        ...


def page_cursor(offset: int) -> str:
    """The cursor of the page that starts at ``offset`` (the embedded indexes': top-k with an
    offset costs a heap of offset + k, never a read of the skipped hits)."""
    return base64.urlsafe_b64encode(f"o{offset}".encode()).decode()


def cursor_offset(query: SearchQuery) -> int:
    """Where a query's page starts: at its cursor's offset when it has one of
    ``page_cursor``, else at ``offset``."""
    if not query.cursor:
        return query.offset
    try:
        raw = base64.urlsafe_b64decode(query.cursor.encode()).decode()
        return int(raw[1:]) if raw[:1] == "o" else query.offset
    except (ValueError, UnicodeDecodeError):
        return query.offset
