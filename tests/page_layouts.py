"""OCR layouts built in code: pages whose words are boxed as OCR boxes them, for the tests of
titles and page grouping."""

from __future__ import annotations

from collections.abc import Sequence

from ocr import PageText, Word

__all__ = ["BODY", "MOTTO", "PARAGRAPH", "H", "Row", "W", "page", "side_by_side"]

W, H, BODY = 2480, 3508, 40
"""An A4 page at 300 dpi; the body's word height in pixels (about 10 points)."""
Row = tuple[str, str, int]
"""A line: its text, where it stands (left, centre or right) and its words' height."""
MOTTO: list[Row] = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "centre", 44),
                    ("Độc lập - Tự do - Hạnh phúc", "centre", 44)]
PARAGRAPH: list[Row] = [
    ("Họ, chữ đệm, tên người ủy quyền: Nguyễn Văn An, sinh năm 1970, cư trú tại xã Đồng Rui",
     "left", BODY),
    ("Căn cước công dân số 022058865115, cấp ngày 02 tháng 4 năm 2021, nơi cấp: Cục Cảnh sát",
     "left", BODY),
    ("Nay ủy quyền cho bà Bùi Thị Hạnh thay mặt tôi nộp hồ sơ và nhận kết quả thủ tục", "left",
     BODY),
    ("Tôi cam đoan những thông tin trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật",
     "left", BODY),
]


def _place(rows: Sequence[Row], span: tuple[int, int], top: int, first_line: int,
           dpi_scale: float = 1.0) -> tuple[list[Word], int]:
    """Box the words of ``rows`` one under the other within ``span`` (x from, x to), from
    ``top``; return the words and the top under the last row."""
    words: list[Word] = []
    for n, (text, where, height) in enumerate(rows):
        height = round(height * dpi_scale)
        tokens = text.split()
        widths = [max(1, round(len(t) * height * 0.55)) for t in tokens]
        gap = round(height * 0.4)
        total = sum(widths) + gap * (len(tokens) - 1)
        margin = round(120 * dpi_scale) if span[1] - span[0] < W * 0.6 else round(
            300 * dpi_scale)
        x = {"left": span[0] + margin, "centre": (span[0] + span[1] - total) // 2,
             "right": span[1] - margin - total}[where]
        for token, width in zip(tokens, widths, strict=True):
            words.append(Word(token, x, top, width, height, 95.0, first_line + n))
            x += width + gap
        top += round(height * 1.7)
    return words, top


def page(*rows: Row, dpi: float = 300.0) -> PageText:
    """An A4 page with these lines from the top, one under the other, as OCR would box their
    words; at another ``dpi`` the page and its words are scaled alike."""
    scale = dpi / 300
    words, _ = _place(rows, (0, round(W * scale)), round(200 * scale), 0, scale)
    return PageText("test", "0", "vie", round(W * scale), round(H * scale), dpi, tuple(words))


def side_by_side(left: Sequence[Row], right: Sequence[Row], below: Sequence[Row] = ()
                 ) -> PageText:
    """An A4 page with two blocks side by side at the top (the two sides of a card copied next
    to each other), each line placed within its block, then ``below`` across the page. OCR
    reads the left block's lines, then the right block's, then the rest."""
    words, bottom = _place(left, (150, 1190), 300, 0)
    right_words, right_bottom = _place(right, (1290, 2330), 300, len(left))
    rest, _ = _place(below, (0, W), max(bottom, right_bottom) + 200, len(left) + len(right))
    return PageText("test", "0", "vie", W, H, 300.0, (*words, *right_words, *rest))
