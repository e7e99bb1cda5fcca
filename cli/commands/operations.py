"""``sohoa worker``, ``reconcile``, ``reindex``, ``serve``, ``report`` and ``model``: running
sohoa."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cli.common import actor_of, parse_date, service_of, settings_of
from cli.render import dump
from pipeline.digitisation import report_csv
from sohoa.clock import now_vn

__all__ = ["register"]


def _worker(args: argparse.Namespace) -> int:
    from pipeline.celery_app import configure

    service = service_of(args)
    service.authorize(actor_of(service, args), "operate")
    service.check_keys()  # a key that cannot be used stops the worker before any task
    settings = service.deps.settings
    app = configure(settings)
    argv = ["worker", "--loglevel", args.loglevel, "--pool", "prefork", "--queues", settings.queue,
            "--concurrency", str(args.concurrency or settings.worker_count)]
    if args.hostname:
        argv += ["--hostname", args.hostname]
    if args.beat:  # this worker also sends the scheduled tasks (each runs once per period)
        settings.data.mkdir(parents=True, exist_ok=True)
        argv += ["--beat", "--schedule", str(settings.data / "celerybeat-schedule")]
    app.worker_main(argv)
    return 0


def _reconcile(args: argparse.Namespace) -> int:
    service = service_of(args)
    report = service.operations.reconcile(actor_of(service, args), queue=args.queue)
    verb = "queued" if args.queue else "finished"
    if args.json:
        dump({"complete": report.complete, "batches_pending": report.batches_pending,
              "documents_archived": report.documents_archived,
              "documents_unindexed": report.documents_unindexed,
              "links_written": report.links_written, "notes_removed": report.notes_removed,
              "summary_days": report.summary_days,
              "action": verb})
        return 0
    if report.links_written:
        print(f"{report.links_written} lookup pointers written for records kept before "
              "pointers were")
    if report.notes_removed:
        print(f"{report.notes_removed} notes of changes older than the dashboard reads removed")
    print(f"{len(report.batches_pending)} batches received but not finished: {verb}")
    print(f"{report.documents_archived} documents archived, "
          f"{len(report.documents_unindexed)} were not searchable: {verb}")
    return 0


def _migrate(args: argparse.Namespace) -> int:
    from sohoa.db import database, migrate
    from sohoa.errors import ConfigurationError
    from sohoa.state_pg import import_folder

    settings = settings_of(args)
    if not settings.database_url:
        raise ConfigurationError("Chưa đặt SOHOA_DATABASE_URL: không có cơ sở dữ liệu để nâng "
                                 "cấp (set SOHOA_DATABASE_URL to the PostgreSQL database first).")
    db = database(settings.database_url)
    applied = migrate(db)
    print(f"{db.where}: schema version {db.version()}"
          + (f" (applied {', '.join(f'{m.version:04d}_{m.name}' for m in applied)})"
             if applied else " (already up to date)"))
    imported: dict[str, int] = {}
    if args.import_from:
        imported = import_folder(db, args.import_from)
        print("imported from " + str(args.import_from) + ": "
              + ", ".join(f"{kind} {n}" for kind, n in imported.items()))
    service = service_of(args)
    service.operations.migrated(actor_of(service, args), [m.version for m in applied], imported)
    return 0


def _reindex(args: argparse.Namespace) -> int:
    from cli.progress import Progress

    service = service_of(args)
    progress = Progress("reindexing")
    try:
        count = service.operations.reindex(actor_of(service, args), progress=progress)
    finally:
        progress.close()
    if args.json:
        dump({"documents": count})
    else:
        print(f"reindexed {count} documents; search answered from the previous index until "
              "the new one was complete")
    return 0


def _accuracy(report: dict[str, Any]) -> str:
    if not report.get("heldout"):
        return "no examples could be held apart to measure it"
    return (f"{report['heldout_right']}/{report['heldout']} held-out examples typed right "
            f"({report['heldout_right'] / report['heldout']:.1%})")


def _model(args: argparse.Namespace) -> int:
    service = service_of(args)
    actor = actor_of(service, args)
    if args.action == "train":
        report = service.learning.train(actor).to_json()
        if args.json:
            dump(report)
            return 0
        per_type = ", ".join(f"{t} {n}" for t, n in report["per_type"].items())
        sources = ", ".join(f"{s} {n}" for s, n in report["sources"].items())
        print(f"trained {report['model']} (sha256 {report['sha256']}, scikit-learn "
              f"{report['sklearn']}) on {report['examples']} examples ({sources})")
        print(f"per type: {per_type}")
        print(f"accuracy: {_accuracy(report)}; in use now; kept: {', '.join(report['kept'])}")
        return 0
    status = service.learning.show(actor)
    if args.json:
        dump(status)
        return 0 if status["usable"] or status["model"] is None else 1
    if status["model"] is None:
        print("no document type model trained yet: types come from the rules alone "
              "(sohoa model train)")
        return 0
    report = status.get("report", {})
    print(f"model in use: {status['model']} (sha256 {status.get('sha256')}), trained "
          f"{report.get('trained_at')} with scikit-learn {report.get('sklearn')} on "
          f"{report.get('examples')} examples")
    print(f"per type: {', '.join(f'{t} {n}' for t, n in report.get('per_type', {}).items())}")
    print(f"accuracy: {_accuracy(report)}")
    print(f"kept: {', '.join(status['kept']) or 'none'}")
    if not status["usable"]:
        print(f"NOT USED: {status['problem']}", file=sys.stderr)
        return 1
    return 0


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from sohoa.processes import worker_context
    from web import create_app

    settings = settings_of(args)
    worker_context()  # a temporary folder too deep for the check processes: say so, now
    app = create_app(settings, warm_checks=True)
    print(f"sohoa: http://{args.host}:{args.port}/ (API: /openapi.json; data folder "
          f"{settings.data.resolve()})", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level,
                server_header=False, **settings.web.uvicorn_options())
    return 0


def _report(args: argparse.Namespace) -> int:
    service = service_of(args)
    today = now_vn().date()
    report = service.reports.digitisation(
        actor_of(service, args), args.date_from or today.replace(day=1), args.date_to or today,
        args.hours, tuple(args.agency or ()))
    if args.json:
        dump(report.to_json())
        return 0
    print(report_csv(report), end="")
    t = report.totals
    print(f"{t.received} dossiers received, {t.digitised} digitised, {t.digitised_within} "
          f"within {args.hours:g} h, {t.pending} not yet; {t.rejected_pages} pages rejected; "
          f"{t.results_issued} results issued, {t.results_digitised} digitised "
          f"({t.results_electronic} electronic, {t.results_paper} from paper)", file=sys.stderr)
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``worker``, ``reconcile``, ``migrate``, ``reindex``, ``serve``, ``report`` and
    ``model``."""
    p = sub.add_parser("worker", parents=[common], help="run a Celery worker")
    p.add_argument("--concurrency", type=int, help="worker processes (default: one per core)")
    p.add_argument("--hostname", help="worker name, e.g. ocr1@%%h")
    p.add_argument("--loglevel", default="info")
    p.add_argument("--beat", action="store_true",
                   help="also send the scheduled tasks (fixity every SOHOA_FIXITY_INTERVAL_S, "
                   "the type model retrained every SOHOA_MODEL_INTERVAL_S, a backup to "
                   "SOHOA_BACKUP__TARGETS daily, full on the 1st); one per machine at most: each "
                   "job runs once per period, on whichever machine claims it")
    p.set_defaults(func=_worker)

    p = sub.add_parser("reconcile", parents=[common],
                       help="finish what was received but not archived or not indexed")
    p.add_argument("--queue", action="store_true", help="queue the work for the workers")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_reconcile)

    p = sub.add_parser("report", parents=[common],
                       help="dossiers received vs digitised, and results issued vs digitised "
                       "(electronic or from paper), per day and agency (CSV)")
    p.add_argument("kind", choices=["digitisation"])
    p.add_argument("--from", dest="date_from", type=parse_date, help="first day (default: "
                   "the first of this month)")
    p.add_argument("--to", dest="date_to", type=parse_date, help="last day (default: today)")
    p.add_argument("--hours", type=float, default=24, help="digitised within this many hours")
    p.add_argument("--agency", action="append", help="only this agency; repeatable")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_report)

    p = sub.add_parser("serve", parents=[common],
                       help="the web service: pages for the counter, search, auditors, and the API")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--log-level", default="info")
    p.set_defaults(func=_serve)

    p = sub.add_parser("migrate", parents=[common],
                       help="bring the PostgreSQL schema (SOHOA_DATABASE_URL) up to date")
    p.add_argument("--import", dest="import_from", type=Path, metavar="DATA",
                   help="also copy this data folder's people, accounts, sessions and audit "
                   "trail into the database, once (kinds it already holds are left alone)")
    p.set_defaults(func=_migrate)

    p = sub.add_parser("reindex", parents=[common],
                       help="rebuild the search index from the archive, beside the one in use "
                       "(search keeps answering; a progress bar on stderr)")
    p.add_argument("--json", action="store_true", help="print the count as JSON at the end")
    p.set_defaults(func=_reindex)

    p = sub.add_parser("model", parents=[common],
                       help="the learned document type model: train it again from the archive "
                       "and the samples, or show the one in use")
    p.add_argument("action", choices=["train", "show"])
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_model)
