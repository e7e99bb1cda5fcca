"""A system that registered a callback, as the tests play it: an HTTP server on 127.0.0.1
(``http.server`` in a thread) that checks every notification's signature on its own (with
``hmac``, not sohoa's code) and answers what it is told to."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["Received", "Receiver", "free_port"]


def free_port() -> int:
    """A port of 127.0.0.1 on which nothing listens (now)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class Received:
    """One request the receiver got, and what it answered."""

    path: str
    headers: dict[str, str]
    body: bytes
    status: int
    signed: bool
    """The signature was right for the secret of the registration it names."""

    @property
    def json(self) -> dict[str, Any]:
        return json.loads(self.body)  # type: ignore[no-any-return]


@dataclass
class Receiver:
    """Answers each POST with the next status of ``answers`` (then ``default``); a 3xx
    answer sends a Location to ``/elsewhere``."""

    secrets: dict[str, str] = field(default_factory=dict)
    """Registration id → secret."""
    answers: list[int] = field(default_factory=list)
    default: int = 200
    received: list[Received] = field(default_factory=list)
    port: int = 0
    _server: ThreadingHTTPServer | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def ok(self) -> list[Received]:
        """The requests it answered 2xx."""
        with self._lock:
            return [r for r in self.received if 200 <= r.status < 300]

    def _check(self, headers: dict[str, str], body: bytes) -> bool:
        delivery = headers.get("x-sohoa-delivery", "")
        secret = self.secrets.get(delivery.rpartition(".")[2])
        if secret is None:
            return False
        message = headers.get("x-sohoa-timestamp", "").encode() + b"." + body
        want = "sha256=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()
        return hmac.compare_digest(want, headers.get("x-sohoa-signature", ""))

    def start(self) -> Receiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {k.lower(): v for k, v in self.headers.items()}
                with receiver._lock:
                    status = receiver.answers.pop(0) if receiver.answers else receiver.default
                    signed = receiver._check(headers, body)
                    if not signed:
                        status = 401
                    receiver.received.append(Received(self.path, headers, body, status,
                                                      signed))
                self.send_response(status)
                if 300 <= status < 400:
                    self.send_header("Location", "/elsewhere")
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True,
                         kwargs={"poll_interval": 0.05}).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __iter__(self) -> Iterator[Received]:
        with self._lock:
            return iter(list(self.received))
