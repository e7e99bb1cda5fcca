"""The embedded search index: SQLite FTS5 over diacritic-folded text.

The folded text has the same length as the original (see ``sohoa.text.fold``), so a match
found in folded text is highlighted in the original, diacritics and all.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Collection, Sequence
from contextlib import closing
from dataclasses import replace
from pathlib import Path

from search_api.errors import SearchUnavailableError
from search_api.rebuild_log import RebuildLog
from search_api.types import (
    TOTAL_CAP,
    IndexRecord,
    SearchHit,
    SearchQuery,
    SearchResults,
    cursor_offset,
    page_cursor,
)
from sohoa.codes import agency_of
from sohoa.text import fold, nfc, normalise_space

__all__ = ["SqliteIndex", "make_snippet"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    document_id TEXT PRIMARY KEY,
    receipt_code TEXT NOT NULL,
    doc_type TEXT NOT NULL,
    doc_label TEXT NOT NULL,
    title TEXT NOT NULL,
    procedure TEXT NOT NULL,
    agency TEXT NOT NULL,
    doc_date TEXT,
    received_date TEXT NOT NULL,
    location TEXT NOT NULL,
    fields_json TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_receipt ON documents (receipt_code);
CREATE TABLE IF NOT EXISTS document_citizens (
    citizen_id TEXT NOT NULL,
    document_id TEXT NOT NULL,
    PRIMARY KEY (citizen_id, document_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS document_citizens_document ON document_citizens (document_id);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5 (
    document_id UNINDEXED, body, meta, tokenize = 'unicode61 remove_diacritics 2'
);
"""
_WORD = re.compile(r"\w+")
_PHRASE_BONUS = 5.0
_EXACT_BONUS = 3.0


def _meta(record: IndexRecord) -> str:
    parts = [record.receipt_code, record.doc_label, record.title, record.procedure,
             record.agency, *record.fields.values()]
    return fold(" ".join(p for p in parts if p))


def make_snippet(text: str, query: str, width: int = 160) -> str:
    """Return the text around the best match, matched words wrapped in ``[`` ``]``."""
    text = " ".join(nfc(text).split())  # normalise_space, without a regular expression
    folded = fold(text)
    phrase = normalise_space(fold(query))
    terms = [t for t in _WORD.findall(phrase) if t]
    if not terms:
        return text[:width]
    at = folded.find(phrase) if phrase else -1
    if at < 0:
        hits = [m.start() for t in terms  # the first match of each word is enough
                if (m := re.search(rf"\b{re.escape(t)}\b", folded))]
        at = min(hits) if hits else 0
    start = max(0, at - width // 3)
    if start > 0 and (space := text.find(" ", start, at)) >= 0:
        start = space + 1
    end = min(len(text), start + width)
    if end < len(text) and (space := text.rfind(" ", at, end)) > at:
        end = space
    spans: list[tuple[int, int]] = []
    patterns = [re.escape(phrase)] if phrase in folded[start:end] else []
    patterns += [rf"\b{re.escape(t)}\b" for t in terms]
    for pat in patterns:
        for m in re.finditer(pat, folded[start:end]):
            s, e = m.start() + start, m.end() + start
            if not any(s < e2 and s2 < e for s2, e2 in spans):
                spans.append((s, e))
    out, pos = [], start
    for s, e in sorted(spans):
        out.append(text[pos:s])
        out.append(f"[{text[s:e]}]")
        pos = e
    out.append(text[pos:end])
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return prefix + "".join(out) + suffix


class SqliteIndex:
    """Full-text index in one SQLite file (FTS5), safe to open from several processes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._rebuild = RebuildLog(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with closing(self._connect()) as db, db:
                db.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            raise SearchUnavailableError(f"search index {path} cannot be opened: {exc}") from exc

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30)
        db.execute("PRAGMA journal_mode=WAL")
        return db

    def index(self, record: IndexRecord) -> None:
        """Add or replace one document."""
        self.bulk([record])

    def bulk(self, records: Sequence[IndexRecord]) -> None:
        """Add or replace many documents in one transaction."""
        with self._rebuild.live(_same, RebuildLog.indexed(records)), \
                closing(self._connect()) as db, db:
            for record in records:
                self._write(db, record)

    def flush(self) -> None:
        """Nothing to do: each write is committed when it returns."""

    @staticmethod
    def _write(db: sqlite3.Connection, record: IndexRecord) -> None:
        db.execute("DELETE FROM documents WHERE document_id = ?", (record.document_id,))
        db.execute("DELETE FROM documents_fts WHERE document_id = ?", (record.document_id,))
        db.execute("DELETE FROM document_citizens WHERE document_id = ?", (record.document_id,))
        db.executemany("INSERT INTO document_citizens VALUES (?, ?)",
                       [(c, record.document_id) for c in record.citizen_ids])
        db.execute(
            "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (record.document_id, record.receipt_code, record.doc_type, record.doc_label,
             record.title, record.procedure, record.agency, record.doc_date,
             record.received_date, record.location,
             json.dumps(record.fields, ensure_ascii=False), nfc(record.text)),
        )
        db.execute(
            "INSERT INTO documents_fts (document_id, body, meta) VALUES (?,?,?)",
            (record.document_id, fold(record.text), _meta(record)),
        )


    def count(self) -> int:
        """Return the number of documents indexed."""
        with closing(self._connect()) as db:
            return int(db.execute("SELECT count(*) FROM documents").fetchone()[0])

    def document_ids(self, among: Collection[str] | None = None) -> set[str]:
        """Return the ids of every document indexed, or only those of ``among`` that are."""
        with closing(self._connect()) as db:
            if among is None:
                return {row[0] for row in db.execute("SELECT document_id FROM documents")}
            wanted, found = sorted(set(among)), set()
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                marks = ",".join("?" * len(chunk))
                found |= {row[0] for row in db.execute(
                    f"SELECT document_id FROM documents WHERE document_id IN ({marks})", chunk)}
            return found

    def remove(self, document_ids: Sequence[str]) -> None:
        """Remove these documents; unknown ids are ignored."""
        with self._rebuild.live(_same, RebuildLog.removed(document_ids)), \
                closing(self._connect()) as db, db:
            for doc_id in document_ids:
                db.execute("DELETE FROM documents WHERE document_id = ?", (doc_id,))
                db.execute("DELETE FROM documents_fts WHERE document_id = ?", (doc_id,))
                db.execute("DELETE FROM document_citizens WHERE document_id = ?", (doc_id,))

    def clear(self) -> None:
        """Remove every document."""
        with closing(self._connect()) as db, db:
            db.execute("DELETE FROM documents")
            db.execute("DELETE FROM documents_fts")
            db.execute("DELETE FROM document_citizens")

    def begin_rebuild(self) -> SqliteIndex:
        """A new, empty index in a file beside this one; live changes are logged for it."""
        built = self.path.with_name(f"{self.path.name}.r{time.time_ns()}")
        left = self._rebuild.begin(built.name)
        if left:  # a rebuild stopped before its end
            _drop(self.path.with_name(left))
        return SqliteIndex(built)

    def finish_rebuild(self, built: SqliteIndex) -> int:  # type: ignore[override]
        """Catch ``built`` up and copy it into this file in one transaction (every reader
        sees the old records or the new ones); return how many changes were caught up."""
        def switch() -> None:
            with closing(self._connect()) as db, db:
                db.execute("ATTACH DATABASE ? AS built", (str(built.path),))
                for table in _TABLES:
                    db.execute(f"DELETE FROM {table}")
                    db.execute(f"INSERT INTO {table} SELECT * FROM built.{table}")
        caught = self._rebuild.finish(built.path.name, built, switch)
        _drop(built.path)
        return caught

    def abort_rebuild(self, built: SqliteIndex) -> None:  # type: ignore[override]
        """Drop ``built``: this index stays as it was."""
        self._rebuild.abort(built.path.name)
        _drop(built.path)

    def search(self, query: SearchQuery) -> list[SearchHit]:
        """Return hits ranked by BM25, exact phrases first, diacritics optional; none when the
        text has no word."""
        if not _has_word(query.text):
            return []
        return self.find(query).hits

    def find(self, query: SearchQuery) -> SearchResults:
        """Return a page of ranked hits, the total (capped at ``TOTAL_CAP``) and, when asked,
        the facets of every match. Empty text lists every record the filters let through,
        newest first."""
        offset = cursor_offset(query)
        found = self._find(replace(query, offset=offset, cursor=None))
        end = offset + len(found.hits)
        more = len(found.hits) == query.limit > 0 and end < found.total
        return SearchResults(found.hits, min(found.total, TOTAL_CAP), found.facets,
                             capped=found.total > TOTAL_CAP,
                             cursor=page_cursor(end) if more else None)

    def _find(self, query: SearchQuery) -> SearchResults:
        folded_query = normalise_space(fold(query.text))
        terms = [t for t in _WORD.findall(folded_query) if _has_word(t)]
        where, params = _filters(query)
        if terms:
            source = " FROM documents_fts JOIN documents d USING (document_id)" \
                     " WHERE documents_fts MATCH ?" + where
            params = [" AND ".join(f'"{t}"' for t in terms), *params]
        else:
            source = " FROM documents d WHERE 1 = 1" + where
        # BM25 order is cut into blocks of _POOL and each block is ranked again (phrase and
        # diacritics bonuses): the ranked list is the same whichever page is asked for.
        first = query.offset // _POOL * _POOL
        stop = -(-(query.offset + query.limit) // _POOL) * _POOL
        rows: list[tuple[object, ...]] = []
        try:
            with closing(self._connect()) as db:
                total = int(db.execute("SELECT count(*)" + source, params).fetchone()[0])
                facets = {name: {str(v): int(n) for v, n in db.execute(
                    f"SELECT {expr}, count(*){source} GROUP BY 1 ORDER BY 2 DESC, 1",
                    params) if v} for name, expr in _FACET_SQL.items()} if query.facets else {}
                if query.limit and terms:
                    rows = db.execute(
                        _COLUMNS + ", bm25(documents_fts, 0.0, 1.0, 3.0)" + source
                        + " ORDER BY 12, d.document_id LIMIT ? OFFSET ?",
                        [*params, stop - first, first]).fetchall()
                elif query.limit:
                    rows = db.execute(
                        _COLUMNS + ", 0" + source + f" ORDER BY {_DATE_SQL} DESC,"
                        " d.document_id LIMIT ? OFFSET ?",
                        [*params, query.limit, query.offset]).fetchall()
        except sqlite3.Error as exc:
            raise SearchUnavailableError(f"search failed: {exc}") from exc
        if not terms:
            return SearchResults([_hit(row, 0.0, normalise_space(str(row[8]))[:160])
                                  for row in rows], total, facets)
        scored = [(_score(row, query.text, folded_query, len(terms)), row) for row in rows]
        ranked: list[tuple[float, tuple[object, ...]]] = []
        for at in range(0, len(scored), _POOL):  # sort is stable: ties keep BM25 order
            ranked += sorted(scored[at: at + _POOL], key=lambda pair: -pair[0])
        page = ranked[query.offset - first: query.offset - first + query.limit]
        return SearchResults([_hit(row, score, make_snippet(str(row[8]), query.text))
                              for score, row in page], total, facets)


_TABLES = ("documents", "documents_fts", "document_citizens")


def _same() -> None:
    """A file index is never switched: the rebuilt records are copied into it."""


def _drop(path: Path) -> None:
    for extra in ("", "-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)


def _has_word(text: str) -> bool:
    return any(c.isalnum() for c in text)


def _score(row: tuple[object, ...], text: str, folded_query: str, n_terms: int) -> float:
    """BM25 (column 12) plus the bonuses for the exact phrase and for matching diacritics."""
    flat = normalise_space(str(row[8]))
    score = -float(row[11])  # type: ignore[arg-type]
    exact = normalise_space(nfc(text)).lower()
    haystack = fold(flat) + " " + fold(" ".join(json.loads(str(row[9])).values()))
    if n_terms > 1 and folded_query in haystack:
        score += _PHRASE_BONUS
    if exact != folded_query and exact in flat.lower():
        score += _EXACT_BONUS
    return round(score, 4)


def _hit(row: tuple[object, ...], score: float, snippet: str) -> SearchHit:
    doc_id, code, doc_type, label, title, doc_date, received, location, _, _, procedure, _ = row
    return SearchHit(str(doc_id), str(code), str(doc_type), str(label), str(title),
                     str(doc_date or received), str(location), score, snippet, str(procedure),
                     agency_of(str(code)))


_POOL = 500
"""How many BM25 matches are ranked again together (phrase and diacritics bonuses)."""
_COLUMNS = ("SELECT d.document_id, d.receipt_code, d.doc_type, d.doc_label, d.title, d.doc_date,"
            " d.received_date, d.location, d.text, d.fields_json, d.procedure")
_DATE_SQL = "coalesce(nullif(d.doc_date, ''), d.received_date)"
"""The issue date, or the received date when unknown."""
_AGENCY_SQL = ("CASE WHEN instr(d.receipt_code, '-') > 0 THEN substr(d.receipt_code, 1,"
               " instr(d.receipt_code, '-') - 1) ELSE d.receipt_code END")
"""``sohoa.codes.agency_of`` in SQL: the receipt code up to the first ``-``."""
_FACET_SQL = {"doc_type": "d.doc_type", "procedure": "d.procedure", "agency": _AGENCY_SQL}


def _filters(query: SearchQuery) -> tuple[str, list[object]]:
    """The SQL conditions (each starting with AND) and parameters of a query's filters."""
    sql, params = "", []
    for column, value in (("d.doc_type", query.doc_type), ("d.procedure", query.procedure),
                          ("d.receipt_code", query.receipt_code)):
        if value:
            sql += f" AND {column} = ?"
            params.append(nfc(value))
    if query.citizen_id is not None:  # the whole number, from its own index: never a prefix
        sql += (" AND d.document_id IN (SELECT c.document_id FROM document_citizens c"
                " WHERE c.citizen_id = ?)")
        params.append(query.citizen_id)
    if query.agencies:
        sql += f" AND {_AGENCY_SQL} IN ({', '.join('?' * len(query.agencies))})"
        params += [nfc(a) for a in query.agencies]
    if query.date_from:
        sql += f" AND {_DATE_SQL} >= ?"
        params.append(query.date_from.isoformat())
    if query.date_to:
        sql += f" AND {_DATE_SQL} <= ?"
        params.append(query.date_to.isoformat())
    return sql, params
