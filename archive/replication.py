"""The archive bucket replicated to a second MinIO server: the second copy of every archived
object, on another server and disk, kept write-once there too.

MinIO's bucket replication (asynchronous, by the source server) copies each new object version
to the replica bucket with its version id, its metadata (``sha256``, ``permanent``) and its
Object Lock retention (COMPLIANCE, the same retain-until): the replica refuses an early delete
as the archive does. A version the archive deletes once its retention has ended (disposal) is
deleted on the replica too (MinIO's ``DeleteReplication``), and so is a delete marker, so a
record destroyed by an approved disposal does not live on in the copy.

Setting it up (``setup_replication``) is idempotent:

1. the replica bucket is made with Object Lock (so versioned) if it is not there, and refused
   if it is there without Object Lock;
2. the archive's server is given the replica as a remote target (MinIO admin API
   ``set-remote-target``; the body is encrypted with the admin's secret key, as ``mc`` does);
   the server answers the existing ARN when the target is already known;
3. the archive bucket's replication rule ``sohoa-replica`` names that ARN (written only when it
   is not there yet), and when it is new, every object already archived is queued for
   replication (``replication-reset``, what ``mc replicate resync start`` asks).

``replication_status`` reads what MinIO counts (``?replication-metrics=2``) and whether the
target is online: versions waiting (the replication lag) and failed since the server started.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from archive.errors import ArchiveError
from archive.s3_store import S3Store
from sohoa.errors import ConfigurationError, TransientServiceError

__all__ = ["RULE_ID", "ReplicaTarget", "ReplicationSetup", "ReplicationStatus",
           "replication_status", "setup_replication"]

RULE_ID = "sohoa-replica"
"""The id of the replication rule of the archive bucket."""


@dataclass(frozen=True, slots=True)
class ReplicaTarget:
    """The second MinIO server and its bucket (``SOHOA_REPLICA__*``)."""

    endpoint: str
    access_key: str
    secret_key: str
    bucket: str
    secure: bool = False


@dataclass(frozen=True, slots=True)
class ReplicationSetup:
    """What ``setup_replication`` found and did."""

    source: str
    """``s3://bucket (endpoint)`` of the archive."""
    replica: str
    """``s3://bucket (endpoint)`` of the replica."""
    arn: str
    bucket_made: bool
    rule_added: bool
    resync_id: str | None
    """The id of the replication of the objects archived before (only when the rule is new)."""

    def to_json(self) -> dict[str, Any]:
        """As ``--json`` prints it and the audit trail records it."""
        return {"source": self.source, "replica": self.replica, "arn": self.arn,
                "bucket_made": self.bucket_made, "rule_added": self.rule_added,
                "resync_id": self.resync_id}


@dataclass(frozen=True, slots=True)
class ReplicationStatus:
    """How far the replica is behind (counted by the archive's server since it started)."""

    arn: str
    online: bool
    pending_count: int
    pending_bytes: int
    failed_count: int
    failed_bytes: int
    failed_last_hour: int
    replicated_count: int

    def to_json(self) -> dict[str, Any]:
        """As ``--json`` prints it."""
        return {"arn": self.arn, "online": self.online, "pending_count": self.pending_count,
                "pending_bytes": self.pending_bytes, "failed_count": self.failed_count,
                "failed_bytes": self.failed_bytes, "failed_last_hour": self.failed_last_hour,
                "replicated_count": self.replicated_count}


class _Command:
    """An admin API path for ``MinioAdmin._url_open`` (its own list lacks the bucket targets)."""

    def __init__(self, value: str) -> None:
        self.value = value


def _where(bucket: str, endpoint: str) -> str:
    return f"s3://{bucket} ({endpoint})"


def _admin(store: S3Store) -> Any:
    import urllib3
    from minio.credentials import StaticProvider
    from minio.minioadmin import MinioAdmin

    creds = store.client._provider.retrieve()  # the archive's own credentials
    http = urllib3.PoolManager(timeout=urllib3.Timeout(connect=5.0, read=30.0),
                               retries=urllib3.Retry(total=2, backoff_factor=0.2))
    return MinioAdmin(endpoint=store.endpoint, credentials=StaticProvider(
        creds.access_key, creds.secret_key), secure=store.client._base_url.is_https,
        http_client=http)


def _admin_call(store: S3Store, method: str, command: str, query: dict[str, str],
                body: bytes | None = None) -> bytes:
    import urllib3
    from minio.error import MinioAdminException

    try:
        response = _admin(store)._url_open(method=method, command=_Command(command),
                                           query_params=query, body=body)
    except MinioAdminException as exc:
        raise ArchiveError(f"máy chủ lưu trữ {store.endpoint} từ chối {command} (the archive's "
                           f"server refused {command}): {exc}") from exc
    except (urllib3.exceptions.HTTPError, OSError) as exc:
        raise TransientServiceError(f"object store {store.endpoint} is not reachable "
                                    f"({command}): {exc}") from exc
    return bytes(response.data)


def _replica_client(target: ReplicaTarget) -> Any:
    import urllib3
    from minio import Minio

    http = urllib3.PoolManager(timeout=urllib3.Timeout(connect=5.0, read=60.0),
                               retries=urllib3.Retry(total=2, backoff_factor=0.2))
    return Minio(target.endpoint, access_key=target.access_key, secret_key=target.secret_key,
                 secure=target.secure, http_client=http)


def _ensure_replica_bucket(target: ReplicaTarget) -> bool:
    """Make the replica bucket with Object Lock; refuse one without it. True if made."""
    import urllib3
    from minio.error import S3Error

    client = _replica_client(target)
    where = _where(target.bucket, target.endpoint)
    try:
        made = False
        if not client.bucket_exists(target.bucket):
            client.make_bucket(target.bucket, object_lock=True)
            made = True
        client.get_object_lock_config(target.bucket)
    except S3Error as exc:
        raise ConfigurationError(
            f"Kho bản sao {where} không có khóa ghi một lần (Object Lock); tạo kho mới có Object "
            f"Lock (the replica bucket has no Object Lock: {exc.code}; it must be made with "
            "object lock enabled)") from exc
    except (urllib3.exceptions.HTTPError, OSError) as exc:
        raise TransientServiceError(f"Không kết nối được máy chủ bản sao {where} (the replica "
                                    f"server is not reachable): {exc}") from exc
    return made


def _rule_xml(arn: str) -> bytes:
    """The replication rule: every key, new versions, deletes of versions and delete markers;
    objects archived before the rule too."""
    from xml.sax.saxutils import escape

    return (
        '<ReplicationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Role></Role>'
        f"<Rule><ID>{RULE_ID}</ID><Status>Enabled</Status><Priority>1</Priority>"
        "<DeleteMarkerReplication><Status>Enabled</Status></DeleteMarkerReplication>"
        "<DeleteReplication><Status>Enabled</Status></DeleteReplication>"
        "<ExistingObjectReplication><Status>Enabled</Status></ExistingObjectReplication>"
        "<Filter><Prefix></Prefix></Filter>"
        f"<Destination><Bucket>{escape(arn)}</Bucket></Destination></Rule>"
        "</ReplicationConfiguration>").encode()


def _current_arns(store: S3Store) -> list[str]:
    """The destinations of the archive bucket's ``sohoa-replica`` rule (none: no rule)."""
    from minio.error import S3Error

    try:
        config = store._call("replication", store.client.get_bucket_replication, store.bucket)
    except S3Error as exc:
        raise ArchiveError(f"the replication of {store.bucket} cannot be read: "
                           f"{exc.code}") from exc
    if config is None:
        return []
    return [r.destination.bucket_arn for r in config.rules
            if r.rule_id == RULE_ID and r.destination is not None]


def setup_replication(store: S3Store, target: ReplicaTarget) -> ReplicationSetup:
    """Replicate the archive bucket of ``store`` to ``target`` (see the module's text);
    running it again changes nothing."""
    from minio.crypto import encrypt
    from minio.error import S3Error
    from minio.helpers import md5sum_hash

    same = target.bucket == store.bucket and target.endpoint == store.endpoint
    if same:
        raise ConfigurationError("Bản sao phải ở máy chủ khác (the replica must be another "
                                 f"server or bucket than the archive {store.endpoint})")
    made = _ensure_replica_bucket(target)
    remote = {"sourcebucket": store.bucket, "endpoint": target.endpoint,
              "credentials": {"accessKey": target.access_key, "secretKey": target.secret_key},
              "targetbucket": target.bucket, "secure": target.secure, "type": "replication",
              "replicationSync": False}
    secret = store.client._provider.retrieve().secret_key
    arn = json.loads(_admin_call(store, "PUT", "set-remote-target", {"bucket": store.bucket},
                                 encrypt(json.dumps(remote).encode(), secret)))
    resync_id = None
    added = arn not in _current_arns(store)
    if added:
        xml = _rule_xml(arn)
        try:
            store._call("replication", store.client._execute, "PUT", store.bucket, body=xml,
                        headers={"Content-MD5": md5sum_hash(xml)},
                        query_params={"replication": ""})
            answer = store._call("resync", store.client._execute, "PUT", store.bucket,
                                 query_params={"replication-reset": "", "arn": arn})
        except S3Error as exc:
            raise ArchiveError(f"the replication of {store.bucket} could not be set: "
                               f"{exc.code} {exc.message}") from exc
        targets = json.loads(answer.data or b"{}").get("target") or []
        resync_id = targets[0].get("resetid") if targets else None
    return ReplicationSetup(_where(store.bucket, store.endpoint),
                            _where(target.bucket, target.endpoint), arn, made, added, resync_id)


def replication_status(store: S3Store) -> ReplicationStatus | None:
    """How far the replica of ``store``'s bucket is behind; None when it is not replicated."""
    from minio.error import S3Error

    arns = _current_arns(store)
    if not arns:
        return None
    arn = arns[0]
    try:
        answer = store._call("replication metrics", store.client._execute, "GET", store.bucket,
                             query_params={"replication-metrics": "2"})
    except S3Error as exc:
        raise ArchiveError(f"the replication of {store.bucket} cannot be read: "
                           f"{exc.code}") from exc
    stats = (json.loads(answer.data).get("currStats") or {}).get("Stats") or {}
    mine = stats.get(arn) or {}
    failed = mine.get("failed") or {}
    targets = json.loads(_admin_call(store, "GET", "list-remote-targets",
                                     {"bucket": store.bucket, "type": "replication"}) or b"[]")
    online = any(t.get("arn") == arn and t.get("isOnline") for t in targets or [])
    return ReplicationStatus(
        arn=arn, online=online,
        pending_count=int(mine.get("pendingReplicationCount") or 0),
        pending_bytes=int(mine.get("pendingReplicationSize") or 0),
        failed_count=int((failed.get("totals") or {}).get("count") or 0),
        failed_bytes=int((failed.get("totals") or {}).get("bytes") or 0),
        failed_last_hour=int((failed.get("lastHour") or {}).get("count") or 0),
        replicated_count=int(mine.get("replicationCount") or 0))
