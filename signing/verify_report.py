"""What a verification of a signed PDF says: the report types and their words.

:class:`VerificationReport` holds the outcome for a whole file and :class:`SignatureCheck` for
each of its signatures (:func:`signing.verify_pdf` makes them). The problems they list are in
English, as the technical detail; :attr:`VerificationReport.bottom_line_vi`,
:data:`CHANGED_AFTER_VI` and :data:`REVOCATION_VI` say the same in Vietnamese for the
verification page. Everything here is also importable from :mod:`signing.verify`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pyhanko.sign.ades.report import AdESIndeterminate
from pyhanko.sign.diff_analysis import ModificationLevel

from .errors import InvalidSignatureError, NotSignedError

__all__ = ["CHANGED_AFTER_VI", "INDETERMINATE", "REVOCATION_VI", "TOTAL_FAILED", "TOTAL_PASSED",
           "SignatureCheck", "VerificationReport"]

TOTAL_PASSED, INDETERMINATE, TOTAL_FAILED = "TOTAL_PASSED", "INDETERMINATE", "TOTAL_FAILED"
_RANK = {TOTAL_PASSED: 0, INDETERMINATE: 1, TOTAL_FAILED: 2}
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
        changes: What the updates after this signature changed, named (Vietnamese, then the
            English in parentheses): the content or annotations of a page, the number of
            pages, the document information (Info) or the XMP metadata, with the entries
            changed. Any of them makes the signature invalid.
        indication: The verdict in the terms of ETSI EN 319 102-1, as EU DSS gives it:
            ``TOTAL_PASSED``, ``INDETERMINATE`` (the signature may be good, but what would show
            it is missing: a trusted chain, a certificate valid now or proof it was signed
            while it was) or ``TOTAL_FAILED`` (the signature or the signed document is not
            what was signed).
        sub_indication: Why, when not passed, in the same terms (``HASH_FAILURE``,
            ``SIG_CRYPTO_FAILURE``, ``NO_CERTIFICATE_CHAIN_FOUND``,
            ``OUT_OF_BOUNDS_NOT_REVOKED``, ``OUT_OF_BOUNDS_NO_POE``, ``REVOKED``,
            ``REVOKED_NO_POE``, ``FORMAT_FAILURE``, ...); ``None`` for a document changed after
            signing, which the standard leaves to the validator (EU DSS only warns).
        spent: A document time stamp whose only problem is time (its authority's certificate
            has expired) in a file whose every signature verifies without it, its signer's
            certificate being still valid: EU DSS passes such a file with a warning, and so
            does sohoa (:attr:`VerificationReport.warnings`); it counts again as soon as a
            signature needs it.
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
    changes: tuple[str, ...] = ()
    indication: str = INDETERMINATE
    sub_indication: str | None = None
    spent: bool = False

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
        warnings: What does not change the verdict but calls for action: an archive time stamp
            that has expired while the signer's certificate is still valid (the file verifies
            only until that certificate ends; renew it).
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
    warnings: tuple[str, ...] = ()

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
    def indication(self) -> str | None:
        """The verdict on the whole file in the terms EU DSS gives it (ETSI EN 319 102-1): the
        worst of its signatures' (``TOTAL_FAILED``, then ``INDETERMINATE``, then
        ``TOTAL_PASSED``); ``TOTAL_PASSED`` exactly when :attr:`valid`; ``None`` when the file
        is not signed."""
        return self._verdict[0]

    @property
    def sub_indication(self) -> str | None:
        """Why the file is not ``TOTAL_PASSED``: the sub-indication of its first worst
        signature (see :attr:`SignatureCheck.sub_indication`)."""
        return self._verdict[1]

    @property
    def _verdict(self) -> tuple[str | None, str | None]:
        if not self.signed:
            return None, None
        if self.valid:
            return TOTAL_PASSED, None
        counted = [c for c in self.signatures if not c.spent]
        worst = max(counted, key=lambda c: _RANK.get(c.indication, 2), default=None)
        if worst is None or worst.indication == TOTAL_PASSED:
            # the file's structure or a signature no field names: not what was signed
            return TOTAL_FAILED, "FORMAT_FAILURE"
        return worst.indication, worst.sub_indication

    @property
    def bottom_line(self) -> str:
        """One sentence for a person: valid, not signed, indeterminate (what would show the
        signature good is missing) or not valid, and the first reason."""
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
        if self.indication == INDETERMINATE:
            return f"Indeterminate ({self.sub_indication}): {first}{extra}."
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
        if self.indication == INDETERMINATE:
            return f"Chưa xác định được hiệu lực: {self._indeterminate_vi()}."
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

    @property
    def warnings_vi(self) -> tuple[str, ...]:
        """:attr:`warnings` in Vietnamese, for the verification page."""
        return tuple(_SPENT_VI for _ in self.warnings)

    def _indeterminate_vi(self) -> str:
        sub = self.sub_indication or ""
        if sub.startswith("OUT_OF_BOUNDS") or sub == "EXPIRED":
            return ("chứng thư số đã hết hạn và tài liệu không còn dấu thời gian lưu trữ còn "
                    "hiệu lực chứng minh chữ ký có trước đó")
        if sub.startswith("REVOKED"):
            return ("chứng thư số của người ký đã bị thu hồi và không có bằng chứng chữ ký có "
                    "trước khi thu hồi")
        if sub in ("NO_CERTIFICATE_CHAIN_FOUND", "CHAIN_CONSTRAINTS_FAILURE",
                   "CERTIFICATE_CHAIN_GENERAL_FAILURE"):
            return "chứng thư số của người ký không do tổ chức chứng thực được tin cậy cấp"
        if sub == "NOT_YET_VALID":
            return "chứng thư số của người ký chưa có hiệu lực"
        if sub == "TRY_LATER":
            return "chưa có thông tin thu hồi mới của chứng thư số"
        return "thiếu dữ liệu để xác nhận chữ ký"

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


def _indication_of(status: Any, intact: bool, trusted: bool, covers: bool,
                   changes: tuple[str, ...], crls: list[Any], signing_time: datetime | None,
                   ) -> tuple[str, str | None]:
    """Indication and sub-indication in the terms of ETSI EN 319 102-1, as EU DSS names
    them, of one signature checked now (or as of ``--at``)."""
    if not status.intact:
        return TOTAL_FAILED, "HASH_FAILURE"
    if not intact:
        return TOTAL_FAILED, "SIG_CRYPTO_FAILURE"
    if changes or not covers:
        return TOTAL_FAILED, None if changes else "FORMAT_FAILURE"
    details = status.revocation_details
    if details is not None:
        when = getattr(details, "revocation_date", None)
        if when is not None and signing_time is not None and when <= signing_time:
            return TOTAL_FAILED, "REVOKED"
        return INDETERMINATE, "REVOKED_NO_POE"
    if trusted:
        return TOTAL_PASSED, None
    indic = status.trust_problem_indic
    name = getattr(indic, "name", None)
    if name in _OUT_OF_BOUNDS:
        cert = status.signing_cert
        crls_of_issuer = [c for c in crls if cert is not None and c.issuer == cert.issuer]
        listed = any(cert is not None and r["user_certificate"] == cert.serial_number
                     for c in crls_of_issuer
                     for r in c["tbs_cert_list"]["revoked_certificates"].native or [])
        return INDETERMINATE, ("OUT_OF_BOUNDS_NOT_REVOKED" if crls_of_issuer and not listed
                               else "OUT_OF_BOUNDS_NO_POE")
    if name in (None, "CERTIFICATE_CHAIN_GENERAL_FAILURE"):
        # no path reaches a trust anchor (pyHanko also says so when a CA of the same name
        # but another key is trusted): EU DSS names it NO_CERTIFICATE_CHAIN_FOUND
        return INDETERMINATE, "NO_CERTIFICATE_CHAIN_FOUND"
    return INDETERMINATE, name


_OUT_OF_BOUNDS = frozenset({"EXPIRED", "OUT_OF_BOUNDS_NO_POE", "OUT_OF_BOUNDS_NOT_REVOKED"})


_SPENT_VI = ("dấu thời gian lưu trữ đã hết hạn: tệp chỉ còn xác minh được khi chứng thư số của "
             "người ký còn hiệu lực, cần gia hạn dấu thời gian lưu trữ trước thời điểm đó")
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
