"""The outbox and signed callback notifications: signing, idempotent enqueue, the retry
schedule, agency filter, refused URLs, and delivery to a real receiver on 127.0.0.1."""

from __future__ import annotations

import shutil
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from archive import FolderStore, keys
from archive.audit import AuditLog
from archive.outbox import backoff_s, delivery_states, enqueue, event_id
from pipeline.deps import build_deps
from pipeline.settings import CallbackSettings, Settings
from service import Service
from service.access import Actor
from service.delivery import signature
from service.errors import NotFoundError
from sohoa.callbacks import CallbackError, Registration, check_url
from sohoa.people import NotPermittedError
from tests.callback_receiver import Receiver, free_port

AGENCY_A = "000.00.12.H19"
AGENCY_B = "000.00.21.H56"
HEAD = Actor("Đỗ Minh Quân", frozenset({"head"}))
CLERK = Actor("Nguyễn Thị Lan", frozenset({"clerk"}), AGENCY_A)
FAST = {"retry_first_s": 0.05, "retry_max_s": 0.2, "timeout_s": 2}


def _payload(code: str, doc: str) -> dict[str, str]:
    return {"receipt_code": code, "document_id": doc, "sha256": "0" * 64,
            "doc_type": "ket_qua", "archived_at": "2025-04-14T09:00:00+07:00",
            "url": f"/api/dossiers/{code}/results/{doc}"}


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The development PKI made once (making it is the slow part of building the service)."""
    data = tmp_path_factory.mktemp("pki") / "data"
    return build_deps(Settings(data=data)).pki.pki_dir  # made on first use


def _service(tmp_path: Path, pki: Path, **callbacks: float) -> Service:
    data = tmp_path / "data"
    shutil.copytree(pki, data / "pki")
    return Service.build(Settings(data=data, callbacks=CallbackSettings(**{**FAST,
                                                                          **callbacks})))


@pytest.fixture
def service(tmp_path: Path, pki: Path) -> Iterator[Service]:
    svc = _service(tmp_path, pki)
    yield svc
    svc.close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver().start()
    yield r
    r.stop()


# --- pure parts --------------------------------------------------------------------------

def test_signature_is_hmac_sha256_of_timestamp_dot_body() -> None:
    # printf '%s' '1700000000.{"id":"abc"}' | openssl dgst -sha256 -hmac 'sohoa-test-secret'
    assert signature("sohoa-test-secret", 1700000000, b'{"id":"abc"}') == (
        "sha256=d78613da340d5ce4c50e0c6f7329972356d9e572535ac7bd4a58e5fd344fa40e")


def test_backoff_doubles_from_the_first_wait_up_to_the_cap() -> None:
    assert [backoff_s(n, 5, 3600) for n in range(0, 13)] == [
        0, 5, 10, 20, 40, 80, 160, 320, 640, 1280, 2560, 3600, 3600]
    assert backoff_s(10_000, 5, 3600) == 3600


def test_enqueue_is_idempotent_and_write_once(tmp_path: Path) -> None:
    store = FolderStore(tmp_path / "store")
    code = f"{AGENCY_A}-250414-0007"
    first = enqueue(store, "result.archived", AGENCY_A, _payload(code, "d1"), f"{code}/d1")
    keys_before = list(store.list(keys.OUTBOX))
    again = enqueue(store, "result.archived", AGENCY_A, {"changed": True}, f"{code}/d1")
    assert again == first  # the first one's payload and time stand
    assert list(store.list(keys.OUTBOX)) == keys_before
    assert first.event_id == event_id("result.archived", f"{code}/d1")
    other = enqueue(store, "result.archived", AGENCY_A, _payload(code, "d2"), f"{code}/d2")
    assert other.event_id != first.event_id
    event_key = keys.outbox_event(first.day, first.event_id, "event.json")
    assert store.info(event_key).retain_until is not None  # kept, then removable
    assert not (Path(store.locate(event_key)).stat().st_mode & stat.S_IWUSR)  # read-only


def test_a_registration_receives_only_its_agency_and_events_from_its_creation() -> None:
    reg = Registration("cb-1", "http://x.test/", AGENCY_A, ("result.archived",), "q",
                       "2025-04-14T09:00:00+07:00")
    assert reg.receives("result.archived", AGENCY_A, "2025-04-14T09:00:00+07:00")
    assert not reg.receives("result.archived", AGENCY_B, "2025-04-14T10:00:00+07:00")
    assert not reg.receives("result.returned", AGENCY_A, "2025-04-14T10:00:00+07:00")
    assert not reg.receives("result.archived", AGENCY_A, "2025-04-14T08:59:59+07:00")
    every = Registration("cb-2", "http://x.test/", None, ("result.archived",), "q",
                         "2025-04-14T09:00:00+07:00")
    assert every.receives("result.archived", AGENCY_B, "2025-04-14T02:30:00Z")  # 09:30 VN
    assert not every.receives("result.archived", AGENCY_B, "2025-04-14T01:30:00Z")


@pytest.mark.parametrize("url", [
    "ftp://example.vn/hook", "file:///etc/passwd", "javascript:alert(1)", "gopher://x/",
    "http://user:pass@example.vn/hook", "https://token@example.vn/hook", "http:///nohost",
    "http://169.254.169.254/latest/meta-data", "http://0.0.0.0:8000/", "http://[ff02::1]/",
    "https://example.vn/hook#frag", "http://example.vn/a b", "http://example.vn:99999/",
    "example.vn/hook", "", "http://example.vn/" + "a" * 2000, "http://ví-dụ.vn/hook",
    "http://example.vn/\ud800", "http://example.vn/a\x7f",
])
def test_bad_callback_urls_are_refused(url: str) -> None:
    with pytest.raises(CallbackError) as caught:
        check_url(url)
    assert "(" in caught.value.message  # Vietnamese, then English in brackets


def test_good_callback_urls_are_kept_as_given() -> None:
    for url in ("https://mot-cua.example.vn/sohoa/hook?src=1", "http://127.0.0.1:8080/h",
                "http://[::1]:9000/h"):
        assert check_url(url) == url


# --- the service -------------------------------------------------------------------------

def test_registering_needs_a_head_admin_or_the_operator_and_is_audited(
    service: Service, tmp_path: Path
) -> None:
    n = service.notifications
    with pytest.raises(NotPermittedError):
        n.register(CLERK, "https://example.vn/hook")
    with pytest.raises(NotPermittedError):
        n.list(CLERK)
    with pytest.raises(CallbackError):
        n.register(HEAD, "ftp://example.vn/hook")
    with pytest.raises(CallbackError):
        n.register(HEAD, "https://example.vn/hook", events=["everything"])
    reg, secret = n.register(HEAD, "https://example.vn/hook", AGENCY_A)
    assert len(secret) >= 40 and reg.events == ("result.archived",)
    assert reg.created_by == HEAD.name
    assert [r.id for r in n.list(HEAD)] == [reg.id]
    assert "secret" not in reg.to_json()
    path = service.deps.settings.callbacks_path
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(NotFoundError):
        n.remove(HEAD, "cb-000000000000")
    assert n.remove(HEAD, reg.id).id == reg.id
    assert n.list(HEAD) == []
    trail = [(e.action, e.actor) for e in AuditLog(service.deps.settings.audit_path).entries()]
    assert ("callback_registered", HEAD.name) in trail
    assert ("callback_removed", HEAD.name) in trail
    assert ("denied", CLERK.name) in trail


def test_a_notification_is_delivered_signed_once_to_its_agency(
    service: Service, receiver: Receiver
) -> None:
    n = service.notifications
    own, own_secret = n.register(HEAD, f"{receiver.url}/a", AGENCY_A)
    every, every_secret = n.register(HEAD, f"{receiver.url}/all")
    other, other_secret = n.register(HEAD, f"{receiver.url}/b", AGENCY_B)
    receiver.secrets = {own.id: own_secret, every.id: every_secret, other.id: other_secret}
    code = f"{AGENCY_A}-250414-0007"
    note = n.enqueue("result.archived", AGENCY_A, _payload(code, "d1"), f"{code}/d1")
    counts = n.deliver_due(Actor("op", frozenset({"operator"})))
    assert (counts.delivered, counts.failed) == (2, 0)
    got = sorted(receiver.ok(), key=lambda r: r.path)
    assert [r.path for r in got] == ["/a", "/all"]  # not /b: another agency's
    for r in got:
        assert r.signed
        assert r.json == {"id": note.event_id, "event": "result.archived",
                          "created_at": note.created_at, "data": _payload(code, "d1")}
        assert r.headers["x-sohoa-event"] == "result.archived"
        assert r.headers["x-sohoa-delivery"].startswith(note.event_id + ".")
        assert abs(int(r.headers["x-sohoa-timestamp"]) - time.time()) < 60
        assert r.headers["content-type"].startswith("application/json")
    again = n.deliver_due(Actor("op", frozenset({"operator"})))
    assert again.delivered == 0 and len(receiver.received) == 2
    assert n.pending(HEAD) == []
    states = delivery_states(service.deps.store, note)
    assert states[own.id].delivered and states[every.id].delivered and other.id not in states


def test_a_failure_is_retried_after_its_wait_and_a_redirect_is_not_followed(
    service: Service, receiver: Receiver
) -> None:
    n = service.notifications
    operator = Actor("op", frozenset({"operator"}))
    reg, secret = n.register(HEAD, f"{receiver.url}/hook", AGENCY_A)
    receiver.secrets = {reg.id: secret}
    receiver.answers = [500, 302]
    code = f"{AGENCY_A}-250414-0008"
    note = n.enqueue("result.archived", AGENCY_A, _payload(code, "d1"), f"{code}/d1")
    assert n.deliver_due(operator).failed == 1
    assert n.deliver_due(operator).waiting == 1  # within 0.05 s: not due yet
    [pending] = n.pending(HEAD)
    assert (pending.attempts, pending.state, pending.last_error) == (1, "waiting", "HTTP 500")
    time.sleep(0.06)
    assert n.deliver_due(operator).failed == 1  # the 302 counts as a failure
    assert n.pending(HEAD)[0].last_error == "HTTP 302 (redirects are not followed)"
    time.sleep(0.11)
    assert n.deliver_due(operator).delivered == 1
    assert [r.path for r in receiver.received] == ["/hook"] * 3  # never /elsewhere
    ids = {r.headers["x-sohoa-delivery"] for r in receiver.received}
    assert ids == {f"{note.event_id}.{reg.id}"}  # every attempt carries the same id
    assert n.pending(HEAD) == []


def test_delivery_is_given_up_after_the_last_attempt_and_stays_listed(
    tmp_path: Path, pki: Path
) -> None:
    service = _service(tmp_path, pki, max_attempts=2, retry_first_s=0.01, retry_max_s=0.01)
    try:
        n = service.notifications
        operator = Actor("op", frozenset({"operator"}))
        n.register(HEAD, f"http://127.0.0.1:{free_port()}/hook")  # nobody listens
        code = f"{AGENCY_B}-250414-0009"
        n.enqueue("result.archived", AGENCY_B, _payload(code, "d1"), f"{code}/d1")
        assert n.deliver_due(operator).failed == 1
        time.sleep(0.02)
        assert n.deliver_due(operator).failed == 1
        assert n.deliver_due(operator).dead == 1
        assert n.deliver_due(operator) == type(n.deliver_due(operator))()  # nothing more
        [dead] = n.pending(HEAD)
        assert (dead.state, dead.attempts, dead.next_at) == ("dead", 2, None)
        assert "Connection" in (dead.last_error or "")
        trail = [e.action for e in AuditLog(service.deps.settings.audit_path).entries()]
        assert "callback_dead" in trail
    finally:
        service.close()


def test_a_registration_made_after_an_event_is_not_told_of_it(
    service: Service, receiver: Receiver
) -> None:
    n = service.notifications
    code = f"{AGENCY_A}-250414-0010"
    n.enqueue("result.archived", AGENCY_A, _payload(code, "d1"), f"{code}/d1")
    time.sleep(1.01)  # registrations compare to the second
    reg, secret = n.register(HEAD, f"{receiver.url}/late", AGENCY_A)
    receiver.secrets = {reg.id: secret}
    assert n.deliver_due(Actor("op", frozenset({"operator"}))).delivered == 0
    assert receiver.received == [] and n.pending(HEAD) == []


def test_the_cli_registers_lists_and_delivers(tmp_path: Path, pki: Path,
                                              receiver: Receiver, capsys: pytest.CaptureFixture[str]
                                              ) -> None:
    import json

    from cli.main import main

    data = tmp_path / "data"
    shutil.copytree(pki, data / "pki")
    assert main(["callbacks", "add", f"{receiver.url}/cli", "--agency", AGENCY_A,
                 "--data", str(data), "--json"]) == 0
    added = json.loads(capsys.readouterr().out)
    receiver.secrets = {added["id"]: added["secret"]}
    assert main(["callbacks", "add", "ftp://x/", "--data", str(data)]) == 2
    assert "callback_refused" in capsys.readouterr().err
    svc = Service.build(Settings(data=data))
    code = f"{AGENCY_A}-250414-0011"
    note = svc.notifications.enqueue("result.archived", AGENCY_A, _payload(code, "d"),
                                     f"{code}/d")
    assert main(["callbacks", "pending", "--data", str(data), "--json"]) == 0
    [pending] = json.loads(capsys.readouterr().out)
    assert pending["delivery_id"] == f"{note.event_id}.{added['id']}"
    assert main(["callbacks", "deliver", "--data", str(data)]) == 0
    assert capsys.readouterr().out.startswith("1 delivered")
    assert main(["callbacks", "list", "--data", str(data), "--json"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [added["id"]]
    assert main(["callbacks", "remove", added["id"], "--data", str(data)]) == 0
    assert len(receiver.ok()) == 1 and receiver.ok()[0].signed
