"""What is checked of a page around its reading: the quality gate before (reading a sample of
its lines when the measures are in doubt) and the review flags after (a reading that looks
wrong is kept, and flagged for a person with the reason).

Runs in a page worker, beside ``pipeline/pages.py``; it composes the ingest stage's measures
with the OCR engine, which the stages cannot do themselves.

The thresholds of the review flags were chosen on the pages of ``bench/quality_sweep.py`` (seed
1; the figures reported are of seed 2): a reading is flagged when

* its mean word confidence is below ``OcrSettings.review_confidence``, or more than
  ``_UNSURE`` of its words were read with less than ``_UNSURE_WORD`` (``low_confidence``;
  pages read right have at most 1.5 % of such words, a crushed JPEG read at 12 % CER 10 %);
* consecutive words of one line jump between baselines, as when the lines of a page photographed
  askew are read into each other (``lines_interleaved``): more than ``_JUMPS`` of the steps
  from a word to the next in a line move by more than ``_JUMP_HEIGHTS`` word heights, or
  more than ``_CROSSING`` of the long lines slope away from the others (two sheets
  overlapping, a strong perspective);
* many "words" are fragments: one letter or none (``fragments``, over ``_FRAGMENTS`` of the
  words);
* far fewer characters were read than the page has ink marks (``text_density``: characters
  per mark below ``_DENSITY``; a printed Vietnamese page has 0.5 to 1.7; blurred print joins
  its letters into fewer marks, so too many characters is not a sign).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from statistics import median

import cv2
import numpy as np

from ingest.quality import (
    QualityIssue,
    QualitySettings,
    TextMeasures,
    Verdict,
    even_light,
    judge,
)
from ocr import OcrEngine, PageText
from sohoa.timing import stage

__all__ = ["GateResult", "ReviewFlag", "gate_page", "review_page"]


@dataclass(frozen=True, slots=True)
class GateResult:
    """What the gate decided of a page, and how."""

    issues: tuple[QualityIssue, ...]
    """Why the page must be scanned again; empty when it passed."""
    verdict: Verdict
    sampled: bool = False
    """True when a sample of the page's lines was read to settle a doubt."""
    sample_confidence: float | None = None


def _sample(gray: np.ndarray, dpi: float, verdict: Verdict) -> np.ndarray:
    if verdict.sample is None:
        return gray
    x0, y0, x1, y1 = verdict.sample
    crop = even_light(gray, dpi, box=(x0, y0, x1, y1))
    if verdict.text is not None:
        # at the threshold of the whole page, as the engine would binarise the page: a few
        # lines alone would get a threshold of their own, kinder than the page's
        crop = np.where(crop < verdict.text.threshold, 0, 255).astype(np.uint8)
    return cv2.copyMakeBorder(crop, 24, 24, 24, 24, cv2.BORDER_CONSTANT, value=255)


def gate_page(
    gray: np.ndarray, dpi: float, settings: QualitySettings, engine: OcrEngine | None
) -> GateResult:
    """Judge a page as scanned; when its measures are in doubt, read a sample of its lines and
    let it pass if that reading is confident (``settings.sample_confidence``).

    Without an engine, or with ``read_when_in_doubt`` off, a doubt refuses the page.
    """
    with stage("quality gate"):
        verdict = judge(gray, dpi, settings)
    if verdict.issues:
        return GateResult((*verdict.issues, *verdict.doubts), verdict)
    if not verdict.doubts:
        return GateResult((), verdict)
    if engine is None or not settings.read_when_in_doubt:
        return GateResult(verdict.doubts, verdict)
    with stage("quality gate: sample read"):
        text = engine.recognize(_sample(gray, dpi, verdict), dpi)
    # the median word: lines cut at the sample's top and bottom edges read badly
    words = sorted(w.conf for w in text.words if sum(c.isalnum() for c in w.text) >= 2)
    conf = words[len(words) // 2] if words else 0.0
    confident = len(words) >= 3 and conf >= settings.sample_confidence
    return GateResult(() if confident else verdict.doubts, verdict, sampled=True,
                      sample_confidence=round(conf, 1))


@dataclass(frozen=True, slots=True)
class ReviewFlag:
    """Why a person should check what was read of a page: a code, and the reason in Vietnamese
    then English."""

    code: str
    reason: str


_UNSURE_WORD = 60.0
_UNSURE = 0.06
_JUMP_HEIGHTS = 0.6
_JUMPS = 0.08
_SLOPE = 0.015
"""About 0.9°."""
_CROSSING = 0.2
_FRAGMENTS = 0.25
_DENSITY = 0.3
_MIN_MARKS = 200
"""Blurred print joins its letters into few marks: the density is judged only below."""
_MIN_WORDS = 12
"""Fewer words than this are too few to judge lines, fragments or density by."""


def _jumps(text: PageText) -> float:
    """Share of the steps from a word to the next of its line that move up or down by more
    than ``_JUMP_HEIGHTS`` of a word's height, or back to the left."""
    words = [w for w in text.words if any(c.isalnum() for c in w.text)]
    if len(words) < _MIN_WORDS:
        return 0.0
    height = median(w.height for w in words)
    steps = jumps = 0
    for a, b in itertools.pairwise(words):
        if a.line != b.line:
            continue
        steps += 1
        moved = abs((b.top + b.height / 2) - (a.top + a.height / 2)) > _JUMP_HEIGHTS * height
        jumps += moved or b.left + b.width < a.left
    return jumps / steps if steps else 0.0


def _crossing(text: PageText) -> float:
    """Share of the long lines that slope more than ``_SLOPE`` away from the page's lines: two
    sheets overlapping, or a photo in perspective, give lines that cross."""
    lines: dict[int, list[tuple[float, float]]] = {}
    for w in text.words:
        if sum(c.isalnum() for c in w.text) >= 2:
            lines.setdefault(w.line, []).append((w.left + w.width / 2, w.top + w.height / 2))
    slopes = []
    for points in lines.values():
        xs = np.array([p[0] for p in points])
        if len(points) >= 4 and np.ptp(xs) > 0.3 * text.width:
            slopes.append(float(np.polyfit(xs, [p[1] for p in points], 1)[0]))
    if len(slopes) < 4:
        return 0.0
    middle = median(slopes)
    return sum(abs(s - middle) > _SLOPE for s in slopes) / len(slopes)


def _fragments(text: PageText) -> float:
    """Share of the words with one letter or digit, or none."""
    if not text.words:
        return 0.0
    return sum(sum(c.isalnum() for c in w.text) <= 1 for w in text.words) / len(text.words)


def review_page(
    text: PageText, measures: TextMeasures | None, review_confidence: float
) -> tuple[ReviewFlag, ...]:
    """The reasons a person should check this reading of a page (empty: it looks right).

    ``measures`` is what the quality gate measured of the page's writing (None: not measured,
    the density is not judged).
    """
    flags: list[ReviewFlag] = []
    conf = text.mean_confidence
    unsure = sum(w.conf < _UNSURE_WORD for w in text.words) / max(1, len(text.words))
    if conf < review_confidence or (len(text.words) >= _MIN_WORDS and unsure > _UNSURE):
        flags.append(ReviewFlag(
            "low_confidence",
            f"phần mềm nhận dạng không chắc chắn về chữ của trang (độ tin cậy {conf:.0f}%, "
            f"{unsure:.0%} số từ đọc không chắc); đối chiếu chữ với ảnh quét, quét lại nếu khó "
            f"đọc (OCR was unsure of the page's text, confidence {conf:.0f}%, {unsure:.0%} of "
            "the words unsure; compare the text with the scan, rescan if it is hard to read)"))
    if len(text.words) < _MIN_WORDS:
        return tuple(flags)
    jumps, crossing = _jumps(text), _crossing(text)
    if jumps > _JUMPS or crossing > _CROSSING:
        flags.append(ReviewFlag(
            "lines_interleaved",
            f"các dòng chữ bị đọc lẫn vào nhau ({jumps:.0%} số bước giữa hai từ nhảy dòng, "
            f"{crossing:.0%} số dòng cắt chéo); trang nghiêng, chồng lên tờ khác, hoặc ảnh chụp "
            "chưa được làm phẳng: quét hoặc chụp lại từng tờ cho thẳng, thấy đủ bốn góc (lines "
            f"were read into each other, {jumps:.0%} of the steps between words jump lines, "
            f"{crossing:.0%} of the lines cross the others; the page is askew, lies over another "
            "or a photo was not flattened: scan or photograph each sheet again straight, all "
            "four corners in view)"))
    fragments = _fragments(text)
    if fragments > _FRAGMENTS:
        flags.append(ReviewFlag(
            "fragments",
            f"chữ đọc được vụn thành nhiều mảnh ngắn ({fragments:.0%} số từ chỉ có một ký tự); "
            "đối chiếu với ảnh quét (the text was read as many short fragments, "
            f"{fragments:.0%} of the words have one character; compare it with the scan)"))
    if measures is not None and measures.marks >= _MIN_MARKS:
        chars = sum(len(w.text) for w in text.words)
        density = chars / measures.marks
        if density < _DENSITY:
            flags.append(ReviewFlag(
                "text_density",
                f"đọc được ít chữ ({chars} ký tự) so với lượng nét mực trên trang (khoảng "
                f"{measures.marks} nét): nhiều chữ bị bỏ sót; đối chiếu với ảnh quét (few "
                f"characters were read, {chars}, for the ink on the page, about "
                f"{measures.marks} marks: much was left unread; compare it with the scan)"))
    return tuple(flags)
