"""A development PKI made at first run inside the data folder.

Circular 01/2023/TT-VPCP (Art. 8) asks that every digitised paper document carry the digital
signature of the person who digitised it. sohoa runs with no servers by default, so on first use
it creates its own small certificate authority and one signing certificate per clerk:

``<pki_dir>/``
    ``passphrase``          random passphrase protecting the keys below (mode 0600)
    ``ca.key.pem``          CA private key, PKCS#8 encrypted with the passphrase (mode 0600)
    ``ca.cert.pem``         CA certificate (give this file to ``verify_pdf`` as a trust root)
    ``signers/<slug>.p12``  one PKCS#12 file per clerk: key, certificate and CA (mode 0600)
    ``issued/<serial>.pem`` every certificate the CA issued, by serial number in hex (what its
                            OCSP responder answers "good" for)
    ``tsa.key.pem``, ``tsa.cert.pem``, ``tsa-retired/``, ``revoked.json``
                            the time-stamping authority and the revocations (:mod:`signing.ltv`)

It is laid out as a real CA's is, so that documents stay verifiable for decades and the archive
time stamp can be renewed with a fresh time-stamping certificate:

- the root: ECDSA P-384 signing with SHA-384, valid 25 years (:data:`CA_VALIDITY`);
- a clerk's certificate: ECDSA P-256, valid 3 years (:data:`SIGNER_VALIDITY`), reissued with a
  new key 30 days before it ends;
- the time-stamping authority: RSA-3072, its certificate valid 11 years (:data:`TSA_VALIDITY`)
  but its key used for 2 years only (the private key usage period in the certificate), after
  which a new key and certificate are made beside the old one (:func:`signing.ltv.dev_timestamper`);
- every certificate the CA issues names where its CRL is (CRL distribution points), where the
  CA's certificate is and where its OCSP responder answers (authority information access); ``sohoa
  pki serve`` answers at those addresses (:mod:`signing.tsa_server`). The embedded default fetches
  nothing: it signs a fresh CRL in-process whenever one is needed, and B-LT documents carry it.

No certificate outlives the root. An installation made before this layout keeps its CA (ECDSA
P-256, 10 years): documents archived under it chain to it, so it is never replaced; its new
certificates follow the layout within the CA's remaining years, and its RSA-2048 time-stamping
key is replaced by an RSA-3072 one beside it.

This is a **development PKI**: nothing in it is recognised outside the installation, and the
keys sit on disk next to the data. A real deployment configures the certificate authority and
keys of the organisation instead (for instance certificates issued under the government's
specialised PKI); :meth:`ClerkSigner.from_pkcs12` already accepts any PKCS#12 file. The signers
(:class:`ClerkSigner`, :class:`SigningIdentity`) live in :mod:`signing.identity`.

Nothing here is ever committed: the folder lives under the data directory, and every secret is
generated on the machine that uses it. Creation is idempotent and safe when several processes
start at once (an exclusive lock file guards creation and issuance; every file is written to a
temporary name and moved into place).
"""

from __future__ import annotations

import hashlib
import logging
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.types import CertificatePublicKeyTypes
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from sohoa.text import fold, nfc, normalise_space

from ._ca import (
    _CA_CERT,
    _CA_KEY,
    CA_VALIDITY,
    DEV_CA_URL,
    DEV_CRL_URL,
    DEV_OCSP_URL,
    DEV_PKI_PORT,
    _create_ca,
    _fit,
    _load_ca_cert,
    _load_ca_key,
    _read_passphrase,
    authority_information_access,
    crl_distribution_points,
    signature_hash,
)
from ._files import _locked, _write_atomic
from .errors import PkiError
from .identity import ClerkSigner, SigningIdentity, _name_attr

__all__ = ["CA_VALIDITY", "DEFAULT_ORGANISATION", "DEV_CA_URL", "DEV_CRL_URL", "DEV_OCSP_URL",
           "DEV_PKI_PORT", "SIGNER_VALIDITY", "TSA_VALIDITY", "ClerkSigner", "DevPki",
           "SigningIdentity", "authority_information_access", "crl_distribution_points",
           "signature_hash", "signer_slug"]

logger = logging.getLogger(__name__)

DEFAULT_ORGANISATION = "Trung tâm Phục vụ hành chính công"
"""Organisation written into the development certificates when none is configured."""

SIGNER_VALIDITY = timedelta(days=3 * 365 + 1)
"""How long a clerk's certificate is valid: 3 years (reissued 30 days before it ends)."""
TSA_VALIDITY = timedelta(days=11 * 365 + 3)
"""How long a time-stamping certificate is valid: 11 years, of which its key signs for 2."""
_CLOCK_SKEW = timedelta(hours=1)
_RENEW_BEFORE = timedelta(days=30)
_SLUG_MAX = 40

_SIGNERS = "signers"
_ISSUED = "issued"
_LOCK = ".lock"


class DevPki:
    """The development certificate authority of one installation, and its clerks' keys.

    Use :meth:`ensure` to get one. The CA certificate (:attr:`ca_cert_path`) is the trust root
    to pass to :func:`signing.verify_pdf`.

    This is a development PKI made on the machine at first run; a real deployment configures the
    organisation's own certificate authority and keys instead. See the module documentation for
    the folder layout.

    Attributes:
        pki_dir: The folder holding the PKI.
        organisation: Organisation named in the CA and in every clerk certificate.
        ca_cert: The CA certificate.
    """

    def __init__(self, pki_dir: Path, ca_cert: x509.Certificate) -> None:
        """Use :meth:`ensure` instead; this only wraps an already loaded CA.

        Args:
            pki_dir: The folder holding the PKI.
            ca_cert: The CA certificate loaded from it.
        """
        self.pki_dir = pki_dir
        self.ca_cert = ca_cert
        self.organisation = _name_attr(ca_cert.subject, NameOID.ORGANIZATION_NAME) or ""
        self._signers: dict[str, ClerkSigner] = {}

    def __repr__(self) -> str:
        return f"DevPki({str(self.pki_dir)!r}, organisation={self.organisation!r})"

    @property
    def ca_cert_path(self) -> Path:
        """PEM file of the CA certificate: the trust root for verifying signed documents."""
        return self.pki_dir / _CA_CERT

    @property
    def signers_dir(self) -> Path:
        """Folder of the clerks' PKCS#12 files."""
        return self.pki_dir / _SIGNERS

    @classmethod
    def ensure(cls, pki_dir: Path, organisation: str = DEFAULT_ORGANISATION) -> DevPki:
        """Create the development PKI in ``pki_dir`` on first call, load it afterwards.

        Safe to call from several processes at once: creation happens under an exclusive lock
        and files are moved into place whole.

        Args:
            pki_dir: Folder for the PKI (created with mode 0700 if missing).
            organisation: Organisation for a new CA. An existing CA keeps the organisation it was
                created with (a warning is logged if a different one is asked for).

        Returns:
            The PKI.

        Raises:
            PkiError: The folder cannot be created or written, or an existing PKI in it is
                incomplete or damaged.
        """
        pki_dir = Path(pki_dir)
        organisation = normalise_space(nfc(organisation))
        if not organisation:
            raise PkiError("The organisation name for the signing certificates is empty.")
        try:
            pki_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            with _locked(pki_dir / _LOCK):
                if not (pki_dir / _CA_CERT).exists():
                    _create_ca(pki_dir, organisation)
                ca_cert = _load_ca_cert(pki_dir)
                _read_passphrase(pki_dir)  # fail now, not at the first signature
                if not (pki_dir / _CA_KEY).exists():
                    raise PkiError(
                        f"The development CA in {pki_dir} is incomplete: {_CA_KEY} is missing. "
                        "Restore the folder from a backup, or move it away to create a new CA "
                        "(documents signed under the old CA then need its certificate as an "
                        "extra trust root)."
                    )
        except OSError as exc:
            raise PkiError(
                f"The signing PKI folder {pki_dir} cannot be created or read: "
                f"{exc.strerror or exc}."
            ) from exc
        pki = cls(pki_dir, ca_cert)
        if pki.organisation != organisation:
            logger.warning(
                "The development CA in %s belongs to %r; keeping it rather than %r.",
                pki_dir,
                pki.organisation,
                organisation,
            )
        return pki

    def clerk_signer(self, name: str) -> ClerkSigner:
        """Return the signer of one person, issuing their certificate on first use.

        The certificate names the person (NFC, single spaces) and the organisation, and is
        stored as ``signers/<slug>.p12``. It is reissued if it has expired, is about to expire,
        or was not issued by the current CA.

        Args:
            name: The person's name, in Vietnamese with diacritics.

        Returns:
            The signer.

        Raises:
            PkiError: The name is empty, or the key file cannot be written or read.
        """
        name = normalise_space(nfc(name))
        if not name:
            raise PkiError("The name of the person signing is empty.")
        cached = self._signers.get(name)
        if cached is not None and _usable(cached.certificate, self.ca_cert):
            return cached
        path = self.signers_dir / f"{signer_slug(name)}.p12"
        try:
            self.signers_dir.mkdir(mode=0o700, exist_ok=True)
            with _locked(self.pki_dir / _LOCK):
                passphrase = _read_passphrase(self.pki_dir)
                signer = None
                if path.exists():
                    signer = ClerkSigner.from_pkcs12(
                        path.read_bytes(), passphrase, name=name, p12_path=path
                    )
                    if not _usable(signer.certificate, self.ca_cert):
                        logger.info("Reissuing the signing certificate of %s (%s).", name, path)
                        signer = None
                if signer is None:
                    _write_atomic(path, self._issue_p12(name, passphrase), 0o600)
                    signer = ClerkSigner.from_pkcs12(
                        path.read_bytes(), passphrase, name=name, p12_path=path
                    )
        except OSError as exc:
            raise PkiError(
                f"The signing key file {path} cannot be written or read: {exc.strerror or exc}."
            ) from exc
        self._signers[name] = signer
        return signer

    def issue(
        self, public_key: CertificatePublicKeyTypes, common_name: str, *,
        not_after: datetime | None = None, time_stamping: bool = False,
        key_usable_for: timedelta | None = None,
    ) -> x509.Certificate:
        """Have the CA certify ``public_key`` for ``common_name`` (and the organisation).

        The certificate is for signing documents, or with ``time_stamping`` for a
        time-stamping authority. It names the CA's CRL, OCSP responder and certificate, and is
        kept in ``issued/``.

        Args:
            public_key: The key to certify.
            common_name: Who holds it.
            not_after: When it ends; default :data:`SIGNER_VALIDITY` (or :data:`TSA_VALIDITY`
                with ``time_stamping``) from now. Never after the CA.
            time_stamping: A time-stamping certificate (extended key usage timeStamping).
            key_usable_for: How long from now the private key may sign (the private key usage
                period); default as long as the certificate.

        Returns:
            The certificate.

        Raises:
            PkiError: The CA key cannot be read, or the certificate cannot be recorded.
        """
        ca_key = _load_ca_key(self.pki_dir, _read_passphrase(self.pki_dir))
        now = datetime.now(UTC)
        if not_after is None:
            not_after = now + (TSA_VALIDITY if time_stamping else SIGNER_VALIDITY)
        not_after = min(not_after, self.ca_cert.not_valid_after_utc)
        subject = x509.Name([
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, _fit(self.organisation)),
            x509.NameAttribute(NameOID.COMMON_NAME, _fit(normalise_space(nfc(common_name)))),
        ])
        builder = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(self.ca_cert.subject)
            .public_key(public_key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - _CLOCK_SKEW)
            .not_valid_after(not_after)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=True,  # nonRepudiation
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=False,
                    crl_sign=False,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
            )
            .add_extension(crl_distribution_points(), False)
            .add_extension(authority_information_access(), False)
        )
        if time_stamping:
            builder = builder.add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        if key_usable_for is not None:
            builder = builder.add_extension(x509.PrivateKeyUsagePeriod(
                now - _CLOCK_SKEW, min(now + key_usable_for, not_after)), False)
        cert = builder.sign(ca_key, signature_hash(ca_key))
        self._record(cert)
        return cert

    @property
    def issued_dir(self) -> Path:
        """Folder of every certificate the CA issued (``<serial hex>.pem``)."""
        return self.pki_dir / _ISSUED

    def _record(self, cert: x509.Certificate) -> None:
        try:
            self.issued_dir.mkdir(mode=0o700, exist_ok=True)
            _write_atomic(self.issued_dir / f"{cert.serial_number:x}.pem",
                          cert.public_bytes(serialization.Encoding.PEM), 0o644)
        except OSError as exc:
            raise PkiError(f"The certificate just issued cannot be recorded in "
                           f"{self.issued_dir}: {exc.strerror or exc}.") from exc

    def _issue_p12(self, name: str, passphrase: bytes) -> bytes:
        key = ec.generate_private_key(ec.SECP256R1())
        cert = self.issue(key.public_key(), name)
        return pkcs12.serialize_key_and_certificates(
            name=name.encode("utf-8"),
            key=key,
            cert=cert,
            cas=[self.ca_cert],
            encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
        )


def signer_slug(name: str) -> str:
    """File name stem for a person's key: ASCII-folded name plus a short hash of the exact name.

    Args:
        name: The person's name.

    Returns:
        For example ``"nguyen-thi-lan-3f2a9c1b0d"``.
    """
    name = normalise_space(nfc(name))
    base = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:_SLUG_MAX].strip("-") or "signer"
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:10]
    return f"{base}-{digest}"


def _usable(cert: x509.Certificate, ca_cert: x509.Certificate) -> bool:
    """Whether ``cert`` was issued by ``ca_cert``, names where its CRL is (B-LT needs it), and
    stays valid for a while yet."""
    if cert.issuer != ca_cert.subject:
        return False
    try:
        cert.extensions.get_extension_for_class(x509.CRLDistributionPoints)
    except x509.ExtensionNotFound:
        return False
    try:
        cert.verify_directly_issued_by(ca_cert)
    except (ValueError, TypeError, InvalidSignature):
        return False
    now = datetime.now(UTC)
    if not (cert.not_valid_before_utc <= now + _CLOCK_SKEW and now < cert.not_valid_after_utc):
        return False
    # Renew shortly before expiry, unless the CA itself ends sooner (renewing cannot help then).
    return (
        cert.not_valid_after_utc - now > _RENEW_BEFORE
        or cert.not_valid_after_utc >= ca_cert.not_valid_after_utc
    )
