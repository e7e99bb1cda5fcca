"""One decision at a time across every process and machine of an installation.

Some decisions read what is open and then write a new record on top of it: a disposal or
transfer proposal refuses documents already in an open batch, and a legal hold is set or
released object by object. Two machines doing that at once could each miss the other (the
same document in two open batches) or interleave (a record half held, half released). Each
such decision is made while holding a lock named for it:

- embedded (one data folder): ``FileLocks``, ``flock`` on ``DATA/locks/<name>.lock``;
- at scale (``SOHOA_DATABASE_URL``): ``PgLocks``, a PostgreSQL advisory lock on a number
  derived from the name, held by a transaction open for the block (released when it ends,
  also when the process dies).

Scheduled jobs (``sohoa worker --beat``) claim their period with :meth:`Locks.once`: two
machines both sending the schedule would otherwise run each backup, fixity check and training
twice; the claim lets one of them run it and the other skip it.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from sohoa.db import Database

__all__ = ["FileLocks", "Locks", "PgLocks", "lock_number"]

_NAME = re.compile(r"[a-z][a-z0-9_.-]{0,63}")


def _check(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise ValueError(f"not a lock name: {name!r}")
    return name


def lock_number(name: str) -> int:
    """The advisory lock number of ``name`` (a signed 64-bit integer)."""
    digest = hashlib.sha256(f"sohoa.lock:{_check(name)}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class Locks(Protocol):
    """Named locks shared by every process of the installation."""

    def hold(self, name: str) -> contextlib.AbstractContextManager[None]:
        """Wait for the lock ``name`` and hold it for the block."""
        ...

    def once(self, name: str, every_s: float) -> bool:
        """Claim a run of the job ``name``: True (and the run is recorded) unless one was
        claimed less than ``every_s`` seconds ago, by any process of the installation."""
        ...


class FileLocks:
    """Locks of one data folder: ``flock`` on a file under ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @contextlib.contextmanager
    def hold(self, name: str) -> Iterator[None]:
        """See ``Locks``."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with (self.folder / f"{_check(name)}.lock").open("a") as f:
            fcntl.flock(f, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)

    def once(self, name: str, every_s: float) -> bool:
        """See ``Locks``: the last claim's time is kept in ``<name>.last`` beside the lock."""
        with self.hold(name):
            last = self.folder / f"{name}.last"
            now = time.time()
            try:
                if now - float(last.read_text()) < every_s:
                    return False
            except (FileNotFoundError, ValueError):
                pass
            part = last.with_name(f".tmp-{name}.last")
            part.write_text(repr(now))
            part.replace(last)
            return True


class PgLocks:
    """Locks every machine on one PostgreSQL database shares."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @contextlib.contextmanager
    def hold(self, name: str) -> Iterator[None]:
        """See ``Locks``."""
        with self.db.transaction() as conn:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (lock_number(name),))
            yield

    def once(self, name: str, every_s: float) -> bool:
        """See ``Locks``: one row per job in ``scheduled_runs``, claimed in one statement."""
        with self.db.transaction() as conn:
            row = conn.execute(
                "INSERT INTO scheduled_runs (name, last_run) VALUES (%s, now()) "
                "ON CONFLICT (name) DO UPDATE SET last_run = now() "
                "WHERE scheduled_runs.last_run <= now() - make_interval(secs => %s) "
                "RETURNING name", (_check(name), float(every_s))).fetchone()
        return row is not None
