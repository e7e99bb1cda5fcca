"""The loose papers of the third held-apart set: papers of known types as offices in Hải Phòng,
Lào Cai, Bình Định and Đắk Lắk word them, and papers of kinds the classifier does not know."""

from __future__ import annotations

from datetime import date

from page3 import (
    L,
    Maker,
    Page,
    Paper,
    agency_header,
    citizen_header,
    recipients,
    sign_both,
    sign_right,
    signer,
    title,
    words,
)

_CHAIR = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]


def _office(mk: Maker, agency: tuple[str, ...], number: str | None, dated: str | None, *,
            family: str = "narrow", pt: float = 12.0, dpi: int = 200,
            color: bool = False) -> Page:
    p = mk.page(family, pt, (24.0, 192.0), 13.0, dpi=dpi, color=color)
    agency_header(p, agency, number, dated, pt=11.5)
    return p


def _paras(p: Page, lines: list[str]) -> None:
    for line in lines:
        p.p(line, align="j")


def known(mk: Maker) -> list[Paper]:
    """Loose papers of known types."""
    out: list[Paper] = []
    # a district decision, two pages, with laws cited by date before its articles
    p = _office(mk, ("UBND THÀNH PHỐ HẢI PHÒNG", "UBND HUYỆN AN LÃO"), "1204/QĐ-UBND",
                f"An Lão, {words(date(2025, 5, 19))}")
    head = title(p, "QUYẾT ĐỊNH", 15.0, ["Về việc thu hồi đất để thực hiện dự án mở rộng "
                                         "đường liên xã"])
    p.head("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN AN LÃO", align="c")
    _paras(p, ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
               "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;",
               "Căn cứ Quyết định số 45/2024/QĐ-UBND ngày 02 tháng 10 năm 2024 của UBND "
               "thành phố;",
               "Xét đề nghị của Trưởng phòng Tài nguyên và Môi trường tại Tờ trình số "
               "233/TTr-TNMT ngày 12/5/2025."])
    p.head("QUYẾT ĐỊNH:", align="c")
    p.p("Điều 1. Thu hồi 1.245,6 m² đất trồng lúa của các hộ gia đình tại xã Quang Hưng để "
        "thực hiện dự án mở rộng đường liên xã Quang Hưng - Quang Trung.", align="j")
    q = mk.page("narrow", 12.0, (24.0, 192.0), 16.0)
    q.p("Điều 2. Giao Phòng Tài nguyên và Môi trường chủ trì, phối hợp với UBND xã Quang "
        "Hưng tổ chức thực hiện.", align="j")
    q.p("Điều 3. Quyết định này có hiệu lực kể từ ngày ký.", align="j")
    sign_both(q, recipients(["Như Điều 3", "Sở TN&MT", "Lưu: VT"]),
              signer(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Vũ Đình Khoa"), seal="right")
    out.append(Paper("quyet_dinh", "Quyết định thu hồi đất", "quyet_dinh", [p, q],
                     {"so_ky_hieu": "1204/QĐ-UBND", "ngay_ban_hanh": "2025-05-19",
                      "co_quan_ban_hanh": "UBND huyện An Lão"}, head))
    # an official letter with "V/v" and no title
    p = _office(mk, ("UBND TỈNH LÀO CAI", "SỞ TƯ PHÁP"), "862/STP-HCTP", None)
    p.line("V/v hướng dẫn đăng ký khai sinh", "i", 11.0, x0=24.0, x1=104.0, align="c")
    p.line("cho trẻ em sinh ra ở nước ngoài", "i", 11.0, x0=24.0, x1=104.0, align="c")
    p.line(f"Lào Cai, {words(date(2025, 4, 22))}", "i", 12.0, align="r")
    p.gap(3.0)
    p.line("Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố", "r", 12.0, align="c")
    _paras(p, ["Sở Tư pháp nhận được Công văn số 311/UBND-TP ngày 08/4/2025 của UBND thị xã "
               "Sa Pa đề nghị hướng dẫn việc đăng ký khai sinh cho trẻ em sinh ra ở nước "
               "ngoài, chưa được đăng ký khai sinh, về cư trú tại Việt Nam.",
               "Sở Tư pháp đề nghị các địa phương thực hiện theo Điều 29 của Luật Hộ tịch và "
               "hướng dẫn tại Thông tư số 04/2020/TT-BTP."])
    sign_both(p, recipients(["Như trên", "Lưu: VT, HCTP"]),
              signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Sầm Thị Thu"), seal="right")
    out.append(Paper("cong_van", "Công văn", "cong_van", [p],
                     {"so_ky_hieu": "862/STP-HCTP", "ngay_ban_hanh": "2025-04-22",
                      "co_quan_ban_hanh": "Sở Tư pháp"}, None))
    # a submission
    p = _office(mk, ("UBND HUYỆN TUY PHƯỚC", "PHÒNG NỘI VỤ"), "57/TTr-PNV",
                f"Tuy Phước, {words(date(2025, 3, 3))}", dpi=300)
    head = title(p, "TỜ TRÌNH", 15.0, ["Về việc đề nghị khen thưởng năm 2024"])
    p.line("Kính gửi: Chủ tịch Ủy ban nhân dân huyện", "r", 12.0, align="c")
    _paras(p, ["Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
               "Phòng Nội vụ kính trình Chủ tịch UBND huyện xem xét, tặng Giấy khen cho 12 tập "
               "thể và 37 cá nhân có thành tích xuất sắc năm 2024 (danh sách kèm theo)."])
    sign_both(p, recipients(["Như trên", "Lưu: VT"]), signer(["TRƯỞNG PHÒNG"], "Đào Xuân Vũ"))
    out.append(Paper("to_trinh", "Tờ trình", "to_trinh", [p],
                     {"so_ky_hieu": "57/TTr-PNV", "ngay_ban_hanh": "2025-03-03",
                      "co_quan_ban_hanh": "Phòng Nội vụ"}, head))
    # a notice of a commune
    p = _office(mk, ("UBND HUYỆN CƯ M'GAR", "UBND XÃ EA KPAM"), "41/TB-UBND",
                f"Ea Kpam, {words(date(2025, 7, 1))}")
    head = title(p, "THÔNG BÁO", 15.0, ["Lịch tiếp nhận hồ sơ cấp đổi giấy chứng nhận"])
    _paras(p, ["Ủy ban nhân dân xã Ea Kpam thông báo: từ ngày 07/7/2025, bộ phận một cửa tiếp "
               "nhận hồ sơ cấp đổi giấy chứng nhận quyền sử dụng đất vào sáng thứ Ba và thứ "
               "Năm hằng tuần.", "Đề nghị các thôn, buôn thông báo rộng rãi đến nhân dân."])
    sign_right(p, signer(_CHAIR, "Y Phôn Niê"), seal=True)
    out.append(Paper("thong_bao", "Thông báo", "thong_bao", [p],
                     {"so_ky_hieu": "41/TB-UBND", "ngay_ban_hanh": "2025-07-01",
                      "co_quan_ban_hanh": "UBND xã Ea Kpam"}, head))
    # a letter of introduction
    p = _office(mk, ("CÔNG TY CỔ PHẦN CẢNG", "ĐÌNH VŨ"), "25/GGT-ĐV", None, pt=12.5)
    head = title(p, "GIẤY GIỚI THIỆU", 16.0)
    p.field("Công ty Cổ phần Cảng Đình Vũ trân trọng giới thiệu:")
    p.segs([(0, "Ông: Mạc Văn Tùng"), (90, "Chức vụ: Chuyên viên pháp chế")])
    p.field("Được cử đến: Sở Tài nguyên và Môi trường thành phố Hải Phòng")
    p.field("Về việc: nộp và nhận kết quả hồ sơ gia hạn quyền sử dụng đất.", hang=6.0)
    p.field("Giấy giới thiệu có giá trị đến hết ngày 30/6/2025.")
    p.line(f"Hải Phòng, {words(date(2025, 6, 10))}", "i", 12.0, align="r")
    sign_right(p, signer(["GIÁM ĐỐC"], "Nghiêm Xuân Thành"), seal=True)
    out.append(Paper("giay_gioi_thieu", "Giấy giới thiệu", "gioi_thieu", [p],
                     {"so_ky_hieu": "25/GGT-ĐV", "ngay_ban_hanh": "2025-06-10",
                      "ho_ten": "Mạc Văn Tùng",
                      "co_quan_ban_hanh": "Công ty Cổ phần Cảng Đình Vũ"}, head))
    # minutes, two pages
    p = _office(mk, ("UBND XÃ PHƯỚC SƠN", "BAN CHỈ ĐẠO GPMB"), None, None, family="typed",
                pt=10.5)
    head = title(p, "BIÊN BẢN\nKIỂM ĐẾM HIỆN TRẠNG ĐẤT VÀ TÀI SẢN", 13.0)
    _paras(p, ["Hôm nay, vào lúc 8 giờ 30 phút, ngày 16/4/2025, tại thôn Dương Thiện, xã "
               "Phước Sơn, chúng tôi gồm:",
               "1. Ông Phan Đình Hiếu - Phó Chủ tịch UBND xã - Trưởng đoàn;",
               "2. Bà Châu Thị Kim - Công chức địa chính - xây dựng;",
               "3. Ông Lữ Văn Sang - chủ hộ có đất bị thu hồi.",
               "Tiến hành kiểm đếm đất và tài sản gắn liền với đất của hộ ông Lữ Văn Sang tại "
               "thửa đất số 77, tờ bản đồ số 5."])
    q = mk.page("typed", 10.5, (24.0, 192.0), 16.0)
    _paras(q, ["- Diện tích đất thu hồi: 312,0 m² đất trồng cây hằng năm;",
               "- Cây trồng: 14 cây dừa loại A, 6 cây xoài loại B;",
               "- Vật kiến trúc: 22 m tường rào gạch.",
               "Biên bản kết thúc lúc 10 giờ 15 phút cùng ngày, đã đọc lại cho các thành phần "
               "cùng nghe và thống nhất ký tên."])
    sign_both(q, signer(["CHỦ HỘ"], "Lữ Văn Sang", "", 14.0, 11.0),
              signer(["TRƯỞNG ĐOÀN"], "Phan Đình Hiếu", "", 14.0, 11.0))
    out.append(Paper("bien_ban", "Biên bản kiểm đếm", "bien_ban", [p, q],
                     {"ngay_ban_hanh": "2025-04-16",
                      "co_quan_ban_hanh": "Ban chỉ đạo GPMB"}, head))
    out += _known_more(mk)
    return out


def _known_more(mk: Maker) -> list[Paper]:
    out: list[Paper] = []
    # a birth certificate, certified copy from the register
    p = _office(mk, ("UBND HUYỆN BẢO THẮNG", "UBND THỊ TRẤN PHỐ LU"), "204", None, dpi=300)
    head = title(p, "GIẤY KHAI SINH", 17.0, ["(BẢN SAO)"])
    for line in ["Họ, chữ đệm, tên: HOÀNG BẢO NGỌC", "Ngày, tháng, năm sinh: 17/02/2019",
                 "Giới tính: Nữ   Dân tộc: Tày   Quốc tịch: Việt Nam",
                 "Nơi sinh: Trung tâm Y tế huyện Bảo Thắng, tỉnh Lào Cai",
                 "Số định danh cá nhân: 010319002688",
                 "Họ, chữ đệm, tên người mẹ: NÔNG THỊ THÚY",
                 "Họ, chữ đệm, tên người cha: HOÀNG VĂN KHÁNH",
                 "Nơi đăng ký khai sinh: Ủy ban nhân dân thị trấn Phố Lu",
                 "Ngày, tháng, năm đăng ký: 25/02/2019"]:
        p.field(line)
    p.line(f"Phố Lu, {words(date(2025, 3, 12))}", "i", 12.0, align="r")
    sign_right(p, signer(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "La Văn Thọ"), seal=True)
    out.append(Paper("giay_khai_sinh", "Giấy khai sinh", "khai_sinh", [p],
                     {"so_ky_hieu": "204", "ho_ten": "HOÀNG BẢO NGỌC",
                      "so_cccd": "010319002688", "ngay_ban_hanh": "2025-03-12",
                      "co_quan_ban_hanh": "UBND thị trấn Phố Lu"}, head))
    # a residence confirmation of the police
    p = _office(mk, ("CÔNG AN HUYỆN AN NHƠN", "CÔNG AN XÃ NHƠN PHÚC"), "318/XN",
                f"Nhơn Phúc, {words(date(2025, 2, 26))}")
    head = title(p, "GIẤY XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ", 14.5)
    for line in ["Công an xã Nhơn Phúc xác nhận:", "Họ, chữ đệm và tên: Tăng Thị Bích Loan",
                 "Ngày, tháng, năm sinh: 08/10/1984", "Số định danh cá nhân: 052184006512",
                 "Nơi thường trú: thôn Thanh Giang, xã Nhơn Phúc, thị xã An Nhơn, tỉnh Bình "
                 "Định", "Giấy xác nhận có giá trị 01 năm kể từ ngày cấp."]:
        p.field(line, hang=6.0)
    sign_right(p, signer(["TRƯỞNG CÔNG AN XÃ"], "Thái Văn Lực"), seal=True)
    out.append(Paper("giay_xac_nhan_cu_tru", "Giấy xác nhận thông tin về cư trú", "cu_tru",
                     [p], {"so_ky_hieu": "318/XN", "ngay_ban_hanh": "2025-02-26",
                           "ho_ten": "Tăng Thị Bích Loan", "so_cccd": "052184006512",
                           "co_quan_ban_hanh": "Công an xã Nhơn Phúc"}, head))
    # a health certificate of a hospital
    p = _office(mk, ("SỞ Y TẾ ĐẮK LẮK", "BỆNH VIỆN ĐA KHOA THỊ XÃ BUÔN HỒ"), "1547/GKSK",
                None, pt=11.0)
    head = title(p, "GIẤY KHÁM SỨC KHỎE", 15.0)
    for line in ["Họ và tên (chữ in hoa): H'NHI ÊBAN   Giới: Nữ", "Sinh ngày: 21/12/2001",
                 "Số CCCD/Hộ chiếu: 066301009934", "Lý do khám sức khỏe: Tuyển dụng viên "
                 "chức", "Kết luận: Đủ sức khỏe học tập, làm việc.",
                 "Buôn Hồ, ngày 14/8/2025"]:
        p.field(line)
    sign_right(p, signer(["NGƯỜI KẾT LUẬN"], "BS. Lê Thị Hồng Nhung"), seal=True)
    out.append(Paper("giay_kham_suc_khoe", "Giấy khám sức khỏe", "kham_suc_khoe", [p],
                     {"so_ky_hieu": "1547/GKSK", "ngay_ban_hanh": "2025-08-14",
                      "ho_ten": "H'NHI ÊBAN", "so_cccd": "066301009934",
                      "co_quan_ban_hanh": "Bệnh viện đa khoa thị xã Buôn Hồ"}, head))
    # an enterprise registration certificate, colour
    p = mk.page("narrow", 11.5, (24.0, 192.0), 14.0, color=True)
    p.pair([L("SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "r", 11.5), L("TỈNH BÌNH ĐỊNH", "r", 11.5),
            L("PHÒNG ĐĂNG KÝ KINH DOANH", "b", 11.5, rule=30.0)],
           [L("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", 11.0),
            L("Độc lập - Tự do - Hạnh phúc", "b", 11.5, rule=-1)], (4.0, 90.0), (86.0, 206.0))
    p.gap(5.0)
    head = title(p, "GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP\nCÔNG TY TRÁCH NHIỆM HỮU HẠN\nMỘT "
                 "THÀNH VIÊN", 13.5, ["Mã số doanh nghiệp: 4101627735",
                                      "Đăng ký lần đầu: ngày 03 tháng 3 năm 2025"])
    for line in ["1. Tên công ty viết bằng tiếng Việt: CÔNG TY TNHH THỦY SẢN SÔNG CÔN",
                 "2. Địa chỉ trụ sở chính: thôn Bình Thạnh, xã Tây Bình, huyện Tây Sơn",
                 "3. Vốn điều lệ: 2.000.000.000 đồng",
                 "4. Người đại diện theo pháp luật: Ông Đoàn Hữu Phước",
                 "Số định danh cá nhân: 052090011473"]:
        p.field(line, hang=6.0)
    sign_right(p, signer(["TRƯỞNG PHÒNG"], "Mai Thị Thanh Tâm"), seal=True)
    out.append(Paper("gcn_dang_ky_doanh_nghiep", "Giấy chứng nhận đăng ký doanh nghiệp",
                     "gcn_dkdn", [p], {"so_ky_hieu": "4101627735", "ngay_ban_hanh":
                                       "2025-03-03", "ho_ten": "Đoàn Hữu Phước",
                                       "so_cccd": "052090011473",
                                       "co_quan_ban_hanh": "Phòng Đăng ký kinh doanh"}, head))
    # a power of attorney typed in mixed case
    p = mk.page("typed", 10.5, (22.0, 194.0), 14.0)
    citizen_header(p, 10.5)
    head = title(p, "Giấy ủy quyền", 14.0)
    for line in ["Căn cứ Bộ luật Dân sự ngày 24 tháng 11 năm 2015;",
                 "Bên ủy quyền: Ông Bạch Văn Toàn, sinh năm 1959",
                 "Số định danh cá nhân: 031059007245",
                 "Bên được ủy quyền: Ông Bạch Minh Đức, sinh năm 1987",
                 "Số định danh cá nhân: 031087003318",
                 "Nội dung ủy quyền: thay mặt tôi nộp hồ sơ và nhận kết quả cấp đổi giấy "
                 "chứng nhận quyền sử dụng đất tại huyện Thủy Nguyên.",
                 "Thời hạn ủy quyền: 06 tháng kể từ ngày ký."]:
        p.field(line, hang=5.0)
    p.line(f"Thủy Nguyên, {words(date(2025, 5, 6))}", "i", 10.5, align="r")
    sign_both(p, signer(["BÊN ĐƯỢC ỦY QUYỀN"], "Bạch Minh Đức", "", 14.0, 10.5),
              signer(["BÊN ỦY QUYỀN"], "Bạch Văn Toàn", "", 14.0, 10.5))
    out.append(Paper("giay_uy_quyen", "Giấy ủy quyền", "uy_quyen", [p],
                     {"ho_ten": "Bạch Văn Toàn", "so_cccd": "031059007245",
                      "ngay_ban_hanh": "2025-05-06"}, head))
    # a report, two pages
    p = _office(mk, ("UBND HUYỆN SA PA", "PHÒNG VĂN HÓA VÀ THÔNG TIN"), "19/BC-VHTT",
                f"Sa Pa, {words(date(2025, 6, 30))}")
    head = title(p, "BÁO CÁO", 15.0, ["Kết quả công tác 6 tháng đầu năm 2025"])
    _paras(p, ["Thực hiện Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2025 của UBND huyện, "
               "Phòng Văn hóa và Thông tin báo cáo như sau:", "I. KẾT QUẢ ĐẠT ĐƯỢC",
               "1. Tổ chức 14 hoạt động văn hóa, thể thao phục vụ du lịch; 2. Kiểm tra 46 cơ "
               "sở kinh doanh dịch vụ văn hóa."])
    q = mk.page("narrow", 12.0, (24.0, 192.0), 16.0)
    _paras(q, ["II. TỒN TẠI, HẠN CHẾ", "Một số cơ sở lưu trú chưa niêm yết giá.",
               "III. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM", "Tiếp tục kiểm tra, hướng dẫn các cơ sở."])
    sign_both(q, recipients(["UBND huyện", "Lưu: VT"]), signer(["TRƯỞNG PHÒNG"],
                                                               "Lồ Thị Mai"))
    out.append(Paper("bao_cao", "Báo cáo", "bao_cao", [p, q],
                     {"so_ky_hieu": "19/BC-VHTT", "ngay_ban_hanh": "2025-06-30",
                      "co_quan_ban_hanh": "Phòng Văn hóa và Thông tin"}, head))
    return out
