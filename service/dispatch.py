"""Where the engine's work runs: in this process (the embedded default) or on the Celery
workers when a broker is set. This is the only module of the service that reads the broker
setting; the engine's tasks never call back up into the service.
"""

from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.deps import Deps
from pipeline.intake import Batch, record_outcome
from pipeline.records import fixity_now
from pipeline.reports import InputReport
from pipeline.runner import init_worker, process_batch
from sohoa.clock import now_vn
from sohoa.errors import SohoaError
from sohoa.processes import worker_pool

__all__ = ["Dispatcher", "Progress"]

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Progress:
    """What the background processing of one batch has done so far."""

    state: str = "queued"
    """queued, processing, done or failed."""
    pages_read: int = 0
    pages: int = 0
    error: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class Dispatcher:
    """Runs received batches and long checks off the caller's thread."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps
        self.progress: dict[str, Progress] = {}
        self._runner = ThreadPoolExecutor(1, thread_name_prefix="sohoa-batches")
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._fixity_lock = threading.Lock()
        self.fixity_run: dict[str, Any] | None = None
        """The fixity run this process started and has not finished: who, since when."""

    @property
    def queued(self) -> bool:
        """True when the work goes to the Celery workers."""
        return bool(self.deps.settings.broker_url)

    def _celery(self) -> Any:
        from pipeline.celery_app import configure

        return configure(self.deps.settings)

    def close(self) -> None:
        """Finish the batches under way and stop the page workers."""
        self._runner.shutdown(wait=True, cancel_futures=False)
        if self._pool is not None:
            self._pool.shutdown()

    def _page_pool(self) -> ProcessPoolExecutor | None:
        workers = self.deps.settings.worker_count
        if workers <= 1:
            return None
        with self._lock:
            if self._pool is None:
                self._pool = worker_pool(workers, init_worker, (self.deps.settings,))
            return self._pool

    def submit_batch(self, batch: Batch, path: Path | None = None) -> str:
        """Process a batch kept in the intake: queue it, or run it in this process (from
        ``path``, the local copy of its input, which is removed afterwards). Return the task
        id, or the batch id when it runs here."""
        if self.queued:
            self._celery()
            from pipeline.tasks import ingest

            task = ingest.delay(batch.batch_id)
            self.progress[batch.batch_id] = Progress(state="queued")
            if path is not None:
                _remove(path)  # the workers read the batch from the intake
            return str(task.id)
        if path is None:
            raise SohoaError(f"batch {batch.batch_id} has no local copy to process here")
        progress = self.progress.setdefault(batch.batch_id, Progress())
        self._runner.submit(self._run, batch, path, progress)
        return batch.batch_id

    def _run(self, batch: Batch, path: Path, progress: Progress) -> None:
        progress.state = "processing"

        def on_page(done: int, total: int) -> None:
            progress.pages_read, progress.pages = done, total
        try:
            process_batch(self.deps, batch, path, self._page_pool(), on_page=on_page)
            progress.state = "done"
        except Exception as exc:  # a batch that fails must not stop the next one
            log.exception("batch %s failed", batch.batch_id)
            progress.state, progress.error = "failed", f"{type(exc).__name__}: {exc}"
            if isinstance(exc, SohoaError):
                record_outcome(self.deps.store, batch.batch_id, InputReport(
                    path=batch.name, sha256=batch.batch_id, error=exc.message,
                    error_code=exc.code))
        finally:
            _remove(path)

    def requeue(self) -> tuple[Callable[[str], None], Callable[[str], None]]:
        """For the reconciler: how to queue a received batch and a document to index."""
        self._celery()
        from pipeline.tasks import index_document, ingest

        def batch(batch_id: str) -> None:
            ingest.delay(batch_id)

        def document(manifest_key: str) -> None:
            index_document.delay(manifest_key)
        return batch, document

    def start_fixity(self, who: str) -> dict[str, Any]:
        """Check every sha256 in the background: on the workers when there is a queue, else
        in this process, one run at a time. Its report is kept like a scheduled run's."""
        since = now_vn().isoformat(timespec="seconds")
        if self.queued:
            self._celery()
            from pipeline.tasks import fixity

            fixity.delay(who=who)
            return {"state": "queued", "by": who, "since": since}
        with self._fixity_lock:
            if self.fixity_run is not None:
                return {"state": "running", **self.fixity_run}
            self.fixity_run = {"by": who, "since": since}
        threading.Thread(target=self._fixity, args=(who,), name="sohoa-fixity",
                         daemon=True).start()
        return {"state": "started", "by": who, "since": since}

    def _fixity(self, who: str) -> None:
        try:
            fixity_now(self.deps.store, self.deps.audit, who=who)
        except Exception:  # the run's failure must not take the service down
            log.exception("the fixity run started by %s failed", who)
        finally:
            with self._fixity_lock:
                self.fixity_run = None


def _remove(path: Path) -> None:
    shutil.rmtree(path.parent if path.is_file() else path, ignore_errors=True)
