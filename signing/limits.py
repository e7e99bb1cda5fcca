"""How much of a PDF a verification is willing to read: a verification open to anyone must
not be made to spend minutes on a file built to be expensive (thousands of signature fields,
millions of objects). The file's structure is counted with qpdf before any signature is
checked."""

from __future__ import annotations

import io

import pikepdf

from signing.errors import PdfTooComplexError, UnreadablePdfError

__all__ = ["check_structure"]

_MAX_FIELD_DEPTH = 32


def check_structure(data: bytes, name: str, *, max_signature_fields: int, max_objects: int
                    ) -> None:
    """Refuse ``data`` when it has more than ``max_objects`` objects or more than
    ``max_signature_fields`` signature fields.

    Raises:
        PdfTooComplexError: over either limit.
        UnreadablePdfError: qpdf cannot open it (a password, or damage beyond repair).
    """
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            objects = len(pdf.objects)
            if objects > max_objects:
                raise PdfTooComplexError(
                    f"{name}: tệp có {objects} đối tượng, quá giới hạn {max_objects} của việc "
                    f"xác minh (the PDF has {objects} objects; a verification reads at most "
                    f"{max_objects})")
            form = pdf.Root.get("/AcroForm")
            fields = form.get("/Fields") if isinstance(form, pikepdf.Dictionary) else None
            found = _count_signatures(fields, max_signature_fields, 0, set())
    except pikepdf.PasswordError as exc:
        raise UnreadablePdfError(f"{name}: tệp PDF có mật khẩu (the PDF is encrypted)") from exc
    except pikepdf.PdfError:
        return  # damaged: the verification itself reports what it can still read
    if found > max_signature_fields:
        raise PdfTooComplexError(
            f"{name}: tệp có hơn {max_signature_fields} ô chữ ký, quá giới hạn của việc xác "
            f"minh (the PDF has more than {max_signature_fields} signature fields)")


def _count_signatures(fields: object, limit: int, depth: int, seen: set[tuple[int, int]]
                      ) -> int:
    """Signature fields in a field tree, counting no further than just past ``limit``."""
    if not isinstance(fields, pikepdf.Array) or depth > _MAX_FIELD_DEPTH:
        return 0
    found = 0
    for field in fields:
        if not isinstance(field, pikepdf.Dictionary):
            continue
        ref = field.objgen
        if ref != (0, 0):
            if ref in seen:
                continue
            seen.add(ref)
        if field.get("/FT") == pikepdf.Name.Sig:
            found += 1
        found += _count_signatures(field.get("/Kids"), limit - found, depth + 1, seen)
        if found > limit:
            break
    return found
