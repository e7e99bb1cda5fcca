"""The printed copy of an archived document: each page of its signed PDF as an image, shrunk to
leave a band at the bottom with a QR code (ISO/IEC 18004) that links to the public verification
page, and a caption in Vietnamese.

A printed copy is not the signed original and does not pretend to be: the pages are drawn
afresh (pypdfium2 renders them, fpdf2 lays them out), so no signature field, no signed bytes
and no form of the original is carried over, and every page says "Bản in từ bản điện tử đã ký
số". The QR code is drawn as vector squares, sharp at any printer's resolution. It is PDF/A-2b
(:func:`sohoa.pdfa.finish_pdfa`), titled with the notice and described with the link.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pypdfium2
import segno
from fpdf import FPDF
from PIL.Image import Image

from archive.errors import ArchiveError
from sohoa.pdfa import PRODUCER, PdfaMetadata, finish_pdfa
from sohoa.pdfium import one_at_a_time
from sohoa.text import nfc

__all__ = ["PRINT_NOTICE", "SCAN_HINT", "PrintedCopyError", "QrBand", "render_printed_copy"]

PRINT_NOTICE = "Bản in từ bản điện tử đã ký số"
"""What every page of a printed copy says it is (a print, not the signed original)."""
SCAN_HINT = "Quét mã để xác minh bản điện tử gốc"
"""The caption beside the QR code."""

_BAND_MM = 30.0
"""Height of the band at the bottom of each page that holds the QR code and its caption."""
_QR_MM = 25.0
"""Side of the QR code, quiet zone included."""
_QUIET = 4
"""Modules of white around the QR code (ISO/IEC 18004 asks for four)."""
_MARGIN_MM = 3.0
_MIN_SHEET_MM = 105.0
"""A page narrower or shorter than this (a till receipt) is printed on a sheet this large, so
the band has room for the QR code and its caption."""
_PT_MM = 25.4 / 72


class PrintedCopyError(ArchiveError):
    """The signed PDF cannot be drawn as a printed copy (unreadable, no pages)."""

    code = "print_failed"
    http_status = 422


@dataclass(frozen=True, slots=True)
class QrBand:
    """What the band at the bottom of each page carries."""

    link: str
    """What the QR code encodes: the verification page of this document."""
    sha256: str
    """The sha256 of the archived signed PDF (shown shortened under the caption)."""
    reference: str
    """How people name the document, e.g. ``Hồ sơ 000.00.12.H19-250414-0007 · tài liệu …``."""


@one_at_a_time
def render_printed_copy(pdf: bytes, band: QrBand, font: Path, *, dpi: int = 150) -> bytes:
    """A print-ready PDF of ``pdf``: each page rendered at ``dpi``, the QR band under it.

    Raises ``PrintedCopyError`` when ``pdf`` cannot be read or has no page, and
    ``ArchiveError`` when the font is missing."""
    if not font.is_file():
        raise ArchiveError(f"the font {font} for printed copies does not exist (install "
                           "fonts-dejavu-core)")
    qr = segno.make(band.link, error="m", micro=False)
    try:
        source = pypdfium2.PdfDocument(pdf)
    except pypdfium2.PdfiumError as exc:
        raise PrintedCopyError(f"bản ký số không đọc được để in (the signed PDF cannot be "
                               f"read: {exc})") from exc
    try:
        source.init_forms()  # the signatures' appearances (seal, signature image) are fields
        if len(source) == 0:
            raise PrintedCopyError("bản ký số không có trang nào (the signed PDF has no page)")
        out = FPDF(unit="mm")
        out.set_auto_page_break(False)
        out.add_font("body", "", str(font))
        bold = font.with_name(font.stem + "-Bold" + font.suffix)
        out.add_font("body", "B", str(bold if bold.is_file() else font))
        title, subject = nfc(f"{PRINT_NOTICE} — {band.reference}"), nfc(f"{SCAN_HINT}: {band.link}")
        out.set_title(title)
        out.set_subject(subject)
        out.set_creator(PRODUCER)
        for n in range(len(source)):
            page = source[n]
            try:
                width, height = (v * _PT_MM for v in page.get_size())
                image = page.render(scale=dpi / 72).to_pil().convert("RGB")
            finally:
                page.close()
            _page(out, image, width, height, qr, band, n + 1, len(source))
        return finish_pdfa(bytes(out.output()), PdfaMetadata(title=title, subject=subject))
    finally:
        source.close()


def _page(out: FPDF, image: Image, width: float, height: float, qr: segno.QRCode,
          band: QrBand, number: int, pages: int) -> None:
    """One page: the original page shrunk into the space above the band, then the band."""
    sheet_w, sheet_h = max(width, _MIN_SHEET_MM), max(height, _MIN_SHEET_MM)
    out.add_page(format=(sheet_w, sheet_h))
    scale = min(1.0, (sheet_h - _BAND_MM) / height)
    shown_w, shown_h = width * scale, height * scale
    jpeg = io.BytesIO()
    image.save(jpeg, "JPEG", quality=85)
    out.image(jpeg, x=(sheet_w - shown_w) / 2, y=0, w=shown_w, h=shown_h)
    width, height_total = sheet_w, sheet_h
    top = height_total - _BAND_MM
    out.set_draw_color(160)
    out.line(_MARGIN_MM, top, width - _MARGIN_MM, top)
    qr_x, qr_y = width - _MARGIN_MM - _QR_MM, top + (_BAND_MM - _QR_MM) / 2
    _draw_qr(out, qr, qr_x, qr_y, _QR_MM)
    text_w = qr_x - 2 * _MARGIN_MM
    out.set_xy(_MARGIN_MM, top + 3)
    out.set_font("body", "B", 9)
    out.multi_cell(text_w, 4.2, nfc(PRINT_NOTICE), new_x="LMARGIN", new_y="NEXT")
    out.set_x(_MARGIN_MM)
    out.set_font("body", "", 8)
    lines = [f"{SCAN_HINT} (scan to verify the signed original).",
             band.reference, f"SHA-256: {band.sha256[:16]}…", f"Trang {number}/{pages}"]
    out.multi_cell(text_w, 3.8, nfc("\n".join(lines)), new_x="LMARGIN", new_y="NEXT")


def _draw_qr(out: FPDF, qr: segno.QRCode, x: float, y: float, side: float) -> None:
    """The QR code as filled squares on white, its quiet zone included in ``side``."""
    matrix = qr.matrix
    count = len(matrix)
    module = side / (count + 2 * _QUIET)
    out.set_fill_color(255)
    out.rect(x, y, side, side, style="F")
    out.set_fill_color(0)
    left, top = x + _QUIET * module, y + _QUIET * module
    seam = module * 0.02  # adjacent squares overlap a little: no hairline between them
    for r, row in enumerate(matrix):
        c = 0
        while c < count:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < count and row[c]:
                c += 1
            out.rect(left + start * module, top + r * module, (c - start) * module + seam,
                     module + seam, style="F")
