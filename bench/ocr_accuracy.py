"""OCR accuracy on the sample scans: character error rate per sample set, against ground truth.

Runs two readers over the same pages side by side:

* ``sohoa``  - the pipeline's own path: photo flattening, deskew, cleaning (borders, uneven
  light, noise, dust, resampling to 300 dpi), Otsu, Tesseract ``vie``, and orientation
  detection when the first reading looks turned;
* ``raw``    - the reference: the ``tesseract`` program (``-l vie``, one thread) on the page
  exactly as scanned, in its own reading order.

Usage: ``python bench/ocr_accuracy.py [--samples samples] [--workers N] [--limit N]``
Prints CER (edit distance / truth length, whitespace collapsed) per set (clean scans, degraded
scans, phone photos) and pages per second.
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
from pathlib import Path

import numpy as np
from PIL import Image
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ingest import IngestSettings, load_page, open_source, scan_page
from ocr import OcrSettings, get_engine
from pipeline.stages import read_upright
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
    for truth_file in sorted((samples / "truth").glob("*.json")):
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


def _read(case: PageCase) -> tuple[str, float, str, float]:
    ingest = IngestSettings()
    engine = get_engine(OcrSettings())
    source = open_source(case.source, ingest)
    page = load_page(source, case.index, ingest)
    t0 = time.perf_counter()
    scan = scan_page(page.image, page.dpi, ingest, orientation=None)
    assert scan.for_ocr is not None, case.label
    ours = read_upright(scan, engine, ingest)[1].text
    t1 = time.perf_counter()
    raw = _plain_tesseract(page.image, page.dpi)
    t2 = time.perf_counter()
    return ours, t1 - t0, raw, t2 - t1


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
    args = parser.parse_args()
    cases = _cases(args.samples)[: args.limit or None]
    start = time.perf_counter()
    with ProcessPoolExecutor(args.workers) as pool:
        results = list(pool.map(_read, cases))
    wall = time.perf_counter() - start
    rows: dict[str, list[tuple[float, float, float, float, int]]] = {
        "clean": [], "degraded": [], "photo": [], "all": []}
    ours_s = raw_s = 0.0
    for case, (ours, t_ours, raw, t_raw) in zip(cases, results, strict=True):
        c_ours, c_raw = cer(case.truth, ours), cer(case.truth, raw)
        l_ours, l_raw = line_cer(list(case.lines), ours), line_cer(list(case.lines), raw)
        ours_s += t_ours
        raw_s += t_raw
        for key in (case.kind, "all"):
            rows[key].append((l_ours, l_raw, c_ours, c_raw, len(case.truth)))
        if args.show:
            print(f"{case.label:36s} line CER sohoa {l_ours:7.2%} raw {l_raw:7.2%}   "
                  f"page CER sohoa {c_ours:7.2%} raw {c_raw:7.2%}")
    print("CER, character-weighted. line = each truth line against its best match (recognition);")
    print("page = the whole page as one string (recognition and reading order).")
    print(f"{'set':10s} {'pages':>5s} {'line sohoa':>11s} {'line raw':>9s} "
          f"{'page sohoa':>11s} {'page raw':>9s}")
    for key, vals in rows.items():
        if not vals:
            continue
        total = sum(v[-1] for v in vals)
        avg = [sum(v[i] * v[-1] for v in vals) / total for i in range(4)]
        print(f"{key:10s} {len(vals):5d} {avg[0]:11.2%} {avg[1]:9.2%} {avg[2]:11.2%} "
              f"{avg[3]:9.2%}")
    n = len(cases)
    print(f"\nspeed: sohoa {n / ours_s if ours_s else 0:.2f} pages/s per core "
          f"(clean + OCR), raw {n / raw_s if raw_s else 0:.2f} pages/s per core; "
          f"wall {wall:.1f} s for both on {args.workers} workers")


if __name__ == "__main__":
    main()
