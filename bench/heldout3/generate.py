"""Generate the third held-apart set of bench/classify_accuracy.py: page images in ``pages/``
and their ground truth in ``truth.json`` (described in README.md).

Four invented dossiers and a run of loose papers, worded and laid out unlike samples/,
bench/heldout/ and bench/heldout2/: other procedures, provinces and agencies, receipts that name
their procedure in their own words, other official titles, papers of kinds the classifier does
not know, multi-page documents, and key fields among look-alikes. Pages are drawn with the page
model of samples/generate.py in this set's typefaces, then scanned with its scanner simulation
at 200 or 300 dpi (noise, blur, skew up to 2 degrees; greyscale or colour JPEG, bilevel PNG).
Deterministic for ``SEED``: the truth is the same on every run (the images need not be
byte-identical).

    python bench/heldout3/generate.py [--out bench/heldout3]
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import dossiers as drawn  # noqa: E402
import heldout_checks as checks  # noqa: E402
import heldout_render  # noqa: E402
import loose  # noqa: E402
import others  # noqa: E402
from page3 import Dossier, G, Maker, Paper  # noqa: E402

SEED = 20261206
DPI = 200
"""The resolution of most pages; each page gives its own (``dpi``)."""
CARDS = ("can_cuoc",)
MAX_SKEW = 2.0


def draw(mk: Maker) -> tuple[list[tuple[str, Dossier]], list[Paper]]:
    """Every dossier with the id of its procedure in classify/data/procedures.json, then the
    loose papers (known types and others taken in turn), in scan order."""
    runs = [loose.known(mk), others.papers(mk)]
    mixed = [run[k] for k in range(max(map(len, runs))) for run in runs if k < len(run)]
    return drawn.dossiers(mk), mixed


check_components = heldout_render.check_components
"""A dossier lacks exactly the required papers its missing names."""


def _render(out: Path | None) -> dict[str, Any]:
    return heldout_render.render(out, G=G, seed=SEED, dpi=DPI, cards=CARDS, maker=Maker,
                               draw=draw)


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
    counts = checks.Counts(dossiers=4, others=14, known=18, pages=(40, 60), untitled_first_pages=3)
    checks.validate_common(truth, counts, out)
    pages, docs = truth["pages"], truth["documents"]
    for d in docs:
        assert d["label"][0].isupper() and d["label"][1:] != d["label"][1:].upper(), d["label"]
    assert {p["dpi"] for p in pages} == {200, 300}
    assert any(p["colour"] for p in pages) and any(p["encoding"] == "png" for p in pages)
    assert all(abs(p["skew_deg"]) <= MAX_SKEW for p in pages)



def main(argv: Sequence[str] | None = None) -> int:
    return heldout_render.generate(argv, doc=__doc__ or "", here=HERE, render=_render,
                                   validate=validate)


if __name__ == "__main__":
    sys.exit(main())
