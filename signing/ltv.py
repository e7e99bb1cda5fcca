"""What keeps a signature verifiable for decades: time stamps and revocation data (PAdES levels).

PAdES baseline levels, from the weakest:

``B-B``    the signature alone;
``B-T``    plus a time stamp from a time-stamping authority (RFC 3161) proving when it existed;
``B-LT``   plus the revocation data (CRL) of every certificate, kept in the document (DSS);
``B-LTA``  plus a document time stamp over all of that, so the document can be checked offline
           long after the certificates have expired.

The development PKI (:class:`signing.DevPki`) is its own time-stamping authority and publishes
its own CRL, in-process: the TSA key and certificate (``tsa.key.pem``, ``tsa.cert.pem``) are
made in the PKI folder at first use, revocations are listed in ``revoked.json`` and a fresh CRL
is signed whenever one is needed (its OCSP responder, :mod:`signing.ocsp`, reads the same list).

The TSA key is RSA-3072 (the in-process TSA signs with RSA only). Its certificate is valid
11 years but says its key may sign for 2 (the private key usage period): 30 days before that
ends, or when the key is weaker than RSA-3072 (an installation made before this layout had an
RSA-2048 one), a new key and certificate are made and the old pair is kept beside them, in
``tsa-retired/<serial>.cert.pem`` and ``.key.pem``, and never signs again. So a time stamp made
today, or a renewal of the archive time stamp of a document, is always signed under a
certificate with years left to run.

A real deployment names the TSA of its CA instead (``SOHOA_SIGNING__TSA_URL``) and lets
revocation data be fetched from the addresses in its certificates.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from asn1crypto import crl as asn1_crl
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from pyhanko.sign.timestamps import HTTPTimeStamper, TimeStamper
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.policy_decl import (
    CertRevTrustPolicy,
    RevocationCheckingPolicy,
    RevocationCheckingRule,
)
from pyhanko_certvalidator.registry import SimpleCertificateStore

from ._files import _locked, _write_atomic
from ._tsa import HeldKeyTimeStamper
from .errors import PkiError, SigningError
from .identity import _to_asn1_cert
from .pki import (
    DEV_CRL_URL,
    DevPki,
    _load_ca_key,
    _read_passphrase,
    crl_distribution_points,
    signature_hash,
)

__all__ = [
    "DEV_CRL_URL",
    "LEVELS",
    "TSA_KEY_USE",
    "SigningProfile",
    "crl_distribution_points",
    "current_crl",
    "dev_timestamper",
    "revoke",
    "revoked",
    "signing_profile",
]

LEVELS = ("B-B", "B-T", "B-LT", "B-LTA")

_TSA_KEY = "tsa.key.pem"
_TSA_CERT = "tsa.cert.pem"
_TSA_RETIRED = "tsa-retired"
_TSA_KEY_BITS = 3072
TSA_KEY_USE = timedelta(days=2 * 365)
"""How long a time-stamping key signs before a new one takes over."""
_TSA_RENEW_BEFORE = timedelta(days=30)
_REVOKED = "revoked.json"
_LOCK = ".lock"
_CRL_VALIDITY = timedelta(days=7)
_REASONS = {
    "unspecified": x509.ReasonFlags.unspecified,
    "key_compromise": x509.ReasonFlags.key_compromise,
    "affiliation_changed": x509.ReasonFlags.affiliation_changed,
    "superseded": x509.ReasonFlags.superseded,
    "cessation_of_operation": x509.ReasonFlags.cessation_of_operation,
}


def revoked(pki: DevPki) -> list[dict[str, str]]:
    """The revoked development certificates: serial (hex), name, when, reason."""
    path = pki.pki_dir / _REVOKED
    try:
        return list(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        raise PkiError(f"The revocation list {path} is damaged: {exc}.") from exc


def revoke(pki: DevPki, certificate: x509.Certificate, *, when: datetime | None = None,
           reason: str = "unspecified") -> None:
    """Revoke a certificate of the development CA from ``when`` (default now)."""
    if reason not in _REASONS:
        raise PkiError(f"Unknown revocation reason {reason!r}; use one of "
                       f"{', '.join(_REASONS)}.")
    if certificate.issuer != pki.ca_cert.subject:
        raise PkiError("Only certificates of this installation's CA can be revoked here.")
    moment = (when or datetime.now(UTC)).astimezone(UTC)
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    with _locked(pki.pki_dir / _LOCK):
        entries = [e for e in revoked(pki) if int(e["serial"], 16) != certificate.serial_number]
        entries.append({"serial": f"{certificate.serial_number:x}",
                        "name": str(names[0].value) if names else "",
                        "revoked_at": moment.isoformat(), "reason": reason})
        _write_atomic(pki.pki_dir / _REVOKED,
                      json.dumps(entries, ensure_ascii=False, indent=1).encode("utf-8"), 0o644)


def current_crl(pki: DevPki, *, now: datetime | None = None) -> asn1_crl.CertificateList:
    """A CRL of the development CA, signed at ``now`` (default: now), listing every
    certificate revoked by then."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    ca_key = _load_ca_key(pki.pki_dir, _read_passphrase(pki.pki_dir))
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(pki.ca_cert.subject)
        .last_update(now - timedelta(seconds=1))
        .next_update(now + _CRL_VALIDITY)
        .add_extension(x509.CRLNumber(int(now.timestamp() * 1000)), False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                       False)
    )
    for entry in revoked(pki):
        if datetime.fromisoformat(entry["revoked_at"]) > now:
            continue  # not revoked yet at that moment
        item = (
            x509.RevokedCertificateBuilder()
            .serial_number(int(entry["serial"], 16))
            .revocation_date(datetime.fromisoformat(entry["revoked_at"]))
        )
        if entry.get("reason", "unspecified") != "unspecified":
            item = item.add_extension(x509.CRLReason(_REASONS[entry["reason"]]), False)
        builder = builder.add_revoked_certificate(item.build())
    crl = builder.sign(ca_key, signature_hash(ca_key))
    return asn1_crl.CertificateList.load(crl.public_bytes(serialization.Encoding.DER))


def dev_timestamper(pki: DevPki) -> TimeStamper:
    """The development time-stamping authority: its key and certificate made at first use, and
    made anew beside the old ones when the key's usage period nears its end."""
    key_path, cert_path = pki.pki_dir / _TSA_KEY, pki.pki_dir / _TSA_CERT
    passphrase = _read_passphrase(pki.pki_dir)
    with _locked(pki.pki_dir / _LOCK):
        try:
            key, cert = _load_tsa(key_path, cert_path, passphrase)
        except FileNotFoundError:
            key = cert = None
        if key is None or cert is None or _tsa_needs_renewal(key, cert, pki):
            if cert is not None:
                _retire(pki, cert, key_path, cert_path)
            key, cert = _issue_tsa(pki, key_path, cert_path, passphrase)
    held = (cert.fingerprint(hashes.SHA256()), pki.ca_cert.fingerprint(hashes.SHA256()))
    if held not in _STAMPERS:
        _STAMPERS[held] = HeldKeyTimeStamper(
            _to_asn1_cert(cert), key,
            certs_to_embed=SimpleCertificateStore.from_certs([_to_asn1_cert(pki.ca_cert)]))
    return _STAMPERS[held]


_STAMPERS: dict[tuple[bytes, bytes], TimeStamper] = {}
"""The development TSA of this process, by its certificate and its CA's: made once, so the
token pyHanko makes once per time-stamper to reserve room for the real ones is made once
per process, not once per signed document (each signature still gets its own token)."""


_LOADED: dict[tuple[str, int, int, str, int, int], tuple[rsa.RSAPrivateKey, x509.Certificate]] = {}
"""TSA keys and certificates parsed in this process, by their files' paths and stamps."""


def _load_tsa(key_path: Path, cert_path: Path, passphrase: bytes
              ) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    """The TSA's key and certificate (parsed once per process while the files stay as they
    were); ``FileNotFoundError`` when there is none yet."""
    try:
        ks, cs = key_path.stat(), cert_path.stat()
        stamp = (str(key_path), ks.st_mtime_ns, ks.st_size, str(cert_path), cs.st_mtime_ns,
                 cs.st_size)
        if stamp in _LOADED:
            return _LOADED[stamp]
        cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
        key = serialization.load_pem_private_key(key_path.read_bytes(), passphrase)
    except FileNotFoundError:
        raise
    except (OSError, ValueError, TypeError) as exc:
        raise PkiError(f"The time-stamping key {key_path} cannot be read: {exc}.") from exc
    if not isinstance(key, rsa.RSAPrivateKey):
        raise PkiError(f"The time-stamping key {key_path} is not an RSA key.")
    _LOADED[stamp] = (key, cert)
    return key, cert


def _tsa_needs_renewal(key: rsa.RSAPrivateKey, cert: x509.Certificate, pki: DevPki) -> bool:
    """Whether the TSA must get a new key: another CA's certificate, a key that does not match
    it or is weaker than RSA-3072, or a key (or certificate) about to end."""
    now = datetime.now(UTC)
    if cert.issuer != pki.ca_cert.subject or key.key_size < _TSA_KEY_BITS:
        return True
    if cert.public_key() != key.public_key():
        return True
    ends = cert.not_valid_after_utc
    try:
        period = cert.extensions.get_extension_for_class(x509.PrivateKeyUsagePeriod).value
        if period.not_after is not None:
            ends = min(ends, period.not_after.replace(tzinfo=UTC))
    except x509.ExtensionNotFound:
        pass
    if ends >= pki.ca_cert.not_valid_after_utc - _TSA_RENEW_BEFORE:
        return now >= ends  # the CA ends first: a new key cannot last longer
    return ends - now <= _TSA_RENEW_BEFORE


def _retire(pki: DevPki, cert: x509.Certificate, key_path: Path, cert_path: Path) -> None:
    """Keep the TSA's certificate and key in ``tsa-retired/``, under its serial number."""
    folder = pki.pki_dir / _TSA_RETIRED
    folder.mkdir(mode=0o700, exist_ok=True)
    stem = f"{cert.serial_number:x}"
    _write_atomic(folder / f"{stem}.cert.pem", cert_path.read_bytes(), 0o644)
    if key_path.exists():
        _write_atomic(folder / f"{stem}.key.pem", key_path.read_bytes(), 0o600)


def _issue_tsa(pki: DevPki, key_path: Path, cert_path: Path, passphrase: bytes
               ) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    key = rsa.generate_private_key(65537, _TSA_KEY_BITS)  # the in-process TSA signs RSA only
    cert = pki.issue(key.public_key(), f"sohoa dev TSA — {pki.organisation}",
                     time_stamping=True, key_usable_for=TSA_KEY_USE)
    # the key first: a certificate without its key is reissued, never used
    _write_atomic(key_path, key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase)), 0o600)
    _write_atomic(cert_path, cert.public_bytes(serialization.Encoding.PEM), 0o644)
    return key, cert


_CRLS_FETCHED = CertRevTrustPolicy(RevocationCheckingPolicy(
    ee_certificate_rule=RevocationCheckingRule.CRL_REQUIRED,
    intermediate_ca_cert_rule=RevocationCheckingRule.CRL_REQUIRED))
"""Fetching revocation data for B-LT takes the CRLs the certificates name (those of the
development CA name an OCSP responder too): :func:`signing.verify_pdf` and its long-term check
read the CRLs of a document's DSS."""


@dataclass(frozen=True, slots=True)
class SigningProfile:
    """How far a signature goes: its PAdES level, its TSA, where revocation data comes from."""

    level: str
    timestamper: TimeStamper | None = None
    validation_context: Callable[[], ValidationContext] | None = None
    """Makes the context that gathers revocation data for B-LT and B-LTA."""


def signing_profile(pki: DevPki, level: str = "B-B", *, tsa_url: str | None = None,
                    fetch_revocation: bool = False) -> SigningProfile:
    """The profile of ``level`` on this installation: the development TSA and CRL, or the TSA
    at ``tsa_url`` and revocation data fetched from the certificates' addresses."""
    if level not in LEVELS:
        raise SigningError(f"Unknown PAdES level {level!r}; use one of {', '.join(LEVELS)}.")
    if level == "B-B":
        return SigningProfile(level)
    timestamper = HTTPTimeStamper(tsa_url) if tsa_url else dev_timestamper(pki)
    if level == "B-T":
        return SigningProfile(level, timestamper)
    roots = [_to_asn1_cert(pki.ca_cert)]

    def context() -> ValidationContext:
        if fetch_revocation:
            return ValidationContext(trust_roots=roots, allow_fetching=True,
                                     revinfo_policy=_CRLS_FETCHED)
        return ValidationContext(trust_roots=roots, crls=[current_crl(pki)],
                                 allow_fetching=False)

    return SigningProfile(level, timestamper, context)
