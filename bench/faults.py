"""The fault bench: the real stack on 127.0.0.1, one fault at a time, repeated.

Starts its own Redis, MinIO, Elasticsearch and PostgreSQL (``scripts/services.sh up`` in a
folder of its own, on free ports: never the servers on the default ports), one `sohoa serve`
and two Celery workers, with the data folder on a small tmpfs of its own (as root; else a plain
folder, and the full-disk fault is left out). Each run sends new batches through
``POST /api/batches``, injects one fault, restarts what it stopped as an operator or a process
supervisor would, waits until every batch is whole (``sohoa reconcile --queue`` if it is not
within the budget, printed as a person's action) and judges from outside: received, archived,
lost, duplicated (see ``bench/fault_runs.py``). Everything it started is stopped at the end,
also on error.

    nice python bench/faults.py [--repeat 2] [--max-minutes 60] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.fault_runs import FAULTS, Runner, RunResult
from bench.fault_stack import SERVERS, Stack

GOAL_RUNS = 20
TIMES = {"SIGKILL worker mid-OCR": 3, "SIGKILL sohoa serve mid-upload": 3}
"""Faults tried more often than ``--repeat`` (the two that hit work under way)."""


@contextlib.contextmanager
def small_disk(folder: Path, size_mb: int) -> Iterator[bool]:
    """A tmpfs of ``size_mb`` at ``folder`` (root only), unmounted at the end."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = os.geteuid() == 0 and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_mb}m,mode=0755", "tmpfs", str(folder)],
        check=False, capture_output=True).returncode == 0
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=False)


def row(r: RunResult, n: int | str) -> str:
    return (f"{n!s:>3} {r.fault:35} {r.sent:>4} {r.received:>8} {r.archived:>8} {r.lost:>4} "
            f"{r.duplicated:>4} {r.recover_s:>9.1f}  {r.person}")


HEADER = (f"{'#':>3} {'fault':35} {'sent':>4} {'received':>8} {'archived':>8} {'lost':>4} "
          f"{'dup':>4} {'recover_s':>9}  person needed")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=2, help="runs of each fault")
    parser.add_argument("--per-run", type=int, default=2, help="batches sent per run")
    parser.add_argument("--max-minutes", type=float, default=75)
    parser.add_argument("--budget-s", type=float, default=240,
                        help="seconds to wait for a run to be whole before reconciling")
    parser.add_argument("--only", action="append", help="a fault name (repeatable)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)
    faults = [f for f in FAULTS if not args.only or f in args.only]
    plan = [f for f in faults for _ in range(max(args.repeat, TIMES.get(f, 0)))]
    root = Path(tempfile.mkdtemp(prefix="sohoa-faults-"))
    root.chmod(0o755)  # PostgreSQL runs as its own user under it
    began = time.monotonic()
    results: list[RunResult] = []
    print(f"fault bench in {root}: own servers {', '.join(SERVERS)} on free ports; "
          f"{len(plan)} runs planned, {args.per_run} batches of 2 pages each", flush=True)
    with small_disk(root / "data", 256) as on_tmpfs:
        if not on_tmpfs:
            plan = [f for f in plan if f != "data disk full"]
            print("no tmpfs (not root): the full-disk fault is left out", flush=True)
        with Stack(root, data=root / "data") as stack:
            print(f"servers up after {time.monotonic() - began:.0f} s; Redis visibility "
                  f"timeout {stack.visibility_timeout_s} s; data folder "
                  f"{'a 256 MB tmpfs' if on_tmpfs else 'a folder'}", flush=True)
            stack.start_serve()
            for name in ("w1", "w2"):
                stack.start_worker(name)
            runner = Runner(stack, per_run=args.per_run, recover_budget_s=args.budget_s)
            print(HEADER, flush=True)
            base = runner.baseline()
            print(row(base, "-") + f"   ({runner.expected} documents a batch)", flush=True)
            for n, fault in enumerate(plan, 1):
                if time.monotonic() - began > args.max_minutes * 60:
                    print(f"time is up after {n - 1} runs", flush=True)
                    break
                try:
                    result = runner.run(fault)
                except Exception as exc:  # a run that cannot be judged is reported, not hidden
                    result = RunResult(fault, person="?", notes=[f"run failed: {exc!r}"[:300]])
                    result.lost = -1
                results.append(result)
                print(row(result, n), flush=True)
                for note in result.notes:
                    print(f"      {note}", flush=True)
            if stack.log("serve").count("Traceback"):
                print(f"sohoa serve logged {stack.log('serve').count('Traceback')} tracebacks")
    lost = sum(max(r.lost, 0) for r in results)
    dup = sum(r.duplicated for r in results)
    failed = sum(r.lost < 0 for r in results)
    sent = sum(r.sent for r in results)
    people = sum(r.person not in ("no", "") for r in results)
    met = len(results) >= GOAL_RUNS and not lost and not dup and not failed
    print(f"\n{len(results)} fault runs, {sent} batches sent, {lost} lost, {dup} duplicated, "
          f"{failed} runs not judged, {people} needed a person; "
          f"goal: >= {GOAL_RUNS} runs, 0 lost, 0 duplicated -> {'MET' if met else 'NOT MET'}"
          f"  ({(time.monotonic() - began) / 60:.1f} min)")
    if not args.keep:
        subprocess.run(["rm", "-rf", str(root)], check=False)
    return 0 if not lost and not dup and not failed else 1


if __name__ == "__main__":
    sys.exit(main())
