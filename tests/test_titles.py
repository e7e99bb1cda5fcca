"""Titles found from a page's layout, matched as whole words; a page of a type the rules do not
know is a document of its own, flagged; confidences mean what they say on the sample truths."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from classify import PageClass, PageMarks, Rules, load_rules
from classify.titles import (
    CONFIDENCE_CASE,
    CONFIDENCE_LAYOUT,
    CONFIDENCE_UNKNOWN,
    match_title,
)
from ocr.digital import digital_pages
from tests.conftest import SAMPLES
from tests.page_layouts import BODY, MOTTO, PARAGRAPH, page
from tests.result_pdfs import result_pdf


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules()


def without(rules: Rules, title: str) -> Rules:
    """The rules less every type this title would name: a paper the rules do not know."""
    return replace(rules, types=tuple(t for t in rules.types if match_title(title, [t]) is None))


def test_a_large_centred_title_in_lower_case_is_a_title(rules: Rules) -> None:
    power = page(*MOTTO, ("Giấy ủy quyền", "centre", 64), *PARAGRAPH)
    found = rules.classify_page(power)
    assert (found.doc_type, found.title) == ("giay_uy_quyen", "Giấy ủy quyền")
    assert found.title_like and found.first_page and found.confidence == CONFIDENCE_LAYOUT
    # from the text alone a title in lower case cannot be told from the body
    assert rules.classify_page(power.text).doc_type is None
    # the same words at the body's size are a title only right under the motto, and less sure
    small = rules.classify_page(page(*MOTTO, ("Giấy ủy quyền", "centre", BODY), *PARAGRAPH))
    assert (small.doc_type, small.confidence) == ("giay_uy_quyen", CONFIDENCE_CASE)
    later = rules.classify_page(page(*MOTTO, *PARAGRAPH[:1], ("Giấy ủy quyền", "centre", BODY),
                                     *PARAGRAPH[1:]))
    assert later.doc_type is None and not later.title_like and later.first_page


def test_a_title_found_by_layout_counts_for_more_than_capitals_alone(rules: Rules) -> None:
    decision = page(("ỦY BAN NHÂN DÂN", "left", 40), ("XÃ LÙNG TÁM", "left", 40), *MOTTO,
                    ("Lùng Tám, ngày 12 tháng 3 năm 2025", "right", 40),
                    ("QUYẾT ĐỊNH", "centre", 52),
                    ("Về việc công nhận quyền sử dụng đất cho hộ gia đình", "centre", 42),
                    *PARAGRAPH)
    by_layout = rules.classify_page(decision)
    by_case = rules.classify_page(decision.text)
    assert by_layout.doc_type == by_case.doc_type == "quyet_dinh"
    assert by_layout.title == "QUYẾT ĐỊNH"
    assert by_layout.confidence == CONFIDENCE_LAYOUT > by_case.confidence == CONFIDENCE_CASE
    # agency lines and the motto are never the title, even centred and in capitals
    agency = rules.classify_page(page(("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG", "centre", 52), *MOTTO,
                                      *PARAGRAPH))
    assert agency.title is None and agency.first_page


def test_a_wrapped_title_is_joined_and_its_head_noun_wins(rules: Rules) -> None:
    form = rules.classify_page(page(*MOTTO, ("ĐƠN ĐỀ NGHỊ CẤP ĐỔI GIẤY CHỨNG NHẬN", "centre", 52),
                                    ("QUYỀN SỬ DỤNG ĐẤT", "centre", 52), *PARAGRAPH))
    assert form.doc_type == "don_de_nghi"
    assert form.title == "ĐƠN ĐỀ NGHỊ CẤP ĐỔI GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT"
    # a letter misread in a long title: matched, less surely
    misread = rules.classify_page(page(*MOTTO, ("GIẤY CHỨNG NHẬN", "centre", 60),
                                       ("OUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở", "centre", 60),
                                       *PARAGRAPH))
    assert misread.doc_type == "giay_chung_nhan_qsdd"
    assert 0.5 <= misread.confidence < CONFIDENCE_LAYOUT and 0.9 <= misread.score < 1


def test_a_short_title_is_not_read_into_a_longer_pattern(rules: Rules) -> None:
    birth = rules.classify_page(page(*MOTTO, ("GIẤY CHỨNG SINH", "centre", 56), *PARAGRAPH))
    assert birth.doc_type != "giay_chung_nhan_qsdd"
    assert birth.title == "GIẤY CHỨNG SINH" and birth.title_like
    found = match_title("GIẤY CHỨNG SINH", rules.types)
    assert found is None or found.type_id != "giay_chung_nhan_qsdd"


def test_patterns_match_whole_words_only(rules: Rules) -> None:
    land = next(t for t in rules.types if t.id == "giay_chung_nhan_qsdd")
    plan = replace(land, id="so_do", patterns=("so do",))
    # "so do" (sơ đồ) stands inside "hồ sơ đoàn viên" folded, but not as words
    assert match_title("HỒ SƠ ĐOÀN VIÊN", [plan]) is None
    assert match_title("SỐ ĐÔNG DÂN CƯ", [plan]) is None
    found = match_title("SƠ ĐỒ THỬA ĐẤT", [plan])
    assert found is not None and (found.type_id, found.score, found.at) == ("so_do", 1.0, 0)
    # short patterns are exact: "HỢP ĐỒNG" is not read into "HỢP ĐÔI"
    assert match_title("HỢP ĐÔI", rules.types) is None


def test_a_page_of_an_unknown_type_starts_its_own_flagged_document(rules: Rules) -> None:
    title = "GIẤY CHỨNG NHẬN KẾT HÔN"
    known = without(rules, title)
    card = page(*MOTTO, ("CĂN CƯỚC CÔNG DÂN", "centre", 70), *PARAGRAPH)
    marriage = page(*MOTTO, (title, "centre", 60), *PARAGRAPH)
    after = page(*PARAGRAPH)
    classes = [known.classify_page(p) for p in (card, marriage, after)]
    assert classes[1].doc_type is None and classes[1].title == title
    assert classes[1].starts_document and classes[1].confidence == CONFIDENCE_UNKNOWN
    assert known.group(classes) == [[0], [1, 2]]
    doc = known.classify_document([marriage.text, after.text], classes[1:])
    assert (doc.doc_type, doc.title) == (known.unknown.id, title)
    assert doc.needs_review and doc.confidence == CONFIDENCE_UNKNOWN


def test_a_page_with_a_header_and_no_known_title_starts_a_flagged_document(
        rules: Rules) -> None:
    certificate = page(*MOTTO, ("GIẤY CHỨNG NHẬN", "centre", 60), *PARAGRAPH)
    # the title is small and to the left: only the motto says a new paper begins
    statement = page(*MOTTO, ("Bản tự kiểm điểm", "left", BODY), *PARAGRAPH)
    # an agency's header, no motto
    notice = page(("ỦY BAN NHÂN DÂN", "left", BODY), ("XÃ ĐỒNG RUI", "left", BODY),
                  ("Số: 12/TB-UBND", "left", BODY), *PARAGRAPH)
    for paper in (statement, notice):
        found = rules.classify_page(paper)
        assert found.doc_type is None and not found.title_like and found.first_page
        classes = [rules.classify_page(certificate), found]
        assert rules.group(classes) == [[0], [1]]
        doc = rules.classify_document([paper.text], classes[1:])
        assert doc.doc_type == rules.unknown.id and doc.needs_review


def test_a_plain_continuation_page_joins_the_document_before(rules: Rules) -> None:
    power = page(*MOTTO, ("GIẤY ỦY QUYỀN", "centre", 60), *PARAGRAPH,
                 ("Điều 3. Thời hạn ủy quyền", "left", BODY), *PARAGRAPH[:2])
    # a second page: body first, then a centred heading in capitals (not at the top)
    second = page(("Điều 4. Quyền và nghĩa vụ của các bên", "left", BODY), *PARAGRAPH,
                  ("QUYẾT ĐỊNH", "centre", 56), ("BÊN ỦY QUYỀN", "left", 44))
    classes = [rules.classify_page(power), rules.classify_page(second)]
    assert replace(classes[1], marks=PageMarks()) == PageClass(None, None,
                                                               confidence=CONFIDENCE_UNKNOWN)
    assert classes[1].marks.headings == (("dieu", 4),)
    assert not classes[1].starts_document
    assert rules.group(classes) == [[0, 1]]
    doc = rules.classify_document([power.text, second.text], classes)
    assert doc.doc_type == "giay_uy_quyen" and doc.confidence == CONFIDENCE_LAYOUT
    assert not doc.needs_review
    # the same from text alone
    assert not rules.classify_page(second.text).starts_document
    # a last page that opens with the signature block: an agency's name, but at the right
    last = page(("TM. ỦY BAN NHÂN DÂN", "right", 44), ("ỦY BAN NHÂN DÂN XÃ ĐỒNG RUI", "right", 44),
                ("CHỦ TỊCH", "right", 44), ("Nguyễn Văn Bình", "right", BODY), *PARAGRAPH[:2])
    assert not rules.classify_page(last).starts_document


def test_the_words_of_a_digital_result_give_its_title_by_layout(rules: Rules) -> None:
    pdf = result_pdf(title="TRÍCH LỤC KHAI SINH", number="45/TLKS")
    (digital,) = digital_pages(pdf, dpi=100)
    assert digital.text is not None
    found = rules.classify_page(digital.text)
    assert found.doc_type == "trich_luc_ho_tich" and found.first_page
    assert found.confidence == CONFIDENCE_LAYOUT


def _sample_dossiers() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8"))
            for p in sorted((SAMPLES / "truth").glob("*.json"))]


def _decisions(rules: Rules, left_out: str | None = None) -> list[tuple[float, bool]]:
    """Every document made from the sample truths' page texts: its confidence, and whether it
    is right (its pages and its type; a left-out type must come out unknown)."""
    out = []
    for truth in _sample_dossiers():
        pages = [p for p in truth["pages"] if not p["blank"] and not p["separator"]]
        types = [rules.unknown.id if d["type"] == left_out else d["type"]
                 for d in truth["documents"]]
        classes = [rules.classify_page(p["text"]) for p in pages]
        expected = {}
        for i, p in enumerate(pages):
            expected.setdefault(p["document"], []).append(i)
        for group in rules.group(classes):
            doc = rules.classify_document([pages[i]["text"] for i in group],
                                          [classes[i] for i in group])
            right = (group in expected.values()
                     and doc.doc_type == types[pages[group[0]]["document"]])
            out.append((doc.confidence, right))
    return out


def test_confidence_is_calibrated_on_the_sample_truths(rules: Rules) -> None:
    decisions = _decisions(rules)
    assert all(right for _, right in decisions)  # every sample document, its pages and type
    # each type in turn unknown to the rules: its papers must come out as unknown documents
    for left_out in sorted({d["type"] for t in _sample_dossiers() for d in t["documents"]}):
        decisions += _decisions(without_type(rules, left_out), left_out)
    buckets: dict[int, list[bool]] = {}
    for confidence, right in decisions:
        buckets.setdefault(min(9, int(confidence * 10 + 1e-9)), []).append(right)
    for bucket, rows in buckets.items():
        assert sum(rows) / len(rows) >= bucket / 10, (bucket, len(rows), sum(rows))
    wrong_but_sure = [c for c, right in decisions if not right and c >= 0.5]
    assert not wrong_but_sure


def without_type(rules: Rules, type_id: str) -> Rules:
    return replace(rules, types=tuple(t for t in rules.types if t.id != type_id))
