"""The due list a page at a time: in the order retention ends, with a cursor, reading only a
page's own records; documents kept longer, held or destroyed; an archive of the previous
release (year pointers only) until its pointers are upgraded."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from archive import FolderStore, ObjectStore, archive_document, keys
from archive.aip import retention_days_ready, upgrade_retention_pointers
from archive.audit import AuditLog
from archive.disposal import propose
from archive.hold import set_hold
from archive.retention import (
    DueCount,
    count_due,
    extend_record,
    retention_due,
    retention_due_page,
)
from archive.store import put_pointer
from pipeline.intake import link_existing
from sohoa.errors import UsageError

TODAY = date.today()
A, B, C = ("000.00.12.H19-250414-0007", "000.00.12.H19-250414-0012",
           "000.00.21.H56-250415-0003")


def _archive(store: ObjectStore, code: str, doc_id: str, ends: date | None) -> None:
    metadata = {
        "classification": {"doc_type": "bien_lai_thu_phi"},
        "retention": {"class": "bien_lai", "legal_source": "Thông tư 10/2022/TT-BNV",
                      "retain_until": ends.isoformat() if ends else None,
                      "permanent": ends is None},
    }
    archive_document(store, receipt_code=code, document_id=doc_id,
                     files={"document.pdf": f"{code}/{doc_id}".encode()}, metadata=metadata,
                     retain_until=ends, permanent=ends is None)


def _ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def _seven(store: ObjectStore) -> list[tuple[str, str]]:
    """Seven documents due before tomorrow, one kept permanently, one due next year; the due
    list's order (day, receipt code, document)."""
    due = [(C, "c00001", _ago(900)), (B, "b00001", _ago(500)), (A, "a00002", _ago(500)),
           (A, "a00001", _ago(500)), (C, "c00002", _ago(40)), (A, "a00003", _ago(3)),
           (B, "b00002", _ago(1))]
    for code, doc, ends in due:
        _archive(store, code, doc, ends)
    _archive(store, A, "a00009", None)
    _archive(store, B, "b00009", TODAY + timedelta(days=365))
    return [(code, doc) for code, doc, _ in sorted(due, key=lambda d: (d[2], d[0], d[1]))]


def _pages(store: ObjectStore, before: date, limit: int) -> list[list[tuple[str, str]]]:
    pages, after = [], ""
    while True:
        page = retention_due_page(store, before, after=after, limit=limit)
        pages.append([(i.receipt_code, i.document_id) for i in page.items])
        if page.next is None:
            return pages
        after = page.next


def test_pages_follow_the_order_retention_ends_to_the_last(store: ObjectStore,
                                                          tmp_path: Path) -> None:
    order = _seven(store)
    assert order[:4] == [(C, "c00001"), (A, "a00001"), (A, "a00002"), (B, "b00001")]
    set_hold(store, AuditLog(tmp_path / "audit.jsonl"), f"{A}/a00002", True,
             reason="thanh tra")
    tomorrow = TODAY + timedelta(days=1)
    assert _pages(store, tomorrow, 3) == [order[:3], order[3:6], order[6:]]
    assert _pages(store, tomorrow, 7) == [order]  # a full last page says there is no more
    assert _pages(store, tomorrow, 50) == [order]
    assert [(i.receipt_code, i.document_id) for i in retention_due(store, tomorrow)] == order
    assert _pages(store, _ago(2), 4) == [order[:4], order[4:6]]  # b2 ends after that day
    assert _pages(store, _ago(900), 5) == [[]]  # nothing ends before c1's day
    first = retention_due_page(store, tomorrow, limit=3)
    assert [i.held for i in first.items] == [False, False, True]
    assert first.items[0].retain_until == _ago(900)
    assert first.items[0].legal_source == "Thông tư 10/2022/TT-BNV"
    assert first.next == f"{_ago(500).isoformat()}/{A}/a00002"
    count = count_due(store, tomorrow)
    assert (count.total, count.exact) == (7, False)
    with pytest.raises(UsageError, match="cursor"):
        retention_due_page(store, tomorrow, after="../../etc/passwd")


def test_a_page_reads_only_its_own_records(tmp_path: Path) -> None:
    store = FolderStore(tmp_path / "store")
    for n in range(40):
        _archive(store, A if n % 2 else B, f"d{n:05d}", _ago(100 - n))
    read: list[str] = []
    real_get = store.get
    store.get = lambda key: read.append(key) or real_get(key)  # type: ignore[method-assign]
    page = retention_due_page(store, TODAY, limit=5)
    assert [i.document_id for i in page.items] == [f"d{n:05d}" for n in range(5)]
    assert sorted(read) == sorted(keys.manifest(A if n % 2 else B, f"d{n:05d}")
                                  for n in range(5))  # read at once, in any order
    read.clear()
    page = retention_due_page(store, TODAY, after=page.next or "", limit=5)
    assert [i.document_id for i in page.items] == [f"d{n:05d}" for n in range(5, 10)]
    assert len(read) == 5
    read.clear()
    assert count_due(store, TODAY).total == 40 and read == []  # counted from the listing
    assert count_due(store, TODAY, cap=10) == DueCount(10, False, at_least=True)
    assert count_due(store, TODAY, cap=40) == DueCount(40, False)


def test_kept_longer_and_destroyed_documents(store: ObjectStore, tmp_path: Path) -> None:
    order = _seven(store)
    audit = AuditLog(tmp_path / "audit.jsonl")
    soon = TODAY + timedelta(days=60)
    # c1 is now kept a month more: listed once, where that day falls
    extend_record(store, audit, keys.aip(C, "c00001"), TODAY + timedelta(days=30),
                  before=_ago(900),
                  retention_class="bien_lai", who="Lê Văn Hòa", reason="thanh tra",
                  manifest_key=keys.manifest(C, "c00001"))
    # b1 is now kept ten more years: not due
    extend_record(store, audit, keys.aip(B, "b00001"), TODAY + timedelta(days=3650),
                  before=_ago(500), retention_class="bien_lai", who="Lê Văn Hòa",
                  reason="thanh tra", manifest_key=keys.manifest(B, "b00001"))
    # c2 was destroyed: its pointer stays, the document is not listed
    for key in list(store.list(keys.aip(C, "c00002"))):
        store.delete(key)
    assert not store.exists(keys.manifest(C, "c00002"))
    expected = [(A, "a00001"), (A, "a00002"), (A, "a00003"), (B, "b00002"), (C, "c00001")]
    assert _pages(store, soon, 2) == [expected[:2], expected[2:4], expected[4:]]
    listed = list(retention_due(store, soon))
    assert [(i.receipt_code, i.document_id) for i in listed] == expected
    assert listed[4].retain_until == TODAY + timedelta(days=30)
    # the count by pointers counts c1 on both days, b1's first day and c2's pointer
    count = count_due(store, soon)
    assert (count.total, count.exact) == (len(order) + 1, False)
    assert _pages(store, _ago(3), 10) == [expected[:2]]  # c1 ends later now


def _as_previous_release(store: FolderStore) -> None:
    """Make ``store`` what the previous release left: the year a retention ends pointed to,
    not its day, and no mark that the day pointers are complete."""
    for pointer in [*store.list(keys.RETENTION_DAYS), keys.RETENTION_DAYS_READY]:
        day, manifest = keys.retention_day_of(pointer) if pointer != \
            keys.RETENTION_DAYS_READY else ("", "")
        for path in (store.objects / pointer, store.meta / f"{pointer}.json"):
            if path.exists():
                path.chmod(0o644)
                path.unlink()
        if day:
            put_pointer(store, keys.retention_end(int(day[:4]), manifest),
                        {"manifest": manifest})


def test_an_archive_of_the_previous_release_until_and_after_its_upgrade(
    tmp_path: Path
) -> None:
    store = FolderStore(tmp_path / "store")
    order = _seven(store)
    _as_previous_release(store)
    assert not list(store.list(keys.RETENTION_DAYS))
    assert next(iter(store.list(keys.RETENTION_ENDS)), None) is not None
    assert not retention_days_ready(store)
    _archive(store, B, "b00003", _ago(200))  # archived by this release before the upgrade
    order.insert(4, (B, "b00003"))
    tomorrow = TODAY + timedelta(days=1)
    assert _pages(store, tomorrow, 3) == [order[:3], order[3:6], order[6:]]
    assert [(i.receipt_code, i.document_id) for i in retention_due(store, tomorrow)] == order
    count = count_due(store, tomorrow)
    assert (count.total, count.exact) == (8, True)  # every record read: exact
    assert not retention_days_ready(store)

    # sohoa reconcile's upgrade step: the day pointers of every document, once
    assert link_existing(store) == 8  # b9 (due next year) too; b3 had its own already
    assert retention_days_ready(store) and upgrade_retention_pointers(store) == 0
    assert _pages(store, tomorrow, 3) == [order[:3], order[3:6], order[6:]]
    assert (count_due(store, tomorrow).total, count_due(store, tomorrow).exact) == (8, False)


@pytest.mark.parametrize("release", ["this", "previous"])
def test_a_disposal_of_everything_due_still_takes_every_page(tmp_path: Path,
                                                             release: str) -> None:
    store = FolderStore(tmp_path / "store")
    for n in range(60):
        _archive(store, A, f"d{n:05d}", _ago(100 - n))
    _archive(store, A, "e00001", TODAY + timedelta(days=5))
    if release == "previous":
        _as_previous_release(store)
    assert retention_days_ready(store) == (release == "this")
    assert len(retention_due_page(store, TODAY).items) == 50
    batch, refused = propose(store, AuditLog(tmp_path / "audit.jsonl"), who="Trần Thị Trang",
                             reason="Biên bản 07/BB-HĐXĐGTTL", before=TODAY)
    assert sorted(i["record"] for i in batch.items) == [
        keys.aip(A, f"d{n:05d}") for n in range(60)]
    assert refused == []


def test_records_older_than_any_pointer_get_theirs_at_the_first_reconcile(
    tmp_path: Path
) -> None:
    store = FolderStore(tmp_path / "store")
    order = _seven(store)
    _as_previous_release(store)
    for pointer in list(store.list(keys.RETENTION_ENDS)):  # not even the year was kept
        for path in (store.objects / pointer, store.meta / f"{pointer}.json"):
            path.chmod(0o644)
            path.unlink()
    tomorrow = TODAY + timedelta(days=1)
    assert _pages(store, tomorrow, 3) == [[]]  # nothing points to them yet
    assert retention_days_ready(store)  # no earlier pointer: taken for a new archive
    assert link_existing(store) == 8  # the first reconcile reads every manifest all the same
    assert _pages(store, tomorrow, 3) == [order[:3], order[3:6], order[6:]]
