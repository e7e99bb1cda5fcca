"""The loose papers of known types of the thirteenth held-apart set, in scan order (with those of
``office13``): a pension decision (2 p., the second numbered "2" at its top as Decree 30
numbers pages), a 1988 birth certificate (photocopy, its title in mixed case), a house lease
titled in a box, a marital-status certificate (colour, 300 dpi), a land-use fee notice, an
e-receipt of a fee, a company's letter of introduction, a ward's submission and an official
letter with no title."""

from __future__ import annotations

import office13
from page13 import (
    Maker,
    Paper,
    box_stamp,
    boxed_title,
    header,
    left_title,
    motto,
    recipients,
    rows,
    sign_both,
    sign_right,
    signer,
    title,
)


def known(mk: Maker) -> list[Paper]:
    """The nineteen loose papers of known types."""
    return [_pension(mk), _birth(mk), _lease(mk), _single(mk), _land_fee(mk), _fee(mk),
            _introduction(mk), _submission(mk), _letter(mk), *office13.papers(mk)]


def _pension(mk: Maker) -> Paper:
    p = mk.page("jn", 12.0, (24.0, 190.0), 14.0)
    header(p, ["BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI TỈNH THANH HÓA"], "2107/QĐ-BHXH",
           "Thanh Hóa, ngày 19 tháng 02 năm 2026", pt=10.5)
    head = title(p, "QUYẾT ĐỊNH", 15.0, ("Về việc hưởng lương hưu hằng tháng",))
    p.center("GIÁM ĐỐC BẢO HIỂM XÃ HỘI TỈNH THANH HÓA", "b", 12.0)
    p.p("Căn cứ Luật Bảo hiểm xã hội ngày 29 tháng 6 năm 2024; Nghị định số 158/2025/NĐ-CP "
        "ngày 25 tháng 6 năm 2025 của Chính phủ; xét hồ sơ của ông Lê Đình Toại,",
        pt=12.0, align="j")
    p.center("QUYẾT ĐỊNH:", "b", 12.5)
    p.p([("Điều 1. ", "b"), ("Ông LÊ ĐÌNH TOẠI, sinh ngày 07/01/1966, mã số BHXH 3806014492, "
                            "số định danh cá nhân 038066009157, được hưởng lương hưu hằng "
                            "tháng từ ngày 01/3/2026.", "r")], pt=12.0, align="j")
    p.table([96.0, 70.0],
            [["Nội dung", "Mức"],
             ["Thời gian đóng BHXH", "34 năm 02 tháng"],
             ["Tỷ lệ hưởng", "75%"],
             ["Mức bình quân tiền lương", "11.482.000 đồng"],
             ["Lương hưu hằng tháng", "8.611.500 đồng"]], aligns="lc", pt=11.0)
    q = mk.page("jn", 12.0, (24.0, 190.0), 12.0)
    q.line("2", "r", 11.0, align="c")
    q.gap(2.0)
    q.p([("Điều 2. ", "b"), ("Ông Lê Đình Toại nhận lương hưu qua tài khoản số 1903 7264 "
                            "5518 tại Techcombank; được cấp thẻ bảo hiểm y tế theo quy định.",
                            "r")], pt=12.0, align="j")
    q.p([("Điều 3. ", "b"), ("Trưởng phòng Chế độ BHXH, Giám đốc Bảo hiểm xã hội cơ sở Hoằng "
                            "Hóa và ông Lê Đình Toại chịu trách nhiệm thi hành Quyết định này.",
                            "r")], pt=12.0, align="j")
    sign_both(q, recipients(["Như Điều 3", "Lưu: VT, CĐBHXH"]),
              signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Mai Xuân Trường", space=16.0,
                     pt=12.0), seal="right")
    return Paper("quyet_dinh", "Quyết định", "quyet_dinh_luong_huu_trang_so_2", [p, q],
                 {"so_ky_hieu": "2107/QĐ-BHXH", "ngay_ban_hanh": "2026-02-19",
                  "ho_ten": "LÊ ĐÌNH TOẠI", "so_cccd": "038066009157",
                  "co_quan_ban_hanh": "BẢO HIỂM XÃ HỘI TỈNH THANH HÓA"}, head)


def _birth(mk: Maker) -> Paper:
    p = mk.page("jn", 11.5, (26.0, 186.0), 20.0)
    p.rect((20.0, 192.0, 14.0, 178.0), width=0.6)
    p.line("UBND xã Quảng Phú, huyện Quảng Điền", "r", 10.5)
    p.line("Số: 142, Quyển số: 01/1988", "r", 10.5)
    motto(p, 11.5)
    head = title(p, "Giấy Khai Sinh", 18.0, ("(Bản chính)",))
    rows(p, ["Họ và tên: HOÀNG THỊ MAI HƯƠNG     Nam hay nữ: Nữ",
             "Ngày, tháng, năm sinh: 21/9/1988",
             "Nơi sinh: Trạm xá xã Quảng Phú",
             "Họ tên cha: Hoàng Văn Luận, 31 tuổi, làm ruộng",
             "Họ tên mẹ: Trương Thị Cúc, 27 tuổi, làm ruộng",
             "Đăng ký ngày 04 tháng 10 năm 1988"], pt=11.5)
    sign_right(p, signer(["TM. UBND XÃ", "CHỦ TỊCH"], "Phan Văn Lụa", space=14.0, pt=11.0),
               seal=True)
    p.y = 186.0
    p.field("(Bản chụp - giấy đã ố vàng, mép rách)", style="i", pt=9.5)
    return Paper("giay_khai_sinh", "Giấy khai sinh", "giay_khai_sinh_1988_chup", [p],
                 {"so_ky_hieu": "142", "ho_ten": "HOÀNG THỊ MAI HƯƠNG",
                  "ngay_ban_hanh": "1988-10-04", "co_quan_ban_hanh": "UBND xã Quảng Phú"}, head)


def _lease(mk: Maker) -> Paper:
    p = mk.page("jn", 11.5, (22.0, 190.0), 14.0)
    motto(p, 12.0)
    head = boxed_title(p, "HỢP ĐỒNG THUÊ NHÀ Ở", 15.0)
    rows(p, ["Hôm nay, ngày 01 tháng 3 năm 2026, tại phường Hòa Khánh, thành phố Đà Nẵng:",
             "BÊN CHO THUÊ (Bên A): bà VÕ THỊ KIM LOAN, sinh năm 1970",
             "Số định danh cá nhân: 048170005236",
             "BÊN THUÊ (Bên B): ông HỒ QUANG TRUNG, sinh năm 1996, số định danh 049096012684",
             "Nhà cho thuê: kiệt 42 đường Âu Cơ, phường Hòa Khánh (02 phòng, 48 m2)",
             "Giá thuê: 4.500.000 đồng/tháng; đặt cọc 02 tháng; thời hạn 12 tháng",
             "Bên B được dùng địa chỉ nhà thuê để đăng ký tạm trú."], pt=11.5)
    sign_both(p, signer(["BÊN A"], "VÕ THỊ KIM LOAN", space=14.0, pt=11.0),
              signer(["BÊN B"], "HỒ QUANG TRUNG", space=14.0, pt=11.0))
    return Paper("hop_dong", "Hợp đồng thuê nhà ở", "hop_dong_thue_nha_tieu_de_khung", [p],
                 {"ho_ten": "VÕ THỊ KIM LOAN", "so_cccd": "048170005236",
                  "ngay_ban_hanh": "2026-03-01"}, head)


def _single(mk: Maker) -> Paper:
    p = mk.page("jn", 12.0, (26.0, 186.0), 20.0, dpi=300, color=True)
    p.frame()
    header(p, ["UBND TỈNH TÂY NINH", "UBND XÃ HẬU NGHĨA"], "47/XNTTHN",
           "Hậu Nghĩa, ngày 13 tháng 3 năm 2026", pt=10.0, margins=(22.0, 190.0))
    head = title(p, "GIẤY XÁC NHẬN\nTÌNH TRẠNG HÔN NHÂN", 15.0)
    rows(p, ["Xét đề nghị của bà: NGUYỄN THỊ THANH TRÚC",
             "Ngày, tháng, năm sinh: 02/02/1997     Giới tính: Nữ",
             "Số định danh cá nhân: 080197003815",
             "Nơi cư trú: ấp Lộc Thuận, xã Hậu Nghĩa, tỉnh Tây Ninh",
             "Trong thời gian cư trú tại xã Hậu Nghĩa từ năm 1997 đến nay (trước ngày "
             "01/7/2025 là thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An)",
             "Tình trạng hôn nhân: Hiện tại chưa đăng ký kết hôn với ai.",
             "Giấy này dùng để: đăng ký kết hôn, có giá trị 06 tháng."], pt=12.0)
    sign_right(p, signer(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Đặng Văn Hậu", space=16.0,
                         pt=12.0), seal=True)
    return Paper("giay_xac_nhan_tthn", "Giấy xác nhận tình trạng hôn nhân",
                 "xac_nhan_tthn_xa_sap_nhap_mau", [p],
                 {"so_ky_hieu": "47/XNTTHN", "ngay_ban_hanh": "2026-03-13",
                  "ho_ten": "NGUYỄN THỊ THANH TRÚC", "so_cccd": "080197003815",
                  "co_quan_ban_hanh": "UBND XÃ HẬU NGHĨA"}, head)


def _land_fee(mk: Maker) -> Paper:
    p = mk.page("ct", 10.5, (18.0, 194.0), 14.0)
    header(p, ["THUẾ TỈNH ĐỒNG NAI", "THUẾ CƠ SỞ 3 TỈNH ĐỒNG NAI"], "1526/TB-TCS3",
           "Đồng Nai, ngày 11 tháng 3 năm 2026", pt=10.0)
    head = title(p, "THÔNG BÁO NỘP TIỀN SỬ DỤNG ĐẤT", 14.0)
    rows(p, ["Căn cứ Phiếu chuyển thông tin số 802/PCTT-VPĐK ngày 03/3/2026 của Văn phòng đăng "
             "ký đất đai, cơ quan thuế thông báo:",
             "Người nộp: ÔNG BÙI THANH SƠN     Mã số thuế: 8431097265",
             "Số định danh cá nhân: 075083011462",
             "Thửa đất số 208, tờ bản đồ số 31, xã Trảng Bom; diện tích chuyển mục đích 120 m2",
             "Số tiền sử dụng đất phải nộp: 186.000.000 đồng",
             "Hạn nộp lần 1 (50%): 10/4/2026; lần 2: 08/9/2026, vào tài khoản thu ngân sách số "
             "7111 tại Kho bạc Nhà nước khu vực XVII"], pt=10.5)
    sign_right(p, signer(["KT. TRƯỞNG THUẾ CƠ SỞ", "PHÓ TRƯỞNG"], "Lý Thị Kiều Oanh",
                         space=15.0, pt=10.5), seal=True)
    return Paper("thong_bao_nop_tien", "Thông báo nộp tiền sử dụng đất",
                 "thong_bao_nop_tien_sdd_thue_co_so", [p],
                 {"so_ky_hieu": "1526/TB-TCS3", "ngay_ban_hanh": "2026-03-11",
                  "ho_ten": "BÙI THANH SƠN", "so_cccd": "075083011462",
                  "co_quan_ban_hanh": "THUẾ CƠ SỞ 3 TỈNH ĐỒNG NAI"}, head)


def _fee(mk: Maker) -> Paper:
    p = mk.page("cf", 9.5, (30.0, 180.0), 20.0)
    p.rect((26.0, 184.0, 14.0, 150.0), width=0.4, radius=3.0)
    p.line("UBND PHƯỜNG LONG BIÊN - THÀNH PHỐ HÀ NỘI", "b", 9.5, align="c")
    p.line("Mẫu số: 01BLP0-001     Ký hiệu: 1C26TLB", "r", 8.5, align="c")
    p.gap(2.0)
    head = title(p, "BIÊN LAI THU PHÍ, LỆ PHÍ", 13.0, ("(Biên lai điện tử - bản thể hiện)",))
    rows(p, ["Số: 0003218", "Ngày 16 tháng 3 năm 2026",
             "Tên người nộp: PHÙNG THỊ NGÂN",
             "Địa chỉ: tổ 9, phường Long Biên, Hà Nội",
             "Tên loại phí, lệ phí: lệ phí đăng ký hộ kinh doanh",
             "Số tiền: 100.000 đồng (một trăm nghìn đồng)",
             "Hình thức thanh toán: quét mã QR",
             "Mã tra cứu: LB26-8Q4T-0097"], pt=9.5)
    p.line("Người thu: Lưu Thanh Hằng (ký số)", "r", 9.0, align="r")
    return Paper("bien_lai_thu_phi", "Biên lai thu phí, lệ phí", "bien_lai_dien_tu_tron_goc",
                 [p], {"so_ky_hieu": "0003218", "ngay_ban_hanh": "2026-03-16",
                       "ho_ten": "PHÙNG THỊ NGÂN",
                       "co_quan_ban_hanh": "UBND PHƯỜNG LONG BIÊN"}, head)


def _introduction(mk: Maker) -> Paper:
    p = mk.page("ct", 11.0, (20.0, 192.0), 14.0)
    header(p, ["CÔNG TY CỔ PHẦN", "LOGISTICS CẢNG CÁI MÉP"], "34/GGT-CM",
           "Bà Rịa, ngày 09 tháng 3 năm 2026", pt=10.0, parents=0)
    head = title(p, "GIẤY GIỚI THIỆU", 16.0)
    rows(p, ["Kính gửi: Công an phường Phú Mỹ, thành phố Hồ Chí Minh",
             "Công ty Cổ phần Logistics Cảng Cái Mép trân trọng giới thiệu:",
             "Ông: TẠ QUỐC VIỆT     Chức vụ: chuyên viên pháp chế",
             "Số định danh cá nhân: 077089004731",
             "Được cử đến: liên hệ việc khai báo tạm trú cho 06 chuyên gia nước ngoài của "
             "công ty.",
             "Đề nghị quý cơ quan tạo điều kiện để ông Việt hoàn thành nhiệm vụ.",
             "Giấy có giá trị đến hết ngày 31/3/2026."], pt=11.0)
    sign_right(p, signer(["TỔNG GIÁM ĐỐC"], "Châu Ngọc Thạch", space=15.0, pt=11.0),
               seal=True)
    return Paper("giay_gioi_thieu", "Giấy giới thiệu", "giay_gioi_thieu_cang_cai_mep", [p],
                 {"so_ky_hieu": "34/GGT-CM", "ngay_ban_hanh": "2026-03-09",
                  "ho_ten": "TẠ QUỐC VIỆT", "so_cccd": "077089004731",
                  "co_quan_ban_hanh": "CÔNG TY CỔ PHẦN LOGISTICS CẢNG CÁI MÉP"}, head)


def _submission(mk: Maker) -> Paper:
    p = mk.page("jn", 12.0, (24.0, 190.0), 14.0)
    header(p, ["UBND TỈNH LÀO CAI", "UBND PHƯỜNG SA PA"], "19/TTr-UBND",
           "Sa Pa, ngày 06 tháng 3 năm 2026", pt=10.5)
    head = left_title(p, "TỜ TRÌNH\nVề việc đề nghị công nhận thôn, tổ dân phố văn hóa năm 2025",
                      13.0, 0.5)
    p.p("Kính gửi: Ủy ban nhân dân tỉnh Lào Cai.", pt=12.0)
    p.p("Căn cứ Nghị định số 86/2023/NĐ-CP ngày 07 tháng 12 năm 2023 của Chính phủ, Ủy ban nhân "
        "dân phường Sa Pa kính trình đề nghị công nhận 07 tổ dân phố đạt danh hiệu văn hóa năm "
        "2025 (danh sách kèm theo), gồm các tổ 2, 3, 5, 6, 9, 11 và thôn Lếch Dao.",
        pt=12.0, align="j")
    p.p("Các tổ dân phố đều không có trọng án, tệ nạn xã hội giảm; 96% hộ đạt gia đình văn hóa; "
        "đóng góp xây dựng nhà văn hóa 1,2 tỷ đồng.", pt=12.0, align="j")
    sign_both(p, recipients(["Như trên", "Lưu: VT"]),
              signer(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Giàng A Chư", space=16.0, pt=12.0),
              seal="right")
    return Paper("to_trinh", "Tờ trình", "to_trinh_to_dan_pho_van_hoa_sa_pa", [p],
                 {"so_ky_hieu": "19/TTr-UBND", "ngay_ban_hanh": "2026-03-06",
                  "co_quan_ban_hanh": "UBND PHƯỜNG SA PA"}, head)


def _letter(mk: Maker) -> Paper:
    p = mk.page("jn", 12.0, (24.0, 190.0), 14.0)
    header(p, ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI"], "388/VPĐK-CNTĐ",
           "Hải Phòng, ngày 17 tháng 3 năm 2026", pt=10.0,
           about=["V/v cung cấp thông tin thửa đất", "số 77, tờ bản đồ số 12"])
    p.center("Kính gửi: Tòa án nhân dân khu vực 4 - Hải Phòng", "r", 12.0)
    p.gap(2.0)
    p.p("Trả lời Văn bản số 95/TA-DS ngày 05 tháng 3 năm 2026 của Tòa án về việc cung cấp thông "
        "tin thửa đất số 77, tờ bản đồ số 12, phường Thủy Nguyên, Văn phòng đăng ký đất đai cung "
        "cấp như sau:", pt=12.0, align="j")
    rows(p, ["1. Người sử dụng đất: ông Phạm Văn Hào và bà Vũ Thị Sợi (đã cấp Giấy chứng nhận "
             "số CS 04218 ngày 12/8/2019).",
             "2. Diện tích 215,6 m2, đất ở tại đô thị 100 m2, đất trồng cây lâu năm 115,6 m2.",
             "3. Tình trạng: đang thế chấp tại Ngân hàng TMCP Quân đội từ ngày 20/5/2022."],
         pt=12.0)
    sign_both(p, recipients(["Như trên", "Lưu: VT, CNTĐ"]),
              signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Vũ Đức Thọ", space=16.0, pt=12.0),
              seal="right")
    box_stamp(p, ["CÔNG VĂN ĐẾN", "Số: 611  Ngày: 19/3/2026"], 30.0, p.y + 2.0, pt=8.0)
    return Paper("cong_van", "Công văn", "cong_van_vpdk_khong_tieu_de", [p],
                 {"so_ky_hieu": "388/VPĐK-CNTĐ", "ngay_ban_hanh": "2026-03-17",
                  "co_quan_ban_hanh": "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI"}, None)

