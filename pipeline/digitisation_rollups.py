"""What each dossier adds to the digitisation report's rows, and the sum of it per day and
agency (a *part*), kept in the days' rollups (:mod:`pipeline.digitisation_summaries`) so
that a report adds up days instead of going over every dossier.

A dossier's receipt figures go to the day, in Vietnam, it was received, its result's to the
day the result was issued (see :mod:`pipeline.digitisation`); both in the row of its agency.
What depends on the question is kept so that any question can be answered: the delays from
receipt to the first archived document (sorted, so that a count within any hours is a
bisection), and the few dossiers received and not digitised (so that their waiting hours
count to the time asked).
"""

from __future__ import annotations

from bisect import bisect_right, insort
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pipeline.dossier_facts import DossierFacts
from sohoa.clock import VN_TZ
from sohoa.codes import agency_of

__all__ = ["COUNTS", "ELECTRONIC", "Part", "parts_of", "receipt_day", "result_day", "waited"]

ELECTRONIC = frozenset({"electronic", "signed_elsewhere"})
"""The forms of a result that are electronic originals; the others are digitised from paper."""
COUNTS = ("received", "digitised", "rejected_pages", "rescanned_pages", "backlog",
          "results_issued", "results_digitised", "results_electronic", "results_paper")
"""The figures of a row that add up as they are."""


def receipt_day(d: DossierFacts) -> date | None:
    """The day in Vietnam the dossier was received, if it was."""
    return None if d.received is None else d.received.astimezone(VN_TZ).date()


def result_day(d: DossierFacts) -> date | None:
    """The day in Vietnam the dossier's result counts as issued, if it was."""
    issued = d.result_day
    return None if issued is None else issued.astimezone(VN_TZ).date()


@dataclass(slots=True)
class Part:
    """What dossiers add to one day's row of one agency."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))
    delays: list[float] = field(default_factory=list)
    """Seconds from receipt to the first archived document of each digitised dossier
    received (the backlog aside), sorted."""
    pending: list[tuple[str, str, str | None, bool, int]] = field(default_factory=list)
    """Received, not digitised: (receipt code, received at in Vietnam ISO, procedure,
    scanned, rejected pages)."""

    def add_receipt(self, code: str, d: DossierFacts) -> None:
        """Count the dossier as received this day (or scanned from the backlog)."""
        if d.backlog:
            self.counts["backlog"] += 1
            return
        if d.received is None:
            return
        received = d.received.astimezone(VN_TZ)
        c = self.counts
        c["received"] += 1
        c["digitised"] += d.archived
        c["rejected_pages"] += len(d.rejected)
        c["rescanned_pages"] += d.rescanned_pages
        if d.archived_at is not None:
            insort(self.delays, (d.archived_at - received).total_seconds())
        if not d.archived:
            self.pending.append((code, received.isoformat(), d.procedure, d.scanned,
                                 len(d.rejected)))

    def add_result(self, d: DossierFacts) -> None:
        """Count the dossier's result as issued this day."""
        digitised = bool(d.result_forms)
        electronic = bool(d.result_forms & ELECTRONIC)
        c = self.counts
        c["results_issued"] += 1
        c["results_digitised"] += digitised
        c["results_electronic"] += electronic
        c["results_paper"] += digitised and not electronic

    def within(self, seconds: float) -> int:
        """How many were digitised within ``seconds`` of their receipt."""
        return bisect_right(self.delays, seconds)

    def to_json(self) -> dict[str, Any]:
        """As JSON: the counts that are not 0, the delays and the pending dossiers."""
        body: dict[str, Any] = {k: v for k, v in self.counts.items() if v}
        if self.delays:
            body["delays"] = self.delays
        if self.pending:
            body["pending"] = [list(p) for p in self.pending]
        return body

    @classmethod
    def from_json(cls, body: dict[str, Any]) -> Part:
        """The part ``to_json`` wrote.

        Raises:
            ValueError: ``body`` is not such a part (a damaged rollup: read its day again).
        """
        if not isinstance(body, dict):
            raise ValueError("not an object")
        part = cls({k: int(body.get(k) or 0) for k in COUNTS},
                   [float(x) for x in body.get("delays") or []])
        if part.delays != sorted(part.delays):
            raise ValueError("delays not sorted")
        part.pending = [(str(c), str(at), None if p is None else str(p), bool(s), int(r))
                        for c, at, p, s, r in body.get("pending") or []]
        return part


def parts_of(day: date, facts: dict[str, DossierFacts]) -> dict[str, Part]:
    """Per agency, what the dossiers of ``facts`` add to the rows of ``day``: those received
    that day and those whose result was issued that day."""
    parts: dict[str, Part] = {}
    for code, d in sorted(facts.items()):
        if result_day(d) == day:
            parts.setdefault(agency_of(code), Part()).add_result(d)
        if receipt_day(d) == day:
            parts.setdefault(agency_of(code), Part()).add_receipt(code, d)
    return parts


def waited(received_at: str, now: datetime) -> float:
    """Hours from ``received_at`` (ISO) to ``now``, rounded to a tenth, never below 0."""
    return round(max(0.0, (now - datetime.fromisoformat(received_at)).total_seconds()) / 3600,
                 1)
