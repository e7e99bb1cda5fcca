"""Errors of the archive stage."""

from __future__ import annotations

from sohoa.errors import SohoaError

__all__ = [
    "ArchiveError",
    "InvalidKeyError",
    "ObjectExistsError",
    "ObjectMissingError",
    "ObjectUnreadableError",
    "RetentionLockedError",
]


class ArchiveError(SohoaError):
    """The object store refused or failed an operation."""

    code = "archive_error"


class InvalidKeyError(ArchiveError):
    code = "invalid_key"
    http_status = 400


class ObjectExistsError(ArchiveError):
    """Archived objects are written once; a different object under the same key is refused."""

    code = "object_exists"
    http_status = 409


class ObjectMissingError(ArchiveError):
    code = "object_missing"
    http_status = 404


class ObjectUnreadableError(ArchiveError):
    """The store holds the object but cannot give its bytes back whole: MinIO found its copy
    on disk damaged (bitrot) and refuses to serve it. Fixity reports it; repair puts the
    recorded bytes back from a backup."""

    code = "object_unreadable"
    http_status = 500


class RetentionLockedError(ArchiveError):
    """The object is under retention or legal hold and cannot be deleted or changed."""

    code = "retention_locked"
    http_status = 409
