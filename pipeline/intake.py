"""Batches as received: every input is kept in the object store before any processing.

A batch is one input: a scan file, or a folder whose image files are the pages. Its files are
kept as intake packages (``intake/<sha256>/``), and the batch record lists them
(``intake/batches/<batch id>/batch.json``). When the batch has been processed its outcome is
written beside it; a batch without an outcome was received but not finished, which is what
``sohoa reconcile`` looks for.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from archive import ObjectStore, record_intake
from sohoa.codes import RECEIPT_CODE
from sohoa.errors import InputDocumentError, UsageError

__all__ = [
    "Batch",
    "UnknownDossierError",
    "batch_done",
    "dossier_exists",
    "load_batch",
    "materialise",
    "pending_batches",
    "read_outcome",
    "record_batch",
    "record_outcome",
]

_PREFIX = "intake/batches/"


class UnknownDossierError(InputDocumentError):
    """Pages were sent into a dossier the archive does not hold."""

    code = "unknown_receipt_code"


@dataclass(frozen=True, slots=True)
class Batch:
    """One input as received."""

    batch_id: str
    name: str
    """The file or folder name the clerk gave."""
    folder: bool
    files: tuple[tuple[str, str], ...]
    """(sha256, file name) of each file, in page order."""
    received_at: datetime
    clerk: str
    dossier: str | None = None
    """Set when the clerk sends pages into an existing dossier (a rescan): its receipt code."""
    closed: date | None = None
    """Set for dossiers closed before they were digitised (the paper backlog): retention
    counts from this date instead of the day they were received."""

    def to_json(self) -> dict[str, Any]:
        """Return the batch record."""
        return {"batch_id": self.batch_id, "name": self.name, "folder": self.folder,
                "files": [{"sha256": s, "filename": f} for s, f in self.files],
                "received_at": self.received_at.isoformat(), "clerk": self.clerk,
                "dossier": self.dossier,
                "closed": self.closed.isoformat() if self.closed else None}


def _batch_id(name: str, folder: bool, shas: list[str], dossier: str | None) -> str:
    if not folder and len(shas) == 1 and dossier is None:
        return shas[0]
    digest = hashlib.sha256(f"folder:{name}".encode() if folder else b"file")
    if dossier is not None:
        digest.update(f"into:{dossier}".encode())
    for sha in shas:
        digest.update(sha.encode())
    return digest.hexdigest()


def dossier_exists(store: ObjectStore, receipt_code: str) -> bool:
    """Tell whether the archive holds a document of the dossier with this receipt code."""
    if not RECEIPT_CODE.fullmatch(receipt_code):
        return False
    return any(k.endswith("/manifest.json") for k in store.list(f"aip/{receipt_code}/"))


def record_batch(
    store: ObjectStore, path: Path, received_at: datetime, clerk: str,
    dossier: str | None = None, closed: date | None = None,
) -> Batch:
    """Keep every file of an input and the batch record; safe to call again for the same input.

    ``dossier`` sends the pages into an existing dossier (a rescan of rejected pages) instead
    of splitting them by the receipt codes they carry. ``closed`` is the closing date of
    dossiers digitised from the paper backlog.

    Raises:
        UnknownDossierError: ``dossier`` names no dossier in the archive.
        OSError: the input cannot be read from disk.
    """
    if closed is not None and closed > received_at.date():
        raise UsageError(f"{path.name}: the closing date {closed.isoformat()} is after the day "
                         "the dossier is received; give the date the dossier was closed")
    if dossier is not None and not dossier_exists(store, dossier):
        raise UnknownDossierError(
            f"{path.name}: no dossier with receipt code {dossier} is in the archive; check the "
            "code on the receipt (phiếu tiếp nhận)"
        )
    folder = path.is_dir()
    members = sorted(p for p in path.iterdir() if p.is_file()) if folder else [path]
    files: list[tuple[str, str]] = []
    for f in members:
        sha = record_intake(store, f.read_bytes(), filename=f.name, received_at=received_at,
                            details={"clerk": clerk, "batch": path.name})
        files.append((sha, f.name))
    batch_id = _batch_id(path.name, folder, [s for s, _ in files], dossier)
    key = f"{_PREFIX}{batch_id}/batch.json"
    if store.exists(key):
        return load_batch(store, batch_id)
    batch = Batch(batch_id, path.name, folder, tuple(files), received_at, clerk, dossier,
                  closed)
    store.put(key, json.dumps(batch.to_json(), ensure_ascii=False, indent=1).encode("utf-8"))
    return batch


def load_batch(store: ObjectStore, batch_id: str) -> Batch:
    """Read a batch record."""
    raw = json.loads(store.get(f"{_PREFIX}{batch_id}/batch.json"))
    return Batch(raw["batch_id"], raw["name"], raw["folder"],
                 tuple((f["sha256"], f["filename"]) for f in raw["files"]),
                 datetime.fromisoformat(raw["received_at"]), raw["clerk"], raw.get("dossier"),
                 date.fromisoformat(raw["closed"]) if raw.get("closed") else None)


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "._-" else "_" for c in name) or "input"


def materialise(store: ObjectStore, batch: Batch, into: Path) -> Path:
    """Write the batch's files under ``into`` (once) and return the path to open."""
    base = into / batch.batch_id
    target = base / _safe(batch.name) if batch.folder else base
    target.mkdir(parents=True, exist_ok=True)
    for sha, filename in batch.files:
        dest = target / _safe(filename)
        if not dest.exists():
            tmp = dest.with_name(dest.name + ".part")
            tmp.write_bytes(store.get(f"intake/{sha}/original/{_safe(filename)}"))
            tmp.replace(dest)
    if batch.folder:
        return target
    return target / _safe(batch.files[0][1])


def batch_done(store: ObjectStore, batch_id: str) -> bool:
    """Tell whether a batch has an outcome."""
    return store.exists(f"{_PREFIX}{batch_id}/outcome.json")


def record_outcome(store: ObjectStore, batch_id: str, outcome: dict[str, Any]) -> None:
    """Write a batch's outcome once; a second outcome for the same batch is ignored."""
    if not batch_done(store, batch_id):
        data = json.dumps(outcome, ensure_ascii=False, indent=1, default=str).encode("utf-8")
        store.put(f"{_PREFIX}{batch_id}/outcome.json", data)


def read_outcome(store: ObjectStore, batch_id: str) -> dict[str, Any] | None:
    """Return a batch's recorded outcome, or None while it is not finished."""
    if not batch_done(store, batch_id):
        return None
    outcome: dict[str, Any] = json.loads(store.get(f"{_PREFIX}{batch_id}/outcome.json"))
    return outcome


def pending_batches(store: ObjectStore) -> list[str]:
    """Return the ids of batches received but without an outcome."""
    ids = {k.split("/")[2] for k in store.list(_PREFIX) if k.endswith("/batch.json")}
    return sorted(i for i in ids if not batch_done(store, i))
