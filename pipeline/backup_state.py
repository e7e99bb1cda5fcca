"""What a backup set holds besides the archived objects: the state, the trust anchors and
settings, and the secrets (encrypted).

The state is one pluggable piece, a ``StateSource``: ``dump`` gives named files, ``load`` puts
them back into an empty installation. Today it is ``FolderState``: the data folder's state files
(people and roles, accounts, sessions and API keys, the audit trail, callbacks, the session key,
models, uploads being processed), each SQLite file copied with sqlite3's online backup API so a
database in use is copied consistent. With the shared state in PostgreSQL
(``SOHOA_DATABASE_URL``), ``pipeline.backup_pg.state_source`` returns ``PgState``: the folder's
files and each kept table as CSV; nothing else changes.

The development PKI is split: certificates, the issued list and the revocations are trust
anchors, kept in clear; everything else in ``pki/`` (the passphrase, private keys, PKCS#12 files)
and the audit key are secrets, kept only encrypted with ``SOHOA_BACKUP_PASSPHRASE`` (scrypt,
AES-256-GCM). Without the passphrase they are left out of the set, with a warning in its
minutes and log. Keys of a real CA stay on their tokens and are never read.
"""

from __future__ import annotations

import io
import json
import os
import re
import secrets
import sqlite3
import tarfile
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from pipeline.settings import Settings
from sohoa.errors import ConfigurationError, SohoaError

__all__ = ["BackupSecretError", "FolderState", "StateSource", "decrypt_secrets",
           "encrypt_secrets", "pki_files", "settings_snapshot"]

_SKIP_DIRS = {"store", "pki", "index", "index.previous", "index.sqlite3",
              "index.sqlite3.previous"}
"""Kept by other parts of a set: the objects (the catalogue and blobs), the PKI (split); and
the search index (and its rebuilt directories ``index.r…`` and rebuild log ``index.rebuild…``,
all named ``index.…``), which is not kept at all: ``sohoa reindex`` rebuilds it from the archive
after a restore (it is gigabytes at a million records, and holds nothing the archive does
not)."""
_SKIP_FILES = re.compile(r"(^|/)(\.tmp-|\.[^/]*\.lock$|[^/]*\.lock$|celerybeat-schedule)")
_SQLITE_MAGIC = b"SQLite format 3\x00"
_PUBLIC_PKI = re.compile(r"(\.cert\.pem|\.crt|\.crl)$|^issued/|^revoked\.json$|"
                         r"^tsa-retired/[^/]*cert[^/]*$")


class BackupSecretError(SohoaError):
    """The passphrase of a backup's secrets is missing or wrong."""

    code = "backup_secret"
    http_status = 400


class StateSource(Protocol):
    """The state of an installation, as named files."""

    name: str

    def dump(self) -> Iterator[tuple[str, bytes]]:
        """Each file of the state: a relative name and its bytes."""
        ...

    def load(self, files: Mapping[str, bytes]) -> None:
        """Put the files back into an empty installation."""
        ...


class FolderState:
    """The data folder's state files (the embedded default)."""

    name = "folder"

    def __init__(self, data: Path) -> None:
        self.data = data

    def dump(self) -> Iterator[tuple[str, bytes]]:
        """Every file of the data folder but the store, the PKI and the search index; SQLite
        files through the online backup API. The audit trail is read to its last whole
        line."""
        if not self.data.is_dir():
            return
        for path in sorted(self.data.rglob("*")):
            rel = path.relative_to(self.data).as_posix()
            top = rel.split("/")[0]
            if not path.is_file() or top in _SKIP_DIRS or top.startswith("index.") \
                    or _SKIP_FILES.search(rel):
                continue
            with path.open("rb") as fh:
                head = fh.read(len(_SQLITE_MAGIC))
            if head == _SQLITE_MAGIC:
                yield rel, _sqlite_copy(path)
            elif rel.endswith(".jsonl"):
                data = path.read_bytes()
                yield rel, data[:data.rfind(b"\n") + 1]
            else:
                yield rel, path.read_bytes()

    def load(self, files: Mapping[str, bytes]) -> None:
        """Write each file back under the data folder (owner-only modes, as they were made)."""
        for rel, data in files.items():
            target = self.data / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            target.chmod(0o600)


def _sqlite_copy(path: Path) -> bytes:
    """A consistent copy of a SQLite database in use (sqlite3's online backup API)."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copy.sqlite3"
        src = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
        dst = sqlite3.connect(copy)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        return copy.read_bytes()


def pki_files(pki_dir: Path) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """The development PKI's files: (trust anchors in clear, secrets), by path under it."""
    public: dict[str, bytes] = {}
    private: dict[str, bytes] = {}
    if not pki_dir.is_dir():
        return public, private
    for path in sorted(pki_dir.rglob("*")):
        rel = path.relative_to(pki_dir).as_posix()
        if not path.is_file() or _SKIP_FILES.search(rel):
            continue
        (public if _PUBLIC_PKI.search(rel) else private)[rel] = path.read_bytes()
    return public, private


def settings_snapshot(settings: Settings) -> bytes:
    """The settings in force, as JSON, without any secret (passwords are left out)."""
    body = json.loads(settings.model_dump_json())
    for name in ("s3_secret_key",):
        body.pop(name, None)
    body.get("signing", {}).pop("clerk_p12_passphrase", None)
    body.get("backup", {}).pop("s3_secret_key", None)
    return json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def _kdf(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(passphrase.encode("utf-8"))


def encrypt_secrets(files: Mapping[str, bytes], passphrase: str) -> bytes:
    """The files as one tar, encrypted with a key derived from ``passphrase``."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, data in sorted(files.items()):
            info = tarfile.TarInfo(name)
            info.size, info.mode = len(data), 0o600
            tar.addfile(info, io.BytesIO(data))
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    sealed = AESGCM(_kdf(passphrase, salt)).encrypt(nonce, buf.getvalue(), b"sohoa-backup/1")
    return b"SOHOA-BACKUP-1\n" + salt + nonce + sealed


def decrypt_secrets(blob: bytes, passphrase: str | None) -> dict[str, bytes]:
    """The files ``encrypt_secrets`` sealed; a wrong or missing passphrase is refused."""
    if not passphrase:
        raise BackupSecretError(
            "Bộ sao lưu có khóa mã hóa; đặt SOHOA_BACKUP_PASSPHRASE (the set holds encrypted "
            "keys: give the passphrase it was made with in SOHOA_BACKUP_PASSPHRASE)")
    magic = b"SOHOA-BACKUP-1\n"
    if not blob.startswith(magic):
        raise BackupSecretError("secrets.enc is not a sohoa backup's secrets")
    body = blob[len(magic):]
    salt, nonce, sealed = body[:16], body[16:28], body[28:]
    try:
        plain = AESGCM(_kdf(passphrase, salt)).decrypt(nonce, sealed, b"sohoa-backup/1")
    except InvalidTag as exc:
        raise BackupSecretError(
            "SOHOA_BACKUP_PASSPHRASE không đúng với bộ sao lưu này (the passphrase is not the "
            "one this set was made with, or secrets.enc was changed)") from exc
    out: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r") as tar:
        for member in tar.getmembers():
            handle = tar.extractfile(member)
            if handle is None or member.name.startswith("/") or ".." in member.name.split("/"):
                raise BackupSecretError(f"secrets.enc holds an unsafe name: {member.name!r}")
            out[member.name] = handle.read()
    return out


def passphrase() -> str | None:
    """``SOHOA_BACKUP_PASSPHRASE``, if set."""
    return os.environ.get("SOHOA_BACKUP_PASSPHRASE") or None


def require(condition: bool, message: str) -> None:
    """Raise ``ConfigurationError`` with ``message`` unless ``condition``."""
    if not condition:
        raise ConfigurationError(message)
