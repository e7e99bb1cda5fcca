"""Output types of the classify stage."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

__all__ = ["ClassifyResult", "PageClass", "RetentionClass"]


@dataclass(frozen=True, slots=True)
class RetentionClass:
    """One row of the retention schedule."""

    id: str
    label: str
    years: int | None
    """None means the record is kept permanently."""
    legal_source: str
    item: str | None
    verified: bool
    """False until the article or item has been checked against the legal text."""

    def retain_until(self, closing: date) -> date | None:
        """Return the first day the record may be disposed of, or None if permanent."""
        if self.years is None:
            return None
        try:
            return closing.replace(year=closing.year + self.years)
        except ValueError:  # 29 February
            return closing.replace(year=closing.year + self.years, day=28)


@dataclass(frozen=True, slots=True)
class PageClass:
    """What the title of one page says it is, and whether the page starts a document."""

    doc_type: str | None
    """None when no title names a type: an untitled continuation page, or a paper of a type
    the rules do not know (then ``title_like`` or ``first_page`` is set)."""
    title: str | None
    """The title as read (also when it names no type), or None."""
    title_like: bool = False
    """The page has a title: by its layout (centred, large, at the top) or, when the layout is
    not known, a run of capital lines."""
    first_page: bool = False
    """The page opens with a header (the national motto or an issuing agency)."""
    score: float = 0.0
    """How well the title matched the type's pattern: 1.0 exactly, down to 0.9 fuzzily."""
    confidence: float = 0.0
    """0..1: how sure the type is (see ``classify.titles``)."""

    @property
    def starts_document(self) -> bool:
        """A titled page, known type or not, or one that opens with a header."""
        return self.doc_type is not None or self.title_like or self.first_page


@dataclass(frozen=True, slots=True)
class ClassifyResult:
    """Document type, key fields and retention class of one document."""

    doc_type: str
    label: str
    title: str | None
    confidence: float
    """0..1, the share of such decisions that are right (``classify.titles`` says how each is
    rated); below ``review_threshold`` a person confirms the type."""
    fields: dict[str, str] = field(default_factory=dict)
    """Key fields (``classify.fields``): ma_ho_so, so_ky_hieu, ngay_ban_hanh (ISO),
    co_quan_ban_hanh, so_cccd, thu_tuc, ho_ten."""
    retention: RetentionClass | None = None
    review_threshold: float = 0.5

    @property
    def needs_review(self) -> bool:
        """True when a person should confirm the type."""
        return self.confidence < self.review_threshold
