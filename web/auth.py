"""Who is asking: bearer tokens (a signed session from the password flow, or an API key),
the browser's session cookie, roles, and rate limits.

A session token is ``<user name>.<expiry>.<nonce>.<credential>.<mac>``: it names the account,
is unique (the nonce), ends at its expiry, and stops working when the password changes (the
credential is part of it) or when it is signed out: signed-out tokens are listed until their
expiry in ``DATA/web/revoked-sessions.json``, which every process serving the data folder
reads. The key that signs sessions is made at first start in ``DATA/web/session.key`` (mode
0600). With ``SOHOA_DATABASE_URL`` both are kept in PostgreSQL instead
(``sohoa.state_pg.PgSessionState``), so machines that share no folder honour each other's
tokens and sign-outs.

Rate limits count per address and bucket, and failed sign-ins per account (after
``web.lockout_failures`` within ``web.lockout_minutes`` the account is refused from every
address for that long). With ``SOHOA_DATABASE_URL`` the counters are kept in PostgreSQL
(``sohoa.state_pg.PgCounters``), else with a ``redis://`` broker in Redis, so every ``sohoa
serve`` process of the installation shares them; otherwise in this process.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import secrets
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from sohoa.errors import SohoaError, TransientServiceError
from sohoa.people import Account, ApiKeyExpiredError, People
from sohoa.sessions import FileSessionState, SessionState
from sohoa.text import nfc

__all__ = ["Counters", "FileSessionState", "MemoryCounters", "NotAuthenticatedError",
           "RateLimitedError", "RateLimiter", "RedisCounters", "SessionState", "Sessions"]

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
    """Issues and checks session tokens for the accounts of one installation."""

    def __init__(self, people: People, state: Path | SessionState,
                 ttl_s: int = 8 * 3600) -> None:
        self.people = people
        self.ttl_s = ttl_s
        self.state: SessionState = (FileSessionState(state) if isinstance(state, Path)
                                    else state)
        self._key = self.state.key()

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
            try:
                account = self.people.by_api_key(token)
            except ApiKeyExpiredError as exc:
                raise NotAuthenticatedError(exc.message) from exc
            if account is None:
                raise NotAuthenticatedError("Khóa API không hợp lệ (the API key is not valid).")
            return account
        parsed = self._parse(token)
        if parsed is None:
            raise NotAuthenticatedError("Phiên đăng nhập không hợp lệ; đăng nhập lại.")
        username, expiry, credential = parsed
        if expiry < time.time():
            raise NotAuthenticatedError("Phiên đăng nhập đã hết hạn; đăng nhập lại.")
        if self.state.is_revoked(_token_id(token)):
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
        self.state.revoke(_token_id(token), parsed[1])
        return True


def _token_id(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:32]


class Counters(Protocol):
    """Fixed-window counters shared by whoever uses the same store."""

    def incr(self, key: str, window_s: float) -> tuple[int, float]:
        """Count one more under ``key``; return the count in the current window (which starts
        at the first count and lasts ``window_s``) and the seconds it has left."""

    def left(self, key: str) -> float:
        """Seconds until ``key`` ends (0: it is not there)."""

    def put(self, key: str, ttl_s: float) -> None:
        """Keep ``key`` for ``ttl_s`` seconds."""

    def delete(self, *keys: str) -> None:
        """Forget ``keys``."""


class MemoryCounters:
    """Counters in this process's memory."""

    def __init__(self) -> None:
        self._data: dict[str, tuple[int, float]] = {}
        self._lock = threading.Lock()

    def incr(self, key: str, window_s: float) -> tuple[int, float]:
        """See :class:`Counters`."""
        now = time.monotonic()
        with self._lock:
            if len(self._data) > 100_000:  # forget ended windows
                self._data = {k: v for k, v in self._data.items() if v[1] > now}
            count, until = self._data.get(key, (0, 0.0))
            if until <= now:
                count, until = 0, now + window_s
            self._data[key] = (count + 1, until)
            return count + 1, until - now

    def left(self, key: str) -> float:
        """See :class:`Counters`."""
        with self._lock:
            _, until = self._data.get(key, (0, 0.0))
        return max(0.0, until - time.monotonic())

    def put(self, key: str, ttl_s: float) -> None:
        """See :class:`Counters`."""
        with self._lock:
            self._data[key] = (1, time.monotonic() + ttl_s)

    def delete(self, *keys: str) -> None:
        """See :class:`Counters`."""
        with self._lock:
            for key in keys:
                self._data.pop(key, None)


class RedisCounters:
    """Counters in Redis (INCR and PEXPIRE), shared by every process that uses the same
    server and prefix."""

    def __init__(self, url: str, prefix: str = "sohoa:limits:") -> None:
        import redis

        self._redis: Any = redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5)
        self._errors: tuple[type[Exception], ...] = (redis.RedisError, OSError)
        self.prefix = prefix

    @contextlib.contextmanager
    def _talking(self) -> Iterator[None]:
        try:
            yield
        except self._errors as exc:
            raise TransientServiceError(
                f"Không kết nối được Redis để đếm lượt thử (Redis, which keeps the sign-in "
                f"counters, did not answer: {exc}).") from exc

    def incr(self, key: str, window_s: float) -> tuple[int, float]:
        """See :class:`Counters`."""
        name = self.prefix + key
        with self._talking():
            pipe = self._redis.pipeline()
            pipe.incr(name)
            pipe.pttl(name)
            count, ttl_ms = pipe.execute()
            if ttl_ms < 0:  # the first count (or one whose expiry a crash left unset)
                ttl_ms = max(1, int(window_s * 1000))
                self._redis.pexpire(name, ttl_ms)
        return int(count), ttl_ms / 1000

    def left(self, key: str) -> float:
        """See :class:`Counters`."""
        with self._talking():
            ttl_ms = self._redis.pttl(self.prefix + key)
        return max(0.0, ttl_ms / 1000)

    def put(self, key: str, ttl_s: float) -> None:
        """See :class:`Counters`."""
        with self._talking():
            self._redis.set(self.prefix + key, 1, px=max(1, int(ttl_s * 1000)))

    def delete(self, *keys: str) -> None:
        """See :class:`Counters`."""
        with self._talking():
            self._redis.delete(*(self.prefix + k for k in keys))


def _account_key(username: str) -> str:
    return hashlib.sha256(nfc(username).strip().casefold().encode()).hexdigest()[:32]


class RateLimiter:
    """At most ``limit`` calls per ``window_s`` seconds from one address, per bucket; and at
    most ``lockout_failures`` failed sign-ins of one account per ``lockout_s`` seconds, after
    which the account is refused for ``lockout_s`` seconds from every address. The counters
    are this process's unless ``counters`` (e.g. :class:`RedisCounters`) are given."""

    def __init__(self, limits: dict[str, tuple[int, float]], *, lockout_failures: int = 5,
                 lockout_s: float = 15 * 60, counters: Counters | None = None) -> None:
        self.limits = limits
        self.lockout_failures = lockout_failures
        self.lockout_s = lockout_s
        self.counters: Counters = counters or MemoryCounters()

    @classmethod
    def from_settings(cls, settings: Any) -> RateLimiter:
        """The limits the settings give; counters in PostgreSQL when a database is set,
        else in Redis when the broker is Redis."""
        web = settings.web
        broker = settings.broker_url or ""
        counters: Counters | None = None
        if settings.database_url:
            from sohoa.db import database
            from sohoa.state_pg import PgCounters

            counters = PgCounters(database(settings.database_url))
        elif broker.startswith(("redis://", "rediss://")):
            counters = RedisCounters(broker, f"sohoa:{settings.queue}:limits:")
        return cls({"login": (web.login_per_minute, 60.0),
                    "verify": (web.verify_per_minute, 60.0)},
                   lockout_failures=web.lockout_failures, lockout_s=web.lockout_minutes * 60,
                   counters=counters)

    def hit(self, bucket: str, address: str) -> None:
        """Count one call; raise ``RateLimitedError`` when over the limit."""
        limit, window = self.limits[bucket]
        count, left = self.counters.incr(f"hit:{bucket}:{address}", window)
        if count > limit:
            wait = int(left) + 1
            raise RateLimitedError(
                f"Quá nhiều lần thử; thử lại sau {wait} giây (too many attempts from "
                f"{address}; try again in {wait} s)."
            )

    def check_account(self, username: str) -> None:
        """Raise ``RateLimitedError`` while ``username`` is locked out."""
        left = self.counters.left(f"lock:{_account_key(username)}")
        if left > 0:
            minutes = int(left // 60) + 1
            raise RateLimitedError(
                f"Tài khoản tạm khóa đăng nhập vì sai mật khẩu nhiều lần; thử lại sau {minutes} "
                f"phút (too many failed sign-ins for this account; try again in {int(left) + 1} "
                "s, from any address).")

    def failed(self, username: str) -> None:
        """Count a failed sign-in of ``username``; lock it out at ``lockout_failures``."""
        key = _account_key(username)
        count, _ = self.counters.incr(f"fail:{key}", self.lockout_s)
        if count >= self.lockout_failures:
            self.counters.put(f"lock:{key}", self.lockout_s)
            self.counters.delete(f"fail:{key}")

    def succeeded(self, username: str) -> None:
        """Forget the failed sign-ins of ``username``."""
        self.counters.delete(f"fail:{_account_key(username)}")
