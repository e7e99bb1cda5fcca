"""The sixth held-apart set's company and land-office dossiers: a limited company moving its
registered office and changing its legal representative (Đà Nẵng), a lost land certificate
issued again (Lâm Đồng)."""

from __future__ import annotations

from datetime import date

from dossiers6 import slip
from page6 import (
    Dossier,
    L,
    Maker,
    Paper,
    card_2024,
    dmy,
    header,
    motto,
    recipients,
    rows,
    sign_both,
    sign_right,
    signer,
    title,
    words,
)


def company_change(mk: Maker) -> Dossier:
    """Thay đổi nội dung đăng ký doanh nghiệp (Đà Nẵng): the registration office's slip, the
    company's notice (2 p.), the members' meeting minutes (2 p.), the chairman's decision, a
    power of attorney titled in mixed case, the attorney's certified card copy."""
    boss = mk.person("Phạm Ngọc Bảo Trâm", "1987-05-30", False, "048",
                     "tổ 12, phường Hải Châu, thành phố Đà Nẵng")
    new_rep = mk.person("Đinh Quang Vũ", "1985-01-09", True, "049",
                        "thôn Trà Kiệu, xã Duy Xuyên, thành phố Đà Nẵng")
    clerk = mk.person("Lương Thị Kiều Oanh", "1998-03-14", False, "048",
                      "tổ 5, phường Thanh Khê, thành phố Đà Nẵng")
    firm = "CÔNG TY TNHH THƯƠNG MẠI VÀ DỊCH VỤ SƠN TRÀ XANH"
    code = "000.12.33.H17-260119-1042"
    procedure = ("Đăng ký thay đổi địa chỉ trụ sở chính và người đại diện theo pháp luật "
                 "(Công ty TNHH hai thành viên trở lên, MSDN 0402218765)")
    office = "Phòng Đăng ký kinh doanh - Sở Tài chính thành phố Đà Nẵng"
    p = mk.page("andika", 11.5, (20.0, 192.0), 12.0)
    head = slip(p, ("SỞ TÀI CHÍNH", "THÀNH PHỐ ĐÀ NẴNG", "PHÒNG ĐĂNG KÝ KINH DOANH"), code,
                "GIẤY BIÊN NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", f"Đà Nẵng, {words(date(2026, 1, 19))}")
    rows(p, [f"{office} đã nhận hồ sơ của:",
             f"Tên doanh nghiệp: {firm}",
             "Mã số doanh nghiệp: 0402218765",
             "Người nộp hồ sơ:"])
    p.field(clerk.name, style="b", x0=40.0)
    rows(p, [f"Giấy tờ pháp lý của người nộp: {clerk.cccd}",
             f"Nội dung: {procedure}",
             "Các giấy tờ đã nhận: Thông báo thay đổi (02 tờ); biên bản họp Hội đồng thành "
             "viên; quyết định; giấy ủy quyền; bản sao Căn cước người được ủy quyền.",
             "Ngày hẹn trả kết quả: 22/01/2026",
             "Lưu ý: mang theo Giấy biên nhận này và giấy tờ tùy thân khi nhận kết quả."])
    sign_right(p, signer(["CHUYÊN VIÊN NHẬN HỒ SƠ"], "Huỳnh Tấn Lộc", "", 14.0, 11.5))
    receipt = Paper("phieu_tiep_nhan", "Giấy biên nhận hồ sơ và hẹn trả kết quả",
                    "bien_nhan_dkkd", [p],
                    {"thu_tuc": procedure, "ho_ten": clerk.name, "so_cccd": clerk.cccd,
                     "ngay_ban_hanh": "2026-01-19", "co_quan_ban_hanh": office}, head)

    n1 = mk.page("andika", 11.5, (20.0, 192.0), 12.0)
    n1.line("Phụ lục II-1", "i", 10.0, align="r")
    header(n1, ("CÔNG TY TNHH THƯƠNG MẠI VÀ", "DỊCH VỤ SƠN TRÀ XANH"), "03/2026/TB-STX",
           f"Đà Nẵng, {words(date(2026, 1, 16))}", pt=11.5, split=90.0)
    head = title(n1, "THÔNG BÁO", 14.0, ("Thay đổi nội dung đăng ký doanh nghiệp",))
    n1.line("Kính gửi: Phòng Đăng ký kinh doanh - Sở Tài chính thành phố Đà Nẵng", "r", 11.5,
            align="c")
    rows(n1, [f"Tên doanh nghiệp (ghi bằng chữ in hoa): {firm}",
              "Mã số doanh nghiệp/Mã số thuế: 0402218765",
              "Doanh nghiệp đăng ký thay đổi nội dung sau:",
              "1. Địa chỉ trụ sở chính:",
              "- Trước khi thay đổi: 88 Ngô Quyền, phường An Hải, thành phố Đà Nẵng",
              "- Sau khi thay đổi: 214 Trần Hưng Đạo, phường Sơn Trà, thành phố Đà Nẵng",
              "2. Người đại diện theo pháp luật:",
              f"- Người thôi làm đại diện: bà {boss.name}",
              f"- Người được bổ nhiệm: ông {new_rep.name}, sinh ngày {dmy(new_rep.born)}",
              f"  Số định danh cá nhân: {new_rep.cccd}; chức danh: Giám đốc"])
    n2 = mk.page("andika", 11.5, (20.0, 192.0), 16.0)
    rows(n2, ["3. Thông tin về tài khoản: Số tài khoản 1049 2203 6618 tại Ngân hàng TMCP "
              "Công thương Việt Nam - Chi nhánh Đà Nẵng (không thay đổi)",
              "Doanh nghiệp cam kết: trụ sở chính thuộc quyền sử dụng hợp pháp của doanh "
              "nghiệp; chịu trách nhiệm trước pháp luật về tính hợp pháp, chính xác và trung "
              "thực của nội dung Thông báo này.",
              "Các giấy tờ gửi kèm: Biên bản họp Hội đồng thành viên; Quyết định; Giấy ủy quyền."])
    n2.gap(3.0)
    sign_right(n2, signer(["NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT", "CỦA DOANH NGHIỆP"], boss.name,
                          "(Ký và ghi họ tên)", 18.0, 11.5), seal=True)
    notice = Paper("thong_bao", "Thông báo thay đổi nội dung đăng ký doanh nghiệp",
                   "thong_bao_dkdn", [n1, n2],
                   {"so_ky_hieu": "03/2026/TB-STX", "ngay_ban_hanh": "2026-01-16",
                    "ho_ten": boss.name,
                    "co_quan_ban_hanh": "Công ty TNHH thương mại và dịch vụ Sơn Trà Xanh"},
                   head)

    m1 = mk.page("charis", 12.0, (24.0, 190.0), 12.0)
    header(m1, ("CÔNG TY TNHH THƯƠNG MẠI VÀ", "DỊCH VỤ SƠN TRÀ XANH"), "01/2026/BB-HĐTV",
           None, pt=11.5, split=90.0)
    head = title(m1, "BIÊN BẢN HỌP\nHỘI ĐỒNG THÀNH VIÊN", 14.5)
    m1.p(f"Vào hồi 08 giờ 30, {words(date(2026, 1, 15))}, tại trụ sở 88 Ngô Quyền, phường An "
         "Hải, thành phố Đà Nẵng, Hội đồng thành viên công ty họp với sự có mặt của 02/02 "
         "thành viên, đại diện 100% vốn điều lệ:", align="j")
    rows(m1, [f"1. Bà {boss.name}, Chủ tịch Hội đồng thành viên, sở hữu 60% vốn điều lệ;",
              f"2. Ông {new_rep.name}, thành viên, sở hữu 40% vốn điều lệ.",
              f"Chủ tọa: bà {boss.name}. Thư ký: bà {clerk.name}.",
              "Nội dung: (1) chuyển trụ sở chính đến 214 Trần Hưng Đạo, phường Sơn Trà; (2) "
              f"bà {boss.name} thôi giữ chức Giám đốc; bổ nhiệm ông {new_rep.name} làm Giám "
              "đốc, người đại diện theo pháp luật."], indent=0.0)
    m2 = mk.page("charis", 12.0, (24.0, 190.0), 16.0)
    m2.p("Kết quả biểu quyết: 100% vốn điều lệ tán thành, không có ý kiến khác. Biên bản kết "
         "thúc lúc 10 giờ 00 cùng ngày, đã được đọc lại cho các thành viên cùng nghe và nhất "
         "trí ký tên.", align="j")
    sign_both(m2, signer(["THƯ KÝ"], clerk.name, space=15.0),
              signer(["CHỦ TỌA"], boss.name, space=15.0))
    m2.gap(4.0)
    m2.field("Các thành viên dự họp:", style="b")
    sign_both(m2, [L(new_rep.name, "r", 12.0), L(space=12.0)],
              [L(boss.name, "r", 12.0), L(space=12.0)])
    minutes = Paper("bien_ban", "Biên bản họp Hội đồng thành viên", "bien_ban_hdtv", [m1, m2],
                    {"so_ky_hieu": "01/2026/BB-HĐTV", "ngay_ban_hanh": "2026-01-15",
                     "co_quan_ban_hanh": "Công ty TNHH thương mại và dịch vụ Sơn Trà Xanh"},
                    head)

    q = mk.page("charis", 12.5, (24.0, 190.0), 12.0)
    header(q, ("CÔNG TY TNHH THƯƠNG MẠI VÀ", "DỊCH VỤ SƠN TRÀ XANH"), "02/2026/QĐ-HĐTV",
           f"Đà Nẵng, {words(date(2026, 1, 15))}", pt=11.5, split=90.0)
    head = title(q, "QUYẾT ĐỊNH", 14.5, ("Về việc bổ nhiệm Giám đốc công ty",))
    q.center("HỘI ĐỒNG THÀNH VIÊN", "b", 12.5)
    rows(q, ["Căn cứ Luật Doanh nghiệp số 59/2020/QH14 ngày 17 tháng 6 năm 2020;",
             "Căn cứ Điều lệ công ty ngày 02/3/2019;",
             "Căn cứ Biên bản họp Hội đồng thành viên số 01/2026/BB-HĐTV;"])
    q.center("QUYẾT ĐỊNH:", "b", 12.5)
    rows(q, [f"Điều 1. Bổ nhiệm ông {new_rep.name}, số định danh cá nhân {new_rep.cccd}, "
             "giữ chức Giám đốc, là người đại diện theo pháp luật của công ty, kể từ ngày "
             "ký.",
             "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Các thành viên và ông "
             f"{new_rep.name} chịu trách nhiệm thi hành."])
    q.gap(2.0)
    left = recipients(["Như Điều 2", "Phòng ĐKKD", "Lưu: VT"])
    sign_both(q, left, signer(["TM. HỘI ĐỒNG THÀNH VIÊN", "CHỦ TỊCH"], boss.name,
                                space=18.0), seal="right")
    decision = Paper("quyet_dinh", "Quyết định bổ nhiệm giám đốc", "qd_hdtv", [q],
                     {"so_ky_hieu": "02/2026/QĐ-HĐTV", "ngay_ban_hanh": "2026-01-15",
                      "ho_ten": new_rep.name, "so_cccd": new_rep.cccd,
                      "co_quan_ban_hanh": "Công ty TNHH thương mại và dịch vụ Sơn Trà Xanh"},
                     head)

    u = mk.page("andika", 12.0, (22.0, 190.0), 14.0)
    motto(u, 12.0)
    head = title(u, "Giấy uỷ quyền", 15.0)
    rows(u, ["Bên uỷ quyền:",
             f"Họ và tên: {boss.name}",
             f"Chức danh: Chủ tịch Hội đồng thành viên {firm}",
             f"Số định danh cá nhân: {boss.cccd}",
             "Bên được uỷ quyền:",
             f"Họ và tên: {clerk.name}     Số định danh cá nhân: {clerk.cccd}",
             "Nội dung uỷ quyền: thay mặt công ty nộp hồ sơ đăng ký thay đổi nội dung đăng "
             "ký doanh nghiệp, nhận kết quả tại Phòng Đăng ký kinh doanh thành phố Đà Nẵng.",
             "Thời hạn uỷ quyền: đến khi hoàn thành công việc."])
    u.gap(2.0)
    u.line(f"Đà Nẵng, ngày {dmy(date(2026, 1, 16))}", "i", 12.0, align="r")
    sign_both(u, signer(["BÊN ĐƯỢC UỶ QUYỀN"], clerk.name, space=15.0, pt=12.0),
              signer(["BÊN UỶ QUYỀN"], boss.name, space=15.0, pt=12.0), seal="right")
    proxy = Paper("giay_uy_quyen", "Giấy uỷ quyền (công ty)", "uy_quyen_cong_ty", [u],
                  {"ho_ten": boss.name, "so_cccd": boss.cccd, "ngay_ban_hanh": "2026-01-16"},
                  head)
    card = card_2024(mk, clerk, issued=date(2024, 11, 2), home="phường Thanh Khê, TP Đà Nẵng",
                     certify=["CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH",
                              "Số chứng thực: 1187 quyển số 01/2026-SCBS",
                              f"Ngày {dmy(date(2026, 1, 16))}", "PHÓ CHỦ TỊCH",
                              "Trần Văn Hòa"])
    return Dossier(code, procedure, [], [receipt, notice, minutes, decision, proxy, card])


def lost_certificate(mk: Maker) -> Dossier:
    """Cấp lại GCN do bị mất (Lâm Đồng): a slip titled as an appointment that is also a
    receipt, the application, the commune's confirmation of the posted loss notice, an
    electronic fee receipt, a daughter's power of attorney."""
    owner = mk.person("K'Brơi", "1958-08-08", False, "068",
                      "thôn Đạ Nghịt, xã Lạc Dương, tỉnh Lâm Đồng")
    girl = mk.person("Cil Ha Mai", "1986-02-17", False, "068",
                     "thôn Đạ Nghịt, xã Lạc Dương, tỉnh Lâm Đồng")
    code = "000.05.61.H39-260226-0159"
    procedure = ("Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất - thửa 77, tờ bản đồ "
                 "12, xã Lạc Dương")
    p = mk.page("charis", 12.0, (20.0, 192.0), 12.0)
    head = slip(p, ("UBND XÃ LẠC DƯƠNG", "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"), code,
                "GIẤY HẸN KIÊM BIÊN NHẬN HỒ SƠ", f"Lạc Dương, {words(date(2026, 2, 26))}")
    rows(p, ["Trung tâm Phục vụ hành chính công xã Lạc Dương",
             f"Nhận của: bà {girl.name} (nộp thay theo ủy quyền)",
             f"Căn cước số: {girl.cccd}",
             "Giải quyết thủ tục:",
             procedure,
             "Thành phần: đơn đề nghị cấp lại (01 bản chính); giấy xác nhận niêm yết mất "
             "GCN (01); biên lai lệ phí (01); giấy ủy quyền (01).",
             "Thời gian trả kết quả: 08 giờ 00, ngày 23/3/2026",
             "Quá hạn 30 ngày không đến nhận, hồ sơ được chuyển lưu tại Trung tâm."])
    sign_both(p, signer(["Người nộp"], girl.name, "", 13.0, 12.0),
              signer(["Người tiếp nhận"], "Bon Niêng Ha Tuyết", "", 13.0, 12.0))
    receipt = Paper("phieu_tiep_nhan", "Giấy hẹn kiêm biên nhận hồ sơ", "giay_hen_bien_nhan",
                    [p], {"thu_tuc": procedure, "ho_ten": girl.name, "so_cccd": girl.cccd,
                          "ngay_ban_hanh": "2026-02-26",
                          "co_quan_ban_hanh": "Trung tâm Phục vụ hành chính công xã Lạc Dương"},
                    head)

    f = mk.page("charis", 12.0, (22.0, 192.0), 12.0)
    f.line("Mẫu số 10/ĐK", "i", 10.0, align="r")
    motto(f, 12.0)
    head = title(f, "ĐƠN ĐỀ NGHỊ CẤP LẠI GIẤY CHỨNG NHẬN", 14.0,
                 ("quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",))
    f.line("Kính gửi: Văn phòng đăng ký đất đai tỉnh Lâm Đồng", "r", 11.5, align="c")
    rows(f, ["1. Người sử dụng đất:",
             f"Họ và tên: {owner.upper}     Năm sinh: {owner.born.year}",
             f"Số định danh cá nhân: {owner.cccd}",
             f"Địa chỉ: {owner.home}",
             "2. Giấy chứng nhận đã cấp: số phát hành BX 402193, số vào sổ CH 00581, cấp "
             "ngày 09/12/2015",
             "3. Lý do đề nghị cấp lại: bị mất do nhà bị cháy tháng 10 năm 2025, đã niêm yết "
             "thông báo mất tại UBND xã 15 ngày",
             "Tôi cam đoan nội dung kê khai trên đơn là đúng sự thật."])
    f.gap(2.0)
    f.line(f"Lạc Dương, {words(date(2026, 2, 20))}", "i", 12.0, align="r")
    sign_right(f, signer(["NGƯỜI VIẾT ĐƠN"], owner.name, "(Ký, ghi rõ họ tên)", 15.0, 12.0))
    form = Paper("don_de_nghi", "Đơn đề nghị cấp lại Giấy chứng nhận", "don_cap_lai", [f],
                 {"ho_ten": owner.upper, "so_cccd": owner.cccd, "ngay_ban_hanh": "2026-02-20"},
                 head)

    x = mk.page("charis", 12.5, (24.0, 190.0), 12.0)
    header(x, ("ỦY BAN NHÂN DÂN", "XÃ LẠC DƯƠNG"), "38/GXN-UBND",
           f"Lạc Dương, {words(date(2026, 2, 18))}", pt=12.0)
    head = title(x, "GIẤY XÁC NHẬN", 14.5,
                 ("Về việc niêm yết thông báo mất Giấy chứng nhận quyền sử dụng đất",))
    x.p(f"Ủy ban nhân dân xã Lạc Dương xác nhận: bà {owner.name}, số định danh cá nhân "
        f"{owner.cccd}, thường trú tại thôn Đạ Nghịt, đã khai báo mất Giấy chứng nhận số "
        "BX 402193. Thông báo mất đã được niêm yết tại trụ sở UBND xã và nhà văn hóa thôn "
        "từ ngày 02/02/2026 đến ngày 17/02/2026; trong thời gian niêm yết không có ai "
        "khiếu nại, tranh chấp.", align="j")
    x.p("Giấy xác nhận này cấp cho bà để làm thủ tục cấp lại Giấy chứng nhận.", align="j")
    sign_both(x, recipients(["Bà K'Brơi", "Lưu: VP"]),
              signer(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Liêng Hót Ha "
                     "Ninh", space=17.0), seal="right")
    confirm = Paper("giay_xac_nhan", "Giấy xác nhận niêm yết mất GCN", "xac_nhan_mat_gcn", [x],
                    {"so_ky_hieu": "38/GXN-UBND", "ngay_ban_hanh": "2026-02-18",
                     "ho_ten": owner.name, "so_cccd": owner.cccd,
                     "co_quan_ban_hanh": "Ủy ban nhân dân xã Lạc Dương"}, head)

    r = mk.page("andika", 11.0, (26.0, 184.0), 16.0)
    r.line("Mẫu số: 01BLP0-001     Ký hiệu: 1C26TLD", "r", 10.0, align="r")
    r.line("Số: 0002716", "b", 11.0, align="r")
    r.center("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ LẠC DƯƠNG", "b", 11.0)
    r.center("Mã số thuế: 5801498230", "r", 10.5)
    r.gap(2.0)
    head = title(r, "BIÊN LAI ĐIỆN TỬ THU PHÍ, LỆ PHÍ", 14.0,
                 (f"Ngày {dmy(date(2026, 2, 26))}",))
    rows(r, [f"Tên người nộp: {girl.name}",
             "Địa chỉ: thôn Đạ Nghịt, xã Lạc Dương",
             "Nội dung thu: Lệ phí cấp lại Giấy chứng nhận quyền sử dụng đất",
             "Số tiền: 50.000 đồng (Viết bằng chữ: Năm mươi nghìn đồng)",
             "Hình thức thanh toán: chuyển khoản"])
    r.gap(2.0)
    sign_right(r, [L("NGƯỜI THU TIỀN", "b", 11.0), L("(Ký bằng chữ ký số)", "i", 9.5),
                   L(space=8.0), L("Ka Thị Nhung", "b", 11.0)])
    r.field("Tra cứu biên lai tại: https://bienlai.lamdong.gov.vn - Mã tra cứu: LD7H2K9Q",
            pt=9.5)
    fee = Paper("bien_lai_thu_phi", "Biên lai điện tử thu phí, lệ phí", "bien_lai_dien_tu",
                [r], {"so_ky_hieu": "0002716", "ngay_ban_hanh": "2026-02-26",
                      "ho_ten": girl.name,
                      "co_quan_ban_hanh": "Trung tâm Phục vụ hành chính công xã Lạc Dương"},
                head)

    w = mk.page("andika", 12.0, (22.0, 190.0), 14.0)
    motto(w, 12.0)
    head = title(w, "GIẤY ỦY QUYỀN", 15.0)
    rows(w, ["Tôi là:"])
    w.field(f"{owner.name}, sinh năm {owner.born.year}, Căn cước số {owner.cccd}",
            style="b", x0=34.0)
    rows(w, [f"Thường trú: {owner.home}",
             f"Ủy quyền cho con gái là: {girl.name}, sinh năm {girl.born.year}, Căn cước "
             f"số {girl.cccd}",
             "Được thay tôi nộp hồ sơ, bổ sung giấy tờ và nhận Giấy chứng nhận cấp lại "
             "thửa đất số 77, tờ bản đồ số 12, xã Lạc Dương.",
             "Tôi chịu trách nhiệm về mọi việc người được ủy quyền làm trong phạm vi trên."])
    w.gap(2.0)
    w.line(f"Lạc Dương, {words(date(2026, 2, 21))}", "i", 12.0, align="r")
    sign_both(w, signer(["Người được ủy quyền"], girl.name, space=14.0, pt=12.0),
              signer(["Người ủy quyền"], owner.name, "(điểm chỉ)", 14.0, 12.0))
    proxy = Paper("giay_uy_quyen", "Giấy ủy quyền (nộp thay)", "uy_quyen_nop_thay", [w],
                  {"ho_ten": owner.name, "so_cccd": owner.cccd, "ngay_ban_hanh": "2026-02-21"},
                  head)
    return Dossier(code, procedure, [], [receipt, form, confirm, fee, proxy])


def dossiers(mk: Maker) -> list[tuple[str, Dossier]]:
    """The four dossiers with their procedure ids, in scan order."""
    import dossiers6

    return [("dang_ky_lai_khai_tu", dossiers6.death_again(mk)),
            ("nhan_cha_me_con", dossiers6.recognition(mk)),
            ("thay_doi_doanh_nghiep", company_change(mk)),
            ("cap_lai_gcn", lost_certificate(mk))]
