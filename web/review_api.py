"""The JSON API of the review desk, under ``/api`` like the rest (``web/api.py``): the
documents to review, confirming or correcting one (type, fields, procedure), splitting and
merging documents, and a document's revisions."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from web.deps import CurrentActor, ServiceDep

__all__ = ["ReviewRequest", "router"]

router = APIRouter(prefix="/api")


class ReviewRequest(BaseModel):
    """One review action on a document; ``why`` is always required."""

    action: Literal["confirm", "correct", "split", "merge"]
    why: str = Field(min_length=1, max_length=1000, description="why (kept with the revision)")
    doc_type: str | None = Field(default=None, max_length=64,
                                 description="correct: the new type; split: the new document's")
    fields: dict[str, str | None] | None = Field(
        default=None, max_length=30,
        description="correct: key fields to set (an empty value or null removes one)")
    procedure: str | None = Field(default=None, max_length=200,
                                  description="correct: the procedure, as it counts for "
                                              "retention")
    at_page: int | None = Field(default=None, ge=2, le=10_000,
                                description="split: the first page of the new document")
    into: str | None = Field(default=None, max_length=64,
                             description="merge: the document to add the pages to (default: "
                                         "the one before it in the dossier)")
    revision: int | None = Field(default=None, ge=0, le=1_000_000,
                                 description="how many revisions the document had when you "
                                             "looked: refused (409) if it changed since")


@router.get("/review", tags=["review"])
def queue(actor: CurrentActor, service: ServiceDep,
          agency: Annotated[str | None, Query(max_length=64)] = None,
          days: Annotated[int, Query(ge=1, le=366)] = 30,
          limit: Annotated[int, Query(ge=1, le=500)] = 50) -> Any:
    """The documents to review: flagged when read (low confidence) and not yet confirmed or
    corrected, of the dossiers received in the last ``days`` days (one's own agency for a
    clerk or officer)."""
    return service.review.queue(actor, agency, limit, days)


@router.post("/records/{receipt_code}/{document_id}/review", tags=["review"])
def review(receipt_code: str, document_id: str, body: ReviewRequest, actor: CurrentActor,
           service: ServiceDep) -> Any:
    """Confirm, correct, split or merge a document: a new revision (the archived files are
    never rewritten); the answer holds the revision and the document as it is now, and says
    when the retention the new type asks for is shorter than the lock (kept)."""
    r = service.review
    if body.action == "confirm":
        return r.confirm(actor, receipt_code, document_id, body.why, base=body.revision)
    if body.action == "correct":
        return r.correct(actor, receipt_code, document_id, doc_type=body.doc_type,
                         fields=body.fields, procedure=body.procedure, why=body.why,
                         base=body.revision)
    if body.action == "split":
        return r.split(actor, receipt_code, document_id, at_page=body.at_page or 0,
                       why=body.why, doc_type=body.doc_type, base=body.revision)
    return r.merge(actor, receipt_code, document_id, why=body.why, into=body.into,
                   base=body.revision)


@router.get("/records/{receipt_code}/{document_id}/revisions", tags=["review"])
def revisions(receipt_code: str, document_id: str, actor: CurrentActor, service: ServiceDep
              ) -> Any:
    """A document's revisions, oldest first: who, when, why, before → after, retention."""
    return {"receipt_code": receipt_code, "document_id": document_id,
            "revisions": service.review.history(actor, receipt_code, document_id)}
