"""Which documents may be destroyed before a date: retention ended, permanent ones never, held
ones listed as held."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from archive import FolderStore, ObjectStore, RetentionLockedError, archive_document
from archive.aip import index_retention_ends
from archive.audit import AuditLog
from archive.hold import set_hold
from archive.keys import RETENTION_DAYS
from archive.retention import apply_schedule, retention_due

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


def test_a_longer_schedule_extends_archived_records_and_a_shorter_one_never_shortens(
    store: ObjectStore, tmp_path: Path
) -> None:
    _archive(store, "aaaaaa000001", 1)
    _archive(store, "bbbbbb000002", 20)
    _archive(store, "cccccc000003", None)
    audit = AuditLog(tmp_path / "audit.jsonl")
    in_ten = date.today() + timedelta(days=3650)

    def schedule(manifest: dict[str, Any]) -> tuple[str, date | None]:  # the new schedule
        return "bien_lai", in_ten  # ten years for every receipt

    dry = apply_schedule(store, audit, schedule, apply=False, who="Lê Văn Hòa")
    assert [(c.record[-13:-1], c.outcome) for c in dry] == [
        ("aaaaaa000001", "extended"), ("bbbbbb000002", "shorter"), ("cccccc000003", "shorter")]
    assert list(audit.entries()) == []  # a dry run changes nothing
    first = f"aip/{CODE}/aaaaaa000001/"
    assert store.info(first + "document.pdf").retain_until != in_ten

    done = apply_schedule(store, audit, schedule, apply=True, who="Lê Văn Hòa",
                          reason="Thông tư sửa đổi thời hạn lưu biên lai")
    assert [c.outcome for c in done] == ["extended", "shorter", "shorter"]
    for key in (first + "document.pdf", first + "manifest.json"):
        assert store.info(key).retain_until == in_ten
    # the retention due list and disposal see the new date
    assert [d.document_id for d in retention_due(store, date.today() + timedelta(days=400))] \
        == []
    assert [d.document_id for d in retention_due(store, in_ten + timedelta(days=1))] == [
        "aaaaaa000001"]  # found by the pointer of its new end
    with pytest.raises(RetentionLockedError):
        store.delete(first + "document.pdf", today=in_ten - timedelta(days=1))
    # twenty years stays twenty, permanent stays permanent
    assert store.info(f"aip/{CODE}/bbbbbb000002/document.pdf").retain_until == \
        date.today() + timedelta(days=365 * 20)
    assert store.info(f"aip/{CODE}/cccccc000003/document.pdf").permanent
    (change_key,) = store.list("retention/changes/")
    assert change_key.startswith(f"retention/changes/{CODE}/aaaaaa000001/")
    assert [(e.action, e.record) for e in audit.entries()] == [("retention_extended", first)]
    assert apply_schedule(store, audit, schedule, apply=True, who="x")[0].outcome == "unchanged"


def test_the_store_refuses_to_shorten_retention(store: ObjectStore) -> None:
    later = date.today() + timedelta(days=30)
    store.put("k/a", b"a", retain_until=later)
    with pytest.raises(RetentionLockedError, match="cannot be shortened"):
        store.extend_retention("k/a", later - timedelta(days=1))
    assert store.extend_retention("k/a", later + timedelta(days=1)).retain_until == \
        later + timedelta(days=1)
    assert store.extend_retention("k/a", None).permanent
    with pytest.raises(RetentionLockedError, match="permanently"):
        store.extend_retention("k/a", later + timedelta(days=2))


def test_due_reads_only_what_may_be_due_and_older_records_get_their_pointers(
    tmp_path: Path
) -> None:
    store = FolderStore(tmp_path / "store")
    for n in range(6):
        _archive(store, f"eeeeee00000{n}", None if n % 2 else 30)  # permanent or 30 years
    _archive(store, "ffffff000001", 1)
    read: list[str] = []
    real_get = store.get
    store.get = lambda key: read.append(key) or real_get(key)  # type: ignore[method-assign]
    in_two_years = date.today() + timedelta(days=730)
    assert [d.document_id for d in retention_due(store, in_two_years)] == ["ffffff000001"]
    assert [k for k in read if k.endswith("manifest.json")] == [
        f"aip/{CODE}/ffffff000001/manifest.json"]
    far = [d.document_id for d in retention_due(store, date(9999, 12, 31))]
    assert sorted(far) == ["eeeeee000000", "eeeeee000002", "eeeeee000004", "ffffff000001"]

    # a document archived before the pointers were kept is found once they are written
    (pointer,) = [k for k in store.list(RETENTION_DAYS) if k.endswith("/ffffff000001")]
    for path in (store.objects / pointer, store.meta / f"{pointer}.json"):
        path.chmod(0o644)
        path.unlink()
    assert list(retention_due(store, in_two_years)) == []
    assert index_retention_ends(store) == 1  # only the missing one is written again
    assert [d.document_id for d in retention_due(store, in_two_years)] == ["ffffff000001"]
