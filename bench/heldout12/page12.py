"""Page model and common page parts of the twelfth held-apart set.

The page model, marks and scanner simulation are those of ``samples/generate.py``; the
``Paper``, ``Dossier`` and ``Person`` records and the seeded ``Maker`` those of
``bench/heldout/draw.py``; both come through ``bench/heldout_render.py``. The typefaces and
every layout and wording are this set's own, from three Debian packages: Vollkorn
(``fonts-vollkorn``) for offices' papers, certificates and citizens' forms, Manrope
(``fonts-manrope``, which has no italic: its italic lines are drawn upright) for companies,
clinics, counters' slips and leaflets, and JetBrains Mono (``fonts-jetbrains-mono``) for what a
portal, a till or a bank's system printed.
"""

from __future__ import annotations

import functools
import hashlib
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
STAMP = (165, 28, 48)
"""The red of an office's stamps."""
VIOLET = (95, 45, 150)
"""The violet ink of a notary's and a copy desk's stamps."""

FONTS = Path("/usr/share/fonts/truetype")
"""Where Debian's fonts-vollkorn, fonts-manrope and fonts-jetbrains-mono put the faces
(scripts/setup.sh installs them)."""
FAMILIES = {
    "vk": {s: f"vollkorn/Vollkorn-{n}.ttf" for s, n in
           (("r", "Regular"), ("b", "Bold"), ("i", "Italic"), ("bi", "BoldItalic"))},
    "mr": {"r": "manrope/Manrope-Regular.ttf", "b": "manrope/Manrope-Bold.ttf",
           "bi": "manrope/Manrope-ExtraBold.ttf"},
    "jb": {s: f"jetbrains-mono/JetBrainsMono-{n}.ttf" for s, n in
           (("r", "Regular"), ("b", "Bold"), ("i", "Italic"), ("bi", "BoldItalic"))},
}

Page, Maker = heldout_render.typefaces(FONTS, FAMILIES, family="vk", pt=12.5,
                                       margins=(22.0, 190.0), top=13.0)

dmy = heldout_render.dmy
words = heldout_render.words
recipients = heldout_render.recipients
motto, title, signer = heldout_render.motto, heldout_render.title, heldout_render.signer
sign_right, sign_both = heldout_render.sign_right, heldout_render.sign_both
rows, under = heldout_render.rows, heldout_render.under

header = functools.partial(heldout_render.header, split=90.0, rule=24.0, margins=(10.0, 204.0))
"""The Decree 30 header in this set's proportions."""


uncovered = heldout_render.glyph_check(FONTS, FAMILIES)
"""The characters of a text some face of the set lacks, by face file."""


def stamp(p: Page, lines: Sequence[str], x: float, top: float, *, pt: float = 8.5,
          color: tuple[int, int, int] = STAMP, family: str = "mr") -> float:
    """A rectangular rubber stamp at ``x``, ``top`` mm, its lines recorded in order, centred;
    returns its bottom."""
    step = pt * G.MM_PER_PT * 1.45
    was = p.family
    p.family = family
    try:
        width = max(p.width(t, "b", pt) for t in lines) + 6.0
        bottom = top + step * len(lines) + 3.0
        p.rect((x, x + width, top, bottom), width=0.45, outline=color)
        p.rect((x + 0.9, x + width - 0.9, top + 0.9, bottom - 0.9), width=0.2, outline=color)
        y = top + 1.5
        for t in lines:
            y += step
            p.put(x + (width - p.width(t, "b", pt)) / 2, y - step * 0.25, t, "b", pt,
                  fill=color)
    finally:
        p.family = was
    return bottom


def copy_stamp(p: Page, x: float, top: float, *, office: str, number: str, dated: str,
               certified: bool = True) -> float:
    """A copy desk's stamp in violet: "CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH" with its
    register number and date (``certified``), or an office's "SAO Y BẢN CHÍNH"; returns its
    bottom."""
    head = "CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH" if certified else "SAO Y BẢN CHÍNH"
    lines = [head, f"Số chứng thực: {number}" if certified else f"Số: {number}",
             f"{office}, {dated}"]
    return stamp(p, lines, x, top, pt=8.0, color=VIOLET)


def barcode(p: Page, x: float, top: float, payload: str, *, w: float = 52.0,
            h: float = 11.0) -> None:
    """Bars standing for ``payload`` (widths from its digest, not a real symbology)."""
    bits = "".join(f"{b:08b}" for b in hashlib.sha256(payload.encode()).digest())
    step = w / len(bits[:96])
    for k, bit in enumerate(bits[:96]):
        if bit == "1":
            p.rect((x + k * step, x + (k + 0.7) * step, top, top + h), outline=None,
                   fill=G.INK)


def boxed_title(p: Page, text: str, pt: float = 14.0, *, pad: float = 2.5) -> str:
    """A title (lines split by \\n) centred inside a ruled box; returns it as one line."""
    top = p.y
    p.y += pad
    widest = max(p.width(t, "b", pt) for t in text.split("\n"))
    p.title(text, pt=pt)
    cx = (p.x0 + p.x1) / 2
    p.rect((cx - widest / 2 - 5.0, cx + widest / 2 + 5.0, top, p.y + pad - 1.5), width=0.4)
    p.gap(pad + 2.0)
    return " ".join(text.split("\n"))


def underlined_title(p: Page, text: str, pt: float = 14.0) -> str:
    """A title (lines split by \\n) with a rule under each line; returns it as one line."""
    for part in text.split("\n"):
        base = p.line(part, "b", pt, align="c")
        w = p.width(part, "b", pt)
        cx = (p.x0 + p.x1) / 2
        p.hline(cx - w / 2, cx + w / 2, base + 1.2, 0.3)
    p.gap(3.0)
    return " ".join(text.split("\n"))


def page_number(p: Page, text: str) -> None:
    """"Trang 2/3" at the top right of a page that goes on with a paper."""
    p.line(text, "i", 9.5, align="r")
    p.gap(2.0)


def id_cards(mk: Maker, person: Person, *, issued: str, home: str, kind: str,
             stamp_office: str = "", stamp_date: str = "", number: str = "") -> Paper:
    """A photocopy of a 2024 *CĂN CƯỚC* card, front and back side by side across the top of
    the page, with a copy desk's certification under them when ``stamp_office``."""
    p = mk.page("mr", 9.0, (14.0, 196.0), 16.0)
    s = 1.02
    f = G.Card(p, 12.0, 20.0, s)
    f.emblem()
    f.text(50.0, 5.0, MOTTO, "b", 3.4, "c")
    f.text(50.0, 8.6, MOTTO2, "b", 3.4, "c")
    f.text(50.0, 14.0, "CĂN CƯỚC", "b", 6.0, "c")
    f.text(25.0, 21.6, f"Số định danh: {person.cccd}", "b", 4.6)
    f.text(25.0, 26.4, "Họ, chữ đệm và tên:", "r", 4.0)
    f.text(25.0, 31.0, person.upper, "b", 4.6)
    f.text(25.0, 36.0, f"Ngày sinh: {dmy(person.born)}", "r", 4.2)
    f.text(25.0, 40.6, f"Giới tính: {person.sex}   Quốc tịch: Việt Nam", "r", 4.0)
    f.box(3.0, 22.0, 22.0, 46.0, outline=None, fill=(125, 125, 125))
    b = G.Card(p, 106.0, 20.0, s)
    b.text(4.0, 7.0, "Nơi cư trú:", "r", 4.0)
    b.text(4.0, 11.6, home, "r", 3.6)
    b.text(4.0, 18.0, f"Ngày cấp: {issued}", "r", 4.2)
    b.text(4.0, 23.0, "BỘ CÔNG AN", "b", 4.4)
    b.box(60.0, 80.0, 28.0, 48.0, outline=GREY_LINE)
    b.text(4.0, 44.0, f"IDVNM{person.cccd[3:]}{person.cccd[-1]}<<{person.born.year % 10}",
           "r", 3.8)
    p.y = 86.0
    if stamp_office:
        copy_stamp(p, 100.0, 92.0, office=stamp_office, number=number, dated=stamp_date)
    d, m, y = (int(v) for v in issued.split("/"))
    fields = {"ho_ten": person.upper, "so_cccd": person.cccd,
              "ngay_ban_hanh": f"{y:04d}-{m:02d}-{d:02d}", "co_quan_ban_hanh": "Bộ Công an"}
    return Paper("ban_sao_cccd", "Căn cước", kind, [p], fields, "CĂN CƯỚC")


GREY_LINE = (150, 150, 150)
