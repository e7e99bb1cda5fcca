"""Which documents may be destroyed before a date: retention ended, permanent ones never, held
ones listed as held."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from archive import ObjectStore, archive_document
from archive.audit import AuditLog
from archive.hold import set_hold
from archive.retention import retention_due

CODE = "000.00.12.H19-250414-0007"




def _archive(store: ObjectStore, doc_id: str, years: int | None) -> None:
    until = None if years is None else date.today() + timedelta(days=365 * years)
    metadata = {
        "classification": {"doc_type": "bien_lai_thu_phi"},
        "retention": {"class": "bien_lai", "legal_source": "Thông tư 10/2022/TT-BNV",
                      "retain_until": until.isoformat() if until else None,
                      "permanent": until is None},
    }
    archive_document(store, receipt_code=CODE, document_id=doc_id,
                     files={"document.pdf": doc_id.encode()}, metadata=metadata,
                     retain_until=until, permanent=until is None)


def test_due_lists_ended_retention_oldest_first_and_marks_holds(
    store: ObjectStore, tmp_path: Path
) -> None:
    _archive(store, "aaaaaa000005", 5)
    _archive(store, "bbbbbb000001", 1)
    _archive(store, "cccccc000020", 20)
    _archive(store, "dddddd000000", None)  # kept permanently
    set_hold(store, AuditLog(tmp_path / "audit.jsonl"), f"{CODE}/aaaaaa000005", True,
             reason="thanh tra")
    in_ten_years = date.today() + timedelta(days=3650)
    due = list(retention_due(store, in_ten_years))
    assert [(d.document_id, d.held) for d in due] == [
        ("bbbbbb000001", False), ("aaaaaa000005", True)]
    assert due[0].legal_source == "Thông tư 10/2022/TT-BNV"
    assert due[0].prefix == f"aip/{CODE}/bbbbbb000001/"
    assert list(retention_due(store, date.today())) == []
