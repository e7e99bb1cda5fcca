"""The personal identification number (``so_cccd``) of the person a paper is about.

``so_cccd``: only a 12-digit number labelled as a personal identification number (CCCD,
căn cước, CMND/CCCD, số định danh cá nhân, an ID card's "Số / No."), the first one, also in
groups or boxes ("0010 8823 6497"); never a bare number, never one whose label speaks of an
account, a telephone, a tax code, a contract, a passport or a driving licence, nor one of a
column of a table of people ("Số định danh cá nhân" over rows of numbers).
"""

from __future__ import annotations

import re

from classify.fields_text import Page

__all__ = ["find_id_number"]

_ID_LABEL = re.compile(
    r"cmnd\s*/\s*cccd|cccd|cmnd|can cuoc(?: cong dan)?|(?:so )?dinh danh(?: ca nhan)?"
    r"|personal identification number|identity card|(?P<card>\bso\s*/\s*no\b\.?)"
)
_ID_VALUE = re.compile(r"[^\d]{0,45}?(?<!\d)(\d{12})(?!\d)")
_ID_SPACED = re.compile(r"[^\d]{0,45}?(?<!\d)(\d{1,4}(?:[ .|]\d{1,4}){2,11})(?!\d)")
"""Twelve digits in groups or boxes, as OCR reads a form's boxed number ("0 0 1 0 8 8 …")."""
_NOT_ID = re.compile(r"tai khoan|\bstk\b|account|dien thoai|phone|\bdt\b|ma so thue|\bfax\b"
                     r"|hop dong|so tien|ho chieu|passport|lai xe|gplx|driving")
_OR_PASSPORT = re.compile(r"^\s*/\s*(?:ho chieu|passport)\b")
_TWELVE = re.compile(r"(?<!\d)\d{12}(?!\d)")


def find_id_number(page: Page, doc_type: str | None = None) -> str | None:
    """The first 12-digit number labelled as a personal identification number."""
    text = "\n".join(page.folded)
    id_card = doc_type == "ban_sao_cccd" or "can cuoc" in text or "identity card" in text
    for label in _ID_LABEL.finditer(text):
        if label.group("card") and not id_card:
            continue  # "Số / No." names the ID number on an identity card only
        m = _ID_VALUE.match(text, label.end()) or _ID_SPACED.match(text, label.end())
        if m is None or sum(c.isdigit() for c in m.group(1)) != 12:
            continue
        gap = _OR_PASSPORT.sub("", text[label.end():m.start(1)])  # "Số CCCD/Hộ chiếu:"
        if gap.count("\n") > 1 or _NOT_ID.search(gap):
            continue
        after = text[m.end(1):].split("\n", 2)
        if "\n" in gap and len(after) > 1 and _TWELVE.search(after[1]):
            continue  # a column of a table of people: the number of none of them in particular
        return re.sub(r"\D", "", m.group(1))
    return None
