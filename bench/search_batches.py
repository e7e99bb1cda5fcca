"""The synthetic archive's records in batches, for ``bench/search_scale.py``: made while the
batch before is indexed (for a server), or all made first and read back (for an embedded
index, whose threads go on indexing after ``bulk`` returned: the whole load is timed)."""

from __future__ import annotations

import queue
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Protocol

from search_api import IndexRecord

__all__ = ["generated", "read_back", "spool"]


class Archive(Protocol):
    """What is read of the synthetic archive (``bench.search_scale.Archive``)."""

    def record(self, i: int) -> IndexRecord: ...


def generated(archive: Archive, size: int, batch: int, ahead: bool
              ) -> Iterator[tuple[int, list[IndexRecord]]]:
    """The archive's records in batches; ``ahead``, each generated in a thread while the one
    before is indexed (for a server: its wait lets the thread run, and the build time is
    ``bulk``'s alone; not for an embedded index, whose processor time is measured)."""
    if not ahead:
        for at in range(0, size, batch):
            yield at, [archive.record(i) for i in range(at, min(size, at + batch))]
        return
    ready: queue.Queue[tuple[int, list[IndexRecord]] | None] = queue.Queue(maxsize=2)

    def make() -> None:
        for at in range(0, size, batch):
            ready.put((at, [archive.record(i) for i in range(at, min(size, at + batch))]))
        ready.put(None)

    threading.Thread(target=make, daemon=True).start()
    while (item := ready.get()) is not None:
        yield item


def spool(archive: Archive, size: int, batch: int, where: Path) -> IO[bytes]:
    """The archive's records in batches of ``batch``, made and written to a file in
    ``where`` (read back by ``read_back``)."""
    import pickle

    out = tempfile.TemporaryFile(dir=where)  # noqa: SIM115 - closed by read_back
    for at in range(0, size, batch):
        pickle.dump([archive.record(i) for i in range(at, min(size, at + batch))], out)
    out.seek(0)
    return out


def read_back(spooled: IO[bytes], size: int, batch: int
              ) -> Iterator[tuple[int, list[IndexRecord]]]:
    """The batches ``spool`` wrote (reading one back: ~0.01 ms a record)."""
    import pickle

    with spooled:
        for at in range(0, size, batch):
            yield at, pickle.load(spooled)
