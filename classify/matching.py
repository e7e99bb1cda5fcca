"""Which document type a title names: its patterns as whole words (or the whole title as a
pattern whose spaces OCR lost), a long one with a letter or two misread, and a title that may
have lost its first word to OCR.

Matching goes from the title to a pattern only, and fuzzily only between long strings of about
the same length: a short title is not read into a longer pattern because it resembles its
beginning ("GIẤY CHỨNG SINH" is not "giấy chứng nhận …").

OCR may drop a title's first word ("NHẬN HỒ SƠ" for "BIÊN NHẬN HỒ SƠ", "BẢN THỎA THUẬN PHÂN
CHIA DI SẢN" for "VĂN BẢN THỎA THUẬN …"). Such a title then names no type, or the wrong one
("bản thỏa thuận" is another type's pattern). ``partial_match`` says when a title is the rest of
a longer pattern of another type with its first word missing: the type is then a guess that a
person confirms, never a silent decision.

Patterns are matched folded (without diacritics), so a title read without its marks (OCR lost
them, or it was typed without) still names its type. But a title that keeps its marks may fold
onto a pattern it does not say: "CÔNG AN PHƯỜNG AN KHÁNH" folds to "… phuong an …", the plan's
"phương án". A pattern written with marks therefore does not stand where a word of the title,
as read, carries a tone the pattern's word lacks and is, marks included, a word of an address
(``marks_agree``: "phường", "Thủ" of Thủ Đức). Only that disagreement counts: OCR confuses one
tone with another on capitals all the time ("GIẦY" for "GIẤY", "THÔNG BẢO" for "THÔNG BÁO"),
loses marks ("PHƯƠNG AN" is still "phương án") and now and then adds one ("KẾT HỒN"), so marks
that merely differ say nothing; a tone added that spells a place's word does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from rapidfuzz import fuzz

from classify.layout import plain
from classify.spelling_lists import address_words, has_tone, modern
from sohoa.text import fold, nfc

__all__ = ["TitleMatch", "TypePatterns", "at_head", "marked_plain", "marks_agree", "match_title",
           "partial_match"]

FUZZY_MIN_LENGTH = 12
"""Titles and patterns shorter than this are matched exactly: in a short string one letter
changes the word ("HỢP ĐỒNG" is not "HỢP ĐÔI")."""
FUZZY_SCORE = 90.0
LAST_WORD_SCORE = 50.0
"""A fuzzy match's last word must be at least this close to the pattern's ("dat" read "đai":
67; "thue" against "xe": 33)."""
_PARTIAL_MIN = (2, 8)
"""The rest of a pattern without its first word stands for it when it has at least this many
words and letters: "nhận hồ sơ" does, "ủy quyền" and "đề nghị" are too common to."""
_COPY_FORM = re.compile(r"^((ban )?(sao y|sao luc|trich sao|sao|chinh)( chung thuc)? )+")
"""Words that may stand before a title's head noun ("BẢN SAO GIẤY KHAI SINH")."""


class TypePatterns(Protocol):
    """A document type as matching needs it: its id and folded title patterns."""

    @property
    def id(self) -> str: ...
    @property
    def patterns(self) -> tuple[str, ...]: ...
    @property
    def written(self) -> tuple[str, ...]:
        """The patterns as written, with their marks, in the order of ``patterns`` (a pattern
        whose written form does not fold to it is matched folded only)."""
        ...


@dataclass(frozen=True, slots=True)
class TitleMatch:
    """The type a title names."""

    type_id: str
    score: float
    """1.0 for an exact whole-word match, the similarity (0.9..1) for a fuzzy one."""
    at: int
    """Where the pattern starts in the folded title: the earliest names the type."""
    partial: bool = False
    """The title reads as the pattern with its first word missing: a guess."""


@lru_cache(maxsize=512)
def _whole_words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z0-9]){re.escape(pattern)}(?![a-z0-9])")


_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=2048)
def marked_plain(text: str) -> tuple[str, str]:
    """``plain(text)`` and, letter for letter, the same letters in lower case with their marks
    ("Công an PHƯỜNG" gives "cong an phuong" and "công an phường")."""
    source = nfc(text)
    folded = fold(source)
    spans = [m.span() for m in _WORD.finditer(folded)]
    marked = " ".join("".join(c.lower()[:1] or f for c, f in zip(source[a:b], folded[a:b],
                                                                  strict=True))
                      for a, b in spans)
    return " ".join(folded[a:b] for a, b in spans), marked


def marks_agree(read: str, written: str) -> bool:
    """Do the words of a title as read (lower case, marks kept) agree with the pattern's, as
    written? They do not when a word carries a tone the pattern's word lacks and is, as read, a
    word of an address ("phường" against "phương"); marks lost or confused agree. A pattern
    written without any mark agrees with every reading."""
    if fold(written) == written:
        return True
    places = address_words()
    for r, w in zip(read.split(" "), written.split(" "), strict=False):
        r, w = modern(r), modern(w)
        if r != w and has_tone(r) and not has_tone(w) and r in places:
            return False
    return True


@dataclass(frozen=True, slots=True)
class _Title:
    """A title folded (what patterns are found in) and with its marks, letter for letter."""

    folded: str
    marked: str

    @classmethod
    def of(cls, title: str) -> _Title:
        folded, marked = marked_plain(title)
        return cls(folded, marked)


def _written_forms(t: TypePatterns) -> tuple[tuple[str, str], ...]:
    """Each pattern of a type, plain, with its written form as ``marked_plain`` gives it (the
    plain pattern itself when the written form is absent or folds to another)."""
    return _forms(t.patterns, t.written)


@lru_cache(maxsize=256)
def _forms(patterns: tuple[str, ...], written: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    out = []
    for i, p in enumerate(patterns):
        pattern = plain(p)
        form = marked_plain(written[i]) if i < len(written) else (pattern, pattern)
        out.append((pattern, form[1] if form[0] == pattern else pattern))
    return tuple(out)


def _find(pattern: str, title: str | _Title, written: str | None = None
          ) -> tuple[int, float] | None:
    """Where a (plain) pattern stands in a (plain) title as whole words, and how well. With the
    title's marks and the pattern's written form, a place where the title's marks say another
    word is passed over."""
    read = title if isinstance(title, _Title) else _Title(title, title)
    title = read.folded
    clash = False
    for m in _whole_words(pattern).finditer(title):
        if written is None or marks_agree(read.marked[m.start():m.end()], written):
            return m.start(), 1.0
        clash = True
    if clash:
        return None  # the pattern's letters are there, but the marks say another word
    if len(pattern) < FUZZY_MIN_LENGTH or len(title) < FUZZY_MIN_LENGTH:
        return None
    if len(title) < len(pattern):
        # a shorter title is compared whole: "GIẤY CHỨNG SINH" is not read into "giấy chứng
        # nhận quyền sử dụng đất" because it resembles the pattern's beginning
        score = fuzz.ratio(title, pattern)
        same_end = _same_word(title.rsplit(" ", 1)[-1], pattern.rsplit(" ", 1)[-1])
        return (0, score / 100) if score >= FUZZY_SCORE and same_end else None
    # Compare the pattern with runs of whole words of the title (as many words as the pattern
    # has, or one more or fewer where OCR split or joined a word), the first run close enough
    # wins: an alignment inside words would let "giấy chứng tử" match "giấy chứng nhận …" by
    # dropping its last word.
    words = title.split(" ")
    starts = [0]
    for w in words[:-1]:
        starts.append(starts[-1] + len(w) + 1)
    n = len(pattern.split(" "))
    last = pattern.rsplit(" ", 1)[-1]
    for i in range(len(words)):
        scores = [fuzz.ratio(" ".join(words[i:i + k]), pattern)
                  for k in (n - 1, n, n + 1) if k >= 1 and i + k <= len(words)
                  and _same_word(words[i + k - 1], last)]
        if scores and max(scores) >= FUZZY_SCORE:
            return starts[i], max(scores) / 100
    return None


def _same_word(word: str, last: str) -> bool:
    """Is a title's word the pattern's last word, a letter or so misread? The last word often
    alone tells a pattern from another paper's title ("… đăng ký thuế" is not "… đăng ký xe")."""
    return fuzz.ratio(word, last) >= LAST_WORD_SCORE


def match_title(title: str, types: Sequence[TypePatterns]) -> TitleMatch | None:
    """The type a title names, or None.

    The title's head noun wins: "ĐƠN ĐỀ NGHỊ CẤP ĐỔI GIẤY CHỨNG NHẬN …" is an application, so
    the pattern that starts first in the title names the type (then the best matched, then the
    longest).
    """
    read = _Title.of(title)
    hits = []
    for t in types:
        for pattern, written in _written_forms(t):
            if pattern and (found := _find(pattern, read, written)) is not None:
                hits.append((found[0], -found[1], -len(pattern), t.id))
    if not hits:
        return _glued(read, types)
    at, score, _, type_id = min(hits)
    return TitleMatch(type_id, -score, at)


def _glued(read: _Title, types: Sequence[TypePatterns]) -> TitleMatch | None:
    """The type whose pattern of several words the whole title is with its spaces lost
    ("ĐIỀULỆ" for "điều lệ": OCR reads close capitals as one word), or None."""
    compact = read.folded.replace(" ", "")
    for t in types:
        for pattern, _ in _written_forms(t):
            if " " in pattern and pattern.replace(" ", "") == compact:
                return TitleMatch(t.id, 1.0, 0)
    return None


def _head(folded: str) -> tuple[int, str]:
    """Where a folded title's head noun starts (after "BẢN SAO" and the like), and the rest."""
    rest = _COPY_FORM.sub("", folded)
    return len(folded) - len(rest), rest


def at_head(title: str, found: TitleMatch) -> bool:
    """Does the pattern stand at the head of the title (after "BẢN SAO" and the like)?"""
    return found.at <= _head(plain(title))[0] + 1


def partial_match(title: str, types: Sequence[TypePatterns],
                  found: TitleMatch | None) -> TitleMatch | None:
    """The type the title names if OCR dropped its first word, when that is another type than
    ``found`` (what it names as read, None for nothing) and explains more of the title; None
    when the title reads as it is.

    The rest of a pattern after its first word must stand exactly at the head of the title, as
    whole words, and be longer than the pattern ``found`` matched there ("bản thỏa thuận phân
    chia di sản", from "văn bản thỏa thuận phân chia di sản", beats "bản thỏa thuận").
    """
    read = _Title.of(title)
    at, head = _head(read.folded)
    marked_head = read.marked[at:]
    matched = 0
    if found is not None:
        if found.score < 1:
            return None  # a long title read with a letter or two wrong, not a word short
        if found.at > at + 1:
            found = None  # a pattern further in names no type: the head is what counts
        else:
            matched = max((len(plain(p)) for t in types if t.id == found.type_id
                           for p in t.patterns if head.startswith(plain(p))), default=0)
    best: tuple[int, str] | None = None
    for t in types:
        for pattern, written in _written_forms(t):
            words = pattern.split(" ")
            rest = " ".join(words[1:])
            if (len(words) - 1 < _PARTIAL_MIN[0] or len(rest.replace(" ", "")) < _PARTIAL_MIN[1]
                    or not (head == rest or head.startswith(rest + " "))
                    or not marks_agree(marked_head[:len(rest)], written[len(words[0]) + 1:])):
                continue
            if len(rest) > matched and (best is None or len(rest) > best[0]):
                best = (len(rest), t.id)
    if best is None or (found is not None and best[1] == found.type_id):
        return None
    return TitleMatch(best[1], 1.0, at, partial=True)
