"""Page model and common page parts of the sixth held-apart set.

The page model, marks and scanner simulation are those of ``samples/generate.py``; the
``Paper``, ``Dossier`` and ``Person`` records and the seeded ``Maker`` those of
``bench/heldout/draw.py``; both are imported. The typefaces and every layout and wording are
this set's own, from the SIL families Debian packages (``fonts-sil-charis``,
``fonts-sil-andika``): Charis (a serif of the Bitstream Charter design) for offices' papers
and Andika (a plain sans made for legibility) for counters' slips, companies and what a
citizen typed. Headers name a province's department or a commune's people's committee as
after the 2025 reorganisation; the place and date under the motto.
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

FONTS = Path("/usr/share/fonts/truetype")
"""Where Debian's fonts-sil-charis and fonts-sil-andika put the faces (scripts/setup.sh
installs them)."""
FAMILIES = {
    "charis": {"r": "charis/CharisSIL-Regular.ttf", "b": "charis/CharisSIL-Bold.ttf",
               "i": "charis/CharisSIL-Italic.ttf", "bi": "charis/CharisSIL-BoldItalic.ttf"},
    "andika": {"r": "andika/Andika-Regular.ttf", "b": "andika/Andika-Bold.ttf",
               "i": "andika/Andika-Italic.ttf", "bi": "andika/Andika-BoldItalic.ttf"},
}


Page, Maker = heldout_render.typefaces(FONTS, FAMILIES, family="charis", pt=12.5,
                                       margins=(25.0, 190.0), top=13.0)


dmy = heldout_render.dmy


def words(d: date, pad: bool = True) -> str:
    """"ngày 05 tháng 3 năm 2026" (the month padded only when ``pad``)."""
    month = f"{d.month:02d}" if pad else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


def header(p: Page, agency: Sequence[str], number: str | None, dated: str | None, *,
           pt: float = 12.5, split: float = 80.0) -> None:
    """Decree 30 header: the bodies at the left (the issuing one bold, a short rule under it),
    the number under them; the motto at the right with the place and date under it."""
    left = [L(line, "b" if i == len(agency) - 1 else "r", pt,
              rule=20.0 if i == len(agency) - 1 else 0.0) for i, line in enumerate(agency)]
    if number:
        left.append(L(f"Số: {number}", "r", pt))
    right = [L(MOTTO, "b", pt - 1.5), L(MOTTO2, "b", pt - 0.5, rule=-1)]
    if dated:
        right.append(L(dated, "i", pt - 0.5))
    p.pair(left, right, (4.0, split), (split - 2.0, 207.0))
    p.gap(4.0)


def motto(p: Page, pt: float = 12.5) -> None:
    """The motto alone, centred, its second line underlined."""
    p.block([L(MOTTO, "b", pt - 0.5), L(MOTTO2, "b", pt, rule=-1)], p.x0, p.x1)
    p.gap(4.0)


def title(p: Page, text: str, pt: float = 14.5, sub: Sequence[str] = ()) -> str:
    """A bold centred title (lines split by \\n), italic lines under it; the title as one
    line."""
    p.title(text, pt=pt)
    for s in sub:
        p.center(s, "i", pt - 2.5)
    p.gap(3.0)
    return " ".join(text.split("\n"))


def signer(titles: Sequence[str], name: str, note: str = "", space: float = 17.0,
           pt: float = 12.5) -> list[L]:
    lines = [L(t, "b", pt) for t in titles]
    if note:
        lines.append(L(note, "i", pt - 2.0))
    return [*lines, L(space=space), L(name, "b", pt)]


def sign_right(p: Page, lines: Sequence[L], *, seal: bool = False) -> None:
    G.sign(p, None, lines, seal="right" if seal else "", rbox=(98.0, 198.0))


def sign_both(p: Page, left: Sequence[L], right: Sequence[L], *, seal: str = "") -> None:
    G.sign(p, left, right, seal=seal, lbox=(8.0, 100.0), rbox=(102.0, 202.0))


recipients = heldout_render.recipients


def rows(p: Page, items: Sequence[str], pt: float | None = None, indent: float = 0.0) -> None:
    """Form lines, each wrapped with a small hang."""
    for item in items:
        p.field(item, hang=5.0, pt=pt, x0=p.x0 + indent)


def card_2024(mk: Maker, person: Person, *, issued: date, home: str, certify: Sequence[str]
              ) -> Paper:
    """A photocopy of the 2024 identity card ("CĂN CƯỚC", issued by the Ministry of Public
    Security), front over back, a certification stamp at the right when ``certify``."""
    p = mk.page("andika", 10.5, (12.0, 198.0), 20.0)
    s = 1.05
    f = G.Card(p, 16.0, 22.0, s)
    f.emblem()
    f.text(50.0, 5.0, MOTTO, "b", 3.4, "c")
    f.text(50.0, 8.0, MOTTO2, "b", 3.4, "c")
    f.text(50.0, 13.0, "CĂN CƯỚC", "b", 6.0, "c")
    f.text(50.0, 16.5, "IDENTITY CARD", "r", 3.2, "c")
    f.text(27.0, 21.5, f"Số định danh cá nhân: {person.cccd}", "b", 3.8)
    f.text(27.0, 26.0, "Họ, chữ đệm và tên khai sinh:", "r", 3.2)
    f.text(27.0, 30.0, person.upper, "b", 4.0)
    f.text(27.0, 34.5, f"Ngày, tháng, năm sinh: {dmy(person.born)}", "r", 3.2)
    f.text(27.0, 38.5, f"Giới tính: {person.sex}    Quốc tịch: Việt Nam", "r", 3.2)
    f.box(4.0, 23.0, 20.0, 44.0, outline=None, fill=(110, 110, 110))
    b = G.Card(p, 16.0, 22.0 + G.Card.H * s + 8.0, s)
    b.text(4.0, 6.0, "Nơi cư trú:", "r", 3.2)
    b.text(4.0, 10.0, home, "r", 3.2)
    b.text(4.0, 16.0, f"Ngày, tháng, năm cấp: {dmy(issued)}", "r", 3.2)
    b.text(4.0, 20.5, "BỘ CÔNG AN", "b", 3.6)
    b.text(4.0, 40.0, f"IDVNM{person.cccd[3:]}<<2", "r", 3.6)
    if certify:
        p.y = 34.0
        lines = [L(t, "b" if i == 0 else "r", 9.5) for i, t in enumerate(certify[:-1])]
        lines += [L(space=12.0), L(certify[-1], "b", 10.0)]
        G.sign(p, None, lines, seal="right", rbox=(118.0, 200.0))
    fields = {"ho_ten": person.upper, "so_cccd": person.cccd, "so_ky_hieu": person.cccd,
              "ngay_ban_hanh": issued.isoformat(), "co_quan_ban_hanh": "Bộ Công an"}
    return Paper("ban_sao_cccd", "Căn cước", "can_cuoc_2024", [p], fields, "CĂN CƯỚC")
