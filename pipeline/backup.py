"""Backup sets: one run copies the archive, the state, the trust anchors and settings, and
(encrypted) the development PKI's keys onto a medium; ``verify_medium`` re-hashes every file.

A run, in order: seal the audit trail; take the state (its audit trail to the last whole
entry, whose sequence number and hash are the set's audit head); list every object of the
store into the catalogue with its sha256 and retention, leaving out the seals of entries after
the head (they belong to the next set); copy the bytes of each object not yet on the medium
(a full set copies them all); write the secrets, ``set.json``, the signed minutes (also archived
in the store, so the next set holds them) and the log entry. The layout is drawn in
``archive.backup_media``.
"""

from __future__ import annotations

import json
import logging
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from archive import keys
from archive.backup_media import (
    BackupMediumError,
    Medium,
    S3Target,
    blob_path,
    open_medium,
    sha256_of,
)
from archive.errors import ObjectMissingError
from archive.printout import Printout, Table
from pipeline.backup_pg import PG_TRAIL, state_source, trail_lines
from pipeline.backup_state import (
    encrypt_secrets,
    pki_files,
    settings_snapshot,
)
from pipeline.deps import Deps
from pipeline.records import signed_printout
from pipeline.settings import Settings
from sohoa.clock import now_vn
from sohoa.errors import SohoaError
from sohoa.text import nfc

__all__ = ["BackupResult", "MediumCheck", "list_sets", "medium_of", "read_set", "run_backup",
           "scheduled_backup", "verify_medium"]

log = logging.getLogger(__name__)

SET_SCHEMA = "sohoa.backup-set/1"
NO_KEYS_WARNING = ("Khóa của PKI phát triển và khóa nhật ký KHÔNG có trong bộ này vì chưa đặt "
                   "SOHOA_BACKUP_PASSPHRASE (the development PKI's private keys and the audit "
                   "key are NOT in this set: SOHOA_BACKUP_PASSPHRASE is not set)")


@dataclass(slots=True)
class BackupResult:
    """What one run copied."""

    set_id: str
    kind: str
    medium: str
    objects: int = 0
    """Objects of the store the set's catalogue lists."""
    copied: int = 0
    """Of them, copied onto the medium by this run."""
    copied_bytes: int = 0
    state_files: list[str] = field(default_factory=list)
    trust_anchors: int = 0
    secrets: bool = False
    audit_head: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    minutes_key: str = ""

    def to_json(self) -> dict[str, Any]:
        """The result as the log and ``--json`` show it."""
        return {"set": self.set_id, "kind": self.kind, "medium": self.medium,
                "objects": self.objects, "copied": self.copied,
                "copied_bytes": self.copied_bytes, "state_files": self.state_files,
                "trust_anchors": self.trust_anchors, "secrets": self.secrets,
                "audit_head": self.audit_head, "warnings": self.warnings,
                "minutes": self.minutes_key}


def _new_id() -> str:
    return f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


def _audit_head(trail: bytes) -> dict[str, Any]:
    lines = trail.splitlines()
    if not lines:
        return {"seq": 0, "hash": ""}
    last = json.loads(lines[-1])
    return {"seq": int(last["seq"]), "hash": str(last["hash"])}


def medium_of(settings: Settings, target: str) -> Medium:
    """The medium ``target`` names (a folder, or ``s3://bucket`` on the backup endpoint)."""
    b = settings.backup
    s3 = None
    if b.s3_endpoint:
        s3 = S3Target(b.s3_endpoint, b.s3_access_key or "",
                      b.s3_secret_key.get_secret_value() if b.s3_secret_key else "", b.s3_secure)
    return open_medium(target, s3)


def scheduled_backup(deps: Deps, *, who: str, day: int, passphrase: str | None
                     ) -> list[dict[str, Any]]:
    """The scheduled run (``sohoa worker --beat``): a set on every target of
    ``backup.targets``, full on ``backup.full_day`` of the month, else incremental; each
    recorded in the audit trail, then sealed. A target that fails does not stop the others:
    its error is recorded and the task fails after trying them all."""
    full = day == deps.settings.backup.full_day
    done, failed = [], []
    for target in deps.settings.backup.targets:
        try:
            result = run_backup(deps, medium_of(deps.settings, target), full=full, who=who,
                                passphrase=passphrase)
        except SohoaError as exc:
            deps.audit.append("backup_failed", "", {"medium": target, "error": exc.message},
                              who=who)
            failed.append(f"{target}: {exc.message}")
            continue
        deps.audit.append("backup_made", result.minutes_key, {
            "set": result.set_id, "kind": result.kind, "medium": result.medium,
            "objects": result.objects, "copied": result.copied,
            "copied_bytes": result.copied_bytes, "secrets": result.secrets,
            "audit_head": result.audit_head, "warnings": len(result.warnings)}, who=who)
        done.append(result.to_json())
    deps.audit.seal(deps.store)
    if failed:
        raise BackupMediumError("; ".join(failed))
    return done


def list_sets(medium: Medium) -> list[dict[str, Any]]:
    """The complete sets on ``medium`` (those with a log entry), oldest first, as logged."""
    out = []
    for path in medium.list("log/"):
        if path.endswith(".json"):
            try:
                out.append(json.loads(medium.read(path)))
            except (ValueError, BackupMediumError) as exc:
                out.append({"set": path.removeprefix("log/").removesuffix(".json"),
                            "error": str(exc)})
    return sorted(out, key=lambda e: e["set"])


def read_set(medium: Medium, set_id: str | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """The log entry and ``set.json`` of ``set_id`` (default: the newest complete set),
    ``set.json`` checked against the sha256 its log entry holds."""
    sets = [s for s in list_sets(medium) if "error" not in s]
    if set_id is not None:
        sets = [s for s in sets if s["set"] == set_id]
    if not sets:
        raise BackupMediumError(
            f"Không có bộ sao lưu {set_id or ''} hoàn chỉnh trên {medium.name} (no complete "
            f"backup set {set_id or ''} on this medium: `sohoa backup list` shows them)")
    entry = sets[-1]
    path = f"sets/{entry['set']}/set.json"
    raw = medium.read(path)
    if sha256_of(raw) != entry["set_sha256"]:
        raise BackupMediumError(f"{medium.where(path)} was changed after the backup (its "
                                "sha256 is not the one logged)")
    return entry, json.loads(raw)


def run_backup(deps: Deps, medium: Medium, *, full: bool, who: str,
               passphrase: str | None) -> BackupResult:
    """Make one backup set of this installation on ``medium``; see the module's text."""
    store, settings = deps.store, deps.settings
    earlier = list_sets(medium)
    kind = "full" if full or not earlier else "incremental"
    result = BackupResult(_new_id(), kind, medium.name)
    base = f"sets/{result.set_id}/"
    if not medium.exists("sohoa-backup.json"):
        medium.write("sohoa-backup.json", json.dumps(
            {"schema": "sohoa.backup-medium/1", "first_used": now_vn().isoformat()}).encode())
    files: dict[str, dict[str, Any]] = {}

    def put(path: str, data: bytes) -> None:
        medium.write(base + path, data)
        files[path] = {"sha256": sha256_of(data), "size": len(data)}

    deps.audit.seal(store)
    for rel, data in state_source(settings).dump():
        put(f"state/{rel}", data)
        result.state_files.append(rel)
    trail = (f"state/{PG_TRAIL}" if settings.database_url else
             f"state/{settings.audit_path.relative_to(settings.data).as_posix()}")
    lines = medium.read(base + trail) if trail in files else b""
    result.audit_head = _audit_head(trail_lines(lines) if settings.database_url else lines)
    put("settings.json", settings_snapshot(settings))
    public, private = pki_files(settings.pki_dir)
    for rel, data in public.items():
        put(f"trust/pki/{rel}", data)
    result.trust_anchors = len(public)
    _secrets(deps, private, passphrase, put, result)

    on_medium = {p.rsplit("/", 1)[1] for p in medium.list("blobs/")}
    written: set[str] = set()
    catalogue = []
    for key in store.list():
        if key.startswith((keys.REPORT_DAYS, keys.REPORT_ROLLUPS, keys.REPORT_MARKS,
                           keys.REPORT_CHANGES)):
            continue  # the digitisation report's cache: the first report after a restore
            # reads the dossiers again (a summary copied after the records it was made from
            # could hold a record the set lacks)
        seq = keys.seal_seq(key)
        if seq is not None and seq > result.audit_head["seq"]:
            continue  # seals an entry after this set's trail: the next set holds it
        try:
            info = store.info(key)
        except ObjectMissingError:
            result.warnings.append(f"{key}: no write record in the store, not copied")
            continue
        entry = {"key": key, "sha256": info.sha256, "size": info.size,
                 "retain_until": info.retain_until.isoformat() if info.retain_until else None,
                 "permanent": info.permanent, "legal_hold": info.legal_hold}
        if info.sha256 not in written and (full or info.sha256 not in on_medium):
            try:
                data = store.get(key)
            except ObjectMissingError:
                data = b""
            if sha256_of(data) != info.sha256:
                if info.sha256 not in on_medium:
                    result.warnings.append(
                        f"{key}: hỏng hoặc mất trong kho, không có bản sao tốt (damaged or "
                        "missing in the store and no good copy on this medium: run `sohoa "
                        "repair` from another medium)")
                    entry["unavailable"] = True
            else:
                medium.write(blob_path(info.sha256), data)
                on_medium.add(info.sha256)
                written.add(info.sha256)
                result.copied += 1
                result.copied_bytes += len(data)
        catalogue.append(entry)
    result.objects = len(catalogue)
    put("catalogue.json", json.dumps(catalogue, ensure_ascii=False, indent=0).encode("utf-8"))

    body = {"schema": SET_SCHEMA, "set": result.set_id, "kind": kind,
            "base": earlier[-1]["set"] if earlier and kind == "incremental" else None,
            "made_at": now_vn().isoformat(timespec="seconds"), "by": nfc(who),
            "state_source": state_source(settings).name, "audit_head": result.audit_head,
            "audit_trail": trail, "objects": result.objects, "secrets": result.secrets,
            "warnings": result.warnings, "files": files}
    set_json = json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    medium.write(base + "set.json", set_json)
    minutes = signed_printout(deps, _minutes(deps, result), signer=who,
                              title="Người thực hiện sao lưu",
                              reason="Biên bản sao lưu cơ sở dữ liệu lưu trữ")
    medium.write(base + "minutes.pdf", minutes)
    result.minutes_key = keys.backup_minutes(result.set_id)
    store.put(result.minutes_key, minutes, permanent=True)
    logged = {**result.to_json(), "made_at": body["made_at"], "by": body["by"],
              "set_sha256": sha256_of(set_json), "minutes_sha256": sha256_of(minutes)}
    medium.write(f"log/{result.set_id}.json",
                 json.dumps(logged, ensure_ascii=False, indent=1).encode("utf-8"))
    return result


def _secrets(deps: Deps, private: dict[str, bytes], passphrase: str | None,
             put: Any, result: BackupResult) -> None:
    """The development PKI's private files and the audit key, encrypted; skipped (with the
    warning in the result) without a passphrase."""
    secret = {f"pki/{rel}": data for rel, data in private.items()}
    key = deps.audit.key
    if key is not None:
        secret["audit.key"] = key
    if not secret:
        return
    if not passphrase:
        log.warning(NO_KEYS_WARNING)
        result.warnings.append(NO_KEYS_WARNING)
        return
    put("secrets.enc", encrypt_secrets(secret, passphrase))
    result.secrets = True


def _minutes(deps: Deps, result: BackupResult) -> Printout:
    """The minutes of a run: what was copied, where, by whom (appendix VII of Circular
    02/2019/TT-BNV, as far as a program can fill it)."""
    org = deps.settings.signing.organisation
    kinds = {"full": "toàn bộ (full)", "incremental": "bổ sung (incremental)"}
    rows = [
        ["Tài liệu lưu trữ trong danh mục (objects catalogued)", str(result.objects)],
        ["Sao chép trong lần này (copied by this run)",
         f"{result.copied} ({result.copied_bytes} byte)"],
        ["Tệp trạng thái (state files)", str(len(result.state_files))],
        ["Chứng thư tin cậy (trust anchors)", str(result.trust_anchors)],
        ["Khóa, đã mã hóa (keys, encrypted)", "có (yes)" if result.secrets else "không (no)"],
        ["Đầu chuỗi nhật ký (audit head)",
         f"{result.audit_head.get('seq')} {str(result.audit_head.get('hash'))[:16]}…"],
    ]
    blocks: list[str | Table] = [
        f"Bộ sao lưu {result.set_id}, loại {kinds[result.kind]}, trên {result.medium}.",
        Table(["Nội dung (what)", "Số lượng (how many)"], rows, widths=(3, 2), font_size=9),
        "Tệp trạng thái (state files): " + ", ".join(result.state_files),
    ]
    blocks += [f"Lưu ý (warning): {w}" for w in result.warnings[:50]]
    return Printout(org, "Biên bản sao lưu dữ liệu", f"Sao lưu ngày {now_vn():%d/%m/%Y %H:%M}",
                    blocks)


@dataclass(slots=True)
class MediumCheck:
    """What ``verify_medium`` found: files re-hashed, and each bad one with where it is."""

    medium: str
    files: int = 0
    sets: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every file is whole."""
        return not self.problems


def verify_medium(medium: Medium) -> MediumCheck:
    """Re-hash every file on ``medium``: each blob against its name, each file of a set against
    ``set.json``, ``set.json`` and the minutes against the log; name each bad one."""
    check = MediumCheck(medium.name)
    blobs = set()
    for path in medium.list("blobs/"):
        check.files += 1
        name = path.rsplit("/", 1)[1]
        blobs.add(name)
        try:
            if sha256_of(medium.read(path)) != name:
                check.problems.append(f"{medium.where(path)}: altered (its sha256 is not its "
                                      "name)")
        except BackupMediumError as exc:
            check.problems.append(f"{medium.where(path)}: {exc.message}")
    for entry in list_sets(medium):
        check.sets += 1
        base = f"sets/{entry['set']}/"
        if "error" in entry:
            check.problems.append(f"{medium.where('log/' + entry['set'] + '.json')}: "
                                  f"{entry['error']}")
            continue
        wanted = {"set.json": entry["set_sha256"], "minutes.pdf": entry["minutes_sha256"]}
        for name, sha in wanted.items():
            check.files += 1
            _compare(medium, base + name, sha, check)
        try:
            body = json.loads(medium.read(base + "set.json"))
        except (ValueError, BackupMediumError):
            continue
        for name, want in body["files"].items():
            check.files += 1
            _compare(medium, base + name, want["sha256"], check)
        try:
            catalogue = json.loads(medium.read(base + "catalogue.json"))
        except (ValueError, BackupMediumError):
            continue
        for obj in catalogue:
            if not obj.get("unavailable") and obj["sha256"] not in blobs:
                check.problems.append(f"{medium.where(blob_path(obj['sha256']))}: missing "
                                      f"(the bytes of {obj['key']} in set {entry['set']})")
    return check


def _compare(medium: Medium, path: str, sha: str, check: MediumCheck) -> None:
    try:
        data = medium.read(path)
    except BackupMediumError:
        check.problems.append(f"{medium.where(path)}: missing")
        return
    if sha256_of(data) != sha:
        check.problems.append(f"{medium.where(path)}: altered (sha256 {sha256_of(data)}, "
                              f"recorded {sha})")
