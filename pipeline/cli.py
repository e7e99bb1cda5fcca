"""The ``sohoa`` command line."""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import logging
import os
import sys
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from archive.audit import AuditLog
from pipeline.reports import RunReport
from pipeline.settings import Settings
from pipeline.stages import build_index, build_store
from search_api import SearchQuery
from sohoa.clock import VN_TZ
from sohoa.errors import SohoaError, UsageError
from sohoa.people import ROLES

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
        for r in inp.unassigned:
            print(f"  unassigned: {Path(r.file).name} page {r.page}: {r.reason}")
        for d in inp.dossiers:
            src = {"qr": "", "resubmitted": "  (pages added to this dossier)"}.get(
                d.code_source, "  (no receipt code found; code generated)")
            n_pages = sum(len(doc.pages) for doc in d.documents) + len(d.rejected)
            skipped = f", {len(d.skipped)} blank or separator" if d.skipped else ""
            print(f"  hồ sơ {d.receipt_code}: {n_pages} pages, {len(d.documents)} documents, "
                  f"{len(d.rejected)} rejected{skipped}{src}")
            if d.procedure:
                print(f"    thủ tục: {d.procedure}")
            for doc in d.documents:
                pages = ", ".join(str(p.page) for p in doc.pages)
                flags = []
                if doc.already_archived:
                    flags.append("already archived")
                if doc.needs_review:
                    flags.append("needs review")
                if not doc.indexed:
                    flags.append("not searchable yet: run sohoa reconcile")
                flag = f"  [{'; '.join(flags)}]" if flags else ""
                print(f"    {doc.label} ({doc.doc_type}), page {pages}{flag}")
                if doc.review_pages:
                    low = ", ".join(str(r.page) for r in doc.review_pages)
                    print(f"      check: OCR was unsure on page {low}; compare the text with "
                          "the scan, rescan if it is hard to read")
                print(f"      -> {doc.signed_pdf}")
            for r in d.rejected:
                print(f"    rejected: {Path(r.file).name} page {r.page}: {r.reason}  [{r.code}]")
                if r.thumbnail:
                    print(f"      thumbnail: {r.thumbnail}")
            for w in d.warnings:
                print(f"    check: {w}")
            if d.error:
                print(f"    FAILED: {d.error}  [{d.error_code}]")
    docs = sum(len(d.documents) for i in run.inputs for d in i.dossiers)
    rejected = sum(len(d.rejected) for i in run.inputs for d in i.dossiers) + sum(
        len(i.unassigned) for i in run.inputs)
    failed = sum(1 for i in run.inputs if not i.ok)
    print(f"\n{len(run.inputs)} inputs, {docs} documents archived, {rejected} pages rejected, "
          f"{failed} inputs failed")


def _cmd_process(args: argparse.Namespace) -> int:
    from pipeline.runner import build_deps, process_paths

    settings = _settings(args)
    deps = build_deps(settings)
    if args.queue:
        return _queue(args, deps)
    progress = (lambda m: None) if args.json else (lambda m: print(m, file=sys.stderr))
    run = process_paths([Path(p) for p in args.paths], deps, clerk=args.clerk, progress=progress,
                        into=args.into, closed=args.closed)
    if args.json:
        _dump(run.to_json())
    else:
        _print_run(run)
        print(f"data folder: {settings.data.resolve()}")
    return 0 if run.ok else 1


def _queue(args: argparse.Namespace, deps: Any) -> int:
    """Keep each input in the store, queue it, and optionally wait for the outcomes."""
    import time

    from ingest import expand_inputs
    from pipeline.intake import batch_done, read_outcome, record_batch
    from pipeline.tasks import submit
    from sohoa.clock import now_vn
    from sohoa.text import nfc

    clerk = nfc(args.clerk or deps.settings.signing.clerk)
    batches = []
    for path in expand_inputs([Path(p) for p in args.paths]):
        batch = record_batch(deps.store, path, now_vn(), clerk, args.into, args.closed)
        task_id = submit(batch.batch_id)
        batches.append(batch.batch_id)
        if not args.json:
            print(f"queued {path} as batch {batch.batch_id[:12]} (task {task_id})")
    if not args.wait:
        if args.json:
            _dump({"queued": batches})
        return 0
    deadline = time.monotonic() + args.wait
    while time.monotonic() < deadline and not all(batch_done(deps.store, b) for b in batches):
        time.sleep(1)
    outcomes = [read_outcome(deps.store, b) or
                {"sha256": b, "error": "not finished yet", "error_code": "pending"}
                for b in batches]
    ok = all(o.get("error") is None and all(d.get("error") is None for d in o.get("dossiers", []))
             for o in outcomes)
    if args.json:
        _dump({"ok": ok, "inputs": outcomes})
    else:
        for o in outcomes:
            docs = sum(len(d["documents"]) for d in o.get("dossiers", []))
            print(f"{o.get('path', o['sha256'])}: {o.get('error') or f'{docs} documents archived'}")
    return 0 if ok else 1


def _cmd_worker(args: argparse.Namespace) -> int:
    from pipeline.celery_app import configure

    settings = _settings(args)
    app = configure(settings)
    argv = ["worker", "--loglevel", args.loglevel, "--pool", "prefork", "--queues", settings.queue,
            "--concurrency", str(args.concurrency or settings.worker_count)]
    if args.hostname:
        argv += ["--hostname", args.hostname]
    if args.beat:  # this worker also sends the scheduled tasks (run it on one worker only)
        settings.data.mkdir(parents=True, exist_ok=True)
        argv += ["--beat", "--schedule", str(settings.data / "celerybeat-schedule")]
    app.worker_main(argv)
    return 0


def _cmd_reconcile(args: argparse.Namespace) -> int:
    from pipeline.reconcile import reconcile
    from pipeline.stages import build_deps

    deps = build_deps(_settings(args))
    if args.queue:
        from pipeline.celery_app import configure
        from pipeline.tasks import index_document, ingest

        configure(deps.settings)
        report = reconcile(deps, requeue_batch=lambda b: ingest.delay(b),
                           requeue_index=lambda k: index_document.delay(k))
    else:
        report = reconcile(deps)
    verb = "queued" if args.queue else "finished"
    if args.json:
        _dump({"complete": report.complete, "batches_pending": report.batches_pending,
               "documents_archived": report.documents_archived,
               "documents_unindexed": report.documents_unindexed,
               "links_written": report.links_written, "action": verb})
    else:
        if report.links_written:
            print(f"{report.links_written} lookup pointers written for records kept before "
                  "pointers were")
        print(f"{len(report.batches_pending)} batches received but not finished: {verb}")
        print(f"{report.documents_archived} documents archived, "
              f"{len(report.documents_unindexed)} were not searchable: {verb}")
    return 0


def _cmd_status(args: argparse.Namespace) -> int:
    from pipeline.records import dossier_state

    settings = _settings(args)
    state = dossier_state(build_store(settings), build_index(settings), args.receipt_code)
    indexed, gone = state.indexed, state.destroyed
    docs = [m for _, m in state.documents]
    AuditLog(settings.audit_path).append("viewed", f"aip/{args.receipt_code}/", {
        "documents": len(docs), "destroyed": len(gone)})
    if args.json:
        _dump({"receipt_code": args.receipt_code, "documents": [
            {"document_id": m["document_id"], "doc_type": m["classification"]["doc_type"],
             "pages": len(m["pages"]), "signed_at": m["signature"]["signed_at"],
             "retain_until": m["retention"]["retain_until"],
             "indexed": m["document_id"] in indexed} for m in docs],
            "destroyed": [{k: t[k] for k in ("document_id", "doc_type", "batch_id",
                                             "destroyed_at", "approved_by")} for t in gone]})
        return 0 if docs or gone else 1
    if not docs and not gone:
        print(f"hồ sơ {args.receipt_code}: nothing archived under this receipt code (yet); "
              "run `sohoa reconcile` to finish received batches")
        return 1
    print(f"hồ sơ {args.receipt_code}: {len(docs)} documents archived"
          + (f", {len(gone)} destroyed" if gone else ""))
    for m in docs:
        c = m["classification"]
        until = m["retention"]["retain_until"] or "permanent"
        state = "searchable" if m["document_id"] in indexed else "NOT YET SEARCHABLE"
        print(f"  {c['label']} ({len(m['pages'])} pages): signed {m['signature']['signed_at']}, "
              f"kept until {until}, {state}")
    for t in gone:
        print(f"  {t['label'] or t['doc_type']}: DESTROYED {t['destroyed_at']} in batch "
              f"{t['batch_id']} (approved by {t['approved_by']}); tombstone kept")
    return 0


def _cmd_watch(args: argparse.Namespace) -> int:
    from pipeline.stages import build_deps
    from pipeline.watch import HotFolder

    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"{folder}: not a folder", file=sys.stderr)
        return 2
    hot = HotFolder(build_deps(_settings(args)), folder, clerk=args.clerk, settle_s=args.settle)

    def show(path: Path, report: Any) -> None:
        state = "done" if report.ok else f"failed: {report.error or 'see the result file'}"
        print(f"{path.name}: {state}", flush=True)

    print(f"watching {folder.resolve()} (Ctrl-C to stop)", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        hot.run(interval_s=args.interval, max_cycles=args.cycles, on_report=show)
    return 0


def _parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value}") from exc


def _cmd_search(args: argparse.Namespace) -> int:
    settings = _settings(args)
    index = build_index(settings)
    hits = index.search(SearchQuery(args.query, args.type, args.date_from, args.date_to,
                                    args.limit))
    AuditLog(settings.audit_path).append("searched", "", {
        "query": args.query, "type": args.type or "", "results": [h.document_id for h in hits]})
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
        data = _from_store(settings, args.file)
        if data is None:
            print(f"{path}: cannot be read ({exc.strerror}), and it is not a key of the "
                  "archive", file=sys.stderr)
            return 2
    crls = []
    if args.trust:
        roots = [Path(r) for r in args.trust]
    else:  # this installation's CA, and its current revocation list
        from signing.ltv import current_crl

        pki = DevPki.ensure(settings.pki_dir, settings.signing.organisation)
        roots, crls = [pki.ca_cert_path], [current_crl(pki)]
    at = datetime.combine(args.at, time(12), tzinfo=VN_TZ) if args.at else None
    report = verify_pdf(data, trust_roots=roots, crls=crls, at=at)
    AuditLog(settings.audit_path).append("verified", str(path), {
        "sha256": hashlib.sha256(data).hexdigest(), "valid": report.valid})
    if args.json:
        _dump({"file": str(path), "valid": report.valid, "bottom_line": report.bottom_line,
               "signed": report.signed, "intact": report.intact, "trusted": report.trusted,
               "covers_whole_file": report.covers_whole_file, "signer": report.signer,
               "signing_time": report.signing_time, "problems": list(report.problems),
               "signatures": [_hit(s) for s in report.signatures]})
    else:
        print(f"{path}: {report.bottom_line}")
        if report.signer:
            print(f"  signer: {report.signer}")
        if report.signing_time:
            print(f"  signed at: {report.signing_time.isoformat()}")
        print(f"  intact: {'yes' if report.intact else 'NO'}; trusted: "
              f"{'yes' if report.trusted else 'NO'}; covers the whole file: "
              f"{'yes' if report.covers_whole_file else 'NO'}")
        for n, s in enumerate(report.signatures, start=1):
            if s.kind == "timestamp":
                when = s.signing_time.isoformat() if s.signing_time else "?"
                print(f"  {n}. document time stamp at {when}")
                continue
            stamped = f", time-stamped {s.timestamp.isoformat()}" if s.timestamp else ""
            lta = "; trusted from the document's long-term data" if s.long_term else ""
            print(f"  {n}. {s.signer or '?'}: PAdES {s.level}{stamped}; revocation: "
                  f"{s.revocation}{lta}")
            if s.chain:
                print(f"     chain: {' → '.join(s.chain)}")
            print(f"     added after it: {s.changed_after}")
        for problem in report.problems:
            print(f"  problem: {problem}")
    return 0 if report.valid else 1


def _from_store(settings: Settings, key: str) -> bytes | None:
    """The bytes of an archived object named by its key (e.g. disposal/<batch>/certificate.pdf),
    or None if it is not one."""
    from archive import ArchiveError

    try:
        return build_store(settings).get(key)
    except ArchiveError:
        return None


def _cmd_get(args: argparse.Namespace) -> int:
    from archive.hold import record_prefix

    settings = _settings(args)
    store = build_store(settings)
    prefix = record_prefix(args.record)
    if prefix.count("/") != 3:
        print("error: name one document as RECEIPT_CODE/DOCUMENT_ID (`sohoa status CODE` "
              "lists them)", file=sys.stderr)
        return 2
    keys = list(store.list(prefix)) if args.all else [prefix + "document.pdf"]
    out = Path(args.out or ".")
    written = {}
    for key in keys:
        data = store.get(key)
        name = key[len(prefix):] if args.all else f"{prefix[4:-1].replace('/', '-')}.pdf"
        target = out / prefix[4:-1].replace("/", "-") / name if args.all else out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written[key] = hashlib.sha256(data).hexdigest()
        print(f"{target}")
    AuditLog(settings.audit_path).append("downloaded", prefix, {"files": written},
                                         who=args.by)
    return 0


def _cmd_sign(args: argparse.Namespace) -> int:
    """Sign a department's results (officer then organisation) or certified copies, in batch."""
    from pipeline.stages import build_deps

    deps = build_deps(_settings(args))
    s = deps.settings.signing
    Path(args.out).mkdir(parents=True, exist_ok=True)
    seal = Path(args.seal_image) if args.seal_image else s.seal_image
    if args.action == "result" and (not args.officer or not args.signature_image or not seal):
        print("error: a result needs --officer NAME, --signature-image PNG and the seal "
              "(--seal-image PNG or SOHOA_SIGNING__SEAL_IMAGE)", file=sys.stderr)
        return 2
    with contextlib.ExitStack() as opened:  # token sessions are closed whatever happens
        organisation = _opened(opened, _signer_of(deps, s.organisation, args.organisation_token,
                                                  s.organisation, "SOHOA_HSM_PIN"))
        officer = _opened(opened, _officer(args, deps)) if args.action == "result" else None
        return _sign_files(args, deps, officer, organisation, seal)


def _opened(stack: contextlib.ExitStack, signer: Any) -> Any:
    """Close ``signer`` (a token session) when ``stack`` closes; return it."""
    if hasattr(signer, "close"):
        stack.callback(signer.close)
    return signer


def _sign_files(args: argparse.Namespace, deps: Any, officer: Any, organisation: Any,
                seal: Path | None) -> int:
    from pipeline.stages import profile_of
    from signing.results import certify_copy, sign_result

    s = deps.settings.signing
    out = Path(args.out)
    failed = 0
    for name in args.files:
        path = Path(name)
        try:
            pdf = path.read_bytes()
            if args.action == "result":
                signed = sign_result(pdf, officer, organisation,
                                     signature_image=Path(args.signature_image),
                                     seal_image=Path(seal), seal_mm=s.seal_mm,
                                     profile=profile_of(deps))
            else:
                signed = certify_copy(pdf, organisation, organisation_name=s.organisation,
                                      form=args.form, profile=profile_of(deps))
        except OSError as exc:
            print(f"✗ {path}: cannot be read ({exc.strerror})")
            failed += 1
            continue
        except SohoaError as exc:
            print(f"✗ {path}: {exc.message}  [{exc.code}]")
            failed += 1
            continue
        target = out / f"{path.stem}.signed.pdf"
        target.write_bytes(signed)
        deps.audit.append("signed_result" if args.action == "result" else "certified_copy",
                          str(target), {"source": str(path), "officer": args.officer or "",
                                        "sha256": hashlib.sha256(signed).hexdigest(),
                                        "level": s.level}, who=args.officer or None)
        print(f"✓ {path} -> {target}")
    print(f"{len(args.files) - failed} signed, {failed} failed (PAdES {s.level})")
    return 1 if failed else 0


def _officer(args: argparse.Namespace, deps: Any) -> Any:
    """The officer's signer: the key on their token (``--token``), else the development key."""
    return _signer_of(deps, args.officer, args.token, args.key_label or args.officer,
                      "SOHOA_TOKEN_PIN")


def _signer_of(deps: Any, name: str, token: str | None, key_label: str, pin_env: str) -> Any:
    """The key on a PKCS#11 token (module from the settings, PIN from ``pin_env``), else the
    development key of ``name``."""
    if not token:
        return deps.pki.clerk_signer(name)
    from signing.pkcs11 import open_token_signer

    module = deps.settings.signing.pkcs11_module
    pin = os.environ.get(pin_env)
    if module is None or not pin:
        raise UsageError(f"signing with token {token!r} needs SOHOA_SIGNING__PKCS11_MODULE (its "
                         f"driver) and its PIN in {pin_env}")
    return open_token_signer(module, token, pin, key_label, name=name)


def _cmd_pki(args: argparse.Namespace) -> int:
    """The development PKI: serve its TSA over HTTP, revoke a certificate, write its CRL."""
    from signing import DevPki
    from signing.ltv import current_crl, revoke, revoked

    settings = _settings(args)
    pki = DevPki.ensure(settings.pki_dir, settings.signing.organisation)
    if args.action == "serve":
        from signing.tsa_server import TsaServer

        server = TsaServer(pki, "127.0.0.1", args.port)
        print(f"time-stamping authority at {server.url}, CRL at {server.url}sohoa-dev-ca.crl "
              "(Ctrl-C to stop)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
        return 0
    if args.action == "crl":
        data = current_crl(pki).dump()
        Path(args.out or "sohoa-dev-ca.crl").write_bytes(data)
        print(f"wrote {args.out or 'sohoa-dev-ca.crl'} ({len(revoked(pki))} revoked)")
        return 0
    if not args.name:
        print("error: give the NAME whose certificate is revoked", file=sys.stderr)
        return 2
    signer = pki.clerk_signer(args.name)
    revoke(pki, signer.certificate, reason=args.reason)
    AuditLog(settings.audit_path).append("certificate_revoked", f"pki/{args.name}", {
        "serial": f"{signer.certificate.serial_number:x}", "reason": args.reason},
        who=args.by)
    print(f"revoked the signing certificate of {args.name} "
          f"(serial {signer.certificate.serial_number:x}); its signatures from now on are "
          "invalid")
    return 0


def _cmd_fixity(args: argparse.Namespace) -> int:
    from archive.audit import actor
    from archive.fixity import fixity_runs
    from pipeline.records import fixity_now

    settings = _settings(args)
    store = build_store(settings)
    if args.history:
        runs = fixity_runs(store)
        if args.json:
            _dump(runs)
        for r in [] if args.json else runs:
            state = "OK" if r["ok"] else f"{sum(map(len, r['problems'].values()))} problems"
            print(f"{r['started_at']}  {state:12}  {r['checked_objects']} objects  by {r['by']}"
                  f"  ({r['key']})")
        return 0
    report, key = fixity_now(store, AuditLog(settings.audit_path), who=actor())
    if args.json:
        _dump({"ok": report.ok, "checked_objects": report.checked_objects,
               "checked_documents": report.checked_documents, "report": key,
               "problems": [_hit(p) for p in report.problems]})
    else:
        for p in report.problems:
            where = f"hồ sơ {p.receipt_code}, document {p.document_id}: " if p.document_id else ""
            print(f"{p.problem.upper()}: {where}{p.key}")
        status = "OK" if report.ok else f"{len(report.problems)} problems"
        print(f"fixity {status}: {report.checked_objects} objects in "
              f"{report.checked_documents} documents checked; report kept at {key}")
    return 0 if report.ok else 1


def _cmd_audit(args: argparse.Namespace) -> int:
    settings = _settings(args)
    log = AuditLog(settings.audit_path)
    store = build_store(settings)
    if args.action == "seal":
        key = log.seal(store)
        print(f"sealed into {store.locate(key)}" if key else "the audit trail is empty")
        return 0
    if args.action == "export":
        log.append("exported", str(log.path), {"to": args.out or "standard output"})
        csv_text = log.export_csv()
        if args.out:
            Path(args.out).write_text(csv_text, encoding="utf-8")
            print(f"wrote {args.out}")
        else:
            sys.stdout.write(csv_text)
        return 0
    check = log.verify(store)
    if args.json:
        _dump({"ok": check.ok, "entries": check.entries, "seals": check.seals,
               "head": check.head, "broken": None if check.broken is None else {
                   "line": check.broken.line, "seq": check.broken.seq,
                   "reason": check.broken.reason}})
    elif check.broken is None:
        print(f"audit trail intact: {check.entries} entries, {check.seals} seals agree, "
              f"head {check.head[:16]}")
    else:
        b = check.broken
        print(f"audit trail BROKEN at line {b.line} (entry {b.seq}) of {log.path}: {b.reason}")
    return 0 if check.ok else 1


def _cmd_hold(args: argparse.Namespace) -> int:
    from archive.hold import set_hold

    settings = _settings(args)
    if args.action == "list":
        from archive.hold import current_holds

        holds = current_holds(build_store(settings))
        if args.json:
            _dump(holds)
        for h in [] if args.json else holds:
            print(f"{h['record']}  held since {h['at']} by {h['by']}: {h['reason']}")
        if not args.json:
            print(f"{len(holds)} records under legal hold")
        return 0
    if not args.record or not args.reason:
        print("error: give the RECORD and --reason", file=sys.stderr)
        return 2
    hold = args.action == "set"
    count = set_hold(build_store(settings), AuditLog(settings.audit_path), args.record, hold,
                     reason=args.reason, who=args.by)
    print(f"legal hold {'set on' if hold else 'released from'} {args.record}: {count} objects")
    return 0


def _cmd_retention(args: argparse.Namespace) -> int:
    from archive.retention import retention_due

    settings = _settings(args)
    if args.action == "report":
        return _retention_report(args, settings)
    if args.action == "schedule":
        return _retention_schedule(args, settings)
    if args.before is None:
        print("error: give --before DATE", file=sys.stderr)
        return 2
    items = list(retention_due(build_store(settings), args.before))
    AuditLog(settings.audit_path).append("retention_listed", "", {
        "before": args.before.isoformat(), "due": len(items)})
    if args.json:
        _dump([{**_hit(i), "retain_until": i.retain_until.isoformat()} for i in items])
        return 0
    for i in items:
        state = "HELD, cannot be destroyed" if i.held else "may be destroyed"
        print(f"{i.retain_until.isoformat()}  hồ sơ {i.receipt_code}  {i.document_id}  "
              f"{i.doc_type} ({i.retention_class}; {i.legal_source}): {state}")
    free = sum(not i.held for i in items)
    print(f"{len(items)} documents end their retention before {args.before.isoformat()}: "
          f"{free} may be destroyed, {len(items) - free} held")
    return 0


def _who(args: argparse.Namespace) -> str:
    from archive.audit import actor

    return args.by or actor()


def _cmd_people(args: argparse.Namespace) -> int:
    from sohoa.people import People

    settings = _settings(args)
    people = People(settings.people_path)
    if args.action == "list":
        for name, roles in people.everyone():
            print(f"{name}: {', '.join(sorted(roles))}")
        return 0
    if not args.name or not args.role:
        print("error: give a NAME and at least one --role", file=sys.stderr)
        return 2
    grant = args.action == "grant"
    roles = people.change(args.name, args.role, grant=grant, by=_who(args))
    AuditLog(settings.audit_path).append("role_granted" if grant else "role_revoked",
                                         f"people/{args.name}", {"roles": sorted(args.role)},
                                         who=_who(args))
    print(f"{args.name}: {', '.join(sorted(roles)) or 'no role'}")
    return 0


def _cmd_users(args: argparse.Namespace) -> int:
    import secrets

    from sohoa.people import People

    settings = _settings(args)
    people = People(settings.people_path)
    if args.action == "list":
        for a in people.accounts():
            print(f"{a.username}: {a.name} — {', '.join(sorted(a.roles)) or 'no role'}"
                  + (f" — agency {a.agency}" if a.agency else ""))
        return 0
    if not args.username:
        print("error: give the USERNAME", file=sys.stderr)
        return 2
    if args.action == "key":
        key = people.new_api_key(args.username, by=_who(args))
        AuditLog(settings.audit_path).append("api_key_issued", f"users/{args.username}", {},
                                             who=_who(args))
        print(key)
        return 0
    if not args.name or not args.role:
        print("error: give --name and at least one --role", file=sys.stderr)
        return 2
    generated = None
    if args.password_stdin:
        password: str | None = sys.stdin.readline().rstrip("\n")
    elif os.environ.get("SOHOA_PASSWORD"):
        password = os.environ["SOHOA_PASSWORD"]
    elif people.account(args.username) is None:
        password = generated = secrets.token_urlsafe(12)
    else:
        password = None  # keep the password of an existing account
    account = people.add_account(args.name, args.username, args.role, agency=args.agency,
                                 password=password, by=_who(args))
    AuditLog(settings.audit_path).append("account_saved", f"users/{account.username}", {
        "name": account.name, "roles": sorted(account.roles), "agency": account.agency or "",
        "password_changed": password is not None}, who=_who(args))
    print(f"{account.username}: {account.name} — {', '.join(sorted(account.roles))}"
          + (f" — agency {account.agency}" if account.agency else ""))
    if generated:
        print(f"password (shown once): {generated}")
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from pipeline.digitisation import digitisation_report, report_csv
    from sohoa.clock import now_vn

    settings = _settings(args)
    today = now_vn().date()
    report = digitisation_report(
        build_store(settings), date_from=args.date_from or today.replace(day=1),
        date_to=args.date_to or today, within_hours=args.hours,
        agencies=tuple(args.agency or ()))
    if args.json:
        _dump(report.to_json())
    else:
        print(report_csv(report), end="")
        t = report.totals
        print(f"{t.received} dossiers received, {t.digitised} digitised, {t.digitised_within} "
              f"within {args.hours:g} h, {t.pending} not yet; {t.rejected_pages} pages rejected",
              file=sys.stderr)
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from pipeline.web import create_app

    settings = _settings(args)
    app = create_app(settings)
    print(f"sohoa: http://{args.host}:{args.port}/ (API: /openapi.json; data folder "
          f"{settings.data.resolve()})", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level,
                server_header=False, **settings.web.uvicorn_options())
    return 0


def _print_batch(batch: Any) -> None:
    p = batch.proposal
    print(f"batch {batch.batch_id}: {batch.state.upper()}")
    print(f"  proposed by {p['proposed_by']} at {p['proposed_at']}: {p['reason']}")
    if batch.approval:
        a = batch.approval
        note = f": {a['note']}" if a.get("note") else ""
        print(f"  {a['decision']} by {a['by']} ({a['role']}) at {a['at']}{note}")
    for item in batch.items:
        check = "" if item.get("period_verified") else \
            "  (period NOT verified against its legal source: check it before approving)"
        print(f"  {item['retain_until']}  {item['record']}  {item['label'] or item['doc_type']}"
              f"{check}")
    if batch.execution:
        e = batch.execution
        print(f"  executed by {e['executed_by']} at {e['started_at']}: {len(e['destroyed'])} "
              f"destroyed, {len(e['refused'])} not destroyed")
        for r in e["refused"]:
            print(f"    NOT DESTROYED {r['record']}: {r['reason']}")
        print(f"  certificate: {e['certificate']} (sha256 {e['certificate_sha256'][:16]}…); "
              f"check it with `sohoa verify {e['certificate']}`")


def _batch_json(batch: Any) -> dict[str, Any]:
    return {"batch_id": batch.batch_id, "state": batch.state, "proposal": batch.proposal,
            "approval": batch.approval, "execution": batch.execution}


def _cmd_disposal(args: argparse.Namespace) -> int:
    from archive import disposal
    from pipeline.records import execute_disposal, people_of
    from pipeline.stages import build_deps

    deps = build_deps(_settings(args))
    store, audit, people = deps.store, deps.audit, people_of(deps)
    if args.action == "list":
        batches = disposal.list_batches(store)
        if args.json:
            _dump([_batch_json(b) for b in batches])
        for b in [] if args.json else batches:
            print(f"{b.batch_id}  {b.state:9}  {len(b.items)} documents  proposed by "
                  f"{b.proposal['proposed_by']}")
        return 0
    if args.action == "propose":
        batch, refused = disposal.propose(
            store, audit, people, who=_who(args), reason=args.reason or "",
            records=args.target, before=args.before)
        if args.json:
            _dump({**_batch_json(batch), "refused": [_hit(r) for r in refused]})
            return 0
        _print_batch(batch)
        for r in refused:
            print(f"  REFUSED {r.record}: {r.reason}")
        print(f"next: a different person with the auditor or head role runs "
              f"`sohoa disposal approve {batch.batch_id}`")
        return 0
    if not args.target:
        print("error: give the batch id", file=sys.stderr)
        return 2
    batch_id = args.target[0]
    if args.action in ("approve", "reject"):
        batch = disposal.decide(store, audit, people, batch_id, who=_who(args),
                                approve=args.action == "approve", note=args.note or "")
    elif args.action == "execute":
        batch = execute_disposal(deps, batch_id, who=_who(args))
    else:
        batch = disposal.load_batch(store, batch_id)
        audit.append("viewed", f"disposal/{batch_id}/", {}, who=_who(args))
    if args.json:
        _dump(_batch_json(batch))
    else:
        _print_batch(batch)
    return 0


def _retention_schedule(args: argparse.Namespace, settings: Settings) -> int:
    from archive.retention import apply_schedule
    from pipeline.records import scheduled_retention

    if args.apply and not (args.reason or "").strip():
        print("error: a retention change is applied with its reason (--reason), e.g. the "
              "circular that changed the schedule", file=sys.stderr)
        return 2
    changes = apply_schedule(build_store(settings), AuditLog(settings.audit_path),
                             scheduled_retention(), apply=args.apply, who=_who(args),
                             reason=args.reason or "")
    if args.json:
        _dump([{**_hit(c), "current": c.current, "scheduled": c.scheduled} for c in changes])
        return 0
    for c in changes:
        if c.outcome == "unchanged":
            continue
        now = c.current.isoformat() if c.current else "permanent"
        new = c.scheduled.isoformat() if c.scheduled else "permanent"
        verb = {"extended": "EXTENDED" if args.apply else "would be extended",
                "shorter": "kept (the schedule is now shorter; retention is never shortened)",
                }[c.outcome]
        print(f"{c.record}  {c.retention_class}: {now} -> {new}  {verb}")
    counts = {o: sum(c.outcome == o for c in changes) for o in ("extended", "shorter",
                                                               "unchanged")}
    print(f"{len(changes)} documents: {counts['extended']} "
          f"{'extended' if args.apply else 'to extend (run with --apply --reason R)'}, "
          f"{counts['shorter']} kept longer than the schedule, {counts['unchanged']} unchanged")
    return 0


def _retention_report(args: argparse.Namespace, settings: Settings) -> int:
    from archive.report import retention_report
    from classify import load_rules
    from pipeline.records import signed_printout
    from pipeline.stages import build_deps
    from sohoa.clock import now_vn

    if args.date_from is None or args.date_to is None or args.date_from > args.date_to:
        print("error: give the period as --from DATE --to DATE", file=sys.stderr)
        return 2
    deps = build_deps(settings)
    labels = {c.id: (c.label, c.legal_source) for c in load_rules().retention.values()}
    report = retention_report(deps.store, args.date_from, args.date_to,
                              made_at=now_vn().isoformat(), labels=labels)
    out = Path(args.out or ".")
    out.mkdir(parents=True, exist_ok=True)
    stem = out / f"retention-report-{args.date_from}-{args.date_to}"
    csv_path, pdf_path = stem.with_suffix(".csv"), stem.with_suffix(".pdf")
    csv_path.write_text(report.to_csv(), encoding="utf-8")
    who = _who(args)
    pdf_path.write_bytes(signed_printout(deps, report.printout(settings.signing.organisation),
                                         signer=who, title="Người lập báo cáo",
                                         reason="Báo cáo kiểm tra thời hạn lưu trữ"))
    deps.audit.append("report_exported", "", {
        "report": "retention", "from": args.date_from.isoformat(),
        "to": args.date_to.isoformat(), "files": [str(csv_path), str(pdf_path)]}, who=who)
    if args.json:
        _dump({"csv": str(csv_path), "pdf": str(pdf_path),
               "lines": [_hit(line) for line in report.lines]})
        return 0
    print(f"{'class':14} {'kept':>5} {'in period':>9} {'permanent':>9} {'due':>5} {'held':>5} "
          f"{'disposed':>8} {'fixity':>6}")
    for line in report.lines:
        print(f"{line.retention_class:14} {line.kept:5} {line.archived_in_period:9} "
              f"{line.permanent:9} {line.due:5} {line.held:5} {line.disposed_in_period:8} "
              f"{line.fixity_problems:6}")
    last = report.last_fixity or "none in the period"
    print(f"fixity runs in the period: {report.fixity_runs}, last {last}")
    print(f"wrote {csv_path} and {pdf_path} (signed)")
    return 0


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
    p.add_argument("--into", metavar="RECEIPT_CODE",
                   help="add the pages to this archived dossier (rescans of rejected pages)")
    p.add_argument("--closed", type=_parse_date, metavar="DATE",
                   help="the dossiers were closed on this date (digitising the paper backlog): "
                   "retention counts from it, not from today")
    p.add_argument("--queue", action="store_true",
                   help="submit to the Celery workers (SOHOA_BROKER_URL) instead of running here")
    p.add_argument("--wait", type=float, default=0,
                   help="with --queue: wait up to this many seconds for the outcomes")
    p.set_defaults(func=_cmd_process)

    p = sub.add_parser("watch", parents=[common],
                       help="process every scan dropped into a folder, once")
    p.add_argument("folder")
    p.add_argument("--clerk", help="name of the person digitising (signs every document)")
    p.add_argument("--interval", type=float, default=2.0, help="seconds between looks")
    p.add_argument("--settle", type=float, default=2.0,
                   help="seconds a file must stay unchanged before it is taken")
    p.add_argument("--cycles", type=int, help="stop after this many looks (default: never)")
    p.set_defaults(func=_cmd_watch)

    p = sub.add_parser("worker", parents=[common], help="run a Celery worker")
    p.add_argument("--concurrency", type=int, help="worker processes (default: one per core)")
    p.add_argument("--hostname", help="worker name, e.g. ocr1@%%h")
    p.add_argument("--loglevel", default="info")
    p.add_argument("--beat", action="store_true",
                   help="also send the scheduled tasks (fixity every SOHOA_FIXITY_INTERVAL_S); "
                   "on one worker only")
    p.set_defaults(func=_cmd_worker)

    p = sub.add_parser("reconcile", parents=[common],
                       help="finish what was received but not archived or not indexed")
    p.add_argument("--queue", action="store_true", help="queue the work for the workers")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_reconcile)

    p = sub.add_parser("status", parents=[common], help="where a dossier is")
    p.add_argument("receipt_code")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_status)

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
    p.add_argument("--at", type=_parse_date,
                   help="check as of this date (e.g. years later, offline from the document's "
                   "long-term data)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_verify)

    p = sub.add_parser("get", parents=[common],
                       help="download a document's signed PDF (or its whole package)")
    p.add_argument("record", help="RECEIPT_CODE/DOCUMENT_ID")
    p.add_argument("--out", help="folder to write into (default: here)")
    p.add_argument("--all", action="store_true",
                   help="the whole package: page images, ALTO, OCR, manifest, signed PDF")
    p.add_argument("--by", help="who downloads (default: $SOHOA_ACTOR or the system user)")
    p.set_defaults(func=_cmd_get)

    p = sub.add_parser("sign", parents=[common],
                       help="sign a department's results (officer, then the organisation's "
                       "seal) or certified copies (SAO Y), many files at once")
    p.add_argument("action", choices=["result", "copy"])
    p.add_argument("files", nargs="+", help="PDF files")
    p.add_argument("--out", required=True, help="folder for the signed files")
    p.add_argument("--officer", help="result: the person with authority, as printed on it")
    p.add_argument("--signature-image", help="result: their signature, a transparent PNG")
    p.add_argument("--seal-image", help="result: the seal (default SOHOA_SIGNING__SEAL_IMAGE)")
    p.add_argument("--form", default="SAO Y", help="copy: SAO Y, SAO LỤC or TRÍCH SAO")
    p.add_argument("--token", help="result: the label of the officer's PKCS#11 token (PIN in "
                   "$SOHOA_TOKEN_PIN, module in SOHOA_SIGNING__PKCS11_MODULE)")
    p.add_argument("--key-label", help="result: the key's label on the token (default: the "
                   "officer's name)")
    p.add_argument("--organisation-token",
                   help="the label of the HSM or token holding the organisation's key (labelled "
                   "with the organisation's name; PIN in $SOHOA_HSM_PIN)")
    p.set_defaults(func=_cmd_sign)

    p = sub.add_parser("pki", parents=[common],
                       help="the development PKI: serve its TSA and CRL, revoke a certificate, "
                       "write its CRL")
    p.add_argument("action", choices=["serve", "revoke", "crl"])
    p.add_argument("name", nargs="?", help="revoke: the person whose certificate is revoked")
    p.add_argument("--reason", default="unspecified",
                   choices=["unspecified", "key_compromise", "affiliation_changed",
                            "superseded", "cessation_of_operation"])
    p.add_argument("--port", type=int, default=8318,
                   help="serve: port on 127.0.0.1 (the certificates name 8318 for the CRL)")
    p.add_argument("--out", help="crl: file to write (DER)")
    p.add_argument("--by", help="who revokes (default: $SOHOA_ACTOR or the system user)")
    p.set_defaults(func=_cmd_pki)

    p = sub.add_parser("fixity", parents=[common],
                       help="recheck the sha256 of every archived file")
    p.add_argument("--history", action="store_true", help="list the kept reports of past runs")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_fixity)

    p = sub.add_parser("audit", parents=[common],
                       help="check, seal or export the hash-chained audit trail")
    p.add_argument("action", choices=["verify", "seal", "export"])
    p.add_argument("--out", help="CSV file to write (export)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_audit)

    p = sub.add_parser("hold", parents=[common],
                       help="set or release the legal hold of a dossier or document")
    p.add_argument("action", choices=["set", "release", "list"])
    p.add_argument("record", nargs="?", help="RECEIPT_CODE or RECEIPT_CODE/DOCUMENT_ID")
    p.add_argument("--reason", help="why (recorded in the audit trail and the store)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--by", help="who decides (default: $SOHOA_ACTOR or the system user)")
    p.set_defaults(func=_cmd_hold)

    p = sub.add_parser("retention", parents=[common],
                       help="what is due for disposal; the retention audit report")
    p.add_argument("action", choices=["due", "report", "schedule"],
                   help="due: what may be destroyed before --before; report: the retention "
                   "audit report of --from..--to as CSV and signed PDF; schedule: compare "
                   "archived records with the current schedule (--apply extends)")
    p.add_argument("--apply", action="store_true",
                   help="schedule: extend the records the schedule now keeps longer")
    p.add_argument("--reason", help="schedule --apply: why (e.g. the new circular)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--before", type=_parse_date, help="due: date YYYY-MM-DD")
    p.add_argument("--from", dest="date_from", type=_parse_date, help="report: first day")
    p.add_argument("--to", dest="date_to", type=_parse_date, help="report: last day")
    p.add_argument("--out", help="report: folder for the CSV and PDF (default: here)")
    p.add_argument("--by", help="who makes the report (default: $SOHOA_ACTOR or the system user)")
    p.set_defaults(func=_cmd_retention)

    p = sub.add_parser("people", parents=[common],
                       help="who holds which role (clerk, officer, archivist, auditor, head)")
    p.add_argument("action", choices=["list", "grant", "revoke"])
    p.add_argument("name", nargs="?", help="the person's full name")
    p.add_argument("--role", action="append", help="role to grant or revoke; repeatable")
    p.add_argument("--by", help="who makes the change (default: $SOHOA_ACTOR or the system "
                   "user); once there is a head, only a head may")
    p.set_defaults(func=_cmd_people)

    p = sub.add_parser("disposal", parents=[common],
                       help="destroy records whose retention ended: propose, approve, execute")
    p.add_argument("action", choices=["propose", "approve", "reject", "execute", "show", "list"])
    p.add_argument("target", nargs="*",
                   help="propose: RECEIPT_CODE or RECEIPT_CODE/DOCUMENT_ID ...; other "
                   "actions: the batch id")
    p.add_argument("--before", type=_parse_date,
                   help="propose every document whose retention ended before this date")
    p.add_argument("--reason", help="propose: the grounds for destruction")
    p.add_argument("--note", help="approve or reject: a note (required to reject)")
    p.add_argument("--by", help="who acts (default: $SOHOA_ACTOR or the system user)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_disposal)

    p = sub.add_parser("users", parents=[common],
                       help="accounts of the web service: user name, roles, agency, API keys")
    p.add_argument("action", choices=["add", "list", "key"])
    p.add_argument("username", nargs="?", help="the user name to sign in with")
    p.add_argument("--name", help="add: the person's full name (as they sign)")
    p.add_argument("--role", action="append", choices=list(ROLES),
                   help="add: a role; repeatable")
    p.add_argument("--agency", help="add: the agency code whose records a clerk or officer sees "
                   "(the start of its receipt codes, e.g. 000.00.12.H19)")
    p.add_argument("--password-stdin", action="store_true",
                   help="add: read the password from standard input (else $SOHOA_PASSWORD, else "
                   "a new account gets a random one, printed once)")
    p.add_argument("--by", help="who makes the change: a head or an admin once there is one")
    p.set_defaults(func=_cmd_users)

    p = sub.add_parser("report", parents=[common],
                       help="dossiers received vs digitised per day and agency (CSV)")
    p.add_argument("kind", choices=["digitisation"])
    p.add_argument("--from", dest="date_from", type=_parse_date, help="first day (default: "
                   "the first of this month)")
    p.add_argument("--to", dest="date_to", type=_parse_date, help="last day (default: today)")
    p.add_argument("--hours", type=float, default=24, help="digitised within this many hours")
    p.add_argument("--agency", action="append", help="only this agency; repeatable")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_report)

    p = sub.add_parser("serve", parents=[common],
                       help="the web service: pages for the counter, search, auditors, and the API")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--log-level", default="info")
    p.set_defaults(func=_cmd_serve)

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
