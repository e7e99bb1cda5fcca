"""Papers of kinds the classifier should not type (``doc_type`` "other") in the seventh
held-apart set: what people leave among their papers at a counter — a weather forecast, a
recipe, a library card (colour), a tour programme (2 p.), lottery results, a child's growth
chart, a bank statement with account numbers, an ultrasound report, a photocopied newspaper
article with no title, an appeal letter, a house-warming invitation, a race entry form.
None carries a field of the truth."""

from __future__ import annotations

from page7 import G, L, Maker, Page, Paper, rows, title


def _paper(kind: str, label: str, pages: list[Page], head: str | None) -> Paper:
    return Paper("other", label, kind, pages, {}, head)


def weather(mk: Maker) -> Paper:
    p = mk.page("open", 11.0, (22.0, 190.0), 16.0)
    p.line("ĐÀI KHÍ TƯỢNG THỦY VĂN KHU VỰC ĐÔNG BẮC", "b", 11.0, align="c")
    head = title(p, "DỰ BÁO THỜI TIẾT 3 NGÀY TỚI", 14.5, ("Phát lúc 16 giờ 30 ngày 10/02/2026",))
    p.table([40.0, 50.0, 40.0, 38.0], [
        ["Khu vực", "Hiện tượng", "Nhiệt độ (°C)", "Gió"],
        ["Hạ Long", "Mưa phùn, sương mù sáng", "14 - 19", "Đông Bắc cấp 3"],
        ["Cẩm Phả", "Nhiều mây, không mưa", "13 - 18", "Đông Bắc cấp 3"],
        ["Móng Cái", "Rét đậm, mưa nhỏ", "11 - 15", "Bắc cấp 4"],
        ["Vân Đồn", "Sương mù, biển động", "13 - 17", "Đông Bắc cấp 5"]], aligns="llcl",
        pt=10.5)
    rows(p, ["Cảnh báo: vùng biển vịnh Bắc Bộ có gió mạnh, sóng cao 2 - 3 m; tàu thuyền hạn "
             "chế ra khơi."])
    return _paper("du_bao_thoi_tiet", "Dự báo thời tiết", [p], head)


def recipe(mk: Maker) -> Paper:
    p = mk.page("free", 12.5, (26.0, 186.0), 18.0)
    head = title(p, "CÁCH LÀM BÁNH CUỐN NÓNG", 15.0, ("Cho 4 người ăn",))
    p.head("Nguyên liệu")
    rows(p, ["- 500 g bột gạo tẻ, 50 g bột năng, 1 lít nước", "- 300 g thịt nạc vai xay, "
             "50 g mộc nhĩ, 3 củ hành khô", "- Nước mắm, đường, chanh, ớt, chả lụa, hành phi"])
    p.head("Cách làm")
    for step in ("1. Hòa bột với nước và chút muối, để nghỉ 2 tiếng.",
                 "2. Xào thịt với mộc nhĩ, hành khô cho chín tới, nêm vừa ăn.",
                 "3. Căng vải trên nồi nước sôi, tráng một lớp bột mỏng, đậy vung 30 giây.",
                 "4. Dùng que tre gỡ bánh, cho nhân vào giữa, cuộn lại.",
                 "5. Ăn nóng với nước chấm chua ngọt và chả lụa."):
        p.field(step, hang=6.0)
    return _paper("cong_thuc_nau_an", "Công thức nấu ăn", [p], head)


def library(mk: Maker) -> Paper:
    p = mk.page("open", 10.0, (14.0, 196.0), 20.0, color=True)
    c = G.Card(p, 40.0, 40.0, 1.5)
    c.box(0.0, 85.6, 0.0, 12.0, outline=None, fill=(30, 90, 160))
    c.text(42.8, 8.0, "THƯ VIỆN TỈNH PHÚ THỌ", "b", 4.6, "c")
    c.text(42.8, 18.0, "THẺ BẠN ĐỌC", "b", 6.0, "c")
    c.text(30.0, 26.0, "Họ tên: Đinh Bảo Ngọc Hân", "r", 4.6)
    c.text(30.0, 31.0, "Mã bạn đọc: TV-PT-0218834", "r", 4.6)
    c.text(30.0, 36.0, "Hạn dùng: 31/12/2026", "r", 4.6)
    c.text(30.0, 41.0, "Mượn tối đa 05 cuốn, 14 ngày", "r", 4.2)
    c.box(4.0, 25.0, 16.0, 44.0, outline=None, fill=(150, 150, 150))
    return _paper("the_thu_vien", "Thẻ thư viện", [p], "THẺ BẠN ĐỌC")


def tour(mk: Maker) -> Paper:
    p = mk.page("open", 11.0, (20.0, 192.0), 14.0)
    p.line("DU LỊCH MÂY TRẮNG - Hotline 1900 6188", "b", 11.0, align="c")
    head = title(p, "CHƯƠNG TRÌNH THAM QUAN\nSA PA - FANSIPAN 3 NGÀY 2 ĐÊM", 14.0)
    p.head("Ngày 1: Hà Nội - Sa Pa")
    rows(p, ["06:00 xe đón khách tại phố cổ; 12:00 ăn trưa tại Sa Pa; chiều thăm bản Cát Cát, "
             "thác Tiên Sa; tối tự do dạo chợ đêm."])
    p.head("Ngày 2: Chinh phục Fansipan")
    rows(p, ["Đi tàu hỏa leo núi Mường Hoa, cáp treo lên đỉnh; chiều thăm Hàm Rồng, tối thưởng "
             "thức chương trình văn nghệ dân tộc."])
    q = mk.page("open", 11.0, (20.0, 192.0), 14.0)
    q.head("Ngày 3: Sa Pa - Lai Châu - Hà Nội")
    rows(q, ["Đèo Ô Quy Hồ, cầu kính Rồng Mây; 13:00 lên xe về Hà Nội, về tới khoảng 20:00.",
             "Giá trọn gói: 3.290.000 đồng/khách (khách sạn 3 sao, 6 bữa ăn, vé tham quan).",
             "Không bao gồm: vé cáp treo Fansipan, đồ uống, chi phí cá nhân."])
    return _paper("chuong_trinh_tour", "Chương trình tham quan du lịch", [p, q], head)


def lottery(mk: Maker) -> Paper:
    p = mk.page("open", 11.5, (30.0, 180.0), 18.0)
    head = title(p, "KẾT QUẢ XỔ SỐ KIẾN THIẾT MIỀN BẮC", 14.0, ("Mở thưởng thứ Năm, 05/3/2026",))
    p.table([50.0, 100.0], [
        ["Giải", "Số trúng"], ["Đặc biệt", "41 872"], ["Giải nhất", "20 364"],
        ["Giải nhì", "77 105 - 08 913"], ["Giải ba", "31 026 - 64 471 - 90 358"],
        ["Giải bảy", "12 - 45 - 67 - 89"]], aligns="cc", pt=11.5)
    return _paper("ket_qua_xo_so", "Kết quả xổ số", [p], head)


def growth(mk: Maker) -> Paper:
    p = mk.page("open", 10.5, (20.0, 192.0), 16.0)
    head = title(p, "BIỂU ĐỒ TĂNG TRƯỞNG CỦA TRẺ", 14.0, ("Bé gái từ 0 đến 5 tuổi",))
    x0, x1, top, bottom = 35.0, 185.0, 60.0, 190.0
    p.rect((x0, x1, top, bottom), width=0.4)
    for k in range(1, 6):
        x = x0 + (x1 - x0) * k / 6
        p.vline(x, top, bottom, 0.15)
        p.put(x - 3.0, bottom + 5.0, f"{k} tuổi", "r", 8.5, record=False)
    for k, kg in enumerate((4, 8, 12, 16, 20)):
        y = bottom - (bottom - top) * (k + 1) / 6
        p.hline(x0, x1, y, 0.15)
        p.put(x0 - 10.0, y + 1.0, f"{kg} kg", "r", 8.5, record=False)
    pts = [(x0 + (x1 - x0) * t / 20, bottom - (bottom - top) * (0.15 + 0.6 * (t / 20) ** 0.6))
           for t in range(21)]
    p.draw.line([(p.px(x), p.px(y)) for x, y in pts], fill=(40, 40, 40), width=3)
    p.y = bottom + 10.0
    rows(p, ["Kênh xanh: bình thường. Dưới kênh đỏ: suy dinh dưỡng. Cân trẻ mỗi tháng một "
             "lần và chấm vào biểu đồ."])
    return _paper("bieu_do_tang_truong", "Biểu đồ tăng trưởng", [p], head)


def statement(mk: Maker) -> Paper:
    """A bank statement: an account number of 12 digits, another person's of 13."""
    p = mk.page("free", 10.5, (16.0, 196.0), 14.0)
    p.line("NGÂN HÀNG TMCP PHƯƠNG ĐÔNG - CHI NHÁNH HẠ LONG", "b", 11.0)
    head = title(p, "SAO KÊ TÀI KHOẢN", 14.0, ("Từ 01/01/2026 đến 31/01/2026",))
    rows(p, ["Chủ tài khoản: Trương Văn Hòa", "Số tài khoản: 040236718852",
             "Loại tiền: VND     Số dư đầu kỳ: 18.402.330"])
    p.table([26.0, 84.0, 36.0, 34.0], [
        ["Ngày", "Diễn giải", "Ghi nợ", "Ghi có"],
        ["03/01", "Lương tháng 12/2025", "", "14.500.000"],
        ["07/01", "CK đến 1903672211048 Techcombank", "2.000.000", ""],
        ["15/01", "Thanh toán tiền điện EVN", "612.400", ""],
        ["28/01", "Phí quản lý tài khoản", "11.000", ""]], aligns="llll", pt=10.0)
    p.line("Số dư cuối kỳ: 30.278.930", "b", 10.5, align="r")
    return _paper("sao_ke_tai_khoan", "Sao kê tài khoản", [p], head)


def ultrasound(mk: Maker) -> Paper:
    p = mk.page("open", 11.0, (20.0, 192.0), 14.0)
    p.pair([L("BỆNH VIỆN ĐA KHOA TỈNH LAI CHÂU", "b", 10.5), L("Khoa Chẩn đoán hình ảnh", "r",
                                                               10.0)],
           [L("Mã BN: 26-0041187", "r", 10.0), L("Buồng: Siêu âm 2", "r", 10.0)],
           (4.0, 120.0), (130.0, 206.0))
    p.gap(3.0)
    head = title(p, "PHIẾU KẾT QUẢ SIÊU ÂM", 14.0, ("Siêu âm ổ bụng tổng quát",))
    rows(p, ["Họ tên người bệnh: Lò Văn Pản     Tuổi: 54     Giới: Nam",
             "Gan: kích thước bình thường, nhu mô tăng âm nhẹ, bờ đều.",
             "Túi mật: không sỏi. Đường mật trong và ngoài gan không giãn.",
             "Thận hai bên: không sỏi, không ứ nước.",
             "KẾT LUẬN: Gan nhiễm mỡ độ I."])
    p.gap(12.0)
    p.line("Bác sĩ siêu âm: BS. Tòng Thị Mai", "b", 10.5, align="r")
    return _paper("phieu_sieu_am", "Phiếu kết quả siêu âm", [p], head)


def newspaper(mk: Maker) -> Paper:
    """A photocopied newspaper page: two columns, a headline in the middle of the page, no
    title at the top."""
    p = mk.page("free", 10.5, (16.0, 194.0), 14.0)
    p.line("Báo Quảng Ninh  |  Thứ Hai, 16/02/2026  |  Trang 5", "i", 9.5)
    p.hline(16.0, 194.0, p.y + 1.0, 0.4)
    p.gap(6.0)
    p.flow(["Những ngày giáp Tết, làng nghề làm gốm ở phía đông thành phố tấp nập hơn "
            "thường lệ. Những lò nung bằng khí ga thay dần lò than cũ, giúp sản phẩm đều màu và "
            "giảm khói bụi cho cả khu dân cư.",
            "Theo các hộ làm nghề, đơn hàng năm nay tăng khoảng một phần ba, phần lớn là bình "
            "hoa và bộ ấm chén mang hoa văn sóng biển. Nhiều sản phẩm được bán qua mạng, gửi "
            "đi các tỉnh phía Nam và cả nước ngoài.",
            "Một số hộ trẻ mở thêm xưởng trải nghiệm cho du khách tự nặn gốm, mỗi lượt khoảng "
            "hai giờ. Cuối tuần, xưởng kín chỗ từ sáng đến chiều, phần đông là học sinh và "
            "khách gia đình.",
            "Chính quyền địa phương đang lập đề án đưa làng nghề vào tuyến du lịch của thành "
            "phố, kèm theo việc cải tạo đường vào làng và bãi đỗ xe."],
           [(16.0, 102.0), (108.0, 194.0)], pt=10.5)
    return _paper("bai_bao", "Bài báo (bản chụp)", [p], None)


def appeal(mk: Maker) -> Paper:
    p = mk.page("free", 12.5, (26.0, 186.0), 18.0)
    p.line("CÂU LẠC BỘ THIỆN NGUYỆN ÁNH DƯƠNG", "b", 12.0, align="c")
    head = title(p, "THƯ NGỎ", 16.0)
    p.p("Kính gửi quý mạnh thường quân, quý phụ huynh và các bạn học sinh,", style="i",
        indent=0.0)
    p.p("Mùa đông năm nay, nhiệt độ ở các bản vùng cao Sìn Hồ có đêm xuống dưới 5 độ. Nhiều "
        "em học sinh bán trú vẫn đi học bằng dép nhựa, thiếu áo ấm và chăn.", align="j")
    p.p("Câu lạc bộ kêu gọi quyên góp áo ấm, chăn, sách vở và giày dép còn sử dụng được. Điểm "
        "nhận: nhà văn hóa tổ 7, phường Bãi Cháy, từ 18 giờ đến 21 giờ hằng ngày đến hết tháng "
        "01/2026.", align="j")
    p.p("Mọi tấm lòng dù nhỏ đều quý. Xin trân trọng cảm ơn!", align="j")
    p.gap(6.0)
    p.line("Ban chủ nhiệm câu lạc bộ", "bi", 12.5, align="r")
    return _paper("thu_ngo", "Thư ngỏ", [p], head)


def housewarming(mk: Maker) -> Paper:
    p = mk.page("free", 13.0, (40.0, 170.0), 40.0)
    p.rect((34.0, 176.0, 30.0, 170.0), width=0.6)
    head = title(p, "THIỆP MỜI TÂN GIA", 17.0)
    p.center("Gia đình chúng tôi trân trọng kính mời", "i", 13.0)
    p.center("Anh/chị: ............................................", "r", 13.0)
    p.center("tới dự bữa cơm thân mật mừng nhà mới", "r", 13.0)
    p.center("vào hồi 11 giờ, Chủ nhật ngày 22/3/2026", "b", 13.0)
    p.center("Tại: số 218 đường Nguyễn Oanh, phường Hạnh Thông", "r", 12.0)
    p.gap(4.0)
    p.center("Sự hiện diện của anh/chị là niềm vinh hạnh cho gia đình!", "i", 12.0)
    return _paper("thiep_moi_tan_gia", "Thiệp mời tân gia", [p], head)


def race(mk: Maker) -> Paper:
    p = mk.page("open", 11.0, (20.0, 192.0), 16.0)
    p.line("GIẢI CHẠY VÌ CỘNG ĐỒNG - HẠ LONG 2026", "b", 12.0, align="c")
    head = title(p, "PHIẾU ĐĂNG KÝ THAM GIA GIẢI CHẠY", 14.0)
    rows(p, ["Cự ly: [ ] 5 km   [x] 10 km   [ ] 21 km",
             "Họ tên vận động viên: ........................................",
             "Năm sinh: ..........   Giới tính: ..........   Cỡ áo: S / M / L / XL",
             "Số điện thoại: ........................   Nhóm máu: ..........",
             "Người liên hệ khẩn cấp: ........................................",
             "Lệ phí: 350.000 đồng, gồm áo, số đeo ngực, huy chương hoàn thành.",
             "Tôi cam kết đủ sức khỏe tham gia và tự chịu trách nhiệm về sức khỏe của mình."])
    p.gap(8.0)
    p.line("Chữ ký vận động viên", "i", 11.0, align="r")
    return _paper("phieu_dang_ky_giai_chay", "Phiếu đăng ký giải chạy", [p], head)


def papers(mk: Maker) -> list[Paper]:
    """The papers of no known type, in scan order."""
    makers = (weather, recipe, library, tour, lottery, growth, statement, ultrasound, newspaper,
              appeal, housewarming, race)
    return [make(mk) for make in makers]
