"""Settings of the OCR stage: which engine reads a page, and how each engine reads.

They live in the engines package, below the engines: each engine is made from them, and they
hold each engine's own settings model (:class:`~ocr.engines.paddle_settings.PaddleSettings`),
which lives beside its engine. They are importable as ``ocr.OcrSettings`` and
``ocr.engine.OcrSettings``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field

from ocr.engines.paddle_settings import PaddleSettings

__all__ = ["EngineName", "OcrSettings"]

EngineName = Literal["tesseract", "paddle", "paddle+tesseract", "null"]
"""The engines :func:`ocr.get_engine` can make; each engine module registers itself under its
name (:func:`ocr.registry.register`)."""


class OcrSettings(BaseModel):
    """Settings of the OCR stage."""

    engine: EngineName = "tesseract"
    """The engine that reads scanned pages."""
    photo_engine: EngineName | None = "paddle+tesseract"
    """The engine that reads pages photographed with a phone (``None``: ``engine``). The PP-OCR
    detector finds the lines of a photo, with its uneven light and curved lines, better than
    tesseract's own page analysis: 1.2% page CER instead of 1.9% on the sample photos."""
    language: str = "vie+Vietnamese"
    """Tesseract models, joined by ``+``: ``vie`` (the Vietnamese language model) and
    ``Vietnamese`` (the Vietnamese script model, which also reads the English of bilingual
    identity cards) together read tone marks on capitals better than either alone.

    Tesseract reads each group of words with the model that read the group before first, and
    with the other only when it does not accept that reading; a reading the other model wins
    makes it the first for the groups after. So ``Vietnamese``, the slower model, reads about
    half of a page's groups first (on three degraded sample pages 48 of 105, while only 12
    were read by both). Degraded sample pages, Tesseract's seconds and page CER: ``vie`` 0.72 s
    0.67 %, ``Vietnamese`` 0.92 s 1.13 %, ``Vietnamese+vie`` 1.08 s 0.32 %,
    ``vie+Vietnamese`` 0.86 s 0.31 %. Reading with ``vie`` and again with ``Vietnamese``
    only the lines holding a word ``vie``'s dictionary check would not accept (17 % of the
    lines) saved 0.06 s a page for a little more error: not taken."""
    psm: Annotated[int, Field(ge=0, le=13, description="tesseract page segmentation mode")] = 3
    tesseract_library: bool = True
    """Run tesseract inside the page worker through its library (``tesserocr``), the models
    loaded once; ``False``, or the library missing: run the ``tesseract`` program per page."""
    timeout_s: Annotated[float, Field(ge=1, le=3600)] = 180
    review_confidence: Annotated[
        float, Field(ge=0, le=100, description="pages below this mean confidence need review")
    ] = 70
    detect_orientation: bool = True
    paddle: PaddleSettings = PaddleSettings()

    def for_page(self, *, photographed: bool) -> OcrSettings:
        """The settings that read one page: ``photo_engine`` for a phone photo."""
        if photographed and self.photo_engine and self.photo_engine != self.engine:
            return self.model_copy(update={"engine": self.photo_engine})
        return self
