"""More loose papers of known types of the thirteenth held-apart set, scanned after those of
``loose13``: a counter's apology slip and its refusal slip, a health-insurance card copied
both sides, a disability certificate, a CV with a photo over a two-line title, residents'
petition, a VAT invoice (colour), a death extract titled in a box, a payment into the state
budget stamped by the bank and a company's shareholders' resolution."""

from __future__ import annotations

from page13 import (
    BLUE,
    G,
    Maker,
    Paper,
    box_stamp,
    boxed_title,
    header,
    left_title,
    motto,
    photo,
    rows,
    sign_both,
    sign_right,
    signer,
    title,
)


def papers(mk: Maker) -> list[Paper]:
    """The ten papers of this module."""
    return [_apology(mk), _refusal(mk), _card(mk), _disability(mk), _cv(mk), _petition(mk),
            _invoice(mk), _extract(mk), _budget(mk), _resolution(mk)]


def _apology(mk: Maker) -> Paper:
    p = mk.page("ct", 10.5, (20.0, 192.0), 14.0)
    header(p, ["UBND TỈNH CÀ MAU", "UBND XÃ NĂM CĂN"], None,
           "Năm Căn, ngày 18 tháng 3 năm 2026", pt=10.0)
    head = title(p, "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", 13.0)
    rows(p, ["Kính gửi: ông LÂM HOÀNG PHÚC",
             "Mã hồ sơ: 000.31.44.H12-260302-0067 (hồ sơ khác, không thuộc lô này)",
             "Thủ tục: Đăng ký biến động đất đai do chuyển nhượng",
             "Ngày hẹn trả theo giấy tiếp nhận: 16/03/2026",
             "Lý do trễ hạn: chờ kết quả đo đạc lại ranh giới thửa đất giáp kênh.",
             "Ủy ban nhân dân xã thành thật xin lỗi ông và hẹn lại ngày trả kết quả: 25/03/2026."],
         pt=10.5)
    sign_right(p, signer(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Quách Văn Đời", space=14.0,
                         pt=10.5), seal=True)
    return Paper("phieu_xin_loi", "Phiếu xin lỗi và hẹn lại ngày trả kết quả",
                 "phieu_xin_loi_tre_han_do_dac", [p],
                 {"ngay_ban_hanh": "2026-03-18", "ho_ten": "LÂM HOÀNG PHÚC",
                  "thu_tuc": "Đăng ký biến động đất đai do chuyển nhượng",
                  "co_quan_ban_hanh": "UBND XÃ NĂM CĂN"}, head)


def _refusal(mk: Maker) -> Paper:
    p = mk.page("ct", 10.5, (20.0, 192.0), 16.0)
    p.line("CÔNG AN PHƯỜNG VŨNG TÀU - THÀNH PHỐ HỒ CHÍ MINH", "b", 10.0)
    p.gap(3.0)
    head = left_title(p, "PHIẾU TỪ CHỐI TIẾP NHẬN,\nGIẢI QUYẾT HỒ SƠ", 14.0)
    rows(p, ["Số: 12/PTC-CAP     Ngày 13/03/2026",
             "Người nộp: bà ĐINH THỊ XUÂN", "Số định danh cá nhân: 077184002956",
             "Thủ tục: Đăng ký thường trú",
             "Lý do từ chối: chỗ ở đăng ký thường trú là nhà trên đất lấn chiếm hành lang bờ "
             "biển, không đủ điều kiện theo Luật Cư trú ngày 13 tháng 11 năm 2020.",
             "Hồ sơ đã trả lại đủ cho người nộp."], pt=10.5)
    sign_both(p, signer(["NGƯỜI NỘP"], "ĐINH THỊ XUÂN", space=12.0, pt=10.0),
              signer(["CÁN BỘ TIẾP NHẬN"], "Thượng úy Mạc Văn Khang", space=12.0, pt=10.0))
    return Paper("phieu_tu_choi", "Phiếu từ chối tiếp nhận, giải quyết hồ sơ",
                 "phieu_tu_choi_thuong_tru_lan_chiem", [p],
                 {"so_ky_hieu": "12/PTC-CAP", "ngay_ban_hanh": "2026-03-13",
                  "ho_ten": "ĐINH THỊ XUÂN", "so_cccd": "077184002956",
                  "thu_tuc": "Đăng ký thường trú",
                  "co_quan_ban_hanh": "CÔNG AN PHƯỜNG VŨNG TÀU"}, head)


def _card(mk: Maker) -> Paper:
    p = mk.page("ct", 9.0, (14.0, 196.0), 16.0)
    f = G.Card(p, 14.0, 20.0, 1.0)
    f.text(42.0, 5.0, "BẢO HIỂM XÃ HỘI VIỆT NAM", "b", 3.6, "c")
    f.text(42.0, 11.0, "THẺ BẢO HIỂM Y TẾ", "b", 5.6, "c")
    for k, line in enumerate(("Mã số: HT3404021836415", "Họ và tên: KIỀU THỊ THOA",
                              "Ngày sinh: 14/05/1959     Giới tính: Nữ",
                              "Nơi ĐK KCB ban đầu: Trạm Y tế xã Tây Sơn",
                              "Giá trị sử dụng từ: 01/01/2026")):
        f.text(4.0, 19.0 + 5.6 * k, line, "r", 3.9)
    b = G.Card(p, 106.0, 20.0, 1.0)
    for k, line in enumerate(("Lưu ý:", "- Xuất trình thẻ khi đi khám, chữa bệnh;",
                              "- Không cho người khác mượn thẻ;",
                              "- Thời điểm đủ 5 năm liên tục: 01/01/2021")):
        b.text(4.0, 8.0 + 5.6 * k, line, "r", 3.6)
    p.y = 86.0
    p.field("Bản chụp hai mặt thẻ - nộp kèm hồ sơ hưởng trợ cấp.", style="i", pt=9.0)
    return Paper("the_bhyt", "Thẻ bảo hiểm y tế", "the_bhyt_chup_hai_mat", [p],
                 {"so_ky_hieu": "HT3404021836415", "ho_ten": "KIỀU THỊ THOA",
                  "co_quan_ban_hanh": "BẢO HIỂM XÃ HỘI VIỆT NAM"}, "THẺ BẢO HIỂM Y TẾ")


def _disability(mk: Maker) -> Paper:
    p = mk.page("jn", 11.5, (34.0, 176.0), 24.0)
    p.rect((28.0, 182.0, 18.0, 150.0), width=1.0)
    p.center("ỦY BAN NHÂN DÂN XÃ TÂY SƠN, TỈNH GIA LAI", "b", 11.0)
    p.line("Số: 0093/XNKT", "r", 10.5, align="c")
    head = title(p, "GIẤY XÁC NHẬN KHUYẾT TẬT", 15.0)
    rows(p, ["Họ và tên: ĐẶNG VĂN TÍN     Năm sinh: 2004",
             "Số định danh cá nhân: 052204007319",
             "Nơi cư trú: thôn Phú Lạc, xã Tây Sơn, tỉnh Gia Lai",
             "Dạng khuyết tật: vận động     Mức độ: nặng",
             "Ngày cấp: 27/02/2026"], pt=11.5)
    sign_right(p, signer(["CHỦ TỊCH"], "Nguyễn Thanh Bình", space=12.0, pt=11.0), seal=True)
    return Paper("giay_xac_nhan_khuyet_tat", "Giấy xác nhận khuyết tật",
                 "xac_nhan_khuyet_tat_khung_day", [p],
                 {"so_ky_hieu": "0093/XNKT", "ho_ten": "ĐẶNG VĂN TÍN",
                  "so_cccd": "052204007319", "ngay_ban_hanh": "2026-02-27",
                  "co_quan_ban_hanh": "ỦY BAN NHÂN DÂN XÃ TÂY SƠN"}, head)


def _cv(mk: Maker) -> Paper:
    p = mk.page("jn", 11.5, (22.0, 190.0), 14.0)
    motto(p, 12.0)
    top = p.y
    photo(p, 22.0, top, 30.0, 40.0)
    p.x0 = 58.0
    head = title(p, "SƠ YẾU LÝ LỊCH\nTỰ THUẬT", 15.0)
    rows(p, ["Họ và tên: TRỊNH THỊ BẢO NGỌC     Giới tính: Nữ",
             "Sinh ngày: 30/06/2002", "Số định danh cá nhân: 036302008471"], pt=11.5)
    p.x0 = 22.0
    p.y = max(p.y, top + 44.0)
    rows(p, ["Quê quán: xã Giao Thủy, tỉnh Ninh Bình",
             "Trình độ: cử nhân Kế toán (Học viện Tài chính, 2024)",
             "Quá trình công tác: 08/2024 - nay: kế toán viên, Công ty TNHH Thương mại Giao "
             "Thủy Xanh",
             "Cha: Trịnh Văn Mạnh, sinh năm 1975, làm ruộng",
             "Mẹ: Vũ Thị Liên, sinh năm 1978, buôn bán"], pt=11.5)
    p.p("Tôi xin cam đoan lời khai trên là đúng sự thật.", pt=11.5)
    p.right("Giao Thủy, ngày 02 tháng 3 năm 2026", "i", 11.5)
    sign_right(p, signer(["NGƯỜI KHAI"], "TRỊNH THỊ BẢO NGỌC", space=14.0, pt=11.5))
    return Paper("so_yeu_ly_lich", "Sơ yếu lý lịch", "so_yeu_ly_lich_anh_canh_tieu_de", [p],
                 {"ho_ten": "TRỊNH THỊ BẢO NGỌC", "so_cccd": "036302008471",
                  "ngay_ban_hanh": "2026-03-02"}, head)


def _petition(mk: Maker) -> Paper:
    p = mk.page("jn", 12.0, (22.0, 190.0), 14.0)
    motto(p, 12.5)
    head = title(p, "ĐƠN KIẾN NGHỊ", 16.0, ("(V/v tiếng ồn của quán karaoke về đêm)",))
    p.center("Kính gửi: Ủy ban nhân dân phường Ninh Bình", "r", 12.0)
    rows(p, ["Chúng tôi gồm 14 hộ dân tổ dân phố 6, phường Ninh Bình, tỉnh Ninh Bình; người đại "
             "diện: ông CÙ VĂN TUẤN, số định danh 037068001295.",
             "Từ tháng 12/2025, quán karaoke Hoàng Gia ở số 88 đường Lương Văn Thăng hát đến 1 "
             "giờ sáng, gây ồn ảnh hưởng người già, trẻ nhỏ.",
             "Đề nghị Ủy ban nhân dân phường kiểm tra, xử lý và buộc quán làm cách âm."], pt=12.0)
    p.right("Ninh Bình, ngày 20 tháng 3 năm 2026", "i", 12.0)
    sign_right(p, signer(["NGƯỜI ĐẠI DIỆN"], "CÙ VĂN TUẤN",
                         note="(kèm danh sách 14 hộ ký tên)", space=14.0, pt=12.0))
    return Paper("don_khieu_nai", "Đơn kiến nghị", "don_kien_nghi_karaoke_14_ho", [p],
                 {"ho_ten": "CÙ VĂN TUẤN", "so_cccd": "037068001295",
                  "ngay_ban_hanh": "2026-03-20"}, head)


def _invoice(mk: Maker) -> Paper:
    p = mk.page("cf", 9.0, (16.0, 194.0), 14.0, color=True)
    p.rect((12.0, 198.0, 10.0, 180.0), width=0.8, outline=(190, 60, 60))
    p.line("CÔNG TY TNHH VẬT TƯ NÔNG NGHIỆP ĐỒNG THÁP MƯỜI", "b", 10.0)
    p.line("MST: 1402379165 - Quốc lộ 30, xã Tháp Mười, tỉnh Đồng Tháp", "r", 8.5)
    p.gap(2.0)
    head = title(p, "HÓA ĐƠN GIÁ TRỊ GIA TĂNG", 14.0, ("(Hóa đơn điện tử)",))
    rows(p, ["Ký hiệu: 1C26TDM     Số: 00001842",
             "Ngày 14 tháng 03 năm 2026",
             "Đơn vị mua: HỢP TÁC XÃ LÚA GẠO MỸ AN - MST 1401928374",
             "Hình thức thanh toán: chuyển khoản"], pt=9.0)
    p.table([10.0, 72.0, 20.0, 22.0, 26.0, 28.0],
            [["STT", "Hàng hóa", "ĐVT", "SL", "Đơn giá", "Thành tiền"],
             ["1", "Phân bón NPK 20-20-15", "bao", "120", "720.000", "86.400.000"],
             ["2", "Thuốc trừ rầy (chai 500 ml)", "chai", "60", "145.000", "8.700.000"],
             ["", "Cộng tiền hàng", "", "", "", "95.100.000"],
             ["", "Thuế GTGT 5%", "", "", "", "4.755.000"],
             ["", "Tổng cộng thanh toán", "", "", "", "99.855.000"]], aligns="clcccc", pt=8.5)
    p.field("Mã tra cứu: DTM-26-03-8841K; ký số bởi Công ty TNHH Vật tư Nông nghiệp Đồng Tháp "
            "Mười ngày 14/03/2026.", pt=8.5)
    return Paper("hoa_don", "Hóa đơn giá trị gia tăng", "hoa_don_gtgt_phan_bon_htx", [p],
                 {"so_ky_hieu": "00001842", "ngay_ban_hanh": "2026-03-14",
                  "co_quan_ban_hanh": "CÔNG TY TNHH VẬT TƯ NÔNG NGHIỆP ĐỒNG THÁP MƯỜI"}, head)


def _extract(mk: Maker) -> Paper:
    p = mk.page("jn", 12.0, (24.0, 188.0), 16.0)
    header(p, ["UBND TỈNH QUẢNG TRỊ", "UBND XÃ VĨNH LINH"], "21/TLKT-BS",
           "Vĩnh Linh, ngày 10 tháng 3 năm 2026", pt=10.5)
    head = boxed_title(p, "TRÍCH LỤC KHAI TỬ\n(BẢN SAO)", 14.0)
    rows(p, ["Họ, chữ đệm, tên người đã chết: NGÔ THỊ LÀI",
             "Ngày, tháng, năm sinh: 05/5/1939     Giới tính: Nữ",
             "Số định danh cá nhân: 045139000827",
             "Đã chết lúc: 16 giờ 00 phút, ngày 24/01/2026, tại nhà riêng",
             "Nơi đăng ký khai tử: UBND xã Vĩnh Linh; số 09, quyển 01/2026, ngày 28/01/2026",
             "Người yêu cầu cấp bản sao: Ngô Văn Định (con)"], pt=12.0)
    sign_right(p, signer(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Hoàng Thị Nguyệt", space=16.0,
                         pt=12.0), seal=True)
    return Paper("trich_luc_ho_tich", "Trích lục khai tử", "trich_luc_khai_tu_ban_sao_khung",
                 [p], {"so_ky_hieu": "21/TLKT-BS", "ngay_ban_hanh": "2026-03-10",
                       "ho_ten": "NGÔ THỊ LÀI", "so_cccd": "045139000827",
                       "co_quan_ban_hanh": "UBND XÃ VĨNH LINH"}, head)


def _budget(mk: Maker) -> Paper:
    p = mk.page("ct", 9.5, (14.0, 196.0), 12.0)
    p.line("Mẫu số C1-02/NS", "i", 9.0, align="r")
    head = title(p, "GIẤY NỘP TIỀN VÀO NGÂN SÁCH NHÀ NƯỚC", 13.0,
                 ("Tiền mặt [ ]   Chuyển khoản [x]",))
    rows(p, ["Người nộp thuế: ÔNG BÙI THANH SƠN     Mã số thuế: 8431097265",
             "Số định danh cá nhân: 075083011462",
             "Đề nghị Ngân hàng TMCP Đầu tư và Phát triển Việt Nam - chi nhánh Trảng Bom trích "
             "tài khoản số 6250 1843 7720 để nộp vào ngân sách nhà nước",
             "Tại Kho bạc Nhà nước khu vực XVII, tài khoản thu NSNN 7111",
             "Theo thông báo số 1526/TB-TCS3 ngày 11/3/2026 của Thuế cơ sở 3 tỉnh Đồng Nai"],
         pt=9.5)
    p.table([12.0, 76.0, 34.0, 60.0],
            [["STT", "Nội dung các khoản nộp", "Mã tiểu mục", "Số tiền (đồng)"],
             ["1", "Tiền sử dụng đất - lần 1", "1411", "93.000.000"],
             ["", "Tổng cộng", "", "93.000.000"]], aligns="clcc", pt=9.0)
    p.line("Ngày 02 tháng 4 năm 2026", "i", 9.5, align="r")
    sign_both(p, signer(["NGƯỜI NỘP TIỀN"], "BÙI THANH SƠN", space=10.0, pt=9.5),
              signer(["NGÂN HÀNG", "Kế toán"], "Đoàn Ngọc Trâm", space=10.0, pt=9.5))
    box_stamp(p, ["ĐÃ THU TIỀN", "BIDV Trảng Bom - 02/4/2026"], 120.0, p.y + 2.0, pt=8.5,
              color=BLUE)
    return Paper("giay_nop_tien_nsnn", "Giấy nộp tiền vào ngân sách nhà nước",
                 "giay_nop_tien_sdd_lan_mot_bidv", [p],
                 {"ngay_ban_hanh": "2026-04-02", "ho_ten": "BÙI THANH SƠN",
                  "so_cccd": "075083011462"}, head)


def _resolution(mk: Maker) -> Paper:
    p = mk.page("ct", 10.5, (20.0, 192.0), 14.0)
    header(p, ["CÔNG TY CỔ PHẦN", "THỦY SẢN SÔNG ĐỐC"], "01/2026/NQ-ĐHĐCĐ",
           "Cà Mau, ngày 21 tháng 3 năm 2026", pt=10.0, parents=0)
    head = title(p, "NGHỊ QUYẾT\nĐẠI HỘI ĐỒNG CỔ ĐÔNG THƯỜNG NIÊN NĂM 2026", 13.5)
    p.p("Căn cứ Luật Doanh nghiệp ngày 17 tháng 6 năm 2020 và Điều lệ Công ty; căn cứ biên bản "
        "họp Đại hội đồng cổ đông ngày 21/3/2026 (82,4% số cổ phần có quyền biểu quyết dự "
        "họp),", pt=10.5, align="j")
    p.center("QUYẾT NGHỊ:", "b", 11.0)
    rows(p, ["Điều 1. Thông qua báo cáo tài chính năm 2025 đã kiểm toán: doanh thu 412 tỷ đồng, "
             "lợi nhuận sau thuế 18,6 tỷ đồng.",
             "Điều 2. Chia cổ tức năm 2025 bằng tiền, tỷ lệ 8% mệnh giá.",
             "Điều 3. Kế hoạch năm 2026: doanh thu 450 tỷ đồng; đầu tư kho lạnh 2.000 tấn.",
             "Điều 4. Bầu bổ sung ông Trần Hữu Nghĩa làm thành viên Hội đồng quản trị."],
         pt=10.5)
    sign_right(p, signer(["TM. ĐẠI HỘI ĐỒNG CỔ ĐÔNG", "CHỦ TỌA"], "Lâm Văn Sáu", space=15.0,
                         pt=10.5), seal=True)
    return Paper("nghi_quyet", "Nghị quyết", "nghi_quyet_dhdcd_thuy_san", [p],
                 {"so_ky_hieu": "01/2026/NQ-ĐHĐCĐ", "ngay_ban_hanh": "2026-03-21",
                  "co_quan_ban_hanh": "CÔNG TY CỔ PHẦN THỦY SẢN SÔNG ĐỐC"}, head)
