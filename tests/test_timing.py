"""The stage timer (sohoa/timing.py) and the seconds a page worker hands back with a page."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from ingest import IngestSettings, open_source
from ocr import OcrSettings
from pipeline.pages import PAGE_CPU, read_page
from sohoa import timing

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _page(path: Path, dpi: int = 200) -> Path:
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    im = Image.new("L", (w, h), 245)
    draw = ImageDraw.Draw(im)
    font = ImageFont.truetype(FONT, int(dpi * 12 / 72))
    for i in range(30):
        draw.text((dpi, dpi + i * dpi // 4), f"Dòng {i}: Ủy ban nhân dân phường Đống Đa",
                  font=font, fill=0)
    im.save(path, dpi=(dpi, dpi))
    return path


def test_stages_add_up_and_take_starts_again() -> None:
    timing.take()
    with timing.stage("a"):
        pass
    timing.add((("a", 2.0), ("b", 1.0)))
    spent = dict(timing.take())
    assert spent["b"] == 1.0
    assert 2.0 <= spent["a"] < 2.5
    assert timing.take() == ()


def test_a_page_hands_back_its_own_processor_seconds(tmp_path: Path) -> None:
    ingest = IngestSettings()
    source = open_source(_page(tmp_path / "trang.png"), ingest)
    timing.take()
    timing.add((("earlier", 5.0),))  # the gathering process's sums so far
    first = dict(read_page(source, 0, ingest, OcrSettings(engine="null")).timings)
    second = dict(read_page(source, 0, ingest, OcrSettings(engine="null")).timings)
    for spent in (first, second):
        assert "earlier" not in spent
        assert spent[PAGE_CPU] > 0
        # one page worker's thread: its processor seconds are the page's, not the batch's
        assert spent[PAGE_CPU] < 3 * spent["page"]
    assert dict(timing.take()) == {"earlier": 5.0}
