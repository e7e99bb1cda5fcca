"""Rebuilding the Elasticsearch index beside the live one: a versioned index behind an alias.

Searches and writes name the alias (``sohoa-documents``); a rebuild fills a new index
(``sohoa-documents-r<time>``) and then moves the alias to it in one ``_aliases`` request,
which Elasticsearch applies atomically, and deletes the old index. An index made by an
earlier release under the alias's own name is removed in that same request.

While a rebuild is under way, the alias ``<alias>-rebuild`` names a log index
(``<new index>-changes``): every live change, from any process, is written there too before
it is made, with a sequence number (nanoseconds). The finish replays the log into the new
index, moves the alias, and replays what was logged meanwhile. Each process looks the
marker up at most every ``MARKER_TTL_S``; the rebuild waits that long after setting it
before it reads the archive, so a change not logged was archived before the read began.

A rebuild under way says so every ``BEAT_S`` (a heartbeat in its log index, written by a
thread of the rebuilding process). A rebuild whose process is gone (killed, or its machine
stopped) stops beating: the first live change that finds its heartbeat older than ``STALE_S``
removes its marker, its log and its half-built index, and changes stop being logged. The
heartbeat is the rebuilding machine's time, compared with the looking machine's: the
machines' clocks must agree within minutes (they must anyway, for the archive's times). A
rebuild that was only stalled that long finds its marker gone and is refused as superseded
when it finishes; the live index is as it was.

One narrow window is left: a change logged just before the alias moves and replayed after
it may overwrite, with its older state, a change to the same document written to the new
index in the milliseconds between that replay's read of the log and its write. ``sohoa
reconcile`` (or the next correction of that document) indexes it again from the archive.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from elastic_transport import TransportError
from elasticsearch import ApiError, NotFoundError

from search_api.rebuild_log import RebuildLog
from search_api.types import IndexRecord

ElasticIndex = Any
"""``search_api.es_index.ElasticIndex`` (which uses this module)."""
__all__ = ["BEAT_S", "MARKER_TTL_S", "STALE_S", "Rebuilds"]

MARKER_TTL_S = 1.0
"""How long a process trusts its last look at whether a rebuild is under way."""
BEAT_S = 30.0
"""How often a rebuild under way writes its heartbeat."""
STALE_S = 600.0
"""A rebuild whose heartbeat is older than this is taken for gone."""
_BEAT = "beat"
"""The id of the heartbeat in the log index (it has no ``seq``: it is never replayed)."""
_log = logging.getLogger(__name__)
_LOG_MAPPING = {"dynamic": False, "properties": {"seq": {"type": "long"},
                                                 "change": {"type": "object", "enabled": False}}}


class Rebuilds:
    """The rebuild side of one ``ElasticIndex`` (``es``), and its live changes' log."""

    def __init__(self, es: ElasticIndex) -> None:
        self.es = es
        self.marker = f"{es.name}-rebuild"
        self._looked: tuple[float, str | None] = (-MARKER_TTL_S, None)
        self._beating: dict[str, threading.Event] = {}
        """The rebuilds this process has under way: setting one's event stops its beat."""

    def _log_index(self) -> str | None:
        try:
            found = self.es.client.indices.get_alias(name=self.marker)
        except NotFoundError:  # no marker: no rebuild under way
            return None
        return next(iter(found), None)

    def log(self, change: Callable[[], dict[str, Any]]) -> None:
        """Log a live change when a rebuild is under way (looked up every ``MARKER_TTL_S``)."""
        now = time.monotonic()
        if now - self._looked[0] >= MARKER_TTL_S:
            log = self._log_index()
            if log is not None and self._gone(log):
                self._clear(log)
                log = None
            self._looked = (now, log)
        if self._looked[1] is None:
            return
        try:
            self.es.client.index(index=self.marker, require_alias=True,
                                 document={"seq": time.time_ns(), "change": change()})
        except ApiError as exc:  # the rebuild ended: the alias names the new index
            if getattr(exc, "status_code", 0) != 404:
                raise
            self._looked = (now, None)

    def _gone(self, log: str) -> bool:
        """Whether the rebuild logging into ``log`` stopped beating ``STALE_S`` ago (or, made
        by a release without a heartbeat, was begun that long ago)."""
        client = self.es.client
        try:
            at = float(client.get(index=log, id=_BEAT)["_source"]["at"])
        except NotFoundError:  # no heartbeat: since when the log exists
            try:
                found = client.indices.get_settings(index=log, name="index.creation_date")
            except NotFoundError:
                return False  # finished meanwhile
            at = int(found[log]["settings"]["index"]["creation_date"]) / 1000
        return time.time() - at > STALE_S

    def _clear(self, log: str) -> None:
        """Remove the marker, the log and the half-built index of a rebuild that is gone."""
        built = log.removesuffix("-changes")
        _log.warning(
            "Việc dựng lại chỉ mục %s đã dừng (không còn tín hiệu %.0f giây): bỏ chỉ mục dựng "
            "dở %s; chạy lại `sohoa reindex` nếu cần. / The rebuild of %s stopped (no "
            "heartbeat for %.0f s): its half-built index %s is removed; run `sohoa reindex` "
            "again if it is still wanted.", self.es.name, STALE_S, built, self.es.name,
            STALE_S, built)
        self.es.client.indices.delete(index=[log, built], ignore_unavailable=True)

    def _beat(self, log: str, stop: threading.Event) -> None:
        """Write the heartbeat of the rebuild logging into ``log`` every ``BEAT_S`` until
        ``stop`` is set or the marker no longer names that log."""
        while not stop.wait(BEAT_S):
            try:
                if self._log_index() != log:
                    return
                self.es.client.index(index=log, id=_BEAT, document={"at": time.time()})
            except (ApiError, TransportError) as exc:  # retried at the next beat
                _log.warning("heartbeat of the rebuild %s not written: %s", log, exc)

    def begin(self, make: Callable[[str], ElasticIndex], definition: dict[str, Any]
              ) -> ElasticIndex:
        """A new, empty index for a rebuild (``definition``: its settings and mappings;
        ``make``: its ``ElasticIndex``), and the marker that makes live changes logged."""
        left = self._log_index()
        if left:  # a rebuild stopped before its end
            self.es.client.indices.delete(index=[left, left.removesuffix("-changes")],
                                          ignore_unavailable=True)
        name = f"{self.es.name}-r{datetime.now(UTC):%Y%m%dt%H%M%S%f}"
        self.es.client.indices.create(index=name, settings=definition["settings"],
                                      mappings=definition["mappings"])
        self.es.client.indices.create(index=f"{name}-changes", mappings=_LOG_MAPPING,
                                      settings={"number_of_shards": 1,
                                                "number_of_replicas": 0},
                                      aliases={self.marker: {}})
        self.es.client.index(index=f"{name}-changes", id=_BEAT, document={"at": time.time()})
        stop = threading.Event()
        threading.Thread(target=self._beat, args=(f"{name}-changes", stop), daemon=True,
                         name=f"sohoa-rebuild-beat-{name}").start()
        self._beating[name] = stop
        time.sleep(MARKER_TTL_S)  # every process has looked again before the archive is read
        built = make(name)
        built._ready = True
        return built

    def _replay(self, built: ElasticIndex, log: str, after: int) -> tuple[int, int]:
        """Make the changes logged after sequence ``after`` in ``built``; return how many
        and the last sequence."""
        client, done = self.es.client, 0
        client.indices.refresh(index=log)
        body: dict[str, Any] = {"query": {"range": {"seq": {"gt": after}}}, "size": 500,
                                "sort": [{"seq": "asc"}]}
        while True:
            hits = client.search(index=log, **body)["hits"]["hits"]
            for hit in hits:
                change = hit["_source"]["change"]
                if change["op"] == "index":
                    built.bulk([IndexRecord(**{**r, "citizen_ids": tuple(r["citizen_ids"])})
                                for r in change["records"]])
                else:
                    built.remove(change["ids"])
                after, done = hit["sort"][0], done + 1
            if len(hits) < body["size"]:
                return done, after
            body["search_after"] = [after]

    def finish(self, built: ElasticIndex) -> int:
        """Catch ``built`` up, move the alias to it, catch up what came meanwhile, drop the
        marker, its log and the old index; return how many changes were caught up."""
        client, alias, log = self.es.client, self.es.name, f"{built.name}-changes"
        self._beating.pop(built.name, threading.Event()).set()
        if self._log_index() != log:
            from search_api.errors import SearchUnavailableError

            raise SearchUnavailableError(
                f"việc dựng lại chỉ mục {alias} đã bị thay thế (the rebuild of {built.name} "
                "was superseded by another)")
        done, last = self._replay(built, log, 0)
        built.flush()
        old = list(client.indices.get_alias(name=alias, ignore_unavailable=True)) \
            if client.indices.exists_alias(name=alias) else []
        actions: list[dict[str, Any]] = [{"add": {"index": built.name, "alias": alias}}]
        if old:
            actions += [{"remove": {"index": i, "alias": alias}} for i in old]
        elif client.indices.exists(index=alias):  # an index of an earlier release
            actions.append({"remove_index": {"index": alias}})
        client.indices.update_aliases(actions=actions)
        more, _ = self._replay(built, log, last)
        built.flush()
        client.indices.delete(index=[log, *old], ignore_unavailable=True)
        return done + more

    def abort(self, built: ElasticIndex) -> None:
        """Drop ``built`` and, if it is still the one being built, the marker and its log."""
        log = f"{built.name}-changes"
        self._beating.pop(built.name, threading.Event()).set()
        names = [built.name] + ([log] if self._log_index() == log else [])
        self.es.client.indices.delete(index=names, ignore_unavailable=True)


indexed, removed = RebuildLog.indexed, RebuildLog.removed
"""A live change as logged (the same as the embedded index's)."""
