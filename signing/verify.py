"""Check the digital signatures of a PDF and say, in plain words, whether it can be relied on.

Every signature in the file is checked: that the bytes it covers are unchanged, that the
signer's certificate chains to one of the given trust roots, and that nothing but further
signatures (or signature maintenance data) was appended after it. Revocation is checked against
the CRLs the document carries (PAdES B-LT) and those the caller knows (the installation's own);
nothing is fetched from the network, and a missing revocation status is not held against the
signer. A signature whose certificate has expired is checked again from the long-term data the
document carries (time stamps, CRLs, document time stamps: PAdES B-LTA), as of when it was made.

A PDF without signatures gives a report with ``signed=False``; bytes that are not a PDF raise
:class:`UnreadablePdfError`. Damage inside a signed PDF never escapes as a library exception: it
ends in the report as a problem.
"""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from asn1crypto import crl as asn1_crl
from asn1crypto import x509 as asn1_x509
from pyhanko.keys import load_certs_from_pemder
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.ades.report import AdESIndeterminate, AdESPassed
from pyhanko.sign.diff_analysis import DiffResult, ModificationLevel
from pyhanko.sign.fields import SigSeedSubFilter, enumerate_sig_fields
from pyhanko.sign.validation import (
    DocumentSecurityStore,
    EmbeddedPdfSignature,
    KeyUsageConstraints,
    SignatureCoverageLevel,
    async_validate_pdf_signature,
    async_validate_pdf_timestamp,
)
from pyhanko.sign.validation.ades import ades_lta_validation
from pyhanko.sign.validation.policy_decl import (
    LocalKnowledge,
    PdfSignatureValidationSpec,
    RevinfoOnlineFetchingRule,
    RevocationInfoGatheringSpec,
    SignatureValidationSpec,
)
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.context import CertValidationPolicySpec
from pyhanko_certvalidator.ltv.types import ValidationTimingInfo
from pyhanko_certvalidator.policy_decl import (
    CertRevTrustPolicy,
    RevocationCheckingPolicy,
    RevocationCheckingRule,
)
from pyhanko_certvalidator.registry import SimpleTrustManager
from pyhanko_certvalidator.revinfo.archival import CRLContainer

from sohoa.errors import ConfigurationError
from sohoa.text import nfc

from ._aio import run_sync
from .errors import InvalidSignatureError, NotSignedError, UnreadablePdfError
from .sign import VN_TZ

__all__ = ["CHANGED_AFTER_VI", "REVOCATION_VI", "SignatureCheck", "VerificationReport",
           "verify_pdf"]

_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*\d+\s+\d+\s+\d+\s+\d+\s*\]")
_ALLOWED_LATER_CHANGES = frozenset(
    {ModificationLevel.NONE, ModificationLevel.LTA_UPDATES, ModificationLevel.FORM_FILLING}
)
# A clerk certificate from another CA may carry either usage; ours carry both.
_KEY_USAGE = KeyUsageConstraints(
    key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False
)

_NO_SIGNATURE = "no signature: the document has not been digitally signed"
_CHANGED = "the document was changed after it was signed"
_TRUST_MESSAGES: dict[AdESIndeterminate, str] = {
    AdESIndeterminate.NO_CERTIFICATE_CHAIN_FOUND: (
        "signer certificate is not issued by a trusted CA"
    ),
    AdESIndeterminate.CHAIN_CONSTRAINTS_FAILURE: (
        "signer certificate is not accepted for signing documents: it is not issued by a "
        "trusted CA, or the CA does not allow this use"
    ),
    AdESIndeterminate.CERTIFICATE_CHAIN_GENERAL_FAILURE: (
        "signer certificate is not issued by a trusted CA (its chain could not be validated)"
    ),
    AdESIndeterminate.EXPIRED: "signer certificate has expired",
    AdESIndeterminate.TRY_LATER: (
        "no up-to-date revocation data for the signer certificate is at hand"
    ),
    AdESIndeterminate.OUT_OF_BOUNDS_NO_POE: "signer certificate has expired",
    AdESIndeterminate.OUT_OF_BOUNDS_NOT_REVOKED: "signer certificate has expired",
    AdESIndeterminate.NOT_YET_VALID: "signer certificate is not valid yet",
    AdESIndeterminate.REVOKED_NO_POE: "signer certificate has been revoked",
    AdESIndeterminate.REVOKED_CA_NO_POE: "the CA of the signer certificate has been revoked",
    AdESIndeterminate.CRYPTO_CONSTRAINTS_FAILURE: (
        "the signature uses an algorithm that is no longer accepted"
    ),
    AdESIndeterminate.CRYPTO_CONSTRAINTS_FAILURE_NO_POE: (
        "the signature uses an algorithm that is no longer accepted"
    ),
}


@dataclass(frozen=True, slots=True)
class SignatureCheck:
    """The outcome for one signature of the file.

    Attributes:
        field_name: Name of the signature field.
        kind: ``"signature"``, or ``"timestamp"`` for a document timestamp.
        signer: Common name of the signer's certificate (NFC), if it could be read.
        signing_time: Signing time claimed in the signature (``/M``), in Vietnam time.
        intact: The bytes the signature covers are unchanged and the signature value checks out
            against the signer's certificate.
        trusted: The signer's certificate chains to one of the trust roots and is valid now.
        covers_whole_file: Nothing was appended after this signature except further
            signatures or signature maintenance data.
        problems: What is wrong with this signature, in plain words; empty if nothing is.
        level: PAdES baseline level the signature reaches: ``B-B``, ``B-T`` (time-stamped),
            ``B-LT`` (revocation data in the document), ``B-LTA`` (a document time stamp over
            it all); ``None`` for a document time stamp itself.
        timestamp: Time of the signature's time stamp (from the TSA), in Vietnam time.
        revocation: ``"good"`` (a CRL shows the certificate was not revoked), ``"revoked"``, or
            ``"unknown"`` (no revocation data was at hand).
        long_term: Trust was established from the long-term data in the document, because the
            signer's certificate is no longer valid at the time of checking.
        chain: Common names from the signer's certificate up to the trust anchor, when a chain
            to a trusted root was found.
        changed_after: What was added to the file after this signature, in words: ``"nothing"``,
            ``"signature maintenance data (revocation data, time stamps)"``, ``"further
            signatures or form filling"``, ``"annotations"`` or ``"page content or other
            changes"`` (the last two make the signature invalid).
    """

    field_name: str
    kind: str
    signer: str | None
    signing_time: datetime | None
    intact: bool
    trusted: bool
    covers_whole_file: bool
    problems: tuple[str, ...]
    level: str | None = None
    timestamp: datetime | None = None
    revocation: str = "unknown"
    long_term: bool = False
    changed_after: str = "nothing"
    chain: tuple[str, ...] = ()

    @property
    def valid(self) -> bool:
        """Intact, trusted, covering and without problems."""
        return self.intact and self.trusted and self.covers_whole_file and not self.problems


@dataclass(frozen=True, slots=True)
class VerificationReport:
    """What a reader of the PDF can rely on, for every signature in it.

    The summary fields hold for all signatures together; ``signer`` and ``signing_time`` come from
    the last signature, the one that matters most.

    Attributes:
        signed: The file carries at least one signature.
        intact: Every signature's covered bytes are unchanged and its signature value checks out
            (the signed bytes hash matches). False when unsigned.
        trusted: Every signer's certificate chains to one of the trust roots (no revocation
            checking yet). False when unsigned.
        covers_whole_file: Every signature covers the file, up to changes that are allowed after
            signing (further signatures, signature maintenance data). False when unsigned.
        signer: Common name of the last signer (NFC), or ``None``.
        signing_time: Signing time the last signer claims (``/M``), in Vietnam time, or ``None``.
        signature_count: Number of signatures found (also those too damaged to check).
        problems: Plain messages a person can act on, each naming the signature concerned;
            empty exactly when the report is valid.
        signatures: The outcome for each signature, in signing order.
    """

    signed: bool
    intact: bool
    trusted: bool
    covers_whole_file: bool
    signer: str | None
    signing_time: datetime | None
    signature_count: int
    problems: tuple[str, ...]
    signatures: tuple[SignatureCheck, ...] = ()

    @property
    def valid(self) -> bool:
        """Signed, and every signature intact, trusted and covering, with no problem found."""
        return (
            self.signed
            and self.intact
            and self.trusted
            and self.covers_whole_file
            and not self.problems
        )

    @property
    def bottom_line(self) -> str:
        """One sentence for a person: valid, not signed, or not valid and the first reason."""
        if self.valid:
            when = self.signing_time.isoformat() if self.signing_time else "an unknown time"
            who = self.signer or "an unnamed signer"
            signers = [c for c in self.signatures if c.kind == "signature"]
            count = len(signers) if self.signatures else self.signature_count
            level = f" (PAdES {signers[-1].level})" if signers and signers[-1].level else ""
            if count == 1:
                lead = f"Valid: signed by {who} at {when}{level}"
            else:
                lead = f"Valid: {count} signatures, the last by {who} at {when}{level}"
            return f"{lead}; unchanged since signing, and the signer is trusted."
        if not self.signed:
            others = [p for p in self.problems if p != _NO_SIGNATURE]
            tail = f"; {others[0]}" if others else ""
            return f"Not signed: the document has no digital signature{tail}."
        more = len(self.problems) - 1
        extra = f" (and {more} more problem{'s' if more > 1 else ''})" if more > 0 else ""
        first = self.problems[0] if self.problems else "the signature could not be confirmed"
        return f"Not valid: {first}{extra}."

    @property
    def bottom_line_vi(self) -> str:
        """The same sentence in Vietnamese, for the verification page; :attr:`problems` stay
        in English as the technical detail."""
        if self.valid:
            when = self.signing_time.strftime("%H:%M ngày %d/%m/%Y") if self.signing_time \
                else "thời điểm không rõ"
            who = self.signer or "người ký không nêu tên"
            signers = [c for c in self.signatures if c.kind == "signature"]
            count = len(signers) if self.signatures else self.signature_count
            level = f" (PAdES {signers[-1].level})" if signers and signers[-1].level else ""
            lead = (f"Hợp lệ: do {who} ký lúc {when}{level}" if count == 1 else
                    f"Hợp lệ: {count} chữ ký, chữ ký cuối do {who} ký lúc {when}{level}")
            return f"{lead}; văn bản không bị thay đổi từ khi ký và người ký được tin cậy."
        if not self.signed:
            return "Chưa ký số: văn bản không có chữ ký số."
        if not self.intact or any(p.startswith(_CHANGED) for p in self.problems):
            first = "văn bản đã bị thay đổi sau khi ký"
        elif not self.covers_whole_file:
            first = "chữ ký không bao trùm toàn bộ tệp"
        elif any(c.revocation == "revoked" for c in self.signatures):
            first = "chứng thư số của người ký đã bị thu hồi"
        elif not self.trusted:
            first = ("chứng thư số của người ký không do tổ chức chứng thực được tin cậy cấp, "
                     "đã hết hạn hoặc chưa có hiệu lực")
        else:
            first = "không xác nhận được chữ ký"
        return f"Không hợp lệ: {first}."

    def raise_for_status(self) -> None:
        """Raise unless the report is valid.

        Raises:
            NotSignedError: The PDF has no signature.
            InvalidSignatureError: The PDF is signed but the signature does not check out; the
                message is :attr:`bottom_line`.
        """
        if not self.signed:
            raise NotSignedError(self.bottom_line)
        if not self.valid:
            raise InvalidSignatureError(self.bottom_line)


def verify_pdf(
    data: bytes, *, trust_roots: Sequence[Path], crls: Sequence[asn1_crl.CertificateList] = (),
    at: datetime | None = None,
) -> VerificationReport:
    """Check every signature of a PDF.

    Args:
        data: The PDF.
        trust_roots: PEM or DER files of the CA certificates to trust (for the development PKI,
            ``DevPki.ca_cert_path``). An empty sequence trusts no one.
        crls: Revocation lists known besides those in the document (the installation's own).
        at: Check as of this time instead of now (e.g. years later, when the certificates
            have expired and only the document's long-term data can vouch for it).

    Returns:
        The report; see :class:`VerificationReport`.

    Raises:
        UnreadablePdfError: ``data`` is not a PDF, or is damaged beyond reading and shows no
            signature.
        ConfigurationError: A trust root file cannot be read as a certificate.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise UnreadablePdfError("The document to verify must be given as bytes.")
    data = bytes(data)
    raw_signatures = len(_BYTE_RANGE.findall(data))
    if b"%PDF-" not in data[:1024] and not raw_signatures:
        raise UnreadablePdfError("The file is not a PDF (it does not start with %PDF-).")
    roots = _load_trust_roots(trust_roots)

    notes: list[str] = []
    try:
        reader, lenient_reason = _open_reader(data)
        found, broken = _collect_signatures(reader)
    except UnreadablePdfError:
        raise
    except Exception as exc:  # the structure itself is unreadable
        if raw_signatures:
            return _damaged_report(raw_signatures, exc)
        raise UnreadablePdfError(
            f"The PDF is damaged and cannot be read ({_describe(exc)})."
        ) from exc
    if lenient_reason is not None:
        notes.append(
            "the PDF's internal structure is damaged, so the file is not exactly as it was "
            f"signed ({lenient_reason})"
        )

    total = len(found) + len(broken)
    if raw_signatures > total:
        orphans = raw_signatures - total
        notes.append(
            f"the file holds {orphans} signature{'s' if orphans > 1 else ''} that no signature "
            "field refers to; a signature may have been removed or the file damaged"
        )
    if total == 0:
        return VerificationReport(
            signed=False,
            intact=False,
            trusted=False,
            covers_whole_file=False,
            signer=None,
            signing_time=None,
            signature_count=0,
            problems=(_NO_SIGNATURE, *notes),
        )

    try:
        checks = run_sync(_check_all(found, broken, roots, [*crls, *_dss_crls(reader)], at))
    except Exception as exc:  # a failure outside any one signature's check
        reason = f"the signatures could not be checked ({_describe(exc)})"
        checks = [_failed_check(emb.field_name, reason) for emb in found]
        checks += [_failed_check(name, reason) for name, _ in broken]
    regular = [c for c in checks if c.kind == "signature"] or checks
    last = regular[-1]
    problems = [p for c in checks for p in c.problems]
    return VerificationReport(
        signed=True,
        intact=all(c.intact for c in checks),
        trusted=all(c.trusted for c in checks),
        covers_whole_file=all(c.covers_whole_file for c in checks),
        signer=last.signer,
        signing_time=last.signing_time,
        signature_count=len(checks),
        problems=tuple(problems + notes),
        signatures=tuple(checks),
    )


def _open_reader(data: bytes) -> tuple[PdfFileReader, str | None]:
    """Read strictly; fall back to a lenient read of a damaged file and say why."""
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=True)
        _ = reader.root  # make sure the catalogue resolves
        return reader, None
    except Exception as strict_exc:  # pyHanko raises many kinds on damaged files
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        _ = reader.root
        return reader, _describe(strict_exc)


def _collect_signatures(
    reader: PdfFileReader,
) -> tuple[list[EmbeddedPdfSignature], list[tuple[str, str]]]:
    """Signatures in signing order, and (field, reason) for those too damaged to load."""
    if reader.encrypted:
        raise UnreadablePdfError("The PDF is encrypted; sohoa verifies only open PDFs.")
    found: list[EmbeddedPdfSignature] = []
    broken: list[tuple[str, str]] = []
    for fq_name, _value, field_ref in enumerate_sig_fields(reader, filled_status=True):
        name = str(fq_name)
        try:
            emb = EmbeddedPdfSignature(reader, field_ref, name)
            subfilter = emb.sig_object.get("/SubFilter")
            try:
                SigSeedSubFilter(subfilter)
            except ValueError:
                broken.append((name, f"it uses an unsupported signature format ({subfilter})"))
                continue
            found.append(emb)
        except Exception as exc:  # damaged signature dictionary or CMS data
            broken.append((name, f"its signature data is damaged ({_describe(exc)})"))
    found.sort(key=lambda emb: emb.signed_revision)
    return found, broken


async def _check_all(
    found: list[EmbeddedPdfSignature],
    broken: list[tuple[str, str]],
    roots: list[asn1_x509.Certificate],
    crls: list[asn1_crl.CertificateList],
    at: datetime | None,
) -> list[SignatureCheck]:
    vc = ValidationContext(trust_roots=roots, crls=crls, allow_fetching=False,
                           revocation_mode="soft-fail", moment=at)
    # A time-stamping authority's certificate is trusted as issued by the root, without its
    # revocation status: a document time stamp is checked years after its CRL went stale.
    ts_vc = ValidationContext(trust_roots=roots, allow_fetching=False,
                              revocation_mode="soft-fail", moment=at)
    doc_stamps = [emb.signed_revision for emb in found if emb.sig_object_type == "/DocTimeStamp"]
    total = len(found) + len(broken)
    checks: list[SignatureCheck] = []
    try:
        for index, emb in enumerate(found, start=1):
            where = f"signature {index} of {total}, field {emb.field_name}"
            try:
                stamp = emb.sig_object_type == "/DocTimeStamp"
                check = await _check_one(emb, ts_vc if stamp else vc, where, crls, doc_stamps)
                if check.kind == "signature" and not check.trusted and check.intact and \
                        _time_only(check) and check.level == "B-LTA":
                    check = await _long_term(emb, check, roots, crls, at or _now())
                checks.append(check)
            except Exception as exc:  # a library failure on damaged data
                checks.append(
                    _failed_check(
                        emb.field_name,
                        f"the signature could not be checked: its data or the document is "
                        f"damaged ({_describe(exc)}) ({where})",
                    )
                )
    finally:
        await vc.aclose()
        await ts_vc.aclose()
    for offset, (name, reason) in enumerate(broken, start=len(found) + 1):
        where = f"signature {offset} of {total}, field {name}"
        checks.append(_failed_check(name, f"the signature cannot be checked: {reason} ({where})"))
    return checks


async def _check_one(
    emb: EmbeddedPdfSignature, vc: ValidationContext, where: str,
    crls: list[asn1_crl.CertificateList], doc_stamps: list[int],
) -> SignatureCheck:
    kind = "timestamp" if emb.sig_object_type == "/DocTimeStamp" else "signature"
    status: Any
    if kind == "timestamp":
        status = await async_validate_pdf_timestamp(emb, validation_context=vc)
        signing_time = status.timestamp
    else:
        status = await async_validate_pdf_signature(
            emb, signer_validation_context=vc, key_usage_settings=_KEY_USAGE
        )
        signing_time = status.signer_reported_dt

    problems: list[str] = []
    intact = bool(status.intact and status.valid)
    if not status.intact:
        problems.append(f"{_CHANGED}: the signed bytes no longer match the signature ({where})")
    elif not status.valid:
        problems.append(
            "the signature value does not match the signer certificate; the signature data is "
            f"damaged or forged ({where})"
        )

    trusted = bool(
        status.valid and status.trust_problem_indic is None and status.validation_path is not None
    )
    if status.valid and not trusted:
        indic = status.trust_problem_indic
        message = _TRUST_MESSAGES.get(
            indic, f"signer certificate could not be validated ({getattr(indic, 'name', indic)})"
        )
        problems.append(f"{message} ({where})")

    covers = _covers(status)
    if not covers:
        problems.append(f"{_coverage_problem(status)} ({where})")

    level = timestamp = None
    revocation = "unknown"
    if kind == "signature":
        tst = getattr(status, "timestamp_validity", None)
        timestamp = tst.timestamp.astimezone(VN_TZ) if tst is not None else None
        level = "B-B" if timestamp is None else "B-T"
        issuer = status.signing_cert.issuer if status.signing_cert is not None else None
        if timestamp is not None and any(c.issuer == issuer for c in crls) and _has_dss(emb):
            level = "B-LT"
            if any(rev > emb.signed_revision for rev in doc_stamps):
                level = "B-LTA"
        if status.revocation_details is not None:
            revocation = "revoked"
        elif trusted and any(c.issuer == issuer for c in crls):
            revocation = "good"
    return SignatureCheck(
        field_name=emb.field_name,
        kind=kind,
        signer=_common_name(status.signing_cert),
        signing_time=signing_time.astimezone(VN_TZ) if signing_time else None,
        intact=intact,
        trusted=trusted,
        covers_whole_file=covers,
        problems=tuple(problems),
        level=level,
        timestamp=timestamp,
        revocation=revocation,
        changed_after=_changed_after(status),
        chain=_chain(status),
    )


def _chain(status: Any) -> tuple[str, ...]:
    """The signer's certificate chain, leaf first, as common names."""
    path = getattr(status, "validation_path", None)
    if path is None:
        return ()
    try:
        certs = list(path.iter_certs(include_root=True))
    except Exception:  # a path without certificates (e.g. a bare trust anchor)
        return ()
    return tuple(reversed([_common_name(c) or "?" for c in certs]))


_OTHER_CHANGES = "page content or other changes"
_CHANGE_WORDS = {
    ModificationLevel.NONE: "nothing",
    ModificationLevel.LTA_UPDATES: "signature maintenance data (revocation data, time stamps)",
    ModificationLevel.FORM_FILLING: "further signatures or form filling",
    ModificationLevel.ANNOTATIONS: "annotations",
}
CHANGED_AFTER_VI = {
    "nothing": "không có",
    _CHANGE_WORDS[ModificationLevel.LTA_UPDATES]:
        "dữ liệu duy trì chữ ký (thông tin thu hồi, dấu thời gian)",
    _CHANGE_WORDS[ModificationLevel.FORM_FILLING]: "chữ ký khác hoặc điền biểu mẫu",
    _CHANGE_WORDS[ModificationLevel.ANNOTATIONS]: "chú thích (không được phép)",
    _OTHER_CHANGES: "nội dung trang hoặc thay đổi khác (không được phép)",
}
""":attr:`SignatureCheck.changed_after` in Vietnamese."""
REVOCATION_VI = {"good": "chưa bị thu hồi", "revoked": "ĐÃ BỊ THU HỒI", "unknown": "không rõ"}
""":attr:`SignatureCheck.revocation` in Vietnamese."""


def _changed_after(status: Any) -> str:
    """What the updates after a signature changed, in words."""
    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return "nothing"
    diff = getattr(status, "diff_result", None)
    if isinstance(diff, DiffResult):
        return _CHANGE_WORDS.get(diff.modification_level, _OTHER_CHANGES)
    return _OTHER_CHANGES


_LATER = frozenset({AdESIndeterminate.EXPIRED, AdESIndeterminate.OUT_OF_BOUNDS_NO_POE,
                    AdESIndeterminate.OUT_OF_BOUNDS_NOT_REVOKED, AdESIndeterminate.TRY_LATER,
                    AdESIndeterminate.REVOKED_NO_POE})


def _time_only(check: SignatureCheck) -> bool:
    """The only problem is time: the signer's certificate has expired, its revocation data is
    no longer current, or it was revoked at some point; what the long-term data of a B-LTA
    document answers (a time stamp older than the revocation proves it was signed before)."""
    expired = {_TRUST_MESSAGES[i] for i in _LATER}
    return bool(check.problems) and all(
        any(p.startswith(m) for m in expired) for p in check.problems)


async def _long_term(
    emb: EmbeddedPdfSignature, check: SignatureCheck, roots: list[asn1_x509.Certificate],
    crls: list[asn1_crl.CertificateList], at: datetime,
) -> SignatureCheck:
    """Check an expired signer again, as of when it signed, from the document's long-term data:
    its time stamp, the CRLs in its DSS and the document time stamps over them (B-LTA)."""
    trust = SimpleTrustManager.build(trust_roots=roots)
    required = RevocationCheckingPolicy(
        ee_certificate_rule=RevocationCheckingRule.CRL_OR_OCSP_REQUIRED,
        intermediate_ca_cert_rule=RevocationCheckingRule.CRL_OR_OCSP_REQUIRED)
    unchecked = RevocationCheckingPolicy(
        ee_certificate_rule=RevocationCheckingRule.NO_CHECK,
        intermediate_ca_cert_rule=RevocationCheckingRule.NO_CHECK)
    spec = PdfSignatureValidationSpec(SignatureValidationSpec(
        cert_validation_policy=CertValidationPolicySpec(trust, CertRevTrustPolicy(required)),
        # the time-stamping authority's own certificate is trusted as issued by the root
        ts_cert_validation_policy=CertValidationPolicySpec(trust, CertRevTrustPolicy(unchecked)),
        revinfo_gathering_policy=RevocationInfoGatheringSpec(
            online_fetching_rule=RevinfoOnlineFetchingRule.LOCAL_ONLY),
        local_knowledge=LocalKnowledge(known_crls=[CRLContainer(c) for c in crls]),
        key_usage_settings=_KEY_USAGE,
    ))
    timing = ValidationTimingInfo(validation_time=at, best_signature_time=at,
                                  point_in_time_validation=True)
    result = await ades_lta_validation(emb, spec, timing_info=timing)
    if not isinstance(result.ades_subindic, AdESPassed):
        return check
    return dataclasses.replace(check, trusted=True, problems=(), revocation="good",
                               long_term=True)


def _has_dss(emb: EmbeddedPdfSignature) -> bool:
    return "/DSS" in emb.reader.root


def _dss_crls(reader: PdfFileReader) -> list[asn1_crl.CertificateList]:
    """The CRLs the document carries in its DSS (PAdES B-LT)."""
    try:
        dss = DocumentSecurityStore.read_dss(reader)
        return [asn1_crl.CertificateList.load(c.get_object().data) for c in dss.crls]
    except Exception:  # no DSS, or a damaged one: nothing to add
        return []


def _now() -> datetime:
    return datetime.now(VN_TZ)


def _covers(status: Any) -> bool:
    coverage = status.coverage
    if coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return True
    if coverage != SignatureCoverageLevel.ENTIRE_REVISION:
        return False
    diff = status.diff_result
    return (
        isinstance(diff, DiffResult)
        and diff.modification_level in _ALLOWED_LATER_CHANGES
        and status.docmdp_ok is not False
    )


def _coverage_problem(status: Any) -> str:
    if status.coverage == SignatureCoverageLevel.ENTIRE_REVISION:
        return f"{_CHANGED}: a later, unsigned update adds {_changed_after(status)}"
    return (
        "the signature does not cover the document as signed (its byte range is not the "
        "standard one)"
    )


def _failed_check(field_name: str, problem: str) -> SignatureCheck:
    return SignatureCheck(
        field_name=field_name,
        kind="signature",
        signer=None,
        signing_time=None,
        intact=False,
        trusted=False,
        covers_whole_file=False,
        problems=(problem,),
    )


def _damaged_report(raw_signatures: int, exc: BaseException) -> VerificationReport:
    problem = (
        f"the PDF is damaged and its structure cannot be read ({_describe(exc)}), so its "
        f"signature{'s' if raw_signatures > 1 else ''} cannot be checked: the file is no longer "
        "as it was signed"
    )
    return VerificationReport(
        signed=True,
        intact=False,
        trusted=False,
        covers_whole_file=False,
        signer=None,
        signing_time=None,
        signature_count=raw_signatures,
        problems=(problem,),
    )


def _load_trust_roots(paths: Sequence[Path]) -> list[asn1_x509.Certificate]:
    if isinstance(paths, str | Path):
        paths = [Path(paths)]
    roots: list[asn1_x509.Certificate] = []
    for path in paths:
        try:
            certs = list(load_certs_from_pemder([str(path)]))
        except OSError as exc:
            raise ConfigurationError(
                f"The trust root {path} cannot be read: {exc.strerror or exc}."
            ) from exc
        except Exception as exc:  # asn1crypto/pyHanko parse errors
            raise ConfigurationError(
                f"The trust root {path} is not a PEM or DER certificate file."
            ) from exc
        if not certs:
            raise ConfigurationError(f"The trust root {path} holds no certificate.")
        roots.extend(certs)
    return roots


def _common_name(cert: asn1_x509.Certificate | None) -> str | None:
    if cert is None:
        return None
    try:
        value = cert.subject.native.get("common_name")
    except Exception:  # a malformed subject must not sink the whole report
        return None
    if isinstance(value, list):
        value = value[-1] if value else None
    return nfc(value) if isinstance(value, str) and value else None


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
