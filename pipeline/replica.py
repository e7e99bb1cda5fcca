"""The second copy at scale: the archive bucket replicated to a second MinIO server with
Object Lock (``archive.replication``), set up from the settings and watched by the health."""

from __future__ import annotations

from archive.replication import (
    ReplicaTarget,
    ReplicationSetup,
    ReplicationStatus,
    replication_status,
    setup_replication,
)
from archive.s3_store import S3Store
from archive.store import ObjectStore
from pipeline.settings import Settings
from sohoa.errors import ConfigurationError

__all__ = ["replica_of", "replica_status", "setup_replica"]


def replica_of(settings: Settings) -> ReplicaTarget | None:
    """The replica the settings name (``SOHOA_REPLICA__*``), or None."""
    r = settings.replica
    if not r.s3_endpoint:
        return None
    return ReplicaTarget(r.s3_endpoint, r.s3_access_key or "",
                         r.s3_secret_key.get_secret_value() if r.s3_secret_key else "",
                         r.bucket or settings.s3_bucket, r.s3_secure)


def _s3(store: ObjectStore) -> S3Store:
    if not isinstance(store, S3Store):
        raise ConfigurationError(
            "Sao chép sang máy chủ thứ hai chỉ dùng với kho MinIO: đặt SOHOA_S3_ENDPOINT "
            "(replication needs the archive on MinIO; the embedded folder store is backed up "
            "with sohoa backup run instead)")
    return store


def setup_replica(settings: Settings, store: ObjectStore) -> ReplicationSetup:
    """Replicate the archive bucket to the replica of the settings; idempotent."""
    target = replica_of(settings)
    if target is None:
        raise ConfigurationError(
            "Chưa cấu hình máy chủ bản sao: đặt SOHOA_REPLICA__S3_ENDPOINT, "
            "SOHOA_REPLICA__S3_ACCESS_KEY, SOHOA_REPLICA__S3_SECRET_KEY (the replica server "
            "is not set; scripts/services.sh env prints them for minio2)")
    return setup_replication(_s3(store), target)


def replica_status(store: ObjectStore) -> ReplicationStatus | None:
    """How far the replica is behind; None when the archive is not replicated (or not on
    MinIO)."""
    if not isinstance(store, S3Store):
        return None
    return replication_status(store)
