"""Papers that several dossiers of the held-apart set share: the counters' receipts in their
different official wordings, and photocopies of identity cards and a driving licence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from draw import (
    G,
    HPage,
    Maker,
    Paper,
    Person,
    dmy,
    header,
    sign_two,
    signer,
    titled,
)


@dataclass(frozen=True)
class Counter:
    """Who receives the dossier, and how its receipt is worded."""

    agency: tuple[str, ...]
    """Header lines, upper case."""
    issuer: str
    """The issuing body in sentence case, as the truth gives it."""
    parent: bool
    """The first header line is the parent body, the issuing body is under it."""
    title: str
    label: str
    procedure_label: str
    officer: str
    family: str = "times"


def receipt(mk: Maker, counter: Counter, code: str, when: datetime, due: datetime, *,
            applicant: Person, procedure: str, items: Sequence[tuple[str, str]],
            days: str, place: str, table: bool, qr: str = "") -> Paper:
    """A receipt: the header, the title, the receipt code, who handed the dossier in, the
    procedure under ``counter.procedure_label``, the papers received (a ruled table or a
    numbered list), the times, the signatures."""
    p = mk.page(counter.family, 12.5 if table else 13.0, (22.0, 194.0), 14.0)
    header(p, counter.agency, None, None, parent=counter.parent, pt=12.0, split=86.0)
    if qr:
        p.qr(qr, 172.0, 40.0, 22.0)
    title = titled(p, counter.title, 14.0)
    p.center(f"Mã hồ sơ: {code}", "b", 12.5)
    p.gap(2.0)
    if table:
        p.field(f"{counter.issuer} tiếp nhận hồ sơ của:")
        p.field(f"Ông/Bà: {applicant.upper}")
        p.field(f"Số định danh cá nhân: {applicant.cccd}")
        p.field(f"Địa chỉ: {applicant.home}", hang=6.0)
        p.segs([(0, f"Số điện thoại: {applicant.phone}"), (78, "Email: không có")])
        p.field(f"{counter.procedure_label}: {procedure}", hang=6.0)
        p.field("1. Thành phần hồ sơ nộp gồm:")
        rows = [["TT", "Tên giấy tờ", "Hình thức", "Số lượng"]]
        rows += [[str(i), name, form, "01"] for i, (name, form) in enumerate(items, 1)]
        p.table([11.0, 98.0, 38.0, 20.0], rows, aligns="clcc", pt=11.5)
        p.field("2. Số lượng hồ sơ: 01 (bộ)")
        p.field(f"3. Thời gian giải quyết hồ sơ theo quy định: {days}")
        p.field(f"4. Thời gian nhận hồ sơ: {when:%H} giờ {when:%M} phút, ngày {dmy(when)}")
        p.field(f"5. Thời gian trả kết quả giải quyết hồ sơ: {due:%H} giờ {due:%M} phút, "
                f"ngày {dmy(due)}", hang=6.0)
        p.field(f"6. Đăng ký nhận kết quả tại: {place}", hang=6.0)
    else:
        p.segs([(0, f"Người nộp: {applicant.name}"), (95, f"Điện thoại: {applicant.phone}")])
        p.field(f"Giấy tờ tùy thân số: {applicant.cccd}")
        p.field(f"Nơi cư trú: {applicant.home}", hang=6.0)
        p.field(f"{counter.procedure_label}: {procedure}", hang=6.0)
        p.field("Giấy tờ đã nhận:")
        for i, (name, form) in enumerate(items, 1):
            p.para(f"{i}) {name} - {form.lower()}", indent=6.0, hang=10.0)
        p.field(f"Ngày nhận hồ sơ: {dmy(when)}, lúc {when:%H} giờ {when:%M}")
        p.field(f"Hẹn trả kết quả: ngày {dmy(due)} ({days})")
        p.field(f"Nơi trả: {place}", hang=6.0)
        p.field("Người nộp mang theo giấy biên nhận này khi đến nhận kết quả.", style="i")
    p.gap(3.0)
    sign_two(p, signer(["NGƯỜI NỘP HỒ SƠ"], applicant.name, space=17.0, pt=12.5),
             signer(["NGƯỜI TIẾP NHẬN"], counter.officer, space=17.0, pt=12.5))
    fields = {"thu_tuc": procedure, "ho_ten": applicant.upper if table else applicant.name,
              "so_cccd": applicant.cccd, "ngay_ban_hanh": when.date().isoformat(),
              "co_quan_ban_hanh": counter.issuer}
    return Paper("phieu_tiep_nhan", counter.label, "bien_nhan", [p], fields, title)


def _card_2016_front(p: HPage, x: float, y: float, s: float, person: Person,
                     origin: str, until: date) -> None:
    """The front of a citizen identity card of the 2016 model (no chip)."""
    c = G.Card(p, x, y, s)
    c.emblem()
    c.box(3.0, 20.0, 21.0, 44.0, outline=None, fill=(120, 120, 120))
    c.text(50.0, 5.0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", 4.4, "c")
    c.text(50.0, 8.0, "Độc lập - Tự do - Hạnh phúc", "b", 4.4, "c")
    c.text(50.0, 13.2, "CĂN CƯỚC CÔNG DÂN", "b", 7.4, "c")
    c.text(34.0, 18.6, f"Số: {person.cccd}", "b", 6.0)
    c.text(22.0, 23.4, f"Họ và tên: {person.upper}", "b", 4.8)
    c.text(22.0, 27.2, f"Ngày, tháng, năm sinh: {dmy(person.born)}")
    c.segs(30.8, [(22.0, f"Giới tính: {person.sex}"), (48.0, "Quốc tịch: Việt Nam")])
    c.text(22.0, 34.4, f"Quê quán: {origin}")
    first, _, rest = person.home.partition(", ")
    c.text(22.0, 38.0, f"Nơi thường trú: {first},")
    c.text(22.0, 41.4, rest, limit=84.5)
    c.text(3.0, 50.5, f"Có giá trị đến: {dmy(until)}", "r", 4.0)


def _card_2016_back(p: HPage, x: float, y: float, s: float, issued: date, chief: str,
                    mark: str) -> None:
    c = G.Card(p, x, y, s)
    c.text(3.0, 6.0, "Đặc điểm nhân dạng:")
    c.text(3.0, 9.4, mark)
    c.text(30.0, 15.0, f"Ngày {issued.day:02d} tháng {issued.month:02d} năm {issued.year}",
           "i", 4.4)
    c.text(30.0, 19.4, "CỤC TRƯỞNG CỤC CẢNH SÁT", "b", 4.2, "c")
    c.text(30.0, 22.4, "ĐKQL CƯ TRÚ VÀ DLQG VỀ DÂN CƯ", "b", 4.2, "c")
    p.scribble((x + 16 * s, x + 44 * s, y + 23.5 * s, y + 31.0 * s))
    c.text(30.0, 34.8, chief, "b", 4.6, "c")
    c.box(57.0, 69.0, 5.0, 22.0, width=0.25, outline=(110, 110, 110))
    c.box(71.0, 83.0, 5.0, 22.0, width=0.25, outline=(110, 110, 110))
    c.segs(25.5, [(56.5, "Ngón trỏ trái"), (70.5, "Ngón trỏ phải")], pt=3.8)


def cccd_2016(mk: Maker, person: Person, *, origin: str, issued: date, until: date,
              side_by_side: bool = False, note: str = "") -> Paper:
    """A photocopy of both sides of a citizen identity card of the 2016 model: one above the
    other (enlarged 1.5 times) or side by side (1.1 times), maybe with a handwritten-style
    note under them."""
    p = mk.page("arial", 11.0, (22.0, 190.0), 20.0)
    marks = ("Sẹo chấm C:1,5cm trên đuôi mắt trái", "Nốt ruồi C:2cm dưới trước tai phải",
             "Sẹo chấm C:1cm sau cánh mũi trái")
    mark = mk.rng.choice(marks)
    if side_by_side:
        _card_2016_front(p, 10.0, 30.0, 1.1, person, origin, until)
        _card_2016_back(p, 106.0, 30.0, 1.1, issued, "Trần Văn Vệ", mark)
        p.y = 30.0 + G.Card.H * 1.1 + 8.0
    else:
        x = (210.0 - G.Card.W * 1.5) / 2
        _card_2016_front(p, x, 22.0, 1.5, person, origin, until)
        _card_2016_back(p, x, 22.0 + G.Card.H * 1.5 + 10.0, 1.5, issued, "Trần Văn Vệ", mark)
        p.y = 22.0 + 2 * G.Card.H * 1.5 + 16.0
    if note:
        p.line(note, "i", 11.0, align="c")
    fields = {"ho_ten": person.upper, "so_cccd": person.cccd,
              "ngay_ban_hanh": issued.isoformat()}
    return Paper("ban_sao_cccd", "Căn cước công dân", "can_cuoc", [p], fields,
                 "CĂN CƯỚC CÔNG DÂN")


def driving_licence(mk: Maker, person: Person, number: str, *, issued: date, until: date,
                    city: str, authority: str) -> Paper:
    """A photocopy of a driving licence card (a PET card, 12-digit number), actual size,
    front and back; the holder's name on the line after its label."""
    p = mk.page("arial", 11.0, (22.0, 190.0), 20.0)
    c = G.Card(p, 18.0, 40.0, 1.0)
    c.emblem()
    c.text(50.0, 4.6, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", 3.9, "c")
    c.text(50.0, 7.4, "Độc lập - Tự do - Hạnh phúc", "b", 3.9, "c")
    c.text(50.0, 12.0, "GIẤY PHÉP LÁI XE / DRIVER'S LICENSE", "b", 5.0, "c")
    c.text(24.0, 17.0, f"Số/No: {number}", "b", 5.0)
    c.text(24.0, 21.0, "Họ tên/Full name:", "r", 4.3)
    c.text(24.0, 24.8, person.upper, "b", 5.0)
    c.text(24.0, 28.4, f"Ngày sinh/Date of birth: {dmy(person.born)}", "r", 4.3)
    c.text(24.0, 31.8, "Quốc tịch/Nationality: VIỆT NAM", "r", 4.3)
    c.text(24.0, 35.2, f"Nơi cư trú/Address: {person.home.split(', ')[0]}", "r", 4.3)
    c.text(24.0, 38.6, f"{city}, ngày/date {dmy(issued)}", "i", 4.3)
    c.text(56.0, 42.0, authority, "b", 3.8, "c")
    c.box(3.0, 20.0, 18.0, 42.0, outline=None, fill=(120, 120, 120))
    c.text(3.0, 50.0, "Hạng/Class: B", "b", 4.6)
    c.text(40.0, 50.0, f"Có giá trị đến/Expires: {dmy(until)}", "r", 4.0)
    back = G.Card(p, 112.0, 40.0, 1.0)
    back.text(3.0, 6.0, "Hạng/Class   Xe ô tô chở người đến 08 chỗ, xe tải đến 3.500 kg", "r", 3.6)
    back.text(3.0, 10.0, "Ngày trúng tuyển/Beginning date: " + dmy(issued), "r", 3.6)
    back.text(3.0, 44.0, "Mã số/Code: " + number[:6] + "-" + number[6:], "m", 4.0)
    p.y = 112.0
    p.line("BẢN SAO", "b", 14.0, align="c")
    fields = {"ho_ten": person.upper, "so_ky_hieu": number, "ngay_ban_hanh": issued.isoformat()}
    return Paper("other", "Giấy phép lái xe", "giay_phep_lai_xe", [p], fields,
                 "GIẤY PHÉP LÁI XE / DRIVER'S LICENSE")


def signatures(p: HPage, left: tuple[str, str], right: tuple[str, str], space: float = 20.0,
               seal: str = "", pt: float = 13.0) -> None:
    """Two signature blocks: (title, name) each."""
    sign_two(p, signer([left[0]], left[1], space=space, pt=pt),
             signer([right[0]], right[1], space=space, pt=pt), seal=seal)


