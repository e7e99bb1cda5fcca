"""The quality gate: pages a clerk must rescan, each with a reason they can act on.

Measured on the page as scanned (before cleaning). Thresholds are settings; the defaults were
chosen on the sample scans (every sample page passes, including the slightly blurred and noisy
ones Tesseract still reads) and on pages blurred until Tesseract stopped reading them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

import cv2
import numpy as np
from pydantic import BaseModel, Field

__all__ = ["QualityIssue", "QualitySettings", "assess"]


class QualitySettings(BaseModel):
    """Thresholds of the quality gate."""

    enabled: bool = True
    min_dpi: Annotated[
        float, Field(ge=50, le=1200, description="electronic copies need 200 dpi or more")
    ] = 200
    min_sharpness: Annotated[
        float, Field(ge=0, description="variance of the Laplacian at 150 dpi after denoising")
    ] = 80
    min_paper: Annotated[
        int, Field(ge=0, le=255, description="paper darker than this: too dark")
    ] = 100
    min_ink_contrast: Annotated[
        int, Field(ge=0, le=255, description="ink lighter than paper minus this: washed out")
    ] = 60


@dataclass(frozen=True, slots=True)
class QualityIssue:
    """Why a page must be scanned again."""

    code: str
    reason: str


def sharpness(gray: np.ndarray, dpi: float) -> float:
    """Variance of the Laplacian at 150 dpi after a 3x3 median (noise is not sharpness)."""
    scale = 150.0 / dpi if dpi else 1.0
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    return float(cv2.Laplacian(cv2.medianBlur(small, 3), cv2.CV_64F).var())


def assess(gray: np.ndarray, dpi: float, settings: QualitySettings) -> list[QualityIssue]:
    """Return what is wrong with a (non-blank) page; empty when it is good enough."""
    if not settings.enabled:
        return []
    issues: list[QualityIssue] = []
    if dpi < settings.min_dpi * 0.98:
        issues.append(QualityIssue(
            "low_resolution",
            f"scanned at {dpi:.0f} dpi; scan again at {settings.min_dpi:.0f} dpi or more "
            "(colour, 100% scale)",
        ))
    paper = float(np.percentile(gray, 90))
    ink = float(np.percentile(gray, 0.5))
    if paper < settings.min_paper:
        issues.append(QualityIssue(
            "too_dark", "the page is too dark to read; check the scanner's brightness and lid"))
    elif paper - ink < settings.min_ink_contrast:
        issues.append(QualityIssue(
            "washed_out", "the text is too faint; scan again with more contrast or darkness"))
    if sharpness(gray, dpi) < settings.min_sharpness:
        issues.append(QualityIssue(
            "blurred", "the page is blurred; hold it flat on the glass and scan again"))
    return issues
