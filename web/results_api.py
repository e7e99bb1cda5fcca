"""The JSON API of a dossier's results and life: issue a result (an electronic original, a
paper one scanned, a certified copy), list and fetch results, record the steps of the dossier's
life, and the agency's results desk. Under ``/api`` like the rest of the API (``web/api.py``)."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import Response
from pydantic import BaseModel, Field

from service.results import result_fields
from web.deps import CurrentActor, ServiceDep, off_loop, read_upload

__all__ = ["router"]

router = APIRouter(prefix="/api")


class StepRequest(BaseModel):
    """A step of a dossier's life that a person takes."""

    step: Literal["sent", "result_issued", "returned", "closed"]
    note: str = Field(default="", max_length=1000)



_ResultFile = Annotated[UploadFile, File(description="the result, a PDF")]
_DocType = Annotated[str | None, Form(max_length=64, description="its type, e.g. quyet_dinh")]
_Number = Annotated[str | None, Form(max_length=100, description="số/ký hiệu")]
_Issued = Annotated[date | None, Form(description="ngày ban hành")]
_Issuer = Annotated[str | None, Form(max_length=300, description="cơ quan ban hành")]


@router.post("/dossiers/{receipt_code}/results", status_code=201, tags=["results"])
async def add_result(request: Request, receipt_code: str, actor: CurrentActor,
                     service: ServiceDep, file: _ResultFile, doc_type: _DocType = None,
                     so_ky_hieu: _Number = None, ngay_ban_hanh: _Issued = None,
                     co_quan_ban_hanh: _Issuer = None) -> Any:
    """Issue a dossier's result into the archive: an unsigned PDF is made PDF/A, signed by
    the officer and sealed by the organisation; a signed one is verified and kept as it is."""
    data = await read_upload(file, int(request.app.state.settings.web.max_verify_mb * 2**20))
    return await off_loop(request, service.results.add, actor, receipt_code, data,
                          file.filename or "ket-qua.pdf",
                          fields=result_fields(doc_type, so_ky_hieu, ngay_ban_hanh,
                                               co_quan_ban_hanh))


@router.post("/dossiers/{receipt_code}/results/scans", status_code=201, tags=["results"])
async def scan_result(request: Request, receipt_code: str, actor: CurrentActor,
                      service: ServiceDep,
                      file: Annotated[UploadFile, File(description="the scan (PDF or image)")],
                      doc_type: _DocType = None, so_ky_hieu: _Number = None,
                      ngay_ban_hanh: _Issued = None, co_quan_ban_hanh: _Issuer = None) -> Any:
    """Archive a paper result scanned at the counter: a copy digitised from the paper
    original, signed by the clerk."""
    data = await read_upload(file, int(request.app.state.settings.web.max_verify_mb * 2**20))
    return await off_loop(request, service.results.scan, actor, receipt_code, data,
                          file.filename or "ket-qua.png",
                          fields=result_fields(doc_type, so_ky_hieu, ngay_ban_hanh,
                                               co_quan_ban_hanh))


@router.post("/dossiers/{receipt_code}/results/copies", status_code=201, tags=["results"])
async def certify_result_copy(
    request: Request, receipt_code: str, actor: CurrentActor, service: ServiceDep,
    file: Annotated[UploadFile, File(description="the document to certify, a PDF")],
    form: Annotated[str, Form(max_length=40, description="SAO Y, SAO LỤC or TRÍCH SAO")]
    = "SAO Y",
) -> Any:
    """Archive a certified electronic copy made for the dossier: made PDF/A and signed by the
    organisation with the copy's stamp (SAO Y, SAO LỤC, TRÍCH SAO), as one of its results."""
    data = await read_upload(file, int(request.app.state.settings.web.max_verify_mb * 2**20))
    return await off_loop(request, service.results.certify, actor, receipt_code, data,
                          file.filename or "ban-sao.pdf", form=form)


@router.get("/results/desk", tags=["results"])
def desk(actor: CurrentActor, service: ServiceDep,
         agency: Annotated[str | None, Query(max_length=64)] = None,
         days: Annotated[int, Query(ge=1, le=366)] = 30) -> Any:
    """An agency's dossiers (one's own for a clerk or officer) of the last ``days`` days:
    waiting for a result, with a result ready to return, and returned."""
    return service.desk.overview(actor, agency, days)


@router.post("/dossiers/{receipt_code}/steps", status_code=201, tags=["results"])
def take_step(receipt_code: str, body: StepRequest, actor: CurrentActor, service: ServiceDep
              ) -> Any:
    """Record a step of the dossier's life (sent to the department, result issued, returned
    to the citizen, closed), in that order; the same step again returns the one kept."""
    return service.records.step(actor, receipt_code, body.step, body.note)


@router.get("/dossiers/{receipt_code}/results", tags=["results"])
def results(receipt_code: str, actor: CurrentActor, service: ServiceDep) -> Any:
    """The results archived in a dossier: type, key fields, form, signers, sha256."""
    return {"receipt_code": receipt_code, "results": service.results.list(actor, receipt_code)}


@router.get("/dossiers/{receipt_code}/results/{document_id}", tags=["results"],
            response_class=Response, responses={200: {"content": {"application/pdf": {}}}})
def result_pdf(receipt_code: str, document_id: str, actor: CurrentActor, service: ServiceDep
               ) -> Response:
    """A result's signed PDF, checked against the sha256 recorded when it was archived."""
    data = service.results.get(actor, receipt_code, document_id)
    return Response(data, media_type="application/pdf", headers={
        "Content-Disposition": f'attachment; filename="ket-qua-{document_id}.pdf"',
        "X-Sha256": hashlib.sha256(data).hexdigest()})
