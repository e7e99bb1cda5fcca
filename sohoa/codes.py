"""Receipt codes (mã hồ sơ) and the agency each dossier belongs to.

A receipt code issued by the one-stop software starts with the code of the agency (đơn vị)
that handles the dossier, then the date and a number: ``000.00.12.H19-250414-0007`` belongs
to agency ``000.00.12.H19``. Codes sohoa generates for pages without a receipt start with
``SOHOA``: they belong to no agency.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["NO_AGENCY", "RECEIPT_CODE", "agency_of", "receipt_date"]

RECEIPT_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]{0,63}")
"""What a receipt code (or a generated dossier code) can look like."""

NO_AGENCY = "SOHOA"
"""The agency part of the codes sohoa generates: no agency."""


def agency_of(receipt_code: str) -> str:
    """The code of the agency a dossier belongs to: its receipt code up to the first ``-``."""
    return receipt_code.split("-", 1)[0]


def receipt_date(receipt_code: str) -> date | None:
    """The day a receipt code says its dossier was received (``…-YYMMDD-…``), or None when
    the code carries no such date."""
    parts = receipt_code.split("-")
    if len(parts) < 3 or len(parts[1]) != 6 or not parts[1].isdigit():
        return None
    try:
        return date(2000 + int(parts[1][:2]), int(parts[1][2:4]), int(parts[1][4:]))
    except ValueError:
        return None
