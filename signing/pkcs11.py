"""Signing with a key that never leaves a token: USB tokens and HSMs through PKCS#11.

Officers sign results with the key on their USB token; a centre may keep its key in an HSM.
:func:`open_token_signer` opens a session on the token (PKCS#11 module, token label, PIN) and
gives a signer :func:`signing.sign_pdf` accepts; close it when done (it is a context manager)::

    with open_token_signer("/usr/lib/softhsm/libsofthsm2.so", "can-bo-mot-cua", pin,
                           "Nguyễn Thị Lan") as signer:
        signed = sign_pdf(pdf, signer)

The private key is used on the token and is never read out. The certificate is the one stored
on the token under the key's label (or id); CA certificates stored on the token are sent along.

:func:`provision_dev_token` is for development and tests: it makes a key pair inside a token
(e.g. SoftHSM2, Debian package ``softhsm2``) and has the development CA certify it.

A token is logged in once per process, however many signers use it at a time: PKCS#11 logins
belong to the application, not to one session, and closing the session that logged in logs
every other session out. The first :func:`open_token_signer` logs in with the PIN; later ones
on the same token must give the same PIN; the token is logged out when the last one closes.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import pkcs11
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from pkcs11 import Attribute, CertificateType, KeyType, MechanismFlag, ObjectClass
from pkcs11.util.ec import encode_ec_public_key, encode_named_curve_parameters
from pyhanko.sign.pkcs11 import PKCS11Signer

from sohoa.text import nfc, normalise_space

from .errors import PkiError
from .pki import DevPki, _usable

__all__ = [
    "SOFTHSM_MODULE_PATTERNS",
    "TokenSigner",
    "find_softhsm_module",
    "open_token_signer",
    "provision_dev_token",
]

logger = logging.getLogger(__name__)

SOFTHSM_MODULE_PATTERNS: tuple[str, ...] = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/*/softhsm/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
)
"""Where SoftHSM2 puts its PKCS#11 module (Debian: package ``softhsm2``)."""

_CA_LABEL = "CA"
"""Label under which :func:`provision_dev_token` stores the development CA certificate."""
_MAX_CHAIN = 8


def find_softhsm_module() -> Path | None:
    """The SoftHSM2 PKCS#11 module installed on this machine, or ``None`` if there is none.

    Returns:
        The first existing file among :data:`SOFTHSM_MODULE_PATTERNS`.
    """
    root = Path("/")
    for pattern in SOFTHSM_MODULE_PATTERNS:
        for candidate in sorted(root.glob(pattern.lstrip("/"))):
            if candidate.is_file():
                return candidate
    return None


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


# --- modules, tokens and logins ---------------------------------------------------------------


@dataclass
class _Login:
    """One token logged in by this process."""

    holder: pkcs11.Session | None
    """The session that logged in (closing it logs out); ``None`` if other code did."""
    pin_digest: bytes
    users: int = 0


_LOGINS: dict[tuple[str, int], _Login] = {}
_LOGINS_LOCK = threading.Lock()
_PIN_KEY = secrets.token_bytes(32)


def _load_module(module: Path | str) -> pkcs11.lib:
    path = Path(module)
    if not path.is_file():
        raise PkiError(f"The PKCS#11 module {path} does not exist: install the token's driver "
                       "(for SoftHSM2: apt-get install softhsm2) or correct the path "
                       "(SOHOA_SIGNING__PKCS11_MODULE).")
    try:
        # one library per file: a symlink loaded under a second name would initialise it twice
        return pkcs11.lib(str(path.resolve()))
    except pkcs11.PKCS11Error as exc:
        raise PkiError(f"The PKCS#11 module {path} cannot be loaded: {exc}. Is it the token's "
                       "PKCS#11 driver? (For SoftHSM2 check SOFTHSM2_CONF.)") from exc


def _find_token(lib: pkcs11.lib, module: Path, token_label: str) -> pkcs11.Token:
    try:
        return lib.get_token(token_label=token_label)
    except pkcs11.NoSuchToken as exc:
        try:
            present = sorted(t.label for t in lib.get_tokens())
        except pkcs11.PKCS11Error:
            present = []
        seen = (f"tokens present: {', '.join(repr(p) for p in present)}" if present
                else "no token is present")
        raise PkiError(f"No token labelled {token_label!r} is present ({seen}; module "
                       f"{module}). Plug the token in or check its label.") from exc
    except pkcs11.MultipleTokensReturned as exc:
        raise PkiError(f"Several tokens are labelled {token_label!r}; plug in only the one to "
                       "sign with.") from exc
    except pkcs11.PKCS11Error as exc:
        raise PkiError(f"The tokens of PKCS#11 module {module} cannot be listed: "
                       f"{_error_name(exc)}.") from exc


def _open_session(
    lib: pkcs11.lib, token: pkcs11.Token, pin: str, *, rw: bool = False
) -> tuple[pkcs11.Session, Callable[[], None]]:
    """A session of its own on a logged-in token, and the function that closes it."""
    key = (str(lib.so), int(token.slot.slot_id))
    label = token.label
    with _LOGINS_LOCK:
        login = _LOGINS.get(key)
        if login is None:
            login = _Login(_log_in(token, pin), _pin_digest(pin))
        elif not hmac.compare_digest(login.pin_digest, _pin_digest(pin)):
            raise _wrong_pin(label)
        try:
            session = token.open(rw=rw)
        except pkcs11.PKCS11Error as exc:
            if login.users == 0:
                _close_quietly(login.holder)
                _LOGINS.pop(key, None)
            raise PkiError(f"Token {label!r} cannot be opened: {_error_name(exc)}.") from exc
        login.users += 1
        _LOGINS[key] = login

    def release() -> None:
        _close_quietly(session)
        with _LOGINS_LOCK:
            current = _LOGINS.get(key)
            if current is login:
                login.users -= 1
                if login.users <= 0:
                    del _LOGINS[key]
                    _close_quietly(login.holder)  # logs the token out

    return session, release


def _log_in(token: pkcs11.Token, pin: str) -> pkcs11.Session | None:
    label = token.label
    try:
        return token.open(user_pin=pin)
    except pkcs11.UserAlreadyLoggedIn:
        # other code of this process logged in (its login is shared); it owns the logout
        logger.info("Token %r is already logged in by this process.", label)
        return None
    except (pkcs11.PinIncorrect, pkcs11.PinLenRange, pkcs11.PinInvalid) as exc:
        raise _wrong_pin(label) from exc
    except pkcs11.PinLocked as exc:
        raise PkiError(f"Token {label!r} is locked after too many wrong PINs; its security "
                       "officer must unlock it.") from exc
    except pkcs11.PinExpired as exc:
        raise PkiError(f"The PIN of token {label!r} has expired; change it with the token's "
                       "own tool.") from exc
    except pkcs11.UserPinNotInitialized as exc:
        raise PkiError(f"Token {label!r} has no user PIN yet; initialise it first.") from exc
    except (pkcs11.TokenNotPresent, pkcs11.DeviceRemoved) as exc:
        raise PkiError(f"Token {label!r} was removed; plug it in again.") from exc
    except pkcs11.PKCS11Error as exc:
        raise PkiError(f"Token {label!r} cannot be opened: {_error_name(exc)}.") from exc


def _wrong_pin(label: str) -> PkiError:
    return PkiError(f"The PIN for token {label!r} is wrong. Type it again; after several wrong "
                    "PINs the token locks itself.")


def _pin_digest(pin: str) -> bytes:
    return hmac.new(_PIN_KEY, pin.encode("utf-8"), hashlib.sha256).digest()


def _close_quietly(session: pkcs11.Session | None) -> None:
    if session is None:
        return
    try:
        session.close()
    except pkcs11.PKCS11Error as exc:  # token pulled out, session already gone
        logger.debug("Closing a token session failed: %s", _error_name(exc))


# --- objects on the token ---------------------------------------------------------------------


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


# --- small helpers ----------------------------------------------------------------------------


def _attr(obj: pkcs11.Object, attribute: Attribute) -> Any:
    """An attribute of a token object, ``None`` if the token does not have or show it."""
    try:
        return obj[attribute]
    except (pkcs11.AttributeTypeInvalid, pkcs11.AttributeSensitive, KeyError):
        return None


def _describe(key_label: str | None, key_id: bytes | None) -> str:
    parts = []
    if key_label:
        parts.append(f"labelled {key_label!r}")
    if key_id is not None:
        parts.append(f"with id {key_id.hex()}")
    return " and ".join(parts)


def _spki(public_key: Any) -> bytes:
    return bytes(public_key.public_bytes(serialization.Encoding.DER,
                                         serialization.PublicFormat.SubjectPublicKeyInfo))


def _name_attr(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    attrs = name.get_attributes_for_oid(oid)
    if not attrs:
        return ""
    value = attrs[0].value
    return nfc(value if isinstance(value, str) else value.decode("utf-8", errors="replace"))


def _error_name(exc: BaseException) -> str:
    """A PKCS#11 error as a clerk can report it (the class name says what happened)."""
    text = str(exc).strip()
    return f"{type(exc).__name__} ({text})" if text else type(exc).__name__
