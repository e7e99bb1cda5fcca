"""Page model and common page parts of the fifth held-apart set.

The page model, marks and scanner simulation are those of ``samples/generate.py``; the
``Paper``, ``Dossier`` and ``Person`` records and the seeded ``Maker`` those of
``bench/heldout/draw.py``; both are imported. The typefaces and every layout and wording are
this set's own, from the TeX Gyre families (Debian ``fonts-texgyre``): Termes (the metrics of
Times, the face Decree 30/2020 prescribes) for offices' papers, Heros Condensed (a narrow
grotesque, as the one-stop software prints its slips) for counters and companies, Cursor (a
typewriter face) for what a citizen typed. Headers after the 2025 reorganisation: a commune's
people's committee or a province's department with no district between them, the issuing
body's number at the left, the place and date under the motto.
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

FONTS = Path("/usr/share/texmf/fonts/opentype/public/tex-gyre")
"""Where Debian's fonts-texgyre puts the faces (scripts/setup.sh installs it)."""
FAMILIES = {
    "termes": {"r": "texgyretermes-regular.otf", "b": "texgyretermes-bold.otf",
               "i": "texgyretermes-italic.otf", "bi": "texgyretermes-bolditalic.otf",
               "m": "texgyrecursor-regular.otf"},
    "heros": {"r": "texgyreheroscn-regular.otf", "b": "texgyreheroscn-bold.otf",
              "i": "texgyreheroscn-italic.otf", "bi": "texgyreheroscn-bolditalic.otf",
              "m": "texgyrecursor-regular.otf"},
    "cursor": {"r": "texgyrecursor-regular.otf", "b": "texgyrecursor-bold.otf",
               "i": "texgyrecursor-italic.otf", "bi": "texgyrecursor-bolditalic.otf",
               "m": "texgyrecursor-regular.otf"},
}


Page, Maker = heldout_render.typefaces(FONTS, FAMILIES, family="termes", pt=13.0,
                                       margins=(28.0, 192.0), top=14.0)


dmy = heldout_render.dmy


def words(d: date, pad: bool = True) -> str:
    """"ngày 07 tháng 11 năm 2025" (or unpadded: "ngày 7 tháng 11 năm 2025")."""
    if pad:
        return f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"
    return f"ngày {d.day} tháng {d.month} năm {d.year}"


def header(p: Page, agency: Sequence[str], number: str | None, dated: str | None, *,
           pt: float = 13.0, split: float = 84.0) -> None:
    """Decree 30 header: the parent body in regular type over the issuing body in bold with a
    rule under it, the number under them; the motto at the right, the place and date under
    it."""
    left = [L(line, "b" if i == len(agency) - 1 else "r", pt,
              rule=24.0 if i == len(agency) - 1 else 0.0) for i, line in enumerate(agency)]
    if number:
        left.append(L(f"Số: {number}", "r", pt))
    right = [L(MOTTO, "b", pt - 1.0), L(MOTTO2, "b", pt, rule=-1)]
    if dated:
        right.append(L(dated, "i", pt))
    p.pair(left, right, (6.0, split), (split - 4.0, 206.0))
    p.gap(5.0)


def motto(p: Page, pt: float = 13.0) -> None:
    """The motto alone, centred, with a rule under its second line (a citizen's paper)."""
    p.block([L(MOTTO, "b", pt - 0.5), L(MOTTO2, "b", pt, rule=-1)], p.x0, p.x1)
    p.gap(4.0)


def form_no(p: Page, text: str, pt: float = 10.0) -> None:
    """The form's model number at the top right ("Mẫu số 01/ĐK")."""
    p.line(text, "i", pt, align="r")


def title(p: Page, text: str, pt: float = 15.0, sub: Sequence[str] = ()) -> str:
    """A bold title (lines split by \\n) and italic lines under it; the title as one line."""
    p.title(text, pt=pt)
    for s in sub:
        p.center(s, "i", pt - 3.0)
    p.gap(3.0)
    return " ".join(text.split("\n"))


def signer(titles: Sequence[str], name: str, note: str = "", space: float = 18.0,
           pt: float = 13.0) -> list[L]:
    lines = [L(t, "b", pt) for t in titles]
    if note:
        lines.append(L(note, "i", pt - 2.0))
    return [*lines, L(space=space), L(name, "b", pt)]


def sign_right(p: Page, lines: Sequence[L], *, seal: bool = False) -> None:
    G.sign(p, None, lines, seal="right" if seal else "", rbox=(100.0, 198.0))


def sign_both(p: Page, left: Sequence[L], right: Sequence[L], *, seal: str = "") -> None:
    G.sign(p, left, right, seal=seal, lbox=(10.0, 100.0), rbox=(104.0, 200.0))


recipients = heldout_render.recipients


def chip_card(mk: Maker, person: Person, *, issued: date, until: date, certify: Sequence[str]
              ) -> Paper:
    """A photocopy of a chip citizen identity card (the 2021 model, "CĂN CƯỚC CÔNG DÂN"),
    front above back at the left of the sheet, a certification stamp at the right (or none
    when ``certify`` is empty)."""
    p = mk.page("heros", 11.0, (12.0, 198.0), 16.0)
    s = 1.1
    f = G.Card(p, 14.0, 18.0, s)
    f.emblem()
    f.text(50.0, 5.0, MOTTO, "b", 3.6, "c")
    f.text(50.0, 8.2, MOTTO2, "b", 3.6, "c")
    f.text(50.0, 13.5, "CĂN CƯỚC CÔNG DÂN", "b", 5.6, "c")
    f.text(26.0, 19.0, f"Số / No.: {person.cccd}", "b", 4.4)
    f.text(26.0, 24.0, "Họ và tên / Full name:", "r", 3.4)
    f.text(26.0, 28.0, person.upper, "b", 4.2)
    f.text(26.0, 32.5, f"Ngày sinh / Date of birth: {dmy(person.born)}", "r", 3.4)
    f.text(26.0, 36.5, f"Giới tính / Sex: {person.sex}   Quốc tịch: Việt Nam", "r", 3.4)
    f.text(26.0, 40.5, f"Có giá trị đến: {dmy(until)}", "r", 3.4)
    f.box(3.0, 22.0, 20.0, 44.0, outline=None, fill=(120, 120, 120))
    b = G.Card(p, 14.0, 18.0 + G.Card.H * s + 8.0, s)
    b.text(4.0, 6.0, "Đặc điểm nhân dạng: nốt ruồi dưới mắt trái", "r", 3.4)
    b.text(4.0, 11.0, f"Ngày, tháng, năm: {dmy(issued)}", "r", 3.4)
    b.text(4.0, 15.5, "CỤC TRƯỞNG CỤC CẢNH SÁT", "b", 3.6)
    b.text(4.0, 19.0, "QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI", "b", 3.6)
    b.text(4.0, 40.0, f"IDVNM{person.cccd[3:]}<<4", "m", 3.8)
    if certify:
        p.y = 30.0
        lines = [L(t, "b" if i == 0 else "r", 9.5) for i, t in enumerate(certify[:-1])]
        lines += [L(space=12.0), L(certify[-1], "b", 10.0)]
        G.sign(p, None, lines, seal="right", rbox=(112.0, 198.0))
    fields = {"ho_ten": person.upper, "so_cccd": person.cccd, "so_ky_hieu": person.cccd,
              "ngay_ban_hanh": issued.isoformat(),
              "co_quan_ban_hanh": "Cục Cảnh sát quản lý hành chính về trật tự xã hội"}
    return Paper("ban_sao_cccd", "Căn cước công dân", "cccd_chip", [p], fields,
                 "CĂN CƯỚC CÔNG DÂN")
