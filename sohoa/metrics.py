"""Counters of the work done, for Prometheus (``GET /metrics``).

The stages and the engine count here as the work happens: pages read, pages refused (by
reason), documents archived, seconds of OCR per page, search latency, problems found by
fixity. The state of the installation (dependencies up, backup age, certificate days left,
queue depth, unsealed audit entries) is not counted here: it is measured when ``/metrics`` is
scraped (``pipeline/health.py``) and handed to :func:`exposition`.

Each process keeps its own counts. With ``PROMETHEUS_MULTIPROC_DIR`` set (the same empty
folder for ``sohoa serve`` and the Celery workers of one machine, emptied before they start),
prometheus-client writes every process's counts into that folder and :func:`exposition`
adds them up; unset, the counts are this process's (the embedded default: the web service
runs the batches in its own process).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.metrics_core import Metric
from prometheus_client.multiprocess import MultiProcessCollector

__all__ = ["CONTENT_TYPE", "document_archived", "exposition", "fixity_checked",
           "page_read", "pages_refused", "search_done"]

CONTENT_TYPE = CONTENT_TYPE_LATEST
"""The content type of :func:`exposition`'s text."""

PAGES = Counter("sohoa_pages_processed", "Pages read from received batches, by outcome "
                "(read, blank, separator, not_read)", ["outcome"])
REFUSED = Counter("sohoa_pages_refused", "Pages not archived, by reason (the error code the "
                  "clerk is shown)", ["reason"])
DOCUMENTS = Counter("sohoa_documents_archived", "Documents written into the archive, by kind "
                    "(received: digitised papers; result: results of procedures)", ["kind"])
OCR_SECONDS = Histogram("sohoa_ocr_seconds_per_page", "Seconds of OCR spent on one page",
                        buckets=(0.25, 0.5, 1, 2, 4, 8, 15, 30, 60, 120))
SEARCH_SECONDS = Histogram("sohoa_search_seconds", "Seconds to answer one search",
                           buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
FIXITY_PROBLEMS = Counter("sohoa_fixity_problems", "Missing or altered objects found by "
                          "fixity runs of this process")

_OUTCOMES = ("read", "blank", "separator", "not_read")


def page_read(outcome: str, ocr_seconds: float = 0.0) -> None:
    """Count one page read (``outcome``: read, blank, separator or not_read) and the seconds
    of OCR it took (none for a page not given to OCR)."""
    PAGES.labels(outcome if outcome in _OUTCOMES else "not_read").inc()
    if ocr_seconds > 0:
        OCR_SECONDS.observe(ocr_seconds)


def pages_refused(reasons: Iterable[str]) -> None:
    """Count pages not archived, one per reason given."""
    for reason in reasons:
        REFUSED.labels(reason or "unknown").inc()


def document_archived(kind: str = "received") -> None:
    """Count one document newly written into the archive."""
    DOCUMENTS.labels(kind).inc()


def search_done(seconds: float) -> None:
    """Record how long one search took."""
    SEARCH_SECONDS.observe(seconds)


def fixity_checked(problems: int) -> None:
    """Count the problems one fixity run found."""
    FIXITY_PROBLEMS.inc(problems)


class _Families:
    """A collector that yields families made elsewhere (this process's, or measured now)."""

    def __init__(self, source: Callable[[], Iterable[Metric]]) -> None:
        self.source = source

    def collect(self) -> Iterator[Metric]:
        yield from self.source()


def exposition(measured: Iterable[Metric] = ()) -> bytes:
    """The Prometheus text of every count (of every process sharing
    ``PROMETHEUS_MULTIPROC_DIR`` when it is set, else of this process), followed by the
    ``measured`` families."""
    registry = CollectorRegistry()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        MultiProcessCollector(registry)
    else:
        registry.register(_Families(REGISTRY.collect))
    families = list(measured)
    registry.register(_Families(lambda: families))
    return generate_latest(registry)
