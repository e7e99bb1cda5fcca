"""The "100% digitised" figures: dossiers received against dossiers digitised, and results
issued against results digitised, per day and agency.

A dossier is *received* when the one-stop software registers its receipt (``receipts/<code>
.json``, from ``POST /api/receipts``), or, failing that, when its first page reaches sohoa in a
batch. It is *digitised* once one of the papers it came with is archived (a manifest of kind
``received`` under ``aip/<code>/``, or the tombstone of a document destroyed since). Rejected
pages are counted from the batch outcomes, once per batch, file and page.

A dossier's result (kết quả giải quyết thủ tục) counts on the day, in Vietnam, it was issued:
the ``result_issued`` step of the dossier's life (recorded when a result is archived, or by
``sohoa step`` for a result issued on paper nobody scanned), or, for a dossier with archived
results and no such step, the earliest ``archived`` event of its results. The result is
*digitised* once a document of kind ``result`` is archived in the dossier: *electronic* when
one of them is an electronic original (``electronic`` or ``signed_elsewhere``), else digitised
*from paper* (``scanned_paper``, ``certified_copy``). A result document never makes the papers
received count as digitised, and a result issued on a later day is counted on that day, in the
row of that day, whether or not the dossier was received in the period.

A report reads only the days of its period (the day pointers of :mod:`pipeline.intake`): a
day none of whose dossiers changed since its rollup was kept is added up from that rollup
(:mod:`pipeline.digitisation_summaries`, :mod:`pipeline.digitisation_rollups`); the dossiers
of the other days are counted one by one, from their day's summary, or from their own keys
when they changed since or have no summary yet. Its cost follows the days of the period and
what changed, not the age of the archive.

Dossiers of the paper backlog (batches sent with a closing date, ``--closed``) were received
long before they were scanned: they are not counted as received on the day they were scanned,
but apart, in ``backlog``.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from archive import ObjectStore
from pipeline.digitisation_rollups import COUNTS, Part, receipt_day, result_day, waited
from pipeline.digitisation_summaries import collect
from sohoa.clock import VN_TZ, now_vn
from sohoa.codes import agency_of
from sohoa.errors import UsageError
from sohoa.text import nfc

__all__ = [
    "DigitisationReport",
    "DigitisationRow",
    "PendingDossier",
    "digitisation_report",
    "report_csv",
]

_MAX_DAYS = 731
"""The longest period of one report (two years): it reads each day of the period."""
_READERS = 8
"""Dossiers read at once: a report of a week reads thousands of small records, each a round
trip to MinIO; on the folder store the threads wait on the disk in turn."""


# --- the report ----------------------------------------------------------------------------

@dataclass(slots=True)
class DigitisationRow:
    """One day and agency (or the whole period, in ``totals``)."""

    day: str
    """The day in Vietnam (ISO date) the dossiers were received, or their results issued; ""
    in the totals."""
    agency: str
    received: int = 0
    digitised: int = 0
    """Received dossiers with at least one archived document (whenever it was archived)."""
    digitised_within: int = 0
    """Received dossiers whose first document was archived within the hours asked."""
    rejected_pages: int = 0
    """Pages the quality gate (or a failed archiving) returned to the clerk, in these dossiers:
    once per batch, file and page; still counted after a rescan."""
    rescanned_pages: int = 0
    """Pages archived from batches the clerk sent into these dossiers afterwards (rescans of
    rejected pages, or pages added later); not matched one by one to the rejected pages."""
    backlog: int = 0
    """Dossiers of the paper backlog (closed before they were scanned) first scanned this day:
    not counted in ``received``."""
    results_issued: int = 0
    """Dossiers whose result was issued this day (whenever they were received)."""
    results_digitised: int = 0
    """Of those, the dossiers with at least one result archived (whenever it was archived)."""
    results_electronic: int = 0
    """Of those digitised, the dossiers with an electronic original among their results."""
    results_paper: int = 0
    """Of those digitised, the others: results digitised from paper (scanned or a certified
    copy) only. ``results_electronic + results_paper == results_digitised``."""

    @property
    def pending(self) -> int:
        """Received but not digitised."""
        return self.received - self.digitised

    @property
    def share_digitised(self) -> float | None:
        """Digitised / received (0 to 1), or None when nothing was received."""
        return self.digitised / self.received if self.received else None

    @property
    def share_within(self) -> float | None:
        """Digitised within the hours asked / received (0 to 1), or None."""
        return self.digitised_within / self.received if self.received else None

    @property
    def share_results(self) -> float | None:
        """Results digitised / results issued (0 to 1), or None when no result was issued."""
        return self.results_digitised / self.results_issued if self.results_issued else None

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict, pending and shares included."""
        return asdict(self) | {"pending": self.pending, "share_digitised": self.share_digitised,
                               "share_within": self.share_within,
                               "share_results": self.share_results}


@dataclass(frozen=True, slots=True)
class PendingDossier:
    """A dossier received and not digitised yet, for an operator to chase."""

    receipt_code: str
    agency: str
    received_at: str
    """When it was received, ISO, Vietnam time."""
    hours_waiting: float
    procedure: str | None = None
    scanned: bool = False
    """Whether any of its pages reached sohoa (then look at its batches' rejected pages)."""
    rejected_pages: int = 0


@dataclass(slots=True)
class DigitisationReport:
    """Received against digitised for a period."""

    date_from: date
    date_to: date
    within_hours: float
    rows: list[DigitisationRow] = field(default_factory=list)
    """One per day and agency with anything received (or backlog scanned) or a result issued,
    by day, agency."""
    totals: DigitisationRow = field(default_factory=lambda: DigitisationRow("", ""))
    pending: list[PendingDossier] = field(default_factory=list)
    """Oldest first."""
    unreadable: list[str] = field(default_factory=list)
    """Keys of records that could not be read (missing or damaged): the figures leave them out;
    ``sohoa fixity`` tells more."""

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"from": self.date_from.isoformat(), "to": self.date_to.isoformat(),
                "within_hours": self.within_hours, "rows": [r.to_json() for r in self.rows],
                "totals": self.totals.to_json(), "pending": [asdict(p) for p in self.pending],
                "unreadable": list(self.unreadable)}


def digitisation_report(
    store: ObjectStore, *, date_from: date, date_to: date, within_hours: float = 24,
    agencies: tuple[str, ...] = (), now: datetime | None = None, summaries: bool = True,
) -> DigitisationReport:
    """Dossiers received from ``date_from`` to ``date_to`` (days in Vietnam, both inclusive)
    against those digitised, and within ``within_hours`` of their receipt, and the results
    issued in the period against those digitised; per day and agency (only ``agencies`` when
    given). ``now`` (default: the current time) is what the pending dossiers' waiting hours
    count to. ``summaries`` (the default) reads and keeps the days' summaries of
    :mod:`pipeline.digitisation_summaries`; without, every dossier is read from its own keys
    and nothing is written (the same figures, slower).

    Raises:
        UsageError: the period ends before it starts or is longer than two years, or
            ``within_hours`` is not above 0.
    """
    if date_to < date_from:
        raise UsageError(f"ngày 'đến' {date_to.isoformat()} trước ngày 'từ' "
                         f"{date_from.isoformat()} (the period ends before it starts)")
    if (date_to - date_from).days >= _MAX_DAYS:
        raise UsageError(f"một báo cáo tối đa {_MAX_DAYS} ngày, không phải từ "
                         f"{date_from.isoformat()} đến {date_to.isoformat()} (a report covers "
                         f"at most {_MAX_DAYS} days; ask for each year in turn)")
    if not math.isfinite(within_hours) or within_hours <= 0:
        raise UsageError(f"số giờ phải lớn hơn 0, không phải {within_hours:g} (give the hours "
                         "as a number above 0)")
    now = (now or now_vn()).astimezone(VN_TZ)
    found = collect(store, date_from, date_to, readers=_READERS, summaries=summaries)
    report = DigitisationReport(date_from, date_to, within_hours, unreadable=found.unreadable)
    parts: dict[tuple[str, str], list[Part]] = {}
    for day, rollup in found.rollups.items():  # the days added up as they were kept
        for agency, part in rollup.items():
            if not agencies or agency in agencies:
                parts.setdefault((day, agency), []).append(part)
    for code, d in sorted(found.facts.items()):  # the dossiers read one by one
        agency = agency_of(code)
        if agencies and agency not in agencies:
            continue
        for day, receipt in ((result_day(d), False), (receipt_day(d), True)):
            if day is None or not date_from <= day <= date_to or found.covered(day, code):
                continue
            part = Part()
            if receipt:
                part.add_receipt(code, d)
            else:
                part.add_result(d)
            parts.setdefault((day.isoformat(), agency), []).append(part)
    limit = within_hours * 3600
    for (day, agency), added in sorted(parts.items()):
        row = DigitisationRow(day, agency)
        for part in added:
            for name, value in part.counts.items():
                setattr(row, name, getattr(row, name) + value)
            row.digitised_within += part.within(limit)
            report.pending += [PendingDossier(code, agency, at, waited(at, now),
                                              nfc(procedure) if procedure else None, scanned,
                                              rejected)
                               for code, at, procedure, scanned, rejected in part.pending]
        report.rows.append(row)
    for row in report.rows:
        for name in (*COUNTS, "digitised_within"):
            setattr(report.totals, name, getattr(report.totals, name) + getattr(row, name))
    report.pending.sort(key=lambda p: (datetime.fromisoformat(p.received_at), p.receipt_code))
    return report


def report_csv(report: DigitisationReport) -> str:
    """The report's rows as CSV (UTF-8 text, comma-separated) with Vietnamese headers, then a
    total line: the dossiers received and digitised, then the results issued, digitised,
    electronic, digitised from paper and their share."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    hours = f"{report.within_hours:g}"
    writer.writerow(["ngày", "đơn vị", "tiếp nhận", "đã số hóa", f"số hóa trong {hours} giờ",
                     "chưa số hóa", "trang bị trả lại", "trang quét lại", "tỷ lệ đã số hóa",
                     f"tỷ lệ trong {hours} giờ", "hồ sơ tồn đọng đã quét", "có kết quả",
                     "kết quả đã số hóa", "kết quả điện tử", "kết quả số hóa từ giấy",
                     "tỷ lệ kết quả đã số hóa"])
    total = DigitisationRow("tổng", "", **{k: v for k, v in asdict(report.totals).items()
                                           if k not in ("day", "agency")})
    for r in [*report.rows, total]:
        writer.writerow([r.day, r.agency, r.received, r.digitised, r.digitised_within, r.pending,
                         r.rejected_pages, r.rescanned_pages, _share(r.share_digitised),
                         _share(r.share_within), r.backlog, r.results_issued,
                         r.results_digitised, r.results_electronic, r.results_paper,
                         _share(r.share_results)])
    return nfc(out.getvalue())


def _share(value: float | None) -> str:
    return "" if value is None else f"{100 * value:.1f}%"
