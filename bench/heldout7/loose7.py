"""The loose papers of known types in the seventh held-apart set, in scan order: what the same
counters hand out and receive on other days, under titles no earlier set used where the
taxonomy allows it (the one-stop regulation's apology slip and request for more papers, a
notice transferring land data to the tax office, an adoption certificate, a petition)."""

from __future__ import annotations

from datetime import date

from dossiers7 import NHUNG
from page7 import (
    G,
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
    under,
    words,
)


def decision(mk: Maker) -> Paper:
    """A commune's decision allowing a change of land use (2 p.): a law, a decree and a
    submission cited with their dates before the place-and-date line's own."""
    p = mk.page("free", 13.0, (28.0, 190.0), 12.0)
    header(p, ("ỦY BAN NHÂN DÂN", "PHƯỜNG CẨM PHẢ"), "318/QĐ-UBND",
           dated=f"Cẩm Phả, {words(date(2026, 1, 22), pad=True)}", pt=12.5)
    head = title(p, "QUYẾT ĐỊNH", 15.0, ())
    p.center("Về việc cho phép chuyển mục đích sử dụng đất", "b", 13.0)
    p.center("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG CẨM PHẢ", "b", 13.0)
    p.gap(2.0)
    for text in ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                 "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;",
                 "Căn cứ Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định chi "
                 "tiết thi hành một số điều của Luật Đất đai;",
                 "Xét đề nghị của Phòng Kinh tế, Hạ tầng và Đô thị tại Tờ trình số 41/TTr-KT "
                 "ngày 15/01/2026."):
        p.p(text, style="i", indent=8.0, align="j")
    p.center("QUYẾT ĐỊNH:", "b", 13.0)
    p.p("Điều 1. Cho phép ông Đặng Văn Thịnh, CCCD số 022084013579, thường trú tại tổ 2, "
        "khu 3, phường Cẩm Phả, chuyển mục đích sử dụng 80,0 m2 đất trồng cây hằng năm khác "
        "sang đất ở tại đô thị thuộc thửa đất số 56, tờ bản đồ số 9.", indent=8.0, align="j")
    q = mk.page("free", 13.0, (28.0, 190.0), 16.0)
    q.p("Điều 2. Ông Đặng Văn Thịnh có trách nhiệm nộp tiền sử dụng đất theo thông báo của "
        "cơ quan thuế và sử dụng đất đúng mục đích.", indent=8.0, align="j")
    q.p("Điều 3. Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND phường, "
        "Trưởng phòng Kinh tế, Hạ tầng và Đô thị, ông Đặng Văn Thịnh chịu trách nhiệm thi "
        "hành Quyết định này.", indent=8.0, align="j")
    q.gap(2.0)
    G.sign(q, recipients(["Như Điều 3", "Thuế cơ sở 3 tỉnh Quảng Ninh", "Lưu: VT"]),
           signer(["CHỦ TỊCH"], "Bùi Quốc Hưng", space=20.0, pt=13.0), seal="right",
           lbox=(28.0, 96.0), rbox=(100.0, 200.0))
    return Paper("quyet_dinh", "Quyết định", "qd_chuyen_muc_dich", [p, q],
                 {"so_ky_hieu": "318/QĐ-UBND", "ngay_ban_hanh": "2026-01-22",
                  "co_quan_ban_hanh": "Ủy ban nhân dân phường Cẩm Phả",
                  "ho_ten": "Đặng Văn Thịnh", "so_cccd": "022084013579"}, head)


def official_letter(mk: Maker) -> Paper:
    """A department's official letter, no title, "V/v" under its number."""
    p = mk.page("free", 13.0, (28.0, 190.0), 12.0)
    header(p, ("UBND THÀNH PHỐ HÀ NỘI", "SỞ XÂY DỰNG"), "1127/SXD-QLXD",
           about=("V/v hướng dẫn cấp giấy phép", "sửa chữa, cải tạo nhà ở"), pt=12.5,
           dated=f"Hà Nội, ngày {dmy(date(2026, 3, 4))}")
    p.line("Kính gửi: Ủy ban nhân dân các phường, xã", "r", 13.0, align="c")
    p.gap(2.0)
    for text in ("Thực hiện Nghị định số 175/2024/NĐ-CP ngày 30 tháng 12 năm 2024 của Chính "
                 "phủ, Sở Xây dựng hướng dẫn một số nội dung về cấp giấy phép sửa chữa, cải tạo "
                 "nhà ở riêng lẻ như sau:",
                 "1. Công trình sửa chữa không làm thay đổi kết cấu chịu lực, công năng và an "
                 "toàn cháy nổ thì được miễn giấy phép; trường hợp xây thêm tum thang phải "
                 "cấp phép.",
                 "2. Hồ sơ gồm đơn đề nghị, bản sao giấy tờ về quyền sử dụng đất và bản vẽ hiện "
                 "trạng, bản vẽ thiết kế cải tạo do tổ chức có đủ năng lực lập.",
                 "3. Thời hạn giải quyết không quá 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
                 "Sở Xây dựng đề nghị UBND các phường, xã triển khai thực hiện./."):
        p.p(text, indent=10.0, align="j")
    G.sign(p, recipients(["Như trên", "UBND Thành phố (để b/c)", "Lưu: VT, QLXD"]),
           signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Phan Thị Quỳnh Mai", space=20.0,
                  pt=13.0), seal="right", lbox=(28.0, 96.0), rbox=(100.0, 200.0))
    return Paper("cong_van", "Công văn", "cong_van_sxd", [p],
                 {"so_ky_hieu": "1127/SXD-QLXD", "ngay_ban_hanh": "2026-03-04",
                  "co_quan_ban_hanh": "Sở Xây dựng"}, None)


def single_status(mk: Maker) -> Paper:
    """A commune's certificate of marital status, the person named on the line under her
    label, the date in numbers and in words."""
    person = mk.person("Giàng Thị Mỷ", "1999-09-21", False, "012",
                       "bản Sin Suối Hồ, xã Sin Suối Hồ, tỉnh Lai Châu")
    p = mk.page("free", 13.0, (26.0, 190.0), 12.0)
    header(p, ("UBND TỈNH LAI CHÂU", "UBND XÃ SIN SUỐI HỒ"), "14/XN-TTHN", pt=12.0,
           dated=f"Sin Suối Hồ, {words(date(2026, 1, 29))}")
    head = title(p, "GIẤY XÁC NHẬN\nTÌNH TRẠNG HÔN NHÂN", 15.5)
    p.p("Xét đề nghị của bà Giàng Thị Mỷ về việc xác nhận tình trạng hôn nhân cho bản thân,",
        indent=0.0)
    p.center("ỦY BAN NHÂN DÂN XÃ SIN SUỐI HỒ XÁC NHẬN:", "b", 13.0)
    under(p, "Họ, chữ đệm và tên người được xác nhận:", person.upper)
    rows(p, [f"Ngày, tháng, năm sinh: {dmy(person.born)}     Giới tính: Nữ",
             "Dân tộc: Mông     Quốc tịch: Việt Nam",
             f"Số định danh cá nhân: {person.cccd}",
             f"Nơi cư trú: {person.home}",
             "Trong thời gian cư trú tại xã Sin Suối Hồ từ năm 1999 đến nay (ngày hai mươi "
             "chín tháng một năm 2026), chưa đăng ký kết hôn với ai.",
             "Giấy này được cấp để: làm thủ tục đăng ký kết hôn",
             "Giấy này có giá trị sử dụng trong thời hạn 06 tháng kể từ ngày cấp."])
    sign_right(p, signer(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Vàng A Páo",
                         space=18.0, pt=12.5), seal=True)
    return Paper("giay_xac_nhan_tthn", "Giấy xác nhận tình trạng hôn nhân", "xac_nhan_tthn",
                 [p], {"so_ky_hieu": "14/XN-TTHN", "ngay_ban_hanh": "2026-01-29",
                       "co_quan_ban_hanh": "UBND xã Sin Suối Hồ", "ho_ten": person.upper,
                       "so_cccd": person.cccd}, head)


def birth_extract(mk: Maker) -> Paper:
    """A copy extract of a birth record from the electronic register (*TRÍCH LỤC KHAI SINH
    (BẢN SAO)*), the child's number but no parent's."""
    child = mk.person("Lê Hoàng Gia Khánh", "2023-04-07", True, "079",
                      "phường Hạnh Thông, TP Hồ Chí Minh")
    p = mk.page("open", 11.5, (22.0, 192.0), 12.0)
    header(p, ("UBND THÀNH PHỐ HỒ CHÍ MINH", "UBND PHƯỜNG HẠNH THÔNG"), "1452/TLKS-BS",
           pt=11.0, dated=f"Hạnh Thông, ngày {dmy(date(2026, 3, 3))}")
    head = title(p, "TRÍCH LỤC KHAI SINH", 15.0, ("(BẢN SAO)",))
    rows(p, ["Họ, chữ đệm, tên:"])
    p.field(child.upper, style="b", x0=p.x0 + 12.0)
    rows(p, [f"Ngày, tháng, năm sinh: {dmy(child.born)} (ngày bảy, tháng tư, năm hai nghìn "
             "không trăm hai mươi ba)",
             "Giới tính: Nam     Dân tộc: Kinh     Quốc tịch: Việt Nam",
             "Nơi sinh: Bệnh viện Hùng Vương, TP Hồ Chí Minh",
             f"Số định danh cá nhân: {child.cccd}",
             "Họ, chữ đệm, tên người mẹ: TRẦN THỊ THU SƯƠNG     Năm sinh: 1995",
             "Họ, chữ đệm, tên người cha: LÊ HOÀNG PHÚC     Năm sinh: 1992",
             "Nơi đăng ký khai sinh: UBND phường 10, quận Gò Vấp, TP Hồ Chí Minh",
             "Ngày đăng ký: 20/4/2023; số 318, quyển số 02/2023"])
    sign_right(p, signer(["NGƯỜI KÝ TRÍCH LỤC", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
                         "Võ Thị Kim Thoa", space=17.0, pt=11.5), seal=True)
    return Paper("trich_luc_ho_tich", "Trích lục khai sinh (bản sao)", "trich_luc_khai_sinh",
                 [p], {"so_ky_hieu": "1452/TLKS-BS", "ngay_ban_hanh": "2026-03-03",
                       "co_quan_ban_hanh": "UBND phường Hạnh Thông", "ho_ten": child.upper,
                       "so_cccd": child.cccd}, head)


def birth_2008(mk: Maker) -> Paper:
    """A 2008 birth certificate, original, in colour at 300 dpi: numbers before the
    identification number existed; the registrar's date in words and in numbers."""
    p = mk.page("free", 12.5, (24.0, 188.0), 22.0, dpi=300, color=True)
    p.frame()
    header(p, ("UBND HUYỆN CẨM THỦY", "UBND XÃ CẨM TÂM"), "47", pt=12.0)
    head = title(p, "GIẤY KHAI SINH", 17.0, ("(BẢN CHÍNH)",))
    rows(p, ["Họ và tên: PHẠM THỊ NGỌC ÁNH",
             "Giới tính: Nữ",
             "Ngày, tháng, năm sinh: 03/11/2008 (Ngày ba, tháng mười một, năm hai nghìn "
             "không trăm lẻ tám)",
             "Nơi sinh: Trạm y tế xã Cẩm Tâm, huyện Cẩm Thủy, tỉnh Thanh Hóa",
             "Dân tộc: Mường     Quốc tịch: Việt Nam",
             "Họ và tên cha: PHẠM VĂN CHIẾN     Năm sinh: 1980",
             "Họ và tên mẹ: BÙI THỊ HOA     Năm sinh: 1984",
             "Nơi thường trú của mẹ: thôn Kim Mẫn, xã Cẩm Tâm, huyện Cẩm Thủy",
             "Người đi khai sinh: Phạm Văn Chiến, quan hệ với người được khai sinh: cha"])
    p.gap(2.0)
    p.line("Đăng ký ngày 17 tháng 11 năm 2008 (17/11/2008), quyển số 01/2008", "i", 12.0,
           align="r")
    sign_right(p, signer(["TM. UBND XÃ CẨM TÂM", "CHỦ TỊCH"], "Quách Văn Thiện", space=18.0,
                         pt=12.0), seal=True)
    return Paper("giay_khai_sinh", "Giấy khai sinh (2008)", "giay_khai_sinh_2008", [p],
                 {"so_ky_hieu": "47", "ngay_ban_hanh": "2008-11-17", "ho_ten":
                  "PHẠM THỊ NGỌC ÁNH", "co_quan_ban_hanh": "UBND xã Cẩm Tâm"}, head)


def repair_licence(mk: Maker) -> Paper:
    """A ward's permit to repair a house, the owner on the line under "Cấp cho:"."""
    p = mk.page("free", 12.5, (26.0, 190.0), 12.0)
    header(p, ("UBND THÀNH PHỐ HÀ NỘI", "UBND PHƯỜNG VĂN MIẾU"), "09/GPSC", pt=12.0,
           dated=f"Văn Miếu, {words(date(2026, 1, 16), pad=True)}")
    head = title(p, "GIẤY PHÉP SỬA CHỮA, CẢI TẠO", 15.5, ("(Sử dụng cho nhà ở riêng lẻ)",))
    under(p, "1. Cấp cho:", "Ông LƯU ĐÌNH KHẢI")
    rows(p, ["Địa chỉ: số 6 ngõ Văn Chương, phường Văn Miếu, Hà Nội",
             "2. Được phép sửa chữa, cải tạo công trình: nhà ở riêng lẻ 2 tầng",
             "- Theo thiết kế do Công ty CP Tư vấn Xây dựng Hòa Bình lập",
             "- Vị trí: thửa đất số 112, tờ bản đồ số 5-I-31",
             "- Nội dung: thay sàn mái tầng 2, cải tạo khu vệ sinh; không thay đổi chiều cao "
             "và diện tích sàn",
             "3. Giấy phép có hiệu lực khởi công trong thời hạn 12 tháng kể từ ngày cấp."])
    G.sign(p, recipients(["Chủ đầu tư", "Đội quản lý trật tự đô thị", "Lưu: VT"]),
           signer(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Kiều Văn Thắng", space=18.0, pt=12.5),
           seal="right", lbox=(26.0, 96.0), rbox=(100.0, 200.0))
    return Paper("giay_phep_xay_dung", "Giấy phép sửa chữa, cải tạo", "gp_sua_chua", [p],
                 {"so_ky_hieu": "09/GPSC", "ngay_ban_hanh": "2026-01-16",
                  "co_quan_ban_hanh": "UBND phường Văn Miếu", "ho_ten": "LƯU ĐÌNH KHẢI"}, head)


def site_minutes(mk: Maker) -> Paper:
    """Minutes of a site inspection (2 p.): a table of those present with their numbers, the
    owner's in it."""
    p = mk.page("open", 11.0, (20.0, 192.0), 12.0)
    header(p, ("UBND PHƯỜNG HÀ TU", "PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ"), "22/BB-KT", pt=11.0)
    head = title(p, "BIÊN BẢN\nKIỂM TRA HIỆN TRẠNG SỬ DỤNG ĐẤT", 14.5)
    p.p(f"Vào hồi 08 giờ 30, {words(date(2026, 2, 12))}, tại thửa đất số 231, tờ bản đồ số 18, "
        "tổ 4, khu 6, phường Hà Tu, chúng tôi gồm:", indent=0.0, align="j")
    p.table([10.0, 62.0, 58.0, 42.0], [
        ["TT", "Họ và tên", "Chức vụ, đơn vị", "Ghi chú"],
        ["1", "Đoàn Minh Tiến", "Chuyên viên Phòng Kinh tế", "Chủ trì"],
        ["2", "Lý Thị Hằng", "Công chức địa chính", ""],
        ["3", NHUNG.name, "Người sử dụng đất", f"CCCD {NHUNG.cccd}"]],
        aligns="clll", pt=10.5)
    p.p("Đã tiến hành kiểm tra hiện trạng thửa đất xin chuyển mục đích sử dụng. Kết quả:",
        indent=0.0)
    rows(p, ["- Ranh giới thửa đất ổn định, không tranh chấp; có tường rào xây gạch phía Bắc "
             "và phía Đông.",
             "- Hiện trạng: trồng cây ăn quả lâu năm (nhãn, vải), có 01 nhà tạm lợp tôn 18 m2.",
             "- Vị trí xin chuyển: phía Nam thửa đất, giáp đường bê tông tổ 4, rộng 4,5 m."])
    q = mk.page("open", 11.0, (20.0, 192.0), 14.0)
    rows(q, ["- Phù hợp với quy hoạch sử dụng đất đến năm 2030 đã được phê duyệt (đất ở đô "
             "thị).",
             "Kết luận: đủ điều kiện chuyển mục đích sử dụng đất theo quy định.",
             "Biên bản kết thúc lúc 09 giờ 45 cùng ngày, đã đọc lại cho mọi người cùng nghe và "
             "thống nhất ký tên."])
    q.gap(2.0)
    sign_both(q, signer(["NGƯỜI SỬ DỤNG ĐẤT"], "Vũ Thị Hồng Nhung", space=15.0, pt=11.0),
              signer(["ĐẠI DIỆN PHÒNG KINH TẾ"], "Đoàn Minh Tiến", space=15.0, pt=11.0))
    return Paper("bien_ban", "Biên bản kiểm tra hiện trạng sử dụng đất", "bb_kiem_tra_dat",
                 [p, q], {"so_ky_hieu": "22/BB-KT", "ngay_ban_hanh": "2026-02-12",
                          "co_quan_ban_hanh": "Phòng Kinh tế, Hạ tầng và Đô thị",
                          "ho_ten": NHUNG.name, "so_cccd": NHUNG.cccd}, head)


def state_budget(mk: Maker) -> Paper:
    """A bank's slip paying the land-use levy into the state budget (form C1-02/NS), printed
    by the payment system in a monospaced face; the payer's account and the treasury's beside
    the payer's number."""
    p = mk.page("free", 10.5, (16.0, 196.0), 12.0)
    p.line("Mẫu số C1-02/NS", "b", 10.0, align="r")
    p.line("Mã hiệu: 2603NT     Số: 0041872", "m", 10.0, align="r")
    head = title(p, "GIẤY NỘP TIỀN VÀO NGÂN SÁCH NHÀ NƯỚC", 14.0,
                 ("Tiền mặt [ ]   Chuyển khoản [x]",))
    rows(p, ["Người nộp thuế: ĐẶNG VĂN THỊNH",
             "Mã số thuế: 8032147759",
             "Địa chỉ: tổ 2, khu 3, phường Cẩm Phả, tỉnh Quảng Ninh",
             "Đề nghị NH/KBNN: Ngân hàng TMCP Công Thương Việt Nam - CN Cẩm Phả",
             "Trích TK số: 108002318845 để nộp vào NSNN",
             "Tài khoản thu NSNN: 7111 tại KBNN khu vực III",
             "Cơ quan quản lý thu: Thuế cơ sở 3 tỉnh Quảng Ninh",
             "Tờ khai/Quyết định/Thông báo số: TB-318/2026 ngày 10/02/2026"], pt=10.5)
    p.table([10.0, 90.0, 30.0, 50.0], [
        ["STT", "Nội dung các khoản nộp NSNN", "Mã NDKT", "Số tiền (VNĐ)"],
        ["1", "Tiền sử dụng đất (thửa 56, tờ bản đồ 9)", "1401", "412.800.000"],
        ["", "Tổng cộng", "", "412.800.000"]], aligns="llcl", pt=10.0)
    rows(p, ["Tổng số tiền ghi bằng chữ: Bốn trăm mười hai triệu tám trăm nghìn đồng."],
         pt=10.5)
    p.line(f"Ngày {dmy(date(2026, 2, 13))}", "m", 10.5, align="r")
    sign_both(p, signer(["ĐỐI TƯỢNG NỘP TIỀN"], "Đặng Văn Thịnh", space=12.0, pt=10.0),
              signer(["NGÂN HÀNG A", "Kế toán"], "Ninh Thu Trang", space=12.0, pt=10.0),
              seal="right")
    return Paper("giay_nop_tien_nsnn", "Giấy nộp tiền vào ngân sách nhà nước",
                 "giay_nop_tien_c1_02", [p],
                 {"so_ky_hieu": "0041872", "ngay_ban_hanh": "2026-02-13",
                  "co_quan_ban_hanh": "Ngân hàng TMCP Công Thương Việt Nam",
                  "ho_ten": "ĐẶNG VĂN THỊNH"}, head)


def residence(mk: Maker) -> Paper:
    """Mẫu CT07: the commune police confirm a residence, the person on the line after "Họ,
    chữ đệm và tên:"."""
    person = mk.person("Sùng Thị Dua", "1985-03-09", False, "012",
                       "bản Nậm Cười, xã Sìn Hồ, tỉnh Lai Châu")
    p = mk.page("open", 11.0, (22.0, 192.0), 12.0)
    p.line("Mẫu CT07", "r", 10.0, align="r")
    header(p, ("CÔNG AN TỈNH LAI CHÂU", "CÔNG AN XÃ SÌN HỒ"), "96/XN-CAX", pt=11.0,
           dated=f"Sìn Hồ, {words(date(2026, 2, 3), pad=True)}")
    head = title(p, "XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ", 14.5)
    p.line("Công an xã Sìn Hồ xác nhận thông tin về cư trú của công dân như sau:", "r", 11.0)
    under(p, "1. Họ, chữ đệm và tên:", person.upper)
    rows(p, [f"2. Ngày, tháng, năm sinh: {dmy(person.born)}     3. Giới tính: Nữ",
             f"4. Số định danh cá nhân: {person.cccd}",
             "5. Dân tộc: Mông     6. Tôn giáo: Không     7. Quốc tịch: Việt Nam",
             f"8. Nơi thường trú: {person.home}",
             "9. Nơi tạm trú: không",
             "10. Họ, chữ đệm và tên chủ hộ: Lý A Chứ     Quan hệ với chủ hộ: vợ",
             "11. Thông tin thành viên hộ gia đình: Lý A Chứ, sinh 1982, số định danh "
             "012082006471 (chồng)",
             "Xác nhận này có giá trị 30 ngày kể từ ngày cấp."])
    sign_right(p, signer(["TRƯỞNG CÔNG AN XÃ"], "Đèo Văn Sương", space=18.0, pt=11.0),
               seal=True)
    return Paper("giay_xac_nhan_cu_tru", "Xác nhận thông tin về cư trú", "ct07", [p],
                 {"so_ky_hieu": "96/XN-CAX", "ngay_ban_hanh": "2026-02-03",
                  "co_quan_ban_hanh": "Công an xã Sìn Hồ", "ho_ten": person.upper,
                  "so_cccd": person.cccd}, head)


def property_split(mk: Maker) -> Paper:
    """A couple's agreement dividing their common property (2 p.), typed by a citizen."""
    wife = mk.person("Đinh Thị Thúy Hằng", "1983-07-14", False, "001",
                     "số 31 phố Hào Nam, phường Ô Chợ Dừa, Hà Nội")
    husband = mk.person("Ông Văn Nam", "1980-10-02", True, "001",
                        "số 31 phố Hào Nam, phường Ô Chợ Dừa, Hà Nội")
    p = mk.page("open", 11.5, (22.0, 192.0), 12.0)
    motto(p, 12.0)
    head = title(p, "VĂN BẢN THỎA THUẬN\nPHÂN CHIA TÀI SẢN CHUNG CỦA VỢ CHỒNG", 14.0)
    p.p(f"Hôm nay, {words(date(2026, 1, 9))}, tại số 31 phố Hào Nam, phường Ô Chợ Dừa, Hà Nội, "
        "chúng tôi gồm:", indent=0.0)
    rows(p, [f"Bên vợ: bà {wife.name}, sinh ngày {dmy(wife.born)}, số định danh cá nhân "
             f"{wife.cccd};",
             f"Bên chồng: ông {husband.name}, sinh ngày {dmy(husband.born)}, số định danh cá "
             f"nhân {husband.cccd};",
             f"Cùng thường trú tại: {wife.home}."])
    p.p("Chúng tôi kết hôn năm 2006 theo Giấy chứng nhận kết hôn số 112 do UBND phường Ô Chợ "
        "Dừa cấp. Trong thời kỳ hôn nhân, chúng tôi có tài sản chung là quyền sử dụng thửa "
        "đất số 44, tờ bản đồ số 7D-III-12 và nhà ở trên đất; một xe ô tô biển kiểm soát "
        "30K-418.72; số tiền gửi tiết kiệm 1.200.000.000 đồng.", indent=0.0, align="j")
    q = mk.page("open", 11.5, (22.0, 192.0), 14.0)
    q.p("Nay chúng tôi thỏa thuận chia tài sản chung như sau: bà Đinh Thị Thúy Hằng được "
        "quyền sử dụng thửa đất và sở hữu nhà ở nói trên; ông Ông Văn Nam được sở hữu xe ô "
        "tô và toàn bộ số tiền gửi tiết kiệm. Các khoản nợ chung (không có).", indent=0.0,
        align="j")
    q.p("Việc thỏa thuận hoàn toàn tự nguyện, không nhằm trốn tránh nghĩa vụ tài sản. Văn bản "
        "lập thành 03 bản có giá trị như nhau.", indent=0.0, align="j")
    sign_both(q, signer(["BÊN VỢ"], wife.name, "(ký, ghi rõ họ tên)", 15.0, 11.5),
              signer(["BÊN CHỒNG"], husband.name, "(ký, ghi rõ họ tên)", 15.0, 11.5))
    return Paper("van_ban_thoa_thuan", "Văn bản thỏa thuận phân chia tài sản chung",
                 "thoa_thuan_tai_san", [p, q],
                 {"ngay_ban_hanh": "2026-01-09", "ho_ten": wife.name, "so_cccd": wife.cccd},
                 head)


def more_papers(mk: Maker) -> Paper:
    """The one-stop regulation's request for more papers, the procedure over two lines."""
    p = mk.page("open", 11.0, (20.0, 192.0), 12.0)
    header(p, ("UBND PHƯỜNG BÃI CHÁY", "TRUNG TÂM PHỤC VỤ HCC"), "117/PYCBS", pt=11.0,
           dated=f"Bãi Cháy, ngày {dmy(date(2026, 2, 18))}")
    head = title(p, "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", 14.0)
    p.line("Mã hồ sơ: 000.21.33.H22-260211-0094", "r", 11.0, align="c")
    rows(p, ["Trung tâm Phục vụ hành chính công phường Bãi Cháy tiếp nhận hồ sơ của:"])
    p.field("Ông HÀ VĂN CƯỜNG", style="b", x0=p.x0 + 10.0)
    rows(p, ["Nội dung yêu cầu giải quyết: Đăng ký cấp Giấy chứng nhận quyền sử dụng đất lần "
             "đầu cho thửa đất số 12, tờ bản đồ số 40",
             "Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:",
             "1. Bổ sung sơ đồ thửa đất có xác nhận của các hộ liền kề.",
             "2. Bổ sung giấy tờ về nguồn gốc sử dụng đất trước ngày 01/7/2004.",
             "Lý do: hồ sơ chưa đủ thành phần theo quy định.",
             "Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ số điện "
             "thoại 0203 3846 117 để được hướng dẫn."])
    sign_right(p, signer(["NGƯỜI HƯỚNG DẪN"], "Bùi Thị Thanh Tâm", space=16.0, pt=11.0))
    return Paper("phieu_yeu_cau_bo_sung", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
                 "phieu_bo_sung", [p],
                 {"ngay_ban_hanh": "2026-02-18", "ho_ten": "HÀ VĂN CƯỜNG",
                  "thu_tuc": "Đăng ký cấp Giấy chứng nhận quyền sử dụng đất lần đầu cho thửa "
                             "đất số 12, tờ bản đồ số 40"}, head)


def apology(mk: Maker) -> Paper:
    """The one-stop regulation's apology slip setting a new date (*PHIẾU XIN LỖI VÀ HẸN LẠI
    NGÀY TRẢ KẾT QUẢ*)."""
    p = mk.page("free", 12.5, (24.0, 190.0), 12.0)
    header(p, ("UBND PHƯỜNG KIM LIÊN", "PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ"), "05/PXL", pt=11.5,
           dated=f"Kim Liên, {words(date(2026, 3, 17), pad=True)}")
    head = title(p, "PHIẾU XIN LỖI\nVÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", 14.5)
    p.line("Kính gửi: Bà Cao Thị Phương Thảo", "r", 12.5, align="c")
    p.gap(2.0)
    p.p("Ngày 24/02/2026, Phòng Kinh tế, Hạ tầng và Đô thị phường Kim Liên tiếp nhận giải "
        "quyết hồ sơ của bà, mã hồ sơ 000.09.05.H01-260224-0199, về việc:", indent=10.0,
        align="j")
    p.field("Cấp giấy phép xây dựng nhà ở riêng lẻ tại số 9 ngõ 4 phố Phương Mai", style="b",
            x0=p.x0 + 10.0)
    p.p("Thời hạn trả kết quả theo quy định là ngày 17/3/2026. Tuy nhiên đến nay, phòng chưa "
        "trả kết quả cho bà do cần lấy thêm ý kiến về chỉ giới xây dựng của tuyến ngõ.",
        indent=10.0, align="j")
    p.p("Sự chậm trễ này đã gây phiền hà, tốn kém cho bà. Phòng xin lỗi bà và hẹn lại ngày "
        "trả kết quả là ngày 27 tháng 3 năm 2026.", indent=10.0, align="j")
    p.p("Kính mong bà thông cảm./.", indent=10.0)
    sign_right(p, signer(["TRƯỞNG PHÒNG"], "Nghiêm Xuân Hiếu", space=18.0, pt=12.5))
    return Paper("phieu_xin_loi", "Phiếu xin lỗi và hẹn lại ngày trả kết quả", "phieu_xin_loi",
                 [p], {"ngay_ban_hanh": "2026-03-17", "ho_ten": "Cao Thị Phương Thảo",
                       "thu_tuc": "Cấp giấy phép xây dựng nhà ở riêng lẻ tại số 9 ngõ 4 phố "
                                  "Phương Mai"}, head)


def tax_transfer(mk: Maker) -> Paper:
    """The land office's slip passing a plot's data to the tax office, a table of the plot,
    the payer's number and the decision's cited beside its own."""
    p = mk.page("free", 11.5, (20.0, 194.0), 12.0)
    header(p, ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ", "ĐẤT ĐAI CẨM PHẢ"),
           "209/PCTT-CNCP", pt=11.0, dated=f"Cẩm Phả, ngày {dmy(date(2026, 2, 2))}")
    head = title(p, "PHIẾU CHUYỂN THÔNG TIN\nĐỂ XÁC ĐỊNH NGHĨA VỤ TÀI CHÍNH VỀ ĐẤT ĐAI", 13.5)
    p.line("Kính gửi: Thuế cơ sở 3 tỉnh Quảng Ninh", "r", 11.5, align="c")
    rows(p, ["I. Người sử dụng đất: ĐẶNG VĂN THỊNH",
             "Mã số thuế: 8032147759; CCCD số 022084013579",
             "Địa chỉ: tổ 2, khu 3, phường Cẩm Phả, tỉnh Quảng Ninh",
             "II. Thửa đất: số 56, tờ bản đồ số 9; diện tích chuyển mục đích 80,0 m2",
             "Căn cứ: Quyết định số 318/QĐ-UBND ngày 22/01/2026 của UBND phường Cẩm Phả"],
         pt=11.0)
    p.table([60.0, 40.0, 40.0, 34.0], [
        ["Loại đất", "Diện tích (m2)", "Vị trí", "Thời hạn"],
        ["Đất ở tại đô thị (ODT)", "80,0", "Vị trí 2", "Lâu dài"],
        ["Đất trồng cây hằng năm", "156,2", "", "Đến 2043"]], aligns="lccc", pt=10.5)
    G.sign(p, recipients(["Như trên", "Lưu: VT"]),
           signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Trương Công Định", space=16.0, pt=11.5),
           seal="right", lbox=(20.0, 96.0), rbox=(100.0, 200.0))
    return Paper("phieu_chuyen_thong_tin",
                 "Phiếu chuyển thông tin để xác định nghĩa vụ tài chính về đất đai",
                 "phieu_chuyen_thong_tin", [p],
                 {"so_ky_hieu": "209/PCTT-CNCP", "ngay_ban_hanh": "2026-02-02",
                  "co_quan_ban_hanh": "Chi nhánh Văn phòng đăng ký đất đai Cẩm Phả",
                  "ho_ten": "ĐẶNG VĂN THỊNH", "so_cccd": "022084013579"}, head)


def adoption(mk: Maker) -> Paper:
    """A commune's adoption certificate in colour, both adoptive parents and the child, the
    child named on the line under its label."""
    p = mk.page("free", 12.5, (24.0, 188.0), 22.0, color=True)
    p.frame()
    header(p, ("UBND TỈNH PHÚ THỌ", "UBND XÃ THANH SƠN"), "03/2026", pt=12.0,
           dated=f"Thanh Sơn, {words(date(2026, 1, 27))}")
    head = title(p, "GIẤY CHỨNG NHẬN\nNUÔI CON NUÔI", 17.0)
    rows(p, ["Họ, chữ đệm, tên cha nuôi: ĐINH CÔNG TRƯỜNG     Năm sinh: 1979",
             "Số định danh cá nhân: 025079004216",
             "Họ, chữ đệm, tên mẹ nuôi: HÀ THỊ THU     Năm sinh: 1981",
             "Nơi cư trú: khu Dụ, xã Thanh Sơn, tỉnh Phú Thọ"])
    under(p, "Họ, chữ đệm, tên người được nhận làm con nuôi:", "ĐINH HÀ BẢO NGỌC")
    rows(p, ["Ngày, tháng, năm sinh: 19/6/2019     Giới tính: Nữ",
             "Nơi sinh: Bệnh viện đa khoa Phú Thọ",
             "Ngày đăng ký: 27/01/2026; số đăng ký: 03; quyển số: 01/2026"])
    sign_right(p, signer(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Hà Văn Ngoãn", space=18.0,
                         pt=12.5), seal=True)
    return Paper("giay_chung_nhan_nuoi_con_nuoi", "Giấy chứng nhận nuôi con nuôi", "gcn_con_nuoi",
                 [p], {"so_ky_hieu": "03/2026", "ngay_ban_hanh": "2026-01-27",
                       "co_quan_ban_hanh": "UBND xã Thanh Sơn", "ho_ten": "ĐINH HÀ BẢO NGỌC"},
                 head)


def petition(mk: Maker) -> Paper:
    """A citizen's petition, handwritten-looking in italics, her name after "Tôi tên là"."""
    person = mk.person("Mạc Thị Tuyết Mai", "1958-01-25", False, "022",
                       "tổ 7, khu 2, phường Bãi Cháy, tỉnh Quảng Ninh")
    p = mk.page("open", 12.0, (24.0, 190.0), 14.0)
    motto(p, 12.0)
    head = title(p, "ĐƠN KIẾN NGHỊ", 16.0)
    p.line("Kính gửi: Chủ tịch Ủy ban nhân dân phường Bãi Cháy", "r", 12.0, align="c")
    p.gap(2.0)
    rows(p, ["Tôi tên là:"])
    p.field(person.name, style="b", x0=p.x0 + 10.0)
    rows(p, [f"Sinh năm {person.born.year}, CCCD số {person.cccd}, điện thoại "
             f"{person.phone}",
             f"Địa chỉ: {person.home}"])
    p.p("Tôi làm đơn này kiến nghị việc: tuyến mương thoát nước dọc tổ 7 bị lấp một đoạn dài "
        "khoảng 30 m từ tháng 10/2025, mỗi khi mưa lớn nước tràn vào nhà các hộ phía dưới. "
        "Tôi đã báo tổ trưởng dân phố ngày 05/12/2025 nhưng đến nay chưa được giải quyết.",
        indent=10.0, align="j")
    p.p("Kính đề nghị UBND phường kiểm tra, nạo vét, khơi thông tuyến mương trước mùa mưa "
        "năm 2026. Tôi xin chân thành cảm ơn.", indent=10.0, align="j")
    p.gap(2.0)
    p.line(f"Bãi Cháy, ngày {dmy(date(2026, 2, 24))}", "i", 12.0, align="r")
    sign_right(p, signer(["NGƯỜI LÀM ĐƠN"], person.name, space=16.0, pt=12.0))
    return Paper("don_khieu_nai", "Đơn kiến nghị", "don_kien_nghi", [p],
                 {"ho_ten": person.name, "so_cccd": person.cccd, "ngay_ban_hanh": "2026-02-24"},
                 head)


def liquor_licence(mk: Maker) -> Paper:
    """A commune's licence to retail liquor, issued to a household business."""
    p = mk.page("free", 12.5, (24.0, 190.0), 12.0)
    header(p, ("UBND TỈNH PHÚ THỌ", "UBND XÃ THANH SƠN"), "12/GP-UBND", pt=12.0,
           dated=f"Thanh Sơn, {words(date(2026, 3, 6), pad=True)}")
    head = title(p, "GIẤY PHÉP BÁN LẺ SẢN PHẨM RƯỢU", 15.0)
    p.center("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ THANH SƠN", "b", 12.5)
    p.p("Căn cứ Nghị định số 105/2017/NĐ-CP ngày 14 tháng 9 năm 2017 của Chính phủ về kinh "
        "doanh rượu; xét hồ sơ đề nghị ngày 20/02/2026,", style="i", indent=8.0, align="j")
    p.center("CẤP PHÉP:", "b", 12.5)
    rows(p, ["1. Cho phép: HỘ KINH DOANH TẠP HÓA HƯƠNG GIANG",
             "Chủ hộ:"])
    p.field("NGUYỄN THỊ HƯƠNG GIANG", style="b", x0=p.x0 + 12.0)
    rows(p, ["Địa chỉ trụ sở: khu Mỹ Á, xã Thanh Sơn, tỉnh Phú Thọ",
             "Giấy chứng nhận đăng ký hộ kinh doanh số 25H8004127",
             "2. Được phép bán lẻ sản phẩm rượu tại địa điểm kinh doanh nêu trên.",
             "3. Giấy phép có giá trị 05 năm kể từ ngày ký."])
    sign_right(p, signer(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Đinh Xuân Quang", space=17.0,
                         pt=12.5), seal=True)
    return Paper("giay_phep", "Giấy phép bán lẻ sản phẩm rượu", "gp_ban_le_ruou", [p],
                 {"so_ky_hieu": "12/GP-UBND", "ngay_ban_hanh": "2026-03-06",
                  "co_quan_ban_hanh": "UBND xã Thanh Sơn", "ho_ten": "NGUYỄN THỊ HƯƠNG GIANG"},
                 head)


def known(mk: Maker) -> list[Paper]:
    """The loose papers of known types, in scan order."""
    makers = (decision, official_letter, single_status, birth_extract, birth_2008,
              repair_licence, site_minutes, state_budget, residence, property_split,
              more_papers, apology, tax_transfer, adoption, petition, liquor_licence)
    return [make(mk) for make in makers]

