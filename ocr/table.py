"""Ruled tables: find the grid a form draws, and read its cells row by row.

A table's cells wrap: "Ngày, tháng, năm sinh" in a header cell takes three lines, a long name
two. Read line by line across the page, the wrapped lines of neighbouring cells interleave. The
grid of ruled lines says which words share a cell; the words are then read row by row, each
row's cells left to right, each cell's lines top to bottom, every physical line of a cell kept a
line of its own (so that it keeps its own baseline in the PDF text layer).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import cv2
import numpy as np

from ocr.types import Word

__all__ = ["Grid", "find_grid", "read_table", "with_tables"]

RULE_INCHES = 0.4
"""A straight run of ink this long is a rule of the table, not a letter."""
_MIN_RULES = 3
"""A grid has at least this many rules each way (two rows, two columns)."""
_DOUBLE_INCHES = 0.2
"""Rules closer than this (5 mm) are one double rule; a table's rows are taller."""
_SPAN = 0.9
"""Share of the table's width (height) a horizontal (vertical) rule covers."""


@dataclass(frozen=True, slots=True)
class Grid:
    """The rules of a table: the y of each horizontal rule and the x of each vertical one,
    in pixels of the page, in order."""

    rows: tuple[int, ...]
    columns: tuple[int, ...]

    def cell(self, x: float, y: float) -> tuple[int, int] | None:
        """The (row, column) of the cell holding a point, or None outside the table."""
        if not (self.rows[0] < y < self.rows[-1] and self.columns[0] < x < self.columns[-1]):
            return None
        return (int(np.searchsorted(self.rows, y)) - 1, int(np.searchsorted(self.columns, x)) - 1)


def _positions(mask: np.ndarray, axis: int, gap: int) -> list[int]:
    """Centres of the runs of rule pixels along one axis (rows or columns of the image)."""
    hits = np.flatnonzero(mask.any(axis=axis))
    if not hits.size:
        return []
    groups: list[list[int]] = [[int(hits[0])]]
    for v in hits[1:]:
        if v - groups[-1][-1] <= gap:
            groups[-1].append(int(v))
        else:
            groups.append([int(v)])
    return [round((g[0] + g[-1]) / 2) for g in groups]


def find_grid(gray: np.ndarray, dpi: float) -> Grid | None:
    """The ruled grid of a table on an upright page, or None when there is none.

    Looked for on a copy at half size (a quarter of the work; rules stay a pixel or more wide).
    """
    h, w = gray.shape
    half = cv2.resize(gray, (w // 2, h // 2), interpolation=cv2.INTER_AREA)
    grid = _grid(half, (dpi or 300) / 2)
    if grid is None:
        return None
    return Grid(tuple(2 * y for y in grid.rows), tuple(2 * x for x in grid.columns))


def _grid(gray: np.ndarray, dpi: float) -> Grid | None:
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    length = max(10, round(dpi * RULE_INCHES))
    across = cv2.morphologyEx(ink, cv2.MORPH_OPEN,
                              cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1)))
    down = cv2.morphologyEx(ink, cv2.MORPH_OPEN,
                            cv2.getStructuringElement(cv2.MORPH_RECT, (1, length)))
    if not cv2.countNonZero(across) or not cv2.countNonZero(down):
        return None
    # the table is where the vertical rules are; horizontal rules elsewhere (a signature line,
    # an underline) are not part of it
    ys, xs = np.nonzero(down)
    top, bottom, left, right = int(ys.min()), int(ys.max()), int(xs.min()), int(xs.max())
    gap = max(2, round(dpi / 100))
    rows = [y for y in _positions(across[:, left:right + 1], 1, gap)
            if top - gap <= y <= bottom + gap]
    columns = _positions(down[top:bottom + 1], 0, gap)
    # a grid's rules run across the whole table: a frame around a card, the boxes of a
    # fingerprint or a photo, and rules of several tables one under another do not
    rows = [y for y in rows if _share(across[max(0, y - gap):y + gap + 1, left:right + 1], 0)
            >= _SPAN]
    columns = [x for x in columns
               if _share(down[top:bottom + 1, max(0, x - gap):x + gap + 1], 1) >= _SPAN]
    # a double rule (the frame of a certificate) is one rule
    close = round(dpi * _DOUBLE_INCHES)
    rows, columns = _merged(rows, close), _merged(columns, close)
    if len(rows) < _MIN_RULES or len(columns) < _MIN_RULES:
        return None
    return Grid(tuple(rows), tuple(columns))


def _merged(positions: list[int], close: int) -> list[int]:
    out: list[int] = []
    for v in positions:
        if out and v - out[-1] < close:
            continue
        out.append(v)
    return out


def _share(strip: np.ndarray, axis: int) -> float:
    """Share of a strip's length that the rule covers."""
    covered = strip.any(axis=axis)
    return float(covered.mean()) if covered.size else 0.0


def read_table(words: Sequence[Word], grid: Grid) -> tuple[Word, ...]:
    """Put the words inside the grid in cell order where the table starts; the rest keep
    their order. Line numbers are renumbered: each physical line of a cell is one line."""
    cells: dict[tuple[int, int], list[Word]] = {}
    outside: list[Word | None] = []
    for w in words:
        where = grid.cell(w.left + w.width / 2, w.top + w.height / 2)
        if where is None:
            outside.append(w)
        else:
            if not cells:
                outside.append(None)  # where the table goes
            cells.setdefault(where, []).append(w)
    if not cells:
        return tuple(words)
    table: list[list[Word]] = []
    for key in sorted(cells):
        for line in _lines(cells[key]):
            table.append(line)
    out: list[Word] = []
    line_no = -1
    last = None
    for w in outside:
        if w is None:
            for line in table:
                line_no += 1
                out.extend(replace(x, line=line_no) for x in line)
            last = None
            continue
        if w.line != last:
            line_no += 1
            last = w.line
        out.append(replace(w, line=line_no))
    return tuple(out)


def _lines(words: list[Word]) -> list[list[Word]]:
    """A cell's words in physical lines, top to bottom, each left to right."""
    ordered = sorted(words, key=lambda w: w.top + w.height / 2)
    lines: list[list[Word]] = []
    for w in ordered:
        middle = w.top + w.height / 2
        if lines:
            ref = lines[-1]
            ref_mid = sum(x.top + x.height / 2 for x in ref) / len(ref)
            ref_h = max(x.height for x in ref)
            if abs(middle - ref_mid) <= 0.5 * max(ref_h, w.height):
                ref.append(w)
                continue
        lines.append([w])
    return [sorted(line, key=lambda w: w.left) for line in lines]


def with_tables(words: Sequence[Word], gray: np.ndarray, dpi: float) -> tuple[Word, ...]:
    """Words in reading order, with the cells of a ruled table on the page read in cell order;
    every engine's reading ends here."""
    grid = find_grid(gray, dpi)
    return tuple(words) if grid is None else read_table(words, grid)
