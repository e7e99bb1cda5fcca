"""ALTO XML of a recognised page."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ocr import PageText, Word
from ocr.alto import ALTO_NAMESPACE, page_alto

NS = {"a": ALTO_NAMESPACE}


def _page() -> PageText:
    words = (
        Word("ỦY", 100, 100, 60, 40, 96.0, 0), Word("BAN", 170, 100, 90, 40, 91.0, 0),
        Word("CỘNG", 1300, 100, 120, 40, 88.0, 1), Word("HÒA", 1430, 100, 100, 40, 40.0, 1),
        Word("Điều", 100, 600, 100, 40, 99.0, 2), Word("1.", 210, 600, 40, 40, 99.0, 2),
        Word("Cấp", 100, 660, 90, 40, 97.0, 3),
    )
    return PageText("tesseract", "5.3.0", "vie", 2480, 3508, 300.0, words)


def test_alto_holds_every_word_with_its_box_and_confidence() -> None:
    text = _page()
    root = ET.fromstring(page_alto(text, "pages/page-002.jpg", page_number=2))
    assert root.tag == f"{{{ALTO_NAMESPACE}}}alto"
    assert root.findtext("a:Description/a:MeasurementUnit", namespaces=NS) == "pixel"
    assert root.findtext("a:Description/a:sourceImageInformation/a:fileName",
                         namespaces=NS) == "pages/page-002.jpg"
    page = root.find("a:Layout/a:Page", NS)
    assert page is not None and (page.get("WIDTH"), page.get("HEIGHT")) == ("2480", "3508")
    strings = root.findall(".//a:String", NS)
    assert [s.get("CONTENT") for s in strings] == [w.text for w in text.words]
    hoa = strings[3]
    assert (hoa.get("HPOS"), hoa.get("VPOS"), hoa.get("WIDTH"), hoa.get("HEIGHT")) == (
        "1430", "100", "100", "40")
    assert hoa.get("WC") == "0.40"
    lines = [" ".join(s.get("CONTENT") or "" for s in line.findall("a:String", NS))
             for line in root.findall(".//a:TextLine", NS)]
    assert "\n".join(lines) == text.text


def test_alto_blocks_follow_columns_and_paragraphs() -> None:
    root = ET.fromstring(page_alto(_page(), "p.jpg"))
    blocks = root.findall(".//a:TextBlock", NS)
    # the left header, the right header (another column), the body after a large gap
    assert [len(b.findall("a:TextLine", NS)) for b in blocks] == [1, 1, 2]
    assert all(b.get("LANG") == "vi" for b in blocks)


def test_alto_of_a_page_without_words_is_still_valid() -> None:
    empty = PageText("null", "0", "vie", 100, 200, 300.0)
    root = ET.fromstring(page_alto(empty, "p.png"))
    assert root.find(".//a:PrintSpace", NS) is not None
    assert root.findall(".//a:String", NS) == []
