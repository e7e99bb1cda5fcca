"""The outbox: notifications waiting to be delivered to the systems that registered a
callback, kept in the object store so that every machine of an installation sees the same
ones and a restart loses none.

Everything is written once, never rewritten (``archive/keys.py`` draws the layout)::

    outbox/<day>/<event id>/event.json                         the notification
    outbox/<day>/<event id>/<registration>.attempt-0001.json   an attempt, written before it is
                                                               sent (a claim: a second sender
                                                               of the same attempt steps back)
    outbox/<day>/<event id>/<registration>.attempt-0001.error.json   why it failed
    outbox/<day>/<event id>/<registration>.delivered.json      the receiver answered 2xx
    outbox/<day>/<event id>/<registration>.dead.json           given up: too many attempts or
                                                               too old; listed for the operator
    outbox/ids/<event id>.json                                 which day the event is under

The event id is derived from the event and a key the caller names (e.g. a result's receipt
code and document id), so enqueuing the same event twice (a retried archiving) keeps the first.
Objects are kept ``keep_days`` days (retain-until), then may be removed; nothing in sohoa
removes them yet.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from archive import keys
from archive.errors import ArchiveError, ObjectExistsError, ObjectMissingError
from archive.store import ObjectStore, get_json, put_json
from sohoa.clock import VN_TZ, now_vn

__all__ = ["SCHEMA", "DeliveryState", "Notification", "OutboxError", "attempt_time",
           "backoff_s", "claim_attempt",
           "delivery_states", "enqueue", "event_id", "find", "notifications", "record_dead",
           "record_delivered", "record_error"]

SCHEMA = "sohoa.notification/1"
_EVENT = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+")
_ATTEMPT = re.compile(r"^(?P<reg>[A-Za-z0-9_\-]+)\.attempt-(?P<n>\d{4,})(?P<error>\.error)?\.json$")
_MARK = re.compile(r"^(?P<reg>[A-Za-z0-9_\-]+)\.(?P<what>delivered|dead)\.json$")


class OutboxError(ArchiveError):
    """A notification cannot be enqueued as asked."""

    code = "outbox_refused"
    http_status = 400


@dataclass(frozen=True, slots=True)
class Notification:
    """One event to tell the registered systems about."""

    event_id: str
    """Derived from (event, key): the same event enqueued twice has the same id."""
    event: str
    """What happened, e.g. ``result.archived``."""
    agency: str | None
    """The agency the event belongs to (the start of the receipt code); None: no agency."""
    key: str
    """What the caller named the event by (e.g. ``RECEIPT_CODE/DOCUMENT_ID``)."""
    created_at: str
    """When it was first enqueued (ISO 8601, Vietnam time)."""
    data: dict[str, Any]
    """The payload the receivers get."""
    day: str
    """The day (``YYYY-MM-DD``) it is kept under."""

    @property
    def created_unix(self) -> float:
        """``created_at`` as seconds since the epoch."""
        return datetime.fromisoformat(self.created_at).timestamp()

    def body(self) -> bytes:
        """The JSON body every receiver gets (the same bytes for every attempt)."""
        return json.dumps({"id": self.event_id, "event": self.event,
                           "created_at": self.created_at, "data": self.data},
                          ensure_ascii=False, sort_keys=True, separators=(",", ":")
                          ).encode("utf-8")


@dataclass(slots=True)
class DeliveryState:
    """What happened so far to one notification for one registration."""

    attempts: int = 0
    """Attempts claimed (sent, or being sent)."""
    last_attempt: str | None = None
    """The key of the newest attempt."""
    last_error: str | None = None
    delivered: bool = False
    dead: bool = False
    errors: dict[int, str] = field(default_factory=dict)


def event_id(event: str, key: str) -> str:
    """The id of ``event`` about ``key``: stable, so a retried enqueue finds the first."""
    return hashlib.sha256(f"{event}\n{key}".encode()).hexdigest()[:32]


def backoff_s(attempts: int, first_s: float, max_s: float) -> float:
    """How long to wait after ``attempts`` failed attempts before the next one: ``first_s``,
    then twice as long each time, never more than ``max_s``."""
    if attempts <= 0:
        return 0.0
    return min(max_s, first_s * 2 ** min(attempts - 1, 60))


def _retain(keep_days: int) -> date:
    return now_vn().date() + timedelta(days=keep_days)


def enqueue(store: ObjectStore, event: str, agency: str | None, payload: dict[str, Any],
            key: str, *, keep_days: int = 90) -> Notification:
    """Keep a notification of ``event`` about ``key`` in the outbox and return it; the same
    event enqueued again returns the one kept first (its payload and time stand)."""
    if not _EVENT.fullmatch(event):
        raise OutboxError(f"{event!r} is not an event name (e.g. result.archived)")
    if not key.strip():
        raise OutboxError("a notification needs the key it is about (e.g. RECEIPT_CODE/DOC_ID)")
    eid = event_id(event, key)
    found = find(store, eid)
    if found is not None:
        return found
    now = now_vn()
    day = now.date().isoformat()
    until = _retain(keep_days)
    body = {"schema": SCHEMA, "id": eid, "event": event, "agency": agency or None, "key": key,
            "created_at": now.isoformat(), "data": payload}
    with contextlib.suppress(ObjectExistsError):  # another process enqueued it just now
        put_json(store, keys.outbox_id(eid), {"id": eid, "day": day}, retain_until=until)
    day = str(get_json(store, keys.outbox_id(eid))["day"])  # the first enqueue's day
    with contextlib.suppress(ObjectExistsError):  # another process was first: theirs is kept
        put_json(store, keys.outbox_event(day, eid, "event.json"), body, retain_until=until)
    return _load(store, keys.outbox_event(day, eid, "event.json"))


def find(store: ObjectStore, eid: str) -> Notification | None:
    """The notification with this id, or None."""
    try:
        day = str(get_json(store, keys.outbox_id(eid))["day"])
        return _load(store, keys.outbox_event(day, eid, "event.json"))
    except (ObjectMissingError, KeyError):
        return None


def _load(store: ObjectStore, key: str) -> Notification:
    raw = get_json(store, key)
    return Notification(str(raw["id"]), str(raw["event"]), raw.get("agency") or None,
                        str(raw["key"]), str(raw["created_at"]), dict(raw.get("data") or {}),
                        key.removeprefix(keys.OUTBOX).split("/", 1)[0])


def notifications(store: ObjectStore, since_days: int, today: date | None = None
                  ) -> Iterator[Notification]:
    """The notifications enqueued in the last ``since_days`` days (today included), oldest
    day first. One that cannot be read is skipped (``fixity`` reports a damaged object)."""
    today = today or now_vn().date()
    for back in range(max(0, since_days), -1, -1):
        prefix = keys.outbox_day((today - timedelta(days=back)).isoformat())
        for key in store.list(prefix):
            if key.endswith("/event.json"):
                with contextlib.suppress(ArchiveError, KeyError, ValueError):
                    yield _load(store, key)


def delivery_states(store: ObjectStore, n: Notification) -> dict[str, DeliveryState]:
    """Per registration id, what happened to ``n`` so far (from the object names alone, and
    the error objects)."""
    states: dict[str, DeliveryState] = {}
    prefix = keys.outbox_event(n.day, n.event_id)
    for key in store.list(prefix):
        name = key.removeprefix(prefix)
        if m := _ATTEMPT.match(name):
            state = states.setdefault(m["reg"], DeliveryState())
            number = int(m["n"])
            if m["error"]:
                with contextlib.suppress(ArchiveError, KeyError):
                    state.errors[number] = str(get_json(store, key)["error"])
            elif number > state.attempts:
                state.attempts, state.last_attempt = number, key
        elif m := _MARK.match(name):
            state = states.setdefault(m["reg"], DeliveryState())
            state.delivered |= m["what"] == "delivered"
            state.dead |= m["what"] == "dead"
    for state in states.values():
        state.last_error = state.errors.get(state.attempts)
    return states


def attempt_time(store: ObjectStore, state: DeliveryState) -> float | None:
    """When the newest attempt was started (seconds since the epoch), or None."""
    if state.last_attempt is None:
        return None
    try:
        return float(get_json(store, state.last_attempt)["unix"])
    except (ArchiveError, KeyError, ValueError):
        return 0.0  # unreadable: due now


def claim_attempt(store: ObjectStore, n: Notification, registration_id: str, number: int,
                  *, by: str, unix: float, keep_days: int = 90) -> bool:
    """Record that attempt ``number`` is being sent (before sending it); False when another
    sender claimed that attempt first."""
    key = keys.outbox_delivery(n.day, n.event_id, registration_id, f"attempt-{number:04d}")
    if store.exists(key):
        return False
    try:
        put_json(store, key, {"attempt": number, "by": by, "unix": unix,
                              "at": datetime.fromtimestamp(unix, VN_TZ).isoformat()},
                 retain_until=_retain(keep_days))
    except ObjectExistsError:
        return False
    return True


def record_error(store: ObjectStore, n: Notification, registration_id: str, number: int,
                 error: str, *, keep_days: int = 90) -> None:
    """Record why attempt ``number`` failed."""
    key = keys.outbox_delivery(n.day, n.event_id, registration_id, f"attempt-{number:04d}.error")
    with contextlib.suppress(ObjectExistsError):
        put_json(store, key, {"attempt": number, "error": error[:500],
                              "at": now_vn().isoformat()}, retain_until=_retain(keep_days))


def record_delivered(store: ObjectStore, n: Notification, registration_id: str, *, url: str,
                     status: int, attempts: int, keep_days: int = 90) -> None:
    """Record that the receiver took the notification (answered 2xx)."""
    key = keys.outbox_delivery(n.day, n.event_id, registration_id, "delivered")
    with contextlib.suppress(ObjectExistsError):  # delivered by another sender too
        put_json(store, key, {"delivery": f"{n.event_id}.{registration_id}", "callback": url,
                              "status": status, "attempts": attempts,
                              "at": now_vn().isoformat()}, retain_until=_retain(keep_days))


def record_dead(store: ObjectStore, n: Notification, registration_id: str, *, url: str,
                attempts: int, reason: str, keep_days: int = 90) -> None:
    """Record that delivery was given up; it stays listed for the operator."""
    key = keys.outbox_delivery(n.day, n.event_id, registration_id, "dead")
    with contextlib.suppress(ObjectExistsError):
        put_json(store, key, {"delivery": f"{n.event_id}.{registration_id}", "callback": url,
                              "attempts": attempts, "reason": reason,
                              "at": now_vn().isoformat()}, retain_until=_retain(keep_days))
