"""The loose papers of the eleventh held-apart set of kinds the classifier does not know: titles
a letter or a word away from known ones (*BẢNG KÊ KHAI THÁC* beside *BẢN KÊ KHAI*, *GIẤY BẢO
LÃNH* beside *GIẤY BÁO TỬ*, *GIẤY CHỨNG NHẬN ĐĂNG KÝ QUYỀN TÁC GIẢ* beside the registration
certificates, *GIẤY NHẬN NỢ* beside *PHIẾU NHẬN HỒ SƠ*, *SỔ KHÁM SỨC KHỎE* beside *GIẤY KHÁM
SỨC KHỎE*, *CHỨNG TỪ KHẤU TRỪ THUẾ* beside *CHỨNG TỪ NỘP THUẾ*, *ĐƠN ĐẶT HÀNG* beside *ĐƠN
ĐĂNG KÝ*, *QUYẾT TOÁN* beside *QUYẾT ĐỊNH*), a handbook of procedures in two columns, and two
with no title (a weighbridge's printed ticket, a page of a copy shop's ledger written by
hand)."""

from __future__ import annotations

from datetime import date

from page11 import (
    HAND,
    L,
    Maker,
    Page,
    Paper,
    dotted,
    put_in,
    rows,
    sign_both,
    sign_right,
    signer,
    title,
    words,
)


def _other(kind: str, label: str, pages: list[Page], head: str | None) -> Paper:
    return Paper("other", label, kind, pages, {}, head)


def papers(mk: Maker) -> list[Paper]:
    """The papers, in scan order."""
    out: list[Paper] = []

    a = mk.page("int", 9.5, (14.0, 196.0), 14.0)
    a.line("CHI CỤC THỦY SẢN VÀ KIỂM NGƯ TỈNH QUẢNG NGÃI", "b", 10.0, align="c")
    a.gap(2.0)
    head = title(a, "BẢNG KÊ KHAI THÁC THỦY SẢN", 14.0, ("(Nhật ký khai thác - chuyến biển số "
                                                        "04/2026)",))
    rows(a, ["Tên tàu: QNg 90417 TS     Chủ tàu: Huỳnh Văn Tám",
             "Số định danh chủ tàu: 051071003486     Cảng đi: Sa Kỳ, ngày 02/3/2026",
             "Giấy phép khai thác số: 51/2025/QNg-GPKTTS, có giá trị đến 31/12/2026"])
    a.table([16.0, 30.0, 44.0, 40.0, 26.0, 26.0],
            [["Mẻ", "Ngày", "Vị trí (vĩ độ/kinh độ)", "Loài chính", "Sản lượng (kg)",
              "Ngư cụ"],
             ["1", "04/3/2026", "15°02'N - 110°17'E", "Cá ngừ vằn", "820", "Lưới vây"],
             ["2", "05/3/2026", "14°58'N - 110°31'E", "Cá ngừ vằn, cá nục", "1.140", "Lưới vây"],
             ["3", "07/3/2026", "14°41'N - 110°48'E", "Mực xà", "390", "Câu"],
             ["", "", "", "Cộng", "2.350", ""]], aligns="cccccc", pt=9.0)
    sign_both(a, signer(["Thuyền trưởng"], "Huỳnh Văn Tám", space=10.0, pt=9.5),
              signer(["Cán bộ kiểm tra tại cảng"], "Trương Thị Sen", space=10.0, pt=9.5))
    out.append(_other("bang_ke_khai_thac_thuy_san", "Bảng kê khai thác thủy sản", [a], head))

    b = mk.page("dis", 11.0, (22.0, 190.0), 14.0, color=True)
    b.line("NGÂN HÀNG TMCP HÀNG HẢI VIỆT NAM - CHI NHÁNH HẠ LONG", "b", 11.0, align="c")
    b.hline(40.0, 170.0, b.y, 0.6, fill=(20, 60, 140))
    b.gap(6.0)
    head = title(b, "GIẤY BẢO LÃNH", 17.0, ("Bảo lãnh thực hiện hợp đồng - số BL26/0417",))
    rows(b, ["Kính gửi: Ban Quản lý dự án đầu tư xây dựng tỉnh Quảng Ninh",
             "Theo đề nghị của Công ty TNHH Xây dựng Bạch Đằng Xanh (mã số doanh nghiệp "
             "5701847392), tài khoản số 301028846215 mở tại Ngân hàng,",
             "Ngân hàng cam kết bảo lãnh thực hiện hợp đồng số 07/2026/HĐXD ngày 02/3/2026 với "
             "số tiền tối đa 1.250.000.000 đồng (Một tỷ hai trăm năm mươi triệu đồng).",
             "Thời hạn bảo lãnh: từ ngày 06/3/2026 đến hết ngày 30/11/2026.",
             "Ngân hàng thanh toán trong 05 ngày làm việc kể từ khi nhận văn bản yêu cầu hợp lệ."])
    b.line(f"Hạ Long, {words(date(2026, 3, 6), pad=True)}", "i", 11.0, align="r")
    sign_right(b, signer(["KT. GIÁM ĐỐC CHI NHÁNH", "PHÓ GIÁM ĐỐC"], "Bùi Thị Thanh Hương",
                         space=14.0, pt=11.0), seal=True)
    out.append(_other("giay_bao_lanh_ngan_hang", "Giấy bảo lãnh", [b], head))

    c = mk.page("gar", 12.5, (26.0, 186.0), 20.0, dpi=300, color=True)
    c.rect((14.0, 196.0, 12.0, 236.0), width=1.6, outline=(160, 120, 30))
    c.center("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "r", 12.0)
    c.center("CỤC BẢN QUYỀN TÁC GIẢ", "r", 13.0)
    c.gap(8.0)
    head = title(c, "GIẤY CHỨNG NHẬN\nĐĂNG KÝ QUYỀN TÁC GIẢ", 19.0)
    rows(c, ["Số: 1472/2026/QTG", "Tác phẩm: \"Làng nghề bánh đa Vĩnh Yên\" (tác phẩm nhiếp ảnh, "
             "bộ 12 ảnh)", "Loại hình: tác phẩm nhiếp ảnh",
             "Tác giả, chủ sở hữu: Vi Thị Hồng Loan     Quốc tịch: Việt Nam",
             "Số CCCD: 025186001937", "Ngày hoàn thành: 10/11/2025     Công bố: chưa công bố"],
         pt=12.0)
    c.line(f"Hà Nội, {words(date(2026, 1, 30), pad=True)}", "i", 12.5, align="r")
    sign_right(c, signer(["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG"], "Trần Hoàng", space=14.0,
                         pt=12.0), seal=True)
    out.append(_other("gcn_dang_ky_quyen_tac_gia", "Giấy chứng nhận đăng ký quyền tác giả", [c],
                      head))

    d = mk.page("gar", 12.5, (24.0, 188.0), 16.0)
    head = title(d, "GIẤY NHẬN NỢ", 16.0)
    for label, value in (("Tôi tên là:", "Đoàn Thị Thu Thủy"),
                         ("Số định danh:", "034193008127"),
                         ("Có vay của ông/bà:", "Nghiêm Xuân Bách"),
                         ("Số tiền:", "20.000.000 đ (hai mươi triệu đồng)"),
                         ("Mục đích:", "nhập hàng cho ki-ốt số 12 chợ Vĩnh Yên"),
                         ("Hẹn trả:", "trước ngày 30/6/2026, lãi 0,8%/tháng")):
        dotted(d, label, value, pt=12.5)
    d.p("Nếu đến hạn không trả đủ, tôi xin chịu trách nhiệm trước pháp luật; giấy viết thành "
        "hai bản, mỗi bên giữ một bản.", pt=12.0, align="j")
    dotted(d, "Vĩnh Yên, ngày", "15/3/2026", pt=12.5, x1=140.0)
    sign_both(d, signer(["Người cho vay"], "Nghiêm Xuân Bách", space=12.0, pt=12.0),
              signer(["Người nhận nợ"], "Đoàn Thị Thu Thủy", space=12.0, pt=12.0))
    out.append(_other("giay_nhan_no_viet_tay", "Giấy nhận nợ", [d], head))

    e = mk.page("int", 10.0, (20.0, 190.0), 16.0)
    e.line("CÔNG TY TNHH GIÀY DA PHÚ THỊNH - PHÒNG Y TẾ", "b", 10.0, align="c")
    e.gap(4.0)
    head = title(e, "SỔ KHÁM SỨC KHỎE ĐỊNH KỲ", 16.0)
    rows(e, ["Họ và tên: Kiều Thị Phương     Năm sinh: 1990     Nữ",
             "Bộ phận: may mũ giày     Mã nhân viên: PT-08127",
             "Số CCCD: 075190012846"])
    e.table([34.0, 70.0, 30.0, 36.0],
            [["Lần khám", "Kết luận", "Phân loại", "Bác sĩ"],
             ["06/2024", "Viêm mũi dị ứng", "II", "Lê Văn Phong"],
             ["06/2025", "Bình thường", "I", "Lê Văn Phong"],
             ["03/2026", "Cận thị nhẹ, đề nghị đeo kính", "II", "Vũ Ngọc Bích"]],
            aligns="clcl", pt=9.5)
    out.append(_other("so_kham_suc_khoe_dinh_ky", "Sổ khám sức khỏe định kỳ", [e], head))

    f = mk.page("int", 9.5, (16.0, 194.0), 12.0)
    f.pair([L("CÔNG TY TNHH ĐIỆN TỬ KINH BẮC", "b", 9.5, align="l"),
            L("MST: 2400918375", "r", 9.5, align="l")],
           [L("Mẫu số: 03/TNCN", "r", 9.5, align="l"), L("Ký hiệu: KB/2026/E", "r", 9.5,
                                                          align="l"),
            L("Số: 0000318", "r", 9.5, align="l")], (16.0, 130.0), (140.0, 196.0))
    f.gap(3.0)
    head = title(f, "CHỨNG TỪ KHẤU TRỪ THUẾ THU NHẬP CÁ NHÂN", 13.5)
    rows(f, ["I. THÔNG TIN NGƯỜI NỘP THUẾ",
             "Họ và tên: Thân Thị Ngọc Ánh     Mã số thuế: 8427115930",
             "Cá nhân cư trú: có     Số tài khoản nhận lương: 104871290356",
             "II. THÔNG TIN THUẾ THU NHẬP CÁ NHÂN KHẤU TRỪ",
             "Khoản thu nhập: tiền lương, tiền công     Thời điểm trả: tháng 01-02/2026",
             "Tổng thu nhập chịu thuế đã trả: 13.560.000 đồng",
             "Số thuế thu nhập cá nhân đã khấu trừ: 0 đồng"], pt=9.5)
    sign_right(f, signer(["ĐẠI DIỆN TỔ CHỨC TRẢ THU NHẬP"], "Ký bởi: CÔNG TY TNHH ĐIỆN TỬ KINH "
                         "BẮC", space=8.0, pt=9.5))
    out.append(_other("chung_tu_khau_tru_tncn", "Chứng từ khấu trừ thuế thu nhập cá nhân", [f],
                      head))

    g = mk.page("dis", 10.5, (20.0, 190.0), 14.0)
    g.line("HỢP TÁC XÃ CHÈ TÂN CƯƠNG XANH", "b", 11.0, align="c")
    g.line("xóm Hồng Thái 2, xã Tân Cương, tỉnh Thái Nguyên - ĐT: 0208 3741 226", "r", 9.5,
           align="c")
    g.gap(4.0)
    head = title(g, "ĐƠN ĐẶT HÀNG", 16.0, ("Số: ĐH-0326/17",))
    rows(g, ["Bên mua: Công ty TNHH Trà Việt Phương Nam, 44 Nguyễn Trãi, TP. Hồ Chí Minh",
             "Người liên hệ: Lâm Bảo Trâm - 0903 118 452",
             "Giao hàng: trước ngày 05/4/2026 tại kho Thủ Đức"])
    g.table([12.0, 80.0, 22.0, 28.0, 28.0],
            [["TT", "Sản phẩm", "Số lượng", "Đơn giá", "Thành tiền"],
             ["1", "Chè búp Tân Cương loại đặc biệt (hộp 200 g)", "300", "185.000", "55.500.000"],
             ["2", "Chè nõn tôm (túi 500 g)", "120", "320.000", "38.400.000"],
             ["", "Cộng", "", "", "93.900.000"]], aligns="clccc", pt=9.5)
    g.line("Thanh toán: chuyển khoản 50% khi đặt, 50% khi nhận hàng, TK 8801 2046 7319.", "r",
           9.5)
    sign_both(g, signer(["Bên mua"], "Lâm Bảo Trâm", space=10.0, pt=10.0),
              signer(["Bên bán"], "Nguyễn Thị Lâm", space=10.0, pt=10.0))
    out.append(_other("don_dat_hang_che", "Đơn đặt hàng", [g], head))

    q = mk.page("gar", 12.0, (22.0, 190.0), 14.0)
    q.line("TỔ DÂN PHỐ ĐỒNG TÂM - PHƯỜNG VĨNH YÊN", "r", 12.0, align="c")
    q.gap(4.0)
    head = title(q, "QUYẾT TOÁN KINH PHÍ\nSỬA CHỮA NHÀ VĂN HÓA TỔ DÂN PHỐ", 15.0)
    q.table([12.0, 90.0, 30.0, 36.0],
            [["TT", "Nội dung chi", "Số chứng từ", "Số tiền (đ)"],
             ["1", "Thay mái tôn, xà gồ", "HĐ 0000217", "38.600.000"],
             ["2", "Sơn lại tường, trần", "HĐ 0000231", "12.450.000"],
             ["3", "Lắp quạt trần, đèn", "PC 14", "6.980.000"],
             ["", "Tổng chi", "", "58.030.000"],
             ["", "Nguồn: phường hỗ trợ 40.000.000; nhân dân đóng góp 18.030.000", "", ""]],
            aligns="lllc", pt=11.0)
    q.p("Quyết toán được thông qua tại cuộc họp tổ dân phố ngày 08/3/2026, niêm yết công khai "
        "tại nhà văn hóa 15 ngày.", pt=12.0, align="j")
    sign_both(q, signer(["Người lập"], "Đỗ Thị Quyên", space=12.0, pt=12.0),
              signer(["Tổ trưởng tổ dân phố"], "Lưu Văn Khang", space=12.0, pt=12.0))
    out.append(_other("quyet_toan_nha_van_hoa", "Quyết toán kinh phí", [q], head))

    n = mk.page("gar", 11.0, (16.0, 194.0), 14.0)
    n.line("UBND PHƯỜNG TRƯỜNG VINH - SỐ 3, THÁNG 3/2026", "r", 10.0, align="c")
    head = title(n, "CẨM NANG THỦ TỤC HÀNH CHÍNH", 20.0)
    n.hline(16.0, 194.0, n.y, 0.8)
    n.gap(3.0)
    top = n.y
    n.x0, n.x1 = 16.0, 102.0
    n.head("Đổi giấy phép lái xe: những điều cần biết", pt=11.5)
    n.p("Từ ngày 01/3/2025, việc đổi, cấp lại giấy phép lái xe do Công an thực hiện. Người dân "
        "có thể nộp trực tuyến trên Cổng Dịch vụ công hoặc ứng dụng VNeID; giấy khám sức khỏe "
        "được liên thông điện tử nên không cần nộp bản giấy nếu cơ sở khám đã cập nhật.",
        pt=11.0, align="j")
    n.p("Giấy phép lái xe hạng B2 cấp trước ngày 01/01/2025 được đổi sang hạng B hoặc C1 tùy "
        "loại xe được điều khiển; lệ phí 135.000 đồng.", pt=11.0, align="j")
    n.y = top
    n.x0, n.x1 = 108.0, 194.0
    n.head("Cấp bản sao văn bằng từ sổ gốc", pt=11.5)
    n.p("Cơ quan đang quản lý sổ gốc cấp bản sao văn bằng; người yêu cầu có thể ủy quyền cho "
        "người khác nộp thay. Khi bản chính bị hư hỏng, bản sao từ sổ gốc có giá trị sử dụng "
        "thay cho bản chính trong các giao dịch.", pt=11.0, align="j")
    n.p("Lịch tiếp công dân tháng 4: thứ Năm hằng tuần, tại phòng một cửa phường.", pt=11.0,
        align="j")
    n.x0, n.x1 = 16.0, 194.0
    out.append(_other("cam_nang_tthc_hai_cot", "Cẩm nang thủ tục hành chính", [n], head))

    s = mk.page("int", 10.0, (40.0, 170.0), 24.0)
    s.rect((34.0, 176.0, 18.0, 132.0), width=0.3)
    s.line("TRẠM CÂN ĐIỆN TỬ 60 TẤN - HTX VẬN TẢI ĐỒNG TÂM", "b", 10.0, align="c")
    s.line("QL2, phường Vĩnh Yên - ĐT 0211 3862 419", "r", 9.0, align="c")
    s.gap(3.0)
    for label, value in (("Số phiếu", "PC-2603-01874"), ("Biển số xe", "88H-047.19"),
                         ("Khách hàng", "Cơ sở bánh đa nem Hương Canh"),
                         ("Hàng hóa", "Gạo tẻ nguyên liệu"),
                         ("Cân lần 1 (tổng)", "14.860 kg   08:12 17/03/2026"),
                         ("Cân lần 2 (bì)", "6.920 kg   08:47 17/03/2026"),
                         ("Khối lượng hàng", "7.940 kg"),
                         ("Nhân viên cân", "Nguyễn Văn Cường")):
        s.segs([(0.0, label), (44.0, f": {value}")], pt=10.0)
    s.gap(2.0)
    s.line("Phiếu in tự động - không có giá trị thanh toán", "i", 9.0, align="c")
    out.append(_other("phieu_tram_can_khong_tieu_de", "Phiếu trạm cân", [s], None))

    h = mk.page("gar", 12.0, (30.0, 184.0), 24.0)
    for x in (30.0, 44.0, 120.0, 152.0):
        h.vline(x, 20.0, 200.0, 0.3, fill=(190, 80, 80))
    y = 32.0
    for row in (("10/3", "Bà Tư - sao y sổ đỏ 3 bộ", "30.000", "đã thu"),
                ("10/3", "A. Quyết - photo GPLX + CCCD", "4.000", "đã thu"),
                ("11/3", "Chị Ánh - photo sổ BHXH 2 tờ", "2.000", "nợ"),
                ("12/3", "Ô. Bửu - ép plastic giấy KH", "10.000", "đã thu"),
                ("13/3", "cộng tuần", "46.000", "")):
        for x, t in zip((31.0, 46.0, 122.0, 154.0), row, strict=True):
            put_in(h, "hand", x, y, t, "r", 13.0, HAND)
        h.lines.append(" ".join(t for t in row if t))
        h.hline(30.0, 184.0, y + 2.5, 0.2, fill=(170, 190, 220))
        y += 11.0
    h.y = 210.0
    out.append(_other("trang_so_ghi_chep_tay", "Trang sổ ghi chép", [h], None))
    return out
