"""The development PKI as a real CA lays it out: strong, long-lived keys, a time-stamping key
renewed beside the old one, AIA/CRL/OCSP addresses, an OCSP responder; and an installation made
before this layout (CA ECDSA P-256, TSA RSA-2048) keeps its CA and still signs and verifies."""

from __future__ import annotations

import base64
import secrets
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509 import ocsp
from cryptography.x509.oid import AuthorityInformationAccessOID, ExtendedKeyUsageOID, NameOID

from signing import DevPki, sign_pdf, verify_pdf
from signing.ltv import current_crl, dev_timestamper, revoke, signing_profile
from signing.ocsp import certificate_status, ocsp_response
from signing.pki import DEV_CA_URL, DEV_CRL_URL, DEV_OCSP_URL
from tests.conftest import tiny_pdf

YEAR = timedelta(days=365)


def _years(cert: x509.Certificate) -> float:
    return (cert.not_valid_after_utc - cert.not_valid_before_utc) / YEAR


def _addresses(cert: x509.Certificate) -> tuple[list[str], list[str], list[str]]:
    """(CRL, OCSP, caIssuers) addresses the certificate names."""
    crl = cert.extensions.get_extension_for_class(x509.CRLDistributionPoints).value
    aia = cert.extensions.get_extension_for_class(x509.AuthorityInformationAccess).value
    return ([n.value for point in crl for n in point.full_name or ()],
            [d.access_location.value for d in aia
             if d.access_method == AuthorityInformationAccessOID.OCSP],
            [d.access_location.value for d in aia
             if d.access_method == AuthorityInformationAccessOID.CA_ISSUERS])


def _tsa_cert(pki: DevPki) -> x509.Certificate:
    dev_timestamper(pki)
    return x509.load_pem_x509_certificate((pki.pki_dir / "tsa.cert.pem").read_bytes())


def test_a_new_pki_has_strong_long_lived_keys(tmp_path: Path) -> None:
    pki = DevPki.ensure(tmp_path / "pki")
    ca = pki.ca_cert
    assert isinstance(ca.public_key(), ec.EllipticCurvePublicKey)
    assert ca.public_key().curve.name == "secp384r1"
    assert isinstance(ca.signature_hash_algorithm, hashes.SHA384)
    assert 24.9 < _years(ca) < 25.1
    assert ca.extensions.get_extension_for_class(x509.BasicConstraints).value.path_length == 0

    clerk = pki.clerk_signer("Nguyễn Thị Lan").certificate
    assert clerk.public_key().curve.name == "secp256r1"
    assert isinstance(clerk.signature_hash_algorithm, hashes.SHA384)
    assert 2.9 < _years(clerk) < 3.1
    clerk.verify_directly_issued_by(ca)

    tsa = _tsa_cert(pki)
    assert isinstance(tsa.public_key(), rsa.RSAPublicKey) and tsa.public_key().key_size >= 3072
    assert 10.9 < _years(tsa) < 11.1
    usage = tsa.extensions.get_extension_for_class(x509.ExtendedKeyUsage)
    assert usage.critical and list(usage.value) == [ExtendedKeyUsageOID.TIME_STAMPING]
    period = tsa.extensions.get_extension_for_class(x509.PrivateKeyUsagePeriod).value
    assert period.not_after is not None
    key_use = period.not_after.replace(tzinfo=UTC) - tsa.not_valid_before_utc
    assert 1.9 < key_use / YEAR < 2.1  # the key signs 2 years; its stamps verify 9 more
    # every certificate the CA issued is recorded, by serial
    assert {p.name for p in pki.issued_dir.iterdir()} == {
        f"{clerk.serial_number:x}.pem", f"{tsa.serial_number:x}.pem"}


def test_certificates_name_their_crl_ocsp_responder_and_issuer(tmp_path: Path) -> None:
    pki = DevPki.ensure(tmp_path / "pki")
    for cert in (pki.clerk_signer("Trần Văn Bình").certificate, _tsa_cert(pki)):
        assert _addresses(cert) == ([DEV_CRL_URL], [DEV_OCSP_URL], [DEV_CA_URL])
    with pytest.raises(x509.ExtensionNotFound):  # a root names no issuer but itself
        pki.ca_cert.extensions.get_extension_for_class(x509.AuthorityInformationAccess)


def test_the_time_stamping_key_is_replaced_beside_the_old_one(tmp_path: Path) -> None:
    pki = DevPki.ensure(tmp_path / "pki")
    document = tiny_pdf("Quyet dinh so 7")
    passphrase = (pki.pki_dir / "passphrase").read_bytes().strip()
    # a TSA whose key may sign for 10 more days: within the 30 days before its end
    key = rsa.generate_private_key(65537, 3072)
    ending = pki.issue(key.public_key(), "sohoa dev TSA", time_stamping=True,
                       key_usable_for=timedelta(days=10))
    (pki.pki_dir / "tsa.key.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase)))
    (pki.pki_dir / "tsa.cert.pem").write_bytes(ending.public_bytes(serialization.Encoding.PEM))
    fresh = _tsa_cert(pki)
    assert fresh.serial_number != ending.serial_number
    retired = pki.pki_dir / "tsa-retired" / f"{ending.serial_number:x}.cert.pem"
    assert x509.load_pem_x509_certificate(retired.read_bytes()) == ending
    assert retired.with_name(f"{ending.serial_number:x}.key.pem").is_file()
    assert _tsa_cert(pki) == fresh  # used until its own period nears its end
    signed = sign_pdf(document, pki.clerk_signer("Lê Thị Hoa"),
                      profile=signing_profile(pki, "B-LTA"))
    report = verify_pdf(signed, trust_roots=[pki.ca_cert_path], crls=[current_crl(pki)])
    assert report.valid, report.problems


def _ocsp_request(cert: x509.Certificate, issuer: x509.Certificate,
                  nonce: bytes | None = None) -> bytes:
    builder = ocsp.OCSPRequestBuilder().add_certificate(cert, issuer, hashes.SHA256())
    if nonce is not None:
        builder = builder.add_extension(x509.OCSPNonce(nonce), critical=False)
    return builder.build().public_bytes(serialization.Encoding.DER)


def _post(url: str, body: bytes) -> bytes:
    request = urllib.request.Request(url, data=body,
                                     headers={"Content-Type": "application/ocsp-request"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        assert answer.headers["Content-Type"] == "application/ocsp-response"
        return answer.read()


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=30) as answer:
        return answer.read()


def _other_ca_certificate() -> tuple[x509.Certificate, x509.Certificate]:
    """A certificate of a CA that is not the installation's, and that CA."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Another CA")])
    now = datetime.now(UTC)
    ca = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
          .public_key(key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now).not_valid_after(now + YEAR).sign(key, hashes.SHA256()))
    leaf_key = ec.generate_private_key(ec.SECP256R1())
    leaf = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Someone")]))
            .issuer_name(name).public_key(leaf_key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now)
            .not_valid_after(now + YEAR).sign(key, hashes.SHA256()))
    return leaf, ca


def test_the_ocsp_responder_answers_good_revoked_and_unknown_over_loopback(
    tmp_path: Path,
) -> None:
    from signing.tsa_server import TsaServer

    pki = DevPki.ensure(tmp_path / "pki")
    good = pki.clerk_signer("Nguyễn Thị Lan").certificate
    gone = pki.clerk_signer("Đinh Văn Mất Khóa").certificate
    revoke(pki, gone, when=datetime.now(UTC) - timedelta(hours=2), reason="key_compromise")
    never = x509.load_pem_x509_certificate(good.public_bytes(serialization.Encoding.PEM))
    other, other_ca = _other_ca_certificate()
    nonce = secrets.token_bytes(16)
    with TsaServer(pki) as services:  # port 0: any free port on 127.0.0.1
        base = services.url.rstrip("/")
        answers = {
            "good": _post(base + "/ocsp", _ocsp_request(good, pki.ca_cert, nonce)),
            "revoked": _post(base + "/ocsp", _ocsp_request(gone, pki.ca_cert)),
            "unknown": _post(base + "/ocsp", _ocsp_request(other, other_ca)),
        }
        encoded = base64.b64encode(_ocsp_request(good, pki.ca_cert)).decode("ascii")
        by_get = ocsp.load_der_ocsp_response(_get(f"{base}/ocsp/{encoded}"))
        ca_der = _get(base + "/sohoa-dev-ca.crt")
    assert x509.load_der_x509_certificate(ca_der) == pki.ca_cert
    assert by_get.certificate_status == ocsp.OCSPCertStatus.GOOD
    statuses = {name: ocsp.load_der_ocsp_response(der) for name, der in answers.items()}
    for name, response in statuses.items():
        assert response.response_status == ocsp.OCSPResponseStatus.SUCCESSFUL
        assert response.certificate_status.name.lower() == name
        # signed by the CA itself, with the CA's digest
        assert isinstance(response.signature_hash_algorithm, hashes.SHA384)
        pki.ca_cert.public_key().verify(response.signature, response.tbs_response_bytes,
                                        ec.ECDSA(hashes.SHA384()))
        assert response.next_update_utc is not None
    assert statuses["good"].extensions.get_extension_for_class(x509.OCSPNonce).value.nonce \
        == nonce
    assert statuses["revoked"].revocation_reason == x509.ReasonFlags.key_compromise
    # a serial number this CA never issued is unknown, though the issuer is ours
    assert certificate_status(pki, never.serial_number + 1) == ("unknown", None)
    broken = ocsp.load_der_ocsp_response(ocsp_response(pki, b"not a request"))
    assert broken.response_status == ocsp.OCSPResponseStatus.MALFORMED_REQUEST


def _old_pki(folder: Path) -> x509.Certificate:
    """A PKI folder as installations made before this layout have it: CA ECDSA P-256 for 10
    years, a clerk's certificate as long as the CA naming only its CRL, a TSA RSA-2048, no
    ``issued/``. Returns the clerk's certificate."""
    folder.mkdir(mode=0o700, parents=True)
    passphrase = secrets.token_urlsafe(32).encode("ascii")
    (folder / "passphrase").write_bytes(passphrase + b"\n")
    key = ec.generate_private_key(ec.SECP256R1())
    org = "Trung tâm Phục vụ hành chính công"
    name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
                      x509.NameAttribute(NameOID.COMMON_NAME, f"sohoa dev CA — {org}")])
    now = datetime.now(UTC) - timedelta(days=400)
    usage = dict(content_commitment=False, key_encipherment=False, data_encipherment=False,
                 key_agreement=False, encipher_only=False, decipher_only=False)
    ca = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
          .public_key(key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now).not_valid_after(now + timedelta(days=3652))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=False, key_cert_sign=True,
                                       crl_sign=True, **usage), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
          .sign(key, hashes.SHA256()))
    (folder / "ca.key.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase)))

    def leaf(public_key: object, cn: str, tsa: bool) -> x509.Certificate:
        builder = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)]))
            .issuer_name(name).public_key(public_key)  # type: ignore[arg-type]
            .serial_number(x509.random_serial_number()).not_valid_before(now)
            .not_valid_after(ca.not_valid_after_utc)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=False,
                                         crl_sign=False, **{**usage,
                                                            "content_commitment": True}),
                           critical=True)
            .add_extension(x509.CRLDistributionPoints([x509.DistributionPoint(
                [x509.UniformResourceIdentifier(DEV_CRL_URL)], None, None, None)]), False))
        if tsa:
            builder = builder.add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        return builder.sign(key, hashes.SHA256())

    tsa_key = rsa.generate_private_key(65537, 2048)
    (folder / "tsa.key.pem").write_bytes(tsa_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase)))
    (folder / "tsa.cert.pem").write_bytes(
        leaf(tsa_key.public_key(), "sohoa dev TSA", True).public_bytes(serialization.Encoding.PEM))
    clerk_key = ec.generate_private_key(ec.SECP256R1())
    clerk = leaf(clerk_key.public_key(), "Nguyễn Thị Lan", False)
    (folder / "signers").mkdir(mode=0o700)
    from signing.pki import signer_slug

    (folder / "signers" / f"{signer_slug('Nguyễn Thị Lan')}.p12").write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"Nguyen Thi Lan", clerk_key, clerk, [ca],
            serialization.BestAvailableEncryption(passphrase)))
    (folder / "ca.cert.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    return clerk


def test_an_old_p256_pki_is_kept_and_still_signs_and_verifies(tmp_path: Path) -> None:
    folder = tmp_path / "pki"
    old_clerk = _old_pki(folder)
    ca_pem = (folder / "ca.cert.pem").read_bytes()
    old_tsa = x509.load_pem_x509_certificate((folder / "tsa.cert.pem").read_bytes())
    pki = DevPki.ensure(folder)
    assert (folder / "ca.cert.pem").read_bytes() == ca_pem  # never replaced
    assert pki.ca_cert.public_key().curve.name == "secp256r1"

    clerk = pki.clerk_signer("Nguyễn Thị Lan")
    assert clerk.certificate == old_clerk  # still usable: kept, not reissued
    newcomer = pki.clerk_signer("Trần Văn Bình").certificate
    assert isinstance(newcomer.signature_hash_algorithm, hashes.SHA256)
    assert 2.9 < _years(newcomer) < 3.1  # the new layout, within the old CA's years
    assert _addresses(newcomer)[1] == [DEV_OCSP_URL]

    signed = sign_pdf(tiny_pdf("Giay xac nhan so 3"), clerk,
                      profile=signing_profile(pki, "B-LTA"))
    report = verify_pdf(signed, trust_roots=[pki.ca_cert_path], crls=[current_crl(pki)])
    assert report.valid, report.problems
    assert report.signatures[0].level == "B-LTA"
    # the RSA-2048 time-stamping key was replaced by an RSA-3072 one, the old one kept beside
    tsa = x509.load_pem_x509_certificate((folder / "tsa.cert.pem").read_bytes())
    assert tsa.public_key().key_size >= 3072 and tsa.issuer == pki.ca_cert.subject
    assert (folder / "tsa-retired" / f"{old_tsa.serial_number:x}.cert.pem").is_file()
    assert tsa.not_valid_after_utc <= pki.ca_cert.not_valid_after_utc
    # the responder knows the certificates issued before issued/ was kept
    assert certificate_status(pki, old_clerk.serial_number)[0] == "good"
    assert certificate_status(pki, old_tsa.serial_number)[0] == "good"
