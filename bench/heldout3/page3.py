"""Page model and common page parts of the third held-apart set.

The page model (an A4 page drawn in millimetres that records each line it draws), the
signature, seal and emblem marks, the identity-card outline and the scanner simulation are those
of ``samples/generate.py``; the ``Paper``, ``Dossier`` and ``Person`` records and the seeded
``Maker`` are those of ``bench/heldout/draw.py``; both are imported. The typefaces, sizes,
header blocks and every wording are this set's own, in Liberation Sans (also the first set's
sans face, here in other sizes and layouts) and DejaVu Sans Mono (what a clerk typed into a
form, a typeface no other set uses), bodies of 10-12.5 pt.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "bench") not in sys.path:
    sys.path.insert(0, str(ROOT / "bench"))

import heldout_render  # noqa: E402

H = heldout_render.draw_module()
G = H.G
L = G.L
Paper = H.Paper
Dossier = H.Dossier
Person = H.Person
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO2 = "Độc lập - Tự do - Hạnh phúc"

_FONTS = Path("/usr/share/fonts/truetype")
FAMILIES = {
    "narrow": {"r": "liberation2/LiberationSans-Regular.ttf",
               "b": "liberation2/LiberationSans-Bold.ttf",
               "i": "liberation2/LiberationSans-Italic.ttf",
               "bi": "liberation2/LiberationSans-BoldItalic.ttf",
               "m": "dejavu/DejaVuSansMono.ttf"},
    "typed": {"r": "dejavu/DejaVuSansMono.ttf",
              "b": "dejavu/DejaVuSansMono-Bold.ttf",
              "i": "dejavu/DejaVuSansMono.ttf",
              "bi": "dejavu/DejaVuSansMono-Bold.ttf",
              "m": "dejavu/DejaVuSansMono.ttf"},
}


Page, Maker = heldout_render.typefaces(_FONTS, FAMILIES, family="narrow", pt=12.0,
                                       margins=(22.0, 192.0), top=14.0)


dmy = heldout_render.dmy


def words(d: date) -> str:
    """"ngày 7 tháng 5 năm 2025": neither padded."""
    return f"ngày {d.day} tháng {d.month} năm {d.year}"


def agency_header(p: Page, agency: Sequence[str], number: str | None, dated: str | None, *,
                  pt: float = 11.5) -> None:
    """The agency (parent body in regular type, issuing body in bold, a short rule) at the
    left, the motto at the right; the number under the agency; the place and date on their own
    line at the right, under both."""
    left = [L(line, "r" if i < len(agency) - 1 else "b", pt,
              rule=26.0 if i == len(agency) - 1 else 0.0) for i, line in enumerate(agency)]
    if number:
        left.append(L(f"Số: {number}", "r", pt))
    right = [L(MOTTO, "b", pt - 0.5), L(MOTTO2, "b", pt + 0.5, rule=-1)]
    p.pair(left, right, (4.0, 86.0), (84.0, 206.0))
    if dated:
        p.gap(1.0)
        p.line(dated, "i", pt + 0.5, align="r")
    p.gap(5.0)


def citizen_header(p: Page, pt: float = 12.0) -> None:
    """The motto alone, centred, over a citizen's form."""
    p.block([L(MOTTO, "b", pt), L(MOTTO2, "b", pt + 0.5, rule=-1)], p.x0, p.x1)
    p.gap(6.0)


def title(p: Page, text: str, pt: float = 15.0, sub: Sequence[str] = ()) -> str:
    """A bold title (lines split by \\n) and regular subtitle lines; the title as one line."""
    p.title(text, pt=pt)
    for s in sub:
        p.center(s, "i", pt - 3.0)
    p.gap(3.0)
    return " ".join(text.split("\n"))


def signer(titles: Sequence[str], name: str, note: str = "", space: float = 17.0,
           pt: float = 12.0) -> list[L]:
    lines = [L(t, "b", pt) for t in titles]
    if note:
        lines.append(L(note, "i", pt - 1.5))
    return [*lines, L(space=space), L(name, "b", pt)]


def sign_right(p: Page, lines: Sequence[L], *, seal: bool = False) -> None:
    G.sign(p, None, lines, seal="right" if seal else "", rbox=(108.0, 200.0))


def sign_both(p: Page, left: Sequence[L], right: Sequence[L], *, seal: str = "") -> None:
    G.sign(p, left, right, seal=seal, lbox=(10.0, 96.0), rbox=(108.0, 200.0))


recipients = heldout_render.recipients


def card_copy(mk: Maker, person: Person, *, issued: date, place: str, certifier: str,
              cert_no: str, cert_date: date) -> Paper:
    """A certified photocopy of a chip identity card (căn cước công dân, 2021 model): the front
    at the top left, the back under it, the commune's certification at the right."""
    p = mk.page("narrow", 10.5, (14.0, 198.0), 18.0)
    s = 1.2
    f = G.Card(p, 10.0, 22.0, s)
    f.emblem()
    f.text(50.0, 5.0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", 4.0, "c")
    f.text(50.0, 8.0, "Độc lập - Tự do - Hạnh phúc", "b", 4.0, "c")
    f.text(50.0, 13.0, "CĂN CƯỚC CÔNG DÂN", "b", 6.6, "c")
    f.text(24.0, 18.0, f"Số / No.: {person.cccd}", "b", 5.0)
    f.text(24.0, 22.6, "Họ và tên / Full name:", "r", 3.9)
    f.text(24.0, 26.4, person.upper, "b", 5.0)
    f.text(24.0, 30.6, f"Ngày sinh / Date of birth: {dmy(person.born)}", "r", 4.0)
    f.text(24.0, 34.2, f"Giới tính / Sex: {person.sex}   Quốc tịch: Việt Nam", "r", 4.0)
    f.text(24.0, 38.0, f"Nơi thường trú: {person.home.split(', ')[-1]}", "r", 4.0)
    f.box(3.0, 21.0, 18.0, 42.0, outline=None, fill=(120, 120, 120))
    b = G.Card(p, 10.0, 22.0 + G.Card.H * s + 8.0, s)
    b.text(4.0, 6.0, "Đặc điểm nhân dạng: Sẹo chấm C 1cm dưới mắt phải", "r", 3.9)
    b.text(4.0, 11.0, f"Ngày, tháng, năm: {dmy(issued)}", "i", 4.0)
    b.text(4.0, 15.0, "CỤC TRƯỞNG CỤC CẢNH SÁT", "b", 3.9)
    b.text(4.0, 18.6, "QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI", "b", 3.9)
    b.text(4.0, 27.0, "Nguyễn Văn Long", "b", 4.4)
    b.text(4.0, 35.0, f"IDVNM{person.cccd[3:]}<<5", "m", 4.2)
    p.x0, p.x1 = 128.0, 198.0
    p.y = 40.0
    lines = [L("CHỨNG THỰC BẢN SAO ĐÚNG", "b", 10.5), L("VỚI BẢN CHÍNH", "b", 10.5),
             L(f"Số chứng thực: {cert_no}", "r", 9.5),
             L(f"{place}, {words(cert_date)}", "i", 9.0),
             L("CÔNG CHỨC TƯ PHÁP - HỘ TỊCH", "b", 9.5), L(space=14.0), L(certifier, "b", 10.0)]
    G.sign(p, None, lines, seal="right", rbox=(128.0, 198.0))
    fields = {"ho_ten": person.upper, "so_cccd": person.cccd, "so_ky_hieu": person.cccd,
              "ngay_ban_hanh": issued.isoformat(),
              "co_quan_ban_hanh": "Cục Cảnh sát quản lý hành chính về trật tự xã hội"}
    return Paper("ban_sao_cccd", "Căn cước công dân", "can_cuoc", [p], fields,
                 "CĂN CƯỚC CÔNG DÂN")
