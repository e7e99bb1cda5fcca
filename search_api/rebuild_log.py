"""Rebuilding an embedded index beside the live one without losing what is indexed meanwhile.

``sohoa reindex`` builds a new index from the archive while the live one keeps answering and
keeps taking live changes (documents archived, corrected, merged or destroyed meanwhile).
While a rebuild is under way a marker file lies beside the live index
(``<index>.rebuild.json``, naming the index being built) and every live change made through
any process is also appended to a change log beside it (``<index>.rebuild-changes.jsonl``,
one JSON line each: the records indexed, or the ids removed). When the build is complete, the
log is replayed into the new index, then, holding the switch lock (``.<index>.switch.lock``)
so that no live change can come in between, its last lines are replayed and the new index is
put in the live one's place; the marker and the log are then removed.

A live change made before the marker was written is not logged, and need not be: the archive
was written before it, and the build reads the archive only after the marker was written. A
live change made after the switch goes to the new index (each process notices the switch when
it next writes or searches). A rebuild whose process is gone (killed, or its machine
restarted) leaves the marker: the next live change on the same machine notices, removes the
marker, the log and the half-built index, and stops logging; a marker of another machine is
left to the next rebuild, which starts afresh.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import socket
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from search_api.errors import SearchUnavailableError
from search_api.types import IndexRecord

__all__ = ["RebuildLog", "locked"]


class _Target(Protocol):
    def bulk(self, records: Sequence[IndexRecord]) -> None: ...

    def remove(self, document_ids: Sequence[str]) -> None: ...

    def flush(self) -> None: ...


@contextmanager
def locked(path: Path, how: int = fcntl.LOCK_EX) -> Iterator[None]:
    """Hold the ``flock`` of the file at ``path`` (made if missing)."""
    with path.open("a") as fh:
        fcntl.flock(fh, how)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _record(d: dict[str, Any]) -> IndexRecord:
    return IndexRecord(**{**d, "citizen_ids": tuple(d.get("citizen_ids", ()))})


class RebuildLog:
    """The marker, change log and switch lock of the embedded index at ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.marker = path.with_name(path.name + ".rebuild.json")
        self.changes = path.with_name(path.name + ".rebuild-changes.jsonl")
        self.lock = path.parent / f".{path.name}.switch.lock"

    # ------------------------------------------------------------------ live side

    @contextmanager
    def live(self, reopen: Callable[[], None], change: Callable[[], dict[str, Any]]
             ) -> Iterator[None]:
        """Around one live change: ``reopen`` the live index if it was switched, and log
        ``change()`` when a rebuild is under way (a ``stat`` when none is)."""
        if self.marker.exists() and self._stopped():
            self._clear_stopped()
        if not self.marker.exists():
            reopen()
            yield
            return
        with locked(self.lock, fcntl.LOCK_SH):  # the switch waits for this change
            reopen()
            if self.marker.exists():
                line = json.dumps(change(), ensure_ascii=False).encode() + b"\n"
                fd = os.open(self.changes, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
                try:
                    os.write(fd, line)  # one write: lines of concurrent writers never mix
                finally:
                    os.close(fd)
            yield

    @staticmethod
    def indexed(records: Sequence[IndexRecord]) -> Callable[[], dict[str, Any]]:
        """The change ``records`` indexed, as logged."""
        return lambda: {"op": "index", "records": [asdict(r) for r in records]}

    @staticmethod
    def removed(document_ids: Sequence[str]) -> Callable[[], dict[str, Any]]:
        """The change ``document_ids`` removed, as logged."""
        return lambda: {"op": "remove", "ids": list(document_ids)}

    # ------------------------------------------------------------------ rebuild side

    def target(self) -> str | None:
        """The name of the index being built, None when no rebuild is under way."""
        try:
            return str(json.loads(self.marker.read_text())["target"])
        except (FileNotFoundError, ValueError, KeyError):
            return None

    def begin(self, target: str) -> str | None:
        """Start logging live changes for the index ``target`` (beside the live one);
        return the target of an earlier rebuild whose process is gone (to be deleted). A
        rebuild still running is superseded: its finish fails."""
        with locked(self.lock):
            left = self.target() if self._stopped() else None
            self.changes.write_bytes(b"")
            tmp = self.marker.with_name(f".{self.marker.name}.{os.getpid()}")
            tmp.write_text(json.dumps({
                "target": target, "pid": os.getpid(), "host": socket.gethostname(),
                "started": datetime.now(UTC).isoformat(timespec="seconds")}) + "\n")
            tmp.replace(self.marker)
        return left

    def _clear_stopped(self) -> None:
        """Remove what a rebuild whose process is gone left: its marker, its change log and
        the index it was building (never the live one)."""
        with locked(self.lock):
            if not self._stopped():
                return
            target = self.target()
            self.marker.unlink(missing_ok=True)
            self.changes.unlink(missing_ok=True)
        built = self.path.with_name(target) if target else None
        if (built is not None and target.startswith(f"{self.path.name}.r") and "/" not in target
                and built.resolve() != self.path.resolve()):
            shutil.rmtree(built, ignore_errors=True)

    def _stopped(self) -> bool:
        """The rebuild under way was started by a process of this machine that is gone."""
        try:
            marker = json.loads(self.marker.read_text())
            if marker["host"] != socket.gethostname():
                return False
            os.kill(int(marker["pid"]), 0)
        except ProcessLookupError:
            return True
        except (OSError, ValueError, KeyError):
            return False
        return False

    def replay(self, built: _Target, offset: int = 0) -> tuple[int, int]:
        """Make in ``built`` the changes logged from ``offset`` on, in their order; return
        how many and where the log's whole lines end."""
        try:
            with self.changes.open("rb") as fh:
                fh.seek(offset)
                raw = fh.read()
        except FileNotFoundError:
            return 0, offset
        whole = raw[:raw.rfind(b"\n") + 1]  # a line being written is read next time
        done, batch = 0, []
        for line in whole.splitlines():
            change = json.loads(line)
            done += 1
            if change["op"] == "index":
                batch += [_record(r) for r in change["records"]]
                continue
            if batch:
                built.bulk(batch)
                batch = []
            built.remove(change["ids"])
        if batch:
            built.bulk(batch)
        return done, offset + len(whole)

    def finish(self, target: str, built: _Target, switch: Callable[[], None]) -> int:
        """Replay the log into ``built`` (named ``target``), then, with no live change
        coming in, its last lines, ``switch`` the new index into the live one's place and
        stop logging; return how many changes were caught up."""
        done, offset = self.replay(built)
        built.flush()
        with locked(self.lock):
            if self.target() != target:
                raise SearchUnavailableError(
                    f"việc dựng lại chỉ mục {self.path} đã bị một lần dựng lại khác thay thế "
                    f"(the rebuild of {target} was superseded by another: {self.target()})")
            more, _ = self.replay(built, offset)
            built.flush()
            switch()
            self.marker.unlink()
            self.changes.unlink(missing_ok=True)
        return done + more

    def abort(self, target: str) -> None:
        """Stop logging for ``target`` (a rebuild that failed): the live index stays."""
        with locked(self.lock):
            if self.target() == target:
                self.marker.unlink()
                self.changes.unlink(missing_ok=True)
