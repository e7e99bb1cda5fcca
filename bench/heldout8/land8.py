"""Two land dossiers of the eighth held-apart set: an inherited plot that never had a
certificate registered for the first time (Bắc Ninh), its receipt in two columns; a mortgage's
registration struck off (Đồng Tháp), its receipt a ruled table with the procedure's code."""

from __future__ import annotations

from datetime import date

from page8 import (
    Dossier,
    L,
    Maker,
    Paper,
    dmy,
    dots,
    filled,
    header,
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


def first_registration(mk: Maker) -> Dossier:
    """Đăng ký đất đai lần đầu (Bắc Ninh): a plot the late father never had certified,
    registered by his daughter: a receipt in two columns, the registration form filled in by
    hand (2 p.), the heirs' notarised agreement (2 p.), the plot's cadastral survey (colour,
    300 dpi) and the father's death extract."""
    heir = mk.person("Ngô Thị Thanh Huyền", "1981-04-02", False, "027",
                     "khu phố Đông Xuyên, phường Kinh Bắc, tỉnh Bắc Ninh")
    brother = mk.person("Ngô Quang Vinh", "1978-12-19", True, "027",
                        "thôn Yên Mẫn, xã Kim Chân, tỉnh Bắc Ninh")
    father = mk.person("Ngô Quang Khải", "1949-07-08", True, "027",
                       "khu phố Đông Xuyên, phường Kinh Bắc, tỉnh Bắc Ninh")
    code = "000.27.31.H04-260303-0142"
    procedure = ("Đăng ký đất đai, cấp Giấy chứng nhận lần đầu - thửa đất số 57, tờ bản đồ "
                 "số 12 (nhận thừa kế, chưa được cấp giấy)")
    centre = "Chi nhánh Văn phòng đăng ký đất đai khu vực Kinh Bắc"
    p = mk.page("lato", 10.5, (14.0, 196.0), 12.0)
    header(p, ("VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH BẮC NINH", "CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ",
               "ĐẤT ĐAI KHU VỰC KINH BẮC"), None, pt=10.5, split=96.0, parents=1)
    head = title(p, "PHIẾU TIẾP NHẬN HỒ SƠ ĐĂNG KÝ ĐẤT ĐAI", 14.0,
                 ("(Liên 2: giao người nộp hồ sơ)",))
    p.line(f"Mã hồ sơ: {code}", "b", 11.5, align="c")
    p.gap(2.0)
    top = p.y
    left = [L("NGƯỜI NỘP HỒ SƠ", "b", 10.5, align="l"),
            L("Ông/Bà:", "r", 10.5, align="l"), L(heir.name, "b", 11.0, align="l"),
            L(f"Số định danh: {heir.cccd}", "r", 10.5, align="l"),
            L(f"Điện thoại: {heir.phone}", "r", 10.5, align="l"),
            L("Địa chỉ: khu phố Đông Xuyên,", "r", 10.5, align="l"),
            L("phường Kinh Bắc, tỉnh Bắc Ninh", "r", 10.5, align="l")]
    right = [L("NỘI DUNG HỒ SƠ", "b", 10.5, align="l"),
             L("Thủ tục:", "r", 10.5, align="l"),
             L("Đăng ký đất đai, cấp Giấy chứng nhận lần", "b", 10.5, align="l"),
             L("đầu - thửa đất số 57, tờ bản đồ số 12 (nhận", "b", 10.5, align="l"),
             L("thừa kế, chưa được cấp giấy)", "b", 10.5, align="l"),
             L("Số tờ khai: 01. Số bộ hồ sơ: 01.", "r", 10.5, align="l"),
             L("Thời hạn giải quyết: 08 ngày làm việc.", "r", 10.5, align="l")]
    p.pair(left, right, (14.0, 96.0), (102.0, 196.0))
    p.vline(99.0, top, p.y)
    p.gap(3.0)
    p.head("Giấy tờ đã nhận:", pt=10.5)
    p.table([10.0, 120.0, 22.0, 30.0], [
        ["TT", "Tên giấy tờ", "Số bản", "Loại"],
        ["1", "Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu 04/ĐK)", "01",
         "Bản chính"],
        ["2", "Văn bản thỏa thuận phân chia di sản thừa kế đã công chứng", "01", "Bản chính"],
        ["3", "Mảnh trích đo địa chính số 41-2025", "01", "Bản chính"],
        ["4", "Trích lục khai tử của ông Ngô Quang Khải", "01", "Bản sao"]],
        aligns="llcl", pt=10.0)
    p.field("Ngày hẹn trả kết quả: 16 giờ 00, ngày 31 tháng 3 năm 2026, tại quầy số 4.",
            pt=10.5)
    p.gap(1.0)
    p.line(f"Kinh Bắc, {words(date(2026, 3, 3), pad=True)}", "i", 10.5, align="r")
    sign_both(p, signer(["Người nộp hồ sơ"], heir.name, space=14.0, pt=10.5),
              signer(["Cán bộ tiếp nhận"], "Đỗ Minh Trang", space=14.0, pt=10.5))
    receipt = Paper("phieu_tiep_nhan", "Phiếu tiếp nhận hồ sơ đăng ký đất đai",
                    "phieu_tiep_nhan_hai_cot", [p],
                    {"thu_tuc": procedure, "ho_ten": heir.name, "so_cccd": heir.cccd,
                     "ngay_ban_hanh": "2026-03-03", "co_quan_ban_hanh": centre}, head)

    f = mk.page("lib", 12.0, (22.0, 192.0), 12.0)
    f.line("Mẫu số 04/ĐK", "i", 10.5, align="r")
    motto(f, 12.5)
    head = title(f, "ĐƠN ĐĂNG KÝ ĐẤT ĐAI,\nTÀI SẢN GẮN LIỀN VỚI ĐẤT", 14.0)
    f.line("Kính gửi: Văn phòng đăng ký đất đai tỉnh Bắc Ninh", "r", 12.0, align="c")
    f.gap(2.0)
    f.head("I. PHẦN KÊ KHAI CỦA NGƯỜI ĐĂNG KÝ", pt=12.0)
    f.field("1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất (viết chữ in hoa):")
    filled(f, "1.1. Tên:", heir.upper, pt=12.0)
    filled(f, "1.2. Giấy tờ nhân thân số:", f"{heir.cccd} cấp ngày 20/4/2021", pt=12.0)
    filled(f, "1.3. Địa chỉ:", "khu phố Đông Xuyên, phường Kinh Bắc", pt=12.0)
    f.field("2. Thửa đất đăng ký:")
    filled(f, "2.1. Thửa đất số:", "57; tờ bản đồ số: 12", pt=12.0)
    filled(f, "2.2. Địa chỉ:", "khu phố Đông Xuyên, phường Kinh Bắc", pt=12.0)
    filled(f, "2.3. Diện tích:", "168,5 m2; sử dụng riêng", pt=12.0)
    filled(f, "2.4. Mục đích sử dụng:", "đất ở tại đô thị", pt=12.0)
    f.field("3. Nguồn gốc sử dụng:")
    filled(f, "3.1. Người sử dụng trước:", "Ngô Quang Khải (cha, đã chết)", pt=12.0)
    filled(f, "3.2. Thời điểm sử dụng:", "từ năm 1986, ổn định", pt=12.0)
    filled(f, "3.3. Căn cứ:", "nhận thừa kế theo thỏa thuận", pt=12.0)
    f2 = mk.page("lib", 12.0, (22.0, 192.0), 14.0)
    f2.field("4. Giấy tờ nộp kèm theo đơn này gồm có:")
    rows(f2, ["- Văn bản thỏa thuận phân chia di sản thừa kế số công chứng 0388/2026/TTPCDS "
              "ngày 24/02/2026;",
              "- Mảnh trích đo địa chính số 41-2025; trích lục khai tử (bản sao)."], pt=12.0)
    f2.field("Đề nghị cấp mới Giấy chứng nhận: [x] Có   [ ] Không", pt=12.0)
    f2.field("Tôi cam đoan nội dung kê khai trên đơn là đúng sự thật, nếu sai tôi hoàn toàn "
             "chịu trách nhiệm trước pháp luật.", pt=12.0)
    f2.gap(2.0)
    f2.line(f"Kinh Bắc, {words(date(2026, 3, 2))}", "i", 12.0, align="r")
    sign_right(f2, signer(["Người viết đơn"], heir.name, "(Ký, ghi rõ họ tên)", 16.0, 12.0))
    f2.gap(3.0)
    f2.head("II. XÁC NHẬN CỦA VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", pt=11.5)
    f2.field("(Phần này do cơ quan đăng ký ghi sau khi kiểm tra hồ sơ)", style="i", pt=11.0)
    form = Paper("don_de_nghi", "Đơn đăng ký đất đai, tài sản gắn liền với đất",
                 "don_dang_ky_04dk", [f, f2],
                 {"ho_ten": heir.upper, "so_cccd": heir.cccd, "ngay_ban_hanh": "2026-03-02"},
                 head)

    a = mk.page("lib", 12.0, (24.0, 190.0), 14.0)
    motto(a, 12.5)
    head = title(a, "VĂN BẢN THỎA THUẬN PHÂN CHIA\nDI SẢN THỪA KẾ", 15.0)
    a.p(f"Hôm nay, {words(date(2026, 2, 24))}, tại Văn phòng công chứng Kinh Bắc, số 18 "
        "đường Nguyễn Đăng Đạo, phường Kinh Bắc, tỉnh Bắc Ninh, chúng tôi gồm:", indent=8.0,
        align="j")
    under(a, "1. Bà (họ, chữ đệm, tên):", heir.name)
    rows(a, [f"Sinh ngày {dmy(heir.born)}; căn cước công dân số {heir.cccd}",
             f"Thường trú: {heir.home}"], indent=12.0)
    under(a, "2. Ông (họ, chữ đệm, tên):", brother.name)
    rows(a, [f"Sinh ngày {dmy(brother.born)}; căn cước công dân số {brother.cccd}",
             f"Thường trú: {brother.home}"], indent=12.0)
    a.p(f"Là những người thừa kế theo pháp luật của ông {father.name} (chết ngày "
        "14/9/2025 theo Trích lục khai tử số 117/TLKT-BS). Di sản là quyền sử dụng thửa đất "
        "số 57, tờ bản đồ số 12, diện tích 168,5 m2, chưa được cấp Giấy chứng nhận. "
        "Theo Điều 651 Bộ luật Dân sự ngày 24 tháng 11 năm 2015, chúng tôi thỏa thuận:",
        indent=8.0, align="j")
    a2 = mk.page("lib", 12.0, (24.0, 190.0), 16.0)
    a2.p(f"Toàn bộ di sản nêu trên thuộc quyền sử dụng của bà {heir.name}. Ông "
         f"{brother.name} đồng ý, không yêu cầu thanh toán phần giá trị tương ứng.", indent=8.0,
         align="j")
    a2.p("Chúng tôi cam đoan không bỏ sót người thừa kế nào; đã đọc lại, hiểu rõ và ký tên "
         "dưới đây.", indent=8.0)
    sign_both(a2, signer(["NGƯỜI THỪA KẾ"], brother.name, space=14.0, pt=12.0),
              signer(["NGƯỜI THỪA KẾ"], heir.name, space=14.0, pt=12.0))
    a2.gap(2.0)
    a2.head("LỜI CHỨNG CỦA CÔNG CHỨNG VIÊN", align="c", pt=12.0)
    a2.p(f"Ngày 24/02/2026, tại Văn phòng công chứng Kinh Bắc, tôi, công chứng viên Lưu "
         f"Thị Hằng, chứng nhận văn bản này do bà {heir.name} và ông {brother.name} tự nguyện "
         "thỏa thuận và ký trước mặt tôi.", indent=8.0, pt=11.5, align="j")
    a2.field("Số công chứng: 0388/2026/TTPCDS, quyển số 02/2026 TP/CC-SCC/HĐGD.", pt=11.5)
    sign_right(a2, signer(["CÔNG CHỨNG VIÊN"], "Lưu Thị Hằng", space=14.0, pt=11.5),
               seal=True)
    agreement = Paper("van_ban_thua_ke", "Văn bản thỏa thuận phân chia di sản thừa kế",
                      "thoa_thuan_phan_chia_di_san", [a, a2],
                      {"ho_ten": heir.name, "so_cccd": heir.cccd,
                       "so_ky_hieu": "0388/2026/TTPCDS", "ngay_ban_hanh": "2026-02-24",
                       "co_quan_ban_hanh": "Văn phòng công chứng Kinh Bắc"}, head)

    c = mk.page("lato", 10.5, (16.0, 194.0), 14.0, dpi=300, color=True)
    c.line("CÔNG TY TNHH ĐO ĐẠC BẢN ĐỒ KINH BẮC", "b", 11.0)
    c.line("Số: 41-2025", "r", 10.5)
    c.gap(2.0)
    head = title(c, "MẢNH TRÍCH ĐO ĐỊA CHÍNH\nTHỬA ĐẤT", 15.0,
                 ("Thửa đất số 57, tờ bản đồ số 12, khu phố Đông Xuyên, phường Kinh Bắc",))
    box = (40.0, 170.0, c.y + 4.0, c.y + 104.0)
    c.rect(box, width=0.3, outline=(120, 120, 120))
    corners = [(62.0, 22.0), (148.0, 16.0), (154.0, 88.0), (70.0, 94.0)]
    pts = [(c.px(x), c.px(box[2] + y - 10.0)) for x, y in corners]
    c.draw.polygon(pts, outline=(200, 30, 40), width=5)
    for k, (x, y) in enumerate(corners, 1):
        c.put(x - 3.0, box[2] + y - 11.0, str(k), "b", 9.0, fill=(200, 30, 40), record=False)
    c.put(96.0, box[2] + 48.0, "57", "b", 16.0, fill=(200, 30, 40), record=False)
    c.put(92.0, box[2] + 56.0, "168,5 m2", "r", 10.0, fill=(200, 30, 40), record=False)
    c.y = box[3] + 3.0
    c.table([22.0, 40.0, 40.0, 30.0], [
        ["Điểm", "X (m)", "Y (m)", "Cạnh (m)"],
        ["1", "2342118,42", "553207,16", "17,21"], ["2", "2342121,05", "553224,18", "9,86"],
        ["3", "2342111,34", "553225,83", "17,40"], ["4", "2342108,51", "553208,64", "9,72"]],
        aligns="cccc", pt=9.5)
    rows(c, ["Người đề nghị đo: Ngô Thị Thanh Huyền",
             "Mục đích: đăng ký đất đai, cấp Giấy chứng nhận lần đầu"], pt=10.5)
    c.line(f"Bắc Ninh, {words(date(2025, 12, 18), pad=True)}", "i", 10.5, align="r")
    sign_both(c, signer(["NGƯỜI ĐO VẼ"], "Dương Văn Hiếu", space=12.0, pt=10.5),
              signer(["GIÁM ĐỐC"], "Nguyễn Thế Anh", space=12.0, pt=10.5), seal="right")
    survey = Paper("trich_luc_ban_do", "Mảnh trích đo địa chính thửa đất",
                   "trich_do_mau", [c],
                   {"ho_ten": heir.name, "so_ky_hieu": "41-2025", "ngay_ban_hanh": "2025-12-18",
                    "co_quan_ban_hanh": "Công ty TNHH đo đạc bản đồ Kinh Bắc"}, head)

    t = mk.page("lib", 12.0, (24.0, 190.0), 14.0)
    header(t, ("TỈNH BẮC NINH", "ỦY BAN NHÂN DÂN", "PHƯỜNG KINH BẮC"), "117/TLKT-BS",
           pt=12.0)
    head = title(t, "TRÍCH LỤC KHAI TỬ\n(BẢN SAO)", 15.0)
    rows(t, ["Họ, chữ đệm, tên người đã chết:"])
    t.line(father.upper, "b", 13.0, indent=30.0)
    rows(t, [f"Ngày, tháng, năm sinh: {dmy(father.born)}    Giới tính: Nam",
             "Dân tộc: Kinh    Quốc tịch: Việt Nam",
             f"Số định danh cá nhân: {father.cccd}",
             "Đã chết vào lúc: 05 giờ 20 phút, ngày 14/9/2025",
             "Nơi chết: tại nhà, khu phố Đông Xuyên, phường Kinh Bắc",
             "Nguyên nhân chết: bệnh già",
             "Người đi khai tử: Ngô Quang Vinh; quan hệ với người đã chết: con",
             "Nơi đăng ký khai tử: Ủy ban nhân dân phường Kinh Bắc, tỉnh Bắc Ninh",
             "Ngày, tháng, năm đăng ký: 16/9/2025"])
    t.gap(2.0)
    t.line(f"Kinh Bắc, {words(date(2026, 1, 12), pad=True)}", "i", 12.0, align="r")
    sign_right(t, signer(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
                         "Trần Đức Minh", space=16.0, pt=12.0), seal=True)
    extract = Paper("trich_luc_ho_tich", "Trích lục khai tử", "trich_luc_khai_tu_ban_sao", [t],
                    {"ho_ten": father.upper, "so_cccd": father.cccd,
                     "so_ky_hieu": "117/TLKT-BS", "ngay_ban_hanh": "2026-01-12",
                     "co_quan_ban_hanh": "Ủy ban nhân dân phường Kinh Bắc"}, head)
    return Dossier(code, procedure, [], [receipt, form, agreement, survey, extract])


def mortgage_release(mk: Maker) -> Dossier:
    """Xóa đăng ký thế chấp (Đồng Tháp): a ruled-table receipt with the procedure's code, the
    request form filled in by hand, and the bank's letter consenting (no title, its incoming
    stamp dated after it)."""
    owner = mk.person("Huỳnh Văn Tài", "1975-10-30", True, "087",
                      "ấp Tân Phú, xã Mỹ Thọ, tỉnh Đồng Tháp")
    code = "000.87.20.H45-260309-0031"
    procedure = ("Xóa đăng ký thế chấp quyền sử dụng đất (đã tất toán khoản vay tại "
                 "Ngân hàng TMCP Phương Nam)")
    office = "Chi nhánh Văn phòng đăng ký đất đai khu vực Mỹ Thọ"
    p = mk.page("lato", 10.5, (16.0, 194.0), 12.0)
    header(p, ("VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH ĐỒNG THÁP", "CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ",
               "ĐẤT ĐAI KHU VỰC MỸ THỌ"), None, pt=10.5, split=96.0, parents=1)
    head = title(p, "PHIẾU NHẬN HỒ SƠ ĐĂNG KÝ BIỆN PHÁP BẢO ĐẢM", 13.5)
    p.line(f"Mã hồ sơ: {code}", "b", 11.0, align="c")
    p.gap(2.0)
    p.table([52.0, 126.0], [
        ["Mục", "Nội dung"],
        ["Người yêu cầu đăng ký", owner.name],
        ["Số định danh cá nhân", owner.cccd],
        ["Địa chỉ", owner.home],
        ["Tên thủ tục", procedure],
        ["Mã thủ tục", "1.000689.000.00.00.H45 (mức độ: toàn trình)"],
        ["Giấy tờ nhận", "Phiếu yêu cầu xóa đăng ký biện pháp bảo đảm (Mẫu số 03a): 01 bản "
         "chính; văn bản đồng ý xóa đăng ký của bên nhận thế chấp: 01 bản chính"],
        ["Ngày nhận", f"{dots(date(2026, 3, 9))}, lúc 14 giờ 05"],
        ["Hẹn trả kết quả", f"{dots(date(2026, 3, 10))}, trong ngày làm việc"],
        ["Phí, lệ phí", "miễn (xóa đăng ký thế chấp)"]], aligns="ll", pt=10.5)
    p.gap(2.0)
    sign_both(p, signer(["NGƯỜI NỘP"], owner.name, space=14.0, pt=10.5),
              signer(["NGƯỜI NHẬN HỒ SƠ"], "Trương Ngọc Hân", space=14.0, pt=10.5))
    receipt = Paper("phieu_tiep_nhan", "Phiếu nhận hồ sơ", "phieu_nhan_dang_bang", [p],
                    {"thu_tuc": procedure, "ho_ten": owner.name, "so_cccd": owner.cccd,
                     "ngay_ban_hanh": "2026-03-09", "co_quan_ban_hanh": office}, head)

    q = mk.page("lib", 11.5, (20.0, 192.0), 12.0)
    q.line("Mẫu số 03a", "i", 10.5, align="r")
    motto(q, 12.0)
    head = title(q, "PHIẾU YÊU CẦU\nXÓA ĐĂNG KÝ BIỆN PHÁP BẢO ĐẢM", 14.0)
    q.line(f"Kính gửi: {office}", "r", 11.5, align="c")
    q.gap(2.0)
    q.head("1. Người yêu cầu xóa đăng ký (bên bảo đảm)", pt=11.5)
    filled(q, "1.1. Tên đầy đủ (viết chữ IN HOA):", owner.upper, pt=11.5)
    filled(q, "1.2. Địa chỉ:", "ấp Tân Phú, xã Mỹ Thọ, Đồng Tháp", pt=11.5)
    filled(q, "1.3. Số điện thoại:", owner.phone, pt=11.5)
    filled(q, "1.4. Số định danh cá nhân:", owner.cccd, pt=11.5)
    q.head("2. Bên nhận bảo đảm", pt=11.5)
    filled(q, "2.1. Tên:", "Ngân hàng TMCP Phương Nam - CN Đồng Tháp", pt=11.5)
    filled(q, "2.2. Tài khoản:", "070215836642", pt=11.5)
    q.head("3. Thông tin về biện pháp bảo đảm đã đăng ký", pt=11.5)
    filled(q, "3.1. Số đơn, ngày nhận hồ sơ đăng ký:", "số 1743, ngày 05/6/2023", pt=11.5)
    filled(q, "3.2. Tài sản:", "QSDĐ thửa 214, tờ bản đồ 7, xã Mỹ Thọ", pt=11.5)
    q.head("4. Căn cứ xóa đăng ký", pt=11.5)
    q.field("[x] Chấm dứt nghĩa vụ được bảo đảm   [ ] Thay thế biện pháp bảo đảm", pt=11.5)
    q.head("5. Giấy tờ kèm theo", pt=11.5)
    q.field("Văn bản số 214/2026/CV-PNB.ĐT của Ngân hàng TMCP Phương Nam chi nhánh Đồng Tháp.",
            pt=11.5)
    q.gap(1.0)
    q.line(f"Mỹ Thọ, {words(date(2026, 3, 9), pad=True)}", "i", 11.5, align="r")
    sign_right(q, signer(["NGƯỜI YÊU CẦU"], owner.name, "(Ký, ghi rõ họ tên)", 14.0, 11.5))
    request = Paper("don_de_nghi", "Phiếu yêu cầu xóa đăng ký biện pháp bảo đảm",
                    "phieu_yeu_cau_xoa_dang_ky", [q],
                    {"ho_ten": owner.upper, "so_cccd": owner.cccd,
                     "ngay_ban_hanh": "2026-03-09"}, head)

    b = mk.page("lato", 11.0, (22.0, 192.0), 12.0)
    header(b, ("NGÂN HÀNG TMCP PHƯƠNG NAM", "CHI NHÁNH ĐỒNG THÁP"), "214/2026/CV-PNB.ĐT",
           f"Đồng Tháp, {words(date(2026, 3, 6), pad=True)}", pt=11.0, split=92.0,
           about=("V/v đồng ý xóa đăng ký thế chấp", "tài sản của khách hàng Huỳnh Văn Tài"))
    stamp(b, ["VĂN PHÒNG ĐKĐĐ - CN MỸ THỌ", "ĐẾN  Số: 0573", "Ngày: 09/3/2026"], 22.0,
          b.y - 2.0, pt=9.0)
    b.gap(16.0)
    b.line(f"Kính gửi: {office}", "b", 11.0, align="c")
    b.gap(2.0)
    b.p(f"Ngân hàng TMCP Phương Nam - Chi nhánh Đồng Tháp xác nhận: khách hàng {owner.name}, "
        f"số định danh cá nhân {owner.cccd}, đã trả hết nợ gốc và lãi của Hợp đồng tín dụng "
        "số 0917/2023/HĐTD ngày 02/6/2023 vào ngày 27/02/2026.", indent=8.0, align="j")
    b.p("Ngân hàng đồng ý xóa đăng ký thế chấp quyền sử dụng thửa đất số 214, tờ bản đồ số 7, "
        "xã Mỹ Thọ (đăng ký ngày 05/6/2023, số đơn 1743) và đã giao trả bản gốc Giấy chứng "
        "nhận cho khách hàng.", indent=8.0, align="j")
    b.p("Đề nghị Chi nhánh Văn phòng đăng ký đất đai khu vực Mỹ Thọ xóa đăng ký thế chấp theo "
        "quy định. Trân trọng./.", indent=8.0, align="j")
    b.gap(2.0)
    sign_both(b, [L("Nơi nhận:", "bi", 10.0, align="l"), L("- Như trên;", "r", 9.5, align="l"),
                  L("- Lưu: VT, QLRR.", "r", 9.5, align="l")],
              signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Lâm Quốc Bảo", space=16.0, pt=11.0),
              seal="right")
    letter = Paper("cong_van", "Công văn", "cong_van_ngan_hang", [b],
                   {"so_ky_hieu": "214/2026/CV-PNB.ĐT", "ngay_ban_hanh": "2026-03-06",
                    "co_quan_ban_hanh": "Ngân hàng TMCP Phương Nam - Chi nhánh Đồng Tháp"}, None)
    return Dossier(code, procedure, [], [receipt, request, letter])
