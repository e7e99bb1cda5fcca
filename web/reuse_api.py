"""The reuse API of the one-stop software: a citizen's archived papers and results by their
personal identification number, with the purpose of the lookup, and each paper's download
(``service/reuse.py``). Under ``/api`` like the rest of the API (``web/api.py``)."""

from __future__ import annotations

import logging
import re
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from web.deps import CurrentActor, ServiceDep, off_loop

__all__ = ["MaskCitizenNumbers", "router"]

router = APIRouter(prefix="/api")
_Purpose = Annotated[str, Query(min_length=1, max_length=64,
                                description="mã thủ tục hoặc mã hồ sơ đang giải quyết")]
_NUMBER_IN_PATH = re.compile(r"(/api/citizens/)\d{8}(\d{4})")


class MaskCitizenNumbers(logging.Filter):
    """Shows a personal identification number in the access log by its last four digits."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask the number in the request line the access log is given."""
        if isinstance(record.args, tuple):
            record.args = tuple(_NUMBER_IN_PATH.sub(r"\1********\2", a) if isinstance(a, str)
                                else a for a in record.args)
        return True


class ReuseRequest(BaseModel):
    """The dossier a paper was reused in, and why it was looked up."""

    dossier: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9.\-]{0,63}$",
                         examples=["000.00.12.H19-261206-0001"])
    purpose: str = Field(min_length=1, max_length=64)


@router.post("/citizens/{cccd}/documents/{receipt_code}/{document_id}/reuse", status_code=201,
             tags=["reuse"])
def reused(cccd: str, receipt_code: str, document_id: str, body: ReuseRequest,
           actor: CurrentActor, service: ServiceDep) -> Any:
    """Record that the paper was reused in another dossier (write-once; shown on its page)."""
    return service.reuse.record(actor, cccd, receipt_code, document_id, body.dossier,
                                body.purpose)


@router.get("/citizens/{cccd}/documents", tags=["reuse"])
async def citizen_documents(request: Request, cccd: str, purpose: _Purpose,
                            actor: CurrentActor, service: ServiceDep) -> Any:
    """A citizen's archived papers and results held by the key's agency, for reuse: type,
    number, issue date, validity, sha256 and an audited download link."""
    return await off_loop(request, service.reuse.documents, actor, cccd, purpose)


@router.get("/citizens/{cccd}/documents/{receipt_code}/{document_id}", tags=["reuse"])
async def citizen_document(request: Request, cccd: str, receipt_code: str, document_id: str,
                           purpose: _Purpose, actor: CurrentActor,
                           service: ServiceDep) -> Response:
    """The signed PDF of one of the citizen's documents, checked against its sha256."""
    data = await off_loop(request, service.reuse.download, actor, cccd, receipt_code,
                          document_id, purpose)
    return Response(data, media_type="application/pdf", headers={
        "Content-Disposition": f'attachment; filename="{document_id}.pdf"'})
