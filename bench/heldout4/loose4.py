"""The loose papers of known types in the fourth held-apart set, each worded and laid out as
offices in Phú Yên, Kon Tum, Tuyên Quang, Đồng Nai, Thái Bình, Hà Tĩnh, Bình Dương and Long An
print them (every person, number and address made up)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from page4 import (
    G,
    L,
    Maker,
    Page,
    Paper,
    banner,
    dmy,
    header,
    motto,
    recipients,
    sign_both,
    sign_right,
    signer,
    title,
    words,
)


def _body(p: Page, lines: Sequence[str], hang: float = 6.0) -> None:
    for line in lines:
        p.field(line, hang=hang)


def official(mk: Maker, agency: Sequence[str], number: str | None, dated: str | None,
             heading: str | None, lines: Sequence[str], sign: list[L], *, pt: float = 12.5,
             sub: Sequence[str] = (), seal: bool = True, dpi: int = 200,
             color: bool = False, to: Sequence[str] = ()) -> tuple[Page, str | None]:
    """A paper under the standard header: title, body, recipients at the left and the
    signature at the right."""
    p = mk.page("office", pt, (24.0, 190.0), 13.0, dpi=dpi, color=color)
    header(p, agency, number, dated, pt=pt - 0.5)
    head = title(p, heading, pt + 3.0, sub) if heading else None
    _body(p, lines)
    p.gap(3.0)
    if sign and to:
        G.sign(p, recipients(to), sign, seal="right" if seal else "", lbox=(14.0, 90.0),
               rbox=(104.0, 198.0))
    elif sign:
        sign_right(p, sign, seal=seal)
    return p, head


def marriage(mk: Maker) -> Paper:
    p, head = official(mk, ("ỦY BAN NHÂN DÂN", "XÃ HÒA XUÂN TÂY"), "28", None,
                       "GIẤY CHỨNG NHẬN KẾT HÔN", [], [], seal=False, dpi=300)
    rows = [["Thông tin", "Bên chồng", "Bên vợ"],
            ["Họ, chữ đệm, tên", "LƯƠNG CÔNG THÀNH", "HUỲNH THỊ KIM NGÂN"],
            ["Ngày sinh", "11/08/1995", "02/02/1998"], ["Dân tộc", "Kinh", "Kinh"],
            ["Số định danh", "054095003178", "054198011402"]]
    p.table([44.0, 62.0, 62.0], rows, aligns="lll", pt=11.5)
    p.field("Nơi đăng ký kết hôn: Ủy ban nhân dân xã Hòa Xuân Tây, thị xã Đông Hòa, tỉnh Phú Yên")
    p.line(f"Ngày, tháng, năm đăng ký: {words(date(2025, 4, 26))}", "i", 12.0)
    sign_both(p, signer(["Chồng"], "Lương Công Thành", "", 12.0, 11.5),
              signer(["Vợ"], "Huỳnh Thị Kim Ngân", "", 12.0, 11.5))
    sign_right(p, signer(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Ksor Y Lan", "", 14.0), seal=True)
    return Paper("giay_chung_nhan_ket_hon", "Giấy chứng nhận kết hôn", "gcn_ket_hon", [p],
                 {"ho_ten": "LƯƠNG CÔNG THÀNH", "so_cccd": "054095003178", "so_ky_hieu": "28",
                  "ngay_ban_hanh": "2025-04-26",
                  "co_quan_ban_hanh": "ỦY BAN NHÂN DÂN XÃ HÒA XUÂN TÂY"}, head)


def death_notice(mk: Maker) -> Paper:
    p, head = official(mk, ("SỞ Y TẾ KON TUM", "BỆNH VIỆN ĐA KHOA TỈNH"), "173/GBT-BV",
                       f"Kon Tum, {words(date(2025, 3, 11), pad=True)}", "GIẤY BÁO TỬ", [
                           "Họ và tên người chết: A Thuân  Giới tính: Nam  Năm sinh: 1950",
                           "Dân tộc: Xơ Đăng  Quốc tịch: Việt Nam",
                           "Nơi thường trú: thôn Kon Klor, xã Đăk Rơ Wa, thành phố Kon Tum",
                           "Đã chết vào lúc 04 giờ 50 phút, ngày 10/03/2025",
                           "Nơi chết: Khoa Hồi sức tích cực, Bệnh viện Đa khoa tỉnh Kon Tum",
                           "Nguyên nhân chết: suy hô hấp cấp"],
                       signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Y Biên Niê"))
    return Paper("giay_bao_tu", "Giấy báo tử", "giay_bao_tu", [p],
                 {"ho_ten": "A Thuân", "so_ky_hieu": "173/GBT-BV", "ngay_ban_hanh": "2025-03-11",
                  "co_quan_ban_hanh": "BỆNH VIỆN ĐA KHOA TỈNH"}, head)


def disability(mk: Maker) -> Paper:
    p, head = official(mk, ("UBND THÀNH PHỐ TUY HÒA", "UBND PHƯỜNG 9"), "57/GXN-UBND",
                       f"Phường 9, {words(date(2025, 5, 6))}", "GIẤY XÁC NHẬN KHUYẾT TẬT", [
                           "Căn cứ kết luận của Hội đồng xác định mức độ khuyết tật ngày "
                           "29 tháng 4 năm 2025,",
                           "Chủ tịch Ủy ban nhân dân Phường 9 xác nhận:",
                           "Họ và tên: Đoàn Minh Hiếu   Sinh ngày: 14/07/2010",
                           "Nơi cư trú: khu phố 4, Phường 9, thành phố Tuy Hòa",
                           "Dạng khuyết tật: khuyết tật vận động",
                           "Mức độ khuyết tật: nặng"],
                       signer(["CHỦ TỊCH"], "Võ Thị Hương"))
    return Paper("giay_xac_nhan_khuyet_tat", "Giấy xác nhận khuyết tật", "xn_khuyet_tat", [p],
                 {"ho_ten": "Đoàn Minh Hiếu", "so_ky_hieu": "57/GXN-UBND",
                  "ngay_ban_hanh": "2025-05-06", "co_quan_ban_hanh": "UBND PHƯỜNG 9"}, head)


def fee_notice(mk: Maker) -> Paper:
    p, head = official(mk, ("CỤC THUẾ TỈNH LONG AN", "CHI CỤC THUẾ KHU VỰC", "ĐỨC HÒA - BẾN LỨC"),
                       "2317/TB-CCTKV", f"Long An, {words(date(2025, 10, 14), pad=True)}",
                       "THÔNG BÁO NỘP LỆ PHÍ TRƯỚC BẠ NHÀ, ĐẤT", [
                           "Căn cứ Nghị định số 10/2022/NĐ-CP ngày 15 tháng 01 năm 2022 của "
                           "Chính phủ quy định về lệ phí trước bạ;",
                           "Người nộp thuế: Tô Thanh Bình   Mã số thuế: 8531402276",
                           "Địa chỉ: ấp 3, xã Hựu Thạnh, huyện Đức Hòa, tỉnh Long An",
                           "Tài sản: quyền sử dụng đất thửa số 88, tờ bản đồ số 4",
                           "Số tiền lệ phí trước bạ phải nộp: 3.150.000 đồng",
                           "Thời hạn nộp: trong 30 ngày kể từ ngày ký thông báo này."],
                       signer(["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"], "Hồ Tấn Lực"),
                       pt=11.5)
    return Paper("thong_bao_nop_tien", "Thông báo nộp lệ phí trước bạ nhà, đất", "tb_truoc_ba",
                 [p], {"ho_ten": "Tô Thanh Bình", "so_ky_hieu": "2317/TB-CCTKV",
                       "ngay_ban_hanh": "2025-10-14",
                       "co_quan_ban_hanh": "CHI CỤC THUẾ KHU VỰC ĐỨC HÒA - BẾN LỨC"}, head)


def criminal_record(mk: Maker) -> Paper:
    p, head = official(mk, ("SỞ TƯ PHÁP TỈNH ĐỒNG NAI",), "4521/STP-LLTP",
                       f"Đồng Nai, {words(date(2025, 6, 17))}", "PHIẾU LÝ LỊCH TƯ PHÁP SỐ 1", [
                           "Căn cứ Luật Lý lịch tư pháp ngày 17 tháng 6 năm 2009;",
                           "Họ và tên: Kiều Anh Dũng  Giới tính: Nam",
                           "Ngày, tháng, năm sinh: 09/10/1992  Nơi sinh: Biên Hòa, Đồng Nai",
                           "Số định danh cá nhân: 075092006631",
                           "Nơi cư trú: phường Tam Hiệp, thành phố Biên Hòa",
                           "Án tích: Không có án tích.",
                           "Thông tin về cấm đảm nhiệm chức vụ: Không bị cấm."],
                       signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Phạm Đình Khôi"))
    return Paper("phieu_ly_lich_tu_phap", "Phiếu lý lịch tư pháp số 1", "lltp_1", [p],
                 {"ho_ten": "Kiều Anh Dũng", "so_cccd": "075092006631",
                  "so_ky_hieu": "4521/STP-LLTP", "ngay_ban_hanh": "2025-06-17",
                  "co_quan_ban_hanh": "SỞ TƯ PHÁP TỈNH ĐỒNG NAI"}, head)


def cv(mk: Maker) -> Paper:
    """A typed curriculum vitae over two pages, the place and date at the end."""
    p = mk.page("typed", 10.0, (20.0, 194.0), 14.0)
    motto(p, 11.0)
    head = title(p, "SƠ YẾU LÝ LỊCH", 14.0, ["(Dùng cho người xin việc)"])
    _body(p, ["Họ và tên (chữ in hoa): Y ĐIM BYĂ   Giới tính: Nữ",
              "Sinh ngày: 23/05/1999   Nơi sinh: Buôn Ma Thuột, Đắk Lắk",
              "Số CCCD: 066199004528   Cấp ngày: 10/08/2021",
              "Nơi thường trú: buôn Ko Tam, xã Ea Tu, thành phố Buôn Ma Thuột",
              "Dân tộc: Ê Đê   Tôn giáo: Tin Lành",
              "Trình độ văn hóa: 12/12   Trình độ chuyên môn: Cử nhân Kế toán",
              "QUAN HỆ GIA ĐÌNH",
              "Họ và tên cha: Y Khu Byă   Năm sinh: 1970   Nghề nghiệp: làm nông",
              "Họ và tên mẹ: H Rin Niê   Năm sinh: 1974   Nghề nghiệp: làm nông"])
    q = mk.page("typed", 10.0, (20.0, 194.0), 16.0)
    _body(q, ["QUÁ TRÌNH HỌC TẬP VÀ CÔNG TÁC",
              "2017 - 2021: sinh viên Trường Đại học Tây Nguyên",
              "2021 - nay: nhân viên kế toán Công ty TNHH Cà phê Ea Pốk",
              "Tôi xin cam đoan lời khai trên là đúng sự thật."])
    q.gap(3.0)
    q.line(f"Buôn Ma Thuột, {words(date(2025, 2, 20))}", "i", 10.0, align="r")
    sign_right(q, signer(["Người khai"], "Y Đim Byă", "(Ký và ghi rõ họ tên)", 15.0, 10.0))
    return Paper("so_yeu_ly_lich", "Sơ yếu lý lịch", "so_yeu_ly_lich", [p, q],
                 {"ho_ten": "Y ĐIM BYĂ", "so_cccd": "066199004528",
                  "ngay_ban_hanh": "2025-02-20"}, head)


def building_permit(mk: Maker) -> Paper:
    p, head = official(mk, ("UBND TỈNH TUYÊN QUANG", "UBND THÀNH PHỐ TUYÊN QUANG"),
                       "86/GPXD", f"Tuyên Quang, {words(date(2025, 7, 29), pad=True)}",
                       "GIẤY PHÉP XÂY DỰNG", [
                           "Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;",
                           "Xét đơn đề nghị cấp giấy phép xây dựng ngày 02/07/2025,",
                           "1. Cấp cho: Ông Ma Văn Quyền",
                           "Địa chỉ: tổ 7, phường Phan Thiết, thành phố Tuyên Quang",
                           "2. Được phép xây dựng công trình: nhà ở riêng lẻ 3 tầng",
                           "Tại thửa đất số 231, tờ bản đồ số 12; diện tích xây dựng 96 m2",
                           "3. Giấy phép có hiệu lực trong 12 tháng kể từ ngày cấp."],
                       signer(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nông Thị Thu Hà"),
                       sub=["Nhà ở riêng lẻ"], to=["Như trên", "Lưu: VT, QLĐT"])
    return Paper("giay_phep_xay_dung", "Giấy phép xây dựng", "gpxd", [p],
                 {"ho_ten": "Ma Văn Quyền", "so_ky_hieu": "86/GPXD",
                  "ngay_ban_hanh": "2025-07-29",
                  "co_quan_ban_hanh": "UBND THÀNH PHỐ TUYÊN QUANG"}, head)


def decision(mk: Maker) -> Paper:
    """A district's decision over two pages: citations with their dates first."""
    p, head = official(mk, ("ỦY BAN NHÂN DÂN", "HUYỆN SƠN DƯƠNG"), "1432/QĐ-UBND",
                       f"Sơn Dương, {words(date(2025, 8, 12), pad=True)}", "QUYẾT ĐỊNH", [
                           "Về việc hỗ trợ kinh phí xóa nhà tạm cho hộ bà Hoàng Thị Sáu",
                           "ỦY BAN NHÂN DÂN HUYỆN SƠN DƯƠNG",
                           "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                           "Căn cứ Quyết định số 21/2024/QĐ-UBND ngày 05 tháng 9 năm 2024 của "
                           "Ủy ban nhân dân tỉnh Tuyên Quang;",
                           "Theo đề nghị của Trưởng phòng Lao động - Thương binh và Xã hội.",
                           "QUYẾT ĐỊNH:",
                           "Điều 1. Hỗ trợ 60.000.000 đồng cho hộ bà Hoàng Thị Sáu, thôn Đồng "
                           "Tâm, xã Tú Thịnh, để xây dựng nhà ở."], [], seal=False)
    q = mk.page("office", 12.5, (24.0, 190.0), 16.0)
    _body(q, ["Điều 2. Kinh phí từ nguồn ngân sách huyện năm 2025.",
              "Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tài chính - Kế hoạch, "
              "Chủ tịch UBND xã Tú Thịnh và bà Hoàng Thị Sáu chịu trách nhiệm thi hành Quyết "
              "định này."])
    q.gap(4.0)
    G.sign(q, recipients(["Như Điều 3", "Lưu: VT"]),
           signer(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Lý Văn Đông"), seal="right",
           lbox=(14.0, 90.0), rbox=(104.0, 198.0))
    return Paper("quyet_dinh", "Quyết định", "quyet_dinh", [p, q],
                 {"ho_ten": "Hoàng Thị Sáu", "so_ky_hieu": "1432/QĐ-UBND",
                  "ngay_ban_hanh": "2025-08-12",
                  "co_quan_ban_hanh": "ỦY BAN NHÂN DÂN HUYỆN SƠN DƯƠNG"}, head)


def submission(mk: Maker) -> Paper:
    p, head = official(mk, ("UBND HUYỆN LỘC HÀ", "PHÒNG NÔNG NGHIỆP VÀ PTNT"), "94/TTr-NN",
                       f"Lộc Hà, {words(date(2025, 4, 2))}", "TỜ TRÌNH", [
                           "Về việc phê duyệt danh sách hộ được hỗ trợ giống lúa vụ Hè Thu",
                           "Kính gửi: Ủy ban nhân dân huyện Lộc Hà",
                           "Thực hiện Kế hoạch số 35/KH-UBND ngày 14 tháng 2 năm 2025 của Ủy ban "
                           "nhân dân huyện, Phòng Nông nghiệp và PTNT kính trình danh sách 412 "
                           "hộ được hỗ trợ giống lúa vụ Hè Thu năm 2025.",
                           "Kính trình Ủy ban nhân dân huyện xem xét, phê duyệt."],
                       signer(["TRƯỞNG PHÒNG"], "Bùi Quang Vinh"), to=["Như trên", "Lưu: VT"])
    return Paper("to_trinh", "Tờ trình", "to_trinh", [p],
                 {"so_ky_hieu": "94/TTr-NN", "ngay_ban_hanh": "2025-04-02",
                  "co_quan_ban_hanh": "PHÒNG NÔNG NGHIỆP VÀ PTNT"}, head)


def inspection(mk: Maker) -> Paper:
    """Minutes of a site inspection over two pages."""
    p, head = official(mk, ("UBND HUYỆN KIẾN XƯƠNG", "UBND XÃ QUANG LỊCH"), "12/BB-UBND",
                       f"Quang Lịch, {words(date(2025, 6, 3))}",
                       "BIÊN BẢN\nKIỂM TRA HIỆN TRẠNG SỬ DỤNG ĐẤT", [
                           "Hôm nay, vào hồi 8 giờ 30 phút ngày 03/6/2025, tại thôn Tân Lập, "
                           "xã Quang Lịch, chúng tôi gồm:",
                           "1. Ông Đặng Văn Thuận - Công chức địa chính xã",
                           "2. Ông Mai Xuân Trường - Trưởng thôn Tân Lập",
                           "3. Bà Lại Thị Oanh - người sử dụng đất",
                           "Đã tiến hành kiểm tra hiện trạng thửa đất số 58, tờ bản đồ số 21.",
                           "Kết quả: đất đang sử dụng ổn định, không tranh chấp, ranh giới rõ "
                           "ràng, trên đất có nhà cấp 4 xây năm 2003."], [], seal=False)
    q = mk.page("office", 12.5, (24.0, 190.0), 16.0)
    _body(q, ["Biên bản kết thúc lúc 10 giờ cùng ngày, đã đọc lại cho mọi người cùng nghe và "
              "thống nhất ký tên."])
    q.gap(4.0)
    sign_both(q, signer(["NGƯỜI SỬ DỤNG ĐẤT"], "Lại Thị Oanh", "", 14.0),
              signer(["CÔNG CHỨC ĐỊA CHÍNH"], "Đặng Văn Thuận", "", 14.0))
    return Paper("bien_ban", "Biên bản kiểm tra hiện trạng sử dụng đất", "bb_kiem_tra", [p, q],
                 {"so_ky_hieu": "12/BB-UBND", "ngay_ban_hanh": "2025-06-03",
                  "co_quan_ban_hanh": "UBND XÃ QUANG LỊCH"}, head)


def health_card(mk: Maker) -> Paper:
    p = mk.page("office", 11.0, (14.0, 196.0), 16.0)
    f = G.Card(p, 60.0, 30.0, 1.1)
    f.text(44.0, 6.0, "BẢO HIỂM XÃ HỘI VIỆT NAM", "b", 5.0, "c")
    f.text(44.0, 12.0, "THẺ BẢO HIỂM Y TẾ", "b", 6.5, "c")
    f.text(4.0, 20.0, "Mã số: HS 4 79 7920315586", "b", 4.6)
    f.text(4.0, 25.0, "Họ và tên: LÊ NGỌC BẢO TRÂM", "b", 4.6)
    f.text(4.0, 30.0, "Ngày sinh: 14/02/2012   Giới tính: Nữ", "r", 4.3)
    f.text(4.0, 35.0, "Nơi ĐKKCB ban đầu: TYT phường Tam Hiệp", "r", 4.3)
    f.text(4.0, 40.0, "Giá trị sử dụng: 01/01/2025 - 31/12/2025", "r", 4.3)
    head = "THẺ BẢO HIỂM Y TẾ"
    return Paper("the_bhyt", "Thẻ bảo hiểm y tế", "the_bhyt", [p],
                 {"ho_ten": "LÊ NGỌC BẢO TRÂM",
                  "co_quan_ban_hanh": "BẢO HIỂM XÃ HỘI VIỆT NAM"}, head)


def inheritance(mk: Maker) -> Paper:
    """A typed agreement of heirs over two pages."""
    p = mk.page("typed", 10.0, (20.0, 194.0), 14.0)
    motto(p, 11.0)
    head = title(p, "VĂN BẢN THỎA THUẬN PHÂN CHIA DI SẢN THỪA KẾ", 12.5)
    _body(p, ["Hôm nay, ngày 21/07/2025, tại Văn phòng công chứng Phố Hiến, chúng tôi gồm:",
              "1. Ông: LÃ VĂN KHẢI, sinh năm 1966, CCCD số 033066002718",
              "2. Bà: LÃ THỊ HẠNH, sinh năm 1970, CCCD số 033170005549",
              "là các con của cụ Lã Văn Tấn (chết năm 2023) và cụ Đỗ Thị Là (chết năm 2024).",
              "Di sản: quyền sử dụng đất thửa số 77, tờ bản đồ số 6, xã Nam Bình."])
    q = mk.page("typed", 10.0, (20.0, 194.0), 16.0)
    _body(q, ["Chúng tôi thỏa thuận: ông Lã Văn Khải nhận toàn bộ di sản nêu trên.",
              "Chúng tôi cam đoan những thông tin trên là đúng sự thật."])
    q.gap(4.0)
    sign_both(q, signer(["NGƯỜI THỪA KẾ"], "Lã Văn Khải", "", 14.0, 10.0),
              signer(["NGƯỜI THỪA KẾ"], "Lã Thị Hạnh", "", 14.0, 10.0))
    return Paper("van_ban_thua_ke", "Văn bản thỏa thuận phân chia di sản thừa kế", "tt_di_san",
                 [p, q], {"ho_ten": "LÃ VĂN KHẢI", "so_cccd": "033066002718",
                          "ngay_ban_hanh": "2025-07-21"}, head)


def household_business(mk: Maker) -> Paper:
    p, head = official(mk, ("UBND HUYỆN ĐỨC HÒA", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"), None,
                       None, "GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH", [
                           "Mã số hộ kinh doanh: 50D8011372",
                           "Đăng ký lần đầu: ngày 19 tháng 9 năm 2025",
                           "1. Tên hộ kinh doanh: TIỆM SỬA XE HOÀNG LONG",
                           "2. Địa điểm kinh doanh: ấp Tân Hòa, xã Đức Lập Hạ",
                           "3. Ngành, nghề kinh doanh: sửa chữa mô tô, xe máy",
                           "4. Chủ hộ kinh doanh",
                           "Họ và tên: Cao Hoàng Long   Giới tính: Nam",
                           "Số định danh cá nhân: 080090014427"],
                       signer(["TRƯỞNG PHÒNG"], "Dương Minh Tâm"), color=True)
    return Paper("gcn_ho_kinh_doanh", "Giấy chứng nhận đăng ký hộ kinh doanh", "gcn_hkd", [p],
                 {"ho_ten": "Cao Hoàng Long", "so_cccd": "080090014427",
                  "so_ky_hieu": "50D8011372", "ngay_ban_hanh": "2025-09-19",
                  "co_quan_ban_hanh": "PHÒNG TÀI CHÍNH - KẾ HOẠCH"}, head)


def invoice(mk: Maker) -> Paper:
    p = mk.page("office", 11.0, (18.0, 194.0), 12.0)
    banner(p, "CÔNG TY TNHH VẬT LIỆU XÂY DỰNG TÂN UYÊN",
           ["Mã số thuế: 3702518846 - Địa chỉ: KP Khánh Hòa, phường Tân Phước Khánh",
            "Số tài khoản: 1040 2688 1157 tại Vietinbank Bình Dương"])
    head = title(p, "HÓA ĐƠN GIÁ TRỊ GIA TĂNG", 15.0, ["(Bản thể hiện của hóa đơn điện tử)"])
    _body(p, ["Ký hiệu: 1C25TTU   Số: 00001842",
              f"{words(date(2025, 8, 27), pad=True).capitalize()}",
              "Đơn vị bán hàng: CÔNG TY TNHH VẬT LIỆU XÂY DỰNG TÂN UYÊN",
              "Họ tên người mua hàng: Trịnh Văn Hậu",
              "Địa chỉ: khu phố 2, phường Tân Định, thành phố Bến Cát"])
    rows = [["STT", "Tên hàng hóa", "ĐVT", "Số lượng", "Thành tiền"],
            ["1", "Xi măng PCB40", "bao", "120", "10.200.000"],
            ["2", "Thép cuộn D6", "kg", "450", "7.425.000"]]
    p.table([14.0, 64.0, 22.0, 30.0, 40.0], rows, aligns="clccl", pt=10.5)
    p.field("Cộng tiền hàng: 17.625.000   Thuế GTGT 8%: 1.410.000   Tổng: 19.035.000 đồng")
    sign_both(p, signer(["Người mua hàng"], "Trịnh Văn Hậu", "", 12.0, 11.0),
              signer(["Người bán hàng"], "Lưu Thị Kiều", "(Ký điện tử)", 12.0, 11.0))
    return Paper("hoa_don", "Hóa đơn giá trị gia tăng", "hoa_don_gtgt", [p],
                 {"ngay_ban_hanh": "2025-08-27",
                  "co_quan_ban_hanh": "CÔNG TY TNHH VẬT LIỆU XÂY DỰNG TÂN UYÊN"}, head)


def letter(mk: Maker) -> Paper:
    """An official letter: no title, its subject under the number."""
    p = mk.page("office", 12.5, (24.0, 190.0), 13.0)
    left = [L("UBND TỈNH TUYÊN QUANG", "r", 12.0),
            L("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "b", 12.0, rule=30.0),
            L("Số: 1187/SNNMT-QLĐĐ", "r", 12.0),
            L("V/v hướng dẫn cấp đổi Giấy chứng nhận", "r", 10.5),
            L("cho hộ gia đình, cá nhân", "r", 10.5)]
    right = [L("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", 11.5),
             L("Độc lập - Tự do - Hạnh phúc", "b", 12.0, rule=-1),
             L(f"Tuyên Quang, {words(date(2025, 9, 9), pad=True)}", "i", 12.0)]
    p.pair(left, right, (8.0, 92.0), (86.0, 206.0))
    p.gap(6.0)
    p.line("Kính gửi: Ủy ban nhân dân các huyện, thành phố", "r", 12.5, align="c")
    _body(p, ["Thực hiện Luật Đất đai năm 2024, Sở Nông nghiệp và Môi trường hướng dẫn việc "
              "cấp đổi Giấy chứng nhận cho hộ gia đình, cá nhân như sau:",
              "1. Hồ sơ nộp tại Bộ phận Một cửa cấp huyện.",
              "2. Thời gian giải quyết không quá 07 ngày làm việc."])
    G.sign(p, recipients(["Như trên", "Lưu: VT, QLĐĐ"]),
           signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Chẩu Văn Lâm"), seal="right",
           lbox=(14.0, 90.0), rbox=(104.0, 198.0))
    return Paper("cong_van", "Công văn", "cong_van", [p],
                 {"so_ky_hieu": "1187/SNNMT-QLĐĐ", "ngay_ban_hanh": "2025-09-09",
                  "co_quan_ban_hanh": "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"}, None)


def introduction(mk: Maker) -> Paper:
    """A cooperative's letter of introduction, typed, its title in mixed case."""
    p = mk.page("typed", 10.5, (22.0, 192.0), 14.0)
    p.pair([L("HTX NÔNG NGHIỆP PHÚ LÂM", "b", 10.5), L("Số: 07/GGT-HTX", "r", 10.0)],
           [L(MOTTO_LINE, "b", 9.5), L("Độc lập - Tự do - Hạnh phúc", "b", 10.0, rule=-1)],
           (8.0, 90.0), (84.0, 206.0))
    p.gap(6.0)
    head = title(p, "Giấy giới thiệu", 13.0)
    _body(p, ["Kính gửi: Ủy ban nhân dân xã Hòa Thành",
              "Hợp tác xã Nông nghiệp Phú Lâm trân trọng giới thiệu:",
              "Ông: Nay Y Sơn   Chức vụ: Kế toán",
              "Được cử đến: liên hệ nộp hồ sơ đăng ký đất đai của hợp tác xã.",
              "Giấy giới thiệu có giá trị đến hết ngày 30/11/2025."])
    p.line(f"Hòa Thành, {words(date(2025, 11, 3))}", "i", 10.5, align="r")
    sign_right(p, signer(["GIÁM ĐỐC"], "Rơ Chăm Hiền", "", 15.0, 10.5), seal=True)
    return Paper("giay_gioi_thieu", "Giấy giới thiệu", "ggt", [p],
                 {"ho_ten": "Nay Y Sơn", "so_ky_hieu": "07/GGT-HTX",
                  "ngay_ban_hanh": "2025-11-03",
                  "co_quan_ban_hanh": "HTX NÔNG NGHIỆP PHÚ LÂM"}, head)


MOTTO_LINE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


def known(mk: Maker) -> list[Paper]:
    """The loose papers of known types, in the order they are scanned."""
    return [marriage(mk), death_notice(mk), disability(mk), fee_notice(mk),
            criminal_record(mk), cv(mk), building_permit(mk), decision(mk), submission(mk),
            inspection(mk), health_card(mk), inheritance(mk), household_business(mk),
            invoice(mk), letter(mk), introduction(mk)]


__all__ = ["dmy", "known"]
