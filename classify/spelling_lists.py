"""The spellings of people's names and of place names (``data/person_names.json``,
``data/place_names.json``), and the one spelling a word OCR misread the marks of stands for.

OCR reads the small marks of capitals and italics worst: "ĐÚC TRỌNG" for xã Đức Trọng, "Đinh
Thị Thủ Trang" for Thu Trang, "Hồng Nhưng" for Hồng Nhung. A word (or a place's words) is
respelt only when the misread is unambiguous: it is no entry of its list as read, and exactly
one entry has its letters without its tone ("Trận" is "Trân": no other entry is "trân"
without its tone), or, when no entry does, exactly one entry with more marks has its letters
without any mark: OCR loses a mark more often than it makes one up ("ĐÚC" is "ĐỨC", but
"Hặc", a Thái name no list holds, is not made "Hạc"). An entry read as it is, in the old
placement of a tone ("HOÀ", "UỶ"), stays; a word two entries could stand for ("Hướng": Hương,
Hường, Hưởng) stays as read.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from sohoa.text import fold, nfc

__all__ = ["ADDRESS_WORDS", "address_words", "family_name", "given_name", "has_tone", "is_place",
           "modern", "place_name", "tone_base"]

_TONES = "\u0300\u0301\u0303\u0309\u0323"
_OLD_TONE = re.compile(r"(?i)(?<!q)([ou])([aáàảãạeéèẻẽẹyýỳỷỹỵ])(?![^\W\d_])")


def modern(text: str) -> str:
    """``text`` with the tone of "oa", "oe", "uy" at the end of a syllable on the first vowel,
    as the modern placement puts it ("UỶ" is "ỦY", "HOÀ" is "HÒA"): both are right."""
    def move(m: re.Match[str]) -> str:
        first, second = m.group(1), unicodedata.normalize("NFD", m.group(2))
        tone = "".join(c for c in second if c in _TONES)
        bare = "".join(c for c in second if c not in _TONES)
        return nfc(first + tone) + nfc(bare)
    return _OLD_TONE.sub(move, nfc(text))


def has_tone(word: str) -> bool:
    """Does ``word`` carry a tone mark (grave, acute, hook, tilde or dot below)?"""
    return any(c in _TONES for c in unicodedata.normalize("NFD", word))


def tone_base(text: str) -> str:
    """``text`` in lower case without its tones, its other marks kept ("Thủ" is "thu", "Hưởng"
    is "hương")."""
    decomposed = unicodedata.normalize("NFD", nfc(text).lower())
    return nfc("".join(c for c in decomposed if c not in _TONES))


class _Spellings:
    """Entries looked up by their letters without tones and without any mark."""

    def __init__(self, entries: Iterable[str]) -> None:
        self.entries = frozenset(nfc(e).lower() for e in entries)
        self.by_tone: dict[str, set[str]] = {}
        self.by_fold: dict[str, set[str]] = {}
        for entry in sorted(self.entries):
            self.by_tone.setdefault(tone_base(entry), set()).add(entry)
            self.by_fold.setdefault(fold(entry), set()).add(entry)

    def one(self, read: str, lost_only: bool = False) -> str | None:
        """The one entry ``read`` stands for when its marks were misread, in lower case; None
        when it is an entry as read, when none or several could be meant; with ``lost_only``,
        only an entry with more marks (a mark OCR lost)."""
        word = modern(read).lower()
        if word in self.entries:
            return None
        found = self.by_tone.get(tone_base(word), set())
        if lost_only:
            found = {e for e in found if _marks(e) > _marks(word)}
        if not found:
            found = {e for e in self.by_fold.get(fold(word), ()) if _marks(e) > _marks(word)}
        return next(iter(found)) if len(found) == 1 else None


def _marks(word: str) -> int:
    """How many marks ``word`` carries (tones, and the hooks, hats and breves of letters)."""
    return sum(unicodedata.combining(c) > 0 for c in unicodedata.normalize("NFD", word)) + (
        word.count("đ") + word.count("Đ"))


def _load(name: str) -> dict:
    return json.loads(resources.files("classify").joinpath(f"data/{name}").read_text(
        encoding="utf-8"))


@lru_cache(maxsize=1)
def _people() -> tuple[_Spellings, _Spellings]:
    doc = _load("person_names.json")
    return _Spellings(doc["family"]), _Spellings(doc["given"])


@lru_cache(maxsize=1)
def _places() -> _Spellings:
    doc = _load("place_names.json")
    return _Spellings([*doc["provinces_2025"], *doc["provinces_before_2025"], *doc["places"]])


def _as_read(read: str, spelt: str | None) -> str | None:
    """``spelt`` (lower case) in the case of ``read``: capitals, or each word capitalised."""
    if spelt is None:
        return None
    if read.isupper():
        return spelt.upper()
    return " ".join(w[:1].upper() + w[1:] for w in spelt.split(" "))


def family_name(read: str) -> str | None:
    """The family name a misread ``read`` stands for, in its case; None to keep it."""
    return _as_read(read, _people()[0].one(read))


def given_name(read: str) -> str | None:
    """The middle or given name a misread ``read`` stands for, in its case; None to keep it."""
    return _as_read(read, _people()[1].one(read))


def place_name(read: str) -> str | None:
    """The place (words after "XÃ", "TỈNH" …) a misread ``read`` stands for, in its case; None
    to keep it. Only a mark OCR lost is restored: many places differ by a tone alone (Vĩnh
    Thành, Vĩnh Thạnh), and the list holds only some of them."""
    return _as_read(read, _places().one(read, lost_only=True))


ADDRESS_WORDS = ("tỉnh", "thành phố", "quận", "huyện", "thị xã", "thị trấn", "phường", "xã",
                 "thôn", "ấp", "xóm", "làng", "buôn", "tổ dân phố", "khu phố", "đường", "phố")
"""The administrative and address words that stand before a place's name ("phường An Khánh")."""


@lru_cache(maxsize=1)
def address_words() -> frozenset[str]:
    """Every word of an address as spelt (lower case, modern placement of tones): the words of
    ``ADDRESS_WORDS`` and of the places' names."""
    doc = _load("place_names.json")
    names = [*ADDRESS_WORDS, *doc["provinces_2025"], *doc["provinces_before_2025"],
             *doc["places"]]
    return frozenset(modern(w).lower() for name in names for w in re.findall(r"\w+", nfc(name)))


def is_place(read: str) -> bool:
    """Whether ``read`` is a place of the list as read (or in the old placement of a tone)."""
    return modern(read).lower() in _places().entries
