"""Classifier accuracy on a held-apart set (``bench/heldout/`` by default, ``--heldout
bench/heldout2`` for the second one): document types, page ranges, the dossier's procedure and
the key fields, beside a plain baseline in the same run.

Each page is read once by ``pipeline.pages.read_page`` (load, clean, quality gate, OCR as
by default); its ``ocr.PageText`` (words, boxes, size, dpi) is cached under
``~/.cache/sohoa/bench/classify_accuracy/`` keyed by the image's sha256, the reading settings
and the entry's form; ``--no-cache`` reads every page again and gives the same numbers.

Then, through classify's public API only (``load_rules``, ``Rules.classify_page``,
``Rules.group``, ``Rules.classify_document``), whatever the classifier currently is:

* types and fields: ``classify_page`` on each page, ``classify_document`` on the pages of each
  true document (so a grouping error does not hide a typing one), its ``needs_review`` as the
  review flag;
* page ranges: ``classify_page`` on every page and ``group`` over each dossier's pages (the
  loose papers as one more run), compared with the true ranges;
* procedure: the ``thu_tuc`` field of the dossier's documents typed as its receipt, as the
  pipeline takes it (``pipeline/dossier.py``), compared with the truth's wording (exact) and,
  where the truth records the procedure's id (``procedure_id``, the eleventh set on), that
  field matched to ``classify/data/procedures.json`` (``classify.match_procedure``) as the
  completeness check matches it.

Pages are handed over as the pipeline does (``page_layout``: a title is found by its size
and place; fields from ``page_text``, as ``pipeline/archiving.py``). "classify + model" weighs
in the learned model (``decide_type``) trained on the samples only, or the one in ``--data``.

The baseline reads only each page's text: its type is the first type pattern in the first
upper-case line (of 15) holding one, a typed page starts a document, nothing is flagged;
fields are the first of their kind (a date, a 12-digit number, a number with a slash after
"Số", the rest of a "Họ và tên" line, the first upper-case line, the rest of a "thủ tục" line).

A paper's expected type is the taxonomy's type with the longest pattern its official title
(``label``) starts with, else the truth's ``doc_type`` if it still exists, else "other" (a
paper is "known" when it is not). Fields match when equal after NFC, collapsed white space,
case folding and trailing punctuation removed (dates as ISO; numbers without spaces).

Usage: ``python bench/classify_accuracy.py [--heldout bench/heldout] [--workers N]
[--no-cache] [--data DIR] [--json PATH] [--show]``; about 3 minutes on 2 cores without the cache.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sohoa.text import fold, nfc, normalise_space

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path.home() / ".cache" / "sohoa" / "bench" / "classify_accuracy"
CACHE_FORM = "layout/2"
"""The form of a cache entry, part of its key: entries of another form are not read."""
FIELDS = ("so_ky_hieu", "ngay_ban_hanh", "ho_ten", "co_quan_ban_hanh", "thu_tuc", "so_cccd")
OTHER = "other"

# --- Pure metric functions ---

_DMY = re.compile(r"(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})")
_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def iso_date(text: str) -> str | None:
    """The first date in ``text`` as ISO (from ISO, dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy or
    "ngày d tháng m năm y")."""
    found = [(m.start(), m) for rx in (_ISO, _DMY, _WORDS) if (m := rx.search(text))]
    if not found:
        return None
    m = min(found, key=lambda x: x[0])[1]
    a, b, c = (int(g) for g in m.groups() if g.isdigit())
    y, mo, d = (a, b, c) if m.re is _ISO else (c, b, a)
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def normalise(key: str, value: str | None) -> str | None:
    """The form two values of a field are compared in."""
    if value is None:
        return None
    if key == "ngay_ban_hanh":
        return iso_date(value)
    text = normalise_space(nfc(value)).casefold().strip(" .,;:")
    if key in ("so_ky_hieu", "so_cccd"):
        text = re.sub(r"\s+", "", text)
    return text or None


@dataclass
class Score:
    """Counts of one field: values found that are right, values found, values expected."""

    right: int = 0
    found: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.right / self.expected if self.expected else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def field_score(key: str, pairs: Iterable[tuple[dict[str, str], dict[str, str]]]) -> Score:
    """Precision and recall of one field over (truth fields, found fields) pairs: a value found
    counts as right when it equals the true one; a wrong value is both found and missed."""
    score = Score()
    for truth, found in pairs:
        want, got = normalise(key, truth.get(key)), normalise(key, found.get(key))
        score.expected += want is not None
        score.found += got is not None
        score.right += want is not None and got == want
    return score


def ranges(groups: Sequence[Sequence[int]], offset: int = 0) -> list[tuple[int, int]]:
    """Page ranges (first, last) of groups of consecutive page indices."""
    return [(offset + g[0], offset + g[-1]) for g in groups if g]


def range_accuracy(truth: Sequence[tuple[int, int]],
                   found: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """How many true page ranges were found exactly, of how many."""
    got = set(found)
    return sum(tuple(r) in got for r in truth), len(truth)


def expected_type(doc: dict[str, Any], taxonomy: Sequence[tuple[str, Sequence[str]]]) -> str:
    """The type a paper should get from the current taxonomy (``(id, folded patterns)``): the
    type with the longest pattern its official title starts with, else the truth's type if
    the taxonomy still has it, else "other"."""
    title = normalise_space(fold(doc["label"]))
    best = max(((len(p), tid) for tid, patterns in taxonomy for p in patterns
                if p and title.startswith(p)), default=None)
    if best is not None:
        return best[1]
    return doc["doc_type"] if doc["doc_type"] in {tid for tid, _ in taxonomy} else OTHER


# --- The plain baseline ---

_MOTTO = ("cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc")


def _upper(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def baseline_type(text: str, taxonomy: Sequence[tuple[str, Sequence[str]]]) -> str | None:
    """The first type whose pattern is in the first upper-case line (of 15) that holds one."""
    lines = [normalise_space(x) for x in nfc(text).splitlines() if x.strip()][:15]
    for line in lines:
        folded = fold(line)
        if not _upper(line) or any(m in folded for m in _MOTTO):
            continue
        for tid, patterns in taxonomy:
            if any(p in folded for p in patterns):
                return tid
    return None


def baseline_fields(text: str) -> dict[str, str]:
    """The first value of each kind in the text."""
    text = nfc(text)
    lines = [normalise_space(x) for x in text.splitlines() if x.strip()]
    out: dict[str, str] = {}
    if d := iso_date(text):
        out["ngay_ban_hanh"] = d
    if m := re.search(r"(?<!\d)\d{12}(?!\d)", text):
        out["so_cccd"] = m.group(0)
    if m := re.search(r"Số[^:\n]{0,20}:\s*(\S+/\S+)", text):
        out["so_ky_hieu"] = m.group(1).rstrip(".,;")
    if m := re.search(r"Họ (?:và )?tên[^:\n]*:\s*([^\n,;]+)", text):
        out["ho_ten"] = m.group(1).strip()
    if m := re.search(r"thủ tục[^:\n]*:\s*([^\n]+)", text, re.IGNORECASE):
        out["thu_tuc"] = m.group(1).strip()
    head = next((x for x in lines if _upper(x) and not any(m in fold(x) for m in _MOTTO)), None)
    if head:
        out["co_quan_ban_hanh"] = head
    return out


# --- Reading the pages ---


def _settings_digest() -> str:
    from ingest import IngestSettings
    from ocr import OcrSettings
    from pipeline.pages import engine_for

    ocr = OcrSettings()
    version = engine_for(ocr).version()
    blob = f"{CACHE_FORM}|{IngestSettings().model_dump_json()}|{ocr.model_dump_json()}|{version}"
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def cache_entry(outcome: Any, seconds: float) -> dict[str, Any]:
    """What is kept of a ``pipeline.pages.PageOutcome``: its OCR result as JSON (``None`` for a
    page not read), its error code and the seconds it took."""
    return {"layout": outcome.text.to_json() if outcome.text is not None else None,
            "error": outcome.error_code, "seconds": round(seconds, 2)}


def outcome_of(entry: dict[str, Any], file: str = "") -> Any:
    """The page outcome a cache entry stands for, as far as classifying reads it (its OCR
    result and error code), so ``page_layout`` and ``page_text`` take it as the pipeline's."""
    from ocr import PageText
    from pipeline.pages import PageOutcome

    layout = entry.get("layout")
    return PageOutcome(0, file, 1, text=PageText.from_json(layout) if layout else None,
                       error_code=entry.get("error"))


def _read(path: str) -> dict[str, Any]:
    """Read one page image as the pipeline does; never raises for a bad page."""
    from ingest import IngestSettings, open_source
    from ocr import OcrSettings
    from pipeline.pages import read_page

    ingest = IngestSettings()
    t0 = time.perf_counter()
    outcome = read_page(open_source(Path(path), ingest), 0, ingest, OcrSettings())
    return cache_entry(outcome, time.perf_counter() - t0)


def read_pages(files: Sequence[Path], workers: int, use_cache: bool) -> tuple[list[dict], int]:
    """The reading of every page (a cache entry: OCR result, error code, seconds) and how many
    came from the cache."""
    digest = _settings_digest()
    keys = [f"{hashlib.sha256(f.read_bytes()).hexdigest()}-{digest}.json" for f in files]
    out: list[dict | None] = [None] * len(files)
    if use_cache:
        for i, key in enumerate(keys):
            if (CACHE / key).is_file():
                out[i] = json.loads((CACHE / key).read_text(encoding="utf-8"))
    todo = [i for i, r in enumerate(out) if r is None]
    if todo:
        with ProcessPoolExecutor(max(1, workers)) as pool:
            done = pool.map(_read, [str(files[i]) for i in todo])
            for i, result in zip(todo, done, strict=True):
                out[i] = result
                if use_cache:
                    CACHE.mkdir(parents=True, exist_ok=True)
                    tmp = CACHE / f".{keys[i]}.{os.getpid()}"
                    tmp.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
                    tmp.replace(CACHE / keys[i])
    return [r for r in out if r is not None], len(files) - len(todo)


# --- Measuring ---


@dataclass
class Found:
    """What one system made of a document (on its true pages)."""

    doc_type: str
    flagged: bool
    fields: dict[str, str]
    grouped_type: str = OTHER
    """The type of the found document its first page landed in (as grouped)."""
    grouped_flagged: bool = False


@dataclass
class Run:
    """Everything one system did on the set."""

    name: str
    docs: list[Found] = field(default_factory=list)
    ranges: list[tuple[int, int]] = field(default_factory=list)


def _streams(truth: dict[str, Any]) -> list[list[int]]:
    """The runs of pages grouped on their own: each dossier, then the loose papers."""
    runs = [list(range(s["pages"][0], s["pages"][1] + 1)) for s in truth["dossiers"]]
    loose = [i for i, p in enumerate(truth["pages"]) if p["dossier"] is None]
    return [*runs, loose] if loose else runs


def run_classifier(truth: dict[str, Any], outcomes: Sequence[Any], model: Any = None) -> Run:
    """The current classifier, through its public API, on the pages' outcomes as the pipeline
    hands them over: each page's layout to ``classify_page``, the texts to
    ``classify_document``, then (with ``model``) ``decide_type`` as ``pipeline/archiving``."""
    from classify import load_rules
    from pipeline.pages import page_layout, page_text
    from pipeline.type_model import decide_type

    rules = load_rules()
    unknown = rules.unknown.id
    texts = [page_text(o) for o in outcomes]
    classes = [rules.classify_page(page_layout(o)) for o in outcomes]
    deps: Any = SimpleNamespace(rules=rules)

    def classify_document(page_texts: list[str], page_classes: list[Any]) -> Any:
        res = rules.classify_document(page_texts, page_classes)
        return res if model is None else decide_type(
            deps, res, page_texts, model=model).result

    run = Run("classify" if model is None else "classify + model")
    by_page: dict[int, tuple[str, bool]] = {}
    for stream in _streams(truth):
        groups = rules.group([classes[i] for i in stream])
        for g in groups:
            pages = [stream[k] for k in g]
            res = classify_document([texts[i] for i in pages], [classes[i] for i in pages])
            kind = OTHER if res.doc_type == unknown else res.doc_type
            for i in pages:
                by_page[i] = (kind, res.needs_review)
            run.ranges.append((pages[0], pages[-1]))
    for d in truth["documents"]:
        pages = list(range(d["pages"][0], d["pages"][1] + 1))
        res = classify_document([texts[i] for i in pages], [classes[i] for i in pages])
        kind = OTHER if res.doc_type == unknown else res.doc_type
        grouped = by_page[pages[0]]
        run.docs.append(Found(kind, res.needs_review, dict(res.fields), *grouped))
    return run


def run_baseline(truth: dict[str, Any], texts: Sequence[str],
                 taxonomy: Sequence[tuple[str, Sequence[str]]]) -> Run:
    """The plain baseline of the module docstring."""
    types = [baseline_type(t, taxonomy) for t in texts]
    run = Run("baseline")
    by_page: dict[int, str] = {}
    for stream in _streams(truth):
        groups: list[list[int]] = []
        for i in stream:
            if types[i] is not None or not groups:
                groups.append([i])
            else:
                groups[-1].append(i)
        for g in groups:
            for i in g:
                by_page[i] = types[g[0]] or OTHER
            run.ranges.append((g[0], g[-1]))
    for d in truth["documents"]:
        first, last = d["pages"]
        text = "\n".join(texts[first : last + 1])
        run.docs.append(Found(types[first] or OTHER, False, baseline_fields(text),
                              by_page[first], False))
    return run


def measure(truth: dict[str, Any], run: Run, expected: Sequence[str]) -> dict[str, Any]:
    """The numbers of one run."""
    docs = truth["documents"]
    known = [i for i, e in enumerate(expected) if e != OTHER]
    unknown = [i for i, e in enumerate(expected) if e == OTHER]
    m: dict[str, Any] = {
        "known_right": sum(run.docs[i].doc_type == expected[i] for i in known),
        "known": len(known), "unknown": len(unknown),
        "unknown_typed_unflagged": sum(run.docs[i].doc_type != OTHER and not run.docs[i].flagged
                                       for i in unknown),
        "unknown_typed_flagged": sum(run.docs[i].doc_type != OTHER and run.docs[i].flagged
                                     for i in unknown),
        "unknown_as_other": sum(run.docs[i].doc_type == OTHER for i in unknown),
        "unknown_grouped_unflagged": sum(run.docs[i].grouped_type != OTHER
                                         and not run.docs[i].grouped_flagged for i in unknown),
    }
    m["ranges_right"], m["ranges"] = range_accuracy([tuple(d["pages"]) for d in docs], run.ranges)
    from classify import match_procedure

    receipts = procedures = ids = 0
    for s in truth["dossiers"]:
        first, last = s["documents"]
        want = expected[first]
        typed = [i for i in range(first, last + 1) if run.docs[i].doc_type == want]
        receipts += first in typed
        got = next((run.docs[i].fields.get("thu_tuc") for i in typed
                    if run.docs[i].fields.get("thu_tuc")), None)
        procedures += normalise("thu_tuc", got) == normalise("thu_tuc", s["procedure"])
        ids += (found := match_procedure(got)) is not None and found[0].id == s.get("procedure_id")
    m["receipts_typed"], m["procedures_right"], m["procedure_ids"] = receipts, procedures, ids
    m["with_ids"] = sum("procedure_id" in s for s in truth["dossiers"])
    m["dossiers"] = len(truth["dossiers"])
    pairs = [(d["fields"], run.docs[i].fields) for i, d in enumerate(docs)]
    m["fields"] = {}
    for key in FIELDS:
        s = field_score(key, pairs)
        m["fields"][key] = {"right": s.right, "found": s.found, "expected": s.expected,
                            "precision": round(s.precision, 4), "recall": round(s.recall, 4),
                            "f1": round(s.f1, 4)}
    return m


def _frac(a: int, b: int) -> str:
    return f"{a}/{b} ({a / b:.0%})" if b else "-"


def table(results: dict[str, dict[str, Any]]) -> list[str]:
    """The printed comparison, one column per run."""
    names = list(results)
    rows: list[tuple[str, list[str]]] = []

    def row(label: str, cell: Any) -> None:
        rows.append((label, [cell(results[n]) for n in names]))

    r0 = results[names[0]]
    row(f"known-type accuracy ({r0['known']} papers)",
        lambda m: _frac(m["known_right"], m["known"]))
    row(f"unknown papers ({r0['unknown']}): typed known, no review flag (must be 0)",
        lambda m: str(m["unknown_typed_unflagged"]))
    row("  typed known, flagged for review", lambda m: str(m["unknown_typed_flagged"]))
    row("  typed other", lambda m: str(m["unknown_as_other"]))
    row("  as grouped: inside a document typed known, no flag",
        lambda m: str(m["unknown_grouped_unflagged"]))
    row("page ranges exact", lambda m: _frac(m["ranges_right"], m["ranges"]))
    row("dossiers: receipt typed as the receipt", lambda m: _frac(m["receipts_typed"],
                                                                 m["dossiers"]))
    row("dossiers: procedure found (exact)", lambda m: _frac(m["procedures_right"],
                                                             m["dossiers"]))
    if r0["with_ids"]:
        row("dossiers: procedure recognised (its id)", lambda m: _frac(m["procedure_ids"],
                                                                      m["with_ids"]))
    for key in FIELDS:
        row(f"{key}: P / R / F1", lambda m, k=key: "{precision:.2f} / {recall:.2f} / {f1:.2f}"
            .format(**m["fields"][k]))
    row("CCCD precision (so_cccd right / found)",
        lambda m: _frac(m["fields"]["so_cccd"]["right"], m["fields"]["so_cccd"]["found"]))
    width = max(len(label) for label, _ in rows)
    out = [f"{'':{width}}  " + "  ".join(f"{n:>18}" for n in names)]
    out += [f"{label:{width}}  " + "  ".join(f"{c:>18}" for c in cells) for label, cells in rows]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", type=Path, default=ROOT / "bench" / "heldout")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-cache", action="store_true", help="read every page again")
    parser.add_argument("--json", type=Path, help="also write the numbers to this file")
    parser.add_argument("--show", action="store_true", help="print every paper's types")
    parser.add_argument("--data", type=Path, help="weigh in the model in use in this data folder")
    args = parser.parse_args()
    truth = json.loads((args.heldout / "truth.json").read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    readings, cached = read_pages([args.heldout / p["file"] for p in truth["pages"]],
                                  args.workers, not args.no_cache)
    ocr_wall = time.perf_counter() - t0
    from classify import load_rules
    from pipeline.pages import page_text

    outcomes = [outcome_of(r, p["file"]) for r, p in zip(readings, truth["pages"], strict=True)]
    texts = [page_text(o) for o in outcomes]

    rules = load_rules()
    taxonomy = [(t.id, tuple(getattr(t, "patterns", ()))) for t in rules.types]
    expected = [expected_type(d, taxonomy) for d in truth["documents"]]
    t1 = time.perf_counter()
    from model_accuracy import type_model

    model, learnt = type_model(rules, args.data)
    runs = [run_classifier(truth, outcomes), run_classifier(truth, outcomes, model),
            run_baseline(truth, texts, taxonomy)]
    classify_wall = time.perf_counter() - t1
    results = {run.name: measure(truth, run, expected) for run in runs}
    errors = [(truth["pages"][i]["file"], r["error"]) for i, r in enumerate(readings)
              if r["error"]]
    print(f"held-apart set: {len(texts)} pages, {len(truth['documents'])} papers "
          f"({sum(e != OTHER for e in expected)} of a known type), {len(truth['dossiers'])} "
          f"dossiers; {len(rules.types)} types in the taxonomy")
    print(f"pages read in {ocr_wall:.1f} s ({cached} from the cache, {args.workers} workers); "
          f"classified in {classify_wall:.2f} s; pages not read: {errors or 'none'}")
    print(f"classify + model: {learnt}")
    for d, e, *found in zip(truth["documents"], expected, *(r.docs for r in runs),
                            strict=True) if args.show else ():
        a, m, b = (f.doc_type + (" (review)" if f.flagged else "") for f in found)
        print(f"  {d['pages'][0]:3d}-{d['pages'][1]:<3d} {d['label'][:44]:44s} want {e:23s} "
              f"classify {a:32s} + model {m:32s} baseline {b}")
    print()
    print("\n".join(table(results)))
    if args.json:
        blob = {"pages": len(texts), "documents": len(truth["documents"]),
                "dossiers": len(truth["dossiers"]), "cached_pages": cached,
                "ocr_seconds": round(ocr_wall, 1), "unread_pages": errors,
                "expected_types": expected, "results": results}
        args.json.write_text(json.dumps(blob, ensure_ascii=False, indent=1) + "\n",
                             encoding="utf-8")


if __name__ == "__main__":
    main()
