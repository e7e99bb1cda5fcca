"""PDF/A-2b for every PDF sohoa signs: an sRGB output intent and XMP metadata in step with /Info.

ISO 19005-2 level B asks that what a page shows is reproducible and that the document describes
itself. For the scans written by :mod:`ocr.pdf` and the printouts of the archive laid out by
fpdf2 (:mod:`archive.printout`: destruction certificates, retention reports, printed copies)
that takes:

- an output intent with an embedded ICC profile (sRGB, made in memory by LittleCMS through
  Pillow), which gives the device colour of the page (DeviceGray or DeviceRGB images and
  drawing) and of anything added later, such as the signature stamp, a defined meaning;
- an XMP metadata stream with the PDF/A identification (``pdfaid:part`` 2, ``pdfaid:conformance``
  B), the title, the author, the language, the producer and the dates, each equal to its
  counterpart in the document information dictionary;
- the dossier's receipt code (mã hồ sơ) and the document type as custom properties in the
  ``sohoa`` namespace (:data:`XMP_NAMESPACE`), declared in a PDF/A extension schema as the
  standard requires of any property outside the predefined schemas;
- a PDF 1.7 file (PDF/A-2 is built on ISO 32000-1) with a document ID in its trailer.

:func:`apply_pdfa` adds the first three to a document being built with pikepdf;
:func:`finish_pdfa` takes the bytes of a PDF another library wrote (its fonts embedded, nothing
transparent) and returns them as PDF/A-2b. Signing keeps all of it: :mod:`signing` adds each
signature as an incremental update that keeps PDF 1.7 and keeps ``/Producer`` equal in both
places.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from xml.sax.saxutils import escape

import pikepdf
from PIL import ImageCms

from sohoa.clock import VN_TZ, now_vn

__all__ = [
    "OUTPUT_CONDITION",
    "PRODUCER",
    "XMP_NAMESPACE",
    "XMP_PREFIX",
    "PdfaMetadata",
    "apply_pdfa",
    "claims_pdfa2",
    "finish_pdfa",
    "srgb_profile",
]

PRODUCER = "sohoa"
"""Written as ``/Producer`` and ``pdf:Producer`` (and ``/Creator``, ``xmp:CreatorTool``)."""

OUTPUT_CONDITION = "sRGB IEC61966-2.1"
"""The output condition the embedded ICC profile stands for."""

XMP_NAMESPACE = "urn:sohoa:xmp:dossier:1.0/"
"""Namespace of the custom XMP properties ``ReceiptCode`` and ``DocumentType``."""

XMP_PREFIX = "sohoa"
"""Prefix of :data:`XMP_NAMESPACE`, fixed by the extension schema."""

_PROPERTIES = (
    ("ReceiptCode", "Receipt code (mã hồ sơ) of the dossier the document belongs to"),
    ("DocumentType", "Type of the document, as the classification named it"),
)


@dataclass(frozen=True, slots=True)
class PdfaMetadata:
    """What the document says about itself, in the XMP packet and in ``/Info``."""

    title: str = ""
    author: str = ""
    """Who the document is from (``/Author``, ``dc:creator``); empty leaves it out."""
    subject: str = ""
    """What it is about (``/Subject``, ``dc:description``); empty leaves it out."""
    language: str = "vi"
    """RFC 3066 language tag of the text (``dc:language``); empty leaves it out."""
    receipt_code: str = ""
    doc_type: str = ""
    created: datetime | None = None
    """Creation and modification time; naive values are taken as Vietnam time."""


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    """Return an sRGB ICC profile made by LittleCMS (about 600 bytes, no file needed).

    LittleCMS labels its built-in profiles ICC 4.4; the header is set to 4.2 (ICC.1:2004-10,
    the version PDF 1.7 and so PDF/A-2 refer to), which the profile's contents also satisfy,
    and the optional profile ID, a digest over the header, is cleared to match.
    """
    data = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    data[8:12] = b"\x04\x20\x00\x00"
    data[84:100] = bytes(16)
    return bytes(data)


def apply_pdfa(pdf: pikepdf.Pdf, meta: PdfaMetadata) -> None:
    """Add the output intent, the XMP packet and the matching ``/Info`` entries to ``pdf``.

    Args:
        pdf: A document whose pages are already there; its ``/Info`` and ``/Metadata`` are
            replaced.
        meta: Title, language, receipt code, document type and time to record.
    """
    when = _vn_time(meta.created)
    profile = pikepdf.Stream(pdf, srgb_profile())
    profile.N = 3
    pdf.Root.OutputIntents = pikepdf.Array([
        pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent, S=pikepdf.Name.GTS_PDFA1,
            OutputConditionIdentifier=OUTPUT_CONDITION, Info=OUTPUT_CONDITION,
            RegistryName="http://www.color.org", DestOutputProfile=profile,
        ))
    ])
    info = pikepdf.Dictionary(
        Producer=PRODUCER, Creator=PRODUCER,
        CreationDate=_pdf_date(when), ModDate=_pdf_date(when),
    )
    if meta.title:
        info.Title = meta.title
    if meta.author:
        info.Author = meta.author
    if meta.subject:
        info.Subject = meta.subject
    pdf.trailer.Info = pdf.make_indirect(info)
    xmp = pikepdf.Stream(pdf, _xmp(meta, when).encode("utf-8"))
    xmp.Type = pikepdf.Name.Metadata
    xmp.Subtype = pikepdf.Name.XML
    pdf.Root.Metadata = pdf.make_indirect(xmp)


def finish_pdfa(pdf: bytes, meta: PdfaMetadata) -> bytes:
    """Return ``pdf``, written by another library, as PDF/A-2b: PDF 1.7, the output intent,
    the XMP packet and ``/Info`` of ``meta``, the language in the catalogue, a document ID.

    The pages are kept as they are: their fonts must be embedded and nothing on them
    transparent (fpdf2 with a TrueType font does both).

    Args:
        pdf: The document.
        meta: What it says about itself.

    Returns:
        The same pages, as a PDF/A-2b file (the same bytes for the same input).
    """
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        if meta.language:
            doc.Root.Lang = meta.language
        apply_pdfa(doc, meta)
        out = io.BytesIO()
        doc.save(out, deterministic_id=True, compress_streams=True, min_version="1.7")
        return out.getvalue()


def claims_pdfa2(pdf: bytes) -> bool:
    """Whether ``pdf`` says it is PDF/A-2 (``pdfaid:part`` 2 in its XMP packet); what it says,
    not what veraPDF would find. A file that cannot be read says nothing."""
    try:
        with pikepdf.open(io.BytesIO(pdf)) as doc:
            return str(doc.open_metadata().get("pdfaid:part", "")) == "2"
    except (pikepdf.PdfError, ValueError, OSError):
        return False


def _vn_time(when: datetime | None) -> datetime:
    if when is None:
        return now_vn()
    if when.tzinfo is None or when.utcoffset() is None:
        when = when.replace(tzinfo=VN_TZ)
    return when.replace(microsecond=0)


def _pdf_date(when: datetime) -> str:
    """``D:YYYYMMDDHHmmSS+HH'mm'``, the date format of PDF strings."""
    offset = when.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"D:{when:%Y%m%d%H%M%S}{sign}{hours:02d}'{mins:02d}'"


def _xmp(meta: PdfaMetadata, when: datetime) -> str:
    stamp = when.isoformat(timespec="seconds")
    fields = [
        "<dc:format>application/pdf</dc:format>",
        f"<xmp:CreateDate>{stamp}</xmp:CreateDate>",
        f"<xmp:ModifyDate>{stamp}</xmp:ModifyDate>",
        f"<xmp:MetadataDate>{stamp}</xmp:MetadataDate>",
        f"<xmp:CreatorTool>{PRODUCER}</xmp:CreatorTool>",
        f"<pdf:Producer>{PRODUCER}</pdf:Producer>",
        "<pdfaid:part>2</pdfaid:part>",
        "<pdfaid:conformance>B</pdfaid:conformance>",
    ]
    if meta.title:
        fields.append(
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"
            f"{escape(meta.title)}</rdf:li></rdf:Alt></dc:title>"
        )
    if meta.author:
        fields.append(
            f"<dc:creator><rdf:Seq><rdf:li>{escape(meta.author)}</rdf:li></rdf:Seq></dc:creator>"
        )
    if meta.subject:
        fields.append(
            "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">"
            f"{escape(meta.subject)}</rdf:li></rdf:Alt></dc:description>"
        )
    if meta.language:
        fields.append(
            f"<dc:language><rdf:Bag><rdf:li>{escape(meta.language)}</rdf:li></rdf:Bag></dc:language>"
        )
    if meta.receipt_code:
        fields.append(f"<{XMP_PREFIX}:ReceiptCode>{escape(meta.receipt_code)}"
                      f"</{XMP_PREFIX}:ReceiptCode>")
    if meta.doc_type:
        fields.append(f"<{XMP_PREFIX}:DocumentType>{escape(meta.doc_type)}"
                      f"</{XMP_PREFIX}:DocumentType>")
    properties = "".join(
        "<rdf:li rdf:parseType=\"Resource\">"
        f"<pdfaProperty:name>{name}</pdfaProperty:name>"
        "<pdfaProperty:valueType>Text</pdfaProperty:valueType>"
        "<pdfaProperty:category>external</pdfaProperty:category>"
        f"<pdfaProperty:description>{escape(text)}</pdfaProperty:description>"
        "</rdf:li>"
        for name, text in _PROPERTIES
    )
    fields.append(
        "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
        "<pdfaSchema:schema>sohoa dossier properties</pdfaSchema:schema>"
        f"<pdfaSchema:namespaceURI>{XMP_NAMESPACE}</pdfaSchema:namespaceURI>"
        f"<pdfaSchema:prefix>{XMP_PREFIX}</pdfaSchema:prefix>"
        f"<pdfaSchema:property><rdf:Seq>{properties}</rdf:Seq></pdfaSchema:property>"
        "</rdf:li></rdf:Bag></pdfaExtension:schemas>"
    )
    body = "\n   ".join(fields)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about=""\n'
        '    xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '    xmlns:xmp="http://ns.adobe.com/xap/1.0/"\n'
        '    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"\n'
        '    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"\n'
        '    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"\n'
        '    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"\n'
        '    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#"\n'
        f'    xmlns:{XMP_PREFIX}="{XMP_NAMESPACE}">\n'
        f"   {body}\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        # room for editors to update the packet in place, as XMP recommends
        + (" " * 99 + "\n") * 20
        + '<?xpacket end="w"?>'
    )
