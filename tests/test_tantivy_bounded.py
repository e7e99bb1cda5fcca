"""The embedded index's bounded queries give the answer of the whole query: common words
looked for in the union's top rank and page exactly as when every match is scored, and
facets past ``TOTAL_CAP`` matches count the newest of them (``search_api.tantivy_index``)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest

import search_api.tantivy_counts as tantivy_counts
import search_api.tantivy_index as tantivy_index
from search_api import IndexRecord, SearchQuery
from search_api.tantivy_index import TantivyIndex

WORDS = ("giấy", "khai", "sinh", "đăng", "ký", "hộ", "tịch", "đất", "nhà", "ở", "xã", "phường",
         "quyết", "định", "cấp", "bản", "sao", "chứng", "thực", "hôn", "nhân")


def _records(n: int) -> list[IndexRecord]:
    rng = random.Random(22)
    out = []
    for i in range(n):
        # few distinct words: scores repeat, so pages cut groups of equal scores
        text = " ".join(rng.choices(WORDS, weights=range(len(WORDS), 0, -1),
                                    k=rng.randint(3, 12)))
        day = date(2015, 1, 1) + timedelta(days=rng.randrange(3000))
        out.append(IndexRecord(
            f"doc-{i:05d}", f"000.00.{i % 7:02d}.H19-{day:%y%m%d}-{i:04d}",
            ("khac", "hop_dong", "cccd")[i % 3], "khác", "", ("Thủ tục A", "Thủ tục B")[i % 2],
            "", day.isoformat(), day.isoformat(), f"/archive/{i}", text))
    return out


@pytest.fixture(scope="module")
def idx(tmp_path_factory: pytest.TempPathFactory) -> TantivyIndex:
    index = TantivyIndex(tmp_path_factory.mktemp("bounded") / "index")
    records = _records(1500)
    for at in range(0, len(records), 500):
        index.bulk(records[at:at + 500])
    return index


def _pages(idx: TantivyIndex, text: str, pages: int = 4, limit: int = 7,
           date_from: date | None = None) -> list[list[str]]:
    out, cursor = [], None
    for _ in range(pages):
        found = idx.find(SearchQuery(text, limit=limit, cursor=cursor, facets=False,
                                     date_from=date_from))
        out.append([f"{h.document_id}:{h.score}" for h in found.hits])
        cursor = found.cursor
        if cursor is None:
            break
    return out


@pytest.mark.parametrize("text", ["giấy khai", "đăng ký hộ tịch", "giay khai sinh",
                                  "sinh đất nhà", "giấy khai sinh đăng ký"])
def test_common_words_through_the_union_rank_and_page_as_the_whole_query(
        idx: TantivyIndex, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(tantivy_index, "_FEW", 10**9)  # every match scored
    whole = _pages(idx, text)
    monkeypatch.setattr(tantivy_index, "_FEW", -1)  # the union's top first
    monkeypatch.setattr(tantivy_index, "_SHARE", 0.0)
    assert _pages(idx, text) == whole
    assert sum(len(p) for p in whole) > 7


def test_a_union_too_shallow_to_be_sure_falls_back_to_the_whole_query(
        idx: TantivyIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tantivy_index, "_FEW", 10**9)
    whole = _pages(idx, "ở khai giấy", pages=2, limit=30)
    monkeypatch.setattr(tantivy_index, "_FEW", -1)
    monkeypatch.setattr(tantivy_index, "_SHARE", 0.0)
    monkeypatch.setattr(tantivy_counts, "_UNION_CAP", 40)  # never deep enough
    assert _pages(idx, "ở khai giấy", pages=2, limit=30) == whole


def test_one_word_asked_as_a_union_ranks_as_the_whole_query(idx: TantivyIndex) -> None:
    union = _pages(idx, "giấy")  # no filter: the union of its clauses
    # a filter every record passes: the word required, its clauses optional, all scored
    whole = _pages(idx, "giấy", date_from=date(2000, 1, 1))
    assert union == whole
    scores = [float(h.split(":")[1]) for p in union for h in p]
    assert scores == sorted(scores, reverse=True) and scores[0] > scores[-1]


def test_facets_past_the_cap_count_the_newest_whole_months(
        idx: TantivyIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    full = idx.find(SearchQuery("giấy"))
    assert not full.capped and sum(full.facets["doc_type"].values()) == full.total
    months: dict[str, int] = {}
    for r in _records(1500):
        if "giấy" in r.text.split():
            months[r.doc_date[:7]] = months.get(r.doc_date[:7], 0) + 1
    assert sum(months.values()) == full.total
    newest, sums = 0, []
    for month in sorted(months, reverse=True):  # the matches of the newest whole months
        newest += months[month]
        sums.append(newest)
    monkeypatch.setattr(tantivy_index, "TOTAL_CAP", 100)
    monkeypatch.setattr(tantivy_counts, "TOTAL_CAP", 100)
    capped = idx.find(SearchQuery("giấy"))
    assert capped.capped and capped.total == 100
    counted = sum(capped.facets["doc_type"].values())
    assert counted in sums and 100 <= counted < full.total / 2
    for name in ("procedure", "agency"):
        assert sum(capped.facets[name].values()) == counted


def test_equal_scores_follow_ids_that_differ_only_past_sixteen_bytes(tmp_path: Path) -> None:
    index = TantivyIndex(tmp_path / "index")
    ids = [f"hoso-2026-000000-{c}" for c in "dbeca"] + ["hoso-2026-000000", "hoso-2026-00000"]
    index.bulk([IndexRecord(i, "000.00.12.H19-261121-0001", "khac", "khác", "", "", "",
                            "2026-11-21", "2026-11-21", f"/archive/{i}", "giấy khai sinh")
                for i in ids])
    pages = [[h.document_id for h in index.find(SearchQuery("giấy", limit=3, offset=o)).hits]
             for o in (0, 3, 6)]
    assert [i for p in pages for i in p] == sorted(ids)


def test_words_in_nearly_every_record_page_as_the_whole_query(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The clauses of words nearly every record holds stay out of the union's top (they
    would make every record a candidate) and only widen the bound that proves the page."""
    rng = random.Random(7)
    records = []
    for i, r in enumerate(_records(1200)):
        motto = "ủy ban nhân dân" if i % 60 else "ủy ban"  # in nearly every record
        text = f"{r.text} {motto} {' '.join(rng.choices(WORDS, k=rng.randint(0, 30)))}"
        title = " ".join(rng.choices((*WORDS, "nhân", "dân", "ủy"), k=3))
        records.append(IndexRecord(r.document_id, r.receipt_code, r.doc_type, r.doc_label,
                                   title, r.procedure, r.agency, r.doc_date, r.received_date,
                                   r.location, text))
    idx = TantivyIndex(tmp_path / "index")
    idx.bulk(records)
    routes: list[float] = []

    def top_union(*args: object, **kwargs: object) -> object:
        found = tantivy_counts.top_union(*args, **kwargs)  # type: ignore[arg-type]
        routes.append(-1.0 if found is None else float(args[5]))  # type: ignore[arg-type]
        return found

    monkeypatch.setattr(tantivy_index, "top_union", top_union)
    for text in ("ủy ban nhân dân", "nhân dân giấy", "uy ban nhan dan"):
        monkeypatch.setattr(tantivy_index, "_FEW", 10**9)
        whole = _pages(idx, text, pages=3)
        monkeypatch.setattr(tantivy_index, "_FEW", -1)
        monkeypatch.setattr(tantivy_index, "_SHARE", 0.0)
        routes.clear()
        assert _pages(idx, text, pages=3) == whole
        assert sum(len(p) for p in whole) == 21
        assert routes and all(slack > 0 for slack in routes), text  # the bound was used


def test_totals_stop_at_the_cap_only_when_the_newest_months_pass_it(
        idx: TantivyIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    """Counting the newest months first gives "more than the cap" only when they hold more;
    words each in many records but seldom together are counted exactly."""
    monkeypatch.setattr(tantivy_index, "TOTAL_CAP", 100)
    monkeypatch.setattr(tantivy_counts, "TOTAL_CAP", 100)
    held = [set(r.text.split()) for r in _records(1500)]
    freq = {w: sum(w in h for h in held) for w in WORDS}
    seldom = next((a, b) for a in WORDS for b in WORDS if a < b and min(freq[a], freq[b]) > 150
                  and 0 < sum(a in h and b in h for h in held) < 100)
    exact = sum(seldom[0] in h and seldom[1] in h for h in held)
    for facets in (True, False):
        found = idx.find(SearchQuery(" ".join(seldom), facets=facets))
        assert (found.total, found.capped) == (exact, False)
        many = idx.find(SearchQuery("giấy", facets=facets))
        assert (many.total, many.capped) == (100, True)
        assert many.cursor is not None
