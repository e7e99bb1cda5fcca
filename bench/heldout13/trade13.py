"""Two dossiers of the thirteenth held-apart set: a foundation company asks for a work permit for
its Filipino engineer (Bắc Ninh), its appointment slip with a queue number, a cut line and a
stub, the criminal record still to come from abroad; a tailor closes her household business
(phường Thuận Hóa, Huế), her receipt a narrow ticket printed by the ward's kiosk."""

from __future__ import annotations

from page13 import (
    Dossier,
    G,
    L,
    Maker,
    Paper,
    box_stamp,
    continued,
    dmy,
    header,
    id_card,
    motto,
    oval_stamp,
    rows,
    sign_both,
    sign_right,
    signer,
    title,
)

FIRM = "CÔNG TY TNHH KỸ THUẬT NỀN MÓNG KINH BẮC"
WORKER = "JOEL ROSARIO MANALO"


def work_permit(mk: Maker) -> Dossier:
    """Cấp giấy phép lao động (Bắc Ninh): the appointment slip, the company's request, the
    health certificate (colour), the degree with its translation (2 p.) and the passport
    (photocopied); the criminal record is missing."""
    clerk = mk.person("Đỗ Thị Hồng Nhung", "1991-02-08", False, "027",
                      "khu phố Đông Xuyên, phường Kinh Bắc, tỉnh Bắc Ninh")
    code = "000.00.18.H06-260310-0352"
    procedure = "Cấp mới GPLĐ - chuyên gia (kỹ sư địa kỹ thuật, quốc tịch Philippines)"
    missing = ("Phiếu lý lịch tư pháp hoặc văn bản xác nhận không phải người đang chấp hành "
               "án, chưa được xóa án tích")
    p = mk.page("ct", 10.0, (14.0, 196.0), 12.0)
    top = p.y
    p.rect((14.0, 50.0, top, top + 24.0), width=0.6)
    p.put(18.0, top + 7.0, "SỐ THỨ TỰ", "b", 9.0, record=False)
    p.put(19.0, top + 19.0, "0241", "b", 22.0, record=False)
    p.lines.append("SỐ THỨ TỰ 0241")
    p.block([L("SỞ NỘI VỤ TỈNH BẮC NINH", "b", 10.5),
             L("Quầy lao động - việc làm, Trung tâm Phục vụ hành chính công", "r", 9.0)],
            56.0, 196.0)
    head = "GIẤY HẸN NHẬN GIẤY PHÉP LAO ĐỘNG"
    p.line(head, "b", 13.5, align="c", x0=56.0, x1=196.0)
    p.y = max(p.y, top + 28.0)
    rows(p, [f"Mã hồ sơ: {code}",
             f"1. Người nộp: {clerk.upper} - nhân viên nhân sự, {FIRM}",
             f"2. Số định danh cá nhân: {clerk.cccd}     Điện thoại: {clerk.phone}",
             f"3. Người lao động: {WORKER}, hộ chiếu Philippines số P4817263B",
             "4. Hồ sơ:", procedure], pt=10.0)
    p.table([12.0, 126.0, 44.0],
            [["TT", "Giấy tờ", "Tình trạng"],
             ["1", "Văn bản đề nghị của người sử dụng lao động (Mẫu số 11)", "có"],
             ["2", "Giấy chứng nhận sức khỏe (trong 12 tháng)", "có"],
             ["3", "Phiếu lý lịch tư pháp (hợp pháp hóa lãnh sự, dịch)", "chưa có"],
             ["4", "Văn bằng và bản dịch có chứng thực", "có"],
             ["5", "Bản sao hộ chiếu", "có"]], aligns="clc", pt=9.5)
    p.field("Chưa có: Phiếu lý lịch tư pháp - nộp trước ngày hẹn; quá hạn, hồ sơ bị trả lại.",
            style="b", pt=10.0)
    p.right("Bắc Ninh, ngày 10/3/2026", "i", 10.0)
    sign_right(p, signer(["NGƯỜI NHẬN HỒ SƠ"], "Ngô Quang Thiều", space=10.0, pt=10.0))
    y = p.y + 3.0
    for x in range(14, 196, 4):
        p.hline(float(x), x + 2.0, y, 0.3)
    p.y = y + 3.0
    p.line("Phần lưu tại quầy - cắt theo đường gạch", "i", 8.5)
    p.field(f"Mã hồ sơ {code} - hẹn trả 17/03/2026 - {WORKER}", pt=8.5)
    receipt = Paper("phieu_tiep_nhan", "Giấy hẹn", "giay_hen_gpld_so_thu_tu_cuong", [p],
                    {"thu_tuc": procedure, "ho_ten": clerk.upper, "so_cccd": clerk.cccd,
                     "ngay_ban_hanh": "2026-03-10", "co_quan_ban_hanh": "SỞ NỘI VỤ TỈNH BẮC NINH"},
                    head)

    a = mk.page("ct", 10.5, (20.0, 192.0), 14.0)
    header(a, ["CÔNG TY TNHH KỸ THUẬT", "NỀN MÓNG KINH BẮC"], "86/2026/ĐN-KB",
           "Bắc Ninh, ngày 05 tháng 3 năm 2026", pt=10.0, parents=0,
           about=["V/v đề nghị cấp giấy phép lao động"])
    head = title(a, "VĂN BẢN ĐỀ NGHỊ\nCẤP GIẤY PHÉP LAO ĐỘNG", 13.5)
    a.center("Kính gửi: Sở Nội vụ tỉnh Bắc Ninh", "r", 10.5)
    rows(a, [f"1. Tên doanh nghiệp: {FIRM}; mã số doanh nghiệp 2301187634",
             "2. Địa chỉ: lô C7, Khu công nghiệp Quế Võ, phường Quế Võ, tỉnh Bắc Ninh",
             "3. Văn bản chấp thuận nhu cầu sử dụng người lao động nước ngoài số 412/SNV-VL "
             "ngày 20/01/2026",
             f"4. Người lao động: {WORKER}; giới tính Nam; sinh ngày 03/11/1987; quốc tịch "
             "Philippines; hộ chiếu số P4817263B",
             "5. Vị trí: chuyên gia - kỹ sư địa kỹ thuật; thời hạn làm việc từ 01/4/2026 đến "
             "31/3/2028",
             "6. Địa điểm làm việc: các công trình của công ty tại tỉnh Bắc Ninh"], pt=10.5)
    a.p("Công ty cam kết chịu trách nhiệm về tính chính xác của hồ sơ và thực hiện đúng Bộ "
        "luật Lao động ngày 20 tháng 11 năm 2019.", pt=10.5, align="j")
    sign_both(a, [L("Nơi nhận:", "bi", 10.0, align="l"), L("- Như trên;", "r", 9.5, align="l"),
                  L("- Lưu: HC-NS.", "r", 9.5, align="l")],
              signer(["GIÁM ĐỐC"], "Trịnh Văn Khải", space=15.0, pt=10.5), seal="right")
    ask = Paper("don_de_nghi", "Văn bản đề nghị cấp giấy phép lao động", "van_ban_de_nghi_gpld_ct",
                [a], {"so_ky_hieu": "86/2026/ĐN-KB", "ho_ten": WORKER,
                      "ngay_ban_hanh": "2026-03-05", "co_quan_ban_hanh": FIRM}, head)

    h = mk.page("ct", 10.5, (20.0, 192.0), 14.0, color=True)
    h.rect((10.0, 200.0, 10.0, 30.0), outline=None, fill=(200, 225, 240))
    h.block([L("BỆNH VIỆN QUỐC TẾ KINH BẮC", "b", 12.0),
             L("Khoa Khám sức khỏe - Hotline 0222 3 864 771", "r", 9.0)], 20.0, 192.0)
    h.line("Số: 0915/GCNSK-QT", "r", 10.0, align="r")
    h.gap(3.0)
    head = title(h, "GIẤY CHỨNG NHẬN SỨC KHỎE", 15.0, ("(cho người lao động nước ngoài)",))
    rows(h, [f"Họ và tên: {WORKER}     Giới tính: Nam",
             "Ngày sinh: 03/11/1987     Quốc tịch: Philippines     Hộ chiếu: P4817263B",
             "Khám ngày: 24/02/2026"], pt=10.5)
    h.table([60.0, 112.0],
            [["Nội dung khám", "Kết quả"],
             ["Thể lực", "Cao 171 cm, nặng 74 kg, huyết áp 122/80 mmHg"],
             ["Nội, ngoại, mắt, tai mũi họng", "Bình thường"],
             ["X-quang tim phổi", "Không thấy tổn thương"],
             ["Xét nghiệm máu, nước tiểu", "Trong giới hạn bình thường"],
             ["Ma túy (test nhanh)", "Âm tính"]], aligns="ll", pt=10.0)
    h.field("Kết luận: Đủ sức khỏe làm việc (loại I).", style="b", pt=10.5)
    h.right("Bắc Ninh, ngày 25 tháng 02 năm 2026", "i", 10.5)
    sign_right(h, signer(["GIÁM ĐỐC"], "TS.BS. Phan Huy Cận", space=14.0, pt=10.5), seal=True)
    health = Paper("giay_kham_suc_khoe", "Giấy chứng nhận sức khỏe", "gcn_suc_khoe_ld_nuoc_ngoai",
                   [h], {"so_ky_hieu": "0915/GCNSK-QT", "ho_ten": WORKER,
                         "ngay_ban_hanh": "2026-02-25",
                         "co_quan_ban_hanh": "BỆNH VIỆN QUỐC TẾ KINH BẮC"}, head)

    school = "SAN ISIDRO INSTITUTE OF TECHNOLOGY"
    d1 = mk.page("jn", 11.5, (24.0, 188.0), 16.0)
    d1.line("BẢN DỊCH TỪ TIẾNG ANH", "b", 11.0, align="r")
    d1.gap(4.0)
    d1.center(school, "b", 12.0)
    d1.center("Cộng hòa Philippines", "i", 11.0)
    d1.gap(4.0)
    head = title(d1, "BẰNG CỬ NHÂN\nKHOA HỌC NGÀNH KỸ THUẬT XÂY DỰNG", 15.0)
    for line in ("Chứng nhận", WORKER, "đã hoàn thành chương trình đào tạo và được cấp bằng",
                 "Cử nhân Khoa học ngành Kỹ thuật xây dựng",
                 "Cấp ngày 15/04/2011 tại thành phố San Isidro",
                 "Số hiệu bằng: SIIT-2011-04872"):
        d1.center(line, "r", 11.5)
    d1.gap(6.0)
    d1.p("Tôi, Nguyễn Thị Lan Phương, cam đoan đã dịch chính xác nội dung giấy tờ từ tiếng Anh "
         "sang tiếng Việt.", pt=11.0, align="j")
    sign_right(d1, signer(["NGƯỜI DỊCH"], "Nguyễn Thị Lan Phương", space=12.0, pt=11.0))
    oval_stamp(d1, ["CHỨNG THỰC CHỮ KÝ NGƯỜI DỊCH", "Số 226/2026/SCT-CKND",
                    "UBND phường Kinh Bắc - 03/3/2026"], 64.0, d1.y + 4.0)
    d2 = mk.page("jn", 11.5, (24.0, 188.0), 16.0)
    continued(d2, "(bản chụp bản gốc kèm bản dịch)")
    d2.rect((22.0, 190.0, d2.y, d2.y + 150.0), width=1.0)
    d2.gap(10.0)
    for line, pt in ((school, 13.0), ("Republic of the Philippines", 11.0),
                     ("upon recommendation of the Faculty confers upon", 11.0),
                     (WORKER, 14.0), ("the degree of", 11.0),
                     ("BACHELOR OF SCIENCE IN CIVIL ENGINEERING", 13.0),
                     ("Given this 15th day of April, 2011", 11.0),
                     ("Diploma No. SIIT-2011-04872", 10.0)):
        d2.center(line, "r", pt)
        d2.gap(3.0)
    degree = Paper("bang_cap", "Bằng cử nhân", "bang_cu_nhan_philippines_ban_dich", [d1, d2],
                   {"so_ky_hieu": "SIIT-2011-04872", "ho_ten": WORKER,
                    "ngay_ban_hanh": "2011-04-15", "co_quan_ban_hanh": school}, head)

    s = mk.page("ct", 9.0, (14.0, 196.0), 18.0)
    c = G.Card(s, 24.0, 22.0, 1.6)
    c.text(43.0, 5.0, "REPUBLIC OF THE PHILIPPINES", "b", 3.4, "c")
    c.text(43.0, 9.4, "PASSPORT", "b", 4.8, "c")
    c.box(3.0, 23.0, 14.0, 40.0, outline=None, fill=(120, 120, 120))
    for k, line in enumerate(("Passport No: P4817263B", "Surname: MANALO",
                              "Given names: JOEL ROSARIO", "Nationality: FILIPINO",
                              "Date of birth: 03/11/1987", "Date of issue: 12/06/2023",
                              "Valid until: 11/06/2033", "Authority: DFA MANILA")):
        c.text(26.0, 15.0 + 4.0 * k, line, "r", 3.4)
    c.text(3.0, 49.0, "P<PHLMANALO<<JOEL<ROSARIO<<<<<<<<<<<<<<<<", "r", 2.9)
    s.y = 118.0
    box_stamp(s, ["SAO Y BẢN CHÍNH", f"{FIRM}", "Bắc Ninh, 04/3/2026"], 60.0, 124.0,
              pt=8.5)
    passport = Paper("ho_chieu", "Hộ chiếu", "ho_chieu_philippines_sao_y_cong_ty", [s],
                     {"so_ky_hieu": "P4817263B", "ngay_ban_hanh": "2023-06-12",
                      "co_quan_ban_hanh": "DFA MANILA"}, "PASSPORT")
    return Dossier(code, procedure, [missing], [receipt, ask, health, degree, passport])


def closing_shop(mk: Maker) -> Dossier:
    """Chấm dứt hoạt động hộ kinh doanh (Huế): the kiosk's ticket, the notice, the 2017
    certificate (colour, 300 dpi, the original handed back), the family's minutes and her
    card (photocopied)."""
    her = mk.person("Lê Thị Ngọc Trâm", "1966-08-29", False, "046",
                    "số 27 đường Chi Lăng, phường Thuận Hóa, thành phố Huế")
    code = "000.36.15.H57-260312-0128"
    procedure = "Thông báo chấm dứt HKD (nghỉ may đo, nộp lại GCN bản gốc)"
    shop = "TIỆM MAY ÁO DÀI NGỌC TRÂM"
    number = "31A8012647"
    k = mk.page("cf", 9.0, (62.0, 148.0), 10.0)
    k.line("UBND PHƯỜNG THUẬN HÓA", "b", 9.5, align="c")
    k.line("Ki-ốt tự phục vụ số 2 - Một cửa", "r", 8.0, align="c")
    k.line("- - - - - - - - - - - - - - - - - - - -", "r", 8.0, align="c")
    head = title(k, "BIÊN NHẬN HỒ SƠ\nHỘ KINH DOANH", 11.5)
    for line in (f"Mã hồ sơ: {code}", "Ngày nhận: 12/03/2026 15:07",
                 f"Người nộp: {her.upper}", f"ĐDCN: {her.cccd}", f"Hộ kinh doanh: {shop}",
                 f"Số GCN: {number}", "Dịch vụ:", procedure,
                 "Giấy tờ: 04 (thông báo; GCN bản gốc; biên bản họp gia đình; bản chụp căn "
                 "cước)", "Hẹn trả: 17/03/2026", "Lệ phí: 0 đồng"):
        k.field(line, pt=9.0)
    k.line("- - - - - - - - - - - - - - - - - - - -", "r", 8.0, align="c")
    k.line("Vui lòng giữ phiếu để nhận kết quả", "r", 8.0, align="c")
    k.rect((58.0, 152.0, 6.0, k.y + 4.0), width=0.3)
    receipt = Paper("phieu_tiep_nhan", "Biên nhận hồ sơ", "bien_nhan_kiosk_hkd_thuan_hoa",
                    [k], {"thu_tuc": procedure, "ho_ten": her.upper, "so_cccd": her.cccd,
                          "ngay_ban_hanh": "2026-03-12",
                          "co_quan_ban_hanh": "UBND PHƯỜNG THUẬN HÓA"}, head)

    t = mk.page("jn", 11.5, (22.0, 190.0), 14.0)
    motto(t, 12.0)
    head = title(t, "THÔNG BÁO\nVề việc chấm dứt hoạt động hộ kinh doanh", 14.0)
    t.center("Kính gửi: Phòng Kinh tế, Hạ tầng và Đô thị phường Thuận Hóa", "r", 11.5)
    rows(t, [f"Tên hộ kinh doanh: {shop}",
             f"Số giấy chứng nhận đăng ký hộ kinh doanh: {number}, cấp lần đầu ngày 05/6/2017",
             "Mã số thuế: 3301846215",
             "Địa điểm kinh doanh: số 27 đường Chi Lăng, phường Thuận Hóa, thành phố Huế",
             f"Chủ hộ kinh doanh: {her.upper}     Sinh ngày: {dmy(her.born)}",
             f"Số định danh cá nhân: {her.cccd}",
             "Thông báo chấm dứt hoạt động kinh doanh kể từ ngày 31/3/2026.",
             "Hộ kinh doanh đã hoàn thành nghĩa vụ thuế và thanh toán xong các khoản nợ."],
         pt=11.5)
    t.p("Kèm theo: bản gốc giấy chứng nhận đăng ký hộ kinh doanh; biên bản họp thành viên hộ "
        "gia đình ngày 08/3/2026.", pt=11.5, align="j")
    t.right("Huế, ngày 10 tháng 3 năm 2026", "i", 11.5)
    sign_right(t, signer(["CHỦ HỘ KINH DOANH"], her.upper, note="(ký và ghi họ tên)",
                         space=15.0, pt=11.5))
    notice = Paper("thong_bao", "Thông báo về việc chấm dứt hoạt động hộ kinh doanh",
                   "thong_bao_cham_dut_hkd_may_ao_dai", [t],
                   {"ho_ten": her.upper, "so_cccd": her.cccd, "ngay_ban_hanh": "2026-03-10"},
                   head)

    g = mk.page("jn", 11.5, (26.0, 186.0), 20.0, dpi=300, color=True)
    g.frame()
    header(g, ["UBND THÀNH PHỐ HUẾ", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"], None, pt=10.0,
           margins=(22.0, 190.0))
    head = title(g, "GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH", 14.0)
    rows(g, [f"Số giấy chứng nhận: {number}",
             "Đăng ký lần đầu: ngày 05 tháng 6 năm 2017",
             f"1. Tên hộ kinh doanh: {shop}",
             "2. Địa điểm kinh doanh: số 27 đường Chi Lăng, phường Phú Hậu, thành phố Huế, "
             "tỉnh Thừa Thiên Huế",
             "3. Ngành, nghề kinh doanh: may trang phục (1410)",
             "4. Vốn kinh doanh: 60.000.000 đồng",
             f"5. Chủ hộ kinh doanh: {her.upper}     Giới tính: Nữ",
             f"Sinh ngày: {dmy(her.born)}     Số CMND: 191584203, cấp ngày 14/3/2008"],
         pt=11.5)
    sign_right(g, signer(["TRƯỞNG PHÒNG"], "Hồ Đăng Khoa", space=16.0, pt=11.5), seal=True)
    certificate = Paper("gcn_ho_kinh_doanh", "Giấy chứng nhận đăng ký hộ kinh doanh",
                        "gcn_hkd_2017_ban_goc_mau", [g],
                        {"so_ky_hieu": number, "ho_ten": her.upper, "ngay_ban_hanh": "2017-06-05",
                         "co_quan_ban_hanh": "PHÒNG TÀI CHÍNH - KẾ HOẠCH"}, head)

    b = mk.page("jn", 11.5, (22.0, 190.0), 14.0)
    motto(b, 12.0)
    head = title(b, "BIÊN BẢN HỌP GIA ĐÌNH", 14.0,
                 ("Về việc thôi kinh doanh tiệm may, trả lại giấy chứng nhận",))
    b.p("Hôm nay, lúc 19 giờ ngày 08 tháng 3 năm 2026, tại số 27 đường Chi Lăng, phường Thuận "
        "Hóa, các thành viên hộ gia đình gồm:", pt=11.5, align="j")
    b.table([10.0, 58.0, 40.0, 30.0, 30.0],
            [["TT", "Họ và tên", "Số định danh", "Quan hệ", "Ký tên"],
             ["1", her.upper, her.cccd, "chủ hộ", ""],
             ["2", "TÔN THẤT HIẾU", "046062001873", "chồng", ""],
             ["3", "TÔN NỮ BẢO CHÂU", "046193006528", "con", ""]], aligns="clccc", pt=10.0)
    b.p("Thống nhất chấm dứt hoạt động Tiệm may áo dài Ngọc Trâm từ ngày 31/3/2026 do chủ hộ "
        "tuổi cao, sức yếu; giao bà chủ hộ làm thủ tục tại Ủy ban nhân dân phường. Biên bản "
        "kết thúc lúc 20 giờ cùng ngày.", pt=11.5, align="j")
    sign_both(b, signer(["THƯ KÝ"], "TÔN NỮ BẢO CHÂU", space=14.0, pt=11.0),
              signer(["CHỦ HỘ"], her.upper, space=14.0, pt=11.0))
    minutes = Paper("bien_ban", "Biên bản họp thành viên hộ gia đình",
                    "bien_ban_hop_gia_dinh_dong_hkd", [b], {"ngay_ban_hanh": "2026-03-08"}, head)

    card = id_card(mk, her, issued="12/09/2024", home=her.home, kind="can_cuoc_chu_ho_may_chup")
    return Dossier(code, procedure, [], [receipt, notice, certificate, minutes, card])
