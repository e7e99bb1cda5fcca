"""The seventh held-apart set of bench/classify_accuracy.py (bench/heldout7/): its truth keeps
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
HELDOUT7 = ROOT / "bench" / "heldout7"
EARLIER = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6")
COPIES = ("cccd_chip_copy", "passport_copy", "gcn_hkd_copy", "bang_to_quoc_ghi_cong")
PROCEDURES = ["chuyen_muc_dich_su_dung_dat", "dang_ky_lai_ket_hon", "thay_doi_ho_kinh_doanh",
              "gpxd_sua_chua_cai_tao", "uu_dai_nguoi_co_cong"]


@pytest.fixture(scope="module")
def generate() -> ModuleType:
    return _load("heldout7_generate", HELDOUT7 / "generate.py")


@pytest.fixture(scope="module")
def truth() -> dict[str, Any]:
    return json.loads((HELDOUT7 / "truth.json").read_text(encoding="utf-8"))


def test_one_dossier_lacks_a_required_paper_of_its_procedure(generate: ModuleType) -> None:
    dossiers, _ = generate.draw(generate.Maker(random.Random(1)))
    assert [pid for pid, _ in dossiers] == PROCEDURES
    lacking = [(pid, d.missing) for pid, d in dossiers if d.missing]
    assert lacking == [("chuyen_muc_dich_su_dung_dat", ["Giấy chứng nhận đã cấp (bản gốc)"])]
    for pid, d in dossiers:
        generate.check_components(pid, d)
    pid, land = next((pid, d) for pid, d in dossiers if d.missing)
    with pytest.raises(AssertionError):
        generate.check_components(pid, type(land)(land.code, land.procedure, [], land.papers))


def test_no_procedure_of_the_set_was_in_an_earlier_set() -> None:
    data = json.loads((ROOT / "classify" / "data" / "procedures.json").read_text("utf-8"))
    assert set(PROCEDURES) <= {p["id"] for p in data["procedures"]}
    earlier = {s["procedure"].casefold() for name in EARLIER
               for s in _earlier(name)["dossiers"]}
    for word in ("chuyển mục đích", "lại việc kết hôn", "lại kết hôn", "thay đổi địa chỉ kinh "
                 "doanh", "hộ kinh doanh tiệm", "sửa chữa, cải tạo", "liệt sĩ"):
        assert not any(word in p for p in earlier), word


def test_the_set_is_scanned_in_several_ways(truth: dict[str, Any]) -> None:
    pages = truth["pages"]
    assert {p["dpi"] for p in pages} == {200, 300}
    assert {p["encoding"] for p in pages} == {"jpeg", "png"}
    assert 1 <= sum(p["colour"] for p in pages) <= 10
    size = sum((HELDOUT7 / p["file"]).stat().st_size for p in pages)
    assert size < 15_000_000, size
    copies = [p for p in pages if p["kind"] in COPIES]
    assert len(copies) == 4 and not any(p["colour"] for p in copies)


def test_the_set_has_its_own_counts(truth: dict[str, Any]) -> None:
    docs = truth["documents"]
    assert (len(truth["pages"]), len(docs), len(truth["dossiers"])) == (54, 47, 5)
    assert len({d["kind"] for d in docs if d["doc_type"] == "other"}) == 13
    assert len({d["doc_type"] for d in docs} - {"other"}) == 26
    assert sum(d["title"] is None for d in docs) == 2  # an official letter, a newspaper page
    assert sum(d["pages"][1] > d["pages"][0] for d in docs) == 7
    assert all(not d["fields"] for d in docs if d["doc_type"] == "other")
    inside = [d["kind"] for d in docs if d["doc_type"] == "other" and d["dossier"]]
    assert inside == ["bang_to_quoc_ghi_cong"]  # a paper of no known type inside a dossier


def test_it_holds_types_no_earlier_set_held(truth: dict[str, Any]) -> None:
    earlier = {d["doc_type"] for name in EARLIER for d in _earlier(name)["documents"]}
    ours = {d["doc_type"] for d in truth["documents"]}
    assert {"phieu_xin_loi", "phieu_chuyen_thong_tin", "giay_chung_nhan_nuoi_con_nuoi",
            "don_khieu_nai", "giay_phep", "ban_ve_thiet_ke"} <= ours - earlier
    kinds = {d["kind"] for name in EARLIER for d in _earlier(name)["documents"]
             if d["doc_type"] == "other"}
    assert not kinds & {d["kind"] for d in truth["documents"] if d["doc_type"] == "other"}


def test_its_typefaces_are_its_own_and_installed(generate: ModuleType) -> None:
    import page7  # put on the path by the generator

    faces = {f for family in page7.FAMILIES.values() for f in family.values()}
    assert all((page7.FONTS / f).is_file() for f in faces), \
        "install fonts-freefont-ttf and fonts-open-sans"
    for name in EARLIER:
        for path in (ROOT / "bench" / name).glob("*.py"):
            text = path.read_text(encoding="utf-8").casefold()
            assert "freefont" not in text and "open-sans" not in text, path


def test_look_alike_numbers_are_printed_beside_the_fields(truth: dict[str, Any]) -> None:
    pages = truth["pages"]
    text = " ".join(" ".join(p["text"] for p in pages).split())
    for look_alike in ("190364827751", "108002318845", "040236718852", "012082006471",
                       "025079004216", "0071 0036 5218 9", "025987134", "011853402",
                       "102/2024/NĐ-CP ngày 30/7/2024", "Mã hồ sơ: 000.21.33.H22-260211-0094"):
        assert look_alike in text, look_alike
    ids = {d["fields"].get("so_cccd") for d in truth["documents"]}
    assert not ids & {"190364827751", "108002318845", "040236718852", "012082006471",
                      "025079004216"}
    certificate = next(d for d in truth["documents"] if d["kind"] == "gcn_2016")
    assert "so_cccd" not in certificate["fields"]
