"""Three faults of the fault bench (``bench/faults.py``), on the same code: a worker killed
while it reads a page, Redis killed while batches are read (a page's task then fails with the
lost connection and its chord with it: the workers start the batch again themselves), and a
byte flipped in an archived object, found by fixity and healed by ``sohoa repair`` from a
backup. Every batch sent must end archived exactly once, and only the repair needs a person.

The test starts its own Redis and MinIO (``scripts/services.sh`` in a folder of its own, on
free ports): only those are killed or restarted. Elasticsearch and PostgreSQL are the shared
servers, with an index and a schema of the test's own, never stopped.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.fault_runs import Runner
from bench.fault_stack import Stack
from tests.conftest import service_env

pytestmark = [pytest.mark.integration, pytest.mark.redis, pytest.mark.minio,
              pytest.mark.elasticsearch, pytest.mark.postgres, pytest.mark.slow]


@pytest.fixture
def runner(short_tmp: Path, pg_url: str) -> Iterator[Runner]:
    shared = {"SOHOA_ES_URL": service_env("SOHOA_ES_URL") or "",
              "SOHOA_DATABASE_URL": pg_url}
    with Stack(short_tmp / "stack", own=("redis", "minio"), shared=shared,
               visibility_timeout_s=15) as stack:
        stack.start_serve()
        for name in ("w1", "w2"):
            stack.start_worker(name)
        yield Runner(stack, per_run=1, recover_budget_s=120)


def test_three_faults_lose_and_duplicate_nothing(runner: Runner) -> None:
    base = runner.baseline()
    assert (base.lost, base.duplicated, base.archived) == (0, 0, 1), base
    assert runner.expected >= 1
    for fault in ("SIGKILL worker mid-OCR", "SIGKILL Redis",
                  "byte flipped in an archived object"):
        result = runner.run(fault)
        assert (result.sent, result.received, result.archived) == (1, 1, 1), result
        assert (result.lost, result.duplicated) == (0, 0), result
        if fault.startswith("byte"):
            assert "sohoa repair" in result.person and not result.notes, result
        else:
            assert result.person == "no", result


def test_only_servers_the_stack_started_are_killed(tmp_path: Path) -> None:
    stack = Stack(tmp_path, own=())
    for name in ("redis", "minio", "es", "postgres"):
        with pytest.raises(RuntimeError, match="never"):
            stack.kill_server(name)
        with pytest.raises(RuntimeError, match="never"):
            stack.stop_server(name)
