"""Every kind of PDF sohoa signs is PDF/A-2b and stays one once signed (PAdES B-LTA, the
default level): a digitised scan, a destruction certificate, a retention report, a department's
result (the officer and the seal), a certified copy, and a scan whose archive time stamp was
renewed (``sohoa ltv renew``: an incremental update with fresh validation data and a new
document time stamp). Signing keeps PDF 1.7 (no
``/Version /2.0``) and ``/Info`` equal to the XMP packet (producer, title, dates).

The veraPDF test needs ``SOHOA_VERAPDF`` (``scripts/verapdf.sh``), as in tests/test_pdfa.py; the
others need nothing."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from archive.disposal import DisposalBatch, certificate_printout
from archive.report import retention_report
from classify import load_rules
from ocr import OcrSettings, build_searchable_pdf
from pipeline.deps import Deps, build_deps, profile_of
from pipeline.records import signed_printout
from pipeline.results import electronic_pdfa
from pipeline.settings import Settings
from signing import sign_pdf, verify_pdf
from signing.dev_images import organisation_seal, person_signature
from signing.ltv import current_crl
from signing.renewal import make_tsa, renew_pdf
from signing.results import certify_copy, sign_result
from sohoa.pdfa import PRODUCER
from tests.result_pdfs import result_pdf
from tests.test_pdfa import WHEN, Verapdf, _grey, assert_pdfa, verapdf  # noqa: F401

CODE = "000.00.12.H19-261121-0042"
ORG = "Trung tâm Phục vụ hành chính công"
OFFICER = "Trần Văn Bình"
KINDS = ("scan", "destruction_certificate", "retention_report", "result", "certified_copy",
         "renewed")


def _certificate(deps: Deps) -> bytes:
    item = {"receipt_code": CODE, "document_id": "d-0001", "label": "Biên lai thu phí, lệ phí",
            "doc_type": "bien_lai_thu_phi", "retention_class": "ke_toan",
            "legal_source": "Luật Kế toán 2015", "retain_until": "2023-03-05",
            "period_verified": True, "manifest_sha256": "0" * 64}
    batch = DisposalBatch(
        "2026-11-21-001",
        {"items": [item], "reason": "Hết thời hạn bảo quản", "proposed_by": "Phạm Thu Trang",
         "proposed_at": "2026-11-20T09:00:00+07:00"},
        {"decision": "approved", "by": "Đỗ Minh Quân", "role": "head",
         "at": "2026-11-21T08:00:00+07:00", "note": ""})
    printout = certificate_printout(ORG, batch, {"at": WHEN.isoformat(), "by": "Lê Văn Hòa"},
                                    [item], [])
    return signed_printout(deps, printout, signer="Lê Văn Hòa", title="Người thực hiện hủy",
                           reason="Xác nhận hủy tài liệu hết giá trị")


def _report(deps: Deps) -> bytes:
    labels = {c.id: (c.label, c.legal_source) for c in load_rules().retention.values()}
    report = retention_report(deps.store, date(2026, 1, 1), date(2026, 12, 31),
                              made_at=WHEN.isoformat(), labels=labels)
    return signed_printout(deps, report.printout(ORG), signer="Phạm Thu Trang",
                           title="Người lập báo cáo", reason="Báo cáo kiểm tra thời hạn lưu trữ")


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("signed-kinds")
    deps = build_deps(Settings(data=folder / "data", workers=1,
                               ocr=OcrSettings(engine="null")))
    profile = profile_of(deps)
    assert profile.level == "B-LTA"
    officer, org = deps.pki.clerk_signer(OFFICER), deps.pki.clerk_signer(ORG)
    images = deps.pki.pki_dir / "appearance"
    result, _ = electronic_pdfa(deps, result_pdf(officer=OFFICER), receipt_code=CODE,
                                name="ket-qua.pdf")
    copy, _ = electronic_pdfa(deps, result_pdf(officer=OFFICER), receipt_code=CODE,
                              name="ban-sao.pdf", form="certified_copy")
    unsigned = {
        "scan": build_searchable_pdf([_grey()], title=f"Giấy khai sinh — {CODE}",
                                     receipt_code=CODE, doc_type="giay_khai_sinh",
                                     created=WHEN),
        "result": result, "certified_copy": copy,
    }
    out = {
        "scan": sign_pdf(unsigned["scan"], deps.pki.clerk_signer("Nguyễn Thị Lan"),
                         profile=profile),
        "destruction_certificate": _certificate(deps),
        "retention_report": _report(deps),
        "result": sign_result(result, officer, org,
                              signature_image=person_signature(images, OFFICER),
                              seal_image=organisation_seal(images, ORG), profile=profile),
        "certified_copy": certify_copy(copy, org, organisation_name=ORG, profile=profile),
    }
    assert profile.validation_context is not None
    out["renewed"] = renew_pdf(out["scan"], make_tsa(deps.pki, name="sohoa TSA gia hạn"),
                               profile.validation_context())
    unsigned["renewed"] = unsigned["scan"]
    return {"deps": deps, "signed": out, "unsigned": unsigned, "folder": folder}


def _metadata(pdf: bytes) -> dict[str, Any]:
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        info = {str(k): str(v) for k, v in doc.docinfo.items()}
        xmp = doc.open_metadata()
        return {
            "header": doc.pdf_version, "version": doc.Root.get("/Version"),
            "extensions": sorted(str(k) for k in doc.Root.get("/Extensions", {})),
            "info": info,
            "xmp": {k: xmp.get(k) for k in ("pdf:Producer", "dc:title", "xmp:CreateDate",
                                            "xmp:ModifyDate", "pdfaid:part",
                                            "pdfaid:conformance")},
        }


def _instant(value: str) -> datetime:
    """A PDF date (``D:20261121091502+07'00'``) or an XMP one, as an aware datetime."""
    if value.startswith("D:"):
        text = value[2:].replace("'", "")
        text = text[:-1] + "+0000" if text.endswith("Z") else text
        return datetime.strptime(text, "%Y%m%d%H%M%S%z")
    return datetime.fromisoformat(value)


@pytest.mark.parametrize("kind", KINDS)
def test_signing_keeps_pdf_17_and_info_equal_to_xmp(signed: dict[str, Any], kind: str) -> None:
    meta = _metadata(signed["signed"][kind])
    assert meta["header"] == "1.7"
    assert meta["version"] in (None, pikepdf.Name("/1.7")), meta["version"]
    assert meta["extensions"] == ["/ESIC"]  # PAdES on PDF 1.7; no ISO 32002 (a PDF 2.0 one)
    info, xmp = meta["info"], meta["xmp"]
    assert (xmp["pdfaid:part"], xmp["pdfaid:conformance"]) == ("2", "B")
    assert info["/Producer"] == xmp["pdf:Producer"] == PRODUCER
    assert info["/Title"] == xmp["dc:title"] and info["/Title"]
    assert _instant(info["/CreationDate"]) == _instant(xmp["xmp:CreateDate"])
    assert _instant(info["/ModDate"]) == _instant(xmp["xmp:ModifyDate"])
    before = _metadata(signed["unsigned"][kind]) if kind in signed["unsigned"] else None
    if before is not None:  # what the document said of itself before it was signed
        assert before["info"]["/Title"] == info["/Title"]
        assert before["info"]["/CreationDate"] == info["/CreationDate"]
        assert before["xmp"]["pdf:Producer"] == xmp["pdf:Producer"]


@pytest.mark.parametrize("kind", KINDS)
def test_each_signed_kind_verifies_at_b_lta(signed: dict[str, Any], kind: str) -> None:
    pki = signed["deps"].pki
    report = verify_pdf(signed["signed"][kind], trust_roots=[pki.ca_cert_path],
                        crls=[current_crl(pki)])
    assert report.valid, report.problems
    assert {s.level for s in report.signatures if s.kind == "signature"} == {"B-LTA"}


@pytest.mark.verapdf
@pytest.mark.parametrize("kind", KINDS)
def test_each_signed_kind_is_pdfa_2b(verapdf: Verapdf, signed: dict[str, Any],  # noqa: F811
                                     kind: str, tmp_path: Path) -> None:
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(signed["signed"][kind])
    assert_pdfa(verapdf, path)


@pytest.mark.verapdf
def test_a_printed_copy_is_pdfa_2b(verapdf: Verapdf, signed: dict[str, Any],  # noqa: F811
                                   tmp_path: Path) -> None:
    from archive.printed_copy import PRINT_NOTICE, QrBand, render_printed_copy
    from signing import find_stamp_font

    band = QrBand(link=f"https://mot-cua.example.vn/xac-minh?ma={CODE}", sha256="0" * 64,
                  reference=f"Hồ sơ {CODE}")
    path = tmp_path / "printed-copy.pdf"
    path.write_bytes(render_printed_copy(signed["signed"]["result"], band, find_stamp_font()))
    assert_pdfa(verapdf, path)
    meta = _metadata(path.read_bytes())
    assert meta["info"]["/Title"] == meta["xmp"]["dc:title"] == f"{PRINT_NOTICE} — Hồ sơ {CODE}"


@pytest.fixture(scope="module")
def loose(signed: dict[str, Any]) -> dict[str, bytes]:
    """Results and copies signed as files by ``sohoa sign`` (not into a dossier)."""
    from cli.main import main
    from tests.test_appearance import _seal_png, _signature_png

    folder = signed["folder"]
    source = folder / "qd.pdf"
    source.write_bytes(result_pdf(officer=OFFICER))  # as the drafting software wrote it
    data = ["--data", str(folder / "data")]
    assert main(["sign", "result", str(source), "--out", str(folder / "results"), "--officer",
                 OFFICER, "--signature-image", str(_signature_png(folder / "k.png")),
                 "--seal-image", str(_seal_png(folder / "d.png")), *data]) == 0
    assert main(["sign", "copy", str(source), "--out", str(folder / "copies"), *data]) == 0
    return {"result": (folder / "results" / "qd.signed.pdf").read_bytes(),
            "copy": (folder / "copies" / "qd.signed.pdf").read_bytes()}


@pytest.mark.verapdf
@pytest.mark.parametrize("kind", ["result", "copy"])
def test_sohoa_sign_writes_pdfa_2b(verapdf: Verapdf, signed: dict[str, Any],  # noqa: F811
                                   loose: dict[str, bytes], kind: str, tmp_path: Path) -> None:
    pki = signed["deps"].pki
    report = verify_pdf(loose[kind], trust_roots=[pki.ca_cert_path], crls=[current_crl(pki)])
    assert report.valid, report.problems
    meta = _metadata(loose[kind])
    assert meta["info"]["/Title"] == meta["xmp"]["dc:title"] == "qd"
    assert meta["version"] is None and meta["info"]["/Producer"] == PRODUCER
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(loose[kind])
    assert_pdfa(verapdf, path)
