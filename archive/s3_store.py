"""The object store on S3 (MinIO): a bucket with Object Lock, COMPLIANCE retention per object.

Write-once is enforced twice: sohoa refuses to replace an object, and the server refuses to
delete or change a locked version before its retain-until date or while it is on legal hold,
whoever asks. Records kept permanently get the longest retention the schedule allows
(``PERMANENT_UNTIL``) plus a ``permanent`` mark in their metadata.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, date, datetime, time

import urllib3
from minio import Minio
from minio.commonconfig import COMPLIANCE
from minio.error import MinioException, S3Error
from minio.helpers import genheaders
from minio.retention import Retention

from archive.errors import (
    ArchiveError,
    ObjectExistsError,
    ObjectMissingError,
    ObjectUnreadableError,
    RetentionLockedError,
)
from archive.store import ObjectInfo, check_deletable, check_healing, check_key, check_longer
from sohoa.errors import ConfigurationError, TransientServiceError

__all__ = ["PERMANENT_UNTIL", "S3Store"]

PERMANENT_UNTIL = date(2999, 12, 31)
"""Retain-until written on the server for records kept permanently."""
_MISSING = {"NoSuchKey", "NoSuchObject", "NoSuchVersion"}
_LOCKED = {"AccessDenied", "ObjectLocked", "InvalidRequest"}
_UNREADABLE = {"SlowDownRead"}
"""MinIO's answer for an object whose copy on disk fails its bitrot check (no whole copy
left to read): the bytes are damaged, not the server busy."""
_TAKEN = {"PreconditionFailed", "ConditionalRequestConflict"}


def _until(d: date) -> datetime:
    return datetime.combine(d, time(0, 0), tzinfo=UTC)


class S3Store:
    """Objects in one S3 bucket with Object Lock enabled."""

    def __init__(
        self,
        endpoint: str,
        access_key: str,
        secret_key: str,
        bucket: str = "sohoa-archive",
        *,
        secure: bool = False,
        region: str | None = None,
        timeout_s: float = 30.0,
    ) -> None:
        http = urllib3.PoolManager(
            timeout=urllib3.Timeout(connect=min(5.0, timeout_s), read=timeout_s),
            # MinIO asks to wait minutes (Retry-After) before reading a damaged object again:
            # retry quickly instead, so fixity names it rather than stalls on it
            retries=urllib3.Retry(total=2, backoff_factor=0.2,
                                  status_forcelist=(500, 502, 503, 504),
                                  respect_retry_after_header=False,
                                  raise_on_status=False),  # the last answer says what failed
        )
        self.client = Minio(endpoint, access_key=access_key, secret_key=secret_key,
                            secure=secure, region=region, http_client=http)
        self.bucket = bucket
        self.endpoint = endpoint
        self._ensure_bucket()

    def _call(self, what: str, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        try:
            return fn(*args, **kwargs)
        except S3Error as exc:
            status = getattr(exc.response, "status", 0) or 0
            if status < 500 or exc.code in _UNREADABLE:
                raise
            raise TransientServiceError(  # starting, busy or failing: try again later
                f"object store {self.endpoint} answered {status} {exc.code} ({what})"
            ) from exc
        except (urllib3.exceptions.HTTPError, OSError, MinioException) as exc:
            raise TransientServiceError(
                f"object store {self.endpoint} is not reachable ({what}): {exc}"
            ) from exc

    def _read(self, what: str, fn, key: str):  # type: ignore[no-untyped-def]
        """Call a read of ``key``; a missing object is ``ObjectMissingError``."""
        check_key(key)
        try:
            return self._call(what, fn, self.bucket, key)
        except S3Error as exc:
            if exc.code in _MISSING:
                raise ObjectMissingError(f"{key} is not in the archive") from exc
            if exc.code in _UNREADABLE:
                raise ObjectUnreadableError(
                    f"{key}: kho lưu trữ không đọc lại được bản sao nguyên vẹn (hỏng trên đĩa); "
                    f"chạy sohoa repair ({key}: the store cannot read back a whole copy, "
                    "damaged on disk; run sohoa repair)") from exc
            raise ArchiveError(f"{key} could not be read: {exc.code}") from exc

    def _ensure_bucket(self) -> None:
        if not self._call("bucket check", self.client.bucket_exists, self.bucket):
            try:
                self._call("make bucket", self.client.make_bucket, self.bucket, object_lock=True)
            except S3Error as exc:
                if exc.code not in ("BucketAlreadyOwnedByYou", "BucketAlreadyExists"):
                    raise ArchiveError(f"cannot create bucket {self.bucket}: {exc.code}") from exc
        try:
            config = self._call("object lock check", self.client.get_object_lock_config,
                                self.bucket)
        except S3Error as exc:
            raise ConfigurationError(
                f"bucket {self.bucket} has no Object Lock; archives need a bucket created with "
                "object lock enabled"
            ) from exc
        del config

    def put(
        self, key: str, data: bytes, *, retain_until: date | None = None, permanent: bool = False
    ) -> ObjectInfo:
        """Store ``data`` under ``key`` with COMPLIANCE retention; same bytes again is a no-op."""
        check_key(key)
        digest = hashlib.sha256(data).hexdigest()
        try:
            existing = self.info(key)
        except ObjectMissingError:
            existing = None
        if existing is not None:
            return self._same_or_refused(key, digest, len(data))
        until = PERMANENT_UNTIL if permanent else retain_until
        if until is not None and until <= date.today():
            until = None  # retention already ended (a record digitised after its period)
        retention = Retention(COMPLIANCE, _until(until)) if until else None
        metadata = {"sha256": digest, "permanent": "true" if permanent else "false"}
        headers = genheaders(metadata, None, None, retention, None)
        headers["Content-Type"] = "application/octet-stream"
        # Only if no object is there yet: of two writers of one key at once, exactly one
        # creates it, as the folder store's hard link does; the other is told it exists.
        headers["If-None-Match"] = "*"
        try:
            self._call("put", self.client._put_object, self.bucket, key, data, headers)
        except S3Error as exc:
            if exc.code in _TAKEN:
                return self._same_or_refused(key, digest, len(data))
            raise ArchiveError(f"{key} could not be stored: {exc.code} {exc.message}") from exc
        return ObjectInfo(key, len(data), digest, None if permanent else retain_until,
                          permanent, False)

    def _same_or_refused(self, key: str, digest: str, size: int) -> ObjectInfo:
        """Another writer stored ``key`` first: the same bytes pass, other bytes are refused."""
        existing = self.info(key)
        if existing.sha256 == digest and existing.size == size:
            return existing
        raise ObjectExistsError(f"{key} is already archived with different content")

    def get(self, key: str) -> bytes:
        """Return the bytes of an object."""
        response = self._read("get", self.client.get_object, key)
        try:
            return bytes(response.read())
        finally:
            response.close()
            response.release_conn()

    def info(self, key: str) -> ObjectInfo:
        """Return size, sha256 (as written), retention and legal hold of an object."""
        stat = self._read("stat", self.client.stat_object, key)
        meta = {k.lower(): v for k, v in (stat.metadata or {}).items()}
        permanent = meta.get("x-amz-meta-permanent") == "true"
        until_raw = meta.get("x-amz-object-lock-retain-until-date")
        until = datetime.fromisoformat(until_raw.replace("Z", "+00:00")).date() if until_raw \
            else None
        hold = meta.get("x-amz-object-lock-legal-hold", "").upper() == "ON"
        permanent = permanent or (until is not None and until >= PERMANENT_UNTIL)
        return ObjectInfo(key, int(stat.size or 0), meta.get("x-amz-meta-sha256", ""),
                          None if permanent else until, permanent, hold)

    def exists(self, key: str) -> bool:
        """Tell whether an object exists."""
        try:
            self.info(key)
        except ObjectMissingError:
            return False
        return True

    def list(self, prefix: str = "", *, start_after: str = "") -> Iterator[str]:
        """Yield the keys under ``prefix`` in sorted order (those after ``start_after`` when
        given), a thousand per request as the server lists them: S3 lists keys in the order
        of their UTF-8 bytes, which is the order of Python's strings, so nothing is sorted
        here and a caller that stops early asks for no further page."""
        objects = self._call("list", self.client.list_objects, self.bucket, prefix=prefix,
                             recursive=True, start_after=start_after or None)
        try:
            for o in objects:
                if o.object_name:
                    yield o.object_name
        except S3Error as exc:
            if (getattr(exc.response, "status", 0) or 0) < 500:
                raise
            raise TransientServiceError(f"object store {self.endpoint} answered "
                                        f"{exc.code} (list)") from exc
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            raise TransientServiceError(f"object store {self.endpoint} is not reachable") from exc

    def delete(self, key: str, *, today: date | None = None) -> None:
        """Delete every version of an object whose retention has ended and that is not held."""
        check_deletable(self.info(key), today or date.today())
        self.delete_versions(key)

    def delete_versions(self, key: str) -> None:
        """Ask the server to delete every version of ``key``; it refuses locked versions."""
        versions = self._call("list versions", self.client.list_objects, self.bucket,
                              prefix=key, include_version=True)
        for obj in list(versions):
            if obj.object_name != key:
                continue
            try:
                self._call("delete", self.client.remove_object, self.bucket, key,
                           version_id=obj.version_id)
            except S3Error as exc:
                if exc.code in _LOCKED:
                    raise RetentionLockedError(
                        f"{key}: the object store refuses the delete ({exc.code}); the object "
                        "is under retention or legal hold"
                    ) from exc
                raise ArchiveError(f"{key} could not be deleted: {exc.code}") from exc

    def set_legal_hold(self, key: str, hold: bool) -> None:
        """Set or release the legal hold of an object."""
        check_key(key)
        fn = self.client.enable_object_legal_hold if hold else \
            self.client.disable_object_legal_hold
        try:
            self._call("legal hold", fn, self.bucket, key)
        except S3Error as exc:
            if exc.code in _MISSING:
                raise ObjectMissingError(f"{key} is not in the archive") from exc
            raise ArchiveError(f"legal hold on {key} failed: {exc.code}") from exc

    def extend_retention(self, key: str, until: date | None) -> ObjectInfo:
        """Keep an object until a later date (``None``: permanently); the server itself refuses
        to shorten COMPLIANCE retention, and so does sohoa first."""
        info = self.info(key)
        check_longer(info, until)
        if info.permanent:
            return info
        target = PERMANENT_UNTIL if until is None else until
        try:
            self._call("retention", self.client.set_object_retention, self.bucket, key,
                       Retention(COMPLIANCE, _until(target)))
        except S3Error as exc:
            if exc.code in _LOCKED:
                raise RetentionLockedError(
                    f"{key}: the object store refuses the retention change ({exc.code})"
                ) from exc
            raise ArchiveError(f"retention of {key} could not be set: {exc.code}") from exc
        return self.info(key)

    def heal(self, key: str, data: bytes) -> ObjectInfo:
        """Put back an object whose newest version is damaged or hidden, from a copy whose
        sha256 and size are those recorded with its first (locked) version: a new version with
        that version's metadata and retention on top (the locked versions stay). Other bytes
        are refused; an object whose bytes are whole is left as it is."""
        info = self._first_version(key)
        check_healing(info, data)
        try:
            if hashlib.sha256(self.get(key)).hexdigest() == info.sha256:
                return info
        except (ObjectMissingError, ObjectUnreadableError):
            pass
        until = PERMANENT_UNTIL if info.permanent else info.retain_until
        if until is not None and until <= date.today():
            until = None
        retention = Retention(COMPLIANCE, _until(until)) if until else None
        metadata = {"sha256": info.sha256, "permanent": "true" if info.permanent else "false"}
        headers = genheaders(metadata, None, None, retention, None)
        headers["Content-Type"] = "application/octet-stream"
        try:
            self._call("heal", self.client._put_object, self.bucket, key, data, headers)
        except S3Error as exc:
            raise ArchiveError(f"{key} could not be put back: {exc.code} {exc.message}") from exc
        return self.info(key)

    def _first_version(self, key: str) -> ObjectInfo:
        """What was recorded with the oldest version of ``key`` (the one sohoa wrote)."""
        check_key(key)
        versions = [o for o in self._call("list versions", self.client.list_objects,
                                          self.bucket, prefix=key, include_version=True)
                    if o.object_name == key and not o.is_delete_marker]
        if not versions:
            raise ObjectMissingError(f"{key} is not in the archive")
        first = min(versions, key=lambda o: o.last_modified)
        stat = self._call("stat", self.client.stat_object, self.bucket, key,
                          version_id=first.version_id)
        meta = {k.lower(): v for k, v in (stat.metadata or {}).items()}
        until_raw = meta.get("x-amz-object-lock-retain-until-date")
        until = datetime.fromisoformat(until_raw.replace("Z", "+00:00")).date() if until_raw \
            else None
        permanent = meta.get("x-amz-meta-permanent") == "true" or (
            until is not None and until >= PERMANENT_UNTIL)
        return ObjectInfo(key, int(stat.size or 0), meta.get("x-amz-meta-sha256", ""),
                          None if permanent else until, permanent, False)

    def locate(self, key: str) -> str:
        """Return the ``s3://bucket/key`` address of an object or prefix."""
        return f"s3://{self.bucket}/{key}"
