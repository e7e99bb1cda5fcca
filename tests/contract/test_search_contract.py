from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from search_api import IndexRecord, SearchIndex, SearchQuery, SqliteIndex, make_snippet
from search_api.tantivy_index import TantivyIndex
from tests.conftest import service_env, unique


def _record(doc_id: str, text: str, doc_type: str = "khac", doc_date: str | None = None) -> (
    IndexRecord
):
    return IndexRecord(doc_id, f"000.00.12.H19-261121-{doc_id[-4:]}", doc_type, doc_type, "",
                       "", "", doc_date, "2026-11-21", f"/archive/{doc_id}", text, {})


@pytest.fixture(params=["tantivy", "sqlite", pytest.param("elasticsearch", marks=[
    pytest.mark.integration, pytest.mark.elasticsearch])])
def index(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SearchIndex]:
    if request.param == "tantivy":
        idx: SearchIndex = TantivyIndex(tmp_path / "index")
    elif request.param == "sqlite":
        idx = SqliteIndex(tmp_path / "index.sqlite3")
    else:
        from search_api.es_index import ElasticIndex

        es = ElasticIndex(service_env("SOHOA_ES_URL") or "", unique("sohoa-test"), refresh=True)
        idx = es
    idx.index(_record("doc-0001", "GIẤY KHAI SINH\nHọ và tên: Nguyễn Thị Hồng Nhung",
                      "giay_khai_sinh", "2025-03-12"))
    idx.index(_record("doc-0002", "Tờ khai đăng ký khai sinh cho con, kèm giấy tờ tùy thân",
                      "don_de_nghi", "2026-10-01"))
    idx.index(_record("doc-0003", "HỢP ĐỒNG chuyển nhượng thửa đất tại phường Đống Đa",
                      "hop_dong", "2024-05-05"))
    yield idx
    if request.param == "elasticsearch":
        es.client.indices.delete(index=es.name)
        es.client.indices.delete_index_template(name=es.name)


@pytest.mark.parametrize("query", ["giấy khai sinh", "giay khai sinh", "GIAY KHAI SINH"])
def test_with_and_without_diacritics(index: SearchIndex, query: str) -> None:
    hits = index.search(SearchQuery(query))
    assert hits[0].document_id == "doc-0001"


def test_d_bar_folds_to_d(index: SearchIndex) -> None:
    assert [h.document_id for h in index.search(SearchQuery("dong da"))] == ["doc-0003"]
    assert [h.document_id for h in index.search(SearchQuery("Đống Đa"))] == ["doc-0003"]


def test_filters(index: SearchIndex) -> None:
    hits = index.search(SearchQuery("khai sinh", doc_type="don_de_nghi"))
    assert [h.document_id for h in hits] == ["doc-0002"]
    hits = index.search(SearchQuery("khai sinh", date_to=date(2025, 12, 31)))
    assert [h.document_id for h in hits] == ["doc-0001"]


def test_receipt_code_finds_its_record(index: SearchIndex) -> None:
    hits = index.search(SearchQuery("000.00.12.H19-261121-0003"))
    assert hits[0].document_id == "doc-0003"


def test_reindexing_replaces(index: SearchIndex) -> None:
    index.index(_record("doc-0001", "GIẤY KHAI SINH bản mới", "giay_khai_sinh"))
    assert index.count() == 3
    assert index.document_ids() == {"doc-0001", "doc-0002", "doc-0003"}
    assert index.document_ids(["doc-0003", "doc-0009", "doc-0001"]) == {"doc-0001", "doc-0003"}
    assert index.document_ids([]) == set()
    assert index.search(SearchQuery("ban moi"))[0].document_id == "doc-0001"


def test_highlight_keeps_diacritics(index: SearchIndex) -> None:
    (hit,) = index.search(SearchQuery("nguyen thi hong nhung"))
    assert "Nguyễn Thị Hồng Nhung" in hit.snippet.replace("[", "").replace("]", "")
    assert "[" in hit.snippet


def test_exact_diacritics_rank_first(index: SearchIndex) -> None:
    index.index(_record("doc-0004", "Ông Đặng Văn Đức cư trú tại số 5 Đường Láng"))
    index.index(_record("doc-0005", "Ông Dang Van Duc cu tru tai so 7 duong Lang"))
    hits = index.search(SearchQuery("Đặng Văn Đức"))
    assert [h.document_id for h in hits][:2] == ["doc-0004", "doc-0005"]


def test_clear(index: SearchIndex) -> None:
    index.clear()
    assert index.count() == 0
    assert index.search(SearchQuery("khai sinh")) == []


def test_remove_takes_only_those_documents(index: SearchIndex) -> None:
    index.remove(["doc-0001", "doc-unknown"])
    assert index.document_ids() == {"doc-0002", "doc-0003"}
    assert [h.document_id for h in index.search(SearchQuery("khai sinh"))] == ["doc-0002"]
    index.remove([])
    assert index.count() == 2


def test_snippet_highlights_original_text() -> None:
    snippet = make_snippet("Họ và tên: Nguyễn Thị Hồng Nhung, sinh tại Hà Giang", "nguyen thi")
    assert "[Nguyễn Thị]" in snippet


def test_no_match_and_empty_query(index: SearchIndex) -> None:
    assert index.search(SearchQuery("xyzzy")) == []
    assert index.search(SearchQuery("  ?! ")) == []


def test_bulk_adds_and_replaces(index: SearchIndex) -> None:
    index.bulk([_record("doc-0001", "GIẤY KHAI SINH thay thế", "giay_khai_sinh"),
                _record("doc-0009", "Biên lai thu phí thẩm định", "bien_lai_thu_phi")])
    index.bulk([])
    assert index.count() == 4
    assert index.search(SearchQuery("bien lai tham dinh"))[0].document_id == "doc-0009"
    assert index.search(SearchQuery("thay the"))[0].document_id == "doc-0001"


def _more(index: SearchIndex) -> None:
    """Records of two more agencies and procedures, for filters, pages and facets."""
    from dataclasses import replace

    index.bulk([
        replace(_record("doc-0011", "Giấy khai sinh bản sao số 11", "giay_khai_sinh",
                        "2025-06-01"), receipt_code="000.00.21.H56-250601-0011",
                procedure="Cấp bản sao trích lục hộ tịch"),
        replace(_record("doc-0012", "Giấy khai sinh bản sao số 12", "giay_khai_sinh",
                        "2025-06-02"), receipt_code="000.00.21.H56-250602-0012",
                procedure="Cấp bản sao trích lục hộ tịch"),
        replace(_record("doc-0013", "Giấy khai sinh đăng ký lại số 13", "giay_khai_sinh",
                        "2025-06-03"), receipt_code="000.00.15.H49-250603-0013",
                procedure="Đăng ký lại khai sinh"),
    ])


def test_filters_by_procedure_agency_and_receipt_code(index: SearchIndex) -> None:
    _more(index)
    by_procedure = index.find(SearchQuery("giay khai sinh",
                                          procedure="Cấp bản sao trích lục hộ tịch"))
    assert {h.document_id for h in by_procedure.hits} == {"doc-0011", "doc-0012"}
    assert by_procedure.total == 2
    one = index.find(SearchQuery("khai sinh", agencies=("000.00.21.H56",)))
    assert {h.document_id for h in one.hits} == {"doc-0011", "doc-0012"}
    assert {h.agency for h in one.hits} == {"000.00.21.H56"}
    two = index.find(SearchQuery("khai sinh", agencies=("000.00.21.H56", "000.00.15.H49")))
    assert {h.document_id for h in two.hits} == {"doc-0011", "doc-0012", "doc-0013"}
    none = index.find(SearchQuery("khai sinh", agencies=("000.00.21.H5",)))  # a prefix only
    assert (none.total, none.hits) == (0, [])
    longer = index.find(SearchQuery("khai sinh", agencies=("000.00.21.H56-250601",)))
    assert (longer.total, longer.hits) == (0, [])  # an agency is the code up to the first "-"
    code = index.find(SearchQuery("khai sinh", receipt_code="000.00.15.H49-250603-0013"))
    assert [h.document_id for h in code.hits] == ["doc-0013"]
    assert code.hits[0].procedure == "Đăng ký lại khai sinh"


def test_pages_are_disjoint_and_cover_the_ranked_list(index: SearchIndex) -> None:
    _more(index)
    whole = index.find(SearchQuery("khai sinh", limit=50))
    assert whole.total == len(whole.hits) == 5
    pages = [index.find(SearchQuery("khai sinh", limit=2, offset=o)) for o in (0, 2, 4, 6)]
    assert [len(p.hits) for p in pages] == [2, 2, 1, 0]
    assert {p.total for p in pages} == {5}
    assert [h.document_id for p in pages for h in p.hits] == [h.document_id for h in whole.hits]
    listed = index.find(SearchQuery("", limit=50))
    pages = [index.find(SearchQuery("", limit=4, offset=o)) for o in (0, 4)]
    assert [h.document_id for p in pages for h in p.hits] == [h.document_id for h in listed.hits]
    assert {p.total for p in pages} == {listed.total} == {6}


def test_facets_count_every_match_not_just_the_page(index: SearchIndex) -> None:
    _more(index)
    found = index.find(SearchQuery("giay khai sinh", limit=1))
    assert len(found.hits) == 1 and found.total == 5  # doc-0002 has all three words too
    assert found.facets["doc_type"] == {"giay_khai_sinh": 4, "don_de_nghi": 1}
    assert found.facets["agency"] == {"000.00.21.H56": 2, "000.00.12.H19": 2,
                                      "000.00.15.H49": 1}
    assert found.facets["procedure"] == {"Cấp bản sao trích lục hộ tịch": 2,
                                         "Đăng ký lại khai sinh": 1}
    narrowed = index.find(SearchQuery("giay khai sinh", agencies=("000.00.21.H56",)))
    assert narrowed.facets == {"doc_type": {"giay_khai_sinh": 2}, "agency": {"000.00.21.H56": 2},
                               "procedure": {"Cấp bản sao trích lục hộ tịch": 2}}
    typed = index.find(SearchQuery("giay khai sinh", doc_type="giay_khai_sinh", limit=1,
                                   date_from=date(2025, 6, 2)))
    assert typed.total == 2
    assert typed.facets == {"doc_type": {"giay_khai_sinh": 2},
                            "agency": {"000.00.21.H56": 1, "000.00.15.H49": 1},
                            "procedure": {"Cấp bản sao trích lục hộ tịch": 1,
                                          "Đăng ký lại khai sinh": 1}}


def test_empty_text_lists_the_filtered_records_newest_first(index: SearchIndex) -> None:
    _more(index)
    listed = index.find(SearchQuery("", agencies=("000.00.21.H56",)))
    assert [h.document_id for h in listed.hits] == ["doc-0012", "doc-0011"]
    assert listed.total == 2
    assert json.dumps([h.score for h in listed.hits]) == "[0.0, 0.0]"  # not -0.0
    index.index(_record("doc-0014", "Biên nhận hồ sơ"))  # no issue date; received 2026-11-21
    everything = index.find(SearchQuery("  ", limit=100))
    assert everything.total == 7
    assert [h.document_id for h in everything.hits] == [
        "doc-0014", "doc-0002", "doc-0013", "doc-0012", "doc-0011", "doc-0001", "doc-0003"]
    assert everything.hits[0].date == "2026-11-21"
    assert index.search(SearchQuery("")) == []


def test_a_page_past_the_end_still_counts(index: SearchIndex) -> None:
    _more(index)
    past = index.find(SearchQuery("khai sinh", procedure="Đăng ký lại khai sinh", offset=10))
    assert (past.hits, past.total) == ([], 1)
    assert past.facets["procedure"] == {"Đăng ký lại khai sinh": 1}


def test_ranking_does_not_depend_on_the_page(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    """SQLite ranks BM25 matches again in blocks; a page must not change the blocks."""
    import search_api.sqlite_index as sqlite_index

    monkeypatch.setattr(sqlite_index, "_POOL", 2)
    index = SqliteIndex(tmp_path / "index.sqlite3")
    index.bulk([_record(f"doc-00{n}", text) for n, text in (
        (21, "giấy giấy khai khai sinh sinh"), (22, "giấy giấy giấy khai khai sinh sinh sinh"),
        (23, "Nơi cấp giấy khai sinh: Ủy ban nhân dân xã"), (24, "Bản sao giấy khai sinh"),
        (25, "giấy tờ khai báo về sinh hoạt"))])
    whole = index.find(SearchQuery("giấy khai sinh", limit=10))
    assert whole.total == 5
    for size in (1, 2, 3):
        pages = [index.find(SearchQuery("giấy khai sinh", limit=size, offset=o))
                 for o in range(0, 5, size)]
        assert [h.document_id for p in pages for h in p.hits] == [
            h.document_id for h in whole.hits]


def test_negative_pages_are_refused() -> None:
    with pytest.raises(ValueError):
        SearchQuery("khai sinh", offset=-1)
    with pytest.raises(ValueError):
        SearchQuery("khai sinh", limit=-1)


def test_cursor_walks_the_ranked_list_and_facets_only_when_asked(index: SearchIndex) -> None:
    _more(index)
    whole = index.find(SearchQuery("khai sinh", limit=50))
    walked, query = [], SearchQuery("khai sinh", limit=2, facets=False)
    while True:
        page = index.find(query)
        assert page.facets == {} and page.total == 5 and not page.capped
        walked += [h.document_id for h in page.hits]
        if page.cursor is None:
            break
        query = SearchQuery("khai sinh", limit=2, facets=False, cursor=page.cursor)
    assert walked == [h.document_id for h in whole.hits]


def test_citizen_number_is_looked_up_whole(index: SearchIndex) -> None:
    """A personal identification number is a keyword: the whole number finds the records
    that belong to the citizen, a prefix or another number finds none."""
    from dataclasses import replace

    index.bulk([
        replace(_record("doc-0031", "Giấy khai sinh của Nông Bảo Ngọc", "giay_khai_sinh"),
                citizen_ids=("002325113899",)),
        replace(_record("doc-0032", "Giấy chứng nhận quyền sử dụng đất", "giay_chung_nhan_qsdd"),
                receipt_code="000.00.21.H56-250819-0032",
                citizen_ids=("002181852286", "002325113899")),
        replace(_record("doc-0033", "Đơn đề nghị số 002325113800"),
                citizen_ids=("002325113800",)),
    ])
    found = index.find(SearchQuery("", citizen_id="002325113899", limit=50))
    assert {h.document_id for h in found.hits} == {"doc-0031", "doc-0032"}
    assert found.total == 2
    scoped = index.find(SearchQuery("", citizen_id="002325113899", agencies=("000.00.21.H56",)))
    assert [h.document_id for h in scoped.hits] == ["doc-0032"]
    other = index.find(SearchQuery("", citizen_id="002325113899", agencies=("000.00.15.H49",)))
    assert (other.total, other.hits) == (0, [])
    assert index.find(SearchQuery("", citizen_id="002181852286")).total == 1
    assert index.find(SearchQuery("", citizen_id="002325113898")).total == 0
    for not_a_number in ("00232511389", "0023251138990", "00232511389*", "002325113 99"):
        with pytest.raises(ValueError):
            SearchQuery("", citizen_id=not_a_number)
    index.index(replace(_record("doc-0031", "Giấy khai sinh bản mới", "giay_khai_sinh"),
                        citizen_ids=("038323640840",)))  # a reindex replaces the numbers
    assert [h.document_id for h in index.find(
        SearchQuery("", citizen_id="002325113899")).hits] == ["doc-0032"]
    assert [h.document_id for h in index.find(
        SearchQuery("", citizen_id="038323640840")).hits] == ["doc-0031"]
    index.remove(["doc-0032"])
    assert index.find(SearchQuery("", citizen_id="002325113899")).total == 0


def test_citizen_numbers_come_from_the_field_and_the_receipt() -> None:
    manifest = {"document_id": "doc-0041", "receipt_code": "000.00.12.H19-250414-0007",
                "classification": {"doc_type": "giay_khai_sinh",
                                   "fields": {"so_cccd": "002325113899"}}}
    record = IndexRecord.from_manifest(manifest, "", "/x", ["002196076128", "12345"])
    assert record.citizen_ids == ("002196076128", "002325113899")  # "12345" is no number
    manifest["classification"]["fields"] = {"so_cccd": "0023251138"}
    assert IndexRecord.from_manifest(manifest, "", "/x").citizen_ids == ()


def test_equal_scores_and_dates_come_in_document_order(index: SearchIndex) -> None:
    """Records that rank alike come in one order whatever order they were indexed in, so a
    search answers the same after a reindex or a restore."""
    same = "Biên bản họp tổ dân phố số 4"
    index.bulk([_record(d, same, "bien_ban", "2026-03-02")
                for d in ("doc-0062", "doc-0061", "doc-0063")])
    worded = index.find(SearchQuery("biên bản họp", limit=10))
    assert [h.document_id for h in worded.hits] == ["doc-0061", "doc-0062", "doc-0063"]
    assert len({h.score for h in worded.hits}) == 1
    listed = index.find(SearchQuery("", doc_type="bien_ban", limit=10))
    assert [h.document_id for h in listed.hits] == ["doc-0061", "doc-0062", "doc-0063"]


def test_equal_scores_and_dates_keep_document_order_across_pages(index: SearchIndex) -> None:
    """A page boundary that cuts a group of records that rank alike cuts it in document
    order too: every page is a slice of the one ordered list, whatever order the records
    were indexed in (one at a time here, so each may sit in a segment of its own)."""
    same = "Biên bản họp tổ dân phố số 4"
    for doc_id in ("doc-0075", "doc-0073", "doc-0071", "doc-0074", "doc-0072"):
        index.bulk([_record(doc_id, same, "bien_ban", "2026-03-02")])
    ordered = ["doc-0071", "doc-0072", "doc-0073", "doc-0074", "doc-0075"]
    for size in (1, 2, 3):
        for text in ("biên bản họp", ""):
            pages = [index.find(SearchQuery(text, doc_type="bien_ban", limit=size, offset=o))
                     for o in range(0, 5, size)]
            assert [h.document_id for p in pages for h in p.hits] == ordered, (text, size)


def test_pages_of_many_ties_are_slices_of_one_order(index: SearchIndex) -> None:
    """Sixty records in three texts and four days, indexed in a shuffled order over several
    writes: every page size cuts the one list ordered by score (or date), then id."""
    import random

    texts = ("Biên bản họp tổ dân phố", "Biên bản họp tổ dân phố số 2 về vệ sinh",
             "Biên bản họp")
    days = ("2026-01-05", "2026-01-06", "2026-02-01", "2026-03-09")
    records = [_record(f"doc-1{n:03d}", texts[n % 3], "bien_ban", days[n % 4])
               for n in range(60)]
    random.Random(7).shuffle(records)
    for at in range(0, 60, 15):
        index.bulk(records[at:at + 15])
    listed = index.find(SearchQuery("", doc_type="bien_ban", limit=100)).hits
    assert [(h.date, h.document_id) for h in listed] == sorted(
        ((r.doc_date, r.document_id) for r in records), key=lambda p: (_neg(p[0]), p[1]))
    worded = index.find(SearchQuery("biên bản họp", doc_type="bien_ban", limit=100)).hits
    for n in range(3):  # records of one text rank alike: they come in id order
        alike = [h.document_id for h in worded if int(h.document_id[-3:]) % 3 == n]
        assert len(alike) == 20 and alike == sorted(alike)
    for size in (7, 10, 13):
        for text, whole in (("", listed), ("biên bản họp", worded)):
            pages = [index.find(SearchQuery(text, doc_type="bien_ban", limit=size, offset=o))
                     for o in range(0, 60, size)]
            assert [h.document_id for p in pages for h in p.hits] == [
                h.document_id for h in whole], (text, size)


def _neg(day: str | None) -> str:
    """A key that sorts ISO days newest first."""
    return "".join(chr(255 - ord(c)) for c in day or "")


@pytest.mark.integration
@pytest.mark.elasticsearch
def test_an_elasticsearch_bulk_load_is_searchable_here_at_once_and_elsewhere_soon() -> None:
    """A bulk load is not refreshed batch by batch: the loading object refreshes before its
    next search, another client sees it within the index's refresh interval."""
    import time

    from search_api.es_index import ElasticIndex

    url = service_env("SOHOA_ES_URL") or ""
    es = ElasticIndex(url, unique("sohoa-test"))
    try:
        es.bulk([_record(f"doc-{i:04d}", f"Biên lai thu phí số {i}") for i in range(50)])
        assert es.find(SearchQuery("bien lai thu phi")).total == 50
        other = ElasticIndex(url, es.name)
        es.bulk([_record("doc-0100", "Giấy chứng nhận quyền sử dụng đất")])
        deadline = time.monotonic() + 10
        while not other.search(SearchQuery("quyen su dung dat")):
            assert time.monotonic() < deadline
            time.sleep(0.2)
    finally:
        es.client.indices.delete(index=es.name, ignore_unavailable=True)
        es.client.indices.delete_index_template(name=es.name, ignore=[404])


@pytest.mark.integration
@pytest.mark.elasticsearch
def test_an_elasticsearch_bulk_load_is_searchable_everywhere_once_flushed() -> None:
    """``flush`` ends a load (``sohoa reindex``, ``reconcile``): another client, in another
    process, finds it at once; before it, not until a refresh (here turned off)."""
    from search_api.es_index import ElasticIndex

    url = service_env("SOHOA_ES_URL") or ""
    es = ElasticIndex(url, unique("sohoa-test"))
    try:
        es.bulk([])
        es.client.indices.put_settings(index=es.name, settings={"refresh_interval": "-1"})
        es.bulk([_record("doc-0001", "Giấy chứng nhận quyền sử dụng đất")])
        other = ElasticIndex(url, es.name)
        assert other.search(SearchQuery("quyen su dung dat")) == []
        es.flush()
        assert [h.document_id for h in other.search(SearchQuery("quyen su dung dat"))] == [
            "doc-0001"]
    finally:
        es.client.indices.delete(index=es.name, ignore_unavailable=True)
        es.client.indices.delete_index_template(name=es.name, ignore=[404])
