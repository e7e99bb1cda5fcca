"""The digitisation report's summaries and rollups: what it found of each day's dossiers, kept
so that the next report adds up one object per day instead of reading every record of every
dossier.

A summary (``reports/days/<day>/<UTC time>.json``) holds the facts of the dossiers of one day
(:class:`pipeline.dossier_facts.DossierFacts`, for the dossiers the day pointers of
:mod:`pipeline.intake` list) as they were at a point of the changes :mod:`archive.changes`
notes (its *mark*); its rollup (``reports/rollups/<day>/<same time>.json``) what they add to
that day's rows, per agency (:mod:`pipeline.digitisation_rollups`), with a digest of the
dossiers it holds and the facts of those whose receipt or result day does not list them.

A report lists the changes noted since the oldest mark it reads, once. A day whose pointers
list the dossiers its rollup holds, none noted since its mark, is added up from the rollup
alone. The dossiers of the other days are counted one by one: from their day's summary when
not noted since, else (changed, new, or one whose records could not all be read) from their
own keys; a figure a rollup counts is not counted again. The day's summary and rollup are
then written again as of ``SETTLE`` before the report began. So the figures are those a
report reading every dossier would give, at most a few minutes (``SETTLE``) sooner. An
archive of an earlier release has no rollups: its first report reads every dossier and
writes them.

The notes are kept a month (:func:`prune_notes`): a mark older than ``_MAX_AGE`` cannot be
checked. The *marks* (``reports/marks/<UTC time>.json``) vouch for a rollup as of a later
mark once a report, or the daily job (:func:`keep_summaries`), found none of its dossiers
noted since; so a rollup of a day long past stays trusted as long as the daily job runs.

Summaries, rollups and marks are a cache, not records: no retention, each written once
under a new key and the one it replaces deleted. Writing them is best effort: a report on a
store it may not write to, or one written by two machines at once, is as right, only slower
the next time. A record damaged after the summary of its dossier was written is told by
``sohoa fixity``, not by the report (which counts the facts read while it was whole).
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from archive import ObjectStore, get_json, keys
from archive.changes import SETTLE, change_mark, changes_after, prune_changes
from archive.errors import ArchiveError
from pipeline.digitisation_rollups import Part, parts_of, receipt_day, result_day
from pipeline.dossier_facts import (
    DossierFacts,
    Reader,
    dossier_facts,
    facts_from_json,
    facts_to_json,
)
from pipeline.intake import dossiers_of_day
from sohoa.clock import VN_TZ
from sohoa.codes import RECEIPT_CODE

__all__ = ["KEPT_DAYS", "Collected", "collect", "keep_summaries", "prune_notes"]

log = logging.getLogger(__name__)

_SCHEMA = "sohoa.report-day/1"
_ROLLUP = "sohoa.report-rollup/1"
_MARKS = "sohoa.report-marks/1"
_MAX_AGE = timedelta(days=31)
"""A summary whose mark is older than this is not read (its day is read again): the changes
since are not listed further back, so one report costs at most a month of changes."""
_REFRESH = timedelta(days=1)
"""A summary whose mark is older than this is vouched for again, as of now, when nothing
changed in it, so the next report lists only the changes since."""
KEPT_DAYS = 731
"""The days back the daily job keeps summarised (the longest report)."""
_CHUNK = 7
"""Days the daily job summarises at a time (it stops between two when its time is up)."""

T = TypeVar("T")
U = TypeVar("U")


def _clock() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class _Rollup:
    key: str
    mark: str
    """Its own mark, or the later one the marks vouch for."""
    facts: str
    """The key of the summary of the same day and mark (the dossiers' facts)."""
    digest: str
    unheld: frozenset[str]
    parts: dict[str, Part]
    strays: dict[str, DossierFacts]


@dataclass(slots=True)
class Collected:
    """What a report adds up: the rollups of the days whose dossiers did not change since,
    and the facts of the other dossiers, each counted where no rollup counts it."""

    facts: dict[str, DossierFacts]
    rollups: dict[str, dict[str, Part]] = field(default_factory=dict)
    """Per day (ISO) in the period, the parts of its agencies."""
    held: dict[str, set[str]] = field(default_factory=dict)
    """Per day of ``rollups``, the dossiers its rollup counts."""
    unreadable: list[str] = field(default_factory=list)

    def covered(self, day: date, code: str) -> bool:
        """Whether the rollup of ``day`` counts what the dossier ``code`` adds to that day."""
        return code in self.held.get(day.isoformat(), ())


def _stamp(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _digest(codes: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(sorted(codes)).encode()).hexdigest()[:32]


def _latest(store: ObjectStore, prefix: str, date_from: date, date_to: date
            ) -> dict[str, list[str]]:
    """The keys under ``prefix`` of each day in the period, oldest first (one listing)."""
    found: dict[str, list[str]] = {}
    last = date_to.isoformat()
    for key in store.list(prefix, start_after=prefix + date_from.isoformat()):
        day = key.removeprefix(prefix).split("/", 1)[0]
        if day > last:
            break
        found.setdefault(day, []).append(key)
    return found


def _marks(store: ObjectStore) -> tuple[list[str], dict[str, str]]:
    """The keys of the marks objects, and the later marks the newest vouches for (rollup key
    → mark); none when it cannot be read."""
    found = list(store.list(keys.REPORT_MARKS))
    if not found:
        return [], {}
    try:
        body = get_json(store, found[-1])
        if body.get("schema") != _MARKS:
            return found, {}
        return found, {str(k): str(v) for k, v in body["marks"].items()}
    except (ArchiveError, KeyError, TypeError, ValueError, AttributeError) as exc:
        log.info("marks %s not read (%s): the summaries' own marks count", found[-1], exc)
        return found, {}


def _read_facts(store: ObjectStore, key: str) -> tuple[str, dict[str, DossierFacts]] | None:
    """The mark and the dossiers' facts of the summary at ``key``; None when it cannot be
    read."""
    try:
        body = get_json(store, key)
        if body.get("schema") != _SCHEMA or not isinstance(body["mark"], str):
            return None
        return body["mark"], {code: facts_from_json(facts)
                              for code, facts in body["dossiers"].items()}
    except (ArchiveError, KeyError, TypeError, ValueError, AttributeError) as exc:
        log.info("summary %s not read (%s): its dossiers are read again", key, exc)
        return None


def _read_rollup(store: ObjectStore, key: str, marks: dict[str, str], oldest: str
                 ) -> _Rollup | None:
    """The rollup at ``key``; None when its mark (or the one vouched for) is older than
    ``oldest`` or it cannot be read."""
    try:
        body = get_json(store, key)
        mark = max(body["mark"], marks.get(key, ""))
        if body.get("schema") != _ROLLUP or not isinstance(mark, str) or mark < oldest:
            return None
        return _Rollup(key, mark, str(body["facts"]), str(body["held"]),
                       frozenset(str(c) for c in body.get("unheld") or []),
                       {str(a): Part.from_json(p) for a, p in body["agencies"].items()},
                       {str(c): facts_from_json(f)
                        for c, f in (body.get("strays") or {}).items()})
    except (ArchiveError, KeyError, TypeError, ValueError, AttributeError) as exc:
        log.info("rollup %s not read (%s): its day is read again", key, exc)
        return None


def _put(store: ObjectStore, key: str, body: dict[str, Any]) -> bool:
    try:
        store.put(key, json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode())
        return True
    except (ArchiveError, OSError) as exc:
        log.info("%s not written (%s)", key, exc)
        return False


def _delete(store: ObjectStore, old: Iterable[str], but: Iterable[str] = ()) -> None:
    kept = set(but)
    for key in old:
        if key not in kept:
            try:
                store.delete(key)
            except (ArchiveError, OSError) as exc:
                log.info("%s not deleted (%s)", key, exc)


def _map(fn: Callable[[T], U], items: list[T], readers: int) -> list[U]:
    if readers < 2 or len(items) < 2 * readers:
        return [fn(item) for item in items]
    with ThreadPoolExecutor(readers, thread_name_prefix="report") as pool:
        return list(pool.map(fn, items))


def _read_dossiers(store: ObjectStore, codes: list[str], readers: int
                   ) -> tuple[dict[str, DossierFacts], set[str], list[str]]:
    """The facts of ``codes`` from their own keys, those that could all be read, and the keys
    that could not (in the dossiers' order)."""
    def one(code: str) -> tuple[DossierFacts, list[str]]:
        read = Reader(store)
        return dossier_facts(read, code), read.unreadable

    found = _map(one, codes, readers)
    return ({code: d for code, (d, _) in zip(codes, found, strict=True)},
            {code for code, (_, unreadable) in zip(codes, found, strict=True)
             if not unreadable},
            [key for _, unreadable in found for key in unreadable])


@dataclass(slots=True)
class _Period:
    """What one report found of its period."""

    began: datetime
    codes_of: dict[str, list[str]]
    known: dict[str, _Rollup]
    rolled: dict[str, set[str]]
    changed: dict[str, str]
    marks: dict[str, str]
    mark_keys: list[str]
    replaced: dict[str, list[str]]


def collect(store: ObjectStore, date_from: date, date_to: date, *, readers: int,
            summaries: bool = True, vouched: dict[str, str] | None = None) -> Collected:
    """What the report of ``date_from`` to ``date_to`` adds up: the rollups of the days none
    of whose dossiers changed since (``summaries``), and the facts of the other dossiers,
    from their day's summary where they did not change, else from their own keys,
    ``readers`` at a time; the summaries and rollups are written again where that was
    needed. The rollups it vouches for are written into the marks object, or, given
    ``vouched``, added to it for the caller to write once (``keep_summaries``)."""
    began = _clock()
    days = [(date_from + timedelta(days=n)).isoformat()
            for n in range((date_to - date_from).days + 1)]
    listed = _map(lambda day: [c for c in dossiers_of_day(store, date.fromisoformat(day))
                               if RECEIPT_CODE.fullmatch(c)], days, readers)
    codes_of = {day: codes for day, codes in zip(days, listed, strict=True) if codes}
    if not summaries:
        facts, _, unreadable = _read_dossiers(
            store, sorted({c for codes in listed for c in codes}), readers)
        return Collected(facts, unreadable=unreadable)

    oldest = change_mark(began - _MAX_AGE)
    mark_keys, marks = _marks(store)
    replaced = _latest(store, keys.REPORT_ROLLUPS, date_from, date_to)
    old_facts = _latest(store, keys.REPORT_DAYS, date_from, date_to)
    wanted = [(day, found[-1]) for day, found in sorted(replaced.items()) if day in codes_of]
    read = _map(lambda w: _read_rollup(store, w[1], marks, oldest), wanted, readers)
    known = {day: r for (day, _), r in zip(wanted, read, strict=True) if r is not None}
    changed: dict[str, str] = {}  # receipt code → the last change noted
    if known:
        for key, code in changes_after(store, min(r.mark for r in known.values())):
            changed[code] = key
    rolled: dict[str, set[str]] = {}
    for day, r in known.items():
        held = set(codes_of[day]) - r.unheld
        if _digest(held) == r.digest and not any(
                c in held and at > r.mark for c, at in changed.items()):
            rolled[day] = held
    for day, found in old_facts.items():
        replaced.setdefault(day, []).extend(found)
    period = _Period(began, codes_of, known, rolled, changed, marks, mark_keys, replaced)

    opened = [day for day in codes_of if day not in rolled]
    kept = _map(lambda day: _held_facts(store, day, period, oldest, old_facts), opened,
                readers)
    facts: dict[str, DossierFacts] = {}
    for day, summary in zip(opened, kept, strict=True):
        for code in codes_of[day]:
            if code not in facts and code in summary:
                facts[code] = summary[code]
    wanted_codes = {c for day in opened for c in codes_of[day]}
    for day in rolled:
        for code, d in known[day].strays.items():
            facts.setdefault(code, d)
        wanted_codes |= known[day].unheld.intersection(codes_of[day])
    trusted = set(facts)  # a dossier with records that cannot be read is not kept
    found, readable, unreadable = _read_dossiers(store, sorted(wanted_codes - facts.keys()),
                                                 readers)
    facts |= found
    trusted |= readable
    _keep(store, period, opened, facts, trusted, vouched)
    return Collected(facts, {day: known[day].parts for day in rolled}, rolled, unreadable)


def _held_facts(store: ObjectStore, day: str, period: _Period, oldest: str,
                old_facts: dict[str, list[str]]) -> dict[str, DossierFacts]:
    """The facts an open day's summary holds of dossiers that did not change since."""
    rollup = period.known.get(day)
    if rollup is not None:
        key, mark = rollup.facts, rollup.mark
    elif day in old_facts:  # a summary without its rollup (an earlier release)
        key, mark = old_facts[day][-1], ""
    else:
        return {}
    read = _read_facts(store, key)
    if read is None:
        return {}
    mark = mark or read[0]
    if mark < oldest:
        return {}
    return {c: d for c, d in read[1].items() if period.changed.get(c, "") <= mark}


def _keep(store: ObjectStore, period: _Period, opened: list[str],
          facts: dict[str, DossierFacts], trusted: set[str],
          vouched_into: dict[str, str] | None = None) -> None:
    """Write the summary and rollup of each open day that has none, is older than
    ``_REFRESH``, or would now hold a dossier it could not be trusted for, as of ``SETTLE``
    before the report began (a change noted before that was written before the report read
    it); vouch for the rollups of the other days, as of then, when their mark is older than
    ``_REFRESH``. A dossier changed within ``SETTLE`` is read again by the next report
    whatever is written: it alone is no reason to write."""
    as_of = period.began - SETTLE
    mark, stamp = change_mark(as_of), _stamp(as_of)
    refresh = change_mark(period.began - _REFRESH)
    changed, listed = period.changed, _Listed(store, period.codes_of)
    for day in opened:
        codes = period.codes_of[day]
        keep = {c: facts[c] for c in codes if c in trusted}
        if not keep:
            continue
        r = period.known.get(day)
        if r is not None and r.mark >= refresh and _digest(set(codes) - r.unheld) == r.digest \
                and all((c not in r.unheld and changed.get(c, "") <= r.mark)
                        or changed.get(c, "") > mark for c in keep):
            continue  # up to date, or what it lacks a new one would lack as well
        when = date.fromisoformat(day)
        strays = {c: facts_to_json(d) for c, d in sorted(keep.items())
                  if any(t is not None and t != when and not listed(t, c)
                         for t in (receipt_day(d), result_day(d)))}
        facts_key, rollup_key = keys.report_day(day, stamp), keys.report_rollup(day, stamp)
        if _put(store, facts_key, {"schema": _SCHEMA, "day": day, "mark": mark,
                                   "dossiers": {c: facts_to_json(d)
                                                for c, d in sorted(keep.items())}}) and _put(
                store, rollup_key, {
                    "schema": _ROLLUP, "day": day, "mark": mark, "facts": facts_key,
                    "held": _digest(keep), "unheld": sorted(set(codes) - keep.keys()),
                    "agencies": {a: p.to_json() for a, p in sorted(parts_of(when,
                                                                           keep).items())},
                    "strays": strays}):
            _delete(store, period.replaced.get(day, []), (facts_key, rollup_key))
    vouched = {period.known[day].key: mark for day in period.rolled
               if period.known[day].mark < refresh}
    if vouched_into is not None:
        vouched_into.update(vouched)
    elif vouched:
        _write_marks(store, period.began, vouched, (period.mark_keys, period.marks))


def _write_marks(store: ObjectStore, at: datetime, vouched: dict[str, str],
                 read: tuple[list[str], dict[str, str]] | None = None) -> None:
    """Write a marks object holding the marks read (``read``, else read now) that a report
    still trusts and ``vouched``; delete the older marks objects."""
    mark_keys, marks = read if read is not None else _marks(store)
    oldest = change_mark(at - _MAX_AGE)
    kept = {k: m for k, m in marks.items() if m >= oldest} | vouched
    key = f"{keys.REPORT_MARKS}{_stamp(at)}.json"
    if _put(store, key, {"schema": _MARKS, "marks": dict(sorted(kept.items()))}):
        _delete(store, mark_keys, (key,))


class _Listed:
    """Whether a day's pointers list a dossier: from the period's listing, else asked."""

    def __init__(self, store: ObjectStore, codes_of: dict[str, list[str]]) -> None:
        self.store, self.codes_of = store, codes_of
        self.sets: dict[str, set[str]] = {}

    def __call__(self, day: date, code: str) -> bool:
        name = day.isoformat()
        if name in self.codes_of:
            if name not in self.sets:
                self.sets[name] = set(self.codes_of[name])
            return code in self.sets[name]
        try:
            return self.store.exists(keys.day_dossiers(name, code))
        except (ArchiveError, OSError):
            return False  # kept with its facts: counted one by one, never lost


def keep_summaries(store: ObjectStore, *, days: int = KEPT_DAYS,
                   budget: timedelta = timedelta(minutes=30), readers: int = 8,
                   until: date | None = None) -> int:
    """Write the summaries and rollups of the ``days`` days up to ``until`` (default:
    yesterday, in Vietnam) that lack one or changed, and vouch for the others, newest first,
    ``_CHUNK`` days at a time until ``budget`` is spent (daily at scale, and by ``sohoa
    reconcile``): a report's first view then finds them, and a summary of a day long past
    stays trusted. The rollups it vouches for go into one marks object, written once at the
    end. Return how many days were gone over (the next run starts again from the newest)."""
    deadline = time.monotonic() + budget.total_seconds()
    end = until or _clock().astimezone(VN_TZ).date() - timedelta(days=1)
    first = end - timedelta(days=days - 1)
    done = 0
    vouched: dict[str, str] = {}
    while end >= first and time.monotonic() < deadline:
        start = max(first, end - timedelta(days=_CHUNK - 1))
        try:
            collect(store, start, end, readers=readers, vouched=vouched)
        except ArchiveError as exc:  # the report reads them again; the next run goes on
            log.warning("summaries from %s to %s not written (%s)", start, end, exc)
            break
        done += (end - start).days + 1
        end = start - timedelta(days=1)
    if vouched:
        _write_marks(store, _clock(), vouched)
    return done


def prune_notes(store: ObjectStore, now: datetime | None = None) -> int:
    """Delete the notes of changes older than any summary a report still reads (``_MAX_AGE``,
    and a day more for the machines' clocks); return how many (``sohoa reconcile``, and daily
    at scale)."""
    try:
        return prune_changes(store, (now or datetime.now(UTC)) - _MAX_AGE - timedelta(days=1))
    except ArchiveError as exc:  # the next run goes on from where this one stopped
        log.warning("notes of changes not all removed (%s); the next run goes on", exc)
        return 0
