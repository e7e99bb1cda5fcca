"""A one-stop counter's receipt known by its body when its title is misread or missing.

The receipt of a one-stop counter (Thông tư 01/2018/TT-VPCP, Mẫu số 01 "Giấy tiếp nhận hồ sơ và
hẹn trả kết quả", and the receipts the provinces' one-stop systems print: "Biên nhận hồ sơ",
"Phiếu biên nhận", "Phiếu hẹn trả kết quả") prints the same labelled lines whatever its title:
who the dossier was received from ("Tiếp nhận hồ sơ của:", "Người nộp hồ sơ:"), the dossier's
code ("Mã hồ sơ:", "Mã biên nhận:", "Số biên nhận:"), the procedure ("Thủ tục:", "Tên thủ tục
hành chính:", "Nội dung yêu cầu giải quyết:", "Lĩnh vực:"), the papers and their count
("Thành phần hồ sơ", "Số lượng hồ sơ:") and the day the result is due ("Ngày hẹn trả:", "Thời
gian trả kết quả:", "Hẹn trả kết quả ngày:"). A page whose title names no type is taken for a
receipt when ``MIN_GROUPS`` kinds of those lines stand on it, one of them what only a receipt
prints (the dossier received from someone, a receipt's own number, the day the result is due).

Only labelled lines count (a label followed by its colon, or a numbered point of the form), so
a register's table (Mẫu số 06, "Sổ theo dõi hồ sơ", whose column heads are the same words) is no
receipt. How sure: ``CONFIDENCE_BODY`` when the page has no title or its title reads as a
receipt's words misread; ``CONFIDENCE_BODY_OTHER_TITLE`` (below the review threshold) when it has
a title of its own that names no type: a person confirms that the paper is a receipt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sohoa.text import fold

__all__ = ["CONFIDENCE_BODY", "CONFIDENCE_BODY_OTHER_TITLE", "MIN_GROUPS", "RECEIPT_TYPE",
           "receipt_body", "receipt_like_title"]

RECEIPT_TYPE = "phieu_tiep_nhan"
MIN_GROUPS = 3
"""At least this many kinds of a receipt's lines, one of them a receipt's own."""
CONFIDENCE_BODY = 0.7
"""No title, or one that reads as a receipt's words: the labels of Mẫu số 01 are printed, not
guessed, and three kinds together are found on no other paper of the counter; a judgement, as
``classify.titles.CONFIDENCE_LETTER`` for an official letter known by its lines."""
CONFIDENCE_BODY_OTHER_TITLE = 0.45
"""A title that names no type stands above the receipt's lines: typed a receipt, reviewed."""

_LABEL_END = r"\s*(?:[(][^)]{0,30}[)]\s*)?[:.]"
_OWN = (
    r"tiep nhan ho so (?:cua|tu)(?: ong| ba)?\b",
    r"(?:ma|so) bien nhan" + _LABEL_END,
    r"(?:ngay|thoi gian|thoi han) (?:hen )?tra(?: ket qua)?(?: giai quyet)?(?: ho so)?"
    + _LABEL_END,
    r"hen tra(?: ket qua)?(?: vao)?(?: ngay| luc)?" + _LABEL_END,
    r"ngay hen" + _LABEL_END,
)
"""What only a receipt prints: from whom it received the dossier, its own number, the day the
result is due."""
_GROUPS = (
    *_OWN,
    r"ma (?:so )?ho so" + _LABEL_END,
    r"(?:ten )?(?:thu tuc(?: hanh chinh)?|tthc)(?: [a-z]+){0,4}" + _LABEL_END
    + r"|noi dung (?:yeu cau|de nghi)(?: giai quyet)?" + _LABEL_END,
    r"linh vuc(?: giai quyet)?" + _LABEL_END,
    r"thanh phan ho so\b",
    r"so luong(?: ho so)?(?: nop)?" + _LABEL_END,
    r"(?:ngay|thoi gian) (?:nhan|tiep nhan|nop)(?: ho so)?" + _LABEL_END,
    r"nguoi (?:nop|tiep nhan)(?: ho so)?" + _LABEL_END + r"|nguoi nop ho so\s*$"
    r"|nguoi tiep nhan(?: ho so)?\s*$",
    r"(?:bo phan|noi) (?:tiep nhan|tra ket qua|mot cua)\b",
)
_START = r"^\W*(?:\d{1,2}\s*[.)/-]\s*|[a-z]\)\s*|[-–•+*]\s*)?"
"""A label starts its line, after a point's number or a dash; the first and fourth kinds may
also follow another label on the line ("Mã hồ sơ: … Tiếp nhận hồ sơ của: …")."""
_PATTERNS = tuple(re.compile(_START + f"(?:{g})") for g in _GROUPS)
_ANYWHERE = tuple(re.compile(rf"(?<![a-z])(?:{g})") for g in _GROUPS)
_RECEIPT_WORDS = re.compile(r"\b(?:bien nhan|tiep nhan|hen tra|nhan ho so|giay hen|phieu hen)\b")
"""A title that still reads as a receipt's through OCR's misreadings."""


def _groups(folded: Iterable[str]) -> set[int]:
    found: set[int] = set()
    for line in folded:
        for k, (start, anywhere) in enumerate(zip(_PATTERNS, _ANYWHERE, strict=True)):
            if start.search(line) or (k < len(_OWN) and anywhere.search(line)):
                found.add(k)
    return found


def receipt_body(text: str) -> bool:
    """Does the page's text carry a receipt's labelled lines (``MIN_GROUPS`` kinds, one of
    them a receipt's own)?"""
    found = _groups(fold(line).strip() for line in text.splitlines())
    return len(found) >= MIN_GROUPS and any(k < len(_OWN) for k in found)


def receipt_like_title(title: str | None) -> bool:
    """Does a title that names no type still read as a receipt's ("BIÊN NHẬN", "PHIẾU HẸN")?"""
    return bool(title) and bool(_RECEIPT_WORDS.search(fold(title or "")))
