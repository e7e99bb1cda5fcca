"""The development CA's OCSP responder (RFC 6960): whether one of its certificates is revoked.

Every certificate the development CA issues names this responder's address
(:data:`signing.pki.DEV_OCSP_URL`) in its authority information access; ``sohoa pki serve``
answers there (:mod:`signing.tsa_server`), and :func:`ocsp_response` gives the same answer
in-process. The answer for one certificate is:

``good``     the CA issued it (it is in ``issued/``, or is a clerk's or the TSA's certificate of
             an installation made before ``issued/`` was kept) and it is not revoked;
``revoked``  it is listed in ``revoked.json`` (:func:`signing.ltv.revoke`), with when and why;
``unknown``  another CA's certificate, or a serial number this CA never issued.

The CA signs the responses itself (the responder is identified by the hash of its key), with
SHA-384 for a P-384 CA and SHA-256 for an older P-256 one; a response is valid for 7 days, as
the CRL is, and repeats the request's nonce.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from asn1crypto import keys as asn1_keys
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509 import ocsp

from .errors import PkiError
from .ltv import _REASONS, revoked
from .pki import DevPki, _load_ca_key, _read_passphrase, signature_hash

__all__ = ["STATUSES", "certificate_status", "ocsp_response"]

STATUSES = ("good", "revoked", "unknown")
_VALIDITY = timedelta(days=7)
_HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "sha1": hashes.SHA1, "sha256": hashes.SHA256, "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}


def certificate_status(pki: DevPki, serial: int) -> tuple[str, dict[str, str] | None]:
    """The status of the certificate of this CA with ``serial``: ``good``, ``revoked`` (with
    its entry of ``revoked.json``) or ``unknown``."""
    for entry in revoked(pki):
        if int(entry["serial"], 16) == serial:
            return "revoked", entry
    if (pki.issued_dir / f"{serial:x}.pem").is_file() or serial in _issued_before(pki):
        return "good", None
    return "unknown", None


def ocsp_response(pki: DevPki, request: bytes, *, now: datetime | None = None) -> bytes:
    """Answer a DER OCSP request about one certificate; return the DER response.

    A request that cannot be read gets ``malformedRequest``; one about another CA's
    certificate a signed ``unknown``.
    """
    try:
        asked = ocsp.load_der_ocsp_request(request)
        algorithm = _HASHES[asked.hash_algorithm.name]()
    except (ValueError, KeyError):
        return ocsp.OCSPResponseBuilder.build_unsuccessful(
            ocsp.OCSPResponseStatus.MALFORMED_REQUEST).public_bytes(serialization.Encoding.DER)
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    ca = pki.ca_cert
    name_hash, key_hash = _issuer_hashes(ca, algorithm)
    ours = asked.issuer_name_hash == name_hash and asked.issuer_key_hash == key_hash
    status, entry = certificate_status(pki, asked.serial_number) if ours else ("unknown", None)
    revoked_at = reason = None
    if entry is not None:
        revoked_at = datetime.fromisoformat(entry["revoked_at"]).astimezone(UTC)
        if entry.get("reason", "unspecified") != "unspecified":
            reason = _REASONS[entry["reason"]]
    builder = ocsp.OCSPResponseBuilder().add_response_by_hash(
        issuer_name_hash=asked.issuer_name_hash, issuer_key_hash=asked.issuer_key_hash,
        serial_number=asked.serial_number, algorithm=algorithm,
        cert_status={"good": ocsp.OCSPCertStatus.GOOD, "revoked": ocsp.OCSPCertStatus.REVOKED,
                     "unknown": ocsp.OCSPCertStatus.UNKNOWN}[status],
        this_update=now - timedelta(seconds=1), next_update=now + _VALIDITY,
        revocation_time=revoked_at, revocation_reason=reason,
    ).responder_id(ocsp.OCSPResponderEncoding.HASH, ca).certificates([ca])
    try:
        nonce = asked.extensions.get_extension_for_class(x509.OCSPNonce).value
        builder = builder.add_extension(nonce, critical=False)
    except x509.ExtensionNotFound:
        pass
    ca_key = _load_ca_key(pki.pki_dir, _read_passphrase(pki.pki_dir))
    return builder.sign(ca_key, signature_hash(ca_key)).public_bytes(serialization.Encoding.DER)


def _issuer_hashes(ca: x509.Certificate, algorithm: hashes.HashAlgorithm) -> tuple[bytes, bytes]:
    """The hashes of the CA's name and key an OCSP request names its certificate by."""
    name = hashes.Hash(algorithm)
    name.update(ca.subject.public_bytes())
    key = hashes.Hash(algorithm)
    key.update(_subject_public_key(ca))
    return name.finalize(), key.finalize()


def _subject_public_key(cert: x509.Certificate) -> bytes:
    """The bits of the subjectPublicKey (without the algorithm), as RFC 6960 hashes them."""
    info = asn1_keys.PublicKeyInfo.load(cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo))
    return bytes(info["public_key"].contents[1:])  # the first byte counts unused bits


def _issued_before(pki: DevPki) -> set[int]:
    """Serial numbers of the clerks' and TSA's certificates, for an installation whose CA
    issued them before it kept ``issued/``."""
    serials: set[int] = set()
    for path in [pki.pki_dir / "tsa.cert.pem", *(pki.pki_dir / "tsa-retired").glob("*.cert.pem")]:
        try:
            cert = x509.load_pem_x509_certificate(path.read_bytes())
        except (OSError, ValueError):
            continue
        if cert.issuer == pki.ca_cert.subject:
            serials.add(cert.serial_number)
    passphrase = _read_passphrase(pki.pki_dir)
    for path in pki.signers_dir.glob("*.p12"):
        try:
            _key, cert, _cas = pkcs12.load_key_and_certificates(path.read_bytes(), passphrase)
        except (OSError, ValueError) as exc:
            raise PkiError(f"The key file {path} cannot be read: {exc}.") from exc
        if cert is not None and cert.issuer == pki.ca_cert.subject:
            serials.add(cert.serial_number)
    return serials
