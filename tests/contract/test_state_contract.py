"""The shared-state contract, run against the files of a data folder and against PostgreSQL:
people and roles, accounts and API keys (``PeopleRecords``), session keys and sign-outs
(``SessionState``), rate-limit counters (``Counters``), the audit trail (``Trail``) and the
callback registrations (``CallbackRegistry``).

Each test is given two handles on the same state (``twice``), as two machines have: what one
writes, the other must read.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from archive import FolderStore
from archive.audit import AuditLog
from archive.audit_trail import FileTrail, PgTrail, Trail
from sohoa.callbacks import CallbackError, CallbackRegistry
from sohoa.people import People, PeopleError, PeopleRecords
from sohoa.sessions import FileSessionState, SessionState
from web.auth import Counters, MemoryCounters, NotAuthenticatedError, RateLimiter, Sessions

KEY = b"k" * 32
PASSWORD = "mật khẩu đủ dài 1"

ADAPTERS = ["files", pytest.param("postgres", marks=[pytest.mark.integration,
                                                    pytest.mark.postgres])]


class State:
    """Makes fresh handles on one installation's state, as each machine would."""

    def __init__(self, kind: str, tmp_path: Path, url: str | None) -> None:
        self.kind, self.tmp_path, self.url = kind, tmp_path, url

    def _db(self) -> Any:
        from sohoa.db import Database

        assert self.url is not None
        return Database(self.url)  # a pool of its own: another machine's connections

    def people(self) -> People:
        if self.kind == "files":
            return People(self.tmp_path / "people.json")
        from sohoa.state_pg import PgPeopleRecords

        return People(PgPeopleRecords(self._db()))

    def records(self) -> PeopleRecords:
        return self.people().records

    def sessions(self) -> SessionState:
        if self.kind == "files":
            return FileSessionState(self.tmp_path / "web" / "session.key")
        from sohoa.state_pg import PgSessionState

        return PgSessionState(self._db())

    def counters(self) -> Counters:
        if self.kind == "files":
            return MemoryCounters()  # the embedded default counts in its one process
        from sohoa.state_pg import PgCounters

        return PgCounters(self._db())

    def trail(self) -> Trail:
        if self.kind == "files":
            return FileTrail(self.tmp_path / "audit" / "audit.jsonl")
        return PgTrail(self._db())

    def callbacks(self) -> CallbackRegistry:
        if self.kind == "files":
            return CallbackRegistry(self.tmp_path / "callbacks.json")
        from sohoa.state_pg import PgCallbackRegistry

        return PgCallbackRegistry(self._db())

    def tamper(self, seq: int, change: Callable[[dict[str, Any]], None]) -> None:
        """Rewrite entry ``seq`` as someone with write access to the state could."""
        if self.kind == "files":
            path = self.tmp_path / "audit" / "audit.jsonl"
            lines = path.read_text(encoding="utf-8").splitlines()
            entry = json.loads(lines[seq - 1])
            change(entry)
            lines[seq - 1] = json.dumps(entry, ensure_ascii=False, sort_keys=True)
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            return
        db = self._db()
        with db.transaction() as conn:
            line = conn.execute("SELECT line FROM audit_entries WHERE seq = %s", (seq,)
                                ).fetchone()[0]
            entry = json.loads(line)
            change(entry)
            conn.execute("UPDATE audit_entries SET line = %s WHERE seq = %s",
                         (json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n", seq))


@pytest.fixture(params=ADAPTERS)
def state(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[State]:
    if request.param == "files":
        yield State("files", tmp_path, None)
        return
    yield State("postgres", tmp_path, request.getfixturevalue("pg_url"))


# ------------------------------------------------------------------------- callbacks


def test_a_callback_registered_on_one_handle_is_delivered_and_removed_on_the_other(
        state: State) -> None:
    one, two = state.callbacks(), state.callbacks()
    made, secret = one.add("https://motcua.example.vn/sohoa", "000.00.12.H19", None,
                           created_by="Trần Văn Quân")
    assert two.get(made.id) == made and two.all() == [made]
    assert two.secret_of(made.id) == secret and two.with_secrets() == [(made, secret)]
    with pytest.raises(CallbackError):
        two.add("ftp://motcua.example.vn/", None, None, created_by="Trần Văn Quân")
    assert two.remove(made.id) == made
    assert one.all() == [] and one.get(made.id) is None and one.remove(made.id) is None


def test_callbacks_registered_at_once_on_two_handles_are_all_kept(state: State) -> None:
    handles = [state.callbacks(), state.callbacks()]
    made: list[str] = []

    def add(k: int) -> None:
        registration, _ = handles[k % 2].add(f"https://he-thong-{k}.example.vn/", None, None,
                                            created_by="Lê Thị Hoa")
        made.append(registration.id)

    threads = [threading.Thread(target=add, args=(k,)) for k in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r.id for r in state.callbacks().all()) == sorted(made)
    assert len(made) == 12


# ------------------------------------------------------------------ people and accounts


def test_a_role_granted_on_one_handle_is_held_on_the_other(state: State) -> None:
    one, two = state.people(), state.people()
    assert one.change("Trần Văn Quân", ["head"], grant=True) == {"head"}
    one.change("Lê Thị Hoa", ["archivist", "auditor"], grant=True)
    assert two.roles_of("trần  văn QUÂN") == {"head"}
    assert two.has_admin()
    assert [name for name, _ in two.everyone()] == ["Lê Thị Hoa", "Trần Văn Quân"]
    assert two.id_of("Lê Thị Hoa") == one.id_of("Lê Thị Hoa") is not None
    two.change("Lê Thị Hoa", ["auditor"], grant=False)
    assert one.roles_of("Lê Thị Hoa") == {"archivist"}
    one.change("Lê Thị Hoa", ["archivist"], grant=False)
    assert two.roles_of("Lê Thị Hoa") == frozenset()
    assert two.id_of("Lê Thị Hoa") is None  # nobody without a role is kept


def test_the_registry_refuses_what_it_refused_before(state: State) -> None:
    people = state.people()
    people.change("Trần Văn Quân", ["head"], grant=True)
    with pytest.raises(PeopleError, match="only head"):
        state.people().change("Trần Văn Quân", ["head"], grant=False)
    with pytest.raises(PeopleError, match="trộn chữ"):
        people.change("Тrần Văn Quân", ["clerk"], grant=True)  # a Cyrillic Т
    with pytest.raises(PeopleError):
        people.change("Ai Đó", ["king"], grant=True)
    assert state.people().roles_of("Trần Văn Quân") == {"head"}


def test_a_change_that_fails_leaves_nothing_behind(state: State) -> None:
    records = state.records()
    with pytest.raises(RuntimeError), records.locked() as people:
        people["x"] = {"id": "p-000000000000", "name": "X", "roles": ["clerk"]}
        raise RuntimeError("stopped half way")
    assert state.records().read() == {}


def test_concurrent_changes_from_two_handles_are_all_kept(state: State) -> None:
    handles = [state.people(), state.people()]
    names = [f"Cán Bộ {chr(0x41 + i)}{chr(0x41 + j)}" for i in range(4) for j in range(5)]

    def grant(k: int) -> None:
        handles[k % 2].change(names[k], ["clerk"], grant=True)

    threads = [threading.Thread(target=grant, args=(k,)) for k in range(len(names))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(n for n, _ in state.people().everyone()) == sorted(names)


def test_an_account_made_on_one_handle_signs_in_on_the_other(state: State) -> None:
    one, two = state.people(), state.people()
    one.add_account("Trần Văn Quân", "quan", ["head"], agency=None, password=PASSWORD)
    account = two.authenticate("quan", PASSWORD)
    assert account is not None and account.roles == {"head"}
    assert two.authenticate("quan", PASSWORD + "x") is None
    assert [a.username for a in two.accounts()] == ["quan"]
    with pytest.raises(PeopleError, match="belongs to"):
        two.add_account("Lê Thị Hoa", "quan", ["clerk"], agency="000.00.12.H19", password=None)


def test_an_api_key_made_on_one_handle_works_and_is_revoked_on_the_other(state: State) -> None:
    one, two = state.people(), state.people()
    one.add_account("Trần Văn Quân", "quan", ["head"], agency=None, password=PASSWORD)
    key = one.new_api_key("quan", days=30)
    found = two.by_api_key(key)
    assert found is not None and found.username == "quan"
    [listed] = two.api_keys("quan")
    assert key.split("_")[1] == listed.key_id and not listed.expired
    two.revoke_api_key("quan", listed.key_id)
    assert one.by_api_key(key) is None
    with pytest.raises(PeopleError, match="không có khóa API"):
        one.revoke_api_key("quan", listed.key_id)


# ------------------------------------------------------------------------------ sessions


def test_a_token_issued_by_one_service_is_honoured_and_signed_out_by_the_other(
    state: State,
) -> None:
    state.people().add_account("Trần Văn Quân", "quan", ["head"], agency=None,
                               password=PASSWORD)
    one = Sessions(state.people(), state.sessions(), ttl_s=60)
    two = Sessions(state.people(), state.sessions(), ttl_s=60)
    account = state.people().account("quan")
    assert account is not None
    token = one.issue(account)
    assert two.check(token).username == "quan"
    assert two.revoke(token)
    with pytest.raises(NotAuthenticatedError, match="kết thúc"):
        one.check(token)
    again = one.issue(account)
    assert two.check(again).username == "quan"  # another token of the same person still works
    state.people().change("Trần Văn Quân", ["head"], grant=True)
    state.people().add_account("Trần Văn Quân", "quan", ["head"], agency=None,
                               password=PASSWORD + "2")
    with pytest.raises(NotAuthenticatedError, match="không còn hiệu lực"):
        two.check(again)  # the password changed on one: the token ends everywhere


def test_the_session_key_is_made_once(state: State) -> None:
    keys = {state.sessions().key() for _ in range(3)}
    assert len(keys) == 1 and len(next(iter(keys))) == 32


# ------------------------------------------------------------------------------ counters


def test_counters_count_in_a_window_and_forget_it(state: State) -> None:
    counters = state.counters()
    assert counters.incr("hit:login:a", 0.6)[0] == 1
    count, left = counters.incr("hit:login:a", 0.6)
    assert count == 2 and 0 < left <= 0.6
    assert counters.incr("hit:login:b", 0.6)[0] == 1
    time.sleep(0.7)
    assert counters.incr("hit:login:a", 0.6)[0] == 1  # a new window
    counters.put("lock:x", 30)
    assert 29 < counters.left("lock:x") <= 30
    counters.delete("lock:x", "hit:login:a")
    assert counters.left("lock:x") == 0
    assert counters.incr("hit:login:a", 5)[0] == 1


@pytest.mark.integration
@pytest.mark.postgres
def test_a_lockout_counted_on_one_service_holds_on_the_other(pg_url: str, tmp_path: Path
                                                            ) -> None:
    """Only at scale: the embedded default is one process, whose counters are its own."""
    state = State("postgres", tmp_path, pg_url)
    one = RateLimiter({}, lockout_failures=3, lockout_s=60, counters=state.counters())
    two = RateLimiter({}, lockout_failures=3, lockout_s=60, counters=state.counters())
    one.failed("quan")
    two.failed("quan")
    two.check_account("quan")
    one.failed("quan")
    from web.auth import RateLimitedError

    with pytest.raises(RateLimitedError):
        two.check_account("quan")


# --------------------------------------------------------------------------- audit trail


def test_the_trail_is_one_chain_whichever_handle_appends(state: State, tmp_path: Path) -> None:
    one, two = AuditLog(state.trail(), key=KEY), AuditLog(state.trail(), key=KEY)
    for i in range(6):
        (one if i % 2 else two).append("granted", f"r{i}", {"i": i}, who="Trần Văn Quân")
    store = FolderStore(tmp_path / "store")
    assert one.seal(store) is not None
    check = two.verify(store)
    assert check.ok and check.entries == 6 and check.sealed_through == 6
    assert [e.seq for e in two.entries()] == [1, 2, 3, 4, 5, 6]
    assert [e.record for e in one.entries()] == [f"r{i}" for i in range(6)]


def test_a_changed_entry_breaks_the_chain(state: State) -> None:
    log = AuditLog(state.trail(), key=KEY)
    for i in range(4):
        log.append("granted", f"r{i}")
    assert log.verify().ok
    state.tamper(3, lambda e: e.update(record="khác"))
    check = AuditLog(state.trail(), key=KEY).verify()
    assert not check.ok and check.broken is not None and check.broken.seq == 3


def test_entries_cut_off_after_a_seal_are_caught(state: State, tmp_path: Path) -> None:
    log = AuditLog(state.trail(), key=KEY)
    for i in range(3):
        log.append("granted", f"r{i}")
    store = FolderStore(tmp_path / "store")
    log.seal(store)
    if state.kind == "files":
        path = tmp_path / "audit" / "audit.jsonl"
        path.write_text("".join(path.read_text(encoding="utf-8").splitlines(True)[:2]),
                        encoding="utf-8")
    else:
        with state._db().transaction() as conn:
            conn.execute("DELETE FROM audit_entries WHERE seq = 3")
    check = AuditLog(state.trail(), key=KEY).verify(store)
    assert not check.ok and "cut off" in check.broken.reason  # type: ignore[union-attr]


def test_concurrent_appends_leave_one_chain_without_gap(state: State) -> None:
    logs = [AuditLog(state.trail(), key=KEY) for _ in range(2)]

    def write(k: int) -> None:
        for i in range(25):
            logs[k % 2].append("viewed", f"t{k}-{i}")

    threads = [threading.Thread(target=write, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    check = AuditLog(state.trail(), key=KEY).verify()
    assert check.ok and check.entries == 100
    assert [e.seq for e in logs[0].entries()] == list(range(1, 101))
