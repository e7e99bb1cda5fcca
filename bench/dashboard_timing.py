"""The digitisation dashboard timed on an archive (see ``bench/archive_scale.py``, which
builds it): from scratch, its first view, the views after, after a tenth of its dossiers
changed, and its first view after the daily job wrote the period's summaries."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from archive import ObjectStore
from archive.changes import note_change
from pipeline.digitisation import digitisation_report
from pipeline.digitisation_summaries import keep_summaries
from pipeline.intake import dossiers_of_day


class Counting:
    """The store, counting the objects read (a wrapper for measuring, not a fake)."""

    def __init__(self, store: ObjectStore) -> None:
        self.store, self.reads, self.lists = store, 0, 0

    def get(self, key: str) -> bytes:
        self.reads += 1
        return self.store.get(key)

    def list(self, prefix: str = "", *, start_after: str = "") -> Any:
        self.lists += 1
        return self.store.list(prefix, start_after=start_after)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)


def _time(view: Callable[[Counting], object], store: ObjectStore, runs: int
          ) -> tuple[float, float, float, float]:
    """p50 and p95 in ms, objects read and listings asked per run."""
    times, reads, lists = [], 0, 0
    for _ in range(runs):
        counting = Counting(store)
        started = time.perf_counter()
        view(counting)
        times.append((time.perf_counter() - started) * 1000)
        reads += counting.reads
        lists += counting.lists
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return statistics.median(times), p95, reads / runs, lists / runs


def _clear_summaries(store: ObjectStore) -> None:
    """Delete the report's summaries and change notes (no retention: a cache)."""
    from archive import keys

    for key in [*store.list(keys.REPORT_DAYS), *store.list(keys.REPORT_ROLLUPS),
                *store.list(keys.REPORT_MARKS), *store.list(keys.REPORT_CHANGES)]:
        store.delete(key)


def time_dashboard(store: ObjectStore, views: int, where: str, day: date,
                   periods: tuple[int, ...] = (1, 7)) -> None:
    """The dashboard of ``periods`` days (1 and 7): read from scratch (every dossier from its
    own keys, ``_READERS`` at a time, as before the summaries), its first view (no summaries yet: it
    reads every dossier and writes them) and the views after (from the summaries); p50, p95,
    objects read and listings per view."""
    runs = max(3, views // 4)
    for days in periods:
        def report(s: Counting, n: int = days, kept: bool = True) -> object:
            return digitisation_report(s, date_from=day, date_to=day + timedelta(days=n - 1),
                                       summaries=kept)

        scratch = _time(lambda s: report(s, kept=False), store, runs)
        cold: list[float] = []
        reads = lists = 0
        for _ in range(runs):
            _clear_summaries(store)
            counting = Counting(store)
            started = time.perf_counter()
            report(counting)
            cold.append((time.perf_counter() - started) * 1000)
            reads, lists = reads + counting.reads, lists + counting.lists
        cold.sort()
        first = (statistics.median(cold), cold[min(len(cold) - 1, round(0.95 * (len(cold) - 1)))],
                 reads / runs, lists / runs)
        warm = _time(report, store, runs)
        week = sorted({c for n in range(days) for c in dossiers_of_day(store, day + timedelta(n))})
        for code in week[::10]:  # a tenth of them changed since (noted just now)
            note_change(store, code)
        changed = _time(report, store, runs)
        _clear_summaries(store)  # the daily job writes them before the first view
        started = time.perf_counter()
        kept = keep_summaries(store, days=days, until=day + timedelta(days=days - 1),
                              budget=timedelta(hours=1))
        job = time.perf_counter() - started
        after_job = _time(report, store, 1)
        print(f"{f'daily job, {kept} day(s) summarised ({where})':<52} {job * 1000:>9.1f}")
        for name, took in (("from scratch", scratch), ("1st view", first),
                           ("next views", warm), ("next, a tenth changed", changed),
                           ("1st view after the daily job", after_job)):
            print(f"{f'dashboard, {days} day(s), {name} ({where})':<52} {took[0]:>9.1f} "
                  f"{took[1]:>9.1f} {took[2]:>7.0f} {took[3]:>7.0f}")
    _clear_summaries(store)
