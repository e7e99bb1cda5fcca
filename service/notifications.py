"""Callback registrations and the delivery of signed notifications from the outbox.

A system (the one-stop software, a department's) registers a URL for the events of its agency
(``register``); when a result is archived into a dossier, the results feature calls
``enqueue``, which keeps a notification in the outbox (``archive/outbox.py``, in the object
store: every machine sees it and a restart loses none). ``deliver_due`` makes one pass over the
outbox: every (notification, registration) not yet delivered whose retry time has come is
POSTed, signed (``service/delivery.py``). ``sohoa serve`` runs a pass every
``settings.callbacks.interval_s`` seconds from a daemon thread (``start``/``stop``).

Delivery is at least once: a notification is retried after a failure (another status than
2xx, a timeout, a refused connection) with a wait that doubles each time, up to
``retry_max_s``; after ``max_attempts`` attempts or ``max_age_hours`` it is given up (dead)
and stays listed by ``pending``. Every attempt carries the same delivery id, so the receiver
drops a duplicate (two machines, or a restart between a send and its record, can send twice).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, Literal

from archive import outbox
from archive.outbox import DeliveryState, Notification
from pipeline.deps import callbacks_of
from service.access import OPERATOR, Actor
from service.context import Context
from service.delivery import Answer, post, signature
from service.errors import NotFoundError
from sohoa.callbacks import CallbackError, Registration, check_url
from sohoa.clock import VN_TZ
from sohoa.codes import agency_of

__all__ = ["DeliveryCounts", "Notifications", "PendingDelivery"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PendingDelivery:
    """A notification one registered callback has not taken yet."""

    delivery_id: str
    """``<event id>.<registration id>``: the ``X-Sohoa-Delivery`` header of every attempt."""
    event_id: str
    event: str
    agency: str | None
    key: str
    callback_id: str
    url: str
    created_at: str
    attempts: int
    state: Literal["waiting", "dead"]
    """``dead``: given up; the operator decides what to do."""
    next_at: str | None
    """When the next attempt is due (None when dead)."""
    last_error: str | None

    def to_json(self) -> dict[str, Any]:
        """As ``--json`` shows it."""
        return asdict(self)


@dataclass(slots=True)
class DeliveryCounts:
    """What one pass did."""

    delivered: int = 0
    failed: int = 0
    """Attempted and failed: retried later."""
    dead: int = 0
    """Given up in this pass."""
    waiting: int = 0
    """Not due yet (waiting after a failure), or being sent by another machine."""

    def to_json(self) -> dict[str, int]:
        """As ``--json`` shows it."""
        return asdict(self)


class Notifications:
    """Who is told of which events, and telling them."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.settings = ctx.settings.callbacks
        self.registry = callbacks_of(ctx.settings)
        self.sender = f"{os.uname().nodename} pid {os.getpid()}"
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._pass_lock = threading.Lock()
        self._done: set[str] = set()
        """Events every receiver of which took it or was given up on (this process)."""
        self._attempted: dict[str, float] = {}
        """When each attempt seen was started (attempt key → seconds since the epoch)."""

    # --- the people's actions ------------------------------------------------------------

    def register(self, actor: Actor, url: str, agency: str | None = None,
                 events: Iterable[str] | None = None) -> tuple[Registration, str]:
        """Register a callback URL for the events of ``agency`` (None: every agency); return
        it and its secret, shown this once."""
        self.ctx.authorize(actor, "callbacks.manage", "callbacks")
        registration, secret = self.registry.add(url, agency, events, created_by=actor.name)
        self.ctx.audit(actor, "callback_registered", f"callbacks/{registration.id}",
                       {"url": registration.url, "agency": registration.agency,
                        "events": list(registration.events)})
        return registration, secret

    def list(self, actor: Actor) -> list[Registration]:
        """Every registered callback (never a secret)."""
        self.ctx.authorize(actor, "callbacks.list", "callbacks")
        return self.registry.all()

    def remove(self, actor: Actor, callback_id: str) -> Registration:
        """Remove a registration: nothing more is sent to it."""
        self.ctx.authorize(actor, "callbacks.manage", f"callbacks/{callback_id}"[:200])
        removed = self.registry.remove(callback_id)
        if removed is None:
            raise NotFoundError(f"Không có địa chỉ nhận thông báo {callback_id!r} (no such "
                                "callback: see `sohoa callbacks list`).")
        self.ctx.audit(actor, "callback_removed", f"callbacks/{removed.id}",
                       {"url": removed.url, "agency": removed.agency})
        return removed

    def pending(self, actor: Actor) -> list[PendingDelivery]:
        """What a registered callback has not taken yet: waiting for its next attempt, or
        given up (dead), oldest first."""
        self.ctx.authorize(actor, "callbacks.list", "outbox")
        return self._pending()

    def deliver_due(self, actor: Actor) -> DeliveryCounts:
        """One delivery pass: send every notification whose time has come."""
        self.ctx.authorize(actor, "operate", "outbox")
        return self._pass(actor, stoppable=False)

    # --- what the results feature calls --------------------------------------------------

    def enqueue(self, event: str, agency: str | None, payload: dict[str, Any], key: str
                ) -> Notification:
        """Keep a notification of ``event`` (e.g. ``result.archived``) of ``agency`` about
        ``key`` (e.g. ``RECEIPT_CODE/DOCUMENT_ID``) in the outbox, for every registration of
        that agency; the same (event, key) again returns the one kept first. Asks no access:
        the caller already did the action the event tells of."""
        notification = outbox.enqueue(self.ctx.deps.store, event, agency, payload, key,
                                      keep_days=self.settings.keep_days)
        self._wake.set()  # this process's deliverer sends it now rather than at its next pass
        return notification

    def result_archived(self, result: dict[str, Any]) -> Notification:
        """Tell the agency of a dossier that a result was archived into it (``result`` as the
        results feature sums it up). Kept once per document: a result sent again, or told
        again after a crash between archiving and telling, is the same notification."""
        payload = {k: result[k] for k in ("receipt_code", "document_id", "doc_type", "label",
                                          "form", "sha256", "archived_at", "url")}
        return self.enqueue("result.archived", agency_of(result["receipt_code"]), payload,
                            key=f"{result['receipt_code']}/{result['document_id']}")

    # --- the background deliverer ----------------------------------------------------------

    @property
    def running(self) -> bool:
        """True while the delivery thread runs."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Deliver every ``interval_s`` seconds from a daemon thread (a second call does
        nothing); the first pass runs at once, so a restart resumes what was pending."""
        if self.running:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="sohoa-callbacks", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 10) -> None:
        """Stop delivering (an attempt under way finishes first, within the timeout)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout_s)
            self._thread = None

    def _run(self) -> None:
        actor = Actor("dịch vụ sohoa (the service)", frozenset({OPERATOR}), via="local",
                      origin=f"serve {self.sender}")
        while not self._stop.is_set():
            try:
                self._pass(actor, stoppable=True)
            except Exception as exc:  # the store unreachable: try again next time
                log.warning("callbacks not delivered this time (chưa gửi được thông báo): %s",
                            exc, exc_info=True)
            self._wake.wait(self.settings.interval_s)
            self._wake.clear()

    # --- one pass ----------------------------------------------------------------------------

    def _pass(self, actor: Actor, *, stoppable: bool) -> DeliveryCounts:
        counts = DeliveryCounts()
        with self._pass_lock:
            registered = self.registry.with_secrets()
            if not registered:
                return counts
            store = self.ctx.deps.store
            for n in outbox.notifications(store, self.settings.scan_days):
                if stoppable and self._stop.is_set():
                    break
                if n.event_id in self._done:
                    continue
                targets = [(r, s) for r, s in registered
                           if r.receives(n.event, n.agency, n.created_at)]
                states = outbox.delivery_states(store, n) if targets else {}
                open_ = False
                for registration, secret in targets:
                    state = states.get(registration.id) or DeliveryState()
                    if state.delivered or state.dead:
                        continue
                    open_ = True
                    self._one(actor, n, registration, secret, state, counts)
                if not open_:
                    self._done.add(n.event_id)
        return counts

    def _due_at(self, state: DeliveryState, n: Notification) -> float:
        """When the next attempt may start (seconds since the epoch)."""
        if not state.attempts or state.last_attempt is None:
            return n.created_unix
        started = self._attempted.get(state.last_attempt)
        if started is None:
            started = outbox.attempt_time(self.ctx.deps.store, state) or 0.0
            self._attempted[state.last_attempt] = started
        s = self.settings
        return started + outbox.backoff_s(state.attempts, s.retry_first_s, s.retry_max_s)

    def _given_up(self, state: DeliveryState, n: Notification, now: float) -> str | None:
        s = self.settings
        if state.attempts >= s.max_attempts:
            return f"{state.attempts} attempts failed"
        if now - n.created_unix > s.max_age_hours * 3600:
            return f"not delivered within {s.max_age_hours:g} hours"
        return None

    def _one(self, actor: Actor, n: Notification, registration: Registration, secret: str,
             state: DeliveryState, counts: DeliveryCounts) -> None:
        store, s, now = self.ctx.deps.store, self.settings, time.time()
        delivery = f"{n.event_id}.{registration.id}"
        if reason := self._given_up(state, n, now):
            outbox.record_dead(store, n, registration.id, url=registration.url,
                               attempts=state.attempts, reason=reason, keep_days=s.keep_days)
            counts.dead += 1
            log.warning("callback %s given up (thôi gửi thông báo): %s; last error: %s",
                        delivery, reason, state.last_error)
            self.ctx.audit(actor, "callback_dead", f"outbox/{n.event_id}",
                           {"delivery": delivery, "url": registration.url, "reason": reason,
                            "last_error": state.last_error or ""})
            return
        if now < self._due_at(state, n):
            counts.waiting += 1
            return
        number = state.attempts + 1
        if not outbox.claim_attempt(store, n, registration.id, number, by=self.sender,
                                    unix=now, keep_days=s.keep_days):
            counts.waiting += 1  # another machine is sending this attempt
            return
        answer = self._send(n, registration, secret, delivery)
        if answer.delivered:
            outbox.record_delivered(store, n, registration.id, url=registration.url,
                                    status=answer.status or 0, attempts=number,
                                    keep_days=s.keep_days)
            counts.delivered += 1
            self.ctx.audit(actor, "callback_delivered", f"outbox/{n.event_id}",
                           {"delivery": delivery, "url": registration.url, "event": n.event,
                            "key": n.key, "status": answer.status, "attempts": number})
            return
        outbox.record_error(store, n, registration.id, number, answer.error,
                            keep_days=s.keep_days)
        counts.failed += 1
        log.info("callback %s attempt %d failed (gửi thông báo chưa được): %s", delivery,
                 number, answer.error)

    def _send(self, n: Notification, registration: Registration, secret: str,
              delivery: str) -> Answer:
        try:
            url = check_url(registration.url)  # the file may have been edited by hand
        except CallbackError as exc:
            return Answer(False, None, exc.message)
        body = n.body()
        timestamp = int(time.time())
        return post(url, body, {"X-Sohoa-Delivery": delivery, "X-Sohoa-Event": n.event,
                                "X-Sohoa-Timestamp": str(timestamp),
                                "X-Sohoa-Signature": signature(secret, timestamp, body)},
                    self.settings.timeout_s)

    def _pending(self) -> list[PendingDelivery]:
        registered = self.registry.all()
        store, found = self.ctx.deps.store, []
        for n in outbox.notifications(store, self.settings.scan_days):
            targets = [r for r in registered if r.receives(n.event, n.agency, n.created_at)]
            states = outbox.delivery_states(store, n) if targets else {}
            for registration in targets:
                state = states.get(registration.id) or DeliveryState()
                if state.delivered:
                    continue
                next_at = None if state.dead else datetime.fromtimestamp(
                    self._due_at(state, n), VN_TZ).isoformat(timespec="seconds")
                found.append(PendingDelivery(
                    f"{n.event_id}.{registration.id}", n.event_id, n.event, n.agency, n.key,
                    registration.id, registration.url, n.created_at, state.attempts,
                    "dead" if state.dead else "waiting", next_at, state.last_error))
        return found
