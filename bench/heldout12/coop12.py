"""Two dossiers of the twelfth held-apart set: eleven farmers found a coffee cooperative (xã Ea
Kar, Đắk Lắk), its receipt printed by the cooperatives' registration portal with a barcode
beside the dossier's code, the resolution of the founding meeting still to come; a kitchen
that cooks school meals asks for its food-safety certificate (phường Hải Châu, Đà Nẵng), its
slip with the three steps of the procedure side by side."""

from __future__ import annotations

from datetime import date

from page12 import (
    Dossier,
    L,
    Maker,
    Paper,
    barcode,
    copy_stamp,
    dmy,
    header,
    id_cards,
    motto,
    page_number,
    rows,
    sign_both,
    sign_right,
    signer,
    stamp,
    title,
    underlined_title,
    words,
)

COOP = "HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP CÀ PHÊ EA KAR XANH"
MEMBERS = [("Y Khiêm Niê", "1979", "066079004183", "Thôn 2", "50.000.000"),
           ("Hoàng Văn Thụ", "1968", "066068012947", "Thôn 3", "40.000.000"),
           ("H'Lan Byă", "1985", "066185006321", "Buôn Ea Kar", "30.000.000"),
           ("Nông Thị Hòa", "1990", "066190008872", "Thôn 2", "30.000.000"),
           ("Lương Văn Sáng", "1972", "066072003518", "Thôn 5", "30.000.000"),
           ("Y Bhăm Mlô", "1988", "066088011204", "Buôn Ea Kar", "20.000.000"),
           ("Đinh Thị Mận", "1976", "066176002659", "Thôn 3", "20.000.000"),
           ("Vi Văn Quảng", "1983", "066083009730", "Thôn 6", "20.000.000"),
           ("Hà Thị Thoa", "1994", "066194005417", "Thôn 5", "15.000.000"),
           ("Triệu Văn Lợi", "1970", "066070007266", "Thôn 6", "15.000.000")]
"""Ten members besides the director: name, year of birth, personal number, village, capital."""


def cooperative(mk: Maker) -> Dossier:
    """Đăng ký thành lập hợp tác xã (Đắk Lắk): the portal's receipt, the application, the
    charter (2 p., the second headed "Trang 2/2"), the members' list, the board's list, the
    business plan, the capital summary (no known type) and the director's card, certified;
    the founding resolution is missing."""
    boss = mk.person("Lò Văn Thắng", "1975-02-11", True, "066", "Thôn 2, xã Ea Kar, tỉnh Đắk Lắk")
    code = "000.00.31.H22-260304-0118"
    procedure = "Đăng ký thành lập mới HTX (lĩnh vực nông nghiệp - cà phê)"
    missing = "Nghị quyết hội nghị thành lập hợp tác xã"
    p = mk.page("jb", 9.0, (12.0, 198.0), 10.0)
    top = p.y
    p.block([L("UBND XÃ EA KAR", "r", 9.5, align="l"),
             L("PHÒNG KINH TẾ", "b", 9.5, align="l"),
             L("Bộ phận Một cửa - Đăng ký hợp tác xã", "r", 8.5, align="l")], 12.0, 100.0)
    barcode(p, 124.0, top, code)
    p.y = top + 12.5
    p.line(f"Mã hồ sơ: {code}", "b", 9.0, x0=118.0, x1=198.0, align="c")
    p.y = max(p.y, top + 22.0)
    p.hline(12.0, 198.0, p.y, 0.5)
    p.gap(4.0)
    head = title(p, "GIẤY BIÊN NHẬN HỒ SƠ ĐĂNG KÝ HỢP TÁC XÃ", 12.5,
                 ("(In từ Hệ thống thông tin quốc gia về đăng ký hợp tác xã)",))
    for label, value in (("Tên HTX dự kiến", COOP),
                         ("Người nộp", f"{boss.upper} - Giám đốc dự kiến"),
                         ("Số ĐDCN", boss.cccd), ("Điện thoại", boss.phone),
                         ("Loại hồ sơ", procedure),
                         ("Tiếp nhận", "04/03/2026 10:42, Quầy số 3"),
                         ("Hẹn trả", "09/03/2026 (03 ngày làm việc)")):
        p.segs([(0.0, label), (34.0, f": {value}")], pt=9.0)
    p.gap(2.0)
    p.table([12.0, 128.0, 22.0, 24.0],
            [["STT", "Thành phần hồ sơ", "Bản", "Tình trạng"],
             ["1", "Giấy đề nghị đăng ký hợp tác xã", "01", "đủ"],
             ["2", "Điều lệ", "01", "đủ"],
             ["3", "Phương án sản xuất, kinh doanh", "01", "đủ"],
             ["4", "Danh sách thành viên; danh sách HĐQT, giám đốc, ban kiểm soát", "02", "đủ"],
             ["5", "Nghị quyết hội nghị thành lập", "00", "chưa nộp"]],
            aligns="clcc", pt=8.5)
    p.field("Giấy tờ còn thiếu: Nghị quyết hội nghị thành lập (nộp bổ sung trước ngày hẹn trả, "
            "quá hạn hồ sơ bị trả lại).", pt=8.5)
    p.field("Lệ phí đăng ký: miễn theo Nghị quyết số 47/2025/NQ-HĐND ngày 10/12/2025.", pt=8.5)
    sign_both(p, signer(["NGƯỜI NỘP HỒ SƠ"], boss.upper, space=12.0, pt=9.0),
              signer(["CÔNG CHỨC TIẾP NHẬN"], "Hoàng Thị Kim Oanh", space=12.0, pt=9.0))
    receipt = Paper("phieu_tiep_nhan", "Giấy biên nhận hồ sơ", "bien_nhan_cong_htx_ma_vach",
                    [p], {"thu_tuc": procedure, "ho_ten": boss.upper, "so_cccd": boss.cccd,
                          "ngay_ban_hanh": "2026-03-04", "co_quan_ban_hanh": "PHÒNG KINH TẾ"},
                    head)

    a = mk.page("vk", 12.0, (22.0, 190.0), 14.0)
    motto(a, 12.5)
    a.right("Ea Kar, ngày 02 tháng 3 năm 2026", "i", 12.0)
    head = title(a, "GIẤY ĐỀ NGHỊ\nĐĂNG KÝ HỢP TÁC XÃ", 14.5)
    a.center("Kính gửi: Phòng Kinh tế - Ủy ban nhân dân xã Ea Kar", "r", 12.0)
    a.gap(2.0)
    rows(a, [f"Tôi là (ghi họ tên bằng chữ in hoa): {boss.upper}",
             f"Sinh ngày: {dmy(boss.born)}     Dân tộc: Thái     Quốc tịch: Việt Nam",
             f"Số định danh cá nhân: {boss.cccd}",
             f"Địa chỉ liên lạc: {boss.home}",
             "Là người đại diện theo pháp luật, đăng ký thành lập hợp tác xã với nội dung sau:",
             f"1. Tên hợp tác xã: {COOP}",
             "2. Trụ sở chính: Thôn 2, xã Ea Kar, tỉnh Đắk Lắk",
             "3. Ngành, nghề kinh doanh: trồng cà phê (0126); dịch vụ sau thu hoạch (0163); "
             "bán buôn nông sản (4620)",
             "4. Vốn điều lệ: 320.000.000 đồng (ba trăm hai mươi triệu đồng)",
             "5. Số lượng thành viên: 11; tài khoản dự kiến mở tại Agribank, số 520104738296 "
             "(sẽ bổ sung khi được cấp)"], pt=12.0)
    a.p("Tôi cam kết trung thực, chịu trách nhiệm trước pháp luật về tính hợp pháp, chính xác "
        "của nội dung đề nghị đăng ký.", pt=12.0, align="j")
    sign_right(a, signer(["NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT"], boss.upper, note="(Ký, ghi họ tên)",
                         space=16.0, pt=12.0))
    ask = Paper("don_de_nghi", "Giấy đề nghị đăng ký hợp tác xã", "de_nghi_dang_ky_htx_ca_phe",
                [a], {"ho_ten": boss.upper, "so_cccd": boss.cccd, "ngay_ban_hanh": "2026-03-02"},
                head)

    c1 = mk.page("vk", 11.5, (24.0, 188.0), 14.0)
    motto(c1, 12.0)
    head = title(c1, "ĐIỀU LỆ\nHỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP\nCÀ PHÊ EA KAR XANH", 14.0,
                 ("(Thông qua tại Hội nghị thành lập ngày 26 tháng 02 năm 2026)",))
    c1.p("Căn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023; Nghị định số 92/2024/NĐ-CP ngày 18 "
         "tháng 7 năm 2024 của Chính phủ về đăng ký hộ kinh doanh, hợp tác xã, liên hiệp hợp tác "
         "xã, Hội nghị thành lập thống nhất ban hành Điều lệ này.", pt=11.5, align="j")
    for head_, text in (("Chương I. QUY ĐỊNH CHUNG", ""),
                        ("Điều 1. Tên, trụ sở", f"Tên: {COOP}. Tên viết tắt: HTX EA KAR XANH. "
                         "Trụ sở: Thôn 2, xã Ea Kar, tỉnh Đắk Lắk."),
                        ("Điều 2. Mục tiêu hoạt động", "Hợp tác xã hỗ trợ thành viên trồng, "
                         "chăm sóc, thu hái và sơ chế cà phê theo tiêu chuẩn bền vững; tổ chức "
                         "tiêu thụ chung và ký hợp đồng bao tiêu với doanh nghiệp chế biến."),
                        ("Điều 3. Thành viên", "Cá nhân từ đủ 18 tuổi, có vườn cà phê trên địa "
                         "bàn xã, góp vốn tối thiểu 15.000.000 đồng, tán thành Điều lệ và tự "
                         "nguyện gia nhập."),
                        ("Điều 4. Vốn góp", "Vốn góp của một thành viên không quá 20% vốn điều "
                         "lệ; thời hạn góp đủ vốn là 06 tháng kể từ ngày được cấp giấy chứng "
                         "nhận đăng ký.")):
        c1.head(head_, pt=11.5)
        if text:
            c1.p(text, pt=11.5, align="j")
    c2 = mk.page("vk", 11.5, (24.0, 188.0), 12.0)
    page_number(c2, "Trang 2/2")
    for head_, text in (("Điều 12. Hội đồng quản trị", "Hội đồng quản trị gồm 03 người do Đại "
                         "hội thành viên bầu, nhiệm kỳ 05 năm; Chủ tịch Hội đồng quản trị kiêm "
                         "Giám đốc hợp tác xã."),
                        ("Điều 13. Ban kiểm soát", "Đại hội thành viên bầu 01 kiểm soát viên, "
                         "nhiệm kỳ cùng nhiệm kỳ Hội đồng quản trị."),
                        ("Điều 18. Phân phối thu nhập", "Sau khi làm nghĩa vụ thuế, trích quỹ "
                         "đầu tư phát triển 20%, quỹ dự phòng tài chính 5%; phần còn lại chia "
                         "theo mức độ sử dụng dịch vụ và vốn góp."),
                        ("Điều 25. Hiệu lực", "Điều lệ có hiệu lực kể từ ngày hợp tác xã được "
                         "cấp giấy chứng nhận đăng ký. Điều lệ gồm 05 chương, 25 điều.")):
        c2.head(head_, pt=11.5)
        c2.p(text, pt=11.5, align="j")
    c2.right("Ea Kar, ngày 26 tháng 02 năm 2026", "i", 11.5)
    sign_right(c2, signer(["TM. HỘI NGHỊ THÀNH LẬP", "CHỦ TỌA"], boss.upper, space=16.0,
                          pt=11.5))
    charter = Paper("dieu_le", "Điều lệ hợp tác xã", "dieu_le_htx_ca_phe_2_trang", [c1, c2],
                    {"ngay_ban_hanh": "2026-02-26", "co_quan_ban_hanh": COOP}, head)

    m = mk.page("mr", 9.0, (10.0, 200.0), 12.0)
    m.line(COOP, "b", 9.5)
    m.gap(2.0)
    head = title(m, "DANH SÁCH THÀNH VIÊN HỢP TÁC XÃ", 13.0,
                 ("(Kèm theo Giấy đề nghị đăng ký hợp tác xã ngày 02/3/2026)",))
    body = [["1", boss.upper, str(boss.born.year), boss.cccd, "Thôn 2", "50.000.000", ""]]
    body += [[str(k + 2), n.upper(), y, c, v, cap, ""] for k, (n, y, c, v, cap)
             in enumerate(MEMBERS)]
    m.table([10.0, 48.0, 18.0, 36.0, 28.0, 28.0, 22.0],
            [["TT", "Họ và tên", "Năm sinh", "Số định danh cá nhân", "Nơi cư trú",
              "Vốn góp (đồng)", "Ký tên"], *body,
             ["", "Cộng: 11 thành viên", "", "", "", "320.000.000", ""]],
            aligns="clcclcc", pt=8.5)
    m.right("Ea Kar, ngày 02 tháng 3 năm 2026", "i", 9.5)
    sign_right(m, signer(["NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT"], boss.upper, space=14.0, pt=9.5))
    members = Paper("danh_sach", "Danh sách thành viên", "danh_sach_thanh_vien_htx_11_nguoi",
                    [m], {"ngay_ban_hanh": "2026-03-02", "co_quan_ban_hanh": COOP}, head)

    b = mk.page("mr", 9.5, (12.0, 198.0), 14.0)
    b.line(COOP, "b", 9.5)
    b.gap(2.0)
    head = title(b, "DANH SÁCH THÀNH VIÊN HỘI ĐỒNG QUẢN TRỊ,\nGIÁM ĐỐC, BAN KIỂM SOÁT", 12.0)
    b.table([10.0, 50.0, 44.0, 36.0, 46.0],
            [["TT", "Họ và tên", "Chức danh", "Số định danh", "Nhiệm kỳ"],
             ["1", boss.upper, "Chủ tịch HĐQT kiêm Giám đốc", boss.cccd, "2026 - 2031"],
             ["2", "NÔNG THỊ HÒA", "Thành viên HĐQT", "066190008872", "2026 - 2031"],
             ["3", "Y KHIÊM NIÊ", "Thành viên HĐQT", "066079004183", "2026 - 2031"],
             ["4", "ĐINH THỊ MẬN", "Kiểm soát viên", "066176002659", "2026 - 2031"]],
            aligns="clllc", pt=9.0)
    b.right("Ea Kar, ngày 02 tháng 3 năm 2026", "i", 9.5)
    sign_right(b, signer(["NGƯỜI LẬP DANH SÁCH"], boss.upper, space=14.0, pt=9.5))
    board = Paper("danh_sach", "Danh sách thành viên hội đồng quản trị, giám đốc, ban kiểm soát",
                  "danh_sach_hdqt_bks_htx", [b],
                  {"ngay_ban_hanh": "2026-03-02", "co_quan_ban_hanh": COOP}, head)

    k = mk.page("vk", 12.0, (22.0, 190.0), 14.0)
    k.line(COOP, "b", 10.5, align="c")
    k.gap(4.0)
    head = underlined_title(k, "PHƯƠNG ÁN SẢN XUẤT, KINH DOANH\nGIAI ĐOẠN 2026 - 2028", 14.0)
    for head_, text in (("1. Quy mô", "Tổng diện tích cà phê của thành viên 38,5 ha, sản lượng "
                         "nhân xô bình quân 3,1 tấn/ha; hợp tác xã thu mua, sơ chế và bán chung "
                         "70% sản lượng."),
                        ("2. Dịch vụ", "Cung ứng phân bón hữu cơ, cây giống; máy sấy 10 tấn/mẻ "
                         "đặt tại Thôn 2; làm đất và tưới tiết kiệm theo đơn đặt của thành viên."),
                        ("3. Hiệu quả dự kiến", "Doanh thu năm thứ nhất 4,2 tỷ đồng, lợi nhuận "
                         "trước thuế 310 triệu đồng; năm thứ ba đạt chứng nhận 4C cho 25 ha."),
                        ("4. Vốn", "Vốn điều lệ 320 triệu đồng; vay ưu đãi Quỹ hỗ trợ phát "
                         "triển hợp tác xã 500 triệu đồng theo Quyết định số 1418/QĐ-UBND ngày "
                         "15 tháng 9 năm 2025 của UBND tỉnh.")):
        k.head(head_, pt=12.0)
        k.p(text, pt=12.0, align="j")
    k.right("Ea Kar, ngày 02 tháng 3 năm 2026", "i", 12.0)
    sign_right(k, signer(["GIÁM ĐỐC DỰ KIẾN"], boss.upper, space=14.0, pt=12.0))
    plan = Paper("ke_hoach", "Phương án sản xuất, kinh doanh", "phuong_an_sxkd_htx_ca_phe",
                 [k], {"ngay_ban_hanh": "2026-03-02", "co_quan_ban_hanh": COOP}, head)

    t = mk.page("mr", 9.5, (12.0, 198.0), 14.0)
    head = title(t, "BẢNG TỔNG HỢP VỐN GÓP CỦA THÀNH VIÊN", 12.5,
                 ("(lập tại Hội nghị thành lập, chưa ký xác nhận)",))
    t.table([10.0, 60.0, 38.0, 38.0, 40.0],
            [["TT", "Thành viên", "Đã góp (đồng)", "Còn phải góp", "Hình thức"],
             *[[str(i + 1), n, cap, "0", "tiền mặt" if i % 3 else "chuyển khoản"]
               for i, (n, _, _, _, cap) in enumerate(MEMBERS[:6])],
             ["", "Cộng 6 thành viên đã góp đủ", "190.000.000", "", ""]],
            aligns="clccl", pt=9.0)
    t.field("Tiền góp chuyển khoản về tài khoản tạm của người đại diện số 520104738296 tại "
            "Agribank chi nhánh Ea Kar.", pt=9.0)
    capital = Paper("other", "Bảng tổng hợp vốn góp", "bang_tong_hop_von_gop_htx", [t], {},
                    head)

    card = id_cards(mk, boss, issued="19/08/2024", home="Thôn 2, xã Ea Kar, tỉnh Đắk Lắk",
                    kind="can_cuoc_giam_doc_htx_chung_thuc", stamp_office="UBND xã Ea Kar",
                    stamp_date="ngày 27/02/2026", number="318/2026 - SCT/BS")
    return Dossier(code, procedure, [missing],
                   [receipt, ask, charter, members, board, plan, capital, card])


def kitchen(mk: Maker) -> Dossier:
    """Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (Đà Nẵng): a slip with its
    title at the left and the procedure's three steps side by side, the application, the
    company's certificate (certified copy), the kitchen's floor plan,
    the owner's health certificate, the list of cooks examined and the training certificate."""
    boss = mk.person("Phan Thị Diễm Thúy", "1983-06-30", False, "048",
                     "45 Lê Đình Dương, phường Hải Châu, thành phố Đà Nẵng")
    firm = "CÔNG TY TNHH SUẤT ĂN HẢI CHÂU XANH"
    code = "000.00.05.H17-260311-0264"
    procedure = "Cấp GCN cơ sở đủ ĐK ATTP - bếp ăn công nghiệp (suất ăn trường học)"
    r = mk.page("mr", 9.5, (16.0, 194.0), 12.0)
    r.block([L("UBND THÀNH PHỐ ĐÀ NẴNG", "r", 9.5, align="r"),
             L("BAN QUẢN LÝ AN TOÀN THỰC PHẨM", "b", 9.5, align="r"),
             L("Tầng 4, Trung tâm Hành chính thành phố - ĐT 0236 3 821 437", "r", 8.0,
               align="r")], 16.0, 194.0)
    r.hline(16.0, 194.0, r.y + 1.0, 0.8)
    r.gap(5.0)
    head = "PHIẾU NHẬN HỒ SƠ VÀ HẸN NGÀY THẨM ĐỊNH CƠ SỞ"
    r.line(head, "b", 13.0)
    r.line("(Cơ sở giữ phiếu này để đón đoàn thẩm định)", "i", 9.0)
    r.gap(3.0)
    rows(r, [f"Mã hồ sơ: {code}", f"Cơ sở: {firm}",
             f"Người nộp: {boss.upper}, số ĐDCN {boss.cccd}",
             f"Nội dung: {procedure}"], pt=9.5)
    r.gap(2.0)
    r.table([59.0, 60.0, 59.0],
            [["Bước 1 - Nhận hồ sơ", "Bước 2 - Thẩm định tại cơ sở", "Bước 3 - Trả kết quả"],
             ["11/3/2026, hồ sơ đủ thành phần", "dự kiến 20/3 - 25/3/2026, báo trước qua "
              f"điện thoại {boss.phone}", "01/4/2026 tại Bộ phận Một cửa hoặc qua bưu điện"]],
            aligns="lll", pt=9.0)
    rows(r, ["Hồ sơ gồm: đơn đề nghị; bản sao giấy chứng nhận đăng ký doanh nghiệp; bản vẽ mặt "
             "bằng bếp; giấy khám sức khỏe của chủ cơ sở và danh sách người chế biến đã khám; "
             "giấy xác nhận kiến thức an toàn thực phẩm.",
             "Phí thẩm định: 700.000 đồng, nộp khi đoàn thẩm định đến cơ sở.",
             "Tra cứu hồ sơ tại Cổng dịch vụ công thành phố theo mã hồ sơ."], pt=9.5)
    sign_right(r, signer(["NGƯỜI NHẬN HỒ SƠ"], "Trần Quang Vũ", space=12.0, pt=9.5))
    receipt = Paper("phieu_tiep_nhan", "Phiếu nhận hồ sơ", "phieu_nhan_hs_ba_buoc_attp",
                    [r], {"thu_tuc": procedure, "ho_ten": boss.upper, "so_cccd": boss.cccd,
                          "ngay_ban_hanh": "2026-03-11",
                          "co_quan_ban_hanh": "BAN QUẢN LÝ AN TOÀN THỰC PHẨM"}, head)

    a = mk.page("vk", 12.0, (22.0, 190.0), 14.0, color=True)
    motto(a, 12.5)
    head = title(a, "ĐƠN ĐỀ NGHỊ CẤP GIẤY CHỨNG NHẬN\nCƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM", 13.5)
    a.center("Kính gửi: Ban Quản lý An toàn thực phẩm thành phố Đà Nẵng", "r", 12.0)
    a.gap(2.0)
    rows(a, [f"Cơ sở: {firm}",
             "Mã số doanh nghiệp: 0402218746, cấp lần đầu ngày 14/10/2019",
             "Địa chỉ bếp: lô 7, đường Lê Đình Dương, phường Hải Châu",
             f"Người đại diện: {boss.upper}, Giám đốc",
             f"Số định danh cá nhân: {boss.cccd}",
             "Loại hình: bếp ăn tập thể, suất ăn sẵn cho 03 trường tiểu học (1.200 suất/ngày)",
             "Số người trực tiếp chế biến: 08 người (danh sách kèm theo)"], pt=12.0)
    a.p("Cơ sở đã chấp hành đầy đủ các quy định tại Luật An toàn thực phẩm ngày 17 tháng 6 năm "
        "2010 và Nghị định số 15/2018/NĐ-CP ngày 02 tháng 02 năm 2018; đề nghị được thẩm định "
        "và cấp giấy chứng nhận.", pt=12.0, align="j")
    a.right("Đà Nẵng, ngày 09 tháng 3 năm 2026", "i", 12.0)
    sign_right(a, signer(["GIÁM ĐỐC"], boss.upper, note="(Ký, đóng dấu)", space=16.0, pt=12.0),
               seal=True)
    ask = Paper("don_de_nghi", "Đơn đề nghị cấp giấy chứng nhận cơ sở đủ điều kiện an toàn "
                "thực phẩm", "don_attp_bep_an_truong_hoc", [a],
                {"ho_ten": boss.upper, "so_cccd": boss.cccd, "ngay_ban_hanh": "2026-03-09",
                 "co_quan_ban_hanh": firm}, head)

    g = mk.page("vk", 11.5, (20.0, 192.0), 14.0)
    header(g, ["SỞ TÀI CHÍNH THÀNH PHỐ ĐÀ NẴNG", "PHÒNG ĐĂNG KÝ KINH DOANH"], None, pt=11.0)
    head = title(g, "GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP\nCÔNG TY TRÁCH NHIỆM HỮU HẠN MỘT "
                 "THÀNH VIÊN", 13.0)
    rows(g, ["Mã số doanh nghiệp: 0402218746",
             "Đăng ký lần đầu: ngày 14 tháng 10 năm 2019",
             "Đăng ký thay đổi lần thứ: 2, ngày 06 tháng 8 năm 2025",
             f"1. Tên công ty viết bằng tiếng Việt: {firm}",
             "Tên công ty viết bằng tiếng nước ngoài: HAI CHAU XANH CATERING COMPANY LIMITED",
             "2. Địa chỉ trụ sở chính: 45 Lê Đình Dương, phường Hải Châu, thành phố Đà Nẵng",
             "3. Vốn điều lệ: 2.000.000.000 đồng (hai tỷ đồng)",
             f"4. Người đại diện theo pháp luật: {boss.upper}, chức danh: Giám đốc",
             f"Số định danh cá nhân: {boss.cccd}"], pt=11.5)
    sign_right(g, signer(["TRƯỞNG PHÒNG"], "Lê Văn Thạnh", space=14.0, pt=11.5), seal=True)
    copy_stamp(g, 24.0, g.y + 2.0, office="Phường Hải Châu", number="1207/2026/SCT/BS",
               dated="ngày 05/3/2026")
    cert = Paper("gcn_dang_ky_doanh_nghiep", "Giấy chứng nhận đăng ký doanh nghiệp",
                 "gcn_dkdn_suat_an_chung_thuc", [g],
                 {"so_ky_hieu": "0402218746", "ngay_ban_hanh": "2019-10-14",
                  "co_quan_ban_hanh": "PHÒNG ĐĂNG KÝ KINH DOANH"}, head)

    f = mk.page("mr", 9.0, (14.0, 196.0), 14.0)
    head = title(f, "BẢN VẼ MẶT BẰNG BỐ TRÍ KHU VỰC CHẾ BIẾN", 12.5,
                 ("(nguyên tắc một chiều: nhận - sơ chế - chế biến - chia - giao)",))
    top = f.y + 2.0
    f.rect((20.0, 190.0, top, top + 120.0), width=0.6)
    rooms = [("1. Khu nhận nguyên liệu", 20.0, 62.0, 0.0, 40.0),
             ("2. Sơ chế rau, thịt", 62.0, 110.0, 0.0, 40.0),
             ("3. Kho khô", 110.0, 150.0, 0.0, 40.0),
             ("4. Khu nấu", 20.0, 110.0, 40.0, 85.0),
             ("5. Chia suất", 110.0, 190.0, 40.0, 85.0),
             ("6. Rửa dụng cụ", 20.0, 80.0, 85.0, 120.0),
             ("7. Giao suất ăn", 80.0, 190.0, 85.0, 120.0)]
    for name, x0, x1, y0, y1 in rooms:
        f.rect((x0, x1, top + y0, top + y1), width=0.35)
        f.put(x0 + 3.0, top + y0 + 7.0, name, "r", 9.0)
    f.y = top + 124.0
    f.field("Tỷ lệ 1:100. Diện tích bếp 186 m2; sàn lát gạch chống trơn, tường ốp men cao 2 m.",
            pt=9.0)
    f.field("Đơn vị vẽ: Công ty TNHH Tư vấn Kiến trúc Sơn Trà, ngày 20/02/2026.", pt=9.0)
    plan = Paper("ban_ve_thiet_ke", "Bản vẽ mặt bằng", "ban_ve_mat_bang_bep_mot_chieu", [f],
                 {"ngay_ban_hanh": "2026-02-20",
                  "co_quan_ban_hanh": "Công ty TNHH Tư vấn Kiến trúc Sơn Trà"}, head)

    h = mk.page("vk", 11.5, (20.0, 192.0), 14.0)
    header(h, ["SỞ Y TẾ THÀNH PHỐ ĐÀ NẴNG", "PHÒNG KHÁM ĐA KHOA THANH KHÊ AN"], "228/GKSK",
           pt=10.5)
    head = title(h, "GIẤY KHÁM SỨC KHỎE", 14.0, ("(dùng cho người từ đủ 18 tuổi trở lên)",))
    rows(h, [f"Họ và tên: {boss.upper}     Giới: Nữ",
             f"Ngày sinh: {dmy(boss.born)}     Số định danh: {boss.cccd}",
             f"Chỗ ở hiện tại: {boss.home}",
             "Lý do khám: làm việc trong cơ sở sản xuất, kinh doanh thực phẩm"], pt=11.5)
    h.table([60.0, 112.0],
            [["Chuyên khoa", "Kết quả"],
             ["Nội khoa", "Tim mạch, hô hấp, tiêu hóa bình thường"],
             ["Da liễu", "Không mắc bệnh ngoài da truyền nhiễm"],
             ["Xét nghiệm phân", "Không phát hiện vi khuẩn tả, lỵ, thương hàn"],
             ["X-quang ngực", "Không thấy tổn thương lao tiến triển"]], aligns="ll", pt=10.5)
    h.field("Kết luận: Đủ sức khỏe làm việc. Giấy có giá trị 12 tháng kể từ ngày ký.", pt=11.5)
    h.right("Đà Nẵng, ngày 24 tháng 02 năm 2026", "i", 11.5)
    sign_right(h, signer(["NGƯỜI KẾT LUẬN"], "BS. Huỳnh Ngọc Bích", space=14.0, pt=11.5),
               seal=True)
    health = Paper("giay_kham_suc_khoe", "Giấy khám sức khỏe", "gksk_chu_bep_an_da_nang", [h],
                   {"so_ky_hieu": "228/GKSK", "ho_ten": boss.upper, "so_cccd": boss.cccd,
                    "ngay_ban_hanh": "2026-02-24",
                    "co_quan_ban_hanh": "PHÒNG KHÁM ĐA KHOA THANH KHÊ AN"}, head)

    s = mk.page("mr", 9.0, (10.0, 200.0), 14.0)
    s.line(firm, "b", 9.5)
    s.gap(2.0)
    head = title(s, "DANH SÁCH NGƯỜI TRỰC TIẾP CHẾ BIẾN\nĐÃ KHÁM SỨC KHỎE VÀ TẬP HUẤN", 12.0)
    cooks = [("Ngô Văn Tài", "048084012376", "Bếp trưởng"), ("Lê Thị Sen", "048187003925", "Nấu"),
             ("Võ Thị Hạnh", "049190011482", "Nấu"), ("Trương Văn Lộc", "048095006613", "Sơ chế"),
             ("Đặng Thị Mỹ", "048192007741", "Sơ chế"), ("Hồ Thị Lài", "049186002208", "Chia"),
             ("Bùi Văn Khánh", "048099010054", "Giao nhận"),
             ("Phạm Thị Yến", "048197004436", "Rửa")]
    s.table([10.0, 44.0, 36.0, 26.0, 38.0, 36.0],
            [["TT", "Họ và tên", "Số định danh", "Vị trí", "Khám sức khỏe", "Tập huấn ATTP"],
             *[[str(i + 1), n, c, v, f"{10 + i:02d}/02/2026", "đạt 20/02/2026"]
               for i, (n, c, v) in enumerate(cooks)]], aligns="clccc" + "c", pt=8.5)
    s.right("Đà Nẵng, ngày 09 tháng 3 năm 2026", "i", 9.5)
    sign_right(s, signer(["GIÁM ĐỐC"], boss.upper, space=14.0, pt=9.5), seal=True)
    staff = Paper("danh_sach", "Danh sách người trực tiếp chế biến", "danh_sach_dau_bep_ksk",
                  [s], {"ngay_ban_hanh": "2026-03-09", "co_quan_ban_hanh": firm}, head)

    x = mk.page("vk", 12.0, (22.0, 190.0), 14.0)
    header(x, ["UBND THÀNH PHỐ ĐÀ NẴNG", "BAN QUẢN LÝ AN TOÀN THỰC PHẨM"], "1146/XNTH-BQL",
           pt=10.5)
    head = title(x, "GIẤY XÁC NHẬN\nKIẾN THỨC VỀ AN TOÀN THỰC PHẨM", 14.0)
    rows(x, [f"Xác nhận Bà: {boss.upper}",
             f"Số định danh cá nhân: {boss.cccd}",
             f"Chức vụ: Giám đốc {firm}",
             "Đã đạt yêu cầu kiểm tra kiến thức về an toàn thực phẩm (28/30 câu) theo Quyết định "
             "số 1335/QĐ-BYT ngày 22 tháng 5 năm 2023 của Bộ Y tế.",
             "Giấy xác nhận có giá trị 03 năm kể từ ngày ký."], pt=12.0)
    x.right(f"Đà Nẵng, {words(date(2026, 2, 20), pad=True)}", "i", 12.0)
    sign_right(x, signer(["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], "Nguyễn Hữu Phước",
                         space=16.0, pt=12.0), seal=True)
    stamp(x, ["ĐÃ ĐỐI CHIẾU BẢN CHÍNH", "ngày 11/3/2026"], 28.0, x.y - 24.0, pt=8.0)
    trained = Paper("giay_xac_nhan", "Giấy xác nhận kiến thức về an toàn thực phẩm",
                    "xac_nhan_kien_thuc_attp_chu_co_so", [x],
                    {"so_ky_hieu": "1146/XNTH-BQL", "ho_ten": boss.upper, "so_cccd": boss.cccd,
                     "ngay_ban_hanh": "2026-02-20",
                     "co_quan_ban_hanh": "BAN QUẢN LÝ AN TOÀN THỰC PHẨM"}, head)
    return Dossier(code, procedure, [],
                   [receipt, ask, cert, plan, health, staff, trained])
