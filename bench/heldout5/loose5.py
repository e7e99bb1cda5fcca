"""The loose papers of known types in the fifth held-apart set: a commune's decision (2 p.,
laws cited with their dates), an official letter titled only by its "V/v" line, a marital
status certificate, work minutes (2 p.), a contract of sale of a motorbike (2 p., the date in
words, a bank account), a state budget payment slip, an electronic fee receipt, a request to
complete a dossier, a residence confirmation, a notice, an upper-secondary diploma (colour,
300 dpi), a company's cash receipt and a health certificate."""

from __future__ import annotations

from datetime import date

from page5 import (
    Maker,
    Paper,
    dmy,
    header,
    motto,
    recipients,
    sign_both,
    sign_right,
    signer,
    title,
    words,
)


def decision(mk: Maker) -> Paper:
    p = mk.page("termes", 13.0, (26.0, 192.0), 12.0)
    header(p, ("ỦY BAN NHÂN DÂN", "XÃ MƯỜNG ẢNG"), "315/QĐ-UBND",
           f"Mường Ảng, {words(date(2025, 10, 8))}", pt=12.5)
    head = title(p, "QUYẾT ĐỊNH", 14.0)
    p.center("Về việc hỗ trợ kinh phí sửa chữa nhà ở cho hộ nghèo năm 2025", "b", 13.0)
    p.gap(2.0)
    p.center("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ MƯỜNG ẢNG", "b", 13.0)
    for text in ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                 "Căn cứ Nghị quyết số 09/2025/NQ-HĐND ngày 25 tháng 7 năm 2025 của Hội đồng "
                 "nhân dân tỉnh Điện Biên quy định mức hỗ trợ nhà ở cho hộ nghèo;",
                 "Theo đề nghị của Công chức Văn hóa - Xã hội tại Tờ trình số 47/TTr-VHXH ngày "
                 "02/10/2025."]:
        p.p(text, style="i", align="j")
    p.center("QUYẾT ĐỊNH:", "b", 13.0)
    p.p("Điều 1. Hỗ trợ kinh phí sửa chữa nhà ở cho hộ ông Lò Văn Pọm, bản Co Hắm, xã Mường "
        "Ảng, tỉnh Điện Biên, số tiền 30.000.000 đồng (Ba mươi triệu đồng).", align="j")
    q = mk.page("termes", 13.0, (26.0, 192.0), 16.0)
    q.p("Điều 2. Nguồn kinh phí: ngân sách tỉnh hỗ trợ theo Nghị quyết số 09/2025/NQ-HĐND.",
        align="j")
    q.p("Điều 3. Văn phòng HĐND và UBND xã, Công chức Tài chính - Kế toán, hộ ông Lò Văn Pọm "
        "và các cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.", align="j")
    q.gap(4.0)
    sign_both(q, recipients(["Như Điều 3", "Lưu: VT"]),
              signer(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Quàng Thị Xuân", "", 22.0, 13.0),
              seal="right")
    return Paper("quyet_dinh", "Quyết định", "quyet_dinh_ho_tro", [p, q],
                 {"so_ky_hieu": "315/QĐ-UBND", "ngay_ban_hanh": "2025-10-08",
                  "co_quan_ban_hanh": "Ủy ban nhân dân xã Mường Ảng",
                  "ho_ten": "Lò Văn Pọm"}, head)


def letter(mk: Maker) -> Paper:
    p = mk.page("termes", 13.0, (28.0, 192.0), 12.0)
    header(p, ("UBND TỈNH LẠNG SƠN", "SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"), "2874/SNNMT-QLĐĐ",
           f"Lạng Sơn, {words(date(2025, 11, 11))}", pt=12.0)
    p.line("V/v hướng dẫn cấp đổi Giấy chứng nhận", "r", 11.5, x0=6.0, x1=90.0, align="c")
    p.line("sau sắp xếp đơn vị hành chính cấp xã", "r", 11.5, x0=6.0, x1=90.0, align="c")
    p.gap(4.0)
    p.line("Kính gửi: Ủy ban nhân dân các xã, phường.", "r", 13.0, align="c")
    p.gap(2.0)
    for text in ["Thực hiện Nghị định số 151/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ "
                 "quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh "
                 "vực đất đai, Sở Nông nghiệp và Môi trường hướng dẫn như sau:",
                 "1. Giấy chứng nhận đã cấp ghi tên đơn vị hành chính cũ vẫn có giá trị pháp lý; "
                 "người sử dụng đất không bắt buộc phải cấp đổi.",
                 "2. Trường hợp người sử dụng đất có nhu cầu, Trung tâm Phục vụ hành chính công "
                 "xã tiếp nhận hồ sơ và chuyển Chi nhánh Văn phòng đăng ký đất đai giải quyết.",
                 "Đề nghị Ủy ban nhân dân các xã, phường triển khai thực hiện./."]:
        p.p(text, align="j")
    p.gap(3.0)
    sign_both(p, recipients(["Như trên", "UBND tỉnh (b/c)", "Lưu: VT, QLĐĐ"]),
              signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Vi Văn Thành", "", 20.0, 13.0),
              seal="right")
    return Paper("cong_van", "Công văn", "cong_van_huong_dan", [p],
                 {"so_ky_hieu": "2874/SNNMT-QLĐĐ", "ngay_ban_hanh": "2025-11-11",
                  "co_quan_ban_hanh": "Sở Nông nghiệp và Môi trường"}, None)


def single_status(mk: Maker) -> Paper:
    who = mk.person("Bùi Thị Thu Phương", "1998-04-23", False, "037", "xóm Đông, xã Gia "
                    "Viễn, tỉnh Ninh Bình")
    p = mk.page("termes", 13.0, (24.0, 192.0), 12.0)
    header(p, ("ỦY BAN NHÂN DÂN", "XÃ GIA VIỄN"), "118/UBND-XNTTHN",
           f"Gia Viễn, {words(date(2025, 9, 4))}", pt=12.5)
    head = title(p, "GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN", 15.0)
    p.field("ỦY BAN NHÂN DÂN XÃ GIA VIỄN xét đề nghị của bà Bùi Thị Thu Phương,", hang=4.0)
    p.field("XÁC NHẬN:", style="b")
    p.field(f"Họ, chữ đệm, tên: {who.upper}")
    p.field(f"Ngày, tháng, năm sinh: {dmy(who.born)}   Giới tính: Nữ   Dân tộc: Kinh")
    p.field(f"Số định danh cá nhân: {who.cccd}")
    p.field(f"Nơi cư trú: {who.home}")
    p.field("Trong thời gian cư trú tại xã Gia Viễn từ ngày 23/04/1998 đến nay.", hang=4.0)
    p.field("Tình trạng hôn nhân: Chưa đăng ký kết hôn với ai.")
    p.field("Giấy này được cấp để: làm thủ tục đăng ký kết hôn.")
    p.field("Giấy này có giá trị sử dụng 06 tháng, kể từ ngày cấp.", style="i")
    p.gap(3.0)
    sign_right(p, signer(["NGƯỜI KÝ GIẤY XÁC NHẬN", "CHỦ TỊCH"], "Đinh Văn Khải", "", 20.0,
                         13.0), seal=True)
    return Paper("giay_xac_nhan_tthn", "Giấy xác nhận tình trạng hôn nhân", "xac_nhan_tthn",
                 [p], {"so_ky_hieu": "118/UBND-XNTTHN", "ngay_ban_hanh": "2025-09-04",
                       "co_quan_ban_hanh": "Ủy ban nhân dân xã Gia Viễn", "ho_ten": who.upper,
                       "so_cccd": who.cccd}, head)


def minutes(mk: Maker) -> Paper:
    p = mk.page("heros", 12.5, (24.0, 192.0), 12.0)
    header(p, ("UBND TỈNH SƠN LA", "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ", "XÂY DỰNG KHU VỰC MỘC CHÂU"),
           "86/BB-BQLDA", f"Mộc Châu, {words(date(2025, 10, 23))}", pt=11.5)
    head = title(p, "BIÊN BẢN LÀM VIỆC", 15.0,
                 ["Về việc kiểm đếm đất đai, tài sản thu hồi để mở rộng đường tỉnh 104"])
    p.p(f"Hôm nay, vào hồi 8 giờ 30 phút, {words(date(2025, 10, 23), pad=False)}, tại thửa "
        "đất số 87, tờ bản đồ số 12, tiểu khu 6, xã Mộc Châu, chúng tôi gồm:", align="j")
    p.field("1. Đại diện Ban Quản lý dự án:", style="b")
    p.field("- Ông Cầm Văn Sơn - Phó Giám đốc", x0=30.0)
    p.field("- Bà Hà Thị Nhung - Cán bộ kỹ thuật", x0=30.0)
    p.field("2. Đại diện Ủy ban nhân dân xã Mộc Châu:", style="b")
    p.field("- Ông Mùa A Chứ - Công chức Địa chính - Xây dựng", x0=30.0)
    p.field("3. Hộ gia đình có đất bị thu hồi:", style="b")
    p.field("- Ông Sồng A Páo, CCCD số 014079002264", x0=30.0)
    q = mk.page("heros", 12.5, (24.0, 192.0), 16.0)
    q.field("Nội dung kiểm đếm:", style="b")
    q.table([12.0, 86.0, 30.0, 40.0], [["STT", "Loại đất, tài sản", "Đơn vị", "Khối lượng"],
                                       ["1", "Đất trồng cây hằng năm khác", "m2", "156,4"],
                                       ["2", "Tường rào xây gạch chỉ", "m", "22,0"],
                                       ["3", "Cây mận hậu (đang thu hoạch)", "cây", "14"]],
            aligns="clcc", pt=11.5)
    q.p("Biên bản kết thúc hồi 10 giờ cùng ngày, đã đọc lại cho mọi người cùng nghe và nhất "
        "trí ký tên.", align="j")
    q.gap(3.0)
    sign_both(q, signer(["ĐẠI DIỆN HỘ GIA ĐÌNH"], "Sồng A Páo", "", 16.0, 12.0),
              signer(["ĐẠI DIỆN BAN QLDA"], "Cầm Văn Sơn", "", 16.0, 12.0))
    return Paper("bien_ban", "Biên bản làm việc", "bien_ban_kiem_dem", [p, q],
                 {"so_ky_hieu": "86/BB-BQLDA", "ngay_ban_hanh": "2025-10-23",
                  "co_quan_ban_hanh": "Ban Quản lý dự án đầu tư xây dựng khu vực Mộc Châu",
                  "ho_ten": "Sồng A Páo", "so_cccd": "014079002264"}, head)


def sale(mk: Maker) -> Paper:
    seller = mk.person("Phạm Thị Ngọc Hân", "1979-08-08", False, "046", "phường Thuận Hóa, "
                       "thành phố Huế")
    buyer = mk.person("Tôn Thất Minh Quân", "2000-02-29", True, "046", "phường Phú Xuân, "
                      "thành phố Huế")
    d = date(2025, 11, 15)
    p = mk.page("termes", 12.5, (24.0, 190.0), 12.0)
    motto(p, 12.5)
    head = title(p, "HỢP ĐỒNG MUA BÁN XE", 15.0)
    p.p(f"Hôm nay, ngày {dmy(d)} (ngày mười lăm tháng mười một năm hai nghìn không trăm hai "
        "mươi lăm), tại Văn phòng công chứng Thuận Hóa, thành phố Huế, chúng tôi gồm:",
        align="j")
    p.field("BÊN BÁN (Bên A):", style="b")
    p.field("Họ và tên:")
    p.field(seller.upper, style="b", x0=40.0)
    p.field(f"Sinh ngày: {dmy(seller.born)}; CCCD số: {seller.cccd}")
    p.field(f"Nơi thường trú: {seller.home}")
    p.field("BÊN MUA (Bên B):", style="b")
    p.field(f"Họ và tên: {buyer.upper}; sinh ngày: {dmy(buyer.born)}")
    p.field(f"CCCD số: {buyer.cccd}; nơi thường trú: {buyer.home}", hang=4.0)
    p.field("Điều 1. Đối tượng của hợp đồng: xe mô tô nhãn hiệu Honda, số loại Vision, màu "
            "đỏ, biển số 75G1-428.16, số máy JK03E-1947206, số khung RLHJK0310PY094817.",
            align="j")
    q = mk.page("termes", 12.5, (24.0, 190.0), 16.0)
    q.field("Điều 2. Giá mua bán: 18.500.000 đồng (Mười tám triệu năm trăm nghìn đồng), "
            "chuyển vào tài khoản số 102874593016 của Bên A tại Ngân hàng TMCP Công Thương.",
            align="j")
    q.field("Điều 3. Bên A cam đoan xe thuộc quyền sở hữu hợp pháp của mình, không bị cầm cố, "
            "tranh chấp. Bên B đã xem xét kỹ tình trạng xe.", align="j")
    q.field("Điều 4. Hợp đồng có hiệu lực kể từ thời điểm công chứng.")
    q.gap(3.0)
    sign_both(q, signer(["BÊN A"], seller.upper, "", 16.0, 12.0),
              signer(["BÊN B"], buyer.upper, "", 16.0, 12.0))
    q.gap(3.0)
    q.field("LỜI CHỨNG CỦA CÔNG CHỨNG VIÊN: Số công chứng 3582, quyển số 11/2025 TP/CC-SCC/HĐGD",
            style="i", pt=11.0)
    sign_right(q, signer(["CÔNG CHỨNG VIÊN"], "Nguyễn Khoa Diệu Linh", "", 16.0, 12.0),
               seal=True)
    return Paper("hop_dong", "Hợp đồng mua bán xe", "hop_dong_mua_xe", [p, q],
                 {"ngay_ban_hanh": d.isoformat(), "ho_ten": seller.upper,
                  "so_cccd": seller.cccd}, head)


def budget_slip(mk: Maker) -> Paper:
    payer = mk.person("Vương Đức Lộc", "1975-12-12", True, "033", "xã Phụng Công, tỉnh Hưng "
                      "Yên")
    p = mk.page("heros", 11.0, (14.0, 196.0), 12.0)
    p.line("Mẫu số C1-02/NS", "b", 10.0, align="r")
    p.line("(Theo TT số 84/2016/TT-BTC của Bộ Tài chính)", "i", 9.0, align="r")
    head = title(p, "GIẤY NỘP TIỀN VÀO NGÂN SÁCH NHÀ NƯỚC", 14.5,
                 ["Tiền mặt [ ]   Chuyển khoản [x]"])
    p.line("Số: 0095431", "r", 11.0, align="r")
    p.field(f"Người nộp thuế: {payer.name}   Mã số thuế: 8027416390")
    p.field(f"Địa chỉ: {payer.home}")
    p.field("Đề nghị NH (KBNN): Ngân hàng TMCP Đầu tư và Phát triển Việt Nam - CN Hưng Yên "
            "trích TK số: 46010000917263 để nộp NSNN", hang=4.0)
    p.field("Nộp vào KBNN: Kho bạc Nhà nước khu vực IV   Tỉnh, TP: Hưng Yên", hang=4.0)
    p.field("Cơ quan quản lý thu: Thuế cơ sở 3 tỉnh Hưng Yên   Mã: 1055287", hang=4.0)
    p.table([10.0, 76.0, 28.0, 26.0, 42.0], [
        ["STT", "Nội dung các khoản nộp NSNN", "Mã chương", "Mã NDKT", "Số tiền"],
        ["1", "Lệ phí trước bạ nhà, đất", "757", "2801", "2.418.000"],
        ["", "Tổng cộng", "", "", "2.418.000"]], aligns="clccc", pt=10.5)
    p.field("Tổng số tiền ghi bằng chữ: Hai triệu bốn trăm mười tám nghìn đồng.")
    p.gap(2.0)
    sign_both(p, signer(["NGƯỜI NỘP TIỀN"], payer.name, f"Ngày {dmy(date(2025, 11, 27))}",
                        14.0, 11.0),
              signer(["NGÂN HÀNG A"], "Kế toán: Đào Thu Hà", "Ngày 27/11/2025", 14.0, 11.0),
              seal="right")
    return Paper("giay_nop_tien_nsnn", "Giấy nộp tiền vào ngân sách nhà nước", "c1_02", [p],
                 {"so_ky_hieu": "0095431", "ngay_ban_hanh": "2025-11-27",
                  "ho_ten": payer.name,
                  "co_quan_ban_hanh": "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam"}, head)


def fee_receipt(mk: Maker) -> Paper:
    p = mk.page("heros", 11.5, (20.0, 190.0), 14.0)
    p.line("UBND XÃ HÒA AN - TỈNH CAO BẰNG", "b", 11.0)
    p.line("Mã số thuế: 4800917352", "r", 10.0)
    p.gap(2.0)
    head = title(p, "BIÊN LAI THU PHÍ, LỆ PHÍ", 15.0, ["(Biên lai điện tử)"])
    p.line("Mẫu số: 01BLP0-001   Ký hiệu: 25E-HA   Số: 0002714", "r", 11.0, align="c")
    p.field("Tên đơn vị hoặc người nộp tiền:")
    p.field("NÔNG THỊ BÍCH HẠNH", style="b", x0=34.0)
    p.field("Địa chỉ: xóm Nà Lòa, xã Hòa An, tỉnh Cao Bằng")
    p.field("Tên loại phí, lệ phí: Lệ phí chứng thực hợp đồng, giao dịch")
    p.field("Số tiền: 50.000 đồng   Viết bằng chữ: Năm mươi nghìn đồng")
    p.field("Hình thức thanh toán: Tiền mặt")
    p.gap(3.0)
    sign_right(p, signer(["NGƯỜI THU TIỀN"], "Lương Văn Khang",
                         f"Ngày {dmy(date(2025, 12, 1))}", 12.0, 11.5))
    p.field("Tra cứu tại: https://hoadondientu.gdt.gov.vn   Mã tra cứu: HA25E0002714",
            pt=9.5)
    return Paper("bien_lai_thu_phi", "Biên lai thu phí, lệ phí", "bien_lai_dien_tu", [p],
                 {"so_ky_hieu": "0002714", "ngay_ban_hanh": "2025-12-01",
                  "co_quan_ban_hanh": "UBND xã Hòa An", "ho_ten": "NÔNG THỊ BÍCH HẠNH"},
                 head)


def known(mk: Maker) -> list[Paper]:
    """The loose papers of known types, in scan order."""
    import certs5

    return [decision(mk), certs5.completion_request(mk), letter(mk), certs5.residence(mk),
            single_status(mk), certs5.diploma(mk), minutes(mk), certs5.cash_receipt(mk),
            sale(mk), certs5.notice(mk), budget_slip(mk), certs5.health(mk), fee_receipt(mk)]
