"""The loose papers of known types in the ninth held-apart set, the second half: a sales
invoice, a kindergarten's receipt of fees, a village's list of households, a drawing of two
plots joined, a disability confirmation, a notice to pay land rent (2 p.), a company's
registration certificate and a hospital's death notice."""

from __future__ import annotations

from datetime import date

from page9 import (
    Maker,
    Paper,
    dmy,
    header,
    recipients,
    rows,
    sign_both,
    sign_right,
    signer,
    title,
    words,
)


def invoice(mk: Maker) -> Paper:
    """An electronic sales invoice of a household business (TP. Hồ Chí Minh): its form code,
    series and number, the buyer's tax code, a lookup code."""
    p = mk.page("rob", 10.0, (16.0, 194.0), 14.0)
    p.segs([(0.0, "HỘ KINH DOANH VẬT LIỆU XÂY DỰNG TƯ HẠNH"), (128.0, "Mẫu số: 2")], "b", 10.0)
    rows(p, ["Mã số thuế: 8531290476-001",
             "Địa chỉ: 72 đường Lê Văn Việt, phường Tăng Nhơn Phú, TP. Hồ Chí Minh"], pt=10.0)
    head = title(p, "HÓA ĐƠN BÁN HÀNG", 15.0, ("(Bản thể hiện của hóa đơn điện tử)",))
    p.line("Ký hiệu: 2C26HTH      Số: 00000381", "b", 10.5, align="c")
    p.line("Ngày 07 tháng 03 năm 2026", "i", 10.5, align="c")
    rows(p, ["Họ tên người mua hàng: Dư Ngọc Trâm",
             "Địa chỉ: 15/4 đường số 11, phường Linh Xuân, TP. Hồ Chí Minh",
             "Hình thức thanh toán: chuyển khoản      Tài khoản: 0371 0004 8219"], pt=10.0)
    p.table([10.0, 74.0, 18.0, 22.0, 26.0, 28.0], [
        ["STT", "Tên hàng hóa, dịch vụ", "ĐVT", "Số lượng", "Đơn giá", "Thành tiền"],
        ["1", "Xi măng PCB40 bao 50 kg", "bao", "40", "92.000", "3.680.000"],
        ["2", "Cát xây tô", "m3", "6", "380.000", "2.280.000"],
        ["3", "Gạch ống 8x8x18", "viên", "3.000", "1.350", "4.050.000"],
        ["", "Cộng tiền hàng", "", "", "", "10.010.000"]], aligns="llcccc", pt=9.5)
    p.field("Số tiền viết bằng chữ: Mười triệu không trăm mười nghìn đồng.", style="i",
            pt=10.0)
    sign_both(p, signer(["Người mua hàng"], "Dư Ngọc Trâm", space=12.0, pt=10.0),
              signer(["Người bán hàng"], "Tư Thị Hạnh", "Ký bởi: TƯ THỊ HẠNH", 12.0, 10.0))
    p.line("Mã tra cứu: K7Q2-HTH-00381      Tra cứu tại: hoadon.tuhanh.vn", "r", 9.0)
    return Paper("hoa_don", "Hóa đơn bán hàng", "hoa_don_ban_hang", [p],
                 {"ngay_ban_hanh": "2026-03-07",
                  "co_quan_ban_hanh": "Hộ kinh doanh vật liệu xây dựng Tư Hạnh"}, head)


def fee_receipt(mk: Maker) -> Paper:
    """A kindergarten's receipt of fees (Nghệ An): the payer, the child, the amount in words."""
    p = mk.page("rob", 11.0, (20.0, 190.0), 16.0)
    p.segs([(0.0, "TRƯỜNG MẦM NON HOA SEN"), (112.0, "Mẫu số C40-BB")], "b", 10.5)
    p.line("Phường Vinh Phú, tỉnh Nghệ An", "r", 10.5)
    head = title(p, "PHIẾU THU", 17.0, ("Ngày 04 tháng 3 năm 2026",))
    p.line("Số: PT2603-0119", "r", 11.0, align="r")
    rows(p, ["Họ và tên người nộp tiền: Hồ Thị Lan Chi",
             "Địa chỉ: khối 5, phường Vinh Phú (phụ huynh cháu Nguyễn Hồ Bảo An, lớp Chồi 2)",
             "Lý do nộp: học phí, tiền ăn bán trú tháng 3/2026",
             "Số tiền: 1.870.000 đồng",
             "Viết bằng chữ: Một triệu tám trăm bảy mươi nghìn đồng chẵn",
             "Kèm theo: 01 chứng từ gốc"])
    sign_both(p, signer(["Người nộp tiền"], "Hồ Thị Lan Chi", space=12.0, pt=11.0),
              signer(["Thủ quỹ"], "Phan Thị Thu Hà", space=12.0, pt=11.0))
    return Paper("phieu_thu", "Phiếu thu", "phieu_thu_mam_non", [p],
                 {"so_ky_hieu": "PT2603-0119", "ngay_ban_hanh": "2026-03-04",
                  "ho_ten": "Hồ Thị Lan Chi", "co_quan_ban_hanh": "Trường mầm non Hoa Sen"},
                 head)


def household_list(mk: Maker) -> Paper:
    """A commune's list of households proposed for housing support (Điện Biên): many people,
    their numbers; the list is about nobody alone."""
    p = mk.page("gen", 11.5, (14.0, 196.0), 12.0)
    header(p, ("UBND XÃ MƯỜNG ẢNG", "BAN CHỈ ĐẠO XÓA NHÀ TẠM"), None,
           f"Mường Ảng, {words(date(2026, 2, 16))}", pt=11.0, parents=1)
    head = title(p, "DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO\nĐỀ NGHỊ HỖ TRỢ XÂY MỚI NHÀ Ở NĂM 2026",
                 13.5)
    p.table([10.0, 46.0, 32.0, 36.0, 30.0, 28.0], [
        ["TT", "Chủ hộ", "Bản", "Số định danh", "Diện", "Mức hỗ trợ"],
        ["1", "Lò Văn Chung", "Bản Co Hắm", "011072004318", "Hộ nghèo", "60 triệu"],
        ["2", "Quàng Thị Ín", "Bản Hón", "011168002741", "Hộ nghèo", "60 triệu"],
        ["3", "Tòng Văn Pản", "Bản Kéo", "011085007733", "Cận nghèo", "40 triệu"],
        ["4", "Lường Văn Phong", "Bản Co Hắm", "011090001126", "Hộ nghèo", "60 triệu"],
        ["5", "Cà Thị Xuân", "Bản Ten", "011177009904", "Cận nghèo", "40 triệu"]],
        aligns="cllccc", pt=10.5)
    p.field("(Danh sách gồm 05 hộ, tổng mức hỗ trợ 260 triệu đồng)", style="i", pt=10.5)
    sign_both(p, signer(["NGƯỜI LẬP"], "Lò Thị Thanh", space=14.0, pt=11.0),
              signer(["TRƯỞNG BAN", "PHÓ CHỦ TỊCH UBND XÃ"], "Vì Văn Thoại", space=14.0,
                     pt=11.0), seal="right")
    return Paper("danh_sach", "Danh sách hộ nghèo, hộ cận nghèo đề nghị hỗ trợ xây mới nhà ở",
                 "danh_sach_xoa_nha_tam", [p],
                 {"ngay_ban_hanh": "2026-02-16",
                  "co_quan_ban_hanh": "Ban chỉ đạo xóa nhà tạm"}, head)


def joined_plots(mk: Maker) -> Paper:
    """A drawing of two plots joined (Vĩnh Long, 300 dpi): the plots, a table of corners, the
    surveyor's signature."""
    p = mk.page("rob", 10.5, (18.0, 192.0), 14.0, dpi=300)
    p.line("CÔNG TY TNHH ĐO ĐẠC CỬU LONG XANH", "b", 11.0)
    p.line("Số: 118/BVHT-2026", "r", 10.5)
    head = title(p, "BẢN VẼ HỢP THỬA ĐẤT", 15.0,
                 ("Thửa 76 và 77, tờ bản đồ số 5, xã Long Hồ Mới, tỉnh Vĩnh Long",))
    top = p.y + 3.0
    p.rect((36.0, 174.0, top, top + 90.0), width=0.3)
    a = [(50.0, 14.0), (110.0, 10.0), (112.0, 78.0), (56.0, 82.0)]
    b = [(110.0, 10.0), (160.0, 14.0), (158.0, 74.0), (112.0, 78.0)]
    for shape, dash in ((a, (0, 0, 0)), (b, (0, 0, 0))):
        p.draw.polygon([(p.px(x), p.px(top + y)) for x, y in shape], outline=dash, width=4)
    p.put(76.0, top + 46.0, "76", "b", 14.0, record=False)
    p.put(130.0, top + 46.0, "77", "b", 14.0, record=False)
    p.put(70.0, top + 86.5, "Sau hợp thửa: thửa 312, diện tích 1.486,0 m2", "i", 10.0,
          record=False)
    p.y = top + 94.0
    p.table([20.0, 42.0, 42.0, 30.0], [
        ["Điểm", "X (m)", "Y (m)", "Cạnh (m)"],
        ["1", "1128451,22", "584113,70", "30,12"], ["2", "1128453,08", "584143,82", "25,31"],
        ["3", "1128427,77", "584142,90", "34,36"], ["4", "1128425,40", "584108,61", "26,30"]],
        aligns="cccc", pt=9.5)
    rows(p, ["Người sử dụng đất: ông Thạch Văn Bảy",
             "Mục đích: hợp thửa để cấp một Giấy chứng nhận"], pt=10.5)
    p.line(f"Vĩnh Long, {words(date(2026, 1, 22), pad=True)}", "i", 10.5, align="r")
    sign_both(p, signer(["NGƯỜI ĐO VẼ"], "Kim Văn Thol", space=12.0, pt=10.5),
              signer(["GIÁM ĐỐC"], "Lê Hoàng Phúc", space=12.0, pt=10.5), seal="right")
    return Paper("so_do_thua_dat", "Bản vẽ hợp thửa đất", "ban_ve_hop_thua", [p],
                 {"ngay_ban_hanh": "2026-01-22", "ho_ten": "Thạch Văn Bảy",
                  "so_ky_hieu": "118/BVHT-2026",
                  "co_quan_ban_hanh": "Công ty TNHH đo đạc Cửu Long Xanh"}, head)


def disability(mk: Maker) -> Paper:
    """A disability confirmation (Huế): the person, her degree of disability, a guardian's
    number."""
    girl = mk.person("Hoàng Thị Bích Ngọc", "2009-11-05", False, "046",
                     "tổ dân phố 3, phường Hương Thủy, thành phố Huế")
    p = mk.page("gen", 12.5, (24.0, 188.0), 14.0)
    header(p, ("THÀNH PHỐ HUẾ", "ỦY BAN NHÂN DÂN", "PHƯỜNG HƯƠNG THỦY"), "96/GXN-UBND",
           f"Hương Thủy, {words(date(2026, 3, 3), pad=True)}", pt=12.0)
    head = title(p, "GIẤY XÁC NHẬN KHUYẾT TẬT", 16.0)
    rows(p, [f"Họ và tên: {girl.upper}", f"Ngày sinh: {dmy(girl.born)}      Giới tính: Nữ",
             f"Số định danh cá nhân: {girl.cccd}",
             f"Nơi cư trú: {girl.home}",
             "Dạng khuyết tật: khuyết tật nghe, nói",
             "Mức độ khuyết tật: khuyết tật nặng",
             "Người giám hộ: Hoàng Văn Tịnh (cha), số định danh 046078003391",
             "Giấy xác nhận có giá trị đến ngày 05/11/2027 (khi đủ 18 tuổi thì xác định lại)"],
         indent=4.0)
    sign_right(p, signer(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Hồ Văn Sỹ", space=16.0,
                         pt=12.0), seal=True)
    return Paper("giay_xac_nhan_khuyet_tat", "Giấy xác nhận khuyết tật", "gxn_khuyet_tat_hue",
                 [p], {"so_ky_hieu": "96/GXN-UBND", "ngay_ban_hanh": "2026-03-03",
                       "ho_ten": girl.upper, "so_cccd": girl.cccd,
                       "co_quan_ban_hanh": "Ủy ban nhân dân phường Hương Thủy"}, head)


def rent_notice(mk: Maker) -> Paper:
    """A notice to pay land rent (Lào Cai, 2 p.): the tax code, the Treasury's account, a
    decision cited with its date, a deadline."""
    man = mk.person("Giàng Seo Phử", "1976-03-09", True, "010",
                    "thôn Sín Chải, xã Bắc Hà, tỉnh Lào Cai")
    p = mk.page("gen", 12.0, (22.0, 190.0), 12.0)
    header(p, ("THUẾ TỈNH LÀO CAI", "THUẾ CƠ SỞ 2 TỈNH LÀO CAI"), "1275/TB-TCS2",
           f"Lào Cai, {words(date(2026, 2, 12), pad=True)}", pt=11.5, parents=1)
    head = title(p, "THÔNG BÁO NỘP TIỀN THUÊ ĐẤT", 15.0, ("(Thuê đất trả tiền hằng năm)",))
    p.line(f"Kính gửi: Ông {man.upper}", "b", 12.0, align="c")
    rows(p, [f"Mã số thuế: 5300718246      Số định danh cá nhân: {man.cccd}",
             f"Địa chỉ: {man.home}",
             "Căn cứ Quyết định số 842/QĐ-UBND ngày 06 tháng 5 năm 2024 về việc cho thuê đất",
             "Thửa đất số 44, tờ bản đồ số 3; diện tích thuê: 3.150,0 m2; mục đích: trồng cây "
             "dược liệu",
             "Đơn giá thuê: 2.100 đồng/m2/năm      Số tiền phải nộp năm 2026: 6.615.000 đồng"],
         pt=11.5)
    p2 = mk.page("gen", 12.0, (22.0, 190.0), 14.0)
    rows(p2, ["Nộp vào tài khoản thu ngân sách số 7111 của Kho bạc Nhà nước khu vực IX, mở "
              "tại Ngân hàng TMCP Công Thương, số 108000715526",
              "Hạn nộp: kỳ 1 chậm nhất ngày 31/5/2026; kỳ 2 chậm nhất ngày 31/10/2026",
              "Quá hạn nộp phải nộp tiền chậm nộp 0,03%/ngày trên số tiền chậm nộp."], pt=11.5)
    sign_both(p2, recipients(["Ông Giàng Seo Phử", "Lưu: VT, QLĐ"]),
              signer(["KT. TRƯỞNG THUẾ CƠ SỞ", "PHÓ TRƯỞNG"], "Nông Thị Mai Hoa", space=16.0,
                     pt=12.0), seal="right")
    return Paper("thong_bao_nop_tien", "Thông báo nộp tiền thuê đất", "thong_bao_tien_thue_dat",
                 [p, p2], {"so_ky_hieu": "1275/TB-TCS2", "ngay_ban_hanh": "2026-02-12",
                           "ho_ten": man.upper, "so_cccd": man.cccd,
                           "co_quan_ban_hanh": "Thuế cơ sở 2 tỉnh Lào Cai"}, head)


def company(mk: Maker) -> Paper:
    """A one-member company's registration certificate (colour, 300 dpi, An Giang): the
    company's number, its first registration date, the representative and his number."""
    rep = mk.person("Trịnh Quốc Bảo", "1990-02-26", True, "091",
                    "khu phố Vĩnh Thanh, phường Rạch Giá, tỉnh An Giang")
    p = mk.page("gen", 11.5, (22.0, 190.0), 14.0, dpi=300, color=True)
    header(p, ("SỞ TÀI CHÍNH TỈNH AN GIANG", "PHÒNG ĐĂNG KÝ KINH DOANH"), None, pt=11.0,
           parents=1)
    head = title(p, "GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP\nCÔNG TY TRÁCH NHIỆM HỮU HẠN MỘT "
                 "THÀNH VIÊN", 13.5, ("Mã số doanh nghiệp: 1702398456",))
    p.center(f"Đăng ký lần đầu: {words(date(2026, 3, 2), pad=True)}", "i", 11.0)
    p.head("1. Tên công ty")
    rows(p, ["Tên công ty viết bằng tiếng Việt: CÔNG TY TNHH THỦY SẢN BIỂN TÂY XANH",
             "Tên công ty viết bằng tiếng nước ngoài: BIEN TAY XANH SEAFOOD COMPANY LIMITED"],
         indent=4.0)
    p.head("2. Địa chỉ trụ sở chính")
    rows(p, ["Số 9 đường Tôn Đức Thắng, phường Rạch Giá, tỉnh An Giang",
             "Điện thoại: 0297 3864 215"], indent=4.0)
    p.head("3. Vốn điều lệ: 4.500.000.000 đồng")
    p.head("4. Thông tin về chủ sở hữu")
    rows(p, ["Họ và tên: Mạc Thị Kim Thoa, số định danh cá nhân 091168004472"], indent=4.0)
    p.head("5. Người đại diện theo pháp luật của công ty")
    rows(p, [f"Họ và tên: {rep.upper}      Giới tính: Nam      Chức danh: Giám đốc",
             f"Sinh ngày: {dmy(rep.born)}      Dân tộc: Kinh      Quốc tịch: Việt Nam",
             f"Số định danh cá nhân: {rep.cccd}",
             f"Địa chỉ liên lạc: {rep.home}"], indent=4.0)
    sign_right(p, signer(["TRƯỞNG PHÒNG"], "Huỳnh Thị Ngọc Lan", space=16.0, pt=11.5),
               seal=True)
    return Paper("gcn_dang_ky_doanh_nghiep", "Giấy chứng nhận đăng ký doanh nghiệp",
                 "gcn_dkdn_mot_thanh_vien", [p],
                 {"so_ky_hieu": "1702398456", "ngay_ban_hanh": "2026-03-02",
                  "ho_ten": rep.upper, "so_cccd": rep.cccd,
                  "co_quan_ban_hanh": "Phòng Đăng ký kinh doanh"}, head)


def death_notice(mk: Maker) -> Paper:
    """A hospital's death notice (Hải Phòng): the dead man's number, his son's number, the
    time of death and the notice's own date."""
    dead = mk.person("Vũ Đình Thiêm", "1944-08-30", True, "030",
                     "thôn Hoàng Xá, xã Gia Lộc, thành phố Hải Phòng")
    p = mk.page("rob", 11.5, (22.0, 190.0), 14.0)
    header(p, ("SỞ Y TẾ HẢI PHÒNG", "BỆNH VIỆN ĐA KHOA HẢI DƯƠNG"), "0207/GBT-BV",
           f"Hải Phòng, {words(date(2026, 3, 9), pad=True)}", pt=11.0, parents=1)
    head = title(p, "GIẤY BÁO TỬ", 17.0)
    rows(p, [f"Họ và tên người chết: {dead.upper}",
             f"Ngày sinh: {dmy(dead.born)}      Giới tính: Nam      Dân tộc: Kinh",
             f"Số định danh cá nhân: {dead.cccd}",
             f"Nơi cư trú: {dead.home}",
             "Đã chết lúc: 23 giờ 40 phút, ngày 08/3/2026",
             "Nơi chết: khoa Hồi sức tích cực, Bệnh viện Đa khoa Hải Dương",
             "Nguyên nhân chết: suy tim giai đoạn cuối",
             "Người nhận giấy báo tử: Vũ Đình Quyết (con), số định danh 030072011846"])
    sign_both(p, signer(["BÁC SĨ ĐIỀU TRỊ"], "BS. Phạm Thu Hằng", space=14.0, pt=11.0),
              signer(["GIÁM ĐỐC"], "Nguyễn Văn Khiêm", space=14.0, pt=11.0), seal="right")
    return Paper("giay_bao_tu", "Giấy báo tử", "giay_bao_tu_hai_phong", [p],
                 {"so_ky_hieu": "0207/GBT-BV", "ngay_ban_hanh": "2026-03-09",
                  "ho_ten": dead.upper, "so_cccd": dead.cccd,
                  "co_quan_ban_hanh": "Bệnh viện Đa khoa Hải Dương"}, head)


def papers(mk: Maker) -> list[Paper]:
    """The second half's papers, in scan order."""
    return [invoice(mk), fee_receipt(mk), household_list(mk), joined_plots(mk), disability(mk),
            rent_notice(mk), company(mk), death_notice(mk)]
