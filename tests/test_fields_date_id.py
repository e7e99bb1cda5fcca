"""The date of issue (classify/fields_date.py) and the personal identification number
(classify/fields_id.py) as OCR reads papers that are not among the samples. Dates and
numbers are invented."""

from __future__ import annotations

import pytest

from classify import extract_fields


@pytest.mark.parametrize(("text", "expected"), [
    ("Hà Nội, ngày mùng 5 tháng 3 năm 2025", "2025-03-05"),
    ("Số tiền: 50.000 đồng, nộp ngày 01/03/2025\nNgày tiếp nhận: 05/03/2025", "2025-03-05"),
    ("TP. Hồ Chí Minh, ngày 05/3/2025", "2025-03-05"),
    ("Thời gian nhận hồ sơ: 08 giờ 30 phút, ngày 05 tháng 3 năm 2025\nThời gian trả kết quả: "
     "10 giờ, ngày 12 tháng 3 năm 2025", "2025-03-05"),
    ("UBND TỈNH PHÚ THỌ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\n"
     "Số: 692/TTr-TNMT Phú Thọ, ngày 14 tháng 5 năm 2025\nCăn cứ Luật Đất đai ngày 18 tháng 01 "
     "năm 2024;", "2025-05-14"),
    ("Số: 41/UBND-TNMT Hà Nội, ngày 05 tháng 3 năm 2025\nV/v thực hiện Quyết định số 15",
     "2025-03-05"),
    ("Số: 41/UBND-TNMT\nV/v thực hiện Quyết định số 15/QĐ-UBND TP. Hồ Chí Minh, ngày 05 tháng 3 "
     "năm 2025", "2025-03-05"),
    ("TP. Hồ Chí Minh, ngày 05/3/2025", "2025-03-05"),
    ("Hà Nội, ngảy 05 thảng 3 nãm 2025", "2025-03-05"),
    ("Hà Nội, ngày 5 tháng 3, năm 2025", "2025-03-05"),
    ("Căn cứ Quyết định số 15/2024/QĐ-UBND ngày 05 tháng 01 năm 2024 của UBND tỉnh\n"
     "về việc ban hành quy định\nĐà Nẵng, ngày 20 tháng 6 năm 2025", "2025-06-20"),
    # no place-and-date line: the paper's own date, not a birth date
    ("Họ và tên: Phan Thanh Bình\nNgày sinh: 17/08/1994\nNgàycấp: 20/05/2022", "2022-05-20"),
    ("Ngày, tháng, năm sinh / Date of birth: 17/08/1994\nNgày, tháng, năm / Date, month, year: "
     "20/05/2022", "2022-05-20"),
    ("Họ tên: Lò Văn Sơn Sinh ngày 12/12/1985\nNgày khám: 03/04/2025", "2025-04-03"),
])
def test_date_of_papers_not_in_the_samples(text: str, expected: str) -> None:
    assert extract_fields(text)["ngay_ban_hanh"] == expected


@pytest.mark.parametrize("text", [
    "Họ và tên: Phan Thanh Bình\nSinh ngày: 17/08/1994",
    "Ngày, tháng, năm sinh: 17/08/1994",
])
def test_no_date_of_issue_but_a_birth_date(text: str) -> None:
    assert "ngay_ban_hanh" not in extract_fields(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Số CCCD: 020091004417", "020091004417"),
    ("Số căn cước: 020091004417", "020091004417"),
    ("Số định danh: 020091004417", "020091004417"),
    ("CCCD so: 020091004417", "020091004417"),
    ("Họ và tên: Hà Văn Quý\nSố tài khoản: 102030405060\nSố CCCD: 020091004417",
     "020091004417"),
])
def test_id_number_of_papers_not_in_the_samples(text: str, expected: str) -> None:
    assert extract_fields(text)["so_cccd"] == expected


@pytest.mark.parametrize("text", [
    "Số tài khoản: 102030405060 (căn cước chủ tài khoản)",
    "Giấy phép lái xe số: 020091004417",
    "GPLX số: 020091004417",
    "Số CCCD của người nộp: chưa có\nSố tài khoản: 102030405060",
    "DANH SÁCH THÀNH VIÊN HỘ GIA ĐÌNH\nSTT Họ và tên Số định danh cá nhân Quan hệ\n"
    "1 Hà Văn Quý 020091004417 Chủ hộ\n2 Lò Thị Én 020191004418 Vợ",
    "Họ và tên Số định danh cá nhân\nHà Văn Quý 020091004417\nLò Thị Én 020191004418",
])
def test_no_id_number(text: str) -> None:
    assert "so_cccd" not in extract_fields(text)


MARRIAGE = """UBND XÃ TÂN PHÚ
GIẤY CHỨNG NHẬN KẾT HÔN
Họ, chữ đệm, tên vợ:
TRẦN THỊ MAI
Số định danh cá nhân:
083195001122
Họ, chữ đệm, tên chồng:
LÊ VĂN HÙNG
Số định danh cá nhân:
083093004455
"""


def test_the_id_number_is_that_of_the_person_the_paper_is_about() -> None:
    fields = extract_fields(MARRIAGE, "giay_chung_nhan_ket_hon")
    assert fields["so_cccd"] == {"Lê Văn Hùng": "083093004455",
                                 "Trần Thị Mai": "083195001122"}[fields["ho_ten"]]


@pytest.mark.parametrize("text", [
    # two people's numbers and no name to tell whose the paper is
    "Số CCCD người thứ nhất: 083195001122\nSố CCCD người thứ hai: 083093004455",
    # no province starts with 956 or 123: a misread digit, or not an identity number
    "Số định danh cá nhân: 956191952521",
    "Số CCCD: 123456789012",
    # a fourth digit of 4 and above is for people born from 2100: a misread 3
    "Số CCCD: 051402007618",
    # numbers near an identity label that are something else
    "Số CCCD: chưa có\nSố biên nhận: 079012345678",
    "Căn cước (số điện thoại liên hệ): 084912345678",
])
def test_no_id_number_when_it_cannot_be_the_persons(text: str) -> None:
    assert "so_cccd" not in extract_fields(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Người nộp hồ sơ: Lâm Quốc Trí\nGiấy tờ tùy thân: 072086916705", "072086916705"),
    ("Họ và tên người yêu cầu: Lâm Quốc Trí\nSố giấy tờ tùy thân: 072086916705", "072086916705"),
    # the form's own field wins over another person a sentence names
    ("Họ và tên: Đặng Thị Hoa\n2. Số định danh cá nhân: 031184524743\nTiếp giáp thửa đất của "
     "ông Đặng Văn Khuê, số định danh 031066002845, tổ dân phố Văn Đầu", "031184524743"),
    ("Họ, chữ đệm, tên người đã chết: Vũ Đình Khải\nSố định danh cá nhân: 030044184885\n"
     "Người nhận giấy: Vũ Đình Quyết (con), số định danh 030072011846", "030044184885"),
    # a sentence naming the paper's own person
    ("Tôi là bà Võ Thị Ngọc Sương, số định danh 072158813071, cư trú tại xã Hòa An",
     "072158813071"),
    # a form's boxes read as bars and brackets, before a parent's number
    ("Họ và tên: ĐOÀN TRUNG HIẾU\nSinh ngày: 09/07/2001\nCCCD:|0]5]6]2]0]1]2|2|8|0]8|0\n"
     "Họ tên bố: Đoàn Văn Lâm, sinh năm 1972, CCCD 056072009184", "056201228080"),
])
def test_id_number_by_its_form_label_or_its_persons_name(text: str, expected: str) -> None:
    assert extract_fields(text)["so_cccd"] == expected


@pytest.mark.parametrize("text", [
    # someone else's number: the head of the household, a person acted for
    "Họ và tên: Lê Thị Hằng\nSố định danh cá nhân của chủ hộ: 042071003926",
    "Họ và tên người yêu cầu: Lâm Quốc Trí\nYêu cầu thay cho: bà Võ Thị Ngọc Sương, số định "
    "danh 072158813071 (theo giấy ủy quyền)",
    # the person's own number misread, a spouse's or a parent's given in a sentence
    "Họ và tên: LÊ VĂN PHÚC\nSố định danh cá nhân: 0[5[6] 0]7]|2] [442161219]\nvà vợ: bà "
    "NGUYỄN THỊ KIM SA, sinh năm 1975, số định danh 056175885904",
    "Họ, chữ đệm, tên người yêu cầu: BÙI THỊ NGUYỆT\nSố định danh cá nhân: 2161514142)\n"
    "Cha: Đinh Quang Huy, dân tộc Kinh, số định danh 017085773508.",
])
def test_no_id_number_of_someone_else(text: str) -> None:
    assert "so_cccd" not in extract_fields(text)
