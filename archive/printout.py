"""Printable records of the archive (destruction certificates, retention audit reports) as PDF.

A printout is a title, paragraphs and tables, in Vietnamese, under the organisation's name and
the national motto, laid out by fpdf2 with a TrueType font that has every Vietnamese letter
(embedded), and finished as PDF/A-2b by :func:`sohoa.pdfa.finish_pdfa`: the printouts that are
signed and archived for good (destruction certificates, retention reports) are kept as the
scans are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fpdf import FPDF, FontFace
from fpdf.enums import TableCellFillMode, XPos, YPos

from archive.errors import ArchiveError
from sohoa.pdfa import PRODUCER, PdfaMetadata, finish_pdfa
from sohoa.text import nfc

__all__ = ["Printout", "Table", "render_pdf"]


@dataclass(frozen=True, slots=True)
class Table:
    """A table: a header row, rows of text, and the relative width of each column."""

    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths: Sequence[float] | None = None
    font_size: float = 8.0


@dataclass(frozen=True, slots=True)
class Printout:
    """What to print: a title, a line under it, and blocks (paragraphs or tables)."""

    organisation: str
    title: str
    subtitle: str
    blocks: Sequence[str | Table]
    landscape: bool = False
    created: datetime | None = None
    """When it was made (its PDF/A metadata); default now."""


_TOP = 32.0
"""Top margin (mm): the signature stamp goes above the text, in the page's top-left corner."""
_NEXT = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT}


def render_pdf(doc: Printout, font: Path) -> bytes:
    """Lay out ``doc`` on A4 pages with the font ``font`` (its bold face beside it if any), as
    PDF/A-2b whose title and author are the printout's title and organisation."""
    if not font.is_file():
        raise ArchiveError(f"the font {font} for printouts does not exist (install "
                           "fonts-dejavu-core)")
    pdf = FPDF(orientation="L" if doc.landscape else "P", unit="mm", format="A4")
    pdf.set_margins(15, _TOP, 15)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_font("body", "", str(font))
    bold = font.with_name(font.stem + "-Bold" + font.suffix)
    pdf.add_font("body", "B", str(bold if bold.is_file() else font))
    pdf.set_title(nfc(doc.title))
    pdf.set_author(nfc(doc.organisation))
    pdf.set_creator(PRODUCER)
    pdf.alias_nb_pages()
    pdf.add_page()
    half = pdf.epw / 2
    pdf.set_font("body", "B", 10)
    y = pdf.get_y()
    pdf.multi_cell(half - 5, 5, nfc(doc.organisation).upper(), align="C", **_NEXT)
    left_end = pdf.get_y()
    pdf.set_xy(pdf.l_margin + half, y)
    pdf.multi_cell(half, 5, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
                   align="C", **_NEXT)
    pdf.set_y(max(left_end, pdf.get_y()) + 8)
    pdf.set_font("body", "B", 14)
    pdf.multi_cell(0, 7, nfc(doc.title).upper(), align="C", **_NEXT)
    pdf.set_font("body", "", 10)
    pdf.multi_cell(0, 5, nfc(doc.subtitle), align="C", **_NEXT)
    pdf.ln(4)
    for block in doc.blocks:
        if isinstance(block, Table):
            _table(pdf, block)
        else:
            pdf.set_font("body", "", 10)
            pdf.multi_cell(0, 5, nfc(block), **_NEXT)
        pdf.ln(3)
    return finish_pdfa(bytes(pdf.output()), PdfaMetadata(
        title=nfc(doc.title), author=nfc(doc.organisation), created=doc.created))


def _table(pdf: FPDF, table: Table) -> None:
    pdf.set_font("body", "", table.font_size)
    widths = tuple(table.widths) if table.widths else None
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=table.font_size * 0.5,
                   cell_fill_mode=TableCellFillMode.ROWS, cell_fill_color=245,
                   headings_style=FontFace(emphasis="BOLD", fill_color=220)) as out:
        head = out.row()
        for text in table.headers:
            head.cell(nfc(text))
        for values in table.rows:
            row = out.row()
            for text in values:
                row.cell(nfc(str(text)))
