"""Who is asking: bearer tokens (a signed session from the password flow, or an API key),
the browser's session cookie, roles, and rate limits.

A session token is ``<user name>.<expiry>.<nonce>.<credential>.<mac>``: it names the account,
is unique (the nonce), ends at its expiry, and stops working when the password changes (the
credential is part of it) or when it is signed out: signed-out tokens are listed until their
expiry in ``DATA/web/revoked-sessions.json``, which every process serving the data folder
reads. The key that signs sessions is made at first start in ``DATA/web/session.key`` (mode
0600).
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import hashlib
import hmac
import json
import os
import secrets
import threading
import time
from collections import defaultdict, deque
from collections.abc import Iterator
from pathlib import Path

from sohoa.errors import SohoaError
from sohoa.people import Account, People

__all__ = ["NotAuthenticatedError", "RateLimitedError", "RateLimiter", "Sessions"]

COOKIE = "sohoa_session"


class NotAuthenticatedError(SohoaError):
    """No valid credentials came with a request that needs them."""

    code = "not_authenticated"
    http_status = 401
    message = "Đăng nhập để tiếp tục (sign in: a bearer token or the session cookie)."


class RateLimitedError(SohoaError):
    """Too many attempts from one address in a short time."""

    code = "rate_limited"
    http_status = 429


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class Sessions:
    """Issues and checks session tokens for the accounts of one data folder."""

    def __init__(self, people: People, key_path: Path, ttl_s: int = 8 * 3600) -> None:
        self.people = people
        self.ttl_s = ttl_s
        self._key = self._load_key(key_path)
        self._revoked_path = key_path.parent / "revoked-sessions.json"
        self._revoked: dict[str, int] = {}
        self._revoked_seen: tuple[int, int] | None = None
        self._lock = threading.Lock()

    @staticmethod
    def _load_key(path: Path) -> bytes:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(secrets.token_bytes(32))
        return path.read_bytes()

    def _mac(self, body: str) -> str:
        return _b64(hmac.new(self._key, body.encode(), hashlib.sha256).digest())

    def issue(self, account: Account) -> str:
        """A token for ``account`` valid for the session lifetime."""
        nonce = secrets.token_urlsafe(9)
        body = f"{account.username}.{int(time.time()) + self.ttl_s}.{nonce}.{account.credential}"
        return f"{body}.{self._mac(body)}"

    def _parse(self, token: str) -> tuple[str, int, str] | None:
        """(user name, expiry, credential) of a session token this service signed, or None."""
        parts = token.rsplit(".", 4)
        if len(parts) != 5 or not parts[1].isdigit():
            return None
        username, expiry, nonce, credential, mac = parts
        if not hmac.compare_digest(mac, self._mac(f"{username}.{expiry}.{nonce}.{credential}")):
            return None
        return username, int(expiry), credential

    def check(self, token: str) -> Account:
        """The account a bearer token (session token or API key) stands for."""
        if token.startswith("sohoa_"):
            account = self.people.by_api_key(token)
            if account is None:
                raise NotAuthenticatedError("Khóa API không hợp lệ (the API key is not valid).")
            return account
        parsed = self._parse(token)
        if parsed is None:
            raise NotAuthenticatedError("Phiên đăng nhập không hợp lệ; đăng nhập lại.")
        username, expiry, credential = parsed
        if expiry < time.time():
            raise NotAuthenticatedError("Phiên đăng nhập đã hết hạn; đăng nhập lại.")
        if _token_id(token) in self._revoked_now():
            raise NotAuthenticatedError("Phiên đăng nhập đã kết thúc; đăng nhập lại.")
        account = self.people.account(username)
        if account is None or not hmac.compare_digest(account.credential, credential):
            raise NotAuthenticatedError("Phiên đăng nhập không còn hiệu lực; đăng nhập lại.")
        return account


    def revoke(self, token: str) -> bool:
        """Sign a session token out for good; False for what is not a live session token
        (an API key, a forged or expired token), which is left alone."""
        parsed = None if token.startswith("sohoa_") else self._parse(token)
        if parsed is None or parsed[1] < time.time():
            return False
        expiry = parsed[1]
        with self._locked():
            now = time.time()
            revoked = {k: v for k, v in self._read_revoked().items() if v >= now}
            revoked[_token_id(token)] = expiry
            tmp = self._revoked_path.with_suffix(".tmp")
            tmp.write_text(json.dumps(revoked, sort_keys=True), encoding="utf-8")
            tmp.replace(self._revoked_path)
        return True

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
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


def _token_id(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:32]


class RateLimiter:
    """At most ``limit`` calls per ``window_s`` seconds from one address, per bucket."""

    def __init__(self, limits: dict[str, tuple[int, float]]) -> None:
        self.limits = limits
        self._calls: dict[tuple[str, str], deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def hit(self, bucket: str, address: str) -> None:
        """Count one call; raise ``RateLimitedError`` when over the limit."""
        limit, window = self.limits[bucket]
        now = time.monotonic()
        with self._lock:
            calls = self._calls[(bucket, address)]
            while calls and calls[0] <= now - window:
                calls.popleft()
            if len(calls) >= limit:
                wait = int(calls[0] + window - now) + 1
                raise RateLimitedError(
                    f"Quá nhiều lần thử; thử lại sau {wait} giây (too many attempts from "
                    f"{address}; try again in {wait} s)."
                )
            calls.append(now)
