"""`sohoa verify` never says more than EU DSS, the reference validator: on the same files, now
and as of later dates, it gives the same indication (and, when indeterminate, the same reason).

The files: one of every signed kind (tests/dss_support.py), and one renewed; a signer whose
certificate expired while the document's time stamps still vouch for it; a root that is not the
signer's; and the changes after signing of tests/tampering.py, where sohoa is stricter than
DSS (it refuses what DSS lets pass with at most a warning) and never the other way round.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509

from cli.main import main
from signing import DevPki, sign_pdf
from signing.ltv import signing_profile
from signing.renewal import make_tsa, renew_pdf
from tests.conftest import tiny_pdf
from tests.dss_support import KINDS, SignedKinds, describe, dss, signed_kinds
from tests.tampering import TAMPERINGS
from tests.test_ltv import _short_lived

pytestmark = pytest.mark.eudss


@pytest.fixture(scope="module")
def kinds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SignedKinds]:
    yield signed_kinds(tmp_path_factory.mktemp("verdicts"))


def _data(kinds: SignedKinds) -> Path:
    return kinds.trust.parent.parent  # DATA/pki/ca.cert.pem


def _sohoa(capsys: pytest.CaptureFixture[str], data: Path, path: Path,
           at: str | None = None) -> dict[str, Any]:
    capsys.readouterr()
    code = main(["verify", str(path), "--data", str(data), "--json",
                 *(["--at", at] if at else [])])
    report: dict[str, Any] = json.loads(capsys.readouterr().out)
    assert code == (0 if report["valid"] else 1)
    return report


def _after_every_certificate(kinds: SignedKinds) -> str:
    """A day after the last certificate of the development PKI expires (CA, TSA, signers):
    nothing in the files can vouch for them then, whatever the PKI's validity periods."""
    pki = kinds.trust.parent
    ends = [x509.load_pem_x509_certificate(p.read_bytes()).not_valid_after_utc
            for p in pki.rglob("*.pem") if b"CERTIFICATE" in p.read_bytes()[:64]]
    return (max(ends).date() + timedelta(days=1)).isoformat()


def _agree(sohoa: dict[str, Any], reference: dict[str, Any], what: str) -> None:
    ours = (sohoa["indication"], sohoa["sub_indication"])
    theirs = (reference["indication"], reference["subIndication"])
    assert ours[0] == theirs[0], f"{what}: sohoa {ours}, {sohoa['problems'][:2]}; " \
                                 f"DSS {describe(reference)}"
    if theirs[0] == "INDETERMINATE":
        assert ours[1] == theirs[1], f"{what}: sohoa {ours}; DSS {describe(reference)}"
    assert sohoa["valid"] == (theirs[0] == "TOTAL_PASSED")


@pytest.mark.parametrize("when", ["now", "2040-01-01", "after every certificate"])
def test_sohoa_and_dss_agree_on_every_kind(
    kinds: SignedKinds, capsys: pytest.CaptureFixture[str], when: str
) -> None:
    at = {"now": None, "2040-01-01": "2040-01-01",
          "after every certificate": _after_every_certificate(kinds)}[when]
    found = dss(list(kinds.files.values()), kinds.trust, at=at)
    for kind in KINDS:
        path = kinds.files[kind]
        _agree(_sohoa(capsys, _data(kinds), path, at), found[path], f"{kind} at {when}")
    if when == "now":
        assert all(v["indication"] == "TOTAL_PASSED" for v in found.values())
    if when == "after every certificate":  # nothing vouches then, a renewal neither
        assert all(v["indication"] == "INDETERMINATE" for v in found.values())
        renewed = _renewed(kinds)
        reference = dss([renewed], kinds.trust, at=at)[renewed]
        assert reference["indication"] == "INDETERMINATE", describe(reference)
        _agree(_sohoa(capsys, _data(kinds), renewed, at), reference, f"renewed at {when}")


def _renewed(kinds: SignedKinds) -> Path:
    """The digitised document with a new document time stamp (``sohoa ltv renew``)."""
    pki = DevPki.ensure(_data(kinds) / "pki")
    context = signing_profile(pki, "B-LTA").validation_context
    assert context is not None
    path = kinds.files["document"].with_name("renewed.pdf")
    path.write_bytes(renew_pdf(kinds.files["document"].read_bytes(), make_tsa(pki), context()))
    return path


def test_an_expired_signer_still_vouched_for_by_the_time_stamps(
    kinds: SignedKinds, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _data(kinds)
    pki = DevPki.ensure(data / "pki")
    signer = _short_lived(pki, "Vũ Thị Hai Ngày", days=2)
    path = tmp_path / "short-lived.pdf"
    path.write_bytes(sign_pdf(tiny_pdf("Ket qua giai quyet thu tuc hanh chinh"), signer,
                              profile=signing_profile(pki, "B-LTA")))
    later = (signer.certificate.not_valid_after_utc + timedelta(days=30)).date().isoformat()
    reference = dss([path], kinds.trust, at=later)[path]
    ours = _sohoa(capsys, data, path, later)
    _agree(ours, reference, f"a signer expired on {later}")
    assert ours["valid"] and ours["signatures"][0]["long_term"]


def test_a_root_that_is_not_the_signers(
    kinds: SignedKinds, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stranger = DevPki.ensure(tmp_path / "other" / "pki", "Một tổ chức khác")
    path = kinds.files["document"]
    reference = dss([path], stranger.ca_cert_path)[path]
    capsys.readouterr()
    main(["verify", str(path), "--trust", str(stranger.ca_cert_path), "--json",
          "--data", str(tmp_path / "other")])
    ours = json.loads(capsys.readouterr().out)
    _agree(ours, reference, "another root")
    assert ours["sub_indication"] == "NO_CERTIFICATE_CHAIN_FOUND"


def test_a_change_after_signing_sohoa_refuses_and_names(
    kinds: SignedKinds, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = {}
    for how, tamper in TAMPERINGS.items():
        paths[how] = tmp_path / f"{how}.pdf"
        paths[how].write_bytes(tamper(kinds.files["document"].read_bytes()))
    found = dss(list(paths.values()), kinds.trust)
    for how, path in paths.items():
        ours = _sohoa(capsys, _data(kinds), path)
        # DSS lets these pass, with a warning at most: sohoa says less than it, never more
        assert found[path]["signatures"], describe(found[path])
        assert not ours["valid"] and ours["indication"] == "TOTAL_FAILED", how
        assert ours["signatures"][0]["changes"], (how, ours["signatures"][0])
