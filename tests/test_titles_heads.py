"""Titles under headers unlike the samples': an agency's office and address in lower case under
its name, a slip's title set large at the left margin, a subject line ("V/v …") above a
report's title, "SỔ" read as "SỐ", "G" read as "6", and a 2024 card with Vietnamese labels only.
Each built as OCR would box it (``tests.page_layouts``); names and numbers are invented."""

from __future__ import annotations

import pytest

from classify import Rules, load_rules
from classify.titles import CONFIDENCE_CASE, CONFIDENCE_LAYOUT
from tests.page_layouts import BODY, MOTTO, PARAGRAPH, page

AGENCY = [("UBND THÀNH PHỐ ĐÀ NẴNG", "left", 44),
          ("BAN QUẢN LÝ AN TOÀN THỰC PHẨM", "left", 44)]


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules()


def test_an_agency_s_office_line_under_its_name_does_not_end_the_header(rules: Rules) -> None:
    office = ("Tầng 2 Trung tâm Hành chính thành phố - ĐT 0236 3 821 437", "left", BODY)
    slip = page(*AGENCY, office, ("GIẤY TIẾP NHẬN HỒ SƠ", "centre", 60), *PARAGRAPH)
    found = rules.classify_page(slip)
    assert (found.doc_type, found.confidence) == ("phieu_tiep_nhan", CONFIDENCE_LAYOUT)
    assert rules.classify_page(slip.text).doc_type == "phieu_tiep_nhan"
    # without an agency's name above it, such a line is body text: nothing below is a title
    plain = page(office, ("GIẤY TIẾP NHẬN HỒ SƠ", "centre", 60), *PARAGRAPH)
    assert rules.classify_page(plain).doc_type is None


def test_a_large_title_at_the_left_margin_is_a_title(rules: Rules) -> None:
    slip = page(*AGENCY, ("PHIẾU NHẬN HỒ SƠ VÀ HẸN NGÀY THẨM ĐỊNH CƠ SỞ", "left", 64),
                *PARAGRAPH)
    found = rules.classify_page(slip)
    assert (found.doc_type, found.confidence) == ("phieu_tiep_nhan", CONFIDENCE_LAYOUT)
    # at the body's size its layout does not say so: only its capitals do, less surely
    small = page(*AGENCY, ("PHIẾU NHẬN HỒ SƠ VÀ HẸN NGÀY THẨM ĐỊNH CƠ SỞ", "left", BODY),
                 *PARAGRAPH)
    found = rules.classify_page(small)
    assert (found.doc_type, found.confidence) == ("phieu_tiep_nhan", CONFIDENCE_CASE)


def test_a_subject_line_above_a_report_s_title_is_header(rules: Rules) -> None:
    report = page(*MOTTO, ("Số: 58/BC-UBND", "left", BODY),
                  ("V/v kết quả kiểm tra liên ngành an toàn thực phẩm dịp đầu năm 2026", "left",
                   28), ("BÁO CÁO", "centre", 48), *PARAGRAPH)
    found = rules.classify_page(report)
    assert (found.doc_type, found.first_page) == ("bao_cao", True)


def test_a_book_s_title_read_as_a_number_line(rules: Rules) -> None:
    book = page(("BỘ CÔNG AN", "centre", 40), ("SỐ HỘ KHẨU", "centre", 68),
                ("Số: 480275816", "left", BODY), *PARAGRAPH)
    assert rules.classify_page(book).doc_type == "so_ho_khau"
    # a number line in capitals is still no title
    numbered = page(*MOTTO, ("SỐ: 12/QĐ-UBND", "centre", 44), *PARAGRAPH)
    assert not rules.classify_page(numbered).title_like


def test_a_g_read_as_6_opening_a_title(rules: Rules) -> None:
    slip = page(*AGENCY, ("6IẤY BIÊN NHẬN HỒ SƠ ĐĂNG KÝ HỢP TÁC XÃ", "centre", 56), *PARAGRAPH)
    found = rules.classify_page(slip)
    assert (found.doc_type, found.title) == ("phieu_tiep_nhan",
                                             "GIẤY BIÊN NHẬN HỒ SƠ ĐĂNG KÝ HỢP TÁC XÃ")


_CARD_2024 = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nơi cư trú
phường Tây Hồ, thành phố Hà Nội
CĂNCƯỚC
Ngày cấp 22/10/2024
Số định danh: 001196058672
Họ, chữ đệm và tên
BỘ CÔNG AN
ĐẶNG THỊ HOÀI
Ngày sinh 21/10/1996
Giới tính Nữ Quốc tịch Việt Nam
(DVNMI9$9586722‹ ‹9
BẢN CHỤP ĐỂ ĐỐI CHIẾU"""
"""A 2024 card (its labels in Vietnamese only) copied, both sides, as OCR reads it: the name
glued, the machine-readable zone's first letters and a digit misread, below the first dozen
lines."""


def test_a_2024_card_with_vietnamese_labels(rules: Rules) -> None:
    found = rules.classify_page(_CARD_2024)
    assert (found.doc_type, found.confidence) == ("ban_sao_cccd", CONFIDENCE_CASE)
    # without its labels and its machine-readable zone, a line "CĂN CƯỚC" names no card
    bare = "\n".join(line for line in _CARD_2024.splitlines()
                     if not line.startswith(("Nơi cư trú", "Số định danh", "(DVNM")))
    assert rules.classify_page(bare).doc_type is None


def test_a_form_s_code_and_a_note_over_two_lines_are_header(rules: Rules) -> None:
    form = page(("ni nh nó Mẫu số 11/ĐK", "right", 30), *MOTTO,
                ("ĐƠN ĐĂNG KÝ BIẾN ĐỘNG ĐẤT ĐAI", "centre", 48), *PARAGRAPH)
    assert rules.classify_page(form).doc_type == "don_de_nghi"
    slip = page(("CÔNG TY CỔ PHẦN XÂY DỰNG HƯNG THỊNH", "left", 44),
                ("(Ban hành theo Thông tư số 200/2014/TT-BTC", "right", 32),
                ("ngày 22/12/2014 của Bộ Tài chính)", "right", 32),
                ("PHIẾU THU", "centre", 60), *PARAGRAPH)
    assert rules.classify_page(slip).doc_type == "phieu_thu"


def test_a_letter_known_by_its_number_when_its_subject_is_lost(rules: Rules) -> None:
    text = ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nVĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI\n"
            "Số: 231/CV- VPĐKĐĐ An Giang, ngày 12 tháng 03 năm 2025\n"
            "hướng dẫn thành phần hồ sơ đăng ký biến động\n"
            "Kính gửi: Chi nhánh Văn phòng đăng ký đất đai các huyện\n"
            "Thực hiện Công văn số 1587/UBND-KTN ngày 03/3/2025 của Ủy ban nhân dân tỉnh")
    assert rules.classify_page(text).doc_type == "cong_van"
    # a number of another symbol and no subject: no letter known
    assert rules.classify_page(text.replace("/CV-", "/TB-")).doc_type is None


def test_a_form_code_with_letters_before_its_figures(rules: Rules) -> None:
    form = page(("Không ghi vào khu vực này Mẫu số: C1-02/NS", "centre", 34),
                ("GIẤY NỘP TIỀN VÀO NGÂN SÁCH NHÀ NƯỚC", "centre", 56), *PARAGRAPH)
    assert rules.classify_page(form).doc_type == "giay_nop_tien_nsnn"


@pytest.mark.parametrize("date_line", ["Gia Viễn, ngày 04 thắng 09 năm 2025",
                                       "Tân Định, ngày 02 thárig 09 năm 2025",
                                       "Số: 0412/GXN-UBND Ia Hrú, ngày 22 09 năm 2025"])
def test_a_place_and_date_line_misread_is_header(rules: Rules, date_line: str) -> None:
    paper = page(("ỦY BAN NHÂN DÂN", "left", 40), ("XÃ GIA VIỄN", "left", 40),
                 (date_line, "left", BODY),
                 ("GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN", "centre", 52), *PARAGRAPH)
    assert rules.classify_page(paper).doc_type == "giay_xac_nhan_tthn"


def test_a_curriculum_vitae_misread_as_an_agency(rules: Rules) -> None:
    cv = page(*MOTTO, ("SỞ YẾU LÝ LỊCH", "centre", 50), ("(Dùng cho người xin việc)", "centre",
                                                         BODY), *PARAGRAPH)
    assert rules.classify_page(cv).doc_type == "so_yeu_ly_lich"


def test_a_header_line_read_with_stray_marks_does_not_end_the_header(rules: Rules) -> None:
    slip = page(*MOTTO, ("BỘ PHẬN MỘT CỬA.. - nọ sô", "left", 40),
                ("PHIẾU TỪ CHỐI TIẾP NHẬN", "centre", 56), *PARAGRAPH)
    assert rules.classify_page(slip).doc_type == "phieu_tu_choi"
