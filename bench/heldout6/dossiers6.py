"""The four dossiers of the sixth held-apart set: a death registered again (Nghệ An), a father
recognising his child without the proof of kinship (Vĩnh Long), a company's change of its
registered office and legal representative (Đà Nẵng) and a lost land certificate issued again
(Lâm Đồng); and a family's estate papers, loose. Each dossier starts with its counter's
receipt in the wording of a real kind of slip that no earlier set used, which names the
procedure in its own words."""

from __future__ import annotations

from datetime import date

from page6 import (
    Dossier,
    Maker,
    Page,
    Paper,
    Person,
    card_2024,
    dmy,
    header,
    motto,
    rows,
    sign_both,
    sign_right,
    signer,
    title,
    words,
)


def slip(p: Page, agency: tuple[str, ...], code: str, heading: str, dated: str,
         sub: tuple[str, ...] = ()) -> str:
    """The top of a receipt: the counter's header, the title and ``Mã hồ sơ:`` under it."""
    header(p, agency, None, dated, pt=11.5, split=86.0)
    head = title(p, heading, 14.0, sub)
    p.line(f"Mã hồ sơ: {code}", "b", 12.0, align="c")
    p.gap(2.0)
    return head


NHAN = Person("Hồ Thị Thanh Nhàn", date(1979, 4, 2), False, "040179004826",
               "xóm 7, xã Diễn Châu, tỉnh Nghệ An", "0912447305")
"""The daughter who registers her mother's death again and inherits her father's land."""


def death_again(mk: Maker) -> Dossier:
    """Đăng ký lại khai tử (Nghệ An): the commune centre's hand-over slip with a table of
    papers, the declaration, a copy of the 2014 death certificate."""
    heir = NHAN
    code = "000.40.27.H40-260112-0311"
    procedure = ("Đăng ký lại khai tử cho bà Trần Thị Lài (chết năm 2014, sổ hộ tịch bị mất "
                 "do lũ lụt) - người yêu cầu là con gái")
    agency = "Trung tâm Phục vụ hành chính công xã Diễn Châu"
    p = mk.page("andika", 11.5, (18.0, 194.0), 12.0)
    head = slip(p, ("UBND XÃ DIỄN CHÂU", "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"),
                code, "PHIẾU GIAO NHẬN HỒ SƠ", f"Diễn Châu, {words(date(2026, 1, 12))}",
                ("(Liên 2: Giao cho người nộp hồ sơ)",))
    rows(p, [f"{agency} nhận hồ sơ của:",
             f"Bà: {heir.name}     Năm sinh: {heir.born.year}",
             f"Số định danh cá nhân: {heir.cccd}     Điện thoại: {heir.phone}",
             f"Địa chỉ: {heir.home}",
             f"Thủ tục hành chính: {procedure}"])
    p.gap(1.5)
    p.table([12.0, 110.0, 27.0, 27.0], [
        ["STT", "Tên giấy tờ", "Bản chính", "Bản sao"],
        ["1", "Tờ khai đăng ký lại khai tử", "01", ""],
        ["2", "Giấy chứng tử số 08 ngày 21/3/2014", "", "01"],
        ["3", "Căn cước của người yêu cầu", "xuất trình", ""]], aligns="lllc", pt=11.0)
    p.gap(1.5)
    rows(p, ["Số tờ: 02. Lệ phí: miễn.",
             "Ngày hẹn trả kết quả: 16/01/2026 (buổi chiều)",
             "Nơi trả kết quả: quầy số 2, Trung tâm Phục vụ hành chính công xã"])
    sign_both(p, signer(["NGƯỜI NỘP"], heir.name, "(Ký, ghi rõ họ tên)", 14.0, 11.5),
              signer(["CÁN BỘ TIẾP NHẬN"], "Phan Văn Quý", "(Ký, ghi rõ họ tên)", 14.0, 11.5))
    receipt = Paper("phieu_tiep_nhan", "Phiếu giao nhận hồ sơ", "phieu_giao_nhan", [p],
                    {"thu_tuc": procedure, "ho_ten": heir.name, "so_cccd": heir.cccd,
                     "ngay_ban_hanh": "2026-01-12", "co_quan_ban_hanh": agency}, head)

    f = mk.page("charis", 12.0, (22.0, 192.0), 12.0)
    motto(f, 12.0)
    head = title(f, "TỜ KHAI ĐĂNG KÝ LẠI KHAI TỬ", 14.0)
    f.line("Kính gửi: Ủy ban nhân dân xã Diễn Châu, tỉnh Nghệ An", "r", 11.5, align="c")
    f.gap(2.0)
    rows(f, ["Họ, chữ đệm, tên người yêu cầu:"])
    f.field(heir.upper, style="b", x0=40.0)
    rows(f, [f"Nơi cư trú: {heir.home}",
             f"Giấy tờ tùy thân: Căn cước số {heir.cccd}",
             "Quan hệ với người đã chết: con",
             "Đề nghị cơ quan đăng ký lại khai tử cho người có tên dưới đây:",
             "Họ, chữ đệm, tên: TRẦN THỊ LÀI     Giới tính: Nữ     Dân tộc: Kinh",
             "Ngày, tháng, năm sinh: 10/10/1951",
             "Đã chết vào lúc: 16 giờ 00 phút, ngày 19/3/2014, tại nhà, xóm 7, xã Diễn Thành",
             "Đã đăng ký khai tử tại: UBND xã Diễn Thành, huyện Diễn Châu; số 08, quyển số "
             "01/2014, ngày 21/3/2014",
             "Lý do đăng ký lại: sổ hộ tịch lưu tại xã bị mất trong đợt lũ tháng 10 năm 2020.",
             "Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm "
             "trước pháp luật về cam đoan của mình."])
    f.gap(2.0)
    f.line(f"Làm tại: xã Diễn Châu, {words(date(2026, 1, 10), pad=False)}", "i", 12.0,
           align="r")
    sign_right(f, signer(["Người yêu cầu"], heir.name, "(Ký, ghi rõ họ, chữ đệm, tên)", 15.0,
                         12.0))
    form = Paper("don_de_nghi", "Tờ khai đăng ký lại khai tử", "to_khai_lai_khai_tu", [f],
                 {"ho_ten": heir.upper, "so_cccd": heir.cccd, "ngay_ban_hanh": "2026-01-10"},
                 head)

    c = mk.page("charis", 12.0, (26.0, 186.0), 16.0)
    header(c, ("UBND HUYỆN DIỄN CHÂU", "UBND XÃ DIỄN THÀNH"), "08", None, pt=11.5)
    head = title(c, "GIẤY CHỨNG TỬ", 15.5, ("(Bản sao)",))
    rows(c, ["Họ và tên: TRẦN THỊ LÀI     Giới tính: Nữ",
             "Ngày, tháng, năm sinh: 10/10/1951     Dân tộc: Kinh     Quốc tịch: Việt Nam",
             "Nơi thường trú cuối cùng: xóm 7, xã Diễn Thành, huyện Diễn Châu, tỉnh Nghệ An",
             "Số CMND: 181023517",
             "Đã chết vào lúc: 16 giờ 00 phút, ngày 19 tháng 3 năm 2014",
             "Nơi chết: tại nhà",
             "Nguyên nhân chết: bệnh già",
             "Người đi khai tử: Hồ Sỹ Lộc, quan hệ với người chết: chồng"])
    c.gap(2.0)
    c.line(f"Đăng ký ngày {dmy(date(2014, 3, 21))}", "i", 11.5, align="r")
    sign_right(c, signer(["TM. UBND XÃ DIỄN THÀNH", "CHỦ TỊCH"], "Cao Xuân Hòa", space=17.0,
                         pt=11.5), seal=True)
    death = Paper("giay_chung_tu", "Giấy chứng tử (2014, bản sao)", "giay_chung_tu_cu", [c],
                  {"ho_ten": "TRẦN THỊ LÀI", "so_ky_hieu": "08", "ngay_ban_hanh": "2014-03-21",
                   "co_quan_ban_hanh": "UBND xã Diễn Thành"}, head)
    return Dossier(code, procedure, [], [receipt, form, death])


def estate_papers(mk: Maker) -> list[Paper]:
    """Loose papers of one family (Nghệ An): the heirs' declaration of the estate (2 p.,
    notarised), the father's 2003 land certificate (colour, 300 dpi), a copy of his death
    extract."""
    father_name, died = "Hồ Sỹ Lộc", date(2025, 6, 14)
    heir = NHAN
    brother = mk.person("Hồ Sỹ Thắng", "1982-12-19", True, "040",
                        "xóm 7, xã Diễn Châu, tỉnh Nghệ An")
    a = mk.page("charis", 12.5, (24.0, 190.0), 14.0)
    motto(a, 12.5)
    head = title(a, "VĂN BẢN KHAI NHẬN DI SẢN", 15.0)
    a.p(f"Hôm nay, {words(date(2026, 1, 8))}, tại Văn phòng công chứng Diễn Châu, "
        "tỉnh Nghệ An, chúng tôi gồm:", align="j")
    rows(a, [f"1. Bà {heir.name}, sinh năm {heir.born.year}, số định danh cá nhân "
             f"{heir.cccd}, thường trú tại {heir.home};",
             f"2. Ông {brother.name}, sinh năm {brother.born.year}, số định danh cá nhân "
             f"{brother.cccd}, thường trú tại {brother.home}."])
    a.p(f"Là những người thừa kế theo pháp luật của ông {father_name}, sinh năm 1948, chết "
        f"ngày {dmy(died)} theo Trích lục khai tử số 125/TLKT-BS. Di sản là quyền sử dụng "
        "thửa đất số 512, tờ bản đồ số 31, diện tích 286,0 m2 theo Giấy chứng nhận số AĐ "
        "318457 do UBND huyện Diễn Châu cấp ngày 15/9/2003.", align="j")
    a.p("Mẹ chúng tôi là bà Trần Thị Lài đã chết năm 2014; ông Hồ Sỹ Lộc không để lại di "
        "chúc. Ông Hồ Sỹ Thắng tự nguyện nhường toàn bộ phần di sản mình được hưởng cho bà "
        "Hồ Thị Thanh Nhàn.", align="j")
    a2 = mk.page("charis", 12.5, (24.0, 190.0), 16.0)
    a2.p("Chúng tôi cam đoan không bỏ sót người thừa kế nào và chịu trách nhiệm về việc khai "
         "nhận này; bà Hồ Thị Thanh Nhàn được đăng ký quyền sử dụng thửa đất nói trên.",
         align="j")
    sign_both(a2, signer(["NGƯỜI KHAI NHẬN"], heir.name, space=14.0),
              signer(["NGƯỜI TỪ CHỐI NHẬN"], brother.name, space=14.0))
    a2.gap(3.0)
    a2.head("LỜI CHỨNG CỦA CÔNG CHỨNG VIÊN", align="c")
    a2.p(f"{words(date(2026, 1, 8)).capitalize()}, tại Văn phòng công chứng Diễn Châu, tôi, "
         "Nguyễn Đức Mạnh, công chứng viên, chứng nhận văn bản khai nhận di sản này được lập "
         "và ký trước mặt tôi.", align="j")
    a2.field("Số công chứng: 0214/2026, quyển số 01/2026 TP/CC-SCC/HĐGD")
    sign_right(a2, signer(["CÔNG CHỨNG VIÊN"], "Nguyễn Đức Mạnh", space=18.0), seal=True)
    estate = Paper("van_ban_thua_ke", "Văn bản khai nhận di sản", "khai_nhan_di_san", [a, a2],
                   {"ho_ten": heir.name, "so_cccd": heir.cccd, "ngay_ban_hanh": "2026-01-08",
                    "so_ky_hieu": "0214/2026",
                    "co_quan_ban_hanh": "Văn phòng công chứng Diễn Châu"}, head)

    c = mk.page("charis", 12.0, (26.0, 186.0), 20.0, dpi=300, color=True)
    c.frame()
    motto(c, 12.0)
    head = title(c, "GIẤY CHỨNG NHẬN\nQUYỀN SỬ DỤNG ĐẤT", 16.0)
    c.center("ỦY BAN NHÂN DÂN HUYỆN DIỄN CHÂU", "b", 12.0)
    c.center("chứng nhận", "i", 11.5)
    rows(c, [f"Ông: {father_name}, sinh năm 1948, CMND số: 181023446",
             "Bà: Trần Thị Lài, sinh năm 1951, CMND số: 181023517",
             "Địa chỉ: xóm 7, xã Diễn Thành, huyện Diễn Châu, tỉnh Nghệ An",
             "được quyền sử dụng thửa đất sau:",
             "1. Thửa đất số: 512     Tờ bản đồ số: 31",
             "2. Diện tích: 286,0 m2 (bằng chữ: hai trăm tám mươi sáu mét vuông)",
             "3. Mục đích sử dụng: đất ở 200 m2; đất trồng cây lâu năm 86 m2",
             "4. Thời hạn sử dụng: đất ở lâu dài; đất trồng cây lâu năm đến năm 2043"])
    c.gap(3.0)
    c.line(f"Diễn Châu, {words(date(2003, 9, 15))}", "i", 11.5, align="r")
    sign_right(c, signer(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
                         "Võ Văn Thiện", space=20.0, pt=11.5), seal=True)
    c.gap(2.0)
    c.field("Số vào sổ cấp GCN: 01472 QSDĐ/412/QĐ-UB     AĐ 318457", pt=10.5)
    cert = Paper("giay_chung_nhan_qsdd", "Giấy chứng nhận quyền sử dụng đất (2003)",
                 "gcn_2003", [c], {"ho_ten": father_name, "so_ky_hieu": "AĐ 318457",
                                   "ngay_ban_hanh": "2003-09-15",
                                   "co_quan_ban_hanh": "Ủy ban nhân dân huyện Diễn Châu"}, head)

    t = mk.page("charis", 12.0, (24.0, 190.0), 12.0)
    header(t, ("ỦY BAN NHÂN DÂN", "XÃ DIỄN CHÂU"), "125/TLKT-BS", None, pt=12.0)
    head = title(t, "TRÍCH LỤC KHAI TỬ", 14.5, ("(BẢN SAO)",))
    rows(t, [f"Họ, chữ đệm, tên người đã chết: {father_name.upper()}",
             "Ngày, tháng, năm sinh: 03/03/1948     Giới tính: Nam     Dân tộc: Kinh",
             "Số định danh cá nhân: 040048001873",
             f"Đã chết vào lúc: 05 giờ 40 phút, ngày {dmy(died)}",
             "Nơi chết: tại nhà, xóm 7, xã Diễn Châu, tỉnh Nghệ An",
             "Nơi đăng ký khai tử: Ủy ban nhân dân xã Diễn Châu, tỉnh Nghệ An",
             "Ngày đăng ký: 20/6/2025     Số đăng ký: 67"])
    t.gap(2.0)
    t.line(f"Diễn Châu, {words(date(2025, 12, 29))}", "i", 12.0, align="r")
    sign_right(t, signer(["TL. CHỦ TỊCH", "CÔNG CHỨC TƯ PHÁP - HỘ TỊCH"], "Lê Thị Hương",
                         space=17.0), seal=True)
    extract = Paper("trich_luc_ho_tich", "Trích lục khai tử (bản sao)", "trich_luc_khai_tu",
                    [t], {"ho_ten": father_name.upper(), "so_cccd": "040048001873",
                          "so_ky_hieu": "125/TLKT-BS",
                          "ngay_ban_hanh": "2025-12-29",
                          "co_quan_ban_hanh": "Ủy ban nhân dân xã Diễn Châu"}, head)
    return [estate, cert, extract]


def recognition(mk: Maker) -> Dossier:
    """Nhận cha, mẹ, con (Vĩnh Long): the commune's slip (the procedure on the line under its
    label, a QR code at its foot), the declaration, the father's 2024 card copy, the child's
    birth certificate; the proof of kinship is missing."""
    father = mk.person("Thạch Minh Khang", "1990-07-21", True, "086",
                       "ấp Phú Thạnh, xã Long Hồ, tỉnh Vĩnh Long")
    mother = mk.person("Trương Thị Diễm My", "1994-10-05", False, "086",
                       "ấp Phú Thạnh, xã Long Hồ, tỉnh Vĩnh Long")
    code = "000.00.19.H62-260204-0078"
    procedure = "Đăng ký nhận cha cho con (cha nhận con: cháu Trương Gia Hân, sinh năm 2021)"
    p = mk.page("andika", 11.5, (20.0, 192.0), 12.0)
    head = slip(p, ("UBND XÃ LONG HỒ", "BỘ PHẬN MỘT CỬA"), code,
                "GIẤY NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", f"Long Hồ, ngày {dmy(date(2026, 2, 4))}")
    rows(p, [f"Người nộp hồ sơ: {father.name}",
             f"CCCD/Số định danh: {father.cccd}",
             f"Địa chỉ: {father.home}",
             "Tên thủ tục hành chính:"])
    p.field(procedure, x0=30.0)
    rows(p, ["Hồ sơ gồm: Tờ khai đăng ký nhận cha, mẹ, con; bản sao Căn cước của người "
             "nhận; Giấy khai sinh của con.",
             "Hồ sơ chưa có: chứng cứ chứng minh quan hệ cha, con (văn bản giám định ADN).",
             "Thời hạn giải quyết: 03 ngày làm việc kể từ khi nhận đủ hồ sơ.",
             "Hẹn trả kết quả: 09/02/2026. Nhận kết quả tại Bộ phận một cửa UBND xã Long Hồ."])
    sign_both(p, signer(["Người nộp hồ sơ"], father.name, "", 13.0, 11.5),
              signer(["Người nhận hồ sơ"], "Kim Thị Sa Ry", "", 13.0, 11.5))
    p.gap(6.0)
    p.field("Tra cứu tình trạng hồ sơ: quét mã QR bên cạnh", pt=10.0)
    p.qr(f"https://dichvucong.vinhlong.gov.vn/tra-cuu/{code}", 150.0, p.y - 4.0, 18.0)
    receipt = Paper("phieu_tiep_nhan", "Giấy nhận hồ sơ và hẹn trả kết quả", "giay_nhan_hs",
                    [p], {"thu_tuc": procedure, "ho_ten": father.name, "so_cccd": father.cccd,
                          "ngay_ban_hanh": "2026-02-04", "co_quan_ban_hanh": "UBND xã Long Hồ"},
                    head)

    f = mk.page("andika", 11.5, (20.0, 192.0), 12.0)
    motto(f, 12.0)
    head = title(f, "TỜ KHAI ĐĂNG KÝ NHẬN CHA, MẸ, CON", 14.0)
    f.line("Kính gửi: Ủy ban nhân dân xã Long Hồ, tỉnh Vĩnh Long", "r", 11.5, align="c")
    f.gap(2.0)
    rows(f, ["Họ, chữ đệm, tên người yêu cầu:"])
    f.field(father.upper, style="b", x0=40.0)
    rows(f, [f"Ngày, tháng, năm sinh: {dmy(father.born)}     Dân tộc: Khmer     Quốc tịch: "
             "Việt Nam",
             f"Nơi cư trú: {father.home}",
             f"Giấy tờ tùy thân: Căn cước số {father.cccd}, cấp ngày 12/8/2024",
             "Quan hệ với người được nhận: cha",
             "Đề nghị cơ quan công nhận người có tên dưới đây là con:",
             "Họ, chữ đệm, tên: TRƯƠNG GIA HÂN     Ngày sinh: 17/11/2021     Giới tính: Nữ",
             f"Mẹ của cháu: {mother.name}, Căn cước số {mother.cccd}, đồng ý việc nhận con.",
             "Tôi cam đoan lời khai trên đây là đúng sự thật, việc nhận con là tự nguyện, "
             "không có tranh chấp."])
    f.gap(2.0)
    f.line(f"Làm tại: xã Long Hồ, {words(date(2026, 2, 3))}", "i", 11.5, align="r")
    sign_both(f, signer(["Ý kiến của người mẹ"], mother.name, "(đồng ý)", 14.0, 11.5),
              signer(["Người yêu cầu"], father.name, "(Ký, ghi rõ họ, chữ đệm, tên)", 14.0,
                     11.5))
    form = Paper("don_de_nghi", "Tờ khai đăng ký nhận cha, mẹ, con", "to_khai_nhan_con", [f],
                 {"ho_ten": father.upper, "so_cccd": father.cccd, "ngay_ban_hanh": "2026-02-03"},
                 head)
    card = card_2024(mk, father, issued=date(2024, 8, 12), home="xã Long Hồ, tỉnh Vĩnh Long",
                     certify=[])

    b = mk.page("charis", 12.0, (26.0, 188.0), 16.0, dpi=300, color=True)
    b.frame()
    header(b, ("ỦY BAN NHÂN DÂN", "XÃ TÂN HẠNH"), "217", None, pt=11.5)
    head = title(b, "GIẤY KHAI SINH", 16.0)
    rows(b, ["Họ, chữ đệm, tên: TRƯƠNG GIA HÂN",
             "Ngày, tháng, năm sinh: 17/11/2021   ghi bằng chữ: ngày mười bảy, tháng mười "
             "một, năm hai nghìn không trăm hai mươi mốt",
             "Giới tính: Nữ     Dân tộc: Kinh     Quốc tịch: Việt Nam",
             "Nơi sinh: Bệnh viện Đa khoa tỉnh Vĩnh Long",
             "Số định danh cá nhân: 086321004517",
             f"Họ, chữ đệm, tên người mẹ: {mother.upper}",
             f"Năm sinh: {mother.born.year}   Nơi cư trú: ấp Phú Thạnh, xã Tân Hạnh, huyện "
             "Long Hồ, tỉnh Vĩnh Long",
             "Họ, chữ đệm, tên người cha: ......................",
             "Nơi đăng ký khai sinh: Ủy ban nhân dân xã Tân Hạnh, huyện Long Hồ"])
    b.gap(2.0)
    b.line(f"Đăng ký {words(date(2021, 11, 29))}", "i", 11.5, align="r")
    sign_right(b, signer(["CHỦ TỊCH"], "Nguyễn Văn Tư", space=18.0, pt=11.5), seal=True)
    birth = Paper("giay_khai_sinh", "Giấy khai sinh (2021)", "giay_khai_sinh_mau", [b],
                  {"ho_ten": "TRƯƠNG GIA HÂN", "so_cccd": "086321004517", "so_ky_hieu": "217",
                   "ngay_ban_hanh": "2021-11-29",
                   "co_quan_ban_hanh": "Ủy ban nhân dân xã Tân Hạnh"}, head)
    missing = ["Chứng cứ chứng minh quan hệ cha, mẹ, con (văn bản giám định, xác nhận của cơ "
               "quan y tế …)"]
    return Dossier(code, procedure, missing, [receipt, form, card, birth])
