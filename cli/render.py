"""How the command line shows results: text for people, ``--json`` for scripts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipeline.reports import MISSING_WARNING, RunReport

__all__ = ["dump", "fields", "print_disposal", "print_run", "print_verification"]


def dump(data: Any) -> None:
    """Print ``data`` as JSON (dates as ISO text)."""
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def fields(obj: Any) -> dict[str, Any]:
    """The fields of a slotted result object, as a dict."""
    return {k: getattr(obj, k) for k in obj.__slots__}


def print_run(run: RunReport) -> None:
    """What a processing run did to each input, dossier, document and rejected page."""
    for inp in run.inputs:
        if inp.error:
            print(f"✗ {inp.path}: {inp.error}  [{inp.error_code}]")
            continue
        print(f"{'✓' if inp.ok else '✗'} {inp.path} ({inp.kind}, {inp.pages} pages, "
              f"{len(inp.dossiers)} dossier{'s' if len(inp.dossiers) != 1 else ''})")
        for r in inp.unassigned:
            print(f"  unassigned: {Path(r.file).name} page {r.page}: {r.reason}")
        for d in inp.dossiers:
            _print_dossier(d)
    docs = sum(len(d.documents) for i in run.inputs for d in i.dossiers)
    rejected = sum(len(d.rejected) for i in run.inputs for d in i.dossiers) + sum(
        len(i.unassigned) for i in run.inputs)
    failed = sum(1 for i in run.inputs if not i.ok)
    print(f"\n{len(run.inputs)} inputs, {docs} documents archived, {rejected} pages rejected, "
          f"{failed} inputs failed")


def _print_dossier(d: Any) -> None:
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
        if doc.decided_by in ("model", "disputed"):
            flags.append("loại do mô hình gợi ý (type from the model)" if doc.decided_by == "model"
                         else "quy tắc và mô hình không khớp (the rules and the model disagree)")
        if not doc.indexed:
            flags.append("not searchable yet: run sohoa reconcile")
        flag = f"  [{'; '.join(flags)}]" if flags else ""
        print(f"    {doc.label} ({doc.doc_type}), page {pages}{flag}")
        for note in doc.review_notes:
            print(f"      check page {note.page}: {note.reason}  [{note.code}]")
        explained = {n.page for n in doc.review_notes}
        if any(r.page not in explained for r in doc.review_pages):
            low = ", ".join(str(r.page) for r in doc.review_pages if r.page not in explained)
            print(f"      check: OCR was unsure on page {low}; compare the text with "
                  "the scan, rescan if it is hard to read")
        print(f"      -> {doc.signed_pdf}")
    for r in d.rejected:
        print(f"    rejected: {Path(r.file).name} page {r.page}: {r.reason}  [{r.code}]")
        if r.thumbnail:
            print(f"      thumbnail: {r.thumbnail}")
    for w in d.warnings:  # the missing papers first-hand, the rest as things to check
        print(f"    {w}" if w.startswith(MISSING_WARNING) else f"    check: {w}")
    if d.error:
        print(f"    FAILED: {d.error}  [{d.error_code}]")


def print_verification(name: str, report: dict[str, Any]) -> None:
    """A verification report: the verdict, then each signature."""
    print(f"{name}: {report['bottom_line']}")
    if report.get("indication"):
        why = f" / {report['sub_indication']}" if report.get("sub_indication") else ""
        print(f"  in EU DSS terms (ETSI EN 319 102-1): {report['indication']}{why}")
    if report["signer"]:
        print(f"  signer: {report['signer']}")
    if report["signing_time"]:
        print(f"  signed at: {report['signing_time'].isoformat()}")
    yes = {True: "yes", False: "NO"}
    print(f"  intact: {yes[report['intact']]}; trusted: {yes[report['trusted']]}; covers the "
          f"whole file: {yes[report['covers_whole_file']]}")
    for n, s in enumerate(report["signatures"], start=1):
        if s["kind"] == "timestamp":
            when = s["signing_time"].isoformat() if s["signing_time"] else "?"
            print(f"  {n}. document time stamp at {when}")
            continue
        stamped = f", time-stamped {s['timestamp'].isoformat()}" if s["timestamp"] else ""
        lta = "; trusted from the document's long-term data" if s["long_term"] else ""
        print(f"  {n}. {s['signer'] or '?'}: PAdES {s['level']}{stamped}; revocation: "
              f"{s['revocation']}{lta}")
        if s["chain"]:
            print(f"     chain: {' → '.join(s['chain'])}")
        print(f"     added after it: {s['changed_after']}")
        for change in s.get("changes") or ():
            print(f"     CHANGED after it: {change}")
    for problem in report["problems"]:
        print(f"  problem: {problem}")
    for warning in report.get("warnings") or ():
        print(f"  warning: {warning}")


def disposal_json(batch: Any) -> dict[str, Any]:
    """A disposal batch as the command line's ``--json`` shows it."""
    return {"batch_id": batch.batch_id, "state": batch.state, "proposal": batch.proposal,
            "approval": batch.approval, "execution": batch.execution}


def print_disposal(batch: Any) -> None:
    """A disposal batch: proposal, decision, items and what execution did."""
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
