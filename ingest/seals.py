"""Seals and stamps in red, magenta, violet or blue ink, taken out of the image OCR reads.

An official seal (con dấu) is stamped over the signature and often over the left of the
signer's title, name and the place-and-date line above them. In grey its ink is a mid grey
(a red seal about 85 of 255, a blue stamp about 60), so one threshold for the page turns it
into black rings over the letters and OCR loses those lines. In colour it is told apart: its
ink is strongly coloured, while the black text it covers stays dark even where the seal lies
over it (a seal multiplies the paper, it does not hide what is under it).

``without_colour_ink`` decides per pixel by chroma and by lightness, in Lab:

* chroma and hue say how sure a pixel is seal or stamp ink: a weight rising from chroma 12 to
  24 (CIE units), for hues from sky blue through violet and magenta to vermilion
  (-110° to 58°); paper, its yellowed tone, black and grey ink have less chroma, and yellow,
  green or cyan marks (a highlighter, a brown desk in a photo) another hue;
* lightness says whether a coloured pixel is the ink itself or dark text under it: the ink's
  grey level is measured on the page (the median of its most coloured pixels, per 30° of hue,
  so a red seal and a blue signature each have their own), and a coloured pixel turns to
  paper when it is nearly as light as that ink (above 72% of its level), stays as it is when
  it is much darker (below 45%: a letter under the seal, its edge pixels still half dark),
  and in between goes part of the way. On colour JPEGs (chroma at half resolution) 99% of a
  seal's own pixels lie above 72% of its level, 90% of the letter pixels under it below 41%;
* where a red ink and a blue one cross (a signature in blue over a red seal) the two together
  are as dark as text: a dark blob outlined by both inks and nothing else turns to paper too.

Only the image OCR reads changes; the archived page keeps its seal. A greyscale scan (or a
colour scan of a grey page) comes back as its plain grey: there a seal's grey and a letter's
edges cannot be told apart by colour, and nothing is done (a ring-shaped mask was not tried:
it would cut the letters it crosses as well). ``bench/seal_lines.py`` measures both.

What is written in a red, violet or blue pen is taken out of OCR's image too: a signature,
and also a form filled in by hand in blue (Tesseract does not read handwriting; the archived
page keeps it), or text printed in colour, which no sample paper has.

Measured (``bench/seal_lines.py``, 8 generated pages, a seal of radius 18 mm in red or blue
over the place-and-date line and the signer's title, or over the title, signature and name;
200 and 300 dpi colour JPEG): lines the seal touches read 3 of 20 in plain grey, 20 of 20
separated (20 of 20 with no seal drawn); all lines 90.8% and 99.5% (99.5% with no seal); the
issue date under the seal found on 4 and 8 of the 8 pages. The six colour sample pages read
as well as before (two scans with a red seal and a blue signature, 100% of their lines; four
phone photos, unchanged). About 0.05 s a page at 200 dpi, 0.12 s at 300.
"""

from __future__ import annotations

import cv2
import numpy as np

__all__ = ["colour_ink_weight", "without_colour_ink"]

_CHROMA_FROM, _CHROMA_FULL = 12.0, 24.0
"""Lab chroma (CIE units) where a pixel starts to count as coloured ink, and where it fully
does. Paper and scanner noise stay below 6, a yellowed sheet about 16 at a yellow hue, the
faint edge of a red seal about 27."""
_HUE_FROM, _HUE_TO = -110.0, 58.0
"""Lab hue angles of seal and stamp inks: sky blue -79°, blue -62°, violet -46°, magenta -17°,
red 32°, vermilion 42°. A brown desk (62°) and yellowed paper (94°) lie outside."""
_HUE_BIN = 30.0
_BLUE_BELOW = -35.0
"""Inks of a hue below this (blue, violet) are told from red and magenta ones where they cross."""
_KEEP_BELOW, _PAPER_ABOVE = 0.45, 0.72
"""Of the ink's own grey level: a coloured pixel darker than the first share is text under
the seal and kept; one lighter than the second is the ink and turned to paper."""
_MIN_INK_PIXELS = 200
"""Fewer coloured pixels of a hue than this are no seal or stamp (specks of JPEG colour)."""
_DARKEST_INK = 40.0
"""Inks darker than this grey level (of 255) could be taken for text: those are left alone."""


def _coloured(image: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The pixels that may be seal or stamp ink (flat indices) with their Lab chroma (CIE
    units), hue (degrees, -180 to 180) and ink weight (0 to 1, float32).

    Only pixels whose |a| + |b| passes the lowest chroma are looked at closely: on a page that
    is a few percent of it."""
    lab = cv2.cvtColor(image, cv2.COLOR_RGB2Lab)
    a = cv2.absdiff(lab[..., 1], 128)
    b = cv2.absdiff(lab[..., 2], 128)
    index = np.flatnonzero(cv2.add(a, b) > _CHROMA_FROM)
    flat = lab.reshape(-1, 3)[index]
    a_ = flat[:, 1].astype(np.float32) - 128.0
    b_ = flat[:, 2].astype(np.float32) - 128.0
    chroma = np.hypot(a_, b_)
    hue = np.degrees(np.arctan2(b_, a_))
    weight = np.clip((chroma - _CHROMA_FROM) / (_CHROMA_FULL - _CHROMA_FROM), 0.0, 1.0)
    weight[(hue < _HUE_FROM) | (hue > _HUE_TO)] = 0.0
    keep = weight > 0
    return index[keep], chroma[keep], hue[keep], weight[keep].astype(np.float32)


def colour_ink_weight(image: np.ndarray) -> np.ndarray:
    """How sure each pixel is of red, magenta, violet or blue ink, from 0 to 1 (float32);
    all zeros for a grey image."""
    out = np.zeros(image.shape[:2], np.float32)
    if image.ndim == 3:
        index, _, _, weight = _coloured(image)
        out.flat[index] = weight
    return out


def _ink_levels(gray: np.ndarray, weight: np.ndarray, hue: np.ndarray,
                chroma: np.ndarray) -> np.ndarray:
    """The grey level of the ink at each coloured pixel's hue (0 where there is too little ink
    of that hue): the median grey of the most coloured half of the fully coloured pixels, per
    30° of hue. All arrays are of the coloured pixels only."""
    levels = np.zeros(gray.shape, np.float32)
    sure = weight >= 1.0
    bins = np.floor((hue - _HUE_FROM) / _HUE_BIN).astype(np.int16)
    for k in range(int((_HUE_TO - _HUE_FROM) // _HUE_BIN) + 1):
        in_bin = bins == k
        ink = sure & in_bin
        if np.count_nonzero(ink) < _MIN_INK_PIXELS:
            continue
        strong = ink & (chroma >= np.median(chroma[ink]))
        level = float(np.median(gray[strong]))
        if level >= _DARKEST_INK:
            levels[in_bin] = level
    return levels


def without_colour_ink(image: np.ndarray, gray: np.ndarray | None = None) -> np.ndarray:
    """The page in grey with seal and stamp ink (red, magenta, violet, blue) turned to paper
    and the dark text under it kept; a grey image, or one without such ink, comes back as its
    plain grey (``gray`` when given, the RGB image's luma otherwise)."""
    if gray is None:
        gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    if image.ndim == 2:
        return gray
    index, chroma, hue, weight = _coloured(image)
    if np.count_nonzero(weight >= 1.0) < _MIN_INK_PIXELS:
        return gray
    g = gray.reshape(-1)[index].astype(np.float32)
    levels = _ink_levels(g, weight, hue, chroma)
    inked = levels > 0
    if not inked.any():
        return gray
    index, g, levels, weight, hue = (index[inked], g[inked], levels[inked], weight[inked],
                                     hue[inked])
    paper = float(np.percentile(gray[::4, ::4], 90))
    low, high = levels * _KEEP_BELOW, levels * _PAPER_ABOVE
    light = np.clip((g - low) / np.maximum(high - low, 1.0), 0.0, 1.0)
    out = gray.copy()
    out.flat[index] = np.clip(g + weight * light * np.maximum(paper - g, 0.0) + 0.5, 0, 255)
    _clear_crossings(out, index, hue, paper)
    return out


def _clear_crossings(out: np.ndarray, index: np.ndarray, hue: np.ndarray, paper: float) -> None:
    """Turn to paper, in place, the marks left where a red ink crosses a blue one (a signature
    over a seal): the two inks together are as dark as text, and left there they would be read
    as letters. Such a mark is a dark blob whose outline is ink, of both colours (at least a
    fiftieth each, seven tenths together); a letter has paper around it, or ink of one colour.
    ``index`` and ``hue`` are of the coloured pixels."""
    red = hue >= _BLUE_BELOW
    if min(np.count_nonzero(red), np.count_nonzero(~red)) < _MIN_INK_PIXELS:
        return
    inks = []
    for part in (index[red], index[~red]):
        mask = np.zeros(out.shape, np.uint8)
        mask.flat[part] = 1
        inks.append(mask)
    dark = (out < paper / 2).astype(np.uint8)
    count, labels = cv2.connectedComponents(dark, connectivity=8)
    if count < 2:
        return
    outline = cv2.dilate(dark, np.ones((3, 3), np.uint8)) > dark
    owner = cv2.dilate(labels.astype(np.float32), np.ones((3, 3), np.uint8))[outline]
    owner = owner.astype(np.int64)
    total = np.bincount(owner, minlength=count)
    of_red = np.bincount(owner, weights=inks[0][outline], minlength=count)
    of_blue = np.bincount(owner, weights=inks[1][outline], minlength=count)
    size = np.maximum(total, 1)
    crossing = ((of_red + of_blue >= 0.7 * size) & (of_red >= 0.02 * size)
                & (of_blue >= 0.02 * size) & (total > 0))
    crossing[0] = False
    if crossing.any():
        out[crossing[labels]] = np.uint8(min(255.0, paper))
