"""The four dossiers of the fifth held-apart set, after the 2025 reorganisation (provinces
and communes, no districts): an exchanged land certificate (Thanh Hóa), a monthly social
allowance for a disabled man (Gia Lai), a new limited company lacking its charter (Cần Thơ)
and a guardianship (Quảng Trị). Each starts with its counter's receipt in the wording of a
real kind of one-stop slip, which names the procedure in its own words."""

from __future__ import annotations

from datetime import date, datetime

from page5 import (
    Dossier,
    Maker,
    Page,
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


def slip_top(p: Page, agency: tuple[str, ...], code: str, heading: str, place: str,
              when: datetime, *, qr: str = "") -> str:
    """The top of a receipt: the counter's header, the title and ``Mã hồ sơ:`` under it,
    a QR code of the look-up address at the top left when ``qr``."""
    header(p, agency, None, f"{place}, {words(when.date())}", pt=12.0, split=90.0)
    head = title(p, heading, 14.5)
    p.line(f"Mã hồ sơ: {code}", "b", 12.5, align="c")
    if qr:
        p.qr(qr, 170.0, 62.0, 20.0)
    p.gap(2.0)
    return head


def exchange_certificate(mk: Maker) -> Dossier:
    """Cấp đổi GCN (Thanh Hóa): the 2018 receipt form, the change application, the old
    certificate (2 p., colour), the cadastral survey extract, a son's power of attorney."""
    owner = mk.person("Lê Văn Tường", "1955-02-11", True, "038", "thôn Phú Khê, xã Hoằng "
                      "Tiến, tỉnh Thanh Hóa")
    son = mk.person("Lê Văn Hải", "1984-09-30", True, "038", "thôn Phú Khê, xã Hoằng Tiến, "
                    "tỉnh Thanh Hóa")
    code = "000.52.17.H56-251103-0587"
    procedure = ("Cấp đổi Giấy chứng nhận QSDĐ do đo đạc lại bản đồ địa chính, thửa đất số "
                 "245, tờ bản đồ số 18 (người sử dụng đất: ông Lê Văn Tường)")
    when = datetime(2025, 11, 3, 14, 20)
    p = mk.page("termes", 13.0, (22.0, 194.0), 12.0)
    head = slip_top(p, ("UBND XÃ HOẰNG TIẾN", "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"), code,
                     "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Hoằng Tiến", when,
                     qr=f"https://dichvucong.thanhhoa.gov.vn/tra-cuu?mahoso={code}")
    p.field("Trung tâm Phục vụ hành chính công xã Hoằng Tiến", x1=160.0)
    p.field(f"Tiếp nhận hồ sơ của: Ông {son.name}", x1=160.0)
    p.field(f"Số CCCD: {son.cccd}. Số điện thoại: {son.phone}")
    p.field(f"Địa chỉ: {son.home}")
    p.field(f"Nội dung yêu cầu giải quyết: {procedure}", align="j")
    p.field("1. Thành phần hồ sơ nộp gồm:")
    for item in ["Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (bản chính)",
                 "Giấy chứng nhận đã cấp số BĐ 562810 (bản gốc)",
                 "Trích đo địa chính thửa đất số 245", "Giấy ủy quyền (bản chính)"]:
        p.para(f"- {item}", indent=6.0, hang=9.0, pt=12.0)
    p.field("2. Số lượng hồ sơ: 01 (bộ)")
    p.field("3. Thời gian giải quyết hồ sơ theo quy định là: 07 ngày làm việc")
    p.field(f"4. Thời gian nhận hồ sơ: 14 giờ 20 phút, {words(when.date())}")
    p.field(f"5. Thời gian trả kết quả giải quyết hồ sơ: 14 giờ 00 phút, "
            f"{words(date(2025, 11, 12))}")
    p.field("6. Đăng ký nhận kết quả tại: Trung tâm Phục vụ hành chính công xã")
    p.field("Vào Sổ theo dõi hồ sơ, Quyển số: 04, Số thứ tự: 1187")
    p.gap(2.0)
    sign_both(p, signer(["NGƯỜI NỘP HỒ SƠ"], son.name, "(Ký và ghi rõ họ tên)", 14.0, 12.0),
              signer(["NGƯỜI TIẾP NHẬN HỒ SƠ"], "Đỗ Thị Ngọc Ánh", "(Ký và ghi rõ họ tên)",
                     14.0, 12.0))
    receipt = Paper("phieu_tiep_nhan", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
                    "giay_tiep_nhan", [p],
                    {"thu_tuc": procedure, "ho_ten": son.name, "so_cccd": son.cccd,
                     "ngay_ban_hanh": "2025-11-03",
                     "co_quan_ban_hanh": "Trung tâm Phục vụ hành chính công xã Hoằng Tiến"}, head)

    f = mk.page("termes", 12.0, (20.0, 194.0), 12.0)
    form_no(f, "Mẫu số 11/ĐK")
    motto(f, 12.5)
    head = title(f, "ĐƠN ĐĂNG KÝ BIẾN ĐỘNG ĐẤT ĐAI,\nTÀI SẢN GẮN LIỀN VỚI ĐẤT", 14.0)
    f.line("Kính gửi: Chi nhánh Văn phòng đăng ký đất đai tỉnh Thanh Hóa - khu vực Hoằng Hóa",
           "r", 11.5, align="c")
    f.gap(2.0)
    f.field("I. KÊ KHAI CỦA NGƯỜI SỬ DỤNG ĐẤT", style="b")
    f.field("1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất:")
    f.field("1.1. Tên (viết chữ in hoa):")
    f.field(owner.upper, style="b", x0=34.0)
    f.field(f"1.2. Giấy tờ nhân thân: CCCD số {owner.cccd}; năm sinh: {owner.born.year}")
    f.field(f"1.3. Địa chỉ: {owner.home}")
    f.field("2. Giấy chứng nhận đã cấp: số phát hành BĐ 562810, số vào sổ CH 01934, cấp ngày "
            "21/05/2012", hang=6.0)
    f.field("3. Nội dung biến động: [x] Cấp đổi Giấy chứng nhận do đo đạc lập bản đồ địa "
            "chính; thửa số 159 tờ 6 (cũ) nay là thửa 245 tờ 18; diện tích 402,5 m2 "
            "(tăng 12,5 m2)", hang=6.0)
    f.field("4. Giấy tờ liên quan nộp kèm theo: Giấy chứng nhận đã cấp; Trích đo địa chính "
            "thửa đất", hang=6.0)
    f.field("Tôi cam đoan nội dung kê khai trên đơn là đúng sự thật, nếu sai tôi hoàn toàn "
            "chịu trách nhiệm trước pháp luật.", align="j")
    f.gap(2.0)
    f.line(f"Hoằng Tiến, {words(date(2025, 10, 28), pad=False)}", "i", 12.0, align="r")
    sign_right(f, signer(["NGƯỜI VIẾT ĐƠN"], owner.name, "(Ký, ghi rõ họ tên)", 16.0, 12.0))
    form = Paper("don_de_nghi", "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất",
                 "don_bien_dong", [f], {"ho_ten": owner.upper, "so_cccd": owner.cccd,
                                         "ngay_ban_hanh": "2025-10-28"}, head)

    c1 = mk.page("termes", 12.5, (24.0, 188.0), 18.0, dpi=300, color=True)
    c1.frame()
    motto(c1, 12.5)
    head = title(c1, "GIẤY CHỨNG NHẬN\nQUYỀN SỬ DỤNG ĐẤT\nQUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC "
                 "GẮN LIỀN VỚI ĐẤT", 14.5)
    c1.gap(4.0)
    c1.field("I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất", style="b")
    c1.field(f"Ông: {owner.name}, sinh năm: {owner.born.year}, CMND số: 171264903")
    c1.field("Bà: Nguyễn Thị Lành, sinh năm: 1958, CMND số: 171288127")
    c1.field("Địa chỉ thường trú: thôn Phú Khê, xã Hoằng Tiến, huyện Hoằng Hóa, tỉnh Thanh Hóa",
             hang=6.0)
    c1.gap(40.0)
    c1.line("BĐ 562810", "b", 16.0, align="c")
    c2 = mk.page("termes", 12.0, (24.0, 188.0), 18.0, dpi=300, color=True)
    c2.field("II. Thửa đất, nhà ở và tài sản khác gắn liền với đất", style="b")
    for line in ["a) Thửa đất số: 159, tờ bản đồ số: 6", "b) Địa chỉ: thôn Phú Khê, xã Hoằng "
                 "Tiến", "c) Diện tích: 390,0 m2 (Bằng chữ: Ba trăm chín mươi mét vuông)",
                 "d) Hình thức sử dụng: sử dụng chung", "đ) Mục đích sử dụng: Đất ở tại nông "
                 "thôn 200 m2; đất trồng cây lâu năm 190 m2", "e) Thời hạn sử dụng: đất ở lâu "
                 "dài", "g) Nguồn gốc sử dụng: Nhà nước công nhận quyền sử dụng đất"]:
        c2.field(line, hang=6.0)
    c2.gap(4.0)
    c2.line(f"Hoằng Hóa, {words(date(2012, 5, 21))}", "i", 12.0, align="r")
    sign_right(c2, signer(["TM. ỦY BAN NHÂN DÂN HUYỆN HOẰNG HÓA", "KT. CHỦ TỊCH",
                           "PHÓ CHỦ TỊCH"], "Lê Xuân Thắng", "", 22.0, 12.0), seal=True)
    c2.line("Số vào sổ cấp GCN: CH 01934", "r", 11.0)
    cert = Paper("giay_chung_nhan_qsdd",
                 "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn "
                 "liền với đất", "gcn_2009", [c1, c2],
                 {"so_ky_hieu": "BĐ 562810", "ngay_ban_hanh": "2012-05-21",
                  "ho_ten": owner.name, "co_quan_ban_hanh": "Ủy ban nhân dân huyện Hoằng Hóa"},
                 head)

    t = mk.page("heros", 11.5, (16.0, 196.0), 12.0)
    t.line("CÔNG TY TNHH ĐO ĐẠC VÀ BẢN ĐỒ LAM SƠN", "b", 12.0)
    t.gap(2.0)
    head = title(t, "TRÍCH ĐO ĐỊA CHÍNH THỬA ĐẤT", 16.0,
                 ["Số trích đo: 318/TĐ-2025; Tỷ lệ 1:500"])
    t.field("Thửa đất số: 245   Tờ bản đồ số: 18   Diện tích: 402,5 m2")
    t.field(f"Người sử dụng đất: {owner.name}   Địa chỉ thửa đất: thôn Phú Khê, xã Hoằng Tiến")
    top = t.y + 4.0
    t.rect((48.0, 158.0, top, top + 88.0), width=0.5)
    t.hline(48.0, 158.0, top + 52.0, 0.3)
    for x, y, label in ((52.0, top + 4.0, "1"), (150.0, top + 4.0, "2"),
                        (150.0, top + 84.0, "3"), (52.0, top + 84.0, "4")):
        t.put(x, y + 3.0, label, "r", 9.0, record=False)
    t.put(82.0, top + 30.0, "245", "b", 16.0, record=False)
    t.put(82.0, top + 38.0, "ONT+CLN", "r", 10.0, record=False)
    t.gap(98.0)
    t.table([20.0, 40.0, 40.0, 40.0], [["Điểm", "X (m)", "Y (m)", "Cạnh (m)"],
                                       ["1", "2198412,36", "582106,74", "19,82"],
                                       ["2", "2198410,95", "582126,51", "20,31"],
                                       ["3", "2198390,70", "582125,02", "19,85"],
                                       ["4", "2198392,08", "582105,25", "20,35"]],
            aligns="cccc", pt=10.5)
    t.gap(2.0)
    sign_both(t, signer(["NGƯỜI ĐO ĐẠC"], "Trịnh Văn Quý", "", 14.0, 11.0),
              signer(["GIÁM ĐỐC"], "Hà Minh Khôi",
                     f"Thanh Hóa, ngày {dmy(date(2025, 10, 20))}", 14.0, 11.0),
              seal="right")
    survey = Paper("trich_luc_ban_do", "Trích đo địa chính thửa đất", "trich_do", [t],
                   {"so_ky_hieu": "318/TĐ-2025", "ngay_ban_hanh": "2025-10-20",
                    "ho_ten": owner.name,
                    "co_quan_ban_hanh": "Công ty TNHH Đo đạc và Bản đồ Lam Sơn"}, head)

    a = mk.page("cursor", 11.0, (22.0, 192.0), 16.0)
    motto(a, 12.0)
    head = title(a, "GIẤY ỦY QUYỀN", 15.0)
    a.field(f"Tôi là: {owner.upper}, sinh ngày {dmy(owner.born)}")
    a.field(f"CCCD số: {owner.cccd}, cấp ngày 12/06/2021")
    a.field(f"Nơi thường trú: {owner.home}", hang=4.0)
    a.field("Ủy quyền cho:", style="b")
    a.field(f"Ông {son.upper}, sinh ngày {dmy(son.born)} (con trai)")
    a.field(f"CCCD số: {son.cccd}, cấp ngày 04/08/2021")
    a.field("Nội dung ủy quyền: thay mặt tôi nộp hồ sơ, ký các giấy tờ và nhận kết quả cấp "
            "đổi Giấy chứng nhận quyền sử dụng đất thửa đất số 159, tờ bản đồ số 6 tại Trung "
            "tâm Phục vụ hành chính công xã Hoằng Tiến.", hang=4.0)
    a.field("Thời hạn ủy quyền: từ ngày ký đến khi nhận được kết quả.")
    a.gap(3.0)
    a.line(f"Hoằng Tiến, ngày {dmy(date(2025, 10, 29))}", "i", 11.0, align="r")
    sign_both(a, signer(["NGƯỜI ĐƯỢC ỦY QUYỀN"], son.upper, "", 16.0, 11.0),
              signer(["NGƯỜI ỦY QUYỀN"], owner.upper, "", 16.0, 11.0))
    power = Paper("giay_uy_quyen", "Giấy ủy quyền", "uy_quyen_ca_nhan", [a],
                  {"ngay_ban_hanh": "2025-10-29", "ho_ten": owner.upper,
                   "so_cccd": owner.cccd}, head)
    return Dossier(code, procedure, [], [receipt, form, cert, survey, power])


def social_allowance(mk: Maker) -> Dossier:
    """Trợ cấp xã hội hằng tháng (Gia Lai): a software slip with a table of papers, the
    control sheet the counter staples behind it, the declaration (2 p.), the disability
    confirmation, a plain photocopy of the chip card."""
    man = mk.person("Rơ Châm Kưih", "1969-07-14", True, "064", "làng Ia Gri, xã Ia Hrú, "
                    "tỉnh Gia Lai")
    wife = mk.person("Siu H'Blơn", "1972-03-02", False, "064", man.home)
    code = "000.61.08.H21-251118-0243"
    procedure = "Hưởng trợ cấp xã hội hằng tháng đối với người khuyết tật nặng"
    when = datetime(2025, 11, 18, 8, 40)
    p = mk.page("heros", 12.0, (18.0, 194.0), 12.0)
    p.line("UBND XÃ IA HRÚ", "r", 11.5)
    p.line("BỘ PHẬN MỘT CỬA", "b", 11.5)
    p.gap(3.0)
    head = title(p, "BIÊN NHẬN HỒ SƠ KIÊM PHIẾU HẸN TRẢ KẾT QUẢ", 14.5)
    p.line(f"Mã hồ sơ: {code}", "b", 12.0)
    p.line(f"Ngày nhận: {dmy(when.date())} 08:40   Ngày hẹn trả: {dmy(date(2025, 12, 2))}",
           "r", 11.5)
    p.field(f"Người nộp: {wife.name} (vợ)   Điện thoại: {wife.phone}")
    p.field(f"Người được hưởng: {man.name}   CCCD: {man.cccd}")
    p.field(f"Địa chỉ: {man.home}")
    p.field("Lĩnh vực: Bảo trợ xã hội")
    p.field(f"Thủ tục: {procedure}")
    p.gap(1.0)
    p.table([12.0, 118.0, 22.0, 22.0], [
        ["STT", "Tên giấy tờ", "Bản chính", "Bản sao"],
        ["1", "Tờ khai đề nghị trợ giúp xã hội (Mẫu số 1a)", "1", "0"],
        ["2", "Giấy xác nhận khuyết tật", "0", "1"],
        ["3", "Căn cước công dân của người khuyết tật", "0", "1"]], aligns="clcc", pt=11.0)
    p.field("Lệ phí: không thu. Nơi trả kết quả: Bộ phận một cửa xã Ia Hrú.", pt=11.0)
    p.gap(3.0)
    sign_both(p, signer(["Người nộp hồ sơ"], wife.name, "", 14.0, 11.5),
              signer(["Người nhận hồ sơ"], "Nay H'Dim", "", 14.0, 11.5))
    receipt = Paper("phieu_tiep_nhan", "Biên nhận hồ sơ kiêm phiếu hẹn trả kết quả",
                    "bien_nhan_kiem_phieu_hen", [p],
                    {"thu_tuc": procedure, "ho_ten": wife.name,
                     "ngay_ban_hanh": "2025-11-18", "co_quan_ban_hanh": "UBND xã Ia Hrú"},
                    head)

    k = mk.page("heros", 11.0, (14.0, 196.0), 12.0)
    k.line("UBND XÃ IA HRÚ", "b", 11.0)
    head = title(k, "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", 14.0)
    k.field(f"Mã hồ sơ: {code}")
    k.field(f"Tên TTHC: {procedure}")
    k.field(f"Tổ chức, cá nhân: {man.name}")
    k.table([62.0, 48.0, 42.0, 30.0], [
        ["Tên cơ quan", "Thời gian giao, nhận hồ sơ", "Kết quả giải quyết", "Ghi chú"],
        ["1. Giao: Bộ phận một cửa 2. Nhận: Công chức văn hóa - xã hội",
         f"08 giờ 55 phút, ngày {dmy(when.date())}", "Đúng hạn", ""],
        ["1. Giao: Công chức văn hóa - xã hội 2. Nhận: Chủ tịch UBND xã",
         "10 giờ 00 phút, ngày 25/11/2025", "", ""]], pt=10.5)
    control = Paper("phieu_kiem_soat", "Phiếu kiểm soát quá trình giải quyết hồ sơ",
                    "kiem_soat", [k], {"thu_tuc": procedure, "ho_ten": man.name}, head)

    d1 = mk.page("termes", 12.5, (24.0, 190.0), 12.0)
    form_no(d1, "Mẫu số 1a")
    motto(d1, 12.5)
    head = title(d1, "TỜ KHAI ĐỀ NGHỊ TRỢ GIÚP XÃ HỘI", 14.0,
                 ["(Áp dụng đối với đối tượng quy định tại khoản 6 Điều 5 Nghị định số "
                  "20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ)"])
    d1.field("I. THÔNG TIN CỦA ĐỐI TƯỢNG", style="b")
    d1.field("1. Họ, chữ đệm và tên (viết chữ in hoa):")
    d1.field(man.upper, style="b", x0=40.0)
    d1.field(f"Ngày/tháng/năm sinh: {dmy(man.born)}   Giới tính: Nam   Dân tộc: Gia Rai")
    d1.field(f"Căn cước công dân số: {man.cccd}")
    d1.field(f"2. Nơi thường trú: {man.home}")
    d1.field("3. Dạng khuyết tật: khuyết tật vận động; mức độ khuyết tật: nặng")
    d1.field("4. Có thẻ bảo hiểm y tế không? [x] Có  [ ] Không")
    d1.field("5. Đang hưởng chế độ nào sau đây: không")
    d1.field("6. Tài khoản nhận trợ cấp: số 640102391874 tại Ngân hàng Chính sách xã hội "
             "(tài khoản của vợ)", hang=6.0)
    d2 = mk.page("termes", 12.5, (24.0, 190.0), 16.0)
    d2.field("II. THÔNG TIN CỦA NGƯỜI KHAI THAY", style="b")
    d2.field("1. Họ, chữ đệm và tên:")
    d2.field(wife.name, style="b", x0=40.0)
    d2.field(f"2. Căn cước công dân số: {wife.cccd}   3. Quan hệ với đối tượng: vợ")
    d2.field("Tôi xin cam đoan những lời khai trên là đúng sự thật, nếu có điều gì khai không "
             "đúng, tôi xin chịu trách nhiệm hoàn toàn.", align="j")
    d2.gap(3.0)
    d2.line(f"Ia Hrú, {words(date(2025, 11, 14), pad=False)}", "i", 12.0, align="r")
    sign_right(d2, signer(["NGƯỜI KHAI"], wife.name, "(Ký, ghi rõ họ tên)", 16.0, 12.0))
    declaration = Paper("don_de_nghi", "Tờ khai đề nghị trợ giúp xã hội", "to_khai_tro_giup",
                        [d1, d2], {"ho_ten": man.upper, "so_cccd": man.cccd,
                                   "ngay_ban_hanh": "2025-11-14"}, head)

    x = mk.page("termes", 13.0, (24.0, 192.0), 12.0)
    header(x, ("ỦY BAN NHÂN DÂN", "XÃ IA HRÚ"), "0412/GXN-UBND",
           f"Ia Hrú, {words(date(2025, 9, 22))}", pt=12.0)
    head = title(x, "GIẤY XÁC NHẬN KHUYẾT TẬT", 15.0)
    x.field(f"Họ và tên: {man.upper}")
    x.field(f"Ngày, tháng, năm sinh: {dmy(man.born)}   Giới tính: Nam")
    x.field(f"Số định danh cá nhân: {man.cccd}")
    x.field(f"Nơi cư trú: {man.home}")
    x.field("Dạng khuyết tật: Khuyết tật vận động")
    x.field("Mức độ khuyết tật: Khuyết tật nặng")
    x.gap(4.0)
    sign_right(x, signer(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Ksor Y Phương", "", 20.0, 12.5),
               seal=True)
    x.line("Bản sao y bản chính - Số chứng thực 2197 ngày 10/11/2025", "i", 10.0)
    confirm = Paper("giay_xac_nhan_khuyet_tat", "Giấy xác nhận khuyết tật", "xac_nhan_khuyet_tat",
                    [x], {"so_ky_hieu": "0412/GXN-UBND", "ngay_ban_hanh": "2025-09-22",
                          "co_quan_ban_hanh": "Ủy ban nhân dân xã Ia Hrú",
                          "ho_ten": man.upper, "so_cccd": man.cccd}, head)
    card = chip_card(mk, man, issued=date(2021, 8, 19), until=date(2029, 7, 14), certify=())
    return Dossier(code, procedure, [], [receipt, control, declaration, confirm, card])


def dossiers(mk: Maker) -> list[tuple[str, Dossier]]:
    """The four dossiers in scan order, each with the id of its procedure."""
    import registry5

    return [("cap_doi_gcn", exchange_certificate(mk)),
            ("tro_cap_xa_hoi_hang_thang", social_allowance(mk)),
            ("thanh_lap_doanh_nghiep", registry5.new_company(mk)),
            ("dang_ky_giam_ho", registry5.guardianship(mk))]
