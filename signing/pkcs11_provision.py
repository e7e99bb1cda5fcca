"""Give a development token a signing key certified by the development CA.

For development and tests: :func:`provision_dev_token` makes a key pair inside a token (e.g.
SoftHSM2, Debian package ``softhsm2``) and has the development CA (:class:`signing.DevPki`)
certify it, so that :func:`signing.pkcs11.open_token_signer` can sign with it. It is importable
from :mod:`signing.pkcs11` too.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

import pkcs11
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from pkcs11 import Attribute, CertificateType, KeyType, MechanismFlag, ObjectClass
from pkcs11.util.ec import encode_ec_public_key, encode_named_curve_parameters

from sohoa.text import nfc, normalise_space

from ._pkcs11_objects import _attr, _certificates, _spki
from .errors import PkiError
from .pkcs11_session import _error_name, _find_token, _load_module, _open_session
from .pki import DevPki, _usable

__all__ = ["provision_dev_token"]

_CA_LABEL = "CA"
"""Label under which :func:`provision_dev_token` stores the development CA certificate."""


def provision_dev_token(
    pki: DevPki,
    module: Path | str,
    token_label: str,
    pin: str,
    name: str,
    *,
    key_label: str | None = None,
) -> x509.Certificate:
    """Give a (development) token a signing key certified by the development CA.

    Makes an EC P-256 key pair inside the token (sensitive, never extractable: the private key
    never leaves it), has the development CA certify its public key for ``name`` (``CN`` = the
    name, ``O`` = the PKI's organisation, key usage digitalSignature and nonRepudiation), and
    stores the certificate on the token under the key's label and id, with the CA certificate.
    Calling it again for the same label keeps the key, and reissues the certificate only if it
    is no longer usable (expired soon, or from another CA).

    Args:
        pki: The development PKI whose CA certifies the key.
        module: The token's PKCS#11 module.
        token_label: Label of an initialised token.
        pin: The token's user PIN.
        name: The person (or organisation) the certificate names.
        key_label: Label for the key and certificate; defaults to ``name``.

    Returns:
        The certificate stored on the token.

    Raises:
        PkiError: The token cannot be opened (see :func:`open_token_signer`), or the key or
            certificate cannot be made or stored on it.
    """
    name = normalise_space(nfc(name))
    if not name:
        raise PkiError("The name for the token's certificate is empty.")
    label = normalise_space(nfc(key_label)) if key_label else name
    lib = _load_module(module)
    token = _find_token(lib, Path(module), token_label)
    session, release = _open_session(lib, token, pin, rw=True)
    try:
        public_key, key_id = _key_pair(session, label, token_label)
        spki = _spki(public_key)
        current = [c for c in _certificates(session, {Attribute.LABEL: label})
                   if _spki(c[1].public_key()) == spki and _usable(c[1], pki.ca_cert)]
        if current:
            certificate = current[0][1]
        else:
            for obj, _ in _certificates(session, {Attribute.LABEL: label}):
                obj.destroy()  # certificates of an earlier key or CA under this label
            certificate = pki.issue(public_key, name)
            _store_certificate(session, certificate, label, key_id)
        if not any(c == pki.ca_cert for _, c in _certificates(session, {})):
            _store_certificate(session, pki.ca_cert, _CA_LABEL, None)
        return certificate
    except pkcs11.PKCS11Error as exc:
        raise PkiError(f"The key for {label!r} could not be made on token {token_label!r}: "
                       f"{_error_name(exc)}.") from exc
    finally:
        release()


def _key_pair(session: pkcs11.Session, label: str,
              token_label: str) -> tuple[ec.EllipticCurvePublicKey, bytes]:
    """The public key and id of the key pair labelled ``label``, made on the token if new."""
    privates = list(session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY,
                                         Attribute.LABEL: label}))
    if len(privates) > 1:
        raise PkiError(f"Token {token_label!r} already holds {len(privates)} keys labelled "
                       f"{label!r}; delete the extra ones.")
    if privates:
        key_id = bytes(_attr(privates[0], Attribute.ID) or b"")
        query: dict[Attribute, Any] = {Attribute.CLASS: ObjectClass.PUBLIC_KEY,
                                       Attribute.LABEL: label}
        if key_id:
            query[Attribute.ID] = key_id
        publics = list(session.get_objects(query))
        if len(publics) != 1:
            raise PkiError(f"Token {token_label!r} holds a key labelled {label!r} without its "
                           "public key; choose another label.")
        public_key = serialization.load_der_public_key(encode_ec_public_key(publics[0]))
        if not isinstance(public_key, ec.EllipticCurvePublicKey):
            raise PkiError(f"The key labelled {label!r} on token {token_label!r} is not an EC "
                           "key; choose another label.")
        return public_key, key_id
    params = session.create_domain_parameters(
        KeyType.EC, {Attribute.EC_PARAMS: encode_named_curve_parameters("secp256r1")},
        local=True)
    key_id = secrets.token_bytes(20)
    public, _private = params.generate_keypair(
        store=True, label=label, id=key_id,
        capabilities=MechanismFlag.SIGN | MechanismFlag.VERIFY,
        private_template={Attribute.SENSITIVE: True, Attribute.EXTRACTABLE: False,
                          Attribute.PRIVATE: True, Attribute.SIGN: True,
                          Attribute.DERIVE: False, Attribute.DECRYPT: False})
    public_key = serialization.load_der_public_key(encode_ec_public_key(public))
    assert isinstance(public_key, ec.EllipticCurvePublicKey)
    return public_key, key_id


def _store_certificate(session: pkcs11.Session, certificate: x509.Certificate, label: str,
                       key_id: bytes | None) -> None:
    template: dict[Attribute, Any] = {
        Attribute.CLASS: ObjectClass.CERTIFICATE,
        Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
        Attribute.TOKEN: True,
        Attribute.PRIVATE: False,
        Attribute.LABEL: label,
        Attribute.VALUE: certificate.public_bytes(serialization.Encoding.DER),
        Attribute.SUBJECT: certificate.subject.public_bytes(),
        Attribute.ISSUER: certificate.issuer.public_bytes(),
    }
    if key_id:
        template[Attribute.ID] = key_id
    session.create_object(template)
