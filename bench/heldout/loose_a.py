"""Loose papers of the held-apart set, part one: papers of public bodies and companies (a
provincial decision and the submission it follows, a land certificate of the 2024 form, a
notice, an invitation, an invoice, a company's receipt, a list of fee receipts, a birth
extract)."""

from __future__ import annotations

from datetime import date

from draw import (
    G,
    HPage,
    L,
    Maker,
    Paper,
    Person,
    dmy,
    header,
    motto,
    sign_one,
    titled,
    words_date,
)
from forms import signatures

PT_UBND = ("ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ")
LIMIT = ("Quy định hạn mức giao đất ở và diện tích tối thiểu được tách thửa đối với đất ở "
         "trên địa bàn tỉnh Phú Thọ")


def recipients(p: HPage, names: list[str], signer_lines: list[L], seal: bool = True) -> None:
    """Nơi nhận on the left, the signer on the right."""
    left = [L("Nơi nhận:", "bi", 12.0, align="l")] + [L(n, "r", 11.0, align="l") for n in names]
    G.sign(p, left, signer_lines, seal="right" if seal else "", lbox=(28.0, 100.0),
           rbox=(104.0, 196.0))


def quyet_dinh(mk: Maker, day: date) -> Paper:
    """QUYẾT ĐỊNH of a province (a normative act, number with its year) on two pages."""
    p = mk.page("times", 14.0, (30.0, 195.0), 14.0)
    header(p, PT_UBND, "125/2025/QĐ-UBND", f"Phú Thọ, {words_date(day)}", pt=13.0)
    title = titled(p, "QUYẾT ĐỊNH", 14.0)
    p.center(LIMIT, "b", 14.0)
    p.gap(3.0)
    p.center("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", "b", 14.0)
    p.gap(1.5)
    for base in ("Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;",
                 "Căn cứ Nghị định số 102/2024/NĐ-CP ngày 30 tháng 7 năm 2024 của Chính phủ "
                 "quy định chi tiết thi hành một số điều của Luật Đất đai;",
                 "Theo đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình số "
                 "692/TTr-TNMT ngày 05 tháng 02 năm 2025."):
        p.p(base, style="i")
    p.center("QUYẾT ĐỊNH:", "b", 14.0)
    p.p([("Điều 1. Phạm vi điều chỉnh.", "b"),
         ("Quyết định này quy định hạn mức giao đất ở cho cá nhân tại nông thôn, tại đô thị "
          "và diện tích tối thiểu được tách thửa đối với đất ở trên địa bàn tỉnh.", "r")])
    p.p([("Điều 2. Hạn mức giao đất ở.", "b"),
         ("Tại các phường, thị trấn: không quá 150 m2; tại các xã đồng bằng, trung du: không "
          "quá 300 m2; tại các xã miền núi: không quá 400 m2.", "r")])
    q = mk.page("times", 14.0, (30.0, 195.0), 18.0)
    q.p([("Điều 3. Diện tích tối thiểu được tách thửa.", "b"),
         ("Thửa đất ở sau khi tách phải có diện tích không nhỏ hơn 50 m2 tại phường, thị trấn "
          "và 80 m2 tại các xã; chiều rộng mặt tiền không nhỏ hơn 4 m.", "r")])
    q.p([("Điều 4. Hiệu lực thi hành.", "b"),
         ("Quyết định này có hiệu lực từ ngày 01 tháng 3 năm 2025. Chánh Văn phòng Ủy ban nhân "
          "dân tỉnh, Giám đốc các sở, Chủ tịch Ủy ban nhân dân các huyện, thành phố, thị xã và "
          "các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.", "r")])
    q.gap(4.0)
    recipients(q, ["- Như Điều 4;", "- Bộ Tài nguyên và Môi trường;", "- TT Tỉnh ủy, HĐND tỉnh;",
                   "- Lưu: VT, TNMT."],
               [L("TM. ỦY BAN NHÂN DÂN", "b", 13.5), L("KT. CHỦ TỊCH", "b", 13.5),
                L("PHÓ CHỦ TỊCH", "b", 13.5), L(space=28.0), L("Đặng Quốc Khải", "b", 13.5)])
    fields = {"so_ky_hieu": "125/2025/QĐ-UBND", "ngay_ban_hanh": day.isoformat(),
              "co_quan_ban_hanh": "Ủy ban nhân dân tỉnh Phú Thọ"}
    return Paper("quyet_dinh", "Quyết định", "quyet_dinh", [p, q], fields, title)


def to_trinh(mk: Maker, day: date) -> Paper:
    """TỜ TRÌNH of a department: the parent body abbreviated above it."""
    p = mk.page("times", 13.0, (30.0, 195.0), 14.0)
    header(p, ("UBND TỈNH PHÚ THỌ", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"), "692/TTr-TNMT",
           f"Phú Thọ, {words_date(day)}", parent=True, pt=12.5, split=88.0)
    title = titled(p, "TỜ TRÌNH", 14.0)
    p.center("Về việc ban hành Quyết định quy định hạn mức giao đất ở và diện tích tối thiểu "
             "được tách thửa đối với đất ở", "b", 13.0)
    p.gap(2.0)
    p.center("Kính gửi: Ủy ban nhân dân tỉnh Phú Thọ.", "r", 13.0)
    p.gap(2.0)
    p.p("Thực hiện Luật Đất đai năm 2024 và các văn bản hướng dẫn thi hành, Sở Tài nguyên và "
        "Môi trường đã chủ trì, phối hợp với các sở, ngành và Ủy ban nhân dân các huyện, thành "
        "phố, thị xã xây dựng dự thảo Quyết định quy định hạn mức giao đất ở và diện tích tối "
        "thiểu được tách thửa đối với đất ở trên địa bàn tỉnh.")
    p.p("Dự thảo đã được lấy ý kiến của các cơ quan, tổ chức, cá nhân có liên quan, đăng tải "
        "trên Cổng thông tin điện tử của tỉnh trong 30 ngày và được Sở Tư pháp thẩm định.")
    p.p("Sở Tài nguyên và Môi trường kính trình Ủy ban nhân dân tỉnh xem xét, ban hành Quyết "
        "định (dự thảo kèm theo)./.")
    p.gap(3.0)
    recipients(p, ["- Như trên;", "- Sở Tư pháp;", "- Lưu: VT, QLĐĐ."],
               [L("GIÁM ĐỐC", "b", 13.0), L(space=26.0), L("Hoàng Thị Thu Trang", "b", 13.0)])
    fields = {"so_ky_hieu": "692/TTr-TNMT", "ngay_ban_hanh": day.isoformat(),
              "co_quan_ban_hanh": "Sở Tài nguyên và Môi trường"}
    return Paper("other", "Tờ trình", "to_trinh", [p], fields, title)


def gcn_2024(mk: Maker, holder: Person, day: date) -> Paper:
    """GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT (the form of
    the 2024 Land Law): the register number at the foot."""
    p = mk.page("times", 12.5, (24.0, 186.0), 16.0)
    p.frame()
    motto(p, 12.5)
    p.emblem(105.0, p.y + 7.0, 7.0)
    p.gap(17.0)
    title = titled(p, "GIẤY CHỨNG NHẬN\nQUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN\nGẮN LIỀN VỚI "
                   "ĐẤT", 14.0)
    p.head("1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất:")
    p.field(f"Ông: {holder.upper}, năm sinh: {holder.born.year}")
    p.field(f"Căn cước công dân số: {holder.cccd}")
    p.field(f"Địa chỉ: {holder.home}", hang=6.0)
    p.head("2. Thông tin thửa đất:")
    for line in ("a) Thửa đất số: 412; Tờ bản đồ số: 9;",
                 "b) Địa chỉ: khu 3, xã Tiên Kiên, huyện Lâm Thao, tỉnh Phú Thọ;",
                 "c) Diện tích: 245,0 m2 (Bằng chữ: Hai trăm bốn mươi lăm mét vuông);",
                 "d) Hình thức sử dụng: Sử dụng riêng;",
                 "đ) Loại đất: Đất ở tại nông thôn; Thời hạn sử dụng: Lâu dài;",
                 "e) Nguồn gốc sử dụng: Nhận tặng cho đất được công nhận quyền sử dụng đất."):
        p.field(line, hang=6.0)
    p.head("3. Thông tin tài sản gắn liền với đất: -/-")
    p.head("4. Ghi chú: Không.")
    p.gap(2.0)
    p.right(f"Phú Thọ, {words_date(day)}", pt=12.5)
    left = [L(space=8.0), L("Số vào sổ cấp Giấy chứng nhận:", "r", 12.0), L("DP 06257", "b", 12.5)]
    right = [L("TM. SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "b", 12.0), L("TỈNH PHÚ THỌ", "b", 12.0),
             L("KT. GIÁM ĐỐC", "b", 12.0), L("PHÓ GIÁM ĐỐC", "b", 12.0), L(space=22.0),
             L("Bùi Đức Long", "b", 12.5)]
    G.sign(p, left, right, seal="right", lbox=(26.0, 84.0), rbox=(94.0, 184.0))
    p.y = max(p.y, 270.0)
    p.line("AQ 812345", "b", 13.0, align="c")
    fields = {"so_ky_hieu": "DP 06257", "ngay_ban_hanh": day.isoformat(), "ho_ten": holder.upper,
              "so_cccd": holder.cccd,
              "co_quan_ban_hanh": "Sở Tài nguyên và Môi trường tỉnh Phú Thọ"}
    return Paper("giay_chung_nhan_qsdd",
                 "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
                 "giay_chung_nhan", [p], fields, title)


def thong_bao(mk: Maker, day: date) -> Paper:
    """THÔNG BÁO whose subject, in capitals under it, names a contract."""
    p = mk.page("times", 13.0, (30.0, 195.0), 16.0)
    header(p, ("ỦY BAN NHÂN DÂN", "XÃ PHỤNG CÔNG"), "45/TB-UBND",
           f"Phụng Công, {words_date(day)}", pt=12.5)
    title = titled(p, "THÔNG BÁO\nVỀ VIỆC THANH LÝ HỢP ĐỒNG GIAO KHOÁN ĐẤT CÔNG ÍCH", 13.5)
    p.p("Thực hiện kế hoạch sử dụng đất năm 2025 của huyện Văn Giang, Ủy ban nhân dân xã Phụng "
        "Công thông báo thanh lý trước thời hạn các hợp đồng giao khoán quỹ đất công ích tại "
        "khu đồng Bãi Giữa để thực hiện dự án đường liên xã.")
    p.p("Các hộ nhận khoán có trách nhiệm thu hoạch xong hoa màu, bàn giao lại mặt bằng cho "
        "Ủy ban nhân dân xã trước ngày 30/4/2025. Khoản tiền khoán đã nộp cho thời gian chưa "
        "sử dụng được hoàn trả theo hợp đồng.")
    p.p("Mọi vướng mắc liên hệ công chức địa chính - xây dựng xã trong giờ hành chính để được "
        "hướng dẫn. Ủy ban nhân dân xã thông báo để các hộ biết, thực hiện./.")
    p.gap(3.0)
    recipients(p, ["- Các hộ nhận khoán;", "- Đài truyền thanh xã;", "- Lưu: VT."],
               [L("TM. ỦY BAN NHÂN DÂN", "b", 13.0), L("CHỦ TỊCH", "b", 13.0), L(space=26.0),
                L("Hoàng Văn Khiêm", "b", 13.0)])
    fields = {"so_ky_hieu": "45/TB-UBND", "ngay_ban_hanh": day.isoformat(),
              "co_quan_ban_hanh": "Ủy ban nhân dân xã Phụng Công"}
    return Paper("other", "Thông báo", "thong_bao", [p], fields, title)


def giay_moi(mk: Maker, day: date) -> Paper:
    """GIẤY MỜI of a school: the meeting's own date (numeric) after the date of issue."""
    p = mk.page("arial", 12.5, (28.0, 194.0), 16.0)
    header(p, ("UBND HUYỆN GIA LỘC", "TRƯỜNG THCS LIÊN HỒNG"), "17/GM-THCS",
           f"Gia Lộc, {words_date(day)}", parent=True, pt=12.0, split=86.0)
    title = titled(p, "GIẤY MỜI", 16.0)
    p.field("Trân trọng kính mời: Ông/Bà NGUYỄN VĂN TUẤN")
    p.segs([(0, "Phụ huynh em: Nguyễn Minh Anh"), (100, "Lớp: 8A")])
    p.field("Đến dự họp phụ huynh học sinh cuối học kỳ II năm học 2024 - 2025.")
    p.field("Thời gian: 14 giờ 00 phút, thứ Bảy, ngày 22/03/2025.")
    p.field("Địa điểm: Phòng học lớp 8A, Trường THCS Liên Hồng.", hang=6.0)
    p.field("Nội dung: Thông báo kết quả học tập, rèn luyện của học sinh; bàn kế hoạch ôn tập "
            "thi vào lớp 10.", hang=6.0)
    p.p("Sự có mặt của Quý phụ huynh góp phần vào kết quả giáo dục của nhà trường. Rất mong "
        "Quý phụ huynh đến dự đầy đủ, đúng giờ.")
    p.gap(3.0)
    sign_one(p, [L("HIỆU TRƯỞNG", "b", 12.5), L(space=24.0), L("Đoàn Thị Phương", "b", 12.5)],
             seal=True)
    fields = {"so_ky_hieu": "17/GM-THCS", "ngay_ban_hanh": day.isoformat(),
              "ho_ten": "NGUYỄN VĂN TUẤN", "co_quan_ban_hanh": "Trường THCS Liên Hồng"}
    return Paper("other", "Giấy mời", "giay_moi", [p], fields, title)


def hoa_don(mk: Maker, day: date) -> Paper:
    """HÓA ĐƠN GIÁ TRỊ GIA TĂNG (an e-invoice printed): the seller's 12-digit bank account,
    no ID number."""
    p = mk.page("arial", 11.0, (18.0, 194.0), 14.0)
    p.field("CÔNG TY TNHH THƯƠNG MẠI DỊCH VỤ AN PHÁT", style="b", pt=13.0)
    for line in ("Mã số thuế: 0801234567",
                 "Địa chỉ: số 27 đường Nguyễn Lương Bằng, phường Thanh Trung, thành phố Hải "
                 "Dương, tỉnh Hải Dương", "Điện thoại: 0220 3856 712",
                 "Số tài khoản: 102874563219 tại Ngân hàng TMCP Công Thương Việt Nam"):
        p.field(line, hang=6.0)
    p.hline(18.0, 194.0, p.y + 1.0, 0.4)
    p.gap(4.0)
    title = titled(p, "HÓA ĐƠN GIÁ TRỊ GIA TĂNG", 15.0)
    p.center("(Bản thể hiện của hóa đơn điện tử)", "i", 11.0)
    p.center(f"Ngày {day.day:02d} tháng {day.month:02d} năm {day.year}", "i", 11.5)
    p.segs([(0, "Mã của cơ quan thuế: 00A1B2C3D4E5F6"), (118, "Ký hiệu: 1C25TAP")])
    p.segs([(118, "Số: 00001234")])
    p.field("Họ tên người mua hàng: Đặng Thị Hoa")
    p.field("Tên đơn vị: Hộ kinh doanh Hoa Mai")
    p.field("Địa chỉ: thôn Lỗ Xá, xã Nghĩa An, huyện Ninh Giang, tỉnh Hải Dương", hang=6.0)
    p.segs([(0, "Hình thức thanh toán: TM/CK"), (90, "Mã số thuế: 8365201478")])
    p.gap(1.0)
    rows = [["STT", "Tên hàng hóa, dịch vụ", "ĐVT", "Số lượng", "Đơn giá", "Thành tiền"],
            ["1", "Tủ mát hai cánh 1.000 lít", "Chiếc", "1", "18.500.000", "18.500.000"],
            ["2", "Kệ sắt trưng bày 5 tầng", "Bộ", "4", "1.250.000", "5.000.000"],
            ["3", "Vận chuyển, lắp đặt", "Lần", "1", "500.000", "500.000"]]
    p.table([12.0, 64.0, 16.0, 20.0, 30.0, 34.0], rows, aligns="clcccc", pt=10.5)
    for line in ("Cộng tiền hàng: 24.000.000", "Thuế suất GTGT: 8%    Tiền thuế GTGT: 1.920.000",
                 "Tổng cộng tiền thanh toán: 25.920.000"):
        p.line(line, "b", 11.0, align="r")
    p.field("Số tiền viết bằng chữ: Hai mươi lăm triệu chín trăm hai mươi nghìn đồng.",
            style="i")
    p.gap(2.0)
    signatures(p, ("Người mua hàng", "Đặng Thị Hoa"),
               ("Người bán hàng", "Ký bởi: CÔNG TY TNHH AN PHÁT"), space=14.0, pt=11.0)
    fields = {"so_ky_hieu": "00001234", "ngay_ban_hanh": day.isoformat(), "ho_ten": "Đặng Thị Hoa",
              "co_quan_ban_hanh": "Công ty TNHH Thương mại Dịch vụ An Phát"}
    return Paper("other", "Hóa đơn giá trị gia tăng", "hoa_don", [p], fields, title)


def phieu_thu(mk: Maker, day: date) -> Paper:
    """PHIẾU THU of a private company: the form's legal basis (with its numeric date) comes
    first."""
    p = mk.page("narrow", 11.0, (20.0, 194.0), 14.0)
    left = [L("CÔNG TY CỔ PHẦN XÂY DỰNG HƯNG THỊNH", "b", 11.0, align="l"),
            L("Địa chỉ: 112 Lê Thanh Nghị, TP. Hải Dương", "r", 10.5, align="l")]
    right = [L("Mẫu số 01 - TT", "b", 11.0), L("(Ban hành theo Thông tư số 200/2014/TT-BTC", "i",
             9.5), L("ngày 22/12/2014 của Bộ Tài chính)", "i", 9.5)]
    p.pair(left, right, (14.0, 112.0), (118.0, 198.0))
    p.gap(4.0)
    title = titled(p, "PHIẾU THU", 17.0)
    p.center(f"Ngày {day.day:02d} tháng {day.month:02d} năm {day.year}", "i", 11.5)
    p.segs([(110, "Quyển số: 03"), (145, "Nợ: 1111")])
    p.segs([(110, "Số: PT-0318"), (145, "Có: 131")])
    p.gap(2.0)
    p.field("Họ và tên người nộp tiền: Lê Văn Hậu")
    p.field("Địa chỉ: Đội thi công số 2, Công ty Cổ phần Xây dựng Hưng Thịnh")
    p.field("Lý do nộp: Hoàn tạm ứng mua vật tư công trình nhà văn hóa thôn Lỗ Xá")
    p.field("Số tiền: 20.000.000 đồng")
    p.field("(Viết bằng chữ): Hai mươi triệu đồng chẵn.", style="i")
    p.field("Kèm theo: 01 chứng từ gốc.")
    p.gap(3.0)
    p.segs([(0, "Giám đốc"), (36, "Kế toán trưởng"), (76, "Người nộp tiền"),
            (114, "Người lập phiếu"), (150, "Thủ quỹ")], "b", 11.0)
    p.gap(16.0)
    p.segs([(0, "Đào Văn Thịnh"), (36, "Mạc Thị Huế"), (76, "Lê Văn Hậu"), (114, "Tô Thị Lan"),
            (150, "Vũ Thị Hằng")], "r", 10.5)
    fields = {"so_ky_hieu": "PT-0318", "ngay_ban_hanh": day.isoformat(), "ho_ten": "Lê Văn Hậu",
              "co_quan_ban_hanh": "Công ty Cổ phần Xây dựng Hưng Thịnh"}
    return Paper("other", "Phiếu thu", "phieu_thu", [p], fields, title)


def bang_ke(mk: Maker, day: date) -> Paper:
    """BẢNG KÊ BIÊN LAI THU PHÍ, LỆ PHÍ: a list of receipts whose title names them."""
    p = mk.page("times", 12.0, (20.0, 194.0), 14.0)
    header(p, ("ỦY BAN NHÂN DÂN", "HUYỆN VĂN GIANG"), None, None, pt=12.0)
    title = titled(p, "BẢNG KÊ BIÊN LAI THU PHÍ, LỆ PHÍ", 14.0)
    p.center("Tháng 3 năm 2025 - Bộ phận Một cửa huyện", "i", 12.0)
    rows = [["STT", "Số biên lai", "Ngày thu", "Người nộp", "Nội dung thu", "Số tiền (đồng)"]]
    payers = ("Trần Văn Chiến", "Lưu Thị Nga", "Đỗ Minh Quân", "Ngô Thị Hải", "Bạch Văn Toàn",
              "Phí Thị Mận", "Kiều Văn Định")
    for i, who in enumerate(payers, 1):
        rows.append([str(i), f"00{2140 + 3 * i}", f"{2 + 4 * i:02d}/03/2025", who,
                     "Lệ phí cấp giấy chứng nhận" if i % 2 else "Phí thẩm định hồ sơ",
                     "100.000" if i % 2 else "750.000"])
    p.table([12.0, 24.0, 26.0, 40.0, 46.0, 26.0], rows, aligns="cccllc", pt=11.0)
    p.field("Tổng cộng: 07 biên lai, số tiền 2.650.000 đồng.", style="b")
    p.gap(2.0)
    p.right(f"Văn Giang, {words_date(day)}", pt=12.0)
    signatures(p, ("NGƯỜI LẬP BẢNG", "Phí Thị Minh"), ("KẾ TOÁN", "Trương Văn Dũng"),
               space=16.0, pt=12.0)
    fields = {"ngay_ban_hanh": day.isoformat(),
              "co_quan_ban_hanh": "Ủy ban nhân dân huyện Văn Giang"}
    return Paper("other", "Bảng kê biên lai thu phí, lệ phí", "bang_ke", [p], fields, title)


def trich_luc(mk: Maker, child: Person, day: date) -> Paper:
    """TRÍCH LỤC KHAI SINH (BẢN SAO): the birth date in figures and in words, the register
    date after it, the child's personal number."""
    p = mk.page("times", 13.0, (30.0, 195.0), 14.0)
    header(p, ("ỦY BAN NHÂN DÂN", "XÃ CẨM VŨ"), "156/TLKS-BS", f"Cẩm Vũ, {words_date(day)}",
           pt=12.5)
    title = titled(p, "TRÍCH LỤC KHAI SINH", 15.0, "(BẢN SAO)")
    p.field(f"Họ, chữ đệm, tên: {child.upper}")
    p.field(f"Ngày, tháng, năm sinh: {dmy(child.born)}", hang=6.0)
    p.field(f"Ghi bằng chữ: {G.date_words(child.born)}", hang=6.0)
    p.segs([(0, f"Giới tính: {child.sex}"), (50, "Dân tộc: Kinh"), (100, "Quốc tịch: Việt Nam")])
    p.field("Nơi sinh: Trạm Y tế xã Cẩm Vũ, huyện Cẩm Giàng, tỉnh Hải Dương", hang=6.0)
    p.field("Quê quán: xã Cẩm Vũ, huyện Cẩm Giàng, tỉnh Hải Dương", hang=6.0)
    p.field(f"Số định danh cá nhân: {child.cccd}")
    p.field("Họ, chữ đệm, tên người mẹ: LƯƠNG THỊ HỒNG NHUNG")
    p.field("Họ, chữ đệm, tên người cha: TRỊNH QUỐC BẢO")
    p.field("Nơi đăng ký khai sinh: Ủy ban nhân dân xã Cẩm Vũ, huyện Cẩm Giàng, tỉnh Hải Dương",
            hang=6.0)
    p.field("Ngày, tháng, năm đăng ký: 20/08/2019")
    p.gap(3.0)
    sign_one(p, [L("NGƯỜI KÝ TRÍCH LỤC", "b", 13.0), L(space=26.0),
                 L("Công chức tư pháp - hộ tịch Mạc Văn Thái", "b", 12.0)], seal=True,
             box=(96.0, 196.0))
    fields = {"so_ky_hieu": "156/TLKS-BS", "ngay_ban_hanh": day.isoformat(),
              "ho_ten": child.upper, "so_cccd": child.cccd,
              "co_quan_ban_hanh": "Ủy ban nhân dân xã Cẩm Vũ"}
    return Paper("trich_luc_ho_tich", "Trích lục khai sinh", "trich_luc", [p], fields, title)


def giay_khai_sinh(mk: Maker, child: Person, day: date) -> Paper:
    """GIẤY KHAI SINH (the 2016 form, an original): its number and book at the top right, the
    registration date at the foot."""
    p = mk.page("times", 13.0, (28.0, 192.0), 14.0)
    p.segs([(112, "Số: 92")])
    p.segs([(112, "Quyển số: 01/2016")])
    motto(p)
    title = titled(p, "GIẤY KHAI SINH", 17.0)
    p.field(f"Họ, chữ đệm, tên: {child.upper}")
    p.field(f"Ngày, tháng, năm sinh: {dmy(child.born)}; ghi bằng chữ: "
            f"{G.date_words(child.born)}", hang=6.0)
    p.segs([(0, f"Giới tính: {child.sex}"), (50, "Dân tộc: Kinh"), (100, "Quốc tịch: Việt Nam")])
    p.field("Nơi sinh: Bệnh viện Đa khoa thành phố Vinh, tỉnh Nghệ An", hang=6.0)
    p.field("Quê quán: xã Nghi Phong, huyện Nghi Lộc, tỉnh Nghệ An", hang=6.0)
    p.field(f"Số định danh cá nhân: {child.cccd}")
    for role, name, year in (("mẹ", "PHAN THỊ THÚY", 1990), ("cha", "CAO VĂN TRUNG", 1987)):
        p.field(f"Họ, chữ đệm, tên người {role}: {name}")
        p.segs([(0, f"Năm sinh: {year}"), (50, "Dân tộc: Kinh"), (100, "Quốc tịch: Việt Nam")])
        p.field("Nơi cư trú: xóm 3, xã Nghi Phong, huyện Nghi Lộc, tỉnh Nghệ An", hang=6.0)
    p.field("Họ, chữ đệm, tên người đi khai sinh: Cao Văn Trung")
    p.field("Giấy tờ tùy thân: Chứng minh nhân dân số 186234517")
    p.field("Nơi đăng ký khai sinh: Ủy ban nhân dân xã Nghi Phong, huyện Nghi Lộc, tỉnh Nghệ An",
            hang=6.0)
    p.field(f"Ngày, tháng, năm đăng ký: {dmy(day)}")
    p.gap(2.0)
    G.sign(p, [L("NGƯỜI ĐI KHAI SINH", "b", 12.5), L(space=18.0), L("Cao Văn Trung", "b", 12.5)],
           [L("NGƯỜI KÝ GIẤY KHAI SINH", "b", 12.5), L(space=22.0),
            L("Phó Chủ tịch Nguyễn Hữu Đạt", "b", 12.5)],
           seal="right", lbox=(20.0, 94.0), rbox=(98.0, 194.0))
    fields = {"so_ky_hieu": "92", "ngay_ban_hanh": day.isoformat(), "ho_ten": child.upper,
              "so_cccd": child.cccd, "co_quan_ban_hanh": "Ủy ban nhân dân xã Nghi Phong"}
    return Paper("giay_khai_sinh", "Giấy khai sinh", "giay_khai_sinh", [p], fields, title)


def papers(mk: Maker) -> list[Paper]:
    holder = mk.person("Lê Minh Châu", "1979-01-25", True, "025",
                       "khu 3, xã Tiên Kiên, huyện Lâm Thao, tỉnh Phú Thọ")
    child = mk.person("Trịnh Gia Hân", "2019-08-11", False, "030",
                      "thôn Hoàng Đường, xã Cẩm Vũ, huyện Cẩm Giàng, tỉnh Hải Dương")
    baby = mk.person("Cao Bảo Ngọc", "2016-04-18", False, "040",
                     "xóm 3, xã Nghi Phong, huyện Nghi Lộc, tỉnh Nghệ An")
    return [quyet_dinh(mk, date(2025, 2, 17)), to_trinh(mk, date(2025, 2, 5)),
            gcn_2024(mk, holder, date(2024, 10, 22)), thong_bao(mk, date(2025, 4, 1)),
            giay_moi(mk, date(2025, 3, 15)), hoa_don(mk, date(2025, 3, 14)),
            phieu_thu(mk, date(2025, 3, 18)), bang_ke(mk, date(2025, 3, 31)),
            trich_luc(mk, child, date(2025, 4, 9)), giay_khai_sinh(mk, baby, date(2016, 4, 29))]

