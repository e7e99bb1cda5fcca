"""The shapes of Elasticsearch queries that stay cheap at a million records give the answers
the search contract asks for (``search_api.es_query``, real server): one word asked as a
union ranks and scores as the word required, a phrase of syllables found in nearly every
record is found and ranked, and a deep page by cursor is the same as by offset."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

import pytest

import search_api.es_index as es_index
import search_api.es_query as es_query
from search_api import IndexRecord, SearchQuery
from tests.conftest import service_env, unique

pytestmark = [pytest.mark.integration, pytest.mark.elasticsearch]

FILLER = ("hồ", "sơ", "đề", "nghị", "cấp", "bản", "sao", "đất", "nhà", "ở", "phường", "xã")


def _record(i: int, text: str, day: date) -> IndexRecord:
    return IndexRecord(f"doc-{i:05d}", f"000.00.12.H19-{day:%y%m%d}-{i:05d}", "khac", "khác",
                       "", "", "", day.isoformat(), day.isoformat(), f"/archive/doc-{i:05d}",
                       text)


@pytest.fixture
def es() -> Iterator:  # type: ignore[type-arg]
    from search_api.es_index import ElasticIndex

    idx = ElasticIndex(service_env("SOHOA_ES_URL") or "", unique("sohoa-test"), timeout_s=60)
    yield idx
    idx.client.indices.delete(index=idx.name, ignore_unavailable=True)
    idx.client.options(ignore_status=404).indices.delete_index_template(name=idx.name)


def _filler(rng: random.Random, n: int) -> str:
    return " ".join(rng.choices(FILLER, k=n))


def test_a_common_word_asked_as_a_union_ranks_exact_diacritics_first(es) -> None:  # type: ignore[no-untyped-def]
    """A word in every record, written without its diacritics in some of them (more often,
    so BM25 alone would put them first): typed with diacritics, the records that carry them
    come first, with the scores and order of the word required and its clauses optional."""
    rng = random.Random(3)
    start = date(2020, 1, 1)
    es.bulk([_record(i, f"giấy {_filler(rng, 8)}" if i % 4 else f"giay giay giay {_filler(rng, 2)}",
                     start + timedelta(days=i)) for i in range(80)])
    found = es.find(SearchQuery("giấy", limit=30, facets=False))
    exact = {f"doc-{i:05d}" for i in range(80) if i % 4}
    assert found.total == 80
    assert {h.document_id for h in found.hits} <= exact
    assert [h.score for h in found.hits] == sorted((h.score for h in found.hits), reverse=True)
    # the shape of the previous release: the word required, its clauses optional
    whole = es.client.search(index=es.name, size=80, track_total_hits=True, query={"bool": {
        "must": [{"multi_match": {"query": "giấy", "fields": ["text", "meta^3", "title^2"],
                                  "operator": "and"}}],
        "should": [{"match_phrase": {"text": {"query": "giấy", "boost": 4}}},
                   {"match_phrase": {"meta": {"query": "giấy", "boost": 4}}},
                   {"match_phrase": {"text.exact": {"query": "giấy", "boost": 3}}}]}},
        sort=["_score", {"document_id": "asc"}])["hits"]["hits"]
    every = es.find(SearchQuery("giấy", limit=80, facets=False)).hits
    assert [h.document_id for h in every] == [h["_id"] for h in whole]
    assert [h.score for h in every] == pytest.approx([h["_score"] for h in whole], abs=1e-3)


def _phrase_archive(es) -> None:  # type: ignore[no-untyped-def]
    """120 records holding "giấy", "khai" and "sinh" apart; the phrase itself only in the
    oldest record, one recent one, and one recent one without its diacritics."""
    rng = random.Random(5)
    start = date(2015, 1, 1)
    records = [_record(i, f"sinh {_filler(rng, 5)} giấy {_filler(rng, 5)} khai",
                       start + timedelta(days=10 * i)) for i in range(120)]
    records[0] = _record(0, f"giấy khai sinh {_filler(rng, 10)}", start)
    records[110] = _record(110, f"giấy khai sinh {_filler(rng, 10)}",
                           start + timedelta(days=1100))
    records[111] = _record(111, f"giay khai sinh {_filler(rng, 10)}",
                           start + timedelta(days=1110))
    es.bulk(records)


def test_a_phrase_of_words_in_every_record_is_found_and_ranked(
        es, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Every word in every record: the page is ranked among the newest matches (here the
    newest 30) and the records holding the whole phrase, which rank first, those with its
    diacritics before those without; the total says more than the cap."""
    _phrase_archive(es)
    monkeypatch.setattr(es_index, "TOTAL_CAP", 30)
    monkeypatch.setattr(es_query, "WIDE", 100)
    monkeypatch.setattr(es_query, "RARE_PAIRS", 10)  # 3 of 120 hold the phrase: rare
    found = es.find(SearchQuery("giấy khai sinh", limit=5))
    assert {h.document_id for h in found.hits[:2]} == {"doc-00110", "doc-00000"}
    assert found.hits[2].document_id == "doc-00111"
    assert found.capped and found.total == 30 and found.newest_only
    assert sum(found.facets["doc_type"].values()) == 30  # the newest 30 matches
    ranked = es.find(SearchQuery("giấy khai sinh", limit=100, facets=False)).hits
    assert {h.document_id for h in ranked} == {f"doc-{i:05d}" for i in (0, *range(90, 120))}

    monkeypatch.setattr(es_query, "RARE_PAIRS", 0)  # as if the phrase were common
    newest = es.find(SearchQuery("giấy khai sinh", limit=100, facets=False)).hits
    assert [h.document_id for h in newest[:2]] == ["doc-00110", "doc-00111"]
    assert {h.document_id for h in newest} == {f"doc-{i:05d}" for i in range(90, 120)}


def test_pages_of_a_phrase_in_every_record_by_cursor_are_those_by_offset(
        es, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """The cursor carries the date the pages are ranked from: every page of the walk is cut
    from the same records as the pages asked by offset."""
    _phrase_archive(es)
    monkeypatch.setattr(es_index, "TOTAL_CAP", 30)
    monkeypatch.setattr(es_query, "WIDE", 100)
    monkeypatch.setattr(es_query, "RARE_PAIRS", 10)
    by_offset = [h.document_id for o in range(0, 40, 7) for h in es.find(
        SearchQuery("giay khai sinh", limit=7, offset=o, facets=False)).hits]
    walked, cursor = [], None
    for _ in range(6):
        page = es.find(SearchQuery("giay khai sinh", limit=7, cursor=cursor, facets=False))
        walked += [h.document_id for h in page.hits]
        cursor = page.cursor
        if cursor is None:
            break
    assert walked == by_offset and len(walked) == 31


@pytest.mark.parametrize("text", ["phường", "đất nhà ở"])
def test_page_fifty_by_cursor_is_page_fifty_by_offset(es, text: str) -> None:  # type: ignore[no-untyped-def]
    """Page 50 (10 a page) reached by the cursors of the 49 before it holds the records
    the offset 490 gives, in the same order, for one word and for several."""
    rng = random.Random(11)
    start = date(2018, 1, 1)
    records = [_record(i, f"{_filler(rng, rng.randint(3, 30))} đất nhà ở phường",
                       start + timedelta(days=i % 400)) for i in range(700)]
    for at in range(0, 700, 350):
        es.bulk(records[at:at + 350])
    offset = es.find(SearchQuery(text, limit=10, offset=490, facets=False)).hits
    cursor = None
    for _ in range(49):
        cursor = es.find(SearchQuery(text, limit=10, cursor=cursor, facets=False)).cursor
    walked = es.find(SearchQuery(text, limit=10, cursor=cursor, facets=False)).hits
    assert len(offset) == 10
    assert [(h.document_id, h.score) for h in walked] == [
        (h.document_id, h.score) for h in offset]
