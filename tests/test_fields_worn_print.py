"""Fields and titles of papers whose print is worn, faint or photocopied, written out by hand in
the wordings of real forms: figures OCR reads as the letters they look like (a round "o" for
0, a stroke "I" or "l" for 1) in a paper's number, its dates and a personal identification
number (classify/fields_number.py, classify/fields_date.py, classify/fields_id.py); a driving
licence's and a passport's own numbers, a card's "Mã số"; a death date that is no date of
issue; the fields each type carries (classify/data/document_types.json); and titles OCR read
short of a word, run together or in two tongues (classify/titles.py). Names, numbers and
places are invented."""

from __future__ import annotations

import pytest

from classify import extract_fields, load_rules


def _field(text: str, key: str, doc_type: str | None = None) -> str | None:
    return extract_fields(text, doc_type).get(key)


@pytest.mark.parametrize(("text", "expected"), [
    ("UBND XÃ TÂN HƯNG\nĐOÀN KIỂM TRA LIÊN NGÀNH\nSố: o8/BB-ĐKT\nBIÊN BẢN", "08/BB-ĐKT"),
    ("ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC TRỌNG\nSố: 1O5/QĐ-UBND\nQUYẾT ĐỊNH", "105/QĐ-UBND"),
    ("SỞ Y TẾ\nTRUNG TÂM Y TẾ HUYỆN\nSố:2l/GKSK-TTYT", "21/GKSK-TTYT"),
])
def test_number_whose_figures_ocr_read_as_letters(text: str, expected: str) -> None:
    assert _field(text, "so_ky_hieu") == expected


def test_driving_licence_number_of_twelve_figures_is_its_own() -> None:
    licence = ("GIẤY PHÉP LÁI XE / DRIVER'S LICENSE\nSố/No: 790153418726\n"
               "Họ tên/Full name: NGUYỄN VĂN AN\nNgày sinh/Date of Birth: 02/05/1990")
    assert _field(licence, "so_ky_hieu", "giay_phep") == "790153418726"
    card = ("CĂN CƯỚC CÔNG DÂN\nSố / No.: 079090012345\nHọ và tên / Full name: NGUYỄN VĂN AN")
    assert _field(card, "so_ky_hieu", "ban_sao_cccd") is None


def test_code_of_a_card_or_an_enterprise_only_on_the_papers_it_files() -> None:
    card = ("BẢO HIỂM XÃ HỘI VIỆT NAM\nTHẺ BẢO HIỂM Y TẾ\nMã số: HS4797912345678\n"
            "Họ và tên: LÊ VĂN AN")
    assert _field(card, "so_ky_hieu", "the_bhyt") == "HS4797912345678"
    certificate = ("GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP\nCÔNG TY TNHH\n"
                   "Mã số doanh nghiệp: 0401234567\nĐăng ký lần đầu: ngày 05 tháng 3 năm 2020")
    assert _field(certificate, "so_ky_hieu", "gcn_dang_ky_doanh_nghiep") == "0401234567"
    receipt = ("GIẤY BIÊN NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ\nTên doanh nghiệp: CÔNG TY TNHH AN PHÚ\n"
               "Mã số doanh nghiệp: 0401234567\nMã số thuế: 0401234567")
    assert _field(receipt, "so_ky_hieu", "phieu_tiep_nhan") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("HỘ CHIẾU / PASSPORT\nSố hộ chiếu/Passport No.: C1234567\nHọ và tên/Full name: LÊ AN",
     "C1234567"),
    ("PASSPORT\nPassport No.: P1234567A\nSurname: SANTOS", "P1234567A"),
])
def test_passport_number(text: str, expected: str) -> None:
    assert _field(text, "so_ky_hieu", "ho_chieu") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Họ và tên: Lê Văn An\nSố định danh cá nhân: o79o88073403\nNơi cư trú: xã An Phú",
     "079088073403"),
    ("Tên tôi là: Trần Thị Bình\nSố CCCD: OI9O88073403\nNơi cư trú: xã An Phú", "019088073403"),
    ("Họ và tên: Lê Văn An\nSố định danh cá nhân: 0790880734o3; hộ chiếu số C1234567",
     "079088073403"),
])
def test_personal_number_whose_figures_ocr_read_as_letters(text: str, expected: str) -> None:
    assert _field(text, "so_cccd", "don_de_nghi") == expected


def test_personal_number_read_through_letters_only_when_most_are_figures() -> None:
    read = "Họ và tên: Lê Văn An\nSố định danh cá nhân: 07909oo12345\nNơi cư trú: xã An Phú"
    assert _field(read, "so_cccd", "don_de_nghi") == "079090012345"
    text = "Họ và tên: Lê Văn An\nSố định danh cá nhân: oo7ooiloollo\nNơi cư trú: xã An Phú"
    assert _field(text, "so_cccd", "don_de_nghi") is None
    spaced = "Họ và tên: Lê Văn An\nSố định danh cá nhân: o79 o88 o73 4o3\nNơi cư trú: xã An"
    assert _field(spaced, "so_cccd", "don_de_nghi") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("BIÊN BẢN KIỂM TRA\nHôm nay, vào lúc 9 giờ ngày 17/3/2o26, tại trụ sở UBND xã", "2026-03-17"),
    ("TRÍCH LỤC\nNơi đăng ký: UBND xã An Phú, ngày o2/3⁄2o26", "2026-03-02"),
    ("Bắc Ninh, ngày 11 tháng 3 năm 202ố\nNgười đề nghị", "2026-03-11"),
    ("Đà Lạt, ngày 2 tháng : 3 năm 2026\nNgười làm đơn", "2026-03-02"),
])
def test_date_whose_figures_ocr_read_as_letters(text: str, expected: str) -> None:
    assert _field(text, "ngay_ban_hanh") == expected


def test_death_date_is_no_date_of_issue() -> None:
    text = ("TRÍCH LỤC KHAI TỬ\nHọ, chữ đệm, tên người đã chết: LÊ VĂN AN\n"
            "Đã chết vào lúc: 04 giờ 20 phút, ngày 02/3/2026\nNơi chết: tại nhà")
    assert _field(text, "ngay_ban_hanh") is None


def test_types_carry_the_numbers_their_forms_print() -> None:
    rules = load_rules()
    fields = {t.id: set(t.fields) for t in rules.types}
    for doc_type in ("quyet_dinh", "phieu_tu_choi", "phieu_xin_loi", "giay_gioi_thieu"):
        assert "so_cccd" in fields[doc_type], doc_type
    for doc_type in ("giay_kham_suc_khoe", "danh_sach"):
        assert "so_ky_hieu" in fields[doc_type], doc_type
    refusal = ("UBND XÃ AN PHÚ\nBỘ PHẬN MỘT CỬA\nPHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ\n"
               "Ông: Lê Văn An Số định danh: 079090012345\nLý do: hồ sơ thiếu giấy tờ")
    page = rules.classify_page(refusal)
    assert page.doc_type == "phieu_tu_choi"
    found = rules.classify_document([refusal], [page]).fields
    assert found.get("so_cccd") == "079090012345"


@pytest.mark.parametrize(("text", "expected"), [
    # a card under the social insurance agency's name, a letter of it misread
    ("BẢO HIẾM XÃ HỘI VIỆT NAM\nTHẺ BẢO HIỂM Y TẾ\nMã số: HS4797912345678\n"
     "Họ và tên: LÊ VĂN AN", "the_bhyt"),
    # a foreign passport: its name in its country's tongue first
    ("REPUBLIC OF ELBONIA\nPASAPORTE / PASSPORT\nSurname: SANTOS\nGiven names: MARIA\n"
     "Date of birth: 01 JAN 1990\nDate of expiry: 01 JAN 2030", "ho_chieu"),
    # an application form titled by what it asks, the words run together by OCR
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "ĐỀNGHỊ HƯỞNG TRỢ CẤP THẤT NGHIỆP\nKính gửi: Trung tâm Dịch vụ việc làm", "don_de_nghi"),
    # a civil-status form whose first word OCR lost: a guess, reviewed
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "KHAI ĐĂNG KÝ KHAI SINH\nKính gửi: Ủy ban nhân dân xã An Phú", "don_de_nghi"),
])
def test_titles_of_worn_or_foreign_papers(text: str, expected: str) -> None:
    assert load_rules().classify_page(text).doc_type == expected


def test_birth_date_of_another_person_on_the_next_line_does_not_refute_the_number() -> None:
    receipt = ("GIẤY BIÊN NHẬN HỒ SƠ\nNgười yêu cầu: Lò Văn An\nSố định danh: 014091165631\n"
               "Người được nhận là con: Lò Thị Bình, sinh ngày: 09/07/2022\nMẹ của trẻ: Lê Thị Cúc")
    assert _field(receipt, "so_cccd") == "014091165631"
    misread = ("Họ và tên: Lò Văn An\nSố định danh cá nhân: 014071165631\nNgày sinh: 02/03/1991")
    assert _field(misread, "so_cccd") is None


def test_passport_number_beside_other_labels_on_its_line() -> None:
    page = ("PASAPORTE / PASSPORT\nType: P Code: ELB Passport No.: P7654321B\nSurname: SANTOS")
    assert _field(page, "so_ky_hieu", "ho_chieu") == "P7654321B"
