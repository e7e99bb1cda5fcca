"""Where the web service keeps what every process serving one installation must share about
sessions: the key that signs session tokens and the tokens signed out before their expiry.

``FileSessionState`` keeps them in the data folder (``DATA/web/session.key``, mode 0600, and
``DATA/web/revoked-sessions.json``); ``sohoa.state_pg.PgSessionState`` in PostgreSQL, so
machines that share no folder honour each other's tokens and sign-outs. ``web.auth.Sessions``
issues and checks the tokens.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import secrets
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

__all__ = ["FileSessionState", "SessionState"]


class SessionState(Protocol):
    """What every process serving one installation must share about sessions: the key that
    signs the tokens and the tokens signed out before their expiry (``FileSessionState``:
    the data folder; ``sohoa.state_pg.PgSessionState``: PostgreSQL)."""

    def key(self) -> bytes:
        """The key that signs session tokens (made at first use)."""

    def revoke(self, token_id: str, expires: int) -> None:
        """Sign a token out until ``expires`` (epoch seconds)."""

    def is_revoked(self, token_id: str) -> bool:
        """Whether a token was signed out."""


class FileSessionState:
    """The session key in ``DIR/session.key`` (mode 0600) and the signed-out tokens in
    ``DIR/revoked-sessions.json``, changed under ``flock`` and read again only when the file
    changed."""

    def __init__(self, key_path: Path) -> None:
        self.key_path = key_path
        self._revoked_path = key_path.parent / "revoked-sessions.json"
        self._revoked: dict[str, int] = {}
        self._revoked_seen: tuple[int, int] | None = None
        self._lock = threading.Lock()

    def key(self) -> bytes:
        """See :class:`SessionState`."""
        path = self.key_path
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(secrets.token_bytes(32))
        return path.read_bytes()

    def revoke(self, token_id: str, expires: int) -> None:
        """See :class:`SessionState`."""
        with self._locked():
            now = time.time()
            revoked = {k: v for k, v in self._read_revoked().items() if v >= now}
            revoked[token_id] = expires
            tmp = self._revoked_path.with_suffix(".tmp")
            tmp.write_text(json.dumps(revoked, sort_keys=True), encoding="utf-8")
            tmp.replace(self._revoked_path)

    def is_revoked(self, token_id: str) -> bool:
        """See :class:`SessionState`."""
        return token_id in self._revoked_now()

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        self._revoked_path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock, self._revoked_path.with_suffix(".lock").open("a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _read_revoked(self) -> dict[str, int]:
        try:
            data = json.loads(self._revoked_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return {str(k): int(v) for k, v in data.items()}

    def _revoked_now(self) -> dict[str, int]:
        """The revoked list, read again only when the file changed."""
        try:
            st = self._revoked_path.stat()
        except FileNotFoundError:
            return {}
        seen = (st.st_mtime_ns, st.st_size)
        if seen != self._revoked_seen:
            self._revoked, self._revoked_seen = self._read_revoked(), seen
        return self._revoked
