"""People, roles and web accounts: who holds which role, sign-in and sign-out, API keys.

While nobody holds ``head`` or ``admin`` anyone may grant the first roles (a new
installation); after that only a head or an administrator may, and never to themselves. Every
change, sign-in and sign-out is in the audit trail; a failed sign-in is recorded as anonymous
(the user name typed is only in its detail), at most once a minute per address and user name.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterable
from typing import Protocol

from archive.audit import actor as system_user
from service.access import OPERATOR, Actor
from service.context import Context
from sohoa.errors import SohoaError
from sohoa.people import Account, ApiKey, NotPermittedError, same_person
from sohoa.text import nfc, normalise_space

__all__ = ["Accounts", "SignInLimiter", "local_actor"]

class SignInLimiter(Protocol):
    """Counts failed sign-ins per account (``web.auth.RateLimiter``): after too many, the
    account is refused for a while from every address."""

    def check_account(self, username: str) -> None:
        """Raise (a ``SohoaError``) while ``username`` is locked out."""

    def failed(self, username: str) -> None:
        """Count one failed sign-in of ``username``."""

    def succeeded(self, username: str) -> None:
        """Forget the failed sign-ins of ``username``."""


def local_actor(ctx: Context, by: str | None) -> Actor:
    """Who acts at the shell: the registered person named by ``by`` (or ``SOHOA_ACTOR``),
    with the roles and agency the registry gives them; else the installation's operator.
    A name given with ``--by`` that the registry does not know holds no role."""
    origin = f"cli {os.uname().nodename} pid {os.getpid()}"
    name = normalise_space(nfc(by or system_user()))
    roles = ctx.people.roles_of(name)
    if not roles and not by:
        return Actor(name, frozenset({OPERATOR}), via="local", origin=origin)
    agency = next((a.agency for a in ctx.people.accounts()
                   if same_person(a.name, name) and a.scoped), None)
    return Actor(name, roles, agency, via="local", origin=origin,
                 person_id=ctx.people.id_of(name) if roles else None)


class Accounts:
    """Who may sign in, and with which roles."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def _may_manage(self, actor: Actor, record: str) -> None:
        if self.ctx.people.has_admin():
            self.ctx.authorize(actor, "accounts.manage", record)

    def _not_to_oneself(self, actor: Actor, name: str, roles: Iterable[str], record: str
                        ) -> None:
        """Refuse (and record) ``actor`` granting roles to themselves, by id or by name; a new
        installation's first head or administrator excepted."""
        added = sorted(set(roles) - self.ctx.people.roles_of(name))
        if not added or not self.ctx.people.has_admin():
            return
        target = self.ctx.people.id_of(name)
        if (actor.person_id and actor.person_id == target) or same_person(actor.name, name):
            message = (f"{actor.name} không được tự cấp vai trò cho mình (nobody grants roles "
                       "to themselves).")
            self.ctx.audit(actor, "denied", record, {"action": "accounts.manage",
                                                     "reason": message, "roles": added})
            raise NotPermittedError(message)

    def me(self, actor: Actor) -> dict[str, object]:
        """Who ``actor`` is to the service: name, user name, roles, agency."""
        self.ctx.authorize(actor, "accounts.me")
        return {"name": actor.name, "username": actor.username, "roles": sorted(actor.roles),
                "agency": actor.agency}

    def people(self, actor: Actor) -> list[tuple[str, frozenset[str]]]:
        """Every person and their roles, by name."""
        self.ctx.authorize(actor, "accounts.list")
        return self.ctx.people.everyone()

    def accounts(self, actor: Actor) -> list[Account]:
        """Every web account, by name."""
        self.ctx.authorize(actor, "accounts.list")
        return self.ctx.people.accounts()

    def change_roles(self, actor: Actor, name: str, roles: Iterable[str], *, grant: bool
                     ) -> frozenset[str]:
        """Grant or revoke roles of ``name``; return their roles afterwards."""
        wanted = sorted(set(roles))
        self._may_manage(actor, f"people/{name}")
        if grant:
            self._not_to_oneself(actor, name, wanted, f"people/{name}")
        after = self.ctx.people.change(name, wanted, grant=grant)
        self.ctx.audit(actor, "role_granted" if grant else "role_revoked", f"people/{name}",
                       {"roles": wanted}, seal=True)
        return after

    def save_account(self, actor: Actor, name: str, username: str, roles: Iterable[str], *,
                     agency: str | None, password: str | None) -> tuple[Account, str | None]:
        """Create or update a web account; a new account without a password gets a random
        one. Return the account and the generated password (shown once), if any."""
        roles = list(roles)
        self._may_manage(actor, f"users/{username}")
        self._not_to_oneself(actor, name, roles, f"users/{username}")
        generated = None
        if password is None and self.ctx.people.account(username) is None:
            password = generated = secrets.token_urlsafe(12)
        account = self.ctx.people.add_account(name, username, roles, agency=agency,
                                              password=password)
        self.ctx.audit(actor, "account_saved", f"users/{account.username}", {
            "name": account.name, "roles": sorted(account.roles), "agency": account.agency or "",
            "password_changed": password is not None}, seal=True)
        return account, generated

    def new_api_key(self, actor: Actor, username: str, days: int | None = None) -> str:
        """A new API key for an account, valid ``days`` days (default: the setting
        ``web.api_key_days``), shown once and kept only as a hash. The account's other keys
        stay valid: end one with :meth:`revoke_api_key`."""
        self._may_manage(actor, f"users/{username}")
        days = days or self.ctx.settings.web.api_key_days
        key = self.ctx.people.new_api_key(username, days=days)
        self.ctx.audit(actor, "api_key_issued", f"users/{username}",
                       {"key_id": key.split("_", 2)[1], "days": days}, seal=True)
        return key

    def api_keys(self, actor: Actor, username: str) -> list[ApiKey]:
        """The API keys of an account: id, creation and expiry (never the key)."""
        self._may_manage(actor, f"users/{username}")
        return self.ctx.people.api_keys(username)

    def revoke_api_key(self, actor: Actor, username: str, key_id: str) -> None:
        """End one API key of an account for good."""
        self._may_manage(actor, f"users/{username}")
        self.ctx.people.revoke_api_key(username, key_id)
        self.ctx.audit(actor, "api_key_revoked", f"users/{username}", {"key_id": key_id},
                       seal=True)

    def sign_in(self, username: str, password: str, origin: str,
                limiter: SignInLimiter | None = None) -> Account | None:
        """The account these credentials open, or None; either way it is in the audit trail.
        With a ``limiter``, an account with too many failed sign-ins is refused for a while
        whatever the address (its error is raised), before any password is checked."""
        if limiter is not None:
            try:
                limiter.check_account(username)
            except SohoaError:
                self._sign_in_failed(username, origin, locked=True)
                raise
        account = self.ctx.people.authenticate(username, password)
        if account is None:
            self._sign_in_failed(username, origin)
            if limiter is not None:
                limiter.failed(username)
            return None
        if limiter is not None:
            limiter.succeeded(username)
        self.ctx.audit(Actor.of_account(account, via="session", origin=origin),
                       "signed_in", f"users/{account.username}", {"from": origin})
        return account

    def _sign_in_failed(self, username: str, origin: str, *, locked: bool = False) -> None:
        """Record a failed sign-in as anonymous: the user name typed is the caller's word, so
        it is only in the detail, and a flood of them is one entry a minute."""
        typed = nfc(username)[:40]
        detail: dict[str, object] = {"from": origin, "username": typed}
        if locked:
            detail["locked"] = True
        self.ctx.audit_seldom(Actor.nobody(origin), "login_failed", "users", detail,
                              about=typed.strip().casefold())

    def signed_out(self, actor: Actor) -> None:
        """Record that ``actor`` ended a session."""
        self.ctx.audit(actor, "signed_out", f"users/{actor.username}", {"from": actor.origin})
