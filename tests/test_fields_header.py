"""Fields as OCR reads the header of Nghị định 30/2020/NĐ-CP (Phụ lục I) and the labels of real
forms: the agency's block read onto one line with the motto or the number, the numbers of
registers and certificates ("Số CC:", "Số CS 123456"), numbers that are no số/ký hiệu (a
telephone), the applicant who signs a form that labels no one else, and identity numbers whose
label speaks of another paper. Names, numbers and places are invented."""

from __future__ import annotations

import pytest

from classify import extract_fields

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


@pytest.mark.parametrize(("text", "expected"), [
    # the agency and the number read onto one line
    ("SỞ TƯ PHÁP Số: 41/PTP-CT\n" + _MOTTO + "QUYẾT ĐỊNH", "SỞ TƯ PHÁP"),
    ("UBND HUYỆN KIM SƠN\nPHÒNG TƯ PHÁP Số: 41/PTP-CT\nTHÔNG BÁO", "PHÒNG TƯ PHÁP"),
    ("ỦY BAN NHÂN DÂN\nXÃ TÂN HƯNG SỐ: 15/UBND\nGIẤY XÁC NHẬN", "ỦY BAN NHÂN DÂN XÃ TÂN HƯNG"),
    # the two blocks side by side, the motto on both lines
    ("UBND TỈNH NINH BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "SỞ Y TẾ Độc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-SYT Ninh Bình, ngày 3 tháng 4 năm 2025\n"
     "QUYẾT ĐỊNH", "SỞ Y TẾ"),
])
def test_agency_block_read_beside_the_number_or_motto(text: str, expected: str) -> None:
    assert extract_fields(text).get("co_quan_ban_hanh") == expected


@pytest.mark.parametrize("text", [
    "Số CMND: 123456789\nHọ và tên: Vi Văn Tài",
    "Số: /QĐ-UBND\nDỰ THẢO",
    "SỐ CCCD: 036190001234",
])
def test_a_number_s_label_is_no_agency(text: str) -> None:
    assert "co_quan_ban_hanh" not in extract_fields(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a certificate's series and number without a colon
    ("GIẤY CHỨNG NHẬN\nSố CS 123456", "CS123456"),
    ("Số AĐ 0712345\nGIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT", "AĐ0712345"),
    # a notarial or attestation register's number
    ("VĂN PHÒNG CÔNG CHỨNG HÒA BÌNH\nSố CC: 1234/2025/CC-SCC", "1234/2025/CC-SCC"),
    ("Số chứng thực: 563 Quyển số: 02/2025-SCT/BS", "563"),
    # the register numbers of a civil-status extract (Thông tư 04/2020/TT-BTP)
    ("TRÍCH LỤC KHAI SINH\nSố: 125/TLKS-BS\nQuyển số: 02", "125/TLKS-BS"),
    ("Quyển số: 02/2025\nSố: 15", "15"),
    # the header's own number whatever follows on the line
    ("Số: 0123/TB-CAX Cẩm Bình, ngày 1 tháng 2 năm 2025", "0123/TB-CAX"),
    ("Số: 123/2025/QĐ-UBND", "123/2025/QĐ-UBND"),
    ("Số 45/GCN", "45/GCN"),
])
def test_register_and_certificate_numbers(text: str, expected: str) -> None:
    assert extract_fields(text).get("so_ky_hieu") == expected


@pytest.mark.parametrize("text", [
    "Số: 0912345678",
    "Số điện thoại: 0912345678\nSố tài khoản: 1903 4567 8910",
    "Mã số hồ sơ: 000.00.01.H01-250101-0001",
    "Mã số thuế: 0109876543",
    "Số tài khoản: 1903456789",
])
def test_no_phone_account_or_dossier_code_for_a_number(text: str) -> None:
    assert "so_ky_hieu" not in extract_fields(text)


@pytest.mark.parametrize(("text", "expected"), [
    # the applicant signs a form that labels no one
    ("ĐƠN ĐỀ NGHỊ\nKính gửi: UBND xã Yên Hòa\nTôi đề nghị được cấp bản sao.\n"
     "NGƯỜI LÀM ĐƠN\n(Ký, ghi rõ họ tên)\nNguyễn Văn Tám", "Nguyễn Văn Tám"),
    ("BẢN CAM KẾT\nNgười cam kết\n(ký và ghi rõ họ tên)\n\nLÊ THỊ HOA", "Lê Thị Hoa"),
    # a labelled person comes first
    ("ĐƠN ĐỀ NGHỊ\nHọ và tên: Hà Văn Sơn\nNGƯỜI LÀM ĐƠN\n(Ký, ghi rõ họ tên)\nHà Sơn",
     "Hà Văn Sơn"),
])
def test_the_applicant_who_signs(text: str, expected: str) -> None:
    assert extract_fields(text).get("ho_ten") == expected


@pytest.mark.parametrize("text", [
    # an official signs for a body: not the person the paper is about
    "QUYẾT ĐỊNH\nĐiều 1. Phê duyệt kế hoạch.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Tám",
    "THÔNG BÁO\nGIÁM ĐỐC\n(Ký, ghi rõ họ tên)\nNguyễn Văn Tám",
    # two signers side by side: no one in particular
    "BIÊN BẢN\nNGƯỜI GIAO NGƯỜI NHẬN\n(Ký, ghi rõ họ tên) (Ký, ghi rõ họ tên)\nLê Văn A Trần Thị B",
])
def test_an_official_signer_is_no_person(text: str) -> None:
    assert "ho_ten" not in extract_fields(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Họ, chữ đệm, tên người được giám hộ: ĐINH THỊ HOA", "Đinh Thị Hoa"),
    ("Hộ ông/bà: Lường Văn Hặc\nĐịa chỉ thửa đất: thôn Bản Chang", "Lường Văn Hặc"),
    ("Ông (bà): Mạc Văn Đông Năm sinh: 1962", "Mạc Văn Đông"),
    ("BÊN ỦY QUYỀN (Bên A):\nÔng: Vũ Đức Thành\nBÊN ĐƯỢC ỦY QUYỀN (Bên B):\nBà: Vũ Thị Lan",
     "Vũ Đức Thành"),
    ("Người sử dụng đất:\nÔng: NGUYỄN VĂN TÂM, sinh năm 1970", "Nguyễn Văn Tâm"),
])
def test_labels_of_civil_status_land_and_proxy_forms(text: str, expected: str) -> None:
    assert extract_fields(text).get("ho_ten") == expected


@pytest.mark.parametrize("text", [
    "Mã định danh hồ sơ: 000000012345",
    "CCCD kèm theo. Mã số BHXH: 001090012345",
    "Căn cước công dân: đã xuất trình\nSố biên nhận: 001090012345",
    "CCCD: chưa có; Mã số doanh nghiệp 001090012345",
    "Số tài khoản (CCCD): 001090012345",
])
def test_a_number_labelled_as_another_paper_s_is_no_cccd(text: str) -> None:
    assert "so_cccd" not in extract_fields(text)


@pytest.mark.parametrize("text", [
    "Số định danh cá nhân: 001090012345",
    "Số CCCD: 001090012345",
    "CCCD số: 001090012345",
    "Căn cước công dân số 001090012345",
    "Số căn cước: 001090012345",
    "CMND/CCCD: 001090012345",
])
def test_labels_of_a_personal_identification_number(text: str) -> None:
    assert extract_fields(text).get("so_cccd") == "001090012345"


def test_the_appointment_date_is_no_date_of_issue() -> None:
    receipt = ("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ\n"
               "Ngày hẹn trả kết quả: 20/06/2025\nNhận hồ sơ lúc 9 giờ 10, 06/06/2025")
    assert extract_fields(receipt).get("ngay_ban_hanh") == "2025-06-06"


@pytest.mark.parametrize(("text", "expected"), [
    # the marks of capitals misread on the fixed words of a body's name
    ("UỸ BAN NHẢN DÂN\nPHƯỜNG HÒA BÌNH\n" + _MOTTO + "GIẤY XÁC NHẬN",
     "ỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH"),
    ("UBND HUYỆN KIM SƠN\nPHÒNG TÁI NGUYÊN VÀ MÔI TRƯỜNG\n" + _MOTTO + "THÔNG BÁO",
     "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG"),
    # a place name as the paper prints it in sentence case
    ("ỦY BAN NHÂN DÂN\nXÃ CẨM BỈNH\n" + _MOTTO + "GIẤY XÁC NHẬN\nCẩm Bình, ngày 2 tháng 5 năm 2025",
     "ỦY BAN NHÂN DÂN XÃ CẨM BÌNH"),
    # the old placement of a tone, a faint print read without marks, a place called Phong
    ("UỶ BAN NHÂN DÂN\nXÃ TÂN LẬP\n" + _MOTTO + "THÔNG BÁO", "UỶ BAN NHÂN DÂN XÃ TÂN LẬP"),
    ("UY BAN NHAN DAN\nXA TAN LAP\n" + _MOTTO + "THÔNG BÁO", "UY BAN NHAN DAN XA TAN LAP"),
    ("UBND XÃ PHONG ĐIỀN\n" + _MOTTO + "THÔNG BÁO", "UBND XÃ PHONG ĐIỀN"),
    ("CHI CỤC QUẢN LÝ THỊ TRƯỜNG\n" + _MOTTO + "THÔNG BÁO", "CHI CỤC QUẢN LÝ THỊ TRƯỜNG"),
    # the fixed words a name starts with, never those of the proper name after them
    ("CÔNG TY TNHH PHONG PHÚ\n" + _MOTTO + "HÓA ĐƠN", "CÔNG TY TNHH PHONG PHÚ"),
    ("CHI CỤC THUÊ KHU VỰC ĐỒNG XOÀI\n" + _MOTTO + "THÔNG BÁO", "CHI CỤC THUẾ KHU VỰC ĐỒNG XOÀI"),
])
def test_a_body_s_name_is_spelt_as_it_is(text: str, expected: str) -> None:
    assert extract_fields(text).get("co_quan_ban_hanh") == expected


def test_an_eth_read_for_d_with_stroke() -> None:
    assert extract_fields("Số: 12/QÐ-UBND").get("so_ky_hieu") == "12/QĐ-UBND"


@pytest.mark.parametrize(("text", "expected"), [
    # the marks of a family name and of "Thị" misread in capitals
    ("Họ, chữ đệm, tên: NGUYÊN THI HOA", "Nguyễn Thị Hoa"),
    ("Họ và tên: TRÂN ĐỨC MINH Giới tính: Nam", "Trần Đức Minh"),
    ("Họ và tên: Đăng Hữu Phước", "Đặng Hữu Phước"),
    # names the letters leave open, or read without any mark
    ("Họ và tên: LƯƠNG VĂN PỢM", "Lương Văn Pợm"),
    ("Họ và tên: LƯỜNG VĂN PỢM", "Lường Văn Pợm"),
    ("Họ và tên: NGUYEN VAN AN", "Nguyen Van An"),
    ("Họ và tên: Nguyễn Vân Anh", "Nguyễn Vân Anh"),
])
def test_a_name_s_common_words_are_spelt_as_they_are(text: str, expected: str) -> None:
    assert extract_fields(text).get("ho_ten") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("UBND TỈNH QUÀNG NAM\nSỞ Y TẾ\n" + _MOTTO + "THÔNG BÁO", "SỞ Y TẾ"),
    ("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH BÌNH ĐINH\n" + _MOTTO + "PHIẾU TIẾP NHẬN",
     "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH BÌNH ĐỊNH"),
    ("CHI CỤC THUẾ TỈNH THANH HOÁ\n" + _MOTTO + "THÔNG BÁO", "CHI CỤC THUẾ TỈNH THANH HOÁ"),
])
def test_a_province_s_name_is_spelt_as_it_is(text: str, expected: str) -> None:
    assert extract_fields(text).get("co_quan_ban_hanh") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Cẩm Bình, ngày 05 thảng 6 nărn 2025", "2025-06-05"),
    ("Số: 15/UBND Hòa Bình, ngày 2 tháng 5 năm 2025", "2025-05-02"),
])
def test_the_place_and_date_line_as_ocr_reads_it(text: str, expected: str) -> None:
    assert extract_fields(text).get("ngay_ban_hanh") == expected


def test_a_decision_s_symbol_whose_stroke_ocr_lost() -> None:
    assert extract_fields("Số: 12/QD-UBND").get("so_ky_hieu") == "12/QĐ-UBND"
    assert extract_fields("Số: 12/HD-UBND").get("so_ky_hieu") == "12/HD-UBND"


@pytest.mark.parametrize(("text", "expected"), [
    # the land certificate of Thông tư 10/2024/TT-BTNMT, a construction permit's application
    ("1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất:\nÔng NGUYỄN VĂN AN, năm sinh 1970",
     "Nguyễn Văn An"),
    ("Tên tổ chức, cá nhân đề nghị: Lê Văn Tú", "Lê Văn Tú"),
    ("Chủ đầu tư: Ông Lê Văn Tú", "Lê Văn Tú"),
    ("Tên tổ chức/cá nhân: CÔNG TY TNHH AN PHÁT\nĐịa chỉ: Hà Nội", None),
])
def test_labels_of_land_and_construction_papers(text: str, expected: str | None) -> None:
    assert extract_fields(text).get("ho_ten") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Thủ tục: Đăng kỷ khai sính", "Đăng ký khai sinh"),
    ("Thủ tục: ĐĂNG KÝ KẾT HỐN", "ĐĂNG KÝ KẾT HÔN"),
    ("Thủ tục: Dang ky khai sinh", "Dang ky khai sinh"),
])
def test_a_procedure_s_name_is_spelt_as_the_procedures_spell_it(text: str, expected: str) -> None:
    assert extract_fields(text, "phieu_tiep_nhan").get("thu_tuc") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the year of birth beside the number: century and year digits agree, or OCR misread one
    ("Ngày sinh: 12/05/1990\nSố CCCD: 001090012345", "001090012345"),
    ("Ngày sinh: 12/05/1990\nSố CCCD: 001080012345", None),
    ("Ngày sinh: 03/02/2005\nSố định danh cá nhân: 001305012345", "001305012345"),
    # the only number is the mother's, the child's is not printed
    ("Họ, chữ đệm, tên: Lê Văn Bé\nHọ, chữ đệm, tên mẹ: Trần Thị Hoa\n"
     "Số định danh cá nhân: 001190012345", None),
])
def test_a_number_that_is_not_the_person_s(text: str, expected: str | None) -> None:
    assert extract_fields(text).get("so_cccd") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the place's last syllable wrapped onto a line of its own
    ("ỦY BAN NHÂN DÂN HUYỆN AN\nPHÚ\nSố: 125/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "An Phú, ngày 20 tháng 4 năm 2025\nQUYẾT ĐỊNH", "ỦY BAN NHÂN DÂN HUYỆN AN PHÚ"),
    ("ỦY BAN NHÂN DÂN XÃ HÒA\nAN\nSố: 12/QĐ-UBND\nHòa An, ngày 3 tháng 3 năm 2026\nQUYẾT ĐỊNH",
     "ỦY BAN NHÂN DÂN XÃ HÒA AN"),
    # a stray mark under the header is no part of it
    ("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ\nTÂ\nSố: 7/QĐ-UBND\nTân Phú, ngày 3 tháng 3 năm 2026\n"
     "QUYẾT ĐỊNH", "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ"),
])
def test_a_place_name_wrapped_in_the_header(text: str, expected: str) -> None:
    assert extract_fields(text, "quyet_dinh")["co_quan_ban_hanh"] == expected
