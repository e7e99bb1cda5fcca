"""Archive stage: write-once object storage and archival packages."""

from __future__ import annotations

from archive.aip import (
    MANIFEST_SCHEMA,
    ArchivedDocument,
    FixityProblem,
    FixityReport,
    aip_prefix,
    archive_document,
    check_fixity,
    find_archived,
    find_document_or_tombstone,
    iter_manifests,
    load_manifest,
    record_intake,
)
from archive.errors import (
    ArchiveError,
    InvalidKeyError,
    ObjectExistsError,
    ObjectMissingError,
    ObjectUnreadableError,
    RetentionLockedError,
)
from archive.records import Manifest, Tombstone
from archive.store import FolderStore, ObjectInfo, ObjectStore, get_json, put_json

__all__ = [
    "MANIFEST_SCHEMA",
    "ArchiveError",
    "ArchivedDocument",
    "FixityProblem",
    "FixityReport",
    "FolderStore",
    "InvalidKeyError",
    "Manifest",
    "ObjectExistsError",
    "ObjectInfo",
    "ObjectMissingError",
    "ObjectStore",
    "ObjectUnreadableError",
    "RetentionLockedError",
    "Tombstone",
    "aip_prefix",
    "archive_document",
    "check_fixity",
    "find_archived",
    "find_document_or_tombstone",
    "get_json",
    "iter_manifests",
    "load_manifest",
    "put_json",
    "record_intake",
]
