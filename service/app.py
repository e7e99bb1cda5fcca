"""The application: one object per installation that every door calls."""

from __future__ import annotations

from datetime import date

from pipeline.deps import Deps, build_deps
from pipeline.indexing import upgrade_index
from pipeline.settings import Settings
from service.access import Actor
from service.accounts import Accounts, local_actor
from service.backups import Backups
from service.checks import Checks
from service.context import Context
from service.custody import Custody
from service.desk import Desk
from service.dispatch import Dispatcher
from service.health import Health
from service.intake import Intake
from service.learning import Learning
from service.notifications import Notifications
from service.operations import Operations
from service.records import Records
from service.reports import Reports
from service.results import Results
from service.reuse import Reuse
from service.review import Review
from service.sealing import Sealer
from service.signatures import Signatures
from service.transfers import Transfers
from service.verification import Verification, warm_up
from sohoa.clock import now_vn

__all__ = ["Service"]


class Service:
    """Every user action, grouped by what it is about; each method takes the ``Actor`` first,
    asks the access table, does the work and writes the audit trail."""

    def __init__(self, deps: Deps) -> None:
        self.ctx = Context(deps)
        self.dispatch = Dispatcher(deps)
        web = deps.settings.web
        self.intake = Intake(self.ctx, self.dispatch, deps.settings.web_dir / "uploads",
                             max_bytes=int(web.max_upload_mb * 2**20),
                             max_files=web.max_files)
        self.records = Records(self.ctx)
        self.checks = Checks(web.checks, web.check_timeout_s, web.anonymous_verifications)
        self.verification = Verification(self.ctx, self.checks)
        self.custody = Custody(self.ctx, self.dispatch)
        self.transfers = Transfers(self.ctx, self.verification)
        self.accounts = Accounts(self.ctx)
        self.reports = Reports(self.ctx)
        self.signatures = Signatures(self.ctx)
        self.results = Results(self.ctx, self.signatures, self.verification, self.records)
        self.operations = Operations(self.ctx, self.dispatch)
        self.sealer = Sealer(self.ctx)
        self.notifications = Notifications(self.ctx)
        self.desk = Desk(self.ctx)
        self.review = Review(self.ctx)
        self.learning = Learning(self.ctx)
        self.reuse = Reuse(self.ctx)
        self.backups = Backups(self.ctx)
        self.health = Health(self.ctx)
        self.results.listeners.append(self.notifications.result_archived)

    @classmethod
    def build(cls, settings: Settings) -> Service:
        """The service over the adapters the settings name."""
        deps = build_deps(settings)
        upgrade_index(deps)
        return cls(deps)

    @property
    def deps(self) -> Deps:
        """The adapters."""
        return self.ctx.deps

    def authorize(self, actor: Actor, action: str) -> None:
        """Refuse (and record) ``action`` now, before a door does costly work for it (reading
        an upload, starting a worker); each service method asks again itself."""
        self.ctx.authorize(actor, action)

    def refused(self, actor: Actor, request: str, reason: str) -> None:
        """Record a request refused at the door before any action ran (no valid sign-in, a
        form from another site); the same refusal from the same place is written once a
        minute."""
        self.ctx.audit_seldom(actor, "denied", request[:300], {"reason": reason})

    def serve(self) -> None:
        """Start what a long-running service does besides answering: seal the audit trail
        every ``seal_interval_s`` seconds, deliver the notifications of the outbox every
        ``callbacks.interval_s`` seconds. The configured signing keys are opened first: one
        that cannot be used stops the start with the setting and the reason."""
        self.check_keys()
        self.sealer.start()
        self.notifications.start()

    def warm_checks(self) -> None:
        """Start the processes that verify signatures now, each importing the verifier, so
        that the first person to verify after a start does not wait for them."""
        self.checks.warm(warm_up)

    def check_keys(self) -> None:
        """Open the configured signing keys now (the seal's HSM, the folder of PKCS#12 files,
        the time-stamping and revocation settings real keys need); a person's own file or
        token is opened at their first page. Raises ``SigningKeyError`` naming the setting."""
        self.ctx.deps.keys.check()

    def local_actor(self, by: str | None = None) -> Actor:
        """Who acts at the shell (``--by``, ``SOHOA_ACTOR``, else the operator)."""
        return local_actor(self.ctx, by)

    def close(self) -> None:
        """Finish the work under way in this process."""
        self.notifications.stop()
        self.dispatch.close()
        self.checks.close()
        self.sealer.stop()  # seals once more: the work finished while closing is covered

    @staticmethod
    def today() -> date:
        """Today in Vietnam."""
        return now_vn().date()
