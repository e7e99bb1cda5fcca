"""Searchable PDF: each page is the upright scan with an invisible, word-placed text layer.

The text layer uses a glyphless CID font (every code maps to one empty glyph, and the
ToUnicode map is the identity), so viewers select and copy the right words, ``pdftotext``
extracts them, and nothing is drawn over the image.

The file is PDF/A-2b (ISO 19005-2, level B): the font program is embedded with widths that match
it, the trailer has a document ID, nothing is transparent, and :mod:`ocr.pdfa` adds the sRGB
output intent and the XMP metadata. A PAdES signature added later as an incremental update keeps
it so.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

import numpy as np
import pikepdf
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from PIL import Image

from ocr.layout import beside, line_box, text_blocks
from ocr.pdfa import PdfaMetadata, apply_pdfa
from ocr.types import PageText, Word

__all__ = ["PdfPage", "build_searchable_pdf"]

_FONT_UNITS = 1000
_ADVANCE = 500


@dataclass(frozen=True, slots=True)
class PdfPage:
    """One page to write: the upright scan as JPEG, its resolution, and its recognised text."""

    jpeg: bytes
    width: int
    height: int
    gray: bool
    dpi: float
    text: PageText | None

    @classmethod
    def from_image(
        cls, image: np.ndarray, dpi: float, text: PageText | None, quality: int = 80
    ) -> PdfPage:
        """Encode an upright page image (RGB or grayscale array) for the PDF."""
        im = Image.fromarray(image)
        buf = io.BytesIO()
        im.save(buf, format="JPEG", quality=quality)
        return cls(buf.getvalue(), im.width, im.height, im.mode == "L", dpi, text)


@lru_cache(maxsize=1)
def _glyphless_font() -> bytes:
    fb = FontBuilder(_FONT_UNITS, isTTF=True)
    fb.setupGlyphOrder([".notdef", "blank"])
    fb.setupCharacterMap({0x20: "blank"})
    empty = TTGlyphPen(None).glyph()
    # the glyph every character is drawn with has an outline (never painted: the text layer is
    # invisible), so that a one-letter word has a box: pdfium drops a text object of one
    # glyph with an empty outline, and with it a "B" or "1" at the end of a line
    pen = TTGlyphPen(None)
    pen.moveTo((0, 0))
    pen.lineTo((0, 800))
    pen.lineTo((_ADVANCE, 800))
    pen.lineTo((_ADVANCE, 0))
    pen.closePath()
    fb.setupGlyf({".notdef": empty, "blank": pen.glyph()})
    fb.setupHorizontalMetrics({".notdef": (_ADVANCE, 0), "blank": (_ADVANCE, 0)})
    fb.setupHorizontalHeader(ascent=800, descent=-200)
    fb.setupNameTable({"familyName": "GlyphLessFont", "styleName": "Regular"})
    fb.setupOS2(sTypoAscender=800, sTypoDescender=-200, usWinAscent=800, usWinDescent=200)
    fb.setupPost()
    buf = io.BytesIO()
    fb.save(buf)
    return buf.getvalue()


def _bfranges() -> bytes:
    """Identity code-to-Unicode ranges: one per high byte, as a range may only vary the last byte.

    A CMap section holds at most 100 entries, so the 256 ranges come in three sections.
    """
    ranges = [f"<{hi:02X}00> <{hi:02X}FF> <{hi:02X}00>" for hi in range(256)]
    sections = []
    for i in range(0, len(ranges), 100):
        chunk = ranges[i : i + 100]
        sections.append(f"{len(chunk)} beginbfrange\n" + "\n".join(chunk) + "\nendbfrange\n")
    return "".join(sections).encode("ascii")


_TO_UNICODE = (
    b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
"""
    + _bfranges()
    + b"""endcmap
CMapName currentdict /CMap defineresource pop
end
end
"""
)


def _font(pdf: pikepdf.Pdf) -> pikepdf.Object:
    font_file = pikepdf.Stream(pdf, _glyphless_font())
    cid_to_gid = pikepdf.Stream(pdf, b"\x00\x01" * 65536)
    descriptor = pikepdf.Dictionary(
        Type=pikepdf.Name.FontDescriptor, FontName=pikepdf.Name.GlyphLessFont, Flags=5,
        FontBBox=[0, -200, _ADVANCE, 800], ItalicAngle=0, Ascent=800, Descent=-200,
        CapHeight=800, StemV=80, FontFile2=font_file,
    )
    cid_font = pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.CIDFontType2,
        BaseFont=pikepdf.Name.GlyphLessFont,
        CIDSystemInfo=pikepdf.Dictionary(Registry="Adobe", Ordering="Identity", Supplement=0),
        FontDescriptor=descriptor, DW=_ADVANCE, CIDToGIDMap=cid_to_gid,
    )
    return pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type0,
            BaseFont=pikepdf.Name.GlyphLessFont, Encoding=pikepdf.Name("/Identity-H"),
            DescendantFonts=[cid_font], ToUnicode=pikepdf.Stream(pdf, _TO_UNICODE),
        )
    )


def _hex(text: str) -> str:
    return "".join(f"{ord(c):04X}" for c in text if ord(c) <= 0xFFFF)


_EM = 1.5
"""A line's font size over its words' median height: the em of printed text, so that lines of
a paragraph are closer than 1.5 em, as PDF text extractors expect of one block."""
_SIZES = (1.0, 1.1, 1.21)
"""Font sizes of the blocks, over the page's. Poppler (``pdftotext`` in its default mode) puts
lines of one size that lie close one under the other into one block, and reads a block's lines
top to bottom, whatever stands beside them: a block grown from a column into the full-width
paragraph under it takes in the lines of the column beside it, and reads the two columns across.
Sizes 10% apart keep such blocks apart (poppler joins lines only within 5%)."""
_NEAR = 2.5
"""Blocks of two columns, one under the other closer than this many ems, get different sizes."""


def _block_sizes(boxes: list[tuple[int, int, int, int]], em: float) -> list[int]:
    """For each block (its box: left, top, width, height, in reading order), the index into
    ``_SIZES`` of its font size.

    A block beside the last one, or above it, starts another column. The blocks of a column
    share their size, so poppler reads the column as one block, and columns take turns between
    two sizes; a block takes a third size when a block of another column lies just above or
    below it, sharing some of its width, with the size of its own column (a side column over
    the full-width text under both columns).
    """
    sizes: list[int] = []
    columns: list[int] = []
    for k, box in enumerate(boxes):
        column = columns[-1] if columns else 0
        if k and (beside(box, boxes[k - 1]) or box[1] < boxes[k - 1][1]):
            column += 1
        used = set()
        for other, size, col in zip(boxes[:k], sizes, columns, strict=True):
            shared = min(box[0] + box[2], other[0] + other[2]) - max(box[0], other[0])
            gap = max(box[1] - (other[1] + other[3]), other[1] - (box[1] + box[3]))
            if col != column and shared > 0 and gap < _NEAR * em:
                used.add(size)
        choices = [column % 2, 1 - column % 2, 2]
        sizes.append(next((i for i in choices if i not in used), column % 2))
        columns.append(column)
    return sizes


def _text_layer(text: PageText, scale: float, page_h: float) -> str:
    """Place each line on one baseline, each word stretched to its box, spaces between.

    Lines go in reading order, block by block (``text_blocks``); a block's lines get one font
    size, chosen by ``_block_sizes``, so that ``pdftotext`` in its default mode reads block by
    block as ``-raw`` does, instead of across side-by-side columns.
    """
    lines: dict[int, list[Word]] = {}
    for w in text.words:
        lines.setdefault(w.line, []).append(w)
    heights = sorted(w.height for w in text.words)
    em = heights[len(heights) // 2] * _EM
    size = max(em * scale, 1.0)
    ops: list[str] = ["BT", "3 Tr"]
    blocks = text_blocks(list(lines.values()))
    sizes = _block_sizes([line_box([w for line in b for w in line]) for b in blocks], em)
    for block, k in zip(blocks, sizes, strict=True):
        for words in block:
            ops.extend(_line_ops(sorted(words, key=lambda w: w.left), size * _SIZES[k], scale,
                                 page_h))
    ops.append("ET")
    return "\n".join(ops)


def _line_ops(words: list[Word], size: float, scale: float, page_h: float) -> list[str]:
    bottoms = sorted(w.top + w.height for w in words)
    bottom = bottoms[len(bottoms) // 2]
    y = page_h - bottom * scale + size * 0.1
    ops = []
    for i, w in enumerate(words):
        last = i == len(words) - 1
        label = w.text if last else w.text + " "
        codes = _hex(label)
        if not codes:
            continue
        span = w.width if last else max(words[i + 1].left - w.left, w.width)
        natural = len(label) * _ADVANCE / _FONT_UNITS * size
        stretch = max(span * scale / natural * 100.0, 1.0)
        x = w.left * scale
        ops.append(f"/F1 {size:.2f} Tf {stretch:.2f} Tz 1 0 0 1 {x:.2f} {y:.2f} Tm <{codes}> Tj")
    return ops


def build_searchable_pdf(
    pages: Sequence[PdfPage],
    *,
    title: str = "",
    receipt_code: str = "",
    doc_type: str = "",
    language: str = "vi",
    created: datetime | None = None,
) -> bytes:
    """Write the pages as one PDF/A-2b file, image under invisible text, and return its bytes.

    Args:
        pages: The pages in order.
        title: Document title (``/Title`` and ``dc:title``); left out when empty.
        receipt_code: Receipt code (mã hồ sơ) of the dossier, recorded in the XMP metadata as
            ``sohoa:ReceiptCode``; left out when empty.
        doc_type: Document type, recorded as ``sohoa:DocumentType``; left out when empty.
        language: Language of the text as an RFC 3066 tag (``dc:language`` and the catalog's
            ``/Lang``); empty leaves it out.
        created: Creation time recorded in ``/Info`` and in the XMP metadata; default now. A
            naive value is taken as Vietnam time.

    Returns:
        The PDF. Its bytes depend only on the arguments (the document ID is derived from the
        content), so the same pages and ``created`` give the same file.
    """
    pdf = pikepdf.new()
    font = _font(pdf)
    for page in pages:
        h_px, w_px = page.height, page.width
        scale = 72.0 / page.dpi
        w_pt, h_pt = w_px * scale, h_px * scale
        colour = pikepdf.Name.DeviceGray if page.gray else pikepdf.Name.DeviceRGB
        image = pikepdf.Stream(pdf, page.jpeg)
        image.write(page.jpeg, filter=pikepdf.Name.DCTDecode)
        image.Type = pikepdf.Name.XObject
        image.Subtype = pikepdf.Name.Image
        image.Width, image.Height = w_px, h_px
        image.ColorSpace = colour
        image.BitsPerComponent = 8
        content = f"q {w_pt:.3f} 0 0 {h_pt:.3f} 0 0 cm /Im0 Do Q\n"
        if page.text is not None and page.text.words:
            content += _text_layer(page.text, scale, h_pt)
        pdf_page = pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=[0, 0, round(w_pt, 3), round(h_pt, 3)],
            Resources=pikepdf.Dictionary(
                XObject=pikepdf.Dictionary(Im0=image), Font=pikepdf.Dictionary(F1=font)
            ),
            Contents=pikepdf.Stream(pdf, content.encode("ascii")),
        )
        pdf.pages.append(pikepdf.Page(pdf_page))
    if language:
        pdf.Root.Lang = language
    apply_pdfa(pdf, PdfaMetadata(title=title, language=language, receipt_code=receipt_code,
                                 doc_type=doc_type, created=created))
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, compress_streams=True, min_version="1.7")
    return out.getvalue()
