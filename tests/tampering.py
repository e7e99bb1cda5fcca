"""Changes made to a signed PDF after it was signed, each as an incremental update (the signed
bytes stay as they were, so the signature itself still checks out): what someone might do to
pass a signed document off as saying something else."""

from __future__ import annotations

import io
import re
from collections.abc import Callable

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.metadata.xmp_xml import MetadataStream

FORGED_CODE = "000.00.12.H19-990101-0001"
FORGED_TITLE = "Quyết định công nhận — bản giả"


def _update(signed: bytes, change: Callable[[IncrementalPdfFileWriter], None]) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def draw_over_page(signed: bytes) -> bytes:
    """Words drawn over page 1 ("ĐÃ DUYỆT" as an approval would read)."""
    def change(writer: IncrementalPdfFileWriter) -> None:
        forged = generic.StreamObject(stream_data=b"BT /F1 40 Tf 100 400 Td (DA DUYET) Tj ET")
        writer.add_stream_to_page(0, writer.add_object(forged))
    return _update(signed, change)


def add_annotation(signed: bytes) -> bytes:
    """A free-text annotation on page 1 that prints over the page."""
    def change(writer: IncrementalPdfFileWriter) -> None:
        page_ref = writer.root["/Pages"]["/Kids"].raw_get(0)
        page = page_ref.get_object()
        note = writer.add_object(generic.DictionaryObject({
            generic.NameObject("/Type"): generic.NameObject("/Annot"),
            generic.NameObject("/Subtype"): generic.NameObject("/FreeText"),
            generic.NameObject("/Rect"): generic.ArrayObject(
                [generic.NumberObject(n) for n in (100, 500, 400, 540)]),
            generic.NameObject("/Contents"): generic.TextStringObject("ĐÃ DUYỆT"),
            generic.NameObject("/DA"): generic.TextStringObject("/Helv 20 Tf 0 g"),
            generic.NameObject("/F"): generic.NumberObject(4),
        }))
        annots = page.get("/Annots")
        if annots is None:
            page[generic.NameObject("/Annots")] = generic.ArrayObject([note])
        else:
            annots = annots.get_object()
            annots.append(note)
            if isinstance(page.raw_get("/Annots"), generic.IndirectObject):
                writer.mark_update(page.raw_get("/Annots"))
        writer.mark_update(page_ref)
    return _update(signed, change)


def change_info_title(signed: bytes) -> bytes:
    """The document information dictionary's /Title replaced."""
    def change(writer: IncrementalPdfFileWriter) -> None:
        old = writer.prev.trailer_view.get("/Info")
        info = generic.DictionaryObject(dict(old.get_object()) if old is not None else {})
        info[generic.NameObject("/Title")] = generic.TextStringObject(FORGED_TITLE)
        writer.set_info(info)
    return _update(signed, change)


def change_xmp_receipt_code(signed: bytes) -> bytes:
    """The XMP metadata's receipt code (sohoa:ReceiptCode) replaced."""
    def change(writer: IncrementalPdfFileWriter) -> None:
        stream = writer.root["/Metadata"]
        xmp = stream.data.decode("utf-8")
        # an element (as sohoa writes it) or an attribute (as pyHanko rewrites it when signing)
        forged = re.sub(r"(ReceiptCode>)[^<]*(<)|(ReceiptCode=\")[^\"]*(\")",
                        lambda m: f"{m[1] or m[3]}{FORGED_CODE}{m[2] or m[4]}", xmp)
        assert forged != xmp, "the XMP carries no receipt code"
        # pyHanko's own metadata stream, so that its writer merges into it rather than
        # replacing it with a fresh one
        new = MetadataStream(stream_data=forged.encode("utf-8"))
        writer.root[generic.NameObject("/Metadata")] = writer.add_object(new)
        writer.update_root()
    return _update(signed, change)


def change_xmp_and_info(signed: bytes) -> bytes:
    """Both: the receipt code in the XMP and the title in the Info dictionary."""
    return change_info_title(change_xmp_receipt_code(signed))


TAMPERINGS: dict[str, Callable[[bytes], bytes]] = {
    "page": draw_over_page,
    "annotation": add_annotation,
    "info": change_info_title,
    "xmp": change_xmp_receipt_code,
    "xmp+info": change_xmp_and_info,
}
"""Each way of changing a signed PDF, by the name of what it changes."""
