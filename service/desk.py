"""The results desk: where an agency's dossiers stand between digitisation and the citizen.

An officer sees the dossiers of their agency still waiting for a result (to issue it); a
clerk at the counter sees those whose result is ready (to hand it over, then record that it
was returned); both see what was returned. The dossiers are found through the days they were
received (or got their result), the last ``days`` days: the cost follows the period, not the
age of the archive.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from archive.lifecycle import DossierStep, life_of
from pipeline.intake import agency_dossiers
from service.access import Actor
from service.context import Context
from sohoa.clock import now_vn
from sohoa.codes import NO_AGENCY
from sohoa.errors import UsageError

__all__ = ["MAX_DAYS", "Desk"]

MAX_DAYS = 366
"""The longest look back of the desk."""


class Desk:
    """An agency's dossiers waiting for a result, with a result ready, and returned."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def overview(self, actor: Actor, agency: str | None = None, days: int = 30
                 ) -> dict[str, Any]:
        """The dossiers of ``agency`` (the actor's own when they belong to one) received or
        given a result in the last ``days`` days: ``waiting`` (no result yet, oldest first),
        ``ready`` (result issued, not yet returned) and ``returned`` (newest first).

        Raises:
            UsageError: no agency given by someone who belongs to none, or ``days`` outside
                1 to ``MAX_DAYS``.
        """
        self.ctx.authorize(actor, "results.desk")
        if actor.scoped:
            agency = actor.agency  # one's own agency whatever was asked
        if not agency or agency == NO_AGENCY:
            raise UsageError("Chọn đơn vị, ví dụ 000.00.12.H19 (give the agency whose dossiers "
                             "to show)")
        if not 1 <= days <= MAX_DAYS:
            raise UsageError(f"Số ngày từ 1 đến {MAX_DAYS}, không phải {days} (give the days to "
                             f"look back, 1 to {MAX_DAYS})")
        today = now_vn()
        store = self.ctx.deps.store
        waiting, ready, returned = [], [], []
        for code in agency_dossiers(store, agency, (today - timedelta(days=days - 1)).date(),
                                    today.date()):
            life = {s.step: s for s in life_of(store, code)}
            if not life:
                continue
            row = _row(code, life, today)
            if "returned" in life:
                returned.append(row)
            elif "result_issued" in life:
                ready.append(row)
            else:
                waiting.append(row)
        waiting.sort(key=lambda r: r["received_at"])
        ready.sort(key=lambda r: r["result_issued_at"] or "")
        returned.sort(key=lambda r: r["returned_at"] or "", reverse=True)
        self.ctx.audit_seldom(actor, "viewed", f"desk/{agency}",
                              {"waiting": len(waiting), "ready": len(ready)})
        return {"agency": agency, "days": days, "waiting": waiting, "ready": ready,
                "returned": returned}


def _row(code: str, life: dict[str, DossierStep], now: datetime) -> dict[str, Any]:
    first = next(iter(life.values()))
    last = list(life.values())[-1]
    issued, back = life.get("result_issued"), life.get("returned")
    received = life.get("received", first)
    waited = now - datetime.fromisoformat(received.at)
    return {
        "receipt_code": code, "procedure": received.detail.get("procedure") or None,
        "received_at": received.at, "days_waiting": max(0, waited.days),
        "step": last.step, "step_label": last.label, "step_at": last.at, "step_by": last.who,
        "result_issued_at": issued.at if issued else None,
        "result_issued_by": issued.who if issued else None,
        "result_document_id": issued.detail.get("document_id") if issued else None,
        "returned_at": back.at if back else None, "returned_by": back.who if back else None,
        "closed": "closed" in life,
    }
