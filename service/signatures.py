"""Signing a department's results and certified copies, and the development PKI's
certificate revocation."""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pipeline.deps import profile_of
from pipeline.results import signable_pdfa
from service.access import Actor
from service.context import Context
from signing.ltv import current_crl, revoke, revoked
from signing.results import certify_copy, sign_result
from sohoa.errors import SohoaError, UsageError

__all__ = ["Signatures", "SignedFile"]


@dataclass(frozen=True, slots=True)
class SignedFile:
    """One file of a signing run: where it went, or why it was not signed."""

    source: Path
    target: Path | None = None
    error: str | None = None
    code: str | None = None


class Signatures:
    """Signing with the officer's and the organisation's keys."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    @contextlib.contextmanager
    def signers(self, kind: str, officer: str | None, token: str | None,
                 key_label: str | None, organisation_token: str | None) -> Iterator[Any]:
        """The officer's (for a result) and the organisation's signers: the token named on
        the command line, else the configured keys (``Keyring.person``, ``Keyring.seal``)."""
        s = self.ctx.settings.signing
        keys = self.ctx.deps.keys
        with contextlib.ExitStack() as opened:  # token sessions are closed whatever happens
            org = (self._opened(opened, self._signer_of(
                s.organisation, organisation_token, s.organisation, "SOHOA_HSM_PIN"))
                if organisation_token else opened.enter_context(keys.seal()))
            person = None
            if kind == "result":
                person = (self._opened(opened, self._signer_of(
                    str(officer), token, key_label or str(officer), "SOHOA_TOKEN_PIN"))
                    if token else opened.enter_context(keys.person(str(officer))))
            yield person, org

    @staticmethod
    def _opened(stack: contextlib.ExitStack, signer: Any) -> Any:
        if hasattr(signer, "close"):
            stack.callback(signer.close)
        return signer

    def _signer_of(self, name: str, token: str | None, key_label: str, pin_env: str) -> Any:
        """The key on a PKCS#11 token (module from the settings, PIN from ``pin_env``)."""
        from signing.pkcs11 import open_token_signer

        module = self.ctx.settings.signing.pkcs11_module
        pin = os.environ.get(pin_env)
        if module is None or not pin:
            raise UsageError(f"signing with token {token!r} needs SOHOA_SIGNING__PKCS11_MODULE "
                             f"(its driver) and its PIN in {pin_env}")
        return open_token_signer(module, token, pin, key_label, name=name)

    def sign(self, actor: Actor, kind: Literal["result", "copy"], files: list[Path], out: Path,
             *, officer: str | None = None, signature_image: Path | None = None,
             seal_image: Path | None = None, form: str = "SAO Y", token: str | None = None,
             key_label: str | None = None, organisation_token: str | None = None
             ) -> list[SignedFile]:
        """Sign results (the officer, then the organisation's seal) or certified copies, each
        file on its own and as PDF/A-2b (:func:`pipeline.results.signable_pdfa`): one that
        cannot be signed is named with its reason."""
        self.ctx.authorize(actor, "signing.sign")
        s = self.ctx.settings.signing
        seal = seal_image or s.seal_image
        if kind == "result" and (not officer or not signature_image or not seal):
            raise UsageError("a result needs --officer NAME, --signature-image PNG and the seal "
                             "(--seal-image PNG or SOHOA_SIGNING__SEAL_IMAGE)")
        out.mkdir(parents=True, exist_ok=True)
        done: list[SignedFile] = []
        with self.signers(kind, officer, token, key_label, organisation_token) as (person, org):
            profile = profile_of(self.ctx.deps, *(x for x in (person, org) if x is not None))
            for path in files:
                try:
                    pdf = signable_pdfa(self.ctx.deps, path.read_bytes(), name=path.name)
                    if kind == "result":
                        signed = sign_result(pdf, person, org, signature_image=signature_image,
                                             seal_image=Path(str(seal)), seal_mm=s.seal_mm,
                                             profile=profile)
                    else:
                        signed = certify_copy(pdf, org, organisation_name=s.organisation,
                                              form=form, profile=profile)
                except OSError as exc:
                    done.append(SignedFile(path, error=f"cannot be read ({exc.strerror})",
                                           code="unreadable"))
                    continue
                except SohoaError as exc:
                    done.append(SignedFile(path, error=exc.message, code=exc.code))
                    continue
                target = out / f"{path.stem}.signed.pdf"
                target.write_bytes(signed)
                self.ctx.log(actor).append(
                    "signed_result" if kind == "result" else "certified_copy", str(target),
                    {"source": str(path), "officer": officer or "", "run_by": actor.name,
                     "sha256": hashlib.sha256(signed).hexdigest(), "level": s.level},
                    who=officer or None)
                done.append(SignedFile(path, target))
        return done

    def revoke(self, actor: Actor, name: str, reason: str) -> int:
        """Revoke the development certificate of ``name``; return its serial number."""
        self.ctx.authorize(actor, "pki.revoke", f"pki/{name}")
        pki = self.ctx.deps.pki
        signer = pki.clerk_signer(name)
        revoke(pki, signer.certificate, reason=reason)
        serial = int(signer.certificate.serial_number)
        self.ctx.audit(actor, "certificate_revoked", f"pki/{name}",
                       {"serial": f"{serial:x}", "reason": reason})
        return serial

    def crl(self, actor: Actor, out: Path) -> int:
        """Write the development CA's current revocation list; return how many are revoked."""
        self.ctx.authorize(actor, "operate")
        pki = self.ctx.deps.pki
        out.write_bytes(current_crl(pki).dump())
        return len(revoked(pki))

    def tsa_server(self, actor: Actor, port: int) -> Any:
        """The development PKI's time-stamping authority and CRL over HTTP on 127.0.0.1."""
        from signing.tsa_server import TsaServer

        self.ctx.authorize(actor, "operate")
        return TsaServer(self.ctx.deps.pki, "127.0.0.1", port)
