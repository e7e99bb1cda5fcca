"""The second held-apart set of bench/classify_accuracy.py (bench/heldout2/): its truth keeps
the promises of its README, is drawn again the same, and its dossiers lack exactly what they
are said to lack of their procedures (the promises both sets keep are tested in
tests/test_heldout.py). Nothing here runs OCR or writes an image."""

from __future__ import annotations

import json
import random
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.test_heldout import _load

ROOT = Path(__file__).resolve().parents[1]
HELDOUT2 = ROOT / "bench" / "heldout2"


@pytest.fixture(scope="module")
def generate() -> ModuleType:
    return _load("heldout2_generate", HELDOUT2 / "generate.py")


@pytest.fixture(scope="module")
def truth() -> dict[str, Any]:
    return json.loads((HELDOUT2 / "truth.json").read_text(encoding="utf-8"))


def test_one_dossier_lacks_a_required_paper_of_its_procedure(generate: ModuleType) -> None:
    dossiers, _ = generate.draw(generate.Maker(random.Random(1)))
    lacking = [(pid, d.missing) for pid, d in dossiers if d.missing]
    assert lacking == [("gpxd_nha_o_rieng_le", ["Bản vẽ thiết kế xây dựng"])]
    for pid, d in dossiers:
        generate.check_components(pid, d)
    pid, building = next((pid, d) for pid, d in dossiers if d.missing)
    with pytest.raises(AssertionError):
        generate.check_components(pid, type(building)(building.code, building.procedure, [],
                                                       building.papers))


def test_the_set_is_scanned_in_several_ways(truth: dict[str, Any]) -> None:
    pages = truth["pages"]
    assert {(p["dpi"], p["encoding"]) for p in pages} >= {(200, "jpeg"), (300, "jpeg"),
                                                            (200, "png")}
    assert 1 <= sum(p["colour"] for p in pages) <= 10
    assert max(abs(p["skew_deg"]) for p in pages) > 1.5
    size = sum((HELDOUT2 / p["file"]).stat().st_size for p in pages)
    assert size < 15_000_000, size


def test_the_set_is_not_the_first_one(truth: dict[str, Any]) -> None:
    first = json.loads((ROOT / "bench" / "heldout" / "truth.json").read_text(encoding="utf-8"))
    codes = {s["receipt_code"] for s in first["dossiers"]}
    assert not codes & {s["receipt_code"] for s in truth["dossiers"]}
    titles = {d["title"] for d in first["documents"] if d["title"]}
    again = [d["title"] for d in truth["documents"] if d["title"] in titles]
    assert len(again) <= 6, again  # a few titles are the one wording of their kind
    numbers = {d["fields"].get("so_ky_hieu") for d in first["documents"]} - {None}
    assert not numbers & {d["fields"].get("so_ky_hieu") for d in truth["documents"]}
