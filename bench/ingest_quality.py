"""Ingest quality on the sample scans, against their ground truth.

Prints: residual skew (|found - true|), orientation accuracy, blank-page precision and recall,
dossier split accuracy, quality-gate precision and recall (the sample pages, which must all
pass, plus copies of clean pages made unusable: 120 dpi, blurred, too dark, washed out), how
often a page outline is wrongly found on a flatbed scan, and OCR CER with cleaning (sohoa) and
without (the same engine on the page as given) on the degraded pages and on copies of the clean
pages photographed at an angle on a dark desk.

Usage: ``python bench/ingest_quality.py [--samples samples] [--workers N] [--no-ocr]``
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ocr_accuracy import cer

from ingest import IngestSettings, load_page, open_source, scan_page
from ingest.clean import to_gray
from ingest.quality import assess
from ocr import OcrSettings, get_engine


@dataclass(frozen=True)
class Case:
    source: Path
    index: int
    truth: dict[str, Any]
    code: str


def _cases(samples: Path) -> list[Case]:
    out = []
    for f in sorted((samples / "truth").glob("*.json")):
        t = json.loads(f.read_text(encoding="utf-8"))
        out.extend(Case(samples / p["source"], p["index"], p, t["receipt_code"])
                   for p in t["pages"])
    return out


def _degrade(gray: np.ndarray, dpi: float, kind: str) -> tuple[np.ndarray, float]:
    if kind == "low_resolution":
        scale = 120 / dpi
        return cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA), 120.0
    if kind == "blurred":
        return cv2.GaussianBlur(gray, (0, 0), 4.0 * dpi / 300), dpi
    if kind == "too_dark":
        return (gray.astype(np.float32) * 0.35).astype(np.uint8), dpi
    return (200 + gray.astype(np.float32) * (55 / 255)).astype(np.uint8), dpi  # washed out


def _phone_photo(gray: np.ndarray) -> np.ndarray:
    """The page photographed from an angle on a dark desk (a fixed, moderate perspective)."""
    h, w = gray.shape
    corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    where = np.array([[0.15 * w, 0.10 * h], [1.22 * w, 0.06 * h], [1.27 * w, 1.16 * h],
                      [0.10 * w, 1.12 * h]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(corners, where)
    desk = np.full((int(h * 1.25), int(w * 1.38)), 55, np.uint8)
    return cv2.warpPerspective(gray, m, desk.shape[::-1], dst=desk,
                               borderMode=cv2.BORDER_TRANSPARENT)


def _measure(case: Case, with_ocr: bool) -> dict[str, Any]:
    ingest = IngestSettings()
    engine = get_engine(OcrSettings())
    source = open_source(case.source, ingest)
    page = load_page(source, case.index, ingest)
    scan = scan_page(page.image, page.dpi, ingest, orientation=engine.orientation)
    gray = to_gray(page.image)
    out: dict[str, Any] = {
        "blank": scan.blank, "rotation": scan.rotation, "skew": scan.skew_deg,
        "codes": list(scan.receipt_codes),
        "gate_sample": bool(assess(gray, page.dpi, ingest.quality)) and not scan.blank,
    }
    if case.truth["clean"]:
        out["gate_degraded"] = {
            kind: [i.code for i in assess(*_degrade(gray, page.dpi, kind), ingest.quality)]
            for kind in ("low_resolution", "blurred", "too_dark", "washed_out")
        }
    out["outline_on_scan"] = _outline(gray)
    if with_ocr and case.truth["clean"] and case.truth["rotation"] == 0:
        photo = _phone_photo(gray)
        flat = scan_page(photo, page.dpi, ingest, orientation=engine.orientation)
        truth = case.truth["text"]
        out["photo_cer_clean"] = cer(truth, engine.recognize(flat.for_ocr, flat.ocr_dpi).text)
        out["photo_cer_raw"] = cer(truth, engine.recognize(photo, page.dpi).text)
        out["photo_chars"] = len(truth)
    if with_ocr and not case.truth["clean"] and not case.truth["blank"]:
        truth = case.truth["text"]
        out["cer_clean"] = cer(truth, engine.recognize(scan.for_ocr, scan.ocr_dpi).text)
        out["cer_raw"] = cer(truth, engine.recognize(page.image, page.dpi).text)
        out["chars"] = len(truth)
    return out


def _outline(gray: np.ndarray) -> bool:
    from ingest.clean import find_page_outline

    return find_page_outline(gray) is not None


def _split_accuracy(cases: list[Case], results: list[dict[str, Any]]) -> tuple[int, int]:
    """Per input file: do the receipt codes found cut it into exactly the true dossiers?"""
    by_file: dict[Path, list[tuple[int, str, list[str]]]] = {}
    for case, r in zip(cases, results, strict=True):
        by_file.setdefault(case.source, []).append((case.index, case.code, r["codes"]))
    right = 0
    for pages in by_file.values():
        pages.sort()
        current, ok = None, True
        for _, true_code, codes in pages:
            if codes:
                current = codes[0]
            ok = ok and current == true_code
        right += ok
    return right, len(by_file)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, default=Path(__file__).parent.parent / "samples")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-ocr", action="store_true", help="skip the CER comparison")
    args = parser.parse_args()
    cases = _cases(args.samples)
    start = time.perf_counter()
    with ProcessPoolExecutor(args.workers) as pool:
        results = list(pool.map(_measure, cases, [not args.no_ocr] * len(cases)))
    wall = time.perf_counter() - start

    text_pages = [(c, r) for c, r in zip(cases, results, strict=True) if not c.truth["blank"]]
    residual = [abs(r["skew"] - c.truth["skew_deg"]) for c, r in text_pages]
    orient_ok = sum(r["rotation"] == c.truth["rotation"] for c, r in text_pages)
    tp = sum(r["blank"] and c.truth["blank"] for c, r in zip(cases, results, strict=True))
    fp = sum(r["blank"] and not c.truth["blank"] for c, r in zip(cases, results, strict=True))
    fn = sum(not r["blank"] and c.truth["blank"] for c, r in zip(cases, results, strict=True))
    split_ok, files = _split_accuracy(cases, results)
    gate_fp = sum(r["gate_sample"] for r in results)
    degraded = [kinds for r in results if "gate_degraded" in r for kinds in
                r["gate_degraded"].items()]
    gate_tp = sum(kind in codes for kind, codes in degraded)
    print(f"pages: {len(cases)} ({len(text_pages)} with text), {wall:.1f} s on {args.workers} "
          "workers")
    print(f"residual skew: median {statistics.median(residual):.2f}°, "
          f"p90 {sorted(residual)[int(0.9 * len(residual))]:.2f}°, max {max(residual):.2f}°")
    print(f"orientation: {orient_ok}/{len(text_pages)} right ({orient_ok / len(text_pages):.1%})")
    print(f"blank pages: precision {tp / max(1, tp + fp):.2f}, recall {tp / max(1, tp + fn):.2f} "
          f"({tp} found, {fp} false, {fn} missed)")
    print(f"dossier split: {split_ok}/{files} input files split into the right dossiers")
    print(f"quality gate: recall {gate_tp}/{len(degraded)} unusable copies caught "
          f"({gate_tp / max(1, len(degraded)):.1%}) with the right reason; "
          f"{gate_fp}/{len(cases)} sample pages wrongly rejected "
          f"(precision {gate_tp / max(1, gate_tp + gate_fp):.2f})")
    print(f"page outline wrongly found on {sum(r['outline_on_scan'] for r in results)}"
          f"/{len(results)} flatbed scans")
    for prefix, what, how in (("photo_", "clean pages photographed at an angle", "flattening"),
                              ("", "degraded pages", "cleaning")):
        rows = [r for r in results if f"{prefix}cer_clean" in r]
        if rows:
            total = sum(r[f"{prefix}chars"] for r in rows)
            with_c, without = (sum(r[f"{prefix}{k}"] * r[f"{prefix}chars"] for r in rows) / total
                               for k in ("cer_clean", "cer_raw"))
            print(f"OCR CER on {len(rows)} {what}: with {how} {with_c:.2%}, "
                  f"without {without:.2%} (page CER, same engine)")


if __name__ == "__main__":
    main()
