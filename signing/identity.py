"""Who signs: what :func:`signing.sign_pdf` needs of a signer, and a signer from a key file.

:class:`SigningIdentity` is what a signer must offer (a name for the stamp and a pyHanko
signer); :class:`ClerkSigner` is one whose key and certificate come from a PKCS#12 file, such as
those the development PKI (:class:`signing.DevPki`) issues. A key on a token signs through
:class:`signing.pkcs11.TokenSigner`. Both names are importable from :mod:`signing.pki` too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.types import CertificatePublicKeyTypes
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.sign.signers import Signer, SimpleSigner
from pyhanko_certvalidator.registry import SimpleCertificateStore

from sohoa.text import nfc, normalise_space

from .errors import PkiError

__all__ = ["ClerkSigner", "SigningIdentity"]


class SigningIdentity(Protocol):
    """What :func:`signing.sign_pdf` needs of a signer: the name for the stamp and a pyHanko
    signer. :class:`ClerkSigner` (a key file) and :class:`signing.pkcs11.TokenSigner` (a key
    on a token) are both one."""

    @property
    def name(self) -> str:
        """The name shown on the stamp."""
        ...

    @property
    def pyhanko_signer(self) -> Signer:
        """The pyHanko signer."""
        ...


class ClerkSigner:
    """The signing key and certificate of one person who digitises documents.

    Get one from :meth:`DevPki.clerk_signer`, or from :meth:`from_pkcs12` for a key issued
    elsewhere. Pass it to :func:`signing.sign_pdf`.

    Attributes:
        name: The person's name as shown on the stamp (NFC, single spaces).
        organisation: Organisation (``O``) of the certificate, empty if it has none.
        certificate: The signing certificate.
        p12_path: File the key was loaded from, or ``None`` if it came from memory.
    """

    __slots__ = ("_signer", "certificate", "name", "organisation", "p12_path")

    def __init__(
        self,
        *,
        name: str,
        organisation: str,
        certificate: x509.Certificate,
        signer: SimpleSigner,
        p12_path: Path | None = None,
    ) -> None:
        """Wrap already loaded key material; prefer the ``from_pkcs12`` / ``DevPki`` routes.

        Args:
            name: The person's name as it must appear on the stamp.
            organisation: Organisation of the certificate.
            certificate: The signing certificate.
            signer: pyHanko signer holding the private key and the certificate chain.
            p12_path: File the key was loaded from, if any.
        """
        self.name = normalise_space(nfc(name))
        self.organisation = organisation
        self.certificate = certificate
        self.p12_path = p12_path
        self._signer = signer

    def __repr__(self) -> str:
        return f"ClerkSigner(name={self.name!r}, serial={self.certificate.serial_number:x})"

    @property
    def pyhanko_signer(self) -> SimpleSigner:
        """The pyHanko signer (private key, certificate and chain) used to sign PDFs."""
        return self._signer

    @classmethod
    def from_pkcs12(
        cls,
        data: bytes,
        passphrase: bytes | str | None,
        *,
        name: str | None = None,
        p12_path: Path | None = None,
    ) -> ClerkSigner:
        """Load a signer from PKCS#12 bytes (key, certificate and optionally its chain).

        Args:
            data: The PKCS#12 file content.
            passphrase: Passphrase of the file, or ``None`` if it is not encrypted.
            name: Name to show on the stamp; defaults to the certificate's common name.
            p12_path: File the bytes came from, kept for messages.

        Returns:
            The signer.

        Raises:
            PkiError: The data is not PKCS#12, the passphrase is wrong, or the file holds no
                private key and matching certificate.
        """
        where = f" {p12_path}" if p12_path else ""
        if isinstance(passphrase, str):
            passphrase = passphrase.encode("utf-8")
        try:
            key, cert, extra = pkcs12.load_key_and_certificates(data, passphrase)
        except (ValueError, TypeError) as exc:
            raise PkiError(
                f"The signing key file{where} cannot be opened: it is damaged or the passphrase "
                "is wrong."
            ) from exc
        if key is None or cert is None:
            raise PkiError(f"The signing key file{where} holds no private key and certificate.")
        if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
            raise PkiError(f"The signing key file{where} holds an unsupported kind of key.")
        if _spki(key.public_key()) != _spki(cert.public_key()):
            raise PkiError(
                f"The signing key file{where} holds a key that does not match its certificate."
            )
        chain = [_to_asn1_cert(c) for c in extra]
        signer = SimpleSigner(
            signing_cert=_to_asn1_cert(cert),
            signing_key=asn1_keys.PrivateKeyInfo.load(
                key.private_bytes(
                    serialization.Encoding.DER,
                    serialization.PrivateFormat.PKCS8,
                    serialization.NoEncryption(),
                )
            ),
            cert_registry=SimpleCertificateStore.from_certs(chain),
        )
        return cls(
            name=name or _name_attr(cert.subject, NameOID.COMMON_NAME) or "",
            organisation=_name_attr(cert.subject, NameOID.ORGANIZATION_NAME) or "",
            certificate=cert,
            signer=signer,
            p12_path=p12_path,
        )


def _name_attr(name: x509.Name, oid: x509.ObjectIdentifier) -> str | None:
    attrs = name.get_attributes_for_oid(oid)
    if not attrs:
        return None
    value = attrs[0].value
    return nfc(value if isinstance(value, str) else value.decode("utf-8", errors="replace"))


def _to_asn1_cert(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def _spki(public_key: CertificatePublicKeyTypes) -> bytes:
    return public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
