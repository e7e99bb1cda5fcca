"""The shared state kept in PostgreSQL (``SOHOA_DATABASE_URL``): the adapters that stand in
for the files of a data folder when several machines serve one archive.

``PgPeopleRecords``   people, roles, accounts and API keys (``sohoa.people.PeopleRecords``)
``PgSessionState``    the key that signs session tokens and the signed-out tokens
                      (``web.auth.SessionState``)
``PgCounters``        rate-limit and lockout counters (``web.auth.Counters``)
``PgCallbackRegistry`` the callback registrations and their secrets
                      (``sohoa.callbacks.CallbackRegistry``)
``import_folder``     the one-time import of a data folder's state (``sohoa migrate --import``)

A change of the registry is one transaction under one advisory lock, so two machines
changing it at once are put one after the other, as ``flock`` does for one folder.
"""

from __future__ import annotations

import contextlib
import copy
import secrets
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sohoa.callbacks import CallbackRegistry
from sohoa.db import Database

__all__ = ["PgCallbackRegistry", "PgCounters", "PgPeopleRecords", "PgSessionState",
           "import_folder"]

_LOCK_PEOPLE = 0x50_48_4F_41_02
"""The advisory lock every change of the registry holds."""
_LOCK_AUDIT = 0x50_48_4F_41_03
"""The advisory lock every append to the audit trail holds (``archive/audit_trail.py``)."""
_LOCK_CALLBACKS = 0x50_48_4F_41_04
"""The advisory lock every change of the callback registrations holds."""


def _json(value: Any) -> Any:
    from psycopg.types.json import Jsonb

    return Jsonb(value)


class PgPeopleRecords:
    """The people registry as one row per person in the table ``people``."""

    def __init__(self, db: Database) -> None:
        db.require_schema()
        self.db = db
        self.where = f"{db.where} (people)"

    def read(self) -> dict[str, dict[str, object]]:
        """See ``sohoa.people.PeopleRecords``."""
        with self.db.transaction() as conn:
            rows = conn.execute("SELECT key, body FROM people").fetchall()
        return {key: body for key, body in rows}

    @contextlib.contextmanager
    def locked(self) -> Iterator[dict[str, dict[str, object]]]:
        """See ``sohoa.people.PeopleRecords``: the rows that changed are written when the
        block ends, in the transaction that held the lock."""
        with self.db.transaction() as conn:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_PEOPLE,))
            before = {key: body for key, body in
                      conn.execute("SELECT key, body FROM people").fetchall()}
            people = copy.deepcopy(before)
            yield people
            gone = [key for key in before if key not in people]
            if gone:
                conn.execute("DELETE FROM people WHERE key = ANY(%s)", (gone,))
            for key, body in people.items():
                if before.get(key) != body:
                    conn.execute("INSERT INTO people (key, body) VALUES (%s, %s) ON CONFLICT "
                                 "(key) DO UPDATE SET body = EXCLUDED.body", (key, _json(body)))


class PgSessionState:
    """The session key (made once, by whichever process asks first) and the signed-out
    tokens, in the tables ``web_secrets`` and ``revoked_sessions``."""

    def __init__(self, db: Database) -> None:
        db.require_schema()
        self.db = db
        self.where = f"{db.where} (web_secrets, revoked_sessions)"

    def key(self) -> bytes:
        """The key that signs session tokens."""
        with self.db.transaction() as conn:
            conn.execute("INSERT INTO web_secrets (name, value) VALUES ('session', %s) "
                         "ON CONFLICT (name) DO NOTHING", (secrets.token_bytes(32),))
            return bytes(conn.execute("SELECT value FROM web_secrets WHERE name = 'session'")
                         .fetchone()[0])

    def revoke(self, token_id: str, expires: int) -> None:
        """Sign a token out until its expiry; ended ones are forgotten."""
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM revoked_sessions WHERE expires < %s", (int(time.time()),))
            conn.execute("INSERT INTO revoked_sessions (token_id, expires) VALUES (%s, %s) "
                         "ON CONFLICT (token_id) DO NOTHING", (token_id, int(expires)))

    def is_revoked(self, token_id: str) -> bool:
        """Whether a token was signed out."""
        with self.db.transaction() as conn:
            return conn.execute("SELECT 1 FROM revoked_sessions WHERE token_id = %s",
                                (token_id,)).fetchone() is not None


class PgCounters:
    """Fixed-window counters in the table ``rate_counters``, shared by every process on the
    same database; the database's clock decides when a window ends."""

    def __init__(self, db: Database, prefix: str = "") -> None:
        db.require_schema()
        self.db = db
        self.prefix = prefix

    def incr(self, key: str, window_s: float) -> tuple[int, float]:
        """See ``web.auth.Counters``."""
        with self.db.transaction() as conn:
            count, left = conn.execute(
                "INSERT INTO rate_counters AS c (key, count, until) "
                "VALUES (%(k)s, 1, now() + make_interval(secs => %(w)s)) "
                "ON CONFLICT (key) DO UPDATE SET "
                "count = CASE WHEN c.until <= now() THEN 1 ELSE c.count + 1 END, "
                "until = CASE WHEN c.until <= now() "
                "THEN now() + make_interval(secs => %(w)s) ELSE c.until END "
                "RETURNING count, extract(epoch FROM until - now())",
                {"k": self.prefix + key, "w": float(window_s)}).fetchone()
            if secrets.randbelow(1000) == 0:  # now and then, forget ended windows
                conn.execute("DELETE FROM rate_counters WHERE until < now()")
        return int(count), float(left)

    def left(self, key: str) -> float:
        """See ``web.auth.Counters``."""
        with self.db.transaction() as conn:
            row = conn.execute("SELECT extract(epoch FROM until - now()) FROM rate_counters "
                               "WHERE key = %s", (self.prefix + key,)).fetchone()
        return max(0.0, float(row[0])) if row else 0.0

    def put(self, key: str, ttl_s: float) -> None:
        """See ``web.auth.Counters``."""
        with self.db.transaction() as conn:
            conn.execute("INSERT INTO rate_counters (key, count, until) VALUES "
                         "(%(k)s, 1, now() + make_interval(secs => %(t)s)) ON CONFLICT (key) "
                         "DO UPDATE SET count = 1, until = EXCLUDED.until",
                         {"k": self.prefix + key, "t": float(ttl_s)})

    def delete(self, *keys: str) -> None:
        """See ``web.auth.Counters``."""
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM rate_counters WHERE key = ANY(%s)",
                         ([self.prefix + k for k in keys],))


class PgCallbackRegistry(CallbackRegistry):
    """The callback registrations as one row per registration in the table ``callbacks``."""

    def __init__(self, db: Database) -> None:
        db.require_schema()
        self.db = db
        self.path = Path(f"{db.where} (callbacks)")

    def _read(self) -> dict[str, dict[str, Any]]:
        with self.db.transaction() as conn:
            rows = conn.execute("SELECT id, body FROM callbacks").fetchall()
        return {key: body for key, body in rows}

    @contextlib.contextmanager
    def _locked(self) -> Iterator[dict[str, dict[str, Any]]]:
        with self.db.transaction() as conn:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_CALLBACKS,))
            before = {key: body for key, body in
                      conn.execute("SELECT id, body FROM callbacks").fetchall()}
            found = copy.deepcopy(before)
            yield found
            gone = [key for key in before if key not in found]
            if gone:
                conn.execute("DELETE FROM callbacks WHERE id = ANY(%s)", (gone,))
            for key, body in found.items():
                if before.get(key) != body:
                    conn.execute("INSERT INTO callbacks (id, created_at, body) VALUES (%s, %s, "
                                 "%s) ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body",
                                 (key, str(body["created_at"]), _json(body)))


def import_folder(db: Database, data: Path) -> dict[str, int]:
    """Bring a data folder's shared state into an empty database, once: the people registry
    (``people.json``), the session key and signed-out tokens (``web/``) and the audit trail
    (``audit/audit.jsonl``, every line kept byte for byte under its own number) and the
    callback registrations (``callbacks.json``). A kind the
    database already holds is left alone and counted as 0; return what was copied."""
    import json

    db.require_schema()
    done = {"people": 0, "session_key": 0, "revoked_sessions": 0, "audit_entries": 0,
            "callbacks": 0}
    with db.transaction() as conn:
        for lock in (_LOCK_PEOPLE, _LOCK_AUDIT, _LOCK_CALLBACKS):
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (lock,))
        people = data / "people.json"
        if people.exists() and conn.execute("SELECT 1 FROM people LIMIT 1").fetchone() is None:
            from sohoa.people import person_key

            for p in json.loads(people.read_text(encoding="utf-8")).get("people", []):
                conn.execute("INSERT INTO people (key, body) VALUES (%s, %s)",
                             (person_key(p["name"]), _json(p)))
                done["people"] += 1
        key = data / "web" / "session.key"
        if key.exists() and conn.execute("INSERT INTO web_secrets (name, value) VALUES "
                                         "('session', %s) ON CONFLICT (name) DO NOTHING "
                                         "RETURNING 1", (key.read_bytes(),)).fetchone():
            done["session_key"] = 1
        revoked = data / "web" / "revoked-sessions.json"
        if revoked.exists():
            for token_id, expires in json.loads(revoked.read_text(encoding="utf-8")).items():
                if conn.execute("INSERT INTO revoked_sessions (token_id, expires) VALUES "
                                "(%s, %s) ON CONFLICT DO NOTHING RETURNING 1",
                                (token_id, int(expires))).fetchone():
                    done["revoked_sessions"] += 1
        trail = data / "audit" / "audit.jsonl"
        if trail.exists() and conn.execute("SELECT 1 FROM audit_entries LIMIT 1"
                                            ).fetchone() is None:
            with trail.open(encoding="utf-8") as f:
                for n, line in enumerate(f, start=1):
                    if line.strip():
                        conn.execute("INSERT INTO audit_entries (seq, line) VALUES (%s, %s)",
                                     (n, line if line.endswith("\n") else line + "\n"))
                        done["audit_entries"] += 1
        callbacks = data / "callbacks.json"
        if callbacks.exists() and conn.execute("SELECT 1 FROM callbacks LIMIT 1"
                                                ).fetchone() is None:
            for raw in json.loads(callbacks.read_text(encoding="utf-8")).get("callbacks", []):
                conn.execute("INSERT INTO callbacks (id, created_at, body) VALUES (%s, %s, %s)",
                             (str(raw["id"]), str(raw["created_at"]), _json(raw)))
                done["callbacks"] += 1
    return done
