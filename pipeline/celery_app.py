"""The Celery application: JSON messages, late acknowledgement, one prefetch per worker.

The broker and result store come from the settings (``SOHOA_BROKER_URL``) when a worker or a
submitter starts, never at import.
"""

from __future__ import annotations

from celery import Celery
from celery.schedules import crontab

from pipeline.settings import Settings, get_settings

__all__ = ["app", "configure"]

app = Celery("sohoa", include=["pipeline.tasks"])
app.conf.update(
    task_serializer="json",
    result_serializer="json",
    accept_content=["json"],
    task_acks_late=True,
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,
    task_track_started=True,
    result_expires=7 * 24 * 3600,
    broker_connection_retry_on_startup=True,
    worker_hijack_root_logger=False,
    timezone="Asia/Ho_Chi_Minh",
)


def configure(settings: Settings | None = None) -> Celery:
    """Point the app at the settings' broker; return it."""
    settings = settings or get_settings()
    if not settings.broker_url:
        from sohoa.errors import ConfigurationError

        raise ConfigurationError(
            "SOHOA_BROKER_URL is not set; queueing needs Redis (e.g. redis://127.0.0.1:6379/0)"
        )
    app.conf.update(
        broker_url=settings.broker_url,
        result_backend=settings.result_backend or settings.broker_url,
        task_default_queue=settings.queue,
        broker_transport_options={"visibility_timeout": settings.visibility_timeout_s},
        result_backend_transport_options={"visibility_timeout": settings.visibility_timeout_s},
        beat_schedule={
            "fixity": {"task": "sohoa.fixity", "schedule": settings.fixity_interval_s,
                       "options": {"queue": settings.queue}},
            "seal": {"task": "sohoa.seal_audit", "schedule": settings.seal_interval_s,
                     "options": {"queue": settings.queue}},
            "model": {"task": "sohoa.train_model", "schedule": settings.model_interval_s,
                      "options": {"queue": settings.queue}},
            "ltv": {"task": "sohoa.renew_ltv", "schedule": settings.ltv.interval_s,
                    "options": {"queue": settings.queue}},
            # daily, full on backup.full_day (Circular 02/2019/TT-BNV Art. 10, unverified)
            "backup": {"task": "sohoa.backup",
                       "schedule": crontab(minute=0, hour=settings.backup.hour),
                       "options": {"queue": settings.queue}},
            "notes": {"task": "sohoa.prune_notes",
                      "schedule": crontab(minute=30, hour=settings.backup.hour),
                      "options": {"queue": settings.queue}},
            "summaries": {"task": "sohoa.keep_summaries",
                          "schedule": crontab(minute=45, hour=settings.backup.hour),
                          "options": {"queue": settings.queue}},
        },
    )
    return app
