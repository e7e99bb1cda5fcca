"""Tests for the development PKI: the CA, clerk certificates and key files."""

from __future__ import annotations

import multiprocessing
import stat
import unicodedata
from datetime import timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.x509.oid import NameOID

from signing import ClerkSigner, DevPki, PkiError
from tests.signing.support import NAME


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
