"""The audit trail: every state change of a record and every access to it, hash-chained.

Each entry is one JSON line of ``DATA/audit/audit.jsonl`` (or of the table ``audit_entries``
in PostgreSQL when ``SOHOA_DATABASE_URL`` is set: ``archive/audit_trail.py``): a sequence
number, the time (Vietnam time), who, what (``action``), which record, details, from where,
the hash of the entry before it (``prev``) and its own hash (``hash``: sha256 of ``prev`` and
the entry's other fields as canonical JSON). Changing, removing or inserting a line breaks
the chain at that line.

Whoever can write the data folder could still recompute those hashes, so each entry also
carries ``mac``: HMAC-SHA256 of its hash under the audit key, a secret kept outside the data
folder (``SOHOA_AUDIT_KEY_FILE``, default ``~/.config/sohoa/audit.key``, made at first use). An
entry written or rewritten without the key, or a missing ``mac`` after the first keyed entry,
breaks the chain; entries from before the key (older trails) verify as an unkeyed prefix and
are counted.

Cutting lines off the end leaves a shorter chain that is still whole; seals catch that: ``seal``
writes the head of the chain (sequence number, hash and its own ``mac``) into the write-once
store, where nobody can change or delete it, and ``verify`` checks the log against every seal.
Each seal also writes the head beside the key (the head witness), so a trail cut back together
with seals deleted from a folder store is caught as well. Only entries after the last seal can
be cut unseen; the service seals after every records-management action and every few minutes.

An ``AuditLog`` remembers what it last found whole (the sha256 of those bytes, the head, the
seals checked): the next ``verify`` checks that those bytes are unchanged with one sha256 and
then only the entries and seals added since, so a long-running service checks a trail of
millions of entries in a fraction of a second. Any change to the bytes already checked makes
it check everything again.
"""

from __future__ import annotations

import contextlib
import csv
import getpass
import hashlib
import hmac
import io
import json
import os
import socket
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import archive.keys as keys
from archive.audit_key import default_key_file, load_key, witness_file, write_private
from archive.audit_trail import FileTrail, Trail
from archive.errors import ArchiveError
from archive.store import ObjectStore, get_json, put_json
from sohoa.clock import now_vn
from sohoa.text import nfc

__all__ = ["AuditBreak", "AuditCheck", "AuditEntry", "AuditLog", "AuditLogError", "actor",
           "keyed_log"]

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
    mac: str | None = None
    """HMAC-SHA256 of ``hash`` under the audit key (absent on entries from before the key)."""

    def digest(self) -> str:
        """The hash this entry must carry: sha256 of ``prev`` and its other fields."""
        body = asdict(self)
        body.pop("hash")
        body.pop("mac")
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
    sealed_through: int = 0
    """The sequence number of the newest seal (0: never sealed)."""
    unsealed: int = 0
    """Entries after the newest seal: they could still be cut off unseen."""
    unkeyed: int = 0
    """Entries from before the audit key (no ``mac``): only ever the first ones."""
    macs_checked: bool = False
    """True when every ``mac`` was checked with the key (False: the log was opened without it)."""

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
    unkeyed: int = 0
    sealed_through: int = 0
    witness: tuple[int, str] | None = None


class AuditLog:
    """The audit trail of one data folder, shared by every process that uses it."""

    def __init__(self, path: Path | Trail, *, key: bytes | None = None,
                 witness: Path | None = None, who: str | None = None,
                 origin: str | None = None) -> None:
        self.trail: Trail = FileTrail(path) if isinstance(path, Path) else path
        self.path: Path | str = (self.trail.path if isinstance(self.trail, FileTrail)
                                 else self.trail.where)
        """Where the trail is: its file, or the database table that holds it."""
        self.key = key
        """The audit key: entries and seals are signed with it (None: written unkeyed, and
        ``verify`` checks that a ``mac`` is there, not that it is right)."""
        self.witness = witness
        """Where ``seal`` also writes the head, outside the data folder (None: nowhere)."""
        self.who = who
        """Who acts, when an entry does not name them (default: ``actor()``)."""
        self.origin = origin
        """Where they act from (default: this host and process)."""
        self._checked: _Checked | None = None

    def acting(self, who: str, origin: str | None = None) -> AuditLog:
        """The same trail, writing entries in the name of ``who`` acting from ``origin``."""
        return AuditLog(self.trail, key=self.key, witness=self.witness, who=who, origin=origin)

    def _mac(self, what: str) -> str:
        assert self.key is not None
        return hmac.new(self.key, what.encode("utf-8"), hashlib.sha256).hexdigest()

    def _mac_ok(self, mac: str, what: str) -> bool:
        return self.key is None or hmac.compare_digest(str(mac), self._mac(what))

    def append(
        self, action: str, record: str, detail: dict[str, Any] | None = None, *,
        who: str | None = None, origin: str | None = None,
    ) -> AuditEntry:
        """Add an entry at the end of the chain and return it."""
        made: list[AuditEntry] = []

        def build(last: str) -> str:
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
            digest = entry.digest()
            entry = AuditEntry(**{**asdict(entry), "hash": digest,
                                  "mac": self._mac(digest) if self.key is not None else None})
            made.append(entry)
            body = {k: v for k, v in asdict(entry).items() if k != "mac" or v is not None}
            return json.dumps(body, ensure_ascii=False, sort_keys=True) + "\n"

        self.trail.append(build)
        return made[-1]

    def entries(self) -> Iterator[AuditEntry]:
        """The entries in order; a line that is not an entry raises ``AuditLogError``."""
        for n, line in enumerate(self.trail.lines(), start=1):
            try:
                yield AuditEntry(**json.loads(line))
            except (ValueError, TypeError) as exc:
                raise AuditLogError(f"line {n} of {self.path} is not an audit entry") from exc

    def seal(self, store: ObjectStore) -> str | None:
        """Write the head of the chain into the write-once store, signed with the key, and
        beside the key (the head witness); return the seal's key (None when the trail is
        empty). Sealing the same head twice writes the same object."""
        if not self.trail.exists():
            return None
        return self.trail.with_last(lambda last: self._seal(store, last))

    def _seal(self, store: ObjectStore, last: str) -> str | None:
        """``seal`` with the last line read while no entry can be added."""
        if not last:
            return None
        try:
            head = json.loads(last)
            body = {"seq": int(head["seq"]), "hash": str(head["hash"]), "at": head["at"]}
        except (ValueError, KeyError, TypeError) as exc:
            raise AuditLogError(
                f"Dòng cuối của {self.path} không phải mục nhật ký; chưa niêm phong được "
                f"(the last line is not an audit entry: run `sohoa audit verify`): {exc}"
            ) from exc
        key = keys.audit_seal(body["seq"])
        if self.key is not None:
            body["mac"] = self._mac(_seal_text(body))
        if not store.exists(key) or get_json(store, key).get("hash") != body["hash"]:
            put_json(store, key, body, permanent=True)  # else sealed before (maybe unkeyed)
        self._witness_write(body)
        return key

    def _witness_read(self) -> tuple[int, str] | None:
        if self.witness is None or not self.witness.exists():
            return None
        try:
            seen = json.loads(self.witness.read_text(encoding="utf-8"))
            return int(seen["seq"]), str(seen["hash"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise AuditLogError(
                f"Không đọc được đầu chuỗi đã ghi tại {self.witness} (the head witness of the "
                f"audit trail cannot be read: {exc}); restore it from a backup"
            ) from exc

    def _witness_write(self, body: dict[str, Any]) -> None:
        """Record the sealed head beside the key, unless a later one is there already."""
        if self.witness is None:
            return
        before = self._witness_read()
        if before is not None and before[0] >= body["seq"]:
            return
        try:
            write_private(self.witness, json.dumps(
                {**body, "trail": self.trail.identity}).encode("utf-8"), replace=True)
        except OSError as exc:
            raise AuditLogError(
                f"Đã niêm phong nhưng không ghi được đầu chuỗi vào {self.witness} (the seal is "
                f"kept but its head witness cannot be written: {exc}); check that folder"
            ) from exc

    def _read(self) -> bytes:
        """The whole trail, read while no entry is half written."""
        return self.trail.read()

    def verify(self, store: ObjectStore | None = None) -> AuditCheck:
        """Check every link of the chain, then that it agrees with every seal in ``store``
        (the part found whole last time only for being unchanged: see the module's text)."""
        data = self._read()
        done, digest = self._checked, hashlib.sha256()
        if done is not None:
            digest.update(memoryview(data)[:done.size])
            if len(data) < done.size or digest.hexdigest() != done.sha256:
                done, digest = None, hashlib.sha256()  # the part checked before changed
        witness = self._witness_read()
        if done is not None and witness != done.witness and witness is not None \
                and witness[0] <= done.entries:
            done, digest = None, hashlib.sha256()  # a head witnessed inside the part checked
        check, seals = self._verify(data, store, done, witness)
        if check.ok:
            digest.update(memoryview(data)[done.size if done is not None else 0:])
            self._checked = _Checked(len(data), digest.hexdigest(), check.entries, check.head,
                                     seals, check.unkeyed, check.sealed_through, witness)
        return check

    def _verify(self, data: bytes, store: ObjectStore | None, done: _Checked | None,
                witness: tuple[int, str] | None = None) -> tuple[AuditCheck, frozenset[str]]:
        """The check, and the keys of the seals it found (checked now or before)."""
        check, sealed = AuditCheck(), set(done.seals if done is not None else ())
        check.macs_checked = self.key is not None
        seen: dict[int, str] = {}
        start = done.size if done is not None else 0
        prev = done.head if done is not None else GENESIS
        check.entries = done.entries if done is not None else 0
        check.unkeyed = done.unkeyed if done is not None else 0
        check.sealed_through = done.sealed_through if done is not None else 0
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
            if entry.mac is None and check.entries > check.unkeyed:
                check.broken = AuditBreak(
                    n, entry.seq, "it has no seal key signature (mac) although the entries "
                    "before it have one: it was written without the audit key")
                return check, frozenset()
            if entry.mac is not None and not self._mac_ok(entry.mac, entry.hash):
                check.broken = AuditBreak(n, entry.seq, _WRONG_MAC)
                return check, frozenset()
            check.unkeyed += entry.mac is None
            seen[entry.seq] = entry.hash
            prev, expected_seq = entry.hash, expected_seq + 1
            check.entries += 1
        check.head = prev
        check.unsealed = check.entries - check.sealed_through
        if store is None:
            return self._witnessed(check, seen, witness, None), frozenset(sealed)
        listed = list(store.list(SEAL_PREFIX))
        for key in listed:
            check.seals += 1
            if key in sealed:
                continue  # checked before, against bytes that are unchanged since
            seal = get_json(store, key)
            seq = int(seal["seq"])
            if done is not None and seq <= done.entries:
                return self._verify(data, store, None, witness)  # a seal of the part checked
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
            if ("mac" not in seal and seq > check.unkeyed) or (
                    "mac" in seal and not self._mac_ok(seal["mac"], _seal_text(seal))):
                check.broken = AuditBreak(
                    seq, seq, f"the seal {key} has no or a wrong seal key signature (mac): it "
                    "was not written with the audit key")
                return check, frozenset()
            sealed.add(key)
            check.sealed_through = max(check.sealed_through, seq)
        check.unsealed = check.entries - check.sealed_through
        return self._witnessed(check, seen, witness, listed), frozenset(sealed)

    def _witnessed(self, check: AuditCheck, seen: dict[int, str],
                   witness: tuple[int, str] | None, listed: list[str] | None) -> AuditCheck:
        """``check``, broken if the trail does not reach the head witnessed beside the key,
        or if the seal of that head is gone from the store."""
        if witness is None or not check.ok:
            return check
        seq, head = witness
        where = f"(the head recorded at {self.witness} when it was sealed)"
        if check.entries < seq:
            check.broken = AuditBreak(
                check.entries + 1, seq, f"the trail ends at entry {check.entries} but entry "
                f"{seq} was sealed {where}: entries were cut off the end (if this data folder "
                f"was deliberately started afresh, remove {self.witness})")
        elif seq in seen and seen[seq] != head:
            check.broken = AuditBreak(seq, seq, f"entry {seq} differs from the one sealed {where}")
        elif listed is not None and keys.audit_seal(seq) not in listed:
            check.broken = AuditBreak(
                seq, seq, f"the seal of entry {seq} ({keys.audit_seal(seq)}) is gone from the "
                f"store {where}: it was deleted")
        return check

    def export_csv(self) -> str:
        """The trail as CSV for auditors: one row per entry, details as JSON."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["seq", "at", "actor", "action", "record", "detail", "origin", "prev",
                         "hash"])
        for e in self.entries():
            writer.writerow([_cell(v) for v in (
                e.seq, e.at, e.actor, e.action, e.record,
                json.dumps(e.detail, ensure_ascii=False, sort_keys=True), e.origin, e.prev,
                e.hash)])
        return out.getvalue()


_WRONG_MAC = ("its seal key signature (mac) is wrong: the entry was written or rewritten "
              "without the audit key (or this machine's SOHOA_AUDIT_KEY_FILE is not the key "
              "that wrote the trail)")


def _seal_text(seal: dict[str, Any]) -> str:
    """What a seal's ``mac`` signs: apart from an entry's, so one cannot stand for the other."""
    return f"seal {int(seal['seq'])} {seal['hash']} {seal['at']}"


def _cell(value: object) -> str:
    """A CSV cell a spreadsheet shows as text: one starting with ``= + - @``, a tab or a
    carriage return would be read as a formula, so it gets a leading quote."""
    text = str(value)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def keyed_log(path: Path | Trail, key_file: Path | None, data: Path) -> AuditLog:
    """The trail at ``path`` (a file, or a ``Trail`` such as ``PgTrail``) signed with the key
    in ``key_file`` (default ``default_key_file()``); the head witness is kept beside the key,
    one per trail."""
    key_file = (key_file or default_key_file()).expanduser()
    trail = FileTrail(path) if isinstance(path, Path) else path
    return AuditLog(trail, key=load_key(key_file, data),
                    witness=witness_file(key_file, trail.identity))


def _nfc_detail(detail: dict[str, Any]) -> dict[str, Any]:
    return {nfc(str(k)): nfc(v) if isinstance(v, str) else v for k, v in detail.items()}
