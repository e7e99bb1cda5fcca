from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from archive import (
    FolderStore,
    InvalidKeyError,
    ObjectExistsError,
    RetentionLockedError,
    archive_document,
    check_fixity,
)


@pytest.fixture
def store(tmp_path: Path) -> FolderStore:
    return FolderStore(tmp_path / "store")


def test_write_once(store: FolderStore) -> None:
    store.put("aip/a/b/x.txt", b"one")
    store.put("aip/a/b/x.txt", b"one")  # the same bytes again: a harmless retry
    with pytest.raises(ObjectExistsError):
        store.put("aip/a/b/x.txt", b"two")
    assert store.get("aip/a/b/x.txt") == b"one"
    assert not (Path(store.locate("aip/a/b/x.txt")).stat().st_mode & 0o222)


def test_delete_refused_under_retention_and_hold(store: FolderStore) -> None:
    store.put("k/retained", b"x", retain_until=date(2036, 1, 1))
    store.put("k/permanent", b"x", permanent=True)
    store.put("k/held", b"x")
    store.set_legal_hold("k/held", True)
    for key in ("k/retained", "k/permanent", "k/held"):
        with pytest.raises(RetentionLockedError):
            store.delete(key, today=date(2030, 1, 1))
    store.delete("k/retained", today=date(2036, 1, 1))
    assert not store.exists("k/retained")


@pytest.mark.parametrize("key", ["../etc/passwd", "/abs", "a//b", "a/./b", "a b"])
def test_bad_keys(store: FolderStore, key: str) -> None:
    with pytest.raises(InvalidKeyError):
        store.put(key, b"x")


def _archive(store: FolderStore) -> None:
    archive_document(
        store, receipt_code="000.00.12.H19-261121-0001", document_id="d1",
        files={"pages/page-001.jpg": b"jpeg", "document.pdf": b"%PDF-1.7"},
        metadata={"classification": {"doc_type": "khac"}}, retain_until=None, permanent=True,
    )


def test_fixity_names_the_missing_and_altered_file(store: FolderStore) -> None:
    _archive(store)
    assert check_fixity(store).ok
    pdf = Path(store.locate("aip/000.00.12.H19-261121-0001/d1/document.pdf"))
    pdf.chmod(0o644)
    pdf.write_bytes(b"%PDF-1.7 changed")
    Path(store.locate("aip/000.00.12.H19-261121-0001/d1/pages/page-001.jpg")).unlink()
    report = check_fixity(store)
    problems = {(p.key.rsplit("/", 1)[-1], p.problem, p.document_id) for p in report.problems}
    assert problems == {("document.pdf", "altered", "d1"), ("page-001.jpg", "missing", "d1")}


def test_archiving_twice_writes_nothing_new(store: FolderStore) -> None:
    _archive(store)
    before = sorted(store.list())
    _archive(store)
    assert sorted(store.list()) == before
