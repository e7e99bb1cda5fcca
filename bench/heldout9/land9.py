"""Two dossiers of the ninth held-apart set: a son asks, for his mother, for the data of her
plot (Tây Ninh), his receipt a narrow roll printed by the counter's slip printer; a worker has
his health-insurance card changed (Ninh Bình), his receipt printed twice on one page with a
cut line between the copies and a bar code, a hospital's referral paper among his papers."""

from __future__ import annotations

from datetime import date

from page9 import (
    Dossier,
    L,
    Maker,
    Paper,
    barcode,
    boxes,
    cut_line,
    dmy,
    header,
    motto,
    new_card,
    rows,
    sign_both,
    sign_right,
    signer,
    stamp,
    title,
    words,
)


def land_data(mk: Maker) -> Dossier:
    """Cung cấp dữ liệu đất đai (Tây Ninh): the roll receipt, the request form with the
    requester's number in boxes, the mother's power of attorney with a ward's certification of
    her signature, and a copy of the 2019 certificate (2 p.)."""
    son = mk.person("Lâm Quốc Trí", "1986-10-27", True, "072",
                    "khu phố Bình Yên Đông 2, phường Tân An, tỉnh Tây Ninh")
    mother = mk.person("Võ Thị Ngọc Sương", "1958-02-14", False, "072",
                       "khu phố Bình Yên Đông 2, phường Tân An, tỉnh Tây Ninh")
    code = "000.00.09.H62-260312-0088"
    procedure = ("Cung cấp thông tin thửa đất số 318, tờ bản đồ số 22, phường Tân An "
                 "(thông tin quy hoạch, tình trạng thế chấp)")
    p = mk.page("con", 9.5, (72.0, 140.0), 14.0)
    p.rect((66.0, 146.0, 10.0, 214.0), width=0.15, outline=(200, 200, 200))
    p.line("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH", "b", 9.5, align="c")
    p.line("CÔNG TỈNH TÂY NINH", "b", 9.5, align="c")
    p.line("Điểm tiếp nhận số 3 - phường Tân An", "r", 9.0, align="c")
    p.line("-" * 44, "r", 9.0, align="c")
    head = title(p, "BIÊN NHẬN HỒ SƠ\nYÊU CẦU DỮ LIỆU\nĐẤT ĐAI", 11.5)
    p.line(f"Mã hồ sơ: {code}", "b", 9.0)
    p.line("Lĩnh vực: Đất đai", "r", 9.5)
    p.line("Thủ tục:", "r", 9.5)
    for part in ("Cung cấp thông tin thửa đất số 318,", "tờ bản đồ số 22, phường Tân An",
                 "(thông tin quy hoạch, tình trạng", "thế chấp)"):
        p.line(part, "b", 9.5, indent=3.0)
    p.line("-" * 44, "r", 9.0, align="c")
    p.line("Người nộp:", "r", 9.5)
    p.line(son.upper, "b", 10.0, indent=3.0)
    p.line(f"Giấy tờ tùy thân: {son.cccd}", "r", 9.5)
    p.line(f"Điện thoại: {son.phone}", "r", 9.5)
    p.line("Số giấy tờ nhận: 04 (bốn)", "r", 9.5)
    p.line("Nhận lúc: 09:42 12/03/2026", "r", 9.5)
    p.line("Hẹn trả: 14:00 17/03/2026", "b", 9.5)
    p.line("Phí: 30.000 đ (chưa thu)", "r", 9.5)
    p.line("Cán bộ nhận: Đặng Thùy Dương", "r", 9.5)
    p.line("-" * 44, "r", 9.0, align="c")
    p.qr(code, 94.0, p.y + 2.0, 20.0)
    p.y += 26.0
    p.line("Quét mã để tra cứu tiến độ hồ sơ", "i", 8.5, align="c")
    p.line("Vui lòng mang biên nhận khi nhận kết quả", "i", 8.5, align="c")
    receipt = Paper("phieu_tiep_nhan", "Biên nhận hồ sơ", "bien_nhan_cuon_nhiet", [p],
                    {"thu_tuc": procedure, "ho_ten": son.upper, "so_cccd": son.cccd,
                     "ngay_ban_hanh": "2026-03-12",
                     "co_quan_ban_hanh": "Trung tâm Phục vụ hành chính công tỉnh Tây Ninh"},
                    head)

    f = mk.page("con", 11.5, (20.0, 192.0), 12.0)
    f.line("Mẫu số 01/PYC", "b", 10.5, align="r")
    motto(f, 12.0)
    head = title(f, "PHIẾU YÊU CẦU CUNG CẤP THÔNG TIN,\nDỮ LIỆU ĐẤT ĐAI", 14.0)
    f.line("Kính gửi: Văn phòng đăng ký đất đai tỉnh Tây Ninh", "r", 11.5, align="c")
    f.gap(2.0)
    rows(f, [f"1. Tên tổ chức, cá nhân yêu cầu: {son.upper}"])
    boxes(f, "2. Số định danh cá nhân:", son.cccd)
    rows(f, [f"3. Địa chỉ: {son.home}",
             f"4. Số điện thoại: {son.phone}     Thư điện tử: quoctri.lam86@thumoi.vn",
             f"5. Yêu cầu thay cho: bà {mother.name}, số định danh {mother.cccd} (theo giấy "
             "ủy quyền kèm theo)",
             "6. Danh mục và nội dung thông tin cần cung cấp:",
             "   [x] Thông tin thửa đất số 318, tờ bản đồ số 22, diện tích 246,8 m2",
             "   [x] Thông tin quy hoạch sử dụng đất     [x] Tình trạng đăng ký thế chấp",
             "   [ ] Lịch sử biến động     [ ] Giá đất",
             "   Giấy chứng nhận số phát hành CS 04217, số vào sổ cấp GCN: CS02198",
             "7. Mục đích sử dụng: làm thủ tục tặng cho con",
             "8. Hình thức nhận kết quả: [x] Bản giấy tại nơi nộp   [ ] Thư điện tử",
             "9. Cam kết: không sử dụng thông tin vào mục đích trái pháp luật."])
    f.gap(2.0)
    f.line(f"Tân An, {words(date(2026, 3, 11), pad=True)}", "i", 11.5, align="r")
    sign_right(f, signer(["NGƯỜI YÊU CẦU"], son.name, "(Ký, ghi rõ họ tên)", 16.0, 11.5))
    form = Paper("don_de_nghi", "Phiếu yêu cầu cung cấp thông tin, dữ liệu đất đai",
                 "phieu_yeu_cau_du_lieu_dat", [f],
                 {"ho_ten": son.upper, "so_cccd": son.cccd, "ngay_ban_hanh": "2026-03-11"}, head)

    u = mk.page("gen", 12.5, (24.0, 188.0), 14.0)
    motto(u, 12.5)
    head = title(u, "GIẤY ỦY QUYỀN", 16.0, ("(V/v yêu cầu cung cấp thông tin thửa đất)",))
    u.head("BÊN ỦY QUYỀN:")
    rows(u, [f"Bà {mother.name}, sinh ngày {dmy(mother.born)}",
             f"Căn cước số {mother.cccd} do Bộ Công an cấp ngày 03/7/2024",
             f"Nơi cư trú: {mother.home}"], indent=6.0)
    u.head("BÊN ĐƯỢC ỦY QUYỀN:")
    rows(u, [f"Ông {son.name}, sinh ngày {dmy(son.born)} (con ruột)",
             f"Căn cước công dân số {son.cccd} cấp ngày 22/4/2021",
             f"Nơi cư trú: {son.home}"], indent=6.0)
    u.head("NỘI DUNG ỦY QUYỀN:")
    u.p("Bên được ủy quyền thay mặt tôi lập phiếu yêu cầu, nộp hồ sơ và nhận thông tin, dữ "
        "liệu về thửa đất số 318, tờ bản đồ số 22 tại Văn phòng đăng ký đất đai tỉnh Tây "
        "Ninh; nộp phí khai thác dữ liệu theo Thông tư số 56/2024/TT-BTC ngày 31 tháng 7 năm "
        "2024. Thời hạn ủy quyền: đến ngày 30/6/2026.", indent=8.0, align="j")
    u.line(f"Tân An, {words(date(2026, 3, 9))}", "i", 12.5, align="r")
    sign_both(u, signer(["BÊN ĐƯỢC ỦY QUYỀN"], son.name, space=13.0, pt=12.0),
              signer(["BÊN ỦY QUYỀN"], mother.name, space=13.0, pt=12.0))
    u.gap(1.0)
    u.head("Chứng thực chữ ký", align="c", pt=11.5)
    u.p(f"Ngày 10/3/2026, tại Ủy ban nhân dân phường Tân An, bà {mother.name} đã ký vào giấy "
        "ủy quyền này trước mặt tôi. Số chứng thực 156, quyển số 02/2026-SCT/CK,ĐC.",
        indent=6.0, pt=11.0, align="j")
    sign_right(u, signer(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Trương Minh Hiển", space=12.0,
                         pt=11.0), seal=True)
    proxy = Paper("giay_uy_quyen", "Giấy ủy quyền", "giay_uy_quyen_cho_con", [u],
                  {"ho_ten": mother.name, "so_cccd": mother.cccd, "ngay_ban_hanh": "2026-03-09"},
                  head)

    g = mk.page("gen", 12.0, (22.0, 190.0), 18.0)
    g.frame()
    motto(g, 12.5)
    head = title(g, "GIẤY CHỨNG NHẬN\nQUYỀN SỬ DỤNG ĐẤT\nQUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC "
                 "GẮN LIỀN VỚI ĐẤT", 14.0)
    g.line("CS 04217", "b", 15.0, align="c")
    g.gap(3.0)
    g.head("I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất")
    rows(g, [f"Bà {mother.upper}, năm sinh 1958, CMND số 300418562",
             "Địa chỉ thường trú: khu phố Bình Yên Đông 2, phường 4, thành phố Tân An, tỉnh "
             "Long An"], indent=6.0)
    g.gap(2.0)
    g.head("II. Thửa đất, nhà ở và tài sản khác gắn liền với đất")
    rows(g, ["a) Thửa đất số: 318; b) Tờ bản đồ số: 22",
             "c) Địa chỉ: phường 4, thành phố Tân An, tỉnh Long An",
             "d) Diện tích: 246,8 m2 (bằng chữ: hai trăm bốn mươi sáu phẩy tám mét vuông)",
             "đ) Hình thức sử dụng: riêng 246,8 m2",
             "e) Mục đích sử dụng: đất ở tại đô thị 150 m2; đất trồng cây lâu năm 96,8 m2",
             "g) Thời hạn sử dụng: đất ở lâu dài; đất trồng cây lâu năm đến ngày 15/10/2064",
             "h) Nguồn gốc sử dụng: Nhà nước công nhận quyền sử dụng đất"], indent=6.0)
    g2 = mk.page("gen", 12.0, (22.0, 190.0), 18.0)
    g2.head("III. Sơ đồ thửa đất, nhà ở và tài sản khác gắn liền với đất")
    top = g2.y + 2.0
    g2.rect((60.0, 150.0, top, top + 62.0), width=0.3)
    g2.draw.polygon([(g2.px(x), g2.px(top + y)) for x, y in
                     ((74.0, 10.0), (138.0, 6.0), (134.0, 54.0), (80.0, 56.0))],
                    outline=(0, 0, 0), width=3)
    g2.put(100.0, top + 32.0, "318", "b", 14.0, record=False)
    g2.y = top + 66.0
    g2.line(f"Long An, {words(date(2019, 10, 15))}", "i", 12.0, align="r")
    sign_right(g2, signer(["SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "TỈNH LONG AN", "KT. GIÁM ĐỐC",
                           "PHÓ GIÁM ĐỐC"], "Nguyễn Thanh Bình", space=15.0, pt=11.5),
               seal=True)
    g2.line("Số vào sổ cấp GCN: CS02198", "r", 11.0)
    g2.gap(3.0)
    g2.head("IV. Những thay đổi sau khi cấp Giấy chứng nhận")
    g2.table([40.0, 128.0], [["Ngày", "Nội dung thay đổi và cơ sở pháp lý"],
                             ["12/5/2022", "Thế chấp bằng quyền sử dụng đất tại Ngân hàng TMCP "
                              "Đồng Tháp Mười - chi nhánh Tân An theo hồ sơ số 1022/TC"],
                             ["08/8/2024", "Xóa đăng ký thế chấp theo hồ sơ số 0791/XTC"]],
             aligns="cl", pt=10.5)
    stamp(g2, ["BẢN SAO Y BẢN CHÍNH", "Số: 311/SY", "Ngày 10/3/2026"], 120.0, 258.0)
    cert = Paper("giay_chung_nhan_qsdd", "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu "
                 "nhà ở và tài sản khác gắn liền với đất", "gcn_2019_sao_y", [g, g2],
                 {"ho_ten": mother.upper, "so_ky_hieu": "CS 04217", "ngay_ban_hanh": "2019-10-15",
                  "co_quan_ban_hanh": "Sở Tài nguyên và Môi trường tỉnh Long An"}, head)
    return Dossier(code, procedure, [], [receipt, form, proxy, cert])


def health_card(mk: Maker) -> Dossier:
    """Đổi thẻ bảo hiểm y tế (Ninh Bình): the receipt printed twice with a cut line, the
    declaration TK1-TS (2 p., a table of the household's members and their numbers), the old
    card photocopied, a hospital's referral paper and a copy of the chip card."""
    man = mk.person("Phạm Đình Khôi", "1991-06-08", True, "037",
                    "tổ dân phố Đông Thành, phường Hoa Lư, tỉnh Ninh Bình")
    wife = mk.person("Bùi Thị Thu Trà", "1993-11-30", False, "037", man.home)
    code = "000.00.30.H40-260316-0214"
    procedure = "Đổi thẻ BHYT do thay đổi nơi đăng ký khám chữa bệnh ban đầu"
    centre = "Bảo hiểm xã hội cơ sở Hoa Lư"
    p = mk.page("rob", 10.0, (14.0, 196.0), 10.0)
    for copy in ("Liên 1: lưu tại cơ quan BHXH", "Liên 2: giao người nộp hồ sơ"):
        first = copy.startswith("Liên 1")
        top = p.y
        p.line("BẢO HIỂM XÃ HỘI TỈNH NINH BÌNH", "r", 9.5)
        p.line("BẢO HIỂM XÃ HỘI CƠ SỞ HOA LƯ", "b", 10.0)
        barcode(p, code, 148.0, top + 1.0, 8.0)
        p.y = max(p.y, top + 14.0)
        text = title(p, "PHIẾU TIẾP NHẬN HỒ SƠ THẺ BẢO HIỂM Y TẾ", 13.0, (copy,))
        if first:
            head = text
        p.line(f"Mã hồ sơ: {code}", "b", 10.0)
        p.segs([(0.0, f"Người nộp: {man.upper}"), (98.0, "Mã số BHXH: 3717054218")])
        p.segs([(0.0, f"Số CCCD: {man.cccd}"), (98.0, f"Điện thoại: {man.phone}")])
        p.field(f"Nội dung: {procedure}", style="b")
        p.table([10.0, 120.0, 22.0, 30.0], [
            ["TT", "Giấy tờ", "Số lượng", "Ghi chú"],
            ["1", "Tờ khai tham gia, điều chỉnh thông tin BHXH, BHYT (TK1-TS)", "01", "Bản chính"],
            ["2", "Thẻ BHYT đã cấp", "01", "Bản chụp"],
            ["3", "Giấy chuyển tuyến của Bệnh viện Đa khoa Hoa Lư", "01", "Bản sao"],
            ["4", "Căn cước của người tham gia", "01", "Bản chụp"]], aligns="lllc", pt=9.5)
        p.segs([(0.0, "Ngày nhận: 16/3/2026"), (62.0, "Ngày trả kết quả: 23/3/2026"),
                (128.0, "Trả qua: Bưu điện")], "r", 10.0)
        sign_both(p, signer(["Người nộp"], man.name, space=10.0, pt=10.0),
                  signer(["Cán bộ tiếp nhận"], "Lã Thị Vân Anh", space=10.0, pt=10.0))
        if first:
            cut_line(p)
    receipt = Paper("phieu_tiep_nhan", "Phiếu tiếp nhận hồ sơ", "phieu_tiep_nhan_hai_lien", [p],
                    {"thu_tuc": procedure, "ho_ten": man.upper, "so_cccd": man.cccd,
                     "ngay_ban_hanh": "2026-03-16", "co_quan_ban_hanh": centre}, head)

    t = mk.page("con", 11.0, (18.0, 194.0), 10.0)
    t.line("Mẫu TK1-TS", "b", 10.5, align="r")
    t.line("BẢO HIỂM XÃ HỘI VIỆT NAM", "b", 11.0)
    motto(t, 11.5)
    head = title(t, "TỜ KHAI\nTHAM GIA, ĐIỀU CHỈNH THÔNG TIN\nBẢO HIỂM XÃ HỘI, BẢO HIỂM Y TẾ",
                 13.5)
    t.head("I. Áp dụng đối với người tham gia chưa được cấp mã số BHXH", pt=11.0)
    t.field("(Bỏ trống: người tham gia đã có mã số)", style="i", pt=10.0)
    t.head("II. Áp dụng đối với người tham gia đã có mã số BHXH", pt=11.0)
    rows(t, [f"[01]. Họ và tên: {man.upper}", "[02]. Mã số BHXH: 3717054218"])
    boxes(t, "[03]. Số định danh cá nhân:", man.cccd)
    rows(t, ["[04]. Nội dung thay đổi, yêu cầu: đổi nơi đăng ký khám chữa bệnh ban đầu từ "
             "Trạm y tế phường Nam Thành sang Bệnh viện Đa khoa Hoa Lư",
             "[05]. Hồ sơ kèm theo: thẻ BHYT cũ, giấy chuyển tuyến (bản sao)"])
    t.gap(1.0)
    t.head("Phụ lục: Thành viên hộ gia đình", pt=11.0)
    t.table([10.0, 52.0, 28.0, 36.0, 30.0], [
        ["TT", "Họ và tên", "Ngày sinh", "Số định danh", "Quan hệ"],
        ["1", man.name, dmy(man.born), man.cccd, "Chủ hộ"],
        ["2", wife.name, dmy(wife.born), wife.cccd, "Vợ"],
        ["3", "Phạm Bùi Gia Hưng", "02/9/2019", "037219004388", "Con"]], aligns="llccl",
        pt=10.0)
    t2 = mk.page("con", 11.0, (18.0, 194.0), 16.0)
    t2.p("Tôi cam đoan những nội dung kê khai là đúng và chịu trách nhiệm trước pháp luật về "
         "những nội dung đã kê khai.", indent=8.0)
    t2.line(f"Hoa Lư, {words(date(2026, 3, 14))}", "i", 11.0, align="r")
    sign_right(t2, signer(["Người kê khai"], man.name, "(Ký, ghi rõ họ tên)", 15.0, 11.0))
    t2.gap(3.0)
    t2.head("Xác nhận của đơn vị (phần dành cho người lao động đang làm việc):", pt=10.5)
    t2.field("Công ty TNHH May mặc Tràng An xác nhận ông Phạm Đình Khôi đang làm việc tại công "
             "ty từ tháng 4/2018; mã đơn vị TA0731N; tài khoản nhận lương 190358271146.",
             pt=10.5)
    form = Paper("don_de_nghi", "Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo "
                 "hiểm y tế", "to_khai_tk1_ts", [t, t2],
                 {"ho_ten": man.upper, "so_cccd": man.cccd, "ngay_ban_hanh": "2026-03-14"}, head)

    c = mk.page("rob", 10.0, (14.0, 196.0), 24.0)
    card = (40.0, 172.0, 24.0, 108.0)
    c.rect(card, width=0.4, outline=(60, 60, 60), radius=3.0)
    c.block([L("BẢO HIỂM XÃ HỘI VIỆT NAM", "b", 11.0),
             L("THẺ BẢO HIỂM Y TẾ", "b", 15.0)], 44.0, 168.0)
    c.gap(2.0)
    c.line("Mã số: DN4373717054218", "b", 12.0, x0=48.0)
    c.line(f"Họ và tên: {man.upper}", "b", 11.5, x0=48.0)
    c.line(f"Ngày sinh: {dmy(man.born)}      Giới tính: Nam", "r", 10.5, x0=48.0)
    c.line("Nơi ĐKKCB ban đầu: Trạm y tế phường Nam Thành (37-134)", "r", 10.0, x0=48.0)
    c.line("Giá trị sử dụng: từ 01/01/2026      Thời điểm đủ 5 năm liên tục: 01/04/2023",
           "r", 9.5, x0=48.0)
    c.line("Ninh Bình, ngày 02 tháng 01 năm 2026", "i", 10.0, x0=48.0)
    c.y = card[3] + 6.0
    c.line("BẢN CHỤP", "b", 10.0, align="c")
    old = Paper("the_bhyt", "Thẻ bảo hiểm y tế", "the_bhyt_copy", [c],
                {"so_ky_hieu": "DN4373717054218", "ho_ten": man.upper,
                 "ngay_ban_hanh": "2026-01-02",
                 "co_quan_ban_hanh": "Bảo hiểm xã hội Việt Nam"}, "THẺ BẢO HIỂM Y TẾ")

    r = mk.page("gen", 11.5, (20.0, 192.0), 12.0)
    header(r, ("SỞ Y TẾ NINH BÌNH", "BỆNH VIỆN ĐA KHOA HOA LƯ"), "0614/2026/GCT",
           "Hoa Lư, ngày 10 tháng 3 năm 2026", pt=11.0)
    head = title(r, "GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH\nBẢO HIỂM Y TẾ", 13.5)
    r.line("Kính gửi: Bệnh viện Bạch Mai", "r", 11.5, align="c")
    rows(r, [f"Cơ sở khám bệnh, chữa bệnh: Bệnh viện Đa khoa Hoa Lư trân trọng giới thiệu "
             f"người bệnh: {man.upper}, sinh năm 1991, nam",
             "Địa chỉ: tổ dân phố Đông Thành, phường Hoa Lư, tỉnh Ninh Bình",
             "Số thẻ bảo hiểm y tế: DN4373717054218, hạn đến 31/12/2026",
             "Đã được khám bệnh, điều trị tại: khoa Nội tổng hợp, từ 04/3/2026 đến 10/3/2026",
             "Chẩn đoán: viêm gan B mạn tính, theo dõi xơ hóa gan",
             "Phương pháp, thủ thuật, thuốc đã dùng: xét nghiệm, thuốc kháng vi rút",
             "Tình trạng người bệnh lúc chuyển tuyến: ổn định",
             "Lý do chuyển tuyến: đủ điều kiện chuyển tuyến (vượt khả năng chuyên môn)",
             "Hướng điều trị: điều trị chuyên khoa gan mật",
             "Thời gian chuyển tuyến: 09 giờ 30 phút, ngày 10/3/2026",
             "Phương tiện vận chuyển: tự túc"])
    sign_both(r, signer(["Y, BÁC SĨ KHÁM, ĐIỀU TRỊ"], "BS. Mai Xuân Tùng", space=13.0,
                        pt=11.0),
              signer(["NGƯỜI ĐỨNG ĐẦU CƠ SỞ", "KHÁM BỆNH, CHỮA BỆNH"], "Đinh Công Thắng",
                     space=13.0, pt=11.0), seal="right")
    referral = Paper("other", "Giấy chuyển tuyến khám bệnh, chữa bệnh bảo hiểm y tế",
                     "giay_chuyen_tuyen", [r], {}, head)

    card_copy = new_card(mk, man, issued=date(2024, 8, 19), expires="08/06/2031",
                         home="tổ dân phố Đông Thành, phường Hoa Lư, Ninh Bình")
    return Dossier(code, procedure, [], [receipt, form, old, referral, card_copy])
