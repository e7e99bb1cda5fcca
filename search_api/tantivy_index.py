"""The embedded search index: Tantivy (a Lucene-class engine) in one directory, no server.

Text is indexed twice: ``body`` lower-cased and ASCII-folded (so "giay" finds "giấy" and "dong"
finds "Đống"), ``exact`` lower-cased with its diacritics, which only ranks: a query typed with
diacritics puts records that carry them exactly first. ``meta`` (receipt code, label, title,
procedure, agency, fields) is folded too. Every word must match ``body`` or ``meta``; the
phrase and the exact phrase are optional clauses that add to BM25.

Type, procedure, agency and receipt code are raw fast fields, the date an integer fast field
(YYYYMMDD): filters, facets (terms aggregations of a bounded size) and the newest-first order
read columns, not documents. Only the page's documents are read from the store; totals are
exact up to ``TOTAL_CAP``. A document is replaced by deleting its id term, so indexing is
linear. Several processes may write: the writer's lock is waited for.
"""

from __future__ import annotations

import json
import time
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

import tantivy

from search_api.errors import SearchUnavailableError
from search_api.sqlite_index import make_snippet
from search_api.types import (
    FACETS,
    TOTAL_CAP,
    IndexRecord,
    SearchHit,
    SearchQuery,
    SearchResults,
    cursor_offset,
    page_cursor,
)
from sohoa.codes import agency_of
from sohoa.text import nfc, normalise_space

__all__ = ["SCHEMA_VERSION", "TantivyIndex"]

SCHEMA_VERSION = "sohoa.tantivy/1"
"""Written beside the index; an index of another version is rebuilt from the archive."""
_FOLDED, _EXACT = "vi_folded", "vi_exact"
_FACET_FIELDS = {"doc_type": "doc_type", "procedure": "procedure", "agency": "agency_code"}
_FACET_SIZE = 500
"""At most this many values are counted for each facet."""
_PHRASE_BOOST, _EXACT_BOOST, _META_BOOST = 4.0, 3.0, 3.0
_LOCK_WAIT_S = 60.0


def _schema() -> tantivy.Schema:
    b = tantivy.SchemaBuilder()
    b.add_text_field("document_id", stored=True, tokenizer_name="raw")
    for name in ("doc_type", "procedure", "agency_code", "receipt_code"):
        b.add_text_field(name, fast=True, tokenizer_name="raw", index_option="basic")
    b.add_integer_field("sort_date", indexed=True, fast=True)
    # the personal identification numbers a document belongs to: whole keywords, never stored
    b.add_text_field("citizen_ids", tokenizer_name="raw", index_option="basic")
    b.add_text_field("body", tokenizer_name=_FOLDED)
    b.add_text_field("exact", tokenizer_name=_EXACT)
    b.add_text_field("meta", tokenizer_name=_FOLDED)
    b.add_bytes_field("record", stored=True)
    return b.build()


def _analyzers() -> dict[str, tantivy.TextAnalyzer]:
    def build(*filters: tantivy.Filter) -> tantivy.TextAnalyzer:
        builder = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        for f in filters:
            builder = builder.filter(f)
        return builder.filter(tantivy.Filter.remove_long(60)).build()
    return {_FOLDED: build(tantivy.Filter.lowercase(), tantivy.Filter.ascii_fold()),
            _EXACT: build(tantivy.Filter.lowercase())}


def _meta(record: IndexRecord) -> str:
    return " ".join(p for p in (record.receipt_code, record.doc_label, record.title,
                                record.procedure, record.agency, *record.fields.values()) if p)


def _day(iso: str | None) -> int:
    return int(iso[:10].replace("-", "")) if iso and len(iso) >= 10 else 0


class TantivyIndex:
    """Full-text index in one Tantivy directory, safe to open from several processes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.schema = _schema()
        self.analyzers = _analyzers()
        try:
            path.mkdir(parents=True, exist_ok=True)
            self.created = not tantivy.Index.exists(str(path))
            self._index = tantivy.Index(self.schema, str(path), reuse=True)
            for name, analyzer in self.analyzers.items():
                self._index.register_tokenizer(name, analyzer)
            version = path / "sohoa-version"
            if self.created or not version.exists():
                version.write_text(SCHEMA_VERSION + "\n")
        except (ValueError, OSError) as exc:
            raise SearchUnavailableError(f"search index {path} cannot be opened: {exc}") from exc

    # ------------------------------------------------------------------ writing

    def _writer(self) -> tantivy.IndexWriter:
        deadline = time.monotonic() + _LOCK_WAIT_S
        while True:
            try:
                return self._index.writer(heap_size=64_000_000, num_threads=1)
            except ValueError as exc:  # another process holds the writer's lock
                if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                    raise SearchUnavailableError(
                        f"search index {self.path} cannot be written: {exc}") from exc
                time.sleep(0.02)

    def _doc(self, record: IndexRecord) -> tantivy.Document:
        text = nfc(record.text)
        stored = {"document_id": record.document_id, "receipt_code": record.receipt_code,
                  "doc_type": record.doc_type, "doc_label": record.doc_label,
                  "title": record.title, "procedure": record.procedure,
                  "date": record.doc_date or record.received_date, "location": record.location,
                  "text": text, "fields": record.fields}
        return tantivy.Document(
            document_id=record.document_id, doc_type=nfc(record.doc_type),
            procedure=nfc(record.procedure), agency_code=agency_of(record.receipt_code),
            receipt_code=record.receipt_code, citizen_ids=list(record.citizen_ids),
            sort_date=_day(record.doc_date or record.received_date),
            body=text, exact=text, meta=nfc(_meta(record)),
            record=json.dumps(stored, ensure_ascii=False).encode())

    def index(self, record: IndexRecord) -> None:
        """Add or replace one document (visible to search when it returns)."""
        self._write([record], wait=False)

    def bulk(self, records: Sequence[IndexRecord]) -> None:
        """Add or replace many documents in one commit."""
        if records:
            self._write(records, wait=True)

    def _write(self, records: Sequence[IndexRecord], wait: bool) -> None:
        writer = self._writer()
        try:
            for record in records:
                writer.delete_documents_by_term("document_id", record.document_id)
                writer.add_document(self._doc(record))
            writer.commit()
            if wait:  # merge the segments a bulk load made before the next one
                writer.wait_merging_threads()
        except ValueError as exc:
            raise SearchUnavailableError(f"search index {self.path}: {exc}") from exc
        finally:
            del writer

    def remove(self, document_ids: Sequence[str]) -> None:
        """Remove these documents; unknown ids are ignored."""
        if not document_ids:
            return
        writer = self._writer()
        for doc_id in document_ids:
            writer.delete_documents_by_term("document_id", doc_id)
        writer.commit()
        del writer

    def clear(self) -> None:
        """Remove every document."""
        writer = self._writer()
        writer.delete_all_documents()
        writer.commit()
        writer.wait_merging_threads()

    def optimise(self) -> None:
        """Let pending merges finish (after a rebuild)."""
        self._writer().wait_merging_threads()

    # ------------------------------------------------------------------ reading

    def _searcher(self) -> tantivy.Searcher:
        self._index.reload()
        return self._index.searcher()

    def count(self) -> int:
        """Return the number of documents indexed."""
        return int(self._searcher().num_docs)

    def document_ids(self, among: Collection[str] | None = None) -> set[str]:
        """Return the ids of every document indexed, or only those of ``among`` that are."""
        searcher = self._searcher()
        if among is not None:
            wanted = sorted(set(among))
            found: set[str] = set()
            for start in range(0, len(wanted), 1000):
                chunk = wanted[start:start + 1000]
                q = tantivy.Query.term_set_query(self.schema, "document_id", chunk)
                for _, addr in searcher.search(q, len(chunk), count=False).hits:
                    found.add(searcher.doc(addr).get_first("document_id"))
            return found
        q = tantivy.Query.all_query()
        hits = searcher.search(q, max(1, searcher.num_docs), count=False).hits
        return {searcher.doc(addr).get_first("document_id") for _, addr in hits}

    def search(self, query: SearchQuery) -> list[SearchHit]:
        """Return ranked hits; none when the text has no word."""
        if not _has_word(query.text):
            return []
        return self.find(query).hits

    def find(self, query: SearchQuery) -> SearchResults:
        """Return a page of ranked hits, the total (exact up to ``TOTAL_CAP``) and, when
        asked, the facets of every match. Empty text lists every record the filters let
        through, newest first."""
        text = normalise_space(nfc(query.text))
        folded = self.analyzers[_FOLDED].analyze(text)
        filters = self._filters(query)
        words = self._words(text, folded) if folded else None
        q = _all(([words] if words else []) + filters) if (words or filters) else \
            tantivy.Query.all_query()
        offset = cursor_offset(query)
        try:
            searcher = self._searcher()
            if words:
                result = searcher.search(q, query.limit, count=True, offset=offset)
            else:
                result = searcher.search(q, query.limit, count=True, offset=offset,
                                         order_by_field="sort_date")
            facets = self._facets(searcher, q) if query.facets else {}
        except ValueError as exc:
            raise SearchUnavailableError(f"search failed: {exc}") from exc
        hits = []
        for score, addr in result.hits:
            rec = json.loads(bytes(searcher.doc(addr).get_first("record")))
            snippet = make_snippet(rec["text"], text) if words else \
                normalise_space(rec["text"])[:160]
            hits.append(SearchHit(
                rec["document_id"], rec["receipt_code"], rec["doc_type"], rec["doc_label"],
                rec["title"], rec["date"], rec["location"],
                round(float(score), 4) if words else 0.0, snippet, rec["procedure"],
                agency_of(rec["receipt_code"])))
        # equal scores (or dates) in one order whatever order the records were indexed in:
        # the same search answers the same after a reindex or a restore
        hits.sort(key=lambda h: h.document_id)
        if words:
            hits.sort(key=lambda h: -h.score)
        else:
            hits.sort(key=lambda h: h.date or "", reverse=True)
        total = int(result.count or 0)
        end = offset + len(hits)
        more = len(hits) == query.limit and end < total
        return SearchResults(hits, min(total, TOTAL_CAP), facets, capped=total > TOTAL_CAP,
                             cursor=page_cursor(end) if more else None)

    def _words(self, text: str, folded: list[str]) -> tantivy.Query:
        """Every word in body or meta; the phrase and the exact words rank higher."""
        schema, term = self.schema, tantivy.Query.term_query
        must = [(tantivy.Occur.Must, tantivy.Query.disjunction_max_query([
            term(schema, "body", w),
            tantivy.Query.boost_query(term(schema, "meta", w), _META_BOOST)]))
            for w in dict.fromkeys(folded)]
        should = []
        if len(folded) > 1:
            for field in ("body", "meta"):
                should.append(tantivy.Query.boost_query(
                    tantivy.Query.phrase_query(schema, field, folded), _PHRASE_BOOST))
        exact = self.analyzers[_EXACT].analyze(text)
        if exact != folded:  # typed with diacritics: those who carry them exactly first
            q = term(schema, "exact", exact[0]) if len(exact) == 1 else \
                tantivy.Query.phrase_query(schema, "exact", exact)
            should.append(tantivy.Query.boost_query(q, _EXACT_BOOST))
        return tantivy.Query.boolean_query(
            must + [(tantivy.Occur.Should, q) for q in should])

    def _filters(self, query: SearchQuery) -> list[tantivy.Query]:
        schema, out = self.schema, []
        for field, value in (("doc_type", query.doc_type), ("procedure", query.procedure),
                             ("receipt_code", query.receipt_code),
                             ("citizen_ids", query.citizen_id)):
            if value:
                out.append(tantivy.Query.term_query(schema, field, nfc(value)))
        if query.agencies:
            out.append(tantivy.Query.term_set_query(schema, "agency_code",
                                                    [nfc(a) for a in query.agencies]))
        if query.date_from or query.date_to:
            out.append(tantivy.Query.range_query(
                schema, "sort_date", tantivy.FieldType.Integer,
                _day(query.date_from.isoformat()) if query.date_from else 0,
                _day(query.date_to.isoformat()) if query.date_to else 99_991_231))
        return [tantivy.Query.const_score_query(f, 0.0) for f in out]

    def _facets(self, searcher: tantivy.Searcher, q: tantivy.Query) -> dict[str, dict[str, int]]:
        aggs = {name: {"terms": {"field": field, "size": _FACET_SIZE}}
                for name, field in _FACET_FIELDS.items()}
        result: dict[str, Any] = searcher.aggregate(q, aggs)
        return {name: {str(b["key"]): int(b["doc_count"])
                       for b in result[name]["buckets"] if b["key"]} for name in FACETS}


def _all(queries: list[tantivy.Query]) -> tantivy.Query:
    if len(queries) == 1:
        return queries[0]
    return tantivy.Query.boolean_query([(tantivy.Occur.Must, q) for q in queries])


def _has_word(text: str) -> bool:
    return any(c.isalnum() for c in text)
