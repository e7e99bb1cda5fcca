"""The body that issued an identity paper (classify/fields_card.py): a card's issuer printed
on its back, read into its front's lines, a 2024 card's ministry, an old identity card's
province police and a passport's authority. Names and numbers are invented."""

from __future__ import annotations

import pytest

from classify import extract_fields


@pytest.mark.parametrize(("text", "doc_type", "expected"), [
    # a 2016-2023 card: the department's name over two lines, the front's lines between them
    ("CĂN CƯỚC CÔNG DÂN\nCỤC TRƯỞNG CỤC CẢNH SÁT\nCitizen Identity Card\n"
     "QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI\nSố / No.: 087179981755", "ban_sao_cccd",
     "Cục Cảnh sát quản lý hành chính về trật tự xã hội"),
    # a letter or two misread
    ("CỤC TRƯỞNG CỤC CẢNH SÁT QUÀN LÝ HÀNH CHÍNH VẾ TRẬT TỤ XÃ HỘI", "ban_sao_cccd",
     "Cục Cảnh sát quản lý hành chính về trật tự xã hội"),
    # a 2024 card, the ministry's name glued
    ("CĂN CƯỚC\nBỘCÔNGAN\nSố định danh: 001194938672", "ban_sao_cccd", "Bộ Công an"),
    # an old identity card of a province's police
    ("CHỨNG MINH NHÂN DÂN\nGIÁM ĐỐC CÔNG AN TỈNH HÀ TĨNH\nNgày 12 tháng 3 năm 2010",
     "ban_sao_cmnd", "Công an tỉnh Hà Tĩnh"),
    # a passport's authority by its label
    ("HỘ CHIẾU / PASSPORT\nNơi cấp / Place of issue: Cục Quản lý xuất nhập cảnh", "ho_chieu",
     "Cục Quản lý xuất nhập cảnh"),
    ("PASAPORTE / PASSPORT\nAuthority: DFA MANILA", "ho_chieu", "DFA MANILA"),
])
def test_issuer_of_an_identity_paper(text: str, doc_type: str, expected: str) -> None:
    assert extract_fields(text, doc_type).get("co_quan_ban_hanh") == expected


def test_a_card_names_no_issuer_when_none_is_printed() -> None:
    text = "CĂN CƯỚC CÔNG DÂN\nHọ và tên: Lò Văn Thắng\nSố / No.: 014190001234"
    assert extract_fields(text, "ban_sao_cccd").get("co_quan_ban_hanh") is None
    # a paper of another type keeps its header's body, not the ministry under its motto
    letter = "BỘ CÔNG AN\nCỤC CẢNH SÁT GIAO THÔNG\nSố: 12/CSGT\nCÔNG VĂN"
    assert extract_fields(letter, "cong_van").get("co_quan_ban_hanh") == "CỤC CẢNH SÁT GIAO THÔNG"


def test_a_book_read_as_sở_is_no_department() -> None:
    # "SỔ HỘ KHẨU" with its hook read as "SỞ": a household book, not a department
    text = "Bộ Công an\nSỞ KHẨU\nHọ và tên chủ hộ: Rơ Châm Thuyên"
    assert extract_fields(text, "so_ho_khau").get("co_quan_ban_hanh") is None


def test_a_province_s_police_whose_name_opens_like_a_label_word() -> None:
    # "Sơn La", "Sóc Trăng": a place opening with the letters of "số" is still the place
    for place in ("SƠN LA", "SÓC TRĂNG"):
        text = f"CHỨNG MINH NHÂN DÂN\nGIÁM ĐỐC CÔNG AN TỈNH {place}"
        assert extract_fields(text, "ban_sao_cmnd").get("co_quan_ban_hanh") == (
            f"Công an tỉnh {place.title()}")
