"""The body that issued a paper (``co_quan_ban_hanh``), found in its OCR text.

``co_quan_ban_hanh``: the upper-case agency header at the top left. When it names a parent
body and then the body under it ("UBND TỈNH HÀ GIANG" / "SỞ TƯ PHÁP"), the body that issued
the paper is the last one, and it takes the parent's place name when it has none of its own
("SỞ TƯ PHÁP TỈNH HÀ GIANG"; "CÔNG AN PHƯỜNG ĐÔNG HẢI" keeps its own). A line that only goes
on with the name ("HUYỆN VỊ XUYÊN", "VÀ MÔI TRƯỜNG", "CHI NHÁNH CÀ MAU" under a bank) joins
it. The header stands above the title and within the first eight lines. Without one
(certificates), the body of the signature block that names its place: "TM. ỦY BAN NHÂN DÂN
/ HUYỆN X", or a body above a signer's title ("SỞ … / TỈNH X / KT. GIÁM ĐỐC"). As printed,
in capitals.
"""

from __future__ import annotations

import re

from classify.fields_number import OWN_NUMBER
from classify.fields_text import Page, is_upper
from sohoa.text import normalise_space

__all__ = ["find_agency"]

_BODY_WORDS = (r"uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|so|bo|tong cuc|chi cuc|cuc|phong"
               r"|van phong|trung tam|cong an|toa an|vien kiem sat|kho bac|bao hiem xa hoi"
               r"|benh vien|truong|cong ty|ngan hang|ban quan ly|ban")
_BODY_START = re.compile(
    rf"^(?!truong (?:phong|ban)\b)(?:{_BODY_WORDS}|chi nhanh)\b(?!\s*[:.]?\s*\d|\s+truong\b)")
"""A line that starts a body's name ("SỞ …", not "SỐ: 12", not "CỤC TRƯỞNG", a title)."""
_BRANCH_OF_BODY = re.compile(rf"^chi nhanh\s+(?:{_BODY_WORDS})\b")
_BRANCH = re.compile(r"^chi nhanh\b")
_TITLE_WORDS = re.compile(
    r"^\W*(?:quyet dinh|giay|don|bien lai|bien ban|bien nhan|phieu|hop dong|to khai|to trinh"
    r"|trich luc|thong bao|cong van|bao cao|ban sao|can cuoc|van ban|ke hoach|chung nhan"
    r"|nghi quyet|chi thi|lenh|danh sach|bang ke)\b")
_PLACE_WORD = re.compile(r"\b(?:tỉnh|tinh|thành phố|thanh pho|tp|huyện|huyen|quận|thị xã|thi xa"
                         r"|xã|xa(?! hội| hoi)|phường|phuong|thị trấn|thi tran)\b")
"""Words that start a place name, matched in lower case with diacritics ("QUẢN LÝ" is no
"QUẬN")."""
_ON_BEHALF = re.compile(rf"\b(?:tm|t/m)\s*[.:]?\s*(?=(?:{_BODY_WORDS})\b)")
_SIGNER = re.compile(
    r"^(?:kt|tm|tl|tuq|q|t/m)\s*[.:]|^(?:pho\s+)?(?:chu tich|(?:tong )?giam doc|hieu truong"
    r"|thu truong|cuc truong|vu truong|truong (?:phong|ban|khoa)|chanh (?:van phong|an|thanh tra)"
    r")\b")
"""A signer's title in a signature block ("KT. CHỦ TỊCH", "PHÓ GIÁM ĐỐC")."""
_SERIAL_PREFIX = re.compile(r"^[A-ZĐ]{1,3} ?\d{4,9}\s+")


def _issuing_body(lines: list[tuple[str, str]]) -> str:
    """The last body of a header of (raw, folded) lines, with the parent's place name when it
    has none of its own."""
    bodies: list[list[tuple[str, str]]] = []
    for raw, folded in lines:
        new = _BRANCH_OF_BODY.match(folded) if _BRANCH.match(folded) else _BODY_START.match(
            folded)
        if new or not bodies:
            bodies.append([(raw, folded)])
        else:
            bodies[-1].append((raw, folded))
    name = " ".join(raw for raw, _ in bodies[-1])
    if not _PLACE_WORD.search(name.lower()):
        for parent in reversed(bodies[:-1]):
            whole = " ".join(raw for raw, _ in parent)
            if m := _PLACE_WORD.search(whole.lower()):
                name = f"{name} {whole[m.start():]}"
                break
    return normalise_space(name)


def find_agency(page: Page) -> str | None:
    """The body that issued the paper (see the module docstring)."""
    lines = [(r, f) for r, f in zip(page.raw, page.folded, strict=True) if r][:8]
    for n, (raw, folded) in enumerate(lines):
        if is_upper(raw) and _TITLE_WORDS.match(folded):
            break  # the header stands above the title
        if not (is_upper(raw) and _BODY_START.match(folded)):
            continue
        header = [(raw, folded)]
        for nxt_raw, nxt_folded in lines[n + 1: n + 4]:
            if (not is_upper(nxt_raw) or _TITLE_WORDS.match(nxt_folded)
                    or OWN_NUMBER.match(nxt_folded) or _SIGNER.match(nxt_folded)):
                break
            header.append((nxt_raw, nxt_folded))
        return _issuing_body(header)
    return _signing_body(page)


def _signing_body(page: Page) -> str | None:
    """The body in a signature block: "TM. ỦY BAN NHÂN DÂN / THÀNH PHỐ X", or a body and its
    place above a signer's title ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG / TỈNH HÀ GIANG / KT. GIÁM
    ĐỐC"); only one that names its place."""
    lines = [(r, f) for r, f in zip(page.raw, page.folded, strict=True) if r]
    for i, (raw, folded) in enumerate(lines):
        if m := _ON_BEHALF.search(folded):
            name = raw[m.end():]
        elif (is_upper(raw) and _BODY_START.match(folded) and not _TITLE_WORDS.match(folded)
              and any(_SIGNER.match(f) for _, f in lines[i + 1: i + 3])):
            name = raw
        else:
            continue
        nxt = _SERIAL_PREFIX.sub("", lines[i + 1][0]) if i + 1 < len(lines) else ""
        if is_upper(nxt) and _PLACE_WORD.match(nxt.lower()):
            name = f"{name} {nxt}"
        if is_upper(name) and _PLACE_WORD.search(name.lower()):
            return normalise_space(name)
    return None
