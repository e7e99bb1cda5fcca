"""The paper's own number and symbol (``so_ky_hieu``), found in its OCR text.

``so_ky_hieu``: the paper's own number ("Số: 692/TTr-TNMT", "Số 15/GPXD": "Số" with a
capital at the start of one of the first twelve lines, the first one: under the agency in
the Decree 30/2020 layout; a receipt's after its series, "Ký hiệu: AG-23E Số: 0001234")
beats the numbers of registers; then, each at the start of a line: "Số biên lai", "Số vào
sổ [cấp GCN]", "Số công chứng" / "Số chứng thực", "Số đăng ký", "Số seri" / "Số phát
hành", "Quyển số", "Số hồ sơ". A land-use certificate is filed by its register number ("Số
vào sổ cấp GCN"), so for ``giay_chung_nhan_qsdd`` that comes first. Codes are given without
spaces.
"""

from __future__ import annotations

import re

from classify.fields_text import MARK, Page

__all__ = ["OWN_NUMBER", "find_number"]

_NUMBER = re.compile(
    r"[A-ZĐ]{1,3} ?\d{4,9}(?![^\W_])"
    r"|\d[^\W_]*(?:(?: ?/ ?|[-.]| - (?=[A-ZĐ\d]{2,}(?![^\W_])))[^\W_]+)*"
)
OWN_NUMBER = re.compile(
    r"^(?:.*\bky hieu\s*:\s*\S+\s+)?[^\w]*(?P<so>so)\s*(?P<colon>[:.]?)\s*(?=[A-Za-z]{0,3} ?\d)")
"""A line that starts with the paper's number ("Số: 12/QĐ-UBND"), also after a receipt's
series read onto the same line ("Mẫu số: 01BLP0-001 Ký hiệu: AG-23E Số: 0001234")."""
_REGISTERS = (
    re.compile(r"so bien lai"),
    re.compile(r"so vao so(?: cap (?:gcn|giay chung nhan))?"),
    re.compile(r"so (?:cong chung|chung thuc)"),
    re.compile(r"so dang ky"),
    re.compile(r"so seri(?:al)?|so phat hanh|seri"),
    re.compile(r"quyen so"),
    re.compile(r"so ho so"),
)
_REGISTER_AT = tuple(re.compile(MARK + r"(?:" + label.pattern + r")\b\s*[:.]?\s*")
                     for label in _REGISTERS)
_OWN_NUMBER_LINES = 12
"""The paper's own number stands in its header: within its first non-empty lines."""


def _code(raw: str) -> str | None:
    m = _NUMBER.match(raw)
    return re.sub(r"\s+", "", m.group(0)) if m else None


def find_number(page: Page, doc_type: str | None = None) -> str | None:
    """The number and symbol of the paper (see the module docstring for which wins)."""
    own: str | None = None
    registers: dict[int, str] = {}
    seen = 0
    for i, (raw, folded) in enumerate(zip(page.raw, page.folded, strict=True)):
        seen += bool(raw)
        if (own is None and seen <= _OWN_NUMBER_LINES and (m := OWN_NUMBER.match(folded))
                and raw[m.start("so")] == "S"):  # "…Căn cước công dân / số: 0960…" runs on
            own = _code(raw[m.end():])
            if own and not m.group("colon") and "/" not in own and len(own) < len(
                    raw[m.end():].strip(" .")):
                own = None  # "Số 27 đường Kênh Xáng" is an address, "Số 15/GPXD" a number
        for rank, label in enumerate(_REGISTER_AT):
            if rank in registers or (m := label.match(folded)) is None:
                continue
            value = _code(raw[m.end():])
            if value is None and i + 1 < len(page.raw):  # "Số vào sổ cấp GCN:" / "CH 05563"
                value = _code(page.raw[i + 1])
            if value is not None:
                registers[rank] = value
    if doc_type == "giay_chung_nhan_qsdd" and 1 in registers:
        return registers[1]
    if own is not None:
        return own
    return registers[min(registers)] if registers else None
