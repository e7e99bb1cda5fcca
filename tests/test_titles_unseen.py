"""Titles of papers unlike the samples: a company's header above the title, stray marks around
it, reference lines and their misreads, two sides of a card side by side, a title that lost
its first word. Each built as OCR would box it (``tests.page_layouts``)."""

from __future__ import annotations

import pytest

from classify import Rules, load_rules
from classify.matching import match_title, partial_match
from classify.titles import CONFIDENCE_CASE, CONFIDENCE_LAYOUT, CONFIDENCE_PARTIAL
from tests.page_layouts import BODY, MOTTO, PARAGRAPH, page, side_by_side

COMPANY = [("CÔNG TY TNHH THƯƠNG MẠI HOÀNG LONG", "left", 44),
           ("Mã số thuế: 5100 4567 89", "left", BODY),
           ("Địa chỉ: số 45 đường Trần Phú, phường Minh Khai, thành phố Hà Giang, tỉnh Hà Giang",
            "left", BODY),
           ("Điện thoại: 0219 3862 123 - Fax: 0219 3862 124 - Email: hoanglong@example.vn",
            "left", BODY),
           ("Số tài khoản: 1020 1000 1234 567 tại Ngân hàng TMCP Công thương chi nhánh Hà Giang",
            "left", BODY)]


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules()


@pytest.mark.parametrize(("title", "doc_type"), [("HÓA ĐƠN GIÁ TRỊ GIA TĂNG", "hoa_don"),
                                                 ("PHIẾU THU", "phieu_thu")])
def test_labelled_header_lines_are_passed_over_on_the_way_to_the_title(
        rules: Rules, title: str, doc_type: str) -> None:
    paper = page(*COMPANY, (title, "centre", 60),
                 ("Ký hiệu: 1C25THL   Số: 0000123", "centre", BODY), *PARAGRAPH)
    found = rules.classify_page(paper)
    assert (found.doc_type, found.title) == (doc_type, title)
    assert found.confidence == CONFIDENCE_LAYOUT and found.first_page
    by_text = rules.classify_page(paper.text)
    assert by_text.doc_type == doc_type and by_text.confidence == CONFIDENCE_CASE
    # an agency's paper with its particulars in lower case, no company name above them
    slip = page(("Đơn vị: Ban quản lý dự án đầu tư xây dựng huyện Vị Xuyên", "left", BODY),
                ("Bộ phận: Kế toán tài vụ và quản lý tài sản công", "left", BODY),
                (title, "centre", 60), *PARAGRAPH)
    assert rules.classify_page(slip).doc_type == doc_type


def test_a_body_line_still_ends_the_search_for_a_title(rules: Rules) -> None:
    # a labelled line of a form's body is body text: the heading below it is not a title
    second = page(("Họ và tên người được ủy quyền là bà Bùi Thị Hạnh, sinh năm 1985", "left",
                   BODY), *PARAGRAPH, ("DANH SÁCH", "centre", 56))
    found = rules.classify_page(second)
    assert found.doc_type is None and not found.title_like


@pytest.mark.parametrize(("line", "doc_type", "title"), [
    ("GIẤY CHỨNG SINH:", "giay_chung_sinh", "GIẤY CHỨNG SINH"),
    ("PHIẾU HẸN TRẢ KẾT QUÁ:", "phieu_tiep_nhan", "PHIẾU HẸN TRẢ KẾT QUÁ"),
    ("' QUYẾT ĐỊNH", "quyet_dinh", "QUYẾT ĐỊNH"),
    ("ˆ QUYẾT ĐỊNH.", "quyet_dinh", "QUYẾT ĐỊNH"),
    ("“TRÍCH LỤC KHAI SINH”", "trich_luc_ho_tich", "TRÍCH LỤC KHAI SINH"),
    ("• GIẤY ỦY QUYỀN ;", "giay_uy_quyen", "GIẤY ỦY QUYỀN"),
])
def test_stray_marks_around_a_title_are_not_part_of_it(rules: Rules, line: str, doc_type: str,
                                                        title: str) -> None:
    paper = page(*MOTTO, (line, "centre", 56), *PARAGRAPH)
    for read in (paper, paper.text):
        found = rules.classify_page(read)
        assert (found.doc_type, found.title) == (doc_type, title), read
    assert rules.classify_page(paper).confidence == CONFIDENCE_LAYOUT


def test_a_title_of_no_type_keeps_its_words_without_the_stray_colon(rules: Rules) -> None:
    found = rules.classify_page(page(*MOTTO, ("PHIẾU BÁO KẾT QUÁ:", "centre", 56), *PARAGRAPH))
    assert (found.doc_type, found.title, found.title_like) == (None, "PHIẾU BÁO KẾT QUÁ", True)


def test_ocr_confusions_of_vietnamese_letters_still_match(rules: Rules) -> None:
    # Á for Ả, É for Ế, a plain D for Đ: folding reads them alike
    for misread, doc_type in (("PHIẾU HẸN TRÁ KẾT QUÁ", "phieu_tiep_nhan"),
                              ("QUYÉT DỊNH", "quyet_dinh"),
                              ("GIÂY KHAI SINH", "giay_khai_sinh")):
        found = rules.classify_page(page(*MOTTO, (misread, "centre", 56), *PARAGRAPH))
        assert found.doc_type == doc_type, misread


def test_a_label_in_capitals_is_no_title(rules: Rules) -> None:
    # from the text alone "BÊN A:" is a run of capitals, but a label, not a paper's title
    second = rules.classify_page("BÊN A:\nÔng Nguyễn Văn An, sinh năm 1970\nBÊN B:\nBà Lê Thị Mai")
    assert second.title is None and not second.starts_document


@pytest.mark.parametrize("reference", [
    "Số: 125/TLKS-UBND", "S6: 125/TLKS-UBND", "SỐ 125/QĐ-UBND", "Quyển số: 01/2025",
    "Quyén số: 01/2025", "QUYỀN SỐ: 01", "Quyền số 02", "Số (No.): 0000123", "Số/No.: 0221",
])
def test_reference_lines_and_their_misreads_are_never_titles(rules: Rules,
                                                             reference: str) -> None:
    # centred in capitals above the title, as on an extract from a civil-status register
    extract = page(*MOTTO, (reference.upper(), "centre", 44), ("TRÍCH LỤC KHAI SINH", "centre", 56),
                   *PARAGRAPH)
    found = rules.classify_page(extract)
    assert (found.doc_type, found.title) == ("trich_luc_ho_tich", "TRÍCH LỤC KHAI SINH")
    # alone, it is no title of a paper of unknown type either
    alone = rules.classify_page(page(*MOTTO, (reference.upper(), "centre", 44), *PARAGRAPH))
    assert alone.title is None and not alone.title_like
    assert rules.classify_page(f"{reference}\nNội dung").title is None


def test_a_title_that_reads_like_a_reference_is_still_a_title(rules: Rules) -> None:
    # "SỔ" and "QUYỀN SỞ HỮU" fold like "số": no number or colon follows them
    book = rules.classify_page(page(*MOTTO, ("SỔ HỘ KHẨU", "centre", 56), *PARAGRAPH))
    assert book.doc_type == "so_ho_khau"
    land = rules.classify_page(page(*MOTTO, ("GIẤY CHỨNG NHẬN", "centre", 56),
                                    ("QUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC", "centre", 56),
                                    *PARAGRAPH))
    assert land.doc_type == "giay_chung_nhan_qsdd"


FRONT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "centre", 30),
         ("Độc lập - Tự do - Hạnh phúc", "centre", 30),
         ("CĂN CƯỚC CÔNG DÂN", "centre", 44),
         ("Số định danh cá nhân: 022058865115", "right", 30),
         ("Họ, chữ đệm và tên: NGUYỄN VĂN AN", "right", 30),
         ("Ngày sinh: 01/01/1970   Giới tính: Nam", "right", 30),
         ("Quốc tịch: Việt Nam", "right", 30)]
BACK = [("Nơi cư trú: thôn Đồng Rui, xã Đồng Rui, huyện Tiên Yên", "left", 30),
        ("Đặc điểm nhận dạng: sẹo chấm cách 2 cm dưới đuôi mắt trái", "left", 30),
        ("Ngày, tháng, năm: 10/10/2021", "left", 30),
        ("CỤC TRƯỞNG CỤC CẢNH SÁT", "centre", 30),
        ("QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI", "centre", 30),
        ("IDVNM0700022058865115<<<<<<<<<<", "left", 30)]


def test_a_card_copied_side_by_side_has_its_title_centred_on_the_card(rules: Rules) -> None:
    copy = side_by_side(FRONT, BACK, [("Chứng thực bản sao đúng với bản chính", "left", BODY),
                                      ("Số chứng thực: 125, quyển số 01-SCT/BS", "left", BODY)])
    found = rules.classify_page(copy)
    assert (found.doc_type, found.title) == ("ban_sao_cccd", "CĂN CƯỚC CÔNG DÂN")
    assert found.confidence == CONFIDENCE_LAYOUT and found.first_page
    # the back on the left, the front on the right: the same
    swapped = rules.classify_page(side_by_side(BACK, FRONT))
    assert (swapped.doc_type, swapped.confidence) == ("ban_sao_cccd", CONFIDENCE_LAYOUT)


def test_a_line_centred_on_one_side_of_a_page_in_one_column_is_no_title(rules: Rules) -> None:
    # an ordinary paper: the agency at the left, the motto at the right, a left heading in
    # capitals centred on the agency's block; the page is one column (its body spans it)
    notice = page(("ỦY BAN NHÂN DÂN", "left", BODY), ("XÃ ĐỒNG RUI", "left", BODY),
                  ("VỀ VIỆC TIẾP DÂN", "left", BODY), *PARAGRAPH)
    found = rules.classify_page(notice)
    assert found.title is None and found.first_page


def test_a_title_missing_its_first_word_is_a_flagged_guess(rules: Rules) -> None:
    # "BIÊN NHẬN HỒ SƠ" read without "BIÊN": the receipt, but only as a guess
    receipt = rules.classify_page(page(("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "left", BODY),
                                       ("NHẬN HỒ SƠ", "centre", 56), *PARAGRAPH))
    assert (receipt.doc_type, receipt.confidence) == ("phieu_tiep_nhan", CONFIDENCE_PARTIAL)
    doc = rules.classify_document(["NHẬN HỒ SƠ"], [receipt])
    assert doc.doc_type == "phieu_tiep_nhan" and doc.needs_review
    # "VĂN BẢN THỎA THUẬN PHÂN CHIA DI SẢN" without "VĂN" names another type as read ("bản
    # thỏa thuận"): not silently
    estate = rules.classify_page(page(*MOTTO, ("BẢN THỎA THUẬN PHÂN CHIA DI SẢN", "centre", 56),
                                      *PARAGRAPH))
    assert estate.doc_type == "van_ban_thua_ke" and estate.confidence == CONFIDENCE_PARTIAL
    # read whole, both are sure
    for title, doc_type in (("VĂN BẢN THỎA THUẬN PHÂN CHIA DI SẢN", "van_ban_thua_ke"),
                            ("BẢN THỎA THUẬN", "van_ban_thoa_thuan"),
                            ("BIÊN NHẬN HỒ SƠ", "phieu_tiep_nhan"),
                            ("BẢN CAM KẾT", "giay_cam_doan")):
        found = rules.classify_page(page(*MOTTO, (title, "centre", 56), *PARAGRAPH))
        assert (found.doc_type, found.confidence) == (doc_type, CONFIDENCE_LAYOUT), title


def test_guessing_a_missing_first_word_stays_conservative(rules: Rules) -> None:
    types = rules.types
    # short rests are too common to stand for a pattern ("ủy quyền", "đề nghị")
    assert partial_match("ỦY QUYỀN", types, None) is None
    assert partial_match("ĐỀ NGHỊ CẤP BẢN SAO", types, None) is None
    # the rest must stand at the head of the title, as whole words
    assert partial_match("TỜ KHAI NHẬN HỒ SƠ", types, match_title("TỜ KHAI", types)) is None
    assert partial_match("NHẬN HỒ SƠN", types, None) is None
    # a title read with a letter wrong is not also read as a word short
    land = match_title("GIẤY CHỨNG NHẬN OUYỀN SỬ DỤNG ĐẤT", types)
    assert land is not None and land.score < 1
    assert partial_match("GIẤY CHỨNG NHẬN OUYỀN SỬ DỤNG ĐẤT", types, land) is None
    guess = partial_match("LAI THU PHÍ, LỆ PHÍ", types, None)
    assert guess is not None and guess.partial and guess.type_id == "bien_lai_thu_phi"
    # after "BẢN SAO" the head noun is what counts
    copy = partial_match("BẢN SAO CHỨNG NHẬN KẾT HÔN", types, None)
    assert copy is not None and copy.type_id == "giay_chung_nhan_ket_hon"
