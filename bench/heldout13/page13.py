"""Page model and common page parts of the thirteenth held-apart set.

The page model, marks and scanner simulation are those of ``samples/generate.py``; the
``Paper``, ``Dossier`` and ``Person`` records and the seeded ``Maker`` those of
``bench/heldout/draw.py``; both come through ``bench/heldout_render.py``. The typefaces and
every layout and wording are this set's own, from three Debian packages: Junicode
(``fonts-junicode``) for offices' papers, certificates and citizens' forms, Cantarell
(``fonts-cantarell``, which has no italic: its italic lines are drawn upright) for counters'
slips, companies, hospitals and banks, and Comfortaa (``fonts-comfortaa``, rounded, no italic)
for kiosks' tickets, leaflets, invoices and what a shop or a school printed.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Sequence
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
RED = (178, 34, 40)
"""The red of an office's stamps."""
BLUE = (40, 60, 150)
"""The blue ink of a copy desk's and a bank's stamps."""
BAND = (214, 214, 214)
"""The grey of a header band."""

FONTS = Path("/usr/share/fonts")
"""Where Debian's fonts-junicode, fonts-cantarell and fonts-comfortaa put the faces
(scripts/setup.sh installs them)."""
FAMILIES = {
    "jn": {s: f"opentype/junicode/JunicodeTwoBeta-{n}.otf" for s, n in
           (("r", "Regular"), ("b", "Bold"), ("i", "Italic"), ("bi", "BoldItalic"))},
    "ct": {"r": "opentype/cantarell/Cantarell-Regular.otf",
           "b": "opentype/cantarell/Cantarell-Bold.otf",
           "bi": "opentype/cantarell/Cantarell-ExtraBold.otf"},
    "cf": {"r": "truetype/comfortaa/Comfortaa-Regular.ttf",
           "b": "truetype/comfortaa/Comfortaa-Bold.ttf"},
}

Page, Maker = heldout_render.typefaces(FONTS, FAMILIES, family="jn", pt=12.5,
                                       margins=(22.0, 190.0), top=13.0)

dmy = heldout_render.dmy
words = heldout_render.words
recipients = heldout_render.recipients
motto, title, signer = heldout_render.motto, heldout_render.title, heldout_render.signer
sign_right, sign_both = heldout_render.sign_right, heldout_render.sign_both
rows, under = heldout_render.rows, heldout_render.under

header = functools.partial(heldout_render.header, split=92.0, rule=20.0, margins=(8.0, 204.0))
"""The Decree 30 header in this set's proportions."""


uncovered = heldout_render.glyph_check(FONTS, FAMILIES)
"""The characters of a text some face of the set lacks, by face file."""


def oval_stamp(p: Page, lines: Sequence[str], cx: float, cy: float, *, pt: float = 8.0,
               color: tuple[int, int, int] = BLUE) -> float:
    """An oval rubber stamp centred at ``cx``, ``cy`` mm, its lines recorded in order;
    returns its bottom."""
    step = pt * G.MM_PER_PT * 1.4
    was = p.family
    p.family = "ct"
    try:
        half_w = max(p.width(t, "b", pt) for t in lines) / 2 + 7.0
        half_h = step * len(lines) / 2 + 4.0
        box = [p.px(cx - half_w), p.px(cy - half_h), p.px(cx + half_w), p.px(cy + half_h)]
        p.draw.ellipse(box, outline=color, width=max(1, round(p.px(0.45))))
        y = cy - step * len(lines) / 2
        for t in lines:
            y += step
            p.put(cx - p.width(t, "b", pt) / 2, y - step * 0.25, t, "b", pt, fill=color)
    finally:
        p.family = was
    return cy + half_h


def box_stamp(p: Page, lines: Sequence[str], x: float, top: float, *, pt: float = 8.5,
              color: tuple[int, int, int] = RED) -> float:
    """A rectangular stamp with a single frame at ``x``, ``top`` mm; returns its bottom."""
    step = pt * G.MM_PER_PT * 1.45
    was = p.family
    p.family = "ct"
    try:
        width = max(p.width(t, "b", pt) for t in lines) + 5.0
        bottom = top + step * len(lines) + 2.5
        p.rect((x, x + width, top, bottom), width=0.5, outline=color)
        y = top + 1.2
        for t in lines:
            y += step
            p.put(x + (width - p.width(t, "b", pt)) / 2, y - step * 0.25, t, "b", pt,
                  fill=color)
    finally:
        p.family = was
    return bottom


def copy_stamp(p: Page, cx: float, cy: float, *, office: str, number: str,
               dated: str) -> float:
    """A copy desk's oval stamp in blue: "BẢN SAO ĐÚNG VỚI BẢN CHÍNH", its register number,
    the office and date; returns its bottom."""
    return oval_stamp(p, ["BẢN SAO ĐÚNG VỚI BẢN CHÍNH", f"Sổ chứng thực: {number}",
                          f"{office} - {dated}"], cx, cy)


def band(p: Page, lines: Sequence[tuple[str, str, float]], *, x0: float = 10.0,
         x1: float = 200.0) -> None:
    """A grey band across the page with lines (text, style, pt) centred on it."""
    step = sum(pt for _, _, pt in lines) * G.MM_PER_PT * 1.3
    top = p.y
    p.rect((x0, x1, top, top + step + 4.0), outline=None, fill=BAND)
    p.y = top + 2.0
    for text, style, pt in lines:
        p.line(text, style, pt, align="c", x0=x0, x1=x1)
    p.y = top + step + 7.0


def grid(p: Page, cells: Sequence[Sequence[tuple[str, str]]], widths: Sequence[float], *,
         pt: float = 10.0) -> None:
    """Ruled cells in rows, each a small caption over its value; a row's captions and values
    are recorded as "caption: value" lines, cell by cell."""
    cap = pt * 0.72
    h = (cap + pt) * G.MM_PER_PT * 1.35 + 3.0
    for row in cells:
        x = p.x0
        top = p.y
        for (caption, value), w in zip(row, widths, strict=True):
            p.rect((x, x + w, top, top + h), width=0.3)
            if p.width(value, "b", pt) > w - 3.0:
                raise G.LayoutError(f"too wide: {value!r}")
            p.put(x + 1.5, top + 1.2 + cap * G.MM_PER_PT, caption, "r", cap, record=False)
            p.put(x + 1.5, top + h - 2.0, value, "b", pt, record=False)
            p.lines.append(G.nfc(f"{caption}: {value}"))
            x += w
        p.y = top + h
    p.gap(3.0)


def boxed_title(p: Page, text: str, pt: float = 14.0) -> str:
    """A title (lines split by \\n) in a double-ruled box the width of the page; returns it as
    one line."""
    top = p.y
    p.y += 2.5
    p.title(text, pt=pt)
    p.rect((p.x0, p.x1, top, p.y + 1.0), width=0.5)
    p.rect((p.x0 + 1.0, p.x1 - 1.0, top + 1.0, p.y), width=0.2)
    p.gap(4.5)
    return " ".join(text.split("\n"))


def left_title(p: Page, text: str, pt: float = 15.0, rule: float = 0.8) -> str:
    """A title (lines split by \\n) at the left margin over a thick rule; returns it as one
    line."""
    for part in text.split("\n"):
        p.line(part, "b", pt)
    p.hline(p.x0, p.x1, p.y + 0.5, rule)
    p.gap(4.0)
    return " ".join(text.split("\n"))


def continued(p: Page, text: str) -> None:
    """A continued page's first line, centred, in italics ("(tiếp theo trang 1)")."""
    p.line(text, "i", 10.0, align="c")
    p.gap(2.0)


def photo(p: Page, x: float, top: float, w: float = 30.0, h: float = 40.0) -> None:
    """A photograph's place: a grey box."""
    p.rect((x, x + w, top, top + h), outline=(90, 90, 90), fill=(150, 150, 150), width=0.3)


def id_card(mk: Maker, person: Person, *, issued: str, home: str, kind: str,
            office: str = "", number: str = "", dated: str = "") -> Paper:
    """A photocopy of a 2024 *CĂN CƯỚC* card, front over back at the left of the page, a copy
    desk's oval stamp at the right of them when ``office``."""
    p = mk.page("ct", 9.0, (14.0, 196.0), 16.0)
    f = G.Card(p, 16.0, 18.0, 1.05)
    f.emblem()
    f.text(50.0, 5.0, MOTTO, "b", 3.4, "c")
    f.text(50.0, 8.6, MOTTO2, "b", 3.4, "c")
    f.text(50.0, 14.0, "CĂN CƯỚC", "b", 6.0, "c")
    f.text(25.0, 21.6, f"Số định danh cá nhân: {person.cccd}", "b", 4.4)
    f.text(25.0, 26.4, "Họ, chữ đệm và tên:", "r", 4.0)
    f.text(25.0, 31.0, person.upper, "b", 4.6)
    f.text(25.0, 36.0, f"Ngày, tháng, năm sinh: {dmy(person.born)}", "r", 4.0)
    f.text(25.0, 40.6, f"Giới tính: {person.sex}   Quốc tịch: Việt Nam", "r", 4.0)
    f.box(3.0, 22.0, 22.0, 46.0, outline=None, fill=(120, 120, 120))
    b = G.Card(p, 16.0, 84.0, 1.05)
    b.text(4.0, 7.0, "Nơi cư trú:", "r", 4.0)
    b.text(4.0, 11.6, home, "r", 3.5)
    b.text(4.0, 18.0, f"Ngày cấp: {issued}", "r", 4.2)
    b.text(4.0, 23.0, "BỘ CÔNG AN", "b", 4.4)
    b.text(4.0, 44.0, f"IDVNM{person.cccd[3:]}{person.cccd[-1]}<<{person.born.year % 10}",
           "r", 3.8)
    p.y = 150.0
    if office:
        copy_stamp(p, 158.0, 90.0, office=office, number=number, dated=dated)
    d, m, y = (int(v) for v in issued.split("/"))
    fields = {"ho_ten": person.upper, "so_cccd": person.cccd,
              "ngay_ban_hanh": f"{y:04d}-{m:02d}-{d:02d}", "co_quan_ban_hanh": "Bộ Công an"}
    return Paper("ban_sao_cccd", "Căn cước", kind, [p], fields, "CĂN CƯỚC")
