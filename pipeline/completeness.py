"""Completeness at the counter: which required papers of its procedure a dossier lacks.

The procedure is the one the receipt's "Thủ tục" line names (``classify.procedure_for``: its
wording, or its own words by overlap), else the one whose national code the receipt's QR code
carries (``MaTTHC:``) or its text prints ("Mã thủ tục: 1.001193"), when the data gives that
code, else the one the QR code's procedure name (``TenTTHC:``) names. The papers found are the
types of the dossier's documents, those already archived included when pages are sent into an
existing dossier. What is missing goes into the
dossier's report (``DossierReport.missing``) and into a warning in Vietnamese first.

A procedure found from the receipt's own words by meaning (``classify.match_procedure``) below
``PROCEDURE_SURE``, or a receipt's procedure that names none of ``procedures.json``, is flagged
for the clerk to confirm (``check_procedure``): the papers a dossier lacks are only as right as
its procedure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from classify import (
    Procedure,
    match_procedure,
    missing_components,
    printed_code,
    procedure_for,
    procedure_for_code,
)
from pipeline.reports import MISSING_WARNING, DossierReport, MissingComponent

__all__ = ["PROCEDURE_SURE", "UNSURE_PROCEDURE_WARNING", "check_components", "check_procedure",
           "procedure_of", "qr_procedure_code", "qr_procedure_name"]

PROCEDURE_SURE = 0.8
"""The confidence (``classify.match_procedure``) from which a procedure recognised in a
receipt's own words is taken without asking the clerk; a wording of ``procedures.json`` found
as it is counts 1.0."""
UNSURE_PROCEDURE_WARNING = "kiểm tra thủ tục: "
"""How the warning asking the clerk to confirm the dossier's procedure starts."""

_QR_PROCEDURE = re.compile(r"(?:^|\|)\s*MaTTHC\s*:\s*([0-9A-Za-z.\-]+)")
"""The procedure's code in a receipt's QR payload ("MaHoSo:…|MaTTHC:1.001193|…")."""


def qr_procedure_code(codes: Iterable[str]) -> str | None:
    """The procedure code a receipt's QR code carries, if any of ``codes`` does."""
    for text in codes:
        if m := _QR_PROCEDURE.search(text):
            return m.group(1)
    return None


_QR_NAME = re.compile(r"(?:^|\|)\s*(?:TenTTHC|ThuTuc)\s*:\s*([^|]+)")
"""The procedure's name in a receipt's QR payload ("…|TenTTHC:Đăng ký khai tử|…")."""


def qr_procedure_name(codes: Iterable[str]) -> str | None:
    """The procedure name a receipt's QR code carries, if any of ``codes`` does."""
    for text in codes:
        if m := _QR_NAME.search(text):
            return m.group(1).strip() or None
    return None


def procedure_of(printed: str | None, codes: Iterable[str] = (),
                 receipt: str | None = None) -> Procedure | None:
    """The procedure of a dossier: the one its receipt's "Thủ tục" line names, else the one
    whose code its receipt's QR code carries or its ``receipt`` text prints, else the one its
    QR code's procedure name names; None when none is known."""
    codes = tuple(codes)
    return (procedure_for(printed) or procedure_for_code(qr_procedure_code(codes))
            or procedure_for_code(printed_code(receipt))
            or procedure_for(qr_procedure_name(codes)))


def check_components(report: DossierReport, procedure: Procedure | None,
                     found_types: Iterable[str]) -> None:
    """Record in ``report`` the required papers of ``procedure`` none of ``found_types`` (the
    type of each document of the dossier) provides, and warn the clerk."""
    if procedure is None:
        return
    missing = missing_components(procedure, found_types)
    report.missing = [MissingComponent(c.type, c.label) for c in missing]
    if not missing:
        return
    unchecked = "" if procedure.verified else (
        "; danh mục thành phần này chưa được đối chiếu với văn bản pháp luật")
    report.warnings.append(
        f"{MISSING_WARNING}{'; '.join(c.label for c in missing)} — thành phần bắt buộc của thủ "
        f"tục {procedure.name}; yêu cầu người nộp bổ sung, hoặc quét lại nếu trang đã bị trả "
        f"lại{unchecked} (the dossier lacks {len(missing)} required paper(s) of procedure "
        f"{procedure.id}: {', '.join(c.type for c in missing)}; ask for them, or rescan the "
        "pages that were rejected)"
    )


def check_procedure(report: DossierReport, procedure: Procedure | None) -> None:
    """Ask the clerk to confirm the procedure when the receipt names it in its own words and
    it was recognised from them below ``PROCEDURE_SURE``, or when the receipt names a
    procedure none of the known ones is (nor its code); one a code names is not asked about."""
    printed = report.procedure
    if not printed:
        return
    if procedure is None:
        report.warnings.append(
            f"{UNSURE_PROCEDURE_WARNING}phiếu tiếp nhận ghi \"{printed}\", không khớp thủ tục nào "
            "trong danh mục: chọn thủ tục để kiểm tra thành phần hồ sơ (the receipt's procedure "
            "matches none of the procedures listed: choose it so the dossier's papers are "
            "checked)")
        return
    found = match_procedure(printed)
    if found is not None and found[0].id == procedure.id and found[1] < PROCEDURE_SURE:
        report.warnings.append(
            f"{UNSURE_PROCEDURE_WARNING}phiếu tiếp nhận ghi \"{printed}\", nhận là thủ tục "
            f"{procedure.name} với độ tin cậy {found[1]:.0%}: xác nhận hoặc sửa (the receipt's "
            f"procedure was recognised as {procedure.id} at {found[1]:.0%} confidence: confirm "
            "or correct it)")
