"""The promises every held-apart set of bench/classify_accuracy.py keeps, checked the same way
for each (``bench/heldout/`` to ``bench/heldout13/``): each generator's ``validate`` calls
``validate_common`` with its own counts, then checks what is its own.

Nothing here reads the classifier: a set is drawn and checked without it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

FIELDS = ("so_ky_hieu", "ngay_ban_hanh", "ho_ten", "co_quan_ban_hanh", "thu_tuc", "so_cccd")
RECEIPT_CODE = re.compile(r"\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{4}")


def fold(text: str) -> str:
    """Lower case, no diacritics (đ as d), spaces collapsed: how printed values are compared."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


def date_forms(d: date) -> list[str]:
    """The ways a date is printed on the sets' papers: dd/mm/yyyy, d/m/yyyy, with dots
    (dd.m.yyyy, dd.mm.yyyy, d.m.yyyy) and "ngày … tháng … năm …" with day and month padded or
    not."""
    forms = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}",
             f"{d.day:02d}.{d.month}.{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
             f"{d.day}.{d.month}.{d.year}"]
    for day in (f"{d.day:02d}", str(d.day)):
        for month in (f"{d.month:02d}", str(d.month)):
            forms.append(f"ngày {day} tháng {month} năm {d.year}")
    return forms


def check_fields(doc: dict[str, Any], texts: Sequence[str]) -> None:
    """Every field of a document is printed on its pages: exactly on one line, or (dates,
    issuing bodies, procedures that wrap) in its printed form across lines."""
    joined = fold(" ".join(texts))
    lines = "\n".join(texts).split("\n")
    for key, value in doc["fields"].items():
        assert key in FIELDS, key
        if key == "ngay_ban_hanh":
            ok = any(fold(f) in joined for f in date_forms(date.fromisoformat(value)))
        elif key in ("co_quan_ban_hanh", "thu_tuc"):
            ok = fold(value) in joined
        else:
            ok = any(value in line for line in lines)
        assert ok, f"{doc['label']}: {key}={value!r} is not printed"
        if key == "so_cccd":
            assert re.fullmatch(r"\d{12}", value), value


@dataclass(frozen=True)
class Counts:
    """What a set promises in numbers."""

    dossiers: int
    """At least this many dossiers."""
    others: int
    """At least this many kinds of paper of no known type."""
    known: int
    """At least this many known types."""
    pages: tuple[int, int]
    """The lowest and highest number of pages."""
    untitled_first_pages: int = 1


def validate_common(truth: dict[str, Any], counts: Counts, out: Path | None = None) -> None:
    """The promises every set keeps (README.md of each); raises AssertionError when one
    fails: documents cover the pages once and in order, every field is printed on its paper,
    every title on its first page, each dossier starts with its receipt that shows ``Mã hồ sơ:
    <code>`` and names the procedure, exactly one dossier lacks a paper, and the counts."""
    pages, docs, dossiers = truth["pages"], truth["documents"], truth["dossiers"]
    covered = [i for d in docs for i in range(d["pages"][0], d["pages"][1] + 1)]
    assert covered == list(range(len(pages))), "documents must cover the pages once, in order"
    for n, d in enumerate(docs):
        first, last = d["pages"]
        assert all(pages[i]["document"] == n for i in range(first, last + 1))
        assert [pages[i]["starts_document"] for i in range(first, last + 1)] == \
            [True] + [False] * (last - first)
        assert all(pages[i]["dossier"] == d["dossier"] for i in range(first, last + 1))
        check_fields(d, [pages[i]["text"] for i in range(first, last + 1)])
        if d["title"]:
            head = fold(" ".join(pages[first]["text"].split()))
            assert fold(d["title"]) in head, d["title"]
    codes = [s["receipt_code"] for s in dossiers]
    assert len(set(codes)) == len(codes) >= counts.dossiers
    for s in dossiers:
        assert RECEIPT_CODE.fullmatch(s["receipt_code"])
        receipt = docs[s["documents"][0]]
        assert receipt["doc_type"] == "phieu_tiep_nhan" and receipt["dossier"] == s["receipt_code"]
        assert receipt["pages"][0] == s["pages"][0]
        assert f"Mã hồ sơ: {s['receipt_code']}" in pages[s["pages"][0]]["text"].split("\n")
        assert receipt["fields"]["thu_tuc"] == s["procedure"]
        inside = {i for i, p in enumerate(pages) if p["dossier"] == s["receipt_code"]}
        assert inside == set(range(s["pages"][0], s["pages"][1] + 1))
    assert sum(bool(s["missing"]) for s in dossiers) == 1, "one dossier lacks a paper"
    others = {d["kind"] for d in docs if d["doc_type"] == "other"}
    known = {d["doc_type"] for d in docs if d["doc_type"] != "other"}
    assert len(others) >= counts.others and len(known) >= counts.known, (others, known)
    assert any(d["pages"][1] > d["pages"][0] for d in docs if d["dossier"] is None)
    untitled = sum(not p["titled"] and p["starts_document"] for p in pages)
    assert untitled >= counts.untitled_first_pages, untitled
    assert counts.pages[0] <= len(pages) <= counts.pages[1], len(pages)
    if out is not None:
        for p in pages:
            assert (out / p["file"]).is_file(), p["file"]


def validate_scans(truth: dict[str, Any], counts: Counts, out: Path | None = None, *,
                   max_skew: float, uncovered: Callable[[str], object] | None = None) -> None:
    """``validate_common``, and the promises of a set scanned at 200 and 300 dpi: colour and
    PNG pages among them, skew within ``max_skew`` degrees, every glyph in the set's
    typefaces (``uncovered`` gives those that are not), a CCCD number only beside its
    holder's name, and no field on a paper of no known type."""
    validate_common(truth, counts, out)
    pages, docs = truth["pages"], truth["documents"]
    assert {p["dpi"] for p in pages} == {200, 300}
    assert any(p["colour"] for p in pages) and any(p["encoding"] == "png" for p in pages)
    assert all(abs(p["skew_deg"]) <= max_skew for p in pages)
    if uncovered is not None:
        assert not uncovered("".join(p["text"] for p in pages)), "a glyph no typeface has"
    for d in docs:
        if "so_cccd" in d["fields"]:
            assert "ho_ten" in d["fields"], d["label"]
        if d["doc_type"] == "other":
            assert not d["fields"], d["label"]
