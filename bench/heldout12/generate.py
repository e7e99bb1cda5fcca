"""Generate the twelfth held-apart set of bench/classify_accuracy.py: page images in ``pages/``
and their ground truth in ``truth.json`` (described in README.md).

Four invented dossiers (one lacking a required paper) and a run of loose papers, worded and
laid out unlike samples/ and the first eleven sets: four procedures no earlier set met
(founding a cooperative, a food-safety certificate, a pharmacist's practising certificate, a
birth with a foreign father), receipts printed by a portal with a barcode beside the code, cut
along a dashed line, titled in a box and underlined over two lines, papers of kinds the
classifier does not know, multi-page documents continued under "Trang 2/2", certified-copy
stamps and key fields among look-alikes. Pages are drawn with the page model of
samples/generate.py in the Vollkorn, Manrope and JetBrains Mono typefaces, then scanned with
its scanner simulation at 200 or 300 dpi (noise, blur, skew up to 2 degrees; greyscale or
colour JPEG, bilevel PNG). Deterministic for ``SEED``: the truth is the same on every run (the
images need not be byte-identical).

    python bench/heldout12/generate.py [--out bench/heldout12]
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import coop12 as coop  # noqa: E402
import health12 as health  # noqa: E402
import heldout_checks as checks  # noqa: E402
import heldout_render  # noqa: E402
import loose12 as loose  # noqa: E402
import others12 as others  # noqa: E402
from page12 import Dossier, G, Maker, Paper, uncovered  # noqa: E402

SEED = 20260412
DPI = 200
"""The resolution of most pages; each page gives its own (``dpi``)."""
CARDS = ("can_cuoc_giam_doc_htx_chung_thuc", "gcn_dkdn_suat_an_chung_thuc",
         "can_cuoc_duoc_si_ban_chup", "ho_chieu_han_quoc_ban_dich_cong_chung",
         "can_cuoc_me_tay_ho", "so_ho_khau_2014_son_tra_chup", "the_tam_tru_nguoi_nuoc_ngoai")
"""The kinds photocopied in greyscale, as a counter copies a card, a book or a certificate."""
MAX_SKEW = 2.0
PROCEDURES = ("thanh_lap_hop_tac_xa", "attp", "chung_chi_hanh_nghe_duoc",
              "khai_sinh_yeu_to_nuoc_ngoai")
"""The procedures of the dossiers, in scan order: ids of classify/data/procedures.json, none
met by an earlier set."""


def draw(mk: Maker) -> tuple[list[tuple[str, Dossier]], list[Paper]]:
    """Every dossier with the id of its procedure, then the loose papers (known types and
    others taken in turn), in scan order."""
    made = [coop.cooperative(mk), coop.kitchen(mk), health.pharmacist(mk),
            health.foreign_birth(mk)]
    dossiers = list(zip(PROCEDURES, made, strict=True))
    runs = [loose.known(mk), others.papers(mk)]
    mixed = [run[k] for k in range(max(map(len, runs))) for run in runs if k < len(run)]
    return dossiers, mixed


check_components = heldout_render.check_components
"""A dossier lacks exactly the required papers its missing names."""


def _render(out: Path | None) -> dict[str, Any]:
    truth = heldout_render.render(out, G=G, seed=SEED, dpi=DPI, cards=CARDS, maker=Maker,
                                  draw=draw)
    for record, procedure_id in zip(truth["dossiers"], PROCEDURES, strict=True):
        record["procedure_id"] = procedure_id
    return truth


def build_truth() -> dict[str, Any]:
    """The truth, drawn again in memory (no image is scanned or written)."""
    return _render(None)


check_fields = checks.check_fields
"""Every field of a document is printed on its pages."""


def validate(truth: dict[str, Any], out: Path | None = None) -> None:
    """The promises of the set (README.md); raises AssertionError when one fails."""
    counts = checks.Counts(dossiers=4, others=12, known=24, pages=(45, 60),
                           untitled_first_pages=2)
    checks.validate_scans(truth, counts, out, max_skew=MAX_SKEW, uncovered=uncovered)
    assert [s["procedure_id"] for s in truth["dossiers"]] == list(PROCEDURES)


def main(argv: Sequence[str] | None = None) -> int:
    return heldout_render.generate(argv, doc=__doc__ or "", here=HERE, render=_render,
                                   validate=validate)


if __name__ == "__main__":
    sys.exit(main())
