"""The four dossiers of the third held-apart set: a burial allowance (Nghệ An), a gift of land
(Quảng Ngãi), a household business (Lâm Đồng, lacking the owner's identity papers) and a
certificate of marital status (Cà Mau). Each starts with its counter's receipt, which names the
procedure in its own words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from page3 import (
    Dossier,
    L,
    Maker,
    Page,
    Paper,
    Person,
    agency_header,
    card_copy,
    citizen_header,
    dmy,
    recipients,
    sign_both,
    sign_right,
    signer,
    title,
    words,
)


@dataclass(frozen=True)
class Counter:
    """A counter, the receipt it prints and how the receipt names the procedure."""

    agency: tuple[str, ...]
    issuer: str
    """The issuing body as the truth gives it (printed in the header)."""
    title: str
    label: str
    procedure_label: str
    table: bool
    officer: str


def receipt(mk: Maker, c: Counter, code: str, when: datetime, due: date, who: Person,
            procedure: str, papers: list[str], *, number: str = "") -> Paper:
    """A receipt: the code on a line of its own, the applicant, the procedure under the
    counter's label (in a two-column table when ``c.table``), the papers and the dates."""
    p = mk.page("narrow", 12.0, (20.0, 192.0), 12.0)
    place = c.agency[-1].split(" ", 2)[-1].title()
    agency_header(p, c.agency, number or None, f"{place}, {words(when.date())}", pt=11.0)
    head = title(p, c.title, 14.5)
    p.line(f"Mã hồ sơ: {code}", "b", 12.0)
    p.field(f"Tiếp nhận hồ sơ của: {who.honorific} {who.name}")
    p.field(f"Số định danh cá nhân: {who.cccd}")
    p.field(f"Số điện thoại: {who.phone}")
    if c.table:
        rows = [["Mục", "Nội dung"], [c.procedure_label, procedure],
                ["Thành phần hồ sơ", "; ".join(papers)], ["Số lượng", "01 bộ"]]
        p.table([40.0, 132.0], rows, aligns="ll", pt=11.0)
    else:
        p.field(f"{c.procedure_label}: {procedure}", hang=6.0)
        p.field("Thành phần hồ sơ gồm:")
        for i, paper in enumerate(papers, 1):
            p.para(f"{i}) {paper}", indent=5.0, hang=10.0, pt=11.0)
    p.field(f"Thời gian nhận hồ sơ: {when:%H} giờ {when:%M} phút, {words(when.date())}")
    p.field(f"Ngày hẹn trả kết quả: {dmy(due)}")
    p.gap(3.0)
    sign_both(p, signer(["NGƯỜI NỘP HỒ SƠ"], who.name, "(Ký và ghi rõ họ tên)", 15.0, 11.0),
              signer(["NGƯỜI TIẾP NHẬN"], c.officer, "(Ký và ghi rõ họ tên)", 15.0, 11.0))
    fields = {"thu_tuc": procedure, "ho_ten": who.name, "so_cccd": who.cccd,
              "ngay_ban_hanh": when.date().isoformat(), "co_quan_ban_hanh": c.issuer}
    if number:
        fields["so_ky_hieu"] = number
    return Paper("phieu_tiep_nhan", c.label, "phieu_tiep_nhan", [p], fields, head)


def _form(mk: Maker, heading: str, sub: list[str], to: str, who: Person,
          body: list[str], place: str, d: date, *, family: str = "narrow") -> tuple[Page, str]:
    """A citizen's form: the motto, its title, "Kính gửi", the declarant's lines, the body, the
    place and date and the signature."""
    p = mk.page(family, 11.5 if family == "narrow" else 10.0, (22.0, 192.0), 14.0)
    citizen_header(p, 12.0)
    head = title(p, heading, 14.0, sub)
    p.line(f"Kính gửi: {to}", "r", 12.0, align="c")
    p.gap(2.0)
    p.segs([(0, f"Họ, chữ đệm, tên người yêu cầu: {who.upper}"), (128, f"Giới tính: {who.sex}")])
    p.field(f"Ngày, tháng, năm sinh: {dmy(who.born)}")
    p.field(f"Số định danh cá nhân: {who.cccd}")
    p.field(f"Nơi cư trú: {who.home}", hang=6.0)
    for line in body:
        p.field(line, hang=6.0)
    p.gap(2.0)
    p.line(f"{place}, {words(d)}", "i", 11.5, align="r")
    sign_right(p, signer(["NGƯỜI KHAI"], who.name, "(Ký, ghi rõ họ, chữ đệm, tên)", 16.0, 11.5))
    return p, head


def burial(mk: Maker) -> Dossier:
    """Hỗ trợ chi phí mai táng: receipt (list), form, death extract, card copy."""
    son = mk.person("Thái Văn Quyết", "1968-09-14", True, "040", "xóm 7, xã Diễn Hồng, huyện "
                    "Diễn Châu, tỉnh Nghệ An")
    c = Counter(("UBND HUYỆN DIỄN CHÂU", "UBND XÃ DIỄN HỒNG"), "UBND xã Diễn Hồng",
                "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Yêu cầu giải quyết", False,
                "Cao Thị Lành")
    code = "000.17.33.H40-250609-0071"
    procedure = "Đề nghị hỗ trợ tiền mai táng cho người cao tuổi"
    when = datetime(2025, 6, 9, 8, 40)
    papers = ["Tờ khai đề nghị hỗ trợ chi phí mai táng", "Trích lục khai tử (bản sao)",
              "Bản sao căn cước công dân của người đề nghị"]
    r = receipt(mk, c, code, when, date(2025, 6, 23), son, procedure, papers)
    form, head = _form(mk, "TỜ KHAI ĐỀ NGHỊ HỖ TRỢ CHI PHÍ MAI TÁNG", ["(Mẫu số 04)"],
                       "Ủy ban nhân dân xã Diễn Hồng", son, [
                           "Quan hệ với người đã mất: Con đẻ",
                           "Họ và tên người đã mất: Thái Văn Nhuận  Năm sinh: 1938",
                           "Ngày chết: 28/5/2025. Nguyên nhân: tuổi già",
                           "Người đã mất đang hưởng trợ cấp xã hội hằng tháng theo Nghị định "
                           "số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ.",
                           "Đề nghị Ủy ban nhân dân xã xem xét, hỗ trợ chi phí mai táng theo "
                           "quy định."], "Diễn Hồng", date(2025, 6, 6))
    f1 = Paper("don_de_nghi", "Tờ khai đề nghị hỗ trợ chi phí mai táng", "to_khai", [form],
               {"ho_ten": son.upper, "so_cccd": son.cccd, "ngay_ban_hanh": "2025-06-06"}, head)
    p = mk.page("narrow", 12.0, (22.0, 192.0), 14.0, dpi=300)
    agency_header(p, ("UBND HUYỆN DIỄN CHÂU", "UBND XÃ DIỄN HỒNG"), "35/TLKT-BS", None)
    head = title(p, "TRÍCH LỤC KHAI TỬ", 16.0, ["(Bản sao)"])
    for line in ["Họ, chữ đệm, tên: THÁI VĂN NHUẬN", "Ngày, tháng, năm sinh: 03/02/1938",
                 "Giới tính: Nam   Dân tộc: Kinh   Quốc tịch: Việt Nam",
                 "Đã chết vào lúc: 21 giờ 15 phút, ngày 28/5/2025",
                 "Nơi chết: tại nhà, xóm 7, xã Diễn Hồng, huyện Diễn Châu, tỉnh Nghệ An",
                 "Nguyên nhân chết: Già yếu",
                 "Người đi khai tử: Thái Văn Quyết. Quan hệ với người chết: Con",
                 "Nơi đăng ký khai tử: Ủy ban nhân dân xã Diễn Hồng",
                 "Ngày, tháng, năm đăng ký: 30/5/2025"]:
        p.field(line, hang=6.0)
    p.gap(3.0)
    p.line(f"Diễn Hồng, {words(date(2025, 6, 2))}", "i", 12.0, align="r")
    sign_right(p, signer(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
                         "Hồ Sỹ Thắng"), seal=True)
    extract = Paper("trich_luc_ho_tich", "Trích lục khai tử", "trich_luc", [p],
                    {"so_ky_hieu": "35/TLKT-BS", "ngay_ban_hanh": "2025-06-02",
                     "ho_ten": "THÁI VĂN NHUẬN", "co_quan_ban_hanh": "UBND xã Diễn Hồng"}, head)
    card = card_copy(mk, son, issued=date(2021, 8, 20), place="Diễn Hồng",
                     certifier="Phan Thị Hoa", cert_no="412", cert_date=date(2025, 6, 5))
    return Dossier(code, procedure, [], [r, f1, extract, card])


def gift(mk: Maker) -> Dossier:
    """Tặng cho quyền sử dụng đất: receipt (table), application (2 p.), gift contract (2 p.),
    land certificate (colour), fee receipt."""
    mother = mk.person("Võ Thị Xuân", "1957-01-22", False, "051",
                       "thôn Phú Thọ, xã Tịnh Hà, huyện Sơn Tịnh, tỉnh Quảng Ngãi")
    son = mk.person("Lê Minh Trí", "1986-12-05", True, "051",
                    "thôn Phú Thọ, xã Tịnh Hà, huyện Sơn Tịnh, tỉnh Quảng Ngãi")
    c = Counter(("VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", "CHI NHÁNH SƠN TỊNH"),
                "Chi nhánh Sơn Tịnh", "PHIẾU TIẾP NHẬN HỒ SƠ", "Phiếu tiếp nhận hồ sơ",
                "Loại hồ sơ", True, "Trương Quang Vinh")
    code = "000.22.41.H55-250714-0138"
    procedure = "Đăng ký biến động do tặng cho QSDĐ (mẹ cho con)"
    when = datetime(2025, 7, 14, 14, 5)
    papers = ["Đơn đăng ký biến động", "Hợp đồng tặng cho", "Giấy chứng nhận (bản gốc)",
              "Biên lai lệ phí"]
    r = receipt(mk, c, code, when, date(2025, 7, 28), son, procedure, papers,
                number="2187/PTN")
    p1 = mk.page("narrow", 11.0, (22.0, 192.0), 14.0)
    citizen_header(p1, 11.5)
    head = title(p1, "ĐƠN ĐĂNG KÝ BIẾN ĐỘNG ĐẤT ĐAI,\nTÀI SẢN GẮN LIỀN VỚI ĐẤT", 13.5,
                 ["Mẫu số 11/ĐK"])
    p1.line("Kính gửi: Chi nhánh Văn phòng đăng ký đất đai huyện Sơn Tịnh", "r", 11.5,
            align="c")
    p1.gap(2.0)
    p1.head("I. PHẦN KÊ KHAI CỦA NGƯỜI ĐĂNG KÝ")
    p1.field(f"1. Người sử dụng đất: Ông {son.name}, sinh năm {son.born.year}")
    p1.field(f"Số căn cước công dân: {son.cccd}")
    p1.field(f"Địa chỉ: {son.home}", hang=6.0)
    p1.field("2. Giấy chứng nhận đã cấp: số phát hành DG 114208, số vào sổ CS 03127")
    p1.field("3. Thửa đất số 412, tờ bản đồ số 18, diện tích 236,4 m²", hang=6.0)
    p1.field("4. Nội dung biến động: nhận tặng cho toàn bộ thửa đất từ bà Võ Thị Xuân theo "
             "hợp đồng tặng cho được chứng thực ngày 02/7/2025.", hang=6.0)
    p2 = mk.page("narrow", 11.0, (22.0, 192.0), 16.0)
    p2.field("5. Lý do biến động: tặng cho quyền sử dụng đất giữa mẹ và con.", hang=6.0)
    p2.field("6. Giấy tờ kèm theo: hợp đồng tặng cho; Giấy chứng nhận bản gốc.", hang=6.0)
    p2.field("Tôi cam đoan nội dung kê khai trên đơn là đúng sự thật.", style="i")
    p2.gap(3.0)
    p2.line(f"Sơn Tịnh, {words(date(2025, 7, 10))}", "i", 11.5, align="r")
    sign_right(p2, signer(["Người viết đơn"], son.name, "(Ký, ghi rõ họ tên)"))
    app = Paper("don_de_nghi", "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất",
                "don_bien_dong", [p1, p2], {"ho_ten": son.name, "so_cccd": son.cccd,
                                           "ngay_ban_hanh": "2025-07-10"}, head)
    k1 = mk.page("typed", 10.0, (22.0, 192.0), 14.0)
    citizen_header(k1, 11.0)
    head = title(k1, "HỢP ĐỒNG TẶNG CHO\nQUYỀN SỬ DỤNG ĐẤT", 13.0)
    k1.field("Hôm nay, ngày 02/7/2025, tại Ủy ban nhân dân xã Tịnh Hà, chúng tôi gồm:")
    k1.field(f"BÊN TẶNG CHO (Bên A): Bà {mother.name}, sinh năm {mother.born.year}")
    k1.field(f"Số định danh cá nhân: {mother.cccd}")
    k1.field(f"BÊN ĐƯỢC TẶNG CHO (Bên B): Ông {son.name}, sinh năm {son.born.year}")
    k1.field(f"Số định danh cá nhân: {son.cccd}")
    for art in ["Điều 1. Bên A tặng cho Bên B toàn bộ quyền sử dụng thửa đất số 412, tờ bản "
                "đồ số 18, diện tích 236,4 m², đất ở nông thôn.",
                "Điều 2. Việc tặng cho không kèm theo điều kiện.",
                "Điều 3. Bên A giao Giấy chứng nhận cho Bên B ngay khi ký hợp đồng.",
                "Điều 4. Bên B nộp các khoản thuế, phí, lệ phí (nếu có).",
                "Điều 5. Bên A cam đoan đất không có tranh chấp, không bị kê biên."]:
        k1.field(art, hang=6.0)
    k2 = mk.page("typed", 10.0, (22.0, 192.0), 16.0)
    k2.field("Điều 6. Hợp đồng có hiệu lực kể từ ngày được chứng thực.", hang=6.0)
    k2.field("Điều 7. Hai bên đã đọc lại, hiểu rõ và cùng ký tên dưới đây.", hang=6.0)
    sign_both(k2, signer(["BÊN A"], mother.name, "", 14.0, 11.0),
              signer(["BÊN B"], son.name, "", 14.0, 11.0))
    k2.head("LỜI CHỨNG CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TỊNH HÀ", align="c")
    k2.field("Chứng thực hợp đồng được giao kết giữa bà Võ Thị Xuân và ông Lê Minh Trí; "
             "các bên tự nguyện giao kết và đã ký vào hợp đồng trước mặt tôi.", hang=0.0)
    k2.field("Số chứng thực: 87, quyển số 01/2025-SCT/HĐ,GD")
    sign_right(k2, signer(["CHỦ TỊCH"], "Đinh Công Tâm", "", 14.0, 11.0), seal=True)
    contract = Paper("hop_dong", "Hợp đồng tặng cho quyền sử dụng đất", "hop_dong_tang_cho",
                     [k1, k2], {"ho_ten": mother.name, "ngay_ban_hanh": "2025-07-02",
                                "so_cccd": mother.cccd}, head)
    g = mk.page("narrow", 11.0, (24.0, 190.0), 16.0, dpi=300, color=True)
    g.frame()
    g.block([L(f"{'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'}", "b", 11.5),
             L("Độc lập - Tự do - Hạnh phúc", "b", 12.0, rule=-1)], g.x0, g.x1)
    g.gap(4.0)
    head = title(g, "GIẤY CHỨNG NHẬN\nQUYỀN SỬ DỤNG ĐẤT QUYỀN SỞ HỮU NHÀ Ở\nVÀ TÀI SẢN KHÁC "
                 "GẮN LIỀN VỚI ĐẤT", 14.0)
    g.head("I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất")
    g.field(f"Bà: {mother.upper}, năm sinh: {mother.born.year}")
    g.field(f"CMND số: {mother.cccd[:9]}")
    g.field(f"Địa chỉ thường trú: {mother.home}", hang=6.0)
    g.head("II. Thửa đất, nhà ở và tài sản khác gắn liền với đất")
    g.field("a) Thửa đất số: 412   b) Tờ bản đồ số: 18   c) Diện tích: 236,4 m²")
    g.field("d) Mục đích sử dụng: Đất ở tại nông thôn   đ) Thời hạn sử dụng: Lâu dài")
    g.gap(2.0)
    g.line(f"Quảng Ngãi, {words(date(2016, 4, 11))}", "i", 11.5, align="r")
    sign_right(g, signer(["TM. ỦY BAN NHÂN DÂN HUYỆN SƠN TỊNH", "KT. CHỦ TỊCH",
                          "PHÓ CHỦ TỊCH"], "Nguyễn Văn Lộc", "", 16.0, 11.0), seal=True)
    g.field("Số vào sổ cấp GCN: CS 03127", pt=10.5)
    cert = Paper("giay_chung_nhan_qsdd", "Giấy chứng nhận quyền sử dụng đất", "gcn_2016", [g],
                 {"ho_ten": mother.upper, "so_ky_hieu": "CS 03127",
                  "ngay_ban_hanh": "2016-04-11",
                  "co_quan_ban_hanh": "Ủy ban nhân dân huyện Sơn Tịnh"}, head)
    b = mk.page("narrow", 11.0, (22.0, 192.0), 14.0)
    b.pair([L("CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", "b", 11.0, align="l"),
            L("HUYỆN SƠN TỊNH", "b", 11.0, align="l"),
            L("Mã số thuế: 4300812265", "r", 10.5, align="l")],
           [L("Mẫu số: 01BLP3-001", "r", 10.5, align="l"), L("Ký hiệu: SĐ-25P", "r", 10.5,
                                                             align="l"),
            L("Số: 0004518", "b", 11.0, align="l")], (22.0, 120.0), (140.0, 192.0))
    b.gap(3.0)
    head = title(b, "BIÊN LAI THU PHÍ, LỆ PHÍ", 15.0, ["(Liên 2: Giao cho người nộp tiền)"])
    b.field(f"Tên người nộp tiền: {son.name}")
    b.field(f"Địa chỉ: {son.home}", hang=6.0)
    b.field("Nội dung thu: Lệ phí đăng ký biến động đất đai")
    b.field("Số tiền: 50.000 đồng (Viết bằng chữ: Năm mươi nghìn đồng)")
    b.field("Hình thức thanh toán: Tiền mặt")
    b.line(f"Ngày {dmy(when.date())}", "i", 11.5, align="r")
    sign_both(b, signer(["Người nộp tiền"], son.name, "", 12.0, 11.0),
              signer(["Người thu tiền"], "Đặng Thị Mỹ", "", 12.0, 11.0))
    fee = Paper("bien_lai_thu_phi", "Biên lai thu phí, lệ phí", "bien_lai", [b],
                {"so_ky_hieu": "0004518", "ho_ten": son.name,
                 "ngay_ban_hanh": when.date().isoformat(),
                 "co_quan_ban_hanh": "Chi nhánh Văn phòng đăng ký đất đai huyện Sơn Tịnh"}, head)
    return Dossier(code, procedure, [], [r, app, contract, cert, fee])


def business(mk: Maker) -> Dossier:
    """Thành lập hộ kinh doanh: receipt, application, lease; it lacks the owner's identity
    papers (``Bản sao giấy tờ pháp lý của cá nhân …``)."""
    owner = mk.person("K'Brăk Thị Hương", "1991-03-30", False, "068",
                      "tổ dân phố 4, thị trấn Đinh Văn, huyện Lâm Hà, tỉnh Lâm Đồng")
    c = Counter(("UBND HUYỆN LÂM HÀ", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"),
                "Phòng Tài chính - Kế hoạch", "GIẤY BIÊN NHẬN HỒ SƠ", "Giấy biên nhận hồ sơ",
                "Về việc", False, "Lưu Đức Hậu")
    code = "000.30.26.H39-250805-0215"
    procedure = "Đăng ký thành lập HKD (kinh doanh cà phê giải khát)"
    when = datetime(2025, 8, 5, 9, 20)
    papers = ["Giấy đề nghị đăng ký hộ kinh doanh", "Hợp đồng thuê mặt bằng (bản sao)"]
    r = receipt(mk, c, code, when, date(2025, 8, 8), owner, procedure, papers,
                number="118/BN-TCKH")
    p = mk.page("typed", 10.0, (20.0, 194.0), 14.0)
    citizen_header(p, 11.0)
    head = title(p, "GIẤY ĐỀ NGHỊ\nĐĂNG KÝ HỘ KINH DOANH", 13.0)
    p.line("Kính gửi: Phòng Tài chính - Kế hoạch huyện Lâm Hà", "r", 10.5, align="c")
    p.gap(2.0)
    p.field("Tôi là (ghi họ tên bằng chữ in hoa):")
    p.field(owner.upper, style="b")
    p.field(f"Ngày sinh: {dmy(owner.born)}  Giới tính: {owner.sex}  Dân tộc: K'Ho")
    p.field(f"Số định danh cá nhân: {owner.cccd}")
    p.field(f"Điện thoại: {owner.phone}")
    p.field("Đăng ký hộ kinh doanh với các nội dung sau:")
    for line in ["1. Tên hộ kinh doanh: CÀ PHÊ ĐỒI THÔNG", "2. Địa chỉ trụ sở: số 27 đường "
                 "Hùng Vương, thị trấn Đinh Văn", "3. Ngành, nghề kinh doanh: Dịch vụ phục vụ "
                 "đồ uống (5630)", "4. Vốn kinh doanh: 150.000.000 đồng", "5. Số lượng lao "
                 "động: 03 người"]:
        p.field(line, hang=5.0)
    p.field("Tôi cam kết về tính hợp pháp, chính xác, trung thực của nội dung đăng ký trên.",
            hang=0.0)
    p.line(f"Lâm Hà, {words(date(2025, 8, 4))}", "i", 10.5, align="r")
    sign_right(p, signer(["CHỦ HỘ KINH DOANH"], owner.name, "(Ký và ghi họ tên)", 15.0, 10.5))
    app = Paper("don_de_nghi", "Giấy đề nghị đăng ký hộ kinh doanh", "de_nghi_hkd", [p],
                {"ho_ten": owner.upper, "so_cccd": owner.cccd, "ngay_ban_hanh": "2025-08-04"},
                head)
    q = mk.page("narrow", 11.5, (22.0, 192.0), 14.0)
    citizen_header(q, 11.5)
    head = title(q, "HỢP ĐỒNG THUÊ MẶT BẰNG", 15.0, ["Số: 06/2025/HĐTMB"])
    q.field("Hôm nay, ngày 28 tháng 7 năm 2025, tại thị trấn Đinh Văn, chúng tôi gồm có:")
    q.field("BÊN CHO THUÊ (Bên A): Ông Trần Quốc Bảo, sinh năm 1966")
    q.field("Số tài khoản: 5400205118734 tại Agribank chi nhánh Lâm Hà")
    q.field(f"BÊN THUÊ (Bên B): Bà {owner.name}, sinh năm {owner.born.year}")
    q.field(f"Số CCCD: {owner.cccd}")
    for art in ["Điều 1. Bên A cho Bên B thuê mặt bằng tầng trệt nhà số 27 đường Hùng Vương, "
                "diện tích 60 m², để kinh doanh cà phê.",
                "Điều 2. Thời hạn thuê 36 tháng, từ ngày 01/8/2025.",
                "Điều 3. Giá thuê 4.500.000 đồng/tháng, trả theo quý vào tài khoản của Bên A.",
                "Điều 4. Bên B giữ gìn mặt bằng, không sửa chữa kết cấu khi chưa có sự đồng ý "
                "của Bên A.",
                "Điều 5. Hợp đồng lập thành 02 bản, mỗi bên giữ 01 bản có giá trị như nhau."]:
        q.field(art, hang=6.0)
    sign_both(q, signer(["BÊN CHO THUÊ"], "Trần Quốc Bảo", "", 16.0, 11.5),
              signer(["BÊN THUÊ"], owner.name, "", 16.0, 11.5))
    lease = Paper("hop_dong", "Hợp đồng thuê mặt bằng", "hop_dong_thue", [q],
                  {"so_ky_hieu": "06/2025/HĐTMB", "ngay_ban_hanh": "2025-07-28",
                   "ho_ten": "Trần Quốc Bảo"}, head)
    missing = ["Bản sao giấy tờ pháp lý của cá nhân (chủ hộ, thành viên hộ gia đình)"]
    return Dossier(code, procedure, missing, [r, app, lease])


def single(mk: Maker) -> Dossier:
    """Xác nhận tình trạng hôn nhân: receipt (table), form, a court's divorce decision (2 p.),
    card copy."""
    who = mk.person("Lâm Thanh Phong", "1989-11-02", True, "096",
                    "khóm 3, phường 8, thành phố Cà Mau, tỉnh Cà Mau")
    c = Counter(("UBND THÀNH PHỐ CÀ MAU", "UBND PHƯỜNG 8"), "UBND phường 8",
                "PHIẾU HẸN TRẢ KẾT QUẢ", "Phiếu hẹn trả kết quả", "Nội dung yêu cầu", True,
                "Quách Ngọc Diễm")
    code = "000.09.05.H12-250902-0044"
    procedure = "Xin cấp giấy xác nhận độc thân để đăng ký kết hôn"
    when = datetime(2025, 9, 2, 10, 10)
    papers = ["Tờ khai", "Quyết định công nhận thuận tình ly hôn (bản sao)", "Bản sao CCCD"]
    r = receipt(mk, c, code, when, date(2025, 9, 5), who, procedure, papers)
    form, head = _form(mk, "TỜ KHAI CẤP GIẤY XÁC NHẬN\nTÌNH TRẠNG HÔN NHÂN", [],
                       "Ủy ban nhân dân phường 8", who, [
                           "Tình trạng hôn nhân: Đã ly hôn theo Quyết định số "
                           "112/2023/QĐST-HNGĐ ngày 14/6/2023 của Tòa án nhân dân thành phố "
                           "Cà Mau, hiện chưa đăng ký kết hôn với ai.",
                           "Mục đích sử dụng: Để đăng ký kết hôn với bà Tạ Ngọc Hân, sinh năm "
                           "1993, Số định danh cá nhân: 096193004127."],
                       "Phường 8", date(2025, 9, 1), family="typed")
    f1 = Paper("don_de_nghi", "Tờ khai cấp giấy xác nhận tình trạng hôn nhân", "to_khai_tthn",
               [form], {"ho_ten": who.upper, "so_cccd": who.cccd, "ngay_ban_hanh": "2025-09-01"},
               head)
    d1 = mk.page("narrow", 12.0, (24.0, 192.0), 14.0)
    agency_header(d1, ("TÒA ÁN NHÂN DÂN", "THÀNH PHỐ CÀ MAU"), "112/2023/QĐST-HNGĐ",
                  f"Cà Mau, {words(date(2023, 6, 14))}")
    head = title(d1, "QUYẾT ĐỊNH\nCÔNG NHẬN THUẬN TÌNH LY HÔN VÀ\nSỰ THỎA THUẬN CỦA CÁC "
                 "ĐƯƠNG SỰ", 13.5)
    d1.head("TÒA ÁN NHÂN DÂN THÀNH PHỐ CÀ MAU", align="c")
    for line in ["Căn cứ Điều 212 và Điều 213 của Bộ luật Tố tụng dân sự ngày 25 tháng 11 năm "
                 "2015;",
                 "Căn cứ Điều 55 của Luật Hôn nhân và gia đình ngày 19 tháng 6 năm 2014;",
                 "Căn cứ biên bản hòa giải đoàn tụ không thành ngày 05 tháng 6 năm 2023;",
                 "XÉT THẤY: Việc thuận tình ly hôn và thỏa thuận của các đương sự là hoàn toàn "
                 "tự nguyện, không vi phạm điều cấm của luật."]:
        d1.p(line)
    d2 = mk.page("narrow", 12.0, (24.0, 192.0), 16.0)
    d2.head("QUYẾT ĐỊNH:", align="c")
    d2.p(f"1. Công nhận sự thuận tình ly hôn giữa: anh {who.name}, sinh năm {who.born.year} và "
         "chị Dương Mỹ Linh, sinh năm 1991.")
    d2.p("2. Về con chung: không có. Về tài sản chung: các đương sự tự thỏa thuận.")
    d2.p("3. Quyết định này có hiệu lực pháp luật ngay và không bị kháng cáo, kháng nghị theo "
         "thủ tục phúc thẩm.")
    sign_both(d2, recipients(["Các đương sự", "VKSND TP. Cà Mau", "UBND phường 8", "Lưu hồ sơ"]),
              signer(["THẨM PHÁN"], "Huỳnh Văn Nghĩa", "", 17.0), seal="right")
    decision = Paper("quyet_dinh", "Quyết định công nhận thuận tình ly hôn", "qd_ly_hon",
                     [d1, d2], {"so_ky_hieu": "112/2023/QĐST-HNGĐ", "ngay_ban_hanh":
                                "2023-06-14", "co_quan_ban_hanh": "Tòa án nhân dân thành phố "
                                "Cà Mau", "ho_ten": who.name}, head)
    card = card_copy(mk, who, issued=date(2022, 1, 12), place="Phường 8",
                     certifier="Tô Hoàng Yến", cert_no="1093", cert_date=date(2025, 8, 29))
    return Dossier(code, procedure, [], [r, f1, decision, card])


def dossiers(mk: Maker) -> list[tuple[str, Dossier]]:
    """Every dossier with the id of its procedure in classify/data/procedures.json."""
    return [("ho_tro_mai_tang", burial(mk)), ("tang_cho_qsdd", gift(mk)),
            ("thanh_lap_ho_kinh_doanh", business(mk)),
            ("xac_nhan_tinh_trang_hon_nhan", single(mk))]
