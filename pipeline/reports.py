"""What a run did, per input file, dossier, document and page: for people and for programs."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = [
    "MISSING_WARNING",
    "DocumentReport",
    "DossierReport",
    "InputReport",
    "MissingComponent",
    "PageRef",
    "RejectedPage",
    "ReviewNote",
    "RunReport",
    "document_from_json",
    "dossier_from_json",
    "input_from_json",
]


@dataclass(frozen=True, slots=True)
class PageRef:
    """A page of an input file: the file and the 1-based page number in it."""

    file: str
    page: int


@dataclass(frozen=True, slots=True)
class RejectedPage:
    """A page that was not archived in a document, and why. Its bytes stay in the intake."""

    file: str
    page: int
    code: str
    reason: str
    thumbnail: str | None = None
    """Where a small image of the page is, for the clerk."""


@dataclass(frozen=True, slots=True)
class ReviewNote:
    """Why a person should check what was read of an archived page."""

    file: str
    page: int
    code: str
    """``low_confidence``, ``lines_interleaved``, ``fragments`` or ``text_density``
    (``pipeline/page_checks.py``)."""
    reason: str
    """What is wrong and what to do, in Vietnamese then English."""


@dataclass(frozen=True, slots=True)
class DocumentReport:
    """One archived document."""

    document_id: str
    doc_type: str
    label: str
    pages: list[PageRef]
    location: str
    signed_pdf: str
    needs_review: bool
    already_archived: bool
    indexed: bool = True
    """False when the search index could not be reached; ``sohoa reconcile`` indexes it later."""
    fields: dict[str, str] = field(default_factory=dict)
    review_pages: list[PageRef] = field(default_factory=list)
    """Pages whose reading looks wrong (low OCR confidence, lines read into each other...): a
    person should check them."""
    review_notes: list[ReviewNote] = field(default_factory=list)
    """Why, page by page (a page may have several reasons)."""
    decided_by: str = "rules"
    """Which opinion gave the type: ``rules``, ``both`` (the model agreed), ``model``,
    ``disputed`` or ``unsure`` (``classify.decide``), ``person`` (a type given by a clerk)."""


@dataclass(frozen=True, slots=True)
class MissingComponent:
    """A required paper of the dossier's procedure that none of its documents provides."""

    type: str
    """The document type that would provide it."""
    label: str
    """The paper as the procedure names it ("Giấy chứng sinh")."""


MISSING_WARNING = "hồ sơ thiếu: "
"""How the warning naming a dossier's missing papers starts; ``DossierReport.missing`` lists
them, so a page showing that list leaves this warning out."""


@dataclass(slots=True)
class DossierReport:
    """One dossier (hồ sơ) found in an input."""

    receipt_code: str
    code_source: str
    """"qr" when read from the receipt's QR code, "generated" when the input had none."""
    procedure: str | None = None
    documents: list[DocumentReport] = field(default_factory=list)
    rejected: list[RejectedPage] = field(default_factory=list)
    """Pages the clerk must scan again."""
    skipped: list[RejectedPage] = field(default_factory=list)
    """Pages rightly left out: blank backs and separator sheets (their bytes stay in the
    intake)."""
    warnings: list[str] = field(default_factory=list)
    """What the clerk should check, e.g. fewer pages than the receipt declares."""
    error: str | None = None
    error_code: str | None = None
    missing: list[MissingComponent] = field(default_factory=list)
    """Required papers of the procedure the receipt names that no document provides (empty
    when the procedure is unknown); a warning starting with ``MISSING_WARNING`` says so too."""

    @property
    def ok(self) -> bool:
        """True when the dossier was archived (rejected pages do not make it fail)."""
        return self.error is None

    @property
    def other_warnings(self) -> list[str]:
        """The warnings but the one about missing papers (for a view that lists ``missing``)."""
        return [w for w in self.warnings if not w.startswith(MISSING_WARNING)]


@dataclass(slots=True)
class InputReport:
    """One input file or folder."""

    path: str
    sha256: str | None = None
    kind: str | None = None
    pages: int = 0
    dossiers: list[DossierReport] = field(default_factory=list)
    unassigned: list[RejectedPage] = field(default_factory=list)
    """Pages before the first receipt sheet: kept in the intake, in no dossier."""
    error: str | None = None
    error_code: str | None = None

    @property
    def ok(self) -> bool:
        """True when the input was read and all its dossiers were archived."""
        return self.error is None and all(d.ok for d in self.dossiers)


@dataclass(slots=True)
class RunReport:
    """Everything one ``sohoa process`` did."""

    inputs: list[InputReport] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every input was archived."""
        return all(i.ok for i in self.inputs)

    def to_json(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {"ok": self.ok, "inputs": [asdict(i) | {"ok": i.ok} for i in self.inputs]}


def document_from_json(data: dict[str, Any]) -> DocumentReport:
    """Rebuild a document report from ``asdict`` output (as it travels between tasks)."""
    return DocumentReport(**{
        **data, "pages": [PageRef(**p) for p in data["pages"]],
        "review_pages": [PageRef(**p) for p in data.get("review_pages", [])],
        "review_notes": [ReviewNote(**n) for n in data.get("review_notes", [])]})


def dossier_from_json(data: dict[str, Any]) -> DossierReport:
    """Rebuild a dossier report from ``asdict`` output."""
    return DossierReport(
        receipt_code=data["receipt_code"], code_source=data.get("code_source", "qr"),
        procedure=data.get("procedure"),
        documents=[document_from_json(d) for d in data.get("documents", [])],
        rejected=[RejectedPage(**r) for r in data.get("rejected", [])],
        skipped=[RejectedPage(**r) for r in data.get("skipped", [])],
        warnings=list(data.get("warnings", [])),
        error=data.get("error"), error_code=data.get("error_code"),
        missing=[MissingComponent(**m) for m in data.get("missing", [])],
    )


def input_from_json(data: dict[str, Any]) -> InputReport:
    """Rebuild an input report from ``asdict`` output."""
    return InputReport(
        path=data["path"], sha256=data.get("sha256"), kind=data.get("kind"),
        pages=data.get("pages", 0),
        dossiers=[dossier_from_json(d) for d in data.get("dossiers", [])],
        unassigned=[RejectedPage(**r) for r in data.get("unassigned", [])],
        error=data.get("error"), error_code=data.get("error_code"),
    )
