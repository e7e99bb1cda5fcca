"""PDF/A-2b for the searchable PDF: the output intent and the XMP packet in step with /Info.

What PDF/A-2b takes, and how sohoa writes it, lives in the kernel (:mod:`sohoa.pdfa`), since
the printouts of the archive (destruction certificates, retention reports) are finished the
same way; :mod:`ocr.pdf` calls :func:`apply_pdfa` on every searchable PDF it writes.
"""

from __future__ import annotations

from sohoa.pdfa import (
    OUTPUT_CONDITION,
    PRODUCER,
    XMP_NAMESPACE,
    XMP_PREFIX,
    PdfaMetadata,
    apply_pdfa,
    srgb_profile,
)

__all__ = [
    "OUTPUT_CONDITION",
    "PRODUCER",
    "XMP_NAMESPACE",
    "XMP_PREFIX",
    "PdfaMetadata",
    "apply_pdfa",
    "srgb_profile",
]
