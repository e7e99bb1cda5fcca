"""The development time-stamping authority's token signer.

pyHanko's ``DummyTimeStamper`` builds RFC 3161 tokens well, but parses its private key anew for
every token (for an RSA-3072 key that is a key-consistency check of ~0.1 s, several times per
signed document) and names its certificate by a SHA-1 ``ESSCertID``. ``HeldKeyTimeStamper``
keeps the parsed key and signs the token's attributes itself: content type, signing time,
``signing-certificate-v2`` (RFC 5035, the certificate named by SHA-256) and the digest of the
``TSTInfo``; everything else (the ``TSTInfo``, the ``SignedData`` around it) is the library's.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from asn1crypto import cms, core
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from pyhanko.sign.general import as_signing_certificate_v2, simple_cms_attribute
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
from pyhanko_certvalidator.util import get_pyca_cryptography_hash

__all__ = ["HeldKeyTimeStamper"]


class HeldKeyTimeStamper(DummyTimeStamper):
    """A local TSA whose RSA key is parsed once, and whose tokens name its certificate by
    SHA-256."""

    def __init__(self, tsa_cert: asn1_x509.Certificate, tsa_key: rsa.RSAPrivateKey,
                 **kwargs: Any) -> None:
        key_info = asn1_keys.PrivateKeyInfo.load(tsa_key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption()))
        super().__init__(tsa_cert, key_info, **kwargs)
        self._held_key = tsa_key

    def _sign_tst_info(self, tst_info_data: bytes, md_algorithm: str, dt: datetime
                       ) -> tuple[bytes, cms.CMSAttributes]:
        digest = hashlib.new(md_algorithm, tst_info_data).digest()
        attrs = cms.CMSAttributes([
            simple_cms_attribute("content_type", "tst_info"),
            simple_cms_attribute("signing_time", cms.Time({"utc_time": core.UTCTime(dt)})),
            simple_cms_attribute("signing_certificate_v2",
                                 as_signing_certificate_v2(self.tsa_cert)),
            simple_cms_attribute("message_digest", digest),
        ])
        signature = self._held_key.sign(attrs.dump(), PKCS1v15(),
                                        get_pyca_cryptography_hash(md_algorithm.upper()))
        return signature, attrs
