"""More loose papers of known types in the tenth held-apart set, about one person each: a tax
office's notice to pay for land use (2 p.), a bank's payment into the state budget, a guide to
complete a dossier, a marital-status confirmation, a passport's data page photocopied, a
personal record with a ward's later certification, a health check and a handover record."""

from __future__ import annotations

from datetime import date

from page10 import (
    MOTTO,
    G,
    L,
    Maker,
    Paper,
    Person,
    boxes,
    dmy,
    header,
    motto,
    rows,
    sign_both,
    sign_right,
    signer,
    stamp,
    title,
    words,
)


def papers(mk: Maker, P: dict[str, Person]) -> list[Paper]:
    """The papers, in scan order."""
    out: list[Paper] = []
    duc, nhu, khang, lua, hieu, tai = (P[k] for k in ("duc", "nhu", "khang", "lua", "hieu",
                                                      "tai"))

    t = mk.page("san", 10.5, (18.0, 192.0), 12.0)
    header(t, ["THUẾ TỈNH THANH HÓA", "THUẾ CƠ SỞ 7 TỈNH THANH HÓA"], "5126/TB-TCS7",
           f"Thanh Hóa, {words(date(2026, 3, 24))}", pt=10.5, parents=1)
    head = title(t, "THÔNG BÁO NỘP TIỀN SỬ DỤNG ĐẤT", 14.0)
    rows(t, [f"Người nộp: Ông {duc.upper}     Mã số thuế: 8402716539",
             f"Số định danh cá nhân: {duc.cccd}",
             f"Địa chỉ: {duc.home}",
             "Căn cứ Phiếu chuyển thông tin số 0412/PCTT-VPĐK ngày 12/3/2026 của Chi nhánh "
             "Văn phòng đăng ký đất đai Yên Định; Nghị định số 103/2024/NĐ-CP ngày 30/7/2024;",
             "Thửa đất số 155, tờ bản đồ số 21, diện tích 120 m2, chuyển mục đích sang đất ở",
             "Số tiền phải nộp: 384.000.000 đồng (ba trăm tám mươi bốn triệu đồng)",
             "Thời hạn nộp: lần 1 (50%) chậm nhất ngày 23/4/2026; lần 2 chậm nhất ngày "
             "22/9/2026."])
    t2 = mk.page("san", 10.5, (18.0, 192.0), 14.0)
    rows(t2, ["Nơi nộp: Kho bạc Nhà nước khu vực IX, tài khoản thu ngân sách số 7111 tại "
              "Ngân hàng TMCP Đầu tư và Phát triển, số tài khoản 500210004417",
              "Quá thời hạn nộp mà chưa nộp thì phải nộp tiền chậm nộp 0,03%/ngày theo Luật "
              "Quản lý thuế ngày 13 tháng 6 năm 2019.",
              "Mọi thắc mắc liên hệ: Đội Quản lý thu, điện thoại 0237.3861.204."])
    sign_right(t2, signer(["KT. TRƯỞNG THUẾ CƠ SỞ", "PHÓ TRƯỞNG"], "Hà Văn Quyết", space=15.0,
                          pt=11.0), seal=True)
    out.append(Paper("thong_bao_nop_tien", "Thông báo nộp tiền", "tb_nop_tien_su_dung_dat",
                     [t, t2], {"ho_ten": duc.upper, "so_cccd": duc.cccd,
                               "so_ky_hieu": "5126/TB-TCS7", "ngay_ban_hanh": "2026-03-24",
                               "co_quan_ban_hanh": "THUẾ CƠ SỞ 7 TỈNH THANH HÓA"}, head))

    n = mk.page("san", 9.5, (14.0, 196.0), 12.0)
    n.pair([L("NGÂN HÀNG TMCP ĐẦU TƯ VÀ PHÁT TRIỂN", "b", 9.5), L("Chi nhánh Lam Sơn", "r", 9.5)],
           [L("Mẫu số C1-02/NS", "b", 9.5), L("Mã hiệu: 1100-26", "r", 9.0),
            L("Số: 0036721", "b", 9.5)], (10.0, 120.0), (130.0, 200.0))
    head = title(n, "GIẤY NỘP TIỀN VÀO NGÂN SÁCH NHÀ NƯỚC", 13.0)
    n.line("Tiền mặt [ ]   Chuyển khoản [x]", "r", 9.5, align="c")
    rows(n, [f"Người nộp thuế: {duc.upper}     Mã số thuế: 8402716539",
             f"Người nộp thay: {hieu.name}, CCCD {hieu.cccd}",
             "Trích tài khoản số: 211000817364 tại BIDV Chi nhánh Lam Sơn",
             "Nộp vào NSNN: KBNN khu vực IX, tài khoản 7111, mở tại BIDV",
             "Cơ quan quản lý thu: Thuế cơ sở 7 tỉnh Thanh Hóa (mã 1057219)",
             "Theo thông báo số 5126/TB-TCS7 ngày 24/3/2026"], pt=9.5)
    n.table([10.0, 88.0, 36.0, 48.0],
            [["STT", "Nội dung khoản nộp", "Mã chương/NDKT", "Số tiền (đồng)"],
             ["1", "Tiền sử dụng đất (lần 1)", "757/1411", "192.000.000"]], aligns="clcc",
            pt=9.5)
    n.line("Ngày 25/03/2026. Giao dịch viên: Lê Thu Hằng. Kiểm soát: Tống Văn Minh", "i", 9.5)
    stamp(n, ["BIDV - CN LAM SƠN", "ĐÃ THU TIỀN", "25/03/2026"], 130.0, n.y + 3.0, oval=True)
    out.append(Paper("giay_nop_tien_nsnn", "Giấy nộp tiền vào ngân sách nhà nước",
                     "giay_nop_tien_bidv_nop_thay", [n],
                     {"so_ky_hieu": "0036721", "ngay_ban_hanh": "2026-03-25",
                      "ho_ten": duc.upper}, head))

    y = mk.page("san", 11.0, (20.0, 192.0), 14.0)
    header(y, ["UBND TỈNH PHÚ THỌ", "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"], "0877/PHD",
           f"Phú Thọ, {words(date(2026, 4, 3))}", pt=11.0, parents=1)
    head = title(y, "PHIẾU HƯỚNG DẪN BỔ SUNG HỒ SƠ", 14.0)
    proc = "Đăng ký hoạt động cơ sở giáo dục mầm non độc lập (nhóm trẻ Sao Mai)"
    rows(y, [f"Kính gửi: Ông {khang.name}", f"Thủ tục: {proc}",
             "Mã hồ sơ đã nộp trực tuyến: 000.00.26.H46-260331-0092",
             "Sau khi xem xét, hồ sơ của Ông cần bổ sung, hoàn thiện các nội dung sau:",
             "1. Bản vẽ mặt bằng phòng nuôi dưỡng, chăm sóc trẻ có chữ ký của chủ cơ sở;",
             "2. Giấy chứng nhận phòng cháy, chữa cháy (thay cho biên bản kiểm tra ngày "
             "12/01/2026);",
             "3. Danh sách giáo viên kèm bằng cấp (bản sao có chứng thực).",
             "Thời hạn bổ sung: trong 05 ngày làm việc. Quá thời hạn, hồ sơ bị trả lại."])
    sign_both(y, signer(["NGƯỜI NHẬN PHIẾU"], khang.name, space=12.0, pt=11.0),
              signer(["CÔNG CHỨC HƯỚNG DẪN"], "Hà Thị Minh Nguyệt", space=12.0, pt=11.0))
    out.append(Paper("phieu_yeu_cau_bo_sung", "Phiếu hướng dẫn bổ sung", "phieu_huong_dan_bo_sung",
                     [y], {"so_ky_hieu": "0877/PHD", "ngay_ban_hanh": "2026-04-03",
                           "ho_ten": khang.name, "thu_tuc": proc,
                           "co_quan_ban_hanh": "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"}, head))

    x = mk.page()
    header(x, ["ỦY BAN NHÂN DÂN", "XÃ QUẢNG UYÊN"], "62/UBND-XNTTHN",
           f"Quảng Uyên, {words(date(2026, 3, 30), pad=True)}", parents=1)
    head = title(x, "GIẤY XÁC NHẬN\nTÌNH TRẠNG HÔN NHÂN", 15.0)
    x.center("ỦY BAN NHÂN DÂN XÃ QUẢNG UYÊN, TỈNH CAO BẰNG", "b", 12.0)
    rows(x, ["Xét đề nghị của bà Sầm Thị Lụa về việc cấp Giấy xác nhận tình trạng hôn nhân,",
             "XÁC NHẬN:",
             f"Họ, chữ đệm, tên: {lua.upper}",
             f"Ngày, tháng, năm sinh: {dmy(lua.born)}     Giới tính: Nữ     Dân tộc: Tày",
             f"Giấy tờ tùy thân: Căn cước số {lua.cccd}",
             f"Nơi cư trú: {lua.home}",
             "Tình trạng hôn nhân: đã đăng ký kết hôn với ông Nông Văn Tuyển năm 2006; đã ly "
             "hôn theo Bản án số 21/2019/HNGĐ-ST ngày 14/5/2019 của Tòa án nhân dân huyện "
             "Quảng Hòa; hiện tại chưa đăng ký kết hôn với ai.",
             "Giấy này được cấp để: làm thủ tục mua bán nhà đất.",
             "Giấy này có giá trị sử dụng 06 tháng kể từ ngày cấp."])
    sign_right(x, signer(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Hoàng Văn Pác", space=15.0),
               seal=True)
    out.append(Paper("giay_xac_nhan_tthn", "Giấy xác nhận tình trạng hôn nhân",
                     "xac_nhan_tthn_sau_ly_hon", [x],
                     {"so_ky_hieu": "62/UBND-XNTTHN", "ngay_ban_hanh": "2026-03-30",
                      "ho_ten": lua.upper, "so_cccd": lua.cccd,
                      "co_quan_ban_hanh": "ỦY BAN NHÂN DÂN XÃ QUẢNG UYÊN"}, head))

    h = mk.page("san", 9.0, (20.0, 190.0), 40.0)
    s = 1.75
    c = G.Card(h, 30.0, 40.0, s)
    c.text(44.0, 4.6, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", 3.3, "c")
    c.text(44.0, 8.4, "HỘ CHIẾU / PASSPORT", "b", 4.4, "c")
    c.segs(13.0, [(26.0, "Loại/Type: P"), (46.0, "Mã số/Code: VNM"),
                  (66.0, "Số/No.: C9163052")], pt=2.9)
    c.text(26.0, 17.4, "Họ và tên / Full name:", "r", 2.9)
    c.text(26.0, 21.0, nhu.upper, "b", 3.8)
    c.text(26.0, 25.4, f"Ngày sinh / Date of birth: {dmy(nhu.born)}   Giới tính: Nữ", "r", 2.9)
    c.text(26.0, 29.2, "Nơi sinh / Place of birth: TP. Hồ Chí Minh", "r", 2.9)
    c.text(26.0, 33.0, f"Số ĐDCN / Personal No.: {nhu.cccd}", "r", 2.9)
    c.text(26.0, 36.8, "Ngày cấp / Date of issue: 11/08/2023", "r", 2.9)
    c.text(26.0, 40.6, "Có giá trị đến / Date of expiry: 11/08/2033", "r", 2.9)
    c.text(26.0, 44.4, "Nơi cấp / Place of issue: Cục Quản lý xuất nhập cảnh", "r", 2.9)
    c.box(3.0, 23.0, 14.0, 42.0, outline=None, fill=(120, 120, 120))
    c.text(3.0, 49.4, f"P<VNM{G.fold(nhu.name).upper().replace(' ', '<')}<<<<<<<", "r", 3.0)
    c.text(3.0, 52.4, f"C9163052<8VNM{nhu.born:%y%m%d}5F3308112<<<<<<<<4", "r", 3.0)
    h.y = 40.0 + G.Card.H * s + 10.0
    h.line("Bản chụp trang nhân thân - nộp kèm hồ sơ xin cấp thị thực", "i", 10.0, align="c")
    out.append(Paper("ho_chieu", "Hộ chiếu", "ho_chieu_sao", [h],
                     {"ho_ten": nhu.upper, "so_ky_hieu": "C9163052", "so_cccd": nhu.cccd,
                      "ngay_ban_hanh": "2023-08-11",
                      "co_quan_ban_hanh": "Cục Quản lý xuất nhập cảnh"}, "HỘ CHIẾU / PASSPORT"))

    ly = mk.page("dis", 11.0, (20.0, 192.0), 12.0)
    ly.rect((22.0, 52.0, 14.0, 54.0), width=0.3)
    ly.put(27.0, 36.0, "Ảnh 4x6", "i", 9.0, record=False)
    motto(ly, 11.5)
    head = title(ly, "SƠ YẾU LÝ LỊCH TỰ THUẬT", 14.5)
    rows(ly, [f"Họ và tên: {hieu.upper}     Giới tính: Nam",
              f"Sinh ngày: {dmy(hieu.born)}     Nơi sinh: Cam Lâm, Khánh Hòa"])
    boxes(ly, "Số CCCD:", hieu.cccd, groups=(12,))
    rows(ly, [f"Hộ khẩu thường trú: {hieu.home}",
              "Trình độ: Kỹ sư điện (Trường Đại học Nha Trang, tốt nghiệp 2024)",
              "Khen thưởng: Giấy khen của Đoàn trường năm 2023",
              "QUAN HỆ GIA ĐÌNH",
              "Họ tên bố: Đoàn Văn Lâm, sinh năm 1972, nông dân, CCCD 056072009184",
              "Họ tên mẹ: Trần Thị Bích, sinh năm 1975, buôn bán, CCCD 056175003627",
              "QUÁ TRÌNH CÔNG TÁC",
              "08/2024 - nay: Kỹ thuật viên, Công ty CP Điện lực Vịnh Cam Ranh",
              "Tôi xin cam đoan những lời khai trên là đúng sự thật."])
    ly.line(f"Cam Lâm, {words(date(2026, 3, 12), pad=True)}", "i", 11.0, align="r")
    sign_right(ly, signer(["Người khai"], hieu.name, space=12.0, pt=11.0))
    stamp(ly, ["UBND XÃ CAM LÂM", "Xác nhận chữ ký ông Đoàn Trung Hiếu", "Ngày 16/3/2026"],
          22.0, ly.y + 2.0)
    out.append(Paper("so_yeu_ly_lich", "Sơ yếu lý lịch", "so_yeu_ly_lich_tu_thuat", [ly],
                     {"ho_ten": hieu.upper, "so_cccd": hieu.cccd, "ngay_ban_hanh": "2026-03-12"},
                     head))

    k = mk.page("san", 10.5, (18.0, 192.0), 12.0)
    k.pair([L("SỞ Y TẾ TỈNH PHÚ THỌ", "r", 10.0), L("TRUNG TÂM Y TẾ KV VĨNH YÊN", "b", 10.0,
                                                    rule=22.0), L("Số: 1290/GKSK-TTYT", "r", 10.0)],
           [L(MOTTO, "b", 9.5), L("Độc lập - Tự do - Hạnh phúc", "b", 10.0, rule=-1)],
           (10.0, 96.0), (96.0, 204.0))
    k.gap(3.0)
    head = title(k, "GIẤY KHÁM SỨC KHỎE", 14.5, ("(Dùng cho người từ đủ 18 tuổi trở lên)",))
    rows(k, [f"Họ và tên: {khang.upper}     Giới tính: Nam     Tuổi: 27",
             f"Số CCCD: {khang.cccd}   cấp ngày 20/5/2021",
             f"Chỗ ở hiện tại: {khang.home}",
             "Lý do khám sức khỏe: bổ sung hồ sơ thành lập nhóm trẻ",
             "Tiền sử bệnh: không     Chiều cao: 170 cm   Cân nặng: 64 kg   Huyết áp: 120/75",
             "Mắt: phải 10/10, trái 10/10     Tai mũi họng: bình thường",
             "Xét nghiệm: HBsAg âm tính; X-quang tim phổi bình thường",
             "KẾT LUẬN: Đủ sức khỏe để làm việc (Loại I)."])
    k.line(f"Vĩnh Yên, {words(date(2026, 4, 4))}", "i", 11.0, align="r")
    sign_right(k, signer(["NGƯỜI KẾT LUẬN"], "BSCKI. Phùng Thị Mai Lan", space=14.0,
                         pt=10.5), seal=True)
    out.append(Paper("giay_kham_suc_khoe", "Giấy khám sức khỏe", "gksk_nhom_tre", [k],
                     {"so_ky_hieu": "1290/GKSK-TTYT", "ngay_ban_hanh": "2026-04-04",
                      "ho_ten": khang.upper, "so_cccd": khang.cccd,
                      "co_quan_ban_hanh": "TRUNG TÂM Y TẾ KV VĨNH YÊN"}, head))

    bb = mk.page()
    header(bb, ["UBND TỈNH ĐỒNG NAI", "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"], "07/BB-HCC",
           "", parents=1)
    head = title(bb, "BIÊN BẢN\nBÀN GIAO HỒ SƠ GIẤY ĐÃ SỐ HÓA", 14.5)
    bb.p(f"Hôm nay, {words(date(2026, 3, 31))}, tại Trung tâm Phục vụ hành chính công tỉnh "
         "Đồng Nai (HCC), chúng tôi gồm:", align="j")
    rows(bb, ["Bên giao: Bà Phan Thị Yến - Tổ trưởng Tổ tiếp nhận, Quầy số 12",
              f"Bên nhận: Ông {tai.name} - Lưu trữ viên, Sở Nội vụ",
              "Đã bàn giao 418 hồ sơ giấy (tháng 3/2026), đã số hóa và ký số theo Thông tư số "
              "01/2023/TT-VPCP ngày 05/4/2023; 03 hộp, mã hộp HCC-2026-03-01 đến -03.",
              "Biên bản lập thành 02 bản, mỗi bên giữ 01 bản."], indent=4.0)
    sign_both(bb, signer(["BÊN GIAO"], "Phan Thị Yến", space=14.0),
              signer(["BÊN NHẬN"], tai.name, space=14.0))
    out.append(Paper("bien_ban", "Biên bản", "bien_ban_ban_giao_so_hoa", [bb],
                     {"so_ky_hieu": "07/BB-HCC", "ngay_ban_hanh": "2026-03-31",
                      "co_quan_ban_hanh": "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"}, head))
    return out

