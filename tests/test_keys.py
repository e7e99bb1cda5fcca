"""Real signing keys in the pipeline: a clerk's PKCS#12 file from a CA of its own (not the
development PKI) signs what ``sohoa process`` archives, the record names it, the document
verifies against that CA, and no development PKI folder is made or read. A configured key
that cannot be used stops the run with the setting and the reason, and nothing is archived
unsigned."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from PIL import Image

from cli.main import main
from pipeline.deps import build_deps
from pipeline.runner import process_paths
from pipeline.settings import Settings
from signing import verify_pdf
from signing.errors import SigningKeyError
from signing.keys import KeyConfig, Keyring, person_slug
from tests.keys_support import OwnCa, serving_ca
from tests.test_ingest import text_page

CLERK = "Trần Văn Bình"
SLUG = "tran-van-binh"
PASSPHRASE = "mật khẩu của Bình"
ORGANISATION_ = "Trung tâm Phục vụ hành chính công"


@pytest.fixture(scope="module")
def ca(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OwnCa]:
    with serving_ca(tmp_path_factory.mktemp("test-ca")) as made:
        yield made


@pytest.fixture
def keys_dir(tmp_path: Path, ca: OwnCa) -> Path:
    folder = tmp_path / "keys"
    folder.mkdir()
    ca.p12(folder / f"{SLUG}.p12", CLERK, PASSPHRASE)
    secrets = tmp_path / "secrets.json"
    secrets.write_text(json.dumps({SLUG: PASSPHRASE}, ensure_ascii=False), encoding="utf-8")
    secrets.chmod(0o600)
    return folder


@pytest.fixture
def env(tmp_path: Path, keys_dir: Path, ca: OwnCa, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The settings of a centre whose clerks have PKCS#12 files from a real CA; the data
    folder has no pki/."""
    data = tmp_path / "data"
    for name, value in {
        "DATA": str(data), "OCR__ENGINE": "null", "WORKERS": "1",
        "INGEST__QUALITY__MIN_DPI": "150",
        "SIGNING__CLERK_P12_DIR": str(keys_dir),
        "SIGNING__CLERK_P12_PASSPHRASES": str(tmp_path / "secrets.json"),
        "SIGNING__TRUST_ROOTS": json.dumps([str(ca.cert_path)]),
        "SIGNING__TSA_URL": ca.base_url + "/",
        "SIGNING__FETCH_REVOCATION": "true",
    }.items():
        monkeypatch.setenv(f"SOHOA_{name}", value)
    return data


def _scan(tmp_path: Path) -> Path:
    scan = tmp_path / "scan.png"
    Image.fromarray(text_page()).save(scan, dpi=(150, 150))
    return scan


def _manifests(data: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8"))
            for p in (data / "store").rglob("manifest.json")]


def _sohoa(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out + out.err


def test_a_clerks_pkcs12_file_signs_what_sohoa_process_archives(
    env: Path, tmp_path: Path, ca: OwnCa, capsys: pytest.CaptureFixture[str]
) -> None:
    code, text = _sohoa(capsys, "process", str(_scan(tmp_path)), "--clerk", CLERK)
    assert code in (0, 1), text  # 1: the null engine read nothing, a person must look
    (manifest,) = _manifests(env)
    signature = manifest["signature"]
    (identity,) = signature["identities"]
    cert = _certificate_of(tmp_path / "keys" / f"{SLUG}.p12")
    assert identity["kind"] == "pkcs12" and identity["role"] == "digitiser"
    assert identity["file"] == f"{SLUG}.p12" and identity["name"] == CLERK
    assert f"CN={CLERK}" in identity["subject"]
    assert identity["issuer"] == ca.ca_cert.subject.rfc4514_string()
    assert identity["serial"] == f"{cert.serial_number:x}"
    assert identity["sha256"] == hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest()
    assert signature["ca"] == "" and signature["level"] == "PAdES-B-LTA"
    assert not (env / "pki").exists()  # nothing made or read of a development PKI
    # the archived PDF verifies against the test CA, as anyone holding its root checks it
    pdf = next((env / "store").rglob("document.pdf")).read_bytes()
    report = verify_pdf(pdf, trust_roots=[ca.cert_path])
    assert report.valid, report.problems
    assert report.signer == CLERK and report.signatures[0].level == "B-LTA"
    # and with sohoa verify, whose trust roots are the configured ones
    code, text = _sohoa(capsys, "verify", str(next((env / "store").rglob("document.pdf"))))
    assert code == 0, text
    assert not (env / "pki").exists()


def test_the_record_reads_back_typed(env: Path, tmp_path: Path) -> None:
    from archive import iter_manifests

    deps = build_deps(Settings())
    run = process_paths([_scan(tmp_path)], deps, clerk=CLERK)
    (doc,) = run.inputs[0].dossiers[0].documents
    ((_key, manifest),) = list(iter_manifests(deps.store, run.inputs[0].dossiers[0].receipt_code))
    (identity,) = manifest.signature.identities
    assert (identity.kind, identity.file, identity.name) == ("pkcs12", f"{SLUG}.p12", CLERK)
    assert not (env / "pki").exists()
    assert doc.document_id == manifest.document_id


@pytest.mark.parametrize("problem", ["passphrase", "missing", "expired", "not_yet", "usage",
                                     "someone_else"])
def test_a_key_that_cannot_be_used_stops_sohoa_process_before_any_page(
    problem: str, env: Path, tmp_path: Path, ca: OwnCa, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "keys" / f"{SLUG}.p12"
    now = datetime.now(UTC)
    expected = {"passphrase": "sai mật khẩu", "missing": "Không có tệp khóa ký số",
                "expired": "đã hết hạn", "not_yet": "chưa có hiệu lực",
                "usage": "digitalSignature", "someone_else": "không phải"}[problem]
    if problem == "passphrase":
        ca.p12(path, CLERK, "một mật khẩu khác")
    elif problem == "missing":
        path.unlink()
    elif problem == "expired":
        ca.p12(path, CLERK, PASSPHRASE, not_before=now - timedelta(days=30),
               not_after=now - timedelta(days=1))
    elif problem == "not_yet":
        ca.p12(path, CLERK, PASSPHRASE, not_before=now + timedelta(days=2))
    elif problem == "usage":
        ca.p12(path, CLERK, PASSPHRASE, signing=False)
    else:
        ca.p12(path, "Lê Thị Hoa", PASSPHRASE)
    code, text = _sohoa(capsys, "process", str(_scan(tmp_path)), "--clerk", CLERK)
    assert code == 2, text
    assert "signing_key_unusable" in text and expected in text, text
    assert "SOHOA_SIGNING__CLERK_P12_DIR" in text, text
    assert _manifests(env) == []
    assert not (env / "pki").exists()


def test_a_key_that_fails_at_the_first_page_archives_nothing_unsigned(
    env: Path, tmp_path: Path
) -> None:
    """Pages sent for a clerk whose file is missing (a worker, the web counter) are refused
    with the reason; none is archived, the intake keeps them."""
    deps = build_deps(Settings())
    run = process_paths([_scan(tmp_path)], deps, clerk="Phạm Văn Không Có Khóa")
    (dossier,) = run.inputs[0].dossiers
    assert dossier.documents == []
    (rejected,) = dossier.rejected
    assert rejected.code == "signing_key_unusable"
    assert "pham-van-khong-co-khoa.p12" in rejected.reason
    assert "SOHOA_SIGNING__CLERK_P12_DIR" in rejected.reason
    assert _manifests(env) == [] and not (env / "pki").exists()


def test_real_keys_need_their_time_stamping_revocation_and_root_settings(
    env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    monkeypatch.delenv("SOHOA_SIGNING__TSA_URL")
    code, text = _sohoa(capsys, "process", str(_scan(tmp_path)), "--clerk", CLERK)
    assert code == 2 and "SOHOA_SIGNING__TSA_URL" in text, text
    monkeypatch.setenv("SOHOA_SIGNING__TSA_URL", "http://127.0.0.1:9/")
    monkeypatch.setenv("SOHOA_SIGNING__FETCH_REVOCATION", "false")
    code, text = _sohoa(capsys, "process", str(_scan(tmp_path)), "--clerk", CLERK)
    assert code == 2 and "SOHOA_SIGNING__FETCH_REVOCATION" in text, text
    monkeypatch.setenv("SOHOA_SIGNING__FETCH_REVOCATION", "true")
    monkeypatch.delenv("SOHOA_SIGNING__TRUST_ROOTS")
    code, text = _sohoa(capsys, "process", str(_scan(tmp_path)), "--clerk", CLERK)
    assert code == 2 and "SOHOA_SIGNING__TRUST_ROOTS" in text, text
    assert _manifests(env) == [] and not (env / "pki").exists()


def test_without_keys_configured_the_development_pki_signs_and_is_recorded(
    tmp_path: Path,
) -> None:
    settings = Settings(data=tmp_path / "data", workers=1)
    deps = build_deps(settings)
    assert not settings.pki_dir.exists()  # made when it first signs, not before
    with deps.keys.person(CLERK) as signer:
        record = deps.keys.record(signer, "digitiser")
    assert record["kind"] == "dev" and record["name"] == CLERK
    assert (settings.pki_dir / "ca.cert.pem").is_file()
    assert deps.keys.trust_roots() == [settings.pki_dir / "ca.cert.pem"]


def test_the_passphrase_file_and_the_one_passphrase(tmp_path: Path, ca: OwnCa) -> None:
    folder = tmp_path / "keys"
    folder.mkdir()
    ca.p12(folder / f"{SLUG}.p12", CLERK, "chung")
    keys = Keyring(KeyConfig(ORGANISATION_, p12_dir=folder, p12_passphrase="chung"),
                   tmp_path / "pki")
    with keys.person(CLERK) as signer:
        assert keys.record(signer, "digitiser")["kind"] == "pkcs12"
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    keys = Keyring(KeyConfig(ORGANISATION_, p12_dir=folder, p12_passphrases=bad),
                   tmp_path / "pki")
    with pytest.raises(SigningKeyError, match="SOHOA_SIGNING__CLERK_P12_PASSPHRASES"):
        keys.check([CLERK])
    keys = Keyring(KeyConfig(ORGANISATION_, p12_dir=folder), tmp_path / "pki")
    with pytest.raises(SigningKeyError, match=f'thêm "{SLUG}"'), keys.person(CLERK):
        pass
    assert "chung" not in repr(KeyConfig(ORGANISATION_, p12_passphrase="chung"))
    assert person_slug("  Đỗ  Thị Ánh ") == "do-thi-anh"
    assert not (tmp_path / "pki").exists()


def _certificate_of(path: Path) -> x509.Certificate:
    from cryptography.hazmat.primitives.serialization import pkcs12

    _key, cert, _extra = pkcs12.load_key_and_certificates(path.read_bytes(),
                                                          PASSPHRASE.encode())
    assert cert is not None
    return cert
