"""One lock for PDFium, the library that reads and renders PDFs (pypdfium2).

PDFium is not thread-safe: two threads of one process inside it at once can crash the whole
process (the web service renders page previews, prints copies and reads results from several
threads). Every function that opens a PDF with PDFium holds this lock until it has closed it;
processes each have their own PDFium, so worker pools are not slowed.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

__all__ = ["PDFIUM_LOCK", "one_at_a_time"]

PDFIUM_LOCK = threading.RLock()
"""Held while PDFium is in use in this process."""

P = ParamSpec("P")
R = TypeVar("R")


def one_at_a_time(fn: Callable[P, R]) -> Callable[P, R]:
    """Run ``fn`` holding :data:`PDFIUM_LOCK`."""

    @functools.wraps(fn)
    def locked(*args: P.args, **kwargs: P.kwargs) -> R:
        with PDFIUM_LOCK:
            return fn(*args, **kwargs)

    return locked
