"""The application layer: one method per user action, used by every door (``cli/``,
``web/``). Access (``access.ACTIONS``), the audit trail and validation live here, once."""

from __future__ import annotations

from service.access import ACTIONS, ANONYMOUS, OPERATOR, Actor, Rule
from service.app import Service
from service.errors import NotFoundError, RecordAlteredError

__all__ = ["ACTIONS", "ANONYMOUS", "OPERATOR", "Actor", "NotFoundError", "RecordAlteredError",
           "Rule", "Service"]
