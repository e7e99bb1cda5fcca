"""``sohoa callbacks``: who is told of which events, and what they have not taken yet."""

from __future__ import annotations

import argparse
from typing import Any

from cli.common import actor_of, service_of
from cli.render import dump
from sohoa.errors import UsageError

__all__ = ["register"]


def _callbacks(args: argparse.Namespace) -> int:
    service = service_of(args)
    actor = actor_of(service, args)
    notifications = service.notifications
    if args.action == "add":
        registration, secret = notifications.register(actor, args.url, args.agency,
                                                      args.event or None)
        if args.json:
            dump(registration.to_json() | {"secret": secret})
            return 0
        print(f"registered {registration.id}: {registration.url} "
              f"({registration.agency or 'mọi đơn vị (every agency)'}; "
              f"{', '.join(registration.events)})")
        print(f"secret: {secret}")
        print("Lưu khóa bí mật này ngay: nó không được hiển thị lại (keep the secret now: it "
              "is not shown again; the receiver checks X-Sohoa-Signature with it).")
        return 0
    if args.action == "list":
        found = notifications.list(actor)
        if args.json:
            dump([r.to_json() for r in found])
        for r in [] if args.json else found:
            print(f"{r.id}  {r.url}  {r.agency or '*'}  {','.join(r.events)}  by "
                  f"{r.created_by} at {r.created_at}")
        if not found and not args.json:
            print("no callback registered (chưa đăng ký địa chỉ nhận thông báo nào)")
        return 0
    if args.action == "remove":
        removed = notifications.remove(actor, args.url)
        print(f"removed {removed.id} ({removed.url}): nothing more is sent to it")
        return 0
    if args.action == "pending":
        pending = notifications.pending(actor)
        if args.json:
            dump([p.to_json() for p in pending])
        for p in [] if args.json else pending:
            when = "DEAD" if p.state == "dead" else f"next {p.next_at}"
            print(f"{p.delivery_id}  {p.event} {p.key}  -> {p.url}  {p.attempts} attempts, "
                  f"{when}" + (f"; last error: {p.last_error}" if p.last_error else ""))
        if not args.json:
            dead = sum(p.state == "dead" for p in pending)
            print(f"{len(pending) - dead} waiting, {dead} given up")
        return 0
    counts = notifications.deliver_due(actor)
    if args.json:
        dump(counts.to_json())
    else:
        print(f"{counts.delivered} delivered, {counts.failed} failed (retried later), "
              f"{counts.dead} given up, {counts.waiting} not due yet")
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``callbacks``."""
    p = sub.add_parser("callbacks", parents=[common],
                       help="signed notifications to other systems: add, list, remove a "
                       "callback URL; list what is pending; deliver what is due")
    p.add_argument("action", choices=["add", "list", "remove", "pending", "deliver"])
    p.add_argument("url", nargs="?", metavar="URL|ID",
                   help="add: the http(s) URL to POST to; remove: the registration's id")
    p.add_argument("--agency", help="add: only events of this agency (e.g. 000.00.12.H19); "
                   "default every agency")
    p.add_argument("--event", action="append",
                   help="add: an event to be told of (default result.archived); repeatable")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_checked)


def _checked(args: argparse.Namespace) -> int:
    if args.action in ("add", "remove") and not args.url:
        what = "the URL to register" if args.action == "add" else "the id to remove"
        raise UsageError(f"sohoa callbacks {args.action} cần {what} (give {what}).")
    return _callbacks(args)
