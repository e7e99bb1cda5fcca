"""Every key field the classifier gets wrong on a held-apart set, paper by paper: what the truth
says and what was found, for reading the misses one by one (``bench/classify_accuracy.py``
gives the totals).

Pages are read as ``bench/classify_accuracy.py`` reads them, from its cache when it is there
(run it once first, or the pages are read by OCR here); each paper is classified on its true
pages through classify's public API, as the accuracy script does (the rules alone, no model).
A line is printed for every field whose value found differs from the true one after the
accuracy script's normalisation (a value found where the truth gives none, none found where it
gives one, or another value), and for every dossier whose procedure is not found exactly.
``--text`` also prints the OCR text of each paper with a miss (first lines), ``--field`` keeps
one field only.

Usage: ``python bench/field_mismatches.py --heldout bench/heldout8 [--field co_quan_ban_hanh]
[--text] [--workers N]``.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from classify_accuracy import (
    FIELDS,
    ROOT,
    expected_type,
    normalise,
    outcome_of,
    read_pages,
    run_classifier,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", type=Path, default=ROOT / "bench" / "heldout")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--field", choices=FIELDS, help="list this field's misses only")
    parser.add_argument("--text", action="store_true", help="print each missed paper's text")
    parser.add_argument("--lines", type=int, default=40, help="lines of text printed")
    args = parser.parse_args()
    from classify import load_rules
    from pipeline.pages import page_text

    truth = json.loads((args.heldout / "truth.json").read_text(encoding="utf-8"))
    readings, _ = read_pages([args.heldout / p["file"] for p in truth["pages"]],
                             args.workers, True)
    outcomes = [outcome_of(r, p["file"]) for r, p in zip(readings, truth["pages"], strict=True)]
    texts = [page_text(o) for o in outcomes]
    rules = load_rules()
    taxonomy = [(t.id, tuple(getattr(t, "patterns", ()))) for t in rules.types]
    expected = [expected_type(d, taxonomy) for d in truth["documents"]]
    run = run_classifier(truth, outcomes)
    keys = (args.field,) if args.field else FIELDS
    misses = 0
    for n, (doc, found) in enumerate(zip(truth["documents"], run.docs, strict=True)):
        lines = []
        for key in keys:
            want, got = doc["fields"].get(key), found.fields.get(key)
            if normalise(key, want) != normalise(key, got):
                lines.append(f"    {key:17s} want {want!r}\n    {'':17s} got  {got!r}")
        if not lines:
            continue
        misses += len(lines)
        first, last = doc["pages"]
        print(f"#{n} pages {first}-{last} {doc['label'][:60]!r} want {expected[n]} "
              f"got {found.doc_type}")
        print("\n".join(lines))
        if args.text:
            body = "\n".join(texts[first: last + 1]).splitlines()[: args.lines]
            print("      | " + "\n      | ".join(body))
    if args.field in (None, "thu_tuc"):
        for s in truth["dossiers"]:
            first, _ = s["documents"]
            got = run.docs[first].fields.get("thu_tuc")
            if normalise("thu_tuc", got) != normalise("thu_tuc", s["procedure"]):
                print(f"dossier {s['receipt_code']}: procedure want {s['procedure']!r}\n"
                      f"{'':28s}got  {got!r}")
    print(f"{misses} fields missed")


if __name__ == "__main__":
    main()
