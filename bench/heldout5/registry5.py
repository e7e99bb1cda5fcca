"""Two dossiers of the fifth held-apart set: a new limited company lacking its charter (Cần
Thơ) and a guardianship (Quảng Trị), each starting with its counter's receipt."""

from __future__ import annotations

from datetime import date, datetime

from dossiers5 import slip_top
from page5 import (
    Dossier,
    Maker,
    Paper,
    chip_card,
    dmy,
    form_no,
    header,
    motto,
    sign_both,
    sign_right,
    signer,
    title,
    words,
)


def new_company(mk: Maker) -> Dossier:
    """Thành lập công ty TNHH (Cần Thơ), lacking the charter: the business registration
    office's slip, the application (2 p.), the list of members, a passport copy of one member,
    a chip card copy of the other, the company's power of attorney in mixed case."""
    first = mk.person("Trương Nguyễn Bảo Ngọc", "1991-12-05", False, "092", "số 27 đường "
                      "Trần Hưng Đạo, phường Ninh Kiều, thành phố Cần Thơ")
    second = mk.person("Huỳnh Công Thạch", "1987-06-21", True, "094", "ấp Phú Hữu, xã Châu "
                       "Thành, thành phố Cần Thơ")
    filer = mk.person("Lâm Thị Kiều Oanh", "1996-01-17", False, "092", "phường Cái Khế, "
                      "thành phố Cần Thơ")
    company = "CÔNG TY TNHH THƯƠNG MẠI DỊCH VỤ NÔNG SẢN MIỀN TÂY XANH"
    code = "000.33.02.H13-251209-0061"
    procedure = "Đăng ký thành lập mới công ty TNHH hai thành viên trở lên"
    when = datetime(2025, 12, 9, 10, 15)
    p = mk.page("heros", 12.0, (20.0, 194.0), 12.0)
    header(p, ("SỞ TÀI CHÍNH THÀNH PHỐ CẦN THƠ", "PHÒNG ĐĂNG KÝ KINH DOANH"), None,
           f"Cần Thơ, {words(when.date())}", pt=11.5, split=96.0)
    head = title(p, "GIẤY BIÊN NHẬN", 16.0, ["(Liên 2: giao người nộp hồ sơ)"])
    p.line(f"Mã hồ sơ: {code}", "b", 12.0)
    p.field("Phòng Đăng ký kinh doanh - Sở Tài chính thành phố Cần Thơ đã nhận hồ sơ của:",
            hang=4.0)
    p.field("Tên doanh nghiệp:")
    p.field(company, style="b", x0=28.0)
    p.field(f"Loại hồ sơ: {procedure}", hang=4.0)
    p.field(f"Người nộp hồ sơ: {filer.name}, CCCD số {filer.cccd}")
    p.field("Hồ sơ gồm:")
    for item in ["Giấy đề nghị đăng ký doanh nghiệp", "Danh sách thành viên",
                 "Bản sao giấy tờ pháp lý của các thành viên", "Giấy ủy quyền nộp hồ sơ"]:
        p.para(f"+ {item}", indent=6.0, hang=9.0, pt=11.5)
    p.field("Ghi chú: hồ sơ chưa có Điều lệ công ty; đề nghị bổ sung trước ngày hẹn trả.",
            style="i")
    p.field(f"Ngày hẹn trả kết quả: {dmy(date(2025, 12, 12))}")
    p.gap(3.0)
    sign_right(p, signer(["NGƯỜI NHẬN HỒ SƠ"], "Tạ Quang Vinh", "(ký, ghi rõ họ tên)", 14.0,
                         11.5))
    receipt = Paper("phieu_tiep_nhan", "Giấy biên nhận", "bien_nhan_dkkd", [p],
                    {"thu_tuc": procedure, "ho_ten": filer.name, "so_cccd": filer.cccd,
                     "ngay_ban_hanh": "2025-12-09",
                     "co_quan_ban_hanh": "Phòng Đăng ký kinh doanh"}, head)

    a1 = mk.page("termes", 12.0, (22.0, 192.0), 12.0)
    form_no(a1, "Phụ lục I-3")
    motto(a1, 12.0)
    a1.line(f"Cần Thơ, {words(date(2025, 12, 5))}", "i", 12.0, align="r")
    head = title(a1, "GIẤY ĐỀ NGHỊ ĐĂNG KÝ CÔNG TY\nTRÁCH NHIỆM HỮU HẠN HAI THÀNH VIÊN TRỞ LÊN",
                 13.5)
    a1.line("Kính gửi: Phòng Đăng ký kinh doanh thành phố Cần Thơ", "r", 12.0, align="c")
    a1.field("Tôi là (ghi họ tên bằng chữ in hoa):")
    a1.field(first.upper, style="b", x0=34.0)
    a1.field(f"Là người đại diện theo pháp luật; số định danh cá nhân: {first.cccd}")
    a1.field("Đăng ký công ty trách nhiệm hữu hạn hai thành viên trở lên do tôi là người đại "
             "diện theo pháp luật với các nội dung sau:", align="j")
    a1.field("1. Tình trạng thành lập: [x] Thành lập mới")
    a1.field("2. Tên công ty viết bằng tiếng Việt:", hang=4.0)
    a1.field(company, style="b", x0=34.0)
    a1.field("Tên viết tắt: MIEN TAY XANH CO., LTD")
    a1.field("3. Địa chỉ trụ sở chính: số 14 đường 30 Tháng 4, phường Tân An, thành phố Cần "
             "Thơ", hang=4.0)
    a1.field("4. Ngành, nghề kinh doanh: bán buôn gạo, lúa mì, hạt ngũ cốc khác (4631); bán "
             "buôn thực phẩm (4632)", hang=4.0)
    a1.field("5. Vốn điều lệ: 3.000.000.000 đồng (Ba tỷ đồng)")
    a2 = mk.page("termes", 12.0, (22.0, 192.0), 16.0)
    a2.field("6. Thông tin đăng ký thuế: kế toán trưởng Huỳnh Công Thạch; năm tài chính bắt "
             "đầu từ 01/01", hang=4.0)
    a2.field("7. Tài khoản ngân hàng: 0901 2345 6789 tại Ngân hàng TMCP Ngoại thương chi "
             "nhánh Cần Thơ", hang=4.0)
    a2.field("Tôi cam kết trụ sở chính thuộc quyền sử dụng hợp pháp của công ty; chịu trách "
             "nhiệm trước pháp luật về tính hợp pháp, chính xác và trung thực của nội dung "
             "đăng ký trên.", align="j")
    a2.gap(4.0)
    sign_right(a2, signer(["NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT", "CỦA CÔNG TY"], first.upper,
                          "(Ký và ghi họ tên)", 18.0, 12.0))
    application = Paper("don_de_nghi", "Giấy đề nghị đăng ký công ty trách nhiệm hữu hạn hai "
                        "thành viên trở lên", "de_nghi_dkdn", [a1, a2],
                        {"ho_ten": first.upper, "so_cccd": first.cccd,
                         "ngay_ban_hanh": "2025-12-05"}, head)

    m = mk.page("heros", 10.5, (12.0, 198.0), 12.0)
    form_no(m, "Phụ lục I-6", 9.5)
    head = title(m, "DANH SÁCH THÀNH VIÊN\nCÔNG TY TRÁCH NHIỆM HỮU HẠN HAI THÀNH VIÊN TRỞ LÊN",
                 13.0)
    m.table([10.0, 44.0, 24.0, 40.0, 38.0, 30.0], [
        ["STT", "Tên thành viên", "Ngày sinh", "Số giấy tờ pháp lý", "Phần vốn góp (VNĐ)",
         "Tỷ lệ (%)"],
        ["1", first.upper, dmy(first.born), first.cccd, "1.800.000.000", "60"],
        ["2", second.upper, dmy(second.born), "Hộ chiếu C8316072", "1.200.000.000", "40"]],
        aligns="clcccc", pt=10.0)
    m.gap(4.0)
    m.line(f"Cần Thơ, {words(date(2025, 12, 5), pad=False)}", "i", 11.0, align="r")
    sign_right(m, signer(["NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT"], first.upper, "", 16.0, 11.0))
    members = Paper("danh_sach", "Danh sách thành viên công ty trách nhiệm hữu hạn hai thành "
                    "viên trở lên", "danh_sach_thanh_vien", [m],
                    {"ngay_ban_hanh": "2025-12-05"}, head)

    h = mk.page("heros", 11.0, (12.0, 198.0), 18.0)
    h.rect((16.0, 136.0, 22.0, 104.0), width=0.3, outline=(110, 110, 110), fill=(232, 232, 230))
    h.y = 25.0
    h.line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / SOCIALIST REPUBLIC OF VIET NAM", "b", 7.5,
           x0=18.0, x1=134.0, align="c")
    head = "HỘ CHIẾU / PASSPORT"
    h.line(head, "b", 11.0, x0=18.0, x1=134.0, align="c")
    h.rect((20.0, 50.0, h.y + 2.0, h.y + 40.0), outline=None, fill=(128, 128, 128))
    for text in ["Loại/Type: P   Mã số/Code: VNM   Số hộ chiếu/Passport No.: C8316072",
                 "Họ và tên/Full name:", second.upper,
                 f"Ngày sinh/Date of birth: {dmy(second.born)}   Giới tính/Sex: Nam/M",
                 f"Số định danh/Personal No.: {second.cccd}",
                 "Ngày cấp/Date of issue: 08/03/2023",
                 "Có giá trị đến/Date of expiry: 08/03/2033",
                 "Cơ quan cấp/Authority: Cục Quản lý xuất nhập cảnh"]:
        h.line(text, "r", 8.0, x0=54.0, x1=134.0)
    h.y = 96.0
    h.line("P<VNMHUYNH<<CONG<THACH<<<<<<<<<<<<<<<<<<<<<<<", "m", 7.0,
           x0=18.0, x1=134.0)
    passport = Paper("ho_chieu", "Hộ chiếu", "ho_chieu_copy", [h],
                     {"ho_ten": second.upper, "so_cccd": second.cccd, "so_ky_hieu": "C8316072",
                      "ngay_ban_hanh": "2023-03-08",
                      "co_quan_ban_hanh": "Cục Quản lý xuất nhập cảnh"}, head)
    card = chip_card(mk, first, issued=date(2022, 4, 9), until=date(2031, 12, 5),
                     certify=["CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH",
                              "Số chứng thực: 4418 Quyển số 12/2025-SCT/BS",
                              f"Ninh Kiều, ngày {dmy(date(2025, 12, 2))}",
                              "CÔNG CHỨC TƯ PHÁP - HỘ TỊCH", "Phan Thị Mỹ Duyên"])

    w = mk.page("heros", 12.0, (22.0, 192.0), 14.0)
    w.line(company, "b", 11.5, align="c")
    w.line("Trụ sở: số 14 đường 30 Tháng 4, phường Tân An, thành phố Cần Thơ", "r", 10.0,
           align="c")
    w.hline(w.x0, w.x1, w.y + 0.8, 0.4)
    w.gap(4.0)
    motto(w, 12.0)
    w.line("Số: 01/2025/GUQ-MTX", "r", 11.5)
    head = title(w, "Giấy ủy quyền", 16.0,
                 ["V/v thực hiện thủ tục đăng ký doanh nghiệp"])
    w.field("Bên ủy quyền: người đại diện theo pháp luật của công ty")
    w.field(f"Bà {first.name}, sinh ngày {dmy(first.born)}")
    w.field(f"Số định danh cá nhân: {first.cccd}")
    w.field("Bên được ủy quyền:")
    w.field(f"Bà {filer.name}, số định danh cá nhân {filer.cccd}")
    w.field("Nội dung: nộp hồ sơ, sửa đổi, bổ sung hồ sơ và nhận kết quả đăng ký thành lập "
            "công ty tại Phòng Đăng ký kinh doanh thành phố Cần Thơ.", align="j")
    w.gap(3.0)
    w.line(f"Cần Thơ, ngày {dmy(date(2025, 12, 6))}", "i", 12.0, align="r")
    sign_both(w, signer(["BÊN ĐƯỢC ỦY QUYỀN"], filer.name, "", 16.0, 12.0),
              signer(["BÊN ỦY QUYỀN"], first.name, "", 16.0, 12.0))
    power = Paper("giay_uy_quyen", "Giấy ủy quyền", "uy_quyen_cong_ty", [w],
                  {"so_ky_hieu": "01/2025/GUQ-MTX", "ngay_ban_hanh": "2025-12-06",
                   "ho_ten": first.name, "so_cccd": first.cccd}, head)
    return Dossier(code, procedure, ["Điều lệ công ty"],
                   [receipt, application, members, passport, card, power])


def guardianship(mk: Maker) -> Dossier:
    """Đăng ký giám hộ (Quảng Trị): a commune centre's receipt, the declaration, the family's
    agreement naming the guardian (2 p.), the death extract of the child's father, the child's
    birth certificate."""
    grandma = mk.person("Hoàng Thị Lựu", "1960-10-09", False, "044", "thôn Tân Sum, xã "
                        "Hướng Phùng, tỉnh Quảng Trị")
    uncle = mk.person("Nguyễn Văn Trọng", "1982-05-27", True, "044", grandma.home)
    child = "Nguyễn Hoàng Bảo Châu"
    father = "Nguyễn Văn Thịnh"
    code = "000.18.44.H50-251124-0132"
    procedure = ("Đăng ký giám hộ cử cho cháu Nguyễn Hoàng Bảo Châu (bà nội làm người giám "
                 "hộ)")
    when = datetime(2025, 11, 24, 15, 5)
    p = mk.page("termes", 13.0, (22.0, 194.0), 12.0)
    head = slip_top(p, ("UBND XÃ HƯỚNG PHÙNG", "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"), code,
                     "PHIẾU BIÊN NHẬN HỒ SƠ\nVÀ HẸN TRẢ KẾT QUẢ", "Hướng Phùng", when)
    p.line("Liên 2: Giao người nộp hồ sơ", "i", 11.0, align="c")
    p.field("Họ tên người nộp:")
    p.field(grandma.name, style="b", x0=40.0)
    p.field(f"Số giấy tờ tùy thân: {grandma.cccd}")
    p.field(f"Về việc: {procedure}", hang=6.0)
    p.field("Thành phần hồ sơ: Tờ khai đăng ký giám hộ; Văn bản thỏa thuận cử người giám hộ; "
            "Trích lục khai tử của cha; Giấy khai sinh của cháu (bản sao).", hang=6.0)
    p.field(f"Hẹn trả kết quả: 16 giờ 00, ngày {dmy(date(2025, 11, 26))}")
    p.field("Lệ phí: miễn (trẻ em mồ côi).")
    p.gap(3.0)
    sign_both(p, signer(["NGƯỜI NỘP HỒ SƠ"], grandma.name, "", 14.0, 12.0),
              signer(["CÔNG CHỨC TIẾP NHẬN"], "Hồ Văn Sáu", "", 14.0, 12.0))
    receipt = Paper("phieu_tiep_nhan", "Phiếu biên nhận hồ sơ và hẹn trả kết quả",
                    "phieu_bien_nhan_xa", [p],
                    {"thu_tuc": procedure, "ho_ten": grandma.name, "so_cccd": grandma.cccd,
                     "ngay_ban_hanh": "2025-11-24",
                     "co_quan_ban_hanh": "Trung tâm Phục vụ hành chính công"}, head)

    t = mk.page("cursor", 11.0, (20.0, 194.0), 12.0)
    motto(t, 12.0)
    head = title(t, "TỜ KHAI ĐĂNG KÝ GIÁM HỘ", 14.0)
    t.line("Kính gửi: Ủy ban nhân dân xã Hướng Phùng, tỉnh Quảng Trị", "r", 11.0,
           align="c")
    t.gap(2.0)
    t.field("Họ, chữ đệm, tên người yêu cầu:")
    t.field(grandma.upper, style="b", x0=40.0)
    t.field(f"Nơi cư trú: {grandma.home}", hang=4.0)
    t.field(f"Giấy tờ tùy thân: CCCD số {grandma.cccd}")
    t.field("Đề nghị cơ quan đăng ký việc giám hộ giữa những người có tên dưới đây:")
    t.field("Người giám hộ:")
    t.field(f"{grandma.name}, sinh ngày {dmy(grandma.born)}")
    t.field("Người được giám hộ:")
    t.field(f"{child}, sinh ngày 03/02/2016")
    t.field("Giấy khai sinh số 27, quyển số 01/2016, nơi đăng ký: UBND xã Hướng Phùng")
    t.field("Lý do: cha chết, mẹ bỏ đi không rõ tin tức", hang=4.0)
    t.field("Tôi cam đoan nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước "
            "pháp luật về cam đoan của mình.", align="j")
    t.gap(2.0)
    t.line(f"Làm tại: Hướng Phùng, {words(date(2025, 11, 21))}", "i", 11.0, align="r")
    sign_right(t, signer(["Người yêu cầu"], grandma.name, "(Ký, ghi rõ họ tên)", 16.0, 11.0))
    form = Paper("don_de_nghi", "Tờ khai đăng ký giám hộ", "to_khai_giam_ho", [t],
                 {"ho_ten": grandma.upper, "so_cccd": grandma.cccd,
                  "ngay_ban_hanh": "2025-11-21"}, head)

    v1 = mk.page("termes", 13.0, (24.0, 190.0), 14.0)
    motto(v1, 12.5)
    head = title(v1, "VĂN BẢN THỎA THUẬN", 15.0, ["Về việc cử người giám hộ cho trẻ em"])
    v1.field(f"Hôm nay, {words(date(2025, 11, 20), pad=False)}, tại nhà bà {grandma.name}, "
             "thôn Tân Sum, xã Hướng Phùng, chúng tôi gồm:", align="j")
    v1.field(f"1. Ông {uncle.name}, sinh năm {uncle.born.year}, CCCD số {uncle.cccd} (bác "
             "ruột của cháu)", hang=5.0)
    v1.field(f"2. Bà {grandma.name}, sinh năm {grandma.born.year}, CCCD số {grandma.cccd} "
             "(bà nội của cháu)", hang=5.0)
    v1.field("3. Bà Lê Thị Hoa, sinh năm 1958 (bà ngoại của cháu)", hang=5.0)
    v1.field(f"Cùng thỏa thuận như sau: cháu {child}, sinh ngày 03/02/2016, có cha là ông "
             f"{father} đã chết ngày 14/09/2025, mẹ bỏ đi không rõ tin tức. Các bên thống nhất "
             f"cử bà {grandma.name} làm người giám hộ cho cháu {child}.", align="j")
    v1.field("Người giám hộ có quyền và nghĩa vụ theo Điều 56 và Điều 57 Bộ luật Dân sự năm "
             "2015.", align="j")
    v2 = mk.page("termes", 13.0, (24.0, 190.0), 18.0)
    v2.field("Văn bản này được lập thành 03 bản, mỗi bên giữ 01 bản, các bên đã đọc lại và "
             "cùng ký tên dưới đây.", align="j")
    v2.gap(4.0)
    sign_both(v2, signer(["ÔNG (BÁC RUỘT)"], uncle.name, "", 16.0, 12.0),
              signer(["BÀ NỘI"], grandma.name, "", 16.0, 12.0))
    v2.gap(3.0)
    sign_right(v2, signer(["BÀ NGOẠI"], "Lê Thị Hoa", "", 16.0, 12.0))
    agreement = Paper("van_ban_thoa_thuan", "Văn bản thỏa thuận", "thoa_thuan_giam_ho",
                      [v1, v2], {"ngay_ban_hanh": "2025-11-20", "ho_ten": uncle.name,
                                 "so_cccd": uncle.cccd}, head)

    e = mk.page("termes", 12.5, (24.0, 190.0), 12.0)
    header(e, ("ỦY BAN NHÂN DÂN", "XÃ HƯỚNG PHÙNG"), "41/TLKT-BS",
           f"Hướng Phùng, {words(date(2025, 9, 19))}", pt=12.0)
    head = title(e, "TRÍCH LỤC KHAI TỬ", 15.0, ["(BẢN SAO)"])
    e.field("Họ, chữ đệm, tên người đã chết:")
    e.field(father.upper(), style="b", x0=40.0)
    e.field("Ngày, tháng, năm sinh: 11/07/1985   Giới tính: Nam   Dân tộc: Vân Kiều")
    e.field("Số định danh cá nhân: 044085003917")
    e.field("Đã chết vào lúc: 22 giờ 10 phút, ngày 14/09/2025")
    e.field("Nơi chết: Trung tâm Y tế khu vực Hướng Hóa")
    e.field("Nguyên nhân chết: tai nạn giao thông")
    e.field(f"Người đi khai tử: {grandma.name}, quan hệ với người đã chết: mẹ")
    e.field("Nơi đăng ký khai tử: Ủy ban nhân dân xã Hướng Phùng, tỉnh Quảng Trị", hang=4.0)
    e.gap(3.0)
    sign_right(e, signer(["NGƯỜI KÝ TRÍCH LỤC", "PHÓ CHỦ TỊCH"], "Pả Đình Hưng", "", 18.0,
                         12.0), seal=True)
    extract = Paper("trich_luc_ho_tich", "Trích lục khai tử", "trich_luc_khai_tu", [e],
                    {"so_ky_hieu": "41/TLKT-BS", "ngay_ban_hanh": "2025-09-19",
                     "co_quan_ban_hanh": "Ủy ban nhân dân xã Hướng Phùng",
                     "ho_ten": father.upper(), "so_cccd": "044085003917"}, head)

    b = mk.page("termes", 12.5, (22.0, 192.0), 12.0)
    header(b, ("UBND HUYỆN HƯỚNG HÓA", "UBND XÃ HƯỚNG PHÙNG"), "27",
           f"Hướng Phùng, {words(date(2016, 2, 18))}", pt=12.0)
    head = title(b, "GIẤY KHAI SINH", 16.0, ["(Bản sao)"])
    b.field(f"Họ, chữ đệm, tên: {child.upper()}")
    b.field("Ngày, tháng, năm sinh: 03/02/2016   ghi bằng chữ: Ngày ba, tháng hai, năm hai "
            "nghìn không trăm mười sáu", hang=4.0)
    b.field("Giới tính: Nữ   Dân tộc: Kinh   Quốc tịch: Việt Nam")
    b.field("Nơi sinh: Trạm Y tế xã Hướng Phùng, huyện Hướng Hóa, tỉnh Quảng Trị", hang=4.0)
    b.field(f"Họ, chữ đệm, tên người cha: {father.upper()}")
    b.field("Họ, chữ đệm, tên người mẹ: HOÀNG THỊ MỸ LINH")
    b.field("Nơi đăng ký khai sinh: Ủy ban nhân dân xã Hướng Phùng, huyện Hướng Hóa", hang=4.0)
    b.gap(3.0)
    sign_right(b, signer(["CHỦ TỊCH"], "Hồ Văn Đào", "", 18.0, 12.0), seal=True)
    birth = Paper("giay_khai_sinh", "Giấy khai sinh", "khai_sinh_ban_sao", [b],
                  {"so_ky_hieu": "27", "ngay_ban_hanh": "2016-02-18",
                   "co_quan_ban_hanh": "Ủy ban nhân dân xã Hướng Phùng",
                   "ho_ten": child.upper()}, head)
    return Dossier(code, procedure, [], [receipt, form, agreement, extract, birth])

