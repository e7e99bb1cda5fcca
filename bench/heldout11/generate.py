"""Generate the eleventh held-apart set of bench/classify_accuracy.py: page images in ``pages/``
and their ground truth in ``truth.json`` (described in README.md).

Four invented dossiers (one lacking a required paper) and a run of loose papers, worded and
laid out unlike samples/ and the first ten sets: three procedures that procedures.json did not
list when the set was made (exchanging a driving licence, unemployment benefit, a copy of a
diploma from the register) and a father recognising his daughter, receipts printed from the
portal, with a photo box, with a calendar of reports and with a shaded band, papers of kinds
the classifier does not know, multi-page documents and key fields among look-alikes. Pages are
drawn with the page model of samples/generate.py in the EB Garamond, Inter and Inter Display
typefaces, then scanned with its scanner simulation at 200 or 300 dpi (noise, blur, skew up to
2 degrees; greyscale or colour JPEG, bilevel PNG). Deterministic for ``SEED``: the truth is
the same on every run (the images need not be byte-identical).

    python bench/heldout11/generate.py [--out bench/heldout11]
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import civil11 as civil  # noqa: E402
import heldout_checks as checks  # noqa: E402
import heldout_render  # noqa: E402
import loose11 as loose  # noqa: E402
import others11 as others  # noqa: E402
import police11 as police  # noqa: E402
from page11 import Dossier, G, Maker, Paper, uncovered  # noqa: E402

SEED = 20260318
DPI = 200
"""The resolution of most pages; each page gives its own (``dpi``)."""
CARDS = ("gplx_pet_2016_sao", "can_cuoc_vinh", "can_cuoc_me_hue", "cccd_cha_ba_ria",
         "so_bhxh_qua_trinh_photo", "bang_thpt_2006_photo_cu", "ho_chieu_lao_dong_nuoc_ngoai",
         "the_bhyt_hoc_sinh_sao")
"""The kinds photocopied in greyscale, as a counter copies a card, a book or an old paper."""
MAX_SKEW = 2.0
PROCEDURES = ("doi_gplx", "tro_cap_that_nghiep", "ban_sao_van_bang", "nhan_cha_me_con")
"""The procedures of the dossiers, in scan order: ids of classify/data/procedures.json, the
first three added to it while the set was made (its check of components waits for them)."""


def draw(mk: Maker) -> tuple[list[tuple[str, Dossier]], list[Paper]]:
    """Every dossier with the id of its procedure, then the loose papers (known types and
    others taken in turn), in scan order."""
    made = [police.licence(mk), police.unemployment(mk), civil.diploma_copy(mk),
            civil.recognition(mk)]
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
                           untitled_first_pages=3)
    checks.validate_scans(truth, counts, out, max_skew=MAX_SKEW, uncovered=uncovered)
    assert [s["procedure_id"] for s in truth["dossiers"]] == list(PROCEDURES)


def main(argv: Sequence[str] | None = None) -> int:
    return heldout_render.generate(argv, doc=__doc__ or "", here=HERE, render=_render,
                                   validate=validate)


if __name__ == "__main__":
    sys.exit(main())
