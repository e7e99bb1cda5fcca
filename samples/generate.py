"""Generate the sample scans in ``scans/``, their ground truth in ``truth/``, the rescans of
rejected pages in ``rescans/``, the paper backlog in ``backlog/`` and the results issued for some
dossiers in ``results/`` (truth in ``results/truth.json``).

Sixteen invented dossiers as received at the one-stop counters of provincial public
administration service centres: a receipt sheet (with a QR code, except on one older form), then
the papers of the dossier; the sixteenth, in ``backlog/``, is a dossier of 2013 whose retention
has ended. Every name, address and number is made up. Pages are drawn with PIL in
DejaVu Serif (some in newspaper columns or with ruled tables), then passed through simulated
scanner artefacts (skew, turned pages, blank back sides in a duplex batch, separator sheets with a
Code 128 barcode, noise, blur, JPEG compression, bilevel Group 4 and JBIG2), photographed with a
phone, or spoilt so that the quality gate must reject them (150 dpi, cut off, blurred). The output
is byte-for-byte reproducible for a given ``SEED``.

    python samples/generate.py [--out samples]
"""

from __future__ import annotations

import argparse
import io
import json
import math
import random
import re
import shutil
import struct
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar

import cv2
import numpy as np
import pikepdf
import segno
import zxingcpp
from fpdf import FPDF
from PIL import Image, ImageChops, ImageDraw, ImageFont

SEED = 20250414
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_FILES = {
    "r": "DejaVuSerif.ttf",
    "b": "DejaVuSerif-Bold.ttf",
    "i": "DejaVuSerif-Italic.ttf",
    "bi": "DejaVuSerif-BoldItalic.ttf",
    "m": "DejaVuSansMono.ttf",
}

A4_MM = (210.0, 297.0)
A4_PT = (595.28, 841.89)
MM_PER_PT = 25.4 / 72
BODY = 12.5
SMALL = 11.0
TITLE = 14.0
LEAD = 1.38

Color = tuple[int, int, int]

INK: Color = (18, 18, 18)
BLUE: Color = (30, 55, 165)
RED: Color = (208, 30, 42)
GREY: Color = (110, 110, 110)

RECEIPT_CODE = re.compile(r"\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{4}")
DOC_TYPES = (
    "phieu_tiep_nhan",
    "don_de_nghi",
    "giay_khai_sinh",
    "ban_sao_cccd",
    "giay_chung_nhan_qsdd",
    "hop_dong",
    "quyet_dinh",
    "bien_lai_thu_phi",
    "giay_uy_quyen",
)
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO2 = "Độc lập - Tự do - Hạnh phúc"
CCCD_ISSUER = "Cục Cảnh sát quản lý hành chính về trật tự xã hội"


# --------------------------------------------------------------------------------------------
# Vietnamese text helpers
# --------------------------------------------------------------------------------------------


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower case without diacritics, for uniqueness checks."""
    text = nfc(text).replace("đ", "d").replace("Đ", "D")
    base = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return " ".join(base.lower().split())


_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_MONTHS = (
    "",
    "một",
    "hai",
    "ba",
    "tư",
    "năm",
    "sáu",
    "bảy",
    "tám",
    "chín",
    "mười",
    "mười một",
    "mười hai",
)


def _three(n: int, full: bool) -> list[str]:
    hundreds, tens, units = n // 100, n // 10 % 10, n % 10
    words: list[str] = []
    if hundreds or full:
        words += [_DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            if hundreds or full:
                words.append("linh")
            words.append(_DIGITS[units])
    elif tens == 1:
        words.append("mười")
        if units == 5:
            words.append("lăm")
        elif units:
            words.append(_DIGITS[units])
    else:
        words += [_DIGITS[tens], "mươi"]
        special = {1: "mốt", 4: "tư", 5: "lăm"}
        if units:
            words.append(special.get(units, _DIGITS[units]))
    return words


def number_words(n: int) -> str:
    """Read a whole number in Vietnamese: 2025 -> "hai nghìn không trăm hai mươi lăm"."""
    if n == 0:
        return "không"
    groups: list[int] = []
    while n:
        groups.append(n % 1000)
        n //= 1000
    scale = ("", "nghìn", "triệu", "tỷ")
    words: list[str] = []
    for i in range(len(groups) - 1, -1, -1):
        if groups[i] == 0:
            continue
        words += _three(groups[i], full=i != len(groups) - 1)
        if scale[i]:
            words.append(scale[i])
    return " ".join(words)


def money(n: int) -> str:
    """650000 -> "650.000"."""
    return f"{n:,}".replace(",", ".")


def money_words(n: int) -> str:
    """650000 -> "Sáu trăm năm mươi nghìn đồng"."""
    text = number_words(n)
    return text[0].upper() + text[1:] + " đồng"


def area_words(whole: int, tenth: int = 0) -> str:
    """312, 5 -> "Ba trăm mười hai phẩy năm mét vuông"."""
    text = number_words(whole)
    if tenth:
        text += " phẩy " + number_words(tenth)
    return text[0].upper() + text[1:] + " mét vuông"


def date_words(d: date) -> str:
    """Birth date in words, as written on civil status papers."""
    return (
        f"Ngày {number_words(d.day)} tháng {_MONTHS[d.month]} năm {number_words(d.year)}"
    )


def dmy(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def long_date(d: date) -> str:
    """Decree 30/2020 style: "ngày 05 tháng 02 năm 2025", "ngày 12 tháng 3 năm 2025"."""
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


def place_date(place: str, d: date) -> str:
    return f"{place}, {long_date(d)}"


# --------------------------------------------------------------------------------------------
# Page layout
# --------------------------------------------------------------------------------------------


class LayoutError(RuntimeError):
    """Text does not fit where it is meant to go."""


@lru_cache(maxsize=256)
def load_font(style: str, px: int) -> ImageFont.FreeTypeFont:
    path = FONT_DIR / FONT_FILES[style]
    return ImageFont.truetype(str(path), px, layout_engine=ImageFont.Layout.BASIC)


@dataclass(frozen=True)
class L:
    """One line of a block (header, signature): text, or blank space when ``space`` > 0."""

    text: str = ""
    style: str = "r"
    pt: float = BODY
    rule: float = 0.0  # a centred rule under the line: width in mm, -1 = the text's width
    space: float = 0.0
    align: str = "c"


Box = tuple[float, float, float, float]  # x0, x1, top, bottom in mm


class Page:
    """An A4 page drawn in millimetres; records every line of text drawn, in reading order."""

    def __init__(self, dpi: int, rng: random.Random, *, color: bool = False) -> None:
        self.dpi = dpi
        self.rng = rng
        self.color = color
        size = (round(A4_MM[0] / 25.4 * dpi), round(A4_MM[1] / 25.4 * dpi))
        self.img = Image.new("RGB", size, "white")
        self.draw = ImageDraw.Draw(self.img)
        self.lines: list[str] = []
        self.columns: list[tuple[int, int]] = []  # newspaper columns: ranges of ``lines``
        self.tables: list[list[list[list[str]]]] = []  # ruled tables: rows of cells' lines
        self.x0, self.x1 = 30.0, 190.0
        self.y = 16.0
        self.bottom = 285.0
        self.pt = BODY

    # geometry ---------------------------------------------------------------------------------
    def px(self, mm: float) -> float:
        return mm * self.dpi / 25.4

    def font(self, style: str, pt: float) -> ImageFont.FreeTypeFont:
        return load_font(style, max(4, round(pt * self.dpi / 72)))

    def width(self, text: str, style: str = "r", pt: float | None = None) -> float:
        return self.font(style, pt or self.pt).getlength(nfc(text)) * 25.4 / self.dpi

    # primitives ---------------------------------------------------------------------------------
    def put(
        self,
        x: float,
        baseline: float,
        text: str,
        style: str = "r",
        pt: float | None = None,
        *,
        fill: tuple[int, int, int] = INK,
        record: bool = True,
    ) -> None:
        text = nfc(text)
        font = self.font(style, pt or self.pt)
        self.draw.text((self.px(x), self.px(baseline)), text, font=font, fill=fill, anchor="ls")
        if record:
            self.lines.append(text)

    def hline(self, xa: float, xb: float, y: float, width: float = 0.25, fill: Color = INK) -> None:
        w = max(1, round(self.px(width)))
        self.draw.line([(self.px(xa), self.px(y)), (self.px(xb), self.px(y))], fill=fill, width=w)

    def vline(self, x: float, ya: float, yb: float, width: float = 0.25, fill: Color = INK) -> None:
        w = max(1, round(self.px(width)))
        self.draw.line([(self.px(x), self.px(ya)), (self.px(x), self.px(yb))], fill=fill, width=w)

    def rect(
        self,
        box: Box,
        *,
        width: float = 0.25,
        outline: Color | None = INK,
        fill: Color | None = None,
        radius: float = 0.0,
    ) -> None:
        x0, x1, top, bottom = box
        xy = [self.px(x0), self.px(top), self.px(x1), self.px(bottom)]
        w = max(1, round(self.px(width))) if outline is not None else 0
        if radius:
            self.draw.rounded_rectangle(
                xy, radius=self.px(radius), outline=outline, fill=fill, width=w
            )
        else:
            self.draw.rectangle(xy, outline=outline, fill=fill, width=w)

    def _baseline(self, pt: float) -> float:
        base = self.y + pt * MM_PER_PT * 1.02
        if base + pt * MM_PER_PT * 0.25 > self.bottom:
            raise LayoutError(f"page overflow after {self.lines[-1:]!r}")
        return base

    # lines and paragraphs -----------------------------------------------------------------------
    def line(
        self,
        text: str,
        style: str = "r",
        pt: float | None = None,
        *,
        align: str = "l",
        indent: float = 0.0,
        x0: float | None = None,
        x1: float | None = None,
    ) -> float:
        """Draw one line at the cursor and move down; returns the baseline."""
        pt = pt or self.pt
        x0 = self.x0 if x0 is None else x0
        x1 = self.x1 if x1 is None else x1
        w = self.width(text, style, pt)
        if w > x1 - x0 - indent + 0.01:
            raise LayoutError(f"too wide ({w:.1f} mm > {x1 - x0 - indent:.1f} mm): {text!r}")
        base = self._baseline(pt)
        x = {"l": x0 + indent, "c": (x0 + x1 - w) / 2, "r": x1 - w}[align]
        self.put(x, base, text, style, pt)
        self.y += pt * MM_PER_PT * LEAD
        return base

    def para(
        self,
        runs: str | Sequence[tuple[str, str]],
        *,
        style: str = "r",
        pt: float | None = None,
        indent: float = 10.0,
        hang: float = 0.0,
        align: str = "l",
        x0: float | None = None,
        x1: float | None = None,
    ) -> None:
        """Word-wrap a paragraph; ``runs`` is text or a list of (text, style) runs; ``align`` is
        l (left), c (centred) or j (justified)."""
        pt = pt or self.pt
        x0 = self.x0 if x0 is None else x0
        x1 = self.x1 if x1 is None else x1
        lines = self._wrap(runs, style, pt, x1 - x0, indent, hang)
        for i, toks in enumerate(lines):
            off = indent if i == 0 else hang
            self._set(toks, pt, x0, x1, off, align, last=i == len(lines) - 1)

    def _wrap(
        self,
        runs: str | Sequence[tuple[str, str]],
        style: str,
        pt: float,
        width: float,
        indent: float,
        hang: float,
    ) -> list[list[tuple[str, str]]]:
        """Break a paragraph into lines of (word, style) tokens that fit ``width`` mm."""
        if isinstance(runs, str):
            runs = [(runs, style)]
        words = [(w, st) for text, st in runs for w in nfc(text).split()]
        lines: list[list[tuple[str, str]]] = []
        cur: list[tuple[str, str]] = []
        for word in words:
            avail = width - (indent if not lines else hang)
            if cur and self._runs_width([*cur, word], pt) > avail:
                lines.append(cur)
                cur = [word]
            else:
                cur = [*cur, word]
        if cur:
            lines.append(cur)
        return lines

    def _set(
        self,
        toks: Sequence[tuple[str, str]],
        pt: float,
        x0: float,
        x1: float,
        off: float,
        align: str,
        *,
        last: bool,
        record: bool = True,
    ) -> None:
        """Draw one wrapped line at the cursor, ``off`` mm in from ``x0``, and move down; a
        justified line shares the spare width out between its words unless it is ``last``."""
        w = self._runs_width(toks, pt)
        if w > x1 - x0 - off + 0.01:
            raise LayoutError(f"word too long: {toks!r}")
        base = self._baseline(pt)
        x = x0 + off if align in ("l", "j") else (x0 + x1 - w) / 2
        if align == "j" and not last and len(toks) > 1:
            # justified: the spare width shared out between the words; the last line ragged
            spare = (x1 - x0 - off - w) / (len(toks) - 1)
            for word, st in toks:
                self.put(x, base, word, st, pt, record=False)
                x += self.width(word + " ", st, pt) + spare
        else:
            for text, st in self._groups(toks):
                self.put(x, base, text, st, pt, record=False)
                x += self.width(text + " ", st, pt)
        if record:
            self.lines.append(" ".join(w for w, _ in toks))
        self.y += pt * MM_PER_PT * LEAD

    @staticmethod
    def _groups(toks: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
        groups: list[tuple[str, str]] = []
        for word, st in toks:
            if groups and groups[-1][1] == st:
                groups[-1] = (groups[-1][0] + " " + word, st)
            else:
                groups.append((word, st))
        return groups

    def _runs_width(self, toks: Sequence[tuple[str, str]], pt: float) -> float:
        groups = self._groups(toks)
        total = sum(self.width(t, st, pt) for t, st in groups)
        total += sum(self.width(" ", st, pt) for _, st in groups[:-1])
        return total

    def field(self, text: str, **kw: Any) -> None:
        """A form field: wrapped, no first-line indent."""
        self.para(text, indent=0.0, **kw)

    def p(self, text: str | Sequence[tuple[str, str]], **kw: Any) -> None:
        self.para(text, **kw)

    def head(self, text: str, **kw: Any) -> None:
        self.para(text, style="b", indent=0.0, **kw)

    def center(self, text: str, style: str = "r", pt: float | None = None) -> None:
        self.para(text, style=style, pt=pt, indent=0.0, align="c")

    def title(self, text: str, pt: float = TITLE) -> None:
        for part in text.split("\n"):
            self.para(part, style="b", pt=pt, indent=0.0, align="c")

    def right(self, text: str, style: str = "i", pt: float | None = None) -> None:
        self.line(text, style, pt, align="r", x1=self.x1 - 5)

    def gap(self, mm: float) -> None:
        self.y += mm

    def segs(
        self, parts: Sequence[tuple[float, str]], style: str = "r", pt: float | None = None
    ) -> None:
        """Several fields on one line at offsets (mm from the left margin)."""
        pt = pt or self.pt
        base = self._baseline(pt)
        for i, (off, text) in enumerate(parts):
            end = parts[i + 1][0] - 2 if i + 1 < len(parts) else self.x1 - self.x0
            if self.width(text, style, pt) > end - off:
                raise LayoutError(f"segment overlaps the next: {text!r}")
            self.put(self.x0 + off, base, text, style, pt, record=False)
        self.lines.append(" ".join(nfc(t) for _, t in parts))
        self.y += pt * MM_PER_PT * LEAD

    def flow(
        self,
        paras: Sequence[str | Sequence[tuple[str, str]]],
        boxes: Sequence[tuple[float, float]],
        *,
        pt: float | None = None,
        indent: float = 5.0,
        align: str = "j",
    ) -> None:
        """Newspaper columns: the paragraphs wrapped to the column width and poured into the
        columns ``boxes`` (x0, x1 in mm, all as wide) in turn, each as full as the one before it,
        so that a paragraph may go on at the top of the next column. The lines are recorded
        column by column, as a reader reads them, and each column's range in ``columns``."""
        pt = pt or self.pt
        width = boxes[0][1] - boxes[0][0]
        if any(abs(x1 - x0 - width) > 0.01 for x0, x1 in boxes):
            raise LayoutError("columns of different widths")
        items: list[tuple[list[tuple[str, str]], float, bool]] = []
        for runs in paras:
            lines = self._wrap(runs, "r", pt, width, indent, 0.0)
            items += [(toks, indent if i == 0 else 0.0, i == len(lines) - 1)
                      for i, toks in enumerate(lines)]
        per = math.ceil(len(items) / len(boxes))
        top = end = self.y
        for k, (x0, x1) in enumerate(boxes):
            self.y = top
            start = len(self.lines)
            for toks, off, last in items[k * per : (k + 1) * per]:
                self._set(toks, pt, x0, x1, off, align, last=last)
            self.columns.append((start, len(self.lines)))
            end = max(end, self.y)
        self.y = end

    def table(
        self,
        widths: Sequence[float],
        rows: Sequence[Sequence[str]],
        *,
        aligns: str = "",
        head: int = 1,
        pt: float | None = None,
        pad: float = 1.3,
    ) -> None:
        """A ruled table at the cursor from the left margin: columns ``widths`` mm wide, cells
        word-wrapped in their column. The first ``head`` rows are the bold column titles,
        centred both ways; the other cells stand at the top of their row, aligned as ``aligns``
        says per column (l or c). A row is recorded as one line, its cells left to right joined
        by a space (a wrapped cell's lines together), and the table in ``tables``: its rows, each
        a list of cells, each cell the list of its lines."""
        pt = pt or self.pt
        aligns = aligns or "l" * len(widths)
        edges = [self.x0]
        for w in widths:
            edges.append(edges[-1] + w)
        step = pt * MM_PER_PT * LEAD
        first = top = self.y
        self.hline(edges[0], edges[-1], top)
        cells: list[list[list[str]]] = []
        for r, row in enumerate(rows):
            style = "b" if r < head else "r"
            wrapped = [self._wrap(cell, style, pt, edges[c + 1] - edges[c] - 2 * pad, 0.0, 0.0)
                       for c, cell in enumerate(row)]
            tall = max(1, *(len(lines) for lines in wrapped))
            height = tall * step + 2 * pad
            if top + height > self.bottom:
                raise LayoutError(f"table overflows the page at row {r}")
            for c, lines in enumerate(wrapped):
                self.y = top + pad + ((tall - len(lines)) * step / 2 if r < head else 0.0)
                align = "c" if r < head else aligns[c]
                for toks in lines:
                    self._set(toks, pt, edges[c] + pad, edges[c + 1] - pad, 0.0, align,
                              last=True, record=False)
            texts = [[" ".join(w for w, _ in toks) for toks in lines] for lines in wrapped]
            cells.append(texts)
            self.lines.append(" ".join(" ".join(cell) for cell in texts if cell))
            top += height
            self.hline(edges[0], edges[-1], top)
        for x in edges:
            self.vline(x, first, top)
        self.tables.append(cells)
        self.y = top + 1.5

    # blocks -------------------------------------------------------------------------------------
    def block(self, lines: Sequence[L], x0: float, x1: float) -> list[Box]:
        gaps: list[Box] = []
        for ln in lines:
            if ln.space:
                gaps.append((x0, x1, self.y, self.y + ln.space))
                self.y += ln.space
                continue
            base = self.line(ln.text, ln.style, ln.pt, align=ln.align, x0=x0, x1=x1)
            if ln.rule:
                w = self.width(ln.text, ln.style, ln.pt) if ln.rule < 0 else ln.rule
                cx = (x0 + x1) / 2
                self.hline(cx - w / 2, cx + w / 2, base + ln.pt * MM_PER_PT * 0.36, 0.22)
                self.y += ln.pt * MM_PER_PT * 0.5
        return gaps

    def pair(
        self,
        left: Sequence[L],
        right: Sequence[L],
        lbox: tuple[float, float] = (18.0, 98.0),
        rbox: tuple[float, float] = (100.0, 198.0),
    ) -> tuple[list[Box], list[Box]]:
        """Two blocks side by side; the left one is recorded first."""
        top = self.y
        gl = self.block(left, *lbox)
        end = self.y
        self.y = top
        gr = self.block(right, *rbox)
        self.y = max(end, self.y)
        return gl, gr

    # marks --------------------------------------------------------------------------------------
    def multiply(self, layer: Image.Image) -> None:
        self.img = ImageChops.multiply(self.img, layer)
        self.draw = ImageDraw.Draw(self.img)

    def scribble(self, box: Box, color: Color = BLUE) -> None:
        """A hand signature filling most of ``box`` (never touching its edges)."""
        rng = self.rng
        x0, x1, top, bottom = box
        cx = (x0 + x1) / 2 + rng.uniform(-4, 4)
        cy = (top + bottom) / 2
        w = min(44.0, (x1 - x0) * 0.6)
        h = (bottom - top) * 0.85
        loops = rng.randint(3, 5)
        phase = rng.uniform(0, math.tau)
        slant = rng.uniform(0.25, 0.5)
        pts = []
        for i in range(241):
            t = i / 240
            ang = phase + t * loops * math.tau
            r = h * (0.3 + 0.2 * math.sin(t * 7.0 + phase))
            yy = cy + r * math.sin(ang) - (t - 0.5) * h * 0.4
            xx = cx - w / 2 + t * w + r * 0.55 * math.cos(ang) + (cy - yy) * slant
            pts.append((self.px(xx), self.px(yy)))
        tail = [
            (self.px(cx - w * 0.45), self.px(cy + h * 0.45)),
            (self.px(cx + w * 0.55), self.px(cy + h * 0.15)),
        ]
        width = max(2, round(self.px(0.35)))
        self.draw.line(pts, fill=color, width=width, joint="curve")
        self.draw.line(tail, fill=color, width=width)

    def seal(self, cx: float, cy: float, r: float, color: Color = RED) -> None:
        """A round official seal without lettering: rings, arcs and a star."""
        layer = Image.new("RGB", self.img.size, "white")
        d = ImageDraw.Draw(layer)

        def ring(radius: float, width: float) -> None:
            box = [self.px(cx - radius), self.px(cy - radius)]
            box += [self.px(cx + radius), self.px(cy + radius)]
            d.ellipse(box, outline=color, width=max(1, round(self.px(width))))

        ring(r, 0.8)
        ring(r - 2.0, 0.35)
        ring(r * 0.48, 0.35)
        mid = (r - 2.0 + r * 0.48) / 2
        for k in range(24):
            a0 = k * 15 + 3
            box = [self.px(cx - mid), self.px(cy - mid), self.px(cx + mid), self.px(cy + mid)]
            d.arc(box, a0, a0 + 9, fill=color, width=max(1, round(self.px(1.6))))
        star = []
        for k in range(10):
            rad = r * 0.3 if k % 2 == 0 else r * 0.12
            ang = -math.pi / 2 + k * math.pi / 5
            star.append((self.px(cx + rad * math.cos(ang)), self.px(cy + rad * math.sin(ang))))
        d.polygon(star, fill=color)
        self.multiply(layer)

    def emblem(self, cx: float, cy: float, r: float) -> None:
        """A plain stand-in for the national emblem: two rings and a star, in grey."""
        d = self.draw
        for radius, width in ((r, 0.5), (r * 0.78, 0.3)):
            box = [self.px(cx - radius), self.px(cy - radius)]
            box += [self.px(cx + radius), self.px(cy + radius)]
            d.ellipse(box, outline=GREY, width=max(1, round(self.px(width))))
        star = []
        for k in range(10):
            rad = r * 0.5 if k % 2 == 0 else r * 0.2
            ang = -math.pi / 2 + k * math.pi / 5
            star.append((self.px(cx + rad * math.cos(ang)), self.px(cy + rad * math.sin(ang))))
        d.polygon(star, fill=GREY)

    def qr(self, payload: str, x: float, top: float, size: float) -> None:
        """Draw a QR code whose symbol (without quiet zone) is about ``size`` mm wide."""
        code = segno.make(payload, error="m", micro=False)
        n = code.symbol_size(border=0)[0]
        module = max(3, round(self.px(size) / n))
        x0, y0 = round(self.px(x)), round(self.px(top))
        quiet = 4 * module
        self.draw.rectangle(
            [x0 - quiet, y0 - quiet, x0 + (n * module) + quiet - 1, y0 + n * module + quiet - 1],
            fill="white",
        )
        for j, row in enumerate(code.matrix):
            for i, bit in enumerate(row):
                if bit:
                    xa, ya = x0 + i * module, y0 + j * module
                    self.draw.rectangle([xa, ya, xa + module - 1, ya + module - 1], fill="black")

    def frame(self) -> None:
        """The double border of a certificate."""
        self.rect((9.0, 201.0, 9.0, 288.0), width=0.7, outline=GREY)
        self.rect((11.0, 199.0, 11.0, 286.0), width=0.25, outline=GREY)


# --------------------------------------------------------------------------------------------
# Common page parts
# --------------------------------------------------------------------------------------------


def motto(p: Page) -> None:
    """The national motto, centred, with the second line underlined."""
    p.block([L(MOTTO, "b", 12.5), L(MOTTO2, "b", 13.0, rule=-1)], p.x0, p.x1)
    p.gap(3.0)


def nd30_header(p: Page, agency: Sequence[str], number: str, dated: str) -> None:
    """Decree 30/2020 header: agency and number on the left, motto, place and date on the right."""
    left = [L(a, "b", 12.5) for a in agency[:-1]]
    left += [L(agency[-1], "b", 12.5, rule=22.0), L(f"Số: {number}", "r", 12.5)]
    right = [L(MOTTO, "b", 12.0), L(MOTTO2, "b", 13.0, rule=-1), L(dated, "i", 12.5)]
    p.pair(left, right, (14.0, 92.0), (88.0, 200.0))
    p.gap(4.0)


def sign(
    p: Page,
    left: Sequence[L] | None,
    right: Sequence[L],
    *,
    seal: str = "",
    lbox: tuple[float, float] = (18.0, 98.0),
    rbox: tuple[float, float] = (104.0, 196.0),
) -> None:
    """Signature blocks: blank ``L(space=...)`` lines get a signature, and maybe a seal."""
    if left is None:
        gl: list[Box] = []
        gr = p.block(right, *rbox)
    else:
        gl, gr = p.pair(left, right, lbox, rbox)
    for box in gl + gr:
        if box[3] - box[2] >= 10.0:
            p.scribble(box)
    for side, gaps in (("left", gl), ("right", gr)):
        if seal == side and gaps:
            x0, x1, top, bottom = gaps[0]
            r = min(14.5, (bottom - top) / 2 - 0.8)
            p.seal(x0 + (x1 - x0) * 0.28, (top + bottom) / 2, r)


def signer(title: Sequence[str], name: str, *, note: str = "", space: float = 24.0) -> list[L]:
    lines = [L(t, "b", BODY) for t in title]
    if note:
        lines.append(L(note, "i", SMALL))
    return [*lines, L(space=space), L(name, "b", BODY)]


# --------------------------------------------------------------------------------------------
# People, places, documents
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    name: str
    born: date
    male: bool
    cccd: str
    issued: date
    home: str
    origin: str
    phone: str
    ethnic: str = "Kinh"

    @property
    def upper(self) -> str:
        return self.name.upper()

    @property
    def sex(self) -> str:
        return "Nam" if self.male else "Nữ"

    @property
    def title(self) -> str:
        return "Ông" if self.male else "Bà"


@dataclass(frozen=True)
class Centre:
    province: str  # "Hà Giang"
    agency_code: str  # "000.00.12.H19"
    officer: str

    @property
    def name(self) -> str:
        return f"Trung tâm Phục vụ hành chính công tỉnh {self.province}"


@dataclass
class Doc:
    type: str
    pages: list[Page]
    fields: dict[str, str]
    received: str = ""  # how the receipt sheet lists it; empty for results not received


@dataclass
class Look:
    skew: float = 0.0
    rotation: int = 0
    noise: float = 0.0
    blur: float = 0.0
    quality: int | None = None
    paper: int = 250
    shade: bool = False
    speckle: bool = False
    dpi: int = 0  # scanned at this resolution instead of the file's (0: the file's)
    shift: float = 0.0  # mm the sheet lay to the right on the glass: its right edge is cut off
    photo: bool = False  # photographed with a phone instead of scanned
    shadow: bool = False  # a hand's or phone's shadow on the photo
    reject: str | None = None  # the quality-gate code this page must be rejected with


@dataclass
class Dossier:
    code: str
    procedure: str
    phrase: str
    docs: list[Doc]
    # one per scanned page: clean, plain, noise, blur, rough, speckle, blank, empty, lowres,
    # cutoff, blurred, photo, shadow (see make_look)
    looks: list[str]
    blank_after: int | None = None  # natural page index after which the blank back is scanned
    rotations: dict[int, int] = field(default_factory=dict)  # scan index -> degrees clockwise
    backs: tuple[int, ...] = ()  # duplex: natural page indices printed on the previous's back
    # the required papers of its procedure it lacks, as document types (classify/data/
    # procedures.json)
    missing: tuple[str, ...] = ()

    @property
    def received(self) -> datetime:
        """When the dossier was received: the receipt sheet's "Thời gian tiếp nhận" line."""
        for line in self.docs[0].pages[0].lines:
            m = re.match(r"Thời gian tiếp nhận: (\d\d) giờ (\d\d) phút, ngày (\S+)", line)
            if m:
                day = datetime.strptime(m.group(3), "%d/%m/%Y")
                return day.replace(hour=int(m.group(1)), minute=int(m.group(2)))
        raise LookupError(f"{self.code}: no reception time on the receipt")


class Ctx:
    """Shared state while building: the seeded random source and the file's resolution."""

    def __init__(self, rng: random.Random, dpi: int) -> None:
        self.rng = rng
        self.dpi = dpi

    def page(self, *, color: bool = False) -> Page:
        return Page(self.dpi, self.rng, color=color)

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def person(
        self,
        name: str,
        born: str,
        male: bool,
        province: str,
        home: str,
        origin: str,
        *,
        ethnic: str = "Kinh",
        issued: str | None = None,
    ) -> Person:
        b = date.fromisoformat(born)
        century = 0 if b.year < 2000 else 2
        cccd = f"{province}{century + (0 if male else 1)}{b.year % 100:02d}{self.digits(6)}"
        if issued is None:
            when = date(2021, 3, 1).toordinal() + self.rng.randrange(640)
            iss = date.fromordinal(when)
        else:
            iss = date.fromisoformat(issued)
        prefix = self.rng.choice(["091", "098", "086", "035", "097", "088", "070", "039", "083"])
        phone = prefix + self.digits(7)
        return Person(nfc(name), b, male, cccd, iss, nfc(home), nfc(origin), phone, ethnic)


def expiry(p: Person) -> str:
    """CCCD validity: until the 25th, 40th or 60th birthday, or without limit."""
    for age in (25, 40, 60):
        end = p.born.replace(year=p.born.year + age)
        if end.year - p.issued.year >= 2 and end > p.issued:
            return dmy(end)
    return "Không thời hạn"


def id_line(p: Person, *, label: str = "Căn cước công dân số") -> str:
    issuer = "Bộ Công an" if label == "Căn cước số" else CCCD_ISSUER
    return f"{label}: {p.cccd}, cấp ngày {dmy(p.issued)}, nơi cấp: {issuer}"


# --------------------------------------------------------------------------------------------
# Documents used by several dossiers
# --------------------------------------------------------------------------------------------


def receipt(
    ctx: Ctx,
    centre: Centre,
    seq: str,
    when: datetime,
    due: datetime,
    *,
    tthc: str,
    procedure: str,
    area: str,
    days: str,
    applicant: Person,
    docs: Sequence[Doc],
    counter: int,
    qr: bool = True,
    sheets: int | None = None,
) -> Doc:
    """PHIẾU TIẾP NHẬN VÀ HẸN TRẢ KẾT QUẢ with the receipt code as text and as a QR code.

    ``qr=False`` draws the older form: the code as text only, nothing machine-readable.
    ``sheets``: how many sheets the papers are, when some are printed on both sides (default: one
    sheet per page).
    """
    code = f"{centre.agency_code}-{when:%y%m%d}-{seq}"
    p = ctx.page()
    p.y = 14.0
    agency = [
        L("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "b", 12.0),
        L(f"TỈNH {centre.province.upper()}", "b", 12.0, rule=30.0),
    ]
    p.block(agency, 14.0, 124.0)
    payload = (
        f"MaHoSo:{code}|MaTTHC:{tthc}|SoGiayTo:{applicant.cccd}|NgayNhan:{when.date().isoformat()}"
    )
    if qr:
        p.qr(payload, 164.0, 12.0, 28.0)
    p.y = 47.0
    motto(p)
    p.title("PHIẾU TIẾP NHẬN VÀ HẸN TRẢ KẾT QUẢ")
    p.center(f"Mã hồ sơ: {code}", "b", 13.0)
    p.gap(2.5)
    p.field(f"{centre.name} tiếp nhận hồ sơ của:")
    p.field(f"Ông/bà: {applicant.name}")
    p.segs([(0, f"Số CCCD: {applicant.cccd}"), (80, f"Số điện thoại: {applicant.phone}")])
    p.field(f"Địa chỉ: {applicant.home}")
    p.field(f"Thủ tục hành chính: {procedure}")
    p.field(f"Lĩnh vực: {area}")
    p.field("Thành phần hồ sơ gồm:")
    taken = [d for d in docs if d.received]
    for i, d in enumerate(taken, 1):
        p.para(f"{i}. {d.received}: 01 bản", indent=5.0, hang=10.0)
    sheets = sheets or sum(len(d.pages) for d in taken)
    p.field(f"Số lượng hồ sơ: 01 bộ, gồm {sheets:02d} tờ.")
    p.field(f"Thời gian tiếp nhận: {when:%H} giờ {when:%M} phút, ngày {dmy(when)}")
    p.field(f"Thời gian giải quyết theo quy định: {days}")
    p.field(f"Thời gian trả kết quả: {due:%H} giờ {due:%M} phút, ngày {dmy(due)}")
    p.field(f"Nơi trả kết quả: Quầy số {counter}, {centre.name}")
    p.field(f"Vào Sổ theo dõi hồ sơ, Quyển số: {when:%m}/{when:%Y}")
    if qr:
        p.field("Tra cứu tình trạng giải quyết hồ sơ bằng mã hồ sơ hoặc quét mã QR trên phiếu "
                "này.", style="i", hang=5.0)
    else:
        p.field("Tra cứu tình trạng giải quyết hồ sơ bằng mã hồ sơ trên Cổng dịch vụ công.",
                style="i", hang=5.0)
    p.gap(3.0)
    note = "(Ký và ghi rõ họ tên)"
    sign(
        p,
        signer(["NGƯỜI NỘP HỒ SƠ"], applicant.name, note=note, space=20.0),
        signer(["NGƯỜI TIẾP NHẬN HỒ SƠ"], centre.officer, note=note, space=20.0),
    )
    fields = {"ma_ho_so": code, "ho_ten": applicant.name, "so_cccd": applicant.cccd}
    return Doc("phieu_tiep_nhan", [p], fields)


def separator_sheet(ctx: Ctx, code: str) -> Page:
    """TỜ PHÂN CÁCH HỒ SƠ, put in front of a dossier in a batch: a title, the receipt code as text
    and, in the middle of the page, as a Code 128 barcode about 97 mm wide and 17 mm high."""
    p = ctx.page()
    p.y = 22.0
    p.line("TỜ PHÂN CÁCH HỒ SƠ", "b", TITLE, align="c")
    p.line(f"Mã hồ sơ: {code}", "r", BODY, align="c")
    symbol = zxingcpp.create_barcode(code, zxingcpp.BarcodeFormat.Code128)
    bars = np.asarray(symbol.to_image(add_quiet_zones=False))[0] < 128
    module = math.floor(p.px(98.0) / bars.size)  # whole pixels per module, at most 98 mm wide
    row = np.repeat(np.where(bars, 0, 255).astype(np.uint8), module)
    strip = Image.fromarray(np.tile(row, (round(p.px(17.0)), 1)), "L").convert("RGB")
    p.img.paste(strip, ((p.img.width - strip.width) // 2, round(p.px(148.5)) - strip.height // 2))
    return p


def _mrz_check(text: str) -> str:
    weights = (7, 3, 1)
    total = 0
    for i, ch in enumerate(text):
        if ch.isdigit():
            value = int(ch)
        elif ch.isalpha():
            value = ord(ch) - ord("A") + 10
        else:
            value = 0
        total += value * weights[i % 3]
    return str(total % 10)


def mrz(person: Person) -> list[str]:
    """The three machine-readable lines (ICAO 9303 TD1) on the back of the card."""
    doc = person.cccd[3:]
    line1 = f"IDVNM{doc}{_mrz_check(doc)}{person.cccd}<<<"
    born = f"{person.born:%y%m%d}"
    until = expiry(person)
    end = "991231" if "/" not in until else until[8:10] + until[3:5] + until[0:2]
    head = f"{born}{_mrz_check(born)}{'M' if person.male else 'F'}{end}{_mrz_check(end)}VNM"
    line2 = head + "<" * 11
    line2 += _mrz_check(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
    parts = fold(person.name).upper().split()
    line3 = (parts[0] + "<<" + "<".join(parts[1:])).ljust(30, "<")
    return [line1, line2, line3]


def card_address(text: str) -> tuple[str, str]:
    """The short form printed on ID cards: "Thôn Lùng Tám Cao" / "Lùng Tám, Quản Bạ, Hà Giang"."""
    parts = [s.strip() for s in text.split(",")]
    prefixes = ("xã ", "phường ", "thị trấn ", "huyện ", "thị xã ", "thành phố ", "tỉnh ")
    rest = []
    for part in parts[1:]:
        for prefix in prefixes:
            if part.startswith(prefix):
                part = part[len(prefix) :]
                break
        rest.append(part)
    first = parts[0][0].upper() + parts[0][1:]
    return first, ", ".join(rest)


class Card:
    """Draws on an identity card placed on the page, in card millimetres (85.6 x 54)."""

    W, H = 85.6, 54.0

    def __init__(self, p: Page, x: float, y: float, scale: float) -> None:
        self.p, self.x, self.y, self.s = p, x, y, scale
        p.rect((x, x + self.W * scale, y, y + self.H * scale), width=0.3, outline=GREY,
               fill=(236, 236, 234), radius=3.0 * scale)

    def text(self, cx: float, cy: float, text: str, style: str = "r", pt: float = 4.6,
             align: str = "l", limit: float = 84.0) -> None:
        w = self.p.width(text, style, pt * self.s) / self.s
        x = cx - w / 2 if align == "c" else cx
        if x < 1.0 or x + w > limit:
            raise LayoutError(f"card text does not fit: {text!r}")
        self.p.put(self.x + x * self.s, self.y + cy * self.s, text, style, pt * self.s)

    def segs(self, cy: float, parts: Sequence[tuple[float, str]], pt: float = 4.6,
             style: str = "r") -> None:
        for i, (cx, text) in enumerate(parts):
            w = self.p.width(text, style, pt * self.s) / self.s
            end = parts[i + 1][0] - 1.0 if i + 1 < len(parts) else 84.0
            if cx + w > end:
                raise LayoutError(f"card segment does not fit: {text!r}")
            self.p.put(self.x + cx * self.s, self.y + cy * self.s, text, style, pt * self.s,
                       record=False)
        self.p.lines.append(" ".join(nfc(t) for _, t in parts))

    def box(self, x0: float, x1: float, top: float, bottom: float, **kw: Any) -> None:
        s = self.s
        self.p.rect((self.x + x0 * s, self.x + x1 * s, self.y + top * s, self.y + bottom * s),
                    **kw)

    def emblem(self) -> None:
        self.p.emblem(self.x + 10.5 * self.s, self.y + 10.5 * self.s, 7.0 * self.s)

    def header(self) -> None:
        self.text(44.0, 5.2, MOTTO, "b", 4.9, "c")
        self.text(44.0, 8.3, MOTTO2, "b", 4.9, "c")
        self.text(44.0, 11.1, "SOCIALIST REPUBLIC OF VIET NAM", "r", 4.3, "c")
        self.text(44.0, 13.7, "Independence - Freedom - Happiness", "r", 4.3, "c")

    def label_value(self, cy: float, label: str, value: str, step: float = 3.0) -> float:
        """Label and value on one line when they fit, else on two; returns the next line."""
        one = f"{label} {value}"
        if self.p.width(one, "r", 4.6 * self.s) / self.s <= 84.0 - 24.0:
            self.text(24.0, cy, one)
            return cy + step
        self.text(24.0, cy, label)
        self.text(24.0, cy + step, value)
        return cy + 2 * step


def cccd_copy(ctx: Ctx, person: Person, *, new_card: bool = False,
              cert: Sequence[L] | None = None, received: str = "") -> Doc:
    """Photocopy (enlarged 1.6x) of both sides of a citizen identity card on one A4 page."""
    p = ctx.page()
    scale = 1.6
    x = (A4_MM[0] - Card.W * scale) / 2
    front = Card(p, x, 18.0, scale)
    front.emblem()
    front.header()
    front.box(3.0, 22.0, 21.0, 46.0, outline=None, fill=(105, 105, 105))
    first, rest = card_address(person.home)
    if not new_card:
        payload = (
            f"{person.cccd}||{person.name}|{person.born:%d%m%Y}|{person.sex}|"
            f"{person.home}|{person.issued:%d%m%Y}"
        )
        p.qr(payload, x + 71.5 * scale, 18.0 + 2.5 * scale, 11.0 * scale)
        front.text(44.0, 18.9, "CĂN CƯỚC CÔNG DÂN", "b", 8.0, "c")
        front.text(44.0, 21.8, "Citizen Identity Card", "i", 4.4, "c")
        label = "Số / No.:"
        front.segs(26.5, [(24.0, label), (25.2 + p.width(label, "r", 5.0 * scale) / scale,
                                          person.cccd)], pt=5.0)
        front.text(24.0, 29.7, "Họ và tên / Full name:")
        front.text(24.0, 33.0, person.upper, "b", 6.4)
        front.text(24.0, 36.2, f"Ngày sinh / Date of birth: {dmy(person.born)}")
        front.segs(39.2, [(24.0, f"Giới tính / Sex: {person.sex}"),
                          (47.0, "Quốc tịch / Nationality: Việt Nam")])
        cy = front.label_value(42.2, "Quê quán / Place of origin:", card_address(person.origin)[1])
        front.text(24.0, cy, f"Nơi thường trú / Place of residence: {first}")
        front.text(24.0, cy + 3.0, rest)
        if cy + 3.0 > 52.8:
            raise LayoutError("card front overflow")
        front.text(3.0, 49.6, "Có giá trị đến:", "r", 4.0)
        front.text(3.0, 52.4, expiry(person), "r", 4.0)
    else:
        front.text(44.0, 19.0, "CĂN CƯỚC", "b", 9.0, "c")
        front.text(44.0, 21.9, "IDENTITY CARD", "r", 4.4, "c")
        front.text(24.0, 26.5, "Số định danh cá nhân / Personal identification number:", pt=4.3)
        front.text(24.0, 29.9, person.cccd, "b", 7.0)
        front.text(24.0, 33.2, "Họ, chữ đệm và tên khai sinh / Full name:")
        front.text(24.0, 36.5, person.upper, "b", 6.4)
        front.text(24.0, 39.7, f"Ngày sinh / Date of birth: {dmy(person.born)}")
        front.segs(42.7, [(24.0, f"Giới tính / Sex: {person.sex}"),
                          (47.0, "Quốc tịch / Nationality: Việt Nam")])
    back = Card(p, x, 18.0 + Card.H * scale + 12.0, scale)
    if not new_card:
        back.text(3.0, 5.5, "Đặc điểm nhân dạng / Personal identification:")
        marks = ["Nốt ruồi C:1cm trên trước đầu lông mày trái",
                 "Sẹo chấm C:2cm dưới sau cánh mũi phải",
                 "Nốt ruồi C:1,5cm dưới sau mép phải"]
        back.text(3.0, 8.6, ctx.rng.choice(marks))
        back.text(3.0, 12.8, f"Ngày, tháng, năm / Date, month, year: {dmy(person.issued)}")
        back.text(27.0, 16.8, "CỤC TRƯỞNG CỤC CẢNH SÁT", "b", 4.7, "c")
        back.text(27.0, 19.6, "QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI", "b", 4.7, "c")
        s = scale
        p.scribble((back.x + 12 * s, back.x + 42 * s, back.y + 20.5 * s, back.y + 29.5 * s))
        back.text(27.0, 32.0, "Nguyễn Quốc Khánh", "b", 5.0, "c")
        back.box(57.0, 69.0, 4.0, 20.0, width=0.25, outline=GREY)
        back.box(71.0, 83.0, 4.0, 20.0, width=0.25, outline=GREY)
        back.segs(23.2, [(56.6, "Ngón trỏ trái"), (70.6, "Ngón trỏ phải")], pt=3.9)
    else:
        back.text(3.0, 5.5, "Nơi cư trú / Place of residence:")
        back.text(3.0, 8.6, f"{first},")
        back.text(3.0, 11.6, rest)
        back.text(3.0, 15.4, "Nơi đăng ký khai sinh / Place of birth:")
        back.text(3.0, 18.5, card_address(person.origin)[1])
        back.text(3.0, 22.4, f"Ngày, tháng, năm cấp / Date of issue: {dmy(person.issued)}")
        back.text(3.0, 25.6, f"Ngày, tháng, năm hết hạn / Date of expiry: {expiry(person)}")
        back.text(62.0, 30.5, "BỘ CÔNG AN", "b", 5.2, "c")
        back.text(62.0, 33.3, "MINISTRY OF PUBLIC SECURITY", "r", 4.0, "c")
    for i, line in enumerate(mrz(person)):
        back.text(5.0, 41.0 + i * 4.4, line, "m", 7.0)
    if cert:
        p.y = 222.0
        sign(p, None, cert, seal="right", rbox=(78.0, 196.0))
    card = "Căn cước" if new_card else "Căn cước công dân"
    fields = {"ho_ten": person.upper, "so_cccd": person.cccd}
    return Doc("ban_sao_cccd", [p], fields, received or f"{card} (bản sao)")


def copy_cert(number: str, book: str, d: date, title: Sequence[str], name: str) -> list[L]:
    """The certification block stamped on a certified copy."""
    return [
        L("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH", "b", SMALL),
        L(f"Số chứng thực: {number}, Quyển số: {book}", "r", SMALL),
        L(f"Ngày {d.day:02d} tháng {d.month} năm {d.year}", "i", SMALL),
        *(L(t, "b", SMALL) for t in title),
        L(space=17.0),
        L(name, "b", SMALL),
    ]


@dataclass(frozen=True)
class Parcel:
    number: int
    sheet: int
    address: str
    area: str  # "312,5"
    use: str
    term: str
    origin: str

    def area_words(self) -> str:
        whole, _, tenth = self.area.replace(".", "").partition(",")
        return area_words(int(whole), int(tenth or 0))


def gcn(
    ctx: Ctx,
    holders: Sequence[str],
    home: str,
    parcel: Parcel,
    *,
    place: str,
    issued: date,
    authority: Sequence[str],
    name: str,
    book_no: str,
    serial: str,
    fields: dict[str, str],
    received: str = "Giấy chứng nhận quyền sử dụng đất (bản gốc)",
) -> Doc:
    """GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT... (the 2014 form: owner, parcel, signature)."""
    p = ctx.page()
    p.pt = 12.0
    p.frame()
    p.y = 16.0
    motto(p)
    p.emblem(105.0, p.y + 8.0, 8.0)
    p.gap(18.0)
    p.title("GIẤY CHỨNG NHẬN\nQUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở\n"
            "VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT")
    p.gap(3.0)
    p.head("I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất")
    for h in holders:
        p.field(h, hang=5.0)
    p.field(f"Địa chỉ thường trú: {home}", hang=5.0)
    p.gap(1.5)
    p.head("II. Thửa đất, nhà ở và tài sản khác gắn liền với đất")
    p.field("1. Thửa đất:")
    p.field(f"a) Thửa đất số: {parcel.number}; Tờ bản đồ số: {parcel.sheet};", hang=5.0)
    p.field(f"b) Địa chỉ: {parcel.address};", hang=5.0)
    p.field(f"c) Diện tích: {parcel.area} m2 (bằng chữ: {parcel.area_words()});", hang=5.0)
    p.field("d) Hình thức sử dụng: Sử dụng riêng;", hang=5.0)
    p.field(f"đ) Mục đích sử dụng: {parcel.use};", hang=5.0)
    p.field(f"e) Thời hạn sử dụng: {parcel.term};", hang=5.0)
    p.field(f"g) Nguồn gốc sử dụng: {parcel.origin}.", hang=5.0)
    p.field("2. Nhà ở: -/-")
    p.field("3. Công trình xây dựng khác: -/-")
    p.field("4. Ghi chú: Không.")
    p.gap(1.5)
    p.right(place_date(place, issued), pt=12.0)
    left = [L(space=6.0), L("Số vào sổ cấp GCN:", "r", 12.0), L(book_no, "b", 12.0)]
    right = [L(t, "b", 12.0) for t in authority] + [L(space=22.0), L(name, "b", 12.0)]
    sign(p, left, right, seal="right", lbox=(18.0, 80.0), rbox=(98.0, 196.0))
    p.y = max(p.y, 268.0)
    p.line(serial, "b", 13.0, align="c")
    return Doc("giay_chung_nhan_qsdd", [p], fields, received)


def bien_lai(
    ctx: Ctx,
    unit: Sequence[str],
    tax_code: str,
    series: str,
    number: str,
    payer: Person,
    content: str,
    amount: int,
    *,
    place: str,
    day: date,
    collector: str,
    issuer: str,
) -> Doc:
    """BIÊN LAI THU PHÍ, LỆ PHÍ: an A5 slip scanned on the A4 glass."""
    p = ctx.page()
    p.pt = 12.0
    p.rect((12.0, 198.0, 10.0, 152.0), width=0.2, outline=(185, 185, 185))
    p.x0, p.x1 = 24.0, 190.0
    p.y = 15.0
    left = [L(u, "b", SMALL) for u in unit[:-1]] + [L(unit[-1], "b", SMALL, rule=24.0)]
    left.append(L(f"Mã số thuế: {tax_code}", "r", SMALL))
    right = [
        L("Mẫu số: 01BLP2-001", "r", SMALL, align="l"),
        L(f"Ký hiệu: {series}", "r", SMALL, align="l"),
        L(f"Số: {number}", "b", SMALL, align="l"),
    ]
    p.pair(left, right, (16.0, 116.0), (140.0, 192.0))
    p.gap(2.0)
    p.title("BIÊN LAI THU PHÍ, LỆ PHÍ")
    p.center("(Liên 2: Giao cho người nộp tiền)", "i", SMALL)
    p.gap(1.5)
    p.field(f"Tên người nộp tiền: {payer.name}")
    p.field(f"Địa chỉ: {payer.home}", hang=5.0)
    p.field(f"Tên loại phí, lệ phí: {content}", hang=5.0)
    p.field(f"Số tiền: {money(amount)} đồng")
    p.field(f"Bằng chữ: {money_words(amount)}.")
    p.field("Hình thức thanh toán: Tiền mặt")
    p.right(place_date(place, day), pt=SMALL)
    note = "(Ký, ghi rõ họ tên)"
    sign(
        p,
        signer(["NGƯỜI NỘP TIỀN"], payer.name, note=note, space=15.0),
        signer(["NGƯỜI THU TIỀN"], collector, note=note, space=15.0),
        lbox=(16.0, 96.0),
        rbox=(104.0, 192.0),
    )
    fields = {
        "so_ky_hieu": number,
        "ngay_ban_hanh": day.isoformat(),
        "co_quan_ban_hanh": issuer,
        "ho_ten": payer.name,
    }
    return Doc("bien_lai_thu_phi", [p], fields, "Biên lai thu phí, lệ phí (bản chính)")


def quyet_dinh(
    ctx: Ctx,
    agency: Sequence[str],
    number: str,
    place: str,
    day: date,
    subject: str,
    authority: str,
    bases: Sequence[str],
    articles: Sequence[str],
    recipients: Sequence[str],
    title: Sequence[str],
    name: str,
    person: str,
    issuer: str,
    *,
    color: bool = False,
    pt: float = 12.5,
) -> Doc:
    """QUYẾT ĐỊNH of a People's Committee in the Decree 30/2020 layout."""
    p = ctx.page(color=color)
    p.pt = pt
    p.y = 14.0
    nd30_header(p, agency, number, place_date(place, day))
    p.title("QUYẾT ĐỊNH")
    p.center(subject, "b", 13.0)
    p.hline(85.0, 135.0, p.y + 0.8, 0.22)
    p.gap(4.0)
    p.center(authority, "b", 13.0)
    p.gap(1.5)
    for base in bases:
        p.p(base, style="i")
    p.gap(1.0)
    p.center("QUYẾT ĐỊNH:", "b", 13.0)
    p.gap(1.0)
    for i, art in enumerate(articles, 1):
        p.p([(f"Điều {i}.", "b"), (art, "r")])
    p.gap(3.0)
    left = [L("Nơi nhận:", "bi", 12.0, align="l")]
    left += [L(r, "r", SMALL, align="l") for r in recipients]
    right = [L(t, "b", 13.0) for t in title] + [L(space=30.0), L(name, "b", 13.0)]
    sign(p, left, right, seal="right", lbox=(26.0, 96.0), rbox=(104.0, 196.0))
    fields = {
        "so_ky_hieu": number,
        "ngay_ban_hanh": day.isoformat(),
        "co_quan_ban_hanh": issuer,
        "ho_ten": person,
    }
    return Doc("quyet_dinh", [p], fields)


@dataclass(frozen=True)
class Child:
    name: str
    born: date
    male: bool
    pid: str
    ethnic: str
    birthplace: str
    origin: str

    @property
    def sex(self) -> str:
        return "Nam" if self.male else "Nữ"


def to_khai_khai_sinh(
    ctx: Ctx,
    requester: Person,
    relation: str,
    to: str,
    child: Child,
    mother: Person,
    father: Person,
    place: str,
    day: date,
    *,
    id_label: str = "Căn cước công dân số",
) -> Doc:
    """TỜ KHAI ĐĂNG KÝ KHAI SINH (Circular 04/2020 form)."""
    p = ctx.page()
    p.pt = 12.0
    motto(p)
    p.title("TỜ KHAI ĐĂNG KÝ KHAI SINH")
    p.center(f"Kính gửi: {to}")
    p.gap(2.0)
    p.field(f"Họ, chữ đệm, tên người yêu cầu: {requester.name}")
    p.field(f"Nơi cư trú: {requester.home}", hang=5.0)
    p.field(f"Giấy tờ tùy thân: {id_line(requester, label=id_label)}", hang=5.0)
    p.field(f"Quan hệ với người được khai sinh: {relation}")
    p.field("Đề nghị cơ quan đăng ký khai sinh cho người dưới đây:", style="b")
    p.field(f"Họ, chữ đệm, tên: {child.name}")
    p.field(f"Ngày, tháng, năm sinh: {dmy(child.born)}, ghi bằng chữ: {date_words(child.born)}",
            hang=5.0)
    p.segs([(0, f"Giới tính: {child.sex}"), (50, f"Dân tộc: {child.ethnic}"),
            (100, "Quốc tịch: Việt Nam")])
    p.field(f"Nơi sinh: {child.birthplace}", hang=5.0)
    p.field(f"Quê quán: {child.origin}", hang=5.0)
    for role, parent in (("mẹ", mother), ("cha", father)):
        p.field(f"Họ, chữ đệm, tên người {role}: {parent.name}")
        p.segs([(0, f"Năm sinh: {parent.born.year}"), (50, f"Dân tộc: {parent.ethnic}"),
                (100, "Quốc tịch: Việt Nam")])
        p.field(f"Nơi cư trú: {parent.home}", hang=5.0)
    p.gap(1.0)
    p.p("Tôi cam đoan nội dung đề nghị đăng ký khai sinh trên đây là đúng sự thật, được sự "
        "thỏa thuận nhất trí của các bên liên quan theo quy định pháp luật. Tôi chịu hoàn toàn "
        "trách nhiệm trước pháp luật về nội dung cam đoan của mình.")
    p.right(f"Làm tại: {place_date(place, day)}", pt=12.0)
    sign(p, None, signer(["Người yêu cầu"], requester.name,
                         note="(Ký, ghi rõ họ, chữ đệm, tên)", space=18.0))
    fields = {"ho_ten": requester.name, "so_cccd": requester.cccd}
    return Doc("don_de_nghi", [p], fields, "Tờ khai đăng ký khai sinh (bản chính)")


def giay_khai_sinh(
    ctx: Ctx,
    child: Child,
    mother: Person,
    father: Person | None,
    declarant: Person,
    agency: Sequence[str],
    registered_at: str,
    number: str,
    book: str,
    day: date,
    signer_title: str,
    signer_name: str,
    issuer: str,
    *,
    received: str = "",
) -> Doc:
    """GIẤY KHAI SINH (bản chính)."""
    p = ctx.page()
    p.pt = 12.0
    p.frame()
    p.y = 17.0
    left = [L(a, "b", 12.0) for a in agency[:-1]] + [L(agency[-1], "b", 12.0, rule=20.0)]
    left += [L(f"Số: {number}", "r", 12.0), L(f"Quyển số: {book}", "r", 12.0)]
    right = [L(MOTTO, "b", 12.0), L(MOTTO2, "b", 12.5, rule=-1)]
    p.pair(left, right, (14.0, 90.0), (88.0, 198.0))
    p.gap(3.0)
    p.title("GIẤY KHAI SINH", pt=18.0)
    p.gap(3.0)
    p.field(f"Họ, chữ đệm, tên: {child.name.upper()}", style="b")
    p.field(f"Ngày, tháng, năm sinh: {dmy(child.born)}, ghi bằng chữ: {date_words(child.born)}",
            hang=5.0)
    p.segs([(0, f"Giới tính: {child.sex}"), (50, f"Dân tộc: {child.ethnic}"),
            (100, "Quốc tịch: Việt Nam")])
    p.field(f"Nơi sinh: {child.birthplace}", hang=5.0)
    p.field(f"Quê quán: {child.origin}", hang=5.0)
    p.field(f"Số định danh cá nhân: {child.pid}")
    p.gap(1.5)
    for role, parent in (("mẹ", mother), ("cha", father)):
        if parent is None:
            p.field(f"Họ, chữ đệm, tên người {role}:")
            continue
        p.field(f"Họ, chữ đệm, tên người {role}: {parent.upper}")
        p.segs([(0, f"Năm sinh: {parent.born.year}"), (50, f"Dân tộc: {parent.ethnic}"),
                (100, "Quốc tịch: Việt Nam")])
        p.field(f"Nơi cư trú: {parent.home}", hang=5.0)
    p.gap(1.5)
    p.field(f"Họ, chữ đệm, tên người đi khai sinh: {declarant.name}")
    p.field(f"Giấy tờ tùy thân: Căn cước công dân số {declarant.cccd}")
    p.field(f"Nơi đăng ký khai sinh: {registered_at}", hang=5.0)
    p.field(f"Ngày, tháng, năm đăng ký: {dmy(day)}")
    p.gap(2.0)
    right_block = [
        L("NGƯỜI KÝ GIẤY KHAI SINH", "b", 12.0),
        L("(Ký, ghi rõ họ, chữ đệm, tên,", "i", 10.5),
        L("chức vụ, đóng dấu)", "i", 10.5),
        L(signer_title, "r", 12.0),
        L(space=26.0),
        L(signer_name, "b", 12.0),
    ]
    sign(p, None, right_block, seal="right", rbox=(100.0, 196.0))
    fields = {
        "so_ky_hieu": number,
        "ngay_ban_hanh": day.isoformat(),
        "co_quan_ban_hanh": issuer,
        "ho_ten": child.name.upper(),
        "so_cccd": child.pid,
    }
    return Doc("giay_khai_sinh", [p], fields, received)


def giay_uy_quyen(
    ctx: Ctx,
    giver: Person,
    taker: Person,
    *,
    where: str,
    day: date,
    relation: str,
    content: str,
    term: str,
    giver_id: str = "Căn cước công dân số",
    attest: Sequence[str] = (),
    attest_sign: Sequence[L] = (),
    pt: float = 12.0,
) -> Doc:
    """GIẤY ỦY QUYỀN between two persons, optionally with a certified signature."""
    p = ctx.page()
    p.pt = pt
    motto(p)
    p.title("GIẤY ỦY QUYỀN")
    p.gap(1.0)
    p.field("Căn cứ Bộ luật Dân sự năm 2015;", style="i")
    p.p(f"Hôm nay, {long_date(day)}, tại {where}, chúng tôi gồm:")
    for head, person, label in (
        ("I. BÊN ỦY QUYỀN", giver, giver_id),
        ("II. BÊN ĐƯỢC ỦY QUYỀN", taker, "Căn cước công dân số"),
    ):
        p.head(head)
        p.field(f"Họ và tên: {person.name}")
        p.segs([(0, f"Ngày sinh: {dmy(person.born)}"), (70, f"Giới tính: {person.sex}")])
        p.field(id_line(person, label=label), hang=5.0)
        p.field(f"Nơi cư trú: {person.home}", hang=5.0)
    p.field(f"Quan hệ giữa bên được ủy quyền và bên ủy quyền: {relation}")
    p.head("III. NỘI DUNG ỦY QUYỀN")
    p.p(content)
    p.head("IV. THỜI HẠN ỦY QUYỀN")
    p.p(term)
    p.head("V. CAM KẾT")
    p.p("Hai bên cam kết chịu trách nhiệm trước pháp luật về nội dung ủy quyền nêu trên. Giấy "
        "ủy quyền được lập thành 02 bản, mỗi bên giữ 01 bản có giá trị như nhau.")
    p.gap(1.0)
    note = "(Ký, ghi rõ họ tên)"
    space = 13.0 if attest else 18.0
    sign(p, signer(["BÊN ỦY QUYỀN"], giver.name, note=note, space=space),
         signer(["BÊN ĐƯỢC ỦY QUYỀN"], taker.name, note=note, space=space))
    if attest:
        p.gap(3.5)
        p.center("LỜI CHỨNG CỦA NGƯỜI THỰC HIỆN CHỨNG THỰC", "b", SMALL)
        for text in attest:
            p.p(text, pt=SMALL)
        sign(p, None, attest_sign, seal="right", rbox=(104.0, 196.0))
    fields = {
        "ngay_ban_hanh": day.isoformat(),
        "ho_ten": giver.name,
        "so_cccd": giver.cccd,
    }
    return Doc("giay_uy_quyen", [p], fields, "Giấy ủy quyền (bản chính)")


# --------------------------------------------------------------------------------------------
# The dossiers
# --------------------------------------------------------------------------------------------

HA_GIANG = Centre("Hà Giang", "000.00.12.H19", "Vi Thị Hằng")
NGHE_AN = Centre("Nghệ An", "000.00.09.H40", "Thái Thị Hoài Thu")
LAM_DONG = Centre("Lâm Đồng", "000.00.05.H36", "Lương Thị Mỹ Duyên")
THANH_HOA = Centre("Thanh Hóa", "000.00.21.H56", "Lê Thị Thu Hà")
QUANG_NINH = Centre("Quảng Ninh", "000.00.15.H49", "Đinh Thị Ngọc Ánh")
BINH_DINH = Centre("Bình Định", "000.00.07.H08", "Trương Thị Kim Liên")
DAK_LAK = Centre("Đắk Lắk", "000.00.03.H15", "Nguyễn Thị Hồng Nhung")
CA_MAU = Centre("Cà Mau", "000.00.11.H12", "Quách Thị Ngọc Hân")

KS_DAYS = "Trong ngày làm việc"


def dossier_01(ctx: Ctx) -> Dossier:
    """Hà Giang: birth registration (morning batch)."""
    home = "thôn Lùng Tám Cao, xã Lùng Tám, huyện Quản Bạ, tỉnh Hà Giang"
    mother = ctx.person("Hoàng Thị Thu Trang", "1996-09-23", False, "002", home,
                        "xã Lùng Tám, huyện Quản Bạ, tỉnh Hà Giang", ethnic="Tày")
    father = ctx.person("Nông Văn Phúc", "1993-02-11", True, "002", home,
                        "xã Cán Tỷ, huyện Quản Bạ, tỉnh Hà Giang", ethnic="Tày")
    child = Child("Nông Bảo Ngọc", date(2025, 3, 30), False, f"002325{ctx.digits(6)}", "Tày",
                  "Trung tâm Y tế huyện Quản Bạ, tỉnh Hà Giang",
                  "xã Cán Tỷ, huyện Quản Bạ, tỉnh Hà Giang")
    when, due = datetime(2025, 4, 14, 8, 12), datetime(2025, 4, 14, 16, 0)
    commune = "Ủy ban nhân dân xã Lùng Tám, huyện Quản Bạ, tỉnh Hà Giang"
    docs = [
        to_khai_khai_sinh(ctx, mother, "Mẹ", commune, child, mother, father, "xã Lùng Tám",
                          when.date()),
        cccd_copy(ctx, mother, cert=copy_cert("318", "01/2025-SCT/BS", date(2025, 4, 11),
                                              ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lầu Mí Sính")),
        giay_khai_sinh(ctx, child, mother, father, mother, ["ỦY BAN NHÂN DÂN", "XÃ LÙNG TÁM"],
                       commune, "47", "01/2025", when.date(), "Phó Chủ tịch", "Lầu Mí Sính",
                       "Ủy ban nhân dân xã Lùng Tám"),
    ]
    rec = receipt(ctx, HA_GIANG, "0007", when, due, tthc="1.001193",
                  procedure="Đăng ký khai sinh", area="Hộ tịch", days=KS_DAYS, applicant=mother,
                  docs=docs, counter=4)
    return Dossier(rec.fields["ma_ho_so"], "Đăng ký khai sinh", "thôn Lùng Tám Cao",
                   [rec, *docs], ["plain", "plain", "noise", "blur"], missing=("giay_chung_sinh",))


def dossier_02(ctx: Ctx) -> Dossier:
    """Hà Giang: registration of a land transfer, with a two-page contract and a blank back."""
    city = "thành phố Hà Giang, tỉnh Hà Giang"
    buyer = ctx.person("Trần Quốc Huy", "1988-06-17", True, "001",
                       f"số 27 đường Nguyễn Thái Học, phường Minh Khai, {city}",
                       "xã Đại Thịnh, huyện Mê Linh, thành phố Hà Nội")
    seller = ctx.person("Vũ Đình Khải", "1967-11-02", True, "002", f"tổ 3, phường Ngọc Hà, {city}",
                        "xã Phương Thiện, thành phố Hà Giang, tỉnh Hà Giang")
    wife = ctx.person("Đặng Thị Lựu", "1970-04-25", False, "002", seller.home, seller.origin)
    parcel = Parcel(214, 37, f"xứ đồng Pác Ngòi, xã Phương Thiện, {city}", "312,5",
                    "Đất trồng cây lâu năm", "Đến ngày 15/10/2063",
                    "Công nhận quyền sử dụng đất như giao đất không thu tiền sử dụng đất")
    when, due = datetime(2025, 4, 14, 8, 31), datetime(2025, 4, 28, 14, 0)
    contract_day = date(2025, 4, 10)
    notary = "số 1546, quyển số 02/2025 TP/CC-SCC/HĐGD"

    don = ctx.page()
    don.pt = 12.0
    don.right("Mẫu số 09/ĐK", pt=SMALL)
    motto(don)
    don.title("ĐƠN ĐĂNG KÝ BIẾN ĐỘNG ĐẤT ĐAI,\nTÀI SẢN GẮN LIỀN VỚI ĐẤT")
    don.center("Kính gửi: Chi nhánh Văn phòng đăng ký đất đai thành phố Hà Giang")
    don.gap(2.0)
    don.head("I. PHẦN KÊ KHAI CỦA NGƯỜI ĐĂNG KÝ")
    don.field(f"1. Người sử dụng đất: ông {buyer.name}, sinh năm {buyer.born.year}")
    don.field(id_line(buyer), hang=5.0)
    don.field(f"Địa chỉ thường trú: {buyer.home}", hang=5.0)
    don.field(f"Số điện thoại: {buyer.phone}")
    don.field("2. Giấy chứng nhận đã cấp: số phát hành BĐ 215734; số vào sổ cấp GCN: CH 01582; "
              "ngày cấp: 15/10/2013")
    don.field("3. Nội dung biến động:")
    don.field(f"- Trước biến động: người sử dụng đất là ông {seller.name} và bà {wife.name}; "
              f"thửa đất số 214, tờ bản đồ số 37, diện tích 312,5 m2.", hang=3.0)
    don.field(f"- Sau biến động: người sử dụng đất là ông {buyer.name}; thửa đất số 214, "
              "tờ bản đồ số 37, diện tích 312,5 m2, mục đích sử dụng không thay đổi.", hang=3.0)
    don.field(f"4. Lý do biến động: Nhận chuyển nhượng quyền sử dụng đất theo hợp đồng công "
              f"chứng {notary} ngày {dmy(contract_day)}.")
    don.field("5. Giấy tờ liên quan nộp kèm theo đơn:")
    for item in ("- Hợp đồng chuyển nhượng quyền sử dụng đất;",
                 "- Giấy chứng nhận quyền sử dụng đất số phát hành BĐ 215734;",
                 "- Biên lai thu phí thẩm định hồ sơ."):
        don.para(item, indent=5.0, hang=8.0)
    don.p("Tôi cam đoan nội dung kê khai trên đơn là đúng sự thật, nếu sai tôi hoàn toàn chịu "
          "trách nhiệm trước pháp luật.")
    don.right(place_date("Hà Giang", when.date()), pt=12.0)
    sign(don, None, signer(["NGƯỜI VIẾT ĐƠN"], buyer.name, note="(Ký, ghi rõ họ tên)", space=20.0))
    d_don = Doc("don_de_nghi", [don], {"ho_ten": buyer.name, "so_cccd": buyer.cccd},
                "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (bản chính)")

    hd1, hd2 = ctx.page(), ctx.page()
    for pg in (hd1, hd2):
        pg.pt = 12.0
    motto(hd1)
    hd1.title("HỢP ĐỒNG CHUYỂN NHƯỢNG QUYỀN SỬ DỤNG ĐẤT")
    hd1.gap(1.0)
    hd1.p(f"Hôm nay, {long_date(contract_day)}, tại Văn phòng công chứng Sông Lô, tỉnh Hà Giang, "
          "chúng tôi gồm có:")
    hd1.head("Bên chuyển nhượng (sau đây gọi là Bên A):")
    hd1.field(f"Ông: {seller.name}, sinh năm {seller.born.year}")
    hd1.field(id_line(seller), hang=5.0)
    hd1.field(f"Và vợ là bà: {wife.name}, sinh năm {wife.born.year}")
    hd1.field(id_line(wife), hang=5.0)
    hd1.field(f"Cùng thường trú tại: {seller.home}", hang=5.0)
    hd1.head("Bên nhận chuyển nhượng (sau đây gọi là Bên B):")
    hd1.field(f"Ông: {buyer.name}, sinh năm {buyer.born.year}")
    hd1.field(id_line(buyer), hang=5.0)
    hd1.field(f"Thường trú tại: {buyer.home}", hang=5.0)
    hd1.p("Hai bên đồng ý thực hiện việc chuyển nhượng quyền sử dụng đất với các thỏa thuận sau:")
    hd1.head("Điều 1. Quyền sử dụng đất chuyển nhượng")
    hd1.p("Quyền sử dụng đất của Bên A theo Giấy chứng nhận số phát hành BĐ 215734, số vào sổ "
          "cấp GCN: CH 01582 do Ủy ban nhân dân thành phố Hà Giang cấp ngày 15/10/2013:")
    hd1.field(f"- Thửa đất số: {parcel.number}; tờ bản đồ số: {parcel.sheet};", hang=3.0)
    hd1.field(f"- Địa chỉ: {parcel.address};", hang=3.0)
    hd1.field(f"- Diện tích: {parcel.area} m2 ({parcel.area_words()});", hang=3.0)
    hd1.field(f"- Mục đích sử dụng: {parcel.use}; thời hạn sử dụng: đến ngày 15/10/2063.",
              hang=3.0)
    hd1.head("Điều 2. Giá chuyển nhượng và phương thức thanh toán")
    hd1.p(f"Giá chuyển nhượng là {money(450_000_000)} đồng (Bằng chữ: "
          f"{money_words(450_000_000)}). Bên B thanh toán cho Bên A bằng tiền mặt một lần ngay "
          "sau khi ký Hợp đồng này.")
    hd1.head("Điều 3. Việc giao và đăng ký quyền sử dụng đất")
    hd1.p("Bên A giao thửa đất cùng bản chính Giấy chứng nhận cho Bên B ngay sau khi nhận đủ "
          "tiền. Bên B có nghĩa vụ đăng ký biến động tại cơ quan đăng ký đất đai theo quy định.")

    hd2.head("Điều 4. Trách nhiệm nộp thuế, lệ phí")
    hd2.p("Thuế thu nhập cá nhân do Bên A nộp; lệ phí trước bạ và các chi phí liên quan đến việc "
          "đăng ký biến động do Bên B nộp.")
    hd2.head("Điều 5. Phương thức giải quyết tranh chấp")
    hd2.p("Trong quá trình thực hiện Hợp đồng, nếu phát sinh tranh chấp, các bên cùng nhau "
          "thương lượng giải quyết; trường hợp không thương lượng được thì một trong các bên có "
          "quyền khởi kiện tại Tòa án nhân dân có thẩm quyền.")
    hd2.head("Điều 6. Cam đoan của các bên")
    hd2.p("Bên A cam đoan thửa đất không có tranh chấp, không bị kê biên để bảo đảm thi hành án "
          "và còn trong thời hạn sử dụng. Bên B cam đoan đã xem xét kỹ, biết rõ về thửa đất và "
          "các giấy tờ về quyền sử dụng đất.")
    hd2.head("Điều 7. Điều khoản cuối cùng")
    hd2.p("Hai bên đã tự đọc lại Hợp đồng, hiểu rõ quyền, nghĩa vụ và hậu quả pháp lý của việc "
          "giao kết Hợp đồng này. Hợp đồng được lập thành 04 bản, mỗi bên giữ 01 bản, lưu tại "
          "Văn phòng công chứng 01 bản, nộp cơ quan đăng ký đất đai 01 bản.")
    hd2.gap(2.0)
    note = "(Ký, ghi rõ họ tên)"
    side_a = [*signer(["BÊN A"], seller.name, note=note, space=15.0), L(space=15.0),
              L(wife.name, "b", BODY)]
    sign(hd2, side_a, signer(["BÊN B"], buyer.name, note=note, space=15.0))
    hd2.gap(3.0)
    hd2.center("LỜI CHỨNG CỦA CÔNG CHỨNG VIÊN", "b", 12.0)
    hd2.p(f"Ngày {contract_day.day:02d} tháng {contract_day.month} năm {contract_day.year}, tại "
          "Văn phòng công chứng Sông Lô, tôi, Lưu Thị Hòa, công chứng viên, chứng nhận: Hợp đồng "
          "này được giao kết giữa các bên có tên trên; các bên tự nguyện thỏa thuận, có năng lực "
          "hành vi dân sự phù hợp theo quy định của pháp luật và đã ký vào Hợp đồng trước mặt "
          "tôi.")
    hd2.field("Số công chứng: 1546, quyển số 02/2025 TP/CC-SCC/HĐGD.")
    sign(hd2, None, signer(["CÔNG CHỨNG VIÊN"], "Lưu Thị Hòa", space=22.0), seal="right")
    d_hd = Doc("hop_dong", [hd1, hd2],
               {"so_ky_hieu": "1546", "ngay_ban_hanh": contract_day.isoformat(),
                "ho_ten": seller.name, "so_cccd": seller.cccd},
               "Hợp đồng chuyển nhượng quyền sử dụng đất đã công chứng (bản chính)")

    d_gcn = gcn(ctx, [f"Ông: {seller.name}; sinh năm: {seller.born.year}; CMND số: 073125468",
                      f"Bà: {wife.name}; sinh năm: {wife.born.year}; CMND số: 073287031"],
                seller.home, parcel, place="Hà Giang", issued=date(2013, 10, 15),
                authority=["TM. ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ GIANG", "KT. CHỦ TỊCH",
                           "PHÓ CHỦ TỊCH"],
                name="Nguyễn Đức Lâm", book_no="CH 01582", serial="BĐ 215734",
                fields={"so_ky_hieu": "CH 01582", "ngay_ban_hanh": "2013-10-15",
                        "co_quan_ban_hanh": "Ủy ban nhân dân thành phố Hà Giang",
                        "ho_ten": seller.name})
    d_bl = bien_lai(ctx, ["CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ", "ĐẤT ĐAI THÀNH PHỐ HÀ GIANG"],
                    "5100412836", "HG-25P", "0004172", buyer,
                    "Phí thẩm định hồ sơ đăng ký biến động đất đai", 460_000, place="Hà Giang",
                    day=when.date(), collector="Mã Thị Duyên",
                    issuer="Chi nhánh Văn phòng đăng ký đất đai thành phố Hà Giang")
    docs = [d_don, d_hd, d_gcn, d_bl]
    procedure = "Đăng ký biến động đất đai do chuyển nhượng quyền sử dụng đất"
    rec = receipt(ctx, HA_GIANG, "0008", when, due, tthc="1.004227", procedure=procedure,
                  area="Đất đai", days="10 ngày làm việc", applicant=buyer, docs=docs, counter=7)
    return Dossier(rec.fields["ma_ho_so"], procedure, "xứ đồng Pác Ngòi", [rec, *docs],
                   ["noise", "plain", "blank", "plain", "plain", "blur", "rough"], blank_after=1)



def dossier_03(ctx: Ctx) -> Dossier:
    """Hà Giang: building permit for a house."""
    site = "số 46 đường Sông Miện kéo dài, phường Quang Trung, thành phố Hà Giang"
    owner = ctx.person("Đỗ Thị Minh Nguyệt", "1981-12-05", False, "002", f"{site}, tỉnh Hà Giang",
                       "xã Đạo Đức, huyện Vị Xuyên, tỉnh Hà Giang")
    when, due = datetime(2025, 4, 14, 9, 5), datetime(2025, 5, 8, 9, 0)
    p = ctx.page()
    p.pt = 12.0
    p.right("Mẫu số 01", pt=SMALL)
    motto(p)
    p.title("ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP XÂY DỰNG")
    p.center("(Sử dụng cho công trình: Nhà ở riêng lẻ)", "i")
    p.center("Kính gửi: Ủy ban nhân dân thành phố Hà Giang")
    p.gap(2.0)
    p.head("1. Thông tin về chủ đầu tư:")
    p.field(f"- Tên chủ đầu tư (tên chủ hộ): {owner.name}", hang=3.0)
    p.field(f"- Căn cước công dân số: {owner.cccd}, cấp ngày {dmy(owner.issued)}", hang=3.0)
    p.field(f"- Địa chỉ liên hệ: {owner.home}", hang=3.0)
    p.field(f"- Số điện thoại: {owner.phone}")
    p.head("2. Thông tin công trình:")
    p.field("- Địa điểm xây dựng: thửa đất số 63, tờ bản đồ số 15; diện tích 120,0 m2", hang=3.0)
    p.field(f"- Tại: {site}", hang=3.0)
    p.head("3. Nội dung đề nghị cấp phép:")
    p.field("- Loại công trình: Nhà ở riêng lẻ; cấp công trình: III", hang=3.0)
    p.field("- Diện tích xây dựng tầng 1: 96,0 m2", hang=3.0)
    p.field("- Tổng diện tích sàn: 288,0 m2; số tầng: 03 tầng", hang=3.0)
    p.field("- Chiều cao công trình: 12,6 m; cốt xây dựng: +0,45 m", hang=3.0)
    p.head("4. Đơn vị hoặc người chủ nhiệm thiết kế:")
    p.field("- Công ty TNHH Tư vấn thiết kế Cao Nguyên Đá; chứng chỉ năng lực số HAG-00215",
            hang=3.0)
    p.field("- Chủ nhiệm thiết kế: kiến trúc sư Mạc Văn Toàn", hang=3.0)
    p.head("5. Dự kiến thời gian hoàn thành công trình: 10 tháng.")
    p.head("6. Cam kết:")
    p.p("Tôi xin cam đoan làm theo đúng giấy phép được cấp, nếu sai tôi xin hoàn toàn chịu trách "
        "nhiệm và bị xử lý theo quy định của pháp luật.")
    p.right(place_date("Hà Giang", when.date()), pt=12.0)
    sign(p, None, signer(["NGƯỜI LÀM ĐƠN"], owner.name, note="(Ký, ghi rõ họ tên)", space=20.0))
    d_don = Doc("don_de_nghi", [p], {"ho_ten": owner.name, "so_cccd": owner.cccd},
                "Đơn đề nghị cấp giấy phép xây dựng (bản chính)")
    parcel = Parcel(63, 15, f"{site}, tỉnh Hà Giang", "120,0", "Đất ở tại đô thị", "Lâu dài",
                    "Nhận chuyển nhượng đất được Nhà nước giao có thu tiền sử dụng đất")
    d_gcn = gcn(ctx, [f"Bà: {owner.name}; sinh năm: {owner.born.year}; CCCD số: {owner.cccd}"],
                owner.home, parcel, place="Hà Giang", issued=date(2019, 7, 22),
                authority=["SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "TỈNH HÀ GIANG", "KT. GIÁM ĐỐC",
                           "PHÓ GIÁM ĐỐC"],
                name="Hầu Văn Đức", book_no="CS 08817", serial="CQ 480126",
                received="Giấy chứng nhận quyền sử dụng đất (bản sao có chứng thực)",
                fields={"so_ky_hieu": "CS 08817", "ngay_ban_hanh": "2019-07-22",
                        "co_quan_ban_hanh": "Sở Tài nguyên và Môi trường tỉnh Hà Giang",
                        "ho_ten": owner.name, "so_cccd": owner.cccd})
    docs = [d_don, d_gcn]
    procedure = "Cấp giấy phép xây dựng nhà ở riêng lẻ"
    rec = receipt(ctx, HA_GIANG, "0011", when, due, tthc="1.009994", procedure=procedure,
                  area="Xây dựng", days="15 ngày làm việc", applicant=owner, docs=docs, counter=2)
    return Dossier(rec.fields["ma_ho_so"], procedure, "đường Sông Miện kéo dài", [rec, *docs],
                   ["plain", "blur", "noise"], missing=("ban_ve_thiet_ke",))


def dossier_04(ctx: Ctx) -> Dossier:
    """Nghệ An: birth registration by the grandmother, with a power of attorney."""
    home = "xóm Bãi Sậy Đông, xã Nghi Phong, huyện Nghi Lộc, tỉnh Nghệ An"
    origin = "xã Nghi Phong, huyện Nghi Lộc, tỉnh Nghệ An"
    grandma = ctx.person("Phan Thị Huệ", "1962-07-14", False, "040", home, origin)
    mother = ctx.person("Hồ Thị Quỳnh Anh", "1998-02-11", False, "040", home,
                        "xã Quỳnh Lương, huyện Quỳnh Lưu, tỉnh Nghệ An", issued="2024-10-15")
    father = ctx.person("Phan Đức Thắng", "1995-10-03", True, "040", home, origin)
    child = Child("Phan Gia Bảo", date(2025, 4, 18), True, f"040225{ctx.digits(6)}", "Kinh",
                  "Bệnh viện Sản Nhi Nghệ An", origin)
    when, due = datetime(2025, 5, 6, 14, 20), datetime(2025, 5, 7, 8, 30)
    docs = [
        to_khai_khai_sinh(ctx, grandma, "Bà nội", "Ủy ban nhân dân xã Nghi Phong, huyện Nghi "
                          "Lộc, tỉnh Nghệ An", child, mother, father, "xã Nghi Phong",
                          date(2025, 5, 6)),
        giay_uy_quyen(
            ctx, mother, grandma, where="xã Nghi Phong, huyện Nghi Lộc, tỉnh Nghệ An",
            day=date(2025, 5, 5), relation="Mẹ chồng", giver_id="Căn cước số",
            content=f"Bên được ủy quyền thay mặt bên ủy quyền thực hiện thủ tục đăng ký khai "
            f"sinh cho con của bên ủy quyền là cháu {child.name}, sinh ngày {dmy(child.born)} "
            "tại Bệnh viện Sản Nhi Nghệ An: ký tờ khai, nộp hồ sơ và nhận Giấy khai sinh tại cơ "
            "quan có thẩm quyền.",
            term="Kể từ ngày ký đến khi hoàn thành công việc được ủy quyền.",
        ),
        cccd_copy(ctx, mother, new_card=True, received="Căn cước của người ủy quyền (bản sao)"),
    ]
    rec = receipt(ctx, NGHE_AN, "0123", when, due, tthc="1.001193",
                  procedure="Đăng ký khai sinh", area="Hộ tịch", days=KS_DAYS, applicant=grandma,
                  docs=docs, counter=11)
    return Dossier(rec.fields["ma_ho_so"], "Đăng ký khai sinh", "xóm Bãi Sậy Đông", [rec, *docs],
                   ["clean", "clean", "clean", "blur"], missing=("giay_chung_sinh",))


def dossier_05(ctx: Ctx) -> Dossier:
    """Lâm Đồng: change of land use, with the district's decision (colour, red seal)."""
    home = "thôn Tà Sơn Thượng, xã Đa Quyn, huyện Đức Trọng, tỉnh Lâm Đồng"
    owner = ctx.person("Dương Văn Tú", "1975-03-09", True, "068", home,
                       "xã Tân Hội, huyện Đức Trọng, tỉnh Lâm Đồng")
    when, due = datetime(2025, 1, 8, 10, 5), datetime(2025, 2, 12, 10, 0)
    p = ctx.page()
    p.pt = 12.0
    motto(p)
    p.title("ĐƠN XIN CHUYỂN MỤC ĐÍCH SỬ DỤNG ĐẤT")
    p.center("Kính gửi: Ủy ban nhân dân huyện Đức Trọng")
    p.gap(2.0)
    p.field(f"1. Người xin chuyển mục đích sử dụng đất: ông {owner.name}, sinh năm "
            f"{owner.born.year}")
    p.field(id_line(owner), hang=5.0)
    p.field(f"2. Địa chỉ liên hệ: {owner.home}")
    p.field(f"Số điện thoại: {owner.phone}")
    p.field("3. Địa điểm khu đất: thửa đất số 88, tờ bản đồ số 12, thôn Tà Sơn Thượng, xã Đa "
            "Quyn, huyện Đức Trọng, tỉnh Lâm Đồng")
    p.field("4. Diện tích đất xin chuyển mục đích sử dụng: 200 m2 (trong tổng diện tích thửa "
            "đất 1.250 m2)")
    p.field("5. Mục đích sử dụng hiện tại: Đất trồng cây lâu năm (vườn cà phê xen hồng giòn)")
    p.field("6. Mục đích sử dụng đất sau khi chuyển: Đất ở tại nông thôn")
    p.field("7. Giấy chứng nhận đã cấp: số phát hành BN 507318, số vào sổ cấp GCN: CH 00734 do "
            "Ủy ban nhân dân huyện Đức Trọng cấp ngày 16/05/2012")
    p.field("8. Cam kết:")
    p.para("- Sử dụng đất đúng mục đích, chấp hành đúng các quy định của pháp luật đất đai;",
           indent=5.0, hang=8.0)
    p.para("- Nộp tiền sử dụng đất đầy đủ, đúng thời hạn theo quy định.", indent=5.0, hang=8.0)
    p.right(place_date("Đa Quyn", date(2025, 1, 7)), pt=12.0)
    sign(p, None, signer(["NGƯỜI LÀM ĐƠN"], owner.name, note="(Ký, ghi rõ họ tên)", space=20.0))
    d_don = Doc("don_de_nghi", [p], {"ho_ten": owner.name, "so_cccd": owner.cccd},
                "Đơn xin chuyển mục đích sử dụng đất (bản chính)")
    parcel = Parcel(88, 12, "thôn Tà Sơn Thượng, xã Đa Quyn, huyện Đức Trọng, tỉnh Lâm Đồng",
                    "1.250,0", "Đất trồng cây lâu năm", "Đến ngày 15/10/2063",
                    "Công nhận quyền sử dụng đất như giao đất không thu tiền sử dụng đất")
    d_gcn = gcn(ctx, [f"Hộ ông: {owner.name}; sinh năm: {owner.born.year}; CMND số: 250418377"],
                owner.home, parcel, place="Đức Trọng", issued=date(2012, 5, 16),
                authority=["TM. ỦY BAN NHÂN DÂN", "HUYỆN ĐỨC TRỌNG", "KT. CHỦ TỊCH",
                           "PHÓ CHỦ TỊCH"],
                name="Phạm Thanh Liêm", book_no="CH 00734", serial="BN 507318",
                fields={"so_ky_hieu": "CH 00734", "ngay_ban_hanh": "2012-05-16",
                        "co_quan_ban_hanh": "Ủy ban nhân dân huyện Đức Trọng",
                        "ho_ten": owner.name})
    d_qd = quyet_dinh(
        ctx, ["ỦY BAN NHÂN DÂN", "HUYỆN ĐỨC TRỌNG"], "1187/QĐ-UBND", "Đức Trọng",
        date(2025, 2, 5), f"Về việc cho phép hộ ông {owner.name} chuyển mục đích sử dụng đất",
        "ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG",
        [
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, "
            "bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa "
            "phương ngày 22 tháng 11 năm 2019;",
            "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;",
            "Căn cứ Nghị định số 102/2024/NĐ-CP ngày 30 tháng 7 năm 2024 của Chính phủ quy định "
            "chi tiết thi hành một số điều của Luật Đất đai;",
            "Theo đề nghị của Trưởng phòng Tài nguyên và Môi trường tại Tờ trình số "
            "412/TTr-TNMT ngày 24 tháng 01 năm 2025.",
        ],
        [
            f"Cho phép hộ ông {owner.name}, thường trú tại {home}, được chuyển mục đích sử "
            "dụng 200 m2 đất trồng cây lâu năm sang đất ở tại nông thôn, thuộc một phần thửa đất "
            "số 88, tờ bản đồ số 12 xã Đa Quyn.",
            f"Hộ ông {owner.name} có trách nhiệm nộp tiền sử dụng đất và các khoản lệ phí theo "
            "quy định; sử dụng đất đúng mục đích, đúng ranh giới được phép chuyển.",
            "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Hội đồng nhân dân và Ủy "
            "ban nhân dân huyện, Trưởng phòng Tài nguyên và Môi trường, Chủ tịch Ủy ban nhân dân "
            f"xã Đa Quyn và hộ ông {owner.name} chịu trách nhiệm thi hành Quyết định này./.",
        ],
        ["- Như Điều 3;", "- Chi cục Thuế khu vực;", "- Chi nhánh VPĐKĐĐ huyện;",
         "- Lưu: VT, TNMT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Nguyễn Hữu Phước", owner.name,
        "Ủy ban nhân dân huyện Đức Trọng", color=True, pt=12.0,
    )
    d_bl = bien_lai(ctx, ["CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ", "ĐẤT ĐAI HUYỆN ĐỨC TRỌNG"],
                    "5800291634", "LĐ-25P", "0000318", owner,
                    "Phí thẩm định hồ sơ chuyển mục đích sử dụng đất", 500_000,
                    place="Đức Trọng", day=when.date(), collector="Ka Thị Bình",
                    issuer="Chi nhánh Văn phòng đăng ký đất đai huyện Đức Trọng")
    docs = [d_don, d_gcn, d_qd, d_bl]
    procedure = "Chuyển mục đích sử dụng đất đối với hộ gia đình, cá nhân"
    rec = receipt(ctx, LAM_DONG, "0456", when, due, tthc="1.012790", procedure=procedure,
                  area="Đất đai", days="20 ngày làm việc", applicant=owner, docs=docs,
                  counter=5)
    return Dossier(rec.fields["ma_ho_so"], procedure, "thôn Tà Sơn Thượng", [rec, *docs],
                   ["noise", "blur", "noise", "plain", "rough"])


def dossier_06(ctx: Ctx) -> Dossier:
    """Thanh Hóa: monthly social allowance for a single mother; the birth certificate is upside
    down."""
    home = "thôn Tiến Hưng, xã Nga Điền, huyện Nga Sơn, tỉnh Thanh Hóa"
    mother = ctx.person("Ngô Thị Thanh Hương", "1990-08-19", False, "038", home,
                        "xã Nga Điền, huyện Nga Sơn, tỉnh Thanh Hóa")
    child = Child("Ngô Bảo Anh", date(2023, 1, 27), False, f"038323{ctx.digits(6)}", "Kinh",
                  "Trung tâm Y tế huyện Nga Sơn, tỉnh Thanh Hóa", mother.origin)
    when, due = datetime(2025, 1, 21, 9, 40), datetime(2025, 2, 14, 9, 0)
    p = ctx.page()
    p.pt = 12.0
    motto(p)
    p.title("TỜ KHAI ĐỀ NGHỊ TRỢ GIÚP XÃ HỘI")
    p.center("(Áp dụng đối với người đơn thân nghèo đang nuôi con)", "i")
    p.gap(2.0)
    p.head("I. THÔNG TIN CỦA NGƯỜI ĐƠN THÂN")
    p.field(f"1. Họ và tên: {mother.name}")
    p.segs([(0, f"Ngày sinh: {dmy(mother.born)}"), (60, f"Giới tính: {mother.sex}"),
            (105, f"Dân tộc: {mother.ethnic}")])
    p.field(f"2. {id_line(mother)}")
    p.field(f"3. Nơi thường trú: {home}")
    p.field("4. Việc làm: dệt chiếu thuê tại làng chiếu cói Nga Điền")
    p.field("5. Thuộc hộ nghèo: Có (Giấy chứng nhận hộ nghèo số 27/GCN-UBND ngày 05/01/2024)")
    p.field("6. Tình trạng hôn nhân: Không có chồng")
    p.head("II. THÔNG TIN VỀ CON ĐANG NUÔI")
    p.field(f"1. Họ và tên: {child.name}")
    p.segs([(0, f"Ngày sinh: {dmy(child.born)}"), (60, f"Giới tính: {child.sex}")])
    p.field(f"2. Số định danh cá nhân: {child.pid}")
    p.field("3. Tình trạng đi học: Chưa đi học")
    p.field("4. Chế độ chính sách đang hưởng: Không")
    p.gap(1.0)
    p.p("Tôi xin cam đoan những lời khai trên là đúng sự thật, nếu có điều gì khai không đúng, "
        "tôi xin chịu hoàn toàn trách nhiệm trước pháp luật.")
    p.right(place_date("Nga Điền", date(2025, 1, 20)), pt=12.0)
    note = "(Ký, ghi rõ họ tên)"
    sign(p, signer(["XÁC NHẬN CỦA TRƯỞNG THÔN"], "Mai Xuân Trường", note=note, space=18.0),
         signer(["NGƯỜI KHAI"], mother.name, note=note, space=18.0), lbox=(12.0, 102.0))
    d_tk = Doc("don_de_nghi", [p], {"ho_ten": mother.name, "so_cccd": mother.cccd},
               "Tờ khai đề nghị trợ giúp xã hội (bản chính)")
    d_gks = giay_khai_sinh(
        ctx, child, mother, None, mother, ["ỦY BAN NHÂN DÂN", "XÃ NGA ĐIỀN"],
        "Ủy ban nhân dân xã Nga Điền, huyện Nga Sơn, tỉnh Thanh Hóa", "12", "01/2023",
        date(2023, 2, 6), "Chủ tịch", "Trịnh Văn Hải", "Ủy ban nhân dân xã Nga Điền",
        received="Giấy khai sinh của con (bản sao)",
    )
    d_qd = quyet_dinh(
        ctx, ["ỦY BAN NHÂN DÂN", "HUYỆN NGA SƠN"], "2745/QĐ-UBND", "Nga Sơn", date(2025, 2, 10),
        "Về việc thực hiện trợ cấp xã hội hằng tháng", "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN NGA SƠN",
        [
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, "
            "bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa "
            "phương ngày 22 tháng 11 năm 2019;",
            "Căn cứ Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ quy định "
            "chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội;",
            "Theo đề nghị của Trưởng phòng Lao động - Thương binh và Xã hội huyện tại Tờ trình "
            "số 318/TTr-LĐTBXH ngày 06 tháng 02 năm 2025.",
        ],
        [
            f"Thực hiện trợ cấp xã hội hằng tháng đối với bà {mother.name}, sinh năm "
            f"{mother.born.year}, thường trú tại {home}, là người đơn thân nghèo đang nuôi con "
            f"nhỏ. Mức trợ cấp: {money(750_000)} đồng/tháng (Bằng chữ: "
            f"{money_words(750_000)}). Thời điểm hưởng: kể từ tháng 02 năm 2025.",
            "Phòng Lao động - Thương binh và Xã hội huyện phối hợp với Ủy ban nhân dân xã Nga "
            "Điền tổ chức chi trả trợ cấp theo quy định.",
            "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Hội đồng nhân dân và Ủy "
            "ban nhân dân huyện, Trưởng phòng Lao động - Thương binh và Xã hội, Chủ tịch Ủy ban "
            f"nhân dân xã Nga Điền và bà {mother.name} chịu trách nhiệm thi hành Quyết định "
            "này./.",
        ],
        ["- Như Điều 3;", "- Lưu: VT, LĐTBXH."],
        ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Mai Văn Thuận", mother.name,
        "Ủy ban nhân dân huyện Nga Sơn",
    )
    docs = [d_tk, d_gks, d_qd]
    procedure = "Thực hiện trợ cấp xã hội hằng tháng"
    rec = receipt(ctx, THANH_HOA, "0318", when, due, tthc="1.001776", procedure=procedure,
                  area="Bảo trợ xã hội", days="15 ngày làm việc", applicant=mother, docs=docs,
                  counter=9)
    return Dossier(rec.fields["ma_ho_so"], procedure, "làng chiếu cói Nga Điền", [rec, *docs],
                   ["clean", "clean", "speckle", "clean"], rotations={2: 180})


def dossier_07(ctx: Ctx) -> Dossier:
    """Quảng Ninh: certification of a two-page power-of-attorney contract over a shrimp pond."""
    owner = ctx.person("Bùi Văn Cường", "1958-05-30", True, "022",
                       "thôn Bình Hải, xã Đồng Rui, huyện Tiên Yên, tỉnh Quảng Ninh",
                       "xã Đồng Rui, huyện Tiên Yên, tỉnh Quảng Ninh")
    daughter = ctx.person("Bùi Thị Hạnh", "1985-09-14", False, "022",
                          "số 15 phố Lê Lợi, phường Yết Kiêu, thành phố Hạ Long, tỉnh Quảng Ninh",
                          owner.origin)
    when, due = datetime(2025, 4, 2, 10, 15), datetime(2025, 4, 2, 15, 30)
    day = when.date()
    hd1, hd2 = ctx.page(), ctx.page()
    for pg in (hd1, hd2):
        pg.pt = 12.0
    motto(hd1)
    hd1.title("HỢP ĐỒNG ỦY QUYỀN")
    hd1.gap(1.0)
    hd1.p(f"Hôm nay, {long_date(day)}, tại trụ sở Ủy ban nhân dân xã Đồng Rui, huyện Tiên Yên, "
          "tỉnh Quảng Ninh, chúng tôi gồm có:")
    hd1.head("BÊN ỦY QUYỀN (sau đây gọi là Bên A):")
    hd1.field(f"Ông: {owner.name}, sinh ngày {dmy(owner.born)}")
    hd1.field(id_line(owner), hang=5.0)
    hd1.field(f"Thường trú tại: {owner.home}", hang=5.0)
    hd1.head("BÊN ĐƯỢC ỦY QUYỀN (sau đây gọi là Bên B):")
    hd1.field(f"Bà: {daughter.name}, sinh ngày {dmy(daughter.born)}")
    hd1.field(id_line(daughter), hang=5.0)
    hd1.field(f"Thường trú tại: {daughter.home}", hang=5.0)
    hd1.p("Hai bên đồng ý giao kết hợp đồng ủy quyền với các thỏa thuận sau đây:")
    hd1.head("Điều 1. Phạm vi ủy quyền")
    hd1.p("Bên A ủy quyền cho Bên B thay mặt và nhân danh Bên A quản lý, sử dụng, cho thuê và "
          "thực hiện các thủ tục hành chính liên quan đến quyền sử dụng đất sau:")
    hd1.field("- Thửa đất số: 305; tờ bản đồ số: 8; diện tích: 4.820,0 m2;", hang=3.0)
    hd1.field("- Mục đích sử dụng: Đất nuôi trồng thủy sản;", hang=3.0)
    hd1.field("- Hiện trạng: đầm tôm thôn Bình Hải đang nuôi tôm thẻ chân trắng;", hang=3.0)
    hd1.field("- Giấy chứng nhận số phát hành CĐ 114952, số vào sổ cấp GCN: CH 02291 do Ủy ban "
              "nhân dân huyện Tiên Yên cấp ngày 20/03/2017.", hang=3.0)
    hd1.head("Điều 2. Thời hạn ủy quyền")
    hd1.p("Thời hạn ủy quyền là 05 (năm) năm, kể từ ngày Hợp đồng này được chứng thực.")
    hd1.head("Điều 3. Thù lao")
    hd1.p("Bên B thực hiện công việc được ủy quyền không nhận thù lao.")

    hd2.head("Điều 4. Quyền và nghĩa vụ của các bên")
    hd2.p("Bên A chịu trách nhiệm về các công việc do Bên B thực hiện trong phạm vi ủy quyền; "
          "giao cho Bên B bản chính Giấy chứng nhận và các giấy tờ cần thiết.")
    hd2.p("Bên B thực hiện công việc theo đúng phạm vi ủy quyền; báo cho Bên A về việc thực "
          "hiện công việc; không được ủy quyền lại cho người thứ ba.")
    hd2.head("Điều 5. Giải quyết tranh chấp")
    hd2.p("Nếu phát sinh tranh chấp, các bên cùng nhau thương lượng giải quyết; trường hợp không "
          "thương lượng được thì yêu cầu Tòa án nhân dân có thẩm quyền giải quyết.")
    hd2.head("Điều 6. Cam đoan của các bên")
    hd2.p("Các bên cam đoan những thông tin về nhân thân và tài sản trong Hợp đồng này là đúng "
          "sự thật; việc giao kết hoàn toàn tự nguyện, không bị lừa dối hoặc ép buộc.")
    hd2.gap(2.0)
    note = "(Ký, ghi rõ họ tên)"
    sign(hd2, signer(["BÊN A"], owner.name, note=note, space=18.0),
         signer(["BÊN B"], daughter.name, note=note, space=18.0))
    hd2.gap(3.0)
    hd2.center("LỜI CHỨNG CỦA NGƯỜI THỰC HIỆN CHỨNG THỰC", "b", 12.0)
    hd2.p(f"Ngày {day.day:02d} tháng {day.month} năm {day.year}, tại trụ sở Ủy ban nhân dân xã "
          "Đồng Rui, huyện Tiên Yên, tỉnh Quảng Ninh, tôi, Lý Văn Sáng, Phó Chủ tịch Ủy ban nhân "
          "dân xã Đồng Rui, chứng thực: Hợp đồng ủy quyền này được giao kết giữa các bên có tên "
          "trên; các bên tự nguyện giao kết, có năng lực hành vi dân sự và đã ký vào Hợp đồng "
          "trước mặt tôi.")
    hd2.field("Số chứng thực: 86, quyển số 01/2025-SCT/HĐ,GD.")
    sign(hd2, None, signer(["NGƯỜI THỰC HIỆN CHỨNG THỰC", "PHÓ CHỦ TỊCH"], "Lý Văn Sáng",
                           space=22.0), seal="right")
    d_hd = Doc("hop_dong", [hd1, hd2],
               {"so_ky_hieu": "86", "ngay_ban_hanh": day.isoformat(), "ho_ten": owner.name,
                "so_cccd": owner.cccd},
               "Hợp đồng ủy quyền (bản chính)")
    d_id = cccd_copy(ctx, owner, received="Căn cước công dân của bên ủy quyền (bản sao)")
    parcel = Parcel(305, 8, "đầm tôm thôn Bình Hải, xã Đồng Rui, huyện Tiên Yên, tỉnh Quảng Ninh",
                    "4.820,0", "Đất nuôi trồng thủy sản", "Đến ngày 01/07/2064",
                    "Nhà nước giao đất không thu tiền sử dụng đất")
    d_gcn = gcn(ctx, [f"Ông: {owner.name}; sinh năm: {owner.born.year}; CMND số: 100518224"],
                owner.home, parcel, place="Tiên Yên", issued=date(2017, 3, 20),
                authority=["TM. ỦY BAN NHÂN DÂN", "HUYỆN TIÊN YÊN", "KT. CHỦ TỊCH",
                           "PHÓ CHỦ TỊCH"],
                name="Hoàng Văn Thắm", book_no="CH 02291", serial="CĐ 114952",
                fields={"so_ky_hieu": "CH 02291", "ngay_ban_hanh": "2017-03-20",
                        "co_quan_ban_hanh": "Ủy ban nhân dân huyện Tiên Yên",
                        "ho_ten": owner.name})
    docs = [d_hd, d_id, d_gcn]
    procedure = "Chứng thực hợp đồng, giao dịch liên quan đến quyền sử dụng đất"
    rec = receipt(ctx, QUANG_NINH, "0092", when, due, tthc="2.001035", procedure=procedure,
                  area="Chứng thực", days="Trong ngày làm việc", applicant=owner, docs=docs,
                  counter=3)
    return Dossier(rec.fields["ma_ho_so"], procedure, "đầm tôm thôn Bình Hải", [rec, *docs],
                   ["clean", "clean", "clean", "speckle", "clean"])


def dossier_08(ctx: Ctx) -> Dossier:
    """Bình Định: copy of a civil status extract, asked by a son; the ID copy lies sideways."""
    mother = ctx.person("Đặng Thị Mai", "1952-12-08", False, "052",
                        "số 12 hẻm chợ Gò Găng cũ, phường Nhơn Thành, thị xã An Nhơn, tỉnh Bình "
                        "Định", "xã Nhơn Thành, huyện An Nhơn, tỉnh Bình Định")
    son = ctx.person("Hồ Văn Lộc", "1979-04-21", True, "052",
                     "tổ 7, khu vực 3, phường Nhơn Phú, thành phố Quy Nhơn, tỉnh Bình Định",
                     mother.origin)
    when, due = datetime(2025, 6, 10, 15, 30), datetime(2025, 6, 11, 15, 30)
    ward = "Ủy ban nhân dân phường Nhơn Thành, thị xã An Nhơn, tỉnh Bình Định"
    p = ctx.page()
    p.pt = 12.0
    motto(p)
    p.title("TỜ KHAI CẤP BẢN SAO TRÍCH LỤC HỘ TỊCH")
    p.center(f"Kính gửi: {ward}")
    p.gap(2.0)
    p.field(f"Họ, chữ đệm, tên người yêu cầu: {son.name}")
    p.field(f"Nơi cư trú: {son.home}", hang=5.0)
    p.field(f"Giấy tờ tùy thân: {id_line(son)}", hang=5.0)
    p.field("Quan hệ với người được cấp bản sao trích lục hộ tịch: Con (được ủy quyền)",
            hang=5.0)
    p.field("Đề nghị cấp bản sao trích lục hộ tịch về việc: Kết hôn", style="b")
    p.field(f"Họ, chữ đệm, tên: {mother.name}")
    p.segs([(0, f"Ngày sinh: {dmy(mother.born)}"), (70, f"Giới tính: {mother.sex}")])
    p.field(f"Nơi cư trú: {mother.home}", hang=5.0)
    p.field("Đã đăng ký kết hôn với ông Hồ Văn Tư tại Ủy ban nhân dân xã Nhơn Thành ngày "
            "15/03/1976, số đăng ký: 08, quyển số: 01/1976", hang=5.0)
    p.field("Số lượng bản sao yêu cầu: 03 bản")
    p.gap(1.0)
    p.p("Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước "
        "pháp luật về cam đoan của mình.")
    p.right(f"Làm tại: {place_date('phường Nhơn Thành', when.date())}", pt=12.0)
    sign(p, None, signer(["Người yêu cầu"], son.name, note="(Ký, ghi rõ họ, chữ đệm, tên)",
                         space=20.0))
    d_tk = Doc("don_de_nghi", [p], {"ho_ten": son.name, "so_cccd": son.cccd},
               "Tờ khai cấp bản sao trích lục hộ tịch (bản chính)")
    d_uq = giay_uy_quyen(
        ctx, mother, son, where=ward, day=date(2025, 6, 6), relation="Con đẻ",
        content="Bên được ủy quyền thay mặt bên ủy quyền làm thủ tục xin cấp 03 bản sao trích "
        "lục kết hôn của bên ủy quyền; ký tờ khai, nộp lệ phí và nhận kết quả tại cơ quan có "
        "thẩm quyền.",
        term="Kể từ ngày ký đến khi hoàn thành công việc được ủy quyền.",
        attest=[
            "Ngày 06 tháng 6 năm 2025, tại Ủy ban nhân dân phường Nhơn Thành, tôi, Võ Minh Tâm, "
            f"Phó Chủ tịch, chứng thực: bà {mother.name} đã ký vào giấy ủy quyền này trước mặt "
            "tôi. Số chứng thực: 215, quyển số 01/2025-SCT/CK,ĐC.",
        ],
        attest_sign=signer(["PHÓ CHỦ TỊCH"], "Võ Minh Tâm", space=16.0),
        pt=11.5,
    )
    d_id = cccd_copy(ctx, son, received="Căn cước công dân của người được ủy quyền (bản sao)")
    docs = [d_tk, d_uq, d_id]
    procedure = "Cấp bản sao trích lục hộ tịch"
    rec = receipt(ctx, BINH_DINH, "0577", when, due, tthc="2.000635", procedure=procedure,
                  area="Hộ tịch", days="01 ngày làm việc", applicant=son, docs=docs, counter=6)
    return Dossier(rec.fields["ma_ho_so"], procedure, "hẻm chợ Gò Găng cũ", [rec, *docs],
                   ["clean", "blur", "clean", "noise"], rotations={3: 90})


def dossier_09(ctx: Ctx) -> Dossier:
    """Đắk Lắk: splitting a coffee plot; clean lossless pages."""
    owner = ctx.person("Phạm Văn Thành", "1971-01-16", True, "066",
                       "số 92 đường Y Wang, phường Ea Tam, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk",
                       "xã Hòa Tiến, huyện Krông Pắc, tỉnh Đắk Lắk")
    when, due = datetime(2025, 2, 25, 7, 55), datetime(2025, 3, 11, 10, 0)
    place = "rẫy cà phê buôn Ko Tam, xã Ea Tu, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk"
    p = ctx.page()
    p.pt = 12.0
    p.right("Mẫu số 11/ĐK", pt=SMALL)
    motto(p)
    p.title("ĐƠN ĐỀ NGHỊ TÁCH THỬA ĐẤT, HỢP THỬA ĐẤT")
    p.center("Kính gửi: Chi nhánh Văn phòng đăng ký đất đai thành phố Buôn Ma Thuột")
    p.gap(2.0)
    p.head("1. Người sử dụng đất:")
    p.field(f"1.1. Tên người sử dụng đất: ông {owner.name}, sinh năm {owner.born.year}")
    p.field(f"1.2. {id_line(owner)}")
    p.field(f"1.3. Địa chỉ: {owner.home}")
    p.field(f"1.4. Số điện thoại: {owner.phone}")
    p.head("2. Đề nghị tách thửa đất như sau:")
    p.field("2.1. Thửa đất đề nghị tách: thửa đất số 156, tờ bản đồ số 21")
    p.field(f"2.2. Địa chỉ: {place}")
    p.field("2.3. Diện tích: 2.400,0 m2; mục đích sử dụng: Đất trồng cây lâu năm")
    p.field("2.4. Tách thành 02 thửa: thửa thứ nhất 1.000,0 m2; thửa thứ hai 1.400,0 m2")
    p.field("2.5. Lý do tách thửa: Tặng cho con một phần thửa đất để canh tác")
    p.head("3. Giấy tờ nộp kèm theo đơn này gồm có:")
    for item in ("- Giấy chứng nhận quyền sử dụng đất số phát hành CT 093817;",
                 "- Bản vẽ tách thửa đất do đơn vị đo đạc có chức năng lập;",
                 "- Biên lai thu phí thẩm định hồ sơ."):
        p.para(item, indent=5.0, hang=8.0)
    p.gap(1.0)
    p.p("Tôi cam đoan nội dung kê khai trên đơn là đúng sự thật, nếu sai tôi hoàn toàn chịu "
        "trách nhiệm trước pháp luật.")
    p.right(place_date("Buôn Ma Thuột", date(2025, 2, 24)), pt=12.0)
    sign(p, None, signer(["NGƯỜI VIẾT ĐƠN"], owner.name, note="(Ký, ghi rõ họ tên)", space=20.0))
    d_don = Doc("don_de_nghi", [p], {"ho_ten": owner.name, "so_cccd": owner.cccd},
                "Đơn đề nghị tách thửa đất, hợp thửa đất (bản chính)")
    parcel = Parcel(156, 21, place, "2.400,0", "Đất trồng cây lâu năm", "Đến ngày 15/10/2063",
                    "Công nhận quyền sử dụng đất như giao đất không thu tiền sử dụng đất")
    d_gcn = gcn(ctx, [f"Ông: {owner.name}; sinh năm: {owner.born.year}; CMND số: 240981526"],
                owner.home, parcel, place="Buôn Ma Thuột", issued=date(2018, 9, 5),
                authority=["TM. ỦY BAN NHÂN DÂN", "THÀNH PHỐ BUÔN MA THUỘT", "KT. CHỦ TỊCH",
                           "PHÓ CHỦ TỊCH"],
                name="Lê Đình Khoa", book_no="CH 05563", serial="CT 093817",
                fields={"so_ky_hieu": "CH 05563", "ngay_ban_hanh": "2018-09-05",
                        "co_quan_ban_hanh": "Ủy ban nhân dân thành phố Buôn Ma Thuột",
                        "ho_ten": owner.name})
    d_bl = bien_lai(ctx, ["CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ", "ĐẤT ĐAI TP. BUÔN MA THUỘT"],
                    "6000537194", "ĐL-25P", "0001265", owner,
                    "Phí thẩm định hồ sơ tách thửa đất", 350_000, place="Buôn Ma Thuột",
                    day=when.date(), collector="H Mai Niê",
                    issuer="Chi nhánh Văn phòng đăng ký đất đai TP. Buôn Ma Thuột")
    docs = [d_don, d_gcn, d_bl]
    procedure = "Tách thửa hoặc hợp thửa đất"
    rec = receipt(ctx, DAK_LAK, "0204", when, due, tthc="1.012765", procedure=procedure,
                  area="Đất đai", days="10 ngày làm việc", applicant=owner, docs=docs, counter=8)
    return Dossier(rec.fields["ma_ho_so"], procedure, "rẫy cà phê buôn Ko Tam", [rec, *docs],
                   ["clean", "clean", "clean", "clean"], missing=("so_do_thua_dat",))


def dossier_10(ctx: Ctx) -> Dossier:
    """Cà Mau: registration of a mortgage, filed by a bank officer (power of attorney in
    colour)."""
    bank = "Ngân hàng Thương mại cổ phần Đất Mũi - Chi nhánh Cà Mau"
    bank_addr = "số 18 đường Phan Ngọc Hiển, phường 5, thành phố Cà Mau, tỉnh Cà Mau"
    director = ctx.person("Tạ Quang Vinh", "1976-10-10", True, "096", bank_addr,
                          "xã Tân Thành, thành phố Cà Mau, tỉnh Cà Mau")
    officer = ctx.person("Lâm Thị Kiều Oanh", "1992-03-03", False, "096",
                         "khóm 4, phường 8, thành phố Cà Mau, tỉnh Cà Mau",
                         "xã Lý Văn Lâm, thành phố Cà Mau, tỉnh Cà Mau")
    farmer = ctx.person("Huỳnh Văn Tấn", "1979-07-07", True, "096",
                        "ấp Rạch Tàu, xã Đất Mũi, huyện Ngọc Hiển, tỉnh Cà Mau",
                        "xã Đất Mũi, huyện Ngọc Hiển, tỉnh Cà Mau")
    when, due = datetime(2025, 6, 3, 13, 50), datetime(2025, 6, 4, 13, 50)
    signed = date(2025, 6, 2)
    contract = "0825/2025/HĐTC-ĐM"

    p = ctx.page()
    p.pt = 12.0
    motto(p)
    p.title("PHIẾU YÊU CẦU ĐĂNG KÝ BIỆN PHÁP BẢO ĐẢM\nBẰNG QUYỀN SỬ DỤNG ĐẤT")
    p.center("Kính gửi: Văn phòng đăng ký đất đai tỉnh Cà Mau")
    p.gap(2.0)
    p.head("1. Người yêu cầu đăng ký")
    p.field(f"1.1. Tên: {bank}")
    p.field(f"1.2. Địa chỉ: {bank_addr}")
    p.field(f"1.3. Người nộp hồ sơ: bà {officer.name}; Căn cước công dân số: {officer.cccd}")
    p.head("2. Bên bảo đảm")
    p.field(f"2.1. Tên: ông {farmer.name}, sinh năm {farmer.born.year}")
    p.field(f"2.2. {id_line(farmer)}")
    p.field(f"2.3. Địa chỉ: {farmer.home}")
    p.head("3. Bên nhận bảo đảm")
    p.field(f"{bank}", hang=5.0)
    p.head("4. Mô tả tài sản bảo đảm")
    p.field("4.1. Quyền sử dụng đất: thửa đất số 47, tờ bản đồ số 5; diện tích 6.350,0 m2")
    p.field("4.2. Địa chỉ: vuông tôm ấp Rạch Tàu, xã Đất Mũi, huyện Ngọc Hiển, tỉnh Cà Mau")
    p.field("4.3. Giấy chứng nhận số phát hành DA 561207; số vào sổ cấp GCN: CH 01960")
    p.head(f"5. Hợp đồng bảo đảm: số {contract} ký ngày {dmy(signed)}")
    p.gap(1.0)
    p.p("Người yêu cầu đăng ký cam đoan những thông tin kê khai trên phiếu này là trung thực, "
        "đầy đủ, phù hợp với thỏa thuận của các bên và chịu trách nhiệm trước pháp luật về các "
        "thông tin đã kê khai.")
    p.right(place_date("Cà Mau", when.date()), pt=12.0)
    note = "(Ký, ghi rõ họ tên)"
    sign(p, signer(["BÊN BẢO ĐẢM"], farmer.name, note=note, space=18.0),
         signer(["NGƯỜI YÊU CẦU ĐĂNG KÝ"], officer.name, note=note, space=18.0))
    d_phieu = Doc("don_de_nghi", [p], {"ho_ten": officer.name, "so_cccd": officer.cccd},
                  "Phiếu yêu cầu đăng ký biện pháp bảo đảm (bản chính)")

    h = ctx.page()
    h.pt = 12.0
    motto(h)
    h.title("HỢP ĐỒNG THẾ CHẤP QUYỀN SỬ DỤNG ĐẤT")
    h.center(f"Số: {contract}", "b", 12.0)
    h.gap(1.0)
    h.p(f"Hôm nay, {long_date(signed)}, tại {bank}, chúng tôi gồm:")
    h.head("BÊN THẾ CHẤP (Bên A):")
    h.field(f"Ông: {farmer.name}, sinh năm {farmer.born.year}")
    h.field(id_line(farmer), hang=5.0)
    h.field(f"Địa chỉ: {farmer.home}", hang=5.0)
    h.head("BÊN NHẬN THẾ CHẤP (Bên B):")
    h.field(bank, hang=5.0)
    h.field(f"Đại diện: ông {director.name}; chức vụ: Giám đốc")
    h.head("Điều 1. Nghĩa vụ được bảo đảm")
    h.p("Bên A thế chấp quyền sử dụng đất để bảo đảm nghĩa vụ trả nợ theo Hợp đồng tín dụng số "
        f"0417/2025/HĐTD-ĐM ngày {dmy(signed)}, số tiền vay {money(850_000_000)} đồng (Bằng "
        f"chữ: {money_words(850_000_000)}).")
    h.head("Điều 2. Tài sản thế chấp")
    h.p("Quyền sử dụng thửa đất số 47, tờ bản đồ số 5, diện tích 6.350,0 m2, mục đích sử dụng: "
        "đất nuôi trồng thủy sản, tại ấp Rạch Tàu, xã Đất Mũi, huyện Ngọc Hiển, tỉnh Cà Mau.")
    h.head("Điều 3. Đăng ký thế chấp")
    h.p("Bên B có trách nhiệm đăng ký thế chấp tại cơ quan đăng ký đất đai trong thời hạn 05 "
        "ngày làm việc kể từ ngày ký Hợp đồng này.")
    h.head("Điều 4. Điều khoản chung")
    h.p("Hợp đồng có hiệu lực kể từ ngày ký, được lập thành 03 bản có giá trị pháp lý như nhau.")
    h.gap(2.0)
    sign(h, signer(["BÊN THẾ CHẤP"], farmer.name, note=note, space=18.0),
         signer(["BÊN NHẬN THẾ CHẤP", "GIÁM ĐỐC"], director.name, space=22.0), seal="right")
    d_hd = Doc("hop_dong", [h],
               {"so_ky_hieu": contract, "ngay_ban_hanh": signed.isoformat(),
                "ho_ten": farmer.name, "so_cccd": farmer.cccd},
               "Hợp đồng thế chấp quyền sử dụng đất (bản chính)")

    u = ctx.page(color=True)
    u.pt = 12.0
    u.y = 14.0
    left = [L("NGÂN HÀNG TMCP ĐẤT MŨI", "b", 12.0), L("CHI NHÁNH CÀ MAU", "b", 12.0, rule=22.0),
            L("Số: 112/2025/UQ-ĐMCM", "r", 12.0)]
    right = [L(MOTTO, "b", 12.0), L(MOTTO2, "b", 13.0, rule=-1),
             L(place_date("Cà Mau", signed), "i", 12.0)]
    u.pair(left, right, (14.0, 88.0), (88.0, 200.0))
    u.gap(4.0)
    u.title("GIẤY ỦY QUYỀN")
    u.gap(1.0)
    u.field("Căn cứ Bộ luật Dân sự năm 2015;", style="i")
    u.field("Căn cứ Điều lệ Ngân hàng Thương mại cổ phần Đất Mũi;", style="i")
    u.head("BÊN ỦY QUYỀN:")
    u.field(f"Ông: {director.name}; chức vụ: Giám đốc {bank}", hang=5.0)
    u.field(id_line(director), hang=5.0)
    u.field(f"Địa chỉ: {bank_addr}", hang=5.0)
    u.head("BÊN ĐƯỢC ỦY QUYỀN:")
    u.field(f"Bà: {officer.name}; chức vụ: Chuyên viên quan hệ khách hàng")
    u.field(id_line(officer), hang=5.0)
    u.head("NỘI DUNG ỦY QUYỀN:")
    u.p("Bên được ủy quyền thay mặt Bên ủy quyền ký Phiếu yêu cầu đăng ký biện pháp bảo đảm, "
        "nộp hồ sơ và nhận kết quả đăng ký thế chấp quyền sử dụng đất đối với tài sản bảo đảm "
        f"của khách hàng {farmer.name} theo Hợp đồng thế chấp số {contract}.")
    u.head("THỜI HẠN ỦY QUYỀN:")
    u.p("Từ ngày ký đến hết ngày 31/12/2025.")
    u.gap(2.0)
    sign(u, signer(["BÊN ĐƯỢC ỦY QUYỀN"], officer.name, note=note, space=22.0),
         signer(["BÊN ỦY QUYỀN", "GIÁM ĐỐC"], director.name, space=30.0), seal="right")
    d_uq = Doc("giay_uy_quyen", [u],
               {"so_ky_hieu": "112/2025/UQ-ĐMCM", "ngay_ban_hanh": signed.isoformat(),
                "co_quan_ban_hanh": "Ngân hàng TMCP Đất Mũi chi nhánh Cà Mau",
                "ho_ten": director.name, "so_cccd": director.cccd},
               "Giấy ủy quyền (bản chính)")
    docs = [d_phieu, d_hd, d_uq]
    procedure = "Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất"
    rec = receipt(ctx, CA_MAU, "0419", when, due, tthc="1.013007", procedure=procedure,
                  area="Đăng ký biện pháp bảo đảm", days="01 ngày làm việc", applicant=officer,
                  docs=docs, counter=12)
    return Dossier(rec.fields["ma_ho_so"], procedure, "vuông tôm ấp Rạch Tàu", [rec, *docs],
                   ["clean", "clean", "clean", "clean"], missing=("giay_chung_nhan_qsdd",))


def dossier_11(ctx: Ctx) -> Dossier:
    """Quảng Ninh: re-registration of an old man's birth by his granddaughter (duplex batch; the
    power of attorney's short second page is printed on the back of its first)."""
    origin = "xã Đồn Đạc, huyện Ba Chẽ, tỉnh Quảng Ninh"
    old = ctx.person("Lục Văn Thìn", "1949-03-12", True, "022", f"thôn Khe Lục, {origin}", origin,
                     ethnic="Tày")
    grand = ctx.person("Lục Thị Hồng Vân", "1994-11-02", False, "022",
                       "khu 3, thị trấn Ba Chẽ, huyện Ba Chẽ, tỉnh Quảng Ninh", origin,
                       ethnic="Tày")
    when, due = datetime(2025, 7, 8, 7, 40), datetime(2025, 7, 15, 7, 40)
    commune = f"Ủy ban nhân dân {origin}"
    p = ctx.page()
    p.pt = 12.0
    motto(p)
    p.title("TỜ KHAI ĐĂNG KÝ LẠI KHAI SINH")
    p.center(f"Kính gửi: {commune}")
    p.gap(2.0)
    p.field(f"Họ, chữ đệm, tên người yêu cầu: {grand.name}")
    p.field(f"Nơi cư trú: {grand.home}", hang=5.0)
    p.field(f"Giấy tờ tùy thân: {id_line(grand)}", hang=5.0)
    p.field("Quan hệ với người được khai sinh: Cháu nội (được ủy quyền)")
    p.field("Đề nghị cơ quan đăng ký lại khai sinh cho người dưới đây:", style="b")
    p.field(f"Họ, chữ đệm, tên: {old.name}")
    p.field(f"Ngày, tháng, năm sinh: {dmy(old.born)}, ghi bằng chữ: {date_words(old.born)}",
            hang=5.0)
    p.segs([(0, f"Giới tính: {old.sex}"), (50, f"Dân tộc: {old.ethnic}"),
            (100, "Quốc tịch: Việt Nam")])
    p.field(f"Nơi sinh: thôn Khe Lục, {origin}", hang=5.0)
    p.field(f"Quê quán: {origin}", hang=5.0)
    for role, name, born in (("mẹ", "Triệu Thị Nhì", 1924), ("cha", "Lục Văn Páo", 1920)):
        p.field(f"Họ, chữ đệm, tên người {role}: {name}")
        p.segs([(0, f"Năm sinh: {born}"), (50, "Dân tộc: Tày"), (100, "Quốc tịch: Việt Nam")])
    p.field("Đã đăng ký khai sinh tại: Ủy ban kháng chiến hành chính xã Đồn Đạc, năm 1950",
            hang=5.0)
    p.field("Lý do đăng ký lại: sổ hộ tịch và bản chính Giấy khai sinh bị mất khi nhà bị lũ "
            "cuốn năm 2008.", hang=5.0)
    p.gap(1.0)
    p.p("Tôi cam đoan nội dung đề nghị đăng ký lại khai sinh trên đây là đúng sự thật và chịu "
        "hoàn toàn trách nhiệm trước pháp luật về nội dung cam đoan của mình.")
    p.right(f"Làm tại: {place_date('xã Đồn Đạc', when.date())}", pt=12.0)
    sign(p, None, signer(["Người yêu cầu"], grand.name, note="(Ký, ghi rõ họ, chữ đệm, tên)",
                         space=18.0))
    d_tk = Doc("don_de_nghi", [p], {"ho_ten": grand.name, "so_cccd": grand.cccd},
               "Tờ khai đăng ký lại khai sinh (bản chính)")

    day = date(2025, 7, 4)
    u1, u2 = ctx.page(), ctx.page()
    for pg in (u1, u2):
        pg.pt = 12.0
    motto(u1)
    u1.title("GIẤY ỦY QUYỀN")
    u1.gap(1.0)
    u1.field("Căn cứ Bộ luật Dân sự năm 2015;", style="i")
    u1.field("Căn cứ Luật Hộ tịch năm 2014;", style="i")
    u1.p(f"Hôm nay, {long_date(day)}, tại nhà ông {old.name}, {old.home}, chúng tôi gồm:")
    for head, person in (("I. BÊN ỦY QUYỀN", old), ("II. BÊN ĐƯỢC ỦY QUYỀN", grand)):
        u1.head(head)
        u1.field(f"Họ và tên: {person.name}")
        u1.segs([(0, f"Ngày sinh: {dmy(person.born)}"), (70, f"Giới tính: {person.sex}")])
        u1.field(id_line(person), hang=5.0)
        u1.field(f"Nơi cư trú: {person.home}", hang=5.0)
    u1.field("Quan hệ giữa bên được ủy quyền và bên ủy quyền: Cháu nội")
    u1.head("III. NỘI DUNG ỦY QUYỀN")
    u1.p("Bên được ủy quyền thay mặt bên ủy quyền thực hiện thủ tục đăng ký lại khai sinh cho "
         "bên ủy quyền: ký tờ khai, nộp hồ sơ, nộp lệ phí và nhận kết quả tại cơ quan có thẩm "
         "quyền. Bên ủy quyền tuổi cao, đi lại khó khăn nên không tự đến nộp hồ sơ được.")
    u1.head("IV. THỜI HẠN ỦY QUYỀN")
    u1.p("Kể từ ngày ký đến khi hoàn thành công việc được ủy quyền.")
    u2.y = 20.0
    u2.head("V. CAM KẾT")
    u2.p("Hai bên cam kết chịu trách nhiệm về nội dung ủy quyền.")
    u2.p("Giấy ủy quyền lập thành 02 bản, mỗi bên giữ 01 bản.")
    u2.gap(2.0)
    u2.right(place_date("Đồn Đạc", day), pt=12.0)
    note = "(Ký, ghi rõ họ tên)"
    sign(u2, signer(["BÊN ỦY QUYỀN"], old.name, note=note, space=20.0),
         signer(["BÊN ĐƯỢC ỦY QUYỀN"], grand.name, note=note, space=20.0))
    d_uq = Doc("giay_uy_quyen", [u1, u2],
               {"ngay_ban_hanh": day.isoformat(), "ho_ten": old.name, "so_cccd": old.cccd},
               "Giấy ủy quyền (bản chính)")
    d_id = cccd_copy(ctx, old, cert=copy_cert("164", "01/2025-SCT/BS", date(2025, 7, 4),
                                              ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Hoàng Văn Sìn"),
                     received="Căn cước công dân của người được khai sinh (bản sao)")
    docs = [d_tk, d_uq, d_id]
    procedure = "Đăng ký lại khai sinh"
    rec = receipt(ctx, QUANG_NINH, "0214", when, due, tthc="1.004884", procedure=procedure,
                  area="Hộ tịch", days="05 ngày làm việc", applicant=grand, docs=docs, counter=2,
                  sheets=3)
    return Dossier(rec.fields["ma_ho_so"], procedure, "thôn Khe Lục", [rec, *docs],
                   ["clean", "empty", "clean", "blank", "plain", "empty", "clean", "clean",
                    "noise", "blank"], backs=(3,))


def dossier_12(ctx: Ctx) -> Dossier:
    """Quảng Ninh: a mother gives a rice field to her son (same batch; an older receipt form
    without a QR code; the two-page contract is printed on both sides of one sheet)."""
    commune = "xã Quảng Minh, huyện Hải Hà, tỉnh Quảng Ninh"
    mother = ctx.person("Lê Thị Xuân Hoa", "1956-01-20", False, "022", f"thôn 4, {commune}",
                        commune)
    son = ctx.person("Trần Văn Khải", "1983-06-15", True, "022",
                     "khu phố 2, thị trấn Quảng Hà, huyện Hải Hà, tỉnh Quảng Ninh", commune)
    when, due = datetime(2025, 7, 8, 8, 25), datetime(2025, 7, 22, 8, 0)
    day = date(2025, 7, 3)
    parcel = Parcel(214, 17, f"xứ đồng Cửa Đình, thôn 4, {commune}", "1.086,0",
                    "Đất trồng lúa", "Đến ngày 15/10/2063",
                    "Nhà nước giao đất không thu tiền sử dụng đất")
    hd1, hd2 = ctx.page(), ctx.page()
    for pg in (hd1, hd2):
        pg.pt = 12.0
    motto(hd1)
    hd1.title("HỢP ĐỒNG TẶNG CHO QUYỀN SỬ DỤNG ĐẤT")
    hd1.gap(1.0)
    hd1.p(f"Hôm nay, {long_date(day)}, tại Văn phòng công chứng Hải Hà, tỉnh Quảng Ninh, chúng "
          "tôi gồm có:")
    hd1.head("BÊN TẶNG CHO (sau đây gọi là Bên A):")
    hd1.field(f"Bà: {mother.name}, sinh ngày {dmy(mother.born)}")
    hd1.field(id_line(mother), hang=5.0)
    hd1.field(f"Thường trú tại: {mother.home}", hang=5.0)
    hd1.head("BÊN ĐƯỢC TẶNG CHO (sau đây gọi là Bên B):")
    hd1.field(f"Ông: {son.name}, sinh ngày {dmy(son.born)}")
    hd1.field(id_line(son), hang=5.0)
    hd1.field(f"Thường trú tại: {son.home}", hang=5.0)
    hd1.p("Bên B là con đẻ của Bên A. Hai bên đồng ý thực hiện việc tặng cho quyền sử dụng đất "
          "với các thỏa thuận sau đây:")
    hd1.head("Điều 1. Quyền sử dụng đất tặng cho")
    hd1.p("Bên A tặng cho Bên B toàn bộ quyền sử dụng thửa đất theo Giấy chứng nhận số phát hành "
          "BG 310475, số vào sổ cấp GCN: CH 00867 do Ủy ban nhân dân huyện Hải Hà cấp ngày "
          "26/09/2011:")
    hd1.field(f"- Thửa đất số: {parcel.number}; tờ bản đồ số: {parcel.sheet};", hang=3.0)
    hd1.field(f"- Địa chỉ: {parcel.address};", hang=3.0)
    hd1.field(f"- Diện tích: {parcel.area} m2 ({parcel.area_words()});", hang=3.0)
    hd1.field(f"- Mục đích sử dụng: {parcel.use}; thời hạn sử dụng: đến ngày 15/10/2063.",
              hang=3.0)
    hd1.head("Điều 2. Việc giao và đăng ký quyền sử dụng đất")
    hd1.p("Bên A giao thửa đất cùng bản chính Giấy chứng nhận cho Bên B ngay sau khi ký Hợp đồng "
          "này. Bên B có nghĩa vụ đăng ký biến động tại cơ quan đăng ký đất đai theo quy định.")

    hd2.head("Điều 3. Thuế, phí và lệ phí")
    hd2.p("Việc tặng cho giữa mẹ đẻ và con đẻ được miễn thuế thu nhập cá nhân và lệ phí trước "
          "bạ; phí thẩm định hồ sơ và các chi phí khác do Bên B nộp.")
    hd2.head("Điều 4. Cam đoan của các bên")
    hd2.p("Bên A cam đoan thửa đất không có tranh chấp, không bị kê biên để bảo đảm thi hành án "
          "và còn trong thời hạn sử dụng. Bên B cam đoan đã xem xét kỹ, biết rõ về thửa đất và "
          "các giấy tờ về quyền sử dụng đất.")
    hd2.head("Điều 5. Điều khoản cuối cùng")
    hd2.p("Hai bên đã tự đọc lại Hợp đồng, hiểu rõ quyền, nghĩa vụ và hậu quả pháp lý của việc "
          "giao kết Hợp đồng này. Hợp đồng được lập thành 04 bản, mỗi bên giữ 01 bản, lưu tại "
          "Văn phòng công chứng 01 bản, nộp cơ quan đăng ký đất đai 01 bản.")
    hd2.gap(2.0)
    note = "(Ký, ghi rõ họ tên)"
    sign(hd2, signer(["BÊN A"], mother.name, note=note, space=18.0),
         signer(["BÊN B"], son.name, note=note, space=18.0))
    hd2.gap(3.0)
    hd2.center("LỜI CHỨNG CỦA CÔNG CHỨNG VIÊN", "b", 12.0)
    hd2.p(f"Ngày {day.day:02d} tháng {day.month} năm {day.year}, tại Văn phòng công chứng Hải "
          "Hà, tôi, Phạm Thị Thu Hằng, công chứng viên, chứng nhận: Hợp đồng này được giao kết "
          "giữa các bên có tên trên; các bên tự nguyện thỏa thuận, có năng lực hành vi dân sự "
          "phù hợp theo quy định của pháp luật và đã ký vào Hợp đồng trước mặt tôi.")
    hd2.field("Số công chứng: 2317, quyển số 03/2025 TP/CC-SCC/HĐGD.")
    sign(hd2, None, signer(["CÔNG CHỨNG VIÊN"], "Phạm Thị Thu Hằng", space=22.0), seal="right")
    d_hd = Doc("hop_dong", [hd1, hd2],
               {"so_ky_hieu": "2317", "ngay_ban_hanh": day.isoformat(), "ho_ten": mother.name,
                "so_cccd": mother.cccd},
               "Hợp đồng tặng cho quyền sử dụng đất đã công chứng (bản chính)")
    d_gcn = gcn(ctx, [f"Bà: {mother.name}; sinh năm: {mother.born.year}; CMND số: 100274519"],
                mother.home, parcel, place="Hải Hà", issued=date(2011, 9, 26),
                authority=["TM. ỦY BAN NHÂN DÂN", "HUYỆN HẢI HÀ", "KT. CHỦ TỊCH",
                           "PHÓ CHỦ TỊCH"],
                name="Vi Văn Thành", book_no="CH 00867", serial="BG 310475",
                fields={"so_ky_hieu": "CH 00867", "ngay_ban_hanh": "2011-09-26",
                        "co_quan_ban_hanh": "Ủy ban nhân dân huyện Hải Hà",
                        "ho_ten": mother.name})
    d_bl = bien_lai(ctx, ["VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", "TỈNH QUẢNG NINH"], "5700486213",
                    "QN-25P", "0003184", son, "Phí thẩm định hồ sơ đăng ký biến động đất đai",
                    300_000, place="Hạ Long", day=when.date(), collector="Chìu Thị Lan",
                    issuer="Văn phòng đăng ký đất đai tỉnh Quảng Ninh")
    docs = [d_hd, d_gcn, d_bl]
    procedure = "Đăng ký biến động đất đai do tặng cho quyền sử dụng đất"
    rec = receipt(ctx, QUANG_NINH, "0221", when, due, tthc="1.004227", procedure=procedure,
                  area="Đất đai", days="10 ngày làm việc", applicant=son, docs=docs, counter=5,
                  qr=False, sheets=3)
    return Dossier(rec.fields["ma_ho_so"], procedure, "xứ đồng Cửa Đình", [rec, *docs],
                   ["clean", "empty", "plain", "blank", "clean", "clean", "plain", "blank",
                    "clean", "empty"], backs=(2,), missing=("don_de_nghi",))


def dossier_13(ctx: Ctx) -> Dossier:
    """Thanh Hóa: a certificate of marital status; the pages photographed with a phone."""
    commune = "xã Hoằng Phong, huyện Hoằng Hóa, tỉnh Thanh Hóa"
    bride = ctx.person("Mai Thị Thùy Dung", "1997-05-24", False, "038",
                       f"thôn Bạch Đằng, {commune}", commune)
    when, due = datetime(2025, 8, 19, 14, 10), datetime(2025, 8, 22, 14, 0)
    p = ctx.page()
    p.pt = 12.0
    motto(p)
    p.title("TỜ KHAI CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN")
    p.center(f"Kính gửi: Ủy ban nhân dân {commune}")
    p.gap(2.0)
    p.field(f"Họ, chữ đệm, tên người yêu cầu: {bride.name}")
    p.field(f"Nơi cư trú: {bride.home}", hang=5.0)
    p.field(f"Giấy tờ tùy thân: {id_line(bride)}", hang=5.0)
    p.field("Quan hệ với người được cấp Giấy xác nhận tình trạng hôn nhân: Bản thân")
    p.field("Đề nghị cấp Giấy xác nhận tình trạng hôn nhân cho người có tên dưới đây:",
            style="b")
    p.field(f"Họ, chữ đệm, tên: {bride.name}")
    p.segs([(0, f"Ngày sinh: {dmy(bride.born)}"), (60, f"Giới tính: {bride.sex}"),
            (105, f"Dân tộc: {bride.ethnic}")])
    p.field(f"Nơi cư trú: {bride.home}", hang=5.0)
    p.field("Nghề nghiệp: công nhân xưởng chế biến mắm Ba Làng")
    p.field("Tình trạng hôn nhân: Chưa đăng ký kết hôn với ai", hang=5.0)
    p.field("Mục đích sử dụng Giấy xác nhận tình trạng hôn nhân: để đăng ký kết hôn với ông Lê "
            "Đình Quý, sinh năm 1995, thường trú tại xã Hoằng Trường, huyện Hoằng Hóa.",
            hang=5.0)
    p.field("Số lượng Giấy xác nhận tình trạng hôn nhân yêu cầu: 01 bản")
    p.gap(1.0)
    p.p("Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước "
        "pháp luật về cam đoan của mình.")
    p.right(f"Làm tại: {place_date('xã Hoằng Phong', date(2025, 8, 18))}", pt=12.0)
    sign(p, None, signer(["Người yêu cầu"], bride.name, note="(Ký, ghi rõ họ, chữ đệm, tên)",
                         space=20.0))
    d_tk = Doc("don_de_nghi", [p], {"ho_ten": bride.name, "so_cccd": bride.cccd},
               "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân (bản chính)")
    d_id = cccd_copy(ctx, bride, cert=copy_cert("402", "02/2025-SCT/BS", date(2025, 8, 18),
                                                ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
                                                "Lê Văn Tiến"),
                     received="Căn cước công dân (bản sao có chứng thực)")
    docs = [d_tk, d_id]
    procedure = "Cấp Giấy xác nhận tình trạng hôn nhân"
    rec = receipt(ctx, THANH_HOA, "0633", when, due, tthc="1.004873", procedure=procedure,
                  area="Hộ tịch", days="03 ngày làm việc", applicant=bride, docs=docs,
                  counter=10)
    return Dossier(rec.fields["ma_ho_so"], procedure, "xưởng chế biến mắm Ba Làng", [rec, *docs],
                   ["shadow", "photo", "shadow"])


def dossier_14(ctx: Ctx) -> Dossier:
    """Cà Mau: renewal of a worn land certificate, filed by the owner's daughter; three pages of
    the scan are unusable (150 dpi, cut off, blurred) and were scanned again."""
    hamlet = "ấp Tân Điền A, xã Khánh Bình Tây, huyện Trần Văn Thời, tỉnh Cà Mau"
    owner = ctx.person("Dương Văn Út", "1955-02-03", True, "096", hamlet,
                       "xã Khánh Bình Tây, huyện Trần Văn Thời, tỉnh Cà Mau")
    daughter = ctx.person("Dương Thị Mộng Tuyền", "1988-10-27", False, "096",
                          "số 27 đường Kênh Xáng Đội Cường, khóm 3, thị trấn Trần Văn Thời, "
                          "huyện Trần Văn Thời, tỉnh Cà Mau", owner.origin, issued="2024-09-20")
    when, due = datetime(2025, 9, 16, 9, 20), datetime(2025, 9, 25, 9, 0)
    parcel = Parcel(93, 6, hamlet, "3.240,0", "Đất trồng cây lâu năm", "Đến ngày 05/11/2060",
                    "Nhà nước giao đất không thu tiền sử dụng đất")
    p = ctx.page()
    p.pt = 12.0
    p.x0, p.x1 = 25.0, 195.0
    p.right("Mẫu số 10/ĐK", pt=SMALL)
    motto(p)
    p.title("ĐƠN ĐỀ NGHỊ CẤP ĐỔI GIẤY CHỨNG NHẬN\nQUYỀN SỬ DỤNG ĐẤT")
    p.center("Kính gửi: Văn phòng đăng ký đất đai tỉnh Cà Mau")
    p.gap(2.0)
    p.head("I. PHẦN KÊ KHAI CỦA NGƯỜI SỬ DỤNG ĐẤT")
    p.field(f"1. Người sử dụng đất: ông {owner.name}, sinh năm {owner.born.year}; "
            f"{id_line(owner)}; địa chỉ thường trú: {owner.home}", align="j")
    p.field("2. Giấy chứng nhận đã cấp đề nghị được cấp đổi: số phát hành AK 095318, số vào sổ "
            "cấp GCN: CH 00215 do Ủy ban nhân dân huyện Trần Văn Thời cấp ngày 05/11/2010",
            align="j")
    p.field(f"3. Thửa đất số {parcel.number}, tờ bản đồ số {parcel.sheet}, diện tích "
            f"{parcel.area} m2, mục đích sử dụng: đất trồng cây lâu năm, tại {hamlet}", align="j")
    p.field("4. Lý do đề nghị cấp đổi: Giấy chứng nhận đã cấp bị ố vàng, mục và rách ở các mép "
            "giấy do nhà bị ngập nước trong mùa mưa năm 2024, nhiều chữ không còn đọc được; đề "
            "nghị cấp đổi sang Giấy chứng nhận theo mẫu mới.", align="j")
    p.field("5. Giấy tờ nộp kèm theo đơn này gồm có: bản gốc Giấy chứng nhận đã cấp; giấy ủy "
            "quyền của người sử dụng đất cho con gái nộp hồ sơ và nhận kết quả; bản sao căn "
            "cước của người được ủy quyền; biên lai thu phí thẩm định hồ sơ.", align="j")
    p.gap(1.0)
    p.p("Tôi xin cam đoan nội dung kê khai trên đơn là đúng sự thật, nếu sai tôi hoàn toàn chịu "
        "trách nhiệm trước pháp luật.", align="j")
    p.right(place_date("Khánh Bình Tây", date(2025, 9, 12)), pt=12.0)
    sign(p, None, signer(["NGƯỜI VIẾT ĐƠN"], owner.name, note="(Ký, ghi rõ họ tên)", space=20.0))
    d_don = Doc("don_de_nghi", [p], {"ho_ten": owner.name, "so_cccd": owner.cccd},
                "Đơn đề nghị cấp đổi Giấy chứng nhận (bản chính)")
    d_gcn = gcn(ctx, [f"Ông: {owner.name}; sinh năm: {owner.born.year}; CMND số: 380627194"],
                owner.home, parcel, place="Trần Văn Thời", issued=date(2010, 11, 5),
                authority=["TM. ỦY BAN NHÂN DÂN", "HUYỆN TRẦN VĂN THỜI", "KT. CHỦ TỊCH",
                           "PHÓ CHỦ TỊCH"],
                name="Tô Văn Lực", book_no="CH 00215", serial="AK 095318",
                fields={"so_ky_hieu": "CH 00215", "ngay_ban_hanh": "2010-11-05",
                        "co_quan_ban_hanh": "Ủy ban nhân dân huyện Trần Văn Thời",
                        "ho_ten": owner.name})
    d_uq = giay_uy_quyen(
        ctx, owner, daughter, where=hamlet, day=date(2025, 9, 12), relation="Con đẻ",
        content=f"Bên được ủy quyền thay mặt bên ủy quyền làm thủ tục cấp đổi Giấy chứng nhận "
        f"quyền sử dụng đất đối với thửa đất số {parcel.number}, tờ bản đồ số {parcel.sheet}, "
        f"{hamlet}: ký các giấy tờ, nộp hồ sơ, nộp phí và nhận Giấy chứng nhận mới tại cơ quan "
        "có thẩm quyền.",
        term="Kể từ ngày ký đến khi hoàn thành công việc được ủy quyền.",
    )
    d_id = cccd_copy(ctx, daughter, new_card=True,
                     received="Căn cước của người được ủy quyền (bản sao)")
    d_bl = bien_lai(ctx, ["VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", "TỈNH CÀ MAU"], "2000359187", "CM-25P",
                    "0006027", daughter, "Phí thẩm định hồ sơ cấp đổi Giấy chứng nhận",
                    150_000, place="Cà Mau", day=when.date(), collector="Lý Thị Cẩm Giang",
                    issuer="Văn phòng đăng ký đất đai tỉnh Cà Mau")
    docs = [d_don, d_gcn, d_uq, d_id, d_bl]
    procedure = "Cấp đổi Giấy chứng nhận quyền sử dụng đất"
    rec = receipt(ctx, CA_MAU, "0752", when, due, tthc="1.004203", procedure=procedure,
                  area="Đất đai", days="07 ngày làm việc", applicant=daughter, docs=docs,
                  counter=3)
    return Dossier(rec.fields["ma_ho_so"], procedure, "đường Kênh Xáng Đội Cường", [rec, *docs],
                   ["clean", "cutoff", "lowres", "blurred", "clean", "speckle"])


def dossier_15(ctx: Ctx) -> Dossier:
    """Thanh Hóa: a household registers its permanent residence in a rented social housing flat.
    The declaration lists the household in a ruled table, the lease prints its terms in two
    newspaper columns, and the fee receipt, ruled too, came in as a phone photo."""
    ward = "phường Đông Hải, thành phố Thanh Hóa, tỉnh Thanh Hóa"
    flat = f"căn hộ B3-0712, Khu nhà ở xã hội Bình Minh, {ward}"
    old_home = "xóm 4, xã Quảng Hợp, huyện Quảng Xương, tỉnh Thanh Hóa"
    head = ctx.person("Trịnh Văn Cường", "1986-09-02", True, "038", old_home, old_home)
    wife = ctx.person("Lê Thị Phương Thảo", "1989-04-17", False, "038", old_home,
                      "xã Quảng Ninh, huyện Quảng Xương, tỉnh Thanh Hóa")
    mother = ctx.person("Nguyễn Thị Xuân", "1958-12-25", False, "038", old_home, old_home)
    brother = ctx.person("Trịnh Văn Đức Thắng", "2004-06-30", True, "038", old_home, old_home)
    son = ctx.person("Trịnh Lê Minh Khôi", "2012-03-08", True, "038", old_home, old_home)
    girl = ctx.person("Trịnh Lê Bảo Ngọc Hân", "2015-11-19", False, "038", old_home, old_home)
    baby = ctx.person("Trịnh Lê Gia Bảo", "2021-07-04", True, "038", old_home, old_home)
    director = "Hoàng Minh Tuấn"
    company = "Công ty cổ phần Nhà ở xã hội Bình Minh"
    when, due = datetime(2025, 10, 14, 8, 40), datetime(2025, 10, 23, 8, 40)
    signed = date(2025, 10, 6)
    lease = "0418/2025/HĐTN-BM"
    note = "(Ký, ghi rõ họ tên)"

    p = ctx.page()
    p.pt = 12.0
    p.x0, p.x1 = 22.0, 192.0
    p.right("Mẫu CT01", pt=SMALL)
    motto(p)
    p.title("TỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ")
    p.center("Kính gửi: Công an phường Đông Hải, thành phố Thanh Hóa")
    p.gap(2.0)
    p.field(f"1. Họ, chữ đệm và tên: {head.name}")
    p.segs([(0, f"2. Ngày, tháng, năm sinh: {dmy(head.born)}"), (100, f"3. Giới tính: {head.sex}")])
    p.segs([(0, f"4. Số định danh cá nhân: {head.cccd}"),
            (100, f"5. Số điện thoại: {head.phone}")])
    p.segs([(0, f"6. Họ, chữ đệm, tên chủ hộ: {head.name}"),
            (110, "7. Quan hệ: Chủ hộ")])
    p.field(f"8. Nơi thường trú trước khi thay đổi: {old_home}", hang=5.0)
    p.field(f"9. Nội dung đề nghị: Đăng ký thường trú cho cả hộ gia đình vào chỗ ở hợp pháp do "
            f"thuê tại {flat} (Hợp đồng thuê nhà ở xã hội số {lease}).", hang=5.0)
    p.field("10. Những thành viên trong hộ gia đình cùng thay đổi:")
    p.gap(1.0)
    members = [(wife, "Vợ"), (mother, "Mẹ đẻ"), (brother, "Em ruột (sinh viên)"),
               (son, "Con đẻ"), (girl, "Con đẻ"), (baby, "Con đẻ")]
    p.table([10.0, 46.0, 27.0, 17.0, 35.0, 35.0],
            [["TT", "Họ, chữ đệm và tên", "Ngày, tháng, năm sinh", "Giới tính",
              "Số định danh cá nhân", "Mối quan hệ với chủ hộ"]]
            + [[f"{i}", m.name, dmy(m.born), m.sex, m.cccd, rel]
               for i, (m, rel) in enumerate(members, 1)],
            aligns="clcccl", pt=SMALL)
    p.gap(2.0)
    p.right(place_date("Thanh Hóa", date(2025, 10, 13)), pt=12.0)
    sign(p, signer(["Ý KIẾN CỦA CHỦ SỞ HỮU", "CHỖ Ở HỢP PHÁP"], director,
                   note="(Đồng ý; ký, ghi rõ họ tên)", space=18.0),
         signer(["NGƯỜI KÊ KHAI"], head.name, note=note, space=18.0))
    d_tk = Doc("don_de_nghi", [p], {"ho_ten": head.name, "so_cccd": head.cccd},
               "Tờ khai thay đổi thông tin cư trú (bản chính)")

    h = ctx.page()
    h.pt = 12.0
    h.y = 14.0
    nd30_header(h, ["CÔNG TY CỔ PHẦN", "NHÀ Ở XÃ HỘI BÌNH MINH"], lease,
                place_date("Thanh Hóa", signed))
    h.title("HỢP ĐỒNG THUÊ NHÀ Ở XÃ HỘI")
    h.center("Căn hộ B3-0712, nhà B3, Khu nhà ở xã hội Bình Minh", "i", SMALL)
    h.gap(3.0)
    terms = [
        f"Hôm nay, {long_date(signed)}, tại Ban quản lý Khu nhà ở xã hội Bình Minh, chúng tôi "
        "gồm:",
        [("BÊN CHO THUÊ (Bên A):", "b"),
         (f"{company}; địa chỉ: lô CC-02 đường Bình Minh, {ward}; mã số doanh nghiệp: "
          f"2802418533; đại diện: ông {director}, chức vụ: Giám đốc.", "r")],
        [("BÊN THUÊ (Bên B):", "b"),
         (f"ông {head.name}, sinh năm {head.born.year}; số định danh cá nhân: {head.cccd}; "
          f"nơi thường trú: {old_home}; số điện thoại: {head.phone}.", "r")],
        [("Điều 1. Căn hộ cho thuê.", "b"),
         ("Bên A cho Bên B thuê căn hộ số B3-0712, tầng 7, nhà B3, diện tích sử dụng 62,5 m2, "
          "gồm hai phòng ngủ, một phòng khách, bếp và khu vệ sinh, cùng các trang thiết bị "
          "kèm theo biên bản bàn giao, để ở cho hộ gia đình Bên B.", "r")],
        [("Điều 2. Giá thuê và thanh toán.", "b"),
         (f"Giá thuê {money(2_150_000)} đồng một tháng, chưa gồm tiền điện, nước và phí dịch "
          "vụ nhà chung cư. Bên B trả tiền thuê trước ngày 10 hằng tháng, bằng tiền mặt hoặc "
          "chuyển khoản vào tài khoản của Bên A.", "r")],
        [("Điều 3. Thời hạn thuê.", "b"),
         ("Năm năm kể từ ngày 15/10/2025. Hết hạn, nếu Bên B vẫn thuộc đối tượng được thuê "
          "nhà ở xã hội thì hai bên ký tiếp hợp đồng.", "r")],
        [("Điều 4. Quyền và nghĩa vụ của Bên A.", "b"),
         ("Bàn giao căn hộ đúng thời hạn; bảo trì phần sở hữu chung; đồng ý để Bên B và các "
          "thành viên hộ gia đình đăng ký thường trú tại căn hộ trong thời hạn thuê.", "r")],
        [("Điều 5. Quyền và nghĩa vụ của Bên B.", "b"),
         ("Sử dụng căn hộ đúng mục đích để ở; không cho thuê lại, không chuyển nhượng hợp "
          "đồng; trả lại căn hộ khi hết hạn thuê mà không ký tiếp hoặc khi không còn thuộc "
          "đối tượng được thuê nhà ở xã hội.", "r")],
    ]
    h.flow(terms, [(22.0, 103.0), (111.0, 192.0)], pt=SMALL)
    h.gap(2.0)
    h.x0, h.x1 = 22.0, 192.0
    h.p("Hợp đồng này có hiệu lực kể từ ngày ký, lập thành 03 bản có giá trị như nhau, Bên A "
        "giữ 02 bản, Bên B giữ 01 bản.", pt=SMALL, indent=5.0)
    h.gap(2.0)
    sign(h, signer(["BÊN THUÊ"], head.name, note=note, space=20.0),
         signer(["BÊN CHO THUÊ", "GIÁM ĐỐC"], director, space=26.0), seal="right")
    d_hd = Doc("hop_dong", [h],
               {"so_ky_hieu": lease, "ngay_ban_hanh": signed.isoformat(),
                "co_quan_ban_hanh": company},
               "Hợp đồng thuê nhà ở xã hội (bản sao)")

    b = ctx.page()
    b.pt = 12.0
    b.x0, b.x1 = 22.0, 192.0
    b.y = 16.0
    left = [L("CÔNG AN THÀNH PHỐ THANH HÓA", "b", SMALL),
            L("CÔNG AN PHƯỜNG ĐÔNG HẢI", "b", SMALL, rule=24.0),
            L("Mã số thuế: 2801735926", "r", SMALL)]
    right = [L("Mẫu số: 01BLP2-001", "r", SMALL, align="l"),
             L("Ký hiệu: TH-25E", "r", SMALL, align="l"),
             L("Số: 0031846", "b", SMALL, align="l")]
    b.pair(left, right, (16.0, 112.0), (140.0, 192.0))
    b.gap(3.0)
    b.title("BIÊN LAI THU PHÍ, LỆ PHÍ")
    b.center("(Bản thể hiện của biên lai điện tử)", "i", SMALL)
    b.gap(2.0)
    b.field(f"Tên người nộp tiền: {head.name}")
    b.field(f"Địa chỉ: {flat}", hang=5.0)
    b.field(f"Số định danh cá nhân: {head.cccd}")
    b.gap(1.0)
    b.table([13.0, 61.0, 20.0, 20.0, 26.0, 30.0],
            [["STT", "Tên loại phí, lệ phí", "Đơn vị tính", "Số lượng", "Mức thu (đồng)",
              "Thành tiền (đồng)"],
             ["1", "Lệ phí đăng ký thường trú", "Lần", "01", money(20_000), money(20_000)],
             ["2", "Phí khai thác và sử dụng thông tin trong Cơ sở dữ liệu quốc gia về dân cư",
              "Trường thông tin", "07", money(1_000), money(7_000)],
             ["", "Cộng tiền phí, lệ phí", "", "", "", money(27_000)]],
            aligns="clcccc", pt=SMALL)
    b.gap(1.0)
    b.field(f"Số tiền bằng chữ: {money_words(27_000)}.")
    b.field("Hình thức thanh toán: Chuyển khoản")
    b.right(place_date("Thanh Hóa", when.date()), pt=SMALL)
    sign(b, signer(["NGƯỜI NỘP TIỀN"], head.name, note=note, space=16.0),
         signer(["NGƯỜI THU TIỀN"], "Đỗ Thị Thanh Bình", note=note, space=16.0),
         lbox=(16.0, 96.0), rbox=(104.0, 192.0))
    d_bl = Doc("bien_lai_thu_phi", [b],
               {"so_ky_hieu": "0031846", "ngay_ban_hanh": when.date().isoformat(),
                "co_quan_ban_hanh": "Công an phường Đông Hải", "ho_ten": head.name},
               "Biên lai thu lệ phí đăng ký cư trú (bản chụp)")
    docs = [d_tk, d_hd, d_bl]
    procedure = "Đăng ký thường trú"
    rec = receipt(ctx, THANH_HOA, "0871", when, due, tthc="1.004194", procedure=procedure,
                  area="Đăng ký, quản lý cư trú", days="07 ngày làm việc", applicant=head,
                  docs=docs, counter=4)
    return Dossier(rec.fields["ma_ho_so"], procedure, "nhà ở xã hội Bình Minh", [rec, *docs],
                   ["clean", "clean", "clean", "photo"])


def dossier_16(ctx: Ctx) -> Dossier:
    """Lâm Đồng, 2013: a building permit from the paper backlog, digitised long after it was
    closed. Its papers are all of 10-year retention classes (receipt, application, fee receipt),
    so with the closing date 31/12/2013 its retention ended on 31/12/2023."""
    city = "thành phố Đà Lạt, tỉnh Lâm Đồng"
    site = f"số 15 hẻm làng hoa Thái Phiên, phường 12, {city}"
    owner = ctx.person("Trịnh Văn Khiêm", "1969-08-12", True, "068", site,
                       f"xã Xuân Thọ, {city}", issued="2012-08-20")
    owner = replace(owner, phone="0913" + ctx.digits(6))  # a 2013 mobile number
    when, due = datetime(2013, 11, 5, 8, 40), datetime(2013, 11, 26, 8, 30)
    p = ctx.page()
    p.pt = 12.0
    p.right("Mẫu số 1", pt=SMALL)
    motto(p)
    p.title("ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP XÂY DỰNG")
    p.center("(Sử dụng cho nhà ở riêng lẻ ở đô thị)", "i")
    p.center("Kính gửi: Ủy ban nhân dân thành phố Đà Lạt")
    p.gap(2.0)
    p.head("1. Tên chủ đầu tư:")
    p.field(f"- Họ và tên: {owner.name}", hang=3.0)
    p.field(f"- Số CMND: {owner.cccd}, cấp ngày {dmy(owner.issued)}, nơi cấp: Công an tỉnh "
            "Lâm Đồng", hang=3.0)
    p.field(f"- Địa chỉ liên hệ: {site}", hang=3.0)
    p.field(f"- Số điện thoại: {owner.phone}", hang=3.0)
    p.head("2. Địa điểm xây dựng:")
    p.field("- Thửa đất số 418, tờ bản đồ số 09; diện tích 142,5 m2", hang=3.0)
    p.field("- Giấy tờ về đất: Giấy chứng nhận quyền sử dụng đất số BA 537218 do Ủy ban nhân "
            "dân thành phố Đà Lạt cấp ngày 14/03/2011", hang=3.0)
    p.head("3. Nội dung đề nghị cấp phép:")
    p.field("- Loại công trình: Nhà ở riêng lẻ; cấp công trình: IV", hang=3.0)
    p.field("- Diện tích xây dựng tầng 1: 84,0 m2", hang=3.0)
    p.field("- Tổng diện tích sàn: 168,0 m2; số tầng: 02 tầng", hang=3.0)
    p.field("- Chiều cao công trình: 8,4 m; cốt nền: +0,30 m", hang=3.0)
    p.head("4. Đơn vị hoặc người thiết kế:")
    p.field("- Công ty TNHH Kiến trúc Đồi Thông Xanh; chứng chỉ hành nghề số KTS-LĐ 0412",
            hang=3.0)
    p.head("5. Phương án phá dỡ, di dời (nếu có): Không.")
    p.head("6. Dự kiến thời gian hoàn thành công trình: 06 tháng.")
    p.head("7. Cam kết:")
    p.p("Tôi xin cam đoan làm theo đúng giấy phép được cấp, nếu sai tôi xin hoàn toàn chịu trách "
        "nhiệm và bị xử lý theo quy định của pháp luật.")
    p.right(place_date("Đà Lạt", date(2013, 11, 4)), pt=12.0)
    sign(p, None, signer(["NGƯỜI LÀM ĐƠN"], owner.name, note="(Ký, ghi rõ họ tên)", space=20.0))
    d_don = Doc("don_de_nghi", [p], {"ho_ten": owner.name, "so_cccd": owner.cccd},
                "Đơn đề nghị cấp giấy phép xây dựng (bản chính)")
    d_bl = bien_lai(ctx, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ ĐÀ LẠT"], "5800213647", "LĐ-13P",
                    "0002914", owner, "Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ", 50_000,
                    place="Đà Lạt", day=when.date(), collector="Cil Ha Thoa",
                    issuer="Ủy ban nhân dân thành phố Đà Lạt")
    docs = [d_don, d_bl]
    procedure = "Cấp giấy phép xây dựng nhà ở riêng lẻ"
    rec = receipt(ctx, LAM_DONG, "0927", when, due, tthc="1.009994", procedure=procedure,
                  area="Xây dựng", days="15 ngày làm việc", applicant=owner, docs=docs,
                  counter=5)
    return Dossier(rec.fields["ma_ho_so"], procedure, "hẻm làng hoa Thái Phiên", [rec, *docs],
                   ["clean", "clean", "clean"], missing=("giay_chung_nhan_qsdd", "ban_ve_thiet_ke"))


# --------------------------------------------------------------------------------------------
# Scanning
# --------------------------------------------------------------------------------------------

# the look kinds of pages the quality gate must reject, and the code it must give
REJECTS = {"lowres": "low_resolution", "cutoff": "cut_off", "blurred": "blurred"}
# the look kinds of phone photos: JPEG files even in a folder of lossless scans
PHOTOS = ("photo", "shadow")



def make_look(rng: random.Random, kind: str, lossless: bool, rotation: int) -> Look:
    """Draw the artefacts of one page from its kind.

    clean: nothing but skew, JPEG quality 90-92; plain: the same with quality 70-85; noise:
    Gaussian noise and uneven light; blur: Gaussian blur; rough: both; speckle: dust specks on a
    bilevel page; blank: the back of a sheet, the front showing through; empty: the back of a
    sheet, nothing showing through. Pages the quality gate must reject (grey JPEG): lowres:
    scanned at 150 dpi; cutoff: the sheet lay 25 mm to the right on the glass; blurred: Gaussian
    blur of 4.5 px. Phone photos: photo, and shadow (a hand's shadow on the sheet).
    """
    skew = 0.0 if rng.random() < 0.25 else round(rng.choice((-1, 1)) * rng.uniform(0.3, 3.0), 1)
    look = Look(skew=skew, rotation=rotation, paper=rng.randint(246, 252))
    if kind in ("noise", "rough"):
        look.noise = round(rng.uniform(2.0, 4.5), 1)
        look.shade = True
    if kind in ("blur", "rough"):
        look.blur = round(rng.uniform(0.6, 1.0), 2)
    if kind in ("blank", "empty"):
        look.noise = round(rng.uniform(2.0, 3.0), 1)
    if kind == "speckle":
        look.speckle = True
    look.reject = REJECTS.get(kind)
    if kind == "lowres":
        look.dpi = 150
    if kind == "cutoff":
        look.shift = 25.0
    if kind == "blurred":
        look.blur = 4.5
    if kind in ("photo", "shadow"):
        look.skew = 0.0
        look.photo, look.shadow = True, kind == "shadow"
        look.blur = round(rng.uniform(0.6, 1.0), 2)
        look.noise = round(rng.uniform(2.0, 3.0), 1)
    if not lossless:
        if kind == "clean":
            look.quality = rng.randint(90, 92)
        elif kind == "plain":
            look.quality = rng.randint(70, 85)
        elif look.photo:
            look.quality = 88
        else:
            look.quality = rng.randint(60, 80)
    return look


def show_through(front: Image.Image, dpi: int) -> Image.Image:
    """The blank back of a sheet: the front's print faintly visible, mirrored and blurred."""
    grey = np.asarray(front.convert("L"), dtype=np.float32)[:, ::-1]
    grey = cv2.GaussianBlur(grey, (0, 0), 0.7 * dpi / 25.4)
    grey = 255.0 - (255.0 - grey) * 0.05
    return Image.fromarray(np.clip(np.rint(grey), 0, 255).astype(np.uint8), "L").convert("RGB")


def scan(img: Image.Image, look: Look, *, color: bool, bilevel: bool, seed: int) -> Image.Image:
    """Simulate the scanner: paper tone, uneven light, skew, turn, blur, sensor noise."""
    noise_rng = np.random.default_rng(seed)
    tone = [look.paper, look.paper, look.paper - 4] if color else [look.paper] * 3
    arr = np.asarray(img, dtype=np.float32) * (np.array(tone, dtype=np.float32) / 255.0)
    if look.shade:
        h, w = arr.shape[:2]
        arr *= np.linspace(1.0, 0.955, w, dtype=np.float32)[None, :, None]
        arr *= np.linspace(0.985, 1.0, h, dtype=np.float32)[:, None, None]
    if look.shift:
        # the sheet lay look.shift mm to the right: its right edge is off the glass, and at the
        # left the lid shows, a shade greyer than the paper, with the sheet's edge as a faint line
        h, w = arr.shape[:2]
        dx = round(w * look.shift / A4_MM[0])
        lid = (look.paper - 8) * np.linspace(0.99, 1.0, h, dtype=np.float32)[:, None, None]
        arr = np.concatenate([np.broadcast_to(lid, (h, dx, 3)), arr[:, : w - dx]], axis=1)
        arr[:, dx - 2 : dx] *= 0.8
    out = Image.fromarray(np.clip(np.rint(arr), 0, 255).astype(np.uint8), "RGB")
    if look.skew:
        fill = (tone[0], tone[1], tone[2])
        out = out.rotate(look.skew, resample=Image.Resampling.BICUBIC, fillcolor=fill)
    if look.rotation:
        turn = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180,
                270: Image.Transpose.ROTATE_90}
        out = out.transpose(turn[look.rotation])
    arr = np.asarray(out, dtype=np.float32)
    if look.blur:
        arr = cv2.GaussianBlur(arr, (0, 0), look.blur)
    if look.noise:
        arr = arr + noise_rng.normal(0.0, look.noise, arr.shape[:2]).astype(np.float32)[..., None]
    out = Image.fromarray(np.clip(np.rint(arr), 0, 255).astype(np.uint8), "RGB")
    if not color or bilevel:
        out = out.convert("L")
    if bilevel:
        grey = np.asarray(out)
        if look.speckle:
            dots = (noise_rng.random(grey.shape) < 0.00035).astype(np.uint8)
            dots = cv2.dilate(dots, np.ones((2, 2), np.uint8))
            grey = np.where(dots > 0, 0, grey)
        out = Image.fromarray(np.where(grey < 160, 0, 255).astype(np.uint8), "L")
        out = out.convert("1", dither=Image.Dither.NONE)
    return out


PHOTO_PX = (3000, 4000)  # a 12-megapixel phone camera, portrait


def sheet_corners(rng: np.random.Generator) -> np.ndarray:
    """Where the corners of the sheet land in the photo (top left, top right, bottom right,
    bottom left): an upright A4 rectangle filling about 60 % of the photo, each corner then moved
    2-7 % of the photo's width in a random direction; the whole sheet stays in the picture and
    covers 55-80 % of it."""
    pw, ph = PHOTO_PX
    while True:
        bw = pw * rng.uniform(0.74, 0.8)
        bh = bw * A4_MM[1] / A4_MM[0]
        cx, cy = pw * rng.uniform(0.48, 0.52), ph * rng.uniform(0.48, 0.52)
        quad = []
        for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
            r, a = pw * rng.uniform(0.02, 0.07), rng.uniform(0.0, math.tau)
            quad.append((cx + sx * bw / 2 + r * math.cos(a), cy + sy * bh / 2 + r * math.sin(a)))
        corners = np.array(quad, dtype=np.float32)
        inside = all(0.01 * pw <= x <= 0.99 * pw and 0.01 * ph <= y <= 0.99 * ph for x, y in quad)
        if inside and 0.55 <= cv2.contourArea(corners) / (pw * ph) <= 0.80:
            return corners


def desk(rng: np.random.Generator) -> np.ndarray:
    """A wooden desk top, mid-dark brown: wavy grain stripes, fine streaks and noise (RGB)."""
    pw, ph = PHOTO_PX
    sw, sh = pw // 4, ph // 4
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    wobble = cv2.GaussianBlur(rng.normal(0.0, 1.0, (sh, sw)).astype(np.float32), (0, 0), 30)
    wobble /= wobble.std()
    angle = rng.uniform(-0.25, 0.25)
    t = xx * math.cos(angle) + yy * math.sin(angle) + 7.0 * wobble
    rings = np.sin(t * (math.tau / rng.uniform(22.0, 32.0)))
    fine = np.sin(t * (math.tau / rng.uniform(5.0, 8.0)) + 3.0 * wobble)
    streaks = cv2.GaussianBlur(rng.normal(0.0, 1.0, (sh, sw)).astype(np.float32), (0, 0),
                               sigmaX=0.7, sigmaY=14.0)
    streaks /= streaks.std()
    shade = 0.8 + 0.07 * rings + 0.03 * fine + 0.03 * streaks
    shade = cv2.resize(shade, (pw, ph), interpolation=cv2.INTER_LINEAR)
    shade += rng.normal(0.0, 0.015, (ph, pw)).astype(np.float32)
    brown = np.array([132.0, 88.0, 54.0], dtype=np.float32) * rng.uniform(0.92, 1.04)
    return shade[..., None] * brown


def hand_shadow(rng: np.random.Generator, corners: np.ndarray, sheet: np.ndarray) -> np.ndarray:
    """A soft dark blob (a hand or the phone) over one edge of the sheet, 0-1, covering 15-30 %
    of the sheet where it is above one half; ``sheet`` is the sheet's mask, both at 1/8 scale."""
    target = rng.uniform(0.17, 0.27)
    edge = rng.integers(4)
    a, b = corners[edge] / 8, corners[(edge + 1) % 4] / 8
    at = a + (b - a) * rng.uniform(0.3, 0.7)
    centre = corners.mean(axis=0) / 8
    at = at + (at - centre) * rng.uniform(0.05, 0.2)  # a little outside the sheet
    angle = rng.uniform(0.0, 180.0)
    ratio = rng.uniform(0.45, 0.7)
    soft = float(np.ptp(corners[:, 0])) / 8 * 0.04

    def blob(size: float) -> np.ndarray:
        mask = np.zeros(sheet.shape, np.float32)
        axes = (round(size), round(size * ratio))
        cv2.ellipse(mask, (round(at[0]), round(at[1])), axes, angle, 0, 360, 1.0, -1)
        return cv2.GaussianBlur(mask, (0, 0), soft)

    lo, hi = 1.0, float(max(sheet.shape))
    for _ in range(30):
        mid = (lo + hi) / 2
        cover = float((blob(mid)[sheet] > 0.5).mean())
        lo, hi = (mid, hi) if cover < target else (lo, mid)
    return blob((lo + hi) / 2)


def photograph(img: Image.Image, look: Look, seed: int) -> tuple[Image.Image, float]:
    """A phone photo of the page lying on a desk: perspective, uneven light, maybe a shadow,
    slight blur and sensor noise. Returns the photo and its effective resolution: the sheet's
    width in the photo (mean of its top and bottom edges) in pixels per inch of paper."""
    rng = np.random.default_rng(seed)
    pw, ph = PHOTO_PX
    page = np.asarray(img.convert("RGB"), dtype=np.float32) * (1.0 / 255.0)
    h, w = page.shape[:2]
    corners = sheet_corners(rng)
    warp = cv2.getPerspectiveTransform(
        np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32), corners)
    paper = np.array([rng.uniform(220, 228), rng.uniform(215, 222), rng.uniform(202, 210)],
                     dtype=np.float32)
    ink = 36.0
    sheet = ink + (paper - ink) * page
    del page
    front = cv2.warpPerspective(sheet, warp, PHOTO_PX, flags=cv2.INTER_LINEAR)
    del sheet
    alpha = cv2.warpPerspective(np.ones((h, w), np.float32), warp, PHOTO_PX,
                                flags=cv2.INTER_LINEAR)
    drop = np.roll(cv2.GaussianBlur(alpha, (0, 0), 14.0), (14, 9), axis=(0, 1))
    arr = desk(rng) * (1.0 - 0.3 * drop)[..., None]
    arr = arr * (1.0 - alpha)[..., None] + front
    del front, drop
    theta = rng.uniform(0.0, math.tau)
    ramp = (np.arange(pw, dtype=np.float32)[None, :] * math.cos(theta)
            + np.arange(ph, dtype=np.float32)[:, None] * math.sin(theta))
    ramp -= ramp.min()
    arr *= (1.0 - 0.15 * ramp / ramp.max())[..., None]
    if look.shadow:
        small = cv2.resize(alpha, (pw // 8, ph // 8), interpolation=cv2.INTER_AREA) > 0.5
        blob = cv2.resize(hand_shadow(rng, corners, small), PHOTO_PX,
                          interpolation=cv2.INTER_LINEAR)
        arr *= (1.0 - (1.0 - rng.uniform(0.58, 0.68)) * blob)[..., None]
    arr = cv2.GaussianBlur(arr, (0, 0), look.blur)
    grain = rng.normal(0.0, look.noise, (ph, pw)).astype(np.float32)[..., None]
    grain = grain + rng.normal(0.0, look.noise * 0.4, arr.shape).astype(np.float32)
    arr += grain
    photo = Image.fromarray(np.clip(np.rint(arr), 0, 255).astype(np.uint8), "RGB")
    top = float(np.linalg.norm(corners[1] - corners[0]))
    bottom = float(np.linalg.norm(corners[2] - corners[3]))
    return photo, (top + bottom) / 2 / (A4_MM[0] / 25.4)


# --------------------------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScanFile:
    path: str  # relative to the output folder; a folder for page images
    # pdf (JPEG pages), pdf-g4 (bilevel CCITT G4 pages), pdf-jbig2 (bilevel JBIG2 pages, and
    # grey JPEG for the pages to reject), tiff, jpg, png, photo (phone photos, JPEG)
    kind: str
    dpi: int
    builders: tuple[Callable[[Ctx], Dossier], ...]
    straight: bool = False  # the scanner straightened the pages: no skew
    duplex: bool = False  # both sides of every sheet scanned, the back right after the front
    separators: bool = False  # a separator sheet before each dossier

    @property
    def lossless(self) -> bool:
        return self.kind in ("pdf-g4", "pdf-jbig2", "tiff", "png")

    @property
    def bilevel(self) -> bool:
        return self.kind in ("pdf-g4", "pdf-jbig2", "tiff")


FILES = (
    ScanFile("scans/batch-01.pdf", "pdf", 200, (dossier_01, dossier_02, dossier_03)),
    ScanFile("scans/dossier-04.pdf", "pdf", 300, (dossier_04,)),
    ScanFile("scans/dossier-05.pdf", "pdf", 250, (dossier_05,)),
    ScanFile("scans/dossier-06.pdf", "pdf-g4", 300, (dossier_06,)),
    ScanFile("scans/dossier-07.tif", "tiff", 300, (dossier_07,)),
    ScanFile("scans/dossier-08", "jpg", 300, (dossier_08,)),
    ScanFile("scans/dossier-09", "png", 300, (dossier_09,), straight=True),
    ScanFile("scans/dossier-10", "png", 300, (dossier_10,), straight=True),
    ScanFile("scans/batch-11.pdf", "pdf", 300, (dossier_11, dossier_12), duplex=True,
             separators=True),
    ScanFile("scans/dossier-13", "photo", 300, (dossier_13,)),
    ScanFile("scans/dossier-14.pdf", "pdf-jbig2", 300, (dossier_14,)),
    ScanFile("scans/dossier-15", "png", 300, (dossier_15,), straight=True),
    # the paper backlog: a dossier closed in 2013, processed with --closed 2013-12-31
    ScanFile("backlog/dossier-16.pdf", "pdf", 300, (dossier_16,), straight=True),
)
FIRST_SET = 8  # FILES[:8] are the first sample set: one blank page in all, 40 % clean

PHOTO_DPI = 72  # the resolution a phone writes into its JPEG files
ENCODINGS = ("jpeg", "g4", "jbig2", "png")


def jpeg_bytes(img: Image.Image, quality: int, dpi: int, *, progressive: bool = True) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, dpi=(dpi, dpi), optimize=True,
             progressive=progressive)
    return buf.getvalue()


def g4_bytes(img: Image.Image) -> bytes:
    """CCITT Group 4 data of a bilevel image, as one strip."""
    buf = io.BytesIO()
    img.save(buf, "TIFF", compression="group4", strip_size=1 << 30)
    with Image.open(io.BytesIO(buf.getvalue())) as tif:
        (offset,), (count,) = tif.tag_v2[273], tif.tag_v2[279]
    return buf.getvalue()[offset : offset + count]


def jbig2_bytes(img: Image.Image, dpi: int) -> bytes:
    """A bilevel image as an embedded JBIG2 stream for ``/JBIG2Decode`` (PDF 32000-1, 7.4.7):
    no file header and no end-of-page or end-of-file segment, just a page information segment
    and one immediate generic region segment whose data is MMR coded, that is CCITT T.6."""

    def segment(number: int, kind: int, data: bytes) -> bytes:
        # number, flags (type; 1-byte page association), no referred-to segments, page 1, length
        return struct.pack(">IBBBI", number, kind, 0, 1, len(data)) + data

    w, h = img.size
    ppm = round(dpi / 0.0254)
    # width, height, resolution in pixels per metre, flags (eventually lossless), no striping
    page_info = struct.pack(">IIIIBH", w, h, ppm, ppm, 0x01, 0)
    # JBIG2 has 1 = black; in PIL's mode "1" black is 0, which Group 4 codes as white runs
    inverted = Image.fromarray(~np.asarray(img, dtype=bool))
    # region information: width, height, x, y, combination operator OR; then MMR = 1
    region = struct.pack(">IIIIBB", w, h, 0, 0, 0, 0x01) + g4_bytes(inverted)
    return segment(0, 48, page_info) + segment(1, 38, region)


def write_pdf(path: Path, pages: Sequence[tuple[Image.Image, Look]], dpi: int, title: str,
              when: datetime, *, bilevel: str = "g4") -> None:
    """One image XObject per page (JPEG, or CCITT G4 or JBIG2 when bilevel), the page box A4 in
    points."""
    pdf = pikepdf.new()
    for img, look in pages:
        w, h = img.size
        wpt, hpt = A4_PT if h >= w else (A4_PT[1], A4_PT[0])
        space = pikepdf.Name.DeviceRGB if img.mode == "RGB" else pikepdf.Name.DeviceGray
        if img.mode == "1" and bilevel == "jbig2":
            image = pikepdf.Stream(pdf, jbig2_bytes(img, dpi))
            image.BitsPerComponent = 1
            image.Filter = pikepdf.Name.JBIG2Decode
        elif img.mode == "1":
            image = pikepdf.Stream(pdf, g4_bytes(img))
            image.BitsPerComponent = 1
            image.Filter = pikepdf.Name.CCITTFaxDecode
            image.DecodeParms = pikepdf.Dictionary(K=-1, Columns=w, Rows=h, BlackIs1=True)
        else:
            assert look.quality is not None
            image = pikepdf.Stream(pdf, jpeg_bytes(img, look.quality, look.dpi or dpi))
            image.BitsPerComponent = 8
            image.Filter = pikepdf.Name.DCTDecode
        image.Type = pikepdf.Name.XObject
        image.Subtype = pikepdf.Name.Image
        image.Width, image.Height = w, h
        image.ColorSpace = space
        content = pikepdf.Stream(pdf, f"q {wpt:.2f} 0 0 {hpt:.2f} 0 0 cm /Im0 Do Q".encode())
        page = pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=pikepdf.Array([0, 0, pikepdf.Object.parse(f"{wpt:.2f}".encode()),
                                    pikepdf.Object.parse(f"{hpt:.2f}".encode())]),
            Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image)),
            Contents=content,
        )
        pdf.pages.append(pikepdf.Page(page))
    stamp = f"D:{when:%Y%m%d%H%M%S}+07'00'"
    pdf.trailer.Info = pdf.make_indirect(pikepdf.Dictionary(
        Title=pikepdf.String(title),
        Producer=pikepdf.String("sohoa samples/generate.py"),
        CreationDate=pikepdf.String(stamp),
        ModDate=pikepdf.String(stamp),
    ))
    pdf.save(path, deterministic_id=True)


def write_tiff(path: Path, pages: Sequence[Image.Image], dpi: int, when: datetime) -> None:
    """Multi-page bilevel TIFF, CCITT Group 4."""
    info = {305: "sohoa samples/generate.py", 306: f"{when:%Y:%m:%d %H:%M:%S}"}
    pages[0].save(path, "TIFF", save_all=True, append_images=list(pages[1:]),
                  compression="group4", dpi=(dpi, dpi), tiffinfo=info)


def write_folder(folder: Path, pages: Sequence[tuple[Image.Image, Look]], kind: str,
                 dpi: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i, (img, look) in enumerate(pages, 1):
        if kind == "jpg":
            assert look.quality is not None
            (folder / f"page-{i:03d}.jpg").write_bytes(jpeg_bytes(img, look.quality, dpi))
        elif kind == "photo" or look.photo:
            assert look.quality is not None
            data = jpeg_bytes(img, look.quality, PHOTO_DPI, progressive=False)
            (folder / f"page-{i:03d}.jpg").write_bytes(data)
        else:
            img.save(folder / f"page-{i:03d}.png", "PNG", dpi=(dpi, dpi), compress_level=9)


# --------------------------------------------------------------------------------------------
# Ground truth and checks
# --------------------------------------------------------------------------------------------


BLANK, SEPARATOR = "blank", "separator"
Slot = tuple[int, int] | str  # (document, page), BLANK (a sheet's empty back) or SEPARATOR


def scan_order(dossier: Dossier, spec: ScanFile) -> list[Slot]:
    """The pages in the order the scanner gave them: the separator sheet, the documents' pages,
    and the blank backs (in a duplex scan every sheet's back follows its front)."""
    natural = [(di, pi) for di, d in enumerate(dossier.docs) for pi in range(len(d.pages))]
    order: list[Slot] = []
    if spec.separators:
        order.append(SEPARATOR)
        if spec.duplex:
            order.append(BLANK)
    for n, slot in enumerate(natural):
        order.append(slot)
        if spec.duplex and n not in dossier.backs and n + 1 not in dossier.backs:
            order.append(BLANK)
    if dossier.blank_after is not None:
        order.insert(dossier.blank_after + 1, BLANK)
    return order


def encoding(spec: ScanFile, img: Image.Image, look: Look) -> str:
    if img.mode == "1":
        return "jbig2" if spec.kind == "pdf-jbig2" else "g4"
    return "png" if spec.kind == "png" and not look.photo else "jpeg"


def build(out: Path) -> list[dict]:
    """Render every file under ``out`` (and the rescans of rejected pages) and return the truth
    records."""
    rng = random.Random(SEED)
    truths: list[dict] = []
    for spec in FILES:
        ctx = Ctx(rng, spec.dpi)
        scanned: list[tuple[Image.Image, Look]] = []
        rescans: list[tuple[str, Image.Image]] = []
        first_when: datetime | None = None
        for builder in spec.builders:
            dossier = builder(ctx)
            order = scan_order(dossier, spec)
            if len(order) != len(dossier.looks):
                raise LayoutError(f"{dossier.code}: {len(order)} pages, {len(dossier.looks)} looks")
            pages = []
            doc_pages: dict[int, list[int]] = {}
            previous: Page | None = None
            for k, (slot, kind) in enumerate(zip(order, dossier.looks, strict=True)):
                lossless = spec.lossless and kind not in REJECTS and kind not in PHOTOS
                look = make_look(rng, kind, lossless, dossier.rotations.get(k, 0))
                if spec.straight:
                    look.skew = 0.0
                seed = rng.randrange(2**32)
                doc_index: int | None = None
                drawn: Page | None = None
                if slot == BLANK:
                    assert previous is not None
                    if kind == "blank":
                        src = show_through(previous.img, spec.dpi)
                    else:
                        src = Image.new("RGB", previous.img.size, "white")
                    color, text = False, ""
                elif slot == SEPARATOR:
                    sheet = separator_sheet(ctx, dossier.code)
                    src, color, text = sheet.img, False, "\n".join(sheet.lines)
                    previous = sheet
                else:
                    assert isinstance(slot, tuple)
                    page = drawn = dossier.docs[slot[0]].pages[slot[1]]
                    src, color, text = page.img, page.color, "\n".join(page.lines)
                    doc_index = slot[0]
                    doc_pages.setdefault(slot[0], []).append(k)
                    previous = page
                dpi: float = look.dpi or spec.dpi
                original = src
                if look.photo:
                    img, effective = photograph(src, look, seed)
                    dpi = round(effective, 1)
                else:
                    if look.dpi:
                        size = (round(src.width * look.dpi / spec.dpi),
                                round(src.height * look.dpi / spec.dpi))
                        src = src.resize(size, Image.Resampling.BOX)
                    bilevel = spec.bilevel and look.reject is None
                    img = scan(src, look, color=color, bilevel=bilevel, seed=seed)
                index = len(scanned)
                scanned.append((img, look))
                rescan: str | None = None
                if look.reject:
                    again = make_look(rng, "clean", True, 0)
                    again.skew = 0.0
                    rescan = f"rescans/{Path(spec.path).stem}/page-{index + 1:03d}.png"
                    rescans.append((rescan, scan(original, again, color=False, bilevel=False,
                                                 seed=rng.randrange(2**32))))
                noise = bool(look.noise or look.speckle)
                clean = (dpi == 300 and not noise and not look.blur and look.rotation == 0
                         and (look.quality is None or look.quality >= 90))
                pages.append({
                    "source": spec.path,
                    "index": index,
                    "document": doc_index,
                    "blank": slot == BLANK,
                    "dpi": dpi,
                    "skew_deg": look.skew,
                    "rotation": look.rotation,
                    "noise": noise,
                    "blur": bool(look.blur),
                    "jpeg_quality": look.quality,
                    "clean": clean and not look.photo and look.reject is None,
                    "separator": slot == SEPARATOR,
                    "photo": look.photo,
                    "reject": look.reject,
                    "rescan": rescan,
                    "encoding": encoding(spec, img, look),
                    "text": nfc(text),
                })
                if drawn is not None and drawn.columns:
                    pages[-1]["columns"] = [list(c) for c in drawn.columns]
                if drawn is not None and drawn.tables:
                    pages[-1]["tables"] = [[[[nfc(x) for x in cell] for cell in row] for row in t]
                                           for t in drawn.tables]
            first_when = first_when or dossier.received
            truths.append({
                "schema": 1,
                "receipt_code": dossier.code,
                "procedure": nfc(dossier.procedure),
                "phrase": nfc(dossier.phrase),
                "pages": pages,
                "documents": [
                    {"type": d.type, "pages": doc_pages[i],
                     "fields": {k: nfc(v) for k, v in d.fields.items()}}
                    for i, d in enumerate(dossier.docs)
                ],
                "missing": list(dossier.missing),
            })
        assert first_when is not None
        target = out / spec.path
        if spec.kind in ("pdf", "pdf-g4", "pdf-jbig2"):
            title = f"Hồ sơ quét {Path(spec.path).stem}"
            bilevel_filter = "jbig2" if spec.kind == "pdf-jbig2" else "g4"
            write_pdf(target, scanned, spec.dpi, title, first_when, bilevel=bilevel_filter)
        elif spec.kind == "tiff":
            write_tiff(target, [img for img, _ in scanned], spec.dpi, first_when)
        else:
            write_folder(target, scanned, spec.kind, spec.dpi)
        for rel, img in rescans:
            (out / rel).parent.mkdir(parents=True, exist_ok=True)
            img.save(out / rel, "PNG", dpi=(spec.dpi, spec.dpi), compress_level=9)
    return truths


def check_fields(doc: dict, texts: Sequence[str]) -> None:
    """Every field is printed on the document: exactly, or (dates, issuers) in its printed form."""
    lines = "\n".join(texts)
    for key, value in doc["fields"].items():
        if key == "ngay_ban_hanh":
            d = date.fromisoformat(value)
            forms = [dmy(d), long_date(d), f"ngày {d.day:02d} tháng {d.month} năm {d.year}"]
            ok = any(fold(f) in fold(lines) for f in forms)
        elif key == "co_quan_ban_hanh":
            ok = fold(value) in fold(lines)
        else:
            ok = any(value in line for line in lines.split("\n"))
        assert ok, f"{doc['type']}: {key}={value!r} is not printed on the page"


def validate(truths: Sequence[dict], out: Path) -> None:
    """The properties the sample set promises; raises AssertionError when one fails."""
    codes = [t["receipt_code"] for t in truths]
    assert len(set(codes)) == len(codes), "receipt codes must be distinct"
    types: dict[str, int] = {}
    turned: list[int] = []
    all_pages = [p for t in truths for p in t["pages"]]
    first_set = {f.path for f in FILES[:FIRST_SET]}
    texts = {t["receipt_code"]: [p["text"] for p in t["pages"]] for t in truths}
    for t in truths:
        code = t["receipt_code"]
        assert RECEIPT_CODE.fullmatch(code), code
        pages, docs = t["pages"], t["documents"]
        # the receipt comes first, after the separator sheet and its back if any
        first = next(i for i, p in enumerate(pages) if not p["separator"] and not p["blank"])
        assert docs[0]["type"] == "phieu_tiep_nhan" and docs[0]["pages"] == [first], code
        assert 2 <= len(docs) - 1 <= 5, code
        assert f"Mã hồ sơ: {code}" in pages[first]["text"].split("\n")
        for d in docs:
            assert d["type"] in DOC_TYPES
            types[d["type"]] = types.get(d["type"], 0) + 1
            check_fields(d, [pages[i]["text"] for i in d["pages"]])
        for i, p in enumerate(pages):
            assert p["encoding"] in ENCODINGS, p["encoding"]
            if p["rotation"]:
                assert p["document"] != 0, "a receipt sheet is never turned"
                turned.append(p["rotation"])
            if p["blank"]:
                assert p["document"] is None and p["text"] == "" and not p["separator"]
            if p["separator"]:
                assert p["document"] is None and not p["blank"], code
                assert f"Mã hồ sơ: {code}" in p["text"].split("\n"), code
                after = next(j for j in range(i + 1, len(pages)) if not pages[j]["blank"])
                assert after == first, f"{code}: the separator is not followed by the receipt"
            if p["reject"]:
                assert p["document"] not in (None, 0), "only document pages are rejected"
                assert not p["clean"] and p["rescan"], code
                with Image.open(out / p["rescan"]) as again:
                    assert again.mode == "L" and round(again.info["dpi"][0]) == 300
            else:
                assert p["rescan"] is None
            if p["photo"]:
                assert not p["clean"] and p["encoding"] == "jpeg"
        words = t["phrase"].split()
        assert 3 <= len(words) <= 6, t["phrase"]
        phrase = fold(t["phrase"])
        lines = [fold(line) for text in texts[code] for line in text.split("\n")]
        assert any(phrase in line for line in lines), f"phrase not on one line: {t['phrase']}"
        for other, other_texts in texts.items():
            if other != code:
                assert phrase not in fold(" ".join(other_texts)), (t["phrase"], other)
    assert all(types.get(k, 0) >= 2 for k in DOC_TYPES), types
    assert sorted(turned) == [90, 180], turned
    first_blanks = sum(p["blank"] for p in all_pages if p["source"] in first_set)
    assert first_blanks == 1, first_blanks
    blanks = sum(p["blank"] for p in all_pages)
    assert blanks >= 8, blanks
    clean = sum(p["clean"] for p in all_pages)
    assert clean >= 0.4 * len(all_pages), f"{clean} clean pages of {len(all_pages)}"


# --------------------------------------------------------------------------------------------
# Results: what the departments issued for some of the dossiers
# --------------------------------------------------------------------------------------------

# The results have their own random source, so adding them leaves every file before them as it
# was; they are written after the dossiers and read only the dossiers' truth.
RESULT_SEED = SEED + 1
RESULT_FORMS = ("electronic", "scanned_paper")
RESULT_TYPES = ("quyet_dinh", "giay_chung_nhan_qsdd", "trich_luc_ho_tich")
SIGN_GAP = 35.0  # mm left empty between the signer's title and their name, for the signature
H19 = "000.00.12.H19"  # the agency of the sample web accounts


@dataclass(frozen=True)
class Para:
    """A paragraph of a result: runs of (text, style), justified, the first line indented."""

    runs: tuple[tuple[str, str], ...]
    indent: float = 10.0
    align: str = "J"
    pt: float = 13.0
    gap: float = 1.2  # mm after it


def para(text: str, style: str = "r", **kw: Any) -> Para:
    return Para(((text, style),), **kw)


def label(name: str, value: str, **kw: Any) -> Para:
    """A "label: value" line of a civil-status paper: the value in bold."""
    kw.setdefault("indent", 0.0)
    kw.setdefault("align", "L")
    kw.setdefault("gap", 0.6)
    return Para(((f"{name}: ", "r"), (value, "b")), **kw)


@dataclass(frozen=True)
class Result:
    code: str  # the dossier's receipt code
    file: str  # file name, without .pdf
    doc_type: str
    form: str  # electronic, scanned_paper
    agency: tuple[L, ...]  # the issuing body as printed at the top left, parent body first
    issuer: str  # the issuing body in sentence case
    number: str  # what follows "Số: "
    place: str
    day: date
    title: tuple[str, ...]  # bold upper-case title lines
    subject: tuple[str, ...]  # bold lines under the title ("Về việc ..."), may be empty
    body: tuple[Para, ...]
    signer: tuple[str, ...]  # the signer's title lines, as printed
    officer: str
    officer_title: str
    citizen: str  # ho_ten: the person the result concerns, as printed
    left: tuple[L, ...] = ()  # bottom left, beside the signer: Nơi nhận, or the register number
    seal_ring: str = ""  # the lettering around the issuing body's seal
    body_pt: float = 13.0

    @property
    def agency_code(self) -> str:
        return self.code.split("-")[0]

    @property
    def path(self) -> str:
        stem = f"scanned-{self.file}" if self.form == "scanned_paper" else self.file
        return f"results/{self.code}/{stem}.pdf"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def received_on(code: str) -> date:
    """The receipt date in the middle of a receipt code (yymmdd)."""
    return datetime.strptime(code.split("-")[1], "%y%m%d").date()


class DossierFacts:
    """What a result takes from its dossier's truth: names from the documents' fields, and a
    check that the particulars it repeats are printed somewhere in the dossier."""

    def __init__(self, truth: dict) -> None:
        self.truth = truth
        self.code: str = truth["receipt_code"]
        text = " ".join(p["text"] for p in truth["pages"])
        self._text = " ".join(fold(text).split())

    def field(self, doc_type: str, key: str) -> str:
        return next(d["fields"][key] for d in self.truth["documents"] if d["type"] == doc_type)

    def check(self, *facts: str) -> None:
        for fact in facts:
            if " ".join(fold(fact).split()) not in self._text:
                raise LayoutError(f"{self.code}: {fact!r} is not in the dossier")


def result_trich_luc_khai_sinh(d: DossierFacts) -> Result:
    """000.00.12.H19-250414-0007, birth registration: a copy of the birth extract."""
    child = d.field("giay_khai_sinh", "ho_ten")
    pid = d.field("giay_khai_sinh", "so_cccd")
    number = d.field("giay_khai_sinh", "so_ky_hieu")
    officer = "Lầu Mí Sính"  # the vice-chair who signed the dossier's birth certificate
    d.check(child, pid, "Ngày, tháng, năm sinh: 30/03/2025", "Dân tộc: Tày",
            "Nơi sinh: Trung tâm Y tế huyện Quản Bạ, tỉnh Hà Giang",
            "Quê quán: xã Cán Tỷ, huyện Quản Bạ, tỉnh Hà Giang", "HOÀNG THỊ THU TRANG",
            "NÔNG VĂN PHÚC", "Quyển số: 01/2025", officer)
    return Result(
        code=d.code, file="trich-luc-khai-sinh", doc_type="trich_luc_ho_tich", form="electronic",
        agency=(L("ỦY BAN NHÂN DÂN", "b", 13.0), L("XÃ LÙNG TÁM", "b", 13.0, rule=24.0)),
        issuer="Ủy ban nhân dân xã Lùng Tám", number=f"{number}/TLKS-BS", place="Lùng Tám",
        day=date(2025, 4, 15), title=("TRÍCH LỤC KHAI SINH",), subject=("(BẢN SAO)",),
        body=(
            label("Họ, chữ đệm, tên", child),
            label("Ngày, tháng, năm sinh", "30/03/2025"),
            para("ghi bằng chữ: Ngày ba mươi tháng ba năm hai nghìn không trăm hai mươi lăm",
                 indent=0.0, align="L", gap=0.6),
            Para((("Giới tính: ", "r"), ("Nữ", "b"), ("    Dân tộc: ", "r"), ("Tày", "b"),
                  ("    Quốc tịch: ", "r"), ("Việt Nam", "b")), indent=0.0, align="L", gap=0.6),
            label("Nơi sinh", "Trung tâm Y tế huyện Quản Bạ, tỉnh Hà Giang"),
            label("Quê quán", "xã Cán Tỷ, huyện Quản Bạ, tỉnh Hà Giang"),
            label("Số định danh cá nhân", pid, gap=2.0),
            label("Họ, chữ đệm, tên người mẹ", "HOÀNG THỊ THU TRANG"),
            para("Năm sinh: 1996    Dân tộc: Tày    Quốc tịch: Việt Nam", indent=0.0,
                 align="L", gap=0.6),
            para("Nơi cư trú: thôn Lùng Tám Cao, xã Lùng Tám, huyện Quản Bạ, tỉnh Hà Giang",
                 indent=0.0, align="L", gap=2.0),
            label("Họ, chữ đệm, tên người cha", "NÔNG VĂN PHÚC"),
            para("Năm sinh: 1993    Dân tộc: Tày    Quốc tịch: Việt Nam", indent=0.0,
                 align="L", gap=0.6),
            para("Nơi cư trú: thôn Lùng Tám Cao, xã Lùng Tám, huyện Quản Bạ, tỉnh Hà Giang",
                 indent=0.0, align="L", gap=2.0),
            label("Nơi đăng ký khai sinh", "Ủy ban nhân dân xã Lùng Tám, huyện Quản Bạ, tỉnh Hà "
                  "Giang"),
            label("Ngày, tháng, năm đăng ký", "14/04/2025"),
            label("Số đăng ký", f"{number}, Quyển số: 01/2025", gap=2.0),
            para("Sao từ Sổ đăng ký khai sinh của Ủy ban nhân dân xã Lùng Tám.", "i",
                 indent=0.0, align="L"),
        ),
        signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), officer=officer,
        officer_title="Phó Chủ tịch Ủy ban nhân dân xã Lùng Tám", citizen=child,
        seal_ring="ỦY BAN NHÂN DÂN XÃ LÙNG TÁM * HUYỆN QUẢN BẠ *",
    )


def result_giay_chung_nhan(d: DossierFacts) -> Result:
    """000.00.12.H19-250414-0008, a transfer: the buyer's new land-use certificate."""
    buyer = d.field("phieu_tiep_nhan", "ho_ten")
    cccd = d.field("phieu_tiep_nhan", "so_cccd")
    old = d.field("giay_chung_nhan_qsdd", "so_ky_hieu")
    home = "số 27 đường Nguyễn Thái Học, phường Minh Khai, thành phố Hà Giang, tỉnh Hà Giang"
    d.check(buyer, cccd, old, home, "sinh năm 1988", "Thửa đất số: 214; Tờ bản đồ số: 37;",
            "xứ đồng Pác Ngòi, xã Phương Thiện, thành phố Hà Giang",
            "312,5 m2 (bằng chữ: Ba trăm mười hai phẩy năm mét vuông)", "Đất trồng cây lâu năm",
            "Đến ngày 15/10/2063", "BĐ 215734", "hợp đồng công chứng số 1546")
    return Result(
        code=d.code, file="giay-chung-nhan", doc_type="giay_chung_nhan_qsdd", form="electronic",
        agency=(L("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG", "r", 11.0),
                L("SỞ NÔNG NGHIỆP", "b", 12.5), L("VÀ MÔI TRƯỜNG", "b", 12.5, rule=24.0)),
        issuer="Sở Nông nghiệp và Môi trường tỉnh Hà Giang", number="CS 02417", place="Hà Giang",
        day=date(2025, 4, 25),
        title=("GIẤY CHỨNG NHẬN", "QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN",
               "GẮN LIỀN VỚI ĐẤT"), subject=(),
        body=(
            para("Sở Nông nghiệp và Môi trường tỉnh Hà Giang chứng nhận:", "i", indent=0.0,
                 align="L", gap=1.5),
            para("I. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất", "b", indent=0.0,
                 align="L", gap=0.6),
            Para((("Ông: ", "r"), (buyer, "b"), (f"; sinh năm: 1988; Căn cước công dân số: "
                                                f"{cccd}", "r")), indent=0.0, align="L", gap=0.6),
            para(f"Địa chỉ thường trú: {home}", indent=0.0, gap=1.5),
            para("II. Thửa đất, tài sản gắn liền với đất", "b", indent=0.0, align="L", gap=0.6),
            para("a) Thửa đất số: 214; Tờ bản đồ số: 37;", indent=0.0, gap=0.6),
            para("b) Địa chỉ: xứ đồng Pác Ngòi, xã Phương Thiện, thành phố Hà Giang, tỉnh Hà "
                 "Giang;", indent=0.0, gap=0.6),
            para("c) Diện tích: 312,5 m2 (bằng chữ: Ba trăm mười hai phẩy năm mét vuông);",
                 indent=0.0, gap=0.6),
            para("d) Hình thức sử dụng: Sử dụng riêng;", indent=0.0, gap=0.6),
            para("đ) Mục đích sử dụng: Đất trồng cây lâu năm;", indent=0.0, gap=0.6),
            para("e) Thời hạn sử dụng: Đến ngày 15/10/2063;", indent=0.0, gap=0.6),
            para("g) Nguồn gốc sử dụng: Nhận chuyển nhượng đất được công nhận quyền sử dụng đất "
                 "như giao đất không thu tiền sử dụng đất;", indent=0.0, gap=0.6),
            para("h) Tài sản gắn liền với đất: -/-", indent=0.0, gap=1.5),
            para("III. Ghi chú", "b", indent=0.0, align="L", gap=0.6),
            para(f"Cấp mới do chuyển nhượng toàn bộ thửa đất theo hợp đồng công chứng số 1546 "
                 f"ngày 10/04/2025; thu hồi Giấy chứng nhận số phát hành BĐ 215734, số vào sổ "
                 f"cấp GCN: {old} do Ủy ban nhân dân thành phố Hà Giang cấp ngày 15/10/2013.",
                 indent=0.0),
        ),
        signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), officer="Ma Đình Thịnh",
        officer_title="Phó Giám đốc Sở Nông nghiệp và Môi trường tỉnh Hà Giang", citizen=buyer,
        left=(L("Số vào sổ cấp GCN:", "r", 12.0, align="l"),
              L("CS 02417", "b", 12.0, align="l"),
              L("Số phát hành: BX 418260", "r", 12.0, align="l")),
        seal_ring="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG * TỈNH HÀ GIANG *",
    )


def result_quyet_dinh(d: DossierFacts) -> Result:
    """000.00.12.H19-250414-0011, a building permit: the decision granting it."""
    owner = d.field("phieu_tiep_nhan", "ho_ten")
    cccd = d.field("phieu_tiep_nhan", "so_cccd")
    home = "số 46 đường Sông Miện kéo dài, phường Quang Trung, thành phố Hà Giang, tỉnh Hà Giang"
    d.check(owner, cccd, home, "thửa đất số 63, tờ bản đồ số 15", "cấp công trình: III",
            "Diện tích xây dựng tầng 1: 96,0 m2", "Tổng diện tích sàn: 288,0 m2",
            "số tầng: 03 tầng", "Chiều cao công trình: 12,6 m", "cốt xây dựng: +0,45 m",
            "ngày 14 tháng 4 năm 2025")
    return Result(
        code=d.code, file="quyet-dinh-1356", doc_type="quyet_dinh", form="electronic",
        agency=(L("ỦY BAN NHÂN DÂN", "b", 13.0), L("THÀNH PHỐ HÀ GIANG", "b", 13.0, rule=24.0)),
        issuer="Ủy ban nhân dân thành phố Hà Giang", number="1356/QĐ-UBND", place="Hà Giang",
        day=date(2025, 5, 6), title=("QUYẾT ĐỊNH",),
        subject=("Về việc cấp giấy phép xây dựng nhà ở riêng lẻ", f"cho bà {owner}"),
        body=(
            para("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ GIANG", "b", indent=0.0, align="C", gap=2.0),
            para("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;", "i"),
            para("Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014; Luật sửa đổi, bổ sung một số "
                 "điều của Luật Xây dựng ngày 17 tháng 6 năm 2020;", "i"),
            para("Căn cứ Nghị định số 175/2024/NĐ-CP ngày 30 tháng 12 năm 2024 của Chính phủ "
                 "quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý "
                 "hoạt động xây dựng;", "i"),
            para(f"Xét đơn đề nghị cấp giấy phép xây dựng của bà {owner} ngày 14 tháng 4 năm "
                 "2025 và đề nghị của Trưởng phòng Quản lý đô thị thành phố tại Tờ trình số "
                 "96/TTr-QLĐT ngày 02 tháng 5 năm 2025.", "i", gap=2.0),
            para("QUYẾT ĐỊNH:", "b", indent=0.0, align="C", gap=2.0),
            Para((("Điều 1. ", "b"),
                  (f"Cấp giấy phép xây dựng nhà ở riêng lẻ cho bà {owner}, Căn cước công dân số "
                   f"{cccd}, địa chỉ: {home}, tại thửa đất số 63, tờ bản đồ số 15, phường "
                   "Quang Trung: cấp công trình: III; diện tích xây dựng tầng 1: 96,0 m2; "
                   "tổng diện tích sàn: 288,0 m2; số tầng: 03 tầng; chiều cao công trình: "
                   "12,6 m; cốt xây dựng: +0,45 m.", "r"))),
            Para((("Điều 2. ", "b"),
                  ("Chủ đầu tư xây dựng đúng giấy phép được cấp và thông báo ngày khởi công cho "
                   "Ủy ban nhân dân phường Quang Trung trước khi khởi công. Giấy phép hết hiệu "
                   "lực nếu sau 12 tháng kể từ ngày cấp công trình chưa được khởi công.", "r"))),
            Para((("Điều 3. ", "b"),
                  ("Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Hội đồng nhân dân "
                   "và Ủy ban nhân dân thành phố, Trưởng phòng Quản lý đô thị, Chủ tịch Ủy ban "
                   f"nhân dân phường Quang Trung và bà {owner} chịu trách nhiệm thi hành "
                   "Quyết định này./.", "r"))),
        ),
        signer=("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), officer="Lương Văn Đoàn",
        officer_title="Phó Chủ tịch Ủy ban nhân dân thành phố Hà Giang", citizen=owner,
        left=(L("Nơi nhận:", "bi", 12.0, align="l"), L("- Như Điều 3;", "r", 11.0, align="l"),
              L("- Đội Quản lý trật tự đô thị;", "r", 11.0, align="l"),
              L("- Lưu: VT, QLĐT.", "r", 11.0, align="l")),
        seal_ring="ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ GIANG * TỈNH HÀ GIANG *", body_pt=12.0,
    )


def result_trich_luc_ket_hon(d: DossierFacts) -> Result:
    """000.00.07.H08-250610-0577, copies of a marriage extract: the paper, scanned at the
    counter when it was handed over."""
    wife = d.field("giay_uy_quyen", "ho_ten")
    officer = "Võ Minh Tâm"  # the vice-chair who certified the dossier's power of attorney
    d.check(wife, officer, "Ngày sinh: 08/12/1952", "Hồ Văn Tư",
            "Ủy ban nhân dân xã Nhơn Thành ngày 15/03/1976, số đăng ký: 08, quyển số: 01/1976",
            "Số lượng bản sao yêu cầu: 03 bản")
    return Result(
        code=d.code, file="trich-luc-ket-hon", doc_type="trich_luc_ho_tich",
        form="scanned_paper",
        agency=(L("ỦY BAN NHÂN DÂN", "b", 12.5), L("PHƯỜNG NHƠN THÀNH", "b", 12.5, rule=22.0)),
        issuer="Ủy ban nhân dân phường Nhơn Thành", number="08/TLKH-BS", place="Nhơn Thành",
        day=date(2025, 6, 11), title=("TRÍCH LỤC KẾT HÔN",), subject=("(BẢN SAO)",),
        body=(
            label("Họ, chữ đệm, tên người chồng", "HỒ VĂN TƯ"),
            para("Ngày sinh: 02/09/1949; dân tộc: Kinh; quốc tịch: Việt Nam", indent=0.0,
                 align="L"),
            label("Họ, chữ đệm, tên người vợ", wife.upper()),
            para("Ngày sinh: 08/12/1952; dân tộc: Kinh; quốc tịch: Việt Nam", indent=0.0,
                 align="L"),
            label("Nơi đăng ký kết hôn", "Ủy ban nhân dân xã Nhơn Thành"),
            label("Ngày, tháng, năm đăng ký", "15/03/1976"),
            label("Số đăng ký", "08, quyển số: 01/1976"),
            para("Sao từ Sổ đăng ký kết hôn lưu tại Ủy ban nhân dân phường Nhơn Thành.", "i",
                 indent=0.0, align="L"),
        ),
        signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), officer=officer,
        officer_title="Phó Chủ tịch Ủy ban nhân dân phường Nhơn Thành", citizen=wife.upper(),
    )


RESULTS: tuple[tuple[str, Callable[[DossierFacts], Result]], ...] = (
    ("000.00.12.H19-250414-0007", result_trich_luc_khai_sinh),
    ("000.00.12.H19-250414-0008", result_giay_chung_nhan),
    ("000.00.12.H19-250414-0011", result_quyet_dinh),
    ("000.00.07.H08-250610-0577", result_trich_luc_ket_hon),
)


class ResultPdf:
    """A born-digital result as a department's drafting software writes it before signing: one
    A4 page of text in DejaVu Serif (embedded TrueType), in the Decree 30/2020 layout."""

    X0, X1 = 30.0, 192.0  # Decree 30: left margin 30-35 mm, right margin 15-20 mm
    BOTTOM = 280.0
    STYLES: ClassVar[dict[str, str]] = {"r": "", "b": "B", "i": "I", "bi": "BI"}

    def __init__(self) -> None:
        pdf = FPDF(unit="mm", format="A4")
        pdf.set_auto_page_break(False)
        for key, style in self.STYLES.items():
            pdf.add_font("serif", style, str(FONT_DIR / FONT_FILES[key]))
        pdf.set_margins(self.X0, 15.0, A4_MM[0] - self.X1)
        pdf.add_page()
        self.pdf = pdf
        self.lines: list[str] = []  # every text drawn, paragraphs unwrapped
        self.y = 15.0

    def font(self, style: str, pt: float) -> None:
        self.pdf.set_font("serif", self.STYLES[style], pt)

    def block(self, lines: Sequence[L], x0: float, x1: float, y: float) -> float:
        """Centred (or aligned) single lines between x0 and x1 from y; returns the y below."""
        for ln in lines:
            if ln.space:
                y += ln.space
                continue
            text = nfc(ln.text)
            self.font(ln.style, ln.pt)
            w = self.pdf.get_string_width(text)
            if w > x1 - x0 + 0.01:
                raise LayoutError(f"too wide ({w:.1f} mm > {x1 - x0:.1f} mm): {text!r}")
            x = {"l": x0, "c": (x0 + x1 - w) / 2, "r": x1 - w}[ln.align]
            base = y + ln.pt * MM_PER_PT
            self.pdf.text(x, base, text)
            self.lines.append(text)
            if ln.rule:
                rw = w if ln.rule < 0 else ln.rule
                self.pdf.set_line_width(0.3)
                self.pdf.line((x0 + x1 - rw) / 2, base + 1.6, (x0 + x1 + rw) / 2, base + 1.6)
            y += ln.pt * MM_PER_PT * 1.32 + (1.0 if ln.rule else 0.0)
        return y

    def para(self, p: Para) -> None:
        pdf = self.pdf
        pdf.set_xy(self.X0, self.y)
        align = {"J": "JUSTIFY", "L": "LEFT", "C": "CENTER"}[p.align]
        cols = pdf.text_columns(text_align=align, line_height=1.25, l_margin=self.X0,
                                r_margin=A4_MM[0] - self.X1)
        with cols, cols.paragraph(first_line_indent=p.indent) as par:
            for text, style in p.runs:
                self.font(style, p.pt)
                par.write(nfc(text))
        self.lines.append(nfc("".join(text for text, _ in p.runs)))
        self.y = pdf.get_y() + p.gap
        if self.y > self.BOTTOM:
            raise LayoutError(f"page overflow after {self.lines[-1]!r}")

    def render(self, r: Result) -> None:
        left = [*r.agency, L(f"Số: {r.number}", "r", 13.0)]
        right = [L(MOTTO, "b", 12.0), L(MOTTO2, "b", 13.0, rule=-1),
                 L(place_date(r.place, r.day), "i", 13.0)]
        end = max(self.block(left, 10.0, 90.0, self.y), self.block(right, 88.0, 203.0, self.y))
        self.y = end + 6.0
        self.y = self.block([L(t, "b", 14.0) for t in r.title], self.X0, self.X1, self.y)
        if r.subject:
            self.y = self.block([L(t, "b", 13.0) for t in r.subject], self.X0, self.X1, self.y)
            if r.doc_type == "quyet_dinh":
                self.pdf.set_line_width(0.3)
                self.pdf.line(88.0, self.y - 0.5, 134.0, self.y - 0.5)
        self.y += 4.0
        for p in r.body:
            self.para(replace(p, pt=r.body_pt))
        self.y += 3.0
        top = self.y
        signer = [L(t, "b", 13.0) for t in r.signer]
        bottom = self.block([*signer, L(space=SIGN_GAP), L(r.officer, "b", 13.0)],
                            108.0, 192.0, top)
        if r.left:
            bottom = max(bottom, self.block(r.left, self.X0, 100.0, top))
        if bottom > self.BOTTOM or self.pdf.pages_count != 1:
            raise LayoutError(f"{r.path}: does not fit on one page ({bottom:.1f} mm)")

    def output(self, r: Result) -> bytes:
        """The PDF with fixed metadata: created and last modified at 16:30 on the day of issue,
        the document ID derived from its content."""
        when = datetime(r.day.year, r.day.month, r.day.day, 16, 30)
        self.pdf.set_title(nfc(" ".join(r.title)))
        self.pdf.set_author(nfc(r.issuer))
        self.pdf.set_creator("sohoa samples/generate.py")
        self.pdf.set_producer("fpdf2")
        self.pdf.set_creation_date(when)
        data = bytes(self.pdf.output())
        pdf = pikepdf.open(io.BytesIO(data))
        stamp = pikepdf.String(f"D:{when:%Y%m%d%H%M%S}+07'00'")
        pdf.docinfo[pikepdf.Name.CreationDate] = stamp
        pdf.docinfo[pikepdf.Name.ModDate] = stamp
        buf = io.BytesIO()
        pdf.save(buf, deterministic_id=True)
        return buf.getvalue()


def scanned_result(ctx: Ctx, r: Result) -> Page:
    """The printed and signed paper of a result, drawn like the dossiers' pages: Decree 30
    header, title, body, signature and red seal."""
    p = ctx.page(color=True)
    p.y = 16.0
    nd30_header(p, [ln.text for ln in r.agency], r.number, place_date(r.place, r.day))
    for t in r.title:
        p.title(t)
    for t in r.subject:
        p.center(t, "b", 13.0)
    p.gap(5.0)
    for item in r.body:
        runs = [(nfc(text), style) for text, style in item.runs]
        p.p(runs if len(runs) > 1 else runs[0][0], style=runs[0][1], indent=item.indent,
            align={"J": "j", "L": "l", "C": "c"}[item.align])
        p.gap(0.8)
    p.gap(4.0)
    sign(p, None, signer(r.signer, r.officer, space=SIGN_GAP), seal="right")
    return p


def signature_png(rng: random.Random, path: Path) -> None:
    """An officer's handwritten signature, as Page.scribble draws one: blue on transparent."""
    p = Page(300, rng, color=True)
    box = (20.0, 80.0, 20.0, 44.0)
    p.scribble(box)
    crop = p.img.crop((round(p.px(box[0])), round(p.px(box[2])), round(p.px(box[1])),
                       round(p.px(box[3]))))
    rgb = np.asarray(crop, dtype=np.float32)
    alpha = np.clip((255.0 - rgb[..., 0]) / (255.0 - BLUE[0]), 0.0, 1.0)
    out = np.zeros((*alpha.shape, 4), dtype=np.uint8)
    out[..., :3] = BLUE
    out[..., 3] = np.rint(alpha * 255).astype(np.uint8)
    Image.fromarray(out, "RGBA").save(path, "PNG", compress_level=9)


def seal_png(ring_text: str, path: Path, px: int = 600) -> None:
    """An organisation's round red seal: two rings with its name between them, a star in the
    middle; red on transparent."""
    scale = 4  # drawn large, then reduced, for smooth edges
    size = px * scale
    mask = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(mask)
    c = size / 2
    r = size / 2 - 6 * scale

    def ring(radius: float, width: float) -> None:
        d.ellipse([c - radius, c - radius, c + radius, c + radius], outline=255,
                  width=round(width))

    ring(r, 0.028 * size)
    ring(r * 0.70, 0.012 * size)
    ring(r * 0.64, 0.006 * size)
    text = nfc(ring_text)
    radius = r * 0.845
    arc = 2 * math.pi * radius * 0.96  # the lettering runs all round, a small gap at the bottom
    em = 0.085 * size
    natural = sum(load_font("b", round(em)).getlength(ch) for ch in text)
    font = load_font("b", round(em * min(1.0, arc / (natural * 1.08))))
    widths = [font.getlength(ch) for ch in text]
    spread = arc / sum(widths)
    angle = -math.pi / 2 - (arc / radius) / 2  # centred on the top
    for ch, w in zip(text, widths, strict=True):
        step = w * spread / radius
        mid = angle + step / 2
        if not ch.isspace():
            glyph = Image.new("L", (round(0.2 * size), round(0.2 * size)), 0)
            gd = ImageDraw.Draw(glyph)
            gd.text((glyph.width / 2, glyph.height / 2), ch, font=font, fill=255, anchor="mm")
            glyph = glyph.rotate(-math.degrees(mid) - 90, resample=Image.Resampling.BICUBIC)
            x = c + radius * math.cos(mid) - glyph.width / 2
            y = c + radius * math.sin(mid) - glyph.height / 2
            mask.paste(255, (round(x), round(y)), glyph)
        angle += step
    star = []
    for k in range(10):
        rad = r * (0.34 if k % 2 == 0 else 0.14)
        a = -math.pi / 2 + k * math.pi / 5
        star.append((c + rad * math.cos(a), c + rad * math.sin(a)))
    d.polygon(star, fill=255)
    mask = mask.resize((px, px), Image.Resampling.LANCZOS)
    out = Image.new("RGBA", (px, px), (*RED, 0))
    out.putalpha(mask)
    out.save(path, "PNG", compress_level=9)


def build_results(out: Path, truths: Sequence[dict]) -> dict:
    """Write the results issued for some dossiers under ``out/results`` and return their truth.
    Reads nothing but the dossiers' truth; draws from its own random source."""
    rng = random.Random(RESULT_SEED)
    by_code = {t["receipt_code"]: t for t in truths}
    entries: list[dict] = []
    images = out / "results" / "images"
    images.mkdir(parents=True, exist_ok=True)
    for code, make in RESULTS:
        r = make(DossierFacts(by_code[code]))
        target = out / r.path
        target.parent.mkdir(parents=True, exist_ok=True)
        entry: dict[str, Any] = {
            "file": r.path,
            "receipt_code": r.code,
            "agency": r.agency_code,
            "form": r.form,
            "doc_type": r.doc_type,
            "title": nfc(" ".join(r.title)),
            "fields": {
                "so_ky_hieu": nfc(r.number),
                "ngay_ban_hanh": r.day.isoformat(),
                "nguoi_ky": nfc(r.officer),
                "co_quan_ban_hanh": nfc(r.issuer),
                "ho_ten": nfc(r.citizen),
            },
            "officer": nfc(r.officer),
            "officer_title": nfc(r.officer_title),
            "signer_block": [nfc(t) for t in r.signer],
        }
        if r.form == "electronic":
            doc = ResultPdf()
            doc.render(r)
            target.write_bytes(doc.output(r))
            signature = f"results/images/chu-ky-{slug(r.officer)}.png"
            seal = f"results/images/dau-{slug(r.issuer)}.png"
            signature_png(rng, out / signature)
            seal_png(r.seal_ring, out / seal)
            entry |= {"signature_image": signature, "seal_image": seal}
            texts = doc.lines
        else:
            ctx = Ctx(rng, 300)
            page = scanned_result(ctx, r)
            look = make_look(rng, "plain", False, 0)
            seed = rng.randrange(2**32)
            img = scan(page.img, look, color=False, bilevel=False, seed=seed)
            when = datetime(r.day.year, r.day.month, r.day.day, 16, 30)
            write_pdf(target, [(img, look)], 300, nfc(f"Kết quả quét {r.code}"), when)
            entry |= {"dpi": 300, "skew_deg": look.skew, "jpeg_quality": look.quality,
                      "encoding": "jpeg", "text": nfc("\n".join(page.lines))}
            texts = page.lines
        check_fields({"type": r.doc_type, "fields": entry["fields"]}, ["\n".join(texts)])
        entries.append(entry)
    validate_results(entries)
    return {"schema": 1, "results": entries}


def validate_results(entries: Sequence[dict]) -> None:
    """The promises of the results: each issued after its dossier was received, for a dossier of
    its agency; a decision, a land-use certificate and civil-status extracts, electronic and
    one scanned; at least two issuing agencies, two results for the sample accounts' agency."""
    for e in entries:
        assert e["agency"] == e["receipt_code"].split("-")[0], e["file"]
        assert date.fromisoformat(e["fields"]["ngay_ban_hanh"]) > received_on(e["receipt_code"])
        assert e["form"] in RESULT_FORMS and e["doc_type"] in RESULT_TYPES, e["file"]
    assert {e["doc_type"] for e in entries} == set(RESULT_TYPES)
    assert {e["form"] for e in entries} == set(RESULT_FORMS)
    assert len({e["agency"] for e in entries}) >= 2
    assert sum(e["agency"] == H19 for e in entries) >= 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent,
                        help="output folder (default: the folder of this script)")
    args = parser.parse_args(argv)
    out: Path = args.out
    for sub in ("scans", "backlog", "truth", "rescans", "results"):
        shutil.rmtree(out / sub, ignore_errors=True)
        (out / sub).mkdir(parents=True)
    truths = build(out)
    validate(truths, out)
    for t in truths:
        text = json.dumps(t, ensure_ascii=False, indent=2) + "\n"
        (out / "truth" / f"{t['receipt_code']}.json").write_text(text, encoding="utf-8")
    results = build_results(out, truths)
    text = json.dumps(results, ensure_ascii=False, indent=2) + "\n"
    (out / "results" / "truth.json").write_text(text, encoding="utf-8")
    pages = sum(len(t["pages"]) for t in truths)
    clean = sum(p["clean"] for t in truths for p in t["pages"])
    print(f"{len(truths)} dossiers, {pages} pages ({clean} clean) and "
          f"{len(results['results'])} results written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
