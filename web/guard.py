"""What every request passes before any route sees it: a cap on its body counted as the bytes
arrive (whatever its headers say), its credentials checked before a body is read, and the
security headers on every response, a server error's too.

A plain ASGI middleware: the body of a request is never spooled or parsed here. A request
over its cap is answered 413 at the byte that passes it; a change sent without valid
credentials is answered 401 (or sent to the sign-in page) before its first byte is read; an
upload by someone who may not upload is answered 403 the same way.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.requests import Request

from service import Service
from service.intake import UploadTooLargeError
from sohoa.errors import SohoaError
from web.auth import NotAuthenticatedError
from web.deps import identify
from web.errors import error_response, refused

__all__ = ["HEADERS", "Guard", "Limits"]

log = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                               "script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
                               "base-uri 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",  # "no-referrer" makes forms send Origin: null
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cache-Control": "no-store",
}
_RAW_HEADERS = [(k.lower().encode(), v.encode()) for k, v in HEADERS.items()]

UPLOADS = frozenset({("POST", "/api/batches"), ("POST", "/tiep-nhan")})
"""Routes that take scans: the largest bodies, and only from someone who may upload."""
VERIFICATIONS = frozenset({("POST", "/api/verify"), ("POST", "/xac-minh")})
"""Routes open to anyone that take a PDF to verify."""
RESULTS = re.compile(r"/api/dossiers/[^/]+/results(/scans|/copies)?|/tra-ket-qua/[^/]+(/scans)?")
"""Routes that take a dossier's result (a PDF): capped as a verification, and only from
someone who may issue, scan or certify results (:data:`RESULT_ACTIONS`)."""
RESULT_ACTIONS = {None: "results.add", "/scans": "results.scan", "/copies": "results.certify"}
"""The action each results route asks, by the tail of its path."""
OPEN = VERIFICATIONS | {("POST", "/api/token"), ("POST", "/dang-nhap"),
                        ("POST", "/dang-xuat")}
"""Routes with a body that need no credentials."""
_BODILESS = frozenset({"GET", "HEAD", "OPTIONS"})


class Limits:
    """The largest body each kind of request may have, in bytes."""

    def __init__(self, upload: int, verify: int, other: int) -> None:
        self.upload, self.verify, self.other = upload, verify, other

    def of(self, method: str, path: str) -> int:
        """The cap of the body of ``method path``."""
        if (method, path) in UPLOADS:
            return self.upload
        if (method, path) in VERIFICATIONS or (method == "POST" and RESULTS.fullmatch(path)):
            return self.verify
        return self.other


class _TooLarge(Exception):
    """The body passed its cap (the 413 is already sent)."""


class Guard:
    """The middleware (see the module's text)."""

    def __init__(self, app: ASGIApp, limits: Limits) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                if started:
                    return  # a response was sent already (413 mid-body): drop this one
                started = True
                present = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *((k, v) for k, v in _RAW_HEADERS if k not in present)]
            elif message["type"] == "http.response.body" and getattr(
                    send_with_headers, "closed", False):
                return
            await send(message)

        async def respond(response: Any) -> None:
            await response(scope, receive, send_with_headers)
            send_with_headers.closed = True  # type: ignore[attr-defined]

        request = Request(scope)
        method, path = scope["method"], scope["path"]
        cap = self.limits.of(method, path)
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > cap):
            await respond(error_response(request, _too_large(cap)))
            return
        if method not in _BODILESS and (method, path) not in OPEN:
            refusal = self._refusal(request, method, path)
            if refusal is not None:
                if refusal.http_status == 401 or refusal.code == "cross_site":
                    refused(request, refusal)
                await respond(error_response(request, refusal))
                return

        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > cap:
                    if not started:
                        await respond(error_response(request, _too_large(cap)))
                    raise _TooLarge
            return message

        try:
            await self.app(scope, counted, send_with_headers)
        except _TooLarge:
            pass
        except Exception:
            log.exception("%s %s failed", method, path)
            if not started:
                await respond(error_response(request, None))

    @staticmethod
    def _refusal(request: Request, method: str, path: str) -> SohoaError | None:
        """Why this change is refused before its body is read, or None."""
        auth = request.headers.get("authorization", "")
        token = auth[7:].strip() if auth[:7].lower() == "bearer " else None
        try:
            actor = identify(request, token)
            if actor.anonymous:
                raise NotAuthenticatedError()
            service: Service = request.app.state.service
            if (method, path) in UPLOADS:
                service.authorize(actor, "intake.upload")
            elif method == "POST" and (found := RESULTS.fullmatch(path)):
                service.authorize(actor, RESULT_ACTIONS[found.group(1) or found.group(2)])
        except SohoaError as exc:
            return exc
        return None


def _too_large(cap: int) -> SohoaError:
    return UploadTooLargeError(f"Yêu cầu quá lớn (the request is larger than {_size(cap)}).")


def _size(n: int) -> str:
    return f"{n / 2**20:.0f} MB" if n >= 2**20 else f"{n / 2**10:.0f} KB"
