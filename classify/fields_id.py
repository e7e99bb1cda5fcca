"""The personal identification number (``so_cccd``) of the person a paper is about.

``so_cccd``: only a 12-digit number labelled as a personal identification number (CCCD, căn
cước, CMND/CCCD, số định danh cá nhân, giấy tờ tùy thân, an ID card's "Số / No."), the first
one, also in groups or boxes ("0010 8823 6497") or with figures OCR read as the letters they
look like ("o46o88073403": a round letter 0, a stroke 1); never a bare number, never one whose
label speaks of an account, a telephone, a tax code or any other "mã số", a social insurance, an
enterprise, a receipt or a dossier, a contract, a passport or a driving licence (between the
label and the number, or before the label on its line: "Số tài khoản (CCCD):"), nor one of a
column of a table of people ("Số định danh cá nhân" over rows of numbers), nor one whose first
three digits are no province's code or whose fourth is no century of living people (the number's
structure, Thông tư 59/2021/TT-BCA: province of birth registration, then century and sex, then
year of birth, so a misread "956…" or "0514…" is no identity number), nor one that disagrees
with the year of birth printed beside it (its fourth digit is the century and sex, its fifth and
sixth the year). The only number is not taken when it stands in the lines of a parent or a
spouse ("Họ, chữ đệm, tên mẹ:" / "Số định danh cá nhân: …") of a person whose own is not
printed. When a paper carries the numbers of several people (a marriage certificate's wife and
husband), the number is that of the person the paper is about: the first one after that person's
name; none when the name is not found among them. A label naming someone else ("Số định danh cá
nhân của chủ hộ:") is not the paper's person's, nor a number a sentence gives after another
person's name ("… thay cho: bà Võ Thị Sương, số định danh …") unless that name is the paper's
person's; such a number counts only when nothing else does and the paper's person is not known.
"""

from __future__ import annotations

import re

from classify.fields_text import Page
from sohoa.text import fold

__all__ = ["PROVINCE_CODES", "find_id_number", "find_id_numbers"]

_ID_LABEL = re.compile(
    r"cmnd\s*/\s*cccd|cccd|cmnd|can cuoc(?: cong dan)?|(?:so )?dinh danh(?: ca nhan)?|ddcn"
    r"|(?:so )?giay to tuy than"
    r"|personal identification number|identity card|(?P<card>\bso\s*/\s*no\b\.?)"
)
_ID_VALUE = re.compile(r"[^\d]{0,45}?(?<!\d)(\d{12})(?!\d)")
_ID_SPACED = re.compile(r"[^\d]{0,45}?(?<!\d)(\d{1,4}(?:[ .|\[\]!]{1,2}\d{1,4}){2,11})(?!\d)")
"""Twelve digits in groups or boxes, as OCR reads a form's boxed number ("0 0 1 0 8 8 …",
the boxes' sides read as bars and brackets: "|0]5]6]2]0]1]2|2|8|0]8|0")."""
_ID_MISREAD = re.compile(r"[^\d]{0,45}?(?<![a-z\d])([\doøil|]{12})(?![a-z\d])")
"""Twelve figures of which OCR read some as the letters they look like in a worn or faint
print (folded: "o46o88073403", "oi9083321471" for "0I9…"): a round letter is a 0, a stroke a
1 (``_LOOKS_DIGIT``); at least ``_MISREAD_DIGITS`` of them read as figures."""
_LOOKS_DIGIT = str.maketrans("oøil|", "00111")
_MISREAD_DIGITS = 8
_NOT_ID = re.compile(r"tai khoan|\bstk\b|account|dien thoai|phone|\bdt\b|ma so|\bmst\b|\bfax\b"
                     r"|hop dong|so tien|ho chieu|passport|lai xe|gplx|driving|bhxh|bhyt"
                     r"|bao hiem|doanh nghiep|bien nhan|bien lai|ho so|\bma\b")
_OTHER_LABEL = re.compile(r"\n[^\n]*[a-z][^\n]*:")
"""A line of its own label between the identity label and the number ("Số CCCD: chưa có" /
"Số biên nhận: 0790…"): the number is that label's."""
_BEFORE = re.compile(r"[^\n:\d]*$")
"""What stands before the label on its line, after the last value ("Số tài khoản (" CCCD)."""
_LABEL_OF = re.compile(r"\bma\s*(?:so\s*)?$")
""""Mã số" of "Mã số định danh cá nhân": the label's own first words."""
_OR_PASSPORT = re.compile(r"^\s*/\s*(?:ho chieu|passport)\b")
_TWELVE = re.compile(r"(?<!\d)\d{12}(?!\d)")
_OF_ANOTHER = re.compile(r"\s*cua\b")
""""Số định danh cá nhân của chủ hộ:": the number of someone the label names, not the paper's."""
_MENTION = re.compile(
    r"(?:\b(?:ong|ba|anh|chi|em|con|chau|cu)\s+|\b(?:cha|me|bo|vo|chong)\s*:\s*)"
    r"[^,\n:;]{2,60},(?:[^,\n:;]{2,30},)?\s*(?:co\s+|mang\s+)?$")
"""A number given in a sentence after a person's name ("… thay cho: bà Võ Thị Sương, số định
danh 0721…", "Ông Đặng Văn Khuê, số định danh …", "Cha: Đinh Quang Huy, dân tộc Kinh, số định
danh …", "vợ: bà … , sinh năm 1975, số định danh …"): that person's, who may not be the one
the paper is about."""
PROVINCE_CODES = frozenset((
    "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020",
    "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038",
    "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
    "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082",
    "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096",
))
"""The 63 province codes a personal identification number starts with."""
_CENTURIES = frozenset("0123")
"""The fourth digit: century and sex, 0-1 for the 1900s, 2-3 for the 2000s (4 and above are
for people born from 2100)."""


_BIRTH_YEAR = re.compile(r"sinh\b[^\n\d]{0,40}(?:\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*"
                         r"|ngay\s*\d{1,2}\D{1,12}\d{1,2}\D{1,8})?((?:19|20)\d\d)(?!\d)")
_BIRTH_LINES = 1
_BIRTH_LABEL = re.compile(r"^\W*(?:ngay,?\s*thang,?\s*nam\s*sinh|ngay\s*sinh|sinh\s*ngay"
                          r"|nam\s*sinh|date of birth)\b")
"""A line of its own for a birth date ("Ngày sinh: …"): the birth date of the person of the
lines around it; one in a sentence naming someone ("Người được nhận là con: …, sinh ngày …")
is that person's."""


def _born_as(number: str, page: Page, line: int) -> bool:
    """Whether ``number`` agrees with the year of birth printed beside it ("Ngày sinh:
    12/05/1990" on its line, or on a line of its own before or after it): its fourth digit gives the
    century (0-1: 1900s, 2-3: 2000s) and its fifth and sixth the year; a number that
    disagrees was misread or is another person's. True when no year of birth stands beside
    it."""
    near = range(max(0, line - _BIRTH_LINES), min(len(page.folded), line + _BIRTH_LINES + 1))
    for i in sorted(near, key=lambda i: abs(i - line)):
        if i != line and not _BIRTH_LABEL.match(page.folded[i]):
            continue
        if m := _BIRTH_YEAR.search(page.folded[i]):
            year = m.group(1)
            century = "01" if year.startswith("19") else "23"
            return number[3] in century and number[4:6] == year[2:]
    return True


def find_id_numbers(page: Page, doc_type: str | None = None) -> list[tuple[int, str]]:
    """Every 12-digit number labelled as a personal identification number, with the line it is
    on, in reading order."""
    return [(line, number) for line, number, _ in _labelled(page, doc_type)]


def _labelled(page: Page, doc_type: str | None) -> list[tuple[int, str, str | None]]:
    """``find_id_numbers``, each with the words naming the person a sentence gives it to
    (``_MENTION``), or None for a number a form's label gives."""
    text = "\n".join(page.folded)
    id_card = doc_type == "ban_sao_cccd" or "can cuoc" in text or "identity card" in text
    found: list[tuple[int, str, str | None]] = []
    for label in _ID_LABEL.finditer(text):
        if label.group("card") and not id_card:
            continue  # "Số / No." names the ID number on an identity card only
        m = _ID_VALUE.match(text, label.end()) or _ID_SPACED.match(text, label.end())
        figures = m.group(1) if m else ""
        if m is None and (misread := _ID_MISREAD.match(text, label.end())) and sum(
                c.isdigit() for c in misread.group(1)) >= _MISREAD_DIGITS:
            m, figures = misread, misread.group(1).translate(_LOOKS_DIGIT)
        if m is None or sum(c.isdigit() for c in figures) != 12:
            continue
        gap = _OR_PASSPORT.sub("", text[label.end():m.start(1)])  # "Số CCCD/Hộ chiếu:"
        before = _LABEL_OF.sub("", _BEFORE.search(text, 0, label.start()).group())
        if (gap.count("\n") > 1 or _NOT_ID.search(gap) or _OTHER_LABEL.search(gap)
                or _NOT_ID.search(before) or _OF_ANOTHER.match(gap)):
            continue  # "Số tài khoản (CCCD):", "CCCD kèm theo. Mã số BHXH: …"
        after = text[m.end(1):].split("\n", 2)
        if "\n" in gap and len(after) > 1 and _TWELVE.search(after[1]):
            continue  # a column of a table of people: the number of none of them in particular
        number = re.sub(r"\D", "", figures)
        line = text.count("\n", 0, m.start(1))
        if (number[:3] in PROVINCE_CODES and number[3] in _CENTURIES
                and all(number != n for _, n, _ in found)
                and _born_as(number, page, line)):
            start = text.rfind("\n", 0, label.start()) + 1
            mention = _MENTION.search(text, start, label.start())
            found.append((line, number, mention.group() if mention else None))
    return found


_PARENT_NAME = re.compile(
    r"(?:ho,?\s*chu\s*dem,?\s*(?:va\s*)?ten|ho\s*va\s*ten|ho\s*ten)\s*(?:cua\s*)?"
    r"(?:me|cha|bo|vo|chong|nguoi (?:me|cha|giam ho|nuoi duong))\b")
_SECTION_LINES = 4


def _of_a_parent(page: Page, line: int, name: str | None) -> bool:
    """Whether the number on ``line`` is in the lines of a parent or a spouse ("Họ, chữ đệm,
    tên mẹ:" a few lines above it) rather than of the person the paper is about (``name``)."""
    key = fold(name) if name else None
    for i in range(line, max(-1, line - _SECTION_LINES), -1):
        folded = page.folded[i]
        if key and key in folded:
            return False
        if _PARENT_NAME.search(folded):
            return True
    return False


def find_id_number(page: Page, doc_type: str | None = None,
                   name: str | None = None) -> str | None:
    """The 12-digit number labelled as the personal identification number of the person the
    paper is about (``name``, as ``classify.names`` found it): the only one, or the first after
    the line that names that person when there are several."""
    key = fold(name) if name else None
    labelled = _labelled(page, doc_type)
    by_form = [(line, n) for line, n, mention in labelled if mention is None]
    found = [(line, n) for line, n, mention in labelled
             if mention is None or (key and key in mention) or not (key or by_form)]
    if len(found) == 1 and _of_a_parent(page, found[0][0], name):
        return None
    if len(found) <= 1:
        return found[0][1] if found else None
    if not key:
        return None
    at = next((i for i, line in enumerate(page.folded) if key in line), None)
    if at is None:
        return None
    return next((n for line, n in found if line >= at), None)
