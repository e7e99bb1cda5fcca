"""Thirteen kinds of paper the classifier should not type, as people bring them to a counter
inside their bundles or as offices print them: some carry a known type's words into their
title ("GIẤY BÁO" of an admission, "DANH BẠ" of a telephone list, "THẺ" of a voter, a
"PHIẾU" of a warranty or of a school), two run over two pages, one has no title at all (a
typed note)."""

from __future__ import annotations

from datetime import date

from page5 import (
    MOTTO,
    Maker,
    Paper,
    header,
    sign_both,
    sign_right,
    signer,
    title,
    words,
)


def _paper(kind: str, label: str, pages: list, head: str | None,
           fields: dict[str, str] | None = None) -> Paper:
    return Paper("other", label, kind, pages, fields or {}, head)


def admission(mk: Maker) -> Paper:
    p = mk.page("termes", 12.5, (24.0, 190.0), 12.0)
    header(p, ("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC HUẾ"), "1942/GBTT-ĐHH",
           f"Huế, {words(date(2025, 8, 23))}", pt=12.0)
    head = title(p, "GIẤY BÁO TRÚNG TUYỂN VÀ NHẬP HỌC", 14.5)
    p.field("Hội đồng tuyển sinh Trường Đại học Huế trân trọng thông báo:")
    p.field("Thí sinh: HỒ NGỌC KHÁNH VY   Số báo danh: 33019842", style="b")
    p.field("Đã trúng tuyển vào ngành: Luật kinh tế (mã ngành 7380107), hệ chính quy, "
            "năm 2025.", hang=4.0)
    p.field("Thời gian nhập học: từ ngày 03/09/2025 đến ngày 06/09/2025, tại Hội trường "
            "lớn, số 3 Lê Lợi, thành phố Huế.", hang=4.0)
    p.field("Khi nhập học mang theo: giấy báo này, học bạ, bằng tốt nghiệp (bản sao), giấy "
            "khai sinh (bản sao), giấy xác nhận thông tin về cư trú.", hang=4.0)
    p.gap(3.0)
    sign_right(p, signer(["TM. HỘI ĐỒNG TUYỂN SINH", "CHỦ TỊCH"], "PGS.TS. Lê Anh Phương", "",
                         20.0, 12.5), seal=True)
    return _paper("giay_bao_trung_tuyen", "Giấy báo trúng tuyển và nhập học", [p], head,
                  {"so_ky_hieu": "1942/GBTT-ĐHH", "ngay_ban_hanh": "2025-08-23",
                   "co_quan_ban_hanh": "Trường Đại học Huế", "ho_ten": "HỒ NGỌC KHÁNH VY"})


def parking(mk: Maker) -> Paper:
    p = mk.page("heros", 11.0, (20.0, 120.0), 20.0)
    p.rect((18.0, 122.0, 16.0, 92.0), width=0.4)
    p.line("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH", "b", 9.5, align="c")
    head = title(p, "VÉ GỬI XE MÁY", 15.0)
    p.line("Số vé: 004173", "b", 13.0, align="c")
    p.line("Giá vé: 2.000 đồng/lượt", "r", 11.0, align="c")
    p.line("Giờ vào: 07:52   Ngày: 01/12/2025", "r", 11.0, align="c")
    p.line("Mất vé phạt 50.000 đồng. Giữ vé cẩn thận.", "i", 9.5, align="c")
    return _paper("ve_gui_xe", "Vé gửi xe máy", [p], head)


def price_list(mk: Maker) -> Paper:
    p = mk.page("heros", 13.0, (20.0, 190.0), 20.0)
    p.line("ĐIỂM DỊCH VỤ PHOTOCOPY MINH TRÍ", "b", 13.0, align="c")
    p.line("(cạnh cổng Trung tâm Phục vụ hành chính công)", "i", 11.0, align="c")
    p.gap(4.0)
    head = title(p, "BẢNG GIÁ DỊCH VỤ", 22.0)
    p.table([110.0, 60.0], [["Dịch vụ", "Giá (đồng)"],
                            ["Photocopy A4 một mặt", "500"], ["Photocopy A4 hai mặt", "800"],
                            ["Photo màu căn cước, hộ chiếu", "3.000"],
                            ["In tài liệu từ điện thoại", "1.000/trang"],
                            ["Ép plastic khổ A4", "10.000"], ["Đánh máy tờ khai, đơn", "20.000"],
                            ["Chụp ảnh thẻ lấy ngay (4 ảnh)", "40.000"]], aligns="lc", pt=13.0)
    p.line("Đt: 0258 3816 227 - Zalo: 0905 441 682", "b", 12.0, align="c")
    return _paper("bang_gia", "Bảng giá dịch vụ", [p], head)


def eulogy(mk: Maker) -> Paper:
    p = mk.page("termes", 13.5, (28.0, 188.0), 20.0)
    head = title(p, "ĐIẾU VĂN", 18.0, ["Tiễn biệt ông Nguyễn Hữu Bốn (1938 - 2025)"])
    for text in ["Kính thưa linh hồn ông Nguyễn Hữu Bốn!",
                 "Kính thưa gia quyến cùng toàn thể bà con họ hàng, làng xóm!",
                 "Hôm nay, trong niềm tiếc thương vô hạn, chúng tôi tề tựu về đây để tiễn đưa "
                 "ông về nơi an nghỉ cuối cùng. Ông sinh năm 1938 tại làng Phú Khê, cả cuộc đời "
                 "cần cù lao động, sống mẫu mực, thương yêu con cháu, được bà con lối xóm quý "
                 "trọng.",
                 "Ông đã từ trần hồi 4 giờ 15 phút ngày 27 tháng 10 năm 2025, hưởng thọ 88 tuổi.",
                 "Trước anh linh của ông, chúng tôi xin hứa sẽ đoàn kết, chăm lo cho gia đình, "
                 "xứng đáng với công lao của ông.",
                 "Xin vĩnh biệt ông! Cầu chúc ông an nghỉ nơi chín suối!"]:
        p.p(text, align="j")
    p.gap(3.0)
    p.line("BAN LỄ TANG", "b", 13.0, align="r")
    return _paper("dieu_van", "Điếu văn", [p], head)


def voter_card(mk: Maker) -> Paper:
    p = mk.page("termes", 11.0, (20.0, 150.0), 20.0)
    p.rect((16.0, 154.0, 16.0, 112.0), width=0.6)
    p.line("HỘI ĐỒNG BẦU CỬ QUỐC GIA", "b", 10.0, align="c")
    p.line(MOTTO, "b", 9.5, align="c")
    head = title(p, "THẺ CỬ TRI", 18.0)
    p.line("Số: 0318", "r", 11.0, align="c")
    p.field("Họ và tên cử tri: VI THỊ HẰNG")
    p.field("Ngày sinh: 14/02/1990")
    p.field("Đơn vị bầu cử số 3 - Khu vực bỏ phiếu số 7, xã Hòa An")
    p.field("Bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm "
            "kỳ 2026 - 2031", hang=4.0)
    p.field("Ngày bầu cử: Chủ nhật, 15/03/2026", style="b")
    return _paper("the_cu_tri", "Thẻ cử tri", [p], head)



def school_report(mk: Maker) -> Paper:
    p = mk.page("heros", 11.5, (18.0, 194.0), 12.0)
    p.line("TRƯỜNG TIỂU HỌC HƯỚNG PHÙNG", "b", 11.5)
    p.gap(2.0)
    head = title(p, "PHIẾU LIÊN LẠC", 16.0, ["Học kỳ I - Năm học 2025 - 2026"])
    p.field("Học sinh: Nguyễn Hoàng Bảo Châu   Lớp: 4A")
    p.table([60.0, 60.0, 56.0], [["Môn học", "Mức đạt được", "Điểm KTĐK"],
                                 ["Tiếng Việt", "Hoàn thành tốt", "9"],
                                 ["Toán", "Hoàn thành tốt", "10"],
                                 ["Khoa học", "Hoàn thành", "8"],
                                 ["Tiếng Anh", "Hoàn thành", "7"]], aligns="lcc", pt=11.0)
    p.field("Nhận xét của giáo viên: Em ngoan, chăm học, cần mạnh dạn phát biểu hơn.",
            hang=4.0)
    p.gap(2.0)
    sign_both(p, signer(["Ý KIẾN PHỤ HUYNH"], "Hoàng Thị Lựu", "", 14.0, 11.5),
              signer(["GIÁO VIÊN CHỦ NHIỆM"], "Trần Thị Mai", "", 14.0, 11.5))
    return _paper("phieu_lien_lac", "Phiếu liên lạc", [p], head)


def fixtures(mk: Maker) -> Paper:
    p = mk.page("heros", 12.0, (16.0, 196.0), 14.0)
    p.line("ĐOÀN THANH NIÊN XÃ IA HRÚ", "b", 12.0, align="c")
    head = title(p, "LỊCH THI ĐẤU GIẢI BÓNG ĐÁ NAM\nCHÀO MỪNG NGÀY ĐẠI ĐOÀN KẾT TOÀN DÂN TỘC",
                 14.0)
    p.table([14.0, 32.0, 26.0, 78.0, 30.0], [
        ["Trận", "Ngày", "Giờ", "Đội gặp đội", "Sân"],
        ["1", "08/11/2025", "15h30", "Làng Ia Gri - Làng Ia Ring", "Sân xã"],
        ["2", "08/11/2025", "16h45", "Thôn 1 - Thôn 3", "Sân xã"],
        ["3", "09/11/2025", "15h30", "Làng Ia Gri - Thôn 3", "Sân trường"],
        ["4", "09/11/2025", "16h45", "Làng Ia Ring - Thôn 1", "Sân trường"],
        ["CK", "15/11/2025", "15h30", "Nhất bảng A - Nhất bảng B", "Sân xã"]],
        aligns="ccclc", pt=11.5)
    p.field("Ghi chú: các đội có mặt trước giờ thi đấu 30 phút; mang theo danh sách cầu thủ "
            "có xác nhận của thôn, làng.", hang=4.0)
    return _paper("lich_thi_dau", "Lịch thi đấu", [p], head)


def warranty(mk: Maker) -> Paper:
    p = mk.page("heros", 11.0, (18.0, 150.0), 16.0)
    p.line("CỬA HÀNG ĐIỆN MÁY THÀNH ĐẠT - PHỐ HIẾN", "b", 10.5)
    head = title(p, "PHIẾU BẢO HÀNH", 16.0, ["(Vui lòng giữ phiếu để được bảo hành)"])
    for text in ["Sản phẩm: Tủ lạnh Inverter 322 lít", "Số sê-ri: TL322VN24110587",
                 "Khách hàng: Chu Văn Đạt   Điện thoại: 0979 226 510",
                 "Ngày mua: 02/11/2025   Thời hạn bảo hành: 24 tháng",
                 "Không bảo hành: rơi vỡ, vào nước, cháy nổ do nguồn điện."]:
        p.field(text)
    p.rect((18.0, 150.0, 14.0, p.y + 4.0), width=0.4)
    return _paper("phieu_bao_hanh", "Phiếu bảo hành", [p], head)


def wedding(mk: Maker) -> Paper:
    p = mk.page("termes", 13.0, (30.0, 180.0), 30.0, color=True)
    p.rect((22.0, 188.0, 22.0, 190.0), width=0.8, outline=(170, 30, 40))
    p.line("TRÂN TRỌNG KÍNH MỜI", "b", 13.0, align="c")
    p.gap(6.0)
    head = title(p, "LỄ THÀNH HÔN", 24.0)
    p.center("của con chúng tôi", "i", 13.0)
    p.gap(3.0)
    p.center("BÙI THỊ THU PHƯƠNG", "b", 16.0)
    p.center("và", "i", 13.0)
    p.center("TRỊNH XUÂN BẮC", "b", 16.0)
    p.gap(4.0)
    p.center("Tiệc cưới được tổ chức vào lúc 11 giờ 00, Chủ nhật ngày 14/12/2025", "r", 12.5)
    p.center("(nhằm ngày 25 tháng 10 năm Ất Tỵ)", "i", 12.0)
    p.center("Tại: tư gia, xóm Đông, xã Gia Viễn, tỉnh Ninh Bình", "r", 12.5)
    p.gap(4.0)
    p.center("Sự hiện diện của quý khách là niềm vinh hạnh cho gia đình chúng tôi!", "i", 12.0)
    return _paper("thiep_cuoi", "Thiệp mời lễ thành hôn", [p], head)


def ticket(mk: Maker) -> Paper:
    p = mk.page("heros", 10.5, (20.0, 130.0), 20.0)
    p.rect((16.0, 134.0, 16.0, 100.0), width=0.4)
    p.line("TỔNG CÔNG TY ĐƯỜNG SẮT VIỆT NAM", "b", 10.0, align="c")
    head = title(p, "THẺ LÊN TÀU HỎA", 14.0, ["BOARDING PASS"])
    for text in ["Mã vé: 8017735462   Tàu: SE3", "Ga đi: Hà Nội - Ga đến: Đông Hà",
                 "Ngày đi: 19/11/2025   Giờ đi: 19:25", "Toa: 6   Chỗ: 24 (nằm khoang 4)",
                 "Họ tên: NGUYỄN VĂN TRỌNG", "Giá vé: 1.126.000 VNĐ"]:
        p.field(text)
    return _paper("the_len_tau", "Thẻ lên tàu hỏa", [p], head)


def directory(mk: Maker) -> Paper:
    p = mk.page("heros", 11.5, (16.0, 196.0), 14.0)
    p.line("ỦY BAN NHÂN DÂN XÃ HOẰNG TIẾN", "b", 11.5, align="c")
    head = title(p, "DANH BẠ ĐIỆN THOẠI", 16.0, ["Cán bộ, công chức xã (cập nhật 10/2025)"])
    p.table([12.0, 60.0, 64.0, 44.0], [
        ["TT", "Họ và tên", "Chức vụ", "Điện thoại"],
        ["1", "Lê Xuân Hòa", "Chủ tịch UBND", "0912 318 506"],
        ["2", "Phạm Thị Lan", "Phó Chủ tịch UBND", "0986 204 117"],
        ["3", "Đỗ Thị Ngọc Ánh", "Công chức Trung tâm PVHCC", "0377 915 608"],
        ["4", "Trịnh Văn Mạnh", "Công chức Địa chính", "0965 447 301"],
        ["5", "Lê Thị Hương", "Công chức Tư pháp - Hộ tịch", "0834 770 219"]],
        aligns="cllc", pt=11.0)
    return _paper("danh_ba", "Danh bạ điện thoại", [p], head)


def site_log(mk: Maker) -> Paper:
    p = mk.page("cursor", 10.5, (20.0, 194.0), 14.0)
    head = title(p, "NHẬT KÝ THI CÔNG CÔNG TRÌNH", 14.0,
                 ["Công trình: Nhà ở riêng lẻ hộ ông Vương Đức Lộc"])
    entries = [("24/11/2025", "Trời nắng. Đổ bê tông móng trục A-C, 12 m3 mác 250."),
               ("25/11/2025", "Bảo dưỡng bê tông móng, tưới nước 3 lần."),
               ("26/11/2025", "Xây tường móng gạch đặc, vữa mác 75."),
               ("27/11/2025", "Trời mưa nhẹ, tạm dừng thi công buổi chiều."),
               ("28/11/2025", "Lắp cốt thép cột tầng 1, nghiệm thu cốt thép cột.")]
    for day, text in entries:
        p.field(f"Ngày {day}: {text}", hang=6.0)
        p.field("Chỉ huy trưởng: Tạ Văn Phú   Giám sát: Vương Đức Lộc", pt=9.5)
        p.gap(2.0)
    q = mk.page("cursor", 10.5, (20.0, 194.0), 16.0)
    for day, text in [("29/11/2025", "Ghép cốp pha cột tầng 1, đổ bê tông cột."),
                      ("01/12/2025", "Tháo cốp pha cột; ghép cốp pha dầm sàn tầng 2."),
                      ("03/12/2025", "Đổ bê tông dầm sàn tầng 2, 18 m3.")]:
        q.field(f"Ngày {day}: {text}", hang=6.0)
        q.field("Chỉ huy trưởng: Tạ Văn Phú   Giám sát: Vương Đức Lộc", pt=9.5)
        q.gap(2.0)
    return _paper("nhat_ky_thi_cong", "Nhật ký thi công", [p, q], head)


def note(mk: Maker) -> Paper:
    p = mk.page("cursor", 11.0, (24.0, 190.0), 24.0)
    for text in ["Ghi nhớ - việc cần làm tuần sau:", "- Thứ Hai: ra xã nộp tờ khai cho bố.",
                 "- Mang bản chính sổ đỏ + căn cước của bố đi photo 2 bộ.",
                 "- Hỏi chị Ánh ở quầy số 2 về lệ phí đo đạc.",
                 "- Gọi anh Quý bên đo đạc: 0915 228 104.",
                 "- Thứ Năm: đón cháu Châu lúc 16h30."]:
        p.field(text)
    return _paper("ghi_chu", "Ghi chú", [p], None)


def papers(mk: Maker) -> list[Paper]:
    """The thirteen papers of kinds the classifier does not know, in scan order."""
    return [admission(mk), parking(mk), price_list(mk), eulogy(mk), voter_card(mk),
            school_report(mk), fixtures(mk), warranty(mk), wedding(mk), ticket(mk),
            directory(mk), site_log(mk), note(mk)]
