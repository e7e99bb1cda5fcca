"""A rebuild's documents made in a worker process (``search_api.tantivy_load``): the same
documents as those made here, a rebuild through it finds what one without does, and a
process that may not start a worker rebuilds all the same."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from search_api import IndexRecord, SearchQuery
from search_api.tantivy_doc import document
from search_api.tantivy_index import TantivyIndex
from search_api.tantivy_load import CHUNK, Preparer

TEXTS = ("Giấy khai sinh của cháu Nguyễn Văn An", "Hợp đồng chuyển nhượng quyền sử dụng đất",
         "Đơn đề nghị cấp bản sao trích lục", "Quyết định công nhận hộ kinh doanh")


def _records(n: int) -> list[IndexRecord]:
    return [IndexRecord(f"doc-{i:05d}", f"000.00.12.H19-261121-{i % 10_000:04d}", "khac",
                        "khác", f"Tiêu đề {i}", "Đăng ký khai sinh", "UBND phường",
                        "2026-11-21" if i % 3 else None, "2026-11-20", f"/archive/{i}",
                        f"{TEXTS[i % 4]} số {i}", {"so_ky_hieu": f"{i}/QĐ-UBND"},
                        (f"0012030{i:05d}",)) for i in range(n)]


def test_documents_made_by_the_worker_are_those_made_here() -> None:
    records = _records(3 * CHUNK + 7)
    preparer = Preparer()
    try:
        made = list(preparer.documents(records))
        assert preparer._pool is not None  # a batch this large went to the worker
    finally:
        preparer.close()
    assert [d.to_dict() for d in made] == [document(r).to_dict() for r in records]


def test_a_rebuild_through_the_worker_finds_what_one_without_does(tmp_path: Path) -> None:
    records = _records(4 * CHUNK)
    found = []
    for name, worker in (("with", True), ("without", False)):
        live = TantivyIndex(tmp_path / name)
        built = live.begin_rebuild()
        built._preparer._failed = not worker
        built.bulk(records)
        built.bulk(records[:CHUNK * 2])  # the same ids again: replaced, not doubled
        assert (built._preparer._pool is not None) == worker
        live.finish_rebuild(built)
        assert built._preparer._pool is None  # stopped with the rebuild
        again = TantivyIndex(tmp_path / name)
        found.append((again.count(),
                      [h.document_id for h in again.search(SearchQuery("khai sinh An"))],
                      again.find(SearchQuery("", citizen_id="001203000007")).total))
    assert found[0] == found[1]
    assert found[0][0] == 4 * CHUNK


def _rebuild_in_a_daemon(path: str, out: multiprocessing.Queue) -> None:
    live = TantivyIndex(Path(path))
    built = live.begin_rebuild()
    built.bulk(_records(3 * CHUNK))
    failed = built._preparer._failed
    live.finish_rebuild(built)
    out.put((failed, TantivyIndex(Path(path)).count()))


def test_a_process_that_may_not_start_one_rebuilds_without_it(tmp_path: Path) -> None:
    """A daemonic process (as a queue's worker is) may not have children."""
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    proc = ctx.Process(target=_rebuild_in_a_daemon, args=(str(tmp_path / "index"), out),
                       daemon=True)
    proc.start()
    failed, count = out.get(timeout=120)
    proc.join(30)
    assert failed and count == 3 * CHUNK
