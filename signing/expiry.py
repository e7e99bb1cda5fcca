"""When the certificates this installation signs with stop being valid: the signer of the
counter and the organisation's seal (from a PKCS#12 file, a token or HSM, or the development
PKI), the development PKI's time-stamping authority and CA, and the configured trust roots.

Read only: nothing is made or issued (a development PKI that does not exist yet is not
listed; a signer's certificate the development PKI has not issued yet is not either). A key
on a token or an HSM is read only when its PIN is in the environment, as signing reads it.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs12

from signing._ca import _read_passphrase
from signing._key_checks import load_certificates
from signing.identity import SigningIdentity
from signing.keys import SETTING, Keyring, _certificate
from signing.pki import signer_slug
from sohoa.errors import SohoaError
from sohoa.text import nfc, normalise_space

__all__ = ["CertificateInUse", "certificates_in_use"]


@dataclass(frozen=True, slots=True)
class CertificateInUse:
    """One certificate an installation signs or checks with, and when it ends."""

    role: str
    """``signer`` (the counter's clerk), ``seal`` (the organisation), ``tsa``, ``ca`` (of the
    development PKI) or ``trust_root``."""
    name: str
    """The certificate's common name, or the person or organisation it is for."""
    source: str
    """Where it was read: a file, or ``token LABEL``."""
    not_after: datetime | None = None
    """When it stops being valid (None when it could not be read)."""
    error: str | None = None
    """Why it could not be read."""


def certificates_in_use(keys: Keyring, signer: str) -> list[CertificateInUse]:
    """The certificates ``keys`` signs with for ``signer`` (the counter's clerk) and for the
    organisation's seal, the development PKI's TSA and CA when it exists, and the configured
    trust roots; see the module's text."""
    c = keys.config
    found: list[CertificateInUse] = []
    signer = normalise_space(nfc(signer))
    if c.real_persons:
        found.append(_opened(keys, "signer", signer, lambda: keys.person(signer)))
    else:
        found.extend(_dev_signer(keys.dev_dir, "signer", signer))
    if c.real_seal:
        found.append(_opened(keys, "seal", c.organisation, keys.seal))
    else:
        found.extend(_dev_signer(keys.dev_dir, "seal", c.organisation))
    if not c.tsa_url:
        found.extend(_files("tsa", keys.dev_dir / "tsa.cert.pem"))
    found.extend(_files("ca", keys.dev_dir / "ca.cert.pem"))
    for root in c.trust_roots:
        try:
            certs = load_certificates((Path(root),), SETTING["trust_roots"])
        except SohoaError as exc:
            found.append(CertificateInUse("trust_root", Path(root).name, str(root),
                                          error=exc.message))
            continue
        found.extend(CertificateInUse("trust_root", _common_name(cert), str(root),
                                      cert.not_valid_after_utc) for cert in certs)
    return found


def _opened(keys: Keyring, role: str, name: str,
            open_identity: Callable[[], AbstractContextManager[SigningIdentity]]
            ) -> CertificateInUse:
    """The certificate of a configured key (a PKCS#12 file or a token), opened as signing
    opens it."""
    try:
        with open_identity() as identity:
            cert = _certificate(identity)
            record = keys.record(identity, role)
            return CertificateInUse(role, _common_name(cert),
                                    str(record.get("file") or record.get("token") or ""),
                                    cert.not_valid_after_utc)
    except SohoaError as exc:
        return CertificateInUse(role, name, "", error=exc.message)


def _dev_signer(dev_dir: Path, role: str, name: str) -> list[CertificateInUse]:
    """The development PKI's certificate of ``name``, when it has issued one."""
    path = dev_dir / "signers" / f"{signer_slug(name)}.p12"
    if not path.is_file():
        return []
    try:
        _key, cert, _chain = pkcs12.load_key_and_certificates(
            path.read_bytes(), _read_passphrase(dev_dir))
    except (OSError, ValueError, SohoaError) as exc:
        return [CertificateInUse(role, name, str(path), error=str(exc))]
    if cert is None:
        return [CertificateInUse(role, name, str(path), error="no certificate in the file")]
    return [CertificateInUse(role, _common_name(cert), str(path), cert.not_valid_after_utc)]


def _files(role: str, path: Path) -> list[CertificateInUse]:
    if not path.is_file():
        return []
    try:
        cert = x509.load_pem_x509_certificate(path.read_bytes())
    except (OSError, ValueError) as exc:
        return [CertificateInUse(role, path.name, str(path), error=str(exc))]
    return [CertificateInUse(role, _common_name(cert), str(path), cert.not_valid_after_utc)]


def _common_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()
