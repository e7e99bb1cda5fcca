"""The local runner with the null OCR engine: fast, no tesseract needed."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import segno
from PIL import Image

from ingest import IngestSettings
from ingest.quality import QualitySettings
from ocr import OcrSettings
from pipeline.deps import build_deps
from pipeline.runner import process_paths
from pipeline.settings import Settings
from tests.test_ingest import text_page


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    # the test pages are drawn at 150 dpi to keep the tests fast
    return Settings(data=tmp_path / "data", workers=1, ocr=OcrSettings(engine="null"),
                    ingest=IngestSettings(quality=QualitySettings(min_dpi=150)))


def _receipt(code: str) -> Image.Image:
    page = Image.fromarray(text_page(5))
    buf = io.BytesIO()
    segno.make(f"MaHoSo:{code}|MaTTHC:1.001193").save(buf, kind="png", scale=6, border=4)
    page.paste(Image.open(buf).convert("L"), (800, 100))
    return page


def test_file_without_receipt_code_becomes_one_dossier(settings: Settings, tmp_path: Path) -> None:
    scan = tmp_path / "scan.png"
    Image.fromarray(text_page()).save(scan, dpi=(150, 150))
    run = process_paths([scan], build_deps(settings), clerk="Trần Văn Bình")
    assert run.ok
    (dossier,) = run.inputs[0].dossiers
    assert dossier.code_source == "generated"
    assert dossier.receipt_code.startswith("SOHOA-")
    (doc,) = dossier.documents
    assert Path(doc.signed_pdf).is_file()
    assert doc.needs_review  # the null engine read nothing: a person must look
    assert [(Path(r.file).name, r.page) for r in doc.review_pages] == [("scan.png", 1)]
    manifest = json.loads((Path(doc.location) / "manifest.json").read_text(encoding="utf-8"))
    alto = manifest["files"]["pages/page-001.alto.xml"]
    assert alto["media_type"] == "application/xml"
    assert (Path(doc.location) / "pages" / "page-001.alto.xml").stat().st_size == alto["size"]


def test_batch_is_split_at_each_receipt_and_blank_pages_are_skipped(
    settings: Settings, tmp_path: Path
) -> None:
    blank = Image.fromarray(np.full((1754, 1240), 242, np.uint8))
    pages = [_receipt("000.00.12.H19-261121-0001"), Image.fromarray(text_page()), blank,
             _receipt("000.00.12.H19-261121-0002"), Image.fromarray(text_page())]
    batch = tmp_path / "batch.pdf"
    pages[0].save(batch, save_all=True, append_images=pages[1:], resolution=150)
    run = process_paths([batch], build_deps(settings))
    dossiers = run.inputs[0].dossiers
    assert [d.receipt_code for d in dossiers] == ["000.00.12.H19-261121-0001",
                                                  "000.00.12.H19-261121-0002"]
    assert [(r.page, r.code) for r in dossiers[0].skipped] == [(3, "blank_page")]
    assert dossiers[0].rejected == []
    archived = sorted(p.page for d in dossiers for doc in d.documents for p in doc.pages)
    assert archived == [1, 2, 4, 5]


def test_bad_input_does_not_stop_the_others(settings: Settings, tmp_path: Path) -> None:
    bad = tmp_path / "notes.pdf"
    bad.write_text("không phải PDF")
    good = tmp_path / "good.png"
    Image.fromarray(text_page()).save(good, dpi=(150, 150))
    run = process_paths([bad, good, tmp_path / "missing.pdf"], build_deps(settings))
    errors = {Path(i.path).name: i.error_code for i in run.inputs}
    assert errors == {"notes.pdf": "unsupported_type", "good.png": None,
                      "missing.pdf": "not_found"}
    assert not run.ok
    kept = list((settings.store_dir / "objects" / "intake").glob("*/original/notes.pdf"))
    assert len(kept) == 1 and kept[0].read_text() == "không phải PDF"


def test_reindex_rebuilds_the_index_from_the_archive(settings: Settings, tmp_path: Path) -> None:
    from pipeline.indexing import reindex
    from search_api import SearchQuery

    scan = tmp_path / "scan.png"
    Image.fromarray(text_page()).save(scan, dpi=(150, 150))
    deps = build_deps(settings)
    run = process_paths([scan], deps)
    (doc,) = run.inputs[0].dossiers[0].documents
    deps.index.flush()  # type: ignore[attr-defined]  # its live commit is done, as at a stop
    shutil.rmtree(settings.index_path)
    fresh = build_deps(settings)
    assert fresh.index.count() == 0
    assert reindex(fresh) == 1
    hits = fresh.index.search(SearchQuery(run.inputs[0].dossiers[0].receipt_code))
    assert [h.document_id for h in hits] == [doc.document_id]


def test_a_data_folder_of_the_previous_release_is_upgraded(settings: Settings,
                                                           tmp_path: Path) -> None:
    """A data folder with the SQLite index of earlier releases (and no Tantivy index) gets
    its index rebuilt from the archive when the service starts; the old file is kept aside."""
    from search_api import SearchQuery, SqliteIndex
    from service import Service

    scan = tmp_path / "scan.png"
    Image.fromarray(text_page()).save(scan, dpi=(150, 150))
    deps = build_deps(settings)
    run = process_paths([scan], deps)
    (doc,) = run.inputs[0].dossiers[0].documents
    code = run.inputs[0].dossiers[0].receipt_code
    deps.index.flush()  # type: ignore[attr-defined]  # its live commit is done, as at a stop
    shutil.rmtree(settings.index_path)  # as the previous release left the folder
    old = SqliteIndex(settings.previous_index_path)
    assert old.count() == 0
    service = Service.build(settings)
    assert not settings.previous_index_path.exists()
    assert (settings.data / "index.sqlite3.previous").exists()
    assert service.deps.index.count() == 1
    hits = service.deps.index.search(SearchQuery(code))
    assert [h.document_id for h in hits] == [doc.document_id]
    assert Service.build(settings).deps.index.count() == 1  # once only


def test_an_index_of_an_earlier_version_is_rebuilt_when_the_service_starts(
        settings: Settings, tmp_path: Path) -> None:
    """A Tantivy index of an earlier schema version is set aside (``index.previous``) and
    rebuilt from the archive once, by the first process to open it."""
    from search_api import SearchQuery
    from service import Service

    scan = tmp_path / "scan.png"
    Image.fromarray(text_page()).save(scan, dpi=(150, 150))
    deps = build_deps(settings)
    run = process_paths([scan], deps)
    deps.index.flush()  # type: ignore[attr-defined]
    (doc,) = run.inputs[0].dossiers[0].documents
    (settings.index_path / "sohoa-version").write_text("sohoa.tantivy/1\n")
    service = Service.build(settings)
    assert (settings.data / "index.previous" / "sohoa-version").exists()
    assert service.deps.index.count() == 1
    hits = service.deps.index.search(SearchQuery(run.inputs[0].dossiers[0].receipt_code))
    assert [h.document_id for h in hits] == [doc.document_id]
    assert Service.build(settings).deps.index.count() == 1  # once only


def test_pages_before_the_first_receipt_are_listed_not_guessed(
    settings: Settings, tmp_path: Path
) -> None:
    pages = [Image.fromarray(text_page()), _receipt("000.00.12.H19-261121-0003"),
             Image.fromarray(text_page())]
    batch = tmp_path / "morning.pdf"
    pages[0].save(batch, save_all=True, append_images=pages[1:], resolution=150)
    run = process_paths([batch], build_deps(settings))
    (inp,) = run.inputs
    assert [(r.page, r.code) for r in inp.unassigned] == [(1, "unassigned")]
    assert "receipt sheet" in inp.unassigned[0].reason
    (dossier,) = inp.dossiers
    assert sorted(p.page for doc in dossier.documents for p in doc.pages) == [2, 3]


def test_quality_gate_rejects_with_reason_and_thumbnail(tmp_path: Path) -> None:
    import cv2

    settings = Settings(data=tmp_path / "data", workers=1, ocr=OcrSettings(engine="null"))
    sharp = Image.fromarray(text_page(dpi=200))
    low = Image.fromarray(text_page(dpi=120))
    blurred = Image.fromarray(cv2.GaussianBlur(text_page(dpi=200), (0, 0), 5))
    sparse = Image.fromarray(text_page(lines=2, dpi=200))  # a short slip: little ink, sharp
    sharp.save(tmp_path / "a.png", dpi=(200, 200))
    low.save(tmp_path / "b.png", dpi=(120, 120))
    blurred.save(tmp_path / "c.png", dpi=(200, 200))
    sparse.save(tmp_path / "d.png", dpi=(200, 200))
    names = ["a.png", "b.png", "c.png", "d.png"]
    run = process_paths([tmp_path / n for n in names], build_deps(settings))
    codes = {Path(i.path).name: [r.code for d in i.dossiers for r in d.rejected]
             for i in run.inputs}
    assert codes == {"a.png": [], "b.png": ["low_resolution"], "c.png": ["blurred"],
                     "d.png": []}
    rejected = run.inputs[1].dossiers[0].rejected[0]
    assert "200 dpi" in rejected.reason
    assert rejected.thumbnail and Image.open(rejected.thumbnail).width <= 320


def test_fewer_pages_than_the_receipt_declares_is_flagged(
    settings: Settings, tmp_path: Path
) -> None:
    from ocr import PageText, Word
    from pipeline.dossier import plan_dossier
    from pipeline.pages import PageOutcome

    def page(i: int, text: str) -> PageOutcome:
        words = tuple(Word(w, 10 * n, 10 * i, 9, 9, 95.0, i * 100 + n)
                      for n, line in enumerate(text.splitlines()) for w in line.split())
        return PageOutcome(i, "x.pdf", i + 1, original=b"x",
                           text=PageText("t", "0", "vie", 100, 100, 300.0, words))

    receipt = page(0, "PHIẾU TIẾP NHẬN VÀ HẸN TRẢ KẾT QUẢ\nSố lượng hồ sơ: 01 bộ, gồm 03 tờ.")
    form = page(1, "ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP")
    deps = build_deps(settings)
    report, groups = plan_dossier(deps, "000.00.12.H19-261121-0009", "qr", [receipt, form], "b")
    assert len(groups) == 2
    assert report.warnings and "declares 3 sheets but only 1 pages" in report.warnings[0]
    report, _ = plan_dossier(deps, "000.00.12.H19-261121-0009", "qr",
                             [receipt, form, page(2, "GIẤY KHAI SINH"), page(3, "Điều 2")], "b")
    assert not report.warnings


def _separator(code: str) -> Image.Image:
    from tests.test_ingest import _code128

    sheet = Image.fromarray(text_page(1))
    sheet.paste(_code128(code, 700), (250, 600))
    return sheet


def test_separator_sheets_split_the_batch_and_are_not_archived(
    settings: Settings, tmp_path: Path
) -> None:
    first, second = "000.00.12.H19-261121-0011", "000.00.12.H19-261121-0012"
    pages = [_separator(first), Image.fromarray(text_page()), _separator(second),
             Image.fromarray(text_page()), Image.fromarray(text_page(20))]
    batch = tmp_path / "batch.pdf"
    pages[0].save(batch, save_all=True, append_images=pages[1:], resolution=150)
    run = process_paths([batch], build_deps(settings))
    dossiers = run.inputs[0].dossiers
    assert [d.receipt_code for d in dossiers] == [first, second]
    assert [[(r.page, r.code) for r in d.skipped] for d in dossiers] == [
        [(1, "separator_sheet")], [(3, "separator_sheet")]]
    assert [sorted(p.page for doc in d.documents for p in doc.pages) for d in dossiers] == [
        [2], [4, 5]]
    assert run.inputs[0].unassigned == []


def test_rescanned_page_goes_into_the_same_dossier(settings: Settings, tmp_path: Path) -> None:
    from pipeline.intake import UnknownDossierError

    code = "000.00.12.H19-261121-0021"
    import cv2

    blurred = Image.fromarray(cv2.GaussianBlur(text_page(), (0, 0), 4))
    batch = tmp_path / "batch.pdf"
    _receipt(code).save(batch, save_all=True, append_images=[blurred], resolution=150)
    deps = build_deps(settings)
    run = process_paths([batch], deps)
    (dossier,) = run.inputs[0].dossiers
    assert [r.code for r in dossier.rejected] == ["blurred"]

    rescan = tmp_path / "rescan.png"
    Image.fromarray(text_page(25)).save(rescan, dpi=(150, 150))
    again = process_paths([rescan], deps, into=code)
    assert again.ok
    (added,) = again.inputs[0].dossiers
    assert (added.receipt_code, added.code_source) == (code, "resubmitted")
    assert len(added.documents) == 1
    assert Path(added.documents[0].location).parent.name == code

    unknown = process_paths([rescan], deps, into="000.00.12.H19-261121-9999")
    assert unknown.inputs[0].error_code == UnknownDossierError.code
    assert "000.00.12.H19-261121-9999" in (unknown.inputs[0].error or "")
    assert "rescan.png" in (unknown.inputs[0].error or "")

    wrong = tmp_path / "wrong.png"
    _receipt("000.00.12.H19-261121-0022").save(wrong, dpi=(150, 150))
    mismatch = process_paths([wrong], deps, into=code)
    assert mismatch.inputs[0].error_code == "dossier_mismatch"
    assert "000.00.12.H19-261121-0022" in (mismatch.inputs[0].error or "")


def test_codes_that_are_no_receipt_code_are_reported(settings: Settings, tmp_path: Path) -> None:
    page = _receipt("000.00.12.H19-261121-0031")
    buf = io.BytesIO()
    segno.make("https://example.invalid/tra-cuu?id=42").save(buf, kind="png", scale=5, border=4)
    other = Image.fromarray(text_page(20))
    other.paste(Image.open(buf).convert("L"), (850, 1300))
    card = Image.fromarray(text_page(20))
    buf = io.BytesIO()
    segno.make("001099012345||Nguyễn Văn An|01011990|Nam|Hà Nội|15082021").save(
        buf, kind="png", scale=5, border=4)
    card.paste(Image.open(buf).convert("L"), (850, 1300))
    batch = tmp_path / "batch.pdf"
    page.save(batch, save_all=True, append_images=[other, card], resolution=150)
    run = process_paths([batch], build_deps(settings))
    (dossier,) = run.inputs[0].dossiers
    notes = [w for w in dossier.warnings if "not a receipt code" in w]
    assert len(notes) == 1  # the identity card's own QR is expected, not reported
    assert "page 2" in notes[0] and "example.invalid" in notes[0]
