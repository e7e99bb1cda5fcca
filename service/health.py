"""The installation's health, for its administrators and operator (``sohoa health``, ``GET
/api/health/detail``) and for Prometheus (``GET /metrics``)."""

from __future__ import annotations

import threading
import time

from pipeline.health import HealthReport, check_health, health_metrics
from service.access import Actor
from service.context import Context
from sohoa import metrics

__all__ = ["Health"]

class Health:
    """Dependencies, certificates, backups, fixity, audit seals and the queue (see
    ``pipeline/health.py``); reading them reads no record, so nothing is audited but a
    refusal."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._lock = threading.Lock()
        self._cached: tuple[float, HealthReport] | None = None

    def view(self, actor: Actor) -> HealthReport:
        """Check every item now."""
        self.ctx.authorize(actor, "health.view")
        return self._check()

    def metrics(self, actor: Actor) -> bytes:
        """The Prometheus text: what was counted (``sohoa.metrics``) and the health measured
        at most ``health.metrics_cache_s`` seconds ago (a scrape every few seconds does not
        list the backup media and open the certificates each time)."""
        self.ctx.authorize(actor, "health.view")
        cache_s = self.ctx.settings.health.metrics_cache_s
        with self._lock:
            if self._cached is None or time.monotonic() - self._cached[0] >= cache_s:
                self._cached = (time.monotonic(), self._check())
            report = self._cached[1]
        return metrics.exposition(health_metrics(report))

    def _check(self) -> HealthReport:
        return check_health(self.ctx.deps)
