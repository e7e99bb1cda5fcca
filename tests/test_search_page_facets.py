"""The search page says when its facet counts cover only the newest matches (more than 10,000
records match, and an adapter counted the facets over the newest of them), and when its
ranking does (Elasticsearch, words found together in very many records)."""

from __future__ import annotations

from typing import Any

from search_api import SearchResults
from web.pages import templates


def _page(results: SearchResults) -> str:
    context: dict[str, Any] = {
        "request": None, "account": None, "q": {"q": "giấy"}, "results": results, "pages": 1,
        "current": 1, "link": lambda **_: "/tra-cuu", "type_labels": {}}
    return templates.get_template("search.html").render(context)


def test_capped_facets_are_said_to_count_the_newest_matches() -> None:
    facets = {"doc_type": {"quyet_dinh": 7000, "cong_van": 4100}}
    capped = _page(SearchResults(hits=[], total=10_000, facets=facets, capped=True))
    assert 'id="facets-scope"' in capped and "10.000+ kết quả" in capped
    whole = _page(SearchResults(hits=[], total=9_000, facets=facets, capped=False))
    assert 'id="facets-scope"' not in whole


def test_a_page_ranked_among_the_newest_matches_only_says_how_to_reach_older_ones() -> None:
    newest = _page(SearchResults(hits=[], total=10_000, facets={}, capped=True,
                                 newest_only=True))
    assert 'id="newest-only"' in newest and "thu hẹp khoảng ngày" in newest
    whole = _page(SearchResults(hits=[], total=10_000, facets={}, capped=True))
    assert 'id="newest-only"' not in whole
