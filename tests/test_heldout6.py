"""The sixth held-apart set of bench/classify_accuracy.py (bench/heldout6/): its truth keeps
the promises its README makes beyond those every set keeps (those are in tests/test_heldout.py).
Nothing here runs OCR, writes an image or runs the classifier."""

from __future__ import annotations

import json
import random
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.test_heldout import _earlier, _load

ROOT = Path(__file__).resolve().parents[1]
HELDOUT6 = ROOT / "bench" / "heldout6"
EARLIER = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5")
COPIES = ("can_cuoc_2024", "cmnd_copy")


@pytest.fixture(scope="module")
def generate() -> ModuleType:
    return _load("heldout6_generate", HELDOUT6 / "generate.py")


@pytest.fixture(scope="module")
def truth() -> dict[str, Any]:
    return json.loads((HELDOUT6 / "truth.json").read_text(encoding="utf-8"))


def test_one_dossier_lacks_a_required_paper_of_its_procedure(generate: ModuleType) -> None:
    dossiers, _ = generate.draw(generate.Maker(random.Random(1)))
    assert [pid for pid, _ in dossiers] == [
        "dang_ky_lai_khai_tu", "nhan_cha_me_con", "thay_doi_doanh_nghiep", "cap_lai_gcn"]
    lacking = [(pid, d.missing) for pid, d in dossiers if d.missing]
    assert [pid for pid, _ in lacking] == ["nhan_cha_me_con"]
    assert lacking[0][1][0].startswith("Chứng cứ chứng minh quan hệ cha, mẹ, con")
    for pid, d in dossiers:
        generate.check_components(pid, d)
    pid, child = next((pid, d) for pid, d in dossiers if d.missing)
    with pytest.raises(AssertionError):
        generate.check_components(pid, type(child)(child.code, child.procedure, [],
                                                   child.papers))


def test_no_procedure_of_the_set_was_in_an_earlier_set() -> None:
    data = json.loads((ROOT / "classify" / "data" / "procedures.json").read_text("utf-8"))
    assert {"dang_ky_lai_khai_tu", "nhan_cha_me_con", "thay_doi_doanh_nghiep",
            "cap_lai_gcn"} <= {p["id"] for p in data["procedures"]}
    earlier = {s["procedure"].casefold() for name in EARLIER
               for s in _earlier(name)["dossiers"]}
    for word in ("lại khai tử", "nhận cha", "thay đổi địa chỉ trụ sở", "cấp lại giấy chứng nhận"):
        assert not any(word in p for p in earlier), word


def test_the_set_is_scanned_in_several_ways(truth: dict[str, Any]) -> None:
    pages = truth["pages"]
    assert {p["dpi"] for p in pages} == {200, 300}
    assert {p["encoding"] for p in pages} == {"jpeg", "png"}
    assert 1 <= sum(p["colour"] for p in pages) <= 10
    size = sum((HELDOUT6 / p["file"]).stat().st_size for p in pages)
    assert size < 15_000_000, size
    copies = [p for p in pages if p["kind"] in COPIES]
    assert len(copies) == 3 and not any(p["colour"] for p in copies)


def test_the_set_has_its_own_counts(truth: dict[str, Any]) -> None:
    docs = truth["documents"]
    assert (len(truth["pages"]), len(docs), len(truth["dossiers"])) == (54, 48, 4)
    assert len({d["kind"] for d in docs if d["doc_type"] == "other"}) == 13
    assert len({d["doc_type"] for d in docs} - {"other"}) == 25
    assert sum(d["title"] is None for d in docs) == 2  # an official letter, business cards
    assert sum(d["pages"][1] > d["pages"][0] for d in docs) == 6
    assert all(not d["fields"] for d in docs if d["doc_type"] == "other")


def test_its_typefaces_are_its_own_and_installed(generate: ModuleType) -> None:
    import page6  # put on the path by the generator

    faces = {f for family in page6.FAMILIES.values() for f in family.values()}
    assert all((page6.FONTS / f).is_file() for f in faces), \
        "install fonts-sil-charis and fonts-sil-andika"
    for name in EARLIER:
        for path in (ROOT / "bench" / name).glob("*.py"):
            text = path.read_text(encoding="utf-8").casefold()
            assert "charis" not in text and "andika" not in text, path


def test_look_alike_numbers_are_printed_beside_the_fields(truth: dict[str, Any]) -> None:
    pages = truth["pages"]
    text = " ".join(" ".join(p["text"] for p in pages).split())
    for look_alike in ("070123456789", "260304118827", "181023446", "1049 2203 6618",
                       "102/2024/NĐ-CP ngày 30 tháng 7 năm 2024",
                       "ngày 03/3/2026 (ngày ba tháng ba năm hai nghìn không trăm hai mươi sáu)"):
        assert look_alike in text, look_alike
    ids = {d["fields"].get("so_cccd") for d in truth["documents"]}
    assert not ids & {"070123456789", "260304118827"}
    card = next(d for d in truth["documents"] if d["kind"] == "cmnd_copy")
    assert "so_cccd" not in card["fields"] and len(card["fields"]["so_ky_hieu"]) == 9
