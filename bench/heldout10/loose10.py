"""The loose papers of known types in the tenth held-apart set: a special zone's plan, a
ward council's resolution (2 p.), a service centre's invitation, a company's charter (2 p.),
a design company's site plan (300 dpi), a decision dated only in figures, a tax office's
notice to pay for land use (2 p.), a bank's payment into the state budget, a guide to complete
a dossier, a marital-status confirmation, a passport copy, a personal record, a health check
and a handover record."""

from __future__ import annotations

from datetime import date

from page10 import (
    Maker,
    Paper,
    Person,
    header,
    motto,
    recipients,
    rows,
    sign_right,
    signer,
    title,
    words,
)


def _people(mk: Maker) -> dict[str, Person]:
    return {
        "tai": mk.person("Nguyễn Hữu Tài", "1969-01-12", True, "075",
                         "khu phố 4, phường Trấn Biên, tỉnh Đồng Nai"),
        "diem": mk.person("Thạch Thị Diễm", "1990-06-07", False, "095",
                          "khóm 2, phường Bạc Liêu, tỉnh Cà Mau"),
        "duc": mk.person("Trịnh Văn Đức", "1981-03-19", True, "038",
                         "thôn Yên Trường, xã Yên Định, tỉnh Thanh Hóa"),
        "nhu": mk.person("Mai Quỳnh Như", "1996-10-25", False, "079",
                         "số 18 đường Lê Văn Sỹ, phường Nhiêu Lộc, Thành phố Hồ Chí Minh"),
        "khang": mk.person("Vương Đình Khang", "1998-12-01", True, "026",
                           "tổ dân phố Đống Đa, phường Vĩnh Yên, tỉnh Phú Thọ"),
        "lua": mk.person("Sầm Thị Lụa", "1984-04-14", False, "004",
                         "thôn Nà Giàng, xã Quảng Uyên, tỉnh Cao Bằng"),
        "hieu": mk.person("Đoàn Trung Hiếu", "2001-07-09", True, "056",
                          "thôn Văn Đăng, xã Cam Lâm, tỉnh Khánh Hòa"),
        "sang": mk.person("La Văn Sang", "1963-09-02", True, "094",
                          "ấp Phú Hòa, xã Phú Tân, tỉnh Cà Mau"),
    }


def known(mk: Maker) -> list[Paper]:
    """The loose papers of known types, in scan order."""
    P = _people(mk)
    out: list[Paper] = []

    p = mk.page()
    header(p, ["UBND THÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN", "ĐẶC KHU CÔN ĐẢO"],
           "14/KH-UBND", f"Côn Đảo, {words(date(2026, 3, 3))}", parents=2)
    head = title(p, "KẾ HOẠCH", 15.0, ("Triển khai số hóa hồ sơ, kết quả giải quyết thủ tục "
                                       "hành chính năm 2026",))
    p.head("I. MỤC ĐÍCH, YÊU CẦU")
    p.p("Thực hiện Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 và Quyết định số 468/QĐ-TTg "
        "ngày 27/3/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân đặc khu ban hành kế hoạch số "
        "hóa 100% hồ sơ tiếp nhận tại Bộ phận Một cửa từ ngày 01/4/2026.", align="j")
    p.head("II. NHIỆM VỤ")
    rows(p, ["1. Bộ phận Một cửa: quét, ký số bản sao điện tử ngay khi tiếp nhận.",
             "2. Văn phòng HĐND và UBND: bố trí 02 máy quét, chữ ký số cho 06 công chức.",
             "3. Phòng Văn hóa - Xã hội: rà soát, số hóa sổ hộ tịch từ năm 1976 đến năm 2015.",
             "4. Kinh phí: 186.500.000 đồng từ nguồn cải cách hành chính năm 2026."])
    sign_right(p, signer(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Lê Văn Phong", space=15.0,
                         pt=12.0), seal=True)
    p.block(recipients(["Văn phòng UBND tỉnh", "Bộ phận Một cửa", "Lưu: VT"]), 22.0, 100.0)
    out.append(Paper("ke_hoach", "Kế hoạch", "ke_hoach_so_hoa_dac_khu", [p],
                     {"so_ky_hieu": "14/KH-UBND", "ngay_ban_hanh": "2026-03-03",
                      "co_quan_ban_hanh": "ỦY BAN NHÂN DÂN ĐẶC KHU CÔN ĐẢO"}, head))

    r = mk.page()
    header(r, ["HỘI ĐỒNG NHÂN DÂN", "PHƯỜNG VĨNH YÊN"], "05/NQ-HĐND",
           f"Vĩnh Yên, {words(date(2026, 2, 26), pad=True)}", parents=1)
    head = title(r, "NGHỊ QUYẾT", 15.0, ("Về việc điều chỉnh dự toán thu, chi ngân sách "
                                         "phường năm 2026",))
    r.center("HỘI ĐỒNG NHÂN DÂN PHƯỜNG VĨNH YÊN", "b", 12.5)
    r.center("KHÓA I, KỲ HỌP THỨ TƯ", "b", 12.5)
    r.p("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025; Căn cứ Luật "
        "Ngân sách nhà nước ngày 25 tháng 6 năm 2015; Căn cứ Nghị quyết số 11/2025/NQ-HĐND "
        "ngày 12/12/2025 của Hội đồng nhân dân tỉnh Phú Thọ; Xét Tờ trình số 27/TTr-UBND "
        "ngày 16/02/2026 của Ủy ban nhân dân phường, Báo cáo thẩm tra của Ban Kinh tế - "
        "Ngân sách và ý kiến thảo luận của đại biểu tại kỳ họp,", align="j")
    r.center("QUYẾT NGHỊ:", "b", 13.0)
    r.p("Điều 1. Điều chỉnh dự toán thu ngân sách trên địa bàn năm 2026 từ 48.650 triệu đồng "
        "lên 51.200 triệu đồng; dự toán chi từ 46.120 triệu đồng lên 49.870 triệu đồng.",
        align="j")
    r2 = mk.page()
    r2.p("Điều 2. Giao Ủy ban nhân dân phường tổ chức thực hiện; Thường trực, các Ban và đại "
         "biểu Hội đồng nhân dân phường giám sát việc thực hiện Nghị quyết.", align="j")
    r2.p("Nghị quyết này đã được Hội đồng nhân dân phường Vĩnh Yên khóa I, kỳ họp thứ tư "
         "thông qua ngày 26 tháng 02 năm 2026 và có hiệu lực từ ngày thông qua.", align="j")
    sign_right(r2, signer(["CHỦ TỊCH"], "Nguyễn Thị Thanh Hà", space=16.0), seal=True)
    r2.block(recipients(["Thường trực HĐND tỉnh", "UBND phường", "Đại biểu HĐND phường",
                         "Lưu: VT"]), 22.0, 100.0)
    out.append(Paper("nghi_quyet", "Nghị quyết", "nghi_quyet_hdnd_phuong_du_toan", [r, r2],
                     {"so_ky_hieu": "05/NQ-HĐND", "ngay_ban_hanh": "2026-02-26",
                      "co_quan_ban_hanh": "HỘI ĐỒNG NHÂN DÂN PHƯỜNG VĨNH YÊN"}, head))

    g = mk.page("san", 11.0, (22.0, 190.0), 14.0)
    header(g, ["UBND TỈNH ĐỒNG NAI", "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"], "31/GM-TTPVHCC",
           f"Đồng Nai, {words(date(2026, 4, 2))}", parents=1, pt=11.0)
    head = title(g, "GIẤY MỜI", 15.0)
    rows(g, [f"Kính gửi: Ông {P['tai'].upper}, Tổ trưởng tổ dân phố khu phố 4, phường Trấn "
             "Biên",
             "Trung tâm Phục vụ hành chính công tỉnh (TTPVHCC) trân trọng kính mời Ông dự "
             "Hội nghị lấy ý kiến người dân về chất lượng phục vụ (Chỉ số SIPAS) quý I/2026.",
             "Thời gian: 08 giờ 00, thứ Năm, ngày 09/4/2026.",
             "Địa điểm: Hội trường tầng 2, số 236 đường Phạm Văn Thuận, phường Trấn Biên.",
             "Đề nghị Ông mang theo giấy mời và thẻ căn cước khi đến dự."])
    sign_right(g, signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Đỗ Thị Kim Oanh", space=15.0,
                         pt=11.0), seal=True)
    out.append(Paper("giay_moi", "Giấy mời", "giay_moi_sipas", [g],
                     {"so_ky_hieu": "31/GM-TTPVHCC", "ngay_ban_hanh": "2026-04-02",
                      "ho_ten": P["tai"].upper,
                      "co_quan_ban_hanh": "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"}, head))

    c = mk.page("ser", 11.5, (24.0, 188.0), 16.0)
    motto(c, 12.0)
    head = title(c, "ĐIỀU LỆ\nCÔNG TY TNHH MỘT THÀNH VIÊN THƯƠNG MẠI HẢI ĐĂNG", 14.0)
    c.p("Căn cứ Luật Doanh nghiệp số 59/2020/QH14 ngày 17 tháng 6 năm 2020; Luật số "
        "03/2022/QH15 sửa đổi, bổ sung một số điều; chủ sở hữu thông qua Điều lệ này.",
        align="j")
    c.head("Chương I. QUY ĐỊNH CHUNG", align="c")
    rows(c, ["Điều 1. Tên công ty: CÔNG TY TNHH MỘT THÀNH VIÊN THƯƠNG MẠI HẢI ĐĂNG; tên viết "
             "tắt: HAI DANG CO., LTD",
             "Điều 2. Trụ sở chính: số 71 đường Nguyễn Tất Thành, phường Bạc Liêu, tỉnh Cà Mau",
             "Điều 3. Ngành, nghề kinh doanh: bán buôn thủy sản (4632); kho bãi (5210)",
             "Điều 4. Vốn điều lệ: 2.500.000.000 đồng (hai tỷ năm trăm triệu đồng)",
             f"Điều 5. Chủ sở hữu: ông {P['sang'].name}, số định danh cá nhân "
             f"{P['sang'].cccd}"])
    c2 = mk.page("ser", 11.5, (24.0, 188.0), 16.0)
    c2.head("Chương II. TỔ CHỨC QUẢN LÝ", align="c")
    rows(c2, ["Điều 6. Công ty có Chủ tịch công ty, Giám đốc và Kiểm soát viên.",
              "Điều 7. Người đại diện theo pháp luật: Giám đốc.",
              "Điều 8. Năm tài chính bắt đầu từ ngày 01/01 và kết thúc ngày 31/12.",
              "Điều 9. Điều lệ có hiệu lực kể từ ngày ký; lập thành 03 bản."])
    c2.line(f"Cà Mau, {words(date(2026, 3, 16))}", "i", 11.5, align="r")
    sign_right(c2, signer(["CHỦ SỞ HỮU CÔNG TY"], P["sang"].name, space=15.0, pt=11.5))
    out.append(Paper("dieu_le", "Điều lệ", "dieu_le_cong_ty_mot_thanh_vien", [c, c2],
                     {"ngay_ban_hanh": "2026-03-16",
                      "co_quan_ban_hanh": "CÔNG TY TNHH MỘT THÀNH VIÊN THƯƠNG MẠI HẢI ĐĂNG"},
                     head))

    b = mk.page("san", 9.0, (14.0, 196.0), 12.0, dpi=300)
    b.rect((10.0, 200.0, 10.0, 287.0), width=0.5)
    head = title(b, "BẢN VẼ MẶT BẰNG TỔNG THỂ VÀ MẶT BẰNG TẦNG 1", 12.5)
    top = b.y + 2.0
    b.rect((30.0, 180.0, top, top + 150.0), width=0.6)
    for x in (80.0, 130.0):
        b.vline(x, top, top + 150.0, 0.35)
    b.hline(30.0, 180.0, top + 60.0, 0.35)
    for label, x, y in (("PHÒNG KHÁCH 24,6m2", 36.0, 30.0), ("BẾP + ĂN 18,2m2", 86.0, 30.0),
                        ("WC 4,1m2", 140.0, 30.0), ("PHÒNG NGỦ 1 15,8m2", 36.0, 100.0),
                        ("SÂN TRƯỚC", 90.0, 100.0), ("CẦU THANG", 140.0, 100.0)):
        b.put(x, top + y, label, "r", 8.0, record=False)
    b.y = top + 156.0
    b.table([60.0, 122.0],
            [["Hạng mục", "Nội dung"],
             ["Chủ đầu tư", f"Ông {P['duc'].upper}"],
             ["Công trình", "Nhà ở riêng lẻ 02 tầng, thửa 155, tờ bản đồ 21, xã Yên Định"],
             ["Đơn vị thiết kế", "Công ty TNHH Tư vấn Kiến trúc Lam Kinh"],
             ["Chủ trì thiết kế", "KTS. Lê Thị Hồng Nhung (chứng chỉ số HAN-00071628)"],
             ["Ngày hoàn thành", "10/03/2026     Bản vẽ: KT-01/05     Tỷ lệ 1:100"]],
            aligns="ll", pt=9.0)
    out.append(Paper("ban_ve_thiet_ke", "Bản vẽ mặt bằng", "ban_ve_mat_bang_nha_2_tang", [b],
                     {"ho_ten": P["duc"].upper, "ngay_ban_hanh": "2026-03-10",
                      "co_quan_ban_hanh": "Công ty TNHH Tư vấn Kiến trúc Lam Kinh"}, head))

    q = mk.page()
    header(q, ["UBND TỈNH CÀ MAU", "ỦY BAN NHÂN DÂN", "PHƯỜNG BẠC LIÊU"], "341/QĐ-UBND",
           "Bạc Liêu, 18/3/2026", parents=2)
    head = title(q, "QUYẾT ĐỊNH", 15.0, ("Về việc hỗ trợ xây dựng nhà ở cho hộ nghèo",))
    q.center("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG BẠC LIÊU", "b", 12.5)
    q.p("Căn cứ Quyết định số 22/2024/QĐ-UBND ngày 05/7/2024 của Ủy ban nhân dân tỉnh Bạc "
        "Liêu (cũ); Căn cứ biên bản họp bình xét ngày 04/3/2026 của khóm 2; Xét đề nghị của "
        "công chức Văn hóa - Xã hội,", align="j")
    q.center("QUYẾT ĐỊNH:", "b", 13.0)
    q.p(f"Điều 1. Hỗ trợ bà {P['diem'].name}, sinh năm 1990, số định danh cá nhân "
        f"{P['diem'].cccd}, hộ nghèo năm 2026, cư trú tại {P['diem'].home}, số tiền "
        "60.000.000 đồng để xây dựng nhà ở. Chuyển khoản vào tài khoản số 104002718836 tại "
        "Ngân hàng Chính sách xã hội.", align="j")
    q.p("Điều 2. Quyết định có hiệu lực kể từ ngày ký. Công chức Tài chính - Kế toán, bà "
        f"{P['diem'].name} chịu trách nhiệm thi hành.", align="j")
    sign_right(q, signer(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Trương Quốc Khải", space=15.0),
               seal=True)
    out.append(Paper("quyet_dinh", "Quyết định", "quyet_dinh_ngay_so_ho_ngheo", [q],
                     {"so_ky_hieu": "341/QĐ-UBND", "ngay_ban_hanh": "2026-03-18",
                      "ho_ten": P["diem"].name, "so_cccd": P["diem"].cccd,
                      "co_quan_ban_hanh": "ỦY BAN NHÂN DÂN PHƯỜNG BẠC LIÊU"}, head))
    out += _money(mk, P)
    return out


def _money(mk: Maker, P: dict[str, Person]) -> list[Paper]:
    import people10

    return people10.papers(mk, P)

