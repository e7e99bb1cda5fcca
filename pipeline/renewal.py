"""Renewing the archive time stamps of the archived signed PDFs, as new versions.

For every archived document with a signed PDF, the newest version of ``document.pdf`` is read
(checked against its recorded sha256) and its newest time stamp looked at
(:func:`signing.renewal.newest_stamp`). When that time stamp stops being trustworthy before
``before`` (its TSA's certificate ends, or its algorithms weaken), the PDF takes fresh
validation data and a new document time stamp (:func:`signing.renewal.renew_pdf`) and the
result is kept as the next version (:func:`archive.versions.add_version`): the bytes before
stay, the version record says why, when, by whom and with which TSA, the audit trail records
it and the document is indexed again.

The TSA is asked once first (:func:`signing.renewal.probe_tsa`): one whose own time stamps
would not last until ``before`` is refused before anything is written, so a run never leaves
documents that the next run would renew again. A second run renews nothing. A run stopped
between writing a version's file and its record is completed by the next one, which records
the file if it is a sound successor (its bytes begin with the version before, its signatures
verify and its newest time stamp is newer).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from archive import ArchiveError, iter_manifests, keys
from archive.audit import AuditLog
from archive.records import Manifest
from archive.versions import add_version, newest_file, unrecorded_file, with_versions
from pipeline.deps import Deps
from pipeline.indexing import index_from_archive
from signing import verify_pdf
from signing.ltv import SigningProfile, current_crl, signing_profile
from signing.renewal import (
    RenewalError,
    StampInfo,
    newest_stamp,
    probe_tsa,
    renew_pdf,
    renewal_reason,
)
from sohoa.clock import now_vn
from sohoa.errors import SohoaError, TransientServiceError

__all__ = ["RenewalReport", "Renewed", "renew_archive"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Renewed:
    """One document whose signed PDF took a new version."""

    receipt_code: str
    document_id: str
    version: int
    """The number of the new version (2 for the first renewal)."""
    sha256: str
    reason: str
    completed: bool = False
    """True when it finished a renewal an earlier run stopped in the middle of."""


@dataclass(frozen=True, slots=True)
class RenewalReport:
    """What one renewal run found and did."""

    before: datetime
    """Time stamps trustworthy until this moment or later were left alone."""
    tsa: StampInfo
    """What a time stamp of the renewing TSA is like."""
    checked: int = 0
    """Archived signed PDFs looked at."""
    renewed: list[Renewed] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    """(record, why) of documents that need a renewal but were not renewed (their
    signatures do not verify now, or their file is not as recorded)."""
    failed: list[tuple[str, str]] = field(default_factory=list)
    """(record, error) of documents whose renewal failed; the next run tries again."""

    @property
    def ok(self) -> bool:
        """Nothing failed or was left that needed a renewal."""
        return not self.failed and not self.skipped


def renew_archive(deps: Deps, *, before: datetime, who: str, audit: AuditLog | None = None,
                  on_renewed: Callable[[Renewed], None] | None = None) -> RenewalReport:
    """Renew the archive time stamp of every archived signed PDF whose newest time stamp
    stops being trustworthy before ``before``; record each renewal in ``audit`` (default
    the installation's trail, in ``who``'s name).

    Raises:
        RenewalError: The renewing TSA does not answer, or its own time stamps would not be
            trustworthy until ``before`` (nothing is written then).
    """
    audit = audit or deps.audit.acting(who)
    settings = deps.settings
    profile = signing_profile(deps.pki, "B-LTA",
                              tsa_url=settings.ltv.tsa_url or settings.signing.tsa_url,
                              fetch_revocation=settings.signing.fetch_revocation)
    assert profile.timestamper is not None and profile.validation_context is not None
    tsa = probe_tsa(profile.timestamper)
    if tsa.usable_until < before:
        raise RenewalError(
            f"Dấu thời gian của {tsa.tsa} ({tsa.key}, {tsa.digest}) chỉ tin cậy được đến "
            f"{tsa.usable_until.date().isoformat()}, trước {before.date().isoformat()}: gia "
            "hạn bằng nó không giữ được tài liệu; cấu hình đơn vị cấp dấu thời gian khác "
            "(SOHOA_LTV__TSA_URL) hoặc giảm --margin-days (the TSA's own time stamps would not "
            "last until then: configure another TSA or a shorter margin).")
    report = RenewalReport(before, tsa)
    roots = [deps.pki.ca_cert_path, *settings.signing.trust_roots]
    checked = 0
    for manifest_key, manifest in iter_manifests(deps.store):
        if "document.pdf" not in manifest.files:
            continue
        checked += 1
        record = keys.record_of(manifest_key)
        try:
            done = _renew_one(deps, with_versions(deps.store, manifest), before, who, roots,
                              profile, report)
        except TransientServiceError:
            raise
        except SohoaError as exc:
            report.failed.append((record, exc.message))
            log.warning("renewal of %s failed: %s", record, exc.message)
            continue
        if done is None:
            continue
        report.renewed.append(done)
        audit.append("ltv_renewed", keys.aip(done.receipt_code, done.document_id), {
            "version": done.version, "sha256": done.sha256, "reason": done.reason,
            "tsa": tsa.tsa, "completed": done.completed}, who=who)
        try:
            index_from_archive(deps, manifest_key)
        except (TransientServiceError, ArchiveError) as exc:  # the archive stands; reindex later
            log.warning("%s renewed but not indexed again: %s", record, exc)
        if on_renewed is not None:
            on_renewed(done)
    return RenewalReport(before, tsa, checked, report.renewed, report.skipped, report.failed)


def _renew_one(deps: Deps, manifest: Manifest, before: datetime, who: str, roots: list[Path],
               profile: SigningProfile, report: RenewalReport) -> Renewed | None:
    """Renew one document if it needs it; the new version, or None."""
    store = deps.store
    code, doc = manifest.receipt_code, manifest.document_id
    record = f"{code}/{doc}"
    key, expected, _number = newest_file(store, manifest)
    current = store.get(key)
    if expected and hashlib.sha256(current).hexdigest() != expected:
        report.skipped.append((record, f"tệp {key} khác với bản đã lưu; chạy `sohoa fixity` "
                                       "(the file differs from its recorded sha256)"))
        return None
    stamp = newest_stamp(current)
    waiting = unrecorded_file(store, manifest)
    if waiting is not None:  # an earlier run stopped between the file and its record
        return _complete(deps, manifest, current, stamp, waiting, who, roots, record)
    reason = renewal_reason(stamp, before)
    if reason is None or stamp is None:
        return None
    if not _verifies(deps, current, roots):
        report.skipped.append((record, "chữ ký số của tài liệu không hợp lệ lúc này; kiểm tra "
                                       f"bằng `sohoa verify` ({reason}) (its signatures do not "
                                       "verify now)"))
        return None
    assert profile.timestamper is not None and profile.validation_context is not None
    renewed = renew_pdf(current, profile.timestamper, profile.validation_context())
    new_stamp = newest_stamp(renewed)
    assert new_stamp is not None
    version = add_version(store, manifest, renewed, at=now_vn().isoformat(), why=reason,
                          who=who, tsa=new_stamp.to_json(), replaced=stamp.to_json())
    return Renewed(code, doc, version.number, version.sha256, reason)


def _complete(deps: Deps, manifest: Manifest, current: bytes, stamp: StampInfo | None,
              waiting: bytes, who: str, roots: list[Path], record: str) -> Renewed:
    """Record the file an interrupted renewal left, if it is a sound successor."""
    new_stamp = newest_stamp(waiting)
    sound = (waiting.startswith(current) and len(waiting) > len(current)
             and new_stamp is not None and (stamp is None or new_stamp.at > stamp.at)
             and _verifies(deps, waiting, roots))
    if not sound or new_stamp is None:
        raise RenewalError(
            f"Tệp phiên bản mới của {record} do lần gia hạn trước để lại không phải bản kế "
            "tiếp hợp lệ; báo cho cán bộ lưu trữ (the file an interrupted renewal left is not "
            "a sound successor).")
    why = ("hoàn tất lần gia hạn bị dừng giữa chừng (completes an interrupted renewal)")
    version = add_version(deps.store, manifest, waiting, at=now_vn().isoformat(), why=why,
                          who=who, tsa=new_stamp.to_json(),
                          replaced=stamp.to_json() if stamp else {})
    return Renewed(manifest.receipt_code, manifest.document_id, version.number,
                   version.sha256, why, completed=True)


def _verifies(deps: Deps, pdf: bytes, roots: list[Path]) -> bool:
    report = verify_pdf(pdf, trust_roots=roots, crls=[current_crl(deps.pki)])
    return report.valid
