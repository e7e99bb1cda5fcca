"""The loose papers of kinds the classifier does not know, in the twelfth held-apart set: titles
a letter or a word away from known ones (*PHIẾU THI* beside *PHIẾU THU*, *TỜ RƠI* beside *TỜ
KHAI*, *THẺ TẠM TRÚ* beside *SỔ TẠM TRÚ*, *QUY CHẾ* beside *QUY ĐỊNH* and *QUYẾT ĐỊNH*, *SỔ
KIỂM THỰC* beside *SỔ HỘ KHẨU*, *CHỨNG NHẬN* beside *CHỨNG CHỈ*, *PHIẾU KẾT QUẢ KIỂM NGHIỆM*
beside *PHIẾU KIỂM SOÁT*, *GIẤY CHỨNG NHẬN THÀNH VIÊN* beside the registration certificates,
*NHÃN HÀNG HÓA*), and two with no title: a bank's transfer slip and an envelope."""

from __future__ import annotations

from page12 import (
    MOTTO,
    MOTTO2,
    G,
    Maker,
    Paper,
    rows,
    sign_right,
    signer,
    stamp,
    title,
)


def papers(mk: Maker) -> list[Paper]:
    """The eleven loose papers of no known type."""
    return [_quiz(mk), _leaflet(mk), _residence(mk), _rules(mk), _log(mk), _vietgap(mk),
            _lab(mk), _member(mk), _label(mk), _transfer(mk), _envelope(mk)]


def _other(kind: str, label: str, p: object, head: str | None) -> Paper:
    return Paper("other", label, kind, [p], {}, head)


def _quiz(mk: Maker) -> Paper:
    p = mk.page("mr", 10.0, (18.0, 194.0), 14.0)
    p.line("BAN QUẢN LÝ AN TOÀN THỰC PHẨM THÀNH PHỐ ĐÀ NẴNG", "b", 9.5)
    p.gap(3.0)
    head = title(p, "PHIẾU THI KIẾN THỨC AN TOÀN THỰC PHẨM", 13.0,
                 ("(dành cho người trực tiếp chế biến - đề số 07)",))
    rows(p, ["Họ tên thí sinh: Lê Thị Sen     Ngày kiểm tra: 20/02/2026",
             "Đánh dấu X vào ô đúng; mỗi câu một đáp án."], pt=10.0)
    qs = [("Nhiệt độ bảo quản thực phẩm chín trong tủ lạnh?", "[ ] 10-15 °C   [X] 0-5 °C"),
          ("Mẫu thức ăn lưu trong bao lâu?", "[X] 24 giờ   [ ] 12 giờ"),
          ("Người bị tiêu chảy có được chế biến thức ăn?", "[ ] Có   [X] Không"),
          ("Dao, thớt dùng cho thực phẩm sống và chín?", "[X] Riêng biệt   [ ] Dùng chung"),
          ("Rửa tay bằng xà phòng trước khi chia suất ăn?", "[X] Bắt buộc   [ ] Khi cần")]
    p.table([12.0, 104.0, 60.0],
            [["Câu", "Nội dung câu hỏi", "Trả lời"],
             *[[str(i + 1), q, a] for i, (q, a) in enumerate(qs)]], aligns="clc", pt=9.5)
    p.field("Điểm: 28/30 - Đạt. Người chấm: Trần Quang Vũ.", pt=10.0)
    return _other("phieu_thi_trac_nghiem_attp", "Phiếu thi kiến thức an toàn thực phẩm", p,
                  head)


def _leaflet(mk: Maker) -> Paper:
    p = mk.page("mr", 12.0, (20.0, 190.0), 18.0, color=True)
    p.rect((14.0, 196.0, 12.0, 250.0), width=1.2, outline=(30, 110, 60))
    head = title(p, "TỜ RƠI\nPHÒNG CHỐNG NGỘ ĐỘC THỰC PHẨM MÙA NẮNG NÓNG", 15.0)
    for tip in ("1. Chọn thực phẩm tươi, rõ nguồn gốc; không mua thịt, cá có mùi lạ.",
                "2. Ăn chín, uống sôi; thức ăn đã nấu nên ăn ngay, không để quá 2 giờ.",
                "3. Giữ riêng thực phẩm sống và chín; dùng nước sạch để chế biến.",
                "4. Không dùng nấm rừng, cá nóc, cóc và các loại lạ không rõ độc tính.",
                "5. Khi có dấu hiệu nôn, đau bụng, tiêu chảy sau ăn: đến ngay cơ sở y tế gần "
                "nhất và giữ lại mẫu thức ăn.",
                "Đường dây nóng an toàn thực phẩm: 0236 3 8 9 4 1 0 7"):
        p.p(tip, pt=12.0, indent=0.0)
        p.gap(2.0)
    p.center("Trạm Y tế phường Hải Châu phát hành - tháng 3/2026", "i", 10.0)
    return _other("to_roi_ngo_doc_thuc_pham", "Tờ rơi", p, head)


def _residence(mk: Maker) -> Paper:
    p = mk.page("mr", 9.0, (16.0, 194.0), 18.0)
    c = G.Card(p, 30.0, 24.0, 1.6)
    c.text(42.0, 5.0, MOTTO, "b", 3.0, "c")
    c.text(42.0, 8.4, MOTTO2, "b", 3.0, "c")
    c.text(42.0, 13.0, "THẺ TẠM TRÚ", "b", 5.0, "c")
    c.text(42.0, 16.6, "TEMPORARY RESIDENCE CARD", "r", 3.0, "c")
    c.box(3.0, 23.0, 20.0, 46.0, outline=None, fill=(120, 120, 120))
    c.text(26.0, 22.0, "Số / No.: TT1283947", "b", 3.4)
    c.text(26.0, 26.5, "Họ tên / Full name: KIM JUNG HOON", "r", 3.0)
    c.text(26.0, 30.5, "Quốc tịch / Nationality: HÀN QUỐC", "r", 3.0)
    c.text(26.0, 34.5, "Hộ chiếu số / Passport No.: M71428390", "r", 3.0)
    c.text(26.0, 38.5, "Có giá trị đến / Valid until: 30/06/2028", "r", 3.0)
    c.text(26.0, 42.5, "Cục Quản lý xuất nhập cảnh - Bộ Công an", "r", 2.8)
    p.y = 120.0
    p.field("Bản chụp thẻ tạm trú của người cha (ký hiệu TT, thăm thân)", style="i", pt=9.5)
    return _other("the_tam_tru_nguoi_nuoc_ngoai", "Thẻ tạm trú", p, "THẺ TẠM TRÚ")


def _rules(mk: Maker) -> Paper:
    p = mk.page("vk", 12.0, (22.0, 190.0), 16.0)
    p.line("NHÀ THUỐC AN KHANG SỐ 27", "b", 11.0)
    p.gap(4.0)
    head = title(p, "QUY CHẾ\nPHỐI HỢP CHUYÊN MÔN TẠI NHÀ THUỐC", 14.0)
    for n, text in (("Điều 1.", "Dược sĩ phụ trách chuyên môn có mặt trong toàn bộ thời gian "
                     "hoạt động; khi vắng phải ủy quyền bằng văn bản."),
                    ("Điều 2.", "Thuốc kê đơn chỉ bán khi có đơn hợp lệ; ghi sổ hoặc nhập phần "
                     "mềm liên thông trong ngày."),
                    ("Điều 3.", "Kiểm tra nhiệt độ, độ ẩm hai lần mỗi ngày (9 giờ và 15 giờ); "
                     "nhiệt độ không quá 30 °C, độ ẩm không quá 75%."),
                    ("Điều 4.", "Thuốc bị đình chỉ, thu hồi được tách riêng, dán nhãn và báo "
                     "cáo trong 24 giờ.")):
        p.p([(n, "b"), (text, "r")], pt=12.0, align="j", indent=0.0)
    p.right("Cần Thơ, tháng 01 năm 2026", "i", 12.0)
    sign_right(p, signer(["DƯỢC SĨ PHỤ TRÁCH"], "Tô Hoàng Yến", space=14.0, pt=12.0))
    return _other("quy_che_chuyen_mon_nha_thuoc", "Quy chế", p, head)


def _log(mk: Maker) -> Paper:
    p = mk.page("mr", 9.0, (10.0, 200.0), 12.0)
    p.line("Bếp ăn Công ty TNHH Suất ăn Hải Châu Xanh - Mẫu số 1 (Quyết định 1246/QĐ-BYT)", "r",
           8.5)
    p.gap(2.0)
    head = title(p, "SỔ KIỂM THỰC BA BƯỚC", 13.0, ("Bước 1: kiểm tra trước khi chế biến",))
    items = ["Thịt lợn nạc", "Cá thu", "Trứng gà", "Rau cải ngọt", "Bí đỏ", "Đậu phụ",
             "Gạo tẻ", "Dầu ăn", "Nước mắm", "Hành lá", "Cà chua", "Sữa chua"]
    p.table([10.0, 40.0, 22.0, 22.0, 48.0, 48.0],
            [["TT", "Tên thực phẩm", "Khối lượng", "Giờ nhận", "Nơi cung cấp", "Cảm quan"],
             *[[str(i + 1), n, f"{(i * 7) % 40 + 5} kg", f"05:{10 + i * 3:02d}",
                "Chợ đầu mối Hòa Cường" if i % 2 else "HTX rau an toàn Túy Loan", "đạt"]
               for i, n in enumerate(items)]], aligns="clcclc", pt=8.5)
    p.field("Ngày 19/3/2026 - Người kiểm tra: Ngô Văn Tài (bếp trưởng)", pt=9.0)
    return _other("so_kiem_thuc_ba_buoc_bep_an", "Sổ kiểm thực ba bước", p, head)


def _vietgap(mk: Maker) -> Paper:
    p = mk.page("vk", 12.0, (26.0, 184.0), 24.0, dpi=300)
    p.frame()
    p.center("CÔNG TY CỔ PHẦN CHỨNG NHẬN VÀ GIÁM ĐỊNH TÂY NGUYÊN", "b", 11.5)
    p.gap(8.0)
    head = title(p, "CHỨNG NHẬN\nPHÙ HỢP TIÊU CHUẨN VIETGAP", 18.0)
    for line in ("Chứng nhận: TỔ HỢP TÁC TRỒNG CÀ PHÊ THÔN 4",
                 "Địa chỉ: xã Krông Bông, tỉnh Đắk Lắk",
                 "Sản phẩm: cà phê vối (Robusta) - diện tích 12,6 ha",
                 "Phù hợp TCVN 11892-1:2017 Thực hành nông nghiệp tốt (VietGAP)",
                 "Mã số chứng nhận: VietGAP-TT-14-07-66-0318",
                 "Hiệu lực: 20/01/2026 - 19/01/2029"):
        p.center(line, "r", 12.0)
    p.gap(6.0)
    sign_right(p, signer(["GIÁM ĐỐC"], "Nguyễn Đình Quý", space=16.0, pt=12.0), seal=True)
    return _other("chung_nhan_vietgap_ca_phe", "Chứng nhận phù hợp tiêu chuẩn", p, head)


def _lab(mk: Maker) -> Paper:
    p = mk.page("mr", 9.5, (16.0, 194.0), 14.0)
    p.line("TRUNG TÂM KIỂM NGHIỆM THUỐC, MỸ PHẨM, THỰC PHẨM ĐÀ NẴNG", "b", 9.5)
    p.line("Phòng thử nghiệm VILAS 0418", "r", 8.5)
    p.gap(3.0)
    head = title(p, "PHIẾU KẾT QUẢ KIỂM NGHIỆM MẪU THỰC PHẨM", 12.5)
    rows(p, ["Mẫu: suất cơm trưa (cơm, cá thu sốt cà, canh bí) - ký hiệu mẫu TP26-0871",
             "Nơi lấy mẫu: bếp ăn lô 7 Lê Đình Dương, phường Hải Châu",
             "Ngày nhận mẫu: 05/3/2026     Ngày trả kết quả: 12/3/2026"], pt=9.5)
    p.table([60.0, 40.0, 40.0, 38.0],
            [["Chỉ tiêu", "Kết quả", "Giới hạn", "Phương pháp"],
             ["E. coli (CFU/g)", "< 10", "10", "ISO 16649-2"],
             ["Coliforms (CFU/g)", "15", "100", "ISO 4832"],
             ["Salmonella/25 g", "Không phát hiện", "Không có", "ISO 6579-1"],
             ["S. aureus (CFU/g)", "< 10", "100", "ISO 6888-1"],
             ["Histamine (mg/kg)", "12,4", "200", "HPLC"]], aligns="lccc", pt=9.0)
    p.field("Kết luận: mẫu đạt các chỉ tiêu đã kiểm nghiệm (chỉ có giá trị với mẫu thử).",
            pt=9.5)
    sign_right(p, signer(["PHÓ GIÁM ĐỐC"], "DS. Hà Minh Châu", space=14.0, pt=9.5), seal=True)
    return _other("ket_qua_kiem_nghiem_suat_com", "Phiếu kết quả kiểm nghiệm", p, head)


def _member(mk: Maker) -> Paper:
    p = mk.page("vk", 12.0, (24.0, 186.0), 26.0)
    p.rect((18.0, 192.0, 18.0, 160.0), width=0.8, outline=(120, 80, 30))
    p.center("HỢP TÁC XÃ NÔNG NGHIỆP DỊCH VỤ TỔNG HỢP KRÔNG BÔNG", "b", 11.0)
    p.gap(4.0)
    head = title(p, "GIẤY CHỨNG NHẬN THÀNH VIÊN\nHỢP TÁC XÃ", 16.0)
    for line in ("Chứng nhận bà: H'NGUYÊN ÊBAN", "Sinh năm: 1986     Thôn 4, xã Krông Bông",
                 "Là thành viên chính thức từ ngày 10/5/2022",
                 "Vốn góp: 25.000.000 đồng     Sổ thành viên số: 047"):
        p.center(line, "r", 12.0)
    sign_right(p, signer(["CHỦ TỊCH HĐQT"], "Y Thuôn Ktla", space=14.0, pt=11.5), seal=True)
    return _other("giay_cn_thanh_vien_htx_krong_bong", "Giấy chứng nhận thành viên hợp tác xã",
                  p, head)


def _label(mk: Maker) -> Paper:
    p = mk.page("mr", 11.0, (40.0, 170.0), 30.0, color=True)
    p.rect((34.0, 176.0, 24.0, 170.0), width=0.6, outline=(90, 50, 20), radius=4.0)
    head = title(p, "NHÃN HÀNG HÓA", 15.0, ("(mẫu nhãn phụ dán trên bao bì)",))
    rows(p, ["Tên sản phẩm: CÀ PHÊ RANG XAY EA KAR XANH",
             "Thành phần: 100% cà phê Robusta",
             "Khối lượng tịnh: 500 g",
             "Ngày sản xuất: 02/03/2026     Hạn sử dụng: 02/03/2027",
             "Số lô: L0326-EK",
             "Bảo quản nơi khô ráo, thoáng mát; đậy kín sau khi mở.",
             "Xuất xứ: Việt Nam     Sản xuất tại xã Ea Kar, tỉnh Đắk Lắk"], pt=11.0)
    return _other("nhan_hang_hoa_ca_phe_rang", "Nhãn hàng hóa", p, head)


def _transfer(mk: Maker) -> Paper:
    p = mk.page("jb", 9.5, (40.0, 170.0), 30.0)
    for line in ("NGÂN HÀNG TMCP CÔNG THƯƠNG VIỆT NAM", "------------------------------",
                 "Giao dịch thành công", "Thời gian: 20/03/2026 10:14:52",
                 "Tài khoản nguồn: 000248817365", "Tên: DOAN THI KIM CHI",
                 "Tài khoản nhận: 117002694415", "Tên: CONG TY TNHH SUAT AN HAI CHAU XANH",
                 "Số tiền: 18.910.000 VND", "Nội dung: TIEN AN BAN TRU T3 LOP 2/4",
                 "Mã giao dịch: FT26079188412", "------------------------------",
                 "Cảm ơn Quý khách đã sử dụng dịch vụ"):
        p.line(line, "r", 9.5, align="c")
    return _other("xac_nhan_chuyen_khoan_khong_tieu_de", "Xác nhận giao dịch", p, None)


def _envelope(mk: Maker) -> Paper:
    p = mk.page("vk", 12.0, (20.0, 190.0), 30.0)
    p.rect((14.0, 196.0, 24.0, 130.0), width=0.4)
    p.block([G.L("SỞ Y TẾ THÀNH PHỐ CẦN THƠ", "b", 11.0, align="l"),
             G.L("Số 71 Quang Trung, phường Ninh Kiều", "r", 10.0, align="l")], 20.0, 110.0)
    stamp(p, ["BƯU CHÍNH", "CẦN THƠ 18.03.26"], 150.0, 30.0, pt=8.0)
    p.y = 80.0
    for line in ("Kính gửi: Bà THẠCH THỊ SÔ PHIA", "số 88 đường 30/4, phường Ninh Kiều",
                 "thành phố Cần Thơ     ĐT: nhận tại nhà"):
        p.line(line, "i", 13.0, x0=80.0)
    return _other("phong_bi_so_y_te_khong_tieu_de", "Phong bì", p, None)
