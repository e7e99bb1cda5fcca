"""Legal hold: a record under hold cannot be deleted, even after its retention ends.

A hold is set on every object of a record (one document's archival package, or every document
of a dossier) and recorded with who, when and why, in the audit trail and in the write-once
store (``holds/<record>/<time>.json``, kept permanently); releasing it is recorded the same way.
"""

from __future__ import annotations

import re
from typing import Any

import archive.keys as keys
from archive.audit import AuditLog
from archive.errors import ArchiveError, ObjectMissingError
from archive.store import ObjectStore, get_json, put_json
from sohoa.clock import now_vn
from sohoa.text import nfc

__all__ = ["HoldError", "current_holds", "record_prefix", "set_hold"]

_RECORD = re.compile(r"^[A-Za-z0-9.\-]+(/[0-9a-f]{6,64})?$")


class HoldError(ArchiveError):
    """A legal hold cannot be set or released as asked."""

    code = "legal_hold_refused"
    http_status = 400


def record_prefix(record: str) -> str:
    """The key prefix of a record named as ``RECEIPT_CODE`` (a dossier) or
    ``RECEIPT_CODE/DOCUMENT_ID`` (one document)."""
    record = keys.record_of(record.strip().strip("/") + "/")
    if not _RECORD.match(record):
        raise HoldError(
            f"{record!r} is not a record: give a receipt code (mã hồ sơ), or a receipt code and "
            "a document id as RECEIPT_CODE/DOCUMENT_ID"
        )
    return keys.aip(*record.split("/", 1))


def set_hold(
    store: ObjectStore, audit: AuditLog, record: str, hold: bool, *, reason: str,
    who: str | None = None,
) -> int:
    """Set (``hold``) or release the legal hold on every object of a record; return how many
    objects it covers. The reason is required and goes into the audit trail."""
    if not reason.strip():
        raise HoldError("a legal hold is set and released only with a reason (--reason)")
    prefix = record_prefix(record)
    objects = list(store.list(prefix))
    if not objects:
        raise ObjectMissingError(f"no archived record {keys.record_of(prefix)} to put on hold")
    for key in objects:
        store.set_legal_hold(key, hold)
    entry = audit.append("legal_hold_set" if hold else "legal_hold_released", prefix,
                         {"reason": reason, "objects": len(objects)}, who=who)
    now = now_vn()
    decision = {"record": prefix, "hold": hold, "reason": nfc(reason), "by": entry.actor,
                "at": now.isoformat(), "objects": len(objects), "audit_seq": entry.seq}
    put_json(store, keys.hold_decision(prefix, f"{now:%Y%m%dT%H%M%S}-{entry.seq:012d}"),
             decision, permanent=True)
    return len(objects)


def current_holds(store: ObjectStore) -> list[dict[str, Any]]:
    """The records under legal hold now, each with the decision that set it (newest last)."""
    latest: dict[str, dict[str, Any]] = {}
    for key in store.list(keys.HOLDS):
        decision = get_json(store, key)
        latest[decision["record"]] = decision  # keys sort by time: the last one stands
    return sorted((d for d in latest.values() if d["hold"]), key=lambda d: d["at"])
