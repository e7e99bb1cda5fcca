"""``sohoa process`` and ``sohoa watch``: scans in."""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import Any

from cli.common import actor_of, parse_date, service_of
from cli.render import dump, print_run

__all__ = ["register"]


def _process(args: argparse.Namespace) -> int:
    service = service_of(args)
    actor = actor_of(service, args)
    paths = [Path(p) for p in args.paths]
    if args.queue:
        return _queue(args, service, actor, paths)
    progress = (lambda m: None) if args.json else (lambda m: print(m, file=sys.stderr))
    run = service.intake.process(actor, paths, clerk=args.clerk, into=args.into,
                                 closed=args.closed, reason=args.reason, progress=progress)
    if args.json:
        dump(run.to_json())
    else:
        print_run(run)
        print(f"data folder: {service.deps.settings.data.resolve()}")
    return 0 if run.ok else 1


def _queue(args: argparse.Namespace, service: Any, actor: Any, paths: list[Path]) -> int:
    queued = service.intake.queue(actor, paths, clerk=args.clerk, into=args.into,
                                  closed=args.closed, reason=args.reason)
    if not args.json:
        for path, batch_id, task_id in queued:
            print(f"queued {path} as batch {batch_id[:12]} (task {task_id})")
    batches = [b for _, b, _ in queued]
    if not args.wait:
        if args.json:
            dump({"queued": batches})
        return 0
    outcomes = service.intake.wait(batches, args.wait)
    ok = all(o.get("error") is None and all(d.get("error") is None for d in o.get("dossiers", []))
             for o in outcomes)
    if args.json:
        dump({"ok": ok, "inputs": outcomes})
    else:
        for o in outcomes:
            docs = sum(len(d["documents"]) for d in o.get("dossiers", []))
            print(f"{o.get('path', o['sha256'])}: {o.get('error') or f'{docs} documents archived'}")
            for d in o.get("dossiers", []):
                if d.get("missing"):
                    print(f"  hồ sơ {d['receipt_code']} thiếu (lacks): "
                          f"{'; '.join(m['label'] for m in d['missing'])}")
    return 0 if ok else 1


def _watch(args: argparse.Namespace) -> int:
    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"{folder}: not a folder", file=sys.stderr)
        return 2
    service = service_of(args)

    def show(path: Path, report: Any) -> None:
        state = "done" if report.ok else f"failed: {report.error or 'see the result file'}"
        print(f"{path.name}: {state}", flush=True)

    print(f"watching {folder.resolve()} (Ctrl-C to stop)", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        service.intake.watch(actor_of(service, args), folder, clerk=args.clerk,
                             settle_s=args.settle, interval_s=args.interval, cycles=args.cycles,
                             on_report=show)
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``process`` and ``watch``."""
    p = sub.add_parser("process", parents=[common],
                       help="process scans (files or folders) end to end")
    p.add_argument("paths", nargs="+", help="PDF, TIFF, JPEG or PNG files, or folders")
    p.add_argument("--clerk", help="name of the person digitising (signs every document)")
    p.add_argument("--workers", type=int, help="page worker processes (default: one per core)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--into", metavar="RECEIPT_CODE",
                   help="add the pages to this archived dossier (rescans of rejected pages)")
    p.add_argument("--closed", type=parse_date, metavar="DATE",
                   help="the dossiers were closed on this date (digitising the paper backlog): "
                   "retention counts from it, not from today (archivist; needs --reason)")
    p.add_argument("--reason", help="with --closed: why these dossiers are dated so (recorded "
                   "in the audit trail)")
    p.add_argument("--queue", action="store_true",
                   help="submit to the Celery workers (SOHOA_BROKER_URL) instead of running here")
    p.add_argument("--wait", type=float, default=0,
                   help="with --queue: wait up to this many seconds for the outcomes")
    p.set_defaults(func=_process)

    p = sub.add_parser("watch", parents=[common],
                       help="process every scan dropped into a folder, once")
    p.add_argument("folder")
    p.add_argument("--clerk", help="name of the person digitising (signs every document)")
    p.add_argument("--interval", type=float, default=2.0, help="seconds between looks")
    p.add_argument("--settle", type=float, default=2.0,
                   help="seconds a file must stay unchanged before it is taken")
    p.add_argument("--cycles", type=int, help="stop after this many looks (default: never)")
    p.set_defaults(func=_watch)
