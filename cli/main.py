"""The ``sohoa`` command: parse, call the service, render."""

from __future__ import annotations

import argparse
import logging
import os
import sys

from cli.commands import (
    accounts,
    backup,
    callbacks,
    custody,
    health,
    intake,
    ltv,
    operations,
    records,
    replica,
    results,
    review,
    signing,
    transfer,
)
from sohoa.errors import SohoaError

__all__ = ["main"]

_GROUPS = (intake, records, results, review, custody, transfer, accounts, signing, ltv,
           operations, callbacks, backup, replica, health)


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data", default=os.environ.get("SOHOA_DATA"),
                        help="data folder (default: $SOHOA_DATA or ./data)")
    common.add_argument("--by", help="who acts: a person in the people registry (default: "
                        "$SOHOA_ACTOR, else this system's operator)")
    parser = argparse.ArgumentParser(
        prog="sohoa", parents=[common],
        description="Digitise, sign, archive and search paper dossiers.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for group in _GROUPS:
        group.register(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the ``sohoa`` command."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # pyHanko logs an untrusted chain as a warning with a traceback; the report says it plainly.
    logging.getLogger("pyhanko").setLevel(logging.ERROR)
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.ERROR)
    args = _parser().parse_args(argv)
    try:
        code = int(args.func(args))
        sys.stdout.flush()  # here, so that a reader gone away is met below, not at exit
        return code
    except SohoaError as exc:
        print(f"error: {exc.message}  [{exc.code}]", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `sohoa … | head` stopped reading: stop quietly, as a shell tool
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
