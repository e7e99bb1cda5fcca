"""Whole papers that are not among the samples, as OCR reads them (columns read onto one line,
tone marks lost or misread, labels run together), read with the fields their type carries
(classify/data/document_types.json). Every name, number and date is invented."""

from __future__ import annotations

import pytest

from classify import extract_fields, load_rules

DECISION = """UBND TỈNH PHÚ THỌ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG Độc lập - Tự do - Hạnh phúc
S6: 125/2025/QĐ-STNMT Phú Thọ, ngày 05 tháng 3 năm 2025
QUYẾT ĐỊNH
Về việc gia hạn sử dụng đất cho ông Đinh Văn Mạnh
GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;
Căn cứ Quyết định số 15/2024/QĐ-UBND ngày 12 tháng 02 năm 2024 của UBND tỉnh
Xét đơn đề nghị của ông Đinh Văn Mạnh ngày 20/02/2025,
QUYẾT ĐỊNH:
Điều 1. Gia hạn sử dụng đất cho ông Đinh Văn Mạnh, sinh năm 1972."""

HEALTH = """SỞ Y TẾ TỈNH LẠNG SƠN
TRUNG TÂM Y TẾ HUYỆN CAO LỘC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 2341/GKSK-TTYT Độc lập - Tự do - Hạnh phúc
GIẤY KHÁM SỨC KHỎE
Họ và tên (chữ in hoa): HOÀNG THỊ NGÂN Giới tính: Nam □ Nữ ☒ Tuổi: 31
Số CCCD/Hộ chiếu: 020191004418 cấp ngày 10/01/2022 tại Cục CS QLHC về TTXH
Chỗ ở hiện tại: thôn Bản Ngà, xã Thụy Hùng
Lý do khám sức khỏe: đi làm
Cao Lộc, ngày 03 tháng 4 năm 2025"""

INVOICE = """CÔNG TY TNHH MỘT THÀNH VIÊN CẤP NƯỚC SƠN LA
Mã số thuế: 5500123456
Địa chỉ: 55 Tô Hiệu, TP. Sơn La
HÓA ĐƠN GIÁ TRỊ GIA TĂNG
Ký hiệu: 1C25TSL Số: 00004127
Ngày 14 tháng 5 năm 2025
Họ tên người mua hàng: Lò Văn Thắm
Số tài khoản: 102030405060
Theo Hợp đồng số 88/2024/HĐ-CN ngày 02/01/2024"""

BIRTH = """ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ TÂN LẬP Độc lập - Tự do - Hạnh phúc
Số: 115
Quyển số: 03
GIẤY KHAI SINH
Họ, chữ đệm, tên: LƯƠNG GIA BẢO
Ngày, tháng, năm sinh: 12/02/2025 Giới tính: Nam
Dân tộc: Tày Quốc tịch: Việt Nam
Số định danh cá nhân: 020325004419
Họ, chữ đệm, tên người mẹ: NÔNG THỊ HẠNH
Họ, chữ đệm, tên người cha: LƯƠNG VĂN TÚ
Tân Lập, ngày 20 tháng 02 năm 2025"""

APPLICATION = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
ĐƠN ĐỀ NGHỊ CẤP BẢN SAO GIẤY TỜ
Kính gửi: ỦY BAN NHÂN DÂN XÃ HÒA BÌNH
Tôi là: Nguyễn Văn Bốn Sinh ngày: 08/08/1980
Số CCCD: 020080004420 Số tài khoản: 102030405061
Căn cứ Giấy khai sinh số 27 ngày 10/10/1980
Hòa Bình, ngày 02 tháng 6 năm 2025"""


@pytest.mark.parametrize(("doc_type", "text", "expected"), [
    ("quyet_dinh", DECISION, {"so_ky_hieu": "125/2025/QĐ-STNMT", "ngay_ban_hanh": "2025-03-05",
                              "co_quan_ban_hanh": "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
                              "ho_ten": "Đinh Văn Mạnh"}),
    ("giay_kham_suc_khoe", HEALTH, {"so_ky_hieu": "2341/GKSK-TTYT", "so_cccd": "020191004418",
                                    "ngay_ban_hanh": "2025-04-03",
                                    "co_quan_ban_hanh": "TRUNG TÂM Y TẾ HUYỆN CAO LỘC",
                                    "ho_ten": "Hoàng Thị Ngân"}),
    ("hoa_don", INVOICE, {"so_ky_hieu": "00004127", "ngay_ban_hanh": "2025-05-14",
                          "co_quan_ban_hanh": "CÔNG TY TNHH MỘT THÀNH VIÊN CẤP NƯỚC SƠN LA",
                          "ho_ten": "Lò Văn Thắm"}),
    ("giay_khai_sinh", BIRTH, {"so_ky_hieu": "115", "ngay_ban_hanh": "2025-02-20",
                               "co_quan_ban_hanh": "ỦY BAN NHÂN DÂN XÃ TÂN LẬP",
                               "ho_ten": "Lương Gia Bảo", "so_cccd": "020325004419"}),
    ("don_de_nghi", APPLICATION, {"ho_ten": "Nguyễn Văn Bốn", "so_cccd": "020080004420",
                                  "ngay_ban_hanh": "2025-06-02"}),
])
def test_the_fields_a_type_carries(doc_type: str, text: str, expected: dict[str, str]) -> None:
    wanted = next(t.fields for t in load_rules().types if t.id == doc_type)
    found = extract_fields(text, doc_type, wanted)
    assert {k: v for k, v in found.items() if k != "nguoi_ky"} == expected
