"""``sohoa ltv renew``: renewing the archive time stamps of the archived signed documents."""

from __future__ import annotations

import argparse
from typing import Any

from cli.common import actor_of, parse_date, service_of
from cli.render import dump

__all__ = ["register"]


def _renew(args: argparse.Namespace) -> int:
    service = service_of(args)
    report = service.operations.renew_ltv(actor_of(service, args), before=args.before,
                                          margin_days=args.margin_days)
    if args.json:
        dump({"before": report.before.isoformat(), "tsa": report.tsa.to_json(),
              "checked": report.checked,
              "renewed": [{"record": f"{r.receipt_code}/{r.document_id}", "version": r.version,
                           "sha256": r.sha256, "reason": r.reason, "completed": r.completed}
                          for r in report.renewed],
              "skipped": [{"record": r, "reason": why} for r, why in report.skipped],
              "failed": [{"record": r, "error": why} for r, why in report.failed]})
        return 0 if report.ok else 1
    for r in report.renewed:
        again = " (hoàn tất lần trước — completed)" if r.completed else ""
        print(f"✓ {r.receipt_code}/{r.document_id} -> phiên bản {r.version}{again}: {r.reason}")
    for record, why in report.skipped:
        print(f"! {record}: {why}")
    for record, why in report.failed:
        print(f"✗ {record}: {why}")
    print(f"{report.checked} tài liệu đã ký được xem, {len(report.renewed)} được gia hạn, "
          f"{len(report.skipped)} bỏ qua, {len(report.failed)} lỗi; dấu thời gian mới của "
          f"{report.tsa.tsa} ({report.tsa.key}), tin cậy đến "
          f"{report.tsa.usable_until.date().isoformat()} (checked, renewed, skipped, failed; "
          f"time stamps kept trustworthy until at least {report.before.date().isoformat()})")
    return 0 if report.ok else 1


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``ltv``."""
    p = sub.add_parser("ltv", parents=[common],
                       help="long-term validation: renew the archive time stamps of signed "
                       "documents before their TSA certificate ends or their algorithms "
                       "weaken (each renewed PDF is a new version; the old one stays)")
    p.add_argument("action", choices=["renew"])
    p.add_argument("--before", type=parse_date,
                   help="renew what stops being trustworthy before this day (YYYY-MM-DD)")
    p.add_argument("--margin-days", type=int,
                   help="renew what stops being trustworthy within so many days (default "
                   "SOHOA_LTV__MARGIN_DAYS, 730)")
    p.add_argument("--json", action="store_true", help="print the run as JSON")
    p.set_defaults(func=_renew)
