"""Batches as received: every input is kept in the object store before any processing.

A batch is one input: a scan file, or a folder whose image files are the pages. Its files are
kept as intake packages (``intake/<sha256>/``), and the batch record lists them
(``intake/batches/<batch id>/batch.json``). When the batch has been processed its outcome is
written beside it; a batch without an outcome was received but not finished, which is what
``sohoa reconcile`` looks for. Each dossier the outcome names gets a pointer
``intake/dossiers/<receipt code>/<batch id>``, written before the outcome, so a dossier's
batches are found without reading every outcome; likewise each batch is listed under its
clerk (``intake/clerks/<clerk id>/<time>-<batch id>``) for the counter's recent batches, and
each dossier under the days its receipt or pages came in (``intake/days/<day>/<receipt
code>``, Vietnam days) for the digitisation report of a period. Pointers are hints: one too
many costs a read, so each is written before the record it points to.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from archive import ObjectStore, get_json, keys, put_json, record_intake
from archive.aip import upgrade_retention_pointers
from archive.changes import note_change
from archive.errors import ObjectExistsError
from archive.lifecycle import record_step
from archive.store import put_pointer
from pipeline.reports import DossierReport, InputReport, input_from_json
from sohoa.clock import VN_TZ, now_vn
from sohoa.codes import RECEIPT_CODE, agency_of
from sohoa.errors import InputDocumentError, UsageError
from sohoa.text import nfc

__all__ = [
    "Batch",
    "UnknownDossierError",
    "agency_dossiers",
    "batch_done",
    "dossier_batches",
    "dossier_exists",
    "dossier_outcomes",
    "dossiers_of_day",
    "link_dossiers",
    "link_existing",
    "load_batch",
    "materialise",
    "note_day",
    "pending_batches",
    "read_outcome",
    "recent_batches",
    "record_batch",
    "record_outcome",
]

OUTCOME_SCHEMA = "sohoa.outcome/1"
"""The schema of a batch's ``outcome.json`` (an ``InputReport``); outcomes written before it
was stamped carry none and read the same."""


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
    agency: str | None = None
    """The agency of the clerk who sent it, when they work for one: pages whose receipt code
    belongs to another agency are refused."""

    def to_json(self) -> dict[str, Any]:
        """Return the batch record."""
        return {"batch_id": self.batch_id, "name": self.name, "folder": self.folder,
                "files": [{"sha256": s, "filename": f} for s, f in self.files],
                "received_at": self.received_at.isoformat(), "clerk": self.clerk,
                "dossier": self.dossier,
                "closed": self.closed.isoformat() if self.closed else None,
                "agency": self.agency}


def _batch_id(name: str, folder: bool, shas: list[str], dossier: str | None,
              agency: str | None = None) -> str:
    if not folder and len(shas) == 1 and dossier is None and agency is None:
        return shas[0]
    digest = hashlib.sha256(f"folder:{name}".encode() if folder else b"file")
    if dossier is not None:
        digest.update(f"into:{dossier}".encode())
    if agency is not None:  # the same scan sent by two agencies is two batches
        digest.update(f"agency:{agency}".encode())
    for sha in shas:
        digest.update(sha.encode())
    return digest.hexdigest()


def dossier_exists(store: ObjectStore, receipt_code: str) -> bool:
    """Tell whether the archive holds a document of the dossier with this receipt code."""
    if not RECEIPT_CODE.fullmatch(receipt_code):
        return False
    return any(k.endswith("/manifest.json") for k in store.list(keys.aip(receipt_code)))


def record_batch(
    store: ObjectStore, path: Path, received_at: datetime, clerk: str,
    dossier: str | None = None, closed: date | None = None, agency: str | None = None,
) -> Batch:
    """Keep every file of an input and the batch record; safe to call again for the same input.

    ``dossier`` sends the pages into an existing dossier (a rescan of rejected pages) instead
    of splitting them by the receipt codes they carry. ``closed`` is the closing date of
    dossiers digitised from the paper backlog. ``agency`` is the sending clerk's agency, when
    they work for one (their pages may only go into that agency's dossiers).

    Raises:
        UnknownDossierError: ``dossier`` names no dossier in the archive.
        OSError: the input cannot be read from disk.
    """
    if closed is not None and closed > received_at.date():
        raise UsageError(f"{path.name}: ngày kết thúc hồ sơ {closed.isoformat()} sau ngày tiếp "
                         "nhận; nhập ngày hồ sơ được kết thúc (the closing date "
                         f"{closed.isoformat()} is after the day the dossier is received; give "
                         "the date the dossier was closed)")
    if dossier is not None and not dossier_exists(store, dossier):
        raise UnknownDossierError(
            f"{path.name}: kho lưu trữ không có hồ sơ mã {dossier}; kiểm tra mã trên phiếu tiếp "
            f"nhận ({path.name}: no dossier with receipt code {dossier} is in the archive; check "
            "the code on the receipt)"
        )
    folder = path.is_dir()
    members = sorted(p for p in path.iterdir() if p.is_file()) if folder else [path]
    files: list[tuple[str, str]] = []
    for f in members:
        sha = record_intake(store, f.read_bytes(), filename=f.name, received_at=received_at,
                            details={"clerk": clerk, "batch": path.name})
        files.append((sha, f.name))
    batch_id = _batch_id(path.name, folder, [s for s, _ in files], dossier, agency)
    key = keys.batch(batch_id, "batch.json")
    if store.exists(key):
        return load_batch(store, batch_id)
    batch = Batch(batch_id, path.name, folder, tuple(files), received_at, clerk, dossier,
                  closed, agency)
    _link_clerk(store, batch)
    try:
        put_json(store, key, batch.to_json())
    except ObjectExistsError:  # another machine recorded the same input a moment before
        return load_batch(store, batch_id)
    return batch


def load_batch(store: ObjectStore, batch_id: str) -> Batch:
    """Read a batch record."""
    raw = get_json(store, keys.batch(batch_id, "batch.json"))
    return Batch(raw["batch_id"], raw["name"], raw["folder"],
                 tuple((f["sha256"], f["filename"]) for f in raw["files"]),
                 datetime.fromisoformat(raw["received_at"]), raw["clerk"], raw.get("dossier"),
                 date.fromisoformat(raw["closed"]) if raw.get("closed") else None,
                 raw.get("agency"))


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
            tmp.write_bytes(store.get(keys.intake_original(sha, _safe(filename))))
            tmp.replace(dest)
    if batch.folder:
        return target
    return target / _safe(batch.files[0][1])


def batch_done(store: ObjectStore, batch_id: str) -> bool:
    """Tell whether a batch has an outcome."""
    return store.exists(keys.batch(batch_id, "outcome.json"))


def record_outcome(store: ObjectStore, batch_id: str, outcome: InputReport) -> None:
    """Write a batch's outcome once; a second outcome for the same batch is ignored."""
    if not batch_done(store, batch_id):
        body = {"schema": OUTCOME_SCHEMA, **asdict(outcome)}
        for code in sorted({d.receipt_code for d in outcome.dossiers}):
            if RECEIPT_CODE.fullmatch(code):  # the digitisation report reads them again
                note_change(store, code)
        link_dossiers(store, batch_id, body)
        note_digitised(store, batch_id, outcome)
        put_json(store, keys.batch(batch_id, "outcome.json"), body)


def note_digitised(store: ObjectStore, batch_id: str, outcome: InputReport) -> None:
    """Record in the life of each dossier that gained documents from the batch that it was
    received (when the batch came in, unless the one-stop software said so first) and
    digitised (now)."""
    if not store.exists(keys.batch(batch_id, "batch.json")):
        return
    batch = load_batch(store, batch_id)
    for dossier in outcome.dossiers:
        code = dossier.receipt_code
        if not dossier.documents or not RECEIPT_CODE.fullmatch(code):
            continue
        record_step(store, code, "received", at=batch.received_at, who=batch.clerk,
                    detail={"batch": batch_id})
        record_step(store, code, "digitised", at=now_vn(), who=batch.clerk,
                    detail={"batch": batch_id, "documents": len(dossier.documents)})


def _clerk_prefix(clerk: str) -> str:
    return keys.clerk_batches(hashlib.sha256(nfc(clerk).encode()).hexdigest()[:24])


def _link_clerk(store: ObjectStore, batch: Batch) -> bool:
    at = batch.received_at.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return put_pointer(store, f"{_clerk_prefix(batch.clerk)}{at}-{batch.batch_id}",
                       {"batch_id": batch.batch_id})


def recent_batches(store: ObjectStore, clerk: str, limit: int = 20) -> list[Batch]:
    """The batches ``clerk`` sent most recently, newest first."""
    found = sorted(store.list(_clerk_prefix(clerk)), reverse=True)[:limit]
    return [load_batch(store, k.rsplit("-", 1)[1]) for k in found]


def link_existing(store: ObjectStore) -> int:
    """Write the pointers of receipts, batches and retention ends recorded before pointers
    were kept, once per store (``intake/links.json`` says it was done), and the day each
    document's retention ends, once per store too (``retention/end-days.json``: also for an
    archive linked by an earlier release, which kept only the year); return how many were
    written."""
    if store.exists(keys.INTAKE_LINKED):  # linked before: by an earlier release, maybe
        return upgrade_retention_pointers(store)
    written = upgrade_retention_pointers(store, whole=True)  # even in an archive marked
    for key in store.list(keys.RECEIPTS):
        receipt = get_json(store, key)
        written += note_day(store, receipt["receipt_code"],
                            datetime.fromisoformat(receipt["received_at"]))
    for key in store.list(keys.INTAKE_BATCHES):
        batch_id = keys.batch_id_of(key)
        if key.endswith("/batch.json"):
            written += _link_clerk(store, load_batch(store, batch_id))
        elif key.endswith("/outcome.json"):
            outcome = get_json(store, key)
            for code in _missing_links(store, batch_id, outcome):
                note_change(store, code)  # a batch the digitisation report did not know of
            written += link_dossiers(store, batch_id, outcome)
    put_json(store, keys.INTAKE_LINKED, {"schema": "sohoa.links/1", "written": written})
    return written


def note_day(store: ObjectStore, receipt_code: str, at: datetime) -> bool:
    """Point the day of ``at`` (in Vietnam) to the dossier; False if it already was."""
    day = at.astimezone(VN_TZ).date().isoformat()
    return put_pointer(store, keys.day_dossiers(day, receipt_code),
                       {"receipt_code": receipt_code})


def dossiers_of_day(store: ObjectStore, day: date) -> list[str]:
    """The receipt codes of the dossiers whose receipt or pages came in on ``day``."""
    return [k.rsplit("/", 1)[1] for k in store.list(keys.day_dossiers(day.isoformat()))]


def agency_dossiers(store: ObjectStore, agency: str, since: date, until: date) -> list[str]:
    """The receipt codes of ``agency``'s dossiers whose receipt, pages or result came in from
    ``since`` to ``until`` (days in Vietnam, both inclusive), newest day first."""
    found: dict[str, None] = {}
    day = until
    while day >= since:
        for code in dossiers_of_day(store, day):
            if agency_of(code) == agency:
                found.setdefault(code)
        day -= timedelta(days=1)
    return list(found)


def _missing_links(store: ObjectStore, batch_id: str, outcome: dict[str, Any]) -> list[str]:
    """The receipt codes of ``outcome`` without a pointer to the batch yet."""
    return sorted({c for found in outcome.get("dossiers") or []
                   if isinstance(c := found.get("receipt_code"), str)
                   and RECEIPT_CODE.fullmatch(c)
                   and not store.exists(keys.dossier_batch(c, batch_id))})


def link_dossiers(store: ObjectStore, batch_id: str, outcome: dict[str, Any]) -> int:
    """Write the missing pointers from each dossier of ``outcome`` to its batch and to the day
    the batch came in; return how many were written."""
    received = load_batch(store, batch_id).received_at if store.exists(
        keys.batch(batch_id, "batch.json")) else None
    written = 0
    for found in outcome.get("dossiers") or []:
        code = found.get("receipt_code")
        if not isinstance(code, str) or not RECEIPT_CODE.fullmatch(code):
            continue
        if received is not None:
            written += note_day(store, code, received)
        written += put_pointer(store, keys.dossier_batch(code, batch_id),
                               {"batch_id": batch_id})
    return written


def dossier_batches(store: ObjectStore, receipt_code: str) -> list[str]:
    """The ids of the finished batches that brought pages of this dossier, in id order."""
    return [k.rsplit("/", 1)[1] for k in store.list(keys.dossier_batch(receipt_code))]


def dossier_outcomes(store: ObjectStore, receipt_code: str
                     ) -> list[tuple[str, DossierReport]]:
    """(batch id, the dossier's part of the batch outcome) for every finished batch that
    brought pages of this dossier, in batch order."""
    found = []
    for batch_id in dossier_batches(store, receipt_code):
        outcome = read_outcome(store, batch_id)
        found += [(batch_id, d) for d in (outcome.dossiers if outcome else [])
                  if d.receipt_code == receipt_code]
    return found


def read_outcome(store: ObjectStore, batch_id: str) -> InputReport | None:
    """Return a batch's recorded outcome, or None while it is not finished."""
    if not batch_done(store, batch_id):
        return None
    return input_from_json(get_json(store, keys.batch(batch_id, "outcome.json")))


def pending_batches(store: ObjectStore) -> list[str]:
    """Return the ids of batches received but without an outcome."""
    ids = {keys.batch_id_of(k) for k in store.list(keys.INTAKE_BATCHES)
           if k.endswith("/batch.json")}
    return sorted(i for i in ids if not batch_done(store, i))
