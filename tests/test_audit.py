"""The hash-chained audit trail: a changed, removed or cut-off entry is found and named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archive import ObjectExistsError, ObjectStore, RetentionLockedError
from archive.audit import AuditLog


def _log(tmp_path: Path, n: int = 5) -> AuditLog:
    log = AuditLog(tmp_path / "audit" / "audit.jsonl")
    for i in range(n):
        log.append("archived", f"aip/000.00.12.H19-250414-0007/doc{i}",
                   {"doc_type": "quyet_dinh", "ghi chú": "Quyết định"}, who="Nguyễn Thị Lan")
    return log


def test_an_intact_trail_verifies(tmp_path: Path) -> None:
    log = _log(tmp_path)
    check = log.verify()
    assert check.ok and check.entries == 5
    assert [e.seq for e in log.entries()] == [1, 2, 3, 4, 5]
    assert all(e.actor == "Nguyễn Thị Lan" and e.origin for e in log.entries())


def test_an_edited_line_is_named(tmp_path: Path) -> None:
    log = _log(tmp_path)
    lines = log.path.read_text(encoding="utf-8").splitlines()
    entry = json.loads(lines[2])
    entry["actor"] = "Người khác"
    lines[2] = json.dumps(entry, ensure_ascii=False, sort_keys=True)
    log.path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    check = log.verify()
    assert not check.ok
    assert check.broken is not None
    assert (check.broken.line, check.broken.seq) == (3, 3)
    assert "changed" in check.broken.reason


def test_a_removed_line_is_named(tmp_path: Path) -> None:
    log = _log(tmp_path)
    lines = log.path.read_text(encoding="utf-8").splitlines()
    del lines[1]
    log.path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    check = log.verify()
    assert check.broken is not None and check.broken.line == 2
    assert "removed or inserted" in check.broken.reason


def test_entries_cut_off_the_end_are_caught_by_the_seal(
    tmp_path: Path, store: ObjectStore
) -> None:
    log = _log(tmp_path)
    key = log.seal(store)
    assert key is not None and log.verify(store).ok
    with pytest.raises((ObjectExistsError, RetentionLockedError)):
        store.put(key, b'{"seq": 1}')  # a seal cannot be replaced
    with pytest.raises(RetentionLockedError):
        store.delete(key)  # nor removed
    lines = log.path.read_text(encoding="utf-8").splitlines()
    log.path.write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")
    assert log.verify().ok  # the shorter chain is whole in itself...
    check = log.verify(store)
    assert check.broken is not None and check.broken.seq == 5  # ...but not what was sealed
    assert "cut off" in check.broken.reason


def test_a_second_check_still_finds_what_changed_before_or_after_the_first(
    tmp_path: Path, store: ObjectStore
) -> None:
    log = _log(tmp_path)
    log.seal(store)
    assert log.verify(store).ok  # remembered as whole up to entry 5
    for i in range(3):
        log.append("viewed", f"aip/x/doc{i}", who="Lê Văn Hòa")
    log.seal(store)
    check = log.verify(store)  # only entries 6-8 and the new seal are read
    assert check.ok and (check.entries, check.seals) == (8, 2)

    lines = log.path.read_text(encoding="utf-8").splitlines()
    edited = json.loads(lines[1])
    edited["action"] = "deleted"  # an entry of the part checked before
    lines[1] = json.dumps(edited, ensure_ascii=False, sort_keys=True)
    log.path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    check = log.verify(store)
    assert check.broken is not None and (check.broken.line, check.broken.seq) == (2, 2)

    fresh = _log(tmp_path / "other")
    assert fresh.verify().ok
    with fresh.path.open("a", encoding="utf-8") as f:
        f.write('{"seq": 6, "not": "an entry"}\n')  # a line added behind its back
    check = fresh.verify()
    assert check.broken is not None and check.broken.line == 6


def test_appending_continues_the_chain_and_exports_csv(tmp_path: Path) -> None:
    log = _log(tmp_path, 2)
    again = AuditLog(log.path)  # another process
    entry = again.append("legal_hold_set", "aip/x", {"reason": "tranh chấp"}, who="Trần Văn B")
    assert entry.seq == 3 and entry.prev == list(log.entries())[1].hash
    rows = log.export_csv().splitlines()
    assert rows[0].startswith("seq,at,actor,action,record")
    assert len(rows) == 4 and "tranh chấp" in rows[3]


def test_the_command_names_the_edited_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from cli.main import main

    for key in [k for k in __import__("os").environ if k.startswith("SOHOA_")]:
        monkeypatch.delenv(key)
    monkeypatch.setenv("SOHOA_ACTOR", "Lê Thị Kiểm Toán")
    data = str(tmp_path / "data")
    for query in ("giấy khai sinh", "quyết định", "biên lai"):
        assert main(["search", query, "--data", data]) == 0
    assert main(["audit", "seal", "--data", data]) == 0
    capsys.readouterr()
    assert main(["audit", "verify", "--data", data, "--json"]) == 0
    check = json.loads(capsys.readouterr().out)
    assert (check["ok"], check["entries"], check["seals"]) == (True, 3, 1)
    log = tmp_path / "data" / "audit" / "audit.jsonl"
    lines = log.read_text(encoding="utf-8").splitlines()
    assert all(json.loads(line)["actor"] == "Lê Thị Kiểm Toán" for line in lines)
    lines[1] = lines[1].replace("quyết định", "quyết toán")
    log.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["audit", "verify", "--data", data, "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["broken"]["line"] == 2
    assert main(["audit", "export", "--data", data, "--out", str(tmp_path / "a.csv")]) == 0
    exported = (tmp_path / "a.csv").read_text(encoding="utf-8").splitlines()
    assert len(exported) == 5 and ",exported," in exported[-1]  # the export is an access too
