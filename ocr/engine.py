"""Choose the OCR engine that reads a page: :func:`get_engine`.

The engine contract (:class:`OcrEngine`) and the registry live in :mod:`ocr.registry`; the
settings (:class:`OcrSettings`, and each engine's own, such as :class:`PaddleSettings`) live in
the engines package, beside the engines. Importing :mod:`ocr.engines` registers every engine.
This module sits above them all and is imported by none of them.
"""

from __future__ import annotations

import ocr.engines  # noqa: F401  (importing the package registers every engine)
from ocr.engines.paddle_settings import PaddleSettings
from ocr.engines.settings import EngineName, OcrSettings
from ocr.registry import OcrEngine, engine_factory

__all__ = ["EngineName", "OcrEngine", "OcrSettings", "PaddleSettings", "get_engine"]


def get_engine(settings: OcrSettings) -> OcrEngine:
    """Return the engine named in the settings.

    ``paddle`` reads with the PP-OCR models alone; ``paddle+tesseract`` finds the lines with the
    PP-OCR detector and reads each one with tesseract.

    Args:
        settings: The OCR settings; ``settings.engine`` names the engine.

    Returns:
        The engine, made from the settings.

    Raises:
        KeyError: No engine has that name.
    """
    return engine_factory(settings.engine)(settings)
