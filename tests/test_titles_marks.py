"""Titles that keep their diacritics and fold onto a pattern they do not say: a place
("PHƯỜNG AN KHÁNH" folds to "phuong an", the plan's "phương án"), beside titles OCR read with
marks lost or confused, which must still name their type. Pages are laid out in code; places
are from classify/data/place_names.json."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from classify import Rules, load_rules
from classify.matching import marks_agree, match_title
from classify.spelling_lists import ADDRESS_WORDS
from sohoa.text import fold, nfc
from tests.page_layouts import MOTTO, PARAGRAPH, page


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules()


def test_a_queue_ticket_naming_its_ward_is_no_plan(rules: Rules) -> None:
    ticket = page(("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "centre", 44),
                  ("Phường An Khánh", "centre", 60), ("Số thứ tự 1024", "centre", 80),
                  *PARAGRAPH)
    assert rules.classify_page(ticket).doc_type is None


@pytest.mark.parametrize("title", [
    "PHƯƠNG ÁN PHÒNG CHÁY CHỮA CHÁY",
    "PHƯƠNG AN PHÒNG CHÁY CHỮA CHÁY",  # the acute lost: marks lost say nothing
    "PHUONG AN PHONG CHAY CHUA CHAY",  # typed without marks
])
def test_a_plan_is_still_a_plan(rules: Rules, title: str) -> None:
    assert rules.classify_page(page(*MOTTO, (title, "centre", 56), *PARAGRAPH)).doc_type == (
        "ke_hoach")


@pytest.mark.parametrize("title", [
    "PHƯỜNG AN KHÁNH", "CÔNG AN PHƯỜNG AN LÃO", "Phường An Nhơn, tỉnh Gia Lai",
])
def test_a_ward_named_an_is_no_plan(rules: Rules, title: str) -> None:
    found = match_title(title, rules.types)
    assert found is None or found.type_id != "ke_hoach"


def _places() -> list[str]:
    doc = json.loads(resources.files("classify").joinpath("data", "place_names.json").read_text(
        encoding="utf-8"))
    return sorted({*doc["provinces_2025"], *doc["provinces_before_2025"], *doc["places"]})


def _plain(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", fold(text)))


def test_no_pattern_is_read_into_an_address(rules: Rules) -> None:
    # every address ("phường An Khê") whose folded words hold a pattern, as a title in capitals
    addresses = [f"{a} {p}" for a in ADDRESS_WORDS for p in _places()]
    folded = [f" {_plain(a)} " for a in addresses]
    clashes = [(address, t.id) for t in rules.types for pattern in t.patterns
               for address, f in zip(addresses, folded, strict=True)
               if f" {_plain(pattern)} " in f and nfc(address).lower() != pattern]
    assert len(clashes) >= 8  # "phương án" in "phường An Biên", "phường An Khê" …
    for address, type_id in clashes:
        found = match_title(address.upper(), rules.types)
        assert found is None or found.type_id != type_id, address


@pytest.mark.parametrize(("title", "doc_type"), [
    ("GIẦY BÁO TỬ", "giay_bao_tu"),  # a tone confused: OCR does it on capitals all the time
    ("THÔNG BẢO NỘP TIỀN THUÊ ĐẤT", "thong_bao_nop_tien"),  # "Bảo" is a place's word too
    ("GIẤY CHỨNG NHẠN KẾT HỒN", "giay_chung_nhan_ket_hon"),  # a tone added, no place's word
    ("GIẤY UỶ QUYỀN", "giay_uy_quyen"),  # the old placement of the tone
    ("QUYÉT ĐỊNH", "quyet_dinh"),  # a circumflex lost
    ("PHIẾU THU", "phieu_thu"),
])
def test_titles_with_marks_misread_still_name_their_type(rules: Rules, title: str,
                                                          doc_type: str) -> None:
    found = match_title(title, rules.types)
    assert found is not None and found.type_id == doc_type


def test_a_word_of_a_place_with_a_tone_the_pattern_lacks_is_another_word(rules: Rules) -> None:
    # "Thủ" (Thủ Đức, Thủ Thừa) is no "thu": a treasurer's line is no receipt's title
    assert match_title("Người lập phiếu Thủ quỹ", rules.types) is None
    assert not marks_agree("phường an", "phương án")
    assert not marks_agree("phiếu thủ", "phiếu thu")
    assert marks_agree("phương an", "phương án")  # a mark lost
    assert marks_agree("hồ sơ", "hộ sơ") and marks_agree("giầy", "giấy")  # tones confused
    assert marks_agree("phường", "phuong")  # a pattern written without marks: folded only
