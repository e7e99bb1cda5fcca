"""Generate the thirteenth held-apart set of bench/classify_accuracy.py: page images in ``pages/``
and their ground truth in ``truth.json`` (described in README.md).

Four invented dossiers (one lacking a required paper) and a run of loose papers, worded and
laid out unlike samples/ and the first twelve sets: four procedures no earlier set met (social
insurance paid at once, a work permit for a foreign engineer, a household business closed, a
death reported jointly with the residence register and the survivors' benefits), receipts in
ruled cells under a grey band, with a queue number and a stub, as a kiosk's narrow ticket and
with the offices' dates in a table, papers of kinds the classifier does not know, multi-page
documents continued under "(tiếp theo …)", oval copy stamps and key fields among look-alikes.
Pages are drawn with the page model of samples/generate.py in the Junicode, Cantarell and
Comfortaa typefaces, then scanned with its scanner simulation at 200 or 300 dpi (noise, blur,
skew up to 2 degrees; greyscale or colour JPEG, bilevel PNG). Deterministic for ``SEED``: the
truth is the same on every run (the images need not be byte-identical).

    python bench/heldout13/generate.py [--out bench/heldout13]
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import heldout_checks as checks  # noqa: E402
import heldout_render  # noqa: E402
import loose13 as loose  # noqa: E402
import others13 as others  # noqa: E402
import social13 as social  # noqa: E402
import trade13 as trade  # noqa: E402
from page13 import Dossier, G, Maker, Paper, uncovered  # noqa: E402

SEED = 20260513
DPI = 200
"""The resolution of most pages; each page gives its own (``dpi``)."""
CARDS = ("so_bhxh_2009_to_roi_chup", "ho_chieu_viet_nam_chup_bhxh",
         "ho_chieu_philippines_sao_y_cong_ty", "can_cuoc_chu_ho_may_chup",
         "can_cuoc_con_trai_lien_thong", "giay_khai_sinh_1988_chup", "the_bhyt_chup_hai_mat")
"""The kinds photocopied in greyscale, as a counter copies a card, a book or a passport."""
MAX_SKEW = 2.0
PROCEDURES = ("bhxh_mot_lan", "giay_phep_lao_dong", "cham_dut_ho_kinh_doanh",
              "lien_thong_khai_tu")
"""The procedures of the dossiers, in scan order: ids of classify/data/procedures.json, none
met by an earlier set."""


def draw(mk: Maker) -> tuple[list[tuple[str, Dossier]], list[Paper]]:
    """Every dossier with the id of its procedure, then the loose papers (known types and
    others taken in turn), in scan order."""
    made = [social.lump_sum(mk), trade.work_permit(mk), trade.closing_shop(mk),
            social.joint_death(mk)]
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
