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
    """What the title of one page says it is."""

    doc_type: str | None
    """None when the page has no recognised title (a continuation page)."""
    title: str | None


@dataclass(frozen=True, slots=True)
class ClassifyResult:
    """Document type, key fields and retention class of one document."""

    doc_type: str
    label: str
    title: str | None
    confidence: float
    """0..1; 1 when a title line matched, lower when the type was inferred."""
    fields: dict[str, str] = field(default_factory=dict)
    """Key fields (``classify.fields``): ma_ho_so, so_ky_hieu, ngay_ban_hanh (ISO),
    co_quan_ban_hanh, so_cccd, thu_tuc, ho_ten."""
    retention: RetentionClass | None = None
    review_threshold: float = 0.5

    @property
    def needs_review(self) -> bool:
        """True when a person should confirm the type."""
        return self.confidence < self.review_threshold
