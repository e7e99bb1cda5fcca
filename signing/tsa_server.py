"""The development PKI's services over HTTP, on loopback: its time-stamping authority (RFC
3161) and its CRL.

Workers of a scaled installation can share them this way, exactly as they would share a real
CA's: ``SOHOA_SIGNING__TSA_URL=http://127.0.0.1:8318/`` and
``SOHOA_SIGNING__FETCH_REVOCATION=true`` (the certificates name the CRL's address). It answers
``POST`` requests of type ``application/timestamp-query`` with a time stamp token signed by the
TSA key, ``GET /sohoa-dev-ca.crl`` with a freshly signed CRL, and nothing else. It is for
development and tests; a real deployment uses its CA's services.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from asn1crypto import tsp
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

from .ltv import current_crl, dev_timestamper
from .pki import DEV_CRL_URL, DevPki

__all__ = ["TsaServer"]

_MAX_REQUEST = 64 * 1024


class TsaServer:
    """An RFC 3161 time-stamping service on ``host:port`` (port 0: any free port)."""

    def __init__(self, pki: DevPki, host: str = "127.0.0.1", port: int = 0) -> None:
        stamper = dev_timestamper(pki)
        assert isinstance(stamper, DummyTimeStamper)
        self._stamper = stamper
        self._pki = pki
        handler = self._handler()
        self._http = ThreadingHTTPServer((host, port), handler)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The address to give as ``SOHOA_SIGNING__TSA_URL``."""
        host, port = self._http.server_address[:2]
        return f"http://{host}:{port}/"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        stamper = self._stamper
        pki = self._pki
        crl_path = "/" + DEV_CRL_URL.rsplit("/", 1)[-1]

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path != crl_path:
                    self.send_error(404, "only the CRL is served here")
                    return
                body = current_crl(pki).dump()
                self.send_response(200)
                self.send_header("Content-Type", "application/pkix-crl")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                kind = self.headers.get("Content-Type", "")
                if kind != "application/timestamp-query" or not 0 < length <= _MAX_REQUEST:
                    self.send_error(400, "expected an RFC 3161 time stamp request")
                    return
                try:
                    request = tsp.TimeStampReq.load(self.rfile.read(length))
                    answer = stamper.request_tsa_response(request).dump()
                except Exception:  # a malformed request is the client's, not the server's
                    self.send_error(400, "malformed time stamp request")
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, format: str, *args: object) -> None:
                return  # quiet: callers log what they need

        return Handler

    def start(self) -> TsaServer:
        """Serve in a background thread; return self."""
        self._thread = threading.Thread(target=self._http.serve_forever, daemon=True,
                                        name="sohoa-dev-tsa")
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in this thread until interrupted."""
        self._http.serve_forever()

    def stop(self) -> None:
        """Stop serving and free the port."""
        self._http.shutdown()
        self._http.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> TsaServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
