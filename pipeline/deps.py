"""The composition root: the one place that turns ``Settings`` into adapters.

It picks the object store (the folder store, or MinIO when an S3 endpoint is set), the search
index (SQLite, or Elasticsearch when its URL is set), the development PKI that signs, and the
audit log, and bundles them as ``Deps``: what the runners, the Celery tasks and the service
layer work with.
"""

from __future__ import annotations

from dataclasses import dataclass

from archive import FolderStore, ObjectStore
from archive.audit import AuditLog, keyed_log
from classify import Rules, load_rules
from pipeline.settings import Settings
from search_api import SearchIndex, SqliteIndex
from signing import DevPki
from signing.ltv import SigningProfile, signing_profile
from sohoa.errors import ConfigurationError
from sohoa.people import People

__all__ = ["Deps", "build_deps", "build_index", "build_store", "people_of", "profile_of"]


@dataclass(slots=True)
class Deps:
    """The adapters a run uses, picked from the settings."""

    settings: Settings
    store: ObjectStore
    index: SearchIndex
    rules: Rules
    pki: DevPki
    audit: AuditLog


def build_store(settings: Settings) -> ObjectStore:
    """Return the object store the settings name: S3 (MinIO) if configured, else the folder."""
    if settings.s3_endpoint:
        from archive.s3_store import S3Store

        if not settings.s3_access_key or not settings.s3_secret_key:
            raise ConfigurationError(
                "SOHOA_S3_ENDPOINT is set but SOHOA_S3_ACCESS_KEY or SOHOA_S3_SECRET_KEY is not"
            )
        return S3Store(settings.s3_endpoint, settings.s3_access_key,
                       settings.s3_secret_key.get_secret_value(), settings.s3_bucket,
                       secure=settings.s3_secure)
    return FolderStore(settings.store_dir)


def build_index(settings: Settings) -> SearchIndex:
    """Return the search index the settings name: Elasticsearch if configured, else SQLite."""
    if settings.es_url:
        from search_api.es_index import ElasticIndex

        return ElasticIndex(settings.es_url, settings.es_index)
    return SqliteIndex(settings.index_path)


def build_deps(settings: Settings) -> Deps:
    """Build the adapters the settings name (the embedded ones by default)."""
    settings.data.mkdir(parents=True, exist_ok=True)
    return Deps(
        settings=settings,
        store=build_store(settings),
        index=build_index(settings),
        rules=load_rules(),
        pki=DevPki.ensure(settings.pki_dir, settings.signing.organisation),
        audit=keyed_log(settings.audit_path, settings.audit_key_file, settings.data),
    )


def profile_of(deps: Deps) -> SigningProfile:
    """The PAdES level, time-stamping authority and revocation source the settings name."""
    s = deps.settings.signing
    return signing_profile(deps.pki, s.level, tsa_url=s.tsa_url,
                           fetch_revocation=s.fetch_revocation)


def people_of(deps: Deps) -> People:
    """The people registry of the data folder."""
    return People(deps.settings.people_path)
