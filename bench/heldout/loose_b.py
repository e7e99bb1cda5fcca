"""Loose papers of the held-apart set, part two: papers of people (a list of citizens whose
title names the ID card, a will, a letter without a title right after it, a diploma, a page of
a savings book, a leaflet, a curriculum vitae, an undertaking)."""

from __future__ import annotations

from datetime import date

from draw import G, HPage, L, Maker, Paper, Person, dmy, header, motto, sign_one, titled, words_date
from draw import signer as signer_block
from forms import signatures

NAMES = ("Nguyễn Văn Tình", "Đào Thị Hảo", "Lê Quang Vinh", "Trần Thị Yến", "Phạm Văn Cường",
         "Đỗ Thị Thoa", "Vũ Minh Hiếu", "Hoàng Thị Lý", "Bùi Văn Sáng", "Đinh Thị Huyền",
         "Ngô Văn Lực", "Dương Thị Mến", "Tạ Văn Khởi", "Lò Văn Pình", "Mai Thị Xuân",
         "Quách Văn Hiệp", "Chu Thị Nhàn", "Hà Văn Phong")


def danh_sach(mk: Maker, day: date) -> Paper:
    """DANH SÁCH CÔNG DÂN ĐĂNG KÝ CẤP CĂN CƯỚC on two pages, a 12-digit number on every row;
    the table goes on on page 2 under its repeated column titles."""
    pages: list[HPage] = []
    rows = []
    for i, name in enumerate(NAMES, 1):
        born = date(1950 + (i * 7) % 55, 1 + i % 12, 1 + (i * 5) % 27)
        female = "Thị" in name
        sex = (1 if female else 0) + (2 if born.year >= 2000 else 0)
        rows.append([str(i), name, dmy(born), f"033{sex}{born.year % 100:02d}{mk.digits(6)}",
                     f"Thôn {('Phụng Công', 'Đồng Tỉnh', 'Ông Già')[i % 3]}"])
    head = ["STT", "Họ và tên", "Ngày sinh", "Số định danh cá nhân", "Địa chỉ"]
    p = mk.page("times", 12.0, (18.0, 196.0), 14.0)
    header(p, ("CÔNG AN HUYỆN VĂN GIANG", "CÔNG AN XÃ PHỤNG CÔNG"), "08/DS-CAX", None,
           parent=True, pt=12.0, split=88.0)
    title = titled(p, "DANH SÁCH CÔNG DÂN ĐĂNG KÝ CẤP CĂN CƯỚC", 14.0)
    p.center("Đợt tháng 4 năm 2025", "i", 12.0)
    p.table([12.0, 50.0, 28.0, 48.0, 40.0], [head, *rows[:12]], aligns="clccl", pt=11.5)
    pages.append(p)
    q = mk.page("times", 12.0, (18.0, 196.0), 18.0)
    q.table([12.0, 50.0, 28.0, 48.0, 40.0], [head, *rows[12:]], aligns="clccl", pt=11.5)
    q.field(f"Tổng số: {len(rows)} công dân.", style="b")
    q.gap(2.0)
    q.right(f"Phụng Công, {words_date(day)}", pt=12.0)
    signatures(q, ("NGƯỜI LẬP", "Thượng úy Lê Văn Cần"), ("TRƯỞNG CÔNG AN XÃ", "Đại úy Kim Văn "
               "Toản"), space=18.0, seal="right", pt=12.0)
    pages.append(q)
    fields = {"so_ky_hieu": "08/DS-CAX", "ngay_ban_hanh": day.isoformat(),
              "co_quan_ban_hanh": "Công an xã Phụng Công"}
    return Paper("other", "Danh sách công dân đăng ký cấp căn cước", "danh_sach", pages, fields,
                 title)


def di_chuc(mk: Maker, person: Person, day: date) -> Paper:
    """DI CHÚC on two pages: an older certificate's date in words comes before the will's own
    date, at its end."""
    p = mk.page("times", 14.0, (32.0, 192.0), 18.0)
    motto(p, 13.5)
    p.gap(4.0)
    title = titled(p, "DI CHÚC", 18.0)
    p.segs([(0, f"Tôi là: {person.upper}"), (92, f"Sinh ngày: {dmy(person.born)}")])
    p.field(f"Căn cước công dân số: {person.cccd}", hang=6.0)
    p.field(f"Thường trú tại: {person.home}", hang=6.0)
    p.p("Trong trạng thái tinh thần hoàn toàn minh mẫn, sáng suốt, không bị lừa dối, đe dọa "
        "hay cưỡng ép, tôi lập di chúc này để định đoạt tài sản của tôi sau khi tôi qua đời "
        "như sau:")
    p.p("1. Tài sản của tôi gồm: quyền sử dụng thửa đất số 87, tờ bản đồ số 6, diện tích 360 "
        "m2 tại thôn Phụng Công, theo Giấy chứng nhận quyền sử dụng đất số vào sổ CH 00912 do "
        "Ủy ban nhân dân huyện Văn Giang cấp ngày 20 tháng 10 năm 2012, cùng ngôi nhà cấp "
        "bốn xây dựng trên đất.")
    p.p("2. Tôi để lại toàn bộ tài sản nêu trên cho con trai tôi là Nguyễn Văn Long, sinh năm "
        "1975, với điều kiện anh Long có trách nhiệm phụng dưỡng mẹ là bà Lê Thị Gấm đến hết "
        "đời.")
    q = mk.page("times", 14.0, (32.0, 192.0), 20.0)
    q.p("3. Các con khác của tôi là Nguyễn Thị Hoa và Nguyễn Văn Tùng không được hưởng phần "
        "tài sản nêu trên; tôi đã chia cho các con phần tài sản khác khi các con lập gia đình.")
    q.p("4. Di chúc này thay thế mọi di chúc tôi lập trước đây, được lập thành 03 bản có giá "
        "trị như nhau, một bản do tôi giữ, một bản giao con trai tôi, một bản lưu tại Ủy ban "
        "nhân dân xã.")
    q.gap(3.0)
    q.right(f"Văn Giang, {words_date(day)}", pt=14.0)
    sign_one(q, signer_block(["NGƯỜI LẬP DI CHÚC"], person.name, "(Ký và ghi rõ họ tên)",
                             space=20.0, pt=14.0))
    q.gap(4.0)
    signatures(q, ("NGƯỜI LÀM CHỨNG THỨ NHẤT", "Đặng Văn Hòa"),
               ("NGƯỜI LÀM CHỨNG THỨ HAI", "Phùng Thị Nết"), space=18.0, pt=12.5)
    fields = {"ho_ten": person.upper, "so_cccd": person.cccd, "ngay_ban_hanh": day.isoformat()}
    return Paper("other", "Di chúc", "di_chuc", [p, q], fields, title)


def thu_xac_nhan(mk: Maker, person: Person, day: date) -> Paper:
    """A company's letter confirming employment, without any title line."""
    p = mk.page("arial", 12.0, (26.0, 190.0), 16.0)
    p.field("CÔNG TY TNHH PHẦN MỀM SAO MAI", style="b", pt=14.0)
    p.field("Tầng 9, tòa nhà Lạc Hồng, 85 Lê Văn Lương, Thanh Xuân, Hà Nội", pt=10.5)
    p.field("Điện thoại: 024 3568 2291 - Email: nhansu@saomai-soft.vn", pt=10.5)
    p.hline(26.0, 190.0, p.y + 1.0, 0.5)
    p.gap(6.0)
    p.right(f"Hà Nội, {words_date(day)}", pt=12.0)
    p.gap(4.0)
    p.field("Kính gửi: Quý cơ quan, tổ chức có liên quan")
    p.gap(2.0)
    p.p("Công ty TNHH Phần mềm Sao Mai xác nhận:")
    p.field(f"Ông/Bà: {person.upper}", x0=36.0)
    p.field(f"Sinh ngày: {dmy(person.born)}", x0=36.0)
    p.field(f"Số CCCD: {person.cccd}", x0=36.0)
    p.p("là nhân viên chính thức của Công ty từ ngày 01/06/2019 đến nay, hiện giữ chức vụ "
        "Trưởng nhóm kiểm thử phần mềm, hợp đồng lao động không xác định thời hạn; mức lương "
        "hiện hưởng 32.000.000 đồng/tháng.")
    p.p("Công ty đồng ý để ông nghỉ phép từ ngày 05/05/2025 đến ngày 16/05/2025 và bảo đảm vị "
        "trí công việc của ông khi trở lại làm việc.")
    p.p("Thư này được cấp theo đề nghị của người lao động để bổ sung hồ sơ xin thị thực.")
    p.gap(4.0)
    sign_one(p, [L("GIÁM ĐỐC", "b", 12.5), L(space=24.0), L("Tôn Thất Minh Quang", "b", 12.5)],
             seal=True)
    fields = {"ngay_ban_hanh": day.isoformat(), "ho_ten": person.upper, "so_cccd": person.cccd,
              "co_quan_ban_hanh": "Công ty TNHH Phần mềm Sao Mai"}
    return Paper("other", "Thư xác nhận", "thu_xac_nhan", [p], fields, None)


def bang_tot_nghiep(mk: Maker, day: date) -> Paper:
    """BẰNG TỐT NGHIỆP TRUNG HỌC PHỔ THÔNG: framed, the register number at the foot."""
    p = mk.page("times", 14.0, (26.0, 184.0), 22.0)
    p.frame()
    motto(p, 13.0)
    p.gap(4.0)
    p.center("GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI DƯƠNG", "b", 13.0)
    p.center("cấp", "i", 13.0)
    p.gap(2.0)
    title = titled(p, "BẰNG TỐT NGHIỆP\nTRUNG HỌC PHỔ THÔNG", 19.0)
    p.gap(2.0)
    for line in ("Cho: Phạm Gia Huy", "Ngày sinh: 05/11/2006",
                 "Nơi sinh: Hải Dương", "Giới tính: Nam    Dân tộc: Kinh",
                 "Năm tốt nghiệp: 2024", "Học sinh trường: THPT Cẩm Giàng"):
        p.field(line, x0=58.0)
    p.gap(6.0)
    p.right(f"Hải Dương, {words_date(day)}", pt=13.0)
    G.sign(p, [L(space=14.0), L("Số hiệu: THPT 0148231", "r", 12.0),
               L("Số vào sổ cấp bằng: 1257/THPT-2024", "r", 12.0)],
           [L("GIÁM ĐỐC", "b", 13.5), L(space=26.0), L("Lương Văn Việt", "b", 13.5)],
           seal="right", lbox=(28.0, 100.0), rbox=(104.0, 182.0))
    fields = {"so_ky_hieu": "1257/THPT-2024", "ngay_ban_hanh": day.isoformat(),
              "ho_ten": "Phạm Gia Huy", "co_quan_ban_hanh": "Sở Giáo dục và Đào tạo Hải Dương"}
    return Paper("other", "Bằng tốt nghiệp trung học phổ thông", "van_bang", [p], fields, title)


def so_tiet_kiem(mk: Maker) -> Paper:
    """An inside page of a savings book: no title, a 12-digit account number, an old 9-digit
    identity card number."""
    p = mk.page("narrow", 10.5, (20.0, 190.0), 24.0)
    p.field("Ngân hàng TMCP Đông Hải - Chi nhánh Văn Giang", style="b", pt=11.5)
    p.segs([(0, "Chủ tài khoản: Nguyễn Thị Bích"), (96, "Số sổ: ĐH 0182736")])
    p.segs([(0, "CMND số: 145238761"), (96, "Ngày cấp: 12/05/2010")])
    p.segs([(0, "Số tài khoản: 260810345872"), (96, "Kỳ hạn: 12 tháng - Lãi suất: 4,8%/năm")])
    p.gap(2.0)
    rows = [["Ngày", "Diễn giải", "Gửi vào", "Rút ra", "Số dư", "Kiểm soát"],
            ["15/01/2024", "Mở sổ", "200.000.000", "", "200.000.000", "KSV Hằng"],
            ["15/01/2025", "Nhập lãi kỳ 1", "9.600.000", "", "209.600.000", "KSV Hằng"],
            ["15/01/2025", "Tái tục kỳ 2", "", "", "209.600.000", "KSV Thu"],
            ["03/03/2025", "Rút một phần", "", "50.000.000", "159.600.000", "KSV Thu"]]
    p.table([24.0, 40.0, 28.0, 26.0, 28.0, 24.0], rows, aligns="clcccc", pt=10.0)
    p.gap(70.0)
    p.center("Quý khách vui lòng kiểm tra số dư sau mỗi lần giao dịch", "i", 9.5)
    return Paper("other", "Sổ tiết kiệm", "so_tiet_kiem", [p], {"ho_ten": "Nguyễn Thị Bích"},
                 None)


def to_roi(mk: Maker) -> Paper:
    """A leaflet whose headline, in large capitals, names a declaration form."""
    p = mk.page("arial", 13.0, (20.0, 190.0), 22.0)
    p.rect((14.0, 196.0, 14.0, 283.0), width=1.2, outline=(60, 60, 60), radius=6.0)
    title = titled(p, "NỘP TỜ KHAI TRỰC TUYẾN\nNHẬN KẾT QUẢ TẠI NHÀ", 22.0)
    p.center("Dịch vụ công trực tuyến - nhanh chóng, minh bạch, không mất thời gian chờ", "i",
             13.0)
    p.gap(6.0)
    for step in ("Bước 1: Truy cập Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID.",
                 "Bước 2: Đăng nhập bằng tài khoản định danh điện tử mức độ 2.",
                 "Bước 3: Chọn thủ tục, điền thông tin và đính kèm giấy tờ.",
                 "Bước 4: Nộp phí, lệ phí trực tuyến (nếu có).",
                 "Bước 5: Theo dõi tình trạng hồ sơ và nhận kết quả qua bưu điện."):
        p.field(step, hang=8.0, pt=14.0)
        p.gap(3.0)
    p.gap(8.0)
    p.center("MIỄN PHÍ CHUYỂN PHÁT KẾT QUẢ TRONG THÁNG 5", "b", 16.0)
    p.gap(20.0)
    p.center("Trung tâm Phục vụ hành chính công tỉnh Hưng Yên", "b", 13.0)
    p.center("Tổng đài hỗ trợ: 1900 8198 - Zalo: Hành chính công Hưng Yên", "r", 12.0)
    return Paper("other", "Tờ rơi hướng dẫn dịch vụ công trực tuyến", "to_roi", [p], {}, title)


def so_yeu_ly_lich(mk: Maker, person: Person, day: date) -> Paper:
    """SƠ YẾU LÝ LỊCH on two pages: the parents' names under labels too."""
    p = mk.page("times", 13.0, (26.0, 192.0), 16.0)
    motto(p)
    title = titled(p, "SƠ YẾU LÝ LỊCH", 16.0)
    p.rect((26.0, 56.0, p.y, p.y + 40.0), width=0.3)
    p.put(31.0, p.y + 21.0, "Ảnh 4x6", "i", 10.0, record=False)
    top = p.y
    p.x0 = 62.0
    p.segs([(0, f"Họ và tên: {person.upper}"), (84, f"Giới tính: {person.sex}")])
    p.field(f"Sinh ngày: {dmy(person.born)}")
    p.field("Nơi sinh: Cẩm Giàng, Hải Dương")
    p.field(f"Số CCCD: {person.cccd}")
    p.field("Ngày cấp: 08/06/2021")
    p.x0 = 26.0
    p.y = max(p.y, top + 44.0)
    p.field(f"Hộ khẩu thường trú: {person.home}", hang=6.0)
    p.segs([(0, "Dân tộc: Kinh"), (60, "Tôn giáo: Không")])
    p.field("Trình độ học vấn: 12/12; trình độ chuyên môn: Cử nhân kế toán")
    p.head("QUAN HỆ GIA ĐÌNH")
    for who, name, year, job in (("bố", "VƯƠNG VĂN TÙNG", 1970, "làm ruộng"),
                                 ("mẹ", "NGUYỄN THỊ HẠNH", 1973, "buôn bán")):
        p.field(f"Họ và tên {who}: {name}")
        p.segs([(0, f"Năm sinh: {year}"), (60, f"Nghề nghiệp: {job}")])
    q = mk.page("times", 13.0, (26.0, 192.0), 18.0)
    q.head("QUÁ TRÌNH HỌC TẬP VÀ CÔNG TÁC")
    rows = [["Từ tháng, năm", "Đến tháng, năm", "Học hoặc làm việc gì, ở đâu"],
            ["09/2014", "06/2017", "Học sinh Trường THPT Cẩm Giàng"],
            ["09/2017", "06/2021", "Sinh viên Học viện Tài chính, Hà Nội"],
            ["08/2021", "nay", "Kế toán viên, Công ty TNHH Minh Phát, Hải Dương"]]
    q.table([36.0, 36.0, 94.0], rows, pt=12.0)
    q.head("KHEN THƯỞNG, KỶ LUẬT")
    q.field("Không.")
    q.p("Tôi xin cam đoan những lời khai trên đây là đúng sự thật, nếu sai tôi xin hoàn toàn "
        "chịu trách nhiệm trước pháp luật.")
    q.gap(3.0)
    q.right(f"Hải Dương, {words_date(day)}", pt=13.0)
    sign_one(q, signer_block(["NGƯỜI KHAI"], person.name, "(Ký và ghi rõ họ tên)"))
    fields = {"ho_ten": person.upper, "so_cccd": person.cccd, "ngay_ban_hanh": day.isoformat()}
    return Paper("other", "Sơ yếu lý lịch", "so_yeu_ly_lich", [p, q], fields, title)


def cam_ket(mk: Maker, person: Person, day: date) -> Paper:
    """BẢN CAM KẾT of a shop owner to the commune."""
    p = mk.page("narrow", 12.0, (28.0, 192.0), 18.0)
    motto(p, 12.5)
    title = titled(p, "BẢN CAM KẾT", 16.0)
    p.center("(Về việc bảo đảm an toàn phòng cháy, chữa cháy tại cơ sở kinh doanh)", "i", 12.0)
    p.gap(2.0)
    p.center("Kính gửi: Ủy ban nhân dân xã Cẩm Vũ", "r", 12.0)
    p.gap(2.0)
    p.field(f"Tên tôi là: {person.upper}")
    p.field(f"Căn cước công dân số: {person.cccd}")
    p.field(f"Địa chỉ: {person.home}", hang=6.0)
    p.field("Chủ cơ sở kinh doanh: Hộ kinh doanh điện máy Hưởng Liên")
    p.p("Tôi xin cam kết: bố trí đủ bình chữa cháy tại cửa hàng, không tàng trữ hàng hóa dễ "
        "cháy nổ trái phép, bảo đảm lối thoát nạn luôn thông thoáng và chấp hành sự kiểm tra "
        "của cơ quan chức năng. Nếu vi phạm, tôi xin chịu hoàn toàn trách nhiệm trước pháp "
        "luật.")
    p.gap(3.0)
    p.right(f"Cẩm Vũ, {words_date(day)}", pt=12.0)
    sign_one(p, signer_block(["NGƯỜI CAM KẾT"], person.name, pt=12.0))
    fields = {"ho_ten": person.upper, "so_cccd": person.cccd, "ngay_ban_hanh": day.isoformat()}
    return Paper("other", "Bản cam kết", "cam_ket", [p], fields, title)


def xac_nhan_cu_tru(mk: Maker, person: Person, day: date) -> Paper:
    """XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ of a commune police."""
    p = mk.page("times", 13.0, (30.0, 195.0), 14.0)
    header(p, ("CÔNG AN HUYỆN VĂN GIANG", "CÔNG AN XÃ PHỤNG CÔNG"), "215/XN-CAX",
           f"Phụng Công, {words_date(day)}", parent=True, pt=12.0, split=86.0)
    title = titled(p, "XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ", 14.5)
    p.p("Theo đề nghị của công dân và căn cứ thông tin trong Cơ sở dữ liệu về cư trú, Công an "
        "xã Phụng Công xác nhận:")
    p.field(f"Họ, chữ đệm và tên: {person.upper}")
    p.segs([(0, f"Ngày, tháng, năm sinh: {dmy(person.born)}"), (96, f"Giới tính: {person.sex}")])
    p.field(f"Số định danh cá nhân: {person.cccd}")
    p.field(f"Nơi thường trú: {person.home}", hang=6.0)
    p.field("Thời điểm bắt đầu cư trú tại nơi thường trú: 15/08/2010", hang=6.0)
    p.field("Thông tin về chủ hộ: ĐỖ VĂN KHANG - Quan hệ với chủ hộ: Chủ hộ", hang=6.0)
    p.p("Xác nhận này có giá trị 30 ngày kể từ ngày cấp, dùng để bổ sung hồ sơ vay vốn tại "
        "Ngân hàng Chính sách xã hội huyện Văn Giang.")
    p.gap(3.0)
    sign_one(p, [L("TRƯỞNG CÔNG AN XÃ", "b", 13.0), L(space=24.0), L("Đại úy Kim Văn Toản", "b",
                 13.0)], seal=True)
    fields = {"so_ky_hieu": "215/XN-CAX", "ngay_ban_hanh": day.isoformat(),
              "ho_ten": person.upper, "so_cccd": person.cccd,
              "co_quan_ban_hanh": "Công an xã Phụng Công"}
    return Paper("other", "Xác nhận thông tin về cư trú", "xac_nhan_cu_tru", [p], fields, title)


def papers(mk: Maker) -> list[Paper]:
    testator = mk.person("Nguyễn Văn Lộc", "1948-07-12", True, "033",
                         "thôn Phụng Công, xã Phụng Công, huyện Văn Giang, tỉnh Hưng Yên")
    employee = mk.person("Trần Đăng Khoa", "1992-01-30", True, "001",
                         "số 14 ngõ 82 phố Chùa Láng, phường Láng Thượng, quận Đống Đa, Hà Nội")
    clerk = mk.person("Vương Thị Mai Anh", "1999-03-17", False, "030",
                      "thôn Tràng Kỹ, xã Tân Trường, huyện Cẩm Giàng, tỉnh Hải Dương")
    owner = mk.person("Mạc Văn Hưởng", "1981-10-06", True, "030",
                      "thôn Nghĩa Phú, xã Cẩm Vũ, huyện Cẩm Giàng, tỉnh Hải Dương")
    resident = mk.person("Đỗ Văn Khang", "1977-05-21", True, "033",
                         "thôn Đồng Tỉnh, xã Phụng Công, huyện Văn Giang, tỉnh Hưng Yên")
    return [danh_sach(mk, date(2025, 4, 25)), xac_nhan_cu_tru(mk, resident, date(2025, 4, 28)),
            di_chuc(mk, testator, date(2025, 1, 8)),
            thu_xac_nhan(mk, employee, date(2025, 3, 20)), bang_tot_nghiep(mk, date(2024, 7, 25)),
            so_tiet_kiem(mk), to_roi(mk), so_yeu_ly_lich(mk, clerk, date(2025, 4, 2)),
            cam_ket(mk, owner, date(2025, 5, 22))]
