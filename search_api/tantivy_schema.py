"""The fields of the embedded index (``search_api.tantivy_index``): changing them changes its
``SCHEMA_VERSION``, and every data folder's index is then rebuilt from the archive."""

from __future__ import annotations

import tantivy

from search_api.tantivy_text import EXACT, FOLDED, PAIRS

__all__ = ["ID_KEYS", "schema"]

ID_KEYS = ("id_head", "id_tail")
"""The document id's first 16 bytes as two numbers: records that rank alike are ordered by
these columns."""


def schema() -> tantivy.Schema:
    """The fields of the embedded index (``sohoa.tantivy/3``)."""
    b = tantivy.SchemaBuilder()
    b.add_text_field("document_id", stored=True, fast=True, tokenizer_name="raw")
    for name in ID_KEYS:  # the id's first 16 bytes as two numbers: ties ordered by columns
        b.add_unsigned_field(name, fast=True)
    for name in ("doc_type", "procedure", "agency_code", "receipt_code"):
        b.add_text_field(name, fast=True, tokenizer_name="raw", index_option="basic")
    b.add_integer_field("sort_date", indexed=True, fast=True)
    # the month of that date (YYYYMM) as a term: the newest months' records, read first
    b.add_text_field("month", tokenizer_name="raw", index_option="basic")
    # the personal identification numbers a document belongs to: whole keywords, never stored
    b.add_text_field("citizen_ids", tokenizer_name="raw", index_option="basic")
    # no positions: a phrase ranks through ``pairs``, never by walking positions
    b.add_text_field("body", tokenizer_name=FOLDED, index_option="freq")
    b.add_text_field("exact", tokenizer_name=EXACT, index_option="freq")
    b.add_text_field("pairs", tokenizer_name=PAIRS, index_option="freq")
    b.add_text_field("meta", tokenizer_name=FOLDED, index_option="freq")
    b.add_bytes_field("record", stored=True)
    return b.build()
