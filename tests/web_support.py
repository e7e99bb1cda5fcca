"""Shared set-up of the web service tests: a copy of the processed samples, and accounts."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi.testclient import TestClient

from pipeline.settings import Settings
from sohoa.people import People
from web import create_app

AGENCY_A = "000.00.12.H19"
AGENCY_B = "000.00.21.H56"
PASSWORD = "mat-khau-thu-nghiem-1"

ACCOUNTS = {
    # username: (full name, roles, agency)
    "quan": ("Đỗ Minh Quân", ["head"], None),
    "admin": ("Quản Trị Viên", ["admin"], None),
    "lan": ("Nguyễn Thị Lan", ["clerk"], AGENCY_A),
    "an": ("Nguyễn Văn An", ["officer"], AGENCY_A),
    "binh": ("Trần Thị Bình", ["officer"], AGENCY_B),
    "trang": ("Phạm Thu Trang", ["archivist"], None),
    "hoa": ("Lê Văn Hòa", ["auditor"], None),
}


@dataclass
class Web:
    """A running app over a data folder, and an API key per account."""

    settings: Settings
    app: Any
    keys: dict[str, str]

    def client(self, username: str | None = None) -> TestClient:
        """A client that sends ``username``'s API key (anonymous without one)."""
        client = TestClient(self.app, raise_server_exceptions=False)
        if username:
            client.headers["Authorization"] = f"Bearer {self.keys[username]}"
        return client


def settings_for(data: Path, **web: Any) -> Settings:
    """Settings of the embedded default on ``data``, whatever servers the environment names."""
    with pytest.MonkeyPatch.context() as mp:
        for key in list(os.environ):
            if key.startswith("SOHOA_"):
                mp.delenv(key)
        settings = Settings(data=data, workers=1)
    for name, value in web.items():
        setattr(settings.web, name, value)
    return settings


def make_accounts(data: Path) -> dict[str, str]:
    """Create every test account; return an API key per user name."""
    people = People(data / "people.json")
    for username, (name, roles, agency) in ACCOUNTS.items():
        people.add_account(name, username, roles, agency=agency, password=PASSWORD)
    return {u: people.new_api_key(u) for u in ACCOUNTS}


def copy_data(source: Path, target: Path) -> Path:
    """A private copy of a processed data folder (the tests change it)."""
    shutil.copytree(source, target, symlinks=True)
    return target


def wait_done(client: TestClient, status_url: str, timeout_s: float = 600) -> dict[str, Any]:
    """Poll a batch's status until it is no longer queued or processing."""
    deadline = time.monotonic() + timeout_s
    while True:
        body = client.get(status_url).json()
        if body["state"] not in ("queued", "processing", "pending"):
            return body  # type: ignore[no-any-return]
        if time.monotonic() > deadline:
            raise AssertionError(f"{status_url} still {body['state']} after {timeout_s} s")
        time.sleep(1)


def wait_fixity(client: TestClient, runs_before: int, timeout_s: float = 300
                ) -> dict[str, Any]:
    """Poll ``GET /api/fixity`` until the run started after ``runs_before`` runs is kept."""
    deadline = time.monotonic() + timeout_s
    while True:
        body = client.get("/api/fixity").json()
        if body["runs"] > runs_before and body["running"] is None:
            return body  # type: ignore[no-any-return]
        if time.monotonic() > deadline:
            raise AssertionError(f"no fixity run was kept after {timeout_s} s: {body}")
        time.sleep(0.5)


@contextlib.contextmanager
def serve_in_thread(settings: Settings) -> Iterator[str]:
    """The app over real HTTP on a free port of 127.0.0.1 (uvicorn in a thread, with the
    options ``sohoa serve`` gives it); yields its URL and stops it at the end."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port,
                            log_level="warning", **settings.web.uvicorn_options())
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="sohoa-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the service did not start on 127.0.0.1"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(30)


@contextlib.contextmanager
def running(run_data: Path, folder: Path, **web: Any) -> Iterator[Web]:
    """The app (started, with its accounts) over a private copy of a processed data folder."""
    data = copy_data(run_data, folder / "data")
    keys = make_accounts(data)
    settings = settings_for(data, **web)
    app = create_app(settings)
    with TestClient(app):  # runs the app's start and end
        yield Web(settings, app, keys)


@contextlib.contextmanager
def dossier_office(data: Path, code: str, procedure: str, received_days_ago: int = 3
                   ) -> Iterator[Web]:
    """The app over an empty data folder with the test accounts (and any made in ``data``
    before), and one dossier ``code`` registered by the one-stop software."""
    from datetime import timedelta

    from pipeline.receipts import register_receipt
    from sohoa.clock import now_vn

    keys = make_accounts(data)
    settings = settings_for(data)
    app = create_app(settings)
    register_receipt(app.state.service.deps.store, code, procedure=procedure,
                     received_at=now_vn() - timedelta(days=received_days_ago),
                     who="Phần mềm một cửa")
    try:
        yield Web(settings, app, keys)
    finally:
        app.state.service.close()


def signed_in(web: Web, username: str) -> TestClient:
    """A browser signed in to the pages as ``username`` (session cookie)."""
    client = web.client()
    response = client.post("/dang-nhap", data={"username": username, "password": PASSWORD},
                           headers={"Origin": "http://testserver"}, follow_redirects=False)
    assert response.status_code == 303, response.text
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    return client


def code_of(agency: str) -> str:
    """The receipt code of a sample dossier of ``agency``."""
    from tests.conftest import truths

    return next(t["receipt_code"] for t in truths() if t["receipt_code"].startswith(agency + "-"))


def first_document(web: Web, code: str) -> str:
    """The id of the first document of a dossier (asked as the archivist)."""
    body = web.client("trang").get(f"/api/dossiers/{code}").json()
    return str(body["documents"][0]["document_id"])
