"""The lines of a paper's header as the issuing body's finder reads them (``classify.fields_body``):
what OCR read between and after the words of a body's name taken out.

OCR reads the left header block of a paper on the same line as the motto, the rule under the
body's name, a stamp or a signature that overlaps it, and gives them as dots, dashes, stray
letters in lower case and words run together: "ỦY BAN NHÂN DÂN. -: . HUYỆN VĂN GIANG", "UBND
XÃ VĨNH THÀNH. ST.", "CHI NHÁNH CHÂU THÀNH. nh cụ Số: …", "SỞ NÔNG NGHIỆP su VÀ MÔI TRƯỜNG".
``segments`` cuts a line in capitals into the pieces a reader sees:

* a piece ends at a mark standing alone (".", "-:", "…") or ending a word ("CÔNG.", "ĐAI..."),
  and at a dash before an administrative word or a body's first word ("ỦY BAN NHÂN DÂN - XÃ
  IA HRÚ"): a dash inside a name joins two words of a sector ("LAO ĐỘNG - THƯƠNG BINH", "TÀI
  CHÍNH - KẾ HOẠCH") and is kept;
* marks before a word are dropped (".BỘ PHẬN", "-CHI NHÁNH"), and a word in lower case among
  capitals (a stamp's or a signature's letters) is left out;
* an administrative word run together with what follows is parted ("PHƯỜNG9", "XÃIA");
* a piece stops before a paper's title that OCR read on the same line ("TRƯỜNG MẦM NON HOA
  SEN THỰC ĐƠN …", "CÔNG TY … LAM SƠN TRÍCH ĐO ĐỊA CHÍNH …"), when two words at least are left.

``is_noise`` tells a piece that is no part of a name: fewer than four letters (a stamp's
"ST", "TC", a stray "2 1"). A line not in capitals is one piece, as read.
"""

from __future__ import annotations

import re

from classify.fields_text import is_upper
from sohoa.text import fold

__all__ = ["is_noise", "segments"]

_PLACE_START = re.compile(r"^(?:tinh|thanh pho|tp|huyen|quan|thi xa|thi tran|xa|phuong|dac khu"
                          r"|khu vuc)\b")
_BODY_START = re.compile(r"^(?:uy ban|ubnd|so|phong|chi nhanh|van phong|trung tam|cong an"
                         r"|bo phan|cuc|chi cuc|ban quan ly)\b")
_MID_TITLE = re.compile(
    r"\b(?:quyet dinh|giay (?:chung|moi|xac|gioi|phep|khen|bao|hen|de|uy|nop|ra|di|khai"
    r"|tiep|bien|cam)|bien (?:ban|lai|nhan)|phieu|thong (?:bao|cao)|to (?:trinh|khai)"
    r"|chuong trinh|(?<!du )lich(?! su)|thuc don|thoi khoa bieu|noi quy|bang (?:cham|diem|ke"
    r"|luong|thanh toan)|uy nhiem chi|hoa don|cong van|bao cao|danh (?:sach|ba)"
    r"|trich (?:luc|do)|hop dong|nghi quyet)\b")
"""A paper's title read on the header's line after the body's name."""
_GLUED = re.compile(r"^(PHƯỜNG|XÃ|QUẬN|HUYỆN|TỈNH)(?=\d|[A-ZĐ])", re.IGNORECASE)
_ALNUM = re.compile(r"\w")
_EDGE = re.compile(r"^[^\w(]+")


def _pieces(raw: str) -> list[list[str]]:
    """The words of ``raw`` (in capitals) in pieces, before titles are cut."""
    tokens = raw.split(" ")
    out: list[list[str]] = [[]]
    for n, token in enumerate(tokens):
        if not _ALNUM.search(token):
            nxt = fold(tokens[n + 1]) if n + 1 < len(tokens) else ""
            keep = (token in ("-", "–") and out[-1] and nxt and len(_letters(nxt)) >= 3
                    and not _PLACE_START.match(nxt) and not _BODY_START.match(nxt))
            if keep:
                out[-1].append(token)
            elif out[-1]:
                out.append([])
            continue
        word = _EDGE.sub("", token)
        ends = re.search(r"[^\w]+$", word)
        if ends and ends.group() in (",", ")"):
            ends = None  # "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"
        if ends and not _abbreviation(word):
            word = word[: ends.start()]
        if word[:1].islower() and not any(c.isdigit() for c in word):
            continue  # a stamp's or a signature's letters among capitals
        if glued := _GLUED.match(word):
            out[-1].extend((glued.group(1), word[glued.end():]))
        else:
            out[-1].append(word)
        if ends and word != token.lstrip() and not _abbreviation(token):
            out.append([])
    return [p for p in out if p]


def _abbreviation(word: str) -> bool:
    """A word whose dot is part of it: "TP.", "TT.", "Q.", "P."."""
    return bool(re.fullmatch(r"(?i)(?:tp|tt|q|p|h|x|t)\.", word.lstrip(".-–")))


def _letters(text: str) -> str:
    return "".join(c for c in text if c.isalpha())


def _cut_title(words: list[str]) -> list[str]:
    """``words`` up to a paper's title read after them, when two words at least are left."""
    folded = fold(" ".join(words))
    for m in _MID_TITLE.finditer(folded):
        head = folded[: m.start()].split()
        if len(head) >= 2:
            return words[: len(head)]
    return words


def segments(raw: str) -> list[str]:
    """The pieces of a header line (see the module docstring), in order."""
    if not is_upper(raw):
        return [raw]
    out: list[str] = []
    for piece in _pieces(raw):
        words = _cut_title(piece)
        out.append(" ".join(words))
        if len(words) < len(piece):
            out.append(" ".join(piece[len(words):]))
    return out


def is_noise(piece: str) -> bool:
    """Whether a piece is no part of a name: fewer than four letters ("SỞ Y TẾ" is a name)."""
    return len(_letters(piece)) < 4
