"""The revocation data a signed PDF carries in its DSS (PAdES B-LT): CRLs and OCSP responses,
and whether a response answers for a given certificate. Used by :mod:`signing.verify`."""

from __future__ import annotations

import hashlib

from asn1crypto import crl as asn1_crl
from asn1crypto import ocsp as asn1_ocsp
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import DocumentSecurityStore

__all__ = ["_answered", "_dss_crls", "_dss_ocsps"]


def _dss_crls(reader: PdfFileReader) -> list[asn1_crl.CertificateList]:
    """The CRLs the document carries in its DSS (PAdES B-LT)."""
    try:
        dss = DocumentSecurityStore.read_dss(reader)
        return [asn1_crl.CertificateList.load(c.get_object().data) for c in dss.crls]
    except Exception:  # no DSS, or a damaged one: nothing to add
        return []


def _dss_ocsps(reader: PdfFileReader) -> list[asn1_ocsp.OCSPResponse]:
    """The OCSP responses the document carries in its DSS (PAdES B-LT, as a CA that answers
    by OCSP rather than by CRL gives them)."""
    try:
        dss = DocumentSecurityStore.read_dss(reader)
        return [asn1_ocsp.OCSPResponse.load(o.get_object().data) for o in dss.ocsps]
    except Exception:  # no DSS, or a damaged one: nothing to add
        return []


def _answered(ocsps: list[asn1_ocsp.OCSPResponse], cert: asn1_x509.Certificate | None) -> bool:
    """One of the OCSP responses is about ``cert`` (by serial number and issuer name hash)."""
    if cert is None:
        return False
    for response in ocsps:
        try:
            basic = response["response_bytes"]["response"].parsed
            for single in basic["tbs_response_data"]["responses"]:
                cert_id = single["cert_id"]
                algorithm = cert_id["hash_algorithm"]["algorithm"].native
                name_hash = hashlib.new(algorithm, cert.issuer.dump()).digest()
                if cert_id["serial_number"].native == cert.serial_number and \
                        cert_id["issuer_name_hash"].native == name_hash:
                    return True
        except Exception:  # an unsuccessful or damaged response answers nothing
            continue
    return False
