"""Page model and common page parts of the eleventh held-apart set.

The page model, marks and scanner simulation are those of ``samples/generate.py``; the
``Paper``, ``Dossier`` and ``Person`` records and the seeded ``Maker`` those of
``bench/heldout/draw.py``; both come through ``bench/heldout_render.py``. The typefaces and
every layout and wording are this set's own, from two Debian packages: EB Garamond
(``fonts-ebgaramond``, its 12-point cut) for offices' papers and certificates, Inter
(``fonts-inter``) for counters' slips, companies, banks and what a machine printed, Inter
Display for letters and leaflets, and EB Garamond's 8-point italic in blue for what a hand
wrote on the dotted lines of a form. EB Garamond's bold lacks Vietnamese letters, so its bold
is not used: its titles are set in the regular cut, larger.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw

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
STAMP = (170, 30, 40)
"""The red of an office's stamps."""
HAND = (30, 50, 160)
"""The blue of a ballpoint pen."""

FONTS = Path("/usr/share/fonts/opentype")
"""Where Debian's fonts-ebgaramond and fonts-inter put the faces (scripts/setup.sh installs
them)."""
_GAR = "ebgaramond/EBGaramond12-"
FAMILIES = {
    "gar": {"r": f"{_GAR}Regular.otf", "i": f"{_GAR}Italic.otf"},
    "int": {s: f"inter/Inter-{n}.otf" for s, n in
            (("r", "Regular"), ("b", "Bold"), ("i", "Italic"), ("bi", "BoldItalic"))},
    "dis": {s: f"inter/InterDisplay-{n}.otf" for s, n in
            (("r", "Regular"), ("b", "SemiBold"), ("i", "Italic"), ("bi", "SemiBoldItalic"))},
    "hand": {"r": "ebgaramond/EBGaramond08-Italic.otf"},
}

Page, Maker = heldout_render.typefaces(FONTS, FAMILIES, family="gar", pt=13.0,
                                       margins=(24.0, 188.0), top=14.0)

dmy = heldout_render.dmy
words = heldout_render.words
recipients = heldout_render.recipients
motto, title, signer = heldout_render.motto, heldout_render.title, heldout_render.signer
sign_right, sign_both = heldout_render.sign_right, heldout_render.sign_both
rows, under = heldout_render.rows, heldout_render.under

header = functools.partial(heldout_render.header, split=92.0, rule=20.0, margins=(12.0, 202.0))
"""The Decree 30 header in this set's proportions."""


uncovered = heldout_render.glyph_check(FONTS, FAMILIES)
"""The characters of a text some face of the set lacks, by face file."""


def put_in(p: Page, family: str, x: float, base: float, text: str, style: str = "r",
           pt: float | None = None, fill: tuple[int, int, int] = G.INK) -> float:
    """Draw ``text`` in another ``family`` of the set without recording it; returns its width
    in mm."""
    was = p.family
    p.family = family
    try:
        p.put(x, base, text, style, pt, record=False, fill=fill)
        return float(p.width(text, style, pt))
    finally:
        p.family = was


def dotted(p: Page, label: str, value: str, *, pt: float | None = None,
           x1: float | None = None) -> None:
    """A form's line: the printed ``label``, a dotted leader to the margin and ``value``
    written over the dots by hand (blue, the handwriting face, a little larger and not quite
    on the line). Recorded as the label and the value."""
    pt = pt or p.pt
    x1 = x1 or p.x1
    base = p._baseline(pt)
    p.put(p.x0, base, label, "r", pt, record=False)
    x = p.x0 + p.width(label + " ", "r", pt)
    dot = p.width(".", "r", pt)
    n = int((x1 - x) / (dot * 1.6))
    for k in range(n):
        p.put(x + k * dot * 1.6, base + 0.3, ".", "r", pt, record=False)
    lift = p.rng.uniform(0.6, 1.3)
    put_in(p, "hand", x + 2.0, base - lift, value, "r", pt * 1.25, HAND)
    p.lines.append(G.nfc(f"{label} {value}"))
    p.y += pt * G.MM_PER_PT * G.LEAD + 1.5


def stamp(p: Page, lines: Sequence[str], x: float, top: float, *, pt: float = 9.0,
          color: tuple[int, int, int] = STAMP) -> None:
    """A rectangular rubber stamp at ``x``, ``top`` mm, its lines recorded in order, centred,
    in the slips' face."""
    step = pt * G.MM_PER_PT * 1.4
    was = p.family
    p.family = "int"
    try:
        width = max(p.width(t, "b", pt) for t in lines) + 6.0
        p.rect((x, x + width, top, top + step * len(lines) + 3.0), width=0.5, outline=color)
        y = top + 1.5
        for t in lines:
            y += step
            p.put(x + (width - p.width(t, "b", pt)) / 2, y - step * 0.25, t, "b", pt,
                  fill=color)
    finally:
        p.family = was


def sealed_date(p: Page, line: str, *, pt: float = 13.0, r: float = 16.0) -> None:
    """The place-and-date line at the right with a red round seal pressed over it (its
    centre on the line), as when an office stamps before it signs."""
    base = p.line(line, "i", pt, align="r")
    w = p.width(line, "i", pt)
    p.seal(p.x1 - w * 0.45, base - 1.5, r)


def landscape(p: Page) -> None:
    """Make ``p`` a landscape sheet (297 x 210 mm) to draw on; ``turn`` stands it upright."""
    w, h = p.img.size
    p.img = Image.new("RGB", (h, w), "white")
    p.draw = ImageDraw.Draw(p.img)
    p.bottom = 200.0


def turn(p: Page) -> None:
    """Turn a landscape sheet by 90 degrees, as a scanner feeds it long edge first."""
    p.img = p.img.rotate(90, expand=True)
    p.draw = ImageDraw.Draw(p.img)


def chip_copy(mk: Maker, person: Person, *, issued: date, home: str, origin: str,
              kind: str, label: str = "Căn cước", old: bool = False) -> Paper:
    """A photocopy of an identity card, front above back at the top of the page: the 2024
    *CĂN CƯỚC* card (the issuing ministry's department on the back), or with ``old`` the
    2021 *CĂN CƯỚC CÔNG DÂN* card."""
    p = mk.page("int", 9.0, (20.0, 190.0), 18.0)
    s = 1.2
    f = G.Card(p, 50.0, 16.0, s)
    f.emblem()
    f.text(50.0, 5.0, MOTTO, "b", 3.4, "c")
    f.text(50.0, 8.4, MOTTO2, "b", 3.4, "c")
    head = "CĂN CƯỚC CÔNG DÂN" if old else "CĂN CƯỚC"
    f.text(50.0, 13.4, head, "b", 5.2, "c")
    f.text(50.0, 16.6, "Citizen Identity Card" if old else "Identity Card", "r", 3.2, "c")
    f.text(27.0, 21.4, f"Số định danh cá nhân / Personal identification number: {person.cccd}"
           if not old else f"Số / No.: {person.cccd}", "b", 3.4 if not old else 5.2)
    f.text(27.0, 26.0, "Họ, chữ đệm và tên khai sinh / Full name:", "r", 3.3)
    f.text(27.0, 30.0, person.upper, "b", 4.8)
    f.text(27.0, 34.0, f"Ngày sinh / Date of birth: {dmy(person.born)}", "r", 3.5)
    f.text(27.0, 37.6, f"Giới tính / Sex: {person.sex}   Quốc tịch / Nationality: Việt Nam",
           "r", 3.3)
    f.box(3.0, 24.0, 20.0, 46.0, outline=None, fill=(120, 120, 120))
    b = G.Card(p, 50.0, 86.0, s)
    if old:
        b.text(4.0, 6.0, f"Quê quán: {origin}", "r", 3.5)
        b.text(4.0, 10.0, f"Nơi thường trú: {home}", "r", 3.3)
        b.text(4.0, 15.0, f"Ngày, tháng, năm / Date, month, year: {dmy(issued)}", "r", 3.5)
        b.text(4.0, 19.6, "CỤC TRƯỞNG CỤC CẢNH SÁT", "b", 3.6)
        b.text(4.0, 23.4, "QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI", "b", 3.6)
        body = "Cục Cảnh sát quản lý hành chính về trật tự xã hội"
    else:
        b.text(4.0, 6.0, f"Nơi cư trú / Place of residence: {home}", "r", 3.2)
        b.text(4.0, 10.0, f"Nơi đăng ký khai sinh: {origin}", "r", 3.3)
        b.text(4.0, 15.0, f"Ngày cấp / Date of issue: {dmy(issued)}", "r", 3.5)
        b.text(4.0, 19.6, "BỘ CÔNG AN", "b", 3.6)
        body = "Bộ Công an"
    b.text(4.0, 42.0, f"IDVNM{person.cccd[3:]}{person.cccd[-1]}<<{person.born.year % 10}",
           "r", 3.6)
    p.y = 160.0
    fields = {"ho_ten": person.upper, "so_cccd": person.cccd,
              "ngay_ban_hanh": issued.isoformat(), "co_quan_ban_hanh": body}
    return Paper("ban_sao_cccd", label, kind, [p], fields, head)
