"""The ``sohoa`` command line: a thin door over the service layer."""

from __future__ import annotations

from cli.main import main

__all__ = ["main"]
