"""What :mod:`signing.keys` checks of a configured signing identity, and how it names one.

A certificate from a real CA signs only while it is valid, is not a CA's, allows document
signatures (key usage digitalSignature or nonRepudiation) and, for a person, names that
person. :func:`identity_record` is what an archived record keeps of the identity that signed.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

from sohoa.text import fold, nfc, normalise_space

from .errors import SigningKeyError

__all__ = ["check_certificate", "identity_record", "load_certificates", "person_slug",
           "read_passphrases"]

logger = logging.getLogger("signing.keys")

_CLOCK_SKEW = timedelta(minutes=5)


def person_slug(name: str) -> str:
    """The file name stem of a person's PKCS#12 file: the name folded to ASCII, words joined
    by hyphens (``"Nguyễn Thị Lan"`` → ``"nguyen-thi-lan"``)."""
    return re.sub(r"[^a-z0-9]+", "-", fold(normalise_space(nfc(name)))).strip("-")


def check_certificate(cert: x509.Certificate, *, setting: str, what: str,
                      person: str | None = None, now: datetime | None = None) -> None:
    """Refuse a certificate that cannot sign documents now.

    Args:
        cert: The signing certificate.
        setting: The setting that names it, for the message.
        what: Where it was found (a file, a token and key label), for the message.
        person: The person who signs with it: the certificate's common name must be that
            name (compared without case and diacritics).
        now: The time to check at; default now.

    Raises:
        SigningKeyError: It is not yet valid or has expired, is a CA certificate, does not
            allow document signatures, or names someone else.
    """
    now = now or datetime.now(UTC)
    where = f"{what} ({setting})"
    if cert.not_valid_before_utc > now + _CLOCK_SKEW:
        raise SigningKeyError(
            f"Chứng thư số {where} chưa có hiệu lực, từ {cert.not_valid_before_utc:%Y-%m-%d} "
            f"(the certificate is not valid before {cert.not_valid_before_utc:%Y-%m-%d}).")
    if cert.not_valid_after_utc <= now:
        raise SigningKeyError(
            f"Chứng thư số {where} đã hết hạn ngày {cert.not_valid_after_utc:%Y-%m-%d}: xin "
            f"cấp chứng thư mới (the certificate expired on "
            f"{cert.not_valid_after_utc:%Y-%m-%d}; have a new one issued).")
    try:
        constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        constraints = None
    if constraints is not None and constraints.ca:
        raise SigningKeyError(
            f"Chứng thư số {where} là của tổ chức cấp chứng thư, không dùng để ký tài liệu "
            f"(it is a CA certificate, not one for signing documents).")
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None  # no key usage: the certificate is not restricted (RFC 5280, 4.2.1.3)
    if usage is not None and not (usage.digital_signature or usage.content_commitment):
        raise SigningKeyError(
            f"Chứng thư số {where} không cho phép ký số tài liệu: thiếu mục đích "
            f"digitalSignature hoặc nonRepudiation (the certificate's key usage allows "
            f"neither digitalSignature nor nonRepudiation).")
    if person is not None:
        holder = _common_name(cert)
        if _same_name(holder, person) is False:
            raise SigningKeyError(
                f"Chứng thư số {where} cấp cho {holder!r}, không phải {person!r}: mỗi người "
                f"ký bằng chứng thư của chính mình (the certificate names {holder!r}, not "
                f"{person!r}).")


def _same_name(holder: str, person: str) -> bool | None:
    """Whether the certificate's holder is the person; ``None`` when it names no one."""
    if not holder:
        return None
    return (normalise_space(fold(holder).replace("-", " "))
            == normalise_space(fold(person).replace("-", " ")))


def _common_name(cert: x509.Certificate) -> str:
    attrs = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    if not attrs:
        return ""
    value = attrs[0].value
    return normalise_space(nfc(value if isinstance(value, str)
                               else value.decode("utf-8", errors="replace")))


def identity_record(cert: x509.Certificate, *, kind: str, role: str, name: str,
                    **where: str) -> dict[str, Any]:
    """What an archived record keeps of the identity that signed: what kind of key
    (``dev``, ``pkcs12``, ``pkcs11``), in which role, the certificate's subject, issuer,
    serial number (hex), sha256 of its DER, and its end of validity; ``where`` adds the
    file name or token label it came from."""
    der = cert.public_bytes(serialization.Encoding.DER)
    record: dict[str, Any] = {
        "role": role, "name": nfc(name), "kind": kind,
        "subject": nfc(cert.subject.rfc4514_string()),
        "issuer": nfc(cert.issuer.rfc4514_string()),
        "serial": f"{cert.serial_number:x}",
        "sha256": hashlib.sha256(der).hexdigest(),
        "not_after": cert.not_valid_after_utc.isoformat(),
    }
    record.update({k: v for k, v in where.items() if v})
    return record


def read_passphrases(path: Path, setting: str) -> dict[str, str]:
    """The passphrases of the PKCS#12 files, from a JSON object ``{"<slug>": "<passphrase>"}``
    kept outside the repository and the data folder (mode 0600)."""
    try:
        mode = path.stat().st_mode
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise SigningKeyError(
            f"Không có tệp mật khẩu {path} ({setting}) (the passphrase file does not "
            f"exist).") from exc
    except OSError as exc:
        raise SigningKeyError(
            f"Không đọc được tệp mật khẩu {path} ({setting}): {exc.strerror or exc} (the "
            f"passphrase file cannot be read).") from exc
    except ValueError as exc:
        raise SigningKeyError(
            f"Tệp mật khẩu {path} ({setting}) không phải JSON dạng {{\"tên-người\": \"mật "
            f"khẩu\"}} (the passphrase file is not a JSON object of slug to passphrase)."
        ) from exc
    if not isinstance(raw, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                            for k, v in raw.items()):
        raise SigningKeyError(
            f"Tệp mật khẩu {path} ({setting}) phải là một đối tượng JSON {{\"tên-người\": "
            f"\"mật khẩu\"}} (the passphrase file must map each slug to a passphrase).")
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        logger.warning("The passphrase file %s can be read by others; chmod 600 it.", path)
    return dict(raw)


def load_certificates(paths: tuple[Path, ...], setting: str) -> list[x509.Certificate]:
    """The certificates of PEM or DER files (a PEM file may hold several)."""
    found: list[x509.Certificate] = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise SigningKeyError(
                f"Không đọc được chứng thư gốc {path} ({setting}): {exc.strerror or exc} (the "
                f"trust root cannot be read).") from exc
        try:
            found.extend(x509.load_pem_x509_certificates(data) if b"-----BEGIN" in data
                         else [x509.load_der_x509_certificate(data)])
        except ValueError as exc:
            raise SigningKeyError(
                f"Tệp {path} ({setting}) không phải chứng thư số PEM hay DER (not a PEM or DER "
                f"certificate).") from exc
    return found
