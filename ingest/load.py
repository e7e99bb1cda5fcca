"""Find input files, check what they are, and load their pages as images.

Called in the process that enumerates a batch (``open_source``) and in page workers
(``load_page``); both are cheap to call again, so workers reopen files themselves.
"""

from __future__ import annotations

import io
import struct
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import cv2
import numpy as np
import pikepdf
import pypdfium2 as pdfium
from PIL import Image, ImageOps, UnidentifiedImageError

from ingest.errors import (
    CorruptFileError,
    EmptyFileError,
    EncryptedPdfError,
    FileTooLargeError,
    InputNotFoundError,
    PageTooLargeError,
    UnsupportedFileTypeError,
)
from ingest.settings import IngestSettings
from sohoa.pdfium import one_at_a_time

__all__ = [
    "IMAGE_SUFFIXES",
    "LoadedPage",
    "Source",
    "SourceKind",
    "expand_inputs",
    "load_page",
    "open_source",
    "sniff",
]

SourceKind = Literal["pdf", "tiff", "jpeg", "png", "folder"]
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff"}
_MAGIC: list[tuple[bytes, SourceKind]] = [
    (b"%PDF-", "pdf"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"\x89PNG\r\n\x1a\n", "png"),
]
_DECODE_ERRORS = (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError, KeyError,
                  TypeError, IndexError, ZeroDivisionError, struct.error)
"""What Pillow's decoders raise on damaged files (found by feeding them mutated scans)."""


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a scan file, or a folder whose image files are the pages in name order."""

    path: Path
    kind: SourceKind
    page_count: int
    files: tuple[Path, ...]
    """For a folder, its page files in order; for a file, the file itself."""

    def page_file(self, index: int) -> tuple[Path, int]:
        """Return the file holding page ``index`` and the page index inside that file."""
        if self.kind == "folder":
            return self.files[index], 0
        return self.path, index


@dataclass(frozen=True, slots=True, eq=False)
class LoadedPage:
    """A page as scanned: pixels, resolution, and the original bytes to archive."""

    image: np.ndarray
    """RGB (h, w, 3) or grayscale (h, w) uint8, as scanned."""
    dpi: float
    original: bytes
    """The page's own bytes: the JPEG or PNG file, the JPEG inside a scanned PDF, else PNG."""
    original_ext: str


def sniff(path: Path) -> SourceKind:
    """Tell the file type from its first bytes, never from its name."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(16)
    except FileNotFoundError as exc:
        raise InputNotFoundError(path) from exc
    if size == 0:
        raise EmptyFileError(path)
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[:1024].lstrip()[:1].isalpha() or head.isascii():
        detail = "it is a text file"
    else:
        detail = "unknown content"
    raise UnsupportedFileTypeError(path, detail)


def expand_inputs(paths: list[Path]) -> list[Path]:
    """Turn command-line paths into inputs: files, and folders of page images.

    A folder that holds only image files is one input (its files are pages). A folder holding
    other files or sub-folders is searched and each file in it is one input.
    """
    out: list[Path] = []
    for path in paths:
        if not path.exists():
            raise InputNotFoundError(path)
        if path.is_dir():
            children = sorted(p for p in path.iterdir() if not p.name.startswith("."))
            if children and all(
                p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES - {".tif", ".tiff"}
                for p in children
            ):
                out.append(path)
            else:
                out.extend(expand_inputs(children))
        else:
            out.append(path)
    return out


def _check_size(path: Path, settings: IngestSettings) -> None:
    size = path.stat().st_size
    if size > settings.max_file_mb * 1024 * 1024:
        raise FileTooLargeError(path, f"{size / 1024 / 1024:.0f} MB > {settings.max_file_mb} MB")


def open_source(path: Path, settings: IngestSettings) -> Source:
    """Check an input and count its pages, raising a specific error for a bad file."""
    if path.is_dir():
        files = tuple(sorted(p for p in path.iterdir() if p.is_file()))
        if not files:
            raise EmptyFileError(path, "the folder has no page images")
        for f in files:
            _check_size(f, settings)
            sniff(f)
        return Source(path, "folder", len(files), files)
    kind = sniff(path)
    _check_size(path, settings)
    if kind == "pdf":
        count = _pdf_page_count(path)
    elif kind == "tiff":
        count = _image_frame_count(path, settings)
    else:
        count = 1 if _image_frame_count(path, settings) else 0
    if count == 0:
        raise CorruptFileError(path, "no pages")
    if count > settings.max_pages:
        raise FileTooLargeError(path, f"{count} pages > {settings.max_pages}")
    return Source(path, kind, count, (path,))


def _open_pdfium(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedPdfError(path) from exc
        raise CorruptFileError(path, str(exc)[:120]) from exc


@one_at_a_time
def _pdf_page_count(path: Path) -> int:
    """Count pages with pdfium (which renders them later); qpdf tells a password from damage."""
    try:
        with pikepdf.open(path):
            pass
    except pikepdf.PasswordError as exc:
        raise EncryptedPdfError(path) from exc
    except pikepdf.PdfError:
        pass  # pdfium may still read what qpdf cannot; it decides below
    doc = _open_pdfium(path)
    try:
        return len(doc)
    finally:
        doc.close()


def _image_frame_count(path: Path, settings: IngestSettings) -> int:
    """Count the frames of an image file; each frame's size is checked against the pixel
    limit from its header before any pixel is decoded, and the last frame is decoded to find
    damage."""
    limit = int(settings.max_page_megapixels * 1e6)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(path)  # reads the header only
        with im:
            n = getattr(im, "n_frames", 1)
            for frame in range(n):
                if frame:
                    im.seek(frame)
                if im.width * im.height > limit:
                    raise PageTooLargeError(
                        path, f"page {frame + 1} is {im.width}x{im.height} pixels > "
                        f"{settings.max_page_megapixels:g} MP")
            if n > 1:
                im.seek(n - 1)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                im.load()
            return n
    except PageTooLargeError:
        raise
    except Image.DecompressionBombError as exc:
        raise PageTooLargeError(path, str(exc)[:120]) from exc
    except _DECODE_ERRORS as exc:
        raise CorruptFileError(path, str(exc)[:120]) from exc


def _to_array(im: Image.Image) -> np.ndarray:
    if im.mode in ("1", "L", "I;16", "I"):
        return np.asarray(im.convert("L"))
    return np.asarray(im.convert("RGB"))


def _png(arr: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def _check_pixels(path: Path, w: int, h: int, settings: IngestSettings, index: int) -> None:
    if w * h > settings.max_page_megapixels * 1e6:
        raise PageTooLargeError(
            path, f"page {index + 1} is {w}x{h} pixels > {settings.max_page_megapixels:g} MP"
        )


def load_page(source: Source, index: int, settings: IngestSettings) -> LoadedPage:
    """Load page ``index`` (0-based) of ``source``.

    Raises:
        CorruptFileError: the page cannot be decoded.
        PageTooLargeError: the page is over the pixel limit.
    """
    path, inner = source.page_file(index)
    kind = sniff(path) if source.kind == "folder" else source.kind
    if kind == "pdf":
        return _load_pdf_page(path, inner, settings)
    Image.MAX_IMAGE_PIXELS = int(settings.max_page_megapixels * 1e6)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(path)
        with im:
            im.seek(inner)
            _check_pixels(path, im.width, im.height, settings, index)
            dpi_info = im.info.get("dpi", (300, 300))
            dpi = float(dpi_info[0]) if dpi_info and dpi_info[0] else 300.0
            im = ImageOps.exif_transpose(im) if kind == "jpeg" else im
            arr = _to_array(im)
    except (PageTooLargeError, CorruptFileError):
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise PageTooLargeError(path, f"page {index + 1}: {str(exc)[:100]}") from exc
    except _DECODE_ERRORS as exc:
        raise CorruptFileError(path, f"page {index + 1}: {str(exc)[:100]}") from exc
    if dpi < 50 or dpi > 1200:
        dpi = 300.0
    if kind in ("jpeg", "png"):
        original, ext = path.read_bytes(), kind if kind == "png" else "jpg"
    else:
        original, ext = _png(arr), "png"
    return LoadedPage(arr, dpi, original, ext)


def _single_image(path: Path, index: int
                  ) -> tuple[bytes | None, float | None, tuple[int, int] | None]:
    """Return the page's JPEG bytes and their dpi when a PDF page is one full-page JPEG, and
    the JPEG's width and height when the page shows it as it is (else None): the image drawn
    once over the whole page, upright, in grey or RGB (the JPEG decoded is then the page as
    pdfium renders it, without pdfium's resampling)."""
    try:
        with pikepdf.open(path) as pdf:
            page = pdf.pages[index]
            getter = getattr(page, "get_images", None)
            images = list((getter() if getter else page.images).values())
            if len(images) != 1:
                return None, None, None
            img = pikepdf.PdfImage(images[0])
            width_pt = float(page.mediabox[2]) - float(page.mediabox[0])
            dpi = img.width / (width_pt / 72.0) if width_pt > 0 else None
            if img.filters == ["/DCTDecode"]:
                whole = (img.width, img.height) if _drawn_whole(page, images[0]) else None
                return bytes(images[0].read_raw_bytes()), dpi, whole
            return None, dpi, None
    except (pikepdf.PdfError, KeyError, ValueError, NotImplementedError, IndexError,
            AttributeError, TypeError):
        return None, None, None  # not a plain scanned page: pdfium renders it below


def _drawn_whole(page: pikepdf.Page, image: pikepdf.Object) -> bool:
    """Whether the page is its one image and nothing else: no turn, no crop, a grey or RGB
    8-bit image without a mask or decode array, drawn once with the page's size and origin."""
    box = [float(v) for v in page.mediabox]
    if int(page.obj.get("/Rotate", 0)) % 360 or box[:2] != [0.0, 0.0]:
        return False
    if "/CropBox" in page.obj and [float(v) for v in page.obj.CropBox] != box:
        return False
    if (image.get("/ColorSpace") not in (pikepdf.Name.DeviceGray, pikepdf.Name.DeviceRGB)
            or int(image.get("/BitsPerComponent", 0)) != 8
            or any(k in image for k in ("/Decode", "/SMask", "/Mask", "/ImageMask"))):
        return False
    ops = [(list(operands), str(op)) for operands, op in pikepdf.parse_content_stream(page)]
    shown = [op for _, op in ops if op not in ("q", "Q", "cm", "Do")]
    draws = [operands for operands, op in ops if op == "Do"]
    turns = [[float(v) for v in operands] for operands, op in ops if op == "cm"]
    return (not shown and len(draws) == 1 and len(turns) == 1
            and all(abs(a - b) < 0.01 for a, b in zip(turns[0], [box[2], 0, 0, box[3], 0, 0],
                                                       strict=True)))


def _decoded(jpeg: bytes) -> np.ndarray | None:
    """The JPEG's pixels in RGB, or its one channel when it is grey (or its three are equal),
    as ``_pixels`` gives a rendered page; None when it cannot be decoded."""
    arr = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_UNCHANGED)
    if arr is None or arr.dtype != np.uint8 or (arr.ndim == 3 and arr.shape[2] != 3):
        return None
    if arr.ndim == 2:
        return arr
    blue, green, red = cv2.split(arr)
    if cv2.norm(blue, green, cv2.NORM_INF) == 0 and cv2.norm(green, red, cv2.NORM_INF) == 0:
        return blue
    return cv2.cvtColor(arr, cv2.COLOR_BGR2RGB)


def _pixels(bitmap: pdfium.PdfBitmap) -> np.ndarray:
    """A rendered page in RGB, or its one channel when the three are equal (a grey scan).
    Read from pdfium's own buffer: through PIL it was copied three times, a third of the time
    of loading a page."""
    if bitmap.mode != "BGR":
        arr = np.asarray(bitmap.to_pil().convert("RGB"))
        if np.array_equal(arr[..., 0], arr[..., 1]) and np.array_equal(arr[..., 1], arr[..., 2]):
            return np.ascontiguousarray(arr[..., 0])
        return arr
    raw = np.ascontiguousarray(bitmap.to_numpy())
    blue, green, red = cv2.split(raw)
    if cv2.norm(blue, green, cv2.NORM_INF) == 0 and cv2.norm(green, red, cv2.NORM_INF) == 0:
        return blue
    return cv2.cvtColor(raw, cv2.COLOR_BGR2RGB)


@one_at_a_time
def _load_pdf_page(path: Path, index: int, settings: IngestSettings) -> LoadedPage:
    jpeg, dpi, whole = _single_image(path, index)
    own = bool(dpi and 100 <= dpi <= 600)
    dpi = round(dpi) if dpi and own else settings.render_dpi
    if jpeg is not None and whole is not None and own:
        # a scanner's page: its JPEG is the page; rendering it would only resample it (one
        # whose own resolution is out of bounds is rendered at ``render_dpi`` below: its
        # pixels are not labelled with a resolution they do not have)
        _check_pixels(path, *whole, settings, index)
        arr = _decoded(jpeg)
        if arr is not None and arr.shape[:2] == whole[::-1]:
            return LoadedPage(arr, float(dpi), jpeg, "jpg")
    doc = _open_pdfium(path)
    try:
        page = doc[index]
        w_pt, h_pt = page.get_size()
        w, h = round(w_pt / 72 * dpi), round(h_pt / 72 * dpi)
        _check_pixels(path, w, h, settings, index)
        arr = _pixels(page.render(scale=dpi / 72.0, grayscale=False))
    except (pdfium.PdfiumError, IndexError, ValueError) as exc:
        raise CorruptFileError(path, f"page {index + 1}: {str(exc)[:100]}") from exc
    finally:
        doc.close()
    if jpeg is not None:
        return LoadedPage(arr, float(dpi), jpeg, "jpg")
    return LoadedPage(arr, float(dpi), _png(arr), "png")
