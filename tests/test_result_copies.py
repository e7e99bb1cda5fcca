"""A certified electronic copy (SAO Y, SAO LỤC, TRÍCH SAO) made for a dossier is archived into
it as one of its results: PDF/A-2b, signed by the organisation with the copy's stamp (PAdES
B-LTA), searchable by its own text, listed and fetched by the dossier's agency and by no one
else; from the API (POST /api/dossiers/{code}/results/copies) and from ``sohoa sign copy
--dossier``."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pikepdf
import pypdfium2
import pytest

from archive import load_manifest
from archive.audit import AuditLog
from archive.keys import aip
from archive.keys import manifest as manifest_key
from archive.lifecycle import life_of
from cli.main import main
from pipeline.results import DossierUnknownError
from service.access import Actor
from service.app import Service
from service.errors import NotFoundError
from signing import verify_pdf
from sohoa.people import People
from tests.result_pdfs import result_pdf
from tests.test_pdfa import Verapdf, assert_pdfa, verapdf  # noqa: F401 (a fixture)
from tests.web_support import (
    AGENCY_A,
    AGENCY_B,
    PASSWORD,
    Web,
    dossier_office,
)

CODE = f"{AGENCY_A}-251120-0042"
ORGANISATION = "Trung tâm Phục vụ hành chính công"
CLERK, OFFICER = "Nguyễn Thị Lan", "Nguyễn Văn An"
CLERK_B = "Võ Thị Cúc"
"""A clerk of agency B."""


def _paper(**kw: str) -> bytes:
    """A paper the citizen brought, as a born-digital PDF with its text."""
    return result_pdf(**{"title": "GIẤY XÁC NHẬN CƯ TRÚ", "number": "88/XN-CAX",
                         "issuer": "CÔNG AN XÃ KHÁNH AN",
                         "body": "Xác nhận ông Nguyễn Văn Thành thường trú tại ấp Bình Phú, "
                                 "xã Khánh An.", **kw})


@pytest.fixture
def web(tmp_path: Path) -> Iterator[Web]:
    data = tmp_path / "data"
    people = People(data / "people.json")
    people.add_account(CLERK_B, "cuc", ["clerk"], agency=AGENCY_B, password=PASSWORD)
    cuc_key = people.new_api_key("cuc")
    with dossier_office(data, CODE, "Cấp giấy chứng nhận quyền sử dụng đất") as office:
        office.keys["cuc"] = cuc_key
        yield office


def _service(web: Web) -> Service:
    return web.app.state.service


def _certify(web: Web, user: str, pdf: bytes, name: str = "xac-nhan.pdf", code: str = CODE,
             **form: str) -> tuple[int, dict[str, Any]]:
    r = web.client(user).post(f"/api/dossiers/{code}/results/copies",
                              files={"file": (name, pdf, "application/pdf")}, data=form)
    return r.status_code, r.json()


def test_a_copy_certified_for_a_dossier_is_archived_as_one_of_its_results(web: Web) -> None:
    svc = _service(web)
    told: list[dict[str, Any]] = []
    svc.results.listeners.append(told.append)
    paper = _paper()
    status, r = _certify(web, "lan", paper)
    assert status == 201, r
    assert (r["form"], r["copy_form"], r["signers"], r["issued_by"]) == (
        "certified_copy", "SAO Y", [ORGANISATION], CLERK)
    assert r["form_label"] == "Bản sao điện tử có chứng thực (SAO Y)"
    assert r["fields"]["so_ky_hieu"] == "88/XN-CAX" and r["indexed"]
    # the officer of the dossier's agency fetches it: signed by the organisation, B-LTA
    got = web.client("an").get(r["url"])
    assert got.status_code == 200 and got.headers["x-sha256"] == r["sha256"]
    report = verify_pdf(got.content, trust_roots=[svc.deps.pki.ca_cert_path])
    assert report.valid, report.problems
    signed = [s for s in report.signatures if s.kind == "signature"]
    assert [(s.field_name, s.signer, s.level) for s in signed] == [
        ("BanSaoDienTu", ORGANISATION, "B-LTA")]
    # the copy's stamp is on page 1; the text is the document's own
    page = pypdfium2.PdfDocument(got.content)[0].get_textpage().get_text_range()
    assert "Nguyễn Văn Thành" in page
    store = svc.deps.store
    m = load_manifest(store, manifest_key(CODE, r["document_id"]))
    assert m.kind == "result" and m.result is not None
    assert (m.result.form, m.result.copy_form) == ("certified_copy", "SAO Y")
    assert set(m.files) == {"document.pdf", "source.pdf", "ocr.json"}
    assert store.get(aip(CODE, r["document_id"]) + "source.pdf") == paper  # as it came
    assert m.signature.signer == ORGANISATION and m.signature.level == "PAdES-B-LTA"
    assert [s.step for s in life_of(store, CODE)] == ["received", "digitised", "sent",
                                                      "result_issued"]
    # sent again: the same copy, nothing signed twice; another form is another copy
    status, again = _certify(web, "lan", paper, name="lai.pdf")
    assert status == 201 and again["document_id"] == r["document_id"]
    assert again["already_archived"] and again["sha256"] == r["sha256"]
    status, extract = _certify(web, "an", paper, form="trích sao")
    assert status == 201 and extract["copy_form"] == "TRÍCH SAO"
    assert extract["document_id"] != r["document_id"]
    listed = web.client("an").get(f"/api/dossiers/{CODE}/results").json()["results"]
    assert {x["document_id"] for x in listed} == {r["document_id"], extract["document_id"]}
    hits = web.client("an").get("/api/search", params={"q": "thuong tru xa khanh an"})
    assert r["document_id"] in [h["document_id"] for h in hits.json()["hits"]]
    assert [t["document_id"] for t in told] == [r["document_id"], r["document_id"],
                                               extract["document_id"]]
    trail = [(e.action, e.actor) for e in AuditLog(web.settings.audit_path).entries()
             if r["document_id"] in e.record or e.action == "certified_copy"]
    assert ("certified_copy", CLERK) in trail and ("result_issued", CLERK) in trail
    assert [a for a, _ in trail].count("certified_copy") == 2  # once per copy signed


def test_another_agency_sees_no_copy_and_certifies_none(web: Web) -> None:
    status, r = _certify(web, "lan", _paper())
    assert status == 201, r
    for path in (r["url"], f"/api/dossiers/{CODE}/results"):
        assert web.client("binh").get(path).status_code == 404
    status, body = _certify(web, "cuc", _paper())
    assert status == 404 and body["error"] == "not_found"
    status, body = _certify(web, "trang", _paper())  # an archivist certifies nothing
    assert status == 403 and body["error"] == "not_permitted"
    svc = _service(web)
    with pytest.raises(NotFoundError):
        svc.results.certify(Actor(CLERK_B, frozenset({"clerk"}), AGENCY_B), CODE, _paper(),
                            "xac-nhan.pdf")
    assert len(svc.results.list(svc.local_actor(OFFICER), CODE)) == 1


def _encrypted(pdf: bytes) -> bytes:
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        doc.save(out, encryption=pikepdf.Encryption(user="mat-khau", owner="chu-so-huu"))
    return out.getvalue()


def _scan_only(pdf: bytes) -> bytes:
    image = pypdfium2.PdfDocument(pdf)[0].render(scale=150 / 72).to_pil().convert("L")
    out = io.BytesIO()
    image.save(out, "PDF", resolution=150)
    return out.getvalue()


def test_a_copy_that_cannot_be_made_is_refused_with_its_reason(web: Web) -> None:
    status, body = _certify(web, "lan", _paper(), code=f"{AGENCY_A}-251120-9999")
    assert status == 404 and body["error"] == "unknown_receipt_code"
    with pytest.raises(DossierUnknownError, match="251120-9999"):
        _service(web).results.certify(_service(web).local_actor(CLERK),
                                      f"{AGENCY_A}-251120-9999", _paper(), "x.pdf")
    status, body = _certify(web, "lan", b"%PDF-1.7 hong", name="hong.pdf")
    assert status == 422 and body["error"] == "pdf_unreadable" and "hong.pdf" in body["message"]
    status, body = _certify(web, "lan", _encrypted(_paper()), name="co-mat-khau.pdf")
    assert status == 422 and body["error"] == "pdf_unreadable"
    assert "co-mat-khau.pdf" in body["message"] and "password" in body["message"]
    status, body = _certify(web, "lan", _scan_only(_paper()), name="anh-quet.pdf")
    assert status == 422 and body["error"] == "result_refused"
    assert "anh-quet.pdf" in body["message"] and "no text" in body["message"]
    status, body = _certify(web, "lan", b"GIF89a", name="anh.gif")
    assert status == 422 and "anh.gif" in body["message"]
    status, body = _certify(web, "lan", _paper(), form="SAO CHÉP")
    assert status == 400 and "SAO CHÉP" in body["message"] and "TRÍCH SAO" in body["message"]
    assert _service(web).results.list(_service(web).local_actor(CLERK), CODE) == []


def _sohoa(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def test_sign_copy_with_a_dossier_archives_it_and_still_writes_the_file(
        web: Web, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good, broken = tmp_path / "xac-nhan.pdf", tmp_path / "hong.pdf"
    good.write_bytes(_paper())
    broken.write_bytes(b"%PDF-1.7 hong")
    out = tmp_path / "ban-sao"
    d = ("--data", str(web.settings.data))
    status, text = _sohoa(capsys, "sign", "copy", str(good), str(broken), "--dossier", CODE,
                          "--form", "SAO LỤC", "--out", str(out), "--by", CLERK, *d)
    assert status == 1, text  # one of the two could not be certified
    assert "hong.pdf" in text and "[pdf_unreadable]" in text
    assert "1 certified into" in text and "1 failed" in text
    [listed] = _service(web).results.list(_service(web).local_actor(OFFICER), CODE)
    assert listed["copy_form"] == "SAO LỤC" and listed["issued_by"] == CLERK
    written = (out / "xac-nhan.signed.pdf").read_bytes()
    assert _service(web).results.get(_service(web).local_actor(OFFICER), CODE,
                                     listed["document_id"]) == written
    # the same file again: the same copy; a clerk of another agency is told there is none
    status, text = _sohoa(capsys, "sign", "copy", str(good), "--dossier", CODE, "--form",
                          "SAO LỤC", "--by", CLERK, *d)
    assert status == 0 and listed["document_id"] in text and "archived before" in text
    status, text = _sohoa(capsys, "sign", "copy", str(good), "--dossier", CODE, "--by",
                          CLERK_B, *d)
    assert status == 2 and "[not_found]" in text
    status, text = _sohoa(capsys, "sign", "copy", str(good), "--dossier",
                          f"{AGENCY_A}-251120-9999", "--by", CLERK, *d)
    assert status == 2 and "[unknown_receipt_code]" in text
    status, text = _sohoa(capsys, "sign", "copy", str(good), "--by", OFFICER, *d)
    assert status == 2 and "--out" in text  # neither a folder nor a dossier
    status, text = _sohoa(capsys, "sign", "result", str(good), "--dossier", CODE, "--by",
                          OFFICER, *d)
    assert status == 2 and "sohoa result add" in text
    # without a dossier, sign copy writes the signed file only, as before
    status, text = _sohoa(capsys, "sign", "copy", str(good), "--out", str(tmp_path / "rieng"),
                          "--by", OFFICER, *d)
    assert status == 0 and (tmp_path / "rieng" / "xac-nhan.signed.pdf").is_file()
    assert len(_service(web).results.list(_service(web).local_actor(OFFICER), CODE)) == 1


@pytest.mark.verapdf
def test_a_certified_copy_is_pdfa_2b(web: Web, verapdf: Verapdf,  # noqa: F811
                                    tmp_path: Path) -> None:
    _, r = _certify(web, "lan", _paper())
    path = tmp_path / "ban-sao.pdf"
    path.write_bytes(web.client("lan").get(r["url"]).content)
    assert_pdfa(verapdf, path)
