"""Pages of a born-digital PDF (a department's result typed on a computer): the page as an
image, and the text the PDF itself carries, with each word where it is printed.

A result is archived as PDF/A-2b built the same way as a scan (:func:`ocr.build_searchable_pdf`:
the page image under an invisible text layer), which makes it PDF/A whatever software wrote the
original. Its text is not read by OCR: the PDF knows it exactly, so the words, their positions
and the search index are exact. A page that carries no text (a scan saved as PDF) gets an empty
text layer; the caller decides whether to read it with OCR.
"""

from __future__ import annotations

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ocr.pdf import PdfPage
from ocr.types import PageText, Word
from sohoa.errors import InputDocumentError
from sohoa.pdfium import one_at_a_time
from sohoa.text import nfc

__all__ = ["DIGITAL_ENGINE", "UnreadableDigitalPdfError", "digital_pages", "pdf_text"]

DIGITAL_ENGINE = "pdf-text"
"""The engine named in a page's text when the words come from the PDF itself."""


class UnreadableDigitalPdfError(InputDocumentError):
    """A PDF whose pages cannot be rendered or whose text cannot be read."""

    code = "pdf_unreadable"
    http_status = 422


def _open(pdf: bytes, name: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise UnreadableDigitalPdfError(
                f"{name}: tệp PDF có mật khẩu; gửi lại bản không đặt mật khẩu (the PDF is "
                f"password-protected; send it without a password)") from exc
        raise UnreadableDigitalPdfError(
            f"{name}: không đọc được tệp PDF ({exc}); gửi lại bản xuất từ phần mềm soạn thảo "
            f"(the PDF cannot be read)") from exc


def _words(page: pdfium.PdfPage, dpi: float, height_px: int) -> tuple[Word, ...]:
    """The page's words with their boxes in pixels at ``dpi``; a new line where the text
    does (a line break, or a baseline that moves by more than half a character)."""
    text = page.get_textpage()
    try:
        count = text.count_chars()
        if count <= 0:
            return ()
        chars = text.get_text_range(0, count)
        scale = dpi / 72.0
        words: list[Word] = []
        line, current, box = 0, "", None
        last_bottom: float | None = None

        def flush() -> None:
            nonlocal current, box
            if current.strip() and box is not None:
                left, bottom, right, top = box
                words.append(Word(nfc(current.strip()), round(left * scale),
                                  round(height_px - top * scale), max(1, round((right - left)
                                                                               * scale)),
                                  max(1, round((top - bottom) * scale)), 100.0, line))
            current, box = "", None

        for i, ch in enumerate(chars[:count]):
            if ch in "\r\n":
                flush()
                line += 1
                last_bottom = None
                continue
            if ch.isspace() or ch == "\x00":
                flush()
                continue
            left, bottom, right, top = text.get_charbox(i, loose=True)
            if last_bottom is not None and abs(bottom - last_bottom) > max(top - bottom, 1) / 2:
                flush()
                line += 1
            last_bottom = bottom
            current += ch
            box = (left, bottom, right, top) if box is None else (
                min(box[0], left), min(box[1], bottom), max(box[2], right), max(box[3], top))
        flush()
        return tuple(words)
    finally:
        text.close()


@one_at_a_time
def digital_pages(pdf: bytes, *, dpi: int = 300, name: str = "kết quả",
                  max_pages: int = 200) -> list[PdfPage]:
    """Render each page at ``dpi`` and attach the words the PDF carries.

    Raises:
        UnreadableDigitalPdfError: the PDF cannot be opened or rendered, or has no page or
            more than ``max_pages``.
    """
    doc = _open(pdf, name)
    try:
        if not 1 <= len(doc) <= max_pages:
            raise UnreadableDigitalPdfError(
                f"{name}: tệp có {len(doc)} trang; một kết quả có từ 1 đến {max_pages} trang "
                f"(a result has 1 to {max_pages} pages)")
        pages = []
        for n in range(len(doc)):
            page = doc[n]
            try:
                bitmap = page.render(scale=dpi / 72.0)
                image = np.asarray(bitmap.to_pil().convert("RGB"))
            except (pdfium.PdfiumError, ValueError, MemoryError) as exc:
                raise UnreadableDigitalPdfError(
                    f"{name}, trang {n + 1}: không dựng được trang ({exc}) (the page cannot be "
                    f"rendered)") from exc
            if _grey(image):
                image = image[:, :, 0].copy()
            height, width = image.shape[:2]
            words = _words(page, dpi, height)
            text = PageText(DIGITAL_ENGINE, f"pdfium {pdfium.PDFIUM_INFO}", "vie", width,
                            height, float(dpi), words)
            pages.append(PdfPage.from_image(image, float(dpi), text, quality=85))
        return pages
    finally:
        doc.close()


def _grey(image: np.ndarray) -> bool:
    """True when every pixel is grey (a page printed in black): stored as one channel."""
    channels = image.astype(np.int16)
    return bool(np.abs(channels[:, :, 0] - channels[:, :, 1]).max() <= 8
                and np.abs(channels[:, :, 1] - channels[:, :, 2]).max() <= 8)


@one_at_a_time
def pdf_text(pdf: bytes, *, name: str = "tài liệu", max_pages: int = 200) -> list[str]:
    """The text each page of a PDF carries (NFC), for a file that is kept as it is."""
    doc = _open(pdf, name)
    try:
        out = []
        for n in range(min(len(doc), max_pages)):
            text = doc[n].get_textpage()
            try:
                out.append(nfc(text.get_text_range().replace("\r\n", "\n")))
            finally:
                text.close()
        return out
    finally:
        doc.close()
