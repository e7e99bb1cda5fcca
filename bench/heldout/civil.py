"""Two civil-status dossiers of the held-apart set: a birth registered together with residence
and health insurance (with a power of attorney whose title is not in capitals), and a
marriage."""

from __future__ import annotations

from datetime import date, datetime

from draw import (
    Dossier,
    G,
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
from forms import Counter, cccd_2016, receipt, signatures

HOME_PC = "thôn Phụng Công, xã Phụng Công, huyện Văn Giang, tỉnh Hưng Yên"


def to_khai_khai_sinh(mk: Maker, req: Person, mother: Person, father: Person,
                      child: tuple[str, date], day: date) -> Paper:
    """TỜ KHAI ĐĂNG KÝ KHAI SINH on two pages: the second goes on without a title."""
    p = mk.page("times", 13.0, (28.0, 192.0), 16.0)
    motto(p)
    title = titled(p, "TỜ KHAI ĐĂNG KÝ KHAI SINH", 15.0)
    p.center("Kính gửi: Ủy ban nhân dân xã Phụng Công, huyện Văn Giang, tỉnh Hưng Yên", "i")
    p.gap(2.0)
    p.field(f"Họ, chữ đệm, tên người yêu cầu: {req.upper}")
    p.field(f"Giấy tờ tùy thân: Căn cước công dân số {req.cccd}, cấp ngày 12/08/2021",
            hang=6.0)
    p.field(f"Nơi cư trú: {req.home}", hang=6.0)
    p.field("Quan hệ với người được khai sinh: Bà nội")
    p.field("Đề nghị cơ quan đăng ký khai sinh cho người dưới đây:", style="b")
    name, born = child
    p.field(f"Họ, chữ đệm, tên: {name.upper()}")
    p.field(f"Ngày, tháng, năm sinh: {dmy(born)}; ghi bằng chữ: {G.date_words(born)}", hang=6.0)
    p.segs([(0, "Giới tính: Nam"), (48, "Dân tộc: Kinh"), (96, "Quốc tịch: Việt Nam")])
    p.field("Nơi sinh: Bệnh viện Sản Nhi Hưng Yên, tỉnh Hưng Yên", hang=6.0)
    p.field("Quê quán: xã Phụng Công, huyện Văn Giang, tỉnh Hưng Yên", hang=6.0)
    p.field(f"Họ, chữ đệm, tên người mẹ: {mother.upper}")
    p.segs([(0, f"Năm sinh: {mother.born.year}"), (48, "Dân tộc: Kinh"),
            (96, "Quốc tịch: Việt Nam")])
    p.field(f"Nơi cư trú: {mother.home}", hang=6.0)
    q = mk.page("times", 13.0, (28.0, 192.0), 20.0)
    q.field(f"Họ, chữ đệm, tên người cha: {father.upper}")
    q.segs([(0, f"Năm sinh: {father.born.year}"), (48, "Dân tộc: Kinh"),
            (96, "Quốc tịch: Việt Nam")])
    q.field(f"Nơi cư trú: {father.home}", hang=6.0)
    q.field("Đề nghị cấp bản sao Trích lục khai sinh: Có; số lượng: 02 bản")
    q.gap(2.0)
    q.p("Tôi cam đoan nội dung khai trên đây là đúng sự thật, được sự thỏa thuận nhất trí "
        "của các bên liên quan theo quy định pháp luật và chịu trách nhiệm trước pháp luật "
        "về lời cam đoan của mình.")
    q.gap(3.0)
    q.right(f"Làm tại xã Phụng Công, {words_date(day)}", pt=13.0)
    sign_one(q, signer(["Người yêu cầu"], req.name, "(Ký, ghi rõ họ, chữ đệm, tên)"))
    fields = {"ho_ten": req.upper, "so_cccd": req.cccd, "ngay_ban_hanh": day.isoformat()}
    return Paper("don_de_nghi", "Tờ khai đăng ký khai sinh", "to_khai", [p, q], fields, title)


def to_khai_cu_tru(mk: Maker, req: Person, father: Person, child: tuple[str, date],
                   day: date) -> Paper:
    """TỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ: numbered fields, the child in a ruled table."""
    p = mk.page("narrow", 11.5, (22.0, 194.0), 14.0)
    p.line("Mẫu CT01", "b", 11.0, align="r")
    motto(p, 12.5)
    title = titled(p, "TỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ", 14.0)
    p.center("Kính gửi: Công an xã Phụng Công", "i")
    p.gap(2.0)
    p.field(f"1. Họ, chữ đệm và tên: {req.upper}")
    p.segs([(0, f"2. Ngày, tháng, năm sinh: {dmy(req.born)}"), (100, f"3. Giới tính: {req.sex}")])
    p.field(f"4. Số định danh cá nhân: {req.cccd}")
    p.segs([(0, f"5. Số điện thoại liên hệ: {req.phone}"), (100, "6. Email: không có")])
    p.segs([(0, f"7. Họ, chữ đệm và tên chủ hộ: {father.upper}"),
            (100, "8. Mối quan hệ với chủ hộ: Vợ")])
    p.field(f"9. Số định danh cá nhân của chủ hộ: {father.cccd}")
    name, born = child
    p.field(f"10. Nội dung đề nghị: Đăng ký thường trú cho cháu {name}, sinh ngày {dmy(born)}, "
            f"vào hộ gia đình ông {father.name} tại {HOME_PC}.", hang=6.0)
    p.field("11. Những thành viên trong hộ gia đình cùng thay đổi:")
    rows = [["TT", "Họ, chữ đệm và tên", "Ngày, tháng, năm sinh", "Giới tính",
             "Số định danh cá nhân", "Mối quan hệ với chủ hộ"],
            ["1", name.upper(), dmy(born), "Nam", "Chưa có", "Con"]]
    p.table([10.0, 44.0, 30.0, 20.0, 38.0, 30.0], rows, aligns="clcccc", pt=11.0)
    p.gap(2.0)
    p.right(f"Phụng Công, {words_date(day)}", pt=12.0)
    left = [L("Ý KIẾN CỦA CHỦ HỘ", "b", 12.0), L("(Ghi rõ nội dung và ký, ghi rõ họ tên)", "i",
            10.5), L("Đồng ý cho con đăng ký thường trú", "i", 11.0), L(space=14.0),
            L(father.name, "b", 12.0)]
    right = [L("NGƯỜI KÊ KHAI", "b", 12.0), L("(Ký, ghi rõ họ tên)", "i", 10.5), L(space=20.0),
             L(req.name, "b", 12.0)]
    G.sign(p, left, right, lbox=(16.0, 104.0), rbox=(108.0, 198.0))
    fields = {"ho_ten": req.upper, "so_cccd": req.cccd, "ngay_ban_hanh": day.isoformat()}
    return Paper("don_de_nghi", "Tờ khai thay đổi thông tin cư trú", "to_khai", [p], fields,
                 title)


def giay_chung_sinh(mk: Maker, mother: Person, born: datetime, day: date) -> Paper:
    """GIẤY CHỨNG SINH of a provincial hospital: the birth's own date comes before the date
    the paper was issued."""
    p = mk.page("arial", 12.0, (24.0, 192.0), 14.0)
    header(p, ("SỞ Y TẾ TỈNH HƯNG YÊN", "BỆNH VIỆN SẢN NHI HƯNG YÊN"), None, None,
           parent=True, pt=11.5, split=88.0)
    p.segs([(0, "Số: 1582"), (60, "Quyển số: 03/2025")])
    p.gap(2.0)
    title = titled(p, "GIẤY CHỨNG SINH", 16.0)
    p.segs([(0, f"Họ và tên mẹ/Người nuôi dưỡng: {mother.upper}"),
            (118, f"Năm sinh: {mother.born.year}")])
    p.field(f"Số CCCD/Hộ chiếu: {mother.cccd}")
    p.segs([(0, "Dân tộc: Kinh"), (60, "Quốc tịch: Việt Nam")])
    p.field(f"Nơi đăng ký thường trú: {mother.home}", hang=6.0)
    p.field(f"Đã sinh con vào lúc: {born:%H} giờ {born:%M} phút, "
            f"{words_date(born.date())}", hang=6.0)
    p.field("Tại: Bệnh viện Sản Nhi Hưng Yên, phường An Tảo, thành phố Hưng Yên")
    p.segs([(0, "Số con trong lần sinh: 01"), (62, "Giới tính của con: Nam"),
            (118, "Cân nặng: 3.200 gam")])
    p.field("Dự định đặt tên con: Vũ Minh Khôi")
    p.field("Ghi chú: Sinh thường, mẹ và con khỏe.")
    p.gap(4.0)
    p.right(f"Hưng Yên, {words_date(day)}", pt=12.0)
    signatures(p, ("NGƯỜI ĐỠ ĐẺ", "Nguyễn Thị Lan"), ("GIÁM ĐỐC", "Phạm Quang Huy"),
               seal="right", pt=12.0)
    fields = {"so_ky_hieu": "1582", "ngay_ban_hanh": day.isoformat(), "ho_ten": mother.upper,
              "so_cccd": mother.cccd, "co_quan_ban_hanh": "Bệnh viện Sản Nhi Hưng Yên"}
    return Paper("other", "Giấy chứng sinh", "giay_chung_sinh", [p], fields, title)


def gcn_ket_hon(mk: Maker, husband: Person, wife: Person, day: date) -> Paper:
    """A copy of a GIẤY CHỨNG NHẬN KẾT HÔN: a framed certificate, the spouses in a ruled
    table."""
    p = mk.page("times", 13.0, (24.0, 186.0), 18.0)
    p.frame()
    p.line("Bản sao", "i", 12.0, align="r")
    motto(p)
    p.emblem(105.0, p.y + 7.0, 7.0)
    p.gap(17.0)
    title = titled(p, "GIẤY CHỨNG NHẬN KẾT HÔN", 16.0)
    p.segs([(20, "Số: 38"), (90, "Quyển số: 01/2019")])
    p.gap(1.0)
    rows = [["", "Chồng", "Vợ"],
            ["Họ, chữ đệm, tên", husband.name, wife.name],
            ["Ngày, tháng, năm sinh", dmy(husband.born), dmy(wife.born)],
            ["Dân tộc", "Kinh", "Kinh"],
            ["Quốc tịch", "Việt Nam", "Việt Nam"],
            ["Nơi cư trú", husband.home, wife.home],
            ["Giấy tờ tùy thân", f"CCCD số {husband.cccd}", f"CCCD số {wife.cccd}"]]
    p.table([44.0, 59.0, 59.0], rows, pt=12.0)
    p.field("Nơi đăng ký: Ủy ban nhân dân xã Phụng Công, huyện Văn Giang, tỉnh Hưng Yên",
            hang=6.0)
    p.field(f"Ngày, tháng, năm đăng ký: {dmy(day)}")
    p.gap(2.0)
    left = [L("Chồng", "b", 12.5), L(space=12.0), L(husband.name, "b", 12.5),
            L("Vợ", "b", 12.5), L(space=12.0), L(wife.name, "b", 12.5)]
    right = [L("NGƯỜI KÝ GIẤY CHỨNG NHẬN KẾT HÔN", "b", 12.0),
             L("(Ký, đóng dấu, ghi rõ họ, chữ đệm, tên, chức vụ)", "i", 11.0),
             L(space=24.0), L("Chủ tịch Hoàng Văn Khiêm", "b", 12.5)]
    G.sign(p, left, right, seal="right", lbox=(26.0, 90.0), rbox=(94.0, 184.0))
    fields = {"so_ky_hieu": "38", "ngay_ban_hanh": day.isoformat(), "ho_ten": husband.name,
              "so_cccd": husband.cccd, "co_quan_ban_hanh": "Ủy ban nhân dân xã Phụng Công"}
    return Paper("other", "Giấy chứng nhận kết hôn", "giay_chung_nhan_ket_hon", [p], fields,
                 title)


def giay_uy_quyen(mk: Maker, giver: Person, taker: Person, day: date) -> Paper:
    """"Giấy ủy quyền" with its title in mixed case; the bases cite laws with their dates
    before the place-and-date line, names share their line with the birth date."""
    p = mk.page("times", 13.5, (30.0, 192.0), 18.0)
    motto(p, 13.5)
    p.title("Giấy ủy quyền", pt=17.0)
    p.center("(Về việc làm thủ tục đăng ký khai sinh cho con)", "i", 13.0)
    p.gap(3.0)
    p.field("Căn cứ Bộ luật Dân sự ngày 24 tháng 11 năm 2015;", style="i")
    p.field("Căn cứ Luật Hộ tịch ngày 20 tháng 11 năm 2014;", style="i")
    p.gap(2.0)
    for head, who in (("Bên ủy quyền:", giver), ("Bên được ủy quyền:", taker)):
        p.head(head)
        p.segs([(0, f"Họ và tên: {who.upper}"), (98, f"Sinh ngày: {dmy(who.born)}")])
        p.field(f"Số CCCD: {who.cccd}, cấp ngày 20/04/2021 tại Cục Cảnh sát QLHC về TTXH",
                hang=6.0)
        p.field(f"Địa chỉ: {who.home}", hang=6.0)
    p.head("Nội dung ủy quyền:")
    p.p("Bên được ủy quyền thay mặt bên ủy quyền nộp hồ sơ, ký tờ khai và nhận kết quả "
        "đăng ký khai sinh, đăng ký thường trú và thẻ bảo hiểm y tế cho cháu Vũ Minh Khôi "
        "tại Ủy ban nhân dân xã Phụng Công. Bên ủy quyền chịu trách nhiệm về mọi việc bên "
        "được ủy quyền làm trong phạm vi ủy quyền.")
    p.field("Thời hạn ủy quyền: từ ngày ký đến khi nhận đủ kết quả.")
    p.gap(3.0)
    p.right(f"Phụng Công, {words_date(day)}", pt=13.0)
    signatures(p, ("BÊN ĐƯỢC ỦY QUYỀN", taker.name), ("BÊN ỦY QUYỀN", giver.name),
               space=22.0)
    fields = {"ho_ten": giver.upper, "so_cccd": giver.cccd, "ngay_ban_hanh": day.isoformat()}
    return Paper("giay_uy_quyen", "Giấy ủy quyền", "giay_uy_quyen", [p], fields,
                 "Giấy ủy quyền")


def dossier_birth(mk: Maker) -> Dossier:
    code = "000.17.33.H31-250312-0041"
    grandma = mk.person("Phạm Thị Lụa", "1965-10-03", False, "033", HOME_PC)
    mother = mk.person("Đỗ Thị Thanh Hương", "1994-06-21", False, "033", HOME_PC)
    father = mk.person("Vũ Đức Mạnh", "1991-02-11", True, "033", HOME_PC)
    procedure = ("Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, "
                 "cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi")
    counter = Counter(("ỦY BAN NHÂN DÂN", "XÃ PHỤNG CÔNG"), "Ủy ban nhân dân xã Phụng Công",
                      False, "GIẤY TIẾP NHẬN HỒ SƠ\nVÀ HẸN TRẢ KẾT QUẢ",
                      "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Nội dung yêu cầu giải quyết",
                      "Lã Thị Duyên")
    when = datetime(2025, 3, 12, 8, 40)
    items = [("Tờ khai đăng ký khai sinh", "Bản chính"),
             ("Tờ khai thay đổi thông tin cư trú", "Bản chính"), ("Giấy chứng sinh", "Bản chính"),
             ("Giấy chứng nhận kết hôn của cha, mẹ", "Bản sao"),
             ("Giấy ủy quyền", "Bản chính"), ("Căn cước công dân của người nộp", "Bản sao")]
    qr = f"MaHoSo:{code}|MaTTHC:LT.KS.TT.BHYT|NgayNhan:{when.date().isoformat()}"
    papers = [
        receipt(mk, counter, code, when, datetime(2025, 3, 17, 15, 0), applicant=grandma,
                procedure=procedure, items=items, days="03 ngày làm việc",
                place="Bộ phận Một cửa Ủy ban nhân dân xã Phụng Công", table=True, qr=qr),
        to_khai_khai_sinh(mk, grandma, mother, father, ("Vũ Minh Khôi", date(2025, 2, 27)),
                          date(2025, 3, 12)),
        to_khai_cu_tru(mk, mother, father, ("Vũ Minh Khôi", date(2025, 2, 27)),
                       date(2025, 3, 11)),
        giay_chung_sinh(mk, mother, datetime(2025, 2, 27, 6, 15), date(2025, 3, 1)),
        gcn_ket_hon(mk, father, mother, date(2019, 9, 5)),
        giay_uy_quyen(mk, mother, grandma, date(2025, 3, 10)),
        cccd_2016(mk, grandma, origin="Văn Giang, Hưng Yên", issued=date(2018, 8, 15),
                  until=date(2025, 10, 3), note="Bản photo, đã đối chiếu bản chính"),
    ]
    return Dossier(code, procedure, [], papers)


def to_khai_ket_hon(mk: Maker, wife: Person, husband: Person, day: date) -> Paper:
    """TỜ KHAI ĐĂNG KÝ KẾT HÔN: both spouses side by side in a ruled table."""
    p = mk.page("narrow", 11.5, (22.0, 192.0), 16.0)
    motto(p, 12.5)
    title = titled(p, "TỜ KHAI ĐĂNG KÝ KẾT HÔN", 15.0)
    p.center("Kính gửi: Ủy ban nhân dân phường Đông Vĩnh, thành phố Vinh, tỉnh Nghệ An", "i")
    p.gap(2.0)
    rows = [["Thông tin", "Bên nữ", "Bên nam"],
            ["Họ, chữ đệm, tên", wife.upper, husband.upper],
            ["Ngày, tháng, năm sinh", dmy(wife.born), dmy(husband.born)],
            ["Dân tộc", "Kinh", "Kinh"],
            ["Quốc tịch", "Việt Nam", "Việt Nam"],
            ["Nơi cư trú", wife.home, husband.home],
            ["Giấy tờ tùy thân", f"CCCD số {wife.cccd}", f"CCCD số {husband.cccd}"],
            ["Kết hôn lần thứ mấy", "Thứ nhất", "Thứ nhất"]]
    p.table([46.0, 62.0, 62.0], rows, pt=11.5)
    p.gap(2.0)
    p.p("Chúng tôi cam đoan những lời khai trên đây là đúng sự thật, việc kết hôn của chúng "
        "tôi là tự nguyện, không vi phạm quy định của Luật Hôn nhân và gia đình Việt Nam. "
        "Chúng tôi chịu trách nhiệm trước pháp luật về lời cam đoan của mình.")
    p.field("Đề nghị cấp bản sao trích lục kết hôn: Có; số lượng: 02 bản")
    p.gap(3.0)
    p.right(f"Vinh, {words_date(day)}", pt=12.0)
    signatures(p, ("Bên nữ", wife.name), ("Bên nam", husband.name), space=18.0, pt=12.0)
    fields = {"ho_ten": wife.upper, "so_cccd": wife.cccd, "ngay_ban_hanh": day.isoformat()}
    return Paper("don_de_nghi", "Tờ khai đăng ký kết hôn", "to_khai", [p], fields, title)


def xac_nhan_hon_nhan(mk: Maker, person: Person, partner: Person, day: date) -> Paper:
    """GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN of another commune, in the Decree 30 layout."""
    p = mk.page("times", 13.0, (30.0, 195.0), 14.0)
    header(p, ("ỦY BAN NHÂN DÂN", "XÃ NGHI PHONG"), "112/XNTTHN", f"Nghi Phong, "
           f"{words_date(day)}", pt=12.5)
    title = titled(p, "GIẤY XÁC NHẬN\nTÌNH TRẠNG HÔN NHÂN", 14.5)
    p.center("ỦY BAN NHÂN DÂN XÃ NGHI PHONG", "b", 13.0)
    p.p("Căn cứ Luật Hộ tịch ngày 20 tháng 11 năm 2014 và Nghị định số 123/2015/NĐ-CP ngày "
        "15 tháng 11 năm 2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi "
        "hành Luật Hộ tịch;", style="i")
    p.p(f"Xét đề nghị của bà {person.name} về việc cấp Giấy xác nhận tình trạng hôn nhân,",
        style="i")
    p.center("XÁC NHẬN:", "b", 13.0)
    p.field(f"Họ, chữ đệm, tên: {person.upper}")
    p.segs([(0, f"Ngày, tháng, năm sinh: {dmy(person.born)}"), (96, f"Giới tính: {person.sex}")])
    p.field(f"Giấy tờ tùy thân: Căn cước công dân số {person.cccd}", hang=6.0)
    p.field(f"Nơi cư trú: {person.home}", hang=6.0)
    p.field("Tình trạng hôn nhân: Chưa đăng ký kết hôn với ai.")
    p.field(f"Giấy này được cấp để: làm thủ tục đăng ký kết hôn với ông {partner.name}, tại "
            f"Ủy ban nhân dân phường Đông Vĩnh, thành phố Vinh.", hang=6.0)
    p.field(f"Giấy này có giá trị sử dụng đến ngày {dmy(date(day.year, 11, day.day))}.")
    p.gap(3.0)
    sign_one(p, [L("TM. ỦY BAN NHÂN DÂN", "b", 13.0), L("KT. CHỦ TỊCH", "b", 13.0),
                 L("PHÓ CHỦ TỊCH", "b", 13.0), L(space=26.0), L("Thái Bá Long", "b", 13.0)],
             seal=True)
    fields = {"so_ky_hieu": "112/XNTTHN", "ngay_ban_hanh": day.isoformat(),
              "ho_ten": person.upper, "so_cccd": person.cccd,
              "co_quan_ban_hanh": "Ủy ban nhân dân xã Nghi Phong"}
    return Paper("other", "Giấy xác nhận tình trạng hôn nhân", "giay_xac_nhan", [p], fields,
                 title)


def dossier_marriage(mk: Maker) -> Dossier:
    code = "000.21.34.H40-250603-0093"
    wife = mk.person("Hồ Thị Quỳnh Trang", "1998-09-04", False, "040",
                     "xóm 5, xã Nghi Phong, huyện Nghi Lộc, tỉnh Nghệ An")
    husband = mk.person("Cao Văn Đức", "1996-12-19", True, "040",
                        "khối Yên Giang, phường Đông Vĩnh, thành phố Vinh, tỉnh Nghệ An")
    counter = Counter(("ỦY BAN NHÂN DÂN", "PHƯỜNG ĐÔNG VĨNH"),
                      "Ủy ban nhân dân phường Đông Vĩnh", False,
                      "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                      "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Tên thủ tục hành chính",
                      "Nguyễn Thị Yến", family="narrow")
    when = datetime(2025, 6, 3, 9, 5)
    items = [("Tờ khai đăng ký kết hôn", "Bản chính"),
             ("Giấy xác nhận tình trạng hôn nhân của bên nữ", "Bản chính"),
             ("Căn cước công dân của bên nữ", "Bản sao")]
    qr = f"MaHoSo:{code}|MaTTHC:DKKH|NgayNhan:{when.date().isoformat()}"
    papers = [
        receipt(mk, counter, code, when, datetime(2025, 6, 3, 16, 30), applicant=husband,
                procedure="Đăng ký kết hôn", items=items, days="Trong ngày làm việc",
                place="Bộ phận Một cửa phường Đông Vĩnh", table=True, qr=qr),
        to_khai_ket_hon(mk, wife, husband, date(2025, 6, 3)),
        xac_nhan_hon_nhan(mk, wife, husband, date(2025, 5, 28)),
        cccd_2016(mk, wife, origin="Nghi Lộc, Nghệ An", issued=date(2020, 11, 10),
                  until=date(2038, 9, 4), side_by_side=True),
    ]
    return Dossier(code, "Đăng ký kết hôn", [], papers)
