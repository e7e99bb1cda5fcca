"""Page model and common page parts of the second held-apart set.

The page model (an A4 page drawn in millimetres that records every line of text it draws), the
signature, seal and emblem marks, the identity-card outline and the scanner simulation are
those of ``samples/generate.py``; the ``Paper``, ``Dossier`` and ``Person`` records and the
seeded ``Maker`` are those of ``bench/heldout/draw.py``; both are imported. The typefaces, the
sizes, the header blocks and every wording here are this set's own: DejaVu Serif Condensed,
DejaVu Sans and Liberation Mono (for what a typewriter or a printer filled in), bodies of
10-13 pt; a page may be drawn at 300 dpi and in colour.
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
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO2 = "Độc lập - Tự do - Hạnh phúc"

_FONTS = Path("/usr/share/fonts/truetype")
FAMILIES = {
    "serif": {"r": "dejavu/DejaVuSerifCondensed.ttf",
              "b": "dejavu/DejaVuSerifCondensed-Bold.ttf",
              "i": "dejavu/DejaVuSerifCondensed-Italic.ttf",
              "bi": "dejavu/DejaVuSerifCondensed-BoldItalic.ttf",
              "m": "liberation2/LiberationMono-Regular.ttf"},
    "sans": {"r": "dejavu/DejaVuSans.ttf",
             "b": "dejavu/DejaVuSans-Bold.ttf",
             "i": "dejavu/DejaVuSans-Oblique.ttf",
             "bi": "dejavu/DejaVuSans-BoldOblique.ttf",
             "m": "liberation2/LiberationMono-Regular.ttf"},
    "mono": {"r": "liberation2/LiberationMono-Regular.ttf",
             "b": "liberation2/LiberationMono-Bold.ttf",
             "i": "liberation2/LiberationMono-Italic.ttf",
             "bi": "liberation2/LiberationMono-BoldItalic.ttf",
             "m": "liberation2/LiberationMono-Regular.ttf"},
}


Page, Maker = heldout_render.typefaces(_FONTS, FAMILIES, family="serif", pt=12.0,
                                       margins=(25.0, 190.0), top=15.0)


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------


def dmy(d: date, *, pad: bool = True) -> str:
    """"05/03/2025" (pad) or "5/3/2025"."""
    return f"{d.day:02d}/{d.month:02d}/{d.year}" if pad else f"{d.day}/{d.month}/{d.year}"


def in_words(d: date) -> str:
    """"ngày 05 tháng 03 năm 2025": day and month both padded."""
    return f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"


def in_words_short(d: date) -> str:
    """"ngày 5 tháng 3 năm 2025"."""
    return f"ngày {d.day} tháng {d.month} năm {d.year}"


# --------------------------------------------------------------------------------------------
# Header blocks
# --------------------------------------------------------------------------------------------


def motto_lines(pt: float, rule: float = 52.0) -> list[L]:
    return [L(MOTTO, "b", pt), L(MOTTO2, "b", pt + 0.5, rule=rule)]


def split_header(p: Page, agency: Sequence[str], number: str | None, dated: str | None, *,
                 parent: bool = False, pt: float = 11.5) -> None:
    """Agency on the left (a parent body in regular type above the issuing body when
    ``parent``), the motto on the right; under both, on one line, the number at the left and
    the place and date at the right."""
    left = []
    for i, line in enumerate(agency):
        last = i == len(agency) - 1
        left.append(L(line, "r" if parent and i == 0 else "b", pt, rule=34.0 if last else 0.0))
    p.pair(left, motto_lines(pt), (8.0, 84.0), (82.0, 204.0))
    p.gap(1.5)
    parts: list[tuple[float, str]] = []
    if number:
        parts.append((0.0, f"Số: {number}"))
    if dated:
        off = p.x1 - p.x0 - p.width(dated, "i", pt)
        parts.append((off, dated))
    if parts:
        base = p._baseline(pt)
        for off, text in parts:
            p.put(p.x0 + off, base, text, "i" if text == dated else "r", pt, record=False)
        p.lines.append(" ".join(t for _, t in parts))
        p.y += pt * G.MM_PER_PT * G.LEAD
    p.gap(4.0)


def letterhead(p: Page, name: str, contact: Sequence[str], *, pt: float = 15.0) -> None:
    """A company's letterhead: its name large, its address and codes small, a full rule."""
    p.line(name, "b", pt, align="c")
    for c in contact:
        p.line(c, "r", pt - 5.5, align="c")
    p.hline(p.x0 - 5.0, p.x1 + 5.0, p.y + 0.5, 0.6)
    p.gap(4.0)


def centred_motto(p: Page, pt: float = 12.0) -> None:
    p.block(motto_lines(pt, rule=-1), p.x0, p.x1)
    p.gap(3.0)


def boxed_title(p: Page, lines: Sequence[str], pt: float = 14.0) -> str:
    """A title in a ruled box, centred; returns it as one line."""
    top = p.y
    p.gap(2.0)
    for part in lines:
        p.line(part, "b", pt, align="c")
    p.gap(0.5)
    widest = max(p.width(x, "b", pt) for x in lines)
    cx = (p.x0 + p.x1) / 2
    p.rect((cx - widest / 2 - 6.0, cx + widest / 2 + 6.0, top, p.y), width=0.5)
    p.gap(3.0)
    return " ".join(lines)


def title(p: Page, text: str, pt: float = 14.0, sub: Sequence[str] = ()) -> str:
    """A bold title (lines split by \\n) and regular subtitle lines; the title as one line."""
    p.title(text, pt=pt)
    for s in sub:
        p.center(s, "r", pt - 2.0)
    p.gap(2.5)
    return " ".join(text.split("\n"))


# --------------------------------------------------------------------------------------------
# Signatures
# --------------------------------------------------------------------------------------------


def signer(titles: Sequence[str], name: str, note: str = "", space: float = 18.0,
           pt: float = 12.0) -> list[L]:
    lines = [L(t, "b", pt) for t in titles]
    if note:
        lines.append(L(note, "i", pt - 1.5))
    return [*lines, L(space=space), L(name, "b", pt)]


def sign_right(p: Page, lines: Sequence[L], *, seal: bool = False) -> None:
    """One signature block on the right; ``seal``: a round seal over the signature."""
    G.sign(p, None, lines, seal="right" if seal else "", rbox=(105.0, 198.0))


def sign_both(p: Page, left: Sequence[L], right: Sequence[L], *, seal: str = "") -> None:
    G.sign(p, left, right, seal=seal, lbox=(12.0, 98.0), rbox=(106.0, 200.0))


def recipients(names: Sequence[str], pt: float = 10.5) -> list[L]:
    """The "Nơi nhận:" list, drawn at the bottom left beside the signature."""
    return [L("Nơi nhận:", "bi", pt + 0.5, align="l"),
            *(L(f"- {n};", "r", pt, align="l") for n in names)]
