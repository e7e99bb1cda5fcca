"""The reuse API of the one-stop software: a citizen's archived papers and results by their
personal identification number, with the purpose of the lookup, and each paper's download
(``service/reuse.py``). Under ``/api`` like the rest of the API (``web/api.py``)."""

from __future__ import annotations

import logging
import re
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

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
