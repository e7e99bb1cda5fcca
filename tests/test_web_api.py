"""The HTTP API: every endpoint, who may call it, and what it leaves in the audit trail.

Runs on a copy of the sample scans processed once on the embedded default (the ``run``
fixture), plus the backlog sample uploaded through the API.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from archive.audit import AuditLog
from tests.conftest import SAMPLES, truths
from tests.web_support import (
    AGENCY_A,
    AGENCY_B,
    PASSWORD,
    Web,
    code_of,
    first_document,
    make_accounts,
    running,
    serve_in_thread,
    settings_for,
    signed_in,
    wait_done,
    wait_fixity,
)
from web import create_app

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def web(run: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Web]:
    # many sign-ins from one address
    with running(run["data"], tmp_path_factory.mktemp("web"), login_per_minute=100) as web:
        yield web


_LAST_YEAR = {"from": (date.today() - timedelta(days=365)).isoformat(),
              "to": (date.today() + timedelta(days=1)).isoformat()}
"""A period of the digitisation report that holds the samples processed today."""


def _audit(web: Web) -> list[Any]:
    return list(AuditLog(web.settings.audit_path).entries())


def _api_routes(web: Web) -> list[tuple[str, str]]:
    spec = web.client().get("/openapi.json").json()
    return [(method.upper(), path) for path, ops in spec["paths"].items() for method in ops]


# --- authentication and who may call what --------------------------------------------------

def test_anonymous_users_can_only_verify(web: Web) -> None:
    anonymous = web.client()
    open_to_all = {("POST", "/api/verify"), ("POST", "/api/token"), ("GET", "/api/health")}
    routes = _api_routes(web)
    assert len(routes) >= 25
    for method, path in routes:
        if (method, path) in open_to_all:
            continue
        url = path.format(batch_id="x", name="x.jpg", receipt_code=code_of(AGENCY_A),
                          document_id="x", page=1, callback_id="cb-x",
                          cccd="001099012345")
        response = anonymous.request(method, url)
        assert response.status_code == 401, (method, path, response.text)
        assert response.json()["error"] == "not_authenticated"
    assert anonymous.get("/api/health").status_code == 200


def test_password_flow_gives_a_token_that_works_and_a_wrong_password_does_not(web: Web) -> None:
    client = web.client()
    bad = client.post("/api/token", data={"username": "an", "password": "khong-dung-mat-khau"})
    assert bad.status_code == 401
    good = client.post("/api/token", data={"username": "an", "password": PASSWORD})
    assert good.status_code == 200, good.text
    token = good.json()["access_token"]
    me = client.get("/api/me", headers={"Authorization": f"Bearer {token}"}).json()
    assert me == {"name": "Nguyễn Văn An", "username": "an", "roles": ["officer"],
                  "agency": AGENCY_A}
    forged = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    assert client.get("/api/me", headers={"Authorization": f"Bearer {forged}"}
                      ).status_code == 401
    assert any(e.action == "login_failed" for e in _audit(web))


def test_a_signed_out_session_is_refused_by_every_process(web: Web) -> None:
    client = web.client()
    token = client.post("/api/token", data={"username": "an", "password": PASSWORD}
                        ).json()["access_token"]
    bearer = {"Authorization": f"Bearer {token}"}
    other = create_app(web.settings)  # a second process serving the same data folder
    with TestClient(other, raise_server_exceptions=False) as elsewhere:
        assert elsewhere.get("/api/me", headers=bearer).status_code == 200
        assert client.delete("/api/token", headers=bearer).status_code == 204
        for there in (client, elsewhere):
            refused = there.get("/api/me", headers=bearer)
            assert refused.status_code == 401 and "kết thúc" in refused.json()["message"]
    key = web.client("an").delete("/api/token")
    assert key.status_code == 400 and "sohoa users revoke-key" in key.json()["message"]
    assert web.client("an").get("/api/me").status_code == 200  # the API key still works
    trail = [e for e in _audit(web) if e.record == "users/an"]
    assert [e.action for e in trail if e.action in {"signed_in", "signed_out"}][-2:] == [
        "signed_in", "signed_out"]


def test_an_officer_gets_404_for_another_agencys_records(web: Web) -> None:
    mine, theirs = code_of(AGENCY_A), code_of(AGENCY_B)
    doc_mine, doc_theirs = first_document(web, mine), first_document(web, theirs)
    an = web.client("an")
    assert an.get(f"/api/dossiers/{mine}").status_code == 200
    assert an.get(f"/api/records/{mine}/{doc_mine}").status_code == 200
    for url in (f"/api/dossiers/{theirs}", f"/api/records/{theirs}/{doc_theirs}",
                f"/api/records/{theirs}/{doc_theirs}/document.pdf",
                f"/api/records/{theirs}/{doc_theirs}/pages/1.png",
                f"/api/dossiers/{code_of(AGENCY_A)[:-1]}X"):
        response = an.get(url)
        assert response.status_code == 404, url
        assert theirs not in response.text or "Không tìm thấy" in response.json()["message"]
    # the other agency's officer sees theirs and not ours
    binh = web.client("binh")
    assert binh.get(f"/api/records/{theirs}/{doc_theirs}").status_code == 200
    assert binh.get(f"/api/records/{mine}/{doc_mine}").status_code == 404


def test_search_is_limited_to_the_officers_agency(web: Web) -> None:
    everything = web.client("trang").get("/api/search", params={"q": "ho so", "size": 100}
                                          ).json()
    agencies = {h["agency"] for h in everything["hits"]}
    assert {AGENCY_A, AGENCY_B} <= agencies
    ours = web.client("an").get("/api/search", params={"q": "ho so", "size": 100}).json()
    assert ours["total"] > 0
    assert {h["agency"] for h in ours["hits"]} == {AGENCY_A}
    assert set(ours["facets"]["agency"]) == {AGENCY_A}
    asked_for_theirs = web.client("an").get("/api/search", params={
        "q": "ho so", "agency": AGENCY_B}).json()
    assert asked_for_theirs["total"] == 0 and asked_for_theirs["hits"] == []


def test_admin_without_a_records_role_sees_no_records(web: Web) -> None:
    admin = web.client("admin")
    code = code_of(AGENCY_A)
    assert admin.get(f"/api/dossiers/{code}").status_code == 403
    assert admin.get("/api/search", params={"q": "khai sinh"}).status_code == 403
    assert admin.get("/api/reports/digitisation").status_code == 200


# --- search and records --------------------------------------------------------------------

def test_search_without_diacritics_filters_facets_and_pages(web: Web) -> None:
    archivist = web.client("trang")
    plain = archivist.get("/api/search", params={"q": "giay khai sinh", "size": 50}).json()
    marked = archivist.get("/api/search", params={"q": "giấy khai sinh", "size": 50}).json()
    assert plain["total"] > 0
    # the same records either way; with diacritics the exact ones rank first, so the order
    # may differ (the search contract holds the ranking)
    assert plain["total"] == marked["total"]
    assert {h["document_id"] for h in plain["hits"]} == {h["document_id"] for h in marked["hits"]}
    assert any("[" in h["snippet"] and "]" in h["snippet"] for h in plain["hits"])
    assert sum(plain["facets"]["doc_type"].values()) == plain["total"]
    first = archivist.get("/api/search", params={"q": "ho so", "size": 3, "page": 1}).json()
    second = archivist.get("/api/search", params={"q": "ho so", "size": 3, "page": 2}).json()
    assert first["total"] == second["total"] > 6
    assert not {h["document_id"] for h in first["hits"]} & {h["document_id"]
                                                             for h in second["hits"]}
    code = code_of(AGENCY_A)
    only = archivist.get("/api/search", params={"receipt_code": code, "size": 100}).json()
    assert only["total"] > 0 and {h["receipt_code"] for h in only["hits"]} == {code}
    doc_type = plain["hits"][0]["doc_type"]
    typed = archivist.get("/api/search", params={"q": "giay khai sinh", "type": doc_type}).json()
    assert {h["doc_type"] for h in typed["hits"]} == {doc_type}
    assert archivist.get("/api/search", params={"size": 0}).status_code == 422
    assert any(e.action == "searched" and e.actor == "Phạm Thu Trang" for e in _audit(web))


def test_record_metadata_preview_and_download_are_audited(web: Web) -> None:
    code = code_of(AGENCY_A)
    doc = first_document(web, code)
    an = web.client("an")
    record = an.get(f"/api/records/{code}/{doc}").json()
    assert record["receipt_code"] == code and record["agency"] == AGENCY_A
    assert record["signature"]["level"].startswith("PAdES")
    preview = an.get(f"/api/records/{code}/{doc}/pages/1.png")
    assert preview.status_code == 200 and preview.content.startswith(b"\x89PNG")
    assert an.get(f"/api/records/{code}/{doc}/pages/999.png").status_code == 404
    before = len(_audit(web))
    pdf = an.get(f"/api/records/{code}/{doc}/document.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF-")
    digest = hashlib.sha256(pdf.content).hexdigest()
    assert pdf.headers["x-sohoa-sha256"] == digest == record["files"]["document.pdf"]["sha256"]
    new = _audit(web)[before:]
    (download,) = [e for e in new if e.action == "downloaded"]
    assert download.actor == "Nguyễn Văn An"
    assert download.record == f"aip/{code}/{doc}/"
    assert download.detail["files"] == {f"aip/{code}/{doc}/document.pdf": digest}
    assert download.origin.startswith("http ")


def test_an_altered_pdf_is_not_served(web: Web, tmp_path: Path) -> None:
    code = code_of(AGENCY_B)
    doc = first_document(web, code)
    path = web.settings.store_dir / "objects" / "aip" / code / doc / "document.pdf"
    original = path.read_bytes()
    path.chmod(0o644)
    try:
        path.write_bytes(original[:-10] + b"%%EOF\n\n\n\n\n")
        response = web.client("binh").get(f"/api/records/{code}/{doc}/document.pdf")
        assert response.status_code == 409
        assert response.json()["error"] == "record_altered"
        assert any(e.action == "download_refused" for e in _audit(web))
    finally:
        path.write_bytes(original)
        path.chmod(0o444)


# --- verification --------------------------------------------------------------------------

def test_anyone_verifies_a_downloaded_pdf_and_a_changed_one_fails(web: Web) -> None:
    code = code_of(AGENCY_A)
    pdf = web.client("an").get(f"/api/records/{code}/{first_document(web, code)}/document.pdf"
                               ).content
    anonymous = web.client()
    good = anonymous.post("/api/verify", files={"file": ("ban-tai-ve.pdf", pdf)}).json()
    assert good["valid"] is True and good["intact"] and good["trusted"]
    assert good["signer"] and good["signatures"]
    flipped = bytearray(pdf)
    at = len(pdf) // 3
    flipped[at] ^= 0x01
    bad = anonymous.post("/api/verify", files={"file": ("sua.pdf", bytes(flipped))}).json()
    assert bad["valid"] is False
    assert good["bottom_line_vi"].startswith("Hợp lệ: do ")
    assert bad["bottom_line_vi"] == "Không hợp lệ: văn bản đã bị thay đổi sau khi ký."
    page = anonymous.post("/xac-minh", files={"file": ("sua.pdf", bytes(flipped))}).text
    assert "Không hợp lệ: văn bản đã bị thay đổi sau khi ký." in page
    assert "Chi tiết kỹ thuật" in page and "changed after it was signed" in page
    not_pdf = anonymous.post("/api/verify", files={"file": ("ghi-chu.txt", b"xin chao")})
    assert not_pdf.status_code == 400 and "PDF" in not_pdf.json()["message"]
    verified = [e for e in _audit(web) if e.action == "verified"]
    assert verified[-1].actor.startswith("ẩn danh")


def test_login_and_verify_are_rate_limited(tmp_path: Path) -> None:
    settings = settings_for(tmp_path / "data", login_per_minute=3, verify_per_minute=2)
    make_accounts(settings.data)
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        codes = [client.post("/api/token", data={"username": "an", "password": "sai-mat-khau-1"}
                             ).status_code for _ in range(4)]
        assert codes == [401, 401, 401, 429]
        assert "thử lại" in client.post("/api/token", data={
            "username": "an", "password": PASSWORD}).json()["message"]
        codes = [client.post("/api/verify", files={"file": ("a.pdf", b"%PDF-1.7 x")}
                             ).status_code for _ in range(3)]
        assert codes[-1] == 429


@pytest.mark.parametrize("trusted", ["127.0.0.1", ""])
def test_the_client_behind_a_trusted_proxy_is_the_one_limited_and_audited(
        tmp_path: Path, trusted: str) -> None:
    settings = settings_for(tmp_path / "data", login_per_minute=2, trusted_proxies=trusted)
    make_accounts(settings.data)
    wrong = {"username": "an", "password": "sai-mat-khau-1"}
    with serve_in_thread(settings) as url, httpx.Client(base_url=url, timeout=30) as http:
        first = [http.post("/api/token", data=wrong, headers={"X-Forwarded-For": "10.0.0.1"}
                           ).status_code for _ in range(3)]
        other = http.post("/api/token", data=wrong, headers={"X-Forwarded-For": "10.0.0.2"})
    assert first == [401, 401, 429]
    failed = [e.detail["from"] for e in AuditLog(settings.audit_path).entries()
              if e.action == "login_failed"]
    if trusted:  # each client has its own limit, and the trail names it
        assert other.status_code == 401
        assert failed == ["http 10.0.0.1", "http 10.0.0.2"]  # repeats within a minute: one entry
    else:  # the header is anyone's to forge: the address that connects counts
        assert other.status_code == 429
        assert failed == ["http 127.0.0.1"]


# --- intake --------------------------------------------------------------------------------

def test_upload_is_checked_before_anything_is_kept(web: Web) -> None:
    lan = web.client("lan")
    note = "Không phải bản quét".encode()
    text = lan.post("/api/batches", files={"files": ("ghi-chu.pdf", note)})
    assert text.status_code == 415
    assert "ghi-chu.pdf" in text.json()["message"]
    assert text.json()["error"] == "unsupported_type"
    broken = (SAMPLES / "scans" / "dossier-04.pdf").read_bytes()[:3000]
    corrupt = lan.post("/api/batches", files={"files": ("hong.pdf", broken)})
    assert corrupt.status_code == 422 and "hong.pdf" in corrupt.json()["message"]
    assert web.client("an").post("/api/batches", files={
        "files": ("a.pdf", broken)}).status_code == 403
    unknown = lan.post("/api/batches", data={"into": f"{AGENCY_A}-990101-9999"},
                       files={"files": ("a.png", b"\x89PNG\r\n\x1a\n")})
    assert unknown.status_code == 404
    other_agency = lan.post("/api/batches", data={"into": code_of(AGENCY_B)},
                            files={"files": ("a.png", b"\x89PNG\r\n\x1a\n")})
    assert other_agency.status_code == 404
    assert lan.post("/api/batches", data={"into": "../../etc"},
                    files={"files": ("a.png", b"x")}).status_code == 422


def test_oversized_uploads_are_refused(tmp_path: Path) -> None:
    settings = settings_for(tmp_path / "data", max_upload_mb=0.01, max_request_mb=0.05)
    keys = make_accounts(settings.data)
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        client.headers["Authorization"] = f"Bearer {keys['lan']}"
        big = client.post("/api/batches", files={"files": ("to.pdf", b"%PDF-" + b"0" * 20_000)})
        assert big.status_code == 413 and "to.pdf" in big.json()["message"]
        huge = client.post("/api/batches", files={"files": ("rat-to.pdf", b"0" * 80_000)})
        assert huge.status_code == 413
    settings = settings_for(tmp_path / "data2")
    settings.ingest.max_pages = 2
    keys = make_accounts(settings.data)
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        client.headers["Authorization"] = f"Bearer {keys['lan']}"
        scan = SAMPLES / "scans" / "dossier-04.pdf"
        many = client.post("/api/batches", files={"files": (scan.name, scan.read_bytes())})
        assert many.status_code == 413 and "pages > 2" in many.json()["message"]


def test_a_rescanned_batch_reports_each_page_and_its_rejected_pages(web: Web) -> None:
    truth = next(t for t in truths() if any(p["reject"] for p in t["pages"]))
    source = SAMPLES / truth["pages"][0]["source"]
    # the only sample dossier with rejected pages is of no test clerk's agency: the archivist
    # (who digitises any agency's paper) sends it
    lan = web.client("trang")
    response = lan.post("/api/batches", files={"files": (  # a new file: not the run's batch
        f"../../{source.name}", source.read_bytes() + b"\n")})
    assert response.status_code == 202, response.text
    (batch,) = response.json()["batches"]
    assert "/" not in batch["name"] and ".." not in batch["name"]
    status = wait_done(lan, batch["status_url"])
    assert status["state"] == "done", status
    rejected = [p for p in status["page_states"] if p["status"] == "rejected"]
    assert len(rejected) == sum(1 for p in truth["pages"] if p["reject"])
    assert all(p["reason"] for p in rejected)
    (dossier,) = status["dossiers"]
    assert dossier["receipt_code"] == truth["receipt_code"]
    thumb = dossier["rejected"][0]["thumbnail"]
    image = lan.get(f"/api/batches/{batch['batch_id']}/thumbnails/{thumb}")
    assert image.status_code == 200 and image.content[:3] == b"\xff\xd8\xff"
    assert lan.get(f"/api/batches/{batch['batch_id']}/thumbnails/..%2Fbatch.json"
                   ).status_code == 404
    # someone else's batch is not theirs to see
    assert web.client("an").get(batch["status_url"]).status_code == 404
    assert web.client("binh").get(batch["status_url"]).status_code == 404
    assert web.client("lan").get(batch["status_url"]).status_code == 404
    counter = signed_in(web, "trang").get("/tiep-nhan").text  # the sender's recent batches
    assert f'/tiep-nhan/lo/{batch["batch_id"]}' in counter
    assert web.client("hoa").get(batch["status_url"]).status_code == 200


def test_backlog_upload_then_disposal_through_the_api(web: Web) -> None:
    lan, trang = web.client("lan"), web.client("trang")
    source = SAMPLES / "backlog" / "dossier-16.pdf"
    files = {"files": (source.name, source.read_bytes())}
    # a closing date is the archivist's to give, with the reason
    assert lan.post("/api/batches", data={"closed": "2013-12-31", "reason": "tồn đọng"},
                    files=files).status_code == 403
    assert trang.post("/api/batches", data={"closed": "2013-12-31"},
                      files=files).status_code == 400
    response = trang.post("/api/batches", data={"closed": "2013-12-31",
                                                "reason": "hồ sơ giấy tồn đọng năm 2013"},
                          files=files)
    assert response.status_code == 202, response.text
    status = wait_done(trang, response.json()["batches"][0]["status_url"])
    assert status["state"] == "done" and status["dossiers"][0]["documents"], status
    code = status["dossiers"][0]["receipt_code"]
    hoa = web.client("hoa")
    due = hoa.get("/api/retention/due", params={"before": "2026-01-01", "count": True}).json()
    assert {i["receipt_code"] for i in due["items"]} == {code}
    assert (due["next"], due["total"], due["total_by"]) == (None, len(due["items"]),
                                                            "pointers")
    assert web.client("an").get("/api/retention/due").status_code == 403
    # a hold stops the proposal of the held document
    held = {"record": code, "reason": "Thanh tra yêu cầu giữ nguyên"}
    assert web.client("an").post("/api/holds", json=held).status_code in (403, 404)
    assert trang.post("/api/holds", json=held).status_code == 200
    assert [h["record"] for h in trang.get("/api/holds").json()] == [f"aip/{code}/"]
    assert trang.post("/api/holds/release", json=held).status_code == 200
    assert trang.get("/api/holds").json() == []
    # propose (archivist) → approve (auditor, not the proposer) → execute
    assert hoa.post("/api/disposals", json={"reason": "x", "before": "2026-01-01"}
                    ).status_code == 403
    first = trang.post("/api/disposals", json={"reason": "Biên bản số 06/BB-HĐXĐGTTL",
                                               "before": "2026-01-01"}).json()
    assert hoa.post(f"/api/disposals/{first['batch_id']}/reject", json={}).status_code == 409
    rejected = hoa.post(f"/api/disposals/{first['batch_id']}/reject",
                        json={"note": "Thiếu ý kiến của hội đồng"})
    assert rejected.json()["state"] == "rejected"
    proposed = trang.post("/api/disposals", json={"reason": "Biên bản số 07/BB-HĐXĐGTTL",
                                                  "before": "2026-01-01"})
    assert proposed.status_code == 201, proposed.text
    batch_id = proposed.json()["batch_id"]
    assert trang.post(f"/api/disposals/{batch_id}/approve", json={}).status_code == 403
    assert hoa.post(f"/api/disposals/{batch_id}/approve", json={"note": "Đồng ý"}
                    ).json()["state"] == "approved"
    executed = trang.post(f"/api/disposals/{batch_id}/execute").json()
    assert executed["state"] == "executed"
    states = {b["batch_id"]: b["state"] for b in hoa.get("/api/disposals").json()}
    assert states == {batch_id: "executed", first["batch_id"]: "rejected"}
    assert hoa.get(f"/api/disposals/{batch_id}").json()["items"]
    certificate = hoa.get(f"/api/disposals/{batch_id}/certificate.pdf")
    assert certificate.status_code == 200
    verdict = web.client().post("/api/verify", files={"file": ("bb.pdf", certificate.content)})
    assert verdict.json()["valid"] is True
    dossier = trang.get(f"/api/dossiers/{code}").json()
    assert dossier["documents"] == [] and len(dossier["destroyed"]) == len(
        status["dossiers"][0]["documents"])
    assert trang.get("/api/search", params={"receipt_code": code}).json()["total"] == 0
    assert web.client("trang").get("/api/disposals/D-nope").status_code == 404


# --- receipts, checks, reports -------------------------------------------------------------

def test_receipts_from_the_one_stop_software(web: Web) -> None:
    lan = web.client("lan")
    receipt = {"receipt_code": f"{AGENCY_A}-261120-0001", "procedure": "Đăng ký khai sinh",
               "received_at": "2026-11-20T09:15:00+07:00"}
    first = lan.post("/api/receipts", json=receipt)
    assert first.status_code == 201, first.text
    assert lan.post("/api/receipts", json=receipt).status_code == 201
    changed = lan.post("/api/receipts", json={**receipt, "procedure": "Đăng ký kết hôn"})
    assert changed.status_code == 409
    theirs = lan.post("/api/receipts", json={**receipt, "receipt_code": f"{AGENCY_B}-1-2"})
    assert theirs.status_code == 403
    assert lan.post("/api/receipts", json={**receipt, "receipt_code": "../x"}
                    ).status_code == 422
    assert web.client("an").post("/api/receipts", json=receipt).status_code == 403
    report = web.client("trang").get("/api/reports/digitisation", params={
        "from": "2026-11-20", "to": "2026-11-20", "hours": 24}).json()
    assert report["totals"]["received"] >= 1
    assert any(p["receipt_code"] == receipt["receipt_code"] for p in report["pending"])


def test_digitisation_report_per_agency_and_as_csv(web: Web) -> None:
    archivist = web.client("trang")
    params = {**_LAST_YEAR, "hours": 8760}
    everything = archivist.get("/api/reports/digitisation", params=params).json()
    agencies = {r["agency"] for r in everything["rows"]}
    assert {AGENCY_A, AGENCY_B} <= agencies
    ours = web.client("an").get("/api/reports/digitisation", params=params).json()
    assert {r["agency"] for r in ours["rows"]} == {AGENCY_A}
    assert ours["totals"]["digitised"] >= 3
    csv = archivist.get("/api/reports/digitisation", params={**params, "format": "csv"})
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    assert AGENCY_A in csv.text
    assert archivist.get("/api/reports/digitisation", params={
        "from": "2026-02-01", "to": "2026-01-01"}).status_code == 400
    too_long = archivist.get("/api/reports/digitisation", params={
        "from": "2000-01-01", "to": "2030-12-31"})
    assert too_long.status_code == 400 and "731" in too_long.json()["message"]


def test_fixity_and_the_audit_trail_for_auditors(web: Web) -> None:
    hoa = web.client("hoa")
    assert web.client("lan").post("/api/fixity").status_code == 403
    before = hoa.get("/api/fixity").json()["runs"]
    started = hoa.post("/api/fixity")
    assert started.status_code == 202 and started.json()["state"] == "started"
    again = hoa.post("/api/fixity").json()  # one run at a time (unless it is already done)
    assert again["state"] in ("running", "started")
    latest = wait_fixity(hoa, before)["latest"]
    assert latest["ok"] is True and latest["checked_objects"] > 100
    assert latest["by"] == "Lê Văn Hòa"
    trail = hoa.get("/api/audit/status").json()
    assert trail["ok"] is True and trail["entries"] > 10
    assert web.client("trang").get("/api/audit/status").status_code == 403


# --- limits and safety ---------------------------------------------------------------------

def test_security_headers_and_errors_as_json(web: Web) -> None:
    response = web.client().get("/api/health")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["referrer-policy"] == "same-origin"
    missing = web.client("trang").get("/api/records/khong-co/abc")
    assert missing.status_code == 404 and json.loads(missing.text)["error"] == "not_found"
