"""The embedded index's live writes: committed in the background, seen at once in this
process, by other processes after the commit, and never lost when a process stops before
it (``search_api.tantivy_writer``)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from search_api import IndexRecord, SearchQuery
from search_api.tantivy_index import TantivyIndex
from search_api.tantivy_writer import JOURNAL

ROOT = Path(__file__).resolve().parents[1]


def _record(doc_id: str, text: str) -> IndexRecord:
    return IndexRecord(doc_id, f"000.00.12.H19-261121-{doc_id[-4:]}", "khac", "khác", "", "",
                       "", None, "2026-11-21", f"/archive/{doc_id}", text, {},
                       ("001203004567",))


def _in_another_process(path: Path, code: str) -> str:
    script = ("import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1])\n"
              "from search_api.tantivy_index import TantivyIndex\n"
              "from search_api import IndexRecord, SearchQuery\n"
              "idx = TantivyIndex(Path(sys.argv[2]))\n" + code)
    done = subprocess.run([sys.executable, "-c", script, str(ROOT), str(path)],
                          capture_output=True, text=True, timeout=60, check=True)
    return done.stdout.strip()


def test_a_live_document_is_seen_here_at_once_and_elsewhere_after_its_commit(
        tmp_path: Path) -> None:
    idx = TantivyIndex(tmp_path / "index")
    idx.index(_record("doc-0001", "Giấy xác nhận tình trạng hôn nhân"))
    assert (tmp_path / "index" / JOURNAL).stat().st_size > 0  # written before index returned
    seen = _in_another_process(tmp_path / "index", (
        "import time\n"
        "for _ in range(200):\n"
        "    if idx.document_ids(): break\n"
        "    time.sleep(0.05)\n"
        "print(sorted(idx.document_ids()))"))
    assert seen == "['doc-0001']"  # committed by the timer, with no search here
    assert [h.document_id for h in idx.search(SearchQuery("tinh trang hon nhan"))] == [
        "doc-0001"]
    assert (tmp_path / "index" / JOURNAL).stat().st_size == 0
    other = TantivyIndex(tmp_path / "index")  # another object of this process
    idx.index(_record("doc-0002", "Giấy xác nhận cư trú"))
    assert other.document_ids() == {"doc-0001", "doc-0002"}


def test_a_process_that_stops_before_the_commit_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "index"
    here = TantivyIndex(path)  # opened before: it finds them before its next search
    here.bulk([_record("doc-0001", "Đơn đề nghị cấp bản sao")])
    _in_another_process(path, (
        "import os\n"
        "idx.index(IndexRecord('doc-0002', '000.00.12.H19-261121-0002', 'khac', 'khác', '', '',"
        " '', None, '2026-11-21', '/archive/doc-0002', 'Biên nhận hồ sơ đăng ký khai sinh',"
        " {}, ('001203004567',)))\n"
        "os._exit(0)  # killed: no commit, no exit handlers"))
    assert (path / JOURNAL).stat().st_size > 0
    assert here.document_ids() == {"doc-0001", "doc-0002"}
    assert (path / JOURNAL).stat().st_size == 0
    reopened = TantivyIndex(path)  # as the service does when it starts again
    assert reopened.document_ids() == {"doc-0001", "doc-0002"}
    assert [h.document_id for h in reopened.search(SearchQuery("bien nhan khai sinh"))] == [
        "doc-0002"]
    assert reopened.find(SearchQuery("", citizen_id="001203004567")).total == 2
    assert (path / JOURNAL).stat().st_size == 0


def test_a_process_that_exits_commits_what_it_indexed(tmp_path: Path) -> None:
    path = tmp_path / "index"
    started = time.monotonic()
    _in_another_process(path, (
        "idx.index(IndexRecord('doc-0003', '000.00.12.H19-261121-0003', 'khac', 'khác', '', '',"
        " '', None, '2026-11-21', '/archive/doc-0003', 'Tờ khai hộ tịch', {}))"))
    assert time.monotonic() - started < 60
    (path / JOURNAL).write_bytes(b"")  # what is found is the exit's commit, not a replay
    assert TantivyIndex(path).document_ids() == {"doc-0003"}


def test_an_index_of_an_earlier_version_is_set_aside_for_a_rebuild(tmp_path: Path) -> None:
    path = tmp_path / "index"
    TantivyIndex(path).bulk([_record("doc-0001", "Giấy khai sinh")])
    assert not TantivyIndex(path).rebuild_needed
    (path / "sohoa-version").write_text("sohoa.tantivy/1\n")
    fresh = TantivyIndex(path)
    assert fresh.rebuild_needed and fresh.count() == 0
    assert (tmp_path / "index.previous" / "sohoa-version").read_text() == "sohoa.tantivy/1\n"
    assert not TantivyIndex(path).rebuild_needed


def test_a_bulk_load_keeps_its_writer_briefly_and_others_wait_for_it(tmp_path: Path) -> None:
    """A bulk batch is committed when ``bulk`` returns (another process sees it), its writer
    is kept for the next batch, and a live document from another process waits for it at
    most ``BULK_HOLD_S`` (and the merges it lets finish) before it is written."""
    from search_api.tantivy_writer import BULK_HOLD_S

    path = tmp_path / "index"
    idx = TantivyIndex(path)
    first = [_record(f"doc-{i:04d}", f"Tờ khai số {i}") for i in range(300)]
    idx.bulk(first)
    assert idx._live.pending  # kept for the next batch
    idx.bulk([_record(f"doc-{i:04d}", f"Tờ khai số {i}") for i in range(300, 600)])
    started = time.monotonic()
    seen = _in_another_process(path, (
        "print(len(idx.document_ids()))\n"
        "idx.index(IndexRecord('doc-9999', '000.00.12.H19-261121-9999', 'khac', 'khác', '', '',"
        " '', None, '2026-11-21', '/archive/doc-9999', 'Biên nhận hồ sơ', {}))\n"
        "idx.flush()"))
    assert seen == "600"  # both batches committed, with no search here
    assert time.monotonic() - started < BULK_HOLD_S + 30
    assert not idx._live.pending  # given up once no bulk write came
    assert idx.count() == 601


def test_a_rebuild_given_up_drops_its_load_without_committing_it(tmp_path: Path) -> None:
    """What a rebuild loaded and has not committed yet is rolled back when it is given up:
    its directory is deleted next, so committing it would be work thrown away."""
    import tantivy

    live = TantivyIndex(tmp_path / "index")
    live.bulk([_record("doc-0001", "Giấy khai sinh")])
    built = live.begin_rebuild()
    built.bulk([_record(f"doc-{i:04d}", f"Tờ khai số {i}") for i in range(50)])
    assert built._live.pending  # a load commits every LOAD_COMMIT documents, not each batch
    built._live.discard()
    assert not built._live.pending
    assert tantivy.Index.open(str(built.path)).searcher().num_docs == 0
    live.abort_rebuild(built)
    assert not built.path.exists()
    assert live.document_ids() == {"doc-0001"}
