"""Titles as OCR and real layouts give them, laid out in code: a form's long title typed in
sentence case under the motto, a title whose syllables OCR glued ("ĐIỀULỆ"), a photo box's
words read into the title's line, and a copy of both sides of an identity card side by side,
the back's lines read between the front's. Names are invented."""

from __future__ import annotations

import pytest

from classify import Rules, load_rules
from classify.titles import CONFIDENCE_CASE, CONFIDENCE_LAYOUT
from tests.page_layouts import BODY, MOTTO, PARAGRAPH, page


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules()


def test_a_long_title_in_sentence_case_under_the_motto(rules: Rules) -> None:
    form = page(*MOTTO, ("Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch",
                         "centre", 54), ("Kính gửi: Ủy ban nhân dân phường Hòa Bình", "left",
                                         BODY), *PARAGRAPH)
    found = rules.classify_page(form)
    assert (found.doc_type, found.confidence) == ("don_de_nghi", CONFIDENCE_LAYOUT)


def test_a_long_centred_line_further_down_is_no_title(rules: Rules) -> None:
    later = page(*MOTTO, *PARAGRAPH[:2], ("Tờ khai đăng ký thay đổi, cải chính, bổ sung thông "
                                          "tin hộ tịch", "centre", 54), *PARAGRAPH[2:])
    assert rules.classify_page(later).doc_type is None


@pytest.mark.parametrize(("title", "doc_type"), [
    ("ĐIỀULỆ", "dieu_le"), ("HỢPĐỒNG", "hop_dong"),
    ("ĐIỀU", None),  # a word of a pattern is not the pattern
])
def test_a_title_whose_syllables_ocr_glued(rules: Rules, title: str, doc_type: str | None
                                           ) -> None:
    paper = page(*MOTTO, (title, "centre", 56), *PARAGRAPH)
    assert rules.classify_page(paper).doc_type == doc_type


def test_a_photo_box_read_into_the_title_s_line(rules: Rules) -> None:
    cv = page(*MOTTO, ("Ảnh 4x6 SƠ YẾU LÝ LỊCH TỰ THUẬT", "centre", 50), *PARAGRAPH)
    found = rules.classify_page(cv)
    assert (found.doc_type, found.title) == ("so_yeu_ly_lich", "SƠ YẾU LÝ LỊCH TỰ THUẬT")


def test_capitals_after_other_words_need_not_start_the_title(rules: Rules) -> None:
    # "PHƯỜNG AN" folds to a plan's "phương án": only a photo box's words are passed over
    rules_page = page(*MOTTO, ("Nhà trọ An Bình PHƯỜNG AN KHÁNH QUY ĐỊNH", "centre", 50),
                      *PARAGRAPH)
    assert rules.classify_page(rules_page).doc_type is None


_CARD = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Đặc điểm nhân dạng nốt ruồi C 1cm trên đuôi mắt trái
Độc lập - Tự do - Hạnh phúc
Ngày, tháng, năm: 27/04/2021
CĂN CƯỚC CÔNG DÂN
CỤC TRƯỞNG CỤC CẢNH SÁT
Citizen Identity Card
QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI
Số / No.: 087179981755
Họ và tên / Full name
HUỲNH THỊ MỸ XUÂN
Ngày sinh / Date of birth 21/05/1979
Giới tính / Sex Nữ Quốc tịch / Nationality Việt Nam
IDVNM1799817555<<9
Quê quán / Place of origin Lai Vung, Đồng Tháp"""
"""Both sides of a card copied side by side, as OCR reads them: the lines of the back (its
marks, date and the issuer's signature) between those of the front."""


def test_both_sides_of_an_identity_card_read_into_each_other(rules: Rules) -> None:
    found = rules.classify_page(_CARD)
    assert (found.doc_type, found.first_page, found.confidence) == (
        "ban_sao_cccd", True, CONFIDENCE_CASE)


def test_a_card_s_name_without_a_card_s_labels_is_no_card(rules: Rules) -> None:
    # a paper that names the card in capitals, without the card's bilingual labels or its
    # machine-readable zone
    lines = [line.split(" / ")[0] for line in _CARD.splitlines()
             if not line.startswith(("IDVNM", "Citizen"))]
    assert rules.classify_page("\n".join(lines)).doc_type is None
