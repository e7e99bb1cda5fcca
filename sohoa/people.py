"""Who may do what: the people of a centre and their roles.

The registry is ``DATA/people.json`` (``FilePeopleRecords``), or a table in PostgreSQL when
the installation's machines share a database (``sohoa.state_pg.PgPeopleRecords``). Roles:

``clerk``      counter clerk: digitises and submits dossiers
``officer``    department officer: fetches and signs results
``archivist``  searches, holds records, proposes disposal batches
``auditor``    retention auditor: approves or rejects disposal batches, checks fixity and the trail
``head``       head of the centre: approves disposal; grants and revokes roles
``admin``      administers the service: accounts and roles, nothing in the records
``reuse``      the one-stop software's key: looks up a citizen's papers by their personal
               identification number, with a purpose, within its agency

Names are compared in NFC with single spaces, ignoring case. Who may change the registry is
decided by the service's access table (``service/access.py``), which also records every change
in the audit trail.

Every person has a stable id (``p-`` and 12 hex digits), given when they are registered (a
registry from before ids gets them at its next change): decisions that need two different
people (disposal) compare ids, not names. A new name is kept in NFKC and refused when it holds
an invisible or control character or an unusual space, mixes scripts that look alike, or looks
like the name of someone already registered (the same confusable skeleton, Unicode TS #39).

A person may also have an account for the web service: a user name, the agency whose records
a clerk or officer sees, a password (kept as a scrypt hash) and API keys (kept as sha256, each
with its creation and expiry time).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import hmac
import json
import os
import re
import secrets
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

from sohoa.clock import now_vn
from sohoa.errors import SohoaError
from sohoa.text import fold, hidden_chars, mixes_scripts, nfc, nfkc, normalise_space, skeleton

__all__ = ["ADMIN_ROLES", "AGENCY_ROLES", "ROLES", "ROLE_LABELS", "Account", "ApiKey",
           "ApiKeyExpiredError", "FilePeopleRecords", "NotPermittedError", "People",
           "PeopleError", "PeopleRecords", "person_key", "same_person"]

ROLES = ("clerk", "officer", "archivist", "auditor", "head", "admin", "reuse")
ROLE_LABELS = {"clerk": "cán bộ tiếp nhận", "officer": "cán bộ chuyên môn",
               "archivist": "cán bộ lưu trữ", "auditor": "kiểm tra lưu trữ",
               "head": "lãnh đạo trung tâm", "admin": "quản trị hệ thống",
               "reuse": "phần mềm một cửa (dùng lại giấy tờ)"}
"""How a role is named on printed records."""
ADMIN_ROLES = ("head", "admin")
"""Who grants roles and manages accounts once someone holds one of these."""
AGENCY_ROLES = frozenset({"clerk", "officer", "reuse"})
"""Roles that see only their own agency's records."""
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,39}")
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
MIN_PASSWORD = 10
API_KEY_DAYS = 365
"""How long a new API key is valid unless told otherwise."""
_UNKNOWN_USER = f"scrypt${secrets.token_hex(16)}${secrets.token_hex(64)}"
"""Checked against when the user name is unknown: one scrypt run, as for a known one."""


class PeopleError(SohoaError):
    """The people registry cannot be read or changed as asked."""

    code = "people_error"
    http_status = 400


class NotPermittedError(SohoaError):
    """The person asking does not hold a role the action needs."""

    code = "not_permitted"
    http_status = 403


class ApiKeyExpiredError(SohoaError):
    """An API key past its expiry was presented."""

    code = "api_key_expired"
    http_status = 401


@dataclass(frozen=True, slots=True)
class Account:
    """A person as the web service knows them."""

    name: str
    username: str
    roles: frozenset[str]
    agency: str | None
    """The agency whose records a clerk or officer sees (None: every agency, by role)."""
    credential: str
    """Changes when the password changes: sessions issued before end."""
    person_id: str | None = None
    """The person's stable id in the registry (a name can be imitated, the id cannot)."""

    @property
    def scoped(self) -> bool:
        """True when this person sees only their agency's records."""
        return not (self.roles - AGENCY_ROLES) and bool(self.roles)


@dataclass(frozen=True, slots=True)
class ApiKey:
    """An API key of an account as it is listed: never its secret."""

    key_id: str
    created: str | None
    """When it was made (None for a key from before keys were dated)."""
    expires: str | None
    """When it stops working (None: a key from before keys expired, valid until revoked)."""

    @property
    def expired(self) -> bool:
        """Whether it is past its expiry."""
        return self.expires is not None and datetime.fromisoformat(self.expires) <= now_vn()


def _new_id() -> str:
    return f"p-{secrets.token_hex(6)}"


def _hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, **_SCRYPT)
    return f"scrypt${salt.hex()}${digest.hex()}"


def _password_ok(stored: str, password: str) -> bool:
    try:
        _, salt, digest = stored.split("$")
        got = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), **_SCRYPT)
    except ValueError:
        return False
    return hmac.compare_digest(got.hex(), digest)


def _key_digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _key(name: str) -> str:
    return normalise_space(nfc(name)).casefold()


def person_key(name: str) -> str:
    """The key a person's entry is kept under (NFC, single spaces, case folded)."""
    return _key(name)


def same_person(a: str, b: str) -> bool:
    """Tell whether two names name the same person (NFC, spaces and case ignored)."""
    return _key(a) == _key(b)


def _looks_alike(a: str, b: str) -> bool:
    """Whether two names would pass for each other on a screen or a printed record."""
    return skeleton(a) == skeleton(b) or skeleton(a.casefold()) == skeleton(b.casefold())


def _new_name(raw: str, people: dict[str, dict[str, object]]) -> str:
    """The name a new person is registered under (NFKC, single spaces), or ``PeopleError``
    saying why it cannot be one."""
    if hidden := hidden_chars(raw):
        raise PeopleError(
            f"Tên {normalise_space(raw)!r} chứa ký tự ẩn hoặc ký tự điều khiển "
            f"{', '.join(hidden)} (a name may not hold invisible or control characters or "
            "spaces other than the ordinary space).")
    name = normalise_space(nfkc(raw))
    if not name:
        raise PeopleError("Cần ghi họ tên (a person needs a name).")
    if mixes_scripts(name):
        raise PeopleError(
            f"Tên {name!r} trộn chữ của các hệ chữ trông giống nhau (a name may not mix letters "
            "of different scripts that look alike, e.g. Latin and Cyrillic).")
    if _key(name) not in people:
        for other in people.values():
            if _looks_alike(name, str(other["name"])):
                raise PeopleError(
                    f"Tên {name!r} dễ nhầm với {other['name']!r}, người đã có trong danh sách "
                    "(the name looks like that of someone already registered: give a name "
                    "that can be told apart).")
    return name


def _checked_roles(roles: Iterable[str]) -> set[str]:
    wanted = set(roles)
    if unknown := wanted - set(ROLES):
        raise PeopleError(f"unknown role {', '.join(sorted(unknown))}: roles are "
                          f"{', '.join(ROLES)}")
    return wanted


class PeopleRecords(Protocol):
    """Where the registry is kept: every person's entry by the key their name is compared
    under (``FilePeopleRecords``: ``DATA/people.json``; ``sohoa.state_pg.PgPeopleRecords``:
    PostgreSQL)."""

    where: str
    """Where the registry is, for messages."""

    def read(self) -> dict[str, dict[str, object]]:
        """Every entry as it is now."""

    def locked(self) -> contextlib.AbstractContextManager[dict[str, dict[str, object]]]:
        """Every entry, held against other changes until the block ends; what the block
        leaves in the dict is what is kept (nothing when it raises)."""


class FilePeopleRecords:
    """The registry as one JSON file, changed under ``flock`` and replaced whole."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.where = str(path)

    def read(self) -> dict[str, dict[str, object]]:
        """See :class:`PeopleRecords`."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise PeopleError(f"{self.path} cannot be read: {exc}") from exc
        return {_key(p["name"]): p for p in raw.get("people", [])}

    @contextlib.contextmanager
    def locked(self) -> Iterator[dict[str, dict[str, object]]]:
        """See :class:`PeopleRecords`."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with (self.path.parent / ".people.lock").open("a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            people = self.read()
            yield people
            body = {"people": sorted(people.values(), key=lambda p: fold(str(p["name"])))}
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".people-")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(body, f, ensure_ascii=False, indent=1)
            Path(tmp).replace(self.path)


class People:
    """The registry of one installation."""

    def __init__(self, records: Path | PeopleRecords) -> None:
        self.records: PeopleRecords = (FilePeopleRecords(records) if isinstance(records, Path)
                                       else records)

    def _read(self) -> dict[str, dict[str, object]]:
        return self.records.read()

    @contextlib.contextmanager
    def _locked(self) -> Iterator[dict[str, dict[str, object]]]:
        with self.records.locked() as people:
            yield people
            for person in people.values():
                person.setdefault("id", _new_id())  # registries from before ids

    def roles_of(self, name: str) -> frozenset[str]:
        """The roles a person holds (none if unknown)."""
        person = self._read().get(_key(name))
        return frozenset(person["roles"]) if person else frozenset()  # type: ignore[arg-type]

    def everyone(self) -> list[tuple[str, frozenset[str]]]:
        """Every person and their roles, by name."""
        found = sorted(self._read().values(), key=lambda p: fold(str(p["name"])))
        return [(str(p["name"]), frozenset(p["roles"])) for p in found]  # type: ignore[arg-type]

    def id_of(self, name: str) -> str | None:
        """The stable id of the person with this name (None: not registered, or registered
        before ids and not changed since)."""
        person = self._read().get(_key(name))
        return str(person["id"]) if person and person.get("id") else None

    def has_admin(self) -> bool:
        """Whether someone holds ``head`` or ``admin`` (until then, anyone may grant the first
        roles)."""
        return any(set(ADMIN_ROLES) & set(p["roles"])  # type: ignore[call-overload]
                   for p in self._read().values())

    def change(self, name: str, roles: Iterable[str], *, grant: bool) -> frozenset[str]:
        """Grant or revoke roles of ``name`` (the service decides who may); return the
        person's roles afterwards."""
        wanted = _checked_roles(roles)
        if not normalise_space(nfc(name)):
            raise PeopleError("a person needs a name")
        with self._locked() as people:
            return self._change(people, name, wanted, grant=grant)

    @staticmethod
    def _person(people: dict[str, dict[str, object]], name: str, *, create: bool
                ) -> dict[str, object] | None:
        """The entry of ``name``; with ``create``, a new one (checked name, new id) when
        there is none."""
        found = people.get(_key(name))
        if found is not None or not create:
            return found
        clean = _new_name(name, people)
        found = people.get(_key(clean))
        if found is None:
            found = people[_key(clean)] = {"id": _new_id(), "name": clean, "roles": []}
        return found

    def _change(self, people: dict[str, dict[str, object]], name: str, wanted: set[str], *,
                grant: bool) -> frozenset[str]:
        heads = [p for p in people.values() if "head" in p["roles"]]  # type: ignore[operator]
        person = self._person(people, name, create=grant)
        if person is None:
            return frozenset()
        current = set(person["roles"])  # type: ignore[arg-type]
        current = current | wanted if grant else current - wanted
        if not grant and "head" in wanted and heads == [person]:
            raise PeopleError(f"{person['name']} is the only head; grant head to another "
                              "person first")
        person["roles"] = sorted(current)
        if not current:
            people.pop(_key(str(person["name"])))
        return frozenset(current)

    def add_account(
        self, name: str, username: str, roles: Iterable[str], *, agency: str | None,
        password: str | None,
    ) -> Account:
        """Create or update the web account of ``name``: user name, roles, agency and (if
        given) password (the service decides who may)."""
        username = username.strip().lower()
        if not _USERNAME.fullmatch(username):
            raise PeopleError(f"{username!r} cannot be a user name: use 2–40 lower-case letters, "
                              "digits, '.', '_' or '-', starting with a letter or digit")
        wanted = set(roles)
        if wanted & AGENCY_ROLES and not (wanted - AGENCY_ROLES) and not agency:
            raise PeopleError(f"{username}: a clerk or officer needs --agency, the code of the "
                              "agency whose records they see (e.g. 000.00.12.H19)")
        if password is not None and len(password) < MIN_PASSWORD:
            raise PeopleError(f"{username}: a password needs at least {MIN_PASSWORD} characters")
        _checked_roles(wanted)
        with self._locked() as people:
            person = self._person(people, name, create=True)
            assert person is not None
            for p in people.values():
                if p.get("username") == username and p is not person:
                    raise PeopleError(f"the user name {username} belongs to {p['name']}")
            if not self._change(people, str(person["name"]), wanted, grant=True):
                raise PeopleError(f"{username}: an account needs at least one role (--role)")
            person["username"] = username
            person["agency"] = agency.strip() if agency else None
            if password is not None:
                person["password"] = _hash_password(password)
                person["keys"] = []  # a new password ends the old keys too
        found = self.account(username)
        assert found is not None
        return found

    def new_api_key(self, username: str, *, days: int = API_KEY_DAYS) -> str:
        """Make an API key for an account, valid ``days`` days, and return it (shown once,
        kept only as a hash). The account's other keys stay valid."""
        if not 1 <= days <= 3650:
            raise PeopleError(f"Thời hạn khóa API từ 1 đến 3650 ngày, không phải {days} (an API "
                              "key lasts 1 to 3650 days).")
        key_id, secret = secrets.token_hex(4), secrets.token_urlsafe(32)
        now = now_vn()
        with self._locked() as people:
            person = self._by_username(people, username)
            keys = list(person.get("keys") or [])  # type: ignore[call-overload]
            keys.append({"id": key_id, "sha256": _key_digest(secret),
                         "created": now.isoformat(),
                         "expires": (now + timedelta(days=days)).isoformat()})
            person["keys"] = keys
        return f"sohoa_{key_id}_{secret}"

    def api_keys(self, username: str) -> list[ApiKey]:
        """The API keys of an account, oldest first: id, creation and expiry, never the key."""
        person = self._by_username(self._read(), username)
        return [ApiKey(str(k["id"]), k.get("created"), k.get("expires"))
                for k in person.get("keys") or []]  # type: ignore[attr-defined]

    def revoke_api_key(self, username: str, key_id: str) -> None:
        """End one API key of an account for good; its other keys stay valid."""
        with self._locked() as people:
            person = self._by_username(people, username)
            keys = list(person.get("keys") or [])  # type: ignore[call-overload]
            kept = [k for k in keys if k["id"] != key_id.strip()]
            if len(kept) == len(keys):
                raise PeopleError(f"Tài khoản {person['username']} không có khóa API {key_id!r} "
                                  f"(no such API key: `sohoa users keys {person['username']}`).")
            person["keys"] = kept

    @staticmethod
    def _by_username(people: dict[str, dict[str, object]], username: str) -> dict[str, object]:
        for p in people.values():
            if p.get("username") == username.strip().lower():
                return p
        raise PeopleError(f"no account with the user name {username} (`sohoa users list`)")

    def account(self, username: str) -> Account | None:
        """The account with this user name, or None."""
        for p in self._read().values():
            if p.get("username") == username.strip().lower():
                return self._account(p)
        return None

    @staticmethod
    def _account(p: dict[str, object]) -> Account:
        credential = hashlib.sha256(str(p.get("password", "")).encode()).hexdigest()[:16]
        return Account(str(p["name"]), str(p["username"]),
                       frozenset(p["roles"]), p.get("agency") or None,  # type: ignore[arg-type]
                       credential, str(p["id"]) if p.get("id") else None)

    def accounts(self) -> list[Account]:
        """Every account, by name."""
        found = sorted(self._read().values(), key=lambda p: fold(str(p["name"])))
        return [self._account(p) for p in found if p.get("username")]

    def authenticate(self, username: str, password: str) -> Account | None:
        """The account if the password is right, else None (always as slow either way)."""
        for p in self._read().values():
            if p.get("username") == username.strip().lower() and p.get("password"):
                return self._account(p) if _password_ok(str(p["password"]), password) else None
        _password_ok(_UNKNOWN_USER, password)  # one scrypt run, as for a known user
        return None

    def by_api_key(self, key: str) -> Account | None:
        """The account an API key belongs to, or None; ``ApiKeyExpiredError`` for a key past
        its expiry."""
        parts = key.split("_", 2)
        if len(parts) != 3 or parts[0] != "sohoa":
            return None
        digest = _key_digest(parts[2])
        for p in self._read().values():
            for k in p.get("keys") or []:  # type: ignore[attr-defined]
                if k["id"] == parts[1] and hmac.compare_digest(k["sha256"], digest):
                    if ApiKey(k["id"], k.get("created"), k.get("expires")).expired:
                        raise ApiKeyExpiredError(
                            f"Khóa API {k['id']} đã hết hạn lúc {k['expires']}; người quản lý "
                            "cấp khóa mới bằng `sohoa users key` (the API key expired; ask for "
                            "a new one).")
                    return self._account(p)
        return None
