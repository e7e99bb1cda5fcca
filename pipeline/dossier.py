"""Dossiers: split a batch's pages at their receipt codes, sort each dossier's pages into
documents (or the rejected and skipped pages of its report), and archive them.

The local runner calls ``process_dossier``; the Celery tasks call ``plan_dossier`` and archive
each planned document in its own task.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date, datetime
from pathlib import Path

from archive import ObjectExistsError, get_json, keys, load_manifest
from classify import PageClass
from pipeline.archiving import IndexCallback, archive_group, index_now
from pipeline.completeness import check_components, check_procedure, procedure_of
from pipeline.deps import Deps
from pipeline.pages import PageOutcome, page_layout, page_text
from pipeline.reports import DossierReport, RejectedPage
from sohoa.codes import agency_of, receipt_date
from sohoa.errors import InputDocumentError, SohoaError
from sohoa.timing import stage

__all__ = [
    "CLOSED_BEFORE_RECEIPT",
    "OTHER_AGENCY",
    "UNASSIGNED_REASON",
    "DossierMismatchError",
    "fallback_code",
    "plan_dossier",
    "process_dossier",
    "reject_group",
    "split_batch",
    "split_dossiers",
]


def split_dossiers(
    outcomes: list[PageOutcome], fallback_code: str
) -> tuple[list[tuple[str, str, list[int]]], list[int]]:
    """Split pages into dossiers at each page carrying a new receipt code.

    Returns the dossiers as (receipt code, "qr" or "generated", page positions) and the
    positions of pages that come before the first receipt sheet: they belong to no known
    dossier and are listed for the clerk instead of being guessed into one. A batch with no
    receipt code at all is one dossier under ``fallback_code``.
    """
    first = next((i for i, o in enumerate(outcomes) if o.receipt_codes), None)
    if first is None:
        return [(fallback_code, "generated", list(range(len(outcomes))))], []
    dossiers: list[tuple[str, str, list[int]]] = []
    for i in range(first, len(outcomes)):
        codes = outcomes[i].receipt_codes
        if codes and (not dossiers or dossiers[-1][0] != codes[0]):
            dossiers.append((codes[0], "qr", [i]))
        else:
            dossiers[-1][2].append(i)
    return dossiers, list(range(first))


UNASSIGNED_REASON = (
    "trang nằm trước phiếu tiếp nhận đầu tiên nên không thuộc hồ sơ nào; quét lại sau phiếu "
    "tiếp nhận của nó (page before the first receipt sheet: it belongs to no dossier; scan it "
    "again behind its receipt sheet)"
)


class DossierMismatchError(InputDocumentError):
    """Pages sent into one dossier carry the receipt code of another."""

    code = "dossier_mismatch"


def split_batch(
    outcomes: list[PageOutcome], fallback_code: str, into: str | None = None
) -> tuple[list[tuple[str, str, list[int]]], list[RejectedPage]]:
    """Split a batch's pages into dossiers, or send them all into the dossier ``into``.

    Returns the dossiers as (receipt code, how the code was known, page positions) and the
    pages that belong to no dossier, each with the reason.

    Raises:
        DossierMismatchError: ``into`` is given but a page carries another receipt code.
    """
    if into is not None:
        for o in outcomes:
            other = [c for c in o.receipt_codes if c != into]
            if other:
                raise DossierMismatchError(
                    f"{Path(o.file).name} trang {o.page} mang mã hồ sơ {other[0]}, không phải "
                    f"{into}: các trang này thuộc hồ sơ khác, hãy gửi vào hồ sơ đó "
                    f"({Path(o.file).name} page {o.page} carries receipt code {other[0]}, not "
                    f"{into}: these pages belong to another dossier; send them there)"
                )
        return [(into, "resubmitted", list(range(len(outcomes))))], []
    dossiers, unassigned = split_dossiers(outcomes, fallback_code)
    return dossiers, [RejectedPage(outcomes[i].file, outcomes[i].page, "unassigned",
                                   UNASSIGNED_REASON) for i in unassigned]


def fallback_code(batch_id: str, received_at: datetime) -> str:
    """The code a dossier gets when its pages carry no receipt code (never a real one)."""
    return f"SOHOA-{received_at:%y%m%d}-{batch_id[:8]}"


def plan_dossier(
    deps: Deps, code: str, code_source: str, outcomes: list[PageOutcome], batch_id: str,
    agency: str | None = None, clerk: str = "", closed: date | None = None,
) -> tuple[DossierReport, list[list[PageOutcome]]]:
    """Sort a dossier's pages: rejected ones into the report, the rest into documents.

    Returns the report (rejected pages with a thumbnail kept beside the batch's intake,
    skipped blank pages and separator sheets, procedure, what to check) and the pages of each
    document in order. When ``agency`` (the sending clerk's) is given, a dossier whose receipt
    code belongs to another agency gets none of the pages: they are all refused, kept in the
    intake, and the refusal is in the audit trail. A closing date (``closed``, the paper
    backlog) before the day the receipt code says the dossier was received is refused the same
    way: it would make the dossier due for disposal at once.
    """
    report, groups, _ = _plan_dossier(deps, code, code_source, outcomes, batch_id, agency, clerk,
                                      closed)
    return report, groups


def _plan_dossier(
    deps: Deps, code: str, code_source: str, outcomes: list[PageOutcome], batch_id: str,
    agency: str | None, clerk: str, closed: date | None,
) -> tuple[DossierReport, list[list[PageOutcome]], list[list[PageClass]]]:
    """``plan_dossier``, and the classes of each document's pages as read for sorting them."""
    report = DossierReport(receipt_code=code, code_source=code_source)
    if agency is not None and code_source == "qr" and agency_of(code) != agency:
        reason = (f"mã hồ sơ của đơn vị khác: hồ sơ {code} thuộc đơn vị {agency_of(code)}, "
                  f"người gửi thuộc đơn vị {agency}; trang được giữ ở phần tiếp nhận, không đưa "
                  f"vào hồ sơ (the receipt code belongs to another agency: the pages are kept "
                  f"in the intake and not added to dossier {code})")
        return _refuse_all(deps, report, outcomes, batch_id, OTHER_AGENCY, reason, clerk), [], []
    received = receipt_date(code)
    if closed is not None and received is not None and closed < received:
        reason = (f"ngày kết thúc {closed.isoformat()} trước ngày tiếp nhận {received.isoformat()} "
                  f"ghi trong mã hồ sơ {code}; kiểm tra lại ngày kết thúc (the closing date is "
                  f"before the day the receipt code says the dossier was received)")
        return _refuse_all(deps, report, outcomes, batch_id, CLOSED_BEFORE_RECEIPT, reason,
                           clerk), [], []
    kept: list[PageOutcome] = []
    for o in outcomes:
        if o.error_code:
            report.rejected.append(RejectedPage(o.file, o.page, o.error_code, o.error or "",
                                                _keep_thumbnail(deps, batch_id, o)))
        elif o.separator:
            report.skipped.append(RejectedPage(
                o.file, o.page, "separator_sheet",
                f"tờ phân cách của hồ sơ {code}, không lưu vào hồ sơ (separator sheet of dossier "
                f"{code}: not archived in it)",
                _keep_thumbnail(deps, batch_id, o),
            ))
        elif o.blank:
            report.skipped.append(RejectedPage(
                o.file, o.page, "blank_page",
                "trang trắng (không có chữ), không lưu; nếu là mặt sau của tờ in một mặt thì "
                "không thiếu gì, nếu không hãy quét lại (blank page, no text found, not "
                "archived; if it is the back of a one-sided sheet nothing is missing, otherwise "
                "rescan it)", _keep_thumbnail(deps, batch_id, o),
            ))
        else:
            kept.append(o)
        report.warnings.extend(_unknown_codes(deps, o))
    if not kept:
        report.error_code = "no_pages"
        report.error = f"dossier {code}: no page could be archived; rescan the dossier"
        return report, [], []
    with stage("classify"):
        classes = [deps.rules.classify_page(page_layout(o)) for o in kept]
    groups = deps.rules.group(classes)
    if code_source == "resubmitted" and not classes[0].starts_document:
        # Rescanned pages without a title or header may each belong to a different document
        # of the dossier: each is archived on its own, for a person to review.
        groups = [[i] for i in groups[0]] + groups[1:]
    receipts = [g for g in groups if classes[g[0]].doc_type == "phieu_tiep_nhan"]
    receipt = page_text(kept[receipts[0][0]]) if receipts else None
    papers = len(kept) - sum(len(g) for g in receipts)
    found = [classes[g[0]].doc_type or deps.rules.unknown.id for g in groups]
    if receipt is not None:
        fields = deps.rules.classify_document([receipt], [classes[receipts[0][0]]]).fields
        report.procedure = fields.get("thu_tuc")
    if code_source == "resubmitted":
        archived_receipt, archived_papers, archived_procedure, archived = _archived_receipt(
            deps, code)
        found += archived
        if receipt is None:
            receipt, report.procedure = archived_receipt, archived_procedure
            papers += archived_papers
    declared = _DECLARED_SHEETS.search(receipt or "")
    if declared and papers < int(declared.group(1)):
        report.warnings.append(
            f"phiếu tiếp nhận ghi {int(declared.group(1))} tờ nhưng chỉ lưu được {papers} trang: "
            "kiểm tra trang thiếu hoặc bị trả lại và quét lại (the receipt declares "
            f"{int(declared.group(1))} sheets but only {papers} pages were kept: check for "
            "missing or rejected pages and rescan them)"
        )
    procedure = procedure_of(report.procedure, kept[receipts[0][0]].codes if receipts else (),
                             receipt)
    if procedure is not None and not report.procedure:
        report.procedure = procedure.name  # named only by the receipt's QR code
    check_procedure(report, procedure)
    check_components(report, procedure, found)
    return report, [[kept[i] for i in g] for g in groups], [[classes[i] for i in g] for g in groups]


def _refuse_all(deps: Deps, report: DossierReport, outcomes: list[PageOutcome],
                batch_id: str, code: str, reason: str, clerk: str) -> DossierReport:
    """Refuse every page of a dossier: listed with ``reason``, kept in the intake, audited."""
    report.error_code, report.error = code, f"dossier {report.receipt_code}: {reason}"
    report.rejected = [RejectedPage(o.file, o.page, code, reason,
                                    _keep_thumbnail(deps, batch_id, o)) for o in outcomes]
    deps.audit.append("denied", keys.aip(report.receipt_code), {
        "action": "intake.upload", "reason": code, "batch": batch_id, "pages": len(outcomes)},
        who=clerk or None)
    return report


OTHER_AGENCY = "other_agency"
"""Why the pages of a dossier of another agency were refused."""
CLOSED_BEFORE_RECEIPT = "closed_before_receipt"
"""Why the pages of a dossier closed before it was received were refused."""


def _unknown_codes(deps: Deps, outcome: PageOutcome) -> list[str]:
    """Warnings for codes on a page that are neither a receipt code nor of a known kind."""
    ingest = deps.settings.ingest
    receipt = re.compile(ingest.receipt_code_pattern)
    known = [re.compile(p) for p in ingest.known_code_patterns.values()]
    return [
        f"{Path(outcome.file).name} trang {outcome.page} có mã không phải mã hồ sơ: "
        f"{text[:60]!r}; nếu trang này mở đầu một hồ sơ, kiểm tra định dạng mã hồ sơ "
        f"({Path(outcome.file).name} page {outcome.page} carries a code that is not a receipt "
        "code; if it should start a dossier, check the receipt code's format)"
        for text in outcome.codes
        if not receipt.search(text) and not any(k.search(text) for k in known)
    ]


def _archived_receipt(deps: Deps, code: str) -> tuple[str | None, int, str | None, list[str]]:
    """For pages sent into an existing dossier: its receipt's text, the number of pages of its
    other archived documents, its procedure, and the type of each archived document."""
    receipt: str | None = None
    papers = 0
    procedure: str | None = None
    types: list[str] = []
    for key in deps.store.list(keys.aip(code)):
        if not key.endswith("/manifest.json"):
            continue
        manifest = load_manifest(deps.store, key)
        procedure = procedure or manifest.dossier.procedure
        if manifest.kind != "result":
            types.append(manifest.classification.doc_type)
        if manifest.classification.doc_type == "phieu_tiep_nhan":
            ocr = get_json(deps.store, key.removesuffix("manifest.json") + "ocr.json")
            receipt = "\n".join(p["text"] for p in ocr["pages"] if p)
        else:
            papers += len(manifest.pages)
    return receipt, papers, procedure, types


def _keep_thumbnail(deps: Deps, batch_id: str, outcome: PageOutcome) -> str | None:
    if outcome.thumbnail is None:
        return None
    key = keys.batch(batch_id, f"rejected/page-{outcome.index + 1:05d}.jpg")
    with contextlib.suppress(ObjectExistsError):
        deps.store.put(key, outcome.thumbnail)
    return deps.store.locate(key)


_DECLARED_SHEETS = re.compile(r"gồm\s+(\d{1,3})\s+tờ", re.IGNORECASE)
"""The receipt's count of sheets received ("Số lượng hồ sơ: 01 bộ, gồm 03 tờ")."""


def reject_group(
    report: DossierReport, pages: list[PageOutcome], code: str, message: str
) -> None:
    """Record that a document could not be archived: the dossier fails, its pages are listed."""
    report.error_code = code
    report.error = f"dossier {report.receipt_code}: {message}"
    for p in pages:
        report.rejected.append(RejectedPage(p.file, p.page, code, message))


def process_dossier(
    deps: Deps, source_name: str, source_sha: str, code: str, code_source: str,
    outcomes: list[PageOutcome], received_at: datetime, clerk: str,
    on_archived: IndexCallback | None = None, closed: date | None = None,
    agency: str | None = None,
) -> DossierReport:
    """Classify, sign, archive and index the pages of one dossier, here and now.

    ``on_archived`` indexes each archived document; by default it writes to ``deps.index``.
    ``agency``: the sending clerk's, when they work for one (see ``plan_dossier``).
    """
    report, groups, classes = _plan_dossier(deps, code, code_source, outcomes, source_sha,
                                            agency, clerk, closed)
    for pages, page_classes in zip(groups, classes, strict=True):
        try:
            report.documents.append(archive_group(
                deps, source_name=source_name, source_sha=source_sha, receipt_code=code,
                code_source=code_source, procedure=report.procedure, pages=pages,
                received_at=received_at, clerk=clerk, on_archived=on_archived or index_now(deps),
                closed=closed, page_classes=page_classes,
            ))
        except SohoaError as exc:
            reject_group(report, pages, exc.code, exc.message)
    return report
