"""Two dossiers of the eleventh held-apart set: a man exchanges his old driving licence of the
transport department for one of the police (phường Trường Vinh, Nghệ An), his appointment
slip with a photo box and the fee in figures; a woman laid off by an electronics company asks
for unemployment benefit (Bắc Ninh), her slip with the calendar of her monthly reports."""

from __future__ import annotations

from datetime import date

from page11 import (
    MOTTO,
    MOTTO2,
    Dossier,
    G,
    L,
    Maker,
    Paper,
    chip_copy,
    dmy,
    dotted,
    header,
    motto,
    recipients,
    rows,
    sign_both,
    sign_right,
    signer,
    stamp,
    title,
    words,
)


def licence(mk: Maker) -> Dossier:
    """Đổi giấy phép lái xe (Nghệ An): the police's slip, the declaration filled in by hand on
    dotted lines, the driver's health certificate (2 p.), the old licence and the 2024 card,
    both photocopied."""
    him = mk.person("Hồ Sỹ Quyết", "1988-09-14", True, "040",
                    "khối Yên Giang, phường Trường Vinh, tỉnh Nghệ An")
    code = "000.00.17.H40-260310-0527"
    procedure = "Đổi bằng lái B2 ngành GTVT cấp sang GPLX hạng B (Công an cấp)"
    p = mk.page("int", 10.0, (58.0, 196.0), 12.0)
    p.pair([L("CÔNG AN TỈNH NGHỆ AN", "r", 10.0),
            L("PHÒNG CẢNH SÁT GIAO THÔNG", "b", 10.0, rule=26.0)],
           [L(MOTTO, "b", 9.5), L(MOTTO2, "b", 10.0, rule=-1)], (12.0, 96.0), (96.0, 202.0))
    p.gap(4.0)
    p.x0 = 14.0
    head = title(p, "GIẤY HẸN TRẢ GIẤY PHÉP LÁI XE", 14.0, ("(Liên 2 - giao người đề nghị)",))
    top = p.y
    p.rect((14.0, 44.0, top, top + 40.0), width=0.3)
    for k, t in enumerate(("Ảnh chụp", "tại quầy", "3 x 4")):
        p.put(20.0, top + 16.0 + 5.0 * k, t, "i", 9.0, record=False)
    p.x0 = 50.0
    rows(p, [f"Mã hồ sơ: {code}", f"Người đề nghị: {him.upper}",
             f"Số định danh: {him.cccd}     Điện thoại: {him.phone}",
             f"Nội dung: {procedure}",
             "GPLX cũ: số 400126031875, hạng B2, cấp ngày 17/6/2016, có giá trị đến 17/6/2026",
             "Hạng GPLX được cấp: B (tương đương B2 cũ)",
             "Lệ phí: 135.000 đ - đã thu qua chuyển khoản, mã giao dịch FT26069418850"], pt=10.0)
    p.x0 = 14.0
    p.y = max(p.y, top + 42.0)
    p.table([10.0, 120.0, 20.0, 32.0],
            [["TT", "Giấy tờ đã nhận", "Số bản", "Ghi chú"],
             ["1", "Tờ khai đề nghị đổi, cấp lại giấy phép lái xe", "01", "bản chính"],
             ["2", "Giấy khám sức khỏe của người lái xe", "01", "còn hạn"],
             ["3", "Bản sao giấy phép lái xe cũ", "01", "xuất trình bản gốc"],
             ["4", "Bản chụp thẻ căn cước", "01", "đối chiếu"]], aligns="clcl", pt=9.5)
    rows(p, ["Ngày nhận: 10/3/2026 lúc 09:05. Ngày hẹn trả: 16/3/2026 (hoặc nhận qua bưu điện "
             "nếu đã đăng ký).",
             "Khi nhận kết quả mang theo giấy hẹn này và giấy phép lái xe bản gốc để nộp lại."],
         pt=9.5)
    sign_both(p, signer(["NGƯỜI ĐỀ NGHỊ"], him.upper, space=12.0, pt=10.0),
              signer(["CÁN BỘ TIẾP NHẬN"], "Trung úy Phan Thị Hằng", space=12.0, pt=10.0))
    receipt = Paper("phieu_tiep_nhan", "Giấy hẹn trả kết quả", "giay_hen_gplx_anh_tai_quay",
                    [p], {"thu_tuc": procedure, "ho_ten": him.upper, "so_cccd": him.cccd,
                          "ngay_ban_hanh": "2026-03-10",
                          "co_quan_ban_hanh": "Phòng Cảnh sát giao thông"}, head)

    f = mk.page("gar", 12.0, (22.0, 190.0), 14.0, color=True)
    motto(f, 12.5)
    head = title(f, "TỜ KHAI\nĐỀ NGHỊ ĐỔI, CẤP LẠI GIẤY PHÉP LÁI XE", 15.0)
    f.center("Kính gửi: Phòng Cảnh sát giao thông Công an tỉnh Nghệ An", "r", 12.0)
    f.gap(3.0)
    for label, value in (("Tôi là:", him.upper), ("Ngày sinh:", dmy(him.born)),
                         ("Số định danh cá nhân:", him.cccd),
                         ("Nơi cư trú:", "khối Yên Giang, phường Trường Vinh"),
                         ("Số giấy phép lái xe đang sử dụng:", "400126031875"),
                         ("Hạng:", "B2   Ngày cấp: 17/6/2016"),
                         ("Nơi cấp:", "Sở GTVT Nghệ An"),
                         ("Lý do:", "sắp hết hạn, đổi sang giấy phép mới"),
                         ("Đề nghị cấp hạng:", "B")):
        dotted(f, label, value, pt=12.0)
    f.p("Tôi xin cam đoan những nội dung khai trên là đúng sự thật; giấy phép lái xe cũ không bị "
        "tẩy xóa, không đang bị tạm giữ hoặc tước quyền sử dụng.", pt=12.0, align="j")
    f.gap(2.0)
    dotted(f, "Nghệ An, ngày", "09 tháng 3 năm 2026", pt=12.0, x1=150.0)
    sign_right(f, signer(["NGƯỜI ĐỀ NGHỊ"], him.upper, note="(Ký, ghi rõ họ tên)", space=14.0,
                         pt=12.0))
    form = Paper("don_de_nghi", "Tờ khai đề nghị đổi, cấp lại giấy phép lái xe",
                 "to_khai_doi_gplx_dong_cham", [f],
                 {"ho_ten": him.upper, "so_cccd": him.cccd, "ngay_ban_hanh": "2026-03-09"},
                 head)

    k1 = mk.page("int", 10.0, (18.0, 192.0), 12.0)
    header(k1, ["SỞ Y TẾ NGHỆ AN", "BỆNH VIỆN ĐA KHOA THÀNH AN"], "1402/GKSKLX",
           pt=10.5)
    head = title(k1, "GIẤY KHÁM SỨC KHỎE CỦA NGƯỜI LÁI XE", 14.0)
    top = k1.y
    k1.rect((18.0, 48.0, top, top + 40.0), width=0.3)
    k1.x0 = 54.0
    rows(k1, [f"Họ và tên: {him.upper}", f"Giới: Nam     Ngày sinh: {dmy(him.born)}",
              f"Số CCCD/Định danh: {him.cccd}",
              "Cấp ngày: 02/01/2025 tại Bộ Công an",
              "Chỗ ở hiện tại: khối Yên Giang, phường Trường Vinh, tỉnh Nghệ An",
              "Đề nghị khám sức khỏe để lái xe hạng: B"])
    k1.x0 = 18.0
    k1.gap(6.0)
    k1.head("I. TIỀN SỬ BỆNH CỦA ĐỐI TƯỢNG KHÁM SỨC KHỎE")
    k1.table([110.0, 32.0, 32.0],
             [["Có bị các bệnh, tật sau đây không?", "Có", "Không"],
              ["Bệnh thần kinh, động kinh, liệt", "", "x"],
              ["Bệnh mắt, giảm thị lực (đã điều trị)", "", "x"],
              ["Bệnh tim mạch, tăng huyết áp", "", "x"],
              ["Sử dụng ma túy, chất kích thích", "", "x"]], aligns="lcc", pt=9.5)
    k1.p("Tôi xin cam đoan những điều khai trên đây hoàn toàn đúng sự thật.", pt=10.0)
    sign_right(k1, signer(["Người đề nghị khám sức khỏe"], him.upper, space=10.0, pt=10.0))
    k2 = mk.page("int", 10.0, (18.0, 192.0), 14.0)
    k2.head("II. KHÁM LÂM SÀNG VÀ CẬN LÂM SÀNG")
    k2.table([60.0, 80.0, 34.0],
             [["Chuyên khoa", "Kết quả", "Bác sĩ"],
              ["Tâm thần", "Bình thường", "Lê Hữu Trung"],
              ["Mắt", "Không kính: MP 10/10, MT 9/10", "Võ Thị Vân"],
              ["Tai - Mũi - Họng", "Nghe nói thường 5 m mỗi bên", "Trần Anh Đức"],
              ["Tim mạch", "Mạch 76 l/ph, HA 120/80 mmHg", "Lê Hữu Trung"],
              ["Xét nghiệm ma túy", "Âm tính (mẫu nước tiểu 0936)", "KTV Nguyễn Hòa"],
              ["Nồng độ cồn", "0 mg/l khí thở", "KTV Nguyễn Hòa"]], aligns="lll", pt=9.5)
    k2.head("III. KẾT LUẬN")
    k2.p("Đủ điều kiện sức khỏe lái xe hạng B. Giấy có giá trị 12 tháng kể từ ngày ký.",
         pt=10.5)
    k2.line(f"Nghệ An, {words(date(2026, 3, 6), pad=True)}", "i", 10.5, align="r")
    sign_right(k2, signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "BSCKII. Nguyễn Đình Lâm",
                          space=14.0, pt=10.5), seal=True)
    health = Paper("giay_kham_suc_khoe", "Giấy khám sức khỏe của người lái xe",
                   "gksk_lai_xe_hai_trang", [k1, k2],
                   {"ho_ten": him.upper, "so_cccd": him.cccd, "so_ky_hieu": "1402/GKSKLX",
                    "ngay_ban_hanh": "2026-03-06",
                    "co_quan_ban_hanh": "BỆNH VIỆN ĐA KHOA THÀNH AN"}, head)

    c = mk.page("int", 9.0, (20.0, 190.0), 18.0)
    f1 = G.Card(c, 50.0, 22.0, 1.2)
    f1.emblem()
    f1.text(50.0, 5.0, MOTTO, "b", 3.4, "c")
    f1.text(50.0, 8.4, MOTTO2, "b", 3.4, "c")
    f1.text(50.0, 13.6, "GIẤY PHÉP LÁI XE / DRIVER'S LICENSE", "b", 4.4, "c")
    f1.text(27.0, 19.4, "Số/No: 400126031875", "b", 4.6)
    f1.text(27.0, 24.0, "Họ tên/Full name:", "r", 3.6)
    f1.text(27.0, 28.0, him.upper, "b", 4.6)
    f1.text(27.0, 32.0, f"Ngày sinh/Date of Birth: {dmy(him.born)}", "r", 3.6)
    f1.text(27.0, 35.6, "Quốc tịch/Nationality: VIỆT NAM", "r", 3.6)
    f1.text(27.0, 39.2, "Nơi cư trú/Address: Xã Hưng Lộc, TP. Vinh, Nghệ An", "r", 3.3)
    f1.text(27.0, 43.6, "Nghệ An, ngày/date 17/06/2016", "i", 3.6)
    f1.text(27.0, 47.4, "GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI NGHỆ AN", "b", 3.2)
    f1.box(3.0, 24.0, 18.0, 44.0, outline=None, fill=(120, 120, 120))
    b1 = G.Card(c, 50.0, 92.0, 1.2)
    b1.text(4.0, 6.0, "Hạng/Class: B2", "b", 4.4)
    b1.text(4.0, 11.0, "Có giá trị đến/Expires: 17/06/2026", "r", 3.8)
    b1.text(4.0, 16.0, "Ô tô chở người đến 9 chỗ, ô tô tải dưới 3.500 kg", "r", 3.4)
    b1.text(4.0, 21.0, "Ngày trúng tuyển/Beginning date: 05/2016", "r", 3.4)
    c.y = 165.0
    stamp(c, ["BẢN SAO ĐÚNG VỚI BẢN CHÍNH", "Số chứng thực: 318", "Ngày 04/3/2026",
              "UBND PHƯỜNG TRƯỜNG VINH"], 60.0, 165.0, pt=9.0)
    old = Paper("giay_phep", "Giấy phép lái xe", "gplx_pet_2016_sao", [c],
                {"ho_ten": him.upper, "so_ky_hieu": "400126031875", "ngay_ban_hanh": "2016-06-17",
                 "co_quan_ban_hanh": "SỞ GIAO THÔNG VẬN TẢI NGHỆ AN"},
                "GIẤY PHÉP LÁI XE / DRIVER'S LICENSE")
    card = chip_copy(mk, him, issued=date(2025, 1, 2),
                     home="Khối Yên Giang, Trường Vinh, Nghệ An",
                     origin="UBND xã Hưng Lộc, thành phố Vinh, Nghệ An", kind="can_cuoc_vinh")
    return Dossier(code, procedure, [], [receipt, form, health, old, card])


def unemployment(mk: Maker) -> Dossier:
    """Hưởng trợ cấp thất nghiệp (Bắc Ninh): the employment centre's slip with the calendar
    of monthly reports, her request (2 p.), the company's decision ending her contract, her
    social-insurance book (2 p., photocopied) and the centre's counselling slip."""
    her = mk.person("Thân Thị Ngọc Ánh", "1994-02-27", False, "024",
                    "thôn Dĩnh Trì, xã Tân Dĩnh, tỉnh Bắc Ninh")
    code = "000.00.36.H05-260312-0088"
    procedure = "Nộp hồ sơ đề nghị hưởng TCTN (nghỉ việc từ 01/3/2026)"
    p = mk.page("int", 10.0, (16.0, 194.0), 12.0)
    p.pair([L("SỞ NỘI VỤ TỈNH BẮC NINH", "r", 10.0),
            L("TRUNG TÂM DỊCH VỤ VIỆC LÀM", "b", 10.0, rule=26.0)],
           [L(MOTTO, "b", 9.5), L(MOTTO2, "b", 10.0, rule=-1)], (10.0, 96.0), (94.0, 202.0))
    p.gap(3.0)
    head = title(p, "PHIẾU HẸN TRẢ KẾT QUẢ HƯỞNG TRỢ CẤP THẤT NGHIỆP", 13.0,
                 ("Điểm giao dịch: Bộ phận Một cửa - Trung tâm Phục vụ hành chính công tỉnh",))
    rows(p, [f"Mã hồ sơ: {code}", f"Bà: {her.name}", f"Số định danh cá nhân: {her.cccd}",
             "Mã số bảo hiểm xã hội: 2416087359",
             f"Nội dung: {procedure}",
             "Số tháng đóng BHTN chưa hưởng: 58 tháng"], pt=10.0)
    p.p("Ngày 12/3/2026 Trung tâm đã nhận đủ hồ sơ. Ngày 02/4/2026 bà đến nhận quyết định hưởng "
        "trợ cấp thất nghiệp. Hằng tháng bà trực tiếp thông báo về việc tìm kiếm việc làm theo "
        "lịch dưới đây:", pt=10.0, align="j")
    p.table([22.0, 70.0, 86.0],
            [["Tháng", "Ngày thông báo", "Ghi chú"],
             ["1", "từ 06/4/2026 đến 10/4/2026", "thông báo trực tiếp"],
             ["2", "từ 06/5/2026 đến 08/5/2026", "có thể gửi qua bưu điện"],
             ["3", "từ 05/6/2026 đến 09/6/2026", "thông báo trực tiếp"]], aligns="ccl", pt=9.5)
    p.line("Quá hạn nhận quyết định 03 ngày làm việc coi như không có nhu cầu hưởng.", "i", 9.5)
    sign_both(p, signer(["NGƯỜI NỘP HỒ SƠ"], her.name, space=12.0, pt=10.0),
              signer(["NGƯỜI TIẾP NHẬN"], "Giáp Văn Toàn", space=12.0, pt=10.0))
    receipt = Paper("phieu_tiep_nhan", "Phiếu hẹn trả kết quả", "phieu_hen_lich_thong_bao",
                    [p], {"thu_tuc": procedure, "ho_ten": her.name, "so_cccd": her.cccd,
                          "ngay_ban_hanh": "2026-03-12",
                          "co_quan_ban_hanh": "TRUNG TÂM DỊCH VỤ VIỆC LÀM"}, head)

    r1 = mk.page("gar", 12.5, (24.0, 188.0), 14.0)
    r1.line("Mẫu số 03", "i", 11.0, align="r")
    motto(r1, 12.5)
    head = title(r1, "ĐỀ NGHỊ HƯỞNG TRỢ CẤP THẤT NGHIỆP", 16.0)
    r1.center("Kính gửi: Trung tâm Dịch vụ việc làm tỉnh Bắc Ninh", "r", 12.5)
    r1.gap(2.0)
    rows(r1, [f"Tên tôi là: {her.name}", f"Sinh ngày: {dmy(her.born)}     Giới tính: Nữ",
              f"Số định danh cá nhân: {her.cccd}",
              "Số sổ bảo hiểm xã hội: 2416087359",
              "Số điện thoại: 0968 214 730",
              "Số tài khoản (ATM): 104871290356 tại Ngân hàng TMCP Công Thương chi nhánh Bắc "
              "Giang",
              f"Chỗ ở hiện nay: {her.home}",
              "Ngày 25/02/2026 tôi đã chấm dứt hợp đồng lao động với Công ty TNHH Điện tử Kinh "
              "Bắc (hợp đồng không xác định thời hạn)."], pt=12.5)
    r1.p("Nơi đề nghị nhận trợ cấp thất nghiệp: Bảo hiểm xã hội cơ sở Bắc Giang, qua tài "
         "khoản nêu trên.", pt=12.5, align="j")
    r2 = mk.page("gar", 12.5, (24.0, 188.0), 16.0)
    r2.p("Số tháng đã đóng bảo hiểm thất nghiệp: 58 tháng. Kèm theo đề nghị này là: quyết định "
         "chấm dứt hợp đồng lao động; sổ bảo hiểm xã hội.", pt=12.5, align="j")
    r2.p("Tôi cam đoan nội dung ghi trên là hoàn toàn đúng sự thật; nếu có việc làm trong thời "
         "gian hưởng, tôi sẽ thông báo với Trung tâm trong 03 ngày làm việc theo quy định.",
         pt=12.5, align="j")
    r2.line(f"Bắc Ninh, {words(date(2026, 3, 11))}", "i", 12.5, align="r")
    sign_right(r2, signer(["NGƯỜI ĐỀ NGHỊ"], her.name, note="(Ký, ghi rõ họ tên)", space=16.0,
                          pt=12.5))
    request = Paper("don_de_nghi", "Đề nghị hưởng trợ cấp thất nghiệp", "de_nghi_tctn_mau_03",
                    [r1, r2], {"ho_ten": her.name, "so_cccd": her.cccd,
                               "ngay_ban_hanh": "2026-03-11"}, head)

    q = mk.page("int", 11.0, (22.0, 190.0), 14.0)
    header(q, ["CÔNG TY TNHH ĐIỆN TỬ KINH BẮC"], "027/2026/QĐ-KB",
           f"Bắc Ninh, {words(date(2026, 2, 25), pad=True)}", pt=11.0, parents=0)
    head = title(q, "QUYẾT ĐỊNH", 14.0, ("Về việc chấm dứt hợp đồng lao động",))
    q.center("GIÁM ĐỐC CÔNG TY TNHH ĐIỆN TỬ KINH BẮC", "b", 11.0)
    q.p("Căn cứ Bộ luật Lao động ngày 20 tháng 11 năm 2019; căn cứ hợp đồng lao động số "
        "112/2021/HĐLĐ ký ngày 05/4/2021; xét đơn xin nghỉ việc ngày 26/01/2026 của người lao "
        "động,", pt=11.0, align="j")
    q.center("QUYẾT ĐỊNH:", "b", 11.5)
    rows(q, [f"Điều 1. Chấm dứt hợp đồng lao động đối với bà: {her.name}",
             f"Số định danh cá nhân: {her.cccd}   Bộ phận: Kiểm tra chất lượng (QC)",
             "kể từ ngày 01/3/2026. Lý do: hai bên thỏa thuận chấm dứt hợp đồng.",
             "Điều 2. Công ty thanh toán lương tháng 02/2026 và trợ cấp thôi việc vào tài khoản "
             "số 104871290356; chốt sổ bảo hiểm xã hội đến hết tháng 02/2026.",
             "Điều 3. Phòng Hành chính - Nhân sự, Phòng Kế toán và bà Thân Thị Ngọc Ánh chịu "
             "trách nhiệm thi hành quyết định này."], pt=11.0)
    G.sign(q, recipients(["Như Điều 3", "Lưu: HCNS"]),
           signer(["GIÁM ĐỐC"], "Shin Dong Hyun", space=16.0, pt=11.0), seal="right",
           lbox=(22.0, 96.0), rbox=(104.0, 196.0))
    decision = Paper("quyet_dinh", "Quyết định", "quyet_dinh_cham_dut_hdld", [q],
                     {"ho_ten": her.name, "so_cccd": her.cccd, "so_ky_hieu": "027/2026/QĐ-KB",
                      "ngay_ban_hanh": "2026-02-25",
                      "co_quan_ban_hanh": "CÔNG TY TNHH ĐIỆN TỬ KINH BẮC"}, head)

    s1 = mk.page("gar", 12.0, (36.0, 174.0), 24.0)
    s1.rect((28.0, 182.0, 16.0, 196.0), width=0.6)
    s1.center("BẢO HIỂM XÃ HỘI VIỆT NAM", "r", 13.0)
    s1.gap(10.0)
    head = title(s1, "SỔ BẢO HIỂM XÃ HỘI", 22.0)
    s1.center("Số: 2416087359", "r", 14.0)
    s1.gap(6.0)
    rows(s1, [f"Họ và tên: {her.upper}", f"Ngày tháng năm sinh: {dmy(her.born)}   Nữ",
              f"Số CCCD: {her.cccd}"], pt=12.0)
    s1.line(f"Bắc Giang, {words(date(2021, 6, 18), pad=True)}", "i", 12.0, align="r")
    sign_right(s1, signer(["GIÁM ĐỐC BẢO HIỂM XÃ HỘI", "TỈNH BẮC GIANG"], "Hoàng Văn Chiến",
                          space=14.0, pt=11.0), seal=True)
    s2 = mk.page("int", 9.5, (16.0, 194.0), 16.0)
    s2.head("QUÁ TRÌNH ĐÓNG BẢO HIỂM XÃ HỘI, BẢO HIỂM THẤT NGHIỆP", align="c")
    s2.table([34.0, 34.0, 66.0, 44.0],
             [["Từ tháng", "Đến tháng", "Đơn vị, chức danh", "Tiền lương (đ)"],
              ["04/2021", "12/2023", "Công ty TNHH Điện tử Kinh Bắc - công nhân QC", "5.320.000"],
              ["01/2024", "12/2024", "Công ty TNHH Điện tử Kinh Bắc - tổ trưởng QC", "6.150.000"],
              ["01/2025", "02/2026", "Công ty TNHH Điện tử Kinh Bắc - tổ trưởng QC", "6.780.000"],
              ["Cộng", "", "58 tháng đóng BHXH, BHTN", ""]], aligns="ccll", pt=9.5)
    s2.line("Xác nhận đến ngày 05/3/2026 - Bảo hiểm xã hội cơ sở Bắc Giang", "i", 9.5)
    book = Paper("so_bhxh", "Sổ bảo hiểm xã hội", "so_bhxh_qua_trinh_photo", [s1, s2],
                 {"ho_ten": her.upper, "so_cccd": her.cccd, "so_ky_hieu": "2416087359",
                  "ngay_ban_hanh": "2021-06-18",
                  "co_quan_ban_hanh": "BẢO HIỂM XÃ HỘI TỈNH BẮC GIANG"}, head)

    t = mk.page("dis", 10.5, (20.0, 190.0), 14.0)
    t.line("TRUNG TÂM DỊCH VỤ VIỆC LÀM TỈNH BẮC NINH", "b", 10.5, align="c")
    t.gap(3.0)
    head = title(t, "PHIẾU TƯ VẤN, GIỚI THIỆU VIỆC LÀM", 14.0)
    rows(t, [f"Người được tư vấn: {her.name}     Năm sinh: {her.born.year}",
             "Trình độ: Cao đẳng Điện tử - viễn thông",
             "Nhu cầu: việc làm hành chính hoặc kiểm tra chất lượng, gần xã Tân Dĩnh",
             "Nội dung tư vấn: chính sách hỗ trợ học nghề (tối đa 4,5 triệu đồng/khóa); phiên "
             "giao dịch việc làm ngày 20/3/2026 tại sàn Bắc Giang."])
    t.table([60.0, 70.0, 40.0],
            [["Doanh nghiệp", "Vị trí", "Hẹn phỏng vấn"],
             ["Công ty CP May Việt Yên", "Nhân viên QC", "23/3/2026"],
             ["Công ty TNHH Quang điện Tân Hưng", "Kỹ thuật viên", "25/3/2026"]],
            aligns="llc", pt=9.5)
    sign_both(t, signer(["Người được tư vấn"], her.name, space=10.0, pt=10.0),
              signer(["Tư vấn viên"], "Nguyễn Thị Lụa", space=10.0, pt=10.0))
    advice = Paper("other", "Phiếu tư vấn, giới thiệu việc làm", "phieu_tu_van_viec_lam", [t],
                   {}, head)
    return Dossier(code, procedure, [], [receipt, request, decision, book, advice])

