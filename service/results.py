"""Results of procedures: a department issues the result of a dossier into the archive, and
departments and the one-stop software list and fetch them.

Who: an officer of the dossier's agency issues an electronic result (signed here by them and
sealed by the organisation, or already signed on their own token); a clerk or an officer
scans a paper result at the counter, or certifies an electronic copy (SAO Y, SAO LỤC, TRÍCH
SAO) for the dossier, signed by the organisation as ``sohoa sign copy`` signs it. Anyone who
may see the dossier lists and fetches its results; another agency's dossier is answered as one
that does not exist.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from archive import ArchivedDocument, ObjectStore, find_archived, keys
from archive.versions import newest_file
from pipeline.archiving import archive_group, index_now
from pipeline.deps import Deps, profile_of
from pipeline.pages import read_page
from pipeline.results import (
    ResultFields,
    ResultRefusedError,
    archive_result,
    copy_form_of,
    dossier_facts,
    electronic_pdfa,
    note_result_issued,
    result_id,
    results_of,
)
from service.access import Actor
from service.context import Context
from service.errors import NotFoundError
from service.records import Records
from service.signatures import Signatures
from service.verification import Verification
from signing.dev_images import organisation_seal, person_signature
from signing.results import certify_copy, sign_result
from sohoa.clock import now_vn
from sohoa.errors import UsageError
from sohoa.text import nfc

__all__ = ["ResultArchived", "Results"]

ResultArchived = Callable[[dict[str, Any]], object]
"""Told of every result archived or sent again, with its summary (as ``Results.list`` gives)."""


def result_fields(doc_type: str | None = None, so_ky_hieu: str | None = None,
                  ngay_ban_hanh: date | None = None, co_quan_ban_hanh: str | None = None
                  ) -> ResultFields:
    """The key fields a person gives with a result (each wins over what is read)."""
    return ResultFields(so_ky_hieu=so_ky_hieu or None,
                        ngay_ban_hanh=ngay_ban_hanh.isoformat() if ngay_ban_hanh else None,
                        co_quan_ban_hanh=co_quan_ban_hanh or None, doc_type=doc_type or None)


def _summary(a: ArchivedDocument, store: ObjectStore) -> dict[str, Any]:
    m = a.manifest
    result = m.result
    _key, sha256, version = newest_file(store, m)  # what a download gives: a renewal's bytes
    return {
        "receipt_code": a.receipt_code, "document_id": a.document_id,
        "doc_type": m.classification.doc_type, "label": m.classification.label,
        "title": m.classification.title, "fields": m.classification.fields,
        "form": result.form if result else "", "form_label": result.label if result else "",
        "signers": list(result.signers) if result else [],
        "copy_form": result.copy_form if result else "",
        "issued_by": result.issued_by if result else "",
        "sha256": sha256 or "", "version": version,
        "archived_at": m.events[-1]["at"] if m.events else "",
        "retention": m.retention.label, "retain_until": m.retention.retain_until,
        "permanent": m.retention.permanent, "already_archived": a.already_archived,
        "url": f"/api/dossiers/{a.receipt_code}/results/{a.document_id}",
    }


class Results:
    """Issue a dossier's result into the archive; list and fetch results."""

    def __init__(self, ctx: Context, signatures: Signatures, verification: Verification,
                 records: Records) -> None:
        self.ctx = ctx
        self.signatures = signatures
        self.verification = verification
        self.records = records
        self.listeners: list[ResultArchived] = []

    @property
    def deps(self) -> Deps:
        """The adapters."""
        return self.ctx.deps

    def add(self, actor: Actor, receipt_code: str, data: bytes, name: str, *,
            fields: ResultFields | None = None, token: str | None = None,
            key_label: str | None = None, organisation_token: str | None = None
            ) -> dict[str, Any]:
        """Archive an electronic result of a dossier: signed here by ``actor`` and the
        organisation when it comes unsigned; verified and kept byte for byte when it comes
        signed. Sending the same file again returns the result archived the first time."""
        self.ctx.authorize_record(actor, "results.add", receipt_code)
        dossier_facts(self.deps, receipt_code)  # an unknown receipt code is refused first
        fields = self._checked(fields or ResultFields())
        if not data.startswith(b"%PDF-"):
            raise ResultRefusedError(f"{name}: không phải tệp PDF; kết quả điện tử là PDF (a "
                                     f"result is a PDF file)")
        level = f"PAdES-{self.ctx.settings.signing.level}"
        if b"/ByteRange" in data:
            archived = self._signed_elsewhere(actor, receipt_code, data, name, fields)
        else:
            archived = self._sign_and_archive(actor, receipt_code, data, name, fields, level,
                                              token, key_label, organisation_token)
        return self._issued(actor, archived)

    def _signed_elsewhere(self, actor: Actor, receipt_code: str, data: bytes, name: str,
                          fields: ResultFields) -> ArchivedDocument:
        trust = list(dict.fromkeys([*self.deps.keys.trust_roots(),
                                    *self.ctx.settings.signing.trust_roots]))
        report = self.verification.verify(actor, data, name, trust=trust)
        if not report["valid"]:
            self.ctx.audit(actor, "result_refused", keys.aip(receipt_code),
                           {"file": name[:200], "sha256": report["sha256"],
                            "problems": report["problems"][:10]})
            raise ResultRefusedError(
                f"{name}: chữ ký số trên kết quả không hợp lệ, không lưu trữ "
                f"({report['bottom_line_vi']}; {'; '.join(report['problems'][:3])}) (the "
                f"result's signature does not verify)")
        from ocr.digital import pdf_text  # the text of a file kept as it is

        texts = pdf_text(data, name=name)
        signers = [s["signer"] for s in report["signatures"]
                   if s.get("kind") == "signature" and s.get("signer")]
        return archive_result(
            self.deps, receipt_code=receipt_code, document=data, original=data,
            form="signed_elsewhere", texts=texts, ocr_pages=[None] * len(texts), by=actor.name,
            signers=signers, signed_at=report["signing_time"], level=_levels(report),
            fields=fields, source_name=name)

    def _sign_and_archive(self, actor: Actor, receipt_code: str, data: bytes, name: str,
                          fields: ResultFields, level: str, token: str | None,
                          key_label: str | None, organisation_token: str | None
                          ) -> ArchivedDocument:
        deps = self.deps
        found = find_archived(deps.store, receipt_code, result_id(receipt_code, data))
        if found is not None:  # the same file again: nothing is signed twice
            return found
        pdfa, pages = electronic_pdfa(deps, data, receipt_code=receipt_code, name=name)
        s = self.ctx.settings.signing
        folder = deps.settings.pki_dir / "appearance"  # drawn images; no CA is made
        seal = s.seal_image or organisation_seal(folder, s.organisation)
        officer = nfc(actor.name)
        with self.signatures.signers("result", officer, token, key_label,
                                     organisation_token) as (person, org):
            signed = sign_result(pdfa, person, org,
                                 signature_image=person_signature(folder, officer,
                                                                  s.signature_dir),
                                 seal_image=Path(seal), seal_mm=s.seal_mm,
                                 profile=profile_of(deps, person, org))
            identities = [deps.keys.record(person, "officer"),
                          deps.keys.record(org, "organisation")]
        self.ctx.log(actor).append("signed_result", keys.aip(receipt_code),
                                   {"source": name[:200], "officer": officer,
                                    "sha256": hashlib.sha256(signed).hexdigest(),
                                    "level": s.level}, who=officer)
        return archive_result(
            deps, receipt_code=receipt_code, document=signed, original=data, form="electronic",
            texts=[p.text for p in pages], ocr_pages=pages, by=actor.name,
            signers=[officer, s.organisation], signed_at=now_vn(), level=level, fields=fields,
            source_name=name, identities=identities)

    def certify(self, actor: Actor, receipt_code: str, data: bytes, name: str, *,
                form: str = "SAO Y", organisation_token: str | None = None) -> dict[str, Any]:
        """Archive a certified electronic copy made for a dossier (SAO Y, SAO LỤC or TRÍCH
        SAO, ``form``), as one of its results: made PDF/A-2b from the text the PDF carries and
        signed by the organisation with the copy's stamp, the file as it came kept beside it.
        Sending the same file again in the same form returns the copy archived the first
        time; nothing is signed twice."""
        self.ctx.authorize_record(actor, "results.certify", receipt_code)
        dossier_facts(self.deps, receipt_code)  # an unknown receipt code is refused first
        stamp = copy_form_of(form)
        if not data.startswith(b"%PDF-"):
            raise ResultRefusedError(f"{name}: không phải tệp PDF; bản sao điện tử là PDF (a "
                                     f"certified copy is made of a PDF file)")
        deps = self.deps
        archived = find_archived(deps.store, receipt_code,
                                 result_id(receipt_code, data, copy_form=stamp))
        if archived is None:
            pdfa, pages = electronic_pdfa(deps, data, receipt_code=receipt_code, name=name,
                                          form="certified_copy")
            s = self.ctx.settings.signing
            with self.signatures.signers("copy", None, None, None,
                                         organisation_token) as (_, org):
                signed = certify_copy(pdfa, org, organisation_name=s.organisation, form=stamp,
                                      profile=profile_of(deps, org))
                identities = [deps.keys.record(org, "organisation")]
            self.ctx.log(actor).append("certified_copy", keys.aip(receipt_code),
                                       {"source": name[:200], "form": stamp,
                                        "sha256": hashlib.sha256(signed).hexdigest(),
                                        "level": s.level})
            archived = archive_result(
                deps, receipt_code=receipt_code, document=signed, original=data,
                form="certified_copy", texts=[p.text for p in pages], ocr_pages=pages,
                by=actor.name, signers=[s.organisation], signed_at=now_vn(),
                level=f"PAdES-{s.level}", fields=ResultFields(), source_name=name,
                copy_form=stamp, identities=identities)
        return self._issued(actor, archived)

    def scan(self, actor: Actor, receipt_code: str, data: bytes, name: str, *,
             fields: ResultFields | None = None) -> dict[str, Any]:
        """Archive a paper result scanned at the counter: its pages are read like any page and
        signed by the clerk who digitised them; a page that cannot be read refuses the whole
        result with each page's reason (the paper is still in hand: scan it again)."""
        self.ctx.authorize_record(actor, "results.scan", receipt_code)
        procedure, received_at = dossier_facts(self.deps, receipt_code)
        settings = self.ctx.settings
        from ingest import open_source

        with tempfile.TemporaryDirectory(prefix="sohoa-result-") as tmp:
            safe = "".join(c for c in Path(name).name if c.isalnum() or c in "._-")
            path = Path(tmp) / (safe.strip(".") or "ket-qua")
            path.write_bytes(data)
            source = open_source(path, settings.ingest)
            pages = [read_page(source, i, settings.ingest, settings.ocr, display=name)
                     for i in range(source.page_count)]
        kept = [p for p in pages if not p.blank and not p.separator]
        refused = [p for p in kept if p.error_code]
        if refused or not kept:
            reasons = "; ".join(f"trang {p.page}: {p.error}" for p in refused) or \
                "mọi trang đều trắng (every page is blank)"
            raise ResultRefusedError(f"{name}: không lưu được kết quả bản giấy — {reasons}; quét "
                                     f"lại (the scanned result cannot be archived)")
        extra = {"kind": "result", "result": {
            "form": "scanned_paper", "label": "Bản sao số hóa từ bản gốc giấy",
            "issued_by": actor.name, "signers": [actor.name]}}
        fields = self._checked(fields or ResultFields())
        report = archive_group(
            self.deps, source_name=name, source_sha=hashlib.sha256(data).hexdigest(),
            receipt_code=receipt_code, code_source="result", procedure=procedure, pages=kept,
            received_at=received_at, clerk=actor.name, on_archived=lambda a, t: True,
            extra=extra, doc_type=fields.doc_type, fields=fields.given())
        archived = find_archived(self.deps.store, receipt_code, report.document_id)
        assert archived is not None
        return self._issued(actor, replace(archived,
                                           already_archived=report.already_archived))

    def _checked(self, fields: ResultFields) -> ResultFields:
        known = {t.id for t in self.deps.rules.types}
        if fields.doc_type and fields.doc_type not in known:
            raise UsageError(f"'{fields.doc_type}' không phải loại tài liệu; các loại: "
                             f"{', '.join(sorted(known))} (not a document type)")
        return fields

    def _issued(self, actor: Actor, archived: ArchivedDocument) -> dict[str, Any]:
        """After a result is archived: index it, note it in the dossier's life, tell whoever
        listens, and write the trail."""
        text = self._text(archived)
        indexed = index_now(self.deps)(archived, text)
        note_result_issued(self.deps, archived.receipt_code, who=actor.name,
                           document_id=archived.document_id)
        if not archived.already_archived:
            self.ctx.audit(actor, "result_issued", archived.prefix, {
                "form": archived.manifest.result.form if archived.manifest.result else "",
                "sha256": archived.manifest.files["document.pdf"].sha256}, seal=True)
        summary = _summary(archived, self.deps.store) | {"indexed": indexed}
        for listener in self.listeners:  # every time: a listener keeps one per document
            listener(summary)
        return summary

    def _text(self, archived: ArchivedDocument) -> str:
        from archive import get_json

        ocr = get_json(self.deps.store, archived.prefix + "ocr.json")
        return "\n\n".join(p.get("text", "") if p else "" for p in ocr["pages"])

    def list(self, actor: Actor, receipt_code: str) -> list[dict[str, Any]]:
        """The results archived in a dossier."""
        self.ctx.authorize_record(actor, "results.list", receipt_code)
        found = [_summary(a, self.deps.store) for a in results_of(self.deps, receipt_code)]
        self.ctx.audit_seldom(actor, "viewed", keys.aip(receipt_code), {"results": len(found)},
                              about="results")
        return found

    def get(self, actor: Actor, receipt_code: str, document_id: str) -> bytes:
        """A result's signed PDF, checked against the sha256 its manifest recorded."""
        self.ctx.authorize_record(actor, "results.get", receipt_code)
        key = keys.manifest(receipt_code, document_id)
        store = self.deps.store
        from archive import load_manifest

        if (not document_id.isalnum() or not store.exists(key)
                or load_manifest(store, key).kind != "result"):
            raise NotFoundError(f"Hồ sơ {receipt_code} không có kết quả {document_id} (no such "
                                f"result).")
        return self.records.download(actor, receipt_code, document_id)["document.pdf"]


def _levels(report: dict[str, Any]) -> str:
    levels = {s.get("level") or "" for s in report["signatures"]}
    return ", ".join(sorted(x for x in levels if x)) or "PAdES"
