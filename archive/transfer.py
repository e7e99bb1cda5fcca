"""Transfer (nộp lưu) to the historical archive: records of permanent value handed over, by an
approved, recorded decision, as one BagIt bag per dossier.

A transfer batch goes through three steps, each written once under ``transfer/<batch id>/``
and recorded in the audit trail, in the shape of a disposal (``archive.disposal``):

1. ``proposal.json``: an archivist proposes the transfer list (mục lục hồ sơ nộp lưu): every
   document of retention class ``CLASS`` whose dossier closed before a date. Documents not
   kept permanently (only records of permanent value go to a historical archive), on legal
   hold, already transferred or already in an open batch are refused, each with its reason.
2. ``approval.json``: a different person with the ``auditor`` or ``head`` role approves it (or
   rejects it, which closes the batch); not the proposer under any name.
3. ``started.json``, ``record.pdf``, ``export.json``: the batch is exported into a folder.
   Each document is checked again (manifest unchanged since the proposal, not held), each
   file copied is checked against its sha256, one bag is written per dossier
   (``archive.transfer_bag``), the signed transfer record (biên bản giao nộp, PDF/A-2b) lists
   every dossier, document, sha256 of its signed PDF and of its bag's payload manifest, and is
   put into every bag; then each document's transfer record
   ``transferred/<receipt code>/<document id>/transfer.json`` (what left, the sha256 of
   every file, who proposed, approved and exported it, when) is written, kept permanently.

The documents stay in the archive: they are kept permanently whatever happens, so nothing is
released; their transfer record marks them transferred, and they are never proposed again.
An export can be run again (after a crash, or into another folder): the time of the first
start is reused, so the same bags come out, and the record already signed is put into them.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import archive.keys as keys
from archive.aip import iter_manifests, load_manifest
from archive.audit import AuditLog
from archive.errors import ObjectMissingError
from archive.printout import Printout, Table
from archive.records import Manifest, Revision
from archive.retention import effective_retention
from archive.revisions import current_of
from archive.store import ObjectStore, get_json, put_json
from archive.transfer_bag import TransferError, add_record, manifest_sha256, write_bag
from sohoa.clock import now_vn
from sohoa.people import ROLE_LABELS, same_person
from sohoa.text import nfc

__all__ = ["TransferBatch", "TransferError", "decide", "export", "list_batches", "load_batch",
           "propose", "record_printout", "transferred"]


@dataclass(frozen=True, slots=True)
class TransferBatch:
    """A transfer batch as the store holds it."""

    batch_id: str
    proposal: dict[str, Any]
    approval: dict[str, Any] | None = None
    export: dict[str, Any] | None = None

    @property
    def state(self) -> str:
        """``proposed``, ``approved``, ``rejected`` or ``exported``."""
        if self.export is not None:
            return "exported"
        if self.approval is None:
            return "proposed"
        return "approved" if self.approval["decision"] == "approved" else "rejected"

    @property
    def items(self) -> list[dict[str, Any]]:
        """The documents proposed for transfer, dossier by dossier."""
        return list(self.proposal["items"])

    @property
    def dossiers(self) -> list[str]:
        """The receipt codes of the dossiers in the batch, in order."""
        return list(dict.fromkeys(i["receipt_code"] for i in self.items))

    @property
    def record_key(self) -> str:
        """Where the signed transfer record is kept once exported."""
        return keys.transfer(self.batch_id, "record.pdf")


def _read(store: ObjectStore, key: str) -> dict[str, Any] | None:
    try:
        return get_json(store, key)
    except ObjectMissingError:
        return None


def load_batch(store: ObjectStore, batch_id: str) -> TransferBatch:
    """Read a batch; raise ``TransferError`` naming it if there is none."""
    batch_id = batch_id.strip()
    base = keys.transfer(batch_id)
    proposal = _read(store, base + "proposal.json") if "/" not in batch_id else None
    if proposal is None:
        raise TransferError(f"there is no transfer batch {batch_id!r} (`sohoa transfer list`)")
    return TransferBatch(batch_id, proposal, _read(store, base + "approval.json"),
                         _read(store, base + "export.json"))


def list_batches(store: ObjectStore) -> list[TransferBatch]:
    """Every transfer batch, oldest first."""
    ids = sorted({k.split("/")[1] for k in store.list(keys.TRANSFER)
                  if k.endswith("/proposal.json")})
    return [load_batch(store, b) for b in ids]


def transferred(store: ObjectStore, receipt_code: str = "") -> list[dict[str, Any]]:
    """The transfer records of transferred documents (of one dossier, if given)."""
    return [get_json(store, k) for k in store.list(keys.transferred(receipt_code))
            if k.endswith("/transfer.json")]


def _held(store: ObjectStore, record: str, files: Mapping[str, Any]) -> bool:
    for key in [record + "manifest.json", *(record + n for n in files)]:
        try:
            if store.info(key).legal_hold:
                return True
        except ObjectMissingError:
            continue
    return False


def _describe(store: ObjectStore, key: str, manifest: Manifest) -> dict[str, Any]:
    view = current_of(store, manifest)
    c, r = view.classification, view.retention
    return {
        "record": key.removesuffix("manifest.json"),
        "receipt_code": manifest.receipt_code, "document_id": manifest.document_id,
        "doc_type": c.doc_type, "label": c.label, "title": c.title or "",
        "procedure": view.dossier.procedure or "", "received_at": view.received_at,
        "closing_date": view.closing_day, "retention_class": r.retention_class,
        "legal_source": r.legal_source, "period_verified": r.verified,
        "pages": len(manifest.pages),
        "manifest_sha256": hashlib.sha256(store.get(key)).hexdigest(),
        "files": {n: {"sha256": f.sha256, "size": f.size} for n, f in manifest.files.items()},
    }


def _open_records(store: ObjectStore) -> dict[str, str]:
    return {i["record"]: b.batch_id for b in list_batches(store)
            if b.state in ("proposed", "approved") for i in b.items}


def propose(store: ObjectStore, audit: AuditLog, *, who: str, retention_class: str,
            closed_before: date, reason: str = "", who_id: str | None = None
            ) -> tuple[TransferBatch, list[dict[str, str]]]:
    """Propose the transfer list: every document of ``retention_class`` whose dossier closed
    before ``closed_before``. Return the batch and the documents refused, with reasons."""
    wanted = retention_class.strip()
    if not wanted:
        raise TransferError("name the retention class to transfer (--class), e.g. ho_tich")
    taken = _open_records(store)
    items: list[dict[str, Any]] = []
    refused: list[dict[str, str]] = []
    for key, manifest in iter_manifests(store):
        view = current_of(store, manifest)
        if view.retention.retention_class != wanted or \
                date.fromisoformat(view.closing_day[:10]) >= closed_before:
            continue
        record = key.removesuffix("manifest.json")
        why = None
        if effective_retention(store, key, manifest) is not None:
            why = ("not kept permanently (vĩnh viễn): only records of permanent value are "
                   "transferred to the historical archive")
        elif store.exists(keys.transferred(manifest.receipt_code, manifest.document_id)):
            why = "already transferred"
        elif record in taken:
            why = f"already proposed in transfer batch {taken[record]}"
        elif _held(store, record, manifest.files):
            why = "under legal hold: release the hold (`sohoa hold release`) first"
        if why:
            refused.append({"record": record, "reason": why})
        else:
            items.append(_describe(store, key, manifest))
    if not items:
        detail = "; ".join(f"{r['record']}: {r['reason']}" for r in refused) or \
            f"no document of class {wanted} closed before {closed_before.isoformat()}"
        raise TransferError(f"nothing can be proposed for transfer: {detail}")
    items.sort(key=lambda i: (i["receipt_code"], i["received_at"], i["document_id"]))
    now = now_vn()
    batch_id = f"T-{now:%Y%m%d}-{secrets.token_hex(3)}"
    proposal = {
        "schema": "sohoa.transfer/1", "batch_id": batch_id, "proposed_by": nfc(who),
        "proposed_by_id": who_id, "proposed_at": now.isoformat(), "reason": nfc(reason),
        "retention_class": wanted, "closed_before": closed_before.isoformat(),
        "items": items, "refused": refused,
    }
    put_json(store, keys.transfer(batch_id, "proposal.json"), proposal, permanent=True)
    audit.append("transfer_proposed", keys.transfer(batch_id), {
        "class": wanted, "closed_before": closed_before.isoformat(),
        "records": [i["record"] for i in items], "refused": len(refused)}, who=who)
    return TransferBatch(batch_id, proposal), refused


def decide(store: ObjectStore, audit: AuditLog, batch_id: str, *, who: str, role: str,
           approve: bool, note: str = "", who_id: str | None = None) -> TransferBatch:
    """Approve or reject a proposed batch as ``who`` in ``role``; not the proposer (same id
    when both are known, or the same name)."""
    batch = load_batch(store, batch_id)
    if batch.state != "proposed":
        raise TransferError(f"transfer batch {batch.batch_id} is already {batch.state}")
    proposer_id = batch.proposal.get("proposed_by_id")
    if (who_id and proposer_id and who_id == proposer_id) or same_person(
            who, batch.proposal["proposed_by"]):
        raise TransferError(f"{nfc(who)} proposed transfer batch {batch.batch_id}; a different "
                            "person with the auditor or head role must approve it")
    if not approve and not note.strip():
        raise TransferError("a rejection is recorded with its reason (--note)")
    proposal = store.get(keys.transfer(batch.batch_id, "proposal.json"))
    decision = {"batch_id": batch.batch_id, "decision": "approved" if approve else "rejected",
                "by": nfc(who), "role": role, "at": now_vn().isoformat(), "note": nfc(note),
                "proposal_sha256": hashlib.sha256(proposal).hexdigest()}
    put_json(store, keys.transfer(batch.batch_id, "approval.json"), decision, permanent=True)
    audit.append("transfer_approved" if approve else "transfer_rejected",
                 keys.transfer(batch.batch_id), {"role": role, "note": nfc(note)}, who=who)
    return TransferBatch(batch.batch_id, batch.proposal, decision)


def _check(store: ObjectStore, item: Mapping[str, Any]) -> Manifest:
    key = item["record"] + "manifest.json"
    try:
        data = store.get(key)
    except ObjectMissingError as exc:
        raise TransferError(f"{item['record']}: no longer in the archive (`sohoa fixity`)"
                            ) from exc
    if hashlib.sha256(data).hexdigest() != item["manifest_sha256"]:
        raise TransferError(f"{item['record']}: its manifest changed after the proposal; "
                            "propose the transfer again")
    if _held(store, item["record"], item["files"]):
        raise TransferError(f"{item['record']}: put under legal hold after the proposal; "
                            "release the hold or propose the transfer again")
    return load_manifest(store, key)


def _revisions(store: ObjectStore, code: str, doc: str) -> list[Revision]:
    return [get_json(store, k, Revision) for k in store.list(keys.revisions(code, doc))
            if k.endswith(".json")]


def export(store: ObjectStore, audit: AuditLog, batch_id: str, out: Path, *, who: str,
           organisation: str, render: Callable[[Printout], bytes]) -> TransferBatch:
    """Write the bags of an approved (or already exported) batch into ``out``: one per
    dossier, each with the signed transfer record ``render`` makes; keep the record and each
    document's transfer record. Nothing is changed in the archive's documents."""
    batch = load_batch(store, batch_id)
    if batch.state not in ("approved", "exported"):
        raise TransferError(
            f"transfer batch {batch.batch_id} is {batch.state}: it is exported only after a "
            "different person with the auditor or head role approves it "
            "(`sohoa transfer approve`)")
    base = keys.transfer(batch.batch_id)
    approval = batch.approval or {}
    if approval.get("proposal_sha256") != hashlib.sha256(
            store.get(base + "proposal.json")).hexdigest():
        raise TransferError(f"the proposal of transfer batch {batch.batch_id} is not the one "
                            "approved")
    started = _read(store, base + "started.json")
    if started is None:
        started = {"batch_id": batch.batch_id, "by": nfc(who), "at": now_vn().isoformat()}
        put_json(store, base + "started.json", started, permanent=True)
    manifests = {i["record"]: _check(store, i) for i in batch.items}
    out.mkdir(parents=True, exist_ok=True)
    bags: dict[str, dict[str, Any]] = {}
    for code in batch.dossiers:
        items = [i for i in batch.items if i["receipt_code"] == code]
        who_bag = {"receipt_code": code, "batch_id": batch.batch_id,
                   "proposed_by": batch.proposal["proposed_by"],
                   "approved_by": approval.get("by", ""), "exported_by": started["by"]}
        bag = write_bag(store, out, who_bag, [manifests[i["record"]] for i in items],
                        organisation=organisation, at=started["at"],
                        revisions={i["document_id"]: _revisions(store, code, i["document_id"])
                                   for i in items})
        bags[code] = {"bag": bag, "manifest_sha256": manifest_sha256(bag)}
    record = _record(store, batch, started, bags, organisation, render)
    for bag in bags.values():
        add_record(bag["bag"], record)
    record_sha = hashlib.sha256(record).hexdigest()
    if batch.export is None:
        for item in batch.items:
            _note_transferred(store, batch, started, item, bags, record_sha)
        export_record = {"batch_id": batch.batch_id, "by": started["by"], "at": started["at"],
                         "record_sha256": record_sha, "out": str(out),
                         "bags": {c: b["manifest_sha256"] for c, b in bags.items()}}
        put_json(store, base + "export.json", export_record, permanent=True)
        batch = TransferBatch(batch.batch_id, batch.proposal, batch.approval, export_record)
    audit.append("transfer_exported", base, {
        "out": str(out), "dossiers": list(bags), "documents": len(batch.items),
        "record_sha256": record_sha}, who=who)
    return batch


def _record(store: ObjectStore, batch: TransferBatch, started: Mapping[str, Any],
            bags: Mapping[str, Mapping[str, Any]], organisation: str,
            render: Callable[[Printout], bytes]) -> bytes:
    """The signed transfer record: the one kept, else a new one made and kept."""
    try:
        return store.get(batch.record_key)
    except ObjectMissingError:
        pass
    data = render(record_printout(organisation, batch, started,
                                  {c: b["manifest_sha256"] for c, b in bags.items()}))
    store.put(batch.record_key, data, permanent=True)
    return data


def _note_transferred(store: ObjectStore, batch: TransferBatch, started: Mapping[str, Any],
                      item: Mapping[str, Any], bags: Mapping[str, Mapping[str, Any]],
                      record_sha: str) -> None:
    key = keys.transferred(item["receipt_code"], item["document_id"])
    if store.exists(key):  # a run stopped after writing it
        return
    approval = batch.approval or {}
    put_json(store, key, {
        "schema": "sohoa.transferred/1", **{k: item[k] for k in (
            "record", "receipt_code", "document_id", "doc_type", "label", "title",
            "procedure", "received_at", "closing_date", "retention_class", "legal_source",
            "manifest_sha256", "files")},
        "batch_id": batch.batch_id, "proposed_by": batch.proposal["proposed_by"],
        "approved_by": approval.get("by", ""), "approved_role": approval.get("role", ""),
        "approved_at": approval.get("at", ""), "transferred_by": started["by"],
        "transferred_at": started["at"],
        "bag_manifest_sha256": bags[item["receipt_code"]]["manifest_sha256"],
        "record_sha256": record_sha, "kept": True,
    }, permanent=True)


def record_printout(organisation: str, batch: TransferBatch, started: Mapping[str, Any],
                    bags: Mapping[str, str]) -> Printout:
    """The transfer record (biên bản giao nộp hồ sơ, tài liệu vào lưu trữ lịch sử) of a
    batch: what left, with the sha256 that pins each document and each bag."""
    approval = batch.approval or {}
    at = datetime.fromisoformat(started["at"])
    items = batch.items
    blocks: list[str | Table] = [
        f"Hôm nay, {at:%H:%M} ngày {at:%d/%m/%Y}, hồ sơ, tài liệu lưu trữ số có thời hạn bảo "
        f"quản vĩnh viễn của đợt {batch.batch_id} được giao nộp vào lưu trữ lịch sử: mỗi hồ "
        "sơ là một gói BagIt gồm tài liệu đã ký số, ảnh trang, ALTO, METS, PREMIS và dữ liệu "
        "đặc tả. Tài liệu vẫn được giữ trong kho lưu trữ số của cơ quan và được đánh dấu đã "
        "nộp lưu.",
        f"Nhóm thời hạn bảo quản: {batch.proposal['retention_class']}; hồ sơ kết thúc trước "
        f"ngày {batch.proposal['closed_before']}.",
        *([f"Căn cứ: {batch.proposal['reason']}"] if batch.proposal.get("reason") else []),
        f"Người lập mục lục: {batch.proposal['proposed_by']} ({batch.proposal['proposed_at']}).",
        f"Người phê duyệt: {approval.get('by', '')}, "
        f"{ROLE_LABELS.get(approval.get('role', ''), approval.get('role', ''))} "
        f"({approval.get('at', '')}). {approval.get('note', '')}".strip(),
        f"Người giao nộp: {started['by']}.",
        f"Số hồ sơ: {len(bags)}. Số tài liệu: {len(items)}.",
        Table(["STT", "Mã hồ sơ / mã tài liệu", "Tài liệu", "Thời hạn bảo quản", "Số trang",
               "sha256 của manifest"],
              [[str(n), f"{i['receipt_code']}\n{i['document_id']}", i["label"] or i["doc_type"],
                f"Vĩnh viễn ({i['retention_class']})\n{i['legal_source']}", str(i["pages"]),
                i["manifest_sha256"]] for n, i in enumerate(items, start=1)],
              widths=[4, 18, 16, 20, 6, 36], font_size=7),
        "Mỗi gói được xác định bằng mã băm sha256 của tệp manifest-sha256.txt (liệt kê sha256 "
        "của từng tệp trong gói):",
        Table(["Gói (mã hồ sơ)", "sha256 của manifest-sha256.txt"],
              [[c, s] for c, s in bags.items()], widths=[30, 70], font_size=7),
    ]
    return Printout(organisation, "Biên bản giao nộp hồ sơ, tài liệu vào lưu trữ lịch sử",
                    f"Đợt nộp lưu {batch.batch_id}", blocks, landscape=True)

