"""Page model and common page parts of the held-apart set.

The page model (an A4 page drawn in millimetres that records every line of text it draws), the
signature and seal marks and the scanner simulation are those of ``samples/generate.py``,
imported from it; the fonts, the sizes, the margins and every wording here are the set's own:
Liberation Serif (metrics of Times New Roman, the typeface of Decree 30/2020), Liberation Sans
and DejaVu Sans Condensed, bodies of 11-14 pt.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import ModuleType

from PIL import ImageFont

ROOT = Path(__file__).resolve().parents[2]


def _samples_generator() -> ModuleType:
    name = "samples_generate"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "samples" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


G = _samples_generator()
L = G.L
LayoutError = G.LayoutError
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO2 = "Độc lập - Tự do - Hạnh phúc"

_FONTS = Path("/usr/share/fonts/truetype")
FAMILIES = {
    "times": {"r": "liberation2/LiberationSerif-Regular.ttf",
              "b": "liberation2/LiberationSerif-Bold.ttf",
              "i": "liberation2/LiberationSerif-Italic.ttf",
              "bi": "liberation2/LiberationSerif-BoldItalic.ttf",
              "m": "liberation2/LiberationMono-Regular.ttf"},
    "arial": {"r": "liberation2/LiberationSans-Regular.ttf",
              "b": "liberation2/LiberationSans-Bold.ttf",
              "i": "liberation2/LiberationSans-Italic.ttf",
              "bi": "liberation2/LiberationSans-BoldItalic.ttf",
              "m": "liberation2/LiberationMono-Regular.ttf"},
    "narrow": {"r": "dejavu/DejaVuSansCondensed.ttf",
               "b": "dejavu/DejaVuSansCondensed-Bold.ttf",
               "i": "dejavu/DejaVuSansCondensed-Oblique.ttf",
               "bi": "dejavu/DejaVuSansCondensed-BoldOblique.ttf",
               "m": "dejavu/DejaVuSansMono.ttf"},
}


@lru_cache(maxsize=512)
def _font(family: str, style: str, px: int) -> ImageFont.FreeTypeFont:
    path = _FONTS / FAMILIES[family][style]
    return ImageFont.truetype(str(path), px, layout_engine=ImageFont.Layout.BASIC)


class HPage(G.Page):  # type: ignore[misc,name-defined]
    """A page of the held-apart set: the samples' page model in another typeface."""

    def __init__(self, dpi: int, rng: random.Random, family: str = "times", pt: float = 13.0,
                 margins: tuple[float, float] = (30.0, 195.0), top: float = 18.0) -> None:
        super().__init__(dpi, rng)
        self.family = family
        self.pt = pt
        self.x0, self.x1 = margins
        self.y = top

    def font(self, style: str, pt: float) -> ImageFont.FreeTypeFont:
        return _font(self.family, style, max(4, round(pt * self.dpi / 72)))


@dataclass
class Paper:
    """One document as drawn, with what the truth says of it."""

    doc_type: str
    """A type id of classify/data/document_types.json, or "other"."""
    label: str
    """The official title of the paper's kind, in sentence case (e.g. "Giấy chứng sinh")."""
    kind: str
    pages: list[HPage]
    fields: dict[str, str]
    title: str | None
    """The title as printed on the first page (lines joined by a space), None when untitled."""


@dataclass
class Dossier:
    code: str
    procedure: str
    missing: list[str]
    papers: list[Paper]


@dataclass(frozen=True)
class Person:
    name: str
    born: date
    male: bool
    cccd: str
    home: str
    phone: str

    @property
    def upper(self) -> str:
        return self.name.upper()

    @property
    def sex(self) -> str:
        return "Nam" if self.male else "Nữ"

    @property
    def honorific(self) -> str:
        return "Ông" if self.male else "Bà"


@dataclass
class Maker:
    """The seeded random source and the resolution every page is drawn at."""

    rng: random.Random
    dpi: int = 200

    def page(self, family: str = "times", pt: float = 13.0,
             margins: tuple[float, float] = (30.0, 195.0), top: float = 18.0) -> HPage:
        return HPage(self.dpi, self.rng, family, pt, margins, top)

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def person(self, name: str, born: str, male: bool, province: str, home: str) -> Person:
        """A made-up person; the 12-digit number follows the CCCD layout (province, century
        and sex, year of birth, six random digits)."""
        b = date.fromisoformat(born)
        sex = (0 if male else 1) + (0 if b.year < 2000 else 2)
        cccd = f"{province}{sex}{b.year % 100:02d}{self.digits(6)}"
        phone = self.rng.choice(["090", "093", "077", "085", "036", "094"]) + self.digits(7)
        return Person(G.nfc(name), b, male, cccd, G.nfc(home), phone)


# --------------------------------------------------------------------------------------------
# Dates and common parts
# --------------------------------------------------------------------------------------------


def dmy(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def words_date(d: date, *, pad: bool = True) -> str:
    """"ngày 05 tháng 3 năm 2025" (pad) or "ngày 5 tháng 3 năm 2025"."""
    day = f"{d.day:02d}" if pad else str(d.day)
    return f"ngày {day} tháng {d.month} năm {d.year}"


def motto_block(pt: float = 13.0) -> list[L]:
    return [L(MOTTO, "b", pt - 0.5), L(MOTTO2, "b", pt, rule=-1)]


def motto(p: HPage, pt: float = 13.0) -> None:
    """The motto centred across the page (citizens' forms)."""
    p.block(motto_block(pt), p.x0, p.x1)
    p.gap(4.0)


def header(p: HPage, agency: Sequence[str], number: str | None, dated: str | None, *,
           parent: bool = False, pt: float = 12.5, split: float = 80.0) -> None:
    """Agency on the left (a parent body in regular type above the issuing body when
    ``parent``), the motto on the right, the number under the agency, the place and date under
    the motto."""
    left = []
    for i, line in enumerate(agency):
        style = "r" if parent and i == 0 else "b"
        last = i == len(agency) - 1
        left.append(L(line, style, pt, rule=28.0 if last else 0.0))
    if number:
        left.append(L(f"Số: {number}", "r", pt))
    right = motto_block(pt)
    if dated:
        right.append(L(dated, "i", pt + 0.5))
    p.pair(left, right, (12.0, split), (split - 4.0, 204.0))
    p.gap(5.0)


def titled(p: HPage, title: str, pt: float = 14.5, subtitle: str = "") -> str:
    """Draw a title (lines split by \\n) and an optional bold subtitle; return the title as
    one line."""
    p.title(title, pt=pt)
    if subtitle:
        p.center(subtitle, "b", pt - 1.5)
    p.gap(2.0)
    return " ".join(title.split("\n"))


def sign_one(p: HPage, lines: Sequence[L], *, seal: bool = False,
             box: tuple[float, float] = (110.0, 196.0)) -> None:
    G.sign(p, None, lines, seal="right" if seal else "", rbox=box)


def sign_two(p: HPage, left: Sequence[L], right: Sequence[L], *, seal: str = "") -> None:
    G.sign(p, left, right, seal=seal, lbox=(16.0, 100.0), rbox=(108.0, 198.0))


def signer(title: Sequence[str], name: str, note: str = "(Ký, ghi rõ họ tên)",
           space: float = 20.0, pt: float = 13.0) -> list[L]:
    lines = [L(t, "b", pt) for t in title]
    if note:
        lines.append(L(note, "i", pt - 1.5))
    return [*lines, L(space=space), L(name, "b", pt)]
