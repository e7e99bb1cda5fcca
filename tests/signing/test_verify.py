"""Tests for verification: tampered files, untrusted signers, unsigned and non-PDF input."""

from __future__ import annotations

import asyncio
import dataclasses
import io
from datetime import datetime
from pathlib import Path

import pikepdf
import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from signing import (
    ClerkSigner,
    DevPki,
    InvalidSignatureError,
    NotSignedError,
    UnreadablePdfError,
    sign_pdf,
    verify_pdf,
)
from sohoa.errors import ConfigurationError
from tests.signing.support import NAME, WHEN, field_info, make_pdf


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
    # what EU DSS says of it: the signature may be good, but no trusted chain shows it
    assert (report.indication, report.sub_indication) == (
        "INDETERMINATE", "NO_CERTIFICATE_CHAIN_FOUND")
    assert report.bottom_line.startswith("Indeterminate (NO_CERTIFICATE_CHAIN_FOUND): ")
    assert report.bottom_line_vi.startswith(
        "Chưa xác định được hiệu lực: chứng thư số của người ký không do")

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
