"""What tesseract makes of signatures and seals is dropped; printed text is kept."""

from __future__ import annotations

from ocr._exec.tesseract import TsvWord
from ocr.engines.tesseract import _without_scribbles


def _w(text: str, conf: float, width: int = 80, height: int = 40, left: int = 100) -> TsvWord:
    return TsvWord(1, 1, 1, left, 100, width, height, conf, text)


def test_pen_strokes_and_seals_are_dropped_and_text_is_kept() -> None:
    text = [_w("Nguyễn", 95, 150), _w("Văn", 93), _w("An", 96, 60), _w("Hà", 92, 60),
            _w("Giang,", 91, 140), _w("ngày", 94, 100), _w("01/07/2025", 88, 220),
            _w("Email:", 85, 130), _w("ubnd@hagiang.gov.vn", 70, 400), _w("-", 52, 11, 7),
            _w("IDVNM1882283547096188228354<<«<", 46, 830), _w("“Độc", 80, 100),
            _w("N", 84, 46, 46)]
    strokes = [_w("xZ*", 28, 579, 194), _w("Y~", 61, 564, 184), _w("me", 52, 374, 115),
               _w("⁄>^", 47, 594, 264), _w("N_", 80, 50, 55), _w("_J", 55, 50, 55),
               _w("““", 68, 49, 70), _w("\\", 87, 7, 48), _w("—⁄**", 47, 573, 146)]
    kept = _without_scribbles(text + strokes)
    assert [w.text for w in kept] == [w.text for w in text]


def test_a_word_tesseract_is_sure_of_is_kept_however_large() -> None:
    words = [_w("Văn", 95), _w("bản", 94), _w("QUYẾT", 96, 300, 120)]
    assert _without_scribbles(words) == words


def test_table_rules_read_as_bars_are_taken_off_the_words() -> None:
    words = [_w("|", 95, 4, 60), _w("Trịnh|", 93), _w("|Văn", 92), _w("Cường", 96),
             _w("¦", 91, 4, 60)]
    assert [w.text for w in _without_scribbles(words)] == ["Trịnh", "Văn", "Cường"]
