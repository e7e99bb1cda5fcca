"""How the third and later held-apart sets are drawn and scanned, whatever their papers: each
set's ``generate.py`` gives its seed, its papers (``draw``), its page maker and which kinds are
photocopied cards; this module checks each dossier's components against
classify/data/procedures.json, gives every page its look (colour, clean, grey, blur, bilevel;
skewed two times in three), scans it with the scanner simulation of samples/generate.py and
returns the truth (described in each set's README.md).
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import random
import shutil
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

from PIL import ImageFont

ROOT = Path(__file__).resolve().parents[1]

__all__ = ["MOTTO", "MOTTO2", "check_components", "dmy", "draw_module", "generate", "header",
           "make_look", "motto", "recipients", "render", "rows", "sign_both", "sign_right",
           "signer", "title", "typefaces", "under", "words"]


def draw_module() -> ModuleType:
    """``bench/heldout/draw.py`` (the ``Paper``, ``Dossier``, ``Person`` records, the seeded
    ``Maker`` and, as ``G``, the page model of samples/generate.py), loaded once as
    ``heldout_draw``."""
    name = "heldout_draw"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "heldout" / "draw.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def words(d: date, pad: bool = False) -> str:
    """"ngày 5 tháng 3 năm 2026" (day and month padded when ``pad``)."""
    if pad:
        return f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"
    return f"ngày {d.day} tháng {d.month} năm {d.year}"


def header(p: Any, agency: Sequence[str], number: str | None, dated: str = "", *,
           pt: float = 12.5, split: float = 86.0, about: Sequence[str] = (),
           parents: int | None = None, rule: float = 22.0,
           margins: tuple[float, float] = (8.0, 204.0)) -> None:
    """Decree 30 layout: the bodies at the left (the ``parents`` upper ones regular, by default
    all but the last; the issuing one bold, a ``rule`` mm long under it), the number and "V/v"
    lines under them; the motto at the right with the place and date under it; the columns
    between ``margins`` (mm), parted at ``split``."""
    L = draw_module().G.L
    upper = len(agency) - 1 if parents is None else parents
    last = len(agency) - 1
    left = [L(line, "r" if i < upper else "b", pt, rule=rule if i == last else 0.0)
            for i, line in enumerate(agency)]
    if number:
        left.append(L(f"Số: {number}", "r", pt))
    left += [L(line, "r", pt - 1.5) for line in about]
    right = [L(MOTTO, "b", pt - 1.0), L(MOTTO2, "b", pt, rule=-1)]
    if dated:
        right.append(L(dated, "i", pt))
    p.pair(left, right, (margins[0], split), (split - 4.0, margins[1]))
    p.gap(4.0)


def dmy(d: date) -> str:
    """A date as the sets print it in numbers: "05/03/2026"."""
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def recipients(names: Sequence[str]) -> list[Any]:
    """The "Nơi nhận:" block under a signed paper, one recipient a line."""
    L = draw_module().G.L
    return [L("Nơi nhận:", "bi", 11.0, align="l"),
            *(L(f"- {n};", "r", 10.0, align="l") for n in names)]


MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO2 = "Độc lập - Tự do - Hạnh phúc"


def motto(p: Any, pt: float = 13.0) -> None:
    """The motto alone, centred, a rule under its second line."""
    L = draw_module().G.L
    p.block([L(MOTTO, "b", pt - 0.5), L(MOTTO2, "b", pt, rule=-1)], p.x0, p.x1)
    p.gap(4.0)


def title(p: Any, text: str, pt: float = 15.0, sub: Sequence[str] = ()) -> str:
    """A bold centred title (lines split by \\n), lines under it in italics; returns the title
    as one line."""
    p.title(text, pt=pt)
    for s in sub:
        p.center(s, "i", pt - 3.0)
    p.gap(3.0)
    return " ".join(text.split("\n"))


def signer(titles: Sequence[str], name: str, note: str = "", space: float = 18.0,
           pt: float = 12.5) -> list[Any]:
    """A signer's block: titles, an optional note, room to sign, the name."""
    L = draw_module().G.L
    lines = [L(t, "b", pt) for t in titles]
    if note:
        lines.append(L(note, "i", pt - 2.0))
    return [*lines, L(space=space), L(name, "b", pt)]


def sign_right(p: Any, lines: Sequence[Any], *, seal: bool = False) -> None:
    """A signer's block at the right of the page, the seal over it if ``seal``."""
    draw_module().G.sign(p, None, lines, seal="right" if seal else "", rbox=(100.0, 200.0))


def sign_both(p: Any, left: Sequence[Any], right: Sequence[Any], *, seal: str = "") -> None:
    """Two signers' blocks side by side (``seal``: "left", "right" or none)."""
    draw_module().G.sign(p, left, right, seal=seal, lbox=(10.0, 100.0), rbox=(104.0, 202.0))


def rows(p: Any, items: Sequence[str], pt: float | None = None, indent: float = 0.0) -> None:
    """Form lines, each wrapped with a hang."""
    for item in items:
        p.field(item, hang=6.0, pt=pt, x0=p.x0 + indent)


def under(p: Any, label: str, value: str, *, style: str = "b", pt: float | None = None) -> None:
    """A label on its line and its value on the line under it, indented."""
    p.field(label, pt=pt)
    p.field(value, style=style, pt=pt, x0=p.x0 + 12.0)


def typefaces(fonts: Path, families: Mapping[str, Mapping[str, str]], *, family: str,
              pt: float, margins: tuple[float, float], top: float) -> tuple[type, type]:
    """A set's ``Page`` (the samples' page model drawn in the set's ``families``, font files
    under ``fonts`` by style: r, b, i, bi, m; a style a family lacks is drawn regular) and its
    ``Maker`` (pages at 200 dpi unless a paper asks for 300, in ``family`` at ``pt`` with
    ``margins`` and ``top`` in millimetres unless a paper asks otherwise)."""
    H = draw_module()

    @lru_cache(maxsize=512)
    def font(name: str, style: str, px: int) -> ImageFont.FreeTypeFont:
        face = families[name].get(style, families[name]["r"])
        return ImageFont.truetype(str(fonts / face), px, layout_engine=ImageFont.Layout.BASIC)

    class Page(H.G.Page):  # type: ignore[misc,name-defined]
        """A page of this set: the samples' page model in this set's typefaces."""

        def __init__(self, dpi: int, rng: random.Random, family: str, pt: float,
                     margins: tuple[float, float], top: float, color: bool) -> None:
            super().__init__(dpi, rng, color=color)
            self.family = family
            self.pt = pt
            self.x0, self.x1 = margins
            self.y = top

        def font(self, style: str, pt: float) -> ImageFont.FreeTypeFont:
            return font(self.family, style, max(4, round(pt * self.dpi / 72)))

    defaults = (family, pt, margins, top)

    class Maker(H.Maker):  # type: ignore[misc,name-defined]
        """The seeded random source; pages at 200 dpi unless a paper asks for 300."""

        def page(self, family: str = defaults[0], pt: float = defaults[1],
                 margins: tuple[float, float] = defaults[2], top: float = defaults[3], *,
                 dpi: int = 200, color: bool = False) -> Any:
            return Page(dpi, self.rng, family, pt, margins, top, color)

    return Page, Maker


@lru_cache(maxsize=32)
def _cmap(path: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    return frozenset(TTFont(path).getBestCmap())


def glyph_check(fonts: Path, families: Mapping[str, Mapping[str, str]]
                ) -> Callable[[str], dict[str, str]]:
    """A set's ``uncovered(text)``: the characters of ``text`` some face of ``families`` (font
    files under ``fonts``) lacks, by face file; every glyph a set draws must be in every face
    it may be drawn in."""

    def uncovered(text: str) -> dict[str, str]:
        lacking: dict[str, str] = {}
        chars = {c for c in text if not c.isspace()}
        for family in families.values():
            for face in family.values():
                have = _cmap(str(fonts / face))
                missing = "".join(sorted(c for c in chars if ord(c) not in have))
                if missing:
                    lacking[face] = missing
        return lacking

    return uncovered


def check_components(procedure_id: str, dossier: Any) -> None:
    """The dossier lacks exactly the required papers its ``missing`` names (by their labels in
    classify/data/procedures.json) and holds every other required one, by its type or a type
    that stands in for it. A procedure the file does not list (yet) is not checked, and its
    dossier may lack nothing."""
    data = json.loads((ROOT / "classify" / "data" / "procedures.json").read_text("utf-8"))
    proc = next((p for p in data["procedures"] if p["id"] == procedure_id), None)
    if proc is None:
        # a procedure the data file does not list yet: its components are not known here,
        # so the dossier must claim to lack nothing; it is checked once the file lists it
        assert not dossier.missing, (procedure_id, dossier.missing)
        return
    held = {paper.doc_type for paper in dossier.papers}
    lacking = [c["label"] for c in proc["components"] if c["required"]
               and not ({c["type"], *c.get("alternatives", ())} & held)]
    assert lacking == list(dossier.missing), (procedure_id, lacking, dossier.missing)


def make_look(G: ModuleType, rng: random.Random, kind: str) -> Any:
    """The artefacts of one page: colour (a colour JPEG, quality 72-85, light noise); clean
    (greyscale JPEG 85); grey (noise and uneven light, JPEG 60-72); blur (JPEG 70-80); bilevel
    (thresholded, dust specks, PNG). Two pages in three are skewed, by 0.2-2 degrees."""
    skew = 0.0 if rng.random() < 0.34 else round(rng.choice((-1, 1)) * rng.uniform(0.2, 2.0), 1)
    look = G.Look(skew=skew, paper=rng.randint(242, 251))
    if kind == "colour":
        look.noise, look.quality = round(rng.uniform(1.0, 2.0), 1), rng.randint(72, 85)
    elif kind == "grey":
        look.noise, look.shade = round(rng.uniform(1.5, 3.0), 1), True
        look.quality = rng.randint(60, 72)
    elif kind == "blur":
        look.blur = round(rng.uniform(0.5, 0.9), 2)
        look.quality = rng.randint(70, 80)
    elif kind == "clean":
        look.quality = 85
    else:
        look.speckle = True
    return look


def _kind(rng: random.Random, paper: Any, page: Any, cards: Sequence[str], dpi: int
          ) -> str:
    if page.color:
        return "colour"
    if paper.kind in cards:
        return rng.choice(("clean", "grey"))  # photocopies of cards: greyscale
    if page.dpi > dpi:
        return rng.choice(("clean", "blur", "bilevel"))
    return rng.choice(("clean", "grey", "blur", "bilevel", "bilevel"))


def render(out: Path | None, *, G: ModuleType, seed: int, dpi: int,
           cards: Sequence[str], maker: Callable[[random.Random, int], Any],
           draw: Callable[[Any], tuple[list[tuple[str, Any]], list[Any]]]) -> dict[str, Any]:
    """Draw every page (``draw`` over a ``maker(rng, dpi)``), decide its look and return the
    truth; with ``out``, also scan the pages and write them under ``out/pages``. Each dossier
    is checked against its procedure's components first. ``G`` is the
    page model of samples/generate.py, ``cards`` the kinds of paper photocopied as cards."""
    rng = random.Random(seed)
    mk = maker(rng, dpi)
    dossiers, loose = draw(mk)
    for procedure_id, dossier in dossiers:
        check_components(procedure_id, dossier)
    streams: list[tuple[Any, list[Any]]] = [(d, d.papers) for _, d in dossiers]
    streams.append((None, loose))
    pages: list[dict[str, Any]] = []
    documents: list[dict[str, Any]] = []
    records: list[dict[str, Any]] = []
    images: list[tuple[str, bytes]] = []
    for dossier, papers in streams:
        first_doc, first_page = len(documents), len(pages)
        code = dossier.code if dossier else None
        for paper in papers:
            start = len(pages)
            for k, page in enumerate(paper.pages):
                kind = _kind(rng, paper, page, cards, dpi)
                look = make_look(G, rng, kind)
                page_seed = rng.randrange(2**32)
                ext = "png" if kind == "bilevel" else "jpg"
                name = f"pages/page-{len(pages) + 1:03d}.{ext}"
                pages.append({
                    "file": name, "dossier": code, "document": len(documents),
                    "starts_document": k == 0, "doc_type": paper.doc_type, "kind": paper.kind,
                    "label": paper.label, "titled": k == 0 and paper.title is not None,
                    "skew_deg": look.skew, "noise": bool(look.noise or look.speckle),
                    "blur": bool(look.blur), "encoding": "png" if ext == "png" else "jpeg",
                    "jpeg_quality": look.quality, "dpi": page.dpi, "colour": kind == "colour",
                    "text": G.nfc("\n".join(page.lines)),
                })
                if out is not None:
                    images.append((name, _scan(G, page, look, kind, page_seed)))
            documents.append({
                "dossier": code, "pages": [start, len(pages) - 1], "doc_type": paper.doc_type,
                "kind": paper.kind, "label": G.nfc(paper.label),
                "title": G.nfc(paper.title) if paper.title else None,
                "fields": {k: G.nfc(v) for k, v in paper.fields.items()},
            })
        if dossier is not None:
            records.append({
                "receipt_code": dossier.code, "procedure": G.nfc(dossier.procedure),
                "missing": [G.nfc(m) for m in dossier.missing],
                "pages": [first_page, len(pages) - 1],
                "documents": [first_doc, len(documents) - 1],
            })
    truth = {"schema": 1, "seed": seed, "dpi": dpi, "dossiers": records,
             "documents": documents, "pages": pages}
    if out is not None:
        folder = out / "pages"
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        for name, data in images:
            (out / name).write_bytes(data)
    return truth


def _scan(G: ModuleType, page: Any, look: Any, kind: str, seed: int) -> bytes:
    img = G.scan(page.img, look, color=kind == "colour", bilevel=kind == "bilevel", seed=seed)
    if kind == "bilevel":
        buf = io.BytesIO()
        img.save(buf, "PNG", dpi=(page.dpi, page.dpi), optimize=True)
        return buf.getvalue()
    return G.jpeg_bytes(img, look.quality, page.dpi)


def generate(argv: Sequence[str] | None, *, doc: str, here: Path,
             render: Callable[[Path], dict[str, Any]],
             validate: Callable[[dict[str, Any], Path], None]) -> int:
    """A set's ``generate.py`` command: draw and scan the set into ``--out`` (default
    ``here``) with ``render``, check its promises with ``validate``, write ``truth.json`` and
    say what was written."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--out", type=Path, default=here)
    args = parser.parse_args(argv)
    truth = render(args.out)
    validate(truth, args.out)
    (args.out / "truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    size = sum(f.stat().st_size for f in (args.out / "pages").iterdir())
    print(f"{len(truth['pages'])} pages, {len(truth['documents'])} documents, "
          f"{len(truth['dossiers'])} dossiers, {size / 1e6:.1f} MB of images in {args.out}")
    return 0
