"""The local runner: every stage in-process, pages in a process pool (the embedded default)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

from ingest import Source, expand_inputs, open_source
from pipeline.deps import Deps
from pipeline.dossier import fallback_code, process_dossier, split_batch, split_dossiers
from pipeline.intake import Batch, record_batch, record_outcome
from pipeline.meters import batch_recorded, page_read
from pipeline.pages import PageOutcome, engine_for, read_page
from pipeline.reports import InputReport, RunReport
from pipeline.settings import Settings
from sohoa import timing
from sohoa.clock import now_vn
from sohoa.errors import SohoaError, TransientServiceError
from sohoa.processes import worker_pool
from sohoa.text import nfc

__all__ = ["assemble_batch", "init_worker", "process_batch", "process_paths"]


def init_worker(settings: Settings) -> None:
    """Load the OCR engine once in a page worker process."""
    engine_for(settings.ocr)


def _run_pages(
    source: Source, settings: Settings, pool: ProcessPoolExecutor | None
) -> Iterator[PageOutcome]:
    """The read pages, in page order, each as soon as it and the pages before it are read."""
    args = [(source, i, settings.ingest, settings.ocr) for i in range(source.page_count)]
    if pool is None:
        outcomes = (read_page(*a) for a in args)
    else:
        futures = [pool.submit(read_page, *a) for a in args]
        outcomes = (f.result() for f in futures)
    for outcome in outcomes:
        timing.add(outcome.timings)  # the batch's profile is this process's
        page_read(outcome)
        yield outcome


def process_batch(
    deps: Deps, batch: Batch, path: Path, pool: ProcessPoolExecutor | None,
    progress: Callable[[str], None] = lambda _msg: None,
    on_page: Callable[[int, int], None] = lambda _done, _total: None,
) -> InputReport:
    """Read, split, classify, sign, archive and index one received batch, then record it.

    ``on_page(done, total)`` is called as each page has been read."""
    report = InputReport(path=str(path), sha256=batch.batch_id)
    try:
        source = open_source(path, deps.settings.ingest)
    except SohoaError as exc:
        report.error_code, report.error = exc.code, exc.message
        record_outcome(deps.store, batch.batch_id, report)
        return report
    report.kind, report.pages = source.kind, source.page_count
    progress(f"{batch.name}: {source.page_count} pages")
    outcomes = _run_pages(source, deps.settings, pool)

    def counted() -> Iterator[PageOutcome]:
        for done, outcome in enumerate(outcomes, start=1):
            on_page(done, source.page_count)
            yield outcome
    return assemble_batch(deps, batch, report, counted())


def assemble_batch(
    deps: Deps, batch: Batch, report: InputReport, outcomes: Iterable[PageOutcome]
) -> InputReport:
    """Split read pages into dossiers and archive them; record the batch's outcome.

    A dossier is archived as soon as the first page of the next one is read, while the page
    workers go on reading: a batch's dossiers end one after another, not all at its end.
    """
    fallback = fallback_code(batch.batch_id, batch.received_at)
    read: list[PageOutcome] = []
    archived = 0
    transient = False

    def archive(dossiers: list[tuple[str, str, list[int]]]) -> None:
        nonlocal transient
        for code, code_source, idx in dossiers:
            dossier = process_dossier(
                deps, batch.name, batch.batch_id, code, code_source, [read[i] for i in idx],
                batch.received_at, batch.clerk, closed=batch.closed, agency=batch.agency,
            )
            transient = transient or dossier.error_code == TransientServiceError.code
            report.dossiers.append(dossier)

    for outcome in outcomes:
        read.append(outcome)
        if batch.dossier is None and outcome.receipt_codes:
            # the dossiers before the last one of the pages read so far are complete
            ready = split_dossiers(read, fallback)[0][archived:-1]
            archive(ready)
            archived += len(ready)
    try:
        dossiers, report.unassigned = split_batch(read, fallback, batch.dossier)
    except SohoaError as exc:
        report.error_code, report.error = exc.code, exc.message
        dossiers = []
    archive(dossiers[archived:])
    if not transient:
        record_outcome(deps.store, batch.batch_id, report)
        batch_recorded(report)
    return report


def process_paths(
    paths: list[Path], deps: Deps, *, clerk: str | None = None,
    progress: Callable[[str], None] = lambda _msg: None, into: str | None = None,
    closed: date | None = None, agency: str | None = None,
) -> RunReport:
    """Run every stage on every input; a bad input never stops the others.

    ``into`` sends every page into that existing dossier (rescanned pages) instead of
    splitting the inputs by their receipt codes. ``closed`` is the closing date of dossiers
    digitised from the paper backlog (retention counts from it). ``agency``: the clerk's,
    when they work for one; pages of another agency's dossiers are refused.
    """
    run = RunReport()
    clerk = nfc(clerk or deps.settings.signing.clerk)
    inputs: list[Path] = []
    for p in paths:
        try:
            inputs.extend(expand_inputs([p]))
        except SohoaError as exc:
            run.inputs.append(InputReport(path=str(p), error_code=exc.code, error=exc.message))
    workers = deps.settings.worker_count
    if workers > 1:
        # Page workers start from a clean server process, never forked from this one: a fork
        # of a process whose OpenCV thread pool is running hangs in the child's first call.
        with worker_pool(workers, init_worker, (deps.settings,)) as pool:
            for path in inputs:
                run.inputs.append(_process_input(deps, path, pool, clerk, progress, into,
                                                 closed, agency))
    else:
        for path in inputs:
            run.inputs.append(_process_input(deps, path, None, clerk, progress, into, closed,
                                             agency))
    return run


def _process_input(
    deps: Deps, path: Path, pool: ProcessPoolExecutor | None, clerk: str,
    progress: Callable[[str], None], into: str | None, closed: date | None = None,
    agency: str | None = None,
) -> InputReport:
    try:
        batch = record_batch(deps.store, path, now_vn(), clerk, into, closed, agency)
    except OSError as exc:
        return InputReport(path=str(path), error_code="unreadable",
                           error=f"{path.name}: cannot be read ({exc.strerror or exc})")
    except SohoaError as exc:
        return InputReport(path=str(path), error_code=exc.code, error=exc.message)
    return process_batch(deps, batch, path, pool, progress)
