"""Ruled tables: the grid is found, and cells are read row by row with their wrapped lines."""

from __future__ import annotations

import cv2
import numpy as np

from ocr.table import find_grid, read_table
from ocr.types import PageText, Word

DPI = 300


def _ruled(rows: list[int], columns: list[int], size: tuple[int, int] = (3508, 2480)
           ) -> np.ndarray:
    page = np.full(size, 255, np.uint8)
    for y in rows:
        cv2.line(page, (columns[0], y), (columns[-1], y), 0, 3)
    for x in columns:
        cv2.line(page, (x, rows[0]), (x, rows[-1]), 0, 3)
    return page


def _w(text: str, left: int, top: int, line: int) -> Word:
    return Word(text, left, top, 24 * len(text), 36, 95.0, line)


def test_a_ruled_table_is_found_and_a_framed_page_is_not() -> None:
    grid = find_grid(_ruled([1400, 1600, 1700, 1800], [250, 380, 950, 1300, 2300]), DPI)
    assert grid is not None
    assert len(grid.rows) == 4 and len(grid.columns) == 5
    # a certificate's double frame, and a card's outline beside fingerprint boxes
    framed = _ruled([100, 130, 3380, 3410], [100, 130, 2350, 2380])
    assert find_grid(framed, DPI) is None
    card = _ruled([300, 900], [200, 1200])
    card = np.minimum(card, _ruled([400, 700], [1400, 1700, 2000]))
    assert find_grid(card, DPI) is None
    assert find_grid(np.full((3508, 2480), 255, np.uint8), DPI) is None


def test_cells_are_read_row_by_row_with_their_wrapped_lines() -> None:
    grid = find_grid(_ruled([1400, 1600, 1700, 1800], [250, 380, 950, 1300, 2300]), DPI)
    assert grid is not None
    # as tesseract gives them: the header's wrapped cells interleaved line by line
    words = [
        _w("10.", 260, 1300, 0), _w("Thành", 340, 1300, 0), _w("viên:", 500, 1300, 0),
        _w("TT", 280, 1420, 1), _w("Họ", 400, 1420, 1), _w("tên", 480, 1420, 1),
        _w("Ngày,", 980, 1420, 1), _w("Số", 1320, 1420, 1), _w("định", 1400, 1420, 1),
        _w("tháng,", 980, 1470, 2), _w("danh", 1320, 1470, 2),
        _w("năm", 980, 1520, 3), _w("sinh", 1080, 1520, 3),
        _w("1", 300, 1630, 4), _w("Lê", 400, 1630, 4), _w("Thảo", 470, 1630, 4),
        _w("17/04/1989", 980, 1630, 4), _w("038189053016", 1320, 1630, 4),
        _w("2", 300, 1730, 5), _w("Nguyễn", 400, 1730, 5), _w("Xuân", 580, 1730, 5),
        _w("25/12/1958", 980, 1730, 5), _w("038158626767", 1320, 1730, 5),
        _w("Hà", 300, 1900, 6), _w("Giang", 380, 1900, 6),
    ]
    text = PageText("t", "0", "vie", 2480, 3508, DPI, read_table(words, grid)).text
    assert " ".join(text.split()) == (
        "10. Thành viên: TT Họ tên Ngày, tháng, năm sinh Số định danh "
        "1 Lê Thảo 17/04/1989 038189053016 2 Nguyễn Xuân 25/12/1958 038158626767 Hà Giang")
    # each physical line of a cell stays a line of its own (its own baseline in the PDF)
    assert "Ngày,\ntháng,\nnăm sinh" in text
