"""Page cleaning for OCR: orientation, deskew, blank detection, receipt-code QR.

The archive keeps the page as scanned; cleaning produces a second, upright image for OCR and
for the searchable PDF.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np
import zxingcpp

__all__ = [
    "OrientationDetector",
    "PageScan",
    "blank_ink_ratio",
    "detect_skew",
    "find_codes",
    "find_page_outline",
    "rotate",
    "scan_page",
    "to_gray",
    "unwarp_page",
]

OrientationDetector = Callable[[np.ndarray, float], int]
"""Given a grayscale page and its dpi, return how far it is turned clockwise: 0/90/180/270."""


@dataclass(frozen=True, slots=True, eq=False)
class PageScan:
    """What cleaning learnt about one page, and the upright image."""

    upright: np.ndarray
    """The page turned upright and deskewed, in the colours it was scanned in."""
    rotation: int
    """Degrees the scan was turned clockwise (0, 90, 180, 270); undone in ``upright``."""
    skew_deg: float
    """Residual skew found after rotation, counter-clockwise positive; undone in ``upright``."""
    ink_ratio: float
    blank: bool
    codes: tuple[str, ...]
    """Text of every QR code or barcode found on the page."""
    receipt_codes: tuple[str, ...]
    """Receipt codes (mã hồ sơ) found in those codes."""


def to_gray(image: np.ndarray) -> np.ndarray:
    """Return a grayscale copy (or the image itself if it is already gray)."""
    if image.ndim == 2:
        return image
    return cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)


def rotate(image: np.ndarray, angle_deg: float, fill: int = 255) -> np.ndarray:
    """Rotate counter-clockwise by ``angle_deg`` around the centre, keeping the whole page."""
    if abs(angle_deg) < 1e-3:
        return image
    h, w = image.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle_deg, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(h * sin + w * cos + 0.5), int(h * cos + w * sin + 0.5)
    m[0, 2] += nw / 2 - w / 2
    m[1, 2] += nh / 2 - h / 2
    border = (fill, fill, fill) if image.ndim == 3 else fill
    return cv2.warpAffine(
        image, m, (nw, nh), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_CONSTANT,
        borderValue=border,
    )


def _turn(image: np.ndarray, clockwise: int) -> np.ndarray:
    """Undo a clockwise turn of ``clockwise`` degrees."""
    turns = {90: cv2.ROTATE_90_COUNTERCLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_CLOCKWISE}
    if clockwise in turns:
        return cv2.rotate(image, turns[clockwise])
    return image


def _ink_mask(gray: np.ndarray) -> np.ndarray:
    """Dark marks clearly below the paper tone, without isolated specks."""
    paper = float(np.percentile(gray, 90))
    mask = (gray < paper - 70).astype(np.uint8)
    return cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))


def blank_ink_ratio(gray: np.ndarray) -> float:
    """Share of the page (margins excluded) covered by ink."""
    h, w = gray.shape
    my, mx = h // 20, w // 20
    inner = gray[my : h - my, mx : w - mx]
    if inner.size == 0:
        return 0.0
    return float(_ink_mask(inner).mean())


def detect_skew(gray: np.ndarray, max_deg: float = 6.0) -> float:
    """Find the skew of text lines by maximising the variance of the row profile.

    Returns the counter-clockwise angle in degrees by which the page must be rotated back
    (i.e. the page's skew, counter-clockwise positive).
    """
    h, w = gray.shape
    scale = min(1.0, 1200.0 / max(h, w))
    small = cv2.resize(gray, (int(w * scale), int(h * scale)), interpolation=cv2.INTER_AREA)
    _, binary = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    if binary.mean() < 0.5:
        return 0.0

    def score(angle: float) -> float:
        rotated = rotate(binary, angle, fill=0)
        profile = rotated.sum(axis=1, dtype=np.float64)
        return float(np.var(np.diff(profile)))

    best = 0.0
    step = 0.5
    candidates = np.arange(-max_deg, max_deg + 1e-9, step)
    best = max(candidates, key=score)
    for _ in range(3):
        step /= 4
        candidates = np.arange(best - 3 * step, best + 3 * step + 1e-9, step)
        best = max(candidates, key=score)
    return -float(round(best, 2))


def _order_quad(pts: np.ndarray) -> np.ndarray:
    """Corners in the order top-left, top-right, bottom-right, bottom-left."""
    pts = pts.reshape(4, 2).astype(np.float32)
    s = pts.sum(axis=1)
    d = np.diff(pts, axis=1).ravel()
    return np.array([pts[np.argmin(s)], pts[np.argmin(d)], pts[np.argmax(s)],
                     pts[np.argmax(d)]], dtype=np.float32)


def find_page_outline(gray: np.ndarray) -> np.ndarray | None:
    """Find the sheet in a photo: four corners of a bright quadrilateral on a darker background.

    Returns None for a flatbed scan (the sheet fills the image) or when no clear outline exists.
    """
    h, w = gray.shape
    scale = 800.0 / max(h, w)
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (5, 5), 0)
    _, mask = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    page = max(contours, key=cv2.contourArea)
    area = cv2.contourArea(page) / (small.shape[0] * small.shape[1])
    if not 0.2 < area < 0.95:
        return None
    quad = cv2.approxPolyDP(page, 0.02 * cv2.arcLength(page, True), True)
    if len(quad) != 4 or not cv2.isContourConvex(quad):
        return None
    inside = small[mask > 0].mean()
    outside = small[mask == 0].mean() if (mask == 0).any() else inside
    if inside - outside < 40:
        return None
    return _order_quad(quad) / scale


def unwarp_page(image: np.ndarray, quad: np.ndarray) -> np.ndarray:
    """Map the quadrilateral ``quad`` of a photo to an upright rectangle of the same size."""
    tl, tr, br, bl = quad
    width = int(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    height = int(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    # Side lengths seen at an angle are foreshortened; papers at the counter are A4, so a
    # ratio near A4's is taken to be A4.
    a4 = 2 ** 0.5
    if abs(height / width - a4) < 0.12 * a4:
        height = int(width * a4)
    elif abs(width / height - a4) < 0.12 * a4:
        width = int(height * a4)
    target = np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]],
                      dtype=np.float32)
    m = cv2.getPerspectiveTransform(quad.astype(np.float32), target)
    return cv2.warpPerspective(image, m, (width, height), flags=cv2.INTER_CUBIC,
                               borderMode=cv2.BORDER_REPLICATE)


def find_codes(gray: np.ndarray, pattern: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Read every QR code and barcode on a page; return their texts and the receipt codes."""
    texts: list[str] = []
    for barcode in zxingcpp.read_barcodes(gray):
        if barcode.text:
            texts.append(barcode.text)
    if not texts:
        h, w = gray.shape
        small = cv2.resize(gray, (w // 2, h // 2), interpolation=cv2.INTER_AREA)
        texts = [b.text for b in zxingcpp.read_barcodes(small) if b.text]
    regex = re.compile(pattern)
    codes: list[str] = []
    for text in texts:
        codes.extend(m.group(0) for m in regex.finditer(text) if m.group(0) not in codes)
    return tuple(texts), tuple(codes)


def scan_page(
    image: np.ndarray,
    dpi: float,
    *,
    orientation: OrientationDetector | None,
    receipt_code_pattern: str,
    blank_threshold: float,
    max_skew_deg: float = 6.0,
) -> PageScan:
    """Clean one page: flatten a photographed sheet, find codes, decide blank, turn upright,
    deskew."""
    gray = to_gray(image)
    quad = find_page_outline(gray)
    if quad is not None:
        image = unwarp_page(image, quad)
        gray = to_gray(image)
    codes, receipt_codes = find_codes(gray, receipt_code_pattern)
    ink = blank_ink_ratio(gray)
    blank = ink < blank_threshold and not codes
    if blank:
        return PageScan(image, 0, 0.0, ink, True, codes, receipt_codes)
    turn = orientation(gray, dpi) if orientation is not None else 0
    upright = _turn(image, turn)
    upright_gray = _turn(gray, turn)
    skew = detect_skew(upright_gray, max_skew_deg)
    if abs(skew) >= 0.05:
        upright = rotate(upright, -skew)
    return PageScan(upright, turn, skew, ink, False, codes, receipt_codes)
