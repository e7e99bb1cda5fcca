"""Shared kernel of sohoa: the error root and Vietnamese text handling.

Every stage package may import from here; this package imports no stage.
"""

from __future__ import annotations

__all__ = ["__version__"]

__version__ = "0.1.0"
