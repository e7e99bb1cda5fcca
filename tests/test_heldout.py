"""The held-apart sets of bench/classify_accuracy.py (bench/heldout/ to bench/heldout13/): each
truth is consistent and drawn again the same, and the bench's metric functions count right.
Nothing here runs OCR."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SETS = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
        "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13")


def _load(name: str, path: Path) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _earlier(name: str) -> dict[str, Any]:
    """The truth of the held-apart set ``bench/<name>/``."""
    return json.loads((ROOT / "bench" / name / "truth.json").read_text(encoding="utf-8"))


def _taxonomy() -> list[tuple[str, tuple[str, ...]]]:
    """Each type of the taxonomy with its title patterns, folded."""
    from sohoa.text import fold, normalise_space

    data = json.loads((ROOT / "classify" / "data" / "document_types.json").read_text("utf-8"))
    return [(t["id"], tuple(normalise_space(fold(p)) for p in t["patterns"]))
            for t in data["types"]]


@pytest.fixture(scope="module", params=SETS)
def held(request: pytest.FixtureRequest) -> Path:
    """Each held-apart set's folder in turn."""
    return ROOT / "bench" / request.param


@pytest.fixture(scope="module")
def generate(held: Path) -> ModuleType:
    return _load(f"{held.name}_generate", held / "generate.py")


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return _load("classify_accuracy", ROOT / "bench" / "classify_accuracy.py")


@pytest.fixture(scope="module")
def truth(held: Path) -> dict[str, Any]:
    return json.loads((held / "truth.json").read_text(encoding="utf-8"))


def test_the_truth_keeps_the_promises_of_the_set(generate: ModuleType, held: Path,
                                                  truth: dict[str, Any]) -> None:
    generate.validate(truth, held)  # files exist, fields printed, ranges, counts
    assert truth["schema"] == 1
    assert len(truth["pages"]) == len({p["file"] for p in truth["pages"]})
    for s in truth["dossiers"]:
        first, last = s["documents"]
        covered = sorted(i for d in truth["documents"][first : last + 1]
                         for i in range(d["pages"][0], d["pages"][1] + 1))
        assert covered == list(range(s["pages"][0], s["pages"][1] + 1)), s["receipt_code"]


def test_every_field_is_printed_on_its_paper(generate: ModuleType, truth: dict[str, Any]) -> None:
    pages = truth["pages"]
    for d in truth["documents"]:
        texts = [pages[i]["text"] for i in range(d["pages"][0], d["pages"][1] + 1)]
        generate.check_fields(d, texts)
    wrong = {**truth["documents"][0], "fields": {"ho_ten": "Nguyễn Văn Không Có"}}
    with pytest.raises(AssertionError):
        generate.check_fields(wrong, [pages[0]["text"]])


def test_drawing_the_set_again_gives_the_same_truth(generate: ModuleType,
                                                     truth: dict[str, Any]) -> None:
    assert generate.build_truth() == truth


def test_the_set_is_never_trained_on(held: Path) -> None:
    from classify import load_rules
    from pipeline.training import sample_examples
    from sohoa.errors import UsageError

    with pytest.raises(UsageError):
        sample_examples(load_rules(), held)


def test_the_set_shares_no_receipt_or_number_with_the_sets_before_it(
        held: Path, truth: dict[str, Any]) -> None:
    def values(data: dict[str, Any], field: str) -> set[str]:
        return {d["fields"].get(field) for d in data["documents"]} - {None}

    for name in SETS[:SETS.index(held.name)]:
        other = json.loads((ROOT / "bench" / name / "truth.json").read_text(encoding="utf-8"))
        codes = {s["receipt_code"] for s in other["dossiers"]}
        assert not codes & {s["receipt_code"] for s in truth["dossiers"]}, name
        assert not values(other, "so_ky_hieu") & values(truth, "so_ky_hieu"), name
        assert not values(other, "so_cccd") & values(truth, "so_cccd"), name


def _truth(name: str) -> dict[str, Any]:
    return json.loads((ROOT / "bench" / name / "truth.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", SETS[2:])
def test_receipts_name_their_procedure_in_their_own_words(name: str) -> None:
    """From the third set on, no receipt prints a procedure as the data file names it."""
    data = json.loads((ROOT / "classify" / "data" / "procedures.json").read_text("utf-8"))
    names = {p["name"].casefold() for p in data["procedures"]}
    for s in _truth(name)["dossiers"]:
        assert s["procedure"].casefold() not in names, s["procedure"]


@pytest.mark.parametrize("name", SETS[5:])
def test_receipts_are_titled_unlike_any_earlier_set(name: str) -> None:
    """From the sixth set on, each receipt has a title of its own that no earlier set used."""
    def titles(t: dict[str, Any]) -> set[str]:
        return {d["title"] for d in t["documents"] if d["doc_type"] == "phieu_tiep_nhan"}

    earlier = set().union(*(titles(_truth(e)) for e in SETS[:SETS.index(name)]))
    truth = _truth(name)
    ours = titles(truth)
    assert len(ours) == len(truth["dossiers"])
    assert not ours & earlier


def test_page_ranges_are_counted_exactly(bench: ModuleType) -> None:
    assert bench.ranges([[0], [1, 2], [3]], offset=10) == [(10, 10), (11, 12), (13, 13)]
    truth = [(0, 0), (1, 2), (3, 5), (6, 6)]
    assert bench.range_accuracy(truth, [(0, 0), (1, 2), (3, 6)]) == (2, 4)
    assert bench.range_accuracy(truth, [(0, 6)]) == (0, 4)
    assert bench.range_accuracy(truth, truth) == (4, 4)


def test_a_dossier_s_procedure_counts_by_its_wording_and_by_its_id(bench: ModuleType) -> None:
    truth = {"documents": [{"pages": [0, 0], "fields": {}}, {"pages": [1, 1], "fields": {}}],
             "dossiers": [{"documents": [0, 0], "procedure": "Đăng ký kết hôn",
                           "procedure_id": "dang_ky_ket_hon"},
                          {"documents": [1, 1], "procedure": "Đăng ký khai tử cho ông A",
                           "procedure_id": "dang_ky_khai_tu"}]}
    run = bench.Run("test", [bench.Found("phieu_tiep_nhan", False, {"thu_tuc": "Đăng ký kết hôn"}),
                             bench.Found("phieu_tiep_nhan", False, {"thu_tuc": "Khai tử"})],
                    [(0, 0), (1, 1)])
    m = bench.measure(truth, run, ["phieu_tiep_nhan", "phieu_tiep_nhan"])
    assert (m["procedures_right"], m["procedure_ids"], m["with_ids"]) == (1, 2, 2)


def test_precision_recall_and_f1_of_a_field(bench: ModuleType) -> None:
    pairs = [({"ho_ten": "NGUYỄN VĂN A"}, {"ho_ten": "Nguyễn  Văn A."}),  # right
             ({"ho_ten": "Trần Thị B"}, {"ho_ten": "Trần Thị B Sinh"}),  # wrong: found, missed
             ({"ho_ten": "Lê C"}, {}),  # missed
             ({}, {"ho_ten": "Phạm D"})]  # found where nothing is printed
    s = bench.field_score("ho_ten", pairs)
    assert (s.right, s.found, s.expected) == (1, 3, 3)
    assert s.precision == pytest.approx(1 / 3) and s.recall == pytest.approx(1 / 3)
    assert s.f1 == pytest.approx(1 / 3)
    assert bench.field_score("ho_ten", [({}, {})]).f1 == 0.0


def test_dates_and_numbers_compare_in_one_form(bench: ModuleType) -> None:
    want = "2025-03-12"
    for found in ("2025-03-12", "12/03/2025", "12/3/2025", "12.3.2025", "12-03-2025",
                  "ngày 12 tháng 3 năm 2025"):
        assert bench.normalise("ngay_ban_hanh", found) == want
    assert bench.normalise("ngay_ban_hanh", "32/13/2025") is None
    assert bench.normalise("ngay_ban_hanh", "12.3/2025") is None  # one separator, not two
    assert bench.normalise("so_ky_hieu", "125/2025/ QĐ-UBND") == "125/2025/qđ-ubnd"
    assert bench.normalise("so_cccd", "033 165 797 879") == "033165797879"
    s = bench.field_score("ngay_ban_hanh", [({"ngay_ban_hanh": want},
                                             {"ngay_ban_hanh": "12/03/2025"})])
    assert (s.right, s.found, s.expected) == (1, 1, 1)


def test_the_expected_type_follows_the_taxonomy_it_runs_with(bench: ModuleType) -> None:
    taxonomy = [("phieu_tiep_nhan", ("phieu tiep nhan",)), ("hop_dong", ("hop dong",)),
                ("bien_lai_thu_phi", ("bien lai",)), ("don_de_nghi", ("to khai", "don de nghi"))]
    paper = {"label": "Bảng kê biên lai thu phí, lệ phí", "doc_type": "other"}
    assert bench.expected_type(paper, taxonomy) == "other"  # the head noun is "bảng kê"
    receipt = {"label": "Biên nhận hồ sơ", "doc_type": "phieu_tiep_nhan"}
    assert bench.expected_type(receipt, taxonomy) == "phieu_tiep_nhan"
    assert bench.expected_type(receipt, [*taxonomy, ("bien_nhan", ("bien nhan",))]) == \
        "bien_nhan"
    sale = {"label": "Hợp đồng chuyển nhượng quyền sử dụng đất", "doc_type": "hop_dong"}
    more = [*taxonomy, ("hop_dong_chuyen_nhuong", ("hop dong chuyen nhuong",))]
    assert bench.expected_type(sale, more) == "hop_dong_chuyen_nhuong"  # the longest wins
    birth = {"label": "Giấy chứng sinh", "doc_type": "other"}
    assert bench.expected_type(birth, taxonomy) == "other"
    assert bench.expected_type(birth, [("giay_chung_sinh", ("giay chung sinh",))]) == \
        "giay_chung_sinh"
    gone = {"label": "Giấy tiếp nhận hồ sơ", "doc_type": "phieu_tiep_nhan"}
    assert bench.expected_type(gone, [("hop_dong", ("hop dong",))]) == "other"


def test_the_baseline_reads_the_first_capital_line_with_a_pattern(bench: ModuleType) -> None:
    taxonomy = [("hop_dong", ("hop dong",)), ("quyet_dinh", ("quyet dinh",))]
    page = ("ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nQUYẾT ĐỊNH\n"
            "Về việc thanh lý hợp đồng\nSố: 12/QĐ-UBND ngày 05/02/2025")
    assert bench.baseline_type(page, taxonomy) == "quyet_dinh"
    assert bench.baseline_type("Điều 2. Hợp đồng có hiệu lực", taxonomy) is None
    fields = bench.baseline_fields(page + "\nHọ và tên: Lê Văn Hậu, sinh năm 1970\n"
                                   "Số tài khoản: 190312874456")
    assert fields["ngay_ban_hanh"] == "2025-02-05"
    assert fields["so_ky_hieu"] == "12/QĐ-UBND"
    assert fields["ho_ten"] == "Lê Văn Hậu"
    assert fields["so_cccd"] == "190312874456"
    assert fields["co_quan_ban_hanh"] == "ỦY BAN NHÂN DÂN"


def test_a_cached_page_reading_gives_back_the_layout_it_kept(bench: ModuleType) -> None:
    from ocr import PageText, Word
    from pipeline.pages import PageOutcome, page_layout, page_text

    words = (Word("GIẤY", 812, 410, 190, 58, 91.5, 3), Word("KHAI", 1020, 410, 170, 58, 88.0, 3),
             Word("Họ", 200, 620, 60, 32, 95.25, 4), Word("tên:", 268, 620, 82, 32, 93.0, 4))
    layout = PageText("tesseract", "5.3.0", "vie", 2480, 3508, 300.0, words)
    entry = bench.cache_entry(PageOutcome(0, "p.png", 1, text=layout), 1.234)
    back = bench.outcome_of(json.loads(json.dumps(entry, ensure_ascii=False)), "p.png")
    assert back.text == layout
    assert page_layout(back) == layout and page_text(back) == layout.text == "GIẤY KHAI\nHọ tên:"
    assert entry["seconds"] == 1.23 and back.error_code is None
    refused = bench.cache_entry(PageOutcome(1, "q.png", 1, error_code="too_dark"), 0.5)
    back = bench.outcome_of(json.loads(json.dumps(refused)))
    assert back.text is None and back.error_code == "too_dark" and page_layout(back) == ""
