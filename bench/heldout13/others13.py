"""The loose papers of kinds the classifier does not know, in the thirteenth held-apart set:
titles a letter or a word away from known ones (*PHIẾU CÂN XE* beside *PHIẾU THU*, *MỤC LỤC
VĂN BẢN TRONG HỒ SƠ*, *THÔNG ĐIỆP* beside *THÔNG BÁO*, *GIẤY BÁO CÓ* beside *GIẤY BÁO TỬ*,
*SƠ ĐỒ CHỖ NGỒI* beside *SƠ ĐỒ NHÀ ĐẤT*, *TỜ GẤP* beside *TỜ KHAI*, *CHỨNG THƯ THẨM ĐỊNH
GIÁ* beside *CHỨNG CHỈ*), and three with no title: a page of photographs with their
captions, a sheet of business cards and a printed e-mail."""

from __future__ import annotations

from page13 import (
    Maker,
    Paper,
    box_stamp,
    photo,
    rows,
    sign_both,
    sign_right,
    signer,
    title,
)


def papers(mk: Maker) -> list[Paper]:
    """The ten loose papers of no known type."""
    return [_weighbridge(mk), _contents(mk), _message(mk), _credit(mk), _seating(mk),
            _brochure(mk), _valuation(mk), _photos(mk), _cards(mk), _email(mk)]


def _other(kind: str, label: str, p: object, head: str | None) -> Paper:
    return Paper("other", label, kind, [p], {}, head)


def _weighbridge(mk: Maker) -> Paper:
    p = mk.page("cf", 9.5, (50.0, 160.0), 16.0)
    p.rect((44.0, 166.0, 10.0, 150.0), width=0.3)
    p.line("TRẠM CÂN ĐIỆN TỬ PHÚ LẠC - 60 TẤN", "b", 10.0, align="c")
    p.line("Thôn Phú Lạc, xã Tây Sơn, tỉnh Gia Lai", "r", 8.5, align="c")
    head = title(p, "PHIẾU CÂN XE", 14.0)
    for line in ("Số phiếu: C26-031877", "Biển số xe: 81C-214.06",
                 "Khách hàng: Đại lý nông sản Bảy Liên", "Hàng hóa: mì lát khô",
                 "Cân lần 1 (tổng): 24.860 kg - 07:42 19/03/2026",
                 "Cân lần 2 (bì): 9.310 kg - 08:25 19/03/2026",
                 "Khối lượng hàng: 15.550 kg", "Nhân viên cân: Rơ Châm Phiu"):
        p.field(line, pt=9.5)
    p.line("- - - - - - - - - - - - - - - - - -", "r", 9.0, align="c")
    p.line("Cảm ơn quý khách", "r", 9.0, align="c")
    return _other("phieu_can_xe_tram_phu_lac", "Phiếu cân xe", p, head)


def _contents(mk: Maker) -> Paper:
    p = mk.page("ct", 9.0, (12.0, 198.0), 12.0)
    p.line("Lưu trữ UBND phường Thuận Hóa - Hộp số 14, hồ sơ số 206", "r", 9.0)
    p.gap(2.0)
    head = title(p, "MỤC LỤC VĂN BẢN TRONG HỒ SƠ", 13.0,
                 ("Hồ sơ: đăng ký, chấm dứt hộ kinh doanh năm 2026 (quyển 2)",))
    items = ["Thông báo chấm dứt hoạt động hộ kinh doanh", "Biên bản họp gia đình",
             "Giấy chứng nhận đăng ký hộ kinh doanh (bản gốc)", "Bản chụp căn cước",
             "Giấy đề nghị đăng ký hộ kinh doanh", "Hợp đồng thuê mặt bằng",
             "Phiếu chuyển thông tin sang cơ quan thuế", "Biên lai lệ phí",
             "Thông báo thay đổi địa điểm kinh doanh", "Giấy ủy quyền nộp hồ sơ",
             "Phiếu hướng dẫn bổ sung", "Văn bản trả lời của cơ quan thuế"]
    p.table([12.0, 96.0, 30.0, 24.0, 24.0],
            [["TT", "Tên văn bản", "Ngày", "Số tờ", "Ghi chú"],
             *[[str(i + 1), n, f"{(i * 3) % 27 + 1:02d}/0{1 + i % 3}/2026", str(1 + i % 3),
                ""] for i, n in enumerate(items)]], aligns="clccc", pt=8.5)
    p.field("Hồ sơ gồm 12 văn bản, 22 tờ. Người lập: Nguyễn Thị Thu Sương (lưu trữ viên).",
            pt=9.0)
    return _other("muc_luc_van_ban_ho_so_luu_tru", "Mục lục văn bản trong hồ sơ", p, head)


def _message(mk: Maker) -> Paper:
    p = mk.page("cf", 11.0, (24.0, 186.0), 22.0)
    head = title(p, "THÔNG ĐIỆP\nHƯỞNG ỨNG NGÀY MÔI TRƯỜNG THẾ GIỚI 5/6/2026", 14.0)
    for para in ("Hãy nói không với túi ni lông khó phân hủy khi đi chợ.",
                 "Phân loại rác tại nguồn: rác hữu cơ, rác tái chế, rác còn lại.",
                 "Mỗi gia đình trồng ít nhất một cây xanh trước nhà.",
                 "Không đốt rơm rạ, không xả rác xuống kênh, mương."):
        p.p(para, pt=11.0, indent=0.0)
        p.gap(2.0)
    p.center("Hội Liên hiệp Phụ nữ xã Diễn Châu", "b", 10.5)
    return _other("thong_diep_ngay_moi_truong", "Thông điệp", p, head)


def _credit(mk: Maker) -> Paper:
    p = mk.page("ct", 10.0, (20.0, 190.0), 16.0, color=True)
    p.rect((14.0, 196.0, 10.0, 26.0), outline=None, fill=(0, 110, 80))
    p.put(20.0, 20.5, "NGÂN HÀNG TMCP NGOẠI THƯƠNG VIỆT NAM - CN NGHỆ AN", "b", 11.0,
          fill=(255, 255, 255))
    p.y = 32.0
    head = title(p, "GIẤY BÁO CÓ", 15.0, ("Liên 2 - giao khách hàng",))
    rows(p, ["Ngày: 20/03/2026     Số chứng từ: BC-0320-11852",
             "Tài khoản ghi có: 3702 0519 8846 - CAO VAN THINH",
             "Đơn vị chuyển: BAO HIEM XA HOI CO SO DIEN CHAU",
             "Số tiền: 231.846.000 VND",
             "Bằng chữ: hai trăm ba mươi mốt triệu tám trăm bốn mươi sáu nghìn đồng",
             "Nội dung: CHI TRA BHXH MOT LAN - MA SO 4009218374"], pt=10.0)
    sign_both(p, signer(["GIAO DỊCH VIÊN"], "Hồ Thị Kim Liên", space=10.0, pt=10.0),
              signer(["KIỂM SOÁT"], "Trần Văn Quế", space=10.0, pt=10.0))
    return _other("giay_bao_co_vietcombank", "Giấy báo có", p, head)


def _seating(mk: Maker) -> Paper:
    p = mk.page("ct", 9.5, (16.0, 194.0), 16.0)
    head = title(p, "SƠ ĐỒ CHỖ NGỒI HỘI NGHỊ", 14.0,
                 ("Tổng kết công tác cải cách hành chính năm 2025 - Hội trường UBND xã",))
    top = p.y + 4.0
    p.rect((60.0, 150.0, top, top + 14.0), width=0.5)
    p.put(86.0, top + 9.0, "ĐOÀN CHỦ TỊCH", "b", 10.0)
    for r in range(4):
        for c in range(4):
            x = 24.0 + c * 42.0
            y = top + 24.0 + r * 22.0
            p.rect((x, x + 36.0, y, y + 14.0), width=0.3)
            p.put(x + 3.0, y + 9.0, f"Dãy {'ABCD'[r]} - bàn {c + 1}", "r", 9.0)
    p.y = top + 116.0
    p.field("Đại biểu khối đoàn thể ngồi dãy A, B; trưởng thôn ngồi dãy C, D. Lối thoát hiểm "
            "phía cửa hông bên phải.", pt=9.5)
    return _other("so_do_cho_ngoi_hoi_nghi_cchc", "Sơ đồ chỗ ngồi hội nghị", p, head)


def _brochure(mk: Maker) -> Paper:
    p = mk.page("cf", 11.0, (22.0, 188.0), 20.0, color=True)
    p.rect((14.0, 196.0, 12.0, 230.0), width=1.5, outline=(230, 120, 30), radius=6.0)
    head = title(p, "TỜ GẤP\nPHÒNG, CHỐNG ĐUỐI NƯỚC CHO TRẺ EM", 15.0)
    for tip in ("1. Không để trẻ chơi gần ao, hồ, kênh, mương khi không có người lớn.",
                "2. Đậy kín lu, bể, giếng nước; rào chắn ao trong vườn nhà.",
                "3. Cho trẻ từ 6 tuổi học bơi và kỹ năng an toàn trong môi trường nước.",
                "4. Khi thấy người đuối nước: hô hoạn, ném phao, không nhảy xuống nếu không "
                "biết bơi.",
                "Đường dây nóng bảo vệ trẻ em: 111 (miễn phí, 24/7)."):
        p.p(tip, pt=11.0, indent=0.0)
        p.gap(2.0)
    p.center("Đoàn Thanh niên xã Năm Căn phát hành - tháng 3/2026", "r", 9.5)
    return _other("to_gap_phong_chong_duoi_nuoc", "Tờ gấp", p, head)


def _valuation(mk: Maker) -> Paper:
    p = mk.page("jn", 12.0, (30.0, 180.0), 26.0, dpi=300, color=True)
    p.rect((16.0, 194.0, 14.0, 210.0), width=2.0, outline=(30, 90, 150))
    p.rect((20.0, 190.0, 18.0, 206.0), width=0.5, outline=(30, 90, 150))
    p.center("CÔNG TY CỔ PHẦN THẨM ĐỊNH GIÁ HOÀNG MINH ĐẠT", "b", 11.5)
    p.gap(6.0)
    head = title(p, "CHỨNG THƯ THẨM ĐỊNH GIÁ", 20.0, ("Số: 0326/2026/CT-HMĐ",))
    for line in ("Khách hàng: Ngân hàng TMCP Quân đội - chi nhánh Hải Phòng",
                 "Tài sản: quyền sử dụng đất và nhà ở tại thửa số 77, tờ bản đồ số 12,",
                 "phường Thủy Nguyên, thành phố Hải Phòng",
                 "Mục đích: làm cơ sở cho vay có bảo đảm",
                 "Thời điểm thẩm định: tháng 3/2026",
                 "Giá trị tài sản: 3.870.000.000 đồng"):
        p.center(line, "r", 12.0)
    p.right("Hải Phòng, ngày 16 tháng 3 năm 2026", "i", 11.5)
    sign_right(p, signer(["TỔNG GIÁM ĐỐC"], "Thẩm định viên Đỗ Minh Đạt", space=16.0, pt=11.5),
               seal=True)
    return _other("chung_thu_tham_dinh_gia_nha_dat", "Chứng thư thẩm định giá", p, head)


def _photos(mk: Maker) -> Paper:
    p = mk.page("ct", 9.5, (16.0, 194.0), 16.0)
    top = p.y
    for k, caption in enumerate(("Ảnh 1: mặt tiền nhà số 14 nhìn từ đường",
                                 "Ảnh 2: tường rào giáp nhà bà Tư (phía đông)",
                                 "Ảnh 3: vết nứt sân sau khi đào móng bên cạnh",
                                 "Ảnh 4: mương thoát nước phía sau nhà")):
        x = 16.0 + (k % 2) * 92.0
        y = top + (k // 2) * 82.0
        photo(p, x, y, 86.0, 66.0)
        p.put(x, y + 72.0, caption, "r", 9.0)
    p.y = top + 170.0
    box_stamp(p, ["Ngày chụp 28/02/2026"], 16.0, p.y, pt=8.5)
    return _other("anh_hien_trang_khong_tieu_de", "Ảnh hiện trạng", p, None)


def _cards(mk: Maker) -> Paper:
    p = mk.page("ct", 9.0, (16.0, 194.0), 16.0)
    people = [("TẠ QUỐC VIỆT", "Chuyên viên pháp chế", "Công ty CP Logistics Cảng Cái Mép",
               "0909 418 276"),
              ("NGÔ QUANG THIỀU", "Chuyên viên", "Trung tâm Phục vụ hành chính công",
               "0222 3 874 112"),
              ("ĐỖ MINH ĐẠT", "Thẩm định viên về giá", "Thẩm định giá Hoàng Minh Đạt",
               "0912 604 338"),
              ("BẠCH VĂN HƯNG", "Đội trưởng thi công", "Nền móng Kinh Bắc", "0987 120 455")]
    for k, (name, role, firm, phone) in enumerate(people):
        x = 20.0 + (k % 2) * 90.0
        y = 24.0 + (k // 2) * 60.0
        p.rect((x, x + 84.0, y, y + 50.0), width=0.3, radius=2.0)
        for j, (text, style, pt) in enumerate(((name, "b", 10.5), (role, "r", 8.5),
                                               (firm, "r", 8.5), (f"ĐT: {phone}", "r", 8.5))):
            p.put(x + 5.0, y + 12.0 + 9.0 * j, text, style, pt)
    p.y = 150.0
    return _other("danh_thiep_chup_khong_tieu_de", "Danh thiếp", p, None)


def _email(mk: Maker) -> Paper:
    p = mk.page("ct", 9.5, (20.0, 190.0), 18.0)
    rows(p, ["Từ: hr@nenmongkinhbac.vn",
             "Đến: joel.manalo@mail.ph",
             "Ngày: 11/03/2026 08:42",
             "Chủ đề: Criminal record certificate - urgent"], pt=9.5)
    p.hline(20.0, 190.0, p.y + 1.0, 0.3)
    p.gap(4.0)
    for para in ("Dear Joel,",
                 "The Department of Home Affairs of Bac Ninh received our work permit dossier "
                 "yesterday, but your NBI clearance is still missing. Please send the original, "
                 "legalised by the Vietnamese Embassy in Manila, before 17 March.",
                 "Chị Nhung (phòng nhân sự) sẽ nộp bổ sung ngay khi nhận được bản gốc.",
                 "Best regards, Nhung"):
        p.p(para, pt=9.5, indent=0.0)
        p.gap(1.5)
    p.line("1/1", "r", 8.0, align="r")
    return _other("thu_dien_tu_in_khong_tieu_de", "Thư điện tử", p, None)
