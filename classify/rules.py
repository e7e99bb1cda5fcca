"""Transparent rules: document type from the title (``classify.titles``), key fields by
pattern.

The rules are data (``data/document_types.json``, ``data/retention_schedule.json``) so an
archivist can read and change them; nothing here is learnt. ``load_rules`` checks the data as it
reads it: every type has a label, patterns, a known retention class, known key fields
(``KEY_FIELDS``) and a kind (``KINDS``), and no pattern belongs to two types. The procedures and
the papers each requires are in ``classify.procedures``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from classify.errors import ClassifyDataError
from classify.fields import RECEIPT_CODE, extract_fields
from classify.titles import PageLayout, document_confidence
from classify.titles import classify_page as _classify_page
from classify.titles import group as _group
from classify.types import ClassifyResult, PageClass, RetentionClass
from sohoa.text import fold, nfc, normalise_space

__all__ = [
    "KEY_FIELDS",
    "KINDS",
    "RECEIPT_CODE",
    "Rules",
    "extract_fields",
    "load_rules",
    "rules_from",
]

_AGENCY_START = re.compile(
    r"^(ỦY BAN NHÂN DÂN|UBND|SỞ|BỘ|TRUNG TÂM|CÔNG AN|CHI CỤC|CỤC|VĂN PHÒNG|PHÒNG|TÒA ÁN|"
    r"HỘI ĐỒNG NHÂN DÂN|KHO BẠC)\b"
)


KEY_FIELDS = ("so_ky_hieu", "ngay_ban_hanh", "co_quan_ban_hanh", "ho_ten", "so_cccd", "thu_tuc",
              "ma_ho_so", "nguoi_ky")
"""The key fields a document type may say it carries."""
KINDS = ("received", "result", "both")
"""received: comes in with a dossier; result: issued as a procedure's outcome; both: either."""


@dataclass(frozen=True, slots=True)
class _Type:
    """One row of ``data/document_types.json``."""

    id: str
    label: str
    patterns: tuple[str, ...]
    """Folded, spaces collapsed."""
    retention_class: str
    fields: tuple[str, ...] = ()
    """The key fields a document of this type carries (names from ``KEY_FIELDS``)."""
    kind: str = "both"
    """One of ``KINDS``."""
    written: tuple[str, ...] = ()
    """The patterns as written, with their marks (NFC, spaces collapsed), in the order of
    ``patterns``: a title that keeps its marks names the type only where they agree."""


@dataclass(frozen=True, slots=True)
class _ProcedureRule:
    words: tuple[str, ...]
    """Folded words; a procedure name containing one of them matches."""
    retention_class: str
    legal_source: str
    verified: bool


def _longer(a: RetentionClass, b: RetentionClass) -> bool:
    """Does ``a`` keep records longer than ``b`` (``years`` None = permanent)?"""
    if a.years is None:
        return b.years is not None
    return b.years is not None and a.years > b.years


@dataclass(frozen=True, slots=True)
class Rules:
    """Document types and the retention schedule, loaded from the data files."""

    types: tuple[_Type, ...]
    unknown: _Type
    retention: dict[str, RetentionClass]
    procedures: tuple[_ProcedureRule, ...] = ()

    def label(self, doc_type: str) -> str:
        """Return the Vietnamese label of a document type."""
        for t in self.types:
            if t.id == doc_type:
                return t.label
        return self.unknown.label

    def retention_for(self, doc_type: str, procedure: str | None = None) -> RetentionClass:
        """Return the retention class of a document of this type in a dossier of this
        procedure: the type's class, or the procedure's when it keeps records longer (the
        documents of a civil-status registration are kept as long as the registration). A
        class taken from an unverified procedure rule is marked unverified."""
        t = next((t for t in self.types if t.id == doc_type), self.unknown)
        chosen = self.retention[t.retention_class]
        folded = fold(procedure or "")
        for rule in self.procedures:
            by_procedure = self.retention[rule.retention_class]
            if any(w in folded for w in rule.words) and _longer(by_procedure, chosen):
                chosen = replace(
                    by_procedure, verified=by_procedure.verified and rule.verified,
                    legal_source=f"{by_procedure.legal_source} (thủ tục: {rule.legal_source})")
        return chosen

    def classify_page(self, page: str | PageLayout) -> PageClass:
        """Find the title of a page and the document type it names.

        ``page`` is the page's OCR result (``ocr.PageText``: words with their boxes, so the
        title is found by its layout) or, for a caller that only has it, its text.
        """
        return _classify_page(page, self.types)

    def group(self, pages: Sequence[PageClass]) -> list[list[int]]:
        """Group consecutive pages into documents: a page with a typed title or a header
        starts a new document; any other page joins the one before when what both show says
        it continues it (``classify.continuity``), else starts a document of unknown type."""
        return _group(pages)

    def classify_document(
        self, page_texts: Sequence[str], page_classes: Sequence[PageClass]
    ) -> ClassifyResult:
        """Classify a document from its pages (the first page carries the title)."""
        first = page_classes[0] if page_classes else PageClass(None, None)
        doc_type = first.doc_type or self.unknown.id
        return ClassifyResult(
            doc_type=doc_type,
            label=self.label(doc_type),
            title=first.title,
            confidence=document_confidence(page_classes),
            fields=self.read_fields("\n".join(page_texts), doc_type),
            retention=self.retention_for(doc_type),
        )

    def carried_fields(self, doc_type: str) -> frozenset[str] | None:
        """The fields a document of this type carries (``ma_ho_so`` wherever it is printed);
        None for an unknown type or one that lists none: every field found."""
        carried = next((t.fields for t in self.types if t.id == doc_type), ())
        return frozenset({*carried, "ma_ho_so"}) if carried else None

    def read_fields(self, text: str, doc_type: str) -> dict[str, str]:
        """The key fields of a document of this type found in its text, those it carries."""
        return extract_fields(text, doc_type, self.carried_fields(doc_type))


def _parse_json(name: str) -> dict[str, Any]:
    try:
        raw = resources.files("classify").joinpath("data", name).read_text(encoding="utf-8")
        data: dict[str, Any] = json.loads(raw)
    except (OSError, json.JSONDecodeError) as exc:
        raise ClassifyDataError(f"không đọc được classify/data/{name}: {exc} (classify/data/"
                                f"{name} cannot be read)") from exc
    return data


def _data_error(row: Any, problem_vi: str, problem_en: str) -> ClassifyDataError:
    where = row.get("id", row) if isinstance(row, dict) else row
    return ClassifyDataError(f"document_types.json, loại {where}: {problem_vi} "
                             f"(document_types.json, type {where}: {problem_en})")


def _type_of(row: Any, retention: dict[str, RetentionClass], *, unknown: bool = False) -> _Type:
    """Check one row of document_types.json and build its type."""
    if not isinstance(row, dict):
        raise _data_error(row, "không phải một đối tượng JSON", "not a JSON object")
    needed = ("id", "label", "retention_class") if unknown else (
        "id", "label", "patterns", "retention_class", "fields", "kind")
    if absent := [k for k in needed if not row.get(k)]:
        raise _data_error(row, f"thiếu {', '.join(absent)}", f"{', '.join(absent)} missing")
    if row["retention_class"] not in retention:
        raise _data_error(row, f"nhóm thời hạn {row['retention_class']} không có trong "
                          "retention_schedule.json", f"retention class {row['retention_class']} "
                          "is not in retention_schedule.json")
    fields = tuple(row.get("fields", ()))
    if unknown_fields := [f for f in fields if f not in KEY_FIELDS]:
        raise _data_error(row, f"trường không có: {', '.join(unknown_fields)}; các trường: "
                          f"{', '.join(KEY_FIELDS)}", f"unknown fields {unknown_fields}")
    kind = row.get("kind", "both")
    if kind not in KINDS:
        raise _data_error(row, f"kind phải là {', '.join(KINDS)}", f"kind must be one of {KINDS}")
    patterns = tuple(normalise_space(fold(p)) for p in row.get("patterns", ()))
    if not all(patterns):
        raise _data_error(row, "có mẫu nhận dạng rỗng", "an empty pattern")
    written = tuple(normalise_space(nfc(p)) for p in row.get("patterns", ()))
    return _Type(row["id"], nfc(row["label"]), patterns, row["retention_class"], fields, kind,
                 written)


def _check_unique(types: Sequence[_Type]) -> None:
    """No id twice, and no pattern in two types (nor twice in one)."""
    ids: set[str] = set()
    owner: dict[str, str] = {}
    for t in types:
        if t.id in ids:
            raise _data_error(t.id, "mã loại bị trùng", "the id is used twice")
        ids.add(t.id)
        for p in t.patterns:
            if p in owner:
                raise _data_error(t.id, f"mẫu \"{p}\" đã thuộc loại {owner[p]}",
                                  f"pattern \"{p}\" already belongs to type {owner[p]}")
            owner[p] = t.id


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    """Load the packaged document types and retention schedule.

    Raises:
        ClassifyDataError: a file cannot be read, or is wrong (see ``rules_from``).
    """
    return rules_from(_parse_json("document_types.json"), _parse_json("retention_schedule.json"))


def rules_from(types_doc: dict[str, Any], schedule: dict[str, Any]) -> Rules:
    """Build the rules from the parsed document types and retention schedule.

    Raises:
        ClassifyDataError: a row is incomplete or names a retention class, a field or a kind
            that does not exist, or a pattern belongs to two types.
    """
    retention = {
        c["id"]: RetentionClass(
            c["id"], c["label"], c["years"], c["legal_source"], c.get("item"), c["verified"]
        )
        for c in schedule["classes"]
    }
    types = tuple(_type_of(t, retention) for t in types_doc["types"])
    unknown = _type_of(types_doc["unknown"], retention, unknown=True)
    _check_unique((*types, unknown))
    procedures = tuple(
        _ProcedureRule(tuple(fold(w) for w in p["match"]), p["class"], p["legal_source"],
                       bool(p["verified"]))
        for p in schedule.get("procedures", []))
    for p in procedures:
        if p.retention_class not in retention:
            raise ClassifyDataError(
                f"retention_schedule.json: một quy tắc thủ tục ghi nhóm {p.retention_class}, "
                f"không có trong danh mục (a procedure rule names retention class "
                f"{p.retention_class}, which is not in the schedule)")
    return Rules(types, unknown, retention, procedures)
