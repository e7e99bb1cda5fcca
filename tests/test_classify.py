from __future__ import annotations

from datetime import date

from classify import extract_fields, load_rules

DECISION = """ỦY BAN NHÂN DÂN
HUYỆN VỊ XUYÊN
Số: 1234/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Giang, ngày 12 tháng 3 năm 2025
QUYẾT ĐỊNH
Về việc cấp giấy chứng nhận quyền sử dụng đất
CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN VỊ XUYÊN
Căn cứ Luật Đất đai; xét đề nghị của ông Trần Văn Bình, CCCD số 002085001234"""

RECEIPT = """TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH HÀ GIANG
PHIẾU TIẾP NHẬN VÀ HẸN TRẢ KẾT QUẢ
Mã hồ sơ: 000.00.12.H19-261121-0001
Tên thủ tục hành chính: Đăng ký khai sinh
Họ và tên người nộp: Lê Thị Mai
Danh mục giấy tờ: Giấy khai sinh (bản sao); Tờ khai đăng ký khai sinh"""


def test_title_line_decides_the_type() -> None:
    rules = load_rules()
    assert rules.classify_page(DECISION).doc_type == "quyet_dinh"
    assert rules.classify_page(RECEIPT).doc_type == "phieu_tiep_nhan"
    assert rules.classify_page("Điều 4. Cam kết của các bên\nCác bên cam kết").doc_type is None


def test_head_noun_of_the_title_wins_over_the_document_it_names() -> None:
    rules = load_rules()
    application = ("Mẫu số 10/ĐK\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                   "ĐƠN ĐỀ NGHỊ CẤP ĐỔI GIẤY CHỨNG NHẬN\nQUYỀN SỬ DỤNG ĐẤT\n"
                   "Kính gửi: Văn phòng đăng ký đất đai tỉnh Cà Mau")
    assert rules.classify_page(application).doc_type == "don_de_nghi"
    certificate = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                   "GIẤY CHỨNG NHẬN\nQUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở\n"
                   "I. Người sử dụng đất")
    assert rules.classify_page(certificate).doc_type == "giay_chung_nhan_qsdd"


def test_continuation_pages_join_the_previous_document() -> None:
    rules = load_rules()
    pages = [rules.classify_page(t) for t in (RECEIPT, DECISION, "Điều 2. Thi hành")]
    assert rules.group(pages) == [[0], [1, 2]]


def test_fields_of_a_decision() -> None:
    fields = extract_fields(DECISION)
    assert fields["so_ky_hieu"] == "1234/QĐ-UBND"
    assert fields["ngay_ban_hanh"] == "2025-03-12"
    assert fields["co_quan_ban_hanh"] == "ỦY BAN NHÂN DÂN HUYỆN VỊ XUYÊN"
    assert fields["so_cccd"] == "002085001234"


def test_fields_of_a_receipt() -> None:
    fields = extract_fields(RECEIPT)
    assert fields["ma_ho_so"] == "000.00.12.H19-261121-0001"
    assert fields["thu_tuc"] == "Đăng ký khai sinh"
    assert fields["ho_ten"] == "Lê Thị Mai"


def test_retention_schedule_covers_every_type_and_cites_a_source() -> None:
    rules = load_rules()
    for t in rules.types:
        cls = rules.retention_for(t.id)
        assert cls.legal_source
    assert rules.retention_for("giay_khai_sinh").retain_until(date(2026, 1, 1)) is None
    assert rules.retention_for("bien_lai_thu_phi").retain_until(date(2024, 2, 29)) == date(
        2034, 2, 28
    )


def test_a_title_with_a_misread_letter_still_names_its_type() -> None:
    rules = load_rules()
    misread = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nGIẤY CHỨNG NHẬN\n"
               "QUYỂẾN SỬ DỤNG ĐẤT, QUYẾN SỞ HỮU NHÀ Ở\nI. Người sử dụng đất")
    assert rules.classify_page(misread).doc_type == "giay_chung_nhan_qsdd"
    # short patterns must match exactly: "HỢP ĐỒNG" is not read into "HỢP ĐÔI"
    assert rules.classify_page("GHI CHÚ\nHỢP ĐÔI\nNội dung").doc_type is None


def test_a_procedure_keeps_its_documents_as_long_as_its_records() -> None:
    rules = load_rules()
    # a power of attorney is a 10-year paper, but in a birth registration it is part of the
    # civil-status dossier, kept permanently
    assert rules.retention_for("giay_uy_quyen").years == 10
    in_birth = rules.retention_for("giay_uy_quyen", "Đăng ký khai sinh")
    assert in_birth.id == "ho_tich" and in_birth.years is None and in_birth.verified
    assert rules.retention_for("giay_uy_quyen", "Dang ky lai khai sinh").id == "ho_tich"
    in_land = rules.retention_for("ban_sao_cccd", "Cấp đổi Giấy chứng nhận quyền sử dụng đất")
    assert in_land.id == "dat_dai" and not in_land.verified
    # a procedure never shortens: a land certificate in a building permit stays permanent
    assert rules.retention_for("giay_chung_nhan_qsdd", "Cấp giấy phép xây dựng nhà ở riêng lẻ"
                               ).years is None
    assert rules.retention_for("bien_lai_thu_phi", "Cấp giấy phép xây dựng nhà ở riêng lẻ"
                               ).id == "ke_toan"
