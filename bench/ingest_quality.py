"""Ingest quality on the sample scans, against their ground truth.

Prints: residual skew (|found - true|), orientation accuracy, blank-page and separator-sheet
precision and recall, dossier split accuracy, the quality gate (the sample pages that must be
rejected and those that must pass, plus copies of clean pages made unusable: 120 dpi, blurred,
too dark, washed out), how often a page outline is found on phone photos and wrongly on flatbed
scans, and OCR CER with cleaning (sohoa) and without (the same engine on the page as given) on
the degraded pages, on the phone photos, and on copies of the clean pages photographed at an
angle on a dark desk.

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
from pipeline.pages import read_upright


@dataclass(frozen=True)
class Case:
    source: Path
    index: int
    truth: dict[str, Any]
    code: str


def _cases(samples: Path) -> list[Case]:
    out = []
    for f in sorted((samples / "truth").glob("[0-9]*.json")):
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
    truth = case.truth
    skipped = scan.blank or scan.separator
    out: dict[str, Any] = {
        "blank": scan.blank, "separator": scan.separator, "rotation": scan.rotation,
        "skew": scan.skew_deg, "codes": list(scan.receipt_codes),
        "photographed": scan.photographed,
        "gate": [] if skipped else [i.code for i in assess(to_gray(scan.sheet), scan.dpi,
                                                            ingest.quality)],
    }
    gray = to_gray(page.image)
    if truth["clean"]:
        out["gate_degraded"] = {
            kind: [i.code for i in assess(*_degrade(gray, page.dpi, kind), ingest.quality)]
            for kind in ("low_resolution", "blurred", "too_dark", "washed_out")
        }
    if not with_ocr or skipped or truth["blank"] or truth.get("separator"):
        return out
    # the pipeline's own path: read the page as it lies, detect orientation only if needed
    lazy, read = read_upright(scan_page(page.image, page.dpi, ingest, orientation=None), engine,
                              ingest)
    out["rotation_read"] = lazy.rotation
    text = truth["text"]
    if truth["clean"] and truth["rotation"] == 0:
        photo = _phone_photo(gray)
        flat = scan_page(photo, page.dpi, ingest, orientation=engine.orientation)
        assert flat.for_ocr is not None
        out["synthetic_photo_cer_clean"] = cer(text, engine.recognize(flat.for_ocr,
                                                                      flat.ocr_dpi).text)
        out["synthetic_photo_cer_raw"] = cer(text, engine.recognize(photo, page.dpi).text)
        out["synthetic_photo_chars"] = len(text)
    elif not truth["clean"] and not truth.get("reject") and scan.for_ocr is not None:
        prefix = "photo_" if truth.get("photo") else ""
        out[f"{prefix}cer_clean"] = cer(text, read.text)
        out[f"{prefix}cer_raw"] = cer(text, engine.recognize(page.image, page.dpi).text)
        out[f"{prefix}chars"] = len(text)
    return out


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

    pairs = list(zip(cases, results, strict=True))
    text_pages = [(c, r) for c, r in pairs if not c.truth["blank"] and not c.truth["separator"]]
    flatbed = [(c, r) for c, r in text_pages if not c.truth["photo"]]
    residual = [abs(r["skew"] - c.truth["skew_deg"]) for c, r in flatbed]
    orient_ok = sum(r["rotation"] == c.truth["rotation"] for c, r in text_pages)
    split_ok, files = _split_accuracy(cases, results)
    print(f"pages: {len(cases)} ({len(text_pages)} with text), {wall:.1f} s on {args.workers} "
          "workers")
    p90 = sorted(residual)[int(0.9 * len(residual))]
    print(f"residual skew on {len(flatbed)} flatbed pages: median "
          f"{statistics.median(residual):.2f}°, p90 {p90:.2f}°, max {max(residual):.2f}°")
    print(f"orientation (OSD on every page): {orient_ok}/{len(text_pages)} right "
          f"({orient_ok / len(text_pages):.1%})")
    read = [(c, r) for c, r in text_pages if "rotation_read" in r]
    if read:
        ok = sum(r["rotation_read"] == c.truth["rotation"] for c, r in read)
        print(f"orientation (the pipeline: OSD only when the first reading looks turned): "
              f"{ok}/{len(read)} right ({ok / len(read):.1%})")
    for what in ("blank", "separator"):
        tp = sum(r[what] and c.truth[what] for c, r in pairs)
        fp = sum(r[what] and not c.truth[what] for c, r in pairs)
        fn = sum(not r[what] and c.truth[what] for c, r in pairs)
        print(f"{what} pages: precision {tp / max(1, tp + fp):.2f}, recall "
              f"{tp / max(1, tp + fn):.2f} ({tp} found, {fp} false, {fn} missed)")
    print(f"dossier split: {split_ok}/{files} input files split into the right dossiers")
    bad = [(c, r) for c, r in pairs if c.truth["reject"]]
    caught = sum(c.truth["reject"] in r["gate"] for c, r in bad)
    wrong = [(c, r) for c, r in text_pages if not c.truth["reject"] and r["gate"]]
    print(f"quality gate on the sample pages: {caught}/{len(bad)} bad pages rejected with the "
          f"right reason ({', '.join(sorted(c.truth['reject'] for c, _ in bad))}); "
          f"{len(wrong)}/{len(text_pages) - len(bad)} good pages wrongly rejected"
          + "".join(f"\n  wrongly: {c.source.name} page {c.index + 1}: {r['gate']}"
                    for c, r in wrong))
    degraded = [kinds for r in results if "gate_degraded" in r for kinds in
                r["gate_degraded"].items()]
    gate_tp = sum(kind in codes for kind, codes in degraded)
    print(f"quality gate on copies of clean pages made unusable (120 dpi, blurred, dark, washed "
          f"out): {gate_tp}/{len(degraded)} caught with the right reason "
          f"({gate_tp / max(1, len(degraded)):.1%})")
    photos = [(c, r) for c, r in text_pages if c.truth["photo"]]
    found = sum(r["photographed"] for _, r in photos)
    false_outline = sum(r["photographed"] for c, r in text_pages if not c.truth["photo"])
    print(f"page outline: found on {found}/{len(photos)} phone photos, wrongly on "
          f"{false_outline}/{len(text_pages) - len(photos)} flatbed scans")
    for prefix, what, how in (
        ("", "degraded flatbed pages", "cleaning"),
        ("photo_", "phone photos", "flattening and cleaning"),
        ("synthetic_photo_", "clean pages photographed at an angle (synthetic)", "flattening"),
    ):
        rows = [r for r in results if f"{prefix}cer_clean" in r]
        if rows:
            total = sum(r[f"{prefix}chars"] for r in rows)
            with_c, without = (sum(r[f"{prefix}{k}"] * r[f"{prefix}chars"] for r in rows) / total
                               for k in ("cer_clean", "cer_raw"))
            print(f"OCR CER on {len(rows)} {what}: with {how} {with_c:.2%}, "
                  f"without {without:.2%} (page CER, same engine)")


if __name__ == "__main__":
    main()
