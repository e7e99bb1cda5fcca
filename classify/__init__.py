"""Classify stage: document type, key fields and retention class, by transparent rules."""

from __future__ import annotations

from classify.rules import RECEIPT_CODE, Rules, extract_fields, load_rules
from classify.types import ClassifyResult, PageClass, RetentionClass

__all__ = [
    "RECEIPT_CODE",
    "ClassifyResult",
    "PageClass",
    "RetentionClass",
    "Rules",
    "extract_fields",
    "load_rules",
]
