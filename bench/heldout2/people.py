"""Three dossiers of the second held-apart set about people: a death registered at a commune,
a permanent residence registered with the commune police, and a criminal-record certificate
asked of the province."""

from __future__ import annotations

from datetime import date, datetime

from common import Desk, Visit, can_cuoc_2024, cmnd_2012, passport, receipt
from parts import (
    Dossier,
    Maker,
    Paper,
    Person,
    centred_motto,
    dmy,
    in_words,
    in_words_short,
    sign_both,
    sign_right,
    signer,
    split_header,
    title,
)

KIM_PHU = "xã Kim Phú, huyện Yên Sơn, tỉnh Tuyên Quang"
TAN_HANH = "xã Tân Hạnh, huyện Long Hồ, tỉnh Vĩnh Long"


def to_khai_khai_tu(mk: Maker, req: Person, dead: Person, died: date, day: date) -> Paper:
    """TỜ KHAI ĐĂNG KÝ KHAI TỬ: the declarant's name with the year of birth on the same line,
    the dead man's identity number (not the declarant's) and dates before the form's own."""
    p = mk.page("serif", 11.5, (22.0, 190.0), 14.0)
    centred_motto(p, 11.5)
    head = title(p, "TỜ KHAI ĐĂNG KÝ KHAI TỬ", 14.5)
    p.line(f"Kính gửi: Ủy ban nhân dân {KIM_PHU}", "i", 11.5, align="c")
    p.gap(2.0)
    p.segs([(0, f"Họ, chữ đệm, tên người yêu cầu: {req.upper}"),
            (118, f"Năm sinh: {req.born.year}")])
    p.field(f"Nơi cư trú: {req.home}", hang=8.0)
    p.field(f"Giấy tờ tùy thân: CMND số {req.cccd} do Công an tỉnh Tuyên Quang cấp ngày "
            f"{dmy(date(2014, 6, 12))}", hang=8.0)
    p.field("Quan hệ với người đã chết: Vợ")
    p.gap(1.5)
    p.line("Đề nghị cơ quan đăng ký khai tử cho người có tên dưới đây:", "b")
    p.field(f"Họ, chữ đệm, tên: {dead.upper}")
    p.segs([(0, f"Ngày, tháng, năm sinh: {dmy(dead.born)}"), (86, f"Giới tính: {dead.sex}"),
            (124, "Dân tộc: Tày")])
    p.field(f"Số định danh cá nhân của người đã chết: {dead.cccd}")
    p.field(f"Nơi cư trú cuối cùng: {dead.home}", hang=8.0)
    p.field(f"Đã chết vào lúc: 04 giờ 40 phút, {in_words(died)}")
    p.field("Nơi chết: Bệnh viện Đa khoa tỉnh Tuyên Quang", hang=8.0)
    p.field("Nguyên nhân chết: Bệnh lý", hang=8.0)
    p.field("Giấy báo tử số 213/GBT-BV do Bệnh viện Đa khoa tỉnh Tuyên Quang cấp ngày "
            f"{dmy(date(2025, 3, 11))}", hang=8.0)
    p.gap(1.5)
    p.p("Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước "
        "pháp luật về cam đoan của mình.", indent=8.0)
    p.gap(2.0)
    p.right(f"Kim Phú, {in_words_short(day)}", "i", 11.5)
    sign_right(p, signer(["Người yêu cầu"], req.name, "(Ký, ghi rõ họ, chữ đệm, tên)"))
    fields = {"ho_ten": req.upper, "so_cccd": req.cccd, "ngay_ban_hanh": day.isoformat()}
    return Paper("don_de_nghi", "Tờ khai đăng ký khai tử", "to_khai_khai_tu", [p], fields, head)


def giay_bao_tu(mk: Maker, dead: Person, died: date, day: date) -> Paper:
    """GIẤY BÁO TỬ of a provincial hospital under its department (the parent body above it),
    in colour with a red seal over the director's signature."""
    p = mk.page("serif", 11.5, (20.0, 192.0), 14.0, color=True)
    split_header(p, ("SỞ Y TẾ TUYÊN QUANG", "BỆNH VIỆN ĐA KHOA TỈNH"), "213/GBT-BV",
                 f"Tuyên Quang, {in_words(day)}", parent=True)
    head = title(p, "GIẤY BÁO TỬ", 16.0)
    p.field("Bệnh viện Đa khoa tỉnh Tuyên Quang báo tin:")
    p.segs([(0, f"Ông/bà: {dead.upper}"), (100, f"Giới tính: {dead.sex}")])
    p.field(f"Sinh ngày {dmy(dead.born)}; Dân tộc: Tày; Quốc tịch: Việt Nam")
    p.field(f"Số định danh cá nhân: {dead.cccd}")
    p.field(f"Nơi cư trú: {dead.home}", hang=8.0)
    p.field(f"Vào viện lúc 21 giờ 15 phút, ngày {dmy(date(2025, 3, 8))}, khoa Hồi sức tích "
            "cực - Chống độc.", hang=8.0)
    p.field(f"Đã tử vong lúc 04 giờ 40 phút, ngày {dmy(died)}", hang=8.0)
    p.field("Tại: Bệnh viện Đa khoa tỉnh Tuyên Quang")
    p.field("Nguyên nhân tử vong: Suy hô hấp cấp/ Viêm phổi nặng", hang=8.0)
    p.field("Người nhận thi thể: Hoàng Thị Lụa (vợ)")
    p.gap(4.0)
    sign_both(p, signer(["TRƯỞNG KHOA"], "BSCKII. Nông Văn Quý", "", 20.0),
              signer(["GIÁM ĐỐC"], "TS.BS. Lâm Đức Hậu", "", 30.0), seal="right")
    fields = {"so_ky_hieu": "213/GBT-BV", "ngay_ban_hanh": day.isoformat(),
              "co_quan_ban_hanh": "Bệnh viện Đa khoa tỉnh", "ho_ten": dead.upper,
              "so_cccd": dead.cccd}
    return Paper("giay_bao_tu", "Giấy báo tử", "giay_bao_tu", [p], fields, head)


def van_ban_uy_quyen(mk: Maker, giver: Person, taker: Person, day: date) -> Paper:
    """VĂN BẢN ỦY QUYỀN with a commune's certification of the signature under it; the
    authorised person's number follows the giver's."""
    p = mk.page("sans", 10.5, (22.0, 190.0), 15.0)
    centred_motto(p, 11.0)
    head = title(p, "VĂN BẢN ỦY QUYỀN", 14.0, ["(V/v nộp hồ sơ và nhận kết quả đăng ký khai tử)"])
    p.field("Căn cứ Bộ luật Dân sự năm 2015; Luật Hộ tịch năm 2014.", style="i")
    p.field(f"Hôm nay, {in_words_short(day)}, tại Ủy ban nhân dân xã Kim Phú, chúng tôi gồm:",
            hang=6.0)
    p.line("BÊN ỦY QUYỀN:", "b")
    p.field(f"Bà {giver.name}, sinh năm {giver.born.year}, CMND số {giver.cccd}", hang=6.0)
    p.field(f"Nơi cư trú: {giver.home}", hang=6.0)
    p.line("BÊN ĐƯỢC ỦY QUYỀN:", "b")
    p.field(f"Ông {taker.name}, sinh ngày {dmy(taker.born)}, CMND số {taker.cccd}", hang=6.0)
    p.field(f"Nơi cư trú: {taker.home}", hang=6.0)
    p.line("NỘI DUNG ỦY QUYỀN:", "b")
    p.p("Bên được ủy quyền thay mặt bên ủy quyền nộp hồ sơ, ký các giấy tờ cần thiết và nhận "
        "kết quả đăng ký khai tử cho ông Ma Văn Chiến (chồng bên ủy quyền) tại Ủy ban nhân "
        "dân xã Kim Phú.", indent=6.0)
    p.p("Thời hạn ủy quyền: kể từ ngày ký đến khi nhận được kết quả. Bên được ủy quyền không "
        "được ủy quyền lại cho người khác.", indent=6.0)
    p.gap(2.0)
    sign_both(p, signer(["BÊN ĐƯỢC ỦY QUYỀN"], taker.name, "", 16.0, 11.0),
              signer(["BÊN ỦY QUYỀN"], giver.name, "", 16.0, 11.0))
    p.gap(3.0)
    p.line("CHỨNG THỰC CHỮ KÝ", "b", 11.0, align="c")
    p.p(f"Hôm nay, {in_words(day)}, tại trụ sở UBND xã Kim Phú, tôi Đặng Thị Bích, Phó Chủ "
        "tịch UBND xã, chứng thực: bà Hoàng Thị Lụa đã ký vào văn bản này trước mặt tôi.",
        indent=6.0, pt=10.0)
    sign_right(p, signer(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Đặng Thị Bích", "", 16.0, 11.0))
    fields = {"ho_ten": giver.name, "so_cccd": giver.cccd, "ngay_ban_hanh": day.isoformat()}
    return Paper("giay_uy_quyen", "Văn bản ủy quyền", "uy_quyen", [p], fields, head)


def dossier_death(mk: Maker) -> tuple[str, Dossier]:
    """Đăng ký khai tử at a commune of Tuyên Quang: receipt, declaration, the hospital's death
    notice, a power of attorney (the son hands the dossier in) and his identity card."""
    wife = mk.person("Hoàng Thị Lụa", "1956-04-02", False, "008", f"thôn Khuôn Khoai, {KIM_PHU}")
    son = mk.person("Ma Văn Tuấn", "1983-11-20", True, "008", f"tổ 7, {KIM_PHU}")
    dead = mk.person("Ma Văn Chiến", "1951-02-17", True, "008", f"thôn Khuôn Khoai, {KIM_PHU}")
    died = date(2025, 3, 10)
    code = "000.21.35.H62-250318-0047"
    desk = Desk(("UBND HUYỆN YÊN SƠN", "UBND XÃ KIM PHÚ"), "UBND xã Kim Phú", True,
                ("PHIẾU HẸN TRẢ KẾT QUẢ",), "Phiếu hẹn trả kết quả", "Loại hồ sơ",
                "Ma Thị Thanh", "grid")
    procedure = "Đăng ký khai tử"
    visit = Visit(code, datetime(2025, 3, 18, 9, 12), datetime(2025, 3, 18, 16, 30), son,
                  procedure, ("Tờ khai đăng ký khai tử", "Giấy báo tử (bản chính)",
                              "Văn bản ủy quyền có chứng thực", "CMND người nộp (bản sao)"),
                  "47/PH-MC", name_below=True)
    papers = [receipt(mk, desk, visit, qr=True),
              to_khai_khai_tu(mk, wife, dead, died, date(2025, 3, 17)),
              giay_bao_tu(mk, dead, died, date(2025, 3, 11)),
              van_ban_uy_quyen(mk, wife, son, date(2025, 3, 17)),
              cmnd_2012(mk, son, issued=date(2016, 9, 5), police="Công an tỉnh Tuyên Quang",
                        origin="Kim Phú, Yên Sơn, Tuyên Quang",
                        certified=("1187", "02/2025-SCT/BS", date(2025, 3, 17),
                                   "Đặng Thị Bích", "Kim Phú"))]
    return "dang_ky_khai_tu", Dossier(code, procedure, [], papers)


def to_khai_thuong_tru(mk: Maker, req: Person, moving: list[Person], day: date) -> Paper:
    """TỜ KHAI ĐĂNG KÝ THƯỜNG TRÚ: numbered fields in two columns, the people moving with the
    declarant in a ruled table of their 12-digit numbers."""
    p = mk.page("sans", 10.0, (18.0, 194.0), 14.0)
    centred_motto(p, 11.0)
    head = title(p, "TỜ KHAI ĐĂNG KÝ THƯỜNG TRÚ", 14.0)
    p.line("Kính gửi: Công an xã Tân Hạnh, huyện Long Hồ", "i", 10.5, align="c")
    p.gap(1.5)
    p.segs([(0, f"1. Họ, chữ đệm và tên: {req.upper}"), (112, f"2. Giới tính: {req.sex}")])
    p.segs([(0, f"3. Ngày sinh: {dmy(req.born)}"), (62, f"4. Số định danh cá nhân: {req.cccd}")])
    p.segs([(0, f"5. Số điện thoại: {req.phone}"), (62, "6. Email: không")])
    p.field("7. Nơi thường trú trước khi chuyển đến: số 14, đường Nguyễn Huệ, phường 2, thành "
            "phố Vĩnh Long", hang=5.0)
    p.field(f"8. Nơi đề nghị đăng ký thường trú: {req.home}", hang=5.0)
    p.field("9. Họ, chữ đệm và tên chủ hộ: PHAN VĂN LỢI   Quan hệ với chủ hộ: Cháu ruột",
            hang=5.0)
    p.field("10. Những thành viên trong hộ gia đình cùng thay đổi:")
    rows = [["TT", "Họ, chữ đệm và tên", "Ngày sinh", "Số định danh cá nhân", "Quan hệ"]]
    rows += [[str(i), m.upper, dmy(m.born), m.cccd, rel]
             for i, (m, rel) in enumerate(zip(moving, ("Vợ", "Con"), strict=True), 1)]
    p.table([10.0, 58.0, 28.0, 48.0, 28.0], rows, aligns="clccc", pt=9.5)
    p.field("11. Nội dung đề nghị: Đăng ký thường trú vào chỗ ở hợp pháp do mượn nhà",
            hang=5.0)
    p.gap(2.0)
    p.right(f"Tân Hạnh, ngày {dmy(day)}", "i", 10.5)
    sign_both(p, signer(["Ý KIẾN CỦA CHỦ HỘ"], "Phan Văn Lợi", "(Ghi rõ nội dung, ký)", 16.0,
                        10.5),
              signer(["NGƯỜI KÊ KHAI"], req.name, "(Ký, ghi rõ họ tên)", 16.0, 10.5))
    fields = {"ho_ten": req.upper, "so_cccd": req.cccd, "ngay_ban_hanh": day.isoformat()}
    return Paper("don_de_nghi", "Tờ khai đăng ký thường trú", "to_khai_thuong_tru", [p], fields,
                 head)


def van_ban_dong_y(mk: Maker, owner: Person, req: Person, day: date) -> Paper:
    """VĂN BẢN ĐỒNG Ý CHO ĐĂNG KÝ THƯỜNG TRÚ by the house's owner: his name and number, then
    the one he agrees to take in."""
    p = mk.page("serif", 12.0, (25.0, 188.0), 16.0)
    centred_motto(p, 12.0)
    p.gap(4.0)
    head = title(p, "VĂN BẢN ĐỒNG Ý\nCHO ĐĂNG KÝ THƯỜNG TRÚ", 15.0)
    p.field(f"Tôi là: {owner.upper}", style="b")
    p.field(f"Ngày sinh: {dmy(owner.born)}.   Số định danh cá nhân: {owner.cccd}")
    p.field(f"Là chủ sở hữu chỗ ở hợp pháp tại: {owner.home}", hang=8.0)
    p.field("(theo Giấy chứng nhận quyền sử dụng đất số CS 07712 cấp ngày "
            f"{dmy(date(2017, 10, 3))})", style="i", hang=8.0)
    p.p(f"Tôi đồng ý cho anh {req.name}, sinh ngày {dmy(req.born)}, số định danh cá nhân "
        f"{req.cccd}, cùng vợ và con được đăng ký thường trú tại chỗ ở nêu trên.", indent=8.0)
    p.p("Tôi xin cam đoan những thông tin trên là đúng sự thật, nếu sai tôi xin chịu trách "
        "nhiệm trước pháp luật.", indent=8.0)
    p.gap(4.0)
    p.right(f"Long Hồ, {in_words_short(day)}", "i", 12.0)
    sign_right(p, signer(["NGƯỜI ĐỒNG Ý"], owner.name, "(Ký và ghi rõ họ tên)", 20.0))
    fields = {"ho_ten": owner.upper, "so_cccd": owner.cccd, "ngay_ban_hanh": day.isoformat()}
    return Paper("van_ban_thoa_thuan", "Văn bản đồng ý cho đăng ký thường trú", "van_ban_dong_y",
                 [p], fields, head)


def hop_dong_muon_nha(mk: Maker, a: Person, b: Person, day: date) -> Paper:
    """HỢP ĐỒNG CHO MƯỢN NHÀ Ở on two pages; the second starts with an article, no title."""
    p = mk.page("serif", 11.5, (24.0, 190.0), 14.0)
    centred_motto(p, 11.5)
    p.line("Số: 08/2025/HĐMN", "r", 11.0, align="r")
    head = title(p, "HỢP ĐỒNG CHO MƯỢN NHÀ Ở", 15.0)
    for base in ("Căn cứ Bộ luật Dân sự số 91/2015/QH13 ngày 24 tháng 11 năm 2015;",
                 "Căn cứ Luật Nhà ở số 27/2023/QH15 ngày 27 tháng 11 năm 2023;"):
        p.field(base, style="i")
    p.p(f"Hôm nay, {in_words(day)}, tại {TAN_HANH}, chúng tôi gồm:", indent=0.0)
    p.line("BÊN CHO MƯỢN (Bên A):", "b")
    p.field(f"Ông: {a.upper}   Sinh năm: {a.born.year}")
    p.field(f"Số định danh cá nhân: {a.cccd}   Điện thoại: {a.phone}")
    p.field(f"Địa chỉ: {a.home}", hang=6.0)
    p.line("BÊN MƯỢN (Bên B):", "b")
    p.field(f"Anh: {b.upper}   Sinh năm: {b.born.year}")
    p.field(f"Số định danh cá nhân: {b.cccd}")
    p.field("Hai bên thỏa thuận ký hợp đồng cho mượn nhà ở với các điều khoản sau:")
    p.line("Điều 1. Nhà ở cho mượn", "b")
    p.p(f"Bên A cho bên B mượn toàn bộ căn nhà cấp 4 tại {a.home}, diện tích sử dụng 72 m², "
        "gồm 02 phòng ngủ, 01 bếp, 01 nhà vệ sinh.", indent=6.0)
    p.line("Điều 2. Thời hạn cho mượn", "b")
    p.p(f"Từ ngày {dmy(date(2025, 4, 1))} đến ngày {dmy(date(2030, 3, 31))}. Hết hạn, nếu hai "
        "bên không có ý kiến khác thì hợp đồng được gia hạn thêm 05 năm.", indent=6.0)
    p.line("Điều 3. Quyền và nghĩa vụ của bên A", "b")
    p.p("Giao nhà đúng thời hạn; cho phép bên B đăng ký thường trú tại nhà ở cho mượn; "
        "không được đòi lại nhà trước thời hạn trừ trường hợp quy định tại Điều 5.", indent=6.0)
    p.line("Điều 4. Quyền và nghĩa vụ của bên B", "b")
    p.p("Sử dụng nhà đúng mục đích để ở; giữ gìn, sửa chữa hư hỏng nhỏ; trả tiền điện, nước "
        "và các chi phí sinh hoạt phát sinh trong thời gian mượn.", indent=6.0)
    q = mk.page("serif", 11.5, (24.0, 190.0), 18.0)
    q.line("Điều 5. Chấm dứt hợp đồng", "b")
    q.p("Hợp đồng chấm dứt khi hết thời hạn, khi hai bên thỏa thuận chấm dứt, hoặc khi nhà ở "
        "bị phá dỡ theo quyết định của cơ quan nhà nước có thẩm quyền.", indent=6.0)
    q.line("Điều 6. Cam kết chung", "b")
    q.p("Hai bên cam kết thực hiện đúng các điều khoản đã thỏa thuận. Hợp đồng được lập thành "
        "03 bản có giá trị như nhau, mỗi bên giữ 01 bản, 01 bản nộp cơ quan đăng ký cư trú.",
        indent=6.0)
    q.gap(6.0)
    sign_both(q, signer(["BÊN CHO MƯỢN"], a.name, "(ký, ghi rõ họ tên)", 20.0, 11.5),
              signer(["BÊN MƯỢN"], b.name, "(ký, ghi rõ họ tên)", 20.0, 11.5))
    fields = {"so_ky_hieu": "08/2025/HĐMN", "ngay_ban_hanh": day.isoformat(), "ho_ten": a.upper,
              "so_cccd": a.cccd}
    return Paper("hop_dong", "Hợp đồng cho mượn nhà ở", "hop_dong_muon_nha", [p, q], fields, head)


def dossier_residence(mk: Maker) -> tuple[str, Dossier]:
    """Đăng ký thường trú with the commune police of Vĩnh Long: receipt, declaration, the
    owner's consent, a loan of the house (2 pages) and the declarant's 2024 identity card."""
    home = f"ấp Tân Thuận, {TAN_HANH}"
    req = mk.person("Trương Minh Khang", "1990-07-23", True, "086", home)
    wife = mk.person("Lý Thị Ngọc Hân", "1993-01-05", False, "086", home)
    kid = mk.person("Trương Gia Bảo", "2019-12-14", True, "086", home)
    owner = mk.person("Phan Văn Lợi", "1962-03-30", True, "086", home)
    code = "000.31.12.H60-250409-0112"
    desk = Desk(("CÔNG AN TỈNH VĨNH LONG", "CÔNG AN XÃ TÂN HẠNH"), "Công an xã Tân Hạnh", True,
                ("PHIẾU NHẬN HỒ SƠ",), "Phiếu nhận hồ sơ", "Về việc", "Thượng úy Lê Hoài Phong",
                "list", "sans")
    procedure = "Đăng ký thường trú"
    visit = Visit(code, datetime(2025, 4, 9, 14, 5), datetime(2025, 4, 16, 14, 0), req,
                  procedure, ("Tờ khai đăng ký thường trú", "Văn bản đồng ý của chủ sở hữu",
                              "Hợp đồng cho mượn nhà ở", "Căn cước (bản sao có chứng thực)"))
    papers = [receipt(mk, desk, visit),
              to_khai_thuong_tru(mk, req, [wife, kid], date(2025, 4, 8)),
              van_ban_dong_y(mk, owner, req, date(2025, 4, 2)),
              hop_dong_muon_nha(mk, owner, req, date(2025, 3, 28)),
              can_cuoc_2024(mk, req, issued=date(2024, 8, 19), until=date(2030, 7, 23),
                            birthplace="Phường 2, thành phố Vĩnh Long, tỉnh Vĩnh Long",
                            certified=("2206", "01/2025-SCT/BS", date(2025, 4, 7),
                                       "Nguyễn Văn Út", "Tân Hạnh"))]
    return "dang_ky_thuong_tru", Dossier(code, procedure, [], papers)


def to_khai_lltp(mk: Maker, req: Person, day: date) -> Paper:
    """TỜ KHAI YÊU CẦU CẤP PHIẾU LÝ LỊCH TƯ PHÁP: the parents' names and years, the places
    lived since 14 with their years, a passport's number besides the identity number."""
    p = mk.page("serif", 11.0, (22.0, 192.0), 13.0, dpi=300)
    centred_motto(p, 11.5)
    head = title(p, "TỜ KHAI YÊU CẦU CẤP PHIẾU LÝ LỊCH TƯ PHÁP", 13.5,
                 ["(Dùng cho cá nhân có yêu cầu cấp Phiếu lý lịch tư pháp)"])
    p.line("Kính gửi: Sở Tư pháp tỉnh Khánh Hòa", "i", 11.0, align="c")
    p.gap(1.5)
    p.field(f"1. Họ và tên: {req.upper}   2. Giới tính: {req.sex}")
    p.field(f"3. Ngày, tháng, năm sinh: {dmy(req.born)}   4. Nơi sinh: Nha Trang, Khánh Hòa")
    p.field("5. Quốc tịch: Việt Nam   6. Dân tộc: Kinh")
    p.field(f"7. Nơi thường trú: {req.home}", hang=6.0)
    p.field(f"8. Số định danh cá nhân: {req.cccd}")
    p.field("9. Hộ chiếu số: P01938457, cấp ngày 09/05/2023")
    p.field("10. Họ và tên cha: Đinh Công Lý, năm sinh 1958")
    p.field("11. Họ và tên mẹ: Cao Thị Xuân, năm sinh 1961")
    p.field("12. Quá trình cư trú của bản thân (từ đủ 14 tuổi trở lên):")
    rows = [["Từ tháng, năm", "Đến tháng, năm", "Nơi cư trú", "Nghề nghiệp, nơi làm việc"],
            ["09/2005", "06/2013", "Phường Vĩnh Hải, Nha Trang", "Học sinh, sinh viên"],
            ["07/2013", "nay", "Phường Phước Hòa, Nha Trang", "Kế toán, Công ty TNHH Hải Đăng"]]
    p.table([30.0, 30.0, 56.0, 54.0], rows, aligns="ccll", pt=10.0)
    p.field("13. Yêu cầu cấp: Phiếu lý lịch tư pháp số 1; số lượng: 02 bản")
    p.field("14. Mục đích sử dụng: bổ sung hồ sơ xin việc", hang=6.0)
    p.p("Tôi xin cam đoan những lời khai trên là đúng sự thật và chịu trách nhiệm về lời khai "
        "của mình.", indent=6.0)
    p.gap(1.5)
    p.right(f"Nha Trang, {in_words(day)}", "i", 11.0)
    sign_right(p, signer(["NGƯỜI KHAI"], req.name, "(Ký, ghi rõ họ tên)", 16.0, 11.0))
    fields = {"ho_ten": req.upper, "so_cccd": req.cccd, "ngay_ban_hanh": day.isoformat()}
    return Paper("don_de_nghi", "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", "to_khai_lltp", [p],
                 fields, head)


def giay_uy_quyen_tay(mk: Maker, giver: Person, taker: Person, day: date) -> Paper:
    """A power of attorney typed on a typewriter-like face, the title in mixed case, the
    authorised person's name on the line after its label."""
    p = mk.page("mono", 10.5, (22.0, 190.0), 20.0)
    p.line(f"{'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM':^46}", "b", 10.5, align="c")
    p.line("Độc lập - Tự do - Hạnh phúc", "r", 10.5, align="c")
    p.gap(6.0)
    head = title(p, "Giấy Ủy Quyền", 15.0)
    p.field(f"Người ủy quyền: {giver.upper}", style="b")
    p.field(f"Số định danh: {giver.cccd}; ngày sinh {dmy(giver.born)}")
    p.field(f"Thường trú: {giver.home}", hang=6.0)
    p.field("Người được ủy quyền:")
    p.field(taker.upper, style="b")
    p.field(f"Số định danh: {taker.cccd}")
    p.p("Được thay tôi nộp tờ khai và nhận Phiếu lý lịch tư pháp số 1 tại Trung tâm Phục vụ "
        "hành chính công tỉnh Khánh Hòa.", indent=0.0)
    p.gap(4.0)
    p.right(f"Nha Trang, ngày {dmy(day)}", "r", 10.5)
    sign_both(p, signer(["Người được ủy quyền"], taker.name, "", 18.0, 10.5),
              signer(["Người ủy quyền"], giver.name, "", 18.0, 10.5))
    fields = {"ho_ten": giver.upper, "so_cccd": giver.cccd, "ngay_ban_hanh": day.isoformat()}
    return Paper("giay_uy_quyen", "Giấy ủy quyền", "uy_quyen", [p], fields, head)


def dossier_record(mk: Maker) -> tuple[str, Dossier]:
    """Cấp Phiếu lý lịch tư pháp at Khánh Hòa's centre: receipt, declaration, passport copy,
    and the power of attorney of the sister who hands it in."""
    req = mk.person("Đinh Thị Thu Trang", "1991-08-29", False, "056",
                    "số 27 Lê Hồng Phong, phường Phước Hòa, thành phố Nha Trang, tỉnh Khánh Hòa")
    sister = mk.person("Đinh Thị Thu Thảo", "1995-02-11", False, "056",
                       "số 27 Lê Hồng Phong, phường Phước Hòa, thành phố Nha Trang, tỉnh Khánh Hòa")
    code = "000.00.27.H34-250522-0309"
    desk = Desk(("UBND TỈNH KHÁNH HÒA", "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"),
                "Trung tâm Phục vụ hành chính công", True, ("GIẤY HẸN TRẢ KẾT QUẢ",),
                "Giấy hẹn trả kết quả", "Tên TTHC", "Huỳnh Thị Mỹ Lệ", "boxed")
    procedure = "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam"
    visit = Visit(code, datetime(2025, 5, 22, 8, 41), datetime(2025, 6, 4, 8, 0), sister,
                  procedure, ("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp",
                              "Bản chụp hộ chiếu", "Giấy ủy quyền"), "309/GH-TTPVHCC")
    papers = [receipt(mk, desk, visit, qr=True),
              to_khai_lltp(mk, req, date(2025, 5, 20)),
              passport(mk, req, "P01938457", issued=date(2023, 5, 9), until=date(2033, 5, 9),
                       birthplace="Khánh Hòa"),
              giay_uy_quyen_tay(mk, req, sister, date(2025, 5, 20))]
    return "cap_phieu_ly_lich_tu_phap", Dossier(code, procedure, [], papers)
