"""The digitisation report counts the sample results (``samples/results/truth.json``) as they
are issued into the processed sample dossiers: per agency, results issued and digitised,
electronic or from paper, and the dossiers' own figures unchanged by them; a result issued on
paper nobody scanned shows as not digitised. The dashboard shows them too."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from pipeline.digitisation import DigitisationReport
from pipeline.settings import Settings
from service import Service
from service.access import Actor
from tests.conftest import SAMPLES, truths
from tests.web_support import Web, make_accounts, settings_for, signed_in
from web import create_app

pytestmark = pytest.mark.slow

_DOSSIER_FIGURES = ("received", "digitised", "digitised_within", "rejected_pages",
                    "rescanned_pages", "backlog")


def _truth() -> list[dict[str, Any]]:
    return json.loads((SAMPLES / "results" / "truth.json").read_text(encoding="utf-8"))[
        "results"]


def _per_agency(report: DigitisationReport, names: tuple[str, ...]
                ) -> dict[str, tuple[int, ...]]:
    found: dict[str, list[int]] = {}
    for row in report.rows:
        figures = found.setdefault(row.agency, [0] * len(names))
        for i, name in enumerate(names):
            figures[i] += getattr(row, name)
    return {agency: tuple(v) for agency, v in found.items()}


def test_the_sample_results_are_counted_per_agency(run: dict[str, Any], tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(run["data"], data, symlinks=True)
    svc = Service.build(Settings(data=data))
    try:
        today = svc.today()
        period = (today - timedelta(days=1), today + timedelta(days=1))
        operator = svc.local_actor()

        def report() -> DigitisationReport:
            return svc.reports.digitisation(operator, *period, 24)

        before = report()
        assert before.totals.results_issued == 0
        results = _truth()
        for r in results:
            pdf = (SAMPLES / r["file"]).read_bytes()
            name = Path(r["file"]).name
            if r["form"] == "electronic":
                officer = Actor(r["officer"], frozenset({"officer"}), r["agency"])
                made = svc.results.add(officer, r["receipt_code"], pdf, name)
            else:
                clerk = Actor("Nguyễn Thị Lan", frozenset({"clerk"}), r["agency"])
                made = svc.results.scan(clerk, r["receipt_code"], pdf, name)
            assert made["form"] == r["form"]
        after = report()

        forms = Counter((r["agency"], r["form"]) for r in results)
        issued = Counter(r["agency"] for r in results)
        expected = {agency: (n, n, forms[agency, "electronic"], forms[agency, "scanned_paper"])
                    for agency, n in issued.items()}
        results_figures = ("results_issued", "results_digitised", "results_electronic",
                           "results_paper")
        got = {agency: figures for agency, figures in _per_agency(after, results_figures).items()
               if any(figures)}
        assert got == expected == {"000.00.12.H19": (3, 3, 3, 0), "000.00.07.H08": (1, 1, 0, 1)}
        for row in after.rows:
            if row.results_issued:
                assert row.share_results == 1.0
        assert after.totals.share_results == 1.0
        # the dossiers' own figures do not move: a result is no paper received
        assert _per_agency(after, _DOSSIER_FIGURES) == _per_agency(before, _DOSSIER_FIGURES)
        assert [p.receipt_code for p in after.pending] == [p.receipt_code
                                                           for p in before.pending]

        # a result issued on paper that nobody scanned: recorded as a step of the dossier
        code = next(t["receipt_code"] for t in truths() if t["documents"]
                    and t["receipt_code"] not in {r["receipt_code"] for r in results})
        agency = code.rsplit("-", 2)[0]
        head = Actor("Đỗ Minh Quân", frozenset({"head"}))
        for step in ("sent", "result_issued"):
            svc.records.step(head, code, step)
        on_paper = svc.reports.digitisation(operator, *period, 24, (agency,))
        assert on_paper.totals.results_issued == issued[agency] + 1
        assert on_paper.totals.results_digitised == issued[agency]
        assert on_paper.totals.share_results == issued[agency] / (issued[agency] + 1)
    finally:
        svc.close()

    web = Web(settings_for(data), None, make_accounts(data))
    web.app = create_app(web.settings)
    with TestClient(web.app):
        page = signed_in(web, "trang").get("/bao-cao", params={"tu": period[0].isoformat(),
                                              "den": period[1].isoformat()})
    assert page.status_code == 200
    assert "kết quả đã số hóa" in page.text and 'class="results-digitised"' in page.text
    assert f"Có kết quả <b>{len(results) + 1}</b> hồ sơ" in page.text
