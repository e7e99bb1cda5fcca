"""Running the engine: finishing what was received, rebuilding the search index."""

from __future__ import annotations

from pipeline.indexing import reindex
from pipeline.reconcile import ReconcileReport, reconcile
from service.access import Actor
from service.context import Context
from service.dispatch import Dispatcher

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

    def reindex(self, actor: Actor) -> int:
        """Rebuild the search index from the archive; return how many documents it holds."""
        self.ctx.authorize(actor, "operate")
        count = reindex(self.ctx.deps)
        self.ctx.audit(actor, "reindexed", "", {"documents": count})
        return count
