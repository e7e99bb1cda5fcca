"""The digitisation report: dossiers received against digitised, per day and agency."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from archive import ObjectStore
from pipeline.digitisation import (
    ReceiptConflictError,
    digitisation_report,
    load_receipt,
    register_receipt,
    report_csv,
)
from sohoa.clock import VN_TZ
from sohoa.errors import UsageError

A, B = "000.00.12.H19", "000.00.21.H56"
DAY = date(2026, 11, 20)


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=VN_TZ)


def _batch(store: ObjectStore, batch_id: str, received: datetime,
           dossiers: list[tuple[str, int]]) -> None:
    """A batch as intake and the runner write it: code and number of rejected pages."""
    store.put(f"intake/batches/{batch_id}/batch.json", json.dumps({
        "batch_id": batch_id, "name": f"{batch_id}.pdf", "received_at": received.isoformat(),
        "clerk": "Nguyễn Thị Lan"}).encode())
    store.put(f"intake/batches/{batch_id}/outcome.json", json.dumps({"dossiers": [
        {"receipt_code": code, "rejected": [{"file": f"{batch_id}.pdf", "page": p}
                                            for p in range(1, rejected + 1)] * 2}
        for code, rejected in dossiers]}).encode())


def _archived(store: ObjectStore, code: str, doc: str, received: datetime,
              archived: datetime) -> None:
    store.put(f"aip/{code}/{doc}/manifest.json", json.dumps({
        "receipt_code": code, "document_id": doc,
        "dossier": {"received_at": received.isoformat()},
        "signature": {"signed_at": archived.isoformat()},
        "events": [{"at": archived.isoformat(), "event": "archived", "by": "sohoa"}],
    }).encode())


def test_received_digitised_within_and_rejected_per_day_and_agency(store: ObjectStore) -> None:
    morning = _at(DAY, 8)
    _batch(store, "b1", morning, [(f"{A}-261120-0001", 2), (f"{A}-261120-0002", 0)])
    _archived(store, f"{A}-261120-0001", "d1", morning, morning + timedelta(hours=2))
    _archived(store, f"{A}-261120-0001", "d2", morning, morning + timedelta(hours=1))
    _archived(store, f"{A}-261120-0002", "d3", morning, morning + timedelta(hours=30))
    register_receipt(store, f"{B}-261120-0003", procedure="Đăng ký khai sinh",
                     received_at=_at(DAY, 9), who="một cửa")  # never scanned
    register_receipt(store, f"{B}-261119-0004", procedure=None,  # late evening: the 19th
                     received_at=_at(DAY - timedelta(days=1), 23, 30), who="một cửa")
    report = digitisation_report(store, date_from=DAY - timedelta(days=1), date_to=DAY,
                                 within_hours=24)
    rows = {(r.day, r.agency): r.to_json() for r in report.rows}
    assert set(rows) == {("2026-11-20", A), ("2026-11-20", B), ("2026-11-19", B)}
    a = rows[("2026-11-20", A)]
    assert (a["received"], a["digitised"], a["digitised_within"], a["pending"],
            a["rejected_pages"]) == (2, 2, 1, 0, 2)
    assert a["share_digitised"] == 1.0 and a["share_within"] == 0.5
    b = rows[("2026-11-20", B)]
    assert (b["received"], b["digitised"], b["pending"], b["share_within"]) == (1, 0, 1, 0.0)
    assert report.totals.received == 4 and report.totals.digitised == 2
    assert [p.receipt_code for p in report.pending] == [f"{B}-261119-0004", f"{B}-261120-0003"]
    only_a = digitisation_report(store, date_from=DAY, date_to=DAY, agencies=(A,))
    assert [r.agency for r in only_a.rows] == [A]
    assert digitisation_report(store, date_from=DAY + timedelta(days=1),
                               date_to=DAY + timedelta(days=2)).rows == []
    csv = report_csv(report)
    assert csv.splitlines()[0].startswith("ngày,đơn vị,tiếp nhận,đã số hóa")
    assert f"2026-11-20,{A},2,2,1,0,2,100.0%,50.0%" in csv
    assert csv.splitlines()[-1].startswith("tổng,,4,2,1,2,2")


def test_a_registered_receipt_counts_from_its_own_time(store: ObjectStore) -> None:
    code = f"{A}-261118-0009"
    register_receipt(store, code, procedure=None, received_at=_at(DAY - timedelta(days=2), 10),
                     who="một cửa")
    _batch(store, "b2", _at(DAY, 8), [(code, 0)])
    _archived(store, code, "d9", _at(DAY, 8), _at(DAY, 9))
    report = digitisation_report(store, date_from=DAY - timedelta(days=5), date_to=DAY,
                                 within_hours=24)
    (row,) = report.rows
    assert (row.day, row.received, row.digitised, row.digitised_within) == (
        "2026-11-18", 1, 1, 0)


def test_receipts_are_registered_once(store: ObjectStore) -> None:
    code = f"{A}-261120-0005"
    first = register_receipt(store, code, procedure="Đăng ký khai sinh",
                             received_at=_at(DAY, 9), who="một cửa")
    again = register_receipt(store, code, procedure="Đăng ký khai sinh",
                             received_at=_at(DAY, 9), who="ai đó")
    assert again == first == load_receipt(store, code)
    with pytest.raises(ReceiptConflictError, match="procedure"):
        register_receipt(store, code, procedure="Đăng ký kết hôn", received_at=_at(DAY, 9),
                         who="một cửa")
    with pytest.raises(UsageError, match="not a receipt code"):
        register_receipt(store, "../x", procedure=None, received_at=_at(DAY, 9), who="x")
    with pytest.raises(UsageError, match="time zone"):
        register_receipt(store, code, procedure=None, received_at=datetime(2026, 11, 20),
                         who="x")
    with pytest.raises(UsageError, match="future"):
        register_receipt(store, f"{A}-1", procedure=None,
                         received_at=datetime.now(VN_TZ) + timedelta(days=1), who="x")
