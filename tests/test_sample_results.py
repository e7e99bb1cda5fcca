"""The sample results (``samples/results``, truth in ``samples/results/truth.json``): generated
again they read and look the same; every truth field is printed in them; sohoa finds each officer's
printed name, where the signature goes; and their titles classify as their document types."""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pypdfium2 as pdfium
import pytest

from classify import load_rules
from signing.appearance import signer_block
from sohoa.text import fold, normalise_space
from tests.conftest import SAMPLES

MM = 72 / 25.4


@pytest.fixture(scope="module")
def generate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("samples_generate", SAMPLES / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def truth() -> dict[str, Any]:
    return json.loads((SAMPLES / "results" / "truth.json").read_text(encoding="utf-8"))


def _dossiers() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8"))
            for p in sorted((SAMPLES / "truth").glob("*.json"))]


def _pdf_text(path: Path) -> str:
    doc = pdfium.PdfDocument(path)
    try:
        texts = []
        for page in doc:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
        return "\n".join(texts)
    finally:
        doc.close()


def _folded(text: str) -> str:
    return normalise_space(fold(text))


def _electronic(truth: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in truth["results"] if e["form"] == "electronic"]


def _pages(path: Path) -> list[tuple[str, bytes]]:
    """Each page's text and its rendering at 72 dpi (grey levels)."""
    doc = pdfium.PdfDocument(path)
    try:
        out = []
        for page in doc:
            textpage = page.get_textpage()
            out.append((textpage.get_text_range(),
                        page.render(scale=1).to_pil().convert("L").tobytes()))
            textpage.close()
        return out
    finally:
        doc.close()


def test_regenerated_results_are_the_same(generate: ModuleType, truth: dict[str, Any],
                                          tmp_path: Path) -> None:
    """Generated again, the truth is identical and every page reads and looks the same. A PDF
    need not be byte-identical: the font subset fonttools writes changes between its
    versions."""
    again = generate.build_results(tmp_path, _dossiers())
    assert again == truth
    written = sorted(p.relative_to(tmp_path) for p in (tmp_path / "results").rglob("*")
                     if p.is_file())
    stored = sorted(p.relative_to(SAMPLES) for p in (SAMPLES / "results").rglob("*")
                    if p.is_file() and p.name != "truth.json")
    assert written == stored
    for rel in written:
        if rel.suffix == ".pdf":
            assert _pages(tmp_path / rel) == _pages(SAMPLES / rel), rel
        else:
            assert (tmp_path / rel).read_bytes() == (SAMPLES / rel).read_bytes(), rel


def test_results_belong_to_their_dossiers(truth: dict[str, Any]) -> None:
    dossiers = {t["receipt_code"]: t for t in _dossiers()}
    entries = truth["results"]
    for e in entries:
        code = e["receipt_code"]
        assert code in dossiers
        assert e["agency"] == code.split("-")[0]
        assert e["file"].startswith(f"results/{code}/")
        received = datetime.strptime(code.split("-")[1], "%y%m%d").date()
        assert date.fromisoformat(e["fields"]["ngay_ban_hanh"]) > received
        assert e["fields"]["nguoi_ky"] == e["officer"]
    assert {e["doc_type"] for e in entries} >= {"quyet_dinh", "giay_chung_nhan_qsdd",
                                                 "trich_luc_ho_tich"}
    assert {e["form"] for e in entries} == {"electronic", "scanned_paper"}
    assert len({e["agency"] for e in entries}) >= 2
    assert sum(e["agency"] == "000.00.12.H19" for e in entries) >= 2


def _assert_fields_printed(entry: dict[str, Any], text: str) -> None:
    folded = _folded(text)
    for key, value in entry["fields"].items():
        if key == "ngay_ban_hanh":
            d = date.fromisoformat(value)
            month = f"{d.month:02d}" if d.month < 3 else str(d.month)
            forms = [f"ngày {d.day:02d} tháng {month} năm {d.year}", f"{d:%d/%m/%Y}"]
            assert any(_folded(f) in folded for f in forms), (entry["file"], key, value)
        else:
            assert _folded(value) in folded, (entry["file"], key, value)


def test_every_truth_field_is_in_the_pdf_text(truth: dict[str, Any]) -> None:
    for entry in _electronic(truth):
        text = _pdf_text(SAMPLES / entry["file"])
        _assert_fields_printed(entry, text)
        assert _folded(entry["title"]) in _folded(text)


def test_the_scanned_result_is_an_image_and_its_truth_text_holds_the_fields(
    truth: dict[str, Any]
) -> None:
    scanned = [e for e in truth["results"] if e["form"] == "scanned_paper"]
    assert scanned
    for entry in scanned:
        path = SAMPLES / entry["file"]
        assert _pdf_text(path).strip() == ""  # a scan: no text layer
        doc = pdfium.PdfDocument(path)
        try:
            assert len(doc) == 1
            image = next(doc[0].get_objects(filter=(pdfium.raw.FPDF_PAGEOBJ_IMAGE,)))
            width, height = image.get_px_size()
            assert (width, height) == (2480, 3508)  # A4 at 300 dpi
        finally:
            doc.close()
        _assert_fields_printed(entry, entry["text"])


def test_signer_block_finds_each_officer_between_title_and_name(truth: dict[str, Any]) -> None:
    for entry in _electronic(truth):
        pdf = (SAMPLES / entry["file"]).read_bytes()
        page, (x0, y0, _, y1) = signer_block(pdf, entry["officer"])
        assert page == 0
        # nothing printed in the default 24 mm above the name: the box is its full height
        assert y1 - y0 >= 20 * MM, (entry["file"], y1 - y0)
        assert x0 > 100 * MM, entry["file"]  # the right-hand signature block
        assert (SAMPLES / entry["signature_image"]).is_file()
        assert (SAMPLES / entry["seal_image"]).is_file()


def test_result_titles_classify_as_their_types(truth: dict[str, Any]) -> None:
    rules = load_rules()
    for entry in truth["results"]:
        assert rules.classify_page(entry["title"]).doc_type == entry["doc_type"], entry["title"]
        text = entry.get("text") or _pdf_text(SAMPLES / entry["file"])
        assert rules.classify_page(text).doc_type == entry["doc_type"], entry["file"]


def test_civil_status_extracts_classify_as_trich_luc_ho_tich() -> None:
    rules = load_rules()
    for title in ("TRÍCH LỤC KHAI SINH", "TRÍCH LỤC KẾT HÔN\n(BẢN SAO)",
                  "BẢN SAO TRÍCH LỤC KHAI TỬ"):
        assert rules.classify_page(title).doc_type == "trich_luc_ho_tich", title
    # the application for a copy names the extract, but is an application
    form = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỜ KHAI CẤP BẢN SAO TRÍCH LỤC HỘ TỊCH"
    assert rules.classify_page(form).doc_type == "don_de_nghi"
