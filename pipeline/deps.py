"""The composition root: the one place that turns ``Settings`` into adapters.

It picks the object store (the folder store, or MinIO when an S3 endpoint is set), the search
index (Tantivy, or Elasticsearch when its URL is set), the keys that sign (the configured
PKCS#12 files, tokens and HSM, else the development PKI, made only when it signs), the
audit log, and where the shared state is kept (PostgreSQL when ``SOHOA_DATABASE_URL`` is set:
people, sessions, the audit trail; else files in the data folder), and bundles them as
``Deps``: what the runners, the Celery tasks and the service layer work with.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from archive import FolderStore, ObjectStore
from archive.audit import AuditLog, keyed_log
from archive.audit_trail import Trail
from classify import Rules, load_rules
from pipeline.settings import Settings
from search_api import SearchIndex
from signing import DevPki
from signing.identity import SigningIdentity
from signing.keys import KeyConfig, Keyring
from signing.ltv import SigningProfile
from sohoa.callbacks import CallbackRegistry
from sohoa.errors import ConfigurationError
from sohoa.locks import FileLocks, Locks, PgLocks
from sohoa.people import People
from sohoa.sessions import FileSessionState, SessionState

__all__ = ["Deps", "audit_trail_of", "build_deps", "build_index", "build_keys", "build_store",
           "callbacks_of", "locks_of", "people_of", "profile_of", "session_state_of"]


@dataclass(slots=True)
class Deps:
    """The adapters a run uses, picked from the settings."""

    settings: Settings
    store: ObjectStore
    index: SearchIndex
    rules: Rules
    keys: Keyring
    audit: AuditLog

    @property
    def pki(self) -> DevPki:
        """The development PKI, made in the data folder at first use."""
        return self.keys.dev()


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
    """Return the search index the settings name: Elasticsearch if configured, else the
    embedded Tantivy index."""
    if settings.es_url:
        from search_api.es_index import ElasticIndex

        return ElasticIndex(settings.es_url, settings.es_index)
    from search_api.tantivy_index import TantivyIndex

    return TantivyIndex(settings.index_path)


def build_keys(settings: Settings) -> Keyring:
    """The signing identities the settings name; PINs come from ``SOHOA_TOKEN_PIN`` (the
    clerk's token) and ``SOHOA_HSM_PIN`` (the seal's HSM), as ``sohoa sign`` reads them."""
    s = settings.signing
    passphrase = s.clerk_p12_passphrase
    return Keyring(KeyConfig(
        organisation=s.organisation, level=s.level, tsa_url=s.tsa_url,
        fetch_revocation=s.fetch_revocation, p12_dir=s.clerk_p12_dir,
        p12_passphrases=s.clerk_p12_passphrases,
        p12_passphrase=passphrase.get_secret_value() if passphrase is not None else None,
        pkcs11_module=s.pkcs11_module, person_token=s.clerk_token,
        person_key_label=s.clerk_key_label, person_pin=os.environ.get("SOHOA_TOKEN_PIN"),
        seal_token=s.seal_token, seal_key_label=s.seal_key_label,
        seal_pin=os.environ.get("SOHOA_HSM_PIN"), trust_roots=tuple(s.trust_roots),
    ), settings.pki_dir)


def build_deps(settings: Settings) -> Deps:
    """Build the adapters the settings name (the embedded ones by default)."""
    settings.data.mkdir(parents=True, exist_ok=True)
    return Deps(
        settings=settings,
        store=build_store(settings),
        index=build_index(settings),
        rules=load_rules(),
        keys=build_keys(settings),
        audit=keyed_log(audit_trail_of(settings), settings.audit_key_file, settings.data),
    )


def audit_trail_of(settings: Settings) -> Path | Trail:
    """Where the audit trail is kept: PostgreSQL when ``SOHOA_DATABASE_URL`` is set, else the
    data folder's ``audit/audit.jsonl``."""
    if settings.database_url:
        from archive.audit_trail import PgTrail
        from sohoa.db import database

        return PgTrail(database(settings.database_url))
    return settings.audit_path


def profile_of(deps: Deps, *signers: SigningIdentity) -> SigningProfile:
    """The PAdES level, time-stamping authority and revocation source the settings name, for
    signing with ``signers`` (see ``Keyring.profile``)."""
    return deps.keys.profile(signers)


def people_of(deps: Deps) -> People:
    """The people registry: in PostgreSQL when ``SOHOA_DATABASE_URL`` is set, else the data
    folder's ``people.json``."""
    if deps.settings.database_url:
        from sohoa.db import database
        from sohoa.state_pg import PgPeopleRecords

        return People(PgPeopleRecords(database(deps.settings.database_url)))
    return People(deps.settings.people_path)


def locks_of(settings: Settings) -> Locks:
    """The named locks every process of the installation shares (``sohoa.locks``): PostgreSQL
    advisory locks when ``SOHOA_DATABASE_URL`` is set, else ``flock`` in ``DATA/locks``."""
    if settings.database_url:
        from sohoa.db import database

        return PgLocks(database(settings.database_url))
    return FileLocks(settings.data / "locks")


def callbacks_of(settings: Settings) -> CallbackRegistry:
    """The callback registrations: PostgreSQL when ``SOHOA_DATABASE_URL`` is set, else the data
    folder's ``callbacks.json``."""
    if settings.database_url:
        from sohoa.db import database
        from sohoa.state_pg import PgCallbackRegistry

        return PgCallbackRegistry(database(settings.database_url))
    return CallbackRegistry(settings.callbacks_path)


def session_state_of(settings: Settings) -> SessionState:
    """Where the web service keeps its session key and signed-out tokens: PostgreSQL when
    ``SOHOA_DATABASE_URL`` is set, else the data folder."""
    if settings.database_url:
        from sohoa.db import database
        from sohoa.state_pg import PgSessionState

        return PgSessionState(database(settings.database_url))
    return FileSessionState(settings.web_dir / "session.key")
