"""``sohoa sign`` and ``sohoa pki``: signing results and copies, the development PKI."""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import Any

from cli.common import actor_of, service_of
from sohoa.errors import InputDocumentError, UsageError

__all__ = ["register"]


def _sign(args: argparse.Namespace) -> int:
    service = service_of(args)
    if args.dossier:
        return _certify_into(service, args)
    if not args.out:
        raise UsageError("give --out DIR, the folder for the signed files (or, for copies, "
                         "--dossier RECEIPT_CODE to archive them into that dossier)")
    done = service.signatures.sign(
        actor_of(service, args), args.action, [Path(f) for f in args.files], Path(args.out),
        officer=args.officer,
        signature_image=Path(args.signature_image) if args.signature_image else None,
        seal_image=Path(args.seal_image) if args.seal_image else None, form=args.form,
        token=args.token, key_label=args.key_label, organisation_token=args.organisation_token)
    for f in done:
        print(f"✓ {f.source} -> {f.target}" if f.target else
              f"✗ {f.source}: {f.error}  [{f.code}]")
    failed = sum(f.target is None for f in done)
    print(f"{len(done) - failed} signed, {failed} failed (PAdES "
          f"{service.deps.settings.signing.level})")
    return 1 if failed else 0


def _certify_into(service: Any, args: argparse.Namespace) -> int:
    """``sign copy --dossier``: each copy archived into the dossier as one of its results
    (and written to ``--out`` when given); a file that cannot be certified is named with its
    reason and the others go on."""
    if args.action != "copy":
        raise UsageError("--dossier is for certified copies (sohoa sign copy FILE... --dossier "
                         "RECEIPT_CODE); a result is issued with sohoa result add")
    actor = actor_of(service, args)
    out = Path(args.out) if args.out else None
    failed = 0
    for path in map(Path, args.files):
        try:
            r = service.results.certify(actor, args.dossier, path.read_bytes(), path.name,
                                        form=args.form,
                                        organisation_token=args.organisation_token)
        except OSError as exc:
            print(f"✗ {path}: cannot be read ({exc.strerror})  [unreadable]")
            failed += 1
            continue
        except InputDocumentError as exc:  # this file; the dossier and the others go on
            print(f"✗ {path}: {exc.message}  [{exc.code}]")
            failed += 1
            continue
        written = ""
        if out is not None:
            target = out / f"{path.stem}.signed.pdf"
            out.mkdir(parents=True, exist_ok=True)
            target.write_bytes(service.results.get(actor, args.dossier, r["document_id"]))
            written = f", {target}"
        again = " (đã lưu trước đó — archived before)" if r["already_archived"] else ""
        print(f"✓ {path} -> {args.dossier}/{r['document_id']}{written}: "
              f"{r['form_label']}{again}")
    print(f"{len(args.files) - failed} certified into {args.dossier}, {failed} failed (PAdES "
          f"{service.deps.settings.signing.level})")
    return 1 if failed else 0


def _pki(args: argparse.Namespace) -> int:
    service = service_of(args)
    actor = actor_of(service, args)
    if args.action == "serve":
        server = service.signatures.tsa_server(actor, args.port)
        print(f"time-stamping authority at {server.url}, CRL at {server.url}sohoa-dev-ca.crl, "
              f"OCSP at {server.url}ocsp, CA certificate at {server.url}sohoa-dev-ca.crt "
              "(Ctrl-C to stop)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
        return 0
    if args.action == "crl":
        out = Path(args.out or "sohoa-dev-ca.crl")
        count = service.signatures.crl(actor, out)
        print(f"wrote {out} ({count} revoked)")
        return 0
    if not args.name:
        print("error: give the NAME whose certificate is revoked", file=sys.stderr)
        return 2
    serial = service.signatures.revoke(actor, args.name, args.reason)
    print(f"revoked the signing certificate of {args.name} (serial {serial:x}); its signatures "
          "from now on are invalid")
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``sign`` and ``pki``."""
    p = sub.add_parser("sign", parents=[common],
                       help="sign a department's results (officer, then the organisation's "
                       "seal) or certified copies (SAO Y), many files at once; copies made "
                       "for a dossier are archived into it (--dossier)")
    p.add_argument("action", choices=["result", "copy"])
    p.add_argument("files", nargs="+", help="PDF files")
    p.add_argument("--out", help="folder for the signed files (needed unless --dossier)")
    p.add_argument("--dossier", metavar="RECEIPT_CODE",
                   help="copy: archive each certified copy into this dossier as one of its "
                   "results (also written to --out when given)")
    p.add_argument("--officer", help="result: the person with authority, as printed on it")
    p.add_argument("--signature-image", help="result: their signature, a transparent PNG")
    p.add_argument("--seal-image", help="result: the seal (default SOHOA_SIGNING__SEAL_IMAGE)")
    p.add_argument("--form", default="SAO Y", help="copy: SAO Y, SAO LỤC or TRÍCH SAO")
    p.add_argument("--token", help="result: the label of the officer's PKCS#11 token (PIN in "
                   "$SOHOA_TOKEN_PIN, module in SOHOA_SIGNING__PKCS11_MODULE)")
    p.add_argument("--key-label", help="result: the key's label on the token (default: the "
                   "officer's name)")
    p.add_argument("--organisation-token",
                   help="the label of the HSM or token holding the organisation's key (labelled "
                   "with the organisation's name; PIN in $SOHOA_HSM_PIN)")
    p.set_defaults(func=_sign)

    p = sub.add_parser("pki", parents=[common],
                       help="the development PKI: serve its TSA, CRL and OCSP, revoke a "
                       "certificate, write its CRL")
    p.add_argument("action", choices=["serve", "revoke", "crl"])
    p.add_argument("name", nargs="?", help="revoke: the person whose certificate is revoked")
    p.add_argument("--reason", default="unspecified",
                   choices=["unspecified", "key_compromise", "affiliation_changed",
                            "superseded", "cessation_of_operation"])
    p.add_argument("--port", type=int, default=8318,
                   help="serve: port on 127.0.0.1 (the certificates name 8318 for the CRL "
                   "and OCSP)")
    p.add_argument("--out", help="crl: file to write (DER)")
    p.set_defaults(func=_pki)
