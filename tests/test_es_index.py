"""The Elasticsearch index beyond the contract suite: an index made by an older release, the
facets of a result past ``TOTAL_CAP`` and the merge on demand (real server)."""

from __future__ import annotations

import copy
import logging
from collections.abc import Iterator

import pytest

from search_api import IndexRecord, SearchQuery
from search_api.types import TOTAL_CAP
from tests.conftest import service_env, unique

pytestmark = [pytest.mark.integration, pytest.mark.elasticsearch]


def _record(i: int, text: str, day: str, doc_type: str = "khac",
            agency: str = "000.00.12.H19") -> IndexRecord:
    return IndexRecord(f"doc-{i:05d}", f"{agency}-261121-{i:05d}", doc_type, doc_type, "", "",
                       "", day, day, f"/archive/doc-{i:05d}", text, {})


@pytest.fixture
def es() -> Iterator:  # type: ignore[type-arg]
    from search_api.es_index import ElasticIndex

    idx = ElasticIndex(service_env("SOHOA_ES_URL") or "", unique("sohoa-test"), timeout_s=60)
    yield idx
    idx.client.indices.delete(index=idx.name, ignore_unavailable=True)
    idx.client.options(ignore_status=404).indices.delete_index_template(name=idx.name)


def test_an_index_of_the_older_mappings_keeps_working_until_reindexed(
        es, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    """An index made before mapping version 2 (term vectors, no word pairs, records without
    ``agency_code``) is searched as before, by agency through the receipt code, with a
    warning naming ``sohoa reindex``; ``clear`` (what ``sohoa reindex`` starts with) remakes
    it with the current mappings."""
    from search_api.es_index import INDEX_SETTINGS, MAPPING_VERSION

    old = copy.deepcopy(INDEX_SETTINGS)
    del old["mappings"]["_meta"]
    del old["settings"]["sort.field"], old["settings"]["sort.order"]
    del old["settings"]["sort.missing"]
    old["mappings"]["properties"]["text"] = {
        "type": "text", "analyzer": "vi_folded", "term_vector": "with_positions_offsets",
        "fields": {"exact": {"type": "text", "analyzer": "vi_exact",
                             "term_vector": "with_positions_offsets"}}}
    del old["mappings"]["properties"]["citizen_ids"]  # a field added since
    es.client.indices.create(index=es.name, settings=old["settings"],
                             mappings=old["mappings"])
    for i, (text, agency) in enumerate((("Giấy khai sinh của con", "000.00.12.H19"),
                                        ("Giấy khai sinh bản sao", "000.00.31.H26"))):
        doc = es._doc(_record(i, text, "2026-11-21", agency=agency))
        del doc["agency_code"], doc["citizen_ids"]  # indexed before those fields existed
        es.client.index(index=es.name, id=doc["document_id"], document=doc, refresh=True)

    with caplog.at_level(logging.WARNING, logger="search_api.es_index"):
        found = es.find(SearchQuery("giay khai sinh", agencies=("000.00.31.H26",)))
    assert [h.document_id for h in found.hits] == ["doc-00001"]
    assert "sohoa reindex" in caplog.text
    assert "citizen_ids" in es.client.indices.get_mapping(index=es.name)[es.name][
        "mappings"]["properties"]  # the field added since was added in place

    es.clear()
    mappings = es.client.indices.get_mapping(index=es.name)[es.name]["mappings"]
    assert mappings["_meta"]["sohoa_mapping"] == MAPPING_VERSION
    assert mappings["properties"]["text"]["index_phrases"] is True
    assert "term_vector" not in mappings["properties"]["text"]
    es.bulk([_record(0, "Giấy khai sinh của con", "2026-11-21"),
             _record(1, "Giấy khai sinh bản sao", "2026-11-21", agency="000.00.31.H26")])
    found = es.find(SearchQuery("giay khai sinh", agencies=("000.00.31.H26",)))
    assert [h.document_id for h in found.hits] == ["doc-00001"]
    assert found.facets["agency"] == {"000.00.31.H26": 1}


def test_past_the_cap_facets_count_the_newest_matches(es) -> None:  # type: ignore[no-untyped-def]
    """Past ``TOTAL_CAP`` matches the facets count every match dated on or after the
    ``TOTAL_CAP``-th newest: here the 50 oldest (another type) are left out, the page and its
    order are those of the query without facets."""
    old = [_record(i, "Biên lai thu phí lệ phí", f"2001-01-{1 + i % 28:02d}", "cu")
           for i in range(50)]
    new = [_record(50 + i, "Biên lai thu phí" + " phí" * (i % 7), f"2020-{1 + i % 12:02d}-"
                   f"{1 + i % 28:02d}", "moi") for i in range(TOTAL_CAP)]
    for at in range(0, len(old + new), 2000):
        es.bulk((old + new)[at:at + 2000])

    counted = es.find(SearchQuery("bien lai thu phi"))
    assert counted.capped and counted.total == TOTAL_CAP
    assert counted.facets["doc_type"] == {"moi": TOTAL_CAP}
    plain = es.find(SearchQuery("bien lai thu phi", facets=False))
    assert [h.document_id for h in counted.hits] == [h.document_id for h in plain.hits]
    assert plain.facets == {}

    few = es.find(SearchQuery("le phi"))  # under the cap: every match is counted
    assert not few.capped and few.facets["doc_type"] == {"cu": 50}


def test_optimise_merges_the_index_into_one_segment(es) -> None:  # type: ignore[no-untyped-def]
    for at in range(0, 600, 100):  # each refresh before a search writes a segment
        es.bulk([_record(i, f"Tờ khai số {i}", "2026-11-21") for i in range(at, at + 100)])
        es.find(SearchQuery("to khai"))
    es.optimise()
    shards = es.client.indices.segments(index=es.name)["indices"][es.name]["shards"]
    assert [s["num_committed_segments"] for s in shards["0"]] == [1]
    assert es.find(SearchQuery("to khai")).total == 600


def test_a_large_bulk_goes_as_requests_at_once_and_a_repeated_id_as_one(
        es, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """A batch of ``_SPLIT_MIN`` records or more is sent as ``_BULK_REQUESTS`` requests at
    once; one that holds an id twice goes as one request, so the later record wins."""
    from search_api import es_index

    sent: list[int] = []
    send = es._send
    monkeypatch.setattr(es, "_send", lambda part: (sent.append(len(part)), send(part)))
    many = [_record(i, f"Tờ khai đăng ký số {i}", "2026-11-21") for i in range(601)]
    es.bulk(many)
    assert sorted(sent) == [300, 301] and es_index._BULK_REQUESTS == 2
    assert es.find(SearchQuery("to khai dang ky")).total == 601
    sent.clear()
    again = [_record(0, "Bản cũ bị thay", "2026-11-21"), *many[1:600],
             _record(0, "Bản mới nhất của tờ khai", "2026-11-22")]
    es.bulk(again)
    assert sent == [601]
    assert [h.document_id for h in es.find(SearchQuery("ban moi nhat")).hits] == ["doc-00000"]
    assert es.find(SearchQuery("ban cu bi thay")).total == 0
    assert es.count() == 601
