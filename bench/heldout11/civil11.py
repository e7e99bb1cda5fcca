"""Two dossiers of the eleventh held-apart set: a mother asks, online, for a copy from the
register of her son's 2006 school-leaving diploma while he works in Japan (Huế), the receipt a
printout of the portal; a father asks to be recognised as his daughter's father (phường Bà
Rịa, Thành phố Hồ Chí Minh) without the proof of parentage, the receipt with the request in a
shaded band."""

from __future__ import annotations

from datetime import date

from page11 import (
    MOTTO,
    MOTTO2,
    Dossier,
    L,
    Maker,
    Paper,
    chip_copy,
    dmy,
    header,
    motto,
    rows,
    sign_both,
    sign_right,
    signer,
    stamp,
    title,
    words,
)


def diploma_copy(mk: Maker) -> Dossier:
    """Cấp bản sao văn bằng từ sổ gốc (Huế): the portal's receipt, the son's application, his
    power of attorney certified by the consulate, his mother's card and a worn photocopy of
    the diploma."""
    son = mk.person("Tôn Thất Minh Khôi", "1988-08-05", True, "046",
                    "kiệt 14 Phan Đình Phùng, phường Thuận Hóa, thành phố Huế")
    mom = mk.person("Công Tằng Tôn Nữ Diệu Hiền", "1962-03-19", False, "046", son.home)
    code = "000.00.12.H57-260316-0402"
    procedure = "Xin cấp bản sao bằng tốt nghiệp THPT năm 2006 (cấp từ sổ gốc, nộp thay)"
    p = mk.page("int", 9.5, (16.0, 194.0), 8.0)
    p.line("16/3/26, 14:37          Cổng Dịch vụ công - Tiếp nhận hồ sơ trực tuyến", "r", 8.0)
    p.gap(4.0)
    p.pair([L("UBND THÀNH PHỐ HUẾ", "r", 10.0),
            L("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "b", 10.0, rule=24.0)],
           [L(MOTTO, "b", 9.5), L(MOTTO2, "b", 10.0, rule=-1)], (10.0, 96.0), (94.0, 202.0))
    p.gap(4.0)
    head = title(p, "GIẤY TIẾP NHẬN HỒ SƠ TRỰC TUYẾN", 14.0,
                 ("(Hồ sơ nộp qua Cổng Dịch vụ công quốc gia - thanh toán trực tuyến)",))
    for label, value in (("Mã hồ sơ:", code), ("Người nộp:", mom.name),
                         ("Số định danh người nộp:", mom.cccd),
                         ("Nộp thay cho:", f"{son.name}, sinh ngày {dmy(son.born)}"),
                         ("Thủ tục:", procedure),
                         ("Thời điểm nộp:", "23:12 ngày 15/3/2026 (ngoài giờ hành chính)"),
                         ("Ngày tiếp nhận:", "16/3/2026"),
                         ("Ngày hẹn trả:", "23/3/2026"),
                         ("Phí:", "10.000 đồng/bản x 2 bản = 20.000 đồng (đã thanh toán)"),
                         ("Nhận kết quả:", "qua dịch vụ bưu chính công ích, về địa chỉ người nộp")):
        head_, _, rest = value.partition(" (") if label == "Thủ tục:" else (value, "", "")
        p.segs([(0.0, label), (50.0, head_)], pt=9.5)
        if rest:
            p.segs([(50.0, f"({rest}")], pt=9.5)
    p.gap(3.0)
    p.table([12.0, 120.0, 46.0],
            [["STT", "Tệp đính kèm", "Ghi chú"],
             ["1", "Đơn đề nghị cấp bản sao văn bằng từ sổ gốc.pdf", "bản chụp, đã ký"],
             ["2", "Giấy ủy quyền (chứng thực tại Osaka).pdf", "bản chụp"],
             ["3", "Căn cước người nộp.jpg", "2 mặt"],
             ["4", "Bằng tốt nghiệp (bản photo cũ).pdf", "tham khảo"]], aligns="clc", pt=9.0)
    p.p("Giấy này được gửi tự động vào thư điện tử của người nộp; cán bộ tiếp nhận đã kiểm tra "
        "và in để lưu kèm hồ sơ giấy.", pt=9.0, align="j")
    sign_right(p, signer(["CÁN BỘ TIẾP NHẬN"], "Hồ Thị Bảo Trân", space=10.0, pt=10.0))
    p.line("https://dichvucong.gov.vn/p/home/dvc-tiep-nhan.html        1/1", "r", 8.0)
    receipt = Paper("phieu_tiep_nhan", "Giấy tiếp nhận hồ sơ", "giay_tiep_nhan_ban_in_cong",
                    [p], {"thu_tuc": procedure, "ho_ten": mom.name, "so_cccd": mom.cccd,
                          "ngay_ban_hanh": "2026-03-16",
                          "co_quan_ban_hanh": "SỞ GIÁO DỤC VÀ ĐÀO TẠO"}, head)

    a = mk.page("gar", 13.0, (24.0, 188.0), 14.0)
    motto(a, 13.0)
    head = title(a, "ĐƠN ĐỀ NGHỊ CẤP BẢN SAO VĂN BẰNG, CHỨNG CHỈ\nTỪ SỔ GỐC", 15.0)
    a.center("Kính gửi: Sở Giáo dục và Đào tạo thành phố Huế", "r", 13.0)
    a.gap(2.0)
    rows(a, [f"Họ và tên người đề nghị: {son.name}",
             f"Ngày sinh: {dmy(son.born)}     Nơi sinh: Thừa Thiên Huế",
             f"Số định danh cá nhân: {son.cccd}",
             "Nơi ở hiện nay: 2-14-7 Nishinakajima, Yodogawa-ku, Osaka, Nhật Bản",
             "Văn bằng đề nghị cấp bản sao: Bằng tốt nghiệp trung học phổ thông",
             "Năm tốt nghiệp: 2006     Trường: THPT Hai Bà Trưng, Huế",
             "Số hiệu văn bằng: 0731942     Số vào sổ gốc cấp văn bằng: 4517/TN-2006",
             "Số lượng bản sao: 02",
             "Lý do: bản chính bị hư hỏng do ngập nước năm 2020; cần nộp bản sao để gia hạn tư "
             "cách lưu trú tại Nhật Bản."], pt=13.0)
    a.p("Tôi ủy quyền cho mẹ tôi là bà Công Tằng Tôn Nữ Diệu Hiền nộp hồ sơ và nhận kết quả.",
        pt=13.0, align="j")
    a.line(f"Osaka, {words(date(2026, 3, 2))}", "i", 13.0, align="r")
    sign_right(a, signer(["NGƯỜI ĐỀ NGHỊ"], son.name, note="(Ký, ghi rõ họ tên)", space=14.0,
                         pt=13.0))
    application = Paper("don_de_nghi", "Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
                        "don_ban_sao_so_goc", [a],
                        {"ho_ten": son.name, "so_cccd": son.cccd, "ngay_ban_hanh": "2026-03-02"},
                        head)

    u = mk.page("gar", 12.5, (24.0, 188.0), 14.0)
    motto(u, 12.5)
    head = title(u, "GIẤY ỦY QUYỀN", 16.0)
    rows(u, ["Bên ủy quyền:", f"Ông {son.name}, sinh ngày {dmy(son.born)}",
             f"Số định danh cá nhân: {son.cccd}; hộ chiếu số P 2190476",
             "Bên được ủy quyền:", f"Bà {mom.name}, sinh năm {mom.born.year}",
             f"Số định danh cá nhân: {mom.cccd}",
             f"Cư trú tại: {mom.home}"], pt=12.5)
    u.p("Nội dung ủy quyền: thay mặt tôi làm thủ tục đề nghị cấp bản sao bằng tốt nghiệp trung "
        "học phổ thông năm 2006 từ sổ gốc tại Sở Giáo dục và Đào tạo thành phố Huế, nộp phí và "
        "nhận kết quả. Thời hạn ủy quyền: đến hết ngày 31/12/2026.", pt=12.5, align="j")
    u.line(f"Osaka, {words(date(2026, 3, 2))}", "i", 12.5, align="r")
    sign_both(u, signer(["BÊN ĐƯỢC ỦY QUYỀN"], mom.name, space=12.0, pt=12.0),
              signer(["BÊN ỦY QUYỀN"], son.name, space=12.0, pt=12.0))
    stamp(u, ["TỔNG LÃNH SỰ QUÁN VIỆT NAM TẠI OSAKA", "CHỨNG NHẬN CHỮ KÝ",
              "Số: 0288/2026/CN-TLSQ - ngày 04/3/2026"], 40.0, u.y + 4.0, pt=8.5)
    power = Paper("giay_uy_quyen", "Giấy ủy quyền", "giay_uy_quyen_lanh_su", [u],
                  {"ho_ten": son.name, "so_cccd": son.cccd, "ngay_ban_hanh": "2026-03-02"},
                  head)

    card = chip_copy(mk, mom, issued=date(2024, 9, 12), home="Phường Thuận Hóa, Huế",
                     origin="UBND phường Phú Hội, thành phố Huế", kind="can_cuoc_me_hue")

    d = mk.page("gar", 12.0, (28.0, 182.0), 26.0)
    d.rect((20.0, 190.0, 18.0, 196.0), width=1.0)
    motto(d, 12.0)
    d.center("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "r", 12.5)
    d.gap(3.0)
    head = title(d, "BẰNG TỐT NGHIỆP\nTRUNG HỌC PHỔ THÔNG", 18.0)
    rows(d, ["Giám đốc Sở Giáo dục và Đào tạo Thừa Thiên Huế", f"Cấp cho: {son.upper}",
             f"Ngày sinh: {dmy(son.born)}     Nơi sinh: Thừa Thiên Huế",
             "Học sinh trường: THPT Hai Bà Trưng     Khóa thi: 2006     Xếp loại: Khá"], pt=12.0)
    d.line(f"Huế, {words(date(2006, 7, 28))}", "i", 12.0, align="r")
    sign_right(d, signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Trương Công Thọ", space=12.0,
                         pt=11.5), seal=True)
    d.line("Số hiệu: 0731942        Số vào sổ gốc cấp văn bằng: 4517/TN-2006", "r", 10.0)
    old = Paper("bang_cap", "Bằng tốt nghiệp trung học phổ thông", "bang_thpt_2006_photo_cu",
                [d], {"ho_ten": son.upper, "so_ky_hieu": "0731942", "ngay_ban_hanh": "2006-07-28",
                      "co_quan_ban_hanh": "Sở Giáo dục và Đào tạo Thừa Thiên Huế"}, head)
    return Dossier(code, procedure, [], [receipt, application, power, card, old])


def recognition(mk: Maker) -> Dossier:
    """Nhận cha, mẹ, con (Bà Rịa): the receipt with its number and the request in a shaded
    band, the declaration, the daughter's 2022 birth certificate (colour, 300 dpi) and the
    parents' cards; the DNA report is still to come."""
    dad = mk.person("Lò Văn Thưởng", "1991-12-01", True, "014",
                    "khu phố Long Hương 3, phường Bà Rịa, Thành phố Hồ Chí Minh")
    mom = mk.person("Huỳnh Thị Kim Yến", "1995-04-22", False, "077", dad.home)
    kid = mk.person("Huỳnh Ngọc Bảo Vy", "2022-07-09", False, "077", dad.home)
    code = "000.00.21.H29-260318-0156"
    procedure = "Cha nhận con chung (con đã có khai sinh, chưa có tên cha)"
    missing = ("Chứng cứ chứng minh quan hệ cha, mẹ, con (văn bản giám định, xác nhận của cơ "
               "quan y tế …)")
    p = mk.page("int", 10.0, (18.0, 192.0), 12.0)
    header(p, ["UBND PHƯỜNG BÀ RỊA", "BỘ PHẬN MỘT CỬA"], "42/BN-TP", pt=10.5)
    head = title(p, "GIẤY BIÊN NHẬN HỒ SƠ HỘ TỊCH", 14.0)
    p.line(f"Mã hồ sơ: {code}", "b", 10.0)
    band = p.y
    p.rect((16.0, 194.0, band, band + 9.0), outline=None, fill=(215, 215, 215))
    p.gap(1.5)
    p.line(f"Yêu cầu: {procedure}", "b", 10.5)
    p.y = band + 11.0
    rows(p, [f"Người yêu cầu: {dad.name}", f"Số định danh: {dad.cccd}",
             f"Người được nhận là con: {kid.name}, sinh ngày {dmy(kid.born)}",
             f"Mẹ của trẻ: {mom.name}", "Giấy tờ đã nhận: tờ khai; bản sao giấy khai sinh của "
             "trẻ; bản chụp căn cước của cha và mẹ.",
             "Giấy tờ còn thiếu: văn bản giám định ADN (hoặc giấy tờ khác chứng minh quan hệ cha "
             "con) - bổ sung trước ngày 27/3/2026.",
             "Ngày nhận: 18/3/2026. Ngày trả: 03 ngày làm việc kể từ khi nhận đủ giấy tờ.",
             "Lệ phí: miễn (theo Nghị quyết của HĐND Thành phố)"], pt=10.0)
    sign_both(p, signer(["NGƯỜI NỘP"], dad.name, space=12.0, pt=10.0),
              signer(["CÔNG CHỨC TƯ PHÁP - HỘ TỊCH"], "Đặng Thị Mỹ Duyên", space=12.0,
                     pt=10.0))
    receipt = Paper("phieu_tiep_nhan", "Giấy biên nhận hồ sơ", "giay_bien_nhan_dai_xam", [p],
                    {"thu_tuc": procedure, "ho_ten": dad.name, "so_cccd": dad.cccd,
                     "so_ky_hieu": "42/BN-TP", "ngay_ban_hanh": "2026-03-18",
                     "co_quan_ban_hanh": "UBND PHƯỜNG BÀ RỊA"}, head)

    t = mk.page("gar", 12.5, (22.0, 190.0), 12.0)
    motto(t, 12.5)
    head = title(t, "TỜ KHAI ĐĂNG KÝ NHẬN CHA, MẸ, CON", 15.0)
    t.center("Kính gửi: Ủy ban nhân dân phường Bà Rịa", "r", 12.5)
    rows(t, [f"Họ, chữ đệm, tên người yêu cầu: {dad.name}",
             f"Ngày, tháng, năm sinh: {dmy(dad.born)}     Dân tộc: Thái     Quốc tịch: Việt Nam",
             f"Số định danh cá nhân: {dad.cccd}",
             f"Nơi cư trú: {dad.home}", "Quan hệ với người được nhận: cha",
             f"Đề nghị công nhận người có tên dưới đây là con: {kid.name}",
             f"Ngày sinh: {dmy(kid.born)}     Giới tính: Nữ     Số định danh: {kid.cccd}",
             "Giấy khai sinh số 214/2022, đăng ký tại UBND phường Long Hương ngày 20/7/2022",
             f"Họ tên mẹ: {mom.name}     Số định danh: {mom.cccd}"], pt=12.0)
    t.p("Tôi cam đoan việc nhận con là đúng sự thật, tự nguyện và không có tranh chấp; mẹ của "
        "cháu đồng ý và cùng ký dưới đây.", pt=12.0, align="j")
    t.line(f"Bà Rịa, {words(date(2026, 3, 17), pad=True)}", "i", 12.0, align="r")
    sign_both(t, signer(["Ý KIẾN NGƯỜI MẸ"], mom.name, note="(đồng ý)", space=12.0, pt=12.0),
              signer(["NGƯỜI YÊU CẦU"], dad.name, space=12.0, pt=12.0))
    form = Paper("don_de_nghi", "Tờ khai đăng ký nhận cha, mẹ, con",
                 "to_khai_nhan_con_me_dong_y", [t],
                 {"ho_ten": dad.name, "so_cccd": dad.cccd, "ngay_ban_hanh": "2026-03-17"},
                 head)

    b = mk.page("gar", 12.0, (26.0, 184.0), 16.0, dpi=300, color=True)
    b.rect((16.0, 194.0, 10.0, 232.0), width=1.0, outline=(40, 110, 60))
    b.pair([L("UBND THÀNH PHỐ BÀ RỊA", "r", 10.5), L("UBND PHƯỜNG LONG HƯƠNG", "r", 11.0,
                                                          rule=24.0), L("Số: 214/2022", "r", 11.0)],
           [L(MOTTO, "r", 10.5), L(MOTTO2, "r", 11.5, rule=-1)], (18.0, 96.0), (92.0, 194.0))
    b.gap(4.0)
    head = title(b, "GIẤY KHAI SINH", 20.0)
    rows(b, [f"Họ, chữ đệm, tên: {kid.upper}", f"Ngày, tháng, năm sinh: {dmy(kid.born)}   "
             "ghi bằng chữ: ngày chín, tháng bảy, năm hai nghìn không trăm hai mươi hai",
             "Giới tính: Nữ     Dân tộc: Kinh     Quốc tịch: Việt Nam",
             "Nơi sinh: Bệnh viện Bà Rịa, tỉnh Bà Rịa - Vũng Tàu",
             f"Số định danh cá nhân: {kid.cccd}",
             f"Họ, chữ đệm, tên người mẹ: {mom.upper}     Năm sinh: {mom.born.year}",
             "Họ, chữ đệm, tên người cha: ............................................",
             "Nơi đăng ký khai sinh: UBND phường Long Hương, thành phố Bà Rịa"], pt=11.5)
    b.line(f"Ngày {dmy(date(2022, 7, 20))}", "i", 12.0, align="r")
    sign_right(b, signer(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Thanh Sơn", space=14.0,
                         pt=11.5), seal=True)
    birth = Paper("giay_khai_sinh", "Giấy khai sinh", "giay_khai_sinh_trong_ten_cha", [b],
                  {"ho_ten": kid.upper, "so_cccd": kid.cccd, "so_ky_hieu": "214/2022",
                   "ngay_ban_hanh": "2022-07-20",
                   "co_quan_ban_hanh": "UBND PHƯỜNG LONG HƯƠNG"}, head)
    card = chip_copy(mk, dad, issued=date(2021, 8, 30), home="P. Long Hương, TP Bà Rịa, "
                     "BR-VT", origin="Mường La, Sơn La", kind="cccd_cha_ba_ria",
                     label="Thẻ căn cước công dân", old=True)
    return Dossier(code, procedure, [missing], [receipt, form, birth, card])
