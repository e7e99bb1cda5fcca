"""The loose papers of known types in the ninth held-apart set, the first half: counters' and
land offices' papers (an apology with a new date, a control sheet of steps and dates, a
transfer of land data to the tax office, a refusal), a 1998 death certificate, a complaint, a
bachelor's degree and a clinic's licence. ``known`` gives them with the second half
(``offices9``) in scan order."""

from __future__ import annotations

from datetime import date

import offices9
from page9 import (
    Maker,
    Paper,
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


def apology(mk: Maker) -> Paper:
    """Phiếu xin lỗi (Huế): a building permit late, a new date beside the one first given."""
    p = mk.page("gen", 12.5, (24.0, 188.0), 14.0)
    header(p, ("UBND THÀNH PHỐ HUẾ", "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"), "27/PXL-TTPVHCC",
           f"Huế, {words(date(2026, 3, 18), pad=True)}", parents=1)
    head = title(p, "PHIẾU XIN LỖI\nVÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", 15.0)
    p.line("Kính gửi: Ông Tôn Thất Minh Quân", "b", 12.5, align="c")
    p.p("Ngày 02/3/2026, Trung tâm Phục vụ hành chính công thành phố Huế tiếp nhận hồ sơ "
        "của ông, mã hồ sơ H57.26-260302-0091, về việc:", indent=8.0, align="j")
    p.field("Cấp giấy phép xây dựng nhà ở riêng lẻ tại kiệt 12 đường Chi Lăng, phường Phú "
            "Xuân", style="b", x0=p.x0 + 8.0)
    p.p("Thời hạn trả kết quả ghi trên giấy tiếp nhận là ngày 16/3/2026. Do phải lấy ý kiến "
        "của cơ quan quản lý di tích về chiều cao công trình trong vùng bảo vệ cảnh quan Kinh "
        "thành, hồ sơ chưa giải quyết đúng hạn.", indent=8.0, align="j")
    p.p("Trung tâm trân trọng xin lỗi ông và hẹn trả kết quả vào ngày 27/3/2026.", indent=8.0)
    sign_right(p, signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Nguyễn Phước Bảo Ngọc",
                         space=16.0), seal=True)
    return Paper("phieu_xin_loi", "Phiếu xin lỗi và hẹn lại ngày trả kết quả", "phieu_xin_loi_hue",
                 [p], {"so_ky_hieu": "27/PXL-TTPVHCC", "ngay_ban_hanh": "2026-03-18",
                       "ho_ten": "Tôn Thất Minh Quân",
                       "thu_tuc": "Cấp giấy phép xây dựng nhà ở riêng lẻ tại kiệt 12 đường Chi "
                                  "Lăng, phường Phú Xuân",
                       "co_quan_ban_hanh": "Trung tâm Phục vụ hành chính công thành phố Huế"},
                 head)


def control_sheet(mk: Maker) -> Paper:
    """Phiếu kiểm soát (Lào Cai): a table of the steps a dossier went through, a date in each
    row."""
    p = mk.page("rob", 10.5, (16.0, 194.0), 14.0)
    p.line("UBND PHƯỜNG CAM ĐƯỜNG - BỘ PHẬN MỘT CỬA", "b", 10.5)
    head = title(p, "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", 14.0)
    rows(p, ["Số hồ sơ: H33.12-260209-0031",
             "Tên thủ tục: Đăng ký khai sinh cho trẻ sinh ra ngoài cơ sở y tế",
             "Người nộp: Vàng Thị Mỷ      Ngày nhận: 09/02/2026      Hẹn trả: 10/02/2026"])
    p.table([40.0, 44.0, 34.0, 60.0], [
        ["Bước", "Người thực hiện", "Thời gian", "Kết quả"],
        ["1. Tiếp nhận", "Hoàng Văn Sính", "09/02/2026 08:40", "Chuyển xử lý"],
        ["2. Thẩm định", "Lục Thị Hường", "09/02/2026 14:15", "Đủ điều kiện"],
        ["3. Ký duyệt", "Giàng A Phử", "10/02/2026 09:05", "Đã ký"],
        ["4. Trả kết quả", "Hoàng Văn Sính", "10/02/2026 10:30", "Công dân đã nhận"]],
        aligns="llcl", pt=10.0)
    p.field("Ghi chú: hồ sơ giải quyết đúng hạn.", style="i")
    return Paper("phieu_kiem_soat", "Phiếu kiểm soát quá trình giải quyết hồ sơ",
                 "phieu_kiem_soat_lao_cai", [p],
                 {"thu_tuc": "Đăng ký khai sinh cho trẻ sinh ra ngoài cơ sở y tế",
                  "ho_ten": "Vàng Thị Mỷ"}, head)


def land_to_tax(mk: Maker) -> Paper:
    """Phiếu chuyển thông tin (Hải Phòng, 2 p.): a land office sends a sale's data to the tax
    office; the contract's number and date, the certificate's series among them."""
    buyer = mk.person("Phạm Thị Hải Yến", "1984-07-23", False, "031",
                      "tổ dân phố Đẩu Sơn, phường Kiến An, thành phố Hải Phòng")
    p = mk.page("gen", 12.0, (22.0, 190.0), 12.0)
    header(p, ("VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI HẢI PHÒNG", "CHI NHÁNH KIẾN AN"), "0418/PCTT-CNKA",
           f"Kiến An, {words(date(2026, 2, 26))}", pt=11.5, parents=1)
    head = title(p, "PHIẾU CHUYỂN THÔNG TIN\nĐỂ XÁC ĐỊNH NGHĨA VỤ TÀI CHÍNH VỀ ĐẤT ĐAI", 13.5)
    p.line("Kính gửi: Thuế cơ sở 2 thành phố Hải Phòng", "r", 12.0, align="c")
    p.head("I. NGƯỜI SỬ DỤNG ĐẤT, CHỦ SỞ HỮU TÀI SẢN", pt=11.5)
    rows(p, [f"1. Tên: {buyer.upper}", f"2. Số định danh cá nhân: {buyer.cccd}",
             f"3. Địa chỉ: {buyer.home}", f"4. Điện thoại: {buyer.phone}"], pt=11.5)
    p.head("II. ĐẶC ĐIỂM THỬA ĐẤT", pt=11.5)
    rows(p, ["1. Thửa đất số 205, tờ bản đồ số 31; địa chỉ: tổ dân phố Đẩu Sơn",
             "2. Diện tích: 92,4 m2; mục đích: đất ở tại đô thị; thời hạn: lâu dài",
             "3. Giấy chứng nhận số DK 551806, số vào sổ CS 07712, cấp ngày 14/8/2023",
             "4. Nguồn gốc: nhận chuyển nhượng theo hợp đồng công chứng số 1184/2026/CCGD "
             "ngày 11/02/2026 của Văn phòng công chứng Lạch Tray",
             "5. Giá chuyển nhượng ghi trên hợp đồng: 2.450.000.000 đồng"], pt=11.5)
    p2 = mk.page("gen", 12.0, (22.0, 190.0), 14.0)
    p2.head("III. THÔNG TIN VỀ NGƯỜI CHUYỂN NHƯỢNG", pt=11.5)
    rows(p2, ["Ông Đặng Văn Khuê, số định danh 031066002845, tổ dân phố Văn Đẩu"], pt=11.5)
    p2.head("IV. GIẤY TỜ KÈM THEO", pt=11.5)
    rows(p2, ["- Tờ khai lệ phí trước bạ; tờ khai thuế thu nhập cá nhân (bản chính)",
              "- Hợp đồng chuyển nhượng quyền sử dụng đất (bản sao)"], pt=11.5)
    p2.gap(2.0)
    sign_both(p2, recipients(["Như trên", "Lưu: VT, hồ sơ"]),
              signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Vũ Thị Thanh Xuân", space=16.0,
                     pt=12.0), seal="right")
    return Paper("phieu_chuyen_thong_tin", "Phiếu chuyển thông tin để xác định nghĩa vụ tài "
                 "chính về đất đai", "phieu_chuyen_thong_tin_hp", [p, p2],
                 {"so_ky_hieu": "0418/PCTT-CNKA", "ngay_ban_hanh": "2026-02-26",
                  "co_quan_ban_hanh": "Chi nhánh Kiến An", "ho_ten": buyer.upper,
                  "so_cccd": buyer.cccd}, head)


def refusal(mk: Maker) -> Paper:
    """Phiếu từ chối (An Giang): a household business's registration refused, the reason
    citing a decree with its date."""
    p = mk.page("rob", 11.0, (20.0, 190.0), 14.0)
    header(p, ("UBND PHƯỜNG RẠCH GIÁ", "BỘ PHẬN MỘT CỬA"), "19/PTC-BPMC",
           f"Rạch Giá, {words(date(2026, 3, 5), pad=True)}", pt=11.0)
    head = title(p, "PHIẾU TỪ CHỐI TIẾP NHẬN,\nGIẢI QUYẾT HỒ SƠ", 14.5)
    p.line("Kính gửi: Bà Thạch Thị Sa Rươne", "b", 11.5, align="c")
    p.p("Bộ phận Một cửa phường Rạch Giá nhận được hồ sơ đề nghị giải quyết thủ tục:",
        indent=8.0)
    p.field("Đăng ký hộ kinh doanh quán ăn tại số 48 đường Lâm Quang Ky", style="b",
            x0=p.x0 + 8.0)
    p.p("Hồ sơ không được tiếp nhận vì: địa điểm kinh doanh nằm trong khu vực đã có quyết "
        "định thu hồi đất để mở rộng đường; theo khoản 2 Điều 89 Nghị định số 01/2021/NĐ-CP "
        "ngày 04 tháng 01 năm 2021, người đề nghị chọn địa điểm khác rồi nộp lại hồ sơ.",
        indent=8.0, align="j")
    p.p("Xin thông báo để bà biết.", indent=8.0)
    sign_right(p, signer(["NGƯỜI TIẾP NHẬN"], "Danh Thị Mỹ Xuyên", space=14.0, pt=11.5))
    return Paper("phieu_tu_choi", "Phiếu từ chối tiếp nhận, giải quyết hồ sơ",
                 "phieu_tu_choi_rach_gia", [p],
                 {"so_ky_hieu": "19/PTC-BPMC", "ngay_ban_hanh": "2026-03-05",
                  "ho_ten": "Thạch Thị Sa Rươne",
                  "thu_tuc": "Đăng ký hộ kinh doanh quán ăn tại số 48 đường Lâm Quang Ky",
                  "co_quan_ban_hanh": "Bộ phận Một cửa phường Rạch Giá"}, head)


def death_1998(mk: Maker) -> Paper:
    """A 1998 death certificate of the old form (*GIẤY CHỨNG TỬ*), photocopied: number and book,
    a date written out, a declarant's old card number."""
    p = mk.page("gen", 12.0, (24.0, 186.0), 16.0)
    header(p, ("UBND HUYỆN ĐIỆN BIÊN", "UBND XÃ THANH XƯƠNG"), "15", parents=1, pt=11.5)
    p.line("Quyển số: 01/1998", "r", 11.5, x0=12.0)
    head = title(p, "GIẤY CHỨNG TỬ", 18.0)
    rows(p, ["Họ và tên: LÒ VĂN PẨN",
             "Giới tính: Nam      Ngày, tháng, năm sinh: 1931",
             "Dân tộc: Thái      Quốc tịch: Việt Nam",
             "Nơi thường trú cuối cùng: bản Noong Ứng, xã Thanh Xương",
             "Đã chết vào lúc: 14 giờ, ngày 19 tháng 6 năm 1998",
             "Nơi chết: tại nhà      Nguyên nhân chết: già yếu",
             "Người đi khai: Lò Văn Hặc, CMND số 040118273, quan hệ: con",
             "Đăng ký ngày 22 tháng 6 năm 1998"], indent=4.0)
    p.gap(4.0)
    sign_both(p, signer(["Người đi khai"], "Lò Văn Hặc", space=12.0, pt=11.5),
              signer(["TM. UBND XÃ", "CHỦ TỊCH"], "Quàng Văn Ún", space=16.0, pt=11.5),
              seal="right")
    return Paper("giay_chung_tu", "Giấy chứng tử (1998)", "giay_chung_tu_1998", [p],
                 {"ho_ten": "LÒ VĂN PẨN", "so_ky_hieu": "15", "ngay_ban_hanh": "1998-06-22",
                  "co_quan_ban_hanh": "UBND xã Thanh Xương"}, head)


def complaint(mk: Maker) -> Paper:
    """Đơn khiếu nại (Tuyên Quang, 2 p.): a decision's number and date cited before the
    complainant's own date."""
    man = mk.person("Ma Văn Thưởng", "1967-12-02", True, "008",
                    "thôn Khuôn Khán, xã Minh Xuân, tỉnh Tuyên Quang")
    p = mk.page("gen", 12.5, (25.0, 188.0), 16.0)
    motto(p, 12.5)
    head = title(p, "ĐƠN KHIẾU NẠI", 16.0,
                 ("(V/v mức bồi thường khi Nhà nước thu hồi đất)",))
    p.line("Kính gửi: Chủ tịch Ủy ban nhân dân xã Minh Xuân", "b", 12.5, align="c")
    rows(p, [f"Tôi tên là: {man.upper}, sinh năm 1967",
             f"Số định danh cá nhân: {man.cccd}, điện thoại: {man.phone}",
             f"Địa chỉ: {man.home}"])
    p.p("Tôi khiếu nại Quyết định số 1520/QĐ-UBND ngày 12/11/2025 của Ủy ban nhân dân xã "
        "Minh Xuân về việc phê duyệt phương án bồi thường, hỗ trợ khi thu hồi 640 m2 đất "
        "trồng cây hằng năm của gia đình tôi để làm tuyến đường nối thôn Khuôn Khán.",
        indent=8.0, align="j")
    p.p("Theo Điều 98 Luật Đất đai ngày 18 tháng 01 năm 2024 và Quyết định số 36/2024/QĐ-UBND "
        "ngày 20 tháng 9 năm 2024 của Ủy ban nhân dân tỉnh, đơn giá bồi thường cây chè kinh "
        "doanh áp dụng cho gia đình tôi thấp hơn đơn giá đã áp dụng cho hộ liền kề.",
        indent=8.0, align="j")
    p2 = mk.page("gen", 12.5, (25.0, 188.0), 16.0)
    p2.p("Đề nghị Chủ tịch Ủy ban nhân dân xã xem xét lại, áp dụng đúng đơn giá và bồi thường "
         "bổ sung cho gia đình tôi. Kèm theo đơn: bản sao quyết định, biên bản kiểm đếm ngày "
         "03/10/2025.", indent=8.0, align="j")
    p2.line(f"Minh Xuân, {words(date(2026, 2, 9))}", "i", 12.5, align="r")
    sign_right(p2, signer(["NGƯỜI KHIẾU NẠI"], man.name, "(Ký, ghi rõ họ tên)", 18.0))
    return Paper("don_khieu_nai", "Đơn khiếu nại", "don_khieu_nai_boi_thuong", [p, p2],
                 {"ho_ten": man.upper, "so_cccd": man.cccd, "ngay_ban_hanh": "2026-02-09"},
                 head)


def degree(mk: Maker) -> Paper:
    """A bachelor's degree (colour, 300 dpi, bilingual): its serial and its register number."""
    p = mk.page("gen", 12.0, (30.0, 180.0), 22.0, dpi=300, color=True)
    p.rect((14.0, 196.0, 14.0, 200.0), width=1.0, outline=(150, 110, 30))
    p.rect((17.0, 193.0, 17.0, 197.0), width=0.3, outline=(150, 110, 30))
    motto(p, 12.0)
    p.line("SOCIALIST REPUBLIC OF VIET NAM", "r", 10.0, align="c")
    p.gap(4.0)
    p.line("HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC SÔNG LAM", "b", 12.5, align="c")
    p.line("The Rector of Song Lam University", "i", 10.5, align="c")
    p.line("cấp", "r", 11.0, align="c")
    head = title(p, "BẰNG CỬ NHÂN", 22.0, ("Bachelor's Degree",))
    rows(p, ["Ngành: Kế toán / Major: Accounting",
             "Cho: Bà NGUYỄN THỊ HOÀI THƯƠNG / Ms. Nguyen Thi Hoai Thuong",
             "Ngày sinh / Date of birth: 14/02/2003",
             "Hạng tốt nghiệp / Degree classification: Giỏi / Very good"], indent=8.0)
    p.line(f"Nghệ An, {words(date(2025, 7, 28))}", "i", 12.0, align="r")
    sign_right(p, signer(["HIỆU TRƯỞNG"], "PGS.TS. Hồ Đức Thịnh", space=18.0, pt=12.0),
               seal=True)
    rows(p, ["Số hiệu: SL.2025.004718", "Số vào sổ cấp bằng: 0472/ĐHSL-2025"], pt=10.0)
    return Paper("bang_cap", "Bằng cử nhân", "bang_cu_nhan", [p],
                 {"ho_ten": "NGUYỄN THỊ HOÀI THƯƠNG", "so_ky_hieu": "SL.2025.004718",
                  "ngay_ban_hanh": "2025-07-28", "co_quan_ban_hanh": "Trường Đại học Sông Lam"},
                 head)


def clinic_licence(mk: Maker) -> Paper:
    """A clinic's licence (Phú Thọ): the clinic holds it, its head of expertise is named with
    her practising certificate's number; no person is its holder."""
    p = mk.page("gen", 12.5, (24.0, 188.0), 14.0)
    header(p, ("UBND TỈNH PHÚ THỌ", "SỞ Y TẾ"), "004127/PT-GPHĐ",
           f"Phú Thọ, {words(date(2026, 1, 30), pad=True)}", parents=1)
    head = title(p, "GIẤY PHÉP HOẠT ĐỘNG\nKHÁM BỆNH, CHỮA BỆNH", 15.5)
    p.line("GIÁM ĐỐC SỞ Y TẾ TỈNH PHÚ THỌ", "b", 12.5, align="c")
    p.p("Căn cứ Luật Khám bệnh, chữa bệnh ngày 09 tháng 01 năm 2023; Nghị định số 96/2023/NĐ-CP "
        "ngày 30 tháng 12 năm 2023 của Chính phủ; xét hồ sơ đề nghị cấp giấy phép hoạt động,",
        indent=8.0, align="j")
    p.line("CHO PHÉP", "b", 13.0, align="c")
    rows(p, ["Tên cơ sở: PHÒNG KHÁM NHA KHOA VIỆT TRÌ XANH",
             "Hình thức tổ chức: phòng khám chuyên khoa răng hàm mặt",
             "Địa chỉ: số 211 đại lộ Hùng Vương, phường Việt Trì, tỉnh Phú Thọ",
             "Người chịu trách nhiệm chuyên môn kỹ thuật: BS. Đỗ Thị Vân Khánh, giấy phép hành "
             "nghề số 003918/PT-GPHN",
             "Phạm vi hoạt động chuyên môn: khám, chữa bệnh răng hàm mặt; không làm thủ thuật "
             "cấy ghép implant",
             "Thời gian làm việc: 7 giờ 30 đến 20 giờ hằng ngày"], indent=4.0)
    sign_right(p, signer(["GIÁM ĐỐC"], "Triệu Văn Hoàng", space=18.0), seal=True)
    return Paper("giay_phep", "Giấy phép hoạt động khám bệnh, chữa bệnh", "gphd_phong_kham",
                 [p], {"so_ky_hieu": "004127/PT-GPHĐ", "ngay_ban_hanh": "2026-01-30",
                       "co_quan_ban_hanh": "Sở Y tế"}, head)


def adoption(mk: Maker) -> Paper:
    """An adoption certificate (colour, 300 dpi, Cà Mau): the child it is about, the parents'
    numbers beside."""
    p = mk.page("gen", 12.0, (26.0, 184.0), 20.0, dpi=300, color=True)
    p.frame()
    header(p, ("TỈNH CÀ MAU", "ỦY BAN NHÂN DÂN", "XÃ THỚI BÌNH"), "02/2026", pt=11.5)
    head = title(p, "GIẤY CHỨNG NHẬN NUÔI CON NUÔI", 16.0)
    p.table([50.0, 54.0, 54.0], [
        ["", "Cha nuôi", "Mẹ nuôi"],
        ["Họ, chữ đệm, tên", "Quách Văn Lũy", "Dương Thị Diễm"],
        ["Ngày sinh", "07/7/1979", "15/3/1982"],
        ["Số định danh", "096079002213", "096182009347"],
        ["Nơi cư trú", "ấp Thới Thuận", "ấp Thới Thuận"]], aligns="lcc", pt=11.0)
    rows(p, ["Con nuôi: QUÁCH GIA BẢO, giới tính: Nam, sinh ngày 21/10/2020",
             "Nơi sinh: Bệnh viện Sản Nhi Cà Mau",
             "Cha mẹ đẻ: không xác định (trẻ bị bỏ rơi, biên bản ngày 23/10/2020)",
             "Đăng ký ngày: 11/02/2026"])
    p.line(f"Thới Bình, {words(date(2026, 2, 11), pad=True)}", "i", 12.0, align="r")
    sign_right(p, signer(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lâm Hoàng Oanh", space=16.0,
                         pt=12.0), seal=True)
    return Paper("giay_chung_nhan_nuoi_con_nuoi", "Giấy chứng nhận nuôi con nuôi",
                 "gcn_nuoi_con_nuoi_ca_mau", [p],
                 {"so_ky_hieu": "02/2026", "ngay_ban_hanh": "2026-02-11",
                  "co_quan_ban_hanh": "Ủy ban nhân dân xã Thới Bình", "ho_ten": "QUÁCH GIA BẢO"},
                 head)


def known(mk: Maker) -> list[Paper]:
    """The loose papers of known types, in scan order."""
    first = [apology(mk), control_sheet(mk), land_to_tax(mk), refusal(mk), death_1998(mk),
             complaint(mk), degree(mk), clinic_licence(mk), adoption(mk)]
    second = offices9.papers(mk)
    return [paper for pair in zip(first, second, strict=False) for paper in pair] + \
        first[len(second):] + second[len(first):]



