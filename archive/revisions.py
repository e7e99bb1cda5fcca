"""Metadata revisions: people correct the archive without rewriting it.

A document's package (``aip/<code>/<doc>/``: the signed PDF, the pages, the OCR text and
``manifest.json``) is written once and never changed. A correction of its type, its key
fields or the way its pages are grouped is a new write-once object beside it,
``revisions/<n>.json`` (schema ``sohoa.revision/1``, :class:`archive.records.Revision`),
numbered from 1. What a document is *now* is its manifest with every revision applied in
number order: :func:`current_metadata` and :func:`dossier_views`. Everything that shows,
searches, lists as due or destroys a document reads that view.

Page grouping. A document is a row of *spans*, pages of the signed PDF of a package. A split
at page ``k`` narrows the document to the pages before ``k`` and creates a new *logical*
document (its own id, no package of its own) of the rest: the split revision holds the new
document's first state (``created``), so one write does it. The new document's own later
revisions are kept under its id, ``aip/<code>/<new id>/revisions/``. A merge adds a document's
pages at the end of another: the document merged away takes a revision ``merged`` (it is no
longer listed), then the one it goes into takes a revision ``merge``; if the second write
never happens (a crash between), the view adds the pages all the same. The signed PDF is
always the package's own: a view says which of its pages each document is.

Two corrections at once: each takes the next number, and the store keeps only the first
object written under a key, so the second is refused (:class:`RevisionConflictError`) and the
person looks again. Corrections are easy to read back for learning a classifier:
:func:`corrections` yields the text, the type and the fields people settled on.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import archive.keys as keys
from archive.errors import ArchiveError, ObjectExistsError
from archive.records import Manifest, PageInfo, RetentionInfo, Revision, Span
from archive.store import ObjectStore, get_json, put_json

__all__ = [
    "Correction",
    "DocumentView",
    "RevisionConflictError",
    "RevisionError",
    "append_revision",
    "corrections",
    "current_metadata",
    "current_of",
    "dossier_views",
    "find_view",
    "iter_views",
    "join_pages",
    "new_document_id",
    "page_text",
    "revised_documents",
    "span_json",
]

log = logging.getLogger(__name__)


class RevisionError(ArchiveError):
    """A correction cannot be made as asked; the message says why and what to give."""

    code = "revision_refused"
    http_status = 422


class RevisionConflictError(ArchiveError):
    """Someone else revised the document first: its number is taken."""

    code = "revision_conflict"
    http_status = 409


@dataclass(frozen=True, slots=True)
class DocumentView:
    """A document as it is now: its manifest with its revisions applied."""

    receipt_code: str
    document_id: str
    manifest: Manifest
    """The current metadata, as a manifest: classification, retention and pages (each page
    with ``package`` and ``package_page``: where it is in which signed PDF) are the revised
    ones; ``files`` are the package's whose signed PDF holds the first page."""
    spans: tuple[Span, ...]
    revisions: tuple[Revision, ...] = ()
    """Its own revisions, in number order."""
    origin: Revision | None = None
    """For a document split off another: the split revision that created it."""
    merged_into: str | None = None
    """Set once its pages went into another document: it is no longer listed."""
    merged_from: tuple[Revision, ...] = ()
    """The ``merged`` revisions of the documents whose pages came into this one."""
    package_pages: int = 0
    """How many pages the signed PDF of its own package has (0: it has no package)."""

    @property
    def whole_package(self) -> bool:
        """True when it is exactly its own package's pages, all of them."""
        if not self.spans:  # a package that lists no page: all of it, whatever it holds
            return self.origin is None and self.merged_into is None
        return self.spans == (Span(document_id=self.document_id, first=1,
                                   last=self.package_pages),)

    @property
    def package(self) -> str:
        """The package whose signed PDF holds the document's first page."""
        return self.spans[0].document_id if self.spans else self.document_id

    @property
    def logical(self) -> bool:
        """True for a document split off another: it has no package of its own."""
        return self.origin is not None

    @property
    def number(self) -> int:
        """How many revisions it has (the next one takes ``number + 1``)."""
        return len(self.revisions)

    @property
    def reviewed(self) -> bool:
        """A person confirmed or corrected its type and fields."""
        return any(r.action in ("confirm", "correct") for r in self.revisions)

    @property
    def needs_review(self) -> bool:
        """Flagged when it was read (low confidence) and nobody has confirmed it since."""
        return self.manifest.classification.needs_review

    @property
    def pages(self) -> list[tuple[str, int]]:
        """(package, page of its signed PDF) of each of its pages, in order."""
        return [(s.document_id, n) for s in self.spans for n in range(s.first, s.last + 1)]

    @property
    def history(self) -> list[Revision]:
        """What was done to it, oldest first: the split that made it, its own revisions and
        the documents merged into it."""
        found = [*([self.origin] if self.origin else []), *self.revisions, *self.merged_from]
        return sorted(found, key=lambda r: r.at)


@dataclass(frozen=True, slots=True)
class Correction:
    """What a person settled a document's type and fields as, with its text: one example
    for learning a classifier."""

    receipt_code: str
    document_id: str
    text: str
    doc_type: str
    fields: dict[str, Any]
    procedure: str | None
    previous_type: str
    """The type it was read as when archived."""
    action: str
    """``confirm`` (the type read was right) or ``correct``."""
    at: str


def span_json(spans: Iterable[Span]) -> list[dict[str, Any]]:
    """Spans as a revision keeps them."""
    return [s.to_json() for s in spans]


def join_pages(pages: Iterable[tuple[str, int]]) -> list[Span]:
    """The spans of a row of (package, page): consecutive pages of a package are one span."""
    spans: list[Span] = []
    for package, n in pages:
        last = spans[-1] if spans else None
        if last is not None and last.document_id == package and last.last + 1 == n:
            spans[-1] = Span(document_id=package, first=last.first, last=n)
        else:
            spans.append(Span(document_id=package, first=n, last=n))
    return spans


def new_document_id(receipt_code: str, document_id: str, number: int, at_page: int) -> str:
    """The id of the document a split makes: the same split always gives the same id."""
    seed = f"{receipt_code}/{document_id}/{number}/{at_page}".encode()
    return hashlib.sha256(seed).hexdigest()[:24]


@dataclass(slots=True)
class _State:
    classification: dict[str, Any]
    retention: RetentionInfo
    spans: list[Span]
    procedure: str | None = None
    merged_into: str | None = None
    revisions: list[Revision] = field(default_factory=list)

    def apply(self, rev: Revision) -> None:
        after = rev.after
        for name in ("doc_type", "label", "fields"):
            if name in after:
                self.classification[name] = after[name]
        if "procedure" in after:
            self.procedure = after["procedure"]
        if after.get("reviewed") or rev.action in ("confirm", "correct"):
            self.classification["needs_review"] = False
        if "pages" in after:
            self.spans = [Span.model_validate(s) for s in after["pages"]]
        if "merged_into" in after:
            self.merged_into = after["merged_into"]
        if rev.retention is not None:
            self.retention = rev.retention
        self.revisions.append(rev)


def _base(m: Manifest) -> _State:
    """The state of a package's own document as archived."""
    c = m.classification
    return _State({"doc_type": c.doc_type, "label": c.label, "title": c.title or "",
                   "confidence": c.confidence, "needs_review": c.needs_review,
                   "fields": dict(c.fields)}, m.retention,
                  [Span(document_id=m.document_id, first=1, last=len(m.pages))] if m.pages
                  else [], m.dossier.procedure)


def _read_revisions(store: ObjectStore, found: Iterable[str]) -> dict[str, list[Revision]]:
    by_doc: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for key in found:
        parsed = keys.revision_number(key)
        if parsed is not None:
            by_doc[parsed[1]].append((parsed[2], key))
    out: dict[str, list[Revision]] = {}
    for doc, numbered in by_doc.items():
        revs = [get_json(store, key, Revision) for _, key in sorted(numbered)]
        out[doc] = [r for n, r in enumerate(revs, start=1) if r.number == n]  # a gap ends it
    return out


def dossier_views(store: ObjectStore, receipt_code: str, *, listed: Iterable[str] | None = None,
                  include_merged: bool = False) -> list[DocumentView]:
    """The documents of a dossier as they are now, in reading order (received papers by
    their first scanned page, then results); documents merged into another are left out
    unless ``include_merged``. ``listed`` is the dossier's keys when already listed."""
    found = list(listed if listed is not None else store.list(keys.aip(receipt_code)))
    manifests: dict[str, Manifest] = {}
    for key in found:
        if key.endswith("/manifest.json"):
            m = get_json(store, key, Manifest)
            manifests[m.document_id] = m
    revisions = _read_revisions(store, found)
    states: dict[str, _State] = {}
    origins: dict[str, Revision] = {}
    for doc, m in manifests.items():
        states[doc] = _base(m)
    pending = [d for d in states if d in revisions]
    while pending:  # a split makes a document whose own revisions are applied next
        doc = pending.pop(0)
        for rev in revisions.get(doc, []):
            states[doc].apply(rev)
            made = rev.created
            if rev.action == "split" and made and made.get("document_id") not in states:
                new_id = str(made["document_id"])
                states[new_id] = _State(
                    {"doc_type": made.get("doc_type", "khac"), "label": made.get("label", ""),
                     "title": made.get("title", ""), "confidence": None,
                     "needs_review": False, "fields": dict(made.get("fields") or {})},
                    RetentionInfo.model_validate(made.get("retention") or {}),
                    [Span.model_validate(s) for s in made.get("pages") or []],
                    states[doc].procedure)
                origins[new_id] = rev
                if new_id in revisions:
                    pending.append(new_id)
    for doc in set(revisions) - set(states):
        log.warning("revisions of %s/%s belong to no document", receipt_code, doc)
    _finish_merges(states)
    views = []
    for doc, state in states.items():
        if state.merged_into is not None and not include_merged:
            continue
        base = manifests.get(state.spans[0].document_id if state.spans else doc) or \
            manifests.get(origins[doc].document_id if doc in origins else doc)
        if base is None:
            continue
        merged = tuple(r for s in states.values() for r in s.revisions
                       if r.action == "merged" and r.related == doc)
        views.append(DocumentView(receipt_code, doc, _view_manifest(doc, base, state, manifests),
                                  tuple(state.spans), tuple(state.revisions), origins.get(doc),
                                  state.merged_into, merged,
                                  len(manifests[doc].pages) if doc in manifests else 0))
    order = {doc: _package_order(m) for doc, m in manifests.items()}
    return sorted(views, key=lambda v: (order.get(v.package, ()), v.spans[0].first
                                        if v.spans else 0, v.document_id))


def _finish_merges(states: dict[str, _State]) -> None:
    """A document merged into another whose own ``merge`` revision was never written (a
    crash between the two writes): its pages are added there all the same."""
    for doc, state in states.items():
        target = states.get(state.merged_into or "")
        if target is None:
            continue
        if not any(r.action == "merge" and r.related == doc for r in target.revisions):
            merged = [r for r in state.revisions if r.action == "merged"]
            before = merged[-1].before.get("pages") if merged else None
            extra = [Span.model_validate(s) for s in before or []]
            target.spans = join_pages([*((s.document_id, n) for s in target.spans
                                         for n in range(s.first, s.last + 1)),
                                       *((s.document_id, n) for s in extra
                                         for n in range(s.first, s.last + 1))])


def _package_order(m: Manifest) -> tuple[Any, ...]:
    first = m.pages[0] if m.pages else None
    return (m.kind == "result", first.source_file if first else "",
            first.source_page if first else 0, m.signature.signed_at, m.document_id)


def _view_manifest(doc: str, base: Manifest, state: _State,
                   manifests: dict[str, Manifest]) -> Manifest:
    pages: list[PageInfo] = []
    for span in state.spans:
        package = manifests.get(span.document_id)
        for n in range(span.first, span.last + 1):
            info = package.pages[n - 1] if package and 0 < n <= len(package.pages) else None
            body = info.to_json() if info else {"n": n}
            pages.append(PageInfo.model_validate({**body, "n": len(pages) + 1,
                                                  "package": span.document_id,
                                                  "package_page": n}))
    classification = base.classification.model_copy(update={
        k: v for k, v in state.classification.items() if k != "fields"} | {
        "fields": dict(state.classification["fields"])})
    dossier = base.dossier.model_copy(update={"procedure": state.procedure})
    return base.model_copy(update={"document_id": doc, "classification": classification,
                                   "retention": state.retention, "pages": pages,
                                   "dossier": dossier})


def find_view(store: ObjectStore, receipt_code: str, document_id: str, *,
              include_merged: bool = True) -> DocumentView | None:
    """The current view of one document of a dossier, or None if there is no such document
    (a document merged into another is found, with ``merged_into`` set)."""
    key = keys.manifest(receipt_code, document_id)
    if store.exists(key) and next(iter(store.list(keys.revisions(receipt_code, document_id))),
                                  None) is None:  # never revised: its manifest says it all
        m = get_json(store, key, Manifest)
        state = _base(m)
        return DocumentView(receipt_code, document_id,
                            _view_manifest(document_id, m, state, {document_id: m}),
                            tuple(state.spans), package_pages=len(m.pages))
    for view in dossier_views(store, receipt_code, include_merged=include_merged):
        if view.document_id == document_id:
            return view
    return None


def current_metadata(store: ObjectStore, receipt_code: str, document_id: str) -> Manifest:
    """A document's metadata now: its manifest with every revision applied in order.

    Raises:
        RevisionError: there is no such document in the dossier.
    """
    view = find_view(store, receipt_code, document_id)
    if view is None:
        raise RevisionError(f"không có tài liệu {receipt_code}/{document_id} (no such "
                            "document)")
    return view.manifest


def revised_documents(store: ObjectStore, receipt_code: str = "") -> set[tuple[str, str]]:
    """(receipt code, document id) of every document with revisions (of one dossier, if
    given), from one listing."""
    return {(parsed[0], parsed[1]) for key in store.list(keys.aip(receipt_code))
            if (parsed := keys.revision_number(key)) is not None}


def current_of(store: ObjectStore, manifest: Manifest,
               revised: set[tuple[str, str]] | None = None) -> Manifest:
    """The current metadata of the package ``manifest`` describes (its own document, also
    once merged into another); the manifest itself when it has no revision. ``revised``
    (from :func:`revised_documents`) saves a listing per document when many are read."""
    code, doc = manifest.receipt_code, manifest.document_id
    has = (code, doc) in revised if revised is not None else \
        next(iter(store.list(keys.revisions(code, doc))), None) is not None
    if not has:
        return manifest
    view = find_view(store, code, doc)
    return view.manifest if view is not None else manifest


def iter_views(store: ObjectStore, receipt_code: str = "", *, include_merged: bool = False
               ) -> Iterator[DocumentView]:
    """Every document of the archive (of one dossier, if given) as it is now, dossier by
    dossier, listing the store once."""
    listed = store.list(keys.aip(receipt_code))
    code, group = "", []
    for key in listed:
        this = keys.code_of(key)
        if this != code and group:
            yield from dossier_views(store, code, listed=group, include_merged=include_merged)
            group = []
        code = this
        group.append(key)
    if group:
        yield from dossier_views(store, code, listed=group, include_merged=include_merged)


def page_text(store: ObjectStore, view: DocumentView) -> list[str]:
    """The OCR text of each of the document's pages, read from the packages that hold
    them."""
    texts: dict[str, list[str]] = {}
    out = []
    for package, n in view.pages:
        if package not in texts:
            raw = get_json(store, keys.aip(view.receipt_code, package) + "ocr.json")
            texts[package] = [(p or {}).get("text", "") for p in raw.get("pages", [])]
        pages = texts[package]
        out.append(pages[n - 1] if 0 < n <= len(pages) else "")
    return out


def append_revision(store: ObjectStore, view: DocumentView, revision: dict[str, Any], *,
                    retain_until: date | None, permanent: bool) -> Revision:
    """Write the next revision of ``view``'s document (number ``view.number + 1``), kept as
    long as the document. If another revision took that number first, nothing is written and
    ``RevisionConflictError`` says who was first."""
    number = view.number + 1
    key = keys.revision(view.receipt_code, view.document_id, number)
    record = Revision.model_validate({**revision, "receipt_code": view.receipt_code,
                                      "document_id": view.document_id, "number": number,
                                      "base": view.number})
    try:
        data = put_json(store, key, record, retain_until=retain_until, permanent=permanent)
    except ObjectExistsError as exc:
        raise _conflict(store, key, view) from exc
    if hashlib.sha256(store.get(key)).digest() != hashlib.sha256(data).digest():
        raise _conflict(store, key, view)  # a store without an atomic create: theirs stands
    return record


def _conflict(store: ObjectStore, key: str, view: DocumentView) -> RevisionConflictError:
    try:
        first = get_json(store, key, Revision)
        who = f"{first.who} ({first.at[:16].replace('T', ' ')})"
    except ArchiveError:
        who = "người khác"
    return RevisionConflictError(
        f"Tài liệu {view.receipt_code}/{view.document_id} vừa được {who} sửa trước (bản sửa "
        f"số {view.number + 1}); mở lại tài liệu, xem bản mới rồi sửa lại nếu vẫn cần "
        "(someone else revised this document first: look at it again)")


def corrections(store: ObjectStore) -> Iterator[Correction]:
    """Every document a person confirmed or corrected, as it is now: its text, type and
    fields (for learning a classifier from corrections). Only dossiers with revisions are
    read."""
    for code in sorted({code for code, _ in revised_documents(store)}):
        for view in dossier_views(store, code):
            settled = [r for r in view.revisions if r.action in ("confirm", "correct")]
            if not settled:
                continue
            m = view.manifest
            first = view.origin.created.get("doc_type", "") if view.origin and \
                view.origin.created else next(
                (r.before["doc_type"] for r in view.revisions if "doc_type" in r.before),
                m.classification.doc_type)
            yield Correction(code, view.document_id, "\n\n".join(page_text(store, view)),
                             m.classification.doc_type, dict(m.classification.fields),
                             m.dossier.procedure, first, settled[-1].action, settled[-1].at)
