"""Which pages start a document, and how sure it is that a page continues the one before.

A page whose title names a type, or that opens with a header (the national motto, an issuing
agency), starts a document. Any other page is weighed against the page before it by what
both show (``classify.marks``):

* for continuing, sure: its printed page number follows ("Trang 2", "2/3", a lone "2" at the
  top, the first page being unnumbered), or its first numbered heading follows the last one of
  the page before of its kind ("Điều 4." after "Điều 3.", "V." after "IV.");
* for continuing, nearly sure: it opens mid-sentence (in lower case), or with a heading that
  belongs inside a paper ("LỜI CHỨNG CỦA CÔNG CHỨNG VIÊN", "XÁC NHẬN CỦA …", "MỤC 1", "PHẦN
  II");
* for continuing, fairly: both pages are pages of text in a typeface of about the same size
  (from the text alone: both hold paragraphs), or the page closes a paper (it holds a
  signature block); a numbered heading past the first with none before it to follow;
* against: the page before ends with a signature block (its paper is finished), the typefaces'
  sizes differ by more than a third;
* it starts a paper: its page number is 1, or does not follow the page before's; its first
  numbered heading starts the count again ("Điều 1." after "Điều 5.").

Evidence against leaves only the sure kinds standing, less sure; a page with no evidence for
continuing, or only fair evidence and some against, starts a document of unknown type that a
person reviews (``CONFIDENCE_UNKNOWN`` in ``classify.titles``), rather than being appended
silently to a paper it may not belong to. A page with a title that names no type and no header
(a heading inside a paper, or a paper of a type the rules do not know) continues only on sure
or nearly sure evidence.

A document is as sure as its type and the least sure of the joins that made it; a page with a
title that names no type is never joined silently: its document is flagged for review
(``JOIN_TITLED``).

How sure each join is, meant as the share of such joins that are right: on the 4 continuation
pages of the 16 sample dossiers (all joined by a heading that follows: "Điều 4." after "Điều 3.",
"V." after "IV.") and the 62 pages that start a paper, every decision was right; 4 of 4 is too
few to measure, so the values are judgements, ordered by the strength of the evidence and kept
at or above the rules' own threshold for a sure decision (0.8, ``classify.decide.RULE_SURE``)
only where the evidence is printed on the page (numbers, headings, a sentence carried over,
the same typeface).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from classify.types import PageClass, PageMarks

__all__ = [
    "JOIN_CARRIED",
    "JOIN_FAIR",
    "JOIN_LAYOUT",
    "JOIN_MIN",
    "JOIN_SURE",
    "JOIN_TITLED",
    "group",
    "join_confidence",
    "least_join",
]

JOIN_SURE = 0.95
"""The page number or a numbered heading follows the page before's."""
JOIN_CARRIED = 0.9
"""The page opens mid-sentence or with a heading that belongs inside a paper."""
JOIN_LAYOUT = 0.8
"""Paragraphs in a typeface of the same size, or a closing page, the page before not signed
off."""
JOIN_FAIR = 0.7
"""The same from the text alone (no typeface known), or a numbered heading past the first with
none before it."""
JOIN_MIN = 0.5
"""Below this a page starts a document of unknown type, flagged for review."""
JOIN_TITLED = 0.45
"""A page with a title that names no type, joined to the paper before on sure evidence: the
document is no surer than this, below the review threshold (0.5), so a person sees whether
the title was a heading inside the paper or another paper of a type the rules do not know."""
_DOUBT = 0.15
"""Lost by sure evidence when evidence against stands too."""
_SAME_FACE = 1.2
"""Typefaces whose sizes differ by no more than this factor look alike (the pages of one
sample paper: 1.06 at most)."""
_OTHER_FACE = 4 / 3
"""Typefaces whose sizes differ by more than this factor are not the same paper's."""
_TEXT_WORDS = 40
"""A page of text holds at least this many words (a drawing's labels are fewer)."""


def _numbering(before: PageMarks, page: PageMarks) -> float | None:
    """The page number's word: JOIN_SURE, 0 (it starts a paper) or None (no number)."""
    if page.number is None:
        return None
    if page.number == 1:
        return 0.0
    if before.number is None:
        return JOIN_SURE if page.number == 2 else JOIN_FAIR
    follows = page.number == before.number + 1 and (
        page.of is None or before.of is None or page.of == before.of)
    return JOIN_SURE if follows else 0.0


def _headings(before: PageMarks, page: PageMarks) -> float | None:
    """The numbered headings' word: JOIN_SURE (the first follows the last of its kind before
    it), JOIN_FAIR (it is past the first, with none of its kind before it or a number skipped),
    0 (the count starts again: another paper) or None (nothing to say)."""
    if not page.headings:
        return None
    kind, n = page.headings[0]
    prior = [m for k, m in before.headings if k == kind]
    if prior:
        if n in (prior[-1], prior[-1] + 1):
            return JOIN_SURE
        return 0.0 if n < prior[-1] else JOIN_FAIR
    return JOIN_FAIR if n >= 2 else None


def join_confidence(before: PageClass, page: PageClass, *, titled: bool = False) -> float:
    """How sure it is that ``page`` continues the paper on ``before``, the page before it (0
    when it starts one); ``titled``: the page has a title that names no type, so only sure
    and nearly sure evidence counts."""
    b, p = before.marks, page.marks
    numbering, headings = _numbering(b, p), _headings(b, p)
    if numbering == 0.0 or headings == 0.0:
        return 0.0
    for_ = max(numbering or 0.0, headings or 0.0)
    if p.opens_lower or p.inner_heading:
        for_ = max(for_, JOIN_CARRIED)
    sized = bool(p.points and b.points)
    ratio = max(p.points, b.points) / min(p.points, b.points) if sized else 1.0
    against = b.ends_signed or ratio > _OTHER_FACE
    if not against and not titled:
        if sized and ((ratio <= _SAME_FACE and min(p.words, b.words) >= _TEXT_WORDS)
                      or p.signed):
            for_ = max(for_, JOIN_LAYOUT)
        elif not sized and ((p.prose and b.prose) or p.signed):
            for_ = max(for_, JOIN_FAIR)
    if titled and for_ < JOIN_CARRIED:
        return 0.0
    if against:
        return round(for_ - _DOUBT, 3) if for_ >= JOIN_CARRIED else 0.0
    return for_


def _starts(page: PageClass) -> bool:
    """Does the page start a document whatever came before (a typed title or a header)?"""
    return page.doc_type is not None or page.first_page


def group(pages: Sequence[PageClass]) -> list[list[int]]:
    """Group consecutive pages into documents: a page with a typed title or a header starts
    one; any other joins the document before when ``join_confidence`` is at least
    ``JOIN_MIN``, else starts a document of its own (of unknown type, for a person to
    review)."""
    groups: list[list[int]] = []
    for i, page in enumerate(pages):
        if not groups or _starts(page) or join_confidence(
                pages[i - 1], page, titled=page.title_like) < JOIN_MIN:
            groups.append([i])
        else:
            groups[-1].append(i)
    return groups


def least_join(pages: Sequence[PageClass]) -> float:
    """The least sure join ``group`` would make among a document's pages (1.0 for none): a
    document is no surer than that.

    Joins ``group`` would not make (a page with a typed title or a header, or with no evidence
    for continuing) are not counted: such pages were put together by whoever knew better (a
    result's file, a person at the review desk).
    """
    least = 1.0
    for before, page in pairwise(pages):
        if not _starts(page):
            c = join_confidence(before, page, titled=page.title_like)
            if c >= JOIN_MIN:
                least = min(least, c, JOIN_TITLED if page.title_like else c)
    return least
