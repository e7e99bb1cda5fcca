from __future__ import annotations

import io
from pathlib import Path

import cv2
import numpy as np
import pikepdf
import pytest
import segno
import zxingcpp
from PIL import Image, ImageDraw, ImageFont

from ingest import (
    CorruptFileError,
    EmptyFileError,
    EncryptedPdfError,
    IngestSettings,
    PageTooLargeError,
    UnsupportedFileTypeError,
    load_page,
    open_source,
)
from ingest.clean import (
    blank_ink_ratio,
    clear_borders,
    detect_skew,
    find_codes,
    find_page_outline,
    flatten_background,
    remove_specks,
    rotate,
    scan_page,
    uneven_light,
    unwarp_page,
)
from ingest.quality import assess, cut_edges
from ingest.settings import RECEIPT_CODE_PATTERN

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def text_page(lines: int = 30, dpi: int = 150) -> np.ndarray:
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    im = Image.new("L", (w, h), 245)
    draw = ImageDraw.Draw(im)
    font = ImageFont.truetype(FONT, int(dpi * 12 / 72))
    for i in range(lines):
        draw.text((dpi, dpi + i * dpi // 4), f"Dòng {i}: Ủy ban nhân dân phường Đống Đa", font=font,
                  fill=0)
    return np.asarray(im)


def test_text_file_named_pdf(tmp_path: Path) -> None:
    f = tmp_path / "hoso.pdf"
    f.write_text("đây không phải là PDF")
    vietnamese_then_english = r"hoso\.pdf: không phải bản quét PDF.*\(not a PDF"
    with pytest.raises(UnsupportedFileTypeError, match=vietnamese_then_english):
        open_source(f, IngestSettings())


def test_empty_file(tmp_path: Path) -> None:
    f = tmp_path / "empty.tif"
    f.write_bytes(b"")
    with pytest.raises(EmptyFileError, match=r"empty\.tif"):
        open_source(f, IngestSettings())


def test_truncated_pdf(tmp_path: Path) -> None:
    f = tmp_path / "cut.pdf"
    f.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog")
    with pytest.raises(CorruptFileError, match=r"cut\.pdf"):
        open_source(f, IngestSettings())


def test_truncated_jpeg(tmp_path: Path) -> None:
    buf = io.BytesIO()
    Image.fromarray(text_page(5)).save(buf, format="JPEG")
    f = tmp_path / "cut.jpg"
    f.write_bytes(buf.getvalue()[: len(buf.getvalue()) // 3])
    with pytest.raises(CorruptFileError, match=r"cut\.jpg"):
        source = open_source(f, IngestSettings())
        load_page(source, 0, IngestSettings())


def test_encrypted_pdf(tmp_path: Path) -> None:
    f = tmp_path / "locked.pdf"
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.save(f, encryption=pikepdf.Encryption(owner="o", user="u"))
    with pytest.raises(EncryptedPdfError, match="password"):
        open_source(f, IngestSettings())


def test_huge_image_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "huge.png"
    Image.new("L", (4000, 4000), 255).save(f)
    settings = IngestSettings(max_page_megapixels=10)
    with pytest.raises(PageTooLargeError, match=r"huge\.png"):
        load_page(open_source(f, settings), 0, settings)


@pytest.mark.parametrize("angle", [-2.5, -1.0, 0.0, 1.7, 3.0])
def test_skew_is_found(angle: float) -> None:
    page = rotate(text_page(), angle, fill=245)
    assert detect_skew(page) == pytest.approx(angle, abs=0.15)


def test_blank_page() -> None:
    rng = np.random.default_rng(1)
    blank = np.clip(240 + rng.normal(0, 6, (1700, 1200)), 0, 255).astype(np.uint8)
    assert blank_ink_ratio(blank) < IngestSettings().blank_ink_ratio
    assert blank_ink_ratio(text_page()) > IngestSettings().blank_ink_ratio * 5


def test_receipt_code_read_from_qr_among_other_fields() -> None:
    page = Image.fromarray(text_page(5))
    qr = segno.make("MaHoSo:000.00.12.H19-261121-0007|MaTTHC:1.001193|NgayNhan:2026-11-21")
    buf = io.BytesIO()
    qr.save(buf, kind="png", scale=6, border=4)
    page.paste(Image.open(buf).convert("L"), (800, 100))
    texts, codes = find_codes(np.asarray(page), RECEIPT_CODE_PATTERN)
    assert codes == ("000.00.12.H19-261121-0007",)
    assert "MaTTHC" in texts[0]


def test_scan_page_undoes_skew_and_marks_blank() -> None:
    scan = scan_page(rotate(text_page(), 2.0, fill=245), 150, IngestSettings(), orientation=None)
    assert not scan.blank
    assert not scan.separator
    assert detect_skew(scan.upright) == pytest.approx(0.0, abs=0.15)
    assert scan.for_ocr is not None and scan.ocr_dpi == 250
    assert scan.for_ocr.shape[1] == pytest.approx(scan.upright.shape[1] * 250 / 150, abs=2)
    blank = scan_page(np.full((1700, 1200), 240, np.uint8), 150, IngestSettings(),
                      orientation=None)
    assert blank.blank
    assert blank.for_ocr is None


def _code128(text: str, width: int) -> Image.Image:
    bars = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.Code128)
    img = Image.fromarray(np.asarray(bars.to_image(scale=4, add_quiet_zones=True)))
    return img.convert("L").resize((width, width // 5), Image.Resampling.NEAREST)


def test_separator_sheet_is_told_from_a_receipt() -> None:
    code = "000.00.12.H19-261121-0007"
    sheet = Image.fromarray(text_page(1))
    sheet.paste(_code128(code, 700), (250, 600))
    scan = scan_page(np.asarray(sheet), 150, IngestSettings(), orientation=None)
    assert scan.separator and not scan.blank
    assert scan.receipt_codes == (code,)
    assert scan.for_ocr is None

    receipt = Image.fromarray(text_page(30))
    receipt.paste(_code128(code, 700), (250, 40))
    scan = scan_page(np.asarray(receipt), 150, IngestSettings(), orientation=None)
    assert not scan.separator
    assert scan.receipt_codes == (code,)


def test_page_cut_off_at_an_edge_is_rejected() -> None:
    page = text_page(30)
    settings = IngestSettings().quality
    assert cut_edges(page, 150, settings.max_cut_marks) == []
    shifted = np.full_like(page, 245)
    shifted[:, :] = np.roll(page, 700, axis=1)
    shifted[:, :700] = 245  # the lid where the sheet is not; its right part is off the glass
    assert cut_edges(shifted, 150, settings.max_cut_marks) == ["right"]
    issues = assess(shifted, 300.0, settings.model_copy(update={"min_dpi": 50}))
    assert [i.code for i in issues] == ["cut_off"]
    assert "right edge" in issues[0].reason


def test_scanner_border_is_cleared_but_writing_kept() -> None:
    page = text_page(30).copy()
    page[:, :40] = 20  # a black band down the left edge (lid open)
    cleared = clear_borders(page)
    assert cleared[:, :40].min() == 255
    ink_before = (page[:, 60:] < 128).sum()
    assert (cleared[:, 60:] < 128).sum() == ink_before


def test_shadow_is_flattened_for_ocr() -> None:
    page = text_page(30).astype(np.float32)
    shade = np.ones_like(page)
    shade[:, 600:] = 0.55  # a hand's shadow over the right half
    shadowed = cv2.GaussianBlur(page * shade, (0, 0), 8).astype(np.uint8)
    shadowed = np.minimum(shadowed, (page * shade).astype(np.uint8))
    assert uneven_light(shadowed, 150)
    assert not uneven_light(text_page(30), 150)
    flat = flatten_background(shadowed, 150)
    paper_left = np.percentile(flat[:, 100:500], 90)
    paper_right = np.percentile(flat[:, 700:1100], 90)
    assert abs(float(paper_left) - float(paper_right)) < 10
    # one threshold for the whole page now keeps the writing in the shadow
    _, binary = cv2.threshold(flat, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    assert (binary[:, 700:1100] == 0).mean() < 0.2


def test_dust_specks_are_removed_but_diacritics_kept() -> None:
    page = text_page(30, dpi=300).copy()
    rng = np.random.default_rng(3)
    ys, xs = rng.integers(0, page.shape[0], 400), rng.integers(0, page.shape[1], 400)
    dusty = page.copy()
    dusty[ys, xs] = 0
    cleaned = remove_specks(dusty, 300)
    assert (cleaned[ys, xs] == 0).sum() < 20  # the dots that fell on letters stay dark
    assert ((cleaned < 128) != (page < 128)).sum() < 40


def test_pdf_page_keeps_its_jpeg(tmp_path: Path) -> None:
    buf = io.BytesIO()
    Image.fromarray(text_page(5)).save(buf, format="JPEG", quality=90)
    jpeg = buf.getvalue()
    f = tmp_path / "scan.pdf"
    Image.open(io.BytesIO(jpeg)).save(f, format="PDF", resolution=150)
    page = load_page(open_source(f, IngestSettings()), 0, IngestSettings())
    assert page.original_ext == "jpg"
    assert page.original[:3] == b"\xff\xd8\xff"
    assert abs(page.dpi - 150) < 2


def phone_photo(page: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The page photographed from an angle on a dark desk: the photo and the page's corners."""
    h, w = page.shape
    canvas_w, canvas_h = int(w * 1.4), int(h * 1.3)
    corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    where = np.array([[0.18 * w, 0.12 * h], [1.25 * w, 0.08 * h], [1.30 * w, 1.20 * h],
                      [0.12 * w, 1.16 * h]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(corners, where)
    desk = np.full((canvas_h, canvas_w), 60, np.uint8)
    photo = cv2.warpPerspective(page, m, (canvas_w, canvas_h), dst=desk,
                                borderMode=cv2.BORDER_TRANSPARENT)
    return photo, where


def test_phone_photo_is_flattened() -> None:
    page = text_page()
    photo, where = phone_photo(page)
    quad = find_page_outline(photo)
    assert quad is not None
    assert np.abs(quad - where).max() < 0.02 * photo.shape[1]
    flat = unwarp_page(photo, quad)
    assert abs(flat.shape[0] / flat.shape[1] - page.shape[0] / page.shape[1]) < 0.05
    assert detect_skew(flat) == pytest.approx(0.0, abs=0.3)


def test_flatbed_scan_has_no_outline_to_fix() -> None:
    assert find_page_outline(text_page()) is None
    assert find_page_outline(rotate(text_page(), 2.0, fill=245)) is None


def test_file_errors_survive_a_trip_to_another_process() -> None:
    import pickle

    err = pickle.loads(pickle.dumps(CorruptFileError(Path("/scans/hoso.pdf"), "page 3")))
    assert isinstance(err, CorruptFileError)
    assert err.message.startswith("hoso.pdf: tệp bị hỏng") and "the file is damaged" in err.message
    assert err.message.count("hoso.pdf") == 1 and err.message.endswith("(page 3)")


def _jpeg_pdf(path: Path, image: np.ndarray, dpi: int, rotate: int = 0) -> bytes:
    """A scanner's PDF: one page, the JPEG drawn over all of it."""
    buf = io.BytesIO()
    Image.fromarray(image).save(buf, format="JPEG", quality=90)
    pdf = pikepdf.new()
    h, w = image.shape[:2]
    stream = pikepdf.Stream(pdf, buf.getvalue())
    stream.Type, stream.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
    stream.Width, stream.Height, stream.BitsPerComponent = w, h, 8
    stream.ColorSpace = pikepdf.Name.DeviceRGB if image.ndim == 3 else pikepdf.Name.DeviceGray
    stream.Filter = pikepdf.Name.DCTDecode
    pw, ph = w * 72 / dpi, h * 72 / dpi
    page = pdf.add_blank_page(page_size=(pw, ph))
    page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=stream))
    page.Contents = pdf.make_stream(f"q {pw:.3f} 0 0 {ph:.3f} 0 0 cm /Im0 Do Q".encode())
    if rotate:
        page.Rotate = rotate
    pdf.save(path)
    return buf.getvalue()


@pytest.mark.parametrize("colour", [False, True])
def test_scanned_pdf_page_is_its_jpeg_not_a_rendering(tmp_path: Path, colour: bool) -> None:
    page = text_page(8, dpi=200)
    if colour:
        page = np.dstack([page, page, np.full_like(page, 200)])
    f = tmp_path / "scan.pdf"
    jpeg = _jpeg_pdf(f, page, 200)
    loaded = load_page(open_source(f, IngestSettings()), 0, IngestSettings())
    decoded = np.asarray(Image.open(io.BytesIO(jpeg)))
    assert loaded.dpi == 200 and loaded.original == jpeg and loaded.original_ext == "jpg"
    assert loaded.image.shape == decoded.shape  # not a pixel wider, as a rendering came out
    assert np.abs(loaded.image.astype(int) - decoded.astype(int)).max() <= 1


def test_turned_scanned_pdf_page_is_rendered_turned(tmp_path: Path) -> None:
    page = text_page(8, dpi=200)
    f = tmp_path / "turned.pdf"
    jpeg = _jpeg_pdf(f, page, 200, rotate=90)
    loaded = load_page(open_source(f, IngestSettings()), 0, IngestSettings())
    assert loaded.original == jpeg
    h, w = page.shape
    assert abs(loaded.image.shape[0] - w) <= 1 and abs(loaded.image.shape[1] - h) <= 1


def test_scanned_pdf_page_of_an_unlikely_resolution_is_rendered(tmp_path: Path) -> None:
    # a JPEG whose page size makes it 60 dpi: rendered at render_dpi, not its pixels labelled so
    page = text_page(8, dpi=200)
    f = tmp_path / "tiny.pdf"
    _jpeg_pdf(f, page, 60)
    settings = IngestSettings()
    loaded = load_page(open_source(f, settings), 0, settings)
    assert loaded.dpi == settings.render_dpi
    assert abs(loaded.image.shape[1] - round(page.shape[1] / 60 * settings.render_dpi)) <= 1
