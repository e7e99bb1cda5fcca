"""Verifying a signed PDF: one check for ``sohoa verify`` and ``POST /api/verify``, open to
anyone. Every verification is in the audit trail."""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from datetime import datetime, time
from pathlib import Path
from typing import Any

from asn1crypto import crl as asn1_crl

from archive import ArchiveError
from service.access import Actor
from service.checks import Checks
from service.context import Context
from signing import VerificationReport, verify_pdf
from signing.limits import check_structure
from signing.ltv import current_crl
from signing.verify import CHANGED_AFTER_VI, REVOCATION_VI, SignatureCheck
from sohoa.clock import VN_TZ
from sohoa.errors import UsageError

__all__ = ["NotAPdfError", "Verification", "VerificationTooLargeError", "check_bounded"]


class NotAPdfError(UsageError):
    """What was sent to be verified is not a PDF file."""

    code = "not_a_pdf"
    http_status = 400


class VerificationTooLargeError(UsageError):
    """A PDF sent to be verified is larger than a verification reads."""

    code = "upload_too_large"
    http_status = 413


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
        if trust:
            roots, crls = list(trust), []
        else:  # this installation's CA, and its current revocation list
            pki = self.ctx.deps.pki
            roots, crls = [pki.ca_cert_path], [current_crl(pki).dump()]
        if actor.via == "local":
            report = verify_pdf(data, trust_roots=roots, crls=_crls(crls), at=at)
        else:
            with self.checks.slot(actor.anonymous):
                report = self.checks.run(name, check_bounded, data, name, roots, crls, at,
                                         web.max_signature_fields, web.max_pdf_objects)
        digest = hashlib.sha256(data).hexdigest()
        self.ctx.audit(actor, "verified", name[:200], {"sha256": digest, "valid": report.valid})
        return {
            "file": name, "sha256": digest, "valid": report.valid,
            "bottom_line": report.bottom_line, "bottom_line_vi": report.bottom_line_vi,
            "signed": report.signed, "intact": report.intact, "trusted": report.trusted,
            "covers_whole_file": report.covers_whole_file, "signer": report.signer,
            "signing_time": report.signing_time, "problems": list(report.problems),
            "signatures": [_signature(s) for s in report.signatures],
        }


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
