"""Loose papers of companies, hospitals, a university and a bank that no known type should be
given: a cash payment voucher citing a contract, a warehouse delivery note, a hospital
discharge paper, a prescription, a transcript, a payment order with 12-digit accounts, and a
motorbike's registration card."""

from __future__ import annotations

from datetime import date

from parts import (
    G,
    L,
    Maker,
    Paper,
    dmy,
    in_words,
    in_words_short,
    letterhead,
    sign_both,
    sign_right,
    signer,
    split_header,
    title,
)


def phieu_chi(mk: Maker) -> Paper:
    """PHIẾU CHI of a cooperative, its reason citing a contract by number and date."""
    day = date(2025, 5, 12)
    p = mk.page("serif", 11.5, (20.0, 192.0), 14.0)
    p.segs([(0, "HỢP TÁC XÃ NÔNG NGHIỆP PHÚ AN"), (120, "Mẫu số 02 - TT")], "b", 10.5)
    p.line("Ấp Phú Hữu, xã Phú An, thị xã Tân Châu", "r", 9.5)
    p.gap(3.0)
    head = title(p, "PHIẾU CHI", 18.0)
    p.line(in_words_short(day).capitalize(), "i", 11.5, align="c")
    p.segs([(118, "Quyển số: 03"), (150, "Số: PC0513")], "r", 10.5)
    p.segs([(118, "Nợ: 331"), (150, "Có: 1111")], "r", 10.5)
    p.gap(2.0)
    p.field("Họ và tên người nhận tiền: Cao Văn Thuận      Đơn vị: Đại lý phân bón Thuận Phát")
    p.field("Địa chỉ: chợ Phú An, thị xã Tân Châu, tỉnh An Giang")
    p.field("Lý do chi: Thanh toán đợt 2 Hợp đồng mua bán phân bón số 12/2025/HĐMB ngày "
            f"{dmy(date(2025, 3, 2))}", hang=8.0)
    p.field("Số tiền: 64.300.000 đồng (Viết bằng chữ: Sáu mươi bốn triệu ba trăm nghìn đồng)",
            hang=8.0)
    p.field("Kèm theo: 01 chứng từ gốc.")
    p.gap(3.0)
    p.table([34.0, 34.0, 34.0, 34.0, 36.0],
            [["Giám đốc", "Kế toán trưởng", "Thủ quỹ", "Người lập phiếu", "Người nhận tiền"],
             ["Lê Văn Mến", "Tô Thị Hà", "Võ Thị Út", "Tô Thị Hà", "Cao Văn Thuận"]],
            aligns="ccccc", pt=9.5, pad=6.0)
    fields = {"so_ky_hieu": "PC0513", "ngay_ban_hanh": day.isoformat(),
              "co_quan_ban_hanh": "Hợp tác xã Nông nghiệp Phú An", "ho_ten": "Cao Văn Thuận"}
    return Paper("other", "Phiếu chi", "phieu_chi", [p], fields, head)


def phieu_xuat_kho(mk: Maker) -> Paper:
    """PHIẾU XUẤT KHO: the receiver's name followed by another label, goods in a table."""
    day = date(2025, 5, 8)
    p = mk.page("sans", 10.0, (18.0, 194.0), 14.0)
    letterhead(p, "CÔNG TY TNHH VẬT TƯ NÔNG NGHIỆP TÂN CHÂU",
               ["Số 45 Tôn Đức Thắng, phường Long Thạnh, thị xã Tân Châu - MST: 1602018743"],
               pt=13.0)
    head = title(p, "PHIẾU XUẤT KHO", 16.0)
    p.line(f"Ngày {day.day:02d} tháng {day.month:02d} năm {day.year}      Số: XK-0219", "i",
           10.5, align="c")
    p.gap(2.0)
    p.field("Họ và tên người nhận hàng: Lê Văn Mến      Địa chỉ (bộ phận): HTX NN Phú An")
    p.field("Lý do xuất kho: Giao hàng theo đơn đặt hàng ngày 02/05/2025")
    p.field("Xuất tại kho: Kho số 2 - Long Thạnh")
    rows = [["STT", "Tên hàng hóa", "ĐVT", "Số lượng", "Đơn giá", "Thành tiền"],
            ["1", "Phân NPK 20-20-15 (bao 50kg)", "Bao", "80", "720.000", "57.600.000"],
            ["2", "Phân Ure Phú Mỹ (bao 50kg)", "Bao", "10", "670.000", "6.700.000"],
            ["", "Cộng", "", "90", "", "64.300.000"]]
    p.table([12.0, 62.0, 16.0, 22.0, 28.0, 36.0], rows, aligns="clcccr", pt=9.5)
    p.gap(3.0)
    sign_both(p, signer(["Người nhận hàng"], "Lê Văn Mến", "(Ký, họ tên)", 16.0, 10.5),
              signer(["Thủ kho"], "Nguyễn Văn Sang", "(Ký, họ tên)", 16.0, 10.5))
    fields = {"so_ky_hieu": "XK-0219", "ngay_ban_hanh": day.isoformat(),
              "co_quan_ban_hanh": "Công ty TNHH Vật tư Nông nghiệp Tân Châu",
              "ho_ten": "Lê Văn Mến"}
    return Paper("other", "Phiếu xuất kho", "phieu_xuat_kho", [p], fields, head)


def giay_ra_vien(mk: Maker) -> Paper:
    """GIẤY RA VIỆN of a district health centre under its department: the patient's age and
    sex on the name's line, the insurance card's code, the admission and discharge dates."""
    day = date(2025, 5, 9)
    who = mk.person("Thạch Văn Sơn", "1978-08-16", True, "089",
                    "ấp Bình Phú, xã Bình Hòa, huyện Châu Thành, tỉnh An Giang")
    p = mk.page("serif", 11.5, (22.0, 192.0), 14.0)
    split_header(p, ("SỞ Y TẾ AN GIANG", "TRUNG TÂM Y TẾ", "HUYỆN CHÂU THÀNH"), None, None,
                 parent=True, pt=11.0)
    p.line("Mã lưu trữ: 2025/04417", "r", 10.5, align="r")
    head = title(p, "GIẤY RA VIỆN", 16.0)
    p.segs([(0, f"Họ tên người bệnh: {who.upper}"), (102, "Tuổi: 46"), (130, "Nam/Nữ: Nam")])
    p.field("Dân tộc: Khmer      Nghề nghiệp: Làm ruộng")
    p.field(f"Số CCCD: {who.cccd}")
    p.field("Mã thẻ BHYT: GD4898720114673   Giá trị từ 01/01/2025 đến 31/12/2025")
    p.field(f"Địa chỉ: {who.home}", hang=8.0)
    p.field(f"Vào viện lúc: 14 giờ 20 phút, ngày {dmy(date(2025, 5, 2))}")
    p.field(f"Ra viện lúc: 08 giờ 00 phút, ngày {dmy(day)}")
    p.field("Chẩn đoán: Viêm dạ dày cấp - Tăng huyết áp độ I", hang=8.0)
    p.field("Phương pháp điều trị: Nội khoa", hang=8.0)
    p.field("Ghi chú: Tái khám sau 2 tuần hoặc khi có dấu hiệu bất thường.", hang=8.0)
    p.gap(2.0)
    p.right(f"{in_words_short(day).capitalize()}", "i", 11.5)
    sign_both(p, signer(["TRƯỞNG KHOA"], "BS. Danh Thị Sa Ri", "", 18.0, 11.0),
              signer(["GIÁM ĐỐC"], "BSCKI. Lý Hoàng Phúc", "", 18.0, 11.0))
    fields = {"ngay_ban_hanh": day.isoformat(), "ho_ten": who.upper, "so_cccd": who.cccd,
              "co_quan_ban_hanh": "Trung tâm Y tế huyện Châu Thành"}
    return Paper("other", "Giấy ra viện", "giay_ra_vien", [p], fields, head)


def don_thuoc(mk: Maker) -> Paper:
    """ĐƠN THUỐC: the patient's age on the name's line, drugs numbered, a date to come back."""
    day = date(2025, 5, 9)
    p = mk.page("sans", 10.5, (20.0, 190.0), 14.0)
    p.line("TRUNG TÂM Y TẾ HUYỆN CHÂU THÀNH", "b", 11.0)
    p.line("Khoa Khám bệnh - ĐT: 0296.3836.115", "r", 9.5)
    p.gap(3.0)
    head = title(p, "ĐƠN THUỐC", 17.0)
    p.segs([(0, "Họ tên: THẠCH VĂN SƠN"), (98, "Tuổi: 46"), (126, "Giới tính: Nam")])
    p.field("Mã thẻ BHYT: GD4898720114673")
    p.field("Chẩn đoán: K29.1 - Viêm dạ dày cấp khác; I10 - Tăng huyết áp")
    p.gap(1.5)
    for i, (drug, use) in enumerate((
            ("Omeprazol 20mg", "Ngày uống 2 lần, mỗi lần 1 viên trước ăn 30 phút   x 28 viên"),
            ("Amlodipin 5mg", "Ngày uống 1 lần, mỗi lần 1 viên buổi sáng   x 14 viên"),
            ("Gaviscon (gói)", "Ngày uống 3 lần, mỗi lần 1 gói sau ăn   x 42 gói")), 1):
        p.field(f"{i}. {drug}", style="b")
        p.field(f"   {use}", style="i", pt=10.0)
    p.gap(2.0)
    p.field(f"Lời dặn: Ăn nhẹ, tránh cay nóng. Tái khám ngày {dmy(date(2025, 5, 23))}.")
    p.gap(2.0)
    p.right(f"Ngày {dmy(day)}", "i", 10.5)
    sign_right(p, signer(["Bác sĩ điều trị"], "BS. Danh Thị Sa Ri", "", 16.0, 10.5))
    fields = {"ngay_ban_hanh": day.isoformat(), "ho_ten": "THẠCH VĂN SƠN",
              "co_quan_ban_hanh": "Trung tâm Y tế huyện Châu Thành"}
    return Paper("other", "Đơn thuốc", "don_thuoc", [p], fields, head)


def bang_diem(mk: Maker) -> Paper:
    """BẢNG ĐIỂM HỌC TẬP TOÀN KHÓA of a university under its national university: the
    student's number on the name's line, grades in a table, a register number."""
    day = date(2025, 3, 14)
    p = mk.page("sans", 9.5, (18.0, 194.0), 14.0, dpi=300)
    split_header(p, ("ĐẠI HỌC QUỐC GIA TP. HỒ CHÍ MINH", "TRƯỜNG ĐẠI HỌC AN GIANG"), None,
                 f"An Giang, {in_words(day)}", parent=True, pt=10.0)
    head = title(p, "BẢNG ĐIỂM HỌC TẬP TOÀN KHÓA", 14.0)
    p.segs([(0, "Họ và tên sinh viên: TRẦN KIM NGÂN"), (98, "Mã số sinh viên: DKT1957213")])
    p.segs([(0, f"Ngày sinh: {dmy(date(2001, 9, 2))}"), (98, "Nơi sinh: An Giang")])
    p.field("Ngành: Kế toán      Khóa học: 2019 - 2023      Hệ: Chính quy")
    rows = [["TT", "Học phần", "Tín chỉ", "Điểm (10)", "Điểm chữ"],
            ["1", "Nguyên lý kế toán", "3", "8,4", "B+"],
            ["2", "Kế toán tài chính 1", "3", "7,9", "B"],
            ["3", "Thuế", "2", "8,8", "A"],
            ["4", "Kiểm toán căn bản", "3", "7,2", "B"],
            ["5", "Hệ thống thông tin kế toán", "3", "9,0", "A"],
            ["6", "Khóa luận tốt nghiệp", "7", "8,6", "A"]]
    p.table([12.0, 86.0, 22.0, 28.0, 28.0], rows, aligns="clccc", pt=9.5)
    p.field("Điểm trung bình tích lũy: 3,41 (thang 4)      Xếp loại tốt nghiệp: Giỏi")
    p.field("Số vào sổ: BĐ-2025/0412", style="b")
    p.gap(3.0)
    sign_right(p, signer(["TL. HIỆU TRƯỞNG", "TRƯỞNG PHÒNG ĐÀO TẠO"], "TS. Ngô Văn Phong", "",
                         18.0, 10.5))
    fields = {"so_ky_hieu": "BĐ-2025/0412", "ngay_ban_hanh": day.isoformat(),
              "co_quan_ban_hanh": "Trường Đại học An Giang", "ho_ten": "TRẦN KIM NGÂN"}
    return Paper("other", "Bảng điểm học tập toàn khóa", "bang_diem", [p], fields, head)


def uy_nhiem_chi(mk: Maker) -> Paper:
    """ỦY NHIỆM CHI / PAYMENT ORDER in colour: the payer's and the payee's 12-digit accounts,
    no person's identity number."""
    day = date(2025, 5, 15)
    p = mk.page("sans", 10.0, (16.0, 194.0), 16.0, color=True)
    p.rect((12.0, 198.0, 12.0, 150.0), width=0.5, outline=(20, 90, 60))
    p.line("NGÂN HÀNG TMCP NGOẠI THƯƠNG VIỆT NAM - CHI NHÁNH AN GIANG", "b", 10.5)
    p.gap(2.0)
    head = title(p, "ỦY NHIỆM CHI / PAYMENT ORDER", 14.0)
    p.segs([(0, "Số / No: 000318"), (96, f"Ngày / Date: {dmy(day)}")], "r", 10.5)
    p.gap(1.5)
    for row in ("Tên tài khoản trích nợ / Debit account: HỢP TÁC XÃ NÔNG NGHIỆP PHÚ AN",
                "Số tài khoản / Account No: 741025638812",
                "Tại ngân hàng / At bank: Vietcombank - CN An Giang",
                "Tên tài khoản ghi có / Beneficiary: ĐẠI LÝ PHÂN BÓN THUẬN PHÁT",
                "Số tài khoản / Account No: 104873920156",
                "Tại ngân hàng / At bank: VietinBank - CN Tân Châu",
                "Số tiền bằng số / Amount in figures: 64.300.000 VND",
                "Số tiền bằng chữ / In words: Sáu mươi bốn triệu ba trăm nghìn đồng",
                "Nội dung / Details: Thanh toán HĐ 12/2025/HĐMB đợt 2"):
        p.field(row, hang=6.0)
    p.gap(2.0)
    sign_both(p, [L("Đơn vị trả tiền / Payer", "b", 10.0), L("Kế toán trưởng - Chủ tài khoản",
                                                              "i", 9.0),
                  L(space=16.0), L("Tô Thị Hà - Lê Văn Mến", "b", 10.0)],
              [L("Ngân hàng A / Bank A", "b", 10.0), L("Giao dịch viên - Kiểm soát", "i", 9.0),
               L(space=16.0), L("Đinh Ngọc Trâm", "b", 10.0)])
    fields = {"so_ky_hieu": "000318", "ngay_ban_hanh": day.isoformat()}
    return Paper("other", "Ủy nhiệm chi", "uy_nhiem_chi", [p], fields, head)


def dang_ky_xe(mk: Maker) -> Paper:
    """A photocopy of a motorbike's registration card, enlarged: the owner after "Tên chủ
    xe", the engine and frame numbers, the issuing police."""
    day = date(2022, 10, 11)
    p = mk.page("sans", 10.0, (20.0, 190.0), 20.0)
    s = 1.6
    x = (210.0 - G.Card.W * s) / 2
    c = G.Card(p, x, 30.0, s)
    c.emblem()
    c.text(50.0, 5.0, "CÔNG AN HUYỆN CHÂU THÀNH", "b", 4.4, "c")
    c.text(50.0, 9.8, "GIẤY CHỨNG NHẬN ĐĂNG KÝ XE", "b", 5.6, "c")
    c.text(50.0, 13.4, "MÔ TÔ, XE GẮN MÁY", "b", 5.0, "c")
    c.text(22.0, 18.4, "Số: 018372", "b", 4.8)
    c.text(4.0, 23.0, "Tên chủ xe: HUỲNH VĂN LẸ", "b", 4.6)
    c.text(4.0, 27.0, "Địa chỉ: ấp An Thạnh, xã An Hòa, Châu Thành, An Giang", "r", 4.0)
    c.segs(31.0, [(4.0, "Nhãn hiệu: HONDA"), (42.0, "Số loại: WAVE ALPHA")], pt=4.0)
    c.segs(35.0, [(4.0, "Số máy: JA39E1048273"), (42.0, "Số khung: RLHJA3911NY104827")],
           pt=3.8)
    c.segs(39.0, [(4.0, "Màu sơn: Đỏ đen"), (42.0, "Dung tích: 109 cm3")], pt=4.0)
    c.text(4.0, 44.0, "Biển số đăng ký: 67B1-418.27", "b", 5.0)
    c.text(50.0, 49.5, f"Châu Thành, ngày {dmy(day)}", "i", 3.9)
    p.y = 30.0 + G.Card.H * s + 10.0
    p.line("Bản photo - không có giá trị thay thế bản chính", "i", 10.0, align="c")
    fields = {"so_ky_hieu": "018372", "ngay_ban_hanh": day.isoformat(), "ho_ten": "HUỲNH VĂN LẸ",
              "co_quan_ban_hanh": "Công an huyện Châu Thành"}
    return Paper("other", "Giấy chứng nhận đăng ký xe mô tô, xe gắn máy", "dang_ky_xe", [p],
                 fields, "GIẤY CHỨNG NHẬN ĐĂNG KÝ XE MÔ TÔ, XE GẮN MÁY")


def papers(mk: Maker) -> list[Paper]:
    """This module's papers, in the order drawn."""
    return [phieu_chi(mk), giay_ra_vien(mk), bang_diem(mk), uy_nhiem_chi(mk), don_thuoc(mk),
            phieu_xuat_kho(mk), dang_ky_xe(mk)]
