"""Errors of the classify stage."""

from __future__ import annotations

from sohoa.errors import ConfigurationError

__all__ = ["ClassifyDataError"]


class ClassifyDataError(ConfigurationError):
    """A data file of the classify stage (document types, retention schedule, procedures) is
    wrong: the message names the file, the row and what to fix."""

    code = "classify_data"
