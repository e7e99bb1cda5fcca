"""A rebuild of the Elasticsearch index whose process is gone: its heartbeat stops, and the
next live change removes its marker, its log and its half-built index (real server)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from search_api import IndexRecord, SearchQuery, es_rebuild
from tests.conftest import service_env, unique

pytestmark = [pytest.mark.integration, pytest.mark.elasticsearch]

_STOPPED_REBUILD = """
import sys, time
from search_api.es_index import ElasticIndex
built = ElasticIndex(sys.argv[1], sys.argv[2]).begin_rebuild()
print(built.name, flush=True)
time.sleep(120)
"""


def _record(i: int, text: str) -> IndexRecord:
    return IndexRecord(f"doc-{i:05d}", f"000.00.12.H19-261121-{i:05d}", "khac", "Khác", "", "",
                       "", "2026-11-21", "2026-11-21", f"/archive/doc-{i:05d}", text, {})


@pytest.fixture
def es() -> Iterator:  # type: ignore[type-arg]
    from search_api.es_index import ElasticIndex

    idx = ElasticIndex(service_env("SOHOA_ES_URL") or "", unique("sohoa-test"), timeout_s=60,
                       refresh=True)
    yield idx
    made = list(idx.client.indices.get(index=f"{idx.name}*"))
    if made:
        idx.client.indices.delete(index=made)
    idx.client.options(ignore_status=404).indices.delete_index_template(name=idx.name)


def _names(es) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(es.client.indices.get(index=f"{es.name}*"))


def test_a_rebuild_killed_half_way_is_cleared_by_the_next_live_change(
        es, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    es.index(_record(1, "giấy khai sinh"))
    proc = subprocess.Popen(
        [sys.executable, "-c", _STOPPED_REBUILD, es.url, es.name], stdout=subprocess.PIPE,
        text=True, env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])})
    assert proc.stdout is not None
    built = proc.stdout.readline().strip()
    assert built.startswith(f"{es.name}-r")
    es.index(_record(2, "giấy khai sinh"))  # a rebuild is under way: logged
    es.client.indices.refresh(index=f"{es.name}-rebuild")
    assert es.client.count(index=f"{es.name}-rebuild",
                           query={"exists": {"field": "seq"}})["count"] == 1
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert f"{built}-changes" in _names(es)

    monkeypatch.setattr(es_rebuild, "STALE_S", 1.0)  # instead of waiting ten minutes
    time.sleep(es_rebuild.MARKER_TTL_S + 1.5)
    es.index(_record(3, "giấy khai sinh"))
    assert not es.client.indices.exists_alias(name=f"{es.name}-rebuild")
    assert built not in _names(es) and f"{built}-changes" not in _names(es)
    hits = es.find(SearchQuery("giấy khai sinh", limit=10)).hits
    assert sorted(h.document_id for h in hits) == ["doc-00001", "doc-00002", "doc-00003"]


def test_a_rebuild_that_beats_is_left_to_finish_and_catches_up(
        es, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(es_rebuild, "BEAT_S", 0.2)
    monkeypatch.setattr(es_rebuild, "STALE_S", 1.0)
    es.index(_record(1, "hợp đồng"))
    other = type(es)(es.url, es.name, refresh=True)  # another process archiving meanwhile
    built = es.begin_rebuild()
    built.bulk([_record(1, "hợp đồng")])
    time.sleep(2.5)  # longer than STALE_S: only the heartbeat says the rebuild is alive
    other.index(_record(2, "hợp đồng"))
    assert es.client.indices.exists_alias(name=f"{es.name}-rebuild")
    assert es.finish_rebuild(built) == 1
    hits = es.find(SearchQuery("hợp đồng", limit=10)).hits
    assert sorted(h.document_id for h in hits) == ["doc-00001", "doc-00002"]
    assert not es.client.indices.exists_alias(name=f"{es.name}-rebuild")
