"""Who may do what: the people of a centre and their roles.

The registry is ``DATA/people.json``. Roles:

``clerk``      counter clerk: digitises and submits dossiers
``officer``    department officer: fetches and signs results
``archivist``  searches, holds records, proposes disposal batches
``auditor``    retention auditor: approves or rejects disposal batches, checks fixity and the trail
``head``       head of the centre: approves disposal; grants and revokes roles

Names are compared in NFC with single spaces, ignoring case. While nobody holds ``head``
anyone may grant the first roles; after that only a head may. Callers record every change in
the audit trail.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from sohoa.errors import SohoaError
from sohoa.text import fold, nfc, normalise_space

__all__ = ["ROLES", "ROLE_LABELS", "NotPermittedError", "People", "PeopleError", "same_person"]

ROLES = ("clerk", "officer", "archivist", "auditor", "head")
ROLE_LABELS = {"clerk": "cán bộ tiếp nhận", "officer": "cán bộ chuyên môn",
               "archivist": "cán bộ lưu trữ", "auditor": "kiểm tra lưu trữ",
               "head": "lãnh đạo trung tâm"}
"""How a role is named on printed records."""


class PeopleError(SohoaError):
    """The people registry cannot be read or changed as asked."""

    code = "people_error"
    http_status = 400


class NotPermittedError(SohoaError):
    """The person asking does not hold a role the action needs."""

    code = "not_permitted"
    http_status = 403


def _key(name: str) -> str:
    return normalise_space(nfc(name)).casefold()


def same_person(a: str, b: str) -> bool:
    """Tell whether two names name the same person (NFC, spaces and case ignored)."""
    return _key(a) == _key(b)


class People:
    """The registry of one data folder."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict[str, dict[str, object]]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise PeopleError(f"{self.path} cannot be read: {exc}") from exc
        return {_key(p["name"]): p for p in raw.get("people", [])}

    @contextlib.contextmanager
    def _locked(self) -> Iterator[dict[str, dict[str, object]]]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with (self.path.parent / ".people.lock").open("a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            people = self._read()
            yield people
            body = {"people": sorted(people.values(), key=lambda p: fold(str(p["name"])))}
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".people-")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(body, f, ensure_ascii=False, indent=1)
            Path(tmp).replace(self.path)

    def roles_of(self, name: str) -> frozenset[str]:
        """The roles a person holds (none if unknown)."""
        person = self._read().get(_key(name))
        return frozenset(person["roles"]) if person else frozenset()  # type: ignore[arg-type]

    def everyone(self) -> list[tuple[str, frozenset[str]]]:
        """Every person and their roles, by name."""
        found = sorted(self._read().values(), key=lambda p: fold(str(p["name"])))
        return [(str(p["name"]), frozenset(p["roles"])) for p in found]  # type: ignore[arg-type]

    def require(self, name: str, roles: Iterable[str], action: str) -> str:
        """Return the first of ``roles`` that ``name`` holds, else raise ``NotPermittedError``."""
        held = self.roles_of(name)
        wanted = list(roles)
        for role in wanted:
            if role in held:
                return role
        has = ", ".join(sorted(held)) or "no role"
        raise NotPermittedError(
            f"{nfc(name)} may not {action}: it needs the role {' or '.join(wanted)}, and "
            f"{nfc(name)} has {has} (a head grants roles with `sohoa people grant`)"
        )

    def change(self, name: str, roles: Iterable[str], *, grant: bool, by: str) -> frozenset[str]:
        """Grant or revoke roles of ``name``; ``by`` must be a head once there is one. Return
        the person's roles afterwards."""
        name = normalise_space(nfc(name))
        wanted = set(roles)
        if not name:
            raise PeopleError("a person needs a name")
        if unknown := wanted - set(ROLES):
            raise PeopleError(f"unknown role {', '.join(sorted(unknown))}: roles are "
                              f"{', '.join(ROLES)}")
        with self._locked() as people:
            heads = [p for p in people.values() if "head" in p["roles"]]  # type: ignore[operator]
            if heads and "head" not in people.get(_key(by), {}).get("roles", []):  # type: ignore[operator]
                raise NotPermittedError(
                    f"{nfc(by)} may not change roles: only a head of the centre may "
                    f"({', '.join(str(p['name']) for p in heads)})"
                )
            person = people.setdefault(_key(name), {"name": name, "roles": []})
            current = set(person["roles"])  # type: ignore[arg-type]
            current = current | wanted if grant else current - wanted
            if not grant and "head" in wanted and heads == [person]:
                raise PeopleError(f"{name} is the only head; grant head to another person first")
            person["roles"] = sorted(current)
            if not current:
                people.pop(_key(name))
        return frozenset(current)
