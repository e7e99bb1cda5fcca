"""The incremental writer every signature of sohoa is added with, so a PDF/A-2b stays one.

pyHanko, left to itself, does two things to a signed file that PDF/A-2 (ISO 19005-2, built on
PDF 1.7) does not allow:

- an ECDSA signer (P-256, P-384) makes it register the ISO 32002 extension and write
  ``/Version /2.0`` into the catalogue (``PdfSigner.register_extensions``); :class:`PdfWriter`
  never raises the version above the one the file had, and leaves out any developer extension
  whose base version is above it (ECDSA signatures are part of PAdES on PDF 1.7 already);
- every incremental update appends ``pyHanko <version>`` to ``/Producer`` in ``/Info`` but
  writes ``pyHanko <version>`` alone as ``pdf:Producer`` in the XMP packet, so the two differ.
  The producer pyHanko names is set once, for every writer of the process (also those pyHanko
  opens itself for the DSS and the document time stamps of B-LTA), to :data:`sohoa.pdfa.PRODUCER`,
  the producer the PDF/A files of sohoa already name: ``/Producer`` stays as it was and the XMP
  says the same. pyHanko writes the time of each update as the modification date in both.
"""

from __future__ import annotations

import io

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.extensions import DeveloperExtension
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.metadata import model as _metadata

from sohoa.pdfa import PRODUCER

__all__ = ["PdfWriter", "open_for_update"]

_metadata.VENDOR = PRODUCER


class PdfWriter(IncrementalPdfFileWriter):
    """An incremental writer that keeps the PDF version of the file it extends (PDF 1.7 for a
    PDF/A-2b) and registers no extension of a later PDF version."""

    def ensure_output_version(self, version: tuple[int, int]) -> None:
        """Raise the version only up to the one the file already has."""
        if version > self._kept_version():
            return
        super().ensure_output_version(version)

    def register_extension(self, ext: DeveloperExtension) -> None:
        """Register ``ext`` unless it extends a later PDF version than the file's."""
        base = _parse_version(str(ext.base_version))
        if base is not None and base > self._kept_version():
            return
        super().register_extension(ext)

    def _kept_version(self) -> tuple[int, int]:
        version = self.prev.input_version
        try:
            claimed = _parse_version(str(self.prev.root[generic.NameObject("/Version")]))
        except (KeyError, TypeError, ValueError):
            claimed = None
        if claimed is not None:
            version = max(version, claimed)
        return max(version, (1, 7))


def open_for_update(pdf: bytes) -> PdfWriter:
    """A :class:`PdfWriter` to add an incremental update to ``pdf``."""
    return PdfWriter(io.BytesIO(pdf))


def _parse_version(text: str) -> tuple[int, int] | None:
    major, _, minor = text.lstrip("/").partition(".")
    if not (major.isdigit() and minor.isdigit()):
        return None
    return int(major), int(minor)
