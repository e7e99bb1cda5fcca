"""The lines of a page as title finding reads them: their text cleaned of the stray marks OCR
leaves around a line, and, when the words' boxes are known, their place, size and whether they
are centred on the page or on the column of blocks they stand in.

A page may hold two columns of blocks side by side (the front and back of an identity card
copied next to each other): a line is then centred when it is centred on its own column, as
a card's title is on its card. Two columns are told by a gutter through the page's top half
that no line there crosses, with lines on both sides of it.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from sohoa.text import fold, nfc, normalise_space

__all__ = [
    "Line",
    "PageLayout",
    "WordBox",
    "body_points",
    "clean",
    "is_upper",
    "layout_lines",
    "letters",
    "plain",
    "text_lines",
]

CENTRED = 0.06
"""A centred line's middle is at most this share of the page's (or text column's) width from
its middle. Sample titles: within 0.02 of the page's middle; left or right header blocks 0.2
and more."""
WIDE = 0.75
"""A line at least this share of the text column's width is wide (a paragraph's line)."""
TITLE_ZONE = 0.5
"""Share of the page's height, from the top, where a title stands."""
_GUTTER_BAND = (0.25, 0.75)
"""Where, as shares of the page's width, a gutter between two columns of blocks may run."""
_GUTTER_MIN = 0.02
"""The narrowest gutter, as a share of the page's width."""
_COLUMN_MIN = 0.2
"""Each column of a two-column page is at least this share of the page's width."""
_NON_WORD = re.compile(r"[^a-z0-9]+")
_G_READ_AS_6 = re.compile(r"(?<!\w)6(?=[iI][^\W\d_])")
"""A "6" opening a word before "i" and a letter: a "G" OCR misread ("6IẤY", "6iám đốc")."""
_KEEP_LEADING = "("
_KEEP_TRAILING = ")"


class WordBox(Protocol):
    """One recognised word and its box in pixels (``ocr.Word`` is one)."""

    @property
    def text(self) -> str: ...
    @property
    def left(self) -> int: ...
    @property
    def top(self) -> int: ...
    @property
    def width(self) -> int: ...
    @property
    def height(self) -> int: ...
    @property
    def line(self) -> int: ...


class PageLayout(Protocol):
    """A page's words with their boxes (``ocr.PageText`` is one)."""

    @property
    def width(self) -> int: ...
    @property
    def height(self) -> int: ...
    @property
    def dpi(self) -> float: ...
    @property
    def words(self) -> Sequence[WordBox]: ...
    @property
    def text(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a page, top to bottom."""

    text: str
    """Cleaned (``clean``): no stray marks or punctuation at its ends."""
    upper: bool
    colon: bool = False
    """The line ended with a colon, as a label does ("Kính gửi:", "BÊN A:")."""
    top: float = 0.0
    """Share of the page's height; 0 without layout."""
    bottom: float = 0.0
    size: float = 1.0
    """Median height of its words over the page's median word height; 1 without layout."""
    centred: bool = False
    """Centred on the page, on the text column, or on its column of blocks."""
    wide: bool = False
    """It spans most of the text column (a line of a paragraph, not a centred heading)."""
    right: bool = False
    """It stands in the right half of the page (where signature blocks stand)."""
    layout: bool = False
    column: int = 0
    """On a page of two columns of blocks side by side, 1 for the left one, 2 for the right
    one; 0 on a page of one column, or across both."""


def letters(text: str) -> int:
    """How many letters ``text`` holds."""
    return sum(c.isalpha() for c in text)


def is_upper(text: str) -> bool:
    """Is ``text`` written in capitals (four letters or more, most of them capitals)?"""
    found = [c for c in text if c.isalpha()]
    return len(found) >= 4 and sum(c.isupper() for c in found) >= 0.8 * len(found)


def plain(text: str) -> str:
    """Folded, punctuation to spaces: what patterns are matched against."""
    return normalise_space(_NON_WORD.sub(" ", fold(text)))


def _real(c: str) -> bool:
    """A letter or digit of a word: not a mark OCR reads from a speck or a stroke ("ˆ", "'",
    "•"); modifier letters (Unicode Lm) are such marks."""
    return c.isalnum() and unicodedata.category(c) != "Lm"


def clean(text: str) -> tuple[str, bool]:
    """A line without the stray marks and punctuation OCR leaves at its ends ("ˆ ĐIỀU 2",
    "' QUYẾT ĐỊNH", "GIẤY CHỨNG SINH:"), and whether it ended with a colon.

    An opening bracket at the start and a closing one at the end are kept: "(Kèm theo …)" is a
    note, not a title. A "G" read as "6" at a word's start is mended ("6IẤY" is "GIẤY").
    """
    text = _G_READ_AS_6.sub("G", normalise_space(nfc(text)))
    start, end = 0, len(text)
    while start < end and not _real(text[start]) and text[start] not in _KEEP_LEADING:
        start += 1
    while end > start and not _real(text[end - 1]) and text[end - 1] not in _KEEP_TRAILING:
        end -= 1
    return text[start:end].strip(), ":" in text[end:]


def text_lines(text: str) -> list[Line]:
    """The lines of a page known only by its text (three letters or more)."""
    out = []
    for raw in nfc(text).splitlines():
        line, colon = clean(raw)
        if letters(line) >= 3:
            out.append(Line(line, is_upper(line), colon))
    return out


def body_points(page: PageLayout) -> float:
    """The median height of the page's words in points (a typeface's size, about), or 0 when
    the page's resolution is not known."""
    sized = [w.height for w in page.words if letters(w.text) >= 2]
    if not sized or page.dpi <= 0:
        return 0.0
    return round(statistics.median(sized) / page.dpi * 72, 2)


def _extent(boxes: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The text column of these line extents: their lefts and rights without the outer tenth
    (a stray speck or a note in the margin)."""
    lefts = sorted(left for left, _ in boxes)
    rights = sorted(right for _, right in boxes)
    return lefts[len(lefts) // 10], rights[-(len(rights) // 10) - 1]


def _gutter(rows: Sequence[tuple[int, int, float]], width: int) -> float | None:
    """The x of a gutter between two columns of blocks in the page's top half, or None.

    ``rows`` are the lines' (left, right, top as a share of the height).
    """
    top = [(left, right) for left, right, y in rows if y <= TITLE_ZONE]
    lo, hi = _GUTTER_BAND[0] * width, _GUTTER_BAND[1] * width
    covered = sorted((max(lo, left), min(hi, right)) for left, right in top
                     if right > lo and left < hi)
    best: tuple[float, float] | None = None
    x = lo
    for left, right in [*covered, (hi, hi)]:
        if left - x >= _GUTTER_MIN * width and (best is None or left - x > best[1] - best[0]):
            best = (x, left)
        x = max(x, right)
    if best is None:
        return None
    middle = sum(best) / 2
    sides = (sum(right <= middle for _, right in top), sum(left >= middle for left, _ in top))
    return middle if min(sides) >= 2 else None


def _columns(boxes: dict[int, tuple[int, int]], tops: dict[int, float], width: int
             ) -> tuple[dict[int, int], set[int]]:
    """On a page of two columns of blocks, which column each line stands in (1 the left, 2 the
    right; 0 across the gutter), and which lines are centred on their column or on the line
    above or below them in it (a card's title under its motto, both centred on the card while
    its fields start after the photograph). Empty on a page of one column."""
    gutter = _gutter([(*boxes[n], tops[n]) for n in boxes], width)
    if gutter is None:
        return {}, set()
    column = {n: 1 if right <= gutter else 2 if left >= gutter else 0
              for n, (left, right) in boxes.items()}
    centred: set[int] = set()
    for side in (1, 2):
        own = sorted((n for n in boxes if column[n] == side), key=lambda n: tops[n])
        a, b = min(boxes[n][0] for n in own), max(boxes[n][1] for n in own)
        if b - a < _COLUMN_MIN * width:
            continue
        tolerance = CENTRED * (b - a)
        for i, n in enumerate(own):
            left, right = boxes[n]
            middle = (left + right) / 2
            # a neighbour on the same axis, not merely aligned with this line on one side
            # (two lines aligned left, of different lengths, share no axis)
            if abs(middle - (a + b) / 2) <= tolerance or any(
                    abs(sum(boxes[m]) / 2 - middle) <= tolerance
                    and (abs(boxes[m][0] - left) <= tolerance) == (
                        abs(boxes[m][1] - right) <= tolerance)
                    for m in own[max(0, i - 1):i + 2] if m != n):
                centred.add(n)
    return column, centred


def layout_lines(page: PageLayout) -> list[Line]:
    """The page's lines, top to bottom, with their size and whether they are centred."""
    rows: dict[int, list[WordBox]] = {}
    for w in page.words:
        rows.setdefault(w.line, []).append(w)
    sized = [w.height for w in page.words if letters(w.text) >= 2]
    if not rows or not sized or page.width <= 0 or page.height <= 0:
        return []
    body = max(1.0, statistics.median(sized))
    boxes = {n: (min(w.left for w in ws), max(w.left + w.width for w in ws))
             for n, ws in rows.items()}
    tops = {n: min(w.top for w in ws) / page.height for n, ws in rows.items()}
    column = _extent(list(boxes.values()))
    sides, on_axis = _columns(boxes, tops, page.width)
    out = []
    for n, ws in rows.items():
        text, colon = clean(" ".join(w.text for w in ws))
        if letters(text) < 3:
            continue
        left, right = boxes[n]
        middle = (left + right) / 2
        centred = n in on_axis or any(b > a and abs(middle - (a + b) / 2) <= CENTRED * (b - a)
                                      for a, b in ((0, page.width), column))
        out.append(Line(
            normalise_space(text), is_upper(text), colon, tops[n],
            max(w.top + w.height for w in ws) / page.height,
            statistics.median(w.height for w in ws) / body, centred,
            right - left >= WIDE * (column[1] - column[0]),
            not centred and middle > page.width / 2, True, sides.get(n, 0)))
    return sorted(out, key=lambda line: line.top)
