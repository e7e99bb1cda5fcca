"""The ``sohoa`` command line."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from archive import FolderStore, check_fixity
from pipeline.reports import RunReport
from pipeline.settings import Settings
from search_api import SearchQuery, SqliteIndex
from sohoa.errors import SohoaError

__all__ = ["main"]


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, Any] = {}
    if getattr(args, "data", None):
        overrides["data"] = Path(args.data)
    if getattr(args, "workers", None) is not None:
        overrides["workers"] = args.workers
    settings = Settings(**overrides)
    if getattr(args, "clerk", None):
        settings.signing.clerk = args.clerk
    return settings


def _dump(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _print_run(run: RunReport) -> None:
    for inp in run.inputs:
        if inp.error:
            print(f"✗ {inp.path}: {inp.error}  [{inp.error_code}]")
            continue
        print(f"{'✓' if inp.ok else '✗'} {inp.path} ({inp.kind}, {inp.pages} pages, "
              f"{len(inp.dossiers)} dossier{'s' if len(inp.dossiers) != 1 else ''})")
        for d in inp.dossiers:
            src = "" if d.code_source == "qr" else "  (no receipt code found; code generated)"
            n_pages = sum(len(doc.pages) for doc in d.documents) + len(d.rejected)
            print(f"  hồ sơ {d.receipt_code}: {n_pages} pages, {len(d.documents)} documents, "
                  f"{len(d.rejected)} rejected{src}")
            if d.procedure:
                print(f"    thủ tục: {d.procedure}")
            for doc in d.documents:
                pages = ", ".join(str(p.page) for p in doc.pages)
                flags = []
                if doc.already_archived:
                    flags.append("already archived")
                if doc.needs_review:
                    flags.append("needs review")
                flag = f"  [{'; '.join(flags)}]" if flags else ""
                print(f"    {doc.label} ({doc.doc_type}), page {pages}{flag}")
                print(f"      -> {doc.signed_pdf}")
            for r in d.rejected:
                print(f"    rejected: {Path(r.file).name} page {r.page}: {r.reason}  [{r.code}]")
            if d.error:
                print(f"    FAILED: {d.error}  [{d.error_code}]")
    docs = sum(len(d.documents) for i in run.inputs for d in i.dossiers)
    rejected = sum(len(d.rejected) for i in run.inputs for d in i.dossiers)
    failed = sum(1 for i in run.inputs if not i.ok)
    print(f"\n{len(run.inputs)} inputs, {docs} documents archived, {rejected} pages rejected, "
          f"{failed} inputs failed")


def _cmd_process(args: argparse.Namespace) -> int:
    from pipeline.runner import build_deps, process_paths

    settings = _settings(args)
    deps = build_deps(settings)
    progress = (lambda m: None) if args.json else (lambda m: print(m, file=sys.stderr))
    run = process_paths([Path(p) for p in args.paths], deps, clerk=args.clerk, progress=progress)
    if args.json:
        _dump(run.to_json())
    else:
        _print_run(run)
        print(f"data folder: {settings.data.resolve()}")
    return 0 if run.ok else 1


def _parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value}") from exc


def _cmd_search(args: argparse.Namespace) -> int:
    settings = _settings(args)
    index = SqliteIndex(settings.index_path)
    hits = index.search(SearchQuery(args.query, args.type, args.date_from, args.date_to,
                                    args.limit))
    if args.json:
        _dump([_hit(h) for h in hits])
        return 0
    if not hits:
        print(f"no record matches {args.query!r}")
        return 0
    for n, h in enumerate(hits, start=1):
        print(f"{n}. {h.doc_label} — hồ sơ {h.receipt_code} — {h.date or ''}  (score {h.score})")
        print(f"   {h.snippet}")
        print(f"   {h.location}")
    return 0


def _hit(h: Any) -> dict[str, Any]:
    return {k: getattr(h, k) for k in h.__slots__}


def _cmd_verify(args: argparse.Namespace) -> int:
    from signing import DevPki, verify_pdf

    settings = _settings(args)
    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        print(f"{path}: cannot be read ({exc.strerror})", file=sys.stderr)
        return 2
    roots = [Path(r) for r in args.trust] if args.trust else [
        DevPki.ensure(settings.pki_dir, settings.signing.organisation).ca_cert_path
    ]
    report = verify_pdf(data, trust_roots=roots)
    if args.json:
        _dump({"file": str(path), "valid": report.valid, "bottom_line": report.bottom_line,
               "signed": report.signed, "intact": report.intact, "trusted": report.trusted,
               "covers_whole_file": report.covers_whole_file, "signer": report.signer,
               "signing_time": report.signing_time, "problems": list(report.problems)})
    else:
        print(f"{path}: {report.bottom_line}")
        if report.signer:
            print(f"  signer: {report.signer}")
        if report.signing_time:
            print(f"  signed at: {report.signing_time.isoformat()}")
        print(f"  intact: {'yes' if report.intact else 'NO'}; trusted: "
              f"{'yes' if report.trusted else 'NO'}; covers the whole file: "
              f"{'yes' if report.covers_whole_file else 'NO'}")
        for problem in report.problems:
            print(f"  problem: {problem}")
    return 0 if report.valid else 1


def _cmd_fixity(args: argparse.Namespace) -> int:
    settings = _settings(args)
    report = check_fixity(FolderStore(settings.store_dir))
    if args.json:
        _dump({"ok": report.ok, "checked_objects": report.checked_objects,
               "checked_documents": report.checked_documents,
               "problems": [_hit(p) for p in report.problems]})
    else:
        for p in report.problems:
            where = f"hồ sơ {p.receipt_code}, document {p.document_id}: " if p.document_id else ""
            print(f"{p.problem.upper()}: {where}{p.key}")
        status = "OK" if report.ok else f"{len(report.problems)} problems"
        print(f"fixity {status}: {report.checked_objects} objects in "
              f"{report.checked_documents} documents checked")
    return 0 if report.ok else 1


def _cmd_reindex(args: argparse.Namespace) -> int:
    from pipeline.runner import build_deps, reindex

    count = reindex(build_deps(_settings(args)))
    print(f"reindexed {count} documents")
    return 0


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data", default=os.environ.get("SOHOA_DATA"),
                        help="data folder (default: $SOHOA_DATA or ./data)")
    parser = argparse.ArgumentParser(
        prog="sohoa", parents=[common],
        description="Digitise, sign, archive and search paper dossiers.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("process", parents=[common],
                       help="process scans (files or folders) end to end")
    p.add_argument("paths", nargs="+", help="PDF, TIFF, JPEG or PNG files, or folders")
    p.add_argument("--clerk", help="name of the person digitising (signs every document)")
    p.add_argument("--workers", type=int, help="page worker processes (default: one per core)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=_cmd_process)

    p = sub.add_parser("search", parents=[common], help="full-text search, diacritics optional")
    p.add_argument("query")
    p.add_argument("--type", help="document type, e.g. giay_khai_sinh")
    p.add_argument("--from", dest="date_from", type=_parse_date, help="from date YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=_parse_date, help="to date YYYY-MM-DD")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_search)

    p = sub.add_parser("verify", parents=[common], help="verify the signature of a PDF")
    p.add_argument("file")
    p.add_argument("--trust", action="append", help="trusted CA certificate (PEM); repeatable")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_verify)

    p = sub.add_parser("fixity", parents=[common],
                       help="recheck the sha256 of every archived file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_fixity)

    p = sub.add_parser("reindex", parents=[common],
                       help="rebuild the search index from the archive")
    p.set_defaults(func=_cmd_reindex)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the ``sohoa`` command."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # pyHanko logs an untrusted chain as a warning with a traceback; the report says it plainly.
    logging.getLogger("pyhanko").setLevel(logging.ERROR)
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.ERROR)
    args = _parser().parse_args(argv)
    try:
        return int(args.func(args))
    except SohoaError as exc:
        print(f"error: {exc.message}  [{exc.code}]", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
