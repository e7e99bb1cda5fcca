"""Restoring a backup set into an empty installation, and repairing damaged objects from a
backup copy.

A restore checks every file it reads against the sha256 the set recorded, and writes each
object into the store with the retain-until, permanence and legal hold it had, so the restored
store refuses an early deletion as the original did. The audit trail comes back as the set
holds it; when the head witness kept beside the audit key is ahead of it (the entries written
after the set was made were lost with the data folder), the witness is set to the newest seal
restored and the restore says how far the lost part went, for the audit entry the service
writes ("restored from set X").

A repair puts back an object that fixity finds damaged or missing, from a copy whose sha256 is
the one its manifest (or write record) holds, never other bytes (``ObjectStore.heal``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from archive import check_fixity, keys
from archive.audit_key import default_key_file, witness_file, write_private
from archive.backup_media import BackupMediumError, Medium, blob_path, sha256_of
from archive.errors import ObjectMissingError
from archive.store import ObjectStore, get_json
from pipeline.backup import list_sets, read_set
from pipeline.backup_pg import state_source
from pipeline.backup_state import decrypt_secrets
from pipeline.deps import audit_trail_of, build_store
from pipeline.settings import Settings
from sohoa.errors import ConfigurationError

__all__ = ["RepairResult", "RestoreResult", "repair_from", "restore_set"]


@dataclass(slots=True)
class RestoreResult:
    """What a restore put back."""

    set_id: str
    medium: str
    objects: int = 0
    state_files: int = 0
    secrets: bool = False
    audit_head: dict[str, Any] = field(default_factory=dict)
    lost_after: dict[str, Any] | None = None
    """The head witnessed beside the audit key before the restore, when it was ahead of the
    set's trail: the entries after the set's head up to it were lost."""

    def to_json(self) -> dict[str, Any]:
        """As the audit entry and ``--json`` show it."""
        return {"set": self.set_id, "medium": self.medium, "objects": self.objects,
                "state_files": self.state_files, "secrets": self.secrets,
                "audit_head": self.audit_head, "lost_after": self.lost_after}


def _read(medium: Medium, path: str, sha: str) -> bytes:
    data = medium.read(path)
    if sha256_of(data) != sha:
        raise BackupMediumError(f"{medium.where(path)}: altered (sha256 {sha256_of(data)}, "
                                f"recorded {sha}); restore from another medium or set")
    return data


def _empty(settings: Settings) -> ObjectStore:
    """The store to restore into, refused unless the data folder and the store are empty."""
    data = settings.data
    if data.exists() and any(data.iterdir()):
        raise ConfigurationError(
            f"Thư mục dữ liệu {data} không trống; chỉ khôi phục vào thư mục trống (restore "
            "only into an empty data folder: give --data a new folder)")
    store = build_store(settings)
    if next(iter(store.list()), None) is not None:
        raise ConfigurationError(
            f"Kho lưu trữ {store.locate('')} không trống; chỉ khôi phục vào kho trống (restore "
            "only into an empty store: an empty bucket)")
    return store


def restore_set(settings: Settings, medium: Medium, set_id: str | None,
                passphrase: str | None) -> RestoreResult:
    """Put the set back into the empty installation ``settings`` names; see the module."""
    entry, body = read_set(medium, set_id)
    store = _empty(settings)
    result = RestoreResult(entry["set"], medium.name, audit_head=body["audit_head"])
    base = f"sets/{result.set_id}/"
    files = body["files"]
    key_file = (settings.audit_key_file or default_key_file()).expanduser()
    if "secrets.enc" in files:
        secret = decrypt_secrets(_read(medium, base + "secrets.enc",
                                       files["secrets.enc"]["sha256"]), passphrase)
        audit_key = secret.pop("audit.key", None)
        if audit_key is not None:
            if not key_file.exists():
                write_private(key_file, audit_key, replace=False)
            elif key_file.read_bytes() != audit_key:
                raise ConfigurationError(
                    f"Khóa nhật ký {key_file} khác khóa trong bộ sao lưu; nhật ký khôi phục sẽ "
                    "không kiểm tra được (the audit key here is not the one of the backed up "
                    "trail: point SOHOA_AUDIT_KEY_FILE at a new file, the restore writes it)")
        for rel, data in secret.items():
            _write(settings.data / rel, data)
        result.secrets = True
    for name, want in files.items():
        if name.startswith("trust/"):
            _write(settings.data / name.removeprefix("trust/"),
                   _read(medium, base + name, want["sha256"]))
    state = {name.removeprefix("state/"): _read(medium, base + name, want["sha256"])
             for name, want in files.items() if name.startswith("state/")}
    state_source(settings).load(state)
    result.state_files = len(state)
    catalogue = json.loads(_read(medium, base + "catalogue.json",
                                 files["catalogue.json"]["sha256"]))
    for obj in catalogue:
        if obj.get("unavailable"):
            continue
        data = _read(medium, blob_path(obj["sha256"]), obj["sha256"])
        until = date.fromisoformat(obj["retain_until"]) if obj["retain_until"] else None
        store.put(obj["key"], data, retain_until=until, permanent=obj["permanent"])
        if obj["legal_hold"]:
            store.set_legal_hold(obj["key"], True)
        result.objects += 1
    result.lost_after = _rewitness(store, key_file, settings, result.audit_head)
    return result


def _write(path: Any, data: bytes) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.write_bytes(data)
    path.chmod(0o600)


def _rewitness(store: ObjectStore, key_file: Any, settings: Settings,
               head: dict[str, Any]) -> dict[str, Any] | None:
    """Set the head witness of the restored trail to its newest restored seal when the one
    beside the key is ahead of the set; return the one it replaced (None: nothing replaced)."""
    trail = audit_trail_of(settings)
    identity = str(trail.resolve()) if isinstance(trail, Path) else trail.identity
    witness = witness_file(key_file, identity)
    if not witness.exists():
        return None
    before = json.loads(witness.read_text(encoding="utf-8"))
    if int(before.get("seq", 0)) <= int(head.get("seq", 0)):
        return None
    seals = sorted(store.list(keys.AUDIT_SEALS))
    if seals:
        newest = get_json(store, seals[-1])
        write_private(witness, json.dumps(
            {**newest, "trail": identity}).encode("utf-8"),
            replace=True)
    else:
        witness.unlink()
    return {"seq": before.get("seq"), "hash": before.get("hash")}


@dataclass(slots=True)
class RepairResult:
    """What a repair put back, and what it could not."""

    healed: list[dict[str, str]] = field(default_factory=list)
    """key, sha256 and where the copy came from, for each object put back."""
    unrepaired: list[str] = field(default_factory=list)
    """Objects with no matching copy on any medium given."""


def _copy_of(media: list[Medium], key: str, sha: str) -> tuple[bytes, str, dict[str, Any]
                                                                | None] | None:
    """The bytes whose sha256 is ``sha`` from the first medium that has them whole, where
    they are, and ``key``'s catalogue entry in that medium's newest set listing it."""
    for medium in media:
        path = blob_path(sha)
        try:
            data = medium.read(path)
        except BackupMediumError:
            continue
        if sha256_of(data) != sha:
            continue
        entry = None
        for logged in reversed([s["set"] for s in _sets(medium)]):
            try:
                catalogue = json.loads(medium.read(f"sets/{logged}/catalogue.json"))
            except (ValueError, BackupMediumError):
                continue
            entry = next((o for o in catalogue if o["key"] == key and o["sha256"] == sha), None)
            if entry is not None:
                break
        return data, medium.where(path), entry
    return None


def _sets(medium: Medium) -> list[dict[str, Any]]:
    return [s for s in list_sets(medium) if "error" not in s]


def repair_from(store: ObjectStore, media: list[Medium]) -> RepairResult:
    """Check every object; put back each damaged or missing one from a copy on ``media``
    whose sha256 is the one recorded for it."""
    result = RepairResult()
    for problem in check_fixity(store).problems:
        want = problem.expected_sha256
        found = _copy_of(media, problem.key, want) if want else None
        if found is None:
            result.unrepaired.append(problem.key)
            continue
        data, where, entry = found
        try:
            store.heal(problem.key, data)
        except ObjectMissingError:  # no write record left either: written anew as catalogued
            if entry is None:
                result.unrepaired.append(problem.key)
                continue
            until = date.fromisoformat(entry["retain_until"]) if entry["retain_until"] else None
            store.put(problem.key, data, retain_until=until, permanent=entry["permanent"])
        result.healed.append({"key": problem.key, "problem": problem.problem, "sha256": want,
                              "from": where})
    return result
