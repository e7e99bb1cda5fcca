"""Title patterns that fold onto something else: a place ("PHƯỜNG AN KHÁNH" folds to "phuong
an", the plan's "phương án") or a word of another pattern spelt with other marks.

Prints, for each pattern of ``classify/data/document_types.json``, the phrases of an
administrative word and a place of ``classify/data/place_names.json`` ("phường An Khánh") in
which the folded pattern stands as whole words, and the words of the pattern whose folded form
is the folded form of another word of the lists (place names, administrative words, other
patterns' words) spelt otherwise. Usage: ``python scripts/title_collisions.py``.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

from sohoa.text import fold, nfc

DATA = Path(__file__).resolve().parent.parent / "classify" / "data"
ADMIN = ("tỉnh", "thành phố", "quận", "huyện", "thị xã", "thị trấn", "phường", "xã", "thôn",
         "ấp", "bản", "tổ dân phố", "khu phố", "xóm", "làng", "buôn", "đường", "phố")
"""Administrative and address words that stand before a place's name."""


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", nfc(text).lower())


def main() -> None:
    """Print the collisions."""
    types = json.loads((DATA / "document_types.json").read_text(encoding="utf-8"))["types"]
    places_doc = json.loads((DATA / "place_names.json").read_text(encoding="utf-8"))
    places = sorted({*places_doc["provinces_2025"], *places_doc["provinces_before_2025"],
                     *places_doc["places"]})
    patterns = [(t["id"], nfc(p).lower()) for t in types for p in t["patterns"]]
    spelt: dict[str, set[str]] = defaultdict(set)  # folded word -> its spellings, and where
    for word in {w for a in ADMIN for w in _words(a)}:
        spelt[fold(word)].add(f"{word} (địa danh hành chính)")
    for place in places:
        for word in _words(place):
            spelt[fold(word)].add(f"{word} ({place})")
    for tid, p in patterns:
        for word in _words(p):
            spelt[fold(word)].add(f"{word} ({tid})")
    phrases = [f"{a} {p}" for a in ADMIN for p in places]
    print("== patterns found in an address (administrative word + place):")
    for tid, p in patterns:
        folded = " ".join(_words(fold(p)))
        hit = [ph for ph in phrases if re.search(rf"(?<!\w){re.escape(folded)}(?!\w)",
                                                  " ".join(_words(fold(ph))))]
        if hit:
            print(f"{tid}: \"{p}\" in {len(hit)}: {', '.join(hit[:6])}")
    print("== words of patterns spelt otherwise elsewhere:")
    for tid, p in patterns:
        for word in _words(p):
            others = sorted(s for s in spelt[fold(word)] if s.split(" ")[0] != word)
            if others:
                print(f"{tid}: \"{p}\": {word} ~ {', '.join(others[:8])}")


if __name__ == "__main__":
    main()
