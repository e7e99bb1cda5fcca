"""The paper's own number and symbol (``so_ky_hieu``), found in its OCR text.

``so_ky_hieu``: the paper's own number ("Số: 692/TTr-TNMT", "Số 15/GPXD"; also as OCR misreads
the label: "S6:", "Sô:", "Số :", "Số (No.):", "Số/No:"; never the twelve digits an identity card
prints after "Số / No.:", its holder's personal number, though a driving licence's "Số/No:" of
twelve digits is its own), "Số" with a capital in one of the first twelve non-empty lines, the
first one: at the start of the line (under the agency in the Decree 30/2020 layout), beside the
agency read onto the same line ("PHÒNG TƯ PHÁP Số: 41/PTP-CT"), after a receipt's series ("Ký
hiệu: AG-23E Số: 0001234") or a register's book ("Quyển số: 03, Số: 115"). It beats the numbers
of registers; then, each at the start of a line: "Số biên lai", "Số vào sổ [cấp GCN, cấp bằng,
…]", "Số công chứng" / "Số CC" / "Số chứng thực", "Số đăng ký", "Số seri" / "Số phát hành",
"Quyển số", "Số hồ sơ", a receipt's "Số biên nhận" / "Số phiếu", a diploma's "Số hiệu", a
passport's "Số hộ chiếu" / "Passport No." (the latter also beside a card's other labels on its
line: "Type: P Code: … Passport No.: …"), "Mã số:" / "Mã số doanh nghiệp:" of the papers filed
by that code (a health-insurance card, a social insurance book, an enterprise's registration
certificate; never "Mã số thuế"). Never the number of another paper: one cited in a "Căn cứ …"
paragraph, or a "Số …" without a colon that goes on a sentence of the line before ("theo Giấy
chứng nhận" / "Số CS 04127 cấp ngày …"). A land-use certificate is filed by its register number
("Số vào sổ cấp GCN"), so for ``giay_chung_nhan_qsdd`` that comes first. The number keeps every
part and its trailing letters ("125/2025/QĐ-UBND", "1804/C06-P4"); codes are given without
spaces, and figures OCR read as letters before the first stroke as figures ("o8/BB-ĐKT":
08/BB-ĐKT). A telephone number ("Số: 0912345678") is never one.
"""

from __future__ import annotations

import re

from classify.fields_text import MARK, Page, citation_lines, copy_stamp_lines, is_upper

__all__ = ["OWN_NUMBER", "find_number"]

_NUMBER = re.compile(
    r"[A-ZĐ]{1,3} ?\d{4,13}[A-Z]?(?![^\W_])"
    r"|\d[^\W_]*(?:(?: ?/ ?|[-–.]| ?[-–] ?(?=[A-ZĐ\d]{2,}(?![^\W_])))[^\W_]+)*"
)
"""A number and symbol: "125/2025/QĐ-UBND", "310/SLĐTBXH- BTXH" (a space OCR put in), "CS
04127", a card's "HS4898723194521", a passport's "P4417290B"; every part and its trailing
letters, up to the first word that is not part of it."""
_FIGURES_AS_LETTERS = re.compile(r"[\doOøØIl|]{1,6}(?= ?/)")
"""The figures of a number before its first stroke, some of them read by OCR as the letters
they look like in a worn print ("o8/BB-ĐKT", "1O5/QĐ-UBND"): a round letter 0, a stroke 1."""
_LOOKS_DIGIT = str.maketrans("oOøØIl|", "0000111")
OWN_NUMBER = re.compile(
    r"^[^\w]*s[o06]\s*(?:\(\s*no\.?\s*\)\s*|/\s*no\.?\s*)?[:.]?\s*(?=[a-z]{0,3} ?\d)")
"""A line that starts with a number's label ("Số: 12/QĐ-UBND", "S6: …" as OCR misreads it)."""
_SO = re.compile(
    r"(?<![^\W_])(?P<so>s[o06])\s*(?:\(\s*no\.?\s*\)\s*|/\s*no\.?\s*)?(?P<colon>[:.]?)\s*"
    r"(?=[a-z]{0,3} ?\d)")
_SERIES_BEFORE = re.compile(r"(?:\bky hieu|\bquyen so)\s*(?:\([^)]{0,10}\))?\s*[:.]?\s*\S+\s*$")
"""What may stand before a paper's number on its line: a receipt's series ("Ký hiệu: AG-23E
Số: 0001234") or a register's book ("Quyển số: 03, Số: 115")."""
_REGISTERS = (
    re.compile(r"so bien lai"),
    re.compile(r"so vao so(?: cap [^:\n\d]{1,25}?)?"),
    re.compile(r"so (?:cong chung|chung thuc|cc)"),
    re.compile(r"so dang ky"),
    re.compile(r"so seri(?:al)?|so phat hanh|seri"),
    re.compile(r"quyen so"),
    re.compile(r"so ho so"),
    re.compile(r"so (?:bien nhan|phieu)"),
    re.compile(r"so hieu(?: van bang| bang)?"),
    re.compile(r"(?:.*?[^\w/]\s*)?(?:so ho chieu\s*/\s*)?passport no|so ho chieu"),
    re.compile(r"ma so(?: the| doanh nghiep| bhxh| bao hiem xa hoi)?(?=\s*:)"),
)
_ID_CARDS = frozenset({"ban_sao_cccd", "ban_sao_cmnd"})
_FILED_BY_CODE = frozenset({"the_bhyt", "so_bhxh", "gcn_dang_ky_doanh_nghiep"})
"""Papers filed by the code they print after "Mã số": a health-insurance card, a social
insurance book, an enterprise's registration certificate. Elsewhere (a receipt of an
enterprise's dossier) that code is the enterprise's, not the paper's number."""
_CODE_RANK = len(_REGISTERS) - 1
_PHONE = re.compile(r"0[235789]\d{8,9}|84\d{9}")
"""A telephone number (ten or eleven digits from 0, or from 84): never a paper's number."""
_REGISTER_AT = tuple(re.compile(MARK + r"(?:" + label.pattern + r")\b\s*[:.]?\s*")
                     for label in _REGISTERS)
_OWN_NUMBER_LINES = 12
"""The paper's own number stands in its header: within its first non-empty lines."""


_QD = re.compile(r"(?<=[/-])QD(?=$|[/-])")
"""A decision's symbol whose stroke OCR lost ("12/QD-UBND"): there is no other "QD"."""


_ROUND_IN_FIGURES = re.compile(r"(?<![^\W\d_])[\doO]{4,}(?![^\W\d_])")
"""A run of figures with round letters among them and no letter beside it ("48O275816",
"2O17" of "05/2O17", "O4O2218746"): OCR read some of its zeros as O."""


def _zeros(m: re.Match[str]) -> str:
    run = m.group()
    return run.replace("O", "0").replace("o", "0") if sum(c.isdigit() for c in run) >= 3 else run


def _code(raw: str) -> str | None:
    raw = _ROUND_IN_FIGURES.sub(_zeros, raw)
    if (misread := _FIGURES_AS_LETTERS.match(raw)) and any(c.isdigit() for c in misread.group()):
        raw = misread.group().translate(_LOOKS_DIGIT) + raw[misread.end():]
    m = _NUMBER.match(raw)
    return _QD.sub("QĐ", re.sub(r"\s+", "", m.group(0))) if m else None


def _runs_on(before: str) -> bool:
    """Whether a line ``before`` goes on into the next one: a sentence that does not end there
    ("… theo Giấy chứng nhận" / "Số CS 04127 cấp ngày …")."""
    before = before.rstrip()
    return bool(before) and before[-1].isalpha() and not is_upper(before)


def _own_number(raw: str, folded: str, before: str, id_card: bool) -> str | None:
    """The paper's number on a line: after "Số" with a capital at its start, beside the agency
    read onto the same line ("PHÒNG TƯ PHÁP Số: 41/PTP-CT") or after a series or a book.
    ``id_card``: the paper is, or may be, an identity card (its type is not known), whose
    "Số / No." of twelve figures is its holder's number."""
    for m in _SO.finditer(folded):
        if raw[m.start("so")] != "S":
            continue  # "…Căn cước công dân / số: 0960…" runs on
        colon = bool(m.group("colon"))
        if m.group("so") != "so" and not colon:
            continue
        prefix, prefix_folded = raw[: m.start()], folded[: m.start()]
        if any(c.isalpha() for c in prefix) and not (
                _SERIES_BEFORE.search(prefix_folded) or (colon and is_upper(prefix))):
            continue
        if not prefix.strip() and not colon and _runs_on(before):
            continue
        found = _NUMBER.match(raw[m.end():])
        own = _code(raw[m.end():])
        if found and not colon and "/" not in own and found.end() < len(
                raw[m.end():].rstrip(" .")):
            continue  # "Số 27 đường Kênh Xáng" is an address, "Số 15/GPXD" a number
        if own and id_card and "no" in m.group(0) and re.fullmatch(r"\d{12}", own):
            continue  # "Số / No.: 0520…" of an identity card: the holder's personal number
        if own and not _PHONE.fullmatch(own):
            return own
    return None


def find_number(page: Page, doc_type: str | None = None) -> str | None:
    """The number and symbol of the paper (see the module docstring for which wins)."""
    own: str | None = None
    registers: dict[int, str] = {}
    citations = citation_lines(page) | copy_stamp_lines(page)
    id_card = doc_type in _ID_CARDS or doc_type in (None, "other") or any(
        "can cuoc" in line or "identity card" in line for line in page.folded)
    seen = 0
    before = ""
    for i, (raw, folded) in enumerate(zip(page.raw, page.folded, strict=True)):
        if not raw or i in citations:
            before = raw or before
            continue
        seen += 1
        if own is None and seen <= _OWN_NUMBER_LINES:
            own = _own_number(raw, folded, before, id_card)
        before = raw
        for rank, label in enumerate(_REGISTER_AT):
            if rank in registers or (rank == _CODE_RANK and doc_type not in _FILED_BY_CODE) or (
                    m := label.match(folded)) is None:
                continue
            value = _code(raw[m.end():].lstrip(" .:"))  # "Passport No.: …"
            if value is None and i + 1 < len(page.raw):  # "Số vào sổ cấp GCN:" / "CH 05563"
                value = _code(page.raw[i + 1])
            if value is not None and not _PHONE.fullmatch(value):
                registers[rank] = value
    if doc_type == "giay_chung_nhan_qsdd" and 1 in registers:
        return registers[1]
    if own is not None:
        return own
    return registers[min(registers)] if registers else None
