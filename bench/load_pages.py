"""Small dossiers drawn for the load bench (``bench/load.py``): a receipt sheet with its QR
code, then a few short papers, each page an A4 greyscale PNG at 200 dpi with a handful of
lines of Vietnamese text. Deterministic: the same dossier number gives the same bytes.

Every dossier carries the word ``TAILIEU<n>`` (its number, no diacritics) and the applicant's
name, so a search can find it, with or without diacritics.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from functools import lru_cache

import segno
from PIL import Image, ImageDraw, ImageFont

__all__ = ["DPI", "Dossier", "dossier", "person", "result_pdf"]

DPI = 200
_W, _H = 1654, 2339  # A4 at 200 dpi
_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif{}.ttf"

_FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ")
_MIDDLE = ("Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Quang", "Thanh")
_GIVEN = ("Hùng", "Lan", "Dũng", "Hương", "Tuấn", "Mai", "Sơn", "Hạnh", "Phúc", "Yến", "Đạt")
_PLACES = ("xã Đồng Rui", "phường Lộc Thọ", "xã Hương Sơn", "thị trấn Đông Anh",
           "phường Quang Trung", "xã Tân Phú")
_PAPERS = (
    ("ĐƠN ĐỀ NGHỊ", "Cấp giấy chứng nhận quyền sử dụng đất lần đầu"),
    ("TỜ KHAI", "Đăng ký khai sinh cho trẻ em sinh ra tại địa phương"),
    ("GIẤY ỦY QUYỀN", "Ủy quyền nộp hồ sơ và nhận kết quả thủ tục hành chính"),
    ("BIÊN LAI THU PHÍ", "Phí thẩm định hồ sơ, lệ phí cấp giấy chứng nhận"),
    ("SƠ ĐỒ THỬA ĐẤT", "Thửa đất số 112, tờ bản đồ số 7, diện tích 215,4 mét vuông"),
)


@dataclass(frozen=True)
class Dossier:
    """One dossier as a counter scans it: its receipt code and its pages (PNG bytes)."""

    code: str
    name: str
    """The applicant (with diacritics)."""
    marker: str
    """A word found only in this dossier's papers."""
    pages: tuple[bytes, ...]


def person(n: int) -> str:
    """A made-up full name, different for each ``n`` below 880."""
    return (f"{_FAMILY[n % len(_FAMILY)]} {_MIDDLE[(n // len(_FAMILY)) % len(_MIDDLE)]} "
            f"{_GIVEN[(n // (len(_FAMILY) * len(_MIDDLE))) % len(_GIVEN)]}")


@lru_cache(maxsize=8)
def _font(style: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(_FONT.format(style), px)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(DPI, DPI))
    return out.getvalue()


def _page(title: str, lines: list[str], qr: str | None = None) -> bytes:
    image = Image.new("L", (_W, _H), 255)
    draw = ImageDraw.Draw(image)
    head = _font("-Bold", 32)
    for y, text in ((150, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                    (200, "Độc lập - Tự do - Hạnh phúc")):
        width = draw.textlength(text, font=head)
        draw.text(((_W - width) / 2, y), text, font=head, fill=0)
    title_font = _font("-Bold", 40)
    width = draw.textlength(title, font=title_font)
    draw.text(((_W - width) / 2, 320), title, font=title_font, fill=0)
    body = _font("", 33)
    for n, text in enumerate(lines):
        draw.text((170, 430 + n * 62), text, font=body, fill=0)
    if qr:
        symbol = segno.make(qr, error="m", micro=False)
        module = 6
        box = symbol.symbol_size(border=4, scale=module)
        code = io.BytesIO()
        symbol.save(code, kind="png", scale=module, border=4)
        image.paste(Image.open(code).convert("L"), (_W - 150 - box[0], 110))
    return _png(image)


def dossier(n: int, agency: str, day: str, pages: int) -> Dossier:
    """Dossier number ``n`` of ``agency`` received on ``day`` (YYMMDD): a receipt sheet and
    ``pages - 1`` papers."""
    rng = random.Random(n)
    code = f"{agency}-{day}-{n:04d}"
    name = f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"
    cccd = f"0{rng.randrange(10**10, 10**11)}"
    place = rng.choice(_PLACES)
    marker = f"TAILIEU{n:04d}"
    received = f"20{day[:2]}-{day[2:4]}-{day[4:]}"
    payload = f"MaHoSo:{code}|MaTTHC:1.001193|SoGiayTo:{cccd}|NgayNhan:{received}"
    out = [_page("PHIẾU TIẾP NHẬN VÀ HẸN TRẢ KẾT QUẢ", [
        f"Mã hồ sơ: {code}",
        f"Ông/bà: {name}",
        f"Số CCCD: {cccd}",
        f"Địa chỉ: {place}",
        "Thủ tục hành chính: Đăng ký đất đai, tài sản gắn liền với đất",
        f"Số lượng hồ sơ: 01 bộ, gồm {pages - 1:02d} tờ. Ghi chú: {marker}",
    ], qr=payload)]
    for i in range(1, pages):
        title, subject = _PAPERS[(n + i) % len(_PAPERS)]
        out.append(_page(title, [
            subject,
            f"Họ và tên: {name}, số CCCD {cccd}",
            f"Nơi cư trú: {place}, huyện Đông Hòa",
            "Tôi cam đoan những thông tin trên đây là đúng sự thật.",
            f"Trang {i} của hồ sơ {marker}",
        ]))
    return Dossier(code, name, marker, tuple(out))


def result_pdf(code: str, n: int, signer: str) -> bytes:
    """An unsigned decision (quyết định) for dossier ``code``, as officer ``signer`` issues
    it: a one-page PDF with its own text, the officer's name under the place to sign."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("serif", "", _FONT.format(""))
    pdf.add_font("serif", "B", _FONT.format("-Bold"))
    pdf.add_page()
    pdf.set_font("serif", "B", 13)
    pdf.cell(0, 8, "ỦY BAN NHÂN DÂN HUYỆN ĐÔNG HÒA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", align="C", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("serif", "B", 15)
    pdf.cell(0, 10, "QUYẾT ĐỊNH", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("serif", "", 12)
    pdf.multi_cell(0, 7, f"Số: {n:03d}/QĐ-UBND\nVề việc giải quyết hồ sơ {code}.\n"
                         "Điều 1. Chấp thuận đề nghị của người nộp hồ sơ.\n"
                         "Điều 2. Quyết định có hiệu lực kể từ ngày ký.")
    pdf.ln(10)
    pdf.set_font("serif", "B", 12)
    pdf.cell(0, 8, "CHUYÊN VIÊN", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(24)
    pdf.cell(0, 8, signer, align="R", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
