"""Encoding a signature once, not once per ancestor.

asn1crypto 1.5.1 (the newest release) never marks a built ``Sequence``, ``SequenceOf``,
``Set`` or ``SetOf`` clean after encoding it. A CMS structure pyHanko builds from Python values
then re-encodes every part below a changed one each time anything above it is read, and reads
happen twice per level: the cost doubles with each level of nesting. A PAdES signature with a
time-stamp token nests about twenty levels, so encoding it took 15–60 s of one core per signed
document, at random (depending on which parts were built and which parsed).

asn1crypto fixed this upstream (wbond/asn1crypto#256: "When encoding a structured data type, the
._mutated attribute was not being set to False") after its last release. Until a release
carries the fix, :func:`apply` adds the same step after each ``_set_contents``: the value just
encoded is marked clean. The bytes produced do not change (``tests/test_asn1_encoding.py``); the
step is skipped for a release that already marks values clean.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from asn1crypto import core

__all__ = ["apply", "marks_clean"]

_CLASSES = (core.Sequence, core.SequenceOf, core.Set, core.SetOf)
_APPLIED = "_sohoa_marks_clean"


def marks_clean() -> bool:
    """Whether encoding a built value leaves it marked clean (the fixed behaviour)."""
    value = core.SequenceOf(spec=core.Integer)
    value.append(1)
    value.dump()
    return not value._mutated


def _clean_after(set_contents: Callable[..., None]) -> Callable[..., None]:
    @functools.wraps(set_contents)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> None:
        set_contents(self, *args, **kwargs)
        self._mutated = False

    setattr(wrapper, _APPLIED, True)
    return wrapper


def apply() -> None:
    """Mark each structured value clean once it is encoded (idempotent; a no-op on an
    asn1crypto release that does it already)."""
    if marks_clean():
        return
    for cls in _CLASSES:
        own = cls.__dict__.get("_set_contents")
        if own is not None and not getattr(own, _APPLIED, False):
            cls._set_contents = _clean_after(own)
