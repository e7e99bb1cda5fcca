"""Which records may be destroyed: retention ended before a date, and no legal hold."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from archive.aip import iter_manifests
from archive.store import ObjectStore

__all__ = ["RetentionItem", "retention_due"]


@dataclass(frozen=True, slots=True)
class RetentionItem:
    """An archived document whose retention ends before the date asked about."""

    receipt_code: str
    document_id: str
    doc_type: str
    retention_class: str
    legal_source: str
    retain_until: date
    held: bool
    """Under legal hold: listed, but it cannot be destroyed until the hold is released."""
    prefix: str


def retention_due(store: ObjectStore, before: date) -> Iterator[RetentionItem]:
    """The documents whose retention ends before ``before`` (permanent ones never), oldest
    first, each with whether a legal hold keeps it."""
    found: list[RetentionItem] = []
    for key, manifest in iter_manifests(store):
        retention = manifest.get("retention", {})
        until = retention.get("retain_until")
        if retention.get("permanent") or not until:
            continue
        ends = date.fromisoformat(until)
        if ends >= before:
            continue
        found.append(RetentionItem(
            manifest["receipt_code"], manifest["document_id"],
            manifest.get("classification", {}).get("doc_type", ""),
            str(retention.get("class", "")), str(retention.get("legal_source", "")), ends,
            store.info(key).legal_hold, key.rsplit("/", 1)[0] + "/",
        ))
    yield from sorted(found, key=lambda r: (r.retain_until, r.receipt_code, r.document_id))
