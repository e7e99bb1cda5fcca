"""Fields of papers as OCR reads them on scans, written out by hand in the wordings of real
headers, place-and-date lines and receipts: the issuing body with the dots, dashes, stamps'
letters and titles OCR reads beside it (classify/header_lines.py), a date whose figures a
pen or an italic face made OCR read as letters (classify/fields_date.py), and a receipt's
procedure under a label cell of its own (classify/fields_procedure.py). Names, numbers and
places are invented."""

from __future__ import annotations

import pytest

from classify import extract_fields
from classify.header_lines import is_noise, segments, split_glued


def _field(text: str, key: str, doc_type: str | None = None) -> str | None:
    return extract_fields(text, doc_type).get(key)


@pytest.mark.parametrize(("line", "pieces"), [
    ("ỦY BAN NHÂN DÂN. -: . HUYỆN ĐẠI LỘC", ["ỦY BAN NHÂN DÂN", "HUYỆN ĐẠI LỘC"]),
    ("UBND XÃ TIÊN PHONG. ST.", ["UBND XÃ TIÊN PHONG", "ST"]),
    ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", ["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"]),
    ("ỦY BAN NHÂN DÂN - XÃ NA RÌ bo", ["ỦY BAN NHÂN DÂN", "XÃ NA RÌ"]),
    ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", ["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"]),
    ("PHÒNG TÀI CHÍNH - KẾ HOẠCH", ["PHÒNG TÀI CHÍNH - KẾ HOẠCH"]),
    ("CÔNG AN XÃ MƯỜNG TÈ Si vố -", ["CÔNG AN XÃ MƯỜNG TÈ"]),
    # a word of the name OCR read in small letters or mixed case stays
    ("CÔNG TY TNHH THƯƠNG MẠI DỊCH vụ HƯNG THỊNH", ["CÔNG TY TNHH THƯƠNG MẠI DỊCH VỤ HƯNG THỊNH"]),
    ("Sở TƯ PHÁP : .", ["SỞ TƯ PHÁP"]),
    ("UBND PHƯỜNG7 . SU", ["UBND PHƯỜNG 7", "SU"]),
    ("TRƯỜNG MẦM NON SAO MAI THỰC ĐƠN TUẦN 3", ["TRƯỜNG MẦM NON SAO MAI", "THỰC ĐƠN TUẦN 3"]),
    ("Kính gửi: Ủy ban nhân dân xã Bình Minh", ["Kính gửi: Ủy ban nhân dân xã Bình Minh"]),
    # a mark read alone, an administrative word's dot, a word of the name in small letters
    ("ỦY BAN NHÂN DÂN ˆ QUẬN NGÔ QUYỀN", ["ỦY BAN NHÂN DÂN QUẬN NGÔ QUYỀN"]),
    ("XÃ. YÊN THẾ - nh ko.", ["XÃ YÊN THẾ", "nh ko."]),
    ("ĐẤT ĐAI KHU vực TAM ĐIỆP bo tơ sơ", ["ĐẤT ĐAI KHU VỰC TAM ĐIỆP", "bo tơ sơ"]),
    # two syllables read as one word
    ("UBND PHƯỜNG VĂNMIẾU", ["UBND PHƯỜNG VĂN MIẾU"]),
])
def test_a_header_line_in_the_pieces_a_reader_sees(line: str, pieces: list[str]) -> None:
    assert segments(line) == pieces


@pytest.mark.parametrize(("word", "parts"), [
    ("PHỐHIẾN", ["PHỐ", "HIẾN"]), ("LẠNGSƠN", ["LẠNG", "SƠN"]), ("TÀXÙA", ["TÀ", "XÙA"]),
    ("KIẾNXƯƠNG", ["KIẾN", "XƯƠNG"]),
    # one syllable, or an abbreviation or a name of the highlands: whole
    ("NGHIỆP", ["NGHIỆP"]), ("TRƯỜNG", ["TRƯỜNG"]), ("KHUYẾN", ["KHUYẾN"]), ("UBND", ["UBND"]),
    ("KRÔNG", ["KRÔNG"]), ("PLEIKU", ["PLEIKU"]), ("HĐNDVÀUBND", ["HĐNDVÀUBND"]),
])
def test_syllables_ocr_ran_together(word: str, parts: list[str]) -> None:
    assert split_glued(word) == parts


def test_a_stamps_letters_are_no_name() -> None:
    assert [is_noise(p) for p in ("ST", "TC", "2 1", "SỞ Y TẾ", "UBND")] == [
        True, True, True, False, False]


@pytest.mark.parametrize(("text", "expected"), [
    # the rule under the body's name and the motto's dashes read between its words
    ("ỦY BAN NHÂN DÂN. -: . CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN ĐẠI LỘC -. Độc lập - Tự do"
     " - Hạnh phúc\nSố: 88/TB-UBND Đại Lộc, ngày 3 tháng 4 năm 2025\nTHÔNG BÁO",
     "ỦY BAN NHÂN DÂN HUYỆN ĐẠI LỘC"),
    # a stamp's letters after the name, a parent body and its child on one line
    ("UBND XÃ TIÊN PHONG. ST.\nSố: 12/GXN\nGIẤY XÁC NHẬN", "UBND XÃ TIÊN PHONG"),
    ("CÔNG AN HUYỆN BA BỂ . ... CÔNG AN XÃ CAO TÂN .\nSố: 45/XN\nGIẤY XÁC NHẬN",
     "CÔNG AN XÃ CAO TÂN"),
    ("UBND TỈNH HÀ GIANG có - SỞ NÔNG NGHIỆP su VÀ MÔI TRƯỜNG\nSố: 301/SNNMT-QLĐĐ\n"
     "V/v thẩm định hồ sơ", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"),
    ("VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI... -CHI NHÁNH TƯ NGHĨA - TC\nSố: 77/PTN\n"
     "PHIẾU TIẾP NHẬN HỒ SƠ", "CHI NHÁNH TƯ NGHĨA"),
    # the motto misread on the header's line
    ("ỦY BAN NHÂN DÂN GỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ TAM ĐẢO Độc lập - Tự do - Hạnh phúc"
     "\nSố: 09/QĐ-UBND\nQUYẾT ĐỊNH", "ỦY BAN NHÂN DÂN XÃ TAM ĐẢO"),
    ("UBND TỈNH PHÚ THỌ vi . CỘN G HÒA XÃ. HỘI CHỦ NGHĨA. VIỆT NAM\nSở NỘI VỤ : .\n"
     "Số: 17/SNV-TCBC", "SỞ NỘI VỤ"),
    # a one-stop counter that names no place issues in its committee's name
    ("ỦY BAN NHÂN DÂN XÃ BA VÌ\nBỘ PHẬN MỘT CỬA\nSố: 74/PTN\nPHIẾU TIẾP NHẬN HỒ SƠ",
     "ỦY BAN NHÂN DÂN XÃ BA VÌ"),
    ("UBND HUYỆN BA VÌ\nBỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ XÃ TẢN LĨNH\nPHIẾU TIẾP NHẬN HỒ SƠ",
     "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ XÃ TẢN LĨNH"),
    # a title read on the header's line, and a title OCR misread as a body ("SƠ" as "SỞ")
    ("SỞ TƯ PHÁP TỈNH NINH BÌNH CHƯƠNG TRÌNH HỘI NGHỊ TẬP HUẤN", "SỞ TƯ PHÁP TỈNH NINH BÌNH"),
    ("UBND XÃ YÊN LÃNG LỊCH TRỰC CƠ QUAN DỊP TẾT", "UBND XÃ YÊN LÃNG"),
    ("SỞ ĐỒ THỬA ĐẤT\nThửa đất số: 112, tờ bản đồ số: 9", None),
    ("SỞ YẾU LÝ LỊCH\nHọ và tên: PHẠM VĂN KHÁNH", None),
    ("BẢN VẼ TÁCH THỬA ĐẤT\nChủ sử dụng: Nguyễn Văn Hùng", None),
    # a committee is a body; "BẢN" of a paper whose "BIÊN" OCR lost is none
    ("BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG HUYỆN\nSố: 15/BB-BQLDA\nBIÊN BẢN",
     "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG HUYỆN"),
    ("BẢN HỌP THÀNH VIÊN HỘ GIA ĐÌNH\nHôm nay, ngày 5 tháng 3 năm 2025", None),
    # a line of marks between the body and its place; a colon in the motto
    ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nẬ ˆ ˆ ˆ +\nXÃ CẨM MỸ\nSố: 31/TLKH",
     "ỦY BAN NHÂN DÂN XÃ CẨM MỸ"),
    ("ỦY BAN NHÂN DÂN.. - GỘNG HÒA XÃ HỘI CHỦ NGHĨA: VIỆT NAM\nXÃ. YÊN THẾ - nh ko. Độc lập\n"
     "Số: 38/GXN-UBND", "ỦY BAN NHÂN DÂN XÃ YÊN THẾ"),
])
def test_the_issuing_body_through_ocr_noise(text: str, expected: str | None) -> None:
    assert _field(text, "co_quan_ban_hanh") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # figures in a pen's hand or in italics, read as letters
    ("Ba Vì, ngày 03 tháng TÌ năm 2025", "2025-11-03"),
    ("Mường Tè, ngày 08 tháng TÔ năm 2025", "2025-10-08"),
    ("Tủa Chùa, ngày 5 tháng l2 năm 2024", "2024-12-05"),
    ("Chợ Mới, ngày I4 tháng 6 năm 2025", "2025-06-14"),
    # "tháng" lost between the day and the month
    ("Số: 0412/GXN-UBND Đồng Văn, ngày 22 09 năm 2025", "2025-09-22"),
    # a blank's dot before "ngày" on the place-and-date line, after a birth date misread
    ("Hoàng Thị Lựu, gïÏnh ngày 09/10/1960\nLàm tại: Tân Lạc, .ngày 21 tháng 11 năm 2025",
     "2025-11-21"),
    # "ngày", "tháng" misread, a stray letter after the month, the year's last figure a letter
    ("Mỹ Hào, hgày 09 tháng 03 năm 2026", "2026-03-09"),
    ("Bắc Yên, ngày 09 táng 01 năm 2026", "2026-01-09"),
    ("Kinh Môn, ngày 03 tháng 03n năm 202ó", "2026-03-03"),
    ("Ngày 27 tháng 05 năm 201?", None),
    # a date in words after a comma beats a date in figures in a table above it
    ("Ngày sinh\n14/08/1979\nla Crai, ngày 09 tháng 07 năm 2012", "2012-07-09"),
    ("Hồi 09 giờ 00, ngày 25 tháng Ú2 năm 2026, tại nhà ở số 17", "2026-02-25"),
    # the day a citizen is asked to come back is no date of issue
    ("Mời ông/bà đến nhận kết quả vào ngày 16/3/2026 (buổi sáng).\nNgày 11/3/2026",
     "2026-03-11"),
    ("Cẩm Phả, ngày 22 tháng 0Ï năm 2026", "2026-01-22"),
    # a card's "Ngày, tháng, năm:" before its copy's certification
    ("Ngày sinh: 02/11/1989\nNgày, thắng, năm. 12/01/2022\nPhường 8, ngày 29 tháng 8 năm 2025",
     "2022-01-12"),
    ("Đăng ký lần đầu; ngày 06 tháng 01 năm ì 2025", "2025-01-06"),
    ("Giá trị sử dụng: từ 01/01/2025\nThời điểm đủ 5 năm liên tục: 01/01/2021", None),
    # what is no date stays none
    ("ngày tôi tháng năm 2024", None),
    ("Ngày lo tháng ti năm", None),
])
def test_a_date_whose_figures_ocr_misread(text: str, expected: str | None) -> None:
    assert _field(text, "ngay_ban_hanh") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a table's label cell alone on its line, the procedure in the cell under it
    ("Mã hồ sơ: 000.21.35.H62-250318-0047\nNội dung\nThông tin tiếp nhận\nLoại hồ sơ\n"
     "Đăng ký khai tử\nGiấy tờ nộp\nTờ khai đăng ký khai tử; Giấy báo tử", "Đăng ký khai tử"),
    ("Mục\nNội dung\nNội dung yêu câu\nXin cấp giấy xác nhận độc thân để đăng ký kết hôn\n"
     "Thành phần hồ sơ\nTờ khai", "Xin cấp giấy xác nhận độc thân để đăng ký kết hôn"),
    # a name that runs on after "chi nhánh", its mark misread ("chỉ")
    ("Loại thủ tục\nĐăng ký thế chấp quyền sử dụng đất tại Ngân hàng Bưu điện chỉ nhánh\n"
     "Bảo Lộc\nGiấy tờ đã nhận", "Đăng ký thế chấp quyền sử dụng đất tại Ngân hàng Bưu điện "
     "chi nhánh Bảo Lộc"),
    # a stray letter after the label and marks in the cell under it
    ("Tên thủ tục c\n.\n;\nXóa đăng ký thế chấp quyền sử dụng đất (đã trả hết nợ tại\n"
     "ngân hàng)\nMã thủ tục", "Xóa đăng ký thế chấp quyền sử dụng đất (đã trả hết nợ tại "
     "ngân hàng)"),
    # a bilingual slip and a dot read between a label's words
    ("Thủ tục / Procedure:\nGia hạn giấy phép xây dựng nhà ở riêng lẻ\nMã thủ tục / Procedure "
     "code: 1.009976", "Gia hạn giấy phép xây dựng nhà ở riêng lẻ"),
    ("- Yêu.cầu: Đăng ký tạm trú\nGiấy tờ đã nhận:", "Đăng ký tạm trú"),
    # a form's leader read as dots and a bar inside the name; a plate number's dot stays
    ("Thủ tục: .Cấp giấy phép xây dựng đối.với nhà ở riêng I lẻ",
     "Cấp giấy phép xây dựng đối với nhà ở riêng lẻ"),
    ("Thủ tục hành chính: Đăng ký lại khai tử.cho bà Lò Thị Lài - người. yêu. cầu là con gái",
     "Đăng ký lại khai tử cho bà Lò Thị Lài - người yêu cầu là con gái"),
    ("Thủ tục: Chứng thực hợp đồng mua bán xe mô tô (biển số 29-B1 318.27)",
     "Chứng thực hợp đồng mua bán xe mô tô (biển số 29-B1 318.27)"),
    # a label cell over what names no procedure: a fee, a count
    ("Loại hồ sơ\n01 bộ\nLệ phí\nMiễn", None),
    # marks and a stray word of two letters after the label, the name on the lines under it
    ("Thủ tục: . ; vả\nTrích lục bản đồ địa chính thửa đất số 52,\ntờ bản đồ số 7, xã Đông Sơn"
     "\nNgười nộp:\nHÀ VĂN TOÀN", "Trích lục bản đồ địa chính thửa đất số 52, tờ bản đồ số 7, "
     "xã Đông Sơn"),
    ("Thủ tục: Khai tử\nNgười nộp: Hà Văn Toàn", "Khai tử"),  # a name of two short words
    # a certification's receipt, under a title line that starts like a label
    ("YÊU CẦU CHỨNG THỰC -0415-\nNgười yêu cầu: Vi Thị Hạnh\nViệc chứng thực:\nChứng thực "
     "chữ ký trên giấy ủy quyền nhận lương hưu\nNgày nhận: 02/4/2026",
     "Chứng thực chữ ký trên giấy ủy quyền nhận lương hưu"),
    # a numbered "Hồ sơ:" over its value, and a kiosk's "Dịch vụ:"
    ("4. Hồ SƠ:\nCấp mới GPLĐ - chuyên gia (kỹ sư, quốc tịch Philippines).\nTT Giấy tờ",
     "Cấp mới GPLĐ - chuyên gia (kỹ sư, quốc tịch Philippines)"),
    ("Dịch vụ:\nThông báo chấm dứt HKD\nGiấy tờ: 04", "Thông báo chấm dứt HKD"),
    # a civil-status receipt names the event it registers
    ("Người yêu cầu: Đỗ Ngọc Bảo Trâm\nViệc hộ tịch: Khai sinh cho con có cha là công dân Hàn "
     "Quốc\nNgày hẹn trả: 20/3/2026", "Khai sinh cho con có cha là công dân Hàn Quốc"),
])
def test_a_receipts_procedure_under_a_label_cell(text: str, expected: str | None) -> None:
    assert _field(text, "thu_tuc", "phieu_tiep_nhan") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a land registration form's "Tên:", the given name misread as an administrative word
    ("1. Người sử dụng đất (viết chữ in hoa):\n1.1. Tên: LÒ THỊ THANH HUYỆN\n1.2. Năm sinh: 1981",
     "Lò Thị Thanh Huyền"),
    ("Họ và tên: Hà Văn Lâm Thôn Bản Chang", "Hà Văn Lâm"),
    # a table's label cell with the rest of its label and a blank's dots, the name under it
    ("Người yêu cầu đăng ký ..\nĐoàn Văn Tài\nSố định danh cá nhân: 087075428765",
     "Đoàn Văn Tài"),
    ("Tên giấy tờ: Giấy chứng nhận quyền sử dụng đất", None),
])
def test_a_persons_name_through_ocr_noise(text: str, expected: str | None) -> None:
    assert _field(text, "ho_ten") == expected


@pytest.mark.parametrize(("text", "key", "expected"), [
    # zeros read as O among the figures of a number, and of a year in words
    ("BỘ CÔNG AN\nSỔ HỘ KHẨU\nSố: 48O275816", "so_ky_hieu", "480275816"),
    ("UBND HUYỆN A\nSố: 05/2O17\nGIẤY CHỨNG NHẬN NUÔI CON NUÔI", "so_ky_hieu", "05/2017"),
    ("UBND HUYỆN A\nSố: 12/QĐ-UBND\nQUYẾT ĐỊNH", "so_ky_hieu", "12/QĐ-UBND"),
    ("BỘ CÔNG AN\nSỔ HỘ KHẨU\nĐà Nẵng, ngày 22 tháng 5 năm 2O14", "ngay_ban_hanh", "2014-05-22"),
    # a company's certificate: its first registration, not the copy's certification
    ("GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP\nMã số doanh nghiệp: O4O2218746\n"
     "Đăng ký lần đầu: ngày 14 tháng 1O năm 2Ol9\nĐăng ký thay đổi lần thứ: 2, ngày o6 tháng 8 "
     "năm 2O25\nTRƯỞNG PHÒNG\nLê Văn Thạnh\nCHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH\n"
     "Số chứng thực: 1207/2026/SCT/BS\nPhường Hải Châu, ngày 05/3/2026", "ngay_ban_hanh",
     "2019-10-14"),
])
def test_figures_misread_and_a_copy_s_certification(text: str, key: str, expected: str) -> None:
    assert _field(text, key) == expected


def test_a_copy_s_certification_number_is_not_the_paper_s() -> None:
    text = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nGIẤY KHAI SINH\nHọ và tên: Lò Văn Thắng\n"
            "CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH\nSố chứng thực: 318/2026-SCT/BS\n"
            "UBND xã Ea Kar, ngày 27/02/2026")
    fields = extract_fields(text, "giay_khai_sinh")
    assert fields.get("so_ky_hieu") is None and fields.get("ngay_ban_hanh") is None


def test_a_form_s_labels_and_values_read_column_by_column() -> None:
    text = ("UBND XÃ EA KAR\nGIẤY BIÊN NHẬN HỒ SƠ ĐĂNG KÝ HỢP TÁC XÃ\nTên HTX dự kiến\nNgười nộp\n"
            "Số ĐDCN\nLoại hồ sơ\n: HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP EA KAR XANH\n"
            ": LÒ VĂN THẮNG - Giám đốc dự kiến\n: 066075206251\n"
            ": Đăng ký thành lập mới HTX (lĩnh vực nông nghiệp)\nSTT Thành phần hồ sơ")
    fields = extract_fields(text, "phieu_tiep_nhan")
    assert fields["ho_ten"] == "Lò Văn Thắng" and fields["so_cccd"] == "066075206251"
    assert fields["thu_tuc"] == "Đăng ký thành lập mới HTX (lĩnh vực nông nghiệp)"
    # as many values as labels, or nothing is paired
    short = text.replace(": 066075206251\n", "")
    assert extract_fields(short, "phieu_tiep_nhan").get("so_cccd") is None
