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
