"""Two more dossiers of the held-apart set: a household business registered (with a family
meeting's minutes, a lease and an untitled floor plan) and a driving licence exchanged (with a
health certificate on two pages and a copy of the old licence)."""

from __future__ import annotations

from datetime import date, datetime

from draw import (
    Dossier,
    L,
    Maker,
    Paper,
    Person,
    dmy,
    header,
    motto,
    sign_one,
    signer,
    titled,
    words_date,
)
from forms import Counter, cccd_2016, driving_licence, receipt, signatures

HOME_CV = "thôn Hoàng Đường, xã Cẩm Vũ, huyện Cẩm Giàng, tỉnh Hải Dương"


def de_nghi_hkd(mk: Maker, owner: Person, wife: Person, day: date) -> Paper:
    """GIẤY ĐỀ NGHỊ ĐĂNG KÝ HỘ KINH DOANH on two pages: a 12-digit bank account on the line
    before the owner's ID number; the members' ID numbers in a table on page 2."""
    p = mk.page("times", 13.0, (28.0, 194.0), 16.0)
    motto(p)
    title = titled(p, "GIẤY ĐỀ NGHỊ\nĐĂNG KÝ HỘ KINH DOANH", 14.5)
    p.center("Kính gửi: Phòng Tài chính - Kế hoạch huyện Cẩm Giàng", "i")
    p.gap(2.0)
    p.field(f"Tôi là (ghi họ tên bằng chữ in hoa): {owner.upper}")
    p.segs([(0, f"Giới tính: {owner.sex}"), (40, f"Sinh ngày: {dmy(owner.born)}"),
            (100, "Dân tộc: Kinh")])
    p.field("Số tài khoản: 190312874456 tại Ngân hàng TMCP Kỹ thương Việt Nam", hang=6.0)
    p.field(f"Căn cước công dân số: {owner.cccd}, cấp ngày 22/04/2021", hang=6.0)
    p.field(f"Nơi thường trú: {owner.home}", hang=6.0)
    p.field("Đăng ký hộ kinh doanh do tôi là chủ hộ với các nội dung sau:")
    p.field("1. Tên hộ kinh doanh (ghi bằng chữ in hoa): HỘ KINH DOANH TẠP HÓA BẢO NHUNG",
            hang=6.0)
    p.field("2. Địa chỉ trụ sở hộ kinh doanh: số 18, đường tỉnh 394, thôn Hoàng Đường, xã Cẩm "
            "Vũ, huyện Cẩm Giàng, tỉnh Hải Dương", hang=6.0)
    p.segs([(0, f"Điện thoại: {owner.phone}"), (80, "Email: baonhung.taphoa@gmail.com")])
    p.field("3. Ngành, nghề kinh doanh: Bán lẻ lương thực, thực phẩm, đồ uống, thuốc lá, "
            "thuốc lào trong các cửa hàng kinh doanh tổng hợp", hang=6.0)
    q = mk.page("times", 13.0, (28.0, 194.0), 18.0)
    q.field("4. Vốn kinh doanh: 150.000.000 đồng (Một trăm năm mươi triệu đồng)")
    q.field("5. Số lượng lao động: 02 người")
    q.field("6. Chủ thể thành lập hộ kinh doanh: Các thành viên hộ gia đình")
    q.field("Thông tin về các thành viên hộ gia đình tham gia thành lập hộ kinh doanh:")
    rows = [["STT", "Họ tên", "Ngày sinh", "Số định danh cá nhân", "Chữ ký"],
            ["1", owner.name, dmy(owner.born), owner.cccd, ""],
            ["2", wife.name, dmy(wife.born), wife.cccd, ""]]
    q.table([13.0, 52.0, 30.0, 48.0, 23.0], rows, aligns="clccc", pt=12.0)
    q.gap(1.0)
    q.p("Tôi cam kết bản thân không thuộc diện bị cấm thành lập hộ kinh doanh; trụ sở hộ "
        "kinh doanh thuộc quyền sử dụng hợp pháp của hộ; chịu trách nhiệm trước pháp luật về "
        "tính hợp pháp, chính xác và trung thực của nội dung đề nghị đăng ký trên.")
    q.gap(2.0)
    q.right(f"Cẩm Giàng, {words_date(day)}", pt=13.0)
    sign_one(q, signer(["CHỦ HỘ KINH DOANH"], owner.name, space=22.0))
    fields = {"ho_ten": owner.upper, "so_cccd": owner.cccd, "ngay_ban_hanh": day.isoformat()}
    return Paper("don_de_nghi", "Giấy đề nghị đăng ký hộ kinh doanh", "giay_de_nghi", [p, q],
                 fields, title)


def bien_ban_hop(mk: Maker, owner: Person, wife: Person, day: date) -> Paper:
    """BIÊN BẢN HỌP THÀNH VIÊN HỘ GIA ĐÌNH: dated in its first line, nobody named with a
    label."""
    p = mk.page("arial", 12.0, (26.0, 192.0), 18.0)
    motto(p, 12.5)
    title = titled(p, "BIÊN BẢN HỌP THÀNH VIÊN HỘ GIA ĐÌNH", 14.0)
    p.center("(V/v cử người đại diện làm chủ hộ kinh doanh)", "i", 12.0)
    p.gap(2.0)
    p.p(f"Hôm nay, vào hồi 19 giờ 30 phút {words_date(day)}, tại nhà ông {owner.name}, "
        f"{owner.home}, hộ gia đình chúng tôi họp gồm các thành viên:")
    for i, (who, role) in enumerate(((owner, "chồng"), (wife, "vợ")), 1):
        p.field(f"{i}. {who.honorific} {who.name} - sinh năm {who.born.year} - {role}",
                x0=32.0)
    p.field("3. Bà Trịnh Thị Nụ - sinh năm 1958 - mẹ đẻ của ông Bảo", x0=32.0)
    p.head("Nội dung cuộc họp:")
    p.p(f"Các thành viên thống nhất thành lập hộ kinh doanh tạp hóa tại nhà, cử ông "
        f"{owner.name} làm chủ hộ kinh doanh, đại diện hộ thực hiện thủ tục đăng ký, ký kết "
        f"hợp đồng thuê mặt bằng và chịu trách nhiệm về hoạt động kinh doanh của hộ.")
    p.p("Vốn góp của các thành viên là 150.000.000 đồng, lợi nhuận sau thuế được chia theo "
        "tỷ lệ vốn góp. Các thành viên cùng nhau trông coi cửa hàng theo lịch phân công.")
    p.p("Biên bản kết thúc vào hồi 20 giờ 15 phút cùng ngày, đã được đọc lại cho mọi người "
        "cùng nghe và nhất trí ký tên dưới đây.")
    p.gap(3.0)
    signatures(p, ("THƯ KÝ", wife.name), ("CHỦ TRÌ", owner.name), space=18.0, pt=12.0)
    p.center("Các thành viên khác", "b", 12.0)
    p.gap(14.0)
    p.center("Trịnh Thị Nụ", "b", 12.0)
    return Paper("other", "Biên bản họp thành viên hộ gia đình", "bien_ban", [p],
                 {"ngay_ban_hanh": day.isoformat()}, title)


def hop_dong_thue(mk: Maker, landlord: Person, tenant: Person, day: date) -> Paper:
    """HỢP ĐỒNG THUÊ NHÀ on two pages, with its own number; articles in sentence case."""
    p = mk.page("arial", 11.5, (26.0, 192.0), 16.0)
    motto(p, 12.0)
    title = titled(p, "HỢP ĐỒNG THUÊ NHÀ", 15.0)
    p.center("Số: 05/2025/HĐTN", "r", 11.5)
    p.gap(1.0)
    p.field("Căn cứ Bộ luật Dân sự ngày 24 tháng 11 năm 2015;", style="i")
    p.field("Căn cứ nhu cầu và khả năng của hai bên,", style="i")
    p.p(f"Hôm nay, {words_date(day, pad=False)}, tại {HOME_CV}, chúng tôi gồm:")
    p.head("Bên cho thuê (Bên A):")
    p.segs([(0, f"Ông: {landlord.upper}"), (96, f"Sinh năm: {landlord.born.year}")])
    p.field(f"CCCD số: {landlord.cccd}, cấp ngày 05/07/2021", hang=6.0)
    p.field(f"Thường trú: {landlord.home}", hang=6.0)
    p.head("Bên thuê (Bên B):")
    p.segs([(0, f"Ông: {tenant.upper}"), (96, f"Sinh năm: {tenant.born.year}")])
    p.field(f"CCCD số: {tenant.cccd}, cấp ngày 22/04/2021", hang=6.0)
    p.field(f"Thường trú: {tenant.home}", hang=6.0)
    p.p("Hai bên thỏa thuận ký hợp đồng thuê nhà với các điều khoản sau:")
    p.head("Điều 1. Nhà cho thuê")
    p.p("Bên A cho bên B thuê gian nhà mặt đường tỉnh 394, diện tích sử dụng 50,4 m2 (4,2 m "
        "x 12,0 m), để làm cửa hàng tạp hóa.")
    p.head("Điều 2. Thời hạn thuê và giá thuê")
    p.p("Thời hạn thuê là 05 năm kể từ ngày 01/06/2025. Giá thuê 4.000.000 đồng/tháng, trả "
        "theo quý vào 05 ngày đầu mỗi quý.")
    q = mk.page("arial", 11.5, (26.0, 192.0), 18.0)
    q.head("Điều 3. Quyền và nghĩa vụ của các bên")
    q.p("Bên A giao nhà đúng thời hạn, bảo đảm cho bên B sử dụng ổn định trong thời hạn thuê. "
        "Bên B sử dụng nhà đúng mục đích, trả tiền thuê đúng hạn, không tự ý sửa chữa kết cấu "
        "nhà, trả lại nhà khi hết hạn hợp đồng.")
    q.head("Điều 4. Chấm dứt hợp đồng")
    q.p("Bên nào muốn chấm dứt hợp đồng trước thời hạn phải báo cho bên kia trước 60 ngày; "
        "bên vi phạm phải bồi thường thiệt hại theo quy định của pháp luật.")
    q.head("Điều 5. Điều khoản chung")
    q.p("Hợp đồng lập thành 02 bản, mỗi bên giữ 01 bản có giá trị pháp lý như nhau.")
    q.gap(3.0)
    signatures(q, ("BÊN A", landlord.name), ("BÊN B", tenant.name), space=20.0, pt=12.0)
    fields = {"so_ky_hieu": "05/2025/HĐTN", "ho_ten": landlord.upper, "so_cccd": landlord.cccd,
              "ngay_ban_hanh": day.isoformat()}
    return Paper("hop_dong", "Hợp đồng thuê nhà", "hop_dong", [p, q], fields, title)


def ban_ve(mk: Maker) -> Paper:
    """A floor plan with no title: rooms, dimensions and a caption at the foot."""
    p = mk.page("narrow", 10.0, (24.0, 190.0), 20.0)
    ink = (25, 25, 25)
    w = max(2, round(p.px(0.6)))
    x0, y0, x1, y1 = 60.0, 50.0, 144.0, 250.0  # 4.2 m x 10 m at 1:50 (20 mm = 1 m)
    p.draw.rectangle([p.px(x0), p.px(y0), p.px(x1), p.px(y1)], outline=ink, width=w)
    for y in (150.0, 200.0):
        p.draw.line([(p.px(x0), p.px(y)), (p.px(x1), p.px(y))], fill=ink, width=w)
    p.draw.line([(p.px(100.0), p.px(200.0)), (p.px(100.0), p.px(250.0))], fill=ink, width=w)
    p.draw.rectangle([p.px(84.0), p.px(y1 - 1.0), p.px(120.0), p.px(y1 + 1.0)], fill="white")
    for x, y, text in ((86.0, 100.0, "Quầy hàng"), (92.0, 176.0, "Kho"),
                       (70.0, 226.0, "WC"), (108.0, 226.0, "Bếp"), (88.0, 258.0, "Lối vào")):
        p.put(x, y, text, "r", 11.0)
    p.put(90.0, 44.0, "4,20 m", "r", 10.0)
    p.put(148.0, 152.0, "10,00 m", "r", 10.0)
    p.put(24.0, 152.0, "Mặt đường tỉnh 394", "i", 10.0)
    p.y = 268.0
    p.center("Mặt bằng cửa hàng tạp hóa - tỷ lệ 1:50 - người vẽ: Trịnh Quốc Bảo", "i", 10.0)
    return Paper("other", "Bản vẽ mặt bằng", "ban_ve", [p], {}, None)


def dossier_household(mk: Maker) -> Dossier:
    code = "000.09.26.H23-250520-0276"
    owner = mk.person("Trịnh Quốc Bảo", "1986-02-14", True, "030", HOME_CV)
    wife = mk.person("Lương Thị Hồng Nhung", "1988-07-30", False, "030", HOME_CV)
    landlord = mk.person("Phan Văn Sơn", "1959-05-09", True, "030", HOME_CV)
    counter = Counter(("ỦY BAN NHÂN DÂN", "HUYỆN CẨM GIÀNG"), "Ủy ban nhân dân huyện Cẩm Giàng",
                      False, "PHIẾU TIẾP NHẬN HỒ SƠ", "Phiếu tiếp nhận hồ sơ",
                      "Tên thủ tục hành chính", "Vũ Thị Thanh Tâm")
    when = datetime(2025, 5, 20, 10, 15)
    items = [("Giấy đề nghị đăng ký hộ kinh doanh", "Bản chính"),
             ("Biên bản họp thành viên hộ gia đình", "Bản chính"),
             ("Căn cước công dân của chủ hộ", "Bản sao"), ("Hợp đồng thuê nhà", "Bản sao"),
             ("Bản vẽ mặt bằng cửa hàng", "Bản chính")]
    qr = f"MaHoSo:{code}|MaTTHC:DKHKD|NgayNhan:{when.date().isoformat()}"
    papers = [
        receipt(mk, counter, code, when, datetime(2025, 5, 23, 10, 0), applicant=owner,
                procedure="Đăng ký thành lập hộ kinh doanh", items=items,
                days="03 ngày làm việc", place="Bộ phận Một cửa huyện Cẩm Giàng", table=True,
                qr=qr),
        de_nghi_hkd(mk, owner, wife, date(2025, 5, 19)),
        bien_ban_hop(mk, owner, wife, date(2025, 5, 16)),
        cccd_2016(mk, owner, origin="Cẩm Giàng, Hải Dương", issued=date(2021, 4, 22),
                  until=date(2026, 2, 14)),
        hop_dong_thue(mk, landlord, owner, date(2025, 5, 10)),
        ban_ve(mk),
    ]
    return Dossier(code, "Đăng ký thành lập hộ kinh doanh", [], papers)


def don_doi_gplx(mk: Maker, person: Person, licence: str, day: date) -> Paper:
    """ĐƠN ĐỀ NGHỊ ĐỔI, CẤP LẠI GIẤY PHÉP LÁI XE: the licence's 12-digit number after the
    labelled personal number."""
    p = mk.page("times", 13.5, (30.0, 194.0), 18.0)
    motto(p, 13.5)
    title = titled(p, "ĐƠN ĐỀ NGHỊ ĐỔI, CẤP LẠI\nGIẤY PHÉP LÁI XE", 15.0)
    p.center("Kính gửi: Phòng Cảnh sát giao thông Công an thành phố Cần Thơ", "i")
    p.gap(3.0)
    p.field(f"Tôi là: {person.upper}")
    p.segs([(0, "Quốc tịch: Việt Nam"), (70, f"Giới tính: {person.sex}")])
    p.field(f"Sinh ngày: {dmy(person.born)}")
    p.field(f"Nơi cư trú: {person.home}", hang=6.0)
    p.field(f"Số định danh cá nhân: {person.cccd}")
    p.field("Đã học lái xe tại: Trường Trung cấp nghề Giao thông vận tải Cần Thơ, năm 2015",
            hang=6.0)
    p.field(f"Hiện đã có giấy phép lái xe hạng B2 số: {licence} do Sở Giao thông vận tải Cần "
            f"Thơ cấp ngày 10/05/2015.", hang=6.0)
    p.field("Đề nghị cho tôi được đổi giấy phép lái xe.")
    p.field("Lý do: Giấy phép lái xe hết thời hạn sử dụng.")
    p.field("Xin gửi kèm theo:")
    for item in ("- Giấy khám sức khỏe của người lái xe;", "- Bản sao giấy phép lái xe."):
        p.field(item, x0=36.0)
    p.gap(1.5)
    p.p("Tôi xin cam đoan những điều ghi trên đây là đúng sự thật, nếu sai tôi xin hoàn toàn "
        "chịu trách nhiệm.")
    p.gap(3.0)
    p.right(f"Cần Thơ, {words_date(day)}", pt=13.5)
    sign_one(p, signer(["NGƯỜI LÀM ĐƠN"], person.name, space=22.0, pt=13.5))
    fields = {"ho_ten": person.upper, "so_cccd": person.cccd, "ngay_ban_hanh": day.isoformat()}
    return Paper("don_de_nghi", "Đơn đề nghị đổi, cấp lại giấy phép lái xe", "don_de_nghi",
                 [p], fields, title)


def kham_suc_khoe(mk: Maker, person: Person, asked: date, day: date) -> Paper:
    """GIẤY KHÁM SỨC KHỎE CỦA NGƯỜI LÁI XE on two pages: the person's declaration is dated
    before the doctor's conclusion, which is the paper's date."""
    p = mk.page("arial", 11.5, (22.0, 194.0), 14.0)
    header(p, ("SỞ Y TẾ THÀNH PHỐ CẦN THƠ", "TRUNG TÂM Y TẾ QUẬN NINH KIỀU"), "2341/GKSK-TTYT",
           None, parent=True, pt=11.0, split=92.0)
    title = titled(p, "GIẤY KHÁM SỨC KHỎE\nCỦA NGƯỜI LÁI XE", 14.0)
    p.rect((22.0, 52.0, p.y, p.y + 40.0), width=0.3)
    p.put(27.0, p.y + 21.0, "Ảnh 4x6", "i", 10.0, record=False)
    top = p.y
    p.x0 = 58.0
    p.field(f"Họ và tên (chữ in hoa): {person.upper}")
    p.segs([(0, f"Giới tính: {person.sex}"), (50, "Tuổi: 39")])
    p.field(f"Số CCCD hoặc Hộ chiếu: {person.cccd}")
    p.field("cấp ngày 15/03/2021 tại Cục Cảnh sát QLHC về TTXH")
    p.field(f"Chỗ ở hiện tại: {person.home}", hang=6.0)
    p.field("Đề nghị khám sức khỏe để lái xe hạng: B")
    p.x0 = 22.0
    p.y = max(p.y, top + 44.0)
    p.head("I. TIỀN SỬ BỆNH CỦA ĐỐI TƯỢNG KHÁM SỨC KHỎE")
    p.field("1. Tiền sử gia đình: Không có ai trong gia đình mắc bệnh truyền nhiễm, bệnh tâm "
            "thần, động kinh.", hang=6.0)
    p.field("2. Tiền sử, bệnh sử bản thân: Không mắc các bệnh về tim mạch, thần kinh, tâm thần, "
            "mắt; không sử dụng ma túy, chất kích thích.", hang=6.0)
    p.field("3. Câu hỏi khác: Đang điều trị bệnh gì không? Không.", hang=6.0)
    p.p("Tôi xin cam đoan những điều khai trên đây hoàn toàn đúng với sự thật. Nếu sai tôi xin "
        "chịu trách nhiệm trước pháp luật.")
    p.right(f"Cần Thơ, {words_date(asked)}", pt=11.5)
    sign_one(p, signer(["Người đề nghị khám sức khỏe"], person.name, space=16.0, pt=11.5))
    q = mk.page("arial", 11.5, (22.0, 194.0), 18.0)
    q.head("II. KHÁM LÂM SÀNG")
    rows = [["Nội dung khám", "Kết quả", "Bác sĩ khám"],
            ["1. Tâm thần", "Bình thường", "BS. Quách Văn Hùng"],
            ["2. Thần kinh", "Bình thường", "BS. Quách Văn Hùng"],
            ["3. Mắt: thị lực nhìn xa hai mắt", "Không kính: 10/10", "BS. Tạ Thị Mỹ"],
            ["4. Tai - Mũi - Họng", "Bình thường", "BS. Tạ Thị Mỹ"],
            ["5. Tim mạch: mạch, huyết áp", "78 lần/phút; 120/80 mmHg", "BS. Quách Văn Hùng"],
            ["6. Hô hấp", "Bình thường", "BS. Quách Văn Hùng"],
            ["7. Cơ Xương Khớp", "Bình thường", "BS. Quách Văn Hùng"]]
    q.table([70.0, 52.0, 50.0], rows, pt=11.0)
    q.head("III. KHÁM CẬN LÂM SÀNG")
    q.field("Xét nghiệm ma túy (test nhanh): Âm tính. Nồng độ cồn trong máu: Không phát hiện.",
            hang=6.0)
    q.head("IV. KẾT LUẬN")
    q.field("Đủ điều kiện sức khỏe lái xe hạng: B", style="b")
    q.field("Giấy khám sức khỏe này có giá trị sử dụng trong vòng 12 tháng kể từ ngày ký kết "
            "luận.", style="i", hang=6.0)
    q.gap(2.0)
    q.right(f"Cần Thơ, {words_date(day)}", pt=11.5)
    sign_one(q, [L("NGƯỜI KẾT LUẬN", "b", 11.5), L("(Ký, ghi rõ họ tên và đóng dấu)", "i", 10.5),
                 L(space=24.0), L("BS. Quách Văn Hùng", "b", 11.5)], seal=True)
    fields = {"so_ky_hieu": "2341/GKSK-TTYT", "ngay_ban_hanh": day.isoformat(),
              "ho_ten": person.upper, "so_cccd": person.cccd,
              "co_quan_ban_hanh": "Trung tâm Y tế quận Ninh Kiều"}
    return Paper("other", "Giấy khám sức khỏe của người lái xe", "giay_kham_suc_khoe", [p, q],
                 fields, title)


def dossier_licence(mk: Maker) -> Dossier:
    code = "000.00.92.H55-250616-0512"
    person = mk.person("Lâm Hoàng Phúc", "1985-12-08", True, "092",
                       "số 45/12 đường Trần Hưng Đạo, phường An Phú, quận Ninh Kiều, thành "
                       "phố Cần Thơ")
    licence = "920153418726"
    counter = Counter(("CÔNG AN THÀNH PHỐ CẦN THƠ", "PHÒNG CẢNH SÁT GIAO THÔNG"),
                      "Phòng Cảnh sát giao thông", True, "GIẤY BIÊN NHẬN HỒ SƠ",
                      "Giấy biên nhận hồ sơ", "Thủ tục", "Trung úy Huỳnh Thị Kiều", family="narrow")
    when = datetime(2025, 6, 16, 9, 50)
    items = [("Đơn đề nghị đổi, cấp lại giấy phép lái xe", "Bản chính"),
             ("Giấy khám sức khỏe của người lái xe", "Bản chính"),
             ("Giấy phép lái xe", "Bản sao")]
    papers = [
        receipt(mk, counter, code, when, datetime(2025, 6, 23, 9, 0), applicant=person,
                procedure="Cấp đổi giấy phép lái xe", items=items, days="05 ngày làm việc",
                place="Phòng Cảnh sát giao thông, số 1 đường Trần Phú, Cần Thơ", table=False),
        don_doi_gplx(mk, person, licence, date(2025, 6, 16)),
        kham_suc_khoe(mk, person, date(2025, 6, 12), date(2025, 6, 13)),
        driving_licence(mk, person, licence, issued=date(2015, 5, 10), until=date(2025, 5, 10),
                        city="Cần Thơ", authority="SỞ GIAO THÔNG VẬN TẢI CẦN THƠ"),
    ]
    return Dossier(code, "Cấp đổi giấy phép lái xe", [], papers)
