"""The digitisation report's summaries: a report that reads them gives the figures a report
reading every dossier from its own keys gives, before and after the dossiers change.

The dossiers are written by the real writers (see tests/test_digitisation.py, whose helpers
these tests use); a destroyed document is destroyed by the steps ``archive.disposal`` takes.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from archive import ObjectStore, keys
from archive.changes import changes_after, note_change
from archive.disposal import TOMBSTONE_SCHEMA
from archive.errors import ArchiveError
from archive.store import put_json
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
    _counter_day,
    _CountingStore,
    _issued,
    _outcome,
    _rejected,
    _result,
)

LATER = DAY + timedelta(days=2)


class _FakeReadOnlyStore(_CountingStore):
    """A fake: the store as a role that may only read it sees it (every write refused)."""

    def put(self, key: str, data: bytes, **_: Any) -> None:
        raise ArchiveError(f"{key}: access denied")

    def delete(self, key: str, **_: Any) -> None:
        raise ArchiveError(f"{key}: access denied")


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Changes count as written as soon as they are noted (one machine, one clock): so the
    summaries a report writes hold what the tests wrote just before."""
    monkeypatch.setattr(digitisation_summaries, "SETTLE", timedelta(0))


def _report(store: ObjectStore, *, summaries: bool = True, date_to: date = LATER
            ) -> dict[str, Any]:
    report = digitisation_report(store, date_from=EVE, date_to=date_to, within_hours=24,
                                 now=_at(LATER, 17), summaries=summaries)
    return report.to_json()


def _same(store: ObjectStore) -> dict[str, Any]:
    """The report as the summaries give it, checked against one read from scratch."""
    kept = _report(store)
    assert kept == _report(store, summaries=False)
    return kept


def _summaries(store: ObjectStore) -> list[str]:
    return list(store.list(keys.REPORT_DAYS))


def _varied(store: ObjectStore, tmp_path: Path) -> None:
    """Dossiers of every kind: received by the counter or registered, digitised in time and
    late, with rejected pages and a rescan, of the backlog, never scanned, with results
    electronic, from paper, issued on paper only, and a destroyed document."""
    _counter_day(store, tmp_path)  # late, in time, rejected pages, registered, not scanned
    code = f"{A}-261120-0005"
    first = _batch(store, tmp_path, "first", _at(DAY, 8))
    _outcome(store, first, DossierReport(code, "qr", documents=[
        _archive(store, first, code, "d5", _at(DAY, 8, 30), pages=(1, 2))],
        rejected=_rejected(first, 3, 4)))
    rescan = _batch(store, tmp_path, "rescan", _at(DAY + timedelta(days=1), 8), into=code)
    _outcome(store, rescan, DossierReport(code, "resubmitted", documents=[
        _archive(store, rescan, code, "d6", _at(DAY + timedelta(days=1), 8, 10), pages=(3,))],
        rejected=_rejected(rescan, 4)))
    old = f"{A}-131105-0001"
    backlog = _batch(store, tmp_path, "backlog", _at(DAY, 8), closed=date(2013, 12, 31))
    _outcome(store, backlog, DossierReport(old, "qr", documents=[
        _archive(store, backlog, old, "d7", _at(DAY, 9))]))
    both, paper_only = f"{B}-261120-0021", f"{B}-261120-0023"
    for n, c in enumerate((both, paper_only)):
        register_receipt(store, c, procedure="Đăng ký kết hôn", received_at=_at(DAY, 8 + n),
                         who=ONE_STOP)
    _result(store, both, "r1", "electronic", _at(LATER, 15), received=_at(DAY, 8))
    _result(store, both, "r2", "scanned_paper", _at(LATER, 16), received=_at(DAY, 8))
    _issued(store, both, _at(LATER, 15))
    _issued(store, paper_only, _at(DAY, 16))
    _destroy(store, f"{A}-261120-0001", "d2", received=_at(DAY, 8))


def _destroy(store: ObjectStore, code: str, document_id: str, *, received: Any) -> None:
    """Destroy a document by the steps archive.disposal.execute takes: its change noted, its
    tombstone, its objects deleted (manifest first), its change noted again."""
    note_change(store, code)
    put_json(store, keys.tombstone(code, document_id), {
        "schema": TOMBSTONE_SCHEMA, "receipt_code": code, "document_id": document_id,
        "received_at": received.isoformat(), "destroyed_at": now_vn().isoformat()})
    record = keys.aip(code, document_id)
    for key in [record + "manifest.json", *store.list(record)]:
        if store.exists(key):
            store.delete(key)
    note_change(store, code)


@pytest.mark.usefixtures("settled")
def test_summaries_give_the_figures_read_from_scratch_before_and_after_changes(
    store: ObjectStore, tmp_path: Path
) -> None:
    _varied(store, tmp_path)
    assert _summaries(store) == []  # an archive of an earlier release: none yet
    cold = _CountingStore(store)
    first = _same(cold)
    assert first["totals"]["received"] == 8 and first["totals"]["backlog"] == 1
    assert first["totals"]["results_issued"] == 2 and first["totals"]["rescanned_pages"] == 1
    assert {k.split("/")[2] for k in _summaries(store)} == {
        "2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22"}
    warm = _CountingStore(store)
    assert _report(warm) == first
    assert all(k.startswith(keys.REPORT_ROLLUPS) for k in warm.read)  # one rollup per day
    assert len(warm.read) == 4 < len(cold.read) // 10

    # Changes after the summaries were written, by the writers: each is read again.
    waiting = f"{B}-261120-0003"  # registered, never scanned: now scanned and archived
    scan = _batch(store, tmp_path, "later", _at(LATER, 8))
    _outcome(store, scan, DossierReport(waiting, "qr", documents=[
        _archive(store, scan, waiting, "d30", _at(LATER, 9))], rejected=_rejected(scan, 2)))
    late = f"{A}-261120-0002"  # its result issued on paper, then scanned
    _issued(store, late, _at(LATER, 10))
    _result(store, late, "r3", "certified_copy", _at(LATER, 11), received=_at(DAY, 8))
    _destroy(store, f"{A}-261120-0005", "d5", received=_at(DAY, 8))  # the first archived
    new = f"{B}-261122-0001"
    register_receipt(store, new, procedure=None, received_at=_at(LATER, 7), who=ONE_STOP)
    second = _same(store)
    assert second != first
    assert second["totals"]["digitised"] == first["totals"]["digitised"] + 1
    assert second["totals"]["results_issued"] == 3 and second["totals"]["received"] == 9
    assert _report(store) == second  # and again, from the summaries written since
    assert len(_summaries(store)) == 4  # each replaced, not added to


def test_a_dossier_written_while_a_report_reads_it_is_read_again(
    store: ObjectStore, tmp_path: Path
) -> None:
    code = f"{A}-261120-0051"
    scan = _batch(store, tmp_path, "scan", _at(DAY, 8))
    _outcome(store, scan, DossierReport(code, "qr", documents=[
        _archive(store, scan, code, "d1", _at(DAY, 9))]))
    # Its receipt's writer noted the change, and a report ran before the receipt was written.
    note_change(store, code)
    assert _report(store)["totals"]["received"] == 1 and _summaries(store)
    put_json(store, keys.receipt(code), {"receipt_code": code, "agency": A, "procedure": None,
                                         "received_at": _at(EVE, 16).isoformat()})
    after = _same(store)
    assert [(r["day"], r["received"]) for r in after["rows"]] == [("2026-11-19", 1)]


@pytest.mark.usefixtures("settled")
def test_a_report_that_may_not_write_and_damaged_summaries_give_the_same_figures(
    store: ObjectStore, tmp_path: Path
) -> None:
    _varied(store, tmp_path)
    expected = _report(store, summaries=False)
    assert _summaries(store) == []  # read from scratch: nothing written
    read_only = _FakeReadOnlyStore(store)
    assert _report(read_only) == expected and _summaries(store) == []
    assert _report(store) == expected
    for prefix in (keys.REPORT_DAYS, keys.REPORT_ROLLUPS):  # the summary, then its rollup
        (kept,) = [k for k in store.list(prefix) if "/2026-11-20/" in k]
        store.delete(kept)
        store.put(kept, b"{damaged")
        assert _report(store) == expected
    for prefix in (keys.REPORT_DAYS, keys.REPORT_ROLLUPS):  # both written again
        assert json.loads(store.get(next(k for k in store.list(prefix)
                                         if "/2026-11-20/" in k)))["day"] == "2026-11-20"


@pytest.mark.usefixtures("settled")
def test_a_summary_from_another_period_and_two_reports_at_once(
    store: ObjectStore, tmp_path: Path
) -> None:
    _varied(store, tmp_path)
    one_day = digitisation_report(store, date_from=DAY, date_to=DAY, now=_at(LATER, 17))
    assert one_day.to_json() == digitisation_report(
        store, date_from=DAY, date_to=DAY, now=_at(LATER, 17), summaries=False).to_json()
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as pool:
        both = list(pool.map(lambda _: _report(store), range(2)))
    assert both[0] == both[1] == _report(store, summaries=False)


def test_every_writer_of_what_the_report_reads_notes_the_change_first(
    store: ObjectStore, tmp_path: Path
) -> None:
    code = f"{A}-261120-0061"

    def notes() -> list[str]:
        return [c for _, c in changes_after(store, "")]

    register_receipt(store, code, procedure=None, received_at=_at(DAY, 8), who=ONE_STOP)
    assert notes() == [code]
    scan = _batch(store, tmp_path, "scan", _at(DAY, 9))
    assert notes() == [code]  # a batch received is nothing the report counts yet
    document = _archive(store, scan, code, "d1", _at(DAY, 10))
    assert notes() == [code] * 2
    _outcome(store, scan, DossierReport(code, "qr", documents=[document]))
    assert notes() == [code] * 3
    _issued(store, code, _at(LATER, 9))  # digitised and sent are not read; issued is
    assert notes() == [code] * 4
    _archive(store, scan, code, "d1", _at(DAY, 10))  # archived before: nothing written
    assert notes() == [code] * 4


def test_notes_older_than_any_summary_read_are_removed(store: ObjectStore,
                                                       tmp_path: Path) -> None:
    from datetime import UTC, datetime

    _varied(store, tmp_path)
    now = datetime.now(UTC)
    old = [note_change(store, f"{A}-261120-00{n}", at=now - timedelta(days=40 + n))
           for n in range(3)]
    kept = note_change(store, f"{A}-261120-0099", at=now - timedelta(days=20))
    assert digitisation_summaries.prune_notes(store, now) == 3
    left = [key for key, _ in changes_after(store, "")]
    assert kept in left and not set(old) & set(left)
    assert digitisation_summaries.prune_notes(store, now) == 0
    _same(store)  # the report needs none of them
    late = note_change(store, f"{A}-261120-0098", at=now - timedelta(days=50))
    # a role that may not delete: nothing removed, nothing raised, the next run goes on
    assert digitisation_summaries.prune_notes(_FakeReadOnlyStore(store), now) == 0
    assert late in [key for key, _ in changes_after(store, "")]


def test_the_workers_schedule_removes_old_notes_daily(tmp_path: Path) -> None:
    from pipeline.celery_app import configure
    from tests.web_support import settings_for

    settings = settings_for(tmp_path / "data")
    settings.broker_url = "redis://127.0.0.1:1/0"
    entry = configure(settings).conf.beat_schedule["notes"]
    assert entry["task"] == "sohoa.prune_notes"
    assert entry["schedule"].hour == {settings.backup.hour}
