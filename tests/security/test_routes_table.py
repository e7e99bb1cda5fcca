"""The route table of the access matrix is whole: every route the app serves has a row, every
row is a route, every action it names is in the access table, and every action of the table
is asked for by some route or by a command of ``sohoa``."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from service.access import ACTIONS
from tests.security.routes import CLI_ONLY, PUBLIC, ROUTES, SIGNED_IN, app_routes
from tests.web_support import settings_for
from web import create_app

ROOT = Path(__file__).resolve().parents[2]


def test_every_route_of_the_app_has_a_row_and_every_row_is_a_route(tmp_path: Path) -> None:
    served = app_routes(create_app(settings_for(tmp_path / "data")))
    listed = {row.key for row in ROUTES}
    assert served, "no route found in the app"
    assert not served - listed, f"routes without a row in ROUTES: {sorted(served - listed)}"
    assert not listed - served, f"rows for routes the app does not serve: {sorted(listed - served)}"


def test_each_row_is_named_once() -> None:
    twice = [name for name, n in Counter(row.id for row in ROUTES).items() if n > 1]
    assert not twice, f"rows named twice (give each a variant): {twice}"


def test_every_action_a_row_names_is_in_the_access_table() -> None:
    for row in ROUTES:
        assert row.action in (PUBLIC, SIGNED_IN) or row.action in ACTIONS, row.id
        unknown = [a for a in row.also if a not in ACTIONS]
        assert not unknown, (row.id, unknown)
        assert row.ok, f"{row.id}: no status for a permitted caller"


def test_every_action_of_the_table_is_routed_or_named_as_cli_only() -> None:
    routed = {a for row in ROUTES for a in row.actions}
    assert not routed & set(CLI_ONLY), f"routed yet listed as CLI only: {routed & set(CLI_ONLY)}"
    assert not set(CLI_ONLY) - set(ACTIONS), f"not in ACTIONS: {set(CLI_ONLY) - set(ACTIONS)}"
    unused = set(ACTIONS) - routed - set(CLI_ONLY)
    assert not unused, f"actions of ACTIONS no route asks for and not listed in CLI_ONLY: {unused}"
    assert all(reason.strip() for reason in CLI_ONLY.values())


def test_every_cli_only_action_is_asked_for_by_the_service() -> None:
    """A row of CLI_ONLY names the command that asks for it: the service must ask for it."""
    source = "\n".join(p.read_text(encoding="utf-8") for p in sorted(
        (ROOT / "service").glob("*.py")) if p.name != "access.py")
    never = sorted(a for a in CLI_ONLY if f'"{a}"' not in source)
    assert not never, f"CLI_ONLY actions the service never asks for: {never}"
