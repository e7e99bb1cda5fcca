"""OCR accuracy on the sample scans: CER and WER per sample set and per engine, against truth.

Reads the same pages with each engine, and with the reference, side by side:

* ``sohoa``            - the pipeline's own choice per page (``OcrSettings()``: tesseract for
  scans, ``photo_engine`` for phone photos), after photo flattening, deskew and cleaning;
* ``tesseract``, ``paddle+tesseract``, ``paddle`` - one engine for every page, same cleaning;
* ``raw``              - the reference: the ``tesseract`` program (``-l vie``, one thread) on
  the page exactly as scanned, in its own reading order.

Usage: ``python bench/ocr_accuracy.py [--samples samples] [--workers N] [--limit N]
[--engines sohoa,tesseract,paddle+tesseract,paddle] [--show]``
Prints, per set (clean scans, degraded scans, phone photos) and reader: line CER (each truth
line against its best match: recognition), page CER (the page as one string: recognition and
reading order), page WER, and seconds per page per core.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ingest import IngestSettings, load_page, open_source, scan_page
from ocr import OcrEngine, OcrSettings, get_engine
from pipeline.pages import read_upright
from sohoa.text import nfc, normalise_space


@dataclass(frozen=True)
class PageCase:
    source: Path
    index: int
    truth: str
    lines: tuple[str, ...]
    kind: str
    """The sample set: clean, degraded or photo."""
    label: str


def _cases(samples: Path) -> list[PageCase]:
    cases: list[PageCase] = []
    for truth_file in sorted((samples / "truth").glob("[0-9]*.json")):
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        for page in truth["pages"]:
            if (page["blank"] or page["separator"] or page["reject"]
                    or not page.get("text")):
                continue
            kind = "photo" if page["photo"] else "clean" if page["clean"] else "degraded"
            cases.append(PageCase(samples / page["source"], page["index"],
                                  normalise_space(nfc(page["text"])),
                                  tuple(nfc(page["text"]).splitlines()), kind,
                                  f"{truth['receipt_code']}#{page['index'] + 1}"))
    return cases


def _plain_tesseract(image: np.ndarray, dpi: float) -> str:
    """The reference: the tesseract program on the page as scanned, its own reading order."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.png"
        Image.fromarray(image).save(path)
        out = subprocess.run(
            ["tesseract", str(path), "stdout", "-l", "vie", "--dpi", str(round(dpi))],
            capture_output=True, check=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        )
    return out.stdout.decode("utf-8")


def _settings(reader: str) -> OcrSettings:
    if reader == "sohoa":
        return OcrSettings()
    return OcrSettings(engine=reader, photo_engine=None)  # type: ignore[arg-type]


def _read(case: PageCase, reader: str) -> tuple[str, float]:
    """Read one page with one reader; return the text and the seconds it took."""
    ingest = IngestSettings()
    source = open_source(case.source, ingest)
    page = load_page(source, case.index, ingest)
    t0 = time.perf_counter()
    if reader == "raw":
        text = _plain_tesseract(page.image, page.dpi)
    else:
        scan = scan_page(page.image, page.dpi, ingest, orientation=None)
        assert scan.for_ocr is not None, case.label
        ocr = _settings(reader).for_page(photographed=scan.photographed)
        text = read_upright(scan, _engine(ocr.model_dump_json()), ingest)[1].text
    return text, time.perf_counter() - t0


@lru_cache(maxsize=8)
def _engine(settings_json: str) -> OcrEngine:
    return get_engine(OcrSettings.model_validate_json(settings_json))


def wer(truth: str, text: str) -> float:
    """Word error rate: word-level edit distance over the number of truth words."""
    truth_words, words = nfc(truth).split(), nfc(text).split()
    return Levenshtein.distance(truth_words, words) / max(1, len(truth_words))


def cer(truth: str, text: str) -> float:
    """Character error rate of ``text`` against ``truth``, white space collapsed.

    Order matters: a block read in another order counts as errors.
    """
    truth, text = normalise_space(nfc(truth)), normalise_space(nfc(text))
    return Levenshtein.distance(truth, text) / max(1, len(truth))


def line_cer(truth_lines: list[str], text: str) -> float:
    """Recognition error without reading order: each truth line against its best match.

    The best match is the closest output line, or the closest stretch of a longer output line,
    so a line the engine read beside another one (two columns read across) still counts as read.
    """
    out_lines = [normalise_space(nfc(x)) for x in text.splitlines() if x.strip()]
    errors = total = 0
    for line in truth_lines:
        line = normalise_space(nfc(line))
        if not line:
            continue
        total += len(line)
        best = len(line)
        for out in out_lines:
            candidate = out
            if len(out) > len(line):
                al = fuzz.partial_ratio_alignment(line, out)
                candidate = out[al.dest_start : al.dest_end]
            best = min(best, Levenshtein.distance(line, candidate))
        errors += best
    return errors / max(1, total)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, default=Path(__file__).parent.parent / "samples")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--limit", type=int, default=0, help="read only the first N pages")
    parser.add_argument("--show", action="store_true", help="print every page's CER")
    parser.add_argument("--engines", default="sohoa,tesseract,paddle+tesseract,paddle",
                        help="readers besides the raw reference, comma-separated")
    args = parser.parse_args()
    cases = _cases(args.samples)[: args.limit or None]
    readers = [*args.engines.split(","), "raw"]
    start = time.perf_counter()
    results: dict[str, list[tuple[str, float]]] = {}
    with ProcessPoolExecutor(args.workers) as pool:
        for reader in readers:
            results[reader] = list(pool.map(_read, cases, [reader] * len(cases)))
    wall = time.perf_counter() - start
    sets = ["clean", "degraded", "photo", "all"]
    if args.show:
        for i, case in enumerate(cases):
            cells = "  ".join(f"{r} {cer(case.truth, results[r][i][0]):6.2%}" for r in readers)
            print(f"{case.label:36s} {case.kind:9s} page CER  {cells}")
        print()
    print("CER and WER, weighted by truth length. line = each truth line against its best match")
    print("(recognition); page = the whole page as one string (recognition and reading order).")
    print(f"{'set':9s} {'pages':>5s}  {'reader':17s} {'line CER':>9s} {'page CER':>9s} "
          f"{'page WER':>9s} {'s/page':>7s}")
    for key in sets:
        chosen = [i for i, c in enumerate(cases) if key in ("all", c.kind)]
        if not chosen:
            continue
        chars = sum(len(cases[i].truth) for i in chosen)
        words = sum(len(cases[i].truth.split()) for i in chosen)
        for reader in readers:
            line = sum(line_cer(list(cases[i].lines), results[reader][i][0]) * len(cases[i].truth)
                       for i in chosen) / chars
            page = sum(cer(cases[i].truth, results[reader][i][0]) * len(cases[i].truth)
                       for i in chosen) / chars
            page_wer = sum(wer(cases[i].truth, results[reader][i][0]) * len(cases[i].truth.split())
                           for i in chosen) / words
            secs = sum(results[reader][i][1] for i in chosen) / len(chosen)
            print(f"{key:9s} {len(chosen):5d}  {reader:17s} {line:9.2%} {page:9.2%} "
                  f"{page_wer:9.2%} {secs:7.2f}")
        print()
    print(f"wall {wall:.1f} s for {len(readers)} readers on {args.workers} workers")


if __name__ == "__main__":
    main()
