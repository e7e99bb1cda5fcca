"""PP-OCR finds the lines, tesseract reads them: the ``paddle+tesseract`` engine.

The PP-OCR detector finds text lines reliably on stained, faint or noisy pages, where
tesseract's own page layout analysis loses lines or reads noise; the PP-OCR recognisers shipped
with the models, on the other hand, lack most Vietnamese tone-marked letters, which tesseract's
``vie`` model reads well. So each detected line is cut out straight and the line images are
stacked into one tall image, one line per row with white space between rows, which a single
tesseract process reads as a uniform block of text (``--psm 6``): one process per page, not
one per line. Each word tesseract finds is given back to the line whose row holds it and its
box is mapped back onto the page.
"""

from __future__ import annotations

from typing import ClassVar

import cv2
import numpy as np

from ocr._exec import tesseract as exe
from ocr.engines.paddle import page_words
from ocr.engines.ppocr import DetectedLine, PpOcr, crop_line
from ocr.engines.settings import OcrSettings
from ocr.engines.tesseract import TesseractEngine, _without_scribbles, gray_of
from ocr.registry import register
from ocr.table import with_tables
from ocr.types import PageText, Word
from sohoa.text import nfc

__all__ = ["PaddleTesseractEngine", "stack_lines"]

_PSM_BLOCK = 6
_MARGIN = 0.5
"""White space around each line image, in line heights (at least 12 px)."""


def stack_lines(crops: list[np.ndarray]) -> tuple[np.ndarray, list[tuple[int, int, int]]]:
    """Stack grey line images into one white image, one per row.

    Returns the image and, per line, the left and top where its image was put and the bottom
    of its row (the row takes the white space below the line image too).
    """
    heights = [c.shape[0] for c in crops]
    margin = max(12, round(_MARGIN * float(np.median(heights)))) if crops else 12
    width = max((c.shape[1] for c in crops), default=1) + 2 * margin
    height = sum(h + margin for h in heights) + margin
    canvas = np.full((height, width), 255, dtype=np.uint8)
    places: list[tuple[int, int, int]] = []
    y = margin
    for crop in crops:
        h, w = crop.shape
        canvas[y : y + h, margin : margin + w] = crop
        places.append((margin, y, y + h + margin))
        y += h + margin
    return canvas, places


def _binary(crop: np.ndarray) -> np.ndarray:
    """Black text on white for one line: Otsu's threshold on the line alone, which copes with
    light that changes along the page better than one threshold for the whole page."""
    _, out = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    if np.count_nonzero(out == 0) > out.size / 2:  # light text on a dark band
        out = 255 - out
    return out


@register("paddle+tesseract")
class PaddleTesseractEngine:
    """PP-OCR line detection on onnxruntime, then one tesseract process reads all the lines."""

    name: ClassVar[str] = "paddle+tesseract"

    def __init__(self, settings: OcrSettings) -> None:
        self.settings = settings
        self.tesseract = TesseractEngine(settings)
        self.models = PpOcr(settings.paddle, recognise=False)
        self.models.warm_up()

    def version(self) -> str:
        """Return the engine's version: the detector and tesseract."""
        return f"{self.models.version} + tesseract {self.tesseract.version()}"

    def languages(self) -> set[str]:
        """Return the languages tesseract can read here."""
        return self.tesseract.languages()

    def orientation(self, gray: np.ndarray, dpi: float) -> int:
        """Return how far the page is turned clockwise, from tesseract's OSD."""
        return self.tesseract.orientation(gray, dpi)

    def recognize(self, image: np.ndarray, dpi: float) -> PageText:
        """Find the lines with the PP-OCR detector and read them all with one tesseract run."""
        gray = gray_of(image)
        h, w = gray.shape
        lines = self.models.detect(gray, dpi)
        words = self._read(gray, lines, dpi) if lines else []
        ordered = with_tables(page_words(words, w), gray, dpi)
        return PageText(self.name, self.version(), self.settings.language, w, h, dpi, ordered)

    def _read(self, gray: np.ndarray, lines: list[DetectedLine], dpi: float) -> list[list[Word]]:
        """Read the detected lines with one tesseract run; return the words of each line of
        text tesseract found (a detected box may hold more than one)."""
        crops = [_binary(crop_line(gray, ln.quad)) for ln in lines]
        canvas, places = stack_lines(crops)
        rows = exe.read_tsv(canvas, lang=self.settings.language, dpi=round(dpi), psm=_PSM_BLOCK,
                            timeout_s=self.settings.timeout_s,
                            in_process=self.settings.tesseract_library)
        rows = _without_scribbles(rows)
        tops = [top for _, top, _ in places]
        out: dict[tuple[int, int, int, int], list[Word]] = {}
        for r in rows:
            centre = r.top + r.height / 2
            n = int(np.searchsorted(tops, centre, side="right")) - 1
            if n < 0 or centre > places[n][2]:
                continue
            left, top, _ = places[n]
            box = _page_box(lines[n].quad, crops[n].shape, r.left - left, r.top - top,
                            r.width, r.height)
            key = (n, r.block, r.par, r.line)
            out.setdefault(key, []).append(Word(nfc(r.text), *box, max(r.conf, 0.0), 0))
        return list(out.values())


def _page_box(quad: np.ndarray, crop_shape: tuple[int, ...], x: int, y: int, w: int, h: int
              ) -> tuple[int, int, int, int]:
    """Map a box in a straightened line image back onto the page: left, top, width, height."""
    ch, cw = crop_shape[:2]
    target = np.array([[0, 0], [cw, 0], [cw, ch], [0, ch]], dtype=np.float32)
    back = cv2.getPerspectiveTransform(target, quad.astype(np.float32))
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(cw, x + w), min(ch, y + h)
    corners = np.array([[[x0, y0], [x1, y0], [x1, y1], [x0, y1]]], dtype=np.float32)
    pts = cv2.perspectiveTransform(corners, back)[0]
    left, top = np.floor(pts.min(axis=0)).astype(int)
    right, bottom = np.ceil(pts.max(axis=0)).astype(int)
    return int(left), int(top), max(1, int(right - left)), max(1, int(bottom - top))
