"""Shared state on PostgreSQL across processes: ``sohoa migrate --import`` brings a data
folder's state in once, and two processes appending to the audit trail at once leave one
chain with no fork and no gap."""

from __future__ import annotations

import itertools
import multiprocessing
from pathlib import Path

import pytest

from archive.audit import AuditLog, keyed_log
from archive.audit_trail import PgTrail
from sohoa.callbacks import CallbackRegistry
from sohoa.db import Database, database
from sohoa.people import People
from sohoa.state_pg import PgCallbackRegistry, PgPeopleRecords, PgSessionState
from tests.conftest import empty_pg_schema

pytestmark = [pytest.mark.integration, pytest.mark.postgres]


def test_migrate_imports_a_data_folders_state_once(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from cli.main import main

    old = tmp_path / "old"
    people = People(old / "people.json")
    people.add_account("Trần Văn Quân", "quan", ["head"], agency=None,
                       password="mật khẩu đủ dài 1")
    key = people.new_api_key("quan")
    trail = keyed_log(old / "audit" / "audit.jsonl", None, old)
    for i in range(5):
        trail.append("granted", f"r{i}")
    (old / "web").mkdir()
    (old / "web" / "session.key").write_bytes(b"s" * 32)
    registered, secret = CallbackRegistry(old / "callbacks.json").add(
        "https://motcua.example.vn/sohoa", None, None, created_by="Trần Văn Quân")

    with empty_pg_schema() as url:
        monkeypatch.setenv("SOHOA_DATABASE_URL", url)
        new = tmp_path / "new"
        assert main(["migrate", "--import", str(old), "--data", str(new)]) == 0
        db = database(url)
        found = People(PgPeopleRecords(db)).by_api_key(key)
        assert found is not None and found.username == "quan"
        assert PgSessionState(db).key() == b"s" * 32
        assert PgCallbackRegistry(db).with_secrets() == [(registered, secret)]
        log = keyed_log(PgTrail(db), None, new)
        check = log.verify()
        assert check.ok and check.entries == 6  # the five imported, then the migration's own
        assert [e.action for e in log.entries()][-1] == "database_migrated"
        assert main(["migrate", "--import", str(old), "--data", str(new)]) == 0
        assert log.verify().entries == 7  # imported once: only the second run's own entry
        assert len(People(PgPeopleRecords(db)).accounts()) == 1
        assert len(PgCallbackRegistry(db).all()) == 1


def _append(url: str, who: str, count: int, rounds: multiprocessing.synchronize.Barrier) -> None:
    log = AuditLog(PgTrail(Database(url)), key=b"k" * 32)
    for i in range(count):
        if i % 10 == 0:
            rounds.wait(60)  # both start each round of ten together: the writes overlap
        log.append("viewed", f"{who}-{i}", who=who)


def test_two_processes_appending_at_once_leave_one_chain(pg_url: str) -> None:
    ctx = multiprocessing.get_context("spawn")
    rounds = ctx.Barrier(2)
    procs = [ctx.Process(target=_append, args=(pg_url, who, 100, rounds))
             for who in ("máy một", "máy hai")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    trail = PgTrail(Database(pg_url))
    assert trail.sequence_numbers() == list(range(1, 201))
    log = AuditLog(trail, key=b"k" * 32)
    check = log.verify()
    assert check.ok and check.entries == 200
    entries = list(log.entries())
    assert {e.actor for e in entries} == {"máy một", "máy hai"}
    assert all(b.prev == a.hash for a, b in itertools.pairwise(entries))
    # both wrote in each round of ten: their entries interleave at least once a round
    switches = sum(a.actor != b.actor for a, b in itertools.pairwise(entries))
    assert switches >= 10
