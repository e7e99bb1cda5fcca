"""Key fields of a document, found by pattern in its OCR text.

``ma_ho_so`` (receipt code), ``so_ky_hieu`` (number and symbol, ``classify.fields_number``),
``ngay_ban_hanh`` (date of issue, ISO, ``classify.fields_date``), ``co_quan_ban_hanh`` (issuing
body, ``classify.fields_body``; of a card or a passport, ``classify.fields_card``), ``so_cccd``
(12-digit personal identification number, ``classify.fields_id``), ``thu_tuc`` (procedure,
``classify.fields_procedure``) and ``ho_ten`` (the person the paper is about,
``classify.names``). Each module's docstring says which candidate wins when a paper carries
several.

Every finder reads the same ``classify.fields_text.Page``: the text as lines, the national motto
cut out, and the same lines folded (lower case, no diacritics) at the same offsets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from classify.fields_body import find_agency
from classify.fields_card import CARD_TYPES, find_card_issuer
from classify.fields_date import find_date
from classify.fields_id import find_id_number
from classify.fields_number import find_number
from classify.fields_procedure import find_procedure
from classify.fields_text import Page
from classify.names import find_name
from classify.receipt_body import RECEIPT_TYPE

__all__ = ["FIELD_NAMES", "RECEIPT_CODE", "extract_fields"]

FIELD_NAMES = ("ma_ho_so", "so_ky_hieu", "ngay_ban_hanh", "co_quan_ban_hanh", "so_cccd",
               "thu_tuc", "ho_ten")
"""Every field ``extract_fields`` can report, in the order it reports them."""

RECEIPT_CODE = re.compile(r"\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{4}")

_FINDERS: dict[str, Callable[[Page, str | None], str | None]] = {
    "ma_ho_so": lambda page, _: (m.group(0) if (m := RECEIPT_CODE.search("\n".join(page.raw)))
                                 else None),
    "so_ky_hieu": find_number,
    "ngay_ban_hanh": lambda page, _: find_date(page),
    "co_quan_ban_hanh": lambda page, doc_type: (
        find_card_issuer(page) if doc_type in CARD_TYPES else find_agency(page)),
    "so_cccd": lambda page, doc_type: find_id_number(
        page, doc_type, find_name(page.raw, page.folded, doc_type)),
    "thu_tuc": lambda page, doc_type: find_procedure(page, doc_type == RECEIPT_TYPE),
    "ho_ten": lambda page, doc_type: find_name(page.raw, page.folded, doc_type),
}


def extract_fields(text: str, doc_type: str | None = None,
                   wanted: Collection[str] | None = None) -> dict[str, str]:
    """Find the key fields of a document in its text; absent fields are left out.

    ``doc_type`` (an id of ``data/document_types.json``) settles what differs by type: the
    register number of a land-use certificate, the person a decision names in its body.
    ``wanted`` (the fields the type carries) limits the answer to those; None reports every
    field found. Dates are ISO, names in title case, codes without spaces.
    """
    page = Page.of(text)
    fields: dict[str, str] = {}
    for name, finder in _FINDERS.items():
        if wanted is not None and name not in wanted:
            continue
        if (value := finder(page, doc_type)) is not None:
            fields[name] = value
    return fields
