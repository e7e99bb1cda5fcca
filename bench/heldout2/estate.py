"""Two land and building dossiers of the second held-apart set: land inherited in Tây Ninh
(a three-page agreement of the heirs, an old land certificate on two pages), and a building
permit asked for in Thái Nguyên that lacks the design drawings."""

from __future__ import annotations

from datetime import date, datetime

from common import Desk, Visit, receipt
from parts import (
    Dossier,
    G,
    L,
    Maker,
    Paper,
    Person,
    boxed_title,
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

PHUOC_THANH = "xã Phước Thạnh, huyện Gò Dầu, tỉnh Tây Ninh"
KHA_SON = "xã Kha Sơn, huyện Phú Bình, tỉnh Thái Nguyên"


def don_bien_dong(mk: Maker, req: Person, day: date) -> Paper:
    """The land register's change form on two pages: the parcel in a table, the old
    certificate's serial and register number (not this paper's), the date on page 2."""
    p = mk.page("serif", 11.0, (22.0, 192.0), 14.0)
    centred_motto(p, 11.5)
    head = title(p, "ĐƠN ĐĂNG KÝ BIẾN ĐỘNG\nQUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN "
                 "VỚI ĐẤT", 12.5)
    p.line("Kính gửi: Chi nhánh Văn phòng đăng ký đất đai huyện Gò Dầu", "i", 11.0, align="c")
    p.gap(1.5)
    p.line("I. PHẦN KÊ KHAI CỦA NGƯỜI ĐĂNG KÝ", "b")
    p.field(f"1. Người sử dụng đất: {req.upper}   Năm sinh: {req.born.year}")
    p.field(f"   Căn cước công dân: {req.cccd}   Điện thoại: {req.phone}")
    p.field(f"   Địa chỉ thường trú: {req.home}", hang=8.0)
    p.field("2. Giấy chứng nhận đã cấp đối với thửa đất:")
    p.field("   Số phát hành: BĐ 492817;  Số vào sổ cấp GCN: CH 01873;  ngày cấp "
            f"{dmy(date(2012, 8, 20))}", hang=8.0)
    p.field("3. Thửa đất có thay đổi:")
    rows = [["Thửa đất số", "Tờ bản đồ số", "Diện tích (m²)", "Mục đích sử dụng"],
            ["318", "14", "1.246,5", "ONT 300 m²; CLN 946,5 m²"]]
    p.table([30.0, 30.0, 34.0, 76.0], rows, aligns="cccl", pt=10.5)
    p.field("4. Nội dung biến động: Nhận thừa kế quyền sử dụng đất của cha là ông Võ Văn Tám "
            f"(chết ngày {dmy(date(2024, 9, 14))}) theo Văn bản thỏa thuận phân chia di sản "
            "công chứng ngày 25/03/2025.", hang=5.0)
    p.field("5. Lý do biến động: Thừa kế quyền sử dụng đất", hang=5.0)
    q = mk.page("serif", 11.0, (22.0, 192.0), 18.0)
    q.field("6. Giấy tờ liên quan nộp kèm theo đơn:")
    for i, item in enumerate(("Giấy chứng nhận đã cấp (bản gốc);",
                              "Văn bản thỏa thuận phân chia di sản (bản chính);",
                              "Trích lục khai tử của ông Võ Văn Tám (bản sao);",
                              "Tờ khai thuế thu nhập cá nhân."), 1):
        q.para(f"{chr(96 + i)}) {item}", indent=6.0, hang=10.0)
    q.field("7. Có nhu cầu cấp mới Giấy chứng nhận: Có")
    q.p("Tôi xin cam đoan nội dung kê khai trên đơn là đúng sự thật, nếu sai tôi hoàn toàn chịu "
        "trách nhiệm trước pháp luật.", indent=6.0)
    q.gap(2.0)
    q.right(f"Gò Dầu, {in_words_short(day)}", "i", 11.0)
    sign_right(q, signer(["Người viết đơn"], req.name, "(Ký, ghi rõ họ tên)", 18.0, 11.0))
    q.gap(4.0)
    q.line("II. Ý KIẾN CỦA CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", "b")
    for _ in range(3):
        q.line("." * 96, "r", 10.0)
    fields = {"ho_ten": req.upper, "so_cccd": req.cccd, "ngay_ban_hanh": day.isoformat()}
    return Paper("don_de_nghi", "Đơn đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản "
                 "gắn liền với đất", "don_bien_dong", [p, q], fields, head)


def thoa_thuan_di_san(mk: Maker, heirs: list[Person], dead: str, day: date) -> Paper:
    """VĂN BẢN THỎA THUẬN PHÂN CHIA DI SẢN on three pages: three heirs with their numbers, the
    estate, the agreement; page 3 the notary's certificate; pages 2 and 3 have no title."""
    p = mk.page("serif", 11.5, (26.0, 190.0), 16.0, dpi=300)
    centred_motto(p, 12.0)
    head = title(p, "VĂN BẢN THỎA THUẬN PHÂN CHIA DI SẢN", 14.5)
    p.p(f"Hôm nay, {in_words(day)}, tại Văn phòng công chứng Nguyễn Trãi, số 88 đường 30/4, "
        "thị trấn Gò Dầu, tỉnh Tây Ninh, chúng tôi gồm:", indent=8.0)
    for i, h in enumerate(heirs, 1):
        word = "Ông" if h.male else "Bà"
        p.field(f"{i}. {word} {h.upper}, sinh năm {h.born.year}, căn cước công dân số "
                f"{h.cccd}", hang=6.0)
        p.field(f"   Thường trú: {h.home}", hang=8.0)
    p.p(f"Chúng tôi là những người thừa kế theo pháp luật của ông {dead}, sinh năm 1948, chết "
        f"ngày {dmy(date(2024, 9, 14))} theo Trích lục khai tử số 112/TLKT-BS do Ủy ban nhân "
        f"dân xã Phước Thạnh cấp ngày {dmy(date(2024, 9, 20))}.", indent=8.0)
    p.p("Bà Nguyễn Thị Bảy (vợ ông Tám) đã chết năm 2019. Ngoài chúng tôi, ông Tám không còn "
        "người thừa kế nào khác.", indent=8.0)
    q = mk.page("serif", 11.5, (26.0, 190.0), 18.0, dpi=300)
    q.p("Di sản ông Tám để lại là quyền sử dụng thửa đất số 318, tờ bản đồ số 14, diện tích "
        "1.246,5 m², tại ấp Phước Đông, xã Phước Thạnh, theo Giấy chứng nhận số phát hành BĐ "
        "492817, số vào sổ cấp GCN CH 01873.", indent=8.0)
    q.p(f"Bằng văn bản này, chúng tôi thỏa thuận: toàn bộ di sản nêu trên thuộc về ông "
        f"{heirs[0].upper}. Các người thừa kế còn lại đồng ý nhường phần của mình và không "
        "có tranh chấp, khiếu nại gì về sau.", indent=8.0)
    q.p("Ông Võ Thành Nhân có trách nhiệm đăng ký biến động tại cơ quan có thẩm quyền và nộp "
        "các khoản thuế, phí, lệ phí theo quy định.", indent=8.0)
    q.p("Chúng tôi đã đọc lại văn bản này, đã hiểu rõ và đồng ý toàn bộ nội dung, ký tên dưới "
        "đây trước mặt công chứng viên.", indent=8.0)
    q.gap(4.0)
    q.line("NHỮNG NGƯỜI THỪA KẾ", "b", 12.0, align="c")
    for h in heirs:
        G.sign(q, None, [L(space=13.0), L(h.name, "b", 11.5)], rbox=(70.0, 150.0))
    r = mk.page("serif", 11.5, (26.0, 190.0), 18.0, dpi=300)
    r.line("LỜI CHỨNG CỦA CÔNG CHỨNG VIÊN", "b", 13.0, align="c")
    r.gap(2.0)
    r.p(f"Hôm nay, {in_words(day)}, tại Văn phòng công chứng Nguyễn Trãi, tôi, Lâm Thị Kiều "
        "Oanh, công chứng viên, chứng nhận: Văn bản thỏa thuận phân chia di sản được lập bởi "
        "các người thừa kế có tên nêu trên, tự nguyện; các bên có năng lực hành vi dân sự; "
        "nội dung không vi phạm pháp luật, không trái đạo đức xã hội.", indent=8.0)
    r.p("Văn bản được lập thành 04 bản chính, mỗi bản 03 trang, lưu 01 bản tại Văn phòng "
        "công chứng.", indent=8.0)
    r.gap(3.0)
    sign_right(r, signer(["CÔNG CHỨNG VIÊN"], "Lâm Thị Kiều Oanh", "", 28.0), seal=True)
    fields = {"ho_ten": heirs[0].upper, "so_cccd": heirs[0].cccd, "ngay_ban_hanh": day.isoformat()}
    return Paper("van_ban_thua_ke", "Văn bản thỏa thuận phân chia di sản", "thoa_thuan_di_san",
                 [p, q, r], fields, head)


def trich_luc_khai_tu(mk: Maker, dead: Person, died: date, day: date) -> Paper:
    """TRÍCH LỤC KHAI TỬ (BẢN SAO) of a commune, with its seal."""
    p = mk.page("serif", 11.5, (22.0, 192.0), 14.0)
    split_header(p, ("UBND HUYỆN GÒ DẦU", "UBND XÃ PHƯỚC THẠNH"), "112/TLKT-BS",
                 f"Phước Thạnh, {in_words(day)}", parent=True)
    head = title(p, "TRÍCH LỤC KHAI TỬ", 16.0, ["(BẢN SAO)"])
    p.segs([(0, f"Họ, chữ đệm, tên: {dead.upper}"), (104, "Giới tính: Nam")])
    p.field(f"Ngày, tháng, năm sinh: {dmy(dead.born)}")
    p.field("Dân tộc: Kinh      Quốc tịch: Việt Nam")
    p.field(f"Số định danh cá nhân: {dead.cccd}")
    p.field(f"Nơi cư trú cuối cùng: {dead.home}", hang=8.0)
    p.field(f"Đã chết vào lúc 16 giờ 20 phút, ngày {dmy(died)}")
    p.field(f"Nơi chết: tại nhà, {dead.home}", hang=8.0)
    p.field("Nguyên nhân chết: Già yếu")
    p.field("Người đi khai tử: Võ Thành Nhân; Quan hệ với người chết: Con")
    p.field(f"Nơi đăng ký khai tử: Ủy ban nhân dân {PHUOC_THANH}", hang=8.0)
    p.field(f"Ngày đăng ký: {dmy(date(2024, 9, 17))}")
    p.gap(3.0)
    sign_right(p, signer(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Trần Quốc Việt", "", 28.0),
               seal=True)
    fields = {"so_ky_hieu": "112/TLKT-BS", "ngay_ban_hanh": day.isoformat(),
              "co_quan_ban_hanh": "UBND xã Phước Thạnh", "ho_ten": dead.upper,
              "so_cccd": dead.cccd}
    return Paper("trich_luc_ho_tich", "Trích lục khai tử", "trich_luc_khai_tu", [p], fields, head)


def gcn_2012(mk: Maker, holder: str, id9: str, day: date) -> Paper:
    """The land certificate of the 2012 model on two pages: the holder with a 9-digit identity
    number; page 2 (no title) the parcel, the place and date, the register number, and the
    changes recorded later."""
    p = mk.page("serif", 12.0, (24.0, 188.0), 18.0)
    p.frame()
    p.emblem(105.0, 36.0, 11.0)
    p.y = 52.0
    centred_motto(p, 12.0)
    head = title(p, "GIẤY CHỨNG NHẬN\nQUYỀN SỬ DỤNG ĐẤT\nQUYỀN SỞ HỮU NHÀ Ở VÀ TÀI SẢN KHÁC "
                 "GẮN LIỀN VỚI ĐẤT", 13.0)
    p.line("I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất", "b")
    p.field(f"Ông: {holder}   Năm sinh: 1948", pt=12.5)
    p.field(f"CMND số: {id9}")
    p.field(f"Địa chỉ thường trú: ấp Phước Đông, {PHUOC_THANH}", hang=8.0)
    p.gap(20.0)
    p.line("BĐ 492817", "b", 14.0, align="r")
    q = mk.page("serif", 11.0, (20.0, 192.0), 16.0)
    q.line("II. Thửa đất, nhà ở và tài sản khác gắn liền với đất", "b")
    for row in ("a) Thửa đất số: 318      Tờ bản đồ số: 14",
                f"b) Địa chỉ: ấp Phước Đông, {PHUOC_THANH}",
                "c) Diện tích: 1.246,5 m² (Bằng chữ: Một nghìn hai trăm bốn mươi sáu phẩy năm "
                "mét vuông)",
                "d) Hình thức sử dụng: Sử dụng riêng",
                "đ) Mục đích sử dụng: Đất ở tại nông thôn 300 m²; đất trồng cây lâu năm 946,5 m²",
                "e) Thời hạn sử dụng: Đất ở: lâu dài; đất trồng cây lâu năm: đến 01/07/2064",
                "g) Nguồn gốc sử dụng: Công nhận QSDĐ như giao đất không thu tiền sử dụng đất"):
        q.field(row, hang=6.0)
    q.field("2. Nhà ở: -/-      3. Công trình xây dựng khác: -/-")
    q.gap(2.0)
    q.right(f"Tây Ninh, {in_words_short(day)}", "i", 11.0)
    sign_right(q, signer(["TM. ỦY BAN NHÂN DÂN HUYỆN GÒ DẦU", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
                         "Huỳnh Văn Lực", "", 20.0))
    q.field("Số vào sổ cấp GCN: CH 01873")
    q.gap(3.0)
    q.line("IV. Những thay đổi sau khi cấp Giấy chứng nhận", "b")
    q.table([112.0, 60.0], [["Nội dung thay đổi và cơ sở pháp lý", "Xác nhận của cơ quan"],
                            ["Đính chính mục đích sử dụng theo hồ sơ số 771 ngày 12/06/2019",
                             "Đã xác nhận ngày 12/06/2019"]], aligns="ll", pt=10.0)
    fields = {"so_ky_hieu": "CH 01873", "ngay_ban_hanh": day.isoformat(), "ho_ten": holder,
              "co_quan_ban_hanh": "Ủy ban nhân dân huyện Gò Dầu"}
    return Paper("giay_chung_nhan_qsdd", "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở "
                 "và tài sản khác gắn liền với đất", "gcn_2009", [p, q], fields, head)


def to_khai_tncn(mk: Maker, req: Person, day: date) -> Paper:
    """TỜ KHAI THUẾ THU NHẬP CÁ NHÂN for an inheritance: numbered boxes [01]..[12] in a table,
    the tax code (the identity number) and amounts; a printer's typeface for the values."""
    p = mk.page("sans", 10.0, (16.0, 194.0), 14.0)
    centred_motto(p, 11.0)
    head = title(p, "TỜ KHAI THUẾ THU NHẬP CÁ NHÂN", 13.5,
                 ["(Áp dụng cho cá nhân có thu nhập từ nhận thừa kế, nhận quà tặng là bất động "
                  "sản)"])
    p.line(f"[01] Kỳ tính thuế: Ngày {dmy(day)}      [02] Lần đầu: [X]", "r", 10.0)
    rows = [["Chỉ tiêu", "Nội dung kê khai"],
            ["[03] Tên người nộp thuế", req.upper],
            ["[04] Mã số thuế", req.cccd],
            ["[05] Địa chỉ", req.home],
            ["[06] Điện thoại", req.phone],
            ["[07] Giấy tờ về thừa kế", "Văn bản thỏa thuận phân chia di sản ngày 25/03/2025"],
            ["[08] Thửa đất số / tờ bản đồ", "318 / 14, ấp Phước Đông, xã Phước Thạnh"],
            ["[09] Giá trị bất động sản (đồng)", "1.372.000.000"],
            ["[10] Thu nhập được miễn thuế", "Nhận thừa kế từ cha đẻ - miễn thuế"],
            ["[11] Số thuế phải nộp (đồng)", "0"]]
    p.table([62.0, 110.0], rows, aligns="ll", pt=10.0)
    p.p("Tôi cam đoan số liệu khai trên là đúng và chịu trách nhiệm trước pháp luật về số liệu "
        "đã khai.", indent=6.0)
    p.gap(2.0)
    p.right(f"Gò Dầu, ngày {dmy(day)}", "i", 10.0)
    sign_right(p, signer(["NGƯỜI NỘP THUẾ"], req.name, "(Ký, ghi rõ họ tên)", 16.0, 10.5))
    fields = {"ho_ten": req.upper, "so_cccd": req.cccd, "ngay_ban_hanh": day.isoformat()}
    return Paper("don_de_nghi", "Tờ khai thuế thu nhập cá nhân", "to_khai_thue", [p], fields, head)


def dossier_inheritance(mk: Maker) -> tuple[str, Dossier]:
    """Đăng ký biến động do thừa kế in Tây Ninh: receipt, change form (2 p.), agreement of
    the heirs (3 p.), death extract, the old certificate (2 p.), tax declaration."""
    home = f"ấp Phước Đông, {PHUOC_THANH}"
    nhan = mk.person("Võ Thành Nhân", "1974-05-19", True, "072", home)
    heirs = [nhan, mk.person("Võ Thị Hồng", "1977-10-02", False, "072",
                             "khu phố 3, thị trấn Gò Dầu, huyện Gò Dầu, tỉnh Tây Ninh"),
             mk.person("Võ Thành Lợi", "1981-06-25", True, "072", home)]
    dead = mk.person("Võ Văn Tám", "1948-01-08", True, "072", home)
    code = "000.18.40.H57-250403-0086"
    desk = Desk(("UBND HUYỆN GÒ DẦU", "BỘ PHẬN TIẾP NHẬN VÀ", "TRẢ KẾT QUẢ"),
                "Bộ phận tiếp nhận và trả kết quả", True,
                ("PHIẾU BIÊN NHẬN VÀ HẸN TRẢ KẾT QUẢ",), "Phiếu biên nhận và hẹn trả kết quả",
                "Yêu cầu giải quyết", "Đoàn Thị Mỹ Tiên", "list")
    procedure = ("Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất "
                 "trong trường hợp nhận thừa kế")
    visit = Visit(code, datetime(2025, 4, 3, 10, 27), datetime(2025, 4, 24, 10, 0), nhan,
                  procedure, ("Đơn đăng ký biến động (bản chính)",
                              "Văn bản thỏa thuận phân chia di sản (bản chính)",
                              "Trích lục khai tử (bản sao)", "Giấy chứng nhận đã cấp (bản gốc)",
                              "Tờ khai thuế thu nhập cá nhân"))
    papers = [receipt(mk, desk, visit),
              don_bien_dong(mk, nhan, date(2025, 4, 2)),
              thoa_thuan_di_san(mk, heirs, "Võ Văn Tám", date(2025, 3, 25)),
              trich_luc_khai_tu(mk, dead, date(2024, 9, 14), date(2024, 9, 20)),
              gcn_2012(mk, "VÕ VĂN TÁM", "290318457", date(2012, 8, 20)),
              to_khai_tncn(mk, nhan, date(2025, 4, 2))]
    return "thua_ke_qsdd", Dossier(code, procedure, [], papers)


def don_gpxd(mk: Maker, req: Person, day: date) -> Paper:
    """ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP XÂY DỰNG on two pages at 300 dpi: another certificate's
    number and date on page 1, the building's figures, the date and signature on page 2."""
    p = mk.page("sans", 10.5, (20.0, 192.0), 14.0, dpi=300)
    centred_motto(p, 11.0)
    head = title(p, "ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP XÂY DỰNG", 13.5,
                 ["(Sử dụng cho công trình: Nhà ở riêng lẻ)"])
    p.line("Kính gửi: Ủy ban nhân dân huyện Phú Bình", "i", 10.5, align="c")
    p.gap(1.5)
    p.line("1. Thông tin về chủ đầu tư:", "b")
    p.field(f"- Tên chủ đầu tư: {req.upper}")
    p.field(f"- Người đại diện: {req.name}      Chức vụ: Chủ hộ")
    p.field(f"- Địa chỉ liên hệ: {req.home}", hang=4.0)
    p.field(f"- Số nhà: không      Số điện thoại: {req.phone}")
    p.field(f"- Số định danh cá nhân: {req.cccd}")
    p.line("2. Thông tin công trình:", "b")
    p.field(f"- Địa điểm xây dựng: Lô đất số 52, thửa đất số 204, tờ bản đồ số 9, xóm Trại, "
            f"{KHA_SON}", hang=4.0)
    p.field("- Giấy chứng nhận quyền sử dụng đất số CQ 038217, số vào sổ cấp GCN CH 02594, "
            f"cấp ngày {dmy(date(2019, 5, 11))}", hang=4.0)
    p.line("3. Nội dung đề nghị cấp phép:", "b")
    p.field("- Loại công trình: Nhà ở riêng lẻ, cấp III")
    p.field("- Diện tích xây dựng tầng 1: 96,0 m²; tổng diện tích sàn: 254,4 m²", hang=4.0)
    p.field("- Chiều cao công trình: 12,6 m; số tầng: 03 tầng và 01 tum", hang=4.0)
    p.field("- Cốt xây dựng: +0,45 m so với mặt đường hiện trạng", hang=4.0)
    q = mk.page("sans", 10.5, (20.0, 192.0), 18.0, dpi=300)
    q.line("4. Đơn vị hoặc người chủ nhiệm thiết kế:", "b")
    q.field("- Công ty TNHH Tư vấn Kiến trúc Sông Cầu; mã số chứng chỉ năng lực: "
            "TNG-00173892", hang=4.0)
    q.line("5. Phương án phá dỡ, di dời (nếu có): Không", "b")
    q.line("6. Dự kiến thời gian hoàn thành công trình: 08 tháng", "b")
    q.line("7. Cam kết:", "b")
    q.p("Tôi xin cam đoan làm theo đúng giấy phép được cấp, nếu sai tôi xin hoàn toàn chịu "
        "trách nhiệm và bị xử lý theo quy định của pháp luật.", indent=6.0)
    q.line("Gửi kèm theo Đơn này các tài liệu:", "i")
    q.field("- Bản sao Giấy chứng nhận quyền sử dụng đất;", hang=4.0)
    q.field("- Bản cam kết bảo đảm an toàn đối với công trình liền kề;", hang=4.0)
    q.field("- Hợp đồng tư vấn thiết kế.", hang=4.0)
    q.gap(3.0)
    q.right(f"Phú Bình, {in_words(day)}", "i", 10.5)
    sign_right(q, signer(["NGƯỜI LÀM ĐƠN"], req.name, "(Ký, ghi rõ họ tên)", 18.0, 11.0))
    fields = {"ho_ten": req.upper, "so_cccd": req.cccd, "ngay_ban_hanh": day.isoformat()}
    return Paper("don_de_nghi", "Đơn đề nghị cấp giấy phép xây dựng", "don_gpxd", [p, q], fields,
                 head)


def gcn_copy(mk: Maker, holders: tuple[Person, Person], day: date) -> Paper:
    """A certified copy of a 2019 land certificate's first page: husband and wife as holders,
    the certificate stamped SAO Y with its own register number."""
    p = mk.page("serif", 11.5, (24.0, 188.0), 16.0)
    p.emblem(105.0, 28.0, 10.0)
    p.y = 42.0
    centred_motto(p, 12.0)
    head = title(p, "GIẤY CHỨNG NHẬN\nQUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU NHÀ Ở\nVÀ TÀI SẢN KHÁC GẮN "
                 "LIỀN VỚI ĐẤT", 13.5)
    p.line("I. Người sử dụng đất, chủ sở hữu nhà ở và tài sản khác gắn liền với đất", "b", 11.0)
    a, b = holders
    p.field(f"Ông: {a.upper}, sinh năm {a.born.year}, CCCD số: {a.cccd}", hang=6.0)
    p.field(f"Và vợ là bà: {b.upper}, sinh năm {b.born.year}, CCCD số: {b.cccd}", hang=6.0)
    p.field(f"Địa chỉ thường trú: {a.home}", hang=6.0)
    p.field(f"Cấp ngày {dmy(day)} - Sở Tài nguyên và Môi trường tỉnh Thái Nguyên", hang=6.0)
    p.field("Số vào sổ cấp GCN: CH 02594", style="b")
    p.line("CQ 038217", "b", 14.0, align="r")
    p.gap(6.0)
    top = p.y
    G.sign(p, None, [L("SAO Y BẢN CHÍNH", "b", 11.0, rule=-1), L("Số: 604/SY-UBND", "r", 10.0),
                     L(f"Kha Sơn, ngày {dmy(date(2025, 4, 21))}", "i", 10.0),
                     L("TM. UBND XÃ KHA SƠN", "b", 10.0), L(space=14.0),
                     L("Dương Văn Kiên", "b", 10.5)], rbox=(100.0, 186.0))
    p.rect((98.0, 188.0, top - 2.0, p.y + 1.0), width=0.4)
    fields = {"so_ky_hieu": "CH 02594", "ngay_ban_hanh": day.isoformat(), "ho_ten": a.upper,
              "so_cccd": a.cccd,
              "co_quan_ban_hanh": "Sở Tài nguyên và Môi trường tỉnh Thái Nguyên"}
    return Paper("giay_chung_nhan_qsdd", "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở "
                 "và tài sản khác gắn liền với đất", "gcn_2009", [p], fields, head)


def cam_ket_lien_ke(mk: Maker, req: Person, neighbour: Person, day: date) -> Paper:
    """BẢN CAM KẾT BẢO ĐẢM AN TOÀN ĐỐI VỚI CÔNG TRÌNH LIỀN KỀ, the neighbour named after the
    one who signs it, with his own identity number."""
    p = mk.page("serif", 12.0, (25.0, 188.0), 16.0)
    centred_motto(p, 12.0)
    head = boxed_title(p, ["BẢN CAM KẾT", "BẢO ĐẢM AN TOÀN ĐỐI VỚI CÔNG TRÌNH LIỀN KỀ"], 13.0)
    p.field(f"Tôi là: {req.upper}      Sinh ngày: {dmy(req.born)}")
    p.field(f"Căn cước công dân số: {req.cccd}")
    p.field(f"Chủ đầu tư xây dựng nhà ở tại: thửa đất số 204, tờ bản đồ số 9, xóm Trại, {KHA_SON}",
            hang=8.0)
    p.field(f"Công trình liền kề: nhà ở của hộ ông {neighbour.name}, CCCD số {neighbour.cccd}, "
            "thửa đất số 205 (phía Đông).", hang=8.0)
    p.p("Tôi cam kết: trong quá trình thi công sẽ có biện pháp chống đỡ, che chắn bảo đảm an "
        "toàn cho công trình liền kề; nếu để xảy ra lún, nứt, hư hỏng tôi xin chịu hoàn toàn "
        "trách nhiệm bồi thường theo quy định của pháp luật.", indent=8.0)
    p.gap(4.0)
    p.right(f"Kha Sơn, ngày {dmy(day, pad=False)}", "i", 12.0)
    sign_both(p, signer(["Chủ công trình liền kề"], neighbour.name, "(ký, ghi rõ họ tên)", 20.0),
              signer(["Người cam kết"], req.name, "(ký, ghi rõ họ tên)", 20.0))
    fields = {"ho_ten": req.upper, "so_cccd": req.cccd, "ngay_ban_hanh": day.isoformat()}
    return Paper("giay_cam_doan", "Bản cam kết bảo đảm an toàn đối với công trình liền kề",
                 "cam_ket", [p], fields, head)


def hop_dong_thiet_ke(mk: Maker, a: Person, day: date) -> Paper:
    """HỢP ĐỒNG TƯ VẤN THIẾT KẾ XÂY DỰNG on a company's letterhead; the company's tax code and
    a 12-digit bank account are not the client's number."""
    p = mk.page("sans", 10.0, (18.0, 194.0), 12.0)
    p.line("CÔNG TY TNHH TƯ VẤN KIẾN TRÚC SÔNG CẦU", "b", 12.0, align="c")
    p.line("Tổ 5, phường Phan Đình Phùng, TP Thái Nguyên - MST: 4601582736", "r", 9.0, align="c")
    p.hline(14.0, 198.0, p.y + 0.5, 0.5)
    p.gap(3.0)
    centred_motto(p, 11.0)
    p.line("Số: 27/2025/HĐTK-SC", "r", 10.0, align="r")
    head = title(p, "HỢP ĐỒNG TƯ VẤN THIẾT KẾ XÂY DỰNG", 13.5)
    p.field("Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014 và Luật sửa đổi, bổ sung năm 2020;",
            style="i", hang=4.0)
    p.field(f"Hôm nay, {in_words(day)}, tại văn phòng Công ty, chúng tôi gồm:", hang=4.0)
    p.field(f"BÊN GIAO THẦU (Bên A): Ông {a.upper}", style="b")
    p.field(f"CCCD: {a.cccd}; địa chỉ: {a.home}", hang=4.0)
    p.field("BÊN NHẬN THẦU (Bên B): CÔNG TY TNHH TƯ VẤN KIẾN TRÚC SÔNG CẦU", style="b")
    p.field("Đại diện: Ông Hà Minh Quân - Giám đốc; Tài khoản: 102873645519 tại VietinBank "
            "chi nhánh Thái Nguyên", hang=4.0)
    for art in ("Điều 1. Bên B lập hồ sơ thiết kế bản vẽ thi công nhà ở 03 tầng tại thửa đất số "
                "204, tờ bản đồ số 9, xã Kha Sơn, phục vụ xin phép xây dựng.",
                "Điều 2. Giá trị hợp đồng: 18.500.000 đồng (Mười tám triệu năm trăm nghìn "
                "đồng), thanh toán 02 lần bằng chuyển khoản.",
                "Điều 3. Thời gian thực hiện: 20 ngày kể từ ngày ký. Bên B giao 07 bộ hồ sơ "
                "thiết kế.",
                "Điều 4. Hai bên cam kết thực hiện đúng hợp đồng; tranh chấp được giải quyết "
                "tại Tòa án có thẩm quyền."):
        p.field(art, hang=4.0)
    p.gap(2.0)
    sign_both(p, signer(["ĐẠI DIỆN BÊN A"], a.name, "", 18.0, 11.0),
              signer(["ĐẠI DIỆN BÊN B", "GIÁM ĐỐC"], "Hà Minh Quân", "", 18.0, 11.0))
    fields = {"so_ky_hieu": "27/2025/HĐTK-SC", "ngay_ban_hanh": day.isoformat(),
              "ho_ten": a.upper, "so_cccd": a.cccd}
    return Paper("hop_dong", "Hợp đồng tư vấn thiết kế xây dựng", "hop_dong_thiet_ke", [p],
                 fields, head)


def anh_hien_trang(mk: Maker) -> Paper:
    """A sheet of four photographs of the site with captions and no title."""
    p = mk.page("sans", 10.0, (20.0, 190.0), 20.0)
    captions = ("Ảnh 1: Mặt tiền thửa đất nhìn từ đường liên xóm",
                "Ảnh 2: Ranh giới phía Đông giáp nhà ông Lương Văn Sáu",
                "Ảnh 3: Ranh giới phía Tây giáp đất trồng lúa",
                "Ảnh 4: Hiện trạng công trình cũ đã tháo dỡ")
    for k, cap in enumerate(captions):
        top = 22.0 + k * 64.0
        p.rect((45.0, 165.0, top, top + 50.0), outline=(90, 90, 90),
               fill=(150 + 15 * k, 150 + 10 * k, 150 + 5 * k))
        p.y = top + 52.0
        p.line(cap, "i", 10.0, align="c")
    return Paper("other", "Ảnh chụp hiện trạng", "anh_hien_trang", [p], {}, None)


def dossier_building(mk: Maker) -> tuple[str, Dossier]:
    """Cấp giấy phép xây dựng nhà ở riêng lẻ in Thái Nguyên: receipt, application (2 p.),
    certified copy of the land certificate, undertaking to the neighbour, design contract,
    photographs; it lacks the design drawings."""
    home = f"xóm Trại, {KHA_SON}"
    req = mk.person("Lương Văn Đạt", "1986-09-14", True, "019", home)
    wife = mk.person("Ngô Thị Thủy", "1988-12-03", False, "019", home)
    neighbour = mk.person("Lương Văn Sáu", "1959-04-21", True, "019", home)
    code = "000.23.19.H53-250424-0158"
    desk = Desk(("TRUNG TÂM HÀNH CHÍNH CÔNG", "HUYỆN PHÚ BÌNH"),
                "Trung tâm Hành chính công huyện Phú Bình", False,
                ("PHIẾU TIẾP NHẬN HỒ SƠ", "VÀ HẸN TRẢ KẾT QUẢ"),
                "Phiếu tiếp nhận hồ sơ và hẹn trả kết quả", "Thủ tục", "Dương Thị Hải Yến",
                "boxed", "sans")
    procedure = "Cấp giấy phép xây dựng đối với nhà ở riêng lẻ"
    visit = Visit(code, datetime(2025, 4, 24, 15, 36), datetime(2025, 5, 15, 15, 30), req,
                  procedure, ("Đơn đề nghị cấp giấy phép xây dựng",
                              "Bản sao Giấy chứng nhận QSDĐ có chứng thực",
                              "Bản cam kết bảo đảm an toàn công trình liền kề",
                              "Hợp đồng tư vấn thiết kế", "Ảnh chụp hiện trạng"),
                  "158/TN-HCC")
    papers = [receipt(mk, desk, visit, qr=True),
              don_gpxd(mk, req, date(2025, 4, 22)),
              gcn_copy(mk, (req, wife), date(2019, 5, 11)),
              cam_ket_lien_ke(mk, req, neighbour, date(2025, 4, 20)),
              hop_dong_thiet_ke(mk, req, date(2025, 3, 3)),
              anh_hien_trang(mk)]
    return "gpxd_nha_o_rieng_le", Dossier(code, procedure, ["Bản vẽ thiết kế xây dựng"], papers)
