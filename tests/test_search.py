from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from search_api import IndexRecord, SearchQuery, SqliteIndex, make_snippet


def _record(doc_id: str, text: str, doc_type: str = "khac", doc_date: str | None = None) -> (
    IndexRecord
):
    return IndexRecord(doc_id, f"000.00.12.H19-261121-{doc_id[-4:]}", doc_type, doc_type, "",
                       "", "", doc_date, "2026-11-21", f"/archive/{doc_id}", text, {})


@pytest.fixture
def index(tmp_path: Path) -> SqliteIndex:
    idx = SqliteIndex(tmp_path / "index.sqlite3")
    idx.index(_record("doc-0001", "GIẤY KHAI SINH\nHọ và tên: Nguyễn Thị Hồng Nhung",
                      "giay_khai_sinh", "2025-03-12"))
    idx.index(_record("doc-0002", "Tờ khai đăng ký khai sinh cho con, kèm giấy tờ tùy thân",
                      "don_de_nghi", "2026-10-01"))
    idx.index(_record("doc-0003", "HỢP ĐỒNG chuyển nhượng thửa đất tại phường Đống Đa",
                      "hop_dong", "2024-05-05"))
    return idx


@pytest.mark.parametrize("query", ["giấy khai sinh", "giay khai sinh", "GIAY KHAI SINH"])
def test_with_and_without_diacritics(index: SqliteIndex, query: str) -> None:
    hits = index.search(SearchQuery(query))
    assert hits[0].document_id == "doc-0001"


def test_d_bar_folds_to_d(index: SqliteIndex) -> None:
    assert [h.document_id for h in index.search(SearchQuery("dong da"))] == ["doc-0003"]
    assert [h.document_id for h in index.search(SearchQuery("Đống Đa"))] == ["doc-0003"]


def test_filters(index: SqliteIndex) -> None:
    hits = index.search(SearchQuery("khai sinh", doc_type="don_de_nghi"))
    assert [h.document_id for h in hits] == ["doc-0002"]
    hits = index.search(SearchQuery("khai sinh", date_to=date(2025, 12, 31)))
    assert [h.document_id for h in hits] == ["doc-0001"]


def test_receipt_code_finds_its_record(index: SqliteIndex) -> None:
    hits = index.search(SearchQuery("000.00.12.H19-261121-0003"))
    assert hits[0].document_id == "doc-0003"


def test_reindexing_replaces(index: SqliteIndex) -> None:
    index.index(_record("doc-0001", "GIẤY KHAI SINH bản mới", "giay_khai_sinh"))
    assert index.count() == 3
    assert index.search(SearchQuery("ban moi"))[0].document_id == "doc-0001"


def test_snippet_highlights_original_text() -> None:
    snippet = make_snippet("Họ và tên: Nguyễn Thị Hồng Nhung, sinh tại Hà Giang", "nguyen thi")
    assert "[Nguyễn Thị]" in snippet


def test_no_match_and_empty_query(index: SqliteIndex) -> None:
    assert index.search(SearchQuery("xyzzy")) == []
    assert index.search(SearchQuery("  ?! ")) == []
