"""Vietnamese text: NFC normalisation and diacritic folding.

``fold`` maps every character of an NFC string to exactly one character, so offsets in the
folded text are offsets in the original: search matches found in folded text can be highlighted
in the original with its diacritics.

``hidden_chars``, ``mixes_scripts`` and ``skeleton`` tell names that only look alike apart
(Unicode TS #39: invisible characters, letters of another script, confusable skeletons).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "fold_char", "hidden_chars", "mixes_scripts", "nfc", "nfkc",
           "normalise_space", "skeleton"]

_SPECIAL = {"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"}
_SPACE = re.compile(r"\s+")


def nfkc(text: str) -> str:
    """Return ``text`` in Unicode NFKC: compatibility forms (full-width letters, ligatures)
    become the letters they stand for. Vietnamese letters keep their diacritics."""
    return unicodedata.normalize("NFKC", text)


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


class _FoldTable(dict[int, str]):
    """``fold_char`` of each code point, as ``str.translate`` reads it: filled as met."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Fold NFC text for diacritic-insensitive matching ("Giấy khai sinh" -> "giay khai sinh").

    The result has the same length as ``nfc(text)``.
    """
    return nfc(text).translate(_FOLD_TABLE)


def normalise_space(text: str) -> str:
    """Collapse runs of white space to one space and strip the ends."""
    return _SPACE.sub(" ", text).strip()


_HIDDEN = frozenset({"Cf", "Cc", "Co", "Cs", "Cn", "Zl", "Zp"})


def hidden_chars(text: str) -> list[str]:
    """The characters of ``text`` that do not show or do not show as what they are: format
    (zero-width), control, private-use, surrogate, unassigned, line and paragraph separators,
    and every space but U+0020; each as ``U+XXXX``."""
    found: list[str] = []
    for ch in text:
        category = unicodedata.category(ch)
        if category in _HIDDEN or (category == "Zs" and ch != " "):
            code = f"U+{ord(ch):04X}"
            if code not in found:
                found.append(code)
    return found


def mixes_scripts(text: str) -> bool:
    """Whether ``text`` mixes letters of different scripts where one could pass for the other
    (Latin "o" and Cyrillic "о" in one name). Vietnamese is Latin throughout."""
    from confusable_homoglyphs import categories, confusables

    scripts = categories.unique_aliases(text) - {"COMMON", "INHERITED"}
    if len(scripts) < 2:
        return False
    return any(confusables.is_confusable(text, preferred_aliases=[script])
               for script in sorted(scripts))


@lru_cache(maxsize=1)
def _prototypes() -> dict[str, str]:
    """Each confusable character and the prototype it looks like (Unicode TS #39
    confusables.txt, as the confusable-homoglyphs package ships it)."""
    from confusable_homoglyphs import confusables

    data = confusables.confusables_data
    mapping: dict[str, str] = {}
    for source, found in data.items():
        char = source.replace("\u200e", "")
        if len(char) != 1 or len(found) != 1:
            continue
        target = found[0]["c"]
        back = data.get(target, [])
        proto = target.replace("\u200e", "")
        if len(back) == 1 and back[0]["c"].replace("\u200e", "") == char:
            proto = min(char, proto)  # two characters that only look like each other
        mapping[char] = proto
    return mapping


def skeleton(text: str) -> str:
    """The confusable skeleton of ``text`` (Unicode TS #39): two strings with the same skeleton
    look alike ("Alice" and "AIice", Latin "Đo" and "Đ" with Cyrillic "о"); Vietnamese
    letters with different diacritics keep different skeletons."""
    mapping = _prototypes()
    current = unicodedata.normalize("NFD", text)
    for _ in range(4):  # prototypes are fixed points; a second pass only confirms it
        mapped = unicodedata.normalize("NFD", "".join(mapping.get(c, c) for c in current))
        if mapped == current:
            break
        current = mapped
    return current
