"""Shared by the signing tests: a PDF shaped like the OCR output, and reading its signature."""

from __future__ import annotations

import io
from datetime import datetime

import pikepdf

from signing import VN_TZ

NAME = "Nguyễn Thị Lan"
WHEN = datetime(2026, 11, 21, 9, 15, 2, tzinfo=VN_TZ)
A4 = (0.0, 0.0, 595.28, 841.89)
IMAGE_W, IMAGE_H = 300, 424
TEXT_LAYER = b"(Giay khai sinh so 123)"


def make_pdf(
    *,
    pages: int = 1,
    rotate: int = 0,
    media_box: tuple[float, float, float, float] = A4,
    crop_box: tuple[float, float, float, float] | None = None,
) -> bytes:
    """A PDF shaped like the OCR output: a full-page scan image plus an invisible text layer."""
    pdf = pikepdf.new()
    font = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
        )
    )
    x0, y0, x1, y1 = media_box
    for number in range(pages):
        pixels = bytes((i * 7 + number) % 251 for i in range(IMAGE_W * IMAGE_H))
        image = pikepdf.Stream(pdf, pixels)
        image.Type = pikepdf.Name.XObject
        image.Subtype = pikepdf.Name.Image
        image.Width, image.Height = IMAGE_W, IMAGE_H
        image.ColorSpace = pikepdf.Name.DeviceGray
        image.BitsPerComponent = 8
        content = (
            (
                f"q {x1 - x0:.2f} 0 0 {y1 - y0:.2f} {x0:.2f} {y0:.2f} cm /Im0 Do Q\n"
                f"BT 3 Tr /F1 12 Tf {x0 + 72:.2f} {y1 - 120:.2f} Td "
            ).encode()
            + TEXT_LAYER
            + f" Tj 0 -14 Td (Trang {number + 1}) Tj ET\n".encode()
        )
        page = pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=list(media_box),
            Resources=pikepdf.Dictionary(
                XObject=pikepdf.Dictionary(Im0=image), Font=pikepdf.Dictionary(F1=font)
            ),
            Contents=pikepdf.Stream(pdf, content),
        )
        if crop_box is not None:
            page.CropBox = list(crop_box)
        if rotate:
            page.Rotate = rotate
        pdf.pages.append(pikepdf.Page(page))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def field_info(signed: bytes, name: str = "SoHoa") -> dict[str, object]:
    """Plain values read from the signature field with pikepdf."""
    with pikepdf.open(io.BytesIO(signed)) as doc:
        for field in doc.Root.AcroForm.Fields:
            if str(field.T) == name:
                appearance = field.AP.N
                return {
                    "rect": [float(v) for v in field.Rect],
                    "on_page_1": field.P.objgen == doc.pages[0].obj.objgen,
                    "matrix": [float(v) for v in appearance.get("/Matrix", [])],
                    "appearance": appearance.read_bytes(),
                    "M": str(field.V.M),
                    "SubFilter": str(field.V.SubFilter),
                    "Reason": str(field.V.get("/Reason", "")),
                    "ByteRange": [int(v) for v in field.V.ByteRange],
                }
    raise AssertionError(f"no field {name}")
