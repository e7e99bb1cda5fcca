"""The web service: HTTP API and pages (``sohoa serve``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI

    from pipeline.settings import Settings

__all__ = ["create_app"]


def create_app(settings: Settings, *, warm_checks: bool = False) -> FastAPI:
    """The FastAPI application over the adapters the settings name (``warm_checks``: see
    ``web.app.create_app``)."""
    from web.app import create_app as make

    return make(settings, warm_checks=warm_checks)
