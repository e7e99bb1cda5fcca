"""The audit trail: every state change of a record and every access to it, hash-chained.

Each entry is one JSON line of ``DATA/audit/audit.jsonl``: a sequence number, the time
(Vietnam time), who, what (``action``), which record, details, from where, the hash of the
entry before it (``prev``) and its own hash (``hash``: sha256 of ``prev`` and the entry's other
fields as canonical JSON). Changing, removing or inserting a line breaks the chain at that line.

Cutting lines off the end leaves a shorter chain that is still whole; seals catch that: ``seal``
writes the head of the chain (sequence number and hash) into the write-once store, where
nobody can change or delete it, and ``verify`` checks the log against every seal.

An ``AuditLog`` remembers what it last found whole (the sha256 of those bytes, the head, the
seals checked): the next ``verify`` checks that those bytes are unchanged with one sha256 and
then only the entries and seals added since, so a long-running service checks a trail of
millions of entries in a fraction of a second. Any change to the bytes already checked makes
it check everything again.
"""

from __future__ import annotations

import contextlib
import csv
import fcntl
import getpass
import hashlib
import io
import json
import os
import socket
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import archive.keys as keys
from archive.errors import ArchiveError
from archive.store import ObjectStore, get_json, put_json
from sohoa.clock import now_vn
from sohoa.text import nfc

__all__ = ["AuditBreak", "AuditCheck", "AuditEntry", "AuditLog", "AuditLogError", "actor"]

GENESIS = "0" * 64
"""The ``prev`` of the first entry."""
SEAL_PREFIX = keys.AUDIT_SEALS


class AuditLogError(ArchiveError):
    """The audit trail cannot be written or read."""

    code = "audit_log_error"


def actor() -> str:
    """Who runs this process: ``SOHOA_ACTOR`` if set, else the operating-system user."""
    with contextlib.suppress(OSError, KeyError):
        return os.environ.get("SOHOA_ACTOR") or getpass.getuser()
    return "unknown"


def _origin() -> str:
    return f"{socket.gethostname()} pid {os.getpid()}"


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One line of the audit trail."""

    seq: int
    at: str
    actor: str
    action: str
    record: str
    detail: dict[str, Any] = field(default_factory=dict)
    origin: str = ""
    prev: str = GENESIS
    hash: str = ""

    def digest(self) -> str:
        """The hash this entry must carry: sha256 of ``prev`` and its other fields."""
        body = asdict(self)
        body.pop("hash")
        canonical = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class AuditBreak:
    """Where the chain is broken: the line (1-based) and sequence number, and why."""

    line: int
    seq: int | None
    reason: str


@dataclass(slots=True)
class AuditCheck:
    """The result of checking the audit trail."""

    entries: int = 0
    seals: int = 0
    head: str = GENESIS
    broken: AuditBreak | None = None

    @property
    def ok(self) -> bool:
        """True when the chain is whole and agrees with every seal."""
        return self.broken is None


@dataclass(frozen=True, slots=True)
class _Checked:
    """The part of the trail a verification found whole."""

    size: int
    sha256: str
    entries: int
    head: str
    seals: frozenset[str]


class AuditLog:
    """The audit trail of one data folder, shared by every process that uses it."""

    def __init__(self, path: Path, *, who: str | None = None, origin: str | None = None
                 ) -> None:
        self.path = path
        self.who = who
        """Who acts, when an entry does not name them (default: ``actor()``)."""
        self.origin = origin
        """Where they act from (default: this host and process)."""
        self._checked: _Checked | None = None

    def acting(self, who: str, origin: str | None = None) -> AuditLog:
        """The same trail, writing entries in the name of ``who`` acting from ``origin``."""
        return AuditLog(self.path, who=who, origin=origin)

    @contextlib.contextmanager
    def _locked(self) -> Iterator[io.BufferedRandom]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a+b") as f:
            fcntl.flock(f, fcntl.LOCK_EX)
            try:
                yield f
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)

    def append(
        self, action: str, record: str, detail: dict[str, Any] | None = None, *,
        who: str | None = None, origin: str | None = None,
    ) -> AuditEntry:
        """Add an entry at the end of the chain and return it."""
        with self._locked() as f:
            last = _last_line(f)
            seq, prev = 1, GENESIS
            if last:
                try:
                    before = json.loads(last)
                    seq, prev = int(before["seq"]) + 1, str(before["hash"])
                except (ValueError, KeyError, TypeError) as exc:
                    raise AuditLogError(
                        f"the last line of {self.path} is not an audit entry ({exc}); run "
                        "`sohoa audit verify` and restore the trail before anything else is done"
                    ) from exc
            entry = AuditEntry(
                seq, now_vn().isoformat(timespec="seconds"), nfc(who or self.who or actor()),
                action, nfc(record), _nfc_detail(detail or {}),
                origin or self.origin or _origin(), prev,
            )
            entry = AuditEntry(**{**asdict(entry), "hash": entry.digest()})
            f.seek(0, os.SEEK_END)
            line = json.dumps(asdict(entry), ensure_ascii=False, sort_keys=True) + "\n"
            f.write(line.encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())
        return entry

    def entries(self) -> Iterator[AuditEntry]:
        """The entries in order; a line that is not an entry raises ``AuditLogError``."""
        if not self.path.exists():
            return
        with self.path.open(encoding="utf-8") as f:
            for n, line in enumerate(f, start=1):
                try:
                    yield AuditEntry(**json.loads(line))
                except (ValueError, TypeError) as exc:
                    raise AuditLogError(f"line {n} of {self.path} is not an audit entry") from exc

    def seal(self, store: ObjectStore) -> str | None:
        """Write the head of the chain into the write-once store; return its key (None when
        the trail is empty). Sealing the same head twice writes the same object."""
        if not self.path.exists():
            return None
        with self._locked() as f:
            last = _last_line(f)
        if not last:
            return None
        head = json.loads(last)
        key = keys.audit_seal(int(head["seq"]))
        body = {"seq": head["seq"], "hash": head["hash"], "at": head["at"]}
        put_json(store, key, body, permanent=True)
        return key

    def _read(self) -> bytes:
        """The whole trail, read while no entry is half written."""
        if not self.path.exists():
            return b""
        with self.path.open("rb") as f:
            fcntl.flock(f, fcntl.LOCK_SH)
            try:
                return f.read()
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)

    def verify(self, store: ObjectStore | None = None) -> AuditCheck:
        """Check every link of the chain, then that it agrees with every seal in ``store``
        (the part found whole last time only for being unchanged: see the module's text)."""
        data = self._read()
        done, digest = self._checked, hashlib.sha256()
        if done is not None:
            digest.update(memoryview(data)[:done.size])
            if len(data) < done.size or digest.hexdigest() != done.sha256:
                done, digest = None, hashlib.sha256()  # the part checked before changed
        check, seals = self._verify(data, store, done)
        if check.ok:
            digest.update(memoryview(data)[done.size if done is not None else 0:])
            self._checked = _Checked(len(data), digest.hexdigest(), check.entries, check.head,
                                     seals)
        return check

    def _verify(self, data: bytes, store: ObjectStore | None, done: _Checked | None
                ) -> tuple[AuditCheck, frozenset[str]]:
        """The check, and the keys of the seals it found (checked now or before)."""
        check, sealed = AuditCheck(), set(done.seals if done is not None else ())
        seen: dict[int, str] = {}
        start = done.size if done is not None else 0
        prev = done.head if done is not None else GENESIS
        check.entries = done.entries if done is not None else 0
        expected_seq = check.entries + 1
        lines = data[start:].decode("utf-8").splitlines()
        for n, line in enumerate(lines, start=check.entries + 1):
            try:
                entry = AuditEntry(**json.loads(line))
            except (ValueError, TypeError):
                check.broken = AuditBreak(n, None, "the line is not an audit entry")
                return check, frozenset()
            if entry.seq != expected_seq:
                check.broken = AuditBreak(
                    n, entry.seq, f"sequence number {entry.seq} where {expected_seq} was due "
                    "(an entry was removed or inserted)")
                return check, frozenset()
            if entry.prev != prev:
                check.broken = AuditBreak(
                    n, entry.seq, "it does not follow the entry before it (an entry before it "
                    "was changed, removed or inserted)")
                return check, frozenset()
            if entry.digest() != entry.hash:
                check.broken = AuditBreak(n, entry.seq, "its content was changed after writing")
                return check, frozenset()
            seen[entry.seq] = entry.hash
            prev, expected_seq = entry.hash, expected_seq + 1
            check.entries += 1
        check.head = prev
        if store is None:
            return check, frozenset(sealed)
        for key in store.list(SEAL_PREFIX):
            check.seals += 1
            if key in sealed:
                continue  # checked before, against bytes that are unchanged since
            seal = get_json(store, key)
            seq = int(seal["seq"])
            if done is not None and seq <= done.entries:
                return self._verify(data, store, None)  # a seal of the part checked before
            if seq not in seen:
                check.broken = AuditBreak(
                    check.entries + 1, seq,
                    f"the trail ends at entry {check.entries} but was sealed at entry "
                    f"{seq} ({key}): entries were cut off the end")
                return check, frozenset()
            if seen[seq] != seal["hash"]:
                check.broken = AuditBreak(
                    seq, seq, f"entry {seq} differs from the one sealed in {key}")
                return check, frozenset()
            sealed.add(key)
        return check, frozenset(sealed)

    def export_csv(self) -> str:
        """The trail as CSV for auditors: one row per entry, details as JSON."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["seq", "at", "actor", "action", "record", "detail", "origin", "prev",
                         "hash"])
        for e in self.entries():
            writer.writerow([e.seq, e.at, e.actor, e.action, e.record,
                             json.dumps(e.detail, ensure_ascii=False, sort_keys=True), e.origin,
                             e.prev, e.hash])
        return out.getvalue()


def _nfc_detail(detail: dict[str, Any]) -> dict[str, Any]:
    return {nfc(str(k)): nfc(v) if isinstance(v, str) else v for k, v in detail.items()}


def _last_line(f: io.BufferedRandom) -> str:
    """The last non-empty line of the file, read from its end."""
    end = f.seek(0, os.SEEK_END)
    chunk, pos = b"", end
    while pos > 0:
        step = min(65536, pos)
        pos -= step
        f.seek(pos)
        chunk = f.read(step) + chunk
        lines = [ln for ln in chunk.split(b"\n") if ln.strip()]
        if len(lines) > 1 or (lines and pos == 0):
            return lines[-1].decode("utf-8")
    return ""
