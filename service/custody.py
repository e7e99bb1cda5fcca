"""Keeping records as long as the law says and proving it: legal holds, what is due,
retention schedule changes, disposal with two people, fixity, the audit trail.

Each decision is taken by a named person in a role the access table allows; the two-person
rule of disposal (the approver is not the proposer) is kept by ``archive.disposal`` itself.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import Any

from archive import FixityReport, keys
from archive.audit import AuditCheck
from archive.disposal import DisposalBatch, decide, list_batches, load_batch, propose
from archive.fixity import FIXITY_RUNS, fixity_runs, latest_fixity
from archive.hold import current_holds, record_prefix, set_hold
from archive.report import retention_report
from archive.retention import (
    DueCount,
    DuePage,
    RetentionChange,
    RetentionItem,
    apply_schedule,
    count_due,
    retention_due_page,
)
from classify import load_rules
from pipeline.deps import locks_of
from pipeline.records import execute_disposal, fixity_now, scheduled_retention, signed_printout
from service.access import Actor
from service.context import Context
from service.dispatch import Dispatcher
from service.errors import NotFoundError
from sohoa.clock import now_vn
from sohoa.errors import SohoaError, UsageError

__all__ = ["DUE_COUNT_CAP", "DUE_PAGE", "DUE_PAGE_MAX", "Custody", "DuePage", "batch_json",
           "due_json"]

DUE_PAGE = 50
"""Documents on one page of the due list, unless asked otherwise."""
DUE_PAGE_MAX = 500
DUE_COUNT_CAP = 10_000
"""The auditor's page counts what is due up to this many ("more than" past it): a count
lists every pointer it counts."""


class Custody:
    """What archivists, auditors and the head do with what is kept."""

    def __init__(self, ctx: Context, dispatch: Dispatcher) -> None:
        self.ctx = ctx
        self.dispatch = dispatch

    # --- legal holds ------------------------------------------------------------------------

    def holds(self, actor: Actor) -> list[dict[str, Any]]:
        """Records under legal hold, each with the decision that set it."""
        self.ctx.authorize(actor, "custody.holds")
        return current_holds(self.ctx.deps.store)

    def set_hold(self, actor: Actor, record: str, hold: bool, reason: str) -> dict[str, Any]:
        """Set or release the legal hold on a dossier or document (with its reason)."""
        prefix = record_prefix(record)
        code = keys.code_of(prefix)
        self.ctx.authorize_record(actor, "custody.hold", code)
        with locks_of(self.ctx.settings).hold("hold"):  # not half held, half released
            count = set_hold(self.ctx.deps.store, self.ctx.log(actor), record, hold,
                             reason=reason, who=actor.name)
        self.ctx.seal_now()
        return {"record": prefix, "hold": hold, "objects": count, "from": actor.origin}

    # --- retention --------------------------------------------------------------------------

    def due(self, actor: Actor, before: date, *, after: str = "", limit: int = DUE_PAGE,
            count: bool = False, count_cap: int | None = None
            ) -> tuple[DuePage, DueCount | None]:
        """A page of the documents whose retention ends before ``before`` (held ones
        marked), oldest first, after the cursor ``after`` (the previous page's ``next``);
        with ``count``, how many are due, counted from the pointers (no record read), up to
        ``count_cap`` when given."""
        self.ctx.authorize(actor, "custody.due")
        if not 1 <= limit <= DUE_PAGE_MAX:
            raise UsageError(f"mỗi trang từ 1 đến {DUE_PAGE_MAX} tài liệu, không phải {limit} "
                             f"(a page holds 1 to {DUE_PAGE_MAX} documents)")
        store = self.ctx.deps.store
        page = retention_due_page(store, before, after=after, limit=limit)
        total = count_due(store, before, cap=count_cap) if count else None
        self.ctx.audit(actor, "retention_listed", "", {
            "before": before.isoformat(), "after": after or None, "due": len(page.items),
            **({"total": total.total} if total else {})})
        return page, total

    def schedule(self, actor: Actor, *, apply: bool, reason: str = "") -> list[RetentionChange]:
        """Compare archived records with the current schedule; with ``apply`` extend those it
        now keeps longer (never shorten), each change recorded with ``reason``."""
        self.ctx.authorize(actor, "custody.extend" if apply else "custody.schedule")
        if apply and not reason.strip():
            raise UsageError("a retention change is applied with its reason (--reason), e.g. "
                             "the circular that changed the schedule")
        changes = apply_schedule(self.ctx.deps.store, self.ctx.log(actor),
                                 scheduled_retention(), apply=apply, who=actor.name,
                                 reason=reason)
        if apply:
            self.ctx.seal_now()
        return changes

    def retention_report(self, actor: Actor, date_from: date, date_to: date, out: Path
                         ) -> tuple[Any, Path, Path]:
        """The retention audit report of a period, as CSV and as a PDF signed by ``actor``;
        return the report and the two files."""
        self.ctx.authorize(actor, "custody.report")
        if date_from > date_to:
            raise UsageError("give the period as --from DATE --to DATE, the first before the "
                             "last")
        deps = self.ctx.deps
        labels = {c.id: (c.label, c.legal_source) for c in load_rules().retention.values()}
        report = retention_report(deps.store, date_from, date_to,
                                  made_at=now_vn().isoformat(), labels=labels)
        out.mkdir(parents=True, exist_ok=True)
        stem = out / f"retention-report-{date_from}-{date_to}"
        csv_path, pdf_path = stem.with_suffix(".csv"), stem.with_suffix(".pdf")
        csv_path.write_text(report.to_csv(), encoding="utf-8")
        pdf_path.write_bytes(signed_printout(
            deps, report.printout(self.ctx.settings.signing.organisation), signer=actor.name,
            title="Người lập báo cáo", reason="Báo cáo kiểm tra thời hạn lưu trữ"))
        self.ctx.audit(actor, "report_exported", "", {
            "report": "retention", "from": date_from.isoformat(), "to": date_to.isoformat(),
            "files": [str(csv_path), str(pdf_path)]})
        return report, csv_path, pdf_path

    # --- disposal ---------------------------------------------------------------------------

    def disposals(self, actor: Actor) -> list[DisposalBatch]:
        """Every disposal batch, newest first."""
        self.ctx.authorize(actor, "custody.disposals")
        return sorted(list_batches(self.ctx.deps.store), key=lambda b: b.batch_id,
                      reverse=True)

    def disposal(self, actor: Actor, batch_id: str) -> DisposalBatch:
        """One disposal batch with its items; the view is audited."""
        self.ctx.authorize(actor, "custody.disposals")
        batch = self._load(batch_id)
        self.ctx.audit(actor, "viewed", keys.disposal(batch_id))
        return batch

    def _load(self, batch_id: str) -> DisposalBatch:
        try:
            return load_batch(self.ctx.deps.store, batch_id)
        except SohoaError as exc:
            raise NotFoundError(f"Không có đợt hủy {batch_id} (no such disposal batch).") from exc

    def propose(self, actor: Actor, reason: str, records: list[str], before: date | None
                ) -> tuple[DisposalBatch, list[Any]]:
        """Propose destroying the records named, or every document due before ``before``;
        return the batch and the records refused with their reasons."""
        self.ctx.authorize(actor, "custody.propose")
        if not records and before is None:
            raise UsageError("Nêu các hồ sơ cần hủy, hoặc ngày 'before' (name the records, or "
                             "give --before DATE).")
        with locks_of(self.ctx.settings).hold("disposal"):  # one open batch per document
            proposed = propose(self.ctx.deps.store, self.ctx.log(actor), who=actor.name,
                               reason=reason, records=records, before=before,
                               who_id=actor.person_id)
        self.ctx.seal_now()
        return proposed

    def decide(self, actor: Actor, batch_id: str, approve: bool, note: str) -> DisposalBatch:
        """Approve or reject a proposed batch (not by the person who proposed it)."""
        role = self.ctx.authorize(actor, "custody.decide", keys.disposal(batch_id))
        self._load(batch_id)
        with locks_of(self.ctx.settings).hold("disposal"):
            batch = decide(self.ctx.deps.store, self.ctx.log(actor), batch_id, who=actor.name,
                           role=role, approve=approve, note=note, who_id=actor.person_id)
        self.ctx.seal_now()
        return batch

    def execute(self, actor: Actor, batch_id: str) -> DisposalBatch:
        """Destroy the documents of an approved batch; keep tombstones and the certificate
        signed by ``actor``."""
        self.ctx.authorize(actor, "custody.execute", keys.disposal(batch_id))
        self._load(batch_id)
        deps = self.ctx.deps
        with locks_of(self.ctx.settings).hold("disposal"):  # one execution at a time
            batch = execute_disposal(deps, batch_id, who=actor.name, audit=self.ctx.log(actor))
        self.ctx.seal_now()
        return batch

    def certificate(self, actor: Actor, batch_id: str) -> bytes:
        """The signed destruction certificate of an executed batch."""
        self.ctx.authorize(actor, "custody.disposals")
        batch = self._load(batch_id)
        if batch.state != "executed":
            raise NotFoundError(f"Đợt hủy {batch_id} chưa thực hiện; chưa có biên bản.")
        data = self.ctx.deps.store.get(batch.certificate_key)
        self.ctx.audit(actor, "downloaded", batch.certificate_key,
                       {"sha256": hashlib.sha256(data).hexdigest()})
        return data

    # --- fixity -----------------------------------------------------------------------------

    def fixity(self, actor: Actor) -> dict[str, Any]:
        """The latest fixity run, how many runs are kept, and the run under way here."""
        self.ctx.authorize(actor, "custody.fixity")
        return {"latest": latest_fixity(self.ctx.deps.store),
                "runs": len(list(self.ctx.deps.store.list(FIXITY_RUNS))),
                "running": self.dispatch.fixity_run}

    def fixity_history(self, actor: Actor) -> list[dict[str, Any]]:
        """The kept reports of past fixity runs, oldest first."""
        self.ctx.authorize(actor, "custody.fixity")
        return fixity_runs(self.ctx.deps.store)

    def run_fixity(self, actor: Actor) -> tuple[FixityReport, str]:
        """Check every sha256 now, here; keep the report; return it and where it is kept."""
        self.ctx.authorize(actor, "custody.run_fixity")
        deps = self.ctx.deps
        return fixity_now(deps.store, self.ctx.log(actor), who=actor.name)

    def start_fixity(self, actor: Actor) -> dict[str, Any]:
        """Start checking every sha256 in the background (it takes as long as reading the
        whole archive); ``fixity`` shows it when it is done."""
        self.ctx.authorize(actor, "custody.run_fixity")
        return self.dispatch.start_fixity(actor.name)

    # --- the audit trail --------------------------------------------------------------------

    def audit_check(self, actor: Actor) -> AuditCheck:
        """Whether the audit trail is whole and agrees with its seals and its key, how far it
        is sealed, and how many entries are from before the key."""
        self.ctx.authorize(actor, "custody.audit")
        return self.ctx.deps.audit.verify(self.ctx.deps.store)

    def seal(self, actor: Actor) -> str | None:
        """Write the head of the audit trail into the write-once store; return its key."""
        self.ctx.authorize(actor, "custody.seal")
        return self.ctx.deps.audit.seal(self.ctx.deps.store)

    def export(self, actor: Actor, to: str) -> str:
        """The audit trail as CSV (the export itself is its last entry)."""
        self.ctx.authorize(actor, "custody.export")
        self.ctx.audit(actor, "exported", str(self.ctx.deps.audit.path), {"to": to})
        return self.ctx.deps.audit.export_csv()


def batch_json(b: DisposalBatch, items: bool = False) -> dict[str, Any]:
    """What the API shows of a disposal batch."""
    p = b.proposal
    body = {"batch_id": b.batch_id, "state": b.state, "proposed_by": p.get("proposed_by"),
            "proposed_at": p.get("proposed_at"), "reason": p.get("reason"),
            "documents": len(b.items), "approval": b.approval,
            "execution": {k: v for k, v in (b.execution or {}).items() if k != "items"}
            if b.execution else None}
    if items:
        body["items"] = b.items
    return body


def due_json(page: DuePage, total: DueCount | None, before: date) -> dict[str, Any]:
    """What the API and ``sohoa retention due --json`` show of a page of the due list: its
    items, the cursor of the next page (``null`` on the last) and, when asked, the count
    (``total_by``: ``pointers`` when it may count documents kept longer or destroyed since,
    ``records`` when every record was read)."""
    return {"before": before.isoformat(), "items": [_item_json(i) for i in page.items],
            "next": page.next,
            "total": total.total if total else None,
            "total_by": None if total is None else "records" if total.exact else "pointers",
            "total_at_least": bool(total and total.at_least)}


def _item_json(item: RetentionItem) -> dict[str, Any]:
    body = {k: getattr(item, k) for k in item.__slots__}
    return body | {"retain_until": item.retain_until.isoformat()}
