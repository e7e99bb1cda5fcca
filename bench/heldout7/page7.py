"""Page model and common page parts of the seventh held-apart set.

The page model, marks and scanner simulation are those of ``samples/generate.py``; the
``Paper``, ``Dossier`` and ``Person`` records and the seeded ``Maker`` those of
``bench/heldout/draw.py``; both are imported through ``bench/heldout_render.py``. The typefaces
and every layout and wording are this set's own, from two families Debian packages
(``fonts-freefont-ttf``, ``fonts-open-sans``): GNU FreeSerif for offices' papers and
certificates, Open Sans for counters' slips, companies and what a citizen typed, FreeMono for
the lines a payment system prints. Headers put the place and date on a line of their own,
flush right under the whole header, as many offices' templates do.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "bench") not in sys.path:
    sys.path.insert(0, str(ROOT / "bench"))

import heldout_render  # noqa: E402

H = heldout_render.draw_module()
G = H.G
L = G.L
Paper = H.Paper
Dossier = H.Dossier
Person = H.Person
MOTTO, MOTTO2 = heldout_render.MOTTO, heldout_render.MOTTO2

FONTS = Path("/usr/share/fonts/truetype")
"""Where Debian's fonts-freefont-ttf and fonts-open-sans put the faces (scripts/setup.sh
installs them)."""
FAMILIES = {
    "free": {"r": "freefont/FreeSerif.ttf", "b": "freefont/FreeSerifBold.ttf",
             "i": "freefont/FreeSerifItalic.ttf", "bi": "freefont/FreeSerifBoldItalic.ttf",
             "m": "freefont/FreeMono.ttf"},
    "open": {"r": "open-sans/OpenSans-Regular.ttf", "b": "open-sans/OpenSans-Bold.ttf",
             "i": "open-sans/OpenSans-Italic.ttf", "bi": "open-sans/OpenSans-BoldItalic.ttf",
             "m": "freefont/FreeMono.ttf"},
}


Page, Maker = heldout_render.typefaces(FONTS, FAMILIES, family="free", pt=13.0,
                                       margins=(24.0, 192.0), top=12.0)


dmy = heldout_render.dmy


def words(d: date, pad: bool = False) -> str:
    """"ngày 5 tháng 3 năm 2026" (day and month padded when ``pad``)."""
    if pad:
        return f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"
    return f"ngày {d.day} tháng {d.month} năm {d.year}"


def header(p: Page, agency: Sequence[str], number: str | None, *, about: Sequence[str] = (),
           dated: str = "", pt: float = 12.5, split: float = 84.0) -> None:
    """The bodies at the left (upper ones regular, the issuing one bold, a rule under it), the
    number and the "V/v" lines under them; the motto at the right; the place and date on a line
    of its own, flush right, under both."""
    left = [L(line, "b" if i == len(agency) - 1 else "r", pt,
              rule=24.0 if i == len(agency) - 1 else 0.0) for i, line in enumerate(agency)]
    if number:
        left.append(L(f"Số: {number}", "r", pt))
    left += [L(line, "r", pt - 1.5) for line in about]
    right = [L(MOTTO, "b", pt - 1.0), L(MOTTO2, "b", pt, rule=-1)]
    p.pair(left, right, (6.0, split), (split - 4.0, 206.0))
    if dated:
        p.gap(1.0)
        p.line(dated, "i", pt, align="r")
    p.gap(4.0)


motto, title, signer = heldout_render.motto, heldout_render.title, heldout_render.signer
sign_right, sign_both = heldout_render.sign_right, heldout_render.sign_both
rows, under = heldout_render.rows, heldout_render.under


recipients = heldout_render.recipients


def chip_card(mk: Maker, person: Person, *, issued: date, expires: str, home: str,
              origin: str) -> Paper:
    """A photocopy of the 2021 chip card (*CĂN CƯỚC CÔNG DÂN*), front over back, no
    certification (the counter saw the original)."""
    p = mk.page("open", 10.0, (14.0, 196.0), 18.0)
    s = 1.5
    f = G.Card(p, 41.0, 24.0, s)
    f.emblem()
    f.text(52.0, 4.8, MOTTO, "b", 3.6, "c")
    f.text(52.0, 8.2, MOTTO2, "b", 3.6, "c")
    f.text(52.0, 13.0, "CĂN CƯỚC CÔNG DÂN", "b", 6.0, "c")
    f.text(52.0, 16.6, "Citizen Identity Card", "r", 3.4, "c")
    f.text(26.0, 22.0, f"Số / No.: {person.cccd}", "b", 5.2)
    f.text(26.0, 26.5, "Họ và tên / Full name:", "r", 4.0)
    f.text(26.0, 31.0, person.upper, "b", 5.0)
    f.text(26.0, 35.5, f"Ngày sinh / Date of birth: {dmy(person.born)}", "r", 4.0)
    f.text(26.0, 39.5, f"Giới tính / Sex: {person.sex}   Quốc tịch: Việt Nam", "r", 4.0)
    f.text(26.0, 43.5, f"Quê quán: {origin}", "r", 4.0)
    f.text(26.0, 47.5, f"Nơi thường trú: {home}", "r", 4.0)
    f.text(26.0, 51.5, f"Có giá trị đến: {expires}", "r", 3.6)
    f.box(4.0, 23.0, 19.0, 42.0, outline=None, fill=(120, 120, 120))
    b = G.Card(p, 41.0, 24.0 + G.Card.H * s + 10.0, s)
    b.text(4.0, 7.0, "Đặc điểm nhân dạng: nốt ruồi cách 2 cm trên mép phải", "r", 4.0)
    b.text(4.0, 14.0, f"Ngày, tháng, năm: {dmy(issued)}", "r", 4.0)
    b.text(4.0, 19.0, "CỤC TRƯỞNG CỤC CẢNH SÁT", "b", 4.2)
    b.text(4.0, 23.5, "QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI", "b", 4.2)
    b.text(4.0, 44.0, f"IDVNM{person.cccd[3:]}<<4", "r", 4.6)
    fields = {"ho_ten": person.upper, "so_cccd": person.cccd, "so_ky_hieu": person.cccd,
              "ngay_ban_hanh": issued.isoformat(),
              "co_quan_ban_hanh": "Cục Cảnh sát quản lý hành chính về trật tự xã hội"}
    return Paper("ban_sao_cccd", "Căn cước công dân", "cccd_chip_copy", [p], fields,
                 "CĂN CƯỚC CÔNG DÂN")
