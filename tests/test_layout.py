from __future__ import annotations

from dataclasses import replace

from ocr.layout import reading_order
from ocr.types import PageText, Word


def _line(n: int, *parts: tuple[int, str]) -> list[Word]:
    words = []
    for left, text in parts:
        x = left
        for token in text.split():
            words.append(Word(token, x, 100 * n, 20 * len(token), 30, 95.0, n))
            x += 20 * len(token) + 15
    return words


def _text(words: list[Word]) -> str:
    ordered = reading_order(words, 2480)
    return PageText("t", "0", "vie", 2480, 3508, 300.0, ordered).text


def test_decree_header_is_read_block_by_block() -> None:
    words = (_line(0, (100, "ỦY BAN NHÂN DÂN"), (1300, "CỘNG HÒA XÃ HỘI"))
             + _line(1, (150, "HUYỆN VỊ XUYÊN"), (1400, "Độc lập - Tự do"))
             + _line(2, (1000, "QUYẾT ĐỊNH")))
    assert _text(words).splitlines() == [
        "ỦY BAN NHÂN DÂN", "HUYỆN VỊ XUYÊN", "CỘNG HÒA XÃ HỘI", "Độc lập - Tự do", "QUYẾT ĐỊNH"]


def test_long_agency_name_close_to_the_motto_is_still_its_own_block() -> None:
    # a bank's name runs to within a few letters of the motto: no wide gap, but the motto
    # always heads the right column
    words = (_line(0, (100, "NGÂN HÀNG TMCP ĐẤT MŨI"), (560, "CỘNG HÒA XÃ HỘI"))
             + _line(1, (200, "CHI NHÁNH CÀ MAU"), (560, "Độc lập - Tự do"))
             + _line(2, (1000, "GIẤY ỦY QUYỀN")))
    assert _text(words).splitlines() == [
        "NGÂN HÀNG TMCP ĐẤT MŨI", "CHI NHÁNH CÀ MAU", "CỘNG HÒA XÃ HỘI", "Độc lập - Tự do",
        "GIẤY ỦY QUYỀN"]


def test_form_rows_and_single_wide_lines_are_read_across() -> None:
    words = (_line(0, (100, "Số CCCD: 001"), (1300, "Số điện thoại: 090"))
             + _line(1, (100, "Ngày sinh: 01/01/1990"), (1300, "Giới tính: Nam"))
             + _line(2, (100, "Địa chỉ thường trú: số 5 đường Trần Phú, phường Minh Khai, "
                               "thành phố Hà Giang"))
             + _line(3, (100, "NGƯỜI KÊ KHAI"), (1400, "CÁN BỘ")))
    assert _text(words).splitlines() == [
        "Số CCCD: 001 Số điện thoại: 090", "Ngày sinh: 01/01/1990 Giới tính: Nam",
        "Địa chỉ thường trú: số 5 đường Trần Phú, phường Minh Khai, thành phố Hà Giang",
        "NGƯỜI KÊ KHAI CÁN BỘ"]


def test_signature_blocks_with_lines_on_one_side() -> None:
    words = (_line(0, (200, "NGƯỜI NỘP"), (1500, "NGƯỜI NHẬN"))
             + _line(1, (1550, "GIÁM ĐỐC"))
             + _line(3, (220, "Lê Văn A"), (1520, "Trần Thị B")))
    assert _text(words).splitlines() == [
        "NGƯỜI NỘP", "Lê Văn A", "NGƯỜI NHẬN", "GIÁM ĐỐC", "Trần Thị B"]


def test_a_lone_dash_is_not_a_block() -> None:
    words = (_line(0, (100, "-"), (1300, "Hà Giang, ngày 1"))
             + _line(1, (100, "Nơi nhận:"), (1300, "CHỦ TỊCH")))
    assert _text(words).splitlines()[0] == "- Hà Giang, ngày 1"


def test_words_read_on_a_resampled_page_are_placed_on_the_original() -> None:
    from ocr import PageText, Word

    read = PageText("t", "1", "vie", 2480, 3508, 300.0,
                    (Word("Hà", 600, 900, 120, 60, 95.0, 0),))
    placed = read.resized(1654, 2339, 200.0)
    (word,) = placed.words
    assert (placed.width, placed.height, placed.dpi) == (1654, 2339, 200.0)
    assert (word.left, word.top, word.width, word.height) == (400, 600, 80, 40)
    assert placed.text == "Hà"


def test_a_signer_block_starting_above_the_block_beside_it_is_read_whole() -> None:
    # the date is right-aligned above the signer; the signer's first line is centred over the
    # rest of the block, one line above the left block's first line
    words = (_line(0, (100, "4. Ghi chú: Không."))
             + _line(1, (1500, "Tiên Yên, ngày 20 tháng 3 năm 2017"))
             + _line(2, (1500, "TM. ỦY BAN NHÂN DÂN"))
             + _line(3, (200, "Số vào sổ:"), (1560, "HUYỆN TIÊN YÊN"))
             + _line(4, (220, "CH 02291"), (1610, "KT. CHỦ TỊCH")))
    assert _text(words).splitlines() == [
        "4. Ghi chú: Không.", "Tiên Yên, ngày 20 tháng 3 năm 2017", "Số vào sổ:", "CH 02291",
        "TM. ỦY BAN NHÂN DÂN", "HUYỆN TIÊN YÊN", "KT. CHỦ TỊCH"]


def test_blocks_the_engine_found_apart_on_one_row_are_read_block_by_block() -> None:
    # tesseract gives the recipients list and the signer as separate lines, the signer's
    # lines a few pixels off the rows of the list
    def at(n: int, top: int, left: int, text: str) -> list[Word]:
        return [replace(w, top=top) for w in _line(n, (left, text))]

    words = (at(0, 0, 100, "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.")
             + at(1, 100, 100, "Nơi nhận:") + at(2, 200, 100, "- Như Điều 3;")
             + at(3, 300, 100, "- Lưu: VT.")
             + at(4, 108, 1300, "TM. ỦY BAN NHÂN DÂN") + at(5, 195, 1450, "CHỦ TỊCH")
             + at(6, 500, 1350, "Nguyễn Hữu Phước"))
    assert _text(words).splitlines() == [
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.", "Nơi nhận:", "- Như Điều 3;",
        "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Hữu Phước"]


def _spread(n: int, left: int, right: int, text: str) -> list[Word]:
    """A justified line: its words spaced out to fill ``left`` to ``right``."""
    tokens = text.split()
    widths = [20 * len(t) for t in tokens]
    space = (right - left - sum(widths)) / max(1, len(tokens) - 1)
    words, x = [], float(left)
    for token, width in zip(tokens, widths, strict=True):
        words.append(Word(token, round(x), 100 * n, width, 30, 95.0, n))
        x += width + space
    return words


def test_two_columns_the_engine_found_apart_are_read_column_by_column() -> None:
    # newspaper columns 100 px apart: too narrow a gutter to cut a line by width alone, but the
    # engine put each column in a block of its own; a paragraph's short last line keeps to its
    # column's left edge, however far from the gutter it ends
    left = [("Điều 1. Bên A cho Bên B", True), ("thuê căn hộ B3-0712, tầng", True),
            ("7, nhà B3.", False), ("Điều 2. Giá thuê một", True), ("tháng 2.150.000 đồng.", False)]
    right = [("Điều 3. Thời hạn thuê", True), ("năm năm kể từ ngày", True),
             ("15/10/2025. Bên A đồng ý", True), ("để Bên B đăng ký thường", True),
             ("trú tại căn hộ.", False)]
    words: list[Word] = []
    for column, (x0, x1, lines) in enumerate(((100, 700, left), (800, 1400, right))):
        for i, (text, full) in enumerate(lines):
            line = _spread(i, x0, x1, text) if full else _line(i, (x0, text))
            words += [replace(w, line=5 * column + i) for w in line]
    words.sort(key=lambda w: w.line)
    assert _text(words).splitlines() == [text for text, _ in left + right]


def test_a_long_second_agency_line_stays_in_the_header_block() -> None:
    # the second agency line, centred on the left, reaches past the middle of the gap between
    # the first agency line and the motto: the split moves into the gap both lines leave free
    words = (_line(0, (340, "CÔNG TY CỔ PHẦN"), (800, "CỘNG HÒA XÃ HỘI"))
             + _line(1, (300, "NHÀ Ở XÃ HỘI BÌNH MINH"), (900, "Độc lập - Tự do"))
             + _line(2, (330, "Số: 0418/HĐ"), (850, "Hà Nội, ngày 6"))
             + _line(3, (700, "HỢP ĐỒNG THUÊ NHÀ")))
    assert _text(words).splitlines() == [
        "CÔNG TY CỔ PHẦN", "NHÀ Ở XÃ HỘI BÌNH MINH", "Số: 0418/HĐ", "CỘNG HÒA XÃ HỘI",
        "Độc lập - Tự do", "Hà Nội, ngày 6", "HỢP ĐỒNG THUÊ NHÀ"]


def test_numbered_fields_with_long_labels_are_read_across() -> None:
    words = (_line(0, (100, "2. Ngày, tháng, năm sinh: 02/09/1986"), (1300, "3. Giới tính: Nam"))
             + _line(1, (100, "4. Số định danh cá nhân: 038086291417"),
                     (1300, "5. Số điện thoại: 0984491210")))
    assert _text(words).splitlines() == [
        "2. Ngày, tháng, năm sinh: 02/09/1986 3. Giới tính: Nam",
        "4. Số định danh cá nhân: 038086291417 5. Số điện thoại: 0984491210"]


def test_a_centred_signer_block_is_read_to_its_name_before_a_label_beside_it() -> None:
    # the back of an identity card: the officer's title and name, centred, with the fingerprint
    # boxes' labels to the right between them, and the machine-readable lines under both
    def at(n: int, top: int, left: int, text: str) -> list[Word]:
        return [replace(w, top=top) for w in _line(n, (left, text))]

    words = (at(0, 1709, 737, "CỤC TRƯỞNG CỤC CẢNH SÁT")
             + at(1, 1752, 608, "QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI")
             + at(2, 1832, 1663, "Ngón trỏ trái")
             + at(3, 1990, 812, "Nguyễn Quốc Khánh")
             + at(4, 2155, 589, "IDVNM0494836352022049483635<<<")
             + at(5, 2238, 587, "4903121M9912315VNM<<<<<<<<<<<0"))
    assert _text(words).splitlines() == [
        "CỤC TRƯỞNG CỤC CẢNH SÁT", "QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI", "Nguyễn Quốc Khánh",
        "Ngón trỏ trái", "IDVNM0494836352022049483635<<<", "4903121M9912315VNM<<<<<<<<<<<0"]
