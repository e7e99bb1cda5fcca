"""Health and metrics for operators: ``GET /metrics`` scraped through the real app and read
with prometheus-client's own parser counts what a processed sample archived; ``sohoa health``
exits non-zero naming the backup until a backup is made; the detailed health and the metrics
are for administrators only."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families

from cli.main import main
from tests.conftest import SAMPLES
from tests.web_support import Web, make_accounts, settings_for
from web import create_app

pytestmark = pytest.mark.slow

FAMILIES = {
    "sohoa_pages_processed", "sohoa_pages_refused", "sohoa_documents_archived",
    "sohoa_ocr_seconds_per_page", "sohoa_search_seconds", "sohoa_fixity_problems",
    "sohoa_dependency_up", "sohoa_dependency_latency_seconds", "sohoa_certificate_days_left",
    "sohoa_backup_age_seconds", "sohoa_fixity_last_run_age_seconds",
    "sohoa_fixity_last_run_problems", "sohoa_audit_unsealed_entries", "sohoa_queue_depth",
    "sohoa_health_status",
}


@pytest.fixture
def embedded(monkeypatch: pytest.MonkeyPatch) -> None:
    """The embedded default, whatever servers the environment names."""
    for key in list(os.environ):
        if key.startswith("SOHOA_") or key == "PROMETHEUS_MULTIPROC_DIR":
            monkeypatch.delenv(key)


@pytest.fixture
def web(tmp_path: Path, embedded: None) -> Iterator[Web]:
    data = tmp_path / "data"
    keys = make_accounts(data)
    settings = settings_for(data)
    settings.health.metrics_cache_s = 0  # each scrape measures anew
    app = create_app(settings)
    with TestClient(app):
        yield Web(settings, app, keys)


def _cli(*argv: str) -> tuple[int, str]:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = main(list(argv))
    return code, buf.getvalue()


def _low_resolution_page(folder: Path) -> Path:
    """A page of text scanned at 100 dpi: the quality gate refuses it (low_resolution)."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (827, 1169), 255)
    draw = ImageDraw.Draw(image)
    for y in range(80, 1100, 30):
        draw.text((60, y), f"Giay to thu nghiem, dong {y}", fill=0)
    path = folder / "trang-100dpi.png"
    image.save(path, dpi=(100, 100))
    return path


def _samples(text: str) -> dict[str, dict[tuple[tuple[str, str], ...], float]]:
    """Every sample of a scrape: family name → labels → value."""
    out: dict[str, dict[tuple[tuple[str, str], ...], float]] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            out.setdefault(sample.name, {})[tuple(sorted(sample.labels.items()))] = sample.value
    return out


def _scrape(web: Web) -> tuple[set[str], dict[str, dict[Any, float]]]:
    response = web.client("admin").get("/metrics")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/plain")
    families = {f.name for f in text_string_to_metric_families(response.text)}
    return families, _samples(response.text)


def _total(samples: dict[str, dict[Any, float]], name: str, **labels: str) -> float:
    want = set(labels.items())
    return sum(v for k, v in samples.get(name, {}).items() if want <= set(k))


def test_metrics_count_the_pages_and_documents_a_sample_archived(web: Web) -> None:
    families, before = _scrape(web)
    assert FAMILIES - {"sohoa_queue_depth"} <= families, FAMILIES - families
    started = time.perf_counter()
    code, out = _cli("process", str(SAMPLES / "scans" / "dossier-04.pdf"),
                     str(_low_resolution_page(web.settings.data.parent)), "--data",
                     str(web.settings.data), "--workers", "1", "--json")
    elapsed = time.perf_counter() - started
    assert code == 1, out  # the page scanned at 100 dpi is refused
    report = json.loads(out)
    pages = sum(i["pages"] for i in report["inputs"])
    documents = [d for i in report["inputs"] for s in i["dossiers"] for d in s["documents"]
                 if not d["already_archived"]]
    refused = sum(len(s["rejected"]) for i in report["inputs"] for s in i["dossiers"]) + sum(
        len(i["unassigned"]) for i in report["inputs"])
    assert pages > 0 and documents

    families, after = _scrape(web)
    assert FAMILIES - {"sohoa_queue_depth"} <= families

    def grew(name: str, **labels: str) -> float:
        return _total(after, name, **labels) - _total(before, name, **labels)

    assert grew("sohoa_pages_processed_total") == pages
    assert grew("sohoa_documents_archived_total", kind="received") == len(documents)
    assert grew("sohoa_pages_refused_total") == refused
    assert grew("sohoa_pages_refused_total", reason="low_resolution") == 1
    assert grew("sohoa_pages_processed_total", outcome="not_read") == 1
    read = grew("sohoa_pages_processed_total", outcome="read")
    assert read >= sum(len(d["pages"]) for d in documents) > 0
    assert grew("sohoa_ocr_seconds_per_page_count") == read
    # each page's own seconds, read in this process one after another: never more in all
    # than the whole run took
    assert 0 < grew("sohoa_ocr_seconds_per_page_sum") < elapsed
    # the development PKI signed the sample: its certificates are measured
    roles = {dict(k)["role"] for k in after["sohoa_certificate_days_left"]}
    assert {"signer", "ca", "tsa"} <= roles, roles
    assert all(v > 30 for v in after["sohoa_certificate_days_left"].values())
    assert after["sohoa_dependency_up"] == {(("dependency", "index"),): 1.0,
                                            (("dependency", "store"),): 1.0}
    assert after["sohoa_backup_age_seconds"] == {(("target", "any"),): float("inf")}

    # every metric the example alert rules name is one /metrics serves
    rules = (Path(__file__).resolve().parents[1] / "ops" / "alerts.yml").read_text("utf-8")
    named = set(re.findall(r"\bsohoa_[a-z_]+", rules))
    served = {f + end for f in families for end in ("", "_total", "_bucket", "_count", "_sum")}
    assert named and not named - served - {"sohoa_queue_depth"}, named - served  # Redis only

    hits = web.client("hoa").get("/api/search", params={"q": "giấy"})
    assert hits.status_code == 200, hits.text
    families, later = _scrape(web)
    assert (_total(later, "sohoa_search_seconds_count")
            - _total(after, "sohoa_search_seconds_count")) >= 1


def test_health_exits_non_zero_naming_the_backup_until_one_is_made(
        tmp_path: Path, embedded: None, monkeypatch: pytest.MonkeyPatch) -> None:
    data, medium = str(tmp_path / "data"), tmp_path / "disk-b"
    code, out = _cli("health", "--data", data)
    assert code == 1, out
    lines = [line for line in out.splitlines() if line.startswith("PROBLEM")]
    assert len(lines) == 1 and lines[0].split()[1] == "backup", out

    monkeypatch.setenv("SOHOA_BACKUP__TARGETS", json.dumps([str(medium)]))
    code, out = _cli("health", "--data", data, "--json")
    assert code == 1
    item = next(i for i in json.loads(out)["items"] if i["kind"] == "backup")
    assert item["name"] == f"backup {medium}" and item["status"] == "problem", item

    assert _cli("backup", "run", "--to", str(medium), "--data", data)[0] == 0
    code, out = _cli("health", "--data", data, "--json")
    report = json.loads(out)
    backups = [i for i in report["items"] if i["kind"] == "backup"]
    assert [(i["name"], i["status"]) for i in backups] == [(f"backup {medium}", "ok")]
    assert backups[0]["value"] < 1  # hours
    assert code == 0, [i for i in report["items"] if i["status"] == "problem"]

    monkeypatch.delenv("SOHOA_BACKUP__TARGETS")  # no target set: the newest set anywhere
    code, out = _cli("health", "--data", data, "--json")
    backups = [i for i in json.loads(out)["items"] if i["kind"] == "backup"]
    assert [(i["name"], i["status"]) for i in backups] == [("backup", "ok")]
    assert code == 0


def test_the_detail_and_the_metrics_are_for_administrators_only(web: Web) -> None:
    assert web.client().get("/api/health").json() == {"status": "ok"}
    for path in ("/api/health/detail", "/metrics"):
        assert web.client().get(path).status_code == 401, path
        refused = web.client("lan").get(path)
        assert refused.status_code == 403 and refused.json()["error"] == "not_permitted"
        assert web.client("hoa").get(path).status_code == 403, path
    detail = web.client("admin").get("/api/health/detail")
    assert detail.status_code == 200, detail.text
    body = detail.json()
    assert body["status"] == "problem"  # never backed up
    names = {i["name"]: i for i in body["items"]}
    assert names["store"]["status"] == names["index"]["status"] == "ok"
    assert names["backup"]["status"] == "problem" and names["backup"]["value"] is None
    assert {"fixity", "audit seals"} <= set(names)


def test_with_a_multiprocess_folder_metrics_add_up_every_process(tmp_path: Path) -> None:
    """Celery workers count in their own processes; with PROMETHEUS_MULTIPROC_DIR the process
    serving /metrics adds their counts to its own."""
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path),
           "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    count = ("from sohoa import metrics\n"
             "metrics.page_read('read', 2.0)\nmetrics.document_archived('received')\n")
    for _ in range(2):  # two worker processes, each gone when it is done
        subprocess.run([sys.executable, "-c", count], env=env, check=True)
    show = ("import sys\nfrom sohoa import metrics\nmetrics.pages_refused(['blurred'])\n"
            "sys.stdout.write(metrics.exposition().decode())\n")
    text = subprocess.run([sys.executable, "-c", show], env=env, check=True,
                          capture_output=True, text=True).stdout
    samples = _samples(text)
    assert samples["sohoa_pages_processed_total"] == {(("outcome", "read"),): 2.0}
    assert samples["sohoa_documents_archived_total"] == {(("kind", "received"),): 2.0}
    assert samples["sohoa_pages_refused_total"] == {(("reason", "blurred"),): 1.0}
    assert samples["sohoa_ocr_seconds_per_page_sum"] == {(): 4.0}


def test_an_object_store_that_does_not_answer_is_a_problem_not_a_crash(
        tmp_path: Path, embedded: None, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {"SOHOA_S3_ENDPOINT": "127.0.0.1:1", "SOHOA_S3_ACCESS_KEY": "x",
                        "SOHOA_S3_SECRET_KEY": "y"}.items():
        monkeypatch.setenv(name, value)  # nothing listens on port 1
    code, out = _cli("health", "--data", str(tmp_path / "data"), "--json")
    assert code == 1
    items = json.loads(out)["items"]
    assert [(i["name"], i["status"]) for i in items] == [("service", "problem")]
    assert "127.0.0.1:1" in items[0]["detail"]


def test_a_fixity_run_that_finds_an_altered_object_makes_the_health_a_problem(
        tmp_path: Path, embedded: None) -> None:
    data = tmp_path / "data"
    assert _cli("backup", "run", "--to", str(tmp_path / "disk-b"), "--data", str(data))[0] == 0
    assert _cli("fixity", "--data", str(data))[0] == 0

    def fixity_item() -> tuple[int, dict[str, Any]]:
        code, out = _cli("health", "--data", str(data), "--json")
        return code, next(i for i in json.loads(out)["items"] if i["name"] == "fixity")

    code, item = fixity_item()
    assert code == 0 and item["status"] == "ok" and item["problems"] == 0, item
    minutes = next((data / "store" / "objects" / "backups" / "minutes").glob("*.pdf"))
    minutes.chmod(0o644)
    minutes.write_bytes(minutes.read_bytes() + b"\n% changed")
    assert _cli("fixity", "--data", str(data))[0] != 0
    code, item = fixity_item()
    assert code == 1 and item["status"] == "problem" and item["problems"] == 1, item
    assert "1 missing or altered" in item["detail"]
