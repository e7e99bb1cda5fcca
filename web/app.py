"""The web service: the JSON API, the pages, their limits and security headers."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles

from pipeline.deps import session_state_of
from pipeline.settings import Settings
from service import Service
from sohoa.errors import SohoaError
from web.api import metrics_router
from web.api import router as api_router
from web.auth import RateLimiter, Sessions
from web.errors import error_response, refused
from web.guard import Guard, Limits
from web.pages import router as page_router
from web.pages import templates
from web.result_pages import router as result_page_router
from web.results_api import router as results_api_router
from web.reuse_api import MaskCitizenNumbers
from web.reuse_api import router as reuse_api_router
from web.review_api import router as review_api_router
from web.review_pages import router as review_page_router

__all__ = ["create_app"]

log = logging.getLogger(__name__)
_HERE = Path(__file__).parent


def create_app(settings: Settings, *, warm_checks: bool = False) -> FastAPI:
    """The FastAPI application over the adapters the settings name; ``warm_checks``: start
    the processes that verify signatures with the service, not at the first verification
    (``sohoa serve`` does; tests, which start many apps, do not)."""
    # pyHanko logs each untrusted chain or unfetched CRL with a traceback; reports say it plainly
    logging.getLogger("pyhanko").setLevel(logging.ERROR)
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.ERROR)
    service = Service.build(settings)
    web = settings.web

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        service.serve()
        if warm_checks:
            service.warm_checks()
        yield
        service.close()

    app = FastAPI(
        title="sohoa", version="1",
        description="Số hóa hồ sơ thủ tục hành chính: tiếp nhận bản quét, tra cứu, tải bản "
                    "ký số, xác minh chữ ký, lưu trữ và hủy tài liệu.",
        lifespan=lifespan, docs_url=None, redoc_url=None,  # no pages that load outside code
    )
    app.state.settings = settings
    app.state.service = service
    app.state.sessions = Sessions(service.ctx.people, session_state_of(settings),
                                  ttl_s=int(web.session_hours * 3600))
    app.state.limiter = RateLimiter.from_settings(settings)
    app.add_middleware(Guard, limits=Limits(upload=int(web.max_request_mb * 2**20),
                                            verify=int(web.max_verify_mb * 2**20) + 2**16,
                                            other=int(web.max_form_kb * 2**10)))
    app.include_router(api_router)
    app.include_router(metrics_router)
    app.include_router(results_api_router)
    app.include_router(review_api_router)
    app.include_router(reuse_api_router)
    access_log = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, MaskCitizenNumbers) for f in access_log.filters):
        access_log.addFilter(MaskCitizenNumbers())
    app.include_router(page_router)
    app.include_router(result_page_router)
    app.include_router(review_page_router)
    app.mount("/static", StaticFiles(directory=_HERE / "static"), name="static")

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        if request.url.path.startswith("/api/"):
            return await request_validation_exception_handler(request, exc)
        fields = ", ".join(str(e["loc"][-1]) for e in exc.errors())
        return templates.TemplateResponse(request, "error.html", {
            "account": None, "status": 422,
            "message": f"Thông tin nhập chưa đúng ở: {fields} (check these fields)."},
            status_code=422)

    @app.exception_handler(SohoaError)
    async def sohoa_error(request: Request, exc: SohoaError) -> Response:
        if exc.http_status == 500:
            log.error("%s %s: %s", request.method, request.url.path, exc.message)
        if exc.http_status == 401 or exc.code == "cross_site":
            refused(request, exc)
        return error_response(request, exc)

    return app
