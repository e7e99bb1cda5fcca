"""What is checked of a page around its reading: the quality gate before (reading a sample of
its lines when the measures are in doubt) and the review flags after (a reading that looks
wrong is kept, and flagged for a person with the reason).

Runs in a page worker, beside ``pipeline/pages.py``; it composes the ingest stage's measures
with the OCR engine, which the stages cannot do themselves.

The thresholds of the review flags were chosen on the pages of ``bench/quality_sweep.py`` (seed
1; the figures reported are of seed 2): a reading is flagged when

* its mean word confidence is below ``OcrSettings.review_confidence`` (``low_confidence``);
* consecutive words of one line jump between baselines, as when the lines of a page photographed
  askew are read into each other (``lines_interleaved``): more than ``_JUMPS`` of the steps
  from a word to the next in a line move by more than ``_JUMP_HEIGHTS`` word heights;
* many "words" are fragments: one letter or none (``fragments``, over ``_FRAGMENTS`` of the
  words);
* far fewer or far more characters were read than the page has ink marks (``text_density``:
  characters per mark outside ``_DENSITY``; a printed Vietnamese page has about 0.8).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from statistics import median

import cv2
import numpy as np

from ingest.quality import QualityIssue, QualitySettings, TextMeasures, Verdict, judge
from ocr import OcrEngine, PageText

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


def _sample(gray: np.ndarray, verdict: Verdict) -> np.ndarray:
    if verdict.sample is None:
        return gray
    x0, y0, x1, y1 = verdict.sample
    crop = gray[y0:y1, x0:x1]
    paper = int(verdict.text.paper) if verdict.text else 255
    return cv2.copyMakeBorder(crop, 24, 24, 24, 24, cv2.BORDER_CONSTANT, value=paper)


def gate_page(
    gray: np.ndarray, dpi: float, settings: QualitySettings, engine: OcrEngine | None
) -> GateResult:
    """Judge a page as scanned; when its measures are in doubt, read a sample of its lines and
    let it pass if that reading is confident (``settings.sample_confidence``).

    Without an engine, or with ``read_when_in_doubt`` off, a doubt refuses the page.
    """
    verdict = judge(gray, dpi, settings)
    if verdict.issues:
        return GateResult((*verdict.issues, *verdict.doubts), verdict)
    if not verdict.doubts:
        return GateResult((), verdict)
    if engine is None or not settings.read_when_in_doubt:
        return GateResult(verdict.doubts, verdict)
    text = engine.recognize(_sample(gray, verdict), dpi)
    words = [w for w in text.words if any(c.isalnum() for c in w.text)]
    confident = len(words) >= 3 and text.mean_confidence >= settings.sample_confidence
    return GateResult(() if confident else verdict.doubts, verdict, sampled=True,
                      sample_confidence=round(text.mean_confidence, 1))


@dataclass(frozen=True, slots=True)
class ReviewFlag:
    """Why a person should check what was read of a page: a code, and the reason in Vietnamese
    then English."""

    code: str
    reason: str


_JUMP_HEIGHTS = 0.6
_JUMPS = 0.08
_FRAGMENTS = 0.25
_DENSITY = (0.3, 2.5)
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
    if conf < review_confidence:
        flags.append(ReviewFlag(
            "low_confidence",
            f"phần mềm nhận dạng không chắc chắn về chữ của trang (độ tin cậy {conf:.0f}%); đối "
            "chiếu chữ với ảnh quét, quét lại nếu khó đọc (OCR was unsure of the page's text, "
            f"confidence {conf:.0f}%; compare the text with the scan, rescan if it is hard to "
            "read)"))
    if len(text.words) < _MIN_WORDS:
        return tuple(flags)
    jumps = _jumps(text)
    if jumps > _JUMPS:
        flags.append(ReviewFlag(
            "lines_interleaved",
            f"các dòng chữ bị đọc lẫn vào nhau ({jumps:.0%} số bước giữa hai từ nhảy dòng); trang "
            "nghiêng hoặc ảnh chụp chưa được làm phẳng: quét hoặc chụp lại cho thẳng, thấy đủ bốn "
            f"góc tờ giấy (lines were read into each other, {jumps:.0%} of the steps between "
            "words jump lines; the page is askew or a photo was not flattened: scan or "
            "photograph it again straight, all four corners in view)"))
    fragments = _fragments(text)
    if fragments > _FRAGMENTS:
        flags.append(ReviewFlag(
            "fragments",
            f"chữ đọc được vụn thành nhiều mảnh ngắn ({fragments:.0%} số từ chỉ có một ký tự); "
            "đối chiếu với ảnh quét (the text was read as many short fragments, "
            f"{fragments:.0%} of the words have one character; compare it with the scan)"))
    if measures is not None and measures.marks:
        chars = sum(len(w.text) for w in text.words)
        density = chars / measures.marks
        if not _DENSITY[0] <= density <= _DENSITY[1]:
            fewer = density < _DENSITY[0]
            flags.append(ReviewFlag(
                "text_density",
                f"số chữ đọc được ({chars}) không khớp với lượng nét mực trên trang (khoảng "
                f"{measures.marks}): {'nhiều chữ bị bỏ sót' if fewer else 'đọc ra chữ không có'}"
                "; đối chiếu với ảnh quét (the characters read, "
                f"{chars}, do not match the ink on the page, about {measures.marks} marks: "
                f"{'much was left unread' if fewer else 'text was read that is not there'}; "
                "compare it with the scan)"))
    return tuple(flags)
