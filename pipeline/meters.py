"""What the engine counts for ``/metrics`` (``sohoa.metrics``), from its own results: each
page as it is read, the pages of a batch not archived once its outcome is recorded."""

from __future__ import annotations

from pipeline.pages import PageOutcome
from pipeline.reports import InputReport
from sohoa import metrics

__all__ = ["batch_recorded", "page_read"]

OCR_STAGES = ("OCR",)
"""The stages of ``sohoa.timing`` that are OCR (``pipeline.pages.read_upright``)."""


def page_read(outcome: PageOutcome) -> None:
    """Count one page read, and the seconds OCR spent on it."""
    kind = ("not_read" if outcome.error_code else "separator" if outcome.separator
            else "blank" if outcome.blank else "read")
    metrics.page_read(kind, sum(s for name, s in outcome.timings if name in OCR_STAGES))


def batch_recorded(report: InputReport) -> None:
    """Count every page of a finished batch that was not archived, by its reason."""
    metrics.pages_refused([p.code for d in report.dossiers for p in d.rejected])
    metrics.pages_refused([p.code for p in report.unassigned])
