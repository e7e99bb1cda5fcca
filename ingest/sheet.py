"""Finding the sheet in a phone photo of a page lying on a textured or patterned table, in a
shadow or uneven light.

The paper is one smooth surface: its tone changes slowly under a shadow's soft edge or light
falling off, and steps sharply only at its own edge. So the sheet is grown from the middle of
the photo (where the page is held) as a flood fill that follows the paper's tone from pixel to
pixel, on a copy about 600 pixels high with the writing closed away. A table's grain, checks or
flowers stop the fill at the sheet's edge however bright they are. The grown region's corners
are its extremes along the diagonals, so a curled edge that bows does not move them.
"""

from __future__ import annotations

import cv2
import numpy as np

__all__ = ["find_sheet"]

_HEIGHT = 600
_STEP = 4
"""The largest change of tone between neighbouring pixels of the small copy that is still the
same paper (a shadow's soft edge changes by about 2 a pixel there, a sheet's edge by 15 or
more)."""
_LOG_STEP = 2
"""The same for 40 x log(tone) between neighbouring pixels of the small copy that is
still the same paper (a shadow's soft edge changes it by about 1.5 a pixel there, a sheet's edge
on a pale checked cloth by 3 or more, on wood by 10 or more)."""


def _corners(mask: np.ndarray) -> np.ndarray | None:
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    if not contours:
        return None
    hull = cv2.convexHull(max(contours, key=cv2.contourArea)).reshape(-1, 2).astype(np.float32)
    s, d = hull.sum(axis=1), hull[:, 0] - hull[:, 1]
    return np.array([hull[np.argmin(s)], hull[np.argmax(d)], hull[np.argmax(s)],
                     hull[np.argmin(d)]], dtype=np.float32)


def _grown(small: np.ndarray, step: float) -> np.ndarray | None:
    """The largest region grown from points near the middle whose tone changes by at most
    ``step`` between neighbours; None when it is no sheet-sized region apart from the edges."""
    sh, sw = small.shape[:2]
    best: np.ndarray | None = None
    best_area = 0
    for fy, fx in ((0.5, 0.5), (0.4, 0.5), (0.6, 0.5), (0.5, 0.4), (0.5, 0.6)):
        mask = np.zeros((sh + 2, sw + 2), np.uint8)
        seed = (int(sw * fx), int(sh * fy))
        cv2.floodFill(small.copy(), mask, seed, (0, 0, 0), (step,) * 3, (step,) * 3,
                      4 | cv2.FLOODFILL_MASK_ONLY | (255 << 8))
        region = cv2.morphologyEx(mask[1:-1, 1:-1], cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
        share = int(np.count_nonzero(region))
        if share > best_area:
            best, best_area = region, share
    if best is None or not 0.2 * sh * sw < best_area < 0.9 * sh * sw:
        return None
    # a region running along the photo's edge is the table leaking in, or a cut-off sheet
    edges = (best[:, 0], best[:, -1], best[0], best[-1])
    if any(np.count_nonzero(e) > 0.05 * e.size for e in edges):
        return None
    return best


def find_sheet(image: np.ndarray, *, shrunk: np.ndarray | None = None) -> np.ndarray | None:
    """The sheet's corners in a photo (top left, top right, bottom right, bottom left), or None
    when no sheet stands apart from its surroundings (a flatbed scan, a sheet filling the
    photo).

    The fill follows the tone itself first (it crosses no pale table's edge), then its logarithm
    (it crosses a shadow's edge on the paper as easily in the dark as in the light).
    ``shrunk``: a grey image's copy made already, larger than the one needed here (shrinking
    it further takes a twentieth of the time of shrinking the page).
    """
    h, w = image.shape[:2]
    scale = _HEIGHT / max(h, w)
    if image.ndim == 2 and shrunk is not None and max(shrunk.shape) >= _HEIGHT:
        small = cv2.resize(shrunk, (round(w * scale), round(h * scale)),
                           interpolation=cv2.INTER_AREA)
    else:
        small = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    if small.ndim == 2:
        small = cv2.cvtColor(small, cv2.COLOR_GRAY2RGB)
    # close the writing away (dark strokes thinner than the kernel), then smooth the grain
    small = cv2.morphologyEx(small, cv2.MORPH_CLOSE, np.ones((7, 7), np.uint8))
    small = cv2.medianBlur(small, 5)
    logged = np.log1p(small.astype(np.float32)) * 40.0
    for tone, step in ((small, _STEP), (logged, _LOG_STEP)):
        region = _grown(tone, step)
        if region is None:
            continue
        corners = _corners(region)
        if corners is None or cv2.contourArea(corners) < 0.85 * np.count_nonzero(region):
            continue  # not a quadrilateral
        grey = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY)
        if float(np.median(grey[region == 0])) > float(np.median(grey[region > 0])) - 25:
            return None  # as bright around as inside: a box drawn on a scanned page
        corners = corners / scale
        # a little inside the edge, so no sliver of the table is taken for the page
        return corners + (corners.mean(axis=0) - corners) * 0.012
    return None
