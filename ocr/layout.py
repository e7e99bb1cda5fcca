"""Reading order for pages whose lines hold two blocks side by side.

Vietnamese administrative papers put blocks side by side: the Decree 30/2020 header (agency and
number on the left, national motto and place-date on the right), the "Nơi nhận" list beside the
signer, and two signature blocks. Tesseract reads such rows straight across. Here a line is cut
where a gap is much wider than a word space, or wider than a word space where the engine itself
put the two sides in different blocks (the gutter between two newspaper columns), and a run of two
or more consecutive cut lines is read block by block: the left parts top to bottom, then the right
parts. Rows where every part is a "label: value" field (a form laid out with tab stops) keep their
order.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from statistics import median

from ocr.types import Word
from sohoa.text import fold

__all__ = ["beside", "line_box", "reading_order", "text_blocks"]

_GAP_HEIGHTS = 3.0
"""A gap wider than this many line heights separates two blocks..."""
_GAP_PAGE = 0.06
"""...and wider than this share of the page width."""
_CENTRED = 0.03
"""Lines whose centres lie within this share of the page width are centred on one another; parts
whose left edges lie within it start at the same place."""
_LABEL = 40
"""A form field's label ("2. Ngày, tháng, năm sinh:") ends in a colon within this many
characters."""


def _segments(line: list[Word], page_width: int) -> list[list[Word]]:
    line = sorted(line, key=lambda w: w.left)
    height = median(w.height for w in line)
    limit = max(_GAP_HEIGHTS * height, _GAP_PAGE * page_width)
    parts: list[list[Word]] = [[line[0]]]
    for i, (prev, word) in enumerate(itertools.pairwise(line), start=1):
        gap = word.left - (prev.left + prev.width)
        if gap > limit or (gap > height and (_starts_motto(line, i) or word.line != prev.line)):
            parts.append([word])
        else:
            parts[-1].append(word)
    # a lone mark (a dash, a stray dot) is not a block of its own
    kept: list[list[Word]] = []
    for part in parts:
        if kept and not (_has_text(part) and _has_text(kept[-1])):
            kept[-1].extend(part)
        else:
            kept.append(part)
    return kept


_MOTTO_STARTS = (("CONG", "HOA"), ("DOC", "LAP"))
"""The national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc")
always heads the right column of a Decree 30 header, however close a long agency name on the
left comes to it."""


def _starts_motto(line: list[Word], i: int) -> bool:
    pair = tuple(fold(w.text).upper() for w in line[i : i + 2])
    return pair in _MOTTO_STARTS


def _has_text(part: list[Word]) -> bool:
    return any(c.isalnum() for w in part for c in w.text)


def _is_form(band: list[list[list[Word]]]) -> bool:
    """Rows of "label: value" fields (tab stops in a form) are read across, not as columns."""
    return bool(band) and all(
        ":" in " ".join(w.text for w in part)[:_LABEL] for parts in band for part in parts
    )


def reading_order(words: Sequence[Word], page_width: int) -> tuple[Word, ...]:
    """Return the words in reading order, each side-by-side block on lines of its own.

    Lines are taken top to bottom. A line cut in two parts opens a band with the split between
    them; the band goes on while the following lines are cut at about the same place, leaving
    free a gap that all the band's lines share, or lie wholly on one side of it. A line cut far
    from the split still goes on when one of its parts starts where that side of the band
    starts (a column's short last line of a paragraph). The split moves to the middle of the gap
    the band's lines share (a long second agency line reaching past the middle of the first
    line's gap). A band of two or more lines with text on both sides is read left side first,
    then right side. A block often starts a line or two above the block beside it (the signer's
    "TM. ỦY BAN NHÂN DÂN" above the left block's first line): the lines just above a band that
    lie wholly on one side of its split, centred on that side's first part, open the band; the
    place-date line above signature blocks is not one of them.
    ``words`` come grouped by ``line``; the result renumbers ``line``.
    """
    lines: list[list[Word]] = []
    last = None
    for w in words:
        if w.line != last:
            lines.append([])
            last = w.line
        lines[-1].append(w)
    lines.sort(key=lambda ln: (min(w.top for w in ln), min(w.left for w in ln)))
    rows = [_segments(line, page_width) for line in _same_rows(lines)]
    tolerance = 0.08 * page_width
    ordered: list[list[Word]] = []
    plain: list[bool] = []
    """Per line of ``ordered``: a line of one part, read outside any band."""
    band: list[list[list[Word]]] = []
    split = 0.0

    def emit(line: list[Word], alone: bool = False) -> None:
        ordered.append(line)
        plain.append(alone)

    def close() -> None:
        left = [p for parts in band for p in parts if _right(p) < split]
        right = [p for parts in band for p in parts if _left(p) > split]
        multi = [parts for parts in band if len(parts) == 2]
        if len(band) >= 2 and left and right and not _is_form(multi):
            for line in (*left, *right):
                emit(line)
        else:
            for parts in band:
                emit([w for p in parts for w in p])
        band.clear()

    def lead_in(parts: list[list[Word]], split: float) -> list[list[list[Word]]]:
        """Take back the lines just above a new band that start its blocks."""
        taken: list[list[list[Word]]] = []
        below = parts
        while ordered and plain[-1]:
            line = ordered[-1]
            side = 0 if _right(line) < split else 1 if _left(line) > split else None
            if side is None or _is_place_date(line) or not _centred(line, parts[side], page_width):
                break
            if min(w.top for w in below[0]) - max(w.top + w.height for w in line) > 2.5 * median(
                w.height for w in line
            ):
                break
            ordered.pop()
            plain.pop()
            taken.insert(0, [line])
            below = [line]
        return taken

    for parts in rows:
        if len(parts) == 2:
            gap = (_right(parts[0]) + _left(parts[1])) / 2
            lo, hi = _span(band, split)
            lo, hi = max(lo, _right(parts[0])), min(hi, _left(parts[1]))
            if band and lo < hi and (
                abs(gap - split) <= tolerance or _aligned(parts, band, page_width)
            ):
                band.append(parts)
                split = (lo + hi) / 2
                continue
            if band:
                close()
            split = gap
            band.extend(lead_in(parts, split))
            band.append(parts)
        elif len(parts) == 1 and band and (
            _right(parts[0]) < split or _left(parts[0]) > split
        ):
            band.append(parts)
        else:
            if band:
                close()
            emit([w for p in parts for w in p], alone=len(parts) == 1)
    if band:
        close()
    _finish_centred_blocks(ordered, plain, page_width)
    out: list[Word] = []
    for n, line in enumerate(ordered):
        out.extend(replace(w, line=n) for w in line)
    return tuple(out)


_PLACE_DATE = re.compile(r"\bngay\b.*\bthang\b.*\bnam\b")


def _middle(line: list[Word]) -> float:
    return median(w.top + w.height / 2 for w in line)


def _same_rows(lines: list[list[Word]]) -> list[list[Word]]:
    """Join lines that the engine found apart but that stand on one row, side by side (the
    "Nơi nhận:" list and the signer's title, each its own block to tesseract)."""
    rows: list[list[Word]] = []
    for line in lines:
        height = median(w.height for w in line)
        left, right, middle = _left(line), _right(line), _middle(line)
        for row in reversed(rows[-3:]):
            beside = right < _left(row) or left > _right(row)
            close = beside and abs(_middle(row) - middle) <= 0.5 * min(
                height, median(w.height for w in row))
            if close and not any(left <= w.left + w.width and w.left <= right for w in row):
                row.extend(line)
                row.sort(key=lambda w: w.left)
                break
        else:
            rows.append(list(line))
    return rows


def _is_place_date(line: list[Word]) -> bool:
    """The place and date line ("Tiên Yên, ngày 20 tháng 3 năm 2017") stands above the
    signature blocks and is read before them."""
    return bool(_PLACE_DATE.search(fold(" ".join(w.text for w in line)).lower()))


def _centred(line: list[Word], part: list[Word], page_width: int) -> bool:
    return abs(_left(line) + _right(line) - _left(part) - _right(part)) / 2 <= (
        _CENTRED * page_width
    )


def _inked(part: list[Word]) -> list[Word]:
    """The words of a part that hold a letter or digit: a stray mark does not widen a block."""
    return [w for w in part if any(c.isalnum() for c in w.text)] or part


def _left(part: list[Word]) -> int:
    return min(w.left for w in _inked(part))


def _right(part: list[Word]) -> int:
    return max(w.left + w.width for w in _inked(part))


def line_box(words: Sequence[Word]) -> tuple[int, int, int, int]:
    """The box around some words: left, top, width, height."""
    left = min(w.left for w in words)
    top = min(w.top for w in words)
    right = max(w.left + w.width for w in words)
    bottom = max(w.top + w.height for w in words)
    return left, top, right - left, bottom - top


def beside(box: tuple[int, int, int, int], other: tuple[int, int, int, int]) -> bool:
    """Whether a box (left, top, width, height) lies wholly left or right of another: another
    column."""
    return box[0] > other[0] + other[2] or box[0] + box[2] < other[0]


def text_blocks(lines: list[list[Word]]) -> list[list[list[Word]]]:
    """Lines in reading order, cut into blocks where the gap to the next line is large or the
    next line starts in another column."""
    blocks: list[list[list[Word]]] = []
    last: tuple[int, int, int, int] | None = None
    for line in lines:
        box = line_box(line)
        if last is not None:
            gap = box[1] - (last[1] + last[3])
            if gap > 1.5 * max(last[3], box[3]) or gap < -last[3] or beside(box, last):
                last = None
        if last is None:
            blocks.append([])
        blocks[-1].append(line)
        last = box
    return blocks


def _finish_centred_blocks(ordered: list[list[Word]], plain: list[bool], page_width: int
                           ) -> None:
    """Read a centred block to its end before a line standing beside it.

    A signer's block is centred: title, signature space, name. A line wholly to its right
    that lies between two of its lines, in reading order and on the page (the fingerprint
    boxes' labels on an identity card, beside the issuing officer's title and name), is read
    after the block's next line.
    """
    for i in range(1, len(ordered) - 1):
        above, line, below = ordered[i - 1], ordered[i], ordered[i + 1]
        if (plain[i - 1] and plain[i] and plain[i + 1]
                and _top(above) < _top(line) < _top(below)
                and _right(above) < _left(line) and _right(below) < _left(line)
                and _centred(above, below, page_width)
                and not _is_place_date(line)):
            ordered[i], ordered[i + 1] = below, line
            plain[i], plain[i + 1] = plain[i + 1], plain[i]


def _top(line: list[Word]) -> int:
    return min(w.top for w in line)


def _span(band: list[list[list[Word]]], split: float) -> tuple[float, float]:
    """The gap all of a band's lines leave free: from the right edge of its left parts to the
    left edge of its right parts."""
    parts = [p for row in band for p in row]
    lo = max((_right(p) for p in parts if _right(p) < split), default=-1.0)
    hi = min((_left(p) for p in parts if _left(p) > split), default=float("inf"))
    return lo, hi


def _aligned(parts: list[list[Word]], band: list[list[list[Word]]], page_width: int) -> bool:
    """A line cut in two whose left or right part starts where the same side of one of the
    band's cut lines starts: a line of a column, however short."""
    return any(
        abs(_left(parts[k]) - _left(row[k])) <= _CENTRED * page_width
        for row in band if len(row) == 2 for k in (0, 1)
    )
