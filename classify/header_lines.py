"""The lines of a paper's header as the issuing body's finder reads them (``classify.fields_body``):
what OCR read between and after the words of a body's name taken out.

OCR reads the left header block of a paper on the same line as the motto, the rule under the
body's name, a stamp or a signature that overlaps it, and gives them as dots, dashes, stray
letters in lower case and words run together: "ỦY BAN NHÂN DÂN. -: . HUYỆN VĂN GIANG", "UBND
XÃ VĨNH THÀNH. ST.", "CHI NHÁNH CHÂU THÀNH. nh cụ Số: …", "SỞ NÔNG NGHIỆP su VÀ MÔI TRƯỜNG".
``segments`` cuts a line in capitals into the pieces a reader sees:

* a piece ends at a mark standing alone (".", "-:", "…") or ending a word ("CÔNG.", "ĐAI..."),
  and at a dash before an administrative word, a body's first word or letters that are no
  syllable ("ỦY BAN NHÂN DÂN - XÃ IA HRÚ", "SƠN TỊNH - TC"): a dash inside a name joins two
  words of a sector ("LAO ĐỘNG - THƯƠNG BINH", "TÀI CHÍNH - KẾ HOẠCH") and is kept;
* marks before a word are dropped (".BỘ PHẬN", "-CHI NHÁNH"), and a word in lower case among
  capitals (a stamp's or a signature's letters) is left out;
* an administrative word run together with what follows is parted ("PHƯỜNG9", "XÃIA"), and
  two syllables OCR read as one word ("PHỐHIẾN", ``split_glued``); a mark read alone ("ˆ") is
  none; a word of three letters or more in small letters among capitals is one of the name
  ("KHU vực"), a run of two of them ends the header ("… MỸ THỌ bo tơ sơ");
* a piece stops before a paper's title that OCR read on the same line ("TRƯỜNG MẦM NON HOA
  SEN THỰC ĐƠN …", "CÔNG TY … LAM SƠN TRÍCH ĐO ĐỊA CHÍNH …"), when two words at least are left.

``is_noise`` tells a piece that is no part of a name: fewer than four letters (a stamp's
"ST", "TC", a stray "2 1"). A line not in capitals is one piece, as read.
"""

from __future__ import annotations

import re
import unicodedata

from classify.fields_text import is_upper
from sohoa.text import fold

__all__ = ["is_noise", "segments", "split_glued"]

_PLACE_START = re.compile(r"^(?:tinh|thanh pho|tp|huyen|quan|thi xa|thi tran|xa|phuong|dac khu"
                          r"|khu vuc)\b")
_BODY_START = re.compile(r"^(?:uy ban|ubnd|so|phong|chi nhanh|van phong|trung tam|cong an"
                         r"|bo phan|cuc|chi cuc|ban quan ly)\b")
_MID_TITLE = re.compile(
    r"\b(?:quyet dinh|giay (?:chung|moi|xac|gioi|phep|khen|bao|hen|de|uy|nop|ra|di|khai"
    r"|tiep|bien|cam)|bien (?:ban|lai|nhan)|phieu|thong (?:bao|cao)|to (?:trinh|khai)"
    r"|chuong trinh|(?<!du )lich(?! su)|thuc don|thoi khoa bieu|noi quy|bang (?:cham|diem|ke"
    r"|luong|thanh toan)|uy nhiem chi|hoa don|cong van|bao cao|danh (?:sach|ba)"
    r"|trich (?:luc|do)|hop dong|nghi quyet|sao ke|phuong an|dieu le)\b")
"""A paper's title read on the header's line after the body's name."""
_GLUED = re.compile(r"^(PHƯỜNG|XÃ|QUẬN|HUYỆN|TỈNH)(?=\d|[A-ZĐ])", re.IGNORECASE)
_EDGE = re.compile(r"^[^\w(]+")
_ADMIN_DOT = re.compile(r"^(?:xa|phuong|huyen|quan|tinh|ubnd)\.$")
"""An administrative word whose dot OCR read from the rule or the motto ("XÃ. LẠC DƯƠNG"):
the name goes on."""
_SHORT_WORDS = frozenset(("vụ", "tế", "tư", "tự", "xã", "hộ", "hạ", "kế", "sở", "bộ", "tổ", "ủy",
                          "và", "lý", "đô"))
"""Words of two letters of bodies' names ("DỊCH vụ", "Y tế") OCR may read in small letters
among capitals: kept, with their marks, where a stamp's letters ("bo", "có", "Si") are not."""
_VOWELS = frozenset("aeiouy")
_CODA = frozenset("cmnptk")
"""Letters a syllable may end with after its vowel (with "ch", "ng", "nh")."""
_CLUSTERS = frozenset(("ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr"))


def _is_letter(c: str) -> bool:
    """A letter of a word: not the modifier OCR reads from a mark alone ("ˆ")."""
    return unicodedata.category(c) in ("Lu", "Ll", "Lt", "Lo")


def _has_word(token: str) -> bool:
    return any(_is_letter(c) or c.isdigit() for c in token)


def split_glued(word: str) -> list[str]:
    """A word in capitals that OCR read run together with the next ("PHỐHIẾN", "VĂNMIẾU",
    "LẠNGSƠN", "SỞNÔNG"), parted where no Vietnamese syllable can go on: after a vowel, a
    consonant no syllable ends with; between two consonants, a pair that is no cluster. Only
    when every part has a vowel: "UBND", "ĐẮK", "KRÔNG" stay whole."""
    folded = fold(word)
    if len(word) < 5 or not word.isupper() or not folded.isalpha():
        return [word]
    cuts = [0]
    for i in range(1, len(folded)):
        a, b = folded[i - 1], folded[i]
        if b in _VOWELS:
            continue
        after_vowel = a in _VOWELS and b not in _CODA
        between = (a not in _VOWELS and f"{a}{b}" not in _CLUSTERS
                   and not (a == "n" and b in "gh") and not (a == "c" and b == "h"))
        if after_vowel or between:
            cuts.append(i)
    parts = [word[x:y] for x, y in zip(cuts, [*cuts[1:], len(word)], strict=True)]
    if len(parts) == 1 or not all(set(fold(p)) & _VOWELS and len(p) >= 2 for p in parts):
        return [word]
    return parts


def _pieces(raw: str) -> list[list[str]]:
    """The words of ``raw`` (in capitals) in pieces, before titles are cut."""
    tokens = raw.split(" ")
    out: list[list[str]] = [[]]
    for n, token in enumerate(tokens):
        token = "".join(c for c in token if unicodedata.category(c) not in ("Lm", "Sk"))
        if not _has_word(token):
            nxt = fold(tokens[n + 1]) if n + 1 < len(tokens) else ""
            keep = (token in ("-", "–") and out[-1] and len(_letters(nxt)) >= 2
                    and bool(set(nxt) & _VOWELS) and not _PLACE_START.match(nxt)
                    and not _BODY_START.match(nxt))
            if keep:
                out[-1].append(token)
            elif out[-1] and token:
                out.append([])
            continue
        word = _EDGE.sub("", token)
        ends = re.search(r"[^\w]+$", word)
        if ends and (ends.group() in (",", ")") or _ADMIN_DOT.match(fold(word))):
            word, ends = word.rstrip("."), None  # "SỞ VĂN HÓA, THỂ THAO …", "XÃ. LẠC DƯƠNG"
        if ends and not _abbreviation(word):
            word = word[: ends.start()]
        short = len(_letters(word)) <= 2 and not word.isdigit()
        if short and not word.isupper() and word.lower() not in _SHORT_WORDS and out[-1]:
            continue  # a stamp's or a signature's letters among capitals ("Si", "bo", "có")
        if not word.isupper() and not any(c.isdigit() for c in word):
            word = word.upper()  # a word of the name OCR read in small letters ("KHU vực", "Sở")
        if glued := _GLUED.match(word):
            out[-1].extend((glued.group(1), word[glued.end():]))
        else:
            out[-1].extend(split_glued(word))
        if ends and word != token.lstrip() and not _abbreviation(token):
            out.append([])
    return [p for p in out if p]


def _abbreviation(word: str) -> bool:
    """A word whose dot is part of it: "TP.", "TT.", "Q.", "P."."""
    return bool(re.fullmatch(r"(?i)(?:tp|tt|q|p|h|x|t)\.", word.lstrip(".-–")))


def _letters(text: str) -> str:
    return "".join(c for c in text if _is_letter(c))


def _cut_title(words: list[str]) -> list[str]:
    """``words`` up to a paper's title read after them, when two words at least are left."""
    folded = fold(" ".join(words))
    for m in _MID_TITLE.finditer(folded):
        head = folded[: m.start()].split()
        if len(head) >= 2:
            return words[: len(head)]
    return words


_LOWER_RUN = re.compile(r"\s+[^\W\d_A-ZĐ]\S*\s+[^\W\d_A-ZĐ]\S*(?:\s|$)")
"""Two words in small letters in a row: what OCR read beside a header in capitals (the motto's
"bo tơ sơ", a stamp) rather than a word of it."""


def segments(raw: str) -> list[str]:
    """The pieces of a header line (see the module docstring), in order."""
    if not is_upper(raw):
        head = raw[: m.start()] if (m := _LOWER_RUN.search(raw)) else ""
        if len(head.split(" ")) < 2 or not is_upper(head):
            return [raw]
        return [*segments(head), raw[m.start():].strip()]  # "ĐẤT ĐAI KHU vực MỸ THỌ bo tơ sơ"
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
