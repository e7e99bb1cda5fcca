"""The four dossiers of the seventh held-apart set: a change of a plot's use from garden to
housing land without the original certificate (Quảng Ninh), a marriage registered again
(Lai Châu), a household business's change of address (Thành phố Hồ Chí Minh) and a permit to
repair a house (Hà Nội). Each starts with its counter's receipt in the wording of a real kind of
slip that no earlier set used, which names the procedure in its own words."""

from __future__ import annotations

from datetime import date

from page7 import (
    Dossier,
    G,
    Maker,
    Page,
    Paper,
    Person,
    chip_card,
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


def slip_top(p: Page, agency: tuple[str, ...], code: str, heading: str, *,
             sub: tuple[str, ...] = (), number: str | None = None, pt: float = 11.5) -> str:
    """The top of a receipt: the counter's header (no date: receipts date themselves at the
    foot or in the body), the title, and ``Mã hồ sơ:`` on its own line under it."""
    header(p, agency, number, pt=pt, split=88.0)
    head = title(p, heading, 14.0, sub)
    p.line(f"Mã hồ sơ: {code}", "b", 12.0, align="c")
    p.gap(2.0)
    return head


NHUNG = Person("Vũ Thị Hồng Nhung", date(1976, 8, 23), False, "022176093815",
               "tổ 4, khu 6, phường Hà Tu, tỉnh Quảng Ninh", "0936118402")
"""The owner who changes her plot's use; the ward's inspection minutes name her too."""


def land_use(mk: Maker) -> Dossier:
    """Chuyển mục đích sử dụng đất (Quảng Ninh): the ward centre's slip, the two-page
    application, the power of attorney; the original certificate is not handed in."""
    owner = NHUNG
    agent = mk.person("Phạm Đức Toàn", "1998-02-11", True, "022",
                      "tổ 4, khu 6, phường Hà Tu, tỉnh Quảng Ninh")
    code = "000.21.32.H22-260209-0057"
    procedure = ("Chuyển mục đích sử dụng đất từ đất trồng cây lâu năm sang đất ở tại đô thị "
                 "(thửa 231, tờ bản đồ 18, phường Hà Tu)")
    centre = "Trung tâm Phục vụ hành chính công phường Hà Tu"
    p = mk.page("open", 11.0, (18.0, 194.0), 12.0)
    head = slip_top(p, ("UBND PHƯỜNG HÀ TU", "TRUNG TÂM PHỤC VỤ HCC"), code,
                    "GIẤY TIẾP NHẬN HỒ SƠ\nVÀ HẸN NGÀY TRẢ KẾT QUẢ")
    rows(p, [f"{centre} đã tiếp nhận hồ sơ của:", f"Ông/bà: {owner.name}",
             f"CCCD số: {owner.cccd}     Điện thoại: {owner.phone}",
             f"Người nộp thay: {agent.name} (theo giấy ủy quyền)",
             "Hồ sơ về việc:"])
    p.field(procedure, style="b", x0=p.x0 + 8.0)
    rows(p, ["Thành phần hồ sơ gồm:",
             "1. Đơn xin chuyển mục đích sử dụng đất: 01 bản chính (02 tờ).",
             "2. Giấy ủy quyền có chứng thực chữ ký: 01 bản chính.",
             "3. Giấy chứng nhận đã cấp (bản gốc): CHƯA NỘP - người nộp hẹn bổ sung.",
             "Số lượng hồ sơ: 01 bộ. Thời hạn giải quyết: 15 ngày làm việc kể từ khi nhận "
             "đủ hồ sơ.",
             "Ngày hẹn trả kết quả: sau khi bổ sung đủ hồ sơ, cán bộ sẽ báo lại qua điện thoại."])
    p.gap(2.0)
    p.line(f"Hà Tu, {dmy(date(2026, 2, 9))}, 09 giờ 40", "i", 11.0, align="r")
    sign_both(p, signer(["NGƯỜI NỘP HỒ SƠ"], agent.name, space=15.0, pt=11.0),
              signer(["NGƯỜI TIẾP NHẬN"], "Hoàng Thị Lan Phương", space=15.0, pt=11.0))
    receipt = Paper("phieu_tiep_nhan", "Giấy tiếp nhận hồ sơ và hẹn ngày trả kết quả",
                    "giay_tiep_nhan_hen_ngay", [p],
                    {"thu_tuc": procedure, "ho_ten": owner.name, "so_cccd": owner.cccd,
                     "ngay_ban_hanh": "2026-02-09", "co_quan_ban_hanh": centre}, head)

    a = mk.page("free", 13.0, (25.0, 190.0), 14.0)
    motto(a, 13.0)
    head = title(a, "ĐƠN XIN CHUYỂN MỤC ĐÍCH\nSỬ DỤNG ĐẤT", 15.0)
    a.line("Kính gửi: Ủy ban nhân dân phường Hà Tu", "r", 13.0, align="c")
    a.gap(2.0)
    rows(a, ["1. Người xin chuyển mục đích sử dụng đất:"])
    a.field(owner.upper, style="b", x0=a.x0 + 10.0)
    rows(a, [f"Sinh ngày {dmy(owner.born)}; CCCD số {owner.cccd} do Cục Cảnh sát QLHC về "
             "TTXH cấp ngày 14/6/2021",
             f"2. Địa chỉ liên hệ: {owner.home}; điện thoại {owner.phone}",
             "3. Địa điểm khu đất: thửa đất số 231, tờ bản đồ số 18, tổ 4, khu 6, phường Hà Tu",
             "4. Diện tích xin chuyển: 120,0 m2 (trong tổng diện tích thửa 356,4 m2)",
             "5. Giấy chứng nhận đã cấp số CS 04127, số vào sổ cấp GCN CS 01863 do Sở Tài "
             "nguyên và Môi trường cấp ngày 20/10/2017",
             "6. Mục đích sử dụng hiện nay: đất trồng cây lâu năm (CLN)",
             "7. Mục đích xin chuyển: đất ở tại đô thị (ODT) để xây nhà ở cho gia đình"])
    a2 = mk.page("free", 13.0, (25.0, 190.0), 16.0)
    rows(a2, ["8. Cam kết: sử dụng đất đúng mục đích, chấp hành đúng các quy định của pháp "
              "luật đất đai, nộp tiền sử dụng đất đầy đủ, đúng hạn theo thông báo của cơ quan "
              "thuế.",
              "9. Giấy tờ kèm theo: giấy ủy quyền cho ông Phạm Đức Toàn nộp hồ sơ và nhận kết "
              "quả; Giấy chứng nhận bản gốc sẽ nộp bổ sung."])
    a2.gap(3.0)
    a2.line(f"Hà Tu, {words(date(2026, 2, 6), pad=True)}", "i", 13.0, align="r")
    sign_right(a2, signer(["Người làm đơn"], owner.name, "(Ký và ghi rõ họ tên)", 18.0, 13.0))
    form = Paper("don_de_nghi", "Đơn xin chuyển mục đích sử dụng đất", "don_chuyen_muc_dich",
                 [a, a2], {"ho_ten": owner.upper, "so_cccd": owner.cccd,
                           "ngay_ban_hanh": "2026-02-06"}, head)

    u = mk.page("free", 12.5, (24.0, 190.0), 14.0)
    motto(u, 12.5)
    head = title(u, "GIẤY ỦY QUYỀN", 16.0, ("(V/v nộp hồ sơ và nhận kết quả thủ tục đất đai)",))
    u.p("Căn cứ Bộ luật Dân sự số 91/2015/QH13 ngày 24 tháng 11 năm 2015;", style="i",
        indent=0.0)
    u.p(f"Hôm nay, {words(date(2026, 2, 5))}, tại phường Hà Tu, tỉnh Quảng Ninh, chúng tôi "
        "gồm:", indent=0.0)
    u.head("BÊN ỦY QUYỀN:")
    rows(u, [f"Bà {owner.name}, sinh năm {owner.born.year}",
             f"CCCD số: {owner.cccd}", f"Thường trú: {owner.home}"])
    u.head("BÊN ĐƯỢC ỦY QUYỀN:")
    rows(u, [f"Ông {agent.name}, sinh năm {agent.born.year}",
             f"CCCD số: {agent.cccd}", f"Thường trú: {agent.home}"])
    u.p("Nội dung ủy quyền: bên được ủy quyền thay mặt bên ủy quyền nộp hồ sơ xin chuyển mục "
        "đích sử dụng thửa đất số 231, tờ bản đồ số 18, bổ sung giấy tờ theo yêu cầu, nộp "
        "tiền và nhận kết quả. Thời hạn ủy quyền: 06 tháng kể từ ngày ký.", indent=0.0,
        align="j")
    sign_both(u, signer(["BÊN ĐƯỢC ỦY QUYỀN"], agent.name, space=14.0, pt=12.0),
              signer(["BÊN ỦY QUYỀN"], owner.name, space=14.0, pt=12.0))
    u.gap(2.0)
    u.head("LỜI CHỨNG THỰC", align="c", pt=12.0)
    u.p(f"Ngày 05/02/2026, tại UBND phường Hà Tu, bà {owner.name} đã ký vào giấy ủy quyền "
        "này trước mặt tôi. Số chứng thực 118, quyển số 01/2026-SCT/CK,ĐC.", pt=11.5,
        indent=0.0)
    sign_right(u, signer(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Ngô Văn Khải", space=14.0,
                         pt=11.5), seal=True)
    power = Paper("giay_uy_quyen", "Giấy ủy quyền", "giay_uy_quyen_chung_thuc", [u],
                  {"ho_ten": owner.name, "so_cccd": owner.cccd, "ngay_ban_hanh": "2026-02-05"},
                  head)
    return Dossier(code, procedure, ["Giấy chứng nhận đã cấp (bản gốc)"],
                   [receipt, form, power])


def marriage_again(mk: Maker) -> Dossier:
    """Đăng ký lại kết hôn (Lai Châu): the commune's slip with a QR code, the declaration, the
    husband's passport and the wife's chip card, both photocopied."""
    wife = mk.person("Lò Thị Xuân", "1990-05-17", False, "012",
                     "bản Nà Khương, xã Phong Thổ, tỉnh Lai Châu")
    husband = mk.person("Tao Văn Quyết", "1987-11-02", True, "012",
                        "bản Nà Khương, xã Phong Thổ, tỉnh Lai Châu")
    code = "000.05.12.H23-260216-0008"
    procedure = "Đăng ký lại việc kết hôn đã đăng ký năm 2009 (sổ bị hư hỏng)"
    centre = "Bộ phận Một cửa UBND xã Phong Thổ"
    p = mk.page("open", 11.0, (20.0, 192.0), 12.0)
    head = slip_top(p, ("UBND XÃ PHONG THỔ", "BỘ PHẬN MỘT CỬA"), code,
                    "BIÊN NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", number="26/BN-MC")
    rows(p, [f"{centre} nhận hồ sơ của:", f"Chị: {wife.name}", f"Số định danh: {wife.cccd}",
             f"Nơi cư trú: {wife.home}", f"Yêu cầu: {procedure}",
             "Giấy tờ nhận: tờ khai (01 bản chính); hộ chiếu của chồng, căn cước công dân của "
             "vợ (bản chụp, đã đối chiếu bản chính).",
             f"Ngày nhận: {words(date(2026, 2, 16))}.",
             "Hẹn trả kết quả: ngày 23 tháng 2 năm 2026 tại Bộ phận Một cửa xã."])
    p.gap(2.0)
    p.qr(code, 24.0, p.y + 4.0, 24.0)
    sign_right(p, signer(["Công chức tiếp nhận"], "Hoàng Văn Sinh", "(ký, ghi rõ họ tên)",
                         15.0, 11.0))
    receipt = Paper("phieu_tiep_nhan", "Biên nhận hồ sơ và hẹn trả kết quả", "bien_nhan_hen_tra",
                    [p], {"thu_tuc": procedure, "ho_ten": wife.name, "so_cccd": wife.cccd,
                          "so_ky_hieu": "26/BN-MC", "ngay_ban_hanh": "2026-02-16",
                          "co_quan_ban_hanh": centre}, head)

    f = mk.page("open", 11.5, (20.0, 192.0), 12.0)
    motto(f, 12.0)
    head = title(f, "TỜ KHAI ĐĂNG KÝ LẠI KẾT HÔN", 14.5)
    f.line("Kính gửi: Ủy ban nhân dân xã Phong Thổ, tỉnh Lai Châu", "r", 11.5, align="c")
    f.gap(2.0)
    f.table([50.0, 61.0, 61.0], [
        ["Thông tin", "Bên nữ", "Bên nam"],
        ["Họ, chữ đệm, tên", wife.upper, husband.upper],
        ["Ngày, tháng, năm sinh", dmy(wife.born), dmy(husband.born)],
        ["Dân tộc", "Thái", "Thái"],
        ["Nơi cư trú", wife.home, husband.home],
        ["Giấy tờ tùy thân", f"CCCD {wife.cccd}", "Hộ chiếu C7418205"]],
        aligns="lll", pt=11.0)
    rows(f, ["Đã đăng ký kết hôn tại: UBND xã Mường So, huyện Phong Thổ, tỉnh Lai Châu, "
             "ngày 12/3/2009, số 05, quyển số 01/2009.",
             "Lý do đăng ký lại: sổ hộ tịch lưu tại xã bị hư hỏng do mưa lũ năm 2024; bản "
             "chính Giấy chứng nhận kết hôn bị thất lạc.",
             "Chúng tôi cam đoan những nội dung khai trên đây là đúng sự thật."], pt=11.5)
    f.gap(1.0)
    f.line(f"Phong Thổ, {words(date(2026, 2, 14), pad=True)}", "i", 11.5, align="r")
    sign_both(f, signer(["Bên nữ"], wife.name, "(ký, ghi rõ họ tên)", 15.0, 11.5),
              signer(["Bên nam"], husband.name, "(ký, ghi rõ họ tên)", 15.0, 11.5))
    form = Paper("don_de_nghi", "Tờ khai đăng ký lại kết hôn", "to_khai_lai_ket_hon", [f],
                 {"ho_ten": wife.upper, "so_cccd": wife.cccd, "ngay_ban_hanh": "2026-02-14"},
                 head)

    passport = passport_copy(mk, husband)
    card = chip_card(mk, wife, issued=date(2021, 7, 9), expires="17/05/2030",
                     home="Nà Khương, Phong Thổ, Lai Châu",
                     origin="Mường So, Lai Châu")
    return Dossier(code, procedure, [], [receipt, form, passport, card])


def passport_copy(mk: Maker, person: Person) -> Paper:
    """A photocopy of a passport's data page, the page above it left blank."""
    p = mk.page("open", 10.0, (14.0, 196.0), 40.0)
    x0, top = 30.0, 60.0
    p.rect((x0, x0 + 150.0, top - 40.0, top + 70.0), width=0.4, outline=G.GREY)
    p.hline(x0, x0 + 150.0, top - 6.0, 0.3)
    p.put(x0 + 36.0, top + 2.0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", 8.5)
    p.put(x0 + 36.0, top + 6.0, "SOCIALIST REPUBLIC OF VIET NAM", "r", 7.5)
    p.put(x0 + 36.0, top + 11.0, "HỘ CHIẾU / PASSPORT", "b", 10.0)
    p.rect((x0 + 5.0, x0 + 32.0, top + 14.0, top + 50.0), outline=None, fill=(125, 125, 125))
    items = [("Loại/Type: P    Mã số/Code: VNM", 17.0),
             ("Số hộ chiếu/Passport No.: C7418205", 22.0),
             ("Họ và tên/Full name:", 27.0),
             (person.upper, 31.5),
             (f"Ngày sinh/Date of birth: {dmy(person.born)}    Giới tính/Sex: {person.sex}",
              36.0),
             (f"Số định danh/ID No.: {person.cccd}", 40.5),
             ("Ngày cấp/Date of issue: 04/08/2023", 45.0),
             ("Có giá trị đến/Date of expiry: 04/08/2033", 49.5),
             ("Cơ quan cấp/Authority: Cục Quản lý xuất nhập cảnh", 54.0)]
    for text, dy in items:
        p.put(x0 + 36.0, top + dy, text, "b" if text == person.upper else "r", 8.0)
    p.put(x0 + 5.0, top + 62.0, "P<VNM" + person.upper.split()[0], "m", 9.0)
    fields = {"ho_ten": person.upper, "so_cccd": person.cccd, "so_ky_hieu": "C7418205",
              "ngay_ban_hanh": "2023-08-04", "co_quan_ban_hanh": "Cục Quản lý xuất nhập cảnh"}
    return Paper("ho_chieu", "Hộ chiếu (bản chụp trang nhân thân)", "passport_copy", [p], fields,
                 "HỘ CHIẾU / PASSPORT")


def shop_moves(mk: Maker) -> Dossier:
    """Thay đổi nội dung đăng ký hộ kinh doanh (TP Hồ Chí Minh): the ward centre's slip, the
    notice of change (2 p.), a copy of the old registration and the lease of the new shop."""
    owner = mk.person("Trịnh Ngọc Bảo Trân", "1993-01-30", False, "079",
                      "45/12 đường Lê Văn Thọ, phường An Hội Tây, TP Hồ Chí Minh")
    code = "000.14.31.H29-260302-0126"
    procedure = ("Thay đổi địa chỉ kinh doanh của hộ kinh doanh tiệm bánh Bảo Trân "
                 "(từ phường An Hội Tây sang phường Hạnh Thông)")
    centre = "Trung tâm Phục vụ hành chính công phường Hạnh Thông"
    p = mk.page("open", 10.5, (16.0, 196.0), 11.0)
    head = slip_top(p, ("ỦY BAN NHÂN DÂN", "PHƯỜNG HẠNH THÔNG", "TRUNG TÂM PHỤC VỤ HCC"),
                    code, "PHIẾU BIÊN NHẬN HỒ SƠ", sub=("(Lưu người nộp)",), pt=10.5)
    p.table([44.0, 136.0], [
        ["Mục", "Nội dung"],
        ["Nơi tiếp nhận", centre],
        ["Người nộp", owner.name],
        ["Số CCCD", owner.cccd],
        ["Lĩnh vực", "Thành lập và hoạt động của hộ kinh doanh"],
        ["TTHC", procedure],
        ["Hồ sơ gồm", "Thông báo thay đổi (02 tờ); bản sao Giấy chứng nhận đăng ký hộ kinh "
                      "doanh; hợp đồng thuê mặt bằng"],
        ["Ngày nhận", f"{dmy(date(2026, 3, 2))} lúc 14 giờ 05"],
        ["Ngày hẹn trả", "05/03/2026 (03 ngày làm việc)"],
        ["Lệ phí", "Miễn (nộp qua dịch vụ công trực tuyến toàn trình)"]], aligns="ll", pt=10.5)
    p.gap(2.0)
    sign_both(p, signer(["Người nộp"], owner.name, space=13.0, pt=10.5),
              signer(["Cán bộ tiếp nhận"], "Lâm Thị Mỹ Hạnh", space=13.0, pt=10.5))
    receipt = Paper("phieu_tiep_nhan", "Phiếu biên nhận hồ sơ", "phieu_bien_nhan_hkd", [p],
                    {"thu_tuc": procedure, "ho_ten": owner.name, "so_cccd": owner.cccd,
                     "ngay_ban_hanh": "2026-03-02", "co_quan_ban_hanh": centre}, head)

    n = mk.page("open", 11.0, (20.0, 192.0), 12.0)
    motto(n, 12.0)
    head = title(n, "THÔNG BÁO", 15.0, ("Về việc thay đổi nội dung đăng ký hộ kinh doanh",))
    n.line("Kính gửi: Phòng Kinh tế phường Hạnh Thông", "r", 11.5, align="c")
    n.gap(2.0)
    rows(n, ["Tên hộ kinh doanh (ghi bằng chữ in hoa): TIỆM BÁNH BẢO TRÂN",
             "Số Giấy chứng nhận đăng ký hộ kinh doanh: 41G8031774, cấp ngày 18/9/2020",
             "Mã số thuế: 8471203365",
             "Đăng ký thay đổi địa chỉ trụ sở hộ kinh doanh:",
             "- Địa chỉ cũ: 45/12 đường Lê Văn Thọ, phường An Hội Tây, TP Hồ Chí Minh",
             "- Địa chỉ mới: 218 đường Nguyễn Oanh, phường Hạnh Thông, TP Hồ Chí Minh",
             "Số tài khoản nhận tiền bán hàng: 0071 0036 5218 9 tại Vietcombank, chi nhánh "
             "Gò Vấp",
             "Thông tin về chủ hộ kinh doanh:",
             "Họ và tên chủ hộ:"])
    n.field(owner.upper, style="b", x0=n.x0 + 12.0)
    rows(n, [f"Ngày sinh: {dmy(owner.born)}     Giới tính: Nữ     Dân tộc: Kinh",
             f"Số định danh cá nhân: {owner.cccd}"])
    n2 = mk.page("open", 11.0, (20.0, 192.0), 14.0)
    rows(n2, ["Chủ hộ kinh doanh cam kết: trụ sở hộ kinh doanh thuộc quyền sử dụng hợp pháp "
              "của hộ; chịu trách nhiệm trước pháp luật về tính hợp pháp, chính xác và trung "
              "thực của nội dung thông báo này.",
              "Giấy tờ gửi kèm: hợp đồng thuê mặt bằng ngày 20/02/2026; bản sao Giấy chứng "
              "nhận đăng ký hộ kinh doanh."])
    n2.gap(3.0)
    n2.line(f"TP Hồ Chí Minh, ngày {dmy(date(2026, 2, 27))}", "i", 11.5, align="r")
    sign_right(n2, signer(["CHỦ HỘ KINH DOANH"], owner.name, "(Ký và ghi họ tên)", 16.0, 11.5))
    notice = Paper("thong_bao", "Thông báo thay đổi nội dung đăng ký hộ kinh doanh",
                   "thong_bao_thay_doi_hkd", [n, n2],
                   {"ho_ten": owner.upper, "so_cccd": owner.cccd,
                    "ngay_ban_hanh": "2026-02-27"}, head)

    c = mk.page("free", 12.0, (22.0, 190.0), 14.0)
    header(c, ("UBND QUẬN GÒ VẤP", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"), None, pt=11.5)
    head = title(c, "GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH", 14.0)
    c.line("Số: 41G8031774", "b", 12.0, align="c")
    c.line("Đăng ký lần đầu: ngày 18 tháng 09 năm 2020", "r", 11.5, align="c")
    c.gap(2.0)
    rows(c, ["1. Tên hộ kinh doanh: TIỆM BÁNH BẢO TRÂN",
             "2. Địa điểm kinh doanh: 45/12 đường Lê Văn Thọ, phường 11, quận Gò Vấp",
             "3. Ngành, nghề kinh doanh: sản xuất, bán lẻ bánh ngọt, bánh kem",
             "4. Vốn kinh doanh: 150.000.000 đồng (Một trăm năm mươi triệu đồng)",
             "5. Họ và tên chủ hộ kinh doanh:"])
    c.field(owner.upper, style="b", x0=c.x0 + 12.0)
    rows(c, [f"Sinh ngày: {dmy(owner.born)}   Giới tính: Nữ",
             "Số CMND: 025987134, cấp ngày 11/4/2011, nơi cấp: Công an TP Hồ Chí Minh"])
    c.gap(3.0)
    sign_right(c, signer(["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"], "Đỗ Thanh Liêm",
                         space=16.0, pt=11.5), seal=True)
    c.gap(3.0)
    c.line("SAO Y BẢN CHÍNH - UBND phường 11, số chứng thực 2043, ngày 02/10/2020", "i",
           10.0, align="l")
    old = Paper("gcn_ho_kinh_doanh", "Giấy chứng nhận đăng ký hộ kinh doanh (bản sao)",
                "gcn_hkd_copy", [c],
                {"ho_ten": owner.upper, "so_ky_hieu": "41G8031774", "ngay_ban_hanh": "2020-09-18",
                 "co_quan_ban_hanh": "Phòng Tài chính - Kế hoạch"}, head)

    landlord = mk.person("Huỳnh Tấn Lộc", "1961-06-08", True, "079",
                         "218 đường Nguyễn Oanh, phường Hạnh Thông, TP Hồ Chí Minh")
    h = mk.page("open", 11.0, (20.0, 192.0), 12.0)
    motto(h, 12.0)
    head = title(h, "HỢP ĐỒNG THUÊ MẶT BẰNG KINH DOANH", 14.5, ("Số: 07/2026/HĐTMB",))
    h.p("Hôm nay, ngày 20/02/2026, tại 218 đường Nguyễn Oanh, phường Hạnh Thông, chúng tôi "
        "gồm:", indent=0.0)
    rows(h, [f"BÊN CHO THUÊ (Bên A): ông {landlord.name}, CCCD số {landlord.cccd}",
             f"Địa chỉ: {landlord.home}",
             "Số tài khoản nhận tiền thuê: 190364827751 tại Techcombank",
             f"BÊN THUÊ (Bên B): bà {owner.name}, CCCD số {owner.cccd}",
             f"Địa chỉ: {owner.home}"])
    h.p("Hai bên thỏa thuận: Bên A cho Bên B thuê mặt bằng tầng trệt diện tích 42 m2 tại "
        "218 đường Nguyễn Oanh để kinh doanh tiệm bánh; thời hạn thuê 36 tháng kể từ ngày "
        "01/3/2026; giá thuê 14.000.000 đồng/tháng, trả theo quý vào 05 ngày đầu quý; tiền "
        "đặt cọc 28.000.000 đồng.", indent=0.0, align="j")
    h.p("Bên B được đăng ký địa chỉ kinh doanh tại mặt bằng thuê; hết hạn hợp đồng, Bên B "
        "bàn giao lại hiện trạng ban đầu. Hợp đồng lập thành 02 bản, mỗi bên giữ 01 bản.",
        indent=0.0, align="j")
    sign_both(h, signer(["BÊN A"], landlord.name, space=15.0, pt=11.5),
              signer(["BÊN B"], owner.name, space=15.0, pt=11.5))
    lease = Paper("hop_dong", "Hợp đồng thuê mặt bằng", "hop_dong_thue_mat_bang", [h],
                  {"ho_ten": landlord.name, "so_cccd": landlord.cccd,
                   "so_ky_hieu": "07/2026/HĐTMB", "ngay_ban_hanh": "2026-02-20"}, head)
    return Dossier(code, procedure, [], [receipt, notice, old, lease])


def repair_permit(mk: Maker) -> Dossier:
    """Cấp giấy phép sửa chữa, cải tạo (Hà Nội): the ward's slip, the application, the land
    and house certificate (2 p., a copy) and the drawing of the repair."""
    owner = mk.person("Nguyễn Thị Minh Nguyệt", "1968-12-04", False, "001",
                      "số 14 ngõ 72 phố Tôn Thất Tùng, phường Kim Liên, Hà Nội")
    code = "000.09.05.H01-260225-0213"
    procedure = ("Cấp giấy phép sửa chữa, cải tạo nhà ở riêng lẻ (thay mái, nâng tầng tum) tại "
                 "số 14 ngõ 72 phố Tôn Thất Tùng")
    centre = "Bộ phận tiếp nhận và trả kết quả phường Kim Liên"
    p = mk.page("free", 12.0, (20.0, 192.0), 12.0)
    head = slip_top(p, ("UBND PHƯỜNG KIM LIÊN", "BỘ PHẬN TIẾP NHẬN VÀ", "TRẢ KẾT QUẢ"), code,
                    "GIẤY TIẾP NHẬN VÀ HẸN TRẢ KẾT QUẢ\nGIẢI QUYẾT HỒ SƠ", pt=11.5)
    rows(p, ["Bộ phận tiếp nhận và trả kết quả phường Kim Liên tiếp nhận hồ sơ của:"])
    p.field(f"Bà {owner.name}", style="b", x0=p.x0 + 10.0)
    rows(p, [f"Số CCCD: {owner.cccd}; điện thoại: {owner.phone}",
             f"Địa chỉ: {owner.home}",
             "Nội dung yêu cầu giải quyết:"])
    p.field(procedure, style="b", x0=p.x0 + 10.0)
    rows(p, ["Giấy tờ đã nhận: đơn đề nghị; bản sao Giấy chứng nhận quyền sử dụng đất, quyền "
             "sở hữu nhà ở; 01 bản vẽ hiện trạng và thiết kế cải tạo.",
             "Thời gian giải quyết: 15 ngày. Ngày hẹn trả: ngày 18 tháng 3 năm 2026."])
    p.gap(2.0)
    p.line(f"Kim Liên, {words(date(2026, 2, 25), pad=True)}", "i", 12.0, align="r")
    sign_both(p, signer(["NGƯỜI NỘP"], owner.name, space=15.0, pt=11.5),
              signer(["NGƯỜI NHẬN HỒ SƠ"], "Trần Quang Vinh", space=15.0, pt=11.5))
    receipt = Paper("phieu_tiep_nhan", "Giấy tiếp nhận và hẹn trả kết quả giải quyết hồ sơ",
                    "giay_tiep_nhan_giai_quyet", [p],
                    {"thu_tuc": procedure, "ho_ten": owner.name, "so_cccd": owner.cccd,
                     "ngay_ban_hanh": "2026-02-25", "co_quan_ban_hanh": centre}, head)

    a = mk.page("free", 12.5, (24.0, 190.0), 13.0)
    motto(a, 12.5)
    head = title(a, "ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP\nSỬA CHỮA, CẢI TẠO CÔNG TRÌNH", 14.5,
                 ("(Sử dụng cho nhà ở riêng lẻ)",))
    a.line("Kính gửi: Ủy ban nhân dân phường Kim Liên", "r", 12.5, align="c")
    a.gap(2.0)
    rows(a, ["1. Thông tin về chủ đầu tư:", "- Tên chủ đầu tư:"])
    a.field(owner.upper, style="b", x0=a.x0 + 12.0)
    rows(a, [f"- Số định danh cá nhân: {owner.cccd}",
             f"- Địa chỉ liên hệ: {owner.home}; số điện thoại: {owner.phone}",
             "2. Thông tin công trình: nhà ở riêng lẻ 3 tầng, xây năm 1998, diện tích xây "
             "dựng 48,6 m2, thửa đất số 87, tờ bản đồ số 6-II-24",
             "3. Nội dung sửa chữa, cải tạo: thay mái tôn tầng 3; xây tum thang diện tích "
             "12,0 m2; không thay đổi kết cấu chịu lực chính",
             "4. Đơn vị thiết kế: Công ty TNHH Kiến trúc Mộc An, chứng chỉ năng lực số "
             "HAN-00031842",
             "5. Dự kiến thời gian hoàn thành: 04 tháng",
             "6. Cam kết: thực hiện đúng giấy phép được cấp; nếu sai tôi hoàn toàn chịu trách "
             "nhiệm và bị xử lý theo quy định của pháp luật."])
    a.gap(2.0)
    a.line(f"Hà Nội, {words(date(2026, 2, 23))}", "i", 12.5, align="r")
    sign_right(a, signer(["NGƯỜI LÀM ĐƠN"], owner.name, "(ký, ghi rõ họ tên)", 16.0, 12.5))
    form = Paper("don_de_nghi", "Đơn đề nghị cấp giấy phép sửa chữa, cải tạo", "don_sua_chua",
                 [a], {"ho_ten": owner.upper, "so_cccd": owner.cccd,
                       "ngay_ban_hanh": "2026-02-23"}, head)

    g = mk.page("free", 12.0, (22.0, 190.0), 30.0, dpi=300, color=True)
    g.frame()
    motto(g, 12.0)
    head = title(g, "GIẤY CHỨNG NHẬN\nQUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở\n"
                    "VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT", 15.0)
    g.gap(4.0)
    g.line("I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất", "b",
           12.0, align="l")
    rows(g, [f"Bà: {owner.upper}, sinh năm {owner.born.year}",
             "CMND số: 011853402",
             f"Địa chỉ thường trú: {owner.home}"])
    g.gap(20.0)
    g.line("BX 209318", "b", 14.0, align="r")
    g2 = mk.page("free", 12.0, (22.0, 190.0), 18.0, dpi=300, color=True)
    g2.frame()
    g2.line("II. Thửa đất, nhà ở và tài sản khác gắn liền với đất", "b", 12.0)
    rows(g2, ["a) Thửa đất số: 87; tờ bản đồ số: 6-II-24", "b) Địa chỉ: số 14 ngõ 72 phố Tôn "
              "Thất Tùng", "c) Diện tích: 48,6 m2 (bằng chữ: Bốn mươi tám phẩy sáu mét vuông)",
              "d) Hình thức sử dụng: riêng", "đ) Mục đích sử dụng: đất ở tại đô thị",
              "e) Thời hạn sử dụng: lâu dài",
              "Nhà ở: diện tích xây dựng 48,6 m2; diện tích sàn 145,8 m2; số tầng 03"])
    g2.gap(3.0)
    g2.line("Hà Nội, ngày 15 tháng 6 năm 2016", "i", 12.0, align="r")
    sign_right(g2, signer(["TM. ỦY BAN NHÂN DÂN QUẬN ĐỐNG ĐA", "KT. CHỦ TỊCH",
                           "PHÓ CHỦ TỊCH"], "Lê Tiến Dũng", space=18.0, pt=11.5), seal=True)
    g2.gap(3.0)
    rows(g2, ["Số vào sổ cấp GCN: CH 02618"], pt=11.0)
    cert = Paper("giay_chung_nhan_qsdd", "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở",
                 "gcn_2016", [g, g2],
                 {"ho_ten": owner.upper, "so_ky_hieu": "BX 209318", "ngay_ban_hanh": "2016-06-15",
                  "co_quan_ban_hanh": "Ủy ban nhân dân quận Đống Đa"}, head)

    d = mk.page("open", 9.5, (16.0, 196.0), 12.0)
    head = title(d, "BẢN VẼ HIỆN TRẠNG VÀ THIẾT KẾ CẢI TẠO", 13.5,
                 ("Công trình: nhà ở riêng lẻ số 14 ngõ 72 phố Tôn Thất Tùng",))
    d.rect((30.0, 100.0, 50.0, 150.0), width=0.5)
    d.rect((110.0, 180.0, 50.0, 150.0), width=0.5)
    d.rect((110.0, 150.0, 50.0, 80.0), width=0.3)
    for y in (70.0, 95.0, 120.0):
        d.hline(30.0, 100.0, y, 0.3)
    d.put(45.0, 156.0, "MẶT BẰNG TẦNG 3 HIỆN TRẠNG", "b", 9.0)
    d.put(118.0, 156.0, "MẶT BẰNG TẦNG TUM CẢI TẠO", "b", 9.0)
    d.put(52.0, 46.0, "5400", "r", 8.0)
    d.put(125.0, 66.0, "TUM 12,0 m2", "r", 8.0)
    d.y = 170.0
    d.table([60.0, 70.0, 50.0], [
        ["Đơn vị thiết kế", "Chủ đầu tư", "Ngày"],
        ["Công ty TNHH Kiến trúc Mộc An", owner.upper, dmy(date(2026, 2, 10))],
        ["Chủ trì: KTS. Võ Thanh Hải", "(ký)", "Tỷ lệ 1/100"]], aligns="lll", pt=9.5)
    drawing = Paper("ban_ve_thiet_ke", "Bản vẽ hiện trạng và thiết kế cải tạo", "ban_ve_cai_tao",
                    [d], {"ho_ten": owner.upper, "ngay_ban_hanh": "2026-02-10",
                          "co_quan_ban_hanh": "Công ty TNHH Kiến trúc Mộc An"}, head)
    return Dossier(code, procedure, [], [receipt, form, cert, drawing])


def dossiers(mk: Maker) -> list[tuple[str, Dossier]]:
    """The four dossiers with their procedures' ids, in scan order."""
    return [("chuyen_muc_dich_su_dung_dat", land_use(mk)),
            ("dang_ky_lai_ket_hon", marriage_again(mk)),
            ("thay_doi_ho_kinh_doanh", shop_moves(mk)),
            ("gpxd_sua_chua_cai_tao", repair_permit(mk))]
