"""The ``sohoa`` command line: a thin door over the service layer."""

from __future__ import annotations

import warnings

# cryptography warns, when pyHanko is imported, that DSA keys will go: sohoa never uses DSA,
# and a clerk should not read that line on every command
warnings.filterwarnings("ignore", message="DSA is deprecated")

from cli.main import main  # noqa: E402

__all__ = ["main"]
