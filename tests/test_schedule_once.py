"""Two machines both running ``sohoa worker --beat`` send every scheduled job twice: each job
claims its period (``Locks.once``), so one of them runs it and the other skips it."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import pipeline.tasks as tasks
from pipeline.settings import Settings
from sohoa.db import Database
from sohoa.locks import FileLocks, Locks, PgLocks

ADAPTERS = ["files", pytest.param("postgres", marks=[pytest.mark.integration,
                                                    pytest.mark.postgres])]


@pytest.fixture(params=ADAPTERS)
def machine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[], Locks]]:
    """Make the locks of one more machine (or process) of one installation."""
    url = request.getfixturevalue("pg_url") if request.param == "postgres" else None
    opened: list[Database] = []

    def make() -> Locks:
        if url is None:
            return FileLocks(tmp_path / "locks")
        opened.append(Database(url))
        return PgLocks(opened[-1])

    yield make
    for db in opened:
        db.close()


def test_a_job_runs_once_per_period(machine: Callable[[], Locks]) -> None:
    one, two = machine(), machine()
    assert one.once("schedule.backup", 3600)
    assert not two.once("schedule.backup", 3600)
    assert not one.once("schedule.backup", 3600)
    assert two.once("schedule.fixity", 3600)  # another job has a period of its own


def test_the_next_period_is_claimed_again(machine: Callable[[], Locks]) -> None:
    one, two = machine(), machine()
    assert one.once("schedule.seal", 0.5)
    assert not two.once("schedule.seal", 0.5)
    time.sleep(0.8)
    assert two.once("schedule.seal", 0.5)


def test_many_claims_at_once_make_one_run(machine: Callable[[], Locks]) -> None:
    machines = [machine() for _ in range(8)]
    start = threading.Barrier(len(machines))
    won: list[bool] = []

    def claim(locks: Locks) -> None:
        start.wait()
        won.append(locks.once("schedule.model", 3600))

    threads = [threading.Thread(target=claim, args=(m,)) for m in machines]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(won) == [False] * 7 + [True]


@pytest.mark.integration
@pytest.mark.postgres
def test_the_second_machine_skips_a_scheduled_fixity_run(
        tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    machines = [Settings(data=tmp_path / name, database_url=pg_url) for name in ("a", "b")]
    runs = []
    for settings in machines:
        monkeypatch.setattr(tasks, "get_settings", lambda s=settings: s)
        runs.append(tasks.fixity.apply().get())
    assert runs[0]["ok"] and runs[1] == {"skipped": True}
    # an auditor who starts a check is never turned away
    assert tasks.fixity.apply(kwargs={"who": "Lê Thị Hoa"}).get()["ok"]
