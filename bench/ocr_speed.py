"""OCR speed and accuracy beside OCRmyPDF, on the same pages and the same cores, in one run.

The pages: the degraded flatbed pages of the samples (skewed, noisy, blurred, speckled, turned),
written once into one PDF, each page as a JPEG at its own resolution (quality 92), so both
systems read exactly the same input.

Runs, each on ``--workers`` cores:

* ``sohoa OCR``       - cleaning + OCR of every page (the page workers alone);
* ``sohoa end to end``- ``sohoa process`` on the PDF into a fresh data folder: cleaning, OCR,
  classification, searchable PDF, PAdES signature, archive (folder store) and index (SQLite);
* ``ocrmypdf``        - ``ocrmypdf -l vie --output-type pdfa --jobs N``;
* ``ocrmypdf --deskew`` - the same with ``--deskew``.

Prints pages/s and page CER side by side, then the end-to-end run's seconds per stage
(``sohoa.timing``): the text of each output PDF page as ``pdftotext``
extracts it (default mode, and ``-raw``: content-stream order), against the ground truth,
whitespace collapsed; the two lines of sohoa's visible signature stamp are left out.

Needs the ``bench`` extra (``pip install -e '.[bench]'``: OCRmyPDF) and Ghostscript for its
PDF/A output (``apt-get install ghostscript``).
Usage: ``python bench/ocr_speed.py [--samples samples] [--workers N] [--limit N]``
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pikepdf
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ocr_accuracy import cer

from ingest import IngestSettings, load_page, open_source
from ocr import OcrSettings
from pipeline.deps import build_deps
from pipeline.pages import read_page
from pipeline.runner import process_paths
from pipeline.settings import Settings
from sohoa import timing


def _degraded(samples: Path, limit: int) -> list[tuple[Path, int, str]]:
    pages = []
    for f in sorted((samples / "truth").glob("*.json")):
        truth = json.loads(f.read_text(encoding="utf-8"))
        pages.extend(
            (samples / p["source"], p["index"], p["text"]) for p in truth["pages"]
            if not (p["clean"] or p["blank"] or p["separator"] or p["reject"] or p["photo"])
        )
    return pages[: limit or None]


def _write_input(pages: list[tuple[Path, int, str]], out: Path) -> None:
    """One PDF, a JPEG image per page at the page's own resolution."""
    ingest = IngestSettings()
    pdf = pikepdf.new()
    for source, index, _ in pages:
        page = load_page(open_source(source, ingest), index, ingest)
        im = Image.fromarray(page.image)
        buf = io.BytesIO()
        im.save(buf, format="JPEG", quality=92)
        image = pikepdf.Stream(pdf, buf.getvalue())
        image.Type, image.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        image.Width, image.Height, image.BitsPerComponent = im.width, im.height, 8
        image.ColorSpace = pikepdf.Name.DeviceRGB if im.mode == "RGB" else pikepdf.Name.DeviceGray
        image.Filter = pikepdf.Name.DCTDecode
        w, h = im.width * 72 / page.dpi, im.height * 72 / page.dpi
        new = pdf.add_blank_page(page_size=(w, h))
        new.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
        new.Contents = pdf.make_stream(f"q {w:.3f} 0 0 {h:.3f} 0 0 cm /Im0 Do Q".encode())
    pdf.save(out)


_STAMP = ("Người số hóa:", "Ký lúc:")
"""The lines of sohoa's visible signature stamp: not part of the scanned page."""


def _pdftotext(pdf: Path, page: int, mode: str) -> str:
    flags = ["-raw"] if mode == "raw" else []
    out = subprocess.run(["pdftotext", *flags, "-f", str(page), "-l", str(page), str(pdf), "-"],
                         capture_output=True, check=True)
    lines = out.stdout.decode("utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith(_STAMP))


_MODES = ("default", "raw")
Result = tuple[float, float, float]
"""pages/s, page CER of ``pdftotext`` in its default mode, and with ``-raw``."""


def _page_cer(truths: list[str], texts: list[str]) -> float:
    total = sum(len(t) for t in truths)
    return sum(cer(t, x) * len(t) for t, x in zip(truths, texts, strict=True)) / max(1, total)


def _sohoa_ocr(pdf: Path, n: int, workers: int, truths: list[str]) -> Result:
    settings = Settings(workers=workers)
    source = open_source(pdf, settings.ingest)
    start = time.perf_counter()
    with ProcessPoolExecutor(workers) as pool:
        outcomes = list(pool.map(read_page, [source] * n, range(n), [settings.ingest] * n,
                                 [OcrSettings()] * n))
    wall = time.perf_counter() - start
    texts = [o.text.text if o.text else "" for o in outcomes]
    cer_ = _page_cer(truths, texts)  # the engine's own text, before any PDF
    return n / wall, cer_, cer_


_PROFILE: list[tuple[float, tuple[tuple[str, float], ...]]] = []
"""The end-to-end run's core-seconds and its seconds per stage."""


def _print_profile() -> None:
    """Seconds per stage of the end-to-end run, summed over its processes, and each one's
    share of the core-seconds the run had (wall time × workers). ``page`` is a page worker's
    whole page; the stages above it in the list run inside it."""
    if not _PROFILE:
        return
    cores, spent = _PROFILE[0]
    print(f"\nsohoa end to end, seconds per stage (of {cores:.1f} core-seconds):")
    for name, seconds in sorted(spent, key=lambda kv: -kv[1]):
        print(f"  {name:32s} {seconds:8.2f} s {seconds / cores:7.1%}")


def _sohoa_end_to_end(pdf: Path, n: int, workers: int, truths: list[str], work: Path
                      ) -> Result:
    settings = Settings(data=work / "data", workers=workers)
    deps = build_deps(settings)
    deps.keys.dev()  # the dev PKI is made here, outside the timing
    timing.take()
    start = time.perf_counter()
    run = process_paths([pdf], deps)
    wall = time.perf_counter() - start
    _PROFILE[:] = [(wall * workers, timing.take())]
    texts = {mode: [""] * n for mode in _MODES}
    for dossier in run.inputs[0].dossiers:
        for doc in dossier.documents:
            signed = Path(doc.signed_pdf)
            for k, ref in enumerate(doc.pages, start=1):
                for mode in _MODES:
                    texts[mode][ref.page - 1] = _pdftotext(signed, k, mode)
    return n / wall, *(_page_cer(truths, texts[mode]) for mode in _MODES)


def _ocrmypdf(pdf: Path, n: int, workers: int, truths: list[str], work: Path,
              *extra: str) -> Result | str:
    exe = shutil.which("ocrmypdf") or str(Path(sys.executable).with_name("ocrmypdf"))
    if not Path(exe).exists():
        return "not installed (pip install -e '.[bench]')"
    out = work / f"ocrmypdf{'-'.join(('', *extra))}.pdf"
    start = time.perf_counter()
    done = subprocess.run([exe, "-l", "vie", "--output-type", "pdfa", "--jobs", str(workers),
                           *extra, str(pdf), str(out)], capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        return f"failed ({done.returncode}): {done.stderr.strip().splitlines()[-1:]}"
    return n / wall, *(_page_cer(truths, [_pdftotext(out, k, mode) for k in range(1, n + 1)])
                       for mode in _MODES)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, default=Path(__file__).parent.parent / "samples")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    args = parser.parse_args()
    for key in list(os.environ):
        if key.startswith("SOHOA_"):
            del os.environ[key]  # the embedded default, whatever the environment names
    pages = _degraded(args.samples, args.limit)
    truths = [t for _, _, t in pages]
    n = len(pages)
    with tempfile.TemporaryDirectory(prefix="sohoa-bench-") as tmp:
        work = Path(tmp)
        pdf = work / "degraded.pdf"
        _write_input(pages, pdf)
        rows: list[tuple[str, Any]] = [
            ("sohoa OCR (clean + OCR)", _sohoa_ocr(pdf, n, args.workers, truths)),
            ("sohoa end to end", _sohoa_end_to_end(pdf, n, args.workers, truths, work)),
            ("ocrmypdf --output-type pdfa", _ocrmypdf(pdf, n, args.workers, truths, work)),
            ("ocrmypdf --deskew --output-type pdfa",
             _ocrmypdf(pdf, n, args.workers, truths, work, "--deskew")),
        ]
    print(f"{n} degraded sample pages, {args.workers} workers, one run each")
    print(f"{'':40s} {'pages/s':>8s} {'CER pdftotext':>14s} {'CER -raw':>9s}")
    for name, result in rows:
        if isinstance(result, str):
            print(f"{name:40s} {result}")
        else:
            print(f"{name:40s} {result[0]:8.2f} {result[1]:14.2%} {result[2]:9.2%}")
    e2e, deskew = rows[1][1], rows[3][1]
    if not isinstance(deskew, str):
        print(f"\nsohoa end to end / ocrmypdf --deskew: {e2e[0] / deskew[0]:.2f}x pages/s; "
              f"CER {e2e[1]:.2%} vs {deskew[1]:.2%} (pdftotext), {e2e[2]:.2%} vs "
              f"{deskew[2]:.2%} (-raw)")


    _print_profile()


if __name__ == "__main__":
    main()
