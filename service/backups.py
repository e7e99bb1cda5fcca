"""Backups, their check, the restore and the repair of damaged objects: what the
installation's operator runs (``sohoa backup``, ``sohoa restore``, ``sohoa repair``, and the
workers' schedule)."""

from __future__ import annotations

import os
from typing import Any

from archive.backup_media import Medium
from pipeline.backup import (
    BackupResult,
    MediumCheck,
    list_sets,
    medium_of,
    run_backup,
    verify_medium,
)
from pipeline.backup_state import passphrase
from pipeline.deps import build_deps
from pipeline.records import fixity_now
from pipeline.replica import ReplicationSetup, ReplicationStatus, replica_status, setup_replica
from pipeline.restore import RepairResult, RestoreResult, repair_from, restore_set
from pipeline.settings import Settings
from service.access import OPERATOR, Actor, role_for
from service.context import Context
from sohoa.errors import UsageError
from sohoa.text import nfc, normalise_space

__all__ = ["Backups", "restore"]


class Backups:
    """Backup sets on independent media, checked and restored; repair from them."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def _medium(self, target: str) -> Medium:
        return medium_of(self.ctx.settings, target)

    def run(self, actor: Actor, target: str, *, full: bool = False) -> BackupResult:
        """Make a backup set on ``target`` (incremental unless ``full`` or the medium has no
        set yet), with its signed minutes; recorded in the audit trail and sealed."""
        self.ctx.authorize(actor, "backup.run")
        medium = self._medium(target)
        result = run_backup(self.ctx.deps, medium, full=full, who=actor.name,
                            passphrase=passphrase())
        self.ctx.audit(actor, "backup_made", result.minutes_key, {
            "set": result.set_id, "kind": result.kind, "medium": result.medium,
            "objects": result.objects, "copied": result.copied,
            "copied_bytes": result.copied_bytes, "secrets": result.secrets,
            "audit_head": result.audit_head, "warnings": len(result.warnings)}, seal=True)
        return result

    def sets(self, actor: Actor, target: str) -> list[dict[str, Any]]:
        """The sets on ``target``, oldest first, as the backup log holds them."""
        self.ctx.authorize(actor, "backup.list")
        return list_sets(self._medium(target))

    def verify(self, actor: Actor, target: str) -> MediumCheck:
        """Re-hash every file on ``target``; name each bad one (recorded in the audit trail)."""
        self.ctx.authorize(actor, "backup.verify")
        check = verify_medium(self._medium(target))
        self.ctx.audit(actor, "backup_verified", "", {
            "medium": check.medium, "files": check.files, "sets": check.sets,
            "ok": check.ok, "problems": check.problems[:100]})
        return check

    def setup_replica(self, actor: Actor) -> ReplicationSetup:
        """Replicate the archive bucket to the second MinIO server of ``SOHOA_REPLICA__*``
        with Object Lock on both sides (idempotent); recorded in the audit trail."""
        self.ctx.authorize(actor, "replica.setup")
        result = setup_replica(self.ctx.settings, self.ctx.deps.store)
        self.ctx.audit(actor, "replica_set_up", "", result.to_json())
        return result

    def replica_status(self, actor: Actor) -> ReplicationStatus | None:
        """How far the replica is behind (None: the archive is not replicated)."""
        self.ctx.authorize(actor, "health.view")
        return replica_status(self.ctx.deps.store)

    def repair(self, actor: Actor, targets: list[str]) -> tuple[RepairResult, Any, str]:
        """Put back every damaged or missing archived object from a copy on ``targets``
        (default ``backup.targets``) whose sha256 is the recorded one; each is recorded in
        the audit trail; then fixity runs again. Returns the repair, the new fixity report
        and its key."""
        self.ctx.authorize(actor, "backup.repair")
        targets = targets or self.ctx.settings.backup.targets
        if not targets:
            raise UsageError("cho nơi sao lưu: --from DIR hoặc s3://BUCKET (give the backup "
                             "medium to repair from, or set SOHOA_BACKUP__TARGETS)")
        media = [self._medium(t) for t in targets]
        result = repair_from(self.ctx.deps.store, media)
        for healed in result.healed:
            self.ctx.audit(actor, "object_repaired", healed["key"], healed)
        report, key = fixity_now(self.ctx.deps.store, self.ctx.log(actor), who=actor.name)
        self.ctx.audit(actor, "repair_run", key, {
            "healed": len(result.healed), "unrepaired": result.unrepaired[:100],
            "fixity_ok": report.ok}, seal=True)
        return result, report, key


def restore(settings: Settings, target: str, set_id: str | None
            ) -> tuple[RestoreResult, Actor]:
    """Restore a set into the empty installation ``settings`` names. Only the installation's
    operator restores (nobody is registered in an empty folder yet); the restored trail then
    records "restored from set X" in their name and is sealed."""
    origin = f"cli {os.uname().nodename} pid {os.getpid()}"
    actor = Actor(_system_user(), frozenset({OPERATOR}), via="local", origin=origin)
    role_for(actor, "backup.restore")
    result = restore_set(settings, medium_of(settings, target), set_id, passphrase())
    Context(build_deps(settings)).audit(actor, "restored", "", {
        **result.to_json(),
        "note": f"khôi phục từ bộ sao lưu {result.set_id} (restored from set "
                f"{result.set_id})"}, seal=True)
    return result, actor


def _system_user() -> str:
    from archive.audit import actor

    return normalise_space(nfc(actor()))
