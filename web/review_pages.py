"""The review desk (``/soat-xet``): the documents read with doubt, each with its page images
beside the type and fields read, a form to confirm or correct them, and buttons to split a
document or merge it into the one before; every change is a revision, never a rewrite."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from service.review import MAX_DAYS
from sohoa.errors import UsageError
from web.deps import CurrentActor, ServiceDep
from web.pages import render

__all__ = ["router"]

router = APIRouter(include_in_schema=False)
_FIELD_PREFIX = "f_"
"""A key field's input on the form is named ``f_<field>`` (``f_so_ky_hieu``)."""


@router.get("/soat-xet")
def queue_page(request: Request, actor: CurrentActor, service: ServiceDep, agency: str = "",
               days: int = 30) -> HTMLResponse:
    """The documents to review, newest dossiers first."""
    days = min(max(days, 1), MAX_DAYS)
    q = service.review.queue(actor, agency.strip() or None, 100, days)
    return render(request, "review.html", actor, q=q, days=days)


@router.get("/soat-xet/{receipt_code}/{document_id}")
def document_page(request: Request, receipt_code: str, document_id: str, actor: CurrentActor,
                  service: ServiceDep, sua: int = 0) -> HTMLResponse:
    """One document: its pages, what was read, the forms to confirm, correct, split or
    merge it, and what people did to it before."""
    d = service.review.document(actor, receipt_code, document_id)
    saved = next((r for r in d["revisions"] if r["number"] == sua
                  and r["document_id"] == document_id), None) if sua else None
    return render(request, "review_document.html", actor, r=d, saved=saved)


@router.post("/soat-xet/{receipt_code}/{document_id}", response_model=None)
async def review_form(
    request: Request, receipt_code: str, document_id: str, actor: CurrentActor,
    service: ServiceDep,
    action: Annotated[str, Form(pattern="^(confirm|correct|split|merge)$")],
    why: Annotated[str, Form(max_length=1000)] = "",
    doc_type: Annotated[str, Form(max_length=64)] = "",
    at_page: Annotated[int, Form(ge=0, le=10_000)] = 0,
    revision: Annotated[int | None, Form(ge=0, le=1_000_000)] = None,
) -> Response:
    """Confirm, correct, split or merge from the review page; back to the document (or, once
    merged, to the one it went into) with what was saved."""
    r = service.review
    if action == "confirm":
        done = r.confirm(actor, receipt_code, document_id, why, base=revision)
    elif action == "correct":
        form = await request.form()
        fields = {str(k)[len(_FIELD_PREFIX):]: str(v) for k, v in form.multi_items()
                  if str(k).startswith(_FIELD_PREFIX)}
        if len(fields) > 30:
            raise UsageError("Quá nhiều trường (at most 30 fields).")
        done = r.correct(actor, receipt_code, document_id, doc_type=doc_type or None,
                         fields=fields, why=why, base=revision)
    elif action == "split":
        done = r.split(actor, receipt_code, document_id, at_page=at_page, why=why,
                       doc_type=doc_type or None, base=revision)
    else:
        done = r.merge(actor, receipt_code, document_id, why=why, base=revision)
    rev = done["revision"]
    return RedirectResponse(f"/soat-xet/{receipt_code}/{rev['document_id']}?sua={rev['number']}",
                            status_code=303)
