"""Two machines serving one archive: each runs `sohoa serve` and a Celery worker over a data
folder of its own (empty but for its scratch files), and they share only the servers —
PostgreSQL (people, keys, the audit trail), MinIO (the archive), Elasticsearch (the index),
Redis (the queue) — and the audit key every machine is given.

A batch sent to one machine is read by either worker and found through the other; an API key
made on one opens the other; 200 actions sent to both at once leave one audit chain, in one
gapless order, that `sohoa audit verify` passes on either machine.
"""

from __future__ import annotations

import concurrent.futures
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from archive.audit_trail import PgTrail
from bench.fault_inputs import make_input
from bench.fault_stack import Stack
from sohoa.db import Database
from tests.conftest import service_env

pytestmark = [pytest.mark.integration, pytest.mark.redis, pytest.mark.minio,
              pytest.mark.elasticsearch, pytest.mark.postgres, pytest.mark.slow]


@pytest.fixture
def machines(short_tmp: Path, pg_url: str) -> Iterator[tuple[Stack, Stack]]:
    shared = {name: service_env(name) or "" for name in (
        "SOHOA_BROKER_URL", "SOHOA_S3_ENDPOINT", "SOHOA_S3_ACCESS_KEY", "SOHOA_S3_SECRET_KEY",
        "SOHOA_ES_URL")} | {"SOHOA_DATABASE_URL": pg_url}
    key = secrets.token_bytes(32)  # one audit key, given to every machine that writes the trail
    for machine in ("a", "b"):
        folder = short_tmp / machine / "config" / "sohoa"
        folder.mkdir(parents=True, mode=0o700)
        (folder / "audit.key").write_bytes(key)
        (folder / "audit.key").chmod(0o600)
    with Stack(short_tmp / "a", own=(), shared=shared) as one:
        other = Stack(short_tmp / "b", own=())
        data = other.root / "data"
        (data / "tmp").mkdir(parents=True)
        other.env = one.env | {"SOHOA_DATA": str(data), "TMPDIR": str(data / "tmp"),
                               "XDG_CONFIG_HOME": str(other.root / "config")}
        other.api_key = one.api_key
        try:
            one.start_serve()
            other.start_serve()
            one.start_worker("wa")
            other.start_worker("wb")
            yield one, other
        finally:
            other.close()


def _found(machine: Stack, words: str, code: str, timeout_s: float = 300) -> None:
    """Wait until a search through ``machine`` finds dossier ``code``."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        hits = httpx.get(f"{machine.url}/api/search", params={"q": words}, timeout=30,
                         headers={"Authorization": f"Bearer {machine.api_key}"})
        assert hits.status_code == 200, hits.text
        if code in {h["receipt_code"] for h in hits.json()["hits"]}:
            return
        time.sleep(2)
    raise AssertionError(f"{code} not found through {machine.url} in {timeout_s} s")


def test_two_machines_serve_one_archive_and_keep_one_audit_chain(
        machines: tuple[Stack, Stack], pg_url: str) -> None:
    one, other = machines
    assert one.env["SOHOA_DATA"] != other.env["SOHOA_DATA"]
    sent = make_input("77", 1)
    one.upload(sent.files)
    _found(other, "giấy ủy quyền", sent.code)
    _found(other, "giay uy quyen", sent.code)
    auth = {"Authorization": f"Bearer {one.api_key}"}  # a key made on one, used on both

    trail = PgTrail(Database(pg_url))
    before = len(trail.sequence_numbers())

    def search(n: int) -> int:
        url = (one, other)[n % 2].url
        words = ("giấy ủy quyền", "giay uy quyen")[n // 2 % 2]
        return httpx.get(f"{url}/api/search", params={"q": words}, headers=auth,
                         timeout=60).status_code

    with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
        answers = list(pool.map(search, range(200)))
    assert answers == [200] * 200
    numbers = trail.sequence_numbers()
    assert numbers == list(range(1, len(numbers) + 1))  # one order, no gap
    assert len(numbers) - before >= 200
    for machine in (one, other):
        check = machine.sohoa("audit", "verify")
        assert check.returncode == 0, check.stdout + check.stderr
