"""Tests for PAdES signing with a visible stamp: signing time, stamp place, fonts."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pikepdf
import pytest

import signing
from signing import (
    VN_TZ,
    ClerkSigner,
    DevPki,
    SigningError,
    UnsignablePdfError,
    sign_pdf,
    verify_pdf,
)
from sohoa.errors import ConfigurationError, InputDocumentError
from tests.signing.support import A4, NAME, WHEN, field_info, make_pdf

MM = 72 / 25.4


def approx(value: float) -> pytest.approx:
    return pytest.approx(value, abs=0.5)





def test_sign_and_verify(pki: DevPki, clerk: ClerkSigner) -> None:
    original = make_pdf(pages=2)
    signed = sign_pdf(original, clerk, when=WHEN)
    assert signed.startswith(original)  # incremental update: the scan bytes are untouched

    report = verify_pdf(signed, trust_roots=[pki.ca_cert_path])
    assert report.valid, report.problems
    assert (report.signed, report.intact, report.trusted, report.covers_whole_file) == (
        True,
        True,
        True,
        True,
    )
    assert report.signer == NAME
    assert unicodedata.is_normalized("NFC", report.signer)
    assert report.signing_time == WHEN
    assert report.signature_count == 1
    assert report.problems == ()
    assert NAME in report.bottom_line and report.bottom_line.startswith("Valid")
    assert report.bottom_line_vi.startswith(f"Hợp lệ: do {NAME} ký lúc")
    report.raise_for_status()

    info = field_info(signed)
    assert info["SubFilter"] == "/ETSI.CAdES.detached"
    assert info["Reason"] == "Số hóa từ bản giấy"
    assert info["ByteRange"][0] == 0
    assert info["ByteRange"][2] + info["ByteRange"][3] == len(signed)


def test_signing_time_is_honoured(pki: DevPki, clerk: ClerkSigner) -> None:
    when = datetime(2026, 1, 2, 3, 4, 5, 987654, tzinfo=VN_TZ)
    signed = sign_pdf(make_pdf(), clerk, when=when)
    assert field_info(signed)["M"] == "D:20260102030405+07'00'"
    report = verify_pdf(signed, trust_roots=[pki.ca_cert_path])
    assert report.signing_time == when.replace(microsecond=0)
    assert report.signing_time.utcoffset() == timedelta(hours=7)


def test_signing_time_in_other_zone_is_shown_in_vietnam_time(
    pki: DevPki, clerk: ClerkSigner
) -> None:
    from datetime import UTC

    signed = sign_pdf(make_pdf(), clerk, when=datetime(2026, 11, 21, 2, 15, 2, tzinfo=UTC))
    assert field_info(signed)["M"] == "D:20261121091502+07'00'"
    naive = sign_pdf(make_pdf(), clerk, when=datetime(2026, 11, 21, 9, 15, 2))
    report = verify_pdf(naive, trust_roots=[pki.ca_cert_path])
    assert report.signing_time == WHEN


def test_default_signing_time_is_now_in_vietnam(pki: DevPki, clerk: ClerkSigner) -> None:
    before = datetime.now(VN_TZ).replace(microsecond=0)
    report = verify_pdf(sign_pdf(make_pdf(), clerk), trust_roots=[pki.ca_cert_path])
    after = datetime.now(VN_TZ)
    assert report.signing_time is not None
    assert before <= report.signing_time <= after
    assert report.signing_time.utcoffset() == timedelta(hours=7)


def test_stamp_is_at_top_left_of_page_one(signed: bytes) -> None:
    info = field_info(signed)
    assert info["on_page_1"]
    x1, y1, x2, y2 = info["rect"]
    assert x1 == approx(8 * MM)
    assert A4[3] - y2 == approx(8 * MM)
    assert x2 - x1 == approx(60 * MM)
    assert y2 - y1 == approx(18 * MM)
    assert info["matrix"] == []


def test_stamp_uses_the_visible_page_box(clerk: ClerkSigner) -> None:
    media = (-20.0, 10.0, 600.0, 860.0)
    crop = (30.0, 40.0, 560.0, 800.0)
    signed = sign_pdf(make_pdf(media_box=media, crop_box=crop), clerk, when=WHEN)
    x1, y1, x2, y2 = field_info(signed)["rect"]
    assert x1 - crop[0] == approx(8 * MM)
    assert crop[3] - y2 == approx(8 * MM)
    assert (x2 - x1, y2 - y1) == (approx(60 * MM), approx(18 * MM))


@pytest.mark.parametrize(
    ("rotate", "corner", "matrix"),
    [
        (90, "x0y0", [0, 1, -1, 0, 0, 0]),
        (180, "x1y0", [-1, 0, 0, -1, 0, 0]),
        (270, "x1y1", [0, -1, 1, 0, 0, 0]),
    ],
)
def test_stamp_follows_page_rotation(
    pki: DevPki, clerk: ClerkSigner, rotate: int, corner: str, matrix: list[int]
) -> None:
    signed = sign_pdf(make_pdf(rotate=rotate), clerk, when=WHEN)
    info = field_info(signed)
    x1, y1, x2, y2 = info["rect"]
    page_x1, page_y1 = A4[2], A4[3]
    # The page is shown turned; the stamp must sit at the top-left corner as seen, upright.
    if corner == "x0y0":
        assert (x1, y1) == (approx(8 * MM), approx(8 * MM))
        assert (x2 - x1, y2 - y1) == (approx(18 * MM), approx(60 * MM))
    elif corner == "x1y0":
        assert (page_x1 - x2, y1) == (approx(8 * MM), approx(8 * MM))
        assert (x2 - x1, y2 - y1) == (approx(60 * MM), approx(18 * MM))
    else:
        assert (page_x1 - x2, page_y1 - y2) == (approx(8 * MM), approx(8 * MM))
        assert (x2 - x1, y2 - y1) == (approx(18 * MM), approx(60 * MM))
    assert info["matrix"] == matrix
    assert verify_pdf(signed, trust_roots=[pki.ca_cert_path]).valid


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_stamp_text_shows_name_and_time(signed: bytes, tmp_path: Path) -> None:
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    text = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    text = unicodedata.normalize("NFC", text)
    assert f"Người số hóa: {NAME}" in text
    assert "Ký lúc: 2026-11-21T09:15:02+07:00" in text


def test_stamp_appearance_embeds_a_font(signed: bytes) -> None:
    with pikepdf.open(io.BytesIO(signed)) as doc:
        field = doc.Root.AcroForm.Fields[0]
        fonts = field.AP.N.Resources.Font
        font = next(iter(fonts.values()))
        descendant = font.DescendantFonts[0]
        assert "DejaVuSans" in str(descendant.BaseFont) or "Liberation" in str(descendant.BaseFont)
        assert "/FontFile2" in descendant.FontDescriptor
        # Widths are in thousandths of an em: a space in a Latin font is about a third of one.
        widths = descendant.W
        assert all(Decimal(str(w)) < 1300 for chunk in widths[1::2] for w in chunk)
        assert "/ToUnicode" in font


def test_second_signature_keeps_both_valid(pki: DevPki, clerk: ClerkSigner, signed: bytes) -> None:
    binh = pki.clerk_signer("Trần Văn Bình")
    later = WHEN + timedelta(hours=1)
    twice = sign_pdf(signed, binh, when=later, field_name="SoHoa2")
    report = verify_pdf(twice, trust_roots=[pki.ca_cert_path])
    assert report.valid, report.problems
    assert report.signature_count == 2
    assert report.signer == "Trần Văn Bình"
    assert report.signing_time == later
    assert [s.signer for s in report.signatures] == [NAME, "Trần Văn Bình"]
    assert all(s.valid for s in report.signatures)
    # The second stamp goes under the first one instead of covering it.
    first = field_info(twice, "SoHoa")["rect"]
    second = field_info(twice, "SoHoa2")["rect"]
    assert second[0] == approx(first[0])
    assert second[3] <= first[1]


def test_signing_the_same_field_twice_is_refused(clerk: ClerkSigner, signed: bytes) -> None:
    with pytest.raises(UnsignablePdfError, match="already signed"):
        sign_pdf(signed, clerk)


@pytest.mark.parametrize(
    "data",
    [b"just some text, not a PDF\n", b"%PDF-1.7\nthis is not really a PDF\n", b""],
    ids=["text", "garbage-after-header", "empty"],
)
def test_signing_a_non_pdf_fails_cleanly(clerk: ClerkSigner, data: bytes) -> None:
    with pytest.raises(UnsignablePdfError) as caught:
        sign_pdf(data, clerk)
    assert isinstance(caught.value, SigningError)
    assert isinstance(caught.value, InputDocumentError)
    assert caught.value.code == "unsignable_pdf"
    assert "PDF" in caught.value.message


def test_missing_font_is_a_configuration_error(
    clerk: ClerkSigner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(signing.sign, "FONT_CANDIDATES", (tmp_path / "none.ttf",))
    with pytest.raises(ConfigurationError, match="fonts-dejavu-core"):
        sign_pdf(make_pdf(), clerk)


def test_explicit_font_path_is_used(pki: DevPki, clerk: ClerkSigner, tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError):
        sign_pdf(make_pdf(), clerk, font_path=tmp_path / "missing.ttf")
    font = signing.find_stamp_font()
    signed = sign_pdf(make_pdf(), clerk, font_path=font, when=WHEN)
    assert verify_pdf(signed, trust_roots=[pki.ca_cert_path]).valid


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_stamps_at_other_times_share_one_cut_down_font(clerk: ClerkSigner,
                                                       tmp_path: Path) -> None:
    from signing import _stamp_font

    def font_program(pdf: bytes) -> bytes:
        with pikepdf.open(io.BytesIO(pdf)) as doc:
            font = next(iter(doc.Root.AcroForm.Fields[0].AP.N.Resources.Font.values()))
            return bytes(font.DescendantFonts[0].FontDescriptor.FontFile2.read_bytes())

    _stamp_font._SUBSETS.clear()
    # no digit of the second time is in the first: the font still has every one of them
    first = sign_pdf(make_pdf(), clerk, when=datetime(2026, 11, 11, 11, 11, 11))
    second = sign_pdf(make_pdf(), clerk, when=datetime(2029, 9, 9, 9, 9, 9))
    assert len(_stamp_font._SUBSETS) == 1
    assert font_program(first) == font_program(second)
    path = tmp_path / "second.pdf"
    path.write_bytes(second)
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert "Ký lúc: 2029-09-09T09:09:09+07:00" in unicodedata.normalize("NFC", text)
