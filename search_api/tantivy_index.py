"""The embedded search index: Tantivy (a Lucene-class engine) in one directory, no server.

Text is indexed folded, lower-cased and ASCII-folded (so "giay" finds "giấy" and "dong" finds
"Đống"), in ``body`` with ``meta`` (receipt code, label, title, procedure, agency, fields)
after it: every word must match ``body``. The rest only ranks, as optional clauses that add
to BM25: the words in ``meta``; the words with their diacritics in ``exact`` (a query typed
with diacritics puts records that carry them exactly first); and each pair of neighbouring
words of the query in ``pairs``, which holds every pair of neighbouring folded words of the
text as one term ("giay_khai", "khai_sinh"), so a record holding the phrase ranks above one
with the words scattered. A phrase costs term look-ups, never a walk of positions: the words
of a Vietnamese phrase are common syllables found in almost every record, and checking their
positions in each of them was what a phrase query cost (187 ms p95 at 100k).

Type, procedure, agency and receipt code are raw fast fields, the date an integer fast field
(YYYYMMDD): filters, facets (terms aggregations of a bounded size) and the newest-first order
read columns, not documents. Only the page's documents are read from the store; totals and
facets are counted by aggregations over the words and filters alone, scoring nothing (past
``TOTAL_CAP`` matches the facets count the newest whole months: ``search_api.tantivy_counts``);
the page is a top-k that counts nothing (``_top_ranked``: block-max WAND where the query
allows). Records that rank alike come by document id across the whole list, not only within
a page: a group of equal scores (or dates) that a page boundary cuts is read whole, up to
``TIE_CAP`` records beyond the page, its order read from two columns of the id. A document
is replaced by deleting its id term, so indexing is linear; writing is
``search_api.tantivy_writer`` (live documents committed in the background within
``COMMIT_DELAY_S``). Several processes may write: the writer's lock is waited for.
"""

from __future__ import annotations

import json
import math
import shutil
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Any

import tantivy

from search_api.errors import SearchUnavailableError
from search_api.rebuild_log import RebuildLog, locked
from search_api.sqlite_index import make_snippet
from search_api.tantivy_counts import all_of, bm25_docs, count_matches, top_union
from search_api.tantivy_doc import day as _day
from search_api.tantivy_doc import document
from search_api.tantivy_schema import ID_KEYS, schema
from search_api.tantivy_switch import (
    generation,
    new_directory,
    open_lock,
    set_aside_if_older,
    switch,
)
from search_api.tantivy_text import EXACT, FOLDED, analyzers, folded_words, word_pairs
from search_api.tantivy_writer import COMMIT_DELAY_S, LiveWriter, flush_path
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

__all__ = ["COMMIT_DELAY_S", "SCHEMA_VERSION", "TIE_CAP", "TantivyIndex"]

SCHEMA_VERSION = "sohoa.tantivy/3"
"""Written beside the index; an index of another version is moved aside (``index.previous``)
and rebuilt from the archive (``rebuild_needed``)."""
TIE_CAP = 1000
"""How many records beyond a page are read to order a group of equal scores it cuts."""
_PHRASE_BOOST, _EXACT_BOOST, _META_BOOST = 4.0, 3.0, 3.0
_BULK_MIN = 200
"""A bulk of at least this many documents is indexed on two threads (a dossier's few on one,
one segment)."""
_NO_ID = (0, 0, "")
_K1 = 1.2
"""Tantivy's BM25 k1."""
_SLACK = 0.5
"""How much, at most, the clauses left out of the union's top may add to a score together
(``TantivyIndex._top_ranked``). Chosen on the synthetic archive of ``bench/search_scale.py``
at 1M records: more leaves so few clauses in the union that the page is proved only deep in
it (1.0: the slowest phrases took twice as long); less leaves terms of nearly every record
in it (0: every phrase half again as long)."""
_FEW, _SHARE = 1_000, 0.3
"""Words that about ``_FEW`` records or fewer hold together (their frequencies multiplied),
or that less than ``_SHARE`` of the records holding the rarest of them hold together, are
scored as they are, all their matches (the union's top would be mostly records holding only
some of them); words that most records hold together are looked for first in the union's
top."""


class TantivyIndex:
    """Full-text index in one Tantivy directory, safe to open from several processes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.schema = schema()
        self.analyzers = analyzers()
        self.rebuild_needed = False
        """The index of another version was moved aside: rebuild from the archive."""
        self.loading = False
        """A rebuild's new index, read by no one until it is switched in: ``bulk`` leaves
        its commit to later batches (``tantivy_writer.LOAD_COMMIT``) or to ``flush``, and
        deletes no earlier document of a record's id unless this load added one."""
        self._loaded: set[int] = set()
        """The hashes of the ids the load added (a hash shared by two ids costs a delete
        that finds nothing): a delete is looked up in every segment at each commit, a
        million of them at a million records."""
        self._rebuild = RebuildLog(path)
        self._open()

    def _open(self) -> None:
        """Open the directory ``path`` is now (again, after a rebuild was switched in)."""
        path = self.path
        self._seen: bytes | None = None
        self._counted: tuple[bytes | None, float] = (b"", 0.0)
        """(``_seen`` when counted, N of BM25): see ``_most``."""
        if hasattr(self, "_live"):  # what this process wrote to the one it had open
            self._live.flush_due()
        flush_path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with locked(open_lock(path)):  # one process moves an old index aside
                path.mkdir(exist_ok=True)
                if set_aside_if_older(path, SCHEMA_VERSION):
                    self.rebuild_needed = True
                    path.mkdir()
                self.created = not tantivy.Index.exists(str(path))
                self._index = tantivy.Index(self.schema, str(path), reuse=True)
                if self.created:
                    (path / "sohoa-version").write_text(SCHEMA_VERSION + "\n")
                self._gen = generation(path)
            for name, analyzer in self.analyzers.items():
                self._index.register_tokenizer(name, analyzer)
            self._live = LiveWriter(self._index, path, self._doc)
            self._live.recover()
        except (ValueError, OSError) as exc:
            raise SearchUnavailableError(f"search index {path} cannot be opened: {exc}") from exc

    def _current(self) -> None:
        """Open the rebuilt index if one was switched in since this one was opened."""
        if generation(self.path) != self._gen:
            self._open()

    # ------------------------------------------------------------------ writing

    def _doc(self, record: IndexRecord) -> tantivy.Document:
        return document(record)

    def index(self, record: IndexRecord) -> None:
        """Add or replace one document: searches in this process see it when it returns,
        other processes within ``COMMIT_DELAY_S`` (``search_api.tantivy_writer``)."""
        with self._rebuild.live(self._current, RebuildLog.indexed([record])):
            self._live.add_live(record)

    def flush(self) -> None:
        """Commit the live documents now (``index`` leaves them to a timer)."""
        self._live.flush()

    def bulk(self, records: Sequence[IndexRecord]) -> None:
        """Add or replace many documents in one commit (a rebuild's new index: committed
        with later batches, ``loading``)."""
        if records:
            def change(writer: tantivy.IndexWriter) -> None:
                loaded, add = self._loaded, self._live.add
                for record in records:
                    if not self.loading:
                        add(writer, record)
                        continue
                    key = hash(record.document_id)
                    add(writer, record, replace=key in loaded)
                    loaded.add(key)
            # merge the segments a bulk load made before the next one
            with self._rebuild.live(self._current, RebuildLog.indexed(records)):
                self._live.write(change, merge=True,
                                 bulk=self.loading or len(records) >= _BULK_MIN,
                                 commit=not self.loading, added=len(records))

    def remove(self, document_ids: Sequence[str]) -> None:
        """Remove these documents; unknown ids are ignored."""
        if document_ids:
            def change(writer: tantivy.IndexWriter) -> None:
                for doc_id in document_ids:
                    writer.delete_documents_by_term("document_id", doc_id)
            with self._rebuild.live(self._current, RebuildLog.removed(document_ids)):
                self._live.write(change)

    def clear(self) -> None:
        """Remove every document."""
        self._live.write(lambda writer: writer.delete_all_documents(), merge=True)

    def optimise(self) -> None:
        """Let pending merges finish (after a rebuild)."""
        self._live.write(lambda writer: None, merge=True)

    def begin_rebuild(self) -> TantivyIndex:
        """A new, empty index in a directory beside this one, for a rebuild; live changes
        are logged for it from now on (``search_api.rebuild_log``)."""
        built = new_directory(self.path)
        left = self._rebuild.begin(built.name)
        if left and left != built.name:  # a rebuild stopped before its end
            shutil.rmtree(self.path.with_name(left), ignore_errors=True)
        out = TantivyIndex(built)
        out.loading = True
        return out

    def finish_rebuild(self, built: TantivyIndex) -> int:  # type: ignore[override]
        """Catch ``built`` up with the live changes logged, switch it in (every process
        opens it from now on: ``search_api.tantivy_switch``) and delete the old directory;
        return how many changes were caught up."""
        replaced: list[Path | None] = []
        built.loading = False  # the changes caught up are committed as live ones are
        built._loaded.clear()
        built.flush()
        caught = self._rebuild.finish(built.path.name, built, lambda: replaced.append(
            switch(self.path, built.path)))
        self._current()
        if replaced[0] is not None:  # a search still reading it keeps its open files
            shutil.rmtree(replaced[0], ignore_errors=True)
        return caught

    def abort_rebuild(self, built: TantivyIndex) -> None:
        """Drop ``built`` (a rebuild that failed): this index stays as it is."""
        self._rebuild.abort(built.path.name)
        built._live.discard()
        shutil.rmtree(built.path, ignore_errors=True)

    # ------------------------------------------------------------------ reading

    def _searcher(self) -> tantivy.Searcher:
        self._current()
        flush_path(self.path)
        self._live.recover()  # what a stopped process left (a stat when there is nothing)
        try:  # a commit (here or elsewhere) rewrites meta.json: reload only then
            seen = (self.path / "meta.json").read_bytes()
        except FileNotFoundError:
            seen = None
        if seen is None or seen != self._seen:
            self._index.reload()
            self._seen = seen
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
        folded = self.analyzers[FOLDED].analyze(text)
        term = tantivy.Query.term_query
        required = [term(self.schema, "body", w) for w in dict.fromkeys(folded)]
        required += self._filters(query)
        match = all_of(required) if required else tantivy.Query.all_query()
        offset = cursor_offset(query)
        try:
            searcher = self._searcher()
            counted = count_matches(searcher, self.schema, match, query.facets,
                                    self._share(searcher, query, folded))
            if folded:
                top = self._top_ranked(searcher, required, text, folded,
                                       filtered=len(required) > len(set(folded)),
                                       offset=offset, limit=query.limit)
            else:
                top = self._top(searcher, match, offset, query.limit, by_date=True)
        except ValueError as exc:
            raise SearchUnavailableError(f"search failed: {exc}") from exc
        hits = []
        for key, rec in top:
            snippet = make_snippet(rec["text"], text) if folded else \
                normalise_space(rec["text"])[:160]
            hits.append(SearchHit(
                rec["document_id"], rec["receipt_code"], rec["doc_type"], rec["doc_label"],
                rec["title"], rec["date"], rec["location"],
                round(float(key), 4) if folded else 0.0, snippet, rec["procedure"],
                agency_of(rec["receipt_code"])))
        total, capped = int(counted.pop("total")["value"]), counted.pop("capped")
        facets = {name: {str(b["key"]): int(b["doc_count"])
                         for b in counted[name]["buckets"] if b["key"]}
                  for name in FACETS} if query.facets else {}
        end = offset + len(hits)
        more = len(hits) == query.limit and (capped or end < total)
        return SearchResults(hits, min(total, TOTAL_CAP), facets, capped=capped,
                             cursor=page_cursor(end) if more else None)

    def _share(self, searcher: tantivy.Searcher, query: SearchQuery,
               folded: list[str]) -> float:
        """At most how many records match, as a share of all: the fewest records holding
        one of the words or passing one of the filters (the date range aside)."""
        freq = searcher.doc_freq
        held = [freq("body", w) for w in folded]
        held += [freq(field, nfc(value)) for field, value in (
            ("doc_type", query.doc_type), ("procedure", query.procedure),
            ("receipt_code", query.receipt_code)) if value]
        if query.agencies:
            held.append(sum(freq("agency_code", nfc(a)) for a in query.agencies))
        everyone = max(1, searcher.num_docs)
        return min(held, default=everyone) / everyone

    def _clauses(self, text: str, folded: list[str]) -> list[tuple[tantivy.Query, str, str,
                                                                  float]]:
        """What ranks, beside the words in ``body``: the words in ``meta``, the pairs of
        neighbouring words and, typed with diacritics, the words that carry them exactly;
        each as (query, field, term, boost)."""
        out = [("meta", w, _META_BOOST) for w in dict.fromkeys(folded)]
        out += [("pairs", pair, _PHRASE_BOOST)
                for pair in dict.fromkeys(word_pairs(folded_words(text)).split())]
        exact = self.analyzers[EXACT].analyze(text)
        if exact != folded:  # typed with diacritics: those who carry them exactly first
            out += [("exact", w, _EXACT_BOOST) for w in dict.fromkeys(exact)]
        term, boost = tantivy.Query.term_query, tantivy.Query.boost_query
        return [(boost(term(self.schema, f, w), b), f, w, b) for f, w, b in out]

    def _top_ranked(self, searcher: tantivy.Searcher, required: list[tantivy.Query],
                    text: str, folded: list[str], filtered: bool, offset: int,
                    limit: int) -> list[tuple[float, dict[str, Any]]]:
        """The page of a query with words, by score then document id.

        Every clause that ranks also holds every word when the query has one word (a pair
        or a word in ``meta`` or ``exact`` is in ``body`` too): the words are then asked as
        a union of terms, the same records with the same scores, whose top Tantivy finds by
        block-max WAND without scoring every match. Words that seldom come together are
        asked as they are (their matches are few); words that mostly come together (a
        phrase of common syllables) are looked for first in the top of a union of the
        clauses that rank them apart (``tantivy_counts.top_union``): the clauses of terms in
        nearly every record, which can add at most ``_SLACK`` to a score together, are left
        out of that union (they would make every record a candidate) and only counted in
        the bound that proves the page."""
        clauses = self._clauses(text, folded)
        should = [q for q, *_ in clauses]
        words = list(dict.fromkeys(folded))
        if not filtered and len(words) == 1:
            union = tantivy.Query.boolean_query(
                [(tantivy.Occur.Should, q) for q in required[:1] + should])
            return self._top(searcher, union, offset, limit, by_date=False)
        ranked = tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, q) for q in required] +
            [(tantivy.Occur.Should, q) for q in should])
        counts = [searcher.doc_freq("body", w) for w in words]
        together = float(max(1, searcher.num_docs))  # how many hold them all, if independent
        for count in counts:
            together *= count / max(1, searcher.num_docs)
        if filtered or together <= _FEW or together < _SHARE * min(counts):
            return self._top(searcher, ranked, offset, limit, by_date=False)
        scoring = [(q, self._most(searcher, "body", w, 1.0))
                   for q, w in zip(required, words, strict=False)]
        scoring += [(q, self._most(searcher, f, w, b)) for q, f, w, b in clauses]
        scoring.sort(key=lambda c: c[1])
        slack, light = 0.0, 0
        while light < len(scoring) and slack + scoring[light][1] <= _SLACK:
            slack += scoring[light][1]
            light += 1
        union = tantivy.Query.boolean_query(
            [(tantivy.Occur.Should, q) for q, _ in scoring[light:]])

        def search(n: int) -> list[tuple[float, tantivy.DocAddress]]:
            found = top_union(searcher, self.schema, union, ranked, n, slack) \
                if light < len(scoring) else None
            return found if found is not None else searcher.search(ranked, n, count=False).hits
        return self._top(searcher, ranked, offset, limit, by_date=False, search=search)

    def _most(self, searcher: tantivy.Searcher, field: str, term: str, boost: float) -> float:
        """The most a term's clause can add to a score: BM25's idf x (k1 + 1) x boost, with
        the number of documents Tantivy counts (deleted ones too, until merged)."""
        if self._counted[0] != self._seen:
            self._counted = (self._seen, bm25_docs(self.schema, searcher))
        n, total = searcher.doc_freq(field, term), self._counted[1]
        return boost * (_K1 + 1) * math.log(1 + (total - n + 0.5) / (n + 0.5)) * 1.001

    def _top(self, searcher: tantivy.Searcher, q: tantivy.Query, offset: int, limit: int,
             by_date: bool, search: Callable[[int], list[tuple[float, tantivy.DocAddress]]]
             | None = None) -> list[tuple[float, dict[str, Any]]]:
        """The page's (score or date, stored record) in the order of the whole list: score
        (or date) descending, then document id. ``search(n)`` gives the first ``n`` (score,
        address) (default: the top of ``q``)."""
        if limit == 0:
            return []
        if by_date:
            return self._top_by_date(searcher, q, offset, limit)
        want = offset + limit
        n = want + 1
        while True:  # read on until the group of equal scores the page's end cuts is whole
            found = search(n) if search else searcher.search(q, n, count=False).hits
            if len(found) < n or found[-1][0] != found[want - 1][0] or n >= want + TIE_CAP:
                break
            n = min(4 * n, want + TIE_CAP)
        if len(found) <= offset:
            return []
        edges = {found[offset][0], found[min(want, len(found)) - 1][0]}
        ids = self._id_order(searcher, found, [
            i for i, (key, _) in enumerate(found) if key in edges or offset <= i < want])
        order = sorted(range(len(found)), key=lambda i: (-found[i][0], ids.get(i, _NO_ID)))
        return [(found[i][0], self._record(searcher, found[i][1])) for i in order[offset:want]]

    def _id_order(self, searcher: tantivy.Searcher, found: list[tuple[float, Any]],
                  chosen: list[int]) -> dict[int, tuple[int, int, str]]:
        """A key of each chosen hit's document id that sorts as the id: its first 16 bytes
        from two columns, the whole id read from the store only when those are alike."""
        addrs = [found[i][1] for i in chosen]
        heads = searcher.fast_field_values(ID_KEYS[0], addrs)
        tails = searcher.fast_field_values(ID_KEYS[1], addrs)
        alike = Counter(zip(heads, tails, strict=True))
        return {i: (h or 0, t or 0, searcher.doc(a).get_first("document_id")
                    if alike[h, t] > 1 or h is None else "")
                for i, a, h, t in zip(chosen, addrs, heads, tails, strict=True)}

    def _top_by_date(self, searcher: tantivy.Searcher, q: tantivy.Query, offset: int,
                     limit: int) -> list[tuple[float, dict[str, Any]]]:
        """Newest first, then by document id: a day the page shares with the pages around
        it is asked again for its records in document order (``document_id`` is a fast
        field), so the page is exact however many records share that day."""
        want = offset + limit
        found = searcher.search(q, want + 1, count=False, order_by_field="sort_date").hits
        days: dict[int, list[tantivy.DocAddress]] = {}
        for day, addr in found:
            days.setdefault(day, []).append(addr)
        out: list[tuple[float, dict[str, Any]]] = []
        at = 0  # where the day starts in the whole list
        for n, (day, addrs) in enumerate(days.items()):
            whole = n < len(days) - 1 or len(found) <= want  # every record of the day is here
            lo, hi = max(offset, at) - at, min(want, at + len(addrs)) - at
            if lo < hi and whole and lo == 0 and hi == len(addrs):
                records = sorted((self._record(searcher, a) for a in addrs),
                                 key=lambda r: r["document_id"])
            elif lo < hi:  # the day goes on before or after the page: ask for its part
                that_day = all_of([q, tantivy.Query.range_query(
                    self.schema, "sort_date", tantivy.FieldType.Integer, day, day)])
                part = searcher.search(that_day, hi - lo, count=False, offset=lo,
                                       order_by_field="document_id", order=tantivy.Order.Asc)
                records = [self._record(searcher, a) for _, a in part.hits]
            else:
                records = []
            out += [(0.0, r) for r in records]
            at += len(addrs)
            if at >= want:
                break
        return out

    def _record(self, searcher: tantivy.Searcher, addr: tantivy.DocAddress) -> dict[str, Any]:
        return dict(json.loads(bytes(searcher.doc(addr).get_first("record"))))

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


def _has_word(text: str) -> bool:
    return any(c.isalnum() for c in text)
