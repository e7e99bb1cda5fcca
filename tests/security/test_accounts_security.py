"""People and accounts cannot be impersonated: look-alike names, self-granted roles, the
two-person rule under another name, anonymous floods of failed sign-ins, sign-in timing, API
keys that never end, and sign-in guessing spread over addresses or processes."""

from __future__ import annotations

import hashlib
import json
import secrets
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from archive import archive_document
from archive.audit import AuditLog
from archive.disposal import DisposalError
from cli.main import main
from service import ANONYMOUS, Actor, Service
from sohoa.clock import now_vn
from sohoa.people import ApiKeyExpiredError, NotPermittedError, People, PeopleError
from tests.conftest import service_env
from tests.web_support import settings_for
from web import create_app
from web.auth import (
    NotAuthenticatedError,
    RateLimitedError,
    RateLimiter,
    RedisCounters,
    Sessions,
)

HEAD, ADMIN, ARCHIVIST, AUDITOR = "Đỗ Minh Quân", "Quản Trị Viên", "Phạm Thu Trang", "Lê Văn Hòa"
PASSWORD = "mot-mat-khau-dai"
CODE = "000.00.12.H19-130305-0001"


@pytest.fixture
def service(tmp_path: Path) -> Service:
    """A new installation: a head (the first one), an administrator, an archivist, an
    auditor, each with an account."""
    service = Service.build(settings_for(tmp_path / "data"))
    setup = service.local_actor()  # the operator at the shell of a new installation
    service.accounts.save_account(setup, HEAD, "quan", ["head"], agency=None, password=PASSWORD)
    head = service.local_actor(HEAD)
    for name, username, role in [(ADMIN, "admin", "admin"), (ARCHIVIST, "trang", "archivist"),
                                 (AUDITOR, "hoa", "auditor")]:
        service.accounts.save_account(head, name, username, [role], agency=None,
                                      password=PASSWORD)
    return service


def _entries(service: Service, action: str) -> list[Any]:
    return [e for e in AuditLog(service.deps.settings.audit_path).entries()
            if e.action == action]


# --- names that only look alike ------------------------------------------------------------


@pytest.mark.parametrize("name", [
    HEAD + "\u200b",              # zero-width space at the end
    "Đỗ\u200bMinh Quân",          # zero-width space inside
    "Trần Văn\u00a0Nam",          # no-break space
    "Trần Văn\u2003Nam",          # em space
    "Trần Văn\u0085Nam",          # a control character
    "\u202eTrần Văn Nam",         # right-to-left override
    "Trần Văn Nam\u2028",         # line separator
])
def test_a_name_with_invisible_characters_is_refused(service: Service, name: str) -> None:
    head = service.local_actor(HEAD)
    with pytest.raises(PeopleError, match="ký tự ẩn"):
        service.accounts.save_account(head, name, "quan2", ["auditor"], agency=None,
                                      password=PASSWORD)
    with pytest.raises(PeopleError, match="ký tự ẩn"):
        service.accounts.change_roles(head, name, ["auditor"], grant=True)
    assert [n for n, _ in service.accounts.people(head)] == sorted(
        [HEAD, ADMIN, ARCHIVIST, AUDITOR], key=lambda n: n.casefold().replace("đ", "d"))


@pytest.mark.parametrize("name", [
    "Đо Minh Quân".replace("о", "\u043e"),   # Cyrillic о beside Latin letters
    "Đỗ Minh Quân".replace("M", "\u041c"),   # Cyrillic М
    "Ðỗ Minh Quân",                           # Latin eth, not đ: same skeleton
    "Đỗ Minh Quân".replace("i", "\u0456"),  # Cyrillic і
])
def test_a_look_alike_of_a_registered_name_is_refused(service: Service, name: str) -> None:
    head = service.local_actor(HEAD)
    with pytest.raises(PeopleError, match=r"dễ nhầm|trộn chữ"):
        service.accounts.change_roles(head, name, ["auditor"], grant=True)


def test_a_name_in_another_script_that_looks_the_same_is_refused(tmp_path: Path) -> None:
    people = People(tmp_path / "people.json")
    people.change("Hoa Mai", ["clerk"], grant=True)
    with pytest.raises(PeopleError, match="dễ nhầm"):  # every letter Cyrillic: one script
        people.change("\u041d\u043e\u0430 \u041c\u0430\u0456", ["auditor"], grant=True)
    people.change("Alice Nguyễn", ["clerk"], grant=True)
    with pytest.raises(PeopleError, match="dễ nhầm"):  # capital I for small l
        people.change("AIice Nguyễn", ["clerk"], grant=True)


def test_vietnamese_names_that_differ_by_a_diacritic_are_different_people(
    service: Service,
) -> None:
    head = service.local_actor(HEAD)
    assert service.accounts.change_roles(head, "Đỗ Minh Quán", ["auditor"], grant=True) == {
        "auditor"}
    assert service.accounts.change_roles(head, "Nguyễn Thị Ánh Tuyết", ["archivist"],
                                         grant=True) == {"archivist"}
    assert service.ctx.people.roles_of(HEAD) == {"head"}
    people = service.ctx.people
    assert people.id_of("Đỗ Minh Quán") != people.id_of(HEAD)


def test_new_names_are_kept_in_nfkc(tmp_path: Path) -> None:
    people = People(tmp_path / "people.json")
    people.change("Ｌê  Văn Ａn", ["clerk"], grant=True)  # full-width letters, two spaces
    assert people.everyone() == [("Lê Văn An", frozenset({"clerk"}))]


# --- stable ids ------------------------------------------------------------------------------


def test_every_person_gets_a_stable_id_and_old_registries_get_one_on_first_write(
    tmp_path: Path,
) -> None:
    path = tmp_path / "people.json"
    old = {"people": [{"name": HEAD, "roles": ["head"]},
                      {"name": AUDITOR, "roles": ["auditor"], "username": "hoa",
                       "password": "scrypt$00$00"}]}
    path.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    people = People(path)
    before = path.read_bytes()
    assert people.id_of(HEAD) is None and people.roles_of(HEAD) == {"head"}
    assert people.account("hoa") is not None and people.everyone()
    assert path.read_bytes() == before  # reading changes nothing
    people.change(ARCHIVIST, ["archivist"], grant=True)
    ids = {name: people.id_of(name) for name in (HEAD, AUDITOR, ARCHIVIST)}
    assert all(i and len(i) == 14 and i.startswith("p-") for i in ids.values())
    assert len(set(ids.values())) == 3
    people.change(HEAD, ["auditor"], grant=True)
    assert {name: people.id_of(name) for name in ids} == ids  # later writes keep them
    account = people.account("hoa")
    assert account is not None and account.person_id == ids[AUDITOR]


def test_actors_carry_the_person_id(service: Service) -> None:
    people = service.ctx.people
    assert service.local_actor(HEAD).person_id == people.id_of(HEAD)
    assert service.local_actor().person_id is None  # the operator is nobody in the registry
    account = people.authenticate("hoa", PASSWORD)
    assert account is not None
    actor = Actor.of_account(account, via="session", origin="http 10.0.0.1")
    assert actor.person_id == people.id_of(AUDITOR)
    assert Actor("Ai Đó", frozenset(), None).person_id is None  # positional still works


# --- nobody grants roles to themselves ----------------------------------------------------


def test_an_admin_cannot_grant_itself_head_and_the_refusal_is_audited(
    service: Service,
) -> None:
    admin = service.local_actor(ADMIN)
    with pytest.raises(NotPermittedError, match="không được tự cấp vai trò cho mình"):
        service.accounts.change_roles(admin, ADMIN, ["head", "clerk"], grant=True)
    with pytest.raises(NotPermittedError, match="tự cấp"):
        service.accounts.save_account(admin, ADMIN, "admin", ["admin", "auditor"], agency=None,
                                      password=None)
    with pytest.raises(NotPermittedError, match="tự cấp"):  # the same person, another case
        service.accounts.change_roles(admin, ADMIN.upper(), ["auditor"], grant=True)
    renamed = Actor("Tên Khác", admin.roles, person_id=admin.person_id)
    with pytest.raises(NotPermittedError, match="tự cấp"):  # the same id, another name
        service.accounts.change_roles(renamed, ADMIN, ["auditor"], grant=True)
    assert service.ctx.people.roles_of(ADMIN) == {"admin"}
    denied = _entries(service, "denied")
    assert len(denied) == 4
    assert {e.detail["action"] for e in denied} == {"accounts.manage"}
    assert denied[0].actor == ADMIN and denied[0].detail["roles"] == ["clerk", "head"]
    head = service.local_actor(HEAD)
    with pytest.raises(NotPermittedError, match="tự cấp"):
        service.accounts.change_roles(head, HEAD, ["auditor"], grant=True)


def test_one_may_revoke_ones_own_roles_and_keep_ones_account(service: Service) -> None:
    head = service.local_actor(HEAD)
    service.accounts.change_roles(head, ADMIN, ["auditor"], grant=True)
    admin = service.local_actor(ADMIN)
    assert service.accounts.change_roles(admin, ADMIN, ["auditor"], grant=False) == {"admin"}
    account, _ = service.accounts.save_account(admin, ADMIN, "admin", ["admin"], agency=None,
                                               password=PASSWORD + "-moi")  # nothing granted
    assert account.roles == {"admin"}


def test_the_first_head_of_a_new_installation_may_name_themselves(tmp_path: Path) -> None:
    service = Service.build(settings_for(tmp_path / "data"))
    first = Actor(HEAD, frozenset())
    assert service.accounts.change_roles(first, HEAD, ["head"], grant=True) == {"head"}
    head = service.local_actor(HEAD)
    with pytest.raises(NotPermittedError, match="tự cấp"):  # from then on, no more
        service.accounts.change_roles(head, HEAD, ["auditor"], grant=True)


def test_the_command_line_refuses_a_self_grant(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data", str(tmp_path)]
    assert main(["people", "grant", HEAD, "--role", "head", *data]) == 0
    assert main(["people", "grant", ADMIN, "--role", "admin", "--by", HEAD, *data]) == 0
    capsys.readouterr()
    assert main(["people", "grant", ADMIN, "--role", "head", "--by", ADMIN, *data]) == 2
    assert "[not_permitted]" in capsys.readouterr().err
    assert People(tmp_path / "people.json").roles_of(ADMIN) == {"admin"}


# --- the two-person rule compares ids -------------------------------------------------------


def _archived(service: Service) -> None:
    until = date(2023, 3, 5)
    archive_document(
        service.deps.store, receipt_code=CODE, document_id="d1",
        files={"document.pdf": b"%PDF d1", "ocr.json": b"{}"},
        metadata={"dossier": {"receipt_code": CODE, "procedure": "Cấp bản sao",
                              "received_at": "2013-03-05T09:00:00+07:00"},
                  "classification": {"doc_type": "bien_lai_thu_phi", "label": "Biên lai",
                                     "title": "BIÊN LAI", "fields": {}},
                  "retention": {"class": "ke_toan", "legal_source": "Luật Kế toán 2015",
                                "retain_until": until.isoformat(), "permanent": False}},
        retain_until=until, permanent=False)


def _rename(service: Service, old: str, new: str, roles: list[str]) -> None:
    """What a registry edited by hand can hold: the same person (id) under another name."""
    path = service.deps.settings.people_path
    raw = json.loads(path.read_text(encoding="utf-8"))
    for person in raw["people"]:
        if person["name"] == old:
            person["name"], person["roles"] = new, roles
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")


def test_the_proposer_cannot_approve_under_another_name(service: Service) -> None:
    _archived(service)
    proposer = service.local_actor(ARCHIVIST)
    batch, _ = service.custody.propose(proposer, "Biên bản hội đồng số 1", [CODE], None)
    assert batch.proposal["proposed_by_id"] == proposer.person_id is not None
    _rename(service, ARCHIVIST, "Trang Phạm", ["archivist", "auditor"])
    renamed = service.local_actor("Trang Phạm")
    assert renamed.person_id == proposer.person_id and "auditor" in renamed.roles
    with pytest.raises(DisposalError, match="proposed batch"):
        service.custody.decide(renamed, batch.batch_id, True, "")
    twin = Actor(ARCHIVIST, frozenset({"auditor"}), person_id="p-000000000000")
    with pytest.raises(DisposalError, match="proposed batch"):  # another id, the same name
        service.custody.decide(twin, batch.batch_id, True, "")
    auditor = service.local_actor(AUDITOR)
    decided = service.custody.decide(auditor, batch.batch_id, True, "")
    assert decided.state == "approved"


def test_batches_from_before_ids_still_compare_names(service: Service) -> None:
    _archived(service)
    proposer = Actor(ARCHIVIST, frozenset({"archivist"}))  # no id: as before ids
    batch, _ = service.custody.propose(proposer, "Biên bản hội đồng số 2", [CODE], None)
    assert batch.proposal["proposed_by_id"] is None
    with pytest.raises(DisposalError, match="proposed batch"):
        service.custody.decide(Actor(ARCHIVIST.upper(), frozenset({"auditor"}),
                                     person_id="p-111111111111"), batch.batch_id, True, "")


# --- failed sign-ins: anonymous, and one entry a minute --------------------------------------


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


def test_failed_sign_ins_are_anonymous_and_floods_are_collapsed(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = _Clock()
    monkeypatch.setattr("service.context.time", clock)
    typed = "Đỗ Minh Quân đã đăng nhập thành công " + "x" * 40
    for _ in range(50):
        assert service.accounts.sign_in(typed, "sai", "http 203.0.113.9") is None
    service.accounts.sign_in("quan", "sai", "http 203.0.113.9")  # another user name
    service.accounts.sign_in(typed, "sai", "http 198.51.100.4")  # another address
    failed = _entries(service, "login_failed")
    assert len(failed) == 3
    assert {e.actor for e in failed} == {ANONYMOUS.name}
    assert {e.record for e in failed} == {"users"}
    assert failed[0].detail["username"] == typed[:40] and "repeated" not in failed[0].detail
    clock.now += 61
    service.accounts.sign_in(typed, "sai", "http 203.0.113.9")
    latest = _entries(service, "login_failed")[-1]
    assert latest.detail["repeated"] == 49 and latest.origin == "http 203.0.113.9"


# --- sign-in timing ---------------------------------------------------------------------


def test_unknown_and_known_users_cost_one_scrypt_run_each(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str, Any]] = []
    real = hashlib.scrypt

    def counting(password: bytes, **kwargs: Any) -> bytes:
        calls.append(kwargs)
        return real(password, **kwargs)

    monkeypatch.setattr(hashlib, "scrypt", counting)
    people = service.ctx.people
    for username, password in [("khong-co-ai", PASSWORD), ("quan", "sai-mat-khau-roi"),
                               ("quan", PASSWORD), ("khong-co-ai-2", "x")]:
        calls.clear()
        people.authenticate(username, password)
        assert len(calls) == 1, username
        assert {k: v for k, v in calls[0].items() if k != "salt"} == {"n": 2**14, "r": 8,
                                                                      "p": 1}
        assert len(calls[0]["salt"]) == 16


# --- API keys: expiry, listing, revocation ------------------------------------------------


def _when(text: str | None) -> datetime:
    assert text is not None
    return datetime.fromisoformat(text)


def _set_key(path: Path, username: str, key_id: str, **fields: Any) -> None:
    raw = json.loads(path.read_text(encoding="utf-8"))
    for person in raw["people"]:
        for key in person.get("keys") or []:
            if person.get("username") == username and key["id"] == key_id:
                for name, value in fields.items():
                    if value is None:
                        key.pop(name, None)
                    else:
                        key[name] = value
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")


def test_api_keys_expire_are_listed_and_revoked_one_by_one(service: Service) -> None:
    people, path = service.ctx.people, service.deps.settings.people_path
    head = service.local_actor(HEAD)
    first = service.accounts.new_api_key(head, "trang")
    second = service.accounts.new_api_key(head, "trang", days=2)
    first_id, second_id = first.split("_", 2)[1], second.split("_", 2)[1]
    listed = service.accounts.api_keys(head, "trang")
    assert [k.key_id for k in listed] == [first_id, second_id]
    created = _when(listed[0].created)
    assert _when(listed[0].expires) - created == timedelta(days=365)
    assert _when(listed[1].expires) - created == timedelta(days=2)
    assert not listed[0].expired
    assert first not in path.read_text(encoding="utf-8")
    service.accounts.revoke_api_key(head, "trang", first_id)
    assert people.by_api_key(first) is None
    found = people.by_api_key(second)
    assert found is not None and found.username == "trang"
    revoked = _entries(service, "api_key_revoked")
    assert [(e.actor, e.detail["key_id"]) for e in revoked] == [(HEAD, first_id)]
    with pytest.raises(PeopleError, match="không có khóa API"):
        service.accounts.revoke_api_key(head, "trang", first_id)
    with pytest.raises(NotPermittedError):
        service.accounts.revoke_api_key(service.local_actor(AUDITOR), "trang", second_id)
    with pytest.raises(NotPermittedError):
        service.accounts.api_keys(service.local_actor(ARCHIVIST), "trang")
    yesterday = (now_vn() - timedelta(days=1)).isoformat()
    _set_key(path, "trang", second_id, expires=yesterday)
    with pytest.raises(ApiKeyExpiredError, match="hết hạn"):
        people.by_api_key(second)
    sessions = Sessions(people, service.deps.settings.web_dir / "session.key")
    with pytest.raises(NotAuthenticatedError, match="hết hạn"):
        sessions.check(second)
    with pytest.raises(PeopleError, match="1 đến 3650"):
        people.new_api_key("trang", days=0)


def test_keys_from_before_expiry_stay_valid_until_revoked(service: Service) -> None:
    people, path = service.ctx.people, service.deps.settings.people_path
    key = people.new_api_key("hoa")
    key_id = key.split("_", 2)[1]
    _set_key(path, "hoa", key_id, created=None, expires=None)
    assert people.by_api_key(key) is not None
    listed = people.api_keys("hoa")
    assert listed[0].expires is None and not listed[0].expired


# --- lockout per account -------------------------------------------------------------------


def test_an_account_is_locked_after_five_failures_from_any_addresses(
    service: Service,
) -> None:
    limiter = RateLimiter({"login": (100, 60.0)}, lockout_failures=5, lockout_s=900)
    for n in range(5):
        assert service.accounts.sign_in("quan", "sai", f"http 10.0.0.{n % 2 + 1}",
                                        limiter=limiter) is None
    with pytest.raises(RateLimitedError, match="tạm khóa") as refused:
        service.accounts.sign_in("quan", PASSWORD, "http 10.0.0.3", limiter=limiter)
    assert refused.value.http_status == 429
    assert service.accounts.sign_in("hoa", PASSWORD, "http 10.0.0.3",
                                    limiter=limiter) is not None  # other accounts are not
    locked = [e for e in _entries(service, "login_failed") if e.detail.get("locked")]
    assert [e.origin for e in locked] == ["http 10.0.0.3"]


def test_a_successful_sign_in_resets_the_count_and_a_lockout_ends(service: Service) -> None:
    limiter = RateLimiter({"login": (100, 60.0)}, lockout_failures=3, lockout_s=0.5)
    for _ in range(2):
        service.accounts.sign_in("trang", "sai", "http 10.0.0.1", limiter=limiter)
    assert service.accounts.sign_in("trang", PASSWORD, "http 10.0.0.1", limiter=limiter)
    for _ in range(2):
        service.accounts.sign_in("trang", "sai", "http 10.0.0.2", limiter=limiter)
    assert service.accounts.sign_in("trang", PASSWORD, "http 10.0.0.2", limiter=limiter)
    for _ in range(3):
        service.accounts.sign_in("trang", "sai", "http 10.0.0.2", limiter=limiter)
    with pytest.raises(RateLimitedError):
        service.accounts.sign_in("trang", PASSWORD, "http 10.0.0.2", limiter=limiter)
    time.sleep(0.6)
    assert service.accounts.sign_in("trang", PASSWORD, "http 10.0.0.2", limiter=limiter)


def test_the_sign_in_routes_refuse_a_locked_account_with_429(tmp_path: Path) -> None:
    settings = settings_for(tmp_path / "data")
    People(settings.people_path).add_account(HEAD, "quan", ["head"], agency=None,
                                             password=PASSWORD)
    app = create_app(settings)
    with TestClient(app) as client:
        for _ in range(settings.web.lockout_failures):
            response = client.post("/api/token", data={"username": "quan", "password": "sai"})
            assert response.status_code == 401
        response = client.post("/api/token", data={"username": "quan", "password": PASSWORD})
        assert response.status_code == 429 and response.json()["error"] == "rate_limited"
        page = client.post("/dang-nhap", data={"username": "quan", "password": PASSWORD},
                           headers={"Origin": "http://testserver"}, follow_redirects=False)
        assert page.status_code == 429 and "tạm khóa" in page.text


# --- counters shared through Redis ----------------------------------------------------------


@pytest.mark.redis
def test_two_limiters_share_their_counters_through_redis() -> None:
    url = service_env("SOHOA_BROKER_URL") or ""
    prefix = f"sohoa-test:{secrets.token_hex(4)}:"
    first, second = (RateLimiter({"login": (3, 60.0)}, lockout_failures=2, lockout_s=60,
                                 counters=RedisCounters(url, prefix)) for _ in range(2))
    first.hit("login", "10.0.0.1")
    second.hit("login", "10.0.0.1")
    first.hit("login", "10.0.0.1")
    with pytest.raises(RateLimitedError):
        second.hit("login", "10.0.0.1")
    second.hit("login", "10.0.0.2")
    first.failed("quan")
    second.check_account("quan")
    second.failed("quan")
    with pytest.raises(RateLimitedError, match="tạm khóa"):
        first.check_account("quan")
    first.check_account("hoa")


@pytest.mark.redis
def test_a_redis_broker_puts_the_limits_in_redis(tmp_path: Path) -> None:
    settings = settings_for(tmp_path / "data")
    settings.broker_url = service_env("SOHOA_BROKER_URL")
    settings.queue = f"sohoa-test-{secrets.token_hex(4)}"
    limiter = RateLimiter.from_settings(settings)
    assert isinstance(limiter.counters, RedisCounters)
    other = RateLimiter.from_settings(settings)
    for _ in range(settings.web.lockout_failures):
        limiter.failed("quan")
    with pytest.raises(RateLimitedError):
        other.check_account("quan")
    assert not isinstance(RateLimiter.from_settings(settings_for(tmp_path / "d2")).counters,
                          RedisCounters)
