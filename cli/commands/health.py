"""``sohoa health``: the installation's health as a table (or JSON), exiting 1 when any item
is a problem, for cron."""

from __future__ import annotations

import argparse
import math
from typing import Any

from cli.common import actor_of, service_of
from cli.render import dump
from sohoa.errors import SohoaError

__all__ = ["register"]

_MARK = {"ok": "ok", "warning": "WARNING", "problem": "PROBLEM"}


def _health(args: argparse.Namespace) -> int:
    try:
        service = service_of(args)
    except SohoaError as exc:  # a server the service cannot start without is down
        return _cannot_start(args, exc)
    try:
        report = service.health.view(actor_of(service, args))
    finally:
        service.close()
    if args.json:
        dump(report.to_json())
    else:
        width = max((len(i.name) for i in report.items), default=4)
        for item in report.items:
            print(f"{_MARK[item.status]:<8} {item.name:<{width}}  {_value(item.value, item.unit)}"
                  f"  {item.detail}")
        print(f"{report.status}: {len(report.problems())} problems, "
              f"{sum(i.status == 'warning' for i in report.items)} warnings")
    return 1 if report.problems() else 0


def _cannot_start(args: argparse.Namespace, exc: SohoaError) -> int:
    detail = f"sohoa không khởi động được (sohoa cannot start): {exc.message} [{exc.code}]"
    if args.json:
        dump({"status": "problem", "checked_at": None, "items": [
            {"name": "service", "kind": "dependency", "status": "problem", "detail": detail,
             "value": None, "unit": "", "labels": {}}]})
    else:
        print(f"{_MARK['problem']:<8} service  {detail}")
    return 1


def _value(value: float | None, unit: str) -> str:
    if value is None:
        return "-".rjust(14)
    if math.isinf(value):
        return "never".rjust(14)
    return f"{value:g} {unit}".rjust(14)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``health``."""
    p = sub.add_parser("health", parents=[common],
                       help="dependencies, certificates, backups, fixity, audit seals and the "
                       "queue, each ok, warning or problem; exit 1 on any problem (for cron)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_health)
