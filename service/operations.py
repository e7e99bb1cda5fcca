"""Running the engine: finishing what was received, rebuilding the search index, renewing
the archive time stamps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from pipeline.indexing import reindex
from pipeline.reconcile import ReconcileReport, reconcile
from pipeline.renewal import RenewalReport, renew_archive
from service.access import Actor
from service.context import Context
from service.dispatch import Dispatcher
from sohoa.clock import VN_TZ
from sohoa.errors import UsageError

__all__ = ["Operations"]


class Operations:
    """What the installation's operator runs."""

    def __init__(self, ctx: Context, dispatch: Dispatcher) -> None:
        self.ctx = ctx
        self.dispatch = dispatch

    def reconcile(self, actor: Actor, *, queue: bool = False) -> ReconcileReport:
        """Finish (or, with ``queue``, queue for the workers) what was received but not
        archived or not indexed; write the lookups of records older than them."""
        self.ctx.authorize(actor, "operate")
        if queue:
            batch, index = self.dispatch.requeue()
            report = reconcile(self.ctx.deps, requeue_batch=batch, requeue_index=index)
        else:
            report = reconcile(self.ctx.deps)
        self.ctx.audit(actor, "reconciled", "", {
            "queued": queue, "batches_pending": len(report.batches_pending),
            "documents_unindexed": len(report.documents_unindexed)})
        return report

    def migrated(self, actor: Actor, applied: list[int], imported: dict[str, int]) -> None:
        """Record in the audit trail that the database schema was brought up to date
        (``applied``: the versions) and what was imported from a data folder (``sohoa
        migrate``, which runs the migrations before the service can start on the database)."""
        self.ctx.authorize(actor, "operate")
        self.ctx.audit(actor, "database_migrated", "", {
            "versions": ",".join(str(v) for v in applied), **imported})

    def reindex(self, actor: Actor, progress: Callable[[int, int], None] | None = None
                ) -> int:
        """Rebuild the search index from the archive beside the live one, which keeps
        answering until the new one is switched in; return how many documents it holds.
        ``progress`` is told (indexed, total) after each batch."""
        self.ctx.authorize(actor, "operate")
        count = reindex(self.ctx.deps, progress=progress)
        self.ctx.audit(actor, "reindexed", "", {"documents": count})
        return count

    def renew_ltv(self, actor: Actor, *, before: date | None = None,
                  margin_days: int | None = None) -> RenewalReport:
        """Renew the archive time stamp of every signed PDF whose newest time stamp stops
        being trustworthy before ``before`` (default: within ``margin_days``, else the
        setting ``ltv.margin_days``): each becomes a new version of the document, recorded in
        the audit trail. Running it again renews nothing more."""
        self.ctx.authorize(actor, "ltv.renew")
        if before is not None and margin_days is not None:
            raise UsageError("cho --before hoặc --margin-days, không cả hai (give --before or "
                             "--margin-days, not both)")
        if margin_days is not None and margin_days < 1:
            raise UsageError("--margin-days phải từ 1 ngày (give at least one day)")
        if before is not None:
            until = datetime.combine(before, time.min, VN_TZ).astimezone(UTC)
        else:
            days = margin_days or self.ctx.settings.ltv.margin_days
            until = datetime.now(UTC) + timedelta(days=days)
        report = renew_archive(self.ctx.deps, before=until, who=actor.name,
                               audit=self.ctx.log(actor))
        self.ctx.audit(actor, "ltv_renewal_run", "", {
            "before": until.isoformat(), "checked": report.checked,
            "renewed": len(report.renewed), "skipped": [r for r, _ in report.skipped],
            "failed": [r for r, _ in report.failed], "tsa": report.tsa.tsa}, seal=True)
        return report
