"""The loose papers of kinds the classifier does not know in the ninth held-apart set (its
honest "other" test): titles a letter or two away from known ones (*QUY ĐỊNH* beside *QUYẾT
ĐỊNH*, *ĐÁP ÁN* beside *ĐỀ ÁN*, *GIẤY BÁO TIỀN NƯỚC* beside *GIẤY BÁO TỬ*), a *BIÊN NHẬN*
that is no dossier's receipt, a *GIẤY CHỨNG NHẬN* of no known type, and three with no title (a
queue ticket naming the service centre, a letter, a phone's transfer screen). None carries a
field: nothing on them is what an archive files a record by."""

from __future__ import annotations

from page9 import HAND, Maker, Paper, rows, sign_both, sign_right, signer, title


def lodging_rules(mk: Maker) -> Paper:
    """A boarding house's rules: *QUY ĐỊNH*, two letters from *QUYẾT ĐỊNH*."""
    p = mk.page("rob", 11.5, (24.0, 186.0), 18.0)
    p.line("NHÀ TRỌ AN BÌNH - HẺM 34 ĐƯỜNG SỐ 7, PHƯỜNG AN KHÁNH", "b", 10.5, align="c")
    p.gap(3.0)
    head = title(p, "QUY ĐỊNH", 20.0, ("Dành cho người thuê phòng",))
    rows(p, ["1. Khai báo tạm trú trong 03 ngày kể từ ngày đến ở; nộp bản chụp căn cước cho "
             "chủ nhà.",
             "2. Cổng đóng lúc 23 giờ; về muộn phải báo trước qua số 0903 418 772.",
             "3. Không nấu ăn bằng bếp than, không sạc xe điện trong phòng.",
             "4. Tiền phòng nộp trước ngày 05 hằng tháng; điện 3.500 đồng/số, nước 100.000 "
             "đồng/người.",
             "5. Giữ trật tự sau 22 giờ; khách ở lại qua đêm phải báo chủ nhà.",
             "6. Trả phòng báo trước 30 ngày; hư hỏng đồ đạc phải bồi thường."], indent=4.0)
    sign_right(p, signer(["CHỦ NHÀ TRỌ"], "Lâm Thị Bích Vân", space=14.0, pt=11.5))
    return Paper("other", "Quy định nhà trọ", "quy_dinh_nha_tro", [p], {}, head)


def answer_key(mk: Maker) -> Paper:
    """A school's answer key: *ĐÁP ÁN*, a letter from *ĐỀ ÁN*."""
    p = mk.page("gen", 12.0, (22.0, 190.0), 14.0)
    p.segs([(0.0, "SỞ GIÁO DỤC VÀ ĐÀO TẠO"), (100.0, "KỲ THI CHỌN HỌC SINH GIỎI LỚP 9")],
           "b", 11.0)
    p.segs([(0.0, "TỈNH QUẢNG TRỊ"), (100.0, "NĂM HỌC 2025 - 2026")], "b", 11.0)
    p.gap(3.0)
    head = title(p, "ĐÁP ÁN VÀ HƯỚNG DẪN CHẤM", 15.0, ("Môn: Lịch sử và Địa lí",))
    p.table([20.0, 118.0, 30.0], [
        ["Câu", "Nội dung", "Điểm"],
        ["1", "Nêu được bối cảnh, diễn biến chính của chiến dịch Điện Biên Phủ năm 1954", "3,0"],
        ["2", "Trình bày đặc điểm khí hậu vùng Bắc Trung Bộ; giải thích gió phơn Tây Nam",
         "2,5"],
        ["3", "Vẽ biểu đồ cột thể hiện sản lượng thủy sản giai đoạn 2015 - 2024, nhận xét",
         "2,5"],
        ["4", "Liên hệ vai trò của đường Hồ Chí Minh với phát triển kinh tế địa phương",
         "2,0"]], aligns="clc", pt=11.0)
    p.field("Ghi chú: thí sinh làm cách khác đúng vẫn cho điểm tối đa; điểm toàn bài làm tròn "
            "đến 0,25.", style="i")
    return Paper("other", "Đáp án và hướng dẫn chấm", "dap_an_hsg", [p], {}, head)


def water_bill(mk: Maker) -> Paper:
    """A water bill: *GIẤY BÁO TIỀN NƯỚC*, near *GIẤY BÁO TỬ* and *GIẤY BÁO NỘP TIỀN*."""
    p = mk.page("rob", 10.5, (24.0, 186.0), 20.0)
    p.rect((20.0, 190.0, 16.0, 140.0), width=0.4, outline=(40, 90, 160))
    p.line("CÔNG TY CỔ PHẦN CẤP NƯỚC SÔNG HIẾU", "b", 11.0, align="c")
    head = title(p, "GIẤY BÁO TIỀN NƯỚC", 16.0, ("Kỳ tháng 02/2026",))
    rows(p, ["Khách hàng: Nguyễn Thị Hường      Mã khách hàng: SH0417265",
             "Địa chỉ: 26 Lê Lợi, phường Đông Hà, tỉnh Quảng Trị",
             "Chỉ số cũ: 1.284      Chỉ số mới: 1.301      Tiêu thụ: 17 m3",
             "Tiền nước: 153.000 đồng; phí bảo vệ môi trường: 15.300 đồng; thuế GTGT 5%: "
             "7.650 đồng",
             "Tổng cộng: 175.950 đồng (Một trăm bảy mươi lăm nghìn chín trăm năm mươi đồng)",
             "Hạn thanh toán: 15/3/2026. Quá hạn sẽ tạm ngừng cấp nước sau 05 ngày."])
    p.qr("SH0417265|202602|175950", 150.0, p.y + 2.0, 20.0)
    p.y += 26.0
    p.line("Quét mã để thanh toán qua ngân hàng", "i", 9.5)
    return Paper("other", "Giấy báo tiền nước", "giay_bao_tien_nuoc", [p], {}, head)


def obituary(mk: Maker) -> Paper:
    """A family's obituary notice (*CÁO PHÓ*): a death, its date, a funeral's times."""
    p = mk.page("gen", 13.0, (30.0, 180.0), 26.0)
    p.rect((22.0, 188.0, 18.0, 196.0), width=1.2)
    head = title(p, "CÁO PHÓ", 24.0)
    p.p("Gia đình chúng tôi vô cùng thương tiếc báo tin:", indent=0.0, align="c")
    p.line("Cụ ông LÊ VĂN CHẤN", "b", 15.0, align="c")
    rows(p, ["Sinh năm 1938, nguyên quán xã Triệu Phong, tỉnh Quảng Trị",
             "Đã từ trần hồi 05 giờ 10 phút ngày 02/3/2026 (nhằm ngày 14 tháng Giêng năm Bính "
             "Ngọ)",
             "Hưởng thọ 89 tuổi",
             "Lễ nhập quan: 16 giờ ngày 02/3/2026",
             "Lễ viếng: từ 07 giờ ngày 03/3/2026 tại nhà riêng, thôn An Đôn",
             "Lễ đưa tang: 07 giờ ngày 04/3/2026, an táng tại nghĩa trang thôn"], indent=6.0)
    p.gap(3.0)
    p.line("Tang gia đồng kính báo", "bi", 13.0, align="c")
    return Paper("other", "Cáo phó", "cao_pho", [p], {}, head)


def contest_rules(mk: Maker) -> Paper:
    """A photo contest's rules (2 p.): articles, dates, prizes."""
    p = mk.page("gen", 12.0, (24.0, 188.0), 14.0)
    p.line("HỘI LIÊN HIỆP PHỤ NỮ PHƯỜNG HẠC THÀNH", "b", 11.5, align="c")
    p.gap(2.0)
    head = title(p, "THỂ LỆ CUỘC THI ẢNH\n\"PHỐ CŨ HẠC THÀNH TRONG MẮT EM\"", 14.5)
    p.head("Điều 1. Đối tượng dự thi")
    p.p("Công dân từ 14 tuổi trở lên đang sinh sống, học tập, làm việc trên địa bàn phường.",
        indent=8.0)
    p.head("Điều 2. Yêu cầu tác phẩm")
    rows(p, ["- Ảnh chụp trong năm 2025 - 2026, không ghép, không chỉnh sửa làm sai lệch nội "
             "dung; mỗi người gửi tối đa 05 ảnh.",
             "- Kích thước cạnh dài tối thiểu 3.000 điểm ảnh; tên tệp ghi họ tên và số thứ tự."],
         indent=4.0)
    p.head("Điều 3. Thời gian nhận tác phẩm")
    p.p("Từ ngày 01/3/2026 đến hết ngày 20/4/2026, gửi về địa chỉ thư điện tử của Ban tổ "
        "chức.", indent=8.0)
    p2 = mk.page("gen", 12.0, (24.0, 188.0), 16.0)
    p2.head("Điều 4. Giải thưởng")
    p2.table([60.0, 30.0, 60.0], [
        ["Giải", "Số lượng", "Trị giá mỗi giải"],
        ["Giải Nhất", "01", "3.000.000 đồng"], ["Giải Nhì", "02", "2.000.000 đồng"],
        ["Giải Ba", "03", "1.000.000 đồng"], ["Giải Khuyến khích", "05", "500.000 đồng"]],
        aligns="lcr", pt=11.0)
    p2.head("Điều 5. Bản quyền")
    p2.p("Tác giả chịu trách nhiệm về bản quyền; Ban tổ chức được dùng ảnh đoạt giải để "
         "tuyên truyền, triển lãm mà không trả thêm nhuận bút.", indent=8.0)
    sign_right(p2, signer(["TM. BAN TỔ CHỨC", "TRƯỞNG BAN"], "Lê Thị Thu Phương", space=14.0,
                          pt=12.0))
    return Paper("other", "Thể lệ cuộc thi ảnh", "the_le_cuoc_thi", [p, p2], {}, head)


def sick_leave(mk: Maker) -> Paper:
    """A sick-leave certificate: a *GIẤY CHỨNG NHẬN* of no known type, with a patient's name,
    an insurance number, dates."""
    p = mk.page("rob", 11.0, (20.0, 190.0), 14.0)
    p.segs([(0.0, "BỆNH VIỆN ĐA KHOA KHU VỰC CẨM PHẢ"), (122.0, "Mẫu số: C65-HD")], "b",
           10.5)
    p.line("Số seri: 01873      Số KCB: 2603/BV-KB", "r", 10.5)
    p.gap(2.0)
    head = title(p, "GIẤY CHỨNG NHẬN NGHỈ VIỆC\nHƯỞNG BẢO HIỂM XÃ HỘI", 14.5)
    rows(p, ["Họ và tên: Đào Thị Mến      Ngày sinh: 18/9/1992",
             "Mã số BHXH: 2213047718      Đơn vị làm việc: Công ty Than Đèo Nai",
             "Chẩn đoán: viêm phổi cấp",
             "Số ngày nghỉ: 05 ngày (từ ngày 10/3/2026 đến hết ngày 14/3/2026)",
             "Họ tên cha, mẹ (trường hợp con ốm dưới 7 tuổi): không"])
    sign_both(p, signer(["Xác nhận của", "thủ trưởng đơn vị"], "Vũ Quang Hải", space=14.0,
                        pt=11.0),
              signer(["Y, BÁC SĨ KCB"], "BS. Lại Thu Trang", space=14.0, pt=11.0),
              seal="left")
    return Paper("other", "Giấy chứng nhận nghỉ việc hưởng bảo hiểm xã hội", "giay_nghi_om",
                 [p], {}, head)


def queue_ticket(mk: Maker) -> Paper:
    """A queue ticket from the service centre's kiosk, with no title: the centre's name, a
    number, a counter, a time."""
    p = mk.page("con", 10.0, (76.0, 136.0), 40.0)
    p.line("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "b", 9.5, align="c")
    p.line("PHƯỜNG VINH PHÚ", "b", 9.5, align="c")
    p.gap(3.0)
    p.line("A-1043", "b", 30.0, align="c")
    p.gap(2.0)
    rows(p, ["Quầy 3 - Tư pháp, hộ tịch", "Số người đang chờ: 7",
             "In lúc: 08:17:42 ngày 19/03/2026"], pt=9.5)
    p.line("Xin vui lòng chờ gọi số", "i", 9.0, align="c")
    return Paper("other", "Phiếu số thứ tự", "phieu_so_thu_tu", [p], {}, None)


def letter(mk: Maker) -> Paper:
    """A mother's letter to her son, handwritten in blue, no title."""
    p = mk.page("gen", 13.0, (26.0, 186.0), 24.0)
    lines = ["Yên Thành, ngày 28 tháng 2 năm 2026", "",
             "Con trai của mẹ,",
             "Mẹ gửi kèm theo thư này bản sao giấy khai sinh và sổ đỏ nhà mình",
             "để con làm giấy tờ vay vốn trong đó. Nhớ đi công chứng rồi hẵng",
             "nộp, đừng nộp bản chính. Bố con dạo này đỡ đau lưng rồi, vườn",
             "cam năm nay được mùa, mẹ để dành cho con một thùng.",
             "Con giữ sức khỏe, ăn uống đầy đủ. Tết Đoan Ngọ về được thì về nhé.",
             "", "Mẹ của con", "Thương"]
    for text in lines:
        if not text:
            p.gap(4.0)
            continue
        base = p._baseline(14.0)
        x = 120.0 if text.startswith(("Yên Thành", "Mẹ của", "Thương")) else 30.0
        p.put(x, base, text, "i", 14.0, fill=HAND)
        p.y += 14.0 * 0.3528 * 1.6
    return Paper("other", "Thư tay", "thu_tay", [p], {}, None)


def transfer_screen(mk: Maker) -> Paper:
    """A phone's transfer confirmation, printed (colour): no title, an amount, two accounts."""
    p = mk.page("rob", 11.0, (66.0, 144.0), 20.0, color=True)
    p.rect((60.0, 150.0, 14.0, 196.0), width=0.8, outline=(40, 40, 40), radius=6.0)
    p.rect((62.0, 148.0, 24.0, 52.0), outline=None, fill=(16, 122, 87))
    p.put(78.0, 36.0, "Giao dịch thành công", "b", 13.0, fill=(255, 255, 255))
    p.put(84.0, 46.0, "- 2.500.000 VND", "b", 14.0, fill=(255, 255, 255))
    p.y = 58.0
    rows(p, ["Tới: TRAN VAN HAU", "Số tài khoản: 104871293306", "Ngân hàng: Đồng Nai Xanh",
             "Nội dung: me gui tien xe vao Dong Nai", "Thời gian: 19:42 - 15/03/2026",
             "Mã giao dịch: FT26074918273", "Từ tài khoản: 0421 7730 1185"], pt=10.5)
    p.gap(4.0)
    p.line("Chia sẻ     Lưu ảnh     Giao dịch mới", "r", 10.0, align="c")
    return Paper("other", "Ảnh chụp màn hình chuyển khoản", "man_hinh_chuyen_khoan", [p], {},
                 None)


def deposit(mk: Maker) -> Paper:
    """A deposit receipt between two people: a *BIÊN NHẬN* that is no dossier's receipt, with a
    plot, a certificate's series and an amount."""
    p = mk.page("gen", 12.5, (24.0, 188.0), 16.0)
    p.line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", 12.0, align="c")
    p.line("Độc lập - Tự do - Hạnh phúc", "b", 12.5, align="c")
    p.gap(4.0)
    head = title(p, "BIÊN NHẬN ĐẶT CỌC", 16.0)
    rows(p, ["Tôi là: Cao Văn Tuấn, sinh năm 1970, cư trú tại thôn Phú Lộc, xã Yên Thành",
             "Có nhận của: bà Nguyễn Thị Quyên, sinh năm 1983",
             "Số tiền đặt cọc: 50.000.000 đồng (Năm mươi triệu đồng chẵn)",
             "Để đảm bảo việc chuyển nhượng thửa đất số 612, tờ bản đồ số 9, Giấy chứng nhận "
             "số BT 271604; giá chuyển nhượng 820.000.000 đồng.",
             "Hai bên hẹn ký hợp đồng công chứng trước ngày 30/4/2026. Bên nào đổi ý thì mất "
             "cọc hoặc trả gấp đôi tiền cọc."])
    p.line("Yên Thành, ngày 21 tháng 3 năm 2026", "i", 12.5, align="r")
    sign_both(p, signer(["NGƯỜI GIAO TIỀN"], "Nguyễn Thị Quyên", space=14.0, pt=12.0),
              signer(["NGƯỜI NHẬN TIỀN"], "Cao Văn Tuấn", space=14.0, pt=12.0))
    rows(p, ["Người làm chứng: Hồ Sỹ Đức (trưởng thôn Phú Lộc)"], pt=11.5)
    return Paper("other", "Biên nhận đặt cọc", "bien_nhan_dat_coc", [p], {}, head)


def prayer(mk: Maker) -> Paper:
    """A printed prayer for visiting the ancestors' graves (*VĂN KHẤN*)."""
    p = mk.page("gen", 13.0, (30.0, 180.0), 24.0)
    head = title(p, "VĂN KHẤN LỄ TẠ MỘ CUỐI NĂM", 16.0)
    for text in ("Nam mô A Di Đà Phật! (3 lần)",
                 "Con lạy chín phương Trời, mười phương Chư Phật, chư Phật mười phương.",
                 "Con kính lạy Hoàng thiên Hậu thổ, chư vị Tôn thần.",
                 "Con kính lạy ngài Sơn thần, Thổ địa cai quản khu vực nghĩa trang này.",
                 "Hôm nay là ngày … tháng Chạp năm Ất Tỵ, tín chủ con là …, ngụ tại …",
                 "Nhân dịp cuối năm, con cùng toàn gia về tảo mộ, sửa sang phần mộ của …",
                 "Kính dâng lễ mọn, hương hoa trà quả, cúi xin chư vị chứng giám.",
                 "Nam mô A Di Đà Phật! (3 lần)"):
        p.p(text, indent=0.0, align="c")
        p.gap(1.5)
    return Paper("other", "Văn khấn lễ tạ mộ cuối năm", "van_khan", [p], {}, head)


def papers(mk: Maker) -> list[Paper]:
    """The loose papers of no known type, in scan order."""
    return [lodging_rules(mk), queue_ticket(mk), answer_key(mk), water_bill(mk), letter(mk),
            obituary(mk), contest_rules(mk), deposit(mk), sick_leave(mk), transfer_screen(mk),
            prayer(mk)]
