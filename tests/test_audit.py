"""The hash-chained audit trail: a changed, removed, forged or cut-off entry is found and
named, even by someone who can write the data folder but not read the audit key."""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from archive import FolderStore, ObjectExistsError, ObjectStore, RetentionLockedError, put_json
from archive.audit import AuditEntry, AuditLog, keyed_log
from archive.audit_key import load_key
from sohoa.errors import ConfigurationError

KEY = bytes(range(32))


def _log(tmp_path: Path, n: int = 5) -> AuditLog:
    log = AuditLog(tmp_path / "audit" / "audit.jsonl", key=KEY,
                   witness=tmp_path / "config" / "head.json")
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
    assert AuditLog(log.path, key=KEY).verify().ok  # the shorter chain is whole in itself...
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
    again = AuditLog(log.path, key=KEY)  # another process
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


def _lines(log: AuditLog) -> list[dict[str, Any]]:
    return [json.loads(line) for line in log.path.read_text(encoding="utf-8").splitlines()]


def _write(log: AuditLog, entries: list[dict[str, Any]]) -> None:
    log.path.write_text("".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n"
                                for e in entries), encoding="utf-8")


def _forged(fields: dict[str, Any], mac: str | None = None) -> dict[str, Any]:
    """An entry as someone without the key writes it: a right sha256, no or a made-up mac."""
    body = {k: v for k, v in fields.items() if k not in ("hash", "mac")}
    entry = AuditEntry(**body)
    forged = {**asdict(entry), "hash": entry.digest(), "mac": mac}
    return {k: v for k, v in forged.items() if v is not None}


@pytest.mark.parametrize("mac", [None, "ab" * 32])
def test_a_forged_entry_added_at_the_end_is_found(tmp_path: Path, mac: str | None) -> None:
    log = _log(tmp_path)
    store = FolderStore(tmp_path / "store")
    log.seal(store)
    entries = _lines(log)
    entries.append(_forged({**entries[-1], "seq": 6, "prev": entries[-1]["hash"],
                            "action": "legal_hold_released"}, mac))
    _write(log, entries)
    assert AuditLog(log.path).verify().ok == (mac is not None)  # its sha256 is right...
    check = log.verify(store)  # ...but only the key makes a right mac
    assert check.broken is not None and (check.broken.line, check.broken.seq) == (6, 6)
    assert "mac" in check.broken.reason and "audit key" in check.broken.reason


@pytest.mark.parametrize("keep_macs", [True, False])
def test_an_entry_rewritten_after_the_last_seal_is_found(tmp_path: Path, keep_macs: bool
                                                         ) -> None:
    log = _log(tmp_path, 3)
    store = FolderStore(tmp_path / "store")
    log.seal(store)
    for i in range(3):
        log.append("viewed", f"aip/x/doc{i}", who="Lê Văn Hòa")
    assert log.verify(store).ok
    entries, prev = _lines(log), None
    entries[3]["actor"] = "Người khác"  # entry 4: after the seal; the hashes from it recomputed
    for i in range(3, 6):
        entries[i] = _forged({**entries[i], "prev": prev or entries[i - 1]["hash"]},
                             entries[i].get("mac") if keep_macs else None)
        prev = entries[i]["hash"]
    _write(log, entries)
    assert AuditLog(log.path).verify().ok == keep_macs  # the hashes alone hold together...
    check = log.verify(store)  # ...but their macs do not
    assert check.broken is not None and (check.broken.line, check.broken.seq) == (4, 4)
    assert "mac" in check.broken.reason


def test_a_cut_tail_is_found_by_the_seal_and_by_the_head_witness(tmp_path: Path) -> None:
    log = _log(tmp_path)
    store = FolderStore(tmp_path / "store")
    log.seal(store)
    for i in range(3):
        log.append("viewed", f"aip/x/doc{i}", who="Lê Văn Hòa")
    newest = log.seal(store)
    assert newest is not None and log.verify(store).ok
    entries = _lines(log)
    _write(log, entries[:-2])
    check = log.verify(store)
    assert check.broken is not None and check.broken.seq == 8 and "cut off" in check.broken.reason
    # a folder store's files can be deleted: the head witnessed beside the key still knows
    for path in (store.objects / newest, store.meta / f"{newest}.json"):
        path.chmod(0o644)
        path.unlink()
    check = AuditLog(log.path, key=KEY, witness=log.witness).verify(store)
    assert check.broken is not None and check.broken.seq == 8
    assert "cut off" in check.broken.reason and str(log.witness) in check.broken.reason
    _write(log, entries)  # the lines are back but not the seal of entry 8
    check = AuditLog(log.path, key=KEY, witness=log.witness).verify(store)
    assert check.broken is not None and "deleted" in check.broken.reason


def test_how_far_the_trail_is_sealed_is_reported(tmp_path: Path) -> None:
    log = _log(tmp_path)
    store = FolderStore(tmp_path / "store")
    check = log.verify(store)
    assert (check.sealed_through, check.unsealed, check.unkeyed) == (0, 5, 0)
    assert check.macs_checked
    log.seal(store)
    assert log.seal(store) is not None  # the same head again: the same seal
    log.append("viewed", "aip/x", who="Lê Văn Hòa")
    log.append("viewed", "aip/y", who="Lê Văn Hòa")
    check = log.verify(store)
    assert check.ok and (check.seals, check.sealed_through, check.unsealed) == (1, 5, 2)
    check = log.verify(store)  # from what was checked before
    assert check.ok and (check.sealed_through, check.unsealed) == (5, 2)


def test_an_older_unkeyed_trail_is_accepted_as_a_prefix_and_counted(tmp_path: Path) -> None:
    store = FolderStore(tmp_path / "store")
    old = AuditLog(tmp_path / "audit" / "audit.jsonl")  # before the audit key
    for i in range(3):
        old.append("archived", f"aip/x/doc{i}", who="Nguyễn Thị Lan")
    old.seal(store)
    assert "mac" not in _lines(old)[0]
    log = AuditLog(old.path, key=KEY, witness=tmp_path / "config" / "head.json")
    assert log.seal(store) == "audit/seals/000000000003.json"  # sealed before: kept as it was
    log.append("viewed", "aip/x", who="Lê Văn Hòa")
    log.append("viewed", "aip/y", who="Lê Văn Hòa")
    log.seal(store)
    check = log.verify(store)
    assert check.ok and (check.entries, check.unkeyed, check.seals) == (5, 3, 2)
    assert check.sealed_through == 5 and check.unsealed == 0
    # an unkeyed seal is accepted only over the unkeyed entries
    log.append("viewed", "aip/z", who="Lê Văn Hòa")
    put_json(store, "audit/seals/000000000006.json",
             {k: v for k, v in _lines(log)[-1].items() if k in ("seq", "hash", "at")},
             permanent=True)
    check = AuditLog(log.path, key=KEY).verify(store)
    assert check.broken is not None and check.broken.seq == 6 and "mac" in check.broken.reason
    # and after the first keyed entry, every entry is keyed
    old.append("viewed", "aip/w", who="Lê Văn Hòa")
    check = AuditLog(log.path, key=KEY).verify()
    assert check.broken is not None and check.broken.seq == 7
    assert "no seal key signature" in check.broken.reason


def test_the_audit_key_is_made_private_outside_the_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    key_file = tmp_path / "config" / "sohoa" / "audit.key"
    key = load_key(key_file, data)
    assert len(key) == 32 and load_key(key_file, data) == key
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert key_file.parent.stat().st_mode & 0o777 == 0o700
    key_file.chmod(0o644)
    with pytest.raises(ConfigurationError, match="chmod 600"):
        load_key(key_file, data)
    with pytest.raises(ConfigurationError, match="SOHOA_AUDIT_KEY_FILE"):
        load_key(data / "audit.key", data)
    assert not (data / "audit.key").exists()
    log = keyed_log(data / "audit" / "audit.jsonl", tmp_path / "k" / "audit.key", data)
    assert log.append("viewed", "aip/x").mac is not None
    assert log.acting("Lê Văn Hòa").key == log.key


def test_the_csv_export_cannot_run_a_formula(tmp_path: Path) -> None:
    log = _log(tmp_path, 1)
    log.append("viewed", "=cmd|' /C calc'!A0", {"note": "+1"}, who="@Lê Văn Hòa",
               origin="-2+3")
    log.append("viewed", "\tx", who="\rHòa")
    rows = list(__import__("csv").reader(log.export_csv().splitlines(keepends=True)))
    assert rows[2][4] == "'=cmd|' /C calc'!A0"
    assert (rows[2][2], rows[2][6]) == ("'@Lê Văn Hòa", "'-2+3")
    assert rows[3][4] == "'\tx" and rows[3][2] == "'\rHòa"
    assert rows[1][4].startswith("aip/")  # the rest as it was


def _context(tmp_path: Path) -> Any:
    from pipeline.deps import build_deps
    from pipeline.settings import Settings
    from service.context import Context

    return Context(build_deps(Settings(data=tmp_path / "data",
                                       audit_key_file=tmp_path / "k" / "audit.key")))


def test_a_records_management_entry_is_sealed_at_once(tmp_path: Path) -> None:
    from service.access import Actor

    ctx = _context(tmp_path)
    head = Actor("Đỗ Minh Quân", frozenset({"head"}))
    ctx.audit(head, "viewed", "aip/x")
    assert list(ctx.deps.store.list("audit/seals/")) == []
    entry = ctx.audit(head, "role_granted", "people/Lê Văn Hòa", {"roles": ["auditor"]},
                      seal=True)
    assert list(ctx.deps.store.list("audit/seals/")) == ["audit/seals/000000000002.json"]
    check = ctx.deps.audit.verify(ctx.deps.store)
    assert check.ok and check.sealed_through == entry.seq and check.unsealed == 0


def test_a_failed_seal_is_logged_and_the_action_stands(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from service.access import Actor

    ctx = _context(tmp_path)

    class Unreachable(FolderStore):
        def exists(self, key: str) -> bool:
            raise OSError("the store is not reachable")

    ctx.deps.store = Unreachable(tmp_path / "data" / "store")
    entry = ctx.audit(Actor("Đỗ Minh Quân", frozenset({"head"})), "role_granted", "people/x",
                      seal=True)
    assert entry.seq == 1 and "not sealed" in caplog.text


def test_the_sealer_seals_on_a_schedule_and_when_it_stops(tmp_path: Path) -> None:
    import time

    from service.sealing import Sealer

    ctx = _context(tmp_path)
    ctx.deps.audit.append("viewed", "aip/x")
    sealer = Sealer(ctx, interval_s=0.05)
    assert sealer.interval_s == 0.05 and Sealer(ctx).interval_s == 300
    sealer.start()
    deadline = time.monotonic() + 10
    while not list(ctx.deps.store.list("audit/seals/")) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert list(ctx.deps.store.list("audit/seals/")) == ["audit/seals/000000000001.json"]
    ctx.deps.audit.append("viewed", "aip/y")
    sealer.interval_s = 3600
    sealer.stop()
    assert not sealer.running
    assert "audit/seals/000000000002.json" in list(ctx.deps.store.list("audit/seals/"))
    assert os.environ.get("XDG_CONFIG_HOME")  # the tests never touch ~/.config/sohoa
