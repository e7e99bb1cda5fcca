"""Vietnamese text: NFC normalisation and diacritic folding.

``fold`` maps every character of an NFC string to exactly one character, so offsets in the
folded text are offsets in the original: search matches found in folded text can be highlighted
in the original with its diacritics.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "fold_char", "nfc", "normalise_space"]

_SPECIAL = {"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"}
_SPACE = re.compile(r"\s+")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, the one form sohoa stores and compares."""
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """Fold one character: lower case, no diacritics, đ to d; always exactly one character."""
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    base = base.lower()
    if len(base) != 1:
        return ch.lower()[:1] or " "
    return base


def fold(text: str) -> str:
    """Fold NFC text for diacritic-insensitive matching ("Giấy khai sinh" -> "giay khai sinh").

    The result has the same length as ``nfc(text)``.
    """
    return "".join(fold_char(c) for c in nfc(text))


def normalise_space(text: str) -> str:
    """Collapse runs of white space to one space and strip the ends."""
    return _SPACE.sub(" ", text).strip()
