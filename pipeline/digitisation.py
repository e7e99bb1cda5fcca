"""The "100% digitised" figures: dossiers received against dossiers digitised, per day and agency.

A dossier is *received* when the one-stop software registers its receipt (``receipts/<code>
.json``, from ``POST /api/receipts``), or, failing that, when its first page reaches sohoa in a
batch. It is *digitised* once one of its documents is archived; its digitisation time is the
earliest "archived" event among its documents' manifests. Rejected pages are counted from the
batch outcomes, once per batch, file and page.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from archive import ObjectStore
from sohoa.clock import VN_TZ, now_vn
from sohoa.codes import RECEIPT_CODE, agency_of
from sohoa.errors import SohoaError, UsageError
from sohoa.text import nfc

__all__ = [
    "DigitisationReport",
    "DigitisationRow",
    "PendingDossier",
    "ReceiptConflictError",
    "digitisation_report",
    "load_receipt",
    "register_receipt",
    "report_csv",
]

_RECEIPTS = "receipts/"


class ReceiptConflictError(SohoaError):
    """A receipt code was registered before with other details."""

    code = "receipt_conflict"
    http_status = 409


def load_receipt(store: ObjectStore, receipt_code: str) -> dict[str, Any] | None:
    """The registration of a receipt code, or None."""
    key = f"{_RECEIPTS}{receipt_code}.json"
    if not RECEIPT_CODE.fullmatch(receipt_code) or not store.exists(key):
        return None
    found: dict[str, Any] = json.loads(store.get(key))
    return found


def register_receipt(
    store: ObjectStore, receipt_code: str, *, procedure: str | None, received_at: datetime,
    who: str,
) -> dict[str, Any]:
    """Record that the counter received a dossier; the same registration again is a no-op."""
    if not RECEIPT_CODE.fullmatch(receipt_code):
        raise UsageError(f"{receipt_code[:70]!r} is not a receipt code: letters, digits, '.' and "
                         "'-', e.g. 000.00.12.H19-250414-0007")
    if received_at.tzinfo is None:
        raise UsageError(f"{receipt_code}: give the time of receipt with its time zone "
                         "(e.g. 2026-11-20T09:15:00+07:00)")
    if received_at > now_vn():
        raise UsageError(f"{receipt_code}: the time of receipt {received_at.isoformat()} is in "
                         "the future")
    record = {"receipt_code": receipt_code, "agency": agency_of(receipt_code),
              "procedure": nfc(procedure) if procedure else None,
              "received_at": received_at.astimezone(VN_TZ).isoformat()}
    existing = load_receipt(store, receipt_code)
    if existing is not None:
        differs = [k for k, v in record.items() if existing.get(k) != v]
        if differs:
            raise ReceiptConflictError(
                f"{receipt_code} was registered on {existing['registered_at'][:16]} by "
                f"{existing['registered_by']} with another {', '.join(differs)}; a receipt code "
                "is registered once")
        return existing
    record |= {"registered_by": nfc(who), "registered_at": now_vn().isoformat()}
    store.put(f"{_RECEIPTS}{receipt_code}.json",
              json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8"))
    return record


@dataclass(slots=True)
class DigitisationRow:
    """One day and agency (or the whole period, in ``totals``)."""

    day: str
    agency: str
    received: int = 0
    digitised: int = 0
    digitised_within: int = 0
    rejected_pages: int = 0

    @property
    def pending(self) -> int:
        """Received but not digitised."""
        return self.received - self.digitised

    @property
    def share_digitised(self) -> float | None:
        """Digitised / received, or None when nothing was received."""
        return self.digitised / self.received if self.received else None

    @property
    def share_within(self) -> float | None:
        """Digitised within the hours asked / received, or None."""
        return self.digitised_within / self.received if self.received else None

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict, shares included."""
        return asdict(self) | {"pending": self.pending, "share_digitised": self.share_digitised,
                               "share_within": self.share_within}


@dataclass(frozen=True, slots=True)
class PendingDossier:
    """A dossier received and not digitised yet."""

    receipt_code: str
    agency: str
    received_at: str
    hours_waiting: float


@dataclass(slots=True)
class DigitisationReport:
    """Received against digitised for a period."""

    date_from: date
    date_to: date
    within_hours: float
    rows: list[DigitisationRow] = field(default_factory=list)
    totals: DigitisationRow = field(default_factory=lambda: DigitisationRow("", ""))
    pending: list[PendingDossier] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"from": self.date_from.isoformat(), "to": self.date_to.isoformat(),
                "within_hours": self.within_hours, "rows": [r.to_json() for r in self.rows],
                "totals": self.totals.to_json(), "pending": [asdict(p) for p in self.pending]}


@dataclass(slots=True)
class _Dossier:
    received: datetime | None = None
    registered: bool = False
    digitised: datetime | None = None
    rejected: set[tuple[str, str, int]] = field(default_factory=set)

    def seen(self, at: datetime) -> None:
        if not self.registered and (self.received is None or at < self.received):
            self.received = at


def _when(value: str) -> datetime:
    at = datetime.fromisoformat(value)
    return at if at.tzinfo else at.replace(tzinfo=VN_TZ)


def _dossiers(store: ObjectStore) -> dict[str, _Dossier]:
    dossiers: dict[str, _Dossier] = defaultdict(_Dossier)
    for key in store.list(_RECEIPTS):
        receipt = json.loads(store.get(key))
        d = dossiers[receipt["receipt_code"]]
        d.received, d.registered = _when(receipt["received_at"]), True
    batches: dict[str, dict[str, Any]] = {}
    outcomes: dict[str, dict[str, Any]] = {}
    for key in store.list("intake/batches/"):
        parts = key.split("/")
        if len(parts) == 4 and parts[3] in ("batch.json", "outcome.json"):
            target = batches if parts[3] == "batch.json" else outcomes
            target[parts[2]] = json.loads(store.get(key))
    for batch_id, outcome in outcomes.items():
        batch = batches.get(batch_id)
        for found in outcome.get("dossiers", []):
            d = dossiers[found["receipt_code"]]
            if batch is not None:
                d.seen(_when(batch["received_at"]))
            d.rejected |= {(batch_id, r["file"], int(r["page"])) for r in found.get("rejected", [])}
    for key in store.list("aip/"):
        if not key.endswith("/manifest.json"):
            continue
        manifest = json.loads(store.get(key))
        d = dossiers[manifest["receipt_code"]]
        if received := manifest.get("dossier", {}).get("received_at"):
            d.seen(_when(received))
        archived = [_when(e["at"]) for e in manifest.get("events", [])
                    if e.get("event") == "archived"] or [_when(manifest["signature"]["signed_at"])]
        if d.digitised is None or min(archived) < d.digitised:
            d.digitised = min(archived)
    return dossiers


def digitisation_report(
    store: ObjectStore, *, date_from: date, date_to: date, within_hours: float = 24,
    agencies: tuple[str, ...] = (),
) -> DigitisationReport:
    """Dossiers received from ``date_from`` to ``date_to`` (days in Vietnam, both inclusive)
    against those digitised, and within ``within_hours`` of their receipt; per day and agency
    (only ``agencies`` when given)."""
    report = DigitisationReport(date_from, date_to, within_hours)
    rows: dict[tuple[str, str], DigitisationRow] = {}
    now = now_vn()
    for code, d in sorted(_dossiers(store).items()):
        agency = agency_of(code)
        if d.received is None or (agencies and agency not in agencies):
            continue
        day = d.received.astimezone(VN_TZ).date()
        if not date_from <= day <= date_to:
            continue
        row = rows.setdefault((day.isoformat(), agency), DigitisationRow(day.isoformat(), agency))
        for r in (row, report.totals):
            r.received += 1
            r.rejected_pages += len(d.rejected)
            if d.digitised is not None:
                r.digitised += 1
                if (d.digitised - d.received).total_seconds() <= within_hours * 3600:
                    r.digitised_within += 1
        if d.digitised is None:
            report.pending.append(PendingDossier(
                code, agency, d.received.isoformat(),
                round((now - d.received).total_seconds() / 3600, 1)))
    report.rows = [rows[k] for k in sorted(rows)]
    report.pending.sort(key=lambda p: p.received_at)
    return report


def report_csv(report: DigitisationReport) -> str:
    """The report's rows as CSV with Vietnamese headers, then a total line."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    hours = f"{report.within_hours:g}"
    writer.writerow(["ngày", "đơn vị", "tiếp nhận", "đã số hóa", f"số hóa trong {hours} giờ",
                     "chưa số hóa", "trang bị trả lại", "tỷ lệ đã số hóa",
                     f"tỷ lệ trong {hours} giờ"])
    for r in [*report.rows, DigitisationRow("tổng", "", **{
            k: getattr(report.totals, k) for k in ("received", "digitised", "digitised_within",
                                                   "rejected_pages")})]:
        writer.writerow([r.day, r.agency, r.received, r.digitised, r.digitised_within, r.pending,
                         r.rejected_pages, _share(r.share_digitised), _share(r.share_within)])
    return out.getvalue()


def _share(value: float | None) -> str:
    return "" if value is None else f"{100 * value:.1f}%"
