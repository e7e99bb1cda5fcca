"""Signing a department's results and certified copies, with the appearances of Decree 30.

:func:`sign_result` signs an issued result twice, each an incremental update that keeps the
earlier signature valid: the person with authority (their signature image between their title
and name), then the organisation (its seal at true size over the left third of the signature).
:func:`certify_copy` signs an organisation's certified electronic copy (SAO Y) with the text
stamp at the top right of page 1.
"""

from __future__ import annotations

from pathlib import Path

from .appearance import CopyAppearance, ImageAppearance, seal_box, signer_block
from .ltv import SigningProfile
from .pki import ClerkSigner
from .sign import DEFAULT_FIELD_NAME, sign_pdf

__all__ = ["OFFICER_FIELD", "ORGANISATION_FIELD", "certify_copy", "sign_result", "signer_role"]

OFFICER_FIELD = "NguoiCoThamQuyen"
ORGANISATION_FIELD = "CoQuanBanHanh"
COPY_FIELD = "BanSaoDienTu"
_ROLES = {OFFICER_FIELD: "officer", ORGANISATION_FIELD: "organisation",
          COPY_FIELD: "organisation", DEFAULT_FIELD_NAME: "digitiser"}


def signer_role(field_name: str) -> str:
    """In what capacity a signature field of sohoa's was signed: ``officer`` (the person
    with authority, on a result), ``organisation`` (its seal, on a result or a certified
    copy), ``digitiser`` (the clerk who digitised a paper); ``""`` for a field sohoa did not
    name."""
    return _ROLES.get(field_name, "")


def sign_result(
    pdf: bytes, officer: ClerkSigner, organisation: ClerkSigner, *, signature_image: Path,
    seal_image: Path, seal_mm: float = 36.0, profile: SigningProfile | None = None,
) -> bytes:
    """Sign an issued result: the officer's signature image where their name is printed, then
    the organisation's seal (``seal_mm`` across, its true size) over its left third."""
    page, box = signer_block(pdf, officer.name)
    first = sign_pdf(pdf, officer, field_name=OFFICER_FIELD, reason="Ký ban hành",
                     appearance=ImageAppearance(signature_image, page, box), profile=profile)
    return sign_pdf(first, organisation, field_name=ORGANISATION_FIELD,
                    reason="Xác thực của cơ quan, tổ chức ban hành",
                    appearance=ImageAppearance(seal_image, page, seal_box(box, seal_mm)),
                    profile=profile)


def certify_copy(
    pdf: bytes, organisation: ClerkSigner, *, organisation_name: str, form: str = "SAO Y",
    profile: SigningProfile | None = None, font: Path | None = None,
) -> bytes:
    """Sign a certified electronic copy with the text stamp of Decree 30 (top right, page 1)."""
    return sign_pdf(pdf, organisation, field_name=COPY_FIELD, reason=f"{form} bản điện tử",
                    appearance=CopyAppearance(form, organisation_name, font), profile=profile)
