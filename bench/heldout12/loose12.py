"""The loose papers of known types of the twelfth held-apart set, in scan order: an adoption
certificate of 2017 and the birth mother's consent, a cooperative's invitation, a control slip
of many rows, a 2019 death certificate, a household book of 2014 (photocopy), a canteen's
receipt voucher, a clinic's licence of 2021, a request to complete a food-safety dossier and a
ward's food-safety report (2 p., the second headed "Trang 2/2")."""

from __future__ import annotations

from page12 import (
    Maker,
    Paper,
    copy_stamp,
    header,
    motto,
    page_number,
    recipients,
    rows,
    sign_both,
    sign_right,
    signer,
    stamp,
    title,
    underlined_title,
)


def known(mk: Maker) -> list[Paper]:
    """The ten loose papers of known types."""
    return [_adoption(mk), _consent(mk), _invitation(mk), _control(mk), _death(mk),
            _household(mk), _voucher(mk), _clinic(mk), _complete(mk), *_report(mk)]


def _adoption(mk: Maker) -> Paper:
    p = mk.page("vk", 12.0, (24.0, 188.0), 20.0, dpi=300, color=True)
    p.frame()
    header(p, ["UBND HUYỆN TƯ NGHĨA", "UBND XÃ NGHĨA TRUNG"], "05/2017",
           "Nghĩa Trung, ngày 16 tháng 11 năm 2017", pt=10.5)
    head = title(p, "GIẤY CHỨNG NHẬN NUÔI CON NUÔI", 16.0)
    rows(p, ["Họ, chữ đệm, tên cha nuôi: VÕ THANH TÙNG, sinh năm 1978, số CMND 212084475",
             "Họ, chữ đệm, tên mẹ nuôi: HUỲNH THỊ NGỌC DIỄM, sinh năm 1981, số CMND 212163390",
             "Nơi cư trú: thôn An Hội Bắc, xã Nghĩa Trung, huyện Tư Nghĩa, tỉnh Quảng Ngãi",
             "Họ, chữ đệm, tên con nuôi: VÕ HUỲNH GIA HÂN",
             "Ngày sinh: 09/4/2015     Giới tính: Nữ",
             "Nơi sinh: Bệnh viện Đa khoa tỉnh Quảng Ngãi",
             "Cha mẹ đẻ: Trần Văn Lâm và Lê Thị Thu (đồng ý tại văn bản ngày 20/9/2017)",
             "Số đăng ký: Quyển số 01/2017, số 05"], pt=12.0)
    sign_right(p, signer(["CHỦ TỊCH"], "Phạm Hồng Quân", space=18.0, pt=12.0), seal=True)
    return Paper("giay_chung_nhan_nuoi_con_nuoi", "Giấy chứng nhận nuôi con nuôi",
                 "gcn_nuoi_con_nuoi_2017_huyen_cu", [p],
                 {"so_ky_hieu": "05/2017", "ngay_ban_hanh": "2017-11-16",
                  "co_quan_ban_hanh": "UBND XÃ NGHĨA TRUNG", "ho_ten": "VÕ HUỲNH GIA HÂN"}, head)


def _consent(mk: Maker) -> Paper:
    p = mk.page("vk", 12.0, (22.0, 190.0), 16.0)
    motto(p, 12.5)
    head = title(p, "VĂN BẢN ĐỒNG Ý\nCHO TRẺ EM ĐƯỢC LÀM CON NUÔI", 14.0)
    p.center("Kính gửi: Ủy ban nhân dân xã Bình Minh, tỉnh Quảng Ngãi", "r", 12.0)
    rows(p, ["Tôi tên là: ĐINH THỊ HOA, sinh ngày 12/8/2002",
             "Số định danh cá nhân: 051302007618",
             "Nơi cư trú: thôn Tây, xã Bình Minh, tỉnh Quảng Ngãi",
             "Là mẹ đẻ của cháu: ĐINH BẢO NGỌC, sinh ngày 30/12/2025",
             "Người nhận con nuôi: ông LÊ VĂN PHÚC (số định danh 051080009314) và bà NGUYỄN THỊ "
             "THU VÂN (số định danh 051184003127)"], pt=12.0)
    p.p("Tôi đã được tư vấn đầy đủ về mục đích, hệ quả của việc nuôi con nuôi theo Điều 21 Luật "
        "Nuôi con nuôi ngày 17 tháng 6 năm 2010; tự nguyện đồng ý cho con tôi làm con nuôi, không "
        "nhận bất kỳ khoản tiền, lợi ích vật chất nào.", pt=12.0, align="j")
    p.right("Bình Minh, ngày 09 tháng 3 năm 2026", "i", 12.0)
    sign_both(p, signer(["CÔNG CHỨC TƯ PHÁP - HỘ TỊCH", "(đã tư vấn, lấy ý kiến)"],
                        "Nguyễn Văn Đạt", space=16.0, pt=11.0),
              signer(["NGƯỜI ĐỒNG Ý"], "ĐINH THỊ HOA", space=16.0, pt=11.0))
    return Paper("van_ban_thoa_thuan", "Văn bản đồng ý", "dong_y_cho_con_nuoi_me_de", [p],
                 {"ho_ten": "ĐINH THỊ HOA", "so_cccd": "051302007618",
                  "ngay_ban_hanh": "2026-03-09"}, head)


def _invitation(mk: Maker) -> Paper:
    p = mk.page("mr", 11.0, (22.0, 190.0), 16.0)
    header(p, ["HTX NÔNG NGHIỆP DỊCH VỤ", "TỔNG HỢP KRÔNG BÔNG"], "04/GM-HTX",
           "Krông Bông, ngày 18 tháng 3 năm 2026", pt=10.0, parents=0)
    head = title(p, "GIẤY MỜI", 16.0, ("Dự Đại hội thành viên thường niên năm 2026",))
    rows(p, ["Kính gửi: Ông (bà) H'NGUYÊN ÊBAN - thành viên hợp tác xã",
             "Thời gian: 07 giờ 30 phút, ngày 28/3/2026 (thứ Bảy)",
             "Địa điểm: Hội trường thôn 4, xã Krông Bông, tỉnh Đắk Lắk",
             "Nội dung: báo cáo kết quả năm 2025; phân phối thu nhập; kế hoạch năm 2026; bầu bổ "
             "sung thành viên Hội đồng quản trị.",
             "Thành viên mang theo sổ góp vốn. Đại hội được tổ chức theo Điều lệ thông qua ngày "
             "10 tháng 5 năm 2022."], pt=11.0)
    sign_right(p, signer(["CHỦ TỊCH HĐQT"], "Y Thuôn Ktla", space=16.0, pt=11.0), seal=True)
    return Paper("giay_moi", "Giấy mời", "giay_moi_dai_hoi_htx_thuong_nien", [p],
                 {"so_ky_hieu": "04/GM-HTX", "ngay_ban_hanh": "2026-03-18",
                  "ho_ten": "H'NGUYÊN ÊBAN",
                  "co_quan_ban_hanh": "HTX NÔNG NGHIỆP DỊCH VỤ TỔNG HỢP KRÔNG BÔNG"}, head)


def _control(mk: Maker) -> Paper:
    p = mk.page("jb", 8.5, (10.0, 200.0), 12.0)
    p.line("SỞ Y TẾ THÀNH PHỐ CẦN THƠ - BỘ PHẬN MỘT CỬA", "b", 9.0)
    p.gap(3.0)
    head = title(p, "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", 11.5)
    rows(p, ["Mã hồ sơ: 000.00.09.H13-260226-0207 (hồ sơ khác, không thuộc lô này)",
             "Tên TTHC: Cấp lại chứng chỉ hành nghề dược do bị hư hỏng",
             "Người nộp: Kim Thị Sa Rây"], pt=8.5)
    steps = [("Tiếp nhận hồ sơ", "Lâm Quốc Bảo", "26/02 08:15", "26/02 08:15"),
             ("Chuyển Phòng Nghiệp vụ Dược", "Lâm Quốc Bảo", "26/02 10:00", "26/02 09:40"),
             ("Phân công thụ lý", "Trưởng phòng", "27/02 17:00", "27/02 14:20"),
             ("Thẩm định hồ sơ", "DS. Huỳnh Kim Ngân", "04/03 17:00", "03/03 16:05"),
             ("Dự thảo văn bản", "DS. Huỳnh Kim Ngân", "05/03 17:00", "05/03 11:30"),
             ("Trình lãnh đạo phòng", "Trưởng phòng", "06/03 17:00", "06/03 08:50"),
             ("Trình lãnh đạo Sở", "Văn phòng Sở", "09/03 17:00", "10/03 15:10"),
             ("Ký duyệt", "Phó Giám đốc Sở", "10/03 17:00", "11/03 09:00"),
             ("Vào sổ, đóng dấu", "Văn thư", "11/03 17:00", "11/03 10:25"),
             ("Chuyển Bộ phận Một cửa", "Văn thư", "11/03 17:00", "11/03 14:00"),
             ("Trả kết quả", "Lâm Quốc Bảo", "12/03 17:00", "13/03 08:30")]
    p.table([10.0, 58.0, 42.0, 30.0, 30.0, 20.0],
            [["TT", "Bước xử lý", "Người thực hiện", "Hạn", "Thực tế", "Kết quả"],
             *[[str(i + 1), a, b, c, d, "trễ" if i in (6, 7, 10) else "đúng hạn"]
               for i, (a, b, c, d) in enumerate(steps)]], aligns="cllccc", pt=8.0)
    p.field("Hồ sơ trễ hạn 01 ngày do lãnh đạo Sở đi công tác; đã gửi phiếu xin lỗi.", pt=8.5)
    return Paper("phieu_kiem_soat", "Phiếu kiểm soát quá trình giải quyết hồ sơ",
                 "phieu_kiem_soat_11_buoc_cchn", [p],
                 {"thu_tuc": "Cấp lại chứng chỉ hành nghề dược do bị hư hỏng",
                  "ho_ten": "Kim Thị Sa Rây"}, head)


def _death(mk: Maker) -> Paper:
    p = mk.page("vk", 12.0, (22.0, 190.0), 16.0)
    header(p, ["UBND QUẬN HẢI CHÂU", "UBND PHƯỜNG THẠCH THANG"], "112",
           "Thạch Thang, ngày 03 tháng 9 năm 2019", pt=10.5)
    head = underlined_title(p, "GIẤY CHỨNG TỬ", 16.0)
    rows(p, ["Họ, chữ đệm, tên: LƯU VĂN KHOA     Giới tính: Nam",
             "Ngày, tháng, năm sinh: 15/01/1941     Dân tộc: Kinh     Quốc tịch: Việt Nam",
             "Số định danh cá nhân: 048041001372",
             "Nơi cư trú cuối cùng: 21 Lê Lợi, phường Thạch Thang, quận Hải Châu",
             "Đã chết vào lúc: 22 giờ 10 phút, ngày 31/8/2019",
             "Nơi chết: tại nhà     Nguyên nhân chết: bệnh già",
             "Giấy báo tử số 61/GBT ngày 01/9/2019 của Trạm Y tế phường",
             "Người đi khai tử: LƯU THỊ MINH, con, số CMND 201562847"], pt=12.0)
    sign_right(p, signer(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Đoàn Minh Nhật", space=18.0,
                         pt=12.0), seal=True)
    return Paper("giay_chung_tu", "Giấy chứng tử", "giay_chung_tu_2019_quan_hai_chau", [p],
                 {"so_ky_hieu": "112", "ngay_ban_hanh": "2019-09-03", "ho_ten": "LƯU VĂN KHOA",
                  "so_cccd": "048041001372", "co_quan_ban_hanh": "UBND PHƯỜNG THẠCH THANG"},
                 head)


def _household(mk: Maker) -> Paper:
    p = mk.page("vk", 11.0, (24.0, 188.0), 20.0)
    p.rect((22.0, 190.0, 16.0, 150.0), width=0.5)
    p.center("BỘ CÔNG AN", "b", 11.0)
    head = title(p, "SỔ HỘ KHẨU", 18.0)
    rows(p, ["Số: 480275816", "Họ và tên chủ hộ: TÔN NỮ THANH THỦY",
             "Nơi thường trú: tổ 14, phường An Hải Bắc, quận Sơn Trà, TP Đà Nẵng",
             "Sổ đăng ký thường trú số: 27, tờ số: 115"], pt=11.0)
    p.right("Đà Nẵng, ngày 22 tháng 5 năm 2014", "i", 11.0)
    sign_right(p, signer(["TRƯỞNG CÔNG AN QUẬN SƠN TRÀ"], "Thượng tá Lê Công Minh", space=14.0,
                         pt=11.0), seal=True)
    p.y = 158.0
    p.field("(Trang 1 - bản chụp; sổ hết giá trị sử dụng từ 01/01/2023)", style="i", pt=9.5)
    return Paper("so_ho_khau", "Sổ hộ khẩu", "so_ho_khau_2014_son_tra_chup", [p],
                 {"so_ky_hieu": "480275816", "ho_ten": "TÔN NỮ THANH THỦY",
                  "ngay_ban_hanh": "2014-05-22", "co_quan_ban_hanh": "CÔNG AN QUẬN SƠN TRÀ"}, head)


def _voucher(mk: Maker) -> Paper:
    p = mk.page("jb", 9.0, (16.0, 194.0), 14.0)
    p.line("CÔNG TY TNHH SUẤT ĂN HẢI CHÂU XANH", "b", 9.5)
    p.line("MST: 0402218746 - 45 Lê Đình Dương, Hải Châu, Đà Nẵng", "r", 8.5)
    p.gap(3.0)
    head = title(p, "PHIẾU THU", 14.0, ("Liên 2: giao khách hàng",))
    rows(p, ["Số phiếu: PT0326-0448     Ngày 20/03/2026",
             "Họ tên người nộp tiền: ĐOÀN THỊ KIM CHI",
             "Đơn vị: Trường Tiểu học Trần Cao Vân, phường Hải Châu",
             "Lý do nộp: tiền suất ăn bán trú tháng 3/2026 (lớp 2/4, 31 học sinh)",
             "Số tiền: 18.910.000 đồng (mười tám triệu chín trăm mười nghìn đồng)",
             "Hình thức: chuyển khoản từ tài khoản 000248817365 (Vietinbank)"], pt=9.0)
    sign_both(p, signer(["NGƯỜI NỘP TIỀN"], "Đoàn Thị Kim Chi", space=12.0, pt=9.0),
              signer(["THỦ QUỸ"], "Lê Thị Kiều", space=12.0, pt=9.0))
    return Paper("phieu_thu", "Phiếu thu", "phieu_thu_suat_an_ban_tru", [p],
                 {"so_ky_hieu": "PT0326-0448", "ngay_ban_hanh": "2026-03-20",
                  "ho_ten": "ĐOÀN THỊ KIM CHI",
                  "co_quan_ban_hanh": "CÔNG TY TNHH SUẤT ĂN HẢI CHÂU XANH"}, head)


def _clinic(mk: Maker) -> Paper:
    p = mk.page("vk", 12.0, (22.0, 190.0), 16.0)
    header(p, ["UBND TỈNH HẬU GIANG", "SỞ Y TẾ"], "318/HG-GPHĐ",
           "Hậu Giang, ngày 14 tháng 6 năm 2021", pt=10.5)
    head = title(p, "GIẤY PHÉP HOẠT ĐỘNG\nKHÁM BỆNH, CHỮA BỆNH", 15.0)
    rows(p, ["GIÁM ĐỐC SỞ Y TẾ TỈNH HẬU GIANG",
             "Căn cứ Luật Khám bệnh, chữa bệnh ngày 23 tháng 11 năm 2009; Nghị định số "
             "109/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ,",
             "Cho phép: PHÒNG KHÁM CHUYÊN KHOA NỘI TÂM AN",
             "Địa chỉ: số 5 Trần Hưng Đạo, phường V, thành phố Vị Thanh, tỉnh Hậu Giang",
             "Người chịu trách nhiệm chuyên môn: BS.CKI NGUYỄN TÂM AN, chứng chỉ số 002147/HG-CCHN",
             "Phạm vi hoạt động chuyên môn: khám bệnh, chữa bệnh chuyên khoa nội",
             "Thời gian làm việc: 17 giờ - 20 giờ các ngày trong tuần"], pt=12.0)
    sign_right(p, signer(["GIÁM ĐỐC"], "Lâm Văn Đẹp", space=18.0, pt=12.0), seal=True)
    stamp(p, ["Đã cập nhật địa danh: phường Vị Thanh,", "thành phố Cần Thơ - 15/8/2025"], 24.0,
          p.y - 24.0)
    copy_stamp(p, 24.0, p.y + 4.0, office="Sở Y tế Cần Thơ", number="41/SY-SYT",
               dated="ngày 02/3/2026", certified=False)
    return Paper("giay_phep", "Giấy phép hoạt động", "gphd_phong_kham_2021_hau_giang", [p],
                 {"so_ky_hieu": "318/HG-GPHĐ", "ngay_ban_hanh": "2021-06-14",
                  "co_quan_ban_hanh": "SỞ Y TẾ"}, head)


def _complete(mk: Maker) -> Paper:
    p = mk.page("mr", 10.5, (20.0, 192.0), 16.0)
    header(p, ["UBND THÀNH PHỐ ĐÀ NẴNG", "BAN QUẢN LÝ AN TOÀN THỰC PHẨM"], "087/HDHS-BQL",
           "Đà Nẵng, ngày 16 tháng 3 năm 2026", pt=10.0)
    head = title(p, "PHIẾU HƯỚNG DẪN HOÀN THIỆN HỒ SƠ", 13.5)
    rows(p, ["Mã hồ sơ: 000.00.05.H17-260305-0211",
             "Cơ sở: Quán Bún Chả Cá Bà Tám, 112 Ông Ích Khiêm, phường Thanh Khê",
             "Người nộp: PHẠM THỊ TÁM",
             "Thủ tục: Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
             "Nội dung cần bổ sung:",
             "1. Giấy xác nhận đủ sức khỏe của 02 người trực tiếp chế biến (còn thiếu);",
             "2. Bản vẽ mặt bằng ghi rõ khu sơ chế và khu chế biến;",
             "3. Giấy xác nhận kiến thức về an toàn thực phẩm đã hết hạn ngày 02/01/2026."],
         pt=10.5)
    p.p("Thời hạn bổ sung 30 ngày; quá hạn, hồ sơ được trả lại theo Nghị định số 15/2018/NĐ-CP "
        "ngày 02 tháng 02 năm 2018.", pt=10.5, align="j")
    sign_right(p, signer(["NGƯỜI HƯỚNG DẪN"], "Trần Quang Vũ", space=14.0, pt=10.5))
    return Paper("phieu_yeu_cau_bo_sung", "Phiếu hướng dẫn hoàn thiện hồ sơ",
                 "huong_dan_hoan_thien_attp_quan_bun", [p],
                 {"so_ky_hieu": "087/HDHS-BQL", "ngay_ban_hanh": "2026-03-16",
                  "ho_ten": "PHẠM THỊ TÁM",
                  "thu_tuc": "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
                  "co_quan_ban_hanh": "BAN QUẢN LÝ AN TOÀN THỰC PHẨM"}, head)


def _report(mk: Maker) -> list[Paper]:
    p = mk.page("vk", 12.0, (22.0, 190.0), 14.0)
    header(p, ["UBND THÀNH PHỐ HÀ NỘI", "UBND PHƯỜNG TÂY HỒ"], "58/BC-UBND",
           "Tây Hồ, ngày 25 tháng 3 năm 2026", pt=10.5,
           about=["V/v kết quả kiểm tra an toàn thực phẩm", "dịp đầu năm 2026"])
    head = title(p, "BÁO CÁO\nKết quả kiểm tra liên ngành an toàn thực phẩm quý I năm 2026",
                 13.0)
    p.p("Thực hiện Kế hoạch số 12/KH-BCĐ ngày 08 tháng 01 năm 2026 của Ban Chỉ đạo, Ủy ban nhân "
        "dân phường báo cáo kết quả như sau:", pt=12.0, align="j")
    p.table([10.0, 70.0, 28.0, 28.0, 32.0],
            [["TT", "Loại hình cơ sở", "Số cơ sở", "Đạt", "Vi phạm"],
             ["1", "Bếp ăn tập thể trường học", "9", "9", "0"],
             ["2", "Nhà hàng, quán ăn", "41", "36", "5"],
             ["3", "Thức ăn đường phố", "63", "55", "8"],
             ["4", "Cơ sở sản xuất bánh, kẹo", "4", "3", "1"]], aligns="clccc", pt=10.5)
    p.p("Tổng số tiền xử phạt: 42.500.000 đồng; tiêu hủy 86 kg nguyên liệu không rõ nguồn gốc.",
        pt=12.0, align="j")
    q = mk.page("vk", 12.0, (22.0, 190.0), 12.0)
    page_number(q, "Trang 2/2")
    q.head("II. KIẾN NGHỊ", pt=12.0)
    q.p("Đề nghị Ban Quản lý An toàn thực phẩm thành phố hướng dẫn việc cấp giấy chứng nhận "
        "cho các bếp ăn mở mới; tăng tập huấn cho cơ sở thức ăn đường phố.", pt=12.0, align="j")
    sign_both(q, recipients(["Ban Chỉ đạo ATTP thành phố", "Lưu: VT, VH-XH"]),
              signer(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Tạ Thu Hường",
                     space=16.0, pt=12.0), seal="right")
    return [Paper("bao_cao", "Báo cáo", "bao_cao_attp_quy_i_tay_ho", [p, q],
                  {"so_ky_hieu": "58/BC-UBND", "ngay_ban_hanh": "2026-03-25",
                   "co_quan_ban_hanh": "UBND PHƯỜNG TÂY HỒ"}, head)]
