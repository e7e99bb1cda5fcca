"""Page outcomes kept in the object store between Celery tasks (``work/<batch id>/``).

Reading a page is deterministic, so a retried task writes the same bytes; whichever attempt
writes first wins and later ones leave the objects as they are.
"""

from __future__ import annotations

import contextlib
from dataclasses import asdict
from typing import Any

from archive import ObjectExistsError, ObjectStore, get_json, keys, put_json
from ocr import PageText, PdfPage
from pipeline.page_checks import ReviewFlag
from pipeline.pages import PageOutcome

__all__ = ["load_outcome", "outcome_key", "save_outcome"]


def outcome_key(batch_id: str, index: int) -> str:
    """Return the key of a page outcome's record."""
    return keys.work_page(batch_id, index)


def _put(store: ObjectStore, key: str, data: bytes | dict[str, Any]) -> None:
    with contextlib.suppress(ObjectExistsError):  # an earlier attempt wrote it first
        if isinstance(data, dict):
            put_json(store, key, data)
        else:
            store.put(key, data)


def save_outcome(store: ObjectStore, batch_id: str, outcome: PageOutcome) -> str:
    """Store one page outcome; return its record key."""
    key = outcome_key(batch_id, outcome.index)
    base = key.removesuffix(".json")
    record: dict[str, Any] = {
        "index": outcome.index, "file": outcome.file, "page": outcome.page,
        "original_ext": outcome.original_ext, "dpi": outcome.dpi, "rotation": outcome.rotation,
        "skew_deg": outcome.skew_deg, "blank": outcome.blank, "separator": outcome.separator,
        "photographed": outcome.photographed, "codes": list(outcome.codes),
        "receipt_codes": list(outcome.receipt_codes), "error_code": outcome.error_code,
        "error": outcome.error, "text": outcome.text.to_json() if outcome.text else None,
        "pdf_page": None, "has_original": outcome.original is not None,
        "review": [{"code": f.code, "reason": f.reason} for f in outcome.review],
    }
    if outcome.original is not None:
        _put(store, base + ".orig", outcome.original)
    record["has_thumbnail"] = outcome.thumbnail is not None
    if outcome.thumbnail is not None:
        _put(store, base + ".thumb.jpg", outcome.thumbnail)
    if outcome.pdf_page is not None:
        meta = asdict(outcome.pdf_page)
        meta.pop("jpeg")
        meta.pop("text")
        record["pdf_page"] = meta
        _put(store, base + ".jpg", outcome.pdf_page.jpeg)
    _put(store, key, record)
    return key


def load_outcome(store: ObjectStore, key: str) -> PageOutcome:
    """Read one page outcome back."""
    record = get_json(store, key)
    base = key.removesuffix(".json")
    text = PageText.from_json(record["text"]) if record["text"] else None
    pdf_page = None
    if record["pdf_page"]:
        m = record["pdf_page"]
        pdf_page = PdfPage(store.get(base + ".jpg"), m["width"], m["height"], m["gray"],
                           m["dpi"], text)
    return PageOutcome(
        index=record["index"], file=record["file"], page=record["page"],
        original=store.get(base + ".orig") if record["has_original"] else None,
        original_ext=record["original_ext"], dpi=record["dpi"], rotation=record["rotation"],
        skew_deg=record["skew_deg"], blank=record["blank"], separator=record["separator"],
        photographed=record["photographed"], codes=tuple(record["codes"]),
        receipt_codes=tuple(record["receipt_codes"]), pdf_page=pdf_page, text=text,
        error_code=record["error_code"], error=record["error"],
        thumbnail=store.get(base + ".thumb.jpg") if record.get("has_thumbnail") else None,
        review=tuple(ReviewFlag(**f) for f in record.get("review", ())),
    )
