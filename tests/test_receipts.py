"""Receipts the one-stop software registers: once per receipt code, with a zone, not in the
future; registered again the same, refused when it differs."""

from __future__ import annotations

import json
import unicodedata
from datetime import UTC, date, datetime, timedelta

import pytest

from archive import ObjectStore
from pipeline.receipts import ReceiptConflictError, load_receipt, register_receipt
from sohoa.clock import VN_TZ, now_vn
from sohoa.errors import SohoaError, UsageError

A = "000.00.12.H19"
DAY = date(2026, 11, 20)
ONE_STOP = "Phần mềm một cửa"


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=VN_TZ)


def test_a_receipt_is_registered_once(store: ObjectStore) -> None:
    code = f"{A}-261120-0005"
    decomposed = unicodedata.normalize("NFD", "Đăng ký  khai sinh ")
    first = register_receipt(store, code, procedure=decomposed, received_at=_at(DAY, 9),
                             who=unicodedata.normalize("NFD", ONE_STOP))
    assert {k: first[k] for k in ("receipt_code", "agency", "procedure", "received_at",
                                  "registered_by")} == {
        "receipt_code": code, "agency": A, "procedure": "Đăng ký khai sinh",
        "received_at": "2026-11-20T09:00:00+07:00", "registered_by": ONE_STOP}
    assert datetime.fromisoformat(first["registered_at"]).utcoffset() == timedelta(hours=7)
    assert json.loads(store.get(f"receipts/{code}.json")) == first == load_receipt(store, code)
    same_in_utc = register_receipt(store, code, procedure="Đăng ký khai sinh",
                                   received_at=_at(DAY, 9).astimezone(UTC),
                                   who="someone else")
    assert same_in_utc == first
    with pytest.raises(ReceiptConflictError,
                       match="procedure was 'Đăng ký khai sinh', now 'Đăng ký kết hôn'"
                       ) as conflict:
        register_receipt(store, code, procedure="Đăng ký kết hôn", received_at=_at(DAY, 9),
                         who=ONE_STOP)
    assert code in conflict.value.message and "received_at" not in conflict.value.message
    assert isinstance(conflict.value, SohoaError)
    assert (conflict.value.code, conflict.value.http_status) == ("receipt_conflict", 409)
    with pytest.raises(ReceiptConflictError, match="received_at") as moved:
        register_receipt(store, code, procedure="Đăng ký khai sinh", received_at=_at(DAY, 10),
                         who=ONE_STOP)
    assert "procedure" not in moved.value.message
    assert load_receipt(store, code) == first
    assert load_receipt(store, f"{A}-261120-0006") is None
    assert load_receipt(store, "../receipts/x") is None


def test_a_receipt_needs_a_code_a_zone_and_a_time_not_in_the_future(
    store: ObjectStore
) -> None:
    with pytest.raises(UsageError, match=r"'\.\./x'.*not a receipt code.*000\.00\.12\.H19"):
        register_receipt(store, "../x", procedure=None, received_at=_at(DAY, 9), who="x")
    with pytest.raises(UsageError, match="not a receipt code"):
        register_receipt(store, "A" * 65, procedure=None, received_at=_at(DAY, 9), who="x")
    code = f"{A}-261120-0001"
    with pytest.raises(UsageError, match=f"{code}.*time zone"):
        register_receipt(store, code, procedure=None, received_at=datetime(2026, 11, 20, 9),
                         who="x")
    with pytest.raises(UsageError, match=f"{code}.*future"):
        register_receipt(store, code, procedure=None,
                         received_at=now_vn() + timedelta(days=1), who="x")
    assert list(store.list("receipts/")) == []
    # the one-stop software's clock may be a little ahead of ours
    ahead = register_receipt(store, code, procedure=None,
                             received_at=now_vn() + timedelta(minutes=1), who="x")
    assert load_receipt(store, code) == ahead
