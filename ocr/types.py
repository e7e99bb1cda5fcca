"""Output types of the OCR stage."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

from sohoa.text import nfc

__all__ = ["PageText", "Word"]


@dataclass(frozen=True, slots=True)
class Word:
    """One recognised word, its box in pixels of the upright page image, and its confidence."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    """0..100 as the engine reports it."""
    line: int
    """Index of the line in reading order, counted over the whole page."""


@dataclass(frozen=True, slots=True)
class PageText:
    """Recognised text of one page."""

    engine: str
    engine_version: str
    language: str
    width: int
    height: int
    dpi: float
    words: tuple[Word, ...] = field(default_factory=tuple)

    @property
    def text(self) -> str:
        """Words joined into lines in reading order, NFC."""
        lines: list[list[str]] = []
        last = None
        for w in self.words:
            if w.line != last:
                lines.append([])
                last = w.line
            lines[-1].append(w.text)
        return nfc("\n".join(" ".join(line) for line in lines))

    @property
    def mean_confidence(self) -> float:
        """Mean word confidence, weighted by word length; 0 for a page with no words."""
        total = sum(len(w.text) for w in self.words)
        if not total:
            return 0.0
        return sum(w.conf * len(w.text) for w in self.words) / total

    def resized(self, width: int, height: int, dpi: float) -> PageText:
        """The same words with boxes moved to an image of ``width`` x ``height`` pixels (the
        page OCR read was resampled from that image)."""
        if (width, height) == (self.width, self.height):
            return self
        fx, fy = width / self.width, height / self.height
        words = tuple(
            replace(w, left=round(w.left * fx), top=round(w.top * fy),
                    width=max(1, round(w.width * fx)), height=max(1, round(w.height * fy)))
            for w in self.words
        )
        return replace(self, width=width, height=height, dpi=dpi, words=words)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PageText:
        """Rebuild a page text from ``to_json`` output."""
        words = tuple(Word(**w) for w in data.get("words", ()))
        return cls(data["engine"], data["engine_version"], data["language"], data["width"],
                   data["height"], data["dpi"], words)

    def to_json(self) -> dict[str, Any]:
        """Return a JSON-ready dict (the ``ocr.json`` of an archival package)."""
        data = asdict(self)
        data["text"] = self.text
        data["mean_confidence"] = round(self.mean_confidence, 2)
        return data
