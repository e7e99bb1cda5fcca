"""Which key signs: a person's PKCS#12 file or token from a real CA, the organisation's seal on
an HSM, or the development PKI when neither is configured.

A :class:`Keyring` is made from a :class:`KeyConfig` (the composition root fills it from the
settings) and gives the identity that signs for a person (the clerk who digitised a paper, the
officer who issues a result) and for the organisation's seal::

    keys = Keyring(config, data_dir / "pki")
    with keys.person("Nguyễn Thị Lan") as signer:
        signed = sign_pdf(pdf, signer, profile=keys.profile([signer]))
    keys.record(signer, "digitiser")   # what the archived record keeps of it

For a person, in order: ``<p12_dir>/<slug>.p12`` (``nguyen-thi-lan.p12``; its passphrase from
the passphrase file under the slug, else the one passphrase given), else the key on the
person's token (labelled ``person_key_label``, else with the person's name), else the
development PKI. For the seal: the key on the HSM (``seal_key_label``, else the organisation's
name), else the development PKI. The development PKI folder is made and read only when an
identity or a profile needs it: with every key configured, nothing reads it.

A configured identity that cannot be used (a missing file, a wrong passphrase or PIN, an
absent token, an expired certificate, one without digitalSignature or nonRepudiation, one that
names someone else) raises :class:`signing.errors.SigningKeyError` naming the setting and the
reason; nothing is ever signed with another key instead. :meth:`Keyring.check` opens every
configured identity it can at start-up.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography import x509
from pyhanko.sign.timestamps import HTTPTimeStamper, TimeStamper
from pyhanko_certvalidator import ValidationContext

from sohoa.text import nfc, normalise_space

from ._key_checks import (
    _common_name,
    check_certificate,
    identity_record,
    load_certificates,
    person_slug,
    read_passphrases,
)
from .errors import PkiError, SigningKeyError
from .identity import ClerkSigner, SigningIdentity, _to_asn1_cert
from .ltv import LEVELS, SigningProfile, current_crl, dev_timestamper, signing_profile
from .pki import DevPki

__all__ = ["SETTING", "KeyConfig", "Keyring", "person_slug"]

SETTING = {
    "p12_dir": "SOHOA_SIGNING__CLERK_P12_DIR",
    "p12_passphrases": "SOHOA_SIGNING__CLERK_P12_PASSPHRASES",
    "p12_passphrase": "SOHOA_SIGNING__CLERK_P12_PASSPHRASE",
    "pkcs11_module": "SOHOA_SIGNING__PKCS11_MODULE",
    "person_token": "SOHOA_SIGNING__CLERK_TOKEN",
    "person_pin": "SOHOA_TOKEN_PIN",
    "seal_token": "SOHOA_SIGNING__SEAL_TOKEN",
    "seal_pin": "SOHOA_HSM_PIN",
    "trust_roots": "SOHOA_SIGNING__TRUST_ROOTS",
    "tsa_url": "SOHOA_SIGNING__TSA_URL",
    "fetch_revocation": "SOHOA_SIGNING__FETCH_REVOCATION",
}
"""The setting (environment variable) behind each field of :class:`KeyConfig`, for messages."""


@dataclass(frozen=True, slots=True)
class KeyConfig:
    """Where the signing keys are; every field unset means the development PKI signs."""

    organisation: str
    level: str = "B-B"
    tsa_url: str | None = None
    fetch_revocation: bool = False
    p12_dir: Path | None = None
    p12_passphrases: Path | None = None
    p12_passphrase: str | None = field(default=None, repr=False)
    pkcs11_module: Path | None = None
    person_token: str | None = None
    person_key_label: str | None = None
    person_pin: str | None = field(default=None, repr=False)
    seal_token: str | None = None
    seal_key_label: str | None = None
    seal_pin: str | None = field(default=None, repr=False)
    trust_roots: tuple[Path, ...] = ()

    @property
    def real_persons(self) -> bool:
        """Whether people sign with keys from a real CA (files or a token)."""
        return bool(self.p12_dir or self.person_token)

    @property
    def real_seal(self) -> bool:
        """Whether the organisation seals with a key on an HSM."""
        return bool(self.seal_token)


class Keyring:
    """The signing identities of one installation (see the module documentation)."""

    def __init__(self, config: KeyConfig, dev_dir: Path) -> None:
        """Nothing is opened here: identities are opened when asked for (or by ``check``).

        Args:
            config: Where the keys are.
            dev_dir: Folder of the development PKI, made only if an identity needs it.
        """
        self.config = config
        self.dev_dir = Path(dev_dir)
        self._dev: DevPki | None = None
        self._files: dict[str, tuple[float, ClerkSigner]] = {}
        self._kinds: dict[int, tuple[Any, str, str]] = {}
        """By ``id``: each signer this keyring gave out (kept, so the id stays its own), its
        kind and the file or token it came from."""
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return (f"Keyring(persons={'real' if self.config.real_persons else 'dev'}, "
                f"seal={'hsm' if self.config.real_seal else 'dev'})")

    def dev(self) -> DevPki:
        """The development PKI, made in ``dev_dir`` at first call."""
        with self._lock:
            if self._dev is None:
                self._dev = DevPki.ensure(self.dev_dir, self.config.organisation)
            return self._dev

    @property
    def dev_opened(self) -> bool:
        """Whether this keyring has made or read the development PKI."""
        return self._dev is not None

    @contextlib.contextmanager
    def person(self, name: str) -> Iterator[SigningIdentity]:
        """The identity ``name`` signs with (a key on a token is closed afterwards).

        Raises:
            SigningKeyError: The configured file or token cannot be used for ``name``.
            PkiError: The development PKI cannot be made or read.
        """
        name = normalise_space(nfc(name))
        c = self.config
        if c.p12_dir is not None:
            yield self._from_file(name)
        elif c.person_token:
            with self._from_token(name, c.person_token, c.person_key_label or name,
                                  c.person_pin, "person_token", "person_pin",
                                  person=name) as signer:
                yield signer
        else:
            yield self._remember(self.dev().clerk_signer(name), "dev")

    @contextlib.contextmanager
    def seal(self) -> Iterator[SigningIdentity]:
        """The identity of the organisation's seal (closed afterwards when on an HSM).

        Raises:
            SigningKeyError: The configured HSM key cannot be used.
            PkiError: The development PKI cannot be made or read.
        """
        c = self.config
        if c.seal_token:
            with self._from_token(c.organisation, c.seal_token,
                                  c.seal_key_label or c.organisation, c.seal_pin,
                                  "seal_token", "seal_pin") as signer:
                yield signer
        else:
            yield self._remember(self.dev().clerk_signer(c.organisation), "dev")

    def record(self, signer: SigningIdentity, role: str) -> dict[str, Any]:
        """What an archived record keeps of ``signer`` (got from this keyring) signing as
        ``role`` (``digitiser``, ``officer``, ``organisation``): the kind of key (``dev``,
        ``pkcs12``, ``pkcs11``), the certificate's subject, issuer, serial and sha256, and the
        file or token it came from."""
        kind, where = self._kind_of(signer)
        place = {"file": where} if kind == "pkcs12" else {"token": where}
        return identity_record(_certificate(signer), kind=kind, role=role, name=signer.name,
                               **place)

    def record_of_signed(self, pdf: bytes, field_name: str, role: str) -> dict[str, Any]:
        """What a record keeps of the identity that signed ``field_name`` of ``pdf`` (a file
        signed earlier in this installation, e.g. by an attempt that was interrupted); the
        kind is the one configured for ``role``. ``{}`` when the field holds no signature."""
        from io import BytesIO

        from pyhanko.pdf_utils.reader import PdfFileReader

        c = self.config
        try:
            reader = PdfFileReader(BytesIO(pdf), strict=False)
            found = [s for s in reader.embedded_signatures if s.field_name == field_name]
            if not found:
                return {}
            cert = x509.load_der_x509_certificate(found[0].signer_cert.dump())
        except Exception:  # a damaged file: the record says nothing rather than a guess
            return {}
        if role == "organisation":
            kind = "pkcs11" if c.real_seal else "dev"
        else:
            kind = "pkcs12" if c.p12_dir else "pkcs11" if c.person_token else "dev"
        name = _common_name(cert)
        return identity_record(cert, kind=kind, role=role, name=name)

    def uses_dev(self, signers: Sequence[SigningIdentity] = ()) -> bool:
        """Whether signing with ``signers`` (default: any identity of this keyring) involves
        the development PKI."""
        if signers:
            return any(self._kind_of(s)[0] == "dev" for s in signers)
        return not (self.config.real_persons and self.config.real_seal)

    def trust_roots(self) -> list[Path]:
        """The CA certificates a signature made here is checked against: the configured trust
        roots, and the development CA when it exists (documents it signed stay checkable)."""
        roots = list(self.config.trust_roots)
        if self._dev is not None or not (self.config.real_persons or self.config.real_seal):
            roots.append(self.dev().ca_cert_path)
        elif (self.dev_dir / "ca.cert.pem").is_file():
            roots.append(self.dev_dir / "ca.cert.pem")
        return roots

    def crls(self, at: datetime | None = None) -> list[Any]:
        """Revocation lists to check with besides those a document carries: the development
        CA's, when this keyring uses it, as issued at ``at`` (default now), listing what was
        revoked by then; none when the CA is not valid at ``at`` (it could not sign one)."""
        if self._dev is None and (self.config.real_persons or self.config.real_seal):
            return []
        dev = self.dev()
        ca = dev.ca_cert
        if at is not None and not ca.not_valid_before_utc <= at <= ca.not_valid_after_utc:
            return []
        return [current_crl(dev, now=at)]

    def profile(self, signers: Sequence[SigningIdentity] = ()) -> SigningProfile:
        """The PAdES level, time-stamping authority and revocation source for signing with
        ``signers``: the development PKI's own when they are its keys and nothing else is
        configured, else the configured TSA and the revocation data fetched from the
        certificates' addresses, checked against the configured trust roots.

        Raises:
            SigningKeyError: Keys from a real CA at B-T or above without a TSA, or at B-LT or
                above without fetching revocation data.
        """
        return self._profile(self.uses_dev(signers))

    def _profile(self, dev: bool) -> SigningProfile:
        c = self.config
        if c.level not in LEVELS:
            raise SigningKeyError(f"Mức chữ ký {c.level!r} không có; chọn một trong "
                                  f"{', '.join(LEVELS)} (unknown PAdES level).")
        if not (c.real_persons or c.real_seal):  # as before keys could be configured
            return signing_profile(self.dev(), c.level, tsa_url=c.tsa_url,
                                   fetch_revocation=c.fetch_revocation)
        if c.level == "B-B":
            return SigningProfile("B-B")
        timestamper: TimeStamper
        if c.tsa_url:
            timestamper = HTTPTimeStamper(c.tsa_url)
        elif dev:
            timestamper = dev_timestamper(self.dev())
        else:
            raise SigningKeyError(
                f"Ký mức PAdES {c.level} bằng khóa của tổ chức cấp chứng thư thật cần dịch vụ "
                f"cấp dấu thời gian: đặt {SETTING['tsa_url']} (PAdES {c.level} with keys from "
                f"a real CA needs its time-stamping authority).")
        if c.level == "B-T":
            return SigningProfile(c.level, timestamper)
        if not c.fetch_revocation and not dev:
            raise SigningKeyError(
                f"Ký mức PAdES {c.level} bằng khóa của tổ chức cấp chứng thư thật cần lấy thông "
                f"tin thu hồi từ địa chỉ trong chứng thư: đặt {SETTING['fetch_revocation']}="
                f"true (PAdES {c.level} with keys from a real CA needs their revocation data "
                f"fetched).")
        if not c.trust_roots and not dev:
            raise SigningKeyError(
                f"Ký mức PAdES {c.level} bằng khóa của tổ chức cấp chứng thư thật cần chứng thư "
                f"gốc của tổ chức đó: đặt {SETTING['trust_roots']} (PAdES {c.level} with keys "
                f"from a real CA needs that CA's root certificate).")
        roots = [_to_asn1_cert(r) for r in load_certificates(c.trust_roots,
                                                             SETTING["trust_roots"])]
        crls = []
        if dev:
            roots.append(_to_asn1_cert(self.dev().ca_cert))
            crls.append(current_crl(self.dev()))
        fetch = c.fetch_revocation

        def context() -> ValidationContext:
            return ValidationContext(trust_roots=roots, crls=crls, allow_fetching=fetch)

        return SigningProfile(c.level, timestamper, context)

    def check(self, people: Sequence[str] = ()) -> list[dict[str, Any]]:
        """Open every configured identity now, and the files or token keys of ``people``,
        so a start-up fails at once with the reason rather than at the first page.

        Returns:
            What a record would keep of each identity opened.

        Raises:
            SigningKeyError: One of them cannot be used, or the profile cannot be made.
        """
        c = self.config
        opened: list[dict[str, Any]] = []
        if c.p12_dir is not None:
            _folder(c.p12_dir)
        if c.p12_passphrases is not None:
            read_passphrases(c.p12_passphrases, SETTING["p12_passphrases"])
        if c.real_persons:
            for name in dict.fromkeys(people):
                with self.person(name) as signer:
                    opened.append(self.record(signer, "digitiser"))
        if c.real_seal:
            with self.seal() as signer:
                opened.append(self.record(signer, "organisation"))
        if c.real_persons or c.real_seal:
            self._profile(dev=False)  # a real key's signature needs the TSA and revocation
        return opened

    def _from_file(self, name: str) -> ClerkSigner:
        c = self.config
        assert c.p12_dir is not None
        slug = person_slug(name)
        folder = _folder(c.p12_dir)
        path = folder / f"{slug}.p12"
        setting = SETTING["p12_dir"]
        try:
            mtime = path.stat().st_mtime
        except FileNotFoundError:
            raise SigningKeyError(
                f"Không có tệp khóa ký số của {name}: {path} ({setting}); đặt tệp PKCS#12 do "
                f"tổ chức cấp chứng thư cấp vào đó (no PKCS#12 file for {name!r})."
            ) from None
        cached = self._files.get(slug)
        if cached is not None and cached[0] == mtime:
            signer = cached[1]
        else:
            passphrase = self._passphrase(slug, path)
            try:
                data = path.read_bytes()
                signer = ClerkSigner.from_pkcs12(data, passphrase, name=name, p12_path=path)
            except OSError as exc:
                raise SigningKeyError(
                    f"Không đọc được tệp khóa ký số {path} ({setting}): {exc.strerror or exc} "
                    f"(the PKCS#12 file cannot be read).") from exc
            except PkiError as exc:
                raise SigningKeyError(
                    f"Không mở được tệp khóa ký số {path} ({setting}): sai mật khẩu hoặc tệp "
                    f"hỏng ({exc.message})") from exc
        check_certificate(signer.certificate, setting=setting, what=str(path), person=name)
        self._files[slug] = (mtime, signer)
        return self._remember(signer, "pkcs12", path.name)

    def _passphrase(self, slug: str, path: Path) -> str:
        c = self.config
        if c.p12_passphrases is not None:
            found = read_passphrases(c.p12_passphrases, SETTING["p12_passphrases"]).get(slug)
            if found is not None:
                return found
        if c.p12_passphrase is not None:
            return c.p12_passphrase
        raise SigningKeyError(
            f"Không có mật khẩu cho tệp khóa ký số {path}: thêm \"{slug}\" vào "
            f"{SETTING['p12_passphrases']} hoặc đặt {SETTING['p12_passphrase']} (no "
            f"passphrase for the PKCS#12 file).")

    @contextlib.contextmanager
    def _from_token(self, name: str, token: str, key_label: str, pin: str | None,
                    token_setting: str, pin_setting: str, *, person: str | None = None
                    ) -> Iterator[SigningIdentity]:
        c = self.config
        setting = SETTING[token_setting]
        if c.pkcs11_module is None:
            raise SigningKeyError(
                f"{setting}={token!r} cần trình điều khiển PKCS#11 của token: đặt "
                f"{SETTING['pkcs11_module']} (the token's PKCS#11 module is not set).")
        if not pin:
            raise SigningKeyError(
                f"{setting}={token!r} cần mã PIN trong biến môi trường {SETTING[pin_setting]} "
                f"(the token's PIN is not set).")
        from .pkcs11 import open_token_signer

        try:
            signer = open_token_signer(c.pkcs11_module, token, pin, key_label, name=name)
        except PkiError as exc:
            raise SigningKeyError(
                f"Không mở được khóa {key_label!r} trên token {token!r} ({setting}): "
                f"{exc.message}") from exc
        try:
            check_certificate(signer.certificate, setting=setting,
                              what=f"{key_label!r} trên token {token!r}", person=person)
            yield self._remember(signer, "pkcs11", token)
        finally:
            self._kinds.pop(id(signer), None)
            signer.close()

    def _kind_of(self, signer: Any) -> tuple[str, str]:
        """``(kind, file or token)`` of a signer: as this keyring opened it, else a token
        opened elsewhere (``sohoa sign --token``), else a development key."""
        known = self._kinds.get(id(signer))
        if known is not None and known[0] is signer:
            return known[1], known[2]
        token = getattr(signer, "token_label", None)
        return ("pkcs11", str(token)) if token else ("dev", "")

    def _remember(self, signer: Any, kind: str, where: str = "") -> Any:
        self._kinds[id(signer)] = (signer, kind, where)
        return signer


def _folder(path: Path) -> Path:
    if not Path(path).is_dir():
        raise SigningKeyError(
            f"Thư mục tệp khóa ký số {path} ({SETTING['p12_dir']}) không có (the folder of "
            f"PKCS#12 files does not exist).")
    return Path(path)


def _certificate(signer: Any) -> x509.Certificate:
    cert = getattr(signer, "certificate", None)
    if not isinstance(cert, x509.Certificate):
        raise PkiError(f"The signer {signer!r} carries no certificate.")
    return cert
