"""The pages: sign-in and sign-out, each person's own page, forms from other sites, escaped
search text, the auditor's forms. Runs on a copy of the processed sample scans."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest

from tests.web_support import (
    AGENCY_A,
    AGENCY_B,
    PASSWORD,
    Web,
    code_of,
    first_document,
    running,
    signed_in,
    wait_fixity,
)
from web import pages
from web.auth import COOKIE

pytestmark = pytest.mark.slow

_LAST_YEAR = {"from": (date.today() - timedelta(days=365)).isoformat(),
              "to": (date.today() + timedelta(days=1)).isoformat()}


@pytest.fixture(scope="module")
def web(run: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Web]:
    with running(run["data"], tmp_path_factory.mktemp("pages"), login_per_minute=100) as web:
        yield web


# --- the pages -----------------------------------------------------------------------------

def test_signing_out_of_the_pages_ends_the_session_and_sign_in_stays_on_this_site(
        web: Web) -> None:
    browser = web.client()
    sent = browser.post("/dang-nhap", data={"username": "trang", "password": PASSWORD,
                                            "next": "//evil.example/"},
                        headers={"Origin": "http://testserver"}, follow_redirects=False)
    assert sent.headers["location"] == "/tra-cuu"
    for away in ("/\\evil.example/", "https://evil.example/", "tra-cuu"):
        assert pages.local_path(away) is None, away
    assert pages.local_path("/tra-cuu?q=khai+sinh") == "/tra-cuu?q=khai+sinh"
    cookie = browser.cookies.get(COOKIE)
    assert browser.get("/tra-cuu").status_code == 200
    out = browser.post("/dang-xuat", headers={"Origin": "http://testserver"},
                       follow_redirects=False)
    assert out.status_code == 303 and out.headers["location"] == "/dang-nhap"
    copied = web.client()
    copied.cookies.set(COOKIE, cookie)  # a copy of the cookie kept from before
    assert copied.get("/tra-cuu", follow_redirects=False).status_code in (303, 401)
    assert copied.get("/api/me").status_code == 401


def test_pages_sign_in_and_show_each_person_their_own(web: Web) -> None:
    assert web.client().get("/tiep-nhan", follow_redirects=False).status_code == 303
    clerk = signed_in(web, "lan")
    counter = clerk.get("/tiep-nhan")
    assert counter.status_code == 200 and "Tiếp nhận bản quét" in counter.text
    assert clerk.get("/kiem-tra").status_code == 403
    archivist = signed_in(web, "trang")
    assert archivist.get("/", follow_redirects=False).headers["location"] == "/tra-cuu"
    found = archivist.get("/tra-cuu", params={"q": "giay khai sinh"})
    assert "<mark>" in found.text and "kết quả" in found.text
    code = code_of(AGENCY_A)
    doc = first_document(web, code)
    record = archivist.get(f"/tai-lieu/{code}/{doc}")
    assert record.status_code == 200
    assert f"/api/records/{code}/{doc}/pages/1.png" in record.text
    dossier = archivist.get(f"/ho-so/{code}")
    assert dossier.status_code == 200 and "tiếp nhận: Nguyễn Thị Lan" in dossier.text
    assert "số hóa: Nguyễn Thị Lan" in dossier.text  # the dossier's life, step by step
    auditor = signed_in(web, "hoa")
    page = auditor.get("/kiem-tra")
    assert page.status_code == 200 and "Nhật ký kiểm toán: nguyên vẹn" in page.text
    assert "mục chưa niêm phong" in page.text  # how much of the trail a seal does not cover yet
    dashboard = auditor.get("/bao-cao", params={"tu": _LAST_YEAR["from"],
                                                "den": _LAST_YEAR["to"]})
    assert dashboard.status_code == 200 and "<svg" in dashboard.text and AGENCY_A in dashboard.text
    assert web.client().get("/xac-minh").status_code == 200
    officer = signed_in(web, "an")
    assert officer.get(f"/tai-lieu/{code_of(AGENCY_B)}/{first_document(web, code_of(AGENCY_B))}"
                       ).status_code == 404


def test_a_form_from_another_site_is_refused(web: Web) -> None:
    archivist = signed_in(web, "trang")
    form = {"record": code_of(AGENCY_A), "reason": "thử", "action": "set"}
    refused = archivist.post("/kiem-tra/phong-toa", data=form,
                             headers={"Origin": "https://evil.example"}, follow_redirects=False)
    assert refused.status_code == 403
    assert archivist.post("/kiem-tra/phong-toa", data=form, follow_redirects=False
                          ).status_code == 403  # no origin at all
    assert web.client("trang").get("/api/holds").json() == [] or all(
        h["record"] != f"aip/{code_of(AGENCY_A)}/" for h in web.client("trang").get(
            "/api/holds").json())


def test_search_text_is_escaped_in_pages(web: Web) -> None:
    archivist = signed_in(web, "trang")
    page = archivist.get("/tra-cuu", params={"q": "<script>alert(1)</script>"})
    assert page.status_code == 200
    assert "<script>alert" not in page.text and "&lt;script&gt;" in page.text


def test_auditor_page_forms_run_fixity_and_refuse_a_clerk(web: Web) -> None:
    origin = {"Origin": "http://testserver"}
    auditor = signed_in(web, "hoa")
    before = web.client("hoa").get("/api/fixity").json()["runs"]
    ran = auditor.post("/kiem-tra/toan-ven", headers=origin, follow_redirects=False)
    assert ran.status_code == 303
    assert wait_fixity(web.client("hoa"), before)["runs"] == before + 1
    clerk = signed_in(web, "lan")
    assert clerk.post("/kiem-tra/toan-ven", headers=origin).status_code == 403
    refused = clerk.post("/kiem-tra/huy", headers=origin,
                         data={"before": "2026-01-01", "reason": "thử"})
    assert refused.status_code == 403 and "đề xuất hủy tài liệu" in refused.text
