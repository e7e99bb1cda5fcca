"""How a search is asked of Elasticsearch, so that a page stays cheap at a million records:
its words (below), its filters (``filters_of``) and its cursor (``cursor_of``); the request
itself is made in ``search_api.es_index``.

Which records match is the same for every shape: every word, folded, in ``text``, ``meta`` or
``title`` (``multi_match`` with ``and``). What ranks them:

- one word: the word in those fields, and, as before, the word in ``meta`` and, typed with
  diacritics, in ``text.exact``. Every one of these clauses holds the word, so they are asked
  as a union (``bool`` ``should``, at least one): the same records with the same scores as
  the word required plus optional clauses, but Lucene finds the union's top by block-max
  WAND without scoring every match, and a word found in half the records no longer costs a
  score per record;
- several words: each pair of neighbouring words as a two-word phrase of ``text``, which
  Elasticsearch answers with one term of the word pairs indexed beside it
  (``index_phrases``: no positions are read), so a record holding the phrase ranks above
  one with the words scattered; the whole phrase in ``meta`` (short); and, typed with
  diacritics, the words with their diacritics in ``text.exact`` as terms (that sub-field has
  no pairs: a phrase of common syllables there walked the positions of nearly every record).

Words in nearly every record (a phrase of the commonest syllables: "giấy khai sinh", "ủy ban
nhân dân") leave no block of matches to skip: each record adds almost nothing to a score
but every record that holds them all must be scored. When the words of a query are together
in about ``WIDE`` records or more (counted from how many records hold each word, as if they
came independently: ``TermStats``, counted per process and looked up again every
``STATS_TTL_S``), the page is ranked among the matches dated on or after the
``TOTAL_CAP``-th newest (the index is sorted newest first, so those are read first and the
rest skipped), together with every record that holds all the pairs of the phrase when the
rarest pair is in fewer than ``RARE_PAIRS`` records: a record holding the phrase is found
however old (a phrase in more records has many among the newest matches). The total of
such a search is past ``TOTAL_CAP`` anyway ("10,000+"); its facets count the same newest
matches (``ElasticIndex._with_facets``).
"""

from __future__ import annotations

import base64
import json
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from search_api.types import SearchQuery
from sohoa.text import fold, nfc

__all__ = ["RARE_PAIRS", "STATS_TTL_S", "WIDE", "Reach", "TermStats", "cursor_of",
           "cursor_values", "filters_of", "ranked", "tokens"]

WIDE = 20_000
"""A query whose words are together in about this many records or more is ranked among
its newest matches (scoring that many records is what a page may cost)."""
RARE_PAIRS = 5_000
"""A phrase whose rarest pair of words is in fewer than this many records is also looked for
outside the newest matches (at most that many more records scored)."""
STATS_TTL_S = 600.0
"""How long a process trusts the counts of words it looked up (an archive grows slowly)."""
_WORD = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    """The folded words of ``text`` in order, as ``vi_folded`` splits plain words."""
    return _WORD.findall(fold(text).lower())


def ranked(text: str, exact: bool) -> tuple[list[dict[str, Any]], list[dict[str, Any]], bool]:
    """The required clauses, the ranking clauses and whether the ranking clauses are a union
    that replaces the required ones (one word), for ``text`` (NFC, spaces normalised);
    ``exact``: typed with diacritics."""
    matched = {"multi_match": {"query": text, "fields": ["text", "meta^3", "title^2"],
                               "operator": "and"}}
    words = tokens(text)
    should: list[dict[str, Any]]
    if len(words) <= 1:
        should = [matched, {"match_phrase": {"text": {"query": text, "boost": 4}}},
                  {"match_phrase": {"meta": {"query": text, "boost": 4}}}]
        if exact:
            should.append({"match_phrase": {"text.exact": {"query": text, "boost": 3}}})
        return [], should, True
    should = [{"match_phrase": {"text": {"query": pair, "boost": 4}}}
              for pair in dict.fromkeys(pairs(words))]
    should.append({"match_phrase": {"meta": {"query": text, "boost": 4}}})
    if exact:
        should.append({"match": {"text.exact": {"query": text, "boost": 3}}})
    return [matched], should, False


def pairs(words: Sequence[str]) -> list[str]:
    """Each pair of neighbouring words, as ``index_phrases`` indexes it ("giay khai")."""
    return [f"{a} {b}" for a, b in pairwise(words)]


@dataclass(frozen=True)
class Reach:
    """How far a query of words in nearly every record is ranked: the newest matches, and
    the records holding every pair of ``pairs`` (empty: the newest matches alone)."""

    pairs: tuple[str, ...]

    def also(self) -> list[dict[str, Any]]:
        """The clauses a record outside the newest matches must hold to be ranked too."""
        return [{"match_phrase": {"text": pair}} for pair in self.pairs]


Search = Callable[..., dict[str, Any]]


class TermStats:
    """How many records hold each folded word (and pair of words) of ``text``, per index,
    counted by Elasticsearch and kept by this process for ``STATS_TTL_S``."""

    def __init__(self) -> None:
        self._kept: tuple[float, dict[str, int], list[int]] = (-STATS_TTL_S, {}, [0])
        """When the counts were first looked up, the counts, how many records there were
        (replaced whole when stale, so a thread never reads another's half-cleared counts)."""

    def reach(self, termvectors: Search, msearch: Search, text: str) -> Reach | None:
        """The ``Reach`` of a query of several words that are together in about ``WIDE``
        records or more; None for any other query (ranked among all its matches)."""
        ordered = tokens(text)
        words = list(dict.fromkeys(ordered))
        if len(ordered) < 2:
            return None
        if time.monotonic() - self._kept[0] > STATS_TTL_S:
            self._kept = (time.monotonic(), {}, [0])
        _, counts, records = self._kept
        if any(w not in counts for w in words):
            found = termvectors(doc={"text": " ".join(words)}, fields=["text"],
                                term_statistics=True, field_statistics=True, positions=False,
                                offsets=False, payloads=False)
            vectors = found.get("term_vectors", {}).get("text", {})
            records[0] = int(vectors.get("field_statistics", {}).get("doc_count", 0))
            for word in words:
                counts[word] = int(vectors.get("terms", {}).get(word, {}).get("doc_freq", 0))
        together = float(records[0])
        for word in words:
            together *= counts.get(word, 0) / max(1, records[0])
        if together < WIDE:
            return None
        pair_list = list(dict.fromkeys(pairs(ordered)))
        missing = [p for p in pair_list if p not in counts]
        if missing:
            searches: list[dict[str, Any]] = []
            for pair in missing:
                searches += [{}, {"query": {"match_phrase": {"text": pair}}, "size": 0,
                                  "track_total_hits": True}]
            for pair, response in zip(missing, msearch(searches=searches)["responses"],
                                      strict=True):
                counts[pair] = int(response.get("hits", {}).get("total", {}).get(
                    "value", records[0]))
        rarest = min(counts.get(p, records[0]) for p in pair_list)
        return Reach(tuple(pair_list) if rarest < RARE_PAIRS else ())


def cursor_of(after: list[Any], since: int | None) -> str:
    """The cursor of the page after the hit whose sort values are ``after``, carrying the
    date ``since`` its query's pages are ranked from (``ElasticIndex._reach``), if any."""
    carried: Any = after if since is None else {"after": after, "since": since}
    return base64.urlsafe_b64encode(json.dumps(carried).encode()).decode()


def cursor_values(cursor: str | None) -> tuple[list[Any] | None, int | None]:
    """The sort values a cursor carries (``search_after``) and the date the pages of its
    query are ranked from (``_reach``); None for none or a foreign one."""
    if not cursor:
        return None, None
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor.encode()))
    except ValueError:
        return None, None
    if isinstance(values, dict) and isinstance(values.get("after"), list):
        since = values.get("since")
        return values["after"], since if isinstance(since, int) else None
    return (values, None) if isinstance(values, list) else (None, None)


def filters_of(query: SearchQuery, by_agency_code: bool = True) -> list[dict[str, Any]]:
    """The filter clauses of a query (all must hold). An index made before every record had
    its ``agency_code`` is filtered by agency through the receipt code's prefix instead (a
    prefix of receipt codes, each unique, is thousands of terms at a million records)."""
    filters: list[dict[str, Any]] = []
    for field, value in (("doc_type", query.doc_type), ("procedure.keyword", query.procedure),
                         ("receipt_code", query.receipt_code)):
        if value:
            filters.append({"term": {field: nfc(value)}})
    if query.citizen_id is not None:  # a keyword term: the whole number, never a prefix
        filters.append({"term": {"citizen_ids": query.citizen_id}})
    if query.agencies and by_agency_code:
        filters.append({"terms": {"agency_code": sorted({nfc(a) for a in query.agencies})}})
    elif query.agencies:  # from the receipt code: records indexed before agency_code count
        codes = [nfc(a) for a in query.agencies if "-" not in a]  # no agency has a "-"
        filters.append({"bool": {"minimum_should_match": 1, "should": [
            q for a in codes for q in (
                {"term": {"receipt_code": a}}, {"prefix": {"receipt_code": f"{a}-"}})]}}
            if codes else {"match_none": {}})
    date_range: dict[str, str] = {}
    if query.date_from:
        date_range["gte"] = query.date_from.isoformat()
    if query.date_to:
        date_range["lte"] = query.date_to.isoformat()
    if date_range:
        filters.append({"range": {"sort_date": date_range}})
    return filters
