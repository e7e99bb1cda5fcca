"""The marks of people's names and place names OCR misread, restored against the lists of
classify/data/person_names.json and place_names.json (classify/spelling_lists.py): only when
one spelling could be meant. Names are invented; places are real provinces and districts."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from classify import extract_fields
from classify.fields_spelling import respell, respell_name
from classify.fields_text import Page
from classify.spelling_lists import family_name, given_name, place_name, tone_base
from sohoa.text import nfc


def _data(name: str) -> dict:
    return json.loads(resources.files("classify").joinpath(f"data/{name}").read_text(
        encoding="utf-8"))


@pytest.mark.parametrize("name", ["person_names.json", "place_names.json"])
def test_the_lists_say_where_they_come_from_and_are_spelt_once(name: str) -> None:
    doc = _data(name)
    assert "not from a registry" in doc["description"] or "not copied" in doc["description"]
    for key, entries in doc.items():
        if isinstance(entries, list):
            assert entries and all(e == nfc(e) and e == e.strip() for e in entries), key
            assert len(entries) == len(set(entries)), key


def test_the_provinces_before_and_after_2025() -> None:
    doc = _data("place_names.json")
    assert (len(doc["provinces_2025"]), len(doc["provinces_before_2025"])) == (34, 63)
    assert set(doc["provinces_2025"]) <= set(doc["provinces_before_2025"]) | {"Huế"}


def test_tone_base_keeps_the_other_marks() -> None:
    assert [tone_base(w) for w in ("Thủ", "Hưởng", "ĐỨC", "Nhung")] == [
        "thu", "hương", "đưc", "nhung"]


@pytest.mark.parametrize(("read", "expected"), [
    ("NHUNG", None),        # a name as read
    ("NHƯNG", None),        # a mark OCR made up is not taken away: no tone differs
    ("HÔNG", "HỒNG"),       # a mark lost: one given name with more marks has those letters
    ("Trận", "Trân"),       # the tone misread: one given name has those letters without it
    ("Hương", None),        # a name as read
    ("Hướng", None),        # Hương, Hường and Hưởng could be meant
    ("Thủ", None),          # Thu, Thú and Thụ could be meant
    ("Xyz", None),          # no name has those letters
])
def test_a_given_name_only_when_one_could_be_meant(read: str, expected: str | None) -> None:
    assert given_name(read) == expected


def test_a_family_name() -> None:
    assert (family_name("NGUYÊN"), family_name("Lường"), family_name("Luong")) == (
        "NGUYỄN", None, None)


@pytest.mark.parametrize(("name", "capitals", "expected"), [
    ("Phan Thị Hông Nhung", True, "Phan Thị Hồng Nhung"),
    ("Trịnh Ngọc Bảo Trận", True, "Trịnh Ngọc Bảo Trân"),
    # in title case, where OCR reads marks better, only the family and the middle name
    ("Trịnh Ngọc Bảo Trận", False, "Trịnh Ngọc Bảo Trận"),
    ("Nguyên Thi Hoa", False, "Nguyễn Thị Hoa"),
    # a name of a people of the mountains no list holds is left as read
    ("Rơ Châm Kưih", True, "Rơ Châm Kưih"),
    ("Lường Văn Hặc", True, "Lường Văn Hặc"),
    # a faint print read without any mark
    ("Nguyen Van Hung", True, "Nguyen Van Hung"),
])
def test_a_persons_name(name: str, capitals: bool, expected: str) -> None:
    assert respell_name(name, capitals) == expected


def test_a_name_printed_in_capitals_on_a_form() -> None:
    text = "TỜ KHAI\nHọ, chữ đệm, tên: PHAN THỊ BẢO TRẬN\nNgày sinh: 02/04/1990"
    assert extract_fields(text).get("ho_ten") == "Phan Thị Bảo Trân"


@pytest.mark.parametrize(("read", "expected"), [
    ("ĐÚC TRỌNG", "ĐỨC TRỌNG"),
    ("SƠN DUƠNG", "SƠN DƯƠNG"),
    ("Thanh Hoá", None),      # the old placement of the tone is right too
    ("VĨNH THÀNH", None),     # not the listed Vĩnh Thạnh: a tone apart, no mark lost
    ("HẢI CHÂU", None),
])
def test_a_place_name(read: str, expected: str | None) -> None:
    assert place_name(read) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("ỦY BAN NHÂN DÂN XÃ ĐÚC TRỌNG", "ỦY BAN NHÂN DÂN XÃ ĐỨC TRỌNG"),
    ("UBND HUYỆN SƠN DUƠNG", "UBND HUYỆN SƠN DƯƠNG"),
    ("UBND TỈNH THANH HOÁ", "UBND TỈNH THANH HOÁ"),
    ("UBND XÃ KHÁNH THƯỢNG", "UBND XÃ KHÁNH THƯỢNG"),   # a place the list does not hold
    # a fixed word inside the name, after a proper name
    ("NGÂN HÀNG TMCP PHƯƠNG BẮC CHỊ NHÁNH LẠNG SƠN",
     "NGÂN HÀNG TMCP PHƯƠNG BẮC CHI NHÁNH LẠNG SƠN"),
])
def test_a_bodys_place(name: str, expected: str) -> None:
    assert respell(name, Page.of(name)) == expected
