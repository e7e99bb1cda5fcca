"""Generate the held-apart set of bench/classify_accuracy.py: page images in ``pages/`` and
their ground truth in ``truth.json`` (described in README.md).

Five invented dossiers and a run of loose papers, worded and laid out unlike samples/: other
official titles for the known document types, papers of kinds the classifier does not know,
multi-page documents, and key fields among look-alikes. Pages are drawn with the page model of
samples/generate.py in other typefaces, then scanned at 200 dpi with its scanner simulation
(mild noise, blur, slight skew; greyscale JPEG or bilevel PNG). Deterministic for ``SEED``: the
truth is the same on every run (the images need not be byte-identical).

    python bench/heldout/generate.py [--out bench/heldout]
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

import civil  # noqa: E402
import heldout_checks as checks  # noqa: E402
import land  # noqa: E402
import loose_a  # noqa: E402
import loose_b  # noqa: E402
import trade  # noqa: E402
from draw import Dossier, G, HPage, Maker, Paper  # noqa: E402

SEED = 20251108
DPI = 200
KINDS = ("clean", "grey", "blur", "bilevel")


def draw(mk: Maker) -> tuple[list[Dossier], list[Paper]]:
    """Every dossier, then the loose papers, in scan order."""
    dossiers = [civil.dossier_birth(mk), land.dossier_transfer(mk),
                trade.dossier_household(mk), civil.dossier_marriage(mk),
                trade.dossier_licence(mk)]
    return dossiers, loose_a.papers(mk) + loose_b.papers(mk)


def make_look(rng: random.Random, kind: str) -> Any:
    """Mild artefacts: clean (JPEG 85), grey (noise and uneven light, JPEG 60-72), blur
    (JPEG 70-80), bilevel (thresholded, a few dust specks, PNG); about half the pages are
    skewed by 0.3-1.5 degrees."""
    skew = 0.0 if rng.random() < 0.5 else round(rng.choice((-1, 1)) * rng.uniform(0.3, 1.5), 1)
    look = G.Look(skew=skew, paper=rng.randint(244, 252))
    if kind == "grey":
        look.noise, look.shade = round(rng.uniform(1.5, 3.0), 1), True
        look.quality = rng.randint(60, 72)
    elif kind == "blur":
        look.blur = round(rng.uniform(0.5, 0.8), 2)
        look.quality = rng.randint(70, 80)
    elif kind == "clean":
        look.quality = 85
    else:
        look.speckle = True
    return look


def _kind(rng: random.Random, paper: Paper) -> str:
    if paper.kind in ("can_cuoc", "giay_phep_lai_xe"):
        return "grey"  # photocopies of cards: greyscale
    return rng.choice(("clean", "grey", "blur", "bilevel", "bilevel"))


def _render(out: Path | None) -> dict[str, Any]:
    """Draw every page, decide its look and return the truth; with ``out``, also scan the
    pages and write them under ``out/pages``."""
    rng = random.Random(SEED)
    mk = Maker(rng, DPI)
    dossiers, loose = draw(mk)
    streams: list[tuple[Dossier | None, list[Paper]]] = [(d, d.papers) for d in dossiers]
    streams.append((None, loose))
    pages: list[dict[str, Any]] = []
    documents: list[dict[str, Any]] = []
    records: list[dict[str, Any]] = []
    images: list[tuple[str, Any]] = []
    for dossier, papers in streams:
        first_doc, first_page = len(documents), len(pages)
        code = dossier.code if dossier else None
        for paper in papers:
            start = len(pages)
            for k, page in enumerate(paper.pages):
                kind = _kind(rng, paper)
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
                    "jpeg_quality": look.quality, "text": G.nfc("\n".join(page.lines)),
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


def _scan(page: HPage, look: Any, kind: str, seed: int) -> bytes:
    img = G.scan(page.img, look, color=False, bilevel=kind == "bilevel", seed=seed)
    if kind == "bilevel":
        buf = io.BytesIO()
        img.save(buf, "PNG", dpi=(DPI, DPI), optimize=True)
        return buf.getvalue()
    return G.jpeg_bytes(img, look.quality, DPI)


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
    counts = checks.Counts(dossiers=3, others=15, known=9, pages=(50, 70))
    checks.validate_common(truth, counts, out)


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
