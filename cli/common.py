"""What every command shares: the settings from the arguments, the service, who acts."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from pipeline.settings import Settings
from service import Actor, Service

__all__ = ["actor_of", "parse_date", "service_of", "settings_of"]


def settings_of(args: argparse.Namespace) -> Settings:
    """The settings, with ``--data``, ``--workers`` and ``--clerk`` applied."""
    overrides: dict[str, Any] = {}
    if getattr(args, "data", None):
        overrides["data"] = Path(args.data)
    if getattr(args, "workers", None) is not None:
        overrides["workers"] = args.workers
    settings = Settings(**overrides)
    if getattr(args, "clerk", None):
        settings.signing.clerk = args.clerk
    return settings


def service_of(args: argparse.Namespace) -> Service:
    """The service over the adapters the settings name."""
    return Service.build(settings_of(args))


def actor_of(service: Service, args: argparse.Namespace) -> Actor:
    """Who acts: the person named by ``--by`` (or ``SOHOA_ACTOR``), else the operator."""
    return service.local_actor(getattr(args, "by", None))


def parse_date(value: str) -> date:
    """A YYYY-MM-DD argument."""
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value}") from exc
