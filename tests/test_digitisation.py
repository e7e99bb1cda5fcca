"""The digitisation report: dossiers received against digitised, per day and agency.

The inputs are written by the real writers: ``record_batch`` and ``record_outcome`` for the
batches, ``archive_document`` for the manifests (with the metadata ``pipeline.archiving`` and
``pipeline.results`` give them), ``register_receipt`` for the receipts, ``record_step`` and
``record_dossier_step`` for the dossiers' lives.
"""

from __future__ import annotations

import json
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from archive import ObjectStore, archive_document
from archive.changes import changes_after
from archive.disposal import TOMBSTONE_SCHEMA
from archive.lifecycle import record_step
from pipeline.digitisation import DigitisationReport, digitisation_report, report_csv
from pipeline.intake import (
    Batch,
    dossier_outcomes,
    dossiers_of_day,
    link_existing,
    recent_batches,
    record_batch,
    record_outcome,
)
from pipeline.receipts import register_receipt
from pipeline.reports import DocumentReport, DossierReport, InputReport, PageRef, RejectedPage
from pipeline.results import record_dossier_step
from sohoa.clock import VN_TZ, now_vn
from sohoa.errors import UsageError

A, B = "000.00.12.H19", "000.00.21.H56"
DAY = date(2026, 11, 20)
EVE = DAY - timedelta(days=1)
CLERK = "Nguyễn Thị Lan"
OFFICER = "Nguyễn Văn An"
ONE_STOP = "Phần mềm một cửa"


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=VN_TZ)


def _batch(store: ObjectStore, tmp_path: Path, name: str, received: datetime, *,
           into: str | None = None, closed: date | None = None) -> Batch:
    """A batch as the counter records it: one scan file (its bytes make it unique)."""
    scan = tmp_path / f"{name}.pdf"
    scan.write_bytes(f"%PDF-1.7 {name}".encode())
    return record_batch(store, scan, received, CLERK, into, closed)


def _rejected(batch: Batch, *pages: int) -> list[RejectedPage]:
    return [RejectedPage(batch.name, p, "too_dark", "trang quá tối; quét lại") for p in pages]


def _archive(store: ObjectStore, batch: Batch, code: str, doc: str, archived: datetime, *,
             pages: tuple[int, ...] = (1,), signed: datetime | None = None) -> DocumentReport:
    """Archive one document as pipeline.archiving does; return its line in the batch outcome."""
    signed = signed or archived
    source = "resubmitted" if batch.dossier else "qr"
    closing = batch.closed or batch.received_at.date()
    archive_document(
        store, receipt_code=code, document_id=doc,
        files={"document.pdf": f"signed {doc}".encode()},
        metadata={
            "dossier": {"receipt_code": code, "code_source": source, "procedure": None,
                        "received_at": batch.received_at.isoformat()},
            "classification": {"doc_type": "giay_to", "label": "Giấy tờ", "title": "",
                               "confidence": 0.9, "needs_review": False, "fields": {}},
            "retention": {"class": "10y", "label": "10 năm", "years": 10, "legal_source": "",
                          "verified": True, "closing_date": closing.isoformat(),
                          "retain_until": None, "permanent": False},
            "legal_hold": False,
            "source": {"batch": batch.name, "batch_id": batch.batch_id,
                       "intake": f"intake/batches/{batch.batch_id}/", "files": [batch.name]},
            "pages": [{"n": n, "file": f"pages/page-{n:03d}.jpg", "source_file": batch.name,
                       "source_page": p} for n, p in enumerate(pages, start=1)],
            "signature": {"signer": batch.clerk, "signed_at": signed.isoformat()},
            "events": [
                {"at": batch.received_at.isoformat(), "event": "received", "by": batch.clerk},
                {"at": signed.isoformat(), "event": "signed", "by": batch.clerk},
                {"at": archived.isoformat(), "event": "archived", "by": "sohoa"},
            ],
        },
        retain_until=None, permanent=False)
    return DocumentReport(doc, "giay_to", "Giấy tờ", [PageRef(batch.name, p) for p in pages],
                          f"aip/{code}/{doc}/", f"aip/{code}/{doc}/document.pdf", False, False)


def _result(store: ObjectStore, code: str, doc: str, form: str, archived: datetime, *,
            received: datetime) -> None:
    """Archive a result of ``form`` into the dossier as pipeline.results does (a scanned one
    names the sha256 of its scan as its batch, as pipeline.archiving does); no step recorded."""
    by = CLERK if form == "scanned_paper" else OFFICER
    archive_document(
        store, receipt_code=code, document_id=doc, files={"document.pdf": doc.encode()},
        metadata={
            "kind": "result",
            "result": {"form": form, "label": "", "issued_by": by, "signers": [by]},
            "dossier": {"receipt_code": code, "code_source": "result", "procedure": None,
                        "received_at": received.isoformat()},
            "classification": {"doc_type": "quyet_dinh", "label": "Quyết định", "fields": {}},
            "retention": {"class": "vinh_vien", "closing_date": received.date().isoformat(),
                          "retain_until": None, "permanent": True},
            "source": {"batch": f"{doc}.pdf", "batch_id": doc * 8, "files": [f"{doc}.pdf"]},
            "signature": {"signer": by, "signed_at": archived.isoformat()},
            "events": [{"at": received.isoformat(), "event": "received", "by": "một cửa"},
                       {"at": archived.isoformat(), "event": "archived", "by": by}],
        },
        retain_until=None, permanent=True)


def _issued(store: ObjectStore, code: str, at: datetime) -> None:
    """The dossier's life up to its result issued at ``at`` (sent first, as it must be)."""
    for step in ("digitised", "sent"):
        record_step(store, code, step, at=at, who=CLERK)
    record_dossier_step(store, code, "result_issued", at=at, who=OFFICER)


def _results(report: DigitisationReport) -> dict[tuple[str, str], tuple[int, ...]]:
    """(day, agency) -> results issued, digitised, electronic, paper."""
    return {(r.day, r.agency): (r.results_issued, r.results_digitised, r.results_electronic,
                                r.results_paper) for r in report.rows}


def _outcome(store: ObjectStore, batch: Batch, *dossiers: DossierReport) -> None:
    record_outcome(store, batch.batch_id, InputReport(
        path=batch.name, sha256=batch.batch_id, kind="pdf", dossiers=list(dossiers)))


def _rows(report: DigitisationReport) -> dict[tuple[str, str], tuple[int, ...]]:
    """(day, agency) -> received, digitised, within, pending, rejected pages."""
    return {(r.day, r.agency): (r.received, r.digitised, r.digitised_within, r.pending,
                                r.rejected_pages) for r in report.rows}


def _counter_day(store: ObjectStore, tmp_path: Path) -> None:
    """Two days at two agencies' counters.

    The 19th: A-0010 scanned at 23:30 (recorded in +09:00, 01:30 the 20th there), archived the
    next morning; B-0004 registered at 23:30 (sent in UTC), never scanned.
    The 20th: A-0001 and A-0002 in one batch at 08:00; A-0001 has two documents (archived
    after 2 h and 1 h) and two pages rejected, listed twice; A-0002 is signed after 1 h but
    archived only after 30 h. B-0003 registered at 09:00, never scanned.
    """
    late = _batch(store, tmp_path, "late", _at(EVE, 23, 30).astimezone(timezone(timedelta(
        hours=9))))
    _outcome(store, late, DossierReport(f"{A}-261119-0010", "qr", documents=[
        _archive(store, late, f"{A}-261119-0010", "d10", _at(DAY, 8))]))
    morning = _batch(store, tmp_path, "morning", _at(DAY, 8))
    one, two = f"{A}-261120-0001", f"{A}-261120-0002"
    _outcome(store, morning,
             DossierReport(one, "qr", documents=[
                 _archive(store, morning, one, "d1", _at(DAY, 10), pages=(1,)),
                 _archive(store, morning, one, "d2", _at(DAY, 9), pages=(2,))],
                 rejected=_rejected(morning, 3, 4) * 2),
             DossierReport(two, "qr", documents=[
                 _archive(store, morning, two, "d3", _at(DAY + timedelta(days=1), 14),
                          pages=(5,), signed=_at(DAY, 9))]))
    register_receipt(store, f"{B}-261120-0003", procedure="Đăng ký khai sinh",
                     received_at=_at(DAY, 9), who=ONE_STOP)
    register_receipt(store, f"{B}-261119-0004", procedure=None,
                     received_at=_at(EVE, 23, 30).astimezone(UTC), who=ONE_STOP)


def test_received_digitised_within_and_rejected_per_day_and_agency(
    store: ObjectStore, tmp_path: Path
) -> None:
    _counter_day(store, tmp_path)
    report = digitisation_report(store, date_from=EVE, date_to=DAY, within_hours=24,
                                 now=_at(DAY, 17))
    assert _rows(report) == {
        ("2026-11-19", A): (1, 1, 1, 0, 0),  # 23:30 in Vietnam is the 19th, done in 8.5 h
        ("2026-11-19", B): (1, 0, 0, 1, 0),
        ("2026-11-20", A): (2, 2, 1, 0, 2),  # A-0002: signed in time, archived too late
        ("2026-11-20", B): (1, 0, 0, 1, 0),
    }
    a = next(r for r in report.rows if (r.day, r.agency) == ("2026-11-20", A))
    assert (a.share_digitised, a.share_within) == (1.0, 0.5)
    b = next(r for r in report.rows if (r.day, r.agency) == ("2026-11-20", B))
    assert (b.share_digitised, b.share_within) == (0.0, 0.0)
    t = report.totals
    assert (t.received, t.digitised, t.digitised_within, t.pending, t.rejected_pages) == (
        5, 3, 2, 2, 2)
    assert [(p.receipt_code, p.received_at, p.hours_waiting, p.procedure, p.scanned)
            for p in report.pending] == [
        (f"{B}-261119-0004", "2026-11-19T23:30:00+07:00", 17.5, None, False),
        (f"{B}-261120-0003", "2026-11-20T09:00:00+07:00", 8.0, "Đăng ký khai sinh", False)]
    data = json.loads(json.dumps(report.to_json()))
    assert data["totals"]["share_within"] == 0.4 and data["rows"][0]["pending"] == 0
    assert data["pending"][0]["agency"] == B and data["unreadable"] == []


def test_the_window_is_counted_from_reception_to_the_first_archived_document(
    store: ObjectStore, tmp_path: Path
) -> None:
    _counter_day(store, tmp_path)
    within_1h = _rows(digitisation_report(store, date_from=DAY, date_to=DAY, within_hours=1))
    assert within_1h[("2026-11-20", A)][2] == 1  # A-0001's second document, after 1 h
    within_half = _rows(digitisation_report(store, date_from=DAY, date_to=DAY,
                                            within_hours=0.5))
    assert within_half[("2026-11-20", A)][2] == 0
    within_31h = _rows(digitisation_report(store, date_from=DAY, date_to=DAY, within_hours=31))
    assert within_31h[("2026-11-20", A)][2] == 2


def test_only_the_days_and_agencies_asked(store: ObjectStore, tmp_path: Path) -> None:
    _counter_day(store, tmp_path)
    only_a = digitisation_report(store, date_from=EVE, date_to=DAY, agencies=(A,))
    assert set(_rows(only_a)) == {("2026-11-19", A), ("2026-11-20", A)}
    assert only_a.totals.received == 3 and only_a.pending == []
    only_b = digitisation_report(store, date_from=DAY, date_to=DAY, agencies=(B, "x"))
    assert set(_rows(only_b)) == {("2026-11-20", B)}
    assert digitisation_report(store, date_from=DAY, date_to=DAY, agencies=("",)).rows == []
    the_19th = digitisation_report(store, date_from=EVE, date_to=EVE)
    assert set(_rows(the_19th)) == {("2026-11-19", A), ("2026-11-19", B)}
    later = digitisation_report(store, date_from=DAY + timedelta(days=1),
                                date_to=DAY + timedelta(days=2))
    assert later.rows == [] and later.totals.received == 0 and later.pending == []


def test_a_registered_receipt_counts_from_its_own_time(
    store: ObjectStore, tmp_path: Path
) -> None:
    code = f"{A}-261118-0009"
    register_receipt(store, code, procedure=None, received_at=_at(DAY - timedelta(days=2), 10),
                     who=ONE_STOP)
    scan = _batch(store, tmp_path, "scan", _at(DAY, 8))
    _outcome(store, scan, DossierReport(code, "qr", documents=[
        _archive(store, scan, code, "d9", _at(DAY, 9))]))
    report = digitisation_report(store, date_from=DAY - timedelta(days=5), date_to=DAY)
    assert _rows(report) == {("2026-11-18", A): (1, 1, 0, 0, 0)}  # 47 h after the counter


def test_rejected_pages_stay_counted_after_a_rescan_into_the_dossier(
    store: ObjectStore, tmp_path: Path
) -> None:
    code = f"{A}-261120-0005"
    first = _batch(store, tmp_path, "first", _at(DAY, 8))
    _outcome(store, first, DossierReport(code, "qr", documents=[
        _archive(store, first, code, "d5", _at(DAY, 8, 30), pages=(1, 2))],
        rejected=_rejected(first, 3, 4)))
    rescan = _batch(store, tmp_path, "rescan", _at(DAY + timedelta(days=1), 8), into=code)
    _outcome(store, rescan, DossierReport(code, "resubmitted", documents=[
        _archive(store, rescan, code, "d6", _at(DAY + timedelta(days=1), 8, 10), pages=(1,)),
        _archive(store, rescan, code, "d7", _at(DAY + timedelta(days=1), 8, 10), pages=(2,))],
        rejected=_rejected(rescan, 3)))
    report = digitisation_report(store, date_from=DAY, date_to=DAY + timedelta(days=1))
    (row,) = report.rows
    assert (row.day, row.received, row.digitised, row.digitised_within) == (
        "2026-11-20", 1, 1, 1)
    assert (row.rejected_pages, row.rescanned_pages) == (3, 2)
    assert report.totals.rescanned_pages == 2


class _CountingStore:
    """A wrapper (a fake, for counting) that records which objects are read."""

    def __init__(self, store: ObjectStore) -> None:
        self.store, self.read = store, []

    def get(self, key: str) -> bytes:
        self.read.append(key)
        return self.store.get(key)

    def __getattr__(self, name: str) -> object:
        return getattr(self.store, name)


def test_a_dossier_and_a_clerk_find_their_batches_without_reading_the_others(
    store: ObjectStore, tmp_path: Path
) -> None:
    code, other = f"{A}-261120-0005", f"{B}-261120-0006"
    first = _batch(store, tmp_path, "first", _at(DAY, 8))
    _outcome(store, first, DossierReport(code, "qr", documents=[
        _archive(store, first, code, "d5", _at(DAY, 8, 30))], rejected=_rejected(first, 3)))
    elsewhere = _batch(store, tmp_path, "elsewhere", _at(DAY, 9))
    _outcome(store, elsewhere, DossierReport(other, "qr", documents=[
        _archive(store, elsewhere, other, "d8", _at(DAY, 9, 30))]))
    rescan = _batch(store, tmp_path, "rescan", _at(DAY + timedelta(days=1), 8), into=code)
    _outcome(store, rescan, DossierReport(code, "resubmitted", documents=[
        _archive(store, rescan, code, "d6", _at(DAY + timedelta(days=1), 8, 10))]))

    counting = _CountingStore(store)
    found = dossier_outcomes(counting, code)  # type: ignore[arg-type]
    assert sorted(b for b, _ in found) == sorted([first.batch_id, rescan.batch_id])
    assert [r.page for _, d in found for r in d.rejected] == [3]
    assert not any(elsewhere.batch_id in k for k in counting.read)
    assert [b.name for b in recent_batches(store, CLERK)] == [
        "rescan.pdf", "elsewhere.pdf", "first.pdf"]
    assert [b.name for b in recent_batches(store, CLERK, limit=1)] == ["rescan.pdf"]
    assert recent_batches(store, "Người khác") == []

    # batches recorded before the pointers were kept get them from `sohoa reconcile`, once
    old = _batch(store, tmp_path, "old", _at(EVE, 8))
    old_code = f"{A}-261119-0007"
    outcome = {"path": "old.pdf", "dossiers": [{"receipt_code": old_code, "rejected": []}]}
    store.put(f"intake/batches/{old.batch_id}/outcome.json", json.dumps(outcome).encode())
    assert dossier_outcomes(store, old_code) == []
    assert old_code not in dossiers_of_day(store, EVE)
    noted = [c for _, c in changes_after(store, "")]
    assert link_existing(store) == 2  # the old dossier to its batch and its day
    assert [c for _, c in changes_after(store, "")] == [*noted, old_code]  # read it again
    assert old_code in dossiers_of_day(store, EVE)
    assert [b for b, _ in dossier_outcomes(store, old_code)] == [old.batch_id]
    assert link_existing(store) == 0


def test_dossiers_not_digitised_are_listed_to_chase(store: ObjectStore, tmp_path: Path) -> None:
    code = f"{B}-261120-0007"
    scan = _batch(store, tmp_path, "dark", _at(DAY, 14))
    _outcome(store, scan, DossierReport(code, "qr", rejected=_rejected(scan, 1, 2, 3),
                                        error="no page could be archived",
                                        error_code="no_pages"))
    report = digitisation_report(store, date_from=DAY, date_to=DAY, now=_at(DAY, 20))
    assert _rows(report) == {("2026-11-20", B): (1, 0, 0, 1, 3)}
    (pending,) = report.pending
    assert (pending.receipt_code, pending.agency, pending.hours_waiting, pending.scanned,
            pending.rejected_pages) == (code, B, 6.0, True, 3)


def test_the_paper_backlog_is_not_counted_as_received(
    store: ObjectStore, tmp_path: Path
) -> None:
    code = f"{A}-131105-0001"
    old = _batch(store, tmp_path, "backlog", _at(DAY, 8), closed=date(2013, 12, 31))
    _outcome(store, old, DossierReport(code, "qr", documents=[
        _archive(store, old, code, "d1", _at(DAY, 9))]))
    (row,) = digitisation_report(store, date_from=DAY, date_to=DAY).rows
    assert (row.received, row.digitised, row.backlog) == (0, 0, 1)
    assert row.share_digitised is None
    registered = f"{A}-261120-0002"  # registered by the counter: received, whatever the batch
    register_receipt(store, registered, procedure=None, received_at=_at(DAY, 7), who=ONE_STOP)
    also_old = _batch(store, tmp_path, "backlog-2", _at(DAY, 8), closed=date(2026, 11, 19))
    _outcome(store, also_old, DossierReport(registered, "qr", documents=[
        _archive(store, also_old, registered, "d2", _at(DAY, 9))]))
    (row,) = digitisation_report(store, date_from=DAY, date_to=DAY).rows
    assert (row.received, row.digitised, row.backlog) == (1, 1, 1)


def test_destroyed_documents_were_digitised_and_damaged_records_are_named(
    store: ObjectStore, tmp_path: Path
) -> None:
    code = f"{A}-261120-0008"
    scan = _batch(store, tmp_path, "scan", _at(DAY, 8))
    _outcome(store, scan, DossierReport(code, "qr"))
    store.put(f"disposed/{code}/d8/tombstone.json", json.dumps({
        "schema": TOMBSTONE_SCHEMA, "receipt_code": code, "document_id": "d8",
        "received_at": _at(DAY, 8).isoformat(), "destroyed_at": now_vn().isoformat()},
        ensure_ascii=False).encode())
    store.put(f"aip/{code}/d9/manifest.json", b"{damaged")
    store.put(f"aip/{B}-261120-0001/d1/manifest.json", b"{damaged, and nothing points to it")
    report = digitisation_report(store, date_from=DAY, date_to=DAY)
    assert _rows(report) == {("2026-11-20", A): (1, 1, 0, 0, 0)}  # when: unknown, so not within
    assert report.unreadable == [f"aip/{code}/d9/manifest.json"]  # read as part of its dossier


def test_the_report_refuses_a_period_backwards_or_too_long_and_no_hours(store: ObjectStore) -> None:
    with pytest.raises(UsageError, match="ends before it starts"):
        digitisation_report(store, date_from=DAY, date_to=EVE)
    with pytest.raises(UsageError, match="at most 731 days"):
        digitisation_report(store, date_from=date(1, 1, 1), date_to=date(9999, 12, 31))
    assert digitisation_report(store, date_from=DAY - timedelta(days=730), date_to=DAY).rows == []
    for hours in (0, -1, float("nan")):
        with pytest.raises(UsageError, match="above 0"):
            digitisation_report(store, date_from=DAY, date_to=DAY, within_hours=hours)


def test_the_csv_has_vietnamese_headers_and_a_total(store: ObjectStore, tmp_path: Path) -> None:
    _counter_day(store, tmp_path)
    text = report_csv(digitisation_report(store, date_from=EVE, date_to=DAY, within_hours=24))
    assert text == unicodedata.normalize("NFC", text)
    lines = text.splitlines()
    assert lines[0] == ("ngày,đơn vị,tiếp nhận,đã số hóa,số hóa trong 24 giờ,chưa số hóa,"
                        "trang bị trả lại,trang quét lại,tỷ lệ đã số hóa,tỷ lệ trong 24 giờ,"
                        "hồ sơ tồn đọng đã quét,có kết quả,kết quả đã số hóa,kết quả điện tử,"
                        "kết quả số hóa từ giấy,tỷ lệ kết quả đã số hóa")
    assert lines[1:] == [
        f"2026-11-19,{A},1,1,1,0,0,0,100.0%,100.0%,0,0,0,0,0,",
        f"2026-11-19,{B},1,0,0,1,0,0,0.0%,0.0%,0,0,0,0,0,",
        f"2026-11-20,{A},2,2,1,0,2,0,100.0%,50.0%,0,0,0,0,0,",
        f"2026-11-20,{B},1,0,0,1,0,0,0.0%,0.0%,0,0,0,0,0,",
        "tổng,,5,3,2,2,2,0,60.0%,40.0%,0,0,0,0,0,",
    ]
    text.encode("utf-8")
    empty = report_csv(digitisation_report(store, date_from=date(2020, 1, 1),
                                           date_to=date(2020, 1, 1), within_hours=1.5))
    assert empty.splitlines()[0].endswith("tỷ lệ trong 1.5 giờ,hồ sơ tồn đọng đã quét,có kết "
                                          "quả,kết quả đã số hóa,kết quả điện tử,kết quả số hóa "
                                          "từ giấy,tỷ lệ kết quả đã số hóa")
    assert empty.splitlines()[1:] == ["tổng,,0,0,0,0,0,0,,,0,0,0,0,0,"]


# --- results -------------------------------------------------------------------------------

def test_results_issued_and_digitised_per_day_and_agency(store: ObjectStore) -> None:
    both, scanned, paper_only = f"{A}-261120-0021", f"{A}-261120-0022", f"{B}-261120-0023"
    for n, code in enumerate((both, scanned, paper_only)):
        register_receipt(store, code, procedure=None, received_at=_at(DAY, 8 + n), who=ONE_STOP)
    _result(store, both, "r1", "electronic", _at(DAY, 15), received=_at(DAY, 8))
    _result(store, both, "r2", "scanned_paper", _at(DAY, 16), received=_at(DAY, 8))
    _issued(store, both, _at(DAY, 15))
    _result(store, scanned, "r3", "scanned_paper", _at(DAY, 15, 30), received=_at(DAY, 9))
    _issued(store, scanned, _at(DAY, 15, 30))
    _issued(store, paper_only, _at(DAY, 16))  # issued on paper that nobody scanned

    report = digitisation_report(store, date_from=DAY, date_to=DAY)
    assert _results(report) == {("2026-11-20", A): (2, 2, 1, 1), ("2026-11-20", B): (1, 0, 0, 0)}
    assert _rows(report) == {("2026-11-20", A): (2, 0, 0, 2, 0),  # results are no papers
                             ("2026-11-20", B): (1, 0, 0, 1, 0)}
    a, b = report.rows
    assert (a.share_results, b.share_results) == (1.0, 0.0)
    t = report.totals
    assert (t.results_issued, t.results_digitised, t.results_electronic, t.results_paper) == (
        3, 2, 1, 1)
    assert t.share_results == pytest.approx(2 / 3)
    data = json.loads(json.dumps(report.to_json()))
    assert data["totals"]["share_results"] == pytest.approx(2 / 3)
    assert data["rows"][1]["results_issued"] == 1 and data["rows"][1]["share_results"] == 0.0
    only_b = digitisation_report(store, date_from=DAY, date_to=DAY, agencies=(B,))
    assert _results(only_b) == {("2026-11-20", B): (1, 0, 0, 0)}
    assert (only_b.totals.results_issued, only_b.totals.share_results) == (1, 0.0)
    lines = report_csv(report).splitlines()
    assert lines[1:] == [f"2026-11-20,{A},2,0,0,2,0,0,0.0%,0.0%,0,2,2,1,1,100.0%",
                         f"2026-11-20,{B},1,0,0,1,0,0,0.0%,0.0%,0,1,0,0,0,0.0%",
                         "tổng,,3,0,0,3,0,0,0.0%,0.0%,0,3,2,1,1,66.7%"]
    assert digitisation_report(store, date_from=EVE, date_to=EVE).totals.results_issued == 0


def test_a_result_counts_on_the_day_it_was_issued(store: ObjectStore, tmp_path: Path) -> None:
    code, later = f"{A}-261120-0031", DAY + timedelta(days=2)
    scan = _batch(store, tmp_path, "scan", _at(DAY, 8))
    _outcome(store, scan, DossierReport(code, "qr", documents=[
        _archive(store, scan, code, "d1", _at(DAY, 9))]))
    _result(store, code, "r1", "signed_elsewhere", _at(later, 10), received=_at(DAY, 8))
    _issued(store, code, _at(later, 10))
    assert code in dossiers_of_day(store, later)  # the day it was issued points to it
    # archived with no step recorded: counted on the day it was archived
    unstepped = f"{B}-261120-0032"
    register_receipt(store, unstepped, procedure=None, received_at=_at(DAY, 10), who=ONE_STOP)
    _result(store, unstepped, "r2", "certified_copy", _at(later, 11), received=_at(DAY, 10))

    report = digitisation_report(store, date_from=DAY, date_to=later)
    assert _rows(report) == {("2026-11-20", A): (1, 1, 1, 0, 0),
                             ("2026-11-20", B): (1, 0, 0, 1, 0),
                             ("2026-11-22", A): (0, 0, 0, 0, 0),
                             ("2026-11-22", B): (0, 0, 0, 0, 0)}
    assert _results(report) == {("2026-11-20", A): (0, 0, 0, 0), ("2026-11-20", B): (0, 0, 0, 0),
                                ("2026-11-22", A): (1, 1, 1, 0), ("2026-11-22", B): (1, 1, 0, 1)}
    only_then = digitisation_report(store, date_from=later, date_to=later, agencies=(A,))
    assert _results(only_then) == {("2026-11-22", A): (1, 1, 1, 0)}
    t = only_then.totals
    assert (t.received, t.digitised, t.results_issued, t.share_results) == (0, 0, 1, 1.0)
    assert only_then.pending == [] and only_then.rows[0].share_digitised is None
    before = digitisation_report(store, date_from=DAY, date_to=DAY + timedelta(days=1))
    assert before.totals.results_issued == 0 and before.totals.received == 2


def test_a_result_does_not_make_the_papers_received_digitised(
    store: ObjectStore, tmp_path: Path
) -> None:
    waiting, slow = f"{A}-261120-0041", f"{A}-261120-0042"
    for code in (waiting, slow):
        register_receipt(store, code, procedure=None, received_at=_at(DAY, 8), who=ONE_STOP)
    _result(store, waiting, "r1", "scanned_paper", _at(DAY, 9), received=_at(DAY, 8))
    _issued(store, waiting, _at(DAY, 9))
    _result(store, slow, "r2", "electronic", _at(DAY, 9), received=_at(DAY, 8))
    scan = _batch(store, tmp_path, "slow", _at(DAY + timedelta(days=2), 8))
    _outcome(store, scan, DossierReport(slow, "qr", documents=[
        _archive(store, scan, slow, "d2", _at(DAY + timedelta(days=2), 9))]))
    old = f"{A}-131105-0001"  # the paper backlog, whose result is then issued
    backlog = _batch(store, tmp_path, "backlog", _at(DAY, 8), closed=date(2013, 12, 31))
    _outcome(store, backlog, DossierReport(old, "qr", documents=[
        _archive(store, backlog, old, "d3", _at(DAY, 9))]))
    _result(store, old, "r3", "scanned_paper", _at(DAY, 10), received=_at(DAY, 8))

    report = digitisation_report(store, date_from=DAY, date_to=DAY, now=_at(DAY, 12))
    (row,) = report.rows
    assert (row.received, row.digitised, row.digitised_within, row.backlog) == (2, 1, 0, 1)
    assert [p.receipt_code for p in report.pending] == [waiting]
    assert (row.results_issued, row.results_digitised, row.results_electronic,
            row.results_paper) == (3, 3, 1, 2)
