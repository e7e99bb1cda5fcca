"""Keys on PKCS#11 tokens in the pipeline, on a real SoftHSM2 token made for the test: the
organisation's seal on an HSM seals the certified copies archived into a dossier, a clerk's
token signs what ``sohoa process`` archives; both certified by a CA of the test's own, the
records name the token and the certificate, and no development PKI folder is made."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pkcs11
import pytest
from cryptography.hazmat.primitives.serialization import Encoding

from archive import iter_manifests
from pipeline.receipts import register_receipt
from pipeline.settings import Settings
from service.app import Service
from signing import pkcs11 as token_signing
from signing import verify_pdf
from signing.errors import SigningKeyError
from signing.pkcs11 import find_softhsm_module, provision_dev_token
from sohoa.clock import now_vn
from tests.keys_support import ORGANISATION, OwnCa, serving_ca
from tests.result_pdfs import result_pdf
from tests.test_ingest import text_page
from tests.web_support import AGENCY_A, make_accounts

pytestmark = pytest.mark.softhsm

PIN, SO_PIN = "864213", "97531135"
HSM, TOKEN = "hsm-trung-tam", "token-mot-cua"
CODE = f"{AGENCY_A}-251120-0043"
CLERK = "Nguyễn Thị Lan"
"""A clerk of agency A (an account of ``make_accounts``)."""


def _paper() -> bytes:
    """A paper the citizen brought, as a born-digital PDF with its text."""
    return result_pdf(title="GIẤY XÁC NHẬN CƯ TRÚ", number="88/XN-CAX",
                      issuer="CÔNG AN XÃ KHÁNH AN",
                      body="Xác nhận ông Nguyễn Văn Thành thường trú tại xã Khánh An.")


@pytest.fixture(scope="module")
def tokens(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, OwnCa]]:
    """An HSM with the seal key and a clerk's token with the clerk's key, on SoftHSM2, both
    certified by a CA of the test's own that serves its CRL and time stamps."""
    module = find_softhsm_module()
    if module is None or shutil.which("softhsm2-util") is None:
        pytest.skip("SoftHSM2 is not installed (Debian package softhsm2)")
    base = tmp_path_factory.mktemp("softhsm-keys")
    (base / "tokens").mkdir()
    conf = base / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {base / 'tokens'}\nobjectstore.backend = file\n"
                    "log.level = ERROR\n")
    with pytest.MonkeyPatch.context() as mp, serving_ca(base / "ca") as ca:
        mp.setenv("SOFTHSM2_CONF", str(conf))
        pkcs11.unload(str(module.resolve()))  # loaded earlier with another configuration?
        for label in (HSM, TOKEN):
            subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", label,
                            "--so-pin", SO_PIN, "--pin", PIN], check=True,
                           capture_output=True, timeout=60)
        provision_dev_token(ca, module, HSM, PIN, ORGANISATION)  # type: ignore[arg-type]
        provision_dev_token(ca, module, TOKEN, PIN, CLERK)  # type: ignore[arg-type]
        yield module, ca
        pkcs11.unload(str(module.resolve()))


@pytest.fixture
def env(tmp_path: Path, tokens: tuple[Path, OwnCa], monkeypatch: pytest.MonkeyPatch) -> Path:
    module, ca = tokens
    data = tmp_path / "data"
    for name, value in {
        "SOHOA_DATA": str(data), "SOHOA_OCR__ENGINE": "null", "SOHOA_WORKERS": "1",
        "SOHOA_INGEST__QUALITY__MIN_DPI": "150",
        "SOHOA_SIGNING__PKCS11_MODULE": str(module),
        "SOHOA_SIGNING__SEAL_TOKEN": HSM, "SOHOA_HSM_PIN": PIN,
        "SOHOA_SIGNING__CLERK_TOKEN": TOKEN, "SOHOA_TOKEN_PIN": PIN,
        "SOHOA_SIGNING__TRUST_ROOTS": json.dumps([str(ca.cert_path)]),
        "SOHOA_SIGNING__TSA_URL": ca.base_url + "/",
        "SOHOA_SIGNING__FETCH_REVOCATION": "true",
    }.items():
        monkeypatch.setenv(name, value)
    return data


def _identity_of_token(ca: OwnCa, module: Path, label: str, key: str) -> dict[str, str]:
    with token_signing.open_token_signer(module, label, PIN, key) as signer:
        cert = signer.certificate
    return {"serial": f"{cert.serial_number:x}",
            "sha256": hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest(),
            "issuer": ca.ca_cert.subject.rfc4514_string()}


def test_the_seal_on_an_hsm_seals_a_certified_copy_archived_into_a_dossier(
    env: Path, tokens: tuple[Path, OwnCa]
) -> None:
    module, ca = tokens
    make_accounts(env)
    service = Service.build(Settings())
    try:
        service.check_keys()  # what sohoa serve and sohoa worker do first
        register_receipt(service.deps.store, CODE, procedure="Cấp giấy chứng nhận quyền sử "
                         "dụng đất", received_at=now_vn() - timedelta(days=2), who="một cửa")
        service.results.certify(service.local_actor(CLERK), CODE, _paper(), "xac-nhan.pdf")
        ((key, archived),) = [(k, m) for k, m in iter_manifests(service.deps.store, CODE)
                              if m.kind == "result"]
        stored = service.deps.store.get(key.removesuffix("manifest.json") + "document.pdf")
    finally:
        service.close()
    (identity,) = archived.signature.identities
    assert (identity.kind, identity.role, identity.token) == ("pkcs11", "organisation", HSM)
    assert f"CN={ORGANISATION}" in identity.subject
    expected = _identity_of_token(ca, module, HSM, ORGANISATION)
    assert (identity.serial, identity.sha256, identity.issuer) == (
        expected["serial"], expected["sha256"], expected["issuer"])
    assert archived.signature.ca == ""
    report = verify_pdf(stored, trust_roots=[ca.cert_path])
    assert report.valid, report.problems
    assert report.signer == ORGANISATION and report.signatures[0].level == "B-LTA"
    assert not (env / "pki").exists()
    assert not token_signing._LOGINS  # every session was closed, the tokens logged out


def test_a_clerks_token_signs_what_sohoa_process_archives(
    env: Path, tokens: tuple[Path, OwnCa], tmp_path: Path
) -> None:
    from PIL import Image

    from cli.main import main

    module, ca = tokens
    scan = tmp_path / "scan.png"
    Image.fromarray(text_page()).save(scan, dpi=(150, 150))
    assert main(["process", str(scan), "--clerk", CLERK]) in (0, 1)
    (path,) = (env / "store").rglob("manifest.json")
    manifest = json.loads(path.read_text(encoding="utf-8"))
    (identity,) = manifest["signature"]["identities"]
    assert (identity["kind"], identity["token"], identity["name"]) == ("pkcs11", TOKEN, CLERK)
    assert identity["sha256"] == _identity_of_token(ca, module, TOKEN, CLERK)["sha256"]
    pdf = (path.parent / "document.pdf").read_bytes()
    report = verify_pdf(pdf, trust_roots=[ca.cert_path])
    assert report.valid and report.signer == CLERK, report.problems
    assert not (env / "pki").exists() and not token_signing._LOGINS


def test_an_absent_token_or_a_wrong_pin_stops_the_start_naming_the_setting(
    env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOHOA_HSM_PIN", "000000")
    service = Service.build(Settings())
    with pytest.raises(SigningKeyError, match="SOHOA_SIGNING__SEAL_TOKEN") as wrong:
        service.check_keys()
    assert "PIN" in wrong.value.message
    monkeypatch.setenv("SOHOA_HSM_PIN", PIN)
    monkeypatch.setenv("SOHOA_SIGNING__SEAL_TOKEN", "hsm-khong-co")
    service = Service.build(Settings())
    with pytest.raises(SigningKeyError, match="hsm-khong-co"):
        service.check_keys()
    monkeypatch.delenv("SOHOA_HSM_PIN")
    service = Service.build(Settings())
    with pytest.raises(SigningKeyError, match="SOHOA_HSM_PIN"):
        service.check_keys()
    assert not (env / "pki").exists() and not token_signing._LOGINS
