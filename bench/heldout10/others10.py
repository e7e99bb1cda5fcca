"""The loose papers of the tenth held-apart set of kinds the classifier does not know: titles
a letter or a word away from known ones (*THÔNG TƯ* beside *THÔNG BÁO*, *SỔ HỘ NGHÈO* beside
*SỔ HỘ KHẨU*, *THƯ MỜI* beside *GIẤY MỜI*, *GIẤY CÔNG NHẬN* beside *GIẤY CHỨNG NHẬN*, *ĐƠN
GIÁ* beside the *ĐƠN* of applications, *LÝ LỊCH KHOA HỌC* beside *LÝ LỊCH TỰ KHAI*, *BẢN ĐĂNG
KÝ MẪU CHỮ KÝ* beside *ĐƠN ĐĂNG KÝ* and *BẢN KHAI*, *QUY TRÌNH* beside *QUYẾT ĐỊNH*, *SỔ THEO
DÕI* beside the books), and two with no title (a copy shop's till slip, a family tree drawn
by hand)."""

from __future__ import annotations

from datetime import date

from page10 import (
    HAND,
    L,
    Maker,
    Page,
    Paper,
    rows,
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

    a = mk.page()
    a.pair([L("VĂN PHÒNG CHÍNH PHỦ", "b", 12.0, rule=24.0)],
           [L("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", 11.5, rule=0.0),
            L("Độc lập - Tự do - Hạnh phúc", "b", 12.0, rule=-1)], (10.0, 88.0), (84.0, 204.0))
    a.gap(4.0)
    head = title(a, "THÔNG TƯ", 15.0, ("Hướng dẫn một số nội dung và biện pháp thi hành trong số "
                                       "hóa hồ sơ, kết quả giải quyết thủ tục hành chính",))
    a.p("Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện "
        "thủ tục hành chính trên môi trường điện tử; Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ "
        "ban hành Thông tư hướng dẫn.", align="j")
    a.p("Điều 5. Số hóa hồ sơ: bản chụp có độ phân giải tối thiểu 200 dpi, định dạng PDF, "
        "màu hoặc đen trắng; mỗi thành phần hồ sơ một tệp.", align="j")
    a.p("Điều 6. Kết quả số hóa được ký số bởi cán bộ, công chức tiếp nhận và lưu trữ trong "
        "Kho quản lý dữ liệu điện tử của tổ chức, cá nhân.", align="j")
    a.line("(Trang 3/12 - bản in từ Cơ sở dữ liệu quốc gia về văn bản pháp luật)", "i", 10.0,
           align="c")
    out.append(_other("thong_tu_trich_in", "Thông tư", [a], head))

    b = mk.page("san", 10.5, (20.0, 190.0), 16.0)
    b.rect((14.0, 196.0, 10.0, 200.0), width=0.6)
    b.center("ỦY BAN NHÂN DÂN XÃ PHÚ TÂN", "b", 11.0)
    b.gap(6.0)
    head = title(b, "SỔ HỘ NGHÈO", 20.0, ("Giai đoạn 2022 - 2025",))
    rows(b, ["Họ và tên chủ hộ: LA VĂN SANG     Năm sinh: 1963",
             "Địa chỉ: ấp Phú Hòa, xã Phú Tân, tỉnh Cà Mau",
             "Mã hộ: 96-06-0417     Số nhân khẩu: 05",
             "Thiếu hụt: việc làm; bảo hiểm y tế; nhà ở (nhà tạm, mái lá)",
             "Năm 2023: hộ nghèo     Năm 2024: hộ nghèo     Năm 2025: hộ cận nghèo"])
    b.line(f"Phú Tân, {words(date(2022, 3, 15))}", "i", 10.5, align="r")
    sign_right(b, signer(["CHỦ TỊCH"], "Lâm Thanh Nhã", space=12.0, pt=10.5), seal=True)
    out.append(_other("so_ho_ngheo", "Sổ hộ nghèo", [b], head))

    c = mk.page("dis", 11.0, (22.0, 188.0), 16.0, color=True)
    c.line("HỘI LƯU TRỮ HỌC VIỆT NAM - CHI HỘI PHÍA NAM", "b", 11.0, align="c")
    c.hline(40.0, 170.0, c.y, 0.6, fill=(20, 80, 150))
    c.gap(6.0)
    head = title(c, "THƯ MỜI", 17.0, ("Hội thảo \"Lưu trữ điện tử ở cấp xã sau sắp xếp\"",))
    rows(c, ["Kính gửi: Trung tâm Phục vụ hành chính công tỉnh Đồng Nai",
             "Chi hội trân trọng kính mời Quý Trung tâm cử 01 đại biểu tham dự và chia sẻ kinh "
             "nghiệm số hóa hồ sơ tại Bộ phận Một cửa.",
             "Thời gian: 08 giờ 00, ngày 24/4/2026 (thứ Sáu).",
             "Địa điểm: phòng hội thảo A2, số 181 Lê Đức Thọ, TP. Hồ Chí Minh.",
             "Xác nhận tham dự trước ngày 17/4/2026 qua thư điện tử luutruphianam@hoi.vn."])
    sign_right(c, signer(["TM. BAN CHẤP HÀNH", "CHI HỘI TRƯỞNG"], "TS. Phạm Ngọc Diệp",
                         space=14.0, pt=11.0), seal=True)
    out.append(_other("thu_moi_hoi_thao", "Thư mời", [c], head))

    d = mk.page("ser", 13.0, (30.0, 180.0), 34.0, color=True)
    d.rect((16.0, 194.0, 16.0, 196.0), width=2.0, outline=(200, 150, 30))
    d.center("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM PHƯỜNG CAM RANH", "b", 11.5)
    d.center("BAN CÔNG TÁC MẶT TRẬN TỔ DÂN PHỐ NGHĨA CAM", "b", 11.5)
    d.gap(6.0)
    head = title(d, "GIẤY CÔNG NHẬN", 24.0, ("Gia đình văn hóa năm 2025",))
    d.center("Công nhận gia đình", "i", 13.0)
    d.center("Ông LÊ VĂN PHÚC và Bà NGUYỄN THỊ KIM SA", "b", 15.0)
    d.center("Đạt danh hiệu \"Gia đình văn hóa\" 03 năm liền (2023 - 2025)", "r", 13.0)
    d.line(f"Nghĩa Cam, {words(date(2025, 12, 20))}", "i", 12.5, align="r")
    sign_right(d, signer(["TRƯỞNG BAN"], "Võ Văn Bảy", space=14.0))
    out.append(_other("giay_cong_nhan_gia_dinh_van_hoa", "Giấy công nhận gia đình văn hóa",
                      [d], head))

    e = mk.page("san", 10.0, (18.0, 192.0), 14.0)
    e.line("Phụ lục kèm theo Quyết định số 48/2025/QĐ-UBND ngày 29/12/2025 của UBND tỉnh",
           "i", 10.0, align="c")
    head = title(e, "ĐƠN GIÁ BỒI THƯỜNG CÂY TRỒNG, VẬT NUÔI\nKHI NHÀ NƯỚC THU HỒI ĐẤT", 13.5)
    e.table([12.0, 74.0, 40.0, 48.0],
            [["TT", "Loại cây trồng", "Đơn vị tính", "Đơn giá (đồng)"],
             ["1", "Cà phê đang thu hoạch (trên 5 năm)", "đồng/cây", "185.000"],
             ["2", "Hồ tiêu đang thu hoạch", "đồng/trụ", "320.000"],
             ["3", "Sầu riêng ghép (trên 4 năm)", "đồng/cây", "1.450.000"],
             ["4", "Lúa nước", "đồng/m2", "6.500"],
             ["5", "Cá nuôi ao (thu hoạch sớm)", "đồng/m2 mặt nước", "12.000"]],
            aligns="clcc", pt=10.0)
    e.line("Đơn giá áp dụng từ ngày 01/01/2026.", "r", 10.0)
    out.append(_other("don_gia_boi_thuong", "Đơn giá bồi thường", [e], head))

    f = mk.page("dis", 11.0, (20.0, 190.0), 14.0)
    head = title(f, "LÝ LỊCH KHOA HỌC", 15.0, ("(Dùng cho cá nhân chủ trì đề tài cấp tỉnh)",))
    f.head("I. THÔNG TIN CHUNG")
    rows(f, ["1. Họ và tên: TS. Phạm Ngọc Diệp     Giới tính: Nữ     Năm sinh: 1982",
             "2. Học hàm, học vị: Tiến sĩ Lưu trữ học (2016)",
             "3. Chức vụ, cơ quan: Phó Trưởng khoa Lưu trữ học và Quản trị văn phòng, "
             "Trường Đại học Nội vụ phía Nam",
             "4. Điện thoại: 0913.618.402   Email: diep.pn@dnvpn.edu.vn"])
    f.head("II. QUÁ TRÌNH ĐÀO TẠO")
    rows(f, ["2000 - 2004: Cử nhân Lưu trữ học, Trường Đại học Khoa học Xã hội và Nhân văn",
             "2010 - 2016: Tiến sĩ, Học viện Hành chính Quốc gia"])
    f2 = mk.page("dis", 11.0, (20.0, 190.0), 14.0)
    f2.head("III. CÔNG TRÌNH ĐÃ CÔNG BỐ")
    rows(f2, ["1. Số hóa tài liệu hộ tịch: từ bản giấy đến dữ liệu, Tạp chí Văn thư Lưu trữ "
              "Việt Nam, số 7/2021",
              "2. Thời hạn bảo quản hồ sơ thủ tục hành chính sau Thông tư số 10/2022/TT-BNV, "
              "Kỷ yếu hội thảo, 2023"])
    f2.line(f"TP. Hồ Chí Minh, {words(date(2026, 2, 2))}", "i", 11.0, align="r")
    sign_right(f2, signer(["NGƯỜI KHAI"], "Phạm Ngọc Diệp", space=12.0, pt=11.0))
    out.append(_other("ly_lich_khoa_hoc", "Lý lịch khoa học", [f, f2], head))

    g = mk.page("san", 10.0, (16.0, 194.0), 14.0)
    g.line("TTPVHCC TỈNH CÀ MAU - ISO 9001:2015", "b", 10.0, align="c")
    head = title(g, "QUY TRÌNH NỘI BỘ\nGIẢI QUYẾT THỦ TỤC CHỨNG THỰC BẢN SAO", 13.5)
    g.table([12.0, 56.0, 58.0, 52.0],
            [["Bước", "Nội dung", "Người thực hiện", "Thời gian"],
             ["1", "Tiếp nhận, kiểm tra bản chính", "Công chức Bộ phận Một cửa", "15 phút"],
             ["2", "Chụp, in, đối chiếu bản sao", "Công chức Tư pháp - Hộ tịch", "30 phút"],
             ["3", "Ký chứng thực, đóng dấu", "Chủ tịch hoặc Phó Chủ tịch", "30 phút"],
             ["4", "Vào sổ, thu lệ phí, trả kết quả", "Công chức Bộ phận Một cửa", "15 phút"]],
            aligns="clll", pt=10.0)
    rows(g, ["Mã hiệu: QT-CT-02     Lần ban hành: 03     Ngày hiệu lực: 01/7/2025"])
    out.append(_other("quy_trinh_noi_bo", "Quy trình nội bộ", [g], head))

    m = mk.page("san", 10.5, (18.0, 192.0), 14.0)
    m.line("NGÂN HÀNG TMCP SÔNG TIỀN - PHÒNG GIAO DỊCH SA ĐÉC", "b", 10.5)
    m.gap(2.0)
    head = title(m, "BẢN ĐĂNG KÝ MẪU CHỮ KÝ, MẪU DẤU", 14.0)
    rows(m, ["Tên chủ tài khoản: HỘ KINH DOANH TIỆM VÀNG KIM PHÁT",
             "Số tài khoản: 703012846650     Loại tài khoản: thanh toán",
             "Người đại diện: Trần Kim Phát, CCCD 087080006143"])
    for k, label in enumerate(("Chữ ký thứ nhất", "Chữ ký thứ hai", "Mẫu dấu")):
        top = m.y + 2.0
        m.rect((18.0 + k * 58.0, 72.0 + k * 58.0, top, top + 36.0), width=0.3)
        m.put(21.0 + k * 58.0, top + 5.0, label, "i", 9.5)
        if k < 2:
            m.scribble((24.0 + k * 58.0, 66.0 + k * 58.0, top + 10.0, top + 32.0))
    m.y += 42.0
    m.line("Ngày đăng ký: 02/02/2026     Giao dịch viên: Nguyễn Thị Thu Ba", "r", 10.0)
    out.append(_other("mau_chu_ky_dau", "Bản đăng ký mẫu chữ ký, mẫu dấu", [m], head))

    r = mk.page("ser", 9.5, (12.0, 198.0), 12.0)
    head = title(r, "SỔ THEO DÕI CHỨNG THỰC BẢN SAO TỪ BẢN CHÍNH", 13.0,
                 ("Quyển số: 01/2026-SCT/BS (trang 41)",))
    r.table([16.0, 22.0, 46.0, 62.0, 16.0, 24.0],
            [["Số CT", "Ngày", "Người yêu cầu", "Tên giấy tờ", "Số bản", "Lệ phí"],
             ["409", "06/4/2026", "Lý Văn Tùng", "Giấy khai sinh", "02", "4.000"],
             ["410", "06/4/2026", "Phạm Thị Ngọc Bích", "Bằng cử nhân", "03", "6.000"],
             ["411", "06/4/2026", "Phạm Thị Ngọc Bích", "Bảng điểm (4 trang)", "03", "24.000"],
             ["414", "06/4/2026", "Đỗ Hữu Nghĩa", "Giấy phép lái xe", "01", "2.000"]],
            aligns="cclllc", pt=9.0)
    out.append(_other("so_theo_doi_chung_thuc", "Sổ theo dõi chứng thực", [r], head))

    t = mk.page("san", 8.5, (70.0, 140.0), 20.0)
    for line in ("PHOTOCOPY - IN ẤN THANH HƯƠNG", "12 Hùng Vương, P. Sa Đéc",
                 "ĐT: 0277.386.5104", "-" * 32,
                 "Photo A4 2 mặt 24 x 500 = 12.000",
                 "Photo màu A4 3 x 3.000 = 9.000",
                 "Ép plastic 2 x 5.000 = 10.000", "-" * 32,
                 "TỔNG CỘNG: 31.000",
                 "Tiền khách đưa: 50.000",
                 "Tiền thối: 19.000", "06/04/2026 08:31 HĐ: 000418",
                 "Cảm ơn quý khách!"):
        r_y = t.y
        t.put(t.x0, r_y + 4.0, line, "r", 8.5)
        t.y = r_y + 4.6
    out.append(_other("phieu_tinh_tien_photo", "Phiếu tính tiền", [t], None))

    f = mk.page("dis", 12.0, (20.0, 190.0), 30.0)
    people = (("Bùi Văn Nhạn (1940 - 2019)", 70.0, 40.0), ("Bùi Thị Nguyệt (1988)", 40.0, 90.0),
              ("Đinh Quang Huy (1985)", 110.0, 90.0), ("Gia Bảo (2014)", 78.0, 140.0))
    for name, x, y in people:
        f.rect((x - 2.0, x + 56.0, y - 7.0, y + 3.0), width=0.3, outline=HAND)
        f.put(x, y, name, "i", 12.0, fill=HAND)
    f.hline(96.0, 96.0, 50.0, 0.3, fill=HAND)
    f.vline(96.0, 43.0, 83.0, 0.3, fill=HAND)
    f.hline(96.0, 138.0, 88.0, 0.3, fill=HAND)
    f.vline(105.0, 93.0, 133.0, 0.3, fill=HAND)
    out.append(_other("so_do_pha_he_tay", "Sơ đồ phả hệ", [f], None))
    return out

