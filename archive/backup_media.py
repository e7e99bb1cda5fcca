"""Backup media: where backup sets are kept, a folder on another disk or a bucket on a second
S3 endpoint, and the layout of a medium.

```
sohoa-backup.json                  what this medium is (schema, when it was first used)
blobs/<aa>/<sha256>                the bytes of archived objects, named by their sha256, each
                                   written once: an object already on the medium is not copied
                                   again by an incremental set
sets/<set id>/set.json             the set: kind (full, incremental), when, who, the audit head,
                                   and the sha256 and size of every other file of the set
sets/<set id>/catalogue.json       every object of the store: key, sha256, size, retain-until,
                                   kept permanently, legal hold
sets/<set id>/state/…              the state (``pipeline.backup_state``)
sets/<set id>/secrets.enc          the development PKI's private keys and the audit key,
                                   encrypted with SOHOA_BACKUP_PASSPHRASE (absent without it)
sets/<set id>/minutes.pdf          the signed minutes of the run (PDF/A-2b, PAdES)
log/<set id>.json                  the backup log: one entry per run, with the sha256 of
                                   set.json and of the minutes
```

A set id sorts by time (``20261206T160000Z-1a2b3c``). Nothing on a medium is rewritten except
a blob by a full set, with the bytes its name is the sha256 of.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from archive.errors import ArchiveError
from archive.store import _atomic_write
from sohoa.errors import ConfigurationError, TransientServiceError

__all__ = ["BackupMediumError", "FolderMedium", "Medium", "S3Medium", "S3Target", "blob_path",
           "open_medium"]

_SAFE = re.compile(r"^[A-Za-z0-9._\-]+(/[A-Za-z0-9._\-]+)*$")


class BackupMediumError(ArchiveError):
    """A backup medium cannot be read or written, or a file on it is not what it should be."""

    code = "backup_medium"
    http_status = 409


def blob_path(sha256: str) -> str:
    """Where the bytes whose sha256 is ``sha256`` are kept on a medium."""
    return f"blobs/{sha256[:2]}/{sha256}"


def _check(path: str) -> str:
    if not _SAFE.match(path) or any(p in (".", "..") for p in path.split("/")):
        raise BackupMediumError(f"not a path on a backup medium: {path!r}")
    return path


class Medium(Protocol):
    """A place backup sets are written to and read from."""

    name: str
    """How a person names it: the folder, or ``s3://bucket`` at its endpoint."""

    def write(self, path: str, data: bytes) -> None:
        """Write ``data`` at ``path`` whole (replacing what is there)."""
        ...

    def read(self, path: str) -> bytes:
        """The bytes at ``path``; ``BackupMediumError`` when there is none."""
        ...

    def exists(self, path: str) -> bool:
        """Whether there is a file at ``path``."""
        ...

    def list(self, prefix: str = "") -> Iterator[str]:
        """The paths under ``prefix``, sorted."""
        ...

    def where(self, path: str) -> str:
        """Where a person finds ``path`` (a file path or a URL)."""
        ...


class FolderMedium:
    """A folder, on another disk than the data folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.name = str(root)

    def write(self, path: str, data: bytes) -> None:
        """Write the file whole: a temporary file beside it, synced, moved into place."""
        _atomic_write(self.root / _check(path), data, 0o444)

    def read(self, path: str) -> bytes:
        """The bytes of the file."""
        try:
            return (self.root / _check(path)).read_bytes()
        except FileNotFoundError as exc:
            raise BackupMediumError(f"{self.where(path)} is missing") from exc
        except OSError as exc:
            raise BackupMediumError(f"{self.where(path)} cannot be read: {exc}") from exc

    def exists(self, path: str) -> bool:
        """Whether the file is there."""
        return (self.root / _check(path)).is_file()

    def list(self, prefix: str = "") -> Iterator[str]:
        """The files under ``prefix``, sorted."""
        folder = prefix.rpartition("/")[0]
        base = self.root / folder if folder else self.root
        if not base.is_dir():
            return
        found = (p.relative_to(self.root).as_posix() for p in base.rglob("*")
                 if p.is_file() and not p.name.startswith(".tmp-"))
        yield from sorted(p for p in found if p.startswith(prefix))

    def where(self, path: str) -> str:
        """The file's path."""
        return str(self.root / path)


@dataclass(frozen=True, slots=True)
class S3Target:
    """The second S3 endpoint backups go to (``SOHOA_BACKUP__S3_*``)."""

    endpoint: str
    access_key: str
    secret_key: str
    secure: bool = False


class S3Medium:
    """A bucket on a second S3 endpoint (another MinIO server, another site)."""

    def __init__(self, bucket: str, target: S3Target) -> None:
        import urllib3
        from minio import Minio

        self._errors: tuple[type[BaseException], ...] = (urllib3.exceptions.HTTPError, OSError)
        http = urllib3.PoolManager(timeout=urllib3.Timeout(connect=5.0, read=60.0),
                                   retries=urllib3.Retry(total=2, backoff_factor=0.2))
        self.client = Minio(target.endpoint, access_key=target.access_key,
                            secret_key=target.secret_key, secure=target.secure,
                            http_client=http)
        self.bucket = bucket
        self.endpoint = target.endpoint
        self.name = f"s3://{bucket} ({target.endpoint})"
        try:
            if not self.client.bucket_exists(bucket):
                self.client.make_bucket(bucket)
        except self._errors as exc:
            raise TransientServiceError(
                f"Không kết nối được nơi sao lưu {self.name} (the backup endpoint is not "
                f"reachable): {exc}") from exc

    def _s3(self, what: str, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        from minio.error import S3Error

        try:
            return fn(*args, **kwargs)
        except S3Error as exc:
            if exc.code in ("NoSuchKey", "NoSuchObject"):
                raise BackupMediumError(f"{what} is missing") from exc
            raise BackupMediumError(f"{what}: {exc.code} {exc.message}") from exc
        except self._errors as exc:
            raise TransientServiceError(f"the backup endpoint {self.endpoint} is not reachable "
                                        f"({what}): {exc}") from exc

    def write(self, path: str, data: bytes) -> None:
        """Put the object."""
        self._s3(self.where(path), self.client.put_object, self.bucket, _check(path),
                 io.BytesIO(data), len(data))

    def read(self, path: str) -> bytes:
        """The object's bytes."""
        response = self._s3(self.where(path), self.client.get_object, self.bucket, _check(path))
        try:
            return bytes(response.read())
        finally:
            response.close()
            response.release_conn()

    def exists(self, path: str) -> bool:
        """Whether the object is there."""
        try:
            self._s3(self.where(path), self.client.stat_object, self.bucket, _check(path))
        except BackupMediumError:
            return False
        return True

    def list(self, prefix: str = "") -> Iterator[str]:
        """The objects under ``prefix``, sorted."""
        objects = self._s3(self.where(prefix), self.client.list_objects, self.bucket,
                           prefix=prefix, recursive=True)
        try:
            names = sorted(o.object_name for o in objects if o.object_name)
        except self._errors as exc:
            raise TransientServiceError(f"the backup endpoint {self.endpoint} is not "
                                        "reachable") from exc
        yield from names

    def where(self, path: str) -> str:
        """The object's address."""
        return f"s3://{self.bucket}/{path} ({self.endpoint})"


def open_medium(target: str, s3: S3Target | None) -> Medium:
    """The medium ``target`` names: ``s3://bucket`` on the backup endpoint ``s3``, else a
    folder."""
    if target.startswith("s3://"):
        bucket = target.removeprefix("s3://").strip("/")
        if not bucket or "/" in bucket:
            raise ConfigurationError(f"give the backup bucket as s3://BUCKET, not {target!r}")
        if s3 is None:
            raise ConfigurationError(
                f"Chưa cấu hình nơi sao lưu S3 cho {target}: đặt SOHOA_BACKUP__S3_ENDPOINT, "
                "SOHOA_BACKUP__S3_ACCESS_KEY, SOHOA_BACKUP__S3_SECRET_KEY (the second S3 "
                "endpoint backups go to is not set)")
        return S3Medium(bucket, s3)
    return FolderMedium(Path(target).expanduser())


def sha256_of(data: bytes) -> str:
    """The sha256 of ``data`` in hex."""
    return hashlib.sha256(data).hexdigest()
