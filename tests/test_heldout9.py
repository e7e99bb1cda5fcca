"""The ninth held-apart set of bench/classify_accuracy.py (bench/heldout9/): its truth keeps
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
HELDOUT9 = ROOT / "bench" / "heldout9"
EARLIER = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
           "heldout8")
COPIES = ("can_cuoc_2024_copy", "the_bhyt_copy", "cmnd_9_so_copy", "giay_chung_tu_1998")
PROCEDURES = ["cung_cap_du_lieu_dat_dai", "cap_the_bhyt", "chung_thuc_chu_ky",
              "khai_bao_tam_vang", "cap_ban_sao_trich_luc_ho_tich"]


@pytest.fixture(scope="module")
def generate() -> ModuleType:
    return _load("heldout9_generate", HELDOUT9 / "generate.py")


@pytest.fixture(scope="module")
def truth() -> dict[str, Any]:
    return json.loads((HELDOUT9 / "truth.json").read_text(encoding="utf-8"))


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
    assert lacking == [("cap_ban_sao_trich_luc_ho_tich",
                        ["Tờ khai cấp bản sao trích lục hộ tịch"])]
    for pid, d in dossiers:
        generate.check_components(pid, d)
    pid, copy = next((pid, d) for pid, d in dossiers if d.missing)
    with pytest.raises(AssertionError):
        generate.check_components(pid, type(copy)(copy.code, copy.procedure, [], copy.papers))


def test_no_procedure_of_the_set_was_in_an_earlier_set(truth: dict[str, Any]) -> None:
    data = json.loads((ROOT / "classify" / "data" / "procedures.json").read_text("utf-8"))
    assert set(PROCEDURES) <= {p["id"] for p in data["procedures"]}
    earlier = {s["procedure"].casefold() for name in EARLIER
               for s in _earlier(name)["dossiers"]}
    # the first set's joint birth registration gave a child under six a card; no set had a
    # card changed alone
    words = ("cung cấp thông tin", "đổi thẻ", "chứng thực chữ ký", "tạm vắng",
             "bản sao trích lục")
    for word in words:
        assert not any(word in p for p in earlier), word
    ours = [s["procedure"].casefold() for s in truth["dossiers"]]
    assert all(any(word in p for word in words) for p in ours)
    for name in EARLIER:
        for path in (ROOT / "bench" / name).glob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert not any(f'"{pid}"' in text for pid in PROCEDURES), path


def test_the_receipts_are_laid_out_in_new_ways(truth: dict[str, Any]) -> None:
    pages = truth["pages"]
    first = {pages[s["pages"][0]]["kind"]: pages[s["pages"][0]]["text"]
             for s in truth["dossiers"]}
    roll = first["bien_nhan_cuon_nhiet"]  # a narrow roll, the procedure over four lines
    assert "Thủ tục:\nCung cấp thông tin thửa đất số 318," in roll
    assert "Nhận lúc: 09:42 12/03/2026\nHẹn trả: 14:00 17/03/2026" in roll
    twice = first["phieu_tiep_nhan_hai_lien"]  # two copies on one page, a bar code above each
    assert twice.count("Mã hồ sơ: 000.00.30.H40-260316-0214") == 2
    assert twice.count("000.00.30.H40-260316-0214") == 4
    assert "Liên 2: giao người nộp hồ sơ" in twice
    slip = first["phieu_hen_dau_cham"]  # dotted leaders, the values at the right, a queue number
    assert "0127" in slip.split("\n") and "Hẹn trả trong ngày, 15 giờ 00" in slip
    assert "Về việc:" in first["giay_tiep_nhan_cong_an_khung"]
    grid = first["bien_nhan_luoi_ho_tich"]  # the software's grid, the missing declaration named
    assert ("Giấy tờ phải bổ sung Tờ khai cấp bản sao trích lục hộ tịch (chưa có chữ ký)"
            in grid.split("\n"))


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
    size = sum((HELDOUT9 / p["file"]).stat().st_size for p in pages)
    assert size < 15_000_000, size
    copies = [p for p in pages if p["kind"] in COPIES]
    assert len(copies) == 4 and not any(p["colour"] for p in copies)
    assert not any(p["encoding"] == "png" for p in copies)


def test_the_set_has_its_own_counts(truth: dict[str, Any]) -> None:
    docs = truth["documents"]
    assert (len(truth["pages"]), len(docs), len(truth["dossiers"])) == (54, 46, 5)
    assert len({d["kind"] for d in docs if d["doc_type"] == "other"}) == 12
    assert len({d["doc_type"] for d in docs} - {"other"}) == 27
    untitled = {d["kind"] for d in docs if d["title"] is None}
    assert untitled == {"phieu_so_thu_tu", "thu_tay", "man_hinh_chuyen_khoan"}
    assert sum(d["pages"][1] > d["pages"][0] for d in docs) == 8
    inside = [d["kind"] for d in docs if d["doc_type"] == "other" and d["dossier"]]
    assert inside == ["giay_chuyen_tuyen"]  # a paper of no known type inside a dossier


def test_it_holds_the_types_earlier_sets_held_least(truth: dict[str, Any]) -> None:
    held: dict[str, int] = {}
    for name in EARLIER:
        for t in {d["doc_type"] for d in _earlier(name)["documents"]}:
            held[t] = held.get(t, 0) + 1
    ours = {d["doc_type"] for d in truth["documents"]}
    once = {t for t, n in held.items() if n == 1}
    assert len(ours & once) == 13, sorted(ours & once)
    kinds = {d["kind"] for name in EARLIER for d in _earlier(name)["documents"]}
    assert not kinds & {d["kind"] for d in truth["documents"]}


def test_its_typefaces_are_its_own_installed_and_cover_every_glyph(
        generate: ModuleType, truth: dict[str, Any]) -> None:
    import page9  # put on the path by the generator

    faces = {f for family in page9.FAMILIES.values() for f in family.values()}
    assert all((page9.FONTS / f).is_file() for f in faces), \
        "install fonts-sil-gentiumplus and fonts-roboto-unhinted"
    for name in EARLIER:
        for path in (ROOT / "bench" / name).glob("*.py"):
            text = path.read_text(encoding="utf-8").casefold()
            assert "gentium" not in text and "roboto" not in text, path
    assert page9.uncovered("".join(p["text"] for p in truth["pages"])) == {}
    assert page9.uncovered("Ơ ư ☒ 字") != {}  # a glyph no face has is found


def test_look_alike_values_are_printed_beside_the_fields(truth: dict[str, Any]) -> None:
    text = " ".join(" ".join(p["text"] for p in truth["pages"]).split())
    look_alikes = ("104871293305", "104871293306", "108000715526", "190358271146",
                   "037219004388", "042071003926", "046078003391", "030072011846",
                   "096079002213", "091168004472", "075078001592", "031066002845")
    for value in (*look_alikes, "Quyết định số 1520/QĐ-UBND ngày 12/11/2025",
                  "Số chứng thực 156, quyển số 02/2026-SCT/CK,ĐC", "Số: 311/SY",
                  "Số vào sổ cấp bằng: 0472/ĐHSL-2025", "Mã số doanh nghiệp: 3604418257",
                  "Hẹn trả: 14:00 17/03/2026", "Ngày 05/3/2026 - UBND phường Đồng Hới"):
        assert value in text, value
    ids = {d["fields"].get("so_cccd") for d in truth["documents"]}
    assert not ids & set(look_alikes)
    docs = {d["kind"]: d for d in truth["documents"]}
    assert docs["gcn_ket_hon_2015_sao"]["fields"]["ngay_ban_hanh"] == "2015-12-26"
    assert docs["gcn_2019_sao_y"]["fields"]["ngay_ban_hanh"] == "2019-10-15"  # not the stamp's
    assert docs["don_khieu_nai_boi_thuong"]["fields"]["ngay_ban_hanh"] == "2026-02-09"
    assert "so_ky_hieu" not in docs["van_ban_dong_y_ban_xe"]["fields"]  # its number is blank
    assert "so_cccd" not in docs["bien_nhan_luoi_ho_tich"]["fields"]  # the other woman's


def test_names_and_numbers_are_printed_in_the_ways_the_set_promises(
        truth: dict[str, Any]) -> None:
    roll = _lines(truth, "bien_nhan_cuon_nhiet")
    assert roll[roll.index("Người nộp:") + 1] == "LÂM QUỐC TRÍ"
    assert "Người yêu cầu Hồ Thị Thanh Tâm" in _lines(truth, "phieu_hen_dau_cham")
    boxes = [x for x in _lines(truth, "to_khai_ct01") if x.startswith("4. Số định danh")]
    assert boxes == ["4. Số định danh cá nhân: 042203921716"]  # one digit a box
    assert "Cho: Bà NGUYỄN THỊ HOÀI THƯƠNG / Ms. Nguyen Thi Hoai Thuong" in \
        _lines(truth, "bang_cu_nhan")
