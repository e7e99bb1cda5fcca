"""Small batches for the fault bench: each a receipt sheet with a QR code of a receipt code of
its own, then one typed paper, drawn as 300 dpi page images (an upload of image files is one
batch). Every batch is new to the archive, so what ends archived can be counted per batch."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

import segno
from PIL import Image, ImageDraw, ImageFont

__all__ = ["AGENCY", "Input", "make_input"]

AGENCY = "000.00.12.H19"
"""The agency of the bench's clerk; every receipt code starts with it."""
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf")
DPI = 300
A4 = (2480, 3508)


@dataclass(frozen=True, slots=True)
class Input:
    """One batch as the counter sends it: its receipt code and its files (name, bytes)."""

    code: str
    files: tuple[tuple[str, bytes], ...]

    @property
    def shas(self) -> tuple[str, ...]:
        """The sha256 of each file: the intake package it must be kept as."""
        return tuple(hashlib.sha256(data).hexdigest() for _, data in self.files)


def _page(lines: list[tuple[str, bool]], qr: str | None = None) -> bytes:
    img = Image.new("L", A4, 255)
    draw = ImageDraw.Draw(img)
    regular = ImageFont.truetype(str(FONT), 46)
    bold = ImageFont.truetype(str(BOLD), 54)
    if qr is not None:
        code = segno.make(qr, error="m", micro=False)
        buf = io.BytesIO()
        code.save(buf, kind="png", scale=12, border=2)
        img.paste(Image.open(buf).convert("L"), (A4[0] - 560, 160))
    y = 620
    for text, strong in lines:
        font = bold if strong else regular
        width = draw.textlength(text, font=font)
        x = (A4[0] - width) / 2 if strong else 240
        draw.text((x, y), text, font=font, fill=0)
        y += 95 if strong else 78
    out = io.BytesIO()
    img.save(out, format="PNG", dpi=(DPI, DPI), optimize=True)
    return out.getvalue()


def make_input(run: str, n: int, day: str = "261206") -> Input:
    """The ``n``-th batch of run ``run`` (a number of up to four digits in all runs)."""
    seq = f"{int(run) % 100:02d}{n % 100:02d}"
    code = f"{AGENCY}-{day}-{seq}"
    receipt = _page([
        ("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", True),
        ("PHIẾU TIẾP NHẬN VÀ HẸN TRẢ KẾT QUẢ", True),
        (f"Mã hồ sơ: {code}", True),
        ("Trung tâm tiếp nhận hồ sơ của:", False),
        (f"Ông/bà: Nguyễn Văn Thử nghiệm số {run}-{n}", False),
        ("Thủ tục hành chính: Chứng thực chữ ký trong giấy tờ, văn bản", False),
        ("Thành phần hồ sơ gồm:", False),
        ("1. Giấy ủy quyền: 01 bản", False),
        ("Số lượng hồ sơ: 01 bộ, gồm 01 tờ.", False),
        ("Thời gian trả kết quả: 16 giờ 00 phút, ngày 07/12/2026", False),
    ], qr=f"MaHoSo:{code}|MaTTHC:1.001234|NgayNhan:2026-12-06")
    paper = _page([
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
        ("Độc lập - Tự do - Hạnh phúc", True),
        ("GIẤY ỦY QUYỀN", True),
        (f"Bên ủy quyền: Nguyễn Văn Thử nghiệm số {run}-{n}", False),
        ("Sinh ngày 12 tháng 3 năm 1980, thường trú tại phường Thạch Thang,", False),
        ("quận Hải Châu, thành phố Đà Nẵng.", False),
        ("Bên được ủy quyền: Trần Thị Bình, sinh năm 1985.", False),
        ("Nội dung ủy quyền: thay mặt bên ủy quyền nộp và nhận hồ sơ,", False),
        ("kết quả giải quyết thủ tục hành chính tại Trung tâm.", False),
        ("Thời hạn ủy quyền: từ ngày ký đến hết ngày 31 tháng 12 năm 2026.", False),
        ("Hai bên cam kết chịu trách nhiệm trước pháp luật về nội dung ủy quyền.", False),
    ])
    return Input(code, (("page-001.png", receipt), ("page-002.png", paper)))
