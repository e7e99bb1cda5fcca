"""The ``paddle`` and ``paddle+tesseract`` engines, with real inference on a page drawn here."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
import yaml
from PIL import Image, ImageDraw, ImageFont
from rapidfuzz.distance import Levenshtein

from ocr import OcrEngineMissingError, OcrSettings, get_engine
from ocr.engine import PaddleSettings
from ocr.engines.paddle import PaddleModelError, page_words, rows_of, shipped_model_path
from ocr.types import Word
from sohoa.text import nfc, normalise_space

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
DPI = 300
LINES = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Kính gửi: Ủy ban nhân dân phường Hưng Dũng, thành phố Vinh",
    "Tôi tên là Nguyễn Thị Hường, sinh ngày 12/03/1985, số CCCD 040185012345.",
    "Đề nghị cấp bản sao trích lục khai sinh cho con tôi là cháu Lê Đức Thịnh.",
)
ROTATED = "Nơi thường trú: xóm 5, xã Nghi Phú, tỉnh Nghệ An"
"""Drawn on a strip turned 2° and pasted under the other lines."""

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="tesseract not installed"
)


def _page() -> tuple[np.ndarray, list[tuple[int, int, int, int]]]:
    """An A4-wide page at 300 dpi, body text 12 pt, and the box of each drawn line."""
    font = ImageFont.truetype(str(FONT), round(12 * DPI / 72))
    page = Image.new("L", (2480, 1250), 255)
    draw = ImageDraw.Draw(page)
    boxes = []
    y = 150
    for text in LINES:
        box = draw.textbbox((200, y), text, font=font)
        draw.text((200, y), text, font=font, fill=0)
        boxes.append(box)
        y += 140
    strip = Image.new("L", (1900, 110), 255)
    ImageDraw.Draw(strip).text((20, 20), ROTATED, font=font, fill=0)
    strip = strip.rotate(2, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC)
    page.paste(strip, (180, y))
    boxes.append((200, y, 200 + strip.width - 40, y + strip.height))
    return np.asarray(page), boxes


@pytest.fixture(scope="module")
def page() -> tuple[np.ndarray, list[tuple[int, int, int, int]]]:
    return _page()


def _cer(truth: str, text: str) -> float:
    truth, text = normalise_space(nfc(truth)), normalise_space(nfc(text))
    return Levenshtein.distance(truth, text) / max(1, len(truth))


def _overlaps(word: Word, box: tuple[int, int, int, int]) -> bool:
    x0, y0, x1, y1 = box
    return (min(word.left + word.width, x1) > max(word.left, x0)
            and min(word.top + word.height, y1) > max(word.top, y0))


def test_paddle_finds_every_line_and_reads_text(page: tuple[np.ndarray, list]) -> None:
    image, boxes = page
    result = get_engine(OcrSettings(engine="paddle")).recognize(image, DPI)
    assert result.engine == "paddle"
    assert (result.width, result.height) == (image.shape[1], image.shape[0])
    assert len(result.text.splitlines()) == len(boxes)
    for box in boxes:
        inside = [w for w in result.words if _overlaps(w, box)]
        assert inside, f"no word found on the line drawn at {box}"
        assert len({w.line for w in inside}) == 1
    assert all(0 <= w.conf <= 100 for w in result.words)
    assert all(w.width > 0 and w.height > 0 for w in result.words)
    # The shipped recogniser lacks most tone-marked letters but reads the rest of the line.
    assert "12/03/1985" in result.text
    assert "040185012345" in result.text
    assert _cer("\n".join((*LINES, ROTATED)), result.text) < 0.25


@needs_tesseract
def test_paddle_tesseract_reads_vietnamese(page: tuple[np.ndarray, list]) -> None:
    image, boxes = page
    engine = get_engine(OcrSettings(engine="paddle+tesseract"))
    result = engine.recognize(image, DPI)
    assert result.engine == "paddle+tesseract"
    assert result.language == "vie+Vietnamese"
    assert result.text.splitlines()[0] == LINES[0]
    assert _cer("\n".join((*LINES, ROTATED)), result.text) < 0.02
    for box, line in zip(boxes, (*LINES, ROTATED), strict=True):
        inside = [w for w in result.words if _overlaps(w, box)]
        assert len(inside) == len(line.split())
    assert all(0 <= w.conf <= 100 for w in result.words)
    assert result.mean_confidence > 80


def test_missing_model_file_names_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "khong-co" / "det.onnx"
    for engine in ("paddle", "paddle+tesseract"):
        settings = OcrSettings(engine=engine, paddle=PaddleSettings(det_model=missing))
        with pytest.raises(OcrEngineMissingError) as err:
            get_engine(settings)
        assert str(missing) in err.value.message
        assert err.value.code == "ocr_engine_missing"


def test_custom_recognition_model_and_dictionary_are_used(
    tmp_path: Path, page: tuple[np.ndarray, list]
) -> None:
    image, _ = page
    rec = tmp_path / "vi_rec.onnx"
    chars = tmp_path / "vi_dict.txt"
    shutil.copyfile(shipped_model_path("rec_model"), rec)
    shutil.copyfile(shipped_model_path("rec_dict"), chars)
    settings = OcrSettings(
        engine="paddle", paddle=PaddleSettings(rec_model=rec, rec_dict=chars, rec_languages="vie")
    )
    engine = get_engine(settings)
    assert "vi_rec.onnx@" in engine.version()
    assert "vi_dict.txt@" in engine.version()
    assert engine.languages() == {"vie"}
    assert "040185012345" in engine.recognize(image[:700], DPI).text

    # a dictionary that does not belong to the model is refused when the engine is made
    lines = chars.read_text(encoding="utf-8").splitlines()
    chars.write_text("\n".join(lines[:-10]) + "\n", encoding="utf-8")
    with pytest.raises(PaddleModelError, match=r"vi_dict\.txt"):
        get_engine(settings)


def test_paddle_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.settings import Settings

    monkeypatch.setenv("SOHOA_OCR__ENGINE", "paddle+tesseract")
    monkeypatch.setenv("SOHOA_OCR__PADDLE__REC_MODEL", "/opt/models/vi_rec.onnx")
    monkeypatch.setenv("SOHOA_OCR__PADDLE__DET_DPI", "150")
    ocr = Settings().ocr
    assert ocr.engine == "paddle+tesseract"
    assert ocr.paddle.rec_model == Path("/opt/models/vi_rec.onnx")
    assert ocr.paddle.det_dpi == 150
    assert ocr.paddle.det_model is None


def test_rows_join_halves_of_a_line_but_not_a_tall_box() -> None:
    boxes = [
        (100, 100, 800, 50),  # left half of the header
        (1300, 104, 900, 50),  # right half, a little lower
        (2000, 80, 300, 300),  # a QR code beside the first lines
        (100, 200, 800, 50),
        (1300, 200, 900, 50),
    ]
    rows = rows_of(boxes)
    assert rows[0] == rows[1]
    assert rows[3] == rows[4]
    assert len({rows[0], rows[2], rows[3]}) == 3


def test_page_words_reads_side_by_side_blocks_block_by_block() -> None:
    def line(left: int, top: int, text: str) -> list[Word]:
        out, x = [], left
        for token in text.split():
            out.append(Word(token, x, top, 20 * len(token), 40, 90.0, 0))
            x += 20 * len(token) + 15
        return out

    lines = [line(1300, 103, "CỘNG HÒA XÃ HỘI"), line(100, 100, "ỦY BAN NHÂN DÂN"),
             line(150, 160, "HUYỆN VỊ XUYÊN"), line(1400, 158, "Độc lập - Tự do")]
    words = page_words(lines, 2480)
    text = "\n".join(" ".join(w.text for w in words if w.line == n)
                     for n in sorted({w.line for w in words}))
    assert text.splitlines() == [
        "ỦY BAN NHÂN DÂN", "HUYỆN VỊ XUYÊN", "CỘNG HÒA XÃ HỘI", "Độc lập - Tự do"]


def test_a_paddleocr_model_folder_is_used_with_the_dictionary_in_its_config(
    tmp_path: Path, page: tuple[np.ndarray, list]
) -> None:
    # the layout PaddleOCR exports: inference.onnx, and inference.yml naming the characters
    folder = tmp_path / "vi_rec"
    folder.mkdir()
    shutil.copyfile(shipped_model_path("rec_model"), folder / "inference.onnx")
    chars = shipped_model_path("rec_dict").read_text(encoding="utf-8").splitlines()
    config = {"Global": {"model_name": "vi_rec"},
              "PostProcess": {"name": "CTCLabelDecode", "character_dict": chars}}
    (folder / "inference.yml").write_text(yaml.safe_dump(config, allow_unicode=True),
                                          encoding="utf-8")
    engine = get_engine(OcrSettings(engine="paddle", paddle=PaddleSettings(rec_model=folder)))
    assert "inference.onnx@" in engine.version()
    image, _ = page
    assert "040185012345" in engine.recognize(image[:700], DPI).text

    # a folder whose config lists other characters than the model knows is refused
    config["PostProcess"]["character_dict"] = chars[:-10]
    (folder / "inference.yml").write_text(yaml.safe_dump(config, allow_unicode=True),
                                          encoding="utf-8")
    with pytest.raises(PaddleModelError, match=r"inference\.yml"):
        get_engine(OcrSettings(engine="paddle", paddle=PaddleSettings(rec_model=folder)))
