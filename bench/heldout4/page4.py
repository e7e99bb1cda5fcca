"""Page model and common page parts of the fourth held-apart set.

The page model, marks and scanner simulation are those of ``samples/generate.py``; the
``Paper``, ``Dossier`` and ``Person`` records and the seeded ``Maker`` those of
``bench/heldout/draw.py``; both are imported. The typefaces and every layout and wording are
this set's own: Carlito (a Calibri-like face, the print of many offices' word processors) for
printed papers and Noto Sans Mono for what a citizen or a clerk typed; bodies of 10.5-13 pt;
headers whose parent body and issuing body stand over two or three lines, the number under
them and the place and date under the motto, or a header on one line across the page above
the motto (a company's, a hospital's).
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
    "office": {"r": "crosextra/Carlito-Regular.ttf", "b": "crosextra/Carlito-Bold.ttf",
               "i": "crosextra/Carlito-Italic.ttf", "bi": "crosextra/Carlito-BoldItalic.ttf",
               "m": "noto/NotoSansMono-Regular.ttf"},
    "typed": {"r": "noto/NotoSansMono-Regular.ttf", "b": "noto/NotoSansMono-Bold.ttf",
              "i": "noto/NotoSansMono-Regular.ttf", "bi": "noto/NotoSansMono-Bold.ttf",
              "m": "noto/NotoSansMono-Regular.ttf"},
}


Page, Maker = heldout_render.typefaces(_FONTS, FAMILIES, family="office", pt=12.5,
                                       margins=(24.0, 190.0), top=13.0)


dmy = heldout_render.dmy


def words(d: date, pad: bool = False) -> str:
    """"ngày 7 tháng 5 năm 2025" (or padded: "ngày 07 tháng 05 năm 2025")."""
    if pad:
        return f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"
    return f"ngày {d.day} tháng {d.month} năm {d.year}"


def header(p: Page, agency: Sequence[str], number: str | None, dated: str | None, *,
           pt: float = 12.0, split: float = 88.0) -> None:
    """The standard header: the bodies at the left (parents in regular type, the issuing body
    in bold with a short rule), the number under them; the motto at the right with the place
    and date under it."""
    left = [L(line, "b" if i == len(agency) - 1 else "r", pt,
              rule=30.0 if i == len(agency) - 1 else 0.0) for i, line in enumerate(agency)]
    if number:
        left.append(L(f"Số: {number}", "r", pt))
    right = [L(MOTTO, "b", pt - 0.5), L(MOTTO2, "b", pt, rule=-1)]
    if dated:
        right.append(L(dated, "i", pt))
    p.pair(left, right, (8.0, split), (split - 2.0, 206.0))
    p.gap(6.0)


def banner(p: Page, name: str, details: Sequence[str], pt: float = 12.5) -> None:
    """A company's or a hospital's name across the top with its particulars under it, a rule,
    then the motto centred."""
    p.line(name, "b", pt + 1.0, align="c")
    for d in details:
        p.line(d, "r", pt - 2.0, align="c")
    p.hline(p.x0, p.x1, p.y + 0.8, 0.4)
    p.gap(3.0)
    p.block([L(MOTTO, "b", pt - 0.5), L(MOTTO2, "b", pt, rule=-1)], p.x0, p.x1)
    p.gap(4.0)


def motto(p: Page, pt: float = 12.5) -> None:
    """The motto alone, centred (a citizen's paper)."""
    p.block([L(MOTTO, "b", pt), L(MOTTO2, "b", pt + 0.5, rule=-1)], p.x0, p.x1)
    p.gap(5.0)


def title(p: Page, text: str, pt: float = 15.5, sub: Sequence[str] = ()) -> str:
    """A bold title (lines split by \\n) and italic subtitle lines; the title as one line."""
    p.title(text, pt=pt)
    for s in sub:
        p.center(s, "i", pt - 3.5)
    p.gap(3.0)
    return " ".join(text.split("\n"))


def signer(titles: Sequence[str], name: str, note: str = "", space: float = 18.0,
           pt: float = 12.0) -> list[L]:
    lines = [L(t, "b", pt) for t in titles]
    if note:
        lines.append(L(note, "i", pt - 1.5))
    return [*lines, L(space=space), L(name, "b", pt)]


def sign_right(p: Page, lines: Sequence[L], *, seal: bool = False) -> None:
    G.sign(p, None, lines, seal="right" if seal else "", rbox=(104.0, 198.0))


def sign_both(p: Page, left: Sequence[L], right: Sequence[L], *, seal: str = "") -> None:
    G.sign(p, left, right, seal=seal, lbox=(12.0, 98.0), rbox=(106.0, 198.0))


def recipients(names: Sequence[str]) -> list[L]:
    return [L("Nơi nhận:", "bi", 10.5, align="l"),
            *(L(f"- {n};", "r", 9.5, align="l") for n in names)]


def card_2024(mk: Maker, person: Person, *, issued: date, certifier: str, cert_no: str,
              cert_place: str, cert_date: date) -> Paper:
    """A certified copy of an identity card of the 2024 model (titled "CĂN CƯỚC", issued by
    the Ministry of Public Security): front and back side by side across the top, the
    certification stamp under them at the left."""
    p = mk.page("office", 11.0, (12.0, 198.0), 14.0)
    s = 1.05
    f = G.Card(p, 10.0, 20.0, s)
    f.emblem()
    f.text(48.0, 5.0, MOTTO, "b", 4.2, "c")
    f.text(48.0, 8.4, MOTTO2, "b", 4.2, "c")
    f.text(48.0, 14.0, "CĂN CƯỚC", "b", 7.0, "c")
    f.text(24.0, 20.0, "Số định danh cá nhân/Personal identification number:", "r", 3.3)
    f.text(24.0, 24.0, person.cccd, "b", 5.2)
    f.text(24.0, 28.6, f"Họ, chữ đệm và tên khai sinh: {person.upper}", "b", 3.7)
    f.text(24.0, 33.0, f"Ngày, tháng, năm sinh: {dmy(person.born)}", "r", 3.8)
    f.text(24.0, 37.0, f"Giới tính/Sex: {person.sex}  Quốc tịch: Việt Nam", "r", 3.8)
    f.box(3.0, 21.0, 18.0, 42.0, outline=None, fill=(125, 125, 125))
    b = G.Card(p, 10.0 + G.Card.W * s + 6.0, 20.0, s)
    b.text(4.0, 6.0, f"Nơi cư trú: {person.home.split(', ')[-2]}", "r", 3.8)
    b.text(4.0, 11.0, f"Ngày, tháng, năm cấp: {dmy(issued)}", "r", 3.8)
    b.text(4.0, 16.0, "BỘ CÔNG AN", "b", 4.4)
    b.text(4.0, 34.0, f"IDVNM{person.cccd[3:]}<<8", "m", 4.0)
    p.y = 20.0 + G.Card.H * s + 14.0
    lines = [L("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH", "b", 10.5),
             L(f"Số chứng thực: {cert_no}, Quyển số 02/2025-SCT/BS", "r", 9.5),
             L(f"{cert_place}, {words(cert_date)}", "i", 9.5),
             L("CÔNG CHỨC TƯ PHÁP - HỘ TỊCH", "b", 10.0), L(space=13.0), L(certifier, "b", 10.5)]
    G.sign(p, None, lines, seal="right", rbox=(14.0, 110.0))
    fields = {"ho_ten": person.upper, "so_cccd": person.cccd, "so_ky_hieu": person.cccd,
              "ngay_ban_hanh": issued.isoformat(), "co_quan_ban_hanh": "Bộ Công an"}
    return Paper("ban_sao_cccd", "Căn cước", "can_cuoc_2024", [p], fields, "CĂN CƯỚC")
