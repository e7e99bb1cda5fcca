"""Signing with a key that never leaves a token: USB tokens and HSMs through PKCS#11.

Officers sign results with the key on their USB token; a centre may keep its key in an HSM.
:func:`open_token_signer` opens a session on the token (PKCS#11 module, token label, PIN) and
gives a signer :func:`signing.sign_pdf` accepts; close it when done (it is a context manager)::

    with open_token_signer("/usr/lib/softhsm/libsofthsm2.so", "can-bo-mot-cua", pin,
                           "Nguyễn Thị Lan") as signer:
        signed = sign_pdf(pdf, signer)

The private key is used on the token and is never read out. The certificate is the one stored
on the token under the key's label (or id); CA certificates stored on the token are sent along.

:func:`provision_dev_token` (:mod:`signing.pkcs11_provision`) is for development and tests: it
makes a key pair inside a token (e.g. SoftHSM2, Debian package ``softhsm2``) and has the
development CA certify it.

A token is logged in once per process, however many signers use it at a time: PKCS#11 logins
belong to the application, not to one session, and closing the session that logged in logs
every other session out. The first :func:`open_token_signer` logs in with the PIN; later ones
on the same token must give the same PIN; the token is logged out when the last one closes.
Modules, tokens and logins are handled in :mod:`signing.pkcs11_session`, the objects on the
token in :mod:`signing._pkcs11_objects`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import pkcs11
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pkcs11 import Attribute
from pyhanko.sign.pkcs11 import PKCS11Signer

from sohoa.text import nfc, normalise_space

from ._pkcs11_objects import (
    _attr,
    _ca_chain,
    _check_public_key,
    _private_key,
    _signing_certificate,
)
from .errors import PkiError
from .pkcs11_provision import provision_dev_token
from .pkcs11_session import (
    _LOGINS,  # noqa: F401  (the logins of this process, looked at by the tests)
    SOFTHSM_MODULE_PATTERNS,
    _error_name,
    _find_token,
    _load_module,
    _open_session,
    find_softhsm_module,
)

__all__ = [
    "SOFTHSM_MODULE_PATTERNS",
    "TokenSigner",
    "find_softhsm_module",
    "open_token_signer",
    "provision_dev_token",
]


class TokenSigner:
    """A signer whose private key stays on a PKCS#11 token; give it to ``sign_pdf``.

    Get one from :func:`open_token_signer` and close it when done (``with ... as signer:``).
    Like :class:`signing.ClerkSigner` it has ``name`` (for the stamp) and ``pyhanko_signer``.

    Attributes:
        name: The name shown on the stamp (NFC, single spaces).
        organisation: Organisation (``O``) of the certificate, empty if it has none.
        certificate: The signing certificate read from the token.
        token_label: Label of the token the key is on.
        key_label: Label of the private key on the token (``None`` if it has none).
        key_id: ``CKA_ID`` of the private key (``None`` if it has none).
    """

    def __init__(
        self,
        *,
        name: str,
        certificate: x509.Certificate,
        signer: PKCS11Signer,
        token_label: str,
        key_label: str | None,
        key_id: bytes | None,
        release: Callable[[], None],
    ) -> None:
        """Wrap an open session; use :func:`open_token_signer` instead.

        Args:
            name: The name to show on the stamp.
            certificate: The signing certificate.
            signer: pyHanko signer bound to a session on the token.
            token_label: Label of the token.
            key_label: Label of the private key.
            key_id: ``CKA_ID`` of the private key.
            release: Closes the session (and logs out when no other signer uses the token).
        """
        self.name = normalise_space(nfc(name))
        self.organisation = _name_attr(certificate.subject, NameOID.ORGANIZATION_NAME)
        self.certificate = certificate
        self.token_label = token_label
        self.key_label = key_label
        self.key_id = key_id
        self._signer = signer
        self._release: Callable[[], None] | None = release

    def __repr__(self) -> str:
        state = " closed" if self.closed else ""
        return (f"TokenSigner(name={self.name!r}, token={self.token_label!r}, "
                f"serial={self.certificate.serial_number:x}{state})")

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._release is None

    @property
    def pyhanko_signer(self) -> PKCS11Signer:
        """The pyHanko signer that has the token sign.

        Raises:
            PkiError: The signer was closed.
        """
        if self._release is None:
            raise PkiError(f"The session on token {self.token_label!r} is closed; open the "
                           "token again to sign.")
        return self._signer

    def close(self) -> None:
        """Close the session on the token; closing twice does nothing."""
        release, self._release = self._release, None
        if release is not None:
            release()

    def __enter__(self) -> TokenSigner:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_token_signer(
    module: Path | str,
    token_label: str,
    pin: str,
    key_label: str | None = None,
    *,
    key_id: bytes | None = None,
    name: str | None = None,
) -> TokenSigner:
    """Open a token and the signing key and certificate on it.

    The certificate is the one labelled ``key_label`` (and/or with ``CKA_ID`` ``key_id``); the
    private key is the one with the same label, else the one with the certificate's id. CA
    certificates on the token that issued it are sent along with signatures.

    Args:
        module: The token's PKCS#11 module (driver), e.g. ``/usr/lib/softhsm/libsofthsm2.so``.
        token_label: Label of the token (as ``softhsm2-util --show-slots`` or the token's own
            tool shows it).
        pin: The user PIN. It is never logged nor shown in messages.
        key_label: Label of the key and its certificate on the token.
        key_id: ``CKA_ID`` of the key and its certificate, instead of (or with) the label.
        name: Name to show on the stamp; defaults to the certificate's common name.

    Returns:
        The signer, with an open session; close it when done (it is a context manager).

    Raises:
        PkiError: The module file is missing or is not a PKCS#11 module, no token has that
            label, the PIN is wrong or locked, or the token holds no such certificate or
            private key (or the certificate has expired or does not match the key).
    """
    if not key_label and key_id is None:
        raise PkiError(f"Say which key on token {token_label!r} to sign with: its label or id.")
    lib = _load_module(module)
    token = _find_token(lib, Path(module), token_label)
    session, release = _open_session(lib, token, pin)
    try:
        what = _describe(key_label, key_id)
        cert_der = _signing_certificate(session, token_label, key_label, key_id, what)
        certificate = x509.load_der_x509_certificate(cert_der)
        key = _private_key(session, token_label, key_label, key_id, cert_der, what)
        found_label = _attr(key, Attribute.LABEL) or None
        found_id = bytes(_attr(key, Attribute.ID) or b"") or None
        if found_label is None and found_id is None:
            raise PkiError(f"The private key for {what} on token {token_label!r} has neither a "
                           "label nor an id, so it cannot be used.")
        _check_public_key(session, certificate, found_label, found_id, token_label, what)
        asn1_cert = asn1_x509.Certificate.load(cert_der)
        signer = PKCS11Signer(
            session,
            key_label=found_label,
            key_id=found_id,
            signing_cert=asn1_cert,
            ca_chain=_ca_chain(session, asn1_cert),
            # the token signs the digest (raw ECDSA): not every token hashes for itself
            use_raw_mechanism=isinstance(certificate.public_key(), ec.EllipticCurvePublicKey),
        )
        shown = name or _name_attr(certificate.subject, NameOID.COMMON_NAME) or key_label or ""
        return TokenSigner(name=shown, certificate=certificate, signer=signer,
                           token_label=token_label, key_label=found_label, key_id=found_id,
                           release=release)
    except pkcs11.PKCS11Error as exc:
        release()
        raise PkiError(f"Token {token_label!r} could not be read: {_error_name(exc)}.") from exc
    except BaseException:
        release()
        raise


def _describe(key_label: str | None, key_id: bytes | None) -> str:
    parts = []
    if key_label:
        parts.append(f"labelled {key_label!r}")
    if key_id is not None:
        parts.append(f"with id {key_id.hex()}")
    return " and ".join(parts)


def _name_attr(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    attrs = name.get_attributes_for_oid(oid)
    if not attrs:
        return ""
    value = attrs[0].value
    return nfc(value if isinstance(value, str) else value.decode("utf-8", errors="replace"))
