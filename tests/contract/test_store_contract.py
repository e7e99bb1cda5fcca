"""The object store contract, run against the folder store and against MinIO."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from archive import (
    FolderStore,
    InvalidKeyError,
    ObjectExistsError,
    ObjectMissingError,
    ObjectStore,
    RetentionLockedError,
    archive_document,
    check_fixity,
)
from tests.conftest import service_env, unique

FUTURE = date.today() + timedelta(days=3650)




def test_write_once(store: ObjectStore) -> None:
    store.put("aip/a/b/x.txt", b"one")
    store.put("aip/a/b/x.txt", b"one")  # the same bytes again: a harmless retry
    with pytest.raises(ObjectExistsError):
        store.put("aip/a/b/x.txt", b"two")
    assert store.get("aip/a/b/x.txt") == b"one"
    assert store.info("aip/a/b/x.txt").size == 3


def test_heal_puts_back_only_the_recorded_bytes(store: ObjectStore) -> None:
    key = "aip/a/b/healed.txt"
    store.put(key, b"archived bytes", retain_until=FUTURE)
    with pytest.raises(ObjectExistsError):
        store.heal(key, b"other bytes")
    assert store.get(key) == b"archived bytes"
    if isinstance(store, FolderStore):  # damaged on disk, behind the store's back
        path = Path(store.locate(key))
        path.chmod(0o644)
        path.write_bytes(b"archived bytez")
    else:  # a new version on top of the locked one
        import io

        from archive.s3_store import S3Store

        assert isinstance(store, S3Store)
        store.client.put_object(store.bucket, key, io.BytesIO(b"archived bytez"), 14)
    assert check_fixity(store).problems
    store.heal(key, b"archived bytes")
    assert store.get(key) == b"archived bytes"
    assert store.info(key).retain_until == FUTURE
    assert not check_fixity(store).problems


def test_missing_object(store: ObjectStore) -> None:
    assert not store.exists("aip/none")
    with pytest.raises(ObjectMissingError):
        store.get("aip/none")


def test_list_is_sorted_and_prefixed(store: ObjectStore) -> None:
    for key in ("b/2", "a/1", "b/1", "c", "b/x/deep/1", "bb/1"):
        store.put(key, key.encode())
    assert list(store.list("b/")) == ["b/1", "b/2", "b/x/deep/1"]
    assert list(store.list("b")) == ["b/1", "b/2", "b/x/deep/1", "bb/1"]
    assert list(store.list("b/x")) == ["b/x/deep/1"]
    assert list(store.list("b/x/deep/")) == ["b/x/deep/1"]
    assert list(store.list("b/y/")) == []
    assert list(store.list("nothing/here/")) == []
    assert list(store.list()) == ["a/1", "b/1", "b/2", "b/x/deep/1", "bb/1", "c"]


def test_list_starts_after_a_key_and_stops_when_asked(store: ObjectStore) -> None:
    keys = ["d/2030-01-01/A.1/x", "d/2030-01-01/A/x", "d/2030-01-01/A/y", "d/2030-01-01/A-1/x",
            "d/2030-01-02/B/x", "d/2031-05-30/C/x", "d/2031-05-30/C/z", "e/1"]
    for key in reversed(keys):
        store.put(key, key.encode())
    ordered = sorted(keys)
    assert list(store.list("d/")) == ordered[:-1]
    for at, key in enumerate(ordered):
        assert list(store.list("d/", start_after=key)) == ordered[at + 1:-1]
        assert list(store.list(start_after=key)) == ordered[at + 1:]
    assert list(store.list("d/", start_after="d/2030-01-01/")) == ordered[:-1]
    assert list(store.list("d/", start_after="d/2030-01-01/A/xx")) == ordered[3:-1]
    assert list(store.list("d/2031", start_after="d/2030-12-31/Z")) == ordered[5:7]
    assert list(store.list("d/", start_after="d/9")) == []
    listing = store.list("d/")
    assert (next(listing), next(listing)) == (ordered[0], ordered[1])  # read as far as asked


def test_delete_refused_under_retention_permanence_and_hold(store: ObjectStore) -> None:
    store.put("k/retained", b"x", retain_until=FUTURE)
    store.put("k/permanent", b"x", permanent=True)
    store.put("k/held", b"x")
    store.set_legal_hold("k/held", True)
    assert store.info("k/retained").retain_until == FUTURE
    assert store.info("k/permanent").permanent
    assert store.info("k/held").legal_hold
    for key in ("k/retained", "k/permanent", "k/held"):
        with pytest.raises(RetentionLockedError):
            store.delete(key)
        assert store.get(key) == b"x"
    store.set_legal_hold("k/held", False)
    store.delete("k/held")
    assert not store.exists("k/held")


@pytest.mark.parametrize("key", ["../etc/passwd", "/abs", "a//b", "a/./b", "a b"])
def test_bad_keys(store: ObjectStore, key: str) -> None:
    with pytest.raises(InvalidKeyError):
        store.put(key, b"x")


def _archive(store: ObjectStore) -> None:
    archive_document(
        store, receipt_code="000.00.12.H19-261121-0001", document_id="d1",
        files={"pages/page-001.jpg": b"jpeg", "document.pdf": b"%PDF-1.7"},
        metadata={"classification": {"doc_type": "khac"}}, retain_until=FUTURE, permanent=False,
    )


def test_archiving_twice_writes_nothing_new(store: ObjectStore) -> None:
    _archive(store)
    before = list(store.list())
    _archive(store)
    assert list(store.list()) == before
    assert check_fixity(store).ok


def test_folder_store_deletes_after_retention_and_detects_tampering(tmp_path: Path) -> None:
    store = FolderStore(tmp_path / "store")
    store.put("k/retained", b"x", retain_until=date(2036, 1, 1))
    with pytest.raises(RetentionLockedError):
        store.delete("k/retained", today=date(2035, 12, 31))
    store.delete("k/retained", today=date(2036, 1, 1))
    assert not store.exists("k/retained")
    _archive(store)
    pdf = Path(store.locate("aip/000.00.12.H19-261121-0001/d1/document.pdf"))
    assert not pdf.stat().st_mode & 0o222  # read-only on disk
    pdf.chmod(0o644)
    pdf.write_bytes(b"%PDF-1.7 changed")
    Path(store.locate("aip/000.00.12.H19-261121-0001/d1/pages/page-001.jpg")).unlink()
    report = check_fixity(store)
    problems = {(p.key.rsplit("/", 1)[-1], p.problem, p.document_id) for p in report.problems}
    assert problems == {("document.pdf", "altered", "d1"), ("page-001.jpg", "missing", "d1")}


@pytest.mark.integration
@pytest.mark.minio
def test_minio_itself_refuses_to_delete_locked_versions() -> None:
    """Bypass sohoa's own checks: the server must refuse on its own (Object Lock)."""
    from archive.s3_store import S3Store

    store = S3Store(service_env("SOHOA_S3_ENDPOINT") or "",
                    service_env("SOHOA_S3_ACCESS_KEY") or "",
                    service_env("SOHOA_S3_SECRET_KEY") or "", unique("sohoa-test"))
    store.put("aip/x/retained", b"x", retain_until=FUTURE)
    store.put("aip/x/held", b"x")
    store.set_legal_hold("aip/x/held", True)
    for key in ("aip/x/retained", "aip/x/held"):
        with pytest.raises(RetentionLockedError, match="object store refuses"):
            store.delete_versions(key)
        assert store.get(key) == b"x"
    # an overwrite through the S3 API makes a new version; the locked one stays readable
    import io

    store.client.put_object(store.bucket, "aip/x/retained", io.BytesIO(b"y"), 1)
    versions = [v for v in store.client.list_objects(store.bucket, prefix="aip/x/retained",
                                                     include_version=True)]
    assert len(versions) == 2
    oldest = min(versions, key=lambda v: v.last_modified)
    body = store.client.get_object(store.bucket, "aip/x/retained", version_id=oldest.version_id)
    assert body.read() == b"x"
