"""The third held-apart set of bench/classify_accuracy.py (bench/heldout3/): its truth keeps
the promises its README makes beyond those every set keeps (those are in tests/test_heldout.py).
Nothing here runs OCR or writes an image."""

from __future__ import annotations

import json
import random
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.test_heldout import _load

ROOT = Path(__file__).resolve().parents[1]
HELDOUT3 = ROOT / "bench" / "heldout3"


@pytest.fixture(scope="module")
def generate() -> ModuleType:
    return _load("heldout3_generate", HELDOUT3 / "generate.py")


@pytest.fixture(scope="module")
def truth() -> dict[str, Any]:
    return json.loads((HELDOUT3 / "truth.json").read_text(encoding="utf-8"))


def test_one_dossier_lacks_a_required_paper_of_its_procedure(generate: ModuleType) -> None:
    dossiers, _ = generate.draw(generate.Maker(random.Random(1)))
    lacking = [(pid, d.missing) for pid, d in dossiers if d.missing]
    assert lacking == [("thanh_lap_ho_kinh_doanh", [
        "Bản sao giấy tờ pháp lý của cá nhân (chủ hộ, thành viên hộ gia đình)"])]
    for pid, d in dossiers:
        generate.check_components(pid, d)
    pid, shop = next((pid, d) for pid, d in dossiers if d.missing)
    with pytest.raises(AssertionError):
        generate.check_components(pid, type(shop)(shop.code, shop.procedure, [], shop.papers))


def test_the_set_is_scanned_in_several_ways(truth: dict[str, Any]) -> None:
    pages = truth["pages"]
    assert {p["dpi"] for p in pages} == {200, 300}
    assert {p["encoding"] for p in pages} == {"jpeg", "png"}
    assert 1 <= sum(p["colour"] for p in pages) <= 10
    size = sum((HELDOUT3 / p["file"]).stat().st_size for p in pages)
    assert size < 15_000_000, size
