"""The second held-apart set of bench/classify_accuracy.py (bench/heldout2/): its truth keeps
the promises of its README, is drawn again the same, and its dossiers lack exactly what they
are said to lack of their procedures. Nothing here runs OCR or writes an image."""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
HELDOUT2 = ROOT / "bench" / "heldout2"


def _load(name: str, path: Path) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generate() -> ModuleType:
    return _load("heldout2_generate", HELDOUT2 / "generate.py")


@pytest.fixture(scope="module")
def truth() -> dict[str, Any]:
    return json.loads((HELDOUT2 / "truth.json").read_text(encoding="utf-8"))


def test_the_truth_keeps_the_promises_of_the_set(generate: ModuleType,
                                                  truth: dict[str, Any]) -> None:
    generate.validate(truth, HELDOUT2)  # files exist, fields printed, ranges, counts, scans
    assert truth["schema"] == 1
    assert len(truth["pages"]) == len({p["file"] for p in truth["pages"]})
    for s in truth["dossiers"]:
        first, last = s["documents"]
        covered = sorted(i for d in truth["documents"][first : last + 1]
                         for i in range(d["pages"][0], d["pages"][1] + 1))
        assert covered == list(range(s["pages"][0], s["pages"][1] + 1)), s["receipt_code"]


def test_every_field_is_printed_on_its_paper(generate: ModuleType, truth: dict[str, Any]) -> None:
    pages = truth["pages"]
    for d in truth["documents"]:
        texts = [pages[i]["text"] for i in range(d["pages"][0], d["pages"][1] + 1)]
        generate.check_fields(d, texts)
    wrong = {**truth["documents"][0], "fields": {"ho_ten": "Nguyễn Văn Không Có"}}
    with pytest.raises(AssertionError):
        generate.check_fields(wrong, [pages[0]["text"]])


def test_drawing_the_set_again_gives_the_same_truth(generate: ModuleType,
                                                     truth: dict[str, Any]) -> None:
    assert generate.build_truth() == truth


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


def test_the_second_set_is_never_trained_on() -> None:
    from classify import load_rules
    from pipeline.training import sample_examples
    from sohoa.errors import UsageError

    with pytest.raises(UsageError):
        sample_examples(load_rules(), HELDOUT2)
