"""Load bench: five times a service centre's peak hour against ``sohoa serve``, then checks that
nothing was lost.

Who plays (``bench/load_users.py``, locust, headless, every request to 127.0.0.1): 20 counters
each scanning a dossier of 5–10 pages (drawn by ``bench/load_pages.py``: a receipt sheet with
its QR code, then short papers) and following it to its end through ``/api/batches``; 30
archivists signing in, searching (with and without diacritics) and opening records, dossiers
and signed PDFs; 10 departments listing a dossier's results and fetching the signed PDF (one
time in five another agency's, which must be refused); 10 citizens opening the verification
link of a printed copy's QR code or sending the signed PDF to ``/api/verify``; one address
sending verifications past its limit (its 429s are intended); and a probe of ``/api/health``
every second, whose latency shows whether the event loop was held.

The peak hour assumed, per person (a figure of this bench, not a measured one): a counter
receives 4 dossiers an hour, an archivist makes 30 searches, a department fetches 12 results,
a citizen checks 12 documents. ``--factor`` multiplies them (5 by default).

Before the load, one user alone calls every route ``--idle-rounds`` times and uploads one
dossier (the idle figures, same run, same routes). After it, the bench waits for every
uploaded batch to end and checks each: its dossier archived, every page in a document, the
documents counted in the store (``/api/dossiers``) found by search for the dossier's own word,
and ``sohoa audit verify`` passing.

Targets: the embedded default (``sohoa serve`` over a temporary data folder; the default), or
``--scale``: MinIO, Elasticsearch, PostgreSQL and Redis from ``scripts/services.sh env``, with a
bucket, index, schema and queue of the run's own, and ``--workers`` ``sohoa worker`` processes.
The PostgreSQL schema and the Elasticsearch index are dropped at the end; the bucket is not
(its objects are locked for their retention).

Usage: ``python bench/load.py [--minutes 2] [--factor 5] [--scale] [--keep]``
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.load_report import checks_table, figures_table  # noqa: E402
from bench.load_setup import Sizes, prepare  # noqa: E402

_SERVERS = ("SOHOA_S3_ENDPOINT", "SOHOA_S3_ACCESS_KEY", "SOHOA_S3_SECRET_KEY", "SOHOA_ES_URL",
            "SOHOA_DATABASE_URL", "SOHOA_BROKER_URL")
"""The servers ``--scale`` uses: from the environment (``eval "$(scripts/services.sh env)"``),
else from ``scripts/services.sh env``."""

PEAK_PER_HOUR = {"counter": 4, "archivist": 30, "department": 12, "citizen": 12}
"""Tasks per person in a centre's peak hour (assumed; see the docstring)."""


@dataclass
class Run:
    """One run's folder, environment and processes."""

    tmp: Path
    env: dict[str, str]
    url: str = ""
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)
    cleanup: list[Any] = field(default_factory=list)

    def sohoa(self, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "cli.main", *args], cwd=ROOT, env=self.env,
                              capture_output=True, text=True, timeout=timeout, check=False)

    def start(self, name: str, *args: str) -> subprocess.Popen[bytes]:
        log = (self.tmp / f"{name}.log").open("ab")
        proc = subprocess.Popen([sys.executable, "-m", "cli.main", *args], cwd=ROOT,
                                env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)
        self.procs.append(proc)
        return proc

    def stop(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self.procs.clear()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _environment(tmp: Path, scale: bool) -> tuple[dict[str, str], list[Any]]:
    """The run's environment: the embedded default, or the shared servers with names of the
    run's own (and what to remove at the end)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOHOA_")}
    env |= {"SOHOA_DATA": str(tmp / "data"), "XDG_CONFIG_HOME": str(tmp / "config"),
            "SOHOA_WEB__TRUSTED_PROXIES": "127.0.0.1", "PYTHONWARNINGS": "ignore"}
    cleanup: list[Any] = []
    if not scale:
        return env, cleanup
    servers = {k: os.environ[k] for k in _SERVERS if os.environ.get(k)}
    if len(servers) < len(_SERVERS):  # not in the environment: ask the servers' script
        out = subprocess.run([str(ROOT / "scripts" / "services.sh"), "env"],
                             capture_output=True, text=True, check=True).stdout
        servers = dict(line.removeprefix("export ").split("=", 1)
                       for line in out.splitlines() if line.startswith("export "))
    name = f"sohoa-load-{uuid.uuid4().hex[:8]}"
    schema = name.replace("-", "_")
    import psycopg

    with psycopg.connect(servers["SOHOA_DATABASE_URL"], autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")

    def drop() -> None:
        with psycopg.connect(servers["SOHOA_DATABASE_URL"], autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        httpx.delete(f"{servers['SOHOA_ES_URL']}/{name}")
        import redis

        redis.Redis.from_url(servers["SOHOA_BROKER_URL"]).delete(name)

    cleanup.append(drop)
    url = servers["SOHOA_DATABASE_URL"]
    env |= servers | {
        "SOHOA_DATABASE_URL": f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}",
        "SOHOA_S3_BUCKET": name, "SOHOA_ES_INDEX": name, "SOHOA_QUEUE": name}
    return env, cleanup


def _wait_up(run: Run, proc: subprocess.Popen[bytes], timeout_s: float = 120) -> None:
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            httpx.get(f"{run.url}/api/health", timeout=2).raise_for_status()
            return
        except httpx.HTTPError:
            if proc.poll() is not None or time.monotonic() > deadline:
                log = (run.tmp / "serve.log").read_text(errors="replace")[-3000:]
                raise SystemExit(f"sohoa serve did not start:\n{log}") from None
            time.sleep(0.3)


def _locust(run: Run, plan_path: Path, classes: list[str], users: int, seconds: float,
            name: str) -> dict[str, Any]:
    """Run locust headless with these user classes; return what its users recorded."""
    out = run.tmp / f"{name}.json"
    env = run.env | {"LOAD_PLAN": str(plan_path), "LOAD_OUT": str(out)}
    cmd = [sys.executable, "-m", "locust", "-f", str(ROOT / "bench" / "load_users.py"),
           "--headless", "--host", run.url, "-u", str(users), "-r", str(users),
           "-t", f"{max(1, round(seconds))}s", "--stop-timeout", "20", "--only-summary",
           "--loglevel", "WARNING", "--exit-code-on-error", "0", *classes]
    with (run.tmp / f"{name}.log").open("ab") as log:
        proc = subprocess.run(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                              timeout=seconds + 180, check=False)
    if not out.exists():
        tail = (run.tmp / f"{name}.log").read_text(errors="replace")[-3000:]
        raise SystemExit(f"locust ({name}) ended with {proc.returncode}:\n{tail}")
    return dict(json.loads(out.read_text()))


def _drain(client: httpx.Client, batches: list[dict[str, Any]], timeout_s: float
           ) -> dict[str, dict[str, Any]]:
    """Wait for every batch to end (or the time to run out); their last statuses."""
    deadline = time.monotonic() + timeout_s
    status: dict[str, dict[str, Any]] = {}
    while True:
        for b in batches:
            if status.get(b["batch_id"], {}).get("state") in ("done", "failed"):
                continue
            r = client.get(f"/api/batches/{b['batch_id']}")
            status[b["batch_id"]] = r.json() if r.status_code == 200 else {
                "state": f"HTTP {r.status_code}"}
            if status[b["batch_id"]].get("state") in ("done", "failed"):
                b.setdefault("done", time.time())
        if all(s.get("state") in ("done", "failed") for s in status.values()) or \
                time.monotonic() > deadline:
            return status
        time.sleep(2)


def _check(client: httpx.Client, batches: list[dict[str, Any]],
           status: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Per batch: pages sent, archived in documents, documents in the store and in search."""
    out = []
    for b in batches:
        s = status[b["batch_id"]]
        docs = [d for x in s.get("dossiers", []) if x["receipt_code"] == b["code"]
                for d in x["documents"]]
        archived = sum(len(d["pages"]) for d in docs)
        dossier = client.get(f"/api/dossiers/{b['code']}")
        stored = {d["document_id"] for d in (dossier.json().get("documents", [])
                                             if dossier.status_code == 200 else [])
                  if d["kind"] != "result"}
        found = client.get("/api/search", params={"q": b["marker"], "limit": 100})
        hits = {h["document_id"] for h in found.json().get("hits", [])} \
            if found.status_code == 200 else set()
        ids = {d["document_id"] for d in docs}
        out.append({"batch": b["batch_id"], "code": b["code"], "state": s.get("state"),
                    "pages": b["pages"], "archived_pages": archived, "documents": len(ids),
                    "in_store": len(ids & stored), "in_search": len(ids & hits),
                    "whole": s.get("state") == "done" and archived == b["pages"]
                    and ids == stored and ids <= hits})
    return out


def bench(args: argparse.Namespace, log: Any = print) -> dict[str, Any]:
    """Set up, run the idle and the loaded phases, check; return every figure."""
    pace = {k: 3600 / (v * args.factor) for k, v in PEAK_PER_HOUR.items()} | {"scraper": 1.5}
    sizes = Sizes(args.counters, args.archivists, args.departments, args.citizens,
                  not args.no_scraper, args.minutes * 60, pace, seeds=args.seeds,
                  idle_rounds=args.idle_rounds)
    t0 = time.monotonic()
    say = log

    def log(message: str) -> None:
        say(f"[{time.monotonic() - t0:4.0f} s] {message}")

    tmp = Path(tempfile.mkdtemp(prefix="sohoa-load-"))
    env, cleanup = _environment(tmp, args.scale)
    run = Run(tmp, env, cleanup=cleanup)
    saved = dict(os.environ)
    try:
        log(f"load bench in {tmp} ({'servers' if args.scale else 'embedded default'})")
        if args.scale:
            migrated = run.sohoa("migrate")
            if migrated.returncode:
                raise SystemExit(f"sohoa migrate failed: {migrated.stderr[-2000:]}")
            for n in range(args.workers):
                run.start(f"worker-{n}", "worker", "--concurrency", "1",
                          "--hostname", f"load{n}@%h")
        os.environ.clear()
        os.environ.update(env)
        from pipeline.settings import Settings

        plan = prepare(Settings(), tmp, sizes, log)
        os.environ.clear()
        os.environ.update(saved)
        plan_path = tmp / "plan.json"
        plan_path.write_text(json.dumps(plan))
        port = _free_port()
        run.url = f"http://127.0.0.1:{port}"
        serve = run.start("serve", "serve", "--port", str(port), "--log-level", "warning")
        _wait_up(run, serve)
        log(f"idle: one user, {args.idle_rounds} rounds of every route, one dossier uploaded")
        idle = _locust(run, plan_path, ["Idle"], 1, 600, "idle")
        classes = [c for c, n in (("Counter", args.counters), ("Archivist", args.archivists),
                                  ("Department", args.departments),
                                  ("Citizen", args.citizens),
                                  ("Scraper", 0 if args.no_scraper else 1), ("Probe", 1)) if n]
        users = sum(plan["users"][c.lower()] for c in classes)
        log(f"load: {users} users for {args.minutes:g} min (x{args.factor:g} a peak hour)")
        started = time.time()
        load = _locust(run, plan_path, classes, users, args.minutes * 60, "load")
        ended = time.time()
        with httpx.Client(base_url=run.url, timeout=120,
                          headers={"Authorization": f"Bearer {plan['head_key']}"}) as client:
            log(f"waiting for {len(load['batches'])} batches to end (at most "
                f"{args.drain_minutes:g} min)")
            status = _drain(client, load["batches"] + idle["batches"], args.drain_minutes * 60)
            checked = _check(client, load["batches"] + idle["batches"], status)
        run.stop()
        audit = run.sohoa("audit", "verify")
        return {"idle": idle, "load": load, "checked": checked, "started": started,
                "ended": ended, "audit": (audit.returncode, (audit.stdout + audit.stderr)[-600:]),
                "scale": args.scale, "tmp": str(tmp), "minutes": args.minutes,
                "factor": args.factor, "users": users}
    finally:
        os.environ.clear()
        os.environ.update(saved)
        run.stop()
        for step in run.cleanup:
            try:
                step()
            except Exception as exc:  # a cleanup failure is reported, not raised
                log(f"cleanup: {exc}")
        if not args.keep:
            import shutil

            shutil.rmtree(tmp, ignore_errors=True)


def parser() -> argparse.ArgumentParser:
    """The bench's options."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--minutes", type=float, default=2, help="length of the loaded phase")
    p.add_argument("--factor", type=float, default=5, help="times a centre's peak hour")
    p.add_argument("--counters", type=int, default=20)
    p.add_argument("--archivists", type=int, default=30)
    p.add_argument("--departments", type=int, default=10)
    p.add_argument("--citizens", type=int, default=10)
    p.add_argument("--no-scraper", action="store_true", help="no address past its limit")
    p.add_argument("--idle-rounds", type=int, default=5)
    p.add_argument("--seeds", type=int, default=4,
                   help="dossiers archived before the run, each with a result")
    p.add_argument("--drain-minutes", type=float, default=10,
                   help="longest wait for the uploaded batches to end after the load")
    p.add_argument("--scale", action="store_true", help="MinIO, Elasticsearch, PostgreSQL, "
                   "Redis and sohoa worker processes instead of the embedded default")
    p.add_argument("--workers", type=int, default=2, help="--scale: sohoa worker processes")
    p.add_argument("--keep", action="store_true", help="keep the run's folder (logs, data)")
    return p


def main() -> int:
    result = bench(parser().parse_args())
    print(figures_table(result))
    text, whole = checks_table(result)
    print(text)
    return 0 if whole else 1


if __name__ == "__main__":
    raise SystemExit(main())
