"""The document taxonomy (classify/data/document_types.json): complete rows, one owner per
pattern, official titles classifying as their types, and a loader that names what is wrong."""

from __future__ import annotations

import json
from typing import Any

import pytest

from classify import load_rules
from classify.errors import ClassifyDataError
from classify.rules import KEY_FIELDS, KINDS, _parse_json, rules_from
from tests.conftest import SAMPLES


def test_every_type_is_complete_and_each_pattern_has_one_owner() -> None:
    rules = load_rules()
    assert len(rules.types) >= 40
    owners: dict[str, str] = {}
    for t in (*rules.types, rules.unknown):
        assert t.label and t.retention_class in rules.retention, t.id
        assert t.fields and set(t.fields) <= set(KEY_FIELDS), t.id
        assert t.kind in KINDS, t.id
        for p in t.patterns:
            assert p not in owners, f"{p!r} is a pattern of {owners[p]} and {t.id}"
            owners[p] = t.id
    assert all(t.patterns for t in rules.types)
    assert len({t.id for t in rules.types}) == len(rules.types)


def test_the_types_samples_and_results_use_are_kept() -> None:
    known = {t.id for t in load_rules().types}
    truths = [json.loads(p.read_text(encoding="utf-8")) for p in (SAMPLES / "truth").glob("*.json")]
    used = {d["type"] for t in truths for d in t["documents"]}
    results = json.loads((SAMPLES / "results" / "truth.json").read_text(encoding="utf-8"))
    used |= {r["doc_type"] for r in results["results"]}
    assert used and used <= known


def test_each_pattern_as_a_title_names_its_own_type() -> None:
    rules = load_rules()
    wrong = [(t.id, p, got) for t in rules.types for p in t.patterns
             if (got := rules.classify_page(p.upper()).doc_type) != t.id]
    assert not wrong


@pytest.mark.parametrize(("title", "doc_type"), [
    ("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "phieu_tiep_nhan"),
    ("BIÊN NHẬN HỒ SƠ", "phieu_tiep_nhan"),
    ("GIẤY BIÊN NHẬN", "phieu_tiep_nhan"),
    ("GIẤY CHỨNG NHẬN ĐĂNG KÝ KẾT HÔN", "giay_chung_nhan_ket_hon"),
    ("BẢN VẼ SƠ ĐỒ NHÀ Ở, ĐẤT Ở", "so_do_thua_dat"),
    ("GIẤY PHÉP DI DỜI CÔNG TRÌNH", "giay_phep"),
    ("GIẤY ĐỀ NGHỊ CẤP GIẤY PHÉP XÂY DỰNG", "don_de_nghi"),
    ("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "phieu_yeu_cau_bo_sung"),
    ("PHIẾU YÊU CẦU ĐĂNG KÝ BIỆN PHÁP BẢO ĐẢM", "don_de_nghi"),
    ("GIẤY ĐỀ NGHỊ ĐĂNG KÝ HỘ KINH DOANH", "don_de_nghi"),
    ("TỜ KHAI YÊU CẦU CẤP PHIẾU LÝ LỊCH TƯ PHÁP", "don_de_nghi"),
    ("PHIẾU LÝ LỊCH TƯ PHÁP SỐ 1", "phieu_ly_lich_tu_phap"),
    ("THẺ CĂN CƯỚC", "ban_sao_cccd"),
    ("GIẤY CHỨNG MINH NHÂN DÂN", "ban_sao_cmnd"),
    ("HỘ CHIẾU / PASSPORT", "ho_chieu"),
    ("GIẤY XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ", "giay_xac_nhan_cu_tru"),
    ("GIẤY CHỨNG SINH", "giay_chung_sinh"),
    ("GIẤY CHỨNG TỬ", "giay_chung_tu"),
    ("GIẤY BÁO TỬ", "giay_bao_tu"),
    ("GIẤY CHỨNG NHẬN KẾT HÔN", "giay_chung_nhan_ket_hon"),
    ("GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN", "giay_xac_nhan_tthn"),
    ("TỜ KHAI CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN", "don_de_nghi"),
    ("TRÍCH LỤC KHAI TỬ (BẢN SAO)", "trich_luc_ho_tich"),
    ("TRÍCH LỤC BẢN ĐỒ ĐỊA CHÍNH", "trich_luc_ban_do"),
    ("BẢN VẼ TÁCH THỬA ĐẤT, HỢP THỬA ĐẤT", "so_do_thua_dat"),
    ("HỢP ĐỒNG CHUYỂN NHƯỢNG QUYỀN SỬ DỤNG ĐẤT", "hop_dong"),
    ("HỢP ĐỒNG ỦY QUYỀN", "hop_dong"),
    ("VĂN BẢN THỎA THUẬN PHÂN CHIA DI SẢN THỪA KẾ", "van_ban_thua_ke"),
    ("ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP XÂY DỰNG", "don_de_nghi"),
    ("GIẤY PHÉP XÂY DỰNG SỐ 12/GPXD", "giay_phep_xay_dung"),
    ("BẢN VẼ THIẾT KẾ XÂY DỰNG", "ban_ve_thiet_ke"),
    ("GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP CÔNG TY TNHH", "gcn_dang_ky_doanh_nghiep"),
    ("GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH", "gcn_ho_kinh_doanh"),
    ("ĐIỀU LỆ\nCÔNG TY CỔ PHẦN AN PHÚ", "dieu_le"),
    ("THÔNG BÁO\nVề việc thay đổi nội dung đăng ký hộ kinh doanh", "thong_bao"),
    ("THÔNG BÁO NỘP TIỀN SỬ DỤNG ĐẤT", "thong_bao_nop_tien"),
    ("GIẤY NỘP TIỀN VÀO NGÂN SÁCH NHÀ NƯỚC", "giay_nop_tien_nsnn"),
    ("BIÊN LAI THU TIỀN PHÍ, LỆ PHÍ", "bien_lai_thu_phi"),
    ("BIÊN BẢN HỌP THÀNH VIÊN HỘ GIA ĐÌNH", "bien_ban"),
    ("TỜ TRÌNH\nVề việc cấp giấy chứng nhận", "to_trinh"),
    ("BẰNG TỐT NGHIỆP TRUNG HỌC PHỔ THÔNG", "bang_cap"),
    ("SỔ HỘ KHẨU", "so_ho_khau"),
    ("GIẤY XÁC NHẬN KHUYẾT TẬT", "giay_xac_nhan_khuyet_tat"),
    ("GIẤY KHÁM SỨC KHỎE", "giay_kham_suc_khoe"),
])
def test_official_titles_name_their_types(title: str, doc_type: str) -> None:
    header = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    assert load_rules().classify_page(header + title + "\nNội dung").doc_type == doc_type


def _data() -> tuple[dict[str, Any], dict[str, Any]]:
    return _parse_json("document_types.json"), _parse_json("retention_schedule.json")


@pytest.mark.parametrize(("change", "named"), [
    (lambda t: t.update(retention_class="vinh_vien"), "vinh_vien"),
    (lambda t: t.update(fields=["so_ho_so"]), "so_ho_so"),
    (lambda t: t.update(kind="nhan"), "kind"),
    (lambda t: t.pop("patterns"), "patterns"),
    (lambda t: t.update(patterns=["Quyết định"]), "quyet dinh"),
])
def test_the_loader_names_the_row_and_what_is_wrong(change: Any, named: str) -> None:
    types_doc, schedule = _data()
    row = next(t for t in types_doc["types"] if t["id"] == "giay_chung_sinh")
    change(row)
    with pytest.raises(ClassifyDataError) as err:
        rules_from(types_doc, schedule)
    assert "giay_chung_sinh" in err.value.message and named in err.value.message


def test_an_archivist_adds_a_type_without_code() -> None:
    types_doc, schedule = _data()
    types_doc["types"].insert(0, {
        "id": "giay_phep_lai_xe", "label": "Giấy phép lái xe", "patterns": ["giấy phép lái xe"],
        "retention_class": "ho_so_tthc", "fields": ["ho_ten", "so_ky_hieu"], "kind": "received"})
    rules = rules_from(types_doc, schedule)
    assert rules.classify_page("GIẤY PHÉP LÁI XE\nDRIVER'S LICENSE").doc_type == "giay_phep_lai_xe"
    assert rules.label("giay_phep_lai_xe") == "Giấy phép lái xe"
