"""The Tantivy document of an index record (``search_api.tantivy_index``): its fields as
``search_api.tantivy_schema`` declares them, and the record as stored."""

from __future__ import annotations

import json

import tantivy

from search_api.tantivy_schema import ID_KEYS
from search_api.tantivy_text import folded_body, folded_words, word_pairs
from search_api.types import IndexRecord
from sohoa.codes import agency_of
from sohoa.text import nfc

__all__ = ["day", "document", "meta_text"]


def meta_text(record: IndexRecord) -> str:
    """What ``meta`` holds: receipt code, label, title, procedure, agency and fields."""
    return " ".join(p for p in (record.receipt_code, record.doc_label, record.title,
                                record.procedure, record.agency, *record.fields.values()) if p)


def day(iso: str | None) -> int:
    """The date of an ISO date or time as YYYYMMDD (0 when there is none)."""
    return int(iso[:10].replace("-", "")) if iso and len(iso) >= 10 else 0


def document(record: IndexRecord) -> tantivy.Document:
    """The document indexed for ``record``. ``body`` is given the text already folded
    (``folded_body``: the same words the analyzer would make of the text itself, which
    ``pairs`` needs anyway), then ``meta``."""
    text = nfc(record.text)
    stored = {"document_id": record.document_id, "receipt_code": record.receipt_code,
              "doc_type": record.doc_type, "doc_label": record.doc_label,
              "title": record.title, "procedure": record.procedure,
              "date": record.doc_date or record.received_date, "location": record.location,
              "text": text, "fields": record.fields}
    meta = nfc(meta_text(record))
    words = folded_words(text)
    body = folded_body(text, words)
    sort_date = day(record.doc_date or record.received_date)
    doc = tantivy.Document(
        document_id=record.document_id, doc_type=nfc(record.doc_type),
        procedure=nfc(record.procedure), agency_code=agency_of(record.receipt_code),
        receipt_code=record.receipt_code, citizen_ids=list(record.citizen_ids),
        sort_date=sort_date, month=str(sort_date // 100),
        body=f"{text if body is None else body}\n{meta}", exact=text, meta=meta,
        pairs=word_pairs(words), record=json.dumps(stored, ensure_ascii=False).encode())
    key = record.document_id.encode()[:16].ljust(16, b"\0")
    doc.add_unsigned(ID_KEYS[0], int.from_bytes(key[:8], "big"))
    doc.add_unsigned(ID_KEYS[1], int.from_bytes(key[8:], "big"))
    return doc
