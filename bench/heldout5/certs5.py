"""More loose papers of known types in the fifth held-apart set: a request to complete a
dossier, a residence confirmation (form CT07), a commune's notice, an upper-secondary diploma
(colour, 300 dpi), a company's cash receipt and a health certificate."""

from __future__ import annotations

from datetime import date

from page5 import (
    Maker,
    Paper,
    dmy,
    form_no,
    header,
    recipients,
    sign_both,
    sign_right,
    signer,
    title,
    words,
)


def completion_request(mk: Maker) -> Paper:
    p = mk.page("heros", 12.0, (20.0, 194.0), 12.0)
    header(p, ("UBND XÃ BẢO LÂM", "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"), None,
           f"Bảo Lâm, {words(date(2025, 11, 6))}", pt=11.5, split=92.0)
    head = title(p, "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", 14.0)
    p.field("Mã hồ sơ: 000.40.11.H12-251104-0208")
    p.field("Trung tâm Phục vụ hành chính công xã Bảo Lâm tiếp nhận hồ sơ của:")
    p.field("Ông MA VĂN THUẬN", style="b", x0=32.0)
    p.field("Điện thoại: 0912 604 338   Địa chỉ: thôn Nà Van, xã Bảo Lâm, tỉnh Cao Bằng",
            hang=4.0)
    p.field("Nội dung yêu cầu giải quyết: Đăng ký lại khai sinh cho ông Ma Văn Thuận", hang=4.0)
    p.field("Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:")
    for item in ["Bổ sung bản sao giấy tờ, tài liệu có thông tin về họ tên, ngày sinh (học "
                 "bạ, bằng tốt nghiệp, hồ sơ học tập);",
                 "Tờ khai ghi thiếu thông tin quê quán của người cha."]:
        p.para(f"- {item}", indent=6.0, hang=9.0)
    p.field("Lý do: hồ sơ chưa đủ căn cứ xác định nội dung khai sinh theo quy định.", hang=4.0)
    p.gap(3.0)
    sign_right(p, signer(["NGƯỜI HƯỚNG DẪN"], "Lục Thị Phượng", "(Ký, ghi rõ họ tên)", 14.0,
                         12.0))
    return Paper("phieu_yeu_cau_bo_sung", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
                 "yeu_cau_bo_sung", [p],
                 {"ngay_ban_hanh": "2025-11-06", "ho_ten": "MA VĂN THUẬN",
                  "thu_tuc": "Đăng ký lại khai sinh cho ông Ma Văn Thuận"}, head)


def residence(mk: Maker) -> Paper:
    who = mk.person("Giàng Thị Mỷ", "2003-06-30", False, "011", "bản Huổi Lóng, xã Mường "
                    "Phăng, tỉnh Điện Biên")
    p = mk.page("termes", 12.5, (22.0, 194.0), 12.0)
    form_no(p, "Mẫu CT07 ban hành kèm theo Thông tư số 66/2023/TT-BCA")
    header(p, ("CÔNG AN TỈNH ĐIỆN BIÊN", "CÔNG AN XÃ MƯỜNG PHĂNG"), "2206/XN-CAX",
           f"Mường Phăng, {words(date(2025, 10, 30))}", pt=11.5, split=92.0)
    head = title(p, "XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ", 15.0)
    p.field("Công an xã Mường Phăng xác nhận thông tin về cư trú của công dân như sau:")
    p.field(f"1. Họ, chữ đệm và tên: {who.upper}")
    p.field(f"2. Ngày, tháng, năm sinh: {dmy(who.born)}   3. Giới tính: Nữ")
    p.field(f"4. Số định danh cá nhân: {who.cccd}")
    p.field("5. Dân tộc: Mông   6. Tôn giáo: Không   7. Quốc tịch: Việt Nam")
    p.field(f"8. Nơi thường trú: {who.home}", hang=6.0)
    p.field("9. Nơi tạm trú: không   10. Nơi ở hiện tại: như nơi thường trú")
    p.field("11. Thông tin thành viên hộ gia đình: chủ hộ Giàng A Sùng (bố), số định danh "
            "011071004583", hang=6.0)
    p.field("Giấy xác nhận có giá trị 30 ngày kể từ ngày cấp.", style="i")
    p.gap(3.0)
    sign_right(p, signer(["TRƯỞNG CÔNG AN XÃ"], "Thượng úy Lầu A Dế", "", 20.0, 12.5),
               seal=True)
    return Paper("giay_xac_nhan_cu_tru", "Xác nhận thông tin về cư trú", "ct07", [p],
                 {"so_ky_hieu": "2206/XN-CAX", "ngay_ban_hanh": "2025-10-30",
                  "co_quan_ban_hanh": "Công an xã Mường Phăng", "ho_ten": who.upper,
                  "so_cccd": who.cccd}, head)


def notice(mk: Maker) -> Paper:
    p = mk.page("termes", 13.0, (26.0, 192.0), 12.0)
    header(p, ("ỦY BAN NHÂN DÂN", "PHƯỜNG ĐÔNG HÀ"), "204/TB-UBND",
           f"Đông Hà, {words(date(2025, 12, 3))}", pt=12.5)
    head = title(p, "THÔNG BÁO", 14.5)
    p.center("Lịch tiếp nhận hồ sơ trực tuyến toàn trình trong dịp cuối năm 2025", "b", 13.0)
    p.gap(2.0)
    for text in ["Thực hiện Kế hoạch số 112/KH-UBND ngày 20/11/2025 của Ủy ban nhân dân tỉnh "
                 "Quảng Trị về chuyển đổi số năm 2025, Ủy ban nhân dân phường Đông Hà thông báo:",
                 "1. Từ ngày 15/12/2025, các thủ tục đăng ký khai sinh, khai tử, kết hôn được "
                 "tiếp nhận trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia.",
                 "2. Công dân nộp hồ sơ giấy tại Trung tâm Phục vụ hành chính công phường vào "
                 "giờ hành chính các ngày làm việc trong tuần.",
                 "Ủy ban nhân dân phường thông báo để Nhân dân được biết, thực hiện./."]:
        p.p(text, align="j")
    p.gap(3.0)
    sign_both(p, recipients(["Các tổ dân phố", "Đài truyền thanh phường", "Lưu: VT"]),
              signer(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Lê Quang Chiến", "", 20.0, 13.0),
              seal="right")
    return Paper("thong_bao", "Thông báo", "thong_bao_lich", [p],
                 {"so_ky_hieu": "204/TB-UBND", "ngay_ban_hanh": "2025-12-03",
                  "co_quan_ban_hanh": "Ủy ban nhân dân phường Đông Hà"}, head)


def diploma(mk: Maker) -> Paper:
    p = mk.page("termes", 13.0, (30.0, 180.0), 30.0, dpi=300, color=True)
    p.frame()
    p.center("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", 13.0)
    p.center("Độc lập - Tự do - Hạnh phúc", "b", 13.0)
    p.gap(10.0)
    head = title(p, "BẰNG TỐT NGHIỆP\nTRUNG HỌC PHỔ THÔNG", 20.0)
    p.gap(4.0)
    p.center("GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NINH BÌNH", "b", 12.5)
    p.center("cấp bằng tốt nghiệp trung học phổ thông cho:", "i", 12.5)
    p.gap(3.0)
    p.center("Họ và tên: Trần Đinh Quỳnh Như", "b", 15.0)
    for text in ["Ngày sinh: 19/08/2006", "Nơi sinh: Nam Định",
                 "Học sinh trường: THPT Lê Hồng Phong", "Khóa thi ngày: 26/06/2024",
                 "Xếp loại: Khá"]:
        p.center(text, "r", 13.0)
    p.gap(4.0)
    p.line(f"Ninh Bình, {words(date(2024, 7, 24))}", "i", 12.5, align="r")
    sign_right(p, signer(["GIÁM ĐỐC"], "Phạm Văn Lực", "", 22.0, 13.0), seal=True)
    p.line("Số hiệu: NB 0241877", "r", 11.5)
    p.line("Số vào sổ cấp bằng: 1562/TN-THPT", "r", 11.5)
    return Paper("bang_cap", "Bằng tốt nghiệp trung học phổ thông", "bang_thpt", [p],
                 {"so_ky_hieu": "NB 0241877", "ngay_ban_hanh": "2024-07-24",
                  "co_quan_ban_hanh": "Sở Giáo dục và Đào tạo tỉnh Ninh Bình",
                  "ho_ten": "Trần Đinh Quỳnh Như"}, head)


def cash_receipt(mk: Maker) -> Paper:
    p = mk.page("heros", 12.0, (18.0, 194.0), 12.0)
    p.line("CÔNG TY CỔ PHẦN CẤP NƯỚC SƠN LA", "b", 11.5)
    p.line("Địa chỉ: số 55 đường Tô Hiệu, phường Tô Hiệu, tỉnh Sơn La", "r", 10.0)
    p.line("Mẫu số 01-TT", "b", 10.0, align="r")
    p.gap(2.0)
    head = title(p, "PHIẾU THU", 17.0, [f"Ngày {dmy(date(2025, 11, 20))}"])
    p.line("Quyển số: 07   Số: PT11-0385   Nợ: 1111   Có: 131", "r", 11.0, align="r")
    p.field("Họ và tên người nộp tiền:")
    p.field("LÒ THỊ NGA", style="b", x0=30.0)
    p.field("Địa chỉ: tổ 4, phường Chiềng Cơi, tỉnh Sơn La")
    p.field("Lý do nộp: thanh toán chi phí lắp đặt đồng hồ nước, hợp đồng số 1047/HĐ-CN",
            hang=4.0)
    p.field("Số tiền: 2.650.000 đồng (Viết bằng chữ): Hai triệu sáu trăm năm mươi nghìn đồng",
            hang=4.0)
    p.gap(3.0)
    sign_both(p, signer(["NGƯỜI NỘP TIỀN"], "Lò Thị Nga", "", 14.0, 11.5),
              signer(["THỦ QUỸ"], "Bạc Cầm Ly", "", 14.0, 11.5))
    return Paper("phieu_thu", "Phiếu thu", "phieu_thu_cong_ty", [p],
                 {"so_ky_hieu": "PT11-0385", "ngay_ban_hanh": "2025-11-20",
                  "co_quan_ban_hanh": "Công ty Cổ phần Cấp nước Sơn La", "ho_ten": "LÒ THỊ NGA"},
                 head)


def health(mk: Maker) -> Paper:
    who = mk.person("Đặng Quốc Bảo", "1999-11-03", True, "019", "phường Tân Thịnh, tỉnh "
                    "Thái Nguyên")
    p = mk.page("heros", 11.5, (18.0, 194.0), 12.0)
    header(p, ("SỞ Y TẾ TỈNH LẠNG SƠN", "BỆNH VIỆN ĐA KHOA", "KHU VỰC CAO LỘC"), "5817/GKSK",
           None, pt=11.0, split=90.0)
    head = title(p, "GIẤY KHÁM SỨC KHỎE", 15.0, ["(Dùng cho người từ đủ 18 tuổi trở lên)"])
    p.field(f"Họ và tên (chữ in hoa): {who.upper}   Giới tính: Nam   Tuổi: 26")
    p.field(f"Số CCCD/Hộ chiếu: {who.cccd}   cấp ngày 15/10/2021 tại Cục CS QLHC về TTXH",
            hang=4.0)
    p.field(f"Chỗ ở hiện tại: {who.home}")
    p.field("Lý do khám sức khỏe: bổ sung hồ sơ dự tuyển viên chức")
    p.table([60.0, 116.0], [["Chuyên khoa", "Kết quả"],
                            ["Nội khoa", "Tuần hoàn, hô hấp, tiêu hóa bình thường"],
                            ["Mắt", "Không kính: mắt phải 10/10, mắt trái 10/10"],
                            ["Xét nghiệm máu", "Trong giới hạn bình thường"]], pt=11.0)
    p.field("KẾT LUẬN: Đủ sức khỏe để học tập, làm việc.", style="b")
    p.line(f"Cao Lộc, {words(date(2025, 12, 4))}", "i", 11.5, align="r")
    sign_right(p, signer(["NGƯỜI KẾT LUẬN"], "BSCKI. Hoàng Thị Lan", "", 18.0, 11.5),
               seal=True)
    return Paper("giay_kham_suc_khoe", "Giấy khám sức khỏe", "kham_suc_khoe", [p],
                 {"so_ky_hieu": "5817/GKSK", "ngay_ban_hanh": "2025-12-04",
                  "co_quan_ban_hanh": "Bệnh viện Đa khoa khu vực Cao Lộc", "ho_ten": who.upper,
                  "so_cccd": who.cccd}, head)
