"""Accounts of the web service: passwords, API keys, sessions, who manages them."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from sohoa.people import People, PeopleError
from web.auth import NotAuthenticatedError, RateLimitedError, RateLimiter, Sessions

HEAD = "Đỗ Minh Quân"
PASSWORD = "mot-mat-khau-dai"


@pytest.fixture
def people(tmp_path: Path) -> People:
    registry = People(tmp_path / "people.json")
    registry.add_account(HEAD, "quan", ["head"], agency=None, password=PASSWORD)
    return registry


def test_passwords_are_kept_hashed_and_checked(people: People, tmp_path: Path) -> None:
    people.add_account("Nguyễn Văn An", "An", ["officer"], agency="000.00.12.H19",
                       password=PASSWORD)
    raw = (tmp_path / "people.json").read_text(encoding="utf-8")
    assert PASSWORD not in raw and "scrypt$" in raw
    account = people.authenticate("an", PASSWORD)
    assert account is not None and account.name == "Nguyễn Văn An"
    assert account.scoped and account.agency == "000.00.12.H19"
    assert people.authenticate("an", PASSWORD + "x") is None
    assert people.authenticate("nobody", PASSWORD) is None


@pytest.mark.parametrize(("username", "roles", "agency", "password", "message"), [
    ("Có Dấu", ["clerk"], "A", PASSWORD, "cannot be a user name"),
    ("x", ["clerk"], "A", PASSWORD, "cannot be a user name"),
    ("lan", ["clerk"], None, PASSWORD, "needs --agency"),
    ("lan", ["officer"], "A", "ngan", "at least"),
    ("lan", ["boss"], "A", PASSWORD, "unknown role"),
])
def test_bad_accounts_are_refused_with_the_reason(
    people: People, username: str, roles: list[str], agency: str | None, password: str,
    message: str,
) -> None:
    with pytest.raises(PeopleError, match=message):
        people.add_account("Nguyễn Thị Lan", username, roles, agency=agency, password=password)


def test_a_user_name_belongs_to_one_person(people: People) -> None:
    with pytest.raises(PeopleError, match="belongs to"):
        people.add_account("Người Khác", "quan", ["auditor"], agency=None, password=PASSWORD)


def test_api_keys_are_kept_as_hashes_and_end_with_a_new_password(
    people: People, tmp_path: Path
) -> None:
    key = people.new_api_key("quan")
    assert key.startswith("sohoa_")
    assert key.split("_", 2)[2] not in (tmp_path / "people.json").read_text(encoding="utf-8")
    found = people.by_api_key(key)
    assert found is not None and found.username == "quan"
    assert people.by_api_key(key[:-1] + ("A" if key[-1] != "A" else "B")) is None
    assert people.by_api_key("sohoa_zz_" + key.split("_", 2)[2]) is None
    people.add_account(HEAD, "quan", ["head"], agency=None, password=PASSWORD + "2")
    assert people.by_api_key(key) is None


def test_sessions_end_at_expiry_and_when_the_password_changes(
    people: People, tmp_path: Path
) -> None:
    sessions = Sessions(people, tmp_path / "web" / "session.key", ttl_s=60)
    assert (tmp_path / "web" / "session.key").stat().st_mode & 0o777 == 0o600
    account = people.account("quan")
    assert account is not None
    token = sessions.issue(account)
    assert sessions.check(token).username == "quan"
    other = Sessions(people, tmp_path / "other.key")
    with pytest.raises(NotAuthenticatedError):
        other.check(token)  # signed with another key
    short = Sessions(people, tmp_path / "web" / "session.key", ttl_s=-1)
    with pytest.raises(NotAuthenticatedError, match="hết hạn"):
        short.check(short.issue(account))
    people.add_account(HEAD, "quan", ["head"], agency=None, password=PASSWORD + "2")
    with pytest.raises(NotAuthenticatedError, match="không còn hiệu lực"):
        sessions.check(token)
    registry = json.loads((tmp_path / "people.json").read_text(encoding="utf-8"))
    assert registry["people"][0]["username"] == "quan"


def test_the_rate_limiter_counts_per_address_and_forgets_old_calls() -> None:
    limiter = RateLimiter({"login": (2, 0.5)})
    limiter.hit("login", "10.0.0.1")
    limiter.hit("login", "10.0.0.1")
    limiter.hit("login", "10.0.0.2")
    with pytest.raises(RateLimitedError):
        limiter.hit("login", "10.0.0.1")
    time.sleep(0.6)
    limiter.hit("login", "10.0.0.1")


def test_users_command_adds_accounts_keys_and_lists_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from cli.main import main

    data = ["--data", str(tmp_path)]
    assert main(["users", "add", "quan", "--name", HEAD, "--role", "head", *data]) == 0
    generated = capsys.readouterr().out.split("password (shown once): ")[1].strip()
    people = People(tmp_path / "people.json")
    assert people.authenticate("quan", generated) is not None
    monkeypatch.setenv("SOHOA_PASSWORD", PASSWORD)
    assert main(["users", "add", "lan", "--name", "Nguyễn Thị Lan", "--role", "clerk",
                 "--agency", "000.00.12.H19", "--by", HEAD, *data]) == 0
    assert "shown once" not in capsys.readouterr().out
    assert people.authenticate("lan", PASSWORD) is not None
    assert main(["users", "key", "lan", "--by", HEAD, *data]) == 0
    key = capsys.readouterr().out.strip()
    found = people.by_api_key(key)
    assert found is not None and found.username == "lan"
    assert main(["users", "key", "lan", "--by", "Nguyễn Thị Lan", *data]) == 2
    assert "[not_permitted]" in capsys.readouterr().err
    assert main(["users", "list", *data]) == 0
    assert "lan: Nguyễn Thị Lan — clerk — agency 000.00.12.H19" in capsys.readouterr().out
    actions = [json.loads(line)["action"] for line in
               (tmp_path / "audit" / "audit.jsonl").read_text(encoding="utf-8").splitlines()]
    assert actions == ["account_saved", "account_saved", "api_key_issued", "denied"]


def test_users_command_adds_lists_and_revokes_api_keys_one_by_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import datetime, timedelta

    from cli.main import main
    from sohoa.clock import now_vn

    data = ["--data", str(tmp_path)]
    assert main(["users", "add", "quan", "--name", HEAD, "--role", "head", *data]) == 0
    assert main(["users", "add", "lan", "--name", "Nguyễn Thị Lan", "--role", "clerk",
                 "--agency", "000.00.12.H19", "--by", HEAD, *data]) == 0
    capsys.readouterr()
    assert main(["users", "key", "lan", "--days", "30", "--by", HEAD, *data]) == 0
    out, err = capsys.readouterr()
    key = out.strip()
    key_id = key.split("_", 2)[1]
    assert key.startswith("sohoa_") and "\n" not in key
    assert "revoke-key" in err and "other keys" in err  # a new key is added, none replaced
    assert main(["users", "key", "lan", "--by", HEAD, *data]) == 0
    other = capsys.readouterr().out.strip()
    path = tmp_path / "people.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    for person in raw["people"]:
        for k in person.get("keys") or []:
            if k["id"] == other.split("_", 2)[1]:  # a key from before keys expired
                del k["created"], k["expires"]
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    assert main(["users", "keys", "lan", "--by", HEAD, *data]) == 0
    listed = capsys.readouterr().out
    assert key_id in listed and key not in listed and "không hết hạn (never expires)" in listed
    people = People(path)
    expires = datetime.fromisoformat(people.api_keys("lan")[0].expires or "")
    assert expires.date() == (now_vn() + timedelta(days=30)).date()
    assert main(["users", "revoke-key", "lan", key_id, "--by", HEAD, *data]) == 0
    assert "đã thu hồi" in capsys.readouterr().out
    assert people.by_api_key(key) is None and people.by_api_key(other) is not None
    assert main(["users", "revoke-key", "lan", key_id, "--by", HEAD, *data]) == 2
    assert main(["users", "revoke-key", "lan", "--by", HEAD, *data]) == 2
    assert main(["users", "keys", "lan", "--by", "Nguyễn Thị Lan", *data]) == 2
    assert "[not_permitted]" in capsys.readouterr().err
    actions = [json.loads(line)["action"] for line in
               (tmp_path / "audit" / "audit.jsonl").read_text(encoding="utf-8").splitlines()]
    assert actions.count("api_key_revoked") == 1 and actions[-1] == "denied"
