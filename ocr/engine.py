"""The OCR engine contract and the registry of engines."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, ClassVar, Literal, Protocol

import numpy as np
from pydantic import BaseModel, Field

if TYPE_CHECKING:
    from ocr.types import PageText

__all__ = ["OcrEngine", "OcrSettings", "get_engine"]


class OcrSettings(BaseModel):
    """Settings of the OCR stage."""

    engine: Literal["tesseract", "null"] = "tesseract"
    language: str = "vie"
    psm: Annotated[int, Field(ge=0, le=13, description="tesseract page segmentation mode")] = 3
    timeout_s: Annotated[float, Field(ge=1, le=3600)] = 180
    review_confidence: Annotated[
        float, Field(ge=0, le=100, description="pages below this mean confidence need review")
    ] = 70
    detect_orientation: bool = True


class OcrEngine(Protocol):
    """An OCR engine.

    Engines are called in page workers (one process per core) and MUST NOT keep state between
    pages other than caches. ``recognize`` MUST return word boxes in pixels of the image given.
    """

    name: ClassVar[str]

    def version(self) -> str:
        """Return the engine's version."""
        ...

    def languages(self) -> set[str]:
        """Return the languages the engine can read here."""
        ...

    def orientation(self, gray: np.ndarray, dpi: float) -> int:
        """Return how far the page is turned clockwise (0, 90, 180 or 270)."""
        ...

    def recognize(self, image: np.ndarray, dpi: float) -> PageText:
        """Read an upright page image."""
        ...


def get_engine(settings: OcrSettings) -> OcrEngine:
    """Return the engine named in the settings."""
    from ocr.engines.null import NullEngine
    from ocr.engines.tesseract import TesseractEngine

    engines: dict[str, type[TesseractEngine] | type[NullEngine]] = {
        "tesseract": TesseractEngine,
        "null": NullEngine,
    }
    return engines[settings.engine](settings)
