"""Renewing the archive time stamp of a signed PDF before its evidence weakens (PAdES B-LTA).

A B-LTA document stays verifiable as long as its newest time stamp can be trusted: the
certificate of the time-stamping authority (TSA) that issued it must still be valid, and the
algorithms it used must still be accepted. Before either ends, the document takes fresh
validation data (certificates and CRLs or OCSP answers of every signature and time stamp it
holds, in the DSS with a VRI entry per signature) and a new document time stamp over all of it,
as an incremental update: the bytes before stay exactly as they were. Typical use::

    stamp = newest_stamp(pdf)
    if renewal_reason(stamp, before) is not None:
        renewed = renew_pdf(pdf, timestamper, validation_context)

When algorithms weaken is sohoa's own conservative policy (:data:`ALGORITHM_SUNSET`): MD5,
SHA-1, RSA keys under 1900 bits and EC keys under 256 bits are taken as weak now, RSA keys
under 3072 bits from 2029-01-01 (the default validation policy of EU DSS stops accepting
RSA-2048 for new evidence after 2029; the day chosen here and the other limits are not read
from that policy). Check it against the validation policy the archive is held to.

:func:`make_tsa` makes an in-process TSA from the development CA with a chosen key size and end
of validity: a stronger TSA than the development default, or one that ends soon (to see a
renewal happen).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from asn1crypto import cms
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives.asymmetric import rsa
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.general import extract_certificate_info, find_cms_attribute_iter
from pyhanko.sign.signers.pdf_signer import PdfTimeStamper
from pyhanko.sign.timestamps import TimeStamper
from pyhanko.sign.validation import DocumentSecurityStore
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from sohoa.errors import SohoaError
from sohoa.text import nfc

from ._aio import run_sync
from ._tsa import HeldKeyTimeStamper
from .errors import SigningError, UnreadablePdfError
from .identity import _to_asn1_cert
from .pki import DevPki

__all__ = [
    "ALGORITHM_SUNSET",
    "RenewalError",
    "StampInfo",
    "ends_within",
    "make_tsa",
    "newest_stamp",
    "probe_tsa",
    "renew_pdf",
    "renewal_reason",
    "stamp_info",
]

_NOW_WEAK = date(1970, 1, 1)
ALGORITHM_SUNSET: dict[str, date] = {
    "md5": _NOW_WEAK,
    "sha1": _NOW_WEAK,
    "rsa<1900": _NOW_WEAK,
    "rsa<3072": date(2029, 1, 1),
    "ec<256": _NOW_WEAK,
}
"""From which day (UTC) an algorithm is no longer taken as sound for a time stamp; the keys
are a digest name or a key kind below a size. Algorithms not listed have no end known yet."""

_ENDLESS = datetime(9999, 12, 31, tzinfo=UTC)
_MD = "sha256"


class RenewalError(SigningError):
    """A time stamp cannot be renewed as asked; the message says why and what to do."""

    code = "renewal_failed"
    message = ("Không gia hạn được dấu thời gian lưu trữ (the archive time stamp could not be "
               "renewed).")


@dataclass(frozen=True, slots=True)
class StampInfo:
    """One time stamp: when, by which TSA, with which algorithms, trusted until when."""

    at: datetime
    """The time it certifies (UTC)."""
    tsa: str
    """Common name of the TSA's certificate."""
    serial: str
    """Serial number of the TSA's certificate (hex)."""
    not_after: datetime
    """When the TSA's certificate ends (UTC)."""
    key: str
    """The TSA's key, e.g. ``RSA-3072`` or ``EC-256``."""
    digest: str
    """The digest the TSA signed with (``sha256``)."""
    kind: str = "document"
    """``document`` (a document time stamp) or ``signature`` (a signature's own)."""

    @property
    def weak_from(self) -> tuple[datetime, str]:
        """(when its algorithms stop being sound, which one) or (far future, ``""``)."""
        found = [(datetime.combine(day, datetime.min.time(), UTC), what)
                 for what, day in ALGORITHM_SUNSET.items() if self._uses(what)]
        return min(found) if found else (_ENDLESS, "")

    @property
    def usable_until(self) -> datetime:
        """When it can no longer vouch for the document: the TSA's certificate ends, or its
        algorithms weaken, whichever comes first."""
        return min(self.not_after, self.weak_from[0])

    def _uses(self, what: str) -> bool:
        if what in ("md5", "sha1"):
            return self.digest == what
        kind, _, size = self.key.partition("-")
        name, _, limit = what.partition("<")
        return kind.lower() == name and size.isdigit() and int(size) < int(limit)

    def to_json(self) -> dict[str, str]:
        """The stamp as a version record keeps it."""
        return {"at": self.at.isoformat(), "tsa": self.tsa, "serial": self.serial,
                "not_after": self.not_after.isoformat(), "key": self.key,
                "digest": self.digest, "usable_until": self.usable_until.isoformat()}


def stamp_info(token: cms.ContentInfo, kind: str = "document") -> StampInfo:
    """What a time-stamp token (RFC 3161) says of itself."""
    try:
        signed = token["content"]
        info = signed["encap_content_info"]["content"].parsed
        cert = extract_certificate_info(signed).signer_cert
        signer = signed["signer_infos"][0]
        digest = signer["digest_algorithm"]["algorithm"].native.lower()
        imprint = info["message_imprint"]["hash_algorithm"]["algorithm"].native.lower()
        names = cert.subject.native
        cn = names.get("common_name", "")
        return StampInfo(
            at=info["gen_time"].native.astimezone(UTC),
            tsa=nfc(cn[-1] if isinstance(cn, list) else str(cn)),
            serial=f"{cert.serial_number:x}",
            not_after=cert["tbs_certificate"]["validity"]["not_after"].native.astimezone(UTC),
            key=_key_name(cert.public_key),
            digest="sha1" if "sha1" in (digest, imprint) else digest, kind=kind)
    except SohoaError:
        raise
    except Exception as exc:  # a damaged token
        raise UnreadablePdfError(f"Dấu thời gian bị hỏng, không đọc được (a time stamp is "
                                 f"damaged: {type(exc).__name__}: {exc}).") from exc


def _key_name(key: asn1_keys.PublicKeyInfo) -> str:
    algo = key.algorithm
    if algo == "rsa":
        return f"RSA-{key.bit_size}"
    if algo == "ec":
        return f"EC-{key.bit_size}"
    return f"{algo.upper()}-{key.bit_size}"


def newest_stamp(pdf: bytes) -> StampInfo | None:
    """The newest time stamp of a signed PDF: its last document time stamp, else the time
    stamp of its last signature; None when it carries no time stamp (PAdES B-B, or no
    signature)."""
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        stamps = list(reader.embedded_timestamp_signatures)
        if stamps:
            last = max(stamps, key=lambda e: e.signed_revision)
            return stamp_info(cms.ContentInfo.load(last.pkcs7_content))
        for emb in sorted(reader.embedded_regular_signatures, key=lambda e: e.signed_revision,
                          reverse=True):
            attrs = emb.signer_info["unsigned_attrs"]
            tokens = list(find_cms_attribute_iter(attrs, "signature_time_stamp_token")) \
                if attrs.native else []
            if tokens:
                return stamp_info(tokens[0], "signature")
    except SohoaError:
        raise
    except Exception as exc:  # the PDF itself cannot be read
        raise UnreadablePdfError(f"Không đọc được tệp PDF đã ký (the signed PDF cannot be "
                                 f"read: {type(exc).__name__}: {exc}).") from exc
    return None


def renewal_reason(stamp: StampInfo | None, before: datetime) -> str | None:
    """Why a document whose newest time stamp is ``stamp`` needs a new one to stay
    verifiable until ``before``, in Vietnamese then English; None when it does not (or has
    no time stamp to renew: a B-B signature is not made long-term by renewal)."""
    if stamp is None:
        return None
    weak_at, weak = stamp.weak_from
    if weak and weak_at < before:
        algo = weak.upper().replace("<", " dưới ")
        return (f"thuật toán của dấu thời gian ({stamp.key}, {stamp.digest}) yếu đi từ "
                f"{weak_at.date().isoformat()} ({algo}) (its algorithms weaken)")
    if stamp.not_after < before:
        return (f"chứng thư của đơn vị cấp dấu thời gian {stamp.tsa} hết hạn "
                f"{stamp.not_after.date().isoformat()} (the TSA certificate expires)")
    return None


def probe_tsa(timestamper: TimeStamper) -> StampInfo:
    """Ask the TSA once for a time stamp of a fixed digest and say what it gives: which
    certificate, key and digest a renewal with it would leave on a document."""
    digest = hashlib.sha256(b"sohoa: TSA probe").digest()
    try:
        token = run_sync(timestamper.async_timestamp(digest, _MD))
    except Exception as exc:  # an unreachable or failing TSA
        raise RenewalError(f"Đơn vị cấp dấu thời gian không trả lời (the time-stamping "
                           f"authority did not answer: {type(exc).__name__}: {exc}).") from exc
    return stamp_info(token)


def renew_pdf(pdf: bytes, timestamper: TimeStamper,
              validation_context: ValidationContext) -> bytes:
    """Add fresh validation data and a new document time stamp to a signed PDF.

    For every signature and time stamp already in the file, the certificates it was made
    with go into the DSS, with the revocation data ``validation_context`` finds for them (the
    installation's CRL, or what it fetches), under the VRI entry of that signature; then a
    document time stamp from ``timestamper`` covers it all, and the TSA's own chain and
    revocation data are added after it.

    Args:
        pdf: The signed PDF.
        timestamper: The TSA of the new time stamp.
        validation_context: Where revocation data comes from (built fresh for each call:
            pyHanko keeps what it found in it).

    Returns:
        The renewed PDF: the input bytes unchanged, followed by incremental updates.

    Raises:
        RenewalError: The PDF cannot be read, or the TSA or pyHanko failed.
    """
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signed = sorted(reader.embedded_signatures, key=lambda e: e.signed_revision)
        # the digest of the time stamp before, unless it is weaker than SHA-256
        md = next((e.md_algorithm for e in reversed(signed)
                   if e.sig_object_type == "/DocTimeStamp"), _MD)
        md = md if md in ("sha256", "sha384", "sha512") else _MD
        out = io.BytesIO(pdf)
        writer = IncrementalPdfFileWriter(out, strict=False)
        listed = _vri_keys(reader)
        for emb in signed:
            certs, signers = _certificates(emb.signed_data, emb.signer_info)
            paths = [p for cert in signers
                     if (p := _path(cert, certs, validation_context)) is not None]
            # a VRI entry once written is never changed (a validator takes that as tampering)
            vri = DocumentSecurityStore.sig_content_identifier(emb.pkcs7_content)
            DocumentSecurityStore.supply_dss_in_writer(
                writer, None if vri in listed else emb.pkcs7_content, certs=certs,
                paths=paths, validation_context=validation_context if paths else None)
        run_sync(PdfTimeStamper(timestamper, readable_field_name="Gia hạn lưu trữ")
                 .async_timestamp_pdf(writer, md, validation_context, in_place=True))
        return out.getvalue()
    except SohoaError:
        raise
    except Exception as exc:  # pyHanko, the TSA or the PDF: translated here
        raise RenewalError(f"Không gia hạn được dấu thời gian lưu trữ ({type(exc).__name__}: "
                           f"{exc}) (the archive time stamp could not be renewed).") from exc


def _vri_keys(reader: PdfFileReader) -> set[str]:
    """The VRI entries the document's DSS already has."""
    try:
        vri = reader.root["/DSS"]["/VRI"]
    except KeyError:
        return set()
    return {str(k) for k in vri}


def _certificates(signed: cms.SignedData, signer_info: cms.SignerInfo
                  ) -> tuple[list[asn1_x509.Certificate], list[asn1_x509.Certificate]]:
    """Every certificate a signature and its own time stamp carry, and their signers'."""
    info = extract_certificate_info(signed)
    certs = [info.signer_cert, *info.other_certs]
    signers = [info.signer_cert]
    attrs = signer_info["unsigned_attrs"]
    for token in (find_cms_attribute_iter(attrs, "signature_time_stamp_token")
                  if attrs.native else ()):
        inner = extract_certificate_info(token["content"])
        certs += [inner.signer_cert, *inner.other_certs]
        signers.append(inner.signer_cert)
    unique = {c.sha256: c for c in certs}
    return list(unique.values()), signers


def _path(cert: asn1_x509.Certificate, others: Iterable[asn1_x509.Certificate],
          context: ValidationContext) -> object | None:
    """The validated path of ``cert`` now (its revocation data gathered into ``context``), or
    None when it no longer validates (expired): its certificates are kept all the same."""
    validator = CertificateValidator(cert, intermediate_certs=list(others),
                                     validation_context=context)
    try:
        return run_sync(validator.async_validate_usage(set()))
    except Exception:  # expired, revoked later or not trusted now: no fresh data to add
        return None


def make_tsa(pki: DevPki, *, not_after: datetime | None = None, key_bits: int = 3072,
             name: str = "") -> TimeStamper:
    """An in-process TSA certified by the development CA: an RSA key of ``key_bits`` and a
    certificate that ends at ``not_after`` (default: with the CA). It is not kept anywhere:
    each call makes a new key."""
    if key_bits < 2048:
        raise RenewalError("Khóa của đơn vị cấp dấu thời gian phải từ 2048 bit (a TSA key "
                           "needs at least 2048 bits).")
    key = rsa.generate_private_key(65537, key_bits)
    cert = pki.issue(key.public_key(), name or f"sohoa TSA {key_bits} — {pki.organisation}",
                     not_after=not_after, time_stamping=True)
    return HeldKeyTimeStamper(
        _to_asn1_cert(cert), key,
        certs_to_embed=SimpleCertificateStore.from_certs([_to_asn1_cert(pki.ca_cert)]))


def ends_within(days: int, now: datetime | None = None) -> datetime:
    """The moment ``days`` days from now (UTC): the ``before`` of a renewal margin."""
    return (now or datetime.now(UTC)).astimezone(UTC) + timedelta(days=days)
