"""Where a document was reused: the one-stop software tells sohoa that a paper of one dossier
was reused in another dossier (so the citizen was not asked for it again). Each reuse is its
own write-once object beside the dossier (``dossiers/<code>/reuse/<doc>/<dossier>.json``),
kept permanently like the steps of a dossier's life: telling the same reuse again returns the
one kept."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime

import archive.keys as keys
from archive.errors import ObjectExistsError
from archive.store import ObjectStore, get_json, put_json
from sohoa.text import nfc

__all__ = ["Reuse", "record_reuse", "reuses_of"]

_SCHEMA = "sohoa.reuse/1"


@dataclass(frozen=True, slots=True)
class Reuse:
    """One reuse of a document in another dossier."""

    dossier: str
    """The receipt code of the dossier it was reused in."""
    at: str
    who: str
    purpose: str


def record_reuse(store: ObjectStore, receipt_code: str, document_id: str, *, dossier: str,
                 at: datetime, who: str, purpose: str) -> Reuse:
    """Record that the document was reused in ``dossier``; the record kept before (by anyone)
    is returned unchanged."""
    key = keys.reuse(receipt_code, document_id, dossier)
    if not store.exists(key):
        body = {"schema": _SCHEMA, "receipt_code": receipt_code, "document_id": document_id,
                "dossier": dossier, "at": at.isoformat(timespec="seconds"), "who": nfc(who),
                "purpose": nfc(purpose)}
        with contextlib.suppress(ObjectExistsError):  # another process was first
            put_json(store, key, body, permanent=True)
    return _read(store, key)


def reuses_of(store: ObjectStore, receipt_code: str, document_id: str) -> list[Reuse]:
    """Every dossier the document was reused in, oldest first."""
    found = [_read(store, k) for k in store.list(keys.reuse(receipt_code, document_id))]
    return sorted(found, key=lambda r: (r.at, r.dossier))


def _read(store: ObjectStore, key: str) -> Reuse:
    raw = get_json(store, key)
    return Reuse(raw["dossier"], raw["at"], raw["who"], raw.get("purpose", ""))
