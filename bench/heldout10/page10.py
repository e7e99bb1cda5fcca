"""Page model and common page parts of the tenth held-apart set.

The page model, marks and scanner simulation are those of ``samples/generate.py``; the
``Paper``, ``Dossier`` and ``Person`` records and the seeded ``Maker`` those of
``bench/heldout/draw.py``; both come through ``bench/heldout_render.py``. The typefaces and
every layout and wording are this set's own, from one Debian package (``fonts-noto-core``):
Noto Serif for offices' papers and certificates, Noto Sans for counters' slips, companies and
what a machine printed, Noto Sans Display for the forms a citizen filled in, letters and
leaflets. An identity number may be written in boxes grouped three, three and six.
"""

from __future__ import annotations

import functools
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
STAMP = (165, 28, 60)
"""The red-violet of an office's stamps."""
HAND = (25, 45, 150)
"""The blue of a ballpoint pen."""

FONTS = Path("/usr/share/fonts/truetype/noto")
"""Where Debian's fonts-noto-core puts the faces (scripts/setup.sh installs it)."""
FAMILIES = {
    fam: {"r": f"{name}-Regular.ttf", "b": f"{name}-Bold.ttf", "i": f"{name}-Italic.ttf",
          "bi": f"{name}-BoldItalic.ttf"}
    for fam, name in (("ser", "NotoSerif"), ("san", "NotoSans"), ("dis", "NotoSansDisplay"))
}

Page, Maker = heldout_render.typefaces(FONTS, FAMILIES, family="ser", pt=12.5,
                                       margins=(22.0, 190.0), top=13.0)

dmy = heldout_render.dmy
words = heldout_render.words
recipients = heldout_render.recipients
motto, title, signer = heldout_render.motto, heldout_render.title, heldout_render.signer
sign_right, sign_both = heldout_render.sign_right, heldout_render.sign_both
rows, under = heldout_render.rows, heldout_render.under

header = functools.partial(heldout_render.header, split=88.0, rule=24.0, margins=(10.0, 204.0))
"""The Decree 30 header in this set's proportions."""


uncovered = heldout_render.glyph_check(FONTS, FAMILIES)
"""The characters of a text some face of the set lacks, by face file."""


def boxes(p: Page, label: str, digits: str, *, hand: bool = False,
          groups: Sequence[int] = (3, 3, 6), pt: float | None = None) -> None:
    """A form's line with a number written in printed boxes, the boxes in ``groups`` with a
    gap between groups; digits typed, or by hand in blue when ``hand``. Recorded as the label
    and the number."""
    pt = pt or p.pt
    base = p._baseline(pt)
    p.put(p.x0, base, label, "r", pt, record=False)
    x = p.x0 + p.width(label + " ", "r", pt)
    cell = pt * G.MM_PER_PT * 1.25
    k = 0
    for size in groups:
        for ch in digits[k:k + size]:
            p.rect((x, x + cell, base - cell * 0.8, base + cell * 0.2), width=0.25)
            style = "i" if hand else "r"
            p.put(x + (cell - p.width(ch, style, pt)) / 2, base - 0.3, ch, style, pt,
                  record=False, fill=HAND if hand else G.INK)
            x += cell
        k += size
        x += cell * 0.6
    p.lines.append(G.nfc(f"{label} {digits}"))
    p.y += pt * G.MM_PER_PT * G.LEAD + 1.0


def stamp(p: Page, lines: Sequence[str], x: float, top: float, *, pt: float = 9.0,
          color: tuple[int, int, int] = STAMP, oval: bool = False) -> None:
    """A rubber stamp at ``x``, ``top`` mm (a rectangle, or an oval), its lines recorded in
    order, each centred."""
    step = pt * G.MM_PER_PT * 1.4
    width = max(p.width(t, "b", pt) for t in lines) + (14.0 if oval else 6.0)
    height = step * len(lines) + (6.0 if oval else 3.0)
    box = [p.px(x), p.px(top), p.px(x + width), p.px(top + height)]
    if oval:
        p.draw.ellipse(box, outline=color, width=max(1, round(p.px(0.5))))
    else:
        p.rect((x, x + width, top, top + height), width=0.5, outline=color)
    y = top + (3.0 if oval else 1.5)
    for t in lines:
        y += step
        p.put(x + (width - p.width(t, "b", pt)) / 2, y - step * 0.25, t, "b", pt, fill=color)


def dashed(p: Page, x0: float, x1: float, y: float) -> None:
    """A dashed rule across ``x0``-``x1`` at ``y`` mm."""
    x = x0
    while x < x1:
        p.hline(x, min(x + 2.0, x1), y, 0.25, fill=(80, 80, 80))
        x += 3.5


def chip_card(mk: Maker, person: Person, *, issued: date, home: str, origin: str,
              kind: str, label: str = "Thẻ căn cước công dân") -> Paper:
    """A photocopy of the 2021 chip card (*CĂN CƯỚC CÔNG DÂN*), front and back side by side
    across the page, the copier's grey edge around them."""
    p = mk.page("san", 9.0, (8.0, 202.0), 30.0)
    p.rect((6.0, 204.0, 24.0, 112.0), outline=None, fill=(225, 225, 225))
    s = 1.08
    f = G.Card(p, 8.0, 34.0, s)
    f.emblem()
    f.text(50.0, 5.0, MOTTO, "b", 3.5, "c")
    f.text(50.0, 8.6, MOTTO2, "b", 3.5, "c")
    f.text(50.0, 13.6, "CĂN CƯỚC CÔNG DÂN", "b", 5.4, "c")
    f.text(50.0, 16.8, "Citizen Identity Card", "r", 3.2, "c")
    f.text(27.0, 21.8, f"Số / No.: {person.cccd}", "b", 5.6)
    f.text(27.0, 26.2, "Họ và tên / Full name:", "r", 3.6)
    f.text(27.0, 30.2, person.upper, "b", 5.0)
    f.text(27.0, 34.0, f"Ngày sinh / Date of birth: {dmy(person.born)}", "r", 3.7)
    f.text(27.0, 37.6, f"Giới tính / Sex: {person.sex}   Quốc tịch: Việt Nam", "r", 3.7)
    f.text(27.0, 41.2, f"Quê quán: {origin}", "r", 3.6)
    f.text(27.0, 45.0, f"Nơi thường trú: {home}", "r", 3.3)
    f.box(3.0, 24.0, 20.0, 46.0, outline=None, fill=(110, 110, 110))
    b = G.Card(p, 110.0, 34.0, s)
    b.text(4.0, 6.0, "Đặc điểm nhân dạng: nốt ruồi C:1cm", "r", 3.8)
    b.text(4.0, 11.0, f"Ngày, tháng, năm: {dmy(issued)}", "r", 4.0)
    b.text(4.0, 15.8, "CỤC TRƯỞNG CỤC CẢNH SÁT", "b", 3.8)
    b.text(4.0, 19.8, "QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI", "b", 3.8)
    b.box(60.0, 80.0, 4.0, 26.0, outline=(90, 90, 90))
    b.text(4.0, 42.0, f"IDVNM{person.cccd[3:]}{person.cccd[-1]}<<{person.born.year % 10}",
           "r", 3.6)
    b.text(4.0, 46.5, f"{person.born:%y%m%d}{person.born.day % 10}<<<<<<<<<<VNM", "r", 3.6)
    p.y = 104.0
    fields = {"ho_ten": person.upper, "so_cccd": person.cccd,
              "ngay_ban_hanh": issued.isoformat(),
              "co_quan_ban_hanh": "Cục Cảnh sát quản lý hành chính về trật tự xã hội"}
    return Paper("ban_sao_cccd", label, kind, [p], fields,
                 "CĂN CƯỚC CÔNG DÂN")
