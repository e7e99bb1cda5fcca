"""OCR engine adapters.

Importing this package imports every engine module, and each registers itself in
:mod:`ocr.registry` under its name; :func:`ocr.get_engine` then finds it there. The engines
import the registry and the settings (:mod:`ocr.engines.settings`), never :mod:`ocr.engine`.
"""

from __future__ import annotations

from ocr.engines import hybrid, null, paddle, tesseract

__all__ = ["hybrid", "null", "paddle", "tesseract"]
