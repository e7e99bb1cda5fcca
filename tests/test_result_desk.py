"""The results desk: an officer sees their agency's dossiers waiting for a result and issues
it from the page; the counter sees it ready and records it returned; the dossier's life
shows each step, and another agency sees none of it."""

from __future__ import annotations

import re
from datetime import timedelta

from pipeline.receipts import register_receipt
from sohoa.clock import now_vn
from tests.result_pdfs import result_pdf
from tests.test_results import CODE, OFFICER, _service, web  # noqa: F401 (a fixture)
from tests.web_support import AGENCY_A, AGENCY_B, Web, signed_in

OTHER = f"{AGENCY_B}-251121-0001"


def _codes(rows: list[dict]) -> list[str]:
    return [r["receipt_code"] for r in rows]


def test_a_result_goes_from_waiting_to_ready_to_returned(web: Web) -> None:  # noqa: F811
    register_receipt(_service(web).deps.store, OTHER, procedure="Đăng ký khai sinh",
                     received_at=now_vn() - timedelta(days=1), who="Phần mềm một cửa")
    an = web.client("an")
    desk = an.get("/api/results/desk").json()
    assert desk["agency"] == AGENCY_A and _codes(desk["waiting"]) == [CODE]
    assert desk["waiting"][0]["procedure"] == "Cấp giấy chứng nhận quyền sử dụng đất"
    assert desk["waiting"][0]["days_waiting"] == 3
    # another agency's officer sees their own agency whatever they ask for
    binh = web.client("binh").get("/api/results/desk", params={"agency": AGENCY_A}).json()
    assert binh["agency"] == AGENCY_B and _codes(binh["waiting"]) == [OTHER]
    # a head of the centre names the agency; without one they are told to
    assert web.client("quan").get("/api/results/desk").status_code == 400
    assert _codes(web.client("quan").get("/api/results/desk", params={
        "agency": AGENCY_A}).json()["waiting"]) == [CODE]

    # the officer's page lists the dossier and issues its result from the form
    page = signed_in(web, "an")
    listed = page.get("/tra-ket-qua")
    assert listed.status_code == 200 and CODE in listed.text and OTHER not in listed.text
    assert f'action="/tra-ket-qua/{CODE}"' in listed.text
    sent = page.post(f"/tra-ket-qua/{CODE}", files={
        "file": ("qd.pdf", result_pdf(officer=OFFICER), "application/pdf")},
        data={"so_ky_hieu": "125/QĐ-UBND"}, headers={"Origin": "http://testserver"},
        follow_redirects=False)
    assert sent.status_code == 303, sent.text
    issued = re.search(r"issued=([^/]+)/(\w+)", sent.headers["location"])
    assert issued is not None and issued.group(1) == CODE
    document_id = issued.group(2)
    desk = an.get("/api/results/desk").json()
    assert desk["waiting"] == [] and _codes(desk["ready"]) == [CODE]
    assert desk["ready"][0]["result_document_id"] == document_id
    assert desk["ready"][0]["result_issued_by"] == OFFICER

    # the counter sees the result ready and records that it was handed over
    lan = signed_in(web, "lan")
    counter = lan.get("/tiep-nhan")
    assert counter.status_code == 200 and f"/ho-so/{CODE}/buoc" in counter.text
    assert f"/tai-lieu/{CODE}/{document_id}" in counter.text
    back = lan.post(f"/ho-so/{CODE}/buoc", data={"step": "returned", "next": "/tiep-nhan"},
                    headers={"Origin": "http://testserver"}, follow_redirects=False)
    assert back.status_code == 303 and back.headers["location"] == "/tiep-nhan"
    assert f"/ho-so/{CODE}/buoc" not in lan.get("/tiep-nhan").text
    desk = an.get("/api/results/desk").json()
    assert desk["ready"] == [] and _codes(desk["returned"]) == [CODE]
    assert desk["returned"][0]["returned_by"] == "Nguyễn Thị Lan"

    # the one-stop software closes it through the API; the life shows every step, in order
    closed = web.client("lan").post(f"/api/dossiers/{CODE}/steps", json={"step": "closed"})
    assert closed.status_code == 201, closed.text
    life = an.get(f"/api/dossiers/{CODE}").json()["life"]
    assert [s["step"] for s in life] == ["received", "digitised", "sent", "result_issued",
                                         "returned", "closed"]
    assert web.client("binh").post(f"/api/dossiers/{CODE}/steps",
                                   json={"step": "closed"}).status_code == 404


def test_steps_out_of_order_are_refused_with_the_step_missing(web: Web) -> None:  # noqa: F811
    r = web.client("an").post(f"/api/dossiers/{CODE}/steps", json={"step": "returned"})
    assert r.status_code == 409 and "có kết quả" in r.json()["message"]
    bad = web.client("an").post(f"/api/dossiers/{CODE}/steps", json={"step": "digitised"})
    assert bad.status_code == 422
