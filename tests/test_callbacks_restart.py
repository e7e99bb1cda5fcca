"""A notification survives the service: ``sohoa serve`` tries to deliver it to a receiver
that is not up yet, is killed (SIGKILL) after failing, and once started again delivers it
exactly once, signed, to the receiver that came up meanwhile; nothing is left pending."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

from archive.audit import AuditLog
from archive.outbox import delivery_states
from pipeline.settings import CallbackSettings, Settings
from service import Service
from tests.callback_receiver import Receiver, free_port

ROOT = Path(__file__).resolve().parents[1]
AGENCY = "000.00.12.H19"
FAST = {"SOHOA_CALLBACKS__INTERVAL_S": "0.2", "SOHOA_CALLBACKS__RETRY_FIRST_S": "0.3",
        "SOHOA_CALLBACKS__RETRY_MAX_S": "1", "SOHOA_CALLBACKS__TIMEOUT_S": "2"}
DEADLINE_S = 60


def _wait(what: str, done: Callable[[], bool], deadline: float) -> None:
    while not done():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {DEADLINE_S} s")
        time.sleep(0.05)


@contextlib.contextmanager
def _serving(data: Path, port: int, deadline: float) -> Iterator[subprocess.Popen[bytes]]:
    """``sohoa serve`` in its own process on ``port``, up (answering /api/health)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOHOA_")} | FAST | {
        "SOHOA_DATA": str(data), "SOHOA_WORKERS": "1", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "cli.main", "serve", "--port", str(port),
                             "--log-level", "warning"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def up() -> bool:
        assert proc.poll() is None, f"sohoa serve ended with {proc.returncode}"
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=1):
                return True
        except OSError:
            return False

    try:
        _wait("sohoa serve answers", up, deadline)
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)


def test_a_notification_survives_a_killed_service_and_is_delivered_once(
    tmp_path: Path,
) -> None:
    deadline = time.monotonic() + DEADLINE_S
    data = tmp_path / "data"
    settings = Settings(data=data, callbacks=CallbackSettings(retry_first_s=0.3,
                                                              retry_max_s=1))
    service = Service.build(settings)  # this process: registers and enqueues, as results will
    operator = service.local_actor()
    hook_port, web_port = free_port(), free_port()
    registration, secret = service.notifications.register(
        operator, f"http://127.0.0.1:{hook_port}/sohoa", AGENCY)
    code = f"{AGENCY}-250414-0007"
    payload = {"receipt_code": code, "document_id": "d1", "sha256": "0" * 64,
               "doc_type": "ket_qua", "archived_at": "2025-04-14T09:00:00+07:00",
               "url": f"/api/dossiers/{code}/results/d1"}
    store = service.deps.store

    def state() -> object:
        return delivery_states(store, note).get(registration.id)

    with _serving(data, web_port, deadline) as first:
        note = service.notifications.enqueue("result.archived", AGENCY, payload, f"{code}/d1")
        _wait("a failed attempt is recorded", lambda: bool(
            (s := state()) and s.errors), deadline)  # type: ignore[attr-defined]
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    assert not delivery_states(store, note)[registration.id].delivered

    receiver = Receiver(secrets={registration.id: secret}, port=hook_port).start()
    try:
        with _serving(data, web_port, deadline):
            _wait("delivered after the restart", lambda: bool(
                (s := state()) and s.delivered), deadline)  # type: ignore[attr-defined]
            time.sleep(1)  # a few more passes: nothing is sent again
            received = list(receiver)
    finally:
        receiver.stop()

    ok = [r for r in received if 200 <= r.status < 300]
    assert [r.json["id"] for r in ok] == [note.event_id]  # exactly one 2xx delivery
    delivery = f"{note.event_id}.{registration.id}"
    for r in received:  # a duplicate, if any, carries the same ids
        assert r.signed, r.headers
        assert r.json["id"] == note.event_id
        assert r.headers["x-sohoa-delivery"] == delivery
    assert ok[0].json["data"] == payload and ok[0].path == "/sohoa"
    assert service.notifications.pending(operator) == []
    attempts = delivery_states(store, note)[registration.id].attempts
    assert attempts >= 2  # failed at least once before the kill, delivered after
    trail = [e for e in AuditLog(settings.audit_path).entries()
             if e.action == "callback_delivered"]
    assert [e.detail["delivery"] for e in trail] == [delivery]
    service.close()
