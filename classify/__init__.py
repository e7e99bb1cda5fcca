"""Classify stage: document type, key fields and retention class, by transparent rules; the
administrative procedures a dossier may belong to and the papers each needs."""

from __future__ import annotations

from classify.errors import ClassifyDataError
from classify.fields import FIELD_NAMES, RECEIPT_CODE, extract_fields
from classify.procedures import (
    Component,
    Procedure,
    load_procedures,
    match_procedure,
    missing_components,
    printed_code,
    procedure_for,
    procedure_for_code,
)
from classify.rules import Rules, load_rules
from classify.types import ClassifyResult, PageClass, PageMarks, RetentionClass

__all__ = [
    "FIELD_NAMES",
    "RECEIPT_CODE",
    "ClassifyDataError",
    "ClassifyResult",
    "Component",
    "PageClass",
    "PageMarks",
    "Procedure",
    "RetentionClass",
    "Rules",
    "extract_fields",
    "load_procedures",
    "load_rules",
    "match_procedure",
    "missing_components",
    "printed_code",
    "procedure_for",
    "procedure_for_code",
]
