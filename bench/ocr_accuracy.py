"""OCR accuracy on the sample scans: character error rate per sample set, against ground truth.

Runs two readers over the same pages side by side:

* ``sohoa``  - the pipeline's own path: orientation, deskew, Otsu, Tesseract ``vie``;
* ``raw``    - the reference: Tesseract ``vie`` on the page exactly as scanned.

Usage: ``python bench/ocr_accuracy.py [--samples samples] [--workers N] [--limit N]``
Prints CER (edit distance / truth length, whitespace collapsed) per set and pages per second.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from ingest import IngestSettings, load_page, open_source, scan_page
from ocr import OcrSettings, get_engine
from sohoa.text import nfc, normalise_space


@dataclass(frozen=True)
class PageCase:
    source: Path
    index: int
    truth: str
    clean: bool
    label: str


def _cases(samples: Path) -> list[PageCase]:
    cases: list[PageCase] = []
    for truth_file in sorted((samples / "truth").glob("*.json")):
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        for page in truth["pages"]:
            if page.get("blank") or not page.get("text"):
                continue
            cases.append(PageCase(samples / page["source"], page["index"],
                                  normalise_space(nfc(page["text"])), bool(page.get("clean")),
                                  f"{truth['receipt_code']}#{page['index'] + 1}"))
    return cases


def _read(case: PageCase) -> tuple[str, float, str, float]:
    ingest = IngestSettings()
    engine = get_engine(OcrSettings())
    source = open_source(case.source, ingest)
    page = load_page(source, case.index, ingest)
    t0 = time.perf_counter()
    scan = scan_page(page.image, page.dpi, orientation=engine.orientation,
                     receipt_code_pattern=ingest.receipt_code_pattern,
                     blank_threshold=ingest.blank_ink_ratio)
    ours = engine.recognize(scan.upright, page.dpi).text
    t1 = time.perf_counter()
    raw = engine.recognize(page.image, page.dpi).text
    t2 = time.perf_counter()
    return ours, t1 - t0, raw, t2 - t1


def cer(truth: str, text: str) -> float:
    """Character error rate of ``text`` against ``truth``, white space collapsed."""
    truth, text = normalise_space(nfc(truth)), normalise_space(nfc(text))
    return Levenshtein.distance(truth, text) / max(1, len(truth))


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
    rows: dict[str, list[tuple[float, float, int]]] = {"clean": [], "degraded": [], "all": []}
    ours_s = raw_s = 0.0
    for case, (ours, t_ours, raw, t_raw) in zip(cases, results, strict=True):
        c_ours, c_raw = cer(case.truth, ours), cer(case.truth, raw)
        ours_s += t_ours
        raw_s += t_raw
        for key in ("clean" if case.clean else "degraded", "all"):
            rows[key].append((c_ours, c_raw, len(case.truth)))
        if args.show:
            print(f"{case.label:36s} sohoa {c_ours:7.2%}   raw {c_raw:7.2%}")
    print(f"{'set':10s} {'pages':>5s} {'sohoa CER':>10s} {'raw CER':>10s}   (character-weighted)")
    for key, vals in rows.items():
        if not vals:
            continue
        total = sum(n for _, _, n in vals)
        ours_cer = sum(c * n for c, _, n in vals) / total
        raw_cer = sum(c * n for _, c, n in vals) / total
        print(f"{key:10s} {len(vals):5d} {ours_cer:10.2%} {raw_cer:10.2%}")
    n = len(cases)
    print(f"\nspeed: sohoa {n / ours_s if ours_s else 0:.2f} pages/s per core "
          f"(clean + OCR), raw {n / raw_s if raw_s else 0:.2f} pages/s per core; "
          f"wall {wall:.1f} s for both on {args.workers} workers")


if __name__ == "__main__":
    main()
