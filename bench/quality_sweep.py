"""The quality gate and the review flags on generated pages, against what Tesseract reads.

Pages come from ``bench/sweep_pages.py``: Vietnamese text on A4 at 300 dpi, paper tone
200-255, ink 0-120, noise σ 0-12, blur σ 0-3, JPEG quality 40-95, rotated 0-2°, sparse (3-6
lines) or full; and a fifth garbled (a photo of a sheet on a table that fills the picture, not
flattened; a strong keystone; two sheets overlapping; a crushed JPEG). Each page goes through
the pipeline's path: ``scan_page``, the gate (``pipeline.page_checks.gate_page``: measures,
and a sample of lines read when in doubt), then for a page it passes the reading
(``read_upright``) and the review flags (``review_page``).

Truth: a page is *readable* when plain Tesseract (``OcrSettings()``'s engine and models) reads
the page with a CER under 2 %, an ordinary page drawn straight (the same page, grain, blur and
JPEG without its 0-2° rotation): sohoa deskews every page before reading it, and Tesseract's
own layout analysis on a full page askew by 2° sometimes reads lines across one another (35 %
CER on a page sohoa reads at 0.1 %), which says nothing of whether the page can be read.

Printed, old gate (the page statistics it used before, kept below as ``old_gate``) beside the
new one, on the ordinary pages: readable pages wrongly rejected and unreadable pages wrongly
accepted (count and %), the sparse pages on grey paper accepted, and the gate's seconds per
page. Then the review flags on the pages the gate passed: how many of those read with a CER
over 5 % are flagged (goal: all), and how many read under 2 % (goal: few).

The thresholds were tuned on seed 1; the figures to report are those of seed 2 (the default).
Readings are cached per seed (``--cache``), so a second run costs only the gates. Seed 2, 200
pages: readable pages wrongly rejected 3/163 old, 1/163 new; unreadable wrongly accepted 6/6
old, 2/6 new (full pages blurred σ 2.8-2.9 in grain, which plain Tesseract read at 2.8 % and
9.4 % CER and sohoa, after its cleaning, under 1 %); sparse readable pages on grey paper all
passed; 0.02 s a page old, 0.28 s new (22 of 192 pages read a sample); read over 5 % CER
flagged 6/6, read under 2 % flagged 0/164.

Usage: ``python bench/quality_sweep.py [--pages 200] [--seed 2] [--workers 2] [--show]``
(it lowers its own priority as ``nice -n 10`` does; the machine is shared).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ocr_accuracy import cer
from sweep_pages import Spec, render, specs, straight

from ingest import IngestSettings, scan_page
from ingest.clean import to_gray
from ingest.quality import level
from ocr import OcrSettings, PageText, get_engine
from pipeline.page_checks import gate_page, review_page
from pipeline.pages import engine_for, read_upright

READABLE = 0.02
GARBLED = 0.05
CACHE = Path.home() / ".cache" / "sohoa" / "quality-sweep"


def old_gate(gray: np.ndarray, dpi: float) -> list[str]:
    """The gate as it was: contrast of the darkest 5 % against the paper of the whole page,
    sharpness as the mean squared Laplacian around dark pixels (reference only)."""
    scale = 150.0 / dpi
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    codes = []
    if dpi < 200 * 0.98:
        codes.append("low_resolution")
    paper = level(small, 90)
    darker = small[small < paper - 15]
    if paper < 100:
        codes.append("too_dark")
    elif darker.size > 0.001 * small.size and paper - float(np.percentile(darker, 5)) < 60:
        codes.append("washed_out")
    mask = cv2.dilate((small < paper - 25).astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    if mask.mean() >= 0.002:
        lap = cv2.Laplacian(cv2.medianBlur(small, 3), cv2.CV_64F)
        if float((lap[mask] ** 2).mean()) < 250:
            codes.append("blurred")
    return codes


_ENGINE: dict[str, Any] = {}


def _plain_engine() -> Any:
    if "plain" not in _ENGINE:
        cv2.setNumThreads(1)
        _ENGINE["plain"] = get_engine(OcrSettings())
    return _ENGINE["plain"]


def _warm() -> None:
    """Load the engines of the worker before anything is timed."""
    blank = np.full((200, 400), 255, np.uint8)
    cv2.putText(blank, "sohoa", (20, 120), cv2.FONT_HERSHEY_SIMPLEX, 2.0, 0, 4)
    for photographed in (False, True):
        engine_for(OcrSettings().for_page(photographed=photographed)).recognize(blank, 300)


def _measure(spec: Spec, cached: dict[str, Any]) -> dict[str, Any]:
    """One page through the old gate, the new gate and (when it passes) the reading."""
    ingest, ocr = IngestSettings(), OcrSettings()
    image, dpi, truth = render(spec)
    out: dict[str, Any] = {"seed": spec.seed, "label": spec.label, "garble": spec.garble,
                           "sparse": spec.sparse, "paper": spec.paper}
    if "truth_cer" not in cached:
        upright, _, _ = render(straight(spec))
        cached["truth_cer"] = cer(truth, _plain_engine().recognize(upright, dpi).text)
    out["truth_cer"] = cached["truth_cer"]
    scan = scan_page(image, dpi, ingest, orientation=None)
    out["blank"] = scan.blank or scan.separator
    if out["blank"]:
        return out | {"cache": cached}
    gray = to_gray(scan.sheet)
    start = time.perf_counter()
    out["old"] = old_gate(gray, scan.dpi)
    out["old_s"] = time.perf_counter() - start
    engine = engine_for(ocr.for_page(photographed=scan.photographed))
    start = time.perf_counter()
    gate = gate_page(gray, scan.dpi, ingest.quality, engine)
    out["new_s"] = time.perf_counter() - start
    out["new"] = [i.code for i in gate.issues]
    out["sampled"], out["sample_conf"] = gate.sampled, gate.sample_confidence
    m = gate.verdict.text
    out["measures"] = None if m is None else {
        "contrast": round(m.contrast, 1), "noise": round(m.noise, 1), "snr": round(m.snr, 1),
        "edge": round(m.edge, 2), "speckle": round(m.speckle, 3), "marks": m.marks}
    if gate.issues:
        return out | {"cache": cached}
    if "read" not in cached:
        _, text = read_upright(scan, engine, ingest, detect_orientation=ocr.detect_orientation)
        cached["read"] = text.to_json()
        cached["read_cer"] = cer(truth, text.text)
    text = PageText.from_json(cached["read"])
    out["flags"] = [f.code for f in review_page(text, m, ocr.review_confidence)]
    out["conf"] = round(text.mean_confidence, 1)
    return out | {"cache": cached}


def _pct(n: int, d: int) -> str:
    return f"{n}/{d} ({n / d:.1%})" if d else f"{n}/0"


def _report(rows: list[dict[str, Any]], show: bool) -> None:
    ordinary = [r for r in rows if not r["garble"] and not r["blank"]]
    readable = [r for r in ordinary if r["truth_cer"] < READABLE]
    unreadable = [r for r in ordinary if r["truth_cer"] >= READABLE]
    print(f"ordinary pages: {len(ordinary)} ({len(readable)} readable by plain Tesseract, "
          f"{len(unreadable)} not); garbled pages: {sum(bool(r['garble']) for r in rows)}; "
          f"blank: {sum(r['blank'] for r in rows)}")
    print(f"{'quality gate on the ordinary pages':44} {'old gate':>18} {'new gate':>18}")
    for what, pages, wrong in (
        ("readable pages wrongly rejected", readable, lambda r, g: bool(r[g])),
        ("unreadable pages wrongly accepted", unreadable, lambda r, g: not r[g]),
    ):
        cells = [_pct(sum(wrong(r, g) for r in pages), len(pages)) for g in ("old", "new")]
        print(f"  {what:42} {cells[0]:>18} {cells[1]:>18}")
    # what the clerk would suffer: a page the gate let through that sohoa then reads wrong
    # (the issue's measure above judges by plain Tesseract, which does not clean the page)
    passed = [r for r in unreadable if not r["new"] and "read_cer" in r["cache"]]
    misread = sum(r["cache"]["read_cer"] >= READABLE for r in passed)
    print(f"  {'of those accepted, read by sohoa at ≥ 2 %':42} {'':>18} "
          f"{_pct(misread, len(passed)):>18}")
    grey = [r for r in readable if r["sparse"] and r["paper"] < 245]
    cells = [_pct(sum(not r[g] for r in grey), len(grey)) for g in ("old", "new")]
    print(f"  {'sparse readable pages on grey paper passed':42} {cells[0]:>18} {cells[1]:>18}")
    judged = [r for r in rows if "new_s" in r]
    sampled = sum(r["sampled"] for r in judged)
    old_s = sum(r["old_s"] for r in judged) / max(1, len(judged))
    new_s = sum(r["new_s"] for r in judged) / max(1, len(judged))
    print(f"  {'seconds per page of the gate':42} {old_s:>18.3f} {new_s:>18.3f}")
    print(f"  (the new gate read a sample of lines on {sampled} of {len(judged)} pages)")
    reasons: dict[str, int] = {}
    for r in ordinary:
        for code in r["new"]:
            reasons[code] = reasons.get(code, 0) + 1
    print(f"  new gate's reasons on the ordinary pages: {reasons}")

    read = [r for r in rows if "flags" in r]
    bad = [r for r in read if r["cache"]["read_cer"] > GARBLED]
    good = [r for r in read if r["cache"]["read_cer"] < READABLE]
    between = [r for r in read if READABLE <= r["cache"]["read_cer"] <= GARBLED]
    garbled = [r for r in rows if r["garble"] and not r["blank"]]
    print(f"review flags on the {len(read)} pages the new gate passed and the pipeline read:")
    for what, pages, goal in (("> 5 %", bad, "  (goal: all)"), ("< 2 %", good, "  (goal: few)"),
                              ("2-5 %", between, "")):
        flagged = _pct(sum(bool(r["flags"]) for r in pages), len(pages))
        print(f"  read with CER {what} flagged for review: {flagged}{goal}")
    refused = sum(bool(r.get("new")) for r in garbled)
    flagged = sum(bool(r.get("flags")) for r in garbled)
    missed = sum(r.get("flags") == [] and r["cache"]["read_cer"] > GARBLED for r in garbled)
    print(f"  garbled pages: {len(garbled)}: refused by the gate {refused}, passed and flagged "
          f"{flagged}, passed unflagged {len(garbled) - refused - flagged} (of which read with "
          f"CER > 5 %: {missed})")
    codes: dict[str, int] = {}
    for r in read:
        for code in r["flags"]:
            codes[code] = codes.get(code, 0) + 1
    print(f"  flags by reason: {codes}")
    if not show:
        return
    print("\nwrong decisions:")
    for r in rows:
        if r["blank"]:
            continue
        cer_read = r["cache"].get("read_cer")
        wrong_gate = not r["garble"] and bool(r["new"]) == (r["truth_cer"] < READABLE)
        wrong_flag = cer_read is not None and (
            (cer_read > GARBLED and not r["flags"]) or (cer_read < READABLE and r["flags"]))
        if wrong_gate or wrong_flag:
            print(f"  {r['label']}: truth CER {r['truth_cer']:.3f}, read CER {cer_read}, old "
                  f"{r['old']}, new {r['new']} (sample {r['sample_conf']}), flags "
                  f"{r.get('flags')}, conf {r.get('conf')}, {r['measures']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2, help="1 was used to tune the thresholds")
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--show", action="store_true", help="list the wrong decisions")
    args = parser.parse_args()
    os.nice(10)
    cache_file = args.cache / f"seed-{args.seed}-v2.json"
    cache = json.loads(cache_file.read_text()) if cache_file.exists() else {}
    pages = specs(args.pages, args.seed)
    start = time.perf_counter()
    rows = []
    with ProcessPoolExecutor(min(2, args.workers), initializer=_warm) as pool:
        for n, row in enumerate(pool.map(_measure, pages,
                                         [cache.get(str(s.seed), {}) for s in pages])):
            rows.append(row)
            cache[str(row["seed"])] = row["cache"]
            if n % 10 == 9 or n == len(pages) - 1:
                args.cache.mkdir(parents=True, exist_ok=True)
                cache_file.write_text(json.dumps(cache, ensure_ascii=False))
    print(f"quality sweep: {len(rows)} pages, seed {args.seed}, "
          f"{time.perf_counter() - start:.0f} s on {min(2, args.workers)} workers")
    _report(rows, args.show)


if __name__ == "__main__":
    main()

