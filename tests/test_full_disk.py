"""A full disk: the upload is refused with an error a clerk can act on (507 storage_full,
naming the disk), and nothing half written is left behind, in the upload folder or in the
folder store. The full disk is a fake: a write that fails with ENOSPC."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from archive import FolderStore
from sohoa.errors import StorageFullError
from tests.conftest import SAMPLES
from tests.web_support import make_accounts, settings_for
from web import create_app


def test_a_full_data_disk_refuses_the_upload_and_keeps_nothing_half_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = settings_for(tmp_path / "data")
    keys = make_accounts(settings.data)
    uploads = settings.web_dir / "uploads"
    scan = (SAMPLES / "scans" / "dossier-04.pdf").read_bytes()

    def fake_full_disk(self: Path, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device", str(self))

    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        client.headers["Authorization"] = f"Bearer {keys['lan']}"
        monkeypatch.setattr(Path, "write_bytes", fake_full_disk)
        answer = client.post("/api/batches", files={"files": ("ho-so.pdf", scan)})
        monkeypatch.undo()
    assert answer.status_code == 507, answer.text
    assert answer.json()["error"] == "storage_full"
    assert "đã đầy" in answer.json()["message"] and "free space" in answer.json()["message"]
    assert not uploads.is_dir() or list(uploads.iterdir()) == []


def test_a_full_disk_under_the_folder_store_names_the_folder_and_leaves_no_temporary_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = FolderStore(tmp_path / "archive")
    store.put("intake/a/first.json", b"{}")

    def fake_full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("os.fsync", fake_full_disk)
    with pytest.raises(StorageFullError, match="đã đầy"):
        store.put("intake/a/second.json", b"{}")
    monkeypatch.undo()
    folder = tmp_path / "archive" / "objects" / "intake" / "a"
    assert sorted(p.name for p in folder.iterdir()) == ["first.json"]
