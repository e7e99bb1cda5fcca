"""Tampering with the audit trail by someone who can write the data folder but cannot read the
audit key, checked through the real ``sohoa audit verify`` command (a separate process, as an
auditor runs it): a forged entry added at the end, an entry rewritten after the last seal with
its hashes recomputed, and lines cut off the end all make it fail and say why."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from archive import FolderStore
from archive.audit import AuditEntry, AuditLog, keyed_log

ROOT = Path(__file__).resolve().parents[2]


def _trail(tmp_path: Path) -> tuple[AuditLog, FolderStore, dict[str, str]]:
    """Five entries sealed, three more sealed, and the environment the command runs in."""
    data = tmp_path / "data"
    key_file = tmp_path / "config" / "sohoa" / "audit.key"
    log = keyed_log(data / "audit" / "audit.jsonl", key_file, data)
    store = FolderStore(data / "store")
    for i in range(5):
        log.append("archived", f"aip/000.00.12.H19-250414-0007/doc{i}", who="Nguyễn Thị Lan")
    log.seal(store)
    for i in range(3):
        log.append("viewed", f"aip/000.00.12.H19-250414-0007/doc{i}", who="Lê Văn Hòa")
    log.seal(store)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOHOA_")}
    env.update(SOHOA_AUDIT_KEY_FILE=str(key_file), SOHOA_DATA=str(data),
               SOHOA_ACTOR="Lê Thị Kiểm Toán")
    return log, store, env


def _verify(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cli.main", "audit", "verify"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120, check=False)


def _lines(log: AuditLog) -> list[dict[str, Any]]:
    return [json.loads(line) for line in log.path.read_text(encoding="utf-8").splitlines()]


def _write(log: AuditLog, entries: list[dict[str, Any]]) -> None:
    log.path.write_text("".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n"
                                for e in entries), encoding="utf-8")


def _rehashed(fields: dict[str, Any], mac: str | None) -> dict[str, Any]:
    """The entry with its sha256 recomputed, as anyone can; the mac only the key could make."""
    entry = AuditEntry(**{k: v for k, v in fields.items() if k not in ("hash", "mac")})
    body = {**asdict(entry), "hash": entry.digest(), "mac": mac}
    return {k: v for k, v in body.items() if v is not None}


def _forge_append(log: AuditLog) -> None:
    entries = _lines(log)
    last = entries[-1]
    entries.append(_rehashed({**last, "seq": last["seq"] + 1, "prev": last["hash"],
                              "action": "legal_hold_released"}, None))
    _write(log, entries)


def _rewrite_after_seal(log: AuditLog) -> None:
    log.append("viewed", "aip/000.00.12.H19-250414-0007/doc9", who="Lê Văn Hòa")
    log.append("viewed", "aip/000.00.12.H19-250414-0007/doc8", who="Lê Văn Hòa")
    entries = _lines(log)
    entries[8]["actor"] = "Người khác"  # entry 9, after the last seal
    entries[8] = _rehashed({**entries[8]}, entries[8]["mac"])
    entries[9] = _rehashed({**entries[9], "prev": entries[8]["hash"]}, entries[9]["mac"])
    _write(log, entries)


def _cut_tail(log: AuditLog) -> None:
    _write(log, _lines(log)[:-2])


@pytest.mark.parametrize(("tamper", "line", "reason"), [
    (_forge_append, 9, "no seal key signature (mac)"),
    (_rewrite_after_seal, 9, "seal key signature (mac) is wrong"),
    (_cut_tail, 7, "entries were cut off the end"),
], ids=["forged-append", "rewritten-after-seal", "cut-tail"])
def test_sohoa_audit_verify_fails_on_a_tampered_trail(
    tmp_path: Path, tamper: Any, line: int, reason: str
) -> None:
    log, _, env = _trail(tmp_path)
    tamper(log)
    done = _verify(env)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "audit trail BROKEN" in done.stdout and f"at line {line} " in done.stdout
    assert reason in done.stdout


def test_sohoa_audit_verify_reports_how_far_an_intact_trail_is_sealed(tmp_path: Path) -> None:
    log, _, env = _trail(tmp_path)
    log.append("viewed", "aip/000.00.12.H19-250414-0007/doc9", who="Lê Văn Hòa")
    done = _verify(env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "audit trail intact: 9 entries, 2 seals agree, sealed through entry 8" in done.stdout
    assert "1 entries after the last seal are not yet sealed" in done.stdout
