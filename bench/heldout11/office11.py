"""The loose papers of known types of the eleventh held-apart set, second part: food-safety
inspection minutes (2 p.), a clinic's electronic invoice, a pupil's health-insurance card, a
2019 household-business certificate of a district, a disability certificate, a refusal slip
for a lost driving licence, a commune's submission about food safety, an employment centre's
apology for a late decision and a citizen's complaint about a late licence."""

from __future__ import annotations

from datetime import date

from page11 import (
    MOTTO,
    MOTTO2,
    G,
    L,
    Maker,
    Paper,
    dmy,
    header,
    motto,
    recipients,
    rows,
    sign_both,
    sign_right,
    signer,
    title,
    words,
)


def papers(mk: Maker) -> list[Paper]:
    """The papers, in scan order."""
    out: list[Paper] = []

    b1 = mk.page("gar", 12.5, (24.0, 188.0), 14.0)
    header(b1, ["UBND PHƯỜNG VĨNH YÊN", "ĐOÀN KIỂM TRA LIÊN NGÀNH"], "08/BB-ĐKT", pt=11.5)
    head = title(b1, "BIÊN BẢN", 16.0, ("Kiểm tra điều kiện bảo đảm an toàn thực phẩm",))
    b1.p("Hôm nay, vào lúc 09 giờ 00 ngày 17/3/2026, tại cơ sở sản xuất bánh đa nem Hương "
         "Canh, tổ dân phố Đồng Tâm, phường Vĩnh Yên, tỉnh Phú Thọ, chúng tôi gồm:", pt=12.0,
         align="j")
    rows(b1, ["1. Bà Triệu Thị Nga - Phó Chủ tịch UBND phường, Trưởng đoàn",
              "2. Ông Kim Văn Đạt - Trạm Y tế phường",
              "3. Ông Lê Quý Thắng - Công an phường",
              "Đại diện cơ sở: ông Hoàng Văn Khải, chủ cơ sở, số định danh 026082005173",
              "Căn cứ Luật An toàn thực phẩm ngày 17 tháng 6 năm 2010 và Nghị định số "
              "15/2018/NĐ-CP ngày 02/02/2018, đoàn tiến hành kiểm tra:"], pt=12.0)
    b1.table([60.0, 70.0, 34.0],
             [["Nội dung", "Kết quả", "Đánh giá"],
              ["Giấy chứng nhận ATTP", "Đang đề nghị cấp (hồ sơ nộp 10/3/2026)", "Chưa có"],
              ["Khám sức khỏe người làm", "5/5 người, còn hạn", "Đạt"],
              ["Nguồn nước", "Nước máy, có phiếu xét nghiệm", "Đạt"],
              ["Khu sơ chế, phơi bánh", "Có lưới chắn côn trùng", "Đạt"]], aligns="llc", pt=10.5)
    b2 = mk.page("gar", 12.5, (24.0, 188.0), 16.0)
    b2.p("Kết luận: cơ sở cơ bản bảo đảm điều kiện an toàn thực phẩm; đề nghị hoàn thiện hồ sơ "
         "cấp Giấy chứng nhận trước ngày 30/4/2026. Biên bản lập thành 02 bản, kết thúc lúc "
         "10 giờ 15 cùng ngày, các bên đã đọc lại và cùng ký.", pt=12.5, align="j")
    sign_both(b2, signer(["ĐẠI DIỆN CƠ SỞ"], "Hoàng Văn Khải", space=14.0, pt=12.0),
              signer(["TRƯỞNG ĐOÀN"], "Triệu Thị Nga", space=14.0, pt=12.0))
    out.append(Paper("bien_ban", "Biên bản", "bien_ban_kiem_tra_attp", [b1, b2],
                     {"so_ky_hieu": "08/BB-ĐKT", "ngay_ban_hanh": "2026-03-17",
                      "co_quan_ban_hanh": "ĐOÀN KIỂM TRA LIÊN NGÀNH"}, head))

    h = mk.page("int", 9.5, (16.0, 194.0), 12.0)
    h.pair([L("PHÒNG KHÁM ĐA KHOA AN PHÚC", "b", 10.0, align="l"),
            L("MST: 2901847356", "r", 9.5, align="l"),
            L("Đ/c: 21 Lê Lợi, phường Trường Vinh, Nghệ An", "r", 9.5, align="l"),
            L("STK: 510004417263 - BIDV Nghệ An", "r", 9.5, align="l")],
           [L("Ký hiệu: 1C26TAP", "r", 9.5, align="l"), L("Số: 00004127", "b", 10.0, align="l")],
           (16.0, 140.0), (144.0, 196.0))
    h.gap(3.0)
    head = title(h, "HÓA ĐƠN GIÁ TRỊ GIA TĂNG", 14.0, ("(Bản thể hiện của hóa đơn điện tử)",))
    h.center(f"Ngày {dmy(date(2026, 3, 6))}", "i", 10.0)
    rows(h, ["Đơn vị mua hàng: CÔNG TY CỔ PHẦN VẬN TẢI KHÁCH ĐÔNG BẮC",
             "Mã số thuế: 4601238870     Hình thức thanh toán: CK",
             "Số tài khoản: 202011468539 - Vietcombank Thái Nguyên"], pt=9.5)
    h.table([12.0, 84.0, 20.0, 30.0, 32.0],
            [["STT", "Tên hàng hóa, dịch vụ", "SL", "Đơn giá", "Thành tiền"],
             ["1", "Khám sức khỏe lái xe hạng B, C, D (gói cơ bản)", "6", "450.000", "2.700.000"],
             ["2", "Xét nghiệm ma túy (4 chỉ số)", "6", "180.000", "1.080.000"],
             ["", "Cộng tiền hàng (dịch vụ y tế không chịu thuế GTGT)", "", "", "3.780.000"]],
            aligns="clccc", pt=9.0)
    h.line("Số tiền viết bằng chữ: Ba triệu bảy trăm tám mươi nghìn đồng.", "i", 9.5)
    h.line("Mã tra cứu: AP26X0419KQ - Mã của cơ quan thuế: 00B7F0C4E2A14C3E9D0126", "r", 8.5)
    sign_both(h, signer(["Người mua hàng"], "", space=8.0, pt=9.5),
              signer(["Người bán hàng"], "Ký bởi: PHÒNG KHÁM ĐA KHOA AN PHÚC", space=8.0,
                     pt=9.5))
    out.append(Paper("hoa_don", "Hóa đơn giá trị gia tăng", "hoa_don_phong_kham", [h],
                     {"so_ky_hieu": "00004127", "ngay_ban_hanh": "2026-03-06",
                      "co_quan_ban_hanh": "PHÒNG KHÁM ĐA KHOA AN PHÚC"}, head))

    pupil = "PHAN GIA HÂN"
    c = mk.page("int", 9.0, (20.0, 190.0), 18.0)
    card = G.Card(c, 50.0, 24.0, 1.25)
    card.emblem()
    card.text(50.0, 5.6, "BẢO HIỂM XÃ HỘI VIỆT NAM", "b", 4.0, "c")
    card.text(50.0, 11.6, "THẺ BẢO HIỂM Y TẾ", "b", 5.6, "c")
    card.text(5.0, 20.0, "Mã số: 4024719385", "b", 4.6)
    card.text(5.0, 25.0, f"Họ và tên: {pupil}", "b", 4.2)
    card.text(5.0, 29.6, "Ngày sinh: 14/10/2013     Giới tính: Nữ", "r", 3.8)
    card.text(5.0, 34.0, "Nơi ĐKKCB ban đầu: Trạm y tế phường Hòa Khánh", "r", 3.6)
    card.text(5.0, 38.4, "Giá trị sử dụng: 01/01/2026 - 31/12/2026", "r", 3.8)
    card.text(5.0, 42.8, "Thời điểm đủ 5 năm liên tục: 01/01/2019", "r", 3.6)
    c.y = 110.0
    c.line("(Bản chụp nộp kèm hồ sơ học sinh - Trường THCS Nguyễn Bỉnh Khiêm, Đà Nẵng)", "i",
           9.0, align="c")
    out.append(Paper("the_bhyt", "Thẻ bảo hiểm y tế", "the_bhyt_hoc_sinh_sao", [c],
                     {"ho_ten": pupil, "so_ky_hieu": "4024719385",
                      "co_quan_ban_hanh": "BẢO HIỂM XÃ HỘI VIỆT NAM"},
                     "THẺ BẢO HIỂM Y TẾ"))

    k = mk.page("gar", 12.0, (26.0, 186.0), 14.0, dpi=300)
    k.rect((16.0, 196.0, 10.0, 250.0), width=0.8)
    k.pair([L("UBND HUYỆN THỐNG NHẤT", "r", 11.5),
            L("PHÒNG TÀI CHÍNH - KẾ HOẠCH", "r", 11.5, rule=26.0)],
           [L(MOTTO, "r", 11.0), L(MOTTO2, "r", 11.5, rule=-1)], (18.0, 96.0), (92.0, 194.0))
    k.gap(5.0)
    head = title(k, "GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH", 16.0)
    k.center("Mã số hộ kinh doanh: 47B8012745", "r", 12.0)
    k.center("Đăng ký lần đầu: ngày 22 tháng 4 năm 2019", "i", 11.5)
    rows(k, ["1. Tên hộ kinh doanh: TIỆM BÁNH MÌ CÔ BA GIA KIỆM",
             "2. Địa điểm kinh doanh: ấp Võ Dõng, xã Gia Kiệm, huyện Thống Nhất, tỉnh Đồng Nai",
             "3. Ngành, nghề kinh doanh: sản xuất bánh mì; bán lẻ thực phẩm",
             "4. Vốn kinh doanh: 80.000.000 đồng (Tám mươi triệu đồng)",
             "5. Chủ hộ kinh doanh: PHẠM THỊ BA     Sinh ngày: 03/3/1972",
             "Số CMND: 271284605, cấp ngày 15/6/2010, nơi cấp: Công an Đồng Nai",
             "Nơi cư trú: ấp Võ Dõng, xã Gia Kiệm, huyện Thống Nhất, tỉnh Đồng Nai"], pt=12.0)
    sign_right(k, signer(["TRƯỞNG PHÒNG"], "Vương Đình Quý", space=14.0, pt=11.5), seal=True)
    out.append(Paper("gcn_ho_kinh_doanh", "Giấy chứng nhận đăng ký hộ kinh doanh",
                     "gcn_hkd_2019_huyen", [k],
                     {"ho_ten": "PHẠM THỊ BA", "so_ky_hieu": "47B8012745",
                      "ngay_ban_hanh": "2019-04-22",
                      "co_quan_ban_hanh": "PHÒNG TÀI CHÍNH - KẾ HOẠCH"}, head))

    kt = mk.person("Lục Văn Sáng", "1979-01-25", True, "004",
                   "bản Nà Lũng, xã Hòa An, tỉnh Cao Bằng")
    x = mk.page("gar", 12.5, (24.0, 188.0), 14.0)
    header(x, ["UBND TỈNH CAO BẰNG", "ỦY BAN NHÂN DÂN", "XÃ HÒA AN"], "07/GXNKT",
           f"Hòa An, {words(date(2026, 2, 24), pad=True)}", pt=11.5, parents=1)
    head = title(x, "GIẤY XÁC NHẬN KHUYẾT TẬT", 16.0)
    rows(x, [f"Họ và tên: {kt.name}", f"Ngày sinh: {dmy(kt.born)}     Giới tính: Nam",
             f"Số định danh cá nhân: {kt.cccd}", f"Nơi cư trú: {kt.home}",
             "Dạng tật: khuyết tật vận động",
             "Mức độ khuyết tật: nặng",
             "Căn cứ biên bản họp Hội đồng xác định mức độ khuyết tật xã ngày 20/02/2026.",
             "Giấy có giá trị để hưởng chính sách trợ cấp xã hội hằng tháng."], pt=12.5)
    sign_right(x, signer(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
                         "Đàm Thị Hiền", space=14.0, pt=12.0), seal=True)
    out.append(Paper("giay_xac_nhan_khuyet_tat", "Giấy xác nhận khuyết tật",
                     "giay_xac_nhan_khuyet_tat_van_dong", [x],
                     {"ho_ten": kt.name, "so_cccd": kt.cccd, "so_ky_hieu": "07/GXNKT",
                      "ngay_ban_hanh": "2026-02-24",
                      "co_quan_ban_hanh": "ỦY BAN NHÂN DÂN XÃ HÒA AN"}, head))

    lost = mk.person("Mai Xuân Trường", "1997-05-08", True, "038",
                     "thôn 3, xã Yên Định, tỉnh Thanh Hóa")
    wish = "Cấp lại GPLX hạng A1 bị mất"
    r = mk.page("int", 10.5, (20.0, 190.0), 12.0)
    header(r, ["CÔNG AN TỈNH THANH HÓA", "PHÒNG CẢNH SÁT GIAO THÔNG"], None,
           f"Thanh Hóa, {words(date(2026, 3, 16), pad=True)}", pt=10.5)
    head = title(r, "PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ", 13.5)
    rows(r, ["Mã hồ sơ: 000.00.17.H56-260316-0719",
             f"Ông: {lost.name}     Số định danh: {lost.cccd}",
             f"Địa chỉ: {lost.home}",
             f"Đề nghị giải quyết thủ tục: {wish}",
             "Lý do từ chối: giấy phép lái xe số 380197024416 đang bị tạm giữ theo quyết định "
             "xử phạt số 1893/QĐ-XPHC ngày 02/3/2026; chưa thuộc trường hợp bị mất.",
             "Đề nghị ông liên hệ Đội CSGT số 3 để giải quyết quyết định xử phạt trước khi làm "
             "thủ tục."], pt=10.5)
    r.p("Xin trân trọng thông báo!", style="i", pt=10.5)
    sign_right(r, signer(["NGƯỜI TIẾP NHẬN"], "Đại úy Lê Thị Mai Anh", space=12.0, pt=10.5))
    out.append(Paper("phieu_tu_choi", "Phiếu từ chối tiếp nhận, giải quyết hồ sơ",
                     "phieu_tu_choi_gplx", [r],
                     {"ho_ten": lost.name, "so_cccd": lost.cccd, "thu_tuc": wish,
                      "ngay_ban_hanh": "2026-03-16",
                      "co_quan_ban_hanh": "PHÒNG CẢNH SÁT GIAO THÔNG"}, head))

    t = mk.page("gar", 12.5, (24.0, 188.0), 14.0)
    header(t, ["UBND XÃ TÂN CƯƠNG", "PHÒNG KINH TẾ"], "24/TTr-KT",
           f"Tân Cương, {words(date(2026, 3, 10), pad=True)}", pt=11.5)
    head = title(t, "TỜ TRÌNH", 16.0, ("Về việc cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn "
                                       "thực phẩm",))
    t.center("Kính gửi: Chủ tịch Ủy ban nhân dân xã Tân Cương", "r", 12.5)
    t.p("Căn cứ Luật An toàn thực phẩm ngày 17 tháng 6 năm 2010; căn cứ kết quả thẩm định ngày "
        "06/3/2026 tại cơ sở chế biến chè Hợp tác xã Chè Tân Cương Xanh, Phòng Kinh tế kính "
        "trình Chủ tịch Ủy ban nhân dân xã xem xét cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn "
        "thực phẩm cho cơ sở, thời hạn 03 năm.", pt=12.5, align="j")
    t.p("(Kèm theo: biên bản thẩm định; dự thảo Giấy chứng nhận.)", style="i", pt=11.5)
    G.sign(t, recipients(["Như trên", "Lưu: KT"]),
           signer(["TRƯỞNG PHÒNG"], "Dương Văn Trọng", space=16.0, pt=12.0),
           lbox=(24.0, 100.0), rbox=(104.0, 196.0))
    out.append(Paper("to_trinh", "Tờ trình", "to_trinh_attp_xa", [t],
                     {"so_ky_hieu": "24/TTr-KT", "ngay_ban_hanh": "2026-03-10",
                      "co_quan_ban_hanh": "PHÒNG KINH TẾ"}, head))

    late = mk.person("Nông Văn Thiện", "1986-10-03", True, "020",
                     "thôn Nà Phặc, xã Đông Kinh, tỉnh Lạng Sơn")
    y = mk.page("int", 10.5, (20.0, 190.0), 12.0)
    y.pair([L("SỞ NỘI VỤ TỈNH LẠNG SƠN", "r", 10.0),
            L("TRUNG TÂM DỊCH VỤ VIỆC LÀM", "b", 10.0, rule=24.0)],
           [L(MOTTO, "b", 9.5), L(MOTTO2, "b", 10.0, rule=-1),
            L(f"Lạng Sơn, {words(date(2026, 3, 24), pad=True)}", "i", 10.0)],
           (10.0, 96.0), (94.0, 202.0))
    y.gap(4.0)
    head = title(y, "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", 13.5)
    rows(y, [f"Kính gửi: Ông {late.name}", f"Số định danh cá nhân: {late.cccd}",
             "Mã hồ sơ: 000.00.36.H43-260303-0211 (hưởng trợ cấp thất nghiệp)",
             "Ngày hẹn trả ghi trên phiếu hẹn: 23/3/2026",
             "Lý do chậm: chưa nhận được xác nhận quá trình đóng bảo hiểm thất nghiệp của đơn vị "
             "cũ tại tỉnh Bắc Ninh.",
             "Trung tâm trân trọng xin lỗi ông và hẹn trả quyết định vào ngày 30/3/2026."])
    sign_right(y, signer(["GIÁM ĐỐC"], "Hoàng Thị Bích Ngọc", space=14.0, pt=10.5), seal=True)
    out.append(Paper("phieu_xin_loi", "Phiếu xin lỗi và hẹn lại ngày trả kết quả",
                     "phieu_xin_loi_tctn_lang_son", [y],
                     {"ho_ten": late.name, "so_cccd": late.cccd, "ngay_ban_hanh": "2026-03-24",
                      "co_quan_ban_hanh": "TRUNG TÂM DỊCH VỤ VIỆC LÀM"}, head))

    angry = mk.person("Vũ Đức Mạnh", "1979-12-19", True, "036",
                      "xóm 4, xã Hải Hậu, tỉnh Ninh Bình")
    z = mk.page("gar", 13.0, (24.0, 188.0), 14.0)
    motto(z, 13.0)
    head = title(z, "ĐƠN KHIẾU NẠI", 17.0, ("(V/v chậm trả giấy phép lái xe đã đổi)",))
    z.center("Kính gửi: Giám đốc Công an tỉnh Ninh Bình", "r", 13.0)
    rows(z, [f"Người khiếu nại: {angry.name}     Sinh năm: {angry.born.year}",
             f"Số định danh cá nhân: {angry.cccd}", f"Địa chỉ: {angry.home}",
             "Ngày 02/02/2026 tôi nộp hồ sơ đổi giấy phép lái xe hạng C tại điểm tiếp nhận "
             "thành phố Nam Định cũ, giấy hẹn trả ngày 09/02/2026 (mã hồ sơ "
             "000.00.17.H37-260202-0093). Đến nay đã quá hạn hơn một tháng tôi vẫn chưa nhận "
             "được giấy phép, trong khi giấy phép cũ đã nộp lại nên tôi không thể lái xe đi làm.",
             "Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011, tôi đề nghị trả giấy phép cho tôi "
             "và trả lời rõ lý do chậm trễ."], pt=12.5)
    z.line(f"Hải Hậu, {words(date(2026, 3, 12))}", "i", 13.0, align="r")
    sign_right(z, signer(["NGƯỜI KHIẾU NẠI"], angry.name, note="(Ký, ghi rõ họ tên)",
                         space=14.0, pt=12.5))
    out.append(Paper("don_khieu_nai", "Đơn khiếu nại", "don_khieu_nai_cham_gplx", [z],
                     {"ho_ten": angry.name, "so_cccd": angry.cccd,
                      "ngay_ban_hanh": "2026-03-12"}, head))
    return out

