"""FastAPI dependencies: the service, who is asking (an ``Actor``), from where, and request
parsing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Annotated, Any, TypeVar

import anyio
from fastapi import Depends, Query, Request, UploadFile
from fastapi.security import OAuth2PasswordBearer

from search_api import SearchQuery
from service import Actor, Service
from service.intake import UploadTooLargeError
from sohoa.errors import UsageError
from sohoa.text import nfc
from web.auth import COOKIE, NotAuthenticatedError

__all__ = ["BearerToken", "CrossSiteError", "CurrentActor", "OptionalActor", "Origin",
           "ServiceDep", "check_same_site", "identify", "off_loop", "optional_date", "read_upload",
           "search_query"]

T = TypeVar("T")
_bearer = OAuth2PasswordBearer(tokenUrl="/api/token", auto_error=False)
_SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


class CrossSiteError(UsageError):
    """A form was sent to sohoa from another site with the browser's session."""

    code = "cross_site"
    http_status = 403


def _service(request: Request) -> Service:
    service: Service = request.app.state.service
    return service


def _origin(request: Request) -> str:
    return f"http {request.client.host}" if request.client else "http"


def identify(request: Request, token: str | None) -> Actor:
    """Who sent ``request``: the account of its bearer token or session cookie, or anyone.
    Raises ``NotAuthenticatedError`` for a credential that is not (or no longer) valid and
    ``CrossSiteError`` for a cookie-borne change sent from another site."""
    sessions = request.app.state.sessions
    origin = _origin(request)
    if token:
        via = "api_key" if token.startswith("sohoa_") else "session"
        return Actor.of_account(sessions.check(token), via=via, origin=origin)
    cookie = request.cookies.get(COOKIE)
    if not cookie:
        return Actor.nobody(origin)
    check_same_site(request)
    return Actor.of_account(sessions.check(cookie), via="session", origin=origin)


def check_same_site(request: Request) -> None:
    """Refuse a change (not GET/HEAD/OPTIONS) that a page of another site sent with this
    browser's cookies: its Origin (or Referer) must be this site."""
    if request.method in _SAFE_METHODS:
        return
    sent_from = request.headers.get("origin") or request.headers.get("referer") or ""
    own = f"{request.url.scheme}://{request.url.netloc}"
    if sent_from != own and not sent_from.startswith(own + "/"):
        raise CrossSiteError("Yêu cầu gửi từ trang khác bị từ chối (a form from another "
                             "site was refused).")


def _optional(request: Request, token: Annotated[str | None, Depends(_bearer)]) -> Actor:
    return identify(request, token)


def _required(actor: Annotated[Actor, Depends(_optional)]) -> Actor:
    if actor.anonymous:
        raise NotAuthenticatedError()
    return actor


BearerToken = Annotated[str | None, Depends(_bearer)]
ServiceDep = Annotated[Service, Depends(_service)]
OptionalActor = Annotated[Actor, Depends(_optional)]
"""Who is asking: a signed-in account, or anyone (``actor.anonymous``)."""
CurrentActor = Annotated[Actor, Depends(_required)]
"""Who is asking; 401 when nobody signed in."""
Origin = Annotated[str, Depends(_origin)]


async def read_upload(file: UploadFile, max_bytes: int) -> bytes:
    """The bytes of an uploaded file, refused once they pass ``max_bytes``."""
    chunks, size = [], 0
    while chunk := await file.read(1 << 20):
        size += len(chunk)
        if size > max_bytes:
            raise UploadTooLargeError(
                f"{file.filename or 'tệp'}: quá giới hạn {max_bytes / 2**20:.0f} MB một tệp "
                "(the file is larger than the service accepts)")
        chunks.append(chunk)
    return b"".join(chunks)


async def off_loop(request: Request, fn: Callable[..., T], *args: Any, bounded: bool = True,
                   **kwargs: Any) -> T:
    """``fn(*args, **kwargs)`` on a worker thread, so costly checks of what people send never
    hold up the requests of others; ``bounded``: at most ``web.checks`` such calls at once
    (the rest wait their turn). Unbounded calls must bound themselves (verification does)."""
    state = request.app.state
    if getattr(state, "checking", None) is None:
        state.checking = anyio.CapacityLimiter(state.settings.web.checks)
    return await anyio.to_thread.run_sync(partial(fn, *args, **kwargs),
                                          limiter=state.checking if bounded else None)


def optional_date(value: str | None, name: str) -> date | None:
    """A date from a form field: empty means none; anything else must be YYYY-MM-DD."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise UsageError(f"'{value}' ở ô '{name}' không phải ngày; nhập theo dạng YYYY-MM-DD "
                         "(not a date).") from exc


def search_query(
    q: Annotated[str, Query(max_length=500, description="words, diacritics optional")] = "",
    type: Annotated[str | None, Query(max_length=64)] = None,
    procedure: Annotated[str | None, Query(max_length=200)] = None,
    agency: Annotated[str | None, Query(max_length=64)] = None,
    receipt_code: Annotated[str | None, Query(max_length=64)] = None,
    date_from: Annotated[str | None, Query(alias="from", max_length=10,
                                           description="YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, Query(alias="to", max_length=10,
                                         description="YYYY-MM-DD")] = None,
    page: Annotated[int, Query(ge=1, le=1000)] = 1,
    size: Annotated[int, Query(ge=1, le=100)] = 10,
    cursor: Annotated[str | None, Query(max_length=400, description=(
        "the cursor of the previous page's answer: the next page, however deep"))] = None,
    facets: Annotated[bool, Query(description="count the matches by type, procedure and "
                                              "agency")] = True,
) -> SearchQuery:
    """A search from query parameters."""
    return SearchQuery(
        nfc(q), doc_type=type or None, date_from=optional_date(date_from, "from"),
        date_to=optional_date(date_to, "to"), limit=size,
        procedure=nfc(procedure) if procedure else None,
        agencies=(agency,) if agency else (), receipt_code=receipt_code or None,
        offset=(page - 1) * size, cursor=cursor or None, facets=facets)
