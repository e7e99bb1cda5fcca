"""Three dossiers of the tenth held-apart set: a woman has three papers copied and certified
(phường Sa Đéc, Đồng Tháp), her receipt a half page listing the originals in a table under
the national procedure code; a student asks the ward police to confirm her residence
(phường Buôn Ma Thuột, Đắk Lắk), her appointment slip with a counterfoil, without the
declaration she should have filled in; parents have their son's ethnicity set again to his
mother's (phường Hòa Bình, Phú Thọ), the receipt titled in mixed case."""

from __future__ import annotations

from datetime import date

from page10 import (
    MOTTO,
    MOTTO2,
    Dossier,
    L,
    Maker,
    Page,
    Paper,
    boxes,
    chip_card,
    dashed,
    dmy,
    header,
    motto,
    rows,
    sign_both,
    sign_right,
    signer,
    stamp,
    title,
    words,
)


def _certified(p: Page, n: int, x: float, top: float) -> None:
    stamp(p, ["CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH", f"Số chứng thực: {n}",
              "Quyển số: 01/2026-SCT/BS", "Ngày 06/4/2026 - UBND phường Sa Đéc"], x, top,
          pt=8.5)


def certified_copies(mk: Maker) -> Dossier:
    """Chứng thực bản sao (Sa Đéc): the receipt with its table of originals, the household
    book of 2015 (2 p.), the social-insurance book, the 1997 school-leaving diploma (colour,
    300 dpi) and her chip card."""
    her = mk.person("Huỳnh Thị Mỹ Xuân", "1979-05-21", False, "087",
                    "khóm 3, phường Sa Đéc, tỉnh Đồng Tháp")
    him = mk.person("Trần Văn Lực", "1976-11-02", True, "087", her.home)
    code = "000.00.19.H22-260406-0315"
    procedure = "Chứng thực sao y bản chính sổ hộ khẩu, sổ BHXH, bằng tốt nghiệp THPT"
    p = mk.page("san", 10.5, (16.0, 194.0), 12.0)
    p.pair([L("UBND PHƯỜNG SA ĐÉC", "r", 10.5), L("BỘ PHẬN MỘT CỬA", "b", 10.5, rule=22.0)],
           [L(MOTTO, "b", 10.0), L("Độc lập - Tự do - Hạnh phúc", "b", 10.5, rule=-1)],
           (14.0, 84.0), (84.0, 196.0))
    p.gap(3.0)
    head = title(p, "GIẤY BIÊN NHẬN BẢN CHÍNH ĐỂ CHỨNG THỰC", 13.0)
    p.line(f"Mã hồ sơ: {code}", "b", 10.0)
    p.line("Mã TTHC: 2.001052 (cấp độ 3, UBND cấp xã)", "r", 10.0)
    rows(p, [f"Người yêu cầu: {her.name}   CCCD: {her.cccd}   ĐT: {her.phone}",
             f"Nội dung yêu cầu: {procedure}"])
    p.table([12.0, 96.0, 24.0, 24.0, 22.0],
            [["STT", "Giấy tờ xuất trình (bản chính)", "Số trang", "Số bản sao", "Lệ phí"],
             ["1", "Sổ hộ khẩu số 870214563 (cấp 14/7/2015)", "2", "03", "12.000 đ"],
             ["2", "Sổ bảo hiểm xã hội số 8709142236", "1", "02", "4.000 đ"],
             ["3", "Bằng tốt nghiệp THPT số hiệu B 0417562", "1", "03", "6.000 đ"],
             ["4", "Thẻ căn cước công dân (đối chiếu, không sao)", "1", "-", "-"]],
             aligns="clccc", pt=9.5)
    rows(p, ["Cộng lệ phí: 22.000 đồng (Hai mươi hai nghìn đồng) - Biên lai số 0004518",
             "Nhận bản chính lúc 08 giờ 50 ngày 06/4/2026; trả bản sao lúc 10 giờ 30 cùng ngày",
             "Căn cứ Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 về cấp bản sao từ sổ gốc, "
             "chứng thực bản sao từ bản chính."], pt=10.0)
    p.gap(2.0)
    sign_both(p, signer(["NGƯỜI YÊU CẦU"], her.name, space=12.0, pt=10.5),
              signer(["CÔNG CHỨC TƯ PHÁP - HỘ TỊCH"], "Lê Ngọc Hân", space=12.0, pt=10.5))
    dashed(p, 10.0, 200.0, p.y + 3.0)
    receipt = Paper("phieu_tiep_nhan", "Giấy biên nhận hồ sơ", "bien_nhan_ban_chinh_bang",
                    [p], {"thu_tuc": procedure, "ho_ten": her.name, "so_cccd": her.cccd,
                          "ngay_ban_hanh": "2026-04-06", "co_quan_ban_hanh": "UBND phường Sa Đéc"},
                    head)

    h1 = mk.page("ser", 12.0, (30.0, 180.0), 30.0)
    h1.rect((24.0, 186.0, 20.0, 270.0), width=0.6)
    h1.center("CÔNG AN TỈNH ĐỒNG THÁP", "r", 12.0)
    h1.center("CÔNG AN THỊ XÃ SA ĐÉC", "b", 12.0)
    h1.gap(22.0)
    head = title(h1, "SỔ HỘ KHẨU", 24.0)
    h1.center("Số: 870214563", "b", 14.0)
    h1.gap(14.0)
    rows(h1, [f"Họ và tên chủ hộ: {him.upper}",
              "Nơi thường trú: số 46, đường Hùng Vương, khóm 3, phường 1, thị xã Sa Đéc, "
              "tỉnh Đồng Tháp",
              "Số đăng ký thường trú: 0412/ĐKTT, tờ số 18"])
    h1.gap(6.0)
    h1.line(f"Sa Đéc, {words(date(2015, 7, 14), pad=True)}", "i", 12.0, align="r")
    sign_right(h1, signer(["TRƯỞNG CÔNG AN THỊ XÃ"], "Đại tá Võ Thành Nhơn", space=18.0,
                          pt=11.5), seal=True)
    h2 = mk.page("ser", 11.0, (20.0, 190.0), 18.0)
    h2.head("NHỮNG NGƯỜI TRONG HỘ", align="c")
    h2.table([34.0, 52.0, 26.0, 18.0, 40.0],
             [["Quan hệ với chủ hộ", "Họ và tên", "Ngày sinh", "Giới tính", "Số CMND"],
              ["Chủ hộ", him.upper, dmy(him.born), "Nam", "341087204"],
              ["Vợ", her.upper, dmy(her.born), "Nữ", "341166835"],
              ["Con", "TRẦN MỸ NGỌC", "09/02/2003", "Nữ", "-"],
              ["Con", "TRẦN MINH KHANG", "17/8/2008", "Nam", "-"]], aligns="lllcl", pt=10.0)
    h2.gap(4.0)
    h2.line("Điều chỉnh: ngày 03/10/2019 thay đổi địa chỉ do sắp xếp lại khóm", "i", 10.0)
    _certified(h2, 412, 96.0, 200.0)
    book = Paper("so_ho_khau", "Sổ hộ khẩu", "so_ho_khau_2015_sao_y", [h1, h2],
                 {"ho_ten": him.upper, "so_ky_hieu": "870214563", "ngay_ban_hanh": "2015-07-14",
                  "co_quan_ban_hanh": "Công an thị xã Sa Đéc"}, head)

    s = mk.page("ser", 11.5, (36.0, 174.0), 26.0)
    s.rect((30.0, 180.0, 18.0, 200.0), width=0.5)
    s.center("BẢO HIỂM XÃ HỘI VIỆT NAM", "b", 12.0)
    s.gap(14.0)
    head = title(s, "SỔ BẢO HIỂM XÃ HỘI", 19.0)
    s.center("Số: 8709142236", "b", 13.0)
    s.gap(8.0)
    rows(s, [f"Họ và tên: {her.upper}", f"Ngày sinh: {dmy(her.born)}     Giới tính: Nữ",
             f"Số CCCD/ĐDCN: {her.cccd}", "Mã số thuế cá nhân: 8137052264"])
    s.gap(4.0)
    s.line(f"Đồng Tháp, {words(date(2021, 9, 22), pad=True)}", "i", 11.0, align="r")
    sign_right(s, signer(["GIÁM ĐỐC", "BẢO HIỂM XÃ HỘI TỈNH ĐỒNG THÁP"], "Phan Văn Cường",
                         space=14.0, pt=10.5), seal=True)
    _certified(s, 413, 36.0, 210.0)
    bhxh = Paper("so_bhxh", "Sổ bảo hiểm xã hội", "so_bhxh_bia_sao_y", [s],
                 {"ho_ten": her.upper, "so_ky_hieu": "8709142236", "so_cccd": her.cccd,
                  "ngay_ban_hanh": "2021-09-22",
                  "co_quan_ban_hanh": "Bảo hiểm xã hội tỉnh Đồng Tháp"}, head)

    d = mk.page("ser", 12.0, (26.0, 184.0), 24.0, dpi=300, color=True)
    d.rect((14.0, 196.0, 14.0, 200.0), width=1.2, outline=(150, 40, 40))
    motto(d, 12.0)
    d.center("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "b", 12.0)
    d.gap(4.0)
    head = title(d, "BẰNG TỐT NGHIỆP\nTRUNG HỌC PHỔ THÔNG", 17.0)
    rows(d, ["Giám đốc Sở Giáo dục và Đào tạo tỉnh Đồng Tháp", "Cấp cho:"])
    d.line(her.upper, "bi", 14.0, align="c")
    rows(d, [f"Ngày sinh: {dmy(her.born)}     Nơi sinh: Đồng Tháp",
             "Học sinh trường: THPT Nguyễn Đình Chiểu, thị xã Sa Đéc",
             "Khóa thi ngày: 10/6/1997     Xếp loại tốt nghiệp: Khá"])
    d.line(f"Cao Lãnh, {words(date(1997, 7, 25))}", "i", 12.0, align="r")
    sign_right(d, signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Nguyễn Văn Thành", space=14.0,
                         pt=11.5), seal=True)
    d.line("Số hiệu: B 0417562        Số vào sổ cấp bằng: 2216/TN-97", "r", 10.0)
    diploma = Paper("bang_cap", "Bằng tốt nghiệp trung học phổ thông", "bang_thpt_1997", [d],
                    {"ho_ten": her.upper, "so_ky_hieu": "B 0417562", "ngay_ban_hanh": "1997-07-25",
                     "co_quan_ban_hanh": "Sở Giáo dục và Đào tạo tỉnh Đồng Tháp"}, head)
    card = chip_card(mk, her, issued=date(2021, 4, 27), home="Khóm 3, Phường 1, Sa Đéc, "
                     "Đồng Tháp", origin="Lai Vung, Đồng Tháp", kind="cccd_sa_dec")
    return Dossier(code, procedure, [], [receipt, book, bhxh, diploma, card])


def residence(mk: Maker) -> Dossier:
    """Xác nhận thông tin về cư trú (Buôn Ma Thuột): the police's slip with its counterfoil at
    the left, her university's list of papers for enrolment, and her chip card;
    the declaration is still to come."""
    her = mk.person("Nay H'Linh", "2007-12-03", False, "066",
                    "buôn Ko Tam, phường Buôn Ma Thuột, tỉnh Đắk Lắk")
    code = "000.00.33.H15-260407-1148"
    procedure = "Xác nhận nơi thường trú để nhập học (sinh viên năm nhất)"
    p = mk.page("san", 9.5, (62.0, 200.0), 12.0)
    p.rect((8.0, 202.0, 8.0, 150.0), width=0.4)
    for y in range(10, 150, 4):
        p.vline(56.0, y, y + 2.0, 0.25)
    stub = [L("CUỐNG PHIẾU", "b", 9.5), L("(lưu tại Công an phường)", "i", 8.0),
            L(space=3.0), L("Số: 1148", "b", 11.0), L(space=3.0),
            L("Người nộp:", "r", 9.0), L(her.name, "b", 9.0), L(space=2.0),
            L("Ngày nhận: 07/4/2026", "r", 9.0), L("Hẹn trả: 09/4/2026", "r", 9.0),
            L(space=2.0), L("Ký nhận kết quả:", "r", 9.0)]
    top = p.y
    p.block(stub, 10.0, 54.0)
    p.y = top
    p.pair([L("CÔNG AN TỈNH ĐẮK LẮK", "r", 9.5),
            L("CÔNG AN PHƯỜNG BUÔN MA THUỘT", "b", 9.5, rule=20.0)],
           [L("Số: 1148/PH-CAP", "r", 9.5), L("Liên giao công dân", "i", 9.0)],
           (60.0, 140.0), (140.0, 200.0))
    p.gap(2.0)
    head = title(p, "PHIẾU HẸN\nXÁC NHẬN THÔNG TIN CƯ TRÚ", 12.5)
    p.line(f"Mã hồ sơ: {code}", "b", 9.5)
    rows(p, [f"Họ tên: {her.name}     SĐT: {her.phone}",
             f"Số định danh: {her.cccd}",
             f"Yêu cầu: {procedure}",
             "Đã nhận: danh mục hồ sơ nhập học của Trường; thẻ CCCD (đối chiếu)",
             "Còn thiếu: Tờ khai thay đổi thông tin cư trú (mẫu CT01) - bổ sung khi nhận kết quả",
             "Thời gian nhận: 14 giờ 20, 07/4/2026. Hẹn trả: 09/4/2026 (trong giờ hành chính)",
             "Tra cứu: cổng dịch vụ công Bộ Công an, mục Cư trú"], pt=9.5)
    sign_right(p, signer(["CÁN BỘ TIẾP NHẬN"], "Thượng úy H'Yên Byă", space=10.0, pt=9.5))
    receipt = Paper("phieu_tiep_nhan", "Phiếu hẹn trả kết quả", "phieu_hen_cuong_phieu", [p],
                    {"thu_tuc": procedure, "ho_ten": her.name, "so_cccd": her.cccd,
                     "so_ky_hieu": "1148/PH-CAP", "ngay_ban_hanh": "2026-04-07",
                     "co_quan_ban_hanh": "Công an phường Buôn Ma Thuột"}, head)

    n = mk.page("dis", 11.0, (20.0, 190.0), 14.0)
    n.pair([L("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "r", 10.5),
            L("TRƯỜNG ĐẠI HỌC NAM TRƯỜNG SƠN", "b", 10.5, rule=24.0)],
           [L(MOTTO, "b", 10.0), L(MOTTO2, "b", 10.5, rule=-1),
            L(f"TP. Hồ Chí Minh, {words(date(2026, 3, 30))}", "i", 10.5)],
           (10.0, 96.0), (92.0, 204.0))
    n.gap(4.0)
    head = title(n, "DANH MỤC HỒ SƠ NHẬP HỌC", 15.0, ("Đại học chính quy khóa 2026",))
    rows(n, [f"Thí sinh: {her.upper}     Ngày sinh: {dmy(her.born)}",
             f"Số định danh: {her.cccd}     Số báo danh: 47012736",
             "Ngành trúng tuyển: Sư phạm Tiếng Anh (mã ngành 7140231), tổ hợp D01",
             "Nhập học từ ngày 15/4/2026 đến ngày 20/4/2026 tại cơ sở 2 của Trường."])
    n.table([12.0, 118.0, 40.0],
            [["TT", "Giấy tờ", "Ghi chú"],
             ["1", "Giấy xác nhận thông tin về cư trú (do Công an cấp xã cấp)", "bản chính"],
             ["2", "Học bạ trung học phổ thông", "bản sao chứng thực"],
             ["3", "Giấy chứng nhận tốt nghiệp tạm thời", "bản chính"],
             ["4", "Giấy khám sức khỏe (trong 06 tháng)", "bản chính"],
             ["5", "Giấy tờ ưu tiên khu vực 1, đối tượng 01 (nếu có)", "bản sao"]],
            aligns="clc", pt=10.0)
    rows(n, ["Học phí học kỳ I: miễn theo Nghị định số 116/2020/NĐ-CP ngày 25/9/2020.",
             "Thí sinh nộp đủ các mục trên; thiếu mục nào ghi rõ lý do và hẹn ngày bổ sung."])
    sign_right(n, signer(["TL. HIỆU TRƯỞNG", "TRƯỞNG PHÒNG ĐÀO TẠO"], "ThS. Đoàn Minh Triết",
                         space=14.0, pt=10.5))
    notice = Paper("other", "Danh mục hồ sơ nhập học", "danh_muc_ho_so_nhap_hoc", [n], {},
                   head)
    card = chip_card(mk, her, issued=date(2022, 1, 18), home="Buôn Ko Tam, Ea Tu, Buôn Ma "
                     "Thuột, Đắk Lắk", origin="Krông Ana, Đắk Lắk", kind="cccd_buon_ma_thuot")
    return Dossier(code, procedure, ["Tờ khai thay đổi thông tin cư trú (đề nghị xác nhận)"],
                   [receipt, notice, card])


def ethnicity(mk: Maker) -> Dossier:
    """Xác định lại dân tộc (Hòa Bình, Phú Thọ): the receipt titled in mixed case, the
    declaration with the mother's number written by hand in boxes, the parents' agreement, the
    2014 birth certificate and the 2014 hospital birth paper."""
    mother = mk.person("Bùi Thị Nguyệt", "1988-08-15", False, "017",
                       "tổ 5, phường Hòa Bình, tỉnh Phú Thọ")
    father = mk.person("Đinh Quang Huy", "1985-02-28", True, "017", mother.home)
    son = "Đinh Bùi Gia Bảo"
    code = "000.00.25.H45-260409-0057"
    procedure = "Xác định lại dân tộc cho con (từ dân tộc Kinh sang dân tộc Mường theo mẹ)"
    p = mk.page("san", 10.5, (18.0, 192.0), 12.0)
    p.line("UBND PHƯỜNG HÒA BÌNH - BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ (HCC)", "b", 10.0,
           align="c")
    p.line("Địa chỉ: số 2 đường Cù Chính Lan, phường Hòa Bình, tỉnh Phú Thọ", "r", 9.0,
           align="c")
    p.hline(18.0, 192.0, p.y + 1.0, 0.5)
    p.gap(4.0)
    head = title(p, "Phiếu Tiếp Nhận Và Hẹn Trả Kết Quả", 14.5)
    p.line(f"Mã hồ sơ: {code}", "b", 10.5)
    p.line("Mã thủ tục (Cổng DVC quốc gia): 2.000748.000.00.00.H45", "r", 10.0)
    p.head("I. Người nộp hồ sơ")
    rows(p, [f"Họ và tên: {mother.name}     Số CCCD: {mother.cccd}",
             f"Địa chỉ: {mother.home}     Điện thoại: {mother.phone}"], indent=6.0)
    p.head("II. Nội dung")
    rows(p, [f"Thủ tục: {procedure}",
             f"Người được xác định lại dân tộc: cháu {son}, sinh ngày 19/10/2014",
             "Giấy khai sinh số 241/2014, quyển số 01/2014 - UBND phường Phương Lâm"],
         indent=6.0)
    p.head("III. Thành phần hồ sơ")
    rows(p, ["1. Tờ khai (01 bản chính)   2. Văn bản thỏa thuận của cha, mẹ (01 bản)",
             "3. Giấy khai sinh (bản sao)   4. Giấy chứng sinh (bản sao)"], indent=6.0)
    p.head("IV. Thời hạn")
    rows(p, ["Ngày nhận: 09/04/2026 lúc 09 giờ 05     Ngày hẹn trả: 13/04/2026",
             "Lệ phí: 15.000 đồng (đã thu)"], indent=6.0)
    sign_both(p, signer(["NGƯỜI NỘP"], mother.name, space=12.0, pt=10.5),
              signer(["NGƯỜI TIẾP NHẬN"], "Quách Thị Lan Phương", space=12.0, pt=10.5))
    receipt = Paper("phieu_tiep_nhan", "Phiếu tiếp nhận hồ sơ", "phieu_tieu_de_chu_thuong",
                    [p], {"thu_tuc": procedure, "ho_ten": mother.name, "so_cccd": mother.cccd,
                          "ngay_ban_hanh": "2026-04-09",
                          "co_quan_ban_hanh": "UBND phường Hòa Bình"}, head)

    f = mk.page("dis", 11.0, (20.0, 192.0), 12.0)
    motto(f, 11.5)
    head = title(f, "Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch,\n"
                 "xác định lại dân tộc", 13.0)
    f.line("Kính gửi: Ủy ban nhân dân phường Hòa Bình, tỉnh Phú Thọ", "r", 11.0, align="c")
    f.gap(1.0)
    rows(f, [f"Họ, chữ đệm, tên người yêu cầu: {mother.upper}",
             f"Nơi cư trú: {mother.home}"])
    boxes(f, "Số định danh cá nhân:", mother.cccd, hand=True)
    rows(f, ["Quan hệ với người được xác định lại dân tộc: mẹ đẻ",
             f"Đề nghị cơ quan đăng ký xác định lại dân tộc cho: {son.upper()}",
             "Ngày sinh: 19/10/2014     Nơi sinh: Bệnh viện Đa khoa tỉnh Hòa Bình",
             "Giấy khai sinh số 241/2014, quyển số 01/2014, UBND phường Phương Lâm cấp",
             "Dân tộc đã đăng ký: Kinh     Dân tộc xác định lại: Mường",
             f"Cha: {father.name}, dân tộc Kinh, số định danh {father.cccd}",
             f"Mẹ: {mother.name}, dân tộc Mường",
             "Lý do: cha mẹ thỏa thuận để con mang dân tộc của mẹ (Điều 29 Bộ luật Dân sự "
             "2015; Điều 28 Luật Hộ tịch ngày 20 tháng 11 năm 2014).",
             "Tôi cam đoan nội dung đề nghị trên là đúng sự thật và chịu trách nhiệm trước "
             "pháp luật về cam đoan của mình."])
    f.line(f"Làm tại: phường Hòa Bình, {words(date(2026, 4, 8))}", "i", 11.0, align="r")
    sign_right(f, signer(["Người yêu cầu"], mother.name, "(Ký, ghi rõ họ tên)", 14.0, 11.0))
    form = Paper("don_de_nghi", "Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ "
                 "tịch, xác định lại dân tộc", "to_khai_xac_dinh_dan_toc", [f],
                 {"ho_ten": mother.upper, "so_cccd": mother.cccd, "ngay_ban_hanh": "2026-04-08"},
                 head)

    a = mk.page("dis", 12.0, (24.0, 188.0), 16.0)
    motto(a, 12.0)
    head = title(a, "VĂN BẢN THỎA THUẬN\nVỀ VIỆC XÁC ĐỊNH LẠI DÂN TỘC CHO CON", 14.0)
    a.p("Chúng tôi gồm:", indent=0.0)
    rows(a, [f"1. Ông {father.name}, sinh ngày {dmy(father.born)}, dân tộc Kinh, số định "
             f"danh cá nhân {father.cccd}",
             f"2. Bà {mother.name}, sinh ngày {dmy(mother.born)}, dân tộc Mường, số định danh "
             f"cá nhân {mother.cccd}",
             f"Cùng cư trú tại: {mother.home}"], indent=4.0)
    a.p(f"Là cha, mẹ của cháu {son}, sinh ngày 19/10/2014. Khi đăng ký khai sinh năm 2014, "
        "dân tộc của cháu được ghi theo dân tộc của cha (Kinh). Nay chúng tôi thống nhất "
        "thỏa thuận xác định lại dân tộc của cháu theo dân tộc của mẹ là dân tộc Mường. "
        "Cháu đã đủ 09 tuổi trở lên và đồng ý với việc xác định lại dân tộc.", align="j")
    a.p("Chúng tôi cam kết thỏa thuận này là tự nguyện.", align="j")
    a.line(f"Hòa Bình, {words(date(2026, 4, 7), pad=True)}", "i", 12.0, align="r")
    sign_both(a, signer(["NGƯỜI CHA"], father.name, space=14.0, pt=12.0),
              signer(["NGƯỜI MẸ"], mother.name, space=14.0, pt=12.0))
    a.line(f"Ý kiến của con: Con đồng ý. {son}", "i", 11.0, align="l")
    deal = Paper("van_ban_thoa_thuan", "Văn bản thỏa thuận", "thoa_thuan_dan_toc_con", [a],
                 {"ho_ten": father.name, "so_cccd": father.cccd, "ngay_ban_hanh": "2026-04-07"},
                 head)

    b = mk.page("ser", 12.0, (24.0, 188.0), 14.0)
    header(b, ["UBND THÀNH PHỐ HÒA BÌNH", "ỦY BAN NHÂN DÂN", "PHƯỜNG PHƯƠNG LÂM"],
           "241/2014", parents=2)
    head = title(b, "GIẤY KHAI SINH", 17.0, ("(BẢN SAO)",))
    rows(b, [f"Họ, chữ đệm, tên: {son.upper()}",
             "Ngày, tháng, năm sinh: 19/10/2014  ghi bằng chữ: Ngày mười chín, tháng mười, "
             "năm hai nghìn không trăm mười bốn",
             "Giới tính: Nam     Dân tộc: Kinh     Quốc tịch: Việt Nam",
             "Nơi sinh: Bệnh viện Đa khoa tỉnh Hòa Bình",
             "Quê quán: xã Yên Mông, thành phố Hòa Bình, tỉnh Hòa Bình",
             f"Họ, chữ đệm, tên người mẹ: {mother.upper}  Năm sinh: 1988  Dân tộc: Mường",
             f"Họ, chữ đệm, tên người cha: {father.upper}  Năm sinh: 1985  Dân tộc: Kinh",
             "Nơi đăng ký khai sinh: Ủy ban nhân dân phường Phương Lâm",
             f"Ngày, tháng, năm đăng ký: {words(date(2014, 10, 27), pad=True)}"])
    sign_right(b, signer(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Bùi Văn Thắng", space=14.0,
                         pt=11.5), seal=True)
    stamp(b, ["SAO TỪ SỔ ĐĂNG KÝ KHAI SINH", "ngày 02/4/2026"], 30.0, 250.0)
    birth = Paper("giay_khai_sinh", "Giấy khai sinh", "giay_khai_sinh_2014_ban_sao", [b],
                  {"ho_ten": son.upper(), "so_ky_hieu": "241/2014", "ngay_ban_hanh": "2014-10-27",
                   "co_quan_ban_hanh": "Ủy ban nhân dân phường Phương Lâm"}, head)

    c = mk.page("san", 10.5, (18.0, 192.0), 14.0)
    c.pair([L("SỞ Y TẾ HÒA BÌNH", "r", 10.0), L("BV ĐA KHOA TỈNH HÒA BÌNH", "b", 10.0,
                                                   rule=20.0),
            L("Số: 5807/GCS", "r", 10.0)],
           [L("Mẫu số 01/BYT", "i", 9.5), L("Quyển số: 14", "r", 9.5)],
           (12.0, 104.0), (120.0, 200.0))
    c.gap(3.0)
    head = title(c, "GIẤY CHỨNG SINH", 15.0)
    rows(c, [f"Họ và tên mẹ: {mother.upper}     Năm sinh: 1988",
             "Số CMND: 113402657     Dân tộc: Mường",
             "Nơi đăng ký thường trú: tổ 5, phường Phương Lâm, TP Hòa Bình, tỉnh Hòa Bình",
             "Đã sinh con vào lúc: 06 giờ 40 phút, ngày 19 tháng 10 năm 2014",
             "Tại: Khoa Sản, Bệnh viện Đa khoa tỉnh Hòa Bình",
             "Số con trong lần sinh: 01     Giới tính của con: Nam     Cân nặng: 3.300 gam",
             "Dự định đặt tên con: Đinh Gia Bảo",
             "Người đỡ đẻ: Hộ sinh Đinh Thị Thu Hường"])
    c.line(f"Hòa Bình, {words(date(2014, 10, 20))}", "i", 11.0, align="r")
    sign_both(c, signer(["Người đỡ đẻ"], "Đinh Thị Thu Hường", space=12.0, pt=10.5),
              signer(["GIÁM ĐỐC"], "Nguyễn Quang Vinh", space=12.0, pt=10.5), seal="right")
    born = Paper("giay_chung_sinh", "Giấy chứng sinh", "giay_chung_sinh_2014", [c],
                 {"ho_ten": mother.upper, "so_ky_hieu": "5807/GCS", "ngay_ban_hanh": "2014-10-20",
                  "co_quan_ban_hanh": "BV ĐA KHOA TỈNH HÒA BÌNH"}, head)
    return Dossier(code, procedure, [], [receipt, form, deal, birth, born])
