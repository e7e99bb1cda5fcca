"""Key-field accuracy on the sample dossiers: precision, recall and F1 per field, against truth.

Every document of ``samples/truth/*.json`` (its pages' text joined) and every sample result
(``samples/results/truth.json``: the electronic ones' own text layer, the scanned one's drawn
text) is read by ``classify.extract_fields`` with its true type, so the numbers measure field
extraction alone, not classification. The expected fields are the truth's ``fields`` (values as
printed), and for the receipt the dossier's ``procedure`` as ``thu_tuc``.

Two readings side by side, in one run:

* ``all``    - every field the extractor finds (``wanted`` None): a field the truth does not
  give for that document counts as a false positive;
* ``type``   - only the fields the truth gives for some document of the same type (what a
  type's ``fields`` list in ``document_types.json`` says).

Values are compared after NFC and case folding (names are printed in capitals on some papers
and in title case on others, agencies in capitals in a header and in sentence case in the
truth); codes (``so_ky_hieu``, ``so_cccd``, ``ma_ho_so``) without spaces.

Usage: ``python bench/field_accuracy.py [--samples samples] [--ocr DIR] [--show]``.
``--ocr DIR`` reads every page with the pipeline's own reader (``pipeline.pages.read_page``,
a rejected page from its rescan) instead of the drawn text, and keeps each page's text in DIR
so the next run reads it from there.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from classify import extract_fields
from sohoa.text import nfc, normalise_space

FIELDS = ("ma_ho_so", "so_ky_hieu", "ngay_ban_hanh", "co_quan_ban_hanh", "so_cccd", "thu_tuc",
          "ho_ten")
_CODES = {"ma_ho_so", "so_ky_hieu", "so_cccd"}


@dataclass(frozen=True)
class Case:
    label: str
    doc_type: str
    text: str
    expected: dict[str, str]


def _page_text(samples: Path, page: dict, ocr: Path | None, label: str) -> str:
    if ocr is None:
        return str(page["text"])
    cached = ocr / f"{label}.txt"
    if cached.exists():
        return cached.read_text(encoding="utf-8")
    from ingest import IngestSettings, open_source  # only when reading by OCR
    from ocr import OcrSettings
    from pipeline.pages import page_text, read_page

    ingest = IngestSettings()
    if page.get("rescan"):
        source, index = open_source(samples / page["rescan"], ingest), 0
    else:
        source, index = open_source(samples / page["source"], ingest), page["index"]
    text = page_text(read_page(source, index, ingest, OcrSettings()))
    ocr.mkdir(parents=True, exist_ok=True)
    cached.write_text(text, encoding="utf-8")
    return text


def _cases(samples: Path, ocr: Path | None) -> list[Case]:
    cases: list[Case] = []
    for truth_file in sorted((samples / "truth").glob("*.json")):
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        code = truth["receipt_code"]
        for n, doc in enumerate(truth["documents"]):
            texts = [_page_text(samples, truth["pages"][i], ocr, f"{code}-p{i:02d}")
                     for i in doc["pages"]]
            expected = dict(doc["fields"])
            if doc["type"] == "phieu_tiep_nhan" and truth.get("procedure"):
                expected["thu_tuc"] = truth["procedure"]
            cases.append(Case(f"{code}#{n} {doc['type']}", doc["type"], "\n".join(texts),
                              expected))
    results = json.loads((samples / "results" / "truth.json").read_text(encoding="utf-8"))
    for entry in results["results"]:
        if entry.get("text") is not None:
            text = str(entry["text"])
            if ocr is not None:
                page = {"source": entry["file"], "index": 0}
                text = _page_text(samples, page, ocr, Path(entry["file"]).stem)
        else:
            import pypdfium2  # the electronic results' own text layer

            pdf = pypdfium2.PdfDocument(samples / entry["file"])
            text = "\n".join(p.get_textpage().get_text_range() for p in pdf)
        expected = {k: v for k, v in entry["fields"].items() if k in FIELDS}
        cases.append(Case(f"{entry['file']} {entry['doc_type']}", entry["doc_type"],
                          text.replace("\r\n", "\n"), expected))
    return cases


def _same(field: str, expected: str, found: str) -> bool:
    a, b = normalise_space(nfc(expected)).casefold(), normalise_space(nfc(found)).casefold()
    if field in _CODES:
        return a.replace(" ", "") == b.replace(" ", "")
    return a == b


def _score(cases: list[Case], wanted: dict[str, Collection[str]] | None, show: bool
           ) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {f: Counter() for f in FIELDS}
    for case in cases:
        fields_of_type = None if wanted is None else wanted.get(case.doc_type, ())
        found = extract_fields(case.text, case.doc_type, fields_of_type)
        for field in FIELDS:
            exp, got = case.expected.get(field), found.get(field)
            if exp is not None and got is not None and _same(field, exp, got):
                counts[field]["tp"] += 1
                continue
            if got is not None:
                counts[field]["fp"] += 1
            if exp is not None:
                counts[field]["fn"] += 1
            if show and (got is not None or exp is not None):
                print(f"  {case.label:58s} {field:17s} expected {exp!r} found {got!r}")
    return counts


def _row(name: str, c: Counter[str]) -> str:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return (f"{name:17s} {c['tp'] + c['fn']:5d} {c['tp']:4d} {c['fp']:4d} {c['fn']:4d} "
            f"{p:6.2f} {r:6.2f} {f1:6.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, default=Path(__file__).parent.parent / "samples")
    parser.add_argument("--ocr", type=Path, default=None,
                        help="read the pages by OCR, keeping each page's text in this folder")
    parser.add_argument("--show", action="store_true", help="print every wrong or missed field")
    args = parser.parse_args()
    cases = _cases(args.samples, args.ocr)
    wanted: dict[str, set[str]] = {}
    for case in cases:
        wanted.setdefault(case.doc_type, set()).update(case.expected)
    print(f"{len(cases)} documents, text {'by OCR' if args.ocr else 'as drawn'}")
    for name, scope in (("all", None), ("type", wanted)):
        if args.show:
            print(f"{name}: wrong or missed")
        counts = _score(cases, scope, args.show)
        print(f"\n{name}: {'field':12s} {'truth':>5s} {'tp':>4s} {'fp':>4s} {'fn':>4s} "
              f"{'prec':>6s} {'recall':>6s} {'F1':>6s}")
        for field in FIELDS:
            print("     " + _row(field, counts[field]))
        print("     " + _row("micro", sum(counts.values(), Counter())))


if __name__ == "__main__":
    main()
