"""Random and mutated bytes into the loaders: only sohoa's own errors come out, never a hang."""

from __future__ import annotations

import importlib.util
import io
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pikepdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from ingest import IngestSettings, load_page, open_source
from sohoa.errors import SohoaError
from tests.conftest import SAMPLES

LIMIT_S = 10


def _seeds() -> list[bytes]:
    im = Image.new("L", (120, 160), 240)
    out = []
    for fmt, kw in (("PNG", {}), ("JPEG", {"quality": 80}), ("TIFF", {"compression": "group4"})):
        buf = io.BytesIO()
        (im.convert("1") if fmt == "TIFF" else im).save(buf, format=fmt, **kw)
        out.append(buf.getvalue())
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(200, 300))
    buf = io.BytesIO()
    pdf.save(buf)
    out.append(buf.getvalue())
    out.append(_jbig2_pdf(im.convert("1")))
    return out


def _jbig2_pdf(bitmap: Image.Image) -> bytes:
    """A one-page PDF whose page is a JBIG2 image, encoded as the sample generator does."""
    spec = importlib.util.spec_from_file_location("samples_generate", SAMPLES / "generate.py")
    assert spec is not None and spec.loader is not None
    generate = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = generate  # its dataclasses look their module up
    spec.loader.exec_module(generate)
    pdf = pikepdf.new()
    w, h = bitmap.size
    image = pikepdf.Stream(pdf, generate.jbig2_bytes(bitmap, 300))
    image.Type, image.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
    image.Width, image.Height, image.BitsPerComponent = w, h, 1
    image.ColorSpace, image.Filter = pikepdf.Name.DeviceGray, pikepdf.Name.JBIG2Decode
    page = pdf.add_blank_page(page_size=(w * 72 / 300, h * 72 / 300))
    page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
    page.Contents = pdf.make_stream(f"q {w * 72 / 300} 0 0 {h * 72 / 300} 0 0 cm /Im0 Do Q"
                                    .encode())
    buf = io.BytesIO()
    pdf.save(buf)
    return buf.getvalue()


SEEDS = _seeds()
_FIXTURE_OK = [HealthCheck.function_scoped_fixture]  # tmp_path is only a place to write


@contextmanager
def _time_limit(seconds: int) -> Iterator[None]:
    def fail(_sig: int, _frame: object) -> None:
        raise AssertionError(f"loader ran past {seconds} s")

    old = signal.signal(signal.SIGALRM, fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _load_all(path: Path) -> None:
    limits = IngestSettings(max_page_megapixels=20, max_pages=50)
    with _time_limit(LIMIT_S):
        try:
            source = open_source(path, limits)
            for i in range(source.page_count):
                load_page(source, i, limits)
        except SohoaError as exc:
            assert path.name in exc.message


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 8))):
        at = draw(st.integers(0, len(data) - 1))
        data[at] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)


@settings(max_examples=400, deadline=None, suppress_health_check=_FIXTURE_OK)
@given(data=mutated())
def test_mutated_scans(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "scan.bin"
    path.write_bytes(data)
    _load_all(path)


@settings(max_examples=200, deadline=None, suppress_health_check=_FIXTURE_OK)
@given(data=st.binary(max_size=4096), magic=st.sampled_from(
    [b"", b"%PDF-1.7\n", b"II*\x00", b"MM\x00*", b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n"]))
def test_random_bytes_behind_real_magic(tmp_path: Path, data: bytes, magic: bytes) -> None:
    path = tmp_path / "scan.bin"
    path.write_bytes(magic + data)
    _load_all(path)
