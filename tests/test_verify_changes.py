"""`sohoa verify` names what was changed in a signed PDF after it was signed, whatever it is:
words drawn over a page, an annotation, the document information (Info) title, the receipt
code in the XMP metadata, or both; a later signature changes nothing. Each change is an
incremental update, so the signed bytes themselves still check out.

It never takes the document's identity from the file's own metadata: a forged receipt code in
the XMP is reported as a change, never echoed as the document's code.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from cli.main import main
from ocr import PdfPage, build_searchable_pdf
from signing import DevPki, sign_pdf
from signing.ltv import signing_profile
from tests.tampering import FORGED_CODE, FORGED_TITLE, TAMPERINGS

RECEIPT = "000.00.12.H19-261121-0042"
TITLE = f"Giấy khai sinh — {RECEIPT}"
NAMED = {
    "page": ["nội dung trang 1 (the content of page 1)"],
    "annotation": ["chú thích trên trang 1 (annotations on page 1)"],
    "info": ["thông tin tài liệu (Info): /Title (the document information)"],
    "xmp": ["siêu dữ liệu XMP: sohoa:ReceiptCode (the XMP metadata)"],
    "xmp+info": ["thông tin tài liệu (Info): /Title (the document information)",
                 "siêu dữ liệu XMP: sohoa:ReceiptCode (the XMP metadata)"],
}
"""What ``sohoa verify`` says each tampering changed."""


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A data folder, and a PDF/A page with the dossier's properties signed there (B-LTA)."""
    data = tmp_path_factory.mktemp("office") / "data"
    pki = DevPki.ensure(data / "pki")
    page = np.full((600, 420), 250, np.uint8)
    page[60:80, 40:300] = 20
    pdf = build_searchable_pdf([PdfPage.from_image(page, 100.0, None)], title=TITLE,
                               receipt_code=RECEIPT, doc_type="giay_khai_sinh")
    signed = sign_pdf(pdf, pki.clerk_signer("Nguyễn Thị Lan"),
                      profile=signing_profile(pki, "B-LTA"))
    return data, signed


def _verify(capsys: pytest.CaptureFixture[str], data: Path, pdf: bytes, path: Path
            ) -> tuple[int, dict[str, Any], str]:
    path.write_bytes(pdf)
    capsys.readouterr()
    code = main(["verify", str(path), "--data", str(data), "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out), out


def test_the_document_as_signed_is_valid_and_changed_in_nothing(
    office: tuple[Path, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, signed = office
    code, report, _ = _verify(capsys, data, signed, tmp_path / "signed.pdf")
    assert code == 0 and report["valid"], report["problems"]
    assert (report["indication"], report["sub_indication"]) == ("TOTAL_PASSED", None)
    assert all(s["changes"] == [] for s in report["signatures"])


@pytest.mark.parametrize("how", list(TAMPERINGS))
def test_a_change_after_signing_is_named(
    office: tuple[Path, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    data, signed = office
    code, report, out = _verify(capsys, data, TAMPERINGS[how](signed), tmp_path / f"{how}.pdf")
    assert code == 1 and not report["valid"]
    assert report["intact"] and report["trusted"] and not report["covers_whole_file"]
    assert report["indication"] == "TOTAL_FAILED"
    first = report["signatures"][0]
    assert first["changes"] == NAMED[how], first
    assert first["changed_after"] == "page content or other changes"
    assert report["problems"][0].startswith("the document was changed after it was signed")
    assert all(name in report["problems"][0] for name in NAMED[how])
    assert report["bottom_line_vi"] == "Không hợp lệ: văn bản đã bị thay đổi sau khi ký."
    # the forged identity is named as a change, never taken for the document's
    assert FORGED_CODE not in out and FORGED_TITLE not in out


def test_the_words_say_it_at_the_shell(
    office: tuple[Path, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, signed = office
    path = tmp_path / "xmp.pdf"
    path.write_bytes(TAMPERINGS["xmp+info"](signed))
    capsys.readouterr()
    assert main(["verify", str(path), "--data", str(data)]) == 1
    out = capsys.readouterr().out
    assert "in EU DSS terms (ETSI EN 319 102-1): TOTAL_FAILED" in out
    assert "CHANGED after it: siêu dữ liệu XMP: sohoa:ReceiptCode (the XMP metadata)" in out
    assert "CHANGED after it: thông tin tài liệu (Info): /Title" in out


def test_a_later_signature_changes_nothing_a_reader_sees(
    office: tuple[Path, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, signed = office
    pki = DevPki.ensure(data / "pki")
    again = sign_pdf(signed, pki.clerk_signer("Trung tâm Phục vụ hành chính công"),
                     field_name="TrungTam", profile=signing_profile(pki, "B-LTA"))
    code, report, _ = _verify(capsys, data, again, tmp_path / "twice.pdf")
    assert code == 0 and report["valid"], report["problems"]
    assert all(s["changes"] == [] for s in report["signatures"])
    # and a change after both is named for each of them
    code, report, _ = _verify(capsys, data, TAMPERINGS["info"](again), tmp_path / "late.pdf")
    assert code == 1
    signers = [s for s in report["signatures"] if s["kind"] == "signature"]
    assert len(signers) == 2 and all(s["changes"] == NAMED["info"] for s in signers)
