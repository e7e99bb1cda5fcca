"""Signing with a key kept on a PKCS#11 token, on a real SoftHSM2 token made for the test."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pkcs11
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID
from pkcs11 import Attribute, ObjectClass

from signing import DevPki, PkiError, sign_pdf, verify_pdf
from signing import pkcs11 as token_signing
from signing.ltv import current_crl, signing_profile
from signing.pkcs11 import find_softhsm_module, open_token_signer, provision_dev_token
from tests.conftest import tiny_pdf

pytestmark = pytest.mark.softhsm

PIN, SO_PIN, LABEL = "246810", "13579111", "can-bo-mot-cua"
NAME = "Hoàng Thị Token"


@pytest.fixture(scope="module")
def token(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, DevPki]]:
    """A fresh SoftHSM2 token, with a key pair made on it and certified. One for the module:
    the PKCS#11 library reads its configuration when it is loaded, once per process."""
    module = find_softhsm_module()
    if module is None or shutil.which("softhsm2-util") is None:
        pytest.skip("SoftHSM2 is not installed (Debian package softhsm2)")
    base = tmp_path_factory.mktemp("softhsm")
    (base / "tokens").mkdir()
    conf = base / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {base / 'tokens'}\nobjectstore.backend = file\n"
                    "log.level = ERROR\n")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOFTHSM2_CONF", str(conf))
        pkcs11.unload(str(module.resolve()))  # loaded earlier with another configuration?
        subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", LABEL,
                        "--so-pin", SO_PIN, "--pin", PIN], check=True, capture_output=True,
                       timeout=60)
        pki = DevPki.ensure(base / "pki")
        provision_dev_token(pki, module, LABEL, PIN, NAME)
        yield module, pki
        pkcs11.unload(str(module.resolve()))


def _pdf() -> bytes:
    return tiny_pdf("Giay xac nhan")


def test_a_signature_made_on_the_token_is_valid(token: tuple[Path, DevPki]) -> None:
    module, pki = token
    with open_token_signer(module, LABEL, PIN, NAME) as signer:
        assert signer.name == NAME
        assert signer.organisation == pki.organisation
        signed = sign_pdf(_pdf(), signer)
    report = verify_pdf(signed, trust_roots=[pki.ca_cert_path])
    assert report.valid, report.problems
    assert report.signer == NAME
    assert signer.closed and not token_signing._LOGINS  # the token was logged out


def test_a_b_lta_signature_made_on_the_token_is_valid(token: tuple[Path, DevPki]) -> None:
    module, pki = token
    with open_token_signer(module, LABEL, PIN, NAME) as signer:
        signed = sign_pdf(_pdf(), signer, profile=signing_profile(pki, "B-LTA"))
    report = verify_pdf(signed, trust_roots=[pki.ca_cert_path], crls=[current_crl(pki)])
    assert report.valid, report.problems
    assert report.signer == NAME and report.signatures[0].level == "B-LTA"
    # and as anyone checks it
    from cli.main import main

    path = pki.pki_dir.parent / "token-signed.pdf"
    path.write_bytes(signed)
    assert main(["verify", str(path), "--data", str(pki.pki_dir.parent)]) == 0


def test_the_certificate_and_its_ca_come_from_the_token(token: tuple[Path, DevPki]) -> None:
    module, pki = token
    with open_token_signer(module, LABEL, PIN, NAME) as signer:
        cert = signer.certificate
        assert cert.issuer == pki.ca_cert.subject
        assert signer.key_label == NAME and signer.key_id
        registry = signer.pyhanko_signer.cert_registry
        assert any(c.subject == signer.pyhanko_signer.signing_cert.issuer for c in registry)
        key_id = signer.key_id
    # the same key found by its id alone
    with open_token_signer(module, LABEL, PIN, key_id=key_id) as by_id:
        assert by_id.certificate == cert and by_id.name == NAME


def test_provisioning_again_keeps_the_key(token: tuple[Path, DevPki]) -> None:
    module, pki = token
    with open_token_signer(module, LABEL, PIN, NAME) as signer:
        before = signer.certificate
    assert provision_dev_token(pki, module, LABEL, PIN, NAME) == before
    lib = pkcs11.lib(str(module.resolve()))
    with lib.get_token(token_label=LABEL).open(user_pin=PIN) as session:
        keys = list(session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY,
                                         Attribute.LABEL: NAME}))
        certs = [x509.load_der_x509_certificate(bytes(c[Attribute.VALUE])) for c in
                 session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE})]
    assert len(keys) == 1
    assert [c for c in certs if c.subject == before.subject] == [before]
    assert certs.count(pki.ca_cert) == 1


def test_the_private_key_cannot_be_read_out(token: tuple[Path, DevPki]) -> None:
    module, _ = token
    lib = pkcs11.lib(str(module.resolve()))
    with lib.get_token(token_label=LABEL).open(user_pin=PIN) as session:
        key = session.get_key(object_class=ObjectClass.PRIVATE_KEY, label=NAME)
        assert key[Attribute.SENSITIVE] and not key[Attribute.EXTRACTABLE]
        assert key[Attribute.ALWAYS_SENSITIVE] and key[Attribute.NEVER_EXTRACTABLE]
        assert key[Attribute.LOCAL]  # made on the token, not imported
        with pytest.raises(pkcs11.PKCS11Error):
            _ = key[Attribute.VALUE]  # reading it is what must fail


def test_wrong_pin_unknown_token_and_missing_key_are_named(token: tuple[Path, DevPki]) -> None:
    module, _ = token
    with pytest.raises(PkiError, match=f"PIN for token '{LABEL}' is wrong") as wrong:
        open_token_signer(module, LABEL, "000000", NAME)
    assert "000000" not in wrong.value.message
    with pytest.raises(PkiError, match=f"No token labelled 'khong-co'.*'{LABEL}'"):
        open_token_signer(module, "khong-co", PIN, NAME)
    with pytest.raises(PkiError, match=f"'{LABEL}' holds no certificate labelled 'Người Khác'"):
        open_token_signer(module, LABEL, PIN, "Người Khác")
    with pytest.raises(PkiError, match="does not exist"):
        open_token_signer(Path("/nonexistent/libpkcs11.so"), LABEL, PIN, NAME)
    assert not token_signing._LOGINS  # nothing left logged in


def test_a_wrong_pin_is_refused_while_the_token_is_in_use(token: tuple[Path, DevPki]) -> None:
    module, pki = token
    with open_token_signer(module, LABEL, PIN, NAME) as first:
        with pytest.raises(PkiError, match=r"PIN .* is wrong"):
            open_token_signer(module, LABEL, "000000", NAME)
        # a second signer on the same token, through the module's other path (a symlink)
        with open_token_signer(module.resolve(), LABEL, PIN, NAME) as second:
            sign_pdf(_pdf(), second)
        # closing the second did not log the first out
        signed = sign_pdf(_pdf(), first)
    assert verify_pdf(signed, trust_roots=[pki.ca_cert_path]).valid
    with pytest.raises(PkiError, match="closed"):
        _ = first.pyhanko_signer


def test_a_key_without_its_certificate_is_named(token: tuple[Path, DevPki]) -> None:
    module, _ = token
    _store_foreign_certificate(module, "chi-co-cert")
    with pytest.raises(PkiError, match="no private key for it"):
        open_token_signer(module, LABEL, PIN, "chi-co-cert")


def test_a_certificate_for_another_key_is_refused(token: tuple[Path, DevPki]) -> None:
    """A certificate found by label, its key by the certificate's id (as on CA-issued tokens):
    the key's public half must be the certificate's."""
    module, _ = token
    with open_token_signer(module, LABEL, PIN, NAME) as signer:
        key_id = signer.key_id
    _store_foreign_certificate(module, "cert-sai", key_id)
    with pytest.raises(PkiError, match="belongs to another key"):
        open_token_signer(module, LABEL, PIN, "cert-sai")


def _store_foreign_certificate(module: Path, label: str, key_id: bytes | None = None) -> None:
    """Put on the token a certificate of a key the token does not hold."""
    cert = _other_certificate()
    attributes = {Attribute.CLASS: ObjectClass.CERTIFICATE,
                  Attribute.CERTIFICATE_TYPE: pkcs11.CertificateType.X_509,
                  Attribute.TOKEN: True, Attribute.LABEL: label,
                  Attribute.SUBJECT: cert.subject.public_bytes(),
                  Attribute.VALUE: cert.public_bytes(Encoding.DER)}
    if key_id is not None:
        attributes[Attribute.ID] = key_id
    lib = pkcs11.lib(str(module.resolve()))
    with lib.get_token(token_label=LABEL).open(user_pin=PIN, rw=True) as session:
        session.create_object(attributes)


def _other_certificate() -> x509.Certificate:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Khác")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(1).not_valid_before(now)
            .not_valid_after(now + timedelta(days=1)).sign(key, hashes.SHA256()))
    return cert


def test_sohoa_sign_result_with_the_officers_token(
    token: tuple[Path, DevPki], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from cli.main import main
    from tests.test_appearance import _result, _seal_png, _signature_png

    module, pki = token
    data = pki.pki_dir.parent
    source = tmp_path / "qd.pdf"
    source.write_bytes(_result(NAME))
    from signing import DEFAULT_ORGANISATION

    provision_dev_token(pki, module, LABEL, PIN, DEFAULT_ORGANISATION)  # the centre's key too
    monkeypatch.setenv("SOHOA_SIGNING__PKCS11_MODULE", str(module))
    monkeypatch.setenv("SOHOA_TOKEN_PIN", PIN)
    monkeypatch.setenv("SOHOA_HSM_PIN", PIN)
    code = main(["sign", "result", str(source), "--out", str(tmp_path / "out"), "--officer",
                 NAME, "--token", LABEL, "--organisation-token", LABEL, "--signature-image",
                 str(_signature_png(tmp_path / "k.png")), "--seal-image",
                 str(_seal_png(tmp_path / "d.png")), "--data", str(data)])
    captured = capsys.readouterr()
    assert code == 0, captured.out + captured.err
    signed = (tmp_path / "out" / "qd.signed.pdf").read_bytes()
    report = verify_pdf(signed, trust_roots=[pki.ca_cert_path], crls=[current_crl(pki)])
    assert report.valid, report.problems
    signers = [s.signer for s in report.signatures if s.kind == "signature"]
    assert signers == [NAME, DEFAULT_ORGANISATION]
    assert not token_signing._LOGINS
