"""Disposal: destroying records whose retention has ended, by an approved, recorded decision.

A disposal batch goes through three steps, each written once into the store under
``disposal/<batch id>/`` and recorded in the audit trail:

1. ``proposal.json``: an archivist proposes documents whose retention has ended. Documents kept
   permanently, still under retention, on legal hold or already in an open batch are refused,
   each with its reason.
2. ``approval.json``: a different person with the ``auditor`` or ``head`` role approves the
   proposal (or rejects it, which closes the batch).
3. ``execution.json`` and ``certificate.pdf``: the batch is executed. Each document is checked
   again (unchanged since the proposal, not held, retention ended); then its tombstone
   ``disposed/<receipt code>/<document id>/tombstone.json`` (what it was, the sha256 of every
   file, who proposed, approved and destroyed it, when) is written, kept permanently, and its
   objects are deleted, manifest first. A signed destruction certificate lists what was
   destroyed and what was not, and why.

Execution can be run again after a crash: destroyed documents are recognised by their
tombstones and the rest continues.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import archive.keys as keys
from archive.aip import due_manifests, iter_manifests, load_manifest
from archive.audit import AuditLog
from archive.changes import note_change
from archive.errors import ArchiveError, ObjectMissingError, RetentionLockedError
from archive.hold import record_prefix
from archive.printout import Printout, Table
from archive.records import TOMBSTONE_SCHEMA, Manifest, Tombstone
from archive.retention import effective_retention
from archive.revisions import current_of
from archive.store import ObjectStore, check_deletable, get_json, put_json
from archive.versions import file_versions
from sohoa.clock import now_vn
from sohoa.people import ROLE_LABELS, same_person
from sohoa.text import nfc

__all__ = [
    "TOMBSTONE_SCHEMA",
    "DisposalBatch",
    "DisposalError",
    "RecordDestroyedError",
    "Refusal",
    "approve",
    "certificate_printout",
    "execute",
    "list_batches",
    "load_batch",
    "propose",
    "refuse_destroyed",
    "tombstones",
]



class DisposalError(ArchiveError):
    """A disposal step cannot be taken as asked; the message says why and what to do."""

    code = "disposal_refused"
    http_status = 409


class RecordDestroyedError(ArchiveError):
    """The document was destroyed by an approved disposal and is not archived again."""

    code = "record_destroyed"
    http_status = 410


@dataclass(frozen=True, slots=True)
class Refusal:
    """A document that is not (or was not) destroyed, and why."""

    record: str
    reason: str


@dataclass(frozen=True, slots=True)
class DisposalBatch:
    """A disposal batch as the store holds it."""

    batch_id: str
    proposal: dict[str, Any]
    approval: dict[str, Any] | None = None
    execution: dict[str, Any] | None = None

    @property
    def state(self) -> str:
        """``proposed``, ``approved``, ``rejected`` or ``executed``."""
        if self.execution is not None:
            return "executed"
        if self.approval is None:
            return "proposed"
        return "approved" if self.approval["decision"] == "approved" else "rejected"

    @property
    def items(self) -> list[dict[str, Any]]:
        """The documents proposed for destruction."""
        return list(self.proposal["items"])

    @property
    def certificate_key(self) -> str:
        """Where the signed destruction certificate is kept once executed."""
        return keys.disposal(self.batch_id, "certificate.pdf")


def _read(store: ObjectStore, key: str) -> dict[str, Any] | None:
    try:
        return get_json(store, key)
    except ObjectMissingError:
        return None


def load_batch(store: ObjectStore, batch_id: str) -> DisposalBatch:
    """Read a batch; raise ``DisposalError`` naming it if there is none."""
    base = keys.disposal(batch_id.strip())
    proposal = _read(store, base + "proposal.json") if "/" not in batch_id.strip() else None
    if proposal is None:
        raise DisposalError(f"there is no disposal batch {batch_id!r} (`sohoa disposal list`)")
    return DisposalBatch(batch_id.strip(), proposal, _read(store, base + "approval.json"),
                         _read(store, base + "execution.json"))


def list_batches(store: ObjectStore) -> list[DisposalBatch]:
    """Every disposal batch, oldest first."""
    ids = sorted({k.split("/")[1] for k in store.list(keys.DISPOSAL)
                  if k.endswith("/proposal.json")})
    return [load_batch(store, b) for b in ids]


def tombstones(store: ObjectStore, receipt_code: str = "") -> list[Tombstone]:
    """The tombstones of destroyed documents (of one dossier, if given)."""
    return [get_json(store, k, Tombstone) for k in store.list(keys.disposed(receipt_code))
            if k.endswith("/tombstone.json")]


def refuse_destroyed(store: ObjectStore, receipt_code: str, document_id: str) -> None:
    """Raise ``RecordDestroyedError`` if this document was destroyed: the same pages under the
    same receipt code are never archived again."""
    key = keys.tombstone(receipt_code, document_id)
    if store.exists(key):
        tomb = get_json(store, key, Tombstone)
        raise RecordDestroyedError(
            f"hồ sơ {receipt_code}: document {document_id} ({tomb.label}) was "
            f"destroyed on {tomb.destroyed_at[:10]} in disposal batch "
            f"{tomb.batch_id}; it is not archived again")


def _describe(store: ObjectStore, key: str, manifest: Manifest, manifest_sha256: str
              ) -> dict[str, Any]:
    manifest = current_of(store, manifest)  # what it is now, as people corrected it
    until = effective_retention(store, key, manifest)  # the later of that and the lock
    retention = manifest.retention
    classification = manifest.classification
    record = key.removesuffix("manifest.json")
    files = {name: {"sha256": f.sha256, "size": f.size} for name, f in manifest.files.items()}
    # the renewed versions of the signed PDF go with it, and are named in the tombstone
    for version in file_versions(store, manifest.receipt_code, manifest.document_id):
        files[version.key.removeprefix(record)] = {"sha256": version.sha256,
                                                   "size": version.size}
    return {
        "record": record,
        "receipt_code": manifest.receipt_code,
        "document_id": manifest.document_id,
        "doc_type": classification.doc_type,
        "label": classification.label,
        "title": classification.title or "",
        "procedure": manifest.dossier.procedure or "",
        "received_at": manifest.dossier.received_at,
        "retention_class": retention.retention_class,
        "legal_source": retention.legal_source,
        "retain_until": until.isoformat() if until else None,
        "permanent": until is None,
        "period_verified": retention.verified,
        "manifest_sha256": manifest_sha256,
        "files": files,
    }


def _why_not(store: ObjectStore, item: Mapping[str, Any], today: date) -> str | None:
    """Why a document may not be destroyed on ``today``, or None if it may."""
    if item["permanent"] or not item["retain_until"]:
        return "kept permanently (vĩnh viễn): never destroyed"
    until = date.fromisoformat(item["retain_until"])
    if today < until:
        return f"retained until {until.isoformat()}: it may be proposed after that date"
    keys = [item["record"] + "manifest.json", *(item["record"] + n for n in item["files"])]
    for key in keys:
        try:
            info = store.info(key)
        except ObjectMissingError:
            continue
        if info.legal_hold:
            return "under legal hold: release the hold (`sohoa hold release`) first"
        try:
            check_deletable(info, today)
        except RetentionLockedError as exc:
            return f"the store still locks it ({exc.message})"
    return None


def _open_records(store: ObjectStore) -> dict[str, str]:
    """Records in batches not yet executed nor rejected, with their batch."""
    taken: dict[str, str] = {}
    for batch in list_batches(store):
        if batch.state in ("proposed", "approved"):
            for item in batch.items:
                taken[item["record"]] = batch.batch_id
    return taken


def propose(
    store: ObjectStore, audit: AuditLog, *, who: str, reason: str,
    records: Sequence[str] = (), before: date | None = None, today: date | None = None,
    who_id: str | None = None,
) -> tuple[DisposalBatch, list[Refusal]]:
    """Propose destroying the documents named (``RECEIPT_CODE`` or ``RECEIPT_CODE/DOC_ID``)
    or, with ``before``, every document whose retention ended before that date. Return the
    batch and the documents refused, each with its reason. ``who_id`` is the proposer's id in
    the people registry, kept so that no other name of theirs approves the batch."""
    today = today or date.today()
    if not reason.strip():
        raise DisposalError("a disposal is proposed with its grounds (--reason), e.g. the "
                            "appraisal council's minutes")
    if not records and before is None:
        raise DisposalError("name the records to destroy, or give --before DATE")
    prefixes = [record_prefix(r) for r in records]
    candidates: list[tuple[str, Manifest]] = []
    if prefixes:
        codes = sorted({keys.code_of(p) for p in prefixes})
        found = (m for code in codes for m in iter_manifests(store, code))
    else:  # what is due: only the documents whose retention may have ended
        found = due_manifests(store, before or today)
    for key, manifest in found:
        record = key.removesuffix("manifest.json")
        if prefixes and not any(record.startswith(p) for p in prefixes):
            continue
        if not prefixes and before is not None:
            until = effective_retention(store, key, manifest)
            if until is None or until >= before:
                continue
        candidates.append((key, manifest))
    for p in prefixes:
        if not any(k.startswith(p) for k, _ in candidates):
            raise ObjectMissingError(f"no archived record {keys.record_of(p)} to propose for "
                                     "disposal")
    taken = _open_records(store)
    items: list[dict[str, Any]] = []
    refused: list[Refusal] = []
    for key, manifest in candidates:
        digest = hashlib.sha256(store.get(key)).hexdigest()
        item = _describe(store, key, manifest, digest)
        why = _why_not(store, item, today)
        if why is None and item["record"] in taken:
            why = f"already proposed in batch {taken[item['record']]}"
        if why:
            refused.append(Refusal(item["record"], why))
        else:
            items.append(item)
    if not items:
        detail = "; ".join(f"{r.record}: {r.reason}" for r in refused) or "nothing is due"
        raise DisposalError(f"nothing can be proposed for disposal: {detail}")
    now = now_vn()
    batch_id = f"D-{now:%Y%m%d}-{secrets.token_hex(3)}"
    proposal = {
        "schema": "sohoa.disposal/1", "batch_id": batch_id, "proposed_by": nfc(who),
        "proposed_by_id": who_id, "proposed_at": now.isoformat(), "reason": nfc(reason),
        "before": before.isoformat() if before else None,
        "items": items, "refused": [{"record": r.record, "reason": r.reason} for r in refused],
    }
    put_json(store, keys.disposal(batch_id, "proposal.json"), proposal, permanent=True)
    audit.append("disposal_proposed", keys.disposal(batch_id), {
        "reason": nfc(reason), "records": [i["record"] for i in items],
        "refused": len(refused)}, who=who)
    return DisposalBatch(batch_id, proposal), refused


def decide(
    store: ObjectStore, audit: AuditLog, batch_id: str, *, who: str, role: str,
    approve: bool, note: str = "", who_id: str | None = None,
) -> DisposalBatch:
    """Approve or reject a proposed batch as ``who`` (id ``who_id`` in the people registry)
    acting in ``role`` (the service checks the role: auditor or head). The person deciding
    must not be the one who proposed it: not the same id (when both are known), nor the same
    name."""
    batch = load_batch(store, batch_id)
    if batch.state != "proposed":
        raise DisposalError(f"batch {batch.batch_id} is already {batch.state}")
    proposer_id = batch.proposal.get("proposed_by_id")
    if (who_id and proposer_id and who_id == proposer_id) or same_person(
            who, batch.proposal["proposed_by"]):
        raise DisposalError(
            f"{nfc(who)} proposed batch {batch.batch_id}; a different person with the auditor "
            "or head role must approve it"
        )
    if not approve and not note.strip():
        raise DisposalError("a rejection is recorded with its reason (--note)")
    proposal_bytes = store.get(keys.disposal(batch.batch_id, "proposal.json"))
    decision = {
        "batch_id": batch.batch_id, "decision": "approved" if approve else "rejected",
        "by": nfc(who), "role": role, "at": now_vn().isoformat(), "note": nfc(note),
        "proposal_sha256": hashlib.sha256(proposal_bytes).hexdigest(),
    }
    put_json(store, keys.disposal(batch.batch_id, "approval.json"), decision, permanent=True)
    audit.append("disposal_approved" if approve else "disposal_rejected",
                 keys.disposal(batch.batch_id), {"role": role, "note": nfc(note)}, who=who)
    return DisposalBatch(batch.batch_id, batch.proposal, decision)


def approve(store: ObjectStore, audit: AuditLog, batch_id: str, *, who: str, role: str,
            note: str = "") -> DisposalBatch:
    """Approve a proposed batch (see :func:`decide`)."""
    return decide(store, audit, batch_id, who=who, role=role, approve=True, note=note)


@dataclass(slots=True)
class _Execution:
    destroyed: list[dict[str, Any]] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)


def execute(
    store: ObjectStore, audit: AuditLog, batch_id: str, *, who: str,
    organisation: str, render: Callable[[Printout], bytes],
    unindex: Callable[[list[str]], None], today: date | None = None,
) -> DisposalBatch:
    """Destroy the documents of an approved batch; keep tombstones and a signed certificate.

    ``render`` makes the signed certificate PDF from its printout; ``unindex`` removes the
    destroyed documents from search.
    """
    today = today or date.today()
    batch = load_batch(store, batch_id)
    if batch.state == "executed":
        return batch
    if batch.state != "approved":
        raise DisposalError(
            f"batch {batch.batch_id} is {batch.state}: it is executed only after a different "
            "person with the auditor or head role approves it (`sohoa disposal approve`)"
        )
    approval = batch.approval or {}
    base = keys.disposal(batch.batch_id)
    if approval.get("proposal_sha256") != hashlib.sha256(
            store.get(base + "proposal.json")).hexdigest():
        raise DisposalError(f"the proposal of batch {batch.batch_id} is not the one approved")
    started = _read(store, base + "started.json")
    if started is None:
        started = {"by": nfc(who), "at": now_vn().isoformat()}
        put_json(store, base + "started.json", started, permanent=True)
    done = _Execution()
    for item in batch.items:
        tombstone_key = keys.tombstone(item["receipt_code"], item["document_id"])
        if not store.exists(tombstone_key):
            why = _check_unchanged(store, item) or _why_not(store, item, today)
            if why:
                done.refused.append(Refusal(item["record"], why))
                continue
            tombstone = Tombstone.model_validate({**item, "batch_id": batch.batch_id,
                         "proposed_by": batch.proposal["proposed_by"],
                         "proposal_reason": batch.proposal["reason"],
                         "approved_by": approval["by"], "approved_role": approval["role"],
                         "approved_at": approval["at"], "destroyed_by": started["by"],
                         "destroyed_at": started["at"]})
            note_change(store, item["receipt_code"])  # the report reads the dossier again
            put_json(store, tombstone_key, tombstone, permanent=True)
        deleted = _delete_record(store, item, today)
        if deleted:  # and again once the manifest is gone, however long that took
            note_change(store, item["receipt_code"])
        if not deleted:
            done.destroyed.append(item)  # destroyed by an earlier, interrupted run
            continue
        done.destroyed.append(item)
        audit.append("record_destroyed", item["record"], {
            "batch": batch.batch_id, "manifest_sha256": item["manifest_sha256"],
            "files": len(item["files"])}, who=started["by"])
    unindex([i["document_id"] for i in done.destroyed])
    cert_key = batch.certificate_key
    if not store.exists(cert_key):
        printout = certificate_printout(organisation, batch, started, done.destroyed,
                                        done.refused)
        store.put(cert_key, render(printout), permanent=True)
    certificate = store.get(cert_key)
    execution = {
        "batch_id": batch.batch_id, "executed_by": started["by"], "started_at": started["at"],
        "finished_at": now_vn().isoformat(),
        "destroyed": [i["record"] for i in done.destroyed],
        "refused": [{"record": r.record, "reason": r.reason} for r in done.refused],
        "certificate": cert_key,
        "certificate_sha256": hashlib.sha256(certificate).hexdigest(),
    }
    put_json(store, base + "execution.json", execution, permanent=True)
    audit.append("disposal_executed", base, {
        "destroyed": len(done.destroyed), "refused": len(done.refused),
        "certificate_sha256": execution["certificate_sha256"]}, who=who)
    return DisposalBatch(batch.batch_id, batch.proposal, batch.approval, execution)


def _check_unchanged(store: ObjectStore, item: Mapping[str, Any]) -> str | None:
    key = item["record"] + "manifest.json"
    try:
        data = store.get(key)
    except ObjectMissingError:
        return "no longer in the archive, and no tombstone: check `sohoa fixity`"
    if hashlib.sha256(data).hexdigest() != item["manifest_sha256"]:
        return "its manifest changed after the proposal: propose it again"
    load_manifest(store, key)
    return None


def _delete_record(store: ObjectStore, item: Mapping[str, Any], today: date) -> int:
    """Delete a document's objects, manifest first, then every other object of the package;
    return how many were there to delete."""
    record = item["record"]
    keys = [record + "manifest.json",
            *sorted(set(store.list(record)) - {record + "manifest.json"})]
    deleted = 0
    for key in keys:
        try:
            store.delete(key, today=today)
        except ObjectMissingError:
            continue
        deleted += 1
    return deleted


def certificate_printout(
    organisation: str, batch: DisposalBatch, started: Mapping[str, Any],
    destroyed: Iterable[Mapping[str, Any]], refused: Iterable[Refusal],
) -> Printout:
    """The destruction certificate (biên bản hủy tài liệu hết giá trị) of a batch."""
    approval = batch.approval or {}
    destroyed = list(destroyed)
    refused = list(refused)
    at = datetime.fromisoformat(started["at"])
    blocks: list[str | Table] = [
        f"Hôm nay, {at:%H:%M} ngày {at:%d/%m/%Y}, tài liệu hết giá trị của đợt {batch.batch_id} "
        "đã được hủy khỏi kho lưu trữ số: mọi tệp của từng tài liệu dưới đây đã bị xóa; "
        "phiếu xác nhận hủy (tombstone) của từng tài liệu được lưu vĩnh viễn.",
        f"Căn cứ đề nghị hủy: {batch.proposal['reason']}",
        f"Người đề nghị: {batch.proposal['proposed_by']} ({batch.proposal['proposed_at']}).",
        f"Người phê duyệt: {approval.get('by', '')}, "
        f"{ROLE_LABELS.get(approval.get('role', ''), approval.get('role', ''))} "
        f"({approval.get('at', '')}). {approval.get('note', '')}".strip(),
        f"Người thực hiện hủy: {started['by']}.",
        f"Số tài liệu đã hủy: {len(destroyed)}. Số tài liệu không hủy: {len(refused)}.",
        Table(
            ["STT", "Mã hồ sơ / mã tài liệu", "Loại tài liệu", "Thời hạn bảo quản",
             "Lưu đến", "sha256 của manifest"],
            [[str(n), f"{i['receipt_code']}\n{i['document_id']}",
              i["label"] or i["doc_type"], f"{i['retention_class']}\n{i['legal_source']}",
              (i["retain_until"] or "") + ("" if i.get("period_verified") else
                                           "\n(thời hạn chưa được\nđối chiếu căn cứ)"),
              i["manifest_sha256"]]
             for n, i in enumerate(destroyed, start=1)],
            widths=[4, 18, 14, 20, 9, 35], font_size=7,
        ),
    ]
    if refused:
        blocks.append("Tài liệu trong đợt không được hủy, và lý do:")
        blocks.append(Table(["Tài liệu", "Lý do"], [[r.record, r.reason] for r in refused],
                            widths=[40, 60], font_size=7))
    return Printout(organisation, "Biên bản hủy tài liệu hết giá trị",
                    f"Đợt hủy {batch.batch_id}", blocks, landscape=True)
