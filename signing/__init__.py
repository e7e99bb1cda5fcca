"""Digital signatures on digitised documents: a development PKI, PAdES signing, verification.

Circular 01/2023/TT-VPCP (Art. 8) asks that every digitised paper document be signed by the
person who digitised it. Typical use::

    pki = DevPki.ensure(data_dir / "pki")
    signed = sign_pdf(pdf_bytes, pki.clerk_signer("Nguyễn Thị Lan"))
    report = verify_pdf(signed, trust_roots=[pki.ca_cert_path])
    report.valid, report.bottom_line

:class:`DevPki` is a development PKI made on the machine at first run; a real deployment
configures the organisation's own CA and keys instead. Keys on a USB token or HSM sign through
PKCS#11: ``with open_token_signer(module, token_label, pin, key_label) as signer: ...``.
"""

from __future__ import annotations

from . import _asn1_encoding
from .errors import (
    InvalidSignatureError,
    NotSignedError,
    PkiError,
    SigningError,
    UnreadablePdfError,
    UnsignablePdfError,
)
from .ltv import LEVELS, SigningProfile, signing_profile
from .pkcs11 import TokenSigner, find_softhsm_module, open_token_signer, provision_dev_token
from .pki import DEFAULT_ORGANISATION, ClerkSigner, DevPki, SigningIdentity, signer_slug
from .sign import (
    DEFAULT_FIELD_NAME,
    DEFAULT_REASON,
    FONT_CANDIDATES,
    VN_TZ,
    find_stamp_font,
    sign_pdf,
    stamp_rect,
)
from .verify import SignatureCheck, VerificationReport, verify_pdf

_asn1_encoding.apply()

__all__ = [
    "DEFAULT_FIELD_NAME",
    "DEFAULT_ORGANISATION",
    "DEFAULT_REASON",
    "FONT_CANDIDATES",
    "LEVELS",
    "VN_TZ",
    "ClerkSigner",
    "DevPki",
    "InvalidSignatureError",
    "NotSignedError",
    "PkiError",
    "SignatureCheck",
    "SigningError",
    "SigningIdentity",
    "SigningProfile",
    "TokenSigner",
    "UnreadablePdfError",
    "UnsignablePdfError",
    "VerificationReport",
    "find_softhsm_module",
    "find_stamp_font",
    "open_token_signer",
    "provision_dev_token",
    "sign_pdf",
    "signer_slug",
    "signing_profile",
    "stamp_rect",
    "verify_pdf",
]
