"""Receiving paper: scans from the command line, a hot folder or an upload, batch status,
receipts from the one-stop software, rescans into a dossier.

Uploaded files are checked before anything is kept (type from the first bytes, size, page
count), so a wrong file is refused at once with its name and reason. Files that pass are kept
in the intake first (nothing is lost) and processed off the caller's thread (``dispatch``).
"""

from __future__ import annotations

import errno
import logging
import re
import shutil
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from archive import ArchiveError, keys
from ingest import expand_inputs, open_source
from ingest.load import sniff
from pipeline.indexing import index_dossier
from pipeline.intake import (
    Batch,
    batch_done,
    dossier_exists,
    load_batch,
    read_outcome,
    recent_batches,
    record_batch,
)
from pipeline.receipts import register_receipt
from pipeline.reports import MISSING_WARNING, InputReport, RunReport
from pipeline.runner import process_paths
from pipeline.watch import HotFolder
from search_api import SearchUnavailableError
from service.access import Actor, sees_every_batch
from service.context import Context
from service.dispatch import Dispatcher
from service.errors import NotFoundError
from service.records import REASON_LABELS, page_ref, rejected_page
from sohoa.clock import now_vn
from sohoa.codes import RECEIPT_CODE, agency_of
from sohoa.errors import SohoaError, StorageFullError, TransientServiceError, UsageError
from sohoa.people import NotPermittedError, same_person
from sohoa.text import nfc

log = logging.getLogger(__name__)

__all__ = ["Intake", "RefusedFile", "UploadTooLargeError", "safe_filename"]

_UNSAFE = re.compile(r"[^\w.\-]+")
_KINDS = {"pdf": ".pdf", "tiff": ".tif", "jpeg": ".jpg", "png": ".png"}


class UploadTooLargeError(SohoaError):
    """An upload is bigger, or has more files, than the service accepts."""

    code = "upload_too_large"
    http_status = 413


def safe_filename(name: str | None) -> str:
    """A file name with no folder part and only safe characters."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).lstrip(".")
    return base[:120] or "tep-tai-len"


@dataclass(frozen=True, slots=True)
class RefusedFile:
    """A file of an upload that was not accepted, and why."""

    file: str
    code: str
    reason: str


class Intake:
    """What the counter does."""

    def __init__(self, ctx: Context, dispatch: Dispatcher, work_dir: Path, *,
                 max_bytes: int, max_files: int) -> None:
        self.ctx = ctx
        self.dispatch = dispatch
        self.work_dir = work_dir
        self.max_bytes = max_bytes
        self.max_files = max_files

    # --- from the command line and hot folders ----------------------------------------------

    def process(self, actor: Actor, paths: list[Path], *, clerk: str | None = None,
                into: str | None = None, closed: date | None = None,
                reason: str | None = None,
                progress: Callable[[str], None] = lambda _m: None) -> RunReport:
        """Process scans (files or folders) end to end here and now; ``clerk`` signs.
        ``closed`` (the paper backlog) needs the archivist role and a ``reason``."""
        self.ctx.authorize(actor, "intake.upload")
        self.check_into(actor, into)
        self._backlog(actor, closed, reason)
        self.check_keys(clerk)
        run = process_paths(paths, self.ctx.deps, clerk=clerk, progress=progress, into=into,
                            closed=closed, agency=self._agency(actor, clerk))
        self._processed(actor, run, clerk, into, closed)
        return run

    def check_keys(self, clerk: str | None = None) -> None:
        """Open the configured signing keys (and the file or token key of ``clerk``, default
        the one of the settings) before any scan is read: a key that cannot be used stops the
        run at once with the setting and the reason (``SigningKeyError``)."""
        self.ctx.deps.keys.check([nfc(clerk or self.ctx.settings.signing.clerk)])

    def _agency(self, actor: Actor, clerk: str | None = None) -> str | None:
        """The agency whose dossiers the scans may go into: the actor's when they work for
        one, else that of the clerk who signs, when the registry says they work for one."""
        if actor.scoped:
            return actor.agency
        if clerk:
            return next((a.agency for a in self.ctx.people.accounts()
                         if same_person(a.name, clerk) and a.scoped), None)
        return None

    def _backlog(self, actor: Actor, closed: date | None, reason: str | None) -> None:
        """A closing date (the paper backlog) needs the archivist's role and a reason, both in
        the audit trail."""
        if closed is None:
            return
        self.ctx.authorize(actor, "intake.backlog")
        if not (reason or "").strip():
            raise UsageError("Số hóa hồ sơ tồn đọng với ngày kết thúc cần ghi lý do (--reason) "
                             "(give the reason for a closing date: it is in the audit trail).")
        self.ctx.audit(actor, "backlog_dated", "", {"closed": closed.isoformat(),
                                                    "reason": (reason or "").strip()[:1000]})

    def _processed(self, actor: Actor, run: RunReport, clerk: str | None, into: str | None,
                   closed: date | None) -> None:
        self.ctx.audit(actor, "processed", keys.aip(into) if into else "", {
            "inputs": [i.path for i in run.inputs], "ok": run.ok,
            "clerk": clerk or self.ctx.settings.signing.clerk,
            "closed": closed.isoformat() if closed else ""})

    def queue(self, actor: Actor, paths: list[Path], *, clerk: str | None = None,
              into: str | None = None, closed: date | None = None,
              reason: str | None = None) -> list[tuple[Path, str, str]]:
        """Keep each input in the intake and queue it for the workers; return (input, batch
        id, task id) for each."""
        self.ctx.authorize(actor, "intake.upload")
        self.check_into(actor, into)
        self._backlog(actor, closed, reason)
        who = nfc(clerk or self.ctx.settings.signing.clerk)
        agency = self._agency(actor, clerk)
        queued = []
        for path in expand_inputs(paths):
            batch = record_batch(self.ctx.deps.store, path, now_vn(), who, into, closed,
                                 agency)
            queued.append((path, batch.batch_id, self.dispatch.submit_batch(batch)))
        self.ctx.audit(actor, "queued", "", {"batches": [b for _, b, _ in queued],
                                             "clerk": who})
        return queued

    def wait(self, batch_ids: list[str], timeout_s: float) -> list[dict[str, Any]]:
        """The outcome of each batch once they are all finished, or when ``timeout_s`` has
        passed (those not finished then say so)."""
        deadline = time.monotonic() + timeout_s
        store = self.ctx.deps.store
        while time.monotonic() < deadline and not all(batch_done(store, b) for b in batch_ids):
            time.sleep(1)
        out = []
        for b in batch_ids:
            found = read_outcome(store, b)
            out.append(asdict(found) | {"ok": found.ok} if found else
                       {"sha256": b, "error": "not finished yet", "error_code": "pending",
                        "ok": False})
        return out

    def watch(self, actor: Actor, folder: Path, *, clerk: str | None, settle_s: float,
              interval_s: float, cycles: int | None,
              on_report: Callable[[Path, InputReport], None]) -> int:
        """Process every scan dropped into ``folder`` once (done/ and failed/ beside it);
        return how many were handled."""
        self.ctx.authorize(actor, "intake.upload")
        self.check_keys(clerk)
        self.ctx.audit(actor, "watching", str(folder), {"clerk": clerk or ""})
        hot = HotFolder(self.ctx.deps, folder, clerk=clerk, settle_s=settle_s,
                        agency=self._agency(actor, clerk))
        return hot.run(interval_s=interval_s, max_cycles=cycles, on_report=on_report)

    # --- uploads ----------------------------------------------------------------------------

    def upload(self, actor: Actor, files: Sequence[tuple[str | None, bytes]], *,
               into: str | None = None, closed: date | None = None,
               reason: str | None = None) -> tuple[list[Batch], list[RefusedFile]]:
        """Check, keep and queue the files of one upload, signed by ``actor``.

        Each PDF or TIFF file is a batch; the JPEG and PNG files of an upload are together one
        batch (the pages of one dossier, in file-name order). Return the batches queued and
        the files refused with their reasons.
        """
        self.ctx.authorize(actor, "intake.upload")
        self.check_into(actor, into)
        self._backlog(actor, closed, reason)
        if not files:
            raise UploadTooLargeError("Chưa chọn tệp nào (no file was sent).")
        if len(files) > self.max_files:
            raise UploadTooLargeError(
                f"Một lần tải lên tối đa {self.max_files} tệp; đã gửi {len(files)} (send at most "
                f"{self.max_files} files at once).")
        upload = self.work_dir / uuid.uuid4().hex
        try:
            inputs, refused = self._check(files, upload)
        except OSError as exc:
            shutil.rmtree(upload, ignore_errors=True)
            if exc.errno == errno.ENOSPC:
                raise StorageFullError.at(self.work_dir) from exc
            raise
        batches = []
        for path in inputs:
            batch = record_batch(self.ctx.deps.store, path, now_vn(), actor.name, into, closed,
                                 self._agency(actor))
            batches.append(batch)
            self.dispatch.submit_batch(batch, path)
        if not batches:
            shutil.rmtree(upload, ignore_errors=True)
        self.ctx.audit(actor, "uploaded", keys.aip(into) if into else "", {
            "batches": [b.batch_id for b in batches],
            "refused": [f"{r.file}: {r.code}" for r in refused]})
        return batches, refused

    def _check(self, files: Sequence[tuple[str | None, bytes]], upload: Path
               ) -> tuple[list[Path], list[RefusedFile]]:
        pages = upload / "trang"
        inputs: list[Path] = []
        refused: list[RefusedFile] = []
        settings = self.ctx.settings.ingest
        for n, (name, data) in enumerate(files, start=1):
            filename = safe_filename(name)
            if len(data) > self.max_bytes:
                refused.append(RefusedFile(filename, UploadTooLargeError.code,
                                           f"{filename}: {len(data) / 2**20:.1f} MB, quá giới hạn "
                                           f"{self.max_bytes / 2**20:.0f} MB một tệp"))
                continue
            target = upload / f"{n:03d}" / filename
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            placed = target
            try:
                kind = sniff(target)
                if kind in ("jpeg", "png"):
                    placed = pages / f"{n:03d}-{Path(filename).stem}{_KINDS[kind]}"
                    placed.parent.mkdir(parents=True, exist_ok=True)
                    target.replace(placed)
                    open_source(placed, settings)
                    continue
                if target.suffix.lower() not in (_KINDS[kind], ".tiff" if kind == "tiff" else ""):
                    placed = target.rename(target.with_name(f"{target.stem}{_KINDS[kind]}"))
                open_source(placed, settings)
                inputs.append(placed)
            except SohoaError as exc:
                refused.append(RefusedFile(filename, exc.code, exc.message))
                placed.unlink(missing_ok=True)
        images = sorted(pages.iterdir()) if pages.is_dir() else []
        if images:
            pages_dir = upload / (Path(safe_filename(files[0][0])).stem + "-trang")
            pages.rename(pages_dir)
            inputs.insert(0, pages_dir)
        return inputs, refused

    def check_into(self, actor: Actor, receipt_code: str | None) -> None:
        """A rescan may go only into an archived dossier ``actor`` sees."""
        if receipt_code is None:
            return
        self.ctx.authorize_record(actor, "intake.upload", receipt_code)
        if not dossier_exists(self.ctx.deps.store, receipt_code):
            raise NotFoundError(
                f"Không có hồ sơ {receipt_code} trong kho lưu trữ để quét bổ sung; kiểm tra "
                "mã trên phiếu tiếp nhận (no dossier with this receipt code is archived).")

    def register_receipt(self, actor: Actor, receipt_code: str, procedure: str | None,
                         received_at: datetime, citizen_id: str | None = None
                         ) -> dict[str, Any]:
        """The one-stop software tells sohoa a dossier was received (and, with
        ``citizen_id``, whose it is: its documents already archived are indexed again as
        theirs)."""
        self.ctx.authorize(actor, "intake.receipt", keys.receipt(receipt_code))
        if actor.scoped and agency_of(receipt_code) != actor.agency:
            self.ctx.audit(actor, "denied", keys.receipt(receipt_code),
                           {"action": "intake.receipt", "reason": "another agency's code"})
            raise NotPermittedError(
                f"{actor.name} tiếp nhận hồ sơ của đơn vị {actor.agency}, không phải của "
                f"{agency_of(receipt_code)} (the receipt code belongs to another agency)")
        registered = register_receipt(self.ctx.deps.store, receipt_code, procedure=procedure,
                                      received_at=received_at, who=actor.name,
                                      citizen_id=citizen_id)
        if registered.get("citizen_id") and dossier_exists(self.ctx.deps.store, receipt_code):
            try:
                index_dossier(self.ctx.deps, receipt_code)
            except (TransientServiceError, SearchUnavailableError) as exc:  # reconcile redoes
                log.warning("receipt %s registered, its dossier not indexed again yet: %s",
                            receipt_code, exc)
        return registered

    # --- batch status -------------------------------------------------------------------------

    def _batch(self, actor: Actor, batch_id: str) -> Batch:
        self.ctx.authorize(actor, "intake.batch", keys.batch(batch_id))
        try:
            if not RECEIPT_CODE.fullmatch(batch_id):
                raise ArchiveError(batch_id)
            batch = load_batch(self.ctx.deps.store, batch_id)
        except (ArchiveError, KeyError, ValueError) as exc:
            raise NotFoundError(f"Không tìm thấy lô tải lên {batch_id} (no such batch).") from exc
        if not _sees(actor, batch):
            self.ctx.audit(actor, "denied", keys.batch(batch_id),
                           {"action": "intake.batch", "reason": "another agency's batch"})
            raise NotFoundError(f"Không tìm thấy lô tải lên {batch_id} (no such batch).")
        return batch

    def batch_status(self, actor: Actor, batch_id: str) -> dict[str, Any]:
        """Where a batch is: overall state, and each page's state and reason."""
        batch = self._batch(actor, batch_id)
        self.ctx.audit_seldom(actor, "viewed", keys.batch(batch_id))
        found = read_outcome(self.ctx.deps.store, batch_id)
        outcome = asdict(found) if found else None
        progress = self.dispatch.progress.get(batch_id)
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
            body["dossiers"].append(_dossier_outcome(batch_id, d))
            body["page_states"] += _page_states(d)
        body["unassigned"] = [rejected_page(batch_id, r) for r in outcome.get("unassigned", [])]
        body["page_states"] += [
            page_ref(r) | {"dossier": None, "document_id": None, "status": "unassigned",
                           "steps": _steps(accepted=False), "reason": r["reason"]}
            for r in outcome.get("unassigned", [])]
        body["page_states"].sort(key=lambda p: (p["file"], p["page"]))
        return body

    def recent_batches(self, actor: Actor, limit: int = 20) -> list[dict[str, Any]]:
        """The batches ``actor`` sent most recently, newest first, with their state."""
        self.ctx.authorize(actor, "intake.upload")
        out = []
        for batch in recent_batches(self.ctx.deps.store, actor.name, limit):
            if not _sees(actor, batch):
                continue
            outcome = read_outcome(self.ctx.deps.store, batch.batch_id)
            progress = self.dispatch.progress.get(batch.batch_id)
            state = ("failed" if outcome.error else "done") if outcome else (
                progress.state if progress else "pending")
            out.append({"batch_id": batch.batch_id, "name": batch.name,
                        "received_at": batch.received_at.isoformat(), "into": batch.dossier,
                        "state": state})
        return out

    def thumbnail(self, actor: Actor, batch_id: str, name: str) -> bytes:
        """The small image of a rejected page of a batch."""
        status = self.batch_status(actor, batch_id)
        known = {r["thumbnail"] for d in status["dossiers"] for r in d["rejected"]}
        known |= {r["thumbnail"] for r in status["unassigned"]}
        if name not in known - {None}:
            raise NotFoundError(f"Lô {batch_id} không có ảnh {name} (no such thumbnail).")
        key = keys.batch(batch_id, f"rejected/{name}")
        self.ctx.audit_seldom(actor, "viewed", key)
        return self.ctx.deps.store.get(key)


def _sees(actor: Actor, batch: Batch) -> bool:
    """Whether ``actor`` may see an upload batch: staff see every batch; a clerk or officer
    those of their agency (batches from before agencies were kept: their own)."""
    if sees_every_batch(actor):
        return True
    if actor.scoped and batch.agency is not None:
        return batch.agency == actor.agency
    return batch.clerk == actor.name


def _dossier_outcome(batch_id: str, d: dict[str, Any]) -> dict[str, Any]:
    return {
        "receipt_code": d["receipt_code"], "code_source": d["code_source"],
        "procedure": d.get("procedure"), "error": d.get("error"),
        "warnings": [w for w in d.get("warnings", []) if not w.startswith(MISSING_WARNING)],
        "missing": d.get("missing", []),
        "documents": [{"document_id": doc["document_id"], "label": doc["label"],
                       "doc_type": doc["doc_type"],
                       "pages": [page_ref(p) for p in doc["pages"]],
                       "indexed": doc.get("indexed", True),
                       "needs_review": doc.get("needs_review", False),
                       "review": [page_ref(n) | {"code": n["code"], "reason": n["reason"]}
                                  for n in doc.get("review_notes", [])]}
                      for doc in d.get("documents", [])],
        "rejected": [rejected_page(batch_id, r) for r in d.get("rejected", [])],
        "skipped": [rejected_page(batch_id, r) for r in d.get("skipped", [])],
    }


def _steps(*, accepted: bool, archived: bool = False, indexed: bool = False) -> dict[str, bool]:
    return {"accepted": accepted, "ocr": archived, "signed": archived, "archived": archived,
            "indexed": indexed}


def _page_states(d: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for doc in d.get("documents", []):
        indexed = doc.get("indexed", True)
        notes: dict[tuple[str, int], list[str]] = {}
        for n in doc.get("review_notes", []):
            notes.setdefault((n["file"], n["page"]), []).append(n["reason"])
        for p in doc["pages"]:
            why = notes.get((p["file"], p["page"]))
            out.append(page_ref(p) | {
                "dossier": d["receipt_code"], "document_id": doc["document_id"],
                "status": "indexed" if indexed else "archived",
                "steps": _steps(accepted=True, archived=True, indexed=indexed),
                "reason": f"Cần soát xét: {'; '.join(why)}" if why else None})
    for status, pages in (("rejected", d.get("rejected", [])), ("skipped", d.get("skipped", []))):
        for r in pages:
            out.append(page_ref(r) | {
                "dossier": d["receipt_code"], "document_id": None, "status": status,
                "steps": _steps(accepted=False),
                "reason": f"{REASON_LABELS.get(r['code'], 'Không lưu trữ được')}: {r['reason']}"})
    return out
