"""The restore drill on the embedded default: process, back up full to two folders, process
more, back up incremental, wipe, restore; then fixity, signatures, the audit trail and search
answer as before. A byte flipped on a medium is named by ``backup verify``; ``repair`` heals a
damaged archived object from a backup copy, and never with other bytes."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from archive import FolderStore, ObjectExistsError, RetentionLockedError
from cli.main import main
from tests.conftest import SAMPLES


def _cli(*argv: str) -> tuple[int, str]:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = main(list(argv))
    return code, buf.getvalue()


def _json(*argv: str) -> Any:
    code, out = _cli(*argv, "--json")
    assert code == 0, out
    return json.loads(out)


def _hits(data: Path, query: str) -> list[str]:
    code, out = _cli("search", query, "--data", str(data))
    assert code == 0
    return [line for line in out.splitlines() if line[:1].isdigit()]


@pytest.fixture(scope="module")
def drill(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    work = tmp_path_factory.mktemp("drill")
    data, m1, m2 = work / "data", work / "disk-b", work / "disk-c"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOHOA_BACKUP_PASSPHRASE", "cụm mật khẩu sao lưu")
        d = str(data)
        assert _cli("process", str(SAMPLES / "scans" / "dossier-04.pdf"), "--data", d,
                    "--clerk", "Nguyễn Thị Lan")[0] == 0
        full1 = _json("backup", "run", "--to", str(m1), "--data", d)
        full2 = _json("backup", "run", "--to", str(m2), "--data", d)
        assert _cli("process", str(SAMPLES / "scans" / "dossier-05.pdf"), "--data", d,
                    "--clerk", "Nguyễn Thị Lan")[0] == 0
        incr = _json("backup", "run", "--to", str(m1), "--data", d)
        before = {q: _hits(data, q) for q in ("khai sinh", "căn cước")}
        pdfs = sorted(p.relative_to(data) for p in data.glob("store/objects/aip/*/*/document.pdf"))
        shutil.rmtree(data)
        restored = _json("restore", "--from", str(m1), "--data", d)
    return {"data": data, "m1": m1, "m2": m2, "full1": full1, "full2": full2, "incr": incr,
            "before": before, "pdfs": pdfs, "restored": restored}


def test_the_first_set_is_full_the_next_copies_only_what_is_new(drill: dict[str, Any]) -> None:
    full1, incr = drill["full1"], drill["incr"]
    assert full1["kind"] == "full" and drill["full2"]["kind"] == "full"
    assert full1["copied"] > 0 and full1["secrets"] is True
    assert incr["kind"] == "incremental"
    assert 0 < incr["copied"] < incr["objects"]
    assert incr["objects"] > full1["objects"]
    # the search index is rebuilt from the archive after a restore, never copied
    assert not list(drill["m1"].glob("sets/*/state/index*"))
    minutes = drill["m1"] / "sets" / incr["set"] / "minutes.pdf"
    assert minutes.read_bytes().startswith(b"%PDF")


def test_restore_brings_back_fixity_signatures_audit_and_search(drill: dict[str, Any]) -> None:
    data, d = drill["data"], str(drill["data"])
    assert drill["restored"]["set"] == drill["incr"]["set"]
    assert _cli("fixity", "--data", d)[0] == 0
    code, out = _cli("audit", "verify", "--data", d)
    assert code == 0, out
    with (data / "audit" / "audit.jsonl").open(encoding="utf-8") as f:
        entries = [json.loads(line) for line in f]
    restored = [e for e in entries if e["action"] == "restored"]
    assert [e["detail"]["set"] for e in restored] == [drill["incr"]["set"]]
    pdfs = sorted(p.relative_to(data) for p in data.glob("store/objects/aip/*/*/document.pdf"))
    assert pdfs == drill["pdfs"]
    for pdf in pdfs:
        code, out = _cli("verify", str(data / pdf), "--data", d)
        assert code == 0, out
    assert _cli("reindex", "--data", d)[0] == 0
    for query, hits in drill["before"].items():
        assert hits and _hits(data, query) == hits


def test_restored_objects_keep_their_retention(drill: dict[str, Any]) -> None:
    store = FolderStore(drill["data"] / "store")
    key = str(drill["pdfs"][0]).removeprefix("store/objects/")
    info = store.info(key)
    assert info.permanent or info.retain_until is not None
    with pytest.raises(RetentionLockedError):
        store.delete(key)


def test_a_flipped_byte_on_a_medium_is_named(drill: dict[str, Any]) -> None:
    m2 = drill["m2"]
    assert _cli("backup", "verify", str(m2), "--data", str(drill["data"]))[0] == 0
    blob = sorted(m2.glob("blobs/*/*"))[3]
    blob.chmod(0o644)
    raw = bytearray(blob.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    blob.write_bytes(bytes(raw))
    code, out = _cli("backup", "verify", str(m2), "--data", str(drill["data"]))
    assert code == 1
    bad = [line for line in out.splitlines() if line.startswith("BAD ")]
    assert bad == [f"BAD {blob}: altered (its sha256 is not its name)"]


def test_repair_heals_a_damaged_object_with_the_recorded_bytes_only(
        drill: dict[str, Any]) -> None:
    data, d = drill["data"], str(drill["data"])
    store = FolderStore(data / "store")
    key = str(drill["pdfs"][-1]).removeprefix("store/objects/")
    good = store.get(key)
    path = Path(store.locate(key))
    path.chmod(0o644)
    path.write_bytes(good[:100] + bytes([good[100] ^ 0xFF]) + good[101:])
    assert _cli("fixity", "--data", d)[0] != 0
    with pytest.raises(ObjectExistsError):
        store.heal(key, b"other bytes")
    result = _json("repair", "--from", str(drill["m1"]), "--data", d)
    assert [h["key"] for h in result["healed"]] == [key] and result["fixity_ok"]
    assert store.get(key) == good
    assert _cli("audit", "verify", "--data", d)[0] == 0
    with (data / "audit" / "audit.jsonl").open(encoding="utf-8") as f:
        actions = [json.loads(line)["action"] for line in f]
    assert "object_repaired" in actions


def test_restore_refuses_a_folder_that_is_not_empty(drill: dict[str, Any]) -> None:
    code = main(["restore", "--from", str(drill["m1"]), "--data", str(drill["data"])])
    assert code == 2
