"""Key fields from OCR text: every rule of classify/fields.py and classify/names.py, with the
lines as OCR gives them (motto on the agency's line, diacritics lost, extra spaces, names run
on into the next label), and the cases that must find nothing."""

from __future__ import annotations

import pytest

from classify import FIELD_NAMES, extract_fields
from classify.rules import extract_fields as from_rules

MIXED_HEADER = """ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN AN PHÚ Độc lập - Tự do - Hạnh phúc
Số: 692/TTr-TNMT An Phú, ngày 20 tháng 4 năm 2025
TỜ TRÌNH
Về việc thu hồi đất
Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;
Căn cứ Nghị định số 102/2024/NĐ-CP ngày 30 tháng 7 năm 2024 của Chính phủ;"""


def test_both_imports_give_the_same_function() -> None:
    assert from_rules is extract_fields


def test_a_header_read_across_with_the_motto() -> None:
    fields = extract_fields(MIXED_HEADER)
    assert fields["co_quan_ban_hanh"] == "ỦY BAN NHÂN DÂN HUYỆN AN PHÚ"
    assert fields["so_ky_hieu"] == "692/TTr-TNMT"
    assert fields["ngay_ban_hanh"] == "2025-04-20"


def test_wanted_limits_the_fields_reported() -> None:
    receipt = ("VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI\nTỈNH CÀ MAU\nSố: 0006027\nBIÊN LAI THU PHÍ, LỆ PHÍ\n"
               "Tên người nộp tiền: Dương Thị Mộng Tuyền\nSố định danh cá nhân: 096188228354\n"
               "Cà Mau, ngày 16 tháng 9 năm 2025")
    everything = extract_fields(receipt)
    assert everything["so_cccd"] == "096188228354"
    wanted = ("so_ky_hieu", "ngay_ban_hanh", "co_quan_ban_hanh", "ho_ten", "nguoi_ky")
    fields = extract_fields(receipt, "bien_lai_thu_phi", wanted)
    assert fields == {"so_ky_hieu": "0006027", "ngay_ban_hanh": "2025-09-16",
                      "co_quan_ban_hanh": "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH CÀ MAU",
                      "ho_ten": "Dương Thị Mộng Tuyền"}
    assert extract_fields(receipt, wanted=()) == {}
    assert list(everything) == [f for f in FIELD_NAMES if f in everything]


# --- dates -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # the place-and-date line wins over the laws cited before it
    ("UBND HUYỆN AN PHÚ\nSố: 15/QĐ-UBND\nQUYẾT ĐỊNH\n"
     "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm\n2015; Luật sửa đổi, bổ "
     "sung ngày 22 tháng 11 năm 2019;\nCăn cứ Nghị định số 102/2024/NĐ-CP ngày 30 tháng 7 năm "
     "2024;\nQUYẾT ĐỊNH:\nĐiều 1. Thu hồi đất.\nAn Phú, ngày 20 tháng 4 năm 2025", "2025-04-20"),
    ("Hà Giang, ngày 12 tháng 3 năm 2025", "2025-03-12"),
    ("  Hà  Giang ,  ngày  12  tháng  3  năm  2025 ", "2025-03-12"),
    ("Ha Giang, ngay 12 thang 3 nam 2025", "2025-03-12"),
    ("Thành phố Hồ Chí Minh, ngày 1 tháng 7 năm 2025", "2025-07-01"),
    ("TP. Buôn Ma Thuột, ngày 05 tháng 9 năm 2018", "2018-09-05"),
    ("Làm tại: xã Nghi Phong, ngày 06 tháng 5 năm 2025", "2025-05-06"),
    ("……, ngày 20 tháng 4 năm 2025", "2025-04-20"),
    ("- Đức Trọng, ngày 08 tháng 01 năm 2025", "2025-01-08"),
    ("Hà Giang, ngày 12 tháng 3 năm\n2025", "2025-03-12"),
    ("Hà Nội, ngày 05/03/2025", "2025-03-05"),
    ("UBND HUYỆN AN PHÚ\nSố: 12/UBND-TNMT\nV/v thu hồi đất An Phú, ngày 20 tháng 4 năm 2025\n"
     "Kính gửi: Ông Lê Văn Tám\nNgày 02/03/2025, Ủy ban nhận được đơn", "2025-04-20"),
    ("An Phú, ngày ..20.. tháng ..4.. năm 2025", "2025-04-20"),
    # a labelled date when no place-and-date line
    ("Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;\nNgày ký: 05/03/2025", "2025-03-05"),
    ("GIẤY PHÉP\nCấp ngày: 12-03-2020\nCó giá trị đến: 12-03-2030", "2020-03-12"),
    ("Ngày cấp: 12.03.2020", "2020-03-12"),
    ("Ngày, tháng, năm sinh: 30/03/2025\nNgày, tháng, năm đăng ký: 14/04/2025", "2025-04-14"),
    ("Căn cước công dân số: 002067087963, cấp ngày 22/05/2021\n"
     "Hôm nay, ngày 10 tháng 4 năm 2025, tại Văn phòng công chứng", "2025-04-10"),
    # otherwise the first date that is no citation, birth or term
    ("Giấy chứng nhận hộ nghèo số 27/GCN-UBND ngày 05/01/2024\nThời hạn: đến ngày 31/12/2025\n"
     "Ngày 11 tháng 4 năm 2025", "2025-04-11"),
    ("Theo Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND huyện\nngày 02 tháng 3 năm 2025",
     "2025-03-02"),
])
def test_date_of_issue(text: str, expected: str) -> None:
    assert extract_fields(text)["ngay_ban_hanh"] == expected


@pytest.mark.parametrize("text", [
    "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm\n2015; Luật sửa đổi ngày 22 "
    "tháng 11 năm 2019;",
    "Theo đề nghị của Trưởng phòng tại Tờ trình số 412/TTr-TNMT ngày 24 tháng 01 năm 2025.",
    "Xét đơn đề nghị của bà Đỗ Thị Minh Nguyệt ngày 14 tháng 4 năm 2025.",
    "Ngày sinh: 08/12/1952 Giới tính: Nữ",
    "Họ và tên: NGUYỄN VĂN AN Sinh ngày: 12/05/1990",
    "Có giá trị đến: 21/04/2039",
    "Căn cước công dân số: 052079885629, cấp ngày 22/04/2022",
    "Ngày cấp: 31/02/2020",
    "Hà Giang, ngày 12 tháng 13 năm 2025",
    "Ngày ký: 01/01/1890",
    "Ngày ký: 01/01/2101",
    "Số tiền: 1.250.000 đồng",
])
def test_no_date_of_issue(text: str) -> None:
    assert "ngay_ban_hanh" not in extract_fields(text)


def test_the_contract_date_not_the_date_of_its_party_s_identity_card() -> None:
    text = ("HỢP ĐỒNG CHUYỂN NHƯỢNG QUYỀN SỬ DỤNG ĐẤT\nBên A: Ông Vũ Đình Khải, sinh năm 1967\n"
            "Căn cước công dân số: 002067087963, cấp ngày 22/05/2021\n"
            "Hợp đồng tín dụng số 0417/2025/HĐTD-ĐM ngày 02/06/2025\n"
            "Ngày 10 tháng 4 năm 2025, tại Văn phòng công chứng Sông Lô, tôi, công chứng viên")
    assert extract_fields(text)["ngay_ban_hanh"] == "2025-04-10"


# --- names -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Họ và tên: NGUYỄN VĂN AN Sinh ngày: 12/05/1990", "Nguyễn Văn An"),
    ("Họ, chữ đệm, tên: Trần Thị Bích Ngọc Giới tính: Nữ", "Trần Thị Bích Ngọc"),
    ("Họ và tên: Lê Văn Hùng Ngày sinh: 03/04/1985", "Lê Văn Hùng"),
    ("Họ tên: PHẠM MINH TUẤN Dân tộc: Kinh Quốc tịch: Việt Nam", "Phạm Minh Tuấn"),
    ("Họ và tên: Nguyễn Thị Hoa, CCCD số: 001190012345", "Nguyễn Thị Hoa"),
    ("Họ và tên: HOÀNG VĂN NAM Số CCCD: 001090012345", "Hoàng Văn Nam"),
    ("Họ và tên: Đinh Văn Long Năm sinh: 1970 Nơi cư trú: xã Tân Lập", "Đinh Văn Long"),
    ("Họ, chữ đệm, tên: Lò Văn Sáng Nơi sinh: Trạm y tế xã", "Lò Văn Sáng"),
    ("Họ và tên: Trần Văn Bảy Địa chỉ: tổ 3, phường 5", "Trần Văn Bảy"),
    ("Họ và tên: Vi Thị Nga Điện thoại: 0912345678", "Vi Thị Nga"),
    ("Họ và tên: Mạc Văn Toàn Email: toan@example.vn", "Mạc Văn Toàn"),
    ("Họ và tên: Lý Văn Cường Quan hệ: Con", "Lý Văn Cường"),
    ("1. Họ, chữ đệm và tên: Trịnh Văn Cường 2. Ngày, tháng, năm sinh: 02/09/1986",
     "Trịnh Văn Cường"),
    ("Ho va ten: NGUYEN VAN AN Sinh ngay: 12/05/1990", "Nguyen Van An"),
    ("Họ và tên:........ Nguyễn Văn An.............. Sinh ngày:.../.../...", "Nguyễn Văn An"),
    ("Tên người nộp tiền: H Mai Niê", "H Mai Niê"),
    ("Người nộp tiền: Lê Văn Tám Địa chỉ: thôn 2", "Lê Văn Tám"),
    ("Tôi là: Nguyễn Văn Bình, sinh năm 1980", "Nguyễn Văn Bình"),
    ("Tôi tên là Hoàng Anh Tuấn, sinh ngày 01/01/1990", "Hoàng Anh Tuấn"),
    ("Người yêu cầu: Đỗ Thị Lan", "Đỗ Thị Lan"),
    ("Người đăng ký: NGUYỄN VĂN AN", "Nguyễn Văn An"),
    ("Người đề nghị: ông Vũ Văn Nam; CCCD: 001080012345", "Vũ Văn Nam"),
    ("1.3. Người nộp hồ sơ: bà Lâm Thị Kiều Oanh; Căn cước công dân số:", "Lâm Thị Kiều Oanh"),
    ("Họ tên người đi khai sinh: Ngô Thị Hạnh Quan hệ với người được khai sinh: Mẹ",
     "Ngô Thị Hạnh"),
    ("Họ và tên chủ hộ: TRẦN VĂN LONG", "Trần Văn Long"),
    ("Người được ủy quyền: Bà Lý Thị Mai", "Lý Thị Mai"),
    ("- Tên chủ đầu tư (tên chủ hộ): Đỗ Thị Minh Nguyệt", "Đỗ Thị Minh Nguyệt"),
    ("Bên A (Bên chuyển nhượng): Ông Nguyễn Văn Hải, sinh năm 1970", "Nguyễn Văn Hải"),
    ("BÊN ỦY QUYỀN:\nÔng: Tạ Quang Vinh; chức vụ: Giám đốc", "Tạ Quang Vinh"),
    ("Ông/bà: Phạm Văn Thành\nSố CCCD: 066071651429", "Phạm Văn Thành"),
    ("Hộ ông: Dương Văn Tú; sinh năm: 1975; CMND số: 250418377", "Dương Văn Tú"),
    ("Họ và tên / Full name:\nNGUYỄN VĂN A\nNgày sinh / Date of birth: 01/01/1990",
     "Nguyễn Văn A"),
    ("Họ, chữ đệm và tên khai sinh / Full name:\nHỒ THỊ QUỲNH ANH", "Hồ Thị Quỳnh Anh"),
    ("Full name:\nTRẦN THỊ HOA", "Trần Thị Hoa"),
    ("Họ và tên / Full name: ĐẶNG THỊ MAI", "Đặng Thị Mai"),
    # the applicant before the people the application names
    ("Họ, chữ đệm, tên người yêu cầu: Hồ Văn Lộc\nHọ, chữ đệm, tên: Đặng Thị Mai", "Hồ Văn Lộc"),
    # a label with no value is passed over, never read into the next label
    ("Họ, chữ đệm, tên người cha:\nHọ, chữ đệm, tên người đi khai sinh: Ngô Thị Thanh Hương",
     "Ngô Thị Thanh Hương"),
])
def test_name(text: str, expected: str) -> None:
    assert extract_fields(text)["ho_ten"] == expected


@pytest.mark.parametrize("text", [
    "NGƯỜI NỘP HỒ SƠ\n(Ký và ghi rõ họ tên)\nPhạm Văn Thành",
    "(Ký, ghi rõ họ, chữ đệm, tên,\nchức vụ, đóng dấu)\nLầu Mí Sính",
    "Họ và tên: ............................",
    "Họ và tên: Nguyễn",
    "Người tiếp nhận: Nguyễn Thị Hồng Nhung",
    "Tên thủ tục hành chính: Đăng Ký Khai Sinh",
    "Tên loại phí, lệ phí: Phí thẩm định hồ sơ",
    "1.1. Tên: Ngân hàng Thương mại cổ phần Đất Mũi",
    "Quốc tịch / Nationality: Việt Nam",
    "Đại diện: ông Tạ Quang Vinh; chức vụ: Giám đốc",
    # a contract whose first party is an organisation names no person
    "BÊN CHO THUÊ (Bên A): Công ty cổ phần Nhà ở xã hội Bình Minh\nBÊN THUÊ (Bên B): ông Trịnh "
    "Văn Cường, sinh năm 1986",
    "BÊN A: CÔNG TY TNHH XÂY DỰNG MINH PHÁT\nBÊN B: Ông Lê Văn Tâm",
])
def test_no_name(text: str) -> None:
    assert "ho_ten" not in extract_fields(text)


def test_a_decision_names_its_person_in_the_text() -> None:
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN NGA SƠN\nSố: 2745/QĐ-UBND\nQUYẾT ĐỊNH\n"
            "Về việc thực hiện trợ cấp xã hội hằng tháng\nCHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN NGA SƠN\n"
            "Theo đề nghị của Trưởng phòng Lao động - Thương binh và Xã hội huyện.\n"
            "Điều 1. Thực hiện trợ cấp xã hội hằng tháng đối với bà Ngô Thị\n"
            "Thanh Hương, sinh năm 1990, thường trú tại thôn Tiến Hưng.")
    assert extract_fields(text, "quyet_dinh")["ho_ten"] == "Ngô Thị Thanh Hương"
    assert "ho_ten" not in extract_fields(text)  # by label only for other types


# --- numbers ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Số: 692/TTr-TNMT", "692/TTr-TNMT"),
    ("Số: 125/2025/QĐ-UBND", "125/2025/QĐ-UBND"),
    ("Số: 125/2025/TLKS-BS", "125/2025/TLKS-BS"),
    ("Số 15/GPXD", "15/GPXD"),
    ("Số: 1234 / QĐ - UBND", "1234/QĐ-UBND"),
    ("Số: 0825/2025/HĐTC-ĐM", "0825/2025/HĐTC-ĐM"),
    ("Số: 47\nQuyển số: 01/2025", "47"),
    ("Số: CS 02417", "CS02417"),
    ("Số vào sổ: CH01234", "CH01234"),
    ("Số vào sổ cấp GCN:\nCH 01234", "CH01234"),
    ("Số seri: AA 01234567", "AA01234567"),
    ("Số phát hành: BX 418260", "BX418260"),
    ("Quyển số: 01/2025", "01/2025"),
    ("Số biên lai: 0001234", "0001234"),
    ("Mẫu số: 01BLP0-001 Ký hiệu: AG-23E Số: 0001234", "0001234"),
    ("Số hồ sơ: 000.00.12.H19-250414-0007", "000.00.12.H19-250414-0007"),
    ("Số công chứng: 1546, quyển số 02/2025 TP/CC-SCC/HĐGD.", "1546"),
    ("Số chứng thực: 402, Quyển số: 02/2025-SCT/BS", "402"),
    # the paper's own number beats a register number
    ("UBND XÃ AN PHÚ\nSố: 12/TLKH-BS\nSố đăng ký: 08, Quyển số: 01/1976", "12/TLKH-BS"),
    ("Số vào sổ: CH 00123\nSố: 12/QĐ-UBND", "12/QĐ-UBND"),
    # a register number at the start of a line, not one cited in a sentence
    ("Quyền sử dụng đất theo Giấy chứng nhận số phát hành BĐ\n215734, số vào sổ cấp GCN: CH "
     "01582 do Ủy ban nhân dân cấp\nSố công chứng: 1546, quyển số 02/2025", "1546"),
])
def test_number(text: str, expected: str) -> None:
    assert extract_fields(text)["so_ky_hieu"] == expected


def test_a_land_certificate_is_filed_by_its_register_number() -> None:
    text = ("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSỞ NÔNG NGHIỆP\nVÀ MÔI TRƯỜNG\nSố: BX 418260\n"
            "GIẤY CHỨNG NHẬN\nSố vào sổ cấp GCN:\nCS 02417")
    assert extract_fields(text, "giay_chung_nhan_qsdd")["so_ky_hieu"] == "CS02417"
    assert extract_fields(text)["so_ky_hieu"] == "BX418260"


@pytest.mark.parametrize("text", [
    "Số tiền: 500.000 đồng", "Số điện thoại: 0912345678", "Số CCCD: 001088236497",
    "Mẫu số: 01BLP2-001", "Số 27 đường Kênh Xáng Đội Cường,", "Số lượng hồ sơ: 01 bộ",
    "Giấy chứng nhận hộ nghèo số 27/GCN-UBND", "Vào Sổ theo dõi hồ sơ, Quyển số: 02/2025",
    "Số / No.: 052079885629",
    "1. Người sử dụng đất: ông Dương Văn Út, sinh năm 1955; Căn cước công dân\nsố: "
    "096055453678, cấp ngày 03/12/2021",
])
def test_no_number(text: str) -> None:
    assert "so_ky_hieu" not in extract_fields(text)


# --- personal identification number ----------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("CCCD số: 001088236497", "001088236497"),
    ("Số CCCD: 066071651429 Số điện thoại: 0356682984", "066071651429"),
    ("CMND/CCCD: 079203001234", "079203001234"),
    ("Căn cước công dân số: 052079885629, cấp ngày 22/04/2022", "052079885629"),
    ("Căn cước công dân số:\n096192987979", "096192987979"),
    ("Căn cước số: 040198339222, cấp ngày 15/10/2024", "040198339222"),
    ("Số định danh cá nhân: 038086497943", "038086497943"),
    ("- Số CMND: 068069128670, cấp ngày 20/08/2012", "068069128670"),
    ("Số định danh cá nhân / Personal identification number:\n040198339222", "040198339222"),
    ("CĂN CƯỚC CÔNG DÂN\nCitizen Identity Card\nSố / No.: 052079885629", "052079885629"),
    ("Can cuoc cong dan so: 052079885629", "052079885629"),
    ("Số định danh cá nhân: 0 0 1 0 8 8 2 3 6 4 9 7", "001088236497"),
    ("CCCD: 0010 8823 6497", "001088236497"),
    ("CCCD số: 001088236497 0912345678", "001088236497"),
    # a bank account next to it is not taken
    ("Số tài khoản: 123456789012\nCCCD: 001088236497", "001088236497"),
])
def test_id_number(text: str, expected: str) -> None:
    assert extract_fields(text)["so_cccd"] == expected


@pytest.mark.parametrize("text", [
    "Số tài khoản: 123456789012 tại Ngân hàng Nông nghiệp",
    "STK: 123456789012",
    "Account No.: 123456789012",
    "Số điện thoại: 091234567890",
    "Mã số: 123456789012",
    "Hợp đồng số 123456789012",
    "CCCD: (chưa có); Số tài khoản: 123456789012",
    "Căn cước công dân của người được ủy quyền (bản sao): 01 bản 123456789012",
    "CMND số: 240981526",
    "CMND: 240 981 526, cấp ngày 12/03/2010",
    "IDVNM0798856292052079885629<<<",
    "1 Lê Thị Phương Thảo 17/04/1989 Nữ 038189053016 Vợ",
    "Số / No.: 052079885629",
])
def test_no_id_number(text: str) -> None:
    assert "so_cccd" not in extract_fields(text)


# --- procedure -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Thủ tục hành chính: Chuyển mục đích sử dụng đất đối với hộ gia đình,\ncá nhân\n"
     "Lĩnh vực: Đất đai", "Chuyển mục đích sử dụng đất đối với hộ gia đình, cá nhân"),
    ("Tên thủ tục hành chính: Đăng ký khai sinh Lĩnh vực: Hộ tịch", "Đăng ký khai sinh"),
    ("Thủ tục: Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở\nvà tài sản khác "
     "gắn liền với đất\n\nThành phần hồ sơ gồm:", "Cấp đổi Giấy chứng nhận quyền sử dụng đất, "
     "quyền sở hữu nhà ở và tài sản khác gắn liền với đất"),
    ("Thủ tục hành chính: Đăng ký khai sinh\nLĩnh vực: Hộ tịch", "Đăng ký khai sinh"),
    ("Thủ tục hành chính: Cấp giấy phép xây dựng nhà ở riêng lẻ\n1. Đơn đề nghị (bản chính)",
     "Cấp giấy phép xây dựng nhà ở riêng lẻ"),
    ("Thu tuc hanh chinh: Dang ky khai sinh", "Dang ky khai sinh"),
    ("Tên TTHC: Đăng ký khai sinh (Mã TTHC: 1.001193)", "Đăng ký khai sinh"),
    ("Thủ tục hành chính: Chuyển mục đích sử dụng đất đối với\nHộ gia đình, cá nhân",
     "Chuyển mục đích sử dụng đất đối với Hộ gia đình, cá nhân"),
    # a heading whose colon OCR lost is not read as the rest of the name
    ("Thủ tục hành chính: Cấp bản sao trích lục hộ tịch\nThành phần hồ sơ gồm",
     "Cấp bản sao trích lục hộ tịch"),
])
def test_procedure(text: str, expected: str) -> None:
    assert extract_fields(text)["thu_tuc"] == expected


def test_no_procedure() -> None:
    assert "thu_tuc" not in extract_fields("Mã thủ tục: 1.001193\nMã TTHC: 1.001193\n"
                                           "làm thủ tục xin cấp bản sao")


# --- issuing body ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("ỦY BAN NHÂN DÂN\nHUYỆN VỊ XUYÊN\nSố: 1234/QĐ-UBND", "ỦY BAN NHÂN DÂN HUYỆN VỊ XUYÊN"),
    ("UBND XÃ LÙNG TÁM\nSố: 47", "UBND XÃ LÙNG TÁM"),
    ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nTỈNH AN GIANG\nSố: 12/STNMT", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG "
     "TỈNH AN GIANG"),
    ("CÔNG AN TỈNH AN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
     "CÔNG AN TỈNH AN GIANG"),
    # the body under its parent issued the paper; the parent's place only when the paper
    # prints the body's name with it
    ("UBND TỈNH HÀ GIANG\nSỞ TƯ PHÁP\nSố: 125/2025/TLKS-BS", "SỞ TƯ PHÁP"),
    ("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSỞ NÔNG NGHIỆP\nVÀ MÔI TRƯỜNG\nSố: CS 02417",
     "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"),
    ("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSỞ NÔNG NGHIỆP\nVÀ MÔI TRƯỜNG\nSố: CS 02417\nGIẤY CHỨNG "
     "NHẬN\nSở Nông nghiệp và Môi trường tỉnh Hà Giang chứng nhận:",
     "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HÀ GIANG"),
    ("CÔNG AN THÀNH PHỐ THANH HÓA\nCÔNG AN PHƯỜNG ĐÔNG HẢI\nMã số thuế: 2801735926",
     "CÔNG AN PHƯỜNG ĐÔNG HẢI"),
    ("UBND HUYỆN AN PHÚ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG "
     "Độc lập - Tự do - Hạnh phúc\nSố: 692/TTr-TNMT", "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG"),
    ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nVĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI\nSố: 15/VPĐK",
     "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI"),
    # a line that goes on with the name joins it
    ("CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ\nĐẤT ĐAI HUYỆN AN PHÚ\nMã số thuế: 1600123456",
     "CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI HUYỆN AN PHÚ"),
    ("NGÂN HÀNG TMCP ĐẤT MŨI\nCHI NHÁNH CÀ MAU\nSố: 112/2025/UQ-ĐMCM",
     "NGÂN HÀNG TMCP ĐẤT MŨI CHI NHÁNH CÀ MAU"),
    ("UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\nHUYEN AN PHU Doc lap - Tu do - Hanh "
     "phuc\nSo: 692/TTr-TNMT", "UY BAN NHAN DAN HUYEN AN PHU"),
    ("ỦY BAN NHÂN DÂN\nXÃ NGA ĐIỀN\n-------\nGIẤY KHAI SINH", "ỦY BAN NHÂN DÂN XÃ NGA ĐIỀN"),
    ("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC CẦN THƠ\nSố: 15/QĐ-ĐHCT",
     "TRƯỜNG ĐẠI HỌC CẦN THƠ"),
    # no header: the body of the signature block
    ("GIẤY CHỨNG NHẬN\nHà Giang, ngày 15 tháng 10 năm 2013\nSố vào sổ cấp GCN: TM. ỦY BAN NHÂN "
     "DÂN\nCH 01582 THÀNH PHỐ HÀ GIANG\nKT. CHỦ TỊCH", "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ GIANG"),
    ("GIẤY CHỨNG NHẬN\nCS 08817\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nTỈNH HÀ GIANG\nKT. GIÁM ĐỐC\n"
     "PHÓ GIÁM ĐỐC", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH HÀ GIANG"),
])
def test_issuing_body(text: str, expected: str) -> None:
    assert extract_fields(text)["co_quan_ban_hanh"] == expected


@pytest.mark.parametrize("text", [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐƠN ĐỀ NGHỊ\n"
    "Kính gửi: Ủy ban nhân dân xã Nghi Phong",
    "Mẫu số 11/ĐK\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐƠN ĐỀ NGHỊ TÁCH THỬA ĐẤT",
    "QUYẾT ĐỊNH\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
    "CĂN CƯỚC CÔNG DÂN\nCỤC TRƯỞNG CỤC CẢNH SÁT\nQUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI\nBỘ CÔNG AN",
])
def test_no_issuing_body(text: str) -> None:
    assert "co_quan_ban_hanh" not in extract_fields(text)
