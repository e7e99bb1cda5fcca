"""Papers of the third held-apart set of kinds the classifier does not know (``doc_type``
"other"). Some carry a known type's words in capitals near the top."""

from __future__ import annotations

from datetime import date

from page3 import (
    L,
    Maker,
    Paper,
    agency_header,
    citizen_header,
    sign_right,
    signer,
    title,
    words,
)


def _other(kind: str, label: str, pages: list, fields: dict[str, str],
           head: str | None) -> Paper:
    return Paper("other", label, kind, pages, fields, head)


def papers(mk: Maker) -> list[Paper]:
    """Fourteen kinds of paper no type of the taxonomy describes."""
    out: list[Paper] = []
    # an invitation whose subject names a land-use certificate
    p = mk.page("narrow", 12.0, (24.0, 192.0), 13.0)
    agency_header(p, ("UBND HUYỆN KRÔNG PẮC", "VĂN PHÒNG HĐND VÀ UBND"), "77/GM-VP",
                  f"Krông Pắc, {words(date(2025, 8, 12))}")
    head = title(p, "GIẤY MỜI", 16.0, ["Họp bàn việc cấp giấy chứng nhận quyền sử dụng đất "
                                        "lần đầu"])
    for line in ["Kính mời: Lãnh đạo Phòng Tài nguyên và Môi trường; Chủ tịch UBND các xã.",
                 "Thời gian: 14 giờ 00, thứ Sáu, ngày 15/8/2025.",
                 "Địa điểm: Phòng họp số 2, trụ sở UBND huyện."]:
        p.field(line, hang=6.0)
    sign_right(p, signer(["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], "Trịnh Văn Hòa"), seal=True)
    out.append(_other("giay_moi", "Giấy mời họp", [p], {
        "so_ky_hieu": "77/GM-VP", "ngay_ban_hanh": "2025-08-12",
        "co_quan_ban_hanh": "Văn phòng HĐND và UBND"}, head))
    # a conference programme
    p = mk.page("narrow", 12.0, (24.0, 192.0), 16.0)
    p.line("SỞ TƯ PHÁP TỈNH BÌNH ĐỊNH", "b", 12.0, align="c")
    p.gap(4.0)
    head = title(p, "CHƯƠNG TRÌNH HỘI NGHỊ\nTỔNG KẾT CÔNG TÁC ĐĂNG KÝ KHAI SINH NĂM 2024", 14.0)
    p.table([34.0, 134.0], [["Thời gian", "Nội dung"],
                            ["08h00 - 08h15", "Đón tiếp đại biểu"],
                            ["08h15 - 08h30", "Khai mạc hội nghị"],
                            ["08h30 - 09h30", "Báo cáo tổng kết công tác hộ tịch"],
                            ["09h30 - 10h30", "Tham luận của các địa phương"],
                            ["10h30 - 11h00", "Bế mạc"]], aligns="cl", pt=11.5)
    out.append(_other("chuong_trinh", "Chương trình hội nghị", [p],
                      {"co_quan_ban_hanh": "Sở Tư pháp tỉnh Bình Định"}, head))
    # a laboratory result
    p = mk.page("narrow", 11.0, (20.0, 194.0), 12.0, dpi=300)
    p.pair([L("BỆNH VIỆN ĐA KHOA TỈNH LÀO CAI", "b", 11.0), L("KHOA XÉT NGHIỆM", "r", 11.0)],
           [L("Mã bệnh nhân: 25.031.448", "r", 10.5)], (4.0, 100.0), (120.0, 200.0))
    p.gap(3.0)
    head = title(p, "PHIẾU KẾT QUẢ XÉT NGHIỆM", 15.0, ["Huyết học - Sinh hóa"])
    p.field("Họ tên người bệnh: Vàng A Chứ   Năm sinh: 1979   Giới: Nam")
    p.table([70.0, 40.0, 64.0], [["Chỉ số", "Kết quả", "Giá trị tham chiếu"],
                                 ["Glucose", "6,1 mmol/L", "3,9 - 6,4"],
                                 ["Ure", "5,2 mmol/L", "2,5 - 7,5"],
                                 ["Creatinin", "88 µmol/L", "62 - 120"]], aligns="lcc",
            pt=10.5)
    p.line("Ngày 09/6/2025", "i", 11.0, align="r")
    sign_right(p, signer(["TRƯỞNG KHOA"], "BSCKI. Lý Thị Dung", "", 14.0, 11.0))
    out.append(_other("xet_nghiem", "Phiếu kết quả xét nghiệm", [p],
                      {"ho_ten": "Vàng A Chứ", "ngay_ban_hanh": "2025-06-09"}, head))
    # a school menu
    p = mk.page("narrow", 12.0, (24.0, 192.0), 16.0)
    p.line("TRƯỜNG MẦM NON HOA SEN", "b", 12.0, align="c")
    head = title(p, "THỰC ĐƠN BÁN TRÚ TUẦN 2 THÁNG 9", 14.0)
    p.table([30.0, 69.0, 69.0], [["Thứ", "Bữa trưa", "Bữa xế"],
                                 ["Hai", "Cơm, thịt kho trứng, canh bí", "Sữa chua"],
                                 ["Ba", "Cơm, cá sốt cà, canh rau ngót", "Bánh flan"],
                                 ["Tư", "Bún thịt bò", "Chuối"],
                                 ["Năm", "Cơm, gà rim, canh cải", "Sữa tươi"],
                                 ["Sáu", "Phở gà", "Đậu xanh"]], aligns="cll", pt=11.5)
    out.append(_other("thuc_don", "Thực đơn", [p], {}, head))
    # a duty roster
    p = mk.page("narrow", 12.0, (24.0, 192.0), 14.0)
    agency_header(p, ("UBND HUYỆN PHÙ CÁT", "UBND XÃ CÁT HANH"), None, None)
    head = title(p, "LỊCH TRỰC CƠ QUAN\nDỊP NGHỈ LỄ QUỐC KHÁNH 2/9/2025", 14.0)
    p.table([40.0, 64.0, 64.0], [["Ngày", "Lãnh đạo trực", "Công chức trực"],
                                 ["30/8/2025", "Ông Võ Minh Kha", "Bà Đỗ Thị Lan"],
                                 ["31/8/2025", "Ông Hà Quang Sơn", "Ông Trần Văn Tư"],
                                 ["01/9/2025", "Bà Lê Thị Sen", "Ông Phạm Hữu Tài"],
                                 ["02/9/2025", "Ông Võ Minh Kha", "Bà Đỗ Thị Lan"]],
            aligns="cll", pt=11.5)
    out.append(_other("lich_truc", "Lịch trực", [p],
                      {"co_quan_ban_hanh": "UBND xã Cát Hanh"}, head))
    # a payroll
    p = mk.page("narrow", 10.5, (14.0, 200.0), 14.0)
    p.line("HỢP TÁC XÃ NÔNG NGHIỆP DỊCH VỤ THÁI SƠN", "b", 11.0)
    head = title(p, "BẢNG THANH TOÁN TIỀN LƯƠNG THÁNG 7/2025", 14.0)
    p.table([12.0, 56.0, 40.0, 38.0, 40.0],
            [["STT", "Họ và tên", "Chức danh", "Ngày công", "Thực lĩnh"],
             ["1", "Ngô Văn Bình", "Giám đốc", "26", "8.400.000"],
             ["2", "Phạm Thị Hạnh", "Kế toán", "26", "6.900.000"],
             ["3", "Vũ Đức Thắng", "Thủ kho", "25", "5.750.000"]], aligns="clccc", pt=10.5)
    out.append(_other("bang_luong", "Bảng thanh toán tiền lương", [p],
                      {"co_quan_ban_hanh": "Hợp tác xã nông nghiệp dịch vụ Thái Sơn"}, head))
    out += _more(mk)
    return out


def _more(mk: Maker) -> list[Paper]:
    out: list[Paper] = []
    # a survey form whose subject names a birth registration
    p = mk.page("narrow", 11.5, (24.0, 192.0), 16.0)
    head = title(p, "PHIẾU KHẢO SÁT\nSỰ HÀI LÒNG CỦA NGƯỜI DÂN", 14.0,
                 ["Về thủ tục đăng ký khai sinh tại bộ phận một cửa"])
    for q in ["1. Ông/bà có được hướng dẫn đầy đủ khi nộp hồ sơ? [ ] Có  [ ] Không",
              "2. Thời gian giải quyết có đúng hẹn? [ ] Có  [ ] Không",
              "3. Thái độ của công chức tiếp nhận: [ ] Tốt  [ ] Bình thường  [ ] Chưa tốt",
              "4. Ý kiến khác: ......................................................"]:
        p.field(q, hang=5.0)
    out.append(_other("khao_sat", "Phiếu khảo sát", [p], {}, head))
    # a timetable
    p = mk.page("narrow", 11.5, (16.0, 198.0), 16.0)
    p.line("TRƯỜNG THCS NGUYỄN DU - LỚP 8A2", "b", 11.5)
    head = title(p, "THỜI KHÓA BIỂU HỌC KỲ I", 15.0)
    p.table([22.0, 32.0, 32.0, 32.0, 32.0, 32.0],
            [["Tiết", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu"],
             ["1", "Chào cờ", "Toán", "Ngữ văn", "Tiếng Anh", "Vật lý"],
             ["2", "Toán", "Ngữ văn", "Sinh học", "Toán", "Lịch sử"],
             ["3", "Tiếng Anh", "Tin học", "Toán", "Địa lý", "Sinh hoạt"]], aligns="cccccc",
            pt=10.5)
    out.append(_other("thoi_khoa_bieu", "Thời khóa biểu", [p], {}, head))
    # a course certificate
    p = mk.page("narrow", 13.0, (30.0, 180.0), 24.0, color=True)
    p.frame()
    p.line("TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP HUYỆN AN LÃO", "b", 12.0, align="c")
    p.gap(8.0)
    head = title(p, "GIẤY CHỨNG NHẬN\nHOÀN THÀNH KHÓA HỌC", 20.0)
    p.center("Chứng nhận ông: PHÍ VĂN HẬU", "b", 14.0)
    p.center("Sinh ngày: 11/5/1996", "r", 12.5)
    p.center("Đã hoàn thành khóa đào tạo nghề Hàn điện (03 tháng)", "r", 12.5)
    p.center("Xếp loại: Khá", "r", 12.5)
    p.gap(4.0)
    p.line(f"An Lão, {words(date(2025, 7, 25))}", "i", 12.0, align="r")
    sign_right(p, signer(["GIÁM ĐỐC"], "Tô Văn Đạt"), seal=True)
    out.append(_other("chung_nhan_khoa_hoc", "Giấy chứng nhận hoàn thành khóa học", [p],
                      {"ho_ten": "PHÍ VĂN HẬU", "ngay_ban_hanh": "2025-07-25",
                       "co_quan_ban_hanh": "Trung tâm giáo dục nghề nghiệp huyện An Lão"},
                      head))
    # a leaflet
    p = mk.page("narrow", 13.0, (24.0, 192.0), 20.0)
    head = title(p, "PHÒNG, CHỐNG SỐT XUẤT HUYẾT", 20.0, ["Không có lăng quăng, bọ gậy - "
                                                          "không có sốt xuất huyết"])
    for line in ["- Đậy kín dụng cụ chứa nước;", "- Thả cá vào bể nước lớn;",
                 "- Thu dọn vật phế thải quanh nhà;", "- Ngủ màn kể cả ban ngày;",
                 "- Khi bị sốt, đến ngay cơ sở y tế để được khám và điều trị."]:
        p.field(line, pt=14.0)
    p.gap(6.0)
    p.line("TRẠM Y TẾ XÃ QUANG HƯNG", "b", 12.0, align="c")
    out.append(_other("to_roi", "Tờ rơi tuyên truyền", [p], {}, head))
    # an organisation chart: boxes and names, no title line in capitals
    p = mk.page("narrow", 11.0, (24.0, 192.0), 30.0)
    boxes = [(80.0, 136.0, 30.0, "Chủ tịch UBND xã"), (30.0, 86.0, 60.0, "Phó Chủ tịch"),
             (130.0, 186.0, 60.0, "Phó Chủ tịch"), (30.0, 86.0, 90.0, "Văn phòng - Thống kê"),
             (130.0, 186.0, 90.0, "Địa chính - Xây dựng")]
    for x0, x1, top, text in boxes:
        p.rect((x0, x1, top, top + 14.0), width=0.5)
        p.y = top + 4.0
        p.line(text, "r", 11.0, x0=x0, x1=x1, align="c")
    p.vline(108.0, 44.0, 60.0, 0.4)
    p.vline(58.0, 74.0, 90.0, 0.4)
    p.vline(158.0, 74.0, 90.0, 0.4)
    out.append(_other("so_do_to_chuc", "Sơ đồ tổ chức", [p], {}, None))
    # an application to sit a recruitment exam
    p = mk.page("typed", 10.5, (22.0, 194.0), 14.0)
    citizen_header(p, 10.5)
    head = title(p, "PHIẾU ĐĂNG KÝ DỰ TUYỂN VIÊN CHỨC", 13.0)
    for line in ["Vị trí dự tuyển: Giáo viên tiểu học hạng III",
                 "Đơn vị dự tuyển: Phòng Giáo dục và Đào tạo huyện Cư M'gar",
                 "Họ và tên: Y Thuận Mlô   Ngày sinh: 19/9/1999",
                 "Số CCCD: 066099005127   Số điện thoại: 0389 114 520",
                 "Trình độ: Cử nhân Giáo dục tiểu học"]:
        p.field(line, hang=5.0)
    p.line(f"Cư M'gar, {words(date(2025, 7, 15))}", "i", 10.5, align="r")
    sign_right(p, signer(["NGƯỜI ĐĂNG KÝ"], "Y Thuận Mlô", "", 14.0, 10.5))
    out.append(_other("dang_ky_du_tuyen", "Phiếu đăng ký dự tuyển", [p],
                      {"ho_ten": "Y Thuận Mlô", "so_cccd": "066099005127",
                       "ngay_ban_hanh": "2025-07-15"}, head))
    # a user guide page of the public-service portal
    p = mk.page("narrow", 11.5, (24.0, 192.0), 18.0)
    head = title(p, "HƯỚNG DẪN NỘP HỒ SƠ TRỰC TUYẾN", 15.0,
                 ["trên Cổng Dịch vụ công quốc gia"])
    for line in ["Bước 1. Đăng nhập bằng tài khoản định danh điện tử VNeID mức độ 2.",
                 "Bước 2. Chọn thủ tục cần thực hiện, ví dụ: Đăng ký thường trú.",
                 "Bước 3. Điền tờ khai điện tử, đính kèm bản chụp giấy tờ.",
                 "Bước 4. Thanh toán phí, lệ phí trực tuyến (nếu có).",
                 "Bước 5. Theo dõi trạng thái hồ sơ và nhận kết quả."]:
        p.field(line, hang=6.0)
    out.append(_other("huong_dan", "Hướng dẫn", [p], {}, head))
    # a page of photographs of a house's façade: no title
    p = mk.page("narrow", 11.0, (24.0, 192.0), 20.0)
    for top, caption in ((20.0, "Ảnh 1: Mặt tiền nhà nhìn từ đường Hùng Vương"),
                         (150.0, "Ảnh 2: Lối đi chung phía sau nhà")):
        p.rect((30.0, 186.0, top, top + 110.0), width=0.6)
        p.y = top + 112.0
        p.line(caption, "i", 11.0, align="c")
    out.append(_other("anh_chup", "Ảnh chụp", [p], {}, None))
    return out
