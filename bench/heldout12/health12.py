"""Two dossiers of the twelfth held-apart set: a young pharmacist asks for her first practising
certificate (Cần Thơ), the health department's receipt with its title in a box; a Korean
father and a Vietnamese mother register their son's birth at a ward of Hà Nội, the receipt's
title underlined over two lines, the father's passport copied with a notarised translation."""

from __future__ import annotations

from page12 import (
    MOTTO,
    MOTTO2,
    Dossier,
    G,
    L,
    Maker,
    Paper,
    boxed_title,
    copy_stamp,
    dmy,
    header,
    id_cards,
    motto,
    page_number,
    rows,
    sign_both,
    sign_right,
    signer,
    stamp,
    title,
    underlined_title,
)


def pharmacist(mk: Maker) -> Dossier:
    """Cấp chứng chỉ hành nghề dược (Cần Thơ): the receipt, the application with a photo box,
    her degree (certified copy, colour, 300 dpi), the pharmacy chain's confirmation of her
    practice (2 p.), her health certificate, her criminal record extract and her card."""
    her = mk.person("Thạch Thị Sô Phia", "1999-12-03", False, "094",
                    "số 88 đường 30/4, phường Ninh Kiều, thành phố Cần Thơ")
    code = "000.00.09.H13-260317-0355"
    procedure = "Cấp CCHN dược lần đầu (DS đại học - phụ trách chuyên môn nhà thuốc)"
    p = mk.page("mr", 10.0, (16.0, 194.0), 12.0)
    p.pair([L("UBND THÀNH PHỐ CẦN THƠ", "r", 10.0), L("SỞ Y TẾ", "b", 10.5, rule=16.0)],
           [L(MOTTO, "b", 9.5), L(MOTTO2, "b", 10.0, rule=-1)], (10.0, 96.0), (94.0, 202.0))
    p.gap(5.0)
    head = boxed_title(p, "GIẤY TIẾP NHẬN HỒ SƠ CẤP CHỨNG CHỈ HÀNH NGHỀ", 12.5)
    rows(p, [f"Mã hồ sơ: {code}",
             f"Bộ phận Một cửa Sở Y tế nhận của bà: {her.upper}",
             f"Số định danh cá nhân: {her.cccd}     Điện thoại: {her.phone}",
             f"Hồ sơ: {procedure}",
             "Văn bằng: Dược sĩ (đại học chính quy), Trường Đại học Y Dược Cần Thơ, năm 2022",
             "Nơi thực hành: chuỗi nhà thuốc An Khang Tây Đô, từ 01/8/2022 đến 28/02/2026"],
         pt=10.0)
    p.table([12.0, 120.0, 22.0, 24.0],
            [["TT", "Tên giấy tờ", "Số lượng", "Loại"],
             ["1", "Đơn đề nghị cấp chứng chỉ hành nghề dược (Mẫu số 02)", "01", "bản chính"],
             ["2", "Bằng tốt nghiệp đại học ngành Dược", "01", "bản sao"],
             ["3", "Giấy xác nhận thời gian thực hành chuyên môn", "01", "bản chính"],
             ["4", "Giấy khám sức khỏe", "01", "bản chính"],
             ["5", "Phiếu lý lịch tư pháp số 1", "01", "bản chính"],
             ["6", "Căn cước (bản chụp)", "01", "bản chụp"]], aligns="clcc", pt=9.5)
    rows(p, ["Ngày nhận: 17/03/2026.   Ngày trả kết quả: 08/04/2026 (sau khi Hội đồng tư vấn "
             "cấp chứng chỉ hành nghề họp).",
             "Phí thẩm định: 500.000 đồng, đã nộp, biên lai số 0004418."], pt=10.0)
    sign_both(p, signer(["NGƯỜI NỘP"], her.upper, space=12.0, pt=10.0),
              signer(["NGƯỜI TIẾP NHẬN"], "Lâm Quốc Bảo", space=12.0, pt=10.0))
    receipt = Paper("phieu_tiep_nhan", "Giấy tiếp nhận hồ sơ", "giay_tiep_nhan_khung_cchn_duoc",
                    [p], {"thu_tuc": procedure, "ho_ten": her.upper, "so_cccd": her.cccd,
                          "ngay_ban_hanh": "2026-03-17", "co_quan_ban_hanh": "SỞ Y TẾ"}, head)

    a = mk.page("vk", 12.0, (22.0, 190.0), 14.0)
    motto(a, 12.5)
    head = title(a, "ĐƠN ĐỀ NGHỊ\nCẤP CHỨNG CHỈ HÀNH NGHỀ DƯỢC", 14.5)
    a.center("Kính gửi: Sở Y tế thành phố Cần Thơ", "r", 12.0)
    top = a.y + 2.0
    a.rect((22.0, 52.0, top, top + 40.0), width=0.3)
    a.put(28.0, top + 20.0, "Ảnh 4 x 6", "i", 10.0, record=False)
    a.y = top
    a.x0 = 58.0
    rows(a, [f"Họ và tên: {her.upper}", f"Ngày sinh: {dmy(her.born)}",
             f"Số định danh cá nhân: {her.cccd}", f"Điện thoại: {her.phone}",
             "Văn bằng chuyên môn: Dược sĩ", "Email: sophia.thach99@mail.vn"], pt=12.0)
    a.x0 = 22.0
    a.y = max(a.y, top + 44.0)
    rows(a, [f"Địa chỉ thường trú: {her.home}",
             "Đề nghị cấp chứng chỉ hành nghề dược với phạm vi: chịu trách nhiệm chuyên môn về "
             "dược của nhà thuốc.",
             "Hình thức: xét hồ sơ.",
             "Giấy tờ kèm theo: bản sao văn bằng; giấy xác nhận thời gian thực hành; giấy khám "
             "sức khỏe; phiếu lý lịch tư pháp."], pt=12.0)
    a.p("Tôi xin cam đoan những nội dung trên là đúng sự thật và chấp hành đúng quy định của "
        "Luật Dược ngày 06 tháng 4 năm 2016 đã được sửa đổi, bổ sung năm 2024.", pt=12.0,
        align="j")
    a.right("Cần Thơ, ngày 16 tháng 3 năm 2026", "i", 12.0)
    sign_right(a, signer(["NGƯỜI LÀM ĐƠN"], her.upper, note="(ký và ghi rõ họ tên)",
                         space=16.0, pt=12.0))
    ask = Paper("don_de_nghi", "Đơn đề nghị cấp chứng chỉ hành nghề dược",
                "don_cchn_duoc_anh_4x6", [a],
                {"ho_ten": her.upper, "so_cccd": her.cccd, "ngay_ban_hanh": "2026-03-16"}, head)

    d = mk.page("vk", 12.5, (26.0, 184.0), 22.0, dpi=300, color=True)
    d.frame()
    d.block([L(MOTTO, "b", 12.0), L(MOTTO2, "b", 12.5, rule=-1)], d.x0, d.x1)
    d.gap(8.0)
    d.center("HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC Y DƯỢC CẦN THƠ", "b", 13.0)
    d.center("cấp", "i", 12.0)
    head = title(d, "BẰNG TỐT NGHIỆP ĐẠI HỌC", 20.0)
    d.center("NGÀNH DƯỢC HỌC", "b", 14.0)
    d.gap(4.0)
    for line in (f"Cho: {her.name}", f"Ngày sinh: {dmy(her.born)}", "Xếp loại tốt nghiệp: Giỏi",
                 "Danh hiệu: Dược sĩ", "Hình thức đào tạo: Chính quy"):
        d.center(line, "r", 13.0)
    d.gap(4.0)
    d.right("Cần Thơ, ngày 25 tháng 8 năm 2022", "i", 12.0)
    sign_right(d, signer(["HIỆU TRƯỞNG"], "GS.TS. Nguyễn Minh Đức", space=16.0, pt=12.0),
               seal=True)
    d.line("Số hiệu: DH-0227514     Số vào sổ cấp bằng: 3109/ĐHYDCT-2022", "r", 10.0)
    copy_stamp(d, 30.0, d.y + 2.0, office="UBND phường Ninh Kiều", number="2406/2026/SCT/BS",
               dated="ngày 12/3/2026")
    degree = Paper("bang_cap", "Bằng tốt nghiệp đại học", "bang_duoc_si_chung_thuc_mau", [d],
                   {"so_ky_hieu": "DH-0227514", "ho_ten": her.name, "ngay_ban_hanh": "2022-08-25",
                    "co_quan_ban_hanh": "TRƯỜNG ĐẠI HỌC Y DƯỢC CẦN THƠ"}, head)

    chain = "CÔNG TY CỔ PHẦN DƯỢC PHẨM AN KHANG TÂY ĐÔ"
    w1 = mk.page("mr", 10.5, (20.0, 192.0), 14.0)
    header(w1, ["CÔNG TY CỔ PHẦN DƯỢC PHẨM", "AN KHANG TÂY ĐÔ"], "37/2026/XN-AKTĐ",
           "Cần Thơ, ngày 02 tháng 3 năm 2026", pt=10.0, parents=0)
    head = title(w1, "GIẤY XÁC NHẬN\nTHỜI GIAN THỰC HÀNH CHUYÊN MÔN", 13.5)
    rows(w1, [f"Công ty xác nhận Bà: {her.upper}",
              f"Ngày sinh: {dmy(her.born)}     Số định danh: {her.cccd}",
              "Văn bằng chuyên môn: Dược sĩ đại học",
              "Đã thực hành chuyên môn tại cơ sở của Công ty như sau:"], pt=10.5)
    w1.table([12.0, 58.0, 48.0, 54.0],
             [["TT", "Nơi thực hành", "Thời gian", "Nội dung"],
              ["1", "Nhà thuốc An Khang số 12, phường Cái Khế", "01/8/2022 - 31/7/2023",
               "bán lẻ, tư vấn sử dụng thuốc"],
              ["2", "Nhà thuốc An Khang số 27, phường Ninh Kiều", "01/8/2023 - 31/12/2024",
               "bảo quản, kiểm soát chất lượng"],
              ["3", "Kho trung tâm, phường Tân An", "01/01/2025 - 28/02/2026",
               "nhập, xuất, bảo quản theo GSP"]], aligns="clcl", pt=9.5)
    w1.p("Tổng thời gian thực hành: 43 tháng liên tục, dưới sự hướng dẫn của dược sĩ phụ trách "
         "chuyên môn (nhận xét ở trang sau).", pt=10.5, align="j")
    w2 = mk.page("mr", 10.5, (20.0, 192.0), 12.0)
    page_number(w2, "Trang 2/2")
    w2.head("Nhận xét của người hướng dẫn:", pt=10.5)
    w2.p("Có ý thức trách nhiệm, thực hiện đúng Thực hành tốt cơ sở bán lẻ thuốc (GPP) và Thực "
         "hành tốt bảo quản thuốc (GSP); thành thạo phần mềm quản lý đơn thuốc liên thông.",
         pt=10.5, align="j")
    w2.p("Người hướng dẫn: DS.CKI Tô Hoàng Yến, chứng chỉ hành nghề dược số 1877/CCHN-D-SYT-CT "
         "cấp ngày 19/5/2016.", pt=10.5, align="j")
    sign_both(w2, signer(["NGƯỜI HƯỚNG DẪN"], "Tô Hoàng Yến", space=14.0, pt=10.5),
              signer(["TỔNG GIÁM ĐỐC"], "Diệp Chí Thành", space=16.0, pt=10.5), seal="right")
    work = Paper("giay_xac_nhan", "Giấy xác nhận thời gian thực hành chuyên môn",
                 "xac_nhan_thuc_hanh_duoc_2_trang", [w1, w2],
                 {"so_ky_hieu": "37/2026/XN-AKTĐ", "ho_ten": her.upper, "so_cccd": her.cccd,
                  "ngay_ban_hanh": "2026-03-02", "co_quan_ban_hanh": chain}, head)

    h = mk.page("vk", 11.5, (20.0, 192.0), 14.0)
    header(h, ["SỞ Y TẾ THÀNH PHỐ CẦN THƠ", "BỆNH VIỆN ĐA KHOA HÒA HẢO TÂY ĐÔ"], "0612/KSK",
           pt=10.0)
    head = title(h, "GIẤY KHÁM SỨC KHỎE", 14.0)
    rows(h, [f"Họ và tên: {her.upper}", f"Số CCCD/ĐDCN: {her.cccd}",
             "Lý do khám sức khỏe: xin cấp chứng chỉ hành nghề dược"], pt=11.5)
    h.table([58.0, 114.0],
            [["Khám", "Kết luận chuyên khoa"], ["Thể lực", "Chiều cao 154 cm, cân nặng 47 kg"],
             ["Mắt", "Thị lực 10/10 cả hai mắt"], ["Tâm thần kinh", "Bình thường"],
             ["Cận lâm sàng", "Công thức máu, nước tiểu, X-quang: bình thường"]], pt=10.5)
    h.field("Phân loại sức khỏe: Loại I - đủ sức khỏe hành nghề dược.", pt=11.5)
    h.right("Cần Thơ, ngày 10 tháng 3 năm 2026", "i", 11.5)
    sign_right(h, signer(["GIÁM ĐỐC"], "BS.CKII Quách Văn Nghĩa", space=14.0, pt=11.5),
               seal=True)
    health = Paper("giay_kham_suc_khoe", "Giấy khám sức khỏe", "gksk_duoc_si_hoa_hao", [h],
                   {"so_ky_hieu": "0612/KSK", "ho_ten": her.upper, "so_cccd": her.cccd,
                    "ngay_ban_hanh": "2026-03-10",
                    "co_quan_ban_hanh": "BỆNH VIỆN ĐA KHOA HÒA HẢO TÂY ĐÔ"}, head)

    j = mk.page("vk", 11.5, (20.0, 192.0), 14.0)
    header(j, ["BỘ CÔNG AN", "CÔNG AN THÀNH PHỐ CẦN THƠ"], "2604/LLTP-PC06",
           "Cần Thơ, ngày 05 tháng 3 năm 2026", pt=10.5)
    head = title(j, "PHIẾU LÝ LỊCH TƯ PHÁP SỐ 1", 15.0)
    rows(j, [f"Họ và tên: {her.upper}     Giới tính: Nữ", f"Ngày, tháng, năm sinh: {dmy(her.born)}",
             "Nơi sinh: Sóc Trăng     Quốc tịch: Việt Nam     Dân tộc: Khmer",
             f"Nơi cư trú: {her.home}",
             f"Số định danh cá nhân: {her.cccd}",
             "Tình trạng án tích: Không có án tích.",
             "Thông tin về việc cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp, hợp tác "
             "xã: Không bị cấm."], pt=11.5)
    sign_right(j, signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Đại tá Sơn Hoàng Minh", space=16.0,
                         pt=11.5), seal=True)
    record = Paper("phieu_ly_lich_tu_phap", "Phiếu lý lịch tư pháp", "lltp_so_1_cong_an_can_tho",
                   [j], {"so_ky_hieu": "2604/LLTP-PC06", "ho_ten": her.upper,
                         "so_cccd": her.cccd, "ngay_ban_hanh": "2026-03-05",
                         "co_quan_ban_hanh": "CÔNG AN THÀNH PHỐ CẦN THƠ"}, head)

    card = id_cards(mk, her, issued="07/05/2024", home="phường Ninh Kiều, TP Cần Thơ",
                    kind="can_cuoc_duoc_si_ban_chup")
    return Dossier(code, procedure, [], [receipt, ask, degree, work, health, record, card])


def foreign_birth(mk: Maker) -> Dossier:
    """Đăng ký khai sinh có yếu tố nước ngoài (Hà Nội): the ward's receipt, the declaration
    with boxes to tick, the birth certificate of the hospital, the parents' agreement on the
    son's nationality, the father's passport with its notarised translation (2 p.) and the
    mother's card."""
    mom = mk.person("Đỗ Ngọc Bảo Trâm", "1994-10-21", False, "001",
                    "ngõ 52 Tô Ngọc Vân, phường Tây Hồ, thành phố Hà Nội")
    dad = "KIM JUNG HOON"
    son = "KIM BẢO AN"
    code = "000.00.21.H26-260313-0091"
    procedure = "Khai sinh cho con có cha là công dân Hàn Quốc (con chung, sinh tại Việt Nam)"
    p = mk.page("vk", 11.5, (18.0, 192.0), 12.0)
    p.pair([L("UBND THÀNH PHỐ HÀ NỘI", "r", 11.0), L("UBND PHƯỜNG TÂY HỒ", "b", 11.0, rule=24.0)],
           [L(MOTTO, "b", 10.5), L(MOTTO2, "b", 11.0, rule=-1)], (10.0, 96.0), (94.0, 202.0))
    p.gap(5.0)
    head = underlined_title(p, "GIẤY NHẬN YÊU CẦU ĐĂNG KÝ KHAI SINH\nCÓ YẾU TỐ NƯỚC NGOÀI", 13.5)
    rows(p, [f"Mã hồ sơ: {code}",
             f"Người yêu cầu: {mom.upper} (mẹ), số định danh {mom.cccd}",
             f"Việc hộ tịch: {procedure}",
             f"Người được khai sinh: {son}, sinh ngày 02/3/2026 tại Bệnh viện Phụ sản Hà Nội",
             f"Cha: {dad}, hộ chiếu Hàn Quốc số M71428390",
             "Ngày nhận: 13/3/2026.  Ngày trả: 18/3/2026 (sau khi niêm yết, xác minh nếu cần).",
             "Lệ phí: 75.000 đồng (đã nộp qua máy POS, mã chuẩn chi 428817)."], pt=11.5)
    p.p("Người yêu cầu mang theo bản chính hộ chiếu của người cha và căn cước của người mẹ khi "
        "nhận kết quả; cha, mẹ cùng có mặt để ký Sổ đăng ký khai sinh.", pt=11.0, align="j")
    sign_both(p, signer(["NGƯỜI NỘP"], mom.upper, space=12.0, pt=11.0),
              signer(["CÔNG CHỨC TƯ PHÁP - HỘ TỊCH"], "Vương Thu Trang", space=12.0, pt=11.0))
    receipt = Paper("phieu_tiep_nhan", "Giấy tiếp nhận hồ sơ", "giay_nhan_yeu_cau_ks_gach_chan",
                    [p], {"thu_tuc": procedure, "ho_ten": mom.upper, "so_cccd": mom.cccd,
                          "ngay_ban_hanh": "2026-03-13", "co_quan_ban_hanh": "UBND PHƯỜNG TÂY HỒ"},
                    head)

    f = mk.page("vk", 11.5, (22.0, 190.0), 14.0)
    motto(f, 12.0)
    head = title(f, "TỜ KHAI ĐĂNG KÝ KHAI SINH", 15.0)
    f.center("Kính gửi: Ủy ban nhân dân phường Tây Hồ", "r", 11.5)
    rows(f, [f"Họ, chữ đệm, tên người yêu cầu: {mom.upper}",
             f"Giấy tờ tùy thân: Căn cước số {mom.cccd}",
             "Quan hệ với người được khai sinh: mẹ",
             "Đề nghị cơ quan đăng ký khai sinh cho người dưới đây:",
             f"Họ, chữ đệm, tên: {son}     Giới tính: Nam",
             "Ngày, tháng, năm sinh: 02/03/2026     Nơi sinh: Bệnh viện Phụ sản Hà Nội",
             "Quốc tịch: [x] Việt Nam   [ ] Hàn Quốc   [ ] khác",
             f"Họ tên cha: {dad}, sinh năm 1990, quốc tịch Hàn Quốc",
             f"Họ tên mẹ: {mom.upper}, sinh năm 1994, quốc tịch Việt Nam",
             "Nơi cư trú: ngõ 52 Tô Ngọc Vân, phường Tây Hồ, thành phố Hà Nội"], pt=11.5)
    f.p("Tôi cam đoan nội dung đề nghị đăng ký khai sinh trên đây là đúng sự thật, được sự thỏa "
        "thuận nhất trí của các bên liên quan theo quy định pháp luật.", pt=11.5, align="j")
    f.right("Hà Nội, ngày 12 tháng 3 năm 2026", "i", 11.5)
    sign_right(f, signer(["NGƯỜI YÊU CẦU"], mom.upper, space=14.0, pt=11.5))
    form = Paper("don_de_nghi", "Tờ khai đăng ký khai sinh", "to_khai_ks_o_danh_dau", [f],
                 {"ho_ten": mom.upper, "so_cccd": mom.cccd, "ngay_ban_hanh": "2026-03-12"}, head)

    c = mk.page("mr", 10.0, (20.0, 192.0), 14.0, dpi=300, color=True)
    header(c, ["SỞ Y TẾ HÀ NỘI", "BỆNH VIỆN PHỤ SẢN HÀ NỘI"], "1873/GCS", pt=10.0)
    head = title(c, "GIẤY CHỨNG SINH", 16.0)
    rows(c, [f"Họ và tên mẹ: {mom.upper}     Năm sinh: 1994",
             f"Số định danh: {mom.cccd}     Dân tộc: Kinh",
             f"Nơi đăng ký thường trú: {mom.home}",
             "Đã sinh con vào lúc: 07 giờ 40 phút, ngày 02 tháng 3 năm 2026",
             "Nơi sinh: Bệnh viện Phụ sản Hà Nội, phường Ngọc Hà",
             "Số con trong lần sinh: 01     Giới tính của con: Nam     Cân nặng: 3.300 gam",
             f"Dự định đặt tên con: {son}",
             "Ghi chú: cha là người nước ngoài, mẹ tự khai tên cha"], pt=10.0)
    c.right("Hà Nội, ngày 04 tháng 3 năm 2026", "i", 10.0)
    sign_both(c, signer(["NGƯỜI ĐỠ ĐẺ"], "NHS. Phí Thị Loan", space=14.0, pt=10.0),
              signer(["THỦ TRƯỞNG CƠ SỞ Y TẾ"], "PGS.TS. Lưu Đức Hậu", space=16.0, pt=10.0),
              seal="right")
    born = Paper("giay_chung_sinh", "Giấy chứng sinh", "giay_chung_sinh_con_lai_han", [c],
                 {"so_ky_hieu": "1873/GCS", "ho_ten": mom.upper, "so_cccd": mom.cccd,
                  "ngay_ban_hanh": "2026-03-04", "co_quan_ban_hanh": "BỆNH VIỆN PHỤ SẢN HÀ NỘI"},
                 head)

    t = mk.page("vk", 12.0, (22.0, 190.0), 14.0)
    motto(t, 12.5)
    head = title(t, "VĂN BẢN THỎA THUẬN\nVỀ VIỆC LỰA CHỌN QUỐC TỊCH CHO CON", 14.0)
    t.p("Chúng tôi gồm:", pt=12.0)
    rows(t, [f"Cha: {dad}, sinh ngày 14/7/1990, quốc tịch Hàn Quốc, hộ chiếu số M71428390 do "
             "Bộ Ngoại giao Hàn Quốc cấp ngày 03/02/2021",
             f"Mẹ: {mom.upper}, sinh ngày {dmy(mom.born)}, quốc tịch Việt Nam, số định danh "
             f"{mom.cccd}"], pt=12.0)
    t.p(f"Cùng thỏa thuận chọn quốc tịch Việt Nam cho con chung là {son}, sinh ngày 02/3/2026 "
        "tại Hà Nội, theo Điều 16 Luật Quốc tịch Việt Nam ngày 13 tháng 11 năm 2008. Con mang "
        "họ của cha và được đăng ký khai sinh tại Ủy ban nhân dân phường Tây Hồ.", pt=12.0,
        align="j")
    t.right("Hà Nội, ngày 12 tháng 3 năm 2026", "i", 12.0)
    sign_both(t, signer(["NGƯỜI CHA"], dad, space=16.0, pt=12.0),
              signer(["NGƯỜI MẸ"], mom.upper, space=16.0, pt=12.0))
    agree = Paper("van_ban_thoa_thuan", "Văn bản thỏa thuận", "thoa_thuan_quoc_tich_con_lai",
                  [t], {"ho_ten": dad, "ngay_ban_hanh": "2026-03-12"}, head)

    pp = mk.page("mr", 9.0, (16.0, 194.0), 18.0)
    card = G.Card(pp, 28.0, 24.0, 1.7)
    card.text(42.0, 5.0, "REPUBLIC OF KOREA", "b", 3.6, "c")
    card.text(42.0, 9.0, "PASSPORT", "b", 4.4, "c")
    card.box(3.0, 25.0, 12.0, 42.0, outline=None, fill=(120, 120, 120))
    card.text(28.0, 14.0, "Type: PM   Country code: KOR   Passport No.: M71428390", "r", 2.6)
    card.text(28.0, 18.0, "Surname: KIM", "b", 3.0)
    card.text(28.0, 22.0, "Given names: JUNG HOON", "b", 3.0)
    card.text(28.0, 26.0, "Date of birth: 14 JUL 1990   Sex: M", "r", 2.8)
    card.text(28.0, 30.0, "Date of issue: 03 FEB 2021", "r", 2.8)
    card.text(28.0, 34.0, "Date of expiry: 03 FEB 2031", "r", 2.8)
    card.text(28.0, 38.0, "Authority: MINISTRY OF FOREIGN AFFAIRS", "r", 2.8)
    card.text(3.0, 47.0, "PMKORKIM<<JUNG<HOON<<<<<<<<<<<<<<<<<<<<<<", "r", 2.9)
    card.text(3.0, 51.0, "M714283908KOR9007145M3102038<<<<<<<<<<<<06", "r", 2.9)
    pp.y = 130.0
    copy_stamp(pp, 40.0, 140.0, office="Văn phòng công chứng Hồ Tây", number="0917/2026",
               dated="ngày 10/3/2026")
    tr = mk.page("vk", 11.5, (22.0, 190.0), 14.0)
    page_number(tr, "Trang 2/2 - bản dịch kèm bản chụp")
    head2 = title(tr, "BẢN DỊCH", 14.0, ("(Dịch từ tiếng Anh sang tiếng Việt)",))
    rows(tr, ["HỘ CHIẾU - CỘNG HÒA HÀN QUỐC", "Loại: PM   Mã nước: KOR   Số hộ chiếu: M71428390",
              "Họ: KIM     Tên: JUNG HOON     Giới tính: Nam",
              "Ngày sinh: 14/7/1990     Ngày cấp: 03/02/2021     Có giá trị đến: 03/02/2031",
              "Cơ quan cấp: Bộ Ngoại giao"], pt=11.5)
    tr.p("Tôi, Lã Thị Hương Giang, cộng tác viên dịch thuật của Văn phòng công chứng Hồ Tây, cam "
         "đoan đã dịch chính xác nội dung của giấy tờ này từ tiếng Anh sang tiếng Việt.",
         pt=11.5, align="j")
    tr.head("LỜI CHỨNG CỦA CÔNG CHỨNG VIÊN", pt=12.0)
    tr.p("Hôm nay, ngày 10/3/2026, tại Văn phòng công chứng Hồ Tây, tôi, Ninh Văn Khải, công "
         "chứng viên, chứng nhận bản dịch này do người dịch ký trước mặt tôi. Số công chứng "
         "0917, quyển số 02/2026 TP/CC-SCC/BD.", pt=11.5, align="j")
    sign_both(tr, signer(["NGƯỜI DỊCH"], "Lã Thị Hương Giang", space=14.0, pt=11.5),
              signer(["CÔNG CHỨNG VIÊN"], "Ninh Văn Khải", space=16.0, pt=11.5), seal="right")
    assert head2
    passport = Paper("ho_chieu", "Hộ chiếu", "ho_chieu_han_quoc_ban_dich_cong_chung", [pp, tr],
                     {"so_ky_hieu": "M71428390", "ngay_ban_hanh": "2021-02-03",
                      "co_quan_ban_hanh": "MINISTRY OF FOREIGN AFFAIRS"}, "PASSPORT")

    card2 = id_cards(mk, mom, issued="22/10/2024", home="phường Tây Hồ, thành phố Hà Nội",
                     kind="can_cuoc_me_tay_ho")
    stamp(card2.pages[0], ["BẢN CHỤP ĐỂ ĐỐI CHIẾU", "đã xem bản chính 13/3/2026"], 60.0, 100.0)
    return Dossier(code, procedure, [], [receipt, form, born, agree, passport, card2])
