"""The access matrix, over real HTTP: every route × every account (and anonymous) × a dossier
of the caller's agency and of another, against ``sohoa serve``'s app under uvicorn.

What each call must answer is derived from ``service.access.ACTIONS`` alone (``permitted``,
``can_see``, ``Actor.scoped``), never written per user: anonymous callers are asked to sign in
(401 from the API, a redirect to the sign-in page from the pages) unless the route is open;
a caller without a permitting role is refused (403); a permitted caller is told that a dossier
outside their agency does not exist (404); everyone else gets the route's own answer. Every
refusal is in the audit trail, naming the caller."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import httpx
import pytest

from archive.audit import AuditEntry, AuditLog
from service.access import ANONYMOUS, Actor, can_see, permitted
from sohoa.codes import agency_of
from tests.security.routes import PUBLIC, ROUTES, SIGNED_IN, Call, RouteRow, Target
from tests.web_support import (
    ACCOUNTS,
    AGENCY_A,
    AGENCY_B,
    PASSWORD,
    Web,
    code_of,
    first_document,
    running,
    serve_in_thread,
)
from web.auth import COOKIE

pytestmark = pytest.mark.slow

AGENCIES = {"own": AGENCY_A, "other": AGENCY_B}
"""The dossier a call names: one of agency A (the clerk's and officer an's), one of B."""
CALLERS: list[str | None] = [*ACCOUNTS, None]
"""Every test account, then anonymous (None)."""


@dataclass
class Server:
    """The service under uvicorn, its data, and the dossiers the calls name."""

    web: Web
    url: str
    dossiers: dict[str, tuple[str, str]]
    """Per agency label: a receipt code and a document of that dossier."""
    pdf: bytes
    sessions: dict[str, str] = field(default_factory=dict)
    """Session cookies of the accounts signed in to the pages."""

    def target(self, agency: str, caller: str | None) -> Target:
        code, document = self.dossiers[agency]
        return Target(self.url, code, document, self.pdf, caller)

    def session(self, username: str) -> str:
        """A session cookie of ``username``, signed in through the sign-in form."""
        if username not in self.sessions:
            response = httpx.post(f"{self.url}/dang-nhap", headers={"Origin": self.url},
                                  data={"username": username, "password": PASSWORD})
            assert response.status_code == 303, (username, response.status_code)
            self.sessions[username] = response.cookies[COOKIE]
        return self.sessions[username]

    def send(self, row: RouteRow, call: Call, caller: str | None) -> httpx.Response:
        """``call`` with the caller's credentials: their API key for the API, their session
        cookie for the pages, none for anonymous."""
        headers = dict(call.headers)
        if call.bearer is not None:
            headers["Authorization"] = f"Bearer {call.bearer}"
        elif caller is not None and row.page:
            headers["Cookie"] = f"{COOKIE}={self.session(caller)}"
        elif caller is not None:
            headers["Authorization"] = f"Bearer {self.web.keys[caller]}"
        with httpx.Client(base_url=self.url, timeout=120) as client:
            response = client.request(call.method, call.path, params=call.params,
                                      json=call.json, data=call.data, files=call.files,
                                      headers=headers)
        if row.ends_session and caller is not None:
            self.sessions.pop(caller, None)
        return response

    def trail(self) -> list[AuditEntry]:
        return list(AuditLog(self.web.settings.audit_path).entries())


@pytest.fixture(scope="module")
def server(run: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("matrix")
    with running(run["data"], folder, login_per_minute=1000, verify_per_minute=1000) as web, \
            serve_in_thread(web.settings) as url:
        dossiers = {}
        for label, agency in AGENCIES.items():
            code = code_of(agency)
            dossiers[label] = (code, first_document(web, code))
        code, document = dossiers["own"]
        pdf = web.client("trang").get(f"/api/records/{code}/{document}/document.pdf")
        assert pdf.status_code == 200, pdf.text
        yield Server(web, url, dossiers, pdf.content)


def actor_of(caller: str | None) -> Actor:
    """The actor the service makes of ``caller`` (as ``Actor.of_account`` does)."""
    if caller is None:
        return ANONYMOUS
    name, roles, agency = ACCOUNTS[caller]
    actor = Actor(name, frozenset(roles), agency, caller, "api_key")
    return actor if actor.scoped else replace(actor, agency=None)


@dataclass(frozen=True)
class Expected:
    statuses: frozenset[int]
    refused: bool
    """The call is refused: the trail must name the caller in a denial."""


def expected(row: RouteRow, actor: Actor, code: str) -> Expected:
    """What ``actor`` must get from ``row``'s valid request naming dossier ``code``, from the
    access table alone."""
    ok = Expected(row.ok, refused=False)
    if row.action == PUBLIC:
        return ok
    allowed = all(permitted(actor, a) for a in row.actions)
    if actor.anonymous:
        if row.action == SIGNED_IN or not allowed:
            return Expected(frozenset({303 if row.page else 401}), refused=True)
        return ok
    if not allowed:
        return Expected(frozenset({403}), refused=True)
    if row.scope == "dossier" and not can_see(actor, code):
        return Expected(frozenset({404}), refused=True)
    if row.scope == "agency" and actor.scoped and agency_of(code) != actor.agency:
        return Expected(frozenset({403}), refused=True)
    return ok


CASES = [pytest.param(row, caller, agency,
                      id=f"{row.id}|{caller or 'anonymous'}|{agency}")
         for row in ROUTES for caller in CALLERS
         for agency in (AGENCIES if row.scope else ["own"])]


@pytest.mark.parametrize(("row", "caller", "agency"), CASES)
def test_the_answer_is_the_access_table_s(server: Server, row: RouteRow, caller: str | None,
                                          agency: str) -> None:
    target = server.target(agency, caller)
    actor = actor_of(caller)
    want = expected(row, actor, target.code)
    call = row.build(target)
    before = len(server.trail())
    response = server.send(row, call, caller)
    who = caller or "anonymous"
    assert response.status_code in want.statuses, (
        f"{row.id} as {who} on the {agency} dossier ({target.code}): got "
        f"{response.status_code}, expected {sorted(want.statuses)}: {response.text[:300]}")
    trail = server.trail()
    if actor.anonymous and want.refused:
        if row.page:
            assert response.headers["location"].startswith("/dang-nhap"), response.headers
        refusals = [e for e in trail if e.action == "denied" and e.actor == ANONYMOUS.name
                    and call.path in e.record]
        assert refusals, f"{row.id} refused to anonymous, not in the audit trail"
        return
    denials = [e for e in trail[before:] if e.action == "denied" and e.actor == actor.name]
    if want.refused:
        assert denials, f"{row.id} refused to {who}: no denial naming {actor.name} in the trail"
        named = {e.detail.get("action") for e in denials}
        assert named <= set(row.actions), (row.id, who, named)
    else:
        assert not denials, (row.id, who, [e.detail for e in denials])
