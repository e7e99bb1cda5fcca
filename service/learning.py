"""The document type model: training it again, and what the one in use learnt from."""

from __future__ import annotations

from typing import Any

from pipeline.training import TrainingReport, model_status, reviewed, train_model
from service.access import Actor
from service.context import Context

__all__ = ["Learning"]


class Learning:
    """What the operator, the head or the administrator does with the type model (on the
    command line; the workers' beat retrains it every ``model_interval_s`` too)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def train(self, actor: Actor) -> TrainingReport:
        """Train the model from the archive's trusted documents, what people confirmed or
        corrected at the review desk, and the samples; make it the one in use, keep the last
        three; recorded in the audit trail."""
        self.ctx.authorize(actor, "model.train")
        report = train_model(self.ctx.deps, corrections=reviewed(self.ctx.deps))
        self.ctx.audit(actor, "model_trained", f"models/{report.model}", report.audit_detail())
        return report

    def show(self, actor: Actor) -> dict[str, Any]:
        """The model in use: its training report, whether it can be used, the models kept."""
        self.ctx.authorize(actor, "model.show")
        return model_status(self.ctx.deps)
