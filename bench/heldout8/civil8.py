"""Three dossiers of the eighth held-apart set: a building permit extended (Đà Nẵng, a
bilingual receipt), a birth registered again for a man born in 1979 (Gia Lai, a small "GIẤY
HẸN" with a received stamp) and a motorbike sale's contract certified at a commune (Lâm Đồng,
a receipt filled in by hand; the seller's identity paper not handed in)."""

from __future__ import annotations

from datetime import date

from page8 import (
    Dossier,
    L,
    Maker,
    Paper,
    dmy,
    filled,
    header,
    id_card,
    motto,
    rows,
    sign_both,
    sign_right,
    signer,
    stamp,
    title,
    under,
    words,
)


def permit_extension(mk: Maker) -> Dossier:
    """Gia hạn giấy phép xây dựng (Đà Nẵng): the ward centre's bilingual receipt, the request,
    the 2025 permit of the former district (2 p.) and a power of attorney."""
    owner = mk.person("Phan Thị Mỹ Duyên", "1984-06-21", False, "048",
                      "tổ 12, phường Hải Châu, thành phố Đà Nẵng")
    agent = mk.person("Trần Công Định", "1990-01-15", True, "048",
                      "tổ 5, phường Thanh Khê, thành phố Đà Nẵng")
    code = "000.48.11.H17-260305-0266"
    procedure = "Gia hạn giấy phép xây dựng nhà ở riêng lẻ số 1187/GPXD (lần thứ nhất)"
    centre = "Trung tâm Phục vụ hành chính công phường Hải Châu"
    p = mk.page("lato", 10.5, (16.0, 194.0), 12.0)
    header(p, ("UBND PHƯỜNG HẢI CHÂU", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
               "PHƯỜNG HẢI CHÂU"), None, pt=10.5, split=96.0, parents=1)
    head = title(p, "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ\nRECEIPT AND APPOINTMENT SLIP",
                 13.5)
    p.line(f"Mã hồ sơ: {code}", "b", 11.0, align="c")
    p.line("(Dossier code)", "i", 9.0, align="c")
    p.gap(2.0)
    under(p, "Họ và tên người đề nghị / Applicant's full name:", owner.name, pt=10.5)
    rows(p, [f"Số định danh cá nhân / Personal ID No.: {owner.cccd}",
             f"Người nộp thay / Submitted by: {agent.name} (giấy ủy quyền ngày 04/3/2026)",
             f"Điện thoại / Phone: {owner.phone}"], pt=10.5)
    under(p, "Thủ tục / Procedure:", procedure, pt=10.5)
    rows(p, ["Mã thủ tục / Procedure code: 1.009976",
             "Thành phần hồ sơ / Documents received:",
             "1. Đơn đề nghị gia hạn giấy phép xây dựng (bản chính)",
             "2. Bản chính giấy phép xây dựng đã cấp số 1187/GPXD",
             "3. Giấy ủy quyền (bản chính)",
             "Thời gian nhận / Received at: 09 giờ 15, 05/3/2026",
             "Ngày hẹn trả / Return date: 12/3/2026 (05 ngày làm việc / 5 working days)"],
         pt=10.5)
    p.gap(1.0)
    p.line(f"TP. Đà Nẵng, {words(date(2026, 3, 5), pad=True)}", "i", 10.5, align="r")
    sign_both(p, signer(["NGƯỜI NỘP / SUBMITTER"], agent.name, space=14.0, pt=10.5),
              signer(["NGƯỜI TIẾP NHẬN / RECEIVER"], "Võ Thị Kim Oanh", space=14.0, pt=10.5))
    p.qr(f"{code}|1.009976", 24.0, p.y + 2.0, 20.0)
    receipt = Paper("phieu_tiep_nhan", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
                    "giay_tiep_nhan_song_ngu", [p],
                    {"thu_tuc": procedure, "ho_ten": owner.name, "so_cccd": owner.cccd,
                     "ngay_ban_hanh": "2026-03-05", "co_quan_ban_hanh": centre}, head)

    d = mk.page("bio", 12.0, (22.0, 192.0), 14.0)
    motto(d, 12.5)
    head = title(d, "ĐƠN ĐỀ NGHỊ GIA HẠN GIẤY PHÉP XÂY DỰNG", 14.0)
    d.line("Kính gửi: Ủy ban nhân dân phường Hải Châu", "r", 12.0, align="c")
    d.gap(2.0)
    rows(d, ["1. Thông tin về chủ đầu tư:", "- Tên chủ đầu tư (chủ hộ):"])
    d.field(owner.upper, style="b", x0=d.x0 + 14.0)
    rows(d, [f"- Số định danh cá nhân: {owner.cccd}",
             "- Địa chỉ liên hệ: số 41 đường Lê Đình Dương, tổ 12, phường Hải Châu",
             f"- Số điện thoại: {owner.phone}",
             "2. Giấy phép xây dựng đã được cấp: số 1187/GPXD ngày 22/4/2025 của Ủy ban nhân "
             "dân quận Hải Châu.",
             "3. Lý do đề nghị gia hạn: công trình chưa khởi công do vướng thủ tục điều chỉnh "
             "ranh giới với nhà liền kề, nay đã giải quyết xong.",
             "4. Thời gian đề nghị gia hạn: 12 tháng.",
             "Tôi xin cam kết xây dựng theo đúng giấy phép được gia hạn và các quy định của "
             "pháp luật về xây dựng."])
    d.gap(2.0)
    d.line(f"Hải Châu, {words(date(2026, 3, 4), pad=True)}", "i", 12.0, align="r")
    sign_right(d, signer(["NGƯỜI LÀM ĐƠN"], owner.name, "(Ký, ghi rõ họ tên)", 16.0, 12.0))
    request = Paper("don_de_nghi", "Đơn đề nghị gia hạn giấy phép xây dựng",
                    "don_gia_han_gpxd", [d],
                    {"ho_ten": owner.upper, "so_cccd": owner.cccd,
                     "ngay_ban_hanh": "2026-03-04"}, head)

    g = mk.page("lib", 12.0, (22.0, 192.0), 12.0)
    header(g, ("ỦY BAN NHÂN DÂN", "QUẬN HẢI CHÂU"), "1187/GPXD",
           f"Hải Châu, {words(date(2025, 4, 22), pad=True)}", pt=12.0)
    head = title(g, "GIẤY PHÉP XÂY DỰNG", 16.0, ("Số: 1187/GPXD",))
    g.line("(Sử dụng cho nhà ở riêng lẻ)", "i", 11.0, align="c")
    g.gap(2.0)
    g.head("1. Cấp cho:")
    g.field(f"Bà {owner.upper}", style="b", x0=g.x0 + 12.0)
    rows(g, ["Địa chỉ: số 41 đường Lê Đình Dương, tổ 12, phường Phước Ninh, quận Hải Châu, "
             "thành phố Đà Nẵng",
             "2. Được phép xây dựng công trình: nhà ở riêng lẻ",
             "- Theo thiết kế do Công ty TNHH Tư vấn thiết kế Sông Hàn lập",
             "- Vị trí xây dựng: thửa đất số 88, tờ bản đồ số 31",
             "- Cốt nền xây dựng công trình: +0,45 m so với cốt vỉa hè",
             "- Mật độ xây dựng: 85%; hệ số sử dụng đất: 3,4",
             "- Chỉ giới xây dựng: trùng chỉ giới đường đỏ",
             "- Màu sắc công trình: trắng, ghi nhạt"])
    g2 = mk.page("lib", 12.0, (22.0, 192.0), 14.0)
    rows(g2, ["- Chiều cao công trình: 14,2 m; số tầng: 04 tầng",
              "- Diện tích xây dựng tầng 1: 81,6 m2; tổng diện tích sàn: 312,4 m2",
              "3. Giấy tờ về quyền sử dụng đất: Giấy chứng nhận số DĐ 106382 do Sở Tài nguyên "
              "và Môi trường thành phố Đà Nẵng cấp ngày 09/8/2022.",
              "4. Giấy phép này có hiệu lực khởi công xây dựng trong thời hạn 12 tháng kể từ "
              "ngày cấp; quá thời hạn trên thì phải đề nghị gia hạn giấy phép xây dựng."])
    g2.gap(3.0)
    sign_both(g2, [L("Nơi nhận:", "bi", 11.0, align="l"), L("- Chủ đầu tư;", "r", 10.0,
                                                            align="l"),
                   L("- Lưu: VT, QLĐT.", "r", 10.0, align="l")],
              signer(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lê Thanh Tùng", space=16.0, pt=12.0),
              seal="right")
    g2.gap(2.0)
    g2.head("GIA HẠN GIẤY PHÉP XÂY DỰNG", pt=11.5)
    g2.field("1. Thời gian có hiệu lực của giấy phép: ........................", pt=11.5)
    g2.field("2. Ngày ....... tháng ....... năm ..........", pt=11.5)
    permit = Paper("giay_phep_xay_dung", "Giấy phép xây dựng", "gpxd_ban_chinh", [g, g2],
                   {"ho_ten": owner.upper, "so_ky_hieu": "1187/GPXD",
                    "ngay_ban_hanh": "2025-04-22",
                    "co_quan_ban_hanh": "Ủy ban nhân dân quận Hải Châu"}, head)

    u = mk.page("bio", 11.5, (22.0, 190.0), 14.0)
    motto(u, 12.0)
    head = title(u, "GIẤY ỦY QUYỀN", 15.0)
    u.table([56.0, 112.0], [
        ["", "Thông tin"],
        ["Người ủy quyền", owner.name],
        ["Số định danh cá nhân", owner.cccd],
        ["Địa chỉ", owner.home],
        ["Người được ủy quyền", agent.name],
        ["Số định danh cá nhân", agent.cccd],
        ["Địa chỉ", agent.home]], aligns="ll", pt=11.0)
    u.p("Nội dung ủy quyền: thay mặt người ủy quyền nộp hồ sơ đề nghị gia hạn Giấy phép xây "
        "dựng số 1187/GPXD, nhận kết quả và ký các giấy tờ có liên quan tại Trung tâm Phục vụ "
        "hành chính công phường Hải Châu.", indent=0.0, align="j")
    u.p("Thời hạn: từ ngày ký đến khi nhận kết quả. Người được ủy quyền không được ủy quyền "
        "lại cho người khác.", indent=0.0)
    u.gap(1.0)
    u.line(f"Đà Nẵng, {dmy(date(2026, 3, 4))}", "i", 11.5, align="r")
    sign_both(u, signer(["NGƯỜI ĐƯỢC ỦY QUYỀN"], agent.name, space=14.0, pt=11.5),
              signer(["NGƯỜI ỦY QUYỀN"], owner.name, space=14.0, pt=11.5))
    power = Paper("giay_uy_quyen", "Giấy ủy quyền", "uy_quyen_dang_bang", [u],
                  {"ho_ten": owner.name, "so_cccd": owner.cccd, "ngay_ban_hanh": "2026-03-04"},
                  head)
    return Dossier(code, procedure, [], [receipt, request, permit, power])


def birth_again(mk: Maker) -> Dossier:
    """Đăng ký lại khai sinh (Gia Lai): the commune's small appointment slip with its received
    stamp, the declaration filled in by hand, the card's copy, an old household book's page
    and a school record's page (no type of the taxonomy) as proof of the birth."""
    man = mk.person("Rơ Châm Thuyên", "1979-08-14", True, "064",
                    "làng Ia Tơ, xã Ia Grai, tỉnh Gia Lai")
    code = "000.64.15.H30-260311-0019"
    procedure = "Đăng ký lại khai sinh (người đã có hồ sơ, giấy tờ cá nhân)"
    office = "Bộ phận tiếp nhận và trả kết quả UBND xã Ia Grai"
    p = mk.page("lato", 11.0, (20.0, 190.0), 14.0)
    p.block([L("UBND XÃ IA GRAI", "b", 11.0, align="l"),
             L("BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", "b", 10.0, align="l")], 20.0, 120.0)
    p.gap(3.0)
    head = title(p, "GIẤY HẸN", 18.0)
    p.line(f"Mã hồ sơ: {code}", "b", 11.0, align="c")
    p.gap(2.0)
    rows(p, [f"{office} đã nhận hồ sơ của:",
             f"Ông/Bà: {man.name}       Số CCCD: {man.cccd}",
             f"Về việc: {procedure}",
             "Hồ sơ gồm: tờ khai; bản chụp CCCD; bản chụp sổ hộ khẩu cũ; bản chụp học bạ.",
             "Mời ông/bà đến nhận kết quả vào ngày 16/3/2026 (buổi sáng)."])
    top = p.y + 2.0
    stamp(p, ["ĐÃ NHẬN HỒ SƠ", "Ngày 11/3/2026", "Cán bộ: Siu H'Nhi"], 24.0, top, pt=10.0)
    p.y = top
    sign_right(p, signer(["Người hẹn"], "Siu H'Nhi", space=14.0, pt=11.0))
    p.gap(2.0)
    p.hline(20.0, 190.0, p.y)
    p.gap(2.0)
    p.line("Lưu ý: khi đến nhận kết quả mang theo giấy hẹn này và căn cước công dân.", "i",
           9.5)
    receipt = Paper("phieu_tiep_nhan", "Giấy hẹn trả kết quả", "giay_hen_dong_dau", [p],
                    {"thu_tuc": procedure, "ho_ten": man.name, "so_cccd": man.cccd,
                     "ngay_ban_hanh": "2026-03-11", "co_quan_ban_hanh": office}, head)

    t = mk.page("lib", 11.5, (20.0, 192.0), 12.0)
    motto(t, 12.0)
    head = title(t, "TỜ KHAI ĐĂNG KÝ LẠI KHAI SINH", 14.5)
    t.line("Kính gửi: Ủy ban nhân dân xã Ia Grai, tỉnh Gia Lai", "r", 11.5, align="c")
    t.gap(2.0)
    filled(t, "Họ, chữ đệm, tên người yêu cầu:", man.upper, pt=11.5)
    filled(t, "Nơi cư trú:", "làng Ia Tơ, xã Ia Grai, tỉnh Gia Lai", pt=11.5)
    filled(t, "Giấy tờ tùy thân:", f"CCCD số {man.cccd}", pt=11.5)
    filled(t, "Quan hệ với người được khai sinh:", "bản thân", pt=11.5)
    t.field("Đề nghị cơ quan đăng ký lại khai sinh cho người dưới đây:", pt=11.5)
    filled(t, "Họ, chữ đệm, tên:", man.upper, pt=11.5)
    filled(t, "Ngày, tháng, năm sinh:", f"{dmy(man.born)} (mười bốn tháng tám năm 1979)",
           pt=11.5)
    filled(t, "Giới tính:", "Nam    Dân tộc: Jrai    Quốc tịch: Việt Nam", pt=11.5)
    filled(t, "Nơi sinh:", "làng Ia Tơ, xã Ia Tô, huyện Ia Grai, tỉnh Gia Lai", pt=11.5)
    filled(t, "Họ, chữ đệm, tên người cha:", "RƠ CHÂM BLƠI", pt=11.5)
    filled(t, "Họ, chữ đệm, tên người mẹ:", "SIU H'PHEO", pt=11.5)
    filled(t, "Đã đăng ký khai sinh tại:", "UBND xã Ia Tô, năm 1980", pt=11.5)
    t.field("Lý do đăng ký lại: sổ hộ tịch và bản chính giấy khai sinh bị mất. Tôi cam đoan "
            "những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật.",
            pt=11.5)
    t.gap(1.0)
    t.line(f"Ia Grai, {words(date(2026, 3, 10))}", "i", 11.5, align="r")
    sign_right(t, signer(["Người yêu cầu"], man.name, "(Ký, ghi rõ họ, chữ đệm, tên)", 15.0,
                         11.5))
    form = Paper("don_de_nghi", "Tờ khai đăng ký lại khai sinh", "to_khai_lai_khai_sinh", [t],
                 {"ho_ten": man.upper, "so_cccd": man.cccd, "ngay_ban_hanh": "2026-03-10"},
                 head)

    card = id_card(mk, man, issued=date(2019, 5, 27), expires="14/08/2039",
                   origin="Ia Tô, Ia Grai, Gia Lai", home="làng Ia Tơ, Ia Grai, Gia Lai")

    h = mk.page("lib", 11.0, (22.0, 190.0), 14.0)
    h.line("Bộ Công an", "r", 10.5)
    h.gap(2.0)
    head = title(h, "SỔ HỘ KHẨU", 18.0)
    h.line("Số: 640184215", "b", 12.0, align="c")
    h.gap(3.0)
    rows(h, ["Họ và tên chủ hộ:"])
    h.line(man.upper, "b", 12.5, indent=30.0)
    rows(h, ["Nơi thường trú: làng Ia Tơ, xã Ia Tô, huyện Ia Grai, tỉnh Gia Lai",
             "Sổ đăng ký thường trú số: 07, tờ số: 41",
             "Cơ quan cấp: Công an huyện Ia Grai"])
    h.table([50.0, 36.0, 34.0, 48.0], [
        ["Họ và tên", "Quan hệ với chủ hộ", "Ngày sinh", "CMND số"],
        [man.upper, "Chủ hộ", dmy(man.born), "230481157"],
        ["KSOR H'LIÊN", "Vợ", "03/02/1983", "230592046"],
        ["RƠ CHÂM TÍN", "Con", "19/10/2006", ""]], aligns="lccl", pt=10.5)
    h.gap(2.0)
    h.line(f"Ia Grai, {words(date(2012, 7, 9), pad=True)}", "i", 11.0, align="r")
    sign_right(h, signer(["TRƯỞNG CÔNG AN HUYỆN"], "Nguyễn Hữu Thắng", space=14.0, pt=11.0),
               seal=True)
    h.line("BẢN CHỤP", "b", 10.0, align="c")
    book = Paper("so_ho_khau", "Sổ hộ khẩu", "so_ho_khau_copy", [h],
                 {"ho_ten": man.upper, "so_ky_hieu": "640184215",
                  "ngay_ban_hanh": "2012-07-09",
                  "co_quan_ban_hanh": "Công an huyện Ia Grai"}, head)

    r = mk.page("lib", 11.0, (24.0, 188.0), 16.0)
    r.line("SỞ GIÁO DỤC VÀ ĐÀO TẠO GIA LAI", "r", 10.5, align="c")
    r.gap(3.0)
    head = title(r, "HỌC BẠ\nTRUNG HỌC CƠ SỞ", 20.0)
    r.gap(4.0)
    rows(r, ["Họ và tên học sinh:"])
    r.line(man.upper, "b", 13.0, indent=30.0)
    rows(r, ["Ngày sinh: 14 tháng 8 năm 1979      Nam/Nữ: Nam",
             "Nơi sinh: Ia Tô, Ia Grai, Gia Lai      Dân tộc: Jrai",
             "Họ tên cha: Rơ Châm Blơi      Nghề nghiệp: làm rẫy",
             "Họ tên mẹ: Siu H'Pheo      Nghề nghiệp: làm rẫy",
             "Chỗ ở hiện tại: làng Ia Tơ, xã Ia Tô",
             "Trường Phổ thông cơ sở Ia Tô, năm học 1991 - 1995"])
    r.gap(4.0)
    r.line("Ia Tô, ngày 05 tháng 9 năm 1991", "i", 11.0, align="r")
    sign_right(r, signer(["HIỆU TRƯỞNG"], "Phạm Văn Lạc", space=14.0, pt=11.0), seal=True)
    record = Paper("other", "Học bạ trung học cơ sở (bản chụp)", "hoc_ba", [r], {}, head)
    return Dossier(code, procedure, [], [receipt, form, card, book, record])


def sale_certified(mk: Maker) -> Dossier:
    """Chứng thực hợp đồng (Lâm Đồng): the commune's receipt filled in by hand on its dotted
    lines, the two-page contract selling a motorbike; the seller's identity paper is not handed
    in (the slip says so)."""
    seller = mk.person("K'Hoàng Thị Nhung", "1988-02-09", False, "068",
                       "thôn R'Chai, xã Đức Trọng, tỉnh Lâm Đồng")
    buyer = mk.person("Bùi Đình Khoa", "1995-09-23", True, "068",
                      "tổ dân phố 3, xã Đức Trọng, tỉnh Lâm Đồng")
    code = "000.68.07.H39-260312-0074"
    procedure = "Chứng thực hợp đồng mua bán xe mô tô (biển số 49-G1 318.27)"
    p = mk.page("lib", 11.5, (20.0, 192.0), 12.0)
    header(p, ("ỦY BAN NHÂN DÂN XÃ ĐỨC TRỌNG", "BỘ PHẬN MỘT CỬA"), "74/PTN", pt=11.0)
    head = title(p, "PHIẾU TIẾP NHẬN YÊU CẦU CHỨNG THỰC", 14.0)
    p.line(f"Mã hồ sơ: {code}", "b", 11.0, align="c")
    p.gap(2.0)
    filled(p, "Người yêu cầu chứng thực:", seller.name, pt=11.5)
    filled(p, "Số định danh cá nhân:", seller.cccd, pt=11.5)
    filled(p, "Nội dung yêu cầu:", "Chứng thực hợp đồng mua bán xe mô tô", pt=11.5)
    filled(p, "", "(biển số 49-G1 318.27)", pt=11.5)
    filled(p, "Giấy tờ đã nộp:", "Dự thảo hợp đồng (02 tờ)", pt=11.5)
    filled(p, "Giấy tờ còn thiếu:", "Bản sao CCCD của người bán - hẹn bổ sung", pt=11.5)
    filled(p, "Phí chứng thực:", "50.000 đồng (chưa thu)", pt=11.5)
    p.gap(1.0)
    p.line(f"Đức Trọng, {words(date(2026, 3, 12))}", "i", 11.5, align="r")
    sign_both(p, signer(["NGƯỜI YÊU CẦU"], seller.name, space=14.0, pt=11.0),
              signer(["CÔNG CHỨC TIẾP NHẬN"], "Ka Thị Hương", space=14.0, pt=11.0))
    receipt = Paper("phieu_tiep_nhan", "Phiếu tiếp nhận yêu cầu chứng thực",
                    "phieu_tiep_nhan_viet_tay", [p],
                    {"thu_tuc": procedure, "ho_ten": seller.name, "so_cccd": seller.cccd,
                     "so_ky_hieu": "74/PTN", "ngay_ban_hanh": "2026-03-12",
                     "co_quan_ban_hanh": "Ủy ban nhân dân xã Đức Trọng"}, head)

    c = mk.page("bio", 11.5, (22.0, 190.0), 12.0)
    motto(c, 12.0)
    head = title(c, "HỢP ĐỒNG MUA BÁN XE", 15.0)
    c.p(f"Hôm nay, {words(date(2026, 3, 12), pad=True)}, tại Ủy ban nhân dân xã Đức Trọng, "
        "tỉnh Lâm Đồng, chúng tôi gồm:", indent=0.0)
    c.head("BÊN BÁN (BÊN A):")
    rows(c, [f"Bà: {seller.name}    Sinh năm: {seller.born.year}",
             f"Căn cước công dân số: {seller.cccd}",
             f"Nơi cư trú: {seller.home}"])
    c.head("BÊN MUA (BÊN B):")
    rows(c, [f"Ông: {buyer.name}    Sinh năm: {buyer.born.year}",
             f"Căn cước công dân số: {buyer.cccd}",
             f"Nơi cư trú: {buyer.home}"])
    c.p("Hai bên đồng ý thực hiện việc mua bán xe mô tô với các thỏa thuận sau đây:",
        indent=0.0)
    c.head("ĐIỀU 1. ĐẶC ĐIỂM XE MUA BÁN")
    rows(c, ["Nhãn hiệu: HONDA; số loại: WAVE ALPHA; màu sơn: đỏ đen",
             "Số máy: JA39E-1182734; số khung: RLHJA3908NY241067",
             "Biển số đăng ký: 49-G1 318.27, theo Chứng nhận đăng ký xe số 0214863 do Công an "
             "huyện Đức Trọng cấp ngày 30/5/2022"])
    c.head("ĐIỀU 2. GIÁ MUA BÁN VÀ PHƯƠNG THỨC THANH TOÁN")
    rows(c, ["Giá mua bán: 14.500.000 đồng (Mười bốn triệu năm trăm nghìn đồng), trả một lần "
             "bằng chuyển khoản vào tài khoản số 680214539917 của bên A."])
    c2 = mk.page("bio", 11.5, (22.0, 190.0), 14.0)
    c2.head("ĐIỀU 3. GIAO XE VÀ ĐĂNG KÝ")
    rows(c2, ["Bên A giao xe và bản chính Chứng nhận đăng ký xe ngay khi hợp đồng được chứng "
              "thực. Bên B làm thủ tục đăng ký sang tên trong 30 ngày."])
    c2.head("ĐIỀU 4. CAM ĐOAN CỦA CÁC BÊN")
    rows(c2, ["Bên A cam đoan xe thuộc quyền sở hữu hợp pháp, không bị tranh chấp, cầm cố. "
              "Bên B đã xem xét kỹ tình trạng xe."])
    c2.gap(2.0)
    sign_both(c2, signer(["BÊN A"], seller.name, "(Ký, ghi rõ họ tên)", 14.0, 11.5),
              signer(["BÊN B"], buyer.name, "(Ký, ghi rõ họ tên)", 14.0, 11.5))
    c2.gap(3.0)
    c2.head("LỜI CHỨNG THỰC", align="c", pt=12.0)
    c2.field("Ngày ....... tháng ....... năm 20......., tại Ủy ban nhân dân xã Đức Trọng ...",
             pt=11.0)
    c2.field("Số chứng thực ............, quyển số ............-SCT/HĐGD", pt=11.0)
    contract = Paper("hop_dong", "Hợp đồng mua bán xe", "hop_dong_mua_ban_xe", [c, c2],
                     {"ho_ten": seller.name, "so_cccd": seller.cccd,
                      "ngay_ban_hanh": "2026-03-12"}, head)
    return Dossier(code, procedure, ["Bản sao giấy tờ tùy thân của người yêu cầu chứng thực"],
                   [receipt, contract])
