"""Two ``sohoa serve`` processes, each with its own empty data folder, serving one archive on
PostgreSQL (and one object store): a token from one is honoured by the other, a sign-out on
one ends it on the other, and a role revoked is refused on both."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from sohoa.db import database
from sohoa.people import People
from sohoa.state_pg import PgPeopleRecords
from tests.conftest import ROOT

pytestmark = [pytest.mark.integration, pytest.mark.postgres]
PASSWORD = "mật khẩu đủ dài 1"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def two(pg_url: str, tmp_path: Path) -> Iterator[list[str]]:
    store = tmp_path / "shared-store"
    store.mkdir()
    procs, urls = [], []
    for name in ("a", "b"):
        data = tmp_path / name
        data.mkdir()
        (data / "store").symlink_to(store)
        port = _free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("SOHOA_")}
        env.update(SOHOA_DATA=str(data), SOHOA_DATABASE_URL=pg_url, PYTHONPATH=str(ROOT),
                   SOHOA_WORKERS="1")
        log = (tmp_path / f"{name}.log").open("w")
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "cli.main", "serve", "--port", str(port),
             "--log-level", "warning"], env=env, stdout=log, stderr=subprocess.STDOUT))
        urls.append(f"http://127.0.0.1:{port}")
    try:
        deadline = time.monotonic() + 90
        for proc, url in zip(procs, urls, strict=True):
            while True:
                assert proc.poll() is None, (tmp_path / "a.log").read_text() + \
                    (tmp_path / "b.log").read_text()
                try:
                    if httpx.get(f"{url}/api/health", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                assert time.monotonic() < deadline, "sohoa serve did not start"
                time.sleep(0.3)
        yield urls
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()


def test_a_token_and_a_revocation_hold_on_both_services(two: list[str], pg_url: str) -> None:
    a, b = two
    people = People(PgPeopleRecords(database(pg_url)))
    people.add_account("Trần Văn Quân", "quan", ["head", "archivist"], agency=None,
                       password=PASSWORD)
    got = httpx.post(f"{a}/api/token", data={"username": "quan", "password": PASSWORD})
    assert got.status_code == 200, got.text
    bearer = {"Authorization": f"Bearer {got.json()['access_token']}"}
    me = httpx.get(f"{b}/api/me", headers=bearer)
    assert me.status_code == 200 and set(me.json()["roles"]) == {"head", "archivist"}
    people.change("Trần Văn Quân", ["archivist"], grant=False)  # revoked by an admin
    for url in (a, b):
        assert httpx.get(f"{url}/api/me", headers=bearer).json()["roles"] == ["head"]
    key = people.new_api_key("quan")
    assert httpx.get(f"{b}/api/me", headers={"Authorization": f"Bearer {key}"}
                     ).status_code == 200
    assert httpx.delete(f"{b}/api/token", headers=bearer).status_code == 204
    for url in (a, b):
        refused = httpx.get(f"{url}/api/me", headers=bearer)
        assert refused.status_code == 401 and "kết thúc" in refused.json()["message"]
