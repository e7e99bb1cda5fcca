"""Seal and stamp ink is taken out of the image OCR reads; the text under it and the archived
page's seal are kept."""

from __future__ import annotations

import io
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFont

from ingest import IngestSettings, open_source, scan_page
from ingest.clean import to_gray
from ingest.seals import colour_ink_weight, without_colour_ink

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
RED = (208, 30, 42)
BLUE = (30, 55, 165)
PLACE_DATE = "Lùng Tám, ngày 05 tháng 3 năm 2025"


def _page(dpi: int = 200, lines: tuple[str, ...] = (PLACE_DATE, "TM. ỦY BAN NHÂN DÂN",
                                                     "CHỦ TỊCH")) -> Image.Image:
    """A white strip of a page with black bold lines of text."""
    w, h = int(5.5 * dpi), int(2.2 * dpi)
    im = Image.new("RGB", (w, h), (248, 248, 244))
    draw = ImageDraw.Draw(im)
    font = ImageFont.truetype(FONT, int(dpi * 13 / 72))
    for i, line in enumerate(lines):
        draw.text((dpi // 3, dpi // 3 + i * dpi // 3), line, font=font, fill=(18, 18, 18))
    return im


def _stamped(im: Image.Image, colour: tuple[int, int, int], *, ring: bool = True) -> Image.Image:
    """The page with a seal (rings and a star) or a rectangular stamp multiplied over its text."""
    layer = Image.new("RGB", im.size, "white")
    d = ImageDraw.Draw(layer)
    w, h = im.size
    cx, cy, r = w // 3, h // 2, int(h * 0.42)
    if ring:
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=colour, width=max(2, r // 14))
        d.ellipse([cx - r * 2 // 3, cy - r * 2 // 3, cx + r * 2 // 3, cy + r * 2 // 3],
                  outline=colour, width=max(2, r // 30))
        d.regular_polygon((cx, cy, r // 3), 5, fill=colour)
    else:
        d.rectangle([w // 6, h // 5, w * 2 // 3, h * 4 // 5], outline=colour, width=h // 40)
        font = ImageFont.truetype(FONT, h // 8)
        d.text((w // 5, h // 3), "ĐÃ THU TIỀN", font=font, fill=colour)
    return ImageChops.multiply(im, layer)


def _jpeg(im: Image.Image, quality: int = 80) -> np.ndarray:
    """As a colour scanner saves it: JPEG with chroma at half resolution (4:2:0)."""
    buf = io.BytesIO()
    im.save(buf, format="JPEG", quality=quality)
    return np.asarray(Image.open(buf).convert("RGB"))


def _masks(colour: tuple[int, int, int], ring: bool) -> tuple[np.ndarray, np.ndarray]:
    """Where the text is, and where the seal is and no text."""
    text = np.asarray(_page().convert("L")) < 100
    seal = np.asarray(_stamped(Image.new("RGB", _page().size, "white"), colour,
                               ring=ring).convert("L")) < 200
    return text, seal & ~cv2.dilate(text.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)


@pytest.mark.parametrize(("colour", "ring"), [(RED, True), (BLUE, True), (BLUE, False),
                                              (RED, False)])
def test_seal_ink_turns_to_paper_and_the_text_under_it_stays(
        colour: tuple[int, int, int], ring: bool) -> None:
    image = _jpeg(_stamped(_page(), colour, ring=ring))
    text, seal = _masks(colour, ring)
    gray = to_gray(image)
    out = without_colour_ink(image)
    assert out.shape == gray.shape and out.dtype == np.uint8
    # in plain grey the seal is a mid grey a page threshold takes for ink
    assert np.median(gray[seal]) < 130
    # separated: the seal is paper, the letters (under the seal too) as dark as before
    assert np.median(out[seal]) > 235
    assert np.mean(out[seal] < 160) < 0.01
    assert np.median(out[text]) < 60
    assert np.mean(out[text] < 128) > 0.97
    assert np.mean(np.abs(out[text].astype(int) - gray[text])) < 12


def test_text_where_the_seal_crosses_it_is_kept() -> None:
    image = _jpeg(_stamped(_page(), RED))
    text, _ = _masks(RED, True)
    under = text & (colour_ink_weight(image) > 0)
    assert under.sum() > 500  # letters the seal lies over
    out = without_colour_ink(image)
    assert np.mean(out[under] < 128) > 0.95


def test_a_grey_page_is_unchanged() -> None:
    grey = np.asarray(_page().convert("L"))
    assert without_colour_ink(grey) is grey
    # a colour scan of a black-and-white page: its plain grey
    rgb = _jpeg(_page())
    assert np.array_equal(without_colour_ink(rgb), to_gray(rgb))
    # a grey scan of a sealed page: the seal stays (it cannot be told from the letters by
    # colour)
    sealed = np.asarray(_stamped(_page(), RED).convert("L"))
    assert np.array_equal(without_colour_ink(sealed), sealed)


def test_yellowed_paper_and_a_green_mark_are_not_seal_ink() -> None:
    im = _page()
    layer = Image.new("RGB", im.size, (240, 230, 200))
    ImageDraw.Draw(layer).rectangle([20, 20, 200, 120], fill=(60, 160, 70))
    image = _jpeg(ImageChops.multiply(im, layer))
    assert not (colour_ink_weight(image) >= 1.0).any()  # a few JPEG fringes at most
    assert np.array_equal(without_colour_ink(image), to_gray(image))


def test_scan_gives_ocr_the_page_without_its_seal_and_keeps_the_seal(tmp_path: Path) -> None:
    page = Image.new("RGB", (1654, 2339), (248, 248, 244))
    page.paste(_stamped(_page(), RED), (300, 1400))
    image = _jpeg(page)
    scan = scan_page(image, 250.0, IngestSettings(), orientation=None)  # not resampled
    assert scan.for_ocr is not None
    red = colour_ink_weight(scan.upright) >= 1.0
    assert red.sum() > 5000  # the page that is archived keeps its seal
    seal_grey = to_gray(scan.upright)[red]
    assert np.median(scan.for_ocr[red]) > np.median(seal_grey) + 100


def test_the_archived_page_keeps_the_seal_and_the_date_under_it_is_read(
        tmp_path: Path) -> None:
    from ocr import OcrSettings
    from pipeline.pages import read_page

    page = Image.new("RGB", (1654, 2339), (248, 248, 244))
    page.paste(_stamped(_page(), RED), (300, 1400))
    path = tmp_path / "page.jpg"
    page.save(path, format="JPEG", quality=85, dpi=(200, 200))
    ingest = IngestSettings()
    outcome = read_page(open_source(path, ingest), 0, ingest, OcrSettings())
    assert outcome.error is None and outcome.pdf_page is not None
    assert outcome.original == path.read_bytes()
    assert not outcome.pdf_page.gray
    archived = np.asarray(Image.open(io.BytesIO(outcome.pdf_page.jpeg)).convert("RGB"))
    assert (colour_ink_weight(archived) >= 1.0).sum() > 5000
    assert outcome.text is not None
    assert "ngày 05 tháng 3 năm 2025" in outcome.text.text


def test_where_a_blue_signature_crosses_a_red_seal_nothing_is_left() -> None:
    im = _stamped(Image.new("RGB", _page().size, (248, 248, 244)), RED)
    layer = Image.new("RGB", im.size, "white")
    w, h = im.size
    ImageDraw.Draw(layer).line([(w // 6, h // 3), (w // 2, h * 2 // 3), (w * 2 // 3, h // 4)],
                               fill=BLUE, width=4)
    image = _jpeg(ImageChops.multiply(im, layer))
    assert (to_gray(image) < 40).sum() > 100  # the two inks together are as dark as text
    out = without_colour_ink(image)
    assert (out < 128).sum() < 20
