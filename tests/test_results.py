"""Results of procedures enter the archive into their dossier: signed here by the officer and
the organisation (PAdES B-LTA, PDF/A-2b), or kept byte for byte when signed elsewhere, or
scanned from paper; listed and fetched by whoever may see the dossier, and by no one else."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image

from archive import load_manifest
from archive.keys import manifest as manifest_key
from archive.lifecycle import life_of
from cli.main import main
from service.app import Service
from signing import verify_pdf
from sohoa.errors import SohoaError
from tests.result_pdfs import result_pdf
from tests.test_pdfa import Verapdf, assert_pdfa, verapdf  # noqa: F401 (a fixture)
from tests.web_support import AGENCY_A, Web, dossier_office

CODE = f"{AGENCY_A}-251120-0042"
OFFICER, CLERK, OTHER = "Nguyễn Văn An", "Nguyễn Thị Lan", "Trần Thị Bình"


@pytest.fixture
def web(tmp_path: Path) -> Iterator[Web]:
    with dossier_office(tmp_path / "data", CODE,
                        "Cấp giấy chứng nhận quyền sử dụng đất") as office:
        yield office


def _service(web: Web) -> Service:
    return web.app.state.service


def _post(web: Web, user: str, pdf: bytes, name: str = "qd.pdf", code: str = CODE,
          scanned: bool = False, **form: str) -> tuple[int, dict]:
    path = f"/api/dossiers/{code}/results" + ("/scans" if scanned else "")
    r = web.client(user).post(path, files={
        "file": (name, pdf, "application/pdf")}, data=form)
    return r.status_code, r.json()


def test_an_officer_issues_a_result_signed_by_them_and_sealed(web: Web) -> None:
    status, r = _post(web, "an", result_pdf(officer=OFFICER), so_ky_hieu="125/QĐ-UBND")
    assert status == 201, r
    assert (r["form"], r["doc_type"], r["signers"]) == (
        "electronic", "quyet_dinh", [OFFICER, "Trung tâm Phục vụ hành chính công"])
    assert r["fields"]["so_ky_hieu"] == "125/QĐ-UBND"
    assert r["fields"]["ngay_ban_hanh"] == "2025-04-20"
    assert r["fields"]["co_quan_ban_hanh"] == "ỦY BAN NHÂN DÂN HUYỆN AN PHÚ"
    assert r["fields"]["nguoi_ky"] == OFFICER
    assert r["permanent"] and r["indexed"]  # an individual decision is kept permanently
    got = web.client("an").get(r["url"])
    assert got.status_code == 200 and got.headers["x-sha256"] == r["sha256"]
    report = verify_pdf(got.content, trust_roots=[_service(web).deps.pki.ca_cert_path])
    assert report.valid, report.problems
    signed = [s for s in report.signatures if s.kind == "signature"]
    assert [(s.signer, s.level) for s in signed] == [
        (OFFICER, "B-LTA"), ("Trung tâm Phục vụ hành chính công", "B-LTA")]
    store = _service(web).deps.store
    m = load_manifest(store, manifest_key(CODE, r["document_id"]))
    assert m.kind == "result" and m.result is not None and m.result.form == "electronic"
    assert set(m.files) == {"document.pdf", "source.pdf", "ocr.json"}
    assert [s.step for s in life_of(store, CODE)] == ["received", "digitised", "sent",
                                                      "result_issued"]
    # sent again: the same result, not a second one
    status, again = _post(web, "an", result_pdf(officer=OFFICER))
    assert status == 201 and again["document_id"] == r["document_id"]
    assert again["already_archived"]
    listed = web.client("an").get(f"/api/dossiers/{CODE}/results").json()["results"]
    assert [x["document_id"] for x in listed] == [r["document_id"]]
    hits = web.client("an").get("/api/search", params={"q": "cong nhan quyen su dung dat"})
    assert r["document_id"] in [h["document_id"] for h in hits.json()["hits"]]


def test_another_agency_sees_no_result_and_a_clerk_issues_none(web: Web) -> None:
    _, r = _post(web, "an", result_pdf(officer=OFFICER))
    for path in (r["url"], f"/api/dossiers/{CODE}/results"):
        assert web.client("binh").get(path).status_code == 404
    status, body = _post(web, "binh", result_pdf(officer=OTHER))
    assert status == 404 and body["error"] == "not_found"
    status, body = _post(web, "lan", result_pdf(officer=CLERK))
    assert status == 403 and body["error"] == "not_permitted"
    assert web.client().get(f"/api/dossiers/{CODE}/results").status_code == 401
    status, body = _post(web, "an", result_pdf(officer=OFFICER),
                         code=f"{AGENCY_A}-251120-9999")
    assert status == 404 and body["error"] == "unknown_receipt_code"
    status, body = _post(web, "an", b"GIF89a not a pdf", name="anh.gif")
    assert status == 422 and "anh.gif" in body["message"]


def test_a_result_signed_elsewhere_is_kept_byte_for_byte_and_a_broken_one_refused(
        web: Web) -> None:
    svc = _service(web)
    officer = svc.local_actor(OFFICER)
    # a result signed by the officer on their own key before it came (here: signed by
    # sohoa for the same dossier, then sent again as a signed file)
    made = svc.results.add(officer, CODE, result_pdf(officer=OFFICER, number="7/QĐ-UBND"),
                           "kq.pdf")
    pdf = svc.results.get(officer, CODE, made["document_id"])
    status, kept = _post(web, "an", pdf, name="da-ky.pdf")
    assert status == 201 and kept["form"] == "signed_elsewhere"
    assert kept["signers"] == [OFFICER, "Trung tâm Phục vụ hành chính công"]
    assert web.client("an").get(kept["url"]).content == pdf  # byte for byte
    broken = pdf.replace(b"/Producer", b"/Produce2", 1)
    status, body = _post(web, "an", broken, name="sua-sau-khi-ky.pdf")
    assert status == 422 and body["error"] == "result_refused"
    assert "sua-sau-khi-ky.pdf" in body["message"] and "changed after" in body["message"]
    assert len(svc.results.list(officer, CODE)) == 2


def _scan_of(pdf: bytes) -> bytes:
    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=300 / 72).to_pil().convert("L")
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(300, 300))
    return out.getvalue()


@pytest.mark.slow
def test_a_paper_result_scanned_at_the_counter_is_a_digitised_copy(web: Web) -> None:
    scan = _scan_of(result_pdf(officer=OFFICER, title="TRÍCH LỤC KHAI SINH",
                               number="45/TLKS"))
    status, body = _post(web, "lan", scan, name="trich-luc.png", scanned=True,
                         doc_type="trich_luc_ho_tich")
    assert status == 201, body
    assert body["form"] == "scanned_paper" and body["signers"] == [CLERK]
    m = load_manifest(_service(web).deps.store, manifest_key(CODE, body["document_id"]))
    assert m.kind == "result" and m.signature.signer == CLERK and len(m.pages) == 1
    # the type the clerk named is sure: no review asked
    assert m.classification.doc_type == "trich_luc_ho_tich"
    assert m.classification.confidence == 1.0 and not m.classification.needs_review
    blank = io.BytesIO()
    Image.new("L", (2480, 3508), 255).save(blank, "PNG", dpi=(300, 300))
    status, body = _post(web, "lan", blank.getvalue(), name="trang.png", scanned=True)
    assert status == 422 and "trang.png" in body["message"]


def _sohoa(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def test_the_command_line_issues_lists_and_fetches(web: Web, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "qd.pdf"
    src.write_bytes(result_pdf(officer=OFFICER))
    d = ("--data", str(web.settings.data))
    status, out = _sohoa(capsys, "result", "add", CODE, str(src), "--by", OFFICER, "--json",
                         *d)
    assert status == 0, out
    doc = json.loads(out)["document_id"]
    status, out = _sohoa(capsys, "result", "list", CODE, "--by", OFFICER, *d)
    assert status == 0 and doc in out and "Bản gốc điện tử" in out
    got = tmp_path / "got.pdf"
    status, out = _sohoa(capsys, "result", "get", CODE, doc, "--out", str(got), "--by",
                         OFFICER, *d)
    assert status == 0 and got.read_bytes().startswith(b"%PDF-")
    status, out = _sohoa(capsys, "result", "get", CODE, doc, "--out", str(got), "--by",
                         OTHER, *d)
    assert status != 0 and "not_found" in out
    status, out = _sohoa(capsys, "status", CODE, "--by", OFFICER, *d)
    assert "có kết quả (result_issued) — Nguyễn Văn An" in out


def test_an_unknown_type_is_refused(web: Web) -> None:
    status, body = _post(web, "an", result_pdf(officer=OFFICER), doc_type="khong_co")
    assert status == 400 and "khong_co" in body["message"]
    with pytest.raises(SohoaError):
        _service(web).results.add(_service(web).local_actor(OFFICER), CODE, b"%PDF-1.7 garbage",
                                  "rac.pdf")


@pytest.mark.verapdf
def test_an_issued_result_is_pdfa_2b(web: Web, verapdf: Verapdf,  # noqa: F811
                                     tmp_path: Path) -> None:
    _, r = _post(web, "an", result_pdf(officer=OFFICER))
    path = tmp_path / "ket-qua.pdf"
    path.write_bytes(web.client("an").get(r["url"]).content)
    assert_pdfa(verapdf, path)


def test_the_dossiers_agency_is_told_once_when_its_result_is_archived(web: Web) -> None:
    from tests.callback_receiver import Receiver

    svc = _service(web)
    head = svc.local_actor()
    receiver = Receiver().start()
    try:
        own, secret = svc.notifications.register(head, f"{receiver.url}/mot-cua", AGENCY_A)
        receiver.secrets = {own.id: secret}
        pdf = result_pdf(officer=OFFICER)
        status, r = _post(web, "an", pdf)
        assert status == 201, r
        assert _post(web, "an", pdf)[0] in (200, 201)  # the same file sent again
        counts = svc.notifications.deliver_due(head)
        assert (counts.delivered, counts.failed) == (1, 0)
        [got] = receiver.ok()
        assert got.signed and got.json["event"] == "result.archived"
        assert got.json["data"] == {
            "receipt_code": CODE, "document_id": r["document_id"], "doc_type": "quyet_dinh",
            "label": r["label"], "form": "electronic", "sha256": r["sha256"],
            "archived_at": r["archived_at"], "url": r["url"]}
    finally:
        receiver.stop()


def test_a_renewed_result_is_listed_as_it_is_downloaded(web: Web) -> None:
    from archive.versions import add_version

    status, r = _post(web, "an", result_pdf(officer=OFFICER))
    assert status == 201, r
    store = _service(web).deps.store
    m = load_manifest(store, manifest_key(CODE, r["document_id"]))
    renewed = web.client("an").get(r["url"]).content + b"\n% a renewal's incremental update"
    version = add_version(store, m, renewed, at="2034-01-01T09:00:00+07:00", why="gia hạn",
                          who="sohoa", tsa={}, replaced={})
    (listed,) = web.client("an").get(f"/api/dossiers/{CODE}/results").json()["results"]
    assert (listed["sha256"], listed["version"]) == (version.sha256, 2)
    got = web.client("an").get(r["url"])
    assert got.status_code == 200 and got.headers["x-sha256"] == version.sha256
