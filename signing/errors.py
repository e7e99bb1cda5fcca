"""Errors raised by the signing package.

Every error is a :class:`sohoa.errors.SohoaError`, so callers can store its ``code`` and show its
message. Library exceptions (pyHanko, cryptography) are translated where they happen.
"""

from __future__ import annotations

from sohoa.errors import InputDocumentError, SohoaError

__all__ = [
    "InvalidSignatureError",
    "NotSignedError",
    "PdfTooComplexError",
    "PkiError",
    "SigningError",
    "SigningKeyError",
    "UnreadablePdfError",
    "UnsignablePdfError",
]


class SigningError(SohoaError):
    """A document could not be signed."""

    code = "signing_failed"
    message = "The document could not be signed."


class PkiError(SigningError):
    """The signing keys or certificates could not be created, read or used."""

    code = "pki_failed"
    message = "The signing keys and certificates could not be created or loaded."


class SigningKeyError(PkiError):
    """A signing identity the settings name (a PKCS#12 file, a token, the seal on an HSM)
    cannot be used; the message names the setting and the reason, so nothing is signed with
    another key instead."""

    code = "signing_key_unusable"
    message = ("Không dùng được khóa ký số đã cấu hình (the configured signing key cannot be "
               "used).")


class UnsignablePdfError(SigningError, InputDocumentError):
    """The input given for signing is not a PDF that can be signed (corrupt, encrypted, empty)."""

    code = "unsignable_pdf"
    http_status = 422
    message = "The file is not a PDF that can be signed."


class UnreadablePdfError(InputDocumentError):
    """The input given for verification is not a PDF, or is too damaged to be read at all."""

    code = "unreadable_pdf"
    message = "The file is not a readable PDF."


class NotSignedError(InputDocumentError):
    """The PDF carries no digital signature where one is required."""

    code = "not_signed"
    message = "The PDF has no digital signature."


class InvalidSignatureError(InputDocumentError):
    """The PDF is signed, but its signature does not check out."""

    code = "invalid_signature"
    message = "The PDF's digital signature is not valid."


class PdfTooComplexError(InputDocumentError):
    """A PDF sent to be verified has more signature fields or objects than a verification
    reads."""

    code = "pdf_too_complex"
    http_status = 413
    message = "The PDF has more signature fields or objects than a verification reads."
