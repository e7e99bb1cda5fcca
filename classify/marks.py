"""What a page shows of its place in a paper (``PageMarks``): its printed page number, its
numbered headings, whether it opens mid-sentence or with a heading that belongs inside a paper,
whether it holds or ends with a signature block, and its typeface's size.

Read from the page's text in reading order (so from the text alone too), the typeface's size
from the words' boxes when they are known. ``classify.continuity`` weighs them.
"""

from __future__ import annotations

import re

from classify.layout import PageLayout, body_points, clean, letters
from classify.types import PageMarks
from sohoa.text import fold, nfc, normalise_space

__all__ = ["heading", "inner_heading", "page_marks", "signature_line"]

_ORDINAL = {"nhat": 1, "hai": 2, "ba": 3, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8,
            "chin": 9, "muoi": 10}
_NUMBERED = re.compile(r"^(dieu|chuong|phan|muc)\s+(thu\s+([a-z]+)|([0-9ivxlo|!]{1,6}))"
                       r"(?![a-z0-9])")
"""An article, chapter, part or section heading, folded ("Điều 4.", "PHẦN II", "Mục 1", "PHẦN
THỨ HAI"), with the numbers OCR misreads ("PHẦN Il", "Điều 1O")."""
_ROMAN_HEAD = re.compile(r"^([IVXL]{1,5})\s*[.)]\s+\S")
"""A top-level heading numbered in Roman capitals ("IV. THỜI HẠN ỦY QUYỀN")."""
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
_INNER = re.compile(
    r"^(loi chung|phan (xac nhan|ghi|danh cho|chung thuc|ket luan)|xac nhan cua|y kien cua|"
    r"nhan xet cua|ket luan cua|danh cho (can bo|co quan)|chung thuc cua)\b")
"""Folded starts of the headings a paper holds after its title: a notary's or a committee's
attestation, the certifying body's part, an opinion (never the title of a paper of its own)."""
_NUMBER_LINE = re.compile(r"^(?:(?:trang|page|to)\s*(\d{1,3})(?:\s*/\s*(\d{1,3}))?|"
                          r"-\s*(\d{1,3})\s*-|(\d{1,3})\s*/\s*(\d{1,3})|(\d{1,2}))$")
"""A page number line, folded: "Trang 2", "Trang 2/3", "Page 2", "- 2 -", "2/3", a lone "2"
(the administrative style numbers pages from the second, alone at the top; a lone number of
three digits is more likely a serial number)."""
_SIGN_NOTE = re.compile(r"\(\s*(ky|chu ky|ky ten)\b(?!\s*hieu)|^noi nhan\b|"
                        r"^(tm|kt|tl|tuq|q)\s*[.:]\s*[a-z]")
"""A signature block's note ("(Ký, ghi rõ họ tên)"), its recipients list ("Nơi nhận:") or its
capacity ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), folded."""
_ROLE = (r"(nguoi (khai|lam don|viet don|de nghi|yeu cau|nop|uy quyen|duoc uy quyen|lap|"
         r"ke khai|cam doan|cam ket|nhan|giao|tiep nhan|dai dien|lam chung|lam bang)[a-z ]{0,20}|"
         r"(pho )?chu tich|(pho )?giam doc|(pho )?truong (phong|ban|cong an)[a-z ]{0,20}|"
         r"thu truong[a-z ]{0,20}|cong chung vien|chung thuc vien|can bo [a-z ]{2,20}|"
         r"ben [ab]|ben (uy quyen|duoc uy quyen|chuyen nhuong|nhan chuyen nhuong|tang cho|"
         r"duoc tang cho|ban|mua|cho thue|thue|vay|cho vay|the chap|nhan the chap)|"
         r"thu quy|ke toan truong|ke toan|nguoi mua hang|nguoi ban hang)")
_ROLE_LINE = re.compile(rf"^{_ROLE}( {_ROLE})?$")
"""A line that is only a signer's role, or two side by side ("BÊN A BÊN B"), folded."""
_LONG = 8
"""A line of at least this many words is a line of a paragraph."""


def _number(token: str) -> int | None:
    """A heading's number: Arabic, Roman (with "l", "|", "!" read for "I") or misread ("1O")."""
    if any(c.isdigit() for c in token):
        digits = token.translate(str.maketrans("lio|!", "11011"))
        return int(digits) if digits.isdigit() else None
    roman = token.translate(str.maketrans("l|!", "iii"))
    if not roman or any(c not in _ROMAN for c in roman):
        return None
    values = [_ROMAN[c] for c in roman]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v
               for i, v in enumerate(values))


def heading(line: str) -> tuple[str, int] | None:
    """The kind and number of a numbered heading line ("Điều 4. …" -> ("dieu", 4), "V. CAM
    KẾT" -> ("roman", 5)), or None."""
    text = clean(line)[0]
    if m := _ROMAN_HEAD.match(text):
        value = _number(m.group(1).lower())
        return ("roman", value) if value else None
    m = _NUMBERED.match(fold(text))
    if m is None:
        return None
    value = _ORDINAL.get(m.group(3) or "") or _number(m.group(4) or "")
    return (m.group(1), value) if value else None


def inner_heading(line: str, *, numbered: bool = True) -> bool:
    """Is this a heading that belongs inside a paper: an attestation, a part for another body
    or (unless ``numbered`` is False) a numbered article, chapter, part or section?"""
    return bool(_INNER.match(fold(clean(line)[0]))) or (numbered and heading(line) is not None)


def _opens_inside(line: str) -> bool:
    """Does a page whose first line this is open inside a paper: with an attestation or a
    part for another body, a section ("MỤC 1": a part or chapter holds it), or an article,
    chapter or part past the first ("Điều 3.", "PHẦN II"; the first may open a paper)?"""
    if inner_heading(line, numbered=False):
        return True
    found = heading(line)
    return found is not None and (found[0] == "muc" or found[1] >= 2)


def _page_number(lines: list[str]) -> tuple[int | None, int | None]:
    """The printed page number, from the first two and last two lines."""
    for at, line in [*enumerate(lines[:2]), *((-1, x) for x in lines[-2:])]:
        m = _NUMBER_LINE.match(normalise_space(fold(line)))
        if m is None:
            continue
        if m.group(6) is not None and at != 0:
            continue  # a lone number counts only as the first line
        number = int(next(g for g in (m.group(1), m.group(3), m.group(4), m.group(6)) if g))
        total = m.group(2) or m.group(5)
        if m.group(6) is not None and number < 2:
            continue
        return number, int(total) if total else None
    return None, None


def signature_line(line: str) -> bool:
    """Is this a line of a signature block: a signer's capacity or role, a note to sign, the
    recipients list? Never a title, wherever it stands."""
    folded = normalise_space(fold(clean(line)[0]))
    return bool(_SIGN_NOTE.search(folded) or _ROLE_LINE.match(folded))


def _signature(lines: list[str]) -> tuple[bool, bool]:
    """Whether the page holds a signature block (a last page may hold only that), and whether
    it ends with one: in its lower half, with no more than one paragraph line after it."""
    found = [i for i, line in enumerate(lines) if signature_line(line)]
    if not found:
        return False, False
    last = found[-1]
    after = [x for x in lines[last + 1:] if len(x.split()) >= _LONG
             and not x.lstrip().startswith(("-", "+", "("))]
    return True, last >= len(lines) // 2 and len(after) <= 1


def page_marks(text: str, layout: PageLayout | None = None) -> PageMarks:
    """Read a page's marks from its text (and its typeface's size from its layout)."""
    lines = [normalise_space(x) for x in nfc(text).splitlines() if normalise_space(x)]
    number, of = _page_number(lines)
    worded = [x for x in lines if letters(clean(x)[0]) >= 3]
    first = clean(worded[0])[0] if worded else ""
    signed, ends_signed = _signature(worded)
    return PageMarks(
        number=number, of=of,
        headings=tuple(h for x in worded if (h := heading(x)) is not None),
        opens_lower=bool(first) and first[0].isalpha() and first[0].islower(),
        inner_heading=bool(first) and _opens_inside(first),
        signed=signed, ends_signed=ends_signed,
        prose=sum(len(x.split()) >= _LONG for x in worded) >= 3,
        words=sum(len(x.split()) for x in lines),
        points=body_points(layout) if layout is not None else 0.0)
