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

The report types and their words (:class:`SignatureCheck`, :class:`VerificationReport`,
:data:`CHANGED_AFTER_VI`, :data:`REVOCATION_VI`) live in :mod:`signing.verify_report` and are
importable from here; the long-term (B-LTA) re-check lives in :mod:`signing._long_term`.
"""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from asn1crypto import crl as asn1_crl
from asn1crypto import ocsp as asn1_ocsp
from asn1crypto import x509 as asn1_x509
from pyhanko.keys import load_certs_from_pemder
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import DiffResult, ModificationLevel
from pyhanko.sign.fields import SigSeedSubFilter, enumerate_sig_fields
from pyhanko.sign.validation import (
    EmbeddedPdfSignature,
    SignatureCoverageLevel,
    async_validate_pdf_signature,
    async_validate_pdf_timestamp,
)
from pyhanko_certvalidator import ValidationContext

from sohoa.errors import ConfigurationError
from sohoa.text import nfc

from ._aio import run_sync
from ._long_term import _KEY_USAGE, _SPENT, _covered_stamps, _long_term, _spent_stamps, _time_only
from ._revinfo import _answered, _dss_crls, _dss_ocsps
from .changes import changes_after
from .errors import UnreadablePdfError
from .sign import VN_TZ
from .verify_report import (
    _CHANGE_WORDS,
    _CHANGED,
    _NO_SIGNATURE,
    _OTHER_CHANGES,
    _TRUST_MESSAGES,
    CHANGED_AFTER_VI,
    REVOCATION_VI,
    TOTAL_FAILED,
    TOTAL_PASSED,
    SignatureCheck,
    VerificationReport,
    _indication_of,
)

__all__ = ["CHANGED_AFTER_VI", "REVOCATION_VI", "SignatureCheck", "VerificationReport",
           "verify_pdf"]

_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*\d+\s+\d+\s+\d+\s+\d+\s*\]")
_ALLOWED_LATER_CHANGES = frozenset(
    {ModificationLevel.NONE, ModificationLevel.LTA_UPDATES, ModificationLevel.FORM_FILLING}
)
_ALLOWED_WORDS = frozenset(_CHANGE_WORDS[level] for level in _ALLOWED_LATER_CHANGES)


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
        checks = run_sync(_check_all(data, found, broken, roots, [*crls, *_dss_crls(reader)],
                                     at, _dss_ocsps(reader)))
    except Exception as exc:  # a failure outside any one signature's check
        reason = f"the signatures could not be checked ({_describe(exc)})"
        checks = [_failed_check(emb.field_name, reason) for emb in found]
        checks += [_failed_check(name, reason) for name, _ in broken]
    regular = [c for c in checks if c.kind == "signature"] or checks
    last = regular[-1]
    checks = _spent_stamps(checks)
    counted = [c for c in checks if not c.spent]
    problems = [p for c in counted for p in c.problems]
    warnings = tuple(f"{_SPENT} ({p.rsplit(' (', 1)[-1]}" for c in checks if c.spent
                     for p in c.problems[:1])
    return VerificationReport(
        signed=True,
        intact=all(c.intact for c in counted),
        trusted=all(c.trusted for c in counted),
        covers_whole_file=all(c.covers_whole_file for c in counted),
        signer=last.signer,
        signing_time=last.signing_time,
        signature_count=len(checks),
        problems=tuple(problems + notes),
        signatures=tuple(checks),
        warnings=warnings,
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
    data: bytes,
    found: list[EmbeddedPdfSignature],
    broken: list[tuple[str, str]],
    roots: list[asn1_x509.Certificate],
    crls: list[asn1_crl.CertificateList],
    at: datetime | None,
    ocsps: list[asn1_ocsp.OCSPResponse],
) -> list[SignatureCheck]:
    vc = ValidationContext(trust_roots=roots, crls=crls, ocsps=ocsps, allow_fetching=False,
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
                check = await _check_one(data, emb, ts_vc if stamp else vc, where, crls,
                                         doc_stamps, ocsps)
                if check.kind == "signature" and not check.trusted and check.intact and \
                        _time_only(check) and check.level == "B-LTA":
                    check = await _long_term(emb, check, roots, crls, at or _now(), ocsps)
                    if check.valid:
                        check = dataclasses.replace(check, indication=TOTAL_PASSED,
                                                    sub_indication=None)
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
    checks = _covered_stamps(checks)
    for offset, (name, reason) in enumerate(broken, start=len(found) + 1):
        where = f"signature {offset} of {total}, field {name}"
        checks.append(_failed_check(name, f"the signature cannot be checked: {reason} ({where})"))
    return checks


async def _check_one(
    data: bytes, emb: EmbeddedPdfSignature, vc: ValidationContext, where: str,
    crls: list[asn1_crl.CertificateList], doc_stamps: list[int],
    ocsps: list[asn1_ocsp.OCSPResponse],
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
    changes = _named_changes(data, emb, status)
    if changes:
        covers = False
        problems.append(f"{_CHANGED}: a later, unsigned update changes {'; '.join(changes)} "
                        f"({where})")
    elif not covers:
        problems.append(f"{_coverage_problem(status)} ({where})")

    level = timestamp = None
    revocation = "unknown"
    if kind == "signature":
        tst = getattr(status, "timestamp_validity", None)
        timestamp = tst.timestamp.astimezone(VN_TZ) if tst is not None else None
        level = "B-B" if timestamp is None else "B-T"
        issuer = status.signing_cert.issuer if status.signing_cert is not None else None
        revinfo = any(c.issuer == issuer for c in crls) or _answered(ocsps, status.signing_cert)
        if timestamp is not None and revinfo and _has_dss(emb):
            level = "B-LT"
            if any(rev > emb.signed_revision for rev in doc_stamps):
                level = "B-LTA"
        if status.revocation_details is not None:
            revocation = "revoked"
        elif trusted and revinfo:
            revocation = "good"
    changed_after = _changed_after(status)
    if changes and changed_after in _ALLOWED_WORDS:
        changed_after = _OTHER_CHANGES  # what pyHanko let pass as maintenance is not
    indication, sub_indication = _indication_of(status, intact, trusted, covers, changes, crls,
                                          signing_time)
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
        changed_after=changed_after,
        chain=_chain(status),
        changes=changes,
        indication=indication,
        sub_indication=sub_indication,
    )


def _named_changes(data: bytes, emb: EmbeddedPdfSignature, status: Any) -> tuple[str, ...]:
    """What the updates after the signature changed, named (:func:`signing.changes`)."""
    if status.coverage != SignatureCoverageLevel.ENTIRE_REVISION:
        return ()  # the whole file (nothing after it), or a byte range that is not standard
    byte_range = emb.sig_object.get("/ByteRange")
    return changes_after(data, int(byte_range[2]) + int(byte_range[3]))



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


def _changed_after(status: Any) -> str:
    """What the updates after a signature changed, in words."""
    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return "nothing"
    diff = getattr(status, "diff_result", None)
    if isinstance(diff, DiffResult):
        return _CHANGE_WORDS.get(diff.modification_level, _OTHER_CHANGES)
    return _OTHER_CHANGES


def _has_dss(emb: EmbeddedPdfSignature) -> bool:
    return "/DSS" in emb.reader.root


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
        indication=TOTAL_FAILED,
        sub_indication="FORMAT_FAILURE",
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
