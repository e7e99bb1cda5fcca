"""The digitisation report's rollups: a report that adds up the days' rollups gives, for any
hours and agencies asked, the figures a report reading every dossier gives; a rollup of a
day long past stays trusted through the marks the daily job vouches for; the daily job
writes the rollups a first view then finds.

The dossiers are written by the real writers (see tests/test_digitisation.py); the tests
that move time forward do it with a fake clock for the summaries alone (the notes of
changes keep the real time they were written at, which is then in the past).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from archive import ObjectStore, keys
from pipeline import digitisation_summaries
from pipeline.digitisation import digitisation_report
from pipeline.receipts import register_receipt
from pipeline.reports import DossierReport
from sohoa.clock import now_vn
from tests.test_digitisation import (
    DAY,
    EVE,
    ONE_STOP,
    A,
    B,
    _archive,
    _at,
    _batch,
    _CountingStore,
    _issued,
    _outcome,
    _rejected,
    _result,
)
from tests.test_digitisation_summaries import LATER, _varied


@pytest.fixture(autouse=True)
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Changes count as written as soon as they are noted (one machine, one clock)."""
    monkeypatch.setattr(digitisation_summaries, "SETTLE", timedelta(0))


def _report(store: ObjectStore, *, summaries: bool = True, hours: float = 24,
            agencies: tuple[str, ...] = ()) -> dict[str, Any]:
    return digitisation_report(store, date_from=EVE, date_to=LATER, within_hours=hours,
                               agencies=agencies, now=_at(LATER, 17),
                               summaries=summaries).to_json()


def _asked(store: ObjectStore, counted: _CountingStore | None = None) -> None:
    """Every question (hours, agencies) answered from the summaries (read through
    ``counted`` when given) as from scratch."""
    for hours, agencies in [(24, ()), (1, ()), (1.5, ()), (30.5, ()), (0.25, (A,)),
                            (24, (B,)), (48, (A, B))]:
        assert _report(counted or store, hours=hours, agencies=agencies) == _report(
            store, summaries=False, hours=hours, agencies=agencies), (hours, agencies)


def _not_reports(store: _CountingStore) -> list[str]:
    return [k for k in store.read if not k.startswith("reports/")]


def _days_back() -> int:
    """Days from yesterday back to the first day of the tests' dossiers."""
    return (now_vn().date() - EVE).days + 31


def test_rollups_answer_any_hours_and_agencies_as_from_scratch(
    store: ObjectStore, tmp_path: Path
) -> None:
    _varied(store, tmp_path)  # a rescan lists a dossier on two days, results on later days
    _report(store)  # writes the summaries and rollups
    assert {k.split("/")[2] for k in store.list(keys.REPORT_ROLLUPS)} == {
        "2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22"}
    warm = _CountingStore(store)
    _asked(store, warm)
    assert _not_reports(warm) == []  # nothing but rollups read
    rollup = json.loads(store.get(next(k for k in store.list(keys.REPORT_ROLLUPS)
                                       if "/2026-11-20/" in k)))
    assert rollup["agencies"][A]["received"] >= 2 and rollup["agencies"][A]["delays"]
    assert "dossiers" not in rollup  # the facts stay in the summary beside it

    # A new dossier on the day of a rescan: that day is added up from the facts again, the
    # rescanned dossier's receipt still counted once, by the rollup of its receipt day.
    register_receipt(store, f"{B}-261121-0001", procedure=None, received_at=_at(
        DAY + timedelta(days=1), 9), who=ONE_STOP)
    _asked(store)
    # A dossier changed after its rollup: its day is added up from the facts again.
    waiting = f"{B}-261120-0003"
    scan = _batch(store, tmp_path, "later", _at(LATER, 8))
    _outcome(store, scan, DossierReport(waiting, "qr", documents=[
        _archive(store, scan, waiting, "d30", _at(LATER, 9))], rejected=_rejected(scan, 2)))
    changed = _CountingStore(store)
    _asked(store, changed)
    assert _not_reports(changed)  # the changed dossier read from its own keys
    again = _CountingStore(store)
    _asked(store, again)
    assert _not_reports(again) == []  # and kept in the rollups written since


def test_a_dossier_its_result_day_does_not_list_is_kept_with_its_facts(
    store: ObjectStore, tmp_path: Path
) -> None:
    code = f"{B}-261120-0031"
    register_receipt(store, code, procedure="Đăng ký kết hôn", received_at=_at(DAY, 8),
                     who=ONE_STOP)
    _result(store, code, "r1", "electronic", _at(LATER, 15), received=_at(DAY, 8))
    _issued(store, code, _at(LATER, 15))
    store.delete(keys.day_dossiers(LATER.isoformat(), code))  # listed on its receipt day only
    expected = _report(store, summaries=False)
    assert expected["totals"]["results_issued"] == 1
    _report(store)
    warm = _CountingStore(store)
    assert _report(warm) == expected and _not_reports(warm) == []
    (rollup,) = [json.loads(store.get(k)) for k in store.list(keys.REPORT_ROLLUPS)]
    assert list(rollup["strays"]) == [code]


def test_without_its_facts_kept_the_result_would_be_lost(
    store: ObjectStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same, with every day taken for listing every dossier: the result is not counted
    (what keeping a stray's facts prevents)."""
    code = f"{B}-261120-0031"
    register_receipt(store, code, procedure=None, received_at=_at(DAY, 8), who=ONE_STOP)
    _issued(store, code, _at(LATER, 15))
    store.delete(keys.day_dossiers(LATER.isoformat(), code))
    monkeypatch.setattr(digitisation_summaries._Listed, "__call__", lambda *_: True)
    _report(store)
    assert _report(store)["totals"]["results_issued"] == 0
    assert _report(store, summaries=False)["totals"]["results_issued"] == 1


class _CountingPuts:
    """A wrapper (a fake, for counting) that records which objects are written."""

    def __init__(self, store: ObjectStore) -> None:
        self.store, self.put_keys = store, []

    def put(self, key: str, data: bytes, *args: object, **kwargs: object) -> object:
        self.put_keys.append(key)
        return self.store.put(key, data, *args, **kwargs)

    def __getattr__(self, name: str) -> object:
        return getattr(self.store, name)


def _later(monkeypatch: pytest.MonkeyPatch, days: int) -> datetime:
    at = datetime.now(UTC) + timedelta(days=days)
    monkeypatch.setattr(digitisation_summaries, "_clock", lambda: at)
    return at


def test_rollups_of_days_long_past_stay_trusted_through_the_marks(
    store: ObjectStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _varied(store, tmp_path)
    _report(store)
    late = f"{A}-261120-0002"  # changed after its rollup: its result issued on paper
    _issued(store, late, _at(LATER, 10))
    expected = _report(store, summaries=False)
    _later(monkeypatch, 20)  # the daily job, twenty days on
    writes = _CountingPuts(store)
    monkeypatch.setattr(digitisation_summaries, "_CHUNK", 1)  # a day at a time: four vouch
    assert digitisation_summaries.keep_summaries(writes, days=_days_back() + 20) > 7
    assert len(list(store.list(keys.REPORT_MARKS))) == 1
    assert len([k for k in writes.put_keys if k.startswith(keys.REPORT_MARKS)]) == 1  # once
    # Forty days on, every note older than any mark read is removed.
    now = _later(monkeypatch, 45)
    assert digitisation_summaries.prune_notes(store, now - timedelta(days=5)) > 0
    assert list(store.list(keys.REPORT_CHANGES)) == []
    warm = _CountingStore(store)
    assert _report(warm) == expected
    assert _not_reports(warm) == []  # older than 31 days, trusted through the marks
    _asked(store)

    for key in list(store.list(keys.REPORT_MARKS)):  # without the marks: read again
        store.delete(key)
    cold = _CountingStore(store)
    assert _report(cold) == expected
    assert len(_not_reports(cold)) > 10


def test_the_daily_job_writes_the_rollups_a_first_view_finds(
    store: ObjectStore, tmp_path: Path
) -> None:
    _varied(store, tmp_path)
    expected = _report(store, summaries=False)
    assert list(store.list(keys.REPORT_ROLLUPS)) == []
    assert digitisation_summaries.keep_summaries(store, budget=timedelta(0)) == 0
    assert list(store.list(keys.REPORT_ROLLUPS)) == []  # no time: nothing written
    days = _days_back()
    assert digitisation_summaries.keep_summaries(store, days=days) == days
    assert {k.split("/")[2] for k in store.list(keys.REPORT_ROLLUPS)} == {
        "2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22"}
    first = _CountingStore(store)
    assert _report(first) == expected
    assert _not_reports(first) == []  # the first view reads the rollups alone


def test_the_workers_schedule_keeps_the_summaries_daily(tmp_path: Path) -> None:
    from pipeline.celery_app import configure
    from tests.web_support import settings_for

    settings = settings_for(tmp_path / "data")
    settings.broker_url = "redis://127.0.0.1:1/0"
    schedule = configure(settings).conf.beat_schedule
    entry, notes = schedule["summaries"], schedule["notes"]
    assert entry["task"] == "sohoa.keep_summaries"
    assert entry["schedule"].hour == notes["schedule"].hour == {settings.backup.hour}
    assert min(entry["schedule"].minute) > min(notes["schedule"].minute)  # after the pruning
