"""Orientation detection read in the page worker's own process gives the program's answer."""

from __future__ import annotations

import pytest

from ingest import IngestSettings, load_page, open_source
from ingest.clean import to_gray
from ocr._exec import tesseract as exe
from ocr.engines.tesseract import osd_orientation
from tests.conftest import SAMPLES

PAGES = [("dossier-06.pdf", 2, 180), ("dossier-05.pdf", 0, 0)]
"""A sample page scanned upside down, and one scanned upright."""


@pytest.mark.parametrize(("name", "index", "turned"), PAGES)
def test_orientation_in_process_is_the_programs(name: str, index: int, turned: int) -> None:
    assert exe.library_version() is not None, "the tesseract library (tesserocr) is missing"
    settings = IngestSettings()
    page = load_page(open_source(SAMPLES / "scans" / name, settings), index, settings)
    gray = to_gray(page.image)
    in_process = osd_orientation(gray, page.dpi, 60, in_process=True)
    program = osd_orientation(gray, page.dpi, 60, in_process=False)
    assert (in_process, program) == (turned, turned)
