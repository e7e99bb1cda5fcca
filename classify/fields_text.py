"""A paper's OCR text as the field finders read it (``classify.fields``): lines, NFC, "Ð" read
as "Đ", spaces collapsed, the national motto cut out, a form's column of labels read before
the column of their values put back together (``_paired``), and the same lines folded.

Labels are looked for in folded text (lower case, no diacritics: a faint scan loses tone
marks) and values are cut from the original at the same offsets (``sohoa.text.fold`` keeps
them). The national motto is cut out of every line first: OCR often reads it on the same line
as the agency header ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), also with a
letter misread or lost ("CỘNG HOÀ XÃ HỘI CHỦ NGHỈA VIỆT NAM", "GỘNG HÒA …", "CỘNG XÃ HỘI CHỊ]
NGHĨA VIỆT NAM", "CỘN G HÒA XÃ. HỘI CHỦ NGHĨA. VIỆT NAM", "Độc lập - Tự do - Hạnh phủc").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sohoa.text import fold, nfc, normalise_space

__all__ = ["MARK", "Page", "citation_lines", "copy_stamp_lines", "is_upper"]

_DASH = r"[\s\-–—.,~_]*"
_MOTTO = re.compile(
    r"[cg][o0]n\s?g\s*(?:h[o0]a\s*)?x[a-z][^\w\s]?\s*h[o0]i\s*ch[a-z][^\w\s]?\s*ngh[a-z]{1,2}"
    r"[^\w\s]?\s*vi[e-z]t\s*nam"
    rf"|d[o0]c\s*l[a-z]p{_DASH}t[a-z]\s*d[o0](?:{_DASH}h[a-z]nh\s*ph[a-z]{{1,2}}c?)?"
    r"|socialist\s*republic\s*of\s*viet\s*nam"
    rf"|independence{_DASH}freedom{_DASH}happiness"
    r"|^[\s\-–—_=.*~]{3,}$"
)

_ETH = str.maketrans("Ðð", "Đđ")
"""The Icelandic eth OCR reads for the Vietnamese "Đ" ("QÐ-UBND"): the same letter to a reader,
another to a comparison."""

MARK = r"^[^\w]*(?:(?:\d+(?:\.\d+)*[.)]|[a-z]\)|[ivx]+\.)\s*)?"
"""The start of a folded line, with the number or bullet of a list item."""
_CITATION_START = re.compile(MARK + r"(?:can cu|theo de nghi|xet de nghi|xet don|xet to trinh)\b")
_CITATION_LINES = 4
_PLACE_DATE = re.compile(r"^[^\W\d_][^,;:]{0,40},\s*ngay\b")
"""A citation paragraph whose end OCR lost is taken to stop after this many lines."""


_COLUMN_LABEL = re.compile(r"^[^\W\d_][^:]{0,30}$")
_COLUMN_VALUE = re.compile(r"^\s*:\s*(.*)$")
_COLUMN_MIN = 3


def _paired(lines: list[str]) -> list[str]:
    """Lines with a form's two columns put back together: OCR reads a column of labels ("Người
    nộp", "Số ĐDCN", "Điện thoại") and then the column of their values, each after its colon
    (": LÒ VĂN THẮNG", ": 0660…"); a run of at least ``_COLUMN_MIN`` labels followed by as
    many values becomes "label: value" lines."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        n = 0
        while i + n < len(lines) and _COLUMN_LABEL.match(lines[i + n]) and len(
                lines[i + n].split()) <= 5:
            n += 1
        values = [m.group(1) for v in lines[i + n:i + 2 * n] if (m := _COLUMN_VALUE.match(v))]
        if n >= _COLUMN_MIN and len(values) == n:
            out += [f"{label}: {value}"
                    for label, value in zip(lines[i:i + n], values, strict=True)]
            i += 2 * n
        else:
            out.append(lines[i])
            i += 1
    return out


def is_upper(raw: str) -> bool:
    """Whether ``raw`` is written in capitals (at least four in five of its letters)."""
    letters = [c for c in raw if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


@dataclass(frozen=True, slots=True)
class Page:
    """A document's text as lines: ``raw`` (NFC, spaces collapsed, the motto cut out, ``""``
    for an empty line) and ``folded`` (the same, folded: same offsets)."""

    raw: tuple[str, ...]
    folded: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> Page:
        """Split and clean ``text``."""
        raw: list[str] = []
        for line in nfc(text).translate(_ETH).splitlines():
            line = normalise_space(line)
            folded = fold(line)
            for m in reversed(list(_MOTTO.finditer(folded))):
                line = line[: m.start()] + " " + line[m.end():]
                folded = folded[: m.start()] + " " + folded[m.end():]
            raw.append(normalise_space(line))
        raw = _paired(raw)
        return cls(tuple(raw), tuple(fold(line) for line in raw))

    @property
    def text(self) -> str:
        """The folded lines joined with newlines."""
        return "\n".join(self.folded)


def citation_lines(page: Page) -> set[int]:
    """Lines of the paragraphs that cite other papers ("Căn cứ …;", "Theo đề nghị … ."): a
    paragraph runs on until a line that ends with ";", "." or ":"."""
    lines: set[int] = set()
    left = 0
    for i, folded in enumerate(page.folded):
        if _CITATION_START.match(folded):
            left = _CITATION_LINES
        elif _PLACE_DATE.match(folded):
            left = 0  # "Đà Nẵng, ngày …" after a citation whose ";" OCR lost
        if left:
            lines.add(i)
            left -= 1
            if not folded or folded.rstrip().endswith((";", ".", ":")):
                left = 0
    return lines


_COPY_STAMP = re.compile(
    r"^\W*(?:chung thuc ban sao|ban sao dung voi ban chinh|sao y ban chinh|da doi chieu ban chinh"
    r"|chung thuc sao y)")
_COPY_STAMP_LINES = 3


def copy_stamp_lines(page: Page) -> set[int]:
    """Lines of a certification stamped on a copy ("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH" /
    "Số chứng thực: …" / "UBND xã …, ngày …"): its number and date are the copy's, not the
    paper's."""
    lines: set[int] = set()
    for i, folded in enumerate(page.folded):
        if _COPY_STAMP.match(folded):
            lines.update(range(i, min(len(page.folded), i + 1 + _COPY_STAMP_LINES)))
    return lines
