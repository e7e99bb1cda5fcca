"""The loose papers of known types of the eleventh held-apart set, first part: a foreign
worker's clearance in English with its Vietnamese translation and his passport, a school's
list turned on its side, a letter of introduction with the seal over its date, an official
letter with no title, a 2009 marriage certificate, a death extract and a police notice. The
second part is in ``office11.py``."""

from __future__ import annotations

from datetime import date

import office11
from page11 import (
    MOTTO,
    MOTTO2,
    G,
    L,
    Maker,
    Paper,
    dmy,
    header,
    landscape,
    motto,
    recipients,
    rows,
    sealed_date,
    sign_right,
    signer,
    stamp,
    title,
    turn,
    words,
)


def known(mk: Maker) -> list[Paper]:
    """The loose papers of known types, in scan order."""
    return [*_first(mk), *office11.papers(mk)]


def _first(mk: Maker) -> list[Paper]:
    out: list[Paper] = []
    name = "MARK ANTHONY REYES DELA CRUZ"

    a = mk.page("dis", 11.0, (22.0, 190.0), 14.0)
    for t in ("REPUBLIC OF THE PHILIPPINES", "DEPARTMENT OF JUSTICE",
              "NATIONAL BUREAU OF INVESTIGATION"):
        a.center(t, "b", 11.0)
    a.gap(6.0)
    head = title(a, "NBI CLEARANCE", 20.0)
    rows(a, ["NBI ID No.: MNL2602104417", f"Name: {name}",
             "Address: 118 Mabini Street, Barangay San Roque, Marikina City",
             "Date of Birth: 11/05/1987     Place of Birth: Marikina City",
             "Passport No.: P4417290B     Purpose: WORK PERMIT (VIETNAM)"])
    a.gap(4.0)
    a.center("This is to certify that the person whose name appears hereon has", "r", 11.0)
    a.center("NO RECORD on file as of this date.", "b", 12.0)
    a.gap(4.0)
    a.line("Date Issued: February 10, 2026     Valid until: August 10, 2026", "r", 11.0)
    sign_right(a, signer(["DIRECTOR"], "ATTY. RAMON S. VILLANUEVA", space=12.0, pt=11.0))
    b = mk.page("gar", 12.5, (24.0, 188.0), 14.0)
    b.line("BẢN DỊCH", "r", 12.0, align="r")
    b.center("CỘNG HÒA PHI-LÍP-PIN / BỘ TƯ PHÁP", "r", 12.0)
    b.center("CỤC ĐIỀU TRA QUỐC GIA (NBI)", "r", 12.5)
    b.gap(3.0)
    b.center("PHIẾU LÝ LỊCH TƯ PHÁP (GIẤY XÁC NHẬN CỦA NBI)", "r", 14.0)
    rows(b, ["Số định danh NBI: MNL2602104417", f"Họ và tên: {name}",
             "Ngày sinh: 11/05/1987     Nơi sinh: thành phố Marikina",
             "Hộ chiếu số: P4417290B     Mục đích: xin giấy phép lao động (Việt Nam)",
             "Xác nhận người có tên trên KHÔNG CÓ tiền án, tiền sự trong hồ sơ lưu trữ đến ngày "
             "cấp.", f"Ngày cấp: {words(date(2026, 2, 10), pad=True)}; có giá trị đến ngày "
             "10 tháng 8 năm 2026."])
    b.p("Tôi, Lê Hoàng Phúc, cộng tác viên dịch thuật của Phòng Tư pháp, cam đoan đã dịch chính "
        "xác nội dung giấy tờ này từ tiếng Anh sang tiếng Việt.", pt=12.0, align="j")
    stamp(b, ["CHỨNG THỰC CHỮ KÝ NGƯỜI DỊCH", "Số chứng thực: 1174, quyển số 02/2026-SCT/CK",
              "Ngày 05/3/2026 - UBND phường Bến Thành"], 40.0, b.y + 3.0, pt=8.5)
    out.append(Paper("phieu_ly_lich_tu_phap", "NBI Clearance", "nbi_clearance_ban_dich",
                     [a, b], {"ho_ten": name, "so_ky_hieu": "MNL2602104417",
                              "ngay_ban_hanh": "2026-02-10",
                              "co_quan_ban_hanh": "NATIONAL BUREAU OF INVESTIGATION"}, head))

    h = mk.page("dis", 9.0, (20.0, 190.0), 20.0)
    h.rect((30.0, 180.0, 20.0, 120.0), width=0.3, fill=(236, 236, 236))
    h.put(36.0, 30.0, "REPUBLIKA NG PILIPINAS / REPUBLIC OF THE PHILIPPINES", "b", 9.0)
    h.put(36.0, 38.0, "PASAPORTE / PASSPORT", "b", 12.0)
    h.rect((36.0, 70.0, 44.0, 88.0), outline=None, fill=(110, 110, 110))
    for k, t in enumerate(("Type: P   Code: PHL   Passport No.: P4417290B",
                           "Surname: DELA CRUZ", "Given names: MARK ANTHONY REYES",
                           "Date of birth: 11 MAY 1987   Sex: M",
                           "Date of issue: 14 MAR 2023   Date of expiry: 13 MAR 2033",
                           "Authority: DFA MANILA")):
        h.put(76.0, 50.0 + 6.0 * k, t, "r", 9.0)
    h.put(36.0, 106.0, "P<PHLDELA<CRUZ<<MARK<ANTHONY<REYES<<<<<<<<", "r", 9.0)
    h.put(36.0, 112.0, "P4417290B4PHL8705117M3303136<<<<<<<<<<<<06", "r", 9.0)
    h.y = 130.0
    out.append(Paper("ho_chieu", "Hộ chiếu", "ho_chieu_lao_dong_nuoc_ngoai", [h],
                     {"so_ky_hieu": "P4417290B", "co_quan_ban_hanh": "DFA MANILA"},
                     "PASAPORTE / PASSPORT"))

    s = mk.page("int", 9.5, (14.0, 283.0), 12.0)
    landscape(s)
    s.pair([L("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG NINH", "r", 10.0),
            L("TRƯỜNG CAO ĐẲNG KỸ THUẬT HẠ LONG", "b", 10.0, rule=24.0),
            L("Số: 19/DS-CĐKT", "r", 10.0)],
           [L(MOTTO, "b", 10.0), L(MOTTO2, "b", 10.0, rule=-1),
            L(f"Hạ Long, {words(date(2026, 2, 27), pad=True)}", "i", 10.0)],
           (14.0, 120.0), (170.0, 283.0))
    s.gap(2.0)
    head = title(s, "DANH SÁCH CẤP BẢN SAO VĂN BẰNG TỪ SỔ GỐC THÁNG 02/2026", 13.0)
    s.table([10.0, 56.0, 26.0, 58.0, 36.0, 30.0, 18.0, 35.0],
            [["TT", "Họ và tên", "Ngày sinh", "Văn bằng", "Số hiệu", "Số vào sổ", "Số bản",
              "Số định danh"],
             ["1", "Vũ Thị Hồng Nhung", "03/4/1999", "Bằng cao đẳng Điều dưỡng", "C 0081423",
              "211/CĐ-2020", "02", "022199004718"],
             ["2", "Phạm Quang Huy", "19/11/1996", "Bằng cao đẳng Điện công nghiệp", "C 0062917",
              "098/CĐ-2018", "01", "022096011532"],
             ["3", "Đinh Văn Tuấn", "08/8/2000", "Bằng trung cấp Hàn", "T 0104466",
              "354/TC-2019", "03", "022200007269"],
             ["4", "Nông Thị Ngà", "25/12/1998", "Bằng cao đẳng Kế toán", "C 0079310",
              "187/CĐ-2019", "02", "020198002845"]], aligns="clclcccc", pt=9.0)
    s.line("Tổng số: 04 người, 08 bản sao. Lệ phí đã nộp theo biên lai từ số 0000412 đến "
           "0000415.", "i", 9.5)
    G.sign(s, recipients(["Phòng Đào tạo", "Lưu: VT"]),
           signer(["HIỆU TRƯỞNG"], "TS. Lã Văn Khiêm", space=14.0, pt=10.0), seal="right",
           lbox=(14.0, 100.0), rbox=(180.0, 283.0))
    turn(s)
    out.append(Paper("danh_sach", "Danh sách", "danh_sach_ngang_ban_sao_vb", [s],
                     {"so_ky_hieu": "19/DS-CĐKT", "ngay_ban_hanh": "2026-02-27",
                      "co_quan_ban_hanh": "TRƯỜNG CAO ĐẲNG KỸ THUẬT HẠ LONG"}, head))

    driver = mk.person("Trịnh Công Hậu", "1983-06-30", True, "019",
                       "tổ 7, phường Phan Đình Phùng, tỉnh Thái Nguyên")
    g = mk.page("gar", 13.0, (24.0, 188.0), 14.0)
    header(g, ["CÔNG TY CỔ PHẦN", "VẬN TẢI KHÁCH ĐÔNG BẮC"], "36/GGT-VT", pt=12.0, parents=0)
    head = title(g, "GIẤY GIỚI THIỆU", 17.0)
    rows(g, ["Kính gửi: Phòng Cảnh sát giao thông Công an tỉnh Thái Nguyên",
             "Công ty Cổ phần Vận tải khách Đông Bắc trân trọng giới thiệu:",
             f"Ông: {driver.name}     Chức vụ: Đội trưởng đội xe",
             f"Số định danh cá nhân: {driver.cccd}",
             "Được cử đến: nộp hồ sơ và nhận giấy phép lái xe đã đổi của 06 lái xe công ty "
             "(danh sách kèm theo).",
             "Đề nghị Quý cơ quan tạo điều kiện để ông hoàn thành nhiệm vụ.",
             "Giấy giới thiệu có giá trị đến hết ngày 30/4/2026."], pt=12.5)
    g.gap(4.0)
    sealed_date(g, f"Thái Nguyên, {words(date(2026, 3, 20), pad=True)}", pt=12.5, r=15.0)
    g.gap(8.0)
    sign_right(g, signer(["GIÁM ĐỐC"], "Hà Minh Tuấn", space=16.0, pt=12.5))
    out.append(Paper("giay_gioi_thieu", "Giấy giới thiệu", "giay_gioi_thieu_dau_de_ngay", [g],
                     {"ho_ten": driver.name, "so_cccd": driver.cccd, "so_ky_hieu": "36/GGT-VT",
                      "ngay_ban_hanh": "2026-03-20",
                      "co_quan_ban_hanh": "CÔNG TY CỔ PHẦN VẬN TẢI KHÁCH ĐÔNG BẮC"}, head))

    c = mk.page("gar", 13.0, (24.0, 188.0), 14.0)
    header(c, ["UBND TỈNH ĐỒNG NAI", "BAN QUẢN LÝ CÁC", "KHU CÔNG NGHIỆP"], "512/BQL-QLLĐ",
           f"Đồng Nai, {words(date(2026, 3, 9), pad=True)}", pt=12.0, parents=1,
           about=["V/v rà soát người lao động nước ngoài", "hết hạn giấy phép lao động"])
    c.center("Kính gửi: Các doanh nghiệp trong khu công nghiệp", "r", 13.0)
    c.gap(2.0)
    c.p("Thực hiện Nghị định số 219/2025/NĐ-CP ngày 07 tháng 8 năm 2025 của Chính phủ quy định "
        "về người lao động nước ngoài làm việc tại Việt Nam, Ban Quản lý đề nghị các doanh "
        "nghiệp rà soát người lao động nước ngoài có giấy phép lao động hết hạn trước ngày "
        "30/6/2026 và gửi danh sách về Ban trước ngày 25/3/2026.", pt=12.5, align="j")
    c.p("Hồ sơ cấp mới, gia hạn nộp trực tuyến tại Cổng Dịch vụ công quốc gia; bản dịch giấy tờ "
        "nước ngoài phải được chứng thực chữ ký người dịch.", pt=12.5, align="j")
    G.sign(c, recipients(["Như trên", "Lưu: VT, QLLĐ"]),
           signer(["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], "Lương Thị Thu Hà", space=16.0,
                  pt=12.5), seal="right", lbox=(24.0, 100.0), rbox=(104.0, 196.0))
    out.append(Paper("cong_van", "Công văn", "cong_van_ba_dong_dau", [c],
                     {"so_ky_hieu": "512/BQL-QLLĐ", "ngay_ban_hanh": "2026-03-09",
                      "co_quan_ban_hanh": "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP"}, None))

    m = mk.page("gar", 12.5, (28.0, 182.0), 24.0, dpi=300, color=True)
    m.rect((18.0, 192.0, 14.0, 214.0), width=1.4, outline=(180, 40, 50))
    motto(m, 12.5)
    head = title(m, "GIẤY CHỨNG NHẬN KẾT HÔN", 19.0)
    rows(m, ["Họ và tên chồng: Ngô Đình Luân     Năm sinh: 1981",
             "Dân tộc: Kinh     Quốc tịch: Việt Nam",
             "Nơi thường trú: thôn Phước Yên, xã Quảng Thọ, huyện Quảng Điền",
             "Số Giấy CMND: 191438206",
             "Họ và tên vợ: Lê Thị Thu Sương     Năm sinh: 1984",
             "Dân tộc: Kinh     Quốc tịch: Việt Nam",
             "Nơi thường trú: thôn Phước Yên, xã Quảng Thọ, huyện Quảng Điền",
             "Số Giấy CMND: 191552847",
             "Đăng ký ngày 14 tháng 02 năm 2009     Số: 07, Quyển số: 01/2009"], pt=12.0)
    sign_right(m, signer(["TM. ỦY BAN NHÂN DÂN XÃ QUẢNG THỌ", "CHỦ TỊCH"], "Hồ Văn Bửu",
                         space=14.0, pt=11.5), seal=True)
    out.append(Paper("giay_chung_nhan_ket_hon", "Giấy chứng nhận kết hôn", "gcn_ket_hon_2009",
                     [m], {"ho_ten": "Ngô Đình Luân", "so_ky_hieu": "07",
                           "ngay_ban_hanh": "2009-02-14",
                           "co_quan_ban_hanh": "ỦY BAN NHÂN DÂN XÃ QUẢNG THỌ"}, head))

    dead = mk.person("Quách Văn Nhơn", "1941-10-10", True, "096",
                     "ấp Tân Hưng, xã Thới Bình, tỉnh Cà Mau")
    t = mk.page("gar", 12.5, (24.0, 188.0), 14.0)
    header(t, ["UBND TỈNH CÀ MAU", "UBND XÃ THỚI BÌNH"], "56/TLKT-BS",
           f"Thới Bình, {words(date(2026, 3, 13), pad=True)}", pt=12.0)
    head = title(t, "TRÍCH LỤC KHAI TỬ", 16.0, ("(BẢN SAO)",))
    rows(t, [f"Họ, chữ đệm, tên người đã chết: {dead.upper}",
             f"Ngày, tháng, năm sinh: {dmy(dead.born)}     Giới tính: Nam     Dân tộc: Kinh",
             f"Số định danh cá nhân: {dead.cccd}",
             "Đã chết vào lúc: 04 giờ 20 phút, ngày 02/3/2026",
             "Nơi chết: tại nhà, ấp Tân Hưng, xã Thới Bình",
             "Nguyên nhân chết: bệnh già",
             "Giấy báo tử số 31/GBT do Trạm y tế xã Thới Bình cấp ngày 02/3/2026",
             "Họ, chữ đệm, tên người đi khai tử: Quách Thị Mến (con)",
             "Nơi đăng ký khai tử: UBND xã Thới Bình, ngày 05/3/2026"], pt=12.0)
    sign_right(t, signer(["TL. CHỦ TỊCH", "CÔNG CHỨC TƯ PHÁP - HỘ TỊCH"], "Trần Thị Bé Tư",
                         space=14.0, pt=11.5), seal=True)
    out.append(Paper("trich_luc_ho_tich", "Trích lục khai tử", "trich_luc_khai_tu_xa_ca_mau",
                     [t], {"ho_ten": dead.upper, "so_cccd": dead.cccd, "so_ky_hieu": "56/TLKT-BS",
                           "ngay_ban_hanh": "2026-03-13",
                           "co_quan_ban_hanh": "UBND XÃ THỚI BÌNH"}, head))

    n = mk.page("int", 11.0, (22.0, 190.0), 14.0)
    header(n, ["CÔNG AN TỈNH NGHỆ AN", "PHÒNG CẢNH SÁT GIAO THÔNG"], "318/TB-PC08",
           f"Nghệ An, {words(date(2026, 3, 19), pad=True)}", pt=11.0)
    head = title(n, "THÔNG BÁO", 15.0, ("Về việc tạm dừng nhận hồ sơ giấy phép lái xe trực tiếp "
                                        "ngày 28/3/2026",))
    n.p("Căn cứ Thông tư số 35/2024/TT-BCA ngày 10 tháng 9 năm 2024 của Bộ trưởng Bộ Công an, "
        "để nâng cấp hệ thống cấp giấy phép lái xe, Phòng Cảnh sát giao thông thông báo:",
        pt=11.0, align="j")
    rows(n, ["1. Ngày 28/3/2026 (thứ Bảy) tạm dừng tiếp nhận hồ sơ đổi, cấp lại giấy phép lái "
             "xe tại trụ sở số 2 Trường Thi và các điểm tiếp nhận.",
             "2. Hồ sơ trực tuyến trên Cổng Dịch vụ công vẫn được tiếp nhận; kết quả trả từ ngày "
             "30/3/2026.",
             "3. Giấy hẹn có ngày trả 28/3/2026 được trả vào ngày 30/3/2026."], pt=11.0)
    G.sign(n, recipients(["Ban Giám đốc (để b/c)", "Cổng TTĐT Công an tỉnh", "Lưu: VT"]),
           signer(["TRƯỞNG PHÒNG"], "Thượng tá Nguyễn Cảnh Toàn", space=16.0, pt=11.0),
           seal="right", lbox=(22.0, 100.0), rbox=(104.0, 196.0))
    out.append(Paper("thong_bao", "Thông báo", "thong_bao_tam_dung_gplx", [n],
                     {"so_ky_hieu": "318/TB-PC08", "ngay_ban_hanh": "2026-03-19",
                      "co_quan_ban_hanh": "PHÒNG CẢNH SÁT GIAO THÔNG"}, head))
    return out

