"""Prove that everything received was digitised: find what was received but not archived, or
archived but not indexed, and finish it."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from archive import iter_manifests, keys
from archive.revisions import dossier_views, revised_documents
from pipeline.deps import Deps
from pipeline.digitisation_summaries import keep_summaries, prune_notes
from pipeline.indexing import index_dossier, record_from_archive
from pipeline.intake import link_existing, load_batch, materialise, pending_batches

__all__ = ["ReconcileReport", "reconcile"]

_SUMMARIES = timedelta(minutes=5)
"""The longest a reconcile spends on the digitisation report's summaries (the next goes on)."""


@dataclass(slots=True)
class ReconcileReport:
    """Counts of what was checked and what was done about it."""

    batches_pending: list[str] = field(default_factory=list)
    """Batches received without an outcome, now re-run (or re-queued)."""
    documents_archived: int = 0
    links_written: int = 0
    """Lookup pointers (a dossier's and a clerk's batches, the days of a dossier, the day a
    document's retention ends) written for records kept before pointers were (once per
    store)."""
    documents_unindexed: list[str] = field(default_factory=list)
    """Archived documents missing from the index, now indexed (or queued)."""
    notes_removed: int = 0
    """Notes of changes to dossiers too old for the digitisation report to read again."""
    summary_days: int = 0
    """Days whose digitisation report summaries were written or vouched for (the last two
    years, as the workers do daily)."""

    @property
    def complete(self) -> bool:
        """True when nothing was left to do."""
        return not self.batches_pending and not self.documents_unindexed


def reconcile(
    deps: Deps,
    *,
    requeue_batch: Callable[[str], None] | None = None,
    requeue_index: Callable[[str], None] | None = None,
) -> ReconcileReport:
    """Finish unfinished batches and index unindexed documents.

    With ``requeue_*`` callbacks the work is queued (Celery); without, it is done here.
    """
    report = ReconcileReport(links_written=link_existing(deps.store),
                             notes_removed=prune_notes(deps.store),
                             summary_days=keep_summaries(deps.store, budget=_SUMMARIES))
    for batch_id in pending_batches(deps.store):
        report.batches_pending.append(batch_id)
        if requeue_batch is not None:
            requeue_batch(batch_id)
        else:
            from pipeline.runner import process_batch

            batch = load_batch(deps.store, batch_id)
            with tempfile.TemporaryDirectory(prefix="sohoa-reconcile-") as tmp:
                process_batch(deps, batch, materialise(deps.store, batch, Path(tmp)), None)
    indexed = deps.index.document_ids()
    records = []
    revised = revised_documents(deps.store)
    for key, manifest in iter_manifests(deps.store):
        report.documents_archived += 1
        if manifest.document_id in indexed or (manifest.receipt_code,
                                               manifest.document_id) in revised:
            continue  # a revised dossier is looked at as it is now, below
        report.documents_unindexed.append(manifest.document_id)
        if requeue_index is not None:
            requeue_index(key)
        else:
            records.append(record_from_archive(deps, key))
    deps.index.bulk(records)
    deps.index.flush()
    for code in sorted({code for code, _ in revised}):
        # a corrected dossier is indexed again whole, as it is now (a correction made while
        # the index was down is caught up), and documents merged away are taken out
        views = dossier_views(deps.store, code)
        report.documents_unindexed += [v.document_id for v in views
                                       if v.document_id not in indexed]
        if requeue_index is not None and views:
            requeue_index(keys.manifest(code, views[0].package))
        elif requeue_index is None:
            index_dossier(deps, code)
    return report
