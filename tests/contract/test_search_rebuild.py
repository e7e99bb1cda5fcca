"""The rebuild contract of every search index adapter: a new index is built beside the live
one, which keeps answering and taking live changes until the new one is switched in; the
changes made meanwhile are caught up; a rebuild that fails leaves the live index as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from search_api import IndexRecord, SearchIndex, SearchQuery, SearchUnavailableError, SqliteIndex
from search_api.tantivy_index import TantivyIndex
from tests.conftest import service_env, unique


def _record(doc_id: str, text: str) -> IndexRecord:
    return IndexRecord(doc_id, f"000.00.12.H19-261121-{doc_id[-4:]}", "khac", "Khác", "", "",
                       "", None, "2026-11-21", f"/archive/{doc_id}", text, {})


Opener = Callable[[], SearchIndex]


@pytest.fixture(params=["tantivy", "sqlite", pytest.param("elasticsearch", marks=[
    pytest.mark.integration, pytest.mark.elasticsearch])])
def opener(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Opener]:
    """Opens the same index again, as another process would."""
    if request.param == "tantivy":
        yield lambda: TantivyIndex(tmp_path / "index")
    elif request.param == "sqlite":
        yield lambda: SqliteIndex(tmp_path / "index.sqlite3")
    else:
        from search_api.es_index import ElasticIndex

        name = unique("sohoa-test")
        url = service_env("SOHOA_ES_URL") or ""
        yield lambda: ElasticIndex(url, name, refresh=True)
        es = ElasticIndex(url, name)
        made = list(es.client.indices.get(index=f"{name}*"))  # the alias's and rebuilt ones
        if made:
            es.client.indices.delete(index=made)
        es.client.options(ignore_status=404).indices.delete_index_template(name=name)


def _ids(index: SearchIndex, text: str) -> list[str]:
    return sorted(h.document_id for h in index.search(SearchQuery(text, limit=50)))


def test_search_answers_from_the_live_index_until_the_rebuilt_one_is_switched_in(
        opener: Opener) -> None:
    live = opener()
    live.bulk([_record("doc-0001", "giấy khai sinh cũ"), _record("doc-0002", "hợp đồng cũ")])
    live.flush()
    built = live.begin_rebuild()
    built.bulk([_record("doc-0001", "giấy khai sinh mới"), _record("doc-0003", "đơn mới")])
    built.flush()
    other = opener()  # another process, opened during the rebuild
    assert _ids(live, "cũ") == _ids(other, "cũ") == ["doc-0001", "doc-0002"]
    assert _ids(other, "mới") == []
    assert live.finish_rebuild(built) == 0
    for index in (live, other, opener()):
        assert _ids(index, "mới") == ["doc-0001", "doc-0003"]
        assert _ids(index, "cũ") == []
        assert index.count() == 2
    live.clear()  # a rebuilt index is cleared like any other
    assert opener().count() == 0
    live.index(_record("doc-0004", "sau khi xóa"))
    assert _ids(opener(), "xóa") == ["doc-0004"]


def test_live_changes_made_during_a_rebuild_are_caught_up(opener: Opener) -> None:
    live = opener()
    live.bulk([_record("doc-0001", "giấy khai sinh"), _record("doc-0002", "hợp đồng")])
    live.flush()
    built = live.begin_rebuild()
    # the rebuild read doc-0001 and doc-0002 from the archive before these changes
    built.bulk([_record("doc-0001", "giấy khai sinh"), _record("doc-0002", "hợp đồng")])
    other = opener()  # another process archives, corrects and destroys meanwhile
    other.index(_record("doc-0004", "quyết định vừa lưu"))
    other.bulk([_record("doc-0002", "hợp đồng đã sửa")])
    other.remove(["doc-0001"])
    built.flush()
    assert _ids(live, "vừa lưu") == ["doc-0004"]  # the live index took them at once
    assert live.finish_rebuild(built) == 3
    after = opener()
    assert _ids(after, "vừa lưu") == ["doc-0004"]
    assert _ids(after, "đã sửa") == ["doc-0002"]
    assert _ids(after, "khai sinh") == []
    assert after.count() == 2
    other.index(_record("doc-0005", "sau khi dựng lại"))  # after the switch: the new index
    other.flush()
    assert _ids(opener(), "dựng lại") == ["doc-0005"]


def test_a_failed_rebuild_leaves_the_live_index_answering(opener: Opener) -> None:
    live = opener()
    live.bulk([_record("doc-0001", "giấy khai sinh"), _record("doc-0002", "hợp đồng")])
    live.flush()
    built = live.begin_rebuild()
    built.bulk([_record("doc-0001", "giấy khai sinh")])  # then the rebuild fails half-way
    live.abort_rebuild(built)
    live.index(_record("doc-0003", "quyết định"))
    live.flush()
    again = opener()
    assert _ids(again, "khai sinh") == ["doc-0001"]
    assert again.count() == 3
    rebuilt = again.begin_rebuild()  # the next rebuild starts afresh
    rebuilt.bulk([_record("doc-0009", "quyết định mới")])
    assert again.finish_rebuild(rebuilt) == 0
    assert _ids(opener(), "quyết định") == ["doc-0009"]


def test_a_superseded_rebuild_is_not_switched_in(opener: Opener) -> None:
    live = opener()
    live.index(_record("doc-0001", "giấy khai sinh"))
    live.flush()
    first = live.begin_rebuild()
    second = opener().begin_rebuild()  # started again while the first one ran
    second.bulk([_record("doc-0003", "bản thứ hai")])
    with pytest.raises(SearchUnavailableError, match="superseded"):
        live.finish_rebuild(first)
    live.abort_rebuild(first)
    assert _ids(opener(), "khai sinh") == ["doc-0001"]
    live.finish_rebuild(second)
    assert _ids(opener(), "bản") == ["doc-0003"]
    assert _ids(opener(), "khai sinh") == []
