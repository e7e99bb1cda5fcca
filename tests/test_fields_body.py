"""The issuing body (classify/fields_body.py) on whole headers as OCR reads papers that are
not among the samples: a parent body above the issuing one, a name split over lines, the left
header read onto the motto's line, addressees, companies and banks, and forms a citizen
fills in. Names, numbers and places are invented."""

from __future__ import annotations

import pytest

from classify import extract_fields


def _body(text: str, doc_type: str | None = None) -> str | None:
    return extract_fields(text, doc_type).get("co_quan_ban_hanh")


@pytest.mark.parametrize(("text", "expected"), [
    # a parent body above the issuing one: the lower one issued the paper
    ("UBND TỈNH PHÚ THỌ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG Độc lập - Tự do - Hạnh phúc\n"
     "Số: 692/TTr-TNMT Phú Thọ, ngày 14 tháng 5 năm 2025\nTỜ TRÌNH\nVề việc giao đất",
     "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"),
    ("ỦY BAN NHÂN DÂN HUYỆN THANH SƠN\nPHÒNG TƯ PHÁP\nSố: 41/PTP-CT\n"
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Thanh Sơn, ngày 02 tháng 6 năm 2025\nGIẤY XÁC NHẬN", "PHÒNG TƯ PHÁP"),
    ("BỘ CÔNG AN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH Độc lập - Tự do - Hạnh phúc\nVỀ TRẬT TỰ XÃ HỘI\n"
     "Số: 1804/C06-P4 Hà Nội, ngày 09 tháng 4 năm 2025\nCÔNG VĂN",
     "CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI"),
    ("SỞ Y TẾ TỈNH LẠNG SƠN\nTRUNG TÂM Y TẾ HUYỆN CAO LỘC\nSố: 2341/GKSK-TTYT\n"
     "GIẤY KHÁM SỨC KHỎE", "TRUNG TÂM Y TẾ HUYỆN CAO LỘC"),
    # the full name with the parent's place when the paper prints it so itself
    ("ỦY BAN NHÂN DÂN TỈNH YÊN BÁI\nSỞ TƯ PHÁP\nSố: 88/GXN-STP\nGIẤY XÁC NHẬN\n"
     "Sở Tư pháp tỉnh Yên Bái xác nhận:", "SỞ TƯ PHÁP TỈNH YÊN BÁI"),
    # a name split over two lines
    ("ỦY BAN NHÂN DÂN\nPHƯỜNG BẾN THÀNH\nSố: 215/QĐ-UBND\nQUYẾT ĐỊNH",
     "ỦY BAN NHÂN DÂN PHƯỜNG BẾN THÀNH"),
    ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "PHƯỜNG BẾN THÀNH Độc lập - Tự do - Hạnh phúc\n"
     "Số: 215/QĐ-UBND TP. Hồ Chí Minh, ngày 05 tháng 3 năm 2025\nQUYẾT ĐỊNH",
     "ỦY BAN NHÂN DÂN PHƯỜNG BẾN THÀNH"),
    ("UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHỈA VIỆT NAM\n"
     "XÃ TÂN LẬP Độc lập - Tư do - Hạnh phủc\n———\nSố: 07/UBND", "UỶ BAN NHÂN DÂN XÃ TÂN LẬP"),
    ("SỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI TỈNH ĐỒNG THÁP\nSố: 310/SLĐTBXH-BTXH",
     "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐỒNG THÁP"),
    ("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH\nCÔNG TỈNH BẮC KẠN\nSố: 12/PTN", "TRUNG TÂM PHỤC VỤ HÀNH "
     "CHÍNH CÔNG TỈNH BẮC KẠN"),
    # an addressee is never the issuer
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n"
     "Số: 77/PGDĐT\nKính gửi: ỦY BAN NHÂN DÂN XÃ AN LẠC", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"),
    # a company or a bank at the top of an invoice, a receipt, a payment slip
    ("CÔNG TY TNHH THƯƠNG MẠI VÀ DỊCH VỤ HOÀNG PHÁT\nĐịa chỉ: số 18 đường Lê Lợi, phường 4\n"
     "Mã số thuế: 0312345678\nHÓA ĐƠN GIÁ TRỊ GIA TĂNG\nKý hiệu: 1C25THP Số: 00000412",
     "CÔNG TY TNHH THƯƠNG MẠI VÀ DỊCH VỤ HOÀNG PHÁT"),
    ("Đơn vị: CÔNG TY CỔ PHẦN XÂY DỰNG AN BÌNH Mẫu số 01 - TT\n"
     "Địa chỉ: 25 Trần Phú, TP. Vinh (Ban hành theo Thông tư số 200/2014/TT-BTC)\n"
     "PHIẾU THU\nQuyển số: 02 Số: 118", "CÔNG TY CỔ PHẦN XÂY DỰNG AN BÌNH"),
    ("NGÂN HÀNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN VIỆT NAM\nCHI NHÁNH HUYỆN ĐẠI TỪ\n"
     "GIẤY NỘP TIỀN VÀO NGÂN SÁCH NHÀ NƯỚC\nSố: 0004721",
     "NGÂN HÀNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN VIỆT NAM CHI NHÁNH HUYỆN ĐẠI TỪ"),
    ("HÓA ĐƠN GIÁ TRỊ GIA TĂNG\nKý hiệu: 1C25TAA Số: 0000123\n"
     "Đơn vị bán hàng: CÔNG TY TNHH MỘT THÀNH VIÊN CẤP NƯỚC SƠN LA\nMã số thuế: 5500123456\n"
     "Họ tên người mua hàng: Lò Văn Thắm", "CÔNG TY TNHH MỘT THÀNH VIÊN CẤP NƯỚC SƠN LA"),
    ("Công ty TNHH Điện lực Hải Dương\nĐịa chỉ: 33 Đại lộ Hồ Chí Minh\nHÓA ĐƠN TIỀN ĐIỆN",
     "Công ty TNHH Điện lực Hải Dương"),
    # the collector's label of a fee receipt (Nghị định 11/2020/NĐ-CP, biên lai thu phí, lệ phí)
    ("BIÊN LAI THU TIỀN PHÍ, LỆ PHÍ\nTên đơn vị thu phí, lệ phí: TRUNG TÂM PHỤC VỤ HÀNH CHÍNH "
     "CÔNG\nMã số thuế: 0101234567", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"),
    ("BIÊN LAI THU PHÍ\nĐơn vị thu phí: UBND XÃ TÂN PHÚ", "UBND XÃ TÂN PHÚ"),
    # bodies under their parent, abbreviated as counters and hospitals print them
    ("UBND TỈNH LẠNG SƠN\nTTPVHCC TỈNH LẠNG SƠN\nPHIẾU GIAO NHẬN HỒ SƠ", "TTPVHCC TỈNH LẠNG SƠN"),
    ("SỞ Y TẾ TỈNH CAO BẰNG\nBV ĐA KHOA TỈNH CAO BẰNG\nSố: 112/GCS\nGIẤY CHỨNG SINH",
     "BV ĐA KHOA TỈNH CAO BẰNG"),
    ("UBND HUYỆN BẢO LẠC\nTTYT HUYỆN BẢO LẠC\nGIẤY CHUYỂN TUYẾN", "TTYT HUYỆN BẢO LẠC"),
    # a cooperative issues its own papers; a plan's title under its name is not part of it
    ("HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP CÀ PHÊ EA TÂN\nPHƯƠNG ÁN SẢN XUẤT, KINH DOANH\n"
     "GIAI ĐOẠN 2026 - 2028", "HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP CÀ PHÊ EA TÂN"),
    ("HTX NÔNG NGHIỆP DỊCH VỤ TỔNG HỢP KRÔNG NĂNG\nSố: 05/GM-HTX\nGIẤY MỜI",
     "HTX NÔNG NGHIỆP DỊCH VỤ TỔNG HỢP KRÔNG NĂNG"),
])
def test_issuing_body_of_papers_not_in_the_samples(text: str, expected: str) -> None:
    assert _body(text) == expected


@pytest.mark.parametrize("text", [
    # a form a citizen fills in: the body it is sent to is its addressee
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐƠN ĐỀ NGHỊ\n"
    "Kính gửi:\nỦY BAN NHÂN DÂN XÃ HÒA BÌNH\nTôi là: Nguyễn Văn Bốn",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKính gửi: UBND PHƯỜNG 7\nTỜ KHAI ĐĂNG KÝ KHAI SINH",
    "Kính gửi: - ỦY BAN NHÂN DÂN HUYỆN MỸ XUYÊN\n- PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG\n"
    "ĐƠN XIN CHUYỂN MỤC ĐÍCH SỬ DỤNG ĐẤT",
    # a form confirmed by the commune: the confirmation does not make it the commune's paper
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐƠN ĐỀ NGHỊ XÁC NHẬN\nTôi là: Trần Thị Mơ\n"
    "XÁC NHẬN CỦA UBND XÃ\nTM. ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\nCHỦ TỊCH",
])
def test_no_issuing_body_for_a_citizen_s_form(text: str) -> None:
    assert _body(text) is None


def test_the_type_says_a_form_has_no_issuing_body() -> None:
    text = ("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH\nĐƠN ĐỀ NGHỊ CẤP BẢN SAO\nTôi là: Nguyễn Văn Bốn")
    wanted = ("ho_ten", "so_cccd", "ngay_ban_hanh")  # don_de_nghi in document_types.json
    assert "co_quan_ban_hanh" not in extract_fields(text, "don_de_nghi", wanted)
