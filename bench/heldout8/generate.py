"""Generate the eighth held-apart set of bench/classify_accuracy.py: page images in ``pages/``
and their ground truth in ``truth.json`` (described in README.md).

Five invented dossiers (one lacking a required paper) and a run of loose papers, worded and laid
out unlike samples/ and the first seven sets: other provinces and procedures, receipts in two
columns, as a ruled table, bilingual, filled in by hand and stamped, papers of kinds the
classifier does not know, multi-page documents and key fields among look-alikes. Pages are
drawn with the page model of samples/generate.py in the Linux Libertine, Linux Biolinum and
Lato typefaces, then scanned with its scanner simulation at 200 or 300 dpi (noise, blur, skew
up to 2 degrees; greyscale or colour JPEG, bilevel PNG). Deterministic for ``SEED``: the truth
is the same on every run (the images need not be byte-identical).

    python bench/heldout8/generate.py [--out bench/heldout8]
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import civil8 as civil  # noqa: E402
import heldout_checks as checks  # noqa: E402
import heldout_render  # noqa: E402
import land8 as land  # noqa: E402
import loose8 as loose  # noqa: E402
import others8 as others  # noqa: E402
from page8 import Dossier, G, Maker, Paper  # noqa: E402

SEED = 20261215
DPI = 200
"""The resolution of most pages; each page gives its own (``dpi``)."""
CARDS = ("cccd_barcode_copy", "so_ho_khau_copy", "hoc_ba", "so_bhxh_copy")
"""The kinds photocopied in greyscale, as a counter copies a card, a household book, a school
record or an insurance book."""
MAX_SKEW = 2.0


def draw(mk: Maker) -> tuple[list[tuple[str, Dossier]], list[Paper]]:
    """Every dossier with the id of its procedure in classify/data/procedures.json, then the
    loose papers (known types and others taken in turn), in scan order."""
    dossiers = [("dang_ky_cap_gcn_lan_dau", land.first_registration(mk)),
                ("xoa_dang_ky_the_chap", land.mortgage_release(mk)),
                ("gpxd_dieu_chinh_gia_han", civil.permit_extension(mk)),
                ("dang_ky_lai_khai_sinh", civil.birth_again(mk)),
                ("chung_thuc_hop_dong", civil.sale_certified(mk))]
    runs = [loose.known(mk), others.papers(mk)]
    mixed = [run[k] for k in range(max(map(len, runs))) for run in runs if k < len(run)]
    return dossiers, mixed


check_components = heldout_render.check_components
"""A dossier lacks exactly the required papers its missing names."""


def _render(out: Path | None) -> dict[str, Any]:
    return heldout_render.render(out, G=G, seed=SEED, dpi=DPI, cards=CARDS, maker=Maker,
                                 draw=draw)


def build_truth() -> dict[str, Any]:
    """The truth, drawn again in memory (no image is scanned or written)."""
    return _render(None)


check_fields = checks.check_fields
"""Every field of a document is printed on its pages."""


def validate(truth: dict[str, Any], out: Path | None = None) -> None:
    """The promises of the set (README.md); raises AssertionError when one fails."""
    counts = checks.Counts(dossiers=5, others=12, known=24, pages=(45, 60),
                           untitled_first_pages=3)
    checks.validate_scans(truth, counts, out, max_skew=MAX_SKEW)


def main(argv: Sequence[str] | None = None) -> int:
    return heldout_render.generate(argv, doc=__doc__ or "", here=HERE, render=_render,
                                   validate=validate)


if __name__ == "__main__":
    sys.exit(main())
