"""The digitisation report's summaries: what it found of each day's dossiers, kept so that the
next report reads one object per day instead of every record of every dossier.

A summary (``reports/days/<day>/<UTC time>.json``) holds the facts of the dossiers of one day
(:class:`pipeline.dossier_facts.DossierFacts`, for the dossiers the day pointers of
:mod:`pipeline.intake` list) as they were at a point of the changes :mod:`archive.changes`
notes (its *mark*). A report lists the changes noted since the oldest mark it reads, once:
a dossier noted as changed after the mark of the summary that holds it, or not held by any
summary (new that day, or one whose records could not all be read), is read from its own
keys as before, and the day's summary is written again as of ``SETTLE`` before the report
began. So the figures are those a report reading every dossier would give, at most a few
minutes (``SETTLE``) sooner. An archive of an earlier release has no summaries: its first
report reads every dossier and writes them.

Summaries are a cache, not records: no retention, never trusted beyond ``_MAX_AGE`` (the
changes are not listed that far back), each written once under a new key and the one it
replaces deleted. Writing them is best effort: a report on a store it may not write to, or
one written by two machines at once, is as right, only slower the next time. A record
damaged after the summary of its dossier was written is told by ``sohoa fixity``, not by the
report (which counts the facts read while it was whole).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TypeVar

from archive import ObjectStore, get_json, keys
from archive.changes import SETTLE, change_mark, changes_after, prune_changes
from archive.errors import ArchiveError
from pipeline.dossier_facts import (
    DossierFacts,
    Reader,
    dossier_facts,
    facts_from_json,
    facts_to_json,
)
from pipeline.intake import dossiers_of_day
from sohoa.codes import RECEIPT_CODE

__all__ = ["collect", "prune_notes"]

log = logging.getLogger(__name__)

_SCHEMA = "sohoa.report-day/1"
_MAX_AGE = timedelta(days=31)
"""A summary older than this is not read (its day is read again): the changes since are not
listed further back, so one report costs at most a month of changes."""
_REFRESH = timedelta(days=1)
"""A summary older than this is written again, as of now, even when nothing changed in it, so
the next report lists only the changes since."""

T = TypeVar("T")
U = TypeVar("U")


@dataclass(slots=True)
class _Summary:
    key: str
    mark: str
    dossiers: dict[str, DossierFacts]


def _stamp(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _latest(store: ObjectStore, date_from: date, date_to: date) -> dict[str, list[str]]:
    """The keys of each day's summaries in the period, oldest first (one listing)."""
    found: dict[str, list[str]] = {}
    last = date_to.isoformat()
    for key in store.list(keys.REPORT_DAYS, start_after=keys.REPORT_DAYS + date_from.isoformat()):
        day = key.removeprefix(keys.REPORT_DAYS).split("/", 1)[0]
        if day > last:
            break
        found.setdefault(day, []).append(key)
    return found


def _read(store: ObjectStore, key: str, oldest: str) -> _Summary | None:
    """The summary at ``key``; None when it is older than ``oldest`` or cannot be read."""
    try:
        body = get_json(store, key)
        mark = body["mark"]
        if body.get("schema") != _SCHEMA or not isinstance(mark, str) or mark < oldest:
            return None
        return _Summary(key, mark, {code: facts_from_json(facts)
                                    for code, facts in body["dossiers"].items()})
    except (ArchiveError, KeyError, TypeError, ValueError, AttributeError) as exc:
        log.info("summary %s not read (%s): its dossiers are read again", key, exc)
        return None


def _write(store: ObjectStore, day: str, mark: str, stamp: str,
           dossiers: dict[str, DossierFacts], replaces: Iterable[str]) -> None:
    """Write a day's summary; delete those it replaces. Best effort: a failure is logged."""
    key = keys.report_day(day, stamp)
    try:
        store.put(key, json.dumps({"schema": _SCHEMA, "day": day, "mark": mark,
                                   "dossiers": {c: facts_to_json(d)
                                                for c, d in sorted(dossiers.items())}},
                                  ensure_ascii=False, separators=(",", ":")).encode())
    except (ArchiveError, OSError) as exc:
        log.info("summary %s not written (%s)", key, exc)
        return
    for old in replaces:
        if old != key:
            try:
                store.delete(old)
            except (ArchiveError, OSError) as exc:
                log.info("summary %s not deleted (%s)", old, exc)


def _map(fn: Callable[[T], U], items: list[T], readers: int) -> list[U]:
    if readers < 2 or len(items) < 2 * readers:
        return [fn(item) for item in items]
    with ThreadPoolExecutor(readers, thread_name_prefix="report") as pool:
        return list(pool.map(fn, items))


def collect(store: ObjectStore, date_from: date, date_to: date, *, readers: int,
            summaries: bool = True) -> tuple[dict[str, DossierFacts], list[str]]:
    """The facts of the dossiers something happened to from ``date_from`` to ``date_to``, and
    the keys that could not be read (in the dossiers' order): from the days' summaries where
    they are up to date (``summaries``), else from each dossier's own keys, ``readers`` at a
    time; the summaries are written again where that was needed."""
    began = datetime.now(UTC)
    days = [(date_from + timedelta(days=n)).isoformat()
            for n in range((date_to - date_from).days + 1)]
    listed = _map(lambda day: [c for c in dossiers_of_day(store, date.fromisoformat(day))
                               if RECEIPT_CODE.fullmatch(c)], days, readers)
    codes_of = dict(zip(days, listed, strict=True))
    held: dict[str, _Summary] = {}
    replaced: dict[str, list[str]] = {}
    if summaries:
        replaced = _latest(store, date_from, date_to)
        oldest = change_mark(began - _MAX_AGE)
        wanted = [(day, found[-1]) for day, found in sorted(replaced.items())
                  if codes_of.get(day)]
        read = _map(lambda w: _read(store, w[1], oldest), wanted, readers)
        held = {day: s for (day, _), s in zip(wanted, read, strict=True) if s is not None}
    changed: dict[str, str] = {}  # receipt code → the last change noted
    if held:
        for key, code in changes_after(store, min(s.mark for s in held.values())):
            changed[code] = key

    facts: dict[str, DossierFacts] = {}
    for day, codes in codes_of.items():
        summary = held.get(day)
        for code in codes:
            if (code not in facts and summary is not None and code in summary.dossiers
                    and changed.get(code, "") <= summary.mark):
                facts[code] = summary.dossiers[code]
    ordered = sorted({c for codes in listed for c in codes} - facts.keys())

    def one(code: str) -> tuple[DossierFacts, list[str]]:
        read = Reader(store)
        return dossier_facts(read, code), read.unreadable

    found = _map(one, ordered, readers)
    trusted = set(facts)  # a dossier with records that cannot be read is not kept
    trusted |= {code for code, (_, unreadable) in zip(ordered, found, strict=True)
                if not unreadable}
    facts |= {code: d for code, (d, _) in zip(ordered, found, strict=True)}
    if summaries:
        _keep(store, codes_of, held, replaced, changed, facts, trusted, began)
    return facts, [key for _, unreadable in found for key in unreadable]


def _keep(store: ObjectStore, codes_of: dict[str, list[str]], held: dict[str, _Summary],
          replaced: dict[str, list[str]], changed: dict[str, str],
          facts: dict[str, DossierFacts], trusted: set[str], began: datetime) -> None:
    """Write the summary of each day that has none, is older than ``_REFRESH``, or would now
    hold a dossier it could not be trusted for, as of ``SETTLE`` before the report began (a
    change noted before that was written before the report read it). A dossier changed within
    ``SETTLE`` is read again by the next report whatever is written: it alone is no reason to
    write."""
    as_of = began - SETTLE
    mark, stamp, refresh = change_mark(as_of), _stamp(as_of), change_mark(began - _REFRESH)
    for day, codes in codes_of.items():
        summary = held.get(day)
        keep = {c: facts[c] for c in codes if c in trusted}
        if not keep:
            continue
        if summary is not None and summary.mark >= refresh and all(
                (c in summary.dossiers and changed.get(c, "") <= summary.mark)
                or changed.get(c, "") > mark for c in keep):
            continue  # up to date, or what it lacks a new one would lack as well
        _write(store, day, mark, stamp, keep, replaced.get(day, []))


def prune_notes(store: ObjectStore, now: datetime | None = None) -> int:
    """Delete the notes of changes older than any summary a report still reads (``_MAX_AGE``,
    and a day more for the machines' clocks); return how many (``sohoa reconcile``, and daily
    at scale)."""
    try:
        return prune_changes(store, (now or datetime.now(UTC)) - _MAX_AGE - timedelta(days=1))
    except ArchiveError as exc:  # the next run goes on from where this one stopped
        log.warning("notes of changes not all removed (%s); the next run goes on", exc)
        return 0
