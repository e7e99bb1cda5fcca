"""How the embedded index (``search_api.tantivy_index``) cuts text into terms."""

from __future__ import annotations

import re
from itertools import chain, pairwise

import tantivy

from sohoa.text import fold

__all__ = ["ANALYZERS", "EXACT", "FOLDED", "PAIRS", "analyzers", "folded_body", "folded_words",
           "word_pairs"]

FOLDED, EXACT, PAIRS = "vi_folded", "vi_exact", "vi_pairs"
_WORD = re.compile(r"[^\W_]+")
_FOLDED_PIECES: dict[str, list[str]] = {}
_PIECES_KEPT = 200_000


def analyzers() -> dict[str, tantivy.TextAnalyzer]:
    """The analyzers registered with the index, by name: folded words (lower case, ASCII
    folded), exact words (lower case) and pairs (already folded, cut at spaces)."""
    def build(*filters: tantivy.Filter) -> tantivy.TextAnalyzer:
        builder = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        for f in filters:
            builder = builder.filter(f)
        return builder.filter(tantivy.Filter.remove_long(60)).build()
    return {FOLDED: build(tantivy.Filter.lowercase(), tantivy.Filter.ascii_fold()),
            EXACT: build(tantivy.Filter.lowercase()),
            PAIRS: tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build()}


ANALYZERS = analyzers()
"""The analyzers, for the pieces ``folded_words`` does not fold to plain letters itself."""


def folded_words(text: str) -> list[str]:
    """The folded words of ``text``, as ``vi_folded`` cuts them (runs of letters and digits,
    lower-cased, without diacritics, shorter than 60 bytes; a piece that does not fold to
    plain ASCII is asked of the analyzer itself). Each piece between spaces is folded
    once and remembered (a record's words are mostly the archive's common ones): asking the
    analyzer, or folding the whole text, cost as much as the rest of a document together."""
    known = _FOLDED_PIECES
    pieces = text.split()
    found = list(map(known.get, pieces))
    if None in found:
        if len(known) >= _PIECES_KEPT:
            known.clear()
        for at, piece in enumerate(pieces):
            if found[at] is None:
                found[at] = known.get(piece) or known.setdefault(piece, _fold_piece(piece))
    return list(chain.from_iterable(found))  # type: ignore[arg-type]


def folded_body(text: str, words: list[str]) -> str | None:
    """``text``'s folded ``words`` (``folded_words``) as one text that ``vi_folded`` cuts
    into exactly those words, in plain ASCII but for pieces it keeps (it then only splits
    at spaces: cutting and folding Vietnamese letters was a tenth of indexing a document);
    None when a piece of ``text`` folds otherwise in Python than in the analyzer, or folds
    to what the analyzer would cut again (``_UNSTABLE``): give it ``text`` as it is."""
    if _UNSTABLE and not _UNSTABLE.isdisjoint(text.split()):
        return None
    return " ".join(words)


_UNSTABLE: set[str] = set()
"""Pieces whose folded words are not the analyzer's own, or not cut into themselves again
(a symbol it folds to punctuation, as "⑴" to "(1)")."""


def _fold_piece(piece: str) -> list[str]:
    folded = fold(piece)
    mine = [w for w in _WORD.findall(folded) if len(w) < 60] if folded.isascii() else None
    theirs = ANALYZERS[FOLDED].analyze(piece)
    if mine not in (None, theirs) or ANALYZERS[FOLDED].analyze(" ".join(theirs)) != theirs:
        _UNSTABLE.add(piece)
    return theirs if mine is None else mine


def word_pairs(words: list[str]) -> str:
    """Each pair of neighbouring words as one term (``pairs``)."""
    return " ".join(map("_".join, pairwise(words)))
