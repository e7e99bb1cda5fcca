"""Three dossiers of the ninth held-apart set: a wife's consent to the sale of the family car,
brought to have her signature certified (Quảng Trị), its receipt a slip of dotted leaders with
the values at the right and a queue number; a young worker declaring his absence before he
leaves for a factory in Đồng Nai (Hà Tĩnh), the police receipt in a frame; a sister asking for
copies of a marriage extract for a woman living in Korea (Thanh Hóa), the receipt a grid
printed by the civil-status software, which says the declaration is still to come."""

from __future__ import annotations

from datetime import date

from page9 import (
    MOTTO,
    MOTTO2,
    Dossier,
    G,
    Maker,
    Page,
    Paper,
    boxes,
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


def leader(p: Page, label: str, value: str, *, pt: float | None = None,
           style: str = "b") -> None:
    """A slip's line: the label at the left, the value at the right margin, dots between;
    recorded as the label and the value."""
    pt = pt or p.pt
    base = p._baseline(pt)
    p.put(p.x0, base, label, "r", pt, record=False)
    w = p.width(value, style, pt)
    start, end = p.x0 + p.width(label + " ", "r", pt), p.x1 - w - 1.5
    if end - start < 4.0:
        raise G.LayoutError(f"no room for the value: {value!r}")
    dot = p.width(". ", "r", pt)
    p.put(start, base, ". " * int((end - start) / dot), "r", pt, record=False,
          fill=(110, 110, 110))
    p.put(p.x1 - w, base, value, style, pt, record=False)
    p.lines.append(G.nfc(f"{label} {value}"))
    p.y += pt * G.MM_PER_PT * G.LEAD


def consent_certified(mk: Maker) -> Dossier:
    """Chứng thực chữ ký (Quảng Trị): the queue slip, the wife's consent to the sale of the
    car (2 p., the certifier's part left blank for the counter) and their 2015 marriage
    certificate (a certified copy)."""
    wife = mk.person("Hồ Thị Thanh Tâm", "1988-01-21", False, "044",
                     "tổ dân phố 7, phường Đồng Hới, tỉnh Quảng Trị")
    husband = mk.person("Nguyễn Hữu Phong", "1985-09-03", True, "044", wife.home)
    code = "000.00.20.H50-260317-0127"
    procedure = "Chứng thực chữ ký trên văn bản đồng ý bán xe ô tô là tài sản chung vợ chồng"
    p = mk.page("rob", 11.0, (40.0, 170.0), 16.0)
    p.rect((34.0, 176.0, 12.0, 150.0), width=0.35)
    p.line("ỦY BAN NHÂN DÂN PHƯỜNG ĐỒNG HỚI", "b", 11.0, align="c")
    p.line("Bộ phận Một cửa - Quầy chứng thực", "r", 10.5, align="c")
    p.rect((144.0, 170.0, 30.0, 46.0), width=0.5)
    p.put(147.0, 35.0, "STT", "r", 8.0, record=False)
    p.put(147.0, 44.0, "0127", "b", 17.0)
    p.gap(4.0)
    head = title(p, "PHIẾU HẸN VÀ NHẬN\nYÊU CẦU CHỨNG THỰC", 14.0)
    p.line(f"Mã hồ sơ: {code}", "b", 10.5)
    leader(p, "Người yêu cầu", wife.name)
    leader(p, "Số giấy tờ tùy thân", wife.cccd, style="r")
    leader(p, "Giấy tờ yêu cầu chứng thực", "Văn bản đồng ý (01 bản)", style="r")
    leader(p, "Số bản cần chứng thực", "03", style="r")
    p.field("Việc chứng thực:", pt=11.0)
    p.field(procedure, style="b", pt=11.0, x0=p.x0 + 6.0)
    leader(p, "Ngày nhận", "17/3/2026, 10 giờ 05", style="r")
    leader(p, "Hẹn trả", "trong ngày, 15 giờ 00", style="r")
    leader(p, "Lệ phí", "10.000 đồng/chữ ký", style="r")
    p.field("Người yêu cầu phải ký trước mặt người thực hiện chứng thực; mang theo bản chính "
            "Căn cước.", style="i", pt=9.5)
    p.gap(1.0)
    sign_right(p, signer(["Công chức tiếp nhận"], "Trần Thị Mỹ Lệ", space=13.0, pt=10.5))
    receipt = Paper("phieu_tiep_nhan", "Phiếu hẹn", "phieu_hen_dau_cham", [p],
                    {"thu_tuc": procedure, "ho_ten": wife.name, "so_cccd": wife.cccd,
                     "ngay_ban_hanh": "2026-03-17",
                     "co_quan_ban_hanh": "Ủy ban nhân dân phường Đồng Hới"}, head)

    a = mk.page("gen", 12.5, (24.0, 188.0), 14.0)
    motto(a, 12.5)
    head = title(a, "VĂN BẢN ĐỒNG Ý\nBÁN TÀI SẢN CHUNG CỦA VỢ CHỒNG", 15.0)
    a.p(f"Tôi là {wife.name}, sinh ngày {dmy(wife.born)}, Căn cước công dân số {wife.cccd} "
        "do Cục Cảnh sát quản lý hành chính về trật tự xã hội cấp ngày 11/5/2021, nơi cư trú: "
        f"{wife.home}.", indent=8.0, align="j")
    a.p(f"Là vợ của ông {husband.name}, sinh năm 1985, Căn cước công dân số {husband.cccd}, "
        "theo Giấy chứng nhận kết hôn số 41, quyển số 01/2015 do Ủy ban nhân dân phường Đồng "
        "Phú, thành phố Đồng Hới cấp ngày 26/12/2015.", indent=8.0, align="j")
    a.p("Căn cứ Điều 35 Luật Hôn nhân và gia đình ngày 19 tháng 6 năm 2014, tôi đồng ý để "
        "chồng tôi được toàn quyền bán chiếc xe ô tô con nhãn hiệu Kia Morning, biển số "
        "73A-214.56, số khung RNYFA51BAKS018273, số máy G3LAKP447812, Giấy chứng nhận đăng ký "
        "xe số 073918 do Phòng Cảnh sát giao thông Công an tỉnh Quảng Bình cấp ngày 05/9/2022, "
        "là tài sản chung của vợ chồng.", indent=8.0, align="j")
    a.p("Giá bán, phương thức thanh toán do chồng tôi tự quyết định; tiền bán xe được chuyển "
        "vào tài khoản số 4210 0583 1127 của chồng tôi tại Ngân hàng TMCP Sông Nhật Lệ.",
        indent=8.0, align="j")
    a2 = mk.page("gen", 12.5, (24.0, 188.0), 16.0)
    a2.p("Tôi cam đoan văn bản này do tôi tự nguyện lập, không bị lừa dối, ép buộc; tôi chịu "
         "trách nhiệm trước pháp luật về việc đồng ý nêu trên.", indent=8.0, align="j")
    a2.line(f"Đồng Hới, {words(date(2026, 3, 16))}", "i", 12.5, align="r")
    sign_right(a2, signer(["NGƯỜI LẬP VĂN BẢN"], wife.name, "(Ký, ghi rõ họ tên)", 16.0,
                          12.5))
    a2.gap(4.0)
    a2.rect((22.0, 190.0, a2.y, a2.y + 70.0), width=0.3)
    a2.gap(3.0)
    a2.head("LỜI CHỨNG CỦA NGƯỜI THỰC HIỆN CHỨNG THỰC", align="c", pt=12.0)
    rows(a2, ["Ngày ...... tháng ...... năm 2026, tại Ủy ban nhân dân phường Đồng Hới,",
              "Bà ........................................................ đã ký vào văn bản "
              "này trước mặt tôi.",
              "Số chứng thực: ........ quyển số ......../2026-SCT/CK,ĐC"], pt=11.5, indent=4.0)
    consent = Paper("van_ban_thoa_thuan", "Văn bản đồng ý bán tài sản chung của vợ chồng",
                    "van_ban_dong_y_ban_xe", [a, a2],
                    {"ho_ten": wife.name, "so_cccd": wife.cccd, "ngay_ban_hanh": "2026-03-16"},
                    head)

    m = mk.page("gen", 12.0, (22.0, 190.0), 14.0)
    m.frame()
    header(m, ("UBND THÀNH PHỐ ĐỒNG HỚI", "UBND PHƯỜNG ĐỒNG PHÚ"), "41", pt=11.5)
    m.line("Quyển số: 01/2015", "r", 11.0, x0=12.0)
    head = title(m, "GIẤY CHỨNG NHẬN KẾT HÔN", 17.0)
    m.table([46.0, 62.0, 62.0], [
        ["", "Chồng", "Vợ"],
        ["Họ, chữ đệm, tên", husband.upper, wife.upper],
        ["Ngày, tháng, năm sinh", dmy(husband.born), dmy(wife.born)],
        ["Dân tộc / Quốc tịch", "Kinh / Việt Nam", "Kinh / Việt Nam"],
        ["Nơi cư trú", "tiểu khu 9, phường Đồng Phú", "tiểu khu 4, phường Nam Lý"],
        ["Giấy tờ tùy thân", "CMND 194218375", "CMND 194402116"]], aligns="lll", pt=11.0)
    m.line(f"Đồng Phú, {words(date(2015, 12, 26), pad=True)}", "i", 12.0, align="r")
    sign_both(m, signer(["Chồng"], husband.name, space=12.0, pt=11.0),
              signer(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lê Văn Sáu", space=14.0, pt=11.0),
              seal="right")
    stamp(m, ["CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH", "Số chứng thực: 0388",
              "Ngày 05/3/2026 - UBND phường Đồng Hới"], 24.0, 252.0, pt=8.5)
    marriage = Paper("giay_chung_nhan_ket_hon", "Giấy chứng nhận kết hôn (2015, bản sao)",
                     "gcn_ket_hon_2015_sao", [m],
                     {"ho_ten": husband.upper, "so_ky_hieu": "41", "ngay_ban_hanh": "2015-12-26",
                      "co_quan_ban_hanh": "UBND phường Đồng Phú"}, head)
    return Dossier(code, procedure, [], [receipt, consent, marriage])


def absence(mk: Maker) -> Dossier:
    """Khai báo tạm vắng (Hà Tĩnh): the ward police's receipt in a frame, the residence
    declaration CT01 with the number in boxes and a labour contract with a company in Đồng
    Nai (2 p.)."""
    worker = mk.person("Trần Văn Hậu", "2003-04-17", True, "042",
                       "tổ dân phố Tân Giang, phường Thành Sen, tỉnh Hà Tĩnh")
    code = "000.00.24.H29-260313-0046"
    procedure = ("Khai báo tạm vắng (đi làm việc tại tỉnh Đồng Nai từ 20/3/2026 đến "
                 "20/3/2028)")
    p = mk.page("gen", 12.0, (22.0, 190.0), 12.0)
    header(p, ("CÔNG AN TỈNH HÀ TĨNH", "CÔNG AN PHƯỜNG THÀNH SEN"), None, pt=11.5)
    head = title(p, "GIẤY TIẾP NHẬN HỒ SƠ KHAI BÁO CƯ TRÚ", 14.5)
    top = p.y
    p.x0, p.x1 = 26.0, 186.0
    p.gap(2.0)
    p.line(f"Mã hồ sơ: {code}", "b", 12.0)
    p.field("Hồ sơ nộp qua: Cổng dịch vụ công quốc gia (bản điện tử), đối chiếu tại trụ sở",
            pt=11.0)
    p.field(f"Họ và tên người đề nghị: {worker.upper}     Sinh ngày: {dmy(worker.born)}")
    p.field(f"Số định danh cá nhân: {worker.cccd}")
    p.field(f"Nơi thường trú: {worker.home}")
    p.field("Về việc:")
    p.field(procedure, style="b", x0=p.x0 + 8.0)
    p.field("Giấy tờ kèm theo: Tờ khai thay đổi thông tin cư trú (CT01); Hợp đồng lao động "
            "số 2603/2026/HĐLĐ-TBX (bản chụp).")
    p.field("Thời gian tiếp nhận: 08 giờ 15 phút, ngày 13/3/2026.")
    p.field("Thời hạn giải quyết: 01 ngày làm việc; kết quả được cập nhật vào Cơ sở dữ liệu "
            "về cư trú và gửi qua tài khoản định danh điện tử.")
    p.gap(2.0)
    p.rect((22.0, 190.0, top, p.y), width=0.45, radius=2.0)
    p.x0, p.x1 = 22.0, 190.0
    p.gap(3.0)
    sign_both(p, signer(["NGƯỜI NỘP HỒ SƠ"], worker.name, space=14.0, pt=11.5),
              signer(["CÁN BỘ TIẾP NHẬN"], "Thượng úy Phan Đình Lộc", space=14.0, pt=11.5))
    receipt = Paper("phieu_tiep_nhan", "Giấy tiếp nhận hồ sơ", "giay_tiep_nhan_cong_an_khung",
                    [p], {"thu_tuc": procedure, "ho_ten": worker.upper, "so_cccd": worker.cccd,
                          "ngay_ban_hanh": "2026-03-13",
                          "co_quan_ban_hanh": "Công an phường Thành Sen"}, head)

    f = mk.page("con", 11.5, (20.0, 192.0), 12.0)
    f.line("Mẫu CT01 ban hành kèm theo Thông tư số 66/2023/TT-BCA", "i", 9.5, align="r")
    motto(f, 12.0)
    head = title(f, "TỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ", 14.5)
    f.line("Kính gửi: Công an phường Thành Sen", "r", 11.5, align="c")
    f.gap(1.0)
    rows(f, [f"1. Họ, chữ đệm và tên: {worker.upper}",
             f"2. Ngày, tháng, năm sinh: {dmy(worker.born)}     3. Giới tính: Nam"])
    boxes(f, "4. Số định danh cá nhân:", worker.cccd)
    rows(f, [f"5. Số điện thoại liên hệ: {worker.phone}",
             f"6. Nơi thường trú: {worker.home}",
             "7. Họ, chữ đệm và tên chủ hộ: Trần Văn Dũng     8. Quan hệ với chủ hộ: con",
             "9. Số định danh cá nhân của chủ hộ: 042071003926",
             "10. Nội dung đề nghị: khai báo tạm vắng; nơi đến: phường Trấn Biên, tỉnh Đồng "
             "Nai; lý do: đi làm việc theo hợp đồng lao động; thời gian tạm vắng: từ 20/3/2026 "
             "đến 20/3/2028",
             "11. Những thành viên trong hộ gia đình cùng thay đổi: không"])
    f.gap(2.0)
    f.line(f"Thành Sen, {words(date(2026, 3, 12), pad=True)}", "i", 11.5, align="r")
    sign_both(f, signer(["Ý KIẾN CỦA CHỦ HỘ"], "Trần Văn Dũng", "(Ghi rõ nội dung, họ tên)",
                        14.0, 11.0),
              signer(["NGƯỜI KÊ KHAI"], worker.name, "(Ký, ghi rõ họ tên)", 14.0, 11.0))
    form = Paper("don_de_nghi", "Tờ khai thay đổi thông tin cư trú", "to_khai_ct01", [f],
                 {"ho_ten": worker.upper, "so_cccd": worker.cccd, "ngay_ban_hanh": "2026-03-12"},
                 head)

    h = mk.page("rob", 11.0, (22.0, 190.0), 12.0)
    header(h, ("CÔNG TY TNHH ĐIỆN TỬ", "TRẤN BIÊN XANH"), "2603/2026/HĐLĐ-TBX", pt=10.5,
           parents=0)
    head = title(h, "HỢP ĐỒNG LAO ĐỘNG", 16.0, ("(Xác định thời hạn 24 tháng)",))
    h.field("Căn cứ Bộ luật Lao động số 45/2019/QH14 ngày 20 tháng 11 năm 2019; hôm nay, ngày "
            "06/3/2026, tại Công ty TNHH Điện tử Trấn Biên Xanh, chúng tôi gồm:", pt=10.5)
    h.head("Bên A - Người sử dụng lao động: CÔNG TY TNHH ĐIỆN TỬ TRẤN BIÊN XANH", pt=10.5)
    rows(h, ["Mã số doanh nghiệp: 3604418257; địa chỉ: đường số 9, khu công nghiệp Biên Hòa "
             "2, phường Trấn Biên, tỉnh Đồng Nai",
             "Đại diện: Ông Lưu Chí Thành, chức vụ: Giám đốc nhân sự",
             "Căn cước công dân số 075078001592"], pt=10.5, indent=5.0)
    h.head("Bên B - Người lao động:", pt=10.5)
    rows(h, [f"Họ và tên: {worker.upper}     Ngày sinh: {dmy(worker.born)}",
             f"Căn cước công dân số: {worker.cccd}, cấp ngày 09/8/2021",
             f"Địa chỉ thường trú: {worker.home}"], pt=10.5, indent=5.0)
    h.head("Điều 1. Công việc và thời hạn hợp đồng", pt=10.5)
    rows(h, ["- Chức danh: công nhân lắp ráp bảng mạch, xưởng SMT số 2",
             "- Thời hạn: 24 tháng, từ ngày 20/3/2026 đến ngày 20/3/2028 (thử việc 30 ngày)"],
         pt=10.5, indent=5.0)
    h.head("Điều 2. Tiền lương và chế độ", pt=10.5)
    rows(h, ["- Mức lương cơ bản: 5.650.000 đồng/tháng; phụ cấp chuyên cần 500.000 đồng",
             "- Trả qua tài khoản 104871293305 tại Ngân hàng TMCP Đồng Nai Xanh, ngày 10 hằng "
             "tháng",
             "- Bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp theo quy định"],
         pt=10.5, indent=5.0)
    h2 = mk.page("rob", 11.0, (22.0, 190.0), 14.0)
    h2.head("Điều 3. Thời giờ làm việc", pt=10.5)
    rows(h2, ["- 8 giờ/ngày, 48 giờ/tuần, làm theo ca; được bố trí chỗ ở tại ký túc xá công "
              "ty"], pt=10.5, indent=5.0)
    h2.head("Điều 4. Điều khoản thi hành", pt=10.5)
    rows(h2, ["Hợp đồng lập thành 02 bản, mỗi bên giữ 01 bản, có hiệu lực từ ngày 20/3/2026."],
         pt=10.5, indent=5.0)
    sign_both(h2, signer(["NGƯỜI LAO ĐỘNG"], worker.name, space=16.0, pt=11.0),
              signer(["NGƯỜI SỬ DỤNG LAO ĐỘNG", "GIÁM ĐỐC NHÂN SỰ"], "Lưu Chí Thành",
                     space=16.0, pt=11.0), seal="right")
    contract = Paper("hop_dong", "Hợp đồng lao động", "hop_dong_lao_dong", [h, h2],
                     {"ho_ten": worker.upper, "so_cccd": worker.cccd,
                      "so_ky_hieu": "2603/2026/HĐLĐ-TBX", "ngay_ban_hanh": "2026-03-06",
                      "co_quan_ban_hanh": "Công ty TNHH Điện tử Trấn Biên Xanh"}, head)
    return Dossier(code, procedure, [], [receipt, form, contract])


def extract_copy(mk: Maker) -> Dossier:
    """Cấp bản sao trích lục kết hôn (Thanh Hóa), handed in by a sister: the software's grid
    receipt naming the declaration still to come, the power of attorney certified by a
    consulate and the sister's old identity card, photocopied. The declaration is lacking."""
    sister = mk.person("Lê Thị Hoài", "1979-05-02", False, "038",
                       "phố Đông Sơn, phường Hạc Thành, tỉnh Thanh Hóa")
    abroad = mk.person("Lê Thị Diệu Linh", "1990-08-12", False, "038",
                       "phố Đông Sơn, phường Hạc Thành, tỉnh Thanh Hóa")
    code = "000.00.26.H56-260310-0319"
    procedure = ("Cấp bản sao trích lục kết hôn (đăng ký năm 2012) cho bà Lê Thị Diệu Linh - "
                 "nộp thay theo ủy quyền")
    missing = "Tờ khai cấp bản sao trích lục hộ tịch"
    p = mk.page("rob", 10.5, (16.0, 194.0), 12.0)
    p.line("UBND PHƯỜNG HẠC THÀNH - TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "b", 10.5)
    p.line("Hệ thống thông tin đăng ký và quản lý hộ tịch - in ngày 10/3/2026 14:26", "i", 9.0)
    p.gap(2.0)
    head = title(p, "BIÊN NHẬN VÀ HẸN TRẢ BẢN SAO TRÍCH LỤC", 14.0)
    p.line(f"Mã hồ sơ: {code}", "b", 11.0, align="r")
    p.table([58.0, 120.0], [
        ["Mục", "Thông tin"],
        ["Người nộp hồ sơ", f"{sister.name} (nộp thay)"],
        ["Giấy tờ tùy thân", "Chứng minh nhân dân số 172634519"],
        ["Người được cấp bản sao", f"{abroad.name}, số định danh {abroad.cccd}"],
        ["Loại việc", procedure],
        ["Số lượng bản sao", "02"],
        ["Giấy tờ đã nhận", "Văn bản ủy quyền (có chứng thực); bản chụp CMND người nộp"],
        ["Giấy tờ phải bổ sung", f"{missing} (chưa có chữ ký)"],
        ["Ngày tiếp nhận", "10/3/2026"],
        ["Ngày hẹn trả", "11/3/2026 (sau khi bổ sung đủ giấy tờ)"],
        ["Lệ phí", "16.000 đồng (8.000 đồng/bản)"]], aligns="ll", pt=10.5)
    sign_both(p, signer(["Người nộp"], sister.name, space=12.0, pt=10.5),
              signer(["Người tiếp nhận"], "Lê Bá Cường", space=12.0, pt=10.5))
    receipt = Paper("phieu_tiep_nhan", "Biên nhận và hẹn trả kết quả", "bien_nhan_luoi_ho_tich",
                    [p], {"thu_tuc": procedure, "ho_ten": sister.name,
                          "ngay_ban_hanh": "2026-03-10",
                          "co_quan_ban_hanh": "UBND phường Hạc Thành"}, head)

    u = mk.page("gen", 12.0, (24.0, 188.0), 14.0)
    motto(u, 12.5)
    head = title(u, "VĂN BẢN ỦY QUYỀN", 16.0)
    rows(u, [f"Tôi là: {abroad.upper}, sinh ngày {dmy(abroad.born)}",
             f"Số định danh cá nhân: {abroad.cccd}; hộ chiếu số P01873526 cấp ngày 14/02/2023",
             "Hiện cư trú tại: 17-3 Seonhwa-ro, Jung-gu, Daejeon, Hàn Quốc"])
    rows(u, [f"Ủy quyền cho chị gái: {sister.name}, sinh năm 1979, CMND số 172634519, cư trú "
             f"tại {sister.home}"])
    u.p("được thay mặt tôi làm thủ tục xin cấp bản sao trích lục kết hôn của tôi (đăng ký kết "
        "hôn ngày 24/11/2012 tại Ủy ban nhân dân phường Điện Biên, thành phố Thanh Hóa) và nhận "
        "kết quả. Văn bản có giá trị đến khi hoàn thành việc ủy quyền.", indent=8.0,
        align="j")
    u.line(f"Đại Điền, {words(date(2026, 2, 20))}", "i", 12.0, align="r")
    sign_right(u, signer(["NGƯỜI ỦY QUYỀN"], abroad.name, "(Ký, ghi rõ họ tên)", 14.0, 12.0))
    u.gap(2.0)
    u.head("CHỨNG NHẬN CHỮ KÝ", align="c", pt=11.5)
    u.p(f"Tổng Lãnh sự quán nước Cộng hòa xã hội chủ nghĩa Việt Nam tại Busan chứng nhận chữ "
        f"ký trên đây là của bà {abroad.name}. Số chứng nhận: 214/2026/CNCK, ngày 24/02/2026.",
        indent=6.0, pt=11.0, align="j")
    sign_right(u, signer(["KT. TỔNG LÃNH SỰ", "LÃNH SỰ"], "Vương Thị Hạnh", space=12.0,
                         pt=11.0), seal=True)
    proxy = Paper("giay_uy_quyen", "Văn bản ủy quyền", "van_ban_uy_quyen_lanh_su", [u],
                  {"ho_ten": abroad.upper, "so_cccd": abroad.cccd, "ngay_ban_hanh": "2026-02-20"},
                  head)

    c = mk.page("rob", 10.0, (14.0, 196.0), 20.0)
    s = 1.55
    f = G.Card(c, 38.0, 20.0, s)
    f.emblem()
    f.text(52.0, 5.0, MOTTO, "b", 3.5, "c")
    f.text(52.0, 8.8, MOTTO2, "b", 3.5, "c")
    f.text(52.0, 14.0, "GIẤY CHỨNG MINH NHÂN DÂN", "b", 5.2, "c")
    f.text(26.0, 21.0, "SỐ 172634519", "b", 6.0)
    f.text(26.0, 27.0, f"Họ tên: {sister.upper}", "r", 4.2)
    f.text(26.0, 31.5, f"Sinh ngày: {dmy(sister.born)}", "r", 4.0)
    f.text(26.0, 36.0, "Nguyên quán: Đông Sơn, Thanh Hóa", "r", 4.0)
    f.text(26.0, 40.5, "Nơi ĐKHK thường trú: phố Đông Sơn,", "r", 4.0)
    f.text(26.0, 44.5, "phường Đông Thọ, TP Thanh Hóa", "r", 4.0)
    f.box(4.0, 22.0, 20.0, 44.0, outline=None, fill=(130, 130, 130))
    b = G.Card(c, 38.0, 20.0 + G.Card.H * s + 8.0, s)
    b.text(4.0, 6.0, "Dân tộc: Kinh     Tôn giáo: Không", "r", 4.0)
    b.text(4.0, 11.0, "Dấu vết riêng và dị hình: nốt ruồi C 1 cm trên cánh mũi phải", "r", 3.8)
    b.text(40.0, 20.0, "Ngày 16 tháng 6 năm 2011", "r", 4.0)
    b.text(40.0, 25.0, "GIÁM ĐỐC CÔNG AN TỈNH THANH HÓA", "b", 3.8)
    b.box(4.0, 20.0, 17.0, 37.0, outline=(90, 90, 90))
    b.box(22.0, 38.0, 17.0, 37.0, outline=(90, 90, 90))
    c.y = 20.0 + G.Card.H * s * 2 + 16.0
    c.line("Bản chụp nộp kèm, đã đối chiếu bản chính ngày 10/3/2026", "i", 10.0, align="c")
    card = Paper("ban_sao_cmnd", "Chứng minh nhân dân (bản chụp)", "cmnd_9_so_copy", [c],
                 {"so_ky_hieu": "172634519", "ho_ten": sister.upper, "ngay_ban_hanh": "2011-06-16",
                  "co_quan_ban_hanh": "Công an tỉnh Thanh Hóa"}, "GIẤY CHỨNG MINH NHÂN DÂN")
    return Dossier(code, procedure, [missing], [receipt, proxy, card])

