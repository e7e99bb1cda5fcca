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

With ``--repeat N`` the four runs are made N times, in a different order each round, and every
figure is printed as its median with the range. Beside pages/s, each run's processor seconds per
page (its own and its worker processes'): on a machine others are using too, wall time depends
on their load, processor time much less.

Prints pages/s, processor seconds per page and page CER side by side, then the last end-to-end
run's seconds and processor seconds per page in each stage, and each stage's share of the run's
processor seconds (``sohoa.timing``). CER: the text of each output PDF page as ``pdftotext``
extracts it (default mode, and ``-raw``: content-stream order), against the ground truth,
whitespace collapsed; the two lines of sohoa's visible signature stamp are left out.

Needs the ``bench`` extra (``pip install -e '.[bench]'``: OCRmyPDF) and Ghostscript for its
PDF/A output (``apt-get install ghostscript``).
Usage: ``python bench/ocr_speed.py [--samples samples] [--workers N] [--limit N] [--repeat N]``
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pikepdf
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ocr_accuracy import cer

from ingest import IngestSettings, load_page, open_source
from ocr import OcrSettings
from pipeline.deps import build_deps
from pipeline.pages import PAGE_CPU, read_page
from pipeline.runner import process_paths
from pipeline.settings import Settings
from sohoa import timing
from sohoa.processes import worker_context


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
Result = tuple[float, float, float, float]
"""pages/s, page CER of ``pdftotext`` in its default mode, and with ``-raw``, processor seconds
per page."""


def _children_cpu() -> float:
    """Processor seconds of the ended child processes waited for (and theirs)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _page_cpu(spent: tuple[tuple[str, float], ...]) -> float:
    return sum(seconds for name, seconds in spent if name == PAGE_CPU)


def _page_cer(truths: list[str], texts: list[str]) -> float:
    total = sum(len(t) for t in truths)
    return sum(cer(t, x) * len(t) for t, x in zip(truths, texts, strict=True)) / max(1, total)


def _sohoa_ocr(pdf: Path, n: int, workers: int, truths: list[str]) -> Result:
    settings = Settings(workers=workers)
    source = open_source(pdf, settings.ingest)
    start = time.perf_counter()
    # forkserver, as the runner's pool: a worker forked from this process while the pool's
    # own threads run can start holding a lock no thread will release
    with ProcessPoolExecutor(workers, mp_context=worker_context()) as pool:
        outcomes = list(pool.map(read_page, [source] * n, range(n), [settings.ingest] * n,
                                 [OcrSettings()] * n))
    wall = time.perf_counter() - start
    texts = [o.text.text if o.text else "" for o in outcomes]
    cer_ = _page_cer(truths, texts)  # the engine's own text, before any PDF
    return n / wall, cer_, cer_, sum(_page_cpu(o.timings) for o in outcomes) / n


_PROFILE: list[tuple[float, int, tuple[tuple[str, float], ...]]] = []
"""The end-to-end run's core-seconds, its page count and its seconds per stage."""


def _print_profile() -> None:
    """Seconds and processor seconds per stage of the end-to-end run, summed over its
    processes: per page, and each stage's share of the run's processor seconds. ``page`` is a
    page worker's whole page; the stages above it in the list run inside it."""
    if not _PROFILE:
        return
    cores, n, spent = _PROFILE[0]
    sums = dict(spent)
    cpu_total = sums.get("run" + timing.CPU) or 1.0
    names = [name for name in sums if not name.endswith(timing.CPU)]
    print(f"\nsohoa end to end (the last run), per stage, summed over its processes ({n} pages, "
          f"{cores:.1f} core-seconds, {cpu_total:.1f} processor seconds; a stage's share is of "
          f"the processor seconds):")
    print(f"  {'stage':28s} {'s/page':>8s} {'CPU s/page':>11s} {'CPU share':>10s}")
    for name in sorted(names, key=lambda k: -sums.get(k + timing.CPU, 0.0)):
        cpu = sums.get(name + timing.CPU, 0.0)
        print(f"  {name:28s} {sums[name] / n:8.3f} {cpu / n:11.3f} {cpu / cpu_total:10.1%}")


def _sohoa_end_to_end(pdf: Path, n: int, workers: int, truths: list[str], work: Path
                      ) -> Result:
    settings = Settings(data=work / "data", workers=workers)
    deps = build_deps(settings)
    deps.keys.dev()  # the dev PKI is made here, outside the timing
    timing.take()
    start, cpu = time.perf_counter(), time.process_time()
    run = process_paths([pdf], deps)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    spent = timing.take()
    if workers > 1:  # the pages were read in the workers: add their processor time
        cpu += _page_cpu(spent)
    # the whole run, as a stage: what the stages inside it leave out is the rest
    _PROFILE[:] = [(wall * workers, n, (*spent, ("run", wall), ("run" + timing.CPU, cpu)))]
    texts = {mode: [""] * n for mode in _MODES}
    for dossier in run.inputs[0].dossiers:
        for doc in dossier.documents:
            signed = Path(doc.signed_pdf)
            for k, ref in enumerate(doc.pages, start=1):
                for mode in _MODES:
                    texts[mode][ref.page - 1] = _pdftotext(signed, k, mode)
    return (n / wall, *(_page_cer(truths, texts[mode]) for mode in _MODES), cpu / n)


def _ocrmypdf(pdf: Path, n: int, workers: int, truths: list[str], work: Path,
              *extra: str) -> Result | str:
    exe = shutil.which("ocrmypdf") or str(Path(sys.executable).with_name("ocrmypdf"))
    if not Path(exe).exists():
        return "not installed (pip install -e '.[bench]')"
    out = work / f"ocrmypdf{'-'.join(('', *extra))}.pdf"
    start, cpu = time.perf_counter(), _children_cpu()
    done = subprocess.run([exe, "-l", "vie", "--output-type", "pdfa", "--jobs", str(workers),
                           *extra, str(pdf), str(out)], capture_output=True, text=True)
    wall, cpu = time.perf_counter() - start, _children_cpu() - cpu
    if done.returncode != 0:
        return f"failed ({done.returncode}): {done.stderr.strip().splitlines()[-1:]}"
    return (n / wall, *(_page_cer(truths, [_pdftotext(out, k, mode) for k in range(1, n + 1)])
                        for mode in _MODES), cpu / n)


def _spread(values: list[float], fmt: str) -> str:
    """The median, and the range when there is more than one value."""
    middle = statistics.median(values)
    if len(values) == 1:
        return format(middle, fmt)
    return f"{format(middle, fmt)} ({format(min(values), fmt)}–{format(max(values), fmt)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, default=Path(__file__).parent.parent / "samples")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    parser.add_argument("--repeat", type=int, default=1, help="rounds of the four runs")
    args = parser.parse_args()
    for key in list(os.environ):
        if key.startswith("SOHOA_"):
            del os.environ[key]  # the embedded default, whatever the environment names
    pages = _degraded(args.samples, args.limit)
    truths = [t for _, _, t in pages]
    n = len(pages)
    names = ["sohoa OCR (clean + OCR)", "sohoa end to end", "ocrmypdf --output-type pdfa",
             "ocrmypdf --deskew --output-type pdfa"]
    results: dict[str, list[Result | str]] = {name: [] for name in names}
    with tempfile.TemporaryDirectory(prefix="sohoa-bench-") as tmp:
        work = Path(tmp)
        pdf = work / "degraded.pdf"
        _write_input(pages, pdf)
        runs: list[Callable[[Path], Result | str]] = [
            lambda w: _sohoa_ocr(pdf, n, args.workers, truths),
            lambda w: _sohoa_end_to_end(pdf, n, args.workers, truths, w),
            lambda w: _ocrmypdf(pdf, n, args.workers, truths, w),
            lambda w: _ocrmypdf(pdf, n, args.workers, truths, w, "--deskew"),
        ]
        for r in range(args.repeat):
            order = [(r + k) % len(runs) for k in range(len(runs))]  # each run first in turn
            for k in order:
                into = work / f"round{r}-{k}"
                into.mkdir()
                results[names[k]].append(runs[k](into))
    rounds = "one run each" if args.repeat == 1 else (
        f"{args.repeat} rounds, each figure the median (lowest–highest)")
    print(f"{n} degraded sample pages, {args.workers} workers, {rounds}")
    print(f"{'':38s} {'pages/s':>18s} {'CPU s/page':>18s} {'CER pdftotext':>14s} "
          f"{'CER -raw':>9s}")
    for name in names:
        done = [x for x in results[name] if not isinstance(x, str)]
        if not done:
            print(f"{name:38s} {results[name][0]}")
            continue
        print(f"{name:38s} {_spread([x[0] for x in done], '.2f'):>18s} "
              f"{_spread([x[3] for x in done], '.2f'):>18s} {done[0][1]:14.2%} {done[0][2]:9.2%}")
    pairs = [(e, d) for e, d in zip(results[names[1]], results[names[3]], strict=True)
             if not isinstance(e, str) and not isinstance(d, str)]
    if pairs:
        e2e, deskew = pairs[0]
        print(f"\nsohoa end to end / ocrmypdf --deskew, same round: "
              f"{_spread([e[0] / d[0] for e, d in pairs], '.2f')}x pages/s, "
              f"{_spread([d[3] / e[3] for e, d in pairs], '.2f')}x fewer processor seconds "
              f"per page; CER {e2e[1]:.2%} vs {deskew[1]:.2%} (pdftotext), {e2e[2]:.2%} vs "
              f"{deskew[2]:.2%} (-raw)")
    _print_profile()


if __name__ == "__main__":
    main()
