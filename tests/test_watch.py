"""The hot folder: complete files only, each processed once, even across restarts."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from ingest import IngestSettings
from ingest.quality import QualitySettings
from ocr import OcrSettings
from pipeline.deps import build_deps
from pipeline.intake import pending_batches
from pipeline.runner import process_paths
from pipeline.settings import Settings
from pipeline.watch import HotFolder
from tests.conftest import ROOT
from tests.test_ingest import text_page
from tests.test_runner import _receipt


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    # the test pages are drawn at 150 dpi to keep the tests fast
    return Settings(data=tmp_path / "data", workers=1, ocr=OcrSettings(engine="null"),
                    ingest=IngestSettings(quality=QualitySettings(min_dpi=150)))


def _scan(path: Path, code: str | None = None) -> Path:
    image = _receipt(code) if code else Image.fromarray(text_page())
    image.save(path, format="PNG", dpi=(150, 150))
    return path


def test_complete_files_go_to_done_or_failed_with_a_result(
    settings: Settings, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _scan(inbox / "a.png", "000.00.12.H19-261121-0101")
    (inbox / "ghi-chu.pdf").write_text("không phải bản quét")
    _scan(inbox / "b.png.part")  # still being written by the scanner
    pages = inbox / "hoso-c"
    pages.mkdir()
    _scan(pages / "page-001.png", "000.00.12.H19-261121-0102")
    _scan(pages / "page-002.png")
    hot = HotFolder(build_deps(settings), inbox, settle_s=0)
    assert hot.run(interval_s=0, max_cycles=1) == 3
    assert sorted(p.name for p in (inbox / "done").iterdir()) == [
        "a.png", "a.png.result.json", "hoso-c", "hoso-c.result.json"]
    assert sorted(p.name for p in (inbox / "failed").iterdir()) == [
        "ghi-chu.pdf", "ghi-chu.pdf.result.json"]
    result = json.loads((inbox / "failed" / "ghi-chu.pdf.result.json").read_text())
    assert result["error_code"] == "unsupported_type" and "ghi-chu.pdf" in result["reason"]
    assert (inbox / "b.png.part").exists()
    assert hot.run(interval_s=0, max_cycles=1) == 0


def test_a_file_still_growing_waits(settings: Settings, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    f = _scan(inbox / "a.png")
    hot = HotFolder(build_deps(settings), inbox, settle_s=0.5)
    assert hot.ready() == []  # first sight: not settled yet
    time.sleep(0.6)
    assert hot.ready() == [f]


def test_input_processed_before_a_crash_is_not_processed_again(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    f = _scan(inbox / "a.png", "000.00.12.H19-261121-0103")
    deps = build_deps(settings)
    process_paths([f], deps)  # processed, then the watcher died before moving it

    def must_not_run(*_a: object, **_k: object) -> None:
        raise AssertionError("processed twice")

    monkeypatch.setattr("pipeline.watch.process_paths", must_not_run)
    hot = HotFolder(deps, inbox, settle_s=0)
    assert hot.run(interval_s=0, max_cycles=1) == 1
    assert (inbox / "done" / "a.png").exists()


def test_watcher_killed_and_restarted_while_files_arrive(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOHOA_")} | {
        "SOHOA_DATA": str(tmp_path / "data"), "SOHOA_OCR__ENGINE": "null", "SOHOA_WORKERS": "1",
        "SOHOA_INGEST__QUALITY__MIN_DPI": "150"}

    def watcher(cycles: int) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [sys.executable, "-m", "cli.main", "watch", str(inbox), "--interval", "0.2",
             "--settle", "0.3", "--cycles", str(cycles)],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    names = []
    first = watcher(cycles=10_000)
    for n in range(6):
        name = f"scan-{n}.png"
        tmp = _scan(inbox / f"{name}.part", f"000.00.12.H19-261121-02{n:02d}")
        tmp.rename(inbox / name)  # the scanner's atomic rename
        names.append(name)
        time.sleep(0.4)
        if n == 2:
            first.send_signal(signal.SIGKILL)
            first.wait(timeout=30)
    (inbox / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 truncated")
    second = watcher(cycles=60)  # about 12 s, then it stops by itself
    deadline = time.monotonic() + 120
    expected = {*names, "broken.jpg"}
    while time.monotonic() < deadline:
        moved = {p.name for d in ("done", "failed") for p in (inbox / d).glob("*")
                 if not p.name.endswith(".result.json")}
        if moved == expected:
            break
        time.sleep(0.5)
    second.kill()
    second.wait(timeout=30)
    assert {p.name for p in (inbox / "done").glob("*.png")} == set(names)
    assert {p.name for p in (inbox / "failed").glob("*.jpg")} == {"broken.jpg"}
    assert not [p for p in inbox.iterdir() if p.is_file()]
    deps = build_deps(Settings(data=tmp_path / "data", ocr=OcrSettings(engine="null")))
    assert not pending_batches(deps.store)
    manifests = [k for k in deps.store.list("aip/") if k.endswith("manifest.json")]
    assert len(manifests) == len(names)  # one record per scan, none twice
