"""Fields and titles in the wordings of real one-stop forms, written out by hand: a name
that runs over two lines or sits in a dotted blank, the receipt's "Tiếp nhận hồ sơ của:",
the branch of a land registration office, abbreviated bodies, a procedure's name cut by
"Mã TTHC:" or wrapped after "Cấp đổi", and the receipts' other titles. Names, numbers and
places are invented."""

from __future__ import annotations

import pytest

from classify import extract_fields, load_rules
from tests.page_layouts import MOTTO, PARAGRAPH, page

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


@pytest.mark.parametrize(("text", "expected"), [
    # a name that runs on to the next line, up to the next label
    ("Họ và tên người đề nghị: Phùng Thị\nThanh Xuân\nNgày sinh: 11/02/1980",
     "Phùng Thị Thanh Xuân"),
    ("Họ, chữ đệm và tên: KHỔNG MINH\nHOÀNG Giới tính: Nam", "Khổng Minh Hoàng"),
    ("Họ và tên: Tạ Thị\nBé\nSinh ngày 01/01/1990", "Tạ Thị Bé"),
    # the receipt's own label (Thông tư 01/2018/TT-VPCP, mẫu số 01)
    ("Tiếp nhận hồ sơ của: Ông Hứa Văn Tám\nĐịa chỉ: xã Lộc Yên", "Hứa Văn Tám"),
    ("Nhận của: Bà Đoàn Thị Nguyệt", "Đoàn Thị Nguyệt"),
    # a dotted blank filled in
    ("Họ và tên:......Tạ Quang Bửu.........Sinh ngày: 1/1/1990", "Tạ Quang Bửu"),
    ("Tôi là: …Mông Thị Xuyến… Sinh năm: 1975", "Mông Thị Xuyến"),
    # the next label on the line
    ("Họ và tên: Tạ Quang Bửu Giấy CCCD số: 001090000001", "Tạ Quang Bửu"),
    ("Họ và tên chủ hộ: Vi Văn Chiến Hộ khẩu thường trú: bản Nà Tấu", "Vi Văn Chiến"),
    ("Họ và tên: Âu Văn Phong Mối quan hệ: con", "Âu Văn Phong"),
    ("Họ và tên: Sầm Thị Hiên Trình độ: đại học", "Sầm Thị Hiên"),
    # the holder of a household or a plot, the person introduced, a colon misread
    ("Chủ hộ: Ông Giáp Văn Thắng", "Giáp Văn Thắng"),
    ("Chủ sử dụng: Bà Lã Thị Nguyệt", "Lã Thị Nguyệt"),
    ("Trân trọng giới thiệu: Ông Kha Văn Lộc\nChức vụ: nhân viên", "Kha Văn Lộc"),
    ("Họ và tên; Lò Thị Ban", "Lò Thị Ban"),
])
def test_name_in_real_form_wordings(text: str, expected: str) -> None:
    assert extract_fields(text).get("ho_ten") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the next line is another label, or a value of the label beside the name
    ("Họ, chữ đệm, tên người yêu cầu: Hồ Văn Lộc\nHọ, chữ đệm, tên: Đặng Thị Mai",
     "Hồ Văn Lộc"),
    ("Họ và tên: NGUYỄN VĂN AN\nNAM", "Nguyễn Văn An"),
    ("Họ và tên: Nguyễn Văn An\nCăn cước công dân số: 001090000001", "Nguyễn Văn An"),
    ("Họ và tên: Nguyễn Văn An\nThôn Đông, xã Tây, huyện Nam Đàn", "Nguyễn Văn An"),
    ("Họ và tên: Nguyễn Văn An\nNguyễn Văn Bình là con", "Nguyễn Văn An"),
])
def test_a_name_does_not_run_on_into_what_follows(text: str, expected: str) -> None:
    assert extract_fields(text).get("ho_ten") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a branch of a land registration office issues its papers
    ("VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI\nCHI NHÁNH HUYỆN MỎ CÀY BẮC\n" + _MOTTO + "THÔNG BÁO",
     "CHI NHÁNH HUYỆN MỎ CÀY BẮC"),
    # a bank's branch is named with the bank; a confirmation is a title, not part of it
    ("NGÂN HÀNG NÔNG NGHIỆP\nVÀ PHÁT TRIỂN NÔNG THÔN\nCHI NHÁNH BẾN TRE\n" + _MOTTO
     + "XÁC NHẬN\nSố dư tài khoản",
     "NGÂN HÀNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN CHI NHÁNH BẾN TRE"),
    # abbreviated bodies under their parents
    ("KHO BẠC NHÀ NƯỚC\nKBNN HUYỆN ĐÔNG ANH\n" + _MOTTO + "GIẤY NỘP TIỀN", "KBNN HUYỆN ĐÔNG ANH"),
    ("BẢO HIỂM XÃ HỘI VIỆT NAM\nBHXH TỈNH TRÀ VINH\n" + _MOTTO + "THÔNG BÁO",
     "BHXH TỈNH TRÀ VINH"),
    ("ĐẢNG ỦY XÃ TÂN LẬP\n" + _MOTTO + "GIẤY GIỚI THIỆU", "ĐẢNG ỦY XÃ TÂN LẬP"),
    # two-line bodies: the lower unit
    ("UBND TỈNH HÀ NAM\nTRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG\n" + _MOTTO
     + "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"),
    ("CỤC THUẾ TỈNH BÌNH PHƯỚC\nCHI CỤC THUẾ KHU VỰC ĐỒNG XOÀI\n" + _MOTTO + "THÔNG BÁO",
     "CHI CỤC THUẾ KHU VỰC ĐỒNG XOÀI"),
    # the unit under the parent's line, whatever kind of body it is
    ("CÔNG AN TỈNH HÀ GIANG\nĐỘI CẢNH SÁT QLHC VỀ TTXH\n" + _MOTTO + "GIẤY XÁC NHẬN",
     "ĐỘI CẢNH SÁT QLHC VỀ TTXH"),
    ("HUYỆN ỦY MƯỜNG TÈ\n" + _MOTTO + "GIẤY GIỚI THIỆU", "HUYỆN ỦY MƯỜNG TÈ"),
    # a receipt: a counter that names no place issues it in its people's committee's name
    ("UBND XÃ TÂN LẬP\nBỘ PHẬN MỘT CỬA\n" + _MOTTO + "PHIẾU BIÊN NHẬN", "UBND XÃ TÂN LẬP"),
])
def test_issuing_body_in_real_headers(text: str, expected: str) -> None:
    assert extract_fields(text).get("co_quan_ban_hanh") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tên TTHC: Đăng ký khai tử Mã TTHC: 1.000656", "Đăng ký khai tử"),
    ("Thủ tục: Đăng ký khai tử Số CCCD: 001090000001", "Đăng ký khai tử"),
    ("Thủ tục: Đăng ký biến động QSDĐ Lĩnh vực: Đất đai", "Đăng ký biến động QSDĐ"),
    ("Tên thủ tục: Cấp đổi\nGiấy chứng nhận quyền sử dụng đất\nSố lượng: 01",
     "Cấp đổi Giấy chứng nhận quyền sử dụng đất"),
    ("Tên dịch vụ công: Đăng ký tạm trú\nNgười nộp: Lò Văn Pằn", "Đăng ký tạm trú"),
    ("Hồ sơ: Đăng ký khai sinh\nMã hồ sơ: 000.00.01.H01-250101-0001", "Đăng ký khai sinh"),
    ("Nội dung đề nghị: Cấp bản sao trích lục kết hôn", "Cấp bản sao trích lục kết hôn"),
])
def test_procedure_in_real_receipt_wordings(text: str, expected: str) -> None:
    assert extract_fields(text, "phieu_tiep_nhan").get("thu_tuc") == expected


@pytest.mark.parametrize("title", [
    "PHIẾU BIÊN NHẬN HỒ SƠ",
    "BIÊN NHẬN VÀ HẸN TRẢ KẾT QUẢ",
    "GIẤY HẸN TRẢ KẾT QUẢ",
])
def test_receipt_titles_of_real_counters(title: str) -> None:
    found = load_rules().classify_page(page(*MOTTO, (title, "centre", 40), *PARAGRAPH))
    assert found.doc_type == "phieu_tiep_nhan"


def test_a_receipt_carries_its_own_number() -> None:
    receipt = ("UBND XÃ TÂN LẬP\nBỘ PHẬN MỘT CỬA\n" + _MOTTO + "Số: 125/BN-UBND\n"
               "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ\nMã hồ sơ: 000.21.30.H12-250301-0004\n"
               "Tiếp nhận hồ sơ của: Ông Lục Văn Khoa")
    found = extract_fields(receipt, "phieu_tiep_nhan")
    assert (found.get("so_ky_hieu"), found.get("ma_ho_so"), found.get("ho_ten")) == (
        "125/BN-UBND", "000.21.30.H12-250301-0004", "Lục Văn Khoa")


def test_the_requester_s_label_is_no_procedure() -> None:
    form = ("TỜ KHAI ĐĂNG KÝ LẠI KHAI SINH\nHọ, chữ đệm, tên người yêu cầu: Giàng Thị Mỷ\n"
            "Nơi cư trú: bản Sả Séng")
    assert "thu_tuc" not in extract_fields(form)
