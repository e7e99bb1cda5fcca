"""Pages for the quality sweep (``bench/quality_sweep.py``): Vietnamese text typeset on A4 at
300 dpi, then spoilt in a measured way, each with the text drawn on it.

The text comes from the sample dossiers' ground truth (``samples/truth``, invented papers), its
words wrapped into lines of a news column. Fonts are those the samples use and have every
Vietnamese diacritic (DejaVu Serif, DejaVu Sans, DejaVu Serif Condensed). A page is either

* *ordinary*: paper tone, ink tone, sensor noise, blur, JPEG quality and a small rotation drawn
  from the ranges of ``Spec``; sparse (3-6 lines at the top) or full; or
* *garbled*, made so OCR reads it wrongly though it may look like a page: a phone photo of a
  sheet on a table, turned and in perspective with a cast shadow, that fills the picture (no
  outline to flatten); a strong keystone perspective; two sheets overlapping on the glass; or
  a page squeezed through very heavy JPEG.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from sohoa.text import nfc

__all__ = ["GARBLED", "Spec", "render", "specs", "straight"]

DPI = 300
A4_PX = (2480, 3508)
FONTS = ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed.ttf")
GARBLED = ("photo", "keystone", "overlap", "crushed")
SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@dataclass(frozen=True)
class Spec:
    """How one sweep page is made."""

    seed: int
    paper: int
    """Paper tone, 200-255."""
    ink: int
    """Ink tone, 0-120."""
    noise: float
    """Gaussian sensor noise, σ 0-12 grey levels."""
    blur: float
    """Gaussian blur, σ 0-3 pixels at 300 dpi."""
    jpeg: int
    """JPEG quality, 40-95."""
    sparse: bool
    """3-6 lines at the top of an otherwise empty page; else a full page."""
    rotation: float
    """Degrees, counter-clockwise, ±0-2."""
    font: int
    pt: float
    garble: str | None = None
    """None for an ordinary page, else one of ``GARBLED``."""

    @property
    def label(self) -> str:
        """A short description for listings."""
        if self.garble:
            return f"garbled:{self.garble}"
        return (f"{'sparse' if self.sparse else 'full'} paper {self.paper} ink {self.ink} "
                f"noise {self.noise:.1f} blur {self.blur:.2f} jpeg {self.jpeg} "
                f"rot {self.rotation:+.1f}")


def specs(count: int, seed: int, garbled_share: float = 0.2) -> list[Spec]:
    """``count`` page specs drawn from ``seed``: a fifth garbled, the rest ordinary (a third of
    those sparse), their spoiling drawn uniformly from the ranges of ``Spec``."""
    rng = random.Random(seed)
    out = []
    for n in range(count):
        garble = rng.choice(GARBLED) if rng.random() < garbled_share else None
        out.append(Spec(
            seed=seed * 100_003 + n, paper=rng.randint(200, 255), ink=rng.randint(0, 120),
            noise=round(rng.uniform(0, 12), 1), blur=round(rng.uniform(0, 3), 2),
            jpeg=rng.randint(40, 95), sparse=rng.random() < 1 / 3,
            rotation=round(rng.uniform(-2, 2), 2), font=rng.randrange(len(FONTS)),
            pt=rng.choice((10.5, 11.0, 12.0, 13.0)), garble=garble,
        ))
    return out


@lru_cache(maxsize=1)
def _words() -> tuple[str, ...]:
    words: list[str] = []
    for f in sorted((SAMPLES / "truth").glob("*.json")):
        for page in json.loads(f.read_text(encoding="utf-8"))["pages"]:
            for line in (page.get("text") or "").splitlines():
                if len(line) >= 25:
                    words += nfc(line).split()
    return tuple(words)


def _lines(rng: random.Random, font: ImageFont.FreeTypeFont, width: int, count: int) -> list[str]:
    words = _words()
    at = rng.randrange(len(words) - 2000)
    lines, current = [], ""
    while len(lines) < count:
        word = words[at]
        at += 1
        candidate = f"{current} {word}".strip()
        if current and font.getlength(candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    return lines


def _typeset(spec: Spec, rng: random.Random) -> tuple[np.ndarray, str]:
    """The page as printed: white paper (255), black ink (0), and its text."""
    w, h = A4_PX
    im = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(im)
    px = round(spec.pt * DPI / 72)
    font = ImageFont.truetype(FONTS[spec.font], px, layout_engine=ImageFont.Layout.BASIC)
    margin = round(22 / 25.4 * DPI)
    lead = round(px * 1.4)
    count = rng.randint(3, 6) if spec.sparse else (h - 2 * margin) // lead
    lines = _lines(rng, font, w - 2 * margin, count)
    for i, line in enumerate(lines):
        draw.text((margin, margin + px + i * lead), line, font=font, fill=0, anchor="ls")
    return np.asarray(im), "\n".join(lines)


def _tone(page: np.ndarray, paper: float, ink: float) -> np.ndarray:
    return ink + (paper - ink) * (page.astype(np.float32) / 255.0)


def _rotate(arr: np.ndarray, degrees: float, fill: float) -> np.ndarray:
    h, w = arr.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    return cv2.warpAffine(arr, m, (w, h), flags=cv2.INTER_CUBIC,
                          borderMode=cv2.BORDER_CONSTANT, borderValue=fill)


def _jpeg(arr: np.ndarray, quality: int) -> np.ndarray:
    gray = np.clip(np.rint(arr), 0, 255).astype(np.uint8)
    ok, data = cv2.imencode(".jpg", gray, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return cv2.imdecode(data, cv2.IMREAD_GRAYSCALE)


def _ordinary(spec: Spec, page: np.ndarray, nprng: np.random.Generator) -> np.ndarray:
    arr = _tone(page, spec.paper, spec.ink)
    arr = _rotate(arr, spec.rotation, spec.paper)
    if spec.blur > 0.05:
        arr = cv2.GaussianBlur(arr, (0, 0), spec.blur)
    if spec.noise > 0:
        arr = arr + nprng.normal(0.0, spec.noise, arr.shape).astype(np.float32)
    return _jpeg(arr, spec.jpeg)


def _photo(page: np.ndarray, rng: random.Random, nprng: np.random.Generator,
           strong: bool) -> tuple[np.ndarray, float]:
    """A sheet photographed on a table, filling the picture: turned, in perspective, with a
    shadow; no edge of the sheet to find, so nothing flattens it."""
    h, w = page.shape
    arr = _tone(page, rng.uniform(205, 228), rng.uniform(30, 50))
    scale = 240 / DPI
    fw, fh = round(w * scale), round(h * scale)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    spread = (0.10, 0.16) if strong else (0.03, 0.07)
    corners = []
    for sx, sy in ((0, 0), (1, 0), (1, 1), (0, 1)):
        dx, dy = (rng.uniform(*spread) * fw for _ in range(2))
        # corners pushed outside the frame: the photo shows only the inside of the sheet
        corners.append([sx * fw + (dx if sx else -dx), sy * fh + (dy if sy else -dy)])
    dst = np.array(corners, np.float32)
    turn = rng.choice((-1, 1)) * rng.uniform(4.0, 9.0)
    centre = dst.mean(axis=0)
    a = np.deg2rad(turn)
    rot = np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]], np.float32)
    dst = (dst - centre) @ rot.T + centre
    if strong:  # keystone: the far edge much narrower than the near one
        dst[0, 0] += 0.18 * fw
        dst[1, 0] -= 0.18 * fw
    m = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    out = cv2.warpPerspective(arr, m, (fw, fh), flags=cv2.INTER_LINEAR,
                              borderMode=cv2.BORDER_REPLICATE)
    # a cast shadow: a soft dark band across one side, and light falling off to a corner
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    edge = rng.uniform(0.2, 0.5) * fw
    band = 1.0 / (1.0 + np.exp(-(xx - edge - 0.3 * (yy - fh / 2)) / (0.03 * fw)))
    out *= 0.6 + 0.4 * band
    out *= 1.0 - 0.15 * (xx + yy) / (fw + fh)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.6, 1.2))
    out += nprng.normal(0.0, rng.uniform(2, 4), out.shape).astype(np.float32)
    return _jpeg(out, 85), 240.0


def _overlap(page: np.ndarray, other: np.ndarray, rng: random.Random,
             nprng: np.random.Generator) -> np.ndarray:
    """Two sheets on the glass, the second slid over the first and turned by 2-6°: both
    print, their lines crossing."""
    h, w = page.shape
    paper = rng.uniform(235, 250)
    second = _rotate(other.astype(np.float32), rng.choice((-1, 1)) * rng.uniform(2, 6), 255)
    dx, dy = round(rng.uniform(0.05, 0.25) * w), round(rng.uniform(0.02, 0.12) * h)
    shifted = np.full_like(second, 255)
    shifted[dy:, dx:] = second[: h - dy, : w - dx]
    arr = np.minimum(page.astype(np.float32), shifted)
    arr = _tone(arr, paper, rng.uniform(10, 40))
    arr += nprng.normal(0.0, 2.0, arr.shape).astype(np.float32)
    return _jpeg(arr, 85)


def _crushed(page: np.ndarray, rng: random.Random, nprng: np.random.Generator) -> np.ndarray:
    """Squeezed to a tiny JPEG and blown back up: blocks and rings where letters were."""
    h, w = page.shape
    arr = _tone(page, rng.uniform(225, 250), rng.uniform(10, 50))
    f = rng.uniform(0.3, 0.42)
    small = cv2.resize(arr, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
    small = _jpeg(small + nprng.normal(0.0, 3.0, small.shape), rng.randint(3, 8))
    return cv2.resize(small.astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR).astype(
        np.uint8)


def render(spec: Spec) -> tuple[np.ndarray, float, str]:
    """The page image (grey), its resolution, and the text drawn on it (for an overlap: the
    sheet underneath, whose text is what a clerk meant to archive)."""
    rng = random.Random(spec.seed)
    nprng = np.random.default_rng(spec.seed)
    page, text = _typeset(spec, rng)
    if spec.garble == "photo":
        image, dpi = _photo(page, rng, nprng, strong=False)
        return image, dpi, text
    if spec.garble == "keystone":
        image, dpi = _photo(page, rng, nprng, strong=True)
        return image, dpi, text
    if spec.garble == "overlap":
        other, _ = _typeset(spec, random.Random(spec.seed + 1))
        return _overlap(page, other, rng, nprng), DPI, text
    if spec.garble == "crushed":
        return _crushed(page, rng, nprng), DPI, text
    return _ordinary(spec, page, nprng), DPI, text


def straight(spec: Spec) -> Spec:
    """The same ordinary page drawn without its rotation: same text, paper, ink, grain, blur and
    JPEG (a garbled page as it is)."""
    return spec if spec.garble else replace(spec, rotation=0.0)
