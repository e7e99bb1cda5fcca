"""How ``sohoa reindex`` reads and loads: a dossier never revised is read from its manifests'
JSON into the same records as its revised views make; a revised one, or a manifest of
another form, through ``dossier_views``; the new index is committed when the load is done
(not after each batch), and the live changes caught up replace what it loaded."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
import tantivy

from archive import ArchiveError, archive_document, keys
from archive.revisions import append_revision, dossier_views
from pipeline.deps import Deps, build_deps
from pipeline.indexing import _dossier_records, archived_records, record_of_view
from pipeline.receipts import register_receipt
from pipeline.settings import Settings
from search_api import IndexRecord, SearchQuery
from search_api.tantivy_index import TantivyIndex

CODE = "000.00.12.H19-261121-{:04d}"


def _archive(deps: Deps, code: str, doc: str, classification: dict[str, object] | None,
             text: str = "Giấy khai sinh") -> None:
    meta: dict[str, object] = {"dossier": {"receipt_code": code, "procedure": "Đăng ký khai sinh",
                                           "received_at": "2026-11-21T08:00:00+07:00"},
                               "pages": [{"n": 1}, {"n": 2}]}
    if classification is not None:
        meta["classification"] = classification
    ocr = {"pages": [{"text": f"{text} {doc}"}, {"text": "trang hai"}, None]}
    archive_document(deps.store, receipt_code=code, document_id=doc,
                     files={"document.pdf": b"%PDF-1.7", "ocr.json": json.dumps(ocr).encode()},
                     metadata=meta, retain_until=None, permanent=True)


def _listed(deps: Deps, code: str) -> list[str]:
    return list(deps.store.list(keys.aip(code)))


def _by_views(deps: Deps, code: str, citizens: list[str]) -> list[IndexRecord]:
    return [record_of_view(deps, v, citizens) for v in dossier_views(deps.store, code)]


@pytest.fixture
def deps(tmp_path: Path) -> Deps:
    return build_deps(Settings(data=tmp_path / "data"))


def test_an_unrevised_dossier_reads_as_its_views_do(deps: Deps) -> None:
    code = CODE.format(1)
    register_receipt(deps.store, code, procedure="Đăng ký khai sinh",
                     received_at=datetime(2026, 11, 21, 1, tzinfo=UTC), who="Lan",
                     citizen_id="038323640840")
    _archive(deps, code, "d1", {"doc_type": "giay_khai_sinh", "label": "Giấy khai sinh",
                                "title": None, "fields": {"so_cccd": "001099012345",
                                                          "ngay_ban_hanh": "2026-11-01"}})
    _archive(deps, code, "d2", None)  # no classification: the manifest's defaults
    _archive(deps, code, "d3", {"label": "Đơn", "fields": {"so": 7}})
    made = _dossier_records(deps, code, _listed(deps, code))
    expected = _by_views(deps, code, ["038323640840"])
    assert sorted(made, key=lambda r: r.document_id) == \
        sorted(expected, key=lambda r: r.document_id)
    assert {r.doc_type for r in made} == {"giay_khai_sinh", "khac"}
    assert made[0].citizen_ids == ("001099012345", "038323640840")


def test_a_revised_dossier_is_read_with_its_revisions(deps: Deps) -> None:
    code = CODE.format(2)
    _archive(deps, code, "d1", {"doc_type": "giay_khai_sinh", "label": "Giấy khai sinh"})
    _archive(deps, code, "d2", {"doc_type": "giay_khai_sinh", "label": "Giấy khai sinh"})
    view = next(v for v in dossier_views(deps.store, code) if v.document_id == "d2")
    append_revision(deps.store, view, {
        "action": "correct", "at": "2026-11-22T08:00:00+07:00", "who": "Lan", "why": "sai loại",
        "before": {"doc_type": "giay_khai_sinh"},
        "after": {"doc_type": "quyet_dinh", "label": "Quyết định"}},
        retain_until=None, permanent=True)
    made = {r.document_id: r for r in _dossier_records(deps, code, _listed(deps, code))}
    assert made["d2"].doc_type == "quyet_dinh" and made["d1"].doc_type == "giay_khai_sinh"
    assert list(made.values()) == _by_views(deps, code, [])


def test_a_manifest_of_another_form_is_read_as_before(deps: Deps) -> None:
    code = CODE.format(3)
    bad = {"schema": "sohoa.manifest/1", "document_id": "d1", "receipt_code": code,
           "classification": {"doc_type": 12}}  # not a type the manifest allows
    deps.store.put(keys.aip(code, "d1") + "ocr.json", b'{"pages": []}', retain_until=None,
                   permanent=True)
    deps.store.put(keys.manifest(code, "d1"), json.dumps(bad).encode(), retain_until=None,
                   permanent=True)
    with pytest.raises(ArchiveError):  # said as dossier_views says it, naming the key
        _dossier_records(deps, code, _listed(deps, code))


def test_a_rebuild_commits_when_the_load_is_done(deps: Deps) -> None:
    for n in range(5):
        _archive(deps, CODE.format(10 + n), f"d{n}", {"doc_type": "giay_khai_sinh"},
                 text="Giấy khai sinh cũ")
    index = deps.index
    assert isinstance(index, TantivyIndex)
    built = index.begin_rebuild()
    built.bulk(list(archived_records(deps)))
    on_disk = tantivy.Index.open(str(built.path))
    on_disk.reload()
    assert on_disk.searcher().num_docs == 0  # not committed after the batch
    # a live change meanwhile, to a record the load holds: caught up, replacing it
    index.index(IndexRecord("d0", CODE.format(10), "quyet_dinh", "Quyết định", "", "", "",
                            None, "2026-11-22", "", "Quyết định mới"))
    assert index.finish_rebuild(built) == 1
    assert index.count() == 5
    assert [h.document_id for h in index.search(SearchQuery("quyết định mới"))] == ["d0"]
    assert len(index.search(SearchQuery("giấy khai sinh cũ"))) == 4


def test_a_record_loaded_twice_is_indexed_once(deps: Deps) -> None:
    index = deps.index
    assert isinstance(index, TantivyIndex)
    built = index.begin_rebuild()
    first = IndexRecord("d1", CODE.format(1), "giay_khai_sinh", "", "", "", "", None,
                        "2026-11-21", "", "bản cũ")
    built.bulk([first])
    built.bulk([replace(first, text="bản mới")])
    index.finish_rebuild(built)
    assert index.count() == 1
    assert [h.document_id for h in index.search(SearchQuery("bản mới"))] == ["d1"]
