"""What `sohoa verify` reports on files the test makes: B-LTA valid, and still valid offline
after the certificate expired; a flipped byte; content changed after signing (while a later
signature or DSS data is accepted); a certificate revoked before signing; an unknown CA."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from cli.main import main
from signing import DevPki, sign_pdf
from signing.ltv import revoke, signing_profile
from tests.conftest import tiny_pdf
from tests.test_ltv import _short_lived


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, DevPki, bytes]:
    data = tmp_path / "data"
    return data, DevPki.ensure(data / "pki"), tiny_pdf("Ket qua giai quyet thu tuc hanh chinh")


def _verify(capsys: pytest.CaptureFixture[str], data: Path, pdf: bytes, tmp: Path,
            *extra: str) -> tuple[int, dict[str, Any]]:
    path = tmp / "checked.pdf"
    path.write_bytes(pdf)
    capsys.readouterr()
    code = main(["verify", str(path), "--data", str(data), "--json", *extra])
    return code, json.loads(capsys.readouterr().out)


def test_b_lta_valid_now_and_offline_after_expiry(
    office: tuple[Path, DevPki, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, pki, document = office
    signer = _short_lived(pki, "Vũ Thị Hai Ngày", days=2)
    signed = sign_pdf(document, signer, profile=signing_profile(pki, "B-LTA"))
    code, report = _verify(capsys, data, signed, tmp_path)
    assert code == 0 and report["valid"]
    first = report["signatures"][0]
    assert first["level"] == "B-LTA" and first["revocation"] == "good"
    assert first["chain"][0] == "Vũ Thị Hai Ngày" and first["chain"][-1].startswith("sohoa dev CA")
    later = (signer.certificate.not_valid_after_utc + timedelta(days=3 * 365)).date()
    code, report = _verify(capsys, data, signed, tmp_path, "--at", later.isoformat())
    assert code == 0 and report["valid"] and report["signatures"][0]["long_term"]


def test_a_flipped_byte_in_the_signed_range_is_invalid(
    office: tuple[Path, DevPki, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, pki, document = office
    signed = bytearray(sign_pdf(document, pki.clerk_signer("Nguyễn Thị Lan"),
                                profile=signing_profile(pki, "B-LTA")))
    signed[200] ^= 0x01  # inside the first signed byte range
    code, report = _verify(capsys, data, bytes(signed), tmp_path)
    assert code == 1 and not report["valid"] and not report["intact"]


def test_content_changed_after_signing_is_flagged_and_later_signatures_are_not(
    office: tuple[Path, DevPki, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, pki, document = office
    signed = sign_pdf(document, pki.clerk_signer("Nguyễn Thị Lan"),
                      profile=signing_profile(pki, "B-LTA"))
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    forged = generic.StreamObject(stream_data=b"BT /F1 40 Tf 100 400 Td (DA DUYET) Tj ET")
    writer.add_stream_to_page(0, writer.add_object(forged))
    out = io.BytesIO()
    writer.write(out)
    code, report = _verify(capsys, data, out.getvalue(), tmp_path)
    assert code == 1 and report["intact"] and not report["covers_whole_file"]
    assert report["signatures"][0]["changed_after"] == "page content or other changes"
    assert "changed after it was signed" in report["problems"][0]
    # a second signature (and its DSS data and time stamps) after the first is accepted
    again = sign_pdf(signed, pki.clerk_signer("Trung tâm"), field_name="TrungTam",
                     profile=signing_profile(pki, "B-LTA"))
    code, report = _verify(capsys, data, again, tmp_path)
    assert code == 0 and report["valid"]
    assert report["signatures"][0]["changed_after"] == "further signatures or form filling"


def test_revoked_before_signing_is_invalid_and_an_unknown_ca_untrusted(
    office: tuple[Path, DevPki, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, pki, document = office
    thief = pki.clerk_signer("Kẻ Mất Khóa")
    revoke(pki, thief.certificate, when=datetime.now(UTC) - timedelta(minutes=5),
           reason="key_compromise")
    signed = sign_pdf(document, thief, profile=signing_profile(pki, "B-T"))
    code, report = _verify(capsys, data, signed, tmp_path)
    assert code == 1 and report["signatures"][0]["revocation"] == "revoked"
    assert "revoked" in report["problems"][0]
    stranger = DevPki.ensure(tmp_path / "other-pki", "Một tổ chức khác")
    signed = sign_pdf(document, stranger.clerk_signer("Người Lạ"),
                      profile=signing_profile(stranger, "B-LTA"))
    code, report = _verify(capsys, data, signed, tmp_path)
    assert code == 1 and report["intact"] and not report["trusted"]
    assert "not issued by a trusted CA" in report["problems"][0]
