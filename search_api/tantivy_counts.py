"""Counting and the union's top for the embedded index (``search_api.tantivy_index``)."""

from __future__ import annotations

import re
from typing import Any

import tantivy

from search_api.types import TOTAL_CAP

__all__ = ["all_of", "bm25_docs", "count_matches", "top_union"]

_FACET_FIELDS = {"doc_type": "doc_type", "procedure": "procedure", "agency": "agency_code"}
_FACET_SIZE = 500
"""At most this many values are counted for each facet."""
_UNION_CAP = 4_000
"""How deep the union's top is read before the whole query is scored instead."""


def all_of(queries: list[tantivy.Query]) -> tantivy.Query:
    """A query every one of ``queries`` must match."""
    if len(queries) == 1:
        return queries[0]
    return tantivy.Query.boolean_query([(tantivy.Occur.Must, q) for q in queries])


def count_matches(searcher: tantivy.Searcher, schema: tantivy.Schema, match: tantivy.Query,
                  facets: bool, share: float = 1.0) -> dict[str, Any]:
    """How many records match (``total``: exact up to ``TOTAL_CAP``, past it at least that
    many, ``capped`` then True) and, when asked, their facets, in one pass that reads one
    column (and the facets' columns) and scores nothing.

    ``share`` is at most how many of the records match, as a share of all (1 when not
    known). When it lets more than ``TOTAL_CAP`` match, the newest whole months are counted
    first, back from the latest until at least ``TOTAL_CAP`` records of them match (the
    months' terms lead, so only those records' columns are read): more than ``TOTAL_CAP``
    there is the answer, and the facets are those months'. Only when the months do not
    hold that many is every match counted."""
    aggs: dict[str, Any] = {"total": {"value_count": {"field": "sort_date"}}}
    if facets:
        aggs |= {name: {"terms": {"field": field, "size": _FACET_SIZE}}
                 for name, field in _FACET_FIELDS.items()}
    everyone = max(1, searcher.num_docs)
    months = sorted(searcher.terms_with_prefix("month", ""), reverse=True) \
        if everyone * share > TOTAL_CAP else []  # (month, how many records), newest first
    want = TOTAL_CAP * 1.2
    while months:
        scope, at, expected = match, 0, 0.0
        while at < len(months) and expected < want:
            expected += months[at][1] * share
            at += 1
        if expected < want or sum(n for _, n in months[:at]) > everyone / 2:
            break  # as dear as counting every match
        scope = all_of([match, tantivy.Query.term_set_query(
            schema, "month", [m for m, _ in months[:at]])])
        found = dict(searcher.aggregate(scope, aggs))
        seen = int(found["total"]["value"])
        if seen > TOTAL_CAP:
            return found | {"capped": True}
        want *= 2 * TOTAL_CAP / max(1, seen)  # fewer than expected: further back
    found = dict(searcher.aggregate(match, aggs))
    return found | {"capped": int(found["total"]["value"]) > TOTAL_CAP}


def top_union(searcher: tantivy.Searcher, schema: tantivy.Schema, union: tantivy.Query,
              ranked: tantivy.Query, n: int, slack: float = 0.0
              ) -> list[tuple[float, tantivy.DocAddress]] | None:
    """The first ``n`` records of ``ranked`` by score, found among the top of ``union``,
    a union of ``ranked``'s scoring clauses but those that can add at most ``slack``
    together (all of them when ``slack`` is 0); None when that top does not show them for
    sure (then the whole query is scored).

    The union's top ``k`` records are scored by ``ranked`` (records that do not hold every
    word drop out). A record outside that top scores at most the ``k``-th union score plus
    ``slack`` (and at most ``slack`` when the union has fewer than ``k``), so the ``n``
    found are the first when the ``n``-th scores more."""
    k = 2 * n + 20
    while k <= _UNION_CAP:
        found = searcher.search(union, k, count=False).hits
        ids = [searcher.doc(addr).get_first("document_id") for _, addr in found]
        held = searcher.search(all_of([ranked, tantivy.Query.const_score_query(
            tantivy.Query.term_set_query(schema, "document_id", ids), 0.0)]),
            len(ids), count=False).hits if ids else []
        if len(found) < k:  # every record with a score above ``slack`` is in ``held``
            if slack == 0.0 or (len(held) >= n and held[n - 1][0] > slack):
                return held[:n]
            return None
        if len(held) >= n and held[n - 1][0] > found[-1][0] + slack:
            return held[:n]
        k *= 4
    return None


def bm25_docs(schema: tantivy.Schema, searcher: tantivy.Searcher) -> float:
    """The number of documents Tantivy's BM25 counts (N of its idf; deleted documents not
    yet merged away count), read from the explanation of one document's score."""
    hits = searcher.search(tantivy.Query.all_query(), 1, count=False).hits
    if not hits:
        return float(searcher.num_docs)
    addr = hits[0][1]
    probe = tantivy.Query.term_query(schema, "document_id",
                                     searcher.doc(addr).get_first("document_id"))
    found = re.search(r'"value":\s*([0-9.eE+]+),\s*"description":\s*"N, total number of docs"',
                      probe.explain(searcher, addr).to_json())
    return max(float(found[1]), float(searcher.num_docs)) if found else \
        2.0 * searcher.num_docs  # not found: a bound that only weakens the proof
