"""The life of a dossier: received → digitised → sent to the department → result issued →
result returned → closed, each step with who and when.

Each step is its own write-once object beside the dossier (``dossiers/<code>/life/``), kept
permanently like a tombstone: the record of what happened to a dossier outlives its documents.
A step is taken once; recording it again returns the one kept. The steps after digitisation
follow one another: a result is issued only for a dossier sent to its department, returned
only once issued, and a dossier is closed only once its result was returned.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import archive.keys as keys
from archive.changes import note_change
from archive.errors import ArchiveError, ObjectExistsError
from archive.store import ObjectStore, get_json, put_json
from sohoa.text import nfc

__all__ = ["STEPS", "STEP_LABELS", "DossierStep", "LifecycleError", "life_of", "record_step"]

STEPS = ("received", "digitised", "sent", "result_issued", "returned", "closed")
"""The steps of a dossier's life, in order."""
STEP_LABELS = {"received": "tiếp nhận", "digitised": "số hóa",
               "sent": "chuyển phòng chuyên môn", "result_issued": "có kết quả",
               "returned": "trả kết quả", "closed": "kết thúc"}
"""How each step is named to a clerk."""
_SCHEMA = "sohoa.dossier-step/1"


class LifecycleError(ArchiveError):
    """A step of a dossier's life was asked for out of order."""

    code = "step_out_of_order"
    http_status = 409


@dataclass(frozen=True, slots=True)
class DossierStep:
    """One step of a dossier's life."""

    step: str
    at: str
    """When, ISO 8601 with the Vietnam offset."""
    who: str
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """The step's Vietnamese name."""
        return STEP_LABELS[self.step]


def life_of(store: ObjectStore, receipt_code: str) -> list[DossierStep]:
    """The steps a dossier has taken, in order."""
    found = [_read(store, key) for key in store.list(keys.dossier_life(receipt_code))]
    return sorted(found, key=lambda s: STEPS.index(s.step))


def record_step(store: ObjectStore, receipt_code: str, step: str, *, at: datetime, who: str,
                detail: dict[str, Any] | None = None) -> DossierStep:
    """Record that the dossier took ``step``; the step kept before is returned unchanged.

    Raises:
        LifecycleError: ``step`` is not a step, or a step after digitisation comes before the
            one it follows.
    """
    if step not in STEPS:
        raise LifecycleError(f"'{step}' không phải một bước của hồ sơ; các bước: "
                             f"{', '.join(STEPS)} (not a step of a dossier's life)")
    key = keys.dossier_life(receipt_code, STEPS.index(step) + 1, step)
    if store.exists(key):
        return _read(store, key)
    position = STEPS.index(step)
    if position >= STEPS.index("sent"):
        before = STEPS[position - 1]
        if not store.exists(keys.dossier_life(receipt_code, position, before)):
            raise LifecycleError(
                f"Hồ sơ {receipt_code} chưa qua bước '{STEP_LABELS[before]}' nên chưa thể "
                f"'{STEP_LABELS[step]}' (the dossier has not been {before.replace('_', ' ')} "
                f"yet)")
    body = {"schema": _SCHEMA, "receipt_code": receipt_code, "step": step,
            "at": at.isoformat(timespec="seconds"), "who": nfc(who),
            "detail": {k: nfc(v) if isinstance(v, str) else v
                       for k, v in (detail or {}).items()}}
    if step == "result_issued":  # the day the digitisation report counts the result on
        note_change(store, receipt_code)
    with contextlib.suppress(ObjectExistsError):  # another process was first: theirs is kept
        put_json(store, key, body, permanent=True)
    return _read(store, key)


def _read(store: ObjectStore, key: str) -> DossierStep:
    raw = get_json(store, key)
    return DossierStep(raw["step"], raw["at"], raw["who"], raw.get("detail") or {})
