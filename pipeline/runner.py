"""The local runner: every stage in-process, pages in a process pool (the embedded default)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from pathlib import Path

from archive import record_intake
from ingest import Source, expand_inputs, open_source
from pipeline.reports import InputReport, RunReport
from pipeline.settings import Settings
from pipeline.stages import (
    Deps,
    PageOutcome,
    build_deps,
    engine_for,
    process_dossier,
    read_page,
    reindex,
    split_dossiers,
)
from sohoa.clock import now_vn
from sohoa.errors import SohoaError
from sohoa.text import nfc

__all__ = ["build_deps", "process_paths", "reindex"]


def _init_worker(settings: Settings) -> None:
    engine_for(settings.ocr)


def _run_pages(
    source: Source, settings: Settings, pool: ProcessPoolExecutor | None
) -> list[PageOutcome]:
    args = [(source, i, settings.ingest, settings.ocr) for i in range(source.page_count)]
    if pool is None:
        return [read_page(*a) for a in args]
    futures = [pool.submit(read_page, *a) for a in args]
    return [f.result() for f in futures]


def _record_intake(deps: Deps, path: Path, received_at: datetime, clerk: str) -> str | None:
    files = sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path]
    digest = hashlib.sha256()
    for f in files:
        data = f.read_bytes()
        sha = record_intake(deps.store, data, filename=f.name, received_at=received_at,
                            details={"clerk": clerk, "batch": path.name})
        digest.update(sha.encode())
    if path.is_dir():
        return digest.hexdigest()
    return sha if files else None


def _process_input(
    deps: Deps, path: Path, pool: ProcessPoolExecutor | None, clerk: str,
    progress: Callable[[str], None],
) -> InputReport:
    report = InputReport(path=str(path))
    received_at = now_vn()
    try:
        report.sha256 = _record_intake(deps, path, received_at, clerk)
    except OSError as exc:
        report.error_code, report.error = "unreadable", f"{path.name}: cannot be read ({exc})"
        return report
    try:
        source = open_source(path, deps.settings.ingest)
    except SohoaError as exc:
        report.error_code, report.error = exc.code, exc.message
        return report
    report.kind, report.pages = source.kind, source.page_count
    progress(f"{path.name}: {source.page_count} pages")
    outcomes = _run_pages(source, deps.settings, pool)
    fallback = f"SOHOA-{received_at:%y%m%d}-{(report.sha256 or '0' * 8)[:8]}"
    for code, code_source, idx in split_dossiers(outcomes, fallback):
        dossier = process_dossier(
            deps, path.name, report.sha256 or "", code, code_source, [outcomes[i] for i in idx],
            received_at, clerk,
        )
        report.dossiers.append(dossier)
    return report


def process_paths(
    paths: list[Path], deps: Deps, *, clerk: str | None = None,
    progress: Callable[[str], None] = lambda _msg: None,
) -> RunReport:
    """Run every stage on every input; a bad input never stops the others."""
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
        with ProcessPoolExecutor(workers, initializer=_init_worker,
                                 initargs=(deps.settings,)) as pool:
            for path in inputs:
                run.inputs.append(_process_input(deps, path, pool, clerk, progress))
    else:
        for path in inputs:
            run.inputs.append(_process_input(deps, path, None, clerk, progress))
    return run
