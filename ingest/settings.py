"""Settings of the ingest stage."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field

from ingest.quality import QualitySettings

__all__ = ["CCCD_QR_PATTERN", "RECEIPT_CODE_PATTERN", "IngestSettings"]

RECEIPT_CODE_PATTERN = r"\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{4}"
"""Receipt code (mã hồ sơ): agency code, yymmdd, sequence, e.g. 000.00.12.H19-261121-0001."""


CCCD_QR_PATTERN = r"^\d{12}\|"
"""The QR code of a chip-based citizen identity card: its 12-digit number, then fields."""


class IngestSettings(BaseModel):
    """Limits and thresholds for loading and cleaning pages."""

    max_file_mb: Annotated[float, Field(gt=0, description="largest accepted input file")] = 1024
    max_pages: Annotated[int, Field(ge=1, description="most pages in one input file")] = 2000
    max_page_megapixels: Annotated[
        float, Field(gt=0, description="largest page image, in millions of pixels")
    ] = 120
    render_dpi: Annotated[int, Field(ge=72, le=600, description="PDF pages without an image")] = 300
    blank_ink_ratio: Annotated[
        float, Field(ge=0, le=0.1, description="below this share of ink a page is blank")
    ] = 0.0015
    separator_ink_ratio: Annotated[
        float, Field(ge=0, le=0.1, description="a page with a receipt code and less ink than "
                     "this besides its codes is a separator sheet")
    ] = 0.006
    max_skew_deg: Annotated[float, Field(ge=0, le=45)] = 6.0
    ocr_dpi: Annotated[
        float, Field(ge=150, le=600, description="pages far from this resolution are resampled "
                     "to it for OCR")
    ] = 250
    """Pages outside 0.9 to 1.25 times this are resampled to it for OCR. At 250, 200-dpi scans
    read better and faster than at 300 (degraded sample pages: page CER 0.34% instead of 0.40%,
    10% less OCR time), and 300-dpi scans are read as they are."""
    receipt_code_pattern: str = RECEIPT_CODE_PATTERN
    known_code_patterns: dict[str, str] = {"cccd": CCCD_QR_PATTERN}
    """Codes that are not receipt codes but are expected on papers (not reported)."""
    quality: QualitySettings = QualitySettings()
