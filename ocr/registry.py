"""The OCR engine contract, and the registry the engines put themselves in.

This module is the bottom of the OCR stage's engine layer: every engine module imports it to
register itself (``@register("tesseract")``) and it imports no engine, nor the settings (which
import the engines package). :func:`ocr.get_engine` looks the engines up here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar

import numpy as np

if TYPE_CHECKING:
    from ocr.types import PageText

__all__ = ["EngineFactory", "OcrEngine", "engine_factory", "engine_names", "register"]


class OcrEngine(Protocol):
    """An OCR engine.

    Engines are called in page workers (one process per core) and MUST NOT keep state between
    pages other than caches. ``recognize`` MUST return word boxes in pixels of the image given.
    """

    name: ClassVar[str]

    def version(self) -> str:
        """Return the engine's version."""
        ...

    def languages(self) -> set[str]:
        """Return the languages the engine can read here."""
        ...

    def orientation(self, gray: np.ndarray, dpi: float) -> int:
        """Return how far the page is turned clockwise (0, 90, 180 or 270)."""
        ...

    def recognize(self, image: np.ndarray, dpi: float) -> PageText:
        """Read an upright page image."""
        ...


EngineFactory = Callable[..., OcrEngine]
"""Makes an engine from the OCR settings (an :class:`ocr.OcrSettings`); usually the engine
class itself."""

_F = TypeVar("_F", bound=EngineFactory)

_ENGINES: dict[str, EngineFactory] = {}


def register(name: str) -> Callable[[_F], _F]:
    """Return a decorator that registers an engine factory under ``name``.

    Args:
        name: The engine's name, as ``OcrSettings.engine`` spells it.

    Returns:
        A decorator that records the factory (usually the engine class) and returns it as is.

    Raises:
        ValueError: Another engine is already registered under ``name``.
    """

    def decorate(factory: _F) -> _F:
        known = _ENGINES.get(name)
        if known is not None and _qualified(known) != _qualified(factory):
            raise ValueError(
                f"two OCR engines are named {name!r}: {_qualified(known)} and "
                f"{_qualified(factory)}"
            )
        _ENGINES[name] = factory
        return factory

    return decorate


def engine_factory(name: str) -> EngineFactory:
    """Return the factory of the engine registered under ``name``.

    Args:
        name: The engine's name.

    Returns:
        The factory, to call with the OCR settings.

    Raises:
        KeyError: No engine is registered under that name.
    """
    return _ENGINES[name]


def engine_names() -> frozenset[str]:
    """Return the names of the engines registered so far."""
    return frozenset(_ENGINES)


def _qualified(factory: Any) -> str:
    module = getattr(factory, "__module__", "?")
    return f"{module}.{getattr(factory, '__qualname__', repr(factory))}"
