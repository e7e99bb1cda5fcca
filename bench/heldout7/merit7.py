"""The fifth dossier of the seventh held-apart set: a fallen soldier's family asks for the
worship allowance (Phú Thọ). The commune's slip is titled only *BIÊN NHẬN*; among the papers
is a photocopy of the soldier's *Bằng Tổ quốc ghi công*, a kind the taxonomy does not know,
and the relatives' power of attorney under a title that starts as minutes do (*BIÊN BẢN ỦY
QUYỀN*)."""

from __future__ import annotations

from datetime import date

from page7 import (
    Dossier,
    G,
    L,
    Maker,
    Paper,
    dmy,
    header,
    motto,
    rows,
    sign_both,
    sign_right,
    signer,
    title,
    under,
    words,
)


def worship(mk: Maker) -> Dossier:
    """Trợ cấp thờ cúng liệt sĩ (``uu_dai_nguoi_co_cong``): the slip, the declaration, the
    photocopied honour certificate, the relatives' power of attorney."""
    son = mk.person("Hà Văn Thưởng", "1969-05-30", True, "025",
                    "khu Đồng Phú, xã Yên Lập, tỉnh Phú Thọ")
    code = "000.25.17.H44-260305-0031"
    procedure = ("Giải quyết trợ cấp thờ cúng liệt sĩ Hà Văn Lũy (hy sinh năm 1972) cho "
                 "người thờ cúng là con trai")
    centre = "Bộ phận tiếp nhận và trả kết quả xã Yên Lập"
    p = mk.page("free", 12.5, (22.0, 190.0), 12.0)
    header(p, ("UBND TỈNH PHÚ THỌ", "UBND XÃ YÊN LẬP"), "31/BN", pt=12.0)
    head = title(p, "BIÊN NHẬN", 16.0)
    p.line(f"Mã hồ sơ: {code}", "b", 12.0, align="c")
    p.gap(2.0)
    rows(p, [f"{centre} đã nhận của ông: {son.name}",
             f"Căn cước số: {son.cccd}; điện thoại: {son.phone}",
             f"Cư trú tại: {son.home}",
             "Hồ sơ đề nghị:"])
    p.field(procedure, style="b", x0=p.x0 + 10.0)
    rows(p, ["Gồm: 01 bản khai; 01 bản sao Bằng Tổ quốc ghi công; 01 biên bản ủy quyền của "
             "các thân nhân.",
             "Hồ sơ được chuyển Sở Nội vụ tỉnh Phú Thọ giải quyết; hẹn trả kết quả ngày "
             "20/4/2026 tại Bộ phận tiếp nhận và trả kết quả xã."])
    p.gap(2.0)
    p.line(f"Yên Lập, {words(date(2026, 3, 5))}", "i", 12.0, align="r")
    sign_both(p, signer(["Người nộp"], son.name, space=15.0, pt=12.0),
              signer(["Người nhận"], "Đinh Thị Mận", space=15.0, pt=12.0))
    receipt = Paper("phieu_tiep_nhan", "Biên nhận", "bien_nhan", [p],
                    {"thu_tuc": procedure, "ho_ten": son.name, "so_cccd": son.cccd,
                     "so_ky_hieu": "31/BN", "ngay_ban_hanh": "2026-03-05",
                     "co_quan_ban_hanh": centre}, head)

    f = mk.page("free", 12.5, (24.0, 190.0), 12.0)
    motto(f, 12.5)
    head = title(f, "BẢN KHAI\nĐỀ NGHỊ GIẢI QUYẾT CHẾ ĐỘ THỜ CÚNG LIỆT SĨ", 14.5)
    f.head("Phần I. Thông tin về người thờ cúng liệt sĩ")
    under(f, "Họ, chữ đệm và tên:", son.upper)
    rows(f, [f"Ngày tháng năm sinh: {dmy(son.born)}     Giới tính: Nam",
             f"Số CCCD: {son.cccd}     Ngày cấp: 22/4/2021",
             f"Nơi thường trú: {son.home}",
             "Quan hệ với liệt sĩ: con đẻ"])
    f.head("Phần II. Thông tin về liệt sĩ")
    rows(f, ["Họ, chữ đệm và tên liệt sĩ: HÀ VĂN LŨY     Năm sinh: 1948",
             "Quê quán: xã Đồng Lạc, huyện Yên Lập, tỉnh Phú Thọ",
             "Hy sinh ngày 14/8/1972 tại mặt trận Quảng Trị",
             "Bằng Tổ quốc ghi công số 417-QĐ, ngày 10 tháng 3 năm 1975"])
    f.p("Tôi cam đoan những lời khai trên là đúng sự thật; nếu sai tôi xin chịu trách nhiệm "
        "hoàn toàn trước pháp luật.", indent=8.0, align="j")
    f.line(f"Yên Lập, {words(date(2026, 3, 3), pad=True)}", "i", 12.5, align="r")
    G.sign(f, [L("Xác nhận của UBND xã", "b", 12.0),
               L("(Ông Hà Văn Thưởng đang cư trú tại xã)", "i", 10.0), L(space=14.0),
               L("Phùng Văn Cương", "b", 12.0)],
           signer(["Người khai"], son.name, "(Ký, ghi rõ họ tên)", 14.0, 12.5), seal="left",
           lbox=(10.0, 100.0), rbox=(104.0, 200.0))
    form = Paper("don_de_nghi", "Bản khai đề nghị giải quyết chế độ thờ cúng liệt sĩ",
                 "ban_khai_tho_cung", [f],
                 {"ho_ten": son.upper, "so_cccd": son.cccd, "ngay_ban_hanh": "2026-03-03"},
                 head)

    h = mk.page("free", 13.0, (30.0, 180.0), 40.0)
    h.rect((20.0, 190.0, 28.0, 250.0), width=1.2)
    h.rect((24.0, 186.0, 32.0, 246.0), width=0.3)
    h.emblem(105.0, 58.0, 12.0)
    h.y = 76.0
    head = title(h, "TỔ QUỐC GHI CÔNG", 22.0)
    h.center("Liệt sĩ HÀ VĂN LŨY", "b", 15.0)
    h.center("Nguyên quán: Đồng Lạc, Yên Lập, Vĩnh Phú", "r", 13.0)
    h.center("Đã hy sinh vì sự nghiệp giải phóng dân tộc", "i", 13.0)
    h.gap(8.0)
    h.center("Số 417-QĐ", "r", 12.0)
    h.center("THỦ TƯỚNG CHÍNH PHỦ", "b", 13.0)
    honour = Paper("other", "Bằng Tổ quốc ghi công (bản sao)", "bang_to_quoc_ghi_cong", [h], {},
                   head)

    u = mk.page("free", 12.5, (24.0, 190.0), 12.0)
    motto(u, 12.5)
    head = title(u, "BIÊN BẢN ỦY QUYỀN", 15.5, ("(V/v thờ cúng liệt sĩ và hưởng trợ cấp)",))
    u.p(f"Hôm nay, {words(date(2026, 2, 28))}, tại nhà ông Hà Văn Thưởng, khu Đồng Phú, xã "
        "Yên Lập, các thân nhân của liệt sĩ Hà Văn Lũy gồm:", indent=0.0, align="j")
    rows(u, ["1. Bà Hà Thị Lụa, sinh năm 1966, con gái, CCCD 025166007452",
             "2. Bà Hà Thị Mai, sinh năm 1971, con gái, CCCD 025171003318",
             "3. Ông Hà Văn Thưởng, sinh năm 1969, con trai"])
    u.p("Thống nhất ủy quyền cho ông Hà Văn Thưởng thờ cúng liệt sĩ và đứng tên nhận trợ cấp "
        "thờ cúng hằng năm. Biên bản lập thành 03 bản, có xác nhận của UBND xã.", indent=0.0,
        align="j")
    sign_both(u, signer(["CÁC THÂN NHÂN ỦY QUYỀN"], "Hà Thị Lụa     Hà Thị Mai", space=14.0,
                        pt=12.0),
              signer(["NGƯỜI ĐƯỢC ỦY QUYỀN"], son.name, space=14.0, pt=12.0))
    u.gap(2.0)
    sign_right(u, signer(["XÁC NHẬN CỦA UBND XÃ YÊN LẬP", "PHÓ CHỦ TỊCH"], "Phùng Văn Cương",
                         space=15.0, pt=12.0), seal=True)
    power = Paper("giay_uy_quyen", "Biên bản ủy quyền", "bien_ban_uy_quyen", [u],
                  {"ho_ten": "Hà Thị Lụa", "so_cccd": "025166007452",
                   "ngay_ban_hanh": "2026-02-28"}, head)
    return Dossier(code, procedure, [], [receipt, form, honour, power])
