"""The tenth held-apart set of bench/classify_accuracy.py (bench/heldout10/): its truth keeps
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
HELDOUT10 = ROOT / "bench" / "heldout10"
EARLIER = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
           "heldout8", "heldout9")
COPIES = ("cccd_sa_dec", "cccd_buon_ma_thuot", "cccd_cam_ranh", "ho_chieu_sao",
          "so_ho_khau_2015_sao_y")
PROCEDURES = ["chung_thuc_ban_sao", "xac_nhan_thong_tin_cu_tru", "tach_hop_thua",
              "thay_doi_cai_chinh_ho_tich"]


@pytest.fixture(scope="module")
def generate() -> ModuleType:
    return _load("heldout10_generate", HELDOUT10 / "generate.py")


@pytest.fixture(scope="module")
def truth() -> dict[str, Any]:
    return json.loads((HELDOUT10 / "truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return _load("classify_accuracy", ROOT / "bench" / "classify_accuracy.py")


def _lines(truth: dict[str, Any], kind: str) -> list[str]:
    d = next(d for d in truth["documents"] if d["kind"] == kind)
    return [x for i in range(d["pages"][0], d["pages"][1] + 1)
            for x in truth["pages"][i]["text"].split("\n")]


def test_one_dossier_lacks_a_required_paper_of_its_procedure(generate: ModuleType) -> None:
    dossiers, _ = generate.draw(generate.Maker(random.Random(1)))
    assert [pid for pid, _ in dossiers] == PROCEDURES
    lacking = [(pid, d.missing) for pid, d in dossiers if d.missing]
    assert lacking == [("xac_nhan_thong_tin_cu_tru",
                        ["Tờ khai thay đổi thông tin cư trú (đề nghị xác nhận)"])]
    for pid, d in dossiers:
        generate.check_components(pid, d)
    pid, short = next((pid, d) for pid, d in dossiers if d.missing)
    with pytest.raises(AssertionError):
        generate.check_components(pid, type(short)(short.code, short.procedure, [],
                                                   short.papers))


def test_its_procedures_were_not_met_from_this_side_before(truth: dict[str, Any]) -> None:
    data = json.loads((ROOT / "classify" / "data" / "procedures.json").read_text("utf-8"))
    assert set(PROCEDURES) <= {p["id"] for p in data["procedures"]}
    earlier = {s["procedure"].casefold() for name in EARLIER
               for s in _earlier(name)["dossiers"]}
    # chứng thực bản sao and xác nhận cư trú: no earlier set had them; hợp thửa and xác định
    # lại dân tộc: earlier sets met the same procedures only as tách thửa and cải chính
    words = ("sao y", "xác nhận nơi thường trú", "hợp thửa", "xác định lại dân tộc")
    for word in words:
        assert not any(word in p for p in earlier), word
    ours = [s["procedure"].casefold() for s in truth["dossiers"]]
    assert all(any(word in p for word in words) for p in ours)
    for name in EARLIER:
        for path in (ROOT / "bench" / name).glob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert '"chung_thuc_ban_sao"' not in text, path
            assert '"xac_nhan_thong_tin_cu_tru"' not in text, path


def test_the_receipts_are_laid_out_in_new_ways(truth: dict[str, Any]) -> None:
    pages = truth["pages"]
    first = {pages[s["pages"][0]]["kind"]: pages[s["pages"][0]]["text"]
             for s in truth["dossiers"]}
    table = first["bien_nhan_ban_chinh_bang"]  # the originals in a table, the national code
    assert "Mã TTHC: 2.001052 (cấp độ 3, UBND cấp xã)" in table.split("\n")
    assert "2 Sổ bảo hiểm xã hội số 8709142236 1 02 4.000 đ" in table.split("\n")
    stub = first["phieu_hen_cuong_phieu"].split("\n")  # a counterfoil read first
    assert stub[:3] == ["CUỐNG PHIẾU", "(lưu tại Công an phường)", "Số: 1148"]
    assert any(x.startswith("Còn thiếu: Tờ khai thay đổi thông tin cư trú") for x in stub)
    checks = first["phieu_giao_nhan_mau_tthc"]  # the code at the top right and again centred
    assert checks.count("000.00.04.H34-260408-2093") == 2 and "TTPVHCC" in checks
    assert "Lĩnh vực: Đất đai (TN&MT)     Mã TTHC: 1.004203" in checks.split("\n")
    mixed = first["phieu_tieu_de_chu_thuong"].split("\n")
    assert "Phiếu Tiếp Nhận Và Hẹn Trả Kết Quả" in mixed
    assert "Mã thủ tục (Cổng DVC quốc gia): 2.000748.000.00.00.H45" in mixed


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
    size = sum((HELDOUT10 / p["file"]).stat().st_size for p in pages)
    assert size < 15_000_000, size
    copies = [p for p in pages if p["kind"] in COPIES]
    assert len(copies) == 6 and not any(p["colour"] for p in copies)
    assert not any(p["encoding"] == "png" for p in copies)


def test_the_set_has_its_own_counts(truth: dict[str, Any]) -> None:
    docs = truth["documents"]
    assert (len(truth["pages"]), len(docs), len(truth["dossiers"])) == (51, 44, 4)
    assert len({d["kind"] for d in docs if d["doc_type"] == "other"}) == 12
    assert len({d["doc_type"] for d in docs} - {"other"}) == 25
    untitled = {d["kind"] for d in docs if d["title"] is None}
    assert untitled == {"phieu_tinh_tien_photo", "so_do_pha_he_tay"}
    assert sum(d["pages"][1] > d["pages"][0] for d in docs) == 7
    inside = [d["kind"] for d in docs if d["doc_type"] == "other" and d["dossier"]]
    assert inside == ["danh_muc_ho_so_nhap_hoc"]  # a paper of no known type inside a dossier
    mixed = [d["title"] for d in docs if d["title"] and d["title"] != d["title"].upper()]
    assert len(mixed) == 2  # the receipt and the declaration titled in mixed case


def test_it_holds_every_type_earlier_sets_held_once(truth: dict[str, Any]) -> None:
    held: dict[str, int] = {}
    for name in EARLIER:
        for t in {d["doc_type"] for d in _earlier(name)["documents"]}:
            held[t] = held.get(t, 0) + 1
    ours = {d["doc_type"] for d in truth["documents"]}
    once = {t for t, n in held.items() if n == 1}
    assert once <= ours, sorted(once - ours)
    kinds = {d["kind"] for name in EARLIER for d in _earlier(name)["documents"]}
    assert not kinds & {d["kind"] for d in truth["documents"]}


def test_its_typefaces_are_its_own_installed_and_cover_every_glyph(
        generate: ModuleType, truth: dict[str, Any]) -> None:
    import page10  # put on the path by the generator

    faces = {f for family in page10.FAMILIES.values() for f in family.values()}
    assert all((page10.FONTS / f).is_file() for f in faces), "install fonts-noto-core"
    for name in EARLIER:
        for path in (ROOT / "bench" / name).glob("*.py"):
            text = path.read_text(encoding="utf-8").casefold()
            for face in faces:
                assert face.split("-")[0].casefold() + "-" not in text, (path, face)
    assert page10.uncovered("".join(p["text"] for p in truth["pages"])) == {}
    assert page10.uncovered("Ơ ư ☒ 字") != {}  # a glyph no face has is found


def test_look_alike_values_are_printed_beside_the_fields(truth: dict[str, Any]) -> None:
    text = " ".join(" ".join(p["text"] for p in truth["pages"]).split())
    look_alikes = ("104002718836", "211000817364", "703012846650", "500210004417",
                   "087080006143", "056072009184", "056175003627")
    for value in (*look_alikes, "Nghị định số 23/2015/NĐ-CP ngày 16/02/2015",
                  "Luật Hộ tịch ngày 20 tháng 11 năm 2014", "Ngày 06/4/2026 - UBND phường Sa Đéc",
                  "Số vào sổ cấp bằng: 2216/TN-97", "Số CMND: 113402657",
                  "Mã hộ: 96-06-0417", "Ngày 16/3/2026", "Số báo danh: 47012736",
                  "Mã hiệu: QT-CT-02", "Quyển số: 01/2026-SCT/BS (trang 41)"):
        assert value in text, value
    ids = {d["fields"].get("so_cccd") for d in truth["documents"]}
    assert not ids & set(look_alikes)
    docs = {d["kind"]: d for d in truth["documents"]}
    assert docs["so_ho_khau_2015_sao_y"]["fields"]["ngay_ban_hanh"] == "2015-07-14"
    assert docs["so_bhxh_bia_sao_y"]["fields"]["ngay_ban_hanh"] == "2021-09-22"  # not the stamp
    assert docs["so_yeu_ly_lich_tu_thuat"]["fields"]["ngay_ban_hanh"] == "2026-03-12"
    assert "so_cccd" not in docs["giay_nop_tien_bidv_nop_thay"]["fields"]  # the payer's agent
    assert "so_cccd" not in docs["giay_chung_sinh_2014"]["fields"]  # a nine-digit card


def test_dates_and_numbers_are_printed_in_the_ways_the_set_promises(
        truth: dict[str, Any]) -> None:
    decision = _lines(truth, "quyet_dinh_ngay_so_ho_ngheo")
    assert "Bạc Liêu, 18/3/2026" in decision  # the place-and-date line in figures only
    typed = [x for x in _lines(truth, "don_hop_thua_o_so") if x.startswith("Số định danh")]
    assert typed == ["Số định danh cá nhân: 056072442629"]  # boxes of three, three and six
    hand = [x for x in _lines(truth, "to_khai_xac_dinh_dan_toc") if x.startswith("Số định")]
    assert hand == ["Số định danh cá nhân: 017188365487"]  # written by hand in the boxes
    heads = " ".join(_lines(truth, "phieu_giao_nhan_mau_tthc")[:3])
    assert heads == "UBND TỈNH KHÁNH HÒA TTPVHCC TỈNH KHÁNH HÒA Chi nhánh Cam Ranh"
