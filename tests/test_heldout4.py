"""The fourth held-apart set of bench/classify_accuracy.py (bench/heldout4/): its truth keeps
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
HELDOUT4 = ROOT / "bench" / "heldout4"


@pytest.fixture(scope="module")
def generate() -> ModuleType:
    return _load("heldout4_generate", HELDOUT4 / "generate.py")


@pytest.fixture(scope="module")
def truth() -> dict[str, Any]:
    return json.loads((HELDOUT4 / "truth.json").read_text(encoding="utf-8"))


def test_one_dossier_lacks_a_required_paper_of_its_procedure(generate: ModuleType) -> None:
    dossiers, _ = generate.draw(generate.Maker(random.Random(1)))
    assert [pid for pid, _ in dossiers] == [
        "tach_hop_thua", "thay_doi_cai_chinh_ho_tich", "dang_ky_tam_tru", "dang_ky_the_chap"]
    lacking = [(pid, d.missing) for pid, d in dossiers if d.missing]
    assert lacking == [("dang_ky_tam_tru", ["Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp"])]
    for pid, d in dossiers:
        generate.check_components(pid, d)
    pid, stay = next((pid, d) for pid, d in dossiers if d.missing)
    with pytest.raises(AssertionError):
        generate.check_components(pid, type(stay)(stay.code, stay.procedure, [], stay.papers))


def test_the_set_is_scanned_in_several_ways(truth: dict[str, Any]) -> None:
    pages = truth["pages"]
    assert {p["dpi"] for p in pages} == {200, 300}
    assert {p["encoding"] for p in pages} == {"jpeg", "png"}
    assert 1 <= sum(p["colour"] for p in pages) <= 10
    size = sum((HELDOUT4 / p["file"]).stat().st_size for p in pages)
    assert size < 15_000_000, size


def test_the_set_has_its_own_counts(truth: dict[str, Any]) -> None:
    docs = truth["documents"]
    assert (len(truth["pages"]), len(docs), len(truth["dossiers"])) == (52, 44, 4)
    assert len({d["kind"] for d in docs if d["doc_type"] == "other"}) == 13
    assert len({d["doc_type"] for d in docs} - {"other"}) == 23
    assert sum(d["title"] is None for d in docs) == 2  # an official letter and a site plan
