"""Two dossiers of the thirteenth held-apart set: a worker leaving to settle in Australia asks
for his social insurance at once (xã Diễn Châu, Nghệ An), his slip in ruled cells under a grey
band; a son reports his father's death, the father's removal from the residence register and
the survivors' benefits in one joint dossier (phường An Hội, Vĩnh Long), with the hospital's
bill among the papers."""

from __future__ import annotations

from datetime import date

from page13 import (
    Dossier,
    G,
    L,
    Maker,
    Paper,
    band,
    box_stamp,
    continued,
    dmy,
    grid,
    header,
    id_card,
    left_title,
    motto,
    rows,
    sign_both,
    sign_right,
    signer,
    title,
    words,
)


def lump_sum(mk: Maker) -> Dossier:
    """Hưởng bảo hiểm xã hội một lần (Nghệ An): the slip, the application, the social-insurance
    book (2 p., photocopied), the visa grant notice (no known type) and his passport."""
    him = mk.person("Cao Văn Thịnh", "1984-09-17", True, "040",
                    "xóm 7, xã Diễn Châu, tỉnh Nghệ An")
    code = "000.40.27.H40-260309-0417"
    procedure = "Hưởng BHXH 1 lần - ra nước ngoài định cư (Ô-xtrây-li-a)"
    book = "4009218374"
    p = mk.page("ct", 10.0, (12.0, 198.0), 12.0)
    band(p, [("BẢO HIỂM XÃ HỘI TỈNH NGHỆ AN", "r", 10.0),
             ("BẢO HIỂM XÃ HỘI CƠ SỞ DIỄN CHÂU", "b", 11.0)], x0=12.0, x1=198.0)
    head = title(p, "PHIẾU GIAO NHẬN HỒ SƠ BHXH", 14.0,
                 ("(dùng cho hồ sơ giải quyết chế độ, nhận tại quầy)",))
    grid(p, [[("Mã hồ sơ", code), ("Ngày nhận", "09/03/2026")],
             [("Người nộp", him.upper), ("Số định danh cá nhân", him.cccd)],
             [("Mã số BHXH", book), ("Điện thoại", him.phone)],
             [("Loại hồ sơ", procedure), ("Số tờ", "05")]], [120.0, 66.0], pt=10.0)
    p.table([12.0, 118.0, 28.0, 28.0],
            [["TT", "Giấy tờ giao nhận", "Bản chính", "Bản sao"],
             ["1", "Đơn đề nghị hưởng BHXH một lần (Mẫu 14-HSB)", "01", ""],
             ["2", "Sổ BHXH kèm tờ rời quá trình đóng", "01", ""],
             ["3", "Thị thực định cư của Ô-xtrây-li-a (bản dịch)", "", "01"],
             ["4", "Hộ chiếu", "", "01"]], aligns="clcc", pt=9.5)
    rows(p, ["Hẹn trả kết quả: 16/03/2026; tiền nhận qua tài khoản cá nhân đã đăng ký hoặc "
             "tại bưu điện xã.",
             "Tra cứu tình trạng hồ sơ: tổng đài 1900 9068 hoặc ứng dụng VssID."], pt=10.0)
    sign_both(p, signer(["NGƯỜI NỘP"], him.upper, space=12.0, pt=10.0),
              signer(["CÁN BỘ TIẾP NHẬN"], "Thái Thị Hà Giang", space=12.0, pt=10.0))
    receipt = Paper("phieu_tiep_nhan", "Phiếu giao nhận hồ sơ", "phieu_giao_nhan_bhxh_o_luoi",
                    [p], {"thu_tuc": procedure, "ho_ten": him.upper, "so_cccd": him.cccd,
                          "ngay_ban_hanh": "2026-03-09",
                          "co_quan_ban_hanh": "BẢO HIỂM XÃ HỘI CƠ SỞ DIỄN CHÂU"}, head)

    a = mk.page("jn", 11.5, (22.0, 190.0), 12.0)
    a.line("Mẫu số 14-HSB", "i", 10.0, align="r")
    motto(a, 12.0)
    head = title(a, "ĐƠN ĐỀ NGHỊ\nHƯỞNG BẢO HIỂM XÃ HỘI MỘT LẦN", 14.0)
    a.center("Kính gửi: Bảo hiểm xã hội cơ sở Diễn Châu", "r", 11.5)
    a.gap(2.0)
    rows(a, [f"Họ và tên: {him.upper}     Sinh ngày: {dmy(him.born)}     Giới tính: Nam",
             f"Mã số BHXH: {book}     Số định danh cá nhân: {him.cccd}",
             f"Nơi cư trú: {him.home}",
             f"Điện thoại: {him.phone}",
             "Tổng thời gian đóng BHXH: 14 năm 08 tháng (từ 01/2010 đến 08/2024)",
             "Lý do đề nghị: ra nước ngoài để định cư (thị thực diện vợ/chồng, cấp ngày "
             "19/01/2026)",
             "Hình thức nhận tiền: chuyển khoản, tài khoản số 3702 0519 8846 tại Vietcombank "
             "chi nhánh Nghệ An"], pt=11.5)
    a.p("Tôi đã được tư vấn về quyền lợi khi bảo lưu thời gian đóng bảo hiểm xã hội và vẫn đề "
        "nghị hưởng một lần. Tôi cam đoan nội dung kê khai là đúng.", pt=11.5, align="j")
    a.right("Diễn Châu, ngày 06 tháng 3 năm 2026", "i", 11.5)
    sign_right(a, signer(["NGƯỜI ĐỀ NGHỊ"], him.upper, note="(ký, ghi rõ họ tên)", space=15.0,
                         pt=11.5))
    ask = Paper("don_de_nghi", "Đơn đề nghị hưởng bảo hiểm xã hội một lần",
                "don_bhxh_mot_lan_dinh_cu", [a],
                {"ho_ten": him.upper, "so_cccd": him.cccd, "ngay_ban_hanh": "2026-03-06"}, head)

    b1 = mk.page("jn", 11.0, (40.0, 170.0), 24.0)
    b1.rect((34.0, 176.0, 18.0, 200.0), width=0.8)
    b1.center("BẢO HIỂM XÃ HỘI VIỆT NAM", "b", 12.0)
    b1.gap(10.0)
    head = title(b1, "SỔ\nBẢO HIỂM XÃ HỘI", 20.0)
    b1.gap(6.0)
    for line in (f"Số sổ: {book}", f"Họ và tên: {him.upper}", f"Ngày sinh: {dmy(him.born)}",
                 "Số CMND: 186542097", "Giới tính: Nam"):
        b1.center(line, "r", 12.0)
    b1.gap(8.0)
    b1.center("Diễn Châu, ngày 12 tháng 5 năm 2009", "i", 11.0)
    b1.center("BẢO HIỂM XÃ HỘI HUYỆN DIỄN CHÂU", "b", 11.0)
    b1.center("GIÁM ĐỐC", "b", 11.0)
    b1.gap(14.0)
    b1.center("Nguyễn Đình Hợi", "b", 11.0)
    b2 = mk.page("ct", 9.5, (14.0, 196.0), 14.0)
    continued(b2, "(tờ rời kèm sổ - in lại ngày 18/02/2026)")
    b2.line("QUÁ TRÌNH ĐÓNG BẢO HIỂM XÃ HỘI BẮT BUỘC", "b", 11.0, align="c")
    b2.table([12.0, 30.0, 30.0, 72.0, 38.0],
             [["TT", "Từ tháng", "Đến tháng", "Đơn vị, chức danh", "Mức đóng (đồng)"],
              ["1", "01/2010", "06/2013", "Công ty CP Gạch ngói Diễn Châu - công nhân",
               "1.650.000"],
              ["2", "07/2013", "12/2018", "Công ty TNHH May Hoàng Mai - tổ trưởng", "4.120.000"],
              ["3", "01/2019", "08/2024", "Công ty TNHH Thép Nghi Sơn Bắc - thợ hàn",
               "7.380.000"],
              ["", "Cộng", "", "14 năm 08 tháng", ""]], aligns="ccclc", pt=9.0)
    b2.field("Xác nhận của cơ quan BHXH: thông tin khớp với cơ sở dữ liệu đến tháng 08/2024.",
             pt=9.5)
    insurance = Paper("so_bhxh", "Sổ bảo hiểm xã hội", "so_bhxh_2009_to_roi_chup", [b1, b2],
                      {"so_ky_hieu": book, "ho_ten": him.upper, "ngay_ban_hanh": "2009-05-12",
                       "co_quan_ban_hanh": "BẢO HIỂM XÃ HỘI HUYỆN DIỄN CHÂU"}, head)

    v = mk.page("ct", 10.0, (20.0, 190.0), 16.0)
    v.line("Australian Government - Department of Home Affairs", "b", 10.5)
    v.gap(4.0)
    head = left_title(v, "VISA GRANT NOTICE", 16.0)
    rows(v, ["Date of grant: 19 January 2026", "Visa applicant: CAO VAN THINH",
             "Visa: Partner (Provisional), subclass 309", "Transaction reference: EGO9B4KTR2",
             "Visa grant number: 7315 2209 4581", "Passport: Q1874302, VIET NAM",
             "Must not arrive after: 19 January 2027",
             "Conditions: 8515 - must not marry or enter a de facto relationship before entry"],
         pt=10.0)
    v.field("Bản dịch tiếng Việt kèm theo (01 trang) - dịch giả Phạm Thu Hà.", style="i",
            pt=9.5)
    visa = Paper("other", "Visa grant notice", "thong_bao_thi_thuc_dinh_cu_uc", [v], {}, head)

    h = mk.page("ct", 9.0, (14.0, 196.0), 18.0)
    c = G.Card(h, 24.0, 24.0, 1.6)
    c.text(43.0, 5.0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", 3.2, "c")
    c.text(43.0, 9.0, "HỘ CHIẾU / PASSPORT", "b", 4.6, "c")
    c.box(3.0, 23.0, 14.0, 40.0, outline=None, fill=(120, 120, 120))
    for k, line in enumerate(("Số hộ chiếu / Passport No: Q1874302",
                              f"Họ và tên / Full name: {him.upper}",
                              f"Ngày sinh / Date of birth: {dmy(him.born)}",
                              f"Số ĐDCN / ID No: {him.cccd}",
                              "Ngày cấp / Date of issue: 21/10/2025",
                              "Có giá trị đến / Date of expiry: 21/10/2035",
                              "Nơi cấp / Place of issue: Cục Quản lý xuất nhập cảnh")):
        c.text(26.0, 15.0 + 4.4 * k, line, "r", 3.4)
    c.text(3.0, 48.5, "P<VNMCAO<<VAN<THINH<<<<<<<<<<<<<<<<<<<<", "r", 2.9)
    h.y = 116.0
    h.field("Bản chụp trang nhân thân hộ chiếu - người nộp tự sao.", style="i", pt=9.0)
    passport = Paper("ho_chieu", "Hộ chiếu", "ho_chieu_viet_nam_chup_bhxh", [h],
                     {"so_ky_hieu": "Q1874302", "ho_ten": him.upper, "so_cccd": him.cccd,
                      "ngay_ban_hanh": "2025-10-21",
                      "co_quan_ban_hanh": "Cục Quản lý xuất nhập cảnh"}, "HỘ CHIẾU")
    return Dossier(code, procedure, [], [receipt, ask, insurance, visa, passport])


def joint_death(mk: Maker) -> Dossier:
    """Liên thông khai tử, xóa thường trú, tử tuất (Vĩnh Long): the slip with the three
    offices' dates in a table, the joint declaration (2 p.), the hospital's death notice, its
    bill (no known type), the widow's power of attorney and the son's card."""
    son = mk.person("Huỳnh Minh Khôi", "1979-04-23", True, "083",
                    "số 14 đường Nguyễn Đình Chiểu, phường An Hội, tỉnh Vĩnh Long")
    code = "000.21.32.H62-260306-0093"
    procedure = "Khai tử, xóa thường trú và hưởng mai táng phí, tuất (người chết là hưu trí)"
    dead = "HUỲNH VĂN LẬP"
    dead_id = "083048002716"
    p = mk.page("ct", 10.0, (14.0, 196.0), 10.0)
    p.line("Liên 2 - giao người nộp", "r", 8.5, align="r")
    band(p, [("UBND PHƯỜNG AN HỘI", "b", 11.0),
             ("Bộ phận Một cửa - tiếp nhận hồ sơ liên thông", "r", 9.5)], x0=14.0, x1=196.0)
    head = title(p, "GIẤY TIẾP NHẬN HỒ SƠ LIÊN THÔNG", 14.0)
    rows(p, [f"Mã hồ sơ: {code}",
             f"Người nộp: {son.upper}, số định danh {son.cccd}, con của người chết",
             f"Người chết: {dead}, sinh năm 1948, chết ngày 02/3/2026",
             "Nhóm thủ tục:", procedure], pt=10.0)
    p.table([12.0, 70.0, 62.0, 38.0],
            [["TT", "Cơ quan giải quyết", "Việc", "Ngày trả"],
             ["1", "UBND phường An Hội", "Trích lục khai tử", "09/03/2026"],
             ["2", "Công an phường An Hội", "Xóa đăng ký thường trú", "11/03/2026"],
             ["3", "Bảo hiểm xã hội cơ sở An Hội", "Mai táng phí, trợ cấp tuất", "27/03/2026"]],
            aligns="cllc", pt=9.5)
    rows(p, ["Đã nhận: tờ khai liên thông; giấy báo tử; giấy ủy quyền của vợ người chết; "
             "bản chụp căn cước của người nộp; bảng kê chi phí điều trị (nộp kèm, không bắt buộc).",
             "Kết quả trả tại Bộ phận Một cửa phường hoặc qua dịch vụ bưu chính công ích."],
         pt=9.5)
    p.right("An Hội, ngày 06/3/2026", "i", 10.0)
    sign_both(p, signer(["NGƯỜI NỘP"], son.upper, space=12.0, pt=10.0),
              signer(["NGƯỜI TIẾP NHẬN"], "Võ Thị Bích Tuyền", space=12.0, pt=10.0))
    receipt = Paper("phieu_tiep_nhan", "Giấy tiếp nhận hồ sơ", "giay_tiep_nhan_lien_thong_bang_xam",
                    [p], {"thu_tuc": procedure, "ho_ten": son.upper, "so_cccd": son.cccd,
                          "ngay_ban_hanh": "2026-03-06",
                          "co_quan_ban_hanh": "UBND PHƯỜNG AN HỘI"}, head)

    t1 = mk.page("jn", 11.0, (20.0, 192.0), 12.0)
    motto(t1, 11.5)
    head = title(t1, "TỜ KHAI LIÊN THÔNG\nĐĂNG KÝ KHAI TỬ, XÓA ĐĂNG KÝ THƯỜNG TRÚ,\n"
                 "HƯỞNG CHẾ ĐỘ TỬ TUẤT", 12.5)
    t1.center("Kính gửi: Ủy ban nhân dân phường An Hội, tỉnh Vĩnh Long", "r", 11.0)
    t1.head("I. THÔNG TIN NGƯỜI KHAI", pt=11.0)
    rows(t1, [f"Họ, chữ đệm, tên: {son.upper}     Quan hệ với người chết: con",
              f"Số định danh cá nhân: {son.cccd}     Điện thoại: {son.phone}",
              f"Nơi cư trú: {son.home}"], pt=11.0)
    t1.head("II. THÔNG TIN NGƯỜI CHẾT", pt=11.0)
    rows(t1, [f"Họ, chữ đệm, tên: {dead}     Giới tính: Nam",
              f"Ngày sinh: 11/7/1948     Số định danh cá nhân: {dead_id}",
              "Nơi thường trú: số 14 đường Nguyễn Đình Chiểu, phường An Hội",
              "Chết lúc 04 giờ 20 phút, ngày 02/3/2026, tại Bệnh viện Đa khoa khu vực An Hội",
              "Nguyên nhân: suy tim; giấy báo tử số 148/GBT",
              "Là người hưởng lương hưu, mã số BHXH 8398041127 (giáo viên nghỉ hưu năm 2008)"],
         pt=11.0)
    t2 = mk.page("jn", 11.0, (20.0, 192.0), 12.0)
    continued(t2, "(tiếp theo trang 1)")
    t2.head("III. ĐỀ NGHỊ", pt=11.0)
    rows(t2, ["1. Đăng ký khai tử và cấp 01 bản chính trích lục khai tử, 02 bản sao.",
              "2. Xóa đăng ký thường trú của người chết.",
              "3. Giải quyết trợ cấp mai táng và trợ cấp tuất hằng tháng cho vợ người chết là bà "
              "TRẦN THỊ LỰU (sinh năm 1952, số định danh 083152004390).",
              "Hình thức nhận: chuyển khoản vào tài khoản của người khai số 7110 2058 3361 tại "
              "Agribank."], pt=11.0)
    t2.p("Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước "
         "pháp luật về cam đoan của mình.", pt=11.0, align="j")
    t2.right(f"An Hội, {words(date(2026, 3, 5))}", "i", 11.0)
    sign_right(t2, signer(["NGƯỜI KHAI"], son.upper, note="(ký, ghi rõ họ tên)", space=15.0,
                          pt=11.0))
    form = Paper("don_de_nghi", "Tờ khai liên thông", "to_khai_lien_thong_khai_tu_2_trang",
                 [t1, t2], {"ho_ten": son.upper, "so_cccd": son.cccd,
                            "ngay_ban_hanh": "2026-03-05"}, head)

    g = mk.page("ct", 10.5, (20.0, 192.0), 14.0)
    header(g, ["SỞ Y TẾ TỈNH VĨNH LONG", "BỆNH VIỆN ĐA KHOA KHU VỰC AN HỘI"], "148/GBT",
           pt=10.0)
    head = title(g, "GIẤY BÁO TỬ", 16.0)
    rows(g, [f"Họ và tên người chết: {dead}     Giới tính: Nam     Năm sinh: 1948",
             f"Số định danh cá nhân: {dead_id}",
             "Nơi cư trú: phường An Hội, tỉnh Vĩnh Long",
             "Vào viện lúc: 21 giờ 05 phút, ngày 27/02/2026; khoa Hồi sức tích cực",
             "Đã chết vào lúc: 04 giờ 20 phút, ngày 02/3/2026",
             "Nguyên nhân chết: suy tim độ IV, tăng huyết áp",
             f"Người nhận giấy báo tử: {son.upper} (con)"], pt=10.5)
    g.right("An Hội, ngày 02 tháng 3 năm 2026", "i", 10.5)
    sign_right(g, signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "BS.CKII Lê Hoàng Nhân",
                         space=15.0, pt=10.5), seal=True)
    notice = Paper("giay_bao_tu", "Giấy báo tử", "giay_bao_tu_benh_vien_an_hoi", [g],
                   {"so_ky_hieu": "148/GBT", "ho_ten": dead, "so_cccd": dead_id,
                    "ngay_ban_hanh": "2026-03-02",
                    "co_quan_ban_hanh": "BỆNH VIỆN ĐA KHOA KHU VỰC AN HỘI"}, head)

    u = mk.page("jn", 11.5, (22.0, 190.0), 14.0)
    motto(u, 12.0)
    head = title(u, "Giấy ủy quyền", 16.0, ("(nhận chế độ tử tuất)",))
    rows(u, ["Bên ủy quyền: bà TRẦN THỊ LỰU, sinh năm 1952",
             "Số định danh cá nhân: 083152004390",
             "Nơi cư trú: số 14 đường Nguyễn Đình Chiểu, phường An Hội, tỉnh Vĩnh Long",
             f"Bên được ủy quyền: ông {son.upper}, con ruột, số định danh {son.cccd}",
             f"Nội dung: thay tôi nộp hồ sơ, ký giấy tờ và nhận trợ cấp mai táng, trợ cấp tuất "
             f"của chồng tôi là ông {dead}.",
             "Thời hạn: từ ngày ký đến khi nhận xong các khoản trợ cấp."], pt=11.5)
    u.right("An Hội, ngày 04 tháng 3 năm 2026", "i", 11.5)
    sign_both(u, signer(["BÊN ĐƯỢC ỦY QUYỀN"], son.upper, space=14.0, pt=11.0),
              signer(["BÊN ỦY QUYỀN"], "TRẦN THỊ LỰU", space=14.0, pt=11.0))
    box_stamp(u, ["CHỨNG THỰC CHỮ KÝ", "Số: 0312, quyển 01/2026-SCT/CK",
                  "UBND phường An Hội, ngày 04/3/2026"], 30.0, u.y + 2.0, pt=8.5)
    attorney = Paper("giay_uy_quyen", "Giấy ủy quyền", "giay_uy_quyen_vo_tuat_chu_thuong", [u],
                     {"ho_ten": "TRẦN THỊ LỰU", "so_cccd": "083152004390",
                      "ngay_ban_hanh": "2026-03-04"}, head)

    o = mk.page("ct", 9.5, (14.0, 196.0), 14.0)
    o.block([L("SỞ Y TẾ TỈNH VĨNH LONG", "r", 9.5, align="l"),
             L("BỆNH VIỆN ĐA KHOA KHU VỰC AN HỘI", "b", 9.5, align="l")], 14.0, 120.0)
    o.gap(2.0)
    head = title(o, "BẢNG KÊ CHI PHÍ ĐIỀU TRỊ NỘI TRÚ", 13.0,
                 ("(bản in cho thân nhân người bệnh)",))
    rows(o, [f"Người bệnh: {dead}     Mã số BHYT: HT2838304115372",
             "Khoa: Hồi sức tích cực     Vào viện: 27/02/2026     Ra viện: 02/3/2026 (tử vong)"],
         pt=9.5)
    o.table([12.0, 86.0, 28.0, 28.0, 28.0],
            [["TT", "Nội dung", "Thành tiền", "BHYT trả", "Người bệnh trả"],
             ["1", "Ngày giường hồi sức (04 ngày)", "3.920.000", "3.920.000", "0"],
             ["2", "Xét nghiệm, chẩn đoán hình ảnh", "2.615.000", "2.615.000", "0"],
             ["3", "Thuốc, dịch truyền", "6.482.000", "6.158.000", "324.000"],
             ["4", "Vật tư y tế, oxy", "1.730.000", "1.560.000", "170.000"],
             ["", "Cộng", "14.747.000", "14.253.000", "494.000"]], aligns="clccc", pt=9.0)
    o.field("Thân nhân đã thanh toán 494.000 đồng ngày 02/3/2026.", pt=9.5)
    bill = Paper("other", "Bảng kê chi phí điều trị nội trú", "bang_ke_chi_phi_noi_tru_an_hoi",
                 [o], {}, head)

    card = id_card(mk, son, issued="30/07/2024", home=son.home,
                   kind="can_cuoc_con_trai_lien_thong", office="UBND phường An Hội",
                   number="1187/2026", dated="05/3/2026")
    return Dossier(code, procedure, [],
                   [receipt, form, notice, bill, attorney, card])
