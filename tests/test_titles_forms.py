"""Titles in the forms of real papers, laid out in code: a title typed in the body's print
right under the motto, a cadastral extract titled "MẢNH TRÍCH ĐO", and an official letter,
which has no title but a subject line ("V/v …") and an addressee. Names are invented."""

from __future__ import annotations

import pytest

from classify import Rules, load_rules
from classify.titles import CONFIDENCE_CASE, CONFIDENCE_LETTER
from tests.page_layouts import BODY, MOTTO, PARAGRAPH, page

HEADER = [("ỦY BAN NHÂN DÂN", "left", BODY), ("XÃ PHÚC SƠN", "left", BODY)]


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules()


def test_a_title_typed_in_the_body_s_print_under_the_motto(rules: Rules) -> None:
    typed = page(*MOTTO, ("Giấy ủy quyền", "centre", BODY), *PARAGRAPH)
    found = rules.classify_page(typed)
    assert (found.doc_type, found.title, found.first_page, found.confidence) == (
        "giay_uy_quyen", "Giấy ủy quyền", True, CONFIDENCE_CASE)


def test_a_short_centred_line_further_down_is_no_title(rules: Rules) -> None:
    # a centred line in the body's print that does not follow the motto stays body text
    later = page(*MOTTO, ("PHIẾU KHẢO SÁT", "centre", 48), *PARAGRAPH[:1],
                 ("Giấy ủy quyền", "centre", BODY), *PARAGRAPH[1:])
    assert rules.classify_page(later).doc_type is None


def test_a_cadastral_extract_titled_manh_trich_do(rules: Rules) -> None:
    extract = page(*HEADER, *MOTTO, ("MẢNH TRÍCH ĐO ĐỊA CHÍNH", "centre", 48), *PARAGRAPH)
    assert rules.classify_page(extract).doc_type == "trich_luc_ban_do"


def test_an_official_letter_without_a_title(rules: Rules) -> None:
    letter = page(*HEADER, *MOTTO, ("Số: 112/UBND-ĐC", "left", BODY),
                  ("V/v xác minh nguồn gốc thửa đất số 41", "left", 36),
                  ("Kính gửi: Phòng Tài nguyên và Môi trường huyện Phúc Thọ", "centre", BODY),
                  *PARAGRAPH)
    found = rules.classify_page(letter)
    assert (found.doc_type, found.first_page, found.confidence) == (
        "cong_van", True, CONFIDENCE_LETTER)


@pytest.mark.parametrize("missing", ["subject", "addressee", "header"])
def test_a_letter_needs_its_header_subject_and_addressee(rules: Rules, missing: str) -> None:
    rows = [*HEADER, *MOTTO] if missing != "header" else []
    if missing != "subject":
        rows.append(("V/v xác minh nguồn gốc thửa đất số 41", "left", 36))
    if missing != "addressee":
        rows.append(("Kính gửi: Phòng Tài nguyên và Môi trường", "centre", BODY))
    assert rules.classify_page(page(*rows, *PARAGRAPH)).doc_type is None
