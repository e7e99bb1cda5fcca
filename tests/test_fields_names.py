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
    # "Số" before a word of the name is one of its syllables, not the label
    ("Họ và tên: THẠCH THỊ SÔ PHIA Số CCCD: 094199949036", "Thạch Thị Sô Phia"),
    ("Họ và tên: THẠCH THỊ SỐ PHIA", "Thạch Thị Sô Phia"),  # its tone misread, restored
    ("Họ và tên: THẠCH THỊ SỐ CCCD: 094199949036", "Thạch Thị"),
    ("Họ và tên: Hà Văn Quý Số 12 đường Lê Lợi", "Hà Văn Quý"),
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
    # labels of the forms of Thông tư 04/2020/TT-BTP and the one-stop receipts
    ("Họ, chữ đệm, tên người yêu cầu: NGUYỄN VĂN AN", "Nguyễn Văn An"),
    ("Họ và tên người nộp hồ sơ: TRẦN THỊ BÍCH Số điện thoại: 0912345678", "Trần Thị Bích"),
    ("Ông (bà): Lê Hoàng Phúc Năm sinh: 1980", "Lê Hoàng Phúc"),
    ("Ông(bà): Lê Hoàng Phúc", "Lê Hoàng Phúc"),
    ("Ông, bà: Lê Hoàng Phúc", "Lê Hoàng Phúc"),
    ("Ông/bà (1): Lê Hoàng Phúc", "Lê Hoàng Phúc"),
    ("Tên tôi là Phạm Minh Tuấn, sinh năm 1975", "Phạm Minh Tuấn"),
    ("Tôi tên là PHẠM MINH TUẤN Giới tính: Nam", "Phạm Minh Tuấn"),
    ("Người đại diện theo pháp luật: Đỗ Văn Cường Chức danh: Giám đốc", "Đỗ Văn Cường"),
    ("Chủ hộ: Vương Văn Hùng", "Vương Văn Hùng"),
    ("Người được ủy quyền: Hồ Thị Mai", "Hồ Thị Mai"),
    ("Họ và tên: Nguyễn Văn Lan CCCD số 001190012345", "Nguyễn Văn Lan"),
    ("Họ và tên: Nguyễn Văn Lan Ngày, tháng, năm sinh: 1/1/1990", "Nguyễn Văn Lan"),
    # a table's row read as one line, its rule lost or read as a bar
    ("Họ và tên | Nguyễn Thị Lan", "Nguyễn Thị Lan"),
    ("Họ và tên VŨ ĐỨC ANH Giới tính Nam", "Vũ Đức Anh"),
    ("Họ và tên người nộp NGUYỄN VĂN ĐẠT", "Nguyễn Văn Đạt"),
    ("Họ, chữ đệm, tên Hoàng Thị Thu", "Hoàng Thị Thu"),
    # a person's label cell without its colon, the name in the next cell
    ("Người nộp\nBà ĐINH THỊ HẢI YẾN\nSố lượng\n01 bộ", "Đinh Thị Hải Yến"),
    ("Người nộp hồ sơ Nguyễn Văn An Địa chỉ: thôn 2", "Nguyễn Văn An"),
    ("Người yêu cầu cấp Phiếu lý lịch tư pháp: Nguyễn Văn An", "Nguyễn Văn An"),
    # two names side by side in a form's row (bên nữ, bên nam): the first; one long name whole
    ("Họ, chữ đệm, tên NGUYỄN THỊ HOA TRẦN VĂN BÌNH", "Nguyễn Thị Hoa"),
    ("Họ, chữ đệm, tên: Nguyễn Thị Thu Hà Trần Văn Bình", "Nguyễn Thị Thu Hà"),
    ("Họ và tên: Tôn Nữ Thị Ngọc Hạnh", "Tôn Nữ Thị Ngọc Hạnh"),
    ("Họ và tên: Nguyễn Ngọc Hoàng Anh", "Nguyễn Ngọc Hoàng Anh"),
    # the name on the line below its label, the next label after it
    ("Họ và tên:\nNguyễn Thị Lan Sinh ngày: 01/01/1990", "Nguyễn Thị Lan"),
    ("Họ và tên người nộp hồ sơ:\nNGUYỄN VĂN LAN Số CCCD: 001190012345", "Nguyễn Văn Lan"),
    # the person the type means
    ("Họ và tên mẹ: Tăng Thị Liên\nHọ và tên cha: Mạc Văn Hòa\nHọ và tên con: Mạc Gia Huy",
     "Mạc Gia Huy"),
    ("Họ, chữ đệm, tên người mẹ: TĂNG THỊ LIÊN\nHọ, chữ đệm, tên: MẠC GIA HUY", "Mạc Gia Huy"),
    ("BÊN A (BÊN CHO THUÊ): Ông Nông Văn Sáu\nBÊN B (BÊN THUÊ): Bà Lý Thị Bảy", "Nông Văn Sáu"),
])
def test_name_on_papers_not_in_the_samples(text: str, expected: str) -> None:
    assert _name(text) == expected


@pytest.mark.parametrize(("text", "doc_type", "expected"), [
    # the mother on a birth notice, not the midwife; the buyer or payer, not the seller or clerk
    ("Họ và tên mẹ/người nuôi dưỡng: Trần Thị Bích\nHọ và tên người đỡ đẻ: Lê Thị Cúc",
     "giay_chung_sinh", "Trần Thị Bích"),
    ("Người bán hàng: Lê Văn Bán\nHọ tên người mua hàng: Nguyễn Văn An", "hoa_don",
     "Nguyễn Văn An"),
    ("Người lập biểu: Lê Thị Cúc\nNgười nộp tiền: Nguyễn Văn An", "bien_lai_thu_phi",
     "Nguyễn Văn An"),
    # the husband on a marriage certificate, whichever spouse it labels first
    ("Họ, chữ đệm, tên vợ: Trần Thị Bích\nHọ, chữ đệm, tên chồng: Nguyễn Văn An",
     "giay_chung_nhan_ket_hon", "Nguyễn Văn An"),
    ("Họ, chữ đệm, tên chồng: Nguyễn Văn An\nHọ, chữ đệm, tên vợ: Trần Thị Bích",
     "giay_chung_nhan_ket_hon", "Nguyễn Văn An"),
    # the person a confirmation confirms
    ("Ủy ban nhân dân xã Tân Phú xác nhận: Ông Nguyễn Văn An, sinh năm 1970", "giay_xac_nhan",
     "Nguyễn Văn An"),
    # the holder of a diploma, named after the words that confer it
    ("Công nhận tốt nghiệp cho: Nguyễn Văn An", "bang_cap", "Nguyễn Văn An"),
    ("Hiệu trưởng Trường Đại học Y cấp bằng cho: Nguyễn Văn An", "bang_cap", "Nguyễn Văn An"),
])
def test_the_person_a_type_means(text: str, doc_type: str, expected: str) -> None:
    assert _name(text, doc_type) == expected


@pytest.mark.parametrize("text", [
    "Cán bộ tiếp nhận: Nguyễn Thị Huệ",
    "Người thu tiền: Nông Thị Hằng",
    "Kính gửi: Ông Chủ tịch Ủy ban nhân dân xã",
    "Họ và tên người nộp hồ sơ:\nNguyễn Văn Lan Thôn Đông Xá",
    "Họ và tên của người yêu cầu được ghi bằng chữ in hoa",
    "Người yêu cầu cung cấp thông tin",
])
def test_no_name(text: str) -> None:
    assert _name(text) is None
