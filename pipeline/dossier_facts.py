"""What the records of one dossier say for the digitisation report: when it was received,
scanned, digitised, its result issued and digitised, its rejected and rescanned pages (see
:mod:`pipeline.digitisation` for how they count), read from its own keys, and the same facts
as JSON for the report's summaries (:mod:`pipeline.digitisation_summaries`)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from archive import Manifest, ObjectStore, Tombstone, get_json, keys
from archive.errors import ArchiveError, ObjectMissingError
from archive.lifecycle import STEPS
from archive.store import RecordT
from pipeline.intake import dossier_batches
from sohoa.clock import VN_TZ

__all__ = ["DossierFacts", "Reader", "dossier_facts", "facts_from_json", "facts_to_json"]


@dataclass(slots=True)
class DossierFacts:
    """What the report needs to know of one dossier."""

    registered: datetime | None = None
    """received_at of the registered receipt."""
    first_seen: datetime | None = None
    """The earliest received_at of a batch (or manifest) the dossier's pages came in."""
    procedure: str | None = None
    scanned: bool = False
    new_intake: bool = False
    """Pages of it came in a batch that was not from the backlog nor a rescan."""
    backlog_intake: bool = False
    archived: bool = False
    """A paper it came with is archived (results aside)."""
    archived_at: datetime | None = None
    """When the first of those was archived."""
    result_issued: datetime | None = None
    """The ``result_issued`` step of its life."""
    result_archived: datetime | None = None
    """When its first result document was archived."""
    result_forms: set[str] = field(default_factory=set)
    """The forms of its archived results (``""`` for a result that does not say)."""
    rejected: set[tuple[str, str, int]] = field(default_factory=set)
    rescanned_pages: int = 0
    """Pages of its documents first archived from batches sent into it (rescans)."""

    def seen(self, at: datetime | None) -> None:
        if at is not None and (self.first_seen is None or at < self.first_seen):
            self.first_seen = at

    @property
    def received(self) -> datetime | None:
        return self.registered or self.first_seen

    @property
    def backlog(self) -> bool:
        return self.registered is None and self.backlog_intake and not self.new_intake

    @property
    def result_day(self) -> datetime | None:
        """When its result counts as issued: the step, else its first result archived."""
        return self.result_issued or self.result_archived


def _when(value: Any) -> datetime | None:
    """A recorded time; one without a zone is Vietnam time (as sohoa writes them)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        at = datetime.fromisoformat(value)
    except ValueError:
        return None
    return at if at.tzinfo else at.replace(tzinfo=VN_TZ)


class Reader:
    """Reads each JSON record once; keeps the keys of those that cannot be read."""

    def __init__(self, store: ObjectStore) -> None:
        self.store = store
        self.unreadable: list[str] = []

    def one(self, key: str, listed: bool = False) -> dict[str, Any] | None:
        """The record at ``key``; None when it is not there, or cannot be read (noted, as is
        a ``listed`` key whose object is missing)."""
        try:
            return get_json(self.store, key)
        except ObjectMissingError:
            if listed:
                self.unreadable.append(key)
        except ArchiveError:
            self.unreadable.append(key)
        return None

    def typed(self, key: str, model: type[RecordT]) -> RecordT | None:
        """The listed record at ``key`` as ``model``; None (noted) when it cannot be read."""
        try:
            return get_json(self.store, key, model)
        except ArchiveError:
            self.unreadable.append(key)
            return None

    def records(self, prefix: str, name: str, model: type[RecordT]) -> Iterator[RecordT]:
        """Every ``name`` record under ``prefix`` that can be read, as ``model``."""
        for key in self.store.list(prefix):
            if key.endswith("/" + name) and (data := self.typed(key, model)) is not None:
                yield data


def _page(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _intake(d: DossierFacts, batch: dict[str, Any]) -> None:
    """Note how the dossier's pages came in: new, or from the backlog (a rescan says neither)."""
    if batch.get("dossier") is None:
        if batch.get("closed"):
            d.backlog_intake = True
        else:
            d.new_intake = True


def _archived_at(manifest: Manifest) -> datetime | None:
    """When a document was digitised: its earliest "archived" event.

    The event is stamped as the package is written, just before its manifest (written last,
    so the document exists as an archived record from then on). The signature's signed_at is
    earlier and may come from an interrupted earlier attempt; dossier.received_at is when the
    batch came in, not when it was done. signed_at is only a fallback for manifests without
    events.
    """
    archived = [at for e in manifest.events
                if e.get("event") == "archived" and (at := _when(e.get("at")))]
    if not archived and (signed := _when(manifest.signature.signed_at)):
        archived = [signed]
    return min(archived) if archived else None


def _earliest(a: datetime | None, b: datetime | None) -> datetime | None:
    return b if a is None or (b is not None and b < a) else a


def dossier_facts(read: Reader, code: str) -> DossierFacts:
    """What the records under one receipt code say about it."""
    d = DossierFacts()
    receipt = read.one(keys.receipt(code))
    if receipt is not None:
        at = _when(receipt.get("received_at"))
        if at is None:
            read.unreadable.append(keys.receipt(code))
        d.registered = at
        d.procedure = receipt.get("procedure")
    step_key = keys.dossier_life(code, STEPS.index("result_issued") + 1, "result_issued")
    if (step := read.one(step_key)) is not None:
        d.result_issued = _when(step.get("at"))
        if d.result_issued is None:
            read.unreadable.append(step_key)

    batches: dict[str, dict[str, Any]] = {}

    def batch_of(batch_id: str) -> dict[str, Any] | None:
        if batch_id not in batches:
            batches[batch_id] = read.one(keys.batch(batch_id, "batch.json")) or {}
        return batches[batch_id] or None

    for batch_id in dossier_batches(read.store, code):
        outcome = read.one(keys.batch(batch_id, "outcome.json")) or {}
        batch = batch_of(batch_id) or {}
        for found in outcome.get("dossiers") or []:
            if found.get("receipt_code") != code:
                continue
            d.scanned = True
            d.seen(_when(batch.get("received_at")))
            d.procedure = d.procedure or found.get("procedure")
            if batch:
                _intake(d, batch)
            d.rejected |= {(batch_id, str(r.get("file")), _page(r.get("page")))
                           for r in found.get("rejected") or []}

    for manifest in read.records(keys.aip(code), "manifest.json", Manifest):
        if manifest.kind == "result":  # counts as a result only, not as a paper received
            d.result_forms.add(manifest.result.form if manifest.result else "")
            d.result_archived = _earliest(d.result_archived, _archived_at(manifest))
            continue
        d.archived = True
        info = manifest.dossier
        received = _when(info.received_at)
        d.seen(received)
        d.procedure = d.procedure or info.procedure
        if info.code_source == "resubmitted":  # first archived from a rescan batch
            d.rescanned_pages += len(manifest.pages)
        batch = batch_of(str(manifest.source.get("batch_id")))
        if batch is not None:
            _intake(d, batch)
        elif info.code_source != "resubmitted":  # no batch record: ask the retention
            closing = manifest.retention.closing_date
            if received is not None and closing and closing < received.date().isoformat():
                d.backlog_intake = True  # its batch gave a closing date before the scan
            else:
                d.new_intake = True
        d.archived_at = _earliest(d.archived_at, _archived_at(manifest))

    # A destroyed document was digitised too; its tombstone does not say when it was archived.
    for tomb in read.records(keys.disposed(code), "tombstone.json", Tombstone):
        d.archived = True
        d.seen(_when(tomb.received_at))
    return d


_TIMES = ("registered", "first_seen", "archived_at", "result_issued", "result_archived")
_FLAGS = ("scanned", "new_intake", "backlog_intake", "archived")


def facts_to_json(d: DossierFacts) -> dict[str, Any]:
    """The facts as JSON (times as ISO with their offset, sets sorted)."""
    body: dict[str, Any] = {name: at.isoformat() for name in _TIMES
                            if (at := getattr(d, name)) is not None}
    body |= {name: True for name in _FLAGS if getattr(d, name)}
    if d.procedure is not None:
        body["procedure"] = d.procedure
    if d.result_forms:
        body["result_forms"] = sorted(d.result_forms)
    if d.rejected:
        body["rejected"] = sorted([list(r) for r in d.rejected])
    if d.rescanned_pages:
        body["rescanned_pages"] = d.rescanned_pages
    return body


def facts_from_json(body: dict[str, Any]) -> DossierFacts:
    """The facts ``facts_to_json`` wrote.

    Raises:
        ValueError: ``body`` is not such facts (a damaged summary: read the dossier again).
    """
    if not isinstance(body, dict):
        raise ValueError("not an object")
    d = DossierFacts(**{name: datetime.fromisoformat(body[name]) for name in _TIMES
                        if name in body})
    for name in _FLAGS:
        setattr(d, name, bool(body.get(name)))
    d.procedure = body.get("procedure")
    d.result_forms = {str(f) for f in body.get("result_forms") or []}
    d.rejected = {(str(b), str(f), int(p)) for b, f, p in body.get("rejected") or []}
    d.rescanned_pages = int(body.get("rescanned_pages") or 0)
    return d
