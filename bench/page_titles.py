"""Document types and boundaries on the sample dossiers: what the title rules make of the pages
the pipeline keeps, against the ground truth.

Each sample page is read once as the pipeline reads it (``pipeline.pages.read_page``: clean,
check, OCR) and its outcome kept in a cache folder, so the rules can be measured again in a
second. Pages the pipeline does not keep (blank, separator sheets, refused by the quality gate)
are left out, of the truth too, as the pipeline leaves them out of a dossier's documents.

Prints, over the kept pages of every dossier:

* documents: share of the truth's documents found with exactly their pages (page range) and
  share found with their pages and their type (known-type accuracy; every sample document
  has a known type);
* pages: share of pages put in a document of their true type, and share whose decision
  "starts a document / continues the previous one" is right;
* calibration: per confidence bucket of the documents made, how many there are, the share
  typed right (with the right pages) and the share flagged for review.

Then the same with each type of the samples left out of the rules in turn, as papers of a
type the rules do not know: how many of those documents became a document of their own, of
unknown type, flagged for review (rather than pages of the document before them).

Usage: ``python bench/page_titles.py [--samples samples] [--cache DIR] [--workers N]
[--text-only] [--show]``. ``--text-only`` classifies from the text alone, as a caller
without the words' boxes does (and as rules from before titles were found by layout did: to
measure such a version, run this file with ``PYTHONPATH`` at a copy of it, ``--text-only``).
The first run reads every page (about 3 minutes on one core); later runs take seconds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from classify import load_rules
from ingest import IngestSettings, open_source
from ocr import OcrSettings, PageText
from pipeline.pages import read_page


@dataclass(frozen=True)
class Page:
    label: str
    document: int
    kept: bool
    text: PageText | None


def _key(source: Path, index: int) -> str:
    digest = hashlib.sha256(source.read_bytes() if source.is_file() else b"")
    if source.is_dir():
        for f in sorted(p for p in source.iterdir() if p.is_file()):
            digest.update(f.name.encode() + hashlib.sha256(f.read_bytes()).digest())
    return f"{digest.hexdigest()[:16]}-{index:03d}"


def _read(source: Path, index: int, cache: Path) -> dict[str, Any]:
    """Read one page as the pipeline does, or take it from the cache."""
    path = cache / f"{_key(source, index)}.json"
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
    ingest = IngestSettings()
    outcome = read_page(open_source(source, ingest), index, ingest, OcrSettings())
    data = {"kept": not (outcome.error_code or outcome.blank or outcome.separator),
            "text": outcome.text.to_json() if outcome.text else None}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return data


def _dossiers(samples: Path, cache: Path, workers: int) -> dict[str, list[Page]]:
    truths = [json.loads(p.read_text(encoding="utf-8"))
              for p in sorted((samples / "truth").glob("*.json"))]
    jobs = [(t["receipt_code"], p) for t in truths for p in t["pages"]]
    cache.mkdir(parents=True, exist_ok=True)
    with ProcessPoolExecutor(workers) as pool:
        read = list(pool.map(_read, [samples / p["source"] for _, p in jobs],
                             [p["index"] for _, p in jobs], [cache] * len(jobs)))
    out: dict[str, list[Page]] = {}
    for (code, page), data in zip(jobs, read, strict=True):
        text = PageText.from_json(data["text"]) if data["text"] else None
        out.setdefault(code, []).append(Page(f"{code}#{len(out.get(code, [])) + 1}",
                                             page["document"], data["kept"], text))
    return out


def _types(samples: Path) -> dict[str, list[str]]:
    return {t["receipt_code"]: [d["type"] for d in t["documents"]]
            for t in (json.loads(p.read_text(encoding="utf-8"))
                      for p in sorted((samples / "truth").glob("*.json")))}


def _classify(rules: Any, page: Page, text_only: bool) -> Any:
    assert page.text is not None
    return rules.classify_page(page.text.text if text_only else page.text)


@dataclass
class Stats:
    docs: int = 0
    docs_range: int = 0
    docs_typed: int = 0
    pages: int = 0
    pages_typed: int = 0
    starts_right: int = 0
    unknown_docs: int = 0
    """Documents of a type the rules do not know (with ``--leave-out``)."""
    unknown_own: int = 0
    """... that became a document of their own, of unknown type, flagged for review."""
    buckets: dict[float, list[tuple[bool, bool]]] = field(default_factory=dict)


def _measure(rules: Any, dossiers: dict[str, list[Page]], truth_types: dict[str, list[str]],
             stats: Stats, *, text_only: bool, show: bool, left_out: str | None = None) -> None:
    for code, pages in dossiers.items():
        kept = [p for p in pages if p.kept and p.text is not None]
        if not kept:
            continue
        types = [rules.unknown.id if t == left_out else t for t in truth_types[code]]
        classes = [_classify(rules, p, text_only) for p in kept]
        groups = rules.group(classes)
        truth_groups: dict[int, list[int]] = {}
        for i, p in enumerate(kept):
            truth_groups.setdefault(p.document, []).append(i)
        made: dict[tuple[int, ...], Any] = {}
        for g in groups:
            result = rules.classify_document([kept[i].text.text for i in g],  # type: ignore[union-attr]
                                             [classes[i] for i in g])
            made[tuple(g)] = result
            right = result.doc_type == types[kept[g[0]].document] and g in truth_groups.values()
            bucket = min(0.9, int(result.confidence * 10 + 1e-9) / 10)
            stats.buckets.setdefault(bucket, []).append((right, result.needs_review))
            for i in g:
                stats.pages_typed += result.doc_type == types[kept[i].document]
        for doc, idx in truth_groups.items():
            found = made.get(tuple(idx))
            stats.docs += 1
            stats.docs_range += found is not None
            stats.docs_typed += found is not None and found.doc_type == types[doc]
            if truth_types[code][doc] == left_out:
                stats.unknown_docs += 1
                stats.unknown_own += (found is not None and found.doc_type == rules.unknown.id
                                      and found.needs_review)
        starts = {g[0] for g in groups}
        for i, p in enumerate(kept):
            stats.pages += 1
            truly_starts = i == 0 or kept[i - 1].document != p.document
            stats.starts_right += (i in starts) == truly_starts
            if show:
                c = classes[i]
                print(f"{p.label:32s} truth {types[p.document]:22s} "
                      f"{'start' if truly_starts else '     '}  found {c.doc_type or '-':22s} "
                      f"{'start' if i in starts else '     '} "
                      f"{getattr(c, 'confidence', 1.0 if c.doc_type else 0.3):4.2f}  "
                      f"{c.title or ''}")


def _print(stats: Stats) -> None:
    print(f"{'documents':12s} {stats.docs:4d}  page range right "
          f"{stats.docs_range / stats.docs:7.2%}  range and type right "
          f"{stats.docs_typed / stats.docs:7.2%}")
    print(f"{'pages':12s} {stats.pages:4d}  type right {stats.pages_typed / stats.pages:7.2%}"
          f"  start/continue right {stats.starts_right / stats.pages:7.2%}")
    if stats.unknown_docs:
        print(f"{'unknown type':12s} {stats.unknown_docs:4d}  a document of its own, of unknown "
              f"type, flagged {stats.unknown_own / stats.unknown_docs:7.2%}")
    print("calibration of the documents made: confidence bucket, count, share right, "
          "share flagged for review")
    for bucket in sorted(stats.buckets):
        rows = stats.buckets[bucket]
        print(f"  [{bucket:.1f}, {bucket + 0.1:.1f}{']' if bucket == 0.9 else ')'} "
              f"{len(rows):4d}  right {sum(r for r, _ in rows) / len(rows):7.2%}"
              f"  review {sum(v for _, v in rows) / len(rows):7.2%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, default=Path(__file__).parent.parent / "samples")
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "sohoa-bench-page-texts")
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--text-only", action="store_true")
    parser.add_argument("--show", action="store_true", help="print every page's decision")
    args = parser.parse_args()
    rules = load_rules()
    truth_types = _types(args.samples)
    dossiers = _dossiers(args.samples, args.cache, args.workers)
    print("every type known")
    stats = Stats()
    _measure(rules, dossiers, truth_types, stats, text_only=args.text_only, show=args.show)
    _print(stats)
    print("\neach type in turn left out of the rules (its documents are of unknown type)")
    stats = Stats()
    for left_out in sorted({t for types in truth_types.values() for t in types}):
        fewer = replace(rules, types=tuple(t for t in rules.types if t.id != left_out))
        _measure(fewer, dossiers, truth_types, stats, text_only=args.text_only, show=False,
                 left_out=left_out)
    _print(stats)


if __name__ == "__main__":
    main()
