"""Uploads from the counter page and the API: checked, kept in the intake, then processed.

Every file is checked before anything is kept (its type read from its first bytes, its size,
its page count), so a wrong file is refused at once with its name and the reason. Files that
pass are kept in the intake first (nothing is lost) and processed in the background: in this
process on the embedded default, by the Celery workers when a broker is set.
"""

from __future__ import annotations

import logging
import multiprocessing
import re
import shutil
import threading
import uuid
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ingest import open_source
from ingest.load import sniff
from pipeline.intake import Batch, record_batch, record_outcome
from pipeline.runner import _init_worker, process_batch
from pipeline.stages import Deps
from sohoa.clock import now_vn
from sohoa.errors import SohoaError

__all__ = ["Progress", "RefusedFile", "UploadTooLargeError", "Uploads", "safe_filename"]

log = logging.getLogger(__name__)
_UNSAFE = re.compile(r"[^\w.\-]+")


class UploadTooLargeError(SohoaError):
    """An upload is bigger, or has more files, than the service accepts."""

    code = "upload_too_large"
    http_status = 413


def safe_filename(name: str | None) -> str:
    """A file name with no folder part and only safe characters."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).lstrip(".")
    return base[:120] or "tep-tai-len"


@dataclass(frozen=True, slots=True)
class RefusedFile:
    """A file of an upload that was not accepted, and why."""

    file: str
    code: str
    reason: str


@dataclass(slots=True)
class Progress:
    """What the background processing of one batch has done so far."""

    state: str = "queued"
    """queued, processing, done or failed."""
    pages_read: int = 0
    pages: int = 0
    error: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


_KINDS = {"pdf": ".pdf", "tiff": ".tif", "jpeg": ".jpg", "png": ".png"}


class Uploads:
    """Receives uploads and runs their batches."""

    def __init__(self, deps: Deps, work_dir: Path, *, max_bytes: int, max_files: int) -> None:
        self.deps = deps
        self.work_dir = work_dir
        self.max_bytes = max_bytes
        self.max_files = max_files
        self.progress: dict[str, Progress] = {}
        self._runner = ThreadPoolExecutor(1, thread_name_prefix="sohoa-batches")
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

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
                self._pool = ProcessPoolExecutor(
                    workers, mp_context=multiprocessing.get_context("forkserver"),
                    initializer=_init_worker, initargs=(self.deps.settings,))
            return self._pool

    def receive(
        self, files: Sequence[tuple[str | None, bytes]], *, clerk: str, into: str | None = None,
        closed: date | None = None,
    ) -> tuple[list[Batch], list[RefusedFile]]:
        """Check, keep and queue the files of one upload.

        Each PDF or TIFF file is a batch; the JPEG and PNG files of an upload are together one
        batch (the pages of one dossier, in file-name order). Return the batches queued and
        the files refused with their reasons.
        """
        if not files:
            raise UploadTooLargeError("Chưa chọn tệp nào (no file was sent).")
        if len(files) > self.max_files:
            raise UploadTooLargeError(
                f"Một lần tải lên tối đa {self.max_files} tệp; đã gửi {len(files)} (send at most "
                f"{self.max_files} files at once).")
        upload = self.work_dir / uuid.uuid4().hex
        pages = upload / "trang"
        inputs: list[Path] = []
        refused: list[RefusedFile] = []
        for n, (name, data) in enumerate(files, start=1):
            filename = safe_filename(name)
            if len(data) > self.max_bytes:
                refused.append(RefusedFile(filename, UploadTooLargeError.code,
                                           f"{filename}: {len(data) / 2**20:.1f} MB, quá giới hạn "
                                           f"{self.max_bytes / 2**20:.0f} MB một tệp"))
                continue
            target = upload / f"{n:03d}" / filename
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            placed = target
            try:
                kind = sniff(target)
                if kind in ("jpeg", "png"):
                    placed = pages / f"{n:03d}-{Path(filename).stem}{_KINDS[kind]}"
                    placed.parent.mkdir(parents=True, exist_ok=True)
                    target.replace(placed)
                    open_source(placed, self.deps.settings.ingest)
                    continue
                if target.suffix.lower() not in (_KINDS[kind], ".tiff" if kind == "tiff" else ""):
                    placed = target.rename(target.with_name(f"{target.stem}{_KINDS[kind]}"))
                open_source(placed, self.deps.settings.ingest)
                inputs.append(placed)
            except SohoaError as exc:
                refused.append(RefusedFile(filename, exc.code, exc.message))
                placed.unlink(missing_ok=True)
        images = sorted(pages.iterdir()) if pages.is_dir() else []
        if images:
            pages_dir = upload / (Path(safe_filename(files[0][0])).stem + "-trang")
            pages.rename(pages_dir)
            inputs.insert(0, pages_dir)
        batches = []
        for path in inputs:
            batch = record_batch(self.deps.store, path, now_vn(), clerk, into, closed)
            batches.append(batch)
            self._start(batch, path)
        if not batches:
            shutil.rmtree(upload, ignore_errors=True)
        return batches, refused

    def _start(self, batch: Batch, path: Path) -> None:
        if self.deps.settings.broker_url:
            from pipeline.celery_app import configure
            from pipeline.tasks import ingest

            configure(self.deps.settings)
            ingest.delay(batch.batch_id)
            self.progress[batch.batch_id] = Progress(state="queued")
            _remove(path)  # the workers read the batch from the intake
            return
        progress = self.progress.setdefault(batch.batch_id, Progress())
        self._runner.submit(self._run, batch, path, progress)

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
                record_outcome(self.deps.store, batch.batch_id, {
                    "path": batch.name, "sha256": batch.batch_id, "error": exc.message,
                    "error_code": exc.code, "dossiers": []})
        finally:
            _remove(path)


def _remove(path: Path) -> None:
    shutil.rmtree(path.parent if path.is_file() else path, ignore_errors=True)
