"""Straightening the lines of a curled sheet from the lines of text on it.

Once a photo's sheet is mapped to a rectangle (``ingest.clean.unwarp_page``) its outline is
straight, but a sheet that bows off the table still bends its lines. Here the lines of text are
found (ink smeared along the line, at about 100 dpi), a parabola is fitted through the middle of
each, and their slopes give one smooth slope field for the page (a polynomial of x and y of
degree two in each, fitted by least squares, outliers dropped once). Summing that slope along
each row from the middle of the page gives how far every point lies below where its line would
be straight; the page is remapped by it. Slopes, not heights, are fitted, so a short line or a
line cut in pieces counts as much as a whole one; a page's remaining tilt goes too.
"""

from __future__ import annotations

import cv2
import numpy as np

__all__ = ["dewarp_lines"]

_DPI = 100.0
_MIN_LINES = 5
_MIN_SHIFT = 1.0
"""Below this largest shift (pixels at 100 dpi, a quarter millimetre) the page is left alone."""


def _terms(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    return np.stack([x**i * y**j for i in range(3) for j in range(3)], axis=-1)


def _slopes(gray: np.ndarray) -> np.ndarray:
    """Points (x, y, slope) along the middles of the page's lines of text, 0-1 coordinates for
    x and y, slope in pixels per pixel."""
    h, w = gray.shape
    paper = cv2.morphologyEx(gray, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))
    ink = (gray.astype(np.float32) < 0.75 * np.maximum(paper.astype(np.float32), 1)).astype(
        np.uint8)
    smear = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, np.ones((1, 25), np.uint8))
    smear = cv2.morphologyEx(smear, cv2.MORPH_OPEN, np.ones((3, 9), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(smear, connectivity=8)
    points = []
    for i in range(1, count):
        x0, y0, bw, bh, _area = stats[i]
        if bw < _DPI or bh > 0.4 * _DPI:
            continue
        mask = labels[y0 : y0 + bh, x0 : x0 + bw] == i
        n = mask.sum(axis=0)
        cols = np.flatnonzero(n)
        rows = (mask * np.arange(bh)[:, None]).sum(axis=0)[cols] / n[cols] + y0
        xs = cols + x0
        a, b, _c = np.polyfit(xs.astype(np.float64), rows, 2)
        for x in xs[::5]:
            points.append((x / w, (a * x * x + b * x + _c) / h, 2 * a * x + b))
    return np.array(points, dtype=np.float64).reshape(-1, 3)


def dewarp_lines(image: np.ndarray, dpi: float) -> np.ndarray:
    """The page with its lines of text made straight and level (itself when they are, or
    when too few lines are found to tell)."""
    h, w = image.shape[:2]
    scale = min(1.0, _DPI / dpi) if dpi else 0.33
    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    pts = _slopes(small)
    if len(pts) < _MIN_LINES * 10:
        return image
    keep = np.ones(len(pts), bool)
    coef = np.zeros(9)
    for _ in range(2):
        coef, *_ = np.linalg.lstsq(_terms(pts[keep, 0], pts[keep, 1]), pts[keep, 2], rcond=None)
        resid = np.abs(_terms(pts[:, 0], pts[:, 1]) @ coef - pts[:, 2])
        keep = resid <= max(3 * float(np.median(resid[keep])), 1e-3)
    sh, sw = small.shape
    lo, hi = pts[keep].min(axis=0), pts[keep].max(axis=0)
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float64)
    gx = np.clip(xx / sw, lo[0], hi[0])
    gy = np.clip(yy / sh, lo[1], hi[1])
    slope = _terms(gx, gy) @ coef
    shift = np.cumsum(slope, axis=1)
    shift -= shift[:, [sw // 2]]
    if float(np.abs(shift).max()) < _MIN_SHIFT:
        return image
    full = cv2.resize((shift / scale).astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR)
    map_x, map_y = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
    return cv2.remap(image, map_x, map_y + full, cv2.INTER_CUBIC,
                     borderMode=cv2.BORDER_REPLICATE)
