"""Backups on a bucket of an S3 endpoint (MinIO), from and into a store on MinIO: the set is
verified, restored into an empty bucket whose objects keep their retention (the server refuses
an early delete), and a byte flipped in the backup bucket is named. The backup endpoint here
is the test MinIO with buckets of its own; at a site it is a second server."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest

from archive import RetentionLockedError, archive_document
from pipeline.backup import medium_of, run_backup, verify_medium
from pipeline.deps import build_deps
from pipeline.restore import restore_set
from pipeline.settings import Settings
from tests.conftest import service_env, unique

pytestmark = [pytest.mark.integration, pytest.mark.minio]
CODE = "000.00.12.H19-250414-0007"


def _settings(data: Path, bucket: str) -> Settings:
    return Settings(
        data=data, s3_endpoint=service_env("SOHOA_S3_ENDPOINT"),
        s3_access_key=service_env("SOHOA_S3_ACCESS_KEY"),
        s3_secret_key=service_env("SOHOA_S3_SECRET_KEY"), s3_bucket=bucket,
        backup={"s3_endpoint": service_env("SOHOA_S3_ENDPOINT"),
                "s3_access_key": service_env("SOHOA_S3_ACCESS_KEY"),
                "s3_secret_key": service_env("SOHOA_S3_SECRET_KEY")})


def test_backup_to_s3_and_restore_into_an_empty_bucket(tmp_path: Path) -> None:
    settings = _settings(tmp_path / "data", unique("sohoa-bk-src"))
    deps = build_deps(settings)
    until = date.today() + timedelta(days=3650)
    archive_document(deps.store, receipt_code=CODE, document_id="aaaaaa000001",
                     files={"document.pdf": b"%PDF-1.7 one", "ocr.json": b"{}"},
                     metadata={"retention": {"retain_until": until.isoformat(),
                                             "permanent": False}},
                     retain_until=until, permanent=False)
    deps.audit.append("archived", f"aip/{CODE}/aaaaaa000001/", {})
    target = f"s3://{unique('sohoa-bk-media')}"
    medium = medium_of(settings, target)
    result = run_backup(deps, medium, full=False, who="Lê Văn Hòa", passphrase="mật khẩu")
    assert result.kind == "full" and result.copied >= 3 and result.secrets
    assert verify_medium(medium).ok

    again = _settings(tmp_path / "restored", unique("sohoa-bk-dst"))
    restored = restore_set(again, medium, None, "mật khẩu")
    assert restored.objects == result.objects
    store = build_deps(again).store
    key = f"aip/{CODE}/aaaaaa000001/document.pdf"
    assert store.get(key) == b"%PDF-1.7 one"
    assert store.info(key).retain_until == until
    with pytest.raises(RetentionLockedError):
        store.delete_versions(key)  # the server itself refuses

    blob = next(p for p in medium.list("blobs/"))
    data = bytearray(medium.read(blob))
    data[0] ^= 0x01
    medium.client.put_object(medium.bucket, blob, io.BytesIO(bytes(data)), len(data))
    check = verify_medium(medium)
    assert check.problems == [f"{medium.where(blob)}: altered (its sha256 is not its name)"]
