"""How a refusal or a failure is answered: JSON under ``/api``, a page (or the sign-in page,
for a missing sign-in) elsewhere. A server error says nothing of the server's insides."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from service import Actor
from sohoa.errors import SohoaError
from web.pages import templates

__all__ = ["API_BESIDE", "SERVER_ERROR", "error_response", "refused"]

API_BESIDE = frozenset({"/metrics"})
"""Paths outside ``/api`` answered as the API is (JSON, 401 rather than the sign-in page)."""

SERVER_ERROR = ("Lỗi máy chủ; yêu cầu chưa được thực hiện. Thử lại sau hoặc báo quản trị hệ "
                "thống kèm thời điểm (a server error: nothing was done; try again later or tell "
                "the administrator the time it happened).")


def error_response(request: Request, exc: SohoaError | None) -> Response:
    """The answer to ``exc`` (None: an unexpected failure, answered 500)."""
    status = exc.http_status if exc is not None else 500
    code = exc.code if exc is not None else "internal"
    message = exc.message if exc is not None and status != 500 else SERVER_ERROR
    if request.url.path.startswith("/api/") or request.url.path in API_BESIDE:
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        return JSONResponse(status_code=status, headers=headers,
                            content={"error": code, "message": message})
    if status == 401:
        return RedirectResponse(f"/dang-nhap?next={request.url.path}", status_code=303)
    return templates.TemplateResponse(request, "error.html", {
        "account": None, "status": status, "message": message}, status_code=status)


def refused(request: Request, exc: SohoaError) -> None:
    """Put a request refused at the door (401, a cross-site form) in the audit trail."""
    origin = f"http {request.client.host}" if request.client else "http"
    service = request.app.state.service
    service.refused(Actor.nobody(origin), f"{request.method} {request.url.path}", exc.code)
