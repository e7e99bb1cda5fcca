"""``sohoa reindex``: the new index is built beside the one in use, which keeps answering;
documents archived during the rebuild are found after it; a rebuild that fails leaves the old
index answering; the progress bar has the total."""

from __future__ import annotations

import contextlib
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from archive import archive_document, keys
from cli.main import main
from cli.progress import Progress
from pipeline.deps import Deps, build_deps
from pipeline.indexing import count_documents, index_from_archive, reindex
from pipeline.receipts import register_receipt
from pipeline.settings import Settings
from search_api import SearchQuery

CODE = "000.00.12.H19-261121-{:04d}"


def _archive(deps: Deps, n: int, word: str = "khai sinh") -> str:
    code = CODE.format(n)
    meta = {"dossier": {"receipt_code": code, "procedure": f"Đăng ký {word}",
                        "received_at": "2026-11-21T08:00:00+07:00"},
            "classification": {"doc_type": "giay_to", "label": f"Giấy {word}",
                               "title": f"GIẤY {word.upper()}", "fields": {}},
            "pages": [{"n": 1}]}
    ocr = {"pages": [{"text": f"Giấy {word} số {n}"}]}
    archive_document(deps.store, receipt_code=code, document_id=f"doc{n:04d}",
                     files={"document.pdf": b"%PDF-1.7", "ocr.json": json.dumps(ocr).encode()},
                     metadata=meta, retain_until=None, permanent=True)
    return keys.manifest(code, f"doc{n:04d}")


def _ids(deps: Deps, text: str) -> list[str]:
    return sorted(h.document_id for h in deps.index.search(SearchQuery(text, limit=100)))


@pytest.fixture
def deps(tmp_path: Path) -> Deps:
    deps = build_deps(Settings(data=tmp_path / "data"))
    for n in range(6):
        index_from_archive(deps, _archive(deps, n))
    deps.index.flush()
    return deps


def test_search_keeps_answering_and_new_documents_are_kept(deps: Deps) -> None:
    seen: list[tuple[int, int, list[str]]] = []

    def during(done: int, total: int) -> None:
        seen.append((done, total, _ids(deps, "khai sinh")))
        if done == 2:  # a clerk archives a document while the rebuild runs
            index_from_archive(deps, _archive(deps, 100, "kết hôn"))

    assert count_documents(deps.store) == 6
    assert reindex(deps, batch_size=2, progress=during) == 7  # the new one: caught up
    assert [s[:2] for s in seen] == [(0, 6), (2, 6), (4, 6), (6, 6)]
    assert all(len(ids) == 6 for *_, ids in seen)  # the whole old index answered throughout
    assert _ids(deps, "kết hôn") == ["doc0100"]
    assert _ids(deps, "khai sinh") == [f"doc{n:04d}" for n in range(6)]
    data = deps.settings.data
    assert (data / "index").is_symlink()
    assert sorted(p.name for p in data.iterdir() if p.name.startswith("index")) == \
        ["index", (data / "index").resolve().name]  # the old directory, the log: gone


def test_a_rebuilt_record_belongs_to_the_citizen_its_receipt_names(tmp_path: Path) -> None:
    deps = build_deps(Settings(data=tmp_path / "data"))
    register_receipt(deps.store, CODE.format(1), procedure="Đăng ký khai sinh",
                     received_at=datetime(2026, 11, 21, 8, tzinfo=UTC), who="Lan",
                     citizen_id="038323640840")
    for n in (1, 2):
        _archive(deps, n)
    code = CODE.format(1)
    meta = {"dossier": {"receipt_code": code, "procedure": "Đăng ký khai sinh",
                        "received_at": "2026-11-21T08:00:00+07:00"},
            "classification": {"doc_type": "giay_to", "label": "Tờ khai", "title": "",
                               "fields": {}}, "pages": [{"n": 1}]}
    archive_document(deps.store, receipt_code=code, document_id="doc0001b",
                     files={"ocr.json": json.dumps({"pages": [{"text": "Tờ khai"}]}).encode()},
                     metadata=meta, retain_until=None, permanent=True)
    assert reindex(deps) == 3
    hits = deps.index.search(SearchQuery("khai", citizen_id="038323640840", limit=10))
    assert sorted(h.document_id for h in hits) == ["doc0001", "doc0001b"]


def test_a_rebuild_that_fails_half_way_leaves_the_old_index(deps: Deps) -> None:
    def stops(done: int, total: int) -> None:
        if done == 2:
            raise OSError("the disk is full")

    with pytest.raises(OSError, match="disk is full"):
        reindex(deps, batch_size=2, progress=stops)
    assert _ids(deps, "khai sinh") == [f"doc{n:04d}" for n in range(6)]
    data = deps.settings.data
    assert sorted(p.name for p in data.iterdir() if p.name.startswith("index")) == ["index"]
    index_from_archive(deps, _archive(deps, 7))  # live indexing goes on as before
    assert len(_ids(deps, "khai sinh")) == 7


def test_the_command_prints_the_count_and_a_bar_with_the_total(deps: Deps) -> None:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        assert main(["reindex", "--data", str(deps.settings.data), "--json"]) == 0
    assert json.loads(out.getvalue()) == {"documents": 6}
    assert "reindexing: 100% 6/6," in err.getvalue()


def test_the_bar_shows_rate_and_time_left() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    bar = Progress("reindexing", Tty())
    text = bar.text(250_000, 1_000_000, 200.0)
    assert text.startswith("reindexing: [########----------------------]  25% 250,000/1,000,000")
    assert "1,250/s, 10 min 00 s left, 3 min 20 s so far" in text
    plain = Progress("reindexing", io.StringIO())
    assert "[" not in plain.text(1, 2, 1.0)


_SEARCHER = """
import sys
from search_api import SearchQuery
from search_api.tantivy_index import TantivyIndex
index = TantivyIndex(__import__("pathlib").Path(sys.argv[1]))
for line in sys.stdin:
    hits = index.search(SearchQuery(line.strip(), limit=100))
    print(",".join(sorted(h.document_id for h in hits)), flush=True)
"""


def test_a_process_that_has_the_old_index_open_answers_from_the_new_one(deps: Deps) -> None:
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-c", _SEARCHER, str(deps.settings.index_path)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            env={"PYTHONPATH": str(Path(__file__).parents[1])})
    assert proc.stdin is not None and proc.stdout is not None

    def ask(text: str) -> str:
        proc.stdin.write(text + "\n")
        proc.stdin.flush()
        return proc.stdout.readline().strip()

    try:
        assert ask("khai sinh") == ",".join(f"doc{n:04d}" for n in range(6))
        for rebuild in range(2):  # from the directory of an earlier release, then the link
            built = deps.index.begin_rebuild()
            built.bulk([])
            index_from_archive(deps, _archive(deps, 200 + rebuild, "nhận con nuôi"))
            deps.index.flush()  # committed at once (not within COMMIT_DELAY_S)
            assert ask("nuoi").endswith(f"doc{200 + rebuild:04d}")  # the live index has it
            assert ask("khai sinh") == ("" if rebuild else
                                        ",".join(f"doc{n:04d}" for n in range(6)))
            assert deps.index.finish_rebuild(built) == 1
            assert ask("khai sinh") == ""  # the rebuilt index has only what was caught up
            assert ask("nuoi") == f"doc{200 + rebuild:04d}"
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)


_STOPPED_REBUILD = """
import sys, time
from pathlib import Path
from search_api.tantivy_index import TantivyIndex
built = TantivyIndex(Path(sys.argv[1])).begin_rebuild()
print(built.path.name, flush=True)
time.sleep(60)
"""


def test_a_rebuild_killed_half_way_is_cleared_by_the_next_live_change(deps: Deps) -> None:
    import signal
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-c", _STOPPED_REBUILD,
                             str(deps.settings.index_path)], stdout=subprocess.PIPE, text=True,
                            env={"PYTHONPATH": str(Path(__file__).parents[1])})
    assert proc.stdout is not None
    built = proc.stdout.readline().strip()
    data = deps.settings.data
    index_from_archive(deps, _archive(deps, 300, "kết hôn"))  # logged: the rebuild runs
    assert (data / "index.rebuild-changes.jsonl").read_text().count("\n") == 1
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert (data / built).is_dir() and (data / "index.rebuild.json").exists()
    index_from_archive(deps, _archive(deps, 301, "kết hôn"))
    deps.index.flush()
    assert sorted(p.name for p in data.iterdir() if p.name.startswith("index")) == ["index"]
    assert _ids(deps, "kết hôn") == ["doc0300", "doc0301"]
