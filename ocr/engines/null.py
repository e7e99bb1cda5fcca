"""An engine that reads nothing: for pipelines that only archive images, and for tests."""

from __future__ import annotations

from typing import ClassVar

import numpy as np

from ocr.engines.settings import OcrSettings
from ocr.registry import register
from ocr.types import PageText

__all__ = ["NullEngine"]


@register("null")
class NullEngine:
    """Returns no words for every page."""

    name: ClassVar[str] = "null"

    def __init__(self, settings: OcrSettings) -> None:
        self.settings = settings

    def version(self) -> str:
        """Return the engine's version."""
        return "0"

    def languages(self) -> set[str]:
        """Return the languages the engine can read here."""
        return {self.settings.language}

    def orientation(self, gray: np.ndarray, dpi: float) -> int:
        """Report every page as upright."""
        return 0

    def recognize(self, image: np.ndarray, dpi: float) -> PageText:
        """Return an empty page text of the right size."""
        h, w = image.shape[:2]
        return PageText("null", "0", self.settings.language, w, h, dpi, ())
