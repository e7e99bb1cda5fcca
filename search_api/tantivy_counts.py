"""Counting and the union's top for the embedded index (``search_api.tantivy_index``)."""

from __future__ import annotations

from typing import Any

import tantivy

from search_api.types import TOTAL_CAP

__all__ = ["all_of", "count_matches", "top_union"]

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
              every: tantivy.Query, n: int) -> list[tuple[float, tantivy.DocAddress]] | None:
    """The first ``n`` records holding every word, by score, found among the union's
    top (records holding only some of the words come there too and are left out); empty
    when that top does not show them for sure (None: then the whole query is scored). A record
    holding every word scores the same in the union; one out of the union's top ``k``
    scores at most the ``k``-th score, so the ``n`` found are the first when the ``n``-th
    of them scores more."""
    k = 2 * n + 20
    while k <= _UNION_CAP:
        found = searcher.search(union, k, count=False).hits
        ids = [searcher.doc(addr).get_first("document_id") for _, addr in found]
        held = searcher.search(
            all_of([every, tantivy.Query.term_set_query(schema, "document_id", ids)]),
            len(ids), count=False).hits if ids else []
        whole = {(a.segment_ord, a.doc) for _, a in held}
        full = [(key, a) for key, a in found if (a.segment_ord, a.doc) in whole]
        if len(found) < k or (len(full) >= n and full[n - 1][0] > found[-1][0]):
            return full[:n]
        k *= 4
    return None
