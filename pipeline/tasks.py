"""Celery tasks: thin wrappers that pass batch ids and object keys to the stage functions.

ingest(batch) -> chord(read_page(batch, i) for every page) -> assemble(batch)
                 -> index_document(manifest key) for every archived document

Every task is idempotent: pages are keyed by batch id and index, documents by the hash of their
pages, so a retried or duplicated task never makes a second record. Only
``TransientServiceError`` (MinIO, Elasticsearch or Redis unreachable) is retried.
"""

from __future__ import annotations

import tempfile
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from celery import chord

from archive import ArchivedDocument, ObjectMissingError
from ingest import open_source
from pipeline.celery_app import app, configure
from pipeline.intake import load_batch, materialise, record_outcome
from pipeline.reports import InputReport
from pipeline.runner import assemble_batch
from pipeline.settings import get_settings
from pipeline.stages import Deps, build_deps, index_from_archive, read_page
from pipeline.work import load_outcome, outcome_key, save_outcome
from sohoa.errors import SohoaError, TransientServiceError

__all__ = ["assemble", "index_document", "ingest", "ocr_page", "submit"]

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
    return build_deps(get_settings())


def _workdir() -> Path:
    path = Path(tempfile.gettempdir()) / "sohoa-worker"
    path.mkdir(exist_ok=True)
    return path


@app.task(name="sohoa.ingest", **_RETRY)
def ingest(self: Any, batch_id: str) -> dict[str, Any]:
    """Open a received batch and fan out one task per page, then assemble."""
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
        record_outcome(deps.store, batch_id, asdict(report))
        return {"batch_id": batch_id, "error": exc.message}
    header = [ocr_page.s(batch_id, i) for i in range(source.page_count)]
    chord(header)(assemble.s(batch_id, source.kind, source.page_count))
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
    return save_outcome(deps.store, batch_id, outcome)


@app.task(name="sohoa.assemble", **_RETRY)
def assemble(self: Any, keys: list[str], batch_id: str, kind: str, pages: int
             ) -> dict[str, Any]:
    """Split the batch into dossiers; classify, sign and archive; queue indexing."""
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

    def queue_index(archived: ArchivedDocument, _text: str) -> bool:
        index_document.delay(archived.prefix + "manifest.json")
        return True

    report = InputReport(path=batch.name, sha256=batch_id, kind=kind, pages=pages)
    report = assemble_batch(deps, batch, report, outcomes, on_archived=queue_index)
    return asdict(report) | {"ok": report.ok}


@app.task(name="sohoa.index_document", **_RETRY)
def index_document(self: Any, manifest_key: str) -> str:
    """Index one archived document from its manifest and OCR text."""
    try:
        return index_from_archive(_deps(), manifest_key)
    except ObjectMissingError:
        return "missing"


def submit(batch_id: str) -> str:
    """Queue a received batch; return the task id."""
    configure()
    return str(ingest.delay(batch_id).id)
