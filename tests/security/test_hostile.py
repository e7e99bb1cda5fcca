"""What a stranger or a curious clerk sends, against the real HTTP server: bodies with no
length, bodies past their cap, uploads without the right, verification bombs, image bombs,
pages of another agency's dossier, a closing date before the receipt, dates at the calendar's
ends, a damaged audit trail. Each answer is a clear refusal, never a 500 or a stalled service.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from archive.audit import AuditLog
from tests.security.hostile import (
    first_page,
    image_bomb,
    many_signature_fields,
    raw_chunked_post,
)
from tests.web_support import (
    ACCOUNTS,
    AGENCY_A,
    AGENCY_B,
    Web,
    code_of,
    running,
    serve_in_thread,
)

pytestmark = pytest.mark.slow

_MB = 2**20


@pytest.fixture(scope="module")
def server(run: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[tuple[Web, str]]:
    with running(run["data"], tmp_path_factory.mktemp("hostile"), max_request_mb=2,
                 max_verify_mb=2, verify_per_minute=1000, login_per_minute=1000) as web, \
            serve_in_thread(web.settings) as url:
        yield web, url


def _client(server: tuple[Web, str], user: str | None = None) -> httpx.Client:
    web, url = server
    headers = {"Authorization": f"Bearer {web.keys[user]}"} if user else {}
    return httpx.Client(base_url=url, headers=headers, timeout=120)


def _denied(web: Web, **match: str) -> list[Any]:
    """The "denied" entries of the trail whose actor, record or detail fields hold ``match``."""
    def field(entry: Any, name: str) -> str:
        return str(getattr(entry, name) if name in ("actor", "record") else
                   entry.detail.get(name, ""))
    return [e for e in AuditLog(web.settings.audit_path).entries() if e.action == "denied"
            and all(match[k] in field(e, k) for k in match)]


def _wait(client: httpx.Client, status_url: str) -> dict[str, Any]:
    import time

    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        body: dict[str, Any] = client.get(status_url).json()
        if body["state"] not in ("queued", "processing", "pending"):
            return body
        time.sleep(1)
    raise AssertionError(f"{status_url} not done")


# --- 1. bodies are counted as they arrive, credentials checked before -----------------------

def test_a_chunked_upload_without_credentials_is_refused_before_its_body(server: Any) -> None:
    web, url = server
    status, sent = raw_chunked_post(url, "/api/batches", headers={}, total=50 * _MB)
    assert status == 401
    assert sent < 5 * _MB, f"{sent} bytes were taken before the refusal"
    assert _denied(web, record="POST /api/batches")


def test_a_chunked_upload_past_the_cap_is_cut_at_the_cap(server: Any) -> None:
    web, url = server
    status, sent = raw_chunked_post(url, "/api/batches", total=50 * _MB,
                                    headers={"Authorization": f"Bearer {web.keys['lan']}"})
    assert status == 413
    assert sent < 10 * _MB, f"{sent} bytes were taken before the refusal"


def test_a_declared_length_over_the_cap_is_refused_at_once(server: Any) -> None:
    with _client(server, "lan") as lan:
        response = lan.post("/api/batches", content=b"x" * (3 * _MB),
                            headers={"Content-Type": "multipart/form-data; boundary=x"})
    assert response.status_code == 413 and response.json()["error"] == "upload_too_large"
    assert response.headers["x-frame-options"] == "DENY"


def test_an_upload_by_someone_who_may_not_upload_is_refused_before_its_body(
        server: Any) -> None:
    web, url = server
    status, sent = raw_chunked_post(url, "/api/batches", total=20 * _MB,
                                    headers={"Authorization": f"Bearer {web.keys['an']}"})
    assert status == 403 and sent < 5 * _MB
    assert _denied(web, actor=ACCOUNTS["an"][0], action="intake.upload")


def test_a_form_with_an_oversized_body_is_refused(server: Any) -> None:
    with _client(server, "trang") as trang:
        response = trang.post("/api/holds", json={"record": "x", "reason": "y" * (2 * _MB)})
    assert response.status_code == 413


# --- 2. verification bombs ------------------------------------------------------------------

def test_a_pdf_with_2000_signature_fields_is_refused_by_anyone_s_verification(
        server: Any) -> None:
    bomb = many_signature_fields(2000)
    with _client(server) as anyone:
        response = anyone.post("/api/verify", files={"file": ("bom.pdf", bomb)})
        page = anyone.post("/xac-minh", files={"file": ("bom.pdf", bomb)})
        assert anyone.get("/api/health").status_code == 200
    assert response.status_code == 413 and response.json()["error"] == "pdf_too_complex"
    assert page.status_code == 413


def test_a_pdf_over_the_verification_cap_is_refused(server: Any) -> None:
    with _client(server) as anyone:
        response = anyone.post("/api/verify",
                               files={"file": ("lon.pdf", b"%PDF-1.7\n" + b"0" * (3 * _MB))})
    assert response.status_code == 413


# --- 3, 4. another agency's dossier; batches scoped by agency -------------------------------

def test_a_clerk_cannot_put_pages_into_another_agency_s_dossier(server: Any) -> None:
    web, _ = server
    other = code_of(AGENCY_B)
    with _client(server, "trang") as trang:
        before = len(trang.get(f"/api/dossiers/{other}").json()["documents"])
    receipt = first_page(Path("scans/dossier-06.pdf"))  # the receipt sheet of AGENCY_B
    with _client(server, "lan") as lan:
        sent = lan.post("/api/batches", files={"files": ("phieu.pdf", receipt)})
        assert sent.status_code == 202, sent.text
        status = _wait(lan, sent.json()["batches"][0]["status_url"])
        batch_url = sent.json()["batches"][0]["status_url"]
    (dossier,) = status["dossiers"]
    assert dossier["receipt_code"].startswith(AGENCY_B + "-")
    assert dossier["documents"] == [] and dossier["error"]
    assert {r["code"] for r in dossier["rejected"]} == {"other_agency"}
    assert all("đơn vị khác" in r["reason"] for r in dossier["rejected"])
    with _client(server, "trang") as trang:
        after = trang.get(f"/api/dossiers/{dossier['receipt_code']}").json()
    if dossier["receipt_code"] == other:
        assert len(after["documents"]) == before
    assert _denied(web, actor=ACCOUNTS["lan"][0], reason="other_agency")
    # the batch is seen by its agency, not by another one
    with _client(server, "an") as an, _client(server, "binh") as binh:
        assert an.get(batch_url).status_code == 200
        assert binh.get(batch_url).status_code == 404
        assert binh.get(batch_url + "/thumbnails/page-00001.jpg").status_code == 404


def test_the_shell_refuses_another_agency_s_pages_for_a_clerk(
        server: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from cli.main import main

    web, _ = server
    scan = tmp_path / "phieu.pdf"
    scan.write_bytes(first_page(Path("scans/dossier-06.pdf")))
    code = main(["process", str(scan), "--data", str(web.settings.data), "--workers", "1",
                 "--by", ACCOUNTS["lan"][0], "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    assert {d["error_code"] for i in report["inputs"] for d in i["dossiers"]} == {"other_agency"}


# --- 6. closing dates -----------------------------------------------------------------------

def test_a_closing_date_before_the_receipt_is_refused(server: Any) -> None:
    receipt = first_page(Path("backlog/dossier-16.pdf"))
    with _client(server, "trang") as trang:
        sent = trang.post("/api/batches", files={"files": ("ton-dong.pdf", receipt)},
                          data={"closed": "2010-01-01", "reason": "hồ sơ tồn đọng"})
        assert sent.status_code == 202, sent.text
        status = _wait(trang, sent.json()["batches"][0]["status_url"])
    (dossier,) = status["dossiers"]
    assert dossier["documents"] == []
    assert {r["code"] for r in dossier["rejected"]} == {"closed_before_receipt"}


def test_a_clerk_may_not_date_the_backlog(server: Any) -> None:
    web, _ = server
    with _client(server, "lan") as lan:
        response = lan.post("/api/batches", files={"files": ("a.pdf", b"%PDF-1.7\n")},
                            data={"closed": "2010-01-01", "reason": "x"})
    assert response.status_code == 403
    assert _denied(web, actor=ACCOUNTS["lan"][0], action="intake.backlog")


# --- 7. image bombs -------------------------------------------------------------------------

def test_an_image_bomb_is_refused_from_its_header(server: Any) -> None:
    bomb = image_bomb()
    assert len(bomb) < 2 * _MB
    with _client(server, "lan") as lan:
        response = lan.post("/api/batches", files={"files": ("bom.png", bomb)})
    assert response.status_code == 422, response.text
    assert response.json()["refused"][0]["code"] == "page_too_large"


# --- 16. no 500s, and none that tells the server's insides ----------------------------------

@pytest.mark.parametrize("period", [{"from": "0001-01-01", "to": "0001-12-31"},
                                    {"from": "9999-01-01", "to": "9999-12-31"}])
def test_a_report_at_the_calendar_s_ends_is_refused_plainly(server: Any,
                                                             period: dict[str, str]) -> None:
    with _client(server, "quan") as head:
        assert head.get("/api/reports/digitisation", params=period).status_code == 400


def test_a_receipt_at_the_calendar_s_start_is_refused_plainly(server: Any) -> None:
    with _client(server, "lan") as lan:
        response = lan.post("/api/receipts", json={
            "receipt_code": f"{AGENCY_A}-250101-0001", "received_at": "0001-01-01T00:00:00"})
    assert response.status_code == 400, response.text


def test_a_clerk_of_no_agency_finds_nothing(server: Any) -> None:
    from service import Actor

    web, _ = server
    service = web.app.state.service
    found = service.records.search(Actor("Vô Danh", frozenset({"clerk"})), _query("hồ sơ"))
    assert found.total == 0


def _query(text: str) -> Any:
    from search_api import SearchQuery

    return SearchQuery(text)


def test_a_damaged_trail_gives_a_plain_500_with_the_security_headers(server: Any) -> None:
    web, _ = server
    trail = web.settings.audit_path
    kept = trail.read_bytes()
    try:
        with trail.open("ab") as f:
            f.write(b"{not an entry\n")
        with _client(server, "trang") as trang:
            response = trang.get(f"/api/dossiers/{code_of(AGENCY_A)}")
            refused = trang.post("/api/holds", json={"record": code_of(AGENCY_A),
                                                     "reason": "thử"})
    finally:
        trail.write_bytes(kept)
    for answer in (response, refused):
        assert answer.status_code == 500
        assert str(web.settings.data) not in answer.text and "/" + trail.name not in answer.text
        assert answer.headers["content-security-policy"].startswith("default-src 'self'")
        assert answer.json()["error"] in ("internal", "audit_log_error")


def test_every_answer_carries_the_security_headers(server: Any) -> None:
    with _client(server) as anyone:
        for answer in (anyone.get("/api/health"), anyone.get("/api/search"),
                       anyone.get("/khong-co"), anyone.post("/api/holds", json={})):
            assert answer.headers["x-content-type-options"] == "nosniff", answer.url
            assert answer.headers["cache-control"] == "no-store"


def test_checks_are_done_with_a_time_limit_and_a_bound_on_strangers() -> None:
    from service.checks import BusyError, Checks, CheckTimeoutError

    checks = Checks(workers=1, timeout_s=1, open_slots=1)
    try:
        with pytest.raises(CheckTimeoutError, match="1 s"):
            checks.run("cham.pdf", _sleep, 30)
        assert checks.run("nhanh.pdf", _sleep, 0) == 0  # the pool goes on after a kill
        with checks.slot(anonymous=True), pytest.raises(BusyError), \
                checks.slot(anonymous=True):
            pass
        with checks.slot(anonymous=True), checks.slot(anonymous=False):
            pass  # signed-in people do not wait behind strangers
    finally:
        checks.close()


def _sleep(seconds: float) -> float:
    import time

    time.sleep(seconds)
    return seconds



# --- 8. what was looked at, and from where -------------------------------------------------

def test_previews_thumbnails_batch_views_and_holds_are_audited_with_the_address(
        server: Any) -> None:
    web, _ = server
    code = code_of(AGENCY_A)
    with _client(server, "trang") as trang:
        doc = trang.get(f"/api/dossiers/{code}").json()["documents"][0]["document_id"]
        assert trang.get(f"/api/records/{code}/{doc}/pages/1.png").status_code == 200
        held = {"record": code, "reason": "thanh tra"}
        assert trang.post("/api/holds", json=held).status_code == 200
        assert trang.post("/api/holds/release", json=held).status_code == 200
        key = next(iter(web.app.state.service.deps.store.list("intake/batches/")))
        batch_id = key.removeprefix("intake/batches/").split("/")[0]
        assert trang.get(f"/api/batches/{batch_id}").status_code == 200
    entries = list(AuditLog(web.settings.audit_path).entries())
    viewed = [e for e in entries if e.action == "viewed" and e.record.startswith(
        f"aip/{code}/{doc}") and e.detail.get("page") == 1]
    assert viewed and viewed[-1].origin == "http 127.0.0.1"
    holds = [e for e in entries if e.record.startswith(f"aip/{code}/") and "hold" in e.action]
    assert len(holds) >= 2 and all(e.origin == "http 127.0.0.1" for e in holds[-2:])
    assert any(e.action == "viewed" and e.record == f"intake/batches/{batch_id}/"
               and e.origin == "http 127.0.0.1" for e in entries), "batch views are audited"


# --- 15. the sign-in and sign-out forms only from this site --------------------------------

@pytest.mark.parametrize("path", ["/dang-nhap", "/dang-xuat"])
@pytest.mark.parametrize("origin", [{"Origin": "https://evil.example"}, {}])
def test_sign_in_and_out_forms_from_another_site_are_refused(
        server: Any, path: str, origin: dict[str, str]) -> None:
    web, _ = server
    with _client(server) as anyone:
        response = anyone.post(path, data={"username": "lan", "password": "x" * 12},
                               headers=origin, follow_redirects=False)
    assert response.status_code == 403
    assert _denied(web, record=f"POST {path}")


# --- 3. the hot folder of a clerk -----------------------------------------------------------

def test_the_hot_folder_of_a_clerk_refuses_another_agency_s_pages(
        server: Any, tmp_path: Path) -> None:
    web, _ = server
    service = web.app.state.service
    folder = tmp_path / "may-quet"
    folder.mkdir()
    (folder / "phieu.pdf").write_bytes(first_page(Path("scans/dossier-06.pdf")))
    reports: list[Any] = []
    actor = service.local_actor(ACCOUNTS["lan"][0])
    assert actor.agency == AGENCY_A
    service.intake.watch(actor, folder, clerk=None, settle_s=0, interval_s=0, cycles=1,
                         on_report=lambda _p, r: reports.append(r))
    (report,) = reports
    assert {d.error_code for d in report.dossiers} == {"other_agency"}
    assert (folder / "failed" / "phieu.pdf").exists()
