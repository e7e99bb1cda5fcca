"""Reuse of digitised papers (Decree 45/2020, Circular 01/2023): the one-stop software asks,
for a citizen's personal identification number, which archived papers and results it may
reuse instead of asking the citizen for them again.

Which documents belong to a citizen: every document (paper received or result) of a dossier
whose receipt names them (``citizen_id`` of ``POST /api/receipts``), and every document that
carries their number as its ``so_cccd`` field (as read, or as a person corrected it). Both are
the search index's ``citizen_ids``, looked up whole, never by prefix.

Who: an account with the role ``reuse`` (the one-stop software's API key), scoped to one agency
as a clerk is; a key of another agency finds nothing (an empty answer, not a refusal).

Every lookup and every download names its purpose (the code of the procedure or of the dossier
the paper is wanted for) and is in the audit trail with it (Decree 13/2023, personal data).
The number is kept in the trail as its last four digits and an HMAC under the audit key (so
an auditor holding the key can find every lookup of one citizen, and a reader of the trail
without it cannot recover the number); the access log of ``sohoa serve`` shows it masked.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

from archive import keys, load_manifest
from archive.reuse import record_reuse
from archive.revisions import DocumentView, find_view
from archive.versions import newest_file
from search_api import SearchQuery
from service.access import Actor
from service.context import Context
from service.errors import NotFoundError
from sohoa.clock import now_vn
from sohoa.codes import RECEIPT_CODE, agency_of, citizen_id, masked_citizen_id
from sohoa.errors import UsageError

__all__ = ["MAX_DOCUMENTS", "Reuse", "validity"]

MAX_DOCUMENTS = 500
"""At most this many documents are listed for one citizen."""


def validity(view: DocumentView) -> dict[str, Any]:
    """What the archive can say of a document's validity for reuse.

    A result (``kind`` result) is in force while it is archived as its dossier's result and no
    later result of the same type was archived into the same dossier; a certified copy names
    its source (the file it was made from, by sha256); a paper received is a digitised copy of
    what the citizen brought, and whether that paper is still in force the archive cannot
    know (``in_force`` None)."""
    m = view.manifest
    if m.kind != "result" or m.result is None:
        return {"kind": "received", "form": "digitised_paper", "in_force": None,
                "label": "Bản sao số hóa giấy tờ công dân nộp (a digitised copy of a paper "
                         "brought in); hiệu lực của bản gốc do cơ quan dùng lại xem xét"}
    out: dict[str, Any] = {"kind": "result", "form": m.result.form, "label": m.result.label,
                           "in_force": True}
    if m.result.form == "certified_copy" and "source.pdf" in m.files:
        out["copy_of"] = {"file": "source.pdf", "sha256": m.files["source.pdf"].sha256,
                          "copy_form": m.result.copy_form}
    return out


class Reuse:
    """The one-stop software's lookups of a citizen's papers, and their downloads."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def _checked_args(self, number: str, purpose: str) -> str:
        found = citizen_id(number)
        if found is None:
            raise UsageError("Số định danh cá nhân phải gồm đúng 12 chữ số (a personal "
                             "identification number is exactly 12 digits)")
        if not purpose or not RECEIPT_CODE.fullmatch(purpose.strip()):
            raise UsageError("Cần nêu mục đích tra cứu: mã thủ tục hoặc mã hồ sơ đang giải "
                             "quyết, ví dụ purpose=1.001193 hoặc purpose=000.00.12.H19-261206-"
                             "0001 (give the purpose: the procedure or dossier code)")
        return found

    def _subject(self, number: str) -> dict[str, str]:
        """How the audit trail names the citizen: masked, and an HMAC under the audit key."""
        key = self.ctx.deps.audit.key
        out = {"citizen": masked_citizen_id(number)}
        if key is not None:
            out["citizen_ref"] = hmac.new(key, b"citizen:" + number.encode(),
                                          hashlib.sha256).hexdigest()[:32]
        return out

    def _views(self, actor: Actor, number: str) -> list[DocumentView]:
        if not actor.agency:
            return []
        found = self.ctx.deps.index.find(SearchQuery(
            "", citizen_id=number, agencies=(actor.agency,), limit=MAX_DOCUMENTS))
        views = []
        for hit in found.hits:
            view = find_view(self.ctx.deps.store, hit.receipt_code, hit.document_id)
            if view is not None and view.merged_into is None:
                views.append(view)
        return views

    def documents(self, actor: Actor, number: str, purpose: str) -> dict[str, Any]:
        """The citizen's archived papers and results the actor's agency holds: type, number,
        issue date, validity, sha256 of the signed PDF and a download link (itself audited)."""
        self.ctx.authorize(actor, "reuse.lookup")
        number = self._checked_args(number, purpose)
        purpose = purpose.strip()
        docs = []
        for view in self._views(actor, number):
            m = view.manifest
            package = load_manifest(self.ctx.deps.store,
                                    keys.manifest(view.receipt_code, view.package))
            _key, sha256, version = newest_file(self.ctx.deps.store, package)
            fields = m.classification.fields
            docs.append({
                "receipt_code": view.receipt_code, "document_id": view.document_id,
                "doc_type": m.classification.doc_type, "label": m.classification.label,
                "number": fields.get("so_ky_hieu"), "issued": fields.get("ngay_ban_hanh"),
                "issuer": fields.get("co_quan_ban_hanh"), "name": fields.get("ho_ten"),
                "validity": validity(view), "reviewed": view.reviewed,
                "needs_review": view.needs_review, "sha256": sha256, "version": version,
                "pages_note": "" if view.whole_package else f"một phần của tài liệu "
                                                            f"{view.package}",
                "download": f"/api/citizens/{number}/documents/{view.receipt_code}/"
                            f"{view.package}?purpose={purpose}",
            })
        self.ctx.audit(actor, "reuse_lookup", "", {
            **self._subject(number), "purpose": purpose,
            "documents": [keys.aip(d["receipt_code"], d["document_id"]) for d in docs]})
        return {"purpose": purpose, "documents": docs}

    def _require_theirs(self, actor: Actor, number: str, receipt_code: str, document_id: str,
                        purpose: str, action: str, *, signed_pdf: bool = False) -> None:
        """Refuse (audited, as not found) a document that is not the citizen's within the
        key's agency; ``signed_pdf``: ``document_id`` names a package, whose signed PDF it is."""
        mine = {(v.receipt_code, v.package if signed_pdf else v.document_id)
                for v in self._views(actor, number)}
        if (receipt_code, document_id) in mine:
            return
        self.ctx.audit(actor, "denied", keys.aip(receipt_code, document_id), {
            "action": action, "reason": "not this citizen's, or another agency's",
            **self._subject(number), "purpose": purpose.strip()})
        raise NotFoundError(f"Không tìm thấy tài liệu {receipt_code}/{document_id} của "
                            "công dân này (no such document of this citizen).")

    def record(self, actor: Actor, number: str, receipt_code: str, document_id: str,
               dossier: str, purpose: str) -> dict[str, Any]:
        """Record that one of the citizen's documents was reused in ``dossier`` (a dossier of
        the key's agency), write-once; the record page shows it."""
        self.ctx.authorize(actor, "reuse.record")
        number = self._checked_args(number, purpose)
        self._require_theirs(actor, number, receipt_code, document_id, purpose, "reuse.record")
        prefix = keys.aip(receipt_code, document_id)
        if not RECEIPT_CODE.fullmatch(dossier) or agency_of(dossier) != actor.agency:
            raise UsageError(f"{dossier[:70]!r}: cần mã hồ sơ của đơn vị {actor.agency} nơi "
                             "giấy tờ được dùng lại (give the receipt code of the dossier of "
                             "your agency it was reused in)")
        kept = record_reuse(self.ctx.deps.store, receipt_code, document_id, dossier=dossier,
                            at=now_vn(), who=actor.name, purpose=purpose.strip())
        self.ctx.audit(actor, "reused", prefix, {
            **self._subject(number), "purpose": purpose.strip(), "dossier": dossier})
        return {"receipt_code": receipt_code, "document_id": document_id,
                "dossier": kept.dossier, "at": kept.at, "who": kept.who,
                "purpose": kept.purpose}

    def download(self, actor: Actor, number: str, receipt_code: str, document_id: str,
                 purpose: str) -> bytes:
        """The signed PDF (its newest version) of one of the citizen's documents, checked
        against the sha256 its manifest recorded, as every download is."""
        self.ctx.authorize(actor, "reuse.download")
        number = self._checked_args(number, purpose)
        self._require_theirs(actor, number, receipt_code, document_id, purpose,
                             "reuse.download", signed_pdf=True)
        prefix = keys.aip(receipt_code, document_id)
        store = self.ctx.deps.store
        key, sha256, _version = newest_file(
            store, load_manifest(store, keys.manifest(receipt_code, document_id)))
        data = self.ctx.read_checked(actor, key, sha256)
        self.ctx.audit(actor, "reuse_download", prefix, {
            **self._subject(number), "purpose": purpose.strip(),
            "sha256": sha256 or hashlib.sha256(data).hexdigest()})  # checked equal
        return data
