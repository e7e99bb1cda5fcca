"""``sohoa review list|confirm|correct|split|merge|history``: the review desk at the shell."""

from __future__ import annotations

import argparse
from typing import Any

from cli.common import actor_of, service_of
from cli.render import dump
from service.records import document_named
from sohoa.errors import UsageError

__all__ = ["register"]


def _list(args: argparse.Namespace) -> int:
    service = service_of(args)
    q = service.review.queue(actor_of(service, args), args.agency, args.limit, args.days)
    if args.json:
        dump(q)
        return 0
    docs = q["documents"]
    print(f"{len(docs)} documents to review (dossiers of the last {q['days']} days"
          + (f", agency {q['agency']})" if q["agency"] else ")"))
    for d in docs:
        confidence = f"{(d['confidence'] or 0) * 100:.0f}%"
        print(f"  {d['receipt_code']}/{d['document_id']}  {d['label']} ({d['doc_type']}), "
              f"{d['pages']} pages, confidence {confidence}")
    return 0


def _fields(values: list[str] | None) -> dict[str, str | None] | None:
    if not values:
        return None
    out: dict[str, str | None] = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"'{item}': give a field as NAME=VALUE (NAME= removes it), e.g. "
                             "so_ky_hieu=12/QĐ-UBND")
        out[name.strip()] = value
    return out


def _act(args: argparse.Namespace) -> int:
    code, doc = document_named(args.record)
    service = service_of(args)
    actor = actor_of(service, args)
    r = service.review
    if args.command_name == "confirm":
        done = r.confirm(actor, code, doc, args.why, base=args.revision)
    elif args.command_name == "correct":
        done = r.correct(actor, code, doc, doc_type=args.type, fields=_fields(args.field),
                         procedure=args.procedure, why=args.why, base=args.revision)
    elif args.command_name == "split":
        done = r.split(actor, code, doc, at_page=args.at_page, why=args.why,
                       doc_type=args.type, base=args.revision)
    else:
        done = r.merge(actor, code, doc, why=args.why, into=args.into, base=args.revision)
    if args.json:
        dump(done)
        return 0
    rev = done["revision"]
    print(f"{rev['receipt_code']}/{rev['document_id']}: {done['message']}")
    _print_changes(rev)
    if done["created"]:
        c = done["created"]
        print(f"  new document {c['receipt_code']}/{c['document_id']}: {c['label']}, "
              f"{c['pages_note']}")
    if not done["indexed"]:
        print("  search index not updated yet: run `sohoa reconcile`")
    return 0


def _print_changes(rev: dict[str, Any]) -> None:
    for c in rev["changes"]:
        print(f"  {c['name']}: {c['before'] or '—'} → {c['after'] or '—'}")
    if rev["retention"]:
        t = rev["retention"]
        print(f"  retention: {t['label']}, {t['retain_until'] or 'permanent'}")


def _history(args: argparse.Namespace) -> int:
    code, doc = document_named(args.record)
    service = service_of(args)
    revisions = service.review.history(actor_of(service, args), code, doc)
    if args.json:
        dump(revisions)
        return 0
    if not revisions:
        print(f"{code}/{doc}: no revision")
    for rev in revisions:
        print(f"{rev['number']}. {rev['at']}  {rev['action']} by {rev['who']}"
              f"{' (' + rev['role'] + ')' if rev['role'] else ''}: {rev['why']}")
        _print_changes(rev)
        if rev["retention_note"]:
            print(f"  {rev['retention_note']}")
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``review`` and its sub-commands."""
    p = sub.add_parser("review",
                       help="the review desk: documents read with doubt, confirmed or "
                       "corrected as revisions (never rewritten)")
    rsub = p.add_subparsers(dest="review_command", required=True)

    q = rsub.add_parser("list", parents=[common], help="the documents to review")
    q.add_argument("--agency", help="one agency (a clerk or officer sees only their own)")
    q.add_argument("--days", type=int, default=30, help="dossiers received in the last N days")
    q.add_argument("--limit", type=int, default=50)
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=_list)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        a = rsub.add_parser(name, parents=[common], help=help_text)
        a.add_argument("record", help="RECEIPT_CODE/DOCUMENT_ID")
        a.add_argument("--why", required=True, help="the reason, kept with the revision")
        a.add_argument("--revision", type=int,
                       help="the number of revisions you saw: refused if it changed since")
        a.add_argument("--json", action="store_true")
        a.set_defaults(func=_act, command_name=name)
        return a

    action("confirm", "the type and fields read are right")
    a = action("correct", "give another type, fields or procedure (retention follows)")
    a.add_argument("--type", help="the document type, e.g. quyet_dinh")
    a.add_argument("--field", action="append",
                   help="NAME=VALUE (NAME= removes it); repeatable, e.g. so_ky_hieu=12/QĐ-UBND")
    a.add_argument("--procedure", help="the procedure, as it counts for retention")
    a = action("split", "pages from --at-page on become a new document")
    a.add_argument("--at-page", type=int, required=True, help="first page of the new document")
    a.add_argument("--type", help="the new document's type (default: the same)")
    a = action("merge", "add the document's pages at the end of the one before it")
    a.add_argument("--into", help="the document to add them to (default: the one before)")

    h = rsub.add_parser("history", parents=[common], help="what people did to a document")
    h.add_argument("record", help="RECEIPT_CODE/DOCUMENT_ID")
    h.add_argument("--json", action="store_true")
    h.set_defaults(func=_history)
