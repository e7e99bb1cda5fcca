"""Celery tasks: thin wrappers that pass batch ids and object keys to the stage functions.

ingest(batch) -> chord(ocr_page(batch, i) for every page)
              -> assemble(batch): split into dossiers, group pages into documents, classify
              -> chord(archive_one(document) for every document: PDF, sign, archive)
                 each -> index_document(manifest key)
              -> finish_batch(batch): the report, recorded as the batch's outcome
either chord failing (a worker that lost Redis reports its task failed) -> read_again(batch):
              ingest again, at most AGAIN_LIMIT times; then ``sohoa reconcile --queue``

Every task is idempotent: pages are keyed by batch id and index, documents by the hash of their
pages, so a retried or duplicated task never makes a second record. Only
``TransientServiceError`` (MinIO, Elasticsearch or Redis unreachable) is retried.
"""

from __future__ import annotations

import logging
import tempfile
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from celery import chord

from archive import ArchivedDocument, ObjectMissingError, find_archived
from ingest import open_source
from pipeline.archiving import archive_group, document_id_of, document_report
from pipeline.celery_app import app, configure
from pipeline.deps import Deps, build_deps, locks_of
from pipeline.dossier import fallback_code, plan_dossier, reject_group, split_batch
from pipeline.indexing import index_from_archive, upgrade_index
from pipeline.intake import batch_done, load_batch, materialise, record_outcome
from pipeline.meters import batch_recorded, page_read
from pipeline.pages import read_page
from pipeline.reports import (
    InputReport,
    PageRef,
    document_from_json,
    input_from_json,
)
from pipeline.settings import get_settings
from pipeline.work import load_outcome, outcome_key, save_outcome
from sohoa.errors import InputDocumentError, SohoaError, TransientServiceError

__all__ = [
    "archive_one",
    "assemble",
    "finish_batch",
    "fixity",
    "index_document",
    "ingest",
    "ocr_page",
    "read_again",
    "renew_ltv",
    "seal_audit",
    "submit",
]

log = logging.getLogger(__name__)

SCHEDULED = "sohoa (scheduled)"


def _claimed(task: Any, who: str, job: str, every_s: float) -> bool:
    """Whether this run of a scheduled job goes ahead. A run beat sent claims its period
    (``Locks.once``): two machines both running ``--beat`` send each job twice, and the second
    skips it. A retry of a claimed run, and a run someone started, always go ahead."""
    if who != SCHEDULED or task.request.retries:
        return True
    if locks_of(get_settings()).once(f"schedule.{job}", every_s):
        return True
    log.info("scheduled %s skipped: another process ran it less than %.0f s ago", job, every_s)
    return False


class PagesPendingError(TransientServiceError):
    """Some pages of a batch are not read yet; assembling waits and tries again."""

    code = "pages_pending"


_RETRY = {
    "bind": True,
    "acks_late": True,
    "autoretry_for": (TransientServiceError,),
    "retry_backoff": 2,
    "retry_backoff_max": 120,
    "max_retries": 20,
}


@lru_cache(maxsize=1)
def _deps() -> Deps:
    """The worker's adapters, made once per worker process."""
    deps = build_deps(get_settings())
    upgrade_index(deps)
    return deps


def _workdir() -> Path:
    path = Path(tempfile.gettempdir()) / "sohoa-worker"
    path.mkdir(exist_ok=True)
    return path


@app.task(name="sohoa.ingest", **_RETRY)
def ingest(self: Any, batch_id: str, attempt: int = 0) -> dict[str, Any]:
    """Open a received batch and fan out one task per page, then assemble (``attempt``: how
    often a failed chord of this batch was started again, see `read_again`)."""
    deps = _deps()
    batch = load_batch(deps.store, batch_id)
    path = materialise(deps.store, batch, _workdir())
    try:
        source = open_source(path, deps.settings.ingest)
    except SohoaError as exc:
        if isinstance(exc, TransientServiceError):
            raise
        report = InputReport(path=batch.name, sha256=batch_id, error_code=exc.code,
                             error=exc.message)
        record_outcome(deps.store, batch_id, report)
        return {"batch_id": batch_id, "error": exc.message}
    header = [ocr_page.s(batch_id, i) for i in range(source.page_count)]
    again = read_again.s(batch_id=batch_id, attempt=attempt + 1)
    chord(header)(assemble.s(batch_id, source.kind, source.page_count, attempt=attempt
                             ).on_error(again))
    return {"batch_id": batch_id, "pages": source.page_count}


@app.task(name="sohoa.ocr_page", **_RETRY)
def ocr_page(self: Any, batch_id: str, index: int) -> str:
    """Read one page (clean + OCR) and keep the outcome in the store; return its key."""
    deps = _deps()
    key = outcome_key(batch_id, index)
    if deps.store.exists(key):
        return key
    batch = load_batch(deps.store, batch_id)
    path = materialise(deps.store, batch, _workdir())
    source = open_source(path, deps.settings.ingest)
    file, _ = source.page_file(index)
    display = f"{batch.name}/{file.name}" if batch.folder else batch.name
    outcome = read_page(source, index, deps.settings.ingest, deps.settings.ocr, display)
    key = save_outcome(deps.store, batch_id, outcome)
    page_read(outcome)
    return key


def _queue_index(archived: ArchivedDocument, _text: str) -> bool:
    index_document.delay(archived.prefix + "manifest.json")
    return True


@app.task(name="sohoa.assemble", **_RETRY)
def assemble(self: Any, keys: list[str], batch_id: str, kind: str, pages: int,
             attempt: int = 0) -> dict[str, Any]:
    """Split the batch into dossiers and its pages into documents; one task per document."""
    deps = _deps()
    batch = load_batch(deps.store, batch_id)
    # The chord's result list can hold a page twice, or miss one, when a worker died between
    # finishing a page and acknowledging it; the store is the truth.
    del keys
    expected = [outcome_key(batch_id, i) for i in range(pages)]
    missing = [i for i, k in enumerate(expected) if not deps.store.exists(k)]
    if missing:
        for i in missing:
            ocr_page.delay(batch_id, i)
        raise PagesPendingError(f"batch {batch_id[:12]}: {len(missing)} pages not read yet")
    outcomes = [load_outcome(deps.store, k) for k in expected]
    report = InputReport(path=batch.name, sha256=batch_id, kind=kind, pages=pages)
    planned: list[list[Any]] = []
    fallback = fallback_code(batch_id, batch.received_at)
    try:
        dossiers, report.unassigned = split_batch(outcomes, fallback, batch.dossier)
    except InputDocumentError as exc:
        report.error_code, report.error = exc.code, exc.message
        dossiers = []
    for code, code_source, idx in dossiers:
        dossier, groups = plan_dossier(deps, code, code_source, [outcomes[i] for i in idx],
                                       batch_id, batch.agency, batch.clerk, batch.closed)
        report.dossiers.append(dossier)
        planned.extend([code, code_source, dossier.procedure, [p.index for p in group]]
                       for group in groups)
    partial = asdict(report)
    if not planned:
        return dict(finish_batch.run([], batch_id, partial, planned))
    jobs = [archive_one.s(batch_id, *plan) for plan in planned]
    again = read_again.s(batch_id=batch_id, attempt=attempt + 1)
    chord(jobs)(finish_batch.s(batch_id, partial, planned).on_error(again))
    return {"batch_id": batch_id, "documents": len(jobs)}


@app.task(name="sohoa.archive_document", **_RETRY)
def archive_one(self: Any, batch_id: str, code: str, code_source: str, procedure: str | None,
                indices: list[int]) -> dict[str, Any]:
    """Classify, build, sign and archive one document; queue its indexing."""
    deps = _deps()
    batch = load_batch(deps.store, batch_id)
    pages = [load_outcome(deps.store, outcome_key(batch_id, i)) for i in indices]
    result: dict[str, Any] = {"receipt_code": code, "indices": indices}
    try:
        doc = archive_group(
            deps, source_name=batch.name, source_sha=batch_id, receipt_code=code,
            code_source=code_source, procedure=procedure, pages=pages,
            received_at=batch.received_at, clerk=batch.clerk, on_archived=_queue_index,
            closed=batch.closed,
        )
    except TransientServiceError:
        raise
    except SohoaError as exc:
        return result | {"error_code": exc.code, "error": exc.message}
    return result | {"document": asdict(doc)}


@app.task(name="sohoa.finish_batch", **_RETRY)
def finish_batch(self: Any, results: list[dict[str, Any]], batch_id: str,
                 partial: dict[str, Any], planned: list[list[Any]]) -> dict[str, Any]:
    """Gather the documents into the batch's report and record its outcome."""
    deps = _deps()
    report = input_from_json(partial)
    dossiers = {d.receipt_code: d for d in report.dossiers}
    done = {(r["receipt_code"], tuple(r["indices"])): r for r in results}
    pending = 0
    for code, code_source, procedure, indices in planned:
        result = done.get((code, tuple(indices)))
        pages = [load_outcome(deps.store, outcome_key(batch_id, i)) for i in indices]
        if result is None:  # the chord lost it: trust the archive, or do it again
            archived = find_archived(deps.store, code, document_id_of(code, pages))
            if archived is None:
                archive_one.delay(batch_id, code, code_source, procedure, indices)
                pending += 1
                continue
            refs = [PageRef(p.file, p.page) for p in pages]
            result = {"document": asdict(document_report(deps, archived, refs, True))}
        if "document" in result:
            dossiers[code].documents.append(document_from_json(result["document"]))
        else:
            reject_group(dossiers[code], pages, result["error_code"], result["error"])
    if pending:
        raise PagesPendingError(f"batch {batch_id[:12]}: {pending} documents not archived yet")
    record_outcome(deps.store, batch_id, report)
    batch_recorded(report)
    return asdict(report) | {"ok": report.ok}


AGAIN_LIMIT = 3
"""How often a batch whose chord failed is started again by the workers themselves; after
that it waits for ``sohoa reconcile --queue``."""


@app.task(name="sohoa.read_again", acks_late=True)
def read_again(task_id: str, *, batch_id: str, attempt: int) -> str:
    """The error callback of a batch's chords: when a part failed (a worker that lost Redis
    while it read a page reports the page as failed, and the chord with it), start the
    batch again from its intake. Every step is keyed by content, so what was done is not
    done twice; a batch with an outcome is left alone."""
    del task_id  # the chord's: Celery passes it to an error callback
    deps = _deps()
    if batch_done(deps.store, batch_id):
        return "done"
    if attempt > AGAIN_LIMIT:
        return "left for sohoa reconcile --queue"
    ingest.delay(batch_id, attempt=attempt)
    return f"started again ({attempt})"


@app.task(name="sohoa.index_document", **_RETRY)
def index_document(self: Any, manifest_key: str) -> str:
    """Index one archived document from its manifest and OCR text."""
    try:
        return index_from_archive(_deps(), manifest_key)
    except ObjectMissingError:
        return "missing"


@app.task(name="sohoa.fixity", **_RETRY)
def fixity(self: Any, who: str = SCHEDULED) -> dict[str, Any]:
    """Check every sha256 of the archive and keep the run's report (scheduled by beat, or
    started by ``who`` from the auditor's page)."""
    from pipeline.records import fixity_now

    if not _claimed(self, who, "fixity", get_settings().fixity_interval_s / 2):
        return {"skipped": True}
    deps = _deps()
    report, key = fixity_now(deps.store, deps.audit, who=who)
    return {"ok": report.ok, "report": key, "problems": len(report.problems)}


@app.task(name="sohoa.seal_audit", **_RETRY)
def seal_audit(self: Any, who: str = SCHEDULED) -> str | None:
    """Write the head of the audit trail into the write-once store (scheduled by beat)."""
    if not _claimed(self, who, "seal", get_settings().seal_interval_s / 2):
        return None
    deps = _deps()
    return deps.audit.seal(deps.store)


@app.task(name="sohoa.train_model", **_RETRY)
def train_model(self: Any, who: str = SCHEDULED) -> dict[str, Any]:
    """Train the document type model again from the archive and make it the one in use
    (scheduled by beat every ``model_interval_s``)."""
    from pipeline.training import train_now

    if not _claimed(self, who, "model", get_settings().model_interval_s / 2):
        return {"skipped": True}
    return train_now(_deps(), who=who).to_json()


@app.task(name="sohoa.renew_ltv", **_RETRY)
def renew_ltv(self: Any, who: str = SCHEDULED) -> dict[str, Any]:
    """Renew the archive time stamps that stop being trustworthy within ``ltv.margin_days``
    (scheduled by beat every ``ltv.interval_s``); each renewal is a new version."""
    from datetime import UTC, datetime, timedelta

    from pipeline.renewal import renew_archive

    if not _claimed(self, who, "ltv", get_settings().ltv.interval_s / 2):
        return {"skipped": True}
    deps = _deps()
    before = datetime.now(UTC) + timedelta(days=deps.settings.ltv.margin_days)
    report = renew_archive(deps, before=before, who=who)
    return {"checked": report.checked, "renewed": len(report.renewed),
            "skipped": [r for r, _ in report.skipped], "failed": [r for r, _ in report.failed]}


@app.task(name="sohoa.prune_notes", **_RETRY)
def prune_notes(self: Any, who: str = SCHEDULED) -> int:
    """Delete the notes of changes to dossiers too old for the digitisation report to read
    (scheduled by beat daily, half an hour after the backup)."""
    from pipeline.digitisation_summaries import prune_notes as prune

    if not _claimed(self, who, "notes", 12 * 3600):  # daily
        return 0
    return prune(_deps().store)


@app.task(name="sohoa.keep_summaries", **_RETRY)
def keep_summaries(self: Any, who: str = SCHEDULED) -> int:
    """Write the digitisation report's summaries of the days closed since, and vouch for the
    older ones that did not change (scheduled by beat daily, after the notes are pruned);
    return how many days were gone over."""
    from pipeline.digitisation_summaries import keep_summaries as keep

    if not _claimed(self, who, "summaries", 12 * 3600):  # daily
        return 0
    return keep(_deps().store)


@app.task(name="sohoa.backup", **_RETRY)
def backup(self: Any, who: str = SCHEDULED) -> list[dict[str, Any]]:
    """Back up to every target of ``backup.targets`` (scheduled by beat daily at
    ``backup.hour``, full on ``backup.full_day`` of the month)."""
    from pipeline.backup import scheduled_backup
    from pipeline.backup_state import passphrase
    from sohoa.clock import now_vn

    if not _claimed(self, who, "backup", 12 * 3600):  # daily
        return []
    return scheduled_backup(_deps(), who=who, day=now_vn().day, passphrase=passphrase())


def submit(batch_id: str) -> str:
    """Queue a received batch; return the task id."""
    configure()
    return str(ingest.delay(batch_id).id)
