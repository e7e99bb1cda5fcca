"""The typed records the archive keeps as JSON: a document's manifest, a revision (a
correction of its metadata) and a destroyed document's tombstone. Each carries its schema
version; all are read and written only through ``archive.store.get_json`` and ``put_json``.

Schema ``sohoa.manifest/1`` has been written since the first archived document, and fields
were added to it over time without a new version: a manifest that lacks a later field is
still read, with the default given here (what the code read it as before). Fields this version
does not know are kept as they are, so a manifest read and shown again loses nothing.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "MANIFEST_SCHEMA",
    "REVISION_SCHEMA",
    "TOMBSTONE_SCHEMA",
    "VERSION_SCHEMA",
    "Classification",
    "DossierInfo",
    "FileEntry",
    "Manifest",
    "PageInfo",
    "PageReview",
    "ResultInfo",
    "RetentionInfo",
    "Revision",
    "SignatureInfo",
    "SignerIdentity",
    "Span",
    "Tombstone",
    "Version",
]

MANIFEST_SCHEMA = "sohoa.manifest/1"
TOMBSTONE_SCHEMA = "sohoa.tombstone/1"
REVISION_SCHEMA = "sohoa.revision/1"
VERSION_SCHEMA = "sohoa.version/1"


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="allow", populate_by_name=True)

    def to_json(self) -> dict[str, Any]:
        """The record as it is written (aliases such as ``class``, extra fields kept)."""
        return self.model_dump(mode="json", by_alias=True)


class FileEntry(_Record):
    """One file of a document's package."""

    sha256: str
    size: int = 0
    media_type: str = "application/octet-stream"


class DossierInfo(_Record):
    """The dossier a document came in."""

    receipt_code: str = ""
    code_source: str = "qr"
    """``qr`` (read from the receipt sheet), ``resubmitted`` (a rescan) or ``generated``."""
    procedure: str | None = None
    received_at: str = ""
    """ISO time the dossier was received at the counter."""


class Classification(_Record):
    """What the document is, and the key fields found in it."""

    doc_type: str = "khac"
    label: str = ""
    title: str | None = ""
    confidence: float | None = None
    needs_review: bool = False
    fields: dict[str, Any] = Field(default_factory=dict)


class RetentionInfo(_Record):
    """How long the document is kept, and on what legal ground."""

    retention_class: str = Field(default="", alias="class")
    label: str = ""
    years: int | None = None
    legal_source: str = ""
    verified: bool = False
    """True once the period was checked against its legal source."""
    closing_date: str | None = None
    retain_until: str | None = None
    """ISO date, or None when kept permanently."""
    permanent: bool = False


class PageReview(_Record):
    """Why a person should check what was read of a page: a code and the reason (Vietnamese,
    then English)."""

    code: str
    reason: str = ""


class PageInfo(_Record):
    """One page of the document as it was scanned and read."""

    n: int
    file: str = ""
    source_file: str = ""
    source_page: int = 0
    dpi: float = 0.0
    rotation: int = 0
    skew_deg: float = 0.0
    ocr_confidence: float = 0.0
    needs_review: bool = False
    review: list[PageReview] = Field(default_factory=list)
    """Why the page's reading needs review (empty in manifests written before the reasons
    were kept, where ``needs_review`` meant a low OCR confidence)."""


class SignerIdentity(_Record):
    """The identity one signature made here was made with: what kind of key, in which role,
    and the certificate (subject, issuer, serial number in hex, sha256 of its DER)."""

    role: str = ""
    """``digitiser`` (the clerk), ``officer`` or ``organisation`` (its seal)."""
    name: str = ""
    kind: Literal["dev", "pkcs12", "pkcs11"] = "dev"
    """``dev``: the development PKI of the data folder; ``pkcs12``: a person's file from a real
    CA; ``pkcs11``: a key on a token or HSM."""
    subject: str = ""
    issuer: str = ""
    serial: str = ""
    sha256: str = ""
    not_after: str = ""
    file: str = ""
    """For ``pkcs12``: the file's name."""
    token: str = ""
    """For ``pkcs11``: the token's label."""


class SignatureInfo(_Record):
    """Who signed the archived PDF, when, and at which PAdES level."""

    signer: str = ""
    signed_at: str = ""
    level: str = ""
    ca: str = ""
    """The development CA's certificate file, when the development PKI signed."""
    identities: list[SignerIdentity] = Field(default_factory=list)
    """Each signature made here, in signing order (none in manifests written before they were
    recorded, nor for a result signed elsewhere)."""


class ResultInfo(_Record):
    """What kind of result (kết quả giải quyết thủ tục hành chính) a document of kind
    ``result`` is, and how it came into the archive."""

    form: Literal["electronic", "signed_elsewhere", "scanned_paper", "certified_copy"]
    """``electronic``: an electronic original (bản gốc điện tử) signed here by the officer and
    the organisation; ``signed_elsewhere``: an electronic original signed before it came, kept
    byte for byte; ``scanned_paper``: a copy digitised from the paper original (bản sao số hóa
    từ bản gốc giấy); ``certified_copy``: a certified electronic copy (bản sao điện tử) made
    for the dossier and signed by the organisation, of its result or of a paper brought in."""
    label: str = ""
    """The form as a clerk reads it."""
    issued_by: str = ""
    """Who put it into the archive (the officer, or the clerk who scanned or certified it)."""
    signers: list[str] = Field(default_factory=list)
    """Who signed it, in signing order (the officer, then the organisation)."""
    copy_form: str = ""
    """For a certified copy: the form its stamp names (SAO Y, SAO LỤC or TRÍCH SAO)."""


class Version(_Record):
    """``versions/<n>.json``: a later version of one file of a document's package (the signed
    PDF with a renewed archive time stamp), kept beside it; the package's own file is version
    1 and is never changed. The record is written after the file it describes."""

    schema_: Literal["sohoa.version/1"] = Field(default=VERSION_SCHEMA, alias="schema")
    receipt_code: str
    document_id: str
    number: int
    """2 for the first later version, then 3, …: the number is the key, taken once."""
    file: str = "document.pdf"
    """The package's file it is a version of."""
    key: str
    """Where its bytes are kept."""
    sha256: str
    size: int
    previous_sha256: str
    """The sha256 of the version it follows (the chain: its bytes begin with those)."""
    at: str
    """When, ISO 8601 with the Vietnam offset."""
    why: str
    """Why it was made, in Vietnamese then English."""
    who: str
    action: Literal["ltv_renewal"] = "ltv_renewal"
    tsa: dict[str, Any] = Field(default_factory=dict)
    """The new time stamp: TSA, its certificate's serial and end, key, digest, time."""
    replaced: dict[str, Any] = Field(default_factory=dict)
    """The time stamp that was the newest before, described the same way."""


class Manifest(_Record):
    """``manifest.json``: everything known about one archived document, and the sha256 of
    each of its files. Written last, once; corrections are new revisions."""

    schema_: Literal["sohoa.manifest/1"] = Field(default=MANIFEST_SCHEMA, alias="schema")
    document_id: str
    receipt_code: str
    dossier: DossierInfo = Field(default_factory=DossierInfo)
    classification: Classification = Field(default_factory=Classification)
    retention: RetentionInfo = Field(default_factory=RetentionInfo)
    legal_hold: bool = False
    source: dict[str, Any] = Field(default_factory=dict)
    pages: list[PageInfo] = Field(default_factory=list)
    ocr: dict[str, Any] = Field(default_factory=dict)
    signature: SignatureInfo = Field(default_factory=SignatureInfo)
    kind: Literal["received", "result"] = "received"
    """``received``: a paper that came in with the dossier; ``result``: the result issued."""
    result: ResultInfo | None = None
    """For a result: its form and signers."""
    events: list[dict[str, Any]] = Field(default_factory=list)
    files: dict[str, FileEntry] = Field(default_factory=dict)
    versions: list[Version] = Field(default_factory=list, exclude=True)
    """The later versions of its files, oldest first: never written into ``manifest.json``
    (written once, before any version); :func:`archive.versions.with_versions` fills it from
    the version records beside the package."""

    @property
    def received_at(self) -> str:
        """When the dossier was received (ISO), or ``""``."""
        return self.dossier.received_at

    @property
    def closing_day(self) -> str:
        """The ISO date retention counts from: the closing date, else the day received."""
        return self.retention.closing_date or self.dossier.received_at[:10]


class Tombstone(_Record):
    """``tombstone.json``: what a destroyed document was, and who destroyed it on whose
    approval; kept permanently."""

    schema_: Literal["sohoa.tombstone/1"] = Field(default=TOMBSTONE_SCHEMA, alias="schema")
    record: str = ""
    """The key prefix the document had (``aip/<receipt code>/<document id>/``)."""
    receipt_code: str
    document_id: str
    doc_type: str = ""
    label: str = ""
    title: str = ""
    procedure: str = ""
    received_at: str = ""
    retention_class: str = ""
    legal_source: str = ""
    retain_until: str | None = None
    permanent: bool = False
    period_verified: bool = False
    manifest_sha256: str = ""
    files: dict[str, dict[str, Any]] = Field(default_factory=dict)
    batch_id: str = ""
    proposed_by: str = ""
    proposal_reason: str = ""
    approved_by: str = ""
    approved_role: str = ""
    approved_at: str = ""
    destroyed_by: str = ""
    destroyed_at: str = ""


class Span(_Record):
    """Pages ``first`` to ``last`` (1-based, both included) of the signed PDF of the package
    ``document_id``: a document is one or more spans, in reading order."""

    document_id: str
    first: int
    last: int


class Revision(_Record):
    """``revisions/<n>.json``: one correction of a document's metadata, beside its package
    (which is never rewritten). The document's current metadata is its manifest with every
    revision applied in number order.

    ``before`` and ``after`` hold only what changed, under these names: ``doc_type``,
    ``label``, ``fields`` (the whole set of key fields), ``procedure`` (the dossier's, as
    this document counts it for retention), ``pages`` (the spans, as :class:`Span`),
    ``reviewed`` (a person confirmed or corrected it) and ``merged_into``."""

    schema_: Literal["sohoa.revision/1"] = Field(default=REVISION_SCHEMA, alias="schema")
    receipt_code: str
    document_id: str
    number: int
    """1 for the first correction, then 2, …: the number is the key, taken once."""
    action: Literal["confirm", "correct", "split", "merge", "merged"]
    """``confirm``: the type and fields were right; ``correct``: type or fields changed;
    ``split``: the last pages became a new document (``created``); ``merge``: the pages of
    ``related`` were added at the end; ``merged``: this document's pages went into
    ``related``, and it is no longer listed."""
    at: str
    """When, ISO 8601 with the Vietnam offset."""
    who: str
    who_id: str | None = None
    """The person's id in the people registry, when known."""
    role: str = ""
    """The role they acted in."""
    why: str
    """The reason a person gave (required)."""
    base: int = 0
    """How many revisions the document had when this one was made (``number - 1``)."""
    before: dict[str, Any] = Field(default_factory=dict)
    after: dict[str, Any] = Field(default_factory=dict)
    retention: RetentionInfo | None = None
    """The retention that results (the longer of the new type's period and the lock already
    on the package: a lock is never shortened)."""
    retention_note: str = ""
    """Why the retention is not the one the new type gives, when it is not."""
    related: str | None = None
    """The other document of a split (the new one), a merge (the one added) or a merged one
    (the one it went into)."""
    created: dict[str, Any] | None = None
    """For a split: the new document's first state (``document_id``, ``pages``,
    ``doc_type``, ``label``, ``title``, ``fields``, ``retention``)."""
