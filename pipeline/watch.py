"""The hot folder: scanners drop files in, each is processed once and moved out.

A file is taken only once it is complete: its size and modification time have not changed for
``settle_s`` seconds (scanners that write in place), or it was renamed into the folder
(scanners that write ``*.part``/``*.tmp``/dot-files and rename when done; those names are never
taken). A folder of page images is taken when every file in it is settled.

Each input is processed exactly once, even across restarts: the intake keeps every batch by the
hash of its content with its outcome, so an input seen again after a crash is only moved to
``done/``. Inputs move to ``done/`` or ``failed/``, with ``<name>.result.json`` beside them
saying what happened (and why, for ``failed/``).
"""

from __future__ import annotations

import json
import logging
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pipeline.deps import Deps
from pipeline.intake import read_outcome, record_batch
from pipeline.reports import InputReport
from pipeline.runner import process_paths
from sohoa.clock import now_vn
from sohoa.text import nfc

__all__ = ["HotFolder"]

log = logging.getLogger(__name__)
_PARTIAL = (".part", ".tmp", ".crdownload", ".partial")
_OUT = ("done", "failed")


def _partial(path: Path) -> bool:
    return path.name.startswith(".") or path.name.lower().endswith(_PARTIAL)


def _signature(path: Path) -> tuple[int, int] | None:
    """Size and mtime of a file, or of every file in a folder; None while still incomplete."""
    try:
        if path.is_dir():
            files = [p for p in path.iterdir() if p.is_file()]
            if not files or any(_partial(p) for p in files):
                return None
            stats = [p.stat() for p in files]
            return sum(s.st_size for s in stats), max(s.st_mtime_ns for s in stats)
        st = path.stat()
        return st.st_size, st.st_mtime_ns
    except FileNotFoundError:
        return None


@dataclass
class HotFolder:
    """Watch ``folder`` and process what lands in it."""

    deps: Deps
    folder: Path
    clerk: str | None = None
    settle_s: float = 2.0
    agency: str | None = None
    """The clerk's agency, when they work for one: pages of other agencies' dossiers are
    refused."""
    _seen: dict[Path, tuple[tuple[int, int], float]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in _OUT:
            (self.folder / name).mkdir(parents=True, exist_ok=True)

    def ready(self) -> list[Path]:
        """Inputs complete and settled, in name order."""
        now = time.monotonic()
        ready: list[Path] = []
        present = set()
        for path in sorted(self.folder.iterdir()):
            if path.name in _OUT or _partial(path):
                continue
            present.add(path)
            sig = _signature(path)
            if sig is None:
                continue
            previous = self._seen.get(path)
            if previous is None or previous[0] != sig:
                self._seen[path] = (sig, now)
                if self.settle_s > 0:
                    continue
            if now - self._seen[path][1] >= self.settle_s:
                ready.append(path)
        for gone in set(self._seen) - present:
            del self._seen[gone]
        return ready

    def handle(self, path: Path) -> InputReport:
        """Process one input and move it to done/ or failed/ with its result beside it."""
        report = self._finished_before(path)
        if report is None:
            run = process_paths([path], self.deps, clerk=self.clerk, agency=self.agency)
            report = run.inputs[0] if run.inputs else InputReport(
                path=str(path), error_code="not_found", error=f"{path.name}: disappeared")
        target = self.folder / ("done" if report.ok else "failed")
        dest = target / path.name
        if dest.exists():  # the same name again: keep both
            dest = target / f"{path.stem}-{time.strftime('%Y%m%d-%H%M%S')}{path.suffix}"
        result = asdict(report) | {"ok": report.ok}
        if not report.ok:
            result["reason"] = report.error or "; ".join(
                d.error for d in report.dossiers if d.error)
        shutil.move(str(path), dest)
        dest.with_name(dest.name + ".result.json").write_text(
            json.dumps(result, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        self._seen.pop(path, None)
        log.info("%s -> %s", path.name, dest)
        return report

    def _finished_before(self, path: Path) -> InputReport | None:
        """The outcome of this very input if it was processed before (a restart), else None."""
        store = self.deps.store
        try:
            batch = record_batch(store, path, now_vn(), nfc(self.clerk or
                                                           self.deps.settings.signing.clerk),
                                 agency=self.agency)
        except OSError:
            return None
        return read_outcome(store, batch.batch_id)

    def run(
        self,
        *,
        interval_s: float = 2.0,
        max_cycles: int | None = None,
        on_report: Callable[[Path, InputReport], None] = lambda _p, _r: None,
    ) -> int:
        """Poll until stopped (or ``max_cycles`` polls); return how many inputs were handled."""
        handled = cycles = 0
        while max_cycles is None or cycles < max_cycles:
            cycles += 1
            for path in self.ready():
                on_report(path, self.handle(path))
                handled += 1
            if max_cycles is None or cycles < max_cycles:
                time.sleep(interval_s)
        return handled
