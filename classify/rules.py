"""Transparent rules: document type from the title (``classify.titles``), key fields by
pattern.

The rules are data (``data/document_types.json``, ``data/retention_schedule.json``) so an
archivist can read and change them; nothing here is learnt.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from classify.titles import PageLayout, document_confidence
from classify.titles import classify_page as _classify_page
from classify.titles import group as _group
from classify.types import ClassifyResult, PageClass, RetentionClass
from sohoa.errors import ConfigurationError
from sohoa.text import fold, nfc, normalise_space

__all__ = [
    "RECEIPT_CODE",
    "Rules",
    "extract_fields",
    "load_rules",
]

RECEIPT_CODE = re.compile(r"\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{4}")
_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
_SO_KY_HIEU = re.compile(r"\bSố\s*[:.]?\s*(\d{1,6}\s*/\s*(?:\d{4}\s*/\s*)?[A-ZĐ][A-ZĐ0-9\-]*)")
_CCCD_LABEL = re.compile(
    r"(?:CCCD|Căn cước(?: công dân)?|định danh(?: cá nhân)?|Số\s*/\s*No\.?)[^\d\n]{0,30}(\d{12})\b",
    re.IGNORECASE,
)
_TWELVE = re.compile(r"(?<!\d)(\d{12})(?!\d)")
_NAME_LABEL = re.compile(
    r"(?:Họ,? chữ đệm,? (?:và )?tên|Họ và tên|Họ tên|Ông\s*/\s*[Bb]à|Ông|Bà)"
    r"(?:[^:\n]{0,40})?:\s*([^\n:]{3,60})"
)
_PROCEDURE = re.compile(
    r"(?:Tên thủ tục(?: hành chính)?|Thủ tục(?: hành chính)?)\s*:\s*([^\n]{3,120})"
)
_NAME_WORD = re.compile(r"^[A-ZÀ-ỸĐ][a-zà-ỹđ]*$")
_AGENCY_START = re.compile(
    r"^(ỦY BAN NHÂN DÂN|UBND|SỞ|BỘ|TRUNG TÂM|CÔNG AN|CHI CỤC|CỤC|VĂN PHÒNG|PHÒNG|TÒA ÁN|"
    r"HỘI ĐỒNG NHÂN DÂN|KHO BẠC)\b"
)


@dataclass(frozen=True, slots=True)
class _Type:
    id: str
    label: str
    patterns: tuple[str, ...]
    retention_class: str


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
        """Group consecutive pages into documents: a page with a title (known type or not) or
        a header starts a new document; any other page joins the one before."""
        return _group(pages)

    def classify_document(
        self, page_texts: Sequence[str], page_classes: Sequence[PageClass]
    ) -> ClassifyResult:
        """Classify a document from its pages (the first page carries the title)."""
        first = page_classes[0] if page_classes else PageClass(None, None)
        doc_type = first.doc_type or self.unknown.id
        text = "\n".join(page_texts)
        return ClassifyResult(
            doc_type=doc_type,
            label=self.label(doc_type),
            title=first.title,
            confidence=document_confidence(first),
            fields=extract_fields(text),
            retention=self.retention_for(doc_type),
        )


def _parse_json(name: str) -> dict[str, Any]:
    try:
        raw = resources.files("classify").joinpath("data", name).read_text(encoding="utf-8")
        data: dict[str, Any] = json.loads(raw)
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfigurationError(f"classify/data/{name} cannot be read: {exc}") from exc
    return data


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    """Load the packaged document types and retention schedule."""
    types_doc = _parse_json("document_types.json")
    schedule = _parse_json("retention_schedule.json")
    retention = {
        c["id"]: RetentionClass(
            c["id"], c["label"], c["years"], c["legal_source"], c.get("item"), c["verified"]
        )
        for c in schedule["classes"]
    }
    types = tuple(
        _Type(t["id"], t["label"], tuple(fold(p) for p in t["patterns"]), t["retention_class"])
        for t in types_doc["types"]
    )
    u = types_doc["unknown"]
    unknown = _Type(u["id"], u["label"], (), u["retention_class"])
    for t in (*types, unknown):
        if t.retention_class not in retention:
            raise ConfigurationError(
                f"document type {t.id} names retention class {t.retention_class}, "
                "which is not in retention_schedule.json"
            )
    procedures = tuple(
        _ProcedureRule(tuple(fold(w) for w in p["match"]), p["class"], p["legal_source"],
                       bool(p["verified"]))
        for p in schedule.get("procedures", []))
    for p in procedures:
        if p.retention_class not in retention:
            raise ConfigurationError(f"a procedure rule names retention class "
                                     f"{p.retention_class}, which is not in the schedule")
    return Rules(types, unknown, retention, procedures)


def _clean_name(raw: str) -> str | None:
    words = []
    for token in normalise_space(raw).split(" "):
        token = token.strip(".,;")
        if not _NAME_WORD.match(token) and not (token.isupper() and token.isalpha()):
            break
        words.append(token)
    if len(words) < 2:
        return None
    return " ".join(w if not w.isupper() or len(w) == 1 else w.capitalize() for w in words)


def _agency(lines: list[str]) -> str | None:
    for i, line in enumerate(lines[:8]):
        head = line
        for motto in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",):
            head = head.replace(motto, "").strip()
        if _AGENCY_START.match(head):
            parts = [head]
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            nxt = nxt.split("Độc lập")[0].strip()
            letters = [c for c in nxt if c.isalpha()]
            if letters and all(c.isupper() for c in letters) and not nxt.startswith("Số"):
                parts.append(nxt)
            return normalise_space(" ".join(parts))
    return None


def extract_fields(text: str) -> dict[str, str]:
    """Find the key fields of a document in its text; absent fields are left out."""
    text = nfc(text)
    fields: dict[str, str] = {}
    if m := RECEIPT_CODE.search(text):
        fields["ma_ho_so"] = m.group(0)
    if m := _SO_KY_HIEU.search(text):
        fields["so_ky_hieu"] = re.sub(r"\s+", "", m.group(1))
    if m := _DATE.search(text):
        d, mo, y = (int(g) for g in m.groups())
        if 1 <= d <= 31 and 1 <= mo <= 12:
            fields["ngay_ban_hanh"] = f"{y:04d}-{mo:02d}-{d:02d}"
    lines = [normalise_space(line) for line in text.splitlines() if line.strip()]
    if agency := _agency(lines):
        fields["co_quan_ban_hanh"] = agency
    if m := (_CCCD_LABEL.search(text) or _TWELVE.search(text)):
        fields["so_cccd"] = m.group(1)
    if m := _PROCEDURE.search(text):
        fields["thu_tuc"] = normalise_space(m.group(1)).rstrip(".")
    for m in _NAME_LABEL.finditer(text):
        if name := _clean_name(m.group(1)):
            fields["ho_ten"] = name
            break
    return fields
