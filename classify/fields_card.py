"""The body that issued an identity paper (``co_quan_ban_hanh`` of a card or a passport).

A card or a passport has no header at its top left: its issuer is printed on the back above
the signature or beside a label. A citizen identity card of 2016-2023 is issued by the police
department that keeps the residence records ("CỤC TRƯỞNG CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT
TỰ XÃ HỘI" above the signature; later cards "… ĐĂNG KÝ, QUẢN LÝ CƯ TRÚ VÀ DỮ LIỆU QUỐC GIA VỀ
DÂN CƯ"); an identity card of 2024 (Luật Căn cước 2023) by the Ministry of Public Security ("BỘ
CÔNG AN"); an older identity card (CMND) by a province's police ("GIÁM ĐỐC CÔNG AN TỈNH X");
a passport by the authority its label names ("Nơi cấp / Place of issue:", "Authority:"). The
departments' names are given as the law spells them; a line OCR misread a letter or two of
is still recognised (a similarity of ``_SIMILAR``).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from classify.fields_text import Page
from sohoa.text import normalise_space

__all__ = ["CARD_TYPES", "find_card_issuer"]

CARD_TYPES = frozenset(("ban_sao_cccd", "ban_sao_cmnd", "ho_chieu"))
_DEPARTMENTS = (
    (("cuc canh sat", "quan ly hanh chinh ve trat tu xa hoi"),
     "Cục Cảnh sát quản lý hành chính về trật tự xã hội"),
    (("cuc canh sat", "dang ky quan ly cu tru"),
     "Cục Cảnh sát đăng ký, quản lý cư trú và dữ liệu quốc gia về dân cư"),
    (("cuc quan ly xuat nhap canh",), "Cục Quản lý xuất nhập cảnh"),
)
"""The departments that issue cards and passports, by the parts of their names (folded, each
on some line: the two sides of a card copied side by side are read into each other, so a name
over two lines may be parted), and as the law spells them."""
_MINISTRY = re.compile(r"^\W*bo\s*cong\s*an\W*$")
""""BỘ CÔNG AN" alone on its line (read glued too: "BỘCÔNGAN")."""
_PROVINCE_POLICE = re.compile(r"(?<![a-z])cong an (tinh|thanh pho)\s+"
                              r"((?!(?:ngay|cap|so)\b)[a-z]+(?: (?!(?:ngay|cap|so)\b)[a-z]+){0,3})")
_AUTHORITY = re.compile(r"(?:noi cap\s*/\s*)?(?:place of issue|authority)\s*[:.]?\s*")
_SIMILAR = 90.0


def _on_some_line(part: str, lines: list[str]) -> bool:
    return any(len(line) >= len(part) * 0.8 and fuzz.partial_ratio(part, line) >= _SIMILAR
               for line in lines)


def find_card_issuer(page: Page) -> str | None:
    """The issuer of a card or a passport (see the module docstring), or None."""
    for raw, folded in zip(page.raw, page.folded, strict=True):
        if m := _AUTHORITY.search(folded):
            value = normalise_space(raw[m.end():]).strip(" .:")
            if len(value) >= 3:
                return value
    letters = [re.sub(r"[^a-z ]+", " ", folded) for folded in page.folded]
    for parts, name in _DEPARTMENTS:
        if all(_on_some_line(part, letters) for part in parts):
            return name
    for raw, folded in zip(page.raw, page.folded, strict=True):
        if m := _PROVINCE_POLICE.search(folded):
            place = normalise_space(raw[m.start(2):m.end(2)])
            kind = "tỉnh" if m.group(1) == "tinh" else "thành phố"
            return f"Công an {kind} {place.title()}"
    if any(_MINISTRY.match(folded) for folded in page.folded):
        return "Bộ Công an"
    return None
