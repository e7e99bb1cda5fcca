"""Output types of the classify stage."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

__all__ = ["ClassifyResult", "PageClass", "PageMarks", "RetentionClass"]


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
class PageMarks:
    """What a page shows of its place in a paper, read to decide whether it continues the page
    before it (``classify.marks`` reads them, ``classify.continuity`` weighs them)."""

    number: int | None = None
    """Its printed page number ("Trang 2", "2/3", "- 2 -", a lone number at the top)."""
    of: int | None = None
    """The paper's page count when printed with the number ("2/3": 3)."""
    headings: tuple[tuple[str, int], ...] = ()
    """Its numbered headings in order: ("dieu", 4) for "Điều 4.", ("roman", 5) for "V. CAM
    KẾT", ("chuong" | "phan" | "muc", n) for chapters, parts and sections."""
    opens_lower: bool = False
    """Its first line begins in lower case: a sentence carried over from the page before."""
    inner_heading: bool = False
    """It opens with a heading that belongs inside a paper, never a paper's first line ("LỜI
    CHỨNG CỦA CÔNG CHỨNG VIÊN", "XÁC NHẬN CỦA …", "MỤC 1", "PHẦN II", "Điều 3.")."""
    signed: bool = False
    """It holds a signature block (a signer's role, "(Ký, ghi rõ họ tên)", "Nơi nhận")."""
    ends_signed: bool = False
    """It ends with a signature block: the paper on it is finished."""
    prose: bool = False
    """It holds paragraphs (three lines of eight words or more)."""
    words: int = 0
    """How many words it holds."""
    points: float = 0.0
    """The median height of its words in points, about the body's typeface size; 0 unknown."""


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
    marks: PageMarks = field(default_factory=PageMarks)
    """What the page shows of its place in a paper (page number, headings, signature)."""

    @property
    def starts_document(self) -> bool:
        """The page itself opens a paper: it has a title, known type or not, or a header.
        Whether a page without a typed title or a header starts a document also depends on
        the page before it (``classify.continuity.group``)."""
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
