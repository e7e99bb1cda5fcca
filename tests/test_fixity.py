"""Fixity: every sha256 is checked against its manifest; missing and altered files are named by
record, and each run's report is kept in the write-once store."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from archive import FolderStore, ObjectStore, archive_document
from archive.fixity import fixity_runs, latest_fixity, record_of, run_fixity
from cli.main import main

CODE = "000.00.12.H19-250414-0007"


def _archive(store: ObjectStore, doc_id: str) -> None:
    files = {"document.pdf": f"%PDF {doc_id}".encode(), "ocr.json": b"{}",
             "pages/page-001.jpg": doc_id.encode() * 20, "pages/page-002.jpg": b"2" * 30}
    archive_document(store, receipt_code=CODE, document_id=doc_id, files=files,
                     metadata={"retention": {"retain_until": None, "permanent": False}},
                     retain_until=None, permanent=False)


def _tamper(store: ObjectStore, key: str, data: bytes | None) -> None:
    """Change (or, with None, delete) an object behind sohoa's back, as an intruder would."""
    if isinstance(store, FolderStore):
        path = Path(store.locate(key))
        path.chmod(0o644)
        if data is None:
            path.unlink()
        else:
            path.write_bytes(data)
        return
    from archive.s3_store import S3Store

    assert isinstance(store, S3Store)
    if data is None:  # a delete marker hides the object; its locked version stays
        store.client.remove_object(store.bucket, key)
    else:  # a new version on top of the archived one
        store.client.put_object(store.bucket, key, io.BytesIO(data), len(data))


def test_fixity_names_exactly_the_altered_and_missing_files_by_record(
    store: ObjectStore,
) -> None:
    for doc_id in ("aaaaaa000001", "bbbbbb000002", "cccccc000003"):
        _archive(store, doc_id)
    report, key = run_fixity(store, who="Lê Văn Hòa")
    assert report.ok and report.checked_documents == 3
    altered = f"aip/{CODE}/aaaaaa000001/pages/page-002.jpg"
    missing = f"aip/{CODE}/cccccc000003/document.pdf"
    _tamper(store, altered, b"2" * 29 + b"3")
    _tamper(store, missing, None)
    report, key = run_fixity(store, who="Lê Văn Hòa")
    assert sorted((p.key, p.problem) for p in report.problems) == [
        (altered, "altered"), (missing, "missing")]
    assert {p.document_id for p in report.problems} == {"aaaaaa000001", "cccccc000003"}
    kept = json.loads(store.get(key))
    assert kept["ok"] is False and kept["by"] == "Lê Văn Hòa"
    assert sorted(kept["problems"]) == [f"aip/{CODE}/aaaaaa000001/", f"aip/{CODE}/cccccc000003/"]
    assert kept["problems"][f"aip/{CODE}/cccccc000003/"][0]["problem"] == "missing"
    runs = fixity_runs(store)
    assert [r["ok"] for r in runs] == [True, False]
    latest = latest_fixity(store)
    assert latest is not None and latest["key"] == key


def test_sohoa_fixity_names_them_and_keeps_its_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    store = FolderStore(data / "store")
    _archive(store, "aaaaaa000001")
    _archive(store, "bbbbbb000002")
    _tamper(store, f"aip/{CODE}/bbbbbb000002/ocr.json", b'{"x": 1}')
    _tamper(store, f"aip/{CODE}/aaaaaa000001/pages/page-001.jpg", None)
    code = main(["fixity", "--data", str(data), "--json"])
    found = json.loads(capsys.readouterr().out)
    assert code == 1 and not found["ok"]
    assert sorted((p["problem"], p["document_id"], p["key"]) for p in found["problems"]) == [
        ("altered", "bbbbbb000002", f"aip/{CODE}/bbbbbb000002/ocr.json"),
        ("missing", "aaaaaa000001", f"aip/{CODE}/aaaaaa000001/pages/page-001.jpg")]
    with contextlib.redirect_stdout(io.StringIO()) as buf:
        assert main(["fixity", "--data", str(data), "--history", "--json"]) == 0
    (run,) = json.loads(buf.getvalue())
    assert sorted(run["problems"]) == [f"aip/{CODE}/aaaaaa000001/", f"aip/{CODE}/bbbbbb000002/"]


def test_record_of() -> None:
    assert record_of(f"aip/{CODE}/abc/pages/page-001.jpg") == f"aip/{CODE}/abc/"
    assert record_of("disposal/D-20261122-abcdef/proposal.json") == "disposal/D-20261122-abcdef/"
    assert record_of("loose") == "loose"
