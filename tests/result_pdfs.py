"""Results as a department's drafting software writes them (born-digital, unsigned), for
tests: the Decree 30 layout, with the officer's name printed under the signature space."""

from __future__ import annotations

from datetime import UTC, datetime

from fpdf import FPDF

__all__ = ["result_pdf"]

_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


def result_pdf(*, officer: str = "Trần Văn Bình", title: str = "QUYẾT ĐỊNH",
               number: str = "125/QĐ-UBND", issuer: str = "ỦY BAN NHÂN DÂN HUYỆN AN PHÚ",
               day: str = "ngày 20 tháng 4 năm 2025",
               body: str = "Về việc công nhận quyền sử dụng đất cho ông Nguyễn Văn An.") -> bytes:
    """One A4 page laid out as an administrative document, not signed."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime(2025, 4, 20, 9, 0, tzinfo=UTC))
    pdf.add_font("serif", "", _FONT)
    pdf.add_font("serif", "B", _BOLD)
    pdf.add_page()
    pdf.set_font("serif", "B", 11)
    pdf.set_xy(15, 15)
    pdf.multi_cell(80, 6, issuer, align="C")
    pdf.set_font("serif", "", 11)
    pdf.set_xy(15, 30)
    pdf.cell(80, 6, f"Số: {number}", align="C")
    pdf.set_font("serif", "B", 11)
    pdf.set_xy(100, 15)
    pdf.multi_cell(100, 6, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
                   align="C")
    pdf.set_font("serif", "", 11)
    pdf.set_xy(100, 30)
    pdf.cell(100, 6, f"An Phú, {day}", align="C")
    pdf.set_font("serif", "B", 14)
    pdf.set_xy(15, 50)
    pdf.cell(180, 8, title, align="C")
    pdf.set_font("serif", "", 12)
    pdf.set_xy(20, 65)
    pdf.multi_cell(170, 7, body)
    pdf.set_font("serif", "B", 12)
    pdf.set_xy(110, 180)
    pdf.multi_cell(90, 6, "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", align="C")
    pdf.set_xy(110, 225)
    pdf.cell(90, 6, officer, align="C")
    return bytes(pdf.output())
