"""The loose papers of known types in the sixth held-apart set: offices' decisions, letters,
submissions, reports and refusals; civil-status, land, company and justice papers; a lease,
a boundary record, a tax notice, a citizen's undertaking, a birth notice and an old identity
card copy. Provinces and communes are settings only; every name and number is made up."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from page6 import (
    G,
    Maker,
    Page,
    Paper,
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


def office(mk: Maker, agency: Sequence[str], number: str | None, dated: str | None,
           heading: str | None, sub: Sequence[str] = (), *, family: str = "charis",
           pt: float = 12.5) -> tuple[Page, str]:
    """An office's page: the Decree 30 header, then the title (when ``heading``)."""
    p = mk.page(family, pt, (24.0, 190.0), 12.0)
    header(p, agency, number, dated, pt=12.0)
    head = title(p, heading, 14.5, sub) if heading else ""
    return p, head


def decision(mk: Maker) -> Paper:
    """A commune's decision recovering land (Bắc Ninh), 2 p., laws cited with their dates."""
    p, head = office(mk, ("ỦY BAN NHÂN DÂN", "XÃ TIÊN LỤC"), "1152/QĐ-UBND",
                     f"Tiên Lục, {words(date(2026, 1, 27))}", "QUYẾT ĐỊNH",
                     ("Về việc thu hồi đất để thực hiện dự án mở rộng đường liên xã",))
    p.center("ỦY BAN NHÂN DÂN XÃ TIÊN LỤC", "b", 12.5)
    rows(p, ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
             "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;",
             "Căn cứ Nghị định số 102/2024/NĐ-CP ngày 30 tháng 7 năm 2024 của Chính phủ;",
             "Xét đề nghị của Phòng Kinh tế tại Tờ trình số 41/TTr-PKT ngày 20/01/2026."])
    p.center("QUYẾT ĐỊNH:", "b", 12.5)
    rows(p, ["Điều 1. Thu hồi 126,4 m2 đất trồng lúa của hộ ông Thân Văn Khải, số định danh "
             "cá nhân 024071009385, thuộc thửa số 88, tờ bản đồ số 5, thôn Phú Mỹ, để thực "
             "hiện dự án mở rộng đường liên xã Tiên Lục - Dĩnh Trì."])
    q = mk.page("charis", 12.5, (24.0, 190.0), 16.0)
    rows(q, ["Điều 2. Giao Phòng Kinh tế tổ chức bồi thường, hỗ trợ theo phương án được "
             "duyệt; công chức địa chính - xây dựng bàn giao đất trên thực địa.",
             "Điều 3. Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng phòng "
             "Kinh tế và ông Thân Văn Khải chịu trách nhiệm thi hành."])
    q.gap(3.0)
    sign_both(q, recipients(["Như Điều 3", "Lưu: VT, KT"]),
              signer(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Giáp Văn Thuận"), seal="right")
    return Paper("quyet_dinh", "Quyết định thu hồi đất", "qd_thu_hoi", [p, q],
                 {"so_ky_hieu": "1152/QĐ-UBND", "ngay_ban_hanh": "2026-01-27",
                  "ho_ten": "Thân Văn Khải", "so_cccd": "024071009385",
                  "co_quan_ban_hanh": "Ủy ban nhân dân xã Tiên Lục"}, head)


def letter(mk: Maker) -> Paper:
    """A department's official letter (Khánh Hòa) with "V/v" and no title."""
    p = mk.page("charis", 12.5, (24.0, 190.0), 12.0)
    header(p, ("UBND TỈNH KHÁNH HÒA", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"), "692/SNNMT-QLĐĐ",
           f"Khánh Hòa, {words(date(2026, 2, 9))}", pt=11.5, split=88.0)
    p.line("V/v hướng dẫn cấp lại Giấy chứng nhận", "r", 11.0, x0=10.0)
    p.line("bị mất do thiên tai", "r", 11.0, x0=22.0)
    p.gap(3.0)
    p.line("Kính gửi: Ủy ban nhân dân các xã, phường, đặc khu.", "r", 12.5, align="c")
    p.p("Thực hiện Luật Đất đai ngày 18 tháng 01 năm 2024 và Nghị định số 101/2024/NĐ-CP "
        "ngày 29 tháng 7 năm 2024 của Chính phủ, sau đợt mưa lũ tháng 11 năm 2025 nhiều hộ "
        "gia đình bị mất Giấy chứng nhận. Sở Nông nghiệp và Môi trường hướng dẫn như sau:",
        align="j")
    rows(p, ["1. Người bị mất Giấy chứng nhận khai báo với UBND cấp xã nơi có đất; UBND xã "
             "niêm yết thông báo mất trong 15 ngày.",
             "2. Hồ sơ nộp tại Trung tâm Phục vụ hành chính công cấp xã; không yêu cầu nộp "
             "thêm giấy tờ ngoài quy định.",
             "3. Đề nghị UBND các xã, phường báo cáo kết quả trước ngày 15/3/2026."])
    p.gap(2.0)
    sign_both(p, recipients(["Như trên", "UBND tỉnh (b/c)", "Lưu: VT, QLĐĐ"]),
              signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Nguyễn Thị Phương Dung"), seal="right")
    return Paper("cong_van", "Công văn của Sở (không tiêu đề)", "cong_van_vv", [p],
                 {"so_ky_hieu": "692/SNNMT-QLĐĐ", "ngay_ban_hanh": "2026-02-09",
                  "co_quan_ban_hanh": "Sở Nông nghiệp và Môi trường"}, None)


def submission(mk: Maker) -> Paper:
    """A commune's submission (Hà Tĩnh), its number with trailing letters."""
    p, head = office(mk, ("ỦY BAN NHÂN DÂN", "XÃ THẠCH HÀ"), "87/TTr-UBND",
                     f"Thạch Hà, {words(date(2025, 12, 22))}", "TỜ TRÌNH",
                     ("Đề nghị phê duyệt danh mục thủ tục hành chính tiếp nhận tại Trung tâm "
                      "Phục vụ hành chính công xã",))
    p.line("Kính gửi: Ủy ban nhân dân tỉnh Hà Tĩnh.", "r", 12.5, align="c")
    p.p("Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ về thực "
        "hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông; UBND xã Thạch Hà "
        "kính trình UBND tỉnh phê duyệt danh mục 214 thủ tục hành chính tiếp nhận tại Trung "
        "tâm, trong đó 96 thủ tục lĩnh vực hộ tịch, đất đai và bảo trợ xã hội.", align="j")
    p.p("Kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt./.", align="j")
    sign_both(p, recipients(["Như trên", "Lưu: VT"]),
              signer(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Trần Đình Khôi"), seal="right")
    return Paper("to_trinh", "Tờ trình của xã", "to_trinh_xa", [p],
                 {"so_ky_hieu": "87/TTr-UBND", "ngay_ban_hanh": "2025-12-22",
                  "co_quan_ban_hanh": "Ủy ban nhân dân xã Thạch Hà"}, head)


def marriage_extract(mk: Maker) -> Paper:
    """An extract of a marriage registration (Hà Tĩnh)."""
    p, head = office(mk, ("ỦY BAN NHÂN DÂN", "XÃ CẨM XUYÊN"), "31/TLKH-BS",
                     f"Cẩm Xuyên, {words(date(2026, 1, 6))}", "TRÍCH LỤC KẾT HÔN",
                     ("(Bản sao)",))
    rows(p, ["Họ, chữ đệm, tên chồng: NGUYỄN HỮU PHƯỚC",
             "Ngày sinh: 11/02/1995     Dân tộc: Kinh     Quốc tịch: Việt Nam",
             "Số định danh cá nhân: 042095003318",
             "Họ, chữ đệm, tên vợ: ĐẶNG THỊ HOÀI THƯƠNG",
             "Ngày sinh: 28/9/1997     Dân tộc: Kinh     Quốc tịch: Việt Nam",
             "Số định danh cá nhân: 042197006420",
             "Nơi đăng ký kết hôn: Ủy ban nhân dân xã Cẩm Xuyên, tỉnh Hà Tĩnh",
             "Ngày, tháng, năm đăng ký: 14/02/2022     Số: 09, quyển số 01/2022"])
    sign_right(p, signer(["TL. CHỦ TỊCH", "CÔNG CHỨC TƯ PHÁP - HỘ TỊCH"], "Phan Thị Thúy"),
               seal=True)
    return Paper("trich_luc_ho_tich", "Trích lục kết hôn", "trich_luc_ket_hon", [p],
                 {"so_ky_hieu": "31/TLKH-BS", "ngay_ban_hanh": "2026-01-06",
                  "ho_ten": "NGUYỄN HỮU PHƯỚC", "so_cccd": "042095003318",
                  "co_quan_ban_hanh": "Ủy ban nhân dân xã Cẩm Xuyên"}, head)


def lease(mk: Maker) -> Paper:
    """A lease of farmland (Tây Ninh), 2 p., dated in numbers and in words, with a bank
    account and the other party's number."""
    p = mk.page("charis", 12.0, (24.0, 190.0), 12.0)
    motto(p, 12.0)
    head = title(p, "HỢP ĐỒNG THUÊ QUYỀN SỬ DỤNG ĐẤT", 14.5, ("Số: 05/2026/HĐTĐ",))
    p.p("Hôm nay, ngày 03/3/2026 (ngày ba tháng ba năm hai nghìn không trăm hai mươi sáu), "
        "tại xã Hòa Thành, tỉnh Tây Ninh, chúng tôi gồm:", align="j")
    rows(p, ["BÊN CHO THUÊ (bên A):",
             "Ông: LÝ VĂN SANG     Sinh năm: 1969",
             "Căn cước số: 072069004127, cấp ngày 20/4/2021",
             "BÊN THUÊ (bên B):",
             "Công ty TNHH Nông sản Gò Dầu, đại diện: bà Tô Ngọc Hạnh",
             "Căn cước số: 072184001956",
             "Điều 1. Bên A cho bên B thuê thửa đất số 203, tờ bản đồ số 14, diện tích 5.200 "
             "m2 đất trồng cây hằng năm, thời hạn 05 năm kể từ ngày ký."])
    q = mk.page("charis", 12.0, (24.0, 190.0), 16.0)
    rows(q, ["Điều 2. Giá thuê 18.000.000 đồng/năm, trả vào tài khoản số 070123456789 của "
             "bên A tại Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Tây Ninh.",
             "Điều 3. Bên B không được chuyển mục đích sử dụng đất; hết hạn phải trả lại đất "
             "như hiện trạng ban đầu.",
             "Hợp đồng lập thành 04 bản, mỗi bên giữ 02 bản có giá trị như nhau."])
    sign_both(q, signer(["BÊN B"], "Tô Ngọc Hạnh", space=16.0),
              signer(["BÊN A"], "Lý Văn Sang", space=16.0), seal="left")
    return Paper("hop_dong", "Hợp đồng thuê quyền sử dụng đất", "hop_dong_thue_dat", [p, q],
                 {"so_ky_hieu": "05/2026/HĐTĐ", "ngay_ban_hanh": "2026-03-03",
                  "ho_ten": "LÝ VĂN SANG", "so_cccd": "072069004127"}, head)


def boundary(mk: Maker) -> Paper:
    """Minutes fixing the boundary marks of a plot (Tây Ninh)."""
    p = mk.page("andika", 11.5, (22.0, 192.0), 12.0)
    motto(p, 12.0)
    head = title(p, "BIÊN BẢN XÁC ĐỊNH RANH GIỚI,\nMỐC GIỚI THỬA ĐẤT", 14.0)
    p.p(f"Hôm nay, {words(date(2026, 2, 12))}, tại thửa đất số 203, tờ bản đồ số 14, xã Hòa "
        "Thành, tỉnh Tây Ninh, đơn vị đo đạc cùng các chủ sử dụng đất liền kề xác định "
        "ranh giới, mốc giới thửa đất của ông Lý Văn Sang như sau:", align="j")
    p.table([20.0, 50.0, 50.0, 50.0], [
        ["Cạnh", "Từ mốc - đến mốc", "Chiều dài (m)", "Chủ liền kề"],
        ["1", "M1 - M2", "52,30", "Ông Võ Văn Tâm"], ["2", "M2 - M3", "99,45", "Kênh N12"],
        ["3", "M3 - M4", "52,10", "Bà Lâm Thị Út"], ["4", "M4 - M1", "99,80", "Đường đất"]],
        aligns="cccl", pt=11.0)
    p.p("Các bên thống nhất ranh giới nêu trên, không có tranh chấp.", align="j")
    sign_both(p, signer(["CÁC CHỦ LIỀN KỀ"], "Võ Văn Tâm", space=14.0, pt=11.5),
              signer(["CHỦ SỬ DỤNG ĐẤT"], "Lý Văn Sang", space=14.0, pt=11.5))
    return Paper("bien_ban", "Biên bản xác định ranh giới thửa đất", "bien_ban_ranh_gioi", [p],
                 {"ngay_ban_hanh": "2026-02-12", "ho_ten": "Lý Văn Sang"}, head)


def tax_notice(mk: Maker) -> Paper:
    """The tax office's notice to pay a land-use levy (Bắc Ninh)."""
    p, head = office(mk, ("THUẾ TỈNH BẮC NINH", "THUẾ CƠ SỞ 4 TỈNH BẮC NINH"), "2417/TB-TCS4",
                     f"Bắc Ninh, {words(date(2026, 2, 3))}", "THÔNG BÁO NỘP TIỀN SỬ DỤNG ĐẤT",
                     family="andika", pt=11.5)
    rows(p, ["Căn cứ phiếu chuyển thông tin số 156/PCTT ngày 22/01/2026 của Văn phòng đăng "
             "ký đất đai, Thuế cơ sở 4 thông báo:",
             "Tên người nộp: ÔNG NGÔ XUÂN TRƯỜNG",
             "Mã số thuế: 8402197730     Căn cước số: 024088012670",
             "Thửa đất số 61, tờ bản đồ số 22, thôn Đông Xuyên; diện tích 100 m2",
             "Số tiền sử dụng đất phải nộp: 312.500.000 đồng",
             "Nộp vào tài khoản thu ngân sách số 7111 của Kho bạc Nhà nước khu vực VI, hạn "
             "nộp chậm nhất ngày 05/3/2026."])
    sign_right(p, signer(["KT. TRƯỞNG THUẾ CƠ SỞ", "PHÓ TRƯỞNG"], "Đỗ Mạnh Cường", pt=11.5),
               seal=True)
    return Paper("thong_bao_nop_tien", "Thông báo nộp tiền sử dụng đất", "tb_nop_tien_sdd", [p],
                 {"so_ky_hieu": "2417/TB-TCS4", "ngay_ban_hanh": "2026-02-03",
                  "ho_ten": "NGÔ XUÂN TRƯỜNG", "so_cccd": "024088012670",
                  "co_quan_ban_hanh": "Thuế cơ sở 4 tỉnh Bắc Ninh"}, head)


def company_cert(mk: Maker) -> Paper:
    """A certificate of a one-member company's registration (An Giang), colour, 300 dpi."""
    p = mk.page("charis", 11.5, (24.0, 188.0), 18.0, dpi=300, color=True)
    p.frame()
    header(p, ("SỞ TÀI CHÍNH TỈNH AN GIANG", "PHÒNG ĐĂNG KÝ KINH DOANH"), None, None, pt=11.0,
           split=92.0)
    head = title(p, "GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP\nCÔNG TY TNHH MỘT THÀNH VIÊN", 14.0)
    p.center("Mã số doanh nghiệp: 1602284519", "b", 12.0)
    p.center(f"Đăng ký lần đầu: {words(date(2026, 1, 22))}", "i", 11.0)
    rows(p, ["1. Tên công ty viết bằng tiếng Việt: CÔNG TY TNHH MỘT THÀNH VIÊN GẠO SẠCH "
             "THOẠI SƠN",
             "2. Địa chỉ trụ sở chính: ấp Đông Sơn, xã Thoại Sơn, tỉnh An Giang",
             "3. Vốn điều lệ: 2.500.000.000 đồng",
             "4. Chủ sở hữu và người đại diện theo pháp luật:",
             "Họ và tên: CHAU SÓC KHÁNH     Chức danh: Giám đốc",
             "Số định danh cá nhân: 089089007712"])
    sign_right(p, signer(["TRƯỞNG PHÒNG"], "Trịnh Quốc Bảo", space=18.0, pt=11.5), seal=True)
    return Paper("gcn_dang_ky_doanh_nghiep", "Giấy chứng nhận đăng ký doanh nghiệp",
                 "gcn_dkdn_1tv", [p],
                 {"so_ky_hieu": "1602284519", "ngay_ban_hanh": "2026-01-22",
                  "ho_ten": "CHAU SÓC KHÁNH", "so_cccd": "089089007712",
                  "co_quan_ban_hanh": "Phòng Đăng ký kinh doanh"}, head)


def record_2(mk: Maker) -> Paper:
    """A judicial record form no. 2 (An Giang)."""
    p, head = office(mk, ("SỞ TƯ PHÁP", "TỈNH AN GIANG"), "1409/LLTP-STP", None,
                     "PHIẾU LÝ LỊCH TƯ PHÁP SỐ 2")
    rows(p, ["Căn cứ Luật Lý lịch tư pháp ngày 17 tháng 6 năm 2009;",
             "Họ và tên: TĂNG MINH NHỰT     Giới tính: Nam",
             "Ngày, tháng, năm sinh: 06/6/1993     Nơi sinh: An Giang",
             "Số định danh cá nhân: 089093011284",
             "Nơi cư trú: khóm Mỹ Thới, phường Long Xuyên, tỉnh An Giang",
             "Tình trạng án tích: Không có án tích",
             "Thông tin về cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp: Không bị "
             "cấm"])
    p.line(f"An Giang, {words(date(2026, 2, 24))}", "i", 12.0, align="r")
    sign_right(p, signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Lâm Thị Kim Ngân"), seal=True)
    return Paper("phieu_ly_lich_tu_phap", "Phiếu lý lịch tư pháp số 2", "lltp_so_2", [p],
                 {"so_ky_hieu": "1409/LLTP-STP", "ngay_ban_hanh": "2026-02-24",
                  "ho_ten": "TĂNG MINH NHỰT", "so_cccd": "089093011284",
                  "co_quan_ban_hanh": "Sở Tư pháp tỉnh An Giang"}, head)


def undertaking(mk: Maker) -> Paper:
    """A citizen's typed undertaking, the name on the line after "Tôi tên là:"."""
    p = mk.page("andika", 12.0, (24.0, 188.0), 16.0)
    motto(p, 12.0)
    head = title(p, "GIẤY CAM ĐOAN", 15.0)
    p.line("Kính gửi: Ủy ban nhân dân phường Bắc Giang", "r", 12.0, align="c")
    rows(p, ["Tôi tên là:"])
    p.field("HOÀNG THỊ BÍCH NGỌC", style="b", x0=40.0)
    rows(p, ["Sinh ngày 30/10/1990, Căn cước số 024190004815",
             "Thường trú: số 17 ngõ 9 Lê Lợi, phường Bắc Giang, tỉnh Bắc Ninh",
             "Tôi xin cam đoan: từ năm 2012 đến nay tôi chưa đăng ký kết hôn với ai tại Việt "
             "Nam và nước ngoài. Nếu sai tôi xin chịu trách nhiệm trước pháp luật."])
    p.line(f"Bắc Giang, {words(date(2026, 3, 2), pad=False)}", "i", 12.0, align="r")
    sign_right(p, signer(["Người cam đoan"], "Hoàng Thị Bích Ngọc", space=15.0, pt=12.0))
    return Paper("giay_cam_doan", "Giấy cam đoan", "giay_cam_doan_tt", [p],
                 {"ho_ten": "HOÀNG THỊ BÍCH NGỌC", "so_cccd": "024190004815",
                  "ngay_ban_hanh": "2026-03-02"}, head)


def report(mk: Maker) -> Paper:
    """A commune's quarterly report with a table."""
    p, head = office(mk, ("ỦY BAN NHÂN DÂN", "PHƯỜNG BẮC GIANG"), "215/BC-UBND",
                     f"Bắc Giang, {words(date(2026, 1, 5))}", "BÁO CÁO",
                     ("Kết quả giải quyết thủ tục hành chính quý IV năm 2025",))
    p.table([60.0, 35.0, 35.0, 35.0], [
        ["Lĩnh vực", "Tiếp nhận", "Đúng hạn", "Quá hạn"], ["Hộ tịch", "1.204", "1.198", "6"],
        ["Đất đai", "388", "371", "17"], ["Bảo trợ xã hội", "142", "142", "0"],
        ["Chứng thực", "3.517", "3.517", "0"]], aligns="lccc", pt=11.0)
    p.p("Nguyên nhân quá hạn: hồ sơ đất đai chờ xác minh nguồn gốc; đã gửi phiếu xin lỗi "
        "và hẹn lại ngày trả kết quả cho người dân.", align="j")
    sign_both(p, recipients(["UBND tỉnh", "Lưu: VT"]),
              signer(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Dương Văn Quang"), seal="right")
    return Paper("bao_cao", "Báo cáo quý", "bao_cao_quy", [p],
                 {"so_ky_hieu": "215/BC-UBND", "ngay_ban_hanh": "2026-01-05",
                  "co_quan_ban_hanh": "Ủy ban nhân dân phường Bắc Giang"}, head)


def refusal(mk: Maker) -> Paper:
    """The one-stop regulation's refusal slip (Mẫu số 03), its procedure over two lines."""
    p = mk.page("andika", 11.5, (22.0, 192.0), 12.0)
    header(p, ("UBND PHƯỜNG CAO LÃNH", "BỘ PHẬN MỘT CỬA"), None,
           f"Cao Lãnh, {words(date(2026, 2, 11))}", pt=11.5, split=86.0)
    head = title(p, "PHIẾU TỪ CHỐI TIẾP NHẬN,\nGIẢI QUYẾT HỒ SƠ", 14.0)
    procedure = ("Đăng ký thay đổi nội dung đăng ký hộ kinh doanh (thay đổi ngành, nghề kinh "
                 "doanh)")
    rows(p, ["Bộ phận Một cửa phường Cao Lãnh tiếp nhận hồ sơ của:",
             "Ông: Huỳnh Công Danh",
             f"Hồ sơ đề nghị: {procedure}",
             "Sau khi xem xét, hồ sơ không đủ điều kiện giải quyết với lý do: ngành nghề "
             "đăng ký bổ sung (kinh doanh vàng miếng) không thuộc phạm vi hộ kinh doanh.",
             "Xin thông báo để ông biết."])
    sign_right(p, signer(["NGƯỜI TIẾP NHẬN HỒ SƠ"], "Lê Ngọc Trân", "(Ký, ghi rõ họ tên)",
                         14.0, 11.5))
    return Paper("phieu_tu_choi", "Phiếu từ chối tiếp nhận", "phieu_tu_choi_hs", [p],
                 {"ho_ten": "Huỳnh Công Danh", "thu_tuc": procedure,
                  "ngay_ban_hanh": "2026-02-11"}, head)


def old_id(mk: Maker) -> Paper:
    """A photocopy of a 9-digit identity card of the 1999 model, front and back."""
    p = mk.page("charis", 10.5, (12.0, 198.0), 20.0)
    f = G.Card(p, 18.0, 24.0, 1.05)
    f.text(50.0, 5.5, MOTTO_UP, "b", 3.4, "c")
    f.text(50.0, 9.0, "Độc lập - Tự do - Hạnh phúc", "b", 3.4, "c")
    f.text(50.0, 15.0, "GIẤY CHỨNG MINH NHÂN DÂN", "b", 5.0, "c")
    f.text(30.0, 21.0, "Số: 183402771", "b", 4.4)
    f.text(30.0, 26.0, "Họ tên: NGUYỄN THỊ LỢI", "r", 3.6)
    f.text(30.0, 31.0, "Sinh ngày: 12-4-1961", "r", 3.6)
    f.text(30.0, 36.0, "Nguyên quán: Cẩm Xuyên, Hà Tĩnh", "r", 3.6)
    f.box(4.0, 24.0, 18.0, 42.0, outline=None, fill=(120, 120, 120))
    b = G.Card(p, 18.0, 24.0 + G.Card.H * 1.05 + 8.0, 1.05)
    b.text(4.0, 8.0, "Dân tộc: Kinh     Tôn giáo: Không", "r", 3.6)
    b.text(4.0, 14.0, f"Ngày {dmy(date(2008, 7, 19))}", "r", 3.6)
    b.text(4.0, 19.0, "GIÁM ĐỐC CÔNG AN TỈNH HÀ TĨNH", "b", 3.6)
    return Paper("ban_sao_cmnd", "Chứng minh nhân dân (bản sao)", "cmnd_copy", [p],
                 {"so_ky_hieu": "183402771", "ho_ten": "NGUYỄN THỊ LỢI",
                  "ngay_ban_hanh": "2008-07-19", "co_quan_ban_hanh": "Công an tỉnh Hà Tĩnh"},
                 "GIẤY CHỨNG MINH NHÂN DÂN")


MOTTO_UP = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


def birth_notice(mk: Maker) -> Paper:
    """A hospital's birth notice (Đồng Tháp); the mother is the person named."""
    p = mk.page("charis", 12.0, (24.0, 190.0), 12.0)
    header(p, ("SỞ Y TẾ TỈNH ĐỒNG THÁP", "BỆNH VIỆN ĐA KHOA SA ĐÉC"), "2931/2026", None,
           pt=11.5, split=88.0)
    head = title(p, "GIẤY CHỨNG SINH", 15.0)
    rows(p, ["Họ và tên mẹ: VÕ THỊ NGỌC HUYỀN     Năm sinh: 1999",
             "Số định danh cá nhân của mẹ: 087199002461",
             "Nơi cư trú: phường Sa Đéc, tỉnh Đồng Tháp",
             "Đã sinh con vào lúc: 22 giờ 15 phút, ngày 21/02/2026",
             "Tại: Khoa Sản, Bệnh viện Đa khoa Sa Đéc",
             "Số con trong lần sinh: 01     Giới tính của con: Nam     Cân nặng: 3.100 gram",
             "Dự định đặt tên con: NGUYỄN VÕ MINH KHÔI"])
    p.line(f"Sa Đéc, {words(date(2026, 2, 23))}", "i", 12.0, align="r")
    sign_both(p, signer(["Người đỡ đẻ"], "Hộ sinh Lê Thị Mến", space=14.0),
              signer(["GIÁM ĐỐC"], "BS.CKII Phạm Văn Út", space=16.0), seal="right")
    return Paper("giay_chung_sinh", "Giấy chứng sinh", "giay_chung_sinh_bv", [p],
                 {"so_ky_hieu": "2931/2026", "ngay_ban_hanh": "2026-02-23",
                  "ho_ten": "VÕ THỊ NGỌC HUYỀN", "so_cccd": "087199002461",
                  "co_quan_ban_hanh": "Bệnh viện Đa khoa Sa Đéc"}, head)


def known(mk: Maker) -> list[Paper]:
    """The loose papers of known types, in scan order."""
    import dossiers6

    estate, cert, extract = dossiers6.estate_papers(mk)
    return [decision(mk), estate, letter(mk), marriage_extract(mk), cert, lease(mk),
            submission(mk), extract,
            old_id(mk), boundary(mk), tax_notice(mk), company_cert(mk), record_2(mk),
            undertaking(mk), report(mk), refusal(mk), birth_notice(mk)]
