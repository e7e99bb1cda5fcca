"""Titles of pages: where a page's title stands, which document type it names and how sure
that is.

A Vietnamese administrative paper opens with its header: the issuing agency at the top left
(ỦY BAN NHÂN DÂN / XÃ …, then "Số: …"), the national motto at the top right or centred
(CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc, and the place and date),
then the title: centred, larger than the body, usually in capitals, wrapping over up to three
lines (GIẤY CHỨNG NHẬN / QUYỀN SỬ DỤNG ĐẤT, …), then the body. A company's paper (an invoice,
a payment slip) opens with its name and labelled lines (Địa chỉ: …, Mã số thuế: …, Điện
thoại: …), passed over as header. When the words' boxes are known (:class:`PageLayout`, which
``ocr.PageText`` is) the title is found by that layout (``classify.layout``: centred on the
page, or on its column when two columns of blocks stand side by side, as copies of both sides
of a card do): capitals are a hint, not a requirement ("Giấy ủy quyền" centred and large is a
title), and a line in capitals far larger than the body is a title even at the left margin
(a slip's). From text alone only runs of capital lines can be told apart, and what is found that
way counts for less. Stray marks OCR leaves around a line ("ˆ", "'", a trailing ":" or ".")
are not part of it; reference lines ("Số: …", "Quyển số: …" and their misreads) and headings
inside a paper ("Điều 3.", "PHẦN II", "LỜI CHỨNG …") are never a title.

A title names a type when one of the type's patterns stands in it as whole words
(``classify.matching``); a long pattern may be matched with a letter or two misread, but only
from a title about as long as the pattern; a title that reads as a longer pattern of another
type less its first word is a guess a person confirms. Which pages start a document, and how
sure a page continues the one before, is ``classify.continuity``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from classify.continuity import group, join_confidence, least_join
from classify.layout import (
    TITLE_ZONE,
    Line,
    PageLayout,
    WordBox,
    layout_lines,
    plain,
    text_lines,
)
from classify.marks import inner_heading, page_marks, signature_line
from classify.matching import TitleMatch, TypePatterns, at_head, match_title, partial_match
from classify.receipt_body import (
    CONFIDENCE_BODY,
    CONFIDENCE_BODY_OTHER_TITLE,
    RECEIPT_TYPE,
    receipt_body,
    receipt_like_title,
)
from classify.types import PageClass
from sohoa.text import fold

__all__ = [
    "CONFIDENCE_CASE",
    "CONFIDENCE_LAYOUT",
    "CONFIDENCE_PARTIAL",
    "CONFIDENCE_UNKNOWN",
    "PageLayout",
    "TitleMatch",
    "TypePatterns",
    "WordBox",
    "classify_page",
    "document_confidence",
    "group",
    "join_confidence",
    "match_title",
]

# How sure a decision is: meant as the share of such decisions that are right. Measured with
# bench/page_titles.py on the 66 kept pages of the 16 sample dossiers (62 documents; real OCR
# of clean, degraded and photographed scans), as they are and with each of their 9 types left
# out of the rules in turn (its 62 documents must then come out as unknown documents):
# * a title found by layout, named exactly as whole words: right 62 of 62 (and 496 of 496
#   with a type left out); the one-sided 95 % lower bound of 62/62 is 0.953, hence 0.95;
# * the same titles from the text alone (a run of capital lines): also 62 of 62, but without
#   layout a body line in capitals passes for a title, which the samples do not show: 0.8, a
#   judgement, kept above the review threshold because the match itself is exact;
# * a fuzzy match (accepted from a similarity of 90) loses 2.5 hundredths per point below
#   100, down to three quarters at 90: no sample title needed one, so this is a judgement too;
# * a title that may have lost its first word names its type as a guess, below the review
#   threshold: no sample title needed one, a judgement;
# * an unknown type is below the review threshold (0.5), so a person names it: 62 of 62
#   left-out documents became unknown documents of their own and were flagged.
CONFIDENCE_LAYOUT = 0.95
"""An exact whole-word match of a title found by its layout (centred, large, at the top)."""
CONFIDENCE_CASE = 0.8
"""An exact whole-word match of a run of capital lines, the layout unknown or not a title's."""
CONFIDENCE_PARTIAL = 0.4
"""A title read as a longer pattern less its first word ("NHẬN HỒ SƠ"): a guess, reviewed."""
CONFIDENCE_UNKNOWN = 0.3
"""A document whose type no title names."""
CONFIDENCE_LETTER = 0.7
"""A page with no title, a header, a subject line ("V/v …") and an addressee: an official
letter, as the rules for the form of administrative papers lay it out; sure enough to keep,
not as sure as a title."""
LETTER_TYPE = "cong_van"
_GENERIC = frozenset(("thong_bao", "bien_ban", "giay_xac_nhan", "cong_van"))
"""Kinds of paper so general that a title of theirs over a receipt's lines, speaking of
receiving a dossier, is the receipt's."""
_LETTER_LINES = 15
_SUBJECT = re.compile(r"^\W*v\s*/\s*v\b\s*[:.]?\s*\S")
_ADDRESSEE = re.compile(r"^\W*kinh\s*gui\b")
_LETTER_NUMBER = re.compile(r"^\W*s[o06]\s*[:.]?\s*[^\s/]*\d[^\s/]*\s*/\s*cv\b")
"""A letter's number with the symbol of a letter ("Số: 231/CV-VPĐKĐĐ"), folded: its subject
line may be lost to OCR."""
_FUZZY_LOSS = 2.5
"""Confidence lost per point of fuzzy similarity below 100, in hundredths."""
_TEXT_ZONE = 0.45
"""Without layout: share of the page's lines, from the top, where the title is looked for."""
_LARGE = 1.2
"""A line in lower case is a title only when its words are at least this much taller than the
page's median word (sample titles in capitals: 1.08 to 2.2; body lines up to 1.15)."""
_READABLE = 0.9
"""A line in capitals is a title only when its words are not much smaller than the body's."""
_TITLE_WORDS = 12
"""A title in lower case is short; one in capitals may run over a line."""
_TITLE_LINES = 3
_BOLD_TITLE = 1.55
"""A line in capitals this much taller than the body's words is a title wherever it stands
across the page (a slip's title set at its left margin); centred capitals need only be about
the body's size (sample titles: 1.08 to 2.2)."""
_BOLD_ZONE = 0.3
"""Share of the page's height, from the top, where such a line at the margin is a title."""
_HEAD_LINE_ZONE = (0.12, 6)
"""Where, under an agency's name (or, with layout, under any header line when it does not
span the text column), a line in lower case still belongs to the header (its office, address
and telephone: "Bộ phận Một cửa - …", "Tầng 2, Trung tâm hành chính …"), as a share of the
page's height from the top (with layout) or a count of lines (without)."""

_MOTTO = ("cong hoa xa hoi chu nghia viet nam", "doc lap tu do hanh phuc",
          "socialist republic of viet nam", "independence freedom happiness")
_AGENCY = re.compile(
    r"^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND|SỞ(?! YẾU)|BỘ|TỔNG CỤC|CỤC|"
    r"BAN QU[ẢAẠ]N L[ÝY]|BAN ĐẠI DIỆN|BAN DÂN TỘC|"
    r"CHI CỤC|TRUNG TÂM|CÔNG AN|VĂN PHÒNG|PHÒNG|TÒA ÁN|TOÀ ÁN|VIỆN KIỂM SÁT|KHO BẠC|"
    r"ĐẢNG ỦY|ĐẢNG UỶ|BAN CHỈ HUY|ĐỒN|CÔNG TY|NGÂN HÀNG|CHI NHÁNH|BỆNH VIỆN|TRƯỜNG)\b")
"""An issuing agency's line in the header (in capitals); "SỞ YẾU LÝ LỊCH" is "SƠ YẾU …" misread."""
_PLACE = re.compile(r"^(XÃ|PHƯỜNG|THỊ TRẤN|THỊ XÃ|HUYỆN|QUẬN|THÀNH PHỐ|TỈNH|TP\.?)\s")
"""The second line of an agency's name ("XÃ LÙNG TÁM")."""
_REFERENCE = re.compile(
    r"^(Số|SỐ|Quyển số|QUYỂN SỐ|Mẫu|MẪU|Ký hiệu|Mã số|Mã hồ sơ|Kính gửi|Căn cứ|Hôm nay)\b")
"""Numbers, form codes and the lines that follow a title: never a title themselves."""
_NOT_A_NUMBER = re.compile(r"^SỐ\s[^\d:/.]*$")
"""A line in capitals opening with "SỐ" and holding no number, colon or slash: "SỔ" misread
("SỐ HỘ KHẨU"), a title, not a number line."""
_MISREAD_REFERENCE = re.compile(
    r"^(s[o0689]\s*([:;]|[/(]\s*no\b|\.?\s*\d)|quy[a-z]{0,2}n\s*s[o0689]\s*([:;.(/\d]|$)|"
    r"ky hieu|ma so|mau so|kinh gui|can cu\b)")
"""The same, folded, as OCR misreads them ("S6: 12/QĐ", "Quyén số: 01", "Quyền số 02"); a
number or a colon must follow "số", so "SỔ HỘ KHẨU" and "QUYỀN SỞ HỮU" are not references."""
_LABEL = re.compile(
    r"^(dia chi|d/c|tru so|ma so thue|mst|ma so doanh nghiep|ma doanh nghiep|ma don vi|"
    r"dien thoai|so dien thoai|dt|tel|telephone|phone|fax|e-?mail|website|web|hotline|"
    r"di dong|so tai khoan|stk|tai khoan|tai ngan hang|ngan hang|don vi|bo phan|"
    r"ma quan he ngan sach)\b[^:]{0,30}:")
"""A labelled line of an organisation's particulars (address, tax code, telephone, account),
folded: the header of a company's or an agency's paper, passed over on the way to the title."""
_DATE = re.compile(r"\bngày\b.{0,15}\btháng\b", re.IGNORECASE)
"""A place and date line ("Hà Giang, ngày 12 tháng 3 năm 2025", "ngày … tháng … năm …")."""
_MISREAD_DATE = re.compile(r"(?<![a-z])ngay\s*\d{1,2}\b.{1,14}\bnam\s*\d{4}\b")
"""The same, folded, its "tháng" misread or lost ("ngày 02 thárig 09 năm 2025", "ngày 22 09
năm 2025")."""
_FORM_CODE = re.compile(r"(?<![a-z])mau(?: so)?\s*[:.]?\s*[a-z]{0,2}\d")
"""A form's code ("Mẫu số 11/ĐK", "Mẫu số: C1-02/NS"), folded, wherever OCR put it on its line
("ni nh nó Mẫu số 11/ĐK": specks of the page's edge read before it)."""
_LIST_ITEM = re.compile(r"^([IVX]+|\d+(\.\d+)*|[a-zđ])\s*[.)]\s")
"""A numbered point ("II.", "2.1.", "a)"): the body has begun."""
_BODY_WORDS = 5
_TYPED_TITLE_WORDS = 5
"""A title typed in the body's print is at most this many words."""
"""A line in lower case with at least this many words is body text (unless it is a short
centred line: a motto misread, a subtitle)."""


def _kind(line: Line) -> str:
    """What a line of a page's top is: motto, agency, header, title, body or other."""
    folded = plain(line.text)
    if any(m in folded or (len(folded) >= 12 and fuzz.partial_ratio(m, folded) >= 85)
           for m in _MOTTO):
        return "motto"
    if line.upper and _AGENCY.match(line.text):
        # an agency's name at the right is a signature block's ("TM. ỦY BAN NHÂN DÂN"), which
        # may open a last page; the issuing agency heads the left column or the middle
        return "header" if line.right else "agency"
    if signature_line(line.text):
        return "other"
    lower = fold(line.text)
    if _SUBJECT.match(lower) or _FORM_CODE.search(lower):
        return "header"  # "V/v …" under the number; a form's code, specks read before it
    if ((line.upper and _PLACE.match(line.text))
            or (_REFERENCE.match(line.text) and not (line.upper and _NOT_A_NUMBER.match(
                line.text)))
            or _MISREAD_REFERENCE.match(lower) or _LABEL.match(lower)
            or _DATE.search(line.text) or _MISREAD_DATE.search(lower)
            or line.text.startswith("(")):
        return "header"
    if _LIST_ITEM.match(line.text) or inner_heading(line.text):
        return "body"
    words = len(line.text.split())
    if not line.layout and line.upper:
        return "title"
    if line.layout and line.centred and line.top <= TITLE_ZONE and (
            (line.upper and line.size >= _READABLE)
            or (line.size >= _LARGE and words <= _TITLE_WORDS and not line.colon)):
        return "title"
    if (line.layout and line.upper and line.size >= _BOLD_TITLE and line.top <= _BOLD_ZONE
            and not line.colon):
        return "title"  # set at the margin, but far larger than the body, near the top
    if not line.upper and words >= _BODY_WORDS and (not line.layout or line.wide
                                                      or not line.centred):
        return "body"
    return "other"


def _typed_title(line: Line) -> bool:
    """A short line in lower case centred on its own at about the body's size: a title typed
    in the body's print ("Giấy ủy quyền") when it is the first line after the motto. Only its
    place says so: a type it names is as sure as a title in capitals found without layout
    (``CONFIDENCE_CASE``)."""
    return (line.layout and line.centred and not line.upper and not line.colon
            and line.top <= TITLE_ZONE and line.size >= _READABLE and line.text[:1].isupper()
            and len(line.text.split()) <= _TYPED_TITLE_WORDS)


def _long_title(line: Line) -> bool:
    """A long line in lower case, centred and clearly larger than the body, as the first line
    after the motto: a form's title typed in sentence case ("Tờ khai đăng ký thay đổi, cải
    chính, bổ sung thông tin hộ tịch"), up to twice as many words as ``_TITLE_WORDS``."""
    return (line.layout and line.centred and not line.colon and line.top <= TITLE_ZONE
            and line.size >= _LARGE and line.text[:1].isupper()
            and len(line.text.split()) <= 2 * _TITLE_WORDS)


def _blocks(lines: list[Line]) -> tuple[list[list[Line]], bool]:
    """The title blocks of a page's top (consecutive title lines) and whether the page opens
    with a header (the motto or an agency): it is the first page of a document. A line that
    ends with a colon closes its block: a title does not run on past a label. Before the first
    title, a line of prose near the top still belongs to the header when it stands under an
    agency's name, or (with layout) under a header line without spanning the text column
    (``_HEAD_LINE_ZONE``), and so does a note's second line ("(Ban hành theo …" / "… của Bộ
    Tài chính)")."""
    blocks: list[list[Line]] = []
    header = under_agency = headed = in_note = open_block = after_motto = False
    for n, line in enumerate(lines):
        if line.layout and line.top > TITLE_ZONE:
            break
        kind = _kind(line)
        if kind in ("other", "body") and after_motto and (_typed_title(line)
                                                        or _long_title(line)):
            kind = "title"
        if kind == "body" and ((not blocks and (
                (under_agency or (headed and line.layout and not line.wide))
                and (line.top <= _HEAD_LINE_ZONE[0] if line.layout else n < _HEAD_LINE_ZONE[1])))
                or in_note):
            # the agency's office or address under its name, a line of the header's blocks
            # read with stray marks ("BỘ PHẬN MỘT CỬA.. - nọ sô"), or a note's second line
            # ("(Ban hành theo Thông tư …" / "ngày 22/12/2014 của Bộ Tài chính)")
            kind = "header"
        else:
            under_agency = bool(line.upper and (_AGENCY.match(line.text) or (
                under_agency and kind == "other")))
        headed = headed or kind in ("motto", "agency", "header")
        in_note = (line.text.startswith("(") or in_note) and ")" not in line.text
        after_motto = kind == "motto" or (after_motto and kind == "header")
        if kind in ("motto", "agency"):
            header = True
        if kind == "body":
            break
        if kind != "title":
            open_block = False
            continue
        previous = blocks[-1][-1] if blocks and open_block else None
        if previous is not None and len(blocks[-1]) < _TITLE_LINES and (
                not line.layout
                or line.top - previous.bottom <= 1.2 * max(line.bottom - line.top,
                                                           previous.bottom - previous.top)):
            blocks[-1].append(line)
        else:
            blocks.append([line])
        open_block = not line.colon
    return blocks, header


def _column_blocks(lines: list[Line]) -> tuple[list[list[Line]], bool]:
    """``_blocks`` of a page, column by column when it holds two columns of blocks side by
    side: the body of one column does not end the search in the other."""
    if not any(line.column for line in lines):
        return _blocks(lines)
    left, left_header = _blocks([line for line in lines if line.column != 2])
    right, right_header = _blocks([line for line in lines if line.column != 1])
    return left + [b for b in right if b not in left], left_header or right_header


def _confidence(base: float, score: float) -> float:
    """How sure a match is: its evidence, less for a fuzzy match."""
    return round(max(0.0, base * (1 - (100 - 100 * score) * _FUZZY_LOSS / 100)), 3)


_PHOTO_BOX = re.compile(r"^\W*(?:dan\s+)?anh\W*(?:\d\s*[x×]\s*\d\W*)?(?:cm\W*)?$")
"""The words of a form's photo box ("Ảnh 4x6", "(Dán ảnh 3x4 cm)")."""


def _capitals_tail(title: str) -> str | None:
    """The run of words in capitals that ends a title line opening with a form's photo box
    ("Ảnh 4x6 SƠ YẾU LÝ LỊCH": the box's words read into the title's line), when it is at
    least two words; else None. Other words before capitals are left as read: the capitals
    after them need not start the title ("Công an PHƯỜNG AN KHÁNH …")."""
    words = title.split()
    n = len(words)
    while n > 0 and any(c.isalpha() for c in words[n - 1]) and not any(
            c.islower() or c.isdigit() for c in words[n - 1]):
        n -= 1
    tail = words[n:]
    if (n == 0 or len(tail) < 2 or sum(c.isalpha() for w in tail for c in w) < 6
            or not _PHOTO_BOX.match(fold(" ".join(words[:n])))):
        return None
    return " ".join(tail)


def _match_blocks(blocks: list[list[Line]],
                  types: Sequence[TypePatterns]) -> tuple[str, TitleMatch] | None:
    """The first title of these blocks that names a type at its head, unless it does so only
    fuzzily and a later one names a type exactly ("BẢO HIẾM XÃ HỘI VIỆT NAM", an agency's name
    read close to "sổ bảo hiểm xã hội", over "THẺ BẢO HIỂM Y TẾ"); failing that, the first
    that reads as a pattern less its first word (``TitleMatch.partial``)."""
    guess = None
    fuzzy: tuple[str, TitleMatch] | None = None
    for block in blocks:
        for n in range(len(block)):
            # the title may start on any line of the block and wrap over the next ones
            title = " ".join(line.text for line in block[n : n + _TITLE_LINES])
            found = match_title(title, types)
            if (found is None or not at_head(title, found)) and (
                    tail := _capitals_tail(title)) is not None:
                title, found = tail, match_title(tail, types)
            if found is not None and not at_head(title, found):
                # A type named further into a title is not its type: "TỜ KHAI CẤP BẢN SAO
                # TRÍCH LỤC" is a form asking for an extract, of a type the rules do not know
                # if "tờ khai" is not one.
                found = None
            partial = partial_match(title, types, found)
            if found is not None and (partial or found.score >= 1):
                return title, partial or found
            if found is not None and fuzzy is None:
                fuzzy = title, found
            if guess is None and partial is not None:
                guess = title, partial
    return fuzzy or guess


def _typed(title: str, m: TitleMatch, base: float, header: bool) -> PageClass:
    confidence = CONFIDENCE_PARTIAL if m.partial else _confidence(base, m.score)
    return PageClass(m.type_id, title, title_like=True, first_page=header, score=m.score,
                     confidence=confidence)


def classify_page(page: str | PageLayout, types: Sequence[TypePatterns]) -> PageClass:
    """Find a page's title and the type it names, from its layout when its words' boxes are
    known, else from its text, and read the marks of its place in a paper
    (``PageClass.marks``).

    With layout, a title is a run of centred lines (capitals of about the body's size, or
    lower case clearly larger) near the top, after the header and before the body. When none
    names a type, a run of capital lines found without layout still may, at a lower
    confidence.
    """
    text = page if isinstance(page, str) else page.text
    marks = page_marks(text, None if isinstance(page, str) else page)
    case_lines = text_lines(text)
    case_lines = case_lines[: max(12, int(len(case_lines) * _TEXT_ZONE) + 1)]
    lines = [] if isinstance(page, str) else layout_lines(page)
    layout_blocks, header = _column_blocks(lines) if lines else ([], False)
    case_blocks, case_header = _blocks(case_lines)
    if (found := _match_blocks(layout_blocks, types)) is not None:
        typed = any(_typed_title(line) and line.size < _LARGE and line.text in found[0]
                    for block in layout_blocks for line in block)
        page_class = _typed(*found, CONFIDENCE_CASE if typed else CONFIDENCE_LAYOUT, header)
    elif (found := _match_blocks(case_blocks, types)) is not None:
        page_class = _typed(*found, CONFIDENCE_CASE, header or case_header)
    else:
        # nothing names a type: a title found by layout (or, without layout, by capitals)
        # still starts a document, of unknown type; without layout, a label alone in
        # capitals ("BÊN A:") is no title
        blocks = layout_blocks if lines else [b for b in case_blocks
                                              if not all(line.colon for line in b)]
        title = " ".join(line.text for line in blocks[0]) if blocks else None
        opens = header if lines else case_header
        if (receipt := _receipt(text, title, types)) is not None:
            page_class = receipt
        elif not blocks and opens and (letter := _letter(case_lines, types)) is not None:
            page_class = letter
        elif (card := _card(text_lines(text), types)) is not None:
            page_class = card
        else:
            page_class = PageClass(None, title, title_like=bool(blocks), first_page=opens,
                                   confidence=CONFIDENCE_UNKNOWN)
    if page_class.doc_type is not None and (
            page_class.confidence <= CONFIDENCE_PARTIAL
            or (page_class.doc_type in _GENERIC and receipt_like_title(page_class.title))) and (
            (receipt := _receipt(text, page_class.title, types)) is not None
            and receipt.confidence > CONFIDENCE_PARTIAL):
        # a title guessed from its words less the first one, or one of a generic kind that
        # speaks of receiving a dossier ("THÔNG BÁO TIẾP NHẬN HỒ SƠ"), over a receipt's lines
        page_class = receipt
    return replace(page_class, marks=marks)


_CARD_TYPES = frozenset(("ban_sao_cccd", "ban_sao_cmnd", "ho_chieu"))
"""Identity papers whose copies are cards or a passport's page, not a titled paper."""
_CARD_LABELS = re.compile(r"\b(full name|date of birth|place of origin|place of residence"
                          r"|date of expiry|nationality|personal identification"
                          r"|so dinh danh|noi cu tru|noi thuong tru|que quan|co gia tri den)\b")
"""A card's labels, in English (the older cards') or in Vietnamese (the 2024 card's "Số định
danh", "Nơi cư trú"), folded."""
_MRZ = re.compile(r"^\W*(?:[I1lT|(]?[DO0<]|P<)VNM[0-9A-Z<$]{5}")
"""The machine-readable zone of a Vietnamese identity card or passport ("IDVNM0791…"), as OCR
may read its first letters ("(DVNM…", "TDVNM…") and its digits ("I9$9…")."""


def _card(lines: Sequence[Line], types: Sequence[TypePatterns]) -> PageClass | None:
    """A copy of an identity card (or a passport's page) when nothing else names a type: a
    card's two sides side by side are read into each other, so its name in capitals ("CĂN
    CƯỚC CÔNG DÂN") may stand anywhere on the page; it is taken when the page also carries
    two of a card's labels ("Full name", "Date of birth", "Số định danh", "Nơi cư trú") or its
    machine-readable zone (at the foot of the card's back, so the whole page is read), as
    sure as a title in capitals without layout. A name in two tongues ("PASAPORTE /
    PASSPORT", a foreign passport's) names the card by either."""
    text = " ".join(plain(line.text) for line in lines)
    if len(set(_CARD_LABELS.findall(text))) < 2 and not any(
            _MRZ.match(line.text.replace(" ", "")) for line in lines):
        return None
    cards = [t for t in types if t.id in _CARD_TYPES]
    for line in lines:
        if not line.upper:
            continue
        for name in line.text.split("/"):  # "PASAPORTE / PASSPORT": the country's tongue first
            if (found := match_title(name, cards)) is not None and at_head(name, found):
                return replace(_typed(line.text, found, CONFIDENCE_CASE, True), first_page=True)
    return None


def _receipt(text: str, title: str | None,
             types: Sequence[TypePatterns]) -> PageClass | None:
    """A one-stop receipt known by its labelled lines when no title names a type
    (``classify.receipt_body``)."""
    if not any(t.id == RECEIPT_TYPE for t in types) or not receipt_body(text):
        return None
    sure = title is None or receipt_like_title(title)
    return PageClass(RECEIPT_TYPE, title, title_like=True, first_page=True,
                     confidence=CONFIDENCE_BODY if sure else CONFIDENCE_BODY_OTHER_TITLE)


def _letter(lines: Sequence[Line], types: Sequence[TypePatterns]) -> PageClass | None:
    """An official letter (công văn), which has no title: under the header, its subject
    ("V/v cấp giấy chứng nhận …", or a letter's number, "Số: 231/CV-…") and its addressee
    ("Kính gửi:")."""
    folded = [fold(line.text) for line in lines[:_LETTER_LINES]]
    subject = next((line for line, f in zip(lines, folded, strict=False)
                    if _SUBJECT.match(f) or _LETTER_NUMBER.match(f)), None)
    if (subject is None or not any(_ADDRESSEE.match(f) for f in folded)
            or not any(t.id == LETTER_TYPE for t in types)):
        return None
    return PageClass(LETTER_TYPE, subject.text, title_like=True, first_page=True,
                     confidence=CONFIDENCE_LETTER)


def document_confidence(pages: Sequence[PageClass]) -> float:
    """How sure the type and the pages of a document are: its first page's type, and no surer
    than the least sure join that put its pages together (``classify.continuity``)."""
    first = pages[0] if pages else PageClass(None, None)
    typed = first.confidence if first.doc_type is not None else CONFIDENCE_UNKNOWN
    return min(typed, least_join(pages))
