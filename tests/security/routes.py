"""Every route of the web service, what governs it, and a valid request for it.

One row per route (a route that dispatches on a path parameter has a row per value): its
method and path template, the action of ``service.access.ACTIONS`` it is governed by (or
``PUBLIC``: no sign-in; ``SIGNED_IN``: any signed-in account), further actions the same call
asks for, whether the request names a dossier (agency scope), and a function that builds a
valid request for it against the running service and one dossier's receipt code. A caller the
table permits gets one of the row's ``ok`` statuses; the access matrix
(``test_matrix.py``) derives every other answer from ``ACTIONS`` alone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx
from fastapi import FastAPI

from sohoa.codes import agency_of
from tests.web_support import PASSWORD

__all__ = ["CLI_ONLY", "PUBLIC", "ROUTES", "SIGNED_IN", "Call", "RouteRow", "Target",
           "app_routes"]

PUBLIC = "public"
"""Open to anyone, signed in or not: no action of the table is asked for."""
SIGNED_IN = "signed-in"
"""Any signed-in account may use it: no action of the table is asked for."""

NO_BATCH = "B-20000101-000000"
"""An upload batch that does not exist: a permitted caller gets 404 after the role check."""
NO_DISPOSAL = "D-20000101-000000"
"""A disposal batch that does not exist: a permitted caller gets 404 after the role check."""
NO_CALLBACK = "cb-000000000000"
"""A callback registration that does not exist: a permitted caller gets 404 after the role
check."""
LONG_AGO = "2000-01-01"
"""Nothing is due before this date: a proposal for it is refused (409) after the role
check, and no disposal batch is made."""

Scope = Literal["dossier", "agency"] | None
"""``dossier``: the request names a dossier; one the caller may not see (``can_see``) is
answered as missing (404). ``agency``: the request registers a code of an agency; a caller
scoped to another agency is refused (403)."""


@dataclass(frozen=True)
class Target:
    """What a request is built against: the running service, a dossier and its caller."""

    url: str
    """The service's base URL (also the ``Origin`` of the page forms)."""
    code: str
    """A receipt code of the agency under test."""
    document: str
    """A document of that dossier."""
    pdf: bytes
    """A signed PDF of the archive, to verify."""
    caller: str | None
    """The user name of the caller (None: anonymous)."""


@dataclass(frozen=True)
class Call:
    """One HTTP request; the caller's credentials are added by whoever sends it."""

    method: str
    path: str
    params: dict[str, str] | None = None
    json: Any = None
    data: dict[str, str] | None = None
    files: list[tuple[str, tuple[str, bytes, str]]] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    bearer: str | None = None
    """Send this bearer token instead of the caller's own credentials."""


Build = Callable[[Target], Call]


@dataclass(frozen=True)
class RouteRow:
    """One route (or one value of a path parameter it dispatches on)."""

    method: str
    path: str
    action: str
    """An ``ACTIONS`` key, ``PUBLIC`` or ``SIGNED_IN``."""
    ok: frozenset[int]
    """The statuses of the valid request by a caller the table permits."""
    build: Build
    scope: Scope = None
    also: tuple[str, ...] = ()
    """Further ``ACTIONS`` keys the same call asks for, in the order the service asks."""
    variant: str = ""
    ends_session: bool = False
    """The call ends the caller's session (it must sign in again)."""

    @property
    def actions(self) -> tuple[str, ...]:
        """Every ``ACTIONS`` key the call needs (empty for ``PUBLIC`` and ``SIGNED_IN``)."""
        head = () if self.action in (PUBLIC, SIGNED_IN) else (self.action,)
        return (*head, *self.also)

    @property
    def page(self) -> bool:
        """A page (session cookie) rather than the JSON API (bearer token; ``/metrics`` is
        answered as the API is)."""
        return not self.path.startswith("/api/") and self.path != "/metrics"

    @property
    def key(self) -> tuple[str, str]:
        """(method, path template), as the app names the route."""
        return self.method, self.path

    @property
    def id(self) -> str:
        """A short name for test ids."""
        return f"{self.method} {self.path}" + (f" [{self.variant}]" if self.variant else "")


def app_routes(app: FastAPI) -> set[tuple[str, str]]:
    """(method, path template) of every route the app serves, FastAPI's own ones (the OpenAPI
    document), static files and HEAD aside."""
    try:  # FastAPI that keeps included routers as such lists them through their contexts
        from fastapi.routing import iter_route_contexts
        routes: Iterator[Any] = iter_route_contexts(app.routes)
    except ImportError:
        routes = iter(app.routes)
    found = set()
    for route in routes:
        path, methods = getattr(route, "path", None), getattr(route, "methods", None)
        if not path or not methods or path == app.openapi_url or path.startswith("/static"):
            continue
        found |= {(m, path) for m in methods if m != "HEAD"}
    return found


# --- valid requests --------------------------------------------------------------------------

_TEXT_FILE = [("files", ("x.txt", b"not a scan\n", "text/plain"))]
"""One small text file: refused as an unsupported type by whoever may upload, after the
role check (and, before its body is read, refused to whoever may not)."""


def _form(t: Target, **data: str) -> dict[str, Any]:
    """The parts of a page form sent from this site."""
    return {"data": data or None, "headers": {"Origin": t.url}}


def _get(path: str, **params: str) -> Build:
    return lambda t: Call("GET", path.format(**_fields(t)), params=params or None)


def _post_json(path: str, body: Callable[[Target], Any]) -> Build:
    return lambda t: Call("POST", path.format(**_fields(t)), json=body(t))


def _fields(t: Target) -> dict[str, str]:
    return {"code": t.code, "doc": t.document, "batch": NO_BATCH, "disposal": NO_DISPOSAL}


def _hold(t: Target) -> dict[str, str]:
    return {"record": t.code, "reason": "Kiểm tra quyền truy cập (access check)"}


def _receipt(t: Target) -> dict[str, str]:
    """A receipt of the target's agency, the same every time (registering it again returns
    the one kept)."""
    return {"receipt_code": f"{agency_of(t.code)}-250101-9001", "procedure": "Thử nghiệm",
            "received_at": "2025-01-01T08:00:00+07:00"}


def _token(t: Target) -> dict[str, str]:
    return {"username": t.caller or "hoa", "password": PASSWORD}


def _sign_out_api(t: Target) -> Call:
    """Sign out a session of the caller's own (a fresh one: never their API key)."""
    if t.caller is None:
        return Call("DELETE", "/api/token")
    response = httpx.post(f"{t.url}/api/token", data=_token(t))
    response.raise_for_status()
    return Call("DELETE", "/api/token", bearer=response.json()["access_token"])


def _upload(path: str, **data: str) -> Build:
    def build(t: Target) -> Call:
        fields = {k: v.format(**_fields(t)) for k, v in data.items()}
        headers = {"Origin": t.url} if not path.startswith("/api/") else {}
        return Call("POST", path, data=fields or None, files=_TEXT_FILE, headers=headers)
    return build


def _result(tail: str = "") -> Build:
    def build(t: Target) -> Call:
        return Call("POST", f"/api/dossiers/{t.code}/results{tail}",
                    files=[("file", ("x.txt", b"not a result\n", "text/plain"))])
    return build


def _result_page(tail: str = "") -> Build:
    def build(t: Target) -> Call:
        return Call("POST", f"/tra-ket-qua/{t.code}{tail}", headers={"Origin": t.url},
                    files=[("file", ("x.txt", b"not a result\n", "text/plain"))])
    return build


def _desk(path: str) -> Build:
    return lambda t: Call("GET", path, params={"agency": agency_of(t.code)})


def _verify(path: str) -> Build:
    def build(t: Target) -> Call:
        headers = {"Origin": t.url} if not path.startswith("/api/") else {}
        return Call("POST", path, files=[("file", ("ban-ky-so.pdf", t.pdf, "application/pdf"))],
                    headers=headers)
    return build


def _by_reference(t: Target) -> Call:
    """The verification page as the QR code of a printed copy opens it."""
    return Call("GET", "/xac-minh", params={"ma": t.code, "tl": t.document,
                                            "sha256": hashlib.sha256(t.pdf).hexdigest()})


def _page_post(path: str, **data: str) -> Build:
    def build(t: Target) -> Call:
        fields = {k: v.format(**_fields(t)) for k, v in data.items()}
        return Call("POST", path.format(**_fields(t)), **_form(t, **fields))
    return build


_DECISION = {"note": "Kiểm tra quyền truy cập (access check)"}
_NO_TYPE = {"action": "correct", "doc_type": "khong_co_loai_nay",
            "why": "Kiểm tra quyền truy cập (access check)"}
"""A correction to a type the taxonomy does not have: refused after the access checks."""
_REASON = "Kiểm tra quyền truy cập (access check)"


def _s(*statuses: int) -> frozenset[int]:
    return frozenset(statuses)


ROUTES: list[RouteRow] = [
    # --- the JSON API ----------------------------------------------------------------------
    RouteRow("GET", "/api/health", PUBLIC, _s(200), _get("/api/health")),
    RouteRow("GET", "/api/health/detail", "health.view", _s(200), _get("/api/health/detail")),
    RouteRow("GET", "/metrics", "health.view", _s(200), _get("/metrics")),
    RouteRow("POST", "/api/token", PUBLIC, _s(200),
             lambda t: Call("POST", "/api/token", data=_token(t))),
    RouteRow("DELETE", "/api/token", SIGNED_IN, _s(204), _sign_out_api),
    RouteRow("GET", "/api/me", "accounts.me", _s(200), _get("/api/me")),
    RouteRow("POST", "/api/batches", "intake.upload", _s(415), _upload("/api/batches")),
    RouteRow("POST", "/api/batches", "intake.upload", _s(415),
             _upload("/api/batches", into="{code}"), scope="dossier", variant="into"),
    RouteRow("POST", "/api/batches", "intake.upload", _s(415),
             _upload("/api/batches", closed="2020-12-31", reason=_REASON),
             also=("intake.backlog",), variant="closed"),
    RouteRow("GET", "/api/batches/{batch_id}", "intake.batch", _s(404),
             _get("/api/batches/{batch}")),
    RouteRow("GET", "/api/batches/{batch_id}/thumbnails/{name}", "intake.batch", _s(404),
             _get("/api/batches/{batch}/thumbnails/trang-1.jpg")),
    RouteRow("POST", "/api/receipts", "intake.receipt", _s(201),
             _post_json("/api/receipts", _receipt), scope="agency"),
    RouteRow("GET", "/api/dossiers/{receipt_code}", "records.dossier", _s(200),
             _get("/api/dossiers/{code}"), scope="dossier"),
    # a text file: refused (422 not a PDF; 415 not a scan) after the role and scope checks
    RouteRow("POST", "/api/dossiers/{receipt_code}/results", "results.add", _s(422),
             _result(), scope="dossier"),
    RouteRow("POST", "/api/dossiers/{receipt_code}/results/scans", "results.scan",
             _s(415, 422), _result("/scans"), scope="dossier"),
    RouteRow("POST", "/api/dossiers/{receipt_code}/results/copies", "results.certify",
             _s(422), _result("/copies"), scope="dossier"),
    RouteRow("GET", "/api/dossiers/{receipt_code}/results", "results.list", _s(200),
             _get("/api/dossiers/{code}/results"), scope="dossier"),
    # the document is not a result: 404 after the role and scope checks
    RouteRow("GET", "/api/dossiers/{receipt_code}/results/{document_id}", "results.get",
             _s(404), _get("/api/dossiers/{code}/results/{doc}"), scope="dossier"),
    RouteRow("GET", "/api/results/desk", "results.desk", _s(200), _desk("/api/results/desk")),
    # closing a dossier whose result was never returned: refused (409) after the role and
    # scope checks, and nothing is recorded
    RouteRow("POST", "/api/dossiers/{receipt_code}/steps", "records.step", _s(409),
             _post_json("/api/dossiers/{code}/steps", lambda t: {"step": "closed"}),
             scope="dossier"),
    RouteRow("GET", "/api/search", "records.search", _s(200), _get("/api/search", q="giay")),
    # the reuse key's lookups: scoped by the search (another agency's key finds nothing)
    RouteRow("GET", "/api/citizens/{cccd}/documents", "reuse.lookup", _s(200),
             _get("/api/citizens/002196076128/documents", purpose="1.001193")),
    # a document that is not this citizen's: 404 after the role check
    RouteRow("POST", "/api/citizens/{cccd}/documents/{receipt_code}/{document_id}/reuse",
             "reuse.record", _s(404),
             _post_json("/api/citizens/999999999999/documents/{code}/{doc}/reuse",
                        lambda t: {"dossier": t.code, "purpose": "1.001193"})),
    RouteRow("GET", "/api/citizens/{cccd}/documents/{receipt_code}/{document_id}",
             "reuse.download", _s(404),
             _get("/api/citizens/999999999999/documents/{code}/{doc}", purpose="1.001193")),
    RouteRow("GET", "/api/records/{receipt_code}/{document_id}", "records.record", _s(200),
             _get("/api/records/{code}/{doc}"), scope="dossier"),
    RouteRow("GET", "/api/records/{receipt_code}/{document_id}/document.pdf",
             "records.download", _s(200), _get("/api/records/{code}/{doc}/document.pdf"),
             scope="dossier"),
    RouteRow("GET", "/api/records/{receipt_code}/{document_id}/pages/{page}.png",
             "records.page", _s(200), _get("/api/records/{code}/{doc}/pages/1.png"),
             scope="dossier"),
    RouteRow("GET", "/api/records/{receipt_code}/{document_id}/revisions", "records.record",
             _s(200), _get("/api/records/{code}/{doc}/revisions"), scope="dossier"),
    RouteRow("GET", "/api/review", "review.queue", _s(200), _get("/api/review")),
    # a type the taxonomy does not have: refused (422) after the role and scope checks, and
    # no revision is written
    RouteRow("POST", "/api/records/{receipt_code}/{document_id}/review", "review.correct",
             _s(422), _post_json("/api/records/{code}/{doc}/review", lambda t: _NO_TYPE),
             scope="dossier"),
    RouteRow("GET", "/api/dossiers/{receipt_code}/documents/{document_id}/print",
             "records.print", _s(200), _get("/api/dossiers/{code}/documents/{doc}/print"),
             scope="dossier"),
    RouteRow("POST", "/api/verify", "verify", _s(200), _verify("/api/verify")),
    RouteRow("GET", "/api/holds", "custody.holds", _s(200), _get("/api/holds")),
    RouteRow("POST", "/api/holds", "custody.hold", _s(200), _post_json("/api/holds", _hold),
             scope="dossier"),
    RouteRow("POST", "/api/holds/release", "custody.hold", _s(200),
             _post_json("/api/holds/release", _hold), scope="dossier"),
    RouteRow("GET", "/api/retention/due", "custody.due", _s(200), _get("/api/retention/due")),
    RouteRow("GET", "/api/disposals", "custody.disposals", _s(200), _get("/api/disposals")),
    # the sample dossier holds documents kept permanently or not yet due: refused (409) after
    # the role check, and no disposal batch is made
    RouteRow("POST", "/api/disposals", "custody.propose", _s(409),
             _post_json("/api/disposals", lambda t: {"reason": _REASON, "records": [t.code]})),
    RouteRow("GET", "/api/disposals/{batch_id}", "custody.disposals", _s(404),
             _get("/api/disposals/{disposal}")),
    RouteRow("POST", "/api/disposals/{batch_id}/approve", "custody.decide", _s(404),
             _post_json("/api/disposals/{disposal}/approve", lambda t: _DECISION)),
    RouteRow("POST", "/api/disposals/{batch_id}/reject", "custody.decide", _s(404),
             _post_json("/api/disposals/{disposal}/reject", lambda t: _DECISION)),
    RouteRow("POST", "/api/disposals/{batch_id}/execute", "custody.execute", _s(404),
             lambda t: Call("POST", f"/api/disposals/{NO_DISPOSAL}/execute")),
    RouteRow("GET", "/api/disposals/{batch_id}/certificate.pdf", "custody.disposals", _s(404),
             _get("/api/disposals/{disposal}/certificate.pdf")),
    RouteRow("GET", "/api/fixity", "custody.fixity", _s(200), _get("/api/fixity")),
    RouteRow("POST", "/api/fixity", "custody.run_fixity", _s(202),
             lambda t: Call("POST", "/api/fixity")),
    RouteRow("GET", "/api/audit/status", "custody.audit", _s(200), _get("/api/audit/status")),
    RouteRow("GET", "/api/reports/digitisation", "reports.digitisation", _s(200),
             _get("/api/reports/digitisation")),
    RouteRow("GET", "/api/callbacks", "callbacks.list", _s(200), _get("/api/callbacks")),
    # port 9 (discard) on loopback: nothing is ever delivered to the registrations made here
    RouteRow("POST", "/api/callbacks", "callbacks.manage", _s(201),
             _post_json("/api/callbacks", lambda t: {"url": "http://127.0.0.1:9/sohoa",
                                                     "agency": agency_of(t.code)})),
    RouteRow("DELETE", "/api/callbacks/{callback_id}", "callbacks.manage", _s(404),
             lambda t: Call("DELETE", f"/api/callbacks/{NO_CALLBACK}")),
    # --- the pages -------------------------------------------------------------------------
    RouteRow("GET", "/", PUBLIC, _s(303), _get("/")),
    RouteRow("GET", "/dang-nhap", PUBLIC, _s(200), _get("/dang-nhap")),
    RouteRow("POST", "/dang-nhap", PUBLIC, _s(303),
             lambda t: Call("POST", "/dang-nhap", **_form(t, **_token(t)))),
    RouteRow("POST", "/dang-xuat", PUBLIC, _s(303), _page_post("/dang-xuat"),
             ends_session=True),
    RouteRow("GET", "/tiep-nhan", "intake.upload", _s(200), _get("/tiep-nhan")),
    RouteRow("POST", "/tiep-nhan", "intake.upload", _s(422), _upload("/tiep-nhan")),
    RouteRow("POST", "/tiep-nhan", "intake.upload", _s(422),
             _upload("/tiep-nhan", into="{code}"), scope="dossier", variant="into"),
    RouteRow("GET", "/tiep-nhan/lo/{batch_id}", "intake.batch", _s(404),
             _get("/tiep-nhan/lo/{batch}")),
    RouteRow("GET", "/tra-ket-qua", "results.desk", _s(200), _desk("/tra-ket-qua")),
    RouteRow("POST", "/tra-ket-qua/{receipt_code}", "results.add", _s(422), _result_page(),
             scope="dossier"),
    RouteRow("POST", "/tra-ket-qua/{receipt_code}/scans", "results.scan", _s(415, 422),
             _result_page("/scans"), scope="dossier"),
    RouteRow("POST", "/ho-so/{receipt_code}/buoc", "records.step", _s(409),
             _page_post("/ho-so/{code}/buoc", step="closed"), scope="dossier"),
    RouteRow("GET", "/tra-cuu", "records.search", _s(200), _get("/tra-cuu", q="giay")),
    RouteRow("GET", "/ho-so/{receipt_code}", "records.dossier", _s(200), _get("/ho-so/{code}"),
             scope="dossier"),
    RouteRow("GET", "/tai-lieu/{receipt_code}/{document_id}", "records.record", _s(200),
             _get("/tai-lieu/{code}/{doc}"), scope="dossier"),
    RouteRow("GET", "/soat-xet", "review.queue", _s(200), _get("/soat-xet")),
    RouteRow("GET", "/soat-xet/{receipt_code}/{document_id}", "review.correct", _s(200),
             _get("/soat-xet/{code}/{doc}"), scope="dossier"),
    RouteRow("POST", "/soat-xet/{receipt_code}/{document_id}", "review.correct", _s(422),
             _page_post("/soat-xet/{code}/{doc}", **_NO_TYPE), scope="dossier"),
    RouteRow("GET", "/xac-minh", PUBLIC, _s(200), _get("/xac-minh")),
    RouteRow("GET", "/xac-minh", "verify", _s(200), _by_reference, variant="qr"),
    RouteRow("POST", "/xac-minh", "verify", _s(200), _verify("/xac-minh")),
    RouteRow("GET", "/kiem-tra", "custody.disposals", _s(200), _get("/kiem-tra"),
             also=("custody.due", "custody.holds", "custody.fixity")),
    RouteRow("POST", "/kiem-tra/phong-toa", "custody.hold", _s(303),
             _page_post("/kiem-tra/phong-toa", record="{code}", reason=_REASON, action="set"),
             scope="dossier"),
    RouteRow("POST", "/kiem-tra/huy", "custody.propose", _s(409),
             _page_post("/kiem-tra/huy", before=LONG_AGO, reason=_REASON)),
    RouteRow("POST", "/kiem-tra/toan-ven", "custody.run_fixity", _s(303),
             _page_post("/kiem-tra/toan-ven")),
    RouteRow("POST", "/kiem-tra/huy/{batch_id}/{action}", "custody.decide", _s(404),
             _page_post("/kiem-tra/huy/{disposal}/approve"), variant="approve"),
    RouteRow("POST", "/kiem-tra/huy/{batch_id}/{action}", "custody.decide", _s(404),
             _page_post("/kiem-tra/huy/{disposal}/reject", note=_DECISION["note"]),
             variant="reject"),
    RouteRow("POST", "/kiem-tra/huy/{batch_id}/{action}", "custody.execute", _s(404),
             _page_post("/kiem-tra/huy/{disposal}/execute"), variant="execute"),
    RouteRow("GET", "/bao-cao", "reports.digitisation", _s(200), _get("/bao-cao")),
]
"""Every route of the app; ``test_routes_table.py`` keeps it whole."""

CLI_ONLY: dict[str, str] = {
    "custody.schedule": "sohoa retention schedule: compare retention with the schedule",
    "custody.extend": "sohoa retention schedule --apply: extend retention",
    "custody.report": "sohoa retention report: the signed retention report",
    "custody.seal": "sohoa audit seal",
    "custody.export": "sohoa audit export",
    "accounts.list": "sohoa people list, sohoa users list and keys",
    "accounts.manage": "sohoa people grant and revoke, sohoa users add, key and revoke-key",
    "signing.sign": "sohoa sign result and copy",
    "pki.revoke": "sohoa pki revoke",
    "model.train": "sohoa model train, and the workers' weekly schedule",
    "model.show": "sohoa model show",
    "ltv.renew": "sohoa ltv renew, and the workers' daily schedule",
    "operate": "sohoa reconcile, reindex, pki serve and pki crl",
    "transfer.list": "sohoa transfer list and show",
    "transfer.propose": "sohoa transfer propose",
    "transfer.decide": "sohoa transfer approve and reject",
    "transfer.export": "sohoa transfer export",
    "transfer.verify": "sohoa transfer verify",
    "backup.run": "sohoa backup run, and the workers' daily schedule",
    "backup.list": "sohoa backup list",
    "backup.verify": "sohoa backup verify",
    "backup.restore": "sohoa restore, by the installation's operator into an empty folder",
    "backup.repair": "sohoa repair",
    "replica.setup": "sohoa replica setup",
}
"""Actions of the table that no route asks for, and the command that does."""
