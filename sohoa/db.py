"""PostgreSQL, where the shared state of an installation lives when ``SOHOA_DATABASE_URL`` is set.

One connection pool per database URL and process (a forked worker makes its own), and the
versioned schema: ``sohoa/migrations/NNNN_name.sql`` applied in number order by ``migrate``
(``sohoa migrate``), each in its own transaction, recorded in ``schema_version``. Every
adapter checks at start that the schema is the one this code expects and otherwise names the
command to run.

A URL may name a schema of its own through libpq's ``options`` (``?options=-csearch_path%3DX``):
every table is created and read unqualified, so one server can hold several installations.
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

from sohoa.errors import ConfigurationError, TransientServiceError

__all__ = ["Database", "Migration", "database", "migrate", "migrations", "pending"]

_MIGRATION = re.compile(r"(\d{4})_([a-z0-9_]+)\.sql")
_LOCK_MIGRATE = 0x50_48_4F_41_01
"""The advisory lock that keeps two ``sohoa migrate`` from running at once."""


@dataclass(frozen=True, slots=True)
class Migration:
    """One numbered SQL file of the schema."""

    version: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    """Every migration this code knows, in number order."""
    found = []
    for item in resources.files("sohoa.migrations").iterdir():
        if m := _MIGRATION.fullmatch(item.name):
            found.append(Migration(int(m[1]), m[2], item.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise ConfigurationError("sohoa/migrations: the files are not numbered 0001, 0002, … "
                                 "without gaps")
    return found


class Database:
    """A pool of connections to one PostgreSQL database."""

    def __init__(self, url: str) -> None:
        from psycopg_pool import ConnectionPool

        self.url = url
        self._pool = ConnectionPool(url, min_size=0, max_size=8, open=True, timeout=30,
                                    kwargs={"connect_timeout": 10})
        self._checked = False

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        """A connection in a transaction (committed when the block ends, rolled back when it
        raises); a server that does not answer raises ``TransientServiceError``."""
        import psycopg
        from psycopg_pool import PoolTimeout

        try:
            with self._pool.connection() as conn:
                yield conn
        except (psycopg.OperationalError, PoolTimeout) as exc:
            raise TransientServiceError(
                f"Không kết nối được PostgreSQL ({self.where}), nơi giữ người dùng, phiên và "
                f"nhật ký (PostgreSQL, which keeps people, sessions and the audit trail, did "
                f"not answer: {exc}).") from exc

    @property
    def where(self) -> str:
        """The URL without its password, for messages."""
        return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", self.url)

    def version(self) -> int:
        """The schema version the database is at (0: never migrated)."""
        with self.transaction() as conn:
            exists = conn.execute("SELECT to_regclass('schema_version')").fetchone()[0]
            if exists is None:
                return 0
            return int(conn.execute("SELECT coalesce(max(version), 0) FROM schema_version")
                       .fetchone()[0])

    def require_schema(self) -> None:
        """Raise ``ConfigurationError`` unless the schema is the one this code expects."""
        if self._checked:
            return
        have, want = self.version(), len(migrations())
        if have != want:
            raise ConfigurationError(
                f"Cơ sở dữ liệu {self.where} ở phiên bản lược đồ {have}, cần {want}: chạy "
                f"`sohoa migrate` (the database schema is at version {have}, this sohoa needs "
                f"{want}: run `sohoa migrate`).")
        self._checked = True

    def close(self) -> None:
        """Close every connection of the pool."""
        self._pool.close()


_POOLS: dict[tuple[str, int], Database] = {}
_POOLS_LOCK = threading.Lock()


def database(url: str) -> Database:
    """The pool of ``url`` in this process (made at first use; a forked child makes its own)."""
    key = (url, os.getpid())
    with _POOLS_LOCK:
        if key not in _POOLS:
            _POOLS[key] = Database(url)
        return _POOLS[key]


def pending(db: Database) -> list[Migration]:
    """The migrations not yet applied to ``db``."""
    have = db.version()
    return [m for m in migrations() if m.version > have]


def migrate(db: Database) -> list[Migration]:
    """Apply the migrations ``db`` lacks, in order, each in its own transaction; return them."""
    applied = []
    with db.transaction() as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", (_LOCK_MIGRATE,))
        try:
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY "
                         "KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT "
                         "now())")
            conn.commit()
            for m in migrations():
                with conn.transaction():
                    done = conn.execute("SELECT 1 FROM schema_version WHERE version = %s",
                                        (m.version,)).fetchone()
                    if done:
                        continue
                    conn.execute(m.sql)
                    conn.execute("INSERT INTO schema_version (version, name) VALUES (%s, %s)",
                                 (m.version, m.name))
                applied.append(m)
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", (_LOCK_MIGRATE,))
            conn.commit()
    db._checked = False
    return applied
