"""Verifying a signed PDF: one check for ``sohoa verify`` and ``POST /api/verify``, open to
anyone; and the check a printed copy's QR code links to (``GET /xac-minh?ma=…&tl=…&sha256=…``),
which says of one archived document only whether it exists, is unchanged and validly signed,
by whom and when. Every verification is in the audit trail."""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass
from datetime import datetime, time
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlencode

from asn1crypto import crl as asn1_crl

from archive import ArchivedDocument, ArchiveError, find_document_or_tombstone, keys
from archive.versions import newest_file, version_shas
from service.access import Actor
from service.checks import Checks
from service.context import Context
from signing import VerificationReport, verify_pdf
from signing.limits import check_structure
from signing.results import signer_role
from signing.verify import CHANGED_AFTER_VI, REVOCATION_VI, SignatureCheck
from sohoa.clock import VN_TZ
from sohoa.codes import RECEIPT_CODE
from sohoa.errors import UsageError

__all__ = ["SIGNER_ROLES", "BadReferenceError", "NotAPdfError", "ReferenceCheck", "SignerLine",
           "Verification", "VerificationTooLargeError", "check_bounded", "reference_link"]

_DOCUMENT_ID = re.compile(r"[0-9a-f]{8,64}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
SIGNER_ROLES = {"officer": "người có thẩm quyền ký (the officer)",
               "organisation": "con dấu của cơ quan (the organisation's seal)",
               "digitiser": "người số hóa (the clerk who digitised it)"}
"""How the verification page names the capacity each signature was made in."""


class NotAPdfError(UsageError):
    """What was sent to be verified is not a PDF file."""

    code = "not_a_pdf"
    http_status = 400


class VerificationTooLargeError(UsageError):
    """A PDF sent to be verified is larger than a verification reads."""

    code = "upload_too_large"
    http_status = 413


class BadReferenceError(UsageError):
    """A verification link whose receipt code, document id or sha256 cannot be one."""

    code = "bad_reference"
    http_status = 400


@dataclass(frozen=True, slots=True)
class SignerLine:
    """One signature of an archived document, as the public verification page shows it."""

    name: str
    """The signer's name (the common name of their certificate)."""
    signed_at: str
    """When, ISO in Vietnam time (the time stamp's, else the time the signer claimed)."""
    role: str
    """``officer``, ``organisation``, ``digitiser``, or ``""`` when the field does not say."""
    valid: bool


@dataclass(frozen=True, slots=True)
class ReferenceCheck:
    """What the verification page says of the document a printed copy's QR code names: whether
    it exists, is unchanged and validly signed, by whom and when; nothing else of the
    dossier (no title, no field, no page)."""

    state: Literal["archived", "destroyed", "not_found"]
    unchanged: bool = False
    """The archived signed PDF's sha256 is the one in the link (and the one its manifest
    recorded)."""
    altered_in_archive: bool = False
    """The archived file no longer matches the sha256 its manifest recorded (or is missing)."""
    valid: bool = False
    """Every signature of the archived PDF is valid now."""
    bottom_line_vi: str = ""
    bottom_line: str = ""
    signers: tuple[SignerLine, ...] = ()
    destroyed_on: str = ""
    """ISO date the document was destroyed by an approved disposal (the date only)."""


def reference_link(public_url: str, receipt_code: str, document_id: str, sha256: str) -> str:
    """The address the QR code of a printed copy encodes: the verification page of one
    archived document, with the sha256 of its signed PDF."""
    query = urlencode({"ma": receipt_code, "tl": document_id, "sha256": sha256})
    return f"{public_url.rstrip('/')}/xac-minh?{query}"


def _check_reference(receipt_code: str, document_id: str, sha256: str) -> None:
    if not RECEIPT_CODE.fullmatch(receipt_code):
        raise BadReferenceError("Mã hồ sơ (ma) trong đường dẫn không hợp lệ (the receipt code "
                                "in the link is not one).")
    if not _DOCUMENT_ID.fullmatch(document_id):
        raise BadReferenceError("Mã tài liệu (tl) phải gồm 8 đến 64 chữ số hệ 16 (the document "
                                "id must be 8 to 64 lowercase hex digits).")
    if not _SHA256.fullmatch(sha256):
        raise BadReferenceError("Mã băm sha256 phải gồm đúng 64 chữ số hệ 16 (the sha256 must "
                                "be 64 lowercase hex digits).")


class Verification:
    """Checks signatures against this installation's CA (or the roots given).

    What comes over the network is checked in the bounded pool of ``checks`` (its own
    process, a time limit, a cap on size, signature fields and objects, and on how many
    anonymous verifications run or wait at once); a file checked at the shell is checked here.
    """

    def __init__(self, ctx: Context, checks: Checks) -> None:
        self.ctx = ctx
        self.checks = checks

    def archived(self, actor: Actor, key: str) -> bytes | None:
        """The bytes of an archived object named by its key (e.g.
        ``disposal/<batch>/certificate.pdf``), or None if it is not one."""
        self.ctx.authorize(actor, "verify")
        try:
            return self.ctx.deps.store.get(key)
        except ArchiveError:
            return None

    def verify(self, actor: Actor, data: bytes, name: str, *,
               trust: list[Path] | None = None, at: datetime | None = None) -> dict[str, Any]:
        """The verification report of a PDF: each signature, its level, time stamp,
        revocation status and what was added after it; ``at`` checks as of that moment (years
        later, offline from the document's long-term data)."""
        self.ctx.authorize(actor, "verify")
        if not data.startswith(b"%PDF-"):
            raise NotAPdfError(f"{name}: không phải tệp PDF (not a PDF file).")
        web = self.ctx.settings.web
        if actor.via != "local" and len(data) > web.max_verify_mb * 2**20:
            raise VerificationTooLargeError(
                f"{name}: {len(data) / 2**20:.1f} MB, quá giới hạn {web.max_verify_mb:g} MB của "
                f"việc xác minh (larger than a verification reads)")
        report = self._report(actor, data, name, trust, at)
        digest = hashlib.sha256(data).hexdigest()
        self.ctx.audit(actor, "verified", name[:200], {"sha256": digest, "valid": report.valid})
        return {
            "file": name, "sha256": digest, "valid": report.valid,
            "indication": report.indication, "sub_indication": report.sub_indication,
            "bottom_line": report.bottom_line, "bottom_line_vi": report.bottom_line_vi,
            "signed": report.signed, "intact": report.intact, "trusted": report.trusted,
            "covers_whole_file": report.covers_whole_file, "signer": report.signer,
            "signing_time": report.signing_time, "problems": list(report.problems),
            "warnings": list(report.warnings), "warnings_vi": list(report.warnings_vi),
            "signatures": [_signature(s) for s in report.signatures],
        }


    def by_reference(self, actor: Actor, receipt_code: str, document_id: str, sha256: str
                     ) -> ReferenceCheck:
        """What the QR code of a printed copy links to: whether document ``document_id`` of
        dossier ``receipt_code`` is archived, whether its signed PDF is the one whose
        ``sha256`` the link carries, whether its signatures are valid now (checked in the
        bounded pool, as every verification over the network), who signed and when; or that
        it was destroyed, and on which day. Anyone may ask, and everyone gets the same answer;
        a document that does not exist under that code (whatever the reason) is
        ``not_found``. ``BadReferenceError`` for a link that cannot be one."""
        self.ctx.authorize(actor, "verify")
        sha256 = sha256.lower()
        _check_reference(receipt_code, document_id, sha256)
        store = self.ctx.deps.store
        record = keys.aip(receipt_code, document_id)
        found = find_document_or_tombstone(store, receipt_code, document_id)
        if found is None:
            result = ReferenceCheck("not_found")
        elif not isinstance(found, ArchivedDocument):
            result = ReferenceCheck("destroyed", destroyed_on=found.destroyed_at[:10])
        else:
            result = self._archived(actor, found, sha256)
        self.ctx.audit(actor, "verified_reference", record, {
            "sha256": sha256, "state": result.state, "unchanged": result.unchanged,
            "valid": result.valid})
        return result

    def _archived(self, actor: Actor, found: ArchivedDocument, sha256: str) -> ReferenceCheck:
        store = self.ctx.deps.store
        key, expected, _number = newest_file(store, found.manifest)  # a renewal: the newest
        try:
            data = store.get(key)
        except ArchiveError:
            return ReferenceCheck("archived", altered_in_archive=True,
                                  bottom_line_vi="Tệp lưu trữ không còn trong kho.",
                                  bottom_line="The archived file is missing.")
        actual = hashlib.sha256(data).hexdigest()
        altered = expected is not None and actual != expected
        # a print made before a renewal names the version it was made from
        known = version_shas(store, found.manifest) if sha256 != actual else [actual]
        report = self._report(actor, data, "document.pdf", None, None)
        signers = tuple(
            SignerLine(s.signer or "?", _when(s.timestamp or s.signing_time),
                       signer_role(s.field_name), s.valid)
            for s in report.signatures if s.kind != "timestamp")
        return ReferenceCheck("archived", unchanged=sha256 in known and not altered,
                              altered_in_archive=altered, valid=report.valid and not altered,
                              bottom_line_vi=report.bottom_line_vi,
                              bottom_line=report.bottom_line, signers=signers)

    def _report(self, actor: Actor, data: bytes, name: str, trust: list[Path] | None,
                at: datetime | None) -> VerificationReport:
        """The verification report of ``data``: here for a person at the shell, in the
        bounded pool of ``checks`` for anyone over the network."""
        if trust:
            roots, crls = list(trust), []
        else:  # this installation's CAs, and the development CA's revocation list as
            # issued at the moment asked: besides it, only what the document carries counts
            keys = self.ctx.deps.keys
            roots, crls = keys.trust_roots(), [c.dump() for c in keys.crls(at)]
        if actor.via == "local":
            return verify_pdf(data, trust_roots=roots, crls=_crls(crls), at=at)
        web = self.ctx.settings.web
        with self.checks.slot(actor.anonymous):
            return self.checks.run(name, check_bounded, data, name, roots, crls, at,
                                   web.max_signature_fields, web.max_pdf_objects)


def _when(moment: datetime | None) -> str:
    return moment.astimezone(VN_TZ).isoformat(timespec="seconds") if moment else ""


def warm_up() -> None:
    """Nothing: run once in each check process when the web service starts
    (``Checks.warm``), it has the process import this module and the signature verifier."""


def check_bounded(data: bytes, name: str, roots: list[Path], crls: list[bytes],
                  at: datetime | None, max_fields: int, max_objects: int
                  ) -> VerificationReport:
    """The verification of a PDF sent over the network, in a worker process: its structure
    is counted first, then its signatures are checked."""
    check_structure(data, name, max_signature_fields=max_fields, max_objects=max_objects)
    return verify_pdf(data, trust_roots=roots, crls=_crls(crls), at=at)


def _crls(ders: list[bytes]) -> list[asn1_crl.CertificateList]:
    return [asn1_crl.CertificateList.load(d) for d in ders]


def _signature(s: SignatureCheck) -> dict[str, Any]:
    """One signature of a report, with its revocation status and later changes in
    Vietnamese beside the English."""
    body = asdict(s)
    return body | {"revocation_vi": REVOCATION_VI.get(body["revocation"], body["revocation"]),
                   "changed_after_vi": CHANGED_AFTER_VI.get(body["changed_after"],
                                                            body["changed_after"])}


def noon(day: Any) -> datetime:
    """Midday of ``day`` in Vietnam: the moment ``--at DATE`` checks at."""
    return datetime.combine(day, time(12), tzinfo=VN_TZ)
