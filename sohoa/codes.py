"""Receipt codes (mã hồ sơ) and the agency each dossier belongs to.

A receipt code issued by the one-stop software starts with the code of the agency (đơn vị)
that handles the dossier, then the date and a number: ``000.00.12.H19-250414-0007`` belongs
to agency ``000.00.12.H19``. Codes sohoa generates for pages without a receipt start with
``SOHOA``: they belong to no agency.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["CITIZEN_ID", "NO_AGENCY", "RECEIPT_CODE", "agency_of", "citizen_id",
           "masked_citizen_id", "receipt_date"]

RECEIPT_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]{0,63}")
"""What a receipt code (or a generated dossier code) can look like."""

CITIZEN_ID = re.compile(r"[0-9]{12}")
"""A personal identification number (số định danh cá nhân, the CCCD's number): exactly 12
digits, compared whole (never a prefix)."""

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


def citizen_id(value: str | None) -> str | None:
    """``value`` as a personal identification number (12 ASCII digits, spaces around it
    dropped), or None when it is not one."""
    if value is None:
        return None
    value = value.strip()
    return value if CITIZEN_ID.fullmatch(value) else None


def masked_citizen_id(value: str) -> str:
    """A personal identification number as logs and messages may show it: its last four
    digits only (``********6128``)."""
    return "*" * max(0, len(value) - 4) + value[-4:]
