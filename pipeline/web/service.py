"""What the web service does, for the API and the pages alike: every call takes the account
asking, checks its role and agency, and records accesses in the audit trail.

A record an account may not see is answered exactly as a record that does not exist (404),
so an officer cannot learn which receipt codes another agency holds.
"""

from __future__ import annotations

import hashlib
import io
import logging
import threading
from collections.abc import Iterable
from dataclasses import asdict
from datetime import date, datetime, time
from pathlib import PurePath
from typing import Any

from archive import ArchiveError, load_manifest
from archive.disposal import (
    DisposalBatch,
    decide,
    list_batches,
    load_batch,
    propose,
)
from archive.fixity import FIXITY_RUNS, latest_fixity
from archive.hold import current_holds, record_prefix, set_hold
from archive.retention import retention_due
from pipeline.digitisation import digitisation_report, register_receipt
from pipeline.intake import dossier_exists, read_outcome, recent_batches
from pipeline.intake import load_batch as load_intake_batch
from pipeline.records import dossier_state, execute_disposal, fixity_now, people_of
from pipeline.stages import Deps
from pipeline.web.uploads import Progress
from search_api import SearchQuery, SearchResults
from signing import verify_pdf
from signing.ltv import current_crl
from sohoa.clock import VN_TZ, now_vn
from sohoa.codes import RECEIPT_CODE, agency_of
from sohoa.errors import SohoaError, UsageError
from sohoa.people import Account, NotPermittedError

__all__ = [
    "ANYONE_WITH_RECORDS",
    "NotFoundError",
    "RecordAlteredError",
    "Service",
]

log = logging.getLogger(__name__)

REASON_LABELS = {
    "low_resolution": "Độ phân giải quá thấp", "too_dark": "Trang quá tối",
    "washed_out": "Chữ quá mờ nhạt", "cut_off": "Trang bị cắt mép", "blurred": "Ảnh bị nhòe",
    "page_unreadable": "Không đọc được trang", "page_too_large": "Trang quá lớn",
    "blank_page": "Trang trắng", "separator_sheet": "Tờ phân cách",
    "unassigned": "Trang trước phiếu tiếp nhận đầu tiên", "record_destroyed": "Tài liệu đã hủy",
}
"""What a clerk reads first for each reason a page was not archived (the detail follows)."""

ANYONE_WITH_RECORDS = ("clerk", "officer", "archivist", "auditor", "head")
RECORDS_STAFF = ("archivist", "auditor", "head")
_DOC_ID = RECEIPT_CODE


class NotFoundError(SohoaError):
    """The record, dossier or batch asked for does not exist, or is not this account's."""

    code = "not_found"
    http_status = 404


class RecordAlteredError(SohoaError):
    """An archived file no longer matches the sha256 its manifest recorded."""

    code = "record_altered"
    http_status = 409


def require(account: Account, roles: Iterable[str], action: str) -> None:
    """Raise ``NotPermittedError`` unless ``account`` holds one of ``roles``."""
    wanted = tuple(roles)
    if not account.roles & set(wanted):
        raise NotPermittedError(
            f"{account.name} ({account.username}) không được {action}: cần vai trò "
            f"{' hoặc '.join(wanted)} (may not {action}; it needs the role "
            f"{' or '.join(wanted)})")


def _iso_day(day: date, end: bool = False) -> datetime:
    return datetime.combine(day, time.max if end else time.min, tzinfo=VN_TZ)


class Service:
    """The operations of the web service over one set of adapters."""

    def __init__(self, deps: Deps, progress: dict[str, Progress]) -> None:
        self.deps = deps
        self.progress = progress
        self.people = people_of(deps)
        self._fixity_lock = threading.Lock()
        self._fixity_run: dict[str, Any] | None = None
        """The fixity run this process started and has not finished: who, since when."""

    # --- who sees what -------------------------------------------------------------------

    def can_see(self, account: Account, receipt_code: str) -> bool:
        """Whether ``account`` may see the records of this dossier."""
        if not account.roles & set(ANYONE_WITH_RECORDS):
            return False
        return not account.scoped or agency_of(receipt_code) == account.agency

    def _visible(self, account: Account, receipt_code: str, what: str = "hồ sơ") -> None:
        require(account, ANYONE_WITH_RECORDS, "xem hồ sơ")
        if not RECEIPT_CODE.fullmatch(receipt_code) or not self.can_see(account, receipt_code):
            raise NotFoundError(f"Không tìm thấy {what} {receipt_code} (no such record).")

    def _audit(self, action: str, record: str, detail: dict[str, Any], account: Account | None,
               origin: str) -> None:
        self.deps.audit.append(action, record, {**detail, "from": origin},
                               who=account.name if account else "ẩn danh (anonymous)")

    # --- sessions -------------------------------------------------------------------------

    def sign_in(self, username: str, password: str, origin: str) -> Account | None:
        """The account these credentials open, or None; either way it is in the audit trail."""
        account = self.people.authenticate(username, password)
        if account is None:
            self.deps.audit.append("login_failed", f"users/{username[:40]}", {"from": origin},
                                   who=username[:40] or "?")
        else:
            self._audit("signed_in", f"users/{account.username}", {}, account, origin)
        return account

    def signed_out(self, account: Account, origin: str) -> None:
        """Record that ``account`` ended a session."""
        self._audit("signed_out", f"users/{account.username}", {}, account, origin)

    # --- intake ---------------------------------------------------------------------------

    def batch_status(self, account: Account, batch_id: str) -> dict[str, Any]:
        """Where a batch is: overall state, and each page's state and reason."""
        try:
            if not RECEIPT_CODE.fullmatch(batch_id):
                raise ArchiveError(batch_id)
            batch = load_intake_batch(self.deps.store, batch_id)
        except (ArchiveError, KeyError, ValueError) as exc:
            raise NotFoundError(f"Không tìm thấy lô tải lên {batch_id} (no such batch).") from exc
        if not (account.roles & set(RECORDS_STAFF)) and batch.clerk != account.name:
            raise NotFoundError(f"Không tìm thấy lô tải lên {batch_id} (no such batch).")
        outcome = read_outcome(self.deps.store, batch_id)
        progress = self.progress.get(batch_id)
        if outcome is not None:
            state = "failed" if outcome.get("error") else "done"
        else:
            state = progress.state if progress else "pending"
        body: dict[str, Any] = {
            "batch_id": batch_id, "name": batch.name, "received_at": batch.received_at,
            "clerk": batch.clerk, "into": batch.dossier, "state": state,
            "pages_read": progress.pages_read if progress else 0,
            "pages": (outcome or {}).get("pages") or (progress.pages if progress else 0),
            "error": (outcome or {}).get("error") or (progress.error if progress else None),
            "error_code": (outcome or {}).get("error_code"),
            "dossiers": [], "unassigned": [], "page_states": [],
        }
        if outcome is None:
            return body
        for d in outcome.get("dossiers", []):
            body["dossiers"].append(self._dossier_outcome(batch_id, d))
            body["page_states"] += _page_states(d)
        body["unassigned"] = [self._rejected(batch_id, r) for r in outcome.get("unassigned", [])]
        body["page_states"] += [
            _page_ref(r) | {"dossier": None, "document_id": None, "status": "unassigned",
                            "steps": _steps(accepted=False), "reason": r["reason"]}
            for r in outcome.get("unassigned", [])]
        body["page_states"].sort(key=lambda p: (p["file"], p["page"]))
        return body

    def recent_batches(self, account: Account, limit: int = 20) -> list[dict[str, Any]]:
        """The batches this person sent most recently, newest first, with their state."""
        out = []
        for batch in recent_batches(self.deps.store, account.name, limit):
            outcome = read_outcome(self.deps.store, batch.batch_id)
            progress = self.progress.get(batch.batch_id)
            state = ("failed" if outcome.get("error") else "done") if outcome else (
                progress.state if progress else "pending")
            out.append({"batch_id": batch.batch_id, "name": batch.name,
                        "received_at": batch.received_at.isoformat(), "into": batch.dossier,
                        "state": state})
        return out

    def _dossier_outcome(self, batch_id: str, d: dict[str, Any]) -> dict[str, Any]:
        return {
            "receipt_code": d["receipt_code"], "code_source": d["code_source"],
            "procedure": d.get("procedure"), "error": d.get("error"),
            "warnings": d.get("warnings", []),
            "documents": [{"document_id": doc["document_id"], "label": doc["label"],
                           "doc_type": doc["doc_type"],
                           "pages": [_page_ref(p) for p in doc["pages"]],
                           "indexed": doc.get("indexed", True),
                           "needs_review": doc.get("needs_review", False)}
                          for doc in d.get("documents", [])],
            "rejected": [self._rejected(batch_id, r) for r in d.get("rejected", [])],
            "skipped": [self._rejected(batch_id, r) for r in d.get("skipped", [])],
        }

    @staticmethod
    def _rejected(batch_id: str, r: dict[str, Any]) -> dict[str, Any]:
        thumb = r.get("thumbnail") or ""
        at = thumb.find(f"intake/batches/{batch_id}/rejected/")
        name = thumb[at:].rsplit("/", 1)[-1] if at >= 0 else None
        return _page_ref(r) | {"code": r["code"], "reason": r["reason"],
                               "reason_vi": REASON_LABELS.get(r["code"], "Không lưu trữ được"),
                               "thumbnail": name}

    def thumbnail(self, account: Account, batch_id: str, name: str) -> bytes:
        """The small image of a rejected page of a batch."""
        status = self.batch_status(account, batch_id)
        known = {r["thumbnail"] for d in status["dossiers"] for r in d["rejected"]}
        known |= {r["thumbnail"] for r in status["unassigned"]}
        if name not in known - {None}:
            raise NotFoundError(f"Lô {batch_id} không có ảnh {name} (no such thumbnail).")
        return self.deps.store.get(f"intake/batches/{batch_id}/rejected/{name}")

    def register_receipt(self, account: Account, receipt_code: str, procedure: str | None,
                         received_at: datetime) -> dict[str, Any]:
        """The one-stop software tells sohoa a dossier was received."""
        require(account, ("clerk", "admin"), "ghi nhận hồ sơ tiếp nhận")
        if account.scoped and agency_of(receipt_code) != account.agency:
            raise NotPermittedError(
                f"{account.name} tiếp nhận hồ sơ của đơn vị {account.agency}, không phải của "
                f"{agency_of(receipt_code)} (the receipt code belongs to another agency)")
        return register_receipt(self.deps.store, receipt_code, procedure=procedure,
                                received_at=received_at, who=account.name)

    def check_into(self, account: Account, receipt_code: str | None) -> None:
        """A rescan may go only into an archived dossier this account sees."""
        if receipt_code is not None:
            self._visible(account, receipt_code)
            if not dossier_exists(self.deps.store, receipt_code):
                raise NotFoundError(
                    f"Không có hồ sơ {receipt_code} trong kho lưu trữ để quét bổ sung; kiểm tra "
                    "mã trên phiếu tiếp nhận (no dossier with this receipt code is archived).")

    # --- records --------------------------------------------------------------------------

    def dossier(self, account: Account, receipt_code: str, origin: str) -> dict[str, Any]:
        """A dossier's documents, destroyed documents and rejected pages."""
        self._visible(account, receipt_code)
        state = dossier_state(self.deps.store, self.deps.index, receipt_code)
        if state.empty:
            raise NotFoundError(f"Không tìm thấy hồ sơ {receipt_code} (nothing is archived "
                                "under this receipt code yet).")
        docs = [_summary(m) | {"indexed": m["document_id"] in state.indexed}
                for _, m in state.documents]
        gone = [{k: t.get(k) for k in ("document_id", "doc_type", "label", "batch_id",
                                        "destroyed_at", "approved_by")}
                for t in state.destroyed]
        rejected = [self._rejected(batch_id, r) | {"batch_id": batch_id}
                    for batch_id, d in state.outcomes for r in d.get("rejected", [])]
        self._audit("viewed", f"aip/{receipt_code}/", {"documents": len(docs)}, account, origin)
        return {"receipt_code": receipt_code, "agency": agency_of(receipt_code),
                "documents": docs, "destroyed": gone, "rejected": rejected}

    def _manifest(self, account: Account, receipt_code: str, document_id: str
                  ) -> dict[str, Any]:
        self._visible(account, receipt_code, "tài liệu")
        key = f"aip/{receipt_code}/{document_id}/manifest.json"
        if not _DOC_ID.fullmatch(document_id) or not self.deps.store.exists(key):
            raise NotFoundError(f"Không tìm thấy tài liệu {receipt_code}/{document_id} "
                                "(no such document).")
        return load_manifest(self.deps.store, key)

    def record(self, account: Account, receipt_code: str, document_id: str, origin: str
               ) -> dict[str, Any]:
        """A document's metadata: classification, fields, retention, signature, files."""
        m = self._manifest(account, receipt_code, document_id)
        prefix = f"aip/{receipt_code}/{document_id}/"
        held = any(prefix.startswith(h["record"]) for h in current_holds(self.deps.store))
        self._audit("viewed", prefix, {}, account, origin)
        return _summary(m) | {
            "fields": m["classification"].get("fields", {}),
            "confidence": m["classification"].get("confidence"),
            "retention": m["retention"], "signature": m["signature"],
            "events": m.get("events", []), "files": m["files"], "legal_hold": held,
            "ocr": m.get("ocr", {}),
        }

    def document_pdf(self, account: Account, receipt_code: str, document_id: str,
                     origin: str) -> tuple[bytes, str]:
        """The signed PDF, checked against its manifest's sha256; the download is audited."""
        m = self._manifest(account, receipt_code, document_id)
        prefix = f"aip/{receipt_code}/{document_id}/"
        data = self.deps.store.get(prefix + "document.pdf")
        digest = hashlib.sha256(data).hexdigest()
        if digest != m["files"]["document.pdf"]["sha256"]:
            self._audit("download_refused", prefix, {"sha256": digest}, account, origin)
            raise RecordAlteredError(
                f"Tệp {prefix}document.pdf đã bị thay đổi so với lúc lưu trữ (its sha256 "
                "differs from the manifest); báo cho cán bộ lưu trữ và chạy `sohoa fixity`.")
        self._audit("downloaded", prefix, {"files": {f"{prefix}document.pdf": digest}},
                    account, origin)
        return data, digest

    def page_png(self, account: Account, receipt_code: str, document_id: str, page: int
                 ) -> bytes:
        """Page ``page`` (1-based) of the signed PDF as a PNG preview."""
        import pypdfium2

        self._manifest(account, receipt_code, document_id)
        data = self.deps.store.get(f"aip/{receipt_code}/{document_id}/document.pdf")
        pdf = pypdfium2.PdfDocument(data)
        try:
            if not 1 <= page <= len(pdf):
                raise NotFoundError(f"Tài liệu có {len(pdf)} trang; không có trang {page}.")
            image = pdf[page - 1].render(scale=1.2).to_pil()
        finally:
            pdf.close()
        out = io.BytesIO()
        image.convert("L").save(out, "PNG", optimize=True)
        return out.getvalue()

    def search(self, account: Account, query: SearchQuery, origin: str) -> SearchResults:
        """Search within what the account may see; the search is audited."""
        require(account, ANYONE_WITH_RECORDS, "tra cứu hồ sơ")
        if account.scoped:
            wanted = set(query.agencies) or {account.agency}
            allowed = tuple(sorted(a for a in wanted if a == account.agency))
            if not allowed:
                return SearchResults([], 0, {})
            query = SearchQuery(**{**_fields(query), "agencies": allowed})
        results = self.deps.index.find(query)
        self._audit("searched", "", {"query": query.text, "type": query.doc_type or "",
                                     "results": [h.document_id for h in results.hits]},
                    account, origin)
        return results

    # --- verification (anyone) ------------------------------------------------------------

    def verify(self, data: bytes, filename: str, account: Account | None, origin: str
               ) -> dict[str, Any]:
        """Verify the signatures of an uploaded PDF against this installation's CA."""
        pki = self.deps.pki
        report = verify_pdf(data, trust_roots=[pki.ca_cert_path], crls=[current_crl(pki)])
        digest = hashlib.sha256(data).hexdigest()
        self._audit("verified", filename, {"sha256": digest, "valid": report.valid},
                    account, origin)
        return {
            "file": filename, "sha256": digest, "valid": report.valid,
            "bottom_line": report.bottom_line, "bottom_line_vi": report.bottom_line_vi,
            "signed": report.signed,
            "intact": report.intact, "trusted": report.trusted,
            "covers_whole_file": report.covers_whole_file, "signer": report.signer,
            "signing_time": report.signing_time, "problems": list(report.problems),
            "signatures": [asdict(s) if hasattr(s, "__dataclass_fields__") else
                           {k: getattr(s, k) for k in s.__slots__} for s in report.signatures],
        }

    # --- retention, holds, disposal -------------------------------------------------------

    def holds(self, account: Account) -> list[dict[str, Any]]:
        """Records under legal hold."""
        require(account, RECORDS_STAFF, "xem danh sách phong tỏa")
        return current_holds(self.deps.store)

    def set_hold(self, account: Account, record: str, hold: bool, reason: str, origin: str
                 ) -> dict[str, Any]:
        """Set or release a legal hold on a dossier or document."""
        require(account, RECORDS_STAFF, "phong tỏa hoặc gỡ phong tỏa hồ sơ")
        prefix = record_prefix(record)
        count = set_hold(self.deps.store, self.deps.audit, record, hold, reason=reason,
                         who=account.name)
        return {"record": prefix, "hold": hold, "objects": count, "from": origin}

    def due(self, account: Account, before: date) -> list[dict[str, Any]]:
        """Documents whose retention ends before ``before``."""
        require(account, RECORDS_STAFF, "xem hồ sơ hết hạn lưu trữ")
        items = list(retention_due(self.deps.store, before))
        self.deps.audit.append("retention_listed", "", {"before": before.isoformat(),
                                                        "due": len(items)}, who=account.name)
        return [{k: getattr(i, k) for k in i.__slots__} for i in items]

    def disposals(self, account: Account) -> list[dict[str, Any]]:
        """Every disposal batch, newest first."""
        require(account, RECORDS_STAFF, "xem các đợt hủy")
        return [_batch(b) for b in sorted(list_batches(self.deps.store),
                                          key=lambda b: b.batch_id, reverse=True)]

    def disposal(self, account: Account, batch_id: str) -> dict[str, Any]:
        """One disposal batch with its items."""
        require(account, RECORDS_STAFF, "xem đợt hủy")
        return _batch(self._disposal(batch_id), items=True)

    def _disposal(self, batch_id: str) -> DisposalBatch:
        try:
            return load_batch(self.deps.store, batch_id)
        except SohoaError as exc:
            raise NotFoundError(f"Không có đợt hủy {batch_id} (no such disposal batch).") from exc

    def propose(self, account: Account, reason: str, records: list[str], before: date | None
                ) -> dict[str, Any]:
        """Propose a disposal batch."""
        if not records and before is None:
            raise UsageError("Nêu các hồ sơ cần hủy, hoặc ngày 'before' (give records or "
                             "before).")
        batch, refused = propose(self.deps.store, self.deps.audit, self.people,
                                 who=account.name, reason=reason, records=records,
                                 before=before)
        return _batch(batch, items=True) | {"refused": [asdict(r) for r in refused]}

    def decide(self, account: Account, batch_id: str, approve: bool, note: str
               ) -> dict[str, Any]:
        """Approve or reject a proposed batch."""
        self._disposal(batch_id)
        return _batch(decide(self.deps.store, self.deps.audit, self.people, batch_id,
                             who=account.name, approve=approve, note=note))

    def execute(self, account: Account, batch_id: str) -> dict[str, Any]:
        """Execute an approved batch."""
        self._disposal(batch_id)
        return _batch(execute_disposal(self.deps, batch_id, who=account.name), items=True)

    def certificate(self, account: Account, batch_id: str, origin: str) -> bytes:
        """The signed destruction certificate of an executed batch."""
        require(account, RECORDS_STAFF, "tải biên bản hủy")
        batch = self._disposal(batch_id)
        if batch.state != "executed":
            raise NotFoundError(f"Đợt hủy {batch_id} chưa thực hiện; chưa có biên bản.")
        data = self.deps.store.get(batch.certificate_key)
        self._audit("downloaded", batch.certificate_key,
                    {"sha256": hashlib.sha256(data).hexdigest()}, account, origin)
        return data

    # --- checks and reports ---------------------------------------------------------------

    def fixity(self, account: Account) -> dict[str, Any]:
        """The latest fixity run, how many runs are kept, and the run under way here."""
        require(account, RECORDS_STAFF, "xem kết quả kiểm tra toàn vẹn")
        return {"latest": latest_fixity(self.deps.store),
                "runs": len(list(self.deps.store.list(FIXITY_RUNS))),
                "running": self._fixity_run}

    def run_fixity(self, account: Account) -> dict[str, Any]:
        """Start checking every sha256 (it takes as long as reading the whole archive): on
        the workers when there is a queue, else in this process, one run at a time. Its
        report is kept like a scheduled run's, and ``fixity`` shows it when it is done."""
        require(account, ("auditor", "head"), "chạy kiểm tra toàn vẹn")
        since = now_vn().isoformat(timespec="seconds")
        if self.deps.settings.broker_url:
            from pipeline.celery_app import configure
            from pipeline.tasks import fixity

            configure(self.deps.settings)
            fixity.delay(who=account.name)
            return {"state": "queued", "by": account.name, "since": since}
        with self._fixity_lock:
            if self._fixity_run is not None:
                return {"state": "running", **self._fixity_run}
            self._fixity_run = {"by": account.name, "since": since}
        threading.Thread(target=self._fixity_in_background, args=(account.name,),
                         name="sohoa-fixity", daemon=True).start()
        return {"state": "started", "by": account.name, "since": since}

    def _fixity_in_background(self, who: str) -> None:
        try:
            fixity_now(self.deps.store, self.deps.audit, who=who)
        except Exception:  # the run's failure must not take the service down
            log.exception("the fixity run started by %s failed", who)
        finally:
            with self._fixity_lock:
                self._fixity_run = None

    def audit_status(self, account: Account) -> dict[str, Any]:
        """Whether the audit trail is whole and agrees with its seals."""
        require(account, ("auditor", "head"), "kiểm tra nhật ký")
        check = self.deps.audit.verify(self.deps.store)
        return {"ok": check.ok, "entries": check.entries, "seals": check.seals,
                "broken": asdict(check.broken) if check.broken else None}

    def digitisation(self, account: Account, date_from: date, date_to: date, hours: float,
                     agency: str | None) -> Any:
        """Dossiers received vs digitised per day and agency."""
        require(account, (*ANYONE_WITH_RECORDS, "admin"), "xem báo cáo số hóa")
        if date_to < date_from:
            raise UsageError("Ngày 'đến' trước ngày 'từ' (the period ends before it starts).")
        agencies: tuple[str, ...] = (agency,) if agency else ()
        if account.scoped:  # their own agency only; another one shows nothing
            agencies = ("",) if agency and agency != account.agency else (str(account.agency),)
        return digitisation_report(self.deps.store, date_from=date_from, date_to=date_to,
                                   within_hours=hours, agencies=agencies)

    def today(self) -> date:
        """Today in Vietnam."""
        return now_vn().date()


def _fields(query: SearchQuery) -> dict[str, Any]:
    return {k: getattr(query, k) for k in query.__dataclass_fields__}


def _summary(m: dict[str, Any]) -> dict[str, Any]:
    c = m["classification"]
    return {"receipt_code": m["receipt_code"], "document_id": m["document_id"],
            "agency": agency_of(m["receipt_code"]), "doc_type": c["doc_type"],
            "label": c["label"], "title": c.get("title") or "",
            "procedure": m.get("dossier", {}).get("procedure"),
            "received_at": m.get("dossier", {}).get("received_at"),
            "pages": len(m.get("pages", [])), "signed_at": m["signature"]["signed_at"],
            "retain_until": m["retention"]["retain_until"],
            "needs_review": c.get("needs_review", False)}


def _steps(*, accepted: bool, archived: bool = False, indexed: bool = False) -> dict[str, bool]:
    return {"accepted": accepted, "ocr": archived, "signed": archived, "archived": archived,
            "indexed": indexed}


def _page_ref(r: dict[str, Any]) -> dict[str, Any]:
    """A page as the clerk knows it: the file name they sent (not where the server kept it)
    and the page number in it."""
    return {"file": PurePath(str(r["file"])).name, "page": r["page"]}


def _page_states(d: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for doc in d.get("documents", []):
        indexed = doc.get("indexed", True)
        for p in doc["pages"]:
            out.append(_page_ref(p) | {
                "dossier": d["receipt_code"], "document_id": doc["document_id"],
                "status": "indexed" if indexed else "archived",
                "steps": _steps(accepted=True, archived=True, indexed=indexed), "reason": None})
    for status, pages in (("rejected", d.get("rejected", [])), ("skipped", d.get("skipped", []))):
        for r in pages:
            out.append(_page_ref(r) | {
                "dossier": d["receipt_code"], "document_id": None, "status": status,
                "steps": _steps(accepted=False),
                "reason": f"{REASON_LABELS.get(r['code'], 'Không lưu trữ được')}: {r['reason']}"})
    return out


def _batch(b: DisposalBatch, items: bool = False) -> dict[str, Any]:
    p = b.proposal
    body = {"batch_id": b.batch_id, "state": b.state, "proposed_by": p.get("proposed_by"),
            "proposed_at": p.get("proposed_at"), "reason": p.get("reason"),
            "documents": len(b.items), "approval": b.approval,
            "execution": {k: v for k, v in (b.execution or {}).items() if k != "items"}
            if b.execution else None}
    if items:
        body["items"] = b.items
    return body
