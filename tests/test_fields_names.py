"""The person a paper is about (classify/names.py) as OCR reads papers that are not among the
samples: the next label on the same line, misread labels, the name on the line after its
label, the labels of real forms, and which person the type means. Names are invented."""

from __future__ import annotations

import pytest

from classify import extract_fields


def _name(text: str, doc_type: str | None = None) -> str | None:
    return extract_fields(text, doc_type).get("ho_ten")


@pytest.mark.parametrize(("text", "expected"), [
    # the next label on the same line, also misread
    ("Họ và tên: NGUYỄN THỊ THU HÀ Sinh ngảy: 04/11/1991", "Nguyễn Thị Thu Hà"),
    ("Họ và tên: Lê Văn Khánh Giói tính: Nam", "Lê Văn Khánh"),
    ("Họ và tên: Lê Văn Khánh Giới tinh: Nam", "Lê Văn Khánh"),
    ("Họ tên: ĐÀO DUY TÙNG Năm sính: 1979", "Đào Duy Tùng"),
    ("Họ và tên: Triệu Thị Mai Dân tôc: Dao", "Triệu Thị Mai"),
    ("Họ và tên: Hà Văn Quý Quốc tich: Việt Nam", "Hà Văn Quý"),
    ("Họ và tên: Hà Văn Quý CCCD so: 020091004417", "Hà Văn Quý"),
    ("Họ và tên: Hà Văn Quý Số CCCD/CMND: 020091004417", "Hà Văn Quý"),
    ("Họ và tên: Hà Văn Quý Nghề nghiệp: Làm ruộng", "Hà Văn Quý"),
    ("Họ và tên: Hà Văn Quý Chỗ ở hiện nay: thôn 3", "Hà Văn Quý"),
    ("Họ và tên: HÀ VĂN QUÝ NGÀY SINH: 02/02/1980", "Hà Văn Quý"),
    ("Họ và tên: Hà Văn Quý Nam/Nữ: Nam", "Hà Văn Quý"),
    # the name on the line after its label
    ("Họ tên/Full name:\nPHAN THANH BÌNH\nNgày sinh/Date of birth: 17/08/1994", "Phan Thanh Bình"),
    ("Họ và tên / Full name\nPHAN THANH BÌNH", "Phan Thanh Bình"),
    ("Họ, chữ đệm và tên khai sinh\nLƯƠNG THỊ NỞ", "Lương Thị Nở"),
    # the labels of real forms
    ("Tên người nộp tiền: Bế Văn Đàn", "Bế Văn Đàn"),
    ("Họ và tên người nộp: Trương Công Định Địa chỉ: xã Bình Sơn", "Trương Công Định"),
    ("Tôi là: Mã Thị Hoa", "Mã Thị Hoa"),
    ("Tôi là Mã Thị Hoa, sinh năm 1968", "Mã Thị Hoa"),
    ("Cho: Ông Lường Văn Pọm", "Lường Văn Pọm"),
    ("Cấp cho: Bà Hoàng Thị Lụa", "Hoàng Thị Lụa"),
    ("Tên (viết chữ in hoa): VŨ MINH TRÍ", "Vũ Minh Trí"),
    ("Người đề nghị: Ông Tô Văn Ba", "Tô Văn Ba"),
    ("Bên ủy quyền (Bên A):\nÔng: Quách Văn Tài, sinh năm 1960", "Quách Văn Tài"),
    ("Ông/Bà: Kiều Thị Duyên", "Kiều Thị Duyên"),
    ("Ông/ Bà: Kiều Thị Duyên", "Kiều Thị Duyên"),
    # the person the type means
    ("Họ và tên mẹ: Tăng Thị Liên\nHọ và tên cha: Mạc Văn Hòa\nHọ và tên con: Mạc Gia Huy",
     "Mạc Gia Huy"),
    ("Họ, chữ đệm, tên người mẹ: TĂNG THỊ LIÊN\nHọ, chữ đệm, tên: MẠC GIA HUY", "Mạc Gia Huy"),
    ("BÊN A (BÊN CHO THUÊ): Ông Nông Văn Sáu\nBÊN B (BÊN THUÊ): Bà Lý Thị Bảy", "Nông Văn Sáu"),
])
def test_name_on_papers_not_in_the_samples(text: str, expected: str) -> None:
    assert _name(text) == expected


@pytest.mark.parametrize("text", [
    "Cán bộ tiếp nhận: Nguyễn Thị Huệ",
    "Người thu tiền: Nông Thị Hằng",
    "Kính gửi: Ông Chủ tịch Ủy ban nhân dân xã",
])
def test_no_name(text: str) -> None:
    assert _name(text) is None
