"""The dossiers' changes, in the order they happened: what the digitisation report's summaries
are checked against.

Every writer of a record the digitisation report reads about a dossier (its receipt, a batch
outcome naming it, a document archived into it, the day its result was issued, a document of
it destroyed) first notes the change: a small object ``reports/changes/<UTC day>/<UTC
time>-<receipt code>``, written once, with no retention. Listed from a point in time, they
say which dossiers changed since: a summary of the report computed before a change is read
again from the dossier's own records.

A change is noted *before* its record is written, as a pointer is: a change noted and then not
written (the writer stopped) costs a summary read again, never a wrong one. A summary only
trusts what was noted up to ``SETTLE`` before it was computed: a writer's clock that runs a
little behind, or a record written a moment after its note, are both inside that time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import archive.keys as keys
from archive.store import ObjectStore

__all__ = ["SETTLE", "change_mark", "changes_after", "note_change", "prune_changes"]

SETTLE = timedelta(minutes=10)
"""How long after its note a change is surely written and noted by every machine: the skew
allowed between the machines' clocks plus the longest time from a note to its record."""


def change_mark(at: datetime) -> str:
    """The position in the changes of the time ``at`` (a key prefix that sorts with them)."""
    return keys.REPORT_CHANGES + at.astimezone(UTC).strftime("%Y-%m-%d/%H%M%S%f")


def note_change(store: ObjectStore, receipt_code: str, at: datetime | None = None) -> str:
    """Note that something is about to be written about the dossier ``receipt_code`` (now,
    unless ``at`` says when); return the key written."""
    key = f"{change_mark(at or datetime.now(UTC))}-{receipt_code}"
    store.put(key, json.dumps({"receipt_code": receipt_code}).encode())
    return key


def changes_after(store: ObjectStore, mark: str) -> Iterator[tuple[str, str]]:
    """(key, receipt code) of every change noted after the position ``mark``, in order."""
    for key in store.list(keys.REPORT_CHANGES, start_after=mark):
        stamp, _, code = key.rpartition("/")[2].partition("-")
        if stamp and code:
            yield key, code


def prune_changes(store: ObjectStore, before: datetime, *, batch: int = 1000) -> int:
    """Delete the notes of the changes noted before ``before`` (listed in order: the oldest
    first, ``batch`` at a time); return how many were deleted."""
    end, deleted = change_mark(before), 0
    while True:
        old: list[str] = []
        for key in store.list(keys.REPORT_CHANGES):
            if key >= end or len(old) >= batch:
                break
            old.append(key)
        for key in old:
            store.delete(key)
        deleted += len(old)
        if len(old) < batch:
            return deleted
