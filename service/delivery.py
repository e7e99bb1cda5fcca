"""Sending one notification to one registered callback: the signature, the POST, the answer.

A notification is POSTed as JSON to the registered URL and nowhere else: redirects are not
followed (a 3xx is a failed attempt), proxies from the environment are not used. Headers::

    X-Sohoa-Delivery:  <event id>.<registration id>   the same on every attempt: drop duplicates
    X-Sohoa-Event:     result.archived
    X-Sohoa-Timestamp: <unix seconds>
    X-Sohoa-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>

The receiver recomputes the signature over the exact bytes of the body with its secret,
compares it in constant time, and refuses a timestamp far from its clock.
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

__all__ = ["Answer", "post", "signature"]

_READ = 4096
"""At most this much of a receiver's answer is read (it is not used)."""


def signature(secret: str, timestamp: int, body: bytes) -> str:
    """``sha256=`` and the hex HMAC-SHA256, keyed with ``secret`` (UTF-8), of
    ``"<timestamp>.<body>"``."""
    message = str(int(timestamp)).encode() + b"." + body
    return "sha256=" + hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


@dataclass(frozen=True, slots=True)
class Answer:
    """What the receiver answered."""

    delivered: bool
    """It answered 2xx."""
    status: int | None = None
    """Its HTTP status (None: no answer)."""
    error: str = ""
    """Why it counts as failed: the status, a timeout, a refused connection."""


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is answered as what it is (a 3xx), never followed."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect())


def post(url: str, body: bytes, headers: dict[str, str], timeout_s: float) -> Answer:
    """POST ``body`` to ``url`` (exactly, no redirect); a 2xx answer is a delivery, anything
    else (another status, a timeout, a refused connection) is told as an error."""
    request = urllib.request.Request(url, data=body, method="POST", headers={
        **headers, "Content-Type": "application/json; charset=utf-8",
        "User-Agent": "sohoa-callbacks/1"})
    try:
        with _OPENER.open(request, timeout=timeout_s) as response:
            response.read(_READ)
            status = int(response.status)
    except urllib.error.HTTPError as exc:
        with exc:
            status = int(exc.code)
        return Answer(False, status, f"HTTP {status}" + (" (redirects are not followed)"
                                                          if 300 <= status < 400 else ""))
    except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        return Answer(False, None, f"{type(reason).__name__}: {reason}"[:300])
    if 200 <= status < 300:
        return Answer(True, status)
    return Answer(False, status, f"HTTP {status}")
