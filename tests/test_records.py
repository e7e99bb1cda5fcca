"""Typed records and the key layout: what was written years ago still reads."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from archive import ArchiveError, FolderStore, Manifest, Tombstone, get_json, keys, load_manifest
from archive.aip import due_manifests, note_retention_end

CODE = "000.00.12.H19-250414-0007"
DOC = "6ae46db6790738c5763d1ecd"

OLD_MANIFEST = {  # as the first archived documents were written: no ocr, events or sources
    "schema": "sohoa.manifest/1", "document_id": DOC, "receipt_code": CODE,
    "dossier": {"receipt_code": CODE, "code_source": "qr",
                "received_at": "2025-04-14T09:00:00+07:00"},
    "classification": {"doc_type": "giay_khai_sinh", "label": "Giấy khai sinh",
                       "confidence": 0.9, "fields": {"ho_ten": "Nông Bảo Ngọc"}},
    "retention": {"class": "ho_tich", "label": "Hồ sơ hộ tịch", "years": None,
                  "legal_source": "Thông tư 04/2020/TT-BTP", "retain_until": None,
                  "permanent": True},
    "legal_hold": False,
    "pages": [{"n": 1, "file": "pages/page-001.jpg"}],
    "signature": {"signer": "Nguyễn Thị Lan", "signed_at": "2025-04-14T09:01:00+07:00"},
    "files": {"document.pdf": {"sha256": "ab" * 32, "size": 10,
                               "media_type": "application/pdf"}},
    "a_field_of_a_later_version": {"kept": True},
}


@pytest.fixture
def store(tmp_path: Path) -> FolderStore:
    return FolderStore(tmp_path / "store")


def test_a_schema_1_manifest_written_before_reads_with_its_defaults(store: FolderStore) -> None:
    store.put(keys.manifest(CODE, DOC), json.dumps(OLD_MANIFEST, ensure_ascii=False).encode())
    m = load_manifest(store, keys.manifest(CODE, DOC))
    assert isinstance(m, Manifest)
    assert (m.classification.doc_type, m.retention.retention_class) == (
        "giay_khai_sinh", "ho_tich")
    assert m.retention.permanent and not m.retention.verified  # not checked then: says so
    assert m.ocr == {} and m.events == [] and m.classification.title == ""
    assert m.closing_day == "2025-04-14"  # no closing date: the day it was received
    assert m.files["document.pdf"].sha256 == "ab" * 32
    written = m.model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert written == OLD_MANIFEST  # nothing lost, not even what this version ignores


@pytest.mark.parametrize(("body", "message"), [
    (b"{not json", "not valid JSON"),
    (json.dumps({**OLD_MANIFEST, "schema": "sohoa.manifest/9"}).encode(), "schema"),
    (json.dumps({k: v for k, v in OLD_MANIFEST.items() if k != "document_id"}).encode(),
     "document_id"),
])
def test_a_damaged_or_unknown_manifest_is_refused_naming_its_key(
    store: FolderStore, body: bytes, message: str
) -> None:
    store.put(keys.manifest(CODE, DOC), body)
    with pytest.raises(ArchiveError, match=message) as refused:
        load_manifest(store, keys.manifest(CODE, DOC))
    assert keys.manifest(CODE, DOC) in refused.value.message


def test_a_tombstone_reads_as_written(store: FolderStore) -> None:
    key = keys.tombstone(CODE, DOC)
    store.put(key, json.dumps({"schema": "sohoa.tombstone/1", "record": keys.aip(CODE, DOC),
                               "receipt_code": CODE, "document_id": DOC,
                               "destroyed_at": "2026-01-02T10:00:00+07:00"}).encode())
    tomb = get_json(store, key, Tombstone)
    assert (tomb.document_id, tomb.destroyed_at[:10], tomb.approved_by) == (
        DOC, "2026-01-02", "")


def test_keys_are_built_and_read_back_in_one_place(store: FolderStore) -> None:
    assert keys.manifest(CODE, DOC) == f"aip/{CODE}/{DOC}/manifest.json"
    assert keys.record_of(keys.aip(CODE, DOC)) == f"{CODE}/{DOC}"
    assert keys.record_of(keys.manifest(CODE, DOC)) == f"{CODE}/{DOC}"
    assert keys.code_of(keys.tombstone(CODE, DOC)) == CODE
    pointer = keys.retention_end(2035, keys.manifest(CODE, DOC))
    assert keys.manifest_of_retention_end(pointer) == keys.manifest(CODE, DOC)
    ten_years = {**OLD_MANIFEST, "retention": {**OLD_MANIFEST["retention"],
                                               "retain_until": "2035-12-31", "permanent": False}}
    store.put(keys.manifest(CODE, DOC), json.dumps(ten_years).encode())
    note_retention_end(store, keys.manifest(CODE, DOC), date(2035, 12, 31))
    assert [k for k, _ in due_manifests(store, date(2036, 1, 1))] == [keys.manifest(CODE, DOC)]
