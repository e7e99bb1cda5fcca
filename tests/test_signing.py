"""Tests for the signing package: development PKI, PAdES signing with a stamp, verification."""

from __future__ import annotations

import asyncio
import dataclasses
import io
import multiprocessing
import shutil
import stat
import subprocess
import unicodedata
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pikepdf
import pytest
from cryptography import x509
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

import signing
from signing import (
    VN_TZ,
    ClerkSigner,
    DevPki,
    InvalidSignatureError,
    NotSignedError,
    PkiError,
    SigningError,
    UnreadablePdfError,
    UnsignablePdfError,
    sign_pdf,
    verify_pdf,
)
from sohoa.errors import ConfigurationError, InputDocumentError

NAME = "Nguyễn Thị Lan"
WHEN = datetime(2026, 11, 21, 9, 15, 2, tzinfo=VN_TZ)
MM = 72 / 25.4
A4 = (0.0, 0.0, 595.28, 841.89)
IMAGE_W, IMAGE_H = 300, 424
TEXT_LAYER = b"(Giay khai sinh so 123)"


# --------------------------------------------------------------------------- helpers


def make_pdf(
    *,
    pages: int = 1,
    rotate: int = 0,
    media_box: tuple[float, float, float, float] = A4,
    crop_box: tuple[float, float, float, float] | None = None,
) -> bytes:
    """A PDF shaped like the OCR output: a full-page scan image plus an invisible text layer."""
    pdf = pikepdf.new()
    font = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
        )
    )
    x0, y0, x1, y1 = media_box
    for number in range(pages):
        pixels = bytes((i * 7 + number) % 251 for i in range(IMAGE_W * IMAGE_H))
        image = pikepdf.Stream(pdf, pixels)
        image.Type = pikepdf.Name.XObject
        image.Subtype = pikepdf.Name.Image
        image.Width, image.Height = IMAGE_W, IMAGE_H
        image.ColorSpace = pikepdf.Name.DeviceGray
        image.BitsPerComponent = 8
        content = (
            (
                f"q {x1 - x0:.2f} 0 0 {y1 - y0:.2f} {x0:.2f} {y0:.2f} cm /Im0 Do Q\n"
                f"BT 3 Tr /F1 12 Tf {x0 + 72:.2f} {y1 - 120:.2f} Td "
            ).encode()
            + TEXT_LAYER
            + f" Tj 0 -14 Td (Trang {number + 1}) Tj ET\n".encode()
        )
        page = pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=list(media_box),
            Resources=pikepdf.Dictionary(
                XObject=pikepdf.Dictionary(Im0=image), Font=pikepdf.Dictionary(F1=font)
            ),
            Contents=pikepdf.Stream(pdf, content),
        )
        if crop_box is not None:
            page.CropBox = list(crop_box)
        if rotate:
            page.Rotate = rotate
        pdf.pages.append(pikepdf.Page(page))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def stream_offsets(pdf: bytes) -> dict[str, tuple[int, int]]:
    """(start, length) in the file of page 1's content stream and scan image, as stored."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        content = page.obj.Contents.read_raw_bytes()
        image = page.Resources.XObject.Im0.read_raw_bytes()
    offsets = {}
    for label, raw in (("content stream", content), ("image data", image)):
        start = pdf.find(raw)
        assert start > 0 and pdf.find(raw, start + 1) == -1
        offsets[label] = (start, len(raw))
    return offsets


def flip(data: bytes, position: int) -> bytes:
    changed = bytearray(data)
    changed[position] ^= 0x01
    return bytes(changed)


def field_info(signed: bytes, name: str = "SoHoa") -> dict[str, object]:
    """Plain values read from the signature field with pikepdf."""
    with pikepdf.open(io.BytesIO(signed)) as doc:
        for field in doc.Root.AcroForm.Fields:
            if str(field.T) == name:
                appearance = field.AP.N
                return {
                    "rect": [float(v) for v in field.Rect],
                    "on_page_1": field.P.objgen == doc.pages[0].obj.objgen,
                    "matrix": [float(v) for v in appearance.get("/Matrix", [])],
                    "appearance": appearance.read_bytes(),
                    "M": str(field.V.M),
                    "SubFilter": str(field.V.SubFilter),
                    "Reason": str(field.V.get("/Reason", "")),
                    "ByteRange": [int(v) for v in field.V.ByteRange],
                }
    raise AssertionError(f"no field {name}")


def approx(value: float) -> pytest.approx:
    return pytest.approx(value, abs=0.5)


@pytest.fixture
def pki(tmp_path: Path) -> DevPki:
    return DevPki.ensure(tmp_path / "pki")


@pytest.fixture
def clerk(pki: DevPki) -> ClerkSigner:
    return pki.clerk_signer(NAME)


@pytest.fixture
def signed(clerk: ClerkSigner) -> bytes:
    return sign_pdf(make_pdf(pages=2), clerk, when=WHEN)


# --------------------------------------------------------------------------- PKI


def test_pki_is_created_once_and_reloaded(tmp_path: Path) -> None:
    folder = tmp_path / "pki"
    first = DevPki.ensure(folder)
    lan = first.clerk_signer(NAME)

    again = DevPki.ensure(folder)
    assert again.ca_cert == first.ca_cert
    assert again.ca_cert_path.read_bytes() == first.ca_cert_path.read_bytes()
    reloaded = again.clerk_signer(NAME)
    assert reloaded.certificate == lan.certificate
    assert reloaded.p12_path == lan.p12_path

    assert reloaded.p12_path is not None
    assert reloaded.p12_path.parent == folder / "signers"
    assert reloaded.p12_path.name.startswith("nguyen-thi-lan-")
    for secret in (folder / "passphrase", folder / "ca.key.pem", reloaded.p12_path):
        assert stat.S_IMODE(secret.stat().st_mode) == 0o600, secret
    assert len((folder / "passphrase").read_text().strip()) >= 32


def test_ca_and_clerk_certificates(pki: DevPki, clerk: ClerkSigner) -> None:
    ca = pki.ca_cert
    org = "Trung tâm Phục vụ hành chính công"
    assert ca.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == (
        f"sohoa dev CA — {org}"
    )
    assert ca.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == org
    assert ca.subject.get_attributes_for_oid(NameOID.COUNTRY_NAME)[0].value == "VN"
    assert ca.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    ca_usage = ca.extensions.get_extension_for_class(x509.KeyUsage).value
    assert ca_usage.key_cert_sign and ca_usage.crl_sign
    assert ca.not_valid_after_utc - ca.not_valid_before_utc > timedelta(days=3640)

    cert = clerk.certificate
    assert cert.issuer == ca.subject
    cert.verify_directly_issued_by(ca)
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == NAME
    assert cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == org
    assert not cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment
    assert clerk.name == NAME
    assert pki.organisation == org


def test_clerk_name_is_nfc_normalised(pki: DevPki, clerk: ClerkSigner) -> None:
    decomposed = unicodedata.normalize("NFD", "  Nguyễn   Thị Lan ")
    assert decomposed != NAME
    same = pki.clerk_signer(decomposed)
    assert same.name == NAME
    assert same.certificate == clerk.certificate
    other = pki.clerk_signer("Trần Văn Bình")
    assert other.p12_path != clerk.p12_path
    assert other.certificate.serial_number != clerk.certificate.serial_number


def test_empty_clerk_name_is_refused(pki: DevPki) -> None:
    with pytest.raises(PkiError):
        pki.clerk_signer("   ")


def _ensure_in_child(folder: str, queue: multiprocessing.Queue) -> None:
    pki = DevPki.ensure(Path(folder))
    signer = pki.clerk_signer(NAME)
    queue.put((pki.ca_cert.serial_number, signer.certificate.serial_number))


def test_concurrent_first_runs_agree(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    folder = str(tmp_path / "pki")
    workers = [ctx.Process(target=_ensure_in_child, args=(folder, queue)) for _ in range(4)]
    for worker in workers:
        worker.start()
    results = [queue.get(timeout=60) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    assert len(set(results)) == 1
    assert not list((tmp_path / "pki").glob("**/*.tmp"))


def test_new_ca_reissues_clerk_certificates(tmp_path: Path) -> None:
    folder = tmp_path / "pki"
    old = DevPki.ensure(folder)
    old_cert = old.clerk_signer(NAME).certificate
    (folder / "ca.cert.pem").unlink()
    (folder / "ca.key.pem").unlink()
    new = DevPki.ensure(folder)
    assert new.ca_cert != old.ca_cert
    fresh = new.clerk_signer(NAME)
    assert fresh.certificate != old_cert
    fresh.certificate.verify_directly_issued_by(new.ca_cert)


def test_incomplete_pki_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "pki"
    DevPki.ensure(folder)
    (folder / "ca.key.pem").unlink()
    with pytest.raises(PkiError, match="incomplete"):
        DevPki.ensure(folder)


def test_clerk_signer_from_pkcs12_with_wrong_passphrase(clerk: ClerkSigner) -> None:
    assert clerk.p12_path is not None
    with pytest.raises(PkiError, match="passphrase"):
        ClerkSigner.from_pkcs12(clerk.p12_path.read_bytes(), "wrong")


# --------------------------------------------------------------------------- signing


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


# --------------------------------------------------------------------------- tampering


@pytest.mark.parametrize("where", ["content stream", "image data"])
@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9])
def test_flipped_byte_in_page_data_is_detected(
    pki: DevPki, clerk: ClerkSigner, where: str, fraction: float
) -> None:
    original = make_pdf(pages=2)
    signed = sign_pdf(original, clerk, when=WHEN)
    start, length = stream_offsets(original)[where]
    report = verify_pdf(
        flip(signed, start + int(length * fraction)), trust_roots=[pki.ca_cert_path]
    )
    assert not report.valid
    assert not report.intact
    assert report.signed
    assert any("changed after it was signed" in p for p in report.problems), report.problems
    assert "signature 1 of 1, field SoHoa" in report.problems[0]
    assert report.bottom_line.startswith("Not valid: the document was changed")
    assert report.bottom_line_vi == "Không hợp lệ: văn bản đã bị thay đổi sau khi ký."
    with pytest.raises(InvalidSignatureError):
        report.raise_for_status()


def _positions(signed: bytes) -> dict[str, int]:
    """Byte positions inside the signed ranges, in structural parts of the file."""
    byte_range_at = signed.rfind(b"/ByteRange")
    positions = {
        "header": 0,
        "first object": signed.find(b" obj") + 1,
        "original xref": signed.find(b"xref") + 30,
        "signing time": signed.find(b"/M (D", byte_range_at) + 12,
        "byte range": signed.find(b"[", byte_range_at) + 3,
        "signature dictionary": signed.find(b"/Type /Sig", byte_range_at) + 3,
        "last trailer": len(signed) - 12,
    }
    assert all(position >= 0 for position in positions.values())
    assert positions["signing time"] > byte_range_at
    assert positions["signature dictionary"] > byte_range_at
    return positions


@pytest.mark.parametrize(
    "where",
    [
        "header",
        "first object",
        "original xref",
        "signing time",
        "byte range",
        "signature dictionary",
        "last trailer",
    ],
)
def test_flipped_byte_in_file_structure_never_escapes(
    pki: DevPki, signed: bytes, where: str
) -> None:
    position = _positions(signed)[where]
    start1, len1, start2, len2 = field_info(signed)["ByteRange"]
    assert start1 <= position < start1 + len1 or start2 <= position < start2 + len2
    report = verify_pdf(flip(signed, position), trust_roots=[pki.ca_cert_path])
    assert not report.valid
    assert not report.intact
    assert report.problems and all(p.strip() for p in report.problems)
    assert report.bottom_line.startswith("Not ")


def test_damaged_signature_contents_are_reported(pki: DevPki, signed: bytes) -> None:
    start1, len1, start2, _ = field_info(signed)["ByteRange"]
    middle = (start1 + len1 + start2) // 2  # inside the hex signature value, outside the ranges
    damaged = bytearray(signed)
    damaged[middle] = ord("0") if damaged[middle] != ord("0") else ord("1")
    report = verify_pdf(bytes(damaged), trust_roots=[pki.ca_cert_path])
    assert not report.valid
    assert report.problems


def test_appended_update_changing_page_content_is_detected(pki: DevPki, signed: bytes) -> None:
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    forged = generic.StreamObject(stream_data=b"BT /F1 40 Tf 100 400 Td (DA DUYET) Tj ET")
    writer.add_stream_to_page(0, writer.add_object(forged))
    out = io.BytesIO()
    writer.write(out)

    report = verify_pdf(out.getvalue(), trust_roots=[pki.ca_cert_path])
    assert report.signed
    assert report.intact  # the signed revision itself is untouched ...
    assert not report.covers_whole_file  # ... but something unsigned was added after it
    assert not report.valid
    assert any("changed after it was signed" in p for p in report.problems), report.problems
    assert report.signatures[0].changed_after == "page content or other changes"


def test_removed_signature_is_noticed(pki: DevPki, signed: bytes) -> None:
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    del writer.root["/AcroForm"]
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)

    report = verify_pdf(out.getvalue(), trust_roots=[pki.ca_cert_path])
    assert not report.signed
    assert not report.valid
    assert any("no signature field refers to" in p for p in report.problems)
    assert "removed" in report.bottom_line


# --------------------------------------------------------------------------- trust and input


def test_signature_from_another_ca_is_not_trusted(
    tmp_path: Path, pki: DevPki, signed: bytes
) -> None:
    stranger = DevPki.ensure(tmp_path / "elsewhere")
    report = verify_pdf(signed, trust_roots=[stranger.ca_cert_path])
    assert report.signed and report.intact and report.covers_whole_file
    assert not report.trusted
    assert not report.valid
    assert any("not issued by a trusted CA" in p for p in report.problems), report.problems
    assert report.signer == NAME
    assert report.bottom_line_vi.startswith("Không hợp lệ: chứng thư số của người ký không do")

    nobody = verify_pdf(signed, trust_roots=[])
    assert not nobody.trusted
    assert any("not issued by a trusted CA" in p for p in nobody.problems)

    both = verify_pdf(signed, trust_roots=[stranger.ca_cert_path, pki.ca_cert_path])
    assert both.valid


def test_signer_from_another_ca_signing_our_document(tmp_path: Path, pki: DevPki) -> None:
    stranger = DevPki.ensure(tmp_path / "elsewhere", organisation="Một đơn vị khác")
    forged = sign_pdf(make_pdf(), stranger.clerk_signer(NAME), when=WHEN)
    report = verify_pdf(forged, trust_roots=[pki.ca_cert_path])
    assert report.intact and not report.trusted and not report.valid
    assert any("not issued by a trusted CA" in p for p in report.problems)


def test_unsigned_pdf_gives_a_report(pki: DevPki) -> None:
    report = verify_pdf(make_pdf(), trust_roots=[pki.ca_cert_path])
    assert not report.signed
    assert not report.valid
    assert report.signature_count == 0
    assert report.signer is None and report.signing_time is None
    assert len(report.problems) == 1 and report.problems[0].startswith("no signature")
    assert report.bottom_line.startswith("Not signed")
    assert report.bottom_line_vi.startswith("Chưa ký số")
    with pytest.raises(NotSignedError) as caught:
        report.raise_for_status()
    assert caught.value.code == "not_signed"


@pytest.mark.parametrize(
    "data",
    [b"Hello, this is a text file.\n", b"", b"%PDF-1.7\nnot a pdf at all\n"],
    ids=["text", "empty", "header-only"],
)
def test_non_pdf_is_unreadable(pki: DevPki, data: bytes) -> None:
    with pytest.raises(UnreadablePdfError) as caught:
        verify_pdf(data, trust_roots=[pki.ca_cert_path])
    assert caught.value.code == "unreadable_pdf"
    assert "PDF" in caught.value.message


def test_missing_trust_root_is_a_configuration_error(tmp_path: Path, signed: bytes) -> None:
    with pytest.raises(ConfigurationError, match="trust root"):
        verify_pdf(signed, trust_roots=[tmp_path / "nowhere.pem"])
    not_a_cert = tmp_path / "junk.pem"
    not_a_cert.write_text("junk")
    with pytest.raises(ConfigurationError, match="trust root"):
        verify_pdf(signed, trust_roots=[not_a_cert])


def test_works_inside_a_running_event_loop(pki: DevPki, clerk: ClerkSigner) -> None:
    async def handler() -> tuple[bool, datetime | None]:
        signed = sign_pdf(make_pdf(), clerk, when=WHEN)
        report = verify_pdf(signed, trust_roots=[pki.ca_cert_path])
        return report.valid, report.signing_time

    assert asyncio.run(handler()) == (True, WHEN)


def test_report_is_frozen(pki: DevPki, signed: bytes) -> None:
    report = verify_pdf(signed, trust_roots=[pki.ca_cert_path])
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.signed = False  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.signatures[0].intact = False  # type: ignore[misc]
