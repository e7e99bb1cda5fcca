"""Page model and common page parts of the eighth held-apart set.

The page model, marks and scanner simulation are those of ``samples/generate.py``; the
``Paper``, ``Dossier`` and ``Person`` records and the seeded ``Maker`` those of
``bench/heldout/draw.py``; both come through ``bench/heldout_render.py``. The typefaces and
every layout and wording are this set's own, from families Debian packages
(``fonts-linuxlibertine``, ``fonts-lato``): Linux Libertine for offices' papers and
certificates, Lato for counters' slips, companies and banks, Linux Biolinum for what a citizen
typed or wrote. What a hand wrote on a printed form's dotted lines is drawn in Biolinum italic
in blue ink over the dots.
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
HAND = (28, 48, 150)
"""The blue of a ballpoint pen."""
STAMP = (178, 34, 40)
"""The red of an office's stamps."""

FONTS = Path("/usr/share/fonts")
"""Where Debian's fonts-linuxlibertine and fonts-lato put the faces (scripts/setup.sh installs
them)."""
_LIB = "opentype/linux-libertine/"
FAMILIES = {
    "lib": {"r": _LIB + "LinLibertine_R.otf", "b": _LIB + "LinLibertine_RB.otf",
            "i": _LIB + "LinLibertine_RI.otf", "bi": _LIB + "LinLibertine_RB.otf"},
    "lato": {"r": "truetype/lato/Lato-Regular.ttf", "b": "truetype/lato/Lato-Bold.ttf",
             "i": "truetype/lato/Lato-Italic.ttf", "bi": "truetype/lato/Lato-BoldItalic.ttf"},
    "bio": {"r": _LIB + "LinBiolinum_R.otf", "b": _LIB + "LinBiolinum_RB.otf",
            "i": _LIB + "LinBiolinum_RI.otf", "bi": _LIB + "LinBiolinum_RB.otf"},
}
"""Libertine's bold italic lacks ơ and ư: its bold stands in for it."""

Page, Maker = heldout_render.typefaces(FONTS, FAMILIES, family="lib", pt=13.0,
                                       margins=(25.0, 190.0), top=13.0)

dmy = heldout_render.dmy
recipients = heldout_render.recipients


words = heldout_render.words


def dots(d: date) -> str:
    """A date with dots, as some offices print it: "09.3.2026"."""
    return f"{d.day:02d}.{d.month}.{d.year}"


header = heldout_render.header


motto, title, signer = heldout_render.motto, heldout_render.title, heldout_render.signer
sign_right, sign_both = heldout_render.sign_right, heldout_render.sign_both
rows, under = heldout_render.rows, heldout_render.under


def filled(p: Page, label: str, value: str, *, pt: float | None = None, x0: float | None = None,
           x1: float | None = None) -> None:
    """A printed form's line: the label, dotted leaders to the right margin, and what a hand
    wrote over the dots (blue italics). Recorded as the label and the value."""
    pt = pt or p.pt
    x0 = p.x0 if x0 is None else x0
    x1 = p.x1 if x1 is None else x1
    base = p._baseline(pt)
    p.put(x0, base, label, "r", pt, record=False)
    start = x0 + p.width(label + " ", "r", pt)
    dot = p.width(".", "r", pt)
    n = max(0, int((x1 - start) / dot) - 1)
    p.put(start, base + 0.6, "." * n, "r", pt, record=False, fill=(90, 90, 90))
    if p.width(value, "i", pt + 1.0) > x1 - start - 2.0:
        raise G.LayoutError(f"the hand's value is too long: {value!r}")
    p.put(start + 2.0, base - 0.8, value, "i", pt + 1.0, record=False, fill=HAND)
    p.lines.append(G.nfc(f"{label} {value}".strip()))
    p.y += pt * G.MM_PER_PT * G.LEAD


def stamp(p: Page, lines: Sequence[str], x: float, top: float, *, pt: float = 10.0,
          color: tuple[int, int, int] = STAMP) -> None:
    """A rectangular rubber stamp (an office's "ĐẾN" or "ĐÃ NHẬN" stamp) at ``x``, ``top`` mm,
    its lines in capitals and figures as the stamp and a hand printed them, recorded in order."""
    step = pt * G.MM_PER_PT * 1.35
    width = max(p.width(t, "b", pt) for t in lines) + 6.0
    p.rect((x, x + width, top, top + step * len(lines) + 3.0), width=0.5, outline=color)
    y = top + 1.5
    for t in lines:
        y += step
        p.put(x + 3.0, y - step * 0.25, t, "b", pt, fill=color)


def id_card(mk: Maker, person: Person, *, issued: date, expires: str, origin: str,
            home: str) -> Paper:
    """A photocopy of the 2016 bar-code card (*CĂN CƯỚC CÔNG DÂN*, no chip), front over back,
    the counter's "BẢN CHỤP" mark under it (the counter saw the original)."""
    p = mk.page("lato", 10.0, (14.0, 196.0), 16.0)
    s = 1.55
    f = G.Card(p, 38.0, 22.0, s)
    f.emblem()
    f.text(50.0, 5.0, MOTTO, "b", 3.5, "c")
    f.text(50.0, 8.6, MOTTO2, "b", 3.5, "c")
    f.text(50.0, 13.6, "CĂN CƯỚC CÔNG DÂN", "b", 6.2, "c")
    f.text(50.0, 17.4, "CITIZEN IDENTITY CARD", "r", 3.2, "c")
    f.text(30.0, 23.0, f"Số: {person.cccd}", "b", 5.6)
    f.text(30.0, 28.0, "Họ và tên:", "r", 4.0)
    f.text(30.0, 32.4, person.upper, "b", 5.0)
    f.text(30.0, 36.8, f"Ngày, tháng, năm sinh: {dmy(person.born)}", "r", 3.8)
    f.text(30.0, 40.6, f"Giới tính: {person.sex}   Quốc tịch: Việt Nam", "r", 3.8)
    f.text(30.0, 44.4, f"Quê quán: {origin}", "r", 3.8)
    f.text(30.0, 48.2, f"Nơi thường trú: {home}", "r", 3.8)
    f.text(4.0, 51.5, f"Có giá trị đến: {expires}", "r", 3.4)
    f.box(4.0, 26.0, 21.0, 47.0, outline=None, fill=(125, 125, 125))
    b = G.Card(p, 38.0, 22.0 + G.Card.H * s + 8.0, s)
    b.text(4.0, 6.0, "Đặc điểm nhân dạng: sẹo chấm C 1 cm dưới đuôi mắt trái", "r", 3.8)
    b.text(4.0, 12.0, f"Ngày {issued.day:02d} tháng {issued.month:02d} năm {issued.year}",
           "r", 3.8)
    b.text(4.0, 17.0, "CỤC TRƯỞNG CỤC CẢNH SÁT", "b", 4.0)
    b.text(4.0, 21.0, "ĐKQL CƯ TRÚ VÀ DLQG VỀ DÂN CƯ", "b", 4.0)
    b.box(56.0, 80.0, 4.0, 30.0, outline=(90, 90, 90))
    b.text(58.0, 33.0, "Ngón trỏ trái   Ngón trỏ phải", "r", 3.0)
    p.y = 22.0 + G.Card.H * s * 2 + 16.0
    p.line("BẢN CHỤP - ĐÃ ĐỐI CHIẾU BẢN CHÍNH", "b", 10.0, align="c")
    fields = {"ho_ten": person.upper, "so_cccd": person.cccd,
              "ngay_ban_hanh": issued.isoformat(),
              "co_quan_ban_hanh": "Cục Cảnh sát ĐKQL cư trú và DLQG về dân cư"}
    return Paper("ban_sao_cccd", "Căn cước công dân", "cccd_barcode_copy", [p], fields,
                 "CĂN CƯỚC CÔNG DÂN")
