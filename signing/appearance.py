"""How a signature looks on the page, as Decree 30/2020/NĐ-CP (Appendix I) describes it.

- An issued result carries two signatures, each an incremental update that keeps the earlier
  one valid: first the person with authority (the image of their handwritten signature, blue,
  transparent PNG, centred between their title and their name), then the organisation (the
  image of its red seal at true size, transparent PNG, covering about a third of the
  signature image on its left).
- An organisation's certified electronic copy of a paper (SAO Y, SAO LỤC, TRÍCH SAO) carries a
  text stamp only, at the top right of page 1: the form of copy, the organisation, and the time
  in ISO 8601 with the Vietnam offset, in Times New Roman 10 pt, upright, black.
- A digitised dossier paper keeps the digitiser's stamp at the top left of page 1 (Circular
  01/2023/TT-VPCP), as :func:`signing.sign_pdf` does by default.

The signature and seal images are settings of each installation (files it is given), never
part of sohoa.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

from sohoa.errors import ConfigurationError
from sohoa.pdfium import one_at_a_time
from sohoa.text import fold, nfc

from .errors import UnsignablePdfError

__all__ = [
    "COPY_FONT_CANDIDATES",
    "CopyAppearance",
    "ImageAppearance",
    "find_copy_font",
    "seal_box",
    "signer_block",
]

_MM = 72 / 25.4

COPY_FONT_CANDIDATES: tuple[Path, ...] = (
    Path("/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman.ttf"),
    Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"),
    Path("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"),
)
"""Times New Roman, else Liberation Serif (same widths; Debian fonts-liberation2)."""

Box = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class ImageAppearance:
    """A signature shown as an image (a handwritten signature or a seal) in a box of a page."""

    image: Path
    """PNG with a transparent background."""
    page: int
    """0-based page index."""
    box: Box
    """``(x0, y0, x1, y1)`` in PDF points, origin bottom left."""


@dataclass(frozen=True, slots=True)
class CopyAppearance:
    """The text stamp of a certified electronic copy (bản sao điện tử)."""

    form: str
    """Form of copy: "SAO Y", "SAO LỤC" or "TRÍCH SAO"."""
    organisation: str
    font: Path | None = None
    """Default: :func:`find_copy_font`."""


def find_copy_font() -> Path:
    """Times New Roman or a font with its widths; raise ``ConfigurationError`` if none."""
    for candidate in COPY_FONT_CANDIDATES:
        if candidate.is_file():
            return candidate
    raise ConfigurationError(
        "No Times New Roman or Liberation Serif font is installed for the copy stamp; install "
        "the Debian package fonts-liberation2."
    )


@one_at_a_time
def signer_block(pdf: bytes, name: str, *, height_mm: float = 24.0) -> tuple[int, Box]:
    """Where the signature image of ``name`` goes: between the signer's title and their name,
    found as the last place the name is printed in the document.

    Returns the 0-based page and the box (PDF points): as wide as the name (at least 40 mm),
    from just above the name up to the line above it (the title), or ``height_mm`` if the
    title is further away.
    """
    wanted = fold(nfc(name)).strip()
    if not wanted:
        raise UnsignablePdfError("The signer's name to look for is empty.")
    try:
        doc = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as exc:
        raise UnsignablePdfError(f"The result PDF cannot be read: {exc}") from exc
    try:
        for index in range(len(doc) - 1, -1, -1):
            found = _name_on_page(doc[index], wanted, height_mm)
            if found is not None:
                return index, found
    finally:
        doc.close()
    raise UnsignablePdfError(
        f"The signer's name {nfc(name)!r} is not printed in the result, so the place for the "
        "signature cannot be found; check the name, or give the place explicitly."
    )


def _name_on_page(page: pdfium.PdfPage, wanted: str, height_mm: float) -> Box | None:
    text = page.get_textpage()
    try:
        count = text.count_chars()
        chars = text.get_text_range(0, count)
        at = fold(chars).rfind(wanted)
        if at < 0:
            return None
        boxes = [text.get_charbox(i) for i in range(at, at + len(wanted))]
        x0 = min(b[0] for b in boxes)
        x1 = max(b[2] for b in boxes)
        top = max(b[3] for b in boxes)
        # the nearest printed character above the name, within the signature's height
        ceiling = top + height_mm * _MM
        above = [text.get_charbox(i) for i in range(count)
                 if not chars[i].isspace() and i < at]
        overlapping = [b[1] for b in above
                       if b[1] > top + 2 and b[1] < ceiling and b[2] > x0 - 20 and b[0] < x1 + 20]
        roof = min(overlapping) if overlapping else ceiling
        width = max(x1 - x0, 40 * _MM)
        middle = (x0 + x1) / 2
        return (middle - width / 2, top + 1.5 * _MM, middle + width / 2, roof - 1.5 * _MM)
    finally:
        text.close()


def seal_box(signature: Box, diameter_mm: float) -> Box:
    """The seal at true size (``diameter_mm``), centred on the signature's height, covering
    the left third of the signature box."""
    x0, y0, x1, y1 = signature
    d = diameter_mm * _MM
    right = x0 + (x1 - x0) / 3
    middle = (y0 + y1) / 2
    return (right - d, middle - d / 2, right, middle + d / 2)
