"""The learned type model on the held-apart set (bench/heldout/): the rules alone, the rules
with the model weighed in (``pipeline.type_model.decide_type``), and the model alone, side by
side in one run.

The model is the one a new centre starts with: trained on the labelled sample dossiers only
(``pipeline.training.sample_examples``), never on the held-apart set, with the settings and
thresholds the code has (nothing here is tuned); with ``--data DIR``, the model in use in that
data folder (``sohoa model train --data DIR``) instead. Pages are read as
``bench/classify_accuracy.py`` reads them, from its cache when it is there. Each paper is
typed on its true pages (so a grouping error does not hide a typing one); the expected type
and "known" are those of ``bench/classify_accuracy.py``. The model alone flags a paper when
its probability is under ``classify.decide.MODEL_SURE``. The last line counts, among the known
papers the rules leave for review, those whose right type is the model's first guess or among
its three (what the review desk can offer).

Usage: ``python bench/model_accuracy.py [--heldout bench/heldout] [--data DIR] [--workers N]
[--no-cache] [--show]``.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from classify_accuracy import OTHER, ROOT, expected_type, outcome_of, read_pages


def type_model(rules: Any, data: Path | None) -> tuple[Any, str]:
    """The model weighed in, and what it learnt from: the model in use in ``data``, or one
    trained on the labelled sample dossiers."""
    from classify.learned import TypeModel
    from pipeline.training import sample_examples
    from pipeline.type_model import load_current

    if data is not None:
        model, pointer = load_current(data / "models")
        return model, f"the model in use in {data} ({pointer['model']})"
    model = TypeModel().fit(sample_examples(rules))
    return model, f"a model trained on {model.info['examples']} sample papers"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", type=Path, default=ROOT / "bench" / "heldout")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-cache", action="store_true", help="read every page again")
    parser.add_argument("--show", action="store_true", help="print every paper's types")
    parser.add_argument("--data", type=Path, help="use the model in use in this data folder")
    args = parser.parse_args()

    from classify import load_rules
    from classify.decide import MODEL_SURE
    from pipeline.type_model import decide_type

    rules = load_rules()
    unknown = rules.unknown.id
    t0 = time.perf_counter()
    model, learnt = type_model(rules, args.data)
    trained = time.perf_counter() - t0
    truth = json.loads((args.heldout / "truth.json").read_text(encoding="utf-8"))
    readings, cached = read_pages([args.heldout / p["file"] for p in truth["pages"]],
                                  args.workers, not args.no_cache)
    from pipeline.pages import page_text

    texts = [page_text(outcome_of(r)) for r in readings]
    taxonomy = [(t.id, tuple(getattr(t, "patterns", ()))) for t in rules.types]
    expected = [expected_type(d, taxonomy) for d in truth["documents"]]
    deps = SimpleNamespace(rules=rules)

    def kind(doc_type: str) -> str:
        return OTHER if doc_type == unknown else doc_type

    runs: dict[str, list[tuple[str, bool]]] = {"rules": [], "rules + model": [], "model": []}
    decided: list[str] = []
    tops: list[list[str]] = []
    for d in truth["documents"]:
        pages = list(range(d["pages"][0], d["pages"][1] + 1))
        page_texts = [texts[i] for i in pages]
        result = rules.classify_document(page_texts, [rules.classify_page(t) for t in page_texts])
        typed = decide_type(deps, result, page_texts, model=model)  # type: ignore[arg-type]
        m_type, p = typed.top[0] if typed.top else model.predict("\n".join(page_texts))
        runs["rules"].append((kind(result.doc_type), result.needs_review))
        runs["rules + model"].append((kind(typed.result.doc_type), typed.result.needs_review))
        runs["model"].append((kind(m_type), p < MODEL_SURE))
        decided.append(typed.decided_by)
        tops.append([kind(t) for t, _ in typed.top or model.top("\n".join(page_texts))])

    known = [i for i, e in enumerate(expected) if e != OTHER]
    other = [i for i, e in enumerate(expected) if e == OTHER]
    rows: list[tuple[str, list[str]]] = []

    def row(label: str, cell: object) -> None:
        rows.append((label, [cell(found) for found in runs.values()]))  # type: ignore[operator]

    def frac(a: int, b: int) -> str:
        return f"{a}/{b} ({a / b:.0%})" if b else "-"

    row(f"known-type accuracy ({len(known)} papers)",
        lambda f: frac(sum(f[i][0] == expected[i] for i in known), len(known)))
    row("  right and not flagged", lambda f: str(sum(f[i][0] == expected[i] and not f[i][1]
                                                    for i in known)))
    row("  wrong and not flagged", lambda f: str(sum(f[i][0] != expected[i] and not f[i][1]
                                                    for i in known)))
    row("  flagged for review", lambda f: str(sum(f[i][1] for i in known)))
    row(f"unknown papers ({len(other)}): typed known, no review flag (must be 0)",
        lambda f: str(sum(f[i][0] != OTHER and not f[i][1] for i in other)))
    row("  typed known, flagged for review",
        lambda f: str(sum(f[i][0] != OTHER and f[i][1] for i in other)))
    row("  typed other", lambda f: str(sum(f[i][0] == OTHER for i in other)))
    width = max(len(label) for label, _ in rows)
    print(f"held-apart set: {len(texts)} pages ({cached} read from the cache), "
          f"{len(expected)} papers; {learnt}, {len(model.classes)} types ({trained:.1f} s)")
    counts = {k: decided.count(k) for k in dict.fromkeys(decided)}
    print(f"rules + model, decided by: {counts}")
    if args.show:
        for d, e, a, b, c in zip(truth["documents"], expected, *runs.values(), strict=True):
            print(f"  {d['pages'][0]:3d}-{d['pages'][1]:<3d} {d['label'][:40]:40s} want {e:20s} "
                  f"rules {a[0]}{'*' if a[1] else ''}  both {b[0]}{'*' if b[1] else ''}  "
                  f"model {c[0]}{'*' if c[1] else ''}")
    print()
    print(f"{'':{width}}  " + "  ".join(f"{n:>16}" for n in runs))
    for label, cells in rows:
        print(f"{label:{width}}  " + "  ".join(f"{c:>16}" for c in cells))
    left = [i for i in known if runs["rules"][i][1]]
    print(f"\nknown papers the rules flag for review: {len(left)}; the model's first guess is "
          f"right for {sum(tops[i][0] == expected[i] for i in left)}, its top three hold the "
          f"right type for {sum(expected[i] in tops[i] for i in left)}")


if __name__ == "__main__":
    main()
