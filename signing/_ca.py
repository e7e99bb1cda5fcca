"""The certificate authority's own files: its key and certificate, the passphrase, the addresses
every certificate names (CRL, OCSP, the CA's certificate). Used by :mod:`signing.pki`, where the
folder's layout and the validity of each certificate are described."""

from __future__ import annotations

import logging
import secrets
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import AuthorityInformationAccessOID, NameOID

from ._files import _write_atomic
from .errors import PkiError

__all__ = ["CA_VALIDITY", "DEV_CA_URL", "DEV_CRL_URL", "DEV_OCSP_URL", "DEV_PKI_PORT",
           "authority_information_access", "crl_distribution_points", "signature_hash"]

logger = logging.getLogger(__name__)

CA_VALIDITY = timedelta(days=25 * 365 + 6)
"""How long a new root is valid: 25 years."""
_CLOCK_SKEW = timedelta(hours=1)
_CN_MAX_BYTES = 64  # X.520 upper bound, enforced by cryptography on the UTF-8 length

DEV_PKI_PORT = 8318
DEV_CRL_URL = f"http://127.0.0.1:{DEV_PKI_PORT}/sohoa-dev-ca.crl"
"""Where the development certificates say their CRL is: ``sohoa pki serve`` answers there. The
embedded default does not fetch it: it signs a fresh CRL from the PKI folder when it needs one,
and B-LT documents carry it inside."""
DEV_OCSP_URL = f"http://127.0.0.1:{DEV_PKI_PORT}/ocsp"
"""Where the development certificates say the CA's OCSP responder is (``sohoa pki serve``)."""
DEV_CA_URL = f"http://127.0.0.1:{DEV_PKI_PORT}/sohoa-dev-ca.crt"
"""Where the development certificates say their issuer's certificate is (DER)."""

_PASSPHRASE = "passphrase"
_CA_KEY = "ca.key.pem"
_CA_CERT = "ca.cert.pem"


def _create_ca(pki_dir: Path, organisation: str) -> None:
    passphrase_path = pki_dir / _PASSPHRASE
    if not passphrase_path.exists():
        # Kept if present: existing clerk key files are encrypted with it.
        _write_atomic(passphrase_path, secrets.token_urlsafe(32).encode("ascii") + b"\n", 0o600)
    passphrase = _read_passphrase(pki_dir)
    key = ec.generate_private_key(ec.SECP384R1())
    now = datetime.now(UTC)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, _fit(organisation)),
            x509.NameAttribute(NameOID.COMMON_NAME, _fit(f"sohoa dev CA — {organisation}")),
        ]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - _CLOCK_SKEW)
        .not_valid_after(now + CA_VALIDITY)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(key, signature_hash(key))
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    # The certificate goes last: its presence marks a complete CA.
    _write_atomic(pki_dir / _CA_KEY, key_pem, 0o600)
    _write_atomic(pki_dir / _CA_CERT, cert.public_bytes(serialization.Encoding.PEM), 0o644)
    logger.info("Created a development signing CA for %r in %s.", organisation, pki_dir)


def _load_ca_cert(pki_dir: Path) -> x509.Certificate:
    path = pki_dir / _CA_CERT
    try:
        return x509.load_pem_x509_certificate(path.read_bytes())
    except ValueError as exc:
        raise PkiError(f"The CA certificate {path} is damaged.") from exc


def _load_ca_key(pki_dir: Path, passphrase: bytes) -> ec.EllipticCurvePrivateKey:
    path = pki_dir / _CA_KEY
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), passphrase)
    except FileNotFoundError as exc:
        raise PkiError(
            f"The development CA in {pki_dir} is incomplete: {_CA_KEY} is missing."
        ) from exc
    except (ValueError, TypeError) as exc:
        raise PkiError(
            f"The CA key {path} cannot be opened: it is damaged or does not match "
            f"{pki_dir / _PASSPHRASE}."
        ) from exc
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise PkiError(f"The CA key {path} is not of the expected kind (ECDSA P-384, or P-256 "
                       "for a CA made before 2027).")
    return key


def signature_hash(key: ec.EllipticCurvePrivateKey) -> hashes.HashAlgorithm:
    """The digest a CA key signs with: SHA-384 for P-384 and larger, SHA-256 for P-256."""
    return hashes.SHA384() if key.curve.key_size >= 384 else hashes.SHA256()


def _read_passphrase(pki_dir: Path) -> bytes:
    path = pki_dir / _PASSPHRASE
    try:
        passphrase = path.read_bytes().strip()
    except FileNotFoundError as exc:
        raise PkiError(
            f"The development PKI in {pki_dir} is incomplete: {_PASSPHRASE} is missing."
        ) from exc
    if not passphrase:
        raise PkiError(f"The passphrase file {path} is empty.")
    return passphrase


def crl_distribution_points() -> x509.CRLDistributionPoints:
    """The CRL address every development certificate carries."""
    return x509.CRLDistributionPoints([x509.DistributionPoint(
        [x509.UniformResourceIdentifier(DEV_CRL_URL)], None, None, None)])


def authority_information_access() -> x509.AuthorityInformationAccess:
    """Where every development certificate says its issuer's OCSP responder and certificate
    are."""
    return x509.AuthorityInformationAccess([
        x509.AccessDescription(AuthorityInformationAccessOID.OCSP,
                               x509.UniformResourceIdentifier(DEV_OCSP_URL)),
        x509.AccessDescription(AuthorityInformationAccessOID.CA_ISSUERS,
                               x509.UniformResourceIdentifier(DEV_CA_URL)),
    ])


def _fit(value: str) -> str:
    """Cut a name attribute to the 64 UTF-8 bytes a certificate allows, on a character edge."""
    raw = value.encode("utf-8")
    if len(raw) <= _CN_MAX_BYTES:
        return value
    return raw[: _CN_MAX_BYTES - 3].decode("utf-8", errors="ignore").rstrip() + "…"
