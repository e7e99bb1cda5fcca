"""The font embedded in signature stamps: cut down, rescaled, and checked for missing letters.

Used by :func:`signing.sign_pdf`: the stamp font (:func:`signing.find_stamp_font`, or the one
given) is embedded as a subset of Latin and Vietnamese letters rescaled to 1000 units per em.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.font.opentype import (
    CIDFontType2,
    GlyphAccumulator,
    GlyphAccumulatorFactory,
)
from pyhanko.pdf_utils.writer import BasePdfFileWriter

from sohoa.errors import ConfigurationError

__all__ = ["_StampFontFactory", "_missing_glyphs"]


@dataclass(frozen=True)
class _StampFontFactory(GlyphAccumulatorFactory):
    """Embeds the font rescaled to 1000 units per em.

    pyHanko writes glyph widths (``/W``) and ``TJ`` adjustments in the font's own units, while
    PDF reads them as thousandths of an em; fonts with another grid (DejaVu and Liberation use
    2048) would come out stretched. A rescaled copy of the font makes both agree.
    """

    def create_font_engine(
        self, writer: BasePdfFileWriter, obj_stream: Any = None
    ) -> GlyphAccumulator:
        if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
            obj_stream = writer.prepare_object_stream()
        return _StampGlyphs(
            self.font_file,
            writer=writer,
            font_handle=io.BytesIO(_font_program(self.font_file)),
            font_size=self.font_size,
            ot_script_tag=self.ot_script_tag,
            ot_language_tag=self.ot_language_tag,
            writing_direction=self.writing_direction,
            bcp47_lang_code=self.bcp47_lang_code,
            obj_stream=obj_stream,
        )


_ALWAYS = "0123456789+-:T "
"""What every stamp may show of its time: embedded in each stamp's font whether it shows them
or not, so that stamps of one signer embed the same glyphs and share one cut-down font."""

_SUBSETS: dict[tuple[str, frozenset[int]], bytes] = {}
"""Font programs cut down to a stamp's glyphs, by font and glyphs: made once a process."""


class _StampGlyphs(GlyphAccumulator):
    """A glyph accumulator whose cut-down font program is made once for each set of glyphs
    (pyHanko cuts the font down anew for every stamp: a third of a signature's time)."""

    def __init__(self, font_file: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._font_file = font_file

    def _extract_subset(self, options: Any = None) -> None:
        font = getattr(self, "cidfont_obj", None)
        if not (isinstance(font, CIDFontType2) and hasattr(font, "_font_descriptor")
                and isinstance(getattr(self, "_glyphs", None), dict)
                and hasattr(self, "_get_cid_and_width")):
            super()._extract_subset(options)  # a pyHanko whose insides differ: cut anew
            return
        cmap = self.tt.getBestCmap() or {}
        for ch in _ALWAYS:
            if ord(ch) in cmap:
                self._get_cid_and_width(self.tt.getGlyphID(cmap[ord(ch)]))
        key = (self._font_file, frozenset(self._glyphs))
        program = _SUBSETS.get(key)
        if program is None:
            super()._extract_subset(options)
            out = io.BytesIO()
            self.tt.save(out)
            program = out.getvalue()
            if len(_SUBSETS) >= 64:
                _SUBSETS.clear()
            _SUBSETS[key] = program

        def set_font_file(writer: BasePdfFileWriter) -> generic.IndirectObject:
            # as CIDFontType2.set_font_file, with the program made already
            stream = generic.StreamObject(stream_data=program)
            stream.compress()
            ref = writer.add_object(stream)
            font._font_descriptor[generic.pdf_name("/FontFile2")] = ref
            return ref

        font.set_font_file = set_font_file  # type: ignore[method-assign]


_STAMP_RANGES = ((0x20, 0x24F), (0x300, 0x36F), (0x1E00, 0x1EFF), (0x2010, 0x206F))
"""Latin letters with every Vietnamese one, combining marks, punctuation: what a stamp says."""


@lru_cache(maxsize=4)
def _font_program(font_path: str) -> bytes:
    """The font for stamps: cut down to Latin and Vietnamese letters, rescaled to 1000 units
    per em if needed (done once). The signer re-reads the embedded font for every stamp, so a
    small font makes each signature several times faster."""
    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.scaleUpem import scale_upem

    try:
        with TTFont(font_path) as font:
            if "FFTM" in font:  # a FontForge timestamp the subsetter cannot handle
                del font["FFTM"]
            options = subset.Options()
            # no kerning or mark positioning tables: stamp text is NFC, every Vietnamese letter
            # is a glyph of its own, and reading those tables was most of a signature's time
            options.layout_features = []
            options.drop_tables += ["GSUB", "GPOS", "GDEF", "kern"]
            options.name_IDs = ["*"]
            options.notdef_outline = True
            subsetter = subset.Subsetter(options)
            subsetter.populate(unicodes=[c for lo, hi in _STAMP_RANGES for c in range(lo, hi + 1)])
            subsetter.subset(font)
            if font["head"].unitsPerEm != 1000:
                scale_upem(font, 1000)
            out = io.BytesIO()
            font.save(out)
            return out.getvalue()
    except Exception as exc:  # fontTools raises assorted errors on damaged fonts
        raise ConfigurationError(f"The stamp font {font_path} cannot be read.") from exc


@lru_cache(maxsize=16)
def _font_cmap(font_path: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    with TTFont(io.BytesIO(_font_program(font_path)), lazy=True) as font:
        return frozenset(font.getBestCmap() or {})


def _missing_glyphs(font_path: str, text: str) -> str:
    cmap = _font_cmap(font_path)
    return "".join(sorted({ch for ch in text if not ch.isspace() and ord(ch) not in cmap}))
