"""The land dossier of the held-apart set: a transfer of land use rights received by a branch
of the land registration office, the original certificate missing from it."""

from __future__ import annotations

import math
from datetime import date, datetime

from draw import (
    Dossier,
    L,
    Maker,
    Paper,
    Person,
    dmy,
    motto,
    sign_one,
    signer,
    titled,
    words_date,
)
from forms import Counter, cccd_2016, receipt, signatures

PARCEL = "thửa đất số 215, tờ bản đồ số 18, khu Đồng Cạn, xã Thục Luyện, huyện Thanh Sơn"
OFFICE = "Chi nhánh Văn phòng đăng ký đất đai huyện Thanh Sơn"


def don_dang_ky(mk: Maker, buyer: Person, seller: Person, day: date) -> Paper:
    """ĐƠN ĐĂNG KÝ BIẾN ĐỘNG ĐẤT ĐAI, TÀI SẢN GẮN LIỀN VỚI ĐẤT on two pages; the first cites
    the old certificate's register number and date, the second the contract's."""
    p = mk.page("times", 13.0, (28.0, 194.0), 14.0)
    p.line("Mẫu số 11/ĐK", "i", 12.0, align="r")
    motto(p)
    title = titled(p, "ĐƠN ĐĂNG KÝ BIẾN ĐỘNG ĐẤT ĐAI,\nTÀI SẢN GẮN LIỀN VỚI ĐẤT", 14.0)
    p.center(f"Kính gửi: {OFFICE}", "i")
    p.gap(2.0)
    p.head("I. PHẦN KÊ KHAI CỦA NGƯỜI ĐĂNG KÝ")
    p.field("1. Người sử dụng đất, chủ sở hữu tài sản gắn liền với đất")
    p.field(f"1.1. Tên (viết chữ in hoa): {buyer.upper}")
    p.field(f"1.2. Giấy tờ nhân thân: Căn cước số {buyer.cccd}")
    p.field(f"1.3. Địa chỉ: {buyer.home}", hang=8.0)
    p.segs([(0, f"1.4. Điện thoại: {buyer.phone}"), (86, "Hộp thư điện tử: không có")])
    p.field("2. Giấy chứng nhận đã cấp đề nghị được đăng ký biến động")
    p.segs([(0, "2.1. Số vào sổ cấp GCN: CS 04127"), (86, "2.2. Số phát hành: DĐ 783512")])
    p.field("2.3. Ngày cấp Giấy chứng nhận: 14/07/2021")
    p.field(f"3. Nội dung biến động về: {PARCEL}", hang=8.0)
    p.field(f"3.1. Nội dung trên Giấy chứng nhận trước khi biến động: người sử dụng đất ông "
            f"{seller.name}; diện tích 312,5 m2; đất ở tại nông thôn 200 m2, đất trồng cây lâu "
            f"năm 112,5 m2.", hang=8.0)
    q = mk.page("times", 13.0, (28.0, 194.0), 20.0)
    q.field(f"3.2. Nội dung sau khi biến động: người sử dụng đất bà {buyer.name}; diện tích, "
            f"mục đích và thời hạn sử dụng không thay đổi.", hang=8.0)
    q.field("4. Lý do biến động: Nhận chuyển nhượng quyền sử dụng đất theo hợp đồng đã công "
            "chứng số 1024, quyển số 02/2025 TP/CC-SCC/HĐGD ngày 02/04/2025.", hang=8.0)
    q.field("5. Tình hình thực hiện nghĩa vụ tài chính: Đã nộp tờ khai lệ phí trước bạ và "
            "thuế thu nhập cá nhân.", hang=8.0)
    q.field("6. Giấy tờ liên quan nộp kèm theo đơn này gồm có:")
    for item in ("- Hợp đồng chuyển nhượng quyền sử dụng đất (bản chính);",
                 "- Sơ đồ thửa đất (bản chính);",
                 "- Tờ khai lệ phí trước bạ nhà, đất (bản chính)."):
        q.field(item, x0=34.0)
    q.gap(1.5)
    q.p("Tôi cam đoan nội dung kê khai trên đơn là đúng sự thật, nếu sai tôi hoàn toàn chịu "
        "trách nhiệm trước pháp luật.")
    q.gap(3.0)
    q.right(f"Thanh Sơn, {words_date(day)}", pt=13.0)
    sign_one(q, signer(["NGƯỜI VIẾT ĐƠN"], buyer.name,
                       "(Ký, ghi rõ họ tên và đóng dấu nếu có)", space=22.0))
    fields = {"ho_ten": buyer.upper, "so_cccd": buyer.cccd, "ngay_ban_hanh": day.isoformat()}
    return Paper("don_de_nghi", "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất",
                 "don_dang_ky", [p, q], fields, title)


def hop_dong(mk: Maker, seller: Person, wife: Person, buyer: Person, day: date) -> Paper:
    """HỢP ĐỒNG CHUYỂN NHƯỢNG QUYỀN SỬ DỤNG ĐẤT, notarised, on three pages. Its bases cite
    laws with dates before the day it was made; the parties' names share their line with the
    birth date; the articles are headed in capitals, one of them near the top of page 2 names
    the contract; the notary's statement on page 3 is headed in capitals."""
    p = mk.page("times", 13.0, (30.0, 192.0), 16.0)
    motto(p)
    title = titled(p, "HỢP ĐỒNG CHUYỂN NHƯỢNG\nQUYỀN SỬ DỤNG ĐẤT", 15.0)
    p.field("Căn cứ Bộ luật Dân sự ngày 24 tháng 11 năm 2015;", style="i")
    p.field("Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;", style="i")
    p.p(f"Hôm nay, {words_date(day)}, tại Văn phòng công chứng Thanh Sơn, khu 4, thị trấn "
        f"Thanh Sơn, tỉnh Phú Thọ, chúng tôi gồm có:")
    p.head("BÊN CHUYỂN NHƯỢNG (BÊN A):")
    p.segs([(0, f"Ông: {seller.upper}"), (92, f"Sinh ngày: {dmy(seller.born)}")])
    p.field(f"Căn cước công dân số: {seller.cccd} do Cục Cảnh sát QLHC về TTXH cấp ngày "
            f"10/05/2021", hang=6.0)
    p.segs([(0, f"Cùng vợ là bà: {wife.upper}"), (92, f"Sinh ngày: {dmy(wife.born)}")])
    p.field(f"Căn cước công dân số: {wife.cccd} do Cục Cảnh sát QLHC về TTXH cấp ngày "
            f"10/05/2021", hang=6.0)
    p.field(f"Cùng thường trú tại: {seller.home}", hang=6.0)
    p.head("BÊN NHẬN CHUYỂN NHƯỢNG (BÊN B):")
    p.segs([(0, f"Bà: {buyer.upper}"), (92, f"Sinh ngày: {dmy(buyer.born)}")])
    p.field(f"Căn cước công dân số: {buyer.cccd} do Cục Cảnh sát ĐKQL cư trú và DLQG về dân cư "
            f"cấp ngày 12/06/2019", hang=6.0)
    p.field(f"Thường trú tại: {buyer.home}", hang=6.0)
    p.p("Hai bên đồng ý thực hiện việc chuyển nhượng quyền sử dụng đất với các thỏa thuận "
        "sau đây:")
    p.head("ĐIỀU 1. QUYỀN SỬ DỤNG ĐẤT CHUYỂN NHƯỢNG")
    p.p(f"Quyền sử dụng {PARCEL}, tỉnh Phú Thọ; diện tích 312,5 m2, theo Giấy chứng nhận "
        f"quyền sử dụng đất số phát hành DĐ 783512, số vào sổ cấp GCN: CS 04127 do Sở Tài "
        f"nguyên và Môi trường tỉnh Phú Thọ cấp ngày 14/07/2021.")
    q = mk.page("times", 13.0, (30.0, 192.0), 18.0)
    q.head("ĐIỀU 2. GIÁ CHUYỂN NHƯỢNG VÀ PHƯƠNG THỨC THANH TOÁN")
    q.p("Giá chuyển nhượng là 650.000.000 đồng (Bằng chữ: Sáu trăm năm mươi triệu đồng), "
        "bên B trả cho bên A một lần bằng chuyển khoản ngay sau khi ký hợp đồng này.")
    q.head("ĐIỀU 3. CHI PHÍ VÀ HIỆU LỰC CỦA HỢP ĐỒNG")
    q.p("Thuế thu nhập cá nhân do bên A nộp; lệ phí trước bạ, phí thẩm định hồ sơ và lệ phí "
        "cấp giấy chứng nhận do bên B nộp. Hợp đồng có hiệu lực kể từ thời điểm đăng ký vào "
        "sổ địa chính.")
    q.head("ĐIỀU 4. QUYỀN VÀ NGHĨA VỤ CỦA BÊN A")
    q.p("Chuyển giao đất cho bên B đủ diện tích, đúng hạng đất, loại đất, vị trí, số hiệu và "
        "tình trạng đất như đã thỏa thuận; giao cho bên B giấy tờ có liên quan đến quyền sử "
        "dụng đất để làm thủ tục đăng ký.")
    q.head("ĐIỀU 5. QUYỀN VÀ NGHĨA VỤ CỦA BÊN B")
    q.p("Trả đủ tiền, đúng thời hạn và phương thức đã thỏa thuận; đăng ký quyền sử dụng đất "
        "theo quy định của pháp luật về đất đai; bảo đảm quyền của người thứ ba đối với đất.")
    q.head("ĐIỀU 6. GIẢI QUYẾT TRANH CHẤP")
    q.p("Trong quá trình thực hiện, nếu phát sinh tranh chấp, các bên cùng nhau thương lượng "
        "giải quyết; nếu không thương lượng được thì một trong các bên có quyền khởi kiện "
        "tại Tòa án có thẩm quyền.")
    r = mk.page("times", 13.0, (30.0, 192.0), 18.0)
    r.head("ĐIỀU 7. CAM ĐOAN CỦA CÁC BÊN")
    r.p("Các bên cam đoan những thông tin về nhân thân và về thửa đất ghi trong hợp đồng "
        "này là đúng sự thật; việc giao kết hợp đồng là hoàn toàn tự nguyện, không bị lừa "
        "dối hoặc ép buộc. Các bên đã đọc lại hợp đồng, hiểu rõ và đồng ý toàn bộ nội dung.")
    r.gap(2.0)
    signatures(r, ("BÊN A", seller.name), ("BÊN B", buyer.name), space=20.0)
    r.gap(4.0)
    r.center("LỜI CHỨNG CỦA CÔNG CHỨNG VIÊN", "b", 13.0)
    r.p(f"Hôm nay, {words_date(day)}, tại Văn phòng công chứng Thanh Sơn, tôi Lê Minh Tâm, "
        f"công chứng viên, chứng nhận: hợp đồng chuyển nhượng quyền sử dụng đất được giao kết "
        f"giữa bên A là ông {seller.name}, bà {wife.name} và bên B là bà {buyer.name}; các "
        f"bên đã tự nguyện thỏa thuận giao kết hợp đồng và ký vào hợp đồng trước mặt tôi.")
    r.field("Số công chứng: 1024, quyển số 02/2025 TP/CC-SCC/HĐGD")
    sign_one(r, [L("CÔNG CHỨNG VIÊN", "b", 13.0), L(space=24.0), L("Lê Minh Tâm", "b", 13.0)],
             seal=True)
    fields = {"ho_ten": seller.upper, "so_cccd": seller.cccd, "ngay_ban_hanh": day.isoformat(),
              "so_ky_hieu": "1024"}
    return Paper("hop_dong", "Hợp đồng chuyển nhượng quyền sử dụng đất",
                 "hop_dong_chuyen_nhuong", [p, q, r], fields, title)


def so_do(mk: Maker, day: date) -> Paper:
    """SƠ ĐỒ THỬA ĐẤT: a drawing with little text (a parcel, its neighbours, the lengths of
    its sides)."""
    p = mk.page("arial", 11.0, (24.0, 190.0), 18.0)
    title = titled(p, "SƠ ĐỒ THỬA ĐẤT", 13.0)
    p.center("Thửa đất số 215, tờ bản đồ số 18 - Tỷ lệ 1:500", "r", 11.0)
    pts = [(62.0, 92.0), (150.0, 84.0), (160.0, 176.0), (70.0, 190.0)]
    px = [(p.px(x), p.px(y)) for x, y in pts]
    p.draw.polygon(px, outline=(20, 20, 20), width=max(2, round(p.px(0.5))))
    for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1], strict=True):
        length = math.dist((x0, y0), (x1, y1)) * 0.2
        p.put((x0 + x1) / 2 - 6.0, (y0 + y1) / 2 + (4.0 if y1 > y0 else -2.0),
              f"{length:.2f} m".replace(".", ","), "r", 10.0)
    for i, (x, y) in enumerate(pts, 1):
        p.put(x - 5.0, y - 2.0, str(i), "b", 10.0)
    p.put(96.0, 136.0, "215", "b", 14.0)
    p.put(90.0, 144.0, "S = 312,5 m2", "r", 11.0)
    for x, y, text in ((20.0, 140.0, "Thửa 214"), (166.0, 130.0, "Thửa 230"),
                       (92.0, 78.0, "Đường liên xã"), (96.0, 204.0, "Mương thủy lợi")):
        p.put(x, y, text, "i", 10.0)
    p.draw.line([(p.px(180.0), p.px(74.0)), (p.px(180.0), p.px(60.0))], fill=(20, 20, 20),
                width=max(2, round(p.px(0.4))))
    p.put(178.6, 57.0, "B", "b", 11.0)
    p.y = 222.0
    p.right(f"Ngày {day.day:02d} tháng {day.month} năm {day.year}", pt=11.0)
    signatures(p, ("NGƯỜI SỬ DỤNG ĐẤT", "Hà Văn Thắng"), ("NGƯỜI ĐO VẼ", "Đinh Công Tuấn"),
               space=16.0, pt=11.0)
    return Paper("other", "Sơ đồ thửa đất", "so_do", [p], {"ngay_ban_hanh": day.isoformat()},
                 title)


def to_khai_truoc_ba(mk: Maker, buyer: Person, day: date) -> Paper:
    """TỜ KHAI LỆ PHÍ TRƯỚC BẠ NHÀ, ĐẤT: numbered boxes in a condensed face."""
    p = mk.page("narrow", 11.0, (22.0, 194.0), 14.0)
    p.line("Mẫu số: 01/LPTB", "b", 10.5, align="r")
    motto(p, 12.0)
    title = titled(p, "TỜ KHAI LỆ PHÍ TRƯỚC BẠ NHÀ, ĐẤT", 14.0)
    p.segs([(0, "[01] Kỳ tính thuế: Theo từng lần phát sinh"), (100, "[02] Lần đầu: X")])
    p.field(f"[04] Tên người nộp thuế: {buyer.upper}")
    p.segs([(0, "[05] Mã số thuế: 8412563097"),
            (78, f"[06] Số định danh cá nhân: {buyer.cccd}")])
    p.field(f"[07] Địa chỉ: {buyer.home}", hang=8.0)
    p.segs([(0, f"[08] Điện thoại: {buyer.phone}"), (78, "[09] Email: không có")])
    p.head("ĐẶC ĐIỂM NHÀ ĐẤT:")
    p.field(f"1. Đất: {PARCEL}, tỉnh Phú Thọ", hang=8.0)
    p.field("1.1. Mục đích sử dụng đất: Đất ở tại nông thôn 200 m2; đất trồng cây lâu năm "
            "112,5 m2", hang=8.0)
    p.field("1.2. Diện tích đất chịu lệ phí trước bạ: 312,5 m2")
    p.field("1.3. Nguồn gốc nhà đất: Nhận chuyển nhượng của ông Hà Văn Thắng và bà Đinh Thị Mơ",
            hang=8.0)
    p.field("1.4. Giá trị đất thực tế chuyển nhượng: 650.000.000 đồng")
    p.field("2. Nhà: Không có")
    p.field("3. Giấy tờ có liên quan, gồm: Hợp đồng chuyển nhượng quyền sử dụng đất, số "
            "công chứng 1024 ngày 02/04/2025", hang=8.0)
    p.field("4. Tài sản thuộc diện miễn lệ phí trước bạ: Không")
    p.gap(1.5)
    p.p("Tôi cam đoan số liệu khai trên là đúng và chịu trách nhiệm trước pháp luật về số "
        "liệu đã khai./.")
    p.gap(2.0)
    p.right(f"Thanh Sơn, {words_date(day)}", pt=11.5)
    sign_one(p, signer(["NGƯỜI NỘP THUẾ"], buyer.name, space=18.0, pt=11.5))
    fields = {"ho_ten": buyer.upper, "so_cccd": buyer.cccd, "ngay_ban_hanh": day.isoformat()}
    return Paper("don_de_nghi", "Tờ khai lệ phí trước bạ nhà, đất", "to_khai", [p], fields,
                 title)


def bien_lai(mk: Maker, buyer: Person, day: date) -> Paper:
    """BIÊN LAI THU TIỀN PHÍ, LỆ PHÍ: a slip with a 12-digit bank account and no ID number."""
    p = mk.page("arial", 11.5, (24.0, 186.0), 14.0)
    p.rect((14.0, 196.0, 10.0, 158.0), width=0.25, outline=(150, 150, 150))
    left = [L("VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH PHÚ THỌ", "r", 10.5),
            L("CHI NHÁNH HUYỆN THANH SƠN", "b", 10.5, rule=24.0)]
    right = [L("Mẫu số: 01BLP0-002", "r", 10.5, align="l"), L("Ký hiệu: TS-25E", "r", 10.5,
             align="l"), L("Số: 0003174", "b", 10.5, align="l")]
    p.pair(left, right, (16.0, 110.0), (142.0, 194.0))
    p.gap(2.0)
    title = titled(p, "BIÊN LAI THU TIỀN PHÍ, LỆ PHÍ", 13.5)
    p.center("(Liên 2: Giao người nộp tiền)", "i", 10.5)
    p.field(f"Tên người nộp tiền: {buyer.name}")
    p.field(f"Địa chỉ: {buyer.home}", hang=6.0)
    p.field("Nội dung thu: Phí thẩm định hồ sơ đăng ký biến động đất đai", hang=6.0)
    p.field("Số tiền: 1.350.000 đồng")
    p.field("(Viết bằng chữ: Một triệu ba trăm năm mươi nghìn đồng)", style="i")
    p.field("Hình thức thanh toán: Chuyển khoản")
    p.field("Số tài khoản thụ hưởng: 114000873265 tại Ngân hàng TMCP Công Thương Việt Nam",
            hang=6.0)
    p.right(f"Ngày {day.day:02d} tháng {day.month:02d} năm {day.year}", pt=11.0)
    signatures(p, ("NGƯỜI NỘP TIỀN", buyer.name), ("NGƯỜI THU TIỀN", "Lò Thị Hạnh"),
               space=14.0, pt=11.5)
    fields = {"so_ky_hieu": "0003174", "ngay_ban_hanh": day.isoformat(), "ho_ten": buyer.name,
              "co_quan_ban_hanh": "Chi nhánh huyện Thanh Sơn"}
    return Paper("bien_lai_thu_phi", "Biên lai thu tiền phí, lệ phí", "bien_lai", [p], fields,
                 title)


def dossier_transfer(mk: Maker) -> Dossier:
    code = "000.25.40.H27-250407-0118"
    home = "khu Đồng Cạn, xã Thục Luyện, huyện Thanh Sơn, tỉnh Phú Thọ"
    seller = mk.person("Hà Văn Thắng", "1968-04-03", True, "025", home)
    wife = mk.person("Đinh Thị Mơ", "1970-08-19", False, "025", home)
    buyer = mk.person("Nguyễn Thị Ngọc Ánh", "1990-11-15", False, "025",
                      "khu 6, thị trấn Thanh Sơn, huyện Thanh Sơn, tỉnh Phú Thọ")
    procedure = ("Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất "
                 "do chuyển nhượng quyền sử dụng đất")
    counter = Counter(("VP ĐĂNG KÝ ĐẤT ĐAI PHÚ THỌ", "CHI NHÁNH HUYỆN THANH SƠN"),
                      "Chi nhánh huyện Thanh Sơn", True, "BIÊN NHẬN HỒ SƠ", "Biên nhận hồ sơ",
                      "Thủ tục hành chính", "Lò Thị Hạnh", family="arial")
    when = datetime(2025, 4, 7, 14, 20)
    items = [("Đơn đăng ký biến động đất đai, tài sản gắn liền với đất", "Bản chính"),
             ("Hợp đồng chuyển nhượng quyền sử dụng đất", "Bản chính"),
             ("Sơ đồ thửa đất", "Bản chính"), ("Căn cước của bên nhận chuyển nhượng", "Bản sao"),
             ("Tờ khai lệ phí trước bạ nhà, đất", "Bản chính"),
             ("Biên lai thu phí thẩm định hồ sơ", "Bản chính")]
    papers = [
        receipt(mk, counter, code, when, datetime(2025, 4, 21, 14, 0), applicant=buyer,
                procedure=procedure, items=items, days="10 ngày làm việc",
                place=f"{OFFICE}, khu 4, thị trấn Thanh Sơn", table=False),
        don_dang_ky(mk, buyer, seller, date(2025, 4, 7)),
        hop_dong(mk, seller, wife, buyer, date(2025, 4, 2)),
        so_do(mk, date(2025, 3, 28)),
        cccd_2016(mk, buyer, origin="Thanh Sơn, Phú Thọ", issued=date(2019, 6, 12),
                  until=date(2030, 11, 15), side_by_side=True,
                  note="Sao y bản chính - Bộ phận tiếp nhận đã đối chiếu"),
        to_khai_truoc_ba(mk, buyer, date(2025, 4, 7)),
        bien_lai(mk, buyer, date(2025, 4, 7)),
    ]
    return Dossier(code, procedure, ["Giấy chứng nhận quyền sử dụng đất"], papers)
