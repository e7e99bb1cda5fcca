"""Objects on a PKCS#11 token: certificates, keys and the chain, for :mod:`signing.pkcs11`.

Finds the signing certificate and its private key, refuses a certificate that belongs to
another key, and collects the CA certificates stored on the token.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import pkcs11
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from pkcs11 import Attribute, KeyType, ObjectClass
from pkcs11.util.ec import encode_ec_public_key

from .errors import PkiError

__all__ = [
    "_attr",
    "_ca_chain",
    "_certificates",
    "_check_public_key",
    "_private_key",
    "_signing_certificate",
    "_spki",
]

logger = logging.getLogger("signing.pkcs11")  # the token messages keep their logger's name

_MAX_CHAIN = 8


def _signing_certificate(session: pkcs11.Session, token_label: str, key_label: str | None,
                         key_id: bytes | None, what: str) -> bytes:
    """The DER certificate for the key: the newest valid one if several match."""
    query: dict[Attribute, Any] = {}
    if key_label:
        query[Attribute.LABEL] = key_label
    if key_id is not None:
        query[Attribute.ID] = key_id
    found = _certificates(session, query)
    if not found:
        raise PkiError(f"Token {token_label!r} holds no certificate {what}. Check the label, "
                       "or have the certificate written to the token.")
    now = datetime.now(UTC)
    valid = [c for _, c in found if c.not_valid_before_utc <= now < c.not_valid_after_utc]
    if not valid:
        last = max(c.not_valid_after_utc for _, c in found)
        raise PkiError(f"The certificate {what} on token {token_label!r} is not valid now (it "
                       f"ran until {last:%Y-%m-%d}); have it renewed.")
    newest = max(valid, key=lambda c: c.not_valid_before_utc)
    return newest.public_bytes(serialization.Encoding.DER)


def _certificates(session: pkcs11.Session,
                  query: dict[Attribute, Any]) -> list[tuple[pkcs11.Object, x509.Certificate]]:
    """The X.509 certificates on the token matching ``query``; unreadable ones are skipped."""
    found = []
    for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE, **query}):
        try:
            found.append((obj, x509.load_der_x509_certificate(bytes(obj[Attribute.VALUE]))))
        except (ValueError, pkcs11.PKCS11Error):
            logger.debug("Skipping an unreadable certificate on the token.")
    return found


def _private_key(session: pkcs11.Session, token_label: str, key_label: str | None,
                 key_id: bytes | None, cert_der: bytes, what: str) -> pkcs11.Object:
    """The private key with the label (and/or id), else the one with the certificate's id."""
    query: dict[Attribute, Any] = {Attribute.CLASS: ObjectClass.PRIVATE_KEY}
    if key_label:
        query[Attribute.LABEL] = key_label
    if key_id is not None:
        query[Attribute.ID] = key_id
    keys = list(session.get_objects(query))
    if not keys and key_id is None:
        cert_ids = {bytes(_attr(o, Attribute.ID) or b"")
                    for o, c in _certificates(session, {Attribute.LABEL: key_label})
                    if c.public_bytes(serialization.Encoding.DER) == cert_der} - {b""}
        if len(cert_ids) == 1:
            keys = list(session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY,
                                             Attribute.ID: cert_ids.pop()}))
    if not keys:
        raise PkiError(f"Token {token_label!r} holds the certificate {what} but no private key "
                       "for it; the key may have been deleted, or it is on another token.")
    if len(keys) > 1:
        raise PkiError(f"Token {token_label!r} holds {len(keys)} private keys {what}; give the "
                       "key id as well.")
    key = keys[0]
    if _attr(key, Attribute.SIGN) is False:
        raise PkiError(f"The private key {what} on token {token_label!r} is not allowed to "
                       "sign.")
    return key


def _check_public_key(session: pkcs11.Session, certificate: x509.Certificate,
                      key_label: str | None, key_id: bytes | None, token_label: str,
                      what: str) -> None:
    """Refuse a certificate that belongs to another key, when the token shows the public key
    (private key objects do not carry it)."""
    query: dict[Attribute, Any] = {Attribute.CLASS: ObjectClass.PUBLIC_KEY}
    if key_id is not None:
        query[Attribute.ID] = key_id
    else:
        query[Attribute.LABEL] = key_label
    publics = list(session.get_objects(query))
    if len(publics) != 1:
        return
    try:
        spki = _public_key_spki(publics[0])
    except (pkcs11.PKCS11Error, ValueError, KeyError):
        return
    if spki is not None and spki != _spki(certificate.public_key()):
        raise PkiError(f"The certificate {what} on token {token_label!r} belongs to another "
                       "key; write the right certificate to the token.")


def _public_key_spki(obj: pkcs11.Object) -> bytes | None:
    key_type = obj[Attribute.KEY_TYPE]
    if key_type == KeyType.EC:
        return encode_ec_public_key(obj)
    if key_type == KeyType.RSA:
        return _rsa_spki(obj)
    return None


def _rsa_spki(obj: pkcs11.Object) -> bytes:
    numbers = rsa.RSAPublicNumbers(int.from_bytes(bytes(obj[Attribute.PUBLIC_EXPONENT]), "big"),
                                   int.from_bytes(bytes(obj[Attribute.MODULUS]), "big"))
    return _spki(numbers.public_key())


def _ca_chain(session: pkcs11.Session,
              cert: asn1_x509.Certificate) -> list[asn1_x509.Certificate]:
    """The certificates on the token that issued ``cert``, up to its root."""
    others = []
    for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
        try:
            others.append(asn1_x509.Certificate.load(bytes(obj[Attribute.VALUE])))
        except (ValueError, pkcs11.PKCS11Error):
            continue
    chain: list[asn1_x509.Certificate] = []
    seen = {cert.dump()}
    current = cert
    while len(chain) < _MAX_CHAIN and not current.self_issued:
        issuer = next((c for c in others
                       if c.subject == current.issuer and c.dump() not in seen), None)
        if issuer is None:
            break
        chain.append(issuer)
        seen.add(issuer.dump())
        current = issuer
    return chain


def _attr(obj: pkcs11.Object, attribute: Attribute) -> Any:
    """An attribute of a token object, ``None`` if the token does not have or show it."""
    try:
        return obj[attribute]
    except (pkcs11.AttributeTypeInvalid, pkcs11.AttributeSensitive, KeyError):
        return None


def _spki(public_key: Any) -> bytes:
    return bytes(public_key.public_bytes(serialization.Encoding.DER,
                                         serialization.PublicFormat.SubjectPublicKeyInfo))
