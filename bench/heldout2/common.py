"""Papers that several dossiers of the second held-apart set share: the counters' receipts in
their own wordings and layouts, and copies of identity papers (a 12-digit identity card of the
2012 model, a 2024 identity card, a passport's data page)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from parts import (
    G,
    L,
    Maker,
    Page,
    Paper,
    Person,
    boxed_title,
    dmy,
    in_words,
    sign_both,
    signer,
    split_header,
    title,
)


@dataclass(frozen=True)
class Desk:
    """Who receives the dossier, and how its receipt is worded and laid out."""

    agency: tuple[str, ...]
    """Header lines, upper case; the first is a parent body when ``parent``."""
    issuer: str
    """The issuing body in sentence case, as the truth gives it."""
    parent: bool
    title: tuple[str, ...]
    """The title's lines as printed."""
    label: str
    """The official title in sentence case."""
    procedure_label: str
    officer: str
    style: str
    """``list``: the papers as a numbered list; ``grid``: a ruled table with the procedure in
    its own row; ``boxed``: the title in a box and the times in a table."""
    family: str = "serif"


@dataclass(frozen=True)
class Visit:
    """One dossier handed in at the counter."""

    code: str
    when: datetime
    due: datetime
    applicant: Person
    procedure: str
    papers: tuple[str, ...]
    """What the counter wrote it received, one line each."""
    number: str = ""
    """The receipt's own number after "Số:", when it prints one."""
    name_below: bool = False
    """The applicant's name on the line after its label instead of after it."""


def _who(p: Page, desk: Desk, v: Visit) -> str:
    """The applicant's lines; returns the name as the truth gives it."""
    a = v.applicant
    if v.name_below:
        p.field("Tổ chức, cá nhân nộp hồ sơ:")
        p.line(a.upper, "b", p.pt, indent=8.0)
        name = a.upper
    else:
        p.segs([(0, f"Người nộp: {a.name}"), (92, f"Năm sinh: {a.born.year}")])
        name = a.name
    p.segs([(0, f"CCCD/Mã định danh: {a.cccd}"), (104, f"ĐT: {a.phone}")])
    p.field(f"Địa chỉ liên hệ: {a.home}", hang=8.0)
    return name


def receipt(mk: Maker, desk: Desk, v: Visit, *, qr: bool = False) -> Paper:
    """A receipt with the receipt code on a line of its own (``Mã hồ sơ: …``), who handed the
    dossier in, the procedure under ``desk.procedure_label``, the papers and the times."""
    p = mk.page(desk.family, 11.5, (20.0, 192.0), 13.0)
    split_header(p, desk.agency, v.number or None, None, parent=desk.parent, pt=11.0)
    if qr:
        payload = f"{v.code}|{v.applicant.cccd}|{v.when:%Y%m%d}"
        p.qr(payload, 176.0, 38.0, 18.0)
    if desk.style == "boxed":
        head = boxed_title(p, desk.title, 13.5)
    else:
        head = title(p, "\n".join(desk.title), 13.5)
    p.line(f"Mã hồ sơ: {v.code}", "b", 12.0, align="c")
    p.gap(1.5)
    name = _who(p, desk, v)
    if desk.style == "grid":
        rows = [["Nội dung", "Thông tin tiếp nhận"],
                [desk.procedure_label, v.procedure],
                ["Giấy tờ nộp", "; ".join(v.papers)],
                ["Số bộ hồ sơ", "01 bộ"]]
        p.table([42.0, 130.0], rows, aligns="ll", pt=10.5)
    else:
        p.field(f"{desk.procedure_label}: {v.procedure}", hang=8.0)
        p.field("Giấy tờ kèm theo:")
        for i, paper in enumerate(v.papers, 1):
            p.para(f"{i:02d}. {paper}", indent=4.0, hang=11.0, pt=11.0)
    received = f"{v.when:%H} giờ {v.when:%M}, {in_words(v.when.date())}"
    back = f"{v.due:%H} giờ {v.due:%M}, ngày {dmy(v.due.date())}"
    if desk.style == "boxed":
        p.table([62.0, 110.0], [["Mốc thời gian", "Giờ, ngày"],
                                ["Nhận hồ sơ", received], ["Hẹn trả kết quả", back]],
                aligns="ll", pt=10.5)
    else:
        p.field(f"Nhận hồ sơ lúc {received}.")
        p.field(f"Hẹn trả kết quả lúc {back} tại {desk.issuer}.", hang=8.0)
    p.field("Khi đến nhận kết quả, đề nghị mang theo phiếu này và giấy tờ tùy thân.", style="i",
            pt=10.5)
    p.gap(2.0)
    sign_both(p, signer(["Người nộp hồ sơ"], v.applicant.name, "(ký, ghi họ tên)", 16.0, 11.5),
              signer(["Cán bộ tiếp nhận"], desk.officer, "(ký, ghi họ tên)", 16.0, 11.5))
    fields = {"thu_tuc": v.procedure, "ho_ten": name, "so_cccd": v.applicant.cccd,
              "ngay_ban_hanh": v.when.date().isoformat(), "co_quan_ban_hanh": desk.issuer}
    if v.number:
        fields["so_ky_hieu"] = v.number
    return Paper("phieu_tiep_nhan", desk.label, "phieu_hen", [p], fields, head)


# --------------------------------------------------------------------------------------------
# Identity papers
# --------------------------------------------------------------------------------------------


def _stamp(p: Page, x0: float, x1: float, number: str, book: str, d: date, who: str,
           office: str) -> None:
    """A certification stamp: SAO Y BẢN CHÍNH, its register number, the office and signer."""
    lines = [L("SAO Y BẢN CHÍNH", "b", 11.0, rule=-1),
             L(f"Số chứng thực: {number}", "r", 9.5), L(f"Quyển số: {book}", "r", 9.5),
             L(f"{office}, ngày {dmy(d)}", "i", 9.5),
             L("KT. CHỦ TỊCH - PHÓ CHỦ TỊCH", "b", 9.5), L(space=15.0), L(who, "b", 10.0)]
    top = p.y
    G.sign(p, None, lines, seal="", rbox=(x0, x1))
    p.rect((x0 - 1.5, x1 + 1.5, top - 2.0, p.y + 1.0), width=0.4)


def cmnd_2012(mk: Maker, person: Person, *, issued: date, police: str, origin: str,
              certified: tuple[str, str, date, str, str]) -> Paper:
    """A certified photocopy of a 12-digit identity card of the 2012 model (chứng minh nhân
    dân): front and back side by side, the certification stamp under them."""
    p = mk.page("sans", 10.0, (16.0, 194.0), 30.0)
    s = 1.1
    f = G.Card(p, 8.0, 34.0, s)
    f.emblem()
    f.text(52.0, 5.2, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", 4.1, "c")
    f.text(52.0, 8.2, "Độc lập - Tự do - Hạnh phúc", "b", 4.1, "c")
    f.text(52.0, 13.0, "CHỨNG MINH NHÂN DÂN", "b", 6.8, "c")
    f.text(30.0, 18.6, f"Số: {person.cccd}", "b", 5.6)
    f.text(22.0, 23.6, f"Họ tên: {person.upper}", "b", 4.6)
    f.text(22.0, 27.6, f"Sinh ngày: {dmy(person.born)}")
    f.text(22.0, 31.6, f"Nguyên quán: {origin}")
    first, _, rest = person.home.partition(", ")
    f.text(22.0, 35.6, f"Nơi ĐKHK thường trú: {first},")
    f.text(22.0, 39.4, rest, limit=85.0)
    f.box(3.0, 19.0, 20.0, 42.0, outline=None, fill=(125, 125, 125))
    b = G.Card(p, 106.0, 34.0, s)
    b.text(3.0, 6.0, "Dân tộc: Kinh")
    b.text(40.0, 6.0, "Tôn giáo: Không")
    b.text(3.0, 10.0, "Dấu vết riêng và dị hình:")
    b.text(3.0, 13.6, "Nốt ruồi cách 2cm trên mép trái")
    b.text(40.0, 19.0, f"Ngày {issued.day:02d} tháng {issued.month:02d} năm {issued.year}",
           "i", 4.3, "c")
    b.text(40.0, 23.0, f"GIÁM ĐỐC {police.upper()}", "b", 4.0, "c")
    p.scribble((106.0 + 28 * s, 106.0 + 52 * s, 34.0 + 25 * s, 34.0 + 33 * s))
    b.text(40.0, 37.0, "Đỗ Quang Trường", "b", 4.6, "c")
    b.box(3.0, 15.0, 18.0, 34.0, width=0.25, outline=(110, 110, 110))
    b.box(17.0, 29.0, 18.0, 34.0, width=0.25, outline=(110, 110, 110))
    b.segs(37.0, [(3.0, "Ngón trỏ trái"), (17.0, "Ngón trỏ phải")], pt=3.6)
    p.y = 34.0 + G.Card.H * s + 14.0
    number, book, d, who, office = certified
    _stamp(p, 104.0, 192.0, number, book, d, who, office)
    fields = {"ho_ten": person.upper, "so_cccd": person.cccd,
              "ngay_ban_hanh": issued.isoformat(), "co_quan_ban_hanh": police}
    return Paper("ban_sao_cmnd", "Chứng minh nhân dân", "chung_minh", [p], fields,
                 "CHỨNG MINH NHÂN DÂN")


def can_cuoc_2024(mk: Maker, person: Person, *, issued: date, until: date, birthplace: str,
                  certified: tuple[str, str, date, str, str]) -> Paper:
    """A certified photocopy of a 2024 identity card: the two sides one above the other in the
    left half of the page, the certification stamp in the right half."""
    p = mk.page("sans", 10.0, (12.0, 198.0), 20.0, dpi=300)
    s = 1.15
    f = G.Card(p, 8.0, 24.0, s)
    f.emblem()
    f.text(48.0, 5.0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", 4.2, "c")
    f.text(48.0, 8.0, "SOCIALIST REPUBLIC OF VIET NAM", "r", 3.8, "c")
    f.text(48.0, 13.6, "CĂN CƯỚC", "b", 8.4, "c")
    f.text(48.0, 16.8, "IDENTITY CARD", "r", 4.0, "c")
    f.box(3.0, 21.0, 21.0, 45.0, outline=None, fill=(118, 118, 118))
    f.text(24.0, 22.0, "Số định danh cá nhân / Personal identification number:", "r", 3.7)
    f.text(24.0, 25.8, person.cccd, "b", 6.2)
    f.text(24.0, 29.6, "Họ, chữ đệm và tên khai sinh / Full name:", "r", 3.9)
    f.text(24.0, 33.2, person.upper, "b", 5.6)
    f.text(24.0, 37.0, f"Ngày sinh / Date of birth: {dmy(person.born)}", "r", 3.9)
    f.segs(40.6, [(24.0, f"Giới tính / Sex: {person.sex}"),
                  (52.0, "Quốc tịch / Nationality: Việt Nam")], pt=3.9)
    b = G.Card(p, 8.0, 24.0 + G.Card.H * s + 8.0, s)
    first, _, rest = person.home.partition(", ")
    b.text(3.0, 5.0, "Nơi cư trú / Place of residence:", "r", 3.9)
    b.text(3.0, 8.4, f"{first},", "r", 3.9)
    b.text(3.0, 11.8, rest, "r", 3.9, limit=85.0)
    b.text(3.0, 15.8, "Nơi đăng ký khai sinh / Place of birth registration:", "r", 3.9)
    b.text(3.0, 19.2, birthplace, "r", 3.9, limit=85.0)
    b.text(3.0, 23.4, f"Ngày, tháng, năm cấp / Date of issue: {dmy(issued)}", "r", 3.9)
    b.text(3.0, 26.8, f"Ngày, tháng, năm hết hạn / Date of expiry: {dmy(until)}", "r", 3.9)
    b.text(64.0, 31.0, "BỘ CÔNG AN", "b", 4.6, "c")
    b.text(64.0, 34.0, "MINISTRY OF PUBLIC SECURITY", "r", 3.4, "c")
    for i, line in enumerate(G.mrz(_for_mrz(person, issued))):
        b.text(5.0, 41.0 + i * 4.2, line, "m", 6.2)
    p.y = 70.0
    number, book, d, who, office = certified
    _stamp(p, 118.0, 198.0, number, book, d, who, office)
    fields = {"ho_ten": person.upper, "so_cccd": person.cccd,
              "ngay_ban_hanh": issued.isoformat(), "co_quan_ban_hanh": "Bộ Công an"}
    return Paper("ban_sao_cccd", "Căn cước", "can_cuoc", [p], fields, "CĂN CƯỚC")


def _for_mrz(person: Person, issued: date) -> object:
    """The samples' person record, which their MRZ lines are computed from."""
    return G.Person(person.name, person.born, person.male, person.cccd, issued, person.home,
                    person.home, person.phone, "Kinh")


def passport(mk: Maker, person: Person, number: str, *, issued: date, until: date,
             birthplace: str) -> Paper:
    """A photocopy of a passport's data page: bilingual labels, the name on the line after its
    label, the personal number beside the passport number, the MRZ lines."""
    p = mk.page("sans", 10.0, (16.0, 194.0), 20.0)
    x, y, w, h = 22.0, 120.0, 166.0, 112.0
    p.rect((x, x + w, y - 62.0, y - 2.0), width=0.3, outline=(150, 150, 150))
    p.y = y - 40.0
    p.line("Trang dành cho ghi chú / Observations", "i", 9.0, align="c")
    p.rect((x, x + w, y, y + h), width=0.35, outline=(110, 110, 110), fill=(238, 238, 236))
    p.y = y + 4.0
    p.line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / SOCIALIST REPUBLIC OF VIET NAM", "b", 9.0,
           align="c")
    p.line("HỘ CHIẾU / PASSPORT", "b", 13.0, align="c")
    p.rect((x + 6.0, x + 46.0, y + 22.0, y + 74.0), outline=None, fill=(125, 125, 125))
    lines = [(f"Loại / Type: P     Mã số / Code: VNM     Số / No: {number}", "r"),
             ("Họ và tên / Full name:", "r"), (person.upper, "b"),
             ("Quốc tịch / Nationality: VIỆT NAM", "r"),
             (f"Ngày sinh / Date of birth: {dmy(person.born)}", "r"),
             (f"Nơi sinh / Place of birth: {birthplace}", "r"),
             (f"Giới tính / Sex: {'Nữ / F' if not person.male else 'Nam / M'}", "r"),
             (f"Số định danh / ID No: {person.cccd}", "r"),
             (f"Ngày cấp / Date of issue: {dmy(issued)}", "r"),
             (f"Có giá trị đến / Date of expiry: {dmy(until)}", "r"),
             ("Nơi cấp / Place of issue: Cục Quản lý xuất nhập cảnh", "r")]
    for text, style in lines:
        p.line(text, style, 10.5 if style == "b" else 8.8, x0=x + 52.0, x1=x + w - 3.0)
    p.y = y + h - 16.0
    for line in G.mrz(_for_mrz(person, issued)):
        p.line(line.replace("IDVNM", "P<VNM"), "m", 11.0, x0=x + 6.0)
    fields = {"ho_ten": person.upper, "so_cccd": person.cccd, "so_ky_hieu": number,
              "ngay_ban_hanh": issued.isoformat(),
              "co_quan_ban_hanh": "Cục Quản lý xuất nhập cảnh"}
    return Paper("ho_chieu", "Hộ chiếu", "ho_chieu", [p], fields, "HỘ CHIẾU / PASSPORT")
