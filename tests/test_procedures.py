"""Procedures as data (classify/data/procedures.json): the loader, finding a procedure from a
receipt's wording, and which required papers a dossier lacks."""

from __future__ import annotations

import json
from typing import Any

import pytest

from classify import (
    ClassifyDataError,
    Component,
    Procedure,
    extract_fields,
    load_procedures,
    load_rules,
    match_procedure,
    missing_components,
    procedure_for,
    procedure_for_code,
)
from classify.procedures import PURPOSE_ONLY, procedures_from
from pipeline.completeness import PROCEDURE_SURE
from tests.conftest import SAMPLES


def _truths() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8"))
            for p in sorted((SAMPLES / "truth").glob("*.json"))]


def test_procedures_are_complete_and_name_known_types() -> None:
    procedures = load_procedures()
    assert len(procedures) >= 30
    types = {t.id for t in load_rules().types}
    for p in procedures:
        assert p.name and p.match and p.legal_source, p.id
        assert all(t in types for c in p.components for t in c.types), p.id
        assert p.code is None  # no code was checked on the national portal
        if p.verified:
            assert p.item, p.id  # a verified row names the article it was read in
    assert len({p.id for p in procedures}) == len(procedures)
    assert sum(bool(p.required) for p in procedures) >= 30


def test_a_procedure_keeps_its_records_as_its_retention_class_says() -> None:
    rules = load_rules()
    for p in load_procedures():
        if p.retention_class is None:
            continue
        wanted = rules.retention[p.retention_class]
        got = rules.retention_for("khac", p.name)
        assert got.years is None if wanted.years is None else (
            got.years is None or got.years >= wanted.years), p.id


def test_every_sample_receipt_names_a_known_procedure() -> None:
    for truth in _truths():
        receipt = truth["pages"][truth["documents"][0]["pages"][0]]["text"]
        printed = extract_fields(receipt)["thu_tuc"]  # the first line of a wrapped name
        found = procedure_for(printed)
        assert found is not None and found == procedure_for(truth["procedure"]), printed


@pytest.mark.parametrize(("text", "procedure"), [
    ("Đăng ký khai sinh", "dang_ky_khai_sinh"),
    ("Đăng ký lại khai sinh", "dang_ky_lai_khai_sinh"),  # the longest wording wins
    ("DANG KY KET HON", "dang_ky_ket_hon"),
    ("Đăng ký thay đổi, cải chính hộ tịch cho người từ đủ 14 tuổi", "thay_doi_cai_chinh_ho_tich"),
    ("Xóa đăng ký thế chấp quyền sử dụng đất", "xoa_dang_ky_the_chap"),
    ("Đăng ký biến động đất đai do thừa kế quyền sử dụng đất", "thua_ke_qsdd"),
    ("Cấp Phiếu lý lịch tư pháp số 2", "cap_phieu_ly_lich_tu_phap"),
    ("Cấp giấy phép lái xe", None),
    ("", None),
])
def test_procedure_for_finds_the_procedure_a_wording_names(text: str, procedure: str | None
                                                          ) -> None:
    found = procedure_for(text)
    assert (found.id if found else None) == procedure


def test_a_wording_is_found_whole_at_full_confidence_and_a_glued_one_only_below_it() -> None:
    found = match_procedure("Đăng ký kết hôn")
    assert found is not None and found[0].id == "dang_ky_ket_hon" and found[1] == 1.0
    glued = match_procedure("Đăng ký kết hônnhân")  # no whole wording: only by overlap
    assert glued is None or glued[1] < 1.0


@pytest.mark.parametrize(("text", "procedure"), [
    # the provincial centre's other procedures, with the abbreviations counters print
    ("Đổi GPLX hạng B2", "doi_gplx"),
    ("Cấp lại giấy phép lái xe do bị mất", "cap_lai_gplx"),
    ("Giải quyết hưởng TCTN", "tro_cap_that_nghiep"),
    ("Hưởng BHXH một lần", "bhxh_mot_lan"),
    ("Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", "ban_sao_van_bang"),
    ("Chứng thực bản sao văn bằng", "chung_thuc_ban_sao"),  # a certified copy, not from the book
    ("Cấp GPLĐ cho người lao động nước ngoài", "giay_phep_lao_dong"),
    ("Đăng ký việc nuôi con nuôi trong nước", "nuoi_con_nuoi"),
    ("Đăng ký khai sinh có yếu tố nước ngoài", "khai_sinh_yeu_to_nuoc_ngoai"),  # longest wins
    ("Ghi chú kết hôn", "ghi_chu_ket_hon"),
    ("Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ em dưới 6 tuổi",
     "lien_thong_khai_sinh"),  # not "đăng ký khai sinh", nor "đăng ký thường trú"
    ("Đăng ký khai tử, xóa đăng ký thường trú, hỗ trợ chi phí mai táng", "lien_thong_khai_tu"),
    ("Tạm ngừng HKD", "tam_ngung_ho_kinh_doanh"),
    ("Chấm dứt hoạt động hộ kinh doanh", "cham_dut_ho_kinh_doanh"),
    ("Thành lập HTX nông nghiệp", "thanh_lap_hop_tac_xa"),
    ("Cấp giấy chứng nhận cơ sở đủ điều kiện ATTP", "attp"),
    ("Cấp chứng chỉ hành nghề dược", "chung_chi_hanh_nghe_duoc"),
    ("Đổi bằng lái B2 ngành GTVT cấp sang GPLX hạng B", "doi_gplx"),  # a clerk's words
    ("Cha nhận con chung (con đã có khai sinh)", "nhan_cha_me_con"),
    ("Hưởng BHXH 1 lần - ra nước ngoài định cư", "bhxh_mot_lan"),
    ("Cấp mới GPLĐ - chuyên gia", "giay_phep_lao_dong"),
    ("Đăng ký khai sinh", "dang_ky_khai_sinh"),  # the plain ones keep their own
    ("Đăng ký thường trú", "dang_ky_thuong_tru"),
])
def test_the_centres_other_procedures_are_found_by_their_wordings(text: str,
                                                                  procedure: str) -> None:
    found = match_procedure(text)
    assert found is not None and (found[0].id, found[1]) == (procedure, 1.0)


def test_every_procedure_s_name_and_wordings_find_it() -> None:
    for p in load_procedures():
        assert procedure_for(p.name) == p, p.id
        assert all(procedure_for(w) == p for w in p.match), p.id


@pytest.mark.parametrize(("text", "procedure", "confidence"), [
    ("Xin cấp giấy xác nhận độc thân để đăng ký kết hôn", "xac_nhan_tinh_trang_hon_nhan", 1.0),
    ("Chứng thực bản sao CCCD phục vụ việc đăng ký kết hôn", "chung_thuc_ban_sao", 1.0),
    ("Để đăng ký kết hôn", "dang_ky_ket_hon", 1.0),  # nothing before: the procedure itself
    ("Xin giấy tờ để đăng ký kết hôn", "dang_ky_ket_hon", PURPOSE_ONLY),  # ask the clerk
])
def test_what_a_procedure_is_asked_for_is_not_the_procedure(text: str, procedure: str,
                                                            confidence: float) -> None:
    found = match_procedure(text)
    assert found is not None and (found[0].id, found[1]) == (procedure, confidence)
    assert PURPOSE_ONLY < PROCEDURE_SURE  # a procedure named only as the purpose is flagged


@pytest.mark.parametrize(("text", "procedure"), [
    # receipts that name the procedure in their own words
    ("Xin phép xây dựng nhà ở", "gpxd_nha_o_rieng_le"),
    ("Khai tử cho cha", "dang_ky_khai_tu"),
    ("Khai sinh cho con", "dang_ky_khai_sinh"),
    ("Đăng ký lại việc sinh", "dang_ky_lai_khai_sinh"),
    ("Chuyển nhượng đất", "chuyen_nhuong_qsdd"),
    ("Làm lại thẻ BHYT bị mất", "cap_the_bhyt"),
    ("Hỗ trợ tiền mai táng", "ho_tro_mai_tang"),
    ("Đề nghị hỗ trợ tiền mai táng cho người cao tuổi", "ho_tro_mai_tang"),
    ("Đăng ký biến động QSDĐ do nhận thừa kế", "thua_ke_qsdd"),
    ("Cấp phiếu LLTP số 1", "cap_phieu_ly_lich_tu_phap"),
    ("Rút BHXH 1 lần", "bhxh_mot_lan"),
    ("Đổi bằng lái", "doi_gplx"),
    ("Nhận nuôi con nuôi", "nuoi_con_nuoi"),
    # and wordings that name none of the procedures
    ("Đăng ký giấy phép kinh doanh rượu", None),
    ("Đăng ký xe máy", None),
    ("Nộp thuế đất", None),
    ("Thủ tục hành chính", None),
])
def test_a_procedure_in_a_receipts_own_words_is_found_by_overlap(text: str,
                                                                  procedure: str | None) -> None:
    found = match_procedure(text)
    assert (found[0].id if found else None) == procedure
    if found is not None:
        assert 0.6 <= found[1] <= 1.0


@pytest.mark.parametrize(("text", "procedure"), [
    ("PHIẾU NHẬN HỒ SƠ\nLoại hồ sơ: Khai tử cho cha\nNgười nộp: Lê Văn An", "Khai tử cho cha"),
    ("Yêu cầu giải quyết: Xin phép xây dựng nhà ở\nSố bộ hồ sơ: 01", "Xin phép xây dựng nhà ở"),
    ("Về việc: Đăng ký biến động QSDĐ do nhận thừa kế", "Đăng ký biến động QSDĐ do nhận thừa kế"),
    ("Loại hồ sơ  Cấp phiếu LLTP số 1\nNgày hẹn trả  20/5/2025", "Cấp phiếu LLTP số 1"),
    # a "Thủ tục" line wins over the other labels
    ("Loại hồ sơ: Hộ tịch\nThủ tục: Đăng ký khai sinh", "Đăng ký khai sinh"),
])
def test_the_receipts_procedure_is_read_under_the_labels_receipts_print(text: str,
                                                                        procedure: str) -> None:
    assert extract_fields(text)["thu_tuc"] == procedure


def _procedure(*components: Component, code: str | None = None) -> Procedure:
    return Procedure("thu", "Thủ tục thử", ("thu tuc thu",), components, "không", False, code)


def test_a_receipt_code_finds_a_procedure_only_when_the_data_gives_it() -> None:
    with_code = _procedure(code="1.000001")
    assert procedure_for_code("1.000001", [with_code]) is with_code
    assert procedure_for_code("1.000002", [with_code]) is None
    assert procedure_for_code("1.001193") is None  # the packaged data gives no code yet


def test_missing_components_lists_required_papers_no_document_provides() -> None:
    form = Component("don_de_nghi", "Tờ khai", True)
    birth = Component("giay_chung_sinh", "Giấy chứng sinh", True, alternatives=("giay_cam_doan",))
    proxy = Component("giay_uy_quyen", "Giấy ủy quyền", False)
    p = _procedure(form, birth, proxy)
    assert missing_components(p, []) == [form, birth]
    assert missing_components(p, ["don_de_nghi", "giay_chung_sinh"]) == []
    assert missing_components(p, ["giay_cam_doan", "don_de_nghi"]) == []  # a stand-in
    assert missing_components(p, ["don_de_nghi", "ban_sao_cccd"]) == [birth]  # optional ignored


def test_one_document_provides_one_component() -> None:
    first = Component("don_de_nghi", "Đơn đăng ký biến động", True)
    second = Component("don_de_nghi", "Tờ khai lệ phí trước bạ", True)
    notice = Component("thong_bao", "Thông báo thay đổi", True, alternatives=("don_de_nghi",))
    assert missing_components(_procedure(first, second), ["don_de_nghi"]) == [second]
    assert missing_components(_procedure(first, second), ["don_de_nghi"] * 2) == []
    # a document of its own type is used before a stand-in
    assert missing_components(_procedure(notice, first), ["don_de_nghi", "thong_bao"]) == []
    assert missing_components(_procedure(notice, first), ["don_de_nghi"]) == [notice]


def test_the_sample_dossiers_lack_what_their_truth_says() -> None:
    lacking = 0
    for truth in _truths():
        procedure = procedure_for(truth["procedure"])
        assert procedure is not None
        missing = missing_components(procedure, [d["type"] for d in truth["documents"]])
        assert [c.type for c in missing] == truth["missing"], truth["receipt_code"]
        lacking += bool(missing)
    assert lacking >= 1


def _doc() -> dict[str, Any]:
    from importlib import resources

    raw = resources.files("classify").joinpath("data", "procedures.json").read_text("utf-8")
    return json.loads(raw)  # type: ignore[no-any-return]


@pytest.mark.parametrize(("change", "named"), [
    (lambda p: p["components"][0].update(type="giay_khai_thac"), "giay_khai_thac"),
    (lambda p: p["components"][1].update(alternatives=["bien_nhan"]), "bien_nhan"),
    (lambda p: p.update(retention_class="mai_mai"), "mai_mai"),
    (lambda p: p.pop("legal_source"), "legal_source"),
    (lambda p: p.update(verified="yes"), "verified"),
    (lambda p: p["components"][0].update(copies=0), "copies"),
    (lambda p: p["match"].append("Đăng ký kết hôn"), "dang_ky_ket_hon"),
])
def test_the_loader_names_the_procedure_and_what_is_wrong(change: Any, named: str) -> None:
    doc = _doc()
    entry = next(p for p in doc["procedures"] if p["id"] == "dang_ky_khai_sinh")
    change(entry)
    with pytest.raises(ClassifyDataError) as err:
        procedures_from(doc)
    assert "dang_ky_khai_sinh" in err.value.message and named in err.value.message
