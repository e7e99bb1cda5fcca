"""``sohoa status``, ``search``, ``get``, ``print`` and ``verify``: reading the archive."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cli.common import actor_of, parse_date, service_of
from cli.render import dump, fields, print_verification
from search_api import SearchQuery
from service import NotFoundError
from service.records import document_named
from service.verification import noon

__all__ = ["register"]


def _status(args: argparse.Namespace) -> int:
    service = service_of(args)
    try:
        d = service.records.dossier(actor_of(service, args), args.receipt_code)
    except NotFoundError as exc:
        if args.json:
            dump({"receipt_code": args.receipt_code, "documents": [], "destroyed": []})
        print(f"error: {exc.message}  [{exc.code}]", file=sys.stderr)
        return 1
    docs, gone = d["documents"], d["destroyed"]
    if args.json:
        dump({"receipt_code": args.receipt_code, "life": d["life"], "documents": [
            {k: m[k] for k in ("document_id", "doc_type", "pages", "signed_at", "retain_until",
                               "indexed")} for m in docs],
            "destroyed": [{k: t[k] for k in ("document_id", "doc_type", "batch_id",
                                             "destroyed_at", "approved_by")} for t in gone]})
        return 0 if docs or gone else 1
    print(f"hồ sơ {args.receipt_code}: {len(docs)} documents archived"
          + (f", {len(gone)} destroyed" if gone else ""))
    for step in d["life"]:
        note = step["detail"].get("note")
        print(f"  {step['at']}  {step['label']} ({step['step']}) — {step['who']}"
              + (f": {note}" if note else ""))
    for m in docs:
        until = m["retain_until"] or "permanent"
        state = "searchable" if m["indexed"] else "NOT YET SEARCHABLE"
        result = f"kết quả (result), {m['result_form']}: " if m.get("kind") == "result" else ""
        print(f"  {result}{m['label']} ({m['pages']} pages): signed {m['signed_at']}, "
              f"kept until {until}, {state}")
    for t in gone:
        print(f"  {t['label'] or t['doc_type']}: DESTROYED {t['destroyed_at']} in batch "
              f"{t['batch_id']} (approved by {t['approved_by']}); tombstone kept")
    return 0


def _step(args: argparse.Namespace) -> int:
    service = service_of(args)
    step = service.records.step(actor_of(service, args), args.receipt_code, args.step,
                                args.note or "")
    if args.json:
        dump(step)
    else:
        print(f"hồ sơ {args.receipt_code}: {step['label']} ({step['step']}) {step['at']} — "
              f"{step['who']}")
    return 0


def _search(args: argparse.Namespace) -> int:
    service = service_of(args)
    query = SearchQuery(args.query, args.type, args.date_from, args.date_to, args.limit)
    hits = service.records.search(actor_of(service, args), query).hits
    if args.json:
        dump([fields(h) for h in hits])
        return 0
    if not hits:
        print(f"no record matches {args.query!r}")
        return 0
    for n, h in enumerate(hits, start=1):
        print(f"{n}. {h.doc_label} — hồ sơ {h.receipt_code} — {h.date or ''}  (score {h.score})")
        print(f"   {h.snippet}")
        print(f"   {h.location}")
    return 0


def _get(args: argparse.Namespace) -> int:
    code, document_id = document_named(args.record)
    service = service_of(args)
    files = service.records.download(actor_of(service, args), code, document_id,
                                     whole_package=args.all)
    out = Path(args.out or ".")
    stem = f"{code}-{document_id}"
    for name, data in files.items():
        target = out / stem / name if args.all else out / f"{stem}.pdf"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        print(f"{target}")
    return 0


def _print(args: argparse.Namespace) -> int:
    service = service_of(args)
    data = service.records.printed_copy(actor_of(service, args), args.receipt_code,
                                        args.document_id)
    out = Path(args.out or f"{args.receipt_code}-{args.document_id}-ban-in.pdf")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    print(f"{out}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    service = service_of(args)
    actor = actor_of(service, args)
    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        stored = service.verification.archived(actor, args.file)
        if stored is None:
            print(f"{path}: cannot be read ({exc.strerror}), and it is not a key of the "
                  "archive", file=sys.stderr)
            return 2
        data = stored
    report = service.verification.verify(
        actor, data, str(path), trust=[Path(r) for r in args.trust or []] or None,
        at=noon(args.at) if args.at else None)
    if args.json:
        dump(report)
    else:
        print_verification(str(path), report)
    return 0 if report["valid"] else 1


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``status``, ``step``, ``search``, ``get``, ``print`` and ``verify``."""
    p = sub.add_parser("status", parents=[common], help="where a dossier is")
    p.add_argument("receipt_code")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_status)

    p = sub.add_parser("step", parents=[common],
                       help="record a step of a dossier's life: sent (to the department), "
                       "result_issued, returned (to the citizen), closed")
    p.add_argument("receipt_code")
    p.add_argument("step", help="sent, result_issued, returned or closed (in this order)")
    p.add_argument("--note", help="what to keep with the step (e.g. the result's number)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_step)

    p = sub.add_parser("search", parents=[common], help="full-text search, diacritics optional")
    p.add_argument("query")
    p.add_argument("--type", help="document type, e.g. giay_khai_sinh")
    p.add_argument("--from", dest="date_from", type=parse_date, help="from date YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=parse_date, help="to date YYYY-MM-DD")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_search)

    p = sub.add_parser("verify", parents=[common], help="verify the signature of a PDF")
    p.add_argument("file")
    p.add_argument("--trust", action="append", help="trusted CA certificate (PEM); repeatable")
    p.add_argument("--at", type=parse_date,
                   help="check as of this date (e.g. years later, offline from the document's "
                   "long-term data)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_verify)

    p = sub.add_parser("get", parents=[common],
                       help="download a document's signed PDF (or its whole package), each "
                       "file checked against its manifest's sha256")
    p.add_argument("record", help="RECEIPT_CODE/DOCUMENT_ID")
    p.add_argument("--out", help="folder to write into (default: here)")
    p.add_argument("--all", action="store_true",
                   help="the whole package: page images, ALTO, OCR, manifest, signed PDF")
    p.set_defaults(func=_get)

    p = sub.add_parser("print", parents=[common],
                       help="a print-ready copy of a document, a QR code on each page that "
                       "opens the public verification page (/xac-minh)")
    p.add_argument("receipt_code")
    p.add_argument("document_id")
    p.add_argument("--out", help="file to write (default: CODE-DOCUMENT_ID-ban-in.pdf here)")
    p.set_defaults(func=_print)
