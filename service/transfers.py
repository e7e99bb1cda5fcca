"""Transfer (nộp lưu) of records of permanent value to the historical archive: the transfer
list proposed by an archivist, approved by a different auditor or head, exported as one BagIt
bag per dossier with a signed transfer record; and the check of a bag, as the receiving
archive makes it. The two-person rule is kept by ``archive.transfer`` itself."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from archive import keys
from archive.transfer import TransferBatch, decide, export, list_batches, load_batch, propose
from archive.transfer_check import bags_in, check_bag
from pipeline.deps import locks_of
from pipeline.records import signed_printout
from service.access import Actor
from service.context import Context
from service.errors import NotFoundError
from service.verification import Verification
from sohoa.errors import SohoaError, UsageError

__all__ = ["Transfers", "transfer_json"]


class Transfers:
    """What archivists, auditors and the head do to hand records over to the historical
    archive."""

    def __init__(self, ctx: Context, verification: Verification) -> None:
        self.ctx = ctx
        self.verification = verification

    def batches(self, actor: Actor) -> list[TransferBatch]:
        """Every transfer batch, oldest first."""
        self.ctx.authorize(actor, "transfer.list")
        return list_batches(self.ctx.deps.store)

    def batch(self, actor: Actor, batch_id: str) -> TransferBatch:
        """One transfer batch with its transfer list; the view is audited."""
        self.ctx.authorize(actor, "transfer.list")
        batch = self._load(batch_id)
        self.ctx.audit(actor, "viewed", keys.transfer(batch.batch_id))
        return batch

    def _load(self, batch_id: str) -> TransferBatch:
        try:
            return load_batch(self.ctx.deps.store, batch_id)
        except SohoaError as exc:
            raise NotFoundError(f"Không có đợt nộp lưu {batch_id} (no such transfer batch)."
                                ) from exc

    def propose(self, actor: Actor, retention_class: str, closed_before: date | None,
                reason: str = "") -> tuple[TransferBatch, list[dict[str, str]]]:
        """Propose the transfer list of documents of ``retention_class`` whose dossier closed
        before ``closed_before``; return the batch and the documents refused with reasons."""
        self.ctx.authorize(actor, "transfer.propose")
        if closed_before is None or not retention_class.strip():
            raise UsageError("Nêu nhóm thời hạn bảo quản và ngày kết thúc hồ sơ (give --class "
                             "CLASS and --closed-before DATE).")
        with locks_of(self.ctx.settings).hold("transfer"):  # one open batch per document
            proposed = propose(self.ctx.deps.store, self.ctx.log(actor), who=actor.name,
                               retention_class=retention_class, closed_before=closed_before,
                               reason=reason, who_id=actor.person_id)
        self.ctx.seal_now()
        return proposed

    def decide(self, actor: Actor, batch_id: str, approve: bool, note: str) -> TransferBatch:
        """Approve or reject a proposed transfer (not by the person who proposed it)."""
        role = self.ctx.authorize(actor, "transfer.decide", keys.transfer(batch_id))
        self._load(batch_id)
        batch = decide(self.ctx.deps.store, self.ctx.log(actor), batch_id, who=actor.name,
                       role=role, approve=approve, note=note, who_id=actor.person_id)
        self.ctx.seal_now()
        return batch

    def export(self, actor: Actor, batch_id: str, out: Path) -> TransferBatch:
        """Write the bags of an approved transfer into ``out``, with the transfer record
        signed by ``actor``; keep the record and each document's transfer record."""
        self.ctx.authorize(actor, "transfer.export", keys.transfer(batch_id))
        self._load(batch_id)
        deps = self.ctx.deps
        batch = export(
            deps.store, self.ctx.log(actor), batch_id, out, who=actor.name,
            organisation=self.ctx.settings.signing.organisation,
            render=lambda p: signed_printout(
                deps, p, signer=actor.name, title="Người giao nộp",
                reason="Giao nộp hồ sơ, tài liệu vào lưu trữ lịch sử"))
        self.ctx.seal_now()
        return batch

    def verify(self, actor: Actor, folder: Path) -> list[dict[str, Any]]:
        """Check the bag ``folder`` is (or every bag it holds): every sha256 (``bagit``),
        METS and PREMIS against the official schemas, and every signature of every PDF in
        it. One entry per bag, each problem naming its file."""
        self.ctx.authorize(actor, "transfer.verify")
        bags = bags_in(folder)
        if not bags:
            raise UsageError(f"{folder}: không có gói BagIt nào (no BagIt bag here: a bag "
                             "has bagit.txt).")
        results = []
        for bag in bags:
            check = check_bag(bag)
            signed = 0
            for pdf in check.pdfs:
                name = str(pdf.relative_to(bag.parent))
                try:
                    report = self.verification.verify(actor, pdf.read_bytes(), name)
                except SohoaError as exc:
                    check.problems.append(f"{name}: không đọc được chữ ký (cannot check its "
                                          f"signatures): {exc.message}")
                    continue
                if not report["signed"]:
                    continue
                signed += 1
                if not report["valid"]:
                    check.problems.append(f"{name}: chữ ký không hợp lệ (signature not valid): "
                                          f"{report['bottom_line']}")
            results.append({"bag": str(bag), "ok": check.ok, "files": check.files,
                            "signed_pdfs": signed, "problems": check.problems})
        self.ctx.audit(actor, "transfer_verified", str(folder)[:300], {
            "bags": len(results), "ok": all(r["ok"] for r in results),
            "problems": sum(len(r["problems"]) for r in results)})
        return results


def transfer_json(batch: TransferBatch) -> dict[str, Any]:
    """A transfer batch as ``--json`` shows it."""
    return {"batch_id": batch.batch_id, "state": batch.state, "dossiers": batch.dossiers,
            "proposal": batch.proposal, "approval": batch.approval, "export": batch.export}
