"""The quality gate: pages a clerk must rescan, each with a reason they can act on.

The page is judged by its writing, not by the whole page: the text regions are found (ink
darker than its surroundings by an adaptive threshold, joined into lines), and there the gate
measures the ink-to-paper contrast, the width of the strokes' edges (blur) and the noise of the
paper between them. A short slip with three lines on grey paper is judged by its three lines.

The measures give three answers (:func:`judge`): sure issues (far past what Tesseract reads),
nothing (well within it), or doubts: issues the page may have. A page in doubt is not refused on
its measures alone: the pipeline reads a sample of its lines (``Verdict.sample``) and refuses it
only when that reading is unsure (``pipeline/page_checks.py``); :func:`assess`, which reads
nothing, counts doubts as issues.

Resolution (Circular 01/2023: 200 dpi or more), a page too dark and a page cut off at an edge
are judged on the page as before. The thresholds are settings; their defaults and how they
were chosen are in ``QualitySettings`` (measured by ``bench/quality_sweep.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

import cv2
import numpy as np
from pydantic import BaseModel, Field

__all__ = [
    "QualityIssue", "QualitySettings", "TextMeasures", "Verdict", "assess", "components",
    "cut_edges", "even_light", "issue", "judge", "level", "measure_text", "paper_size",
    "shrink_by",
]

WORK_DPI = 150.0
"""The gate measures a copy of the page at this resolution."""


class QualitySettings(BaseModel):
    """Thresholds of the quality gate (contrast and noise in grey levels, edges in pixels, all
    measured at 150 dpi where the writing is).

    Chosen on the pages of ``bench/quality_sweep.py``, seed 1 (Tesseract reads a page as long
    as its writing stands out: pages with a contrast of 55, edges 3.4 px wide or a grain of 4
    were read under 1 % CER; what it could not read were short pages whose grain one threshold
    for the page could not tell from ink, a third of their paper or more, where readable pages
    had at most 0.17), and on the samples (every sample page passes, the spoilt ones are
    refused with their reason).
    """

    enabled: bool = True
    min_dpi: Annotated[
        float, Field(ge=50, le=1200, description="electronic copies need 200 dpi or more")
    ] = 200
    min_paper: Annotated[
        int, Field(ge=0, le=255, description="paper darker than this: too dark")
    ] = 100
    max_cut_marks: Annotated[
        int, Field(ge=1, description="more letters than this cut by one edge: page cut off")
    ] = 6
    min_contrast: Annotated[
        float, Field(ge=0, le=255, description="ink less darker than the paper: washed out")
    ] = 20
    min_snr: Annotated[
        float, Field(ge=0, description="contrast over paper noise below this: too noisy")
    ] = 3.0
    max_edge: Annotated[
        float, Field(gt=0, description="strokes' edges wider than this: blurred")
    ] = 4.2
    max_speckle: Annotated[
        float, Field(ge=0, le=1, description="more of the paper than this turned to ink by one "
                     "threshold for the page: too noisy")
    ] = 0.24
    sure_contrast: Annotated[float, Field(ge=0, le=255)] = 50
    sure_snr: Annotated[float, Field(ge=0)] = 10.0
    sure_edge: Annotated[float, Field(gt=0)] = 3.5
    sure_speckle: Annotated[float, Field(ge=0, le=1)] = 0.1
    """A page whose writing has at least ``sure_contrast``, ``sure_snr`` and at most
    ``sure_edge`` and ``sure_speckle`` passes without a sample being read; one between these
    and the limits above is in doubt."""
    sample_confidence: Annotated[
        float, Field(ge=0, le=100, description="a page in doubt passes when a sample of its "
                     "lines is read with this mean word confidence or more")
    ] = 70
    read_when_in_doubt: bool = True
    """Read a sample of a page in doubt (False: refuse it on its measures)."""


@dataclass(frozen=True, slots=True)
class QualityIssue:
    """Why a page must be scanned again."""

    code: str
    reason: str


_REASONS = {
    "too_dark": "trang quá tối, không đọc được; kiểm tra độ sáng và nắp máy quét (the page is too "
                "dark to read; check the scanner's brightness and lid)",
    "washed_out": "chữ quá mờ; quét lại với độ tương phản hoặc độ đậm cao hơn (the text is too "
                  "faint; scan again with more contrast or darkness)",
    "blurred": "trang bị nhòe; giữ tờ giấy phẳng trên mặt kính và quét lại (the page is blurred; "
               "hold it flat on the glass and scan again)",
    "noisy": "nền trang lấm tấm hoặc loang bóng, chữ không tách được khỏi nền; lau mặt kính, "
             "đậy nắp máy quét, quét lại ở chế độ xám hoặc màu, không nén mạnh (the page's "
             "background is grainy or shaded and the text does not stand out of it; clean the "
             "glass, close the lid and scan again in grey or colour, without strong "
             "compression)",
}


def issue(code: str) -> QualityIssue:
    """The issue of that code with its bilingual reason (``too_dark``, ``washed_out``,
    ``blurred`` or ``noisy``)."""
    return QualityIssue(code, _REASONS[code])


def level(gray: np.ndarray, percent: float) -> float:
    """The grey level below which ``percent`` % of the pixels lie, from the image's histogram
    (a tenth of the time of sorting the pixels of a 300-dpi page)."""
    hist = cv2.calcHist([np.ascontiguousarray(gray)], [0], None, [256], [0, 256]).ravel()
    cumulative = np.cumsum(hist)
    if cumulative[-1] == 0:
        return 0.0
    return float(np.searchsorted(cumulative, cumulative[-1] * percent / 100.0))


def components(mask: np.ndarray) -> tuple[int, np.ndarray, np.ndarray, np.ndarray]:
    """The 8-connected regions of a mask with their statistics and centroids, as
    ``cv2.connectedComponentsWithStats`` gives them: the same labels and statistics by Grana's
    algorithm, which OpenCV's default takes two to three times as long over (a 150-dpi page:
    5 ms instead of 14)."""
    return cv2.connectedComponentsWithStatsWithAlgorithm(mask, 8, cv2.CV_32S, cv2.CCL_GRANA)


def shrink_by(gray: np.ndarray, k: int) -> np.ndarray:
    """The image shrunk by a whole factor: the mean of each ``k`` x ``k`` block, the last
    partial blocks at the right and bottom edges left out. OpenCV averages whole blocks in a
    quarter of the time it takes to shrink by any other factor."""
    h, w = gray.shape[:2]
    return cv2.resize(gray[: h - h % k, : w - w % k], (max(1, w // k), max(1, h // k)),
                      interpolation=cv2.INTER_AREA)


def paper_size(gray: np.ndarray, dpi: float, *, small: np.ndarray | None = None) -> np.ndarray:
    """The page at about 50 dpi, where the paper's brightness is measured: averaged by whole
    blocks from the page when its resolution is a multiple of 50 dpi, or from ``small`` (the
    page at ``WORK_DPI``) when it is given."""
    if small is not None:
        return shrink_by(small, round(WORK_DPI / 50))
    if dpi and dpi >= 100 and abs(dpi / 50 - round(dpi / 50)) < 1e-6:
        return shrink_by(gray, round(dpi / 50))
    h, w = gray.shape
    scale = min(1.0, 50.0 / dpi) if dpi else 0.25
    return cv2.resize(gray, (max(1, int(w * scale)), max(1, int(h * scale))),
                      interpolation=cv2.INTER_AREA)


def _small(gray: np.ndarray, dpi: float) -> np.ndarray:
    scale = WORK_DPI / dpi if dpi else 1.0
    return cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)


def _median(values: np.ndarray) -> float:
    """The median of integer values (grey levels, their differences), counted in a histogram:
    the same number as ``np.median`` without sorting a copy of a page's pixels."""
    if values.size == 0:
        return float("nan")
    n = values.size
    if values.dtype == np.uint8:  # a page's grey levels: OpenCV counts them without a copy
        hist = cv2.calcHist([np.ascontiguousarray(values)], [0], None, [256], [0, 256])
        a, b = np.searchsorted(np.cumsum(hist.ravel()), [(n - 1) // 2 + 1, n // 2 + 1])
        return (int(a) + int(b)) / 2
    low = int(values.min())
    cumulative = np.cumsum(np.bincount((values.astype(np.int32) - low).ravel()))
    a, b = np.searchsorted(cumulative, [(n - 1) // 2 + 1, n // 2 + 1])
    return (int(a) + int(b)) / 2 + low


def _spread(values: np.ndarray) -> float:
    """A robust standard deviation (1.4826 times the median absolute deviation) of integer
    values."""
    if values.size == 0:
        return 0.0
    doubled = values.astype(np.int32) * 2  # a median may end in .5: work in halves
    middle = round(_median(doubled))
    return 1.4826 * _median(np.abs(doubled - middle)) / 2


@dataclass(frozen=True, slots=True)
class TextMeasures:
    """The writing of a page as the gate measured it, at 150 dpi."""

    marks: int
    """Ink marks in the text regions (letters, parts of letters, diacritics)."""
    paper: float
    """Tone of the paper between the letters."""
    ink: float
    """Tone of the strokes' cores."""
    noise: float
    """Grain of the paper between the letters (a robust standard deviation)."""
    edge: float
    """Width of the strokes' edges in pixels: contrast over the steepest gradient; about 2 for
    a sharp print, growing with blur."""
    threshold: float
    """Otsu's threshold for the whole page once its light is evened (``even_light``)."""
    speckle: float
    """Share of the paper that one threshold for the whole page (Otsu's, as the OCR engine
    binarises; the light evened first) turns into ink: grain that will be read as marks."""
    box: tuple[int, int, int, int]
    """Where the writing is (x0, y0, x1, y1), in pixels of the image measured."""
    mark_height: float
    """Median height of the letter-sized marks, in pixels of the image measured."""

    @property
    def contrast(self) -> float:
        """How much darker the ink is than the paper."""
        return self.paper - self.ink

    @property
    def snr(self) -> float:
        """Contrast over noise: how clearly the strokes stand out of the grain."""
        return self.contrast / max(self.noise, 0.5)


def even_light(
    gray: np.ndarray, dpi: float, *, step: int = 1,
    box: tuple[int, int, int, int] | None = None, small: np.ndarray | None = None,
) -> np.ndarray:
    """The page divided by the light falling on it (the paper's brightness at about 50 dpi, a
    grey closing wider than any letter): a shadow or a photo's uneven light goes, as the
    pipeline takes it away before reading such a page; grain stays.

    Only the pixels asked for are computed, each as on the whole page: every ``step``-th pixel
    of every ``step``-th row (``even_light(g, dpi, step=2)`` is ``even_light(g, dpi)[::2, ::2]``)
    inside ``box`` (x0, y0, x1, y1; the whole page when None). ``small``: the page at
    ``WORK_DPI`` when it is made already (``paper_size``).
    """
    h, w = gray.shape
    small = paper_size(gray, dpi, small=small)
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (15, 15))
    paper = cv2.medianBlur(cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel), 5)
    paper = cv2.resize(paper, (w, h), interpolation=cv2.INTER_LINEAR)
    median = _median(paper)
    x0, y0, x1, y1 = box or (0, 0, w, h)
    part = (slice(y0, y1, step), slice(x0, x1, step))
    light = np.maximum(paper[part].astype(np.float32), 1.0)
    out = gray[part].astype(np.float32) * (median / light)
    return np.clip(out, 0, 255).astype(np.uint8)


def _local(gray: np.ndarray) -> np.ndarray:
    """The tone around each pixel: a Gaussian of 8 pixels, drawn on a copy a quarter the size
    (block means, a Gaussian of 2) and stretched back, in a quarter of the time of the full
    size; within a few grey levels of it, only at the page's sharpest edges."""
    h, w = gray.shape
    if min(h, w) < 64:
        return cv2.GaussianBlur(gray, (0, 0), 8)
    blurred = cv2.GaussianBlur(shrink_by(gray, 4), (0, 0), 2)
    return cv2.resize(blurred, (w, h), interpolation=cv2.INTER_LINEAR)


def _marks(ink: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The ink's marks (8-connected): their labels, and each label's area and height, counted
    on the ink pixels alone (OpenCV's statistics of every mark take four times as long as the
    labelling, on a page that is nineteen parts in twenty paper)."""
    count, labels = cv2.connectedComponents(ink, connectivity=8)
    inked = np.flatnonzero(ink)
    of = labels.ravel()[inked]
    rows = inked // ink.shape[1]
    top = np.full(count, ink.shape[0], np.int64)
    bottom = np.full(count, -1, np.int64)
    np.minimum.at(top, of, rows)
    np.maximum.at(bottom, of, rows)
    return labels, np.bincount(of, minlength=count), np.maximum(bottom - top + 1, 0)


def measure_text(gray: np.ndarray, dpi: float, *, small: np.ndarray | None = None
                 ) -> TextMeasures | None:
    """Find the writing of a page and measure it; None when no line of writing is found.
    ``small``: the page at the gate's resolution when it is made already."""
    small = _small(gray, dpi) if small is None else small
    scale = small.shape[1] / gray.shape[1]
    den = cv2.medianBlur(small, 3)
    diff = cv2.subtract(den, _local(den), dtype=cv2.CV_16S)
    cut = max(8.0, 4.0 * _spread(diff[::3, ::3]))
    ink = (diff < -cut).astype(np.uint8)
    labels, areas, heights = _marks(ink)
    solid = areas >= 6  # smaller: grain, dust
    solid[0] = False
    ink = solid[labels].astype(np.uint8)
    # lines: marks joined across letter and word gaps, not across the space between lines
    joined = cv2.morphologyEx(cv2.dilate(ink, np.ones((3, 9), np.uint8)), cv2.MORPH_CLOSE,
                              np.ones((1, 15), np.uint8))
    n, regions, rstats, _ = components(joined)
    rw, rh = rstats[:, cv2.CC_STAT_WIDTH], rstats[:, cv2.CC_STAT_HEIGHT]
    inked = np.bincount(regions[ink > 0], minlength=n)  # ink pixels in each region
    share = inked / np.maximum(1, rstats[:, cv2.CC_STAT_AREA])
    text = (rw >= 40) & (rw >= 2 * np.minimum(rh, 60)) & (rh >= 6) & (share >= 0.08)
    text[0] = False
    if not text.any():
        return None
    region = text[regions]
    ink_px = region & (ink > 0)
    marks = np.flatnonzero(np.bincount(labels[ink_px], minlength=len(areas)))
    if marks.size < 12:
        return None
    near = cv2.dilate(ink, np.ones((7, 7), np.uint8)) > 0
    paper_px = region & ~near
    if paper_px.sum() < 50:
        paper_px = ~near
    paper = _median(den[paper_px]) if paper_px.any() else level(den, 90)
    ink_tone = float(np.percentile(den[ink_px], 10))
    # what a 3x3 median takes away on the paper: grain, not strokes
    noise = _spread(small[paper_px].astype(np.int16) - den[paper_px])
    smooth = cv2.GaussianBlur(small, (0, 0), 0.7).astype(np.float32)
    edges = (cv2.dilate(ink, np.ones((3, 3), np.uint8)) > 0) & region
    # the gradient where it is needed (an eighth: the Sobel kernel's weight, exact in floats)
    gx = cv2.Sobel(smooth, cv2.CV_32F, 1, 0, ksize=3)[edges] / 8
    gy = cv2.Sobel(smooth, cv2.CV_32F, 0, 1, ksize=3)[edges] / 8
    steep = float(np.percentile(np.hypot(gx, gy), 95))
    edge = (paper - ink_tone) / max(steep, 1e-3)
    half = even_light(gray, dpi, step=2, small=small)
    otsu, _ = cv2.threshold(half, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    away = cv2.resize((~near).astype(np.uint8), (half.shape[1], half.shape[0]),
                      interpolation=cv2.INTER_NEAREST) > 0
    speckle = float((half[away] < otsu).mean()) if away.any() else 0.0
    heights = heights[marks]
    heights = heights[(heights >= 5) & (heights <= 50)]
    # the writing's box: the text regions' boxes together (not the region's pixels searched)
    left, top = rstats[text, cv2.CC_STAT_LEFT], rstats[text, cv2.CC_STAT_TOP]
    right, bottom = left + rw[text], top + rh[text]
    box = (int(left.min() / scale), int(top.min() / scale), int(right.max() / scale),
           int(bottom.max() / scale))
    return TextMeasures(
        marks=int(marks.size), paper=paper, ink=ink_tone, noise=noise, edge=float(edge),
        threshold=float(otsu), speckle=speckle,
        box=box, mark_height=float(np.median(heights)) / scale if heights.size else 12 / scale,
    )


_EDGES = ("top", "bottom", "left", "right")
_EDGES_VI = {"top": "trên", "bottom": "dưới", "left": "trái", "right": "phải"}


def cut_edges(gray: np.ndarray, dpi: float, max_marks: int, *,
              small: np.ndarray | None = None) -> list[str]:
    """Edges of the image that cut through writing: more than ``max_marks`` letter-sized marks
    touch them. Long dark strips along an edge (scanner borders, the lid) are not writing.
    ``small``: the page at the gate's resolution when it is made already."""
    small = _small(gray, dpi) if small is None else small
    paper = level(small, 90)
    ink = (small < paper - 60).astype(np.uint8)
    count, _, stats, _ = components(ink)
    h, w = ink.shape
    low, high = WORK_DPI / 25.4 * 0.5, WORK_DPI / 25.4 * 12  # marks between 0.5 and 12 mm
    x, y, bw, bh = (stats[1:count, k] for k in range(4))
    longest = np.maximum(bw, bh)
    letter = (low <= longest) & (longest <= high) & (np.minimum(bw, bh) >= 2)  # no desk slivers
    marks = {"top": y <= 1, "bottom": y + bh >= h - 1, "left": x <= 1, "right": x + bw >= w - 1}
    marks = {e: int(np.count_nonzero(letter & touching)) for e, touching in marks.items()}
    return [e for e in _EDGES if marks[e] > max_marks]


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the gate made of a page before reading it."""

    issues: tuple[QualityIssue, ...]
    """Sure: the page must be scanned again."""
    doubts: tuple[QualityIssue, ...]
    """What may make the page unreadable; read ``sample`` to decide (empty when sure)."""
    text: TextMeasures | None
    """The writing as measured; None when no line of writing was found."""
    sample: tuple[int, int, int, int] | None = None
    """A few lines of writing to read when in doubt (x0, y0, x1, y1 of the image judged);
    None: read the whole page."""

    @property
    def passed(self) -> bool:
        """True when the page passes without anything read."""
        return not self.issues and not self.doubts


def _sample_box(text: TextMeasures, shape: tuple[int, ...]) -> tuple[int, int, int, int]:
    """About five lines across the writing, from its middle."""
    x0, y0, x1, y1 = text.box
    tall = round(12 * text.mark_height)
    if y1 - y0 > tall:
        middle = (y0 + y1) // 2
        y0, y1 = middle - tall // 2, middle + tall // 2
    pad = round(text.mark_height)
    return (max(0, x0 - pad), max(0, y0 - pad), min(shape[1], x1 + pad), min(shape[0], y1 + pad))


def _readability(text: TextMeasures, settings: QualitySettings) -> tuple[list[str], list[str]]:
    """The codes the writing surely fails, and those it may fail."""
    sure: list[str] = []
    doubt: list[str] = []
    for code, bad, doubtful in (
        ("washed_out", text.contrast < settings.min_contrast,
         text.contrast < settings.sure_contrast),
        ("noisy", text.snr < settings.min_snr or text.speckle > settings.max_speckle,
         text.snr < settings.sure_snr or text.speckle > settings.sure_speckle),
        ("blurred", text.edge > settings.max_edge, text.edge > settings.sure_edge),
    ):
        if bad:
            sure.append(code)
        elif doubtful:
            doubt.append(code)
    return sure, doubt


def judge(gray: np.ndarray, dpi: float, settings: QualitySettings) -> Verdict:
    """Judge a (non-blank) page as scanned: sure issues, doubts to settle by reading a sample,
    or nothing wrong."""
    if not settings.enabled:
        return Verdict((), (), None)
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
    if paper < settings.min_paper:
        issues.append(issue("too_dark"))
    cut = cut_edges(gray, dpi, settings.max_cut_marks, small=small)
    if cut:
        issues.append(QualityIssue(
            "cut_off", f"trang bị cắt ở mép {' và '.join(_EDGES_VI[e] for e in cut)}; đặt cả "
            f"tờ giấy lên mặt kính và quét lại (the page is cut off at the {' and '.join(cut)} "
            "edge; place the whole sheet on the glass and scan again)"))
    if paper < settings.min_paper:
        return Verdict(tuple(issues), (), None)
    text = measure_text(gray, dpi, small=small)
    if text is None:
        # ink, but no line of writing stands out: too faint or too blurred to find; only a
        # reading of the page can tell
        darker = small[small < paper - 5]
        contrast = paper - float(np.percentile(darker, 5)) if darker.size else 0.0
        if contrast < settings.min_contrast:
            return Verdict((*issues, issue("washed_out")), (), None)
        faint = contrast < settings.sure_contrast
        return Verdict(tuple(issues), (issue("washed_out" if faint else "blurred"),), None)
    sure, doubt = _readability(text, settings)
    issues += [issue(code) for code in sure]
    return Verdict(tuple(issues), tuple(issue(code) for code in doubt), text,
                   _sample_box(text, gray.shape))


def assess(gray: np.ndarray, dpi: float, settings: QualitySettings) -> list[QualityIssue]:
    """Return what is wrong with a (non-blank) page without reading it: the sure issues and the
    doubts alike; empty when it is good enough. The pipeline reads a sample before refusing a
    page for a doubt (``pipeline.page_checks.gate_page``)."""
    verdict = judge(gray, dpi, settings)
    return [*verdict.issues, *verdict.doubts]
