"""The web pages, rendered on the server (no front-end build): the counter, search, a record,
verification, the auditor's page and the digitisation dashboard. Vietnamese first."""

from __future__ import annotations

import math
from dataclasses import asdict
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from search_api import SearchQuery
from service import Actor, Service
from service.access import permitted
from service.custody import DUE_COUNT_CAP, batch_json, due_json
from service.verification import SIGNER_ROLES, NotAPdfError
from sohoa.errors import UsageError
from sohoa.people import ROLE_LABELS
from web.auth import COOKIE, NotAuthenticatedError
from web.deps import (
    CurrentActor,
    OptionalActor,
    Origin,
    ServiceDep,
    check_same_site,
    off_loop,
    optional_date,
    read_upload,
    search_query,
)

__all__ = ["local_path", "render", "router", "templates"]

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")

STATUS_LABELS = {"indexed": "đã lưu trữ và tra cứu được", "archived": "đã lưu trữ (chưa tra cứu)",
                 "rejected": "bị trả lại", "skipped": "bỏ qua (trang trắng, tờ phân cách)",
                 "unassigned": "chưa thuộc hồ sơ nào", "queued": "đang chờ",
                 "processing": "đang xử lý", "done": "xong", "failed": "lỗi",
                 "pending": "đã nhận, chưa xử lý xong"}

FIELD_LABELS = {"ma_ho_so": "Mã hồ sơ", "so_ky_hieu": "Số, ký hiệu",
                "ngay_ban_hanh": "Ngày ban hành", "co_quan_ban_hanh": "Cơ quan ban hành",
                "so_cccd": "Số CCCD", "ho_ten": "Họ và tên", "thu_tuc": "Thủ tục"}
"""How the key fields classify/ finds are named on a record's page."""


def _snippet(text: str) -> Markup:
    """A search snippet with its matches (``[`` … ``]``) marked, everything else escaped."""
    out, rest = [], text
    while (start := rest.find("[")) >= 0 and (end := rest.find("]", start)) > start:
        out += [escape(rest[:start]), Markup("<mark>"), escape(rest[start + 1:end]),
                Markup("</mark>")]
        rest = rest[end + 1:]
    out.append(escape(rest))
    return Markup("").join(out)


templates.env.filters["snippet"] = _snippet


def _has(account: Actor | None, *roles: str) -> bool:
    return account is not None and bool(account.roles & set(roles))


templates.env.globals.update(STATUS_LABELS=STATUS_LABELS, ROLE_LABELS=ROLE_LABELS,
                             FIELD_LABELS=FIELD_LABELS, has=_has)


def render(request: Request, name: str, actor: Actor | None, *, status_code: int = 200,
           **context: Any) -> HTMLResponse:
    """The page ``name`` for ``actor`` (nobody signed in when anonymous)."""
    account = None if actor is None or actor.anonymous else actor
    return templates.TemplateResponse(request, name, {"account": account, **context},
                                      status_code=status_code)


def _home(account: Actor) -> str:
    for role, path in (("clerk", "/tiep-nhan"), ("archivist", "/tra-cuu"),
                       ("officer", "/tra-cuu"), ("auditor", "/kiem-tra"), ("head", "/kiem-tra"),
                       ("admin", "/bao-cao")):
        if role in account.roles:
            return path
    return "/xac-minh"


@router.get("/")
def home(actor: OptionalActor) -> RedirectResponse:
    """Each person's own page."""
    return RedirectResponse("/dang-nhap" if actor.anonymous else _home(actor), status_code=303)


@router.get("/dang-nhap")
def login_form(request: Request, actor: OptionalActor, next: str = "") -> HTMLResponse:
    """The sign-in form."""
    return render(request, "login.html", actor, next=next, error=None)


@router.post("/dang-nhap", response_model=None)
def login(request: Request, service: ServiceDep, origin: Origin,
          username: Annotated[str, Form(max_length=100)],
          password: Annotated[str, Form(max_length=200)],
          next: Annotated[str, Form(max_length=300)] = "") -> Response:
    """Sign in: sets the session cookie (only from a form of this site)."""
    check_same_site(request)
    request.app.state.limiter.hit("login", origin)
    account = service.accounts.sign_in(username, password, origin,
                                       limiter=request.app.state.limiter)
    if account is None:
        return render(request, "login.html", None, next=next, error="Sai tên đăng nhập hoặc "
                      "mật khẩu.")
    actor = Actor.of_account(account, via="session", origin=origin)
    response = RedirectResponse(local_path(next) or _home(actor), status_code=303)
    sessions = request.app.state.sessions
    response.set_cookie(COOKIE, sessions.issue(account), max_age=sessions.ttl_s, httponly=True,
                        samesite="strict", secure=request.url.scheme == "https")
    return response


def local_path(target: str) -> str | None:
    """``target`` if it is a path on this site, else None (no redirect elsewhere)."""
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return None


@router.post("/dang-xuat")
def logout(request: Request, service: ServiceDep, origin: Origin) -> RedirectResponse:
    """Sign out: the session ends on the server too, not just in this browser. A session that
    already ended is only cleared from the browser."""
    check_same_site(request)
    cookie = request.cookies.get(COOKIE) or ""
    sessions = request.app.state.sessions
    try:
        account = sessions.check(cookie) if cookie else None
    except NotAuthenticatedError:
        account = None
    if account is not None and sessions.revoke(cookie):
        service.accounts.signed_out(Actor.of_account(account, via="session", origin=origin))
    response = RedirectResponse("/dang-nhap", status_code=303)
    response.delete_cookie(COOKIE)
    return response


# --- the counter ---------------------------------------------------------------------------

@router.get("/tiep-nhan")
def counter(request: Request, actor: CurrentActor, service: ServiceDep) -> HTMLResponse:
    """Upload a batch; the batches this clerk sent most recently; the dossiers of their agency
    whose result is ready to hand over."""
    return render(request, "counter.html", actor, batches=service.intake.recent_batches(actor),
                  refused=[], ready=_ready(actor, service))


def _ready(actor: Actor, service: Service) -> list[dict[str, Any]]:
    """The dossiers of the actor's agency whose result waits to be handed over."""
    if not actor.scoped or not permitted(actor, "results.desk"):
        return []
    return list(service.desk.overview(actor)["ready"])


@router.post("/tiep-nhan", response_model=None)
async def counter_upload(
    request: Request, actor: CurrentActor, service: ServiceDep,
    files: Annotated[list[UploadFile], File()],
    into: Annotated[str, Form(max_length=64)] = "",
) -> Response:
    """Receive a batch from the counter page."""
    intake = service.intake
    service.authorize(actor, "intake.upload")  # before reading the files
    data = [(f.filename, await read_upload(f, intake.max_bytes)) for f in files if f.filename]
    batches, refused = await off_loop(request, intake.upload, actor, data,
                                      into=into.strip() or None)
    if len(batches) == 1 and not refused:
        return RedirectResponse(f"/tiep-nhan/lo/{batches[0].batch_id}", status_code=303)
    return render(request, "counter.html", actor, batches=intake.recent_batches(actor),
                  refused=refused, ready=_ready(actor, service),
                  status_code=202 if batches else 422)


@router.get("/tiep-nhan/lo/{batch_id}")
def batch_page(request: Request, batch_id: str, actor: CurrentActor, service: ServiceDep
               ) -> HTMLResponse:
    """A batch's progress (the page reloads itself until it is done), rejected pages with
    their thumbnails and reasons, and the rescan form."""
    status = service.intake.batch_status(actor, batch_id)
    return render(request, "batch.html", actor, b=status,
                  refresh=status["state"] in ("queued", "processing"))


# --- search and records --------------------------------------------------------------------

@router.get("/tra-cuu")
def search_page(request: Request, actor: CurrentActor, service: ServiceDep,
                query: Annotated[SearchQuery, Depends(search_query)]) -> HTMLResponse:
    """Search, with filters, facets and pages of results."""
    params = {k: v for k, v in request.query_params.items() if k != "page" and v}
    results = None
    if any(v for k, v in params.items() if k != "size"):
        results = service.records.search(actor, query)
    pages = math.ceil(results.total / query.limit) if results else 0
    current = query.offset // query.limit + 1

    def link(**changes: Any) -> str:
        merged = {**params, **changes}
        return "/tra-cuu?" + urlencode({k: v for k, v in merged.items() if v})
    type_labels = {t.id: t.label for t in service.deps.rules.types}
    return render(request, "search.html", actor, q=params, results=results, pages=pages,
                  current=current, link=link, type_labels=type_labels)


@router.get("/ho-so/{receipt_code}")
def dossier_page(request: Request, receipt_code: str, actor: CurrentActor,
                 service: ServiceDep) -> HTMLResponse:
    """A dossier: its documents, destroyed documents and rejected pages."""
    return render(request, "dossier.html", actor,
                  d=service.records.dossier(actor, receipt_code))


@router.get("/tai-lieu/{receipt_code}/{document_id}")
def record_page(request: Request, receipt_code: str, document_id: str,
                actor: CurrentActor, service: ServiceDep) -> HTMLResponse:
    """A document: its metadata, page previews and the signed PDF."""
    return render(request, "record.html", actor,
                  r=service.records.record(actor, receipt_code, document_id))


# --- verification (anyone) -----------------------------------------------------------------

@router.get("/xac-minh")
async def verify_form(request: Request, service: ServiceDep, actor: OptionalActor,
                      origin: Origin, ma: str | None = None, tl: str | None = None,
                      sha256: str | None = None) -> HTMLResponse:
    """Check a signed PDF; or, opened from the QR code of a printed copy (``ma``: receipt
    code, ``tl``: document id, ``sha256``), what the archive says of that document: whether
    it exists, is unchanged and validly signed, by whom and when, and nothing else."""
    if ma is None and tl is None and sha256 is None:
        return render(request, "verify.html", actor, report=None, error=None)
    request.app.state.limiter.hit("verify", origin)
    ref = await off_loop(request, service.verification.by_reference, actor, ma or "",
                         tl or "", sha256 or "", bounded=False)
    return render(request, "verify.html", actor, report=None, error=None, ref=ref,
                  roles=SIGNER_ROLES, status_code=404 if ref.state == "not_found" else 200)


@router.post("/xac-minh")
async def verify_page(request: Request, service: ServiceDep, actor: OptionalActor,
                      origin: Origin, file: Annotated[UploadFile, File()]) -> HTMLResponse:
    """The verification report of an uploaded PDF."""
    request.app.state.limiter.hit("verify", origin)
    data = await read_upload(file, int(request.app.state.settings.web.max_verify_mb * 2**20))
    try:
        report = await off_loop(request, service.verification.verify, actor, data,
                                (file.filename or "document.pdf")[:200], bounded=False)
    except NotAPdfError:
        return render(request, "verify.html", actor, report=None, status_code=422,
                      error=f"{file.filename or 'Tệp'}: không phải tệp PDF.")
    return render(request, "verify.html", actor, report=report, error=None)


# --- the auditor ---------------------------------------------------------------------------

@router.get("/kiem-tra")
def auditor_page(request: Request, actor: CurrentActor, service: ServiceDep,
                 before: date | None = None,
                 after: Annotated[str | None, Query(max_length=200)] = None) -> HTMLResponse:
    """Due list (a page at a time, ``after`` the previous one; the count on the first),
    legal holds, fixity, the audit trail, disposal batches."""
    custody = service.custody
    service.authorize(actor, "custody.disposals")
    before = before or service.today() + timedelta(days=1)
    page, total = custody.due(actor, before, after=after or "", count=not after,
                              count_cap=DUE_COUNT_CAP)
    due = due_json(page, total, before)
    trail = None
    if permitted(actor, "custody.audit"):
        check = custody.audit_check(actor)
        trail = {"ok": check.ok, "entries": check.entries, "seals": check.seals,
                 "sealed_through": check.sealed_through, "unsealed": check.unsealed,
                 "broken": asdict(check.broken) if check.broken else None}
    return render(request, "auditor.html", actor, before=before, due=due, after=after,
                  holds=custody.holds(actor), fixity=custody.fixity(actor), trail=trail,
                  disposals=[batch_json(b) for b in custody.disposals(actor)])


@router.post("/kiem-tra/phong-toa")
def hold_form(actor: CurrentActor, service: ServiceDep,
              record: Annotated[str, Form(max_length=200)],
              reason: Annotated[str, Form(max_length=1000)],
              action: Annotated[str, Form(pattern="^(set|release)$")] = "set") -> Response:
    """Set or release a legal hold from the auditor's page."""
    service.custody.set_hold(actor, record, action == "set", reason)
    return RedirectResponse("/kiem-tra", status_code=303)


@router.post("/kiem-tra/huy")
def propose_form(actor: CurrentActor, service: ServiceDep,
                 before: Annotated[str, Form(max_length=10)],
                 reason: Annotated[str, Form(min_length=1, max_length=1000)]) -> Response:
    """Propose destroying every document due before a date (archivist or head)."""
    service.custody.propose(actor, reason, [], optional_date(before, "trước ngày"))
    return RedirectResponse("/kiem-tra", status_code=303)


@router.post("/kiem-tra/toan-ven")
def fixity_form(actor: CurrentActor, service: ServiceDep) -> Response:
    """Check every sha256 now (auditor or head)."""
    service.custody.start_fixity(actor)
    return RedirectResponse("/kiem-tra", status_code=303)


@router.post("/kiem-tra/huy/{batch_id}/{action}")
def disposal_form(batch_id: str, action: str, actor: CurrentActor, service: ServiceDep,
                  note: Annotated[str, Form(max_length=1000)] = "") -> Response:
    """Approve, reject or execute a disposal batch from the auditor's page."""
    if action == "approve":
        service.custody.decide(actor, batch_id, True, note)
    elif action == "reject":
        service.custody.decide(actor, batch_id, False, note)
    elif action == "execute":
        service.custody.execute(actor, batch_id)
    else:
        raise UsageError(f"Không có thao tác {action[:20]} (approve, reject or execute).")
    return RedirectResponse("/kiem-tra", status_code=303)


# --- the dashboard -------------------------------------------------------------------------

@router.get("/bao-cao")
def dashboard(request: Request, actor: CurrentActor, service: ServiceDep,
              hours: float = 24, agency: str = "") -> HTMLResponse:
    """Dossiers received vs digitised, and results issued vs digitised, per day and agency,
    with a chart."""
    today = service.today()
    start = optional_date(request.query_params.get("tu"), "từ") or today - timedelta(days=29)
    end = optional_date(request.query_params.get("den"), "đến") or today
    if not 0 < hours <= 24 * 365:
        raise UsageError("Số giờ phải từ 0 đến 8760 (hours must be between 0 and 8760).")
    report = service.reports.digitisation(actor, start, end, hours,
                                          (agency,) if agency else ()).to_json()
    return render(request, "dashboard.html", actor, report=report, start=start, end=end,
                  hours=hours, agency=agency, chart=_chart(report))


_SERIES = (("received", "received", "tiếp nhận"), ("digitised", "digitised", "đã số hóa"),
           ("results_issued", "results-issued", "có kết quả"),
           ("results_digitised", "results-digitised", "kết quả đã số hóa"))
"""The bars of a day on the dashboard's chart: the row's figure, its CSS class, its label."""


def _chart(report: dict[str, Any]) -> dict[str, Any]:
    """Bars per day: dossiers received and digitised, results issued and digitised, scaled for
    an SVG of fixed height; each day is ``step`` wide, each bar ``bar``."""
    days: dict[str, list[int]] = {}
    for row in report.get("rows", []):
        day = days.setdefault(str(row["day"]), [0] * len(_SERIES))
        for i, (name, _, _) in enumerate(_SERIES):
            day[i] += int(row.get(name) or 0)
    top = max([max(v) for v in days.values()] + [1])
    bars = [{"day": d, "series": [
        {"css": css, "label": label, "value": v, "h": round(160 * v / top)}
        for (_, css, label), v in zip(_SERIES, values, strict=True)]}
        for d, values in sorted(days.items())]
    step, bar = 40, 9
    return {"bars": bars, "top": top, "step": step, "bar": bar,
            "width": max(420, step * len(bars) + 40)}
