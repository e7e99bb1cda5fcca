"""A certificate authority of its own for the tests of real signing keys: a root, the people's
PKCS#12 files and a time-stamping authority it certifies, its CRL and the TSA served over
HTTP on loopback, as a real CA's services would be (nothing of the development PKI)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.types import CertificatePublicKeyTypes
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
from pyhanko_certvalidator.registry import SimpleCertificateStore

ORGANISATION = "Trung tâm Phục vụ hành chính công"
_CRL_PATH = "/test-ca.crl"


class OwnCa:
    """A root CA made for one test, apart from any installation's development PKI.

    It has what ``signing.provision_dev_token`` asks of a CA (``ca_cert``, ``issue``), so
    keys on a SoftHSM token can be certified by it too."""


    def __init__(self, folder: Path, base_url: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.base_url = base_url.rstrip("/")
        self.organisation = ORGANISATION
        self._key = ec.generate_private_key(ec.SECP256R1())
        now = datetime.now(UTC)
        name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                          x509.NameAttribute(NameOID.ORGANIZATION_NAME, "CA thử nghiệm"),
                          x509.NameAttribute(NameOID.COMMON_NAME, "CA thử nghiệm gốc")])
        self.ca_cert = (
            x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(self._key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(_usage(cert_sign=True), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(self._key.public_key()),
                           False)
            .sign(self._key, hashes.SHA256()))
        self.cert_path = folder / "test-root.pem"
        self.cert_path.write_bytes(self.ca_cert.public_bytes(serialization.Encoding.PEM))
        self.revoked: list[int] = []
        tsa_key = rsa.generate_private_key(65537, 2048)
        tsa_cert = self.issue(tsa_key.public_key(), "TSA thử nghiệm", time_stamping=True)
        self.stamper = DummyTimeStamper(
            _asn1(tsa_cert), asn1_keys.PrivateKeyInfo.load(tsa_key.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption())),
            certs_to_embed=SimpleCertificateStore.from_certs([_asn1(self.ca_cert)]))

    def issue(self, public_key: CertificatePublicKeyTypes, common_name: str, *,
              time_stamping: bool = False, not_before: datetime | None = None,
              not_after: datetime | None = None, signing: bool = True) -> x509.Certificate:
        """Certify ``public_key`` for ``common_name``; ``signing=False`` leaves out
        digitalSignature and nonRepudiation (a certificate for encryption only)."""
        now = datetime.now(UTC)
        builder = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([
                x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, self.organisation),
                x509.NameAttribute(NameOID.COMMON_NAME, common_name)]))
            .issuer_name(self.ca_cert.subject).public_key(public_key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(not_before or now - timedelta(hours=1))
            .not_valid_after(not_after or now + timedelta(days=300))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_usage(signing=signing, encipher=not signing), critical=True)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                self._key.public_key()), False)
            .add_extension(x509.CRLDistributionPoints([x509.DistributionPoint(
                [x509.UniformResourceIdentifier(self.base_url + _CRL_PATH)], None, None,
                None)]), False))
        if time_stamping:
            builder = builder.add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        return builder.sign(self._key, hashes.SHA256())

    def p12(self, path: Path, name: str, passphrase: str, **issue: object) -> x509.Certificate:
        """Write a person's PKCS#12 file (key, certificate, the root) to ``path``."""
        key = ec.generate_private_key(ec.SECP256R1())
        cert = self.issue(key.public_key(), name, **issue)  # type: ignore[arg-type]
        path.write_bytes(pkcs12.serialize_key_and_certificates(
            name=name.encode(), key=key, cert=cert, cas=[self.ca_cert],
            encryption_algorithm=serialization.BestAvailableEncryption(passphrase.encode())))
        path.chmod(0o600)
        return cert

    def crl(self) -> bytes:
        """The CA's revocation list, signed now."""
        now = datetime.now(UTC)
        builder = (x509.CertificateRevocationListBuilder().issuer_name(self.ca_cert.subject)
                   .last_update(now - timedelta(seconds=1)).next_update(now + timedelta(days=7))
                   .add_extension(x509.CRLNumber(int(now.timestamp() * 1000)), False))
        for serial in self.revoked:
            builder = builder.add_revoked_certificate(
                x509.RevokedCertificateBuilder().serial_number(serial).revocation_date(now)
                .build())
        return builder.sign(self._key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


@contextmanager
def serving_ca(folder: Path) -> Iterator[OwnCa]:
    """A test CA whose CRL and time-stamping authority answer on 127.0.0.1 (a free port)
    while the block runs; its TSA is at ``ca.base_url + "/"``."""
    holder: list[OwnCa] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path != _CRL_PATH:
                self.send_error(404)
                return
            self._answer("application/pkix-crl", holder[0].crl())

        def do_POST(self) -> None:
            request = tsp.TimeStampReq.load(self.rfile.read(int(self.headers["Content-Length"])))
            self._answer("application/timestamp-reply",
                         holder[0].stamper.request_tsa_response(request).dump())

        def _answer(self, kind: str, body: bytes) -> None:
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    host, port = server.server_address[:2]
    holder.append(OwnCa(folder, f"http://{host}:{port}"))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield holder[0]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _usage(*, signing: bool = False, encipher: bool = False,
           cert_sign: bool = False) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=signing, content_commitment=signing, key_encipherment=encipher,
        data_encipherment=False, key_agreement=False, key_cert_sign=cert_sign,
        crl_sign=cert_sign, encipher_only=False, decipher_only=False)


def _asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
