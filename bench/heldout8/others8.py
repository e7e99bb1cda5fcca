"""The loose papers of kinds the classifier does not know in the eighth held-apart set (its
honest "other" test): each has a title-like line of its own, none of a type of
classify/data/document_types.json, several with words of known titles in them ("GIẤY CHỨNG
NHẬN …", "ĐƠN HÀNG", a sales leaflet naming a land-use certificate), and a map with no title.
None carries a field: nothing on them is what an archive files a record by."""

from __future__ import annotations

from page8 import Maker, Paper, rows, sign_right, signer, title


def boarding_pass(mk: Maker) -> Paper:
    """A bilingual boarding pass printed at a kiosk (colour), a passenger and a booking code."""
    p = mk.page("lato", 11.0, (20.0, 190.0), 20.0, color=True)
    p.rect((18.0, 192.0, 16.0, 104.0), width=0.5, outline=(20, 60, 140), radius=3.0)
    p.line("HÃNG HÀNG KHÔNG SAO VIỆT", "b", 12.0, align="c")
    head = title(p, "THẺ LÊN MÁY BAY\nBOARDING PASS", 15.0)
    p.segs([(0.0, "Hành khách / Passenger"), (96.0, "Chuyến bay / Flight")], "r", 9.5)
    p.segs([(0.0, "NGUYEN/MINH KHOI MR"), (96.0, "SV 1427")], "b", 12.0)
    p.segs([(0.0, "Từ / From: CẦN THƠ (VCA)"), (96.0, "Đến / To: HÀ NỘI (HAN)")], "r", 11.0)
    p.segs([(0.0, "Ngày / Date: 18MAR26"), (60.0, "Giờ lên / Boarding: 06:25"),
            (120.0, "Cửa / Gate: 3")], "r", 11.0)
    p.segs([(0.0, "Ghế / Seat: 21C"), (60.0, "Mã đặt chỗ / PNR: K7QX2M"),
            (120.0, "Số thứ tự / Seq: 084")], "r", 11.0)
    p.gap(3.0)
    p.qr("M1NGUYEN/MINH KHOI MR EK7QX2M VCAHANSV 1427 077Y021C0084", 24.0, p.y + 2.0, 22.0)
    p.y += 30.0
    p.line("Cửa ra máy bay đóng 15 phút trước giờ khởi hành / Gate closes 15 minutes before "
           "departure", "i", 9.0)
    return Paper("other", "Thẻ lên máy bay", "the_len_may_bay", [p], {}, head)


def blood_donation(mk: Maker) -> Paper:
    """A blood donor's certificate: a "GIẤY CHỨNG NHẬN" of no type the taxonomy knows."""
    p = mk.page("lib", 12.5, (28.0, 182.0), 22.0)
    p.frame()
    p.line("BAN CHỈ ĐẠO VẬN ĐỘNG HIẾN MÁU TÌNH NGUYỆN", "b", 12.0, align="c")
    p.line("TỈNH KHÁNH HÒA", "b", 12.0, align="c")
    p.gap(6.0)
    head = title(p, "GIẤY CHỨNG NHẬN\nHIẾN MÁU TÌNH NGUYỆN", 19.0)
    p.gap(4.0)
    rows(p, ["Chứng nhận: Ông Lê Hữu Đạt", "Sinh năm: 1998",
             "Đã hiến máu tình nguyện: 350 ml, lần thứ 6",
             "Tại: Điểm hiến máu Nhà văn hóa phường Nha Trang",
             "Giấy này có giá trị để được truyền máu miễn phí bằng lượng máu đã hiến."],
         indent=6.0)
    p.gap(4.0)
    p.line("Nha Trang, ngày 07 tháng 01 năm 2026", "i", 12.0, align="r")
    sign_right(p, signer(["TRƯỞNG BAN"], "Nguyễn Khắc Dũng", space=16.0), seal=True)
    return Paper("other", "Giấy chứng nhận hiến máu tình nguyện", "gcn_hien_mau", [p], {},
                 head)


def vaccination(mk: Maker) -> Paper:
    """A child's vaccination schedule from a commune health station, a table of doses."""
    p = mk.page("lato", 10.5, (20.0, 192.0), 16.0)
    p.line("TRẠM Y TẾ XÃ ĐẠI LỘC", "b", 11.0)
    p.gap(2.0)
    head = title(p, "LỊCH TIÊM CHỦNG MỞ RỘNG", 15.0, ("(Dành cho trẻ dưới 1 tuổi)",))
    rows(p, ["Họ tên trẻ: Trần Gia Bảo      Ngày sinh: 02/12/2025",
             "Họ tên mẹ: Phạm Thị Yến      Thôn: Ái Nghĩa"])
    p.table([44.0, 70.0, 30.0, 28.0], [
        ["Tuổi", "Vắc xin", "Ngày hẹn", "Đã tiêm"],
        ["Sơ sinh", "Viêm gan B, BCG", "02/12/2025", "x"],
        ["2 tháng", "DPT-VGB-Hib mũi 1, bại liệt uống lần 1", "02/02/2026", "x"],
        ["3 tháng", "DPT-VGB-Hib mũi 2, bại liệt uống lần 2", "02/3/2026", ""],
        ["4 tháng", "DPT-VGB-Hib mũi 3, IPV", "02/4/2026", ""],
        ["9 tháng", "Sởi mũi 1", "02/9/2026", ""]], aligns="llcc", pt=10.0)
    p.field("Mang theo sổ tiêm chủng khi đưa trẻ đi tiêm. Không tiêm khi trẻ đang sốt.",
            style="i")
    return Paper("other", "Lịch tiêm chủng mở rộng", "lich_tiem_chung", [p], {}, head)


def route_map(mk: Maker) -> Paper:
    """A hand-drawn map to a wedding venue: roads, a river and labels, no title."""
    p = mk.page("lato", 10.0, (20.0, 190.0), 30.0)
    draw = p.draw
    pts = [(30, 60), (90, 62), (120, 95), (175, 100)]
    draw.line([(p.px(x), p.px(y)) for x, y in pts], fill=(40, 40, 40), width=6)
    draw.line([(p.px(100), p.px(30)), (p.px(104), p.px(160))], fill=(40, 40, 40), width=6)
    draw.line([(p.px(20), p.px(140)), (p.px(190), p.px(128))], fill=(90, 120, 200), width=10)
    p.rect((140.0, 160.0, 104.0, 118.0), width=0.6)
    for x, y, text in ((30.0, 56.0, "Quốc lộ 1A"), (106.0, 40.0, "Đường Trần Phú"),
                       (60.0, 136.0, "Sông Cái"), (140.0, 124.0, "Nhà hàng Hoa Sen"),
                       (30.0, 170.0, "Từ ngã ba Thành, rẽ phải 300 m, qua cầu là tới."),
                       (30.0, 178.0, "Liên hệ: 0905 318 227 (anh Tuấn)")):
        p.put(x, y, text, "r", 10.0)
    return Paper("other", "Bản đồ chỉ đường", "ban_do_chi_duong", [p], {}, None)


def land_flyer(mk: Maker) -> Paper:
    """A sales leaflet for a plot: the certificate's name in its body, no form of a paper."""
    p = mk.page("lato", 12.0, (22.0, 188.0), 18.0)
    head = title(p, "CHÍNH CHỦ BÁN ĐẤT\nMẶT TIỀN ĐƯỜNG LIÊN XÃ", 22.0)
    rows(p, ["- Diện tích: 5 x 32 m (160 m2), thổ cư 100 m2",
             "- Vị trí: thôn Phú Mỹ, xã Diên Khánh, tỉnh Khánh Hòa, cách chợ 500 m",
             "- Pháp lý: đã có Giấy chứng nhận quyền sử dụng đất (sổ đỏ) riêng, sang tên ngay",
             "- Giá: 1,35 tỷ (còn thương lượng), hỗ trợ vay ngân hàng 70%",
             "- Không qua trung gian, miễn tiếp môi giới"], pt=13.0)
    p.gap(6.0)
    p.line("LIÊN HỆ: 0934 217 605 (chị Hạnh)", "b", 16.0, align="c")
    return Paper("other", "Tờ quảng cáo bán đất", "quang_cao_ban_dat", [p], {}, head)


def quotation(mk: Maker) -> Paper:
    """A builder's quotation for repairs, a table of items and prices."""
    p = mk.page("lato", 10.5, (20.0, 192.0), 14.0)
    p.line("CƠ SỞ XÂY DỰNG THỢ VIỆT - Đ/c: 88 Nguyễn Tất Thành, Buôn Ma Thuột", "b", 10.5)
    p.gap(3.0)
    head = title(p, "BÁO GIÁ THI CÔNG\nSỬA CHỮA NHÀ Ở", 15.0)
    rows(p, ["Kính gửi: Anh Y Blim Niê - công trình nhà ở tại buôn Ko Tam"])
    p.table([12.0, 82.0, 20.0, 28.0, 30.0], [
        ["TT", "Hạng mục", "ĐVT", "Khối lượng", "Thành tiền"],
        ["1", "Tháo dỡ mái tôn cũ, vận chuyển", "m2", "96", "4.800.000"],
        ["2", "Lợp tôn lạnh 0,45 mm, xà gồ thép", "m2", "96", "38.400.000"],
        ["3", "Chống thấm sàn vệ sinh", "m2", "12", "3.600.000"],
        ["4", "Sơn lại tường ngoài", "m2", "140", "7.000.000"],
        ["", "Cộng", "", "", "53.800.000"]], aligns="clccc", pt=10.0)
    rows(p, ["Báo giá có hiệu lực 30 ngày. Bảo hành mái 24 tháng.",
             "Buôn Ma Thuột, 10/3/2026"])
    sign_right(p, signer(["Chủ cơ sở"], "Lò Văn Thợ", space=14.0, pt=10.5))
    return Paper("other", "Báo giá thi công sửa chữa nhà ở", "bao_gia_thi_cong", [p], {}, head)


def speech(mk: Maker) -> Paper:
    """A speech opening a village festival (2 p.)."""
    p = mk.page("lib", 13.0, (25.0, 190.0), 16.0)
    head = title(p, "BÀI PHÁT BIỂU KHAI MẠC\nNGÀY HỘI ĐẠI ĐOÀN KẾT TOÀN DÂN TỘC", 15.0)
    p.center("(Thôn Phú Mỹ, xã Diên Khánh, năm 2025)", "i", 12.0)
    p.gap(2.0)
    paras = ("Kính thưa các đồng chí lãnh đạo xã, thưa bà con nhân dân thôn Phú Mỹ!",
             "Hôm nay, trong không khí phấn khởi chào mừng 95 năm Ngày thành lập Mặt trận Dân "
             "tộc thống nhất Việt Nam, thôn Phú Mỹ long trọng tổ chức Ngày hội Đại đoàn kết "
             "toàn dân tộc. Thay mặt Ban công tác Mặt trận thôn, tôi nhiệt liệt chào mừng các "
             "vị đại biểu và toàn thể bà con.",
             "Năm qua, thôn đã làm mới 1,2 km đường bê tông bằng sức dân, giúp 3 hộ xóa nhà "
             "tạm, tỷ lệ hộ gia đình văn hóa đạt 94%. Những kết quả ấy là nhờ sự đoàn kết, "
             "đồng lòng của bà con.")
    for text in paras:
        p.p(text, indent=10.0, align="j")
    p2 = mk.page("lib", 13.0, (25.0, 190.0), 18.0)
    for text in ("Năm tới, chúng ta quyết tâm hoàn thành nhà văn hóa thôn, giữ vững an ninh "
                 "trật tự, không để có hộ tái nghèo.",
                 "Xin kính chúc các vị đại biểu và bà con sức khỏe, hạnh phúc. Chúc ngày hội "
                 "thành công tốt đẹp!",
                 "Xin trân trọng cảm ơn!"):
        p2.p(text, indent=10.0, align="j")
    return Paper("other", "Bài phát biểu khai mạc", "bai_phat_bieu", [p, p2], {}, head)


def school_merit(mk: Maker) -> Paper:
    """A school's certificate of merit (colour), a pupil named in large italics."""
    p = mk.page("lib", 13.0, (28.0, 182.0), 24.0, color=True)
    p.frame()
    p.line("TRƯỜNG TIỂU HỌC VĨNH HẢI", "b", 12.5, align="c")
    p.gap(6.0)
    head = title(p, "GIẤY KHEN", 30.0)
    p.line("HIỆU TRƯỞNG TRƯỜNG TIỂU HỌC VĨNH HẢI", "b", 12.0, align="c")
    p.line("khen thưởng em", "r", 13.0, align="c")
    p.line("Phạm Ngọc Khánh An", "i", 20.0, align="c")
    p.line("Học sinh lớp 4A - Năm học 2024 - 2025", "r", 13.0, align="c")
    p.line("Đã đạt danh hiệu Học sinh Xuất sắc", "b", 14.0, align="c")
    p.gap(4.0)
    p.line("Nha Trang, ngày 24 tháng 5 năm 2025", "i", 12.0, align="r")
    sign_right(p, signer(["HIỆU TRƯỞNG"], "Võ Thị Thu", space=16.0), seal=True)
    return Paper("other", "Giấy khen", "giay_khen", [p], {}, head)


def score_notice(mk: Maker) -> Paper:
    """A pupil's notice of her exam scores."""
    p = mk.page("lato", 11.0, (22.0, 190.0), 16.0)
    p.line("SỞ GIÁO DỤC VÀ ĐÀO TẠO KHÁNH HÒA", "r", 10.5, align="c")
    p.line("HỘI ĐỒNG THI TỐT NGHIỆP THPT NĂM 2025", "b", 11.0, align="c")
    p.gap(3.0)
    head = title(p, "PHIẾU BÁO ĐIỂM THI", 16.0)
    rows(p, ["Họ tên thí sinh: Đinh Ngọc Hân      Số báo danh: 56004172",
             "Ngày sinh: 11/8/2007      Trường: THPT Lý Tự Trọng"])
    p.table([80.0, 40.0], [["Môn thi", "Điểm"], ["Toán", "8,25"], ["Ngữ văn", "7,75"],
                           ["Tiếng Anh", "9,00"], ["Hóa học", "8,50"]], aligns="lc", pt=11.0)
    p.field("Thí sinh có thắc mắc về điểm thi nộp đơn phúc khảo tại trường trước ngày "
            "25/7/2025.", style="i")
    return Paper("other", "Phiếu báo điểm thi", "phieu_bao_diem", [p], {}, head)


def email_printout(mk: Maker) -> Paper:
    """An email printed from a web mail: its headers and a reply about a dossier's status."""
    p = mk.page("lato", 10.5, (20.0, 192.0), 14.0)
    p.line("Hộp thư - Thư điện tử công vụ", "r", 9.0)
    p.hline(20.0, 192.0, p.y, 0.3)
    p.gap(3.0)
    head = title(p, "V/v hồ sơ cấp đổi giấy phép lái xe", 13.0)
    rows(p, ["Từ: Nguyễn Thị Mai <mai.nt@gmail.com>",
             "Đến: motcua.xadienkhanh@khanhhoa.gov.vn",
             "Ngày gửi: Thứ Hai, 09/03/2026 lúc 20:14",
             "Chào anh/chị,",
             "Em nộp hồ sơ trực tuyến từ tuần trước nhưng chưa thấy cập nhật trạng thái. Nhờ "
             "anh/chị kiểm tra giúp em với ạ. Em cảm ơn.",
             "Mai"])
    p.gap(3.0)
    p.line("1/1", "r", 9.0, align="r")
    return Paper("other", "Thư điện tử (bản in)", "thu_dien_tu", [p], {}, head)


def order(mk: Maker) -> Paper:
    """An online shop's order slip, "ĐƠN HÀNG" over a table of goods."""
    p = mk.page("lato", 10.5, (22.0, 190.0), 16.0)
    p.segs([(0.0, "SHOP GỐM BÁT TRÀNG XANH"), (110.0, "Hotline: 0868 114 592")], "b", 10.5)
    p.gap(3.0)
    head = title(p, "ĐƠN HÀNG #BT260311-0482", 15.0)
    rows(p, ["Người nhận: Chị Thảo - 0977 362 015",
             "Địa chỉ: 25 Hùng Vương, phường Nha Trang, Khánh Hòa",
             "Thanh toán: COD (thu hộ khi giao)"])
    p.table([12.0, 96.0, 20.0, 40.0], [
        ["#", "Sản phẩm", "SL", "Thành tiền"],
        ["1", "Bộ ấm chén men lam vẽ sen", "1", "650.000"],
        ["2", "Bình hút lộc men rạn cao 30 cm", "1", "1.250.000"],
        ["", "Phí vận chuyển", "", "45.000"],
        ["", "Tổng thanh toán", "", "1.945.000"]], aligns="clcc", pt=10.0)
    p.field("Cảm ơn quý khách! Vui lòng quay video khi mở hàng để được hỗ trợ đổi trả.",
            style="i")
    return Paper("other", "Đơn hàng", "don_hang", [p], {}, head)


def papers(mk: Maker) -> list[Paper]:
    """The loose papers of unknown kinds, in scan order."""
    return [blood_donation(mk), boarding_pass(mk), vaccination(mk), route_map(mk),
            land_flyer(mk), quotation(mk), speech(mk), school_merit(mk), score_notice(mk),
            email_printout(mk), order(mk)]


