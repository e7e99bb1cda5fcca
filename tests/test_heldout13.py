"""The thirteenth held-apart set of bench/classify_accuracy.py (bench/heldout13/): its truth keeps
the promises its README makes beyond those every set keeps (those are in tests/test_heldout.py).
Nothing here runs OCR, writes an image or runs the classifier."""

from __future__ import annotations

import json
import random
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.test_heldout import SETS, _earlier, _load, _taxonomy

ROOT = Path(__file__).resolve().parents[1]
HELDOUT13 = ROOT / "bench" / "heldout13"
EARLIER = SETS[:SETS.index("heldout13")]
COPIES = ("so_bhxh_2009_to_roi_chup", "ho_chieu_viet_nam_chup_bhxh",
          "ho_chieu_philippines_sao_y_cong_ty", "can_cuoc_chu_ho_may_chup",
          "can_cuoc_con_trai_lien_thong", "giay_khai_sinh_1988_chup", "the_bhyt_chup_hai_mat")
PROCEDURES = ["bhxh_mot_lan", "giay_phep_lao_dong", "cham_dut_ho_kinh_doanh",
              "lien_thong_khai_tu"]
LACKING = ("Phiếu lý lịch tư pháp hoặc văn bản xác nhận không phải người đang chấp hành án, "
           "chưa được xóa án tích")


@pytest.fixture(scope="module")
def generate() -> ModuleType:
    return _load("heldout13_generate", HELDOUT13 / "generate.py")


@pytest.fixture(scope="module")
def truth() -> dict[str, Any]:
    return json.loads((HELDOUT13 / "truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return _load("classify_accuracy", ROOT / "bench" / "classify_accuracy.py")


def _doc(truth: dict[str, Any], kind: str) -> dict[str, Any]:
    return next(d for d in truth["documents"] if d["kind"] == kind)


def _pages(truth: dict[str, Any], kind: str) -> list[list[str]]:
    d = _doc(truth, kind)
    return [truth["pages"][i]["text"].split("\n") for i in range(d["pages"][0], d["pages"][1] + 1)]


def test_each_dossier_is_for_a_procedure_no_earlier_set_met(truth: dict[str, Any]) -> None:
    assert [s["procedure_id"] for s in truth["dossiers"]] == PROCEDURES
    data = json.loads((ROOT / "classify" / "data" / "procedures.json").read_text("utf-8"))
    assert set(PROCEDURES) <= {p["id"] for p in data["procedures"]}
    met = {s.get("procedure_id") for name in EARLIER for s in _earlier(name)["dossiers"]}
    assert not met & set(PROCEDURES)
    for name in EARLIER:
        for path in (ROOT / "bench" / name).glob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert not any(f'"{pid}"' in text for pid in PROCEDURES), path


def test_one_dossier_lacks_the_criminal_record(generate: ModuleType) -> None:
    dossiers, _ = generate.draw(generate.Maker(random.Random(1)))
    assert [pid for pid, _ in dossiers] == PROCEDURES
    lacking = [(pid, d.missing) for pid, d in dossiers if d.missing]
    assert lacking == [("giay_phep_lao_dong", [LACKING])]
    for pid, d in dossiers:
        generate.check_components(pid, d)
    short = dossiers[1][1]
    with pytest.raises(AssertionError):  # claiming to lack nothing is caught
        generate.check_components(PROCEDURES[1], type(short)(short.code, short.procedure, [],
                                                             short.papers))
    full = dossiers[0][1]
    with pytest.raises(AssertionError):  # and so is a dossier without its required book
        generate.check_components(PROCEDURES[0], type(full)(
            full.code, full.procedure, [], [p for p in full.papers if p.doc_type != "so_bhxh"]))


def test_the_receipts_are_laid_out_in_new_ways(truth: dict[str, Any]) -> None:
    pages = truth["pages"]
    first = {pages[s["pages"][0]]["kind"]: pages[s["pages"][0]]["text"].split("\n")
             for s in truth["dossiers"]}
    cells = first["phieu_giao_nhan_bhxh_o_luoi"]  # captions and values in ruled cells
    assert cells[4:6] == ["Mã hồ sơ: 000.40.27.H40-260309-0417", "Ngày nhận: 09/03/2026"]
    assert "Loại hồ sơ: Hưởng BHXH 1 lần - ra nước ngoài định cư (Ô-xtrây-li-a)" in cells
    queue = first["giay_hen_gpld_so_thu_tu_cuong"]  # a queue number before the office
    assert queue[0] == "SỐ THỨ TỰ 0241" and queue[3] == "GIẤY HẸN NHẬN GIẤY PHÉP LAO ĐỘNG"
    assert any(x.startswith("Chưa có: Phiếu lý lịch tư pháp") for x in queue)
    assert queue[-2] == "Phần lưu tại quầy - cắt theo đường gạch"  # the stub under the cut
    kiosk = first["bien_nhan_kiosk_hkd_thuan_hoa"]  # a narrow ticket, its title on two lines
    at = kiosk.index("BIÊN NHẬN HỒ SƠ")
    assert kiosk[at + 1] == "HỘ KINH DOANH"
    joint = first["giay_tiep_nhan_lien_thong_bang_xam"]  # three offices, three dates
    assert joint[0] == "Liên 2 - giao người nộp"
    assert "3 Bảo hiểm xã hội cơ sở An Hội Mai táng phí, trợ cấp tuất 27/03/2026" in joint


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
    size = sum((HELDOUT13 / p["file"]).stat().st_size for p in pages)
    assert size < 15_000_000, size
    copies = [p for p in pages if p["kind"] in COPIES]
    assert len(copies) == 8 and not any(p["colour"] for p in copies)
    assert not any(p["encoding"] == "png" for p in copies)


def test_the_set_has_its_own_counts(truth: dict[str, Any]) -> None:
    docs = truth["documents"]
    assert (len(truth["pages"]), len(docs), len(truth["dossiers"])) == (54, 50, 4)
    assert len({d["kind"] for d in docs if d["doc_type"] == "other"}) == 12
    assert len({d["doc_type"] for d in docs} - {"other"}) == 31
    untitled = {d["kind"] for d in docs if d["title"] is None}
    assert untitled == {"cong_van_vpdk_khong_tieu_de", "anh_hien_trang_khong_tieu_de",
                        "danh_thiep_chup_khong_tieu_de", "thu_dien_tu_in_khong_tieu_de"}
    assert sum(d["pages"][1] > d["pages"][0] for d in docs) == 4
    inside = [d["kind"] for d in docs if d["doc_type"] == "other" and d["dossier"]]
    assert inside == ["thong_bao_thi_thuc_dinh_cu_uc", "bang_ke_chi_phi_noi_tru_an_hoi"]
    loose = [d for d in docs if d["dossier"] is None]
    assert sum(d["doc_type"] != "other" for d in loose) == 19
    assert sum(d["doc_type"] == "other" for d in loose) == 10


def test_it_holds_no_kind_or_unknown_title_an_earlier_set_held(truth: dict[str, Any]) -> None:
    kinds = {d["kind"] for name in EARLIER for d in _earlier(name)["documents"]}
    assert not kinds & {d["kind"] for d in truth["documents"]}
    titles = {d["title"] for name in EARLIER for d in _earlier(name)["documents"]
              if d["doc_type"] == "other"}
    ours = {d["title"] for d in truth["documents"] if d["doc_type"] == "other"}
    assert not titles & ours - {None}


def test_its_typefaces_are_its_own_installed_and_cover_every_glyph(
        generate: ModuleType, truth: dict[str, Any]) -> None:
    import page13  # put on the path by the generator

    faces = {f for family in page13.FAMILIES.values() for f in family.values()}
    assert all((page13.FONTS / f).is_file() for f in faces), \
        "install fonts-junicode, fonts-cantarell, fonts-comfortaa"
    for name in EARLIER:
        for path in (ROOT / "bench" / name).glob("*.py"):
            text = path.read_text(encoding="utf-8").casefold()
            assert not any(f in text for f in ("junicode", "cantarell", "comfortaa")), path
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert all(p in setup for p in ("fonts-junicode", "fonts-cantarell", "fonts-comfortaa"))
    assert page13.uncovered("".join(p["text"] for p in truth["pages"])) == {}
    assert page13.uncovered("Ơ ư ☒ 字") != {}  # a glyph no face has is found


def test_look_alike_values_are_printed_beside_the_fields(truth: dict[str, Any]) -> None:
    text = " ".join(" ".join(p["text"] for p in truth["pages"]).split())
    look_alikes = ("083152004390", "046062001873", "046193006528")
    for value in ("Mã số BHXH: 4009218374", "Số CMND: 186542097", "Mã số thuế: 8431097265",
                  "mã số doanh nghiệp 2301187634", "hộ chiếu Philippines số P4817263B",
                  "Luật Bảo hiểm xã hội ngày 29 tháng 6 năm 2024",
                  "Bộ luật Lao động ngày 20 tháng 11 năm 2019",
                  "Luật Cư trú ngày 13 tháng 11 năm 2020", "BẢN SAO ĐÚNG VỚI BẢN CHÍNH",
                  "CHỨNG THỰC CHỮ KÝ NGƯỜI DỊCH", "SAO Y BẢN CHÍNH", "ĐÃ THU TIỀN",
                  "Mã hồ sơ: 000.31.44.H12-260302-0067", "(tiếp theo trang 1)"):
        assert value in text, value
    docs = {d["kind"]: d for d in truth["documents"]}
    assert docs["giay_uy_quyen_vo_tuat_chu_thuong"]["fields"]["so_cccd"] == look_alikes[0]
    ids = {d["fields"].get("so_cccd") for d in truth["documents"]}
    assert not ids & set(look_alikes[1:])
    assert docs["so_bhxh_2009_to_roi_chup"]["fields"]["ngay_ban_hanh"] == "2009-05-12"
    assert "so_cccd" not in docs["so_bhxh_2009_to_roi_chup"]["fields"]  # it prints a CMND
    assert docs["gcn_hkd_2017_ban_goc_mau"]["fields"]["ngay_ban_hanh"] == "2017-06-05"
    assert docs["bang_cu_nhan_philippines_ban_dich"]["fields"]["ngay_ban_hanh"] == "2011-04-15"
    assert "ho_ten" not in docs["ho_chieu_philippines_sao_y_cong_ty"]["fields"]
    assert docs["giay_bao_tu_benh_vien_an_hoi"]["fields"]["ho_ten"] == "HUỲNH VĂN LẬP"
    assert "ho_ten" not in docs["bien_ban_hop_gia_dinh_dong_hkd"]["fields"]


def test_continued_pages_and_tables_of_many_rows(truth: dict[str, Any]) -> None:
    form = _pages(truth, "to_khai_lien_thong_khai_tu_2_trang")
    assert form[1][0] == "(tiếp theo trang 1)" and form[1][1] == "III. ĐỀ NGHỊ"
    decision = _pages(truth, "quyet_dinh_luong_huu_trang_so_2")
    assert decision[1][0] == "2" and decision[1][1].startswith("Điều 2.")
    degree = _pages(truth, "bang_cu_nhan_philippines_ban_dich")
    assert degree[1][0] == "(bản chụp bản gốc kèm bản dịch)"
    assert "BACHELOR OF SCIENCE IN CIVIL ENGINEERING" in degree[1]
    book = _pages(truth, "so_bhxh_2009_to_roi_chup")
    assert book[1][0].startswith("(tờ rời kèm sổ")
    contents = _pages(truth, "muc_luc_van_ban_ho_so_luu_tru")[0]
    numbered = [x for x in contents if x.split(" ")[0].isdigit() and "/2026" in x]
    assert [int(x.split()[0]) for x in numbered] == list(range(1, 13))
