from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pikepdf
import pytest

from ocr import PageText, PdfPage, Word, build_searchable_pdf


def _page() -> PageText:
    words = (
        Word("GIẤY", 100, 100, 120, 40, 95, 0), Word("KHAI", 240, 100, 110, 40, 95, 0),
        Word("SINH", 370, 100, 110, 40, 95, 0), Word("Đống", 100, 200, 100, 30, 90, 1),
        Word("Đa", 210, 200, 60, 30, 90, 1),
    )
    return PageText("test", "0", "vie", 1240, 1754, 150.0, words)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_text_layer_extracts_in_order(tmp_path: Path) -> None:
    image = np.full((1754, 1240), 250, np.uint8)
    pdf = build_searchable_pdf([PdfPage.from_image(image, 150.0, _page())], title="Giấy khai sinh")
    f = tmp_path / "out.pdf"
    f.write_bytes(pdf)
    for mode in ([], ["-raw"]):
        out = subprocess.run(["pdftotext", *mode, str(f), "-"], capture_output=True, text=True,
                             check=True).stdout
        assert "GIẤY KHAI SINH" in out
        assert "Đống Đa" in out
    with pikepdf.open(f) as doc:
        box = [float(v) for v in doc.pages[0].mediabox]
        assert box[2] == pytest.approx(1240 * 72 / 150, abs=0.01)
        assert doc.docinfo["/Title"] == "Giấy khai sinh"


def test_a_one_letter_word_at_the_end_of_a_line_is_kept_by_pdfium() -> None:
    """pdfium (Chrome's viewer, and the signer's search for a name) reads every word, a name
    ending in one letter and a number of one digit included."""
    import pypdfium2

    words = (Word("Họ", 100, 100, 50, 40, 95, 0), Word("tên:", 160, 100, 70, 40, 95, 0),
             Word("Trần", 240, 100, 80, 40, 95, 0), Word("Thị", 330, 100, 60, 40, 95, 0),
             Word("B", 400, 100, 25, 40, 95, 0), Word("Số", 100, 200, 50, 40, 95, 1),
             Word("1", 160, 200, 18, 40, 95, 1), Word("x", 100, 300, 20, 40, 95, 2))
    text = PageText("test", "0", "vie", 1240, 1754, 150.0, words)
    pdf = build_searchable_pdf([PdfPage.from_image(np.full((1754, 1240), 250, np.uint8),
                                                   150.0, text)])
    page = pypdfium2.PdfDocument(pdf)[0].get_textpage().get_text_range()
    assert page.split() == ["Họ", "tên:", "Trần", "Thị", "B", "Số", "1", "x"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_side_by_side_blocks_are_extracted_block_by_block_in_both_modes(tmp_path: Path) -> None:
    # a receipt's two signature blocks, side by side under a full-width paragraph, 300 dpi
    def line(n: int, top: int, left: int, text: str) -> list[Word]:
        words, x = [], left
        for token in text.split():
            words.append(Word(token, x, top, 24 * len(token), 42, 95.0, n))
            x += 24 * len(token) + 14
        return words

    rows = [(0, 300, 250, "Hình thức thanh toán: Tiền mặt"),
            (1, 370, 250, "Số tiền: 500.000 đồng"),
            (2, 520, 330, "NGƯỜI NỘP TIỀN"), (3, 590, 300, "(Ký, ghi rõ họ tên)"),
            (4, 820, 320, "Dương Văn Tú"),
            (5, 520, 1450, "NGƯỜI THU TIỀN"), (6, 590, 1420, "(Ký, ghi rõ họ tên)"),
            (7, 820, 1460, "Ka Thị Bình")]
    words = tuple(w for row in rows for w in line(*row))
    text = PageText("test", "0", "vie", 2480, 3508, 300.0, words)
    image = np.full((3508, 2480), 250, np.uint8)
    f = tmp_path / "out.pdf"
    f.write_bytes(build_searchable_pdf([PdfPage.from_image(image, 300.0, text)]))
    def lines(*mode: str) -> list[str]:
        out = subprocess.run(["pdftotext", *mode, str(f), "-"], capture_output=True, text=True,
                             check=True).stdout
        return [ln.strip() for ln in out.splitlines() if ln.strip()]

    assert lines("-raw") == [r[3] for r in rows]
    # poppler's own layout analysis keeps each block whole (not read across the two blocks);
    # it may still put a name written far under its block after the block beside it
    found = lines()
    assert found[:2] == [r[3] for r in rows[:2]]
    for head in ("NGƯỜI NỘP TIỀN", "NGƯỜI THU TIỀN"):
        assert found[found.index(head) + 1] == "(Ký, ghi rõ họ tên)"
    assert found.index("NGƯỜI NỘP TIỀN") < found.index("NGƯỜI THU TIỀN")
