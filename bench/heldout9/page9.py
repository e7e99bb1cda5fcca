"""Page model and common page parts of the ninth held-apart set.

The page model, marks and scanner simulation are those of ``samples/generate.py``; the
``Paper``, ``Dossier`` and ``Person`` records and the seeded ``Maker`` those of
``bench/heldout/draw.py``; both come through ``bench/heldout_render.py``. The typefaces and
every layout and wording are this set's own, from families Debian packages
(``fonts-sil-gentiumplus``, ``fonts-roboto-unhinted``): Gentium Book Plus for offices' papers
and certificates, Roboto for counters' slips, companies, banks and what a machine printed,
Roboto Condensed for the forms a citizen filled in. A form's identity number is written one
digit a box.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
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
STAMP = (170, 30, 45)
"""The red of an office's stamps."""
HAND = (30, 52, 140)
"""The blue of a ballpoint pen."""

FONTS = Path("/usr/share/fonts/truetype")
"""Where Debian's fonts-sil-gentiumplus and fonts-roboto-unhinted put the faces
(scripts/setup.sh installs them)."""
_GEN = "gentiumplus/GentiumBookPlus-"
_ROB = "roboto/unhinted/RobotoTTF/Roboto-"
_CON = "roboto/unhinted/RobotoCondensed-"
FAMILIES = {
    "gen": {"r": _GEN + "Regular.ttf", "b": _GEN + "Bold.ttf", "i": _GEN + "Italic.ttf",
            "bi": _GEN + "BoldItalic.ttf"},
    "rob": {"r": _ROB + "Regular.ttf", "b": _ROB + "Bold.ttf", "i": _ROB + "Italic.ttf",
            "bi": _ROB + "BoldItalic.ttf"},
    "con": {"r": _CON + "Regular.ttf", "b": _CON + "Bold.ttf", "i": _CON + "Italic.ttf",
            "bi": _CON + "BoldItalic.ttf"},
}

Page, Maker = heldout_render.typefaces(FONTS, FAMILIES, family="gen", pt=13.0,
                                       margins=(25.0, 188.0), top=14.0)

dmy = heldout_render.dmy
recipients = heldout_render.recipients
motto, title, signer = heldout_render.motto, heldout_render.title, heldout_render.signer
sign_right, sign_both = heldout_render.sign_right, heldout_render.sign_both
rows, under = heldout_render.rows, heldout_render.under


@lru_cache(maxsize=8)
def _cmap(path: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    return frozenset(TTFont(path).getBestCmap())


def uncovered(text: str) -> dict[str, str]:
    """The characters of ``text`` some face of the set lacks, by face file: every glyph the
    set draws must be in every face it may be drawn in."""
    lacking: dict[str, str] = {}
    chars = {c for c in text if not c.isspace()}
    for family in FAMILIES.values():
        for face in family.values():
            have = _cmap(str(FONTS / face))
            missing = "".join(sorted(c for c in chars if ord(c) not in have))
            if missing:
                lacking[face] = missing
    return lacking


words = heldout_render.words


header = functools.partial(heldout_render.header, split=84.0, rule=20.0, margins=(6.0, 206.0))
"""The Decree 30 header in this set's proportions."""


def boxes(p: Page, label: str, digits: str, *, pt: float | None = None,
          x0: float | None = None) -> None:
    """A form's line with a number written one digit a box (the 12 boxes of an identity
    number); recorded as the label and the number."""
    pt = pt or p.pt
    x0 = p.x0 if x0 is None else x0
    base = p._baseline(pt)
    p.put(x0, base, label, "r", pt, record=False)
    x = x0 + p.width(label + " ", "r", pt)
    cell = pt * G.MM_PER_PT * 1.15
    for ch in digits:
        p.rect((x, x + cell, base - cell * 0.82, base + cell * 0.18), width=0.2)
        p.put(x + (cell - p.width(ch, "i", pt + 1.0)) / 2, base - 0.4, ch, "i", pt + 1.0,
              record=False, fill=HAND)
        x += cell
    p.lines.append(G.nfc(f"{label} {digits}"))
    p.y += pt * G.MM_PER_PT * G.LEAD + 0.8


def stamp(p: Page, lines: Sequence[str], x: float, top: float, *, pt: float = 9.5,
          color: tuple[int, int, int] = STAMP) -> None:
    """A rectangular rubber stamp at ``x``, ``top`` mm, its lines recorded in order."""
    step = pt * G.MM_PER_PT * 1.35
    width = max(p.width(t, "b", pt) for t in lines) + 6.0
    p.rect((x, x + width, top, top + step * len(lines) + 3.0), width=0.5, outline=color)
    y = top + 1.5
    for t in lines:
        y += step
        p.put(x + 3.0, y - step * 0.25, t, "b", pt, fill=color)


def barcode(p: Page, payload: str, x: float, top: float, height: float = 9.0) -> None:
    """A linear bar code of ``payload`` (bars from its characters' bits, as a slip printer
    draws one; not meant to be decoded), the payload printed under it."""
    bits = "".join(f"{ord(c):08b}" for c in payload)
    step = 0.17
    xx = x
    for k, bit in enumerate("11010" + bits + "1100011"):
        w = step * (2 if (k % 3 == 0) else 1)
        if bit == "1":
            p.rect((xx, xx + w, top, top + height), outline=None, fill=(0, 0, 0))
        xx += w
    p.put(x, top + height + 3.2, payload, "r", 8.0)


def cut_line(p: Page) -> None:
    """A dashed line across the page where a slip printed twice is cut in two."""
    y = p.y + 2.0
    x = 8.0
    while x < 202.0:
        p.hline(x, min(x + 3.0, 202.0), y, 0.25, fill=(90, 90, 90))
        x += 5.0
    p.put(8.0, y - 1.0, "- - cắt theo đường này - -", "i", 7.5, record=False,
          fill=(90, 90, 90))
    p.y = y + 5.0


def new_card(mk: Maker, person: Person, *, issued: date, expires: str, home: str,
             label: str = "Căn cước") -> Paper:
    """A photocopy of the 2024 chip card (*CĂN CƯỚC*, the holder's personal identity number,
    no "công dân"), front over back, the counter's mark under it."""
    p = mk.page("rob", 10.0, (14.0, 196.0), 16.0)
    s = 1.55
    f = G.Card(p, 38.0, 20.0, s)
    f.emblem()
    f.text(50.0, 4.8, MOTTO, "b", 3.4, "c")
    f.text(50.0, 8.4, MOTTO2, "b", 3.4, "c")
    f.text(50.0, 13.6, "CĂN CƯỚC", "b", 6.4, "c")
    f.text(50.0, 17.2, "IDENTITY CARD", "r", 3.2, "c")
    f.text(30.0, 22.6, "Số định danh cá nhân / Personal identification number", "r", 3.0)
    f.text(30.0, 26.8, person.cccd, "b", 5.6)
    f.text(30.0, 31.4, "Họ, chữ đệm và tên khai sinh / Full name", "r", 3.0)
    f.text(30.0, 35.6, person.upper, "b", 4.8)
    f.text(30.0, 40.0, f"Ngày sinh / Date of birth: {dmy(person.born)}", "r", 3.6)
    f.text(30.0, 44.0, f"Giới tính / Sex: {person.sex}   Quốc tịch / Nationality: Việt Nam",
           "r", 3.4)
    f.box(4.0, 26.0, 21.0, 47.0, outline=None, fill=(120, 120, 120))
    b = G.Card(p, 38.0, 20.0 + G.Card.H * s + 8.0, s)
    b.text(4.0, 6.0, f"Nơi cư trú / Place of residence: {home}", "r", 3.2)
    b.text(4.0, 11.0, f"Ngày, tháng, năm cấp / Date of issue: {dmy(issued)}", "r", 3.4)
    b.text(4.0, 15.5, f"Ngày, tháng, năm hết hạn / Date of expiry: {expires}", "r", 3.4)
    b.text(4.0, 20.5, "BỘ CÔNG AN / MINISTRY OF PUBLIC SECURITY", "b", 3.6)
    b.box(64.0, 84.0, 24.0, 44.0, outline=(90, 90, 90))
    b.text(4.0, 48.0, f"IDVNM{person.cccd[3:]}<<<<<<<<<<<<<<<", "r", 3.6)
    p.y = 20.0 + G.Card.H * s * 2 + 16.0
    p.line("Bản chụp nộp kèm hồ sơ, đã đối chiếu bản chính", "i", 10.0, align="c")
    fields = {"ho_ten": person.upper, "so_cccd": person.cccd,
              "ngay_ban_hanh": issued.isoformat(), "co_quan_ban_hanh": "Bộ Công an"}
    return Paper("ban_sao_cccd", label, "can_cuoc_2024_copy", [p], fields, "CĂN CƯỚC")
