"""Fault runs on a `Stack`: send batches through the counter's door, inject one fault, recover
as an operator would, and judge from outside what became of every batch sent.

A batch sent must end archived exactly once: its batch record and every file's intake package
in the store, an outcome, exactly the documents a batch of its kind gives on a run without
faults (each page in one document), each found by search, and, for the whole archive after the
run, ``sohoa fixity`` and ``sohoa audit verify`` passing. Nothing is taken from the process
that was killed: only the store, the index and the commands an operator has.
"""

from __future__ import annotations

import contextlib
import json
import random
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from archive import iter_manifests, keys
from bench.fault_inputs import Input, make_input
from bench.fault_stack import Stack
from pipeline.intake import batch_done

__all__ = ["FAULTS", "RunResult", "Runner"]


@dataclass
class RunResult:
    """What one fault run did to the batches sent in it."""

    fault: str
    sent: int = 0
    received: int = 0
    archived: int = 0
    lost: int = 0
    duplicated: int = 0
    person: str = "no"
    restart: str = ""
    recover_s: float = 0.0
    notes: list[str] = field(default_factory=list)


class Submitter(threading.Thread):
    """The counter software: sends each batch, and sends it again until it is accepted (a
    refused connection or a 5xx answer is tried again, as any client of the API does)."""

    def __init__(self, stack: Stack, inputs: list[Input], deadline_s: float = 300) -> None:
        super().__init__(daemon=True)
        self.stack, self.inputs = stack, inputs
        self.deadline = time.monotonic() + deadline_s
        self.batch_ids: dict[str, str] = {}
        self.attempts = 0

    def run(self) -> None:
        for item in self.inputs:
            while time.monotonic() < self.deadline:
                self.attempts += 1
                try:
                    self.batch_ids[item.code] = self.stack.upload(item.files)
                    break
                except (httpx.HTTPError, OSError):
                    time.sleep(0.5)


class Runner:
    """Runs faults one at a time on one stack; ``expected`` documents per batch come from a
    first run without a fault."""

    def __init__(self, stack: Stack, per_run: int = 2, recover_budget_s: float = 240,
                 seed: int = 20261206) -> None:
        self.stack = stack
        self.per_run = per_run
        self.budget = recover_budget_s
        self.rng = random.Random(seed)
        self.expected = 0
        self.run_no = 0
        self.backup = stack.root / "backup"

    # --- helpers the faults use ---------------------------------------------------------

    def inputs(self) -> list[Input]:
        self.run_no += 1
        return [make_input(str(self.run_no), n) for n in range(1, self.per_run + 1)]

    def submit(self, inputs: list[Input]) -> Submitter:
        sub = Submitter(self.stack, inputs)
        sub.start()
        return sub

    def ocr_started(self, since: dict[str, int], timeout: float = 120) -> str:
        """Wait until a worker takes a page to read after ``since`` (log lengths); its name."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for name in self.stack.workers:
                if "sohoa.ocr_page" in self.stack.log(name)[since.get(name, 0):]:
                    return name
            time.sleep(0.1)
        raise RuntimeError("no worker started reading a page")

    def log_marks(self) -> dict[str, int]:
        return {name: len(self.stack.log(name)) for name in self.stack.workers}

    # --- judging ------------------------------------------------------------------------

    def whole(self, inputs: list[Input], sub: Submitter) -> bool:
        """Every batch sent has an outcome and its documents, all found by search."""
        try:
            store = self.stack.store()
            for item in inputs:
                batch = sub.batch_ids.get(item.code)
                if batch is None or not batch_done(store, batch):
                    return False
                docs = list(iter_manifests(store, item.code))
                if len(docs) < self.expected or self.stack.search_count(item.code) != len(docs):
                    return False
        except Exception:  # a server still down: not whole yet
            return False
        return True

    def wait_whole(self, inputs: list[Input], sub: Submitter, budget: float) -> bool:
        deadline = time.monotonic() + budget
        while time.monotonic() < deadline:
            if not sub.is_alive() and self.whole(inputs, sub):
                return True
            time.sleep(1)
        return False

    def judge(self, result: RunResult, inputs: list[Input], sub: Submitter) -> None:
        store = self.stack.store()
        result.sent = len(inputs)
        for item in inputs:
            batch = sub.batch_ids.get(item.code)
            kept = batch is not None and store.exists(keys.batch(batch, "batch.json")) and all(
                store.list(keys.intake_original(sha)) for sha in item.shas)
            result.received += kept
            docs = [m for _, m in iter_manifests(store, item.code)]
            pages = Counter((p.source_file.rsplit("/", 1)[-1] or p.file, p.source_page)
                            for m in docs for p in m.pages)
            extra = max(0, len(docs) - self.expected) + sum(n - 1 for n in pages.values())
            hits = self.stack.search_count(item.code)
            done = batch is not None and batch_done(store, batch)
            if extra:
                result.duplicated += 1
                result.notes.append(f"{item.code}: {len(docs)} documents, {extra} too many")
            if done and len(docs) >= self.expected and hits == len(docs):
                result.archived += 1 if not extra else 0
            else:
                result.lost += 1
                result.notes.append(f"{item.code}: outcome {done}, {len(docs)} documents of "
                                    f"{self.expected}, {hits} found by search")
        fixity = self.stack.sohoa("fixity", "--json")
        if fixity.returncode != 0:
            result.notes.append("fixity: " + fixity.stdout[-300:])
            result.lost += 1
        audit = self.stack.sohoa("audit", "verify", "--json")
        if audit.returncode != 0:
            result.notes.append("audit verify: " + (audit.stdout or audit.stderr)[-300:])
            result.lost += 1

    # --- one run ------------------------------------------------------------------------

    def run(self, fault: str) -> RunResult:
        result = RunResult(fault)
        inputs = self.inputs()
        start, sub = FAULTS[fault](self, result, inputs)
        whole = self.wait_whole(inputs, sub, self.budget)
        if not whole:  # what the operator does when something received is not finished
            got = self.stack.sohoa("reconcile", "--queue", "--json")
            queued = json.loads(got.stdout or "{}") if got.returncode == 0 else {}
            result.person = _add(result.person, "sohoa reconcile --queue" + (
                f" ({len(queued.get('batches_pending', []))} batches, "
                f"{len(queued.get('documents_unindexed', []))} documents queued again)"
                if queued else f" failed: {got.stderr[-200:]}"))
            whole = self.wait_whole(inputs, sub, self.budget)
        result.recover_s = time.monotonic() - start
        if not whole:
            result.notes.append(f"not whole after {result.recover_s:.0f} s")
        self.judge(result, inputs, sub)
        return result

    def baseline(self) -> RunResult:
        """A run without a fault: how many documents a batch gives."""
        result = RunResult("none (baseline)")
        inputs = self.inputs()
        start = time.monotonic()
        sub = self.submit(inputs)
        sub.join()
        store = self.stack.store()
        deadline = time.monotonic() + self.budget
        while time.monotonic() < deadline and not all(
                b in sub.batch_ids and batch_done(store, sub.batch_ids[b])
                for b in (i.code for i in inputs)):
            time.sleep(1)
        counts = {len(list(iter_manifests(store, i.code))) for i in inputs}
        if len(counts) != 1 or 0 in counts:
            raise RuntimeError(f"the baseline batches gave {counts} documents")
        self.expected = counts.pop()
        self.wait_whole(inputs, sub, self.budget)
        result.recover_s = time.monotonic() - start
        self.judge(result, inputs, sub)
        return result


def _add(person: str, what: str) -> str:
    return what if person == "no" else f"{person}; {what}"


Fault = Callable[[Runner, RunResult, list[Input]], tuple[float, Submitter]]


def worker_mid_ocr(r: Runner, result: RunResult, inputs: list[Input]) -> tuple[float, Submitter]:
    marks = r.log_marks()
    sub = r.submit(inputs)
    name = r.ocr_started(marks)
    time.sleep(r.rng.uniform(0.3, 1.5))  # inside the reading of a page
    start = time.monotonic()
    r.stack.kill(r.stack.workers[name])
    r.stack.start_worker(name)
    result.restart = f"worker {name} (as its supervisor would)"
    return start, sub


def serve_mid_upload(r: Runner, result: RunResult, inputs: list[Input]
                     ) -> tuple[float, Submitter]:
    sub = r.submit(inputs)
    time.sleep(r.rng.uniform(0.02, 0.5))  # while the batches are being sent and kept
    start = time.monotonic()
    r.stack.kill(r.stack.serve)
    result.notes.append(f"killed after {len(sub.batch_ids)} of {len(inputs)} accepted")
    r.stack.start_serve()
    result.restart = "sohoa serve (as its supervisor would)"
    return start, sub


def _server_kill(name: str, down_s: float = 5.0) -> Fault:
    def fault(r: Runner, result: RunResult, inputs: list[Input]) -> tuple[float, Submitter]:
        marks = r.log_marks()
        sub = r.submit(inputs)
        r.ocr_started(marks)
        time.sleep(r.rng.uniform(0.5, 3.0))
        start = time.monotonic()
        r.stack.kill_server(name)
        time.sleep(down_s)
        r.stack.restart_server(name)
        result.restart = f"services.sh up {name}"
        return start, sub
    return fault


def redis_restart(r: Runner, result: RunResult, inputs: list[Input]) -> tuple[float, Submitter]:
    marks = r.log_marks()
    sub = r.submit(inputs)
    r.ocr_started(marks)
    start = time.monotonic()
    r.stack.stop_server("redis")
    r.stack.restart_server("redis")
    result.restart = "services.sh down redis; services.sh up redis"
    return start, sub


def _fill(folder: Path) -> Path:
    ballast = folder / "ballast"
    with ballast.open("wb") as f, contextlib.suppress(OSError):
        while True:
            f.write(b"\0" * (1 << 20))
            f.flush()
    return ballast


def disk_full(r: Runner, result: RunResult, inputs: list[Input]) -> tuple[float, Submitter]:
    """The data disk fills up: every other run while the batches are sent, else while the
    workers read them (their files are on it too)."""
    data = Path(r.stack.env["SOHOA_DATA"])
    if r.run_no % 2:
        start = time.monotonic()
        ballast = _fill(data)
        sub = r.submit(inputs)
        time.sleep(15)
        result.notes.append(f"full while sending: {len(sub.batch_ids)} of {len(inputs)} "
                            "accepted while full")
    else:
        marks = r.log_marks()
        sub = r.submit(inputs)
        r.ocr_started(marks)
        start = time.monotonic()
        ballast = _fill(data)
        time.sleep(15)
        result.notes.append("full while the workers read")
    ballast.unlink()
    result.person = "free space on the data disk"
    return start, sub


def byte_flipped(r: Runner, result: RunResult, inputs: list[Input]) -> tuple[float, Submitter]:
    sub = r.submit(inputs)
    if not r.wait_whole(inputs, sub, r.budget):
        raise RuntimeError("the batches to damage were not archived")
    backed = r.stack.sohoa("backup", "run", "--to", str(r.backup), "--json")
    if backed.returncode != 0:
        raise RuntimeError("backup run: " + backed.stderr[-1000:])
    key = next(k for k, _ in iter_manifests(r.stack.store(), inputs[0].code)
               ).replace("manifest.json", "document.pdf")
    files = [p for p in r.stack.object_files(key) if p.name != "xl.meta"] or \
        list(r.stack.object_files(key))
    target = files[-1]
    raw = bytearray(target.read_bytes())
    at = len(raw) - 1 - r.rng.randrange(min(len(raw) // 2, 4096))
    raw[at] ^= 0x20
    start = time.monotonic()
    target.write_bytes(bytes(raw))
    fixity = r.stack.sohoa("fixity", "--json")
    found = json.loads(fixity.stdout or "{}").get("problems", [])
    if fixity.returncode == 0 or key not in [p["key"] for p in found]:
        result.notes.append(f"fixity did not name {key}: {fixity.stdout[-300:]}")
        result.lost += 1
    repair = r.stack.sohoa("repair", "--from", str(r.backup), "--json")
    if repair.returncode != 0:
        result.notes.append("repair: " + (repair.stdout or repair.stderr)[-300:])
    result.person = f"sohoa fixity (found {len(found)}); sohoa repair --from BACKUP"
    return start, sub


FAULTS: dict[str, Fault] = {
    "SIGKILL worker mid-OCR": worker_mid_ocr,
    "SIGKILL sohoa serve mid-upload": serve_mid_upload,
    "SIGKILL MinIO": _server_kill("minio"),
    "SIGKILL Elasticsearch": _server_kill("es"),
    "SIGKILL Redis": _server_kill("redis"),
    "SIGKILL PostgreSQL": _server_kill("postgres"),
    "Redis restart": redis_restart,
    "data disk full": disk_full,
    "byte flipped in an archived object": byte_flipped,
}
"""Each fault: inject it while a run's batches are sent or read, restart what it stopped;
return when it was injected and the submitter."""

