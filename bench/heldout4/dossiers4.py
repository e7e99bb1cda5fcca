"""The four dossiers of the fourth held-apart set: a plot split to give land to the children
(Thái Bình), a corrected birth record (Hà Tĩnh), a temporary residence lacking the proof of a
lawful home (Bình Dương) and a mortgage of land (Long An). Each starts with its counter's
receipt, which names the procedure in its own words, under a label of its own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from page4 import (
    Dossier,
    Maker,
    Paper,
    Person,
    card_2024,
    dmy,
    header,
    motto,
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
    place: str
    procedure_label: str
    table: bool
    officer: str


def receipt(mk: Maker, c: Counter, code: str, when: datetime, due: date, who: Person,
            procedure: str, papers: list[str], *, number: str = "") -> Paper:
    """A receipt: the applicant first, then the code, the procedure under the counter's label
    (in a table row when ``c.table``), the papers, the dates."""
    p = mk.page("office", 12.5, (22.0, 192.0), 12.0)
    header(p, c.agency, number or None, f"{c.place}, {words(when.date(), pad=True)}", pt=11.5)
    head = title(p, c.title, 15.0)
    p.field(f"Họ và tên người nộp hồ sơ: {who.name}")
    p.field(f"CCCD số: {who.cccd}   Điện thoại: {who.phone}")
    p.field(f"Địa chỉ: {who.home}", hang=6.0)
    p.line(f"Mã hồ sơ: {code}", "b", 12.5)
    if c.table:
        rows = [["Nội dung", "Chi tiết"], [c.procedure_label, procedure],
                ["Giấy tờ đã nhận", "; ".join(papers)], ["Lệ phí", "Miễn"]]
        p.table([44.0, 126.0], rows, aligns="ll", pt=11.5)
    else:
        p.field(f"{c.procedure_label}: {procedure}", hang=8.0)
        p.field("Giấy tờ đã nhận:")
        for paper in papers:
            p.para(f"- {paper}", indent=6.0, hang=9.0, pt=11.5)
    p.field(f"Hẹn trả kết quả vào {words(due)} tại quầy số 3.")
    p.gap(3.0)
    sign_both(p, signer(["NGƯỜI NỘP"], who.name, "(ký, ghi rõ họ tên)", 14.0, 11.5),
              signer(["CÁN BỘ TIẾP NHẬN"], c.officer, "(ký, ghi rõ họ tên)", 14.0, 11.5))
    fields = {"thu_tuc": procedure, "ho_ten": who.name, "so_cccd": who.cccd,
              "ngay_ban_hanh": when.date().isoformat(), "co_quan_ban_hanh": c.issuer}
    if number:
        fields["so_ky_hieu"] = number
    return Paper("phieu_tiep_nhan", c.label, "phieu_tiep_nhan", [p], fields, head)


def split_plot(mk: Maker) -> Dossier:
    """Tách thửa: receipt (list), application, the split drawing, the land certificate."""
    owner = mk.person("Vũ Đình Thiện", "1961-04-02", True, "034", "thôn Nam Hưng, xã Nam "
                      "Bình, huyện Kiến Xương, tỉnh Thái Bình")
    c = Counter(("UBND HUYỆN KIẾN XƯƠNG", "BỘ PHẬN TIẾP NHẬN VÀ", "TRẢ KẾT QUẢ"),
                "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ",
                "BIÊN NHẬN HỒ SƠ VÀ HẸN NGÀY TRẢ KẾT QUẢ",
                "Biên nhận hồ sơ và hẹn ngày trả kết quả", "Kiến Xương", "Nội dung", False,
                "Phạm Thu Trang")
    code = "000.00.26.H56-250714-0318"
    procedure = "Tách thửa đất để chia cho các con (thửa 112, tờ bản đồ số 9)"
    when = datetime(2025, 7, 14, 9, 5)
    papers = ["Đơn đề nghị tách thửa đất (bản chính)", "Bản vẽ tách thửa đất",
              "Giấy chứng nhận QSDĐ số CS 417203 (bản gốc)"]
    r = receipt(mk, c, code, when, date(2025, 8, 4), owner, procedure, papers,
                number="318/BN-BPMC")
    p = mk.page("typed", 10.5, (22.0, 192.0), 14.0)
    motto(p, 11.5)
    head = title(p, "ĐƠN ĐỀ NGHỊ TÁCH THỬA ĐẤT, HỢP THỬA ĐẤT", 13.0)
    p.line("Kính gửi: Văn phòng đăng ký đất đai tỉnh Thái Bình", "r", 10.5, align="c")
    p.gap(2.0)
    for line in [f"1. Người sử dụng đất: Ông {owner.name}, sinh năm {owner.born.year}",
                 f"   CCCD số {owner.cccd} do Bộ Công an cấp",
                 f"   Địa chỉ: {owner.home}",
                 "2. Đề nghị tách thửa đất như sau:",
                 "   Thửa đất số: 112; Tờ bản đồ số: 9; Diện tích: 624,0 m2",
                 "   Tách thành 02 thửa: 312,0 m2 và 312,0 m2",
                 "3. Lý do tách thửa: chia cho các con",
                 "4. Giấy tờ nộp kèm: Giấy chứng nhận số CS 417203, bản vẽ tách thửa",
                 "Tôi cam đoan nội dung kê khai trên đơn là đúng sự thật."]:
        p.field(line, hang=6.0)
    p.gap(3.0)
    p.line(f"Nam Bình, {words(date(2025, 7, 10))}", "i", 10.5, align="r")
    sign_right(p, signer(["Người viết đơn"], owner.name, "(Ký và ghi rõ họ tên)", 16.0, 10.5))
    form = Paper("don_de_nghi", "Đơn đề nghị tách thửa đất, hợp thửa đất", "don_tach_thua",
                 [p], {"ho_ten": owner.name, "so_cccd": owner.cccd,
                       "ngay_ban_hanh": "2025-07-10"}, head)
    d = mk.page("office", 11.0, (16.0, 196.0), 14.0)
    head = title(d, "BẢN VẼ TÁCH THỬA ĐẤT", 16.0, ["(Kèm theo đơn đề nghị tách thửa)"])
    d.field("Thửa đất số: 112   Tờ bản đồ số: 9   Xã Nam Bình, huyện Kiến Xương")
    d.rect((40.0, 170.0, d.y + 4.0, d.y + 104.0), width=0.5)
    d.vline(105.0, d.y + 4.0, d.y + 104.0, 0.5)
    d.put(60.0, d.y + 54.0, "Thửa 112a: 312,0 m2", "r", 11.0)
    d.put(118.0, d.y + 54.0, "Thửa 112b: 312,0 m2", "r", 11.0)
    d.gap(112.0)
    d.field("Người lập: Nguyễn Văn Đức - Công ty TNHH Đo đạc Hưng Phát")
    d.line(f"Kiến Xương, {words(date(2025, 7, 8))}", "i", 11.0, align="r")
    drawing = Paper("so_do_thua_dat", "Bản vẽ tách thửa đất", "ban_ve_tach_thua", [d],
                    {"ngay_ban_hanh": "2025-07-08"}, head)
    cert = land_certificate(mk, owner, Plot(
        "CS 417203", "CH 02917", "112", "9", "624,0", "xã Nam Bình", "huyện Kiến Xương",
        "Thái Bình", "Đào Xuân Hiếu", date(2016, 11, 3)))
    return Dossier(code, procedure, [], [r, form, drawing, cert])


@dataclass(frozen=True)
class Plot:
    """A plot as its certificate gives it."""

    serial: str
    register: str
    plot: str
    sheet: str
    area: str
    commune: str
    district: str
    province: str
    signer: str
    issued: date


def land_certificate(mk: Maker, owner: Person, plot: Plot) -> Paper:
    """A land-use certificate of the 2014 model, two pages in colour at 300 dpi."""
    p = mk.page("office", 12.0, (26.0, 186.0), 20.0, dpi=300, color=True)
    motto(p, 13.0)
    head = title(p, "GIẤY CHỨNG NHẬN\nQUYỀN SỬ DỤNG ĐẤT\nQUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC "
                 "GẮN LIỀN VỚI ĐẤT", 15.0)
    p.gap(6.0)
    p.field("I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất")
    p.field(f"Ông: {owner.upper}, năm sinh: {owner.born.year}")
    p.field(f"CMND số: {owner.cccd[:3]}{mk.digits(6)}", hang=6.0)
    p.field(f"Địa chỉ thường trú: {owner.home}", hang=6.0)
    p.gap(30.0)
    p.line(plot.serial, "b", 14.0, align="c")
    q = mk.page("office", 12.0, (26.0, 186.0), 20.0, dpi=300, color=True)
    q.field("II. Thửa đất, nhà ở và tài sản khác gắn liền với đất")
    for line in [f"a) Thửa đất số: {plot.plot}, tờ bản đồ số: {plot.sheet}",
                 f"b) Địa chỉ: {plot.commune}, {plot.district}",
                 f"c) Diện tích: {plot.area} m2", "d) Hình thức sử dụng: Sử dụng riêng",
                 "đ) Mục đích sử dụng: Đất ở tại nông thôn và đất trồng cây lâu năm",
                 "e) Thời hạn sử dụng: Lâu dài"]:
        q.field(line, hang=6.0)
    q.gap(4.0)
    q.line(f"{plot.province}, {words(plot.issued)}", "i", 12.0, align="r")
    sign_right(q, signer(["TM. ỦY BAN NHÂN DÂN", plot.district.upper(), "KT. CHỦ TỊCH",
                          "PHÓ CHỦ TỊCH"], plot.signer), seal=True)
    q.line(f"Số vào sổ cấp GCN: {plot.register}", "r", 11.0)
    fields = {"ho_ten": owner.upper, "so_ky_hieu": plot.serial,
              "ngay_ban_hanh": plot.issued.isoformat(),
              "co_quan_ban_hanh": f"ỦY BAN NHÂN DÂN {plot.district.upper()}"}
    return Paper("giay_chung_nhan_qsdd", "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở "
                 "và tài sản khác gắn liền với đất", "gcn_2014", [p, q], fields, head)


def birth_correction(mk: Maker) -> Dossier:
    """Cải chính hộ tịch: receipt (table), declaration, the birth certificate, a card copy."""
    mother = mk.person("Phan Thị Hồng Nhung", "1989-12-21", False, "042", "thôn Bắc Sơn, xã "
                       "Thạch Kim, huyện Lộc Hà, tỉnh Hà Tĩnh")
    c = Counter(("UBND HUYỆN LỘC HÀ", "UBND XÃ THẠCH KIM"), "UBND XÃ THẠCH KIM",
                "PHIẾU TIẾP NHẬN VÀ HẸN TRẢ KẾT QUẢ", "Phiếu tiếp nhận và hẹn trả kết quả",
                "Thạch Kim", "Tên thủ tục hành chính", True, "Lê Thị Mận")
    code = "000.32.19.H28-250819-0027"
    procedure = "Cải chính năm sinh của mẹ trong giấy khai sinh cho con"
    when = datetime(2025, 8, 19, 14, 20)
    r = receipt(mk, c, code, when, date(2025, 8, 22), mother, procedure,
                ["Tờ khai cải chính hộ tịch", "Giấy khai sinh (bản chính)", "Căn cước (bản sao)"])
    p = mk.page("office", 11.5, (22.0, 192.0), 13.0)
    motto(p)
    head = title(p, "TỜ KHAI ĐĂNG KÝ THAY ĐỔI, CẢI CHÍNH,\nBỔ SUNG THÔNG TIN HỘ TỊCH", 13.5)
    p.line("Kính gửi: Ủy ban nhân dân xã Thạch Kim", "r", 11.5, align="c")
    for line in [f"Họ, chữ đệm, tên người yêu cầu: {mother.name}",
                 f"Nơi cư trú: {mother.home}",
                 f"Giấy tờ tùy thân: Căn cước số {mother.cccd}",
                 "Quan hệ với người được thay đổi, cải chính: mẹ",
                 "Đề nghị cơ quan đăng ký cải chính hộ tịch cho người có tên dưới đây:",
                 "Họ, chữ đệm, tên: TRẦN GIA BẢO   Ngày sinh: 05/03/2019",
                 "Nội dung: năm sinh của mẹ từ \"1988\" thành \"1989\"",
                 "Lý do: ghi sai khi đăng ký khai sinh",
                 "Tôi cam đoan nội dung đề nghị trên đây là đúng sự thật."]:
        p.field(line, hang=6.0)
    p.gap(2.0)
    p.line(f"Thạch Kim, {words(date(2025, 8, 19))}", "i", 11.5, align="r")
    sign_right(p, signer(["Người yêu cầu"], mother.name, "(Ký, ghi rõ họ, chữ đệm, tên)",
                         15.0, 11.5))
    form = Paper("don_de_nghi", "Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch",
                 "to_khai_cai_chinh", [p], {"ho_ten": mother.name, "ngay_ban_hanh": "2025-08-19"},
                 head)
    b = mk.page("office", 12.0, (24.0, 190.0), 14.0, dpi=300)
    header(b, ("ỦY BAN NHÂN DÂN", "XÃ THẠCH KIM"), "46", None, pt=11.5)
    head = title(b, "GIẤY KHAI SINH", 18.0)
    for line in ["Họ, chữ đệm, tên: TRẦN GIA BẢO", "Ngày, tháng, năm sinh: 05/03/2019",
                 "Giới tính: Nam   Dân tộc: Kinh   Quốc tịch: Việt Nam",
                 "Nơi sinh: Bệnh viện Đa khoa huyện Lộc Hà, tỉnh Hà Tĩnh",
                 f"Họ, chữ đệm, tên người mẹ: {mother.upper}   Năm sinh: 1988",
                 "Họ, chữ đệm, tên người cha: TRẦN VĂN CƯỜNG   Năm sinh: 1986",
                 "Nơi đăng ký khai sinh: Ủy ban nhân dân xã Thạch Kim, huyện Lộc Hà"]:
        b.field(line, hang=6.0)
    b.line(f"Ngày, tháng, năm đăng ký: {words(date(2019, 3, 20), pad=True)}", "i", 11.5)
    sign_right(b, signer(["NGƯỜI KÝ GIẤY KHAI SINH"], "Nguyễn Đình Lợi", "(Ký, ghi rõ họ, "
                          "chữ đệm, tên, chức vụ, đóng dấu)"), seal=True)
    birth = Paper("giay_khai_sinh", "Giấy khai sinh", "giay_khai_sinh", [b],
                  {"ho_ten": "TRẦN GIA BẢO", "so_ky_hieu": "46", "ngay_ban_hanh": "2019-03-20",
                   "co_quan_ban_hanh": "ỦY BAN NHÂN DÂN XÃ THẠCH KIM"}, head)
    card = card_2024(mk, mother, issued=date(2024, 9, 12), certifier="Hoàng Văn Toản",
                     cert_no="1126", cert_place="Thạch Kim", cert_date=date(2025, 8, 18))
    return Dossier(code, procedure, [], [r, form, birth, card])


def temporary_residence(mk: Maker) -> Dossier:
    """Tạm trú, lacking the proof of a lawful home: receipt, the CT01 form, a card copy."""
    tenant = mk.person("Thạch Thị Sa Rươne", "2001-06-30", False, "094", "ấp Phú Thứ, xã Phú "
                       "Tân Tây, huyện Châu Thành, tỉnh Sóc Trăng")
    c = Counter(("CÔNG AN THÀNH PHỐ BẾN CÁT", "CÔNG AN PHƯỜNG TÂN ĐỊNH"),
                "CÔNG AN PHƯỜNG TÂN ĐỊNH", "PHIẾU HẸN TRẢ KẾT QUẢ GIẢI QUYẾT HỒ SƠ CƯ TRÚ",
                "Phiếu hẹn trả kết quả giải quyết hồ sơ cư trú", "Tân Định", "Yêu cầu", False,
                "Đại úy Võ Minh Khang")
    code = "000.48.10.H57-250902-0143"
    procedure = "Đăng ký tạm trú (ở trọ tại khu phố 3, phường Tân Định)"
    when = datetime(2025, 9, 2, 10, 30)
    r = receipt(mk, c, code, when, date(2025, 9, 5), tenant, procedure,
                ["Tờ khai thay đổi thông tin cư trú (CT01)", "Căn cước (bản sao)"])
    p = mk.page("typed", 10.0, (20.0, 194.0), 12.0)
    motto(p, 11.0)
    head = title(p, "TỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ", 13.0, ["(Mẫu CT01)"])
    p.line("Kính gửi: Công an phường Tân Định", "r", 10.0, align="c")
    for line in [f"1. Họ, chữ đệm và tên: {tenant.upper}",
                 f"2. Ngày, tháng, năm sinh: {dmy(tenant.born)}   3. Giới tính: Nữ",
                 f"4. Số định danh cá nhân: {tenant.cccd}",
                 f"5. Số điện thoại liên hệ: {tenant.phone}",
                 f"6. Nơi thường trú: {tenant.home}",
                 "7. Nội dung đề nghị: đăng ký tạm trú tại nhà trọ số 14, khu phố 3, phường "
                 "Tân Định, thành phố Bến Cát, tỉnh Bình Dương",
                 "8. Chủ hộ nơi tạm trú: Đỗ Văn Hòa, CCCD số 074068009312"]:
        p.field(line, hang=6.0)
    p.gap(3.0)
    p.line(f"Tân Định, {words(date(2025, 9, 1))}", "i", 10.0, align="r")
    sign_both(p, signer(["Ý KIẾN CỦA CHỦ HỘ"], "Đỗ Văn Hòa", "(Ghi rõ nội dung và ký)", 15.0,
                        10.0),
              signer(["NGƯỜI KÊ KHAI"], tenant.name, "(Ký, ghi rõ họ tên)", 15.0, 10.0))
    form = Paper("don_de_nghi", "Tờ khai thay đổi thông tin cư trú", "ct01", [p],
                 {"ho_ten": tenant.upper, "so_cccd": tenant.cccd, "ngay_ban_hanh": "2025-09-01"},
                 head)
    card = card_2024(mk, tenant, issued=date(2024, 11, 4), certifier="Lâm Thị Diệu",
                     cert_no="2287", cert_place="Tân Định", cert_date=date(2025, 8, 30))
    missing = ["Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp"]
    return Dossier(code, procedure, missing, [r, form, card])


def mortgage(mk: Maker) -> Dossier:
    """Thế chấp: receipt (table), the request form, the contract (2 p.), the certificate."""
    owner = mk.person("Nguyễn Hoàng Phúc", "1983-01-17", True, "080", "ấp Bình Tiền 2, xã "
                      "Đức Hòa Hạ, huyện Đức Hòa, tỉnh Long An")
    c = Counter(("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI",
                 "CHI NHÁNH ĐỨC HÒA"), "CHI NHÁNH ĐỨC HÒA",
                "PHIẾU NHẬN VÀ HẸN TRẢ KẾT QUẢ", "Phiếu nhận và hẹn trả kết quả", "Đức Hòa",
                "Loại thủ tục", True, "Trương Ngọc Hân")
    code = "000.27.42.H43-251006-0952"
    procedure = "Đăng ký thế chấp QSDĐ để vay vốn tại Ngân hàng Nông nghiệp chi nhánh Đức Hòa"
    when = datetime(2025, 10, 6, 8, 15)
    r = receipt(mk, c, code, when, date(2025, 10, 7), owner, procedure,
                ["Phiếu yêu cầu đăng ký", "Hợp đồng thế chấp", "Giấy chứng nhận (bản gốc)"],
                number="952/PN-CNĐH")
    p = mk.page("office", 11.5, (22.0, 192.0), 13.0)
    motto(p)
    head = title(p, "PHIẾU YÊU CẦU ĐĂNG KÝ THẾ CHẤP\nQUYỀN SỬ DỤNG ĐẤT, TÀI SẢN GẮN LIỀN VỚI ĐẤT",
                 13.5, ["(Mẫu số 01a)"])
    p.line("Kính gửi: Văn phòng đăng ký đất đai - Chi nhánh Đức Hòa", "r", 11.5, align="c")
    for line in ["1. Bên thế chấp", f"Tên đầy đủ: {owner.upper}",
                 f"Số định danh cá nhân: {owner.cccd}", f"Địa chỉ: {owner.home}",
                 "2. Bên nhận thế chấp: Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam "
                 "- Chi nhánh huyện Đức Hòa Long An",
                 "3. Tài sản thế chấp: Quyền sử dụng đất thửa số 407, tờ bản đồ số 15, diện "
                 "tích 1.250 m2, Giấy chứng nhận số DC 882154",
                 "4. Hợp đồng thế chấp số 1702-LAV-202510/HĐTC ký ngày 03/10/2025"]:
        p.field(line, hang=6.0)
    p.line(f"Đức Hòa, {words(date(2025, 10, 3))}", "i", 11.5, align="r")
    sign_both(p, signer(["BÊN THẾ CHẤP"], owner.name, "(Ký, ghi rõ họ tên)", 15.0, 11.5),
              signer(["BÊN NHẬN THẾ CHẤP"], "Lê Quốc Tuấn", "(Ký, đóng dấu)", 15.0, 11.5),
              seal="right")
    form = Paper("don_de_nghi", "Phiếu yêu cầu đăng ký thế chấp quyền sử dụng đất, tài sản gắn "
                 "liền với đất", "phieu_yeu_cau_the_chap", [p],
                 {"ho_ten": owner.upper, "so_cccd": owner.cccd, "ngay_ban_hanh": "2025-10-03"},
                 head)
    k = mk.page("office", 11.5, (22.0, 192.0), 13.0)
    motto(k)
    head = title(k, "HỢP ĐỒNG THẾ CHẤP QUYỀN SỬ DỤNG ĐẤT", 14.5,
                 ["Số: 1702-LAV-202510/HĐTC"])
    for line in ["Hôm nay, ngày 03/10/2025, tại trụ sở Ngân hàng Nông nghiệp và Phát triển "
                 "Nông thôn chi nhánh huyện Đức Hòa, chúng tôi gồm:",
                 "BÊN THẾ CHẤP (Bên A):", f"Ông: {owner.name}   Sinh năm: {owner.born.year}",
                 f"CCCD số: {owner.cccd}", f"Địa chỉ: {owner.home}",
                 "BÊN NHẬN THẾ CHẤP (Bên B): Ngân hàng Nông nghiệp và Phát triển Nông thôn "
                 "Việt Nam - Chi nhánh huyện Đức Hòa Long An",
                 "Đại diện: Ông Lê Quốc Tuấn - Giám đốc",
                 "Tài khoản số: 6300205117834 tại Agribank Đức Hòa",
                 "Điều 1. Nghĩa vụ được bảo đảm: khoản vay 800.000.000 đồng theo hợp đồng tín "
                 "dụng số 1702-LAV-202510/HĐTD."]:
        k.field(line, hang=6.0)
    k2 = mk.page("office", 11.5, (22.0, 192.0), 16.0)
    for line in ["Điều 2. Tài sản thế chấp: quyền sử dụng đất thửa số 407, tờ bản đồ số 15, "
                 "xã Đức Hòa Hạ, theo Giấy chứng nhận số DC 882154.",
                 "Điều 3. Giá trị tài sản thế chấp do hai bên thỏa thuận: 1.400.000.000 đồng.",
                 "Điều 4. Quyền và nghĩa vụ của các bên thực hiện theo quy định của Bộ luật "
                 "Dân sự năm 2015.",
                 "Điều 5. Hợp đồng có hiệu lực từ ngày ký và được lập thành 04 bản."]:
        k2.field(line, hang=6.0)
    k2.gap(4.0)
    sign_both(k2, signer(["BÊN A"], owner.name, "(Ký, ghi rõ họ tên)", 16.0, 11.5),
              signer(["BÊN B", "GIÁM ĐỐC"], "Lê Quốc Tuấn", "", 16.0, 11.5), seal="right")
    contract = Paper("hop_dong", "Hợp đồng thế chấp quyền sử dụng đất", "hop_dong_the_chap",
                     [k, k2], {"ho_ten": owner.name, "so_cccd": owner.cccd,
                               "so_ky_hieu": "1702-LAV-202510/HĐTC",
                               "ngay_ban_hanh": "2025-10-03"}, head)
    cert = land_certificate(mk, owner, Plot(
        "DC 882154", "CS 05113", "407", "15", "1.250,0", "xã Đức Hòa Hạ", "huyện Đức Hòa",
        "Long An", "Trần Văn Lợi", date(2021, 5, 24)))
    return Dossier(code, procedure, [], [r, form, contract, cert])


def dossiers(mk: Maker) -> list[tuple[str, Dossier]]:
    """The four dossiers with the id of their procedure in classify/data/procedures.json."""
    return [("tach_hop_thua", split_plot(mk)), ("thay_doi_cai_chinh_ho_tich",
                                                 birth_correction(mk)),
            ("dang_ky_tam_tru", temporary_residence(mk)), ("dang_ky_the_chap", mortgage(mk))]
