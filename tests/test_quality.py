"""The quality gate judges a page by its writing, reads a sample when in doubt, and a reading
that looks wrong is flagged for review with its reason."""

from __future__ import annotations

import io
from contextlib import redirect_stdout
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from archive.records import PageInfo
from ingest.quality import QualitySettings, assess, components, judge
from ocr import PageText, Word
from pipeline.page_checks import gate_page, review_page
from pipeline.reports import ReviewNote, document_from_json

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
LINE = "Ủy ban nhân dân phường Đống Đa xác nhận ông Nguyễn Văn Thành cư trú tại số 12"


def page(lines: int = 40, *, paper: int = 250, ink: int = 10, noise: float = 0.0,
         blur: float = 0.0, jpeg: int | None = None, turn: float = 0.0) -> np.ndarray:
    """An A4 page at 300 dpi with ``lines`` lines of text from the top."""
    im = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(im)
    font = ImageFont.truetype(FONT, 46)
    for i in range(lines):
        draw.text((260, 300 + i * 66), f"{i + 1}. {LINE}", font=font, fill=0)
    arr = ink + (paper - ink) * (np.asarray(im, np.float32) / 255.0)
    if turn:
        m = cv2.getRotationMatrix2D((1240, 1754), turn, 1.0)
        arr = cv2.warpAffine(arr, m, (2480, 3508), borderValue=paper)
    if blur:
        arr = cv2.GaussianBlur(arr, (0, 0), blur)
    if noise:
        arr += np.random.default_rng(7).normal(0, noise, arr.shape).astype(np.float32)
    out = np.clip(np.rint(arr), 0, 255).astype(np.uint8)
    if jpeg:
        out = cv2.imdecode(cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, jpeg])[1], 0)
    return out


SETTINGS = QualitySettings()


def codes(gray: np.ndarray, dpi: float = 300.0) -> list[str]:
    return [i.code for i in assess(gray, dpi, SETTINGS)]


def test_a_short_page_on_grey_paper_passes() -> None:
    # a few lines at the top, grey paper, dark ink, a little noise, JPEG 60, turned 0.9°:
    # Tesseract reads it, and the old gate called it washed out
    verdict = judge(page(4, paper=241, ink=24, noise=6, jpeg=60, turn=0.9), 300, SETTINGS)
    assert verdict.passed, (verdict.issues, verdict.doubts)
    assert verdict.text is not None and verdict.text.contrast > 150


def test_clean_full_page_passes_without_reading() -> None:
    assert judge(page(), 300, SETTINGS).passed


@pytest.mark.parametrize(("gray", "dpi", "code"), [
    (page(paper=80, ink=10), 300, "too_dark"),
    (page(paper=240, ink=230), 300, "washed_out"),
    (page(10, blur=9), 300, "blurred"),
    (cv2.resize(page(), None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA), 150,
     "low_resolution"),
])
def test_unreadable_pages_are_refused_with_their_reason(
    gray: np.ndarray, dpi: float, code: str
) -> None:
    verdict = judge(gray, dpi, SETTINGS)
    assert code in [i.code for i in verdict.issues]
    reason = next(i.reason for i in verdict.issues if i.code == code)
    assert reason.index("(") > 10 and reason.endswith(")")  # Vietnamese, then English


def test_sparse_noisy_page_that_one_threshold_cannot_separate_is_noisy() -> None:
    # grey ink on grainy paper, three lines: a threshold for the whole page falls in the grain
    assert "noisy" in codes(page(3, paper=228, ink=110, noise=11.5))


class _Reader:
    """An engine that reads every image with the same words at the same confidence."""

    name: ClassVar[str] = "fake"

    def __init__(self, conf: float) -> None:
        self.conf = conf
        self.calls = 0

    def recognize(self, image: np.ndarray, dpi: float) -> PageText:
        self.calls += 1
        words = tuple(Word(w, 40 * i, 10, 30, 20, self.conf, 0)
                      for i, w in enumerate(LINE.split()))
        return PageText("fake", "1", "vie", image.shape[1], image.shape[0], dpi, words)


def test_a_page_in_doubt_is_settled_by_reading_a_sample() -> None:
    faint = page(paper=240, ink=195)
    verdict = judge(faint, 300, SETTINGS)
    assert not verdict.issues and [i.code for i in verdict.doubts] == ["washed_out"]
    x0, y0, x1, y1 = verdict.sample or (0, 0, 0, 0)
    assert y1 - y0 < faint.shape[0] / 2 and x1 - x0 > faint.shape[1] / 2  # a few lines, across

    sure, unsure = _Reader(92.0), _Reader(40.0)
    passed = gate_page(faint, 300, SETTINGS, sure)
    assert passed.issues == () and passed.sampled and sure.calls == 1
    refused = gate_page(faint, 300, SETTINGS, unsure)
    assert [i.code for i in refused.issues] == ["washed_out"] and refused.sampled
    assert [i.code for i in gate_page(faint, 300, SETTINGS, None).issues] == ["washed_out"]
    # a page that passes on its measures is not read at all
    clean = _Reader(92.0)
    assert gate_page(page(), 300, SETTINGS, clean).issues == () and clean.calls == 0


def _text(rows: list[list[tuple[str, int]]], conf: float = 93.0) -> PageText:
    """Words as (text, top) per line, laid out left to right."""
    words = []
    for n, row in enumerate(rows):
        x = 100
        for text, top in row:
            words.append(Word(text, x, top, 25 * len(text), 40, conf, n))
            x += 25 * len(text) + 20
    return PageText("t", "1", "vie", 2480, 3508, 300.0, tuple(words))


ROW = LINE.split()[:10]


def test_a_straight_reading_is_not_flagged() -> None:
    text = _text([[(w, 300 + 70 * n) for w in ROW] for n in range(12)])
    assert review_page(text, None, 70.0) == ()


def test_lines_read_into_each_other_are_flagged() -> None:
    # consecutive words of one "line" hop between two baselines 70 px apart
    text = _text([[(w, 300 + 140 * n + 70 * (i % 2)) for i, w in enumerate(ROW)]
                  for n in range(12)])
    flags = review_page(text, None, 70.0)
    assert [f.code for f in flags] == ["lines_interleaved"]
    assert flags[0].reason.startswith("các dòng chữ bị đọc lẫn")
    assert "(lines were read into each other" in flags[0].reason


def test_low_confidence_fragments_and_density_are_flagged() -> None:
    unsure = _text([[(w, 300 + 70 * n) for w in ROW] for n in range(12)], conf=50.0)
    assert [f.code for f in review_page(unsure, None, 70.0)] == ["low_confidence"]
    bits = _text([[(c, 300 + 70 * n) for c in "a,b;c.defgh"]
                  for n in range(12)])
    assert "fragments" in [f.code for f in review_page(bits, None, 70.0)]
    measures = judge(page(), 300, SETTINGS).text
    assert measures is not None
    few = _text([[(w, 300 + 70 * n) for w in ROW[:3]] for n in range(5)])
    assert [f.code for f in review_page(few, measures, 70.0)] == ["text_density"]


def test_review_reasons_are_kept_compatibly() -> None:
    assert PageInfo.model_validate({"n": 1, "needs_review": True}).review == []
    info = PageInfo.model_validate({"n": 1, "needs_review": True, "review": [
        {"code": "lines_interleaved", "reason": "các dòng chữ bị đọc lẫn vào nhau (…)"}]})
    assert info.review[0].code == "lines_interleaved"
    doc = document_from_json({
        "document_id": "d", "doc_type": "khac", "label": "Khác", "location": "x",
        "signed_pdf": "x", "needs_review": True, "already_archived": False,
        "pages": [{"file": "a.pdf", "page": 2}], "review_pages": [{"file": "a.pdf", "page": 2}],
        "review_notes": [{"file": "a.pdf", "page": 2, "code": "fragments", "reason": "r"}]})
    assert doc.review_notes == [ReviewNote("a.pdf", 2, "fragments", "r")]
    old = document_from_json({
        "document_id": "d", "doc_type": "khac", "label": "Khác", "location": "x",
        "signed_pdf": "x", "needs_review": False, "already_archived": False, "pages": []})
    assert old.review_notes == []


def _flagged_report() -> Any:
    from pipeline.reports import DocumentReport, DossierReport, InputReport, PageRef

    note = ReviewNote("scan.pdf", 2, "lines_interleaved",
                      "các dòng chữ bị đọc lẫn vào nhau (lines were read into each other)")
    doc = DocumentReport("d1", "khac", "Giấy tờ khác", [PageRef("scan.pdf", 2)], "x", "x.pdf",
                         needs_review=True, already_archived=False,
                         review_pages=[PageRef("scan.pdf", 2)], review_notes=[note])
    return InputReport(path="scan.pdf", sha256="c" * 64, kind="pdf", pages=2, dossiers=[
        DossierReport("000.00.12.H19-250414-0007", "qr", documents=[doc])])


def test_review_reasons_are_printed_and_in_the_json_of_sohoa_process() -> None:
    from cli.render import print_run
    from pipeline.reports import RunReport

    run = RunReport([_flagged_report()])
    out = io.StringIO()
    with redirect_stdout(out):
        print_run(run)
    assert ("      check page 2: các dòng chữ bị đọc lẫn vào nhau (lines were read into each "
            "other)  [lines_interleaved]") in out.getvalue().splitlines()
    (doc,) = run.to_json()["inputs"][0]["dossiers"][0]["documents"]
    assert doc["review_notes"][0]["code"] == "lines_interleaved"


def test_the_batch_page_shows_why_a_page_needs_review(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from pipeline.deps import build_deps
    from pipeline.intake import record_batch, record_outcome
    from tests.web_support import AGENCY_A, make_accounts, settings_for, signed_in
    from tests.web_support import Web as WebApp
    from web import create_app

    data = tmp_path / "data"
    keys = make_accounts(data)
    settings = settings_for(data)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    store = build_deps(settings).store
    batch = record_batch(store, scan, datetime(2025, 4, 14, 8, 0), "Nguyễn Thị Lan",
                         agency=AGENCY_A)
    record_outcome(store, batch.batch_id, _flagged_report())
    app = create_app(settings)
    with TestClient(app):
        web = WebApp(settings, app, keys)
        page = signed_in(web, "lan").get(f"/tiep-nhan/lo/{batch.batch_id}").text
        body = web.client("lan").get(f"/api/batches/{batch.batch_id}").json()
    assert 'data-code="lines_interleaved">Trang 2 (scan.pdf): các dòng chữ bị đọc lẫn' in page
    (doc,) = body["dossiers"][0]["documents"]
    assert doc["review"] == [{"file": "scan.pdf", "page": 2, "code": "lines_interleaved",
                              "reason": "các dòng chữ bị đọc lẫn vào nhau (lines were read "
                                        "into each other)"}]
    (state,) = body["page_states"]
    assert state["reason"].startswith("Cần soát xét: các dòng chữ")


def test_a_skewed_page_on_grey_paper_is_deskewed_with_grey_corners() -> None:
    from ingest import IngestSettings, scan_page

    scan = scan_page(page(4, paper=205, ink=40, turn=1.2), 300.0, IngestSettings(),
                     orientation=None)
    assert abs(scan.skew_deg) > 1.0
    assert scan.for_ocr is not None
    # white wedges would make one threshold for the page take the grey sheet for ink
    corners = scan.for_ocr[:5, :5], scan.for_ocr[-5:, -5:]
    assert all(abs(float(c.mean()) - 205) < 10 for c in corners)


def test_regions_are_labelled_as_opencvs_default_labels_them() -> None:
    """The gate labels its regions by a faster algorithm than OpenCV's default: the same
    labels, statistics and centroids, on a page's writing and on a blank or tiny mask."""
    rng = np.random.default_rng(3)
    writing = (page(12, noise=20.0)[::2, ::2] < 128).astype(np.uint8)
    masks = [writing, (rng.random((300, 400)) < 0.3).astype(np.uint8),
             np.zeros((50, 60), np.uint8), np.ones((1, 1), np.uint8)]
    for mask in masks:
        count, labels, stats, centroids = cv2.connectedComponentsWithStats(mask, connectivity=8)
        got = components(mask)
        assert got[0] == count
        assert np.array_equal(got[1], labels) and np.array_equal(got[2], stats)
        assert np.allclose(got[3], centroids, equal_nan=True)
