"""The development PKI's services over HTTP, on loopback: its time-stamping authority (RFC
3161), its CRL, its OCSP responder (RFC 6960) and its CA certificate.

Workers of a scaled installation can share them this way, exactly as they would share a real
CA's: ``SOHOA_SIGNING__TSA_URL=http://127.0.0.1:8318/`` and
``SOHOA_SIGNING__FETCH_REVOCATION=true`` (the certificates name the addresses of the CRL, the
OCSP responder and the CA certificate, on port 8318). It answers

- ``POST /`` of type ``application/timestamp-query`` with a time stamp token signed by the TSA
  key;
- ``GET /sohoa-dev-ca.crl`` with a freshly signed CRL;
- ``POST /ocsp`` of type ``application/ocsp-request``, and ``GET /ocsp/<base64 request>``, with
  a signed OCSP response (:func:`signing.ocsp.ocsp_response`: good, revoked or unknown);
- ``GET /sohoa-dev-ca.crt`` with the CA certificate (DER);

and nothing else. It is for development and tests; a real deployment uses its CA's services.
"""

from __future__ import annotations

import base64
import binascii
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote

from asn1crypto import tsp
from cryptography.hazmat.primitives import serialization
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

from .ltv import current_crl, dev_timestamper
from .ocsp import ocsp_response
from .pki import DEV_CA_URL, DEV_CRL_URL, DEV_OCSP_URL, DevPki

__all__ = ["TsaServer"]

_MAX_REQUEST = 64 * 1024


class TsaServer:
    """The development PKI's services on ``host:port`` (port 0: any free port): time stamps,
    CRL, OCSP and the CA certificate."""

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

        ocsp_path = "/" + DEV_OCSP_URL.rsplit("/", 1)[-1]
        ca_path = "/" + DEV_CA_URL.rsplit("/", 1)[-1]

        class Handler(BaseHTTPRequestHandler):
            def _answer(self, kind: str, body: bytes) -> None:
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                if self.path == crl_path:
                    self._answer("application/pkix-crl", current_crl(pki).dump())
                elif self.path == ca_path:
                    self._answer("application/pkix-cert",
                                 pki.ca_cert.public_bytes(serialization.Encoding.DER))
                elif self.path.startswith(ocsp_path + "/"):
                    encoded = unquote(self.path[len(ocsp_path) + 1:])
                    try:
                        request = base64.b64decode(encoded, validate=True)
                    except (binascii.Error, ValueError):
                        request = b""
                    self._answer("application/ocsp-response", ocsp_response(pki, request))
                else:
                    self.send_error(404, "only the CRL, the CA certificate and OCSP are here")

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                kind = self.headers.get("Content-Type", "")
                if not 0 < length <= _MAX_REQUEST:
                    self.send_error(400, "expected a time stamp or OCSP request")
                    return
                if self.path == ocsp_path and kind == "application/ocsp-request":
                    self._answer("application/ocsp-response",
                                 ocsp_response(pki, self.rfile.read(length)))
                    return
                if kind != "application/timestamp-query":
                    self.send_error(400, "expected an RFC 3161 time stamp request")
                    return
                try:
                    request = tsp.TimeStampReq.load(self.rfile.read(length))
                    answer = stamper.request_tsa_response(request).dump()
                except Exception:  # a malformed request is the client's, not the server's
                    self.send_error(400, "malformed time stamp request")
                    return
                self._answer("application/timestamp-reply", answer)

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
