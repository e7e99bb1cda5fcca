"""FastAPI dependencies: the service, who is asking, from where, and request parsing."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Depends, Query, Request, UploadFile
from fastapi.security import OAuth2PasswordBearer

from pipeline.web.auth import COOKIE, NotAuthenticatedError
from pipeline.web.service import Service
from pipeline.web.uploads import UploadTooLargeError
from search_api import SearchQuery
from sohoa.errors import UsageError
from sohoa.people import Account
from sohoa.text import nfc

__all__ = ["BearerToken", "CurrentAccount", "OptionalAccount", "Origin", "ServiceDep",
           "optional_date", "read_upload", "search_query"]

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


def _optional(request: Request, token: Annotated[str | None, Depends(_bearer)]
              ) -> Account | None:
    sessions = request.app.state.sessions
    if token:
        return sessions.check(token)  # type: ignore[no-any-return]
    cookie = request.cookies.get(COOKIE)
    if not cookie:
        return None
    if request.method not in _SAFE_METHODS:
        sent_from = request.headers.get("origin") or request.headers.get("referer") or ""
        own = f"{request.url.scheme}://{request.url.netloc}"
        if sent_from != own and not sent_from.startswith(own + "/"):
            raise CrossSiteError("Yêu cầu gửi từ trang khác bị từ chối (a form from another "
                                 "site was refused).")
    return sessions.check(cookie)  # type: ignore[no-any-return]


def _required(account: Annotated[Account | None, Depends(_optional)]) -> Account:
    if account is None:
        raise NotAuthenticatedError()
    return account


BearerToken = Annotated[str | None, Depends(_bearer)]
ServiceDep = Annotated[Service, Depends(_service)]
OptionalAccount = Annotated[Account | None, Depends(_optional)]
CurrentAccount = Annotated[Account, Depends(_required)]
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
) -> SearchQuery:
    """A search from query parameters."""
    return SearchQuery(
        nfc(q), doc_type=type or None, date_from=optional_date(date_from, "from"),
        date_to=optional_date(date_to, "to"), limit=size,
        procedure=nfc(procedure) if procedure else None,
        agencies=(agency,) if agency else (), receipt_code=receipt_code or None,
        offset=(page - 1) * size)
