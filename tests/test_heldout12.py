"""The twelfth held-apart set of bench/classify_accuracy.py (bench/heldout12/): its truth keeps
the promises its README makes beyond those every set keeps (those are in tests/test_heldout.py).
Nothing here runs OCR, writes an image or runs the classifier."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.test_heldout import SETS, _earlier, _load, _taxonomy

ROOT = Path(__file__).resolve().parents[1]
HELDOUT12 = ROOT / "bench" / "heldout12"
EARLIER = SETS[:SETS.index("heldout12")]
COPIES = ("can_cuoc_giam_doc_htx_chung_thuc", "gcn_dkdn_suat_an_chung_thuc",
          "can_cuoc_duoc_si_ban_chup", "ho_chieu_han_quoc_ban_dich_cong_chung",
          "can_cuoc_me_tay_ho", "so_ho_khau_2014_son_tra_chup", "the_tam_tru_nguoi_nuoc_ngoai")
PROCEDURES = ["thanh_lap_hop_tac_xa", "attp", "chung_chi_hanh_nghe_duoc",
              "khai_sinh_yeu_to_nuoc_ngoai"]


@pytest.fixture(scope="module")
def generate() -> ModuleType:
    return _load("heldout12_generate", HELDOUT12 / "generate.py")


@pytest.fixture(scope="module")
def truth() -> dict[str, Any]:
    return json.loads((HELDOUT12 / "truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return _load("classify_accuracy", ROOT / "bench" / "classify_accuracy.py")


def _doc(truth: dict[str, Any], kind: str) -> dict[str, Any]:
    return next(d for d in truth["documents"] if d["kind"] == kind)


def _lines(truth: dict[str, Any], kind: str) -> list[str]:
    d = _doc(truth, kind)
    return [x for i in range(d["pages"][0], d["pages"][1] + 1)
            for x in truth["pages"][i]["text"].split("\n")]


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


def test_one_dossier_lacks_the_founding_resolution(generate: ModuleType) -> None:
    dossiers, _ = generate.draw(generate.Maker(random.Random(1)))
    assert [pid for pid, _ in dossiers] == PROCEDURES
    lacking = [(pid, d.missing) for pid, d in dossiers if d.missing]
    assert lacking == [("thanh_lap_hop_tac_xa", ["Nghị quyết hội nghị thành lập hợp tác xã"])]
    for pid, d in dossiers:
        generate.check_components(pid, d)
    short = dossiers[0][1]
    with pytest.raises(AssertionError):  # claiming to lack nothing is caught
        generate.check_components(PROCEDURES[0], type(short)(short.code, short.procedure, [],
                                                             short.papers))
    full = dossiers[2][1]
    with pytest.raises(AssertionError):  # and so is a dossier without its required degree
        generate.check_components(PROCEDURES[2], type(full)(
            full.code, full.procedure, [], [p for p in full.papers if p.doc_type != "bang_cap"]))


def test_the_receipts_are_laid_out_in_new_ways(truth: dict[str, Any]) -> None:
    pages = truth["pages"]
    first = {pages[s["pages"][0]]["kind"]: pages[s["pages"][0]]["text"].split("\n")
             for s in truth["dossiers"]}
    portal = first["bien_nhan_cong_htx_ma_vach"]  # the code beside the barcode, at the top
    assert portal[3] == "Mã hồ sơ: 000.00.31.H22-260304-0118"
    assert any(x.startswith("Giấy tờ còn thiếu: Nghị quyết hội nghị thành lập") for x in portal)
    steps = first["phieu_nhan_hs_ba_buoc_attp"]  # the agency at the right, three steps
    assert steps[1] == "BAN QUẢN LÝ AN TOÀN THỰC PHẨM"
    assert "Bước 1 - Nhận hồ sơ Bước 2 - Thẩm định tại cơ sở Bước 3 - Trả kết quả" in steps
    boxed = first["giay_tiep_nhan_khung_cchn_duoc"]
    assert "GIẤY TIẾP NHẬN HỒ SƠ CẤP CHỨNG CHỈ HÀNH NGHỀ" in boxed
    underlined = first["giay_nhan_yeu_cau_ks_gach_chan"]  # a title over two lines
    at = underlined.index("GIẤY NHẬN YÊU CẦU ĐĂNG KÝ KHAI SINH")
    assert underlined[at + 1] == "CÓ YẾU TỐ NƯỚC NGOÀI"


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
    size = sum((HELDOUT12 / p["file"]).stat().st_size for p in pages)
    assert size < 15_000_000, size
    copies = [p for p in pages if p["kind"] in COPIES]
    assert len(copies) == 8 and not any(p["colour"] for p in copies)
    assert not any(p["encoding"] == "png" for p in copies)


def test_the_set_has_its_own_counts(truth: dict[str, Any]) -> None:
    docs = truth["documents"]
    assert (len(truth["pages"]), len(docs), len(truth["dossiers"])) == (53, 49, 4)
    assert len({d["kind"] for d in docs if d["doc_type"] == "other"}) == 12
    assert len({d["doc_type"] for d in docs} - {"other"}) == 24
    untitled = {d["kind"] for d in docs if d["title"] is None}
    assert untitled == {"xac_nhan_chuyen_khoan_khong_tieu_de", "phong_bi_so_y_te_khong_tieu_de"}
    assert sum(d["pages"][1] > d["pages"][0] for d in docs) == 4
    inside = [d["kind"] for d in docs if d["doc_type"] == "other" and d["dossier"]]
    assert inside == ["bang_tong_hop_von_gop_htx"]  # a paper of no known type inside a dossier


def test_it_holds_no_kind_or_unknown_title_an_earlier_set_held(truth: dict[str, Any]) -> None:
    kinds = {d["kind"] for name in EARLIER for d in _earlier(name)["documents"]}
    assert not kinds & {d["kind"] for d in truth["documents"]}
    titles = {d["title"] for name in EARLIER for d in _earlier(name)["documents"]
              if d["doc_type"] == "other"}
    ours = {d["title"] for d in truth["documents"] if d["doc_type"] == "other"}
    assert not titles & ours - {None}


def test_its_typefaces_are_its_own_installed_and_cover_every_glyph(
        generate: ModuleType, truth: dict[str, Any]) -> None:
    import page12  # put on the path by the generator

    faces = {f for family in page12.FAMILIES.values() for f in family.values()}
    assert all((page12.FONTS / f).is_file() for f in faces), \
        "install fonts-vollkorn, fonts-manrope, fonts-jetbrains-mono"
    for name in EARLIER:
        for path in (ROOT / "bench" / name).glob("*.py"):
            text = path.read_text(encoding="utf-8").casefold()
            assert not any(f in text for f in ("vollkorn", "manrope", "jetbrains")), path
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert all(p in setup for p in ("fonts-vollkorn", "fonts-manrope", "fonts-jetbrains-mono"))
    assert page12.uncovered("".join(p["text"] for p in truth["pages"])) == {}
    assert page12.uncovered("Ơ ư ☒ 字") != {}  # a glyph no face has is found


def test_look_alike_values_are_printed_beside_the_fields(truth: dict[str, Any]) -> None:
    text = " ".join(" ".join(p["text"] for p in truth["pages"]).split())
    look_alikes = ("520104738296", "000248817365", "117002694415", "066190008872",
                   "048084012376", "051080009314", "051184003127")
    for value in (*look_alikes, "Luật Hợp tác xã ngày 20 tháng 6 năm 2023",
                  "Luật An toàn thực phẩm ngày 17 tháng 6 năm 2010",
                  "Luật Quốc tịch Việt Nam ngày 13 tháng 11 năm 2008",
                  "UBND xã Ea Kar, ngày 27/02/2026", "Phường Hải Châu, ngày 05/3/2026",
                  "UBND phường Ninh Kiều, ngày 12/3/2026", "ĐÃ ĐỐI CHIẾU BẢN CHÍNH",
                  "CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH", "SAO Y BẢN CHÍNH Số: 41/SY-SYT",
                  "Số vào sổ cấp bằng: 3109/ĐHYDCT-2022", "MST: 0402218746",
                  "Mã hồ sơ: 000.00.09.H13-260226-0207", "Mã hồ sơ: 000.00.05.H17-260305-0211",
                  "hộ chiếu Hàn Quốc số M71428390", "Trang 2/2"):
        assert value in text, value
    ids = {d["fields"].get("so_cccd") for d in truth["documents"]}
    assert not ids & set(look_alikes)
    docs = {d["kind"]: d for d in truth["documents"]}
    assert docs["gcn_dkdn_suat_an_chung_thuc"]["fields"]["ngay_ban_hanh"] == "2019-10-14"
    assert docs["bang_duoc_si_chung_thuc_mau"]["fields"]["ngay_ban_hanh"] == "2022-08-25"
    assert docs["bang_duoc_si_chung_thuc_mau"]["fields"]["so_ky_hieu"] == "DH-0227514"
    assert docs["xac_nhan_kien_thuc_attp_chu_co_so"]["fields"]["ngay_ban_hanh"] == "2026-02-20"
    assert docs["gphd_phong_kham_2021_hau_giang"]["fields"]["ngay_ban_hanh"] == "2021-06-14"
    assert "ho_ten" not in docs["danh_sach_thanh_vien_htx_11_nguoi"]["fields"]
    assert docs["phieu_thu_suat_an_ban_tru"]["fields"]["so_ky_hieu"] == "PT0326-0448"


def test_tables_of_many_rows_and_continued_pages(truth: dict[str, Any]) -> None:
    members = _lines(truth, "danh_sach_thanh_vien_htx_11_nguoi")
    rows = [x for x in members if re.match(r"\d{1,2} \D+ \d{4} \d{12} ", x)]
    assert [int(x.split()[0]) for x in rows] == list(range(1, 12))  # eleven members, one a row
    assert any(x.startswith("Cộng: 11 thành viên") for x in members)
    charter = _lines(truth, "dieu_le_htx_ca_phe_2_trang")
    second = charter.index("Trang 2/2")
    assert charter[second + 1].startswith("Điều 12.")
    work = _doc(truth, "xac_nhan_thuc_hanh_duoc_2_trang")
    assert truth["pages"][work["pages"][1]]["text"].split("\n")[0] == "Trang 2/2"
    passport = _lines(truth, "ho_chieu_han_quoc_ban_dich_cong_chung")
    assert passport.index("PASSPORT") < passport.index("BẢN DỊCH")
