"""Generate the fourth held-apart set of bench/classify_accuracy.py: page images in ``pages/``
and their ground truth in ``truth.json`` (described in README.md).

Four invented dossiers (one lacking a required paper) and a run of loose papers, worded and laid out
unlike samples/ and the first three sets: other procedures, provinces, agencies and typefaces,
receipts that name their procedure in their own words under labels of their own, other official
titles, papers of kinds the classifier does not know, multi-page documents, and key fields among
look-alikes. Pages are drawn with the page model of samples/generate.py in this set's typefaces,
then scanned with its scanner simulation at 200 or 300 dpi (noise, blur, skew up to 2 degrees;
greyscale or colour JPEG, bilevel PNG). Deterministic for ``SEED``: the truth is the same on every
run (the images need not be byte-identical).

    python bench/heldout4/generate.py [--out bench/heldout4]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import shutil
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import dossiers4 as drawn  # noqa: E402
import heldout_checks as checks  # noqa: E402
import loose4 as loose  # noqa: E402
import others4 as others  # noqa: E402
from page4 import ROOT, Dossier, G, Maker, Page, Paper  # noqa: E402

SEED = 20261207
DPI = 200
"""The resolution of most pages; each page gives its own (``dpi``)."""
CARDS = ("can_cuoc_2024", "the_bhyt")
MAX_SKEW = 2.0


def draw(mk: Maker) -> tuple[list[tuple[str, Dossier]], list[Paper]]:
    """Every dossier with the id of its procedure in classify/data/procedures.json, then the
    loose papers (known types and others taken in turn), in scan order."""
    runs = [loose.known(mk), others.papers(mk)]
    mixed = [run[k] for k in range(max(map(len, runs))) for run in runs if k < len(run)]
    return drawn.dossiers(mk), mixed


def check_components(procedure_id: str, dossier: Dossier) -> None:
    """The dossier lacks exactly the required papers its ``missing`` names (by their labels in
    classify/data/procedures.json) and holds every other required one, by its type or a type
    that stands in for it."""
    data = json.loads((ROOT / "classify" / "data" / "procedures.json").read_text("utf-8"))
    proc = next(p for p in data["procedures"] if p["id"] == procedure_id)
    held = {paper.doc_type for paper in dossier.papers}
    lacking = [c["label"] for c in proc["components"] if c["required"]
               and not ({c["type"], *c.get("alternatives", ())} & held)]
    assert lacking == list(dossier.missing), (procedure_id, lacking, dossier.missing)


def make_look(rng: random.Random, kind: str) -> Any:
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


def _kind(rng: random.Random, paper: Paper, page: Page) -> str:
    if page.color:
        return "colour"
    if paper.kind in CARDS:
        return rng.choice(("clean", "grey"))  # photocopies of cards: greyscale
    if page.dpi > DPI:
        return rng.choice(("clean", "blur", "bilevel"))
    return rng.choice(("clean", "grey", "blur", "bilevel", "bilevel"))


def _render(out: Path | None) -> dict[str, Any]:
    """Draw every page, decide its look and return the truth; with ``out``, also scan the
    pages and write them under ``out/pages``."""
    rng = random.Random(SEED)
    mk = Maker(rng, DPI)
    dossiers, loose = draw(mk)
    for procedure_id, dossier in dossiers:
        check_components(procedure_id, dossier)
    streams: list[tuple[Dossier | None, list[Paper]]] = [(d, d.papers) for _, d in dossiers]
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
                kind = _kind(rng, paper, page)
                look = make_look(rng, kind)
                seed = rng.randrange(2**32)
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
                    images.append((name, _scan(page, look, kind, seed)))
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
    truth = {"schema": 1, "seed": SEED, "dpi": DPI, "dossiers": records,
             "documents": documents, "pages": pages}
    if out is not None:
        folder = out / "pages"
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        for name, data in images:
            (out / name).write_bytes(data)
    return truth


def _scan(page: Page, look: Any, kind: str, seed: int) -> bytes:
    img = G.scan(page.img, look, color=kind == "colour", bilevel=kind == "bilevel", seed=seed)
    if kind == "bilevel":
        buf = io.BytesIO()
        img.save(buf, "PNG", dpi=(page.dpi, page.dpi), optimize=True)
        return buf.getvalue()
    return G.jpeg_bytes(img, look.quality, page.dpi)


def build_truth() -> dict[str, Any]:
    """The truth, drawn again in memory (no image is scanned or written)."""
    return _render(None)


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------


def date_forms(d: date) -> list[str]:
    """The ways a date is printed on the set's papers (``heldout_checks.date_forms``)."""
    return checks.date_forms(d)


def check_fields(doc: dict[str, Any], texts: Sequence[str]) -> None:
    """Every field of a document is printed on its pages (``heldout_checks.check_fields``)."""
    checks.check_fields(doc, texts)


def validate(truth: dict[str, Any], out: Path | None = None) -> None:
    """The promises of the set (README.md); raises AssertionError when one fails."""
    counts = checks.Counts(dossiers=4, others=13, known=22, pages=(40, 60), untitled_first_pages=2)
    checks.validate_common(truth, counts, out)
    pages, docs = truth["pages"], truth["documents"]
    for d in docs:
        assert d["label"][0].isupper() and d["label"][1:] != d["label"][1:].upper(), d["label"]
    assert {p["dpi"] for p in pages} == {200, 300}
    assert any(p["colour"] for p in pages) and any(p["encoding"] == "png" for p in pages)
    assert all(abs(p["skew_deg"]) <= MAX_SKEW for p in pages)



def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args(argv)
    truth = _render(args.out)
    validate(truth, args.out)
    (args.out / "truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    size = sum(f.stat().st_size for f in (args.out / "pages").iterdir())
    print(f"{len(truth['pages'])} pages, {len(truth['documents'])} documents, "
          f"{len(truth['dossiers'])} dossiers, {size / 1e6:.1f} MB of images in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
