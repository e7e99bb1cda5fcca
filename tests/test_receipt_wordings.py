"""One-stop receipts in the wordings counters print, written out by hand: the titles of Thông tư
01/2018/TT-VPCP (Mẫu số 01) and of the provinces' one-stop systems, a receipt known by its
labelled lines when its title is misread or missing, and the procedure read from its "Thủ tục"
line in the forms those systems print. Names, numbers and places are invented."""

from __future__ import annotations

import pytest

from classify import extract_fields, load_rules, match_procedure
from classify.receipt_body import receipt_body
from tests.page_layouts import BODY, MOTTO, page

_RECEIPT_LINES = [
    ("Mã hồ sơ: 000.21.30.H12-250301-0004", "left", BODY),
    ("Tiếp nhận hồ sơ của: Ông Lục Văn Khoa", "left", BODY),
    ("Địa chỉ: thôn Nà Pồng, xã Tân Lập", "left", BODY),
    ("Nội dung yêu cầu giải quyết: Đăng ký khai sinh", "left", BODY),
    ("1. Thành phần hồ sơ nộp gồm: Tờ khai đăng ký khai sinh, Giấy chứng sinh", "left", BODY),
    ("2. Số lượng hồ sơ: 01 bộ", "left", BODY),
    ("5. Thời gian trả kết quả giải quyết hồ sơ: 8 giờ 00 phút, ngày 12 tháng 3 năm 2025",
     "left", BODY),
]


@pytest.mark.parametrize("title", [
    "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
    "PHIẾU TIẾP NHẬN VÀ HẸN TRẢ KẾT QUẢ",
    "BIÊN NHẬN HỒ SƠ",
    "PHIẾU BIÊN NHẬN",
    "GIẤY BIÊN NHẬN HỒ SƠ",
    "PHIẾU HẸN TRẢ KẾT QUẢ",
    "PHIẾU TIẾP NHẬN HỒ SƠ VÀ HẸN NGÀY TRẢ KẾT QUẢ",
    "PHIẾU GIAO NHẬN HỒ SƠ",
    "GIẤY HẸN",
])
def test_the_titles_receipts_are_printed_with(title: str) -> None:
    found = load_rules().classify_page(page(*MOTTO, (title, "centre", 44)))
    assert (found.doc_type, found.confidence >= 0.8) == ("phieu_tiep_nhan", True)


@pytest.mark.parametrize("title", [
    "BIÊN NHẬN",  # a title too short for a pattern of its own
    "BIEN NHAN H0 SO",  # the marks and a letter misread
    None,  # no title at all
])
def test_a_receipt_is_known_by_its_labelled_lines(title: str | None) -> None:
    rows = [*MOTTO, *([(title, "centre", 44)] if title else []), *_RECEIPT_LINES]
    found = load_rules().classify_page(page(*rows))
    assert found.doc_type == "phieu_tiep_nhan"
    assert found.first_page and found.confidence >= 0.5


@pytest.mark.parametrize(("title", "doc_type"), [
    ("THÔNG BÁO TIẾP NHẬN HỒ SƠ", "phieu_tiep_nhan"),  # a generic kind, speaking of receiving
    ("THÔNG BÁO", "thong_bao"),  # a notice whose title says nothing of receiving
    ("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "phieu_tu_choi"),  # a slip of its own
])
def test_a_generic_title_over_a_receipt_s_lines(title: str, doc_type: str) -> None:
    found = load_rules().classify_page(page(*MOTTO, (title, "centre", 44), *_RECEIPT_LINES))
    assert found.doc_type == doc_type


def test_a_receipt_s_lines_under_a_title_of_its_own_are_typed_and_reviewed() -> None:
    rows = [*MOTTO, ("PHIẾU THEO DÕI", "centre", 44), *_RECEIPT_LINES]
    found = load_rules().classify_page(page(*rows))
    assert found.doc_type == "phieu_tiep_nhan" and found.confidence < 0.5


@pytest.mark.parametrize("text", [
    # a register's column heads carry the same words, without colons
    "SỔ THEO DÕI HỒ SƠ\nMã hồ sơ Tên TTHC Ngày nhận Ngày hẹn trả Ngày trả kết quả",
    # an application names the procedure and the papers, but no receipt's own line
    "TỜ KHAI\nThủ tục: Đăng ký khai sinh\nThành phần hồ sơ gồm: tờ khai\nSố lượng: 01",
    # a decision that mentions the receipt
    "QUYẾT ĐỊNH\nCăn cứ hồ sơ đã tiếp nhận ngày 02/3/2025;\nĐiều 1. Công nhận",
])
def test_other_papers_do_not_read_as_receipts(text: str) -> None:
    assert not receipt_body(text)


@pytest.mark.parametrize(("text", "expected"), [
    # provincial one-stop systems
    ("Mã biên nhận: H12.25-0301-0004\nThủ tục: Đăng ký khai sinh\nNgày hẹn trả: 12/03/2025",
     "Đăng ký khai sinh"),
    ("Thủ tục đề nghị giải quyết: Đăng ký kết hôn\nNgày hẹn trả: 12/03/2025",
     "Đăng ký kết hôn"),
    ("Tên thủ tục hành chính yêu cầu giải quyết: Đăng ký khai tử", "Đăng ký khai tử"),
    ("Thủ tục hành chính cần giải quyết: Đăng ký thường trú", "Đăng ký thường trú"),
    ("Thủ tục (TTHC): Đăng ký tạm trú\nNgười nộp: Lò Văn Pằn", "Đăng ký tạm trú"),
    # a colon read as a semicolon; a table's cell read as a line of its own
    ("Thủ tục; Đăng ký khai tử\nNgày hẹn trả: 12/03/2025", "Đăng ký khai tử"),
    ("Tên thủ tục hành chính\nĐăng ký lại khai sinh\nNgày hẹn trả: 12/03/2025",
     "Đăng ký lại khai sinh"),
    ("Lĩnh vực: Hộ tịch\nThủ tục: Cấp bản sao trích lục hộ tịch\nNgày hẹn trả: 12/03/2025",
     "Cấp bản sao trích lục hộ tịch"),
    # a two-line name whose second line starts with a capital after a comma
    ("Thủ tục: Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất,\n"
     "Cấp đổi Giấy chứng nhận\nNgày hẹn trả: 12/03/2025",
     "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất, "
     "Cấp đổi Giấy chứng nhận"),
    # the national code in brackets, after a dash, or on the name's last line in a narrow cell
    ("Tên thủ tục: [1.001193] Đăng ký khai sinh", "Đăng ký khai sinh"),
    ("Thủ tục: Đăng ký khai sinh - Mã: 1.001193", "Đăng ký khai sinh"),
    ("Thủ tục: Cấp giấy phép xây dựng mới đối với nhà ở riêng\nlẻ (Mã TTHC: 1.009794)",
     "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ"),
    ("Thủ tục\nChứng thực hợp đồng, giao dịch liên quan đến tài\nsản là động sản, quyền sử dụng"
     "\nđất và nhà ở\nNgười nộp\nBà Đinh Thị Hải Yến",
     "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và "
     "nhà ở"),
    # a table's row read as one line: the rest of a wrapped label at the start of the next
    # line, the next cell's label and value after the name
    ("Tên thủ tục Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở\nhành chính hữu nhà ở và "
     "tài sản khác gắn liền với đất\nTổ chức, cá Ông TRƯƠNG VĂN LỘC",
     "Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với "
     "đất"),
    ("Thủ tục Đăng ký khai tử Số bộ 01", "Đăng ký khai tử"),
    ("Thủ tục Đăng ký khai tử Mã TTHC 1.000656", "Đăng ký khai tử"),
    # a name printed in capitals, under its label or over two lines; a parenthesis in lower
    # case that goes on with the name
    ("Thủ tục hành chính:\nĐĂNG KÝ KHAI SINH\nSố lượng hồ sơ: 01", "ĐĂNG KÝ KHAI SINH"),
    ("Thủ tục: ĐĂNG KÝ BIẾN ĐỘNG QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN\nGẮN LIỀN VỚI ĐẤT\n"
     "Số lượng: 01", "ĐĂNG KÝ BIẾN ĐỘNG QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT"),
    ("Thủ tục: Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất\n"
     "(chuyển nhượng)\nSố lượng: 01",
     "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (chuyển "
     "nhượng)"),
    # a table with a column for the procedure: the row under its heading
    ("STT Tên thủ tục Mã hồ sơ Ngày hẹn trả\n1 Đăng ký khai sinh 000.00.12.H19-250301-0001 "
     "12/03/2025", "Đăng ký khai sinh"),
    # a table's rule read as a bar
    ("Thủ tục | Đăng ký khai tử |", "Đăng ký khai tử"),
])
def test_the_procedure_line_of_one_stop_systems(text: str, expected: str) -> None:
    assert extract_fields(text, "phieu_tiep_nhan").get("thu_tuc") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Dang ky khai sinh", "Đăng ký khai sinh"),  # the marks lost
    ("Đăng ký kết hôn", "Đăng ký kết hôn"),
])
def test_a_procedure_line_matches_its_procedure_without_marks(text: str, expected: str) -> None:
    found = match_procedure(text)
    assert found is not None and found[0].name == expected


def test_a_procedure_no_data_names_is_still_read_as_printed() -> None:
    text = "Thủ tục: Cấp giấy phép khai thác tài nguyên nước dưới đất\nNgày hẹn trả: 12/03/2025"
    assert extract_fields(text, "phieu_tiep_nhan").get("thu_tuc") == (
        "Cấp giấy phép khai thác tài nguyên nước dưới đất")


def test_a_titled_page_joined_to_a_typed_paper_is_flagged() -> None:
    from classify.continuity import group
    from classify.titles import document_confidence
    from classify.types import PageClass, PageMarks

    typed = PageClass("giay_chung_nhan_qsdd", "GIẤY CHỨNG NHẬN", title_like=True,
                      first_page=True, confidence=0.95, marks=PageMarks(number=1))
    titled = PageClass(None, "SƠ ĐỒ NHÀ", title_like=True, confidence=0.3,
                       marks=PageMarks(number=2))
    plain_page = PageClass(None, None, marks=PageMarks(number=2))
    assert group([typed, titled]) == [[0, 1]]  # its page number follows: joined, ...
    assert document_confidence([typed, titled]) < 0.5  # ... but a person sees it
    assert document_confidence([typed, plain_page]) >= 0.9


def test_a_table_of_papers_names_no_procedure() -> None:
    receipt = "STT Tên giấy tờ Số lượng\n1 Tờ khai đăng ký khai sinh 01"
    assert "thu_tuc" not in extract_fields(receipt, "phieu_tiep_nhan")


def test_a_procedure_named_only_in_a_sentence_or_a_list_of_papers_is_not_read() -> None:
    receipt = ("PHIẾU BIÊN NHẬN\nMã biên nhận: H12.25-0301-0004\n"
               "Hồ sơ đề nghị đăng ký khai sinh cho con của bà Hà Thị Lan\n"
               "Ngày hẹn trả: 12/03/2025")
    assert "thu_tuc" not in extract_fields(receipt, "phieu_tiep_nhan")
    listed = "PHIẾU BIÊN NHẬN\nThành phần hồ sơ gồm: Tờ khai đăng ký khai sinh"
    assert "thu_tuc" not in extract_fields(listed, "phieu_tiep_nhan")


def test_a_procedure_under_a_label_of_its_own_is_read_as_printed() -> None:
    receipt = ("BIÊN NHẬN HỒ SƠ\nLoại việc: Đăng ký khai sinh có yếu tố nước ngoài\n"
               "Ngày hẹn trả: 12/03/2025")
    assert extract_fields(receipt, "phieu_tiep_nhan")["thu_tuc"] == (
        "Đăng ký khai sinh có yếu tố nước ngoài")
    # only a receipt names a dossier's procedure that way
    assert "thu_tuc" not in extract_fields(receipt, "phieu_yeu_cau_bo_sung")


def test_a_fuzzy_title_match_keeps_the_pattern_s_last_word() -> None:
    from classify.matching import _find

    # the last word alone tells one registration certificate from another
    assert _find("giay chung nhan dang ky thue", "giay chung nhan dang ky xe") is None
    # a letter misread in it is still the pattern
    assert _find("giay chung nhan quyen su dung dat", "giay chung nhan quyen su dung dai")
