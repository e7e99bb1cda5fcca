"""Papers of kinds the classifier should not type (``doc_type`` "other") in the sixth
held-apart set: what people leave among their papers at a counter — a postal slip, a TV
schedule, a hotel booking, a school test (2 p.), a medicine leaflet, a bus route, a cinema
ticket, a New Year letter, song lyrics, a delivery note, a loan repayment table, a motorbike
insurance certificate, a sheet of photocopied business cards with no title. None carries a
field of the truth."""

from __future__ import annotations

from page6 import L, Maker, Page, Paper, rows, sign_right, title


def _paper(kind: str, label: str, pages: list[Page], head: str | None) -> Paper:
    return Paper("other", label, kind, pages, {}, head)


def postal(mk: Maker) -> Paper:
    p = mk.page("andika", 11.0, (20.0, 150.0), 18.0)
    p.line("BƯU ĐIỆN VIỆT NAM - VNPOST", "b", 11.0)
    head = title(p, "PHIẾU GỬI BƯU PHẨM", 14.0, ("Liên giao khách hàng",))
    rows(p, ["Mã bưu gửi: EB 402 771 936 VN",
             "Người gửi: Trần Mỹ Linh - 0912 448 306",
             "Người nhận: Văn phòng Luật sư Phúc An, 41 Hai Bà Trưng, Huế",
             "Khối lượng: 320 g     Cước: 28.000 đ     Dịch vụ: chuyển phát nhanh EMS",
             "Chữ ký người gửi: ..............."])
    return _paper("phieu_gui_buu_pham", "Phiếu gửi bưu phẩm", [p], head)


def tv(mk: Maker) -> Paper:
    p = mk.page("andika", 11.5, (22.0, 190.0), 16.0)
    head = title(p, "LỊCH PHÁT SÓNG KÊNH THỜI SỰ", 14.5, ("Thứ Bảy, 07/3/2026",))
    p.table([30.0, 136.0], [
        ["Giờ", "Chương trình"], ["06:00", "Chào buổi sáng"], ["11:30", "Thời sự trưa"],
        ["14:00", "Phim tài liệu: Sông Hậu mùa nước nổi"], ["19:00", "Thời sự"],
        ["20:10", "Phim truyện: Những ngày không quên (tập 14)"],
        ["22:30", "Thể thao 24/7"]], aligns="cl", pt=11.0)
    return _paper("lich_phat_song", "Lịch phát sóng", [p], head)


def hotel(mk: Maker) -> Paper:
    p = mk.page("andika", 11.5, (22.0, 190.0), 16.0)
    p.line("KHÁCH SẠN HOA ĐÀO - ĐÀ LẠT", "b", 13.0, align="c")
    head = title(p, "XÁC NHẬN ĐẶT PHÒNG", 14.5, ("Booking confirmation",))
    rows(p, ["Mã đặt phòng: HD-26031457",
             "Khách: Ông Lê Quang Vinh - 0983 210 447",
             "Nhận phòng: 14:00 ngày 20/3/2026     Trả phòng: 12:00 ngày 22/3/2026",
             "Loại phòng: Deluxe hướng hồ, 02 người lớn, gồm bữa sáng",
             "Tổng tiền: 2.480.000 đồng (đã đặt cọc 50%)",
             "Chính sách hủy: miễn phí trước 48 giờ."])
    return _paper("xac_nhan_dat_phong", "Xác nhận đặt phòng khách sạn", [p], head)


def school_test(mk: Maker) -> Paper:
    p = mk.page("charis", 12.0, (22.0, 190.0), 14.0)
    p.pair([L("TRƯỜNG THCS NGUYỄN DU", "b", 11.5), L("Năm học 2025 - 2026", "r", 11.0)],
           [L("Họ tên: ...........................", "r", 11.0), L("Lớp: 8A3", "r", 11.0)],
           (4.0, 100.0), (100.0, 206.0))
    p.gap(3.0)
    head = title(p, "ĐỀ KIỂM TRA GIỮA HỌC KỲ II\nMÔN TOÁN 8", 14.0, ("Thời gian: 90 phút",))
    rows(p, ["Câu 1 (2 điểm). Giải các phương trình: a) 3x - 7 = 11;  b) (x - 2)(2x + 5) = 0.",
             "Câu 2 (2 điểm). Một người đi xe đạp từ A đến B với vận tốc 12 km/h, lúc về đi "
             "với vận tốc 15 km/h nên thời gian về ít hơn 20 phút. Tính quãng đường AB.",
             "Câu 3 (3 điểm). Cho tam giác ABC vuông tại A, đường cao AH. Chứng minh tam giác "
             "HBA đồng dạng với tam giác ABC."])
    q = mk.page("charis", 12.0, (22.0, 190.0), 16.0)
    rows(q, ["Câu 4 (2 điểm). Rút gọn biểu thức A = (x + 1)^2 - (x - 1)^2 rồi tính A khi x = 5.",
             "Câu 5 (1 điểm). Tìm giá trị nhỏ nhất của B = x^2 - 6x + 14.",
             "------------ HẾT ------------",
             "Giám thị coi thi không giải thích gì thêm."])
    return _paper("de_kiem_tra", "Đề kiểm tra môn Toán", [p, q], head)


def leaflet(mk: Maker) -> Paper:
    p = mk.page("andika", 10.5, (20.0, 192.0), 14.0)
    head = title(p, "HƯỚNG DẪN SỬ DỤNG THUỐC", 14.0, ("Paracetamol 500 mg - viên nén",))
    rows(p, ["Thành phần: mỗi viên chứa Paracetamol 500 mg; tá dược vừa đủ.",
             "Chỉ định: giảm đau nhẹ và vừa, hạ sốt.",
             "Liều dùng: người lớn 1-2 viên mỗi 4-6 giờ, không quá 8 viên trong 24 giờ.",
             "Chống chỉ định: suy gan nặng; quá mẫn với paracetamol.",
             "Bảo quản: nơi khô, dưới 30 độ C. Để xa tầm tay trẻ em.",
             "Số đăng ký: VD-33418-19     Số lô: 250917     HD: 09/2028"])
    return _paper("huong_dan_thuoc", "Hướng dẫn sử dụng thuốc", [p], head)


def bus(mk: Maker) -> Paper:
    p = mk.page("andika", 11.5, (22.0, 190.0), 16.0)
    head = title(p, "LỘ TRÌNH TUYẾN XE BUÝT SỐ 12", 14.5,
                 ("Bến xe Trung tâm - Khu công nghiệp Hòa Khánh",))
    rows(p, ["Lượt đi: Bến xe Trung tâm - Điện Biên Phủ - Nguyễn Lương Bằng - KCN Hòa Khánh",
             "Lượt về: KCN Hòa Khánh - Tôn Đức Thắng - Hà Huy Tập - Bến xe Trung tâm",
             "Giờ hoạt động: 05:30 - 19:00; giãn cách 15-20 phút",
             "Giá vé: 7.000 đồng/lượt; vé tháng học sinh 100.000 đồng"])
    return _paper("lo_trinh_xe_buyt", "Lộ trình xe buýt", [p], head)


def cinema(mk: Maker) -> Paper:
    p = mk.page("andika", 11.0, (30.0, 120.0), 20.0)
    p.line("RẠP CHIẾU PHIM TRUNG TÂM", "b", 11.0)
    head = title(p, "VÉ XEM PHIM", 14.0)
    rows(p, ["Phim: Mùa hè của Mai (T13)", "Suất: 19:45 - 08/3/2026",
             "Phòng: 03   Ghế: G07", "Giá: 75.000 đ", "Mã vé: 7735 1904 2261"])
    return _paper("ve_xem_phim", "Vé xem phim", [p], head)


def new_year(mk: Maker) -> Paper:
    p = mk.page("charis", 12.5, (28.0, 184.0), 20.0, color=True)
    head = title(p, "THƯ CHÚC MỪNG NĂM MỚI\nXUÂN BÍNH NGỌ 2026", 15.0)
    p.p("Kính gửi quý khách hàng và đối tác! Nhân dịp Xuân Bính Ngọ, Công ty Cổ phần Cà phê "
        "Cao Nguyên xin gửi lời cảm ơn chân thành vì sự đồng hành trong năm qua. Kính chúc "
        "quý vị một năm mới an khang, thịnh vượng, vạn sự như ý.", align="j")
    sign_right(p, [L("Trân trọng,", "i", 12.5), L(space=10.0), L("Ban Giám đốc", "b", 12.5)])
    return _paper("thu_chuc_mung", "Thư chúc mừng năm mới", [p], head)


def lyrics(mk: Maker) -> Paper:
    p = mk.page("charis", 12.5, (40.0, 176.0), 22.0)
    head = title(p, "LỜI BÀI HÁT: QUÊ HƯƠNG MÙA LÚA CHÍN", 14.0, ("Sáng tác: Thanh Sơn Vũ",))
    for line in ("Về đây nghe gió đồng xa", "Lúa vàng trải rộng quê nhà chiều nay",
                 "Mẹ cười giọt nắng vương tay", "Câu hò con nước đong đầy tình quê",
                 "", "Điệp khúc:", "Ơi quê hương, mùa lúa chín thơm",
                 "Con đi xa vẫn nhớ về bên mẹ"):
        if line:
            p.line(line, "i", 12.5, align="c")
        else:
            p.gap(4.0)
    return _paper("loi_bai_hat", "Lời bài hát", [p], head)


def delivery(mk: Maker) -> Paper:
    p = mk.page("andika", 11.0, (20.0, 192.0), 14.0)
    p.line("GIAO HÀNG NHANH - Hotline 1900 6092", "b", 11.0)
    head = title(p, "PHIẾU GIAO HÀNG", 14.0)
    rows(p, ["Mã vận đơn: 260304118827     Ngày gửi: 04/3/2026",
             "Người nhận: Chị Hà Thu Trang - 0907 551 203",
             "Địa chỉ: 25 Phan Chu Trinh, phường Hội An, TP Đà Nẵng",
             "Nội dung hàng: 01 nồi chiên không dầu; thu hộ (COD): 1.390.000 đ",
             "Cho xem hàng, không cho thử."])
    p.table([15.0, 110.0, 20.0, 27.0], [["STT", "Sản phẩm", "SL", "Giá"],
                                        ["1", "Nồi chiên không dầu 6 lít", "1", "1.390.000"]],
            aligns="clcc", pt=10.5)
    return _paper("phieu_giao_hang", "Phiếu giao hàng", [p], head)


def loan(mk: Maker) -> Paper:
    p = mk.page("andika", 11.0, (20.0, 192.0), 14.0)
    p.line("QUỸ TÍN DỤNG NHÂN DÂN PHÚ HÒA", "b", 11.0)
    head = title(p, "BẢNG TÍNH LÃI VAY DỰ KIẾN", 14.0, ("(Tham khảo, không phải hợp đồng)",))
    rows(p, ["Số tiền vay: 60.000.000 đồng   Lãi suất: 9,6%/năm   Thời hạn: 12 tháng",
             "Tài khoản trả nợ: 3100 2026 0457 (tài khoản tiền gửi thanh toán)"])
    p.table([20.0, 45.0, 45.0, 45.0], [["Kỳ", "Gốc", "Lãi", "Còn lại"],
                                       ["1", "5.000.000", "480.000", "55.000.000"],
                                       ["2", "5.000.000", "440.000", "50.000.000"],
                                       ["3", "5.000.000", "400.000", "45.000.000"],
                                       ["...", "...", "...", "..."],
                                       ["12", "5.000.000", "40.000", "0"]], aligns="cccc",
            pt=10.5)
    return _paper("bang_tinh_lai", "Bảng tính lãi vay", [p], head)


def insurance(mk: Maker) -> Paper:
    p = mk.page("andika", 11.0, (24.0, 186.0), 18.0, color=True)
    p.line("TỔNG CÔNG TY BẢO HIỂM AN THỊNH", "b", 11.5, align="c")
    head = title(p, "GIẤY CHỨNG NHẬN BẢO HIỂM\nBẮT BUỘC TNDS CỦA CHỦ XE MÔ TÔ - XE MÁY", 13.5)
    rows(p, ["Số: MT26-0087715",
             "Chủ xe: Nguyễn Thành Lộc     Biển kiểm soát: 67-H1 428.16",
             "Thời hạn bảo hiểm: từ 00:00 ngày 10/3/2026 đến 24:00 ngày 09/3/2027",
             "Phí bảo hiểm (gồm VAT): 66.000 đồng",
             "Mức trách nhiệm: 150 triệu đồng/người/vụ về sức khỏe, tính mạng"])
    return _paper("chung_nhan_bao_hiem_xe", "Giấy chứng nhận bảo hiểm xe máy", [p], head)


def cards(mk: Maker) -> Paper:
    p = mk.page("andika", 10.5, (20.0, 192.0), 24.0)
    for top, lines in ((24.0, ("VŨ ĐÌNH NAM", "Kiến trúc sư", "0913 207 558 - namvd@kientruc.vn")),
                       (74.0, ("NHÀ THUỐC MINH CHÂU", "Mở cửa 6:00 - 22:00",
                               "112 Lý Thường Kiệt, Tam Kỳ")),
                       (124.0, ("SỬA ĐIỆN NƯỚC TẠI NHÀ", "Anh Tuấn - 0978 446 120", ""))):
        p.y = top
        p.rect((30.0, 120.0, top - 4.0, top + 40.0), width=0.3)
        for i, line in enumerate(lines):
            if line:
                p.line(line, "b" if i == 0 else "r", 12.0 if i == 0 else 10.5, x0=36.0,
                       x1=118.0)
    return _paper("danh_thiep", "Danh thiếp (bản chụp, không tiêu đề)", [p], None)


def papers(mk: Maker) -> list[Paper]:
    """The papers of unknown kinds, in scan order."""
    return [postal(mk), tv(mk), hotel(mk), school_test(mk), leaflet(mk), bus(mk), cinema(mk),
            new_year(mk), lyrics(mk), delivery(mk), loan(mk), insurance(mk), cards(mk)]

