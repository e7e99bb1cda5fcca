"""The second copy at scale: the archive bucket on MinIO replicated to a second MinIO server
(scripts/services.sh minio2) with Object Lock on both sides, and the second server as an S3
backup medium, through the commands an operator runs."""

from __future__ import annotations

import contextlib
import io
import json
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from archive import RetentionLockedError, archive_document
from archive.s3_store import S3Store
from cli.main import main
from pipeline.health import check_health
from pipeline.settings import Settings
from service.accounts import local_actor
from service.app import Service
from tests.conftest import service_env, unique

pytestmark = [pytest.mark.integration, pytest.mark.minio, pytest.mark.minio2]
CODE = "000.00.12.H19-250414-0009"


def _replica_env() -> dict[str, str]:
    return {"s3_endpoint": service_env("SOHOA_REPLICA__S3_ENDPOINT") or "",
            "s3_access_key": service_env("SOHOA_REPLICA__S3_ACCESS_KEY") or "",
            "s3_secret_key": service_env("SOHOA_REPLICA__S3_SECRET_KEY") or ""}


def _settings(data: Path, bucket: str) -> Settings:
    return Settings(
        data=data, s3_endpoint=service_env("SOHOA_S3_ENDPOINT"),
        s3_access_key=service_env("SOHOA_S3_ACCESS_KEY"),
        s3_secret_key=service_env("SOHOA_S3_SECRET_KEY"), s3_bucket=bucket,
        replica=_replica_env(), backup=_replica_env())


def _replica_store(bucket: str) -> S3Store:
    env = _replica_env()
    return S3Store(env["s3_endpoint"], env["s3_access_key"], env["s3_secret_key"], bucket)


def _archive(service: Service, doc: str, data: bytes, until: date) -> str:
    archive_document(service.deps.store, receipt_code=CODE, document_id=doc,
                     files={"document.pdf": data},
                     metadata={"retention": {"retain_until": until.isoformat(),
                                             "permanent": False}},
                     retain_until=until, permanent=False)
    return f"aip/{CODE}/{doc}/document.pdf"


def _version(store: S3Store, key: str) -> tuple[str, dict[str, Any]]:
    stat = store.client.stat_object(store.bucket, key)
    return stat.version_id or "", {k.lower(): v for k, v in (stat.metadata or {}).items()}


def _wait_on_replica(replica: S3Store, key: str, timeout_s: float = 90) -> None:
    deadline = time.monotonic() + timeout_s
    while not replica.exists(key):
        assert time.monotonic() < deadline, f"{key} did not reach the replica in {timeout_s} s"
        time.sleep(0.5)


def test_an_archived_object_reaches_the_replica_locked_as_the_archive_keeps_it(
        tmp_path: Path) -> None:
    bucket = unique("sohoa-rep")
    settings = _settings(tmp_path / "data", bucket)
    service = Service.build(settings)
    actor = local_actor(service.ctx, None)
    until = date.today() + timedelta(days=2)  # short: the test buckets cannot be emptied early
    before = _archive(service, "bbbbbb000001", b"%PDF-1.7 archived before the replica", until)

    first = service.backups.setup_replica(actor)
    assert first.rule_added and first.bucket_made and first.resync_id, first
    again = service.backups.setup_replica(actor)  # idempotent: nothing new
    assert (again.arn, again.rule_added, again.bucket_made) == (first.arn, False, False)

    key = _archive(service, "bbbbbb000002", b"%PDF-1.7 archived after", until)
    replica = _replica_store(bucket)
    archive = service.deps.store
    assert isinstance(archive, S3Store)
    for k in (key, before):  # the one archived before comes by the resync
        _wait_on_replica(replica, k)
        assert replica.get(k) == archive.get(k)
        assert replica.info(k) == archive.info(k)  # sha256, size, retain-until, hold
        version, meta = _version(replica, k)
        assert version == _version(archive, k)[0]
        assert meta["x-amz-object-lock-mode"] == "COMPLIANCE"
        assert meta["x-amz-replication-status"] == "REPLICA"
    assert replica.info(key).retain_until == until

    with pytest.raises(RetentionLockedError):  # the replica itself refuses an early delete
        replica.delete_versions(key)
    with pytest.raises(RetentionLockedError):
        replica.delete(key)

    deadline = time.monotonic() + 30
    while (status := service.backups.replica_status(actor)) and status.pending_count:
        assert time.monotonic() < deadline, status
        time.sleep(0.5)
    assert status is not None and status.online and status.arn == first.arn
    item = next(i for i in check_health(service.deps).items if i.kind == "replication")
    assert item.status == "ok" and item.value == 0, item
    service.close()


def test_the_replica_refuses_a_bucket_without_object_lock(tmp_path: Path) -> None:
    bucket = unique("sohoa-rep-nolock")
    env = _replica_env()
    from minio import Minio

    Minio(env["s3_endpoint"], env["s3_access_key"], env["s3_secret_key"],
          secure=False).make_bucket(bucket)
    service = Service.build(_settings(tmp_path / "data", bucket))
    from sohoa.errors import ConfigurationError

    with pytest.raises(ConfigurationError, match="Object Lock"):
        service.backups.setup_replica(local_actor(service.ctx, None))
    service.close()


def _cli(*argv: str) -> tuple[int, str]:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = main(list(argv))
    return code, buf.getvalue()


def test_backup_to_the_second_minio_and_verify_it(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    settings = _settings(data, unique("sohoa-rep-src"))
    service = Service.build(settings)
    _archive(service, "cccccc000001", b"%PDF-1.7 backed up", date.today() + timedelta(days=2))
    service.close()
    for name, value in (("SOHOA_S3_ENDPOINT", service_env("SOHOA_S3_ENDPOINT")),
                        ("SOHOA_S3_ACCESS_KEY", service_env("SOHOA_S3_ACCESS_KEY")),
                        ("SOHOA_S3_SECRET_KEY", service_env("SOHOA_S3_SECRET_KEY")),
                        ("SOHOA_S3_BUCKET", settings.s3_bucket),
                        ("SOHOA_BACKUP__S3_ENDPOINT", _replica_env()["s3_endpoint"]),
                        ("SOHOA_BACKUP__S3_ACCESS_KEY", _replica_env()["s3_access_key"]),
                        ("SOHOA_BACKUP__S3_SECRET_KEY", _replica_env()["s3_secret_key"])):
        monkeypatch.setenv(name, value or "")
    target = f"s3://{unique('sohoa-rep-backup')}"
    code, out = _cli("backup", "run", "--to", target, "--data", str(data), "--json")
    assert code == 0, out
    made = json.loads(out)
    assert made["kind"] == "full" and made["copied"] >= 1, made
    code, out = _cli("backup", "verify", target, "--data", str(data), "--json")
    check = json.loads(out)
    assert code == 0 and check["ok"] and check["sets"] == 1, check
    assert _replica_env()["s3_endpoint"] in check["medium"], check
    code, out = _cli("backup", "list", target, "--data", str(data), "--json")
    assert code == 0 and [s["set"] for s in json.loads(out)] == [made["set"]], out
