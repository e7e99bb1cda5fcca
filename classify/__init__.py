"""Classify stage: document type, key fields and retention class, by transparent rules."""

from __future__ import annotations

from classify.fields import FIELD_NAMES, RECEIPT_CODE, extract_fields
from classify.rules import Rules, load_rules
from classify.types import ClassifyResult, PageClass, RetentionClass

__all__ = [
    "FIELD_NAMES",
    "RECEIPT_CODE",
    "ClassifyResult",
    "PageClass",
    "RetentionClass",
    "Rules",
    "extract_fields",
    "load_rules",
]
