"""Where the audit trail's lines are kept: the port ``Trail`` and its two adapters.

``FileTrail`` is ``DATA/audit/audit.jsonl``, appended under ``flock`` and fsynced.
``PgTrail`` is the table ``audit_entries`` in PostgreSQL (``SOHOA_DATABASE_URL``): each line is
kept exactly as the file would hold it, under its sequence number; an append takes one
transaction-scoped advisory lock, reads the last line and inserts the next number, so however
many machines append at once the numbers form one order with no gap and no fork (a
``SEQUENCE`` would leave a gap for every transaction that rolls back, which the chain would
show as an entry removed). ``archive.audit.AuditLog`` builds, chains, signs and checks the
entries the same way over either.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import io
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol, TypeVar

__all__ = ["FileTrail", "PgTrail", "Trail"]

T = TypeVar("T")
_LOCK_AUDIT = 0x50_48_4F_41_03
"""The advisory lock every append to the trail in PostgreSQL holds."""


class Trail(Protocol):
    """The lines of one audit trail, in order."""

    where: str
    """Where the trail is, for messages."""
    identity: str
    """What names this trail for its head witness (a path, or a database and schema)."""

    def exists(self) -> bool:
        """Whether anything was ever written."""

    def append(self, build: Callable[[str], str]) -> None:
        """Hold the trail against every other writer, call ``build`` with its last line
        (``""`` when empty) and keep the line it returns (ending with a newline) at the end,
        durably, before letting go."""

    def with_last(self, use: Callable[[str], T]) -> T:
        """``use(last line)`` while no line can be added."""

    def read(self) -> bytes:
        """The whole trail as the bytes of its lines, read while no line is half written."""

    def lines(self) -> Iterator[str]:
        """The lines in order."""


class FileTrail:
    """The trail as one file of JSON lines."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.where = str(path)
        self.identity = str(path.resolve())

    def exists(self) -> bool:
        """See :class:`Trail`."""
        return self.path.exists()

    @contextlib.contextmanager
    def _locked(self) -> Iterator[io.BufferedRandom]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a+b") as f:
            fcntl.flock(f, fcntl.LOCK_EX)
            try:
                yield f
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)

    def append(self, build: Callable[[str], str]) -> None:
        """See :class:`Trail`."""
        with self._locked() as f:
            line = build(_last_line(f))
            f.seek(0, os.SEEK_END)
            f.write(line.encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())

    def with_last(self, use: Callable[[str], T]) -> T:
        """See :class:`Trail`."""
        with self._locked() as f:
            return use(_last_line(f))

    def read(self) -> bytes:
        """See :class:`Trail`."""
        if not self.path.exists():
            return b""
        with self.path.open("rb") as f:
            fcntl.flock(f, fcntl.LOCK_SH)
            try:
                return f.read()
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)

    def lines(self) -> Iterator[str]:
        """See :class:`Trail`."""
        if not self.path.exists():
            return
        with self.path.open(encoding="utf-8") as f:
            yield from f


class PgTrail:
    """The trail as the rows of ``audit_entries`` (see the module's text)."""

    def __init__(self, db: Any) -> None:
        db.require_schema()
        self.db = db
        self.where = f"{db.where} (audit_entries)"
        with db.transaction() as conn:
            row = conn.execute("SELECT current_database(), current_schema(), "
                               "inet_server_addr()::text, inet_server_port()").fetchone()
        self.identity = "postgresql " + " ".join(str(v) for v in row)

    def exists(self) -> bool:
        """See :class:`Trail`."""
        with self.db.transaction() as conn:
            return conn.execute("SELECT 1 FROM audit_entries LIMIT 1").fetchone() is not None

    @staticmethod
    def _last(conn: Any) -> str:
        row = conn.execute("SELECT line FROM audit_entries ORDER BY seq DESC LIMIT 1"
                           ).fetchone()
        return str(row[0]) if row else ""

    def append(self, build: Callable[[str], str]) -> None:
        """See :class:`Trail`: the line is inserted under the number after the last one's,
        in the transaction that holds the lock."""
        with self.db.transaction() as conn:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_AUDIT,))
            row = conn.execute("SELECT seq, line FROM audit_entries ORDER BY seq DESC LIMIT 1"
                               ).fetchone()
            seq = int(row[0]) + 1 if row else 1
            conn.execute("INSERT INTO audit_entries (seq, line) VALUES (%s, %s)",
                         (seq, build(str(row[1]) if row else "")))

    def with_last(self, use: Callable[[str], T]) -> T:
        """See :class:`Trail`."""
        with self.db.transaction() as conn:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_AUDIT,))
            return use(self._last(conn))

    def read(self) -> bytes:
        """See :class:`Trail` (one snapshot of the table)."""
        return "".join(self.lines()).encode("utf-8")

    def lines(self) -> Iterator[str]:
        """See :class:`Trail`."""
        with self.db.transaction() as conn:
            rows = conn.execute("SELECT line FROM audit_entries ORDER BY seq").fetchall()
        for (line,) in rows:
            yield str(line)

    def sequence_numbers(self) -> list[int]:
        """The numbers the rows are kept under, in order (for checking there is no gap)."""
        with self.db.transaction() as conn:
            return [int(r[0]) for r in
                    conn.execute("SELECT seq FROM audit_entries ORDER BY seq").fetchall()]


def trail_name(identity: str) -> str:
    """A file name for the head witness of the trail ``identity``."""
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()[:32]


def _last_line(f: io.BufferedRandom) -> str:
    """The last non-empty line of the file, read from its end."""
    end = f.seek(0, os.SEEK_END)
    chunk, pos = b"", end
    while pos > 0:
        step = min(65536, pos)
        pos -= step
        f.seek(pos)
        chunk = f.read(step) + chunk
        lines = [ln for ln in chunk.split(b"\n") if ln.strip()]
        if len(lines) > 1 or (lines and pos == 0):
            return lines[-1].decode("utf-8")
    return ""
