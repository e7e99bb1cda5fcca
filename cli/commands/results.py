"""``sohoa result``: issue a dossier's result into the archive, list and fetch results."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cli.common import actor_of, parse_date, service_of
from cli.render import dump
from service.results import result_fields
from sohoa.errors import UsageError

__all__ = ["register"]


def _print(r: dict[str, Any]) -> None:
    until = "vĩnh viễn (permanent)" if r["permanent"] else r["retain_until"]
    again = " (đã lưu trước đó — archived before)" if r.get("already_archived") else ""
    print(f"{r['document_id']}  {r['label']} — {r['form_label']}{again}")
    f = r["fields"]
    print(f"  số/ký hiệu {f.get('so_ky_hieu', '—')}, ngày {f.get('ngay_ban_hanh', '—')}, "
          f"cơ quan {f.get('co_quan_ban_hanh', '—')}, người ký {f.get('nguoi_ky', '—')}")
    print(f"  ký số bởi: {', '.join(r['signers']) or '—'}; lưu đến {until} ({r['retention']})")
    print(f"  sha256 {r['sha256']}")


def _result(args: argparse.Namespace) -> int:
    service = service_of(args)
    actor = actor_of(service, args)
    if args.action == "list":
        found = service.results.list(actor, args.receipt_code)
        if args.json:
            dump({"receipt_code": args.receipt_code, "results": found})
        else:
            print(f"hồ sơ {args.receipt_code}: {len(found)} kết quả (results)")
            for r in found:
                _print(r)
        return 0
    if args.action == "get":
        if not args.document_id or not args.out:
            raise UsageError("sohoa result get CODE DOCUMENT_ID --out FILE")
        data = service.results.get(actor, args.receipt_code, args.document_id)
        Path(args.out).write_bytes(data)
        print(f"wrote {args.out} ({len(data)} bytes, checked against its sha256)")
        return 0
    path = Path(args.document_id or "")
    if not args.document_id or not path.is_file():
        raise UsageError(f"không có tệp {path} (no such file): sohoa result add CODE FILE")
    fields = result_fields(args.type, args.number, args.date, args.issuer)
    if args.scanned:
        r = service.results.scan(actor, args.receipt_code, path.read_bytes(), path.name,
                                 fields=fields)
    else:
        r = service.results.add(actor, args.receipt_code, path.read_bytes(), path.name,
                                fields=fields, token=args.token, key_label=args.key_label,
                                organisation_token=args.organisation_token)
    if args.json:
        dump(r)
    else:
        _print(r)
    return 0


def _desk(args: argparse.Namespace) -> int:
    service = service_of(args)
    d = service.desk.overview(actor_of(service, args), args.agency, args.days)
    if args.json:
        dump(d)
        return 0
    print(f"đơn vị {d['agency']}, {d['days']} ngày qua (the last {d['days']} days)")
    for title, rows, when in (("chờ kết quả (waiting for a result)", d["waiting"], "received_at"),
                              ("có kết quả, chờ trả (result ready)", d["ready"],
                               "result_issued_at"),
                              ("đã trả (returned)", d["returned"], "returned_at")):
        print(f"{title}: {len(rows)}")
        for r in rows:
            print(f"  {r['receipt_code']}  {str(r[when])[:16].replace('T', ' ')}  "
                  f"{r['step_label']}  {r['procedure'] or ''}")
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``result`` and ``desk``."""
    p = sub.add_parser("desk", parents=[common],
                       help="an agency's dossiers waiting for a result, with a result ready "
                       "to return, and returned")
    p.add_argument("--agency", help="the agency (an officer or clerk sees their own)")
    p.add_argument("--days", type=int, default=30, help="how many days to look back")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_desk)

    p = sub.add_parser("result", parents=[common],
                       help="issue a dossier's result into the archive (signed by the officer "
                       "and sealed), list a dossier's results, fetch one")
    p.add_argument("action", choices=["add", "list", "get"])
    p.add_argument("receipt_code")
    p.add_argument("document_id", nargs="?",
                   help="add: the result's file (PDF; a scan with --scanned); get: its id")
    p.add_argument("--out", help="get: file to write")
    p.add_argument("--scanned", action="store_true",
                   help="add: a paper result scanned at the counter (a copy digitised from the "
                   "paper original, signed by the clerk)")
    p.add_argument("--type", help="add: the result's document type (e.g. quyet_dinh), when "
                   "the reading gets it wrong")
    p.add_argument("--number", help="add: số/ký hiệu, e.g. 125/QĐ-UBND")
    p.add_argument("--date", type=parse_date, help="add: ngày ban hành (YYYY-MM-DD)")
    p.add_argument("--issuer", help="add: cơ quan ban hành")
    p.add_argument("--token", help="add: the label of the officer's PKCS#11 token (PIN in "
                   "$SOHOA_TOKEN_PIN)")
    p.add_argument("--key-label", help="add: the key's label on the token")
    p.add_argument("--organisation-token", help="add: the label of the organisation's HSM or "
                   "token (PIN in $SOHOA_HSM_PIN)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_result)
