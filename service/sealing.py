"""Sealing the audit trail on a schedule in this process (``sohoa serve`` without Celery;
with Celery, beat runs ``sohoa.seal_audit`` on a worker instead).

A seal fixes the head of the trail in the write-once store: entries after the newest seal are
the only ones that could still be cut off unseen, so the web service seals every
``settings.seal_interval_s`` seconds (as well as after every records-management action, see
``Context.audit``), and once more when it stops.
"""

from __future__ import annotations

import threading

from service.context import Context

__all__ = ["Sealer"]


class Sealer:
    """Seals the audit trail every ``interval_s`` seconds from a daemon thread."""

    def __init__(self, ctx: Context, interval_s: float | None = None) -> None:
        self.ctx = ctx
        self.interval_s = float(interval_s if interval_s is not None
                                else ctx.settings.seal_interval_s)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        """True while the sealing thread runs."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Start sealing on the schedule (a second call does nothing)."""
        if self.running:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="sohoa-audit-sealer",
                                        daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.interval_s):
            self.ctx.seal_now()  # logs a failure and tries again next time

    def stop(self, timeout_s: float = 10) -> None:
        """Stop the schedule and seal one last time, so nothing written before is left
        unsealed."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout_s)
            self._thread = None
        self.ctx.seal_now()
