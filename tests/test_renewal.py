"""Renewal of archive time stamps: a document signed with a TSA whose certificate ends soon
takes a new version with a fresh document time stamp, and stays verifiable after that TSA's
certificate has ended, while its old version does not.

A fresh installation archives three signed PDFs: one time-stamped by a TSA that ends in 200
days (renewed), one by a TSA that lasts as long as its CA (left alone), and one time-stamped by
the short-lived TSA whose renewal stopped after its file was written (completed). The lasting
and renewing TSA is an RSA-3072 one from the development CA, so the test does not depend on
the development TSA's key size.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

import pipeline.renewal
from archive import archive_document, check_fixity, keys
from archive.records import Version
from archive.store import get_json
from archive.transfer_bag import write_bag
from archive.versions import file_versions
from cli.main import main
from pipeline.indexing import index_from_archive
from search_api import SearchQuery
from service.access import Actor, NotPermittedError
from service.app import Service
from signing import verify_pdf
from signing.ltv import SigningProfile, current_crl, signing_profile
from signing.renewal import RenewalError, make_tsa, newest_stamp, renew_pdf, renewal_reason
from tests.conftest import tiny_pdf
from tests.web_support import settings_for

CODE = "000.00.01.H01-250414-0007"
SHORT, LONG, HALF = "1a" * 12, "2b" * 12, "3c" * 12
UNTIL = date(2060, 1, 1)
TEXTS = {SHORT: "Quyết định cấp phép xây dựng số 12", LONG: "Giấy xác nhận số 7",
         HALF: "Tờ khai số 3"}


@dataclass
class Office:
    service: Service
    actor: Actor
    data: Path
    pdfs: dict[str, bytes]
    short_ends: datetime
    fresh: Any


def _metadata(label: str) -> dict[str, Any]:
    return {
        "dossier": {"receipt_code": CODE, "received_at": "2025-04-14T09:00:00+07:00"},
        "classification": {"doc_type": "quyet_dinh", "label": label, "title": label},
        "retention": {"class": "ho_so_tthc", "retain_until": UNTIL.isoformat()},
        "signature": {"signer": "Nguyễn Thị Lan", "level": "B-LTA"},
    }


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    data = tmp_path_factory.mktemp("renewal") / "data"
    service = Service.build(settings_for(data))
    deps = service.deps
    pki = deps.pki
    context = signing_profile(pki, "B-LTA").validation_context
    short_ends = datetime.now(UTC) + timedelta(days=200)
    short = SigningProfile("B-LTA", make_tsa(pki, not_after=short_ends, key_bits=2048),
                           context)
    fresh = make_tsa(pki, key_bits=3072, name="sohoa TSA gia hạn")
    signer = pki.clerk_signer("Nguyễn Thị Lan")
    from signing import sign_pdf

    pdfs = {SHORT: sign_pdf(tiny_pdf("Quyet dinh cap phep so 12"), signer, profile=short),
            LONG: sign_pdf(tiny_pdf("Giay xac nhan so 7"), signer,
                           profile=SigningProfile("B-LTA", fresh, context)),
            HALF: sign_pdf(tiny_pdf("To khai so 3"), signer, profile=short)}
    for doc, pdf in pdfs.items():
        archived = archive_document(deps.store, receipt_code=CODE, document_id=doc,
                                    files={"document.pdf": pdf, "ocr.json": json.dumps(
                                        {"pages": [{"text": TEXTS[doc]}]}).encode()},
                                    metadata=_metadata(f"Tài liệu {doc[:2]}"),
                                    retain_until=UNTIL, permanent=False)
        index_from_archive(deps, archived.prefix + "manifest.json")
    # a renewal of HALF stopped after its file was written, before its record
    assert context is not None
    stopped = renew_pdf(pdfs[HALF], fresh, context())
    deps.store.put(keys.version_file(CODE, HALF, 2, "document.pdf"), stopped,
                   retain_until=UNTIL)
    yield Office(service, service.local_actor(), data, pdfs, short_ends, fresh)
    service.close()


@pytest.fixture(autouse=True)
def _fresh_tsa(office: Office, monkeypatch: pytest.MonkeyPatch) -> None:
    """Renewals use the RSA-3072 TSA (the development one may be weaker)."""
    real = pipeline.renewal.signing_profile

    def profile(*args: Any, **kwargs: Any) -> SigningProfile:
        return dataclasses.replace(real(*args, **kwargs), timestamper=office.fresh)

    monkeypatch.setattr(pipeline.renewal, "signing_profile", profile)


def _verify(pdf: bytes, office: Office, at: datetime | None = None) -> Any:
    pki = office.service.deps.pki
    return verify_pdf(pdf, trust_roots=[pki.ca_cert_path],
                      crls=[current_crl(pki, now=at)], at=at)


def test_what_needs_renewal_is_told_by_the_newest_time_stamp(office: Office) -> None:
    before = datetime.now(UTC) + timedelta(days=730)
    short, long = newest_stamp(office.pdfs[SHORT]), newest_stamp(office.pdfs[LONG])
    assert short is not None and long is not None
    assert short.key == "RSA-2048" and short.kind == "document"
    assert "hết hạn" in (renewal_reason(short, before) or "")
    assert renewal_reason(long, before) is None  # RSA-3072, lasting with its CA
    weak = dataclasses.replace(long, digest="sha1")
    assert "yếu" in (renewal_reason(weak, before) or "")
    assert renewal_reason(None, before) is None  # B-B: nothing to renew


def test_a_tsa_that_would_not_last_is_refused_before_anything_is_written(
        office: Office) -> None:
    store = office.service.deps.store
    listed = list(store.list(keys.aip(CODE)))
    with pytest.raises(RenewalError, match="TSA"):
        office.service.operations.renew_ltv(office.actor, before=date(2099, 1, 1))
    assert list(store.list(keys.aip(CODE))) == listed


def test_renewal_makes_a_new_version_that_outlives_the_old_tsa(office: Office) -> None:
    service, store = office.service, office.service.deps.store
    report = service.operations.renew_ltv(office.actor)
    assert report.ok and report.checked == 3
    renewed = {r.document_id: r for r in report.renewed}
    assert set(renewed) == {SHORT, HALF}
    assert renewed[HALF].completed and not renewed[SHORT].completed

    old = office.pdfs[SHORT]
    (version,) = file_versions(store, CODE, SHORT)
    new = store.get(version.key)
    assert version.number == 2 and renewed[SHORT].version == 2
    assert new.startswith(old) and len(new) > len(old)  # an incremental update
    assert version.sha256 == hashlib.sha256(new).hexdigest() == renewed[SHORT].sha256
    assert version.previous_sha256 == hashlib.sha256(old).hexdigest()
    assert version.tsa["tsa"] == "sohoa TSA gia hạn" and version.tsa["key"] == "RSA-3072"
    assert version.replaced["key"] == "RSA-2048" and "hết hạn" in version.why
    assert store.get(keys.aip(CODE, SHORT) + "document.pdf") == old  # never rewritten
    assert store.info(version.key).retain_until == UNTIL

    now = _verify(new, office)
    assert now.valid, now.problems
    assert [s.kind for s in now.signatures] == ["signature", "timestamp", "timestamp"]
    assert all(s.valid for s in now.signatures)
    later = office.short_ends + timedelta(days=30)
    assert _verify(new, office, later).valid, _verify(new, office, later).problems
    stale = _verify(old, office, later)
    # the signer's certificate still vouches for the file not renewed, as in EU DSS, with a
    # warning to renew it (after the signer's end it is indeterminate: test_dss_renewal.py)
    assert stale.valid and stale.warnings and "sohoa ltv renew" in stale.warnings[0]

    half = store.get(file_versions(store, CODE, HALF)[0].key)
    assert _verify(half, office, later).valid


def test_the_newest_version_is_what_people_get(office: Office) -> None:
    service, store = office.service, office.service.deps.store
    (version,) = file_versions(store, CODE, SHORT)
    new = store.get(version.key)
    assert service.records.download(office.actor, CODE, SHORT)["document.pdf"] == new
    package = service.records.download(office.actor, CODE, SHORT, whole_package=True)
    assert package["document.pdf"] == office.pdfs[SHORT]
    assert package["versions/000002/document.pdf"] == new
    assert get_json(store, keys.version(CODE, SHORT, 2), Version).number == 2
    record = service.records.record(office.actor, CODE, SHORT)
    assert [v["sha256"] for v in record["versions"]] == [version.sha256]
    assert service.records.download(office.actor, CODE, LONG)["document.pdf"] == \
        office.pdfs[LONG]
    hits = service.records.search(office.actor, SearchQuery("quyết định cấp phép"))
    assert SHORT in [h.document_id for h in hits.hits]
    service.records.printed_copy(office.actor, CODE, SHORT)
    printed = [e for e in service.deps.audit.entries() if e.action == "printed"][-1]
    assert printed.detail["sha256"] == version.sha256  # the QR code names the newest
    anyone = Actor.nobody("test")
    for sha256 in (version.sha256, version.previous_sha256):  # a print made before too
        check = service.verification.by_reference(anyone, CODE, SHORT, sha256)
        assert check.unchanged and check.valid and not check.altered_in_archive
    assert not service.verification.by_reference(anyone, CODE, SHORT, "0" * 64).unchanged
    fixity = check_fixity(store)
    assert fixity.ok, fixity.problems
    trail = [e for e in service.deps.audit.entries() if e.action == "ltv_renewed"]
    assert {e.record for e in trail} == {keys.aip(CODE, SHORT), keys.aip(CODE, HALF)}


def test_a_transfer_bag_records_the_renewal_in_premis(office: Office, tmp_path: Path
                                                      ) -> None:
    """The bag of a renewed document carries its new version and a PREMIS "renewed" event
    naming that file, and both validate (bagit, the official PREMIS and METS schemas)."""
    import bagit

    from archive import load_manifest
    from archive.transfer_xml import schema_errors

    store = office.service.deps.store
    (version,) = file_versions(store, CODE, SHORT)
    manifest = load_manifest(store, keys.aip(CODE, SHORT) + "manifest.json")
    people = {"batch_id": "NL-THU", "proposed_by": "Phạm Thu Trang",
              "approved_by": "Lê Văn Hùng", "exported_by": "Phạm Thu Trang",
              "receipt_code": CODE}
    bag = write_bag(store, tmp_path, people, [manifest], organisation="Sở Nội vụ",
                    at="2026-12-01T09:00:00+07:00", revisions={})
    bagit.Bag(str(bag)).validate()
    path = f"objects/{SHORT}/versions/{version.number}/{version.file}"
    assert hashlib.sha256((bag / "data" / path).read_bytes()).hexdigest() == version.sha256
    premis = (bag / "data" / "metadata" / "premis.xml").read_bytes()
    assert schema_errors(premis, "premis") == []
    assert schema_errors((bag / "data" / "mets.xml").read_bytes(), "mets") == []
    tree = etree.fromstring(premis)
    ns = {"p": "http://www.loc.gov/premis/v3"}
    renewed = [e for e in tree.iterfind(".//p:event", ns)
               if e.findtext("p:eventType", namespaces=ns) == "renewed"]
    assert len(renewed) == 1
    (event,) = renewed
    assert event.findtext("p:eventDateTime", namespaces=ns) == version.at
    assert "hết hạn" in event.findtext("p:eventDetailInformation/p:eventDetail", namespaces=ns)
    linked = event.findall("p:linkingObjectIdentifier/p:linkingObjectIdentifierValue", ns)
    assert [x.text for x in linked] == [path]
    (obj,) = [o for o in tree.iterfind("p:object", ns) if o.findtext(
        "p:objectIdentifier/p:objectIdentifierValue", namespaces=ns) == path]
    assert obj.findtext(".//p:messageDigest", namespaces=ns) == version.sha256
    assert event.findtext("p:eventIdentifier/p:eventIdentifierValue", namespaces=ns) in [
        x.text for x in obj.iterfind(".//p:linkingEventIdentifierValue", ns)]


def test_a_second_run_renews_nothing(office: Office, capsys: pytest.CaptureFixture[str]
                                     ) -> None:
    store = office.service.deps.store
    listed = list(store.list(keys.aip(CODE)))
    assert main(["ltv", "renew", "--data", str(office.data), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["checked"] == 3 and out["renewed"] == [] and out["failed"] == []
    assert list(store.list(keys.aip(CODE))) == listed


def test_only_archivists_administrators_and_the_operator_renew(office: Office) -> None:
    clerk = Actor("Nguyễn Thị Lan", frozenset({"clerk"}), agency="000.00.01.H01")
    with pytest.raises(NotPermittedError, match="gia hạn dấu thời gian"):
        office.service.operations.renew_ltv(clerk)
    archivist = Actor("Phạm Thu Trang", frozenset({"archivist"}))
    assert office.service.operations.renew_ltv(archivist).renewed == []


def test_the_workers_schedule_renews_every_day(tmp_path: Path) -> None:
    from pipeline.celery_app import configure

    settings = settings_for(tmp_path / "data")
    settings.broker_url = "redis://127.0.0.1:1/0"
    entry = configure(settings).conf.beat_schedule["ltv"]
    assert entry["task"] == "sohoa.renew_ltv" and entry["schedule"] == 24 * 3600


def test_fixity_checks_every_version(office: Office) -> None:
    store = office.service.deps.store
    (version,) = file_versions(store, CODE, SHORT)
    path = Path(store.locate(version.key))
    path.chmod(0o644)
    path.write_bytes(path.read_bytes() + b"%")
    problems = check_fixity(store).problems
    assert [(p.key, p.problem) for p in problems] == [(version.key, "altered")]
