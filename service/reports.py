"""Reports on the work itself: dossiers received against dossiers digitised."""

from __future__ import annotations

from datetime import date

from pipeline.digitisation import DigitisationReport, digitisation_report
from pipeline.receipts import EARLIEST_YEAR
from service.access import Actor
from service.context import Context
from sohoa.errors import UsageError

__all__ = ["Reports"]


LATEST_YEAR = 2200
"""No report reaches past this year (dates near the calendar's end cannot be counted)."""


class Reports:
    """The digitisation dashboard and its CSV."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def digitisation(self, actor: Actor, date_from: date, date_to: date, hours: float,
                     agencies: tuple[str, ...] = ()) -> DigitisationReport:
        """Dossiers received vs digitised per day and agency, and the share within ``hours``;
        a clerk or officer sees only their agency (another one shows nothing)."""
        self.ctx.authorize(actor, "reports.digitisation")
        if date_to < date_from:
            raise UsageError("Ngày 'đến' trước ngày 'từ' (the period ends before it starts).")
        if date_from.year < EARLIEST_YEAR or date_to.year > LATEST_YEAR:
            raise UsageError(f"Báo cáo trong khoảng năm {EARLIEST_YEAR}–{LATEST_YEAR} (a report "
                             f"covers days from {EARLIEST_YEAR} to {LATEST_YEAR}).")
        if actor.scoped:
            asked = set(agencies)
            agencies = ("",) if asked and asked != {actor.agency} else (str(actor.agency),)
        return digitisation_report(self.ctx.deps.store, date_from=date_from, date_to=date_to,
                                   within_hours=hours, agencies=agencies)
