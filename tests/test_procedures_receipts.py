"""The procedure a dossier's receipt names, in the wordings of the one-stop regulations: the
forms of Thông tư 01/2018/TT-VPCP (Mẫu 01 "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", Mẫu 02
"Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", Mẫu 03 "Phiếu từ chối tiếp nhận giải quyết hồ sơ")
under Nghị định 61/2018/NĐ-CP and 107/2021/NĐ-CP, and the receipts the provincial public-service
portals print ("Tên thủ tục hành chính:", "Lĩnh vực:", "Mã thủ tục:"), with procedure names
over two or three lines and national codes (1.001193, 2.000889.000.00.00.H56). Written by hand
for these tests."""

from __future__ import annotations

import pytest

from classify import Procedure, extract_fields, printed_code, procedure_for, procedure_for_code

HEAD = ("ỦY BAN NHÂN DÂN XÃ TÂN LẬP\nBỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n")


@pytest.mark.parametrize(("text", "expected"), [
    # Mẫu 01: the request under "Nội dung yêu cầu giải quyết:"
    (HEAD + "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ\nMã hồ sơ: 000.21.30.H12-250301-0004\n"
     "Bộ phận tiếp nhận và trả kết quả UBND xã Tân Lập\nTiếp nhận hồ sơ của: Ông Hà Văn Nam\n"
     "Địa chỉ: thôn Nà Làng, xã Tân Lập\nSố điện thoại: 0912345678\n"
     "Nội dung yêu cầu giải quyết: Đăng ký khai sinh\n1. Thành phần hồ sơ nộp gồm:\n"
     "- Tờ khai đăng ký khai sinh\n2. Số lượng hồ sơ: 01 (bộ)", "Đăng ký khai sinh"),
    # Mẫu 02: asking for more papers names the request the same way
    (HEAD + "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ\nHồ sơ của: Bà Triệu Thị Dung\n"
     "Nội dung yêu cầu giải quyết: Đăng ký thường trú\nNgày 05 tháng 3 năm 2025, Bộ phận "
     "Tiếp nhận và Trả kết quả đã tiếp nhận hồ sơ của: Bà Triệu Thị Dung\n"
     "Đề nghị bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:", "Đăng ký thường trú"),
    # a portal's receipt: the name, then the field on a line of its own
    ("Tên thủ tục hành chính: Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ\n"
     "Lĩnh vực: Hoạt động xây dựng\nMã thủ tục: 1.009994.000.00.00.H56",
     "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ"),
    # a name over three lines
    ("Tên thủ tục hành chính: Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài\n"
     "sản gắn liền với đất trong các trường hợp chuyển nhượng, tặng cho,\n"
     "thừa kế quyền sử dụng đất\nLĩnh vực: Đất đai",
     "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các "
     "trường hợp chuyển nhượng, tặng cho, thừa kế quyền sử dụng đất"),
    # the name on the line after its label
    ("Thủ tục hành chính:\nĐăng ký kết hôn\nLĩnh vực: Hộ tịch", "Đăng ký kết hôn"),
    ("Tên thủ tục:\nCấp bản sao trích lục hộ tịch\nNgày hẹn trả: 12/3/2025",
     "Cấp bản sao trích lục hộ tịch"),
    # a national code before or after the name is not part of it
    ("Thủ tục: 2.000889.000.00.00.H56 - Chứng thực bản sao từ bản chính giấy tờ, văn bản\n"
     "Số bản sao: 03", "Chứng thực bản sao từ bản chính giấy tờ, văn bản"),
    ("Tên thủ tục: 1.001193 Đăng ký khai sinh", "Đăng ký khai sinh"),
    ("Tên thủ tục: Đăng ký kết hôn (1.000894)\nNgười nộp: Lò Văn Pằn", "Đăng ký kết hôn"),
    ("Tên TTHC: Đăng ký khai tử - 1.000656.000.00.00.H19", "Đăng ký khai tử"),
    # a name in quotation marks
    ("Thủ tục: “Đăng ký tạm trú”", "Đăng ký tạm trú"),
    # the field before the name: the name is still found under its own label
    ("Lĩnh vực: Hộ tịch\nTên thủ tục hành chính: Đăng ký khai tử", "Đăng ký khai tử"),
])
def test_the_procedure_of_one_stop_receipts(text: str, expected: str) -> None:
    assert extract_fields(text, "phieu_tiep_nhan").get("thu_tuc") == expected


@pytest.mark.parametrize("text", [
    "Mã thủ tục: 1.001193\nLĩnh vực: Hộ tịch",  # a code alone names no procedure by its words
    "Lĩnh vực: Đất đai\nCơ quan thực hiện: UBND huyện",
    "Thủ tục hành chính:\n1. Thành phần hồ sơ nộp gồm:",  # a list is no name
])
def test_no_procedure_is_read_where_none_is_named(text: str) -> None:
    assert "thu_tuc" not in extract_fields(text, "phieu_tiep_nhan")


def _procedure(code: str) -> Procedure:
    return Procedure("thu", "Thủ tục thử", ("thu tuc thu",), (), "không", False, code)


@pytest.mark.parametrize("given", [
    "1.001193", " 1.001193 ", "1.001193.000.00.00.H19", "1.001193.000.00.00.h56",
])
def test_a_national_code_finds_its_procedure_with_or_without_the_agency_suffix(
        given: str) -> None:
    listed = [_procedure("1.001193"), _procedure("2.000889")]
    assert procedure_for_code(given, listed) is listed[0]
    assert procedure_for_code("1.001194.000.00.00.H19", listed) is None
    assert procedure_for_code("11.001193", listed) is None


def test_the_procedures_of_the_receipts_above_are_known_procedures() -> None:
    for text, procedure in (("Đăng ký khai sinh", "dang_ky_khai_sinh"),
                            ("Đăng ký kết hôn", "dang_ky_ket_hon"),
                            ("Đăng ký khai tử", "dang_ky_khai_tu")):
        found = procedure_for(extract_fields(f"Tên thủ tục: 1.000001 {text}",
                                             "phieu_tiep_nhan")["thu_tuc"])
        assert found is not None and found.id == procedure


@pytest.mark.parametrize(("text", "expected"), [
    ("Mã thủ tục: 1.001193.000.00.00.H19\nLĩnh vực: Hộ tịch", "1.001193.000.00.00.H19"),
    ("Mã TTHC: 2.000889 Tên TTHC: Chứng thực bản sao", "2.000889"),
    ("Tên thủ tục: 1.000894 Đăng ký kết hôn", "1.000894"),
    ("Mã hồ sơ: 000.21.30.H12-250301-0004\nThủ tục: Đăng ký kết hôn", None),
    ("", None),
])
def test_the_national_code_a_receipt_prints(text: str, expected: str | None) -> None:
    assert printed_code(text) == expected


def test_a_receipt_that_prints_only_its_procedure_s_code_names_the_procedure(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline import completeness

    listed = [_procedure("1.001193")]
    monkeypatch.setattr(completeness, "procedure_for_code",  # the packaged data has no codes
                        lambda code: procedure_for_code(code, listed))
    receipt = ("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ\nMã thủ tục: 1.001193.000.00.00.H19\n"
               "Lĩnh vực: Hộ tịch")
    assert completeness.procedure_of(None, (), receipt) is listed[0]
    assert completeness.procedure_of(None, (), "Lĩnh vực: Hộ tịch") is None


@pytest.mark.parametrize(("title", "doc_type"), [
    ("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "phieu_tiep_nhan"),  # Mẫu số 01
    ("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "phieu_yeu_cau_bo_sung"),  # Mẫu số 02
    ("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "phieu_tu_choi"),  # Mẫu số 03
    ("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "phieu_xin_loi"),  # Mẫu số 04
    ("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "phieu_kiem_soat"),  # Mẫu số 05
])
def test_the_forms_of_the_one_stop_regulation_are_told_apart(title: str, doc_type: str) -> None:
    from classify import load_rules
    from tests.page_layouts import MOTTO, PARAGRAPH, page

    found = load_rules().classify_page(page(*MOTTO, (title, "centre", 40), *PARAGRAPH))
    assert (found.doc_type, found.confidence >= 0.8) == (doc_type, True)


def test_an_apology_slip_names_the_procedure_it_is_late_with() -> None:
    slip = (HEAD + "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ\nMã hồ sơ: "
            "000.21.30.H12-250301-0004\nNgày 01 tháng 3 năm 2025, Bộ phận Tiếp nhận và Trả kết "
            "quả tiếp nhận giải quyết hồ sơ của: Ông Hà Văn Nam\nNội dung yêu cầu giải quyết: "
            "Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền "
            "với\nđất lần đầu\nThời gian hẹn trả kết quả giải quyết hồ sơ: 15/3/2025")
    assert extract_fields(slip, "phieu_xin_loi").get("thu_tuc") == (
        "Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền "
        "với đất lần đầu")
