"""A rebuild's documents made in a second process while this one adds them.

Making a document is Python work (folding the text into words and pairs, the stored record
as JSON: about a third of a record's processor time in a rebuild); adding it is Tantivy's,
on its own threads. In one process the first holds the interpreter, so a rebuild kept one
core busy however many Tantivy had. A load (``TantivyIndex.bulk`` of a rebuild's new index)
therefore hands chunks of its records to one worker process, which prepares them
(``search_api.tantivy_doc.prepare``) in order, and adds each chunk as it comes back while the
worker prepares the next. The documents are the same as those made here, term for term.

The worker is started (``spawn``: this process runs threads) with the rebuild's first large
batch and stopped with the rebuild. Where it cannot be (one processor, a process that may not
have children such as a daemonic worker, a pool that broke), documents are made here as
before and the rebuild goes on: the worker only saves time.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import weakref
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

import tantivy

from search_api.tantivy_doc import assemble, document, prepare_many
from search_api.types import IndexRecord

__all__ = ["Preparer"]

_log = logging.getLogger(__name__)

CHUNK = 250
"""Records per request to the worker: the first chunk of a batch waits for it, the rest are
prepared while the one before is added."""


class Preparer:
    """Makes a load's documents, in a worker process when it can."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._failed = (os.cpu_count() or 1) < 2
        self._finalizer: weakref.finalize | None = None

    def _worker(self) -> ProcessPoolExecutor | None:
        if self._pool is None and not self._failed:
            try:
                self._pool = ProcessPoolExecutor(
                    1, mp_context=multiprocessing.get_context("spawn"))
            except (OSError, ValueError) as exc:
                self._give_up(exc)
                return None
            self._finalizer = weakref.finalize(self, self._pool.shutdown, wait=False,
                                               cancel_futures=True)
        return self._pool

    def _give_up(self, exc: BaseException) -> None:
        if not self._failed:
            _log.info("documents of the rebuild made in this process (%s)", exc)
        self._failed = True
        self.close()

    def documents(self, records: Sequence[IndexRecord]) -> Iterator[tantivy.Document]:
        """The documents of ``records``, in their order."""
        pool = self._worker() if len(records) >= 2 * CHUNK else None
        if pool is None:
            yield from (document(record) for record in records)
            return
        chunks = [records[at:at + CHUNK] for at in range(0, len(records), CHUNK)]
        futures: list[Future[list]] = []
        try:
            for chunk in chunks:
                futures.append(pool.submit(prepare_many, chunk))
        except (BrokenProcessPool, RuntimeError, AssertionError, OSError) as exc:
            # a daemonic process may not start children: AssertionError at the first submit
            self._give_up(exc)
        for n, chunk in enumerate(chunks):
            prepared = None
            if n < len(futures):
                try:
                    prepared = futures[n].result()
                except (BrokenProcessPool, OSError) as exc:
                    self._give_up(exc)
            if prepared is None:
                yield from (document(record) for record in chunk)
            else:
                yield from (assemble(r, p) for r, p in zip(chunk, prepared, strict=True))

    def close(self) -> None:
        """Stop the worker (the next ``documents`` starts another unless it failed)."""
        pool, self._pool = self._pool, None
        if self._finalizer is not None:
            self._finalizer.detach()
            self._finalizer = None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
