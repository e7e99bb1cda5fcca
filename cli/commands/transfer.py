"""``sohoa transfer``: hand records of permanent value over to the historical archive
(propose, approve or reject, export as BagIt bags) and check a bag as the archive receives it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cli.common import actor_of, parse_date, service_of
from cli.render import dump
from service.transfers import transfer_json

__all__ = ["register"]


def _print_batch(batch: Any) -> None:
    p = batch.proposal
    print(f"transfer {batch.batch_id}: {batch.state.upper()}")
    print(f"  proposed by {p['proposed_by']} at {p['proposed_at']}: class "
          f"{p['retention_class']}, dossiers closed before {p['closed_before']}"
          + (f"; {p['reason']}" if p.get("reason") else ""))
    if batch.approval:
        a = batch.approval
        note = f": {a['note']}" if a.get("note") else ""
        print(f"  {a['decision']} by {a['by']} ({a['role']}) at {a['at']}{note}")
    for item in batch.items:
        check = "" if item.get("period_verified") else "  (retention NOT verified against its " \
            "legal source)"
        print(f"  {item['record']}  {item['label'] or item['doc_type']}, closed "
              f"{item['closing_date']}, {item['pages']} pages{check}")
    if batch.export:
        e = batch.export
        print(f"  exported by {e['by']} at {e['at']} into {e['out']}: {len(e['bags'])} bags; "
              f"transfer record sha256 {e['record_sha256'][:16]}…")


def _transfer(args: argparse.Namespace) -> int:
    service = service_of(args)
    actor = actor_of(service, args)
    transfers = service.transfers
    if args.action == "verify":
        if not args.target:
            print("error: give the folder of a bag (or of bags)", file=sys.stderr)
            return 2
        results = transfers.verify(actor, Path(args.target))
        if args.json:
            dump(results)
        for r in [] if args.json else results:
            state = "OK" if r["ok"] else f"{len(r['problems'])} PROBLEMS"
            print(f"{r['bag']}: {state}: {r['files']} files checked by sha256, "
                  f"{r['signed_pdfs']} signed PDFs checked")
            for problem in r["problems"]:
                print(f"  {problem}")
        return 0 if all(r["ok"] for r in results) else 1
    if args.action == "list":
        batches = transfers.batches(actor)
        if args.json:
            dump([transfer_json(b) for b in batches])
        for b in [] if args.json else batches:
            print(f"{b.batch_id}  {b.state:9}  {len(b.dossiers)} dossiers, {len(b.items)} "
                  f"documents  proposed by {b.proposal['proposed_by']}")
        return 0
    if args.action == "propose":
        batch, refused = transfers.propose(actor, args.retention_class or "",
                                           args.closed_before, args.reason or "")
        if args.json:
            dump({**transfer_json(batch), "refused": refused})
            return 0
        _print_batch(batch)
        for r in refused:
            print(f"  REFUSED {r['record']}: {r['reason']}")
        print(f"next: a different person with the auditor or head role runs "
              f"`sohoa transfer approve {batch.batch_id}`")
        return 0
    if not args.target:
        print("error: give the batch id", file=sys.stderr)
        return 2
    if args.action in ("approve", "reject"):
        batch = transfers.decide(actor, args.target, args.action == "approve", args.note or "")
    elif args.action == "export":
        if not args.out:
            print("error: give the folder to write the bags into (--out DIR)", file=sys.stderr)
            return 2
        batch = transfers.export(actor, args.target, Path(args.out))
    else:
        batch = transfers.batch(actor, args.target)
    if args.json:
        dump(transfer_json(batch))
    else:
        _print_batch(batch)
        if args.action == "export":
            print(f"wrote {len(batch.dossiers)} bags into {args.out}; check them with "
                  f"`sohoa transfer verify {args.out}`")
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``transfer``."""
    p = sub.add_parser("transfer", parents=[common],
                       help="transfer records of permanent value to the historical archive: "
                       "propose, approve, export as BagIt bags, verify a bag")
    p.add_argument("action", choices=["propose", "approve", "reject", "export", "verify",
                                      "show", "list"])
    p.add_argument("target", nargs="?",
                   help="the batch id; verify: the folder of a bag, or of bags")
    p.add_argument("--class", dest="retention_class",
                   help="propose: the retention class (e.g. ho_tich)")
    p.add_argument("--closed-before", type=parse_date,
                   help="propose: dossiers closed before this date (YYYY-MM-DD)")
    p.add_argument("--reason", help="propose: the grounds (e.g. the transfer plan)")
    p.add_argument("--note", help="approve or reject: a note (required to reject)")
    p.add_argument("--out", help="export: the folder to write one bag per dossier into")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_transfer)
