"""Receipts from the one-stop software: a dossier is received when its receipt is registered
(``receipts/<code>.json``, from ``POST /api/receipts``), before or after its pages are scanned.
Registering puts the dossier on the day it was received (the day pointers of
:mod:`pipeline.intake`) and records the first step of its life. A receipt may name the citizen
who brought the dossier by their personal identification number (``citizen_id``, 12 digits):
every document of the dossier then belongs to them when the one-stop software looks up their
papers for reuse (``service.reuse``)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from archive import ObjectStore, get_json, keys, put_json
from archive.changes import note_change
from archive.errors import ObjectExistsError, ObjectMissingError
from archive.lifecycle import record_step
from pipeline.intake import note_day
from sohoa.clock import VN_TZ, now_vn
from sohoa.codes import RECEIPT_CODE, agency_of, masked_citizen_id
from sohoa.codes import citizen_id as as_citizen_id
from sohoa.errors import SohoaError, UsageError
from sohoa.text import nfc, normalise_space

__all__ = ["EARLIEST_YEAR", "ReceiptConflictError", "citizen_of", "load_receipt",
           "register_receipt"]

_CLOCK_SKEW = timedelta(minutes=5)
"""How far ahead of sohoa's clock the one-stop software's clock may be."""
_FIELD_LABELS = {"procedure": "thủ tục", "received_at": "thời điểm tiếp nhận",
                 "citizen_id": "số định danh cá nhân"}


class ReceiptConflictError(SohoaError):
    """A receipt code was registered before with other details."""

    code = "receipt_conflict"
    http_status = 409
    message = "This receipt code was registered before with other details."


def load_receipt(store: ObjectStore, receipt_code: str) -> dict[str, Any] | None:
    """The registration of a receipt code, or None when it was never registered."""
    if not RECEIPT_CODE.fullmatch(receipt_code):
        return None
    try:
        found = get_json(store, keys.receipt(receipt_code))
    except ObjectMissingError:
        return None
    return found


def citizen_of(store: ObjectStore, receipt_code: str) -> str | None:
    """The personal identification number the dossier's receipt names, or None."""
    found = load_receipt(store, receipt_code)
    return as_citizen_id(str(found.get("citizen_id") or "")) if found else None


def _procedure(value: str | None) -> str | None:
    return normalise_space(nfc(value)) or None if value else None


EARLIEST_YEAR = 1945
"""No dossier of the archive was received before this year."""


def register_receipt(
    store: ObjectStore, receipt_code: str, *, procedure: str | None, received_at: datetime,
    who: str, citizen_id: str | None = None,
) -> dict[str, Any]:
    """Record that the counter received a dossier (before or after it is scanned).

    The same registration again returns the one kept, unchanged.

    Raises:
        UsageError: the code is not a receipt code, ``received_at`` has no time zone or is
            in the future, or ``citizen_id`` is not 12 digits.
        ReceiptConflictError: the code was registered before with another procedure or time.
    """
    if not RECEIPT_CODE.fullmatch(receipt_code):
        raise UsageError(
            f"{nfc(receipt_code)[:70]!r} không phải mã hồ sơ: chữ, số, '.' và '-', tối đa 64 ký "
            "tự, ví dụ 000.00.12.H19-250414-0007 (not a receipt code: letters, digits, '.' and "
            "'-', e.g. 000.00.12.H19-250414-0007)")
    if received_at.tzinfo is None or received_at.utcoffset() is None:
        raise UsageError(
            f"{receipt_code}: thời điểm tiếp nhận phải có múi giờ, ví dụ "
            "2026-11-20T09:15:00+07:00 (give the time of receipt with its time zone)")
    if received_at.year < EARLIEST_YEAR:
        raise UsageError(
            f"{receipt_code}: thời điểm tiếp nhận {received_at.date().isoformat()} quá xa; kiểm "
            f"tra lại (the time of receipt is before {EARLIEST_YEAR}: check it)")
    citizen = as_citizen_id(citizen_id)
    if citizen_id is not None and citizen is None:
        raise UsageError(
            f"{receipt_code}: số định danh cá nhân của người nộp phải gồm đúng 12 chữ số (the "
            "citizen's personal identification number is exactly 12 digits)")
    received = received_at.astimezone(VN_TZ)
    if received > now_vn() + _CLOCK_SKEW:
        raise UsageError(
            f"{receipt_code}: thời điểm tiếp nhận {received.isoformat()} ở tương lai; kiểm tra "
            "ngày giờ trên phần mềm một cửa (the time of receipt is in the future)")
    record: dict[str, Any] = {
        "receipt_code": receipt_code, "agency": agency_of(receipt_code),
        "procedure": _procedure(procedure), "received_at": received.isoformat()}
    if citizen is not None:
        record["citizen_id"] = citizen
    existing = load_receipt(store, receipt_code)
    if existing is None:
        note_day(store, receipt_code, received)
        record_step(store, receipt_code, "received", at=received, who=who,
                    detail={"procedure": record["procedure"] or ""})
        stored = record | {"registered_by": nfc(who), "registered_at": now_vn().isoformat()}
        note_change(store, receipt_code)  # the digitisation report reads the dossier again
        try:
            put_json(store, keys.receipt(receipt_code), stored)
            return stored
        except ObjectExistsError:  # registered at the same moment by another request
            existing = load_receipt(store, receipt_code)
            if existing is None:
                raise
    _check_same(existing, record)
    return existing


def _masked(value: str | None) -> str | None:
    return masked_citizen_id(value) if value else None


def _check_same(existing: dict[str, Any], record: dict[str, Any]) -> None:
    differs = []
    if existing.get("procedure") != record["procedure"]:
        differs.append(("procedure", existing.get("procedure"), record["procedure"]))
    if existing.get("citizen_id") != record.get("citizen_id"):  # shown masked
        differs.append(("citizen_id", _masked(existing.get("citizen_id")),
                        _masked(record.get("citizen_id"))))
    try:
        same_time = datetime.fromisoformat(existing["received_at"]) == datetime.fromisoformat(
            record["received_at"])
    except (KeyError, TypeError, ValueError):
        same_time = False
    if not same_time:
        differs.append(("received_at", existing.get("received_at"), record["received_at"]))
    if not differs:
        return
    code = record["receipt_code"]
    when = str(existing.get("registered_at", ""))[:16].replace("T", " ")
    who = existing.get("registered_by", "")
    vi = "; ".join(f"{_FIELD_LABELS[k]} đã ghi {old!r}, nay gửi {new!r}" for k, old, new in differs)
    en = "; ".join(f"{k} was {old!r}, now {new!r}" for k, old, new in differs)
    raise ReceiptConflictError(
        f"Mã hồ sơ {code} đã được ghi nhận lúc {when} bởi {who} với thông tin khác ({vi}); mỗi "
        f"mã hồ sơ chỉ ghi nhận một lần, kiểm tra lại mã trên phiếu tiếp nhận (receipt {code} "
        f"was registered before with other details: {en})")
