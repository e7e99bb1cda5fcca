"""The completeness check at the counter: a dossier built from the sample pages (their truth
text, no OCR) is compared with the papers its procedure requires; what it lacks is in its
report, in a warning, on the counter's batch page and in what ``sohoa process`` prints."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from fastapi.testclient import TestClient

from classify import Component, Procedure
from cli.render import print_run
from ocr import OcrSettings, PageText, PdfPage, Word
from pipeline import completeness
from pipeline.deps import Deps, build_deps
from pipeline.dossier import plan_dossier, process_dossier
from pipeline.pages import PageOutcome
from pipeline.reports import (
    MISSING_WARNING,
    DossierReport,
    InputReport,
    MissingComponent,
    RunReport,
    dossier_from_json,
)
from pipeline.settings import Settings
from tests.conftest import SAMPLES

BIRTH = "000.00.12.H19-250414-0007"
"""Đăng ký khai sinh: receipt, tờ khai, CCCD copy, giấy khai sinh; no giấy chứng sinh."""
MARITAL = "000.00.21.H56-250819-0633"
"""Cấp Giấy xác nhận tình trạng hôn nhân: receipt, tờ khai, CCCD copy; complete."""


def _truth(code: str) -> dict[str, Any]:
    return json.loads((SAMPLES / "truth" / f"{code}.json").read_text(encoding="utf-8"))


def _page(i: int, text: str, codes: tuple[str, ...] = (), image: bool = False) -> PageOutcome:
    words = tuple(Word(w, 10 * n, 10 * ln, 9, 9, 95.0, ln)
                  for ln, line in enumerate(text.splitlines()) for n, w in enumerate(line.split()))
    page_text = PageText("t", "0", "vie", 600, 800, 100.0, words)
    pdf = PdfPage.from_image(np.full((80, 60), 255, np.uint8), 100.0, page_text) if image else None
    return PageOutcome(i, "scan.pdf", i + 1, original=f"page {i}: {text}".encode(),
                       receipt_codes=tuple(c for c in codes if c.startswith("MaHoSo")),
                       codes=codes, text=page_text, pdf_page=pdf)


def _sample_pages(code: str, *, without: str | None = None, image: bool = False
                  ) -> list[PageOutcome]:
    """The first page of each document of a sample dossier, from its truth text; the receipt
    with a QR payload like the one printed on it."""
    truth = _truth(code)
    texts = [truth["pages"][d["pages"][0]]["text"] for d in truth["documents"]
             if d["type"] != without]
    qr = (f"MaHoSo:{code}|MaTTHC:1.001193",)
    return [_page(i, t, qr if i == 0 else (), image) for i, t in enumerate(texts)]


@pytest.fixture
def deps(tmp_path: Path) -> Deps:
    return build_deps(Settings(data=tmp_path / "data", workers=1,
                               ocr=OcrSettings(engine="null")))


def test_a_sample_birth_registration_lacks_its_birth_certificate(deps: Deps) -> None:
    report, groups = plan_dossier(deps, BIRTH, "qr", _sample_pages(BIRTH), "b")
    assert len(groups) == 4 and report.procedure == "Đăng ký khai sinh"
    assert [m.type for m in report.missing] == _truth(BIRTH)["missing"] == ["giay_chung_sinh"]
    assert report.missing[0].label.startswith("Giấy chứng sinh")
    (warning,) = [w for w in report.warnings if w.startswith(MISSING_WARNING)]
    assert "Giấy chứng sinh" in warning and "thủ tục Đăng ký khai sinh" in warning
    assert "chưa được đối chiếu" in warning  # the row is not verified: the clerk is told
    assert "(the dossier lacks 1 required paper(s) of procedure dang_ky_khai_sinh" in warning


def test_a_complete_dossier_less_one_page_lacks_that_paper(deps: Deps) -> None:
    report, _ = plan_dossier(deps, MARITAL, "qr", _sample_pages(MARITAL), "b")
    assert report.missing == [] and _truth(MARITAL)["missing"] == []
    assert not [w for w in report.warnings if w.startswith(MISSING_WARNING)]
    report, _ = plan_dossier(deps, MARITAL, "qr", _sample_pages(MARITAL, without="don_de_nghi"),
                             "b")
    assert report.missing == [MissingComponent(
        "don_de_nghi", "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân")]


def test_an_unknown_procedure_or_none_checks_nothing(deps: Deps) -> None:
    receipt = _page(0, "PHIẾU TIẾP NHẬN VÀ HẸN TRẢ KẾT QUẢ\nThủ tục hành chính: Cấp giấy phép "
                       "lái xe")
    report, _ = plan_dossier(deps, BIRTH, "qr", [receipt, _page(1, "TỜ KHAI")], "b")
    assert report.procedure == "Cấp giấy phép lái xe" and report.missing == []
    report, _ = plan_dossier(deps, "SOHOA-250414-abc", "generated", [_page(0, "TỜ KHAI")], "b")
    assert report.procedure is None and report.missing == [] and report.warnings == []


def test_the_receipts_qr_code_names_the_procedure_when_its_text_does_not(
    deps: Deps, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert completeness.qr_procedure_code([f"MaHoSo:{BIRTH}|MaTTHC:1.001193|SoGiayTo:1"]) == (
        "1.001193")
    assert completeness.qr_procedure_code(["001099012345||Nguyễn Văn An|01011990"]) is None
    permit = Procedure("thu", "Cấp giấy phép thử", ("cap giay phep thu",), (
        Component("don_de_nghi", "Đơn đề nghị", True),
        Component("ban_ve_thiet_ke", "Bản vẽ", True)), "không", False, code="1.001193")
    monkeypatch.setattr(completeness, "procedure_for_code",
                        lambda code: permit if code == permit.code else None)
    receipt = _page(0, "PHIẾU TIẾP NHẬN VÀ HẸN TRẢ KẾT QUẢ\nMã hồ sơ: " + BIRTH,
                    (f"MaHoSo:{BIRTH}|MaTTHC:1.001193",))
    report, _ = plan_dossier(deps, BIRTH, "qr", [receipt, _page(1, "ĐƠN ĐỀ NGHỊ")], "b")
    assert report.procedure == "Cấp giấy phép thử"
    assert [m.type for m in report.missing] == ["ban_ve_thiet_ke"]


def test_the_receipts_qr_code_names_the_procedure_by_its_name() -> None:
    payload = f"MaHoSo:{BIRTH}|MaTTHC:KT.01|TenTTHC:Khai tử cho mẹ|NgayNhan:2025-05-02"
    assert completeness.qr_procedure_name([payload]) == "Khai tử cho mẹ"
    found = completeness.procedure_of(None, [payload])
    assert found is not None and found.id == "dang_ky_khai_tu"
    assert completeness.procedure_of(None, [f"MaHoSo:{BIRTH}|MaTTHC:KT.01"]) is None


def test_pages_sent_into_the_dossier_count_with_those_archived(deps: Deps) -> None:
    now = datetime(2025, 8, 19, 9, 0)
    first = process_dossier(deps, "scan.pdf", "a" * 64, MARITAL, "qr",
                            _sample_pages(MARITAL, without="don_de_nghi", image=True), now,
                            "Nguyễn Thị Lan", on_archived=lambda *_: True)
    assert first.ok and [m.type for m in first.missing] == ["don_de_nghi"]
    form = next(p for p in _sample_pages(MARITAL, image=True) if "TỜ KHAI" in p.text.text)
    again = process_dossier(deps, "rescan.png", "b" * 64, MARITAL, "resubmitted",
                            [form], now, "Nguyễn Thị Lan", on_archived=lambda *_: True)
    assert again.ok and again.procedure == "Cấp Giấy xác nhận tình trạng hôn nhân"
    assert again.missing == [] and not again.warnings


def test_missing_papers_travel_in_the_outcome_and_old_outcomes_still_read() -> None:
    report = DossierReport(BIRTH, "qr", procedure="Đăng ký khai sinh",
                           warnings=[f"{MISSING_WARNING}Giấy chứng sinh", "khác"],
                           missing=[MissingComponent("giay_chung_sinh", "Giấy chứng sinh")])
    again = dossier_from_json(json.loads(json.dumps(asdict(report))))
    assert again == report and again.other_warnings == ["khác"]
    old = asdict(report)
    del old["missing"]
    assert dossier_from_json(old).missing == []


def _report() -> InputReport:
    return InputReport(path="scan.pdf", sha256="c" * 64, kind="pdf", pages=4, dossiers=[
        DossierReport(BIRTH, "qr", procedure="Đăng ký khai sinh",
                      warnings=[f"{MISSING_WARNING}Giấy chứng sinh — thành phần bắt buộc",
                                "phiếu tiếp nhận ghi 3 tờ"],
                      missing=[MissingComponent("giay_chung_sinh", "Giấy chứng sinh")])])


def test_sohoa_process_prints_what_a_dossier_lacks() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        print_run(RunReport([_report()]))
    lines = out.getvalue().splitlines()
    assert "    hồ sơ thiếu: Giấy chứng sinh — thành phần bắt buộc" in lines
    assert "    check: phiếu tiếp nhận ghi 3 tờ" in lines


def test_the_batch_page_shows_what_each_dossier_lacks(tmp_path: Path) -> None:
    from pipeline.intake import record_batch, record_outcome
    from tests.web_support import AGENCY_A, make_accounts, settings_for, signed_in
    from tests.web_support import Web as WebApp
    from web import create_app

    data = tmp_path / "data"
    keys = make_accounts(data)
    settings = settings_for(data)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    store = build_deps(settings).store
    batch = record_batch(store, scan, datetime(2025, 4, 14, 8, 0), "Nguyễn Thị Lan",
                         agency=AGENCY_A)
    record_outcome(store, batch.batch_id, _report())
    app = create_app(settings)
    with TestClient(app):
        web = WebApp(settings, app, keys)
        page = signed_in(web, "lan").get(f"/tiep-nhan/lo/{batch.batch_id}").text
        body = web.client("lan").get(f"/api/batches/{batch.batch_id}").json()
    assert "Hồ sơ thiếu:" in page and "<li>Giấy chứng sinh</li>" in page
    assert f"{MISSING_WARNING}Giấy chứng sinh" not in page  # the list stands for the warning
    assert "phiếu tiếp nhận ghi 3 tờ" in page
    (dossier,) = body["dossiers"]
    assert dossier["missing"] == [{"type": "giay_chung_sinh", "label": "Giấy chứng sinh"}]


@pytest.mark.parametrize(("wording", "flagged"), [
    ("Đăng ký khai tử", False),          # a wording of procedures.json, found as it is
    ("Khai tử cho cha", True),           # the receipt's own words, recognised by meaning
    ("Cấp giấy phép lái xe", True),      # no procedure known: its papers are not checked
])
def test_a_procedure_recognised_unsure_is_for_the_clerk_to_confirm(
        deps: Deps, wording: str, flagged: bool) -> None:
    receipt = _page(0, f"PHIẾU TIẾP NHẬN VÀ HẸN TRẢ KẾT QUẢ\nThủ tục hành chính: {wording}")
    report, _ = plan_dossier(deps, BIRTH, "qr", [receipt, _page(1, "TỜ KHAI")], "b")
    unsure = [w for w in report.warnings if w.startswith(completeness.UNSURE_PROCEDURE_WARNING)]
    assert report.procedure == wording and len(unsure) == flagged
    assert not unsure or wording in unsure[0]
