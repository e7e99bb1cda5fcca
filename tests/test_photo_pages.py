"""Phone photos of pages: lines of a tilted page are never read into each other."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest

from bench.ocr_accuracy import cer
from ingest import IngestSettings, load_page, open_source
from ingest.dewarp import dewarp_lines
from ingest.sheet import find_sheet
from ocr import OcrSettings
from ocr.engines.paddle import page_words
from ocr.types import Word
from pipeline.pages import PageOutcome, page_text, read_page


def _tilted_page(degrees: float) -> list[list[Word]]:
    """Three lines of seven words on a page turned by ``degrees``, each line as the detector
    gives it: its words left to right, boxes upright around the turned words."""
    texts = [
        "Trung tâm Phục vụ hành chính công tỉnh",
        "nhận hồ sơ về đất đai hộ tịch",
        "và trả kết quả đúng hẹn cho người dân",
    ]
    slope = math.tan(math.radians(degrees))
    lines = []
    for n, text in enumerate(texts):
        words = []
        for k, token in enumerate(text.split()):
            left = 200 + k * 260
            top = 400 + n * 58 + round(slope * left)
            words.append(Word(token, left, top, 220, 30, 90.0, 0))
        lines.append(words)
    return lines


def test_lines_of_a_tilted_photo_are_not_interleaved() -> None:
    lines = _tilted_page(3.0)
    # upright boxes of these lines overlap their neighbours' by far more than half
    spans = [(min(w.top for w in ln), max(w.top + w.height for w in ln)) for ln in lines]
    assert spans[0][1] - spans[1][0] > 0.5 * (spans[0][1] - spans[0][0])
    words = page_words(lines, 2480)
    read = [" ".join(w.text for w in words if w.line == n)
            for n in sorted({w.line for w in words})]
    assert read == [" ".join(w.text for w in ln) for ln in lines]
    assert "nhận hồTrung" not in "".join(w.text for w in words)


SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "photos"


def _truth() -> list[dict[str, Any]]:
    return json.loads((SAMPLES / "truth.json").read_text(encoding="utf-8"))["pages"]


def _read(name: str) -> PageOutcome:
    ingest = IngestSettings()
    return read_page(open_source(SAMPLES / name, ingest), 0, ingest, OcrSettings())


def test_every_sheet_on_a_table_is_found_and_no_scan_is_taken_for_a_photo() -> None:
    ingest = IngestSettings()
    for page in _truth():
        image = load_page(open_source(SAMPLES / page["file"], ingest), 0, ingest).image
        assert find_sheet(image) is not None, page["file"]
    scan = np.full((3508, 2480), 235, np.uint8)
    cv2.rectangle(scan, (400, 600), (2000, 2800), 30, 4)  # a ruled box on a scanned page
    assert find_sheet(scan) is None


def test_curled_lines_are_straightened() -> None:
    page = np.full((1100, 800), 240, np.uint8)
    for n in range(12):
        for x in range(80, 720, 4):
            y = 100 + 70 * n + round(12 * (1 - ((x - 400) / 400) ** 2))
            cv2.rectangle(page, (x, y), (x + 2, y + 10), 20, -1)
    flat = dewarp_lines(page, 100)
    ink = flat < 128
    rows = [np.flatnonzero(ink[:, x]).mean() for x in (100, 400, 700)]
    before = [np.flatnonzero((page < 128)[:, x]).mean() for x in (100, 400, 700)]
    assert max(before) - min(before) > 6
    assert max(rows) - min(rows) < 2


@pytest.mark.parametrize("name", ["page-005.jpg", "page-007.jpg"], ids=["shadow+curl", "curl"])
def test_photos_on_a_table_are_read_right_or_flagged(name: str) -> None:
    (page,) = [p for p in _truth() if p["file"] == name]
    outcome = _read(name)
    assert outcome.text is not None, outcome.error
    error = cer(page["text"], page_text(outcome))
    assert error <= 0.03 or outcome.review, error


def test_a_sheet_photographed_from_too_far_is_refused_for_its_resolution() -> None:
    outcome = _read("page-008.jpg")
    assert outcome.error_code == "low_resolution"
