"""Images for the appearance of a result's signatures when the installation has none of its own:
the organisation's round red seal and a person's signature, drawn at first use into the PKI
folder, like the development keys.

A real installation sets ``SOHOA_SIGNING__SEAL_IMAGE`` (the seal as registered with the police,
scanned at true size) and keeps each officer's signature image in
``SOHOA_SIGNING__SIGNATURE_DIR`` as ``<full name>.png`` (or its ASCII form). The drawn ones
say what they are: the seal carries "MẪU" (specimen) in its centre, the signature is the name
written out.
"""

from __future__ import annotations

import hashlib
import math
import re
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from signing.sign import find_stamp_font
from sohoa.text import fold, nfc, normalise_space

__all__ = ["organisation_seal", "person_signature"]

_RED = (200, 16, 32, 255)
_INK = (20, 40, 150, 255)


def organisation_seal(folder: Path, organisation: str) -> Path:
    """The organisation's specimen seal (a transparent PNG), drawn once into ``folder``."""
    name = nfc(organisation).upper()
    path = folder / f"seal-{hashlib.sha256(name.encode()).hexdigest()[:12]}.png"
    if path.is_file():
        return path
    size = 600
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(im)
    draw.ellipse((10, 10, size - 10, size - 10), outline=_RED, width=14)
    draw.ellipse((130, 130, size - 130, size - 130), outline=_RED, width=6)
    font = ImageFont.truetype(str(find_stamp_font()), 34)
    text = f"{name} ★ "
    step = 360.0 / max(len(text), 1)
    for i, ch in enumerate(text):  # the name around the ring, clockwise from the top
        angle = math.radians(-90 + i * step)
        x = size / 2 + 225 * math.cos(angle)
        y = size / 2 + 225 * math.sin(angle)
        glyph = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((30, 30), ch, font=font, fill=_RED, anchor="mm")
        glyph = glyph.rotate(-(i * step), resample=Image.Resampling.BICUBIC)
        im.alpha_composite(glyph, (round(x - 30), round(y - 30)))
    big = ImageFont.truetype(str(find_stamp_font()), 64)
    draw.text((size / 2, size / 2), "MẪU", font=big, fill=_RED, anchor="mm")
    folder.mkdir(parents=True, exist_ok=True)
    im.save(path)
    return path


def person_signature(folder: Path, name: str, configured: Path | None = None) -> Path:
    """The signature image the installation keeps for ``name`` in ``configured``, named after
    the full name (``Lương Văn Đoàn.png``) or its ASCII form (``luong-van-doan.png``, or
    ``chu-ky-luong-van-doan.png``); else the name written out in blue ink, drawn once into
    ``folder``."""
    name = normalise_space(nfc(name))
    if configured is not None:
        ascii_name = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
        for stem in (name, ascii_name, f"chu-ky-{ascii_name}"):
            if stem.strip("-") and (configured / f"{stem}.png").is_file():
                return configured / f"{stem}.png"
    path = folder / f"signature-{hashlib.sha256(name.encode()).hexdigest()[:12]}.png"
    if path.is_file():
        return path
    font = ImageFont.truetype(str(find_stamp_font()), 56)
    width = round(font.getlength(name)) + 40
    im = Image.new("RGBA", (width, 160), (0, 0, 0, 0))
    draw = ImageDraw.Draw(im)
    draw.text((20, 80), name, font=font, fill=_INK, anchor="lm")
    draw.line((20, 125, width - 20, 110), fill=_INK, width=4)
    im = im.transform(im.size, Image.Transform.AFFINE, (1, 0.25, -20, 0, 1, 0),
                      resample=Image.Resampling.BICUBIC)
    folder.mkdir(parents=True, exist_ok=True)
    im.save(path)
    return path
