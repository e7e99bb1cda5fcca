"""``sohoa health`` against the real servers: MinIO, Elasticsearch, Redis and PostgreSQL are
each probed with their latency, the Celery queue's depth is read from Redis, and a broker
that does not answer is a problem named as such."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from pipeline.health import HealthReport, health_metrics
from pipeline.settings import Settings
from service import Service
from tests.conftest import service_env, unique

pytestmark = [pytest.mark.integration, pytest.mark.redis, pytest.mark.minio,
              pytest.mark.elasticsearch, pytest.mark.postgres]


@pytest.fixture
def settings(tmp_path: Path, pg_url: str) -> Iterator[Settings]:
    name = unique("sohoa-health")
    settings = Settings(
        data=tmp_path / "data", workers=1,
        s3_endpoint=service_env("SOHOA_S3_ENDPOINT"),
        s3_access_key=service_env("SOHOA_S3_ACCESS_KEY"),
        s3_secret_key=service_env("SOHOA_S3_SECRET_KEY"), s3_bucket=name,
        es_url=service_env("SOHOA_ES_URL"), es_index=name,
        broker_url=service_env("SOHOA_BROKER_URL"), queue=name, database_url=pg_url)
    queue = redis.Redis.from_url(settings.broker_url or "")
    queue.lpush(name, "one", "two", "three")  # three messages waiting, as Celery keeps them
    try:
        yield settings
    finally:
        queue.delete(name)


def _report(settings: Settings) -> HealthReport:
    service = Service.build(settings)
    try:
        return service.health.view(service.local_actor())
    finally:
        service.close()


def test_every_server_is_probed_and_the_queue_depth_is_read(settings: Settings) -> None:
    report = _report(settings)
    items = {i.name: i for i in report.items}
    for name in ("store", "index", "broker", "database"):
        assert items[name].status in ("ok", "warning"), items[name]
        assert items[name].value is not None and items[name].value >= 0, items[name]
        assert items[name].detail.startswith("up: "), items[name]
    assert items["queue"].value == 3 and items["queue"].status == "ok"
    queue = next(m for m in health_metrics(report) if m.name == "sohoa_queue_depth")
    assert [(s.labels, s.value) for s in queue.samples] == [({"queue": settings.queue}, 3)]
    assert items["audit seals"].status == "ok"


def test_a_broker_that_does_not_answer_is_a_problem(settings: Settings) -> None:
    settings.broker_url = "redis://127.0.0.1:1/0"  # nothing listens there
    settings.health.timeout_s = 1
    report = _report(settings)
    items = {i.name: i for i in report.items}
    assert items["broker"].status == "problem" and "down" in items["broker"].detail
    assert items["queue"].status == "problem"
    assert items["store"].status in ("ok", "warning")
    assert "broker" in {i.name for i in report.problems()}
