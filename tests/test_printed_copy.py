"""A printed copy carries a QR code; scanning it opens the public verification page.

An issued result (signed by the officer, then sealed by the organisation) and a digitised
paper (signed by the clerk, its retention over) are archived into a fresh installation. The
printed copy comes through the API, its page 1 is rendered and its QR code decoded; the link
it holds is opened anonymously and must say valid, unchanged, by whom and when, and nothing
else of the dossier. A link with another sha256 says changed; once the paper is destroyed by
an approved disposal, its link says so with the date.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import numpy as np
import pypdfium2
import pytest
import zxingcpp
from fastapi.testclient import TestClient

from archive import archive_document
from archive.audit import AuditLog
from archive.printed_copy import PRINT_NOTICE, SCAN_HINT
from cli.main import main
from signing import sign_pdf, verify_pdf
from signing.ltv import signing_profile
from signing.results import sign_result
from sohoa.clock import now_vn
from tests.conftest import tiny_pdf
from tests.test_appearance import ORGANISATION, _result, _seal_png, _signature_png
from tests.web_support import AGENCY_A, AGENCY_B, Web, make_accounts, settings_for, signed_in
from web import create_app

PUBLIC = "https://xacminh.example.vn"
CODE = f"{AGENCY_A}-250414-0007"
RESULT = "a1b2c3d4e5f6a7b8c9d0e1f2"
PAPER = "0f1e2d3c4b5a69788796a5b4"
OFFICER = "Nguyễn Văn An"
CLERK = "Nguyễn Thị Lan"
CITIZEN = "Trịnh Văn Khiêm"
TITLE = "GIẤY PHÉP XÂY DỰNG NHÀ Ở RIÊNG LẺ"
PROCEDURE = "Cấp giấy phép xây dựng nhà ở riêng lẻ"


@dataclass
class Office:
    web: Web
    pdfs: dict[str, bytes]
    """The archived signed PDF of each document id."""

    def client(self, username: str | None = None) -> TestClient:
        return self.web.client(username)


def _metadata(doc_type: str, label: str, until: date | None) -> dict[str, object]:
    return {
        "dossier": {"receipt_code": CODE, "procedure": PROCEDURE,
                    "received_at": "2013-03-05T09:00:00+07:00"},
        "classification": {"doc_type": doc_type, "label": label, "title": TITLE,
                           "fields": {"ho_ten": CITIZEN, "so_cccd": "038090001234"}},
        "retention": {"class": "ho_so_tthc", "legal_source": "Thông tư 10/2022/TT-BNV",
                      "retain_until": until.isoformat() if until else None,
                      "permanent": until is None},
        "signature": {"signer": CLERK, "signed_at": "2013-03-05T09:00:00+07:00"},
    }


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    folder = tmp_path_factory.mktemp("printed")
    data = folder / "data"
    keys = make_accounts(data)
    settings = settings_for(data, public_url=PUBLIC + "/", verify_per_minute=1000)
    app = create_app(settings)
    with TestClient(app):
        deps = app.state.service.deps
        pki = deps.pki
        profile = signing_profile(pki, "B-LTA")
        result = sign_result(_result(OFFICER), pki.clerk_signer(OFFICER),
                             pki.clerk_signer(ORGANISATION),
                             signature_image=_signature_png(folder / "chu-ky.png"),
                             seal_image=_seal_png(folder / "dau.png"), profile=profile)
        paper = sign_pdf(tiny_pdf(f"Don de nghi - {CODE}"), pki.clerk_signer(CLERK),
                         profile=profile)
        for doc_id, pdf, doc_type, until in (
                (RESULT, result, "giay_phep", None),
                (PAPER, paper, "don_de_nghi", date(2023, 3, 5))):
            archive_document(deps.store, receipt_code=CODE, document_id=doc_id,
                             files={"document.pdf": pdf, "ocr.json": b"{}"},
                             metadata=_metadata(doc_type, "Giấy phép xây dựng", until),
                             retain_until=until, permanent=until is None)
        yield Office(Web(settings, app, keys), {RESULT: result, PAPER: paper})


def _qr_link(printed: bytes) -> str:
    """The text of the QR code on page 1 of a printed copy, read from a 200 dpi rendering."""
    pdf = pypdfium2.PdfDocument(printed)
    try:
        image = pdf[0].render(scale=200 / 72).to_pil()
    finally:
        pdf.close()
    codes = [c for c in zxingcpp.read_barcodes(image) if c.format == zxingcpp.BarcodeFormat.QRCode]
    assert len(codes) == 1, codes
    return str(codes[0].text)


def _red_pixels(printed: bytes) -> int:
    """How many strongly red pixels page 1 of ``printed`` has at 72 dpi."""
    pdf = pypdfium2.PdfDocument(printed)
    try:
        rgb = np.asarray(pdf[0].render(scale=1).to_pil().convert("RGB")).astype(int)
    finally:
        pdf.close()
    red, green, blue = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    return int(((red > 150) & (green < 100) & (blue < 100)).sum())


def _page_text(printed: bytes, page: int) -> str:
    pdf = pypdfium2.PdfDocument(printed)
    try:
        return str(pdf[page].get_textpage().get_text_range())
    finally:
        pdf.close()


def _open(office: Office, link: str) -> tuple[int, str]:
    """Open ``link`` as a phone would: anonymously, on this service."""
    parts = urlsplit(link)
    response = office.client().get(f"{parts.path}?{parts.query}")
    return response.status_code, response.text


def _reference(doc_id: str, sha256: str, code: str = CODE) -> str:
    return f"/xac-minh?ma={code}&tl={doc_id}&sha256={sha256}"


def test_the_qr_code_of_a_printed_result_opens_a_page_that_says_valid_unchanged_and_who(
        office: Office) -> None:
    response = office.client("trang").get(f"/api/dossiers/{CODE}/documents/{RESULT}/print")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/pdf"
    printed = response.content
    sha = hashlib.sha256(office.pdfs[RESULT]).hexdigest()
    # a print, not the signed original: no signature carried over, and it says so
    assert not verify_pdf(printed, trust_roots=[]).signed
    text = _page_text(printed, 0)
    assert PRINT_NOTICE in text and SCAN_HINT in text and sha[:16] in text
    assert _red_pixels(printed) > 500  # the organisation's seal is printed where it was put

    link = _qr_link(printed)
    parts = urlsplit(link)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == f"{PUBLIC}/xac-minh"
    assert parse_qs(parts.query) == {"ma": [CODE], "tl": [RESULT], "sha256": [sha]}
    status, page = _open(office, link)
    assert status == 200, page
    assert "Không thay đổi (unchanged)" in page and "ĐÃ THAY ĐỔI" not in page
    assert "Chữ ký số: hợp lệ (valid)" in page
    assert f"{OFFICER} — người có thẩm quyền ký (the officer)" in page
    assert f"{ORGANISATION} — con dấu của cơ quan (the organisation&#39;s seal)" in page
    assert f"ký lúc {now_vn().date().isoformat()}" in page
    # the print is in the audit trail; an officer of another agency gets nothing
    printed_entries = [e for e in AuditLog(office.web.settings.audit_path).entries()
                       if e.action == "printed" and RESULT in e.record]
    assert printed_entries and printed_entries[-1].detail["sha256"] == sha
    assert office.client("binh").get(
        f"/api/dossiers/{CODE}/documents/{RESULT}/print").status_code == 404


def test_a_link_with_another_sha256_says_the_document_changed(office: Office) -> None:
    sha = hashlib.sha256(office.pdfs[RESULT]).hexdigest()
    tampered = ("0" if sha[0] != "0" else "1") + sha[1:]
    response = office.client().get(_reference(RESULT, tampered))
    assert response.status_code == 200
    assert "ĐÃ THAY ĐỔI (changed)" in response.text
    assert "Không thay đổi (unchanged)" not in response.text


def test_the_page_shows_nothing_of_the_dossier_but_the_verdict(office: Office) -> None:
    sha = hashlib.sha256(office.pdfs[PAPER]).hexdigest()
    page = office.client().get(_reference(PAPER, sha.upper())).text  # case does not matter
    assert "Không thay đổi (unchanged)" in page and f"{CLERK} — người số hóa" in page
    for secret in (CITIZEN, "038090001234", TITLE, PROCEDURE, "Giấy phép xây dựng",
                   "Thông tư 10/2022"):
        assert secret not in page, secret


def test_unknown_documents_are_answered_alike_and_bad_links_are_refused(
        office: Office) -> None:
    sha = hashlib.sha256(office.pdfs[RESULT]).hexdigest()
    answers = [office.client().get(path) for path in (
        _reference(RESULT, sha, f"{AGENCY_A}-250414-9999"),  # no such dossier
        _reference("ffffffffffffffffffffffff", sha),  # no such document in the dossier
        _reference(RESULT, sha, f"{AGENCY_B}-250414-0007"),  # the same number, another agency
    )]
    assert {a.status_code for a in answers} == {404}
    assert len({a.text for a in answers}) == 1
    assert "Không tìm thấy (not found)" in answers[0].text
    for bad, says in (({"ma": "../../etc", "tl": RESULT, "sha256": sha}, "Mã hồ sơ"),
                      ({"ma": CODE, "tl": "XYZ", "sha256": sha}, "Mã tài liệu"),
                      ({"ma": CODE, "tl": RESULT, "sha256": sha[:40]}, "sha256"),
                      ({"ma": CODE, "tl": RESULT}, "sha256")):
        refused = office.client().get("/xac-minh", params=bad)
        assert refused.status_code == 400, bad
        assert says in refused.text, (bad, refused.text[:500])
    assert office.client().get("/xac-minh").status_code == 200  # the upload form as before


def test_the_record_page_links_to_the_print_and_the_command_writes_it(
        office: Office, tmp_path: Path) -> None:
    page = signed_in(office.web, "trang").get(f"/tai-lieu/{CODE}/{RESULT}")
    assert page.status_code == 200
    assert f'href="/api/dossiers/{CODE}/documents/{RESULT}/print"' in page.text
    out = tmp_path / "in" / "ban-in.pdf"
    with contextlib.redirect_stdout(io.StringIO()):
        status = main(["print", CODE, RESULT, "--out", str(out), "--data",
                       str(office.web.settings.data), "--by", "Phạm Thu Trang"])
    assert status == 0
    assert urlsplit(_qr_link(out.read_bytes())).query == (
        f"ma={CODE}&tl={RESULT}&sha256={hashlib.sha256(office.pdfs[RESULT]).hexdigest()}")


def test_after_an_approved_disposal_the_link_says_destroyed_with_the_date(
        office: Office) -> None:
    trang, hoa = office.client("trang"), office.client("hoa")
    printed = trang.get(f"/api/dossiers/{CODE}/documents/{PAPER}/print")
    assert printed.status_code == 200
    link = _qr_link(printed.content)
    assert _open(office, link)[0] == 200
    proposed = trang.post("/api/disposals", json={"reason": "Biên bản số 07/BB-HĐXĐGTTL",
                                                  "records": [f"{CODE}/{PAPER}"]})
    assert proposed.status_code == 201, proposed.text
    batch = proposed.json()["batch_id"]
    assert hoa.post(f"/api/disposals/{batch}/approve", json={"note": "Đồng ý"}
                    ).json()["state"] == "approved"
    assert trang.post(f"/api/disposals/{batch}/execute").json()["state"] == "executed"
    (gone,) = trang.get(f"/api/dossiers/{CODE}").json()["destroyed"]
    day = gone["destroyed_at"][:10]
    status, page = _open(office, link)
    assert status == 200
    assert (f"Tài liệu đã được hủy ngày {day} theo quyết định hủy đã phê duyệt (destroyed "
            f"on {day} by an approved disposal)") in page
    assert CLERK not in page and "Không thay đổi" not in page and gone["batch_id"] not in page
    assert trang.get(f"/api/dossiers/{CODE}/documents/{PAPER}/print").status_code == 404


def test_links_opened_from_one_address_are_rate_limited_like_uploads(tmp_path: Path) -> None:
    app = create_app(settings_for(tmp_path / "data", verify_per_minute=2))
    sha = "ab" * 32
    with TestClient(app) as anyone:
        answers = [anyone.get(_reference(RESULT, sha)).status_code for _ in range(3)]
        assert answers == [404, 404, 429]
        assert anyone.get("/xac-minh").status_code == 200  # the form itself is not counted
