"""ALTO XML (v4) of a recognised page: the archival record of what OCR read and where.

One ``alto.xml`` per page sits beside the page image in the archival package, so the text, its
position and its confidence stay readable by other tools (viewers, re-indexers, the archive's
successors) without sohoa. Coordinates are pixels of the upright page image the PDF shows.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ocr.layout import line_box, text_blocks
from ocr.types import PageText, Word

__all__ = ["ALTO_NAMESPACE", "language_tag", "page_alto"]

ALTO_NAMESPACE = "http://www.loc.gov/standards/alto/ns-v4#"
_SCHEMA = "http://www.loc.gov/standards/alto/v4/alto-4-4.xsd"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"


def _box(el: ET.Element, left: int, top: int, width: int, height: int) -> None:
    el.set("HPOS", str(left))
    el.set("VPOS", str(top))
    el.set("WIDTH", str(width))
    el.set("HEIGHT", str(height))


_TAGS = {"vie": "vi", "vietnamese": "vi", "eng": "en", "chi_sim": "zh-Hans",
         "chi_tra": "zh-Hant", "jpn": "ja", "fra": "fr"}


def language_tag(models: str) -> str:
    """The language tag (BCP 47, as ALTO's ``LANG`` wants) of the first of an engine's models:
    ``vie+Vietnamese`` is ``vi``."""
    first = models.split("+")[0]
    return _TAGS.get(first.lower(), first)


def page_alto(text: PageText, image_name: str, *, page_number: int = 1) -> bytes:
    """Return the ALTO XML of one page: blocks, lines and words with boxes and confidences."""
    ET.register_namespace("", ALTO_NAMESPACE)
    ns = f"{{{ALTO_NAMESPACE}}}"
    root = ET.Element(f"{ns}alto")
    root.set(f"{{{_XSI}}}schemaLocation", f"{ALTO_NAMESPACE} {_SCHEMA}")
    description = ET.SubElement(root, f"{ns}Description")
    ET.SubElement(description, f"{ns}MeasurementUnit").text = "pixel"
    source = ET.SubElement(description, f"{ns}sourceImageInformation")
    ET.SubElement(source, f"{ns}fileName").text = image_name
    processing = ET.SubElement(description, f"{ns}OCRProcessing", ID="ocr")
    step = ET.SubElement(processing, f"{ns}ocrProcessingStep")
    ET.SubElement(step, f"{ns}processingStepSettings").text = (
        f"language={text.language}; dpi={text.dpi:g}")
    software = ET.SubElement(step, f"{ns}processingSoftware")
    ET.SubElement(software, f"{ns}softwareName").text = text.engine
    ET.SubElement(software, f"{ns}softwareVersion").text = text.engine_version

    layout = ET.SubElement(root, f"{ns}Layout")
    page = ET.SubElement(layout, f"{ns}Page", ID=f"p{page_number}",
                         PHYSICAL_IMG_NR=str(page_number), WIDTH=str(text.width),
                         HEIGHT=str(text.height))
    space = ET.SubElement(page, f"{ns}PrintSpace")
    _box(space, 0, 0, text.width, text.height)

    lines: list[list[Word]] = []
    for word in text.words:
        if not lines or lines[-1][-1].line != word.line:
            lines.append([])
        lines[-1].append(word)
    n_line = n_word = 0
    for b, block in enumerate(text_blocks(lines), start=1):
        block_el = ET.SubElement(space, f"{ns}TextBlock", ID=f"p{page_number}_b{b}")
        block_el.set("LANG", language_tag(text.language))
        _box(block_el, *line_box([w for line in block for w in line]))
        for line in block:
            n_line += 1
            line_el = ET.SubElement(block_el, f"{ns}TextLine", ID=f"p{page_number}_l{n_line}")
            _box(line_el, *line_box(line))
            for i, word in enumerate(line):
                if i:
                    ET.SubElement(line_el, f"{ns}SP")
                n_word += 1
                string = ET.SubElement(line_el, f"{ns}String", ID=f"p{page_number}_w{n_word}")
                _box(string, word.left, word.top, word.width, word.height)
                string.set("CONTENT", word.text)
                string.set("WC", f"{max(0.0, min(100.0, word.conf)) / 100:.2f}")
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
