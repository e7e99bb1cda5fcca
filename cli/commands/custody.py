"""``sohoa fixity``, ``audit``, ``hold``, ``retention`` and ``disposal``: keeping records and
proving it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cli.common import actor_of, parse_date, service_of
from cli.render import disposal_json, dump, fields, print_disposal
from service.custody import DUE_PAGE, DUE_PAGE_MAX, DuePage, due_json

__all__ = ["register"]


def _fixity(args: argparse.Namespace) -> int:
    service = service_of(args)
    actor = actor_of(service, args)
    if args.history:
        runs = service.custody.fixity_history(actor)
        if args.json:
            dump(runs)
        for r in [] if args.json else runs:
            state = "OK" if r["ok"] else f"{sum(map(len, r['problems'].values()))} problems"
            print(f"{r['started_at']}  {state:12}  {r['checked_objects']} objects  by {r['by']}"
                  f"  ({r['key']})")
        return 0
    report, key = service.custody.run_fixity(actor)
    if args.json:
        dump({"ok": report.ok, "checked_objects": report.checked_objects,
              "checked_documents": report.checked_documents, "report": key,
              "problems": [fields(p) for p in report.problems]})
    else:
        for p in report.problems:
            where = f"hồ sơ {p.receipt_code}, document {p.document_id}: " if p.document_id else ""
            print(f"{p.problem.upper()}: {where}{p.key}")
        status = "OK" if report.ok else f"{len(report.problems)} problems"
        print(f"fixity {status}: {report.checked_objects} objects in "
              f"{report.checked_documents} documents checked; report kept at {key}")
    return 0 if report.ok else 1


def _audit(args: argparse.Namespace) -> int:
    service = service_of(args)
    actor = actor_of(service, args)
    custody = service.custody
    if args.action == "seal":
        key = custody.seal(actor)
        print(f"sealed into {service.deps.store.locate(key)}" if key else
              "the audit trail is empty")
        return 0
    if args.action == "export":
        csv_text = custody.export(actor, args.out or "standard output")
        if args.out:
            Path(args.out).write_text(csv_text, encoding="utf-8")
            print(f"wrote {args.out}")
        else:
            sys.stdout.write(csv_text)
        return 0
    check = custody.audit_check(actor)
    if args.json:
        dump({"ok": check.ok, "entries": check.entries, "seals": check.seals,
              "sealed_through": check.sealed_through, "unsealed": check.unsealed,
              "unkeyed": check.unkeyed, "head": check.head,
              "broken": None if check.broken is None else {
                  "line": check.broken.line, "seq": check.broken.seq,
                  "reason": check.broken.reason}})
    elif check.broken is None:
        sealed = (f"sealed through entry {check.sealed_through}" if check.sealed_through
                  else "never sealed")
        print(f"audit trail intact: {check.entries} entries, {check.seals} seals agree, "
              f"{sealed} (head {check.head[:16]})"
              + (f"; {check.unsealed} entries after the last seal are not yet sealed (run "
                 "'sohoa audit seal')" if check.unsealed else "")
              + (f"; {check.unkeyed} entries from before the audit key" if check.unkeyed
                 else ""))
    else:
        b = check.broken
        print(f"audit trail BROKEN at line {b.line} (entry {b.seq}) of "
              f"{service.deps.audit.path}: {b.reason}")
    return 0 if check.ok else 1


def _hold(args: argparse.Namespace) -> int:
    service = service_of(args)
    actor = actor_of(service, args)
    if args.action == "list":
        holds = service.custody.holds(actor)
        if args.json:
            dump(holds)
        for h in [] if args.json else holds:
            print(f"{h['record']}  held since {h['at']} by {h['by']}: {h['reason']}")
        if not args.json:
            print(f"{len(holds)} records under legal hold")
        return 0
    if not args.record or not args.reason:
        print("error: give the RECORD and --reason", file=sys.stderr)
        return 2
    hold = args.action == "set"
    done = service.custody.set_hold(actor, args.record, hold, args.reason)
    if args.json:
        dump(done)
    else:
        print(f"legal hold {'set on' if hold else 'released from'} {args.record}: "
              f"{done['objects']} objects")
    return 0


def _retention(args: argparse.Namespace) -> int:
    if args.action == "report":
        return _retention_report(args)
    if args.action == "schedule":
        return _schedule(args)
    if args.before is None:
        print("error: give --before DATE", file=sys.stderr)
        return 2
    service = service_of(args)
    actor = actor_of(service, args)
    page, total = service.custody.due(actor, args.before, after=args.after or "",
                                      limit=args.limit, count=args.count)
    items = list(page.items)
    while args.all and page.next:  # every page, one after another
        page, _ = service.custody.due(actor, args.before, after=page.next, limit=args.limit)
        items += page.items
    if args.json:
        dump(due_json(DuePage(items, page.next), total, args.before))
        return 0
    for i in items:
        state = "HELD, cannot be destroyed" if i.held else "may be destroyed"
        print(f"{i.retain_until.isoformat()}  hồ sơ {i.receipt_code}  {i.document_id}  "
              f"{i.doc_type} ({i.retention_class}; {i.legal_source}): {state}")
    free = sum(not i.held for i in items)
    print(f"{len(items)} documents listed, ending their retention before "
          f"{args.before.isoformat()}: {free} may be destroyed, {len(items) - free} held")
    if total is not None:
        how = "counting every record" if total.exact else (
            "counted by pointers: documents kept longer or destroyed since may be counted")
        print(f"{total.total} documents due in all ({how})")
    if page.next:
        print(f"more: --after {page.next}")
    return 0


def _schedule(args: argparse.Namespace) -> int:
    service = service_of(args)
    changes = service.custody.schedule(actor_of(service, args), apply=args.apply,
                                       reason=args.reason or "")
    if args.json:
        dump([{**fields(c), "current": c.current, "scheduled": c.scheduled} for c in changes])
        return 0
    for c in changes:
        if c.outcome == "unchanged":
            continue
        now = c.current.isoformat() if c.current else "permanent"
        new = c.scheduled.isoformat() if c.scheduled else "permanent"
        verb = {"extended": "EXTENDED" if args.apply else "would be extended",
                "shorter": "kept (the schedule is now shorter; retention is never shortened)",
                }[c.outcome]
        print(f"{c.record}  {c.retention_class}: {now} -> {new}  {verb}")
    counts = {o: sum(c.outcome == o for c in changes) for o in ("extended", "shorter",
                                                               "unchanged")}
    print(f"{len(changes)} documents: {counts['extended']} "
          f"{'extended' if args.apply else 'to extend (run with --apply --reason R)'}, "
          f"{counts['shorter']} kept longer than the schedule, {counts['unchanged']} unchanged")
    return 0


def _retention_report(args: argparse.Namespace) -> int:
    if args.date_from is None or args.date_to is None:
        print("error: give the period as --from DATE --to DATE", file=sys.stderr)
        return 2
    service = service_of(args)
    report, csv_path, pdf_path = service.custody.retention_report(
        actor_of(service, args), args.date_from, args.date_to, Path(args.out or "."))
    if args.json:
        dump({"csv": str(csv_path), "pdf": str(pdf_path),
              "lines": [fields(line) for line in report.lines]})
        return 0
    print(f"{'class':14} {'kept':>5} {'in period':>9} {'permanent':>9} {'due':>5} {'held':>5} "
          f"{'disposed':>8} {'fixity':>6}")
    for line in report.lines:
        print(f"{line.retention_class:14} {line.kept:5} {line.archived_in_period:9} "
              f"{line.permanent:9} {line.due:5} {line.held:5} {line.disposed_in_period:8} "
              f"{line.fixity_problems:6}")
    last = report.last_fixity or "none in the period"
    print(f"fixity runs in the period: {report.fixity_runs}, last {last}")
    print(f"wrote {csv_path} and {pdf_path} (signed)")
    return 0


def _disposal(args: argparse.Namespace) -> int:
    service = service_of(args)
    actor = actor_of(service, args)
    custody = service.custody
    if args.action == "list":
        batches = sorted(custody.disposals(actor), key=lambda b: b.batch_id)
        if args.json:
            dump([disposal_json(b) for b in batches])
        for b in [] if args.json else batches:
            print(f"{b.batch_id}  {b.state:9}  {len(b.items)} documents  proposed by "
                  f"{b.proposal['proposed_by']}")
        return 0
    if args.action == "propose":
        batch, refused = custody.propose(actor, args.reason or "", args.target, args.before)
        if args.json:
            dump({**disposal_json(batch), "refused": [fields(r) for r in refused]})
            return 0
        print_disposal(batch)
        for r in refused:
            print(f"  REFUSED {r.record}: {r.reason}")
        print(f"next: a different person with the auditor or head role runs "
              f"`sohoa disposal approve {batch.batch_id}`")
        return 0
    if not args.target:
        print("error: give the batch id", file=sys.stderr)
        return 2
    batch_id = args.target[0]
    if args.action in ("approve", "reject"):
        batch = custody.decide(actor, batch_id, args.action == "approve", args.note or "")
    elif args.action == "execute":
        batch = custody.execute(actor, batch_id)
    else:
        batch = custody.disposal(actor, batch_id)
    if args.json:
        dump(disposal_json(batch))
    else:
        print_disposal(batch)
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``fixity``, ``audit``, ``hold``, ``retention`` and ``disposal``."""
    p = sub.add_parser("fixity", parents=[common],
                       help="recheck the sha256 of every archived file")
    p.add_argument("--history", action="store_true", help="list the kept reports of past runs")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_fixity)

    p = sub.add_parser("audit", parents=[common],
                       help="check, seal or export the hash-chained audit trail")
    p.add_argument("action", choices=["verify", "seal", "export"])
    p.add_argument("--out", help="CSV file to write (export)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_audit)

    p = sub.add_parser("hold", parents=[common],
                       help="set or release the legal hold of a dossier or document")
    p.add_argument("action", choices=["set", "release", "list"])
    p.add_argument("record", nargs="?", help="RECEIPT_CODE or RECEIPT_CODE/DOCUMENT_ID")
    p.add_argument("--reason", help="why (recorded in the audit trail and the store)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_hold)

    p = sub.add_parser("retention", parents=[common],
                       help="what is due for disposal; the retention audit report")
    p.add_argument("action", choices=["due", "report", "schedule"],
                   help="due: what may be destroyed before --before; report: the retention "
                   "audit report of --from..--to as CSV and signed PDF; schedule: compare "
                   "archived records with the current schedule (--apply extends)")
    p.add_argument("--apply", action="store_true",
                   help="schedule: extend the records the schedule now keeps longer")
    p.add_argument("--reason", help="schedule --apply: why (e.g. the new circular)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--before", type=parse_date, help="due: date YYYY-MM-DD")
    p.add_argument("--after", help="due: the cursor printed after the previous page")
    p.add_argument("--limit", type=int, default=DUE_PAGE,
                   help=f"due: documents per page (default {DUE_PAGE}, at most {DUE_PAGE_MAX})")
    p.add_argument("--all", action="store_true", help="due: every page, one after another")
    p.add_argument("--count", action="store_true",
                   help="due: also count every document due, from the pointers")
    p.add_argument("--from", dest="date_from", type=parse_date, help="report: first day")
    p.add_argument("--to", dest="date_to", type=parse_date, help="report: last day")
    p.add_argument("--out", help="report: folder for the CSV and PDF (default: here)")
    p.set_defaults(func=_retention)

    p = sub.add_parser("disposal", parents=[common],
                       help="destroy records whose retention ended: propose, approve, execute")
    p.add_argument("action", choices=["propose", "approve", "reject", "execute", "show", "list"])
    p.add_argument("target", nargs="*",
                   help="propose: RECEIPT_CODE or RECEIPT_CODE/DOCUMENT_ID ...; other "
                   "actions: the batch id")
    p.add_argument("--before", type=parse_date,
                   help="propose every document whose retention ended before this date")
    p.add_argument("--reason", help="propose: the grounds for destruction")
    p.add_argument("--note", help="approve or reject: a note (required to reject)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_disposal)
