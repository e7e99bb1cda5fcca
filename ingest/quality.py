"""The quality gate: pages a clerk must rescan, each with a reason they can act on.

Measured on the page as scanned (before cleaning), where the writing is, so a sparse page is
judged like a full one. Thresholds are settings; the defaults were chosen on the sample scans
(every sample page passes; their sharpness is 1,900 or more, including the slightly blurred and
noisy ones Tesseract still reads) and on a clean 300-dpi page blurred until Tesseract stopped
reading it (sharpness 430 at Gaussian σ=3, still read; 140 at σ=4, not read).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

import cv2
import numpy as np
from pydantic import BaseModel, Field

__all__ = ["QualityIssue", "QualitySettings", "assess", "cut_edges", "level", "sharpness"]


class QualitySettings(BaseModel):
    """Thresholds of the quality gate."""

    enabled: bool = True
    min_dpi: Annotated[
        float, Field(ge=50, le=1200, description="electronic copies need 200 dpi or more")
    ] = 200
    min_sharpness: Annotated[
        float, Field(ge=0, description="mean squared Laplacian around the text, at 150 dpi")
    ] = 250
    min_paper: Annotated[
        int, Field(ge=0, le=255, description="paper darker than this: too dark")
    ] = 100
    min_ink_contrast: Annotated[
        int, Field(ge=0, le=255, description="ink lighter than paper minus this: washed out")
    ] = 60
    max_cut_marks: Annotated[
        int, Field(ge=1, description="more letters than this cut by one edge: page cut off")
    ] = 6


@dataclass(frozen=True, slots=True)
class QualityIssue:
    """Why a page must be scanned again."""

    code: str
    reason: str


def level(gray: np.ndarray, percent: float) -> float:
    """The grey level below which ``percent`` % of the pixels lie, from the image's histogram
    (a tenth of the time of sorting the pixels of a 300-dpi page)."""
    hist = cv2.calcHist([np.ascontiguousarray(gray)], [0], None, [256], [0, 256]).ravel()
    cumulative = np.cumsum(hist)
    if cumulative[-1] == 0:
        return 0.0
    return float(np.searchsorted(cumulative, cumulative[-1] * percent / 100.0))


def _small(gray: np.ndarray, dpi: float) -> np.ndarray:
    scale = 150.0 / dpi if dpi else 1.0
    return cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)


def _text_mask(small: np.ndarray, paper: float) -> np.ndarray:
    """Where the writing is: pixels clearly darker than the paper, and their surroundings."""
    ink = (small < paper - 25).astype(np.uint8)
    return cv2.dilate(ink, np.ones((5, 5), np.uint8)) > 0


def sharpness(gray: np.ndarray, dpi: float) -> float | None:
    """Mean squared Laplacian around the writing, at 150 dpi after a 3x3 median.

    Measured where the text is, so a page with two lines is judged like a full one; None when
    there is too little writing to judge.
    """
    small = _small(gray, dpi)
    mask = _text_mask(small, level(small, 90))
    if mask.mean() < 0.002:
        return None
    lap = cv2.Laplacian(cv2.medianBlur(small, 3), cv2.CV_64F)
    return float((lap[mask] ** 2).mean())


_EDGES = ("top", "bottom", "left", "right")
_EDGES_VI = {"top": "trên", "bottom": "dưới", "left": "trái", "right": "phải"}


def cut_edges(gray: np.ndarray, dpi: float, max_marks: int) -> list[str]:
    """Edges of the image that cut through writing: more than ``max_marks`` letter-sized marks
    touch them. Long dark strips along an edge (scanner borders, the lid) are not writing."""
    small = _small(gray, dpi)
    paper = level(small, 90)
    ink = (small < paper - 60).astype(np.uint8)
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    h, w = ink.shape
    low, high = 150 / 25.4 * 0.5, 150 / 25.4 * 12  # marks between 0.5 and 12 mm
    marks = dict.fromkeys(_EDGES, 0)
    for x, y, bw, bh, _area in stats[1:count]:
        if not low <= max(bw, bh) <= high or min(bw, bh) < 2:  # not slivers of the desk
            continue
        if y <= 1:
            marks["top"] += 1
        if y + bh >= h - 1:
            marks["bottom"] += 1
        if x <= 1:
            marks["left"] += 1
        if x + bw >= w - 1:
            marks["right"] += 1
    return [e for e in _EDGES if marks[e] > max_marks]


def assess(gray: np.ndarray, dpi: float, settings: QualitySettings) -> list[QualityIssue]:
    """Return what is wrong with a (non-blank) page; empty when it is good enough."""
    if not settings.enabled:
        return []
    issues: list[QualityIssue] = []
    if dpi < settings.min_dpi * 0.98:
        issues.append(QualityIssue(
            "low_resolution",
            f"quét ở {dpi:.0f} dpi; quét lại ở {settings.min_dpi:.0f} dpi trở lên, màu, tỉ lệ "
            f"100% (scanned at {dpi:.0f} dpi; scan again at {settings.min_dpi:.0f} dpi or more, "
            "colour, 100% scale)",
        ))
    small = _small(gray, dpi)
    paper = level(small, 90)
    darker = small[small < paper - 15]
    if paper < settings.min_paper:
        issues.append(QualityIssue(
            "too_dark", "trang quá tối, không đọc được; kiểm tra độ sáng và nắp máy quét (the "
            "page is too dark to read; check the scanner's brightness and lid)"))
    elif darker.size > 0.001 * small.size and (
        paper - float(np.percentile(darker, 5)) < settings.min_ink_contrast
    ):
        issues.append(QualityIssue(
            "washed_out", "chữ quá mờ; quét lại với độ tương phản hoặc độ đậm cao hơn (the text "
            "is too faint; scan again with more contrast or darkness)"))
    cut = cut_edges(gray, dpi, settings.max_cut_marks)
    if cut:
        issues.append(QualityIssue(
            "cut_off", f"trang bị cắt ở mép {' và '.join(_EDGES_VI[e] for e in cut)}; đặt cả "
            f"tờ giấy lên mặt kính và quét lại (the page is cut off at the {' and '.join(cut)} "
            "edge; place the whole sheet on the glass and scan again)"))
    sharp = sharpness(gray, dpi)
    if sharp is not None and sharp < settings.min_sharpness:
        issues.append(QualityIssue(
            "blurred", "trang bị nhòe; giữ tờ giấy phẳng trên mặt kính và quét lại (the page is "
            "blurred; hold it flat on the glass and scan again)"))
    return issues
