"""The life of a dossier: received → digitised → sent → result issued → returned → closed,
each step once, in order, with who and when, kept write-once beside the dossier."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from archive import FolderStore, ObjectExistsError, ObjectStore
from archive.lifecycle import LifecycleError, life_of, record_step
from cli.main import main
from pipeline.receipts import register_receipt
from sohoa.clock import VN_TZ, now_vn
from tests.conftest import truths
from tests.web_support import AGENCY_A, make_accounts

CODE = f"{AGENCY_A}-251120-0042"
AT = datetime(2025, 11, 20, 9, 15, tzinfo=VN_TZ)


def test_steps_are_kept_once_in_order(store: ObjectStore) -> None:
    assert life_of(store, CODE) == []
    first = record_step(store, CODE, "received", at=AT, who="Nguyễn Thị Lan")
    again = record_step(store, CODE, "received", at=AT + timedelta(days=1), who="Ai Khác")
    assert again == first and first.at == AT.isoformat()
    with pytest.raises(LifecycleError, match="chưa qua bước 'chuyển phòng chuyên môn'"):
        record_step(store, CODE, "result_issued", at=AT, who="Nguyễn Văn An")
    with pytest.raises(LifecycleError, match="not a step"):
        record_step(store, CODE, "lost", at=AT, who="x")
    record_step(store, CODE, "digitised", at=AT, who="Nguyễn Thị Lan")
    for step in ("sent", "result_issued", "returned", "closed"):
        record_step(store, CODE, step, at=AT, who="Nguyễn Văn An", detail={"note": "Số 12"})
    life = life_of(store, CODE)
    assert [s.step for s in life] == ["received", "digitised", "sent", "result_issued",
                                      "returned", "closed"]
    assert life[-1].label == "kết thúc" and life[-1].detail == {"note": "Số 12"}


def test_a_step_is_write_once(tmp_path: Path) -> None:
    store = FolderStore(tmp_path / "store")
    record_step(store, CODE, "received", at=AT, who="Nguyễn Thị Lan")
    (key,) = store.list(f"dossiers/{CODE}/life/")
    with pytest.raises(ObjectExistsError):
        store.put(key, b"{}")
    assert store.info(key).permanent


def test_a_receipt_from_the_one_stop_software_starts_the_life(tmp_path: Path) -> None:
    store = FolderStore(tmp_path / "store")
    register_receipt(store, CODE, procedure="Đăng ký khai sinh", received_at=AT,
                     who="Phần mềm một cửa")
    (step,) = life_of(store, CODE)
    assert (step.step, step.at, step.who) == ("received", AT.isoformat(), "Phần mềm một cửa")


@pytest.mark.slow
def test_every_processed_dossier_was_received_then_digitised(run: dict[str, Any]) -> None:
    store = FolderStore(run["data"] / "store")
    for truth in truths():
        life = life_of(store, truth["receipt_code"])
        assert [s.step for s in life] == ["received", "digitised"], truth["receipt_code"]
        assert life[0].who == life[1].who == "Nguyễn Thị Lan"
        assert life[0].at <= life[1].at <= now_vn().isoformat()
        # the documents of the batch that first digitised it (rescans come later)
        assert 1 <= life[1].detail["documents"] <= len(truth["documents"])


def _sohoa(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.slow
def test_the_counter_and_the_department_take_the_next_steps(
        run: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = shutil.copytree(run["data"], tmp_path / "data", symlinks=True)
    make_accounts(data)
    code = next(t["receipt_code"] for t in truths() if t["receipt_code"].startswith(AGENCY_A))
    d = ("--data", str(data))
    clerk, officer, other = "Nguyễn Thị Lan", "Nguyễn Văn An", "Trần Thị Bình"
    assert _sohoa(capsys, "step", code, "result_issued", "--by", officer, *d)[0] != 0
    assert _sohoa(capsys, "step", code, "sent", "--by", clerk, *d)[0] == 0
    status, out = _sohoa(capsys, "step", code, "sent", "--by", other, *d)
    assert status != 0 and "not_found" in out  # another agency's dossier does not exist
    assert _sohoa(capsys, "step", code, "digitised", "--by", clerk, *d)[0] != 0
    assert _sohoa(capsys, "step", code, "result_issued", "--note", "Giấy khai sinh số 12",
                  "--by", officer, *d)[0] == 0
    assert _sohoa(capsys, "step", code, "returned", "--by", clerk, *d)[0] == 0
    status, out = _sohoa(capsys, "status", code, "--json", *d)
    life = json.loads(out)["life"]
    assert [(s["step"], s["who"]) for s in life] == [
        ("received", clerk), ("digitised", clerk), ("sent", clerk), ("result_issued", officer),
        ("returned", clerk)]
    assert life[3]["detail"] == {"note": "Giấy khai sinh số 12"}
    status, out = _sohoa(capsys, "status", code, *d)
    assert "trả kết quả (returned) — Nguyễn Thị Lan" in out
