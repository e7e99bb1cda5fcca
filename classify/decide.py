"""One document type from two opinions: the rules' and the learned model's. Pure.

The rules (``classify.rules``) say why they chose a type (its title); the model
(``classify.learned``) only says how likely each type is. So the rules decide whenever they
are sure, the model speaks when they are not, and where they disagree a person looks.

| rules (confidence c) | model (probability p) | type | confidence | ``decided_by`` |
| --- | --- | --- | --- | --- |
| any | none, or the same type | the rules' | c, or p if higher | ``rules`` (``both`` if p) |
| sure (c >= RULE_SURE) | another type, p < MODEL_SURE | the rules' | c | ``rules`` |
| sure | another type, p >= MODEL_SURE | the rules' | FLAGGED | ``disputed`` |
| fair (REVIEW <= c < RULE_SURE) | another type, p >= REVIEW | the rules' | FLAGGED | ``disputed`` |
| fair | another type, p < REVIEW | the rules' | c | ``rules`` |
| unsure (c < REVIEW) or unknown | another type, p >= MODEL_SURE | the model's | p (*) | ``model`` |
| unsure or unknown | another type, p < MODEL_SURE | the rules' | min(c, p, FLAGGED) | ``unsure`` |

(*) A model that never learnt the unknown type (no person ever settled a paper as "none of
these") cannot tell a paper of no known type from one of its types: it always names one of
them. Its word alone is then a suggestion: the confidence is capped at FLAGGED, so a person
confirms it. Once people have corrected papers to the unknown type and the model learnt it,
``model_knows_unknown`` lifts the cap.

How the thresholds were chosen:

* ``REVIEW`` = 0.5 is ``ClassifyResult.review_threshold``: below it a person confirms the type.
* ``RULE_SURE`` = 0.8: a title named exactly by the rules is rated 0.8 (read from the text
  alone) to 1.0; a fuzzy match or an inferred type is rated lower, and the unknown type 0.3.
  Only sure rule decisions are taken as training examples (``pipeline.training``), so the
  model learns from what the rules are right about and speaks where they are not sure.
* ``MODEL_SURE`` = 0.8: with the model's settings (``classify.learned``, C = 10), trained on
  the sample dossiers with each dossier's file left out in turn, every one of the 65 papers
  was typed right, from the text alone as well as with its title; from the text alone the
  probabilities of those right answers had a median of 0.91 and a 5th percentile of 0.5, and
  72 % were 0.8 or more (C = 1 gave a median of 0.62, C = 100 of 0.99 for the same answers).
  The model is thus under-confident on papers like the ones it learnt from; a paper of a type
  it never saw (the sample's scanned TRÍCH LỤC KẾT HÔN, a type the sample truths do not hold)
  came out at 0.41 for its best guess. 0.8 keeps such guesses out while letting the model
  decide most papers it knows.
* ``FLAGGED`` = 0.4: a confidence below ``REVIEW``, so the document is queued for review.

None of these were tuned on the held-apart set (``bench/heldout``). Measured on it afterwards
(``bench/model_accuracy.py``), the model trained on the samples alone, whose wordings and
layouts the set does not share, was 0.8 sure of only two papers there, both typed alike by
the rules: the rules' types and flags stood everywhere; for the 7 known papers the rules left
for review, the model's first guess was right for 5 and its top three held the right type for
all 7.

Once the pipeline asked the model for every document (``pipeline.type_model.decide_type``),
``bench/classify_accuracy.py`` printed the rules with and without a model trained on the
samples alone on the four held-apart sets: known-type accuracy, page ranges, fields and the
unknown papers left unflagged were the same in both columns on every set (the model was never
0.8 sure of another type where the rules decided), so the thresholds were left as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["FLAGGED", "MODEL_SURE", "REVIEW", "RULE_SURE", "Decision", "combine"]

REVIEW = 0.5
"""Below this confidence a person confirms the type (``ClassifyResult.review_threshold``)."""
RULE_SURE = 0.8
"""From this confidence the rules decide alone, and their decision is a training example."""
MODEL_SURE = 0.8
"""From this probability the model may decide, or dispute a sure rule decision."""
FLAGGED = 0.4
"""The confidence of a disputed or unsure decision: below ``REVIEW``, so it is reviewed."""

DecidedBy = Literal["rules", "both", "model", "disputed", "unsure"]


@dataclass(frozen=True, slots=True)
class Decision:
    """The type a document gets, how sure that is, and which opinion carried it."""

    doc_type: str
    confidence: float
    decided_by: DecidedBy

    @property
    def needs_review(self) -> bool:
        """True when a person should confirm the type."""
        return self.confidence < REVIEW


def combine(rule: tuple[str, float], model: tuple[str, float] | None, *, unknown_id: str,
            model_knows_unknown: bool = False) -> Decision:
    """Weigh the rules' ``(doc_type, confidence)`` and the model's ``(doc_type,
    probability)`` (None when there is no model) as the table of the module says.

    ``unknown_id`` is the type of a paper of no known type (``Rules.unknown.id``); a rule
    decision of that type counts as no decision. ``model_knows_unknown``: the model was
    trained on papers of that type too.
    """
    r_type, c = rule
    if model is None:
        return Decision(r_type, c, "rules")
    m_type, p = model
    if m_type == r_type:
        return Decision(r_type, p, "both") if p > c else Decision(r_type, c, "rules")
    if r_type != unknown_id and c >= RULE_SURE:
        return Decision(r_type, FLAGGED, "disputed") if p >= MODEL_SURE else (
            Decision(r_type, c, "rules"))
    if r_type != unknown_id and c >= REVIEW:
        return Decision(r_type, FLAGGED, "disputed") if p >= REVIEW else (
            Decision(r_type, c, "rules"))
    if p >= MODEL_SURE:
        alone = m_type != unknown_id and not model_knows_unknown
        return Decision(m_type, min(p, FLAGGED) if alone else p, "model")
    return Decision(r_type, min(c, p, FLAGGED), "unsure")
