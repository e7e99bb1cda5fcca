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
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import re
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
