"""The loose papers of known types in the eighth held-apart set, in scan order: papers of
communes and wards after the 2025 reorganisation (no district between them and the province),
a provincial department and a social-insurance office, a company, a cooperative, and a
citizen's own."""

from __future__ import annotations

from datetime import date

from page8 import (
    L,
    Maker,
    Paper,
    dots,
    filled,
    header,
    motto,
    recipients,
    rows,
    sign_both,
    sign_right,
    signer,
    stamp,
    title,
    under,
    words,
)


def decision(mk: Maker) -> Paper:
    """A ward's decision granting a monthly allowance (2 p.), a law, a decree and the
    ward's proposal cited with their dates before the article naming the person."""
    p = mk.page("lib", 12.5, (25.0, 192.0), 12.0)
    header(p, ("THÀNH PHỐ CẦN THƠ", "ỦY BAN NHÂN DÂN", "PHƯỜNG NINH KIỀU"), "326/QĐ-UBND",
           f"Ninh Kiều, {words(date(2026, 2, 27), pad=True)}", pt=12.0)
    head = title(p, "QUYẾT ĐỊNH", 15.0, ("Về việc trợ cấp xã hội hằng tháng đối với người "
                                         "cao tuổi",))
    p.line("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG NINH KIỀU", "b", 12.5, align="c")
    p.gap(2.0)
    for line in ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                 "Căn cứ Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ "
                 "quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội;",
                 "Căn cứ Nghị định số 76/2024/NĐ-CP ngày 01/7/2024 sửa đổi, bổ sung một số "
                 "điều của Nghị định số 20/2021/NĐ-CP;",
                 "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội tại Tờ trình số 41/TTr-VHXH "
                 "ngày 20/02/2026."):
        p.p(line, style="i", indent=8.0, align="j")
    p.line("QUYẾT ĐỊNH:", "b", 13.0, align="c")
    p.p("Điều 1. Trợ cấp xã hội hằng tháng đối với:", indent=8.0)
    p.table([52.0, 115.0], [
        ["Thông tin", "Người được hưởng"],
        ["Họ và tên", "TRỊNH THỊ BÔNG"],
        ["Ngày sinh", "12/01/1946"],
        ["Số định danh cá nhân", "092146002871"],
        ["Nơi cư trú", "khu vực 4, phường Ninh Kiều, thành phố Cần Thơ"],
        ["Mức trợ cấp", "500.000 đồng/tháng (hệ số 1,5)"]], aligns="ll", pt=11.5)
    p2 = mk.page("lib", 12.5, (25.0, 192.0), 14.0)
    p2.p("Thời gian hưởng từ tháng 3 năm 2026. Kinh phí chi trả qua tài khoản số "
         "110002471936 tại Ngân hàng TMCP Công Thương Việt Nam.", indent=8.0, align="j")
    p2.p("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", indent=8.0)
    p2.p("Điều 3. Chánh Văn phòng HĐND và UBND phường, Trưởng phòng Văn hóa - Xã hội và bà "
         "Trịnh Thị Bông chịu trách nhiệm thi hành Quyết định này./.", indent=8.0, align="j")
    sign_both(p2, recipients(["Như Điều 3", "Lưu: VT, VHXH"]),
              signer(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Tô Hoàng Phúc", space=18.0, pt=12.5),
              seal="right")
    return Paper("quyet_dinh", "Quyết định", "quyet_dinh_tro_cap", [p, p2],
                 {"so_ky_hieu": "326/QĐ-UBND", "ngay_ban_hanh": "2026-02-27",
                  "co_quan_ban_hanh": "Ủy ban nhân dân phường Ninh Kiều",
                  "ho_ten": "TRỊNH THỊ BÔNG", "so_cccd": "092146002871"}, head)


def resolution(mk: Maker) -> Paper:
    """A commune council's resolution (Sơn La), its number with the council's letters."""
    p = mk.page("lib", 12.5, (25.0, 192.0), 12.0)
    header(p, ("HỘI ĐỒNG NHÂN DÂN", "XÃ TÀ XÙA"), "09/NQ-HĐND",
           f"Tà Xùa, {words(date(2026, 1, 20), pad=True)}", pt=12.0)
    head = title(p, "NGHỊ QUYẾT", 15.0, ("Thông qua danh mục công trình, dự án cần thu hồi "
                                          "đất năm 2026",))
    p.line("HỘI ĐỒNG NHÂN DÂN XÃ TÀ XÙA", "b", 12.5, align="c")
    p.line("KHÓA I, KỲ HỌP THỨ BA", "b", 12.5, align="c")
    p.gap(2.0)
    for line in ("Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;",
                 "Xét Tờ trình số 12/TTr-UBND ngày 09/01/2026 của Ủy ban nhân dân xã; ý kiến "
                 "thảo luận của đại biểu Hội đồng nhân dân xã tại kỳ họp."):
        p.p(line, style="i", indent=8.0, align="j")
    p.line("QUYẾT NGHỊ:", "b", 13.0, align="c")
    p.p("Điều 1. Thông qua danh mục 04 công trình, dự án cần thu hồi đất năm 2026 trên địa "
        "bàn xã với tổng diện tích 3,82 ha (chi tiết tại phụ lục kèm theo).", indent=8.0,
        align="j")
    p.p("Điều 2. Giao Ủy ban nhân dân xã tổ chức thực hiện; Thường trực, các Ban và đại biểu "
        "Hội đồng nhân dân xã giám sát việc thực hiện Nghị quyết.", indent=8.0, align="j")
    p.p("Nghị quyết này được Hội đồng nhân dân xã Tà Xùa khóa I, kỳ họp thứ ba thông qua ngày "
        "20 tháng 01 năm 2026 và có hiệu lực từ ngày thông qua./.", indent=8.0, align="j")
    sign_both(p, recipients(["TT HĐND, UBND tỉnh Sơn La", "Đại biểu HĐND xã", "Lưu: VT"]),
              signer(["CHỦ TỊCH"], "Mùa A Chống", space=18.0, pt=12.5), seal="right")
    return Paper("nghi_quyet", "Nghị quyết", "nghi_quyet_hdnd_xa", [p],
                 {"so_ky_hieu": "09/NQ-HĐND", "ngay_ban_hanh": "2026-01-20",
                  "co_quan_ban_hanh": "Hội đồng nhân dân xã Tà Xùa"}, head)


def plan(mk: Maker) -> Paper:
    """A ward's plan (Lạng Sơn): its date given with dots, as some offices print it."""
    p = mk.page("lato", 11.5, (24.0, 192.0), 12.0)
    header(p, ("UBND TỈNH LẠNG SƠN", "ỦY BAN NHÂN DÂN", "PHƯỜNG ĐÔNG KINH"), "26/KH-UBND",
           f"Đông Kinh, {dots(date(2026, 1, 8))}", pt=11.0, split=90.0)
    head = title(p, "KẾ HOẠCH", 14.5, ("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính "
                                        "năm 2026",))
    p.head("I. MỤC ĐÍCH, YÊU CẦU")
    rows(p, ["1. Số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực.",
             "2. Kết quả số hóa được ký số, lưu trữ và tái sử dụng khi công dân làm thủ tục."])
    p.head("II. NỘI DUNG VÀ TIẾN ĐỘ")
    p.table([12.0, 96.0, 30.0, 30.0], [
        ["TT", "Nội dung", "Chủ trì", "Thời gian"],
        ["1", "Rà soát sổ hộ tịch 2016 - 2025, lập danh mục", "Tư pháp", "Quý I"],
        ["2", "Quét, nhập dữ liệu, ký số bản điện tử", "Bộ phận Một cửa", "Quý II - III"],
        ["3", "Kiểm tra, nghiệm thu, báo cáo kết quả", "Văn phòng", "Quý IV"]],
        aligns="clll", pt=10.5)
    p.head("III. KINH PHÍ")
    rows(p, ["Từ nguồn ngân sách phường năm 2026 đã được giao."])
    sign_both(p, recipients(["Văn phòng UBND tỉnh", "Lưu: VT"]),
              signer(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Hoàng Văn Nghiêm", space=18.0,
                     pt=11.5), seal="right")
    return Paper("ke_hoach", "Kế hoạch", "ke_hoach_so_hoa", [p],
                 {"so_ky_hieu": "26/KH-UBND", "ngay_ban_hanh": "2026-01-08",
                  "co_quan_ban_hanh": "Ủy ban nhân dân phường Đông Kinh"}, head)


def invitation(mk: Maker) -> Paper:
    """A commune's invitation to a mediation meeting (Cao Bằng), the invitee on the line under
    "Kính mời:"."""
    p = mk.page("lib", 13.0, (25.0, 190.0), 14.0)
    header(p, ("ỦY BAN NHÂN DÂN", "XÃ HÒA AN"), "19/GM-UBND",
           f"Hòa An, {words(date(2026, 3, 2), pad=True)}", pt=12.5)
    head = title(p, "GIẤY MỜI", 16.0)
    p.field("Kính mời:")
    p.line("Ông NÔNG VĂN THẠCH", "b", 13.5, indent=20.0)
    rows(p, ["Địa chỉ: xóm Nà Mè, xã Hòa An, tỉnh Cao Bằng",
             "Đến dự buổi hòa giải tranh chấp ranh giới đất giữa hộ ông Nông Văn Thạch và hộ "
             "ông Lương Văn Đoàn.",
             "Thời gian: 08 giờ 00 phút, ngày 06 tháng 3 năm 2026.",
             "Địa điểm: Hội trường Ủy ban nhân dân xã Hòa An.",
             "Khi đi mang theo giấy tờ về quyền sử dụng đất và căn cước. Rất mong ông đến dự "
             "đúng giờ."])
    sign_right(p, signer(["TL. CHỦ TỊCH", "CÔNG CHỨC ĐỊA CHÍNH"], "Đàm Thị Ngân", space=18.0),
               seal=False)
    return Paper("giay_moi", "Giấy mời", "giay_moi_hoa_giai", [p],
                 {"so_ky_hieu": "19/GM-UBND", "ngay_ban_hanh": "2026-03-02",
                  "co_quan_ban_hanh": "Ủy ban nhân dân xã Hòa An",
                  "ho_ten": "NÔNG VĂN THẠCH"}, head)


def minutes(mk: Maker) -> Paper:
    """A ward's minutes verifying a house (Hưng Yên), the owner's name on the line under its
    label; a neighbour's number beside hers."""
    p = mk.page("lib", 12.0, (24.0, 192.0), 12.0)
    header(p, ("UBND PHƯỜNG PHỐ HIẾN", "TỔ CÔNG TÁC XÁC MINH"), "15/BB-XM", pt=12.0)
    head = title(p, "BIÊN BẢN XÁC MINH\nHIỆN TRẠNG NHÀ Ở", 14.5)
    p.p(f"Hồi 09 giờ 00, {words(date(2026, 2, 25), pad=True)}, tại nhà ở số 17 ngõ 4 phố "
        "Bãi Sậy, phường Phố Hiến, tỉnh Hưng Yên, Tổ công tác gồm:", indent=8.0, align="j")
    rows(p, ["1. Ông Vũ Đình Lâm - công chức Xây dựng, tổ trưởng;",
             "2. Bà Đặng Thu Hà - công chức Tư pháp - Hộ tịch;",
             "3. Ông Phí Văn Chung - tổ trưởng tổ dân phố số 6."])
    under(p, "Đã tiến hành xác minh hiện trạng nhà ở của hộ bà:", "Lã Thị Thu Trang")
    rows(p, ["Căn cước công dân số: 033184007219",
             "Người chứng kiến: ông Cao Văn Hòa (hộ liền kề), CCCD số 033065001472",
             "Kết quả xác minh: nhà ở 02 tầng, kết cấu khung bê tông cốt thép, diện tích xây "
             "dựng 64 m2; xây dựng năm 2003, không có tranh chấp, không vi phạm chỉ giới.",
             "Biên bản kết thúc hồi 10 giờ 15 cùng ngày, đã đọc lại cho mọi người cùng nghe "
             "và nhất trí ký tên."])
    sign_both(p, signer(["CHỦ HỘ"], "Lã Thị Thu Trang", space=16.0, pt=12.0),
              signer(["TỔ TRƯỞNG TỔ CÔNG TÁC"], "Vũ Đình Lâm", space=16.0, pt=12.0))
    return Paper("bien_ban", "Biên bản xác minh hiện trạng nhà ở", "bien_ban_xac_minh", [p],
                 {"so_ky_hieu": "15/BB-XM", "ngay_ban_hanh": "2026-02-25",
                  "co_quan_ban_hanh": "UBND phường Phố Hiến", "ho_ten": "Lã Thị Thu Trang",
                  "so_cccd": "033184007219"}, head)


def confirmation(mk: Maker) -> Paper:
    """A company's bilingual employment confirmation, its legal representative named before
    the employee."""
    p = mk.page("lato", 11.0, (22.0, 192.0), 14.0)
    p.line("CÔNG TY TNHH ĐIỆN TỬ QUANG MINH VIỆT NAM", "b", 12.0)
    p.line("QUANG MINH ELECTRONICS VIETNAM CO., LTD", "r", 10.0)
    p.line("Lô C7, Khu công nghiệp Yên Phong, xã Yên Phong, tỉnh Bắc Ninh", "r", 9.5)
    p.hline(22.0, 192.0, p.y + 1.0, 0.5)
    p.gap(4.0)
    p.line("Số / No.: 27/2026/XN-HR", "r", 10.5)
    p.gap(2.0)
    head = title(p, "GIẤY XÁC NHẬN\nCONFIRMATION LETTER", 15.0)
    rows(p, ["Người đại diện theo pháp luật / Legal representative: Park Jun Ho - Tổng Giám "
             "đốc", "Công ty xác nhận / The Company hereby confirms that:"])
    p.table([66.0, 104.0], [
        ["Mục / Item", "Thông tin / Details"],
        ["Họ và tên / Full name", "NGUYỄN THỊ HẢI YẾN"],
        ["Số CCCD / ID No.", "027192010583"],
        ["Chức vụ / Position", "Tổ trưởng sản xuất / Production team leader"],
        ["Ngày vào làm / Joined", "15/7/2019"],
        ["Loại hợp đồng / Contract", "Không xác định thời hạn / Indefinite term"]],
        aligns="ll", pt=10.5)
    rows(p, ["Giấy xác nhận này cấp để người lao động bổ sung hồ sơ vay vốn mua nhà ở xã hội. "
             "/ Issued for her social-housing loan application."])
    p.gap(2.0)
    p.line(f"Bắc Ninh, {words(date(2026, 3, 3), pad=True)}", "i", 11.0, align="r")
    sign_right(p, signer(["TỔNG GIÁM ĐỐC / GENERAL DIRECTOR"], "PARK JUN HO", space=16.0,
                         pt=11.0), seal=True)
    return Paper("giay_xac_nhan", "Giấy xác nhận", "xac_nhan_cong_ty", [p],
                 {"so_ky_hieu": "27/2026/XN-HR", "ngay_ban_hanh": "2026-03-03",
                  "co_quan_ban_hanh": "Công ty TNHH Điện tử Quang Minh Việt Nam",
                  "ho_ten": "NGUYỄN THỊ HẢI YẾN", "so_cccd": "027192010583"}, head)


def insurance_book(mk: Maker) -> Paper:
    """The first page of a social-insurance book, photocopied."""
    p = mk.page("lato", 11.0, (30.0, 180.0), 30.0)
    p.rect((28.0, 182.0, 24.0, 150.0), width=0.6, outline=(80, 80, 80))
    p.line("BẢO HIỂM XÃ HỘI VIỆT NAM", "b", 11.5, align="c")
    p.line("BẢO HIỂM XÃ HỘI TỈNH THÁI NGUYÊN", "r", 10.5, align="c")
    p.gap(6.0)
    head = title(p, "SỔ BẢO HIỂM XÃ HỘI", 18.0)
    p.line("Số sổ: 1913047286", "b", 13.0, align="c")
    p.gap(4.0)
    rows(p, ["Họ và tên: DƯƠNG VĂN KHÁNH", "Ngày tháng năm sinh: 02/11/1991    Giới tính: Nam",
             "Số CCCD/ĐDCN: 019091004736", "Mã số BHXH: 1913047286"], indent=6.0)
    p.gap(4.0)
    p.line(f"Thái Nguyên, {words(date(2024, 8, 19), pad=True)}", "i", 10.5, align="r")
    sign_right(p, signer(["GIÁM ĐỐC"], "Trần Mạnh Cường", space=14.0, pt=11.0), seal=True)
    return Paper("so_bhxh", "Sổ bảo hiểm xã hội", "so_bhxh_copy", [p],
                 {"so_ky_hieu": "1913047286", "ho_ten": "DƯƠNG VĂN KHÁNH",
                  "so_cccd": "019091004736", "ngay_ban_hanh": "2024-08-19",
                  "co_quan_ban_hanh": "Bảo hiểm xã hội tỉnh Thái Nguyên"}, head)


def charter(mk: Maker) -> Paper:
    """A cooperative's charter (2 p.), adopted at its founding meeting."""
    p = mk.page("lib", 12.0, (25.0, 190.0), 14.0)
    motto(p, 12.5)
    head = title(p, "ĐIỀU LỆ\nHỢP TÁC XÃ NÔNG NGHIỆP CHÈ XANH TÂN CƯƠNG", 15.0)
    p.center("(Thông qua tại Hội nghị thành lập ngày 14 tháng 01 năm 2026)", "i", 11.5)
    p.gap(2.0)
    p.head("Chương I. NHỮNG QUY ĐỊNH CHUNG", align="c")
    for line in ("Điều 1. Tên hợp tác xã: Hợp tác xã nông nghiệp Chè Xanh Tân Cương; tên "
                 "viết tắt: HTX Chè Xanh Tân Cương.",
                 "Điều 2. Trụ sở chính: xóm Hồng Thái, xã Tân Cương, tỉnh Thái Nguyên.",
                 "Điều 3. Ngành, nghề kinh doanh: trồng, chế biến và tiêu thụ chè; cung ứng "
                 "vật tư nông nghiệp cho thành viên.",
                 "Điều 4. Vốn điều lệ: 1.200.000.000 đồng, góp bởi 24 thành viên chính thức."):
        p.p(line, indent=8.0, align="j")
    p.head("Chương II. THÀNH VIÊN", align="c")
    p.p("Điều 5. Điều kiện trở thành thành viên: cá nhân từ đủ 18 tuổi, có chè trong vùng "
        "nguyên liệu của hợp tác xã, góp tối thiểu 20.000.000 đồng.", indent=8.0, align="j")
    p2 = mk.page("lib", 12.0, (25.0, 190.0), 16.0)
    p2.p("Điều 6. Quyền của thành viên: được hưởng dịch vụ, chia lãi theo mức sử dụng dịch vụ "
         "và vốn góp; được dự Đại hội thành viên và biểu quyết.", indent=8.0, align="j")
    p2.head("Chương III. TỔ CHỨC, QUẢN LÝ", align="c")
    p2.p("Điều 7. Đại hội thành viên, Hội đồng quản trị, Giám đốc và Ban kiểm soát được tổ "
         "chức và hoạt động theo Luật Hợp tác xã số 17/2023/QH15 ngày 20 tháng 6 năm 2023.",
         indent=8.0, align="j")
    p2.p("Điều 8. Điều lệ này có 3 chương, 8 điều, có hiệu lực từ ngày được Hội nghị thành lập "
         "thông qua.", indent=8.0, align="j")
    p2.gap(2.0)
    sign_right(p2, signer(["TM. HỘI ĐỒNG QUẢN TRỊ", "CHỦ TỊCH"], "Đinh Thị Hảo", space=16.0),
               seal=True)
    return Paper("dieu_le", "Điều lệ hợp tác xã", "dieu_le_htx", [p, p2],
                 {"ngay_ban_hanh": "2026-01-14",
                  "co_quan_ban_hanh": "Hợp tác xã nông nghiệp Chè Xanh Tân Cương"}, head)


def fee_receipt(mk: Maker) -> Paper:
    """An electronic receipt for a fee, its series and number on one line, a bank account of
    twelve digits."""
    p = mk.page("lato", 10.5, (28.0, 182.0), 20.0)
    p.rect((24.0, 186.0, 14.0, 150.0), width=0.4, outline=(60, 60, 60))
    p.line("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ TÂN CƯƠNG", "b", 10.0)
    p.segs([(0.0, "Tỉnh Thái Nguyên - MST: 4601582739"), (104.0, "Mẫu số: 01BLP0-001")],
           "r", 9.5)
    p.segs([(0.0, "Điện thoại: 0208 3856 114"), (104.0, "Ký hiệu: 1C26TTN")], "r", 9.5)
    p.segs([(104.0, "Số: 0003182")], "b", 10.0)
    p.gap(4.0)
    head = title(p, "BIÊN LAI THU TIỀN PHÍ, LỆ PHÍ", 14.0, ("(Bản thể hiện của biên lai "
                                                             "điện tử)",))
    rows(p, ["Tên người nộp tiền: Hà Văn Quyết",
             "Địa chỉ: xóm Hồng Thái, xã Tân Cương, tỉnh Thái Nguyên",
             "Tài khoản người nộp: 108871452096 (VietinBank)",
             "Hình thức thanh toán: chuyển khoản"])
    p.table([12.0, 96.0, 46.0], [
        ["STT", "Tên loại phí, lệ phí", "Số tiền (đồng)"],
        ["1", "Lệ phí cấp giấy chứng nhận đăng ký hợp tác xã", "100.000"],
        ["", "Tổng cộng", "100.000"]], aligns="clc", pt=10.0)
    rows(p, ["Số tiền viết bằng chữ: Một trăm nghìn đồng.",
             f"Ngày {date(2026, 2, 4).day:02d} tháng 02 năm 2026"])
    sign_both(p, signer(["Người nộp tiền"], "Hà Văn Quyết", space=10.0, pt=10.0),
              signer(["Người thu tiền"], "Ký bởi: TTPVHCC XÃ TÂN CƯƠNG", space=10.0,
                     pt=10.0))
    return Paper("bien_lai_thu_phi", "Biên lai thu tiền phí, lệ phí", "bien_lai_dien_tu", [p],
                 {"so_ky_hieu": "0003182", "ngay_ban_hanh": "2026-02-04",
                  "co_quan_ban_hanh": "Trung tâm Phục vụ hành chính công xã Tân Cương",
                  "ho_ten": "Hà Văn Quyết"}, head)


def birth_certificate(mk: Maker) -> Paper:
    """A 2017 birth certificate (colour, 300 dpi) of a Đồng Nai commune before the reform,
    the child's personal number under her name and the parents' numbers under theirs."""
    p = mk.page("lib", 12.0, (24.0, 188.0), 16.0, dpi=300, color=True)
    p.frame()
    header(p, ("UBND HUYỆN VĨNH CỬU", "ỦY BAN NHÂN DÂN", "XÃ THẠNH PHÚ"), "63", pt=11.5,
           split=84.0)
    head = title(p, "GIẤY KHAI SINH", 18.0)
    rows(p, ["Họ, chữ đệm, tên:"])
    p.line("LÂM NGỌC BẢO TRÂM", "b", 14.0, indent=34.0)
    rows(p, ["Ngày, tháng, năm sinh: 05/4/2017    ghi bằng chữ: Ngày năm, tháng tư, năm hai "
             "nghìn không trăm mười bảy",
             "Giới tính: Nữ    Dân tộc: Kinh    Quốc tịch: Việt Nam",
             "Nơi sinh: Trung tâm Y tế huyện Vĩnh Cửu, tỉnh Đồng Nai",
             "Số định danh cá nhân: 075317002638",
             "Họ, chữ đệm, tên người mẹ: HỒ THỊ KIM LOAN; năm sinh: 1992",
             "Số CMND: 272419836",
             "Họ, chữ đệm, tên người cha: LÂM VĂN TÚ; năm sinh: 1989",
             "Số CMND: 272306517",
             "Người đi khai sinh: Lâm Văn Tú; quan hệ với người được khai sinh: cha",
             "Nơi đăng ký khai sinh: Ủy ban nhân dân xã Thạnh Phú, huyện Vĩnh Cửu, tỉnh Đồng Nai"])
    p.gap(2.0)
    p.line(f"Ngày, tháng, năm đăng ký: {words(date(2017, 4, 12), pad=True)}", "i", 12.0,
           align="r")
    sign_right(p, signer(["CHỦ TỊCH"], "Phan Văn Hùng", space=18.0, pt=12.0), seal=True)
    return Paper("giay_khai_sinh", "Giấy khai sinh", "giay_khai_sinh_2017", [p],
                 {"so_ky_hieu": "63", "ngay_ban_hanh": "2017-04-12",
                  "co_quan_ban_hanh": "Ủy ban nhân dân xã Thạnh Phú",
                  "ho_ten": "LÂM NGỌC BẢO TRÂM", "so_cccd": "075317002638"}, head)


def record_certificate(mk: Maker) -> Paper:
    """A judicial record certificate no. 1 (Hải Phòng), its date printed with dots at the
    foot and its register's number."""
    p = mk.page("lib", 12.0, (24.0, 190.0), 12.0)
    header(p, ("UBND THÀNH PHỐ HẢI PHÒNG", "SỞ TƯ PHÁP"), "2215/LLTP-STP",
           f"Hải Phòng, {words(date(2026, 2, 13), pad=True)}", pt=12.0)
    head = title(p, "PHIẾU LÝ LỊCH TƯ PHÁP SỐ 1", 15.0)
    p.line("Căn cứ Luật Lý lịch tư pháp ngày 17 tháng 6 năm 2009", "i", 11.0, align="c")
    p.line("SỞ TƯ PHÁP THÀNH PHỐ HẢI PHÒNG CHỨNG NHẬN:", "b", 12.0, align="c")
    p.gap(2.0)
    under(p, "1. Họ và tên:", "VŨ THỊ NGỌC ÁNH")
    rows(p, ["2. Giới tính: Nữ", "3. Ngày, tháng, năm sinh: 17/12/1996",
             "4. Nơi sinh: xã An Lão, huyện An Lão, thành phố Hải Phòng",
             "5. Quốc tịch: Việt Nam",
             "6. Nơi cư trú: số 12/4 phố Lạch Tray, phường Gia Viên, thành phố Hải Phòng",
             "7. Giấy tờ tùy thân: Căn cước số 031196008257, cấp ngày 09/7/2024",
             "8. Họ tên cha: Vũ Văn Chiến; 9. Họ tên mẹ: Đoàn Thị Lụa",
             "10. Tình trạng án tích: Không có án tích",
             "11. Thông tin về cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp, hợp tác "
             "xã: Không bị cấm"])
    p.gap(2.0)
    sign_both(p, [L("Người lập phiếu", "b", 12.0), L(space=14.0),
                  L("Đào Minh Quân", "b", 12.0)],
              signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Bùi Thị Lan Hương", space=14.0,
                     pt=12.0), seal="right")
    p.line(f"In ngày {dots(date(2026, 2, 13))}", "i", 9.5)
    return Paper("phieu_ly_lich_tu_phap", "Phiếu lý lịch tư pháp số 1", "lltp_so_1", [p],
                 {"so_ky_hieu": "2215/LLTP-STP", "ngay_ban_hanh": "2026-02-13",
                  "co_quan_ban_hanh": "Sở Tư pháp thành phố Hải Phòng",
                  "ho_ten": "VŨ THỊ NGỌC ÁNH", "so_cccd": "031196008257"}, head)


def submission(mk: Maker) -> Paper:
    """A commune's submission to its council (Sơn La)."""
    p = mk.page("lib", 12.5, (25.0, 192.0), 12.0)
    header(p, ("ỦY BAN NHÂN DÂN", "XÃ TÀ XÙA"), "12/TTr-UBND",
           f"Tà Xùa, {words(date(2026, 1, 9), pad=True)}", pt=12.0)
    head = title(p, "TỜ TRÌNH", 15.0, ("Đề nghị thông qua danh mục công trình, dự án cần thu "
                                        "hồi đất năm 2026",))
    p.line("Kính gửi: Hội đồng nhân dân xã Tà Xùa", "r", 12.5, align="c")
    p.gap(2.0)
    p.p("Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024; Nghị định số 102/2024/NĐ-CP ngày "
        "30/7/2024 của Chính phủ, Ủy ban nhân dân xã trình Hội đồng nhân dân xã xem xét, "
        "thông qua danh mục 04 công trình, dự án cần thu hồi đất năm 2026:", indent=8.0,
        align="j")
    p.table([12.0, 104.0, 26.0, 25.0], [
        ["TT", "Công trình, dự án", "Diện tích (ha)", "Vị trí"],
        ["1", "Đường giao thông bản Bẹ - bản Trò", "2,10", "Bản Bẹ"],
        ["2", "Trường mầm non Tà Xùa (điểm trường bản Chiềng)", "0,64", "Bản Chiềng"],
        ["3", "Nhà văn hóa bản Làng Sáng", "0,18", "Làng Sáng"],
        ["4", "Kè chống sạt lở suối Tà Xùa", "0,90", "Bản Tà Xùa"]], aligns="clcl",
        pt=10.5)
    p.p("Ủy ban nhân dân xã kính trình Hội đồng nhân dân xã xem xét, quyết định./.",
        indent=8.0)
    sign_both(p, recipients(["Như trên", "Lưu: VT, ĐC"]),
              signer(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Sùng A Lử", space=18.0, pt=12.5),
              seal="right")
    return Paper("to_trinh", "Tờ trình", "to_trinh_thu_hoi_dat", [p],
                 {"so_ky_hieu": "12/TTr-UBND", "ngay_ban_hanh": "2026-01-09",
                  "co_quan_ban_hanh": "Ủy ban nhân dân xã Tà Xùa"}, head)


def insurance_letter(mk: Maker) -> Paper:
    """A social-insurance office's official letter with no title, its "V/v" over two lines and
    an incoming stamp with a later date."""
    p = mk.page("lib", 12.5, (25.0, 192.0), 12.0)
    header(p, ("BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI TỈNH THÁI NGUYÊN"),
           "418/BHXH-QLT", f"Thái Nguyên, {words(date(2026, 2, 10), pad=True)}", pt=11.5,
           split=94.0, about=("V/v đối chiếu dữ liệu người tham gia", "BHYT với Cơ sở dữ liệu "
                              "quốc gia về dân cư"))
    stamp(p, ["UBND XÃ TÂN CƯƠNG", "CÔNG VĂN ĐẾN", "Số: 96  Ngày: 12/02/2026"], 25.0, p.y,
          pt=9.5)
    p.gap(19.0)
    p.line("Kính gửi: Ủy ban nhân dân các xã, phường trên địa bàn tỉnh", "b", 12.5,
           align="c")
    p.gap(2.0)
    for line in ("Thực hiện Kế hoạch số 07/KH-BHXH ngày 06/01/2026 của Bảo hiểm xã hội Việt "
                 "Nam, Bảo hiểm xã hội tỉnh đề nghị Ủy ban nhân dân các xã, phường chỉ đạo "
                 "công chức văn hóa - xã hội phối hợp rà soát danh sách người tham gia bảo "
                 "hiểm y tế chưa khớp số định danh cá nhân (danh sách gửi kèm qua hệ thống "
                 "quản lý văn bản).",
                 "Kết quả rà soát gửi về Bảo hiểm xã hội tỉnh trước ngày 15/3/2026 để cập nhật "
                 "vào cơ sở dữ liệu. Trân trọng cảm ơn sự phối hợp của quý cơ quan./."):
        p.p(line, indent=8.0, align="j")
    sign_both(p, recipients(["Như trên", "Giám đốc (để b/c)", "Lưu: VT, QLT"]),
              signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Lương Thị Thu Hà", space=18.0,
                     pt=12.5), seal="right")
    return Paper("cong_van", "Công văn", "cong_van_bhxh", [p],
                 {"so_ky_hieu": "418/BHXH-QLT", "ngay_ban_hanh": "2026-02-10",
                  "co_quan_ban_hanh": "Bảo hiểm xã hội tỉnh Thái Nguyên"}, None)


def pledge(mk: Maker) -> Paper:
    """A citizen's pledge with her name and number on dotted lines in her hand; the date with
    dots beside the place."""
    p = mk.page("bio", 12.0, (24.0, 190.0), 16.0)
    motto(p, 12.5)
    head = title(p, "GIẤY CAM KẾT", 16.0, ("(V/v tự tháo dỡ mái che lấn chiếm vỉa hè)",))
    p.line("Kính gửi: Ủy ban nhân dân phường Phố Hiến", "r", 12.0, align="c")
    p.gap(3.0)
    filled(p, "Tôi tên là:", "ĐỖ THỊ MINH THƯ", pt=12.0)
    filled(p, "Sinh ngày:", "21/9/1985", pt=12.0)
    filled(p, "CCCD số:", "033185009421", pt=12.0)
    filled(p, "Địa chỉ:", "số 6 phố Bãi Sậy, phường Phố Hiến", pt=12.0)
    rows(p, ["Tôi xin cam kết tự tháo dỡ mái che bằng tôn lấn chiếm vỉa hè trước cửa nhà số 6 "
             "phố Bãi Sậy trong thời hạn 07 ngày kể từ ngày ký cam kết này; quá thời hạn mà "
             "không tự tháo dỡ, tôi xin chịu mọi hình thức xử lý theo quy định."])
    p.gap(2.0)
    p.line(f"Phố Hiến, {dots(date(2026, 3, 4))}", "i", 12.0, align="r")
    sign_right(p, signer(["Người cam kết"], "Đỗ Thị Minh Thư", "(Ký, ghi rõ họ tên)", 16.0,
                         12.0))
    return Paper("giay_cam_doan", "Giấy cam kết", "giay_cam_ket", [p],
                 {"ho_ten": "ĐỖ THỊ MINH THƯ", "so_cccd": "033185009421",
                  "ngay_ban_hanh": "2026-03-04"}, head)


def profile(mk: Maker) -> Paper:
    """A personal record form, the name in a table cell, the confirming ward's stamp."""
    p = mk.page("bio", 11.5, (22.0, 192.0), 12.0)
    motto(p, 12.0)
    head = title(p, "SƠ YẾU LÝ LỊCH", 16.0, ("(Dùng cho người xin việc)",))
    p.table([60.0, 110.0], [
        ["Mục", "Nội dung"],
        ["Họ và tên", "TẠ QUỲNH ANH"],
        ["Ngày sinh", "30/6/2001"],
        ["Số CCCD", "038301014627"],
        ["Nơi đăng ký thường trú", "thôn Đông Lộc, xã Quảng Xương, tỉnh Thanh Hóa"],
        ["Trình độ", "Cử nhân Kế toán, Đại học Hồng Đức (2023)"],
        ["Họ tên cha / năm sinh", "Tạ Văn Bình / 1972 (CCCD 038072003318)"],
        ["Họ tên mẹ / năm sinh", "Lê Thị Hoa / 1975"]], aligns="ll", pt=11.0)
    p.head("QUÁ TRÌNH CÔNG TÁC")
    rows(p, ["2023 - nay: kế toán viên, Công ty cổ phần Vật tư nông nghiệp Thanh Hóa."])
    p.field("Tôi xin cam đoan lời khai trên là đúng sự thật.")
    p.line(f"Quảng Xương, {words(date(2026, 2, 16))}", "i", 11.5, align="r")
    sign_both(p, [L("XÁC NHẬN CỦA UBND XÃ QUẢNG XƯƠNG", "b", 10.5),
                  L("Chứng thực chữ ký của bà Tạ Quỳnh Anh", "i", 10.0), L(space=16.0),
                  L("Lê Văn Thuận", "b", 11.0)],
              signer(["Người khai"], "Tạ Quỳnh Anh", space=16.0, pt=11.5), seal="left")
    return Paper("so_yeu_ly_lich", "Sơ yếu lý lịch", "so_yeu_ly_lich_bang", [p],
                 {"ho_ten": "TẠ QUỲNH ANH", "so_cccd": "038301014627",
                  "ngay_ban_hanh": "2026-02-16"}, head)


def known(mk: Maker) -> list[Paper]:
    """The loose papers of known types, in scan order."""
    return [decision(mk), fee_receipt(mk), resolution(mk), invitation(mk), minutes(mk),
            confirmation(mk), insurance_book(mk), charter(mk), birth_certificate(mk),
            record_certificate(mk), submission(mk), insurance_letter(mk), plan(mk), pledge(mk),
            profile(mk)]


