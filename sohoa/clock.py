"""Time as sohoa records it: Vietnam time, whole seconds."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

__all__ = ["VN_TZ", "now_vn"]

VN_TZ = timezone(timedelta(hours=7), "ICT")
"""Vietnam time (UTC+07:00, no daylight saving): every recorded time is shown in it."""


def now_vn() -> datetime:
    """Return the current time in Vietnam, to the second."""
    return datetime.now(VN_TZ).replace(microsecond=0)
