"""Fixity runs: each check of every sha256 is kept in the write-once store as a report.

A run's report is ``fixity/runs/<time>-<id>.json``, kept permanently: when it ran, who ran it,
how many objects and documents it checked, and the missing and altered files listed by record
(``aip/<receipt code>/<document id>/`` for archived documents, the object's folder otherwise).
"""

from __future__ import annotations

import secrets
from collections import defaultdict
from datetime import datetime
from typing import Any

import archive.keys as keys
from archive.aip import FixityReport, check_fixity
from archive.store import ObjectStore, get_json, put_json
from sohoa import metrics
from sohoa.clock import VN_TZ, now_vn
from sohoa.text import nfc

__all__ = ["FIXITY_RUNS", "fixity_runs", "latest_fixity", "record_of", "run_fixity"]

FIXITY_RUNS = keys.FIXITY_RUNS


def record_of(key: str) -> str:
    """The record an object belongs to: its document's package, or its folder."""
    parts = key.split("/")
    if parts[0] in ("aip", "disposed") and len(parts) > 3:
        return "/".join(parts[:3]) + "/"
    return key.rsplit("/", 1)[0] + "/" if "/" in key else key


def run_fixity(store: ObjectStore, *, who: str) -> tuple[FixityReport, str]:
    """Check every object, keep the run's report in the store; return it and its key."""
    started = datetime.now(VN_TZ)
    report = check_fixity(store)
    by_record: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in report.problems:
        by_record[record_of(p.key)].append({
            "key": p.key, "problem": p.problem, "expected_sha256": p.expected_sha256,
            "actual_sha256": p.actual_sha256})
    body = {
        "schema": "sohoa.fixity/1", "started_at": started.isoformat(timespec="seconds"),
        "finished_at": now_vn().isoformat(), "by": nfc(who), "ok": report.ok,
        "checked_objects": report.checked_objects,
        "checked_documents": report.checked_documents,
        "problems": dict(sorted(by_record.items())),
    }
    key = keys.fixity_run(f"{started:%Y%m%dT%H%M%S.%f}-{secrets.token_hex(3)}")
    put_json(store, key, body, permanent=True)
    metrics.fixity_checked(len(report.problems))
    return report, key


def fixity_runs(store: ObjectStore, since: datetime | None = None) -> list[dict[str, Any]]:
    """The kept reports, oldest first (from ``since`` on, if given), each with its ``key``."""
    runs = []
    for key in store.list(FIXITY_RUNS):
        run = {**get_json(store, key), "key": key}
        if since is None or datetime.fromisoformat(run["started_at"]) >= since:
            runs.append(run)
    return sorted(runs, key=lambda r: r["key"])


def latest_fixity(store: ObjectStore) -> dict[str, Any] | None:
    """The newest kept report, or None if fixity was never checked."""
    keys = list(store.list(FIXITY_RUNS))
    if not keys:
        return None
    key = max(keys)
    return {**get_json(store, key), "key": key}
