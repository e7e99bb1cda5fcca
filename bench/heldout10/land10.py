"""One dossier of the tenth held-apart set: a couple join two plots of theirs into one
(phường Cam Ranh, Khánh Hòa). Their receipt, from the province's service centre (TTPVHCC),
prints the national procedure code and lists the papers in a check table; the application
gives the husband's number in typed boxes; the two certificates are of 2011 (the town's
people's committee) and 2021 (the province's Sở TN&MT); a surveying company's cadastral
extract draws the joined plot."""

from __future__ import annotations

from datetime import date

from page10 import (
    Dossier,
    L,
    Maker,
    Page,
    Paper,
    boxes,
    chip_card,
    motto,
    rows,
    sign_both,
    sign_right,
    signer,
    stamp,
    title,
    words,
)


def _parcel(p: Page, top: float, pts: list[tuple[float, float]], label: str) -> None:
    """A plot's outline at ``top`` mm, its number inside (not recorded)."""
    p.draw.polygon([(p.px(x), p.px(top + y)) for x, y in pts], outline=(0, 0, 0), width=3)
    cx = sum(x for x, _ in pts) / len(pts)
    cy = sum(y for _, y in pts) / len(pts)
    p.put(cx - 4.0, top + cy, label, "b", 12.0, record=False)


def join_plots(mk: Maker) -> Dossier:
    """Hợp thửa đất (Cam Ranh): the receipt, the application (2 p.), the 2011 and 2021
    certificates, the cadastral extract of the joined plot (300 dpi) and the husband's card."""
    him = mk.person("Lê Văn Phúc", "1972-04-09", True, "056",
                    "tổ dân phố Nghĩa Cam, phường Cam Ranh, tỉnh Khánh Hòa")
    wife = mk.person("Nguyễn Thị Kim Sa", "1975-09-30", False, "056", him.home)
    code = "000.00.04.H34-260408-2093"
    procedure = "Hợp thửa đất: thửa 412 và thửa 413, tờ bản đồ số 36 (cùng chủ sử dụng)"
    p = mk.page("san", 10.0, (16.0, 194.0), 12.0)
    p.pair([L("UBND TỈNH KHÁNH HÒA", "r", 10.0), L("TTPVHCC TỈNH KHÁNH HÒA", "b", 10.0),
            L("Chi nhánh Cam Ranh", "r", 10.0, rule=18.0)],
           [L("Mã hồ sơ:", "r", 9.0), L(code, "b", 11.0)], (12.0, 92.0), (104.0, 170.0))
    p.qr(code, 176.0, 14.0, 18.0)
    p.gap(3.0)
    head = title(p, "PHIẾU GIAO NHẬN HỒ SƠ ĐẤT ĐAI\nVÀ HẸN NGÀY TRẢ", 13.0)
    p.line(f"Mã hồ sơ: {code}", "r", 9.5, align="c")
    p.line("Lĩnh vực: Đất đai (TN&MT)     Mã TTHC: 1.004203", "r", 10.0)
    rows(p, [f"Nội dung: {procedure}",
             f"Người nộp: {him.name}     Số CCCD: {him.cccd}",
             f"Cùng người sử dụng đất: bà {wife.name} (vợ), CCCD {wife.cccd}",
             f"Địa chỉ: {him.home}"])
    p.table([12.0, 104.0, 20.0, 20.0, 22.0],
            [["TT", "Thành phần hồ sơ", "Bản chính", "Bản sao", "Đã nhận"],
             ["1", "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu 11/ĐK)",
              "01", "", "[x]"],
             ["2", "Giấy chứng nhận thửa 412 (số phát hành BĐ 627419)", "01", "", "[x]"],
             ["3", "Giấy chứng nhận thửa 413 (số phát hành DA 03185)", "01", "", "[x]"],
             ["4", "Mảnh trích đo địa chính thửa đất sau hợp thửa", "01", "", "[x]"],
             ["5", "Thẻ căn cước công dân người nộp", "", "01", "[x]"]],
            aligns="clccc", pt=9.5)
    rows(p, ["Ngày nhận: 08/04/2026, 10:16     Ngày hẹn trả: 22/04/2026",
             "Chuyển xử lý: Chi nhánh VPĐK đất đai Cam Ranh (Sở NN&MT)",
             "Phí thẩm định hồ sơ: theo Nghị quyết số 12/2025/NQ-HĐND ngày 10/7/2025 của "
             "HĐND tỉnh"], pt=9.5)
    sign_both(p, signer(["NGƯỜI NỘP"], him.name, space=11.0, pt=10.0),
              signer(["NGƯỜI NHẬN"], "Phạm Thị Ái Vân", space=11.0, pt=10.0))
    receipt = Paper("phieu_tiep_nhan", "Phiếu giao nhận hồ sơ", "phieu_giao_nhan_mau_tthc",
                    [p], {"thu_tuc": procedure, "ho_ten": him.name, "so_cccd": him.cccd,
                          "ngay_ban_hanh": "2026-04-08",
                          "co_quan_ban_hanh": "TTPVHCC TỈNH KHÁNH HÒA"},
                    head)

    f = mk.page("dis", 11.0, (20.0, 192.0), 12.0)
    f.line("Mẫu số 11/ĐK", "b", 10.0, align="r")
    motto(f, 11.5)
    head = title(f, "ĐƠN ĐĂNG KÝ BIẾN ĐỘNG ĐẤT ĐAI,\nTÀI SẢN GẮN LIỀN VỚI ĐẤT", 13.5)
    f.line("Kính gửi: Chi nhánh Văn phòng đăng ký đất đai Cam Ranh", "r", 11.0, align="c")
    f.head("I. PHẦN KÊ KHAI CỦA NGƯỜI ĐĂNG KÝ")
    rows(f, [f"1. Người sử dụng đất: ông {him.upper}, sinh năm 1972"])
    boxes(f, "Số định danh cá nhân:", him.cccd)
    rows(f, [f"và vợ: bà {wife.upper}, sinh năm 1975, số định danh {wife.cccd}",
             f"Địa chỉ: {him.home}",
             "2. Giấy chứng nhận đã cấp:",
             "   - số phát hành BĐ 627419, số vào sổ H 01128, cấp ngày 16/5/2011",
             "   - số phát hành DA 03185, số vào sổ CS 08274, cấp ngày 04/8/2021",
             "3. Nội dung biến động: hợp thửa đất số 412 (diện tích 96,0 m2) và thửa đất số "
             "413 (diện tích 84,5 m2), tờ bản đồ số 36, thành một thửa diện tích 180,5 m2",
             "4. Lý do biến động: xây dựng nhà ở trên toàn bộ diện tích hai thửa liền kề"])
    f2 = mk.page("dis", 11.0, (20.0, 192.0), 14.0)
    rows(f2, ["5. Tình hình thực hiện nghĩa vụ tài chính: đã hoàn thành",
              "6. Giấy tờ nộp kèm: 02 Giấy chứng nhận (bản gốc), mảnh trích đo địa chính số "
              "87/TĐ-2026",
              "7. Đề nghị cấp một Giấy chứng nhận mới cho thửa đất sau hợp thửa: [x] Có",
              "Tôi cam đoan nội dung kê khai trên đơn là đúng sự thật, nếu sai tôi hoàn toàn "
              "chịu trách nhiệm trước pháp luật."])
    f2.line(f"Cam Ranh, {words(date(2026, 4, 6))}", "i", 11.0, align="r")
    sign_both(f2, signer(["NGƯỜI VIẾT ĐƠN"], him.name, space=14.0, pt=11.0),
              signer(["VỢ (CÙNG KÝ)"], wife.name, space=14.0, pt=11.0))
    f2.gap(4.0)
    f2.head("II. XÁC NHẬN CỦA CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI")
    f2.p(". " * 60, indent=0.0)
    form = Paper("don_de_nghi", "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất",
                 "don_hop_thua_o_so", [f, f2],
                 {"ho_ten": him.upper, "so_cccd": him.cccd, "ngay_ban_hanh": "2026-04-06"}, head)

    g = mk.page("ser", 11.5, (24.0, 188.0), 18.0)
    g.frame()
    motto(g, 12.0)
    head = title(g, "GIẤY CHỨNG NHẬN\nQUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở\nVÀ TÀI SẢN KHÁC "
                 "GẮN LIỀN VỚI ĐẤT", 13.5)
    g.line("BĐ 627419", "b", 14.0, align="c")
    g.head("1. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất")
    rows(g, [f"Ông: {him.upper}, năm sinh: 1972, CMND số: 225071846",
             f"Bà: {wife.upper}, năm sinh: 1975, CMND số: 225139470",
             "Địa chỉ thường trú: tổ dân phố Nghĩa Cam, phường Cam Nghĩa, thị xã Cam Ranh"],
         indent=4.0)
    g.head("2. Thửa đất")
    rows(g, ["a) Thửa đất số: 412, tờ bản đồ số: 36; b) Diện tích: 96,0 m2",
             "c) Mục đích sử dụng: đất ở tại đô thị; d) Thời hạn: lâu dài",
             "đ) Nguồn gốc sử dụng: nhận chuyển nhượng đất được công nhận QSDĐ"], indent=4.0)
    g.line(f"Cam Ranh, {words(date(2011, 5, 16))}", "i", 11.5, align="r")
    sign_right(g, signer(["TM. ỦY BAN NHÂN DÂN", "THỊ XÃ CAM RANH", "KT. CHỦ TỊCH",
                          "PHÓ CHỦ TỊCH"],
                         "Trần Ngọc Sơn", space=14.0, pt=11.0), seal=True)
    g.line("Số vào sổ cấp GCN: H 01128", "r", 10.5)
    cert1 = Paper("giay_chung_nhan_qsdd", "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu "
                  "nhà ở và tài sản khác gắn liền với đất", "gcn_2011_ubnd_thi_xa", [g],
                  {"ho_ten": him.upper, "so_ky_hieu": "BĐ 627419", "ngay_ban_hanh": "2011-05-16",
                   "co_quan_ban_hanh": "ỦY BAN NHÂN DÂN THỊ XÃ CAM RANH"}, head)

    k = mk.page("ser", 11.5, (24.0, 188.0), 18.0)
    k.frame()
    motto(k, 12.0)
    head = title(k, "GIẤY CHỨNG NHẬN\nQUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN\nGẮN LIỀN VỚI "
                 "ĐẤT", 13.5)
    k.line("DA 03185", "b", 14.0, align="c")
    k.head("I. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất")
    rows(k, [f"Ông {him.upper}, CCCD số {him.cccd}",
             f"và vợ bà {wife.upper}, CCCD số {wife.cccd}",
             "Địa chỉ: tổ dân phố Nghĩa Cam, phường Cam Nghĩa, thành phố Cam Ranh"],
         indent=4.0)
    k.head("II. Thửa đất, tài sản gắn liền với đất")
    rows(k, ["Thửa đất số 413; tờ bản đồ số 36; diện tích 84,5 m2 (tám mươi bốn phẩy năm)",
             "Mục đích: đất ở tại đô thị; thời hạn: lâu dài",
             "Nguồn gốc: nhận tặng cho đất được công nhận quyền sử dụng đất"], indent=4.0)
    k.line(f"Khánh Hòa, {words(date(2021, 8, 4), pad=True)}", "i", 11.5, align="r")
    sign_right(k, signer(["SỞ TN&MT TỈNH KHÁNH HÒA", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
                         "Võ Tấn Thái", space=14.0, pt=11.0), seal=True)
    k.line("Số vào sổ cấp GCN: CS 08274", "r", 10.5)
    k2 = mk.page("ser", 11.0, (24.0, 188.0), 18.0)
    k2.head("III. Sơ đồ thửa đất")
    top = k2.y + 2.0
    k2.rect((60.0, 150.0, top, top + 60.0), width=0.3)
    _parcel(k2, top, [(76.0, 10.0), (132.0, 8.0), (134.0, 50.0), (78.0, 52.0)], "413")
    k2.y = top + 66.0
    k2.head("IV. Những thay đổi sau khi cấp Giấy chứng nhận")
    k2.table([40.0, 124.0], [["Ngày", "Nội dung thay đổi và cơ sở pháp lý"],
                             ["(trống)", "(trống)"]], aligns="cl", pt=10.5)
    stamp(k2, ["VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", "ĐÃ TIẾP NHẬN HỒ SƠ HỢP THỬA", "Ngày 08/4/2026"],
          100.0, 220.0)
    cert2 = Paper("giay_chung_nhan_qsdd", "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu "
                  "tài sản gắn liền với đất", "gcn_2021_so_tnmt", [k, k2],
                  {"ho_ten": him.upper, "so_cccd": him.cccd, "so_ky_hieu": "DA 03185",
                   "ngay_ban_hanh": "2021-08-04",
                   "co_quan_ban_hanh": "SỞ TN&MT TỈNH KHÁNH HÒA"}, head)

    t = mk.page("san", 9.5, (14.0, 196.0), 12.0, dpi=300)
    t.pair([L("CÔNG TY TNHH ĐO ĐẠC ĐỊA CHÍNH BA NGÒI", "b", 9.5),
            L("Số: 87/TĐ-2026", "r", 9.5)],
           [L("Tờ bản đồ số 36 - phường Cam Ranh", "r", 9.5),
            L("Tỷ lệ 1:200", "r", 9.5)], (10.0, 110.0), (120.0, 200.0))
    head = title(t, "MẢNH TRÍCH ĐO ĐỊA CHÍNH THỬA ĐẤT", 13.0, ("(hợp thửa 412 và 413)",))
    top = t.y + 2.0
    t.rect((30.0, 180.0, top, top + 90.0), width=0.3)
    _parcel(t, top, [(50.0, 14.0), (104.0, 12.0), (106.0, 76.0), (52.0, 78.0)], "412")
    _parcel(t, top, [(104.0, 12.0), (158.0, 14.0), (156.0, 74.0), (106.0, 76.0)], "413")
    t.y = top + 94.0
    t.table([30.0, 40.0, 40.0, 40.0, 32.0],
            [["Điểm", "X (m)", "Y (m)", "Cạnh (m)", "Ghi chú"],
             ["1", "1311428,16", "582017,42", "10,02", "mốc bê tông"],
             ["2", "1311438,11", "582018,06", "18,04", "tường rào"],
             ["3", "1311437,02", "582036,08", "10,01", "tường rào"],
             ["4", "1311427,03", "582035,51", "18,03", "mốc sơn"]], aligns="ccccl", pt=9.0)
    rows(t, [f"Người sử dụng đất: {him.name} và {wife.name}",
             "Thửa mới: số 592, diện tích 180,5 m2, đất ở tại đô thị (ODT)",
             "Trích đo theo hệ tọa độ VN-2000, kinh tuyến trục 108°15', múi chiếu 3°"], pt=9.5)
    t.line(f"Cam Ranh, {words(date(2026, 3, 27))}", "i", 9.5, align="r")
    sign_both(t, signer(["NGƯỜI SỬ DỤNG ĐẤT"], him.name, space=10.0, pt=9.5),
              signer(["GIÁM ĐỐC"], "Hồ Sĩ Nguyên", space=10.0, pt=9.5), seal="right")
    extract = Paper("trich_luc_ban_do", "Mảnh trích đo địa chính", "manh_trich_do_hop_thua",
                    [t], {"so_ky_hieu": "87/TĐ-2026", "ngay_ban_hanh": "2026-03-27",
                          "ho_ten": him.name,
                          "co_quan_ban_hanh": "CÔNG TY TNHH ĐO ĐẠC ĐỊA CHÍNH BA NGÒI"}, head)
    card = chip_card(mk, him, issued=date(2021, 6, 12), home="TDP Nghĩa Cam, Cam Nghĩa, Cam "
                     "Ranh, Khánh Hòa", origin="Cam Lâm, Khánh Hòa", kind="cccd_cam_ranh")
    return Dossier(code, procedure, [], [receipt, form, cert1, cert2, extract, card])
