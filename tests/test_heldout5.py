"""The fifth held-apart set of bench/classify_accuracy.py (bench/heldout5/): its truth keeps
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
HELDOUT5 = ROOT / "bench" / "heldout5"
EARLIER = ("heldout", "heldout2", "heldout3", "heldout4")


@pytest.fixture(scope="module")
def generate() -> ModuleType:
    return _load("heldout5_generate", HELDOUT5 / "generate.py")


@pytest.fixture(scope="module")
def truth() -> dict[str, Any]:
    return json.loads((HELDOUT5 / "truth.json").read_text(encoding="utf-8"))


def test_one_dossier_lacks_a_required_paper_of_its_procedure(generate: ModuleType) -> None:
    dossiers, _ = generate.draw(generate.Maker(random.Random(1)))
    assert [pid for pid, _ in dossiers] == [
        "cap_doi_gcn", "tro_cap_xa_hoi_hang_thang", "thanh_lap_doanh_nghiep", "dang_ky_giam_ho"]
    lacking = [(pid, d.missing) for pid, d in dossiers if d.missing]
    assert lacking == [("thanh_lap_doanh_nghiep", ["Điều lệ công ty"])]
    for pid, d in dossiers:
        generate.check_components(pid, d)
    pid, company = next((pid, d) for pid, d in dossiers if d.missing)
    with pytest.raises(AssertionError):
        generate.check_components(pid, type(company)(company.code, company.procedure, [],
                                                     company.papers))


def test_no_procedure_of_the_set_was_in_an_earlier_set() -> None:
    data = json.loads((ROOT / "classify" / "data" / "procedures.json").read_text("utf-8"))
    assert {"cap_doi_gcn", "tro_cap_xa_hoi_hang_thang", "thanh_lap_doanh_nghiep",
            "dang_ky_giam_ho"} <= {p["id"] for p in data["procedures"]}
    earlier = {s["procedure"].casefold() for name in EARLIER
               for s in _earlier(name)["dossiers"]}
    for word in ("cấp đổi giấy chứng nhận", "trợ cấp xã hội", "thành lập mới công ty", "giám hộ"):
        assert not any(word in p for p in earlier), word


def test_receipts_are_titled_unlike_the_earlier_sets_but_for_the_official_form(
        truth: dict[str, Any]) -> None:
    def titles(t: dict[str, Any]) -> set[str]:
        return {d["title"] for d in t["documents"] if d["doc_type"] == "phieu_tiep_nhan"}

    earlier = set().union(*(titles(_earlier(name)) for name in EARLIER))
    ours = titles(truth)
    assert len(ours) == 4
    assert ours & earlier == {"GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"}  # Circular 01/2018


def test_the_set_is_scanned_in_several_ways(truth: dict[str, Any]) -> None:
    pages = truth["pages"]
    assert {p["dpi"] for p in pages} == {200, 300}
    assert {p["encoding"] for p in pages} == {"jpeg", "png"}
    assert 1 <= sum(p["colour"] for p in pages) <= 10
    size = sum((HELDOUT5 / p["file"]).stat().st_size for p in pages)
    assert size < 15_000_000, size
    copies = [p for p in pages if p["kind"] in ("cccd_chip", "ho_chieu_copy")]
    assert len(copies) == 3 and not any(p["colour"] for p in copies)


def test_the_set_has_its_own_counts(truth: dict[str, Any]) -> None:
    docs = truth["documents"]
    assert (len(truth["pages"]), len(docs), len(truth["dossiers"])) == (55, 47, 4)
    assert len({d["kind"] for d in docs if d["doc_type"] == "other"}) == 13
    assert len({d["doc_type"] for d in docs} - {"other"}) == 26
    assert sum(d["title"] is None for d in docs) == 2  # an official letter and a typed note
    assert sum(d["pages"][1] > d["pages"][0] for d in docs) == 8


def test_its_typefaces_are_its_own_and_installed(generate: ModuleType) -> None:
    import page5  # put on the path by the generator

    faces = {f for family in page5.FAMILIES.values() for f in family.values()}
    assert all((page5.FONTS / f).is_file() for f in faces), "install fonts-texgyre"
    for name in EARLIER:
        for path in (ROOT / "bench" / name).glob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "texgyre" not in text.casefold(), path


def test_look_alike_numbers_are_printed_beside_the_fields(truth: dict[str, Any]) -> None:
    pages = truth["pages"]
    text = " ".join(" ".join(p["text"] for p in pages).split())
    for look_alike in ("640102391874", "102874593016", "46010000917263", "171264903",
                       "20/2021/NĐ-CP ngày 15 tháng 3 năm 2021"):
        assert look_alike in text, look_alike
    ids = {d["fields"].get("so_cccd") for d in truth["documents"]}
    assert not ids & {"640102391874", "102874593016"}
