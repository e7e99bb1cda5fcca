"""Legal hold: a held record cannot be deleted even after its retention ends; set and release
are recorded with who and why."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from archive import ObjectMissingError, ObjectStore, RetentionLockedError
from archive.audit import AuditLog
from archive.hold import HoldError, current_holds, record_prefix, set_hold

CODE = "000.00.12.H19-250414-0007"




def test_a_held_record_cannot_be_deleted_after_its_retention(
    store: ObjectStore, tmp_path: Path
) -> None:
    # records whose retention has ended (none left: a server's own clock decides on MinIO)
    later = date.today() + timedelta(days=1)
    for name in ("document.pdf", "manifest.json"):
        store.put(f"aip/{CODE}/abcdef012345/{name}", b"x" + name.encode())
    store.put(f"aip/{CODE}/fedcba543210/document.pdf", b"other")
    audit = AuditLog(tmp_path / "audit.jsonl")
    assert set_hold(store, audit, f"{CODE}/abcdef012345", True,
                    reason="Tranh chấp đất đai, Tòa án nhân dân yêu cầu", who="Lê Văn Hòa") == 2
    with pytest.raises(RetentionLockedError, match="legal hold"):
        store.delete(f"aip/{CODE}/abcdef012345/document.pdf", today=later)
    (held,) = current_holds(store)
    assert held["record"] == f"aip/{CODE}/abcdef012345/" and held["by"] == "Lê Văn Hòa"
    assert held["reason"].startswith("Tranh chấp đất đai")
    # the other document of the dossier is not held
    store.delete(f"aip/{CODE}/fedcba543210/document.pdf", today=later)
    set_hold(store, audit, f"{CODE}/abcdef012345", False, reason="Bản án có hiệu lực",
             who="Lê Văn Hòa")
    store.delete(f"aip/{CODE}/abcdef012345/document.pdf", today=later)
    assert current_holds(store) == []
    assert len(list(store.list("holds/"))) == 2  # both decisions are kept, write-once
    entries = list(audit.entries())
    assert [(e.action, e.actor) for e in entries] == [
        ("legal_hold_set", "Lê Văn Hòa"), ("legal_hold_released", "Lê Văn Hòa")]
    assert entries[0].detail["reason"].startswith("Tranh chấp")
    assert audit.verify().ok


def test_a_hold_needs_a_reason_and_an_existing_record(store: ObjectStore, tmp_path: Path) -> None:
    audit = AuditLog(tmp_path / "audit.jsonl")
    with pytest.raises(HoldError, match="reason"):
        set_hold(store, audit, CODE, True, reason=" ")
    with pytest.raises(ObjectMissingError, match=CODE):
        set_hold(store, audit, CODE, True, reason="kiểm tra")
    with pytest.raises(HoldError, match="not a record"):
        record_prefix("../pki")
    assert record_prefix(f"aip/{CODE}/") == f"aip/{CODE}/"
    assert list(audit.entries()) == []
