"""Loose papers of public offices that no known type should be given: a plan and a council's
resolution (two pages each, a known type's words in capitals in their subjects), a press
release about identity cards, a timesheet, a schedule of citizens' hearings, a certificate of
merit, a travel order and an envelope without a title."""

from __future__ import annotations

from datetime import date

from parts import (
    L,
    Maker,
    Paper,
    dmy,
    in_words,
    in_words_short,
    recipients,
    sign_both,
    sign_right,
    signer,
    split_header,
    title,
)


def ke_hoach(mk: Maker) -> Paper:
    """KẾ HOẠCH whose subject names land certificates in capitals; two pages."""
    day = date(2025, 1, 15)
    p = mk.page("sans", 10.5, (22.0, 192.0), 14.0)
    split_header(p, ("ỦY BAN NHÂN DÂN", "THỊ XÃ TÂN CHÂU"), "61/KH-UBND",
                 f"Tân Châu, {in_words(day)}", pt=10.5)
    head = title(p, "KẾ HOẠCH\nSỐ HÓA HỒ SƠ CẤP GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT NĂM 2025", 12.5)
    p.line("I. MỤC ĐÍCH, YÊU CẦU", "b")
    p.p("Số hóa toàn bộ hồ sơ cấp Giấy chứng nhận lưu trữ tại Chi nhánh Văn phòng đăng ký đất "
        "đai thị xã từ năm 2004 đến năm 2024, bảo đảm dữ liệu đầy đủ, chính xác, khai thác "
        "được trên hệ thống thông tin đất đai.", indent=8.0)
    p.line("II. NỘI DUNG VÀ TIẾN ĐỘ", "b")
    rows = [["TT", "Nội dung công việc", "Thời gian", "Đơn vị chủ trì"],
            ["1", "Rà soát, phân loại hồ sơ", "Tháng 02 - 3/2025", "Chi nhánh VPĐKĐĐ"],
            ["2", "Quét, nhận dạng, ký số", "Tháng 4 - 8/2025", "Đơn vị tư vấn"],
            ["3", "Kiểm tra, nghiệm thu dữ liệu", "Tháng 9 - 10/2025", "Phòng TN&MT"],
            ["4", "Báo cáo kết quả", "Trước 15/12/2025", "Phòng TN&MT"]]
    p.table([12.0, 74.0, 40.0, 44.0], rows, aligns="clll", pt=10.0)
    q = mk.page("sans", 10.5, (22.0, 192.0), 18.0)
    q.line("III. KINH PHÍ THỰC HIỆN", "b")
    q.p("Kinh phí dự kiến 1.240.000.000 đồng từ nguồn sự nghiệp kinh tế ngân sách thị xã năm "
        "2025, theo Nghị quyết số 07/NQ-HĐND ngày 20/12/2024 của HĐND thị xã.", indent=8.0)
    q.line("IV. TỔ CHỨC THỰC HIỆN", "b")
    q.p("Phòng Tài nguyên và Môi trường chủ trì, phối hợp Chi nhánh Văn phòng đăng ký đất đai "
        "và UBND các xã, phường triển khai Kế hoạch này; báo cáo UBND thị xã hằng quý.",
        indent=8.0)
    q.gap(4.0)
    sign_both(q, recipients(["Sở NN&MT", "TT. Thị ủy, HĐND thị xã", "Lưu: VT"]),
              signer(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Văn Thạnh", "", 20.0))
    fields = {"so_ky_hieu": "61/KH-UBND", "ngay_ban_hanh": day.isoformat(),
              "co_quan_ban_hanh": "Ủy ban nhân dân thị xã Tân Châu"}
    return Paper("other", "Kế hoạch", "ke_hoach", [p, q], fields, head)


def nghi_quyet(mk: Maker) -> Paper:
    """NGHỊ QUYẾT of a commune's council approving a report, on two pages."""
    day = date(2024, 12, 20)
    p = mk.page("serif", 12.0, (26.0, 190.0), 14.0, dpi=300)
    split_header(p, ("HỘI ĐỒNG NHÂN DÂN", "XÃ PHÚ AN"), "07/NQ-HĐND",
                 f"Phú An, {in_words(day)}")
    head = title(p, "NGHỊ QUYẾT\nVỀ VIỆC THÔNG QUA BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024",
                 12.5)
    p.line("HỘI ĐỒNG NHÂN DÂN XÃ PHÚ AN", "b", 12.0, align="c")
    p.line("KHÓA XII, KỲ HỌP THỨ MƯỜI", "b", 12.0, align="c")
    p.gap(1.0)
    for base in ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                 "Xét Báo cáo số 212/BC-UBND ngày 05 tháng 12 năm 2024 của Ủy ban nhân dân "
                 "xã; ý kiến thảo luận của đại biểu Hội đồng nhân dân xã tại kỳ họp."):
        p.p(base, style="i", indent=8.0)
    p.line("QUYẾT NGHỊ:", "b", 12.0, align="c")
    p.p("Điều 1. Thông qua Báo cáo kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm "
        "2024 và phương hướng, nhiệm vụ năm 2025 của Ủy ban nhân dân xã.", indent=8.0)
    q = mk.page("serif", 12.0, (26.0, 190.0), 18.0, dpi=300)
    q.p("Điều 2. Giao Ủy ban nhân dân xã tổ chức thực hiện; Thường trực, các Ban và đại biểu "
        "Hội đồng nhân dân xã giám sát việc thực hiện Nghị quyết.", indent=8.0)
    q.p("Nghị quyết này đã được Hội đồng nhân dân xã Phú An khóa XII, kỳ họp thứ mười thông "
        f"qua ngày {dmy(day, pad=False)} và có hiệu lực từ ngày thông qua./.", indent=8.0)
    q.gap(4.0)
    sign_both(q, recipients(["TT. HĐND, UBND thị xã", "Đảng ủy xã", "Lưu: VT"]),
              signer(["CHỦ TỊCH"], "Lê Văn Đức", "", 20.0))
    fields = {"so_ky_hieu": "07/NQ-HĐND", "ngay_ban_hanh": day.isoformat(),
              "co_quan_ban_hanh": "Hội đồng nhân dân xã Phú An"}
    return Paper("other", "Nghị quyết", "nghi_quyet", [p, q], fields, head)


def thong_cao(mk: Maker) -> Paper:
    """THÔNG CÁO BÁO CHÍ of the provincial police, its subject about identity cards."""
    day = date(2025, 2, 7)
    p = mk.page("serif", 12.0, (26.0, 190.0), 14.0)
    split_header(p, ("BỘ CÔNG AN", "CÔNG AN TỈNH AN GIANG"), "19/TCBC-CAT",
                 f"An Giang, ngày {dmy(day)}", parent=True)
    head = title(p, "THÔNG CÁO BÁO CHÍ\nVỀ VIỆC CẤP CĂN CƯỚC CHO TRẺ EM DƯỚI 14 TUỔI", 13.0)
    for para in ("Từ ngày 10/02/2025, Công an tỉnh An Giang tổ chức cấp căn cước cho trẻ em dưới "
                 "14 tuổi tại Công an các huyện, thị xã, thành phố vào tất cả các ngày làm việc "
                 "trong tuần và sáng thứ Bảy.",
                 "Cha, mẹ hoặc người giám hộ đưa trẻ từ đủ 06 tuổi trở lên đến để thu nhận ảnh "
                 "khuôn mặt, vân tay; trẻ dưới 06 tuổi có thể làm thủ tục trực tuyến trên ứng "
                 "dụng định danh điện tử.",
                 "Không thu lệ phí đối với trường hợp cấp căn cước lần đầu. Mọi thắc mắc xin "
                 "liên hệ số điện thoại 069.2345.118 (Phòng Cảnh sát quản lý hành chính về "
                 "trật tự xã hội)."):
        p.p(para, indent=10.0, align="j")
    p.gap(4.0)
    sign_both(p, recipients(["Các cơ quan báo chí", "Lưu: VT, PV01"]),
              signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Đại tá Trần Văn Phúc", "", 20.0))
    fields = {"so_ky_hieu": "19/TCBC-CAT", "ngay_ban_hanh": day.isoformat(),
              "co_quan_ban_hanh": "Công an tỉnh An Giang"}
    return Paper("other", "Thông cáo báo chí", "thong_cao_bao_chi", [p], fields, head)


def bang_cham_cong(mk: Maker) -> Paper:
    """BẢNG CHẤM CÔNG of a commune's one-stop desk: a table of names and days."""
    day = date(2025, 4, 30)
    p = mk.page("sans", 9.5, (12.0, 198.0), 14.0)
    p.line("UBND XÃ CẦN ĐĂNG", "b", 10.5, x0=12.0)
    p.line("Bộ phận Một cửa", "r", 10.0, x0=18.0)
    p.gap(2.0)
    head = title(p, "BẢNG CHẤM CÔNG", 14.0, ["Tháng 4 năm 2025"])
    days = [str(d) for d in range(1, 16)]
    rows = [["Họ và tên", *days, "Công"]]
    for name, off in (("Nguyễn Thị Mai", ""), ("Trần Văn Bé", "14"), ("Lê Thị Thu", "9"),
                      ("Phạm Minh Trí", ""), ("Huỳnh Thị Lan", "3")):
        marks = ["-" if str(d) == off else ("x" if d % 7 not in (5, 6) else "") for d in
                 range(1, 16)]
        rows.append([name, *marks, str(sum(m == "x" for m in marks))])
    p.table([40.0] + [8.8] * 15 + [14.0], rows, aligns="l" + "c" * 16, pt=8.5, pad=1.0)
    p.field("Ký hiệu: x - làm việc; - : nghỉ phép; ô trống: ngày nghỉ.", style="i")
    p.gap(3.0)
    p.right(f"Cần Đăng, {in_words_short(day)}", "i", 10.0)
    sign_both(p, [L("NGƯỜI CHẤM CÔNG", "b", 10.0), L(space=16.0),
                  L("Nguyễn Thị Mai", "b", 10.0)],
              signer(["CHỦ TỊCH UBND XÃ"], "Trương Văn Ngọc", "", 16.0, 10.0))
    fields = {"ngay_ban_hanh": day.isoformat(), "co_quan_ban_hanh": "UBND xã Cần Đăng"}
    return Paper("other", "Bảng chấm công", "bang_cham_cong", [p], fields, head)


def lich_tiep_dan(mk: Maker) -> Paper:
    """LỊCH TIẾP CÔNG DÂN of a district for a month, in a table."""
    day = date(2025, 5, 28)
    p = mk.page("serif", 11.5, (22.0, 192.0), 14.0)
    split_header(p, ("ỦY BAN NHÂN DÂN", "HUYỆN CHÂU THÀNH"), "05/LTCD-UBND",
                 f"Châu Thành, {in_words(day)}")
    head = title(p, "LỊCH TIẾP CÔNG DÂN", 14.5, ["Của lãnh đạo UBND huyện tháng 6 năm 2025"])
    rows = [["Ngày", "Người tiếp", "Địa điểm"],
            [dmy(date(2025, 6, 5)), "Ông Nguyễn Thanh Bình - Chủ tịch", "Trụ sở tiếp công dân"],
            [dmy(date(2025, 6, 12)), "Ông Lê Quang Vinh - Phó Chủ tịch", "Trụ sở tiếp công dân"],
            [dmy(date(2025, 6, 19)), "Bà Đỗ Thị Kim Thoa - Phó Chủ tịch", "UBND xã Bình Hòa"],
            [dmy(date(2025, 6, 26)), "Ông Nguyễn Thanh Bình - Chủ tịch", "Trụ sở tiếp công dân"]]
    p.table([34.0, 80.0, 56.0], rows, aligns="cll", pt=11.0)
    p.p("Thời gian: buổi sáng từ 7 giờ 30 đến 11 giờ 00. Công dân đến trình bày khiếu nại, tố "
        "cáo, kiến nghị, phản ánh mang theo căn cước và tài liệu có liên quan.", indent=8.0)
    p.gap(4.0)
    sign_both(p, recipients(["Thanh tra huyện", "Ban Tiếp công dân", "Cổng TTĐT huyện",
                             "Lưu: VT"]),
              signer(["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], "Mai Thị Diễm", "", 20.0))
    fields = {"so_ky_hieu": "05/LTCD-UBND", "ngay_ban_hanh": day.isoformat(),
              "co_quan_ban_hanh": "Ủy ban nhân dân huyện Châu Thành"}
    return Paper("other", "Lịch tiếp công dân", "lich_tiep_cong_dan", [p], fields, head)


def bang_khen(mk: Maker) -> Paper:
    """BẰNG KHEN of a province's chairman in colour: framed, its register number below."""
    day = date(2025, 1, 20)
    p = mk.page("serif", 13.0, (24.0, 186.0), 30.0, color=True)
    p.rect((10.0, 200.0, 10.0, 287.0), width=1.6, outline=(190, 150, 40))
    p.rect((14.0, 196.0, 14.0, 283.0), width=0.5, outline=(190, 150, 40))
    p.emblem(105.0, 42.0, 12.0)
    p.y = 60.0
    p.line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", 13.0, align="c")
    p.gap(4.0)
    p.line("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG", "b", 14.0, align="c")
    p.line("TẶNG", "r", 13.0, align="c")
    p.gap(2.0)
    head = title(p, "BẰNG KHEN", 30.0)
    p.line("Bà NGUYỄN THỊ TUYẾT MAI", "b", 17.0, align="c")
    p.line("Chuyên viên Bộ phận Một cửa huyện Châu Thành", "i", 13.0, align="c")
    p.gap(2.0)
    p.para("Đã có thành tích xuất sắc trong thực hiện cải cách thủ tục hành chính và chuyển "
           "đổi số năm 2024", style="r", pt=13.0, indent=0.0, align="c")
    p.gap(6.0)
    p.line(f"Quyết định số 1123/QĐ-UBND ngày {dmy(date(2025, 1, 16))}", "r", 11.0, x0=28.0)
    p.line("Số vào sổ: 871/BK", "r", 11.0, x0=28.0)
    p.y = 200.0
    p.right(f"An Giang, {in_words(day)}", "i", 12.0)
    sign_right(p, signer(["CHỦ TỊCH"], "Hồ Văn Mừng", "", 22.0, 13.0))
    fields = {"so_ky_hieu": "871/BK", "ngay_ban_hanh": day.isoformat(),
              "co_quan_ban_hanh": "Ủy ban nhân dân tỉnh An Giang",
              "ho_ten": "NGUYỄN THỊ TUYẾT MAI"}
    return Paper("other", "Bằng khen", "bang_khen", [p], fields, head)


def giay_di_duong(mk: Maker) -> Paper:
    """GIẤY ĐI ĐƯỜNG: the traveller's name and position on one line, the order it follows
    with that order's number and date, the journey in a table."""
    day = date(2025, 3, 24)
    p = mk.page("sans", 10.5, (22.0, 192.0), 14.0)
    split_header(p, ("UBND TỈNH AN GIANG", "SỞ NỘI VỤ"), "45/GĐĐ", None, parent=True, pt=10.5)
    head = title(p, "GIẤY ĐI ĐƯỜNG", 15.0)
    p.field("Cấp cho: Ông Võ Minh Luân      Chức vụ: Chuyên viên Phòng Cải cách hành chính")
    p.field("Được cử đi công tác tại: UBND huyện Châu Thành, UBND thị xã Tân Châu", hang=6.0)
    p.field(f"Theo Quyết định cử đi công tác số 112/QĐ-SNV ngày {dmy(date(2025, 3, 20))}",
            hang=6.0)
    p.field("Từ ngày 25/03/2025 đến ngày 27/03/2025")
    p.right(f"Long Xuyên, ngày {dmy(day)}", "i", 10.5)
    sign_right(p, signer(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Phan Thị Hồng Nga", "", 18.0, 11.0))
    p.gap(2.0)
    rows = [["Nơi đi, nơi đến", "Ngày", "Phương tiện", "Xác nhận nơi đến"],
            ["Long Xuyên - Châu Thành", "25/03/2025", "Ô tô cơ quan", "UBND huyện Châu Thành"],
            ["Châu Thành - Tân Châu", "26/03/2025", "Ô tô cơ quan", "UBND thị xã Tân Châu"],
            ["Tân Châu - Long Xuyên", "27/03/2025", "Ô tô cơ quan", ""]]
    p.table([54.0, 28.0, 34.0, 54.0], rows, aligns="lccl", pt=10.0)
    fields = {"so_ky_hieu": "45/GĐĐ", "ngay_ban_hanh": day.isoformat(),
              "co_quan_ban_hanh": "Sở Nội vụ", "ho_ten": "Võ Minh Luân"}
    return Paper("other", "Giấy đi đường", "giay_di_duong", [p], fields, head)


def phong_bi(mk: Maker) -> Paper:
    """The face of an envelope: the sender at the top left, a stamp, the addressee; no
    title."""
    p = mk.page("sans", 11.0, (20.0, 195.0), 22.0)
    p.line("UBND XÃ VĨNH THÀNH", "b", 12.0, x0=20.0)
    p.line("Huyện Châu Thành - tỉnh An Giang", "r", 10.0, x0=20.0)
    p.line("ĐT: 0296.3835.027", "r", 10.0, x0=20.0)
    p.rect((165.0, 192.0, 18.0, 50.0), width=0.4)
    p.y = 28.0
    p.line("BƯU CHÍNH", "b", 8.0, x0=166.0, x1=191.0, align="c")
    p.line("ĐÃ THU CƯỚC", "r", 8.0, x0=166.0, x1=191.0, align="c")
    p.y = 95.0
    p.line("Kính gửi: Ông ĐẶNG QUỐC THỊNH", "b", 14.0, x0=80.0)
    p.line("Ấp Hòa Long, xã Vĩnh Thành", "r", 12.0, x0=80.0)
    p.line("Huyện Châu Thành, tỉnh An Giang", "r", 12.0, x0=80.0)
    p.y = 140.0
    p.line("HỎA TỐC - TRẢ KẾT QUẢ HỒ SƠ", "b", 12.0, x0=20.0)
    fields = {"co_quan_ban_hanh": "UBND xã Vĩnh Thành"}
    return Paper("other", "Phong bì", "phong_bi", [p], fields, None)


def papers(mk: Maker) -> list[Paper]:
    """This module's papers, in the order drawn."""
    return [ke_hoach(mk), thong_cao(mk), bang_cham_cong(mk), nghi_quyet(mk), phong_bi(mk),
            lich_tiep_dan(mk), bang_khen(mk), giay_di_duong(mk)]
