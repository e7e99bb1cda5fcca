"""Which pages start a document: a page without a title continues the paper before it only on
evidence (page numbers, articles, a sentence carried over, the same typeface, an unsigned page
before it); when unsure it starts a document of unknown type, flagged. Headings inside a paper
never start one. Pages built as OCR would box them (``tests.page_layouts``)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from classify import PageClass, PageMarks, Rules, load_rules
from classify.continuity import (
    JOIN_CARRIED,
    JOIN_FAIR,
    JOIN_LAYOUT,
    JOIN_SURE,
    JOIN_TITLED,
    join_confidence,
)
from classify.marks import page_marks
from classify.titles import CONFIDENCE_LAYOUT, CONFIDENCE_UNKNOWN
from tests.page_layouts import BODY, MOTTO, PARAGRAPH, Row, page

HEADER: list[Row] = [("ỦY BAN NHÂN DÂN", "left", BODY), ("XÃ ĐỒNG RUI", "left", BODY), *MOTTO]
SIGNED: list[Row] = [("Nơi nhận:", "left", BODY), ("TM. ỦY BAN NHÂN DÂN", "right", 44),
                     ("CHỦ TỊCH", "right", 44), ("Nguyễn Văn Bình", "right", BODY)]
ARTICLES: list[Row] = [
    ("Điều 1. Công nhận quyền sử dụng đất cho hộ ông Nguyễn Văn An tại thôn Đồng Rui", "left",
     BODY),
    ("Điều 2. Văn phòng đăng ký đất đai cập nhật hồ sơ địa chính theo quy định hiện hành",
     "left", BODY)]
DECISION = page(*HEADER, ("QUYẾT ĐỊNH", "centre", 56), *PARAGRAPH, *ARTICLES, *SIGNED)
"""A decision on one page, signed at its foot."""
POWER = page(*MOTTO, ("GIẤY ỦY QUYỀN", "centre", 60), *PARAGRAPH, *PARAGRAPH)
"""A power of attorney's first page: paragraphs to its foot, not signed yet."""
LETTER = page(*PARAGRAPH, *PARAGRAPH[:2])
"""A page of paragraphs with no heading at all."""
DRAWING = page(("Thửa 125", "left", 30), ("Đường liên xã", "centre", 30), ("Ao", "right", 30),
               ("12,5 m", "left", 30), ("Nhà ở", "centre", 30), ("Thửa 126", "right", 30))
"""A drawing with only labels."""
SAVINGS = page(("Ngày 12/03/2024 gửi thêm 5.000.000 đồng, số dư 25.000.000 đồng tại quầy", "left",
                64), ("Ngày 12/06/2024 lĩnh lãi 250.000 đồng, số dư 25.250.000 đồng tại quầy",
                      "left", 64),
               ("Ngày 12/09/2024 lĩnh lãi 252.000 đồng, số dư 25.502.000 đồng tại quầy", "left",
                64))
"""A savings book's page: rows in a larger print."""


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules()


def documents(rules: Rules, *pages: object) -> list[tuple[list[int], str, float]]:
    """Each document made of these pages: its pages, type and confidence."""
    classes = [rules.classify_page(p) for p in pages]  # type: ignore[arg-type]
    texts = [p if isinstance(p, str) else p.text for p in pages]  # type: ignore[attr-defined]
    out = []
    for g in rules.group(classes):
        doc = rules.classify_document([texts[i] for i in g], [classes[i] for i in g])
        out.append((g, doc.doc_type, doc.confidence))
    return out


@pytest.mark.parametrize("untitled", [LETTER, DRAWING, SAVINGS], ids=["letter", "drawing",
                                                                     "savings"])
def test_an_untitled_page_after_a_signed_paper_is_a_flagged_document(rules: Rules,
                                                                     untitled: object) -> None:
    made = documents(rules, DECISION, untitled)
    assert made[0][:2] == ([0], "quyet_dinh")
    assert made[1] == ([1], rules.unknown.id, CONFIDENCE_UNKNOWN)


@pytest.mark.parametrize("untitled", [DRAWING, SAVINGS], ids=["drawing", "savings"])
def test_an_untitled_page_of_another_layout_is_a_flagged_document(rules: Rules,
                                                                  untitled: object) -> None:
    # the paper before is not signed off, but the page does not look like its pages
    made = documents(rules, POWER, untitled)
    assert made == [([0], "giay_uy_quyen", CONFIDENCE_LAYOUT),
                    ([1], rules.unknown.id, CONFIDENCE_UNKNOWN)]


def test_a_page_like_an_unsigned_page_before_it_continues_its_paper(rules: Rules) -> None:
    made = documents(rules, POWER, LETTER)
    assert made == [([0, 1], "giay_uy_quyen", JOIN_LAYOUT)]
    # from the text alone the typeface is unknown: less sure, not flagged
    assert documents(rules, POWER.text, LETTER.text) == [([0, 1], "giay_uy_quyen", JOIN_FAIR)]
    # a form's middle page: short labelled lines, no paragraph, the same print
    fields = page(*[(f"{label}: {value}", "left", BODY) for label, value in (
        ("Họ, chữ đệm và tên", "Nguyễn Văn An"), ("Ngày, tháng, năm sinh", "01/01/1970"),
        ("Giới tính", "Nam"), ("Dân tộc", "Kinh"), ("Quốc tịch", "Việt Nam"),
        ("Nơi cư trú", "thôn Đồng Rui, xã Đồng Rui"), ("Số định danh cá nhân", "022058865115"),
        ("Quan hệ với người đề nghị", "bản thân"), ("Nghề nghiệp", "làm ruộng"),
        ("Số điện thoại liên hệ", "0912 345 678"), ("Địa chỉ thư điện tử", "không có"))])
    assert not fields.text.splitlines()[0][0].islower()
    assert documents(rules, POWER, fields) == [([0, 1], "giay_uy_quyen", JOIN_LAYOUT)]


def test_a_last_page_holding_only_the_signatures_closes_its_paper(rules: Rules) -> None:
    first = page(*HEADER, ("QUYẾT ĐỊNH", "centre", 56), *PARAGRAPH, *ARTICLES)
    last = page(*SIGNED[1:])
    assert documents(rules, first, last) == [([0, 1], "quyet_dinh", JOIN_LAYOUT)]
    # after a paper already signed off, it is another paper's: flagged
    assert documents(rules, DECISION, last)[1] == ([1], rules.unknown.id, CONFIDENCE_UNKNOWN)


@pytest.mark.parametrize("number", ["- 2 -", "2", "Trang 2", "Trang 2/2", "2/2", "Page 2"])
def test_a_printed_page_number_continues_the_paper(rules: Rules, number: str) -> None:
    second = page((number, "centre", BODY), *PARAGRAPH[:2], *SIGNED)
    for before in (POWER, DECISION):  # even after a signature: the number is printed
        made = documents(rules, before, second)
        assert len(made) == 1 and made[0][0] == [0, 1]
    assert documents(rules, POWER, second)[0][2] == JOIN_SURE
    assert documents(rules, DECISION, second)[0][2] >= 0.5


def test_a_page_numbered_first_or_out_of_turn_starts_a_paper(rules: Rules) -> None:
    first = page(("Trang 1/2", "centre", BODY), *PARAGRAPH)
    assert documents(rules, POWER, first)[1] == ([1], rules.unknown.id, CONFIDENCE_UNKNOWN)
    before = page(*MOTTO, ("GIẤY ỦY QUYỀN", "centre", 60), *PARAGRAPH, ("Trang 1/3", "centre",
                                                                         BODY))
    skipped = page(*PARAGRAPH, ("Trang 3/3", "centre", BODY))
    assert documents(rules, before, page(*PARAGRAPH, ("Trang 2/3", "centre", BODY)))[0][0] == [
        0, 1]
    assert [g for g, _, _ in documents(rules, before, skipped)] == [[0], [1]]


def test_continuing_articles_and_sentences_continue_the_paper(rules: Rules) -> None:
    contract = page(*MOTTO, ("HỢP ĐỒNG TẶNG CHO QUYỀN SỬ DỤNG ĐẤT", "centre", 56), *PARAGRAPH,
                    *ARTICLES, ("Bên A và Bên B cùng ký tên dưới đây", "right", BODY),
                    ("BÊN A BÊN B", "centre", 44))
    third = page(("Điều 3. Thuế, phí và lệ phí do Bên B nộp theo quy định", "left", BODY),
                 *PARAGRAPH)
    # "Điều 3" follows "Điều 2": sure, though the parties' names stand at the foot before
    assert documents(rules, contract, third) == [([0, 1], "hop_dong",
                                                  pytest.approx(JOIN_SURE - 0.15))]
    unsigned = page(*MOTTO, ("HỢP ĐỒNG TẶNG CHO QUYỀN SỬ DỤNG ĐẤT", "centre", 56), *PARAGRAPH,
                    *ARTICLES)
    assert documents(rules, unsigned, third) == [([0, 1], "hop_dong", JOIN_SURE)]
    # the articles start again: another paper
    again = page(("Điều 1. Phạm vi ủy quyền của bên được ủy quyền", "left", BODY), *PARAGRAPH)
    assert [g for g, _, _ in documents(rules, unsigned, again)] == [[0], [1]]
    # a sentence carried over from the page before
    carried = page(("và chịu trách nhiệm trước pháp luật về nội dung đã cam đoan ở trên", "left",
                    BODY), *PARAGRAPH)
    assert documents(rules, POWER, carried) == [([0, 1], "giay_uy_quyen", JOIN_CARRIED)]


@pytest.mark.parametrize("heading", [
    "ĐIỀU 3. CHI PHÍ VÀ HIỆU LỰC CỦA HỢP ĐỒNG", "ˆ ĐIỀU 3. CHI PHÍ VÀ HIỆU LỰC",
    "LỜI CHỨNG CỦA CÔNG CHỨNG VIÊN", "PHẦN II", "PHẦN Il", "MỤC 1",
    "XÁC NHẬN CỦA ỦY BAN NHÂN DÂN XÃ",
])
def test_a_heading_inside_a_paper_starts_no_document(rules: Rules, heading: str) -> None:
    contract = page(*MOTTO, ("HỢP ĐỒNG ỦY QUYỀN", "centre", 56), *PARAGRAPH, *ARTICLES,
                    ("BÊN ỦY QUYỀN BÊN ĐƯỢC ỦY QUYỀN", "centre", 44),
                    ("(Ký, ghi rõ họ tên)", "centre", BODY))
    later = page((heading, "centre", 52), *PARAGRAPH)
    found = rules.classify_page(later)
    assert found.doc_type is None and not found.title_like and not found.starts_document
    made = documents(rules, contract, later)
    assert [(g, t) for g, t, _ in made] == [([0, 1], "hop_dong")]
    assert made[0][2] >= 0.5  # not flagged: the heading says the paper goes on


def test_a_title_of_no_type_continues_only_on_sure_evidence(rules: Rules) -> None:
    table = page(("BẢNG KÊ CHI TIẾT CÁC KHOẢN CHI PHÍ", "centre", 52), *PARAGRAPH)
    # like the page before and unsigned, but titled: another paper, for a person to name
    assert documents(rules, POWER, table)[1] == ([1], rules.unknown.id, CONFIDENCE_UNKNOWN)
    numbered = page(("2", "centre", BODY), ("BẢNG KÊ CHI TIẾT CÁC KHOẢN CHI PHÍ", "centre", 52),
                    *PARAGRAPH)
    # its page number follows: joined, but a title is never absorbed silently: the document
    # is flagged for a person to say whether it was a heading of the paper or another paper
    assert documents(rules, POWER, numbered) == [([0, 1], "giay_uy_quyen", JOIN_TITLED)]


def test_the_marks_of_a_page() -> None:
    marks = page_marks("- 3 -\nĐiều 4. Quyền\nnội dung\nV. CAM KẾT\nCHƯƠNG THỨ HAI\n"
                       "BÊN A BÊN B\n(Ký, ghi rõ họ tên)")
    assert (marks.number, marks.of) == (3, None)
    assert marks.headings == (("dieu", 4), ("roman", 5), ("chuong", 2))
    assert marks.signed and marks.ends_signed and not marks.prose
    assert page_marks("Trang 2/5\nnội dung").number == 2
    assert page_marks("nội dung tiếp theo của trang trước").opens_lower
    # a lone number counts only at the top; "Số 2" is no page number
    assert page_marks("Nội dung\n2").number is None
    assert page_marks("Số 2\nNội dung").number is None
    # not headings: "Điều kiện", "Mục đích", "Phần lớn"
    assert page_marks("Điều kiện cấp\nMục đích sử dụng\nPhần lớn diện tích").headings == ()
    # a signature block followed by more paragraphs does not end the page
    body = "Nội dung của một đoạn văn dài có hơn tám từ ở đây nữa"
    assert not page_marks("\n".join(["Nội dung"] * 4 + ["CHỦ TỊCH"] + [body] * 3)).ends_signed
    assert page_marks(DECISION.text, DECISION).points == pytest.approx(9.6)


def test_a_join_is_only_as_sure_as_its_evidence() -> None:
    def mark(**kw: object) -> PageClass:
        return PageClass(None, None, marks=PageMarks(**kw))  # type: ignore[arg-type]

    prose = {"prose": True, "points": 10.0, "words": 120}
    assert join_confidence(mark(**prose), mark(**prose)) == JOIN_LAYOUT
    assert join_confidence(mark(prose=True), mark(prose=True)) == JOIN_FAIR
    assert join_confidence(mark(**prose), mark(prose=True, points=14.0, words=120)) == 0.0
    # a page of text in print a little larger, or few words in the same print: unsure
    assert join_confidence(mark(**prose), mark(prose=True, points=12.5, words=120)) == 0.0
    assert join_confidence(mark(**prose), mark(points=10.0, words=12)) == 0.0
    assert join_confidence(mark(ends_signed=True, **prose), mark(**prose)) == 0.0
    assert join_confidence(mark(), mark()) == 0.0  # nothing says it continues
    assert join_confidence(mark(), mark(number=2)) == JOIN_SURE
    assert join_confidence(mark(number=2), mark(number=4)) == 0.0
    assert join_confidence(mark(headings=(("dieu", 2),)), mark(headings=(("dieu", 3),))) == (
        JOIN_SURE)
    assert join_confidence(mark(), mark(headings=(("dieu", 3),))) == JOIN_FAIR
    assert join_confidence(mark(ends_signed=True), mark(inner_heading=True)) == pytest.approx(
        JOIN_CARRIED - 0.15)
    # a page with a title of no type: fair evidence is not enough
    titled = replace(mark(**prose), title="BẢNG KÊ", title_like=True)
    assert join_confidence(mark(**prose), titled, titled=True) == 0.0
