"""Loose papers of known types in the second held-apart set, mostly of An Giang: a district's
decision, an official letter, minutes, a report (each on two pages), a building permit, a
household business certificate, a letter of introduction, a payment into the state budget, a
criminal-record certificate, a health-insurance card and a marriage certificate."""

from __future__ import annotations

from datetime import date

from parts import (
    G,
    L,
    Maker,
    Paper,
    dmy,
    in_words,
    in_words_short,
    letterhead,
    recipients,
    sign_both,
    sign_right,
    signer,
    split_header,
    title,
)

CHAU_THANH = "huyện Châu Thành, tỉnh An Giang"


def quyet_dinh(mk: Maker) -> Paper:
    """A district's regulatory decision on two pages (15/2025/QĐ-UBND): laws cited with their
    dates, the articles, the signature with a red seal on page 2 (colour)."""
    day = date(2025, 2, 26)
    p = mk.page("serif", 12.0, (28.0, 192.0), 14.0, color=True)
    split_header(p, ("ỦY BAN NHÂN DÂN", "HUYỆN CHÂU THÀNH"), "15/2025/QĐ-UBND",
                 f"Châu Thành, {in_words(day)}")
    head = title(p, "QUYẾT ĐỊNH", 14.5, ["Ban hành Quy định quản lý chợ trên địa bàn huyện"])
    p.line("ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH", "b", 12.5, align="c")
    p.gap(1.0)
    for base in ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                 "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;",
                 "Căn cứ Nghị định số 60/2024/NĐ-CP ngày 05 tháng 6 năm 2024 của Chính phủ về "
                 "phát triển và quản lý chợ;",
                 "Theo đề nghị của Trưởng phòng Kinh tế tại Tờ trình số 38/TTr-KT ngày "
                 "14/02/2025."):
        p.p(base, style="i", indent=8.0)
    p.line("QUYẾT ĐỊNH:", "b", 12.5, align="c")
    p.p("Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý chợ trên địa bàn huyện "
        "Châu Thành.", indent=8.0)
    p.p("Điều 2. Quyết định này có hiệu lực kể từ ngày 10 tháng 3 năm 2025 và thay thế Quyết "
        "định số 09/2019/QĐ-UBND ngày 18 tháng 4 năm 2019 của Ủy ban nhân dân huyện.",
        indent=8.0)
    q = mk.page("serif", 12.0, (28.0, 192.0), 18.0, color=True)
    q.p("Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Kinh tế, Trưởng phòng Tài "
        "chính - Kế hoạch, Chủ tịch UBND các xã, thị trấn và các tổ chức, cá nhân có liên quan "
        "chịu trách nhiệm thi hành Quyết định này./.", indent=8.0)
    q.gap(4.0)
    sign_both(q, recipients(["Như Điều 3", "Sở Công Thương", "TT. Huyện ủy, HĐND huyện",
                             "Lưu: VT, KT"]),
              signer(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Nguyễn Thanh Bình", "", 30.0),
              seal="right")
    fields = {"so_ky_hieu": "15/2025/QĐ-UBND", "ngay_ban_hanh": day.isoformat(),
              "co_quan_ban_hanh": "Ủy ban nhân dân huyện Châu Thành"}
    return Paper("quyet_dinh", "Quyết định", "quyet_dinh", [p, q], fields, head)


def cong_van(mk: Maker) -> Paper:
    """An official letter: no title, its subject under the number (V/v), addressees, a letter
    of the province it answers with that letter's number and date."""
    day = date(2025, 3, 12)
    p = mk.page("serif", 12.5, (28.0, 192.0), 14.0)
    split_header(p, ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI"),
                 "231/CV-VPĐKĐĐ", f"An Giang, {in_words(day)}", parent=True)
    p.line("V/v hướng dẫn thành phần hồ sơ đăng ký biến động", "i", 11.0, x0=12.0)
    p.line("đất đai khi nhận thừa kế", "i", 11.0, x0=12.0)
    p.gap(3.0)
    p.line("Kính gửi: Chi nhánh Văn phòng đăng ký đất đai các huyện, thị xã, thành phố.",
           "r", 12.5, align="c")
    p.gap(2.0)
    for para in ("Thực hiện Công văn số 1587/UBND-KTN ngày 03/3/2025 của Ủy ban nhân dân tỉnh "
                 "về việc rà soát thủ tục hành chính lĩnh vực đất đai, Văn phòng đăng ký đất "
                 "đai hướng dẫn như sau:",
                 "1. Khi tiếp nhận hồ sơ đăng ký biến động do nhận thừa kế, bộ phận một cửa chỉ "
                 "yêu cầu người nộp xuất trình căn cước, không yêu cầu nộp bản sao.",
                 "2. Trường hợp văn bản thỏa thuận phân chia di sản đã ghi số định danh cá nhân "
                 "của người để lại di sản thì không yêu cầu nộp thêm trích lục khai tử.",
                 "3. Thời gian giải quyết không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ "
                 "hợp lệ.",
                 "Trong quá trình thực hiện, nếu có vướng mắc đề nghị liên hệ Phòng Đăng ký và "
                 "Cấp giấy (điện thoại 0296.3857.214) để được hướng dẫn."):
        p.p(para, indent=10.0, align="j")
    p.gap(4.0)
    sign_both(p, recipients(["Như trên", "Sở NN&MT (để báo cáo)", "Lưu: VT, ĐKCG"]),
              signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Lê Hoàng Khải", "", 20.0))
    fields = {"so_ky_hieu": "231/CV-VPĐKĐĐ", "ngay_ban_hanh": day.isoformat(),
              "co_quan_ban_hanh": "Văn phòng đăng ký đất đai"}
    return Paper("cong_van", "Công văn", "cong_van", [p], fields, None)


def bien_ban(mk: Maker) -> Paper:
    """BIÊN BẢN of a site inspection on two pages: the land user inspected, his number on the
    line after his name, the members' signatures on the untitled second page."""
    day = date(2025, 5, 14)
    user = mk.person("Châu Văn Hùng", "1969-03-08", True, "089", f"ấp Hòa Long, xã Vĩnh Thành, "
                     f"{CHAU_THANH}")
    p = mk.page("sans", 10.5, (22.0, 192.0), 14.0)
    split_header(p, ("VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", "CHI NHÁNH CHÂU THÀNH"), "57/BB-CNCT", None,
                 parent=True, pt=10.5)
    head = title(p, "BIÊN BẢN", 14.0, ["Kiểm tra hiện trạng sử dụng đất"])
    p.p(f"Hôm nay, vào lúc 08 giờ 30 phút, ngày {dmy(day, pad=False)}, tại thửa đất số 512, tờ "
        f"bản đồ số 21, ấp Hòa Long, xã Vĩnh Thành, {CHAU_THANH}.", indent=8.0)
    p.line("I. THÀNH PHẦN", "b")
    p.field("1. Ông Trịnh Quốc Toàn - Viên chức Chi nhánh Văn phòng đăng ký đất đai;", hang=6.0)
    p.field("2. Bà Lê Thị Mộng Cầm - Công chức địa chính xã Vĩnh Thành;", hang=6.0)
    p.field(f"3. Người sử dụng đất: Ông {user.upper}")
    p.field(f"   CCCD số: {user.cccd}, cấp ngày 14/8/2021")
    p.line("II. NỘI DUNG KIỂM TRA", "b")
    p.p("Thửa đất có ranh giới rõ ràng, không tranh chấp. Hiện trạng trên đất có 01 căn nhà "
        "cấp 4 diện tích 84 m² và cây ăn trái lâu năm. Diện tích đo đạc thực tế 1.032,4 m², "
        "tăng 12,4 m² so với Giấy chứng nhận đã cấp do sai số đo đạc.", indent=8.0)
    q = mk.page("sans", 10.5, (22.0, 192.0), 18.0)
    q.line("III. KẾT LUẬN", "b")
    q.p("Hiện trạng sử dụng đất phù hợp với hồ sơ đề nghị. Đề nghị Chi nhánh tiếp tục giải "
        "quyết hồ sơ theo quy định.", indent=8.0)
    q.p("Biên bản kết thúc vào lúc 09 giờ 45 phút cùng ngày, đã đọc lại cho các thành phần "
        "tham dự cùng nghe, thống nhất ký tên./.", indent=8.0)
    q.gap(4.0)
    sign_both(q, signer(["NGƯỜI SỬ DỤNG ĐẤT"], user.name, "", 18.0, 11.0),
              signer(["CÔNG CHỨC ĐỊA CHÍNH"], "Lê Thị Mộng Cầm", "", 18.0, 11.0))
    q.gap(4.0)
    sign_right(q, signer(["VIÊN CHỨC CHI NHÁNH"], "Trịnh Quốc Toàn", "", 18.0, 11.0))
    fields = {"so_ky_hieu": "57/BB-CNCT", "ngay_ban_hanh": day.isoformat(),
              "co_quan_ban_hanh": "Chi nhánh Châu Thành", "ho_ten": user.upper,
              "so_cccd": user.cccd}
    return Paper("bien_ban", "Biên bản", "bien_ban", [p, q], fields, head)


def bao_cao(mk: Maker) -> Paper:
    """BÁO CÁO of a commune on two pages, figures in tables, the quarter's dates before the
    date of the report (at the top)."""
    day = date(2025, 4, 4)
    p = mk.page("serif", 11.5, (24.0, 192.0), 14.0, dpi=300)
    split_header(p, ("UBND HUYỆN CHÂU THÀNH", "UBND XÃ VĨNH THÀNH"), "42/BC-UBND",
                 f"Vĩnh Thành, ngày {dmy(day)}", parent=True)
    head = title(p, "BÁO CÁO", 14.5, ["Kết quả giải quyết thủ tục hành chính quý I năm 2025"])
    p.p(f"Trong kỳ báo cáo (từ ngày {dmy(date(2024, 12, 15))} đến ngày {dmy(date(2025, 3, 14))})"
        ", Bộ phận Một cửa xã Vĩnh Thành tiếp nhận và giải quyết hồ sơ như sau:", indent=8.0)
    p.line("1. Tình hình tiếp nhận", "b")
    rows = [["Lĩnh vực", "Tiếp nhận", "Trực tuyến", "Kỳ trước chuyển qua"],
            ["Hộ tịch", "186", "121", "4"], ["Chứng thực", "402", "17", "0"],
            ["Đất đai", "58", "9", "11"], ["Bảo trợ xã hội", "33", "5", "2"],
            ["Tổng cộng", "679", "152", "17"]]
    p.table([52.0, 36.0, 36.0, 44.0], rows, aligns="lccc", pt=10.5)
    p.line("2. Kết quả giải quyết", "b")
    p.p("Đã giải quyết 671 hồ sơ, trong đó trước và đúng hạn 664 hồ sơ (đạt 98,96%), trễ hạn "
        "07 hồ sơ thuộc lĩnh vực đất đai do phải xác minh nguồn gốc sử dụng đất.", indent=8.0)
    q = mk.page("serif", 11.5, (24.0, 192.0), 18.0, dpi=300)
    q.line("3. Khó khăn, vướng mắc", "b")
    q.p("Đường truyền mạng thường xuyên gián đoạn; một số người dân cao tuổi chưa sử dụng được "
        "dịch vụ công trực tuyến.", indent=8.0)
    q.line("4. Kiến nghị", "b")
    q.p("Đề nghị UBND huyện trang bị thêm 01 máy quét tài liệu cho Bộ phận Một cửa xã để số "
        "hóa hồ sơ, kết quả giải quyết thủ tục hành chính.", indent=8.0)
    q.gap(4.0)
    sign_both(q, recipients(["UBND huyện (b/c)", "Văn phòng HĐND và UBND huyện", "Lưu: VT"]),
              signer(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Phạm Văn Tuấn", "", 20.0))
    fields = {"so_ky_hieu": "42/BC-UBND", "ngay_ban_hanh": day.isoformat(),
              "co_quan_ban_hanh": "UBND xã Vĩnh Thành"}
    return Paper("bao_cao", "Báo cáo", "bao_cao", [p, q], fields, head)


def giay_phep_xay_dung(mk: Maker) -> Paper:
    """GIẤY PHÉP XÂY DỰNG, the number under the title, the holder after "Cấp cho:"."""
    day = date(2025, 1, 20)
    holder = mk.person("Hà Thị Kim Oanh", "1979-06-30", False, "019",
                       "tổ dân phố Đồng Tiến, thị trấn Hương Sơn, huyện Phú Bình, tỉnh Thái Nguyên")
    p = mk.page("serif", 12.0, (26.0, 190.0), 14.0, dpi=300)
    split_header(p, ("ỦY BAN NHÂN DÂN", "HUYỆN PHÚ BÌNH"), None,
                 f"Phú Bình, {in_words_short(day)}")
    head = title(p, "GIẤY PHÉP XÂY DỰNG", 15.5)
    p.line("Số: 87/GPXD", "b", 12.5, align="c")
    p.line("(Sử dụng cho nhà ở riêng lẻ)", "i", 11.0, align="c")
    p.gap(2.0)
    p.field(f"1. Cấp cho: Bà {holder.upper}")
    p.field(f"   Địa chỉ: {holder.home}", hang=8.0)
    p.field("2. Được phép xây dựng công trình: Nhà ở riêng lẻ")
    p.field("   - Theo thiết kế: do Công ty TNHH Xây dựng Đại Phát lập tháng 12/2024", hang=8.0)
    p.field("   - Vị trí xây dựng: thửa đất số 77, tờ bản đồ số 3, thị trấn Hương Sơn", hang=8.0)
    p.field("   - Cốt nền: +0,60 m; mật độ xây dựng: 78%; hệ số sử dụng đất: 2,3", hang=8.0)
    p.field("   - Diện tích xây dựng tầng 1: 88,5 m²; tổng diện tích sàn: 203,6 m²", hang=8.0)
    p.field("   - Chiều cao công trình: 11,2 m; số tầng: 03", hang=8.0)
    p.field("3. Giấy tờ về đất đai: Giấy chứng nhận số DH 118302 cấp ngày 09/11/2022", hang=8.0)
    p.field("4. Giấy phép này có hiệu lực khởi công xây dựng trong thời hạn 12 tháng kể từ "
            "ngày cấp.", hang=8.0)
    p.gap(3.0)
    sign_both(p, recipients(["Như trên", "Phòng Kinh tế - Hạ tầng", "Lưu: VT"]),
              signer(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Trần Đức Hạnh", "", 20.0))
    fields = {"so_ky_hieu": "87/GPXD", "ngay_ban_hanh": day.isoformat(),
              "co_quan_ban_hanh": "Ủy ban nhân dân huyện Phú Bình", "ho_ten": holder.upper}
    return Paper("giay_phep_xay_dung", "Giấy phép xây dựng", "giay_phep_xay_dung", [p], fields,
                 head)


def gcn_ho_kinh_doanh(mk: Maker) -> Paper:
    """GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH: the business's code (not a number after "Số"),
    the owner's details in a frame."""
    day = date(2025, 1, 6)
    owner = mk.person("Lâm Thị Bích Tuyền", "1985-11-09", False, "089",
                      f"ấp An Hòa, xã Cần Đăng, {CHAU_THANH}")
    p = mk.page("sans", 10.5, (22.0, 192.0), 14.0)
    split_header(p, ("UBND HUYỆN CHÂU THÀNH", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"), None, None,
                 parent=True, pt=10.5)
    head = title(p, "GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH", 14.0)
    p.line("Mã số hộ kinh doanh: 51H8003127", "b", 11.5, align="c")
    p.line(f"Đăng ký lần đầu: {in_words(day)}", "i", 10.5, align="c")
    p.gap(2.0)
    p.field("1. Tên hộ kinh doanh: TIỆM BÁNH BÍCH TUYỀN", style="b")
    p.field(f"2. Địa điểm kinh doanh: {owner.home}", hang=6.0)
    p.field("3. Ngành, nghề kinh doanh: Sản xuất, bán lẻ bánh ngọt, bánh mì", hang=6.0)
    p.field("4. Vốn kinh doanh: 150.000.000 đồng (Một trăm năm mươi triệu đồng)", hang=6.0)
    p.field("5. Số lượng lao động: 04 người")
    p.field("6. Chủ hộ kinh doanh:", style="b")
    top = p.y
    p.field(f"Họ và tên: {owner.upper}   Giới tính: Nữ", x0=30.0)
    p.field(f"Sinh ngày: {dmy(owner.born)}   Dân tộc: Kinh   Quốc tịch: Việt Nam", x0=30.0)
    p.field(f"Số định danh cá nhân: {owner.cccd}", x0=30.0)
    p.field(f"Nơi cư trú: {owner.home}", x0=30.0, hang=6.0)
    p.rect((27.0, 190.0, top - 1.5, p.y + 1.0), width=0.3)
    p.gap(4.0)
    sign_right(p, signer(["TRƯỞNG PHÒNG"], "Đỗ Minh Triết", "", 20.0, 11.0))
    fields = {"ngay_ban_hanh": day.isoformat(), "co_quan_ban_hanh": "Phòng Tài chính - Kế hoạch",
              "ho_ten": owner.upper, "so_cccd": owner.cccd}
    return Paper("gcn_ho_kinh_doanh", "Giấy chứng nhận đăng ký hộ kinh doanh",
                 "gcn_ho_kinh_doanh", [p], fields, head)


def giay_gioi_thieu(mk: Maker) -> Paper:
    """GIẤY GIỚI THIỆU on a company's letterhead, the person introduced with their position on
    the same line, a validity date after the date of the paper."""
    day = date(2025, 6, 3)
    p = mk.page("sans", 11.0, (24.0, 190.0), 14.0)
    letterhead(p, "CÔNG TY CỔ PHẦN THỦY SẢN HẢI ĐĂNG",
               ["Lô C2, KCN Bình Hòa, huyện Châu Thành, tỉnh An Giang", "MST: 1601928374 - "
                "ĐT: 0296.3761.552"])
    p.segs([(0, "Số: 18/GGT-HĐ"), (88, f"Châu Thành, {in_words(day)}")], "i", 10.5)
    p.gap(3.0)
    head = title(p, "GIẤY GIỚI THIỆU", 16.0)
    p.field("Công ty Cổ phần Thủy sản Hải Đăng trân trọng giới thiệu:")
    p.field("Ông: Nguyễn Hữu Phước      Chức vụ: Chuyên viên pháp chế", style="b")
    p.field("Được cử đến: Chi nhánh Văn phòng đăng ký đất đai huyện Châu Thành", hang=6.0)
    p.field("Về việc: Nộp hồ sơ và nhận kết quả đăng ký thế chấp quyền sử dụng đất thuê của "
            "Công ty.", hang=6.0)
    p.field("Đề nghị Quý cơ quan tạo điều kiện để ông Phước hoàn thành nhiệm vụ.")
    p.field(f"Giấy này có giá trị đến hết ngày {dmy(date(2025, 6, 30))}.", style="i")
    p.gap(4.0)
    sign_both(p, [L("Người được giới thiệu", "b", 11.0), L(space=14.0),
                  L("Nguyễn Hữu Phước", "b", 11.0)],
              signer(["TỔNG GIÁM ĐỐC"], "Trần Thị Ngọc Diệp", "", 30.0), seal="right")
    fields = {"so_ky_hieu": "18/GGT-HĐ", "ngay_ban_hanh": day.isoformat(),
              "co_quan_ban_hanh": "Công ty Cổ phần Thủy sản Hải Đăng",
              "ho_ten": "Nguyễn Hữu Phước"}
    return Paper("giay_gioi_thieu", "Giấy giới thiệu", "giay_gioi_thieu", [p], fields, head)


def giay_nop_tien(mk: Maker) -> Paper:
    """GIẤY NỘP TIỀN VÀO NGÂN SÁCH NHÀ NƯỚC printed in colour: no agency header, the payer's
    tax code (their identity number), the treasury's and the bank's accounts."""
    day = date(2025, 5, 27)
    payer = mk.person("Tô Minh Nhựt", "1977-02-14", True, "089",
                      f"ấp Bình Thạnh, xã Bình Hòa, {CHAU_THANH}")
    p = mk.page("sans", 10.0, (16.0, 194.0), 14.0, color=True)
    p.segs([(0, "Không ghi vào khu vực này"), (120, "Mẫu số: C1-02/NS")], "i", 9.0)
    head = title(p, "GIẤY NỘP TIỀN VÀO NGÂN SÁCH NHÀ NƯỚC", 14.0)
    p.line("Số: 0004127", "r", 10.5, align="c")
    p.line("Tiền mặt [ ]     Chuyển khoản [X]", "r", 10.0, align="c")
    p.gap(1.5)
    p.field(f"Người nộp thuế: {payer.upper}")
    p.field(f"Mã số thuế: {payer.cccd}")
    p.field(f"Địa chỉ: {payer.home}", hang=6.0)
    p.field("Đề nghị NH/KBNN: Ngân hàng TMCP Công Thương chi nhánh An Giang trích TK số: "
            "108874213356 để chuyển cho KBNN: Kho bạc Nhà nước khu vực XIX", hang=6.0)
    p.field("Nộp vào tài khoản thu NSNN số: 7111 tại KBNN khu vực XIX", hang=6.0)
    p.field("Cơ quan quản lý thu: Thuế cơ sở 5 tỉnh An Giang", hang=6.0)
    rows = [["STT", "Số tờ khai / Số quyết định / Số thông báo", "Nội dung các khoản nộp NSNN",
             "Số tiền"],
            ["1", "TB số 6612/TB-CCT ngày 20/05/2025", "Lệ phí trước bạ nhà, đất", "2.745.000"],
            ["2", "TB số 6613/TB-CCT ngày 20/05/2025", "Tiền sử dụng đất", "41.800.000"],
            ["", "", "Tổng cộng", "44.545.000"]]
    p.table([14.0, 64.0, 64.0, 36.0], rows, aligns="clll", pt=9.5)
    p.field("Tổng số tiền ghi bằng chữ: Bốn mươi bốn triệu năm trăm bốn mươi lăm nghìn đồng.",
            style="i", hang=6.0)
    p.gap(2.0)
    sign_both(p, [L("NGƯỜI NỘP TIỀN", "b", 10.5), L(f"Ngày {dmy(day)}", "i", 10.0),
                  L(space=14.0), L(payer.name, "b", 10.5)],
              [L("NGÂN HÀNG A", "b", 10.5), L(f"Ngày {dmy(day)}", "i", 10.0),
               L("Kế toán", "b", 10.0), L(space=14.0), L("Phan Thị Ngọc Hà", "b", 10.5)])
    fields = {"so_ky_hieu": "0004127", "ngay_ban_hanh": day.isoformat(), "ho_ten": payer.upper,
              "so_cccd": payer.cccd}
    return Paper("giay_nop_tien_nsnn", "Giấy nộp tiền vào ngân sách nhà nước", "giay_nop_tien",
                 [p], fields, head)


def phieu_lltp(mk: Maker) -> Paper:
    """PHIẾU LÝ LỊCH TƯ PHÁP SỐ 1 of a provincial department of justice."""
    day = date(2025, 4, 17)
    who = mk.person("Quách Ngọc Hân", "1998-10-21", False, "089",
                    "số 12 Trần Hưng Đạo, phường Mỹ Bình, thành phố Long Xuyên, tỉnh An Giang")
    p = mk.page("serif", 12.0, (26.0, 190.0), 14.0)
    split_header(p, ("UBND TỈNH AN GIANG", "SỞ TƯ PHÁP"), "2407/LLTP-STP",
                 f"An Giang, ngày {dmy(day)}", parent=True)
    head = title(p, "PHIẾU LÝ LỊCH TƯ PHÁP SỐ 1", 15.0)
    p.p("Căn cứ Luật Lý lịch tư pháp ngày 17 tháng 6 năm 2009; căn cứ Tờ khai yêu cầu cấp "
        f"Phiếu lý lịch tư pháp ngày {dmy(date(2025, 4, 8))} của bà Quách Ngọc Hân,", style="i",
        indent=8.0)
    p.line("SỞ TƯ PHÁP TỈNH AN GIANG XÁC NHẬN:", "b", 12.0, align="c")
    p.segs([(0, f"1. Họ và tên: {who.upper}"), (98, "2. Giới tính: Nữ")])
    p.field(f"3. Ngày, tháng, năm sinh: {dmy(who.born)}   4. Nơi sinh: Long Xuyên, An Giang")
    p.field("5. Quốc tịch: Việt Nam   6. Dân tộc: Kinh")
    p.field(f"7. Nơi cư trú: {who.home}", hang=8.0)
    p.field(f"8. Số định danh cá nhân: {who.cccd}")
    p.field("9. Tình trạng án tích: Không có án tích.", style="b")
    p.field("10. Thông tin về việc cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp, hợp "
            "tác xã: Không bị cấm.", hang=8.0)
    p.gap(3.0)
    sign_both(p, [L("Người lập phiếu", "b", 11.5), L(space=16.0), L("Kiều Thanh Tâm", "b", 11.5)],
              signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Võ Thị Hồng Nhung", "", 20.0))
    fields = {"so_ky_hieu": "2407/LLTP-STP", "ngay_ban_hanh": day.isoformat(),
              "co_quan_ban_hanh": "Sở Tư pháp", "ho_ten": who.upper, "so_cccd": who.cccd}
    return Paper("phieu_ly_lich_tu_phap", "Phiếu lý lịch tư pháp", "phieu_lltp", [p], fields,
                 head)


def the_bhyt(mk: Maker) -> Paper:
    """A photocopy of a health-insurance card, front and back, actual size and a half."""
    who = mk.person("Lưu Gia Huy", "2016-04-03", True, "089", f"xã An Hòa, {CHAU_THANH}")
    p = mk.page("sans", 10.0, (20.0, 190.0), 20.0, dpi=300)
    s = 1.5
    x = (210.0 - G.Card.W * s) / 2
    f = G.Card(p, x, 30.0, s)
    f.emblem()
    f.text(50.0, 5.0, "BẢO HIỂM XÃ HỘI VIỆT NAM", "b", 4.6, "c")
    f.text(50.0, 10.0, "THẺ BẢO HIỂM Y TẾ", "b", 7.0, "c")
    f.text(6.0, 18.0, "Mã số: HS4898723194521", "b", 5.0)
    f.text(6.0, 23.0, f"Họ và tên: {who.upper}", "b", 4.8)
    f.segs(27.6, [(6.0, f"Ngày sinh: {dmy(who.born)}"), (46.0, "Giới tính: Nam")], pt=4.4)
    f.text(6.0, 32.0, f"Địa chỉ: {who.home}", "r", 4.2)
    f.text(6.0, 36.4, "Nơi ĐKKCB ban đầu: Trung tâm Y tế huyện Châu Thành", "r", 4.2)
    f.text(6.0, 40.8, f"Giá trị sử dụng: từ {dmy(date(2025, 1, 1))}", "r", 4.2)
    f.text(6.0, 45.2, f"Thời điểm đủ 5 năm liên tục: {dmy(date(2021, 1, 1))}", "r", 4.2)
    b = G.Card(p, x, 30.0 + G.Card.H * s + 10.0, s)
    b.text(43.0, 6.0, "NHỮNG ĐIỀU CẦN LƯU Ý", "b", 5.0, "c")
    for i, note in enumerate(("1. Xuất trình thẻ khi đi khám bệnh, chữa bệnh.",
                              "2. Không cho người khác mượn thẻ.",
                              "3. Khi thay đổi thông tin, liên hệ cơ quan BHXH để điều chỉnh.",
                              "4. Tra cứu: baohiemxahoi.gov.vn")):
        b.text(4.0, 12.0 + i * 5.0, note, "r", 4.2)
    fields = {"so_ky_hieu": "HS4898723194521", "ho_ten": who.upper,
              "co_quan_ban_hanh": "Bảo hiểm xã hội Việt Nam"}
    return Paper("the_bhyt", "Thẻ bảo hiểm y tế", "the_bhyt", [p], fields, "THẺ BẢO HIỂM Y TẾ")


def gcn_ket_hon(mk: Maker) -> Paper:
    """GIẤY CHỨNG NHẬN KẾT HÔN: husband and wife side by side, the register's book number."""
    day = date(2025, 4, 19)
    home = f"xã Vĩnh Thành, {CHAU_THANH}"
    husband = mk.person("Đặng Quốc Thịnh", "1996-07-12", True, "089", home)
    wife = mk.person("Huỳnh Ngọc Như", "1999-03-27", False, "089", home)
    p = mk.page("serif", 11.0, (22.0, 192.0), 14.0)
    p.frame()
    split_header(p, ("UBND HUYỆN CHÂU THÀNH", "UBND XÃ VĨNH THÀNH"), "24", None, parent=True,
                 pt=11.0)
    p.line("Quyển số: 01/2025", "r", 11.0, x0=p.x0)
    head = title(p, "GIẤY CHỨNG NHẬN KẾT HÔN", 16.0)
    left = [L("Họ, chữ đệm, tên vợ:", "r", 10.5, align="l"), L(wife.upper, "b", 11.0, align="l"),
            L(f"Ngày sinh: {dmy(wife.born)}", "r", 10.5, align="l"),
            L("Dân tộc: Kinh  Quốc tịch: Việt Nam", "r", 10.5, align="l"),
            L("Số định danh cá nhân:", "r", 10.5, align="l"), L(wife.cccd, "r", 10.5, align="l")]
    right = [L("Họ, chữ đệm, tên chồng:", "r", 10.5, align="l"),
             L(husband.upper, "b", 11.0, align="l"),
             L(f"Ngày sinh: {dmy(husband.born)}", "r", 10.5, align="l"),
             L("Dân tộc: Kinh  Quốc tịch: Việt Nam", "r", 10.5, align="l"),
             L("Số định danh cá nhân:", "r", 10.5, align="l"),
             L(husband.cccd, "r", 10.5, align="l")]
    p.pair(left, right, (24.0, 104.0), (110.0, 192.0))
    p.gap(2.0)
    p.field(f"Nơi cư trú: {home}", hang=6.0)
    p.field(f"Nơi đăng ký kết hôn: Ủy ban nhân dân xã Vĩnh Thành, {CHAU_THANH}", hang=6.0)
    p.field(f"Ngày, tháng, năm đăng ký: {in_words_short(day)}")
    p.gap(2.0)
    sign_both(p, [L("Chữ ký của vợ", "b", 11.0), L(space=14.0), L(wife.name, "b", 11.0)],
              [L("Chữ ký của chồng", "b", 11.0), L(space=14.0), L(husband.name, "b", 11.0)])
    sign_right(p, signer(["CHỦ TỊCH"], "Phạm Văn Tuấn", "", 18.0, 11.0))
    fields = {"so_ky_hieu": "24", "ngay_ban_hanh": day.isoformat(),
              "co_quan_ban_hanh": "UBND xã Vĩnh Thành", "ho_ten": husband.upper,
              "so_cccd": husband.cccd}
    return Paper("giay_chung_nhan_ket_hon", "Giấy chứng nhận kết hôn", "gcn_ket_hon", [p],
                 fields, head)


def papers(mk: Maker) -> list[Paper]:
    """The loose papers of known types, in scan order."""
    return [quyet_dinh(mk), giay_phep_xay_dung(mk), cong_van(mk), bien_ban(mk),
            gcn_ket_hon(mk), giay_gioi_thieu(mk), bao_cao(mk), giay_nop_tien(mk),
            phieu_lltp(mk), the_bhyt(mk), gcn_ho_kinh_doanh(mk)]
