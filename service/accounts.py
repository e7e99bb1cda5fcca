"""People, roles and web accounts: who holds which role, sign-in and sign-out, API keys.

While nobody holds ``head`` or ``admin`` anyone may grant the first roles (a new
installation); after that only a head or an administrator may. Every change, sign-in and
sign-out is in the audit trail.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterable

from archive.audit import actor as system_user
from service.access import OPERATOR, Actor
from service.context import Context
from sohoa.people import Account, same_person
from sohoa.text import nfc, normalise_space

__all__ = ["Accounts", "local_actor"]


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
    return Actor(name, roles, agency, via="local", origin=origin)


class Accounts:
    """Who may sign in, and with which roles."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def _may_manage(self, actor: Actor, record: str) -> None:
        if self.ctx.people.has_admin():
            self.ctx.authorize(actor, "accounts.manage", record)

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
        after = self.ctx.people.change(name, wanted, grant=grant)
        self.ctx.audit(actor, "role_granted" if grant else "role_revoked", f"people/{name}",
                       {"roles": wanted})
        return after

    def save_account(self, actor: Actor, name: str, username: str, roles: Iterable[str], *,
                     agency: str | None, password: str | None) -> tuple[Account, str | None]:
        """Create or update a web account; a new account without a password gets a random
        one. Return the account and the generated password (shown once), if any."""
        self._may_manage(actor, f"users/{username}")
        generated = None
        if password is None and self.ctx.people.account(username) is None:
            password = generated = secrets.token_urlsafe(12)
        account = self.ctx.people.add_account(name, username, roles, agency=agency,
                                              password=password)
        self.ctx.audit(actor, "account_saved", f"users/{account.username}", {
            "name": account.name, "roles": sorted(account.roles), "agency": account.agency or "",
            "password_changed": password is not None})
        return account, generated

    def new_api_key(self, actor: Actor, username: str) -> str:
        """A new API key for an account (shown once, kept only as a hash)."""
        self._may_manage(actor, f"users/{username}")
        key = self.ctx.people.new_api_key(username)
        self.ctx.audit(actor, "api_key_issued", f"users/{username}")
        return key

    def sign_in(self, username: str, password: str, origin: str) -> Account | None:
        """The account these credentials open, or None; either way it is in the audit trail."""
        account = self.ctx.people.authenticate(username, password)
        if account is None:
            self.ctx.deps.audit.append("login_failed", f"users/{username[:40]}",
                                       {"from": origin}, who=username[:40] or "?",
                                       origin=origin)
        else:
            self.ctx.audit(Actor.of_account(account, via="session", origin=origin),
                           "signed_in", f"users/{account.username}", {"from": origin})
        return account

    def signed_out(self, actor: Actor) -> None:
        """Record that ``actor`` ended a session."""
        self.ctx.audit(actor, "signed_out", f"users/{actor.username}", {"from": actor.origin})
