"""Check an expired signer again from the long-term data of a B-LTA document.

A signature whose only problem is time (the signer's certificate has expired, its revocation
data is no longer current, or it was revoked later) is checked again as of when it was made,
from the time stamps, CRLs and document time stamps the document carries. Used by
:func:`signing.verify_pdf`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime

from asn1crypto import crl as asn1_crl
from asn1crypto import ocsp as asn1_ocsp
from asn1crypto import x509 as asn1_x509
from pyhanko.sign.ades.report import AdESIndeterminate, AdESPassed
from pyhanko.sign.validation import EmbeddedPdfSignature, KeyUsageConstraints
from pyhanko.sign.validation.ades import ades_lta_validation
from pyhanko.sign.validation.policy_decl import (
    LocalKnowledge,
    PdfSignatureValidationSpec,
    RevinfoOnlineFetchingRule,
    RevocationInfoGatheringSpec,
    SignatureValidationSpec,
)
from pyhanko_certvalidator.context import CertValidationPolicySpec
from pyhanko_certvalidator.ltv.types import ValidationTimingInfo
from pyhanko_certvalidator.policy_decl import (
    CertRevTrustPolicy,
    RevocationCheckingPolicy,
    RevocationCheckingRule,
)
from pyhanko_certvalidator.registry import SimpleTrustManager
from pyhanko_certvalidator.revinfo.archival import CRLContainer, OCSPContainer

from .verify_report import _TRUST_MESSAGES, SignatureCheck

__all__ = ["_KEY_USAGE", "_covered_stamps", "_long_term", "_spent_stamps", "_time_only"]

# A clerk certificate from another CA may carry either usage; ours carry both.
_KEY_USAGE = KeyUsageConstraints(
    key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False
)

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
    ocsps: Sequence[asn1_ocsp.OCSPResponse] = (),
) -> SignatureCheck:
    """Check an expired signer again, as of when it signed, from the document's long-term data:
    its time stamp, the CRLs and OCSP responses in its DSS and the document time stamps over
    them (B-LTA)."""
    trust = SimpleTrustManager.build(trust_roots=roots)
    required = RevocationCheckingPolicy(
        ee_certificate_rule=RevocationCheckingRule.CRL_OR_OCSP_REQUIRED,
        intermediate_ca_cert_rule=RevocationCheckingRule.CRL_OR_OCSP_REQUIRED)
    # The time-stamping authority's own certificate is first trusted as issued by the root;
    # then, for a time stamp whose TSA certificate has expired since (a renewed document),
    # checked in the past from the revocation data the document carries for it.
    stamp_rules = (RevocationCheckingRule.NO_CHECK, RevocationCheckingRule.CHECK_IF_DECLARED_SOFT)
    for rule in stamp_rules:
        stamps = RevocationCheckingPolicy(ee_certificate_rule=rule,
                                          intermediate_ca_cert_rule=rule)
        spec = PdfSignatureValidationSpec(SignatureValidationSpec(
            cert_validation_policy=CertValidationPolicySpec(trust, CertRevTrustPolicy(required)),
            ts_cert_validation_policy=CertValidationPolicySpec(trust, CertRevTrustPolicy(stamps)),
            revinfo_gathering_policy=RevocationInfoGatheringSpec(
                online_fetching_rule=RevinfoOnlineFetchingRule.LOCAL_ONLY),
            local_knowledge=LocalKnowledge(known_crls=[CRLContainer(c) for c in crls],
                                           known_ocsps=[OCSPContainer(o) for o in ocsps]),
            key_usage_settings=_KEY_USAGE,
        ))
        timing = ValidationTimingInfo(validation_time=at, best_signature_time=at,
                                      point_in_time_validation=True)
        result = await ades_lta_validation(emb, spec, timing_info=timing)
        if isinstance(result.ades_subindic, AdESPassed):
            return dataclasses.replace(check, trusted=True, problems=(), revocation="good",
                                       long_term=True)
    return check


def _covered_stamps(checks: list[SignatureCheck]) -> list[SignatureCheck]:
    """A document time stamp whose only problem is time (its TSA's certificate has expired)
    stands when a later document time stamp over it is valid: that one proves it existed
    while its certificate was valid (the renewal chain of PAdES B-LTA)."""
    out = list(checks)
    for i in range(len(out) - 1, -1, -1):
        c = out[i]
        if c.kind == "timestamp" and c.intact and not c.trusted and _time_only(c) and any(
                later.kind == "timestamp" and later.valid for later in out[i + 1:]):
            out[i] = dataclasses.replace(c, trusted=True, problems=(), long_term=True)
    return out


_SPENT = ("the archive time stamp's authority certificate has expired, so the file verifies "
          "only while its signer's certificate is valid: renew its archive time stamp before "
          "then (sohoa ltv renew)")


def _spent_stamps(checks: list[SignatureCheck]) -> list[SignatureCheck]:
    """Mark the document time stamps no signature needs: their only problem is time (the
    authority's certificate has expired) and every signature verifies on its own, its signer's
    certificate still valid, as EU DSS passes such a file with a warning. Nothing is marked
    when a signature relies on the long-term data or fails."""
    signatures = [c for c in checks if c.kind == "signature"]
    if not signatures or not all(c.valid and not c.long_term for c in signatures):
        return checks
    return [dataclasses.replace(c, spent=True)
            if c.kind == "timestamp" and c.intact and c.covers_whole_file and not c.trusted
            and _time_only(c) else c for c in checks]
