"""A backup of an installation whose shared state is in PostgreSQL holds the database's people
and audit trail, and restores them into an empty database: the API key still opens, the audit
chain still verifies with the restore recorded; a database that is not empty is refused."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from cli.main import main
from sohoa.db import database
from sohoa.people import People
from sohoa.state_pg import PgPeopleRecords
from tests.conftest import empty_pg_schema

pytestmark = [pytest.mark.integration, pytest.mark.postgres]


def _cli(*argv: str) -> tuple[int, str]:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = main(list(argv))
    return code, buf.getvalue()


def _audit_lines(url: str) -> list[str]:
    with database(url).transaction() as conn:
        return [r[0] for r in conn.execute("SELECT line FROM audit_entries ORDER BY seq")]


def test_backup_and_restore_carry_the_database(pg_url: str, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    data, medium = tmp_path / "data", tmp_path / "disk-b"
    monkeypatch.setenv("SOHOA_BACKUP_PASSPHRASE", "cụm mật khẩu sao lưu")
    monkeypatch.setenv("SOHOA_DATABASE_URL", pg_url)
    people = People(PgPeopleRecords(database(pg_url)))
    people.add_account("Trần Văn Quân", "quan", ["archivist"], agency=None,
                       password="mật khẩu đủ dài 1")
    key = people.new_api_key("quan")
    assert _cli("people", "grant", "Lê Thị Hoa", "--role", "clerk", "--data", str(data))[0] == 0
    before = _audit_lines(pg_url)
    assert any("Lê Thị Hoa" in line for line in before)
    code, out = _cli("backup", "run", "--to", str(medium), "--data", str(data), "--json")
    assert code == 0, out
    made = json.loads(out)
    names = json.loads((medium / "sets" / made["set"] / "set.json").read_text())["files"]
    assert {"state/postgresql/people.csv", "state/postgresql/audit_entries.csv"} <= set(names)
    assert made["audit_head"]["seq"] == len(before)  # the trail in the set: up to the backup

    # restoring over the database it came from is refused: it is not empty
    code, out = _cli("restore", "--from", str(medium), "--data", str(tmp_path / "again"))
    assert code != 0

    with empty_pg_schema() as empty:
        monkeypatch.setenv("SOHOA_DATABASE_URL", empty)
        restored = tmp_path / "restored"
        code, out = _cli("restore", "--from", str(medium), "--data", str(restored), "--json")
        assert code == 0, out
        found = People(PgPeopleRecords(database(empty))).by_api_key(key)
        assert found is not None and found.username == "quan"
        after = _audit_lines(empty)
        assert after[:len(before)] == before  # the same entries, in the same order
        assert '"action": "restored"' in after[-1]  # and the restore itself on top
        code, out = _cli("audit", "verify", "--data", str(restored))
        assert code == 0, out
