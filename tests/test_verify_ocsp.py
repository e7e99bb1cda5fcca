"""A signature whose revocation data is an OCSP response, not a CRL (as a CA that answers by OCSP
gives it): ``sohoa verify`` counts it towards B-LT and B-LTA and says the signer was not revoked,
as EU DSS does; after the signer's certificate has ended it says less than DSS (below).

The document is signed at B-T by the development PKI, then its validation data is added with
only an OCSP response from the development CA's responder (``sohoa pki serve`` answers the same),
then a document time stamp over it all (the way ``sohoa ltv renew`` adds one).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import ocsp as asn1_ocsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509 import ocsp
from pyhanko_certvalidator import ValidationContext

from signing import DevPki, sign_pdf, verify_pdf
from signing.ltv import signing_profile
from signing.ocsp import ocsp_response
from signing.renewal import make_tsa, renew_pdf
from tests.conftest import tiny_pdf
from tests.dss_support import describe, dss


def _ocsp_for(pki: DevPki, cert: x509.Certificate) -> asn1_ocsp.OCSPResponse:
    """What the development CA's OCSP responder answers about ``cert``."""
    request = ocsp.OCSPRequestBuilder().add_certificate(cert, pki.ca_cert, hashes.SHA256())
    der = ocsp_response(pki, request.build().public_bytes(serialization.Encoding.DER))
    return asn1_ocsp.OCSPResponse.load(der)


@dataclass(frozen=True)
class Signed:
    pki: DevPki
    path: Path
    signer_ends: datetime


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> Signed:
    folder = tmp_path_factory.mktemp("ocsp-only")
    pki = DevPki.ensure(folder / "pki")
    signer = pki.clerk_signer("Trần Thị Mai")
    pdf = sign_pdf(tiny_pdf("Giay khai sinh"), signer, profile=signing_profile(pki, "B-T"))
    tsa = make_tsa(pki)
    # an answer for every certificate the CA issued: the signer's and both TSAs'
    answers = [_ocsp_for(pki, x509.load_pem_x509_certificate(cert.read_bytes()))
               for cert in sorted(pki.issued_dir.glob("*.pem"))]
    roots = [asn1_x509.Certificate.load(pki.ca_cert.public_bytes(serialization.Encoding.DER))]
    context = ValidationContext(trust_roots=roots, ocsps=answers, allow_fetching=False)
    path = folder / "ocsp-only.pdf"
    path.write_bytes(renew_pdf(pdf, tsa, context))
    return Signed(pki, path, signer.certificate.not_valid_after_utc)


def test_ocsp_only_counts_towards_b_lta(signed: Signed) -> None:
    report = verify_pdf(signed.path.read_bytes(), trust_roots=[signed.pki.ca_cert_path])
    assert report.valid, report.problems  # no CRL known, none in the file
    (signature,) = [s for s in report.signatures if s.kind == "signature"]
    assert signature.level == "B-LTA"
    assert signature.revocation == "good"


@pytest.mark.eudss
def test_dss_agrees_on_the_ocsp_only_file(signed: Signed) -> None:
    verdict = dss([signed.path], signed.pki.ca_cert_path)[signed.path]
    assert verdict["indication"] == "TOTAL_PASSED", describe(verdict)
    assert verdict["format"] == "PAdES-BASELINE-LTA", describe(verdict)



@pytest.mark.eudss
def test_after_the_signer_ended_sohoa_says_less_than_dss(signed: Signed) -> None:
    """Known difference: after the signer's certificate has ended, DSS accepts the OCSP
    response issued after the signature's time stamp; sohoa's long-term check holds an OCSP
    response to its own validity (days) and cannot decide. It says less than DSS, never more.
    Files sohoa signs carry the CRL, which both accept (tests/test_dss_renewal.py)."""
    at = signed.signer_ends + timedelta(days=30)
    assert at < signed.pki.ca_cert.not_valid_after_utc
    verdict = dss([signed.path], signed.pki.ca_cert_path, at=at.date().isoformat())[signed.path]
    assert verdict["indication"] == "TOTAL_PASSED", describe(verdict)
    report = verify_pdf(signed.path.read_bytes(), trust_roots=[signed.pki.ca_cert_path], at=at)
    assert (report.indication, report.sub_indication) == (
        "INDETERMINATE", "OUT_OF_BOUNDS_NO_POE"), report.problems
