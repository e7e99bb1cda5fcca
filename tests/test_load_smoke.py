"""The load bench (``bench/load.py``) at a tiny size, so that it cannot rot: a few users for a
few seconds against ``sohoa serve`` on the embedded default. It asserts what the bench checks
(every uploaded batch archived whole, in the store and in search; no unintended error; the
audit trail intact) and that every kind of user was answered; never a time."""

from __future__ import annotations

import pytest

from bench.load import bench, parser
from bench.load_report import checks_table, figures_table

pytestmark = [pytest.mark.slow]


def test_a_tiny_load_run_loses_nothing_and_answers_every_user() -> None:
    args = parser().parse_args([
        "--minutes", "0.25", "--factor", "100", "--counters", "1", "--archivists", "2",
        "--departments", "2", "--citizens", "1", "--idle-rounds", "1", "--seeds", "2",
        "--drain-minutes", "5"])
    result = bench(args, log=lambda *_: None)
    text, whole = checks_table(result)
    assert whole, text + "\n" + figures_table(result)
    routes = set(result["load"]["answers"])
    for route in ("POST /api/batches", "GET /api/batches/{batch_id}", "POST /api/token",
                  "GET /api/search", "GET /api/records/{code}/{doc}",
                  "GET /api/dossiers/{code}/results", "GET /api/health",
                  "POST /api/verify (one address past its limit)"):
        assert route in routes, (route, sorted(routes))
    idle = result["idle"]["answers"]
    assert {"GET /xac-minh (QR link)", "POST /api/verify",
            "GET /api/dossiers/{code}/results/{doc}"} <= set(idle)
    uploaded = result["load"]["batches"] + result["idle"]["batches"]
    assert len(uploaded) >= 2 and len(result["checked"]) == len(uploaded)
