"""One decision, one place: for every row of the access table that both doors offer, the
command line (``--by NAME``) and the HTTP API (that person's key) give the same answer, and
the answer is the one the table gives. Refusals are in the audit trail."""

from __future__ import annotations

import contextlib
import io
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from archive.audit import AuditLog
from cli.main import main
from service import ACTIONS, OPERATOR, Actor, Service
from service.access import can_see, permitted
from sohoa.people import NotPermittedError
from tests.web_support import (
    ACCOUNTS,
    AGENCY_A,
    Web,
    code_of,
    first_document,
    running,
    settings_for,
)

_NO_BATCH = "D-20000101-000000"
_TODAY = date.today().isoformat()
_YEAR_AGO = (date.today() - timedelta(days=365)).isoformat()


pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def web(run: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Web]:
    with running(run["data"], tmp_path_factory.mktemp("access")) as web:
        yield web


def _code() -> str:
    return code_of(AGENCY_A)


def _doc(web: Web) -> str:
    return first_document(web, _code())


@dataclass(frozen=True)
class Answer:
    """What a door answered: allowed, or refused with an error code."""

    allowed: bool
    code: str | None = None


def _cli(web: Web, argv: list[str], by: str | None) -> Answer:
    err = io.StringIO()
    who = ["--by", by] if by else []
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        status = main([*argv, "--data", str(web.settings.data), *who])
    text = err.getvalue()
    code = text.rsplit("[", 1)[-1].split("]", 1)[0] if status and "[" in text else None
    return Answer(code != "not_permitted", code)


def _api(web: Web, user: str, method: str, path: str, **kwargs: Any) -> Answer:
    response = web.client(user).request(method, path, **kwargs)
    if response.status_code < 400:
        return Answer(True)
    code = response.json().get("error") if response.headers.get(
        "content-type", "").startswith("application/json") else None
    return Answer(code != "not_permitted", code)


@dataclass(frozen=True)
class Row:
    """One action, as each door asks for it."""

    action: str
    cli: Callable[[Web], list[str]]
    api: Callable[[Web], tuple[str, str, dict[str, Any]]]
    record: bool = False
    """The action names a dossier of agency A: scope applies."""


def _text_file(web: Web) -> str:
    path = web.settings.data.parent / "x.txt"
    path.write_text("not a result\n")
    return str(path)


_TEXT = {"files": {"file": ("x.txt", b"not a result\n", "text/plain")}}

ROWS = [
    Row("results.add", lambda w: ["result", "add", _code(), _text_file(w)],
        lambda w: ("POST", f"/api/dossiers/{_code()}/results", _TEXT), record=True),
    Row("results.scan", lambda w: ["result", "add", _code(), _text_file(w), "--scanned"],
        lambda w: ("POST", f"/api/dossiers/{_code()}/results/scans", _TEXT), record=True),
    Row("results.certify", lambda w: ["sign", "copy", _text_file(w), "--dossier", _code()],
        lambda w: ("POST", f"/api/dossiers/{_code()}/results/copies", _TEXT), record=True),
    Row("results.list", lambda w: ["result", "list", _code(), "--json"],
        lambda w: ("GET", f"/api/dossiers/{_code()}/results", {}), record=True),
    Row("results.desk", lambda w: ["desk", "--agency", AGENCY_A, "--json"],
        lambda w: ("GET", "/api/results/desk", {"params": {"agency": AGENCY_A}})),
    Row("records.step", lambda w: ["step", _code(), "closed"],  # out of order: changes nothing
        lambda w: ("POST", f"/api/dossiers/{_code()}/steps", {"json": {"step": "closed"}}),
        record=True),
    Row("review.queue", lambda w: ["review", "list", "--json"],
        lambda w: ("GET", "/api/review", {})),
    # a type the taxonomy does not have: refused after the access checks, nothing written
    Row("review.correct", lambda w: ["review", "correct", f"{_code()}/{_doc(w)}", "--type",
                                     "khong_co_loai_nay", "--why", "thử"],
        lambda w: ("POST", f"/api/records/{_code()}/{_doc(w)}/review",
                   {"json": {"action": "correct", "doc_type": "khong_co_loai_nay",
                             "why": "thử"}}), record=True),
    Row("records.dossier", lambda w: ["status", _code(), "--json"],
        lambda w: ("GET", f"/api/dossiers/{_code()}", {}), record=True),
    Row("records.search", lambda w: ["search", "giay", "--json"],
        lambda w: ("GET", "/api/search", {"params": {"q": "giay"}})),
    Row("records.download", lambda w: ["get", f"{_code()}/{_doc(w)}", "--out",
                                       str(w.settings.data.parent / "got")],
        lambda w: ("GET", f"/api/records/{_code()}/{_doc(w)}/document.pdf", {}), record=True),
    Row("records.print", lambda w: ["print", _code(), _doc(w), "--out",
                                    str(w.settings.data.parent / "in" / "ban-in.pdf")],
        lambda w: ("GET", f"/api/dossiers/{_code()}/documents/{_doc(w)}/print", {}),
        record=True),
    Row("custody.holds", lambda w: ["hold", "list", "--json"],
        lambda w: ("GET", "/api/holds", {})),
    Row("custody.hold", lambda w: ["hold", "release", _code(), "--reason", "thử"],
        lambda w: ("POST", "/api/holds/release", {"json": {"record": _code(),
                                                           "reason": "thử"}}), record=True),
    Row("custody.due", lambda w: ["retention", "due", "--before", _TODAY, "--json"],
        lambda w: ("GET", "/api/retention/due", {"params": {"before": _TODAY}})),
    Row("custody.disposals", lambda w: ["disposal", "list", "--json"],
        lambda w: ("GET", "/api/disposals", {})),
    Row("custody.propose", lambda w: ["disposal", "propose", _code(), "--reason", "thử"],
        lambda w: ("POST", "/api/disposals", {"json": {"reason": "thử",
                                                       "records": [_code()]}})),
    Row("custody.decide", lambda w: ["disposal", "approve", _NO_BATCH],
        lambda w: ("POST", f"/api/disposals/{_NO_BATCH}/approve", {"json": {}})),
    Row("custody.execute", lambda w: ["disposal", "execute", _NO_BATCH],
        lambda w: ("POST", f"/api/disposals/{_NO_BATCH}/execute", {})),
    Row("custody.fixity", lambda w: ["fixity", "--history", "--json"],
        lambda w: ("GET", "/api/fixity", {})),
    Row("custody.audit", lambda w: ["audit", "verify", "--json"],
        lambda w: ("GET", "/api/audit/status", {})),
    Row("reports.digitisation", lambda w: ["report", "digitisation", "--from", _YEAR_AGO,
                                           "--to", _TODAY, "--json"],
        lambda w: ("GET", "/api/reports/digitisation", {"params": {"from": _YEAR_AGO,
                                                                  "to": _TODAY}})),
    Row("callbacks.list", lambda w: ["callbacks", "list", "--json"],
        lambda w: ("GET", "/api/callbacks", {})),
    Row("callbacks.manage", lambda w: ["callbacks", "remove", "cb-000000000000"],
        lambda w: ("DELETE", "/api/callbacks/cb-000000000000", {})),
    Row("health.view", lambda w: ["health", "--json"],
        lambda w: ("GET", "/api/health/detail", {})),
]

ONE_DOOR = {
    "intake.upload": "CLI process/watch and POST /api/batches (tested with real scans)",
    "intake.receipt": "API only: the one-stop software",
    "intake.backlog": "CLI process --closed and POST /api/batches closed= (tests/security)",
    "intake.batch": "API only: batch status",
    "records.record": "API and the record page (sohoa review history asks it too: "
                      "tests/test_review.py)",
    "records.page": "API only: page previews",
    "results.get": "both doors, with a result archived: tests/test_results.py",
    "verify": "anyone, both doors (test_verify_cli, test_web_api)",
    "custody.schedule": "CLI only", "custody.extend": "CLI only", "custody.report": "CLI only",
    "custody.run_fixity": "CLI runs it, the API starts it in the background (test_web_api)",
    "custody.seal": "CLI only", "custody.export": "CLI only",
    "accounts.list": "CLI only", "accounts.manage": "CLI only", "accounts.me": "API only",
    "signing.sign": "CLI only", "pki.revoke": "CLI only", "operate": "CLI only",
    "model.train": "CLI and schedule only", "model.show": "CLI only",
    "ltv.renew": "CLI and schedule only",
    "reuse.lookup": "API only: the one-stop software (tests/test_reuse.py)",
    "reuse.download": "API only: the one-stop software (tests/test_reuse.py)",
    "reuse.record": "API only: the one-stop software (tests/test_reuse.py)",
    "transfer.list": "CLI only", "transfer.propose": "CLI only (tests/test_transfer.py)",
    "transfer.decide": "CLI only (tests/test_transfer.py)",
    "transfer.export": "CLI only (tests/test_transfer.py)",
    "transfer.verify": "CLI only (tests/test_transfer.py)",
    "backup.run": "CLI and schedule only (tests/test_backup.py)",
    "backup.list": "CLI only", "backup.verify": "CLI only",
    "backup.restore": "CLI only, the operator into an empty folder (tests/test_backup.py)",
    "backup.repair": "CLI only (tests/test_backup.py)",
    "replica.setup": "CLI only (tests/integration/test_replica.py)",
}


def test_every_action_is_covered_by_a_row_or_named_as_one_door() -> None:
    assert {r.action for r in ROWS} | set(ONE_DOOR) == set(ACTIONS)
    assert not {r.action for r in ROWS} & set(ONE_DOOR)


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.action)
def test_the_cli_and_the_api_give_the_same_answer(web: Web, row: Row) -> None:
    method, path, kwargs = row.api(web)
    for user, (name, roles, agency) in ACCOUNTS.items():
        actor = Actor(name, frozenset(roles), agency if set(roles) <= {"clerk", "officer"}
                      else None)
        expected = permitted(actor, row.action) and (not row.record or can_see(actor, _code()))
        by_api = _api(web, user, method, path, **kwargs)
        by_cli = _cli(web, row.cli(web), name)
        if row.record:  # a dossier outside one's agency is answered as missing
            by_api, by_cli = _scoped(by_api), _scoped(by_cli)
        assert by_cli.allowed == by_api.allowed == expected, (user, by_cli, by_api)
        if not expected:
            assert by_cli.code == by_api.code, (user, by_cli, by_api)


def _scoped(answer: Answer) -> Answer:
    return Answer(False, answer.code) if answer.code == "not_found" else answer


def _denials(web: Web, who: str) -> list[str]:
    return [e.detail["action"] for e in AuditLog(web.settings.audit_path).entries()
            if e.action == "denied" and e.actor == who]


def test_a_clerk_cannot_hold_records_from_either_door_and_both_refusals_are_audited(
    web: Web
) -> None:
    lan = ACCOUNTS["lan"][0]
    before = len(_denials(web, lan))
    answer = _cli(web, ["hold", "set", _code(), "--reason", "thử"], lan)
    assert answer == Answer(False, "not_permitted")
    response = web.client("lan").post("/api/holds", json={"record": _code(), "reason": "thử"})
    assert response.status_code == 403 and response.json()["error"] == "not_permitted"
    assert _denials(web, lan)[before:] == ["custody.hold", "custody.hold"]


def test_an_altered_file_is_refused_by_both_doors_with_the_same_code(
    web: Web, tmp_path: Path
) -> None:
    pdf = next((web.settings.data / "store" / "objects" / "aip" / _code()).glob("*/document.pdf"))
    doc = pdf.parent.name
    original = pdf.read_bytes()
    pdf.chmod(stat.S_IRUSR | stat.S_IWUSR)
    pdf.write_bytes(original.replace(b"%%EOF", b"%%EOF\n% changed", 1))
    try:
        answer = _cli(web, ["get", f"{_code()}/{doc}", "--out", str(tmp_path)],
                      ACCOUNTS["trang"][0])
        response = web.client("trang").get(f"/api/records/{_code()}/{doc}/document.pdf")
    finally:
        pdf.write_bytes(original)
    assert answer.code == "record_altered" and not list(tmp_path.iterdir())
    assert response.status_code == 409 and response.json()["error"] == "record_altered"
    refused = [e for e in AuditLog(web.settings.audit_path).entries()
               if e.action == "download_refused" and doc in e.record]
    assert [e.origin.split(" ")[0] for e in refused[-2:]] == ["cli", "http"]


def test_the_operator_runs_and_reads_but_takes_no_records_decision(web: Web) -> None:
    service = Service.build(web.settings)
    operator = service.local_actor()
    assert operator.roles == {OPERATOR}
    assert service.records.search(operator, _search("giay")).total > 0
    with pytest.raises(NotPermittedError):
        service.custody.set_hold(operator, _code(), True, "thử")
    unknown = service.local_actor("Người Không Có Trong Danh Sách")
    assert unknown.roles == frozenset()
    with pytest.raises(NotPermittedError):
        service.records.search(unknown, _search("giay"))


def _search(text: str) -> Any:
    from search_api import SearchQuery

    return SearchQuery(text)


def test_roles_and_accounts_are_managed_by_a_head_once_there_is_one(tmp_path: Path) -> None:
    service = Service.build(settings_for(tmp_path / "data"))
    anyone = Actor("Người Cài Đặt", frozenset({OPERATOR}))
    head, clerk = Actor("Đỗ Minh Quân", frozenset({"head"})), Actor("Nguyễn Thị Lan",
                                                                      frozenset({"clerk"}))
    service.accounts.change_roles(anyone, head.name, ["head"], grant=True)  # a new installation
    service.accounts.change_roles(head, clerk.name, ["clerk"], grant=True)
    with pytest.raises(NotPermittedError):
        service.accounts.change_roles(clerk, clerk.name, ["head"], grant=True)
    with pytest.raises(NotPermittedError):
        service.accounts.save_account(anyone, "Kẻ Lạ", "la", ["archivist"], agency=None,
                                      password="mot-mat-khau-dai")
    admin = Actor("Quản Trị", frozenset({"admin"}))
    service.accounts.save_account(head, admin.name, "admin", ["admin"], agency=None,
                                  password="mot-mat-khau-dai")
    service.accounts.save_account(admin, "Kẻ Lạ", "la", ["archivist"], agency=None,
                                  password="mot-mat-khau-dai")
    assert service.ctx.people.roles_of("Kẻ Lạ") == {"archivist"}
    entries = list(AuditLog(service.deps.settings.audit_path).entries())
    assert [e.detail["action"] for e in entries if e.action == "denied"] == [
        "accounts.manage", "accounts.manage"]


def test_disposal_needs_the_proposer_and_approver_roles(tmp_path: Path) -> None:
    service = Service.build(settings_for(tmp_path / "data"))
    stranger = Actor("Người Lạ", frozenset())
    clerk = Actor("Nguyễn Thị Lan", frozenset({"clerk"}), AGENCY_A)
    with pytest.raises(NotPermittedError):
        service.custody.propose(stranger, "x", [f"{AGENCY_A}-250101-0001"], None)
    with pytest.raises(NotPermittedError):
        service.custody.decide(clerk, _NO_BATCH, True, "")
    with pytest.raises(NotPermittedError):
        service.custody.execute(clerk, _NO_BATCH)


def test_transfer_needs_the_proposer_and_approver_roles(tmp_path: Path) -> None:
    service = Service.build(settings_for(tmp_path / "data"))
    stranger = Actor("Người Lạ", frozenset())
    clerk = Actor("Nguyễn Thị Lan", frozenset({"clerk"}), AGENCY_A)
    archivist = Actor("Phạm Thu Trang", frozenset({"archivist"}))
    with pytest.raises(NotPermittedError):
        service.transfers.propose(stranger, "ho_tich", date.today())
    with pytest.raises(NotPermittedError):
        service.transfers.decide(archivist, "T-20000101-000000", True, "")
    with pytest.raises(NotPermittedError):
        service.transfers.export(clerk, "T-20000101-000000", tmp_path / "out")
    assert not (tmp_path / "out").exists()
    with pytest.raises(NotPermittedError):
        service.transfers.verify(stranger, tmp_path)
    trail = AuditLog(tmp_path / "data" / "audit" / "audit.jsonl").path.read_text(encoding="utf-8")
    assert trail.count('"denied"') == 4
