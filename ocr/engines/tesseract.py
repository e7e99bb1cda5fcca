"""Tesseract adapter: image preparation, OSD, and TSV words into ``PageText``."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path
from typing import ClassVar

import cv2
import numpy as np

from ocr._exec import tesseract as exe
from ocr.engines.settings import OcrSettings
from ocr.errors import OcrEngineMissingError
from ocr.layout import reading_order
from ocr.registry import register
from ocr.table import with_tables
from ocr.types import PageText, Word
from sohoa.text import nfc

__all__ = ["TesseractEngine", "gray_of", "osd_orientation"]


def gray_of(image: np.ndarray) -> np.ndarray:
    """The image in grey (itself when it is grey already)."""
    return image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)


_PUNCT = set(".,;:()/-%'\"!?&+=[]§<>“”@#*")
"""Marks that printed text uses, among them ``<`` (the machine-readable zone of an identity
card), quotes, and ``@`` and ``#`` (e-mail addresses, numbers)."""
_LONE_MARKS = set(".,;:()/-+=%§…")
"""Marks that stand as a word of their own in printed text (a list's dash, "-/-")."""
_STROKES = set("_⁄`~^\\|{}«»")
"""Marks tesseract makes of pen strokes and seals, which typed administrative text never has."""
_STROKE_LEN = 6
"""Pen strokes come out as short "words"; a long one with a stray mark is text misread (an
identity card's machine-readable line, its ``<`` read as ``«``)."""
_RULE = "|¦"
"""What tesseract makes of a table's vertical rules."""
_SCRIBBLE_CONF = 25.0
_SURE = 90.0
_TALL = 2.5
"""A "word" this many times taller than the page's words is a signature or a seal."""


def _without_scribbles(rows: list[exe.TsvWord]) -> list[exe.TsvWord]:
    """Drop what Tesseract made of signatures and seals.

    Dropped, unless tesseract is sure of them (confidence 90 or more): "words" far taller than
    the page's words; "words" without a letter or digit that hold marks no text uses; and words
    of up to six characters holding pen-stroke marks (``_``, ``⁄``, ``~``...) read with less
    than 85. Very unsure words (under 25) go when they hold any unusual mark or glyphs far
    wider than the page's letters. Table rules read as ``|`` are taken off the words they
    stick to.
    """
    widths = sorted(r.width / len(r.text) for r in rows if r.conf >= 80 and r.text)
    if not widths:
        return rows
    char_w = widths[len(widths) // 2]
    heights = sorted(r.height for r in rows if r.conf >= 80 and r.text)
    line_h = heights[len(heights) // 2]

    def scribble(r: exe.TsvWord) -> bool:
        if r.conf >= _SURE:
            return False
        lettered = any(c.isalnum() for c in r.text)
        unusual = any(not (c.isalnum() or c in _PUNCT) for c in r.text)
        alone = not lettered and any(c not in _LONE_MARKS for c in r.text)
        if r.height > _TALL * line_h or alone:
            return True
        if len(r.text) <= _STROKE_LEN and any(c in _STROKES for c in r.text) and r.conf < 85:
            return True
        if r.conf >= _SCRIBBLE_CONF:
            return False
        return unusual or r.width / max(1, len(r.text)) > 3 * char_w

    kept = [r for r in rows if not scribble(r)]
    # a table's rule beside a word comes out as "|" stuck to it; printed text has no "|"
    unruled = [replace(r, text=r.text.strip(_RULE)) if r.text.strip(_RULE) != r.text else r
               for r in kept]
    return [r for r in unruled if r.text]


def debian_package(model: str) -> str:
    """The Debian package that installs a tesseract model: ``vie`` is a language model,
    ``Vietnamese`` a script model."""
    if model[:1].isupper():
        return f"tesseract-ocr-script-{model[:4].lower()}"
    return f"tesseract-ocr-{model}"


def osd_orientation(gray: np.ndarray, dpi: float, timeout_s: float, *,
                    in_process: bool = True) -> int:
    """How far the page is turned clockwise, from tesseract's OSD; 0 without tesseract.

    In this process through the tesseract library when ``in_process`` and the library is
    installed (the model stays loaded; ``timeout_s`` then does not apply: the OSD of a page
    at 200 dpi takes a fraction of a second), else with the program."""
    try:
        if "osd" not in exe.installed_languages():
            return 0
    except OcrEngineMissingError:
        return 0
    scale = min(1.0, 200.0 / dpi) if dpi else 1.0
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    found = exe.orientation_of(small, dpi=round(dpi * scale)) if in_process else None
    if found is not None:
        turned, conf = found
        return 0 if conf < 1.0 else turned
    with tempfile.TemporaryDirectory(prefix="sohoa-osd-") as tmp:
        path = Path(tmp) / "page.png"
        cv2.imwrite(str(path), small)
        rotate, conf = exe.orientation(path, dpi=round(dpi * scale), timeout_s=timeout_s)
    if conf < 1.0:
        return 0
    # OSD reports how far to turn the image clockwise to make it upright.
    return (360 - rotate) % 360


@register("tesseract")
class TesseractEngine:
    """Tesseract 5 with the ``vie`` model, one process per page, one thread per process."""

    name: ClassVar[str] = "tesseract"

    def __init__(self, settings: OcrSettings) -> None:
        self.settings = settings
        missing = set(settings.language.split("+")) - set(exe.installed_languages())
        if missing:
            pkgs = " ".join(debian_package(m) for m in sorted(missing))
            raise OcrEngineMissingError(
                f"tesseract has no model for {', '.join(sorted(missing))}; on Debian run: "
                f"apt-get install {pkgs}"
            )

    def version(self) -> str:
        """Return the engine's version: the library's when it reads in this process."""
        library = exe.library_version() if self.settings.tesseract_library else None
        return library or exe.version()

    def languages(self) -> set[str]:
        """Return the languages the engine can read here."""
        return set(exe.installed_languages())

    def orientation(self, gray: np.ndarray, dpi: float) -> int:
        """Return how far the page is turned clockwise, from tesseract's OSD."""
        return osd_orientation(gray, dpi, self.settings.timeout_s,
                               in_process=self.settings.tesseract_library)

    def recognize(self, image: np.ndarray, dpi: float) -> PageText:
        """Read an upright page image with tesseract."""
        gray = gray_of(image)
        _, binary = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        rows = exe.read_tsv(
            binary, lang=self.settings.language, dpi=round(dpi), psm=self.settings.psm,
            timeout_s=self.settings.timeout_s, in_process=self.settings.tesseract_library,
        )
        rows = _without_scribbles(rows)
        words: list[Word] = []
        line_index = -1
        last_key: tuple[int, int, int] | None = None
        for r in rows:
            key = (r.block, r.par, r.line)
            if key != last_key:
                line_index += 1
                last_key = key
            words.append(
                Word(nfc(r.text), r.left, r.top, r.width, r.height, max(r.conf, 0.0), line_index)
            )
        h, w = gray.shape
        ordered = with_tables(reading_order(words, w), gray, dpi)
        return PageText(self.name, self.version(), self.settings.language, w, h, dpi, ordered)
