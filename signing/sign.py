"""Sign a digitised PDF in the name of the clerk who digitised it (PAdES, visible stamp).

The signature is added as an incremental update, so the bytes of the input PDF stay untouched in
front of the signed file. A visible stamp of about 60 x 18 mm is placed 8 mm from the top-left
corner of page 1, as the page is seen (``/Rotate`` and the crop box are taken into account):

    Người số hóa: Nguyễn Thị Lan
    Ký lúc: 2026-11-21T09:15:02+07:00

The time on the stamp is the signing time recorded in the signature dictionary (``/M``), which
the signature covers; PAdES puts the claimed signing time there rather than in a CMS
``signing-time`` attribute.

The update keeps what makes the input PDF/A-2b (:mod:`signing._pdf_writer`): the PDF version
stays 1.7 (no ``/Version /2.0`` for an ECDSA signer), and ``/Info`` and the XMP packet keep one
producer and get the same modification date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PIL import Image
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.images import PdfImage
from pyhanko.pdf_utils.layout import (
    AxisAlignment,
    BoxConstraints,
    InnerScaling,
    Margins,
    SimpleBoxLayoutRule,
)
from pyhanko.pdf_utils.rw_common import find_inherited_value_in_tree
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.stamp import StaticStampStyle, TextStamp, TextStampStyle
from pyhanko.stamp.base import BaseStampStyle

from sohoa.clock import VN_TZ
from sohoa.errors import ConfigurationError, SohoaError
from sohoa.text import nfc

from ._aio import run_sync
from ._pdf_writer import PdfWriter, open_for_update
from ._stamp_font import _missing_glyphs, _StampFontFactory
from .appearance import CopyAppearance, ImageAppearance, find_copy_font
from .errors import SigningError, UnsignablePdfError
from .identity import SigningIdentity
from .ltv import SigningProfile

__all__ = [
    "DEFAULT_FIELD_NAME",
    "DEFAULT_REASON",
    "FONT_CANDIDATES",
    "VN_TZ",
    "find_stamp_font",
    "sign_pdf",
    "stamp_rect",
]


DEFAULT_REASON = "Số hóa từ bản giấy"
DEFAULT_FIELD_NAME = "SoHoa"

FONT_CANDIDATES: tuple[Path, ...] = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
    Path("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"),
    Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
)
"""Fonts tried in order for the stamp; each has every Vietnamese letter."""

_MM = 72 / 25.4
_STAMP_WIDTH = 60 * _MM
_STAMP_HEIGHT = 18 * _MM
_STAMP_MARGIN = 8 * _MM
_STAMP_GAP = 2 * _MM
_FONT_SIZE = 8
_COPY_WIDTH = 70 * _MM
_COPY_HEIGHT = 16 * _MM
_COPY_MARGIN = 8 * _MM
_LEADING = 10

# Form matrix that turns the stamp upright on a page shown rotated clockwise by the key.
_ROTATION_MATRIX: dict[int, tuple[int, int, int, int, int, int]] = {
    90: (0, 1, -1, 0, 0, 0),
    180: (-1, 0, 0, -1, 0, 0),
    270: (0, -1, 1, 0, 0, 0),
}


def find_stamp_font() -> Path:
    """Return the first installed font of :data:`FONT_CANDIDATES`.

    Returns:
        Path of a TrueType font with every Vietnamese letter.

    Raises:
        ConfigurationError: None of the fonts is installed.
    """
    for candidate in FONT_CANDIDATES:
        if candidate.is_file():
            return candidate
    raise ConfigurationError(
        "No font with Vietnamese letters was found for the signature stamp. Install the Debian "
        "package fonts-dejavu-core (apt-get install fonts-dejavu-core), or pass font_path."
    )


def stamp_rect(
    media_box: tuple[float, float, float, float],
    crop_box: tuple[float, float, float, float] | None = None,
    rotate: int = 0,
    slot: int = 0,
) -> tuple[float, float, float, float]:
    """Where the stamp goes: the top-left corner of the page as it is displayed.

    Args:
        media_box: The page's ``/MediaBox``.
        crop_box: The page's ``/CropBox`` (the visible part), if it has one.
        rotate: The page's ``/Rotate`` (degrees clockwise, a multiple of 90).
        slot: How many stamps are already there; each one moves the new stamp down by its own
            height plus 2 mm (as far as the page allows), so stamps do not cover each other.

    Returns:
        ``(x1, y1, x2, y2)`` in default user space, for the signature widget's ``/Rect``: 60 x 18
        mm as seen, 8 mm from the top and left edges, shrunk to fit very small pages.
    """
    x0, y0, x1, y1 = _normalise_box(media_box)
    if crop_box is not None:
        cx0, cy0, cx1, cy1 = _normalise_box(crop_box)
        ix0, iy0, ix1, iy1 = max(x0, cx0), max(y0, cy0), min(x1, cx1), min(y1, cy1)
        if ix1 > ix0 and iy1 > iy0:
            x0, y0, x1, y1 = ix0, iy0, ix1, iy1
    rotate = _normalise_rotation(rotate)
    seen_w, seen_h = (y1 - y0, x1 - x0) if rotate in (90, 270) else (x1 - x0, y1 - y0)
    scale = min(
        1.0,
        seen_w / (_STAMP_WIDTH + 2 * _STAMP_MARGIN),
        seen_h / (_STAMP_HEIGHT + 2 * _STAMP_MARGIN),
    )
    w, h, m = _STAMP_WIDTH * scale, _STAMP_HEIGHT * scale, _STAMP_MARGIN * scale
    step = h + _STAMP_GAP * scale
    slot = max(0, min(slot, int((seen_h - 2 * m - h) // step)))
    left, top = m, m + slot * step  # as seen on screen
    if rotate == 90:  # seen right = user up, seen down = user right; top-left = (x0, y0)
        return (x0 + top, y0 + left, x0 + top + h, y0 + left + w)
    if rotate == 180:  # seen right = user left, seen down = user up; top-left = (x1, y0)
        return (x1 - left - w, y0 + top, x1 - left, y0 + top + h)
    if rotate == 270:  # seen right = user down, seen down = user left; top-left = (x1, y1)
        return (x1 - top - h, y1 - left - w, x1 - top, y1 - left)
    return (x0 + left, y1 - top - h, x0 + left + w, y1 - top)


def sign_pdf(
    pdf: bytes,
    signer: SigningIdentity,
    *,
    when: datetime | None = None,
    reason: str = DEFAULT_REASON,
    location: str = "",
    field_name: str = DEFAULT_FIELD_NAME,
    font_path: Path | None = None,
    signer_title: str = "Người số hóa",
    profile: SigningProfile | None = None,
    appearance: ImageAppearance | CopyAppearance | None = None,
) -> bytes:
    """Sign a PDF (PAdES baseline B) with a visible stamp naming the digitiser and the time.

    Args:
        pdf: The PDF to sign, typically the searchable PDF made from a scanned dossier.
        signer: The clerk's key and certificate (see :meth:`DevPki.clerk_signer`).
        when: Signing time; default now. A naive value is taken as Vietnam time. It is kept to
            the second and shown with the +07:00 offset.
        reason: Reason recorded in the signature.
        location: Place of signing recorded in the signature (left out when empty).
        field_name: Name of the signature field to create (or fill, if the PDF has an empty
            one of that name).
        font_path: TrueType font for the stamp; default :func:`find_stamp_font`.
        signer_title: What the stamp calls the signer (the digitiser by default).
        profile: The PAdES level and where its time stamp and revocation data come from
            (:func:`signing.signing_profile`); default B-B, the signature alone.
        appearance: How the signature shows (:mod:`signing.appearance`): an image in a box
            (a handwritten signature or a seal, Decree 30), or the text stamp of a certified
            copy at the top right of page 1; default the digitiser's stamp at the top left.

    Returns:
        The signed PDF: the input bytes followed by an incremental update.

    Raises:
        UnsignablePdfError: The input is not a readable, unencrypted PDF with at least one page,
            or the field is already signed.
        ConfigurationError: No usable font is installed, or the font lacks a letter of the
            stamp text.
        SigningError: Signing failed for another reason.
    """
    when = _signing_time(when)
    stamped = when.isoformat(timespec="seconds")
    if isinstance(appearance, CopyAppearance):
        lines: tuple[str, ...] = (nfc(appearance.form), nfc(appearance.organisation), stamped)
        font = Path(appearance.font) if appearance.font is not None else find_copy_font()
    else:
        lines = (f"{signer_title}: {signer.name}", f"Ký lúc: {stamped}")
        font = Path(font_path) if font_path is not None else find_stamp_font()
    if not font.is_file():
        raise ConfigurationError(f"The stamp font {font} does not exist.")
    missing = _missing_glyphs(str(font), "".join(lines))
    if missing:
        raise ConfigurationError(
            f"The stamp font {font} has no glyph for {missing!r}; use a font with every "
            "Vietnamese letter (Debian package fonts-dejavu-core)."
        )

    writer, rect, rotation, visible = _open_for_signing(pdf, field_name)
    page = 0
    style: BaseStampStyle
    if isinstance(appearance, ImageAppearance):
        style, page, rect = _image_style(appearance), appearance.page, appearance.box
    elif isinstance(appearance, CopyAppearance):
        style = _SohoaStampStyle(
            border_width=0, background=None, stamp_text="%(line1)s\n%(line2)s\n%(line3)s",
            text_box_style=TextBoxStyle(font=_StampFontFactory(str(font), font_size=10),
                                        font_size=10, leading=12),
            inner_content_layout=SimpleBoxLayoutRule(
                x_align=AxisAlignment.ALIGN_MAX, y_align=AxisAlignment.ALIGN_MID,
                margins=Margins(left=2, right=2, top=2, bottom=2),
                inner_content_scaling=InnerScaling.SHRINK_TO_FIT),
        )
        _x0, _y0, x1, y1 = visible
        rect = (x1 - _COPY_MARGIN - _COPY_WIDTH, y1 - _COPY_MARGIN - _COPY_HEIGHT,
                x1 - _COPY_MARGIN, y1 - _COPY_MARGIN)
    else:
        style = _SohoaStampStyle(
            border_width=1,
            border_color=(0.25, 0.25, 0.25),
            background=None,
            stamp_text="%(line1)s\n%(line2)s",
            text_box_style=TextBoxStyle(
                font=_StampFontFactory(str(font), font_size=_FONT_SIZE),
                font_size=_FONT_SIZE,
                leading=_LEADING,
            ),
            inner_content_layout=SimpleBoxLayoutRule(
                x_align=AxisAlignment.ALIGN_MIN,
                y_align=AxisAlignment.ALIGN_MID,
                margins=Margins(left=5, right=5, top=3, bottom=3),
                inner_content_scaling=InnerScaling.SHRINK_TO_FIT,
            ),
            rotation=rotation,
        )
    profile = profile or SigningProfile("B-B")
    long_term = profile.level in ("B-LT", "B-LTA")
    context = profile.validation_context() if long_term and profile.validation_context else None
    if long_term and context is None:
        raise SigningError(f"PAdES {profile.level} needs a source of revocation data.")
    if profile.level != "B-B" and profile.timestamper is None:
        raise SigningError(f"PAdES {profile.level} needs a time-stamping authority.")
    pdf_signer = _TimedPdfSigner(
        signers.PdfSignatureMetadata(
            field_name=field_name,
            md_algorithm="sha256",
            subfilter=fields.SigSeedSubFilter.PADES,
            reason=reason or None,
            location=location or None,
            embed_validation_info=long_term,
            use_pades_lta=profile.level == "B-LTA",
            validation_context=context,
        ),
        timestamper=profile.timestamper,
        signer=signer.pyhanko_signer,
        stamp_style=style,
        new_field_spec=fields.SigFieldSpec(sig_field_name=field_name, on_page=page, box=rect),
        signing_time=when,
    )
    try:
        out = run_sync(
            pdf_signer.async_sign_pdf(
                writer, appearance_text_params={f"line{n}": line
                                                for n, line in enumerate(lines, start=1)}
            )
        )
        return out.getvalue()
    except SohoaError:
        raise
    except Exception as exc:  # library failures of any kind end here, translated
        raise SigningError(f"The PDF could not be signed: {_describe(exc)}") from exc


def _image_style(appearance: ImageAppearance) -> StaticStampStyle:
    """A stamp showing only the image, scaled to fit the box, keeping its proportions."""
    try:
        image = Image.open(appearance.image)
        image.load()
    except OSError as exc:
        raise ConfigurationError(
            f"The signature image {appearance.image} cannot be read as a picture: {exc}") from exc
    if image.mode != "RGBA":
        image = image.convert("RGBA")
    return StaticStampStyle(
        border_width=0, background=PdfImage(image), background_opacity=1.0,
        background_layout=SimpleBoxLayoutRule(
            x_align=AxisAlignment.ALIGN_MID, y_align=AxisAlignment.ALIGN_MID,
            margins=Margins(0, 0, 0, 0), inner_content_scaling=InnerScaling.SHRINK_TO_FIT))


def _open_for_signing(
    pdf: bytes, field_name: str
) -> tuple[PdfWriter, tuple[float, float, float, float], int,
           tuple[float, float, float, float]]:
    """Parse the input and work out where the stamp goes; every failure is the input's fault."""
    if not isinstance(pdf, bytes | bytearray | memoryview):
        raise UnsignablePdfError("The document to sign must be given as bytes.")
    head = bytes(pdf[:1024])
    if b"%PDF-" not in head:
        raise UnsignablePdfError("The file to sign is not a PDF (it does not start with %PDF-).")
    try:
        writer = open_for_update(bytes(pdf))
        if writer.prev.encrypted:
            raise UnsignablePdfError("The PDF to sign is encrypted; sohoa signs only open PDFs.")
        page_count = int(writer.root["/Pages"]["/Count"])
        if page_count < 1:
            raise UnsignablePdfError("The PDF to sign has no pages.")
        signed_fields = [
            str(name)
            for name, _value, _ref in fields.enumerate_sig_fields(writer, filled_status=True)
        ]
        if field_name in signed_fields:
            raise UnsignablePdfError(
                f"The PDF is already signed in field {field_name!r}; "
                "use another field name to add a signature."
            )
        page_ref, _resources = writer.find_page_for_modification(0)
        page = page_ref.get_object()
        media_box = find_inherited_value_in_tree(page, "/MediaBox", "/Parent")
        if media_box is None:
            raise UnsignablePdfError("Page 1 of the PDF to sign has no /MediaBox.")
        crop_box = find_inherited_value_in_tree(page, "/CropBox", "/Parent")
        rotate = find_inherited_value_in_tree(page, "/Rotate", "/Parent") or 0
        rect = stamp_rect(
            _box_tuple(media_box),
            _box_tuple(crop_box) if crop_box is not None else None,
            int(rotate),
            slot=len(signed_fields),
        )
    except SohoaError:
        raise
    except Exception as exc:  # pyHanko raises many kinds on damaged input
        raise UnsignablePdfError(
            f"The PDF to sign is damaged and cannot be read: {_describe(exc)}"
        ) from exc
    visible = _box_tuple(crop_box) if crop_box is not None else _box_tuple(media_box)
    return writer, rect, _normalise_rotation(int(rotate)), _normalise_box(visible)


class _TimedPdfSigner(signers.PdfSigner):
    """PdfSigner that uses one given time for ``/M`` and for the stamp."""

    def __init__(self, *args: Any, signing_time: datetime, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._signing_time = signing_time

    def init_signing_session(
        self, pdf_out: BasePdfFileWriter, existing_fields_only: bool = False
    ) -> signers.PdfSigningSession:
        session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
        session.system_time = self._signing_time
        return session


@dataclass(frozen=True)
class _SohoaStampStyle(TextStampStyle):
    """Text stamp that stays upright on rotated pages."""

    rotation: int = 0

    def create_stamp(
        self, writer: BasePdfFileWriter, box: BoxConstraints, text_params: dict[str, Any]
    ) -> TextStamp:
        if self.rotation in (90, 270) and box.width_defined and box.height_defined:
            box = BoxConstraints(width=box.height, height=box.width)
        return _SohoaStamp(writer=writer, style=self, box=box, text_params=text_params)


class _SohoaStamp(TextStamp):
    def as_form_xobject(self) -> generic.StreamObject:
        xobj = super().as_form_xobject()
        matrix = _ROTATION_MATRIX.get(self.style.rotation)
        if matrix is not None:
            xobj["/Matrix"] = generic.ArrayObject(generic.NumberObject(v) for v in matrix)
        return xobj


def _signing_time(when: datetime | None) -> datetime:
    if when is None:
        when = datetime.now(VN_TZ)
    elif when.tzinfo is None or when.utcoffset() is None:
        when = when.replace(tzinfo=VN_TZ)
    return when.astimezone(VN_TZ).replace(microsecond=0)


def _box_tuple(box: Any) -> tuple[float, float, float, float]:
    values = [float(v) for v in box]
    if len(values) != 4:
        raise UnsignablePdfError("Page 1 of the PDF to sign has a malformed page box.")
    return values[0], values[1], values[2], values[3]


def _normalise_box(box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    a, b, c, d = box
    return min(a, c), min(b, d), max(a, c), max(b, d)


def _normalise_rotation(rotate: int) -> int:
    rotate %= 360
    return rotate if rotate in (0, 90, 180, 270) else 0


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
