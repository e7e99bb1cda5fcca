"""PAdES levels B-B to B-LTA on the development PKI (its own TSA and CRL), and verification
that stays possible offline after the signer's certificate has expired."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12

from signing import ClerkSigner, DevPki, sign_pdf, verify_pdf
from signing.errors import SigningError
from signing.ltv import LEVELS, current_crl, revoke, revoked, signing_profile
from tests.conftest import tiny_pdf


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> DevPki:
    return DevPki.ensure(tmp_path_factory.mktemp("ltv") / "pki")


@pytest.fixture(scope="module")
def document() -> bytes:
    return tiny_pdf("Quyet dinh so 12/QD-UBND")


def _short_lived(pki: DevPki, name: str, days: int) -> ClerkSigner:
    """A signer whose certificate (from the development CA) expires after ``days``."""
    key = ec.generate_private_key(ec.SECP256R1())
    cert = pki.issue(key.public_key(), name, not_after=datetime.now(UTC) + timedelta(days=days))
    p12 = pkcs12.serialize_key_and_certificates(b"t", key, cert, [pki.ca_cert],
                                                serialization.NoEncryption())
    return ClerkSigner.from_pkcs12(p12, None)


@pytest.mark.parametrize("level", LEVELS)
def test_each_level_is_reached_and_reported(pki: DevPki, document: bytes, level: str) -> None:
    signed = sign_pdf(document, pki.clerk_signer("Nguyễn Thị Lan"),
                      profile=signing_profile(pki, level))
    report = verify_pdf(signed, trust_roots=[pki.ca_cert_path], crls=[current_crl(pki)])
    assert report.valid, report.problems
    first = report.signatures[0]
    assert first.level == level
    assert (first.timestamp is not None) == (level != "B-B")
    assert first.revocation == "good"
    kinds = [s.kind for s in report.signatures]
    assert kinds == (["signature", "timestamp"] if level == "B-LTA" else ["signature"])


def test_b_lta_stays_valid_offline_after_the_certificate_expired(
    pki: DevPki, document: bytes
) -> None:
    signer = _short_lived(pki, "Lê Văn Hết Hạn", days=2)
    lta = sign_pdf(document, signer, profile=signing_profile(pki, "B-LTA"))
    only_t = sign_pdf(document, signer, profile=signing_profile(pki, "B-T"))
    expired = signer.certificate.not_valid_after_utc
    for later in (expired + timedelta(days=30), datetime.now(UTC) + timedelta(days=5 * 365)):
        # no CRL given: only what the document carries
        report = verify_pdf(lta, trust_roots=[pki.ca_cert_path], at=later)
        assert report.valid, report.problems
        assert report.signatures[0].long_term and report.signatures[0].level == "B-LTA"
        plain = verify_pdf(only_t, trust_roots=[pki.ca_cert_path], at=later)
        assert not plain.valid and "expired" in plain.problems[0]


def test_a_certificate_revoked_before_signing_is_invalid(pki: DevPki, document: bytes) -> None:
    signer = pki.clerk_signer("Trần Văn Thu Hồi")
    revoke(pki, signer.certificate, when=datetime.now(UTC) - timedelta(hours=1),
           reason="key_compromise")
    assert revoked(pki)[-1]["name"] == "Trần Văn Thu Hồi"
    signed = sign_pdf(document, signer, profile=signing_profile(pki, "B-T"))
    report = verify_pdf(signed, trust_roots=[pki.ca_cert_path], crls=[current_crl(pki)])
    assert not report.valid
    assert report.signatures[0].revocation == "revoked"
    assert "revoked" in report.problems[0]
    assert report.bottom_line_vi == "Không hợp lệ: chứng thư số của người ký đã bị thu hồi."
    with pytest.raises(SigningError):  # B-LT gathers revocation data, and refuses
        sign_pdf(document, signer, profile=signing_profile(pki, "B-LT"))


def test_an_unknown_level_is_refused(pki: DevPki) -> None:
    with pytest.raises(SigningError, match="B-LTA"):
        signing_profile(pki, "B-X")


def test_sohoa_verify_reports_the_level_and_checks_as_of_a_date(
    tmp_path: Path, document: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    from cli.main import main

    data = tmp_path / "data"
    pki = DevPki.ensure(data / "pki")
    signer = _short_lived(pki, "Phạm Văn Ký", days=2)
    path = tmp_path / "ket-qua.pdf"
    path.write_bytes(sign_pdf(document, signer, profile=signing_profile(pki, "B-LTA")))
    assert main(["verify", str(path), "--data", str(data)]) == 0
    out = capsys.readouterr().out
    assert "PAdES B-LTA, time-stamped" in out and "revocation: good" in out
    later = (signer.certificate.not_valid_after_utc + timedelta(days=400)).date().isoformat()
    assert main(["verify", str(path), "--data", str(data), "--at", later, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["valid"] and report["signatures"][0]["long_term"]


def test_a_later_signature_keeps_an_lta_document_valid(pki: DevPki, document: bytes) -> None:
    officer = sign_pdf(document, pki.clerk_signer("Cán bộ Một"),
                       profile=signing_profile(pki, "B-LTA"))
    both = sign_pdf(officer, pki.clerk_signer("Trung tâm Hai"), field_name="SoHoa2",
                    profile=signing_profile(pki, "B-LTA"))
    report = verify_pdf(both, trust_roots=[pki.ca_cert_path], crls=[current_crl(pki)])
    assert report.valid, report.problems
    assert [s.kind for s in report.signatures] == ["signature", "timestamp", "signature",
                                                   "timestamp"]
    # what came after the officer's signature: the DSS and time stamps, and a signature
    assert report.signatures[0].changed_after == "further signatures or form filling"
    assert report.signatures[2].changed_after.startswith("signature maintenance data")
    assert "page content" not in " ".join(s.changed_after for s in report.signatures)


def test_signing_through_a_time_stamping_service_over_http(
    pki: DevPki, document: bytes
) -> None:
    from signing.tsa_server import TsaServer

    with TsaServer(pki) as tsa:  # RFC 3161 over HTTP on loopback, as a real TSA is reached
        assert tsa.url.startswith("http://127.0.0.1:")
        signed = sign_pdf(document, pki.clerk_signer("Nguyễn Thị Lan"),
                          profile=signing_profile(pki, "B-LTA", tsa_url=tsa.url))
    report = verify_pdf(signed, trust_roots=[pki.ca_cert_path], crls=[current_crl(pki)])
    assert report.valid, report.problems
    assert report.signatures[0].level == "B-LTA" and report.signatures[0].timestamp is not None
    with pytest.raises(SigningError):  # the service is gone: a clear signing error
        sign_pdf(document, pki.clerk_signer("Nguyễn Thị Lan"),
                 profile=signing_profile(pki, "B-T", tsa_url=tsa.url))


def test_sohoa_pki_revoke_makes_later_signatures_invalid(
    tmp_path: Path, document: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    from cli.main import main

    data = tmp_path / "data"
    pki = DevPki.ensure(data / "pki")
    before = sign_pdf(document, pki.clerk_signer("Đinh Văn Mất Khóa"),
                      profile=signing_profile(pki, "B-LTA"))
    time.sleep(1.1)  # a CRL counts whole seconds: revoke strictly after the signature
    assert main(["pki", "revoke", "Đinh Văn Mất Khóa", "--reason", "key_compromise",
                 "--data", str(data)]) == 0
    after = sign_pdf(document, pki.clerk_signer("Đinh Văn Mất Khóa"),
                     profile=signing_profile(pki, "B-T"))
    (tmp_path / "after.pdf").write_bytes(after)
    (tmp_path / "before.pdf").write_bytes(before)
    capsys.readouterr()
    assert main(["verify", str(tmp_path / "after.pdf"), "--data", str(data)]) == 1
    assert "revoked" in capsys.readouterr().out
    # signed before the revocation, with its time stamp and CRL inside: still valid
    assert main(["verify", str(tmp_path / "before.pdf"), "--data", str(data)]) == 0
    assert main(["pki", "crl", "--out", str(tmp_path / "ca.crl"), "--data", str(data)]) == 0
    assert (tmp_path / "ca.crl").read_bytes()[:1] == b"\x30"  # DER


def test_revocation_data_fetched_from_the_address_the_certificate_names(
    pki: DevPki, document: bytes
) -> None:
    import socket

    from signing.pki import DEV_PKI_PORT
    from signing.tsa_server import TsaServer

    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", DEV_PKI_PORT)) == 0:
            pytest.fail(f"port {DEV_PKI_PORT} on 127.0.0.1 is taken; the test serves the CRL there")
    with TsaServer(pki, port=DEV_PKI_PORT) as services:
        signed = sign_pdf(document, pki.clerk_signer("Nguyễn Thị Lan"),
                          profile=signing_profile(pki, "B-LT", tsa_url=services.url,
                                                  fetch_revocation=True))
    report = verify_pdf(signed, trust_roots=[pki.ca_cert_path])  # only what the file carries
    assert report.valid, report.problems
    assert report.signatures[0].level == "B-LT"
