"""The paper's own number (classify/fields_number.py) as OCR reads papers that are not among
the samples: misread labels, the number beside the agency or after a register's book, the
numbers of other papers cited in the text. Numbers are invented."""

from __future__ import annotations

import pytest

from classify import extract_fields


def _number(text: str, doc_type: str | None = None) -> str | None:
    return extract_fields(text, doc_type).get("so_ky_hieu")


@pytest.mark.parametrize(("text", "expected"), [
    # a receipt's, a slip's and a diploma's own numbers; "Số/No:" of a bilingual paper
    ("PHIẾU BIÊN NHẬN HỒ SƠ\nSố biên nhận: 1234", "1234"),
    ("GIẤY HẸN\nSố phiếu: 1234/2025", "1234/2025"),
    ("BẰNG TỐT NGHIỆP\nSố hiệu: A 1234567", "A1234567"),
    ("GIẤY XÁC NHẬN\nSố/No: 12/GXN", "12/GXN"),
    ("S6: 125/2025/QĐ-UBND", "125/2025/QĐ-UBND"),
    ("Số : 692/TTr-TNMT", "692/TTr-TNMT"),
    ("Sô: 05/2025/HĐTN", "05/2025/HĐTN"),
    ("So: 2341/GKSK-TTYT", "2341/GKSK-TTYT"),
    ("S0: 77/PGDĐT-TH", "77/PGDĐT-TH"),
    ("Số: 15/2024/QĐ–UBND", "15/2024/QĐ–UBND"),
    ("Số: 310/SLĐTBXH- BTXH", "310/SLĐTBXH-BTXH"),
    ("Số: 1804/C06-P4", "1804/C06-P4"),
    ("Số: 45/2025/NQ-HĐND.", "45/2025/NQ-HĐND"),
    # beside the agency, OCR reading the two columns onto one line
    ("PHÒNG TƯ PHÁP Số: 41/PTP-CT", "41/PTP-CT"),
    ("ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\n| Số: 07/UBND Tân Lập, ngày 02 tháng 3 năm 2025", "07/UBND"),
    # a register's number of the paper itself
    ("Số vào sổ cấp bằng: 1257/THPT-2024", "1257/THPT-2024"),
    ("Quyển số: 03, Số: 115", "115"),
    ("Quyển số: 02 Số: 118", "118"),
    ("Số (No.): 0000412", "0000412"),
    # not a number of another paper cited in the text
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHỢP ĐỒNG THUÊ NHÀ\nCăn cứ Quyết định số 15/2024/QĐ-UBND"
     " ngày 05/01/2024;\nSố: 05/2025/HĐTN", "05/2025/HĐTN"),
])
def test_number_of_papers_not_in_the_samples(text: str, expected: str) -> None:
    assert _number(text) == expected


@pytest.mark.parametrize("text", [
    "Quyền sử dụng đất theo Giấy chứng nhận số CS 04127 do Sở Tài nguyên và Môi trường cấp",
    "Căn cứ Quyết định số 15/2024/QĐ-UBND ngày 05/01/2024 của UBND tỉnh;",
    "Căn cứ Quyết định\nSố 15/2024/QĐ-UBND ngày 05/01/2024 của UBND tỉnh;",
    "theo Giấy chứng nhận\nSố CS 04127 cấp ngày 12/5/2019",
    "Số tài khoản: 1020 3040 5060",
    "Số nhà: 18, đường Lê Lợi",
])
def test_no_number_of_another_paper(text: str) -> None:
    assert _number(text) is None
