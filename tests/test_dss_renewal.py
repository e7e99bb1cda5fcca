"""A renewed document as EU DSS, the reference validator, sees it after the time-stamping
authority (TSA) that first stamped it and the signer's certificate have ended: the renewed
version passes, the version that was not renewed is indeterminate, and ``sohoa verify --at``
says the same of both, with the same reason.

A fresh installation signs one document with a TSA whose certificate ends in 200 days, archives
it, and renews it with a lasting RSA-3072 TSA from the development CA (``sohoa ltv renew``).
Both files are validated as of 30 days after the first TSA's certificate ended, and as of 30
days after the signer's certificate ended too. At the first date DSS still passes the version
not renewed (its signer's certificate is valid then; only its time stamps have ended), and so
does sohoa, with a warning to renew it.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import pipeline.renewal
from archive import archive_document, keys
from archive.versions import file_versions
from cli.main import main
from service.app import Service
from service.verification import noon
from signing import sign_pdf, verify_pdf
from signing.ltv import SigningProfile, signing_profile
from signing.renewal import make_tsa
from tests.conftest import tiny_pdf
from tests.dss_support import describe, dss
from tests.web_support import settings_for

pytestmark = pytest.mark.eudss

CODE = "000.00.01.H01-250414-0009"
DOC = "4d" * 12
UNTIL = date(2060, 1, 1)


@dataclass(frozen=True)
class Renewed:
    """The data folder, the file as signed, the file as renewed, and the days to check at."""

    data: Path
    trust: Path
    old: Path
    new: Path
    tsa_ended: str
    """30 days after the first TSA's certificate ended (the signer's is valid still)."""
    later: str
    """30 days after the signer's certificate ended too."""


def _metadata() -> dict[str, Any]:
    return {
        "dossier": {"receipt_code": CODE, "received_at": "2025-04-14T09:00:00+07:00"},
        "classification": {"doc_type": "quyet_dinh", "label": "Quyết định", "title": "Quyết định"},
        "retention": {"class": "ho_so_tthc", "retain_until": UNTIL.isoformat()},
        "signature": {"signer": "Trần Thị Mai", "level": "B-LTA"},
    }


@pytest.fixture(scope="module")
def renewed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Renewed]:
    folder = tmp_path_factory.mktemp("dss-renewal")
    service = Service.build(settings_for(folder / "data"))
    deps = service.deps
    pki = deps.pki
    context = signing_profile(pki, "B-LTA").validation_context
    ends = datetime.now(UTC) + timedelta(days=200)
    short = SigningProfile("B-LTA", make_tsa(pki, not_after=ends, key_bits=2048), context)
    fresh = make_tsa(pki, key_bits=3072, name="sohoa TSA gia hạn")
    signer = pki.clerk_signer("Trần Thị Mai")
    signed = sign_pdf(tiny_pdf("Quyet dinh so 21"), signer, profile=short)
    archive_document(deps.store, receipt_code=CODE, document_id=DOC,
                     files={"document.pdf": signed}, metadata=_metadata(),
                     retain_until=UNTIL, permanent=False)
    real = pipeline.renewal.signing_profile

    def profile(*args: Any, **kwargs: Any) -> SigningProfile:
        return dataclasses.replace(real(*args, **kwargs), timestamper=fresh)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pipeline.renewal, "signing_profile", profile)
        report = service.operations.renew_ltv(service.local_actor())
    assert [r.document_id for r in report.renewed] == [DOC], report
    (version,) = file_versions(deps.store, CODE, DOC)
    old, new = folder / "signed.pdf", folder / "renewed.pdf"
    old.write_bytes(deps.store.get(keys.aip(CODE, DOC) + "document.pdf"))
    new.write_bytes(deps.store.get(version.key))
    assert old.read_bytes() == signed
    gone = max(ends, signer.certificate.not_valid_after_utc) + timedelta(days=30)
    assert gone < pki.ca_cert.not_valid_after_utc  # the renewing TSA's chain still holds
    yield Renewed(folder / "data", pki.ca_cert_path, old, new,
                  (ends + timedelta(days=30)).date().isoformat(), gone.date().isoformat())
    service.close()


@pytest.fixture(scope="module")
def verdicts(renewed: Renewed) -> dict[str, dict[Path, dict[str, Any]]]:
    files = [renewed.old, renewed.new]
    return {at: dss(files, renewed.trust, at=at) for at in (renewed.tsa_ended, renewed.later)}


def _sohoa(capsys: pytest.CaptureFixture[str], renewed: Renewed, path: Path, at: str
           ) -> dict[str, Any]:
    capsys.readouterr()
    code = main(["verify", str(path), "--data", str(renewed.data), "--json", "--at", at])
    report: dict[str, Any] = json.loads(capsys.readouterr().out)
    assert code == (0 if report["valid"] else 1)
    return report


def _ours(report: dict[str, Any]) -> str:
    return f"sohoa {report['indication']}/{report['sub_indication']} {report['problems'][:2]}"


def test_dss_passes_the_renewed_version_after_the_first_tsa_and_the_signer_ended(
        renewed: Renewed, verdicts: dict[str, dict[Path, dict[str, Any]]]) -> None:
    for at in (renewed.tsa_ended, renewed.later):
        verdict = verdicts[at][renewed.new]
        assert verdict["indication"] == "TOTAL_PASSED", f"{at}: {describe(verdict)}"
        assert verdict["format"] == "PAdES-BASELINE-LTA", f"{at}: {describe(verdict)}"


def test_dss_cannot_decide_on_the_version_not_renewed(
        renewed: Renewed, verdicts: dict[str, dict[Path, dict[str, Any]]]) -> None:
    verdict = verdicts[renewed.later][renewed.old]
    assert (verdict["indication"], verdict["subIndication"]) == (
        "INDETERMINATE", "OUT_OF_BOUNDS_NOT_REVOKED"), describe(verdict)


def test_sohoa_verify_at_says_what_dss_says(
        renewed: Renewed, verdicts: dict[str, dict[Path, dict[str, Any]]],
        capsys: pytest.CaptureFixture[str]) -> None:
    new = _sohoa(capsys, renewed, renewed.new, renewed.later)
    old = _sohoa(capsys, renewed, renewed.old, renewed.later)
    for path, ours in ((renewed.new, new), (renewed.old, old)):
        theirs = verdicts[renewed.later][path]
        assert (ours["indication"], ours["sub_indication"]) == (
            theirs["indication"], theirs["subIndication"]), (
            f"{path.name}: {_ours(ours)}; DSS {describe(theirs)}")
    assert new["valid"] and new["signatures"][0]["long_term"], _ours(new)
    assert not old["valid"]


def test_sohoa_says_what_dss_says_once_only_the_first_tsa_ended(
        renewed: Renewed, verdicts: dict[str, dict[Path, dict[str, Any]]],
        capsys: pytest.CaptureFixture[str]) -> None:
    """Between the first authority's end and the signer's, the file not renewed still passes
    (its signer's certificate is valid), with a warning that it must be renewed."""
    new = _sohoa(capsys, renewed, renewed.new, renewed.tsa_ended)
    assert new["valid"] and new["indication"] == "TOTAL_PASSED", _ours(new)
    assert new["warnings"] == [], new["warnings"]
    old = _sohoa(capsys, renewed, renewed.old, renewed.tsa_ended)
    theirs = verdicts[renewed.tsa_ended][renewed.old]
    assert theirs["indication"] == "TOTAL_PASSED", describe(theirs)
    assert (old["indication"], old["sub_indication"]) == ("TOTAL_PASSED", None), _ours(old)
    assert old["valid"] and old["problems"] == [], _ours(old)
    (warning,) = old["warnings"]
    assert "archive time stamp" in warning and "sohoa ltv renew" in warning, warning
    assert "gia hạn" in old["warnings_vi"][0]
    stamp = old["signatures"][-1]
    assert stamp["kind"] == "timestamp" and stamp["spent"] and not stamp["trusted"]


def test_the_service_checks_with_the_crl_of_the_moment_asked(renewed: Renewed) -> None:
    service = Service.build(settings_for(renewed.data))
    try:
        at = noon(date.fromisoformat(renewed.later))
        (crl,) = service.deps.keys.crls(at)
        assert crl["tbs_cert_list"]["this_update"].native <= at
        assert crl["tbs_cert_list"]["next_update"].native > at
        assert service.deps.keys.crls(at.replace(year=2200)) == []  # the CA has ended
        report = verify_pdf(renewed.new.read_bytes(), trust_roots=service.deps.keys.trust_roots(),
                            crls=service.deps.keys.crls(at), at=at)
        assert report.valid, report.problems
    finally:
        service.close()
