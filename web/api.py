"""The JSON API under ``/api``: what other systems (the one-stop software) and scripts use.

Every endpoint but ``/api/verify``, ``/api/token`` and ``/api/health`` needs a bearer token: a
session from ``POST /api/token`` (OAuth2 password flow) or an API key from ``sohoa users key``.
``GET /metrics`` (Prometheus) is served beside ``/api`` and needs one too.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from datetime import date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import JSONResponse, Response
from fastapi.security import OAuth2PasswordRequestForm
from pydantic import BaseModel, Field

from pipeline.digitisation import report_csv
from search_api import SearchQuery
from service.custody import DUE_PAGE, DUE_PAGE_MAX, batch_json, due_json
from service.intake import UploadTooLargeError
from sohoa.clock import VN_TZ
from sohoa.errors import UsageError
from sohoa.metrics import CONTENT_TYPE as METRICS_TYPE
from web.auth import NotAuthenticatedError
from web.deps import (
    BearerToken,
    CurrentActor,
    OptionalActor,
    Origin,
    ServiceDep,
    off_loop,
    read_upload,
    search_query,
)

__all__ = ["metrics_router", "router"]

router = APIRouter(prefix="/api")
_CODE = r"^[A-Za-z0-9][A-Za-z0-9.\-]{0,63}$"


class Receipt(BaseModel):
    """A dossier the one-stop software received."""

    receipt_code: str = Field(pattern=_CODE, examples=["000.00.12.H19-250414-0007"])
    procedure: str | None = Field(default=None, max_length=200)
    received_at: datetime
    citizen_id: str | None = Field(default=None, pattern=r"^[0-9]{12}$",
                                   description="số định danh cá nhân (CCCD) của người nộp")


class HoldRequest(BaseModel):
    """Set or release a legal hold."""

    record: str = Field(min_length=1, max_length=200,
                        description="RECEIPT_CODE or RECEIPT_CODE/DOCUMENT_ID")
    reason: str = Field(min_length=1, max_length=1000)


class Proposal(BaseModel):
    """Propose a disposal batch: named records, or every document due before a date."""

    reason: str = Field(min_length=1, max_length=1000)
    records: list[str] = Field(default_factory=list, max_length=1000)
    before: date | None = None


class CallbackRequest(BaseModel):
    """Register a callback: sohoa POSTs a signed notification to ``url`` for each event."""

    url: str = Field(min_length=8, max_length=2000, examples=["https://mot-cua.example.vn/sohoa"])
    agency: str | None = Field(default=None, max_length=64, examples=["000.00.12.H19"],
                               description="only events of this agency; none: every agency")
    events: list[str] | None = Field(default=None, max_length=10,
                                     description="default: result.archived")


class Decision(BaseModel):
    """Approve or reject a disposal batch."""

    note: str = Field(default="", max_length=1000)


@router.get("/health", tags=["service"])
def health() -> dict[str, str]:
    """The service is up (says nothing more: open to anyone)."""
    return {"status": "ok"}


@router.get("/health/detail", tags=["service"])
async def health_detail(request: Request, actor: CurrentActor, service: ServiceDep) -> Any:
    """Each dependency, certificate, backup target, the newest fixity run, the audit seals
    and the queue, each ok, warning or problem (administrators)."""
    report = await off_loop(request, service.health.view, actor)
    return report.to_json()


metrics_router = APIRouter()


@metrics_router.get("/metrics", tags=["service"], response_class=Response)
async def metrics(request: Request, actor: CurrentActor, service: ServiceDep) -> Response:
    """Prometheus text: pages, refusals, documents, OCR and search seconds, fixity problems,
    and the health as gauges (administrators, with a bearer token)."""
    text = await off_loop(request, service.health.metrics, actor)
    return Response(text, media_type=METRICS_TYPE)


@router.post("/token", tags=["accounts"])
def token(request: Request, form: Annotated[OAuth2PasswordRequestForm, Depends()],
          service: ServiceDep, origin: Origin) -> dict[str, Any]:
    """Sign in with user name and password (OAuth2 password flow); returns a bearer token."""
    request.app.state.limiter.hit("login", origin)
    account = service.accounts.sign_in(form.username, form.password, origin,
                                       limiter=request.app.state.limiter)
    if account is None:
        raise NotAuthenticatedError("Sai tên đăng nhập hoặc mật khẩu (wrong user name or "
                                    "password).")
    sessions = request.app.state.sessions
    return {"access_token": sessions.issue(account), "token_type": "bearer",
            "expires_in": sessions.ttl_s}


@router.delete("/token", status_code=204, tags=["accounts"])
def sign_out(request: Request, actor: CurrentActor, token: BearerToken,
             service: ServiceDep) -> Response:
    """End the session this bearer token stands for; it is refused from now on. An API key
    is not a session: an administrator revokes it with ``sohoa users revoke-key``."""
    if not token or not request.app.state.sessions.revoke(token):
        raise UsageError("Chỉ kết thúc được phiên đăng nhập, không phải khóa API (only a "
                         "session token can be signed out; an administrator revokes an "
                         "API key with 'sohoa users revoke-key').")
    service.accounts.signed_out(actor)
    return Response(status_code=204)


@router.get("/me", tags=["accounts"])
def me(actor: CurrentActor, service: ServiceDep) -> dict[str, Any]:
    """Who the token belongs to."""
    return service.accounts.me(actor)


@router.post("/batches", status_code=202, tags=["intake"])
async def upload(
    request: Request, actor: CurrentActor, service: ServiceDep,
    files: Annotated[list[UploadFile], File(description="PDF, TIFF, JPEG or PNG scans")],
    into: Annotated[str | None, Form(pattern=_CODE, description="rescans into this dossier")]
    = None,
    closed: Annotated[date | None, Form(description="closing date (paper backlog; archivist)")]
    = None,
    reason: Annotated[str | None, Form(max_length=1000, description="why, with closed")] = None,
) -> JSONResponse:
    """Upload a dossier or a batch: 202 with a status URL per batch queued."""
    intake = service.intake
    service.authorize(actor, "intake.upload")  # before reading the files
    data = [(f.filename, await read_upload(f, intake.max_bytes)) for f in files]
    batches, refused = await off_loop(request, intake.upload, actor, data, into=into,
                                      closed=closed, reason=reason)
    if not batches:
        first = refused[0]
        status = 415 if first.code == "unsupported_type" else (
            413 if first.code in (UploadTooLargeError.code, "file_too_large") else 422)
        return JSONResponse(status_code=status, content={
            "error": first.code, "message": "; ".join(r.reason for r in refused),
            "refused": [{"file": r.file, "code": r.code, "reason": r.reason} for r in refused]})
    return JSONResponse(status_code=202, content={
        "batches": [{"batch_id": b.batch_id, "name": b.name,
                     "status_url": f"/api/batches/{b.batch_id}"} for b in batches],
        "refused": [{"file": r.file, "code": r.code, "reason": r.reason} for r in refused]})


@router.get("/batches/{batch_id}", tags=["intake"])
def batch_status(batch_id: str, actor: CurrentActor, service: ServiceDep) -> Any:
    """A batch's state and each page's: indexed, archived, rejected (with reason), skipped."""
    return service.intake.batch_status(actor, batch_id)


@router.get("/batches/{batch_id}/thumbnails/{name}", tags=["intake"],
            response_class=Response, responses={200: {"content": {"image/jpeg": {}}}})
def thumbnail(batch_id: str, name: str, actor: CurrentActor, service: ServiceDep
              ) -> Response:
    """The small image of a rejected page."""
    return Response(service.intake.thumbnail(actor, batch_id, name), media_type="image/jpeg")


@router.post("/receipts", status_code=201, tags=["intake"])
def register(receipt: Receipt, actor: CurrentActor, service: ServiceDep) -> Any:
    """Record that a dossier was received at the counter (from the one-stop software)."""
    when = receipt.received_at
    if when.tzinfo is None:
        when = when.replace(tzinfo=VN_TZ)
    return service.intake.register_receipt(actor, receipt.receipt_code, receipt.procedure,
                                           when, receipt.citizen_id)


@router.get("/dossiers/{receipt_code}", tags=["records"])
def dossier(receipt_code: str, actor: CurrentActor, service: ServiceDep) -> Any:
    """A dossier: its documents (archived, indexed), destroyed documents, rejected pages."""
    return service.records.dossier(actor, receipt_code)


@router.get("/search", tags=["records"])
def search(actor: CurrentActor, service: ServiceDep,
           query: Annotated[SearchQuery, Depends(search_query)]) -> Any:
    """Full-text search, with or without diacritics; filters, facets, highlighted snippets."""
    results = service.records.search(actor, query)
    return {"total": results.total, "capped": results.capped, "cursor": results.cursor,
            "newest_only": results.newest_only,
            "offset": query.offset, "limit": query.limit, "facets": results.facets,
            "hits": [{k: getattr(h, k) for k in h.__slots__} for h in results.hits]}


@router.get("/records/{receipt_code}/{document_id}", tags=["records"])
def record(receipt_code: str, document_id: str, actor: CurrentActor, service: ServiceDep
           ) -> Any:
    """A document's metadata."""
    return service.records.record(actor, receipt_code, document_id)


@router.get("/records/{receipt_code}/{document_id}/document.pdf", tags=["records"],
            response_class=Response, responses={200: {"content": {"application/pdf": {}}}})
def download(receipt_code: str, document_id: str, actor: CurrentActor,
             service: ServiceDep) -> Response:
    """The signed PDF, checked against its manifest; every download is in the audit trail."""
    data = service.records.download(actor, receipt_code, document_id)["document.pdf"]
    name = f"{receipt_code}-{document_id}.pdf"
    return Response(data, media_type="application/pdf", headers={
        "Content-Disposition": f'attachment; filename="{name}"',
        "X-Sohoa-Sha256": hashlib.sha256(data).hexdigest()})


@router.get("/records/{receipt_code}/{document_id}/pages/{page}.png", tags=["records"],
            response_class=Response, responses={200: {"content": {"image/png": {}}}})
def page_png(receipt_code: str, document_id: str, page: int, actor: CurrentActor,
             service: ServiceDep) -> Response:
    """A preview of one page of the signed PDF."""
    return Response(service.records.page_png(actor, receipt_code, document_id, page),
                    media_type="image/png")


@router.get("/dossiers/{receipt_code}/documents/{document_id}/print", tags=["records"],
            response_class=Response, responses={200: {"content": {"application/pdf": {}}}})
async def printed_copy(request: Request, receipt_code: str, document_id: str,
                       actor: CurrentActor, service: ServiceDep) -> Response:
    """A print-ready copy of the signed PDF: each page with a QR code that opens the public
    verification page (``/xac-minh``) with the signed PDF's sha256. It carries no signature;
    every print is in the audit trail."""
    data = await off_loop(request, service.records.printed_copy, actor, receipt_code,
                          document_id)
    name = f"{receipt_code}-{document_id}-ban-in.pdf"
    return Response(data, media_type="application/pdf",
                    headers={"Content-Disposition": f'inline; filename="{name}"'})


@router.post("/verify", tags=["verification"])
async def verify(request: Request, service: ServiceDep, actor: OptionalActor,
                 origin: Origin, file: Annotated[UploadFile, File()]) -> Any:
    """Verify a signed PDF (open to anyone): the verification report."""
    request.app.state.limiter.hit("verify", origin)
    data = await read_upload(file, int(request.app.state.settings.web.max_verify_mb * 2**20))
    return await off_loop(request, service.verification.verify, actor, data,
                          (file.filename or "document.pdf")[:200], bounded=False)


@router.get("/holds", tags=["records management"])
def holds(actor: CurrentActor, service: ServiceDep) -> Any:
    """Records under legal hold."""
    return service.custody.holds(actor)


@router.post("/holds", tags=["records management"])
def set_hold(body: HoldRequest, actor: CurrentActor, service: ServiceDep) -> Any:
    """Put a dossier or document under legal hold."""
    return service.custody.set_hold(actor, body.record, True, body.reason)


@router.post("/holds/release", tags=["records management"])
def release_hold(body: HoldRequest, actor: CurrentActor, service: ServiceDep) -> Any:
    """Release a legal hold."""
    return service.custody.set_hold(actor, body.record, False, body.reason)


@router.get("/retention/due", tags=["records management"])
def due(actor: CurrentActor, service: ServiceDep,
        before: Annotated[date | None, Query(description="default: today")] = None,
        after: Annotated[str | None, Query(max_length=200, description=(
            "the previous page's 'next': the following page"))] = None,
        limit: Annotated[int, Query(ge=1, le=DUE_PAGE_MAX)] = DUE_PAGE,
        count: Annotated[bool, Query(description=(
            "also count every document due, from the pointers (no record read)"))] = False,
        ) -> Any:
    """A page of the documents whose retention ends before the date, oldest first; held
    ones are marked. ``next`` is the cursor of the following page (``null`` on the last)."""
    before = before or service.today()
    page, total = service.custody.due(actor, before, after=after or "", limit=limit,
                                      count=count)
    return due_json(page, total, before)


@router.get("/disposals", tags=["records management"])
def disposals(actor: CurrentActor, service: ServiceDep) -> Any:
    """Every disposal batch."""
    return [batch_json(b) for b in service.custody.disposals(actor)]


@router.post("/disposals", status_code=201, tags=["records management"])
def propose(body: Proposal, actor: CurrentActor, service: ServiceDep) -> Any:
    """Propose a disposal batch (archivist or head)."""
    batch, refused = service.custody.propose(actor, body.reason, body.records, body.before)
    return batch_json(batch, items=True) | {"refused": [asdict(r) for r in refused]}


@router.get("/disposals/{batch_id}", tags=["records management"])
def disposal(batch_id: str, actor: CurrentActor, service: ServiceDep) -> Any:
    """One disposal batch."""
    return batch_json(service.custody.disposal(actor, batch_id), items=True)


@router.post("/disposals/{batch_id}/approve", tags=["records management"])
def approve(batch_id: str, body: Decision, actor: CurrentActor, service: ServiceDep
            ) -> Any:
    """Approve a proposed batch (auditor or head, not the proposer)."""
    return batch_json(service.custody.decide(actor, batch_id, True, body.note))


@router.post("/disposals/{batch_id}/reject", tags=["records management"])
def reject(batch_id: str, body: Decision, actor: CurrentActor, service: ServiceDep
           ) -> Any:
    """Reject a proposed batch; a note is required."""
    return batch_json(service.custody.decide(actor, batch_id, False, body.note))


@router.post("/disposals/{batch_id}/execute", tags=["records management"])
def execute(batch_id: str, actor: CurrentActor, service: ServiceDep) -> Any:
    """Destroy the documents of an approved batch; returns what was destroyed and refused."""
    return batch_json(service.custody.execute(actor, batch_id), items=True)


@router.get("/disposals/{batch_id}/certificate.pdf", tags=["records management"],
            response_class=Response, responses={200: {"content": {"application/pdf": {}}}})
def certificate(batch_id: str, actor: CurrentActor, service: ServiceDep) -> Response:
    """The signed destruction certificate."""
    return Response(service.custody.certificate(actor, batch_id),
                    media_type="application/pdf")


@router.get("/fixity", tags=["checks"])
def fixity(actor: CurrentActor, service: ServiceDep) -> Any:
    """The latest fixity run."""
    return service.custody.fixity(actor)


@router.post("/fixity", status_code=202, tags=["checks"])
def run_fixity(actor: CurrentActor, service: ServiceDep) -> Any:
    """Start checking every sha256 (auditor or head); ``GET /api/fixity`` shows the run
    under way, then its report."""
    return service.custody.start_fixity(actor)


@router.get("/audit/status", tags=["checks"])
def audit_status(actor: CurrentActor, service: ServiceDep) -> Any:
    """Whether the audit trail is whole and agrees with its seals."""
    check = service.custody.audit_check(actor)
    return {"ok": check.ok, "entries": check.entries, "seals": check.seals,
            "sealed_through": check.sealed_through, "unsealed": check.unsealed,
            "unkeyed": check.unkeyed,
            "broken": asdict(check.broken) if check.broken else None}


@router.get("/callbacks", tags=["callbacks"])
def callbacks(actor: CurrentActor, service: ServiceDep) -> Any:
    """The registered callbacks (never their secrets)."""
    return [r.to_json() for r in service.notifications.list(actor)]


@router.post("/callbacks", status_code=201, tags=["callbacks"])
def add_callback(body: CallbackRequest, actor: CurrentActor, service: ServiceDep) -> Any:
    """Register a callback URL; the answer holds its secret, shown this once."""
    registration, secret = service.notifications.register(actor, body.url, body.agency,
                                                           body.events)
    return registration.to_json() | {
        "secret": secret,
        "note": "Lưu khóa bí mật này ngay: nó không được hiển thị lại (keep the secret now: "
                "it is not shown again)."}


@router.delete("/callbacks/{callback_id}", status_code=204, tags=["callbacks"])
def remove_callback(callback_id: str, actor: CurrentActor, service: ServiceDep) -> Response:
    """Remove a callback: nothing more is sent to it."""
    service.notifications.remove(actor, callback_id)
    return Response(status_code=204)


@router.get("/reports/digitisation", tags=["reports"])
def digitisation(
    actor: CurrentActor, service: ServiceDep,
    date_from: Annotated[date | None, Query(alias="from")] = None,
    date_to: Annotated[date | None, Query(alias="to")] = None,
    hours: Annotated[float, Query(gt=0, le=24 * 365)] = 24,
    agency: Annotated[str | None, Query(max_length=64)] = None,
    format: Annotated[str, Query(pattern="^(json|csv)$")] = "json",
) -> Any:
    """Dossiers received vs digitised per day and agency, the share within N hours; results
    issued vs digitised (electronic or from paper) on the day they were issued."""
    today = service.today()
    report = service.reports.digitisation(actor, date_from or today.replace(day=1),
                                          date_to or today, hours,
                                          (agency,) if agency else ())
    if format == "csv":
        return Response(report_csv(report).encode("utf-8"), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="so-hoa.csv"'})
    return report.to_json()
