"""The real stack on 127.0.0.1 for the fault bench: servers, `sohoa serve`, Celery workers.

`Stack` starts its own servers through ``scripts/services.sh up`` in a services folder of its
own on free ports (``SOHOA_SERVICES_DIR``, ``SOHOA_*_PORT``), or, for a server it is told to
share, uses the one named with a bucket, index, queue or schema of its own. Only servers it
started itself may be killed or restarted (`Stack.kill_server` refuses the others). Every
process it starts runs in a process group of its own and is stopped by `Stack.close`, which
callers reach through ``with Stack(...)`` even when a run fails.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shlex
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
SERVICES_SH = ROOT / "scripts" / "services.sh"
SERVERS = ("redis", "minio", "es", "postgres")
_PORTS = {"redis": ("SOHOA_REDIS_PORT",), "minio": ("SOHOA_MINIO_PORT",
                                                    "SOHOA_MINIO_CONSOLE_PORT"),
          "es": ("SOHOA_ES_PORT", "SOHOA_ES_TRANSPORT_PORT"), "postgres": ("SOHOA_PG_PORT",)}
_URL_VARS = {"redis": ("SOHOA_BROKER_URL",),
             "minio": ("SOHOA_S3_ENDPOINT", "SOHOA_S3_ACCESS_KEY", "SOHOA_S3_SECRET_KEY"),
             "es": ("SOHOA_ES_URL",), "postgres": ("SOHOA_DATABASE_URL",)}
CLERK = "Nguyễn Thị Lan"
CLERK_LOGIN = "lan"
PASSWORD = "mật khẩu đủ dài 1"

__all__ = ["CLERK", "ROOT", "SERVERS", "Stack", "free_port"]


def free_port() -> int:
    """A TCP port nobody listens on now, on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[0] != "Z"
    except (FileNotFoundError, IndexError):
        return False


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("SOHOA_")}


@dataclass
class Stack:
    """One installation on 127.0.0.1: servers, one `sohoa serve`, Celery workers.

    Args:
        root: a folder of its own (services, data, logs).
        own: the servers this stack starts (and may kill).
        shared: the settings (``SOHOA_BROKER_URL``, ``SOHOA_S3_*``, ``SOHOA_ES_URL``,
            ``SOHOA_DATABASE_URL`` of a schema of its own) of the servers it shares.
        data: the data folder (default ``root/data``), e.g. on a small file system.
        visibility_timeout_s: after how long Redis hands a task of a lost worker to another.
    """

    root: Path
    own: Sequence[str] = SERVERS
    shared: Mapping[str, str] = field(default_factory=dict)
    data: Path | None = None
    visibility_timeout_s: int = 30
    es_heap: str = "512m"
    env: dict[str, str] = field(default_factory=dict)
    ports: dict[str, str] = field(default_factory=dict)
    serve: subprocess.Popen[bytes] | None = None
    serve_port: int = 0
    workers: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    api_key: str = ""
    _started: list[str] = field(default_factory=list)

    # --- servers ------------------------------------------------------------------------

    @property
    def services_dir(self) -> Path:
        return self.root / "services"

    def _services_env(self) -> dict[str, str]:
        env = _clean_env() | {"SOHOA_SERVICES_DIR": str(self.services_dir),
                              "SOHOA_ES_HEAP": self.es_heap} | self.ports
        return env

    def _services(self, *args: str, timeout: float = 900) -> str:
        result = subprocess.run([str(SERVICES_SH), *args], env=self._services_env(),
                                capture_output=True, text=True, timeout=timeout, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"services.sh {' '.join(args)} failed: {result.stderr[-2000:]}")
        return result.stdout

    def start(self) -> Stack:
        """Start the servers it owns, then name everything the sohoa processes need."""
        self.root.mkdir(parents=True, exist_ok=True)
        for name in self.own:
            for var in _PORTS[name]:
                self.ports[var] = str(free_port())
        if self.own:
            self._started = list(self.own)
            self._services("up", *self.own)
        exported: dict[str, str] = {}
        for line in self._services("env").splitlines():
            words = shlex.split(line)
            if len(words) == 2 and words[0] == "export" and "=" in words[1]:
                key, value = words[1].split("=", 1)
                exported[key] = value
        env = _clean_env()
        for name in SERVERS:
            source = exported if name in self.own else self.shared
            for var in _URL_VARS[name]:
                if source.get(var):
                    env[var] = source[var]
        data = self.data or self.root / "data"
        data.mkdir(parents=True, exist_ok=True)
        (data / "tmp").mkdir(exist_ok=True)
        (self.root / "config").mkdir(exist_ok=True)
        tag = secrets.token_hex(4)
        env |= {
            "PYTHONPATH": str(ROOT), "SOHOA_DATA": str(data),
            "TMPDIR": str(data / "tmp"),  # the workers' and uploads' files share the data disk
            "XDG_CONFIG_HOME": str(self.root / "config"),  # the audit key of its own
            "SOHOA_QUEUE": f"sohoa-faults-{tag}", "SOHOA_S3_BUCKET": f"sohoa-faults-{tag}",
            "SOHOA_ES_INDEX": f"sohoa-faults-{tag}", "SOHOA_WORKERS": "1",
            "SOHOA_VISIBILITY_TIMEOUT_S": str(self.visibility_timeout_s),
            "SOHOA_SIGNING__CLERK": CLERK, "PYTHONWARNINGS": "ignore",
        }
        self.env = env
        if env.get("SOHOA_DATABASE_URL"):
            self.sohoa("migrate", check=True)
        self._account()
        return self

    def _account(self) -> None:
        """A clerk of the bench's agency with an API key, as the counter software uses."""
        from bench.fault_inputs import AGENCY
        from sohoa.db import database
        from sohoa.people import People
        from sohoa.state_pg import PgPeopleRecords

        db = database(self.env["SOHOA_DATABASE_URL"])
        people = People(PgPeopleRecords(db))
        people.add_account(CLERK, CLERK_LOGIN, ["clerk"], agency=AGENCY, password=PASSWORD)
        self.api_key = people.new_api_key(CLERK_LOGIN)

    def pid_of(self, name: str) -> int | None:
        """The pid of a server this stack started, if it runs."""
        path = self.services_dir / name / f"{name}.pid"
        try:
            pid = int(path.read_text().strip())
        except (FileNotFoundError, ValueError):
            return None
        return pid if _alive(pid) else None

    def kill_server(self, name: str) -> None:
        """SIGKILL a server this stack started, with every process of its group."""
        if name not in self._started:
            raise RuntimeError(f"{name} was not started by this stack: it is never killed")
        pid = self.pid_of(name)
        if pid is None:
            raise RuntimeError(f"{name} is not running")
        os.killpg(pid, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)

    def stop_server(self, name: str) -> None:
        """Stop a server this stack started, cleanly (``services.sh down``)."""
        if name not in self._started:
            raise RuntimeError(f"{name} was not started by this stack: it is never stopped")
        self._services("down", name)

    def restart_server(self, name: str) -> None:
        """Start a server again as an operator would (``services.sh up NAME``)."""
        if name not in self._started:
            raise RuntimeError(f"{name} was not started by this stack")
        self._services("up", name)

    # --- sohoa processes ----------------------------------------------------------------

    def sohoa(self, *args: str, check: bool = False, timeout: float = 600
              ) -> subprocess.CompletedProcess[str]:
        """Run one `sohoa` command as the operator of this installation."""
        result = subprocess.run([sys.executable, "-m", "cli.main", *args], cwd=ROOT,
                                env=self.env, capture_output=True, text=True,
                                timeout=timeout, check=False)
        if check and result.returncode != 0:
            raise RuntimeError(f"sohoa {' '.join(args)}: {result.stderr[-2000:]}")
        return result

    def _spawn(self, name: str, args: list[str]) -> subprocess.Popen[bytes]:
        (self.root / "logs").mkdir(exist_ok=True)
        with (self.root / "logs" / f"{name}.log").open("ab") as log:
            return subprocess.Popen([sys.executable, "-m", "cli.main", *args], cwd=ROOT,
                                    env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                    start_new_session=True)

    def log(self, name: str) -> str:
        path = self.root / "logs" / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.serve_port}"

    def start_serve(self, timeout: float = 120) -> None:
        """Start `sohoa serve` and wait until it answers."""
        if not self.serve_port:
            self.serve_port = free_port()
        self.serve = self._spawn("serve", ["serve", "--port", str(self.serve_port),
                                           "--log-level", "warning"])
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.serve.poll() is not None:
                raise RuntimeError("sohoa serve stopped: " + self.log("serve")[-2000:])
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{self.url}/api/health", timeout=2).status_code == 200:
                    return
            time.sleep(0.3)
        raise RuntimeError("sohoa serve did not answer in time")

    def start_worker(self, name: str, concurrency: int = 1) -> subprocess.Popen[bytes]:
        """Start one `sohoa worker` (a Celery worker on the stack's queue)."""
        proc = self._spawn(name, ["worker", "--concurrency", str(concurrency),
                                  "--hostname", f"{name}@%h", "--loglevel", "info"])
        self.workers[name] = proc
        return proc

    @staticmethod
    def kill(proc: subprocess.Popen[bytes] | None, sig: int = signal.SIGKILL,
             wait: float = 30) -> None:
        """Send ``sig`` to a process group this stack started; SIGKILL it if it outlives
        ``wait`` seconds."""
        if proc is None or proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)

    def close(self) -> None:
        """Stop every process and every server this stack started."""
        for proc in [self.serve, *self.workers.values()]:
            self.kill(proc, signal.SIGTERM, wait=20)
        with contextlib.suppress(Exception):
            self._purge_shared()
        if self._started:
            try:
                self._services("down", *self._started, timeout=300)
            finally:
                for name in self._started:  # whatever `down` could not stop
                    pid = self.pid_of(name)
                    if pid is not None:
                        with contextlib.suppress(ProcessLookupError):
                            os.killpg(pid, signal.SIGKILL)

    def _purge_shared(self) -> None:
        """Take the stack's queue and index off the shared servers (its bucket stays: it is
        locked, as every archive bucket is)."""
        if "redis" not in self._started and self.env.get("SOHOA_BROKER_URL"):
            import redis

            redis.Redis.from_url(self.env["SOHOA_BROKER_URL"]).delete(self.env["SOHOA_QUEUE"])
        if "es" not in self._started and self.env.get("SOHOA_ES_URL"):
            from elasticsearch import Elasticsearch

            Elasticsearch(self.env["SOHOA_ES_URL"]).indices.delete(
                index=self.env["SOHOA_ES_INDEX"], ignore_unavailable=True)

    def __enter__(self) -> Stack:
        try:
            return self.start()
        except BaseException:
            self.close()
            raise

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the counter's door ---------------------------------------------------------------

    def upload(self, files: Sequence[tuple[str, bytes]], timeout: float = 15) -> str:
        """POST one batch to ``/api/batches`` once; return its batch id (raises on failure)."""
        got = httpx.post(f"{self.url}/api/batches",
                         headers={"Authorization": f"Bearer {self.api_key}"},
                         files=[("files", (n, d, "image/png")) for n, d in files],
                         timeout=timeout)
        if got.status_code != 202:
            raise httpx.HTTPStatusError(f"{got.status_code}: {got.text[:300]}",
                                        request=got.request, response=got)
        return str(got.json()["batches"][0]["batch_id"])

    def store(self) -> Any:
        from archive.s3_store import S3Store

        return S3Store(self.env["SOHOA_S3_ENDPOINT"], self.env["SOHOA_S3_ACCESS_KEY"],
                       self.env["SOHOA_S3_SECRET_KEY"], self.env["SOHOA_S3_BUCKET"])

    def search_count(self, code: str) -> int:
        """How many documents of dossier ``code`` the search index finds."""
        from elasticsearch import Elasticsearch

        es = Elasticsearch(self.env["SOHOA_ES_URL"], request_timeout=5, max_retries=0)
        es.indices.refresh(index=self.env["SOHOA_ES_INDEX"])
        return int(es.count(index=self.env["SOHOA_ES_INDEX"],
                            query={"term": {"receipt_code": code}})["count"])

    def object_files(self, key: str) -> Iterator[Path]:
        """The files MinIO keeps an object of the stack's bucket in, on its disk."""
        if "minio" not in self._started:
            raise RuntimeError("only a MinIO this stack started is reached on its disk")
        folder = self.services_dir / "minio" / "data" / self.env["SOHOA_S3_BUCKET"] / key
        yield from sorted(p for p in folder.rglob("*") if p.is_file())
