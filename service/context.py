"""What every part of the service shares: the adapters, the people registry, and the two
things each action does first and last: ask the access table, write the audit trail."""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from typing import Any

from archive import ArchiveError, keys
from archive.audit import AuditEntry, AuditLog
from pipeline.deps import Deps, people_of
from service.access import Actor, can_see, role_for
from service.errors import NotFoundError, RecordAlteredError
from sohoa.people import NotPermittedError, People

__all__ = ["Context"]

log = logging.getLogger(__name__)


class Context:
    """The adapters one service works over, and its access and audit helpers."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps
        self.people: People = people_of(deps)
        self._seldom: dict[tuple[str, ...], tuple[float, int]] = {}
        self._seldom_lock = threading.Lock()

    @property
    def settings(self) -> Any:
        """The settings the adapters were built from."""
        return self.deps.settings

    def log(self, actor: Actor) -> AuditLog:
        """The audit trail, writing in ``actor``'s name and from where they act."""
        return self.deps.audit.acting(actor.name, actor.origin or None)

    def audit(self, actor: Actor, action: str, record: str = "",
              detail: dict[str, Any] | None = None, *, seal: bool = False) -> AuditEntry:
        """Record that ``actor`` did ``action`` on ``record``; with ``seal`` (a
        records-management decision) seal the trail right after it."""
        entry = self.log(actor).append(action, record, detail or {})
        if seal:
            self.seal_now()
        return entry

    def seal_now(self) -> str | None:
        """Seal the audit trail into the write-once store; return the seal's key. A seal that
        fails is logged, never raised: the action it follows stands (the next seal covers it)."""
        try:
            return self.deps.audit.seal(self.deps.store)
        except Exception as exc:  # a seal must never undo the action before it
            log.warning("audit trail not sealed (chưa niêm phong nhật ký): %s", exc,
                        exc_info=True)
            return None

    def authorize(self, actor: Actor, action: str, record: str = "") -> str:
        """The role ``actor`` takes ``action`` in; a refusal is recorded in the audit trail
        (outcome denied) and raised as ``NotPermittedError``."""
        try:
            return role_for(actor, action)
        except NotPermittedError as exc:
            self.audit(actor, "denied", record, {"action": action, "reason": exc.message})
            raise

    def authorize_record(self, actor: Actor, action: str, receipt_code: str,
                         what: str = "hồ sơ") -> str:
        """As ``authorize``, and the dossier must be one ``actor`` may see: one they may not
        is answered (and recorded) exactly as one that does not exist."""
        role = self.authorize(actor, action, keys.aip(receipt_code))
        if not can_see(actor, receipt_code):
            self.audit(actor, "denied", keys.aip(receipt_code),
                       {"action": action, "reason": "outside the actor's agency"})
            raise NotFoundError(f"Không tìm thấy {what} {receipt_code} (no such record).")
        return role

    def audit_seldom(self, actor: Actor, action: str, record: str,
                     detail: dict[str, Any] | None = None, *, about: str = "",
                     every_s: float = 60.0) -> AuditEntry | None:
        """Record ``action`` on ``record`` by ``actor`` (from where they act, and ``about``
        what, when the record alone does not say) at most once every ``every_s`` seconds: a
        page that reloads itself, a refusal repeated, a flood of failed sign-ins. The ones
        not written are counted, and the next entry written says how many (``repeated``)."""
        key, now = (actor.name, actor.origin, action, record, about), time.monotonic()
        with self._seldom_lock:
            if len(self._seldom) > 10_000:  # forget what is long past
                self._seldom = {k: v for k, v in self._seldom.items() if now - v[0] < every_s}
            last, skipped = self._seldom.get(key, (-every_s, 0))
            if now - last < every_s:
                self._seldom[key] = (last, skipped + 1)
                return None
            self._seldom[key] = (now, 0)
        return self.audit(actor, action, record,
                          {**(detail or {}), **({"repeated": skipped} if skipped else {})})

    def read_checked(self, actor: Actor, key: str, expected: str | None) -> bytes:
        """The bytes of ``key``, refused (and audited) when the file is missing or its sha256
        is not ``expected``, the one its manifest recorded: every download goes through
        here."""
        try:
            data = self.deps.store.get(key)
        except ArchiveError as exc:
            self.audit(actor, "download_refused", key, {"reason": "missing"})
            raise RecordAlteredError(f"Tệp {key} không còn trong kho ({exc.message}); báo cho "
                                     "cán bộ lưu trữ và chạy `sohoa fixity` (the file is "
                                     "missing).") from exc
        digest = hashlib.sha256(data).hexdigest()
        if expected and digest != expected:
            self.audit(actor, "download_refused", key, {"sha256": digest,
                                                        "expected": expected})
            raise RecordAlteredError(
                f"Tệp {key} đã bị thay đổi so với lúc lưu trữ (its sha256 differs from the "
                "manifest); báo cho cán bộ lưu trữ và chạy `sohoa fixity`.")
        return data
