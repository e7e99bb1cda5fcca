"""Callback registrations: which system is told of which events, at which URL.

The one-stop software, or a department's system, registers a URL; sohoa then POSTs a signed
notification to it when an event of its agency happens (a result archived into a dossier).
Each registration has a secret (``secrets.token_urlsafe(32)``), shown once when it is made;
the receiver checks the HMAC-SHA256 signature of every notification with it.

The registrations of a data folder are kept in ``DATA/callbacks.json`` (mode 0600: it holds
the secrets), changed under a file lock, as the people registry is; with
``SOHOA_DATABASE_URL`` in the table ``callbacks`` (``sohoa.state_pg.PgCallbackRegistry``: the
same class over two primitives, ``_read`` and ``_locked``), so a registration made on one
machine is delivered by any. Who may change them is decided by the service's access table.
"""

from __future__ import annotations

import contextlib
import fcntl
import ipaddress
import json
import os
import re
import secrets
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sohoa.clock import now_vn
from sohoa.errors import SohoaError

__all__ = ["EVENTS", "CallbackError", "CallbackRegistry", "Registration", "check_agency",
           "check_url"]

EVENTS = ("result.archived",)
"""The events a system can be told of."""
_AGENCY = re.compile(r"[A-Za-z0-9][A-Za-z0-9.]{0,63}")
_MAX_URL = 2000


class CallbackError(SohoaError):
    """A callback cannot be registered as asked; the message says what to give instead."""

    code = "callback_refused"
    http_status = 400


@dataclass(frozen=True, slots=True)
class Registration:
    """One registered callback, as it is listed: never its secret."""

    id: str
    url: str
    agency: str | None
    """Only events of this agency (the start of the receipt code); None: every agency."""
    events: tuple[str, ...]
    created_by: str
    created_at: str
    """ISO 8601: it receives the events that happen from then on."""

    def receives(self, event: str, agency: str | None, created_at: str) -> bool:
        """Whether an ``event`` of ``agency`` that happened at ``created_at`` is for it."""
        return (event in self.events and (self.agency is None or self.agency == agency)
                and _seconds(created_at) >= _seconds(self.created_at))

    def to_json(self) -> dict[str, Any]:
        """As the API and ``--json`` show it."""
        return {"id": self.id, "url": self.url, "agency": self.agency,
                "events": list(self.events), "created_by": self.created_by,
                "created_at": self.created_at}


def _seconds(iso: str) -> datetime:
    return datetime.fromisoformat(iso).replace(microsecond=0)  # to the second


def check_url(url: str) -> str:
    """``url`` if sohoa may send notifications to it, else ``CallbackError`` saying why."""
    url = url.strip()
    if len(url) > _MAX_URL:
        raise CallbackError(f"Địa chỉ nhận thông báo dài quá {_MAX_URL} ký tự (the callback "
                            "URL is too long).")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise CallbackError(f"Địa chỉ {url!r} không hợp lệ (not a valid URL: {exc}).") from exc
    if parts.scheme not in ("http", "https"):
        raise CallbackError(f"Chỉ nhận địa chỉ http:// hoặc https://, không phải {url!r} (only "
                            "http and https callback URLs are allowed).")
    if not parts.hostname:
        raise CallbackError(f"Địa chỉ {url!r} thiếu tên máy chủ (the URL names no host).")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise CallbackError("Địa chỉ không được chứa tên đăng nhập hay mật khẩu; bên nhận "
                            "kiểm tra chữ ký HMAC thay cho mật khẩu (no credentials in the URL: "
                            "the receiver checks the HMAC signature instead).")
    if not url.isascii():
        raise CallbackError(f"Địa chỉ {url!r} chứa ký tự ngoài ASCII; hãy mã hóa (%xx, tên miền "
                            "punycode) (a callback URL must be ASCII: percent-encode its path "
                            "and give the host name in punycode).")
    if parts.fragment or any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        raise CallbackError(f"Địa chỉ {url!r} chứa phần # hoặc ký tự không hợp lệ (no fragment "
                            "or control characters in a callback URL).")
    if port == 0:
        raise CallbackError(f"Địa chỉ {url!r} có cổng 0 (port 0 is not a port).")
    with contextlib.suppress(ValueError):
        ip = ipaddress.ip_address(parts.hostname)
        if ip.is_link_local or ip.is_multicast or ip.is_unspecified:
            raise CallbackError(f"Không gửi thông báo tới {ip} (a link-local, multicast or "
                                "unspecified address cannot be a callback).")
    return url


def check_agency(agency: str | None) -> str | None:
    """The agency code (e.g. ``000.00.12.H19``), or None for every agency."""
    if agency is None or not agency.strip():
        return None
    agency = agency.strip()
    if not _AGENCY.fullmatch(agency):
        raise CallbackError(f"{agency!r} không phải mã đơn vị, ví dụ 000.00.12.H19 (not an "
                            "agency code: the start of its receipt codes, before the first -).")
    return agency


def _check_events(events: Iterable[str] | None) -> tuple[str, ...]:
    wanted = tuple(dict.fromkeys(e.strip() for e in (events or EVENTS) if e.strip()))
    if unknown := [e for e in wanted if e not in EVENTS]:
        raise CallbackError(f"Không có sự kiện {', '.join(unknown)}; các sự kiện: "
                            f"{', '.join(EVENTS)} (unknown event).")
    return wanted or EVENTS


class CallbackRegistry:
    """The callback registrations of one data folder. A registry kept elsewhere overrides
    ``_read`` (every registration by id) and ``_locked`` (the same, changed in place and
    written back when the block ends, one change at a time)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict[str, dict[str, Any]]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise CallbackError(f"{self.path} cannot be read: {exc}") from exc
        return {str(r["id"]): r for r in raw.get("callbacks", [])}

    @contextlib.contextmanager
    def _locked(self) -> Iterator[dict[str, dict[str, Any]]]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with (self.path.parent / ".callbacks.lock").open("a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            found = self._read()
            yield found
            body = {"callbacks": sorted(found.values(), key=lambda r: r["created_at"])}
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".callbacks-")
            try:
                os.fchmod(fd, 0o600)
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(body, f, ensure_ascii=False, indent=1)
                Path(tmp).replace(self.path)
            except BaseException:
                with contextlib.suppress(FileNotFoundError):
                    Path(tmp).unlink()
                raise

    @staticmethod
    def _registration(raw: dict[str, Any]) -> Registration:
        return Registration(str(raw["id"]), str(raw["url"]), raw.get("agency") or None,
                            tuple(raw.get("events") or EVENTS), str(raw.get("created_by", "")),
                            str(raw["created_at"]))

    def add(self, url: str, agency: str | None, events: Iterable[str] | None, *,
            created_by: str) -> tuple[Registration, str]:
        """Register a callback; return it and its secret (shown once, to the one who asked)."""
        raw = {"id": f"cb-{secrets.token_hex(6)}", "url": check_url(url),
               "agency": check_agency(agency), "events": list(_check_events(events)),
               "secret": secrets.token_urlsafe(32), "created_by": created_by,
               "created_at": now_vn().isoformat()}
        with self._locked() as found:
            found[raw["id"]] = raw
        return self._registration(raw), raw["secret"]

    def all(self) -> list[Registration]:
        """Every registration, oldest first."""
        found = sorted(self._read().values(), key=lambda r: r["created_at"])
        return [self._registration(r) for r in found]

    def get(self, callback_id: str) -> Registration | None:
        """The registration with this id, or None."""
        raw = self._read().get(callback_id.strip())
        return self._registration(raw) if raw else None

    def secret_of(self, callback_id: str) -> str | None:
        """The secret a notification to this registration is signed with."""
        raw = self._read().get(callback_id.strip())
        return str(raw["secret"]) if raw else None

    def with_secrets(self) -> list[tuple[Registration, str]]:
        """Every registration with its secret (for the deliverer only)."""
        found = sorted(self._read().values(), key=lambda r: r["created_at"])
        return [(self._registration(r), str(r["secret"])) for r in found]

    def remove(self, callback_id: str) -> Registration | None:
        """Remove a registration; return it (None: there was none with this id)."""
        with self._locked() as found:
            raw = found.pop(callback_id.strip(), None)
        return self._registration(raw) if raw else None
