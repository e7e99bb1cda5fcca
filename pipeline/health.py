"""The health of one installation, for its operators: what ``sohoa health``, ``GET
/api/health/detail`` and the gauges of ``GET /metrics`` say.

Each item has a status, ok, warning or problem, by the thresholds of ``HealthSettings``
(``SOHOA_HEALTH__*``):

- ``store``, ``index``, ``broker`` (when ``SOHOA_BROKER_URL`` is set), ``database`` (when
  ``SOHOA_DATABASE_URL`` is set): answers, and how many milliseconds it took (down: problem;
  slower than ``latency_warning_ms``: warning);
- ``certificate <role>``: days until each certificate signing uses ends (``signing.expiry``);
- ``backup <target>``: age of the newest complete set in the backup log of each target of
  ``SOHOA_BACKUP__TARGETS`` (as ``sohoa backup list`` reads it); with no target set, the age of
  the newest set on any medium, from the signed minutes every run archives; none ever: problem;
- ``fixity``: the newest fixity run kept in the store, its age and the objects it found
  missing or altered (any: problem);
- ``audit seals``: audit entries after the newest seal in the store (entries that could be
  cut off the end unseen);
- ``queue``: tasks waiting in the Celery queue on Redis (when a Redis broker is set);
- ``replication``: when the archive bucket is replicated to a second MinIO server (``sohoa
  replica setup``), whether the replica is online, the object versions not yet copied (the
  replication lag) and those that failed in the last hour, as the archive's server counts
  them since it started (offline or failing: problem).
"""

from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from prometheus_client.core import GaugeMetricFamily
from prometheus_client.metrics_core import Metric

from archive import keys
from archive.backup_media import BackupMediumError, Medium
from archive.fixity import latest_fixity
from pipeline.backup import medium_of
from pipeline.deps import Deps
from pipeline.replica import replica_status
from signing.expiry import certificates_in_use

__all__ = ["STATUSES", "HealthItem", "HealthReport", "check_health", "health_metrics"]

STATUSES = ("ok", "warning", "problem")
"""From best to worst."""


@dataclass(slots=True)
class HealthItem:
    """One thing checked."""

    name: str
    """As the table shows it: ``store``, ``certificate seal``, ``backup /mnt/disk-b``."""
    kind: str
    """dependency, certificate, backup, fixity, audit, queue or replication."""
    status: str
    detail: str
    value: float | None = None
    """The measure behind the status, in ``unit`` (None: none could be taken)."""
    unit: str = ""
    labels: dict[str, str] = field(default_factory=dict)
    """What tells this item apart from others of its kind (for the metrics)."""
    problems: int | None = None
    """Of fixity: the objects its newest run found missing or altered; of replication: the
    versions that failed to copy since the server started."""


@dataclass(slots=True)
class HealthReport:
    """Every item, when checked."""

    checked_at: datetime
    items: list[HealthItem]

    @property
    def status(self) -> str:
        """The worst status of any item."""
        return max((i.status for i in self.items), key=STATUSES.index, default="ok")

    def problems(self) -> list[HealthItem]:
        """The items whose status is problem."""
        return [i for i in self.items if i.status == "problem"]

    def to_json(self) -> dict[str, Any]:
        """The report as ``--json`` and the API give it."""
        items = [asdict(i) for i in self.items]
        for item in items:  # JSON has no infinity: never (backed up, checked) is null
            if item["value"] is not None and math.isinf(item["value"]):
                item["value"] = None
        return {"status": self.status, "checked_at": self.checked_at.isoformat(),
                "items": items}


def check_health(deps: Deps) -> HealthReport:
    """Check every item of this installation; see the module's text. Never raises for what
    it finds: a failure is an item's problem."""
    items = _dependencies(deps)
    items += _certificates(deps)
    items += _backups(deps)
    items.append(_fixity(deps))
    items.append(_seals(deps))
    items += _queue(deps)
    items += _replication(deps)
    return HealthReport(datetime.now(UTC), items)


def _worse(value: float, warning: float, problem: float) -> str:
    """ok, warning or problem for a measure that is worse the higher it is."""
    return "problem" if value >= problem else "warning" if value >= warning else "ok"


def _probe(name: str, where: str, call: Callable[[], object], warn_ms: float) -> HealthItem:
    started = time.perf_counter()
    try:
        call()
    except Exception as exc:
        ms = (time.perf_counter() - started) * 1000
        return HealthItem(name, "dependency", "problem",
                          f"không trả lời (down): {where}: {type(exc).__name__}: {exc}"[:500],
                          ms, "ms", {"dependency": name})
    ms = (time.perf_counter() - started) * 1000
    status = "warning" if ms >= warn_ms else "ok"
    return HealthItem(name, "dependency", status, f"up: {where}", round(ms, 1), "ms",
                      {"dependency": name})


def _dependencies(deps: Deps) -> list[HealthItem]:
    s = deps.settings
    warn = s.health.latency_warning_ms
    items = [
        _probe("store", f"S3 {s.s3_endpoint}/{s.s3_bucket}" if s.s3_endpoint
               else str(s.store_dir), lambda: deps.store.exists(keys.audit_seal(0)), warn),
        _probe("index", f"Elasticsearch {s.es_url} {s.es_index}" if s.es_url
               else str(s.index_path), deps.index.count, warn),
    ]
    if s.broker_url:
        items.append(_probe("broker", _hide_password(s.broker_url),
                            lambda: _redis(deps).ping(), warn))
    if s.database_url:
        items.append(_probe("database", _hide_password(s.database_url),
                            lambda: _select_one(s.database_url or "", s.health.timeout_s), warn))
    return items


def _hide_password(url: str) -> str:
    return re.sub(r"(://[^:/@]*):[^@]*@", r"\1:***@", url)


def _redis(deps: Deps) -> Any:
    import redis

    timeout = deps.settings.health.timeout_s
    return redis.Redis.from_url(deps.settings.broker_url or "", socket_timeout=timeout,
                                socket_connect_timeout=timeout)


def _select_one(url: str, timeout: float) -> None:
    import psycopg

    with psycopg.connect(url, connect_timeout=max(1, int(timeout))) as conn:
        conn.execute("SELECT 1").fetchone()


def _certificates(deps: Deps) -> list[HealthItem]:
    h = deps.settings.health
    now = datetime.now(UTC)
    items = []
    for cert in certificates_in_use(deps.keys, deps.settings.signing.clerk):
        name = f"certificate {cert.role}"
        labels = {"role": cert.role, "name": cert.name}
        if cert.not_after is None:
            items.append(HealthItem(name, "certificate", "problem",
                                    f"không đọc được (cannot be read): {cert.name} "
                                    f"{cert.source}: {cert.error}", None, "days", labels))
            continue
        days = (cert.not_after - now).total_seconds() / 86400
        status = ("problem" if days < h.certificate_problem_days else
                  "warning" if days < h.certificate_warning_days else "ok")
        items.append(HealthItem(
            name, "certificate", status,
            f"{cert.name}: hết hạn (ends) {cert.not_after:%Y-%m-%d}, {math.floor(days)} days "
            f"left ({cert.source})", round(days, 1), "days", labels))
    return items


def _backups(deps: Deps) -> list[HealthItem]:
    s = deps.settings
    h = s.health
    now = datetime.now(UTC)
    items = []
    for target in s.backup.targets:
        name = f"backup {target}"
        try:
            newest = _newest_set(medium_of(s, target))
        except Exception as exc:
            items.append(HealthItem(name, "backup", "problem",
                                    f"không đọc được nơi sao lưu (the backup medium cannot be "
                                    f"read): {exc}"[:500], math.inf, "hours",
                                    {"target": target}))
            continue
        if newest is None:
            items.append(HealthItem(name, "backup", "problem",
                                    "chưa có bộ sao lưu nào (no backup set on this medium): "
                                    f"sohoa backup run --to {target}", math.inf, "hours",
                                    {"target": target}))
            continue
        made = datetime.fromisoformat(newest["made_at"])
        items.append(_aged(name, target, made, now, h.backup_warning_hours,
                           h.backup_problem_hours, f"set {newest['set']} ({newest['kind']})"))
    if s.backup.targets:
        return items
    minutes = [k for k in deps.store.list(keys.BACKUP_MINUTES) if k.endswith(".pdf")]
    if not minutes:
        return [HealthItem("backup", "backup", "problem",
                           "chưa sao lưu lần nào (never backed up): sohoa backup run --to DIR, "
                           "and set SOHOA_BACKUP__TARGETS for the daily schedule", math.inf,
                           "hours", {"target": "any"})]
    set_id = max(minutes).removeprefix(keys.BACKUP_MINUTES).removesuffix(".pdf")
    made = datetime.strptime(set_id[:16], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    return [_aged("backup", "any", made, now, h.backup_warning_hours, h.backup_problem_hours,
                  f"set {set_id}; SOHOA_BACKUP__TARGETS is not set: the newest set on any "
                  "medium")]


def _newest_set(medium: Medium) -> dict[str, Any] | None:
    """The log entry of the newest complete set on ``medium`` (as ``sohoa backup list``
    reads the log, but only as far back as the first entry that reads)."""
    for path in sorted((p for p in medium.list("log/") if p.endswith(".json")), reverse=True):
        try:
            entry = json.loads(medium.read(path))
        except (ValueError, BackupMediumError):
            continue
        if isinstance(entry, dict) and "made_at" in entry:
            return entry
    return None


def _aged(name: str, target: str, made: datetime, now: datetime, warning_h: float,
          problem_h: float, what: str) -> HealthItem:
    hours = (now - made).total_seconds() / 3600
    return HealthItem(name, "backup", _worse(hours, warning_h, problem_h),
                      f"{what}, made {made.isoformat(timespec='minutes')}, {hours:.1f} hours "
                      "ago", round(hours, 2), "hours", {"target": target})


def _fixity(deps: Deps) -> HealthItem:
    h = deps.settings.health
    try:
        run = latest_fixity(deps.store)
    except Exception as exc:
        return HealthItem("fixity", "fixity", "problem", f"cannot be read: {exc}"[:500])
    if run is None:
        return HealthItem("fixity", "fixity", "warning",
                          "chưa kiểm tra toàn vẹn lần nào (fixity never run): sohoa fixity",
                          math.inf, "days", problems=0)
    started = datetime.fromisoformat(run["started_at"])
    days = (datetime.now(UTC) - started).total_seconds() / 86400
    problems = sum(len(v) for v in run.get("problems", {}).values())
    status = "problem" if problems or not run.get("ok", False) else _worse(
        days, h.fixity_warning_days, h.fixity_problem_days)
    return HealthItem(
        "fixity", "fixity", status,
        f"{run['checked_objects']} objects checked {started.isoformat(timespec='minutes')} "
        f"by {run.get('by', '')}, {problems} missing or altered ({run['key']})",
        round(days, 2), "days", problems=problems)


def _seals(deps: Deps) -> HealthItem:
    h = deps.settings.health
    try:
        head = _head_seq(deps)
        sealed = _newest_seal(deps, head)
    except Exception as exc:
        return HealthItem("audit seals", "audit", "problem",
                          f"cannot be read: {exc}"[:500])
    unsealed = max(0, head - sealed)
    return HealthItem("audit seals", "audit", _worse(unsealed, h.unsealed_warning,
                                                      h.unsealed_problem),
                      f"{unsealed} entries after the newest seal (sealed through {sealed} of "
                      f"{head}); sohoa audit seal", unsealed, "entries")


def _head_seq(deps: Deps) -> int:
    trail = deps.audit.trail
    if not trail.exists():
        return 0
    last = trail.with_last(lambda line: line)
    return int(json.loads(last)["seq"]) if last else 0


def _newest_seal(deps: Deps, head: int) -> int:
    """The newest seal at or before ``head``: listed among the seals sharing more and more
    of its leading digits, so a long history of seals is not listed whole."""
    digits = f"{head:012d}"
    for width in (10, 8, 6, 0):
        found = [seq for key in deps.store.list(keys.AUDIT_SEALS + digits[:width])
                 if (seq := keys.seal_seq(key)) is not None and seq <= head]
        if found:
            return max(found)
    return 0


def _queue(deps: Deps) -> list[HealthItem]:
    s = deps.settings
    if not s.broker_url or not s.broker_url.startswith(("redis://", "rediss://")):
        return []
    h = s.health
    try:
        client = _redis(deps)
        depth = sum(int(client.llen(name)) for name in (s.queue, *(
            k.decode() for k in client.scan_iter(match=f"{s.queue}\x06\x16*"))))
    except Exception as exc:
        return [HealthItem("queue", "queue", "problem", f"cannot be read: {exc}"[:500],
                           None, "tasks", {"queue": s.queue})]
    return [HealthItem("queue", "queue", _worse(depth, h.queue_warning, h.queue_problem),
                       f"{depth} tasks waiting in {s.queue}", depth, "tasks",
                       {"queue": s.queue})]


def _replication(deps: Deps) -> list[HealthItem]:
    h = deps.settings.health
    try:
        status = replica_status(deps.store)
    except Exception as exc:
        return [HealthItem("replication", "replication", "problem",
                           f"cannot be read: {exc}"[:500], None, "versions")]
    if status is None:
        return []
    detail = (f"{status.pending_count} versions ({status.pending_bytes} bytes) waiting, "
              f"{status.failed_last_hour} failed in the last hour, {status.failed_count} since "
              f"the server started; {status.replicated_count} copied")
    if not status.online:
        return [HealthItem("replication", "replication", "problem",
                           f"the replica is offline; {detail}", status.pending_count,
                           "versions", {"arn": status.arn}, status.failed_count)]
    state = _worse(status.pending_count, h.replication_pending_warning,
                   h.replication_pending_problem)
    if status.failed_last_hour:
        state = "problem"
    return [HealthItem("replication", "replication", state, detail, status.pending_count,
                       "versions", {"arn": status.arn}, status.failed_count)]


def health_metrics(report: HealthReport) -> list[Metric]:
    """The report as Prometheus gauges (``GET /metrics``)."""
    up = GaugeMetricFamily("sohoa_dependency_up", "1 when the dependency answered",
                           labels=["dependency"])
    latency = GaugeMetricFamily("sohoa_dependency_latency_seconds", "Seconds the dependency "
                                "took to answer", labels=["dependency"])
    days = GaugeMetricFamily("sohoa_certificate_days_left", "Days until the certificate ends",
                             labels=["role", "name"])
    backup = GaugeMetricFamily("sohoa_backup_age_seconds", "Age of the newest backup set "
                               "(+Inf: none)", labels=["target"])
    fixity_age = GaugeMetricFamily("sohoa_fixity_last_run_age_seconds", "Age of the newest "
                                   "fixity run (+Inf: never)")
    fixity_bad = GaugeMetricFamily("sohoa_fixity_last_run_problems", "Objects missing or "
                                   "altered in the newest fixity run")
    unsealed = GaugeMetricFamily("sohoa_audit_unsealed_entries", "Audit entries after the "
                                 "newest seal")
    queue = GaugeMetricFamily("sohoa_queue_depth", "Tasks waiting in the queue",
                              labels=["queue"])
    pending = GaugeMetricFamily("sohoa_replication_pending_versions", "Object versions not "
                                "yet copied to the replica")
    failed = GaugeMetricFamily("sohoa_replication_failed_versions", "Object versions that "
                               "failed to copy to the replica since its server started")
    status = GaugeMetricFamily("sohoa_health_status", "0 ok, 1 warning, 2 problem",
                               labels=["item"])
    for item in report.items:
        status.add_metric([item.name], STATUSES.index(item.status))
        if item.value is None:
            continue
        if item.kind == "dependency":
            up.add_metric([item.name], 0 if item.status == "problem" else 1)
            latency.add_metric([item.name], item.value / 1000)
        elif item.kind == "certificate":
            days.add_metric([item.labels["role"], item.labels["name"]], item.value)
        elif item.kind == "backup":
            backup.add_metric([item.labels["target"]], item.value * 3600)
        elif item.kind == "fixity":
            fixity_age.add_metric([], item.value * 86400)
            fixity_bad.add_metric([], float(item.problems or 0))
        elif item.kind == "audit":
            unsealed.add_metric([], item.value)
        elif item.kind == "queue":
            queue.add_metric([item.labels["queue"]], item.value)
        elif item.kind == "replication":
            pending.add_metric([], item.value)
            failed.add_metric([], float(item.problems or 0))
    return [up, latency, days, backup, fixity_age, fixity_bad, unsealed, queue, pending, failed,
            status]
