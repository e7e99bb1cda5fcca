"""The eleventh held-apart set of bench/classify_accuracy.py (bench/heldout11/): its truth keeps
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
HELDOUT11 = ROOT / "bench" / "heldout11"
EARLIER = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
           "heldout8", "heldout9", "heldout10")
COPIES = ("gplx_pet_2016_sao", "can_cuoc_vinh", "can_cuoc_me_hue", "cccd_cha_ba_ria",
          "so_bhxh_qua_trinh_photo", "bang_thpt_2006_photo_cu", "ho_chieu_lao_dong_nuoc_ngoai",
          "the_bhyt_hoc_sinh_sao")
PROCEDURES = ["doi_gplx", "tro_cap_that_nghiep", "ban_sao_van_bang", "nhan_cha_me_con"]
ADDED = {"doi_gplx", "cap_lai_gplx", "tro_cap_that_nghiep", "bhxh_mot_lan", "ban_sao_van_bang",
         "giay_phep_lao_dong", "nuoi_con_nuoi", "khai_sinh_yeu_to_nuoc_ngoai", "ghi_chu_ket_hon",
         "lien_thong_khai_sinh", "lien_thong_khai_tu", "tam_ngung_ho_kinh_doanh",
         "cham_dut_ho_kinh_doanh", "thanh_lap_hop_tac_xa", "attp", "chung_chi_hanh_nghe_duoc"}
"""The procedures added to classify/data/procedures.json while the set was made."""


@pytest.fixture(scope="module")
def generate() -> ModuleType:
    return _load("heldout11_generate", HELDOUT11 / "generate.py")


@pytest.fixture(scope="module")
def truth() -> dict[str, Any]:
    return json.loads((HELDOUT11 / "truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return _load("classify_accuracy", ROOT / "bench" / "classify_accuracy.py")


def _lines(truth: dict[str, Any], kind: str) -> list[str]:
    d = next(d for d in truth["documents"] if d["kind"] == kind)
    return [x for i in range(d["pages"][0], d["pages"][1] + 1)
            for x in truth["pages"][i]["text"].split("\n")]


def test_each_dossier_names_its_procedure_and_one_lacks_a_required_paper(
        generate: ModuleType, truth: dict[str, Any]) -> None:
    assert [s["procedure_id"] for s in truth["dossiers"]] == PROCEDURES
    assert set(PROCEDURES[:3]) <= ADDED and PROCEDURES[3] not in ADDED
    data = json.loads((ROOT / "classify" / "data" / "procedures.json").read_text("utf-8"))
    assert PROCEDURES[3] in {p["id"] for p in data["procedures"]}
    dossiers, _ = generate.draw(generate.Maker(random.Random(1)))
    assert [pid for pid, _ in dossiers] == PROCEDURES
    lacking = [(pid, d.missing) for pid, d in dossiers if d.missing]
    assert lacking == [("nhan_cha_me_con", [
        "Chứng cứ chứng minh quan hệ cha, mẹ, con (văn bản giám định, xác nhận của cơ quan y tế "
        "…)"])]
    for pid, d in dossiers:
        generate.check_components(pid, d)
    pid, short = next((pid, d) for pid, d in dossiers if d.missing)
    with pytest.raises(AssertionError):
        generate.check_components(pid, type(short)(short.code, short.procedure, [],
                                                   short.papers))
    new = next(d for pid, d in dossiers if pid == "doi_gplx")
    if "doi_gplx" not in {p["id"] for p in data["procedures"]}:
        with pytest.raises(AssertionError):  # an unlisted procedure's dossier lacks nothing
            generate.check_components("doi_gplx", type(new)(new.code, new.procedure, ["x"],
                                                            new.papers))


def test_its_procedures_were_not_met_before(truth: dict[str, Any]) -> None:
    earlier = {s["procedure"].casefold() for name in EARLIER
               for s in _earlier(name)["dossiers"]}
    words = ("bằng lái", "tctn", "sổ gốc", "nhận con chung")
    for word in words:
        assert not any(word in p for p in earlier), word
    ours = [s["procedure"].casefold() for s in truth["dossiers"]]
    assert all(any(word in p for word in words) for p in ours)
    for name in EARLIER:
        for path in (ROOT / "bench" / name).glob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert not any(f'"{pid}"' in text for pid in PROCEDURES[:3]), path


def test_the_receipts_are_laid_out_in_new_ways(truth: dict[str, Any]) -> None:
    pages = truth["pages"]
    first = {pages[s["pages"][0]]["kind"]: pages[s["pages"][0]]["text"].split("\n")
             for s in truth["dossiers"]}
    photo = first["giay_hen_gplx_anh_tai_quay"]  # a photo box, the fee and the old licence
    assert "(Liên 2 - giao người đề nghị)" in photo
    assert any(x.startswith("Lệ phí: 135.000 đ") for x in photo)
    calendar = first["phieu_hen_lich_thong_bao"]  # the calendar of monthly reports
    assert "2 từ 06/5/2026 đến 08/5/2026 có thể gửi qua bưu điện" in calendar
    portal = first["giay_tiep_nhan_ban_in_cong"]  # printed from the portal, a print line on top
    assert portal[0].startswith("16/3/26, 14:37") and portal[-1].endswith("1/1")
    assert "Thời điểm nộp: 23:12 ngày 15/3/2026 (ngoài giờ hành chính)" in portal
    band = first["giay_bien_nhan_dai_xam"]  # the request in a shaded band, under the code
    code = next(i for i, x in enumerate(band) if x.startswith("Mã hồ sơ:"))
    assert band[code + 1].startswith("Yêu cầu: Cha nhận con chung")
    assert any(x.startswith("Giấy tờ còn thiếu: văn bản giám định ADN") for x in band)


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
    size = sum((HELDOUT11 / p["file"]).stat().st_size for p in pages)
    assert size < 15_000_000, size
    copies = [p for p in pages if p["kind"] in COPIES]
    assert len(copies) == 9 and not any(p["colour"] for p in copies)
    assert not any(p["encoding"] == "png" for p in copies)


def test_the_set_has_its_own_counts(truth: dict[str, Any]) -> None:
    docs = truth["documents"]
    assert (len(truth["pages"]), len(docs), len(truth["dossiers"])) == (52, 47, 4)
    assert len({d["kind"] for d in docs if d["doc_type"] == "other"}) == 12
    assert len({d["doc_type"] for d in docs} - {"other"}) == 27
    untitled = {d["kind"] for d in docs if d["title"] is None}
    assert untitled == {"cong_van_ba_dong_dau", "phieu_tram_can_khong_tieu_de",
                        "trang_so_ghi_chep_tay"}
    assert sum(d["pages"][1] > d["pages"][0] for d in docs) == 5
    inside = [d["kind"] for d in docs if d["doc_type"] == "other" and d["dossier"]]
    assert inside == ["phieu_tu_van_viec_lam"]  # a paper of no known type inside a dossier
    english = [d["title"] for d in docs if d["title"] and d["title"].isascii()]
    assert english == ["NBI CLEARANCE", "PASAPORTE / PASSPORT"]  # a foreign worker's


def test_it_holds_no_kind_an_earlier_set_held(truth: dict[str, Any]) -> None:
    kinds = {d["kind"] for name in EARLIER for d in _earlier(name)["documents"]}
    assert not kinds & {d["kind"] for d in truth["documents"]}
    titles = {d["title"] for name in EARLIER for d in _earlier(name)["documents"]
              if d["doc_type"] == "other"}
    ours = {d["title"] for d in truth["documents"] if d["doc_type"] == "other"}
    assert not titles & ours - {None}


def test_its_typefaces_are_its_own_installed_and_cover_every_glyph(
        generate: ModuleType, truth: dict[str, Any]) -> None:
    import page11  # put on the path by the generator

    faces = {f for family in page11.FAMILIES.values() for f in family.values()}
    assert all((page11.FONTS / f).is_file() for f in faces), "install fonts-ebgaramond, -inter"
    for name in EARLIER:
        for path in (ROOT / "bench" / name).glob("*.py"):
            text = path.read_text(encoding="utf-8").casefold()
            assert "garamond" not in text and "inter-" not in text, path
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert "fonts-ebgaramond" in setup and "fonts-inter" in setup
    assert page11.uncovered("".join(p["text"] for p in truth["pages"])) == {}
    assert page11.uncovered("Ơ ư ☒ 字") != {}  # a glyph no face has is found


def test_look_alike_values_are_printed_beside_the_fields(truth: dict[str, Any]) -> None:
    text = " ".join(" ".join(p["text"] for p in truth["pages"]).split())
    look_alikes = ("104871290356", "510004417263", "202011468539", "301028846215",
                   "380197024416", "026082005173", "051071003486", "034193008127",
                   "022199004718")
    for value in (*look_alikes, "Bộ luật Lao động ngày 20 tháng 11 năm 2019",
                  "Luật An toàn thực phẩm ngày 17 tháng 6 năm 2010",
                  "Nghị định số 219/2025/NĐ-CP ngày 07 tháng 8 năm 2025",
                  "Số vào sổ gốc cấp văn bằng: 4517/TN-2006", "Số Giấy CMND: 191438206",
                  "Ngày 05/3/2026 - UBND phường Bến Thành", "Date Issued: February 10, 2026",
                  "Mã số bảo hiểm xã hội: 2416087359",
                  "Mã hồ sơ: 000.00.17.H56-260316-0719"):
        assert value in text, value
    ids = {d["fields"].get("so_cccd") for d in truth["documents"]}
    assert not ids & set(look_alikes)
    docs = {d["kind"]: d for d in truth["documents"]}
    assert docs["gplx_pet_2016_sao"]["fields"]["so_ky_hieu"] == "400126031875"  # not a CCCD
    assert "so_cccd" not in docs["gplx_pet_2016_sao"]["fields"]
    assert docs["gplx_pet_2016_sao"]["fields"]["ngay_ban_hanh"] == "2016-06-17"  # not the stamp
    assert docs["so_bhxh_qua_trinh_photo"]["fields"]["ngay_ban_hanh"] == "2021-06-18"
    assert docs["giay_uy_quyen_lanh_su"]["fields"]["ngay_ban_hanh"] == "2026-03-02"
    assert "so_cccd" not in docs["gcn_hkd_2019_huyen"]["fields"]  # a nine-digit card
    assert "ho_ten" not in docs["danh_sach_ngang_ban_sao_vb"]["fields"]


def test_hands_seals_and_columns_are_where_the_set_promises(truth: dict[str, Any]) -> None:
    form = _lines(truth, "to_khai_doi_gplx_dong_cham")  # written by hand on dotted lines
    assert "Tôi là: HỒ SỸ QUYẾT" in form and "Nghệ An, ngày 09 tháng 3 năm 2026" in form
    owed = _lines(truth, "giay_nhan_no_viet_tay")
    assert "Số tiền: 20.000.000 đ (hai mươi triệu đồng)" in owed
    sealed = _lines(truth, "giay_gioi_thieu_dau_de_ngay")  # the seal pressed over this line
    assert "Thái Nguyên, ngày 20 tháng 03 năm 2026" in sealed
    news = _lines(truth, "cam_nang_tthc_hai_cot")  # the left column is read first
    left = news.index("Đổi giấy phép lái xe: những điều cần biết")
    right = news.index("Cấp bản sao văn bằng từ sổ gốc")
    assert left < right and news[right - 1].endswith("lệ phí 135.000 đồng.")
    english = _lines(truth, "nbi_clearance_ban_dich")  # English, then its translation
    assert english.index("NBI CLEARANCE") < english.index("BẢN DỊCH")
