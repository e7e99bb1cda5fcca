"""Signing with a key kept on a PKCS#11 token, on a real SoftHSM2 token made for the test."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from signing import DevPki, PkiError, sign_pdf, verify_pdf
from signing.ltv import current_crl, signing_profile
from signing.pkcs11 import SOFTHSM_MODULES, open_token_signer, provision_dev_token
from tests.conftest import tiny_pdf

PIN, SO_PIN, LABEL = "246810", "13579111", "can-bo-mot-cua"
NAME = "Hoàng Thị Token"


def _module() -> Path:
    for candidate in SOFTHSM_MODULES:
        if candidate.is_file():
            return candidate
    pytest.skip("SoftHSM2 is not installed (Debian package softhsm2)")
    raise AssertionError  # unreachable


@pytest.fixture(scope="module")
def token(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, DevPki]]:
    """A fresh SoftHSM2 token, with a key pair made on it and certified. One for the module:
    the PKCS#11 library reads its configuration once per process."""
    module = _module()
    base = tmp_path_factory.mktemp("softhsm")
    (base / "tokens").mkdir()
    conf = base / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {base / 'tokens'}\nobjectstore.backend = file\n")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOFTHSM2_CONF", str(conf))
        subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", LABEL,
                        "--so-pin", SO_PIN, "--pin", PIN], check=True, capture_output=True,
                       timeout=60)
        pki = DevPki.ensure(base / "pki")
        provision_dev_token(pki, module, LABEL, PIN, NAME)
        yield module, pki


def _pdf() -> bytes:
    return tiny_pdf("Giay xac nhan")


def test_a_signature_made_on_the_token_is_valid(token: tuple[Path, DevPki]) -> None:
    module, pki = token
    with open_token_signer(module, LABEL, PIN, NAME) as signer:
        assert signer.name == NAME
        signed = sign_pdf(_pdf(), signer, profile=signing_profile(pki, "B-LTA"))
    report = verify_pdf(signed, trust_roots=[pki.ca_cert_path], crls=[current_crl(pki)])
    assert report.valid, report.problems
    assert report.signer == NAME and report.signatures[0].level == "B-LTA"
    # and as anyone checks it
    from pipeline.cli import main

    path = pki.pki_dir.parent / "token-signed.pdf"
    path.write_bytes(signed)
    assert main(["verify", str(path), "--data", str(pki.pki_dir.parent)]) == 0


def test_the_private_key_cannot_be_read_out(token: tuple[Path, DevPki]) -> None:
    import pkcs11
    from pkcs11 import Attribute, ObjectClass

    module, _ = token
    lib = pkcs11.lib(str(module))
    with lib.get_token(token_label=LABEL).open(user_pin=PIN) as session:
        key = session.get_key(object_class=ObjectClass.PRIVATE_KEY, label=NAME)
        assert key[Attribute.SENSITIVE] and not key[Attribute.EXTRACTABLE]
        with pytest.raises(pkcs11.PKCS11Error):
            _ = key[Attribute.VALUE]  # reading it is what must fail


def test_wrong_pin_unknown_token_and_missing_key_are_named(token: tuple[Path, DevPki]) -> None:
    module, _ = token
    with pytest.raises(PkiError, match=f"PIN for token '{LABEL}' is wrong"):
        open_token_signer(module, LABEL, "000000", NAME)
    with pytest.raises(PkiError, match="No token labelled 'khong-co'"):
        open_token_signer(module, "khong-co", PIN, NAME)
    with pytest.raises(PkiError, match="no certificate labelled 'Người Khác'"):
        open_token_signer(module, LABEL, PIN, "Người Khác")
    with pytest.raises(PkiError, match="does not exist"):
        open_token_signer(Path("/nonexistent/libpkcs11.so"), LABEL, PIN, NAME)


def test_sohoa_sign_result_with_the_officers_token(
    token: tuple[Path, DevPki], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from pipeline.cli import main
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
