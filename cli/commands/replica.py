"""``sohoa replica setup|status``: the archive bucket replicated to a second MinIO server with
Object Lock, the second copy of every archived object at scale."""

from __future__ import annotations

import argparse
from typing import Any

from cli.common import actor_of, service_of
from cli.render import dump

__all__ = ["register"]


def _replica(args: argparse.Namespace) -> int:
    service = service_of(args)
    try:
        actor = actor_of(service, args)
        if args.action == "setup":
            result = service.backups.setup_replica(actor)
            if args.json:
                dump(result.to_json())
                return 0
            print(f"{result.source} → {result.replica}: "
                  f"{'rule added' if result.rule_added else 'already replicated'} "
                  f"({result.arn}); replica bucket "
                  f"{'made with Object Lock' if result.bucket_made else 'has Object Lock'}")
            if result.resync_id:
                print(f"objects archived before are being copied (resync {result.resync_id})")
            return 0
        status = service.backups.replica_status(actor)
        if status is None:
            if args.json:
                dump(None)
            else:
                print("the archive bucket is not replicated (sohoa replica setup)")
            return 1
        if args.json:
            dump(status.to_json())
        else:
            print(f"{status.arn}: {'online' if status.online else 'OFFLINE'}, "
                  f"{status.pending_count} versions ({status.pending_bytes} bytes) waiting, "
                  f"{status.failed_last_hour} failed in the last hour "
                  f"({status.failed_count} since the server started), "
                  f"{status.replicated_count} copied")
        return 0 if status.online and not status.failed_last_hour else 1
    finally:
        service.close()


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``replica``."""
    p = sub.add_parser("replica", parents=[common],
                       help="replicate the archive bucket to a second MinIO server with Object "
                       "Lock (SOHOA_REPLICA__*), and see how far it is behind")
    p.add_argument("action", choices=["setup", "status"])
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_replica)
