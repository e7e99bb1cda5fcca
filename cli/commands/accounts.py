"""``sohoa people`` and ``sohoa users``: roles and web accounts."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from cli.common import actor_of, service_of
from service import Actor, Service
from sohoa.people import ROLES

__all__ = ["register"]


def _people(args: argparse.Namespace) -> int:
    service = service_of(args)
    actor = actor_of(service, args)
    if args.action == "list":
        for name, roles in service.accounts.people(actor):
            print(f"{name}: {', '.join(sorted(roles))}")
        return 0
    if not args.name or not args.role:
        print("error: give a NAME and at least one --role", file=sys.stderr)
        return 2
    roles = service.accounts.change_roles(actor, args.name, args.role,
                                          grant=args.action == "grant")
    print(f"{args.name}: {', '.join(sorted(roles)) or 'no role'}")
    return 0


def _users(args: argparse.Namespace) -> int:
    service = service_of(args)
    actor = actor_of(service, args)
    if args.action == "list":
        for a in service.accounts.accounts(actor):
            print(f"{a.username}: {a.name} — {', '.join(sorted(a.roles)) or 'no role'}"
                  + (f" — agency {a.agency}" if a.agency else ""))
        return 0
    if not args.username:
        print("error: give the USERNAME", file=sys.stderr)
        return 2
    if args.action in ("key", "keys", "revoke-key"):
        return _keys(service, actor, args)
    if not args.name or not args.role:
        print("error: give --name and at least one --role", file=sys.stderr)
        return 2
    password: str | None = None  # an existing account keeps its password
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    elif os.environ.get("SOHOA_PASSWORD"):
        password = os.environ["SOHOA_PASSWORD"]
    account, generated = service.accounts.save_account(
        actor, args.name, args.username, args.role, agency=args.agency, password=password)
    print(f"{account.username}: {account.name} — {', '.join(sorted(account.roles))}"
          + (f" — agency {account.agency}" if account.agency else ""))
    if generated:
        print(f"password (shown once): {generated}")
    return 0


def _keys(service: Service, actor: Actor, args: argparse.Namespace) -> int:
    """``users key``: one more API key (printed alone on standard output); ``users keys``:
    the keys of an account; ``users revoke-key``: end one."""
    if args.action == "key":
        key = service.accounts.new_api_key(actor, args.username, args.days)
        key_id = key.split("_", 2)[1]
        expires = next(k.expires for k in service.accounts.api_keys(actor, args.username)
                       if k.key_id == key_id)
        print(key)
        print(f"khóa API mới {key_id} của {args.username}, hết hạn {expires}; các khóa khác vẫn "
              f"dùng được, thu hồi bằng `sohoa users revoke-key {args.username} KEY_ID` "
              f"(a new API key, shown once, added to the account's other keys)", file=sys.stderr)
        return 0
    if args.action == "keys":
        keys = service.accounts.api_keys(actor, args.username)
        for k in keys:
            until = ("không hết hạn (never expires)" if k.expires is None else
                     f"đã hết hạn {k.expires} (expired)" if k.expired else
                     f"hết hạn {k.expires} (expires)")
            print(f"{k.key_id}: tạo {k.created or '?'} — {until}")
        if not keys:
            print(f"{args.username}: không có khóa API (no API key)")
        return 0
    if not args.key_id:
        print("error: give the USERNAME and the KEY_ID (`sohoa users keys USERNAME`)",
              file=sys.stderr)
        return 2
    service.accounts.revoke_api_key(actor, args.username, args.key_id)
    print(f"đã thu hồi khóa API {args.key_id} của {args.username} (revoked)")
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``people`` and ``users``."""
    p = sub.add_parser("people", parents=[common],
                       help="who holds which role (clerk, officer, archivist, auditor, head)")
    p.add_argument("action", choices=["list", "grant", "revoke"])
    p.add_argument("name", nargs="?", help="the person's full name")
    p.add_argument("--role", action="append", help="role to grant or revoke; repeatable")
    p.set_defaults(func=_people)

    p = sub.add_parser("users", parents=[common],
                       help="accounts of the web service: user name, roles, agency, API keys")
    p.add_argument("action", choices=["add", "list", "key", "keys", "revoke-key"],
                   help="key: add an API key; keys: list an account's keys; revoke-key: end one")
    p.add_argument("username", nargs="?", help="the user name to sign in with")
    p.add_argument("key_id", nargs="?", help="revoke-key: the key's id (`sohoa users keys`)")
    p.add_argument("--days", type=int, help="key: days until the new key expires (default "
                   "365, setting web.api_key_days)")
    p.add_argument("--name", help="add: the person's full name (as they sign)")
    p.add_argument("--role", action="append", choices=list(ROLES),
                   help="add: a role; repeatable")
    p.add_argument("--agency", help="add: the agency code whose records a clerk or officer sees "
                   "(the start of its receipt codes, e.g. 000.00.12.H19)")
    p.add_argument("--password-stdin", action="store_true",
                   help="add: read the password from standard input (else $SOHOA_PASSWORD, else "
                   "a new account gets a random one, printed once)")
    p.set_defaults(func=_users)
