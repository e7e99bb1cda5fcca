"""An auditor's session through the ``sohoa`` command: roles, due list, a disposal from proposal
to a certificate ``sohoa verify`` accepts, the retention audit report, the audit trail."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from archive import FolderStore, archive_document
from cli.main import main

OLD = "000.00.12.H19-131105-0031"
NEW = "000.00.12.H19-250414-0007"
HEAD, ARCHIVIST, AUDITOR = "Đỗ Minh Quân", "Phạm Thu Trang", "Lê Văn Hòa"


def _archive(store: FolderStore, code: str, doc_id: str, until: date | None) -> None:
    metadata = {
        "dossier": {"receipt_code": code, "received_at": "2013-11-05T08:00:00+07:00"},
        "classification": {"doc_type": "don_de_nghi", "label": "Đơn đề nghị", "fields": {}},
        "retention": {"class": "ho_so_tthc", "label": "Hồ sơ giải quyết thủ tục hành chính",
                      "legal_source": "Thông tư 10/2022/TT-BNV",
                      "retain_until": until.isoformat() if until else None,
                      "permanent": until is None},
        "pages": [{"n": 1}], "signature": {"signed_at": "2013-11-05T08:00:00+07:00"},
        "events": [{"at": "2013-11-05T08:30:00+07:00", "event": "archived", "by": "sohoa"}],
    }
    archive_document(store, receipt_code=code, document_id=doc_id,
                     files={"document.pdf": f"%PDF {doc_id}".encode()}, metadata=metadata,
                     retain_until=until, permanent=until is None)


def _sohoa(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_an_auditors_session(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    d = ("--data", str(data))
    store = FolderStore(data / "store")
    _archive(store, OLD, "aaaaaa000001", date(2023, 12, 31))
    _archive(store, OLD, "bbbbbb000002", date(2023, 12, 31))
    _archive(store, NEW, "cccccc000003", date(2035, 4, 14))

    assert _sohoa(capsys, "people", "grant", HEAD, "--role", "head", "--by", HEAD, *d)[0] == 0
    for name, role in ((ARCHIVIST, "archivist"), (AUDITOR, "auditor")):
        assert _sohoa(capsys, "people", "grant", name, "--role", role, "--by", HEAD, *d)[0] == 0
    code, out = _sohoa(capsys, "people", "grant", AUDITOR, "--role", "head", "--by", ARCHIVIST,
                       *d)
    assert code == 2 and "[not_permitted]" in out

    code, out = _sohoa(capsys, "retention", "due", "--before", "2026-01-01", "--json", *d)
    assert [(i["document_id"], i["held"]) for i in json.loads(out)["items"]] == [
        ("aaaaaa000001", False), ("bbbbbb000002", False)]
    code, out = _sohoa(capsys, "retention", "due", "--before", "2026-01-01", "--limit", "1",
                       "--count", "--json", *d)  # a page at a time
    first = json.loads(out)
    assert [i["document_id"] for i in first["items"]] == ["aaaaaa000001"]
    assert (first["total"], first["total_by"]) == (2, "pointers") and first["next"]
    code, out = _sohoa(capsys, "retention", "due", "--before", "2026-01-01", "--limit", "1",
                       "--after", first["next"], *d)
    assert code == 0 and "bbbbbb000002" in out and "aaaaaa000001" not in out
    assert "--after" not in out  # the last page

    code, out = _sohoa(capsys, "hold", "set", f"{OLD}/bbbbbb000002", "--reason",
                       "Thanh tra đang xem xét", "--by", AUDITOR, *d)
    assert code == 0
    code, out = _sohoa(capsys, "disposal", "propose", "--before", "2026-01-01", "--reason",
                       "Biên bản số 07/BB-HĐXĐGTTL", "--by", ARCHIVIST, "--json", *d)
    assert code == 0, out
    proposed = json.loads(out)
    batch = proposed["batch_id"]
    assert [i["document_id"] for i in proposed["proposal"]["items"]] == ["aaaaaa000001"]
    assert [r["record"] for r in proposed["refused"]] == [f"aip/{OLD}/bbbbbb000002/"]

    code, out = _sohoa(capsys, "disposal", "execute", batch, "--by", ARCHIVIST, *d)
    assert code == 2 and "[disposal_refused]" in out  # not approved yet
    code, out = _sohoa(capsys, "disposal", "approve", batch, "--by", ARCHIVIST, *d)
    assert code == 2 and "[not_permitted]" in out
    code, out = _sohoa(capsys, "disposal", "approve", batch, "--by", AUDITOR, "--note",
                       "Đồng ý hủy", "--json", *d)
    assert code == 0 and json.loads(out)["state"] == "approved"
    code, out = _sohoa(capsys, "disposal", "execute", batch, "--by", ARCHIVIST, "--json", *d)
    assert code == 0, out
    assert json.loads(out)["execution"]["destroyed"] == [f"aip/{OLD}/aaaaaa000001/"]
    assert not store.exists(f"aip/{OLD}/aaaaaa000001/document.pdf")

    certificate = f"disposal/{batch}/certificate.pdf"
    code, out = _sohoa(capsys, "verify", certificate, "--json", *d)
    assert code == 0, out
    assert json.loads(out)["signer"] == ARCHIVIST

    code, out = _sohoa(capsys, "status", OLD, "--json", *d)
    assert code == 0
    assert [(t["document_id"], t["approved_by"]) for t in json.loads(out)["destroyed"]] == [
        ("aaaaaa000001", AUDITOR)]

    code, out = _sohoa(capsys, "fixity", *d)
    assert code == 0, out
    reports = tmp_path / "reports"
    code, out = _sohoa(capsys, "retention", "report", "--from", "2026-01-01", "--to",
                       "2026-12-31", "--out", str(reports), "--by", AUDITOR, *d)
    assert code == 0, out
    rows = {r["retention_class"]: r for r in csv.DictReader(
        (reports / "retention-report-2026-01-01-2026-12-31.csv").open(encoding="utf-8"))}
    line = rows["ho_so_tthc"]
    assert (line["kept"], line["due"], line["held"], line["disposed_in_period"],
            line["fixity_problems"]) == ("2", "0", "1", "1", "0")
    assert rows["TOTAL"]["kept"] == "2"
    pdf = reports / "retention-report-2026-01-01-2026-12-31.pdf"
    code, out = _sohoa(capsys, "verify", str(pdf), *d)
    assert code == 0, out

    code, out = _sohoa(capsys, "get", f"{NEW}/cccccc000003", "--out", str(tmp_path / "dl"),
                       "--by", AUDITOR, *d)
    assert code == 0 and (tmp_path / "dl" / f"{NEW}-cccccc000003.pdf").exists()

    code, out = _sohoa(capsys, "audit", "verify", "--json", *d)
    assert code == 0 and json.loads(out)["ok"]
    code, out = _sohoa(capsys, "audit", "export", "--out", str(tmp_path / "audit.csv"), *d)
    actions = [r["action"] for r in csv.DictReader(
        (tmp_path / "audit.csv").open(encoding="utf-8"))]
    for action in ("role_granted", "retention_listed", "legal_hold_set", "disposal_proposed",
                   "disposal_approved", "record_destroyed", "disposal_executed", "verified",
                   "viewed", "fixity_checked", "report_exported", "downloaded", "exported"):
        assert action in actions, action


@pytest.mark.slow
def test_the_backlog_sample_is_kept_from_its_closing_date_and_never_archived_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from archive import iter_manifests
    from tests.conftest import SAMPLES, backlog_truths

    (truth,) = backlog_truths()
    code_ = truth["receipt_code"]
    d = ("--data", str(tmp_path / "data"))
    code, out = _sohoa(capsys, "process", str(SAMPLES / "backlog"), "--closed", "2999-01-01",
                       "--reason", "hồ sơ tồn đọng", "--json", *d)
    assert code == 1 and [i["error_code"] for i in json.loads(out)["inputs"]] == ["bad_request"]
    code, out = _sohoa(capsys, "process", str(SAMPLES / "backlog"), "--closed", "2013-12-31",
                       "--reason", "hồ sơ tồn đọng", "--json", *d)
    assert code == 0, out
    store = FolderStore(tmp_path / "data" / "store")
    manifests = [m for _, m in iter_manifests(store)]
    assert sorted(m.classification.doc_type for m in manifests) == sorted(
        doc["type"] for doc in truth["documents"])
    assert {(m.retention.closing_date, m.retention.retain_until)
            for m in manifests} == {("2013-12-31", "2023-12-31")}
    for name, role in ((HEAD, "head"), (ARCHIVIST, "archivist"), (AUDITOR, "auditor")):
        assert _sohoa(capsys, "people", "grant", name, "--role", role, "--by", HEAD, *d)[0] == 0
    code, out = _sohoa(capsys, "disposal", "propose", code_, "--reason", "Hết hạn", "--by",
                       ARCHIVIST, "--json", *d)
    batch = json.loads(out)["batch_id"]
    assert _sohoa(capsys, "disposal", "approve", batch, "--by", HEAD, *d)[0] == 0
    assert _sohoa(capsys, "disposal", "execute", batch, "--by", AUDITOR, *d)[0] == 0
    code, out = _sohoa(capsys, "search", truth["phrase"], "--json", *d)
    assert json.loads(out) == []
    code, out = _sohoa(capsys, "process", str(SAMPLES / "backlog"), "--closed", "2013-12-31",
                       "--reason", "hồ sơ tồn đọng", "--json", *d)
    failed = [x for i in json.loads(out)["inputs"] for x in i["dossiers"] if x["error"]]
    assert code == 1 and {x["error_code"] for x in failed} == {"record_destroyed"}
    assert all(batch in x["error"] for x in failed)
    assert list(iter_manifests(store)) == []
