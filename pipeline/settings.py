"""One settings tree for the whole product, read from ``SOHOA_*`` environment variables.

Nested settings use a double underscore: ``SOHOA_OCR__ENGINE=null``,
``SOHOA_SIGNING__CLERK="Nguyễn Thị Lan"``. Settings are read when asked for
(``get_settings``), never at import.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from ingest.settings import IngestSettings
from ocr.engine import OcrSettings

__all__ = ["BackupSettings", "CallbackSettings", "HealthSettings", "LtvSettings",
           "ReplicaSettings", "Settings", "SigningSettings", "WebSettings", "get_settings"]


class SigningSettings(BaseModel):
    """Who signs digitised papers, and for which organisation."""

    clerk: str = "Cán bộ tiếp nhận"
    """The person who digitises (Circular 01/2023/TT-VPCP, Art. 8); set per counter."""
    organisation: str = "Trung tâm Phục vụ hành chính công"
    level: Literal["B-B", "B-T", "B-LT", "B-LTA"] = "B-LTA"
    """PAdES level of every signature: B-LTA keeps documents verifiable offline for decades."""
    tsa_url: str | None = None
    """RFC 3161 time-stamping authority; unset = the development PKI's own, in-process."""
    pkcs11_module: Path | None = None
    """PKCS#11 module of the officers' USB tokens or the HSM (``sohoa sign --token``, and the
    clerk's token or the seal's HSM below)."""
    clerk_p12_dir: Path | None = None
    """Folder of each person's PKCS#12 file from a real CA, ``<slug>.p12`` (the name folded to
    ASCII: ``nguyen-thi-lan.p12``): the clerks who digitise and the officers who issue results
    sign with them. Unset = a token (``clerk_token``) or the development PKI."""
    clerk_p12_passphrases: Path | None = None
    """A JSON file ``{"<slug>": "<passphrase>"}`` of those files' passphrases, kept outside the
    repository and the data folder (mode 0600)."""
    clerk_p12_passphrase: SecretStr | None = None
    """One passphrase for every file the passphrase file does not list."""
    clerk_token: str | None = None
    """Label of the PKCS#11 token the clerk of this counter signs with (PIN in
    ``SOHOA_TOKEN_PIN``); the key is the one labelled ``clerk_key_label``, else with the
    clerk's name."""
    clerk_key_label: str | None = None
    seal_token: str | None = None
    """Label of the HSM (PKCS#11) holding the organisation's seal key (PIN in
    ``SOHOA_HSM_PIN``): results and certified copies are sealed with it. Unset = the
    development PKI."""
    seal_key_label: str | None = None
    """Label of the seal key on the HSM; unset = the organisation's name."""
    seal_image: Path | None = None
    """The organisation's red seal, a transparent PNG (Decree 30): results are sealed with it."""
    seal_mm: float = 36.0
    """The seal's true diameter in millimetres."""
    signature_dir: Path | None = None
    """Each officer's signature image as ``<full name>.png`` (transparent), placed on the results
    they sign; unset or missing = their name written out (see ``signing.dev_images``)."""
    trust_roots: list[Path] = Field(default_factory=list)
    """CA certificates (PEM or DER) whose signatures are accepted on results signed elsewhere
    (e.g. the national root CA of officers' own tokens), besides this installation's CA; the
    roots of the configured keys' CA (what they are checked against when signing)."""
    fetch_revocation: bool = False
    """Fetch CRLs/OCSP from the certificates' addresses (a real CA); unset = the development
    PKI's own CRL."""


class LtvSettings(BaseModel):
    """Renewal of the archive time stamps that keep signed documents verifiable (``sohoa ltv
    renew``, and the workers' schedule)."""

    margin_days: Annotated[int, Field(ge=1, le=36500, description="renew a document whose "
                                      "newest time stamp stops being trustworthy (its TSA "
                                      "certificate ends or its algorithms weaken) within so "
                                      "many days")] = 730
    interval_s: Annotated[int, Field(ge=60, description="seconds between scheduled renewals "
                                     "(sohoa worker --beat)")] = 24 * 3600
    tsa_url: str | None = None
    """RFC 3161 TSA of the renewals; unset = ``signing.tsa_url``, else the development PKI's."""


class WebSettings(BaseModel):
    """Limits of the web service (``sohoa serve``)."""

    max_upload_mb: Annotated[float, Field(gt=0, description="largest file of an upload")] = 200
    max_request_mb: Annotated[float, Field(gt=0, description="largest upload request")] = 256
    max_verify_mb: Annotated[float, Field(gt=0, description="largest PDF to verify")] = 20
    max_form_kb: Annotated[float, Field(gt=0, description="largest other request body")] = 1024
    checks: Annotated[int, Field(ge=1, description="uploads and verifications checked at once")
                      ] = 2
    check_timeout_s: Annotated[float, Field(gt=0, description="longest check of one upload or "
                                            "verification")] = 60
    max_signature_fields: Annotated[int, Field(ge=1, description="most signature fields a "
                                               "verification reads")] = 50
    max_pdf_objects: Annotated[int, Field(ge=1, description="most objects in a PDF to verify")
                               ] = 200_000
    anonymous_verifications: Annotated[int, Field(ge=1, description="anonymous verifications "
                                                  "running or waiting at once")] = 4
    max_files: Annotated[int, Field(ge=1, description="most files in one upload")] = 100
    login_per_minute: Annotated[int, Field(ge=1)] = 10
    verify_per_minute: Annotated[int, Field(ge=1)] = 30
    session_hours: Annotated[float, Field(gt=0)] = 8
    lockout_failures: Annotated[int, Field(ge=1, description="failed sign-ins of one account "
                                           "that lock it out")] = 5
    lockout_minutes: Annotated[float, Field(gt=0, description="how long those failures count "
                                            "and the lockout lasts")] = 15
    api_key_days: Annotated[int, Field(ge=1, le=3650, description="days a new API key is "
                                       "valid")] = 365
    public_url: str = "http://127.0.0.1:8000"
    """The address citizens reach this service at (``SOHOA_WEB__PUBLIC_URL``): the QR code of
    a printed copy links to ``{public_url}/xac-minh``."""
    trusted_proxies: str = ""
    """Addresses of the reverse proxies in front of ``sohoa serve`` (comma-separated) whose
    X-Forwarded-For names the real client, for rate limits and the audit trail; unset = the
    address that connects is the client."""

    def uvicorn_options(self) -> dict[str, Any]:
        """How uvicorn should treat forwarded-for headers under these settings."""
        proxies = [p.strip() for p in self.trusted_proxies.split(",") if p.strip()]
        return {"proxy_headers": bool(proxies), "forwarded_allow_ips": proxies or None}


class CallbackSettings(BaseModel):
    """Signed notifications to the systems that registered a callback (``sohoa callbacks``).

    Environment: ``SOHOA_CALLBACKS__INTERVAL_S`` (seconds between delivery passes of
    ``sohoa serve``), ``SOHOA_CALLBACKS__TIMEOUT_S`` (longest wait for a receiver's answer),
    ``SOHOA_CALLBACKS__RETRY_FIRST_S`` and ``SOHOA_CALLBACKS__RETRY_MAX_S`` (the wait after a
    failed attempt: the first, then twice as long each time up to the most),
    ``SOHOA_CALLBACKS__MAX_ATTEMPTS`` and ``SOHOA_CALLBACKS__MAX_AGE_HOURS`` (then delivery is
    given up and the notification is listed as dead), ``SOHOA_CALLBACKS__SCAN_DAYS`` (how many
    days of the outbox a pass reads) and ``SOHOA_CALLBACKS__KEEP_DAYS`` (retain-until of the
    outbox objects).
    """

    interval_s: Annotated[float, Field(gt=0, le=3600, description="seconds between delivery "
                                       "passes")] = 5
    timeout_s: Annotated[float, Field(gt=0, le=60, description="longest wait for a receiver")
                         ] = 5
    retry_first_s: Annotated[float, Field(gt=0, description="wait after the first failed "
                                          "attempt")] = 5
    retry_max_s: Annotated[float, Field(gt=0, description="longest wait between attempts")
                           ] = 3600
    max_attempts: Annotated[int, Field(ge=1, le=1000, description="attempts before giving up")
                            ] = 30
    max_age_hours: Annotated[float, Field(gt=0, description="hours before giving up")] = 72
    scan_days: Annotated[int, Field(ge=1, le=365, description="days of the outbox a pass "
                                    "reads; more than max_age_hours")] = 7
    keep_days: Annotated[int, Field(ge=1, description="days the outbox objects are kept")] = 90


class BackupSettings(BaseModel):
    """Backups (``sohoa backup``) and their schedule (``sohoa worker --beat``).

    The defaults follow Circular 02/2019/TT-BNV: Art. 8 (the archive database in at least two
    copies, each on an independent storage medium) and Art. 10 (a daily incremental backup, a
    full backup on the first day of each month). **Unverified**: whether these articles still
    stand under the Archives Law 2024 and its circulars was not checked, as for the retention
    schedule; change the settings when it is.

    Environment: ``SOHOA_BACKUP__TARGETS`` (a JSON list: folders on other disks and
    ``s3://bucket`` names on the endpoint below), ``SOHOA_BACKUP__HOUR``,
    ``SOHOA_BACKUP__FULL_DAY``, ``SOHOA_BACKUP__S3_ENDPOINT``, ``SOHOA_BACKUP__S3_ACCESS_KEY``,
    ``SOHOA_BACKUP__S3_SECRET_KEY``, ``SOHOA_BACKUP__S3_SECURE``. The passphrase of the
    development PKI's keys in a set is ``SOHOA_BACKUP_PASSPHRASE``, never a setting.
    """

    targets: list[str] = Field(default_factory=list)
    """Where the schedule backs up to, each in turn (two media: Art. 8, unverified)."""
    hour: Annotated[int, Field(ge=0, le=23, description="hour of the day (Vietnam time) of "
                               "the scheduled backup")] = 1
    full_day: Annotated[int, Field(ge=1, le=28, description="day of the month of the full "
                                   "backup; the other days are incremental (Art. 10, "
                                   "unverified)")] = 1
    s3_endpoint: str | None = None
    """host:port of the second S3 endpoint (another MinIO server) for ``s3://`` targets."""
    s3_access_key: str | None = None
    s3_secret_key: SecretStr | None = None
    s3_secure: bool = False


class ReplicaSettings(BaseModel):
    """The second MinIO server the archive bucket is replicated to (``sohoa replica setup``):
    MinIO bucket replication with Object Lock on both sides, the second copy of every archived
    object at scale. Environment: ``SOHOA_REPLICA__S3_ENDPOINT``, ``SOHOA_REPLICA__S3_ACCESS_KEY``,
    ``SOHOA_REPLICA__S3_SECRET_KEY``, ``SOHOA_REPLICA__S3_SECURE``, ``SOHOA_REPLICA__BUCKET``
    (``scripts/services.sh env`` prints them for its second server, minio2)."""

    s3_endpoint: str | None = None
    """host:port of the replica server, as the archive's server reaches it."""
    s3_access_key: str | None = None
    s3_secret_key: SecretStr | None = None
    s3_secure: bool = False
    bucket: str | None = None
    """The replica bucket; unset = the archive bucket's name (``SOHOA_S3_BUCKET``)."""


class HealthSettings(BaseModel):
    """Where each item of ``sohoa health`` (and ``GET /api/health/detail``) turns from ok to
    warning and from warning to problem. Environment: ``SOHOA_HEALTH__<NAME>``."""

    certificate_warning_days: Annotated[int, Field(ge=0)] = 90
    certificate_problem_days: Annotated[int, Field(ge=0)] = 30
    backup_warning_hours: Annotated[float, Field(gt=0, description="a daily backup and its "
                                                 "hour of margin")] = 26
    backup_problem_hours: Annotated[float, Field(gt=0)] = 48
    fixity_warning_days: Annotated[float, Field(gt=0)] = 2
    fixity_problem_days: Annotated[float, Field(gt=0)] = 7
    unsealed_warning: Annotated[int, Field(ge=1, description="audit entries after the newest "
                                           "seal")] = 500
    unsealed_problem: Annotated[int, Field(ge=1)] = 5000
    queue_warning: Annotated[int, Field(ge=1, description="tasks waiting in the queue")] = 500
    queue_problem: Annotated[int, Field(ge=1)] = 5000
    latency_warning_ms: Annotated[float, Field(gt=0, description="a dependency slower than "
                                               "this to answer")] = 2000
    timeout_s: Annotated[float, Field(gt=0, description="longest wait for Redis or "
                                      "PostgreSQL to answer")] = 5
    metrics_cache_s: Annotated[float, Field(ge=0, description="seconds the measured part of "
                                            "/metrics is reused between scrapes")] = 30
    replication_pending_warning: Annotated[int, Field(ge=1, description="object versions "
                                                      "not yet on the replica")] = 1000
    replication_pending_problem: Annotated[int, Field(ge=1)] = 100000


class Settings(BaseSettings):
    """Every setting of sohoa."""

    model_config = SettingsConfigDict(
        env_prefix="SOHOA_", env_nested_delimiter="__", extra="ignore"
    )

    data: Path = Path("data")
    """The data folder: object store, search index, development PKI."""
    workers: Annotated[int, Field(ge=0, description="page worker processes; 0 = one per core")] = 0
    s3_endpoint: str | None = None
    """host:port of MinIO or another S3 server; unset = the folder store in the data folder."""
    s3_access_key: str | None = None
    s3_secret_key: SecretStr | None = None
    s3_bucket: str = "sohoa-archive"
    s3_secure: bool = False
    es_url: str | None = None
    """Elasticsearch URL, e.g. http://127.0.0.1:9200; unset = SQLite FTS5 in the data folder."""
    es_index: str = "sohoa-documents"
    database_url: str | None = None
    """PostgreSQL, e.g. postgresql://sohoa@127.0.0.1:5433/sohoa: people, accounts, sessions,
    rate limits and the audit trail shared by every machine (``sohoa migrate`` first); unset =
    files in the data folder."""
    broker_url: str | None = None
    """Celery broker, e.g. redis://127.0.0.1:6379/0; unset = everything runs in-process."""
    queue: str = "sohoa"
    """Celery queue the tasks go to and the workers read."""
    result_backend: str | None = None
    """Celery result store; defaults to the broker."""
    visibility_timeout_s: Annotated[
        int, Field(ge=5, description="seconds before a task a lost worker held runs again")
    ] = 600
    fixity_interval_s: Annotated[
        int, Field(ge=5, description="seconds between scheduled fixity runs (sohoa worker --beat)")
    ] = 24 * 3600
    seal_interval_s: Annotated[
        int, Field(ge=5, description="seconds between seals of the audit trail (--beat, and "
                   "the web service in this process)")
    ] = 300
    model_interval_s: Annotated[
        int, Field(ge=60, description="seconds between scheduled retrainings of the document "
                   "type model (sohoa worker --beat); the embedded default trains only on "
                   "command (sohoa model train)")
    ] = 7 * 24 * 3600
    audit_key_file: Path | None = None
    """The key that signs the audit trail, kept outside the data folder (made at first use,
    mode 0600); unset = ``$XDG_CONFIG_HOME/sohoa/audit.key`` (``~/.config/sohoa/audit.key``).
    Every machine that writes the same trail needs the same key."""
    ingest: IngestSettings = IngestSettings()
    ocr: OcrSettings = OcrSettings()
    signing: SigningSettings = SigningSettings()
    web: WebSettings = WebSettings()
    callbacks: CallbackSettings = CallbackSettings()
    ltv: LtvSettings = LtvSettings()
    backup: BackupSettings = BackupSettings()
    replica: ReplicaSettings = ReplicaSettings()
    health: HealthSettings = HealthSettings()

    @property
    def worker_count(self) -> int:
        """Number of page worker processes to run."""
        return self.workers or max(1, os.cpu_count() or 1)

    @property
    def store_dir(self) -> Path:
        """Folder of the embedded object store."""
        return self.data / "store"

    @property
    def index_path(self) -> Path:
        """Folder of the embedded search index (Tantivy)."""
        return self.data / "index"

    @property
    def previous_index_path(self) -> Path:
        """File of the search index of releases before the Tantivy one (SQLite FTS5): when
        found, the index is rebuilt from the archive (``pipeline.indexing.upgrade_index``)."""
        return self.data / "index.sqlite3"

    @property
    def audit_path(self) -> Path:
        """The hash-chained audit trail (sealed into the object store by ``sohoa audit seal``)."""
        return self.data / "audit" / "audit.jsonl"

    @property
    def people_path(self) -> Path:
        """Who holds which role (``sohoa people``)."""
        return self.data / "people.json"

    @property
    def callbacks_path(self) -> Path:
        """The registered callbacks and their secrets (``sohoa callbacks``; mode 0600)."""
        return self.data / "callbacks.json"

    @property
    def web_dir(self) -> Path:
        """Folder of the web service: its session key and uploads being processed."""
        return self.data / "web"

    @property
    def models_dir(self) -> Path:
        """The document type models (``sohoa model train``) and ``current.json``, which names
        the one in use."""
        return self.data / "models"

    @property
    def pki_dir(self) -> Path:
        """Folder of the development PKI (made at first run)."""
        return self.data / "pki"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Return the settings, read once from the environment."""
    return Settings()
