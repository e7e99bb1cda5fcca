"""The search index on Elasticsearch 8: a Vietnamese folding analyzer plus an exact sub-field.

``text`` is analysed with lowercase + ASCII folding (so "giay" finds "giấy" and "dong" finds
"Đống"); ``text.exact`` keeps the diacritics and is boosted, so a query typed with diacritics
ranks exact matches first. Receipt code, type, procedure, agency and dates are keyword/date
fields for filters and facets; ``citizen_ids`` (the personal identification numbers a document
belongs to) is a keyword field looked up with a ``term`` query: the whole number, never a
prefix.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from elastic_transport import ConnectionError as EsConnectionError
from elastic_transport import ConnectionTimeout
from elasticsearch import ApiError, Elasticsearch, NotFoundError

from search_api.errors import SearchUnavailableError
from search_api.es_query import TermStats, cursor_of, cursor_values, filters_of, ranked
from search_api.es_rebuild import Rebuilds, indexed, removed
from search_api.types import TOTAL_CAP, IndexRecord, SearchHit, SearchQuery, SearchResults
from sohoa.codes import agency_of
from sohoa.errors import TransientServiceError
from sohoa.text import fold, nfc, normalise_space

__all__ = ["INDEX_SETTINGS", "MAPPING_VERSION", "MAX_WINDOW", "ElasticIndex"]

_log = logging.getLogger(__name__)

INDEX_SETTINGS: dict[str, Any] = {
    "settings": {
        "number_of_shards": 1,
        "number_of_replicas": 0,
        # newest first on disk: the newest-first listing and the newest matches that the
        # facets of a large result are counted over are read first and stop early
        "sort.field": "sort_date", "sort.order": "desc", "sort.missing": "_last",
        "analysis": {
            "analyzer": {
                "vi_folded": {"type": "custom", "tokenizer": "standard",
                              "filter": ["lowercase", "asciifolding"]},
                "vi_exact": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase"]},
            },
        },
    },
    "mappings": {
        "dynamic": "strict",
        "properties": {
            "document_id": {"type": "keyword"},
            "receipt_code": {"type": "keyword"},
            "agency_code": {"type": "keyword"},
            "doc_type": {"type": "keyword"},
            "doc_label": {"type": "keyword"},
            "title": {"type": "text", "analyzer": "vi_folded"},
            "procedure": {"type": "text", "analyzer": "vi_folded",
                          "fields": {"keyword": {"type": "keyword"}}},
            "agency": {"type": "text", "analyzer": "vi_folded",
                       "fields": {"keyword": {"type": "keyword"}}},
            "doc_date": {"type": "date", "format": "strict_date"},
            "received_date": {"type": "date", "format": "strict_date"},
            "sort_date": {"type": "date", "format": "strict_date"},
            "location": {"type": "keyword", "index": False},
            "citizen_ids": {"type": "keyword"},
            "fields": {"type": "object", "dynamic": True},
            "meta": {"type": "text", "analyzer": "vi_folded"},
            # the highlighter reads the offsets kept in the postings (no term vectors: they
            # tripled the index); word pairs are indexed so a phrase is a few term lookups
            # (not for the exact sub-field: it only ranks, and pairs double the build's work)
            "text": {"type": "text", "analyzer": "vi_folded", "index_options": "offsets",
                     "index_phrases": True,
                     "fields": {"exact": {"type": "text", "analyzer": "vi_exact"}}},
        },
        "_meta": {"sohoa_mapping": 2},
    },
}
MAPPING_VERSION = 2
"""The version of ``INDEX_SETTINGS``' mappings; an index made with an older one keeps working
(its queries are the same) but is only made faster by a rebuild (``sohoa reindex``)."""
_BULK_REQUESTS = 2
"""Requests a large bulk is sent as, at once: a shard indexes each request on one of its
write threads, so two use both processors of a two-processor server."""
_SPLIT_MIN = 500
"""Records a bulk needs before it is split (a live catch-up's few records go as one)."""


class ElasticIndex:
    """Full-text index in one Elasticsearch index."""

    def __init__(self, url: str, index: str = "sohoa-documents", *, timeout_s: float = 10.0,
                 refresh: bool = False) -> None:
        self.client = Elasticsearch(url, request_timeout=timeout_s, max_retries=1,
                                    retry_on_timeout=True)
        self.name = index
        self.url = url
        self.refresh = refresh
        """Make each write visible to search at once (tests); bulk loads leave it off."""
        self._ready = False
        self._unrefreshed = False
        """A bulk load was written but not yet refreshed (``find`` refreshes first)."""
        self._rebuilds = Rebuilds(self)
        """``name`` is an alias once the index was rebuilt (``search_api.es_rebuild``)."""
        self._current = False
        """The index has this version's mappings (every record has its ``agency_code``)."""
        self._stats = TermStats()
        """How many records hold the words searched (``search_api.es_query``)."""

    def _call(self, what: str, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        try:
            return fn(*args, **kwargs)
        except (EsConnectionError, ConnectionTimeout) as exc:
            raise TransientServiceError(
                f"search server {self.url} is not reachable ({what})"
            ) from exc
        except ApiError as exc:
            if getattr(exc, "status_code", 0) in (429, 502, 503, 504):
                raise TransientServiceError(f"search server busy ({what}): {exc}") from exc
            raise SearchUnavailableError(f"search {what} failed: {exc}") from exc

    def _ensure(self) -> None:
        """Create the index on first use (not at construction: archiving must not wait for it)."""
        if self._ready:
            return
        # The template makes any index named like this one (e.g. a rebuilt one) get the
        # Vietnamese analysis and the mappings.
        self._call("put template", self.client.indices.put_index_template, name=self.name,
                   index_patterns=[self.name], priority=100,
                   template={"settings": INDEX_SETTINGS["settings"],
                             "mappings": INDEX_SETTINGS["mappings"]})
        if not self._call("check index", self.client.indices.exists, index=self.name):
            try:
                self._call("create index", self.client.indices.create, index=self.name)
            except SearchUnavailableError as exc:
                if "resource_already_exists" not in str(exc):
                    raise
            self._current = True
        else:
            self._current = self._upgrade()
        self._ready = True

    def _upgrade(self) -> bool:
        """Bring an index made by an older sohoa up to date as far as can be done in place:
        the fields added since are added; fields whose indexing changed keep it until the
        index is rebuilt (``sohoa reindex``), which the log says once per process. True when
        the index has this version's mappings."""
        mapping = self._call("read mappings", self.client.indices.get_mapping, index=self.name)
        current = next(iter(mapping.values()), {}).get("mappings", {})
        if current.get("_meta", {}).get("sohoa_mapping") == MAPPING_VERSION:
            return True
        have = current.get("properties", {})
        wanted = INDEX_SETTINGS["mappings"]["properties"]
        missing = {k: v for k, v in wanted.items() if k not in have}
        if missing:
            self._call("update mappings", self.client.indices.put_mapping, index=self.name,
                       properties=missing)
        _log.warning(
            "Chỉ mục tìm kiếm %s được tạo bởi phiên bản sohoa cũ: vẫn tìm được, nhưng tìm cụm "
            "từ chậm hơn cho tới khi chạy `sohoa reindex`. / The search index %s was made by an "
            "older sohoa (mapping %s, now %s): search works, but phrases are slower until "
            "`sohoa reindex` rebuilds it.", self.name, self.name,
            current.get("_meta", {}).get("sohoa_mapping", 1), MAPPING_VERSION)
        return False

    @staticmethod
    def _doc(record: IndexRecord) -> dict[str, Any]:
        meta = " ".join(p for p in (record.receipt_code, record.doc_label, record.title,
                                    record.procedure, record.agency,
                                    *record.fields.values()) if p)
        return {
            "document_id": record.document_id, "receipt_code": record.receipt_code,
            "agency_code": agency_of(record.receipt_code), "doc_type": record.doc_type,
            "doc_label": record.doc_label, "title": record.title,
            "procedure": record.procedure, "agency": record.agency,
            "doc_date": record.doc_date or None, "received_date": record.received_date or None,
            "sort_date": record.doc_date or record.received_date or None,
            "location": record.location, "fields": record.fields, "meta": nfc(meta),
            "citizen_ids": list(record.citizen_ids),
            "text": nfc(record.text),
        }

    def index(self, record: IndexRecord) -> None:
        """Add or replace one document (its id is the document id)."""
        self._ensure()
        self._call("log", self._rebuilds.log, indexed([record]))
        self._call("index", self.client.index, index=self.name, id=record.document_id,
                   document=self._doc(record), refresh="wait_for" if self.refresh else None)

    def bulk(self, records: Sequence[IndexRecord]) -> None:
        """Add or replace many documents: searchable by this object at once, by others
        within the index's refresh interval. A large batch whose ids are all different goes
        as ``_BULK_REQUESTS`` requests at once (Elasticsearch indexes one request's documents
        for a shard on one thread: one request at a time kept one processor busy)."""
        self._ensure()
        if not records:
            return
        self._call("log", self._rebuilds.log, indexed(records))
        parts: list[Sequence[IndexRecord]] = [records]
        if len(records) >= _SPLIT_MIN and len({r.document_id for r in records}) == len(records):
            step = -(-len(records) // _BULK_REQUESTS)
            parts = [records[at:at + step] for at in range(0, len(records), step)]
        if len(parts) == 1:
            self._send(records)
        else:
            with ThreadPoolExecutor(len(parts), thread_name_prefix="sohoa-es-bulk") as pool:
                list(pool.map(self._send, parts))
        self._unrefreshed = not self.refresh

    def _send(self, records: Sequence[IndexRecord]) -> None:
        ops: list[dict[str, Any]] = []
        for r in records:
            ops.append({"index": {"_index": self.name, "_id": r.document_id}})
            ops.append(self._doc(r))
        # a bulk load is a rebuild or a catch-up: not refreshed batch by batch (each refresh
        # makes a segment and waits for it), but at its end (``flush``) or before this
        # object's next search
        result = self._call("bulk", self.client.bulk, operations=ops,
                            refresh="wait_for" if self.refresh else None)
        if result.get("errors"):
            raise SearchUnavailableError("some documents could not be indexed")

    def flush(self) -> None:
        """Refresh the index if a bulk load left it unrefreshed. A rebuilt index is not
        merged into one segment: it goes on taking live writes, and Elasticsearch's own
        merges suit that better (``optimise`` merges on demand)."""
        if self._unrefreshed:
            self._call("refresh", self.client.indices.refresh, index=self.name)
            self._unrefreshed = False

    def optimise(self) -> None:
        """Refresh, then merge the index into one segment and wait for it (minutes at a
        million records; searches go on meanwhile)."""
        self._ensure()
        self._unrefreshed = True
        self.flush()
        self._call("merge", self.client.options(request_timeout=3600).indices.forcemerge,
                   index=self.name, max_num_segments=1)

    def count(self) -> int:
        """Return the number of documents indexed."""
        self._ensure()
        self._call("refresh", self.client.indices.refresh, index=self.name)
        return int(self._call("count", self.client.count, index=self.name)["count"])

    def document_ids(self, among: Collection[str] | None = None) -> set[str]:
        """Return the ids of every document indexed, or only those of ``among`` that are."""
        self._ensure()
        self._call("refresh", self.client.indices.refresh, index=self.name)
        ids: set[str] = set()
        if among is not None:
            wanted = sorted(set(among))
            for start in range(0, len(wanted), 1000):
                chunk = wanted[start:start + 1000]
                result = self._call("list", self.client.search, index=self.name,
                                    query={"ids": {"values": chunk}}, size=len(chunk),
                                    _source=False)
                ids.update(h["_id"] for h in result["hits"]["hits"])
            return ids
        body: dict[str, Any] = {"query": {"match_all": {}}, "size": 1000, "_source": False,
                                "sort": [{"document_id": "asc"}]}
        while True:
            result = self._call("list", self.client.search, index=self.name, **body)
            hits = result["hits"]["hits"]
            ids.update(h["_id"] for h in hits)
            if len(hits) < 1000:
                return ids
            body["search_after"] = hits[-1]["sort"]

    def remove(self, document_ids: Sequence[str]) -> None:
        """Remove these documents; unknown ids are ignored. Gone from search when it returns."""
        self._ensure()
        ops = [{"delete": {"_index": self.name, "_id": doc_id}} for doc_id in document_ids]
        if ops:
            self._call("log", self._rebuilds.log, removed(document_ids))
            result = self._call("bulk delete", self.client.bulk, operations=ops,
                                refresh="wait_for")
            failed = [i["delete"]["_id"] for i in result.get("items", [])
                      if i["delete"].get("status") not in (200, 404)]
            if failed:
                raise SearchUnavailableError(f"documents {', '.join(failed)} could not be "
                                             "removed from the index")

    def begin_rebuild(self) -> ElasticIndex:
        """A new, empty index for a rebuild; live changes are logged for it from now on."""
        self._ensure()
        return self._call("begin rebuild", self._rebuilds.begin,  # type: ignore[no-any-return]
                          lambda name: ElasticIndex(self.url, name, refresh=self.refresh),
                          INDEX_SETTINGS)

    def finish_rebuild(self, built: ElasticIndex) -> int:  # type: ignore[override]
        """Catch ``built`` up and move the alias to it atomically; drop the old index."""
        return int(self._call("finish rebuild", self._rebuilds.finish, built))

    def abort_rebuild(self, built: ElasticIndex) -> None:  # type: ignore[override]
        """Drop ``built``: this index stays as it was."""
        self._call("abort rebuild", self._rebuilds.abort, built)

    def clear(self) -> None:
        """Remove every document (drop and recreate the index, or those behind the alias)."""
        try:
            behind = list(self.client.indices.get_alias(name=self.name)) \
                if self.client.indices.exists_alias(name=self.name) else [self.name]
            self._call("delete index", self.client.indices.delete, index=behind)
        except SearchUnavailableError as exc:
            if not isinstance(exc.__cause__, NotFoundError):
                raise
        self._ready = False
        self._ensure()

    def _newest(self, required: list[dict[str, Any]], more: bool = False
                ) -> tuple[int | None, bool]:
        """The date (epoch ms) of the ``TOTAL_CAP``-th newest record that holds every clause
        of ``required`` (None when fewer do or it has no date) and, asked ``more``, whether
        more than ``TOTAL_CAP`` do. The index is sorted newest first, so it is found without
        reading the older ones."""
        newest = self._call("search", self.client.search, index=self.name,
                            query={"bool": {"filter": required}}, from_=TOTAL_CAP - 1, size=1,
                            _source=False, track_total_hits=TOTAL_CAP + 1 if more else False,
                            sort=[{"sort_date": {"order": "desc", "missing": "_last"}}])
        more = more and int(newest["hits"]["total"]["value"]) > TOTAL_CAP
        nth = newest["hits"]["hits"]
        if nth and isinstance(nth[0]["sort"][0], int) and nth[0]["sort"][0] > _NO_DATE:
            return int(nth[0]["sort"][0]), more
        return None, more

    def _with_facets(self, body: dict[str, Any], required: list[dict[str, Any]],
                     since: int | None) -> tuple[dict[str, Any], dict[str, Any]]:
        """The page ``body`` asks for and the facets of the records that hold every clause of
        ``required``, in one request of two searches. Past ``TOTAL_CAP`` matches, the facets
        count the newest of them: every match dated on or after the ``TOTAL_CAP``-th newest's
        date (``since`` when the page is ranked among those: ``search_api.es_query``);
        scoring and counting every match of a common word is what made a first page slow at
        a million records."""
        if since is None:
            since, _ = self._newest(required)
        matched: dict[str, Any] = {"bool": {"filter": required}}
        if since is not None:
            matched = {"bool": {"filter": [*required, {"range": {"sort_date": {
                "gte": since, "format": "epoch_millis"}}}]}}
        counting = {"query": matched, "size": 0, "track_total_hits": False,
                    "aggs": {name: {"terms": {"field": field, "size": _FACET_SIZE}}
                             for name, field in _FACET_FIELDS.items()}}
        both = self._call("search", self.client.msearch, index=self.name,
                          searches=[{}, body, {}, counting])["responses"]
        for response in both:
            if "error" in response:
                if response.get("status") in (429, 502, 503, 504):
                    raise TransientServiceError(f"search server busy: {response['error']}")
                raise SearchUnavailableError(f"search failed: {response['error']}")
        return both[0], both[1]

    def _reach(self, text: str, required: list[dict[str, Any]], since: int | None
               ) -> tuple[int | None, dict[str, Any] | None, bool]:
        """For a query of words in nearly every record (``search_api.es_query``): the date
        its page is ranked from (``since`` when its cursor carries one), the filter that
        keeps the records it is ranked among and whether more than ``TOTAL_CAP`` records
        match (a cursor's page: assumed); (None, None, False) for any other query."""
        try:  # without the counts, the query is ranked among all its matches
            reach = self._stats.reach(
                lambda **kw: self._call("count words", self.client.termvectors,
                                        index=self.name, **kw),
                lambda **kw: self._call("count words", self.client.msearch, index=self.name,
                                        **kw), text)
        except SearchUnavailableError:
            reach = None
        more = True
        if reach is None:
            return None, None, False
        if since is None:
            since, more = self._newest(required, more=True)
        if since is None:
            return None, None, False
        newest = {"range": {"sort_date": {"gte": since, "format": "epoch_millis"}}}
        if not reach.pairs:
            return since, newest, more
        return since, {"bool": {"minimum_should_match": 1, "should": [
            newest, {"bool": {"filter": reach.also()}}]}}, more

    def search(self, query: SearchQuery) -> list[SearchHit]:
        """Return hits: all words must match (folded); phrases (word pairs) and exact
        diacritics rank first (``search_api.es_query``); none when the text has no word."""
        if not any(c.isalnum() for c in query.text):
            return []
        return self.find(query).hits

    def find(self, query: SearchQuery) -> SearchResults:
        """Return a page of ranked hits, the total and the facets of every match. Empty text
        lists every record the filters let through, newest first. Hits past the
        ``MAX_WINDOW``-th are not returned (Elasticsearch's result window); the total and the
        facets still count them."""
        self._ensure()
        self.flush()
        text = normalise_space(nfc(query.text))
        after, since = cursor_values(query.cursor)
        start = 0 if after else min(query.offset, MAX_WINDOW)
        filters = filters_of(query, self._current)
        body: dict[str, Any] = {
            "query": {"bool": {"filter": filters}},
            "from": start, "size": query.limit if after else min(query.limit, MAX_WINDOW - start),
            "track_total_hits": TOTAL_CAP, "_source": {"excludes": ["meta", "citizen_ids"]},
        }
        if after:
            body["search_after"] = after
        required, more, newest_only = filters, False, False
        if any(c.isalnum() for c in text):
            must, should, union = ranked(text, exact=fold(text) != text.lower())
            bool_ = body["query"]["bool"]
            bool_["should"] = should
            if union:  # every clause holds the word: the first is the word itself
                bool_["minimum_should_match"] = 1
                required = [*filters, should[0]]
            else:
                bool_["must"] = must
                required = [*filters, *must]
                since, among, more = self._reach(text, required, since)
                if among is not None:
                    bool_["filter"] = [*filters, among]
                    newest_only = True
            body["highlight"] = {"fields": {"text": {"fragment_size": 160,
                                                     "number_of_fragments": 1,
                                                     "no_match_size": 160}},
                                 "pre_tags": ["["], "post_tags": ["]"]}
            body["_source"] = {"excludes": ["text", "meta", "citizen_ids"]}
            body["sort"] = ["_score", {"document_id": "asc"}]  # the same order on every page
        else:
            since = None
            body["sort"] = [{"sort_date": {"order": "desc", "missing": "_last"}},
                            {"document_id": "asc"}]
        if query.facets:
            result, counted = self._with_facets(body, required, since)
        else:
            result = self._call("search", self.client.search, index=self.name, **body)
        hits: list[SearchHit] = []
        for h in result["hits"]["hits"]:
            src = h["_source"]
            fragments = (h.get("highlight", {}).get("text")
                         or [normalise_space(src.get("text", ""))[:160]])
            hits.append(SearchHit(
                src["document_id"], src["receipt_code"], src["doc_type"], src["doc_label"],
                src.get("title") or "", src.get("doc_date") or src.get("received_date"),
                src["location"], round(float(h.get("_score") or 0.0), 4),
                normalise_space(fragments[0]), src.get("procedure") or "",
                agency_of(src["receipt_code"]),
            ))
        facets = {name: {b["key"]: int(b["doc_count"])
                         for b in counted["aggregations"][name]["buckets"] if b["key"]}
                  for name in _FACET_FIELDS} if query.facets else {}
        total = result["hits"]["total"]
        raw = result["hits"]["hits"]
        cursor = cursor_of(raw[-1]["sort"], since) if raw and len(raw) == query.limit else None
        return SearchResults(hits, min(int(total["value"]), TOTAL_CAP), facets,
                             capped=more or total.get("relation") == "gte", cursor=cursor,
                             newest_only=newest_only)


MAX_WINDOW = 10_000
"""Elasticsearch's default ``index.max_result_window``: how deep hits can be paged by offset
(deeper pages are reached by cursor: ``search_after``)."""
_FACET_FIELDS = {"doc_type": "doc_type", "procedure": "procedure.keyword",
                 "agency": "agency_code"}
_FACET_SIZE = 500
"""At most this many values are counted for each facet."""
_NO_DATE = -(2**62)
"""Below this, a date sort value stands for a record with no date (``missing: _last``)."""
