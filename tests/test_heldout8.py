"""The eighth held-apart set of bench/classify_accuracy.py (bench/heldout8/): its truth keeps
the promises its README makes beyond those every set keeps (those are in tests/test_heldout.py).
Nothing here runs OCR, writes an image or runs the classifier."""

from __future__ import annotations

import json
import random
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.test_heldout import _earlier, _load, _taxonomy

ROOT = Path(__file__).resolve().parents[1]
HELDOUT8 = ROOT / "bench" / "heldout8"
EARLIER = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7")
COPIES = ("cccd_barcode_copy", "so_ho_khau_copy", "hoc_ba", "so_bhxh_copy")
PROCEDURES = ["dang_ky_cap_gcn_lan_dau", "xoa_dang_ky_the_chap", "gpxd_dieu_chinh_gia_han",
              "dang_ky_lai_khai_sinh", "chung_thuc_hop_dong"]


@pytest.fixture(scope="module")
def generate() -> ModuleType:
    return _load("heldout8_generate", HELDOUT8 / "generate.py")


@pytest.fixture(scope="module")
def truth() -> dict[str, Any]:
    return json.loads((HELDOUT8 / "truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return _load("classify_accuracy", ROOT / "bench" / "classify_accuracy.py")


def test_one_dossier_lacks_a_required_paper_of_its_procedure(generate: ModuleType) -> None:
    dossiers, _ = generate.draw(generate.Maker(random.Random(1)))
    assert [pid for pid, _ in dossiers] == PROCEDURES
    lacking = [(pid, d.missing) for pid, d in dossiers if d.missing]
    assert lacking == [("chung_thuc_hop_dong",
                        ["Bản sao giấy tờ tùy thân của người yêu cầu chứng thực"])]
    for pid, d in dossiers:
        generate.check_components(pid, d)
    pid, sale = next((pid, d) for pid, d in dossiers if d.missing)
    with pytest.raises(AssertionError):
        generate.check_components(pid, type(sale)(sale.code, sale.procedure, [], sale.papers))


def test_no_procedure_of_the_set_was_in_an_earlier_set() -> None:
    data = json.loads((ROOT / "classify" / "data" / "procedures.json").read_text("utf-8"))
    assert set(PROCEDURES) <= {p["id"] for p in data["procedures"]}
    earlier = {s["procedure"].casefold() for name in EARLIER
               for s in _earlier(name)["dossiers"]}
    for word in ("lần đầu", "xóa đăng ký thế chấp", "gia hạn giấy phép", "lại khai sinh",
                 "chứng thực hợp đồng"):
        assert not any(word in p for p in earlier), word


def test_the_receipts_are_laid_out_in_new_ways(truth: dict[str, Any]) -> None:
    pages = truth["pages"]
    first = {pages[s["pages"][0]]["kind"]: pages[s["pages"][0]]["text"]
             for s in truth["dossiers"]}
    assert "RECEIPT AND APPOINTMENT SLIP" in first["giay_tiep_nhan_song_ngu"]  # bilingual
    assert "Mã thủ tục 1.000689" in first["phieu_nhan_dang_bang"]  # a table row
    assert "09.3.2026" in first["phieu_nhan_dang_bang"]  # dates with dots
    assert "ĐÃ NHẬN HỒ SƠ\nNgày 11/3/2026" in first["giay_hen_dong_dau"]  # a stamp
    assert "NỘI DUNG HỒ SƠ" in first["phieu_tiep_nhan_hai_cot"]  # two columns
    assert "Giấy tờ còn thiếu: Bản sao CCCD" in first["phieu_tiep_nhan_viet_tay"]


def test_every_label_names_the_type_the_truth_gives(truth: dict[str, Any],
                                                    bench: ModuleType) -> None:
    taxonomy = _taxonomy()
    for d in truth["documents"]:
        assert bench.expected_type(d, taxonomy) == d["doc_type"], d["label"]


def test_the_set_is_scanned_in_several_ways(truth: dict[str, Any]) -> None:
    pages = truth["pages"]
    assert {p["dpi"] for p in pages} == {200, 300}
    assert {p["encoding"] for p in pages} == {"jpeg", "png"}
    assert 1 <= sum(p["colour"] for p in pages) <= 10
    size = sum((HELDOUT8 / p["file"]).stat().st_size for p in pages)
    assert size < 15_000_000, size
    copies = [p for p in pages if p["kind"] in COPIES]
    assert len(copies) == 4 and not any(p["colour"] for p in copies)


def test_the_set_has_its_own_counts(truth: dict[str, Any]) -> None:
    docs = truth["documents"]
    assert (len(truth["pages"]), len(docs), len(truth["dossiers"])) == (52, 45, 5)
    assert len({d["kind"] for d in docs if d["doc_type"] == "other"}) == 12
    assert len({d["doc_type"] for d in docs} - {"other"}) == 25
    untitled = {d["kind"] for d in docs if d["title"] is None}
    assert untitled == {"cong_van_ngan_hang", "cong_van_bhxh", "ban_do_chi_duong"}
    assert sum(d["pages"][1] > d["pages"][0] for d in docs) == 7
    assert all(not d["fields"] for d in docs if d["doc_type"] == "other")
    inside = [d["kind"] for d in docs if d["doc_type"] == "other" and d["dossier"]]
    assert inside == ["hoc_ba"]  # a paper of no known type inside a dossier


def test_it_holds_types_no_earlier_set_held(truth: dict[str, Any]) -> None:
    earlier = {d["doc_type"] for name in EARLIER for d in _earlier(name)["documents"]}
    ours = {d["doc_type"] for d in truth["documents"]}
    assert {"so_ho_khau", "dieu_le", "nghi_quyet", "ke_hoach", "giay_moi", "so_bhxh"} <= \
        ours - earlier
    kinds = {d["kind"] for name in EARLIER for d in _earlier(name)["documents"]
             if d["doc_type"] == "other"}
    assert not kinds & {d["kind"] for d in truth["documents"] if d["doc_type"] == "other"}


def test_its_typefaces_are_its_own_and_installed(generate: ModuleType) -> None:
    import page8  # put on the path by the generator

    faces = {f for family in page8.FAMILIES.values() for f in family.values()}
    assert all((page8.FONTS / f).is_file() for f in faces), \
        "install fonts-linuxlibertine and fonts-lato"
    for name in EARLIER:
        for path in (ROOT / "bench" / name).glob("*.py"):
            text = path.read_text(encoding="utf-8").casefold()
            assert "libertine" not in text and "lato-" not in text, path


def test_look_alike_values_are_printed_beside_the_fields(truth: dict[str, Any]) -> None:
    pages = truth["pages"]
    text = " ".join(" ".join(p["text"] for p in pages).split())
    look_alikes = ("070215836642", "110002471936", "108871452096", "680214539917",
                   "033065001472", "038072003318", "230592046", "272419836")
    for value in (*look_alikes, "Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021",
                  "ĐẾN Số: 0573", "Ngày: 09/3/2026", "Người đại diện theo pháp luật"):
        assert value in text, value
    ids = {d["fields"].get("so_cccd") for d in truth["documents"]}
    assert not ids & set(look_alikes)
    letter = next(d for d in truth["documents"] if d["kind"] == "cong_van_ngan_hang")
    assert letter["fields"]["ngay_ban_hanh"] == "2026-03-06"  # not the stamp's 09/3/2026
    assert "so_cccd" not in letter["fields"]  # the customer's number is not the letter's


def test_names_are_printed_in_the_ways_the_set_promises(truth: dict[str, Any]) -> None:
    docs, pages = truth["documents"], truth["pages"]

    def lines(kind: str) -> list[str]:
        d = next(d for d in docs if d["kind"] == kind)
        return [x for i in range(d["pages"][0], d["pages"][1] + 1)
                for x in pages[i]["text"].split("\n")]

    def after(kind: str, label: str) -> str:
        text = lines(kind)
        return text[text.index(label) + 1]

    assert after("phieu_tiep_nhan_hai_cot", "Ông/Bà:") == "Ngô Thị Thanh Huyền"
    assert after("giay_moi_hoa_giai", "Kính mời:") == "Ông NÔNG VĂN THẠCH"
    assert "Họ và tên TRỊNH THỊ BÔNG" in lines("quyet_dinh_tro_cap")  # a table cell
    assert "Người yêu cầu chứng thực: K'Hoàng Thị Nhung" in lines("phieu_tiep_nhan_viet_tay")
    assert "Tôi tên là: ĐỖ THỊ MINH THƯ" in lines("giay_cam_ket")  # on dotted lines
