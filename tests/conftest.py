from __future__ import annotations

import contextlib
import io
import json
import os
import secrets
import shutil
import tempfile
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

import pytest

from archive import FolderStore, ObjectStore

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

# Each server-backed test names the service (or tool) it needs; the variable says where it is.
SERVICES = {"minio": "SOHOA_S3_ENDPOINT", "elasticsearch": "SOHOA_ES_URL",
            "redis": "SOHOA_BROKER_URL", "verapdf": "SOHOA_VERAPDF",
            "eudss": "SOHOA_DSS", "browser": "SOHOA_CHROMIUM",
            "postgres": "SOHOA_DATABASE_URL", "minio2": "SOHOA_REPLICA__S3_ENDPOINT"}
_SERVICE_ENV = {key: os.environ.get(key) for key in (
    "SOHOA_S3_ENDPOINT", "SOHOA_S3_ACCESS_KEY", "SOHOA_S3_SECRET_KEY", "SOHOA_ES_URL",
    "SOHOA_BROKER_URL", "SOHOA_VERAPDF", "SOHOA_DSS", "SOHOA_CHROMIUM",
    "SOHOA_DATABASE_URL", "SOHOA_REPLICA__S3_ENDPOINT", "SOHOA_REPLICA__S3_ACCESS_KEY",
    "SOHOA_REPLICA__S3_SECRET_KEY")}


def service_env(name: str) -> str | None:
    """Where a test server is, as the environment said when the tests started."""
    return _SERVICE_ENV.get(name)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        for mark, env in SERVICES.items():
            if mark in item.keywords and not _SERVICE_ENV.get(env):
                if os.environ.get("CI"):  # in CI a missing service is a failure, not a skip
                    raise pytest.UsageError(f"{env} is not set: .ci/run must start {mark}")
                item.add_marker(pytest.mark.skip(reason=f"{env} not set (scripts/services.sh)"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, Any, None]:
    """In CI a skipped test is a failure: a tool or service CI should provide is missing."""
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("CI") and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[-1] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, where nothing may be: {reason}"


@pytest.fixture(params=["folder", pytest.param("s3", marks=[pytest.mark.integration,
                                                            pytest.mark.minio])])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ObjectStore]:
    """Each object store adapter in turn: the folder store, and MinIO (a fresh bucket)."""
    if request.param == "folder":
        yield FolderStore(tmp_path / "store")
        return
    from archive.s3_store import S3Store

    yield S3Store(service_env("SOHOA_S3_ENDPOINT") or "",
                  service_env("SOHOA_S3_ACCESS_KEY") or "",
                  service_env("SOHOA_S3_SECRET_KEY") or "", unique("sohoa-test"))


@pytest.fixture(scope="session", autouse=True)
def _audit_key_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The tests' audit key (and head witnesses) in a config folder of their own, never the
    user's ~/.config/sohoa: XDG_CONFIG_HOME, which SOHOA_-clearing fixtures keep."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
        yield


@pytest.fixture(scope="session", autouse=True)
def _no_service_env() -> Iterator[None]:
    """No SOHOA_ variable reaches a module's or a session's fixtures either (a test server is
    named through ``service_env``): SOHOA_DATABASE_URL in the shell must not move the embedded
    default's state into PostgreSQL."""
    with pytest.MonkeyPatch.context() as mp:
        for key in list(os.environ):
            if key.startswith("SOHOA_"):
                mp.delenv(key)
        yield


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith("SOHOA_"):
            monkeypatch.delenv(key)


def tiny_pdf(text: str) -> bytes:
    """A one-page PDF with one line of ASCII text, to sign in tests."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=14)
    pdf.cell(text=text)
    return bytes(pdf.output())


def unique(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(4)}"


def truths() -> list[dict[str, Any]]:
    """The ground truth of the dossiers under samples/scans (the inputs the tests process)."""
    return [t for t in _all_truths() if _in_scans(t)]


def backlog_truths() -> list[dict[str, Any]]:
    """The ground truth of the other dossiers: the paper backlog under samples/backlog."""
    return [t for t in _all_truths() if not _in_scans(t)]


def _all_truths() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8"))
            for p in sorted((SAMPLES / "truth").glob("*.json"))]


def _in_scans(truth: dict[str, Any]) -> bool:
    return all(p["source"].startswith("scans/") for p in truth["pages"])


@pytest.fixture(scope="session")
def run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The sample scans (and three bad files) processed once on the embedded default."""
    work = tmp_path_factory.mktemp("e2e")
    bad = work / "bad"
    bad.mkdir()
    (bad / "ghi-chu.pdf").write_text("Đây là ghi chú, không phải bản quét.\n", encoding="utf-8")
    (bad / "rong.jpg").write_bytes(b"")
    good_pdf = next(p for p in sorted((SAMPLES / "scans").glob("*.pdf")))
    (bad / "hong.pdf").write_bytes(good_pdf.read_bytes()[:2000])
    data = work / "data"
    out = work / "report.json"
    from cli.main import main

    buf = io.StringIO()
    with pytest.MonkeyPatch.context() as mp, contextlib.redirect_stdout(buf):
        for key in list(os.environ):
            if key.startswith("SOHOA_"):
                mp.delenv(key)  # the embedded default, whatever servers the environment names
        code = main(["process", str(SAMPLES / "scans"), str(bad), "--data", str(data),
                     "--clerk", "Nguyễn Thị Lan", "--json"])
    out.write_text(buf.getvalue(), encoding="utf-8")
    return {"code": code, "report": json.loads(buf.getvalue()), "data": data, "work": work}


def pg_url_in_schema(schema: str) -> str:
    """The test database's URL with ``schema`` first on the search path."""
    url = service_env("SOHOA_DATABASE_URL") or ""
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"


@contextlib.contextmanager
def empty_pg_schema() -> Iterator[str]:
    """A PostgreSQL schema of its own, empty and never migrated (dropped afterwards), as a
    URL."""
    import psycopg

    schema = unique("t").replace("-", "_")
    with psycopg.connect(service_env("SOHOA_DATABASE_URL") or "", autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield pg_url_in_schema(schema)
    finally:
        with psycopg.connect(service_env("SOHOA_DATABASE_URL") or "",
                             autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def short_tmp() -> Iterator[Path]:
    """An empty folder with a short path (``/tmp/sohoa-XXXXXXXX``), removed afterwards. A stack
    whose TMPDIR is under it starts multiprocessing's forkserver there, whose UNIX socket path
    must stay under 108 bytes: a pytest ``tmp_path`` is too deep for it."""
    folder = Path(tempfile.mkdtemp(prefix="sohoa-", dir="/tmp"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A migrated PostgreSQL schema of its own (dropped afterwards), as a URL."""
    from sohoa.db import Database, migrate

    with empty_pg_schema() as url:
        db = Database(url)
        migrate(db)
        db.close()
        yield url
