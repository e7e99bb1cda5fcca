"""Titles of pages: where a page's title stands, which document type it names, how sure that
is, and which pages start a document.

A Vietnamese administrative paper opens with its header: the issuing agency at the top left
(ỦY BAN NHÂN DÂN / XÃ …, then "Số: …"), the national motto at the top right or centred
(CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc, and the place and date),
then the title: centred, larger than the body, usually in capitals, wrapping over up to three
lines (GIẤY CHỨNG NHẬN / QUYỀN SỬ DỤNG ĐẤT, …), then the body. When the words' boxes are known
(:class:`PageLayout`, which ``ocr.PageText`` is) the title is found by that layout: capitals
are a hint, not a requirement ("Giấy ủy quyền" centred and large is a title). From text alone
only runs of capital lines can be told apart, and what is found that way counts for less.

A title names a type when one of the type's patterns stands in it as whole words; a long
pattern may be matched with a letter or two misread, but only from a title about as long as the
pattern. A page with a title that names no type, or with a header but no title, starts a
document of unknown type that a person reviews; a page with neither continues the document
before it.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from rapidfuzz import fuzz

from classify.types import PageClass
from sohoa.text import fold, nfc, normalise_space

__all__ = [
    "CONFIDENCE_CASE",
    "CONFIDENCE_LAYOUT",
    "CONFIDENCE_UNKNOWN",
    "PageLayout",
    "TitleMatch",
    "TypePatterns",
    "WordBox",
    "classify_page",
    "document_confidence",
    "group",
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
# * an unknown type is below the review threshold (0.5), so a person names it: 62 of 62
#   left-out documents became unknown documents of their own and were flagged.
CONFIDENCE_LAYOUT = 0.95
"""An exact whole-word match of a title found by its layout (centred, large, at the top)."""
CONFIDENCE_CASE = 0.8
"""An exact whole-word match of a run of capital lines, the layout unknown or not a title's."""
CONFIDENCE_UNKNOWN = 0.3
"""A document whose type no title names."""
_FUZZY_LOSS = 2.5
"""Confidence lost per point of fuzzy similarity below 100, in hundredths."""
_COPY_FORM = re.compile(r"^((ban )?(sao y|sao luc|trich sao|sao|chinh)( chung thuc)? )+")
"""Words that may stand before a title's head noun ("BẢN SAO GIẤY KHAI SINH")."""

_FUZZY_MIN_LENGTH = 12
"""Titles and patterns shorter than this are matched exactly: in a short string one letter
changes the word ("HỢP ĐỒNG" is not "HỢP ĐÔI")."""
_FUZZY_SCORE = 90.0
_TITLE_ZONE = 0.5
"""Share of the page's height, from the top, where a title stands."""
_TEXT_ZONE = 0.45
"""Without layout: share of the page's lines, from the top, where the title is looked for."""
_CENTRED = 0.06
"""A centred line's middle is at most this share of the page's (or text column's) width from
its middle. Sample titles: within 0.02 of the page's middle; left or right header blocks 0.2
and more."""
_LARGE = 1.2
"""A line in lower case is a title only when its words are at least this much taller than the
page's median word (sample titles in capitals: 1.08 to 2.2; body lines up to 1.15)."""
_READABLE = 0.9
"""A line in capitals is a title only when its words are not much smaller than the body's."""
_TITLE_WORDS = 12
"""A title in lower case is short; one in capitals may run over a line."""
_TITLE_LINES = 3

_MOTTO = ("cong hoa xa hoi chu nghia viet nam", "doc lap tu do hanh phuc",
          "socialist republic of viet nam", "independence freedom happiness")
_AGENCY = re.compile(
    r"^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND|SỞ|BỘ|TỔNG CỤC|CỤC|"
    r"CHI CỤC|TRUNG TÂM|CÔNG AN|VĂN PHÒNG|PHÒNG|TÒA ÁN|TOÀ ÁN|VIỆN KIỂM SÁT|KHO BẠC|"
    r"ĐẢNG ỦY|ĐẢNG UỶ|BAN CHỈ HUY|ĐỒN|CÔNG TY|NGÂN HÀNG|CHI NHÁNH|BỆNH VIỆN|TRƯỜNG)\b")
"""An issuing agency's line in the header (in capitals)."""
_PLACE = re.compile(r"^(XÃ|PHƯỜNG|THỊ TRẤN|THỊ XÃ|HUYỆN|QUẬN|THÀNH PHỐ|TỈNH|TP\.?)\s")
"""The second line of an agency's name ("XÃ LÙNG TÁM")."""
_REFERENCE = re.compile(
    r"^(Số|SỐ|Quyển số|QUYỂN SỐ|Mẫu|MẪU|Ký hiệu|Mã số|Mã hồ sơ|Kính gửi|Căn cứ|Hôm nay)\b")
"""Numbers, form codes and the lines that follow a title: never a title themselves."""
_DATE = re.compile(r"\bngày\b.{0,15}\btháng\b", re.IGNORECASE)
"""A place and date line ("Hà Giang, ngày 12 tháng 3 năm 2025", "ngày … tháng … năm …")."""
_SECTION = re.compile(r"^(Điều|ĐIỀU|Chương|CHƯƠNG|Phần|PHẦN|Mục|MỤC)\s+[\dIVXLC]+\b|"
                      r"^([IVX]+|\d+(\.\d+)*|[a-zđ])\s*[.)]\s")
"""A section heading ("Điều 4.", "II.", "2.1.", "a)"): the body has begun."""
_BODY_WORDS = 5
"""A line in lower case with at least this many words is body text (unless it is a short
centred line: a motto misread, a subtitle)."""
_WIDE = 0.75
"""A line at least this share of the text column's width is wide (a paragraph's line)."""
_NON_WORD = re.compile(r"[^a-z0-9]+")


class WordBox(Protocol):
    """One recognised word and its box in pixels (``ocr.Word`` is one)."""

    @property
    def text(self) -> str: ...
    @property
    def left(self) -> int: ...
    @property
    def top(self) -> int: ...
    @property
    def width(self) -> int: ...
    @property
    def height(self) -> int: ...
    @property
    def line(self) -> int: ...


class PageLayout(Protocol):
    """A page's words with their boxes (``ocr.PageText`` is one)."""

    @property
    def width(self) -> int: ...
    @property
    def height(self) -> int: ...
    @property
    def words(self) -> Sequence[WordBox]: ...
    @property
    def text(self) -> str: ...


class TypePatterns(Protocol):
    """A document type as matching needs it: its id and folded title patterns."""

    @property
    def id(self) -> str: ...
    @property
    def patterns(self) -> tuple[str, ...]: ...


@dataclass(frozen=True, slots=True)
class TitleMatch:
    """The type a title names."""

    type_id: str
    score: float
    """1.0 for an exact whole-word match, the similarity (0.9..1) for a fuzzy one."""
    at: int
    """Where the pattern starts in the folded title: the earliest names the type."""


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    upper: bool
    top: float = 0.0
    """Share of the page's height; 0 without layout."""
    bottom: float = 0.0
    size: float = 1.0
    """Median height of its words over the page's median word height; 1 without layout."""
    centred: bool = False
    wide: bool = False
    """It spans most of the text column (a line of a paragraph, not a centred heading)."""
    right: bool = False
    """It stands in the right half of the page (where signature blocks stand)."""
    layout: bool = False


def _letters(text: str) -> int:
    return sum(c.isalpha() for c in text)


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _plain(text: str) -> str:
    """Folded, punctuation to spaces: what patterns are matched against."""
    return normalise_space(_NON_WORD.sub(" ", fold(text)))


def _text_lines(text: str) -> list[_Line]:
    lines = [normalise_space(line) for line in nfc(text).splitlines()]
    return [_Line(line, _is_upper(line)) for line in lines if _letters(line) >= 3]


def _layout_lines(page: PageLayout) -> list[_Line]:
    """The page's lines, top to bottom, with their size and whether they are centred."""
    rows: dict[int, list[WordBox]] = {}
    for w in page.words:
        rows.setdefault(w.line, []).append(w)
    sized = [w.height for w in page.words if _letters(w.text) >= 2]
    if not rows or not sized or page.width <= 0 or page.height <= 0:
        return []
    body = max(1.0, statistics.median(sized))
    lefts = sorted(min(w.left for w in ws) for ws in rows.values())
    rights = sorted(max(w.left + w.width for w in ws) for ws in rows.values())
    column = (lefts[len(lefts) // 10], rights[-(len(rights) // 10) - 1])
    out = []
    for ws in rows.values():
        text = nfc(" ".join(w.text for w in ws))
        if _letters(text) < 3:
            continue
        left, right = min(w.left for w in ws), max(w.left + w.width for w in ws)
        middle = (left + right) / 2
        centred = (abs(middle - page.width / 2) <= _CENTRED * page.width
                   or (column[1] > column[0]
                       and abs(middle - sum(column) / 2) <= _CENTRED * (column[1] - column[0])))
        out.append(_Line(
            normalise_space(text), _is_upper(text), min(w.top for w in ws) / page.height,
            max(w.top + w.height for w in ws) / page.height,
            statistics.median(w.height for w in ws) / body, centred,
            right - left >= _WIDE * (column[1] - column[0]),
            not centred and middle > page.width / 2, True))
    return sorted(out, key=lambda line: line.top)


def _kind(line: _Line) -> str:
    """What a line of a page's top is: motto, agency, header, title, body or other."""
    plain = _plain(line.text)
    if any(m in plain or (len(plain) >= 12 and fuzz.partial_ratio(m, plain) >= 85)
           for m in _MOTTO):
        return "motto"
    if line.upper and _AGENCY.match(line.text):
        # an agency's name at the right is a signature block's ("TM. ỦY BAN NHÂN DÂN"), which
        # may open a last page; the issuing agency heads the left column or the middle
        return "header" if line.right else "agency"
    if ((line.upper and _PLACE.match(line.text)) or _REFERENCE.match(line.text)
            or _DATE.search(line.text) or line.text.startswith("(")):
        return "header"
    if _SECTION.match(line.text):
        return "body"
    words = len(line.text.split())
    if not line.text.endswith(":"):
        if not line.layout and line.upper:
            return "title"
        if line.layout and line.centred and line.top <= _TITLE_ZONE and (
                (line.upper and line.size >= _READABLE)
                or (line.size >= _LARGE and words <= _TITLE_WORDS)):
            return "title"
    if not line.upper and words >= _BODY_WORDS and (not line.layout or line.wide
                                                      or not line.centred):
        return "body"
    return "other"


def _blocks(lines: list[_Line]) -> tuple[list[list[_Line]], bool]:
    """The title blocks of a page's top (consecutive title lines) and whether the page opens
    with a header (the motto or an agency): it is the first page of a document."""
    blocks: list[list[_Line]] = []
    header = open_block = False
    for line in lines:
        if line.layout and line.top > _TITLE_ZONE:
            break
        kind = _kind(line)
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
        open_block = True
    return blocks, header


@lru_cache(maxsize=512)
def _whole_words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z0-9]){re.escape(pattern)}(?![a-z0-9])")


def _near_boundary(s: str, i: int, *, start: bool) -> bool:
    """Is position ``i`` of ``s`` a word's start (or end), give or take one letter?"""

    def edge(j: int) -> bool:
        return (j == 0 or s[j - 1] == " ") if start else (j == len(s) or s[j] == " ")

    return any(0 <= j <= len(s) and edge(j) for j in (i, i - 1, i + 1))


def _find(pattern: str, title: str) -> tuple[int, float] | None:
    """Where a (plain) pattern stands in a (plain) title as whole words, and how well."""
    if m := _whole_words(pattern).search(title):
        return m.start(), 1.0
    if len(pattern) < _FUZZY_MIN_LENGTH or len(title) < _FUZZY_MIN_LENGTH:
        return None
    if len(title) < len(pattern):
        # a shorter title is compared whole: "GIẤY CHỨNG SINH" is not read into "giấy chứng
        # nhận quyền sử dụng đất" because it resembles the pattern's beginning
        score = fuzz.ratio(title, pattern)
        return (0, score / 100) if score >= _FUZZY_SCORE else None
    # Compare the pattern with runs of whole words of the title (as many words as the pattern
    # has, or one more or fewer where OCR split or joined a word), the first run close enough
    # wins: an alignment inside words would let "giấy chứng tử" match "giấy chứng nhận …" by
    # dropping its last word.
    words = title.split(" ")
    starts = [0]
    for w in words[:-1]:
        starts.append(starts[-1] + len(w) + 1)
    n = len(pattern.split(" "))
    for i in range(len(words)):
        scores = [fuzz.ratio(" ".join(words[i:i + k]), pattern)
                  for k in (n - 1, n, n + 1) if k >= 1 and i + k <= len(words)]
        if scores and max(scores) >= _FUZZY_SCORE:
            return starts[i], max(scores) / 100
    return None


def match_title(title: str, types: Sequence[TypePatterns]) -> TitleMatch | None:
    """The type a title names, or None.

    The title's head noun wins: "ĐƠN ĐỀ NGHỊ CẤP ĐỔI GIẤY CHỨNG NHẬN …" is an application, so
    the pattern that starts first in the title names the type (then the best matched, then the
    longest).
    """
    plain = _plain(title)
    hits = []
    for t in types:
        for p in t.patterns:
            pattern = _plain(p)
            if pattern and (found := _find(pattern, plain)) is not None:
                hits.append((found[0], -found[1], -len(pattern), t.id))
    if not hits:
        return None
    at, score, _, type_id = min(hits)
    return TitleMatch(type_id, -score, at)


def _confidence(base: float, score: float) -> float:
    """How sure a match is: its evidence, less for a fuzzy match."""
    return round(max(0.0, base * (1 - (100 - 100 * score) * _FUZZY_LOSS / 100)), 3)


def _at_head(title: str, found: TitleMatch) -> bool:
    """Does the pattern stand at the head of the title (after "BẢN SAO" and the like)?"""
    plain = _plain(title)
    return found.at <= len(plain) - len(_COPY_FORM.sub("", plain)) + 1


def _match_blocks(blocks: list[list[_Line]],
                  types: Sequence[TypePatterns]) -> tuple[str, TitleMatch] | None:
    for block in blocks:
        for n in range(len(block)):
            # the title may start on any line of the block and wrap over the next ones
            title = " ".join(line.text for line in block[n : n + _TITLE_LINES])
            if (found := match_title(title, types)) is not None and _at_head(title, found):
                return title, found
    # A type named further into a title is not its type: "TỜ KHAI CẤP BẢN SAO TRÍCH LỤC" is a
    # form asking for an extract, of a type the rules do not know if "tờ khai" is not one.
    return None


def classify_page(page: str | PageLayout, types: Sequence[TypePatterns]) -> PageClass:
    """Find a page's title and the type it names, from its layout when its words' boxes are
    known, else from its text.

    With layout, a title is a run of centred lines (capitals of about the body's size, or
    lower case clearly larger) near the top, after the header and before the body. When none
    names a type, a run of capital lines found without layout still may, at a lower
    confidence.
    """
    text = page if isinstance(page, str) else page.text
    case_lines = _text_lines(text)
    case_lines = case_lines[: max(12, int(len(case_lines) * _TEXT_ZONE) + 1)]
    layout_lines = [] if isinstance(page, str) else _layout_lines(page)
    layout_blocks, header = _blocks(layout_lines) if layout_lines else ([], False)
    if (found := _match_blocks(layout_blocks, types)) is not None:
        title, m = found
        return PageClass(m.type_id, title, title_like=True, first_page=header, score=m.score,
                         confidence=_confidence(CONFIDENCE_LAYOUT, m.score))
    case_blocks, case_header = _blocks(case_lines)
    if (found := _match_blocks(case_blocks, types)) is not None:
        title, m = found
        return PageClass(m.type_id, title, title_like=True, first_page=header or case_header,
                         score=m.score, confidence=_confidence(CONFIDENCE_CASE, m.score))
    # nothing names a type: a title found by layout (or, without layout, by capitals) still
    # starts a document, of unknown type
    blocks = layout_blocks if layout_lines else case_blocks
    title = " ".join(line.text for line in blocks[0]) if blocks else None
    return PageClass(None, title, title_like=bool(blocks),
                     first_page=header if layout_lines else case_header,
                     confidence=CONFIDENCE_UNKNOWN)


def group(pages: Sequence[PageClass]) -> list[list[int]]:
    """Group consecutive pages into documents: a page that starts a document (it has a title,
    known or not, or opens with a header) starts one; any other joins the document before."""
    groups: list[list[int]] = []
    for i, page in enumerate(pages):
        if page.starts_document or not groups:
            groups.append([i])
        else:
            groups[-1].append(i)
    return groups


def document_confidence(first: PageClass) -> float:
    """How sure the type of a document is, from its first page; the pages after it change
    nothing."""
    return first.confidence if first.doc_type is not None else CONFIDENCE_UNKNOWN
