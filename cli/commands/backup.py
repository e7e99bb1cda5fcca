"""``sohoa backup run|list|verify``, ``sohoa restore`` and ``sohoa repair``: backups on
independent media, the restore drill, repair of damaged objects."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from cli.common import actor_of, service_of, settings_of
from cli.render import dump
from service.backups import restore

__all__ = ["register"]


def _backup(args: argparse.Namespace) -> int:
    service = service_of(args)
    actor = actor_of(service, args)
    try:
        if args.action == "run":
            if not args.to:
                print("error: give the medium: sohoa backup run --to DIR|s3://BUCKET",
                      file=sys.stderr)
                return 2
            result = service.backups.run(actor, args.to, full=args.full)
            if args.json:
                dump(result.to_json())
                return 0
            print(f"set {result.set_id} ({result.kind}) on {result.medium}: {result.objects} "
                  f"objects catalogued, {result.copied} copied ({result.copied_bytes} bytes), "
                  f"{len(result.state_files)} state files, {result.trust_anchors} trust "
                  f"anchors, keys {'encrypted' if result.secrets else 'NOT included'}; audit "
                  f"head {result.audit_head.get('seq')}; minutes {result.minutes_key}")
            for warning in result.warnings:
                print(f"warning: {warning}", file=sys.stderr)
            return 0
        target = args.target or args.to
        if not target:
            print(f"error: give the medium: sohoa backup {args.action} DIR|s3://BUCKET",
                  file=sys.stderr)
            return 2
        if args.action == "list":
            sets = service.backups.sets(actor, target)
            if args.json:
                dump(sets)
                return 0
            for s in sets:
                print(_set_line(s))
            if not sets:
                print(f"no backup set on {target}")
            return 0
        check = service.backups.verify(actor, target)
        if args.json:
            dump({"medium": check.medium, "ok": check.ok, "files": check.files,
                  "sets": check.sets, "problems": check.problems})
        else:
            for problem in check.problems:
                print(f"BAD {problem}")
            print(f"{check.medium}: {check.sets} sets, {check.files} files re-hashed, "
                  f"{len(check.problems)} bad")
        return 0 if check.ok else 1
    finally:
        service.close()


def _set_line(s: dict[str, Any]) -> str:
    if "error" in s:
        return f"{s['set']}  unreadable: {s['error']}"
    return (f"{s['set']}  {s['kind']:<11}  {s['made_at']}  by {s['by']}  {s['objects']} objects, "
            f"{s['copied']} copied, keys {'yes' if s['secrets'] else 'no'}, audit head "
            f"{s['audit_head'].get('seq')}")


def _restore(args: argparse.Namespace) -> int:
    result, actor = restore(settings_of(args), args.source, args.set)
    if args.json:
        dump(result.to_json())
        return 0
    print(f"restored set {result.set_id} from {result.medium} into {args.data}: "
          f"{result.objects} objects, {result.state_files} state files, keys "
          f"{'restored' if result.secrets else 'not in the set'}; audit trail to entry "
          f"{result.audit_head.get('seq')}, the restore recorded by {actor.name}")
    if result.lost_after:
        print(f"note: entries after {result.audit_head.get('seq')} up to "
              f"{result.lost_after['seq']} were written after this set and are not in it",
              file=sys.stderr)
    print("next: sohoa reindex, sohoa fixity, sohoa audit verify")
    return 0


def _repair(args: argparse.Namespace) -> int:
    service = service_of(args)
    try:
        result, report, key = service.backups.repair(actor_of(service, args),
                                                     list(args.source or []))
    finally:
        service.close()
    if args.json:
        dump({"healed": result.healed, "unrepaired": result.unrepaired,
              "fixity_ok": report.ok, "fixity_report": key})
        return 0 if report.ok else 1
    for healed in result.healed:
        print(f"repaired {healed['key']} ({healed['problem']}) from {healed['from']}")
    for key_left in result.unrepaired:
        print(f"NOT repaired {key_left}: no copy with its sha256 on the media given",
              file=sys.stderr)
    print(f"fixity after repair: {'ok' if report.ok else 'problems remain'} ({key})")
    return 0 if report.ok else 1


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``backup``, ``restore`` and ``repair``."""
    p = sub.add_parser("backup", parents=[common],
                       help="back up the archive, its state and keys to another disk or a "
                       "second S3 endpoint; list and verify the sets there")
    p.add_argument("action", choices=["run", "list", "verify"])
    p.add_argument("target", nargs="?", help="the medium (list, verify): DIR or s3://BUCKET")
    p.add_argument("--to", help="the medium (run): a folder on another disk or s3://BUCKET "
                   "on SOHOA_BACKUP__S3_ENDPOINT")
    p.add_argument("--full", action="store_true", help="copy every object (default: only "
                   "those not yet on the medium)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_backup)

    p = sub.add_parser("restore", parents=[common],
                       help="restore a backup set into an empty data folder (and empty store)")
    p.add_argument("--from", dest="source", required=True, help="DIR or s3://BUCKET")
    p.add_argument("--set", help="the set id (default: the newest complete set)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_restore)

    p = sub.add_parser("repair", parents=[common],
                       help="put back damaged or missing archived objects from a backup copy "
                       "with the recorded sha256")
    p.add_argument("--from", dest="source", action="append",
                   help="a medium to take copies from; repeatable (default: "
                   "SOHOA_BACKUP__TARGETS)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_repair)
