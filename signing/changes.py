"""What an update appended after a signature changed, named: the content of a page, its
annotations, the number of pages, the document information (Info) or the XMP metadata.

A signature covers the file as it was when signed (its revision); what is appended later is
not covered. Further signatures, their appearances, revocation data and document time stamps
are expected there; anything a reader sees or a program reads as the document's identity is
not. :func:`changes_after` compares the signed revision with the whole file and names what
differs, so a verification can say what was changed, not merely that something was. Used by
:func:`signing.verify_pdf`, beside pyHanko's difference analysis.
"""

from __future__ import annotations

import hashlib
import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import pikepdf

__all__ = ["changes_after"]

# What signing, time-stamping and adding revocation data rewrite, and nothing else may.
_INFO_MAINTENANCE = frozenset({"/ModDate", "/Producer"})
_XMP_MAINTENANCE = frozenset({
    "{http://ns.adobe.com/xap/1.0/}ModifyDate", "{http://ns.adobe.com/xap/1.0/}MetadataDate",
    "{http://ns.adobe.com/pdf/1.3/}Producer"})
_XMP_PREFIXES = {
    "http://purl.org/dc/elements/1.1/": "dc", "http://ns.adobe.com/xap/1.0/": "xmp",
    "http://ns.adobe.com/pdf/1.3/": "pdf", "http://www.aiim.org/pdfa/ns/id/": "pdfaid",
    "urn:sohoa:xmp:dossier:1.0/": "sohoa"}
_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_UNSAFE_XML = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)


def changes_after(data: bytes, signed_end: int) -> tuple[str, ...]:
    """Name what the bytes after ``signed_end`` (the end of a signature's revision) change.

    Each change is a phrase in Vietnamese with the English in parentheses, e.g. ``"nội dung
    trang 1 (the content of page 1)"`` or ``"siêu dữ liệu XMP: sohoa:ReceiptCode (the XMP
    metadata)"``. An empty tuple when nothing a reader sees or a program reads as the
    document's identity changed, or when the revisions cannot be read (pyHanko's own analysis
    then stands alone).
    """
    if signed_end >= len(data):
        return ()
    try:
        with pikepdf.open(io.BytesIO(data[:signed_end])) as old, \
                pikepdf.open(io.BytesIO(data)) as new:
            return tuple(_compare(old, new))
    except Exception:  # a revision pikepdf cannot read: leave it to pyHanko's analysis
        return ()


def _compare(old: pikepdf.Pdf, new: pikepdf.Pdf) -> Iterator[str]:
    if len(old.pages) != len(new.pages):
        yield (f"số trang: {len(old.pages)} thành {len(new.pages)} (the number of pages, "
               f"{len(old.pages)} to {len(new.pages)})")
    pairs = list(zip(old.pages, new.pages, strict=False))
    drawn = [n for n, (a, b) in enumerate(pairs, 1) if _content(a) != _content(b)]
    if drawn:
        pages = ", ".join(map(str, drawn))
        yield f"nội dung trang {pages} (the content of page {pages})"
    noted = [n for n, (a, b) in enumerate(pairs, 1) if _annotations(a) != _annotations(b)]
    if noted:
        pages = ", ".join(map(str, noted))
        yield f"chú thích trên trang {pages} (annotations on page {pages})"
    info = _differing(_info(old), _info(new), _INFO_MAINTENANCE)
    if info:
        yield f"thông tin tài liệu (Info): {', '.join(info)} (the document information)"
    xmp = _differing(_xmp(old), _xmp(new), _XMP_MAINTENANCE)
    if xmp:
        yield f"siêu dữ liệu XMP: {', '.join(_xmp_name(k) for k in xmp)} (the XMP metadata)"


def _differing(before: dict[str, str], after: dict[str, str], allowed: frozenset[str]
               ) -> list[str]:
    keys = (before.keys() | after.keys()) - allowed
    return sorted(k for k in keys if before.get(k) != after.get(k))


def _digest(stream: Any) -> str:
    try:
        return hashlib.sha256(stream.read_raw_bytes()).hexdigest()
    except Exception:  # not a stream
        return repr(stream)


def _content(page: pikepdf.Page) -> tuple[str, ...]:
    """The page's drawing: its content streams and the forms and images it draws, as
    digests, and its boxes and rotation."""
    obj = page.obj
    contents = obj.get("/Contents")
    streams = list(contents) if isinstance(contents, pikepdf.Array) else \
        [contents] if contents is not None else []
    parts = [_digest(s) for s in streams]
    xobjects = obj.get("/Resources", pikepdf.Dictionary()).get("/XObject", pikepdf.Dictionary())
    for name in sorted(xobjects.keys()):
        parts.append(f"{name}={_digest(xobjects[name])}")
    for box in ("/MediaBox", "/CropBox", "/Rotate"):
        parts.append(f"{box}={obj.get(box)!r}")
    return tuple(parts)


def _is_signature_widget(annot: pikepdf.Object) -> bool:
    field = annot
    for _ in range(8):  # the field may be the widget itself or a parent of it
        if field.get("/FT") == "/Sig":
            return True
        if "/Parent" not in field:
            return False
        field = field.Parent
    return False


def _annotations(page: pikepdf.Page) -> tuple[str, ...]:
    """The page's annotations other than signature widgets, as what they show and where."""
    shown = []
    for annot in page.obj.get("/Annots", pikepdf.Array()):
        if not isinstance(annot, pikepdf.Dictionary) or _is_signature_widget(annot):
            continue
        appearance = annot.get("/AP", pikepdf.Dictionary()).get("/N")
        shown.append("|".join((str(annot.get("/Subtype")), repr(annot.get("/Rect")),
                               str(annot.get("/Contents", "")), str(annot.get("/F", "")),
                               _digest(appearance) if appearance is not None else "")))
    return tuple(sorted(shown))


def _info(pdf: pikepdf.Pdf) -> dict[str, str]:
    try:
        return {str(k): str(v) for k, v in pdf.docinfo.items()}
    except Exception:  # no Info dictionary, or a damaged one
        return {}


def _xmp(pdf: pikepdf.Pdf) -> dict[str, str]:
    """The XMP properties, whether written as elements or as attributes of their
    description, keyed ``{namespace}name``."""
    stream = pdf.Root.get("/Metadata")
    if stream is None:
        return {}
    raw = stream.read_bytes()
    if _UNSAFE_XML.search(raw):
        return {"(metadata)": hashlib.sha256(raw).hexdigest()}
    try:
        root = ET.fromstring(raw.strip().replace(b"\x00", b""))
    except ET.ParseError:
        return {"(metadata)": hashlib.sha256(raw).hexdigest()}
    found: dict[str, str] = {}
    for description in root.iter(f"{_RDF}Description"):
        for key, value in description.attrib.items():
            if not key.startswith(_RDF):
                found.setdefault(key, value)
        for child in description:
            found.setdefault(child.tag, " ".join(t.strip() for t in child.itertext()
                                                 if t.strip()))
    return found


def _xmp_name(key: str) -> str:
    if key.startswith("{"):
        namespace, _, local = key[1:].partition("}")
        return f"{_XMP_PREFIXES.get(namespace, namespace)}:{local}"
    return key
