"""A procedure named in a receipt's own words: token overlap with the procedures' names and
wordings, with a confidence.

Receipts seldom print a procedure as ``data/procedures.json`` names it: "Đăng ký biến động QSDĐ
do nhận thừa kế", "Xin phép xây dựng nhà ở", "Khai tử cho cha". The text and every wording (a
procedure's name and its ``match`` entries) become features: their folded words, common
abbreviations spelt out (QSDĐ, GCN, GPXD, LLTP, GPLX, BHXH, HTX, ATTP…), words that say nothing
of the procedure left out ("cho", "của", "về"…), and each pair of neighbouring words. A feature
is weighed by how few procedures use it (inverse document frequency), so "khai tử" counts for
far more than "đăng ký". A wording's score is the harmonic mean of how much of the wording the
text covers and how much of the text (its words any procedure uses) the wording covers; a
procedure scores its best wording. The best procedure is taken when its score reaches
``MIN_SCORE`` and leads the next procedure's by ``MIN_LEAD``; the score is its confidence.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from sohoa.text import fold, normalise_space

__all__ = ["MIN_LEAD", "MIN_SCORE", "ProcedureScore", "best_procedure", "features", "scores"]

MIN_SCORE = 0.6
"""The lowest score a procedure is taken at."""
MIN_LEAD = 0.1
"""How far the best procedure's score must lead the next one's."""

UNKNOWN_WEIGHT = 0.5
"""A word of the text no procedure uses weighs this share of the rarest feature against every
procedure ("Cấp giấy phép lái xe" names no building permit)."""

_NOT_WORD = re.compile(r"[^0-9a-z]+")
_ABBREVIATIONS = {
    "qsdd": "quyen su dung dat", "qsd": "quyen su dung", "gcn": "giay chung nhan",
    "gcnqsdd": "giay chung nhan quyen su dung dat", "gpxd": "giay phep xay dung",
    "lltp": "ly lich tu phap", "hkd": "ho kinh doanh", "bhyt": "bao hiem y te",
    "tthc": "thu tuc hanh chinh", "dkkd": "dang ky kinh doanh", "dn": "doanh nghiep",
    "tnhh": "trach nhiem huu han", "tsglvd": "tai san gan lien voi dat",
    "dk": "dang ky", "dky": "dang ky", "ubnd": "uy ban nhan dan",
    "gplx": "giay phep lai xe", "gpld": "giay phep lao dong", "bhxh": "bao hiem xa hoi",
    "bhtn": "bao hiem that nghiep", "tctn": "tro cap that nghiep", "htx": "hop tac xa",
    "attp": "an toan thuc pham", "cchn": "chung chi hanh nghe", "ytnn": "yeu to nuoc ngoai",
}
_QUIET = frozenset((
    "cho", "cua", "va", "do", "ve", "voi", "hoac", "tai", "theo", "la", "o", "cac", "nhung",
    "mot", "thu", "tuc", "ho", "so", "de", "nghi", "xin", "yeu", "cau", "giai", "quyet", "viec",
    "ong", "ba", "anh", "chi", "cha", "me", "con", "vo", "chong",
))
"""Words that say nothing of which procedure is meant: left out as single words (still part
of pairs: "tặng cho", "nhà ở")."""


def _words(text: str) -> list[str]:
    words: list[str] = []
    for w in normalise_space(_NOT_WORD.sub(" ", fold(text))).split():
        words.extend(_ABBREVIATIONS.get(w, w).split())
    return words


def features(text: str) -> frozenset[str]:
    """The features of a wording: its telling words and each pair of neighbouring words."""
    words = _words(text)
    singles = {w for w in words if w not in _QUIET and not w.isdigit()}
    pairs = {f"{a} {b}" for a, b in pairwise(words)}
    return frozenset(singles | pairs)


@dataclass(frozen=True, slots=True)
class ProcedureScore:
    """How well a text names one procedure (0-1)."""

    index: int
    """The procedure's position in the list scored."""
    score: float


@lru_cache(maxsize=8)
def _index(wordings: tuple[tuple[str, ...], ...]
           ) -> tuple[tuple[tuple[frozenset[str], ...], ...], dict[str, float]]:
    feats = tuple(tuple(features(w) for w in ws) for ws in wordings)
    df = Counter(f for fs in feats for f in set().union(*fs))
    n = len(wordings)
    return feats, {f: math.log(1 + n / c) for f, c in df.items()}


def scores(text: str, wordings: Sequence[Sequence[str]]) -> list[ProcedureScore]:
    """How well ``text`` names each procedure (by position in ``wordings``: each procedure's
    name and wordings), best first; empty when no word of ``text`` is any procedure's."""
    feats, idf = _index(tuple(tuple(ws) for ws in wordings))
    told = features(text)
    said = {f for f in told if f in idf}
    if not said:
        return []
    words = {f for f in said if " " not in f}
    unknown = sum(" " not in f for f in told - said)
    words_weight = sum(idf[f] for f in words) + UNKNOWN_WEIGHT * unknown * max(idf.values())
    found: list[ProcedureScore] = []
    for i, fs in enumerate(feats):
        best = 0.0
        for f in fs:
            common = sum(idf[x] for x in f & said)
            if not common or not words_weight:
                continue
            recall = common / sum(idf[x] for x in f)
            precision = sum(idf[x] for x in f & words) / words_weight
            if recall and precision:
                best = max(best, 2 * recall * precision / (recall + precision))
        found.append(ProcedureScore(i, best))
    found.sort(key=lambda s: -s.score)
    return found


def best_procedure(text: str, wordings: Sequence[Sequence[str]]) -> ProcedureScore | None:
    """The procedure (by position in ``wordings``: each procedure's name and wordings) that
    ``text`` names, with its score; None when none scores ``MIN_SCORE`` with a lead of
    ``MIN_LEAD`` over the next."""
    found = scores(text, wordings)
    if not found:
        return None
    top = found[0]
    runner = found[1].score if len(found) > 1 else 0.0
    if top.score < MIN_SCORE or top.score - runner < MIN_LEAD:
        return None
    return ProcedureScore(top.index, round(top.score, 3))
