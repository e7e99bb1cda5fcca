"""The shared state in PostgreSQL as part of a backup set (``SOHOA_DATABASE_URL`` set).

``PgState`` dumps the data folder's own state files as ``FolderState`` does, and beside them
each kept table of the database as one CSV file (``postgresql/<table>.csv``, with a header
line, rows in key order), plus the schema version it was taken at: plain text that any tool
reads in decades, not a dump format tied to one server version. Each table is read inside one
repeatable-read transaction, so the tables are consistent with each other.

Left out on purpose: the session-signing key (a secret; after a restore a new one is made and
people sign in again) and the rate-limit counters (a minute's worth of traffic).

``load`` restores into a database whose schema is up to date and whose kept tables are empty;
it refuses a database that already holds people or an audit trail, as restore refuses a data
folder that is not empty.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from pathlib import Path

from pipeline.backup_state import FolderState, StateSource
from pipeline.settings import Settings
from sohoa.db import database, migrate, migrations
from sohoa.errors import ConfigurationError

__all__ = ["KEPT_TABLES", "PG_TRAIL", "PgState", "state_source", "trail_lines"]

KEPT_TABLES = ("people", "revoked_sessions", "audit_entries", "callbacks")
"""The tables a backup set holds, in the order they are restored."""
_PREFIX = "postgresql/"
PG_TRAIL = f"{_PREFIX}audit_entries.csv"
"""The audit trail's table in a set's state."""


def trail_lines(table: bytes) -> bytes:
    """The audit trail's lines, in order, from its table's CSV (``PG_TRAIL``)."""
    rows = csv.DictReader(io.StringIO(table.decode("utf-8"), newline=""))
    return "".join(r["line"] if r["line"].endswith("\n") else r["line"] + "\n"
                   for r in rows).encode("utf-8")


class PgState:
    """The data folder's state files and the database's kept tables."""

    name = "postgresql"

    def __init__(self, data: Path, url: str) -> None:
        self.folder = FolderState(data)
        self.db = database(url)

    def dump(self) -> Iterator[tuple[str, bytes]]:
        """The folder's files, then ``postgresql/schema_version`` and one CSV per table."""
        yield from self.folder.dump()
        self.db.require_schema()
        with self.db.transaction() as conn:
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            version = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
            tables = []
            for table in KEPT_TABLES:
                buf = bytearray()
                with conn.cursor().copy(f"COPY (SELECT * FROM {table} ORDER BY 1) TO STDOUT "
                                        "WITH (FORMAT csv, HEADER true)") as copy:
                    for chunk in copy:
                        buf += chunk
                tables.append((f"{_PREFIX}{table}.csv", bytes(buf)))
        yield f"{_PREFIX}schema_version", f"{version}\n".encode()
        yield from tables

    def load(self, files: Mapping[str, bytes]) -> None:
        """Write the folder's files back, bring the schema up to date, fill the empty tables."""
        self.folder.load({k: v for k, v in files.items() if not k.startswith(_PREFIX)})
        version = int(files.get(f"{_PREFIX}schema_version", b"0").decode() or 0)
        if version > len(migrations()):
            raise ConfigurationError(
                f"Bộ sao lưu lấy từ lược đồ phiên bản {version}, mới hơn bản sohoa này "
                f"({len(migrations())}): dùng bản sohoa mới hơn để khôi phục (the backup was "
                f"taken at schema version {version}; restore it with that sohoa or newer).")
        migrate(self.db)
        with self.db.transaction() as conn:
            for table in KEPT_TABLES:
                if conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
                    raise ConfigurationError(
                        f"Cơ sở dữ liệu {self.db.where} đã có dữ liệu (bảng {table}): chỉ "
                        f"khôi phục vào cơ sở dữ liệu trống (restore only into an empty "
                        f"database; table {table} has rows).")
            for table in KEPT_TABLES:
                data = files.get(f"{_PREFIX}{table}.csv")
                if not data:
                    continue
                header = next(csv.reader(io.StringIO(data.decode("utf-8"))))
                columns = ", ".join(f'"{c}"' for c in header)
                with conn.cursor().copy(f"COPY {table} ({columns}) FROM STDIN "
                                        "WITH (FORMAT csv, HEADER true)") as copy:
                    copy.write(data)


def state_source(settings: Settings) -> StateSource:
    """The state source of this installation: with ``SOHOA_DATABASE_URL`` the data folder's
    files and the database's tables, else the folder's."""
    if settings.database_url:
        return PgState(settings.data, settings.database_url)
    return FolderState(settings.data)
