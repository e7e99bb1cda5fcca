"""Signing with a key that never leaves a token: USB tokens and HSMs through PKCS#11.

Officers sign results with the key on their USB token; a centre may keep its key in an HSM.
:func:`open_token_signer` opens a session on the token (module, token label, PIN) and gives a
signer :func:`signing.sign_pdf` accepts; close it when done (it is a context manager). The
private key is used on the token and is never read out.

:func:`provision_dev_token` is for development and tests: it makes a key pair inside a token
(e.g. SoftHSM2, Debian package ``softhsm2``) and has the development CA certify it.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

import pkcs11
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pkcs11 import Attribute, KeyType, ObjectClass
from pkcs11.util.ec import encode_named_curve_parameters
from pyhanko.sign.pkcs11 import PKCS11Signer
from pyhanko.sign.signers import Signer

from sohoa.text import nfc, normalise_space

from .errors import PkiError
from .pki import (
    DevPki,
)

__all__ = ["SOFTHSM_MODULES", "TokenSigner", "open_token_signer", "provision_dev_token"]

SOFTHSM_MODULES: tuple[Path, ...] = (
    Path("/usr/lib/softhsm/libsofthsm2.so"),
    Path("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"),
    Path("/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so"),
)
"""Where Debian's softhsm2 puts its PKCS#11 module."""


class TokenSigner:
    """A signer whose private key stays on a PKCS#11 token; usable with ``sign_pdf``."""

    def __init__(self, session: pkcs11.Session, signer: PKCS11Signer, name: str,
                 certificate: x509.Certificate) -> None:
        self._session = session
        self._signer = signer
        self.name = normalise_space(nfc(name))
        self.certificate = certificate

    @property
    def pyhanko_signer(self) -> Signer:
        """The pyHanko signer that asks the token to sign."""
        return self._signer

    def close(self) -> None:
        """Close the session on the token."""
        self._session.close()

    def __enter__(self) -> TokenSigner:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def _token(module: Path, token_label: str) -> pkcs11.Token:
    if not Path(module).is_file():
        raise PkiError(f"The PKCS#11 module {module} does not exist; install the token's "
                       "driver (for SoftHSM2: apt-get install softhsm2).")
    try:
        lib = pkcs11.lib(str(module))
        return lib.get_token(token_label=token_label)
    except pkcs11.NoSuchToken as exc:
        raise PkiError(f"No token labelled {token_label!r} is present (module {module}); plug "
                       "the token in or check its label.") from exc
    except pkcs11.PKCS11Error as exc:
        raise PkiError(f"The PKCS#11 module {module} cannot be used: "
                       f"{type(exc).__name__}.") from exc


def _open(token: pkcs11.Token, pin: str, *, rw: bool = False) -> pkcs11.Session:
    try:
        return token.open(user_pin=pin, rw=rw)
    except pkcs11.UserAlreadyLoggedIn:
        return token.open(rw=rw)  # logged in by another session of this process already
    except pkcs11.PinIncorrect as exc:
        raise PkiError(f"The PIN for token {token.label!r} is wrong.") from exc
    except pkcs11.PinLocked as exc:
        raise PkiError(f"Token {token.label!r} is locked after too many wrong PINs; its "
                       "security officer must unlock it.") from exc
    except pkcs11.PKCS11Error as exc:
        raise PkiError(f"Token {token.label!r} cannot be opened: {type(exc).__name__}.") from exc


def open_token_signer(module: Path, token_label: str, pin: str, key_label: str, *,
                      name: str | None = None) -> TokenSigner:
    """Open the token and the key and certificate labelled ``key_label`` on it.

    The name shown on the stamp defaults to the certificate's common name.
    """
    session = _open(_token(module, token_label), pin)
    try:
        try:
            cert_obj = session.get_key(object_class=ObjectClass.CERTIFICATE, label=key_label)
        except (pkcs11.NoSuchKey, pkcs11.MultipleObjectsReturned):
            objs = list(session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE,
                                             Attribute.LABEL: key_label}))
            if len(objs) != 1:
                raise PkiError(f"Token {token_label!r} holds no certificate labelled "
                               f"{key_label!r}.") from None
            cert_obj = objs[0]
        try:
            session.get_key(object_class=ObjectClass.PRIVATE_KEY, label=key_label)
        except pkcs11.NoSuchKey as exc:
            raise PkiError(f"Token {token_label!r} holds no private key labelled "
                           f"{key_label!r}.") from exc
        der = bytes(cert_obj[Attribute.VALUE])
        certificate = x509.load_der_x509_certificate(der)
        # the token signs the digest (raw ECDSA): not every token hashes for itself
        raw = isinstance(certificate.public_key(), ec.EllipticCurvePublicKey)
        signer = PKCS11Signer(session, key_label=key_label, use_raw_mechanism=raw,
                              signing_cert=asn1_x509.Certificate.load(der))
        common = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        shown = name or (str(common[0].value) if common else key_label)
        return TokenSigner(session, signer, shown, certificate)
    except BaseException:
        session.close()
        raise


def provision_dev_token(pki: DevPki, module: Path, token_label: str, pin: str, name: str, *,
                        key_label: str | None = None) -> x509.Certificate:
    """Make an EC P-256 key pair inside the token (sensitive, never extractable), have the
    development CA certify it for ``name``, and store the certificate on the token under the
    same label. Return the certificate."""
    label = key_label or name
    session = _open(_token(module, token_label), pin, rw=True)
    try:
        params = session.create_domain_parameters(KeyType.EC, {
            Attribute.EC_PARAMS: encode_named_curve_parameters("secp256r1")}, local=True)
        public, _private = params.generate_keypair(
            store=True, label=label,
            private_template={Attribute.SENSITIVE: True, Attribute.EXTRACTABLE: False,
                              Attribute.SIGN: True})
        point = bytes(public[Attribute.EC_POINT])
        if len(point) == 67 and point[:2] == b"\x04\x41":  # DER OCTET STRING around the point
            point = point[2:]
        key = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), point)
        certificate = pki.issue(key, name)
        der = certificate.public_bytes(serialization.Encoding.DER)
        session.create_object({
            Attribute.CLASS: ObjectClass.CERTIFICATE, Attribute.CERTIFICATE_TYPE: 0,  # X.509
            Attribute.TOKEN: True, Attribute.LABEL: label, Attribute.VALUE: der,
            Attribute.SUBJECT: certificate.subject.public_bytes(),
        })
        return certificate
    except pkcs11.PKCS11Error as exc:
        raise PkiError(f"The key could not be made on token {token_label!r}: "
                       f"{type(exc).__name__}.") from exc
    finally:
        session.close()
