"""Disposal: proposed by an archivist, approved by a different auditor or head, executed into
tombstones and a signed destruction certificate; held or unexpired records are refused."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from archive import (
    FolderStore,
    ObjectStore,
    RetentionLockedError,
    archive_document,
    check_fixity,
)
from archive.aip import load_manifest
from archive.audit import AuditLog
from archive.changes import changes_after
from archive.disposal import (
    DisposalBatch,
    DisposalError,
    approve,
    decide,
    execute,
    list_batches,
    load_batch,
    propose,
    tombstones,
)
from archive.hold import set_hold
from archive.printout import Printout, render_pdf
from archive.versions import add_version
from cli.main import main
from signing import DevPki, find_stamp_font, sign_pdf, verify_pdf
from sohoa.people import People, PeopleError
from tests.conftest import service_env

CODE = "000.00.12.H19-130305-0001"
OTHER = "000.00.12.H19-130306-0002"
ENDED = date(2023, 3, 5)  # a receipt of 2013 kept 10 years
ARCHIVIST, AUDITOR, HEAD = "Phạm Thu Trang", "Lê Văn Hòa", "Đỗ Minh Quân"


def _archive(store: ObjectStore, code: str, doc_id: str, until: date | None) -> dict[str, bytes]:
    files = {"document.pdf": f"%PDF {doc_id}".encode(), "ocr.json": b"{}",
             "pages/page-001.jpg": doc_id.encode() * 10}
    metadata = {
        "dossier": {"receipt_code": code, "procedure": "Cấp bản sao trích lục hộ tịch",
                    "received_at": "2013-03-05T09:00:00+07:00"},
        "classification": {"doc_type": "bien_lai_thu_phi", "label": "Biên lai thu phí, lệ phí",
                           "title": "BIÊN LAI THU TIỀN PHÍ, LỆ PHÍ", "fields": {}},
        "retention": {"class": "ke_toan", "legal_source": "Luật Kế toán 2015",
                      "retain_until": until.isoformat() if until else None,
                      "permanent": until is None},
    }
    archive_document(store, receipt_code=code, document_id=doc_id, files=files,
                     metadata=metadata, retain_until=until, permanent=until is None)
    return files


@pytest.fixture
def office(tmp_path: Path) -> tuple[People, AuditLog, DevPki]:
    people = People(tmp_path / "people.json")
    people.change(HEAD, ["head"], grant=True)
    people.change(ARCHIVIST, ["archivist"], grant=True)
    people.change(AUDITOR, ["auditor"], grant=True)
    return people, AuditLog(tmp_path / "audit.jsonl"), DevPki.ensure(tmp_path / "pki")


def _render(pki: DevPki, who: str) -> Callable[[Printout], bytes]:
    def render(printout: Printout) -> bytes:
        return sign_pdf(render_pdf(printout, find_stamp_font()), pki.clerk_signer(who),
                        signer_title="Người thực hiện hủy")
    return render


def test_a_disposal_from_proposal_to_certificate(
    store: ObjectStore, office: tuple[People, AuditLog, DevPki], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    _, audit, pki = office
    gone = _archive(store, CODE, "aaaaaa000001", ENDED)
    _archive(store, CODE, "bbbbbb000002", ENDED)
    _archive(store, OTHER, "cccccc000003", date.today() + timedelta(days=3650))
    _archive(store, OTHER, "dddddd000004", None)  # kept permanently
    set_hold(store, audit, f"{CODE}/bbbbbb000002", True, reason="Thanh tra tỉnh yêu cầu",
             who=AUDITOR)

    batch, refused = propose(store, audit, who=ARCHIVIST, before=date.today(),
                             reason="Hội đồng xác định giá trị tài liệu, biên bản số 12/BB")
    assert [i["document_id"] for i in batch.items] == ["aaaaaa000001"]
    assert [(r.record, "legal hold" in r.reason) for r in refused] == [
        (f"aip/{CODE}/bbbbbb000002/", True)]
    assert batch.items[0]["files"]["document.pdf"]["sha256"] == hashlib.sha256(
        gone["document.pdf"]).hexdigest()

    # not executed without a second person's approval
    removed: list[str] = []
    with pytest.raises(DisposalError, match="approve"):
        execute(store, audit, batch.batch_id, who=ARCHIVIST, organisation="TTPVHCC",
                render=_render(pki, ARCHIVIST), unindex=removed.extend)
    assert store.exists(f"aip/{CODE}/aaaaaa000001/document.pdf")
    approved = approve(store, audit, batch.batch_id, who=AUDITOR, role="auditor", note="Đồng ý")
    assert approved.state == "approved"

    noted = [c for _, c in changes_after(store, "")]
    done = execute(store, audit, batch.batch_id, who=ARCHIVIST,
                   organisation="Trung tâm Phục vụ hành chính công",
                   render=_render(pki, ARCHIVIST), unindex=removed.extend)
    assert done.state == "executed"
    assert removed == ["aaaaaa000001"]
    # the digitisation report is told, before the tombstone and after the deletion
    assert [c for _, c in changes_after(store, "")] == [*noted, CODE, CODE]
    assert list(store.list(f"aip/{CODE}/aaaaaa000001/")) == []
    assert store.exists(f"aip/{CODE}/bbbbbb000002/document.pdf")  # the held one stays
    (tomb,) = tombstones(store, CODE)
    assert tomb.document_id == "aaaaaa000001"
    assert tomb.approved_by == AUDITOR and tomb.proposed_by == ARCHIVIST
    assert tomb.destroyed_by == ARCHIVIST
    assert {n: f["sha256"] for n, f in tomb.files.items()} == {
        n: hashlib.sha256(b).hexdigest() for n, b in gone.items()}
    with pytest.raises(RetentionLockedError):
        store.delete(f"disposed/{CODE}/aaaaaa000001/tombstone.json",
                     today=date(2100, 1, 1))

    certificate = store.get(done.certificate_key)
    report = verify_pdf(certificate, trust_roots=[pki.ca_cert_path])
    assert report.valid, report.problems
    assert report.signer and ARCHIVIST in report.signer
    assert check_fixity(store).ok  # destroyed files are not reported missing
    # and `sohoa verify` accepts the certificate straight from the store
    if not isinstance(store, FolderStore):
        for key in ("SOHOA_S3_ENDPOINT", "SOHOA_S3_ACCESS_KEY", "SOHOA_S3_SECRET_KEY"):
            monkeypatch.setenv(key, service_env(key) or "")
        monkeypatch.setenv("SOHOA_S3_BUCKET", store.bucket)  # type: ignore[attr-defined]
    capsys.readouterr()
    assert main(["verify", done.certificate_key, "--data", str(tmp_path)]) == 0
    assert "Valid: signed by Phạm Thu Trang" in capsys.readouterr().out

    # running it again changes nothing
    assert execute(store, audit, batch.batch_id, who=ARCHIVIST, organisation="x",
                   render=_render(pki, ARCHIVIST), unindex=removed.extend) == done
    actions = [e.action for e in audit.entries()]
    assert actions[-4:] == ["disposal_proposed", "disposal_approved", "record_destroyed",
                            "disposal_executed"]


def test_held_or_unexpired_records_are_refused_with_the_reason(
    store: ObjectStore, office: tuple[People, AuditLog, DevPki]
) -> None:
    _, audit, _ = office
    _archive(store, CODE, "aaaaaa000001", ENDED)
    _archive(store, OTHER, "cccccc000003", date.today() + timedelta(days=3650))
    _archive(store, OTHER, "dddddd000004", None)
    set_hold(store, audit, CODE, True, reason="Khiếu nại đang giải quyết", who=AUDITOR)
    with pytest.raises(DisposalError) as err:
        propose(store, audit, who=ARCHIVIST, records=[CODE, OTHER],
                reason="Hết thời hạn bảo quản")
    message = str(err.value)
    assert "aaaaaa000001/: under legal hold" in message
    assert f"cccccc000003/: retained until {(date.today() + timedelta(days=3650))}" in message
    assert "dddddd000004/: kept permanently" in message
    assert list_batches(store) == []


def _two_approved(store: ObjectStore, office: tuple[People, AuditLog, DevPki],
                  approver: str) -> DisposalBatch:
    """Two documents whose retention ended, proposed by the archivist and approved."""
    _, audit, _ = office
    _archive(store, CODE, "aaaaaa000001", ENDED)
    _archive(store, OTHER, "eeeeee000005", ENDED)
    batch, _ = propose(store, audit, who=ARCHIVIST, records=[CODE, OTHER],
                       reason="Hết thời hạn bảo quản")
    return approve(store, audit, batch.batch_id, who=approver, role="auditor")


def test_a_hold_set_after_approval_stops_that_record(
    store: ObjectStore, office: tuple[People, AuditLog, DevPki]
) -> None:
    _, audit, pki = office
    batch = _two_approved(store, office, HEAD)
    set_hold(store, audit, OTHER, True, reason="Công an tỉnh đề nghị giữ", who=AUDITOR)
    done = execute(store, audit, batch.batch_id, who=AUDITOR, organisation="TTPVHCC",
                   render=_render(pki, AUDITOR), unindex=lambda ids: None)
    assert done.execution is not None
    assert done.execution["destroyed"] == [f"aip/{CODE}/aaaaaa000001/"]
    assert [(r["record"], r["reason"][:16]) for r in done.execution["refused"]] == [
        (f"aip/{OTHER}/eeeeee000005/", "under legal hold")]
    assert store.exists(f"aip/{OTHER}/eeeeee000005/manifest.json")
    assert tombstones(store, OTHER) == []


def test_approval_needs_a_different_person(
    store: ObjectStore, office: tuple[People, AuditLog, DevPki]
) -> None:
    _, audit, _ = office
    _archive(store, CODE, "aaaaaa000001", ENDED)
    batch, _ = propose(store, audit, who=ARCHIVIST, records=[CODE], reason="Hết hạn")
    with pytest.raises(DisposalError, match="different person"):
        approve(store, audit, batch.batch_id, who=ARCHIVIST.upper(), role="auditor")
    with pytest.raises(DisposalError, match="reason"):
        decide(store, audit, batch.batch_id, who=AUDITOR, role="auditor", approve=False)
    rejected = decide(store, audit, batch.batch_id, who=AUDITOR, role="auditor", approve=False,
                      note="Chưa đủ biên bản của hội đồng")
    assert rejected.state == "rejected"
    with pytest.raises(DisposalError, match="rejected"):
        approve(store, audit, batch.batch_id, who=HEAD, role="head")
    # a rejected batch frees its records for a new proposal
    again, _ = propose(store, audit, who=ARCHIVIST, records=[CODE], reason="Lần 2")
    assert load_batch(store, again.batch_id).state == "proposed"
    with pytest.raises(DisposalError, match="already proposed"):
        propose(store, audit, who=ARCHIVIST, records=[CODE], reason="Lần 3")


def test_the_registry_checks_roles_and_keeps_a_head(tmp_path: Path) -> None:
    people = People(tmp_path / "people.json")
    people.change(ARCHIVIST, ["archivist"], grant=True)
    people.change(HEAD, ["head"], grant=True)
    with pytest.raises(PeopleError, match="unknown role"):
        people.change(ARCHIVIST, ["director"], grant=True)
    with pytest.raises(PeopleError, match="only head"):
        people.change(HEAD, ["head"], grant=False)
    assert people.roles_of("phạm  thu TRANG") == {"archivist"}
    raw = json.loads((tmp_path / "people.json").read_text(encoding="utf-8"))
    assert [p["name"] for p in raw["people"]] == [HEAD, ARCHIVIST]


class _FailingDeletes:
    """A fake store for this test: the real store, whose deletes fail after ``allowed`` of
    them, as if the machine stopped halfway through a disposal."""

    def __init__(self, store: ObjectStore, allowed: int) -> None:
        self._store, self._allowed = store, allowed

    def __getattr__(self, name: str) -> object:
        return getattr(self._store, name)

    def delete(self, key: str, *, today: date | None = None) -> None:
        if self._allowed == 0:
            raise OSError("power cut")
        self._allowed -= 1
        self._store.delete(key, today=today)


def test_an_interrupted_execution_finishes_when_run_again(
    store: ObjectStore, office: tuple[People, AuditLog, DevPki]
) -> None:
    _, audit, pki = office
    batch = _two_approved(store, office, AUDITOR)
    halfway = _FailingDeletes(store, allowed=2)  # the first document's manifest and one file
    with pytest.raises(OSError):
        execute(halfway, audit, batch.batch_id, who=ARCHIVIST,  # type: ignore[arg-type]
                organisation="TTPVHCC", render=_render(pki, ARCHIVIST), unindex=lambda ids: None)
    assert load_batch(store, batch.batch_id).state == "approved"
    done = execute(store, audit, batch.batch_id, who=ARCHIVIST, organisation="TTPVHCC",
                   render=_render(pki, ARCHIVIST), unindex=lambda ids: None)
    assert done.execution is not None and len(done.execution["destroyed"]) == 2
    assert [k for k in store.list("aip/")] == []
    assert len(tombstones(store)) == 2
    destroyed = [e.record for e in audit.entries() if e.action == "record_destroyed"]
    assert sorted(destroyed) == [f"aip/{CODE}/aaaaaa000001/", f"aip/{OTHER}/eeeeee000005/"]
    assert check_fixity(store).ok


def test_the_tombstone_names_every_renewed_version(
    store: ObjectStore, office: tuple[People, AuditLog, DevPki],
) -> None:
    _, audit, pki = office
    files = _archive(store, CODE, "eeeeee000005", ENDED)
    manifest = load_manifest(store, f"aip/{CODE}/eeeeee000005/manifest.json")
    renewed = files["document.pdf"] + b"\n% renewed"
    version = add_version(store, manifest, renewed, at="2022-01-01T09:00:00+07:00",
                          why="dấu thời gian sắp hết hạn", who="sohoa", tsa={}, replaced={})
    batch, _ = propose(store, audit, who=ARCHIVIST, before=date.today(), reason="Biên bản 13/BB")
    approve(store, audit, batch.batch_id, who=AUDITOR, role="auditor", note="")
    execute(store, audit, batch.batch_id, who=ARCHIVIST, organisation="x",
            render=_render(pki, ARCHIVIST), unindex=lambda ids: None)
    assert not store.exists(version.key)
    (tomb,) = tombstones(store, CODE)
    named = version.key.removeprefix(f"aip/{CODE}/eeeeee000005/")
    assert tomb.files[named]["sha256"] == hashlib.sha256(renewed).hexdigest()
    assert tomb.files["document.pdf"]["sha256"] == hashlib.sha256(files["document.pdf"]).hexdigest()
