"""The one-stop software's reuse API: a citizen's archived papers by their personal
identification number, within its key's agency, each lookup and download audited with its
purpose. On the processed samples (the ``run`` fixture)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from archive.audit import AuditLog
from sohoa.people import People
from tests.web_support import AGENCY_A, AGENCY_B, Web, running, signed_in

pytestmark = pytest.mark.slow

BUYER = "001088236497"
"""Trần Quốc Huy: the receipt of dossier 000.00.12.H19-250414-0008 names him; its land-use
certificate carries no number of its own."""
CHILD = "002325113899"
"""Nông Bảo Ngọc: her birth certificate (dossier 000.00.12.H19-250414-0007) carries her
number as its ``so_cccd`` field; no receipt names her."""
PURPOSE = "000.00.12.H19-261206-0001"


@pytest.fixture(scope="module")
def web(run: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Web]:
    with running(run["data"], tmp_path_factory.mktemp("reuse")) as web:
        people = People(web.settings.data / "people.json")
        for username, agency in (("motcua", AGENCY_A), ("motcua-b", AGENCY_B)):
            people.add_account(f"Phần mềm một cửa {agency}", username, ["reuse"],
                               agency=agency, password="mat-khau-mot-cua-1")
            web.keys[username] = people.new_api_key(username)
        answer = web.client("lan").post("/api/receipts", json={
            "receipt_code": "000.00.12.H19-250414-0008", "citizen_id": BUYER,
            "procedure": "Đăng ký biến động đất đai do chuyển nhượng quyền sử dụng đất",
            "received_at": "2025-04-14T08:30:00+07:00"})
        assert answer.status_code == 201, answer.text
        yield web


def _lookup(web: Web, who: str, number: str, purpose: str | None = PURPOSE) -> Any:
    params = {"purpose": purpose} if purpose is not None else {}
    return web.client(who).get(f"/api/citizens/{number}/documents", params=params)


def _types(body: dict[str, Any]) -> set[tuple[str, str]]:
    return {(d["receipt_code"], d["doc_type"]) for d in body["documents"]}


def test_the_receipt_makes_a_dossiers_papers_the_citizens(web: Web) -> None:
    body = _lookup(web, "motcua", BUYER).json()
    assert ("000.00.12.H19-250414-0008", "giay_chung_nhan_qsdd") in _types(body)
    assert {d["receipt_code"] for d in body["documents"]} == {"000.00.12.H19-250414-0008"}
    land = next(d for d in body["documents"] if d["doc_type"] == "giay_chung_nhan_qsdd")
    assert land["validity"]["kind"] == "received" and land["validity"]["in_force"] is None
    assert len(land["sha256"]) == 64


def test_a_paper_carrying_the_number_is_the_citizens(web: Web) -> None:
    body = _lookup(web, "motcua", CHILD).json()
    assert _types(body) == {("000.00.12.H19-250414-0007", "giay_khai_sinh")}
    (birth,) = body["documents"]
    pdf = web.client("motcua").get(birth["download"])
    assert pdf.status_code == 200
    assert hashlib.sha256(pdf.content).hexdigest() == birth["sha256"]


def test_another_agencys_key_finds_nothing(web: Web) -> None:
    for number in (BUYER, CHILD):
        answer = _lookup(web, "motcua-b", number)
        assert answer.status_code == 200
        assert answer.json()["documents"] == []
    link = _lookup(web, "motcua", CHILD).json()["documents"][0]["download"]
    assert web.client("motcua-b").get(link).status_code == 404
    other = link.replace(CHILD, BUYER)  # the paper is not this citizen's
    assert web.client("motcua").get(other).status_code == 404


def test_a_purpose_and_a_whole_number_are_required(web: Web) -> None:
    assert _lookup(web, "motcua", CHILD, purpose=None).status_code == 422
    assert _lookup(web, "motcua", CHILD, purpose="không có mã").status_code == 400
    assert _lookup(web, "motcua", CHILD[:11]).status_code == 400
    assert _lookup(web, "motcua", CHILD[:11] + "*").status_code == 400
    assert _lookup(web, "lan", CHILD).status_code == 403  # a clerk has no reuse role


def test_each_lookup_and_download_is_audited_with_its_purpose(web: Web) -> None:
    purpose = "1.001193.000.00.00.H19"
    body = _lookup(web, "motcua", CHILD, purpose).json()
    web.client("motcua").get(body["documents"][0]["download"].replace(PURPOSE, purpose))
    entries = [e for e in AuditLog(web.settings.audit_path).entries()
               if e.detail.get("purpose") == purpose]
    assert [e.action for e in entries] == ["reuse_lookup", "reuse_download"]
    assert all(e.detail["citizen"] == "********3899" for e in entries)
    assert entries[0].detail["documents"] == [
        f"aip/000.00.12.H19-250414-0007/{body['documents'][0]['document_id']}/"]
    trail = Path(web.settings.audit_path).read_text(encoding="utf-8")
    assert CHILD not in trail  # the number is kept masked and keyed, never in clear


def test_a_reuse_is_kept_once_and_shown_on_the_record_page(web: Web) -> None:
    (birth,) = _lookup(web, "motcua", CHILD).json()["documents"]
    code, doc = birth["receipt_code"], birth["document_id"]
    url = f"/api/citizens/{CHILD}/documents/{code}/{doc}/reuse"
    body = {"dossier": "000.00.12.H19-261206-0042", "purpose": "1.001193"}
    first = web.client("motcua").post(url, json=body)
    assert first.status_code == 201, first.text
    again = web.client("motcua").post(url, json=body | {"purpose": "2.000986"})
    assert again.json() == first.json()  # write-once: the first record is kept
    assert web.client("motcua").post(url, json=body | {
        "dossier": "000.00.21.H56-261206-0042"}).status_code == 400  # not the key's agency
    assert web.client("motcua-b").post(url, json=body).status_code == 404
    record = web.client("trang").get(f"/api/records/{code}/{doc}").json()
    assert [u["dossier"] for u in record["reused_in"]] == ["000.00.12.H19-261206-0042"]
    page = signed_in(web, "trang").get(f"/tai-lieu/{code}/{doc}")
    assert "Được dùng lại trong hồ sơ" in page.text
    assert 'href="/ho-so/000.00.12.H19-261206-0042"' in page.text
