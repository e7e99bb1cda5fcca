"""The review desk: a person corrects a document's type, fields or page grouping as a new
write-once revision; the record, the dossier, search, the due list and the store's retention
follow, and the archived bytes stay as they were. Through the service, the API and the
``sohoa review`` command, on the folder store and (when it runs) MinIO."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import threading
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from archive import ObjectExistsError, ObjectStore, check_fixity, keys
from archive.audit import AuditLog
from archive.retention import retention_due
from archive.revisions import RevisionConflictError, RevisionError, corrections, find_view
from cli.main import main
from pipeline import review as engine
from pipeline.deps import build_deps
from search_api import SearchQuery
from service import Actor, NotFoundError, Service
from tests.conftest import service_env, unique
from tests.review_support import AGENCY, OTHER_AGENCY, archive_sample
from tests.web_support import make_accounts, settings_for
from web import create_app

ARCHIVIST = Actor("Phạm Thu Trang", frozenset({"archivist"}))
CLERK = Actor("Nguyễn Thị Lan", frozenset({"clerk"}), AGENCY)
OTHER_CLERK = Actor("Trần Thị Bình", frozenset({"officer"}), OTHER_AGENCY)
AUDITOR = Actor("Lê Văn Hòa", frozenset({"auditor"}))
CODE = f"{AGENCY}-250101-0001"
OTHER_CODE = f"{OTHER_AGENCY}-250101-0002"


@pytest.fixture
def service(store: ObjectStore, tmp_path: Path) -> Service:
    """The service over each object store adapter in turn (folder, MinIO)."""
    deps = build_deps(settings_for(tmp_path / "data"))
    deps.store = store
    return Service(deps)


def _sha(store: ObjectStore, key: str) -> str:
    return hashlib.sha256(store.get(key)).hexdigest()


def _types(service: Service, doc_type: str) -> list[str]:
    return [h.document_id for h in service.deps.index.find(
        SearchQuery("", doc_type=doc_type, limit=50)).hits]


def test_a_corrected_type_is_shown_searched_and_kept_longer_the_archive_untouched(
    service: Service
) -> None:
    store = service.deps.store
    doc = archive_sample(service.deps, CODE, "khac", texts=["Trang mot", "Trang hai"])
    package = keys.aip(CODE, doc)
    archived = {k: _sha(store, k) for k in store.list(package)}
    assert store.info(package + "document.pdf").retain_until is not None  # ten years

    done = service.review.correct(ARCHIVIST, CODE, doc, doc_type="quyet_dinh",
                                  fields={"so_ky_hieu": "12/QĐ-UBND"},
                                  why="Tiêu đề bị mờ; đúng là quyết định")
    assert done["revision"]["number"] == 1 and done["retention_note"] == ""
    record = service.records.record(ARCHIVIST, CODE, doc)
    assert (record["doc_type"], record["label"]) == ("quyet_dinh", "Quyết định")
    assert record["fields"]["so_ky_hieu"] == "12/QĐ-UBND" and not record["needs_review"]
    assert record["retention"]["permanent"] and record["retention"]["class"] == "quyet_dinh"
    [rev] = record["revisions"]
    assert (rev["who"], rev["why"], rev["action"]) == (
        ARCHIVIST.name, "Tiêu đề bị mờ; đúng là quyết định", "correct")
    assert rev["before"]["doc_type"] == "khac" and rev["after"]["doc_type"] == "quyet_dinh"
    # search follows: the new type finds it, the old one does not
    assert _types(service, "quyet_dinh") == [doc] and _types(service, "khac") == []
    facets = service.records.search(ARCHIVIST, SearchQuery("", limit=5)).facets["doc_type"]
    assert facets == {"quyet_dinh": 1}
    # the store keeps every object of the package, and the revision, permanently now
    for key in store.list(package):
        assert store.info(key).permanent, key
    [change] = [k for k in store.list(keys.RETENTION_CHANGES) if doc in k]
    assert json.loads(store.get(change))["after"] == "permanent"
    # nothing archived was rewritten, and fixity still passes
    assert {k: _sha(store, k) for k in archived} == archived
    assert sorted(set(store.list(package)) - set(archived)) == [keys.revision(CODE, doc, 1)]
    report = check_fixity(store)
    assert report.ok and report.checked_documents == 1, report.problems
    fixity, _ = service.custody.run_fixity(AUDITOR)
    assert fixity.ok


def test_a_type_corrected_without_fields_reads_that_type_s_fields_again(
    service: Service
) -> None:
    text = ("UBND XÃ EA KAR\nSố: 318/2026/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Ea Kar, ngày 27 tháng 02 năm 2026\nTHÔNG BÁO\nHọ và tên: Lò Văn Thắng\n"
            "Tài khoản số 0123456789 tại ngân hàng")
    # unknown: every field found was kept, a guess among them (a number that is no one's)
    doc = archive_sample(service.deps, CODE, "khac", texts=[text],
                         fields={"so_cccd": "012345678901", "so_ky_hieu": "318/2026/TB-UBND"})
    service.review.correct(ARCHIVIST, CODE, doc, doc_type="thong_bao", why="Là thông báo")
    fields = service.records.record(ARCHIVIST, CODE, doc)["fields"]
    assert fields["so_ky_hieu"] == "318/2026/TB-UBND" and fields["ho_ten"] == "Lò Văn Thắng"
    assert fields["ngay_ban_hanh"] == "2026-02-27" and "so_cccd" not in fields  # not carried
    # a form sends every field: those sent unchanged are read again, those changed kept
    other = archive_sample(service.deps, OTHER_CODE, "khac", texts=[text],
                           fields={"so_cccd": "012345678901", "so_ky_hieu": "318/2026/TB-UBND"})
    service.review.correct(ARCHIVIST, OTHER_CODE, other, doc_type="thong_bao", why="Thông báo",
                           fields={"so_cccd": "012345678901", "so_ky_hieu": "318/TB"})
    fields = service.records.record(ARCHIVIST, OTHER_CODE, other)["fields"]
    assert fields["so_ky_hieu"] == "318/TB" and fields["ho_ten"] == "Lò Văn Thắng"
    assert "so_cccd" not in fields
    # fields a person corrected are not read again when the type changes later
    service.review.correct(ARCHIVIST, CODE, doc, fields={"ho_ten": "Lò Văn Thắm"},
                           why="Tên đọc sai")
    service.review.correct(ARCHIVIST, CODE, doc, doc_type="giay_moi", why="Là giấy mời")
    assert service.records.record(ARCHIVIST, CODE, doc)["fields"]["ho_ten"] == "Lò Văn Thắm"


def test_a_shorter_retention_is_refused_and_said_the_type_is_saved(service: Service) -> None:
    store = service.deps.store
    doc = archive_sample(service.deps, CODE, "giay_khai_sinh")  # kept permanently
    done = service.review.correct(CLERK, CODE, doc, doc_type="bien_lai_thu_phi",
                                  why="Là biên lai lệ phí")
    note = done["retention_note"]
    assert "thời hạn bảo quản mới ngắn hơn thời hạn đã khóa: giữ nguyên vĩnh viễn" in note
    assert note in done["message"]
    record = service.records.record(CLERK, CODE, doc)
    assert record["doc_type"] == "bien_lai_thu_phi"
    assert record["retention"]["permanent"] and record["retention"]["class"] == "ho_tich"
    assert record["revisions"][0]["retention_note"] == note
    assert all(store.info(k).permanent for k in store.list(keys.aip(CODE, doc)))
    assert not list(store.list(keys.RETENTION_CHANGES))


def test_the_due_list_and_a_disposal_proposal_see_the_type_as_corrected(
    service: Service
) -> None:
    doc = archive_sample(service.deps, CODE, "khac")
    service.review.correct(ARCHIVIST, CODE, doc, doc_type="don_de_nghi", why="Đơn đề nghị")
    [due] = retention_due(service.deps.store, date.today() + timedelta(days=3700))
    assert (due.document_id, due.doc_type) == (doc, "don_de_nghi")


def test_history_answers_who_what_why_and_another_agency_gets_404(service: Service) -> None:
    doc = archive_sample(service.deps, CODE, "khac")
    service.review.confirm(CLERK, CODE, doc, "Đúng là tài liệu khác")
    [rev] = service.review.history(ARCHIVIST, CODE, doc)
    assert (rev["who"], rev["role"], rev["why"], rev["action"]) == (
        CLERK.name, "clerk", "Đúng là tài liệu khác", "confirm")
    assert rev["before"] == {"reviewed": False} and rev["after"] == {"reviewed": True}
    for call in (lambda: service.review.history(OTHER_CLERK, CODE, doc),
                 lambda: service.review.correct(OTHER_CLERK, CODE, doc, doc_type="hop_dong",
                                                why="x"),
                 lambda: service.review.document(OTHER_CLERK, CODE, doc)):
        with pytest.raises(NotFoundError):
            call()
    trail = list(AuditLog(service.deps.settings.audit_path).entries())
    [revised] = [e for e in trail if e.action == "document_revised"]
    assert revised.actor == CLERK.name and revised.detail["why"] == "Đúng là tài liệu khác"
    assert revised.detail["before"] == {"reviewed": False}
    denied = [e for e in trail if e.action == "denied" and e.actor == OTHER_CLERK.name]
    assert len(denied) == 3
    assert list(service.deps.store.list(keys.AUDIT_SEALS)), "a revision seals the trail"


def test_the_queue_shows_an_agency_its_own_fresh_intake_until_reviewed(
    service: Service
) -> None:
    mine = archive_sample(service.deps, CODE, "khac")
    theirs = archive_sample(service.deps, OTHER_CODE, "khac")
    archive_sample(service.deps, CODE, "giay_khai_sinh", needs_review=False,
                   texts=["GIAY KHAI SINH"])
    queued = [d["document_id"] for d in service.review.queue(CLERK)["documents"]]
    assert queued == [mine]
    every = {d["document_id"] for d in service.review.queue(ARCHIVIST)["documents"]}
    assert every == {mine, theirs}
    service.review.confirm(ARCHIVIST, CODE, mine, "Đã xem")
    assert service.review.queue(CLERK)["documents"] == []
    with pytest.raises(RevisionError, match="đã được Phạm Thu Trang soát xét"):
        service.review.confirm(CLERK, CODE, mine, "Đã xem lần nữa")
    with pytest.raises(NotFoundError):
        service.review.confirm(ARCHIVIST, CODE, "f" * 24, "x")


def test_two_revisions_at_once_one_wins_the_other_is_refused(service: Service) -> None:
    deps = service.deps
    doc = archive_sample(deps, CODE, "khac")
    seen = find_view(deps.store, CODE, doc)
    assert seen is not None
    service.review.correct(ARCHIVIST, CODE, doc, doc_type="hop_dong", why="Hợp đồng")
    who = engine.Who(CLERK.name, "clerk", "Quyết định")
    with pytest.raises(RevisionConflictError, match=r"vừa được Phạm Thu Trang .* sửa trước"):
        engine.correct(deps, deps.audit, seen, who, doc_type="quyet_dinh")
    with pytest.raises(RevisionConflictError, match="đã được sửa kể từ khi bạn mở"):
        service.review.correct(CLERK, CODE, doc, doc_type="quyet_dinh", why="x", base=0)
    assert service.records.record(ARCHIVIST, CODE, doc)["doc_type"] == "hop_dong"


def test_of_two_writers_of_one_key_exactly_one_is_kept(store: ObjectStore) -> None:
    """Each store creates a key once, whoever races for it: the folder store by a hard link,
    S3 by a conditional write (If-None-Match), so the one not kept is refused."""
    won, lost = [], []
    start = threading.Barrier(8)

    def write(n: int) -> None:
        start.wait()
        try:
            store.put("aip/X/y/revisions/000001.json", f"writer {n}".encode())
            won.append(n)
        except ObjectExistsError:
            lost.append(n)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(won) == 1 and len(lost) == 7
    assert store.get("aip/X/y/revisions/000001.json") == f"writer {won[0]}".encode()
    assert check_fixity(store).ok


def test_a_split_makes_a_document_of_its_own_and_a_merge_undoes_it(service: Service) -> None:
    deps, store = service.deps, service.deps.store
    doc = archive_sample(deps, CODE, "don_de_nghi",
                         texts=["DON DE NGHI", "trang hai", "BIEN LAI THU PHI so 7"])
    done = service.review.split(ARCHIVIST, CODE, doc, at_page=3, doc_type="bien_lai_thu_phi",
                                why="Trang 3 là biên lai")
    new = done["created"]["document_id"]
    listed = service.records.dossier(ARCHIVIST, CODE)["documents"]
    assert [(d["document_id"], d["doc_type"], d["pages"]) for d in listed] == [
        (doc, "don_de_nghi", 2), (new, "bien_lai_thu_phi", 1)]
    assert all(d["indexed"] for d in listed)
    record = service.records.record(ARCHIVIST, CODE, new)
    assert record["package"] == doc and record["logical"]
    assert record["pages_note"] == f"trang 3 của bản PDF ký số của tài liệu {doc}"
    assert record["revisions"][0]["action"] == "split"  # where it came from
    assert service.records.page_png(ARCHIVIST, CODE, new, 1).startswith(b"\x89PNG")
    with pytest.raises(NotFoundError, match=f"bản ký số là của tài liệu {doc}"):
        service.records.download(ARCHIVIST, CODE, new)
    hits = deps.index.find(SearchQuery("bien lai", limit=5)).hits
    assert [h.document_id for h in hits] == [new]
    assert service.review.correct(ARCHIVIST, CODE, new, fields={"so_ky_hieu": "7"},
                                  why="Số biên lai")["revision"]["number"] == 1

    merged = service.review.merge(ARCHIVIST, CODE, new, why="Biên lai nộp kèm đơn")
    assert merged["document"]["document_id"] == doc and merged["document"]["pages"] == 3
    listed = service.records.dossier(ARCHIVIST, CODE)["documents"]
    assert [(d["document_id"], d["pages"]) for d in listed] == [(doc, 3)]
    assert deps.index.document_ids() == {doc}
    with pytest.raises(NotFoundError, match="đã được gộp vào"):
        service.records.record(ARCHIVIST, CODE, new)
    assert service.records.record(ARCHIVIST, CODE, doc)["pages_note"] == ""
    assert check_fixity(store).ok


@pytest.mark.integration
@pytest.mark.elasticsearch
def test_elasticsearch_follows_a_correction_a_split_and_a_merge(tmp_path: Path) -> None:
    from search_api.es_index import ElasticIndex

    deps = build_deps(settings_for(tmp_path / "data"))
    es = ElasticIndex(service_env("SOHOA_ES_URL") or "", unique("sohoa-test"), refresh=True)
    deps.index = es
    service = Service(deps)
    try:
        doc = archive_sample(deps, CODE, "khac", texts=["Trang mot", "HOP DONG so 9"])
        service.review.correct(ARCHIVIST, CODE, doc, doc_type="quyet_dinh", why="Quyết định")
        assert _types(service, "quyet_dinh") == [doc] and _types(service, "khac") == []
        new = service.review.split(ARCHIVIST, CODE, doc, at_page=2, doc_type="hop_dong",
                                   why="Trang 2 là hợp đồng")["created"]["document_id"]
        assert _types(service, "hop_dong") == [new]
        service.review.merge(ARCHIVIST, CODE, new, why="Nhầm")
        assert es.document_ids() == {doc}
    finally:
        es.client.indices.delete(index=es.name)
        es.client.indices.delete_index_template(name=es.name)


def test_corrections_read_back_as_text_type_and_fields(service: Service) -> None:
    doc = archive_sample(service.deps, CODE, "khac", texts=["QUYET DINH so 5", "Dieu 1"])
    archive_sample(service.deps, OTHER_CODE, "khac")  # never reviewed: not an example
    service.review.correct(ARCHIVIST, CODE, doc, doc_type="quyet_dinh",
                           fields={"so_ky_hieu": "5/QĐ-UBND"}, why="Quyết định")
    [example] = list(corrections(service.deps.store))
    assert (example.document_id, example.doc_type, example.previous_type) == (
        doc, "quyet_dinh", "khac")
    assert example.text == "QUYET DINH so 5\n\nDieu 1"
    assert example.fields == {"so_ky_hieu": "5/QĐ-UBND"}


# --- the API and the command line (folder store) ---------------------------------------------

@pytest.fixture
def web(tmp_path: Path) -> Iterator[tuple[TestClient, dict[str, str], Path, str]]:
    settings = settings_for(tmp_path / "data")
    api_keys = make_accounts(settings.data)
    doc = archive_sample(build_deps(settings), CODE, "khac", texts=["Trang mot", "Trang hai"])
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        yield client, api_keys, settings.data, doc


def _as(keys_: dict[str, str], user: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {keys_[user]}"}


def test_the_api_corrects_lists_and_answers_another_agency_as_missing(
    web: tuple[TestClient, dict[str, str], Path, str]
) -> None:
    client, api_keys, _, doc = web
    queue = client.get("/api/review", headers=_as(api_keys, "lan")).json()
    assert [d["document_id"] for d in queue["documents"]] == [doc]
    path = f"/api/records/{CODE}/{doc}/review"
    body = {"action": "correct", "doc_type": "hop_dong", "why": "Hợp đồng chuyển nhượng"}
    assert client.post(path, json=body, headers=_as(api_keys, "binh")).status_code == 404
    assert client.post(path, json=body, headers=_as(api_keys, "hoa")).status_code == 403
    wrong = client.post(path, json={**body, "doc_type": "khong_co"},
                        headers=_as(api_keys, "trang"))
    assert wrong.status_code == 422 and wrong.json()["error"] == "unknown_type"
    done = client.post(path, json={**body, "revision": 0}, headers=_as(api_keys, "trang"))
    assert done.status_code == 200, done.text
    again = client.post(path, json={**body, "doc_type": "quyet_dinh", "revision": 0},
                        headers=_as(api_keys, "trang"))
    assert again.status_code == 409 and again.json()["error"] == "revision_conflict"
    revs = client.get(f"/api/records/{CODE}/{doc}/revisions", headers=_as(api_keys, "lan"))
    assert [(r["who"], r["why"]) for r in revs.json()["revisions"]] == [
        ("Phạm Thu Trang", "Hợp đồng chuyển nhượng")]
    found = client.get("/api/search", params={"type": "hop_dong"},
                       headers=_as(api_keys, "trang")).json()
    assert [h["document_id"] for h in found["hits"]] == [doc]
    assert client.get("/api/review", headers=_as(api_keys, "lan")).json()["documents"] == []


def _sohoa(data: Path, *args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([*args, "--data", str(data)])
    return code, out.getvalue() + err.getvalue()


def test_the_command_line_lists_corrects_splits_and_shows_the_history(
    web: tuple[TestClient, dict[str, str], Path, str]
) -> None:
    _, _, data, doc = web
    by = ("--by", "Phạm Thu Trang")
    code, out = _sohoa(data, "review", "list", "--json", *by)
    assert code == 0 and [d["document_id"] for d in json.loads(out)["documents"]] == [doc]
    code, out = _sohoa(data, "review", "correct", f"{CODE}/{doc}", "--type", "quyet_dinh",
                       "--field", "so_ky_hieu=3/QĐ", "--why", "Quyết định", *by)
    assert code == 0 and "doc_type: Tài liệu khác (khac) → Quyết định (quyet_dinh)" in out
    code, out = _sohoa(data, "review", "correct", f"{CODE}/{doc}", "--type", "quyet_dinh",
                       "--why", "x", "--by", "Trần Thị Bình")
    assert code == 2 and "[not_found]" in out
    code, out = _sohoa(data, "review", "split", f"{CODE}/{doc}", "--at-page", "2", "--why",
                       "Trang 2 là tờ khai", "--type", "don_de_nghi", "--json", *by)
    assert code == 0
    new = json.loads(out)["created"]["document_id"]
    code, out = _sohoa(data, "review", "history", f"{CODE}/{doc}", "--json", *by)
    assert [(r["number"], r["action"], r["who"]) for r in json.loads(out)] == [
        (1, "correct", "Phạm Thu Trang"), (2, "split", "Phạm Thu Trang")]
    code, out = _sohoa(data, "status", CODE, "--json", *by)
    assert [d["document_id"] for d in json.loads(out)["documents"]] == [doc, new]
    code, out = _sohoa(data, "review", "merge", f"{CODE}/{new}", "--why", "Nhầm", *by)
    assert code == 0 and "Đã gộp" in out
    code, out = _sohoa(data, "fixity")  # the operator checks every sha256: all as archived
    assert code == 0, out
