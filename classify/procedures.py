"""Administrative procedures and the papers each needs, as data (``data/procedures.json``).

A receipt names its procedure in its "Thủ tục" line; ``procedure_for`` finds the procedure that
wording means, and ``missing_components`` says which required papers a dossier lacks, from the
document types found in it. Which papers a procedure needs is data an archivist can read and
change; a row not checked against its legal source says so (``verified``).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from classify.errors import ClassifyDataError
from classify.fields_procedure import procedure_code
from classify.fields_text import Page
from classify.procedure_match import best_procedure
from classify.rules import load_rules
from sohoa.text import fold, nfc, normalise_space

__all__ = [
    "PURPOSE_ONLY",
    "Component",
    "Procedure",
    "load_procedures",
    "match_procedure",
    "missing_components",
    "procedure_for",
    "procedure_for_code",
    "procedures_from",
]


@dataclass(frozen=True, slots=True)
class Component:
    """One paper of a procedure's dossier (thành phần hồ sơ)."""

    type: str
    """The document type (an id of ``data/document_types.json``) that provides it."""
    label: str
    """The paper as the procedure names it ("Tờ khai đăng ký khai sinh")."""
    required: bool
    copies: int = 1
    """How many the procedure asks for; not counted when checking a dossier."""
    alternatives: tuple[str, ...] = ()
    """Other document types that stand in for it (a witness's statement for a birth
    certificate from the hospital)."""

    @property
    def types(self) -> tuple[str, ...]:
        """Every document type that provides this paper, its own first."""
        return (self.type, *self.alternatives)


@dataclass(frozen=True, slots=True)
class Procedure:
    """One administrative procedure (thủ tục hành chính)."""

    id: str
    name: str
    match: tuple[str, ...]
    """Folded wordings, punctuation removed, that recognise it in a receipt's text."""
    components: tuple[Component, ...]
    legal_source: str
    verified: bool
    """False until the required components were read in the article the row cites."""
    code: str | None = None
    """The national public-service portal's code, only when checked there."""
    retention_class: str | None = None
    item: str | None = None

    @property
    def required(self) -> tuple[Component, ...]:
        """The components a dossier may not lack."""
        return tuple(c for c in self.components if c.required)


_NOT_WORD = re.compile(r"[^0-9a-z]+")


def _words(text: str) -> str:
    """Folded text with punctuation turned into spaces: what wordings are matched against."""
    return normalise_space(_NOT_WORD.sub(" ", fold(text)))


def _error(entry: Any, vi: str, en: str) -> ClassifyDataError:
    where = entry.get("id", "?") if isinstance(entry, dict) else entry
    return ClassifyDataError(f"procedures.json, thủ tục {where}: {vi} "
                             f"(procedures.json, procedure {where}: {en})")


def _component(entry: dict[str, Any], raw: Any, known: set[str]) -> Component:
    if not isinstance(raw, dict) or not raw.get("type") or not raw.get("label") or not (
            isinstance(raw.get("required"), bool)):
        raise _error(entry, f"thành phần {raw!r} thiếu type, label hoặc required",
                     f"component {raw!r} lacks type, label or required")
    alternatives = tuple(raw.get("alternatives", ()))
    if unknown := [t for t in (raw["type"], *alternatives) if t not in known]:
        raise _error(entry, f"loại tài liệu không có trong document_types.json: "
                     f"{', '.join(unknown)}", f"unknown document types {unknown}")
    copies = raw.get("copies", 1)
    if not isinstance(copies, int) or copies < 1:
        raise _error(entry, "copies phải là số nguyên dương", "copies must be a positive integer")
    return Component(raw["type"], nfc(raw["label"]), raw["required"], copies, alternatives)


def _procedure(entry: Any, known: set[str], retention: set[str]) -> Procedure:
    if not isinstance(entry, dict):
        raise _error(entry, "không phải một đối tượng JSON", "not a JSON object")
    needed = ("id", "name", "match", "legal_source")
    kinds = {"match": list, "verified": bool, "components": list}
    if absent := list(dict.fromkeys([k for k in needed if not entry.get(k)] + [
            k for k, kind in kinds.items() if not isinstance(entry.get(k), kind)])):
        raise _error(entry, f"thiếu {', '.join(absent)}", f"{', '.join(absent)} missing")
    match = tuple(_words(w) for w in entry["match"])
    if not all(match):
        raise _error(entry, "có cách gọi rỗng trong match", "an empty wording in match")
    cls = entry.get("retention_class")
    if cls is not None and cls not in retention:
        raise _error(entry, f"nhóm thời hạn {cls} không có trong retention_schedule.json",
                     f"retention class {cls} is not in retention_schedule.json")
    components = tuple(_component(entry, c, known) for c in entry["components"])
    return Procedure(entry["id"], nfc(entry["name"]), match, components,
                     nfc(entry["legal_source"]), entry["verified"], entry.get("code"), cls,
                     entry.get("item"))


def procedures_from(doc: dict[str, Any]) -> tuple[Procedure, ...]:
    """Build the procedures from a parsed ``procedures.json``, checked against the document
    types and retention classes of the packaged rules.

    Raises:
        ClassifyDataError: an entry lacks a field, names an unknown document type or
            retention class, or shares an id, a wording or a code with another.
    """
    rules = load_rules()
    known = {t.id for t in rules.types}
    procedures = tuple(_procedure(e, known, set(rules.retention))
                       for e in doc.get("procedures", []))
    seen: dict[str, str] = {}
    for p in procedures:
        keys = [f"id {p.id}", *(f"wording \"{w}\"" for w in p.match)]
        keys += [f"code {p.code}"] if p.code else []
        for key in keys:
            if key in seen:
                raise _error(p.id, f"{key} đã thuộc thủ tục {seen[key]}",
                             f"{key} already belongs to procedure {seen[key]}")
            seen[key] = p.id
    return procedures


@lru_cache(maxsize=1)
def load_procedures() -> tuple[Procedure, ...]:
    """Load the packaged procedures (``data/procedures.json``).

    Raises:
        ClassifyDataError: the file cannot be read or is wrong (see ``procedures_from``).
    """
    try:
        raw = resources.files("classify").joinpath("data", "procedures.json").read_text(
            encoding="utf-8")
        doc = json.loads(raw)
    except (OSError, json.JSONDecodeError) as exc:
        raise ClassifyDataError(f"không đọc được classify/data/procedures.json: {exc} "
                                "(classify/data/procedures.json cannot be read)") from exc
    return procedures_from(doc)


PURPOSE_ONLY = 0.5
"""The most confidence given to a procedure named only as what another is asked for."""
_PURPOSE = re.compile(r"\s(?:để|nhằm(?: mục đích)?|phục vụ(?: cho)?(?: việc)?|với mục đích"
                      r"|dùng (?:để|vào(?: việc)?)|sử dụng (?:để|vào(?: việc)?))\s+(?=\S)",
                      re.IGNORECASE)
"""What a procedure is asked for follows one of these words ("… để đăng ký kết hôn")."""


def _asked(text: str) -> str:
    """``text`` up to what it says the procedure is for, when two words or more come before
    that; else ``text``."""
    m = _PURPOSE.search(nfc(text))
    if m is None or len(text[: m.start()].split()) < 2:
        return text
    return text[: m.start()]


def match_procedure(
    text: str | None, procedures: Sequence[Procedure] | None = None
) -> tuple[Procedure, float] | None:
    """The procedure a receipt's wording names, with a confidence (0-1), or None.

    The text is folded and its punctuation ignored. A procedure whose wording occurs in it as
    whole words is taken at 1.0, the longest wording found winning ("Đăng ký lại khai sinh" is
    not "Đăng ký khai sinh"; on a tie the procedure listed first). Otherwise the receipt names
    it in its own words, and the procedure is found by token overlap with the procedures' names
    and wordings (``classify.procedure_match``), at that overlap's score.

    What the procedure is asked for ("Xin cấp giấy xác nhận độc thân để đăng ký kết hôn",
    "… phục vụ việc vay vốn") is not the procedure: the wording before the purpose is matched
    first; only when it names none is the purpose's procedure given, at ``PURPOSE_ONLY`` at
    most (for the clerk to confirm).
    """
    if not text:
        return None
    listed = load_procedures() if procedures is None else tuple(procedures)
    asked = _asked(text)
    if asked != text:  # "… để đăng ký kết hôn": what the procedure is for is not what it is
        found = match_procedure(asked, listed)
        if found is not None:
            return found
        found = match_procedure(text[len(asked):], listed)
        return (found[0], min(found[1], PURPOSE_ONLY)) if found else None
    words = f" {_words(text)} "
    best: tuple[int, Procedure] | None = None
    for p in listed:
        for w in p.match:
            if f" {w} " in words and (best is None or len(w) > best[0]):
                best = (len(w), p)
    if best is not None:
        return best[1], 1.0
    found = best_procedure(text, [(p.name, *p.match) for p in listed])
    return (listed[found.index], found.score) if found else None


def procedure_for(
    text: str | None, procedures: Sequence[Procedure] | None = None
) -> Procedure | None:
    """The procedure a receipt's wording names, or None (``match_procedure`` without its
    confidence)."""
    found = match_procedure(text, procedures)
    return found[0] if found else None


def procedure_for_code(
    code: str | None, procedures: Sequence[Procedure] | None = None
) -> Procedure | None:
    """The procedure with this national portal code (as a receipt's QR code gives it): the
    code alone ("1.001193") or with the suffix of the agency that carries it out
    ("1.001193.000.00.00.H19"), which names the same procedure."""
    base = _code_base(code)
    if base is None:
        return None
    return next((p for p in (load_procedures() if procedures is None else procedures)
                 if _code_base(p.code) == base), None)


def printed_code(text: str | None) -> str | None:
    """The national procedure code a receipt prints ("Mã thủ tục: 1.001193", or beside the
    procedure's name under its label), or None."""
    return procedure_code(Page.of(text)) if text else None


_CODE = re.compile(r"([12]\.\d{6})(?:\.[0-9A-Za-z]{2,3})*")


def _code_base(code: str | None) -> str | None:
    """A national procedure code without its agency suffix, or None when it is none."""
    m = _CODE.fullmatch(code.strip()) if code else None
    return m.group(1) if m else (code.strip() or None) if code else None


def missing_components(procedure: Procedure, found_types: Iterable[str]) -> list[Component]:
    """The required components of ``procedure`` that no document of a dossier provides.

    ``found_types`` holds the type of each document of the dossier (a type twice for two
    documents). Each document provides one component: its own type's first, then, for those
    still unprovided, one its type stands in for.
    """
    left = Counter(found_types)
    unprovided: list[Component] = []
    for c in procedure.required:
        if left[c.type] > 0:
            left[c.type] -= 1
        else:
            unprovided.append(c)
    missing: list[Component] = []
    for c in unprovided:
        stand_in = next((t for t in c.alternatives if left[t] > 0), None)
        if stand_in is None:
            missing.append(c)
        else:
            left[stand_in] -= 1
    return [c for c in procedure.required if c in missing]
