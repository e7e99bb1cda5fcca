"""Reading order on the sample pages whose text stands side by side: the two-column lease and
the ruled tables of dossier-15, read as the pipeline reads them and written into a searchable
PDF.

Lines and cells are found in the text by fuzzy matching, so that a letter misread here and there
does not matter; what matters is where they come. The checks are run on text put in the wrong
order too, to show that they catch it.
"""

from __future__ import annotations

import itertools
import shutil
import subprocess
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from rapidfuzz import fuzz

from bench.ocr_accuracy import cer
from ingest import IngestSettings, load_page, open_source, scan_page
from ocr import (
    OcrSettings,
    PageText,
    PdfPage,
    build_searchable_pdf,
    get_engine,
)
from pipeline.pages import read_upright
from sohoa.text import nfc, normalise_space
from tests.conftest import SAMPLES, truths

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="tesseract not installed"
)
needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils not installed"
)

COLUMNS_CER = 0.02
"""Page CER of the two-column lease as the pipeline reads it. Measured with Tesseract 5.3 and
the ``vie`` model: 0.0 % (59 % while the columns were read straight across)."""
FOUND = 70.0
"""A line or cell is found where it matches the text best, with at least this score (0-100):
"Trịnh Văn Đức Thắng" is found where the engine read "3 Văn Đức Thắng"."""
MIN_LINE = 20
"""Column lines shorter than this ("thuê.", "0984491210.") occur elsewhere on the page too."""
MIN_CELL = 6
"""Cells whose first line is shorter than this ("Nữ", "01") are not placed."""
DISTINCT = 85.0
"""Cells that match another cell's line this well ("Con đẻ", "20.000") cannot be told apart
in the text and are not placed."""

Table = Sequence[Sequence[Sequence[str]]]
"""Rows of cells, each cell the list of its lines, as the truth's ``tables`` give them."""


# --------------------------------------------------------------------------------------------
# the checks
# --------------------------------------------------------------------------------------------


def _find(needle: str, text: str) -> int | None:
    """Where ``needle`` starts in ``text`` (white space collapsed), by its best fuzzy match."""
    match = fuzz.partial_ratio_alignment(normalise_space(nfc(needle)),
                                         normalise_space(nfc(text)), score_cutoff=FOUND)
    return None if match is None else match.dest_start


def column_order_problems(left: Sequence[str], right: Sequence[str], text: str) -> list[str]:
    """What keeps ``text`` from giving every line of the left column before every line of the
    right one: lines not found, or a left line found after a right one."""
    problems: list[str] = []
    found: dict[str, list[tuple[int, str]]] = {"left": [], "right": []}
    for side, lines in (("left", left), ("right", right)):
        for line in lines:
            if len(line) < MIN_LINE:
                continue
            at = _find(line, text)
            if at is None:
                problems.append(f"{side} column line not found: {line!r}")
            else:
                found[side].append((at, line))
    if found["left"] and found["right"]:
        last_left, first_right = max(found["left"]), min(found["right"])
        if last_left[0] > first_right[0]:
            problems.append(f"left column line {last_left[1]!r} comes after right column line "
                            f"{first_right[1]!r}")
    return problems


def table_anchors(table: Table) -> list[tuple[int, int, str]]:
    """The cells of a table's body (its first row is the column titles) that can be placed in
    the text, by their first line: (row, column, first line), row by row, left to right.

    The engine reads a table line by line, so a wrapped cell's other lines come after the
    first line of the cells beside it; the first line is where the cell stands in the text.
    """
    lines = [(r, c, line) for r, row in enumerate(table) for c, cell in enumerate(row)
             for line in cell if len(line) >= MIN_CELL]
    anchors = []
    for r, row in enumerate(table[1:], 1):
        for c, cell in enumerate(row):
            if not cell or len(cell[0]) < MIN_CELL:
                continue
            others = [line for rr, cc, line in lines if (rr, cc) != (r, c)]
            if all(fuzz.partial_ratio(cell[0], o) < DISTINCT for o in others):
                anchors.append((r, c, cell[0]))
    return anchors


def table_rows(table: Table) -> list[str]:
    """The table as the truth's text gives it: a line per row, a wrapped cell's lines
    together."""
    return [" ".join(" ".join(cell) for cell in row if cell) for row in table]


def row_order_problems(table: Table, text: str) -> list[str]:
    """What keeps ``text`` from giving a table row by row, each row's cells left to right:
    cells not found, or a cell found before one that stands above it or to its left."""
    problems: list[str] = []
    placed: list[tuple[int, int, int, str]] = []
    for r, c, cell in table_anchors(table):
        at = _find(cell, text)
        if at is None:
            problems.append(f"cell not found (row {r}, column {c + 1}): {cell!r}")
        else:
            placed.append((at, r, c, cell))
    for (at_a, r_a, c_a, a), (at_b, r_b, c_b, b) in itertools.pairwise(placed):
        if at_b <= at_a:
            problems.append(f"{b!r} (row {r_b}, column {c_b + 1}) comes before {a!r} "
                            f"(row {r_a}, column {c_a + 1})")
    return problems


# --------------------------------------------------------------------------------------------
# the sample pages
# --------------------------------------------------------------------------------------------


def _pages_with(key: str) -> list[dict[str, Any]]:
    return [p for t in truths() for p in t["pages"] if p.get(key)]


def _columns(page: dict[str, Any]) -> tuple[list[str], list[str]]:
    lines = page["text"].split("\n")
    (a, b), (c, d) = page["columns"]
    return lines[a:b], lines[c:d]


@lru_cache(maxsize=8)
def _read(source: str, index: int) -> tuple[PageText, PdfPage]:
    """Load, clean and read one sample page as the pipeline does (the photo engine for a phone
    photo); the page as the searchable PDF gets it too."""
    ingest = IngestSettings()
    page = load_page(open_source(SAMPLES / source, ingest), index, ingest)
    scan = scan_page(page.image, page.dpi, ingest, orientation=None)
    assert scan.for_ocr is not None
    engine = get_engine(OcrSettings().for_page(photographed=scan.photographed))
    scan, text = read_upright(scan, engine, ingest)
    return text, PdfPage.from_image(scan.upright, scan.dpi, text)


def _pdftotext(pdf: PdfPage, tmp_path: Path, *mode: str) -> str:
    path = tmp_path / "page.pdf"
    path.write_bytes(build_searchable_pdf([pdf], title="Hợp đồng thuê nhà ở xã hội"))
    return subprocess.run(["pdftotext", *mode, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_the_samples_hold_a_two_column_page_and_ruled_tables() -> None:
    (page,) = _pages_with("columns")
    left, right = _columns(page)
    assert 20 <= len(left) <= 25 and 20 <= len(right) <= 25
    tables = _pages_with("tables")
    assert [p["photo"] for p in tables] == [False, True]
    for p in tables:
        for table in p["tables"]:
            # every body row can be placed by at least one of its cells
            rows = [r for r, _, _ in table_anchors(table)]
            assert set(rows) == set(range(1, len(table)))


# --------------------------------------------------------------------------------------------
# the checks catch text in the wrong order
# --------------------------------------------------------------------------------------------


def test_column_check_passes_the_truth_and_fails_columns_read_across() -> None:
    (page,) = _pages_with("columns")
    left, right = _columns(page)
    lines = page["text"].split("\n")
    head, foot = lines[: page["columns"][0][0]], lines[page["columns"][1][1] :]
    assert column_order_problems(left, right, page["text"]) == []
    across = [f"{a} {b}" for a, b in zip(left, right, strict=False)]
    across += left[len(right) :] + right[len(left) :]
    assert column_order_problems(left, right, "\n".join(head + across + foot))
    assert column_order_problems(left, right, "\n".join(head + right + left + foot))
    # one line of the left column read at the top of the right one is enough to fail
    late = [*left[:-2], left[-1], *right[:1], left[-2], *right[1:]]
    assert column_order_problems(left, right, "\n".join(head + late + foot))


def test_row_check_passes_the_truth_and_fails_rows_or_cells_out_of_order() -> None:
    for page in _pages_with("tables"):
        for table in page["tables"]:
            rows = table_rows(table)
            assert row_order_problems(table, "\n".join(rows)) == []
            swapped = [rows[0], rows[2], rows[1], *rows[3:]]
            assert row_order_problems(table, "\n".join(swapped))
            anchors = table_anchors(table)
            r = next(r for r, _, _ in anchors if sum(a[0] == r for a in anchors) >= 2)
            backwards = [*rows[:r], *table_rows([table[r][::-1]]), *rows[r + 1 :]]
            assert row_order_problems(table, "\n".join(backwards))
            by_column = table_rows([[row[c] for row in table] for c in range(len(table[0]))])
            assert row_order_problems(table, "\n".join(by_column))


# --------------------------------------------------------------------------------------------
# the pipeline's reading
# --------------------------------------------------------------------------------------------


@pytest.mark.slow
@needs_tesseract
def test_two_columns_are_read_left_column_first() -> None:
    (page,) = _pages_with("columns")
    text, _ = _read(page["source"], page["index"])
    left, right = _columns(page)
    assert column_order_problems(left, right, text.text) == []
    assert cer(page["text"], text.text) < COLUMNS_CER


@pytest.mark.slow
@needs_tesseract
@needs_pdftotext
@pytest.mark.parametrize("mode", [(), ("-raw",)], ids=["default", "raw"])
def test_the_pdf_text_layer_keeps_the_columns_apart(mode: tuple[str, ...], tmp_path: Path
                                                    ) -> None:
    (page,) = _pages_with("columns")
    _, pdf = _read(page["source"], page["index"])
    left, right = _columns(page)
    assert column_order_problems(left, right, _pdftotext(pdf, tmp_path, *mode)) == []


@pytest.mark.slow
@needs_tesseract
@pytest.mark.parametrize("photo", [False, True], ids=["scan", "photo"])
def test_table_rows_are_read_in_order(photo: bool) -> None:
    (page,) = [p for p in _pages_with("tables") if p["photo"] == photo]
    text, _ = _read(page["source"], page["index"])
    for table in page["tables"]:
        assert row_order_problems(table, text.text) == []
