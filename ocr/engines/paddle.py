"""The ``paddle`` engine: PP-OCR detection and recognition (:mod:`ocr.engines.ppocr`) on a page.

PP-OCR reads whole lines. A line's text is split into words at spaces and each word gets the
part of the line box that its characters take in the line's text: a word that starts at
character 10 of a 40-character line starts a quarter of the way along the box. Proportional
fonts make these boxes a few pixels off; they are good enough to select and highlight words in
the searchable PDF.

The models, their settings and their errors are re-exported here (``PpOcr``,
``PaddleModelError``, ``shipped_model_path``, ``PaddleSettings``...).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import ClassVar

import numpy as np

from ocr.engines.paddle_settings import PaddleSettings
from ocr.engines.ppocr import (
    MODEL_PACKAGE,
    DetectedLine,
    PaddleModelError,
    PpOcr,
    crop_line,
    shipped_model_path,
)
from ocr.engines.settings import OcrSettings
from ocr.engines.tesseract import gray_of, osd_orientation
from ocr.layout import reading_order
from ocr.registry import register
from ocr.table import with_tables
from ocr.types import PageText, Word

__all__ = [
    "MODEL_PACKAGE",
    "DetectedLine",
    "PaddleEngine",
    "PaddleModelError",
    "PaddleSettings",
    "PpOcr",
    "crop_line",
    "line_words",
    "page_words",
    "rows_of",
    "shipped_model_path",
]


def rows_of(boxes: Sequence[tuple[int, int, int, int]]) -> list[int]:
    """Give each line box (left, top, width, height) the number of its row on the page.

    The detector cuts a printed line where a gap is wide (the two halves of a Decree 30/2020
    header, a label and its value far apart); boxes of about the same height that share most of
    it belong to one row, so that ``reading_order`` sees the row whole and can read
    side-by-side blocks. A box much taller than its neighbours (a stamp, a QR code) stays a row
    of its own. Rows are numbered top to bottom.
    """
    order = sorted(range(len(boxes)), key=lambda i: boxes[i][1] + boxes[i][3] / 2)
    anchors: list[tuple[int, int]] = []
    """Top and bottom of the first box of each row."""
    members: list[list[int]] = []
    for i in order:
        _, top, _, height = boxes[i]
        bottom = top + height
        for n, (a_top, a_bottom) in enumerate(anchors):
            overlap = min(bottom, a_bottom) - max(top, a_top)
            if overlap >= 0.5 * max(height, a_bottom - a_top):
                members[n].append(i)
                break
        else:
            anchors.append((top, bottom))
            members.append([i])
    row_of = [0] * len(boxes)
    ranked = sorted(range(len(members)),
                    key=lambda n: min(boxes[i][1] for i in members[n]))
    for rank, n in enumerate(ranked):
        for i in members[n]:
            row_of[i] = rank
    return row_of


def line_words(text: str, conf: float, box: tuple[int, int, int, int], line: int
               ) -> list[Word]:
    """Split a line's text into words boxed by their share of the line's characters."""
    left, top, width, height = box
    n = len(text)
    words: list[Word] = []
    pos = 0
    for token in text.split():
        start = text.index(token, pos)
        pos = start + len(token)
        x0 = left + round(width * start / n)
        x1 = left + round(width * pos / n)
        words.append(Word(token, x0, top, max(1, x1 - x0), height, conf, line))
    return words


def page_words(lines: Sequence[Sequence[Word]], page_width: int) -> tuple[Word, ...]:
    """Order the words of a page's lines for ``PageText``.

    Each item of ``lines`` holds the words of one line, left to right. Lines are put in rows
    (``rows_of``) by where they lie along the page's own slope (the median of their baselines'
    slopes), so the lines of a tilted or curved photo never share a row; rows top to bottom
    and left to right within a row, then ``reading_order`` reads side-by-side blocks block by
    block.
    """
    lines = [ln for ln in lines if ln]
    slope = _page_slope(lines)
    boxes = [_level_box(ln, slope) for ln in lines]
    rows = rows_of(boxes)
    flat = sorted(
        ((row, box[0], n) for n, (row, box) in enumerate(zip(rows, boxes, strict=True))),
    )
    grouped = [replace(w, line=row) for row, _, n in flat for w in lines[n]]
    return reading_order(grouped, page_width)


def _fit(line: Sequence[Word]) -> float | None:
    """The slope of a line's baseline (least squares through its words' bottoms), None for a
    line of fewer than three words."""
    if len(line) < 3:
        return None
    xs = np.array([w.left + w.width / 2 for w in line], dtype=np.float64)
    ys = np.array([w.top + w.height for w in line], dtype=np.float64)
    if np.ptp(xs) <= 0:
        return None
    return float(np.polyfit(xs, ys, 1)[0])


def _page_slope(lines: Sequence[Sequence[Word]]) -> float:
    """How the page's lines run: the median slope of the baselines of its lines of three words
    or more (0 when none has)."""
    slopes = [s for s in (_fit(ln) for ln in lines) if s is not None]
    return float(np.median(slopes)) if slopes else 0.0


def _level_box(line: Sequence[Word], slope: float) -> tuple[int, int, int, int]:
    """A line's box as if the page were level: its words' middles brought back along the
    page's slope to the left edge, and the height of its words, not of the band a tilted line
    sweeps. Upright boxes of a tilted page overlap their neighbours' and would read two lines
    as one row, word by word."""
    left = min(w.left for w in line)
    right = max(w.left + w.width for w in line)
    middles = [w.top + w.height / 2 - slope * (w.left + w.width / 2) for w in line]
    height = float(np.median([w.height for w in line]))
    middle = float(np.median(middles))
    return left, round(middle - height / 2), right - left, max(1, round(height))


@register("paddle")
class PaddleEngine:
    """PP-OCR detection and recognition on onnxruntime, one thread per page worker."""

    name: ClassVar[str] = "paddle"

    def __init__(self, settings: OcrSettings) -> None:
        self.settings = settings
        self.models = PpOcr(settings.paddle)
        self.models.warm_up()

    def version(self) -> str:
        """Return the engine's version: the model files and onnxruntime."""
        return self.models.version

    def languages(self) -> set[str]:
        """Return the languages the recognition model was trained for."""
        return set(self.settings.paddle.rec_languages.split("+"))

    def orientation(self, gray: np.ndarray, dpi: float) -> int:
        """Return how far the page is turned clockwise, from tesseract's OSD when installed."""
        return osd_orientation(gray, dpi, self.settings.timeout_s)

    def recognize(self, image: np.ndarray, dpi: float) -> PageText:
        """Find the lines with the PP-OCR detector and read them with the PP-OCR recogniser."""
        lines = self.models.detect(image, dpi)
        crops = [crop_line(image, ln.quad) for ln in lines]
        texts = self.models.read_lines(crops)
        parts = [line_words(text, conf * 100, ln.bbox, 0)
                 for ln, (text, conf) in zip(lines, texts, strict=True)]
        h, w = image.shape[:2]
        ordered = with_tables(page_words(parts, w), gray_of(image), dpi)
        return PageText(self.name, self.version(), self.settings.paddle.rec_languages, w, h, dpi,
                        ordered)
