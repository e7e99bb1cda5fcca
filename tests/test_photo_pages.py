"""Phone photos of pages: lines of a tilted page are never read into each other."""

from __future__ import annotations

import math

from ocr.engines.paddle import page_words
from ocr.types import Word


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
