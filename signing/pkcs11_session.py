"""PKCS#11 modules, tokens and the logins of this process, for :mod:`signing.pkcs11`.

A module (the token's driver) is loaded once per file; a token is found by its label. A token is
logged in once per process, however many signers use it at a time: PKCS#11 logins belong to the
application, not to one session, and closing the session that logged in logs every other
session out. :func:`_open_session` gives each user a session of its own and logs the token out
when the last one is released.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pkcs11

from .errors import PkiError

__all__ = ["SOFTHSM_MODULE_PATTERNS", "find_softhsm_module"]

logger = logging.getLogger("signing.pkcs11")  # the token messages keep their logger's name

SOFTHSM_MODULE_PATTERNS: tuple[str, ...] = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/*/softhsm/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
)
"""Where SoftHSM2 puts its PKCS#11 module (Debian: package ``softhsm2``)."""


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


def _error_name(exc: BaseException) -> str:
    """A PKCS#11 error as a clerk can report it (the class name says what happened)."""
    text = str(exc).strip()
    return f"{type(exc).__name__} ({text})" if text else type(exc).__name__
