"""Writing the Tantivy index: one writer at a time, live documents committed in the background.

A Tantivy commit writes and syncs the new segment's files: ~50 ms, whatever the size of the
index. A live ``index`` of one document therefore does not commit: it appends the record to
the journal (``sohoa-pending.jsonl`` beside the index, written before it returns), adds it to
an open writer and leaves the commit to one background thread ``COMMIT_DELAY_S`` later, so
documents archived close together share one commit. A search in the same process commits
what is pending first (a clerk sees at once what they just archived); other processes see it
once that thread has committed, within ``COMMIT_DELAY_S`` (plus ``_POLL_S``) and one commit.
``bulk``, ``remove`` and ``clear`` commit what is pending, then commit their own change
before they return.

Pending documents are committed when the process exits or forks. A process that stops
without committing (killed, crashed, or a pool's worker ending with ``os._exit``) leaves its
records in the journal: the next process to take the writer adds them again before anything
else, and ``TantivyIndex`` does so when it is opened and before a search. The journal is not
synced (a sync costs ~7 ms here): a crash of the machine itself can lose the last
``COMMIT_DELAY_S`` of live documents from the index (never from the archive), and ``sohoa
reconcile`` indexes them again from the archive.

The writer's lock (Tantivy's, one writer per index across processes) is held only while
documents are pending or a change is written; a process that wants it waits.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

import tantivy

from search_api.errors import SearchUnavailableError
from search_api.types import IndexRecord

__all__ = ["BULK_HOLD_S", "COMMIT_DELAY_S", "JOURNAL", "LOAD_COMMIT", "LiveWriter", "flush_path"]

COMMIT_DELAY_S = 0.3
"""A live document is committed this long after ``index`` returned (at most ``_POLL_S``
later: the committing thread looks that often)."""
BULK_HOLD_S = 5.0
"""A bulk write's writer is kept this long for the next bulk write (``LiveWriter.write``)."""
JOURNAL = "sohoa-pending.jsonl"
_LOCK_WAIT_S = 60.0
_HEAP = 64_000_000
_POLL_S = 0.05
_BULK_HEAP, _BULK_THREADS = 256_000_000, 2
"""A bulk load indexes on two threads (a segment each) while the caller makes the next
documents; a live document on one."""
LOAD_COMMIT = 100_000
"""A load that commits when it is done (``LiveWriter.write`` without ``commit``: a rebuild's
new index, read by no one until it is switched in) commits every this many documents: a
commit waits for both indexing threads to write their segments, and each commit's small
segments are merged again and again as the index grows (committing every batch of 1,000
cost half again as much processor time)."""
_log = logging.getLogger(__name__)
_LIVE: weakref.WeakSet[LiveWriter] = weakref.WeakSet()
_LOCKS: dict[Path, threading.RLock] = {}
_LOCKS_LOCK = threading.Lock()


def _flush_all() -> None:
    flush_path(None)


def flush_path(path: Path | None) -> None:
    """Commit what this process's writers of the index at ``path`` (of every index: None)
    have pending: every ``TantivyIndex`` of this process sees what the others wrote."""
    key = path.resolve() if path is not None else None
    for writer in list(_LIVE):
        if writer.pending and (key is None or writer.key == key):
            try:
                writer.flush()
            except (SearchUnavailableError, OSError) as exc:  # kept in the journal
                _log.warning("%s", exc)


atexit.register(_flush_all)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(before=_flush_all)


class LiveWriter:
    """The write side of one Tantivy index directory."""

    def __init__(self, index: tantivy.Index, path: Path,
                 make_doc: Callable[[IndexRecord], tantivy.Document]) -> None:
        self._index, self.path, self._make_doc = index, path, make_doc
        self.journal = path / JOURNAL
        self.key = path.resolve()
        with _LOCKS_LOCK:  # one lock for every writer of this index in this process
            self._lock = _LOCKS.setdefault(self.key, threading.RLock())
        self._pending: tantivy.IndexWriter | None = None
        self._bulk = False
        """``_pending`` is a bulk write's writer, kept (``write``)."""
        self._unsaved = 0
        """Documents a load added to ``_pending`` since its last commit (``write``)."""
        _LIVE.add(self)

    # ------------------------------------------------------------------ the writer

    def _take(self, wait: bool = True, bulk: bool = False) -> tantivy.IndexWriter | None:
        """The writer, once its lock is free (None when ``wait`` is False and it is not);
        records a stopped process left in the journal are added and committed first."""
        flush_path(self.path)  # another of this process's objects may hold the lock
        deadline = time.monotonic() + _LOCK_WAIT_S
        while True:
            try:
                writer = self._index.writer(heap_size=_BULK_HEAP if bulk else _HEAP,
                                            num_threads=_BULK_THREADS if bulk else 1)
                break
            except ValueError as exc:  # another process holds the writer's lock
                if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                    raise SearchUnavailableError(
                        f"search index {self.path} cannot be written: {exc}") from exc
                if not wait:
                    return None
                time.sleep(0.02)
        left = self._journal_records()
        if left:
            try:
                for record in left:
                    self._add(writer, record)
                writer.commit()
            except ValueError as exc:
                raise SearchUnavailableError(f"search index {self.path}: {exc}") from exc
            self.journal.write_bytes(b"")
            _log.info("search index %s: %d pending documents indexed again", self.path,
                      len(left))
        return writer

    def _add(self, writer: tantivy.IndexWriter, record: IndexRecord) -> None:
        writer.delete_documents_by_term("document_id", record.document_id)
        writer.add_document(self._make_doc(record))

    def _journal_records(self) -> list[IndexRecord]:
        try:
            raw = self.journal.read_bytes()
        except FileNotFoundError:
            return []
        out = []
        for line in raw.splitlines():
            try:
                d = json.loads(line)
                out.append(IndexRecord(**{**d, "citizen_ids": tuple(d["citizen_ids"])}))
            except (ValueError, TypeError, KeyError):  # a line cut short by the stop
                continue
        return out

    def recover(self) -> None:
        """Add what a stopped process left in the journal, unless a live process holds the
        writer (it is then that process's own, committed soon)."""
        if self.journal.exists() and self.journal.stat().st_size:
            with self._lock:
                if self._pending is None:
                    writer = self._take(wait=False)
                    del writer

    # ------------------------------------------------------------------ writing

    def add_live(self, record: IndexRecord) -> None:
        """Journal and add one record; commit it within ``COMMIT_DELAY_S``."""
        line = json.dumps(asdict(record), ensure_ascii=False).encode() + b"\n"
        with self._lock:
            if self._pending is None:
                self._pending = self._take()
            with self.journal.open("ab") as f:
                f.write(line)
            try:
                self._add(self._pending, record)
            except ValueError as exc:
                raise SearchUnavailableError(f"search index {self.path}: {exc}") from exc
            _COMMITTER.schedule(self, time.monotonic() + COMMIT_DELAY_S)

    def flush_due(self) -> None:
        """The commit ``add_live`` scheduled (called by the committing thread)."""
        try:
            self.flush()
        except (SearchUnavailableError, OSError) as exc:  # kept in the journal
            _log.warning("%s", exc)

    def _release(self) -> tantivy.IndexWriter | None:
        """The pending writer, no longer pending (under ``_lock``)."""
        _COMMITTER.cancel(self)
        writer, self._pending, self._bulk = self._pending, None, False
        self._unsaved = 0
        return writer

    def discard(self) -> None:
        """Drop what is pending without committing it (a rebuild given up: its directory is
        deleted next, so a commit would only be work thrown away)."""
        with self._lock:
            writer = self._release()
            if writer is None:
                return
            try:
                writer.rollback()
            except ValueError as exc:  # the directory goes anyway
                _log.info("search index %s: pending documents not rolled back (%s)",
                          self.path, exc)
            finally:
                del writer

    @property
    def pending(self) -> bool:
        """True while live documents wait for their commit."""
        return self._pending is not None

    def flush(self) -> None:
        """Commit the live documents (and a load's) now (nothing to do when none is
        pending)."""
        with self._lock:
            writer = self._release()
            if writer is None:
                return
            try:
                writer.commit()
                self.journal.write_bytes(b"")  # before the lock is let go
                # each live commit makes a segment: let the merges it started finish (a
                # few small segments; dropped, a writer abandons them and every search
                # then pays for one more segment)
                writer.wait_merging_threads()
            except ValueError as exc:
                raise SearchUnavailableError(f"search index {self.path}: {exc}") from exc
            finally:
                del writer

    def write(self, change: Callable[[tantivy.IndexWriter], None], merge: bool = False,
              bulk: bool = False, commit: bool = True, added: int = 0) -> None:
        """Commit what is pending, then make ``change`` with the writer and commit it (and
        let the merges it started finish, with ``merge``).

        ``bulk`` indexes on ``_BULK_THREADS`` threads and keeps the writer ``BULK_HOLD_S``
        after the commit, its merges going on meanwhile: the next bulk write (a rebuild's
        next batch) takes it as it is instead of waiting for them, and the committing
        thread lets them finish and gives the writer up once no bulk write came.

        A bulk write without ``commit`` (a load: ``added`` documents) is committed with the
        load's later writes, once ``LOAD_COMMIT`` documents are waiting, or by ``flush`` (as
        is any search of this process, and a process exit); its writer is kept for the next
        write however long that takes (a batch read from an object store over HTTP may take
        longer than ``BULK_HOLD_S``)."""
        with self._lock:
            _COMMITTER.cancel(self)
            writer, self._pending = self._pending, None
            if writer is not None and not (bulk and self._bulk):
                self._pending = writer  # live documents: committed, merged, given up
                self.flush()
                writer = None
            if writer is None:
                writer = self._take(bulk=bulk)
                self._unsaved = 0
            self._bulk = bulk
            try:
                change(writer)
                self._unsaved += added
                if commit or not bulk or self._unsaved >= LOAD_COMMIT:
                    writer.commit()
                    self._unsaved = 0
                if self.journal.exists() and self.journal.stat().st_size and not self._unsaved:
                    self.journal.write_bytes(b"")  # live documents added meanwhile
                if bulk:
                    self._pending = writer
                    if not self._unsaved:  # a load waits for its next batch, however slow
                        _COMMITTER.schedule(self, time.monotonic() + BULK_HOLD_S)
                elif merge:
                    writer.wait_merging_threads()
            except ValueError as exc:
                raise SearchUnavailableError(f"search index {self.path}: {exc}") from exc
            finally:
                del writer

    def add(self, writer: tantivy.IndexWriter, record: IndexRecord, replace: bool = True
            ) -> None:
        """Replace ``record`` by id with ``writer`` (for ``write``'s changes); without
        ``replace``, add it (the index holds no document of that id)."""
        if replace:
            self._add(writer, record)
        else:
            writer.add_document(self._make_doc(record))


class _Committer:
    """One thread that commits each writer's live documents when they are due: started once
    and kept (starting a thread for each document would wait for the scheduler, tens of
    milliseconds on a busy machine, inside ``index``)."""

    def __init__(self) -> None:
        self._due: dict[LiveWriter, float] = {}
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None

    def schedule(self, writer: LiveWriter, at: float) -> None:
        """Commit ``writer`` at ``at`` (``time.monotonic``), unless already due sooner."""
        with self._cond:
            self._due[writer] = min(at, self._due.get(writer, at))
            if self._thread is None or not self._thread.is_alive():  # a forked child has none
                self._thread = threading.Thread(target=self._run, name="sohoa-index-commit",
                                                daemon=True)
                self._thread.start()
            # not woken: it looks every _POLL_S (waking it here would hand it the GIL
            # inside ``index``)

    def cancel(self, writer: LiveWriter) -> None:
        """Forget ``writer``'s commit (it was committed another way)."""
        with self._cond:
            self._due.pop(writer, None)

    def _run(self) -> None:
        while True:
            with self._cond:
                now = time.monotonic()
                due = [w for w, at in self._due.items() if at <= now]
                if not due:
                    soonest = min(self._due.values(), default=now + _POLL_S)
                    self._cond.wait(min(_POLL_S, soonest - now))
                    continue
                for writer in due:
                    del self._due[writer]
            for writer in due:
                writer.flush_due()


_COMMITTER = _Committer()
