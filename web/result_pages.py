"""The officer's results page (``/tra-ket-qua``): the agency's dossiers waiting for a result,
the form to issue one (an electronic original, signed here or already signed; or a paper
result scanned), those ready to hand over and those returned; and the form that records a
step of a dossier's life (the counter records a result returned)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from service.desk import MAX_DAYS
from service.results import result_fields
from web.deps import CurrentActor, ServiceDep, off_loop, read_upload
from web.pages import local_path, render

__all__ = ["router"]

router = APIRouter(include_in_schema=False)


@router.get("/tra-ket-qua")
def desk_page(request: Request, actor: CurrentActor, service: ServiceDep, agency: str = "",
              days: int = 30, issued: str = "") -> HTMLResponse:
    """Waiting for a result, ready to return, returned; upload a result for a dossier."""
    days = min(max(days, 1), MAX_DAYS)
    if not actor.scoped and not agency:
        service.authorize(actor, "results.desk")
        return render(request, "desk.html", actor, d=None, days=days, issued=issued)
    d = service.desk.overview(actor, agency or None, days)
    return render(request, "desk.html", actor, d=d, days=days, issued=issued)


_File = Annotated[UploadFile, File()]
_Text = Annotated[str, Form(max_length=300)]


@router.post("/tra-ket-qua/{receipt_code}", response_model=None)
async def issue_form(request: Request, receipt_code: str, actor: CurrentActor,
                     service: ServiceDep, file: _File, so_ky_hieu: _Text = "",
                     ngay_ban_hanh: Annotated[date | None, Form()] = None,
                     co_quan_ban_hanh: _Text = "") -> Response:
    """Issue the result of a dossier from the officer's page."""
    return await _issue(request, receipt_code, actor, service, file, so_ky_hieu, ngay_ban_hanh,
                        co_quan_ban_hanh, scanned=False)


@router.post("/tra-ket-qua/{receipt_code}/scans", response_model=None)
async def scan_form(request: Request, receipt_code: str, actor: CurrentActor,
                    service: ServiceDep, file: _File, so_ky_hieu: _Text = "",
                    ngay_ban_hanh: Annotated[date | None, Form()] = None,
                    co_quan_ban_hanh: _Text = "") -> Response:
    """Archive a paper result scanned at the counter from the officer's page."""
    return await _issue(request, receipt_code, actor, service, file, so_ky_hieu, ngay_ban_hanh,
                        co_quan_ban_hanh, scanned=True)


async def _issue(request: Request, receipt_code: str, actor: CurrentActor,
                 service: ServiceDep, file: UploadFile, number: str, day: date | None,
                 issuer: str, *, scanned: bool) -> Response:
    data = await read_upload(file, int(request.app.state.settings.web.max_verify_mb * 2**20))
    fields = result_fields(None, number.strip() or None, day, issuer.strip() or None)
    do = service.results.scan if scanned else service.results.add
    r = await off_loop(request, do, actor, receipt_code, data,
                       file.filename or ("ket-qua.png" if scanned else "ket-qua.pdf"),
                       fields=fields)
    return RedirectResponse(f"/tra-ket-qua?issued={r['receipt_code']}/{r['document_id']}",
                            status_code=303)


@router.post("/ho-so/{receipt_code}/buoc")
def step_form(receipt_code: str, actor: CurrentActor, service: ServiceDep,
              step: Annotated[str, Form(pattern="^(sent|result_issued|returned|closed)$")],
              note: Annotated[str, Form(max_length=1000)] = "",
              next: Annotated[str, Form(max_length=300)] = "") -> Response:
    """Record a step of a dossier's life (e.g. its result handed to the citizen)."""
    service.records.step(actor, receipt_code, step, note)
    return RedirectResponse(local_path(next) or f"/ho-so/{receipt_code}", status_code=303)
